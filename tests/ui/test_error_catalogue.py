"""The catalogue has a wording for every code the core raises, with the same facts.

Read from the source (no error needs to be provoked): every call that builds a ``FloorstationError`` (or a
subclass) or a ``Said`` text with a literal ``code`` is found, and its ``params`` keys are compared with the
placeholders of the catalogue's wording. Errors that a person at the terminal can meet must carry a code; the
modules listed in ``SETUP_ONLY`` speak to the person installing a station (files, the command line) in English.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from floorstation.ui.error_texts import WORDINGS, say

SRC = Path(__file__).resolve().parents[2] / "src" / "floorstation"
SCANNED = ("app", "domain", "store", "devices", "sync", "config.py")
#: Read by the person setting a station up, in files and on the command line (English is their language here).
SETUP_ONLY = {
    "domain/catalog.py",
    "domain/codes.py",
    "domain/events/payloads.py",
    "domain/own_codes.py",
    "domain/printers.py",
    "store/masterdata.py",
    "store/migrate.py",
    "store/uow.py",
    "config.py",
    "devices/barcode_formats.py",
    "devices/camera_address.py",
    "devices/camera_config.py",
    "devices/scanner_config.py",
    "devices/evdev_scanner.py",
    "devices/decoders.py",
    "devices/camera.py",
    "devices/printing/printer_config.py",
    "devices/printing/urls.py",
    "devices/printing/pdf.py",
    "devices/printing/factory.py",
}
#: Built from another error's code (a scan's problem passed on) or joined from several (a refusal).
DYNAMIC = {"Refused"}


@dataclass(frozen=True)
class Site:
    where: str
    code: str | None
    params: frozenset[str] | None
    """None when the facts are not a literal dict (built up, or passed on)."""


def _files() -> Iterator[Path]:
    for part in SCANNED:
        path = SRC / part
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id for b in node.bases if isinstance(b, ast.Name)}
    found = {"FloorstationError"}
    while True:
        more = {name for name, of in bases.items() if of & found} - found
        if not more:
            return found
        found |= more


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _keys(node: ast.expr | None) -> frozenset[str] | None:
    if node is None:
        return frozenset()
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) for k in node.keys):
        return frozenset(str(k.value) for k in node.keys if isinstance(k, ast.Constant))
    return None


def _pairs(code: ast.expr | None, params: ast.expr | None) -> list[tuple[str | None, frozenset[str] | None]]:
    if isinstance(code, ast.IfExp) and isinstance(params, ast.IfExp):
        return _pairs(code.body, params.body) + _pairs(code.orelse, params.orelse)
    if isinstance(code, ast.IfExp):
        return _pairs(code.body, params) + _pairs(code.orelse, params)
    if isinstance(code, ast.Constant) and isinstance(code.value, str):
        return [(code.value, _keys(params))]
    return [(None, None)] if code is None else []  # a code computed at run time is checked where it is made


def sites() -> list[Site]:
    trees = {path: ast.parse(path.read_text(), str(path)) for path in _files()}
    errors = _error_classes(trees)
    found = []
    for path, tree in trees.items():
        where = str(path.relative_to(SRC))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            keywords = {k.arg: k.value for k in node.keywords}
            if name == "Said":
                code = node.args[1] if len(node.args) > 1 else keywords.get("code")
                params = node.args[2] if len(node.args) > 2 else keywords.get("params")
            elif name in errors and name not in DYNAMIC:
                code, params = keywords.get("code"), keywords.get("params")
                if code is None and name == "RuleViolation" and node.args and isinstance(node.args[0], ast.Constant):
                    code = ast.Constant(f"rule.{node.args[0].value}")
            else:
                continue
            found += [Site(f"{where}:{node.lineno}", c, p) for c, p in _pairs(code, params)]
    return found


def test_each_code_raised_has_a_wording_with_the_same_facts(qapp: object) -> None:
    catalogue = {w.code: w for w in WORDINGS}
    checked = [site for site in sites() if site.code is not None]
    assert len(checked) > 120
    missing = [f"{s.where}: {s.code}" for s in checked if s.code not in catalogue]
    assert missing == []
    unfit = [
        f"{s.where}: {s.code} raises {sorted(s.params)}, the wording says {sorted(catalogue[s.code].fields)}"
        for s in checked
        if s.params is not None and s.params != catalogue[s.code].fields
    ]
    assert unfit == []


def test_errors_a_person_at_the_terminal_meets_carry_a_code() -> None:
    uncoded = [s.where for s in sites() if s.code is None and s.where.split(":")[0] not in SETUP_ONLY]
    assert uncoded == []


def test_each_code_has_one_wording_and_each_wording_is_said(qapp: object) -> None:
    codes = [w.code for w in WORDINGS]
    assert sorted(c for c in set(codes) if codes.count(c) > 1) == []
    for wording in WORDINGS:
        said = say(wording.code, {name: f"<{name}>" for name in wording.fields})
        assert said is not None and said[0], wording.code
