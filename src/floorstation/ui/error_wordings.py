"""The catalogue's data: one wording per code the core raises (an English message and hint with ``{fact}``
placeholders, the operator's words), the core's own words that appear as facts, and the names of the rules a
refusal lists. :mod:`floorstation.ui.error_texts` looks them up and says them in the terminal's language.

To add an error: raise it with ``code=`` and ``params=``, add ``_w(code, message, hint)`` below, then translate it
in the ``.ts`` files (``make translations-update``; pyside6-lupdate collects every ``QT_TRANSLATE_NOOP`` here).
"""

from __future__ import annotations

from floorstation.domain.errors import Wording


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate collects)
    """Marks ``text`` as a source of the ``context`` translations; returns it unchanged (typed, unlike Qt's)."""
    return text


def _w(code: str, message: str, hint: str = "") -> Wording:
    return Wording(code, message, hint)


_WAIT = QT_TRANSLATE_NOOP(
    "Errors", "Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin."
)
_REFUSED_EVENTS = QT_TRANSLATE_NOOP("Errors", "The server refused events {first}..{last} ({status}): {message}")
_REFUSED = QT_TRANSLATE_NOOP("Errors", "The server refused {what} ({status}): {message}")
_CONFIGURE = QT_TRANSLATE_NOOP(
    "Errors", "Add a [[printer]] with its role to station.toml (docs/printers.md), or give a printer URL."
)
_RESCAN = QT_TRANSLATE_NOOP("Errors", "Scan the label again.")
_UPDATE = QT_TRANSLATE_NOOP("Errors", "Update floorstation on this station to the server's version.")

