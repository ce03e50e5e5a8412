"""The terminal's languages: English is built in, others come from Qt Linguist files compiled to ``.qm``.

``resources/translations/floorstation_<code>.ts`` is the source (``make translations`` compiles it; the compiled
``.qm`` is not kept in git). :class:`Translations` installs one translator at a time; switching posts Qt's
``LanguageChange`` event to every widget, and each screen answers it in :meth:`Retranslating.retranslate`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

from floorstation import paths

log = logging.getLogger(__name__)

ENGLISH = "en"
#: Each language by its code, named in its own language (as a person looking for theirs would read it).
LANGUAGES = {"en": "English", "pl": "Polski", "de": "Deutsch"}


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


class Translations:
    """One installed translator at a time (none for English)."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self.directory = directory or translations_dir()
        self._translator: QTranslator | None = None
        self.language = ENGLISH
        self._system = QLocale().name()  # before the default changes: the language a PC set up for its people
        QLocale.setDefault(locale_of(ENGLISH))  # numbers and dates in English until another language is chosen

    def file(self, code: str) -> Path:
        return self.directory / f"floorstation_{code}.qm"

    def available(self) -> list[str]:
        """English, and every language whose compiled file is there."""
        return [code for code in LANGUAGES if code == ENGLISH or self.file(code).is_file()]

    def switch(self, code: str) -> bool:
        """Show the terminal in ``code`` from now on; False (nothing changes) when that language is not there."""
        code = code.split("_", maxsplit=1)[0].lower()
        if code == self.language:
            return True
        translator: QTranslator | None = None
        if code != ENGLISH:
            translator = QTranslator(self._app)
            if not translator.load(str(self.file(code))):
                log.warning("no translation for %r in %s (run 'make translations')", code, self.directory)
                return False
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None:
            self._app.installTranslator(translator)
        self.language = code
        QLocale.setDefault(locale_of(code))  # numbers and dates follow the language (error_texts.number_text)
        log.info("terminal language: %s", code)
        return True

    def choose(self, wanted: str = "") -> str:
        """At start: ``wanted`` (from station.toml) or else the system's language, when it is there."""
        for code in (wanted, self._system):
            base = code.split("_", maxsplit=1)[0].lower()
            if base in LANGUAGES and self.switch(base):
                return self.language
        return self.language


def locale_of(code: str) -> QLocale:
    """How ``code`` writes numbers and dates: Polish and German as in Poland and Germany; English as in the UK
    (dates on screen stay ISO 8601 in English, see ``error_texts.date_text``)."""
    territories = {
        "pl": (QLocale.Language.Polish, QLocale.Country.Poland),
        "de": (QLocale.Language.German, QLocale.Country.Germany),
    }
    language, territory = territories.get(code, (QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return QLocale(language, territory)


def is_language_change(event: QEvent) -> bool:
    return event.type() == QEvent.Type.LanguageChange


class Retranslating:
    """Mixin for widgets whose texts come from ``self.tr``: they set them in :meth:`retranslate`, which runs
    once from the constructor and again whenever the language changes (Qt's ``LanguageChange`` event)."""

    def retranslate(self) -> None:
        """Set every text that comes from a translation."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if is_language_change(event):
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
