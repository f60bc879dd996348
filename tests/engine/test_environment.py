"""ArcGIS's environment beyond extent and cell size, in the engine: OUT_SR, SNAP_RASTER,
PARALLEL_PROCESSING_FACTOR and RETRY_ON_FAILURES, on the real UKIS cloud model and Landsat 7 scene (UTM
15N) of ../shared/data, with real ONNX Runtime sessions and GDAL as the reference."""

import glob
import json
import math
import os

import numpy as np
import pytest
import rasterio
from helpers import ukis_emd, write_json
from osgeo import gdal
from rasterio.transform import Affine

from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels
from pixelwise.engine.environment import parallel_workers, retries
from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.export import ExportConfig, export_training_data
from pixelwise.engine.feedback import Feedback
from pixelwise.engine.labels import RasterLabels

MEXICO_LCC = "EPSG:6372"  # Mexico ITRF2008 / LCC: a projected CRS other than the scene's UTM 15N


@pytest.fixture(scope="module")
def sessions():
    return SessionCache()


@pytest.fixture(scope="module")
def ukis(shared_data, tmp_path_factory):
    folder = shared_data / "ukis_csmask_onnx"
    model = folder / "model_6b_l2a.onnx"
    if not model.is_file():
        pytest.skip(f"{model} is absent (shared/data/ukis_csmask_onnx holds the real cloud model)")
    emd = write_json(tmp_path_factory.mktemp("emd") / "ukis.emd", ukis_emd(str(model), str(folder)))
    return emd


@pytest.fixture(scope="module")
def scene(landsat):
    return landsat["cloudy"]


def classify(scene, emd, out, sessions, log=None, **kwargs):
    lines = [] if log is None else log
    return classify_pixels(ClassifyConfig(scene, emd, str(out), **kwargs), Feedback(log=lines.append),
                           sessions=sessions)


def grid_of(path):
    with rasterio.open(path) as ds:
        return ds.crs, ds.transform, ds.width, ds.height


def read(path, band=1):
    with rasterio.open(path) as ds:
        return ds.read(band)


def test_out_sr_equals_classify_then_gdalwarp(scene, ukis, sessions, tmp_path):
    native = classify(scene, ukis, tmp_path / "native.tif", sessions)
    result = classify(scene, ukis, tmp_path / "lcc.tif", sessions, out_sr=MEXICO_LCC,
                      out_confidence_raster=str(tmp_path / "lcc_confidence.tif"))
    reference = str(tmp_path / "reference.tif")
    gdal.Warp(reference, native.out_classified_raster, dstSRS=MEXICO_LCC, resampleAlg="near")
    crs, transform, width, height = grid_of(result.out_classified_raster)
    ref_crs, ref_transform, ref_width, ref_height = grid_of(reference)
    assert crs == ref_crs and crs.to_epsg() == 6372
    assert (width, height) == (ref_width, ref_height) == (result.width, result.height)
    assert transform.almost_equals(ref_transform, precision=1e-6)
    ours, theirs = read(result.out_classified_raster), read(reference)
    agreement = (ours == theirs).mean()
    print(f"OUT_SR: {agreement:.4%} of {ours.size} cells equal classify-then-gdalwarp")
    assert agreement >= 0.995
    # The class table counts the warped raster, and the confidence raster is on the same grid.
    counts = dict(result.class_counts)
    assert all(counts[v] == int((ours == v).sum()) for v in counts)
    assert result.nodata_count == int((ours == 255).sum()) > 0  # the warped corners are NoData
    assert grid_of(str(tmp_path / "lcc_confidence.tif"))[:4] == grid_of(result.out_classified_raster)[:4]
    confidence = read(str(tmp_path / "lcc_confidence.tif"))
    valid = ours != 255
    assert (confidence[~valid] == -1).all() and (confidence[valid] > 0.3).all() and confidence.max() <= 1
    # Nothing but the two outputs and the class table beside them (and GDAL's reference, whose .aux.xml
    # GDAL 3.13 no longer writes: it keeps the attribute table inside the GeoTIFF).
    ours_only = sorted(name for name in os.listdir(tmp_path) if not name.startswith("reference.tif"))
    assert ours_only == sorted(["native.tif", "native.tif.aux.xml", "lcc.tif", "lcc.tif.aux.xml",
                                "lcc_confidence.tif"])


def test_out_sr_with_cell_size_is_gdalwarps_tr_grid(scene, ukis, sessions, tmp_path):
    result = classify(scene, ukis, tmp_path / "lcc60.tif", sessions, out_sr=MEXICO_LCC, cell_size=60.0)
    native = classify(scene, ukis, tmp_path / "native.tif", sessions)
    reference = str(tmp_path / "reference.tif")
    gdal.Warp(reference, native.out_classified_raster, dstSRS=MEXICO_LCC, xRes=60, yRes=60,
              resampleAlg="near")
    _crs, transform, width, height = grid_of(result.out_classified_raster)
    _, ref_transform, ref_width, ref_height = grid_of(reference)
    assert (transform.a, transform.e) == (60.0, -60.0)
    assert (width, height) == (ref_width, ref_height)
    assert transform.almost_equals(ref_transform, precision=1e-6)


