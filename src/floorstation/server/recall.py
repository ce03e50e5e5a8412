"""A plant-wide recall on the server: the report of ``compliance.recall`` and the events its exports need.

Everything is read from the plant projections (``server/projections/``) in one connection: the genealogy both
ways (``server.trace``, recursive CTEs), the lots' quantities as the projections count them, their pallets (voided
ones left out: they no longer exist), the shipments' customers, and which tasks that consumed an affected lot are
still open (``plant_task.state``). The EPCIS document and the FSMA 204 sheet are built from the stored station
events *about* the affected lots (see :func:`scope_events`, which finds them through the projections' event ids),
with the master data rows they name as the ``MasterData``: a recall reads what its lots need, never the whole
event table or every master lot, so it costs the same in a plant's first week and its tenth year.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, bindparam, select, text

from floorstation.compliance import epcis, fsma204
from floorstation.compliance.balance import LotBalance
from floorstation.compliance.profile import TraceProfile, profile_from_dict
from floorstation.compliance.recall import RecallReport, recall_report
from floorstation.compliance.records import Catalog
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.events import Event
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.master import Customer, Lot, LotStatus, Machine, Material
from floorstation.domain.ports import Pallet
from floorstation.domain.quantities import from_milli
from floorstation.server import projections
from floorstation.server.ingest import row_to_event
from floorstation.server.models import (
    EventRow,
    MasterRecordRow,
    PlantLotEdgeRow,
    PlantLotRow,
    PlantPalletRow,
    PlantTaskRow,
    PlantTaskStopRow,
)
from floorstation.server.trace import CHUNK, rows_in, trace, walk

ENV_PROFILE = "FLOORSTATION_SERVER_PROFILE"
FORMATS = ("json", "csv", "epcis", "fsma204", "xlsx")
MEDIA_TYPES = {
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
    "epcis": "application/ld+json",
    "fsma204": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


@dataclass(frozen=True)
class Recall:
    """The report and what the exports need: the events about the affected lots and the plant's master data."""

    report: RecallReport
    genealogy: Genealogy
    events: list[Event]
    master: Catalog

    @property
    def lots(self) -> set[str]:
        return {a.code for a in self.report.affected}


