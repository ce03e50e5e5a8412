"""The master-data file format, shared by ``floorstation import`` and the server's import.

JSON: one object with any of the lists below. CSV: one file per list, named after it (``materials.csv``,
``operators.csv`` ...), with the same field names as columns; lists inside a field are ``;``-separated
(``roles``: ``operator;shift_lead``; ``rules``: ``lot_expired;not_in_bom``; ``bom``: ``RESIN-PP:0.35;MB-BLUE:0.02``;
``parameters``: ``temp=230;cycle=18s``).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from floorstation.domain.codes import has_valid_check_digit, is_gs1_ai82
from floorstation.domain.errors import InvalidInput
from floorstation.domain.master import DateKind, LotStatus, ReasonKind, Role, WorkOrderStatus

MAX_QUANTITY = Decimal(10) ** 12
"""Largest quantity master data may hold (a lot, a work order, a BOM line): the stores keep thousandths in 64 bits."""
MAX_SEQ = 2**31 - 1


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class MaterialIn(_Row):
    code: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1)
    unit: str = Field(min_length=1, max_length=16)
    gtin: str | None = None
    lot_tracked: bool = True
    shelf_life_days: int | None = Field(default=None, ge=0, le=36_600)
    date_kind: DateKind | None = None
    """What its lots' date means on cards: ``expiry`` (use by, AI 17; the default) or ``best_before`` (AI 15).
    Left out when not given, so stations that predate it still read the server's materials."""
    name_i18n: dict[str, str] | None = None
    """The name in the terminal's other languages (``{"pl": "...", "de": "..."}``; in CSV ``pl=...;de=...``).
    Left out when not given, like ``date_kind``."""

    @field_validator("gtin")
    @classmethod
    def _gtin(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        assert value is not None
        if len(value) not in (8, 12, 13, 14) or not has_valid_check_digit(value):
            raise ValueError(f"GTIN {value} has a wrong length or check digit")
        return value.zfill(14)


class MachineIn(_Row):
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1)
    code: str = Field(min_length=1, max_length=10)

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not is_gs1_ai82(value):
            raise ValueError("machine code must use letters, digits and - . / _ only (it goes into lot codes)")
        return value


class OperatorIn(_Row):
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1)
    badge: str = Field(min_length=1, max_length=64)
    roles: list[Role] = Field(min_length=1)
    pin: str | None = Field(default=None, pattern=r"^\d{4,12}$")
    """4 to 12 digits; the server may ask more of signers (``FLOORSTATION_SIGNER_PIN_MIN_LENGTH``)."""
    pin_hash: str | None = None
    active: bool = True


class OperationIn(_Row):
    seq: int = Field(ge=1, le=MAX_SEQ)
    machine: str = Field(min_length=1)
    name: str = Field(min_length=1)
    parameters: dict[str, str] = Field(default_factory=dict)
    bom: dict[str, Decimal] = Field(default_factory=dict)

    @field_validator("bom")
    @classmethod
    def _bom(cls, value: dict[str, Decimal]) -> dict[str, Decimal]:
        for material, qty in value.items():
            if not qty.is_finite() or qty <= 0 or qty > MAX_QUANTITY:
                raise ValueError(f"BOM quantity of {material} must be more than zero and at most {MAX_QUANTITY}")
        return value


class WorkOrderIn(_Row):
    number: str = Field(min_length=1, max_length=64)
    product: str = Field(min_length=1)
    planned_qty: Decimal = Field(gt=0, le=MAX_QUANTITY, decimal_places=3)
    due_date: date | None = None
    priority: int | None = Field(default=None, ge=-1_000_000, le=1_000_000)
    """Higher first; left out when not given, so stations that predate it still read the server's work orders."""
    status: WorkOrderStatus | None = None
    """``released`` (also when left out), ``on_hold``, ``closed`` or ``cancelled``; left out when not given, like
    ``priority``."""
    operations: list[OperationIn] = Field(default_factory=list)


class OperationRowIn(OperationIn):
    """An operation in ``operations.csv``, which names its work order."""

    work_order: str = Field(min_length=1)


class LotIn(_Row):
    code: str = Field(min_length=1, max_length=20)
    material: str = Field(min_length=1)
    quantity: Decimal = Field(ge=0, le=MAX_QUANTITY, decimal_places=3)
    status: LotStatus = LotStatus.RELEASED
    expiry: date | None = None
    made_on: date | None = None
    supplier: str | None = None
    supplier_lot: str | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not is_gs1_ai82(value):
            raise ValueError("lot code has characters GS1 does not allow in AI (10)")
        return value


class ReasonIn(_Row):
    kind: ReasonKind
    code: str = Field(min_length=1, max_length=64)
    label: str = Field(min_length=1)
    label_i18n: dict[str, str] | None = None
    """The label in the terminal's other languages, as ``name_i18n`` of a material."""
    rules: list[str] = Field(default_factory=list)
    """Override reasons: the rules the reason answers (see ``domain/overrides.py``)."""
    roles: list[Role] = Field(default_factory=list)
    """Override reasons: the roles that may sign an override with this reason."""


class CustomerIn(_Row):
    id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1)


class Catalog(_Row):
    materials: list[MaterialIn] = Field(default_factory=list)
    machines: list[MachineIn] = Field(default_factory=list)
    operators: list[OperatorIn] = Field(default_factory=list)
    work_orders: list[WorkOrderIn] = Field(default_factory=list)
    operations: list[OperationRowIn] = Field(default_factory=list)
    lots: list[LotIn] = Field(default_factory=list)
    reasons: list[ReasonIn] = Field(default_factory=list)
    customers: list[CustomerIn] = Field(default_factory=list)


