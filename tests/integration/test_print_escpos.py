"""ESC/POS cards: the bytes python-escpos produces, and what a scanner reads from a card sent to a loopback printer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import biip
import pytest

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.devices.printing.escpos_backend import EscposCardPrinter, status_byte
from floorstation.devices.printing.urls import parse
from floorstation.domain.cards import LotCard, PalletCard, document
from floorstation.domain.codes import has_valid_check_digit
from floorstation.domain.gs1_elements import gs1_date
from floorstation.domain.printjobs import JobState
from tests.integration.print_station import Printable, printable
from tests.integration.printer_fakes import FakePrinter, read_escpos

CARD = PalletCard(
    sscc="059012340000000017",
    product="CAP-28",
    product_name="Cap 28 mm, blue",
    gtin="05901234000017",
    lot="M01-26327-001",
    quantity=Decimal(2000),
    unit="pcs",
    station="ST-01",
    expiry=date(2029, 11, 23),
    produced_on=date(2026, 11, 23),
)


def _render(url: str, card: PalletCard | LotCard = CARD) -> bytes:
    return EscposCardPrinter(parse(url)).render(document(card))


def test_gs1_128_goes_out_as_code128_command_with_fnc1() -> None:
    data = _render("escpos+file:///dev/null")
    # SSCC alone, lowest, as GS k 73 with length 24: start C, FNC1, 20 digits in pairs.
    assert b"\x1dkI\x18{C{100059012340000000017" in data
    assert data.rindex(b"\x1dkI\x18{C{100") > data.rindex(b"{C{102")  # SSCC after the GTIN symbol
    assert b"\x1d(k\x04\x001A2\x00" in data  # native QR, model 2
    assert b"\x1dv0" not in data  # no raster at all
    assert data.startswith(b"\x1b@") and data.endswith(b"\x1dV\x00")  # initialise ... full cut


def test_profile_without_barcode_commands_gets_rasters() -> None:
    data = _render("escpos+file:///dev/null?profile=POS-5890", CARD.__class__(**{**_fields(CARD), "lot": "L7"}))
    job = read_escpos(data)
    assert b"\x1dkI" not in data and b"\x1d(k" not in data
    assert job.raster_images >= 3
    assert ("]C1", "00059012340000000017") in job.barcodes
    assert job.qr and job.qr[0].startswith("https://id.gs1.org/00/059012340000000017")


def test_reprint_is_printed_on_the_card() -> None:
    reprint = PalletCard(**{**_fields(CARD), "reprint": True})
    assert b" REPRINT " in _render("escpos+file:///dev/null", reprint)
    assert b"REPRINT" not in _render("escpos+file:///dev/null")


def test_status_bytes_are_validated() -> None:
    assert status_byte(b"\x12") == 0x12
    assert status_byte(b"\x72") == 0x72
    assert status_byte(b"\xff") is None  # not of the form 0xx1xx10
    assert status_byte(b"") is None


def _fields(card: PalletCard) -> dict[str, object]:
    return {k: getattr(card, k) for k in card.__dataclass_fields__ if k != "kind"}


@pytest.fixture
def setup(station: bootstrap.Station) -> Printable:
    return printable(station)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def _gs1(scans: list[tuple[str, str]]) -> dict[str, str]:
    """Every GS1 element string in the scanned symbols, parsed by biip."""
    found: dict[str, str] = {}
    for aim, data in scans:
        if aim != "]C1":
            continue
        message = biip.parse(aim + data).gs1_message
        assert message is not None, data
        found.update({e.ai.ai: e.value for e in message.element_strings})
    return found


@pytest.mark.parametrize("options", ["", "?barcodes=raster"], ids=["commands", "raster"])
def test_pallet_card_over_tcp_scans_as_the_pallet(setup: Printable, printer: FakePrinter, options: str) -> None:
    url = f"escpos+tcp://{printer.url_host}{options}"
    job = printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    done = setup.worker.run_once()
    assert done is not None and done.id == job.id and done.state is JobState.DONE
    [received] = printer.wait_for_jobs(1)
    scanned = read_escpos(received)
    elements = _gs1(scanned.barcodes)
    with setup.station.ctx.uow() as uow:
        lot = uow.lot(setup.lot)
    assert lot is not None and lot.expiry is not None and lot.made_on is not None
    assert elements["00"] == setup.pallet.sscc and has_valid_check_digit(elements["00"])
    assert elements["02"] == "05901234000017" and has_valid_check_digit(elements["02"])
    assert elements["37"] == "2000"
    assert elements["10"] == setup.lot
    assert elements["17"] == gs1_date(lot.expiry)
    assert elements["11"] == gs1_date(lot.made_on)
    assert scanned.barcodes[-1] == ("]C1", "00" + setup.pallet.sscc)  # the SSCC is the lowest symbol
    link = biip.parse(scanned.qr[0]).gs1_digital_link_uri
    assert link is not None
    assert {e.ai.ai: e.value for e in link.element_strings} == elements


def test_lot_card_without_gtin_carries_the_lot_in_plain_code128(setup: Printable, printer: FakePrinter) -> None:
    printing.request_card(setup.pctx, "marta", "lot", setup.plain_lot, f"escpos+tcp://{printer.url_host}")
    assert setup.worker.run_once() is not None
    scanned = read_escpos(printer.wait_for_jobs(1)[0])
    assert scanned.barcodes == [("]C0", setup.plain_lot)]
    assert scanned.qr == [setup.plain_lot]
    assert b"PP-2401" in scanned.text and b"Polypropylene resin" in scanned.text
