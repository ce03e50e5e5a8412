"""Lists of lots and pallets with their quantities, as the pallet and dispatch screens show them: a lot to choose
(its code and how much is free), a pallet's line (SSCC, lot, quantity, material)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtWidgets import QLabel

from floorstation.ui.locale_text import number_text, unit_text
from floorstation.ui.theme import set_look
from floorstation.ui.widgets.big_button import BigButton


def amount(quantity: Decimal, unit: str) -> str:
    """``1250 kg``: a quantity as the floor reads it, with its unit when it has one."""
    return f"{number_text(quantity)} {unit_text(unit)}".strip()


class LotChoice(BigButton):
    """A lot to tap: its code on the first line, ``second`` (how much of it is free) on the next; the material's
    name in the tooltip."""

    def __init__(self, code: str, second: str, material: str) -> None:
        super().__init__(f"{code}\n{second}", checkable=True, expand=True)
        self.code = code
        self.setToolTip(material)


class PalletLine(QLabel):
    """One pallet in a list: its SSCC in bold, its lot, its quantity and the material's name."""

    def __init__(self, sscc: str, lot: str, quantity: Decimal, unit: str, material: str = "") -> None:
        parts = [f"<b>{escape(sscc)}</b>", escape(lot), escape(amount(quantity, unit))]
        super().__init__(" · ".join([*parts, escape(material)] if material else parts))
        self.sscc = sscc
        self.setWordWrap(True)
        set_look(self, role="small")
