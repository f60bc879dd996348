"""QGIS 4 (Qt6) readiness: metadata.txt declares it, and scripts/check_qt6.py finds nothing QGIS 4 refuses in
the plugin, its tests and tools. The check evaluates names in the QGIS it runs in, so each Debian suite of
``make test-matrix`` checks against its own QGIS (3.40 and 3.44 know the enums that moved to ``Qgis``)."""

import configparser
import importlib.util
import textwrap
from pathlib import Path

from qgis.core import Qgis

REPO = Path(__file__).resolve().parent.parent


def _checker():
    spec = importlib.util.spec_from_file_location("check_qt6", REPO / "scripts" / "check_qt6.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metadata_declares_qt6_and_qgis_4():
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read(REPO / "metadata.txt", encoding="utf-8")
    general = metadata["general"]
    assert general.get("supportsQt6") == "True"
    assert general.get("qgisMinimumVersion") == "3.22"
    assert general.get("qgisMaximumVersion") == "4.99"


def test_nothing_in_the_code_that_qgis_4_refuses():
    findings = _checker().main([])
    assert findings == 0, "scripts/check_qt6.py found names QGIS 4 refuses (run it for the list)"


def _findings(tmp_path, source):
    path = tmp_path / "sample.py"
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return [line.split(": ", 1)[1] for line in _checker().check([path])]


def test_the_check_finds_what_qgis_4_refuses(tmp_path):
    found = _findings(tmp_path, """
        from PyQt5.QtCore import QTimer
        import PyQt5.QtGui
        from qgis.PyQt.QtCore import Qt, QVariant
        from qgis.PyQt.QtWidgets import QDialog, qApp
        from qgis.core import QgsField

        align = Qt.AlignCenter
        field = QgsField("name", QVariant.String)
        QDialog().exec_()
        qApp.processEvents()
    """)
    assert found == [
        "from PyQt5.QtCore import ...: import from qgis.PyQt instead",
        "import PyQt5.QtGui: import from qgis.PyQt instead",
        "qApp is gone in Qt6: use QApplication.instance()",
        "Qt.AlignCenter: write Qt.AlignmentFlag.AlignCenter",
        "QVariant.String: field types are QMetaType types in QGIS 4 (processing_provider/compat.py)",
        "exec_() is gone in PyQt6: call exec()",
        "qApp is gone in Qt6: use QApplication.instance()",
    ]


def test_the_check_passes_scoped_forms(tmp_path):
    assert _findings(tmp_path, """
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QDialog
        from qgis.core import Qgis, QgsApplication

        align = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter
        level = Qgis.MessageLevel.Warning
        registry = QgsApplication.processingRegistry()
        QDialog().exec()
    """) == []


def test_the_check_finds_qgis_enums_that_moved_to_qgis(tmp_path):
    """QGIS 3.36 moved QgsProcessing.SourceType to Qgis.ProcessingSourceType; QGIS 4 drops the old
    names. Before 3.36 the scoped old name is the right one."""
    found = _findings(tmp_path, """
        from qgis.core import QgsProcessing

        a = QgsProcessing.TypeRaster
        b = QgsProcessing.SourceType.TypeRaster
    """)
    if Qgis.QGIS_VERSION_INT >= 33600:
        assert found == ["QgsProcessing.TypeRaster: write Qgis.ProcessingSourceType.Raster",
                         "QgsProcessing.SourceType.TypeRaster: write Qgis.ProcessingSourceType.Raster"]
    else:
        assert found == ["QgsProcessing.TypeRaster: write QgsProcessing.SourceType.TypeRaster"]


def test_the_check_finds_unscoped_qgis_enums_on_every_qgis(tmp_path):
    found = _findings(tmp_path, """
        from qgis.core import QgsFeatureSink

        flag = QgsFeatureSink.FastInsert
    """)
    assert found == ["QgsFeatureSink.FastInsert: write QgsFeatureSink.Flag.FastInsert"]
