"""The plant office's settings and mock-recall drills against a real server on loopback with a real plant (two
stations that made, consumed and shipped, synced): the trace profile edited in the browser's form (checked, and
nothing kept from a wrong one) is what the recall's EPCIS export then carries; the FSMA 204 sheet downloads as
XLSX; a drill is timed and kept; a viewer and a planner are kept out of the settings."""

from __future__ import annotations

import dataclasses
import html
import json
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from floorstation.compliance.fsma204 import HEADERS
from floorstation.domain.codes import gs1_check_digit
from floorstation.server import drills, plant_profile
from floorstation.server.app import ServerSettings, create_app
from floorstation.server.recall import load_profile
from tests import epcis_schema
from tests.integration import test_server_recall
from tests.integration.officekit import add_users, csrf_of, office_client
from tests.integration.serverkit import LiveServer
from tests.integration.test_server_recall import RAW, Plant, write_profile

plant = test_server_recall.plant  # the plant of the recall tests: two stations that made, used and shipped lots

FIRST_GLN = "590123400001" + str(gs1_check_digit("590123400001"))
SECOND_GLN = "590123400002" + str(gs1_check_digit("590123400002"))


def settings_form(client: httpx.Client, **fields: str) -> dict[str, str]:
    page = client.get("/settings")
    assert page.status_code == 200
    form = {
        "csrf": csrf_of(page.text),
        "company_prefix": "5901234",
        "site_name": "Demo Caps plant 1",
        "site_address": "ul. Fabryczna 1, Warszawa",
        "site_phone": "+48 22 100",
        "site_gln": FIRST_GLN,
        "customers": "C100 | Nordic Beverages AB | Hamngatan 1, Stockholm | +46 8 100",
    }
    form.update(fields)
    return form


def site_places(document: dict[str, object]) -> set[str]:
    body = document["epcisBody"]
    assert isinstance(body, dict)
    # A read point is a place at the site: the site's GLN with the machine or station as its extension.
    return {e["readPoint"]["id"].rsplit(".", 1)[0] for e in body["eventList"] if "readPoint" in e}


@pytest.mark.slow  # two stations make, use and ship lots first
def test_the_settings_edited_in_the_office_are_what_the_epcis_export_carries(
    live_server: LiveServer, plant: Plant
) -> None:
    add_users(live_server.engine)
    endpoint = f"/v1/recall/{RAW}"
    with office_client(live_server.url, "admin") as admin, office_client(live_server.url, "quality") as quality:
        assert quality.get(endpoint, params={"format": "epcis"}).json()["error"] == "NO_TRACE_PROFILE"
        hint = "an admin fills it in under Settings"
        assert hint in html.unescape(quality.get("/lots", params={"q": RAW}).text)
        first = admin.get("/settings")
        assert "No trace profile yet" in first.text

        # A mistyped check digit and a short prefix: both said next to their field, what was typed kept, nothing saved.
        typo = FIRST_GLN[:-1] + str((int(FIRST_GLN[-1]) + 1) % 10)
        wrong = admin.post("/settings", data=settings_form(admin, site_gln=typo, company_prefix="59012"))
        assert wrong.status_code == 422
        assert f"The GLN {typo} has a wrong check digit (the last digit would be {FIRST_GLN[-1]})" in wrong.text
        assert "“59012” is not a GS1 company prefix" in wrong.text
        assert f'value="{typo}"' in wrong.text and "Hamngatan 1, Stockholm" in wrong.text
        assert plant_profile.stored(live_server.engine) is None
        assert quality.get(endpoint, params={"format": "epcis"}).status_code == 409

        saved = admin.post("/settings", data=settings_form(admin))
        assert saved.status_code == 303 and saved.headers["location"] == "/settings?saved=1"
        shown = admin.get("/settings?saved=1").text
        assert "Saved." in shown and f'value="{FIRST_GLN}"' in shown and "Last changed" in shown

        document = quality.get(endpoint, params={"format": "epcis"}).json()
        assert site_places(document) == {"urn:epc:id:sgln:5901234.00001"}
        assert hint not in html.unescape(quality.get("/lots", params={"q": RAW}).text)

        # The site moves to another GLN: the next export says so, and it is valid EPCIS.
        assert admin.post("/settings", data=settings_form(admin, site_gln=SECOND_GLN)).status_code == 303
        answer = quality.get(endpoint, params={"format": "epcis"})
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/ld+json"
        document = answer.json()
        assert site_places(document) == {"urn:epc:id:sgln:5901234.00002"}
        assert "urn:epc:id:sgln:5901234.00001." not in json.dumps(document)
    epcis_schema.require_schema()
    assert epcis_schema.errors(document) == []