WORDINGS: tuple[Wording, ...] = (
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
        "pin.wrong_tries",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}."),
        QT_TRANSLATE_NOOP("Errors", "Type your PIN again ({left} more tries before it locks for a minute)."),
    ),
    _w(
        "pin.wrong_last_try",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}."),
        QT_TRANSLATE_NOOP("Errors", "Type your PIN again (1 more try before it locks for a minute)."),
    ),
    _w(
        "pin.wrong_locks",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: the PIN is now locked for a minute."),
        QT_TRANSLATE_NOOP("Errors", "Try again at {until}; if the PIN is forgotten, ask an admin."),
    ),
    _w(
        "pin.locked",
        QT_TRANSLATE_NOOP("Errors", "{name}'s PIN is locked for {seconds} s more after {tries} wrong PINs."),
        QT_TRANSLATE_NOOP("Errors", "Try again at {until}; if the PIN is forgotten, ask an admin."),
    ),
    _w(
        "acting.proof_needed",
        QT_TRANSLATE_NOOP("Errors", "{name} scans their badge or types their PIN to act here."),
        QT_TRANSLATE_NOOP("Errors", "A tap on a name is enough only right after that person's badge scan or PIN."),
    ),
    _w(
        "acting.wrong_badge",
        QT_TRANSLATE_NOOP("Errors", "This badge is not {name}'s."),
        QT_TRANSLATE_NOOP("Errors", "{name} scans their own badge, or types their PIN."),
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
        "order.on_hold",
        QT_TRANSLATE_NOOP("Errors", "Work order {order} is on hold."),
        QT_TRANSLATE_NOOP("Errors", "Ask your shift lead; its tasks can be started once the order is released again."),
    ),
    _w(
        "order.closed",
        QT_TRANSLATE_NOOP("Errors", "Work order {order} is closed."),
        QT_TRANSLATE_NOOP("Errors", "Pick another task from the machine's queue."),
    ),
    _w(
        "order.cancelled",
        QT_TRANSLATE_NOOP("Errors", "Work order {order} was cancelled."),
        QT_TRANSLATE_NOOP("Errors", "Pick another task from the machine's queue."),
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
        QT_TRANSLATE_NOOP("Errors", "The reason is longer than {limit} characters."),
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
        "lot.fefo_reason_needed",
        QT_TRANSLATE_NOOP("Errors", "Lot {older} (expires {expiry}) expires before {lot} and is on hand."),
        QT_TRANSLATE_NOOP("Errors", "Use the older lot first, or say why you use this one."),
    ),
    _w(
        "fefo.reason_unknown",
        QT_TRANSLATE_NOOP("Errors", "'{reason}' is not a reason for using a later-expiring lot."),
        QT_TRANSLATE_NOOP("Errors", "Pick the reason from the list."),
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
        "printer.refused",
        QT_TRANSLATE_NOOP("Errors", "Printer at {address} does not answer."),
        QT_TRANSLATE_NOOP("Errors", "Check that it is on and connected; the card waits in the queue."),
    ),
    _w(
        "printer.timed_out",
        QT_TRANSLATE_NOOP("Errors", "Printer at {address} did not answer in time."),
        QT_TRANSLATE_NOOP("Errors", "Check that it is on, connected and not busy; the card waits in the queue."),
    ),
    _w(
        "printer.unknown_host",
        QT_TRANSLATE_NOOP("Errors", "The network does not know the printer's address {host}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Ask IT to check the printer's address in the station's settings; the card waits in the queue."
        ),
    ),
    _w(
        "printer.no_route",
        QT_TRANSLATE_NOOP("Errors", "Printer at {address} cannot be reached from this station."),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the network cables of the station and the printer; the card waits in the queue."
        ),
    ),
    _w(
        "printer.dropped",
        QT_TRANSLATE_NOOP("Errors", "Printer at {address} broke off the connection."),
        QT_TRANSLATE_NOOP("Errors", "Check that it is on and ready; the card waits in the queue."),
    ),
    _w(
        "printer.not_plugged_in",
        QT_TRANSLATE_NOOP("Errors", "Printer {address} is not plugged in."),
        QT_TRANSLATE_NOOP("Errors", "Plug it in and switch it on; the card waits in the queue."),
    ),
    _w(
        "printer.no_permission",
        QT_TRANSLATE_NOOP("Errors", "This station may not use printer {address}."),
        QT_TRANSLATE_NOOP("Errors", "Ask IT to give the station access to the printer; the card waits in the queue."),
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
        "printer.unknown_profile",
        QT_TRANSLATE_NOOP("Errors", "Printer {printer} names an unknown ESC/POS profile '{profile}': {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Ask the shift lead to fix the printer in the station's settings."),
    ),
    _w(
        "printer.needs_pycups",
        QT_TRANSLATE_NOOP("Errors", "Printing to CUPS needs pycups, which this station does not have."),
        QT_TRANSLATE_NOOP("Errors", "Ask IT to install python-escpos[cups] on this station."),
    ),
    _w(
        "printer.usb_name",
        QT_TRANSLATE_NOOP("Errors", "{printer}: a USB printer is named VID:PID in hex, e.g. 04b8:0202."),
        QT_TRANSLATE_NOOP("Errors", "Ask the shift lead to fix the printer in the station's settings."),
    ),
    _w(
        "printer.interrupted",
        QT_TRANSLATE_NOOP("Errors", "The station stopped while sending this card; check whether it came out."),
    ),
    # --- electronic signatures (app/signatures.py) ---
    _w(
        "signature.badge_unknown",
        QT_TRANSLATE_NOOP("Errors", "Badge '{badge}' is not known here."),
        QT_TRANSLATE_NOOP("Errors", "Scan your badge again, or tap your name."),
    ),
    _w(
        "signature.inactive",
        QT_TRANSLATE_NOOP("Errors", "{name} is not active and cannot sign."),
        QT_TRANSLATE_NOOP("Errors", "Ask someone else to sign."),
    ),
    _w(
        "signature.locked",
        QT_TRANSLATE_NOOP("Errors", "Signing is locked for {name} for {seconds} s more after {tries} wrong PINs."),
        _WAIT,
    ),
    _w(
        "signature.no_pin",
        QT_TRANSLATE_NOOP("Errors", "{name} has no PIN set and cannot sign."),
        QT_TRANSLATE_NOOP("Errors", "Ask an admin to set a PIN, or ask someone else."),
    ),
    _w(
        "signature.wrong_pin_locks",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Wrong PIN for {name}: nothing was signed or recorded. Signing is now locked for {name} for a minute.",
        ),
        _WAIT,
    ),
    _w(
        "signature.wrong_pin_last_try",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: nothing was signed or recorded."),
        QT_TRANSLATE_NOOP("Errors", "Type the PIN again (1 more try before signing locks for a minute)."),
    ),
    _w(
        "signature.wrong_pin",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: nothing was signed or recorded."),
        QT_TRANSLATE_NOOP("Errors", "Type the PIN again ({left} more tries before signing locks for a minute)."),
    ),
    # --- quality holds and releases (app/quality.py) ---
    _w(
        "quality.lot_unknown",
        QT_TRANSLATE_NOOP("Errors", "Lot '{lot}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan the lot card or type the code again."),
    ),
    _w(
        "quality.recalled",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is RECALLED; a recall is not changed at a terminal."),
        QT_TRANSLATE_NOOP("Errors", "Keep it in quarantine; quality undoes a recall centrally on the server."),
    ),
    _w(
        "quality.already_held",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is already on hold."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to do; release it when it is cleared."),
    ),
    _w(
        "quality.not_held",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is not on hold."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to release; hold it first if it is suspect."),
    ),
    _w(
        "quality.reason_required",
        QT_TRANSLATE_NOOP("Errors", "A reason is required."),
        QT_TRANSLATE_NOOP("Errors", "Tap a reason or type one."),
    ),
    # --- SSCC serials (domain/codes.py) ---
    _w(
        "sscc.used_up",
        QT_TRANSLATE_NOOP("Errors", "This station has used all its SSCC serials ({first}-{last})."),
        QT_TRANSLATE_NOOP("Errors", "Ask IT to give the station a new SSCC range."),
    ),
    # --- station.toml, written when the mode or the language is switched (config.py) ---
    _w(
        "config.mode",
        QT_TRANSLATE_NOOP("Errors", "{where}: mode {mode} is not a station mode."),
        QT_TRANSLATE_NOOP("Errors", 'Set mode in the [station] table to one of: "production", "goods_in", "dispatch".'),
    ),
    _w(
        "config.missing",
        QT_TRANSLATE_NOOP("Errors", "No station configuration at {path}."),
        QT_TRANSLATE_NOOP("Errors", "Run 'floorstation init' (or 'floorstation init --demo') to create one."),
    ),
    _w(
        "config.not_toml",
        QT_TRANSLATE_NOOP("Errors", "{path} is not valid TOML: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Fix the file."),
    ),
    _w(
        "config.no_station_table",
        QT_TRANSLATE_NOOP("Errors", "{path} has no [station] table."),
        QT_TRANSLATE_NOOP("Errors", "Fix the file."),
    ),
    # --- sync's last problem (sync/client.py, sync/server_credentials.py; a refusal is kept as "message hint") ---
    _w(
        "sync.refused_events_token",
        _REFUSED_EVENTS,
        QT_TRANSLATE_NOOP("Errors", "Enroll this station again: floorstation enroll --server URL --code CODE."),
    ),
    _w(
        "sync.refused_events_station",
        _REFUSED_EVENTS,
        QT_TRANSLATE_NOOP("Errors", "The server refused this station; ask the server admin."),
    ),
    _w(
        "sync.refused_events_too_large",
        _REFUSED_EVENTS,
        QT_TRANSLATE_NOOP("Errors", "The request was too large for the server."),
    ),
    _w("sync.refused_events", _REFUSED_EVENTS),
    _w(
        "sync.refused_event",
        QT_TRANSLATE_NOOP("Errors", "The server refused event {event} (seq {seq}): {field}: {reason}"),
        QT_TRANSLATE_NOOP("Errors", "It stays here with the events after it, which wait; tell the server admin."),
    ),
    _w(
        "sync.refused_token",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Enroll this station again: floorstation enroll --server URL --code CODE."),
    ),
    _w(
        "sync.refused_station",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "The server refused this station; ask the server admin."),
    ),
    _w(
        "sync.refused_too_large",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "The request was too large for the server."),
    ),
    _w("sync.refused", _REFUSED),
    _w(
        "sync.enroll_unreachable",
        QT_TRANSLATE_NOOP("Errors", "Cannot reach the server at {url}: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Check the URL and network."),
    ),
    _w(
        "sync.gap_behind",
        QT_TRANSLATE_NOOP("Errors", "The server asks for event {seq}, which this station already sent before."),
        QT_TRANSLATE_NOOP("Errors", "Call IT: the server's copy of this station's events is behind."),
    ),
    _w(
        "sync.wrong_epoch",
        QT_TRANSLATE_NOOP("Errors", "The server answered for epoch {answered} to a batch of epoch {epoch}."),
        QT_TRANSLATE_NOOP("Errors", "Call IT; the events stay safe on this station."),
    ),
    _w("sync.no_answer", QT_TRANSLATE_NOOP("Errors", "The server did not answer: {cause}.")),
    _w(
        "sync.busy_wait",
        QT_TRANSLATE_NOOP("Errors", "The server is busy or in trouble ({status}); trying again in {wait} s."),
    ),
    _w("sync.busy", QT_TRANSLATE_NOOP("Errors", "The server is busy or in trouble ({status}); trying again later.")),
    _w(
        "sync.not_enrolled",
        QT_TRANSLATE_NOOP(
            "Errors", "This station is not enrolled with a server yet; its events stay here until it is."
        ),
    ),
    _w(
        "sync.other_token",
        QT_TRANSLATE_NOOP("Errors", "{path} holds the token of station {other}, but this is {station}."),
        QT_TRANSLATE_NOOP("Errors", "Enroll this station with its own code."),
    ),
    _w("sync.no_worker", QT_TRANSLATE_NOOP("Errors", "No sync worker is running.")),
    _w(
        "sync.token_unreadable",
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be read: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Enroll the station again."),
    ),
    _w(
        "sync.sscc_block_unusable",
        QT_TRANSLATE_NOOP("Errors", "The server gave this station an SSCC block it cannot use: {cause}"),
        QT_TRANSLATE_NOOP(
            "Errors", "Ask the server admin to check the plant's GS1 company prefix and SSCC block size."
        ),
    ),
    _w(
        "sync.download_missing",
        QT_TRANSLATE_NOOP("Errors", "The server sent a {entity} without {name}; this station cannot read it."),
        _UPDATE,
    ),
    _w(
        "sync.download_not_whole",
        QT_TRANSLATE_NOOP("Errors", "The server sent {name}={value}, which is not a whole number."),
        _UPDATE,
    ),
    _w(
        "sync.download_pallet_state",
        QT_TRANSLATE_NOOP("Errors", "The server sent a pallet in state {state}, which this station does not know."),
        _UPDATE,
    ),
    _w(
        "sync.download_unknown_kind",
        QT_TRANSLATE_NOOP("Errors", "The server sent changes of an unknown kind {entity}."),
        _UPDATE,
    ),
    _w(
        "sync.download_unreadable",
        QT_TRANSLATE_NOOP("Errors", "The server sent master data this station cannot read: {cause}."),
        _UPDATE,
    ),
    # --- this station's own lot codes (domain/codes.py) ---
    _w(
        "lot_code.too_long",
        QT_TRANSLATE_NOOP("Errors", "Lot code '{lot}' is longer than GS1's {limit} characters."),
        QT_TRANSLATE_NOOP("Errors", "Ask the shift lead to shorten the machine code or the lot-code pattern."),
    ),
    _w(
        "lot_code.characters",
        QT_TRANSLATE_NOOP("Errors", "Lot code '{lot}' has characters GS1 does not allow in a lot number."),
        QT_TRANSLATE_NOOP("Errors", "Ask the shift lead to fix the machine code or the lot-code pattern."),
    ),
    # --- refusals by a rule (domain/rules.py): the most important is said first (see RULE_ORDER) ---
    _w(
        "rule.lot_recalled",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is RECALLED and must not be used."),
        QT_TRANSLATE_NOOP("Errors", "Put it aside in the quarantine area and tell quality."),
    ),
    _w(
        "rule.not_in_bom",
        QT_TRANSLATE_NOOP(
            "Errors", "Lot {lot} is {material}, which is not in the bill of materials of {task} (it needs {needs})."
        ),
        QT_TRANSLATE_NOOP("Errors", "Scan a lot of the right material."),
    ),
    _w(
        "rule.lot_on_hold",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is ON HOLD by quality."),
        QT_TRANSLATE_NOOP("Errors", "Use another lot, or ask a quality person to sign its use with a reason."),
    ),
    _w(
        "rule.lot_on_hold_by",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is ON HOLD by quality ({by}, {at}: {why})."),
        QT_TRANSLATE_NOOP("Errors", "Use another lot, or ask a quality person to sign its use with a reason."),
    ),
    _w(
        "rule.lot_expired",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} expired on {date}."),
        QT_TRANSLATE_NOOP("Errors", "Use a lot that has not expired, or ask a shift lead to override with a reason."),
    ),
    _w(
        "rule.machine_down",
        QT_TRANSLATE_NOOP("Errors", "Machine {machine} is marked out of order."),
        QT_TRANSLATE_NOOP("Errors", "Wait until maintenance puts it back in service, or ask a shift lead to override."),
    ),
    _w(
        "rule.over_balance",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} has only {left} left on record, less than {qty}."),
        QT_TRANSLATE_NOOP("Errors", "Check the quantity; if the lot really holds more, a shift lead must override."),
    ),
    _w(
        "goods_in.expired",
        QT_TRANSLATE_NOOP("Errors", "This lot expired on {date}; it cannot be received."),
        QT_TRANSLATE_NOOP("Errors", "Refuse the delivery, or call quality."),
    ),
    _w(
        "refused",
        QT_TRANSLATE_NOOP("Errors", "This lot cannot be used."),
        QT_TRANSLATE_NOOP("Errors", "A shift lead may override with their badge or PIN and a reason."),
    ),
    _w(
        "refused.quality",
        QT_TRANSLATE_NOOP("Errors", "This lot cannot be used."),
        QT_TRANSLATE_NOOP("Errors", "A quality person may sign this with their badge or name, their PIN and a reason."),
    ),
    _w(
        "refused.mixed",
        QT_TRANSLATE_NOOP("Errors", "This lot cannot be used."),
        QT_TRANSLATE_NOOP(
            "Errors", "Someone allowed to override every refusal here must sign with their PIN and a reason."
        ),
    ),
    _w(
        "refused.final",
        QT_TRANSLATE_NOOP("Errors", "This lot cannot be used."),
        QT_TRANSLATE_NOOP("Errors", "This cannot be overridden at the station; put the lot aside and call quality."),
    ),
    # --- what a scan is not (domain/scan_meaning.py, domain/gs1_strict.py, app/lookup.py) ---
    _w(
        "scan.not_ours",
        QT_TRANSLATE_NOOP("Errors", "'{code}' is not a code this station knows."),
        QT_TRANSLATE_NOOP(
            "Errors", "Scan the right label; if it is the right one, ask the shift lead to check the scanner."
        ),
    ),
    _w(
        "scan.bad_check_digit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{digits} looks like {what}, but its check digit is wrong (it should end in {expected}): the label is "
            "misprinted or was misread.",
        ),
        QT_TRANSLATE_NOOP("Errors", "Scan it again."),
    ),
    _w(
        "scan.too_long",
        QT_TRANSLATE_NOOP("Errors", "The scan is {length} characters long; no label this station reads is that long."),
        QT_TRANSLATE_NOOP("Errors", "A key may be stuck, or text was pasted into the scanner input."),
    ),
    _w(
        "scan.empty",
        QT_TRANSLATE_NOOP("Errors", "The scan is empty: the scanner sent only its prefix or suffix."),
        _RESCAN,
    ),
    _w("scan.empty_gs1", QT_TRANSLATE_NOOP("Errors", "The scan is empty: a GS1 symbol with no data."), _RESCAN),
    _w(
        "scan.envelope",
        QT_TRANSLATE_NOOP("Errors", "This is an ISO/IEC 15434 envelope, a format this station does not read."),
        QT_TRANSLATE_NOOP("Errors", "Scan the GS1 barcode on the label instead."),
    ),
    _w(
        "scan.keyboard_layout",
        QT_TRANSLATE_NOOP("Errors", "The scan has characters no barcode label carries ({sample})."),
        QT_TRANSLATE_NOOP(
            "Errors", "The scanner's keyboard country probably does not match this PC's: ask the shift lead to set it."
        ),
    ),
    _w(
        "scan.binary",
        QT_TRANSLATE_NOOP("Errors", "The scan holds control characters or binary data, not text."),
        QT_TRANSLATE_NOOP("Errors", "Scan the right label, or ask the shift lead to check the scanner's settings."),
    ),
    _w("scan.not_aim", QT_TRANSLATE_NOOP("Errors", "'{aim}' is not a symbology identifier."), _RESCAN),
    _w(
        "scan.not_digital_link",
        QT_TRANSLATE_NOOP("Errors", "This web address is not a GS1 Digital Link."),
        QT_TRANSLATE_NOOP("Errors", "Scan the label's GS1 barcode instead."),
    ),
    _w(
        "scan.uri_in_symbology",
        QT_TRANSLATE_NOOP("Errors", "A web address in a {symbology} is not a GS1 Digital Link."),
        QT_TRANSLATE_NOOP("Errors", "Scan the label's GS1 barcode instead."),
    ),
    _w(
        "scan.not_our_lot",
        QT_TRANSLATE_NOOP("Errors", "'{lot}' is not a lot code of this station (they look like {example})."),
        _RESCAN,
    ),
    _w(
        "scan.gtin_length",
        QT_TRANSLATE_NOOP("Errors", "A {symbology} should hold 8, 12, 13 or 14 digits, not '{code}'."),
        _RESCAN,
    ),
    _w(
        "scan.own_code",
        QT_TRANSLATE_NOOP("Errors", "'{code}' is not a valid {kind} code."),
        _RESCAN,
    ),
    _w(
        "scan.check_digit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "({ai}) {title} {value} has a wrong check digit (it should end in {expected}): the label is misprinted "
            "or was misread.",
        ),
    ),
    _w(
        "scan.panel_open",
        QT_TRANSLATE_NOOP("Errors", "The scan '{code}' was not used: finish or cancel what is open first."),
        QT_TRANSLATE_NOOP("Errors", "Then scan it again."),
    ),
    _w(
        "scan.sign_in_first",
        QT_TRANSLATE_NOOP("Errors", "The scan '{code}' was not used: nobody is signed in."),
        QT_TRANSLATE_NOOP("Errors", "Scan your badge first, then scan it again."),
    ),
    _w("scan.bad_date", QT_TRANSLATE_NOOP("Errors", "({ai}) {title}: {value} is not a real date (YYMMDD).")),
    _w("scan.element_empty", QT_TRANSLATE_NOOP("Errors", "({ai}) {title} is empty."), _RESCAN),
    _w(
        "scan.gs1_damaged",
        QT_TRANSLATE_NOOP("Errors", "The label's GS1 data cannot be read."),
        QT_TRANSLATE_NOOP("Errors", "Scan it again; if it fails again, the label is damaged or misprinted."),
    ),
    _w(
        "scan.gs_missing",
        QT_TRANSLATE_NOOP("Errors", "({ai}) {title} '{value}' may be several fields run together."),
        QT_TRANSLATE_NOOP(
            "Errors", "The scanner does not send the GS separator; ask the shift lead to set it up (Ctrl+] or serial)."
        ),
    ),
    _w(
        "scan.gs1_pairing",
        QT_TRANSLATE_NOOP("Errors", "The label's GS1 fields do not belong together."),
        QT_TRANSLATE_NOOP("Errors", "The label is misprinted; receive the goods by hand or ask the supplier."),
    ),
    _w("scan.unknown", QT_TRANSLATE_NOOP("Errors", "'{code}' is not known at this station.")),
    # --- cameras (devices/camera_sources.py): what the camera's status says ---
    _w("camera.no_folder", QT_TRANSLATE_NOOP("Errors", "No image folder at {path}.")),
    _w(
        "camera.no_images",
        QT_TRANSLATE_NOOP("Errors", "No images in {path}."),
        QT_TRANSLATE_NOOP("Errors", "Add .png or .jpg files."),
    ),
    _w("camera.no_video", QT_TRANSLATE_NOOP("Errors", "No video file at {path}.")),
    _w(
        "camera.not_a_video",
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be played as a video."),
        QT_TRANSLATE_NOOP("Errors", "Use MJPG .avi or .mp4."),
    ),
    _w(
        "camera.missing",
        QT_TRANSLATE_NOOP("Errors", "No camera at {camera}."),
        QT_TRANSLATE_NOOP("Errors", "Check the cable."),
    ),
    _w(
        "camera.busy",
        QT_TRANSLATE_NOOP("Errors", "Camera {camera} cannot be opened."),
        QT_TRANSLATE_NOOP("Errors", "Is another program using it? Ask the shift lead to check the camera."),
    ),
    _w("camera.no_picture", QT_TRANSLATE_NOOP("Errors", "No picture from {camera}.")),
    # --- cards that do not fit a printer (devices/printing/fit.py) ---
    _w(
        "card.too_wide",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {card} card of {subject} does not fit {printer}: its barcode needs {needed} mm, the paper has "
            "{paper} mm.",
        ),
        QT_TRANSLATE_NOOP("Errors", "Print it on a printer with at least {least} mm of printable width."),
    ),
    _w(
        "card.too_tall",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {card} card of {subject} does not fit {printer}: it needs a label {needed} mm tall, the "
            "printer's is {paper} mm.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Print it on a printer with labels at least {least} mm tall, or leave lines off the card."
        ),
    ),
    _w(
        "scan.unknown_kind",
        QT_TRANSLATE_NOOP("Errors", "'{code}' reads as a {kind}, but no such {kind} is known here."),
    ),
    # --- the station's database (store/failures.py, store/log_anchor.py) ---
    _w(
        "store.disk_full",
        QT_TRANSLATE_NOOP("Errors", "The disk is full: this was NOT recorded. Everything recorded before is kept."),
        QT_TRANSLATE_NOOP(
            "Errors", "Ask IT to free space on the station's disk, then do it again. Looking things up still works."
        ),
    ),
    _w(
        "store.damaged",
        QT_TRANSLATE_NOOP("Errors", "The station's database {path} is damaged: nothing more can be recorded."),
        QT_TRANSLATE_NOOP("Errors", "Call IT: the station must be restored from its backup ('floorstation restore')."),
    ),
    _w(
        "store.history_missing",
        QT_TRANSLATE_NOOP(
            "Errors", "The station's database {path} has lost the events of station {station} (up to number {seq})."
        ),
        QT_TRANSLATE_NOOP("Errors", "Call IT: the station must be restored from its backup ('floorstation restore')."),
    ),
)

