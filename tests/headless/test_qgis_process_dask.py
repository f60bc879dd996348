"""DASK_SCHEDULER through ``qgis_process run``: Classify Pixels and Export Training Data on a real
scheduler with two real workers (127.0.0.1), and Classify on ``local:2`` (worker processes spawned from
qgis_process, whose ``sys.executable`` is no Python), byte-identical to the same runs in one process."""

from pathlib import Path

import pytest
from helpers import tall_landsat, tree_digest
from servers import dask_cluster

pytestmark = pytest.mark.headless
pytest.importorskip("distributed", reason="Dask's distributed is an optional dependency (requirements-dev)")

PYTHONPATH = Path(__file__).resolve().parents[2] / ".build" / "pythonpath"
CLASSIFY = "pixelwise:classifypixels"
EXPORT = "pixelwise:exporttrainingdata"


def _arguments(parameters):
    return [f"{key}={value}" for key, value in parameters.items()]


def _run(qgis_process_ort, algorithm, parameters):
    result = qgis_process_ort("run", algorithm, "--", *_arguments(parameters))
    output = result.stdout + result.stderr
    assert result.returncode == 0 and "Traceback" not in output, output[-3000:]
    return output


def test_dask_runs_from_qgis_process(qgis_process_ort, pixelwise_provider, classify_parameters, shared_data,
                                     tmp_path):
    import processing

    tall = tall_landsat(shared_data, tmp_path / "tall.tif")
    classify = {**classify_parameters, "IN_RASTER": tall}
    folder = shared_data / "landsat7_chiapas"
    export = {"IN_RASTER": str(folder / "LE70220491999322EDC01_stack.gtif"),
              "IN_CLASS_DATA": str(folder / "training_data.gtif"), "METADATA_FORMAT": "Classified_Tiles",
              "TILE_SIZE_X": 64, "TILE_SIZE_Y": 64, "STRIDE_X": 32, "STRIDE_Y": 32}
    for name in ("single", "tcp", "local"):
        (tmp_path / name).mkdir()
    processing.run(CLASSIFY, {**classify, "OUT_CLASSIFIED_RASTER": str(tmp_path / "single" / "c.tif")})
    processing.run(EXPORT, {**export, "OUT_FOLDER": str(tmp_path / "single_export")})
    with dask_cluster(tmp_path / "dask", PYTHONPATH) as cluster:
        output = _run(qgis_process_ort, CLASSIFY, {**classify, "DASK_SCHEDULER": cluster.address,
                                                   "OUT_CLASSIFIED_RASTER": tmp_path / "tcp" / "c.tif"})
        assert "Dask: 4 parts on 2 workers" in output
        _run(qgis_process_ort, EXPORT, {**export, "DASK_SCHEDULER": cluster.address,
                                        "OUT_FOLDER": tmp_path / "tcp_export"})
    output = _run(qgis_process_ort, CLASSIFY, {**classify, "DASK_SCHEDULER": "local:2",
                                               "OUT_CLASSIFIED_RASTER": tmp_path / "local" / "c.tif"})
    assert "Dask: a local cluster of 2 worker processes" in output
    expected = tree_digest(tmp_path / "single")
    assert set(expected) == {"c.tif", "c.tif.aux.xml"}
    assert tree_digest(tmp_path / "tcp") == expected
    assert tree_digest(tmp_path / "local") == expected
    assert tree_digest(tmp_path / "tcp_export") == tree_digest(tmp_path / "single_export") != {}
