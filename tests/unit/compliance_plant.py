"""A small hand-made plant and its event log, for the compliance exports' unit tests.

Resin (no GTIN) and a supplier's caps (GTIN and lot on the label) come in; press M01 moulds our caps (GTIN under
our own company prefix) from two resin lots and masterbatch; the packing line makes cases of caps; pallets go to
two customers. Events are built as the station would write them (hash chain included), at fixed times.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from floorstation.compliance.profile import Party, TraceProfile
from floorstation.compliance.records import Catalog
from floorstation.domain import events as ev
from floorstation.domain.codes import gs1_check_digit
from floorstation.domain.events import GENESIS_HASH, Event, Payload, event_hash, payload_dict
from floorstation.domain.master import Customer, Lot, Machine, Material

OURS = "5901234"
SUPPLIER_PREFIX = "4012345"
CET = timezone(timedelta(hours=1))


def gln(body12: str) -> str:
    return body12 + str(gs1_check_digit(body12))


def gtin(body13: str) -> str:
    return body13 + str(gs1_check_digit(body13))


SITE_GLN = gln(OURS + "00001")
CUSTOMER_GLN = gln("7350000" + "00042")
CAP_GTIN = gtin("0" + OURS + "00001")
CASE_GTIN = gtin("1" + OURS + "00001")
SUPPLIER_CAP_GTIN = gtin("0" + SUPPLIER_PREFIX + "77777")

CATALOG = Catalog.of(
    materials=[
        Material("RESIN", "Polypropylene resin", "kg"),
        Material("MB", "Blue masterbatch", "kg"),
        Material("CAP", "Cap 28 mm", "pcs", gtin=CAP_GTIN, shelf_life_days=1095),
        Material("CASE", "Case of 2000 caps", "case", gtin=CASE_GTIN),
        Material("LINER", "Cap liner", "pcs", gtin=SUPPLIER_CAP_GTIN),
    ],
    machines=[Machine("M01", "Injection press 1", "M01"), Machine("M03", "Packing line", "M03")],
    customers=[Customer("C100", "Nordic Beverages AB"), Customer("C200", "Baltic Dairy")],
    lots=[
        Lot("MB-7", "MB", Decimal(50), expiry=date(2027, 5, 1), supplier="Clariant", supplier_lot="CL0501"),
        Lot("OLD-1", "RESIN", Decimal(0)),
    ],
)


def profile(*, with_gln: bool = True, private_base: str = "") -> TraceProfile:
    return TraceProfile(
        company_prefix=OURS,
        site=Party("Capworks Sp. z o.o.", "ul. Fabryczna 1, 00-001 Warszawa, PL", "+48 22 100 00 00", SITE_GLN)
        if with_gln
        else Party("Capworks Sp. z o.o.", "ul. Fabryczna 1, 00-001 Warszawa, PL", "+48 22 100 00 00"),
        known_prefixes=("7350000",),
        customers={"C100": Party("Nordic Beverages AB", "Hamngatan 1, Göteborg, SE", "+46 31 000 000", CUSTOMER_GLN)},
        suppliers={"Basell": Party("Basell Polyolefins", "Industriepark, Wesseling, DE", "+49 2236 0000")},
        private_base=private_base,
    )


@dataclass
class Log:
    """Builds a station's event log by hand: each ``add`` is the next event, a minute after the last."""

    station_id: str = "ST-01"
    at: datetime = datetime(2026, 11, 23, 8, 0, tzinfo=CET)
    events: list[Event] = field(default_factory=list)

    def add(self, payload: Payload, *, operator: str | None = "anna", minutes: float = 1) -> Event:
        self.at += timedelta(minutes=minutes)
        fields = {
            "event_id": str(uuid.UUID(int=len(self.events) + 1, version=4)),
            "station_id": self.station_id,
            "epoch": 1,
            "seq": len(self.events) + 1,
            "type": payload.TYPE,
            "schema_version": payload.VERSION,
            "occurred_at": self.at.isoformat(timespec="milliseconds"),
            "operator_id": operator,
            "payload": payload_dict(payload),
            "prev_hash": self.events[-1].hash if self.events else GENESIS_HASH,
        }
        event = Event(hash=event_hash(**fields), **fields)  # type: ignore[arg-type]
        self.events.append(event)
        return event


