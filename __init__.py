"""Pixelwise QGIS plugin: deep learning training data export and pixel classification."""


def classFactory(iface):
    """Entry point QGIS calls with its interface (``None`` under qgis_process)."""
    from .plugin.plugin import PixelwisePlugin

    return PixelwisePlugin(iface)
