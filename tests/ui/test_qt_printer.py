"""``qt://`` printers: the card goes through the queue to a QPrinter. Here the "printer" is Qt's own PDF output
(what a QPrinter in PdfFormat writes is what Qt sends to CUPS), read back with pdftoppm and zxing-cpp."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import biip
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.devices.printing.urls import parse
from floorstation.domain.errors import InvalidInput
from floorstation.domain.gs1_elements import gs1_date
from floorstation.domain.printers import PrinterRole, StationPrinter
from floorstation.domain.printjobs import CardDoesNotFit, JobState
from floorstation.ui import qt_printer
from tests.integration.print_station import Printable, printable

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")


class PdfPrinters:
    """Printers named ``office`` and ``labels`` that write PDF files into ``folder`` (one per job, numbered)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: list[QPrinter] = []

    def names(self) -> list[str]:
        return ["office", "labels"]

    def printer(self, name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / f"{name}-{len(self.made) + 1}.pdf"))
        self.made.append(printer)
        return printer


@pytest.fixture
def setup(qapp: QApplication, station: bootstrap.Station, tmp_path: Path) -> tuple[Printable, PdfPrinters]:
    made = printable(station)
    pdfs = PdfPrinters(tmp_path)
    made.pctx = bootstrap.printing(station, backends=qt_printer.backends(pdfs))
    made.worker = printing.PrintWorker(made.pctx)
    return made, pdfs


def _scan(pdf: Path, out: Path) -> list[tuple[str, str]]:
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(out)], check=True)
    with Image.open(out.with_suffix(".png")) as page:
        found = zxingcpp.read_barcodes(page.convert("L"), text_mode=zxingcpp.TextMode.Plain)
    return [(r.symbology_identifier, r.text) for r in found]


def _elements(scans: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for aim, text in scans:
        if aim == "]C1":
            message = biip.parse(aim + text).gs1_message
            assert message is not None, text
            found.update({e.ai.ai: e.value for e in message.element_strings})
    return found


def test_pallet_card_on_a_qt_printer_scans_as_the_pallet(setup: tuple[Printable, PdfPrinters], tmp_path: Path) -> None:
    made, pdfs = setup
    job = printing.request_card(made.pctx, "marta", "pallet", made.pallet.sscc, "qt://office?page=A5")
    done = made.worker.run_once()
    assert done is not None and done.id == job.id and done.state is JobState.DONE, done
    with made.station.ctx.uow() as uow:
        lot = uow.lot(made.lot)
    assert lot is not None and lot.expiry is not None and lot.made_on is not None
    scans = _scan(tmp_path / "office-2.pdf", tmp_path / "page")  # 1: the check when queued, 2: the print
    assert _elements(scans) == {
        "00": made.pallet.sscc,
        "02": "05901234000017",
        "37": "2000",
        "10": made.lot,
        "17": gs1_date(lot.expiry),
        "11": gs1_date(lot.made_on),
    }
    qr = [text for aim, text in scans if aim.startswith("]Q")]
    assert qr and qr[0].startswith(f"https://id.gs1.org/00/{made.pallet.sscc}?")
    assert pdfs.made[-1].resolution() == 1200  # drawn 4 x 4 device pixels per pixel of the 300 dpi card image
    with Image.open(tmp_path / "page.png") as page:
        assert page.size == (1750, 2480)  # A5 at 300 dpi


def test_a_configured_qt_printer_is_the_default_for_lot_cards(
    setup: tuple[Printable, PdfPrinters], tmp_path: Path
) -> None:
    made, _ = setup
    office = StationPrinter("office", "qt://office", role=PrinterRole.LOT_CARD)
    pctx = replace(made.pctx, station_printers=(office,))
    job = printing.request_card(pctx, "marta", "lot", made.lot)
    assert job.printer == "office"
    done = printing.PrintWorker(pctx).run_once()
    assert done is not None and done.state is JobState.DONE
    scans = _scan(tmp_path / "office-2.pdf", tmp_path / "lot")
    assert ("]C0", made.lot) in scans
    assert _elements(scans)["10"] == made.lot


def test_a_card_taller_than_the_page_is_refused_when_queued(setup: tuple[Printable, PdfPrinters]) -> None:
    made, _ = setup
    with pytest.raises(CardDoesNotFit, match=r"needs a label or page .* tall"):
        printing.request_card(made.pctx, "marta", "pallet", made.pallet.sscc, "qt://labels?width_mm=148&height_mm=80")
    assert printing.list_jobs(made.pctx) == []


def test_an_unknown_printer_name_lists_the_printers_qt_sees(setup: tuple[Printable, PdfPrinters]) -> None:
    made, _ = setup
    with pytest.raises(InvalidInput, match=r"no printer named 'Office'.*it sees: office, labels"):
        printing.request_card(made.pctx, "marta", "pallet", made.pallet.sscc, "qt://Office")
    assert printing.list_jobs(made.pctx) == []


def test_the_system_printers_are_what_qprinterinfo_lists(qapp: QApplication) -> None:
    from PySide6.QtPrintSupport import QPrinterInfo

    known = QPrinterInfo.availablePrinterNames()
    if "floorstation-no-such-printer" in known:
        pytest.skip("a printer has that name")
    with pytest.raises(InvalidInput) as refused:
        qt_printer.QtCardPrinter(parse("qt://floorstation-no-such-printer"))
    listed = f"it sees: {', '.join(known)}" if known else "it sees no printers at all"
    assert listed in refused.value.message
