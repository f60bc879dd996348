"""Render a classified raster to a PNG with QGIS's map renderer (offscreen), as a map reader sees it.

The raster's colour table (written by pixelwise:classifypixels into its .aux.xml) gives QGIS a
paletted renderer with the class colours.

Usage: python scripts/render_map.py CLASSIFIED.tif OUT.png [WIDTH]
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (after the platform is chosen)
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def render(raster_path, png_path, width=800):
    layer = QgsRasterLayer(raster_path, "classified")
    if not layer.isValid():
        raise SystemExit(f"{raster_path}: QGIS cannot open it as a raster")
    extent = layer.extent()
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    height = max(1, round(width * extent.height() / extent.width()))
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(png_path, "PNG"):
        raise SystemExit(f"{png_path}: cannot write the PNG")
    return layer.renderer().type()


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    app = QgsApplication([], False)
    app.initQgis()
    renderer = render(argv[1], argv[2], int(argv[3]) if len(argv) == 4 else 800)
    print(f"{argv[2]}: rendered by QGIS ({renderer} renderer)")
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv)
