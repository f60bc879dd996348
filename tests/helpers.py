"""Plain helpers shared by every test tier."""

import hashlib
import json
import os


def tree_digest(path):
    """{relative path: sha256} of every file below ``path`` (empty when it does not exist)."""
    out = {}
    for root, _dirs, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            with open(full, "rb") as f:
                out[os.path.relpath(full, path)] = hashlib.sha256(f.read()).hexdigest()
    return out


# The real UKIS cloud/shadow model (shared/data/ukis_csmask_onnx) on the Landsat 7 stacks.
UKIS_CLASSES = [
    {"Value": 0, "Name": "clear", "Color": [40, 160, 40]},
    {"Value": 1, "Name": "cloud", "Color": [255, 255, 255]},
    {"Value": 2, "Name": "shadow", "Color": [70, 70, 70]},
]


def ukis_stats(model_dir):
    """(mean, std) of the UKIS model's six reflectance bands (0…1), from its own JSON."""
    with open(os.path.join(model_dir, "model_6b_l2a.json"), encoding="utf-8") as f:
        img = json.load(f)["data"]["dataset_statistics"]["img"]
    return img[0], img[1]


def ukis_emd(model_file, model_dir, **extra):
    """An EMD for the UKIS model on the Landsat stacks: bands 1–6 are reflectance × 10000, so the
    model's (x/10000 − mean)/std becomes (x − mean·10000)/(std·10000)."""
    mean, std = ukis_stats(model_dir)
    emd = {
        "Framework": "ONNX",
        "ModelType": "ImageClassification",
        "ModelFile": model_file,
        "ImageHeight": 256,
        "ImageWidth": 256,
        "ExtractBands": [0, 1, 2, 3, 4, 5],
        "NormalizationStats": {"band_mean_values": [m * 10000 for m in mean],
                               "band_std_values": [s * 10000 for s in std]},
        "Classes": UKIS_CLASSES,
    }
    emd.update(extra)
    return emd


def write_json(path, data):
    """Write ``data`` as JSON to ``path``; returns the path as a string."""
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2)
    return str(path)


def ukis_inputs(shared_data, folder):
    """Inputs for classifying with the real UKIS model: ``emd`` (written into ``folder``, ModelFile an
    absolute path), ``emd_text`` (the same EMD as JSON text), ``cloudy`` (the 250 × 250 Landsat 7 scene
    of 2002, 8 bands of which the model takes 1–6) and ``rgb`` (the 3-band New Brunswick aerial crop)."""
    model_dir = os.path.join(shared_data, "ukis_csmask_onnx")
    emd = ukis_emd(os.path.join(model_dir, "model_6b_l2a.onnx"), model_dir)
    return {"emd": write_json(os.path.join(folder, "ukis.emd"), emd),
            "emd_text": json.dumps(emd),
            "cloudy": os.path.join(shared_data, "landsat7_chiapas", "LE70220492002106EDC00_stack.gtif"),
            "rgb": os.path.join(shared_data, "nb_aerial_landcover", "23322E759967N_clipped_1m_1of2.tif")}


# Device nodes of the GPUs ONNX Runtime could run on (NVIDIA, AMD ROCm, WSL DirectML).
GPU_DEVICES = ("/dev/nvidia0", "/dev/kfd", "/dev/dxg")


