"""Benchmark rasters built from the real data in ``../shared/data`` (``PIXELWISE_DATA`` overrides).

Sources (see each folder's SOURCE.md):

* RGB: the 326 × 482 New Brunswick 0.5 m aerial crop (``nb_aerial_landcover``, 3 × Byte) with its real
  land-cover polygons (``Quatreclasses``: 1 forest, 2 water, 3 road, 4 building, 255 other → 5);
* 6-band: the cloudy Landsat 7 stack of 2002 (``landsat7_chiapas``, bands 1–6 = blue … SWIR2,
  reflectance × 10000, Int16), the input of the real UKIS cloud model (``ukis_csmask_onnx``).

A size × size raster repeats its source side by side in a VRT (one ``SimpleSource`` per copy and
band) which ``gdal_translate`` materialises as a tiled (256²), uncompressed GeoTIFF; the giga case
keeps the VRT (of the materialised 8192² / 4096² rasters) and reads through it. The class raster
and polygons are repeated the same way, so labels stay on their pixels.
"""

import json
import os
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr
from rasterio.features import rasterize

gdal.UseExceptions()

REPO = Path(__file__).resolve().parents[1]
BUILD = REPO / ".build" / "bench"
DATA_ENV = "PIXELWISE_DATA"

RGB_IMAGE = ("nb_aerial_landcover", "23322E759967N_clipped_1m_2of2.tif")
RGB_POLYGONS = ("nb_aerial_landcover", "BakerLake_2017_clipped.gpkg")
RGB_CLASS_FIELD = "Quatreclasses"
MS_IMAGE = ("landsat7_chiapas", "LE70220492002106EDC00_stack.gtif")
MS_BANDS = (1, 2, 3, 4, 5, 6)
MODEL = ("ukis_csmask_onnx", "model_6b_l2a.onnx")
MODEL_STATS = ("ukis_csmask_onnx", "model_6b_l2a.json")
UKIS_CLASSES = [{"Value": 0, "Name": "clear", "Color": [40, 160, 40]},
                {"Value": 1, "Name": "cloud", "Color": [255, 255, 255]},
                {"Value": 2, "Name": "shadow", "Color": [70, 70, 70]}]
TIFF_OPTIONS = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"]


def data_dir():
    """The shared data folder; exits with a message when it is absent."""
    folder = Path(os.environ.get(DATA_ENV) or REPO.parent / "shared" / "data")
    needed = [folder.joinpath(*p) for p in (RGB_IMAGE, RGB_POLYGONS, MS_IMAGE, MODEL, MODEL_STATS)]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise SystemExit(f"bench: real data not found ({', '.join(missing)}). Put the shared data folder at "
                         f"{REPO.parent / 'shared' / 'data'} or point {DATA_ENV} at it.")
    return folder


