"""A problem kept in a text column (a print job's last error, a refused event's answer) with its catalogue code.

The column holds the English text as before, then, after a unit separator (ASCII 31), the code and facts as JSON;
reading gives back a :class:`Said`, so the terminal says it in the operator's language after a restart too. A
text written without a code (or by an older version) reads back as the plain text it is.
"""

from __future__ import annotations

import json

from floorstation.domain.errors import Said

_MARK = "\x1f"


def to_column(text: str | None) -> str | None:
    code = getattr(text, "code", "")
    if text is None or not code:
        return text
    facts = json.dumps({"code": code, "params": getattr(text, "params", {})}, ensure_ascii=False, sort_keys=True)
    return f"{text}{_MARK}{facts}"


def from_column(value: str | None) -> str | None:
    if value is None or _MARK not in value:
        return value
    text, _, stored = value.partition(_MARK)
    try:
        facts = json.loads(stored)
        return Said(text, str(facts["code"]), {str(k): str(v) for k, v in dict(facts["params"]).items()})
    except (ValueError, KeyError, TypeError):
        return text
