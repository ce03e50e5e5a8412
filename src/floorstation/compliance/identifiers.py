"""Names for lots, pallets, places, parties and documents in EPCIS: GS1 EPC URNs where the GS1 keys are known.

A GS1 key (GTIN, SSCC, GLN) is written as its EPC URN (GS1 Tag Data Standard) when its company prefix is one
the profile knows, because the URN needs the prefix length and a key does not carry it; otherwise as the GS1
Digital Link URI on id.gs1.org, which EPCIS 2.0 accepts for the same keys and which needs no prefix length.
Things with no GS1 key get a URI under the profile's private base. See docs/compliance.md.
"""

from __future__ import annotations

from urllib.parse import quote

from floorstation.compliance.profile import TraceProfile
from floorstation.domain.codes import is_gs1_ai82
from floorstation.domain.errors import InvalidInput
from floorstation.domain.gs1_elements import DIGITAL_LINK_DOMAIN

# TDS 2.0 §6.3 / table I.3.1-1: these characters of the GS1 AI (82) set are percent-escaped in EPC URIs.
_EPC_ESCAPES = {'"': "%22", "%": "%25", "&": "%26", "/": "%2F", "<": "%3C", ">": "%3E", "?": "%3F"}

# UN/CEFACT Recommendation 20 codes for the units a plant writes in its master data. None: the quantity counts
# trade items (pieces, cases), which EPCIS expresses by leaving ``uom`` out (CBV 2.0 §8.3).
UNITS: dict[str, str | None] = {
    "kg": "KGM",
    "g": "GRM",
    "mg": "MGM",
    "t": "TNE",
    "l": "LTR",
    "ml": "MLT",
    "hl": "HLT",
    "m": "MTR",
    "m2": "MTK",
    "m3": "MTQ",
    "lb": "LBR",
    "oz": "ONZ",
    "pcs": None,
    "pc": None,
    "ea": None,
    "each": None,
    "piece": None,
    "pieces": None,
    "unit": None,
    "units": None,
    "case": None,
    "cases": None,
    "box": None,
    "carton": None,
}


def epc_escape(text: str) -> str:
    return "".join(_EPC_ESCAPES.get(ch, ch) for ch in text)


def _dl(text: str) -> str:
    """A Digital Link path value: everything but the unreserved characters percent-encoded."""
    return quote(text, safe="")


def _split(key_body: str, prefixes: tuple[str, ...]) -> str | None:
    return next((p for p in prefixes if key_body.startswith(p)), None)


def lgtin(gtin: str, lot: str, prefixes: tuple[str, ...]) -> str:
    """The class of a lot of a trade item: ``urn:epc:class:lgtin:<prefix>.<indicator><item ref>.<lot>``."""
    gtin14 = gtin.zfill(14)
    prefix = _split(gtin14[1:13], prefixes)
    if prefix is None:
        return f"{DIGITAL_LINK_DOMAIN}/01/{gtin14}/10/{_dl(lot)}"
    item = gtin14[0] + gtin14[1 + len(prefix) : 13]
    return f"urn:epc:class:lgtin:{prefix}.{item}.{epc_escape(lot)}"


def sscc(code: str, prefixes: tuple[str, ...]) -> str:
    """A pallet: ``urn:epc:id:sscc:<prefix>.<extension digit><serial reference>``."""
    prefix = _split(code[1:17], prefixes)
    if prefix is None:
        return f"{DIGITAL_LINK_DOMAIN}/00/{code}"
    return f"urn:epc:id:sscc:{prefix}.{code[0]}{code[1 + len(prefix) : 17]}"


def sgln(gln: str, extension: str, prefixes: tuple[str, ...]) -> str:
    """A place: ``urn:epc:id:sgln:<prefix>.<location ref>.<extension>`` (extension ``0``: the GLN itself)."""
    prefix = _split(gln[:12], prefixes)
    if prefix is None:
        tail = "" if extension == "0" else f"/254/{_dl(extension)}"
        return f"{DIGITAL_LINK_DOMAIN}/414/{gln}{tail}"
    return f"urn:epc:id:sgln:{prefix}.{gln[len(prefix) : 12]}.{epc_escape(extension)}"


