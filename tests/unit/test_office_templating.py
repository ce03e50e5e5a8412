"""Another package's templates join the office's one environment: a page from a folder added with
``add_template_dir`` extends base.html, and its messages come from a catalogue added with ``add_locale_dir``."""

from __future__ import annotations

from pathlib import Path

from floorstation.server.office import i18n
from floorstation.server.office.templating import _gettext, add_template_dir, env


def test_a_page_from_another_folder_extends_base_and_speaks_the_users_language(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "report_sample.html").write_text(
        '{% extends "base.html" %}{% block title %}{{ _("Work time") }}{% endblock %}'
        '{% block content %}<p id="body">{{ _("Work time") }}: {{ hours }}</p>{% endblock %}',
        encoding="utf-8",
    )
    (tmp_path / "pl.po").write_text('msgid "Work time"\nmsgstr "Czas pracy"\n', encoding="utf-8")
    add_template_dir(folder)
    add_template_dir(folder)  # twice: still one folder
    i18n.add_locale_dir(tmp_path)
    gettext, ngettext = _gettext("pl")
    page = env.get_template("report_sample.html").render(
        lang="pl", _=gettext, gettext=gettext, ngettext=ngettext, user=None, path="/reports", hours="7.5"
    )
    assert "<title>Czas pracy · floorstation</title>" in page
    assert '<p id="body">Czas pracy: 7.5</p>' in page
    assert '<link rel="stylesheet" href="/office/static/office.css">' in page
    assert i18n.translations("pl").gettext("Sign out") == "Wyloguj"  # the office's own messages still there
