"""The transports other than TCP: a serial printer at the end of a pty pair, and device files (``escpos+file``,
``zpl+file``). Each card goes through the queue, and what arrived is read back to the pallet's GS1 data."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import biip
import pytest

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.domain.gs1_elements import gs1_date
from floorstation.domain.printjobs import JobState
from tests.integration.print_station import Printable, printable
from tests.integration.printer_fakes import PtyPrinter, read_escpos, read_zpl


@pytest.fixture
def setup(station: bootstrap.Station) -> Printable:
    return printable(station)


@pytest.fixture
def serial_printer() -> Iterator[PtyPrinter]:
    fake = PtyPrinter()
    yield fake
    fake.close()


def _elements(scans: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for aim, data in scans:
        if aim == "]C1":
            message = biip.parse(aim + data).gs1_message
            assert message is not None, data
            found.update({e.ai.ai: e.value for e in message.element_strings})
    return found


def _expected(setup: Printable) -> dict[str, str]:
    with setup.station.ctx.uow() as uow:
        lot = uow.lot(setup.lot)
    assert lot is not None and lot.expiry is not None and lot.made_on is not None
    return {
        "00": setup.pallet.sscc,
        "02": "05901234000017",
        "37": "2000",
        "10": setup.lot,
        "17": gs1_date(lot.expiry),
        "11": gs1_date(lot.made_on),
    }


def _print(setup: Printable, card: str, subject: str, url: str) -> None:
    printing.request_card(setup.pctx, "marta", card, subject, url, reprint=True)  # type: ignore[arg-type]
    done = setup.worker.run_once()
    assert done is not None and done.state is JobState.DONE, done


@pytest.mark.parametrize("options", ["", "&barcodes=raster"], ids=["commands", "raster"])
def test_serial_printer_on_a_pty_gets_the_pallet_card(
    setup: Printable, serial_printer: PtyPrinter, options: str
) -> None:
    """Raster images put every byte value on the line (XON, XOFF, CR, LF ...): the port must be raw both ways."""
    _print(setup, "pallet", setup.pallet.sscc, f"escpos+serial://{serial_printer.device}?baudrate=9600{options}")
    [job] = serial_printer.wait_for_jobs(1)
    assert serial_printer.queries >= 2  # online and paper asked, and answered, before the card went out
    scanned = read_escpos(job)
    assert _elements(scanned.barcodes) == _expected(setup)
    assert scanned.barcodes[-1] == ("]C1", "00" + setup.pallet.sscc)
    assert scanned.qr and scanned.qr[0].startswith(f"https://id.gs1.org/00/{setup.pallet.sscc}?")


def test_an_unplugged_serial_printer_keeps_the_card_queued(setup: Printable, tmp_path: Path) -> None:
    url = f"escpos+serial://{tmp_path}/ttyUSB9"
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, url)
    waiting = setup.worker.run_once()
    assert waiting is not None and waiting.state is JobState.QUEUED
    assert waiting.last_error == (
        f"Printer {tmp_path}/ttyUSB9 is not plugged in. Plug it in and switch it on; the card waits in the queue."
    )


def test_escpos_file_holds_the_last_card(setup: Printable, tmp_path: Path) -> None:
    """python-escpos opens the device file for writing: a regular file holds the newest job, as /dev/usb/lp0 would
    have passed each one on."""
    out = tmp_path / "lp0"
    url = f"escpos+file://{out}"
    _print(setup, "pallet", setup.pallet.sscc, url)
    assert _elements(read_escpos(out.read_bytes()).barcodes) == _expected(setup)
    _print(setup, "lot", setup.plain_lot, url)
    scanned = read_escpos(out.read_bytes())
    assert scanned.barcodes == [("]C0", setup.plain_lot)]


def test_zpl_file_gets_one_label_per_card(setup: Printable, tmp_path: Path) -> None:
    out = tmp_path / "lp1"
    url = f"zpl+file://{out}"
    _print(setup, "pallet", setup.pallet.sscc, url)
    _print(setup, "lot", setup.lot, url)
    labels = [part for part in out.read_text(encoding="utf-8").split("^XZ") if part.strip()]
    assert len(labels) == 2 and all(label.lstrip().startswith("^XA") for label in labels)
    pallet = read_zpl(labels[0])
    assert _elements(pallet).items() >= _expected(setup).items()
    assert pallet[-1] == ("]C1", "00" + setup.pallet.sscc)
    lot = read_zpl(labels[1])
    assert lot[0] == ("]C0", setup.lot)
    assert _elements(lot)["10"] == setup.lot and _elements(lot)["01"] == "05901234000017"