SSCC_1 = "0" + OURS + "000000001"
SSCC_1 += str(gs1_check_digit(SSCC_1))
SSCC_2 = "0" + OURS + "000000002"
SSCC_2 += str(gs1_check_digit(SSCC_2))
SSCC_3 = "0" + OURS + "000000003"
SSCC_3 += str(gs1_check_digit(SSCC_3))


def plant_log() -> Log:
    """The scenario of the module docstring."""
    log = Log()
    d = date(2026, 11, 23)
    log.add(
        ev.LotReceived(
            lot_code="G1-26327-001",
            material="RESIN",
            quantity=Decimal(500),
            unit="kg",
            supplier="Basell",
            supplier_lot="BP261101",
            expiry=date(2028, 11, 1),
            received_on=d,
        )
    )
    log.add(
        ev.LotReceived(
            lot_code="G1-26327-002",
            material="LINER",
            quantity=Decimal(10000),
            unit="pcs",
            supplier="Liners Ltd",
            supplier_lot="L/77",
            gtin=SUPPLIER_CAP_GTIN,
            received_on=d,
        )
    )
    log.add(ev.TaskStarted(task_id="WO1-10", machine_id="M01", work_order="304/2023"))
    log.add(
        ev.LotProduced(
            lot_code="M01-26327-001",
            material="CAP",
            task_id="WO1-10",
            work_order="304/2023",
            machine_id="M01",
            produced_on=d,
            expiry=date(2029, 11, 22),
        )
    )
    consumed = {"input_lot": "G1-26327-001", "output_lot": "M01-26327-001", "task_id": "WO1-10", "unit": "kg"}
    log.add(ev.LotConsumed(**consumed, material="RESIN", quantity=Decimal("20.5")))
    log.add(
        ev.LotConsumed(
            input_lot="MB-7",
            output_lot="M01-26327-001",
            task_id="WO1-10",
            material="MB",
            quantity=Decimal("0.4"),
            unit="kg",
        )
    )
    log.add(ev.LotConsumed(**consumed, material="RESIN", quantity=Decimal("4.5")))
    log.add(
        ev.LotConsumed(
            input_lot="G1-26327-002",
            output_lot="M01-26327-001",
            task_id="WO1-10",
            material="LINER",
            quantity=Decimal(10000),
            unit="pcs",
        )
    )
    log.add(
        ev.TaskStopped(task_id="WO1-10", good_qty=Decimal(10000), scrap_qty=Decimal(12), output_lot="M01-26327-001")
    )
    log.add(ev.TaskStarted(task_id="WO3-10", machine_id="M03", work_order="306/2023"))
    log.add(
        ev.LotProduced(
            lot_code="M03-26327-001",
            material="CASE",
            task_id="WO3-10",
            work_order="306/2023",
            machine_id="M03",
            produced_on=d,
        )
    )
    log.add(
        ev.LotConsumed(
            input_lot="M01-26327-001",
            output_lot="M03-26327-001",
            task_id="WO3-10",
            material="CAP",
            quantity=Decimal(4000),
            unit="pcs",
        )
    )
    log.add(ev.TaskStopped(task_id="WO3-10", good_qty=Decimal(2), scrap_qty=Decimal(0), output_lot="M03-26327-001"))
    pallet = {"material": "CAP", "unit": "pcs", "lot_code": "M01-26327-001"}
    log.add(ev.PalletBuilt(sscc=SSCC_1, quantity=Decimal(5000), **pallet), operator="marta")
    log.add(ev.PalletBuilt(sscc=SSCC_2, lot_code="M03-26327-001", material="CASE", quantity=Decimal(2), unit="case"))
    log.add(ev.PalletBuilt(sscc=SSCC_3, quantity=Decimal(1000), **pallet), operator="marta")
    log.add(ev.PalletShipped(sscc=SSCC_1, customer_id="C100", shipment_id="DN-1"), operator="marta", minutes=60)
    log.add(ev.PalletShipped(sscc=SSCC_2, customer_id="C200", shipment_id="DN/2"), operator="marta")
    return log
