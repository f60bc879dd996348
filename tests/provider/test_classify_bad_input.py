"""Bad input to Classify Pixels through processing.run: one line naming the problem, no file at
OUT_CLASSIFIED_RASTER afterwards, and an earlier result there left byte for byte as it was."""

import os
import shutil

import pytest
from helpers import classify_bad_input, tree_digest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

ALGORITHM = "pixelwise:classifypixels"

@pytest.fixture(scope="module")
def earlier_result(processing_run, classify_parameters, tmp_path_factory):
    """A finished classification (the .tif and its .aux.xml) to copy where a failing run writes."""
    out = tmp_path_factory.mktemp("earlier") / "classified.tif"
    processing_run(ALGORITHM, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(out)})
    return out


CASES = [
    "three_bands_for_six",
    "malformed_emd_json",
    "unknown_argument",
    "argument_without_value",
    "not_a_geotiff",
    "gpu_without_gpu",
]


def _assert_one_line(message, start):
    assert "\n" not in message.strip(), message
    assert message.startswith(start), message


@pytest.mark.parametrize("case", CASES)
def test_bad_input_writes_nothing(
    processing_run, classify_parameters, classify_inputs, tmp_path, case
):
    changes, start = classify_bad_input(case, classify_inputs)
    out = (tmp_path / "new" / "classified.tif").with_suffix(changes.pop("OUT_CLASSIFIED_RASTER", ".tif"))

    with pytest.raises(QgsProcessingException) as error:
        processing_run(ALGORITHM, {**classify_parameters, **changes, "OUT_CLASSIFIED_RASTER": str(out)})

    _assert_one_line(str(error.value), start)
    assert sorted(os.listdir(tmp_path)) == []  # not even the folder the engine would have created


def _cancelling_feedback():
    """Feedback that cancels from its progress signal once the first windows have run."""
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress > 0 else None)
    return feedback


@pytest.mark.parametrize("earlier", [False, True])
def test_cancel_writes_nothing(processing_run, classify_parameters, earlier_result, tmp_path, earlier):
    out = tmp_path / "classified.tif"
    if earlier:
        shutil.copy(earlier_result, out)
        shutil.copy(f"{earlier_result}.aux.xml", f"{out}.aux.xml")
    before = tree_digest(tmp_path)
    feedback = _cancelling_feedback()

    with pytest.raises(QgsProcessingException) as error:
        # One window per batch: progress is reported after the first of four.
        processing_run(
            ALGORITHM,
            {**classify_parameters, "ARGUMENTS": "batch_size=1", "OUT_CLASSIFIED_RASTER": str(out)},
            feedback=feedback,
        )

    assert feedback.isCanceled()
    _assert_one_line(str(error.value), "Cancelled")
    assert tree_digest(tmp_path) == before
    assert sorted(os.listdir(tmp_path)) == (["classified.tif", "classified.tif.aux.xml"] if earlier else [])
