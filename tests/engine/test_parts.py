"""Jobs split into parts and merged, in one process and on a Dask LocalCluster with two worker
processes: the merged export folder and classified raster are byte-identical to an unsplit run's."""

import json
import logging
import os
from dataclasses import replace

import numpy as np
import pytest
import rasterio
from helpers import tall_landsat, tree_digest

from pixelwise.engine.classify import ClassifyConfig, classify_pixels
from pixelwise.engine.classify.parts import classify_part, merge_classify_parts, plan_classify_parts
from pixelwise.engine.errors import InvalidInput
from pixelwise.engine.export import ExportConfig, RasterLabels, export_training_data
from pixelwise.engine.export.parts import export_part, merge_export_parts, plan_export_parts


def digest_file(path):
    return tree_digest(os.path.dirname(path))[os.path.basename(path)]


@pytest.fixture(scope="module")
def tall_scene(shared_data, tmp_path_factory):
    """The tall Landsat scene of :func:`helpers.tall_landsat`: 4 bands of 256-row blocks."""
    return tall_landsat(shared_data, tmp_path_factory.mktemp("tall") / "tall.tif")


def export_configs(nb, tmp_path):
    """Three exports of the New Brunswick tile (polygons), 7 grid rows each."""
    common = dict(in_raster=nb["tile1"], in_class_data=nb["labels"], tile_size_x=64, tile_size_y=64,
                  stride_x=48, stride_y=48, output_nofeature_tiles="ALL_TILES")
    return {
        "classified_png": ExportConfig(out_folder=str(tmp_path / "a"), metadata_format="Classified_Tiles",
                                       image_chip_format="PNG", **common),
        "pascal_rotated": ExportConfig(out_folder=str(tmp_path / "b"),
                                       metadata_format="PASCAL_VOC_rectangles",
                                       rotation_angle=90, **common),
        "coco": ExportConfig(out_folder=str(tmp_path / "c"), metadata_format="COCO", image_chip_format="PNG",
                             **common),
    }


def split_export(config, out_folder, parts_folder, n_parts=4):
    config = replace(config, out_folder=str(out_folder))
    parts = plan_export_parts(config, n_parts)
    # Parts run in any order; the merge gets them in any order too.
    folders = [export_part(config, p, parts_folder / f"part{p.index}").folder for p in reversed(parts)]
    return parts, merge_export_parts(config, folders)


@pytest.mark.parametrize("name", ["classified_png", "pascal_rotated", "coco"])
def test_export_parts_merge_to_the_unsplit_export(nb, tmp_path, name):
    config = export_configs(nb, tmp_path)[name]
    whole = export_training_data(config)
    parts, merged = split_export(config, tmp_path / "merged", tmp_path / "parts")
    assert [p.rows for p in parts] == [(0, 2), (2, 4), (4, 5), (5, 7)]
    assert whole.chip_count > 20 and merged.chips == whole.chips
    assert tree_digest(tmp_path / "merged") == tree_digest(config.out_folder)
    # The parts are left as they were: chips and the part record.
    assert {"images", "pixelwise-part.json"} <= set(os.listdir(tmp_path / "parts" / "part0"))


def test_export_parts_of_a_class_raster_append_like_the_unsplit_run(shared_data, tmp_path):
    """Class-raster labels (classes found while cutting) merged into an earlier export: same folder as
    appending the unsplit run."""
    landsat = shared_data / "landsat7_chiapas"
    first = ExportConfig(str(landsat / "LE70220491999322EDC01_stack.gtif"), str(tmp_path / "whole"),
                         RasterLabels(path=str(landsat / "training_data.gtif")), tile_size_x=32,
                         tile_size_y=32, stride_x=32, stride_y=32, metadata_format="Classified_Tiles")
    second = replace(first, in_raster=str(landsat / "LE70220492002106EDC00_stack.gtif"))
    export_training_data(first)
    export_training_data(replace(first, out_folder=str(tmp_path / "merged")))
    export_training_data(second)
    split_export(second, tmp_path / "merged", tmp_path / "parts", n_parts=3)
    stats = json.loads((tmp_path / "merged" / "esri_accumulated_stats.json").read_text())
    assert stats["NumTiles"] > 64 and stats["NextTileIndex"] == 128
    assert tree_digest(tmp_path / "merged") == tree_digest(tmp_path / "whole")


def test_export_merge_refuses_missing_foreign_and_rerun_parts_are_replaced(nb, tmp_path):
    config = export_configs(nb, tmp_path)["classified_png"]
    parts = plan_export_parts(config, 4)
    folders = [export_part(config, p, tmp_path / f"part{p.index}").folder for p in parts]
    with pytest.raises(InvalidInput, match=r"^PART_FOLDERS: rows 2–4 of the chip grid are in no part"):
        merge_export_parts(config, [folders[0], *folders[2:]])
    other = replace(config, stride_x=64)
    with pytest.raises(InvalidInput, match=r"^PART_FOLDERS: .*part0' was cut with other settings"):
        merge_export_parts(other, folders)
    assert not os.path.exists(config.out_folder)
    export_part(config, parts[1], folders[1])  # a re-run of a finished part replaces it
    with pytest.raises(InvalidInput, match=r"^PART_FOLDER: .* holds files that are not an export part"):
        export_part(config, parts[1], nb["tile1"].rsplit(os.sep, 1)[0])
    merge_export_parts(config, folders)
    assert tree_digest(config.out_folder) == tree_digest(export_training_data(
        replace(config, out_folder=str(tmp_path / "whole"))).out_folder)


