"""The trace picture can be read without guessing: no words of one line sit on another's, and no line runs
through a box it does not connect (a shipped pallet must not seem to come from the wrong lot)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app import lots, operators, pallets, tasks
from floorstation.app.lookup import trace_code
from floorstation.ui.widgets.genealogy_view import GenealogyView


def shift(station: bootstrap.Station) -> str:
    """The demo's shift: caps from two resin lots and a masterbatch (one lot used twice), cases of caps, pallets
    of cases shipped; returns the cases' lot."""
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, "304/2023-10", "anna")
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=25)
    lots.consume_lot(ctx, "304/2023-10", "MB-0502", "anna", quantity="0.5")
    lots.consume_lot(ctx, "304/2023-10", "PP-2401", "anna", quantity=20, confirm_repeat=True)
    lots.consume_lot(ctx, "304/2023-10", "PP-2402", "anna", quantity=20, fefo_reason="older_lot_not_reachable")
    caps = "M01-26327-001"  # the lots the two tasks open on the demo's day
    tasks.stop_task(ctx, "304/2023-10", "anna", good=8000)
    tasks.start_task(ctx, "306/2023-10", "marta")
    lots.consume_lot(ctx, "306/2023-10", caps, "marta", quantity=6000)
    lots.consume_lot(ctx, "306/2023-10", "BOX-0901", "marta", quantity=3)
    cases = "M03-26327-001"
    tasks.stop_task(ctx, "306/2023-10", "marta", good=3)
    pallet = pallets.build_pallet(ctx, "marta", cases, 2)
    pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SH-0412")
    pallets.build_pallet(ctx, "marta", caps, 500)
    return str(cases)


def crossed_boxes(view: GenealogyView) -> list[str]:
    found = []
    for source, target, path in view.lines:
        for key, box in view.positions.items():
            if key in (source, target):
                continue
            inside = box.adjusted(2, 2, -2, -2)
            if any(inside.contains(path.pointAtPercent(i / 200)) for i in range(201)):
                found.append(f"{source} -> {target} runs through {key}")
    return found


def overlapping(labels: list[QRectF]) -> list[str]:
    return [
        f"{a.getRect()} and {b.getRect()}" for i, a in enumerate(labels) for b in labels[i + 1 :] if a.intersects(b)
    ]


def test_the_picture_has_no_words_on_words_and_no_line_through_a_box(qtbot: QtBot, station: bootstrap.Station) -> None:
    cases = shift(station)
    view = GenealogyView()
    qtbot.addWidget(view)
    view.resize(1000, 500)
    for code in (cases, "PP-2401"):
        view.show_trace(trace_code(station.ctx, code))
        assert len(view.lines) >= 4
        assert overlapping(view.labels) == []
        assert crossed_boxes(view) == []
        words_on_boxes = [k for k, box in view.positions.items() for label in view.labels if label.intersects(box)]
        assert words_on_boxes == []


def test_two_uses_of_one_lot_in_one_lot_say_both_quantities(qtbot: QtBot, station: bootstrap.Station) -> None:
    shift(station)
    view = GenealogyView()
    qtbot.addWidget(view)
    view.show_trace(trace_code(station.ctx, "PP-2401"))
    texts = [item.text() for item in view.scene().items() if hasattr(item, "text")]
    assert "25 + 20" in texts or "25 + 20 · M01" in texts
