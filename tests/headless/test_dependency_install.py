"""The dependency dialog for real: the release zip unzipped into a fresh QGIS profile, QGIS's own Python
(Debian's, without onnxruntime), the dialog offscreen with the CPU build chosen and Install pressed; the real
pip installs a real onnxruntime wheel into the plugin's folder, and Classify Pixels then runs in the same
process, without a restart, and afterwards in ``qgis_process`` from that profile."""

import json
import os
import subprocess
import textwrap
import zipfile

import numpy as np
import pytest
import rasterio

pytestmark = pytest.mark.headless

QGIS_PYTHON = "/usr/bin/python3"

SCRIPT = textwrap.dedent("""
    import json, os, sys
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer
    from qgis.PyQt.QtWidgets import QRadioButton, QLabel

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    import processing

    inputs = json.loads(sys.argv[1])
    report = {}
    try:
        import onnxruntime  # noqa: F401
        report["onnxruntime_before"] = onnxruntime.__file__
    except ImportError:
        report["onnxruntime_before"] = None

    import pixelwise
    plugin = pixelwise.classFactory(None)
    plugin.initProcessing()
    registry = QgsApplication.processingRegistry()
    report["can_execute_before"] = registry.algorithmById("pixelwise:classifypixels").canExecute()[0]

    from pixelwise.plugin.dependency_dialog import DependencyDialog
    dialog = DependencyDialog(["onnxruntime"], "Classify Pixels Using Deep Learning")
    dialog.show()
    dialog.findChild(QRadioButton, "onnxruntime_CPU").setChecked(True)
    dialog.install_button.click()
    timer = QElapsedTimer()
    timer.start()
    while dialog.process is not None and timer.elapsed() < 900_000:
        QCoreApplication.processEvents()
        dialog.process.waitForFinished(100) if dialog.process is not None else None
    QCoreApplication.processEvents()
    report.update(installed=dialog.installed, status=dialog.findChild(QLabel, "status").text(),
                  progress=dialog.progress.value(), close_visible=dialog.close_button.isVisible(),
                  output=dialog.output.toPlainText()[-4000:])
    dialog.accept()

    import numpy, onnxruntime
    report.update(onnxruntime=onnxruntime.__file__, providers=onnxruntime.get_available_providers(),
                  numpy=numpy.__file__,
                  can_execute_after=registry.algorithmById("pixelwise:classifypixels").canExecute()[0])
    results = processing.run("pixelwise:classifypixels", {
        "IN_RASTER": inputs["raster"], "IN_MODEL_DEFINITION": inputs["emd"], "PROCESSOR_TYPE": "CPU",
        "ARGUMENTS": "padding=32;batch_size=2", "OUT_CLASSIFIED_RASTER": inputs["out"]})
    report["classified"] = results["OUT_CLASSIFIED_RASTER"]
    print("REPORT " + json.dumps(report))
    plugin.unload()
    app.exitQgis()
""")


@pytest.fixture(scope="module")
def profile(package, tmp_path_factory):
    """A fresh QGIS profile holding only the unzipped release zip; the environment that runs QGIS's own
    Python on it (no PYTHONPATH into the tests' venv, no user site-packages)."""
    config = tmp_path_factory.mktemp("qgis_config_dependencies")
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(package) as archive:
        archive.extractall(plugins)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), QT_QPA_PLATFORM="offscreen", PYTHONNOUSERSITE="1",
               PYTHONPATH=os.pathsep.join([str(plugins), "/usr/share/qgis/python/plugins"]))
    return plugins, env


@pytest.fixture(scope="module")
def installed(profile, classify_inputs, tmp_path_factory):
    plugins, env = profile
    probe = subprocess.run([QGIS_PYTHON, "-c", "import onnxruntime"], env=env, capture_output=True)
    assert probe.returncode != 0, "QGIS's own Python already has onnxruntime: nothing to install"
    out = tmp_path_factory.mktemp("classified") / "after_install.tif"
    inputs = {"raster": classify_inputs["cloudy"], "emd": classify_inputs["emd"], "out": str(out)}
    result = subprocess.run([QGIS_PYTHON, "-c", SCRIPT, json.dumps(inputs)], env=env, capture_output=True,
                            text=True, timeout=1200)
    lines = [line for line in result.stdout.splitlines() if line.startswith("REPORT ")]
    assert result.returncode == 0 and lines, result.stdout[-3000:] + result.stderr[-3000:]
    return json.loads(lines[-1][len("REPORT "):]), plugins, env, out


def test_the_dialog_installs_onnxruntime_into_the_plugins_folder(installed):
    report, plugins, _env, _out = installed
    deps = str(plugins / "pixelwise" / "deps")
    assert report["onnxruntime_before"] is None and report["can_execute_before"] is False
    assert report["installed"] is True, report["status"] + "\n" + report["output"]
    assert report["status"] == "Installed. The tool runs now, no restart needed."
    assert report["progress"] == 100 and report["close_visible"]
    assert "Successfully installed" in report["output"] and "onnxruntime-" in report["output"]
    # The CPU build, inside the plugin's own folder; QGIS's numpy stays Debian's (pip kept it).
    assert report["onnxruntime"].startswith(deps + os.sep), report["onnxruntime"]
    assert "CUDAExecutionProvider" not in report["providers"], report["providers"]
    assert report["numpy"].startswith("/usr/lib/python3/"), report["numpy"]
    site = next(plugins.glob("pixelwise/deps/lib/python3*/site-packages"))
    assert not list(site.glob("numpy*")) and not list(site.glob("onnxruntime_gpu*"))
    assert report["can_execute_after"] is True


def test_classification_runs_without_a_restart(installed, pixelwise_provider, classify_parameters, tmp_path):
    """The same classes as this test environment's own run (onnxruntime-gpu's CPU provider)."""
    import processing

    report, _plugins, _env, out = installed
    assert report["classified"] == str(out)
    reference = tmp_path / "reference.tif"
    processing.run("pixelwise:classifypixels",
                   {**classify_parameters, "OUT_CLASSIFIED_RASTER": str(reference)})
    with rasterio.open(out) as got, rasterio.open(reference) as expected:
        classes, wanted = got.read(1), expected.read(1)
        assert (got.crs, got.transform) == (expected.crs, expected.transform)
    assert len(np.unique(wanted)) >= 2  # a map of one class would prove nothing
    assert np.mean(classes == wanted) >= 0.999


def test_qgis_process_finds_the_installed_package_after_a_restart(installed, classify_inputs, tmp_path):
    from pixelwise.processing_provider.compat import qgis_process_executable

    _report, _plugins, env, out = installed
    again = tmp_path / "qgis_process.tif"
    run = [qgis_process_executable(), "run", "pixelwise:classifypixels", "--",
           f"IN_RASTER={classify_inputs['cloudy']}", f"IN_MODEL_DEFINITION={classify_inputs['emd']}",
           "PROCESSOR_TYPE=CPU", "ARGUMENTS=padding=32;batch_size=2", f"OUT_CLASSIFIED_RASTER={again}"]
    qgis_env = {key: value for key, value in env.items() if key != "PYTHONPATH"}
    enabled = subprocess.run([run[0], "plugins", "enable", "pixelwise"], env=qgis_env, capture_output=True,
                             text=True, timeout=300)
    assert enabled.returncode == 0 or "already enabled" in enabled.stdout + enabled.stderr, enabled.stderr
    result = subprocess.run(run, env=qgis_env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    with rasterio.open(out) as first, rasterio.open(again) as second:
        assert np.array_equal(first.read(1), second.read(1))

