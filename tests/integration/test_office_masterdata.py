"""The plant office's master data page against a real server on loopback: the lists as the server holds them
(operators without their PINs), and an import of the CLI's JSON or CSV file that first shows what it would change
(added, changed old → new, unchanged) and changes nothing until it is confirmed; a viewer only looks."""

from __future__ import annotations

import html
import json
import re

import httpx

from floorstation.server.masterdata import import_catalog, master_rows, read_catalog
from floorstation.server.office.users import add_user
from tests.integration.officekit import add_users, csrf_of, office_client
from tests.integration.serverkit import DEMO_PLANT, LiveServer


def preview(client: httpx.Client, name: str, content: bytes) -> httpx.Response:
    page = client.get("/masterdata")
    return client.post(
        "/masterdata/preview", data={"csrf": csrf_of(page.text)}, files={"file": (name, content, "application/json")}
    )


def counts(page: str, entity: str) -> tuple[int, int, int]:
    row = re.search(rf'<tr data-list="{entity}">(.*?)</tr>', page, re.S)
    assert row is not None, page
    found = re.findall(r'class="num (?:added|changed|unchanged)">(\d+)<', row.group(1))
    added, changed, unchanged = (int(n) for n in found)
    return added, changed, unchanged


def test_an_import_shows_what_changes_and_changes_nothing_until_confirmed(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    add_users(live_server.engine)
    demo = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    materials = demo["materials"]
    renamed = {**materials[0], "name": "Cap 28 mm, blue"}
    new = {"code": "MB-0999", "name": "Masterbatch green", "unit": "kg"}
    file = json.dumps({"materials": [renamed, *materials[1:], new]}).encode()
    before = master_rows(live_server.engine, "materials")

    with office_client(live_server.url, "planner") as planner:
        shown = preview(planner, "materials.json", file)
        assert shown.status_code == 200
        assert counts(shown.text, "materials") == (1, 1, len(materials) - 1)
        assert "MB-0999" in shown.text
        assert f'<td class="old">{materials[0]["name"]}</td><td class="new">Cap 28 mm, blue</td>' in shown.text
        assert "Nothing has changed yet." in shown.text
        assert master_rows(live_server.engine, "materials") == before  # a preview writes nothing

        token = re.search(r'name="token" value="([^"]+)"', shown.text)
        assert token is not None
        done = planner.post("/masterdata/import", data={"csrf": csrf_of(shown.text), "token": token.group(1)})
        assert done.status_code == 303
        listed = planner.get(done.headers["location"]).text
        assert "Imported:" in listed and "Cap 28 mm, blue" in listed and "MB-0999" in listed
        rows, total = master_rows(live_server.engine, "materials")
        assert (
            total == len(materials) + 1
            and {r["code"]: r["name"] for r in rows}[materials[0]["code"]] == renamed["name"]
        )

        # The same confirmation again: nothing is waiting any more, and nothing is imported twice.
        again = planner.post("/masterdata/import", data={"csrf": csrf_of(listed), "token": token.group(1)})
        assert again.status_code == 409 and "no longer waiting" in again.text

        # The same file now: all unchanged.
        assert counts(preview(planner, "materials.json", file).text, "materials") == (0, 0, len(materials) + 1)


def test_a_cancelled_or_wrong_file_imports_nothing(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    add_users(live_server.engine)
    lots_before = master_rows(live_server.engine, "lots")
    with office_client(live_server.url, "admin") as admin:
        bad = preview(admin, "lots.csv", b"code,material,quantity\nLOT-X1,NO-SUCH-MATERIAL,10\n")
        assert bad.status_code == 422
        assert "Lot LOT-X1 refers to material 'NO-SUCH-MATERIAL', which is not in master data." in html.unescape(
            bad.text
        )
        assert "Nothing was imported." in html.unescape(bad.text)
        good = preview(admin, "lots.csv", b"code,material,quantity\nLOT-X1,RESIN-PP,10\n")
        assert good.status_code == 200 and counts(good.text, "lots") == (1, 0, 0)
        token = re.search(r'name="token" value="([^"]+)"', good.text)
        assert token is not None
        assert (
            admin.post("/masterdata/cancel", data={"csrf": csrf_of(good.text), "token": token.group(1)}).status_code
            == 303
        )
        refused = admin.post("/masterdata/import", data={"csrf": csrf_of(good.text), "token": token.group(1)})
        assert refused.status_code == 409
    assert master_rows(live_server.engine, "lots") == lots_before


def test_operators_are_listed_without_pins_and_a_pin_change_is_not_shown(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    add_users(live_server.engine)
    operator = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))["operators"][0]
    with office_client(live_server.url, "admin") as admin:
        page = admin.get("/masterdata", params={"list": "operators"}).text
        assert operator["name"] in page and "$argon2" not in page and "<th>pin" not in page
        assert f"<td>{operator['pin']}</td>" not in page
        changed = preview(admin, "operators.json", json.dumps({"operators": [{**operator, "pin": "97531"}]}).encode())
    assert (
        "a new PIN is set (not shown)" in changed.text and "97531" not in changed.text and "$argon2" not in changed.text
    )


def test_a_viewer_sees_master_data_but_cannot_import(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    add_user(live_server.engine, "viewer", "viewer", "correct horse battery")
    lots_before = master_rows(live_server.engine, "lots")
    with office_client(live_server.url, "viewer") as viewer:
        page = viewer.get("/masterdata")
        assert page.status_code == 200 and "RESIN-PP" in page.text and 'action="/masterdata/preview"' not in page.text
        refused = viewer.post(
            "/masterdata/preview",
            data={"csrf": csrf_of(page.text)},
            files={"file": ("lots.csv", b"code,material,quantity\nLOT-X1,RESIN-PP,10\n", "text/csv")},
        )
        assert refused.status_code == 403 and "planner" in refused.text
        assert viewer.post("/masterdata/import", data={"csrf": csrf_of(page.text), "token": "x"}).status_code == 403
    assert master_rows(live_server.engine, "lots") == lots_before


def test_an_upload_without_its_csrf_token_is_refused(live_server: LiveServer) -> None:
    add_users(live_server.engine)
    with office_client(live_server.url, "planner") as planner:
        refused = planner.post(
            "/masterdata/preview",
            data={"csrf": "forged"},
            files={"file": ("customers.json", b'{"customers": [{"id": "C9", "name": "X"}]}', "application/json")},
        )
    assert refused.status_code == 403 and "Form expired" in refused.text


def test_a_file_larger_than_a_form_is_taken_from_a_planner_only(live_server: LiveServer) -> None:
    add_users(live_server.engine)
    customers = [{"id": f"C{n:04d}", "name": f"Customer number {n} of the plant"} for n in range(800)]
    big = json.dumps({"customers": customers}).encode()
    assert len(big) > 32 * 1024  # more than the door takes from a request without a station token
    with office_client(live_server.url, "planner") as planner:
        shown = preview(planner, "customers.json", big)
        assert shown.status_code == 200 and counts(shown.text, "customers") == (800, 0, 0)
    with office_client(live_server.url, "viewer") as viewer:
        page = viewer.get("/masterdata")
        refused = viewer.post(
            "/masterdata/preview",
            data={"csrf": csrf_of(page.text)},
            files={"file": ("customers.json", big, "application/json")},
        )
    assert refused.status_code == 413
    assert master_rows(live_server.engine, "customers")[1] == 0
