"""Printers and card layout in the station configuration: ``[[printer]]`` tables and the ``[card]`` table of
``station.toml``. Their options are declared once, in ``domain/printers.py`` (``StationPrinter``) and
``domain/cards.py`` (``CardLayout``); this module reads, checks and writes them. docs/printers.md has examples.

A relative path in a ``pdf:`` URL (``pdf:cards/``) is taken from the station's data folder, so the demo's
configuration prints into whichever folder the demo lives in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import MISSING, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from floorstation.devices.printing.urls import parse
from floorstation.domain.cards import DEFAULT_LAYOUT, CardLayout
from floorstation.domain.errors import InvalidInput
from floorstation.domain.printers import NAME, PrinterRole, StationPrinter

PRINTER_OPTIONS = {f.name: f for f in fields(StationPrinter)}
CARD_OPTIONS = {f.name: f for f in fields(CardLayout)}
_DOCS = "See docs/printers.md."


def parse_printers(tables: object, where: str, base: Path) -> tuple[StationPrinter, ...]:
    """The ``[[printer]]`` tables of ``where`` (a file name for messages), checked; ``base`` is the data folder."""
    if tables is None:
        return ()
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InvalidInput(f"{where}: 'printer' must be a list of tables ([[printer]]).", _DOCS)
    printers = tuple(_printer(t, f"{where}: printer {i + 1}", base) for i, t in enumerate(tables))
    seen: set[str] = set()
    for printer in printers:
        if printer.name in seen:
            raise InvalidInput(
                f"{where}: two printers are named {printer.name!r}.", "Give each [[printer]] its own name."
            )
        seen.add(printer.name)
    return printers


def _printer(table: Mapping[str, Any], where: str, base: Path) -> StationPrinter:
    unknown = set(table) - set(PRINTER_OPTIONS)
    if unknown:
        raise InvalidInput(f"{where}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(PRINTER_OPTIONS)}.")
    name = table.get("name")
    if not isinstance(name, str) or not NAME.fullmatch(name):
        raise InvalidInput(
            f"{where}: needs a name of letters, digits, '-', '_' or '.' (at most 32, no spaces), not {name!r}.",
            'E.g. name = "dock".',
        )
    where = f"{where} ({name})"
    url = table.get("url")
    if not isinstance(url, str) or not url.strip():
        raise InvalidInput(f"{where}: needs a url.", 'E.g. url = "escpos+tcp://192.168.1.50:9100". ' + _DOCS)
    role = table.get("role", PrinterRole.BOTH.value)
    try:
        role = PrinterRole(role)
    except ValueError:
        raise InvalidInput(f"{where}: role {role!r} is not one of pallet_card, lot_card, both.") from None
    profile = table.get("profile", "")
    if not isinstance(profile, str):
        raise InvalidInput(f'{where}: profile must be text, such as "TM-T20II".')
    sizes = {key: _millimetres(table.get(key, 0.0), f"{where}: {key}") for key in ("label_width_mm", "label_height_mm")}
    printer = StationPrinter(name=name, url=absolute_url(url.strip(), base), role=role, profile=profile, **sizes)
    try:
        language = parse(printer.url).language
        if profile and language != "escpos":
            raise InvalidInput("profile is for ESC/POS printers only.")
        if printer.label_height_mm and language == "escpos":
            raise InvalidInput("label_height_mm does not apply to a receipt roll.", "Leave it out.")
        parse(printer.target)
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.message}", exc.hint) from None
    return replace(printer, url=printer.target)  # the URL the queue sends to, the table's options included


def _millimetres(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(f"{where} must be a number of millimetres, not {value!r}.")
    if value and not 10 <= value <= 2000:
        raise InvalidInput(f"{where} = {value} mm cannot be right.", "Give the label's size in millimetres, or 0.")
    return float(value)


def absolute_url(url: str, base: Path) -> str:
    """``pdf:cards/`` -> ``pdf:///<data folder>/cards/``; every other URL (and a printer name) as it is.

    The one place a relative ``pdf:`` path gets its folder: ``station.toml``'s printers and a URL given to
    ``floorstation print --printer`` both land in the station's data folder, never in the current folder."""
    parts = urlsplit(url)
    if parts.scheme != "pdf" or parts.netloc or parts.path.startswith("/") or not parts.path:
        return url
    path = str((base.resolve() / parts.path).resolve()) + ("/" if parts.path.endswith("/") else "")
    return f"pdf://{quote(path)}" + (f"?{parts.query}" if parts.query else "")


def parse_card(table: object, where: str) -> CardLayout:
    """The ``[card]`` table: what the site prints on its cards besides the barcodes."""
    if table is None:
        return DEFAULT_LAYOUT
    if not isinstance(table, dict):
        raise InvalidInput(f"{where}: 'card' must be a table ([card]).", _DOCS)
    where = f"{where}: [card]"
    unknown = set(table) - set(CARD_OPTIONS)
    if unknown:
        raise InvalidInput(f"{where}: unknown settings {sorted(unknown)}.", f"Known: {', '.join(CARD_OPTIONS)}.")
    values: dict[str, Any] = {}
    for name, given in table.items():
        expected = type(CARD_OPTIONS[name].default)
        if expected is tuple:
            if not isinstance(given, list) or not all(isinstance(v, str) for v in given):
                raise InvalidInput(f'{where}: {name} must be a list of line names, such as ["sscc", "lot"].')
            values[name] = tuple(given)
        elif isinstance(given, expected):
            values[name] = given
        else:
            raise InvalidInput(f"{where}: {name} must be a {expected.__name__}, not {given!r}.")
    try:
        return CardLayout(**values)
    except ValueError as exc:
        raise InvalidInput(f"{where}: {exc}.", _DOCS) from None


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def dump_printers(printers: Sequence[StationPrinter]) -> str:
    """``[[printer]]`` tables for ``station.toml``, only the options that differ from their defaults."""
    out: list[str] = []
    for printer in printers:
        out.append("\n[[printer]]")
        for name, spec in PRINTER_OPTIONS.items():
            value = getattr(printer, name)
            if spec.default is not MISSING and value == spec.default:
                continue
            out.append(f"{name} = {_toml(str(value) if isinstance(value, PrinterRole) else value)}")
    return "\n".join(out) + ("\n" if out else "")


def dump_card(layout: CardLayout) -> str:
    """The ``[card]`` table, when the layout is not the default."""
    changed = [(n, getattr(layout, n)) for n, spec in CARD_OPTIONS.items() if getattr(layout, n) != spec.default]
    if not changed:
        return ""
    return "\n[card]\n" + "".join(f"{name} = {_toml(value)}\n" for name, value in changed)
