"""Classify Pixels on real data: the UKIS cloud/shadow ONNX model on Landsat 7 stacks (CFmask as the
reference), seamless tiling, the model in its three packagings, NoData, confidence and the class table
— with real ONNX Runtime sessions."""

import os

import numpy as np
import pytest
import rasterio
from classify_models import with_metadata, write_zip
from helpers import UKIS_CLASSES, ukis_emd, ukis_stats, write_json
from osgeo import gdal
from rasterio.transform import Affine

from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels
from pixelwise.engine.feedback import Feedback

CLOUD, CFMASK_CLOUD = 1, 4


@pytest.fixture(scope="module")
def sessions():
    """One ONNX Runtime session per model file for the whole module (the model is 40 MB)."""
    return SessionCache()


@pytest.fixture(scope="module")
def ukis(shared_data):
    d = shared_data / "ukis_csmask_onnx"
    model = d / "model_6b_l2a.onnx"
    if not model.is_file():
        pytest.skip(f"{model} is absent (shared/data/ukis_csmask_onnx holds the real cloud model)")
    return {"dir": str(d), "model": str(model)}


@pytest.fixture(scope="module")
def scenes(shared_data):
    d = shared_data / "landsat7_chiapas"
    return {"cloudy": str(d / "LE70220492002106EDC00_stack.gtif"),
            "clear": str(d / "LE70220491999322EDC01_stack.gtif")}


@pytest.fixture(scope="module")
def emd_path(ukis, tmp_path_factory):
    """The UKIS model described by an .emd in a temporary folder, ModelFile relative to it."""
    folder = tmp_path_factory.mktemp("emd")
    rel = os.path.relpath(ukis["model"], folder)
    emd = ukis_emd(rel, ukis["dir"], InferenceFunction="ArcGISImageClassifier.py")
    return write_json(folder / "ukis.emd", emd)


def run(in_raster, model, out, sessions, log=None, **kwargs):
    lines = [] if log is None else log
    result = classify_pixels(ClassifyConfig(str(in_raster), str(model), str(out), **kwargs),
                             Feedback(log=lines.append), sessions=sessions)
    with rasterio.open(result.out_classified_raster) as ds:
        return result, ds.read(1), ds.profile


def read_band(path, band=1):
    with rasterio.open(path) as ds:
        return ds.read(band)


def test_cloudy_scene_matches_cfmask_clouds(scenes, emd_path, sessions, tmp_path):
    lines = []
    result, classes, profile = run(scenes["cloudy"], emd_path, tmp_path / "cloudy.tif", sessions, lines)
    cfmask = read_band(scenes["cloudy"], 8)
    pred, ref = classes == CLOUD, cfmask == CFMASK_CLOUD
    iou = (pred & ref).sum() / (pred | ref).sum()
    print(f"cloudy scene: cloud IoU vs CFmask {iou:.3f}, predicted cloud {pred.mean():.1%}")
    assert iou >= 0.35
    with rasterio.open(scenes["cloudy"]) as src:
        assert (profile["crs"], profile["transform"]) == (src.crs, src.transform)
        # 250 × 250: smaller than one 256-pixel window
        assert (profile["width"], profile["height"]) == (src.width, src.height) == (250, 250)
    assert profile["dtype"] == "uint8" and profile["nodata"] == 255 and profile["count"] == 1
    assert set(np.unique(classes)) <= {0, 1, 2}
    assert result.windows_run == 4  # 250 px at stride 128: two windows per axis
    assert dict(result.class_counts)[CLOUD] == pred.sum()
    assert any("InferenceFunction 'ArcGISImageClassifier.py' is ignored" in line for line in lines)


def test_clear_scene_has_almost_no_cloud(scenes, emd_path, sessions, tmp_path):
    _, classes, _ = run(scenes["clear"], emd_path, tmp_path / "clear.tif", sessions)
    share = (classes == CLOUD).mean()
    print(f"clear scene: predicted cloud {share:.2%}")
    assert share < 0.05


def test_class_table_colours_and_names_are_in_the_file(scenes, emd_path, sessions, tmp_path):
    result, classes, _ = run(scenes["cloudy"], emd_path, tmp_path / "c.tif", sessions)
    ds = gdal.Open(result.out_classified_raster)
    band = ds.GetRasterBand(1)
    rat = band.GetDefaultRAT()
    cols = [rat.GetNameOfCol(i) for i in range(rat.GetColumnCount())]
    assert cols == ["Value", "Count", "Class", "Red", "Green", "Blue"]
    rows = [[rat.GetValueAsString(r, c) for c in range(len(cols))] for r in range(rat.GetRowCount())]
    assert [r[2] for r in rows] == ["clear", "cloud", "shadow"]
    assert [int(r[1]) for r in rows] == [int((classes == v).sum()) for v in (0, 1, 2)]
    assert rat.GetTableType() == gdal.GRTT_THEMATIC
    assert band.GetCategoryNames() == ["clear", "cloud", "shadow"]
    assert band.GetColorInterpretation() == gdal.GCI_PaletteIndex
    table = band.GetColorTable()
    assert table.GetCount() == 3  # exactly the classes: QGIS lists every entry in the legend
    for c in UKIS_CLASSES:
        assert table.GetColorEntry(c["Value"]) == tuple(c["Color"]) + (255,)
    assert band.GetNoDataValue() == 255


def _mosaic(scene, path, size=600):
    """A size × size raster made of mirrored copies of the 250 × 250 scene (no hard seams)."""
    with rasterio.open(scene) as src:
        data, profile = src.read(), src.profile
    row = np.concatenate([data, data[:, :, ::-1], data], axis=2)
    big = np.concatenate([row, row[:, ::-1, :], row], axis=1)[:, :size, :size]
    profile.update(width=size, height=size, tiled=True, blockxsize=256, blockysize=256)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(big)
    return str(path)


