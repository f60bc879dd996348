"""Processing provider and algorithms: thin QGIS front ends that build engine configs and run the engine."""
