"""Every case of the bad-input catalogue (tests/catalogue.py) through processing.run: one line naming
the parameter, the problem and the fix, and the output location byte for byte as it was."""

import json

import numpy as np
import pytest
import rasterio
import rasterio.transform
from catalogue import (
    BY_ID,
    CLASSIFY,
    CLASSIFY_CASES,
    EXPORT,
    EXPORT_CASES,
    assert_message,
    case_parameters,
    output_location,
)
from helpers import tree_digest
from provider_checks import LogFeedback
from qgis.core import QgsProcessingException


@pytest.fixture(scope="module")
def earlier(processing_run, bad_files, classify_parameters, tmp_path_factory):
    """A finished export and a finished classification, copied where each case writes."""
    folder = tmp_path_factory.mktemp("catalogue_earlier")
    processing_run(EXPORT, {**bad_files.base_export(), "OUT_FOLDER": str(folder / "export")})
    processing_run(CLASSIFY, {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(folder / "classified.tif")})
    return {EXPORT: folder / "export", CLASSIFY: folder / "classified.tif"}


def _run_case(processing_run, bad_files, classify_parameters, earlier, tmp_path, case):
    base = bad_files.base_export() if case.algorithm == EXPORT else classify_parameters
    work = tmp_path / "work"
    work.mkdir()
    with output_location(case, work, earlier[case.algorithm]) as out:
        parameters = case_parameters(case, bad_files, base, out)
        before = tree_digest(work), sorted(p.name for p in work.iterdir())
        with pytest.raises(QgsProcessingException) as error:
            processing_run(case.algorithm, parameters)
        after = tree_digest(work), sorted(p.name for p in work.iterdir())
    # processing.run puts "Unable to execute algorithm" before a message of checkParameterValues.
    assert_message(str(error.value).strip().splitlines()[-1], case)
    assert after == before


@pytest.mark.parametrize("name", EXPORT_CASES)
def test_export_bad_input(processing_run, bad_files, classify_parameters, earlier, tmp_path, name):
    _run_case(processing_run, bad_files, classify_parameters, earlier, tmp_path, BY_ID[EXPORT, name])


@pytest.mark.parametrize("name", CLASSIFY_CASES)
def test_classify_bad_input(processing_run, bad_files, classify_parameters, earlier, tmp_path, name):
    _run_case(processing_run, bad_files, classify_parameters, earlier, tmp_path, BY_ID[CLASSIFY, name])


def test_broken_geometries_are_repaired_or_skipped_with_a_count(processing_run, bad_files, tmp_path):
    """A self-intersecting bow tie is made valid and labelled; an empty and a NULL geometry are skipped
    and counted, not a crash."""
    log = LogFeedback()
    out = tmp_path / "export"
    results = processing_run(
        EXPORT,
        {
            **bad_files.base_export(),
            "IN_CLASS_DATA": bad_files.broken_geometries,
            "OUT_FOLDER": str(out),
        },
        feedback=log,
    )
    assert "2 label feature(s) without geometry or class were skipped." in log.lines
    assert any(line.startswith("1 invalid label geometries") for line in log.lines), log.lines
    clean = tmp_path / "clean"
    processing_run(EXPORT, {**bad_files.base_export(), "OUT_FOLDER": str(clean)})
    assert results["CHIP_COUNT"] == len(list((clean / "images").glob("*.tif")))
    # The labels differ from the clean export only inside the bow tie, and there they hold Eau.
    eau = _class_value(out, "Eau")
    x0, y0 = bad_files.bowtie_origin
    changed = 0
    for chip in sorted((out / "labels").glob("*.tif")):
        with rasterio.open(chip) as new, rasterio.open(clean / "labels" / chip.name) as old:
            a, b = new.read(1), old.read(1)
            rows, cols = np.nonzero(a != b)
            xs, ys = rasterio.transform.xy(new.transform, rows, cols)
            assert all(x0 <= x <= x0 + 30 and y0 <= y <= y0 + 30 for x, y in zip(xs, ys, strict=False))
            assert (a[rows, cols] == eau).all()
            changed += len(rows)
    assert changed > 200  # two 15 m triangles at 1 m cells: about 450 pixels, less what was Eau already


def _class_value(export, name):
    emd = json.loads((export / "esri_model_definition.emd").read_text(encoding="utf-8"))
    return next(c["Value"] for c in emd["Classes"] if c["Name"] == name)


def test_tile_larger_than_the_raster_is_padded(processing_run, bad_files, tmp_path):
    """SHIFT_INWARD (and PAD) write one chip padded with NoData where the raster ends; DROP refuses
    (catalogue case tile_larger_than_raster_with_drop)."""
    log = LogFeedback()
    out = tmp_path / "export"
    parameters = {
        **bad_files.base_export(),
        "METADATA_FORMAT": "Export_Tiles",
        "IN_CLASS_DATA": None,
        "CLASS_VALUE_FIELD": None,
        "TILE_SIZE_X": 512,
        "TILE_SIZE_Y": 512,
        "STRIDE_X": 512,
        "STRIDE_Y": 512,
        "OUTPUT_NOFEATURE_TILES": "ALL_TILES",
        "OUT_FOLDER": str(out),
    }
    results = processing_run(EXPORT, {k: v for k, v in parameters.items() if v is not None}, feedback=log)

    assert results["CHIP_COUNT"] == 1
    assert any(
        "larger than the raster (280 × 341 pixels): its chips are padded" in line for line in log.lines
    )
    with (
        rasterio.open(out / "images" / "000000000000.tif") as chip,
        rasterio.open(bad_files.nb_raster) as src,
    ):
        pixels = chip.read()
        assert pixels.shape == (3, 512, 512)
        assert (pixels[:, :341, :280] == src.read()).all()
        assert not pixels[:, 341:, :].any() and not pixels[:, :, 280:].any()
        assert chip.transform == src.transform
