#!/usr/bin/env bash
# The whole loop on the sample Landsat scene, each step through qgis_process as an analyst would run it:
# export training data from the northern 60 % of the scene, train a U-Net on it, classify the southern
# 40 %, and measure the classification against the labels there. Prints the metrics and renders the
# classified map to a PNG with QGIS.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
scene=$(scripts/sample_data.sh)
labels="$repo/.build/sample/labels.tif"
.venv/bin/python scripts/make_demo_labels.py "$scene" "$labels"

# qgis_process reads plugins from $QGIS_CUSTOM_CONFIG_PATH/profiles/default/python/plugins and loads the
# ones enabled in that profile's QGIS/QGIS3.ini. QGIS's Python sees the venv's onnxruntime and torch
# through PYTHONPATH (Debian's QGIS Python has neither).
export QT_QPA_PLATFORM=offscreen
# Debian 12's /usr/bin/qgis_process wrapper is broken (the Makefile passes qgis_process.bin there).
QGIS_PROCESS=${QGIS_PROCESS:-qgis_process}
export QGIS_CUSTOM_CONFIG_PATH="$repo/.build/qgis-profile"
export PYTHONPATH="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')${PYTHONPATH:+:$PYTHONPATH}"
plugins="$QGIS_CUSTOM_CONFIG_PATH/profiles/default/python/plugins"
mkdir -p "$plugins"
ln -sfn "$repo" "$plugins/pixelwise"
# "already enabled" on a rerun is an error exit too; a plugin that did not load fails the first run below.
"$QGIS_PROCESS" plugins enable pixelwise >/dev/null 2>&1 || true

# North (training) and south (test) parts of the scene, as qgis_process extents "xmin,xmax,ymin,ymax [CRS]".
# (The sea runs down the whole east side, so both parts hold all three classes.)
read -r north south < <(.venv/bin/python - "$scene" <<'PY'
import sys, rasterio
with rasterio.open(sys.argv[1]) as src:
    left, bottom, right, top = src.bounds
    split = top - round(0.6 * src.height) * src.res[1]
    crs = src.crs.to_string()
print(f"{left},{right},{split},{top}[{crs}] {left},{right},{bottom},{split}[{crs}]")
PY
)

out="$repo/.build/demo"
rm -rf "$out"
mkdir -p "$out"
run() { echo; echo "=== $1"; shift; "$QGIS_PROCESS" run "$@" | sed -n '/^Results/,$p'; }

run "1/4 export training data (north part)" pixelwise:exporttrainingdata -- \
    IN_RASTER="$scene" IN_CLASS_DATA="$labels" OUT_FOLDER="$out/export" EXTENT="$north" \
    METADATA_FORMAT=Classified_Tiles IMAGE_CHIP_FORMAT=TIFF \
    TILE_SIZE_X=64 TILE_SIZE_Y=64 STRIDE_X=16 STRIDE_Y=16
run "2/4 train a U-Net (CPU unless CUDA works)" pixelwise:trainpixelclassifier -- \
    IN_FOLDER="$out/export" OUT_FOLDER="$out/model" MAX_EPOCHS=40 STOP_TRAINING=CONTINUE_TRAINING \
    BATCH_SIZE=16 LEARNING_RATE=0.003 RANDOM_SEED=1 \
    PROCESSOR_TYPE=AUTO
run "3/4 classify the south part" pixelwise:classifypixels -- \
    IN_RASTER="$scene" IN_MODEL_DEFINITION="$out/model/model.emd" EXTENT="$south" \
    OUT_CLASSIFIED_RASTER="$out/classified.tif" PROCESSOR_TYPE=AUTO
run "4/4 accuracy against the labels of the south part" pixelwise:computeaccuracy -- \
    IN_CLASSIFIED_RASTER="$out/classified.tif" IN_GROUND_TRUTH_DATA="$labels" \
    OUT_CSV="$out/confusion_matrix.csv" OUT_REPORT="$out/accuracy.html" OUT_CONFUSION_MATRIX="$out/confusion_matrix.gpkg"

.venv/bin/python scripts/render_map.py "$out/classified.tif" "$out/classified.png"
echo
echo "--- classes of the trained model ($out/model/model.emd), named in the classified raster's legend"
.venv/bin/python - "$out/model/model.emd" <<'PY'
import json, sys
for c in json.load(open(sys.argv[1], encoding="utf-8"))["Classes"]:
    print(f"{c['Value']:>3}  {c['Name']:<24} RGB {tuple(c['Color'])}")
PY
echo
echo "--- confusion matrix ($out/confusion_matrix.csv)"
cat "$out/confusion_matrix.csv"
echo
echo "Outputs in $out: export/, model/ (model.onnx, model.emd, model.dlpk, training report), classified.tif,"
echo "classified.png, accuracy.html"
