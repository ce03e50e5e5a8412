"""The office's report pages and downloads: ``/reports`` (the range and filter form), ``/reports/NAME`` (table and
chart), ``/reports/NAME.csv`` and ``/reports/NAME.xlsx`` with the same query. ``work-time.csv`` is a contract with
scripts: its first columns are ``work_order,operation,machine,run_s,pause_s,good,scrap``.

Query: ``from`` and ``to`` (production days, ``YYYY-MM-DD``, both included; default the last seven days),
``machine``, ``work_order``, ``operator``, ``shift`` (empty: all).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from floorstation.domain.errors import InvalidInput
from floorstation.server.reporting.catalog import REPORTS, build
from floorstation.server.reporting.charts import svg
from floorstation.server.reporting.export import to_csv, to_xlsx
from floorstation.server.reporting.period import PlantCalendar, Query
from floorstation.server.reporting.table import Cell, Column, Table, plain

TEMPLATE_DIR = Path(__file__).with_name("templates")
"""Where the report templates are (``reports/index.html``, ``reports/report.html``); they extend ``base.html``."""
LOCALE_DIR = Path(__file__).with_name("locale")
"""The Polish and German messages of the report pages (``pl.po``, ``de.po``): every template message, report
title, column label and definition."""
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
COMPLETENESS = "stations"
PAGE_ROWS = 2000
"""Rows a page shows (the downloads hold every row)."""


def parse_query(params: dict[str, str], calendar: PlantCalendar, today: date | None = None) -> Query:
    """The report's range and filters from the request's query; InvalidInput names what is wrong."""
    today = today or datetime.now(calendar.tz).date()

    def day(key: str, default: date) -> date:
        value = params.get(key, "").strip()
        if not value:
            return default
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise InvalidInput(f"'{key}' is not a day: {value[:20]!r}.", "Write days as YYYY-MM-DD.") from None

    shift = params.get("shift", "").strip()
    if shift and shift not in {s.name for s in calendar.shifts}:
        raise InvalidInput(f"There is no shift {shift[:20]!r}.", "Pick one of the plant's shifts.")
    return Query(
        first=day("from", today - timedelta(days=6)),
        last=day("to", today),
        machine=params.get("machine", "").strip(),
        work_order=params.get("work_order", "").strip(),
        operator=params.get("operator", "").strip(),
        shift=shift,
    )


def show(value: Cell, column: Column) -> str:
    """A cell as the page shows it: shares as percentages, durations in whole seconds (the downloads keep the
    milliseconds), the rest as in the CSV."""
    if column.kind == "pct" and isinstance(value, Decimal):
        return f"{value * 100:.1f} %"
    if column.kind == "seconds" and isinstance(value, Decimal):
        return f"{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):f}"
    return plain(value)


def reports_router(
    engine: Engine,
    require: Callable[..., Any],
    templates: Jinja2Templates,
    calendar: PlantCalendar | None = None,
) -> APIRouter:
    """The report routes; ``require`` is the office's role check (a dependency of every route), ``templates``
    must find :data:`TEMPLATE_DIR`'s templates and a ``base.html`` with blocks ``title`` and ``content``.
    ``calendar``: the plant's time zone and shifts (default: from the environment)."""
    plant = calendar or PlantCalendar.from_environment()
    router = APIRouter(dependencies=[Depends(require)])

    def compute(name: str, query: Query) -> tuple[Table, Table]:
        with engine.connect() as conn:
            table = build(conn, name, query, plant)
            stations = table if name == COMPLETENESS else build(conn, COMPLETENESS, query, plant)
        return table, stations

    def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(
            request,
            template,
            # ``_``: the messages as written, unless the office's context gives the user's language.
            {"reports": REPORTS, "shifts": [s.name for s in plant.shifts], "show": show, "_": _as_written, **context},
            status_code=status,
        )

    @router.get("/reports", response_class=HTMLResponse)
    async def index(request: Request) -> HTMLResponse:
        try:
            query = parse_query(dict(request.query_params), plant)
        except InvalidInput as exc:
            return page(request, "reports/index.html", 422, error=_said(exc), query=None, stations=None)
        _table, stations = await run_in_threadpool(compute, COMPLETENESS, query)
        return page(request, "reports/index.html", query=query, stations=stations, error=None, link=_link(query))

    @router.get("/reports/{name}", response_model=None)
    async def report(request: Request, name: str) -> Response:
        base, _dot, kind = name.partition(".")
        if base not in REPORTS or kind not in ("", "csv", "xlsx"):
            return PlainTextResponse(f"There is no report {name!r}.", status_code=404)
        try:
            query = parse_query(dict(request.query_params), plant)
        except InvalidInput as exc:
            if kind:
                return PlainTextResponse(_said(exc), status_code=422)
            return page(request, "reports/index.html", 422, error=_said(exc), query=None, stations=None)
        table, stations = await run_in_threadpool(compute, base, query)
        filename = f"{base}_{query.first.isoformat()}_{query.last.isoformat()}"
        if kind == "csv":
            headers = {"Content-Disposition": f'attachment; filename="{filename}.csv"'}
            return Response(to_csv(table), media_type="text/csv; charset=utf-8", headers=headers)
        if kind == "xlsx":
            body = await run_in_threadpool(to_xlsx, table, stations)
            return Response(
                body, media_type=XLSX, headers={"Content-Disposition": f'attachment; filename="{filename}.xlsx"'}
            )
        return page(
            request,
            "reports/report.html",
            name=base,
            table=table,
            stations=stations,
            chart=svg(table),
            shown=PAGE_ROWS,
            query=query,
            link=_link(query),
            error=None,
        )

    return router


def _as_written(message: str, **variables: Any) -> str:
    return message % variables if variables else message


def _said(exc: InvalidInput) -> str:
    return f"{exc.message} {exc.hint}".strip()


def _link(query: Query) -> str:
    """The query string that gives the same report (for the downloads and the other reports)."""
    from urllib.parse import urlencode

    params = {
        "from": query.first.isoformat(),
        "to": query.last.isoformat(),
        "machine": query.machine,
        "work_order": query.work_order,
        "operator": query.operator,
        "shift": query.shift,
    }
    return urlencode({k: v for k, v in params.items() if v})
