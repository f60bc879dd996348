"""Pixelwise QGIS plugin: deep learning training data export and pixel classification."""


def classFactory(iface):
    """Entry point QGIS calls with its interface (``None`` under qgis_process)."""
    from .plugin.i18n import install_translator
    from .plugin.plugin import PixelwisePlugin

    # Before the provider exists: its algorithms translate their names and parameters when created.
    install_translator()
    return PixelwisePlugin(iface)