def snap_raster(path, crs, origin, cell):
    with rasterio.open(path, "w", driver="GTiff", width=20, height=20, count=1, dtype="uint8", crs=crs,
                       transform=Affine(cell, 0.0, origin[0], 0.0, -cell, origin[1])) as ds:
        ds.write(np.zeros((1, 20, 20), np.uint8))
    return str(path)


def on_snap_lines(transform, width, height, origin, step):
    """The largest distance (in cells of ``step``) of any output cell corner from the snap grid lines."""
    worst = 0.0
    for col in (0, 1, width // 2, width):
        x = transform.c + col * transform.a
        worst = max(worst, abs((x - origin[0]) / step - round((x - origin[0]) / step)))
    for row in (0, 1, height // 2, height):
        y = transform.f + row * transform.e
        worst = max(worst, abs((origin[1] - y) / step - round((origin[1] - y) / step)))
    return worst


@pytest.mark.parametrize("cell_size", [0.0, 90.0])
def test_snap_raster_sets_the_grid(scene, ukis, sessions, tmp_path, cell_size):
    with rasterio.open(scene) as ds:
        crs, src = ds.crs, ds.transform
        scene_bounds = ds.bounds
    # 45 m cells (the scene has 30 m), offset by fractions of a cell and far from the scene.
    origin = (src.c + 0.3 * 30 + 1000 * 45, src.f - 0.7 * 30 - 77 * 45)
    snap = snap_raster(tmp_path / "snap.tif", crs, origin, 45.0)
    result = classify(scene, ukis, tmp_path / "snapped.tif", sessions, snap_raster=snap, cell_size=cell_size)
    out_crs, transform, width, height = grid_of(result.out_classified_raster)
    assert out_crs == crs
    assert abs(transform.a) == abs(transform.e) == (cell_size or 45.0)
    assert on_snap_lines(transform, width, height, origin, 45.0) < 1e-9
    # The output covers the scene, and at most one cell more on each side.
    west, north = transform.c, transform.f
    east, south = west + width * transform.a, north + height * transform.e
    step = cell_size or 45.0
    assert west <= scene_bounds.left < west + 45.0 and north - 45.0 < scene_bounds.top <= north
    assert east - step < scene_bounds.right <= east and south <= scene_bounds.bottom < south + step
    classes = read(result.out_classified_raster)
    assert (classes != 255).mean() > 0.97


def test_snap_raster_in_another_crs_gives_that_crs(scene, ukis, sessions, tmp_path):
    """Without OUT_SR the output is in the snap raster's CRS, on its cells."""
    origin = (3430000.25, 450000.75)
    snap = snap_raster(tmp_path / "snap.tif", MEXICO_LCC, origin, 40.0)
    result = classify(scene, ukis, tmp_path / "snapped.tif", sessions, snap_raster=snap)
    out_crs, transform, width, height = grid_of(result.out_classified_raster)
    assert out_crs.to_epsg() == 6372 and transform.a == 40.0
    assert on_snap_lines(transform, width, height, origin, 40.0) < 1e-9


@pytest.mark.parametrize("factor", ["2", "100%"])
def test_parallel_processing_factor_gives_identical_bytes(scene, ukis, sessions, tmp_path, factor):
    lines = []
    one = classify(scene, ukis, tmp_path / "one.tif", sessions, parallel_processing_factor="1",
                   out_confidence_raster=str(tmp_path / "one_c.tif"))
    other = classify(scene, ukis, tmp_path / "other.tif", SessionCache(), lines,
                     parallel_processing_factor=factor, out_confidence_raster=str(tmp_path / "other_c.tif"))
    threads = parallel_workers(factor, None, os.cpu_count() or 1)
    assert any(f"({threads} threads" in line for line in lines), lines
    for a, b in ((one.out_classified_raster, other.out_classified_raster),
                 (one.out_confidence_raster, other.out_confidence_raster)):
        with open(a, "rb") as fa, open(b, "rb") as fb:
            assert fa.read() == fb.read()


def test_parallel_processing_factor_text():
    cores = os.cpu_count() or 1
    assert parallel_workers("", 7, 99) == 7 and parallel_workers(None, 7, 99) == 7
    assert parallel_workers("0", 7, 99) == 1
    assert parallel_workers("3", 7, 99) == 3 and parallel_workers("3", 7, 2) == 2
    assert parallel_workers("100%", 7, 99) == cores
    assert parallel_workers(" 50 % ", 7, 99) == max(1, round(cores / 2))
    for bad in ("many", "-1", "1.5", "%", "nan"):
        with pytest.raises(InvalidInput) as info:
            parallel_workers(bad, 7, 99)
        assert str(info.value).startswith("PARALLEL_PROCESSING_FACTOR: "), str(info.value)
    assert retries(None) == 1 and retries(None, default=0) == 0 and retries("2") == 2 and retries(0) == 0
    for bad in (-1, 1.5, "x"):
        with pytest.raises(InvalidInput) as info:
            retries(bad)
        assert str(info.value).startswith("RETRY_ON_FAILURES: must be a whole number"), str(info.value)


def test_out_sr_needs_a_raster_with_a_crs(ukis, sessions, tmp_path):
    path = str(tmp_path / "plain.tif")
    with rasterio.open(path, "w", driver="GTiff", width=64, height=64, count=6, dtype="uint16") as ds:
        ds.write(np.ones((6, 64, 64), np.uint16))
    with pytest.raises(InvalidInput) as info:
        classify(path, ukis, tmp_path / "o.tif", sessions, out_sr=MEXICO_LCC)
    assert str(info.value).startswith("OUT_SR: IN_RASTER has no coordinate system"), str(info.value)
    with pytest.raises(InvalidInput) as info:
        classify(path, ukis, tmp_path / "o.tif", sessions, out_sr="not a crs")
    assert str(info.value).startswith("OUT_SR: "), str(info.value)
    assert not os.path.exists(tmp_path / "o.tif")


def export(scene, labels, out, **kwargs):
    return export_training_data(ExportConfig(scene, str(out), RasterLabels(labels),
                                             metadata_format="Classified_Tiles", tile_size_x=64,
                                             tile_size_y=64, stride_x=64, stride_y=64,
                                             output_nofeature_tiles="ALL_TILES",
                                             **kwargs))


def test_export_cuts_chips_in_out_sr(landsat, scene, tmp_path):
    result = export(scene, landsat["class_raster"], tmp_path / "lcc", out_sr=MEXICO_LCC, cell_size=60.0)
    chips = sorted(glob.glob(str(tmp_path / "lcc" / "images" / "*.tif")))
    assert len(chips) == result.chip_count > 0
    # The grid gdalwarp makes for the scene at 60 m in the output CRS, cut into 64-pixel chips.
    reference = str(tmp_path / "reference.tif")
    gdal.Warp(reference, scene, dstSRS=MEXICO_LCC, xRes=60, yRes=60)
    _crs, ref_transform, ref_width, ref_height = grid_of(reference)
    assert result.chip_count == math.ceil(ref_width / 64) * math.ceil(ref_height / 64)
    with rasterio.open(chips[0]) as image, rasterio.open(str(tmp_path / "lcc" / "labels" /
                                                             os.path.basename(chips[0]))) as label:
        assert image.crs.to_epsg() == label.crs.to_epsg() == 6372
        assert image.transform == label.transform
        assert image.transform.almost_equals(ref_transform, precision=1e-6)
    emd = json.load(open(glob.glob(str(tmp_path / "lcc" / "*.emd"))[0], encoding="utf-8"))
    assert emd["MinCellSize"] == {"x": 60.0, "y": 60.0,
                                  "spatialReference": {"wkid": 6372, "latestWkid": 6372}}


@pytest.mark.parametrize("factor", ["1", "100%"])
def test_export_parallel_processing_factor_gives_identical_chips(landsat, scene, tmp_path, factor):
    a = export(scene, landsat["class_raster"], tmp_path / "a", parallel_processing_factor="2")
    b = export(scene, landsat["class_raster"], tmp_path / "b", parallel_processing_factor=factor)
    assert a.chip_count == b.chip_count > 0
    for path in sorted(glob.glob(str(tmp_path / "a" / "*" / "*.tif"))):
        with open(path, "rb") as fa, open(path.replace(os.sep + "a" + os.sep, os.sep + "b" + os.sep),
                                          "rb") as fb:
            assert fa.read() == fb.read(), path


def test_export_snaps_to_the_snap_raster(landsat, scene, tmp_path):
    with rasterio.open(scene) as ds:
        crs, src = ds.crs, ds.transform
    origin = (src.c + 7.5, src.f - 12.5)
    snap = snap_raster(tmp_path / "snap.tif", crs, origin, 30.0)
    export(scene, landsat["class_raster"], tmp_path / "snapped", snap_raster=snap)
    first = sorted(glob.glob(str(tmp_path / "snapped" / "images" / "*.tif")))[0]
    _crs, transform, width, height = grid_of(first)
    assert on_snap_lines(transform, width, height, origin, 30.0) < 1e-9
    assert (transform.c, transform.f) == (src.c + 7.5 - 30.0, src.f - 12.5 + 30.0)
