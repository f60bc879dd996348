"""Write a 3-class label raster on the grid of a Landsat 7 scene, for the export demo.

Rough spectral rules, good enough to give every chip several classes: 1 water (low NIR), 2 vegetation
(NDVI > 0.3), 3 other. Every pixel gets a class; 0 is declared NoData but never written.

Usage: python scripts/make_demo_labels.py SCENE.tif LABELS.tif
"""

import sys

import numpy as np
import rasterio

WATER, VEGETATION, OTHER = 1, 2, 3
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
    counts = {value: int((labels == value).sum()) for value in (WATER, VEGETATION, OTHER)}
    print(f"{labels_path}: pixels per class {counts}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
