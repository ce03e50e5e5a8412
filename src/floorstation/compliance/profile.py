"""Who the exporting business is and who it deals with: what the event log does not say.

Station events name a customer id or a supplier's name; a regulator's spreadsheet wants a business name, a
phone number and a street address, and an EPCIS document wants GS1 identifiers (GLNs) where the parties have
them. A :class:`TraceProfile` carries those facts, supplied by the caller (the server's configuration).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from floorstation.domain.codes import has_valid_check_digit
from floorstation.domain.errors import InvalidInput


def _check_gln(gln: str | None, whose: str) -> None:
    if gln is not None and not (len(gln) == 13 and gln.isascii() and has_valid_check_digit(gln)):
        raise InvalidInput(f"The GLN {gln!r} of {whose} is not 13 digits with a valid check digit.", "Correct it.")


def _check_prefix(prefix: str) -> None:
    if not (prefix.isascii() and prefix.isdigit() and 6 <= len(prefix) <= 12):
        raise InvalidInput(f"GS1 company prefix {prefix!r} must be 6 to 12 digits.", "Copy it from the GS1 membership.")


@dataclass(frozen=True, slots=True)
class Party:
    """A business location as FSMA 204 describes one (§1.1310): name, phone and physical address; GLN if any."""

    name: str
    address: str = ""
    phone: str = ""
    gln: str | None = None

    def __post_init__(self) -> None:
        _check_gln(self.gln, self.name)

    def description(self) -> str:
        """One cell's worth: ``name; address; phone``, leaving out what is not on record."""
        return "; ".join(part for part in (self.name, self.address, self.phone and f"tel. {self.phone}") if part)

    def missing(self) -> list[str]:
        """The parts of a location description FSMA asks for that are not on record."""
        return [what for what, value in (("address", self.address), ("phone", self.phone)) if not value]


@dataclass(frozen=True, slots=True)
class TraceProfile:
    """The exporting business, its trading partners and how to name things that have no GS1 key.

    ``company_prefix`` is the plant's own GS1 company prefix (the one its SSCCs and GTINs start with);
    ``known_prefixes`` are other companies' prefixes, so their GTINs and GLNs can be written as EPC URNs
    (the length of a company prefix cannot be read off a GTIN). ``customers`` are keyed by customer id,
    ``suppliers`` by the supplier name recorded on a lot. ``private_base`` is a URI the plant controls, ending
    in ``:`` or ``/``, under which lots, places and documents without a GS1 key are named; the default
    ``urn:floorstation:<company prefix>:`` is fine inside the company but is no registered URN namespace, so
    set your own (e.g. ``https://id.example.com/``) before sharing documents. ``units`` adds or overrides
    unit → UN/CEFACT Rec. 20 codes (None: the quantity is a count of trade items).
    """

    company_prefix: str
    site: Party
    known_prefixes: tuple[str, ...] = ()
    customers: Mapping[str, Party] = field(default_factory=dict)
    suppliers: Mapping[str, Party] = field(default_factory=dict)
    private_base: str = ""
    units: Mapping[str, str | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for prefix in (self.company_prefix, *self.known_prefixes):
            _check_prefix(prefix)
        if not self.private_base:
            object.__setattr__(self, "private_base", f"urn:floorstation:{self.company_prefix}:")
        base = self.private_base
        if not (base[-1] in ":/" and ":" in base[:-1] and base.isascii() and " " not in base):
            raise InvalidInput(
                f"The private identifier base {base!r} is not an absolute URI ending in ':' or '/'.",
                "Use a URI your company controls, such as https://id.example.com/.",
            )

    @property
    def prefixes(self) -> tuple[str, ...]:
        """Every GS1 company prefix known, longest first (so a longer one is never shadowed by a shorter)."""
        return tuple(sorted({self.company_prefix, *self.known_prefixes}, key=len, reverse=True))

    def customer(self, customer_id: str, name: str | None = None) -> Party:
        """The customer's location as on record, or just its name (or id) when the profile does not know it."""
        return self.customers.get(customer_id) or Party(name or customer_id)

    def supplier(self, name: str) -> Party:
        return self.suppliers.get(name) or Party(name)


def party_as_dict(party: Party) -> dict[str, str]:
    """A party as JSON: ``{"name", "address", "phone", "gln"}`` (empty ones left out)."""
    found = {"name": party.name, "address": party.address, "phone": party.phone, "gln": party.gln or ""}
    return {key: value for key, value in found.items() if value}


def profile_as_dict(profile: TraceProfile) -> dict[str, object]:
    """The profile as the JSON a profile file holds (and the server keeps): :func:`profile_from_dict` reads it."""
    return {
        "company_prefix": profile.company_prefix,
        "site": party_as_dict(profile.site),
        "known_prefixes": list(profile.known_prefixes),
        "customers": {key: party_as_dict(p) for key, p in sorted(profile.customers.items())},
        "suppliers": {key: party_as_dict(p) for key, p in sorted(profile.suppliers.items())},
        # The default base follows the company prefix: kept only when the plant chose its own.
        "private_base": ""
        if profile.private_base == f"urn:floorstation:{profile.company_prefix}:"
        else profile.private_base,
        "units": dict(sorted(profile.units.items())),
    }


def _party(data: object, whose: str) -> Party:
    if not isinstance(data, Mapping) or not str(data.get("name", "")).strip():
        raise InvalidInput(f"The {whose} has no name.", "Give each party at least a name.")
    gln = str(data.get("gln") or "").strip() or None
    return Party(
        str(data["name"]).strip(), str(data.get("address", "")).strip(), str(data.get("phone", "")).strip(), gln
    )


def profile_from_dict(data: object) -> TraceProfile:
    """A :class:`TraceProfile` from its JSON form; :class:`InvalidInput` saying what is wrong otherwise."""
    if not isinstance(data, Mapping):
        raise InvalidInput(
            "The trace profile is not a JSON object.", 'It looks like {"company_prefix": "5901234", ...}.'
        )
    if "company_prefix" not in data or "site" not in data:
        raise InvalidInput(
            "The trace profile needs a company_prefix and a site.",
            'It looks like {"company_prefix": "5901234", "site": {"name": "...", "address": "...", "phone": "..."}}.',
        )
    customers = data.get("customers") or {}
    suppliers = data.get("suppliers") or {}
    units = data.get("units") or {}
    if not isinstance(customers, Mapping) or not isinstance(suppliers, Mapping) or not isinstance(units, Mapping):
        raise InvalidInput("The customers, suppliers and units of a trace profile are JSON objects.", "Correct them.")
    return TraceProfile(
        company_prefix=str(data["company_prefix"]).strip(),
        site=_party(data["site"], "site"),
        known_prefixes=tuple(str(p).strip() for p in data.get("known_prefixes") or ()),
        customers={str(k): _party(v, f"customer {k}") for k, v in customers.items()},
        suppliers={str(k): _party(v, f"supplier {k}") for k, v in suppliers.items()},
        private_base=str(data.get("private_base") or ""),
        units={str(k): (None if v is None or v == "" else str(v)) for k, v in units.items()},
    )
