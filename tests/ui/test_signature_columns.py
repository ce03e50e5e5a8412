"""The signature chooses its names' columns from the room it has: names stand one above the other while they fit
the height beside the keypad (a full name is never cut), and share columns only when they would not fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from floorstation.domain import signatures
from floorstation.domain.master import Operator, Role
from floorstation.ui.widgets.signature import SignaturePanel
from tests.ui.test_fits import cut_words

NAMES = (
    "Małgorzata Wiśniewska-Kowalczyk",
    "Hans-Joachim Schwarzenberger",
    "Aleksandra Zielińska-Nowak",
    "Krzysztof Brzęczyszczykiewicz",
    "Ewa Lewandowska",
    "Marta Kowalska",
    "Piotr Wójcik",
    "Anna Nowak",
    "Jan Kowalski",
)


class _View:
    """What the signature reads of the station: the people who may sign."""

    def __init__(self, count: int) -> None:
        self.operators = [
            Operator(f"p{i}", name, f"B{5000 + i}", frozenset({Role.SHIFT_LEAD}))
            for i, name in enumerate(NAMES[:count])
        ]


class Holder(QWidget):
    """A window of the panel's size, holding it."""

    def __init__(self, count: int, size: tuple[int, int]) -> None:
        super().__init__()
        self.setFixedSize(*size)
        self.panel = SignaturePanel(_View(count), meaning=signatures.OVERRIDE, role=Role.SHIFT_LEAD)  # type: ignore[arg-type]
        self.panel.setParent(self)
        self.panel.setGeometry(0, 0, *size)


def shown(qtbot: QtBot, count: int, size: tuple[int, int]) -> Holder:
    holder = Holder(count, size)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder


def columns(panel: SignaturePanel) -> int:
    return len({b.mapTo(panel, QPoint(0, 0)).x() for b in panel.buttons.values()})


def test_four_long_names_stand_one_above_the_other_and_are_said_whole(qtbot: QtBot) -> None:
    holder = shown(qtbot, 4, (640, 480))  # the refusal's signature beside its reasons on a 1024x600 screen
    panel = holder.panel

    qtbot.waitUntil(lambda: columns(panel) == 1)
    assert [cut_words(b) for b in panel.buttons.values()] == [None] * 4


def test_many_names_share_columns_only_as_far_as_the_height_needs(qtbot: QtBot) -> None:
    holder = shown(qtbot, 9, (640, 480))
    panel = holder.panel

    def bottom() -> int:
        return max(b.mapTo(panel, QPoint(0, b.height())).y() for b in panel.buttons.values())

    # Once laid out, nine names share columns and every one can be tapped (none below the panel's edge).
    qtbot.waitUntil(lambda: columns(panel) > 1 and bottom() <= panel.height())
    assert all(b.isVisible() for b in panel.buttons.values())
    tall = shown(qtbot, 9, (640, 1000))
    qtbot.waitUntil(lambda: columns(tall.panel) == 1)
