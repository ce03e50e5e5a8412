"""The plant office in a real browser (Playwright driving Debian's Chromium) against a real server on loopback:
signing in, the live floor changing by itself when a station uploads, the lockout message, a viewer kept out of
an admin page, and a forged form refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from floorstation.domain.events import TaskStarted
from floorstation.server.alarms import raise_alarm
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog
from floorstation.server.office.users import add_user
from tests.integration.officekit import PASSWORD, add_users, sign_in_page
from tests.integration.serverkit import DEMO_PLANT, LiveServer, facts, post_batch

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium; scripts/setup.sh installs it)"
)
playwright_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    engine = open_database(f"sqlite:///{tmp_path_factory.mktemp('office-browser') / 'server.db'}")
    import_catalog(engine, read_catalog(DEMO_PLANT))
    add_users(engine)
    live = LiveServer(engine)
    live.app.state.office.refresh_s = 0.5  # the floor refreshes itself quickly, so the test waits less
    live.start()
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


def test_the_live_floor_changes_by_itself_when_a_station_uploads(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    sign_in_page(page, server.url, "manager")
    expect(page).to_have_url(f"{server.url}/")
    machine = page.locator("[data-machine=M01]")
    expect(machine).to_contain_text("Injection press 1")
    expect(machine.locator(".pill").first).to_have_text(re.compile("idle", re.IGNORECASE))

    token = server.enroll("ST-LINE1")
    started = TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023")
    assert post_batch(server, token, facts("ST-LINE1", [started], operator_id="anna")).status_code == 200

    expect(machine.locator(".pill").first).to_have_text(re.compile("running", re.IGNORECASE), timeout=15_000)
    expect(machine).to_contain_text("304/2023-10")
    expect(machine).to_contain_text("Anna Nowak")
    expect(machine).to_contain_text("0 / 20000")
    expect(page.locator("[data-station=ST-LINE1]")).to_contain_text("online")


@pytest.mark.allow_log_warnings  # a lockout and the seeded plant's alarms are logged as warnings
def test_a_locked_out_user_is_told_until_when(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    add_user(server.engine, "clumsy", "viewer", PASSWORD)
    for _ in range(5):
        sign_in_page(page, server.url, "clumsy", "wrong guess", lands_home=False)
    expect(page.locator(".error")).to_contain_text("Too many wrong passwords: this user is locked until")
    sign_in_page(page, server.url, "clumsy", lands_home=False)
    expect(page.locator(".error")).to_contain_text("locked until")
    expect(page).to_have_url(re.compile(r"/login$"))


def test_a_viewer_sees_the_floor_but_not_the_stations_admin(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    sign_in_page(page, server.url, "viewer")
    expect(page.locator("h1")).to_have_text("Live floor")
    page.click("nav >> text=Stations")
    expect(page.locator("h1")).to_have_text("Not allowed")
    expect(page.locator("main")).to_contain_text("This page is for these roles: admin")


@pytest.mark.allow_log_warnings  # a lockout and the seeded plant's alarms are logged as warnings
def test_a_form_with_a_forged_csrf_token_is_refused_in_the_browser(server: LiveServer, page: Any) -> None:
    expect = playwright_api.expect
    with server.engine.begin() as conn:
        raise_alarm(conn, "SSCC_COLLISION", "Two pallets carry SSCC 059012340000000024.", station_id="ST-LINE1")
    sign_in_page(page, server.url, "quality")
    page.goto(f"{server.url}/alarms")
    row = page.locator("tr.open", has_text="059012340000000024")
    row.locator("input[name=note]").fill("relabelled")
    row.locator("input[name=csrf]").evaluate("input => { input.value = 'forged'; }")
    row.locator("button[type=submit]").click()
    expect(page.locator("h1")).to_have_text("Form expired")
    page.goto(f"{server.url}/alarms")
    expect(page.locator("tr.open", has_text="059012340000000024")).to_have_count(1)
