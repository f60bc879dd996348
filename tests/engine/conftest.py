"""Engine-tier fixtures: real rasters and labels, the labels read with OGR (not the engine)."""

import json

import pytest
from osgeo import ogr

from pixelwise.engine.classes import classes_from_values
from pixelwise.engine.export import LabelFeature, VectorLabels

ogr.UseExceptions()


def read_vector(path, field=None):
    """A :class:`VectorLabels` from a vector file, class values from ``field`` (text → 1…n)."""
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    srs = layer.GetSpatialRef()
    geoms, raw = [], []
    for feat in layer:
        g = feat.GetGeometryRef()
        if g is None or g.IsEmpty():
            continue
        geoms.append(json.loads(g.ExportToJson()))
        raw.append(feat.GetField(field) if field else 1)
    is_text = bool(raw) and isinstance(raw[0], str)
    values, classes = classes_from_values(raw, is_text)
    crs = srs.ExportToWkt() if srs else None
    return VectorLabels(tuple(LabelFeature(g, v) for g, v in zip(geoms, values, strict=False)), classes, crs)


@pytest.fixture(scope="session")
def nb(shared_data):
    d = shared_data / "nb_aerial_landcover"
    return {"tile1": str(d / "23322E759967N_clipped_1m_1of2.tif"),
            "tile2": str(d / "23322E759967N_clipped_1m_2of2.tif"),
            "labels": read_vector(d / "BakerLake_2017_clipped.gpkg", "Quatreclasses"),
            "gpkg": str(d / "BakerLake_2017_clipped.gpkg")}


@pytest.fixture(scope="session")
def landsat(shared_data):
    d = shared_data / "landsat7_chiapas"
    return {"clear": str(d / "LE70220491999322EDC01_stack.gtif"),
            "cloudy": str(d / "LE70220492002106EDC00_stack.gtif"),
            "class_raster": str(d / "training_data.gtif"),
            "labels": read_vector(d / "training_data.shp", "id"),
            "shp": str(d / "training_data.shp")}


@pytest.fixture(scope="session")
def sn7(shared_data):
    d = shared_data / "spacenet_crops"
    stem = "SN7_global_monthly_2020_01_mosaic_L15-0331E-1257N_1327_3160_13_uint8_clipped"
    return {"raster": str(d / f"{stem}.tif"),
            "labels_3857": read_vector(d / f"{stem}.gpkg"),
            "labels_4326": read_vector(d / f"{stem}_4326.gpkg"),
            "gpkg_3857": str(d / f"{stem}.gpkg")}