def pgln(gln: str, prefixes: tuple[str, ...]) -> str:
    """A party: ``urn:epc:id:pgln:<prefix>.<party ref>``."""
    prefix = _split(gln[:12], prefixes)
    if prefix is None:
        return f"{DIGITAL_LINK_DOMAIN}/417/{gln}"
    return f"urn:epc:id:pgln:{prefix}.{gln[len(prefix) : 12]}"


class Names:
    """Every identifier an export writes, from one profile, so the same thing is named the same way everywhere."""

    def __init__(self, profile: TraceProfile) -> None:
        self.profile = profile
        self.prefixes = profile.prefixes
        base = profile.private_base
        self._base, self._sep = base, base[-1]

    def private(self, *parts: str) -> str:
        """A URI under the private base; each part percent-encoded, so a ``/`` in ``304/2023`` stays inside it."""
        return self._base + self._sep.join(quote(part, safe="") for part in parts)

    @property
    def vocabulary(self) -> str:
        """Namespace of the few terms EPCIS has no standard word for (``fs:supplierLot``)."""
        return self.private("voc") + self._sep

    def gs1_class(self, *, gtin: str | None, gs1_lot: str | None) -> str | None:
        """The LGTIN (or its Digital Link) of a lot with a GTIN and a GS1 lot number, else None."""
        if gtin and gs1_lot and len(gs1_lot) <= 20 and is_gs1_ai82(gs1_lot):
            return lgtin(gtin, gs1_lot, self.prefixes)
        return None

    def lot_class(self, code: str, *, gtin: str | None, gs1_lot: str | None) -> str:
        """An LGTIN when the lot has a GTIN and a GS1 lot number (the one on the goods), else a private URI."""
        return self.gs1_class(gtin=gtin, gs1_lot=gs1_lot) or self.private("lot", code)

    def pallet(self, code: str) -> str:
        return sscc(code, self.prefixes)

    def site(self) -> str:
        gln = self.profile.site.gln
        return sgln(gln, "0", self.prefixes) if gln else self.private("site")

    def read_point(self, station_id: str, machine_id: str | None = None) -> str:
        """The machine (or, without one, the station) as a sub-location of the site: SGLN extension or private."""
        where = machine_id or station_id
        gln = self.profile.site.gln
        if gln and is_gs1_ai82(where) and len(where) <= 20:
            return sgln(gln, where, self.prefixes)
        return self.private("machine", where) if machine_id else self.private("station", where)

    def own_party(self) -> str:
        gln = self.profile.site.gln
        return pgln(gln, self.prefixes) if gln else self.private("party", "self")

    def customer(self, customer_id: str) -> tuple[str, str | None]:
        """The customer as an owning party, and its place (when it has a GLN)."""
        party = self.profile.customers.get(customer_id)
        if party and party.gln:
            return pgln(party.gln, self.prefixes), sgln(party.gln, "0", self.prefixes)
        return self.private("party", "customer", customer_id), None

    def supplier(self, name: str) -> tuple[str, str | None]:
        party = self.profile.suppliers.get(name)
        if party and party.gln:
            return pgln(party.gln, self.prefixes), sgln(party.gln, "0", self.prefixes)
        return self.private("party", "supplier", name), None

    def transaction(self, kind: str, number: str) -> str:
        """A business document: CBV ``urn:epcglobal:cbv:bt:<GLN>:<number>`` with a site GLN, else private."""
        gln = self.profile.site.gln
        if gln:
            return f"urn:epcglobal:cbv:bt:{gln}:{quote(number, safe='')}"
        return self.private("bt", kind, number)

    def uom(self, unit: str) -> str | None:
        """UN/CEFACT Rec. 20 code of a master-data unit; None for counts of trade items."""
        key = unit.strip().lower()
        table = {**UNITS, **{k.strip().lower(): v for k, v in self.profile.units.items()}}
        if key not in table:
            raise InvalidInput(
                f"The unit {unit!r} has no UN/CEFACT code known to the export.",
                "Add it to the trace profile's units (e.g. 'bag': None for a count, 'kg': 'KGM').",
            )
        return table[key]