def master_data(conn: Connection, keys: dict[str, set[str]] | None = None) -> Catalog:
    """The server's master data (the shared catalog rows) as the exports' in-memory ``Catalog``: every row, or
    with ``keys`` only the rows named there per entity (``materials``, ``machines``, ``customers``, ``lots``)."""
    materials: list[Material] = []
    machines: list[Machine] = []
    customers: list[Customer] = []
    lots: list[Lot] = []
    wanted = ("materials", "machines", "customers", "lots")
    query = select(MasterRecordRow.entity, MasterRecordRow.data_json)
    if keys is None:
        rows: list[Any] = list(conn.execute(query.where(MasterRecordRow.entity.in_(wanted))))
    else:
        rows = []
        for entity in wanted:
            of_entity = query.where(MasterRecordRow.entity == entity)
            rows += rows_in(conn, MasterRecordRow.key, keys.get(entity, set()), of_entity)
    for entity, data_json in rows:
        d: dict[str, Any] = json.loads(data_json)
        if entity == "materials":
            materials.append(
                Material(
                    d["code"],
                    d["name"],
                    d["unit"],
                    gtin=d.get("gtin"),
                    lot_tracked=d.get("lot_tracked", True),
                    shelf_life_days=d.get("shelf_life_days"),
                    date_kind=d.get("date_kind") or "expiry",
                )
            )
        elif entity == "machines":
            machines.append(Machine(d["id"], d["name"], d["code"]))
        elif entity == "customers":
            customers.append(Customer(d["id"], d["name"]))
        else:
            lots.append(
                Lot(
                    d["code"],
                    d["material"],
                    Decimal(d["quantity"]),
                    status=LotStatus(d.get("status", "released")),
                    expiry=_date(d.get("expiry")),
                    made_on=_date(d.get("made_on")),
                    supplier=d.get("supplier"),
                    supplier_lot=d.get("supplier_lot"),
                )
            )
    return Catalog.of(materials, machines, customers, lots)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def build_recall(conn: Connection, lot: str, *, max_depth: int = 50, limit: int = 100_000) -> Recall:
    """The recall of ``lot`` from the plant projections; :class:`NotFound` when the plant has never heard of it.

    ``max_depth`` and ``limit`` bound the trace (steps, and links per direction); a trace that hits either makes
    the report incomplete and says which bound it hit.
    """
    if conn.scalar(select(PlantLotRow.code).where(PlantLotRow.code == lot)) is None:
        raise NotFound(
            f"Lot {lot!r} is not known to the server (not in master data, made, received or consumed anywhere).",
            "Check the code, and that the stations that handled it have synced.",
        )
    genealogy = trace(conn, lot, max_depth=max_depth, max_links=limit)
    affected = {lot} | {x.output_lot for x in genealogy.forward if x.output_lot}
    plant_lots = list(rows_in(conn, PlantLotRow.code, genealogy.lots, select(PlantLotRow)))

    pallets: list[Pallet] = []
    query = select(PlantPalletRow).where(PlantPalletRow.voided_event.is_(None), PlantPalletRow.built_event.isnot(None))
    for p in rows_in(conn, PlantPalletRow.lot_code, affected, query):
        status = "shipped" if p.shipped_event else "built"
        quantity = from_milli(p.qty_milli or 0)
        pallets.append(
            Pallet(p.sscc, p.lot_code, p.material or "", quantity, p.unit or "", status, p.customer_id, p.shipment_id)
        )
    pallets.sort(key=lambda p: p.sscc)

    tasks = {x.task_id for x in genealogy.forward if x.input_lot in affected}
    events = scope_events(conn, genealogy, affected, [p.sscc for p in pallets])
    master = master_data(conn, _named(genealogy, plant_lots, pallets, events))
    balances: dict[str, LotBalance] = {}
    for r in plant_lots:
        material = master.material(r.material) if r.material else None
        balances[r.code] = LotBalance(
            r.code,
            r.material or "",
            r.unit or (material.unit if material else ""),
            from_milli(r.initial_milli),
            from_milli(r.produced_milli),
            from_milli(r.consumed_milli),
            None,  # the server keeps no stock count of its own: on hand is what the movements imply
            r.status,
        )
    running = _open_tasks(conn, tasks)
    inputs_of, statuses = _pallet_inputs(conn, {p.lot_code for p in pallets}, max_depth=max_depth, limit=limit)
    report = recall_report(
        genealogy,
        balances,
        pallets,
        customers=master.customers.values(),
        running_tasks=running,
        inputs_of=inputs_of,
        statuses=statuses,
    )
    if ambiguous := _ambiguous(conn, set(genealogy.lots) | affected):
        notes = tuple(why for _, why in ambiguous)
        report = dataclasses.replace(
            report, notes=report.notes + notes, ambiguous=tuple(sorted({code for code, _ in ambiguous}))
        )
    return Recall(report, genealogy, events, master)


def _ambiguous(conn: Connection, lots: set[str]) -> list[tuple[str, str]]:
    """The lot codes of the report that two stations made (an unresolved ``LOT_CODE_COLLISION``), with why the
    report cannot be sure of them: records of other stations that name the code may belong to either lot."""
    found = []
    for station, _epoch, _seq, code in projections.collisions_of(conn, unresolved=True):
        second = projections.plant_code(code, station)
        if code not in lots and second not in lots:
            continue
        first = conn.scalar(select(PlantLotRow.station_id).where(PlantLotRow.code == code)) or "master data"
        found.append(
            (
                code,
                f"AMBIGUOUS: lot code {code} was made at {first} and again at {station} (kept apart here as {code} and "
                f"{second}); records of other stations that name {code} may belong to either lot: check them by "
                f"hand, then floorstation-server resolve-collision {code}",
            )
        )
    return found


