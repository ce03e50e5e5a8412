"""Screenshots of every plant office page at 1366x768 and 1920x1080 into docs/screenshots/office/.

A demo server on a free loopback port, in a temporary folder: the demo plant's master data, three stations that
upload a morning's records (a task run with a crew, a paused task, a machine marked down, a lot made), their
heartbeats, a few alarms, and one office user per role. Chromium is Debian's (/usr/bin/chromium), driven by
Playwright.

    python scripts/office_screenshots.py [--out docs/screenshots/office]
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from playwright.sync_api import sync_playwright
from sqlalchemy import insert, select, update

from floorstation.compliance.profile import Party, TraceProfile
from floorstation.domain.events import (
    GENESIS_HASH,
    Event,
    LotConsumed,
    LotProduced,
    MachineMarkedDown,
    Payload,
    ScrapCount,
    TaskCounted,
    TaskPaused,
    TaskStarted,
    TaskStopped,
    event_hash,
    payload_dict,
)
from floorstation.domain.master import LotStatus
from floorstation.server import drills, enrollment, plant_profile, provisioning
from floorstation.server.alarms import raise_alarm
from floorstation.server.app import create_app
from floorstation.server.db import open_database
from floorstation.server.masterdata import import_catalog, read_catalog, set_lot_status
from floorstation.server.models import EventFlagRow, EventRow, StationRow, WebhookRow
from floorstation.server.office.users import add_user
from floorstation.server.results import webhooks

ROOT = Path(__file__).resolve().parents[1]
DEMO_PLANT = ROOT / "resources" / "demo" / "plant.json"
SIZES = ((1366, 768), (1920, 1080))
PASSWORD = "demo-password"


class Station:
    """One station's hash-chained log, uploaded with its own token."""

    def __init__(self, url: str, engine: Any, station_id: str) -> None:
        self.url, self.station_id = url, station_id
        code = enrollment.create_code(engine, station_id)
        answer = httpx.post(f"{url}/v1/enroll", json={"code": code, "station_id": station_id, "app_version": "0.1.0"})
        answer.raise_for_status()
        self.token = answer.json()["token"]
        self.seq, self.prev = 0, GENESIS_HASH

    def upload(self, at: datetime, operator: str, *payloads: Payload) -> None:
        events = []
        for i, payload in enumerate(payloads):
            self.seq += 1
            fields: dict[str, Any] = {
                "event_id": str(uuid.uuid4()),
                "station_id": self.station_id,
                "epoch": 1,
                "seq": self.seq,
                "type": payload.TYPE,
                "schema_version": payload.VERSION,
                "occurred_at": (at + timedelta(seconds=i)).isoformat(timespec="milliseconds"),
                "operator_id": operator,
                "payload": payload_dict(payload),
                "prev_hash": self.prev,
            }
            event = Event(hash=event_hash(**fields), **fields)
            self.prev = event.hash
            events.append(event.as_dict())
        answer = httpx.post(f"{self.url}/v1/events:batch", json={"events": events}, headers=self.auth)
        answer.raise_for_status()

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def heartbeat(self, pending: int, offset_ms: int, version: str = "0.1.0") -> None:
        body = {
            "app_version": version,
            "pending_count": pending,
            "clock_offset_ms": offset_ms,
            "station_time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        }
        httpx.post(f"{self.url}/v1/heartbeat", json=body, headers=self.auth).raise_for_status()


def seed(url: str, engine: Any) -> None:
    import_catalog(engine, read_catalog(DEMO_PLANT))
    for name, role, language in (
        ("ewa", "admin", "en"),
        ("marek", "manager", "pl"),
        ("jana", "quality", "de"),
        ("olek", "viewer", "en"),
    ):
        add_user(engine, name, role, PASSWORD, language=language)
    now = datetime.now(UTC).replace(microsecond=0)
    line1, line2, line3 = (Station(url, engine, s) for s in ("ST-LINE1", "ST-LINE2", "ST-LINE3"))
    today = date.today()
    line1.upload(
        now - timedelta(hours=3),
        "anna",
        TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023"),
        LotProduced(
            lot_code="C28-0001",
            material="CAP-28",
            task_id="304/2023-10",
            work_order="304/2023",
            machine_id="M01",
            produced_on=today,
        ),
    )
    line1.upload(
        now - timedelta(hours=2, minutes=50),
        "anna",
        LotConsumed(
            input_lot="PP-2401",
            output_lot="C28-0001",
            task_id="304/2023-10",
            material="RESIN-PP",
            quantity=Decimal(25),
            unit="kg",
        ),
        LotConsumed(
            input_lot="MB-0502",
            output_lot="C28-0001",
            task_id="304/2023-10",
            material="MB-BLUE",
            quantity=Decimal("0.5"),
            unit="kg",
        ),
    )
    line1.upload(
        now - timedelta(hours=2),
        "anna",
        TaskCounted(
            task_id="304/2023-10",
            good_qty=Decimal(180),
            scrap=(ScrapCount(reason="flash", qty=Decimal(3)),),
            rework_qty=Decimal(2),
            output_lot="C28-0001",
        ),
    )
    line1.upload(
        now - timedelta(hours=1),
        "anna",
        TaskStopped(task_id="304/2023-10", good_qty=Decimal(330), scrap_qty=Decimal(4), output_lot="C28-0001"),
    )
    line1.upload(
        now - timedelta(minutes=52), "anna", TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023")
    )
    line1.upload(
        now - timedelta(minutes=40),
        "piotr",
        TaskStarted(task_id="304/2023-10", machine_id="M01", work_order="304/2023", joined=True),
    )
    line2.upload(
        now - timedelta(hours=2),
        "marta",
        TaskStarted(task_id="305/2023-10", machine_id="M02", work_order="305/2023"),
    )
    line2.upload(now - timedelta(minutes=12), "marta", TaskPaused(task_id="305/2023-10", reason="material"))
    line3.upload(
        now - timedelta(minutes=25),
        "tomasz",
        MachineMarkedDown(machine_id="M03", mark_id="MK-0001", reason="mould_damage", note="cavity 3 cracked"),
    )
    set_lot_status(engine, "PP-2312", LotStatus.HOLD, reason="lab test pending", by="jana")
    set_lot_status(engine, "MB-0501", LotStatus.RECALLED, reason="supplier recall 2026-114", by="jana")
    provisioning.set_plant_version(engine, "0.2.0")  # a rollout under way: one line updated, two to go
    packing = (
        '[station]\nmode = "dispatch"\nname = "Packing 1"\n\n'
        '[[printer]]\nname = "dock"\nurl = "zpl+tcp://10.0.4.21:9100"\nrole = "pallet"\n'
    )
    provisioning.replace_with_file(engine, "ST-PACK1", packing, "the packing station's configuration")
    line1.heartbeat(0, 420, version="0.2.0")
    line2.heartbeat(3, -1250)
    line3.heartbeat(0, 95_000)
    with engine.begin() as conn:
        hours_ago = (now - timedelta(hours=5)).isoformat(timespec="milliseconds")
        conn.execute(update(StationRow).where(StationRow.id == "ST-LINE3").values(last_contact_at=hours_ago))
        raise_alarm(
            conn,
            "SSCC_COLLISION",
            "Two pallets carry SSCC 059012340000000017: built at ST-LINE1 and ST-LINE2.",
            station_id="ST-LINE2",
            epoch=1,
            seq=2,
        )
        raise_alarm(
            conn,
            "LOT_DECISION_REFUSED",
            "ST-LINE3 released lot PP-2312 at 06:10, but its clock is 1 min 35 s off the server's.",
            station_id="ST-LINE3",
            epoch=1,
            seq=1,
        )
        event_id = conn.scalar(select(EventRow.event_id).where(EventRow.station_id == "ST-LINE2").limit(1))
    # An ERP endpoint that has stopped answering: its results wait in the outbox.
    hook_id, _secret = webhooks.add(engine, "https://erp.example.com/api/floorstation", replay=True)
    with engine.begin() as conn:
        conn.execute(
            update(WebhookRow)
            .where(WebhookRow.id == hook_id)
            .values(
                failures=11,
                failing_since=(now - timedelta(minutes=42)).isoformat(timespec="milliseconds"),
                last_error_at=now.isoformat(timespec="milliseconds"),
                last_error="HTTP 503: Service Unavailable",
            )
        )
        conn.execute(
            insert(EventFlagRow).values(
                event_id=event_id,
                code="lot_on_hold",
                message="Lot PP-2312 is ON HOLD but was consumed at ST-LINE2 without an override.",
                created_at=now.isoformat(timespec="milliseconds"),
            )
        )

    # Who the plant is, and two mock-recall drills: one done in time, one still running.
    site = Party("Demo Caps plant 1", "ul. Fabryczna 1, 00-001 Warszawa", "+48 22 100 20 30", "5901234000017")
    customers = {"C100": Party("Nordic Beverages AB", "Hamngatan 1, Stockholm", "+46 8 100 200", "7300009000012")}
    plant_profile.save(engine, TraceProfile("5901234", site, customers=customers, units={"kg": "KGM"}), "ewa")
    done = drills.start(engine, "PP-2401", "jana", now=now - timedelta(days=20, hours=2))
    for minutes, step in ((6, "trace"), (14, "customers"), (31, "stock"), (48, "mass_balance"), (52, "downloads")):
        drills.mark_step(engine, done, step, now=now - timedelta(days=20, hours=2) + timedelta(minutes=minutes))
    drills.finish(engine, done, "jana", "C100 reached by phone", now=now - timedelta(days=20, hours=1, minutes=5))
    running = drills.start(engine, "C28-0001", "ewa", now=now - timedelta(minutes=17))
    drills.mark_step(engine, running, "trace", now=now - timedelta(minutes=12))


MASTER_UPDATE = (
    b'{"materials": [{"code": "RESIN-PP", "name": "Polypropylene resin H350", "unit": "kg", "shelf_life_days": 540},'
    b' {"code": "MB-GREEN", "name": "Green masterbatch", "unit": "kg", "shelf_life_days": 365}],'
    b' "customers": [{"id": "C100", "name": "Nordic Beverages AB"}, {"id": "C400", "name": "Baltic Water Sp. z o.o."}]}'
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "office")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument(
        "--only", nargs="*", default=[], help="only the pages whose name starts with one of these (default: all)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        engine = open_database(f"sqlite:///{Path(folder) / 'server.db'}")
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = uvicorn.Server(uvicorn.Config(create_app(engine), host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            seed(url, engine)
            shoot(url, args.out, args.chromium, tuple(args.only))
        finally:
            server.should_exit = True
            thread.join(10)
            engine.dispose()
    return 0


def shoot(url: str, out: Path, chromium: str, only: tuple[str, ...] = ()) -> None:
    pages = [
        ("login", None, "/login"),
        ("floor", "ewa", "/"),
        ("floor-pl", "marek", "/"),
        ("alarms", "ewa", "/alarms"),
        ("stations", "ewa", "/stations"),
        ("station-config", "ewa", "/stations/ST-PACK1/config"),
        ("quality", "jana", "/quality"),
        ("lots", "ewa", "/lots?q=C28-0001"),
        ("reports", "ewa", "/reports"),
        ("report-work-time", "ewa", "/reports/work-time"),
        ("report-downtime", "ewa", "/reports/downtime"),
        ("report-oee", "ewa", "/reports/oee"),
        ("report-shifts", "ewa", "/reports/shifts"),
        ("report-oee-de", "jana", "/reports/oee"),
        ("forbidden", "olek", "/stations"),
        ("settings", "ewa", "/settings"),
        ("settings-mistakes", "ewa", "/settings"),
        ("masterdata", "ewa", "/masterdata?list=operators"),
        ("masterdata-preview", "ewa", "/masterdata"),
        ("drill", "jana", "/lots/drills/2"),
        ("drills", "jana", "/lots/drills"),
    ]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for width, height in SIZES:
            for name, user, path in pages:
                if only and not name.startswith(only):
                    continue
                context = browser.new_context(viewport={"width": width, "height": height})
                page = context.new_page()
                if user is not None:
                    page.goto(f"{url}/login")
                    page.fill("input[name=username]", user)
                    page.fill("input[name=password]", PASSWORD)
                    page.click("button[type=submit]")
                    page.wait_for_url(f"{url}/")
                page.goto(f"{url}{path}")
                if name == "stations":
                    page.fill("input[name=station_id]", "ST-PACK1")
                    page.click("text=Make an enrolment code")
                    page.wait_for_selector("#enrol-code")
                if name == "settings-mistakes":
                    page.fill("input[name=site_gln]", "5901234000018")
                    page.fill("input[name=company_prefix]", "59012")
                    page.click("text=Save settings")
                    page.wait_for_selector(".field-error")
                if name == "masterdata-preview":
                    page.set_input_files(
                        "input[name=file]",
                        files=[{"name": "update.json", "mimeType": "application/json", "buffer": MASTER_UPDATE}],
                    )
                    page.click("text=Show what changes")
                    page.wait_for_selector(".preview")
                page.screenshot(path=str(out / f"{name}-{width}x{height}.png"))
                context.close()
                print(f"{name}-{width}x{height}.png")
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
