"""Who, then their PIN: a person taps their name or scans their badge, then types their PIN on the pad beside the
names. Every panel where someone proves who they are has this shape (an electronic signature, an admin's say-so).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from floorstation.app.lookup import Identified
from floorstation.domain.master import Operator
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.pin_entry import PinEntry


class BadgeAndPin(QWidget):
    """``heading`` above the names of ``people`` (``spacing`` apart; by default as far apart as the heading's
    lines), the PIN pad on the right with its accept button saying ``accept_text`` in ``kind``.

    The names stand one above the other while they fit the height under the heading, so each has the column's
    whole width and a full name is never cut; when they do not, they share as few columns as let them fit. The
    panel chooses again whenever its size changes (a 1024x600 panel, a longer heading in another language).

    The PIN typed goes to :meth:`identified` with who was chosen, or to :meth:`nobody_chosen` when nobody was.
    """

    scan_kinds = frozenset({"badge"})
    """The scans this panel takes while it is open (``app.scan_routing``): a badge names the person."""

    def __init__(
        self,
        people: Sequence[Operator],
        *,
        heading: Sequence[QWidget],
        prompt: str,
        accept_text: str,
        kind: str,
        spacing: int | None = None,
    ) -> None:
        super().__init__()
        self.chosen: str | None = None
        """The badge scanned, or what the name tapped stands for (see :meth:`tapped`)."""
        self.buttons: dict[str, BigButton] = {}
        """The names to tap, by badge."""
        self._names = names = QGridLayout()
        if spacing is not None:
            names.setSpacing(spacing)
        for operator in people:
            button = BigButton(operator.name, checkable=True, expand=True)
            button.clicked.connect(lambda _=False, person=operator: self.tapped(person))
            self.buttons[operator.badge] = button
        self._heading = tuple(heading)
        # Before the panel knows its size: two columns for many names, so it never asks for more than a screen.
        self.columns = 0
        self._place(1 if len(self.buttons) <= 4 else 2)
        self.pin = PinEntry(prompt=prompt, accept_text=accept_text)
        self.pin.keypad.accept_button.set_kind(kind)
        self.pin.accepted.connect(self._pin_typed)
        self._left = QWidget()
        left = QVBoxLayout(self._left)
        left.setContentsMargins(0, 0, 0, 0)
        for widget in heading:
            left.addWidget(widget)
        left.addLayout(names)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self._left, 1)
        layout.addWidget(self.pin)
        # The names' room is the left part's height, known only once the layout has given it its size (after the
        # panel's own resize): the columns are chosen again whenever that part is resized.
        self._left.installEventFilter(self)

    # --- the names' columns ----------------------------------------------------------------------------------

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for i, button in enumerate(self.buttons.values()):
            self._names.removeWidget(button)
            self._names.addWidget(button, i // columns, i % columns)

    def _columns_that_fit(self) -> int:
        """As few columns as let every name fit the height left under the heading (one when they all do)."""
        count = len(self.buttons)
        if count == 0 or self._left.height() <= 0:
            return max(self.columns, 1)
        width = self._left.width()
        layout = self._left.layout()
        spacing = layout.spacing() if layout is not None else 6
        taken = 0
        for widget in self._heading:
            if widget.isHidden():
                continue
            tall = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
            taken += (tall if tall > 0 else widget.sizeHint().height()) + spacing
        gap = self._names.spacing()
        row = max(max(b.minimumHeight(), b.sizeHint().height()) for b in self.buttons.values())
        rows = max(1, (self._left.height() - taken + gap) // (row + gap))
        return min(count, -(-count // rows))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        if self.isVisible():  # the sizes a hidden panel passes through while it is laid out do not count
            self._place(self._columns_that_fit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._left and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place(self._columns_that_fit())
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._place(self._columns_that_fit())

    def tapped(self, operator: Operator) -> None:
        """A name was tapped: it stands for the person's badge."""
        self.choose(operator.badge)

    def choose(self, badge: str, who: str | None = None) -> None:
        """The name of ``badge`` shows as the one chosen; ``who`` (by default the badge) is who the PIN goes with."""
        self.chosen = badge if who is None else who
        for key, button in self.buttons.items():
            button.setChecked(key == badge)

    def choose_badge(self, badge: str) -> None:
        """A badge was scanned (the wedge, a serial scanner): it names the person."""
        self.choose(badge)

    def accept_scan(self, item: Identified) -> bool:
        if item.kind != "badge":
            return False
        self.choose_badge(item.badge)
        return True

    def _pin_typed(self, pin: str) -> None:
        if self.chosen is None:
            self.nobody_chosen()
        else:
            self.identified(self.chosen, pin)

    def nobody_chosen(self) -> None:
        """A PIN came before a name or badge: say what to do first."""

    def identified(self, who: str, pin: str) -> None:
        """The person chosen and the PIN they typed."""
