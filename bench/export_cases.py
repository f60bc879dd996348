"""Export cases: the engine's ``export_training_data`` and its floor, on the same raster and chips.

*Engine figure* — chips/s of one ``export_training_data`` run (validation, label lookup, chip reads,
encoding, statistics and metadata files included; building the label objects is not).

*Floor figure* — chips/s of the least work the same output needs: the raster read once, in windows of
whole rows of chips (rasterio), and the very chips the engine wrote (same count, size, places, format,
creation options, PNG zlevel, world file) encoded by GDAL (MEM → PNG/GTiff ``CreateCopy``) into a
folder on the same disk, on a thread pool with every core (GDAL releases the GIL). Classified_Tiles
floors also read the class raster and encode the label chips (PNG at zlevel 1 or LZW TIFF, as the
engine does); PASCAL_VOC floors write a placeholder XML of about the same size per chip.
"""

import json
import os
import shutil
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import rasterio
from osgeo import gdal
from rasterio.windows import Window

from engine.export import (
    ClassInfo,
    ExportConfig,
    LabelFeature,
    RasterLabels,
    VectorLabels,
    export_training_data,
)
from engine.raster_io import CHIP_FORMATS

from .data import BUILD, build_rgb

gdal.UseExceptions()

TILE = 256
RGB_CLASSES = (ClassInfo(1, "forest"), ClassInfo(2, "water"), ClassInfo(3, "road"), ClassInfo(4, "building"),
               ClassInfo(5, "other"))
PASCAL_PLACEHOLDER = b"<annotation>" + b" " * 480 + b"</annotation>\n"
LABEL_PNG_ZLEVEL = 1  # the engine writes label chips at level 1, whatever png_zlevel says


def _inputs(spec):
    paths = build_rgb(spec["size"], giga=spec.get("giga", False))
    if spec["metadata"] == "PASCAL_VOC_rectangles":
        doc = json.loads(open(paths["polygons"], encoding="utf-8").read())
        features = tuple(LabelFeature(g, v) for g, v in doc["features"])
        return paths, VectorLabels(features, RGB_CLASSES, doc["crs"])
    return paths, RasterLabels(paths["classes"])


def _out_folder(spec, kind):
    folder = BUILD / "out" / f"{spec['name']}-{kind}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    return folder


def run_engine(spec):
    """Time one export; write the chips' pixel origins to ``spec['chips_file']`` for the floor."""
    paths, labels = _inputs(spec)
    out = _out_folder(spec, "engine")
    config = ExportConfig(in_raster=paths["image"], out_folder=str(out), in_class_data=labels,
                          image_chip_format=spec["format"], tile_size_x=TILE, tile_size_y=TILE,
                          stride_x=spec["stride"], stride_y=spec["stride"], metadata_format=spec["metadata"],
                          png_zlevel=spec.get("zlevel", 1), parallel_processing_factor=spec.get("factor"))
    started = time.perf_counter()
    if spec.get("dask"):  # DASK_SCHEDULER: workers started, parts run and merged, all timed
        from engine.distributed import run_on_scheduler

        result = run_on_scheduler(spec["dask"], "export", config)
    else:
        result = export_training_data(config)
    seconds = time.perf_counter() - started
    with rasterio.open(paths["image"]) as ds:
        inverse = ~ds.transform
    origins = []
    for chip in result.chips:
        col, row = inverse * (chip.bounds[0], chip.bounds[3])
        origins.append((int(round(row)), int(round(col))))
    if spec.get("chips_file"):
        with open(spec["chips_file"], "w", encoding="utf-8") as f:
            json.dump(origins, f)
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": seconds, "count": result.chip_count}


def _creation_options(chip_format, zlevel):
    _driver, _ext, _world, options = CHIP_FORMATS[chip_format]
    options = dict(options)
    if chip_format == "TIFF":
        options.update(TILED="YES", BLOCKXSIZE="128", BLOCKYSIZE="128", TFW="YES")
    if chip_format == "PNG":
        options.update(ZLEVEL=str(zlevel), WORLDFILE="YES")
    return [f"{k}={v}" for k, v in options.items()]


def encode_chip(path, pixels, chip_format, options, geotransform, wkt):
    """Encode one (bands, h, w) chip with GDAL: MEM dataset → ``CreateCopy`` with the chip driver."""
    count, height, width = pixels.shape
    mem = gdal.GetDriverByName("MEM").Create("", width, height, count,
                                             gdal.GDT_Byte if pixels.dtype == np.uint8 else gdal.GDT_UInt16)
    mem.SetGeoTransform(geotransform)
    mem.SetProjection(wkt)
    mem.WriteRaster(0, 0, width, height, np.ascontiguousarray(pixels).tobytes())
    driver = gdal.GetDriverByName(CHIP_FORMATS[chip_format][0])
    driver.CreateCopy(path, mem, strict=0, options=options)


class _RowBuffer:
    """Rows of a raster read once, top to bottom, in windows as wide as the raster."""

    def __init__(self, dataset):
        self.dataset, self.top, self.rows = dataset, 0, np.zeros((dataset.count, 0, dataset.width),
                                                                 dataset.dtypes[0])

    def rows_at(self, row, height):
        bottom = min(row + height, self.dataset.height)
        have = self.top + self.rows.shape[1]
        if bottom > have:
            fresh = self.dataset.read(window=Window(0, have, self.dataset.width, bottom - have))
            self.rows = np.concatenate([self.rows, fresh], axis=1)
        drop = row - self.top
        if drop > 0:
            self.rows, self.top = self.rows[:, drop:], row
        return self.rows[:, :height]


def run_floor(spec):
    """Read the raster once and encode the engine's chips on a thread pool with every core."""
    paths, _labels = _inputs(spec)
    with open(spec["chips_file"], encoding="utf-8") as f:
        origins = [tuple(o) for o in json.load(f)]
    out = _out_folder(spec, "floor")
    os.makedirs(out / "images")
    os.makedirs(out / "labels")
    chip_format = spec["format"]
    ext = CHIP_FORMATS[chip_format][1]
    image_options = _creation_options(chip_format, spec.get("zlevel", 1))
    label_options = _creation_options(chip_format, LABEL_PNG_ZLEVEL)
    classified = spec["metadata"] == "Classified_Tiles"
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    with rasterio.open(paths["image"]) as image, rasterio.open(paths["classes"]) as classes, \
            ThreadPoolExecutor(max_workers=workers) as pool:
        wkt, transform = image.crs.to_wkt(), image.transform
        images, labels = _RowBuffer(image), _RowBuffer(classes) if classified else None
        pending = deque()
        for index, (row, col) in enumerate(sorted(origins)):
            name = f"{index:012d}"
            gt = (transform * rasterio.Affine.translation(col, row)).to_gdal()
            pixels = images.rows_at(row, TILE)[:, :, col:col + TILE].copy()
            pending.append(pool.submit(encode_chip, str(out / "images" / f"{name}.{ext}"), pixels,
                                       chip_format, image_options, gt, wkt))
            if classified:
                label = labels.rows_at(row, TILE)[:, :, col:col + TILE].copy()
                pending.append(pool.submit(encode_chip, str(out / "labels" / f"{name}.{ext}"), label,
                                           chip_format, label_options, gt, wkt))
            else:
                pending.append(pool.submit((out / "labels" / f"{name}.xml").write_bytes, PASCAL_PLACEHOLDER))
            while len(pending) > 4 * workers:
                pending.popleft().result()
        while pending:
            pending.popleft().result()
    seconds = time.perf_counter() - started
    shutil.rmtree(out, ignore_errors=True)
    return {"seconds": seconds, "count": len(origins)}
