"""The catalogue of bad inputs: every case a user can plausibly get wrong, for both algorithms.

Each :class:`Case` says which parameters it changes (built from :class:`BadFiles`, real data made
bad in a test folder), which parameter the one-line error must name and which words of the problem
and of the fix it must contain. The provider tier runs every case through ``processing.run``, the
headless tier through ``qgis_process``; both check that the output location is byte for byte
as before. README "What happens when things go wrong" lists the same cases.
"""

import os
import shutil
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np

EXPORT = "pixelwise:exporttrainingdata"
CLASSIFY = "pixelwise:classifypixels"


@dataclass(frozen=True)
class Case:
    """``changes(files)`` -> parameter changes; ``output`` names a special output location
    (``file``, ``read_only``, ``unrelated``, ``folder_for_tif``) instead of an earlier result."""

    name: str
    algorithm: str
    changes: Callable
    parameter: str
    problem: str
    fix: str
    output: Optional[str] = None
    words: tuple = field(default=())


class BadFiles:
    """Bad inputs made from the real data in ``shared_data`` inside ``folder`` (made on first use)."""

    def __init__(self, shared_data, folder, classify_inputs):
        self.data = shared_data
        self.folder = folder
        self.classify = classify_inputs
        self._made = {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in self._made:
            self._made[name] = getattr(self, f"_make_{name}")()
        return self._made[name]

    # -- real inputs ------------------------------------------------------------------------------
    @property
    def nb_raster(self):
        return str(self.data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_1of2.tif")

    @property
    def nb_labels(self):
        return str(self.data / "nb_aerial_landcover" / "BakerLake_2017_clipped.gpkg")

    @property
    def landsat(self):
        return str(self.data / "landsat7_chiapas" / "LE70220492002106EDC00_stack.gtif")

    @property
    def landsat_labels(self):
        return str(self.data / "landsat7_chiapas" / "training_data.shp")

    def base_export(self):
        """The tiers' base export parameters (:func:`export_parameters`) on the real data."""
        return export_parameters(self.nb_raster, self.nb_labels)

    def path(self, name):
        return str(self.folder / name)

    # -- rasters ----------------------------------------------------------------------------------
    def _make_no_crs_raster(self):
        """The aerial crop with its geotransform but without a CRS."""
        import rasterio

        out = self.path("no_crs.tif")
        with rasterio.open(self.nb_raster) as src:
            profile = {**src.profile, "crs": None}
            with rasterio.open(out, "w", **profile) as dst:
                dst.write(src.read())
        return out

    def _make_garbage_raster(self):
        out = self.path("garbage.tif")
        with open(out, "wb") as f:
            f.write(np.random.default_rng(7).integers(0, 256, 50_000, dtype=np.uint8).tobytes())
        return out

    def _make_truncated_raster(self):
        """A real GeoTIFF (header first, 9-row strips) cut off after 40 % of its bytes."""
        out = self.path("truncated.tif")
        with open(self.nb_raster, "rb") as f:
            data = f.read()
        with open(out, "wb") as f:
            f.write(data[: int(len(data) * 0.4)])
        return out

    def _make_zero_band_raster(self):
        """A GeoPackage holding two raster tables: GDAL opens it as a container with no bands."""
        from osgeo import gdal

        out = self.path("two_rasters.gpkg")
        gdal.Translate(out, self.nb_raster, format="GPKG", bandList=[1], creationOptions=["RASTER_TABLE=red"])
        gdal.Translate(
            out,
            self.nb_raster,
            format="GPKG",
            bandList=[2],
            creationOptions=["APPEND_SUBDATASET=YES", "RASTER_TABLE=green"],
        )
        assert gdal.Open(out).RasterCount == 0
        return out

    def _make_hundred_band_raster(self):
        from osgeo import gdal

        out = self.path("hundred_bands.vrt")
        gdal.Translate(out, self.nb_raster, format="VRT", bandList=[1, 2, 3] * 33 + [1])
        return out

    def _make_float_class_raster(self):
        """Band 1 of the aerial crop as Float32 tenths: fractional 'class values'."""
        import rasterio

        out = self.path("float_classes.tif")
        with rasterio.open(self.nb_raster) as src:
            values = src.read(1).astype(np.float32) / 10.0
            profile = {**src.profile, "count": 1, "dtype": "float32", "photometric": None}
        profile.pop("photometric")
        with rasterio.open(out, "w", **profile) as dst:
            dst.write(values, 1)
        return out

    # -- labels -----------------------------------------------------------------------------------
    def _ogr(self, name, *options):
        from osgeo import gdal

        out = self.path(name)
        result = gdal.VectorTranslate(out, self.nb_labels, options=list(options))
        assert result is not None, name
        result = None
        return out

    def _make_labels_without_crs(self):
        """The land-cover polygons as a shapefile whose .prj was lost."""
        out = self._ogr("no_crs.shp", "-f", "ESRI Shapefile")
        os.remove(out[:-4] + ".prj")
        return out

    def _make_far_away_labels(self):
        """The land-cover polygons moved 1000 km east: they touch no pixel of the raster."""
        return self._ogr(
            "far_away.gpkg",
            "-dialect",
            "SQLite",
            "-sql",
            "SELECT ST_Translate(geom, 1000000, 0, 0) AS geom, Quatreclasses " "FROM BakerLake_2017",
        )

    def _make_centroid_points(self):
        return self._ogr(
            "centroids.gpkg",
            "-dialect",
            "SQLite",
            "-sql",
            "SELECT ST_Centroid(geom) AS geom, Quatreclasses FROM BakerLake_2017",
        )

    def _make_empty_labels(self):
        return self._ogr("empty.gpkg", "-where", "1 = 0")

    def _make_line_labels(self):
        return self._ogr("lines.gpkg", "-nlt", "MULTILINESTRING")

    def _make_fractional_classes(self):
        return self._ogr(
            "fractional.gpkg",
            "-sql",
            "SELECT geom, CAST(fid AS REAL) + 0.5 AS klass " "FROM BakerLake_2017",
            "-dialect",
            "SQLite",
        )

    def _make_negative_classes(self):
        return self._ogr(
            "negative.gpkg",
            "-sql",
            "SELECT geom, -CAST(fid AS INTEGER) AS klass " "FROM BakerLake_2017",
            "-dialect",
            "SQLite",
        )

    def _make_huge_classes(self):
        return self._ogr(
            "huge.gpkg",
            "-sql",
            "SELECT geom, CAST(fid AS INTEGER) * 100000 AS klass " "FROM BakerLake_2017",
            "-dialect",
            "SQLite",
        )

    def _make_control_character_classes(self):
        return self._ogr(
            "control.gpkg",
            "-sql",
            "SELECT geom, Quatreclasses || char(1) AS klass " "FROM BakerLake_2017",
            "-dialect",
            "SQLite",
        )

    def _make_broken_geometries(self):
        """The real polygons plus a self-intersecting bow tie, an empty polygon and a NULL geometry."""
        from osgeo import ogr

        x0, y0 = self.bowtie_origin
        out = self._ogr("broken.gpkg")
        source = ogr.Open(out, 1)
        layer = source.GetLayer(0)
        bowtie = f"POLYGON (({x0} {y0}, {x0 + 30} {y0 + 30}, {x0 + 30} {y0}, {x0} {y0 + 30}, {x0} {y0}))"
        for wkt in (bowtie, "POLYGON EMPTY", None):
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("Quatreclasses", "Eau")
            if wkt is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            layer.CreateFeature(feature)
        source = None
        return out

    @property
    def bowtie_origin(self):
        """Lower-left corner of the 30 m bow tie in broken.gpkg: near the aerial crop's centre."""
        import rasterio

        with rasterio.open(self.nb_raster) as src:
            left, bottom, right, top = src.bounds
        return round((left + right) / 2), round((bottom + top) / 2)

    # -- models -----------------------------------------------------------------------------------
    def _emd(self, name, **emd):
        import json

        out = self.path(name)
        with open(out, "w", encoding="utf-8") as f:
            json.dump(emd, f)
        return out

    def _ukis_emd(self, name, **changes):
        import json

        with open(self.classify["emd"], encoding="utf-8") as f:
            emd = json.load(f)
        emd.update(changes)
        for key in [k for k, v in changes.items() if v is None]:
            del emd[key]
        return self._emd(name, **emd)

    def _make_ukis_without_extract_bands(self):
        return self._ukis_emd("no_extract_bands.emd", ExtractBands=None)

    def _make_truncated_landsat(self):
        """The 8-band Landsat stack cut off after 40 % of its bytes."""
        out = self.path("truncated_landsat.tif")
        with open(self.landsat, "rb") as f:
            data = f.read()
        with open(out, "wb") as f:
            f.write(data[: int(len(data) * 0.4)])
        return out

    def _make_one_class_emd(self):
        """The real 3-class cloud model declared with one class: channels 1 and 2 have no class."""
        return self._ukis_emd(
            "one_class.emd", Classes=[{"Value": 0, "Name": "clear", "Color": [40, 160, 40]}]
        )

    def _make_control_character_emd(self):
        classes = [
            {"Value": 0, "Name": "clear", "Color": [40, 160, 40]},
            {"Value": 1, "Name": "cloud\a", "Color": [255, 255, 255]},
            {"Value": 2, "Name": "shadow", "Color": [70, 70, 70]},
        ]
        return self._ukis_emd("control_character.emd", Classes=classes)

    def _make_missing_model_file(self):
        return self._ukis_emd("missing_model.emd", ModelFile="no_such_model.onnx")

    def _make_corrupt_model(self):
        out = self.path("corrupt.onnx")
        with open(out, "wb") as f:
            f.write(b"\x08\x07this is not an onnx model" * 40)
        return self._ukis_emd("corrupt_model.emd", ModelFile=out)

    def _conv_model(self, name, **kw):
        import sys

        sys.path.insert(0, os.path.join(os.path.dirname(__file__), "engine"))
        from classify_models import conv1x1_model

        weights = np.eye(3, 6, dtype=np.float32)
        return conv1x1_model(self.path(name), weights, **kw)

    def _make_open_size_model(self):
        """A fully convolutional model with open height/width and an EMD without ImageHeight/Width."""
        model = self._conv_model("open_size.onnx")
        return self._ukis_emd(
            "open_size.emd",
            ModelFile=model,
            ImageHeight=None,
            ImageWidth=None,
            Classes=[{"Value": v, "Name": f"c{v}", "Color": [v * 60, 0, 0]} for v in range(3)],
        )

    def _make_nhwc_declared_nchw(self):
        """A channels-last model whose EMD claims ModelFormat NCHW."""
        model = self._conv_model("nhwc.onnx", tile=64, nhwc=True)
        return self._ukis_emd(
            "nhwc.emd",
            ModelFile=model,
            ModelFormat="NCHW",
            ImageHeight=64,
            ImageWidth=64,
            Classes=[{"Value": v, "Name": f"c{v}", "Color": [v * 60, 0, 0]} for v in range(3)],
        )

    def _make_evil_dlpk(self):
        import zipfile

        out = self.path("evil.dlpk")
        with zipfile.ZipFile(out, "w") as zf:
            zf.writestr("model.emd", '{"Framework": "ONNX", "ModelFile": "model.onnx"}')
            zf.writestr("../../escaped.txt", "written outside the package")
        return out


# Rasters QGIS cannot load, the same for both algorithms.
_RASTER_CASES = (
    (
        "raster_with_0_bands",
        lambda f: {"IN_RASTER": f.zero_band_raster},
        "IN_RASTER",
        "no bands",
        "at least one band",
    ),
    ("unreadable_raster", lambda f: {"IN_RASTER": f.garbage_raster}, "IN_RASTER", "garbage.tif", "raster"),
)


# Parameters the cases change; the rest come from the tier's base parameters.
def _export_cases():
    def e(name, changes, parameter, problem, fix, output=None):
        return Case(name, EXPORT, changes, parameter, problem, fix, output)

    return [
        e(
            "raster_without_crs_in_map_space",
            lambda f: {
                "IN_RASTER": f.no_crs_raster,
                "IN_CLASS_DATA": None,
                "CLASS_VALUE_FIELD": None,
                "METADATA_FORMAT": "Export_Tiles",
                "REFERENCE_SYSTEM": "MAP_SPACE",
            },
            "REFERENCE_SYSTEM",
            "needs a raster with a coordinate reference system",
            "PIXEL_SPACE",
        ),
        e(
            "labels_without_crs",
            lambda f: {"IN_CLASS_DATA": f.labels_without_crs, "CLASS_VALUE_FIELD": "Quatreclas"},
            "IN_CLASS_DATA",
            "has no coordinate reference system",
            "Assign",
        ),
        e(
            "empty_label_layer",
            lambda f: {"IN_CLASS_DATA": f.empty_labels},
            "IN_CLASS_DATA",
            "has no features",
            "Choose the layer",
        ),
        e("line_labels", lambda f: {"IN_CLASS_DATA": f.line_labels}, "IN_CLASS_DATA", "line", "polygons"),
        e(
            "fractional_class_values",
            lambda f: {"IN_CLASS_DATA": f.fractional_classes, "CLASS_VALUE_FIELD": "klass"},
            "CLASS_VALUE_FIELD",
            "1.5",
            "whole numbers",
        ),
        e(
            "negative_class_values",
            lambda f: {"IN_CLASS_DATA": f.negative_classes, "CLASS_VALUE_FIELD": "klass"},
            "CLASS_VALUE_FIELD",
            "-1 is negative",
            "whole numbers",
        ),
        e(
            "class_values_above_65535",
            lambda f: {"IN_CLASS_DATA": f.huge_classes, "CLASS_VALUE_FIELD": "klass"},
            "CLASS_VALUE_FIELD",
            "above 65535",
            "Renumber",
        ),
        e(
            "class_names_with_control_characters",
            lambda f: {"IN_CLASS_DATA": f.control_character_classes, "CLASS_VALUE_FIELD": "klass"},
            "CLASS_VALUE_FIELD",
            "U+0001",
            "regexp_replace",
        ),
        e(
            "class_raster_with_float_values",
            lambda f: {"IN_CLASS_DATA": f.float_class_raster, "CLASS_VALUE_FIELD": None},
            "IN_CLASS_DATA",
            "float32",
            "integer",
        ),
        e(
            "missing_class_field",
            lambda f: {"CLASS_VALUE_FIELD": "Quatre_classes"},
            "CLASS_VALUE_FIELD",
            "is not in IN_CLASS_DATA",
            "Choose one of them",
        ),
        e(
            "labels_far_away",
            lambda f: {"IN_CLASS_DATA": f.far_away_labels},
            "IN_CLASS_DATA",
            "touches",
            "CRS",
        ),
        e(
            "points_without_buffer",
            lambda f: {"IN_CLASS_DATA": f.centroid_points},
            "BUFFER_RADIUS",
            "must be greater than 0",
            "radius",
        ),
        e("negative_buffer", lambda f: {"BUFFER_RADIUS": -1.0}, "BUFFER_RADIUS", "-1", "radius"),
        e(
            "classes_need_labels",
            lambda f: {"IN_CLASS_DATA": None, "CLASS_VALUE_FIELD": None},
            "IN_CLASS_DATA",
            "Classified_Tiles",
            "Give",
        ),
        e("tile_size_0", lambda f: {"TILE_SIZE_X": 0}, "TILE_SIZE_X", "0", "at least"),
        e(
            "tile_larger_than_raster_with_drop",
            lambda f: {
                "TILE_SIZE_X": 512,
                "TILE_SIZE_Y": 512,
                "STRIDE_X": 512,
                "STRIDE_Y": 512,
                "EDGE_POLICY": "DROP",
            },
            "TILE_SIZE_X",
            "larger than the raster",
            "EDGE_POLICY=PAD",
        ),
        e("stride_0", lambda f: {"STRIDE_Y": 0}, "STRIDE_Y", "0", "at least"),
        e(
            "stride_larger_than_tile",
            lambda f: {"STRIDE_X": 200},
            "STRIDE_X",
            "larger than TILE_SIZE_X",
            "at most",
        ),
        e(
            "extent_outside_the_raster",
            lambda f: {"EXTENT": "0,100,0,100 [EPSG:2953]"},
            "EXTENT",
            "does not overlap",
            "extent",
        ),
        e("negative_cell_size", lambda f: {"CELL_SIZE": -2.0}, "CELL_SIZE", "-2", "0"),
        e("negative_start_index", lambda f: {"START_INDEX": -1}, "START_INDEX", "-1", "0"),
        e(
            "start_index_reuses_chip_numbers",
            lambda f: {"START_INDEX": 2},
            "START_INDEX",
            "would reuse chip numbers",
            "at least",
        ),
        e(
            "append_with_another_tile_size",
            lambda f: {"TILE_SIZE_X": 64, "STRIDE_X": 64},
            "TILE_SIZE_X",
            "appending would mix them",
            "new OUT_FOLDER",
        ),
        e(
            "png_for_8_int16_bands",
            lambda f: {
                "IN_RASTER": f.landsat,
                "IN_CLASS_DATA": f.landsat_labels,
                "CLASS_VALUE_FIELD": "class",
                "IMAGE_CHIP_FORMAT": "PNG",
            },
            "IMAGE_CHIP_FORMAT",
            "PNG holds",
            "TIFF",
        ),
        e(
            "png_for_100_bands",
            lambda f: {"IN_RASTER": f.hundred_band_raster, "IMAGE_CHIP_FORMAT": "PNG"},
            "IMAGE_CHIP_FORMAT",
            "100",
            "TIFF",
        ),
        *(e(*case) for case in _RASTER_CASES),
        e(
            "truncated_raster",
            lambda f: {"IN_RASTER": f.truncated_raster},
            "IN_RASTER",
            "truncated.tif",
            "damaged",
        ),
        e(
            "overlap_ratio_above_1",
            lambda f: {"MIN_POLYGON_OVERLAP_RATIO": 1.5},
            "MIN_POLYGON_OVERLAP_RATIO",
            "1.5",
            "0",
        ),
        e(
            "second_raster_for_pascal",
            lambda f: {"METADATA_FORMAT": "PASCAL_VOC_rectangles", "IN_RASTER2": f.nb_raster},
            "IN_RASTER2",
            "not used by PASCAL_VOC_rectangles",
            "empty",
        ),
        e(
            "panoptic_without_instances",
            lambda f: {"METADATA_FORMAT": "Panoptic_Segmentation"},
            "IN_INSTANCE_DATA",
            "needs instance polygons",
            "polygon layer",
        ),
        e("output_path_is_a_file", lambda f: {}, "OUT_FOLDER", "is a file", "new folder", output="file"),
        e(
            "output_folder_read_only",
            lambda f: {},
            "OUT_FOLDER",
            "cannot write",
            "can write to",
            output="read_only",
        ),
        e(
            "output_folder_holds_other_files",
            lambda f: {},
            "OUT_FOLDER",
            "not a training-data export",
            "new or empty folder",
            output="unrelated",
        ),
    ]


def _classify_cases():
    def c(name, changes, parameter, problem, fix, output=None):
        return Case(name, CLASSIFY, changes, parameter, problem, fix, output)

    return [
        c(
            "three_bands_for_a_six_band_model",
            lambda f: {"IN_RASTER": f.classify["rgb"]},
            "IN_RASTER",
            "has 3 bands",
            "ExtractBands",
        ),
        c(
            "hundred_bands_for_a_six_band_model",
            lambda f: {
                "IN_RASTER": f.hundred_band_raster,
                "IN_MODEL_DEFINITION": f.ukis_without_extract_bands,
            },
            "IN_RASTER",
            "100 bands",
            "ExtractBands",
        ),
        *(c(*case) for case in _RASTER_CASES),
        c(
            "truncated_raster",
            lambda f: {"IN_RASTER": f.truncated_landsat},
            "IN_RASTER",
            "truncated_landsat.tif",
            "damaged",
        ),
        c(
            "model_outputs_classes_the_definition_lacks",
            lambda f: {"IN_MODEL_DEFINITION": f.one_class_emd},
            "IN_MODEL_DEFINITION",
            "outputs 3 class channels but the definition lists 1 classes",
            "List one class per output channel",
        ),
        c(
            "class_name_with_control_character",
            lambda f: {"IN_MODEL_DEFINITION": f.control_character_emd},
            "IN_MODEL_DEFINITION",
            "U+0007",
            "Remove them",
        ),
        c(
            "malformed_emd_json",
            lambda f: {"IN_MODEL_DEFINITION": '{"Framework": "ONNX", "ModelFile": '},
            "IN_MODEL_DEFINITION",
            "not valid JSON",
            "",
        ),
        c(
            "model_file_missing",
            lambda f: {"IN_MODEL_DEFINITION": f.missing_model_file},
            "IN_MODEL_DEFINITION",
            "no_such_model.onnx",
            "",
        ),
        c(
            "corrupt_onnx_model",
            lambda f: {"IN_MODEL_DEFINITION": f.corrupt_model},
            "IN_MODEL_DEFINITION",
            "corrupt.onnx",
            "",
        ),
        c(
            "open_size_model_without_tile_size",
            lambda f: {"IN_MODEL_DEFINITION": f.open_size_model},
            "ARGUMENTS",
            "input size is open",
            "tile_size=",
        ),
        c(
            "nhwc_model_declared_nchw",
            lambda f: {"IN_MODEL_DEFINITION": f.nhwc_declared_nchw},
            "IN_MODEL_DEFINITION",
            "NHWC",
            "ModelFormat",
        ),
        c(
            "dlpk_member_escaping",
            lambda f: {"IN_MODEL_DEFINITION": f.evil_dlpk},
            "IN_MODEL_DEFINITION",
            "was refused",
            "relative member names",
        ),
        c(
            "unknown_argument",
            lambda f: {"ARGUMENTS": "padding 32;batchsize 2"},
            "ARGUMENTS",
            "unknown argument 'batchsize'",
            "",
        ),
        c("argument_without_value", lambda f: {"ARGUMENTS": "padding"}, "ARGUMENTS", "has no value", ""),
        c(
            "padding_too_large",
            lambda f: {"ARGUMENTS": "padding=128"},
            "ARGUMENTS",
            "leaves no room",
            "padding below",
        ),
        c("gpu_without_gpu", lambda f: {"PROCESSOR_TYPE": "GPU"}, "PROCESSOR_TYPE", "GPU was chosen", ""),
        c(
            "extent_outside_the_raster",
            lambda f: {"EXTENT": "0,100,0,100 [EPSG:32615]"},
            "EXTENT",
            "does not overlap",
            "",
        ),
        c("negative_cell_size", lambda f: {"CELL_SIZE": -30.0}, "CELL_SIZE", "-30", "0"),
        c(
            "output_not_a_geotiff",
            lambda f: {},
            "OUT_CLASSIFIED_RASTER",
            "not a GeoTIFF",
            ".tif",
            output="img",
        ),
        c(
            "output_folder_read_only",
            lambda f: {},
            "OUT_CLASSIFIED_RASTER",
            "cannot",
            "can write to",
            output="read_only",
        ),
        c(
            "output_path_is_a_folder",
            lambda f: {},
            "OUT_CLASSIFIED_RASTER",
            "is a folder",
            "file name",
            output="folder_for_tif",
        ),
    ]


CASES = _export_cases() + _classify_cases()
EXPORT_CASES = [c.name for c in CASES if c.algorithm == EXPORT]
CLASSIFY_CASES = [c.name for c in CASES if c.algorithm == CLASSIFY]
BY_ID = {(c.algorithm, c.name): c for c in CASES}


def export_parameters(raster, labels):
    """The tiers' base export: Classified_Tiles of the aerial crop, 128-pixel chips (3 × 3 grid)."""
    return {
        "IN_RASTER": raster,
        "IN_CLASS_DATA": labels,
        "CLASS_VALUE_FIELD": "Quatreclasses",
        "METADATA_FORMAT": "Classified_Tiles",
        "TILE_SIZE_X": 128,
        "TILE_SIZE_Y": 128,
        "STRIDE_X": 128,
        "STRIDE_Y": 128,
    }


def case_parameters(case, files, base, out):
    """Base parameters with the case's changes and its output; None values are left out."""
    key = "OUT_FOLDER" if case.algorithm == EXPORT else "OUT_CLASSIFIED_RASTER"
    merged = {**base, **case.changes(files), key: str(out)}
    return {k: v for k, v in merged.items() if v is not None}


@contextmanager
def output_location(case, folder, earlier):
    """The output path of ``case`` inside ``folder`` (an earlier result there unless the case sets the
    output up itself); yields the path while the location exists."""
    export = case.algorithm == EXPORT
    name = "export" if export else "classified.tif"
    if case.output is None:
        copy_result(earlier, folder / name)
        yield folder / name
    elif case.output == "file":
        (folder / name).write_text("a file where the export folder should go\n", encoding="utf-8")
        yield folder / name
    elif case.output == "unrelated":
        (folder / name / "notes").mkdir(parents=True)
        (folder / name / "report.txt").write_text("not a training data export\n", encoding="utf-8")
        (folder / name / "notes" / "todo.md").write_text("- keep me\n", encoding="utf-8")
        yield folder / name
    elif case.output == "new":
        yield folder / name
    elif case.output == "img":
        yield folder / "classified.img"
    elif case.output == "folder_for_tif":
        (folder / name).mkdir()
        (folder / name / "keep.txt").write_text("a folder named like the output\n", encoding="utf-8")
        yield folder / name
    elif case.output == "read_only":
        with read_only_folder(folder / "read_only", lambda ro: copy_result(earlier, ro / name)) as ro:
            yield ro / name
    else:
        raise ValueError(case.output)


@contextmanager
def read_only_folder(path, fill):
    """``path`` made a read-only folder holding what ``fill(path)`` put there: a tmpfs remounted
    read-only when running as root (root ignores file modes), else mode 0555."""
    import pytest

    path.mkdir(parents=True, exist_ok=True)
    mounted = False
    if os.geteuid() == 0:
        mounted = (
            subprocess.run(
                ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(path)], capture_output=True
            ).returncode
            == 0
        )
        if not mounted:
            pytest.skip(
                "running as root without the right to mount: file modes cannot make a folder read-only"
            )
        fill(path)
        subprocess.run(["mount", "-o", "remount,ro", str(path)], check=True)
    else:
        fill(path)
        path.chmod(0o555)
    try:
        yield path
    finally:
        if mounted:
            subprocess.run(["umount", str(path)], check=True)
        else:
            path.chmod(0o755)


def error_lines(text):
    return [line for line in text.splitlines() if line.strip()]


def assert_message(message, case):
    """One line naming the case's parameter, its problem and its fix."""
    assert "\n" not in message.strip(), message
    assert "Traceback" not in message
    assert message.startswith(f"{case.parameter}: "), message
    assert case.problem in message, message
    assert case.fix in message, message


def copy_result(src, dst):
    """Copy an earlier export folder or classified raster (with its .aux.xml) to ``dst``."""
    if os.path.isdir(src):
        shutil.copytree(src, dst)
    else:
        shutil.copy(src, dst)
        if os.path.exists(f"{src}.aux.xml"):
            shutil.copy(f"{src}.aux.xml", f"{dst}.aux.xml")
