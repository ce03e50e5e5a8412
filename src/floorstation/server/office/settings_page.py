"""``/settings``: the plant's trace profile (GS1 company prefix, site name, address, phone and GLN, trading
partners, units), kept in the server's database (``server/plant_profile.py``) and read by the recall's EPCIS
and FSMA 204 exports. For admins.

The form is checked field by field (a GLN's check digit, the prefix's length); a form with mistakes comes back
with everything that was typed and each mistake next to its field, and nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from floorstation.compliance.profile import Party, TraceProfile
from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.errors import InvalidInput
from floorstation.server import plant_profile
from floorstation.server.office import auth
from floorstation.server.office.auth import SignedIn
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)
Admin = Annotated[SignedIn, Depends(auth.require_role("admin"))]
FIELDS = (
    "company_prefix",
    "site_name",
    "site_address",
    "site_phone",
    "site_gln",
    "known_prefixes",
    "private_base",
    "customers",
    "suppliers",
    "units",
)


@dataclass
class Mistake:
    """What is wrong with a field: ``code`` names the sentence the page shows, ``value`` and ``expected`` fill it."""

    code: str
    value: str = ""
    expected: str = ""
    line: int = 0


@dataclass
class Checked:
    profile: TraceProfile | None = None
    mistakes: dict[str, list[Mistake]] = field(default_factory=dict)

    def add(self, name: str, mistake: Mistake) -> None:
        self.mistakes.setdefault(name, []).append(mistake)


def _gln(checked: Checked, name: str, gln: str, line: int = 0) -> str | None:
    gln = gln.strip()
    if not gln:
        return None
    if not (gln.isascii() and gln.isdigit() and len(gln) == 13):
        checked.add(name, Mistake("gln_digits", gln, line=line))
    elif gs1_check_digit(gln[:-1]) != int(gln[-1]):
        checked.add(name, Mistake("gln_check", gln, str(gs1_check_digit(gln[:-1])), line=line))
    return gln


def _prefix(checked: Checked, name: str, prefix: str) -> None:
    if not (prefix.isascii() and prefix.isdigit() and 6 <= len(prefix) <= 12):
        checked.add(name, Mistake("prefix", prefix))


def _parties(checked: Checked, name: str, text: str) -> dict[str, Party]:
    """``key | name | address | phone | GLN`` a line (name and the rest may be left out)."""
    parties: dict[str, Party] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")]
        parts += [""] * (5 - len(parts))
        if len(parts) > 5 or not parts[0]:
            checked.add(name, Mistake("party_line", line.strip(), line=number))
            continue
        key, who, address, phone, gln = parts
        before = len(checked.mistakes.get(name, []))
        found = _gln(checked, name, gln, number)
        if key in parties:
            checked.add(name, Mistake("party_twice", key, line=number))
        if len(checked.mistakes.get(name, [])) == before:
            parties[key] = Party(who or key, address, phone, found)
    return parties


def _units(checked: Checked, text: str) -> dict[str, str | None]:
    """``unit = code`` a line (UN/CEFACT Rec. 20, e.g. ``kg = KGM``); ``unit =`` alone: a count of trade items."""
    units: dict[str, str | None] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        unit, sep, code = (p.strip() for p in line.partition("="))
        if not sep or not unit or (code and not (code.isascii() and code.isalnum() and len(code) <= 3)):
            checked.add("units", Mistake("unit_line", line.strip(), line=number))
            continue
        units[unit] = code.upper() or None
    return units


def check(form: dict[str, str]) -> Checked:
    """The profile the form describes, or what is wrong with it (every mistake at once)."""
    checked = Checked()
    prefix = form.get("company_prefix", "").strip()
    _prefix(checked, "company_prefix", prefix)
    site_name = form.get("site_name", "").strip()
    if not site_name:
        checked.add("site_name", Mistake("required"))
    site_gln = _gln(checked, "site_gln", form.get("site_gln", ""))
    known = [p.strip() for p in form.get("known_prefixes", "").replace(",", " ").split() if p.strip()]
    for other in known:
        _prefix(checked, "known_prefixes", other)
    customers = _parties(checked, "customers", form.get("customers", ""))
    suppliers = _parties(checked, "suppliers", form.get("suppliers", ""))
    units = _units(checked, form.get("units", ""))
    base = form.get("private_base", "").strip()
    if checked.mistakes:
        return checked
    try:
        checked.profile = TraceProfile(
            company_prefix=prefix,
            site=Party(site_name, form.get("site_address", "").strip(), form.get("site_phone", "").strip(), site_gln),
            known_prefixes=tuple(known),
            customers=customers,
            suppliers=suppliers,
            private_base=base,
            units=units,
        )
    except InvalidInput:
        checked.add("private_base", Mistake("private_base", base))
    return checked


def _party_lines(parties: dict[str, Party]) -> str:
    lines = []
    for key, p in sorted(parties.items()):
        cells = [key, p.name if p.name != key else "", p.address, p.phone, p.gln or ""]
        while cells and not cells[-1]:
            cells.pop()
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def as_form(profile: TraceProfile | None) -> dict[str, str]:
    """The form's fields for ``profile`` (empty fields when there is none yet)."""
    if profile is None:
        return dict.fromkeys(FIELDS, "")
    default_base = f"urn:floorstation:{profile.company_prefix}:"
    return {
        "company_prefix": profile.company_prefix,
        "site_name": profile.site.name,
        "site_address": profile.site.address,
        "site_phone": profile.site.phone,
        "site_gln": profile.site.gln or "",
        "known_prefixes": " ".join(profile.known_prefixes),
        "private_base": "" if profile.private_base == default_base else profile.private_base,
        "customers": _party_lines(dict(profile.customers)),
        "suppliers": _party_lines(dict(profile.suppliers)),
        "units": "\n".join(f"{unit} = {code or ''}".rstrip() for unit, code in sorted(profile.units.items())),
    }


def _page(request: Request, values: dict[str, str], status: int = 200, **extra: object) -> HTMLResponse:
    engine = auth.state(request).engine
    context = {"v": values, "changed": plant_profile.changed_by(engine), "mistakes": {}, **extra}
    return templates.TemplateResponse(request, "settings.html", context, status_code=status)


@router.get("/settings")
def settings(request: Request, signed_in: Admin) -> HTMLResponse:
    profile = plant_profile.stored(auth.state(request).engine)
    return _page(request, as_form(profile), saved=request.query_params.get("saved") == "1", missing=profile is None)


@router.post("/settings")
async def save(request: Request, signed_in: Admin) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    values = {name: form.get(name, "") for name in FIELDS}
    checked = check(form)
    if checked.profile is None:
        return _page(request, values, status=422, mistakes=checked.mistakes)
    plant_profile.save(auth.state(request).engine, checked.profile, signed_in.user.name)
    return RedirectResponse("/settings?saved=1", status_code=303)
