"""The whole packages (``make package-check``; minutes the first time, so not part of ``make test``):

* an upgrade in the middle of a queue: the first release queues events and a print job while the server and the
  printer are away, the next release (with a schema change) is installed over it, the terminal starts, and every
  event reaches the server and the card the printer; the kiosk's stop closes the terminal cleanly;
* a fresh Debian 12 (debootstrap, kept in ~/.cache/floorstation): the packages install with dpkg onto it, and
  the terminal comes up full screen on an X display from the installed tree.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from floorstation import __version__
from floorstation.server import enrollment
from floorstation.server.db import open_database
from floorstation.store import migrate
from tests.integration.debkit import (
    REPO,
    Release,
    build,
    debian_root,
    depends,
    dpkg_install,
    fake_root,
    installed,
    installed_env,
    machine,
    mounted_proc,
    needs_debian,
)
from tests.integration.printer_fakes import FakePrinter, free_port
from tests.integration.serverkit import LiveServer

PLANT = REPO / "resources" / "demo" / "plant.json"
NEWER_SCHEMA = "9000"
ENV_RUN = "FLOORSTATION_TEST_PACKAGES"

pytestmark = [
    pytest.mark.slow,
    *needs_debian,
    pytest.mark.skipif(
        os.environ.get(ENV_RUN) != "1",
        reason=f"builds the whole packages and a Debian root (minutes): run by 'make package-check' ({ENV_RUN}=1)",
    ),
]


def newer_source(into: Path) -> Path:
    """This tree as the next release: the same program with one more station migration (a schema change)."""
    for part in ("pyproject.toml", "README.md", "LICENSE", "src", "resources"):
        if (REPO / part).is_dir():
            shutil.copytree(REPO / part, into / part, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(REPO / part, into / part)
    head = migrate.head_revision()
    versions = into / "src" / "floorstation" / "store" / "migrations" / "versions"
    (versions / f"{NEWER_SCHEMA}_next_release.py").write_text(
        f'"""The next release\'s schema change.\n\nRevision ID: {NEWER_SCHEMA}\nRevises: {head}\n"""\n\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f'revision = "{NEWER_SCHEMA}"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n\n'
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


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


def name_the_station(settings: Path, extra: str = "") -> None:
    text = settings.read_text().replace('station_id = ""', 'station_id = "ST-07"')
    settings.write_text(text.replace('station_code = ""', 'station_code = "G7"') + extra)


