#!/usr/bin/env bash
# Build the Debian 12 packages of floorstation (`make package`): docs/deploy.md says what they install.
#
#   floorstation_<version>_amd64.deb        the program with its own Python environment in /opt/floorstation/venv
#                                           (Debian's python3.11 runs it), the commands floorstation and
#                                           floorstation-server, the system user "floorstation", /var/lib/floorstation,
#                                           the server's systemd unit (not enabled).
#   floorstation-terminal_<version>_all.deb the terminal of a workstation: the kiosk (cage on tty1, at boot,
#                                           restarted when it ends), udev rules for scanners and printers, and the
#                                           station's settings /etc/floorstation/station.toml (a conffile).
#
# Usage: scripts/package.sh [--version V] [--out DIR]
#   --version V  the Debian version (default: floorstation's own version)
#   --out DIR    where the .deb files go (default: dist/)
#   --source DIR the floorstation source tree to package (default: this checkout; packaging/ is always this one's)
# Environment:
#   FLOORSTATION_DEB_COMPRESSION  zstd (default), xz, gzip or none (the tests build uncompressed: faster)
#   FLOORSTATION_PACKAGE_CACHE    where the Python environment of the dependencies is kept between builds
#                                 (default: ~/.cache/floorstation/package); rebuilt when pyproject.toml changes
#   FLOORSTATION_PACKAGE_DEPS     a folder whose venv/ (made by /usr/bin/python3.11 -m venv --copies, marked by a
#                                 file .complete) is packaged instead of the dependencies' environment: the quick
#                                 package test uses an empty one
# Needs: Debian 12 (dpkg-deb, /usr/bin/python3.11 with python3-venv), and pip can reach the package index once.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

log() { printf 'package: %s\n' "$*" >&2; }
die() { printf 'package: error: %s\n' "$*" >&2; exit 1; }

VERSION=""
OUT="$ROOT/dist"
SOURCE="$ROOT"
while (($#)); do
    case $1 in
        --version) VERSION=${2:?--version needs a value}; shift 2 ;;
        --out) OUT=${2:?--out needs a folder}; shift 2 ;;
        --source) SOURCE=$(cd "${2:?--source needs a folder}" && pwd); shift 2 ;;
        *) die "unknown option $1 (known: --version V, --out DIR, --source DIR)" ;;
    esac
done

PYTHON=/usr/bin/python3.11   # the interpreter of Debian 12 that the package depends on
[[ -x $PYTHON ]] || die "$PYTHON not found: build on Debian 12 (apt-get install python3.11 python3-venv)"
command -v dpkg-deb >/dev/null || die "dpkg-deb not found: build on Debian 12"
PIP=(python3 -m pip)
if [[ -x $ROOT/.venv/bin/pip ]]; then PIP=("$ROOT/.venv/bin/pip"); fi

PY_VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$SOURCE/src/floorstation/__init__.py")
[[ -n $PY_VERSION ]] || die "no __version__ in src/floorstation/__init__.py"
VERSION=${VERSION:-$PY_VERSION}
COMPRESSION=${FLOORSTATION_DEB_COMPRESSION:-zstd}
CACHE=${FLOORSTATION_PACKAGE_CACHE:-$HOME/.cache/floorstation/package}
PREFIX=/opt/floorstation/venv   # where the environment lives on the installed machine

# The program's run-time dependencies, exactly as pyproject.toml lists them.
mapfile -t REQUIREMENTS < <("$PYTHON" - "$SOURCE/pyproject.toml" <<'EOF'
import tomllib
import sys
with open(sys.argv[1], "rb") as f:
    for requirement in tomllib.load(f)["project"]["dependencies"]:
        print(requirement)
EOF
)

# --- 1. the dependencies' environment, kept between builds ------------------------------------------------------
key=$( { printf '%s\n' "${REQUIREMENTS[@]}"; "$PYTHON" -VV; } | sha256sum | cut -c1-16)
DEPS=${FLOORSTATION_PACKAGE_DEPS:-$CACHE/deps-$key}
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9   # one build at a time fills the cache
if [[ ! -f $DEPS/.complete ]]; then
    log "building the Python environment of the dependencies in $DEPS"
    rm -rf "$DEPS"
    mkdir -p "$CACHE"
    "$PYTHON" -m venv --copies --without-pip "$DEPS/venv"
    "${PIP[@]}" --python "$DEPS/venv/bin/python" install -q -q --no-compile --disable-pip-version-check \
        "${REQUIREMENTS[@]}"
    # Byte-code compiled once, naming the installed paths in tracebacks (not this cache); a few templates shipped
    # as .py (PySide6's deployment recipes) are not Python and stay uncompiled.
    "$DEPS/venv/bin/python" -m compileall -q -j 0 -s "$DEPS/venv" -p "$PREFIX" "$DEPS/venv/lib" >/dev/null || true
    touch "$DEPS/.complete"
fi

# The build backend (setuptools) in an environment of its own, kept too: the wheel builds without fetching it.
BUILDER="$CACHE/builder-$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ ! -f $BUILDER/.complete ]]; then
    rm -rf "$BUILDER"
    "$PYTHON" -m venv "$BUILDER"
    "$BUILDER/bin/pip" install -q -q --disable-pip-version-check "setuptools>=77" wheel
    touch "$BUILDER/.complete"
fi
flock -u 9

