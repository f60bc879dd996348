#!/usr/bin/env bash
# Run a make target of this checkout in a fresh root file system of another Debian suite.
#
#   scripts/debian_suite.sh SUITE [TARGET...]       (as root; TARGET defaults to "test")
#
#   SUITE   bookworm (QGIS 3.22), trixie (QGIS 3.40), sid (QGIS 3.44), or any suite the host's mirror serves.
#
# The root file system (mmdebstrap, variant minbase, plus make, git and ca-certificates) is built once from
# the host's Debian mirror under $PIXELWISE_SUITES_DIR/SUITE (default /var/tmp/pixelwise-suites) and reused:
# the Debian packages `make deps` installs and pip's download cache stay in it between runs. Each run then:
#   - copies the host's apt settings, CA certificates and pip configuration in (the mirrors, proxies and
#     package indexes of this machine), unless PIXELWISE_PYPI_ONLY=1: then pip reads no configuration and no
#     local wheel folder, only PyPI;
#   - copies this checkout (tracked and untracked files, .git; not .venv, .build, dist or caches) to
#     /root/pixelwise, fresh every run, and ../shared/data (the tests' real data), if present, to
#     /root/shared/data;
#   - runs `make TARGET` as root in /root/pixelwise inside a private mount namespace (proc, sys, dev, a fresh
#     /dev/shm, and the local pip folders read-only): nothing stays mounted on the host, even if killed.
#
# Environment: PIXELWISE_SUITES_DIR (where the root file systems live), PIXELWISE_SUITE_REBUILD=1 (build the
# suite afresh, e.g. sid, which moves daily), PIXELWISE_PYPI_ONLY=1, PIXELWISE_SUITE_LOG (the run's log, default
# $PIXELWISE_SUITES_DIR/SUITE.log), PIXELWISE_SUITE_MIRROR (default: the host's first .../debian mirror).
# Exit status: that of make in the chroot.
set -euo pipefail

if [[ $# -lt 1 ]]; then
    sed -n '2,24p' "$0" >&2
    exit 2
fi
SUITE=$1
shift
TARGETS=("${@:-test}")
CHECKOUT=$(cd "$(dirname "$0")/.." && pwd)
DATA=$(cd "$CHECKOUT/.." && pwd)/shared/data
[[ $(id -u) -eq 0 ]] || { echo "debian_suite: run as root (mmdebstrap, chroot and mounts need it)" >&2; exit 2; }
command -v mmdebstrap >/dev/null || { echo "debian_suite: mmdebstrap is missing: apt-get install mmdebstrap" >&2; exit 2; }

BASE=${PIXELWISE_SUITES_DIR:-/var/tmp/pixelwise-suites}
ROOT=$BASE/$SUITE
LOG=${PIXELWISE_SUITE_LOG:-$BASE/$SUITE.log}
mkdir -p "$BASE"
say() { printf '[%s %s] %s\n' "$SUITE" "$(date +%H:%M:%S)" "$*" >&2; }

# The host's apt sources, one-line and deb822 forms: the first URI of each entry.
host_uris() {
    {
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
            awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; break } }'
        cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk 'tolower($1) == "uris:" { for (i = 2; i <= NF; i++) print $i }'
    } | sed 's:/*$::'
}
MIRROR=${PIXELWISE_SUITE_MIRROR:-$(host_uris | grep -E '/debian$' | head -n1 || true)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY=$(host_uris | grep -E '/debian-security$' | head -n1 || true)
SECURITY=${SECURITY:-${MIRROR%/debian}/debian-security}
case $SUITE in
    sid | unstable) SOURCES=("deb $MIRROR $SUITE main") ;;
    *) SOURCES=("deb $MIRROR $SUITE main" "deb $MIRROR $SUITE-updates main" "deb $SECURITY $SUITE-security main") ;;
esac

exec 9>"$BASE/$SUITE.lock"
flock -n 9 || { echo "debian_suite: another run holds $BASE/$SUITE.lock" >&2; exit 2; }

if [[ ${PIXELWISE_SUITE_REBUILD:-0} == 1 || ! -e $ROOT/.pixelwise-built ]]; then
    say "building $ROOT from $MIRROR"
    rm -rf "$ROOT" "$ROOT.new"
    start=$SECONDS
    # The host's CA certificates go in before ca-certificates is configured, so apt, pip and curl trust them.
    mmdebstrap --mode=root --variant=minbase --include=ca-certificates,make,git \
        --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='Acquire::Languages "none"' \
        --setup-hook='mkdir -p "$1/usr/local/share/ca-certificates"; cp -a /usr/local/share/ca-certificates/. "$1/usr/local/share/ca-certificates/" 2>/dev/null || true' \
        --customize-hook='chroot "$1" update-ca-certificates >/dev/null 2>&1 || true' \
        "$SUITE" "$ROOT.new" "${SOURCES[@]}"
    touch "$ROOT.new/.pixelwise-built"
    mv "$ROOT.new" "$ROOT"
    say "built in $((SECONDS - start)) s"
