"""The plugin object QGIS creates through ``classFactory``: it only registers the Processing provider."""

from qgis.core import QgsApplication

from ..processing_provider.provider import PixelwiseProvider


class PixelwisePlugin:
    """Registers the Pixelwise provider in QGIS Desktop and under qgis_process (where ``iface`` is None)."""

    def __init__(self, iface):
        self.iface = iface
        # The registry does not own Python providers: this reference keeps ours alive.
        self.provider = None

    def initProcessing(self):
        """Create and register the provider once; QGIS Desktop and qgis_process both call this."""
        if self.provider is not None:
            return
        self.provider = PixelwiseProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