def repeat_vrt(source, size, path, bands=None):
    """Write a ``size`` × ``size`` VRT at ``path`` that repeats ``source`` side by side (row-major)."""
    ds = gdal.Open(str(source))
    w, h = ds.RasterXSize, ds.RasterYSize
    bands = bands or tuple(range(1, ds.RasterCount + 1))
    gt = ds.GetGeoTransform()
    name = gdal.GetDataTypeName(ds.GetRasterBand(1).DataType)
    bx, by = ds.GetRasterBand(1).GetBlockSize()
    props = (f'<SourceProperties RasterXSize="{w}" RasterYSize="{h}" DataType="{name}" '
             f'BlockXSize="{bx}" BlockYSize="{by}"/>')
    copies = [(i * w, j * h) for j in range(-(-size // h)) for i in range(-(-size // w))]
    lines = [f'<VRTDataset rasterXSize="{size}" rasterYSize="{size}">',
             f"<SRS>{_escape(ds.GetProjection())}</SRS>",
             f"<GeoTransform>{', '.join(repr(v) for v in gt)}</GeoTransform>"]
    for k, b in enumerate(bands, start=1):
        band = ds.GetRasterBand(b)
        interp = gdal.GetColorInterpretationName(band.GetColorInterpretation())
        lines.append(f'<VRTRasterBand dataType="{name}" band="{k}"><ColorInterp>{interp}</ColorInterp>')
        for x, y in copies:
            lines.append(f'<SimpleSource><SourceFilename relativeToVRT="0">{source}</SourceFilename>'
                         f"<SourceBand>{b}</SourceBand>{props}"
                         f'<SrcRect xOff="0" yOff="0" xSize="{w}" ySize="{h}"/>'
                         f'<DstRect xOff="{x}" yOff="{y}" xSize="{w}" ySize="{h}"/></SimpleSource>')
        lines.append("</VRTRasterBand>")
    lines.append("</VRTDataset>")
    Path(path).write_text("\n".join(lines), encoding="utf-8")
    return str(path)


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def materialise(vrt, path):
    """gdal_translate ``vrt`` into a tiled, uncompressed GeoTIFF (skipped when ``path`` exists)."""
    if not Path(path).exists():
        tmp = f"{path}.partial.tif"
        gdal.Translate(tmp, str(vrt), creationOptions=TIFF_OPTIONS)
        os.replace(tmp, path)
    return str(path)


def _class_value(text):
    value = int(text)
    return 5 if value == 255 else value


def _tile_labels(data):
    """(class raster of the RGB tile, its polygons clipped to the tile as GeoJSON, CRS WKT)."""
    BUILD.mkdir(parents=True, exist_ok=True)
    image = gdal.Open(str(data.joinpath(*RGB_IMAGE)))
    w, h = image.RasterXSize, image.RasterYSize
    gt = image.GetGeoTransform()
    x0, y0, x1, y1 = gt[0], gt[3] + h * gt[5], gt[0] + w * gt[1], gt[3]
    rect = ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")
    vector = ogr.Open(str(data.joinpath(*RGB_POLYGONS)))
    layer = vector.GetLayer(0)
    features = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        if geometry is None or geometry.IsEmpty():
            continue
        clipped = geometry.Intersection(rect)
        if clipped is None or clipped.IsEmpty() or clipped.GetArea() <= 0:
            continue
        features.append((json.loads(clipped.ExportToJson()), _class_value(feature.GetField(RGB_CLASS_FIELD))))
    from rasterio.transform import Affine

    burnt = rasterize(features, out_shape=(h, w), transform=Affine.from_gdal(*gt), fill=0, dtype=np.uint8)
    path = BUILD / "src_rgb_classes.tif"
    if not path.exists():
        out = gdal.GetDriverByName("GTiff").Create(str(path), w, h, 1, gdal.GDT_Byte)
        out.SetGeoTransform(gt)
        out.SetProjection(image.GetProjection())
        out.GetRasterBand(1).WriteArray(burnt)
        out = None
    return str(path), features, layer.GetSpatialRef().ExportToWkt(), (w, h, gt)


def _shift(coords, dx, dy):
    if isinstance(coords[0], (int, float)):
        return [coords[0] + dx, coords[1] + dy]
    return [_shift(c, dx, dy) for c in coords]


def repeated_polygons(features, size, tile):
    """The tile's polygons repeated like the image: [(GeoJSON, class value)] in map coordinates."""
    w, h, gt = tile
    out = []
    for j in range(-(-size // h)):
        for i in range(-(-size // w)):
            dx, dy = i * w * gt[1], j * h * gt[5]
            for geometry, value in features:
                shifted = _shift(geometry["coordinates"], dx, dy)
                out.append(({"type": geometry["type"], "coordinates": shifted}, value))
    return out


def build_rgb(size, giga=False):
    """``{"image", "classes", "polygons"}`` for a size² RGB case: GeoTIFFs (or VRTs when ``giga``) and
    a JSON file of the repeated polygons (None for giga)."""
    data = data_dir()
    BUILD.mkdir(parents=True, exist_ok=True)
    class_tile, features, crs, tile = _tile_labels(data)
    if giga:
        base = build_rgb(8192)
        return {"image": repeat_vrt(base["image"], size, BUILD / f"rgb_{size}.vrt"),
                "classes": repeat_vrt(base["classes"], size, BUILD / f"rgb_{size}_classes.vrt"),
                "polygons": None}
    image = materialise(repeat_vrt(data.joinpath(*RGB_IMAGE), size, BUILD / f"rgb_{size}.vrt"),
                        BUILD / f"rgb_{size}.tif")
    classes = materialise(repeat_vrt(class_tile, size, BUILD / f"rgb_{size}_classes.vrt"),
                          BUILD / f"rgb_{size}_classes.tif")
    polygons = BUILD / f"rgb_{size}_polygons.json"
    if not polygons.exists():
        polygons.write_text(json.dumps({"crs": crs, "features": repeated_polygons(features, size, tile)}),
                            encoding="utf-8")
    return {"image": image, "classes": classes, "polygons": str(polygons)}


def build_multispectral(size, giga=False):
    """Path of a size² 6-band Int16 raster for the UKIS model (a VRT of the 4096² one when ``giga``)."""
    data = data_dir()
    BUILD.mkdir(parents=True, exist_ok=True)
    if giga:
        return repeat_vrt(build_multispectral(4096), size, BUILD / f"ms6_{size}.vrt")
    vrt = repeat_vrt(data.joinpath(*MS_IMAGE), size, BUILD / f"ms6_{size}.vrt", bands=MS_BANDS)
    return materialise(vrt, BUILD / f"ms6_{size}.tif")


def model_definition():
    """Path of an EMD for the UKIS model on the Landsat stack: the model normalises reflectance 0…1 as
    (x − mean) / std; the stack holds reflectance × 10000, so mean and std are scaled by 10000."""
    data = data_dir()
    stats = json.loads(data.joinpath(*MODEL_STATS).read_text(encoding="utf-8"))
    mean, std = stats["data"]["dataset_statistics"]["img"]
    emd = {"Framework": "ONNX", "ModelType": "ImageClassification", "ModelFile": str(data.joinpath(*MODEL)),
           "ImageHeight": 256, "ImageWidth": 256, "ExtractBands": [0, 1, 2, 3, 4, 5],
           "NormalizationStats": {"band_mean_values": [m * 10000 for m in mean],
                                  "band_std_values": [s * 10000 for s in std]},
           "Classes": UKIS_CLASSES}
    BUILD.mkdir(parents=True, exist_ok=True)
    path = BUILD / "ukis.emd"
    path.write_text(json.dumps(emd, indent=2), encoding="utf-8")
    return str(path)
