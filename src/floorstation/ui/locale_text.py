"""Numbers, dates, units and the plant's own names as the terminal's language writes them.

The core keeps quantities as exact decimals and dates in ISO 8601; a screen shows them through these functions, so
a Polish or German terminal writes ``1,5`` and ``23.11.2026`` (QLocale of the terminal's language, set by
``i18n.Translations``). English keeps ISO dates, which no one on an international floor misreads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from floorstation.domain.master import Material, ReasonCode


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate collects)
    return text


#: Units of measure as master data writes them, said in the terminal's language.
UNITS = {
    "pcs": QT_TRANSLATE_NOOP("Units", "pcs"),
    "pc": QT_TRANSLATE_NOOP("Units", "pcs"),
    "kg": QT_TRANSLATE_NOOP("Units", "kg"),
    "g": QT_TRANSLATE_NOOP("Units", "g"),
    "t": QT_TRANSLATE_NOOP("Units", "t"),
    "l": QT_TRANSLATE_NOOP("Units", "l"),
    "m": QT_TRANSLATE_NOOP("Units", "m"),
    "m2": QT_TRANSLATE_NOOP("Units", "m²"),
    "roll": QT_TRANSLATE_NOOP("Units", "roll"),
    "box": QT_TRANSLATE_NOOP("Units", "box"),
    "case": QT_TRANSLATE_NOOP("Units", "case"),
}


def number_text(value: Decimal | int | float | str) -> str:
    """A quantity as the terminal's language writes it (``1,5`` in Polish and German), without trailing zeros or
    thousands separators (a count is copied digit by digit from the screen)."""
    try:
        qty = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not qty.is_finite():
        return str(value)
    qty = qty.normalize() if qty != 0 else Decimal(0)
    decimals = max(0, -int(qty.as_tuple().exponent))
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(int(qty)) if decimals == 0 else locale.toString(float(qty), "f", decimals)


def date_text(value: date | datetime | str) -> str:
    """A date (or a date and time) as the terminal's language writes it; English keeps ISO 8601 (2026-11-23),
    which no one on an international floor misreads."""
    if isinstance(value, str):
        text = value
        try:
            value = datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
        except ValueError:
            return text
    locale = QLocale()
    iso = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    day = "yyyy-MM-dd" if iso else _date_format(locale)
    if isinstance(value, datetime):
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
        return locale.toString(moment, f"{day} HH:mm")
    return locale.toString(QDate(value.year, value.month, value.day), day)


def _date_format(locale: QLocale) -> str:
    """The language's short date with a four-digit year (Qt's short Polish and German formats may have two)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    short = short if "yyyy" in short else short.replace("yy", "yyyy")
    return re.sub(r"(?<![dM])([dM])(?![dM])", r"\1\1", short)  # 01.09.2027: columns of dates line up


def unit_text(unit: str) -> str:
    english = UNITS.get(unit.strip().lower())
    return QCoreApplication.translate("Units", english) if english is not None else unit


def language() -> str:
    """The terminal's language code (``en``, ``pl``, ``de``), as QLocale's default says it."""
    return QLocale().name().split("_", maxsplit=1)[0].lower()


def name_in_language(name: str, names: Iterable[tuple[str, str]] | Mapping[str, str] | None) -> str:
    """A master-data name (material, reason) in the terminal's language when the plant gave one, else its name."""
    return dict(names or {}).get(language()) or name


def material_name(material: Material) -> str:
    return name_in_language(material.name, material.names)


def reason_label(reason: ReasonCode) -> str:
    return name_in_language(reason.label, reason.labels)


def reason_text(reasons: Iterable[ReasonCode], code: str) -> str:
    """The label of reason ``code`` among ``reasons`` in the terminal's language (the code when unknown)."""
    return next((reason_label(r) for r in reasons if r.code == code), code)
