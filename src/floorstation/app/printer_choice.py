"""Which printer prints a card: a name from the station's configuration, a URL, or the station's default for the
card kind; and whether the card fits it, asked before the card is queued.

A job keeps the printer as the person chose it (a name, or a URL), so a printer replaced in ``station.toml``
prints the cards still waiting for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from floorstation.domain import printers as station_printers
from floorstation.domain.cards import CardDocument, CardKind
from floorstation.domain.errors import FloorstationError, InvalidInput
from floorstation.domain.ports import CardPrinter, Printers
from floorstation.domain.printers import StationPrinter
from floorstation.domain.printjobs import CardDoesNotFit

_CONFIGURE = "Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL."


@dataclass(frozen=True, slots=True)
class Chosen:
    label: str
    """What the job and the ``card.printed`` event record: the printer's name, or the URL given."""
    url: str
    """What the backend is opened with."""


def target(configured: Sequence[StationPrinter], printer: str) -> Chosen:
    """A printer name of this station, or a URL, as the backend's URL."""
    printer = printer.strip()
    if station_printers.is_url(printer):
        return Chosen(printer, printer)
    found = station_printers.find(configured, printer)
    if found is None:
        raise InvalidInput(
            f"This station has no printer named {printer!r} (it has: {station_printers.names(configured)}).",
            _CONFIGURE,
            code="printer.unknown_name",
            params={"printer": printer, "names": station_printers.names(configured)},
        )
    return Chosen(found.name, found.target)


def choose(configured: Sequence[StationPrinter], kind: CardKind, printer: str | None) -> Chosen:
    """``printer`` when given (a name or a URL), else the first configured printer whose role covers ``kind``."""
    if printer and printer.strip():
        return target(configured, printer)
    default = station_printers.default_for(configured, kind)
    if default is None:
        raise InvalidInput(
            f"No printer of this station prints {kind} cards.",
            _CONFIGURE,
            code="printer.none_for_card",
            params={"card": kind},
        )
    return Chosen(default.name, default.target)


def check_fits(
    printers: Printers, configured: Sequence[StationPrinter], chosen: Chosen, opened: CardPrinter, doc: CardDocument
) -> None:
    """``CardDoesNotFit`` naming the chosen printer and the station's printers for ``kind`` the card does fit."""
    try:
        opened.check(doc)
    except CardDoesNotFit as exc:
        fitting = [p.name for p in configured if p.name != chosen.label and _fits(printers, p, doc)]
        if fitting:
            hint = f"Print it on {' or '.join(fitting)}: {'they fit' if len(fitting) > 1 else 'it fits'}."
        else:
            hint = exc.hint + (" No other printer of this station fits it." if configured else "")
        raise exc.on(f"printer {chosen.label}", hint) from None


def _fits(printers: Printers, printer: StationPrinter, doc: CardDocument) -> bool:
    if not printer.role.prints(doc.kind):
        return False
    try:
        printers.open(printer.target).check(doc)
    except FloorstationError:  # does not fit, or cannot be opened here (a qt:// printer without Qt)
        return False
    return True
