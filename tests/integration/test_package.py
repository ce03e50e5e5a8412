"""The Debian packages ``make package`` builds: what they hold, what installing them does to a machine, and an
upgrade in the middle of a queue that loses no event and no print job.

The packages are built for real (``scripts/package.sh``, uncompressed to be quick) and installed with dpkg into a
folder (``dpkg --root``; the maintainer scripts honour ``DPKG_ROOT``), from where the installed program runs with
Debian's Python. ``test_package_debian.py`` installs them into a whole Debian 12 root (``make package-check``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from floorstation import __version__
from floorstation.server import enrollment
from floorstation.store import migrate
from tests.integration.printer_fakes import FakePrinter, free_port
from tests.integration.serverkit import LiveServer

REPO = Path(__file__).resolve().parents[2]
PLANT = REPO / "resources" / "demo" / "plant.json"
PYTHON = "/usr/bin/python3.11"
NEWER_SCHEMA = "9000"

pytestmark = [
    pytest.mark.slow,
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


def build(source: Path, version: str, out: Path) -> Release:
    env = dict(os.environ, FLOORSTATION_DEB_COMPRESSION="none")
    done = subprocess.run(
        ["bash", str(REPO / "scripts" / "package.sh"), "--version", version, "--out", str(out), "--source", str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    debs = [Path(line) for line in done.stdout.split()]
    [program] = [d for d in debs if d.name.startswith("floorstation_")]
    [terminal] = [d for d in debs if d.name.startswith("floorstation-terminal_")]
    return Release(version, program, terminal)


def newer_source(into: Path) -> Path:
    """This tree as the next release: the same program with one more station migration (a schema change)."""
    for part in ("pyproject.toml", "README.md", "LICENSE", "src", "resources"):
        copy = shutil.copytree if (REPO / part).is_dir() else shutil.copy2
        copy(REPO / part, into / part)
    (into / "src" / "floorstation" / "store" / "migrations" / "versions" / f"{NEWER_SCHEMA}_next_release.py").write_text(
        f'"""The next release\'s schema change.\n\nRevision ID: {NEWER_SCHEMA}\nRevises: {migrate.head_revision()}\n"""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "{NEWER_SCHEMA}"\ndown_revision = "{migrate.head_revision()}"\n'
        "branch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        '    op.create_table("next_release", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
        "def downgrade() -> None:\n    raise RuntimeError\n",
        encoding="utf-8",
    )
    return into


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Release, Release]:
    out = tmp_path_factory.mktemp("debs")
    first = build(REPO, f"{__version__}+1", out)
    second = build(newer_source(tmp_path_factory.mktemp("next")), f"{__version__}+2", out)
    return first, second


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
    done = subprocess.run([*command, "--log=/dev/null", "-i", *map(str, debs)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def installed(root: Path, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """The installed ``floorstation`` (its own environment, Debian's Python) on the installed station."""
    done = subprocess.run(
        [str(root / "opt/floorstation/venv/bin/python"), "-m", "floorstation", *args],
        env=installed_env(root),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def installed_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FLOORSTATION_"))}
    return env | {"FLOORSTATION_DATA_DIR": str(root / "var/lib/floorstation"), "QT_QPA_PLATFORM": "offscreen"}


def control(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True, check=True).stdout


def unit(deb: Path, path: str) -> dict[str, list[str]]:
    text = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    listing = subprocess.run(["tar", "-xO", f".{path}"], input=text, capture_output=True, check=True).stdout
    settings: dict[str, list[str]] = {}
    for line in listing.decode().splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            settings.setdefault(key, []).append(value)
    return settings


def test_the_packages_hold_the_program_with_its_environment_and_the_kiosk(releases: tuple[Release, Release]) -> None:
    release = releases[0]
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
    ):
        assert path in files.stdout
    terminal_files = subprocess.run(["dpkg-deb", "-c", str(release.terminal)], capture_output=True, text=True).stdout
    for path in (
        "./lib/udev/rules.d/99-floorstation-scanners.rules",
        "./lib/udev/rules.d/99-floorstation-printers.rules",
        "./etc/pam.d/floorstation-kiosk",
    ):
        assert path in terminal_files
    conffiles = subprocess.run(["dpkg-deb", "-I", str(release.terminal), "conffiles"], capture_output=True, text=True)
    assert conffiles.stdout.split() == ["/etc/floorstation/station.toml"]

    kiosk = unit(release.terminal, "/lib/systemd/system/floorstation-kiosk.service")
    assert kiosk["ExecStart"] == ["/usr/bin/cage -d -s -- /usr/bin/floorstation --fullscreen"]
    assert (kiosk["Restart"], kiosk["User"], kiosk["TTYPath"]) == (["always"], ["floorstation"], ["/dev/tty1"])
    assert kiosk["StandardError"] == ["journal"]
    server = unit(release.program, "/lib/systemd/system/floorstation-server.service")
    assert server["ExecStart"] == ["/usr/bin/floorstation-server run $FLOORSTATION_SERVER_ARGS"]


def test_installing_makes_the_user_its_folders_and_a_program_that_runs(
    tmp_path: Path, releases: tuple[Release, Release]
) -> None:
    root = fake_root(tmp_path / "machine")
    release = releases[0]
    dpkg_install(root, release.program, release.terminal)

    [user] = [line.split(":") for line in (root / "etc/passwd").read_text().splitlines() if line.startswith("floor")]
    assert user[0] == "floorstation" and user[5:] == ["/var/lib/floorstation", "/usr/sbin/nologin"]
    members = {g.split(":")[0]: g.split(":")[3].split(",") for g in (root / "etc/group").read_text().splitlines()}
    assert all("floorstation" in members[g] for g in ("lp", "dialout", "video", "input"))
    data = root / "var/lib/floorstation"
    assert (data.stat().st_uid, stat.S_IMODE(data.stat().st_mode)) == (int(user[2]), 0o700)
    assert (data / "station.toml").resolve() == root / "etc/floorstation/station.toml"
    wants = root / "etc/systemd/system/multi-user.target.wants/floorstation-kiosk.service"
    assert os.readlink(wants) == "/lib/systemd/system/floorstation-kiosk.service"

    assert installed(root, "--version").stdout.strip() == f"floorstation {__version__}"
    # The station's settings as shipped name no station yet: the program says what to set.
    refused = installed(root, "events", check=False)
    assert refused.returncode != 0 and "station_id" in refused.stderr


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    from floorstation.server.db import open_database

    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def test_an_upgrade_in_the_middle_of_a_queue_loses_no_event_and_no_print_job(
    tmp_path: Path, releases: tuple[Release, Release], server: LiveServer
) -> None:
    first, second = releases
    root = fake_root(tmp_path / "machine")
    dpkg_install(root, first.program, first.terminal)
    printer_port = free_port()  # the label printer is off while the first release runs
    settings = root / "etc/floorstation/station.toml"
    settings.write_text(
        settings.read_text()
        .replace('station_id = ""', 'station_id = "ST-07"')
        .replace('station_code = ""', 'station_code = "G7"')
        + f'\n[[printer]]\nname = "labels"\nurl = "escpos+tcp://127.0.0.1:{printer_port}"\nrole = "both"\n'
    )
    code = enrollment.create_code(server.engine, "ST-07")
    installed(root, "enroll", "--server", server.url, "--code", code)
    installed(root, "import", str(PLANT))
    installed(root, "simulate", "--actions", "40", "--quiet")
    assert installed(root, "print", "lot-card", "PP-2401", "--wait", "0", check=False).returncode == 4
    recorded = installed(root, "events", "--json").stdout.splitlines()
    assert len(recorded) > 10 and server.count() == 0
    waiting = [json.loads(line) for line in installed(root, "print", "jobs", "--json").stdout.splitlines()]
    assert [j["state"] for j in waiting] == ["queued"]

    dpkg_install(root, second.program, second.terminal)

    # The newer release opens the station for the first time as the terminal starts.
    data = root / "var/lib/floorstation"
    printer = FakePrinter(port=printer_port)
    started = time.monotonic()
    # The kiosk as systemd runs it: the terminal a child of the compositor (here a shell standing in for cage).
    python = str(root / "opt/floorstation/venv/bin/python")
    said = tmp_path / "kiosk.err"
    with said.open("w") as err:
        kiosk = subprocess.Popen(
            ["sh", "-c", '"$0" -m floorstation --fullscreen & wait $!; exit $?', python],
            env=installed_env(root),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        while server.count() < len(recorded) or not printer.jobs:
            assert kiosk.poll() is None, said.read_text()
            assert time.monotonic() - started < 90, f"{server.count()} of {len(recorded)} events, {printer.jobs}"
            time.sleep(0.2)
        stop = subprocess.run([str(root / "usr/lib/floorstation/kiosk-stop"), str(kiosk.pid)], timeout=60)
        assert stop.returncode == 0
        assert kiosk.wait(timeout=30) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.send_signal(signal.SIGKILL)
            kiosk.wait()
        printer.close()

    uploaded = {e.event_id for e in server.events("ST-07")}
    assert {json.loads(line)["event_id"] for line in recorded} <= uploaded
    assert b"PP-2401" in b"".join(printer.jobs)
    jobs = [json.loads(line) for line in installed(root, "print", "jobs", "--all", "--json").stdout.splitlines()]
    assert [j["state"] for j in jobs] == ["done"]
    with sqlite3.connect(data / "station.db") as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchall() == [(NEWER_SCHEMA,)]
    log = (data / "logs" / "floorstation.log").read_text()
    assert "terminal started (kiosk" in log and "closed the station database" in log
