"""Which printer prints a card: names from station.toml, the default per card kind, a card refused when it is
queued because it cannot fit the printer, the site's card layout, and best-before materials printing (15)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import biip
import pytest

from floorstation import bootstrap, cli
from floorstation.app import printing
from floorstation.domain.cards import CardLayout
from floorstation.domain.catalog import parse_json
from floorstation.domain.errors import InvalidInput
from floorstation.domain.ports import MasterChange
from floorstation.domain.printers import PrinterRole, StationPrinter
from floorstation.domain.printjobs import CardDoesNotFit, JobState
from floorstation.store import eventlog
from floorstation.store.masterdata import import_catalog
from tests.conftest import ManualClock
from tests.integration.print_station import Printable, printable
from tests.integration.printer_fakes import FakePrinter, free_port, read_escpos, read_zpl


@pytest.fixture
def setup(station: bootstrap.Station) -> Printable:
    return printable(station)


@pytest.fixture
def dock() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


@pytest.fixture
def line() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def _with(setup: Printable, *printers: StationPrinter, layout: CardLayout | None = None) -> printing.PrintContext:
    pctx = replace(setup.pctx, station_printers=printers)
    return replace(pctx, layout=layout) if layout is not None else pctx


def _gs1(scans: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for aim, data in scans:
        if aim == "]C1":
            message = biip.parse(aim + data).gs1_message
            assert message is not None, data
            found.update({e.ai.ai: e.value for e in message.element_strings})
    return found


def test_each_card_kind_goes_to_its_default_printer(setup: Printable, dock: FakePrinter, line: FakePrinter) -> None:
    pctx = _with(
        setup,
        StationPrinter("dock", f"zpl+tcp://{dock.url_host}", role=PrinterRole.PALLET_CARD),
        StationPrinter("line", f"escpos+tcp://{line.url_host}", role=PrinterRole.LOT_CARD),
    )
    worker = printing.PrintWorker(pctx)
    pallet_job = printing.request_card(pctx, "marta", "pallet", setup.pallet.sscc)
    lot_job = printing.request_card(pctx, "marta", "lot", setup.lot)
    assert (pallet_job.printer, lot_job.printer) == ("dock", "line")
    assert printing.default_printer(pctx, "pallet") == pctx.station_printers[0]
    while worker.run_once() is not None:
        pass
    [label] = dock.wait_for_jobs(1)
    assert _gs1(read_zpl(label.decode()))["00"] == setup.pallet.sscc
    [receipt] = line.wait_for_jobs(1)
    assert _gs1(read_escpos(receipt).barcodes)["10"] == setup.lot
    with setup.station.engine.connect() as conn:
        printed = [e.payload for e in eventlog.iter_events(conn) if e.type == "card.printed"]
    assert sorted(p["printer"] for p in printed) == ["dock", "line"]  # the name people know


def test_a_name_or_a_url_and_the_refusals_without_either(setup: Printable, dock: FakePrinter) -> None:
    pctx = _with(setup, StationPrinter("dock", f"zpl+tcp://{dock.url_host}", role=PrinterRole.PALLET_CARD))
    assert printing.request_card(pctx, "marta", "lot", setup.lot, "dock").printer == "dock"  # by name: any role
    with pytest.raises(InvalidInput, match=r"no printer named 'Dock' \(it has: dock\)"):
        printing.request_card(pctx, "marta", "pallet", setup.pallet.sscc, "Dock")
    with pytest.raises(InvalidInput, match="No printer of this station prints lot cards"):
        printing.request_card(pctx, "marta", "lot", setup.plain_lot)
    url = f"zpl+tcp://{dock.url_host}?dpmm=8"
    assert printing.request_card(pctx, "marta", "lot", setup.plain_lot, url).printer == url


def test_a_waiting_card_follows_its_printer_to_a_new_url(
    setup: Printable, dock: FakePrinter, clock: ManualClock
) -> None:
    """The dock's Zebra was replaced (new address in station.toml) while a card waited for the old one."""
    old = _with(setup, StationPrinter("dock", f"zpl+tcp://127.0.0.1:{free_port()}", role=PrinterRole.BOTH))
    job = printing.request_card(old, "marta", "pallet", setup.pallet.sscc)
    waiting = printing.PrintWorker(old).run_once()
    assert waiting is not None and waiting.state is JobState.QUEUED
    new = _with(setup, StationPrinter("dock", f"zpl+tcp://{dock.url_host}", role=PrinterRole.BOTH))
    clock.advance(5)
    done = printing.PrintWorker(new).run_once()
    assert done is not None and done.id == job.id and done.state is JobState.DONE
    assert len(dock.wait_for_jobs(1)) == 1


def test_a_card_too_wide_for_the_printer_is_refused_when_queued(setup: Printable, line: FakePrinter) -> None:
    """A 58 mm receipt printer (384 dots) cannot carry the lot's GS1-128 at 2 dots per module: nothing is queued,
    and the message names the printers of the station the card fits."""
    pctx = _with(
        setup,
        StationPrinter("till", f"escpos+tcp://{line.url_host}?profile=POS-5890", role=PrinterRole.BOTH),
        StationPrinter("dock", "zpl+tcp://127.0.0.1:9", role=PrinterRole.PALLET_CARD),
        StationPrinter("office", "pdf:///tmp/never/", role=PrinterRole.BOTH),
    )
    with pytest.raises(CardDoesNotFit) as refused:
        printing.request_card(pctx, "marta", "pallet", setup.pallet.sscc)
    assert refused.value.message.startswith(f"The pallet card of {setup.pallet.sscc} does not fit printer till:")
    assert f"(10){setup.lot} needs 53 mm" in refused.value.message and "the paper has 48 mm" in refused.value.message
    assert refused.value.hint == "Print it on dock or office: they fit."
    with pytest.raises(CardDoesNotFit, match="Print it on office: it fits"):  # dock prints pallet cards only
        printing.request_card(pctx, "marta", "lot", setup.lot)
    assert printing.list_jobs(pctx, open_only=False) == []
    assert printing.request_card(pctx, "marta", "lot", setup.plain_lot).printer == "till"  # a short plain lot fits