@pytest.fixture(scope="module")
def mosaic(scenes, tmp_path_factory):
    return _mosaic(scenes["cloudy"], tmp_path_factory.mktemp("mosaic") / "mosaic600.tif")


@pytest.fixture(scope="module")
def mosaic_full(mosaic, emd_path, sessions, tmp_path_factory):
    out = tmp_path_factory.mktemp("full") / "full.tif"
    return run(mosaic, emd_path, out, sessions, arguments="batch_size=8")


def test_half_tile_shift_gives_the_same_classes(mosaic, mosaic_full, emd_path, sessions, tmp_path):
    _, full, profile = mosaic_full
    t = profile["transform"]
    shift = 128  # half a 256-pixel window: the window grid moves by half a window
    extent = (t.c + shift * t.a, t.f - 600 * abs(t.e), t.c + 600 * t.a, t.f - shift * abs(t.e))
    _, shifted, shifted_profile = run(mosaic, emd_path, tmp_path / "shifted.tif", sessions, extent=extent)
    assert shifted.shape == (600 - shift, 600 - shift)
    assert shifted_profile["transform"] == t * Affine.translation(shift, shift)
    agreement = (shifted == full[shift:, shift:]).mean()
    print(f"half-tile shift: {agreement:.4%} of {shifted.size} shared pixels agree")
    assert agreement >= 0.99


def test_batch_size_does_not_change_the_result(mosaic, mosaic_full, emd_path, sessions, tmp_path):
    result, single, _ = run(mosaic, emd_path, tmp_path / "b1.tif", sessions, arguments="batch_size 1")
    assert result.batch_size == 1 and result.windows_run == 25
    assert np.array_equal(single, mosaic_full[1])


def test_emd_dlpk_and_deepness_onnx_give_identical_rasters(ukis, scenes, emd_path, sessions, tmp_path):
    _, from_emd, _ = run(scenes["cloudy"], emd_path, tmp_path / "emd.tif", sessions)

    dlpk = write_zip(tmp_path / "ukis.dlpk", {
        "ukis.emd": write_json(tmp_path / "inner.emd", ukis_emd("model_6b_l2a.onnx", ukis["dir"])),
        "model_6b_l2a.onnx": ukis["model"],
        "ArcGISImageClassifier.py": b"raise SystemExit('never run')\n"})
    result, from_dlpk, _ = run(scenes["cloudy"], dlpk, tmp_path / "dlpk.tif", sessions)

    mean, std = ukis_stats(ukis["dir"])
    # Deepness divides pixels by 255 before standardising: express reflectance × 10000 that way.
    onnx_path = with_metadata(ukis["model"], tmp_path / "ukis_deepness.onnx", {
        "model_type": "Segmentor",
        "class_names": {"0": "clear", "1": "cloud", "2": "shadow"},
        "standardization_mean": [m * 10000 / 255 for m in mean],
        "standardization_std": [s * 10000 / 255 for s in std],
        "tile_size": 256})
    six_bands = tmp_path / "six_bands.tif"
    with rasterio.open(scenes["cloudy"]) as src:
        profile = src.profile
        profile.update(count=6)
        with rasterio.open(six_bands, "w", **profile) as dst:
            dst.write(src.read([1, 2, 3, 4, 5, 6]))
    lines = []
    result_onnx, from_onnx, _ = run(six_bands, onnx_path, tmp_path / "onnx.tif", sessions, lines)

    assert np.array_equal(from_emd, from_dlpk)
    assert np.array_equal(from_emd, from_onnx)
    assert [c.name for c in result_onnx.classes] == ["clear", "cloud", "shadow"]
    assert any("Deepness-style" in line for line in lines)


def test_nodata_in_gives_nodata_out(scenes, emd_path, sessions, tmp_path):
    with rasterio.open(scenes["cloudy"]) as src:
        data, profile = src.read(), src.profile
    data[:6, 100:160, 30:90] = -9999
    profile.update(nodata=-9999)
    holed = tmp_path / "holed.tif"
    with rasterio.open(holed, "w", **profile) as dst:
        dst.write(data)
    result, classes, out_profile = run(holed, emd_path, tmp_path / "holed_out.tif", sessions)
    assert out_profile["nodata"] == 255
    assert (classes[100:160, 30:90] == 255).all()
    outside = np.ones(classes.shape, bool)
    outside[100:160, 30:90] = False
    assert (classes[outside] != 255).all()
    assert result.nodata_count == 60 * 60


def test_confidence_raster(scenes, emd_path, sessions, tmp_path):
    result, classes, _ = run(scenes["cloudy"], emd_path, tmp_path / "cls.tif", sessions,
                             out_confidence_raster=str(tmp_path / "conf.tif"))
    with rasterio.open(result.out_confidence_raster) as ds:
        conf, profile = ds.read(1), ds.profile
    assert profile["dtype"] == "float32" and profile["nodata"] == -1
    assert (conf >= 1 / 3 - 1e-6).all() and (conf <= 1 + 1e-6).all()
    assert conf.mean() > 0.6


def test_test_time_augmentation_runs_and_mostly_agrees(scenes, emd_path, sessions, tmp_path):
    _, plain, _ = run(scenes["cloudy"], emd_path, tmp_path / "plain.tif", sessions)
    result, tta, _ = run(scenes["cloudy"], emd_path, tmp_path / "tta.tif", sessions,
                         arguments="test_time_augmentation=True;merge_policy=mean")
    assert result.test_time_augmentation
    assert (tta == plain).mean() > 0.9
