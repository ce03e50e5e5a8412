"""Confirmations booked into ERPNext (Frappe REST API): a time log on the operation's Job Card, and a Stock Entry.

The worked example of docs/erp.md ("Results out"). For each confirmation:

1. the work order's open Job Card for the operation (``GET /api/resource/Job Card`` filtered by ``work_order``
   and ``sequence_id``) gets a Job Card Time Log (``POST /api/method/frappe.client.insert``): from and to time,
   minutes, good quantity, the first operator as the Employee — unless the card already has that time log;
2. a Stock Entry (``POST /api/resource/Stock Entry``), submitted: on the work order's last operation a
   ``Manufacture`` entry (the lots consumed out of the source warehouse, the good quantity of the product with its
   output lot as batch into the target warehouse, scrap as process loss); on an earlier operation that consumed
   lots a ``Material Consumption for Manufacture`` entry — unless an entry whose remarks name the confirmation
   exists (ERPNext has no idempotency key; the confirmation id in the remarks is ours).

So booking a confirmation twice books it once. Times are the station's local time as recorded (ERPNext datetimes
carry no offset: run the site in the plant's time zone).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine

from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.server.results import confirmations

JOB_CARD = "/api/resource/Job Card"
STOCK_ENTRY = "/api/resource/Stock Entry"
INSERT = "/api/method/frappe.client.insert"


@dataclass(frozen=True)
class Site:
    """An ERPNext site and how our names map onto its records (``erpnext.toml``)."""

    url: str
    api_key: str
    api_secret: str
    source_warehouse: str
    target_warehouse: str
    company: str | None = None
    employees: dict[str, str] = field(default_factory=dict)
    """Our operator id → ERPNext Employee (``HR-EMP-00001``); an operator not listed is sent as their id."""
    timeout_s: float = 30.0


def read_site(path: Path) -> Site:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Cannot read {path}: {exc}.", "Give an erpnext.toml as docs/erp.md shows.") from None
    missing = [k for k in ("url", "api_key", "api_secret", "source_warehouse", "target_warehouse") if not data.get(k)]
    if missing:
        raise InvalidInput(f"{path} lacks {', '.join(missing)}.", "docs/erp.md lists what erpnext.toml holds.")
    return Site(
        url=str(data["url"]).rstrip("/"),
        api_key=str(data["api_key"]),
        api_secret=str(data["api_secret"]),
        source_warehouse=str(data["source_warehouse"]),
        target_warehouse=str(data["target_warehouse"]),
        company=data.get("company"),
        employees={str(k): str(v) for k, v in data.get("employees", {}).items()},
    )


def erp_time(stamp: str) -> str:
    """``2026-11-23T06:00:01.000+01:00`` → ``2026-11-23 06:00:01`` (the station's wall-clock time)."""
    return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M:%S")


def _number(text: str) -> float | int:
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def time_log(site: Site, job_card: str, c: dict[str, Any]) -> dict[str, Any]:
    """The Job Card Time Log document for confirmation ``c`` on ``job_card``."""
    start, end = datetime.fromisoformat(c["started_at"] or c["ended_at"]), datetime.fromisoformat(c["ended_at"])
    operator = c["operators"][0] if c["operators"] else None
    return {
        "doctype": "Job Card Time Log",
        "parenttype": "Job Card",
        "parentfield": "time_logs",
        "parent": job_card,
        "from_time": erp_time(c["started_at"] or c["ended_at"]),
        "to_time": erp_time(c["ended_at"]),
        "time_in_mins": round((end - start).total_seconds() / 60, 2),
        "completed_qty": _number(c["good_qty"]),
        "employee": site.employees.get(operator, operator) if operator else None,
    }


def stock_entry(site: Site, c: dict[str, Any]) -> dict[str, Any] | None:
    """The Stock Entry for confirmation ``c``, or None when it moves no stock (an earlier operation that consumed
    nothing)."""
    final = c["last_operation"] is not False
    if not final and not c["consumed"]:
        return None
    ended = datetime.fromisoformat(c["ended_at"])
    items: list[dict[str, Any]] = [
        {
            "item_code": used["material"],
            "qty": _number(used["quantity"]),
            "uom": used["unit"],
            "s_warehouse": site.source_warehouse,
            "batch_no": used["lot"],
            "use_serial_batch_fields": 1,
        }
        for used in c["consumed"]
    ]
    entry: dict[str, Any] = {
        "stock_entry_type": "Manufacture" if final else "Material Consumption for Manufacture",
        "purpose": "Manufacture" if final else "Material Consumption for Manufacture",
        "work_order": c["work_order"],
        "set_posting_time": 1,
        "posting_date": ended.strftime("%Y-%m-%d"),
        "posting_time": ended.strftime("%H:%M:%S"),
        "remarks": remarks(c),
        "docstatus": 1,
    }
    if site.company:
        entry["company"] = site.company
    if final:
        good, scrap = Decimal(c["good_qty"]), Decimal(c["scrap_qty"])
        entry["fg_completed_qty"] = _number(str(good + scrap))
        entry["process_loss_qty"] = _number(c["scrap_qty"])
        product: dict[str, Any] = {
            "item_code": c["product"],
            "qty": _number(c["good_qty"]),
            "t_warehouse": site.target_warehouse,
            "is_finished_item": 1,
        }
        if c["unit"]:
            product["uom"] = c["unit"]
        if c["output_lot"]:
            product |= {"batch_no": c["output_lot"], "use_serial_batch_fields": 1}
        items.append(product)
    entry["items"] = items
    return entry


def remarks(c: dict[str, Any]) -> str:
    s = c["source"]
    return (
        f"floorstation confirmation {c['confirmation_id']} ({c['task_id']}, station {s['station_id']} "
        f"epoch {s['epoch']} seq {s['seq']})"
    )


class ErpNextError(FloorstationError):
    pass


def book(client: httpx.Client, site: Site, c: dict[str, Any]) -> list[str]:
    """Book confirmation ``c`` (once, whatever was booked before); returns what was done, for people."""
    done: list[str] = []
    if c["work_order"] and c["operation"]:
        cards = _get(
            client,
            site,
            JOB_CARD,
            {
                "filters": json.dumps([["work_order", "=", c["work_order"]], ["sequence_id", "=", c["operation"]]]),
                "fields": json.dumps(["name"]),
                "order_by": "creation desc",
            },
        )
        if cards:
            card = cards[0]["name"]
            log = time_log(site, card, c)
            existing = _get(client, site, f"{JOB_CARD}/{card}", {}) or {}
            if any(
                t.get("from_time", "").startswith(log["from_time"]) and t.get("to_time", "").startswith(log["to_time"])
                for t in existing.get("time_logs", [])
            ):
                done.append(f"time log on {card} was already booked")
            else:
                _post(client, site, INSERT, {"doc": log})
                done.append(f"time log on {card}")
        else:
            done.append(f"no Job Card for {c['work_order']} operation {c['operation']}: no time log")
    entry = stock_entry(site, c)
    if entry is not None:
        booked = _get(
            client,
            site,
            STOCK_ENTRY,
            {
                "filters": json.dumps([["remarks", "like", f"%{c['confirmation_id']}%"], ["docstatus", "<", 2]]),
                "fields": json.dumps(["name"]),
            },
        )
        if booked:
            done.append(f"stock entry {booked[0]['name']} was already booked")
        else:
            made = _post(client, site, STOCK_ENTRY, entry)
            done.append(f"stock entry {made.get('name', '?')} ({entry['stock_entry_type']})")
    return done


def push(
    engine: Engine, site: Site, since: int, *, booked: Callable[[int], object] = int, limit: int = 100
) -> tuple[int, list[str]]:
    """Book every confirmation after ``since`` in order, calling ``booked(number)`` after each; returns the number
    of the last one booked and what was done. A failure stops at the confirmation that failed."""
    lines: list[str] = []
    with httpx.Client(timeout=site.timeout_s) as client:
        while True:
            page = confirmations.read_page(engine, since, limit)
            for c in page.confirmations:
                lines += [f"{c['number']} {c['task_id']}: {what}" for what in book(client, site, c)]
                since = int(c["number"])
                booked(since)
            if not page.more:
                return since, lines


def _headers(site: Site) -> dict[str, str]:
    return {"Authorization": f"token {site.api_key}:{site.api_secret}", "Accept": "application/json"}


def _get(client: httpx.Client, site: Site, path: str, params: dict[str, str]) -> Any:
    return _answer(client.get(site.url + path, params=params, headers=_headers(site)), path)


def _post(client: httpx.Client, site: Site, path: str, body: dict[str, Any]) -> Any:
    return _answer(client.post(site.url + path, json=body, headers=_headers(site)), path)


def _answer(response: httpx.Response, path: str) -> Any:
    if response.status_code >= 300:
        raise ErpNextError(
            f"ERPNext answered {response.status_code} to {path}: {response.text[:300]}",
            "Check the API key's roles and the names in erpnext.toml; run the command again: what was booked is "
            "not booked twice.",
        )
    data = response.json()
    return data.get("data", data.get("message"))
