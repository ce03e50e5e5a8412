"""The report pages and downloads over HTTP, served by the real server app and its office: the stable
``work-time.csv`` for scripts, every report as CSV and XLSX with the same cells, pages with their chart and
definitions, and the office's sign-in on every route."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import httpx
import openpyxl
import psycopg
import pytest
from sqlalchemy.engine import make_url

from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.reporting.catalog import REPORTS, build
from floorstation.server.reporting.period import Query
from floorstation.server.reporting.web import LOCALE_DIR, TEMPLATE_DIR
from floorstation.server.settings import ServerSettings
from tests.integration.officekit import add_users, office_client
from tests.integration.reportkit import CALENDAR, Reference, _ms, at, plant_day, seconds
from tests.integration.serverkit import DEMO_PLANT, LiveServer, post_batch

RANGE = {"from": "2026-11-23", "to": "2026-11-23"}
COOKIES: dict[str, httpx.Cookies] = {}
"""The office session of a signed-in manager, per server URL."""


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def office(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('office') / 'server.db'}"
    else:
        pg = request.getfixturevalue("pg_database")
        schema = f"t_{uuid.uuid4().hex[:12]}"
        dsn = make_url(pg).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{pg}?options=-csearch_path%3D{schema}"
    engine = open_database(url)
    import_catalog(engine, read_catalog(DEMO_PLANT))
    add_users(engine)
    server = LiveServer(engine, settings=ServerSettings(plant_calendar=CALENDAR))
    server.start()
    with office_client(server.url, "manager") as client:
        COOKIES[server.url] = httpx.Cookies(client.cookies)
    logs = plant_day()
    try:
        for station, events in logs.items():
            response = post_batch(server, server.enroll(station), events)
            assert response.status_code == 200, response.text
        yield server.url, [e for log in logs.values() for e in log]
    finally:
        server.stop()
        engine.dispose()


def get(url: str, path: str, params: dict[str, str] | None = None, *, signed_in: bool = True) -> httpx.Response:
    cookies = COOKIES[url] if signed_in else None
    return httpx.get(url + path, params=params if params is not None else RANGE, cookies=cookies, timeout=30)


def test_work_time_csv_keeps_its_columns_for_scripts(office: tuple[str, list]) -> None:
    url, events = office
    response = get(url, "/reports/work-time.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    header = response.text.splitlines()[0].split(",")
    assert header[:7] == ["work_order", "operation", "machine", "run_s", "pause_s", "good", "scrap"]
    ref = Reference(events, _ms(at(6)), _ms(at(6, day=1)))
    times = ref.task_time()
    assert [(r["work_order"], r["operation"], r["machine"]) for r in rows] == [
        ("304/2023", "10", "M01"),
        ("305/2023", "10", "M02"),
        ("306/2023", "10", "M03"),
    ]
    for row in rows:
        t = times[f"{row['work_order']}-{row['operation']}"]
        assert Decimal(row["run_s"]) == seconds(sum(ms for (s, _r), ms in t.items() if s == "run"))
        assert Decimal(row["pause_s"]) == seconds(sum(ms for (s, _r), ms in t.items() if s == "pause"))
        stops = [p for task, p, _at in ref.stops() if task == f"{row['work_order']}-{row['operation']}"]
        assert Decimal(row["good"]) == sum(p.good_qty for p in stops)
        assert Decimal(row["scrap"]) == sum(p.scrap_qty for p in stops)


def _same(a: str, b: object) -> bool:
    if b is None or b == "":
        return a == ""
    if isinstance(b, int | float):
        return Decimal(a) == Decimal(str(b))
    return a == str(b)


@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_downloads_as_csv_and_the_same_xlsx(office: tuple[str, list], name: str) -> None:
    url, _events = office
    text = get(url, f"/reports/{name}.csv").text
    rows = list(csv.reader(io.StringIO(text)))
    assert len(rows) > 1, f"{name} has rows"
    response = get(url, f"/reports/{name}.xlsx")
    assert response.status_code == 200
    assert f"{name}_2026-11-23_2026-11-23.xlsx" in response.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    cells = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(cells) == len(rows)
    for csv_row, xlsx_row in zip(rows, cells, strict=True):
        assert all(_same(a, b) for a, b in zip(csv_row, xlsx_row, strict=True)), (csv_row, xlsx_row)


def test_pages_show_the_table_the_chart_and_what_the_figures_mean(office: tuple[str, list]) -> None:
    url, _events = office
    page = get(url, "/reports/oee")
    assert page.status_code == 200
    assert "<svg" in page.text, "the chart is drawn by the server"
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert all('src="/office/static/' in tag for tag in scripts), f"only the office's own script, no CDN: {scripts}"
    assert "Availability = run time / planned time." in page.text
    assert "ST-L2" in page.text, "up to when each station's data is complete"
    downtime = get(url, "/reports/downtime").text
    assert "<polyline" in downtime, "a Pareto chart draws the cumulative share"
    assert "Mould damaged" in downtime
    index = get(url, "/reports")
    assert index.status_code == 200
    assert 'name="from"' in index.text and "/reports/work-time.csv?from=" in index.text


def test_every_route_asks_for_an_office_sign_in(office: tuple[str, list]) -> None:
    url, _events = office
    for path in ("/reports", "/reports/work-time", "/reports/work-time.csv", "/reports/oee.xlsx"):
        answer = get(url, path, signed_in=False)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/login"), path
        station = httpx.get(url + path, params=RANGE, headers={"Authorization": "Bearer not-an-office"}, timeout=30)
        assert station.status_code == 401, path


def test_a_wrong_day_or_report_is_refused_with_a_reason(office: tuple[str, list]) -> None:
    url, _events = office
    wrong = get(url, "/reports/work-time.csv", {"from": "23.11.2026", "to": "2026-11-23"})
    assert wrong.status_code == 422
    assert "YYYY-MM-DD" in wrong.text
    assert get(url, "/reports/nothing.csv").status_code == 404
    assert get(url, "/reports/work-time", {"from": "2026-11-24", "to": "2026-11-23"}).status_code == 422


def _catalog(language: str) -> dict[str, str]:
    text = (LOCALE_DIR / f"{language}.po").read_text(encoding="utf-8")
    pairs = re.findall(r'^msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"$', text, re.MULTILINE)
    return {k.replace('\\"', '"'): v for k, v in pairs if k}


def test_every_message_of_the_pages_is_in_polish_and_german(tmp_path: Path) -> None:
    messages = {m for f in TEMPLATE_DIR.rglob("*.html") for m in re.findall(r'_\("([^"]+)"', f.read_text())}
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        with engine.connect() as conn:
            for name, (title, _make) in REPORTS.items():
                table = build(conn, name, Query(date(2026, 11, 23), date(2026, 11, 23)), CALENDAR)
                messages |= {title, table.title, *(c.label for c in table.columns), *table.notes}
    finally:
        engine.dispose()
    for language in ("pl", "de"):
        catalog = _catalog(language)
        missing = sorted(m for m in messages if not catalog.get(m))
        assert not missing, f"{language}: {missing}"
