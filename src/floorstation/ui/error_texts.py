"""The core's errors in the terminal's language.

An error from the core (``FloorstationError``: a message and a hint, in English) is shown by the terminal in the
operator's language: by its ``code`` and ``params`` when the core gave them, else recognised by its English
wording (``domain.errors.Wording``), whose fields (lot, task, quantity ...) are read back out of the sentence and
put into the translated one. Stored error texts (a print job's last error, ``"message hint"``) and the scan
router's problems are translated the same way. A sentence nobody wrote a wording for is shown as the core wrote
it, so nothing is ever hidden; ``tests/ui/test_error_texts.py`` provokes every error a person can hit at the
terminal in Polish.

The English wordings are the translation sources (``QT_TRANSLATE_NOOP``: ``make translations-update`` collects
them); a wording must say exactly what the core says, with ``{field}`` where the core puts a fact.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from floorstation.domain.errors import FloorstationError, Refused, Wording
from floorstation.ui.refusal_texts import refusal_hint, violation_text
from floorstation.ui.signing_wordings import WORDINGS as SIGNING_WORDINGS

_C = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate collects)
    """Marks ``text`` as a source of the ``context`` translations; returns it unchanged (typed, unlike Qt's)."""
    return text


_FIELDS = re.compile(r"\{(\w+)\}")


def _w(code: str, message: str, hint: str = "") -> Wording:
    return Wording(code, message, hint)


# The longer wordings of signing, quality, settings and sync first: a stored text is read by the first that fits.
WORDINGS: tuple[Wording, ...] = (
    *SIGNING_WORDINGS,
    # --- signing in, who acts ---
    _w(
        "badge.unknown",
        QT_TRANSLATE_NOOP("Errors", "Badge '{badge}' is not known here."),
        QT_TRANSLATE_NOOP("Errors", "Ask your shift lead to register your badge."),
    ),
    _w(
        "badge.unknown_authoriser",
        QT_TRANSLATE_NOOP("Errors", "Badge '{badge}' is not known here."),
        QT_TRANSLATE_NOOP("Errors", "Scan the shift lead's badge."),
    ),
    _w(
        "operator.unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown operator '{operator}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick your name from the list."),
    ),
    _w(
        "operator.unknown_signed_in",
        QT_TRANSLATE_NOOP("Errors", "Unknown operator '{operator}'."),
        QT_TRANSLATE_NOOP("Errors", "Sign in with your badge."),
    ),
    _w(
        "operator.none_given",
        QT_TRANSLATE_NOOP("Errors", "No badge or name was given."),
        QT_TRANSLATE_NOOP("Errors", "Scan your badge or pick your name."),
    ),
    _w(
        "operator.inactive",
        QT_TRANSLATE_NOOP("Errors", "{name} is not active."),
        QT_TRANSLATE_NOOP("Errors", "Ask your shift lead."),
    ),
    _w(
        "operator.inactive_authoriser",
        QT_TRANSLATE_NOOP("Errors", "{name} is not active."),
        QT_TRANSLATE_NOOP("Errors", "Ask another shift lead."),
    ),
    _w(
        "operator.not_signed_in",
        QT_TRANSLATE_NOOP("Errors", "{name} is not signed in at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan your badge to sign in first."),
    ),
    _w(
        "pin.none",
        QT_TRANSLATE_NOOP("Errors", "{name} has no PIN set."),
        QT_TRANSLATE_NOOP("Errors", "Sign in with your badge, or ask an admin to set a PIN."),
    ),
    _w(
        "pin.wrong",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}."),
        QT_TRANSLATE_NOOP("Errors", "Type your PIN again."),
    ),
    _w(
        "role.missing",
        QT_TRANSLATE_NOOP("Errors", "{name} cannot {action}: it needs the {role} role."),
        QT_TRANSLATE_NOOP("Errors", "Ask a {first_role} to do it with their badge."),
    ),
    # --- tasks ---
    _w(
        "task.unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown task '{task}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick the task from the machine's queue or scan its code."),
    ),
    _w(
        "task.busy_elsewhere",
        QT_TRANSLATE_NOOP("Errors", "{name} is already working on task {task}."),
        QT_TRANSLATE_NOOP("Errors", "Stop that task, or sign out of it, before starting another."),
    ),
    _w(
        "task.already_on",
        QT_TRANSLATE_NOOP("Errors", "{name} is already working on task {task}."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to do."),
    ),
    _w(
        "task.paused_resume",
        QT_TRANSLATE_NOOP("Errors", "Task {task} is paused."),
        QT_TRANSLATE_NOOP("Errors", "Press Resume to continue it."),
    ),
    _w(
        "task.paused",
        QT_TRANSLATE_NOOP("Errors", "Task {task} is paused."),
        QT_TRANSLATE_NOOP("Errors", "Press Resume first."),
    ),
    _w(
        "task.not_running",
        QT_TRANSLATE_NOOP("Errors", "Task {task} is not running."),
        QT_TRANSLATE_NOOP("Errors", "Press Start first."),
    ),
    _w(
        "task.not_paused",
        QT_TRANSLATE_NOOP("Errors", "Task {task} is not paused."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to resume."),
    ),
    _w(
        "reason.pause_unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown pause reason '{reason}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick a reason from the list."),
    ),
    _w(
        "reason.scrap_unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown scrap reason '{reason}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick a reason from the list."),
    ),
    _w(
        "task.too_much",
        QT_TRANSLATE_NOOP("Errors", "{qty} is more than ten times the planned {planned} for {order}."),
        QT_TRANSLATE_NOOP("Errors", "Check the quantities and enter them again."),
    ),
    _w(
        "machine.down_no_start",
        QT_TRANSLATE_NOOP("Errors", "{machine} is out of order ({reasons}); no task can be started on it."),
        QT_TRANSLATE_NOOP("Errors", "Maintenance must put it back in service first."),
    ),
    _w(
        "product.unknown",
        QT_TRANSLATE_NOOP("Errors", "Product '{product}' of {order} is not in master data."),
        QT_TRANSLATE_NOOP("Errors", "Ask the office."),
    ),
    # --- typed values ---
    _w(
        "text.required",
        QT_TRANSLATE_NOOP("Errors", "A {what} is required."),
        QT_TRANSLATE_NOOP("Errors", "Choose or type the {what}."),
    ),
    _w(
        "quantity.missing",
        QT_TRANSLATE_NOOP("Errors", "The {what} must be a number."),
        QT_TRANSLATE_NOOP("Errors", "Type it on the keypad."),
    ),
    _w(
        "quantity.not_a_number",
        QT_TRANSLATE_NOOP("Errors", "The {what} '{value}' is not a number."),
        QT_TRANSLATE_NOOP("Errors", "Type it on the keypad."),
    ),
    _w(
        "quantity.not_positive",
        QT_TRANSLATE_NOOP("Errors", "The {what} must be more than zero (got {value})."),
        QT_TRANSLATE_NOOP("Errors", "Enter the quantity you actually used or made."),
    ),
    _w(
        "quantity.too_big",
        QT_TRANSLATE_NOOP("Errors", "The {what} {value} is more than {limit} and cannot be right."),
        QT_TRANSLATE_NOOP("Errors", "Check the number and enter it again."),
    ),
    _w(
        "quantity.decimals",
        QT_TRANSLATE_NOOP("Errors", "The {what} {value} has more than three decimals."),
        QT_TRANSLATE_NOOP("Errors", "Round it to three decimals."),
    ),
    _w(
        "reason.too_long",
        QT_TRANSLATE_NOOP("Errors", "The reason is longer than 200 characters."),
        QT_TRANSLATE_NOOP("Errors", "Say it in fewer words."),
    ),
    # --- lots ---
    _w(
        "lot.unknown_consume",
        QT_TRANSLATE_NOOP("Errors", "Lot '{lot}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Check the label; a new supplier lot must be received at goods-in first."),
    ),
    _w(
        "lot.unknown_card",
        QT_TRANSLATE_NOOP("Errors", "Lot '{lot}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan the lot card again."),
    ),
    _w(
        "lot.unknown",
        QT_TRANSLATE_NOOP("Errors", "Lot '{lot}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Check the lot code."),
    ),
    _w(
        "lot.no_task_running",
        QT_TRANSLATE_NOOP("Errors", "No task is running: {task} is {status}."),
        QT_TRANSLATE_NOOP("Errors", "Start (or resume) the task before scanning lots into it."),
    ),
    _w(
        "lot.empty",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} has nothing left on record."),
        QT_TRANSLATE_NOOP("Errors", "Enter the quantity you used."),
    ),
    _w(
        "override.reason_unknown",
        QT_TRANSLATE_NOOP("Errors", "'{reason}' is not an override reason in master data."),
        QT_TRANSLATE_NOOP("Errors", "Pick the reason from the list."),
    ),
    _w(
        "override.reason_unfit",
        QT_TRANSLATE_NOOP("Errors", "'{reason}' is not a reason to override {rules}."),
        QT_TRANSLATE_NOOP("Errors", "Pick a reason that fits what was refused."),
    ),
    _w(
        "override.signer_not_allowed",
        QT_TRANSLATE_NOOP("Errors", "{name} may not override all of {rules} with '{reason}'."),
        QT_TRANSLATE_NOOP("Errors", "Ask someone who may override each of them to sign."),
    ),
    _w(
        "lot.scanned_twice",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} was already scanned into {task} {seconds} s ago ({qty})."),
        QT_TRANSLATE_NOOP("Errors", "Was that the same lot scanned twice? Confirm only if you really used it again."),
    ),
    _w(
        "material.unknown",
        QT_TRANSLATE_NOOP("Errors", "Material '{material}' is not in master data."),
        QT_TRANSLATE_NOOP("Errors", "Check the label, or ask the office."),
    ),
    _w(
        "trace.unknown",
        QT_TRANSLATE_NOOP("Errors", "'{code}' is not a lot or pallet known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Check the code and try again."),
    ),
    # --- goods-in ---
    _w(
        "goods_in.not_a_label",
        QT_TRANSLATE_NOOP("Errors", "This is {what}, not a supplier's GS1 label with a GTIN."),
        QT_TRANSLATE_NOOP(
            "Errors", "Scan the barcode that holds the GTIN (01), the lot (10) and the expiry date (17)."
        ),
    ),
    _w(
        "goods_in.no_count",
        QT_TRANSLATE_NOOP("Errors", "The label does not say how many arrived (no count (30) or (37))."),
        QT_TRANSLATE_NOOP("Errors", "Enter the quantity."),
    ),
    _w(
        "goods_in.gtin_unknown",
        QT_TRANSLATE_NOOP("Errors", "No material in master data has the GTIN {gtin}."),
        QT_TRANSLATE_NOOP("Errors", "Ask the office to add this GTIN to the material, or receive the lot by hand."),
    ),
    _w(
        "goods_in.no_lot",
        QT_TRANSLATE_NOOP("Errors", "The label has no lot number (10), and {material} is lot-tracked."),
        QT_TRANSLATE_NOOP("Errors", "Scan the barcode with the lot number, or receive the lot by hand and type it."),
    ),
    _w(
        "goods_in.received_before",
        QT_TRANSLATE_NOOP(
            "Errors", "Supplier lot {supplier_lot} of {material} was already received here as lot {lot}."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Do not receive it twice: put the label aside, or ask the office if this is a second delivery."
        ),
    ),
    _w(
        "goods_in.bad_supplier_lot",
        QT_TRANSLATE_NOOP("Errors", "Supplier lot '{supplier_lot}' is not a lot number."),
        QT_TRANSLATE_NOOP("Errors", "Scan the supplier's label again."),
    ),
    _w(
        "goods_in.supplier_lot_characters",
        QT_TRANSLATE_NOOP("Errors", "Supplier lot '{supplier_lot}' has characters no GS1 label carries."),
        QT_TRANSLATE_NOOP("Errors", "Type it again."),
    ),
    # --- pallets, dispatch ---
    _w(
        "pallet.contains_recalled",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} cannot be loaded: it contains lot {lot}, which is RECALLED."),
        QT_TRANSLATE_NOOP("Errors", "Put the pallet aside in quarantine and call quality."),
    ),
    _w(
        "pallet.contains_held",
        QT_TRANSLATE_NOOP(
            "Errors", "Pallet {sscc} cannot be loaded: it contains lot {lot}, which is ON HOLD by quality."
        ),
        QT_TRANSLATE_NOOP("Errors", "Put the pallet aside until quality releases lot {lot}."),
    ),
    _w(
        "pallet.lot_not_released",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is {status}; it cannot be put on a pallet."),
        QT_TRANSLATE_NOOP("Errors", "Ask quality to release it first."),
    ),
    _w(
        "pallet.too_much",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} has {free} not yet on a pallet, less than {qty}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Enter a smaller quantity, or report the production first (Stop with the good quantity)."
        ),
    ),
    _w(
        "pallet.unknown",
        QT_TRANSLATE_NOOP("Errors", "Pallet '{sscc}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan the pallet card's SSCC."),
    ),
    _w(
        "pallet.unknown_card",
        QT_TRANSLATE_NOOP("Errors", "Pallet '{sscc}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan the SSCC on the pallet card."),
    ),
    _w(
        "pallet.unknown_build",
        QT_TRANSLATE_NOOP("Errors", "Pallet '{sscc}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Build the pallet first."),
    ),
    # Before "pallet.shipped": its {shipment} would swallow the place and time of a stored text.
    _w(
        "pallet.shipped_elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors", "Pallet {sscc} was already shipped to {customer} on {shipment} at station {station} on {when}."
        ),
        QT_TRANSLATE_NOOP("Errors", "Check the pallet card; each pallet ships once."),
    ),
    _w(
        "pallet.shipped_here",
        QT_TRANSLATE_NOOP(
            "Errors", "Pallet {sscc} was already shipped to {customer} on {shipment} at this station on {when}."
        ),
        QT_TRANSLATE_NOOP("Errors", "Check the pallet card; each pallet ships once."),
    ),
    _w(
        "pallet.voided_elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors", "Pallet {sscc} was voided at station {station} on {when} ({reason}); it cannot ship."
        ),
        QT_TRANSLATE_NOOP("Errors", "Take its card off; the shift lead builds a new pallet for the goods."),
    ),
    _w(
        "pallet.voided_here",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} was voided at this station on {when} ({reason}); it cannot ship."),
        QT_TRANSLATE_NOOP("Errors", "Take its card off; the shift lead builds a new pallet for the goods."),
    ),
    _w(
        "pallet.shipped",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} was already shipped to {customer} on {shipment}."),
        QT_TRANSLATE_NOOP("Errors", "Check the pallet card; each pallet ships once."),
    ),
    _w(
        "pallet.void_no_ship",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} is void; it cannot ship."),
        QT_TRANSLATE_NOOP("Errors", "Take its card off; the shift lead builds a new pallet for the goods."),
    ),
    _w(
        "pallet.void_no_card",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} is void; its card is not printed again."),
        QT_TRANSLATE_NOOP("Errors", "Build a new pallet."),
    ),
    _w(
        "pallet.not_voidable",
        QT_TRANSLATE_NOOP("Errors", "Pallet {sscc} is {status}; only a pallet that has not shipped can be voided."),
        QT_TRANSLATE_NOOP("Errors", "A shipped pallet is returned through the customer, not voided."),
    ),
    _w(
        "customer.unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown customer '{customer}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick the customer from the list."),
    ),
    # --- machines ---
    _w(
        "machine.unknown_mark",
        QT_TRANSLATE_NOOP("Errors", "Unknown machine '{machine}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick the machine from the list or scan its code."),
    ),
    _w(
        "machine.unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown machine '{machine}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick the machine from the list."),
    ),
    _w(
        "reason.out_of_order_unknown",
        QT_TRANSLATE_NOOP("Errors", "Unknown out-of-order reason '{reason}'."),
        QT_TRANSLATE_NOOP("Errors", "Pick a reason from the list."),
    ),
    _w(
        "marks.none_chosen",
        QT_TRANSLATE_NOOP("Errors", "No out-of-order mark was chosen to clear."),
        QT_TRANSLATE_NOOP("Errors", "Tick the marks you have fixed."),
    ),
    _w(
        "marks.not_open",
        QT_TRANSLATE_NOOP("Errors", "Mark {mark} is not open on {machine}."),
        QT_TRANSLATE_NOOP("Errors", "Refresh the list of open marks and try again."),
    ),
    # --- printing ---
    _w(
        "card.printed_before",
        QT_TRANSLATE_NOOP("Errors", "A {card} card for {subject} was already printed or is waiting for its printer."),
        QT_TRANSLATE_NOOP("Errors", "Choose Reprint to print it again; it will say REPRINT."),
    ),
    _w(
        "printer.unknown_name",
        QT_TRANSLATE_NOOP("Errors", "This station has no printer named '{printer}' (it has: {names})."),
        QT_TRANSLATE_NOOP(
            "Errors", "Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL."
        ),
    ),
    _w(
        "printer.none_for_card",
        QT_TRANSLATE_NOOP("Errors", "No printer of this station prints {card} cards."),
        QT_TRANSLATE_NOOP(
            "Errors", "Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL."
        ),
    ),
    _w(
        "print_job.unknown",
        QT_TRANSLATE_NOOP("Errors", "There is no print job '{job}'."),
        QT_TRANSLATE_NOOP("Errors", "List the jobs with 'floorstation print jobs'."),
    ),
    _w(
        "print_job.closed",
        QT_TRANSLATE_NOOP("Errors", "Print job {job} is {state}."),
        QT_TRANSLATE_NOOP("Errors", "Only waiting or stuck jobs can change."),
    ),
    _w(
        "printer.unreachable",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} cannot be reached: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Check that it is on and connected."),
    ),
    _w(
        "printer.paper_out",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} is out of paper."),
        QT_TRANSLATE_NOOP("Errors", "Load paper; the card then prints by itself."),
    ),
    _w(
        "printer.cover_open",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} has its cover open."),
        QT_TRANSLATE_NOOP("Errors", "Close the cover."),
    ),
    _w(
        "printer.offline",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} is offline."),
        QT_TRANSLATE_NOOP("Errors", "Check the printer's lights and paper."),
    ),
    _w(
        "printer.not_writable",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} cannot be written: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Is it plugged in?"),
    ),
    _w(
        "printer.not_ready",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} is {problem}."),
        QT_TRANSLATE_NOOP("Errors", "The card prints once it is ready."),
    ),
    _w(
        "printer.interrupted",
        QT_TRANSLATE_NOOP("Errors", "The station stopped while sending this card; check whether it came out."),
    ),
    # --- scans the router cannot place ---
    _w("scan.unknown", QT_TRANSLATE_NOOP("Errors", "'{code}' is not known at this station.")),
    _w(
        "scan.unknown_kind",
        QT_TRANSLATE_NOOP("Errors", "'{code}' reads as a {kind}, but no such {kind} is known here."),
    ),
    _w(
        "scan.check_digit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "({ai}) {title} {value} has a wrong check digit (it should end in {expected}): the label is misprinted "
            "or was misread.",
        ),
    ),
    _w("scan.bad_date", QT_TRANSLATE_NOOP("Errors", "({ai}) {title}: {value} is not a real date (YYMMDD).")),
)