def test_a_label_too_short_for_the_card_is_refused_when_queued(setup: Printable) -> None:
    pctx = _with(setup, StationPrinter("small", "zpl+tcp://127.0.0.1:9?width_mm=101.6&height_mm=76.2"))
    with pytest.raises(CardDoesNotFit, match=r"needs a label or page \d+ mm tall, the printer's is 76 mm") as refused:
        printing.request_card(pctx, "marta", "pallet", setup.pallet.sscc)
    assert "No other printer of this station fits it" in refused.value.hint
    assert printing.list_jobs(pctx, open_only=False) == []


def test_the_site_layout_changes_the_text_not_the_barcodes(setup: Printable, line: FakePrinter) -> None:
    layout = CardLayout(company="ACME Plastics", pallet_lines=("lot", "sscc"), qr=False)
    pctx = _with(setup, layout=layout)
    printing.request_card(pctx, "marta", "pallet", setup.pallet.sscc, f"escpos+tcp://{line.url_host}")
    printing.PrintWorker(pctx).run_once()
    job = read_escpos(line.wait_for_jobs(1)[0])
    assert b"ACME Plastics" in job.text
    assert job.text.index(b"BATCH/LOT") < job.text.index(b"SSCC")
    assert b"PROD. DATE" not in job.text and b"COUNT" not in job.text
    assert job.qr == [] and b"\x1d(k" not in line.jobs[0]
    assert {"00", "02", "37", "10", "17", "11"} <= set(_gs1(job.barcodes))


def test_a_best_before_material_prints_15_not_17(setup: Printable, line: FakePrinter) -> None:
    with setup.station.ctx.uow() as uow:
        cap = uow.material("CAP-28")
    assert cap is not None and cap.date_kind == "expiry"  # not given in master data: expiry
    catalog = {"materials": [{"code": "CAP-28", "name": cap.name, "unit": cap.unit, "gtin": cap.gtin}]}
    catalog["materials"][0]["date_kind"] = "best_before"
    import_catalog(setup.station.engine, parse_json(json.dumps(catalog)))
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, f"escpos+tcp://{line.url_host}")
    setup.worker.run_once()
    job = read_escpos(line.wait_for_jobs(1)[0])
    elements = _gs1(job.barcodes)
    assert "15" in elements and "17" not in elements
    assert b"BEST BEFORE" in job.text and b"EXPIRY" not in job.text
    link = biip.parse(job.qr[0]).gs1_digital_link_uri
    assert link is not None and "15" in {e.ai.ai for e in link.element_strings}


def test_date_kind_comes_down_from_the_server(setup: Printable) -> None:
    sink = bootstrap.change_sink(setup.station)
    row = {"code": "CHEESE", "name": "Gouda", "unit": "kg", "date_kind": "best_before"}
    sink.apply_changes([MasterChange("materials", row)], "1")
    with setup.station.ctx.uow() as uow:
        cheese = uow.material("CHEESE")
    assert cheese is not None and cheese.date_kind == "best_before"


# --- the command line, with printers in station.toml ---------------------------------------------------------


def test_print_commands_with_configured_printers(
    station_dir: Path, line: FakePrinter, capsys: pytest.CaptureFixture[str]
) -> None:
    station = bootstrap.build(station_dir)
    try:
        made = printable(station)
    finally:
        station.close()
    with (station_dir / "station.toml").open("a", encoding="utf-8") as cfg:
        cfg.write(
            f'\n[[printer]]\nname = "till"\nurl = "escpos+tcp://{line.url_host}"\nrole = "lot_card"\n'
            'profile = "POS-5890"\n'
        )
    base = ["--data-dir", str(station_dir), "print"]
    assert cli.main([*base, "printers"]) == 0
    listed = capsys.readouterr().out
    assert "office       both, default for pallet and lot cards" in listed
    assert f"escpos+tcp://{line.url_host}?profile=POS-5890" in listed and "ready to use" in listed

    assert cli.main([*base, "pallet-card", made.pallet.sscc]) == 0  # the demo's default: PDF in its data folder
    assert "on office" in capsys.readouterr().out
    assert (station_dir / "cards" / f"pallet-{made.pallet.sscc}.pdf").is_file()

    assert cli.main([*base, "lot-card", made.lot, "--printer", "till"]) == 2
    err = capsys.readouterr().err
    assert "does not fit printer till" in err and "Print it on office: it fits." in err

    assert cli.main([*base, "lot-card", made.plain_lot, "--printer", "till"]) == 0
    assert read_escpos(line.wait_for_jobs(1)[0]).barcodes == [("]C0", made.plain_lot)]
    assert cli.main([*base, "lot-card", made.plain_lot, "--printer", "nope", "--reprint"]) == 2
    assert "no printer named 'nope' (it has: office, till)" in capsys.readouterr().err
    assert cli.main([*base, "lot-card", made.plain_lot, "--printer", "qt://nope", "--reprint"]) == 2
    assert "Qt has no printer named 'nope'" in capsys.readouterr().err
