"""Helpers of the Processing-tier tests."""

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QEvent


class LogFeedback(QgsProcessingFeedback):
    """Keeps every line the algorithm pushes to the Processing log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (Qt's name)
        self.lines.append(info)
        super().pushInfo(info)


def run_error(processing_run, algorithm, parameters):
    """The message of the QgsProcessingException a run raises, checked to be one line, no traceback."""
    with pytest.raises(QgsProcessingException) as info:
        processing_run(algorithm, parameters)
    message = str(info.value)
    assert "\n" not in message.strip() and "Traceback" not in message, message
    return message


def delete_widgets(*widgets):
    """Close and delete Qt widgets now (dialogs left for later deletion can outlive QGIS and crash it)."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
