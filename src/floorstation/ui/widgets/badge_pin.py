"""Who, then their PIN: a person taps their name or scans their badge, then types their PIN on the pad beside the
names. Every panel where someone proves who they are has this shape (an electronic signature, an admin's say-so).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from floorstation.app.lookup import Identified
from floorstation.domain.master import Operator
from floorstation.ui.widgets.big_button import BigButton
from floorstation.ui.widgets.pin_entry import PinEntry


class BadgeAndPin(QWidget):
    """``heading`` above the names of ``people`` (in ``columns``, ``spacing`` apart; by default as far apart as
    the heading's lines), the PIN pad on the right with its accept button saying ``accept_text`` in ``kind``.

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
        columns: int = 1,
        spacing: int | None = None,
    ) -> None:
        super().__init__()
        self.chosen: str | None = None
        """The badge scanned, or what the name tapped stands for (see :meth:`tapped`)."""
        self.buttons: dict[str, BigButton] = {}
        """The names to tap, by badge."""
        names = QGridLayout()
        if spacing is not None:
            names.setSpacing(spacing)
        for i, operator in enumerate(people):
            button = BigButton(operator.name, checkable=True, expand=True)
            button.clicked.connect(lambda _=False, person=operator: self.tapped(person))
            names.addWidget(button, i // columns, i % columns)
            self.buttons[operator.badge] = button
        self.pin = PinEntry(prompt=prompt, accept_text=accept_text)
        self.pin.keypad.accept_button.set_kind(kind)
        self.pin.accepted.connect(self._pin_typed)
        left = QVBoxLayout()
        for widget in heading:
            left.addWidget(widget)
        left.addLayout(names)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addLayout(left, 1)
        layout.addWidget(self.pin)

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