_BY_CODE: dict[str, list[Wording]] = {}
for _wording in WORDINGS:
    _BY_CODE.setdefault(_wording.code, []).append(_wording)


def _word(text: str) -> str:
    """A fact that is itself one of the core's English words (a state, a role, what a number is for)."""
    words = {
        "quantity": QT_TRANSLATE_NOOP("Errors", "quantity"),
        "good quantity": QT_TRANSLATE_NOOP("Errors", "good quantity"),
        "scrap quantity": QT_TRANSLATE_NOOP("Errors", "scrap quantity"),
        "reason": QT_TRANSLATE_NOOP("Errors", "reason"),
        "pause reason": QT_TRANSLATE_NOOP("Errors", "pause reason"),
        "scrap reason": QT_TRANSLATE_NOOP("Errors", "scrap reason"),
        "shipment number": QT_TRANSLATE_NOOP("Errors", "shipment number"),
        "reason for the override": QT_TRANSLATE_NOOP("Errors", "reason for the override"),
        "idle": QT_TRANSLATE_NOOP("Errors", "idle"),
        "stopped": QT_TRANSLATE_NOOP("Errors", "stopped"),
        "paused": QT_TRANSLATE_NOOP("Errors", "paused"),
        "running": QT_TRANSLATE_NOOP("Errors", "running"),
        "done": QT_TRANSLATE_NOOP("Errors", "done"),
        "HOLD": QT_TRANSLATE_NOOP("Errors", "HOLD"),
        "RECALLED": QT_TRANSLATE_NOOP("Errors", "RECALLED"),
        "shipped": QT_TRANSLATE_NOOP("Errors", "shipped"),
        "voided": QT_TRANSLATE_NOOP("Errors", "voided"),
        "cancelled": QT_TRANSLATE_NOOP("Errors", "cancelled"),
        "printing": QT_TRANSLATE_NOOP("Errors", "printing"),
        "pallet": QT_TRANSLATE_NOOP("Errors", "pallet"),
        "lot": QT_TRANSLATE_NOOP("Errors", "lot"),
        "shift lead": QT_TRANSLATE_NOOP("Errors", "shift lead"),
        "maintenance": QT_TRANSLATE_NOOP("Errors", "maintenance"),
        "quality": QT_TRANSLATE_NOOP("Errors", "quality"),
        "admin": QT_TRANSLATE_NOOP("Errors", "admin"),
        "operator": QT_TRANSLATE_NOOP("Errors", "operator"),
        "build pallets": QT_TRANSLATE_NOOP("Errors", "build pallets"),
        "void pallets": QT_TRANSLATE_NOOP("Errors", "void pallets"),
        "put a machine back in service": QT_TRANSLATE_NOOP("Errors", "put a machine back in service"),
        "override a refusal": QT_TRANSLATE_NOOP("Errors", "override a refusal"),
        "sign the use of a lot on hold": QT_TRANSLATE_NOOP("Errors", "sign the use of a lot on hold"),
        "put lots on hold": QT_TRANSLATE_NOOP("Errors", "put lots on hold"),
        "release lots": QT_TRANSLATE_NOOP("Errors", "release lots"),
        "open the settings": QT_TRANSLATE_NOOP("Errors", "open the settings"),
        "close the terminal": QT_TRANSLATE_NOOP("Errors", "close the terminal"),
        "a badge": QT_TRANSLATE_NOOP("Errors", "a badge"),
        "a machine code": QT_TRANSLATE_NOOP("Errors", "a machine code"),
        "a task code": QT_TRANSLATE_NOOP("Errors", "a task code"),
        "one of our lot codes": QT_TRANSLATE_NOOP("Errors", "one of our lot codes"),
        "a pallet's SSCC": QT_TRANSLATE_NOOP("Errors", "a pallet's SSCC"),
        "badge": QT_TRANSLATE_NOOP("Errors", "badge"),
        "machine": QT_TRANSLATE_NOOP("Errors", "machine"),
        "task": QT_TRANSLATE_NOOP("Errors", "task"),
        "sscc": QT_TRANSLATE_NOOP("Errors", "SSCC"),
    }
    english = words.get(text)
    if english is None and " or " in text:  # "shift lead or admin"
        parts = text.split(" or ")
        if all(p in words for p in parts):
            return QCoreApplication.translate("Errors", " or ").join(_word(p) for p in parts)
    return QCoreApplication.translate(_C, english) if english is not None else text


