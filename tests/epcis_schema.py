"""The GS1 EPCIS 2.0 JSON Schema as a validator, entirely offline.

The schema and the JSON-LD context are GS1's files in the sibling folder ``../shared/epcis/`` (never copied into
the project: GS1's IP disclaimer applies). Tests that need them skip, saying why, where that folder is absent.

Format checks matter here: the schema says what a bizStep or an ILMD key may be through ``format: uri`` and
what a time is through ``format: date-time``, and jsonschema checks neither unless a checker for them is
installed (``rfc3987``, ``rfc3339-validator``, not dependencies of this project). So this module registers its
own strict checkers for exactly those two formats: RFC 3339 date-times and RFC 3986 absolute URIs.
"""

from __future__ import annotations

import functools
import json
import os
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator, FormatChecker
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource
from referencing.jsonschema import DRAFT7

from floorstation.compliance.epcis import CONTEXT

REPO = Path(__file__).resolve().parents[1]
SHARED_EPCIS = Path(os.environ.get("FLOORSTATION_EPCIS_SCHEMA_DIR") or REPO.parent / "shared" / "epcis")
"""GS1's files; ``$FLOORSTATION_EPCIS_SCHEMA_DIR`` names the folder when the checkout is not next to it."""
SCHEMA_FILE = "EPCIS-JSON-Schema.json"
CONTEXT_FILE = "epcis-context.jsonld"

_DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$", re.ASCII
)
# RFC 3986: scheme ":" then only unreserved, reserved and percent-encoded characters.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$", re.ASCII)


def require_schema() -> Path:
    if not (SHARED_EPCIS / SCHEMA_FILE).is_file() or not (SHARED_EPCIS / CONTEXT_FILE).is_file():
        pytest.skip(
            f"the GS1 EPCIS 2.0 schema is not in {SHARED_EPCIS} (the shared folder next to the repository); "
            "EPCIS documents cannot be validated without it"
        )
    return SHARED_EPCIS


def is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.match(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    if match.group(9) and not (int(match.group(10)) <= 23 and int(match.group(11)) <= 59):
        return False
    try:
        datetime(year, month, day, hour, minute, min(second, 59))  # 60: a leap second, allowed by RFC 3339
    except ValueError:
        return False
    return second <= 60


def is_uri(value: object) -> bool:
    return not isinstance(value, str) or _URI.match(value) is not None


def _offline(uri: str) -> Resource[Any]:
    raise NoSuchResource(ref=uri)  # never fetched over the network: only the two local files resolve


@functools.cache
def _validator(folder: Path) -> Draft7Validator:
    schema = json.loads((folder / SCHEMA_FILE).read_text(encoding="utf-8"))
    context = json.loads((folder / CONTEXT_FILE).read_text(encoding="utf-8"))
    registry: Registry[Any] = Registry(retrieve=_offline).with_resources(
        [
            (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT7)),
            (CONTEXT, Resource.from_contents(context, default_specification=DRAFT7)),
        ]
    )
    checker = FormatChecker(formats=())
    checker.checks("date-time")(is_date_time)
    checker.checks("uri")(is_uri)
    return Draft7Validator(schema, registry=registry, format_checker=checker)


def validator() -> Draft7Validator:
    return _validator(require_schema())


def errors(document: Any) -> list[str]:
    """Every way ``document`` breaks the EPCIS 2.0 schema (empty: valid)."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator().iter_errors(document)
    ]


def context_terms() -> set[str]:
    """The terms and prefixes GS1's JSON-LD context defines."""
    folder = require_schema()
    return set(json.loads((folder / CONTEXT_FILE).read_text(encoding="utf-8"))["@context"])


def undefined_prefixes(document: dict[str, Any]) -> set[str]:
    """Compact-IRI prefixes (``cbvmda`` of ``cbvmda:lotNumber``) used as keys but defined by no context in use."""
    defined = context_terms()
    for item in document.get("@context", []):
        if isinstance(item, dict):
            defined |= set(item)
    used: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if ":" in key and not key.startswith("@"):
                    used.add(key.split(":", 1)[0])
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    walk(document.get("epcisBody", {}))
    return used - defined
