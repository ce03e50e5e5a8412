"""Every message of the plant office's pages has a Polish and a German translation, and a page rendered for a
Polish or German user shows them."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po
from jinja2.ext import babel_extract

from floorstation.server.office import i18n
from floorstation.server.office.templating import DYNAMIC_MESSAGES, TEMPLATE_DIR

LOCALE = Path(i18n.__file__).with_name("locale")


def messages() -> set[str]:
    found = set(DYNAMIC_MESSAGES)
    for template in sorted(TEMPLATE_DIR.glob("*.html")):
        with template.open("rb") as source:
            keywords = {"_": None, "gettext": None, "ngettext": (1, 2)}
            for _line, message, _comments, _context in extract(
                babel_extract, source, keywords=keywords, options={"trimmed": "true"}
            ):
                found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", ["pl", "de"])
def test_every_message_is_translated(language: str) -> None:
    with (LOCALE / f"{language}.po").open("rb") as source:
        catalog = read_po(source, locale=language)
    translated = {m.id for m in catalog if m.id and m.string and not m.fuzzy}
    assert sorted(messages() - translated) == []


def test_the_catalogues_are_read_without_a_build_step() -> None:
    assert i18n.translations("pl").gettext("Sign out") == "Wyloguj"
    assert i18n.translations("de").gettext("Live floor") == "Live-Fertigung"
    assert i18n.translations("en").gettext("Sign out") == "Sign out"
    assert i18n.best_language("de-AT,de;q=0.9,en;q=0.5") == "de"
    assert i18n.best_language("fr-FR") == "en"