#: The fields whose facts are the core's own words, said in the terminal's language too.
_WORD_FIELDS = {"what", "status", "state", "card", "role", "first_role", "action", "kind"}


def _say(template: str, fields: dict[str, str]) -> str:
    translated = QCoreApplication.translate(_C, template)
    said = {k: _word(v) if k in _WORD_FIELDS else v for k, v in fields.items()}
    try:
        return translated.format(**said)
    except (KeyError, IndexError, ValueError):  # a translation that names a field the English does not have
        return template.format(**fields)


def _translated(message: str, hint: str) -> tuple[str, str] | None:
    for wording in WORDINGS:
        fields = wording.read(message, hint)
        if fields is not None:
            return _say(wording.message, fields), _say(wording.hint, fields) if wording.hint else ""
    return None


def error_text(error: FloorstationError) -> tuple[str, str]:
    """What is wrong and what to do, in the terminal's language (as the core wrote it when unrecognised)."""
    if isinstance(error, Refused):
        return " ".join(violation_text(v)[0] for v in error.violations), refusal_hint(error)
    for wording in _BY_CODE.get(error.code, ()):
        if set(error.params) == set(_FIELDS.findall(wording.message + wording.hint)):
            return _say(wording.message, error.params), _say(wording.hint, error.params) if wording.hint else ""
    found = _translated(error.message, error.hint)
    if found is not None:
        return found
    # A known message with a hint nobody wrote a wording for: the message translated, the hint as it came.
    for wording in WORDINGS:
        read = wording.read_text(error.message)
        if read is not None:
            return _say(wording.message, read[0]), error.hint
    return error.message, error.hint


def error_sentence(error: FloorstationError) -> str:
    message, hint = error_text(error)
    return f"{message} {hint}".strip()


def stored_error_text(text: str) -> str:
    """A stored error (``"message hint"``, e.g. a print job's last error, or a scan's problem) in the terminal's
    language. A wording read with its hint wins over one read by its message alone (a message ending in a fact,
    such as the server's answer, would swallow any hint)."""
    readings = [(wording, wording.read_text(text)) for wording in WORDINGS]
    for wanted_hint in (True, False):
        for wording, read in readings:
            if read is not None and read[1] is wanted_hint:
                message = _say(wording.message, read[0])
                return f"{message} {_say(wording.hint, read[0])}" if wanted_hint else message
    return text