#: The order a refusal lists its reasons in: what makes the lot unusable for sure, then why it is the wrong one,
#: then what a shift lead may decide, then what the quantity typed says.
RULE_ORDER = ("lot_recalled", "not_in_bom", "lot_on_hold", "lot_expired", "machine_down", "over_balance")

#: A rule as the success message names an override of it.
RULE_NAMES = {
    "lot_recalled": QT_TRANSLATE_NOOP("Errors", "lot recalled"),
    "not_in_bom": QT_TRANSLATE_NOOP("Errors", "not in the bill of materials"),
    "lot_on_hold": QT_TRANSLATE_NOOP("Errors", "lot on hold"),
    "lot_expired": QT_TRANSLATE_NOOP("Errors", "lot expired"),
    "machine_down": QT_TRANSLATE_NOOP("Errors", "machine out of order"),
    "over_balance": QT_TRANSLATE_NOOP("Errors", "more than the lot holds"),
}


#: The core's own English words that appear as facts in its sentences (a state, a role, what a number is for).
WORDS: dict[str, str] = {
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
    "an SSCC": QT_TRANSLATE_NOOP("Errors", "an SSCC"),
    "this printer": QT_TRANSLATE_NOOP("Errors", "this printer"),
    "nothing": QT_TRANSLATE_NOOP("Errors", "nothing"),
    "out of paper": QT_TRANSLATE_NOOP("Errors", "out of paper"),
    "open (print head up)": QT_TRANSLATE_NOOP("Errors", "open (print head up)"),
    "a GTIN": QT_TRANSLATE_NOOP("Errors", "a GTIN"),
    "the enrollment": QT_TRANSLATE_NOOP("Errors", "the enrollment"),
    "the download of changes": QT_TRANSLATE_NOOP("Errors", "the download of changes"),
    "the snapshot download": QT_TRANSLATE_NOOP("Errors", "the snapshot download"),
    "the heartbeat": QT_TRANSLATE_NOOP("Errors", "the heartbeat"),
    "badge": QT_TRANSLATE_NOOP("Errors", "badge"),
    "machine": QT_TRANSLATE_NOOP("Errors", "machine"),
    "task": QT_TRANSLATE_NOOP("Errors", "task"),
    "sscc": QT_TRANSLATE_NOOP("Errors", "SSCC"),
}
