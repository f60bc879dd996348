"""Pixelwise QGIS plugin: deep learning training data export and pixel classification."""


def classFactory(iface):
    """Entry point QGIS calls with its interface (``None`` under qgis_process)."""
    from .plugin.i18n import install_translator
    from .plugin.plugin import PixelwisePlugin
    from .processing_provider.dependencies import activate

    # Packages the dependency dialog installed into Pixelwise's own folder (QGIS Desktop and qgis_process).
    activate()

    # Before the provider exists: its algorithms translate their names and parameters when created.
    install_translator()
    return PixelwisePlugin(iface)