# --- 2. the staged trees --------------------------------------------------------------------------------------
WORK=$(mktemp -d "${TMPDIR:-/tmp}/floorstation-package.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
MAIN="$WORK/floorstation"
TERM_PKG="$WORK/floorstation-terminal"
VENV="$MAIN$PREFIX"
mkdir -p "$(dirname "$VENV")"
cp -al "$DEPS/venv" "$VENV"  # hard links: nothing below writes into a file of the cache

log "installing floorstation $PY_VERSION into the environment"
mkdir -p "$WORK/source"
cp -a "$SOURCE"/{pyproject.toml,README.md,LICENSE,src} "$WORK/source/"
find "$WORK/source" \( -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +
"$BUILDER/bin/pip" wheel -q -q --no-deps --no-build-isolation --disable-pip-version-check -w "$WORK/wheel" \
    "$WORK/source"
"${PIP[@]}" --python "$VENV/bin/python" install -q -q --no-deps --no-compile --disable-pip-version-check \
    "$WORK"/wheel/floorstation-*.whl
"$VENV/bin/python" -m compileall -q -j 0 -s "$VENV" -p "$PREFIX" "$VENV/lib/python3.11/site-packages/floorstation" \
    >/dev/null

# The theme, translations (compiled) and demo plant, where floorstation.paths.resources_dir() finds them.
RES="$VENV/share/floorstation/resources"
mkdir -p "$RES"
cp -a "$SOURCE"/resources/{theme,demo} "$RES/"
mkdir -p "$RES/translations"
LRELEASE="$VENV/bin/pyside6-lrelease"
[[ -x $LRELEASE ]] || LRELEASE="$ROOT/.venv/bin/pyside6-lrelease"
[[ -x $LRELEASE ]] || LRELEASE=$(command -v pyside6-lrelease) || die "pyside6-lrelease not found: run make setup"
for ts in "$SOURCE"/resources/translations/floorstation_*.ts; do
    "$LRELEASE" -silent "$ts" -qm "$RES/translations/$(basename "${ts%.ts}").qm"
done

# The environment moved: its scripts and pyvenv.cfg name where it will be, not where it was built.
for built in "$DEPS/venv" "$VENV"; do
    grep -rlI --null -F "$built" "$VENV/bin" "$VENV/pyvenv.cfg" | xargs -0 -r sed -i "s|$built|$PREFIX|g"
done
find "$VENV" -name 'direct_url.json' -path '*floorstation-*' -delete

# Commands on the PATH, the helpers of the units, documentation.
install -D -m 0755 packaging/deb/bin/floorstation "$MAIN/usr/bin/floorstation"
ln -s "$PREFIX/bin/floorstation-server" "$MAIN/usr/bin/floorstation-server"
mkdir -p "$MAIN/lib/systemd/system"
sed -e 's|/opt/floorstation/.venv/bin/floorstation-server|/usr/bin/floorstation-server|g' \
    -e 's|file:///opt/floorstation/docs/sync.md|file:///usr/share/doc/floorstation/deploy.md|' \
    resources/systemd/floorstation-server.service >"$MAIN/lib/systemd/system/floorstation-server.service"
install -D -m 0644 packaging/deb/server.env.example "$MAIN/usr/share/doc/floorstation/server.env.example"
install -D -m 0644 docs/deploy.md "$MAIN/usr/share/doc/floorstation/deploy.md"
install -D -m 0644 LICENSE "$MAIN/usr/share/doc/floorstation/copyright"

install -D -m 0755 packaging/deb/lib/station-configured "$TERM_PKG/usr/lib/floorstation/station-configured"
install -D -m 0755 packaging/deb/lib/kiosk "$TERM_PKG/usr/lib/floorstation/kiosk"
install -D -m 0755 packaging/deb/lib/kiosk-stop "$TERM_PKG/usr/lib/floorstation/kiosk-stop"
install -D -m 0644 packaging/deb/floorstation-kiosk.service "$TERM_PKG/lib/systemd/system/floorstation-kiosk.service"
install -D -m 0644 packaging/deb/pam.d/floorstation-kiosk "$TERM_PKG/etc/pam.d/floorstation-kiosk"
install -D -m 0644 packaging/deb/station.toml "$TERM_PKG/etc/floorstation/station.toml"
for rules in resources/udev/*.rules; do
    install -D -m 0644 "$rules" "$TERM_PKG/lib/udev/rules.d/$(basename "$rules")"
done
install -D -m 0644 LICENSE "$TERM_PKG/usr/share/doc/floorstation-terminal/copyright"

# --- 3. control files -------------------------------------------------------------------------------------------
control() {  # $1: staged tree, $2: package folder under packaging/deb, $3: architecture
    local tree=$1 name=$2 arch=$3
    mkdir -p "$tree/DEBIAN"
    local size
    size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
    sed -e "s|@VERSION@|$VERSION|g" -e "s|@ARCH@|$arch|g" -e "s|@SIZE@|$size|g" \
        "packaging/deb/$name/control" >"$tree/DEBIAN/control"
    for script in preinst postinst prerm postrm conffiles; do
        if [[ -f packaging/deb/$name/$script ]]; then
            install -m "$([[ $script == conffiles ]] && echo 0644 || echo 0755)" \
                "packaging/deb/$name/$script" "$tree/DEBIAN/$script"
        fi
    done
}
control "$MAIN" floorstation "$(dpkg --print-architecture)"
control "$TERM_PKG" floorstation-terminal all

# --- 4. the .deb files ------------------------------------------------------------------------------------------
mkdir -p "$OUT"
for tree in "$MAIN" "$TERM_PKG"; do
    name=$(basename "$tree")
    arch=$(sed -n 's/^Architecture: //p' "$tree/DEBIAN/control")
    deb="$OUT/${name}_${VERSION}_${arch}.deb"
    dpkg-deb --root-owner-group -Z"$COMPRESSION" --build "$tree" "$deb" >/dev/null
    log "built $deb"
    printf '%s\n' "$deb"
done
