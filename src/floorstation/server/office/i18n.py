"""The office in English, Polish and German: gettext catalogues (``locale/pl.po``, ``locale/de.po``) read with
Babel when first needed and compiled in memory, so there is no build step. Other packages add their own folder
of ``.po`` files with :func:`add_locale_dir`; English is the messages themselves.
"""

from __future__ import annotations

import gettext
import io
import threading
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LANGUAGES = ("en", "pl", "de")
LANGUAGE_NAMES = {"en": "English", "pl": "Polski", "de": "Deutsch"}
_dirs: list[Path] = [Path(__file__).with_name("locale")]
_loaded: dict[str, gettext.NullTranslations] = {}
_lock = threading.Lock()


def add_locale_dir(path: Path | str) -> None:
    """Take the ``pl.po`` and ``de.po`` in ``path`` too (messages of another package's templates)."""
    with _lock:
        folder = Path(path)
        if folder not in _dirs:
            _dirs.append(folder)
        _loaded.clear()


def _read(path: Path, language: str) -> Translations:
    with path.open("rb") as source:
        catalog = read_po(source, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return Translations(compiled)


def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of ``language`` (English, or an unknown language: the messages as written)."""
    if language not in LANGUAGES or language == "en":
        return gettext.NullTranslations()
    with _lock:
        found = _loaded.get(language)
        if found is None:
            merged = Translations()
            for folder in _dirs:
                path = folder / f"{language}.po"
                if path.is_file():
                    merged.merge(_read(path, language))
            _loaded[language] = found = merged
        return found


def best_language(accept_language: str | None) -> str:
    """The first of the browser's languages the office speaks (the login page, before anyone is signed in)."""
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"
