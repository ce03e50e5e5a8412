"""The enrolment code as the office shows it in a QR code: which station, its one-time code, which server.

The office's Stations page and ``floorstation-server enroll STATION --server-url URL`` put the same JSON object in
the QR code (``{"station":"ST-01","code":"ABCD-EFGH-JKLM","server":"https://..."}``); a terminal that reads it
with its scanner or camera enrols itself (``docs/deploy.md``, "Provisioning stations"). Pure: any text gives an
:class:`EnrolmentCode` or None, never an exception.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

#: Longer than any code the office makes: anything bigger is not one.
MAX_CHARS = 1024


@dataclass(frozen=True, slots=True)
class EnrolmentCode:
    station: str
    code: str
    server: str | None
    """The server's address as the office knows it; None when the code was made without one."""


def read_enrolment_code(text: str) -> EnrolmentCode | None:
    """The enrolment code in a scan, or None when the scan is something else."""
    data = text.strip()
    if not data.startswith("{") or len(data) > MAX_CHARS:
        return None
    try:
        value = json.loads(data)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    station, code, server = value.get("station"), value.get("code"), value.get("server")
    if not isinstance(station, str) or not isinstance(code, str) or not station.strip() or not code.strip():
        return None
    if server is not None and not (isinstance(server, str) and server.startswith(("http://", "https://"))):
        server = None
    return EnrolmentCode(station.strip(), code.strip(), server.rstrip("/") if server else None)