@pytest.mark.slow  # two stations make, use and ship lots first
def test_the_fsma_204_sheet_downloads_as_xlsx(live_server: LiveServer, plant: Plant, tmp_path: Path) -> None:
    add_users(live_server.engine)
    plant_profile.save(live_server.engine, load_profile(write_profile(tmp_path / "p.json")), "test")  # type: ignore[arg-type]
    with office_client(live_server.url, "quality") as quality:
        lots_page = quality.get("/lots", params={"q": RAW}).text
        assert f"/v1/recall/{RAW}?format=xlsx" in lots_page
        answer = quality.get(f"/v1/recall/{RAW}", params={"format": "xlsx"})
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert f'filename="recall-{RAW}.fsma204.xlsx"' in answer.headers["content-disposition"]
    book = load_workbook(BytesIO(answer.content))
    sheet = book["FSMA 204 records"]
    header = [c.value for c in sheet[1]]
    assert header == list(HEADERS)
    for required in ("Critical Tracking Event", "Traceability Lot Code", "Quantity", "Unit of Measure", "Event Date"):
        assert required in header
    kinds = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert kinds.count("Shipping") == 2 and "Transformation" in kinds
    readme = [c.value for row in book["README"].iter_rows() for c in row]
    assert "Demo Caps plant 1; ul. Fabryczna 1, Warszawa; tel. +48 22 100" in readme


@pytest.mark.slow  # two stations make, use and ship lots first
def test_a_mock_recall_drill_is_timed_and_kept(live_server: LiveServer, plant: Plant) -> None:
    add_users(live_server.engine)
    with office_client(live_server.url, "quality") as quality:
        lots_page = quality.get("/lots", params={"q": RAW}).text
        started = quality.post("/lots/drills", data={"csrf": csrf_of(lots_page), "lot": RAW})
        assert started.status_code == 303
        drill_url = started.headers["location"]
        page = quality.get(drill_url).text
        assert f"Mock-recall drill of lot {RAW}" in page and "Target: everything below done within 4 h" in page
        assert "Nordic Beverages AB" in page and plant.shipped_c100 in page and plant.on_site in page
        assert quality.post(f"{drill_url}/step", data={"csrf": csrf_of(page), "step": "trace"}).status_code == 303
        download = quality.get(f"{drill_url}/download", params={"format": "csv"}, follow_redirects=True)
        assert download.status_code == 200 and plant.shipped_c100 in download.text
        page = quality.get(drill_url).text
        assert page.count('class="done"') == 2
        finished = quality.post(f"{drill_url}/finish", data={"csrf": csrf_of(page), "note": "C100 reached by phone"})
        assert finished.status_code == 303
        page = quality.get(drill_url).text
        assert "Finished" in page and "within the 4 h target" in page and "C100 reached by phone" in page
        assert 'name="note"' not in page  # a finished drill is kept as it was
        listed = quality.get("/lots/drills").text
    assert RAW in listed and "met" in listed and "2 / 5" in listed and "quality" in listed
    (drill,) = drills.recent(live_server.engine)
    assert drill.finished_by == "quality" and drill.duration_ms is not None and drill.duration_ms >= 0
    assert set(drill.steps) == {"trace", "downloads"} and drill.met_target is True


def test_a_viewer_or_planner_is_kept_out_of_the_settings_and_drills(live_server: LiveServer) -> None:
    add_users(live_server.engine)
    for role in ("viewer", "planner"):
        with office_client(live_server.url, role) as client:
            page = client.get("/settings")
            assert page.status_code == 403 and "This page is for these roles: <b>admin</b>" in page.text
            posted = client.post("/settings", data={"company_prefix": "5901234", "site_name": "X"})
            assert posted.status_code == 403
            assert client.get("/lots/drills").status_code == 403
    assert plant_profile.stored(live_server.engine) is None


def test_a_drill_over_four_hours_is_listed_as_missing_the_target(live_server: LiveServer) -> None:
    add_users(live_server.engine)
    start = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    quick = drills.start(live_server.engine, "PP-2401", "quality", now=start)
    drills.finish(live_server.engine, quick, "quality", now=start + timedelta(hours=3, minutes=59))
    slow = drills.start(live_server.engine, "PP-2402", "manager", now=start)
    drills.finish(
        live_server.engine, slow, "manager", "customer list was on paper", now=start + timedelta(hours=4, seconds=1)
    )
    with office_client(live_server.url, "quality") as quality:
        listed = quality.get("/lots/drills").text
    rows = {row.split("</td>")[0].rsplit(">", 2)[-2].split("<")[0]: row for row in listed.split("<tr>")[2:]}
    assert "3:59:00" in rows["PP-2401"] and ">met<" in rows["PP-2401"]
    assert (
        "4:00:01" in rows["PP-2402"]
        and ">missed<" in rows["PP-2402"]
        and "customer list was on paper" in rows["PP-2402"]
    )


def test_a_profile_file_seeds_the_database_once(server_engine: Engine, tmp_path: Path) -> None:
    first = load_profile(write_profile(tmp_path / "p.json"))
    assert first is not None
    create_app(server_engine, ServerSettings(trace_profile=first))
    assert plant_profile.stored(server_engine) == first
    edited = dataclasses.replace(first, site=dataclasses.replace(first.site, gln=SECOND_GLN))
    plant_profile.save(server_engine, edited, "admin")
    create_app(server_engine, ServerSettings(trace_profile=first))  # restarted with the same file
    assert plant_profile.stored(server_engine) == edited


def test_a_settings_form_without_its_csrf_token_is_refused(live_server: LiveServer) -> None:
    add_users(live_server.engine)
    with office_client(live_server.url, "admin") as admin:
        form = settings_form(admin)
        form["csrf"] = "forged"
        refused = admin.post("/settings", data=form)
    assert refused.status_code == 403 and "Form expired" in refused.text
    assert plant_profile.stored(live_server.engine) is None
