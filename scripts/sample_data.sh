#!/usr/bin/env bash
# Fetch the demo scene (L7_ETMs.tif: 6-band Landsat 7 Byte subset, EPSG:31985, 349x352 pixels at 28.5 m)
# from Debian's r-cran-stars package into .build/sample/ and print its path. Reruns reuse the file.
set -euo pipefail
cd "$(dirname "$0")/.."
sample="$PWD/.build/sample"
scene="$sample/L7_ETMs.tif"

if [[ ! -f "$scene" ]]; then
    rm -rf "$sample/deb" && mkdir -p "$sample/deb"
    # apt-get download writes into the working directory; refresh the index only when it is stale.
    download() { (cd "$sample/deb" && apt-get -o APT::Sandbox::User=root download r-cran-stars) >&2; }
    download || { apt-get update >&2 && download; }
    dpkg-deb -x "$sample"/deb/r-cran-stars_*.deb "$sample/deb/root"
    found=$(find "$sample/deb/root" -name L7_ETMs.tif -print -quit)
    [[ -n "$found" ]] || { echo "L7_ETMs.tif not found in r-cran-stars" >&2; exit 1; }
    cp "$found" "$scene.part" && mv "$scene.part" "$scene"
    rm -rf "$sample/deb"
fi
echo "$scene"
