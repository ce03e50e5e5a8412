"""How the core words the errors of signing, quality decisions, the station's settings and sync (English, with
``{field}`` where the core puts a fact): the translation sources ``ui/error_texts.py`` reads them by.

Kept apart from ``error_texts.py`` only for size; a wording here must say exactly what the core says.
"""

from __future__ import annotations

from floorstation.domain.errors import Wording


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate collects)
    """Marks ``text`` as a source of the ``context`` translations; returns it unchanged."""
    return text


_WAIT = QT_TRANSLATE_NOOP(
    "Errors", "Wait a minute, then sign again with the right PIN; if the PIN is forgotten, ask an admin."
)
_REFUSED = QT_TRANSLATE_NOOP("Errors", "The server refused events {first}..{last} ({status}): {message}")

WORDINGS: tuple[Wording, ...] = (
    # --- electronic signatures (app/signatures.py) ---
    Wording(
        "signature.badge_unknown",
        QT_TRANSLATE_NOOP("Errors", "Badge '{badge}' is not known here."),
        QT_TRANSLATE_NOOP("Errors", "Scan your badge again, or tap your name."),
    ),
    Wording(
        "signature.inactive",
        QT_TRANSLATE_NOOP("Errors", "{name} is not active and cannot sign."),
        QT_TRANSLATE_NOOP("Errors", "Ask someone else to sign."),
    ),
    Wording(
        "signature.locked",
        QT_TRANSLATE_NOOP("Errors", "Signing is locked for {name} for {seconds} s more after {tries} wrong PINs."),
        _WAIT,
    ),
    Wording(
        "signature.no_pin",
        QT_TRANSLATE_NOOP("Errors", "{name} has no PIN set and cannot sign."),
        QT_TRANSLATE_NOOP("Errors", "Ask an admin to set a PIN, or ask someone else."),
    ),
    Wording(
        "signature.wrong_pin_locks",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Wrong PIN for {name}: nothing was signed or recorded. Signing is now locked for {name} for a minute.",
        ),
        _WAIT,
    ),
    Wording(
        "signature.wrong_pin_last_try",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: nothing was signed or recorded."),
        QT_TRANSLATE_NOOP("Errors", "Type the PIN again (1 more try before signing locks for a minute)."),
    ),
    Wording(
        "signature.wrong_pin",
        QT_TRANSLATE_NOOP("Errors", "Wrong PIN for {name}: nothing was signed or recorded."),
        QT_TRANSLATE_NOOP("Errors", "Type the PIN again ({left} more tries before signing locks for a minute)."),
    ),
    # --- quality holds and releases (app/quality.py) ---
    Wording(
        "quality.lot_unknown",
        QT_TRANSLATE_NOOP("Errors", "Lot '{lot}' is not known at this station."),
        QT_TRANSLATE_NOOP("Errors", "Scan the lot card or type the code again."),
    ),
    Wording(
        "quality.recalled",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is RECALLED; a recall is not changed at a terminal."),
        QT_TRANSLATE_NOOP("Errors", "Keep it in quarantine; quality undoes a recall centrally on the server."),
    ),
    Wording(
        "quality.already_held",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is already on hold."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to do; release it when it is cleared."),
    ),
    Wording(
        "quality.not_held",
        QT_TRANSLATE_NOOP("Errors", "Lot {lot} is not on hold."),
        QT_TRANSLATE_NOOP("Errors", "Nothing to release; hold it first if it is suspect."),
    ),
    Wording(
        "quality.reason_required",
        QT_TRANSLATE_NOOP("Errors", "A reason is required."),
        QT_TRANSLATE_NOOP("Errors", "Tap a reason or type one."),
    ),
    # --- SSCC serials (domain/codes.py) ---
    Wording(
        "sscc.used_up",
        QT_TRANSLATE_NOOP("Errors", "This station has used all its SSCC serials ({first}-{last})."),
        QT_TRANSLATE_NOOP("Errors", "Ask IT to give the station a new SSCC range."),
    ),
    # --- station.toml, written when the mode or the language is switched (config.py) ---
    Wording(
        "config.mode",
        QT_TRANSLATE_NOOP("Errors", "{where}: mode {mode} is not a station mode."),
        QT_TRANSLATE_NOOP("Errors", 'Set mode in the [station] table to one of: "production", "goods_in", "dispatch".'),
    ),
    Wording(
        "config.missing",
        QT_TRANSLATE_NOOP("Errors", "No station configuration at {path}."),
        QT_TRANSLATE_NOOP("Errors", "Run 'floorstation init' (or 'floorstation init --demo') to create one."),
    ),
    Wording(
        "config.not_toml",
        QT_TRANSLATE_NOOP("Errors", "{path} is not valid TOML: {cause}."),
        QT_TRANSLATE_NOOP("Errors", "Fix the file."),
    ),
    Wording(
        "config.no_station_table",
        QT_TRANSLATE_NOOP("Errors", "{path} has no [station] table."),
        QT_TRANSLATE_NOOP("Errors", "Fix the file."),
    ),
    # --- sync's last problem (sync/client.py, sync/credentials.py; a refusal is kept as "message hint") ---
    Wording(
        "sync.refused_token",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "Enroll this station again: floorstation enroll --server URL --code CODE."),
    ),
    Wording(
        "sync.refused_station",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "The server refused this station; ask the server admin."),
    ),
    Wording(
        "sync.refused_too_large",
        _REFUSED,
        QT_TRANSLATE_NOOP("Errors", "The request was too large for the server."),
    ),
    Wording("sync.refused", _REFUSED),
    Wording("sync.no_answer", QT_TRANSLATE_NOOP("Errors", "The server did not answer: {cause}.")),
    Wording(
        "sync.busy_wait",
        QT_TRANSLATE_NOOP("Errors", "The server is busy or in trouble ({status}); trying again in {wait} s."),
    ),
    Wording(
        "sync.busy", QT_TRANSLATE_NOOP("Errors", "The server is busy or in trouble ({status}); trying again later.")
    ),
    Wording(
        "sync.not_enrolled",
        QT_TRANSLATE_NOOP(
            "Errors", "This station is not enrolled with a server yet; its events stay here until it is."
        ),
    ),
    Wording(
        "sync.other_token",
        QT_TRANSLATE_NOOP("Errors", "{path} holds the token of station {other}, but this is {station}."),
        QT_TRANSLATE_NOOP("Errors", "Enroll this station with its own code."),
    ),
    Wording("sync.no_worker", QT_TRANSLATE_NOOP("Errors", "No sync worker is running.")),
)
