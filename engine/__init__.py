"""Pixelwise engine: QGIS-free raster chipping and inference (numpy, rasterio, onnxruntime, lxml).

Shared vocabulary at this level (``classes``, ``labels``, ``geometry``, ``normalization``, ``session``,
``dihedral``, ``esri_files``, ``grid``, ``raster_io``, ``outputs``, ``errors``, ``feedback``, ``parts``);
the tools are the sibling packages ``export``, ``classify``, ``train`` and ``accuracy``, which import
only those modules and never each other. ``distributed`` runs the tools' parts on a Dask cluster.
"""
