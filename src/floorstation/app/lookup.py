"""What a scanned or typed code is (badge, lot, pallet, machine, task, supplier's label); a lot or pallet's trace.

The terminal routes a scan by what it is, on any screen. The pure reading of the scan
(:mod:`floorstation.domain.scan_meaning`: our ``B:``/``M:``/``T:`` codes, GS1 labels, SSCCs, lot-code shapes)
says what it looks like; the station's data says whether it is known here. A bare code the reading cannot
place (a supplier's lot code, a badge without its prefix) is looked up as each kind in turn. A supplier's GS1
label whose GTIN is a material's and whose lot is not one of the station's lots is a ``label`` (goods-in).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from floorstation.app.context import StationContext
from floorstation.app.goods_in import already_received
from floorstation.domain.errors import FloorstationError, NotFound, Said
from floorstation.domain.genealogy import Genealogy
from floorstation.domain.own_codes import ScanSettings
from floorstation.domain.ports import Pallet, StationData
from floorstation.domain.scan_meaning import ScanKind, ScanMeaning, explain

Kind = Literal["badge", "lot", "pallet", "machine", "task", "label", "unknown"]


@dataclass(frozen=True, slots=True)
class Identified:
    kind: Kind
    key: str
    """Operator id, lot code, SSCC, machine id, task id or a label's material code; the cleaned code when unknown."""
    raw: str
    label: str = ""
    """A name people recognise (the operator's or machine's name, the lot's material)."""
    badge: str = ""
    """For a badge: the badge code as master data keeps it (without a ``B:`` prefix)."""
    problem: str = ""
    """For an unknown code: what is wrong with it, in words for the person who scanned it."""
    gs1: ScanMeaning | None = None
    """For a label: the label read (supplier lot ``lot``, ``expiry``, ``quantity`` when it has a count)."""
    received_as: str = ""
    """For a label whose supplier lot this station already received: the lot it was received as."""


def sscc_of(code: str) -> str | None:
    """The 18-digit SSCC in a typed code: bare, with the AI ``00`` in front, or written as ``(00)``."""
    text = code.strip().replace(" ", "")
    if text.startswith("(00)"):
        text = text[4:]
    elif len(text) == 20 and text.startswith("00"):
        text = text[2:]
    return text if len(text) == 18 and text.isdigit() else None


def _badge(data: StationData, badge: str) -> Identified | None:
    operator = data.operator_by_badge(badge)
    return Identified("badge", operator.id, badge, operator.name, badge=badge) if operator else None


def _lot(data: StationData, code: str) -> Identified | None:
    lot = data.lot(code)
    return Identified("lot", lot.code, code, lot.material) if lot else None


def _pallet(data: StationData, sscc: str) -> Identified | None:
    return Identified("pallet", sscc, sscc) if data.pallet(sscc) is not None else None


def _machine(data: StationData, code: str) -> Identified | None:
    for machine in data.machines():
        if code in (machine.id, machine.code):
            return Identified("machine", machine.id, code, machine.name)
    return None


def _task(data: StationData, task_id: str) -> Identified | None:
    task = data.task(task_id)
    return Identified("task", task.id, task_id, task.name) if task else None


def _label(data: StationData, meaning: ScanMeaning) -> Identified | None:
    """A supplier's label: a material's GTIN, and a lot that is not already one of this station's lots."""
    if not meaning.ok or meaning.gtin is None or meaning.sscc or meaning.internal_lot:
        return None
    material = data.material_by_gtin(meaning.gtin)
    if material is None or (meaning.lot is not None and data.lot(meaning.lot) is not None):
        return None
    known = already_received(data, material.code, meaning.lot) if meaning.lot else None
    return Identified(
        "label", material.code, meaning.data, material.name, gs1=meaning, received_as=known.code if known else ""
    )


def _by_meaning(data: StationData, meaning: ScanMeaning) -> Identified | None:
    if meaning.kind is ScanKind.GS1 and (label := _label(data, meaning)) is not None:
        return label
    if meaning.kind is ScanKind.BADGE and meaning.badge:
        return _badge(data, meaning.badge)
    if meaning.kind is ScanKind.MACHINE and meaning.machine:
        return _machine(data, meaning.machine)
    if meaning.kind is ScanKind.TASK and meaning.task:
        return _task(data, meaning.task)
    if meaning.sscc:
        return _pallet(data, meaning.sscc)
    if meaning.lot:
        return _lot(data, meaning.lot)
    return None


def _by_lookup(data: StationData, code: str) -> Identified | None:
    sscc = sscc_of(code)
    return (
        _badge(data, code)
        or _lot(data, code)
        or (_pallet(data, sscc) if sscc else None)
        or _machine(data, code)
        or _task(data, code)
    )


def identify(ctx: StationContext, raw: str, aim: str | None = None) -> Identified:
    with ctx.uow() as uow:
        return identify_in(ctx, uow, raw, aim)


