"""The Debian packages ``make package`` builds: what they hold and what installing them does to a machine.

Built for real by ``scripts/package.sh`` (uncompressed, and around an environment without the dependencies, so the
test stays quick), installed with dpkg into a folder. ``test_package_debian.py`` (``make package-check``) builds
them whole, upgrades one in the middle of a queue and installs them into a fresh Debian 12.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

from floorstation import __version__
from tests.integration.debkit import (
    REPO,
    Release,
    build,
    dpkg_install,
    empty_environment,
    fake_root,
    installed,
    needs_debian,
)

pytestmark = [pytest.mark.slow, *needs_debian]


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return empty_environment(tmp_path_factory.mktemp("environment"))


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory, environment: Path) -> Release:
    return build(REPO, f"{__version__}+1", tmp_path_factory.mktemp("debs"), environment=environment)


def control(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True).stdout


def unit(deb: Path, path: str) -> dict[str, list[str]]:
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    text = subprocess.run(["tar", "-xO", f".{path}"], input=tar, capture_output=True, check=True).stdout.decode()
    settings: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_the_packages_hold_the_program_with_its_environment_and_the_kiosk(release: Release) -> None:
    assert control(release.program, "Version").strip() == release.version
    program_needs = control(release.program, "Depends")
    assert "python3.11" in program_needs and "libzbar0" in program_needs
    terminal_needs = control(release.terminal, "Depends")
    assert f"floorstation (= {release.version})" in terminal_needs and "cage" in terminal_needs

    files = subprocess.run(["dpkg-deb", "-c", str(release.program)], capture_output=True, text=True, check=True)
    for path in (
        "./opt/floorstation/venv/bin/python",
        "./usr/bin/floorstation",
        "./usr/bin/floorstation-server",
        "./lib/systemd/system/floorstation-server.service",
        "./opt/floorstation/venv/share/floorstation/resources/translations/floorstation_de.qm",
        "./opt/floorstation/venv/share/floorstation/resources/theme/touch.qss",
    ):
        assert path in files.stdout
    terminal_files = subprocess.run(
        ["dpkg-deb", "-c", str(release.terminal)], capture_output=True, text=True, check=False
    ).stdout
    for path in (
        "./lib/udev/rules.d/99-floorstation-scanners.rules",
        "./lib/udev/rules.d/99-floorstation-printers.rules",
        "./etc/pam.d/floorstation-kiosk",
        "./usr/lib/floorstation/kiosk",
        "./usr/lib/floorstation/kiosk-stop",
    ):
        assert path in terminal_files
    conffiles = subprocess.run(
        ["dpkg-deb", "-I", str(release.terminal), "conffiles"], capture_output=True, text=True, check=False
    )
    assert conffiles.stdout.split() == ["/etc/floorstation/station.toml"]

    kiosk = unit(release.terminal, "/lib/systemd/system/floorstation-kiosk.service")
    # cage's parent stays the main process: stopping the unit signals it, and it closes the terminal first.
    assert kiosk["ExecStart"] == [
        "/usr/lib/floorstation/kiosk /usr/bin/cage -d -s -- /usr/bin/floorstation --fullscreen"
    ]
    assert kiosk["KillMode"] == ["mixed"] and "ExecStop" not in kiosk
    assert (kiosk["Restart"], kiosk["User"], kiosk["TTYPath"]) == (["always"], ["floorstation"], ["/dev/tty1"])
    # Its processes live in the logind session, not the unit: the journal finds them by this name.
    assert kiosk["StandardError"] == ["journal"] and kiosk["SyslogIdentifier"] == ["floorstation-kiosk"]
    server = unit(release.program, "/lib/systemd/system/floorstation-server.service")
    assert server["ExecStart"] == ["/usr/bin/floorstation-server run $FLOORSTATION_SERVER_ARGS"]


def test_installing_makes_the_user_its_folders_and_a_program_that_runs(
    tmp_path: Path, release: Release, environment: Path
) -> None:
    root = fake_root(tmp_path / "machine")
    dpkg_install(root, release.program, release.terminal)

    [user] = [line.split(":") for line in (root / "etc/passwd").read_text().splitlines() if line.startswith("floor")]
    assert user[0] == "floorstation" and user[5:] == ["/var/lib/floorstation", "/usr/sbin/nologin"]
    members = {g.split(":")[0]: g.split(":")[3].split(",") for g in (root / "etc/group").read_text().splitlines()}
    assert all("floorstation" in members[g] for g in ("lp", "dialout", "video", "input"))
    data = root / "var/lib/floorstation"
    assert (data.stat().st_uid, stat.S_IMODE(data.stat().st_mode)) == (int(user[2]), 0o700)
    settings = root / "etc/floorstation"
    assert (settings.stat().st_gid, stat.S_IMODE(settings.stat().st_mode)) == (int(user[3]), 0o770)
    assert (data / "station.toml").resolve() == settings / "station.toml"
    wants = root / "etc/systemd/system/multi-user.target.wants/floorstation-kiosk.service"
    assert os.readlink(wants) == "/lib/systemd/system/floorstation-kiosk.service"
    assert installed(root, "--version").stdout.strip() == f"floorstation {__version__}"

    # Upgraded, the station's data and its edited settings stay; removed, the data stays too.
    (settings / "station.toml").write_text('[station]\nstation_id = "ST-07"\nstation_code = "G7"\n')
    (data / "station.db").write_bytes(b"the event log")
    newer = build(REPO, f"{__version__}+2", tmp_path / "debs", environment=environment)
    dpkg_install(root, newer.program, newer.terminal)
    assert 'station_id = "ST-07"' in (data / "station.toml").read_text()
    done = subprocess.run(
        [
            "dpkg",
            f"--root={root}",
            "--force-script-chrootless",
            "--log=/dev/null",
            "-r",
            "floorstation-terminal",
            "floorstation",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (data / "station.db").read_bytes() == b"the event log"
    assert not wants.exists()
