"""Helpers of the Processing-tier tests."""

from qgis.core import QgsProcessingFeedback


class LogFeedback(QgsProcessingFeedback):
    """Keeps every line the algorithm pushes to the Processing log."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 (Qt's name)
        self.lines.append(info)
        super().pushInfo(info)