def identify_in(ctx: StationContext, data: StationData, raw: str, aim: str | None = None) -> Identified:
    """:func:`identify` against ``data``: a unit of work the caller has open (a scan taken in one transaction)."""
    meaning = explain(raw, aim=aim, settings=ScanSettings.from_rules(ctx.rules))
    code = meaning.data.strip() or raw.strip()
    if not code:
        return Identified("unknown", "", raw, problem=meaning.errors[0] if meaning.errors else "")
    found = _by_meaning(data, meaning) or _by_lookup(data, code)
    if found is not None:
        return found
    if meaning.ok and meaning.kind is not ScanKind.UNKNOWN:
        kind = meaning.kind.value
        problem: str = Said(
            f"{code!r} reads as a {kind}, but no such {kind} is known here.",
            "scan.unknown_kind",
            {"code": code, "kind": kind},
        )
    else:
        unknown = Said(f"{code!r} is not known at this station.", "scan.unknown", {"code": code})
        problem = meaning.errors[0] if meaning.errors else unknown
    return Identified("unknown", code, raw, problem=problem)


@dataclass(frozen=True, slots=True)
class TraceView:
    """A genealogy plus the names the picture needs; ``pallet`` is set when a pallet's SSCC was asked for."""

    genealogy: Genealogy
    pallet: Pallet | None = None
    machine_names: dict[str, str] = field(default_factory=dict)
    operator_names: dict[str, str] = field(default_factory=dict)
    customer_names: dict[str, str] = field(default_factory=dict)


LIVE_AFTER = timedelta(minutes=2)
"""A plant copy older than this is behind: the server is asked live when the station can reach it."""


def behind(plant_as_of: str | None, now: datetime) -> bool:
    """Whether the station's copy of the plant's genealogy (last downloaded at ``plant_as_of``) is behind."""
    if plant_as_of is None:
        return True
    return now - datetime.fromisoformat(plant_as_of) > LIVE_AFTER


def ask_server_when_behind(ctx: StationContext, genealogy: Genealogy) -> bool:
    """When the station's plant copy is behind, add the server's live trace of the same lot (marked ``server``);
    when the server cannot be asked, note why. Returns whether the server knew the lot."""
    if ctx.plant_trace is None or not behind(genealogy.plant_as_of, ctx.now()):
        return False
    try:
        answer = ctx.plant_trace(genealogy.lot)
    except FloorstationError as exc:
        if exc.code != "sync.not_enrolled":  # a station without a server has no plant part to be fresh about
            genealogy.server_unreachable = exc.message
        return False
    genealogy.server_asked_at = ctx.now().isoformat(timespec="seconds")
    if answer is None:
        return False
    genealogy.merge(answer, "server")
    return True


@dataclass(frozen=True, slots=True)
class TraceRead:
    """What the station's own database says of a traced code (:func:`read_trace`), before the server is asked."""

    text: str
    view: TraceView
    known: bool


def read_trace(ctx: StationContext, code: str) -> TraceRead:
    """The database half of a trace: the lot (or the pallet's lot), its genealogy over what this station recorded
    and its copy of the plant's, and the names the picture needs. Runs on the database thread; asks no server."""
    text = code.strip()
    with ctx.uow() as uow:
        pallet = uow.pallet(sscc) if (sscc := sscc_of(text)) is not None else None
        lot = pallet.lot_code if pallet is not None else text
        genealogy = uow.genealogy(lot)
        known = uow.lot(lot) is not None or bool(genealogy.backward or genealogy.forward)
        machines = {m.id: m.name for m in uow.machines()}
        people = {o.id: o.name for o in uow.operators()}
        customers = {c.id: c.name for c in uow.customers()}
    return TraceRead(text, TraceView(genealogy, pallet, machines, people, customers), known)


def needs_server(ctx: StationContext, found: TraceRead) -> bool:
    """Whether finishing ``found`` asks the server (the station's plant copy is behind and it has a server)."""
    return ctx.plant_trace is not None and behind(found.view.genealogy.plant_as_of, ctx.now())


def finish_trace(ctx: StationContext, found: TraceRead, *, live: bool = True) -> TraceView:
    """The network half of a trace: when the plant copy is behind (and ``live``), the server's answer added to a
    copy of the genealogy (marked ``server``), or why it could not be asked; touches no database, so a terminal
    runs it off the database thread. Raises ``NotFound`` when neither the station nor the server knows the code."""
    view, known = found.view, found.known
    if live and needs_server(ctx, found):
        view = replace(view, genealogy=copy.deepcopy(view.genealogy))
        known = ask_server_when_behind(ctx, view.genealogy) or known
    if not known:
        raise NotFound(
            f"{found.text!r} is not a lot or pallet known at this station.",
            "Check the code and try again.",
            code="trace.unknown",
            params={"code": found.text},
        )
    return view


def trace_code(ctx: StationContext, code: str, *, live: bool = True) -> TraceView:
    """Trace a lot, or the lot on a pallet, backward and forward, over what this station recorded and its copy of
    the plant's genealogy; when that copy is behind (and ``live``), the server is asked there and then and its
    answer added (marked ``server``); when it cannot be asked, the genealogy says why and how fresh the copy is."""
    return finish_trace(ctx, read_trace(ctx, code), live=live)