def test_export_parts_refuse_per_feature_formats(nb, tmp_path):
    config = replace(export_configs(nb, tmp_path)["classified_png"], metadata_format="Labeled_Tiles")
    with pytest.raises(InvalidInput, match=r"^METADATA_FORMAT: Labeled_Tiles cuts one chip per feature"):
        plan_export_parts(config, 4)


def classify_config(tall_scene, classify_inputs, out, **changes):
    return ClassifyConfig(tall_scene, classify_inputs["emd"], str(out), arguments="padding=64;batch_size=3",
                          out_confidence_raster=str(out).replace(".tif", "_confidence.tif"), **changes)


def test_classify_parts_with_out_sr_merge_to_the_unsplit_raster(tall_scene, classify_inputs, tmp_path):
    """Parts run on the raster's own grid; the merge warps the whole into OUT_SR, as an unsplit run does."""
    whole = classify_pixels(classify_config(tall_scene, classify_inputs, tmp_path / "whole.tif",
                                            out_sr="EPSG:6372"))
    config = classify_config(tall_scene, classify_inputs, tmp_path / "merged.tif", out_sr="EPSG:6372")
    folders = [classify_part(config, p, tmp_path / f"part{p.index}").folder
               for p in plan_classify_parts(config, 3)]
    merged = merge_classify_parts(config, folders)
    for name in ("whole.tif", "whole.tif.aux.xml", "whole_confidence.tif"):
        assert digest_file(tmp_path / name.replace("whole", "merged")) == digest_file(tmp_path / name), name
    assert merged.class_counts == whole.class_counts and merged.crs_wkt == whole.crs_wkt
    with rasterio.open(tmp_path / "merged.tif") as ds:
        assert ds.crs.to_epsg() == 6372


def test_classify_parts_merge_to_the_unsplit_raster(tall_scene, classify_inputs, tmp_path):
    whole = classify_pixels(classify_config(tall_scene, classify_inputs, tmp_path / "whole.tif"))
    config = classify_config(tall_scene, classify_inputs, tmp_path / "merged.tif")
    parts = plan_classify_parts(config, 4)
    assert [p.rows for p in parts] == [(0, 256), (256, 512), (512, 768), (768, 1000)]
    folders = [classify_part(config, p, tmp_path / f"part{p.index}").folder for p in parts]
    merged = merge_classify_parts(config, folders[::-1])
    for name in ("whole.tif", "whole.tif.aux.xml", "whole_confidence.tif"):
        assert digest_file(tmp_path / name.replace("whole", "merged")) == digest_file(tmp_path / name), name
    assert merged.class_counts == whole.class_counts and merged.nodata_count == whole.nodata_count
    assert len({n for _v, n in whole.class_counts if n}) == 3  # clear, cloud and shadow all present
    # Windows at the parts' borders run in both neighbours.
    assert whole.windows_run < merged.windows_run < 2 * whole.windows_run
    with rasterio.open(tmp_path / "part1" / "classified.tif") as part, \
            rasterio.open(tmp_path / "whole.tif") as full:
        assert part.transform.f == full.transform.f + 256 * full.transform.e
        assert np.array_equal(part.read(1), full.read(1)[256:512])
    with pytest.raises(InvalidInput, match=r"^PART_FOLDERS: rows 512–768 of the raster are in no part"):
        merge_classify_parts(config, folders[:2] + folders[3:])
    with pytest.raises(InvalidInput, match=r"^PART_FOLDERS: .* was classified with other settings"):
        merge_classify_parts(replace(config, arguments="padding=32;batch_size=3"), folders)


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed", reason="Dask's distributed is an optional dependency")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_dask_runs_the_parts_of_an_export_and_a_classification(dask_client, nb, tall_scene, classify_inputs,
                                                                tmp_path):
    from pixelwise.engine.distributed import classify_on_dask, export_on_dask

    assert len(dask_client.scheduler_info()["workers"]) == 2
    config = export_configs(nb, tmp_path)["classified_png"]
    whole = export_training_data(config)
    merged = export_on_dask(dask_client, replace(config, out_folder=str(tmp_path / "dask_export")), n_parts=4)
    assert merged.chips == whole.chips
    assert tree_digest(tmp_path / "dask_export") == tree_digest(config.out_folder)

    classify_pixels(classify_config(tall_scene, classify_inputs, tmp_path / "whole.tif"))
    classify_on_dask(dask_client, classify_config(tall_scene, classify_inputs, tmp_path / "dask.tif"),
                     n_parts=4)
    for name in ("whole.tif", "whole.tif.aux.xml", "whole_confidence.tif"):
        assert digest_file(tmp_path / name.replace("whole", "dask")) == digest_file(tmp_path / name), name
    # The part folders are gone; only the outputs are left.
    assert sorted(os.listdir(tmp_path)) == sorted(["a", "dask_export", "whole.tif", "whole.tif.aux.xml",
                                                   "whole_confidence.tif", "dask.tif", "dask.tif.aux.xml",
                                                   "dask_confidence.tif"])
    # A work folder the caller gives keeps what it held: only the part folders the run made go.
    given = tmp_path / "given"
    (given / "work").mkdir(parents=True)
    (given / "work" / "notes.txt").write_text("mine", encoding="utf-8")
    again = export_on_dask(dask_client, replace(config, out_folder=str(given / "export")), n_parts=4,
                           work_folder=str(given / "work"))
    assert again.chips == whole.chips
    assert tree_digest(given / "export") == tree_digest(config.out_folder)
    assert os.listdir(given / "work") == ["notes.txt"]
