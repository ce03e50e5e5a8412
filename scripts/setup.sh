#!/usr/bin/env bash
# One-time (and idempotent) setup for a clone of floorstation on Debian 12.
# Used by `make demo`, `make test`, `make lint` and `make bench` through the
# .venv/.installed stamp. Installs nothing globally except the apt packages below.
set -euo pipefail

# System packages, installed with apt only when missing.
APT_PACKAGES=(
    python3-venv  # creates .venv on Debian's python (provides ensurepip for `python3 -m venv`)
    sqlite3       # the sqlite3 CLI, for people inspecting a station database and used by the docs
    libzbar0      # the zbar library pyzbar loads (the alternative 1D/QR camera decoder)
    xvfb          # a virtual screen for end-to-end tests and screenshots of the terminal
    xdotool       # types keyboard-wedge scanner bursts into the terminal on Xvfb (tests/e2e)
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1 libdbus-1-3
    libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0
    libxcb-xfixes0 libxcb-xinerama0
                  # system libraries the PySide6 (Qt 6) wheels and their X11 (xcb) platform plugin load
    fonts-dejavu-core  # a font with Polish characters for the touchscreen UI
    poppler-utils      # pdftoppm, to check printed PDF cards by decoding their barcodes in tests
    chromium           # the browser the plant office's Playwright tests drive (never a downloaded one)
    debootstrap        # a fresh Debian 12 root for `make package-check` (the packages installed onto it)
    systemd-container  # systemd-nspawn: `make package-check` boots that root to start the kiosk under systemd
    apt-utils gpg      # apt-ftparchive and signing for the plant's apt repository (`make apt-repo`)
    gcc linux-libc-dev python3-dev
                  # build the 'evdev' package (scanners read through Linux evdev) where pip has no wheel for it
)

cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
STAMP="$VENV/.installed"
PYTHON="${PYTHON:-python3}"

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

# --- 1. apt packages -------------------------------------------------------
if command -v dpkg >/dev/null 2>&1; then
    missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        if ! dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed$'; then
            missing+=("$pkg")
        fi
    done
    if ((${#missing[@]} > 0)); then
        if [[ $(id -u) -eq 0 ]]; then
            SUDO=()
        elif command -v sudo >/dev/null 2>&1; then
            SUDO=(sudo)
        else
            die "missing apt packages: ${missing[*]}; not root and sudo is not available. Install them as root:
    apt-get install -y --no-install-recommends ${missing[*]}"
        fi
        log "installing apt packages: ${missing[*]}"
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"
    else
        log "apt packages present: ${APT_PACKAGES[*]}"
    fi
else
    log "dpkg not found (not a Debian system); skipping apt packages: ${APT_PACKAGES[*]}"
fi

# --- 2. Python -------------------------------------------------------------
check_python() {  # $1: interpreter; succeeds when it runs and is >= 3.11
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null
}

command -v "$PYTHON" >/dev/null 2>&1 \
    || die "Python interpreter '$PYTHON' not found (set PYTHON=/path/to/python3.11+)"
if ! check_python "$PYTHON"; then
    found=$("$PYTHON" -c 'import sys; print(".".join(map(str, sys.version_info[:3])))' 2>/dev/null || echo unknown)
    die "floorstation needs Python >= 3.11, but '$PYTHON' is $found (set PYTHON=/path/to/python3.11+)"
fi

# --- 3. virtualenv ---------------------------------------------------------
rm -f "$STAMP"
if [[ ! -d $VENV ]]; then
    log "creating $VENV with $PYTHON ($(command -v "$PYTHON"))"
    "$PYTHON" -m venv "$VENV"
fi
check_python "$VENV/bin/python" \
    || die "$VENV exists but $VENV/bin/python is broken or older than 3.11; run 'make clean' and retry"

log "installing floorstation and dev tools into $VENV"
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q -e '.[dev]'

# --- 4. the terminal's translations -----------------------------------------
# Qt Linguist sources (resources/translations/*.ts, kept in git) compiled to the .qm files the terminal loads.
for ts in resources/translations/floorstation_*.ts; do
    [[ -e $ts ]] || continue
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
log "translations compiled: $(ls resources/translations/*.qm 2>/dev/null | xargs -n1 basename | tr '\n' ' ')"

touch "$STAMP"
log "done"