def classify_bad_input(case, classify_inputs):
    """``(parameter changes, start of the one-line message)`` of a Classify Pixels bad-input case.

    ``OUT_CLASSIFIED_RASTER`` in the changes is a file suffix for the output. ``gpu_without_gpu`` skips
    itself on a machine with a GPU, where PROCESSOR_TYPE=GPU would run.
    """
    import pytest

    if case == "gpu_without_gpu":
        present = [path for path in GPU_DEVICES if os.path.exists(path)]
        if present:
            pytest.skip(f"this machine has a GPU ({', '.join(present)}): PROCESSOR_TYPE=GPU would run")
    return {
        "three_bands_for_six": ({"IN_RASTER": classify_inputs["rgb"]}, "IN_RASTER: has 3 bands"),
        "malformed_emd_json": ({"IN_MODEL_DEFINITION": '{"Framework": "ONNX", "ModelFile": '},
                               "IN_MODEL_DEFINITION: the model definition text is not valid JSON"),
        # ArcGIS's "name value" form; the name=value form is covered by the successful runs.
        "unknown_argument": ({"ARGUMENTS": "padding 32;batchsize 2"},
                             "ARGUMENTS: unknown argument 'batchsize'"),
        "argument_without_value": ({"ARGUMENTS": "padding"}, "ARGUMENTS: 'padding' has no value"),
        "not_a_geotiff": ({"OUT_CLASSIFIED_RASTER": ".img"},
                          "OUT_CLASSIFIED_RASTER: 'classified.img' is not a GeoTIFF"),
        "gpu_without_gpu": ({"PROCESSOR_TYPE": "GPU"}, "PROCESSOR_TYPE: GPU was chosen but"),
    }[case]


# Niveau_2 of the New Brunswick land-cover polygons names the classes that Quatreclasses numbers.
NB_CLASS_NAMES = {1: "Vegetation", 2: "Hydro", 3: "Road", 4: "Building", 255: "Train"}


def flipped_landcover(raster, gpkg, folder):
    """``(reference path, classified path, truth, predicted)`` for the accuracy tests: Quatreclasses of
    ``gpkg`` rasterised by GDAL on the grid of ``raster`` (NoData 0) as the reference, and a "classified"
    raster made from it with 20 % of the pixels flipped at random (seed 1), the unlabelled ones filled,
    and the class names in its .aux.xml as Classify Pixels writes them."""
    import numpy as np
    import rasterio
    from osgeo import gdal, ogr

    from pixelwise.engine.classes import ClassInfo
    from pixelwise.engine.classify.output import class_mapping, write_class_table

    source = gdal.Open(str(raster))
    path = os.path.join(folder, "reference.tif")
    reference = gdal.GetDriverByName("GTiff").Create(path, source.RasterXSize, source.RasterYSize, 1,
                                                     gdal.GDT_Byte)
    reference.SetGeoTransform(source.GetGeoTransform())
    reference.SetProjection(source.GetProjection())
    reference.GetRasterBand(1).SetNoDataValue(0)
    reference.GetRasterBand(1).Fill(0)
    vector = ogr.Open(str(gpkg))  # kept referenced while its layer is used
    gdal.RasterizeLayer(reference, [1], vector.GetLayer(0), options=["ATTRIBUTE=Quatreclasses"])
    reference = vector = None
    with rasterio.open(path) as ds:
        truth, profile = ds.read(1), ds.profile
    rng = np.random.default_rng(1)
    predicted = truth.copy()
    flip = rng.random(truth.shape) < 0.2
    predicted[flip] = rng.choice(list(NB_CLASS_NAMES), int(flip.sum()))
    predicted[truth == 0] = rng.choice([1, 2, 3, 4], int((truth == 0).sum()))
    classified = os.path.join(folder, "classified.tif")
    with rasterio.open(classified, "w", **{**profile, "nodata": None}) as ds:
        ds.write(predicted, 1)
    write_class_table(classified, class_mapping([ClassInfo(v, n) for v, n in NB_CLASS_NAMES.items()], 5), {})
    return path, classified, truth, predicted