LISTS = tuple(Catalog.model_fields)


def _describe(exc: ValidationError, where: str) -> InvalidInput:
    first = exc.errors()[0]
    loc = ".".join(str(p) for p in first["loc"])
    return InvalidInput(
        f"{where}: {loc}: {first['msg']} (and {exc.error_count() - 1} more)"
        if exc.error_count() > 1
        else f"{where}: {loc}: {first['msg']}",
        "Fix the file and import it again; nothing was imported.",
    )


def parse_file(data: bytes, name: str) -> Catalog:
    """A master-data file's bytes (``name``: its file name, ``.json`` or ``.csv``), decoded as UTF-8 (a BOM is
    allowed), or a one-line :class:`InvalidInput` saying what is wrong and where."""
    suffix = name.rpartition(".")[2].lower() if "." in name else ""
    if suffix not in ("json", "csv"):
        raise InvalidInput(f"{name}: master data must be a .json or .csv file.")
    text = decode_text(data, name)
    if suffix == "json":
        return parse_json(text, name)
    return parse_csv(text, name.rpartition(".")[0].rpartition("/")[2], name)


def decode_text(data: bytes, name: str) -> str:
    """A master-data file's bytes as text (UTF-8, a BOM allowed), or an :class:`InvalidInput` naming the line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidInput(
            f"{name} line {line}: byte 0x{data[exc.start]:02x} is not UTF-8 text.",
            "Save the file as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again; nothing was imported.",
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise InvalidInput(
            f"{name} line {line}: a NUL character; master data is text.", "Fix the file and import it again."
        )
    return text


def parse_json(text: str, name: str = "file") -> Catalog:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{name} is not valid JSON: {exc}.", "Fix the file and import it again.") from None
    except RecursionError:
        raise InvalidInput(f"{name}: the JSON is nested too deeply.", "Fix the file and import it again.") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{name} must hold one JSON object with lists such as 'materials'.")
    unknown = set(data) - set(LISTS)
    if unknown:
        raise InvalidInput(f"{name} has unknown sections {sorted(unknown)}; known: {', '.join(LISTS)}.")
    try:
        return Catalog.model_validate(data)
    except ValidationError as exc:
        raise _describe(exc, name) from None
    except RecursionError:
        raise InvalidInput(f"{name}: the JSON is nested too deeply.", "Fix the file and import it again.") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _pairs(value: str, sep: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in _split(value):
        key, found, val = part.partition(sep)
        if not found:
            raise ValueError(f"{part!r} should be KEY{sep}VALUE")
        out[key.strip()] = val.strip()
    return out


def parse_csv(text: str, kind: str, name: str = "file") -> Catalog:
    """One CSV file holding the list ``kind`` (the file name without ``.csv``)."""
    if kind not in LISTS:
        raise InvalidInput(f"{name}: a CSV file must be named after one of: {', '.join(LISTS)}.")
    reader = csv.DictReader(io.StringIO(text))
    rows: list[dict[str, Any]] = []
    try:
        for line, raw in enumerate(reader, start=2):
            rows.append(_csv_row(raw, name, line))
    except csv.Error as exc:
        raise InvalidInput(f"{name} line {reader.line_num}: {exc}.", "Fix the file and import it again.") from None
    try:
        return Catalog.model_validate({kind: rows})
    except ValidationError as exc:
        first = exc.errors()[0]
        index = first["loc"][1] if len(first["loc"]) > 1 else 0
        where = f"{name} line {int(index) + 2}" if isinstance(index, int) else name
        raise _describe(exc, where) from None


def csv_rows(text: str, kind: str, name: str = "file") -> list[tuple[int, BaseModel | InvalidInput]]:
    """Each row of a CSV file of the list ``kind``, validated on its own: ``(line, row)`` for a good row,
    ``(line, error)`` for one that breaks a rule. What makes the whole file unreadable (a quote never closed) is
    raised as an :class:`InvalidInput`."""
    if kind not in LISTS:
        raise InvalidInput(f"{name}: a CSV file must be named after one of: {', '.join(LISTS)}.")
    reader = csv.DictReader(io.StringIO(text))
    out: list[tuple[int, BaseModel | InvalidInput]] = []
    try:
        raws = list(enumerate(reader, start=2))
    except csv.Error as exc:
        raise InvalidInput(f"{name} line {reader.line_num}: {exc}.", "Fix the file and drop it again.") from None
    for line, raw in raws:
        try:
            row = _csv_row(raw, name, line)
            out.append((line, getattr(Catalog.model_validate({kind: [row]}), kind)[0]))
        except InvalidInput as exc:
            out.append((line, exc))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"][2:]) or kind
            out.append((line, InvalidInput(f"{field}: {first['msg']}")))
    return out


def _csv_row(raw: dict[str | Any, Any], name: str, line: int) -> dict[str, Any]:
    """One CSV row as the list's model reads it (``;``-separated lists, ``KEY=VALUE`` pairs)."""
    row: dict[str, Any] = {k.strip(): (v.strip() if isinstance(v, str) else v) for k, v in raw.items() if k}
    row = {k: v for k, v in row.items() if v not in ("", None)}
    try:
        if "roles" in row:
            row["roles"] = _split(row["roles"])
        if "rules" in row:
            row["rules"] = _split(row["rules"])
        if "parameters" in row:
            row["parameters"] = _pairs(row["parameters"], "=")
        if "bom" in row:
            row["bom"] = _pairs(row["bom"], ":")
        for names in ("name_i18n", "label_i18n"):
            if names in row:
                row[names] = _pairs(row[names], "=")
    except ValueError as exc:
        raise InvalidInput(f"{name} line {line}: {exc}.", "Fix the file and import it again.") from None
    return row