# Every lot upstream of the given lots (any depth within the bound) that is on hold or recalled. Walked once
# for all the pallets' lots together: in the usual case it finds nothing and the report needs nothing more.
_HELD_UPSTREAM = """
WITH RECURSIVE up(lot, depth) AS (
    SELECT code, 0 FROM plant_lot WHERE code IN :lots
    UNION
    SELECT e.input_lot, up.depth + 1
    FROM plant_lot_edge AS e JOIN up ON e.output_lot = up.lot
    WHERE up.depth < :max_depth
)
SELECT DISTINCT p.code, p.status FROM up JOIN plant_lot AS p ON p.code = up.lot
WHERE p.status IN ('hold', 'recalled')
"""


def _pallet_inputs(
    conn: Connection, lots: set[str], *, max_depth: int, limit: int
) -> tuple[dict[str, set[str]], dict[str, str]]:
    """Per lot on a pallet, the held or recalled lots that went into it (any depth, within the bounds), and
    their statuses: so a pallet holding a held input anywhere upstream is flagged, not only one on the recalled
    lot's own path. One walk up from all the pallets' lots finds the held ones; a walk down from each of those
    (few: a hold is an exception) finds which of the pallets' lots it reached."""
    query = text(_HELD_UPSTREAM).bindparams(bindparam("lots", expanding=True))
    ordered = sorted(lots)
    statuses: dict[str, str] = {}
    for i in range(0, len(ordered), CHUNK):
        params = {"lots": ordered[i : i + CHUNK], "max_depth": max_depth}
        statuses.update({row.code: row.status for row in conn.execute(query, params)})
    inputs_of: dict[str, set[str]] = {}
    for held in sorted(statuses):
        reached = {held} | {
            e.output_lot for e in walk(conn, held, backward=False, max_depth=max_depth, limit=limit) if e.output_lot
        }
        for lot in reached & lots:
            inputs_of.setdefault(lot, set()).add(held)
    return inputs_of, statuses


def _named(
    genealogy: Genealogy, plant_lots: Sequence[Any], pallets: Sequence[Pallet], events: Sequence[Event]
) -> dict[str, set[str]]:
    """The master data keys the report and its exports look up: the traced lots, and the materials, machines
    and customers those lots, their pallets and the events in scope name."""
    links = genealogy.backward + genealogy.forward
    named: dict[str, set[str]] = {
        "lots": set(genealogy.lots),
        "materials": {r.material for r in plant_lots if r.material} | {p.material for p in pallets if p.material},
        "machines": {x.machine_id for x in links if x.machine_id},
        "customers": {p.customer_id for p in pallets if p.customer_id},
    }
    for event in events:
        for field, entity in _NAMING_FIELDS:
            value = event.payload.get(field)
            if isinstance(value, str) and value:
                named[entity].add(value)
    named["materials"] |= {info.material for info in genealogy.lots.values() if info.material}
    return named


_NAMING_FIELDS = (
    ("material", "materials"),
    ("machine_id", "machines"),
    ("customer_id", "customers"),
    ("lot_code", "lots"),
    ("input_lot", "lots"),
    ("output_lot", "lots"),
)


def _open_tasks(conn: Connection, tasks: set[str]) -> set[str]:
    """Tasks still open (running or paused): their latest start, pause, resume or stop was not a stop."""
    query = select(PlantTaskRow.task_id).where(PlantTaskRow.state.in_(("running", "paused")))
    return {r.task_id for r in rows_in(conn, PlantTaskRow.task_id, tasks, query)}


