"""Every case of the bad-input catalogue (tests/catalogue.py) through ``qgis_process run``: exit code
not 0, exactly one error line naming the parameter, the problem and the fix, no traceback, and the
output location byte for byte as it was."""

import shutil

import pytest
from catalogue import (
    BY_ID,
    CASES,
    CLASSIFY,
    EXPORT,
    assert_message,
    case_parameters,
    output_location,
)
from helpers import tree_digest

# qgis_process 3.22 prints a QgsProcessingException as "ERROR:<tab>message", and a failed parameter check
# as this header followed by "<tab>message" on the next line. GDAL's lines start "ERROR 4:", QGIS's own
# layer-loading noise "ERROR: " (a space).
CHECK_HEADER = "ERROR:\tAn error was encountered while checking parameter values"


def pixelwise_errors(output):
    """The error messages qgis_process printed for the algorithm (not GDAL's or QGIS's loading noise)."""
    lines = output.splitlines()
    messages = []
    for i, line in enumerate(lines):
        if line == CHECK_HEADER:
            messages.append(lines[i + 1].strip() if i + 1 < len(lines) else "")
        elif line.startswith("ERROR:\t"):
            messages.append(line[len("ERROR:\t") :].strip())
    return messages


pytestmark = pytest.mark.headless


@pytest.fixture(scope="module")
def earlier(qgis_process_ort, bad_files, classify_parameters, tmp_path_factory):
    """A finished export and a finished classification, copied where each case writes."""
    folder = tmp_path_factory.mktemp("catalogue_earlier_cli")
    runs = (
        (EXPORT, {**bad_files.base_export(), "OUT_FOLDER": folder / "export"}),
        (CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": folder / "classified.tif"}),
    )
    for algorithm, parameters in runs:
        result = qgis_process_ort("run", algorithm, "--", *(f"{k}={v}" for k, v in parameters.items()))
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    return {EXPORT: folder / "export", CLASSIFY: folder / "classified.tif"}


@pytest.mark.parametrize(
    "algorithm, name",
    [(c.algorithm, c.name) for c in CASES],
    ids=[f"{c.algorithm.split(':')[1]}-{c.name}" for c in CASES],
)
def test_bad_input_through_qgis_process(
    qgis_process_ort, bad_files, classify_parameters, earlier, tmp_path, algorithm, name
):
    case = BY_ID[algorithm, name]
    base = bad_files.base_export() if algorithm == EXPORT else classify_parameters
    work = tmp_path / "work"
    work.mkdir()
    with output_location(case, work, earlier[algorithm]) as out:
        parameters = case_parameters(case, bad_files, base, out)
        before = tree_digest(work), sorted(p.name for p in work.iterdir())
        result = qgis_process_ort("run", algorithm, "--", *(f"{k}={v}" for k, v in parameters.items()))
        after = tree_digest(work), sorted(p.name for p in work.iterdir())

    output = result.stdout + result.stderr
    assert result.returncode != 0, output[-3000:]
    assert "Traceback" not in output
    messages = pixelwise_errors(output)
    assert len(messages) == 1, output[-3000:]
    assert_message(messages[0], case)
    assert after == before
    shutil.rmtree(work, ignore_errors=True)
