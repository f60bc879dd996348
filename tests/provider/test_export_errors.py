"""Bad input ends in one line naming the parameter, and the output folder stays byte for byte as it was."""

import pytest
from helpers import tree_digest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProcessingFeedback


@pytest.fixture(scope="module")
def landsat(shared_data):
    """8-band Int16 Landsat 7 stack (EPSG:32615) and its land-cover polygons (field 'class')."""
    folder = shared_data / "landsat7_chiapas"
    return {"raster": str(folder / "LE70220492002106EDC00_stack.gtif"),
            "labels": str(folder / "training_data.shp")}


@pytest.fixture(scope="module")
def far_away_labels(nb_data, processing_run, tmp_path_factory):
    """The land-cover polygons moved 1000 km east: they touch no pixel of the raster."""
    path = tmp_path_factory.mktemp("far") / "far_away.gpkg"
    processing_run("native:translategeometry", {"INPUT": nb_data["labels"], "DELTA_X": 1_000_000,
                                                "OUTPUT": str(path)})
    return str(path)


@pytest.fixture(scope="module")
def centroid_points(nb_data, processing_run, tmp_path_factory):
    path = tmp_path_factory.mktemp("points") / "centroids.gpkg"
    processing_run("native:centroids", {"INPUT": nb_data["labels"], "OUTPUT": str(path)})
    return str(path)


@pytest.fixture(scope="module")
def int16_rgb_vrt(landsat, tmp_path_factory):
    """Bands 1-3 of the Int16 stack as a VRT: three bands, still Int16."""
    path = tmp_path_factory.mktemp("vrt") / "int16_rgb.vrt"
    gdal.Translate(str(path), landsat["raster"], format="VRT", bandList=[1, 2, 3])
    return str(path)


def _assert_one_line(message, parameter):
    assert "\n" not in message.strip(), message
    assert message.startswith(f"{parameter}: "), message


def _bad_inputs(request):
    """(parameter changes, parameter named in the error) of each case, built from the fixtures."""
    landsat = request.getfixturevalue("landsat")
    return {
        "missing_class_field": ({"CLASS_VALUE_FIELD": "Quatre_classes"}, "CLASS_VALUE_FIELD"),
        "tile_size_x_0": ({"TILE_SIZE_X": 0}, "TILE_SIZE_X"),
        "stride_y_0": ({"STRIDE_Y": 0}, "STRIDE_Y"),
        "negative_start_index": ({"START_INDEX": -1}, "START_INDEX"),
        "png_8_bands_int16": ({"IN_RASTER": landsat["raster"], "IN_CLASS_DATA": landsat["labels"],
                               "CLASS_VALUE_FIELD": "class", "IMAGE_CHIP_FORMAT": "PNG"},
                              "IMAGE_CHIP_FORMAT"),
        "jpeg_3_bands_int16": ({"IN_RASTER": request.getfixturevalue("int16_rgb_vrt"),
                                "IN_CLASS_DATA": landsat["labels"], "CLASS_VALUE_FIELD": "class",
                                "IMAGE_CHIP_FORMAT": "JPEG"}, "IMAGE_CHIP_FORMAT"),
        "labels_far_away": ({"IN_CLASS_DATA": request.getfixturevalue("far_away_labels")}, "IN_CLASS_DATA"),
        "points_without_buffer": ({"IN_CLASS_DATA": request.getfixturevalue("centroid_points")},
                                  "BUFFER_RADIUS"),
        "negative_buffer": ({"BUFFER_RADIUS": -1.0}, "BUFFER_RADIUS"),
        "classes_need_labels": ({"IN_CLASS_DATA": None, "CLASS_VALUE_FIELD": None}, "IN_CLASS_DATA"),
    }


CASES = ["missing_class_field", "tile_size_x_0", "stride_y_0", "negative_start_index", "png_8_bands_int16",
         "jpeg_3_bands_int16", "labels_far_away", "points_without_buffer", "negative_buffer",
         "classes_need_labels"]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_into_an_earlier_export(run_export, nb_parameters, copy_of_earlier_export,
                                          request, case):
    changes, parameter = _bad_inputs(request)[case]
    before = tree_digest(copy_of_earlier_export)
    neighbours = sorted(p.name for p in copy_of_earlier_export.parent.iterdir())

    with pytest.raises(QgsProcessingException) as error:
        run_export({**nb_parameters, **changes, "OUT_FOLDER": str(copy_of_earlier_export)})

    _assert_one_line(str(error.value), parameter)
    assert tree_digest(copy_of_earlier_export) == before
    assert sorted(p.name for p in copy_of_earlier_export.parent.iterdir()) == neighbours


@pytest.mark.parametrize("case", ["missing_class_field", "tile_size_x_0", "png_8_bands_int16"])
def test_bad_input_creates_no_folder(run_export, nb_parameters, tmp_path, request, case):
    changes, parameter = _bad_inputs(request)[case]
    with pytest.raises(QgsProcessingException) as error:
        run_export({**nb_parameters, **changes, "OUT_FOLDER": str(tmp_path / "new")})
    _assert_one_line(str(error.value), parameter)
    assert list(tmp_path.iterdir()) == []


def test_folder_with_unrelated_files_is_left_alone(run_export, nb_parameters, tmp_path):
    out = tmp_path / "documents"
    (out / "notes").mkdir(parents=True)
    (out / "report.txt").write_text("not a training data export\n", encoding="utf-8")
    (out / "notes" / "todo.md").write_text("- keep me\n", encoding="utf-8")
    before = tree_digest(out)

    with pytest.raises(QgsProcessingException) as error:
        run_export({**nb_parameters, "OUT_FOLDER": str(out)})

    _assert_one_line(str(error.value), "OUT_FOLDER")
    assert tree_digest(out) == before


def _cancelling_feedback():
    """Feedback that cancels from its progress signal once the first chips are under way."""
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress > 0 else None)
    return feedback


def test_cancel_leaves_an_earlier_export_as_it_was(run_export, nb_parameters, copy_of_earlier_export):
    before = tree_digest(copy_of_earlier_export)
    neighbours = sorted(p.name for p in copy_of_earlier_export.parent.iterdir())
    feedback = _cancelling_feedback()

    with pytest.raises(QgsProcessingException) as error:
        run_export({**nb_parameters, "OUT_FOLDER": str(copy_of_earlier_export)}, feedback=feedback)

    assert feedback.isCanceled()
    assert "\n" not in str(error.value).strip() and "ancel" in str(error.value)
    assert tree_digest(copy_of_earlier_export) == before
    assert sorted(p.name for p in copy_of_earlier_export.parent.iterdir()) == neighbours


def test_cancel_creates_no_folder(run_export, nb_parameters, tmp_path):
    with pytest.raises(QgsProcessingException):
        run_export({**nb_parameters, "OUT_FOLDER": str(tmp_path / "new")}, feedback=_cancelling_feedback())
    assert list(tmp_path.iterdir()) == []
