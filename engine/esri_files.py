"""The files of an ArcGIS training-data folder and model package that more than one tool reads or
writes: their names and Esri's JSON style. Export writes them, Train reads them and writes an EMD."""

import json

STATS_FILE = "esri_accumulated_stats.json"
EMD_FILE = "esri_model_definition.emd"
MAP_FILE = "map.txt"
STATS_TXT_FILE = "stats.txt"


def dumps(obj):
    """Esri's JSON style: 2-space indent and ``"key" : value``."""
    return json.dumps(obj, indent=2, separators=(",", " : "), ensure_ascii=False) + "\n"
