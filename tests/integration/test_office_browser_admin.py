"""The plant office's settings, master data import and mock-recall drill in a real browser (Playwright driving
Debian's Chromium) against a real server on loopback: a mistyped GLN is shown next to its field and nothing is
saved until it is right; a master-data file is previewed and imported only on "Import"; a drill's clock runs
while it is open and its record is kept when it is finished."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from floorstation.server import drills, plant_profile
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, master_rows, read_catalog
from tests.integration.officekit import add_users, sign_in_page
from tests.integration.serverkit import DEMO_PLANT, LiveServer

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium; scripts/setup.sh installs it)"
)
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office-admin') / 'server.db'}")
    import_catalog(engine, read_catalog(DEMO_PLANT))
    add_users(engine)
    live = LiveServer(engine).start()
    yield live
    live.stop()
    engine.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    yield context.new_page()
    context.close()


def test_an_admin_fixes_a_mistyped_gln_before_it_is_saved(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    sign_in_page(page, server.url, "admin")
    page.click("nav >> text=Settings")
    expect(page.locator("h1")).to_have_text("Plant settings")
    page.fill("input[name=company_prefix]", "5901234")
    page.fill("input[name=site_name]", "Demo Caps plant 1")
    page.fill("input[name=site_address]", "ul. Fabryczna 1, Warszawa")
    page.fill("input[name=site_gln]", "5901234000018")
    page.click("text=Save settings")
    expect(page.locator(".field-error")).to_contain_text("wrong check digit (the last digit would be 7)")
    expect(page.locator("input[name=site_address]")).to_have_value("ul. Fabryczna 1, Warszawa")
    assert plant_profile.stored(server.engine) is None
    page.fill("input[name=site_gln]", "5901234000017")
    page.click("text=Save settings")
    expect(page.locator("p.notice")).to_contain_text("Saved.")
    saved = plant_profile.stored(server.engine)
    assert saved is not None and saved.site.gln == "5901234000017"


def test_a_planner_previews_a_master_data_file_and_imports_it(server: LiveServer, page: Any, tmp_path: Path) -> None:
    expect = playwright_api.expect
    file = tmp_path / "customers.json"
    file.write_text(json.dumps({"customers": [{"id": "C900", "name": "Baltic Water Sp. z o.o."}]}), encoding="utf-8")
    sign_in_page(page, server.url, "planner")
    page.click("nav >> text=Master data")
    page.set_input_files("input[name=file]", str(file))
    page.click("text=Show what changes")
    expect(page.locator("tr[data-list=customers] .added")).to_have_text("1")
    expect(page.locator(".preview")).to_contain_text("C900")
    assert "C900" not in {r["id"] for r in master_rows(server.engine, "customers")[0]}
    page.click("button:text-is('Import')")
    expect(page.locator("p.notice")).to_contain_text("Imported: Customers 1")
    assert "C900" in {r["id"] for r in master_rows(server.engine, "customers")[0]}


def test_a_drill_runs_its_clock_and_is_kept_when_finished(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    sign_in_page(page, server.url, "quality")
    page.goto(f"{server.url}/lots?q=PP-2401")
    page.click("text=Start a mock-recall drill")
    expect(page.locator("h1")).to_have_text("Mock-recall drill of lot PP-2401")
    clock = page.locator("#drill-elapsed")
    shown = clock.inner_text()
    expect(clock).not_to_have_text(shown, timeout=30_000)  # it ticks by itself
    page.locator("#step-trace button").click()
    expect(page.locator("#step-trace")).to_have_class(re.compile("done"))
    page.fill("input[name=note]", "all customers named in 3 min")
    page.click("text=Finish the drill")
    expect(page.locator(".drill-clock")).to_contain_text("within the 4 h target")
    (drill,) = drills.recent(server.engine)
    assert drill.lot == "PP-2401" and drill.finished_by == "quality" and drill.note == "all customers named in 3 min"
    page.click("text=All drills")
    expect(page.locator("table.drills")).to_contain_text("PP-2401")
    expect(page.locator("table.drills")).to_contain_text("met")
