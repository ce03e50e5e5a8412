"""``floorstation verify-log`` catches every way of tampering with the event table a person could try.

A tamperer with the file can drop the immutability triggers first, so each test does; the hash chain and the
recorded log head must catch the change anyway, and name the first bad record.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from floorstation import cli
from floorstation.domain.events import STORED_COLUMNS, canonical_json, event_hash

COLUMNS = STORED_COLUMNS


@pytest.fixture(scope="module")
def simulated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("tamper-template") / "station"
    assert cli.main(["--data-dir", str(root), "init", "--demo"]) == 0
    assert cli.main(["--data-dir", str(root), "simulate", "--actions", "150", "--quiet"]) == 0
    return root


@pytest.fixture
def data_dir(tmp_path: Path, simulated_template: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    root = tmp_path / "station"
    shutil.copytree(simulated_template, root)
    capsys.readouterr()
    return root


@contextmanager
def tampering(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """The tamperer's session: triggers dropped, changes committed on success."""
    conn = sqlite3.connect(data_dir / "station.db")
    try:
        conn.execute("DROP TRIGGER event_no_update")
        conn.execute("DROP TRIGGER event_no_delete")
        yield conn
        conn.commit()
    finally:
        conn.close()


def event_count(data_dir: Path) -> int:
    conn = sqlite3.connect(data_dir / "station.db")
    try:
        return int(conn.execute("SELECT count(*) FROM event").fetchone()[0])
    finally:
        conn.close()


def row(conn: sqlite3.Connection, seq: int) -> dict[str, object]:
    values = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM event WHERE seq = ?", (seq,)).fetchone()
    return dict(zip(COLUMNS, values, strict=True))


def insert(conn: sqlite3.Connection, values: dict[str, object]) -> None:
    conn.execute(
        f"INSERT INTO event ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
        [values[c] for c in COLUMNS],
    )


def verify(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), "verify-log"])
    out, err = capsys.readouterr()
    return code, out, err


def broken_at(err: str) -> int:
    found = re.search(r"BROKEN at seq (\d+)", err)
    assert found, f"verify-log did not name the bad record: {err!r}"
    return int(found.group(1))


def test_an_intact_log_verifies(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    total = event_count(data_dir)
    assert total > 20, "the simulated shift recorded events"
    code, out, err = verify(data_dir, capsys)
    assert code == 0, err
    assert "OK" in out
    assert f"{total} events" in out


def test_one_changed_payload_byte_is_caught_and_named(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    middle = event_count(data_dir) // 2
    with tampering(data_dir) as conn:
        payload = str(row(conn, middle)["payload_json"])
        at = payload.index(':"') + 2  # the first character of the first string value: still valid JSON
        changed = payload[:at] + ("X" if payload[at] != "X" else "Y") + payload[at + 1 :]
        conn.execute("UPDATE event SET payload_json = ? WHERE seq = ?", (changed, middle))

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == middle
    assert "altered" in err


def test_a_payload_byte_that_breaks_the_json_is_caught_and_named(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A flipped byte need not leave valid JSON; verify-log must still report, not crash with a traceback."""
    middle = event_count(data_dir) // 2
    with tampering(data_dir) as conn:
        payload = str(row(conn, middle)["payload_json"])
        conn.execute("UPDATE event SET payload_json = ? WHERE seq = ?", (payload[:-1] + "!", middle))

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == middle


def test_a_deleted_middle_record_is_caught(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    middle = event_count(data_dir) // 2
    with tampering(data_dir) as conn:
        conn.execute("DELETE FROM event WHERE seq = ?", (middle,))

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == middle + 1
    assert "missing" in err


def test_two_records_with_swapped_contents_are_caught(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = event_count(data_dir) // 3
    second = first + 5
    with tampering(data_dir) as conn:
        a, b = row(conn, first), row(conn, second)
        conn.execute("DELETE FROM event WHERE seq IN (?, ?)", (first, second))
        insert(conn, dict(b, seq=first))
        insert(conn, dict(a, seq=second))

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == first


def test_a_forged_record_with_a_correct_hash_is_caught(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The forger knows the hash recipe and chains the record onto the last one; only the log head knows."""
    last = event_count(data_dir)
    with tampering(data_dir) as conn:
        template = row(conn, last)
        fields = {
            "event_id": "01900000-0000-7000-8000-000000000001",
            "station_id": template["station_id"],
            "epoch": template["epoch"],
            "seq": last + 1,
            "type": "operator.signed_in",
            "schema_version": 1,
            "occurred_at": template["occurred_at"],
            "operator_id": "marta",
            "payload": {"method": "badge"},
            "prev_hash": template["hash"],
        }
        forged = dict(fields, hash=event_hash(**fields), payload_json=canonical_json(fields["payload"]))
        insert(conn, forged)

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == last + 1


def test_a_forged_record_in_the_middle_is_caught(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The forger makes room by moving every later record one seq up, keeping their contents."""
    total = event_count(data_dir)
    middle = total // 2
    with tampering(data_dir) as conn:
        later = [row(conn, seq) for seq in range(total, middle - 1, -1)]
        conn.execute("DELETE FROM event WHERE seq >= ?", (middle,))
        for values in reversed(later):
            insert(conn, dict(values, seq=int(str(values["seq"])) + 1))
        forged = dict(later[-1], event_id="01900000-0000-7000-8000-000000000002", seq=middle)
        insert(conn, forged)

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == middle


def test_a_truncated_tail_is_caught_by_the_log_head(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    last = event_count(data_dir)
    with tampering(data_dir) as conn:
        conn.execute("DELETE FROM event WHERE seq = ?", (last,))

    code, _, err = verify(data_dir, capsys)
    assert code == cli.EXIT_TAMPERED
    assert broken_at(err) == last - 1
    assert "removed from the end" in err


@pytest.mark.parametrize(
    "statement",
    ["UPDATE event SET payload_json = '{}' WHERE seq = 3", "DELETE FROM event WHERE seq = 3"],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_change_an_event(data_dir: Path, statement: str) -> None:
    conn = sqlite3.connect(data_dir / "station.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="immutable"):
            conn.execute(statement)
        conn.rollback()
        assert conn.execute("SELECT count(*) FROM event WHERE seq = 3").fetchone()[0] == 1
    finally:
        conn.close()
