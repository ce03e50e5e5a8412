"""The CSV drop folder (``floorstation-server watch DIR``): master data for plants whose ERP writes files.

A file named after a master-data list (``work_orders.csv``, ``operations-0712.csv``, ``materials_new.csv`` ...;
the columns of ``floorstation-server import``, ``domain/catalog.py``) is taken in once it has stopped changing.
Every row is checked on its own, as the import checks it; the good rows are imported together in one transaction,
each bad row is reported with its line and reason. Beside the file, moved to ``DIR/done`` (every row taken) or
``DIR/rejected`` (a row or the whole file refused), a report ``NAME.report.json`` says what happened.

Exactly once, across a stop at any moment: a file is first renamed into ``DIR/.taking`` under a claim of its own;
the claim is written in the same transaction as the rows (``drop_file``). A file found in ``.taking`` at the next
pass whose claim is recorded was imported, and is only moved; one whose claim is not was not, and is taken in.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, select

from floorstation.domain.catalog import LISTS, csv_rows, decode_text
from floorstation.domain.errors import InvalidInput
from floorstation.server import masterdata
from floorstation.server.models import DropFileRow

log = logging.getLogger(__name__)

DONE = "done"
REJECTED = "rejected"
TAKING = ".taking"
REPORT_SUFFIX = ".report.json"
_SEPARATOR = "__"
_UNFINISHED = (".tmp", ".part", ".partial", ".crdownload", ".swp")


@dataclass
class Report:
    """What became of one file (written beside it as ``NAME.report.json``)."""

    file: str
    taken_at: str
    outcome: str = DONE
    """``done`` (every row taken) or ``rejected`` (a row, or the whole file, refused)."""
    kind: str | None = None
    """The master-data list the file holds (``work_orders`` ...)."""
    accepted: list[int] = field(default_factory=list)
    """Lines of the rows imported (line 1 is the header)."""
    rejected: list[dict[str, Any]] = field(default_factory=list)
    """``{"line": N, "reason": "..."}`` per row refused; line 0 when the whole file was."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "taken_at": self.taken_at,
            "outcome": self.outcome,
            "list": self.kind,
            "accepted_rows": len(self.accepted),
            "rejected_rows": len(self.rejected),
            "accepted_lines": self.accepted,
            "rejected": self.rejected,
        }


def list_of(name: str) -> str | None:
    """The master-data list a file holds, by its name: the list's name, alone or followed by ``-``, ``_``, ``.``
    or a space and anything (``work_orders-2026-12-07.csv``); None when it names none."""
    stem = name.rpartition(".")[0] if "." in name else name
    for kind in sorted(LISTS, key=len, reverse=True):
        if stem == kind or (stem.startswith(kind) and stem[len(kind)] in "-_. "):
            return kind
    return None


def _waiting(name: str) -> bool:
    """A file the folder leaves alone: hidden, a report, or one still being written under a temporary name."""
    lower = name.lower()
    return name.startswith((".", "~")) or lower.endswith(REPORT_SUFFIX) or lower.endswith(_UNFINISHED)