def write_corner_labels(raster, path, size=(100, 100)):
    """A GeoPackage at ``path`` with one polygon (integer field ``class`` = 1) covering ``size`` pixels
    (columns, rows) at the upper-left corner of ``raster``, in its CRS; returns ``str(path)``. With
    128-pixel chips from the corner it labels the first chip only."""
    from osgeo import gdal, ogr, osr

    source = gdal.Open(str(raster))
    x0, dx, _, y0, _, dy = source.GetGeoTransform()
    srs = osr.SpatialReference(wkt=source.GetProjection())
    source = None
    x1, y1 = x0 + size[0] * dx, y0 + size[1] * dy
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("corner", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("class", 1)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON (({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"))
    layer.CreateFeature(feature)
    feature = layer = dataset = None
    return str(path)


# Model definitions from strangers (tests/engine/test_model_fields.py, and through qgis_process in
# tests/headless/test_qgis_process_model_fields.py): a valid EMD for a 3-class 1 × 1 model ``m.onnx``
# with 16-pixel windows, and hostile variants as {name: (EMD text, what the one-line error names)}.
HOSTILE_BASE = {"Framework": "ONNX", "ModelFile": "m.onnx", "ModelType": "ImageClassification",
                "ImageHeight": 16, "ImageWidth": 16,
                "Classes": [{"Value": 1, "Name": "a", "Color": [200, 0, 0]}, {"Value": 2, "Name": "b"},
                            {"Value": 3, "Name": "c"}]}


def _hostile(**changes):
    return json.dumps({**HOSTILE_BASE, **changes}, allow_nan=True)


HOSTILE_EMDS = {
    "class_value_5e9": (_hostile(Classes=[{"Value": 5e9, "Name": "a"}]), "Classes[0].Value"),
    "batch_infinity": (_hostile(BatchSize=float("inf")), "Infinity"),
    "color_infinity": (_hostile(Classes=[{"Value": 1, "Color": [float("inf"), 0, 0]}]), "Infinity"),
    "height_nan": (_hostile(ImageHeight=float("nan")), "NaN"),
    "std_nan": (_hostile(NormalizationStats={"band_mean_values": [0, 0, 0],
                                             "band_std_values": [float("nan"), 1, 1]}), "NaN"),
    "class_value_negative": (_hostile(Classes=[{"Value": 1}, {"Value": -1}, {"Value": 3}]),
                             "Classes[1].Value -1"),
    "height_1e999": (_hostile().replace('"ImageHeight": 16', '"ImageHeight": 1e999'), "ImageHeight"),
    "variable_size_text": (_hostile(SupportsVariableTileSize="maybe"), "SupportsVariableTileSize"),
    "color_out_of_range": (_hostile(Classes=[{"Value": 1, "Color": [300, 0, 0]}]), "Classes[0].Color"),
    "deep": ('{"Framework": "ONNX", "x": ' + "[" * 5000 + "]" * 5000 + "}", "nested"),
}
# Deepness-style ONNX metadata: {name: (metadata_props, what the one-line error names)}.
HOSTILE_METADATA = {
    "tiles_overlap_text": ({"tile_size": "16", "tiles_overlap": "abc"}, "tiles_overlap"),
    "resolution_text": ({"tile_size": "16", "resolution": "ten"}, "resolution"),
    "class_names_deep": ({"tile_size": "16", "class_names": "[" * 100000 + "]" * 100000}, "class_names"),
    "tile_size_infinity": ({"tile_size": "Infinity"}, "Infinity"),
    "std_nan": ({"tile_size": "16", "standardization_std": "[NaN, 1, 1]"}, "NaN"),
    "tiles_overlap_150": ({"tile_size": "16", "tiles_overlap": "150"}, "tiles_overlap"),
}



def tall_landsat(shared_data, path):
    """1000 × 300 pixels of the 2002 Landsat stack (8 Int16 bands) at ``path``, tiled with mirrored
    copies, so that a classification splits into 4 bands of 256-row blocks, the last one shorter."""
    import numpy as np
    import rasterio

    scene = os.path.join(shared_data, "landsat7_chiapas", "LE70220492002106EDC00_stack.gtif")
    with rasterio.open(scene) as src:
        pixels, profile = src.read(), src.profile
    strip = np.concatenate([pixels, pixels[:, :, ::-1]], axis=2)[:, :, :300]
    tall = np.concatenate([strip, strip[:, ::-1]] * 3, axis=1)[:, :1000]
    profile.update(width=300, height=1000, tiled=True, blockxsize=256, blockysize=256)
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(tall)
    return str(path)
