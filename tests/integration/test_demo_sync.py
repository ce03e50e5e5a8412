"""``floorstation demo`` runs an embedded server and the demo station syncs to it for real."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from floorstation import bootstrap, cli
from floorstation.domain.events import verify_chain
from floorstation.server import admin
from floorstation.server.db import open_database
from floorstation.server.plant import machines_down
from floorstation.store import eventlog

OPEN_MARKS = (
    "SELECT machine_id, mark_id FROM machine_mark WHERE mark_id NOT IN (SELECT mark_id FROM machine_mark_clear)"
)


def server_processes(folder: Path) -> list[str]:
    """Processes still serving the demo server's ``folder`` (their command lines)."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if b"floorstation.demo.embedded_server" in args and str(folder).encode() in args:
            found.append(b" ".join(args).decode(errors="replace"))
    return found


def test_the_headless_demo_syncs_its_shift_to_the_embedded_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    demo = tmp_path / "demo"
    assert cli.main(["--data-dir", str(demo), "demo", "--headless", "--actions", "40"]) == 0
    first = capsys.readouterr().out.rstrip().splitlines()[-1]
    assert cli.main(["--data-dir", str(demo), "demo", "--headless", "--actions", "10", "--seed", "3"]) == 0
    second = capsys.readouterr().out.rstrip().splitlines()[-1]

    station = bootstrap.build(demo)
    engine = open_database(f"sqlite:///{demo / 'server' / 'server.db'}")
    try:
        with station.engine.connect() as conn:
            local = list(eventlog.iter_events(conn))
            local_down = {(r.machine_id, r.mark_id) for r in conn.execute(text(OPEN_MARKS))}
        held = list(admin.iter_events(engine, "ST-01"))
        with engine.connect() as conn:
            down = {(machine, mark) for machine, marks in machines_down(conn).items() for mark in marks}
        (info,) = admin.stations(engine)
    finally:
        engine.dispose()
        station.close()
    assert held == local and verify_chain(held) is None, "every event of the demo shift, once, in order"
    assert down == local_down, "the server derived the same machine marks as the station"
    assert (info.station_id, info.enrolled, info.pending_count) == ("ST-01", True, 0), "enrolled once, reused"
    assert "events uploaded, 0 pending" in first
    assert not server_processes(demo / "server"), "the embedded server's process ends with the demo"
    assert second.endswith(f"0 pending; the server holds {len(held)} events of ST-01")