class DropFolder:
    """One drop folder; :meth:`take_in` is one pass over it (the watch loop calls it, and so do the tests).

    ``settle``: a file is taken when it has not changed for that long, or since the previous pass saw it, so a
    file still being copied in is left for a later pass."""

    def __init__(self, engine: Engine, folder: Path, *, settle: timedelta = timedelta(seconds=2)) -> None:
        self.engine = engine
        self.folder = folder
        self.settle = settle
        self._seen: dict[str, tuple[int, int]] = {}

    def prepare(self) -> None:
        if not self.folder.is_dir():
            raise InvalidInput(f"{self.folder} is not a folder.", "Give the folder the ERP writes its CSV files to.")
        for sub in (DONE, REJECTED, TAKING):
            (self.folder / sub).mkdir(exist_ok=True)

    def take_in(self, now: datetime | None = None) -> list[Report]:
        """One pass: finish what a stop interrupted, then take in every file that has settled."""
        self.prepare()
        moment = now or datetime.now(UTC)
        reports = [self._finish(path) for path in sorted((self.folder / TAKING).iterdir()) if path.is_file()]
        for path in sorted(self.folder.iterdir(), key=lambda p: p.name):
            if not path.is_file() or _waiting(path.name) or not self._settled(path, moment):
                continue
            claimed = self.folder / TAKING / f"{uuid.uuid4().hex}{_SEPARATOR}{path.name}"
            try:
                os.rename(path, claimed)
            except FileNotFoundError:
                continue  # taken away meanwhile
            self._seen.pop(path.name, None)
            reports.append(self._finish(claimed))
        return reports

    def _settled(self, path: Path, moment: datetime) -> bool:
        stat = path.stat()
        signature = (stat.st_size, stat.st_mtime_ns)
        before = self._seen.get(path.name)
        self._seen[path.name] = signature
        if before == signature:
            return True
        return datetime.fromtimestamp(stat.st_mtime, UTC) <= moment - self.settle

    def _finish(self, claimed: Path) -> Report:
        claim, _, name = claimed.name.partition(_SEPARATOR)
        with self.engine.connect() as conn:
            stored = conn.scalar(select(DropFileRow.report_json).where(DropFileRow.claim == claim))
        # Recorded: imported before a stop, only the move was left to do.
        report = Report(**json.loads(stored)) if stored is not None else self._import(claim, name, claimed)
        self._file_away(claimed, name, report)
        return report

    def _import(self, claim: str, name: str, path: Path) -> Report:
        report = Report(name, datetime.now(UTC).isoformat(timespec="seconds"))
        rows: list[tuple[int, dict[str, Any]]] = []
        try:
            kind = list_of(name)
            if kind is None or not name.lower().endswith(".csv"):
                raise InvalidInput(
                    f"{name} is not a CSV file named after a master-data list.",
                    f"Name it after one of: {', '.join(LISTS)} (e.g. work_orders.csv or work_orders-0712.csv).",
                )
            report.kind = kind
            rows = self._prepared(kind, csv_rows(decode_text(path.read_bytes(), name), kind, name), report)
        except InvalidInput as exc:
            report.rejected.append({"line": 0, "reason": _sentence(exc)})
        except OSError as exc:
            report.rejected.append({"line": 0, "reason": f"The file cannot be read: {exc.strerror}."})
        with self.engine.begin() as conn:
            taken: list[tuple[str, dict[str, Any]]] = []
            for line, row in rows:
                assert report.kind is not None
                try:
                    masterdata.check_references(conn, report.kind, row)
                except InvalidInput as exc:
                    report.rejected.append({"line": line, "reason": _sentence(exc)})
                    continue
                taken.append((report.kind, row))
                report.accepted.append(line)
            if taken:
                masterdata.import_rows(conn, taken)
            report.rejected.sort(key=lambda r: int(r["line"]))
            report.outcome = REJECTED if report.rejected else DONE
            conn.execute(
                insert(DropFileRow).values(
                    claim=claim, name=name, taken_at=report.taken_at, report_json=json.dumps(asdict(report))
                )
            )
        log.info("drop folder: %s: %d rows imported, %d refused", name, len(report.accepted), len(report.rejected))
        return report

    @staticmethod
    def _prepared(kind: str, parsed: list[tuple[int, Any]], report: Report) -> list[tuple[int, dict[str, Any]]]:
        """The good rows as the server stores them (PINs hashed here, outside any transaction); a key given on
        an earlier line of the file refuses the later row."""
        rows: list[tuple[int, dict[str, Any]]] = []
        first: dict[tuple[str, ...], int] = {}
        for line, item in parsed:
            if isinstance(item, InvalidInput):
                report.rejected.append({"line": line, "reason": _sentence(item)})
                continue
            key = tuple(str(getattr(item, k)) for k in masterdata.KEYS[kind])
            if key in first:
                shown = " / ".join(key)
                report.rejected.append({"line": line, "reason": f"{shown} is given on line {first[key]} already."})
                continue
            first[key] = line
            try:
                rows.append((line, masterdata.row_of(kind, item)))
            except InvalidInput as exc:
                report.rejected.append({"line": line, "reason": _sentence(exc)})
        return rows

    def _file_away(self, claimed: Path, name: str, report: Report) -> None:
        target_dir = self.folder / report.outcome
        target = target_dir / name
        n = 1
        while target.exists():
            n += 1
            stem, dot, suffix = name.rpartition(".")
            target = target_dir / (f"{stem}-{n}{dot}{suffix}" if dot else f"{name}-{n}")
        report_path = target.with_name(target.name + REPORT_SUFFIX)
        partial = report_path.with_name("." + report_path.name + ".tmp")
        partial.write_text(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(partial, report_path)
        os.rename(claimed, target)


def _sentence(exc: InvalidInput) -> str:
    return exc.message + (f" {exc.hint}" if exc.hint and "import it again" not in exc.hint else "")


def watch(folder: DropFolder, stop: threading.Event, every: float = 2.0) -> None:
    """Pass over the folder every ``every`` seconds until ``stop`` is set (a failed pass is logged and retried)."""
    while not stop.is_set():
        try:
            for report in folder.take_in():
                log.info("drop folder: %s → %s", report.file, report.outcome)
        except InvalidInput:
            raise
        except Exception:
            log.exception("drop folder: a pass over %s failed; trying again", folder.folder)
        stop.wait(every)
