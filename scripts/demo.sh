#!/usr/bin/env bash
# Export training data from the sample Landsat scene with qgis_process, using a throwaway QGIS profile.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
scene=$(scripts/sample_data.sh)
labels="$repo/.build/sample/labels.tif"
.venv/bin/python scripts/make_demo_labels.py "$scene" "$labels"

# qgis_process reads plugins from $QGIS_CUSTOM_CONFIG_PATH/profiles/default/python/plugins and loads the
# ones enabled in that profile's QGIS/QGIS3.ini.
export QT_QPA_PLATFORM=offscreen
export QGIS_CUSTOM_CONFIG_PATH="$repo/.build/qgis-profile"
plugins="$QGIS_CUSTOM_CONFIG_PATH/profiles/default/python/plugins"
mkdir -p "$plugins"
ln -sfn "$repo" "$plugins/pixelwise"
qgis_process.bin plugins enable pixelwise >/dev/null

out="$repo/.build/demo/export"
rm -rf "$out"
mkdir -p "$(dirname "$out")"
qgis_process.bin run pixelwise:exporttrainingdata -- \
    IN_RASTER="$scene" IN_CLASS_DATA="$labels" OUT_FOLDER="$out" \
    METADATA_FORMAT=Classified_Tiles IMAGE_CHIP_FORMAT=TIFF \
    TILE_SIZE_X=128 TILE_SIZE_Y=128 STRIDE_X=64 STRIDE_Y=64

echo
echo "Output folder: $out"
echo "--- head map.txt"
head "$out/map.txt"
echo "--- image chips: $(find "$out/images" -type f -name '*.tif' | wc -l)"