def scope_events(conn: Connection, genealogy: Genealogy, affected: set[str], ssccs: Sequence[str]) -> list[Event]:
    """The stored events about the affected lots, oldest first.

    In scope are the affected lots and the lots upstream of the recalled one (the backward trace). Taken: the
    events that created those lots (``lot.produced`` / ``lot.received``) and those of the other inputs of affected
    lots (so a transformation's inputs are described); every consumption out of an affected lot and into a lot in
    scope; the ``task.stopped`` reporting good quantity into a lot in scope; the pallets' builds and shipments.
    Other lots' consumptions and pallets are left out, so an unrelated customer never appears.
    """
    in_scope = affected | {x.input_lot for x in genealogy.backward} | {genealogy.lot}
    inputs_of_affected = {x.input_lot for x in genealogy.forward} | {x.input_lot for x in genealogy.backward}
    ids: set[str] = set()
    lot_query = select(PlantLotRow.created_event).where(PlantLotRow.created_event.isnot(None))
    ids |= {r[0] for r in rows_in(conn, PlantLotRow.code, in_scope | inputs_of_affected, lot_query)}
    for column in ("output_lot", "input_lot"):
        keys = in_scope if column == "output_lot" else affected
        edge_query = select(PlantLotEdgeRow.event_id)
        ids |= {r[0] for r in rows_in(conn, getattr(PlantLotEdgeRow, column), keys, edge_query)}
    pallet_query = select(PlantPalletRow.built_event, PlantPalletRow.shipped_event)
    for built, shipped in rows_in(conn, PlantPalletRow.sscc, ssccs, pallet_query):
        ids |= {e for e in (built, shipped) if e}
    edge_tasks = select(PlantLotEdgeRow.task_id)
    tasks = {r[0] for r in rows_in(conn, PlantLotEdgeRow.event_id, ids, edge_tasks)}
    stop_query = select(PlantTaskStopRow.event_id, PlantTaskStopRow.task_id)
    ids |= {r.event_id for r in rows_in(conn, PlantTaskStopRow.output_lot, in_scope, stop_query) if r.task_id in tasks}
    events = [row_to_event(r) for r in rows_in(conn, EventRow.event_id, ids, select(EventRow))]
    events.sort(key=_log_order)
    return events


def _log_order(event: Event) -> tuple[datetime, str, int, int]:
    """By the time on the station's wall clock (as an instant), then each station's own log order."""
    moment = datetime.fromisoformat(event.occurred_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment, event.station_id, event.epoch, event.seq


# --- the trace profile: who the exporting business is (the server has no other configuration) -------------


def load_profile(path: Path | str | None) -> TraceProfile | None:
    """A :class:`TraceProfile` from a JSON file (``path``, else $FLOORSTATION_SERVER_PROFILE); None if neither.

    ``{"company_prefix": "5901234", "site": {"name": ..., "address": ..., "phone": ..., "gln": ...},
    "known_prefixes": [...], "customers": {"C100": {...party...}}, "suppliers": {"name": {...}},
    "private_base": "https://id.example.com/", "units": {"pcs": null}}``
    """
    chosen = path or os.environ.get(ENV_PROFILE)
    if not chosen:
        return None
    file = Path(chosen)
    try:
        return profile_from_dict(json.loads(file.read_text(encoding="utf-8")))
    except InvalidInput as exc:
        raise InvalidInput(f"The trace profile {file} cannot be read: {exc.message}", exc.hint) from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            f"The trace profile {file} cannot be read: {exc}.",
            'It is JSON: {"company_prefix": "5901234", "site": {"name": "...", "address": "...", "phone": "..."}}.',
        ) from exc


def render(recall: Recall, fmt: str, profile: TraceProfile | None, *, created_at: datetime | None = None) -> bytes:
    """The report (``json``, ``csv``) or an export of its events (``epcis``, ``fsma204`` CSV, ``xlsx``)."""
    created_at = created_at or datetime.now(UTC)
    if fmt == "json":
        return (json.dumps(recall.report.as_dict(), indent=2, ensure_ascii=False) + "\n").encode()
    if fmt == "csv":
        return recall.report.csv_text().encode()
    if profile is None:
        raise InvalidInput(
            f"The {fmt} export needs the plant's trace profile (GS1 company prefix, site name and address).",
            f"Give --profile FILE or set ${ENV_PROFILE} (see docs/compliance.md).",
        )
    if fmt == "epcis":
        return epcis.dumps(epcis.epcis_document(recall.events, recall.master, profile, created_at=created_at)).encode()
    rows = fsma204.fsma_rows(recall.events, recall.master, profile)
    if fmt == "fsma204":
        return fsma204.csv_text(rows).encode("utf-8-sig")
    if fmt == "xlsx":
        out = BytesIO()
        scope = f"recall of lot {recall.report.lot}: {len(recall.lots)} affected lot(s)"
        fsma204.write_xlsx(rows, out, profile=profile, generated_at=created_at, scope=scope)
        return out.getvalue()
    raise InvalidInput(f"Unknown format {fmt!r}.", "Use one of " + ", ".join(FORMATS) + ".")
