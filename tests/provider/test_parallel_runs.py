"""Two runs of each algorithm at once give what the same runs give one after the other.

Two levels: the engine functions called from two ``threading.Thread`` s (as a host script or plugin
might), and the Processing algorithms run as the Toolbox runs them in the background in QGIS 3.22
(``AlgorithmDialog.runAlgorithm``): a context from ``dataobjects.createContext`` and a feedback per run,
a ``QgsProcessingAlgRunnerTask`` per run on QGIS's task manager (``prepare`` in the main thread,
``runPrepared`` in a worker thread, ``postProcess`` back in the main thread), then the results loaded
with ``handleAlgorithmResults``. Each pair differs in input and parameters, and the runs are checked
to have really overlapped in time on two worker threads.

The Processing runs take their input layers from the project, as the dialog's layer choosers give
them. Given as file paths, each worker thread creates its own layer, and QGIS 3.22's OGR provider can
deadlock when two threads create providers for one GeoPackage at once (one thread waiting in
QgsOgrProviderUtils::getLayer, the other in QgsOgrProviderUtils::release): a QGIS bug that two
background runs of native:centroids on the same .gpkg path hit as well.
"""

import threading
import time
from functools import partial

import pytest
from helpers import UKIS_CLASSES, tree_digest
from qgis.core import (
    QgsApplication,
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingAlgRunnerTask,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QThreadPool

EXPORT = "pixelwise:exporttrainingdata"
CLASSIFY = "pixelwise:classifypixels"
TIMEOUT = 120.0


# --- inputs: two different runs of each algorithm -----------------------------------------------------

@pytest.fixture(scope="module")
def export_runs(nb_parameters, shared_data):
    """Parameters of two exports (without OUT_FOLDER): the aerial crop's two tiles, other tile sizes
    and formats."""
    tile2 = str(shared_data / "nb_aerial_landcover" / "23322E759967N_clipped_1m_2of2.tif")
    return [dict(nb_parameters),
            {**nb_parameters, "IN_RASTER": tile2, "METADATA_FORMAT": "PASCAL_VOC_rectangles",
             "TILE_SIZE_X": 96, "TILE_SIZE_Y": 96, "STRIDE_X": 64, "STRIDE_Y": 64}]


@pytest.fixture(scope="module")
def classify_runs(classify_parameters, shared_data):
    """Parameters of two classifications (without outputs): the cloudy and the clear Landsat scene with
    other padding and batch sizes; the second also writes a confidence raster."""
    clear = str(shared_data / "landsat7_chiapas" / "LE70220491999322EDC01_stack.gtif")
    return [dict(classify_parameters),
            {**classify_parameters, "IN_RASTER": clear, "ARGUMENTS": "padding=64;batch_size=4"}]


def classify_outputs(folder, k):
    outputs = {"OUT_CLASSIFIED_RASTER": str(folder / f"run{k}" / "classified.tif")}
    if k == 1:
        outputs["OUT_CONFIDENCE_RASTER"] = str(folder / f"run{k}" / "confidence.tif")
    return outputs


class Timeline:
    """When and on which worker thread each run reported progress or a log line (reports from the main
    thread, such as Processing's own after the run, are left out)."""

    def __init__(self, runs=2):
        self.events = {}
        self.lock = threading.Lock()
        # Each run waits at its first report until every run has reported once: on a busy 2-core
        # machine one background task could otherwise finish before the other starts.
        self.rendezvous = threading.Barrier(runs)

    def note(self, run):
        if threading.current_thread() is threading.main_thread():
            return
        with self.lock:
            first = run not in self.events
            self.events.setdefault(run, []).append((time.monotonic(), threading.get_ident()))
        if first:
            self.rendezvous.wait(timeout=120)  # BrokenBarrierError: the runs never ran at the same time

    def assert_overlapped(self, runs=2):
        """Every run reported from a worker thread of its own, and the runs overlapped in time."""
        assert sorted(self.events) == list(range(runs)), self.events.keys()
        threads = [{ident for _, ident in self.events[run]} for run in range(runs)]
        assert all(len(t) == 1 for t in threads) and len(set.union(*threads)) == runs, threads
        spans = [(min(t for t, _ in e), max(t for t, _ in e)) for e in self.events.values()]
        assert max(start for start, _ in spans) < min(end for _, end in spans), spans


def in_threads(jobs, timeline):
    """Run the callables at once, one thread each (started together), noting in ``timeline`` when each
    starts and ends; return their results in order."""
    barrier = threading.Barrier(len(jobs))
    results, errors = [None] * len(jobs), []

    def work(k, job):
        barrier.wait()
        timeline.note(k)
        try:
            results[k] = job()
        except BaseException as err:  # noqa: B036 - re-raised in the main thread below
            errors.append(err)
        timeline.note(k)

    threads = [threading.Thread(target=work, args=(k, job)) for k, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a run did not finish"
    if errors:
        raise errors[0]
    return results


# --- engine functions in two threads ----------------------------------------------------------------

@pytest.fixture(scope="module")
def engine_labels(nb_data, qgis_app):
    """IN_CLASS_DATA as the export algorithm turns it into engine labels (read in the main thread)."""
    from pixelwise.processing_provider.labels import class_labels

    layer = QgsVectorLayer(nb_data["labels"], "labels", "ogr")
    assert layer.isValid()
    return class_labels(layer, "Quatreclasses", 0.0)


def export_config(parameters, labels, out_folder):
    from pixelwise.engine.export import ExportConfig

    return ExportConfig(parameters["IN_RASTER"], str(out_folder), labels,
                        metadata_format=parameters["METADATA_FORMAT"],
                        tile_size_x=parameters["TILE_SIZE_X"], tile_size_y=parameters["TILE_SIZE_Y"],
                        stride_x=parameters["STRIDE_X"], stride_y=parameters["STRIDE_Y"])


def test_engine_exports_in_two_threads(export_runs, engine_labels, tmp_path):
    from pixelwise.engine.export import export_training_data
    from pixelwise.engine.feedback import Feedback

    configs = {mode: [export_config(p, engine_labels, tmp_path / mode / f"run{k}")
                      for k, p in enumerate(export_runs)] for mode in ("sequential", "parallel")}
    sequential = [export_training_data(c) for c in configs["sequential"]]
    timeline = Timeline()
    jobs = [partial(export_training_data, c, Feedback(progress=lambda _p, k=k: timeline.note(k)))
            for k, c in enumerate(configs["parallel"])]
    parallel = in_threads(jobs, timeline)
    timeline.assert_overlapped()
    assert [r.chip_count for r in parallel] == [r.chip_count for r in sequential]
    assert all(r.chip_count > 0 for r in sequential)
    assert tree_digest(tmp_path / "parallel") == tree_digest(tmp_path / "sequential")
    assert len(tree_digest(tmp_path / "parallel")) > 20


def test_engine_classifications_in_two_threads(classify_runs, tmp_path):
    """Each sequential run with its own ONNX Runtime session; the parallel ones share one session, as a
    host keeping a SessionCache would (ONNX Runtime's run is thread-safe)."""
    from pixelwise.engine.classify import ClassifyConfig, SessionCache, classify_pixels
    from pixelwise.engine.feedback import Feedback

    def config(k, parameters, folder):
        outputs = classify_outputs(folder, k)
        return ClassifyConfig(parameters["IN_RASTER"], parameters["IN_MODEL_DEFINITION"],
                              outputs["OUT_CLASSIFIED_RASTER"], arguments=parameters["ARGUMENTS"],
                              processor_type=parameters["PROCESSOR_TYPE"],
                              out_confidence_raster=outputs.get("OUT_CONFIDENCE_RASTER"))

    sequential = [classify_pixels(config(k, p, tmp_path / "sequential"), sessions=SessionCache())
                  for k, p in enumerate(classify_runs)]
    shared, timeline = SessionCache(), Timeline()
    jobs = [partial(classify_pixels, config(k, p, tmp_path / "parallel"),
                    Feedback(progress=lambda _p, k=k: timeline.note(k)), shared)
            for k, p in enumerate(classify_runs)]
    parallel = in_threads(jobs, timeline)
    timeline.assert_overlapped()
    for s, p in zip(sequential, parallel, strict=True):
        assert (p.class_counts, p.windows_run, p.padding, p.batch_size) == \
            (s.class_counts, s.windows_run, s.padding, s.batch_size)
    assert sequential[0].padding != sequential[1].padding
    digest = tree_digest(tmp_path / "parallel")
    assert digest == tree_digest(tmp_path / "sequential")
    assert sorted(digest) == ["run0/classified.tif", "run0/classified.tif.aux.xml", "run1/classified.tif",
                              "run1/classified.tif.aux.xml", "run1/confidence.tif"]


# --- Processing: background tasks as the Toolbox starts them ------------------------------------------

class RecordingFeedback(QgsProcessingFeedback):
    """A Processing feedback that notes when and where the algorithm reports (it is called from the
    task's worker thread)."""

    def __init__(self, timeline, run):
        super().__init__()
        self.timeline, self.run = timeline, run
        self.errors = []

    def setProgress(self, progress):
        self.timeline.note(self.run)
        super().setProgress(progress)

    def pushInfo(self, info):
        self.timeline.note(self.run)
        super().pushInfo(info)

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


@pytest.fixture
def in_project(qgis_app):
    """``in_project(path)``: the id of a layer of ``path`` added to the project (removed afterwards)."""
    added = []

    def add(path):
        layer = QgsRasterLayer(path, "raster") if path.endswith((".tif", ".gtif")) else \
            QgsVectorLayer(path, "vector", "ogr")
        assert layer.isValid(), path
        QgsProject.instance().addMapLayer(layer)
        added.append(layer.id())
        return layer.id()

    yield add
    QgsProject.instance().removeMapLayers(added)


def with_project_layers(parameters, in_project):
    """``parameters`` with every input layer replaced by a project layer of the same file."""
    keys = ("IN_RASTER", "IN_CLASS_DATA")
    return {key: (in_project(value) if key in keys else value) for key, value in parameters.items()}


@pytest.fixture
def two_worker_threads():
    """QGIS's task manager runs tasks on Qt's global thread pool: let it run two at once on any machine."""
    pool = QThreadPool.globalInstance()
    before = pool.maxThreadCount()
    pool.setMaxThreadCount(max(before, 2))
    yield
    pool.setMaxThreadCount(before)


def run_in_background(algorithm_id, runs, timeline, out_folder, before_loading=None):
    """Start one ``QgsProcessingAlgRunnerTask`` per parameter dict, all at once, as AlgorithmDialog does;
    wait for every one; call ``before_loading(context, results)`` for each; load the results as the
    dialog then does. Returns ``[(ok, results)]`` and the :func:`tree_digest` of ``out_folder`` taken
    before loading (QGIS may write an .aux.xml beside a raster it loads)."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from processing.tools.dataobjects import createContext

    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    manager = QgsApplication.taskManager()
    done, kept = {}, []
    for k, parameters in enumerate(runs):
        feedback = RecordingFeedback(timeline, k)
        context = createContext(feedback)
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        assert not task.isCanceled(), feedback.errors  # prepare() refused the parameters
        task.executed.connect(partial(lambda k, ok, results: done.setdefault(k, (ok, results)), k))
        kept.append((context, feedback))  # the task holds references to both: they must outlive it
        manager.addTask(task)
    deadline = time.monotonic() + TIMEOUT
    # executed() is emitted from finished(), which the task manager calls in the main thread; the
    # manager deletes its tasks after that.
    while len(done) < len(runs) or manager.count():
        QCoreApplication.processEvents()
        time.sleep(0.005)
        assert time.monotonic() < deadline, f"{len(done)} of {len(runs)} runs finished"
    outcomes = [done[k] for k in range(len(runs))]
    written = tree_digest(out_folder)
    for (context, feedback), parameters, (ok, results) in zip(kept, runs, outcomes, strict=True):
        assert ok, feedback.errors
        if before_loading:
            before_loading(context, results)
        assert handleAlgorithmResults(algorithm, context, feedback, parameters=parameters), feedback.errors
    return outcomes, written


def loaded_layer(source):
    layers = [layer for layer in QgsProject.instance().mapLayers().values() if layer.source() == source]
    assert len(layers) == 1, [layer.source() for layer in QgsProject.instance().mapLayers().values()]
    return layers[0]


def chip_index_rows(layer):
    return sorted((f["chip_name"], f["feature_count"], f.geometry().asWkt(3)) for f in layer.getFeatures())


def test_processing_exports_in_background_tasks(processing_run, export_runs, tmp_path, in_project,
                                                two_worker_threads):
    export_runs = [with_project_layers(p, in_project) for p in export_runs]
    sequential = [processing_run(EXPORT, {**p, "OUT_FOLDER": str(tmp_path / "sequential" / f"run{k}")})
                  for k, p in enumerate(export_runs)]
    # As the dialog passes them: each output a layer definition that loads into the project.
    runs = [{**p, "OUT_FOLDER": str(tmp_path / "parallel" / f"run{k}"),
             "OUT_CHIP_INDEX": QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT,
                                                                  QgsProject.instance())}
            for k, p in enumerate(export_runs)]
    timeline = Timeline()
    project_layers = set(QgsProject.instance().mapLayers())
    try:
        parallel, written = run_in_background(EXPORT, runs, timeline, tmp_path / "parallel")
        timeline.assert_overlapped()
        for seq, (_ok, results) in zip(sequential, parallel, strict=True):
            assert results["CHIP_COUNT"] == seq["CHIP_COUNT"] > 0
            index = QgsProject.instance().mapLayer(results["OUT_CHIP_INDEX"])
            assert index is not None and index.isValid()
            expected = seq["OUT_CHIP_INDEX"]
            expected = expected if isinstance(expected, QgsVectorLayer) else QgsVectorLayer(expected, "index")
            assert chip_index_rows(index) == chip_index_rows(expected)
    finally:
        added = set(QgsProject.instance().mapLayers()) - project_layers
        QgsProject.instance().removeMapLayers(list(added))
    assert written == tree_digest(tmp_path / "sequential")
    assert len(written) > 20


def styler_attached(context, results):
    """The algorithm, in its worker thread, gave the output to load a ClassStyler, and the run handed it
    on to the dialog's context."""
    from pixelwise.processing_provider.classify_pixels import ClassStyler

    path = results["OUT_CLASSIFIED_RASTER"]
    assert context.willLoadLayerOnCompletion(path)
    assert isinstance(context.layerToLoadOnCompletionDetails(path).postProcessor(), ClassStyler)


def test_processing_classifications_in_background_tasks(processing_run, classify_runs, tmp_path, in_project,
                                                        two_worker_threads):
    classify_runs = [with_project_layers(p, in_project) for p in classify_runs]
    sequential = [processing_run(CLASSIFY, {**p, **classify_outputs(tmp_path / "sequential", k)})
                  for k, p in enumerate(classify_runs)]
    runs = [{**p, **{key: QgsProcessingOutputLayerDefinition(path, QgsProject.instance())
                     for key, path in classify_outputs(tmp_path / "parallel", k).items()}}
            for k, p in enumerate(classify_runs)]
    timeline = Timeline()
    project_layers = set(QgsProject.instance().mapLayers())
    try:
        parallel, written = run_in_background(CLASSIFY, runs, timeline, tmp_path / "parallel",
                                              styler_attached)
        timeline.assert_overlapped()
        for k, (_ok, results) in enumerate(parallel):
            assert set(results) == set(sequential[k])
            renderer = loaded_layer(results["OUT_CLASSIFIED_RASTER"]).renderer()
            assert isinstance(renderer, QgsPalettedRasterRenderer), type(renderer).__name__
            assert [(int(c.value), c.label) for c in renderer.classes()] == \
                [(c["Value"], c["Name"]) for c in UKIS_CLASSES]
    finally:
        added = set(QgsProject.instance().mapLayers()) - project_layers
        QgsProject.instance().removeMapLayers(list(added))
    assert written == tree_digest(tmp_path / "sequential")
    assert len(written) == 5