def test_an_upgrade_in_the_middle_of_a_queue_loses_no_event_and_no_print_job(
    tmp_path: Path, releases: tuple[Release, Release], server: LiveServer
) -> None:
    first, second = releases
    root = fake_root(tmp_path / "machine")
    dpkg_install(root, first.program, first.terminal)
    printer_port = free_port()  # the label printer is off while the first release runs
    printer_table = f'\n[[printer]]\nname = "labels"\nurl = "escpos+tcp://127.0.0.1:{printer_port}"\nrole = "both"\n'
    name_the_station(root / "etc/floorstation/station.toml", printer_table)
    installed(root, "enroll", "--server", server.url, "--code", enrollment.create_code(server.engine, "ST-07"))
    installed(root, "import", str(PLANT))
    installed(root, "simulate", "--actions", "40", "--quiet")
    assert installed(root, "print", "lot-card", "PP-2401", "--wait", "0", check=False).returncode == 4
    recorded = installed(root, "events", "--json").stdout.splitlines()
    assert len(recorded) > 10 and server.count() == 0
    waiting = [json.loads(line) for line in installed(root, "print", "jobs", "--json").stdout.splitlines()]
    assert [j["state"] for j in waiting] == ["queued"]

    dpkg_install(root, second.program, second.terminal)

    # The newer release opens the station for the first time as the terminal starts; the printer is back on.
    data = root / "var/lib/floorstation"
    printer = FakePrinter(port=printer_port)
    started = time.monotonic()
    said = tmp_path / "kiosk.err"
    # The kiosk as systemd runs it: the terminal a child of the compositor (here a shell standing in for cage).
    with said.open("w") as err:
        kiosk = subprocess.Popen(
            [
                "sh",
                "-c",
                '"$0" -m floorstation --fullscreen & wait $!; exit $?',
                str(root / "opt/floorstation/venv/bin/python"),
            ],
            env=installed_env(root),
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        while server.count() < len(recorded) or not printer.jobs:
            assert kiosk.poll() is None, said.read_text()
            assert time.monotonic() - started < 120, f"{server.count()} of {len(recorded)} events, {printer.jobs}"
            time.sleep(0.2)
        stop = subprocess.run([str(root / "usr/lib/floorstation/kiosk-stop"), str(kiosk.pid)], timeout=60, check=False)
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


def free_display() -> int:
    return next(n for n in range(140, 240) if not Path(f"/tmp/.X11-unix/X{n}").exists())


def test_on_a_fresh_debian_the_packages_install_and_the_terminal_comes_up_full_screen(
    tmp_path: Path, releases: tuple[Release, Release]
) -> None:
    release = releases[0]
    if shutil.which("debootstrap") is None or shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        pytest.skip("needs debootstrap, Xvfb and xdotool (apt-get install debootstrap xvfb xdotool)")
    layer = debian_root(depends(release.program, release.terminal))
    with machine(layer, tmp_path / "overlay") as root:
        for deb in (release.program, release.terminal):
            shutil.copy(deb, root / "tmp" / deb.name)
        done = subprocess.run(
            ["chroot", str(root), "dpkg", "-i", f"/tmp/{release.program.name}", f"/tmp/{release.terminal.name}"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert (root / "etc/systemd/system/multi-user.target.wants/floorstation-kiosk.service").is_symlink()
        units = ["/lib/systemd/system/floorstation-kiosk.service", "/lib/systemd/system/floorstation-server.service"]
        verified = subprocess.run(
            ["chroot", str(root), "systemd-analyze", "verify", "--man=no", *units],
            capture_output=True,
            text=True,
            check=False,
        )
        assert verified.returncode == 0 and "floorstation" not in verified.stderr, verified.stderr
        configured = ["chroot", str(root), "/usr/lib/floorstation/station-configured"]
        refused = subprocess.run(configured, capture_output=True, text=True, check=False)
        assert refused.returncode == 1 and "set station_id and station_code" in refused.stderr
        name_the_station(root / "etc/floorstation/station.toml")
        assert subprocess.run(configured, check=False).returncode == 0
        # Root's commands on the station run as its user: the database it creates is the terminal's to open.
        asked = subprocess.run(
            ["chroot", str(root), "/usr/bin/floorstation", "events"], capture_output=True, text=True, check=False
        )
        assert asked.returncode == 0, asked.stderr
        db = root / "var/lib/floorstation/station.db"
        assert db.stat().st_uid == (root / "var/lib/floorstation").stat().st_uid != 0

        display = free_display()
        xvfb = subprocess.Popen(["Xvfb", f":{display}", "-listen", "tcp", "-ac", "-screen", "0", "1280x800x24"])
        env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "DISPLAY": f"127.0.0.1:{display}", "QT_QPA_PLATFORM": "xcb"}
        terminal = None
        try:
            # As the kiosk unit runs it: the user floorstation, the installed command, full screen.
            run = [
                "chroot",
                str(root),
                "runuser",
                "-u",
                "floorstation",
                "--",
                "env",
                *(f"{k}={v}" for k, v in env.items()),
            ]
            terminal = subprocess.Popen([*run, "/usr/bin/floorstation", "--fullscreen"], stderr=subprocess.DEVNULL)
            log = root / "var/lib/floorstation/logs/floorstation.log"
            deadline = time.monotonic() + 90
            while not (log.exists() and "terminal started (kiosk" in log.read_text()):
                assert terminal.poll() is None, log.read_text() if log.exists() else "no log"
                assert time.monotonic() < deadline, "the terminal did not come up"
                time.sleep(0.2)
            xenv = dict(os.environ, DISPLAY=f":{display}")
            windows = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "."],
                capture_output=True,
                text=True,
                env=xenv,
                check=False,
            ).stdout.split()
            sizes = [
                subprocess.run(
                    ["xdotool", "getwindowgeometry", "--shell", w],
                    capture_output=True,
                    text=True,
                    env=xenv,
                    check=False,
                ).stdout
                for w in windows
            ]
            assert any("WIDTH=1280" in s and "HEIGHT=800" in s for s in sizes), sizes
        finally:
            if terminal is not None and terminal.poll() is None:
                terminal.send_signal(signal.SIGTERM)
                try:
                    terminal.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    terminal.kill()
                    terminal.wait()
            xvfb.terminate()
            xvfb.wait()


# What differs from a workstation in a booted container: there are no virtual terminals (tty1) nor a GPU, so the
# kiosk's console is the container's (whose getty is masked, as the unit's Conflicts= stops getty@tty1 on a
# workstation) and cage draws into memory. Everything else is the shipped unit as installed.
CONTAINER_DROP_IN = """[Unit]
ConditionPathExists=
[Service]
TTYPath=/dev/console
Environment=WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman
"""


