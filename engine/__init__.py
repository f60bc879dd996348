"""Pixelwise engine: QGIS-free raster chipping and inference (numpy, rasterio, onnxruntime, lxml)."""