fi

# --- this machine's settings, every run (cheap, and they follow the host) ----------------------------------
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
for f in /etc/apt/apt.conf.d/*; do
    case $(basename "$f") in *packagekit* | *appstream* | *autoremove*) continue ;; esac
    cp "$f" "$ROOT/etc/apt/apt.conf.d/zz-host-$(basename "$f")"
done
[[ -d /etc/apt/auth.conf.d ]] && cp -a /etc/apt/auth.conf.d/. "$ROOT/etc/apt/auth.conf.d/"
if [[ -d /usr/local/share/ca-certificates ]]; then
    mkdir -p "$ROOT/usr/local/share/ca-certificates"
    cp -a /usr/local/share/ca-certificates/. "$ROOT/usr/local/share/ca-certificates/"
fi
rm -rf "$ROOT/etc/pip.conf" "$ROOT/etc/xdg/pip" "$ROOT/root/.config/pip" "$ROOT/root/.pip"
PIP_DIRS=()
if [[ ${PIXELWISE_PYPI_ONLY:-0} != 1 ]]; then
    [[ -e /etc/pip.conf ]] && cp /etc/pip.conf "$ROOT/etc/pip.conf"
    [[ -d /etc/xdg/pip ]] && mkdir -p "$ROOT/etc/xdg" && cp -a /etc/xdg/pip "$ROOT/etc/xdg/pip"
    for f in "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf"; do
        [[ -e $f ]] && mkdir -p "$(dirname "$ROOT/root/${f#"$HOME"/}")" && cp "$f" "$ROOT/root/${f#"$HOME"/}"
    done
    # Local folders that configuration names (find-links, file:// indexes) are bound read-only.
    mapfile -t PIP_DIRS < <({
        env | sed -n 's/^PIP_\(FIND_LINKS\|EXTRA_INDEX_URL\|INDEX_URL\)=//p'
        cat /etc/pip.conf /etc/xdg/pip/pip.conf "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf" 2>/dev/null |
            sed -n 's/^[[:space:]]*\(find-links\|extra-index-url\|index-url\)[[:space:]]*=//p'
    } | tr ' ' '\n' | sed -n 's,^file://,,; s,/*$,,; /^\//p' | while read -r dir; do
        [[ $(basename "$dir") == simple ]] && dir=$(dirname "$dir")  # an index's pages link ../../files/
        [[ -d $dir ]] && echo "$dir"
    done | sort -u)
fi

# --- a fresh copy of the checkout, and the tests' data --------------------------------------------------
rm -rf "$ROOT/root/pixelwise" "$ROOT/root/shared"
mkdir -p "$ROOT/root/pixelwise"
(cd "$CHECKOUT" && { git ls-files -z --cached --others --exclude-standard; find .git -print0; } |
    tar --null --no-recursion -T - -cf -) | tar -C "$ROOT/root/pixelwise" -xf -
if [[ -d $DATA ]]; then
    mkdir -p "$ROOT/root/shared"
    cp -a "$DATA" "$ROOT/root/shared/data"
fi

ENVS=(HOME=/root USER=root LOGNAME=root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive
      PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
if [[ ${PIXELWISE_PYPI_ONLY:-0} == 1 ]]; then
    ENVS+=(PIP_CONFIG_FILE=/dev/null)
else
    while IFS= read -r var; do ENVS+=("$var"); done < <(env | grep -E '^PIP_[A-Z_]+=' || true)
fi
while IFS= read -r var; do ENVS+=("$var"); done < <(env | grep -E \
    '^((http|https|no|HTTP|HTTPS|NO)_(proxy|PROXY)|SSL_CERT_(FILE|DIR)|REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE|CI)=' || true)

say "make ${TARGETS[*]} in $ROOT:/root/pixelwise (log: $LOG)"
start=$SECONDS
set +e
unshare --mount --propagation private -- bash -euo pipefail -s -- "$ROOT" "${TARGETS[*]}" "${PIP_DIRS[@]}" \
    3< <(printf '%s\0' "${ENVS[@]}") <<'INSIDE' 2>&1 | tee "$LOG"
root=$1 targets=$2
shift 2
mapfile -d '' -t envs <&3
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --bind /dev "$root/dev" && mount --make-private "$root/dev"
mkdir -p "$root/dev/pts" "$root/dev/shm"
mount --bind /dev/pts "$root/dev/pts"
mount -t tmpfs -o mode=1777,size=50% shm "$root/dev/shm"
for dir in "$@"; do
    mkdir -p "$root$dir"
    mount --bind "$dir" "$root$dir" && mount -o remount,bind,ro "$root$dir"
done
chroot "$root" /usr/bin/env -i "${envs[@]}" /bin/bash -c \
    "update-ca-certificates >/dev/null 2>&1 || true; cd /root/pixelwise && make $targets" </dev/null
INSIDE
status=${PIPESTATUS[0]}
set -e
say "make ${TARGETS[*]}: exit status $status after $((SECONDS - start)) s"
exit "$status"
