"""Write a 3-class label raster on the grid of a Landsat 7 scene, for the export demo.

Rough spectral rules, good enough to give every chip several classes: 1 Water (low NIR), 2 Vegetation
(NDVI > 0.3), 3 Built-up and bare soil (the rest: the town and its fields). Every pixel gets a class;
0 is declared NoData but never written. The class names and colours go into the raster as GIS software
keeps them: a colour table, GDAL category names and a raster attribute table (Value, Class, Red, Green,
Blue) in its ``.aux.xml``, which the export reads as ArcGIS reads a class raster's attribute table.

Usage: python scripts/make_demo_labels.py SCENE.tif LABELS.tif
"""

import sys

import numpy as np
import rasterio
from osgeo import gdal

WATER, VEGETATION, OTHER = 1, 2, 3
NAMES = {WATER: "Water", VEGETATION: "Vegetation", OTHER: "Built-up and bare soil"}
COLORS = {
    0: (0, 0, 0, 0),
    WATER: (58, 125, 191, 255),
    VEGETATION: (47, 140, 79, 255),
    OTHER: (200, 180, 140, 255),
}
WATER_MAX_NIR = 30
VEGETATION_MIN_NDVI = 0.3


def classify(red, nir):
    """Class per pixel from Landsat 7 band 3 (red) and band 4 (near infrared) digital numbers."""
    red = red.astype("float32")
    nir = nir.astype("float32")
    ndvi = (nir - red) / np.maximum(nir + red, 1.0)
    labels = np.full(nir.shape, OTHER, dtype="uint8")
    labels[ndvi > VEGETATION_MIN_NDVI] = VEGETATION
    labels[nir < WATER_MAX_NIR] = WATER
    return labels


def main(scene_path, labels_path):
    with rasterio.open(scene_path) as scene:
        labels = classify(scene.read(3), scene.read(4))
        profile = scene.profile
    profile.update(count=1, dtype="uint8", nodata=0, compress="deflate", photometric="palette")
    profile.pop("blockxsize", None)
    profile.pop("blockysize", None)
    with rasterio.open(labels_path, "w", **profile) as out:
        out.write(labels, 1)
        out.write_colormap(1, COLORS)
    counts = {NAMES[value]: int((labels == value).sum()) for value in (WATER, VEGETATION, OTHER)}
    write_names(labels_path, counts)
    print(f"{labels_path}: pixels per class {counts}")


def write_names(labels_path, counts):
    """Category names (index = value) and a thematic attribute table in the raster's .aux.xml."""
    dataset = gdal.Open(labels_path, gdal.GA_Update)
    band = dataset.GetRasterBand(1)
    band.SetCategoryNames([NAMES.get(value, "") for value in range(max(NAMES) + 1)])
    table = gdal.RasterAttributeTable()
    table.SetTableType(gdal.GRTT_THEMATIC)
    for name, kind, usage in (("Value", gdal.GFT_Integer, gdal.GFU_MinMax),
                              ("Count", gdal.GFT_Integer, gdal.GFU_PixelCount),
                              ("Class", gdal.GFT_String, gdal.GFU_Name),
                              ("Red", gdal.GFT_Integer, gdal.GFU_Red),
                              ("Green", gdal.GFT_Integer, gdal.GFU_Green),
                              ("Blue", gdal.GFT_Integer, gdal.GFU_Blue)):
        table.CreateColumn(name, kind, usage)
    for row, (value, name) in enumerate(sorted(NAMES.items())):
        red, green, blue, _ = COLORS[value]
        for column, cell in enumerate((value, counts[name], name, red, green, blue)):
            if isinstance(cell, str):
                table.SetValueAsString(row, column, cell)
            else:
                table.SetValueAsInt(row, column, cell)
    band.SetDefaultRAT(table)
    band = dataset = None


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
