"""Building the Debian packages (``scripts/package.sh``) and installing them with dpkg into a folder, for the
package tests: ``dpkg --root`` runs the maintainer scripts outside the folder with ``DPKG_ROOT`` set, which they
honour; the installed program then runs from the folder with Debian's Python."""

from __future__ import annotations

import fcntl
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYTHON = "/usr/bin/python3.11"

needs_debian = [
    pytest.mark.skipif(
        shutil.which("dpkg-deb") is None or not Path(PYTHON).exists(),
        reason="builds and installs Debian packages: needs Debian 12 (dpkg-deb, /usr/bin/python3.11)",
    ),
    pytest.mark.skipif(os.geteuid() != 0, reason="dpkg installs into a folder as root only"),
]


@dataclass(frozen=True)
class Release:
    version: str
    program: Path
    """floorstation_<version>_<arch>.deb"""
    terminal: Path
    """floorstation-terminal_<version>_all.deb"""


def build(source: Path, version: str, out: Path, *, environment: Path | None = None) -> Release:
    """Both packages of ``source`` as ``version``, uncompressed; ``environment``: a folder with a venv/ to package
    instead of the one with every dependency (quick, but then only ``floorstation --version`` runs)."""
    tools = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])  # pip, pyside6-lrelease
    env = dict(os.environ, FLOORSTATION_DEB_COMPRESSION="none", PATH=tools)
    if environment is not None:
        env["FLOORSTATION_PACKAGE_DEPS"] = str(environment)
    command = ["bash", str(REPO / "scripts" / "package.sh"), "--version", version, "--out", str(out)]
    done = subprocess.run(
        [*command, "--source", str(source)], env=env, capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    debs = [Path(line) for line in done.stdout.split()]
    [program] = [d for d in debs if d.name.startswith("floorstation_")]
    [terminal] = [d for d in debs if d.name.startswith("floorstation-terminal_")]
    return Release(version, program, terminal)


def empty_environment(folder: Path) -> Path:
    """A Python environment without the dependencies, as package.sh would make one (for the quick package test)."""
    subprocess.run([PYTHON, "-m", "venv", "--copies", "--without-pip", str(folder / "venv")], check=True)
    (folder / ".complete").touch()
    return folder


def fake_root(root: Path) -> Path:
    """An empty machine for ``dpkg --root``: the base system's users and groups, dpkg's database, systemd's folder."""
    (root / "etc" / "systemd" / "system").mkdir(parents=True)
    for sub in ("info", "updates", "triggers"):
        (root / "var" / "lib" / "dpkg" / sub).mkdir(parents=True)
    (root / "var" / "lib" / "dpkg" / "status").touch()
    groups = {"root": 0, "lp": 7, "dialout": 20, "video": 44, "input": 101}
    (root / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (root / "etc" / "shadow").write_text("root:*:19000:0:99999:7:::\n")
    (root / "etc" / "group").write_text("".join(f"{g}:x:{n}:\n" for g, n in groups.items()))
    (root / "etc" / "gshadow").write_text("".join(f"{g}:*::\n" for g in groups))
    return root


def dpkg_install(root: Path, *debs: Path) -> None:
    command = ["dpkg", f"--root={root}", "--force-script-chrootless", "--force-depends", "--force-unsafe-io"]
    done = subprocess.run(
        [*command, "--log=/dev/null", "-i", *map(str, debs)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def installed_env(root: Path) -> dict[str, str]:
    """The environment of the installed program: none of this checkout's, the station in the installed folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FLOORSTATION_"))}
    return env | {"FLOORSTATION_DATA_DIR": str(root / "var/lib/floorstation"), "QT_QPA_PLATFORM": "offscreen"}


def installed(root: Path, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The installed ``floorstation`` (its own environment, Debian's Python) on the installed station."""
    done = subprocess.run(
        [str(root / "opt/floorstation/venv/bin/python"), "-m", "floorstation", *args],
        env=installed_env(root),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


# --- a whole Debian 12 (debootstrap), for make package-check ---------------------------------------------------

CACHE = Path(os.environ.get("FLOORSTATION_DEBIAN_CACHE", Path.home() / ".cache" / "floorstation"))
"""Where the Debian roots are kept between runs (outside the checkout): minutes to make, seconds to reuse."""
MIRROR = os.environ.get("FLOORSTATION_DEBIAN_MIRROR", "http://deb.debian.org/debian")


def depends(*debs: Path) -> list[str]:
    """The Debian packages ``debs`` need, without versions and without each other."""
    names = {d.name.split("_")[0] for d in debs}
    wanted: set[str] = set()
    for deb in debs:
        line = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True, check=True)
        wanted |= {part.split("(")[0].split("|")[0].strip() for part in line.stdout.split(",")}
    return sorted(wanted - names - {""})


def debian_root(packages: list[str]) -> Path:
    """A Debian 12 root with ``packages`` installed, made once (debootstrap, then apt in a chroot) and kept."""
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / ".debian.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        base = CACHE / "debian12-base"
        if not (base / "etc" / "debian_version").exists():
            fresh = CACHE / "debian12-base.new"
            shutil.rmtree(fresh, ignore_errors=True)
            subprocess.run(
                ["debootstrap", "--variant=minbase", "bookworm", str(fresh), MIRROR], check=True, capture_output=True
            )
            fresh.rename(base)
        key = hashlib.sha256(" ".join(packages).encode()).hexdigest()[:16]
        layer = CACHE / f"debian12-{key}"
        if not (layer / ".complete").exists():
            fresh = CACHE / f"debian12-{key}.new"
            shutil.rmtree(fresh, ignore_errors=True)
            subprocess.run(["cp", "-a", str(base), str(fresh)], check=True)
            with mounted_proc(fresh):
                apt = ["chroot", str(fresh), "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "-q", "-y"]
                subprocess.run([*apt, "update"], check=True, capture_output=True)
                subprocess.run([*apt, "install", "--no-install-recommends", *packages], check=True, capture_output=True)
                subprocess.run([*apt, "clean"], check=True, capture_output=True)
            (fresh / ".complete").touch()
            fresh.rename(layer)
    return layer


@contextmanager
def mounted_proc(root: Path) -> Iterator[None]:
    subprocess.run(["mount", "-t", "proc", "proc", str(root / "proc")], check=True)
    try:
        yield
    finally:
        subprocess.run(["umount", "--lazy", str(root / "proc")], check=True)


@contextmanager
def machine(layer: Path, work: Path, *, proc: bool = True) -> Iterator[Path]:
    """A fresh copy of the Debian root ``layer`` (an overlay: writes land in ``work``), with /proc unless it is
    booted as a container (which mounts its own)."""
    upper, scratch, merged = work / "upper", work / "work", work / "root"
    for folder in (upper, scratch, merged):
        folder.mkdir(parents=True)
    options = f"lowerdir={layer},upperdir={upper},workdir={scratch}"
    subprocess.run(["mount", "-t", "overlay", "overlay", "-o", options, str(merged)], check=True)
    try:
        if not proc:
            yield merged
            return
        with mounted_proc(merged):
            yield merged
    finally:
        subprocess.run(["umount", "--lazy", str(merged)], check=True)