class Booted:
    """A Debian root booted with systemd as its init (systemd-nspawn), and commands run inside it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.nspawn = subprocess.Popen(
            ["systemd-nspawn", "-q", "-D", str(root), "-b", "--register=no", "--keep-unit", "--console=passive"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.init = self.wait_for(self.container_init, "systemd to start in the container")
        self.wait_for(
            lambda: self.run("systemctl", "is-system-running").stdout.strip() in {"running", "degraded"},
            "the container to finish booting",
        )

    def container_init(self) -> int | None:
        assert self.nspawn.poll() is None, "systemd-nspawn ended"
        children = Path(f"/proc/{self.nspawn.pid}/task/{self.nspawn.pid}/children").read_text().split()
        return int(children[0]) if children else None

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["nsenter", "-t", str(self.init), "-a", *command], capture_output=True, text=True, timeout=60, check=False
        )

    def unit(self, *properties: str) -> dict[str, str]:
        shown = self.run("systemctl", "show", *(f"--property={p}" for p in properties), "floorstation-kiosk")
        return dict(line.split("=", 1) for line in shown.stdout.splitlines() if "=" in line)

    def wait_for(self, condition: Callable[[], Any], what: str, timeout: float = 120) -> Any:
        deadline = time.monotonic() + timeout
        while not (value := condition()):
            assert time.monotonic() < deadline, f"waited in vain for {what}"
            time.sleep(0.2)
        return value

    def halt(self) -> None:
        if self.nspawn.poll() is None:
            self.nspawn.send_signal(signal.SIGTERM)  # systemd-nspawn halts the container's systemd in order
            try:
                self.nspawn.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.nspawn.kill()
                self.nspawn.wait()


def test_at_boot_systemd_starts_the_kiosk_in_cage_restarts_it_when_it_dies_and_stops_it_cleanly(
    tmp_path: Path, releases: tuple[Release, Release]
) -> None:
    release = releases[0]
    if shutil.which("debootstrap") is None or shutil.which("systemd-nspawn") is None:
        pytest.skip("needs debootstrap and systemd-nspawn (apt-get install debootstrap systemd-container)")
    layer = debian_root([*depends(release.program, release.terminal), "systemd", "systemd-sysv", "dbus"])
    with machine(layer, tmp_path / "overlay", proc=False) as root:
        for deb in (release.program, release.terminal):
            shutil.copy(deb, root / "tmp" / deb.name)
        with mounted_proc(root):
            done = subprocess.run(
                ["chroot", str(root), "dpkg", "-i", f"/tmp/{release.program.name}", f"/tmp/{release.terminal.name}"],
                capture_output=True,
                text=True,
                check=False,
            )
        assert done.returncode == 0, done.stdout + done.stderr
        name_the_station(root / "etc/floorstation/station.toml")
        drop_in = root / "etc/systemd/system/floorstation-kiosk.service.d/container.conf"
        drop_in.parent.mkdir(parents=True)
        drop_in.write_text(CONTAINER_DROP_IN)
        (root / "etc/systemd/system/console-getty.service").symlink_to("/dev/null")
        log = root / "var/lib/floorstation/logs/floorstation.log"

        def up(run: int) -> bool:
            """Whether the terminal's ``run``-th start has come up whole (its last piece, sync, started)."""
            runs = log.read_text().split("terminal started (kiosk") if log.exists() else []
            return len(runs) == run + 1 and "started sync" in runs[-1]

        booted = Booted(root)
        try:
            # Enabled by the package: at boot, with nobody signing in, the terminal comes up inside cage.
            booted.wait_for(lambda: up(1), "the terminal to start at boot")
            state = booted.unit("ActiveState", "MainPID", "User")
            assert state["ActiveState"] == "active" and state["User"] == "floorstation", state
            main = booted.run("ps", "-o", "user:20=,comm=", "-p", state["MainPID"]).stdout.split()
            assert main == ["floorstation", "kiosk"], main
            cage = booted.run("pgrep", "-P", state["MainPID"], "-x", "cage").stdout.split()
            assert len(cage) == 1, "cage is not running under the kiosk's main process"
            terminal = booted.run("pgrep", "-P", cage[0], "-f", "venv/bin/python -m floorstation --fullscreen")
            assert terminal.returncode == 0, "the terminal is not running in cage"
            # A session of its own (PAM floorstation-kiosk, logind): cage finds its runtime folder there.
            sessions = booted.run("loginctl", "list-sessions", "--no-legend").stdout
            assert "floorstation" in sessions, sessions
            # The terminal's log where the IT person looks for it (docs/deploy.md): journalctl -t floorstation-kiosk.
            journal = booted.wait_for(
                lambda: (
                    (j := booted.run("journalctl", "-t", "floorstation-kiosk", "-o", "cat").stdout)
                    and "terminal started (kiosk" in j
                    and j
                ),
                "the terminal's lines in the journal",
            )
            assert "floorstation.ui.application" in journal

            # The terminal dies (killed, a crash): systemd starts cage and the terminal again by itself.
            booted.run("pkill", "-KILL", "-u", "floorstation", "-f", "venv/bin/python -m floorstation")
            booted.wait_for(lambda: up(2), "the kiosk to come back after the terminal died")
            assert int(booted.unit("NRestarts")["NRestarts"]) >= 1
            assert booted.unit("ActiveState")["ActiveState"] == "active"

            # Stopped (a shutdown, an upgrade, maintenance): the terminal closes its database first, cage follows.
            stopped = booted.run("systemctl", "stop", "floorstation-kiosk")
            assert stopped.returncode == 0, stopped.stderr
            assert booted.unit("ActiveState")["ActiveState"] == "inactive"
            last_run = log.read_text().rsplit("terminal started (kiosk", 1)[1]
            assert "closed the station database" in last_run, last_run[-2000:]
        finally:
            booted.halt()
