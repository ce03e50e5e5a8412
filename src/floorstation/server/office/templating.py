"""The one Jinja2 environment of the server's pages.

Templates come from ``office/templates`` and from every folder another package adds with
:func:`add_template_dir` (a ``ChoiceLoader``: the first folder that has a name wins, the office's first). Every
page extends ``base.html`` and fills its blocks ``title`` and ``content``; base.html draws the navigation, the
number of open alarms, the signed-in user and the sign-out button.

Render with ``templates.TemplateResponse(request, "name.html", {...})``: a context processor adds, for the
signed-in user, ``user``, ``csrf`` (put ``<input type="hidden" name="csrf" value="{{ csrf }}">`` in every
POST form), ``alarm_count``, ``lang`` and the gettext functions (``_``, ``gettext``, ``ngettext``) in their
language; ``{% trans %}`` blocks use those too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from babel.dates import format_timedelta
from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import ChoiceLoader, Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from floorstation.server.admin import offset_text
from floorstation.server.office import i18n
from floorstation.server.office.auth import current, state

TEMPLATE_DIR = Path(__file__).with_name("templates")

_loader = ChoiceLoader([FileSystemLoader(TEMPLATE_DIR)])
env = Environment(
    loader=_loader,
    autoescape=select_autoescape(["html", "xml", "svg"]),
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)


def add_template_dir(path: Path | str) -> None:
    """Let pages render templates from ``path`` too (after the office's own folder)."""
    folder = str(Path(path))
    if not any(isinstance(x, FileSystemLoader) and folder in x.searchpath for x in _loader.loaders):
        _loader.loaders = [*_loader.loaders, FileSystemLoader(folder)]


def _gettext(language: str) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """gettext and ngettext in Jinja's new style (variables filled in after translating, escaped)."""
    catalog = i18n.translations(language)

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> str:
        text = catalog.gettext(message)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables if variables else text

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, n: int, **variables: Any) -> str:
        variables.setdefault("num", n)
        text = catalog.ngettext(singular, plural, n)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return gettext, ngettext


def _office_context(request: Request) -> dict[str, Any]:
    from floorstation.server.office.alarm_review import open_count

    signed_in = current(request)
    language = signed_in.user.language if signed_in else i18n.best_language(request.headers.get("accept-language"))
    gettext, ngettext = _gettext(language)
    context: dict[str, Any] = {
        "lang": language,
        "gettext": gettext,
        "ngettext": ngettext,
        "_": gettext,
        "user": signed_in.user if signed_in else None,
        "csrf": signed_in.csrf if signed_in else "",
        "alarm_count": open_count(state(request).engine) if signed_in else 0,
        "path": request.url.path,
        "refresh_s": state(request).refresh_s,
    }
    return context


DYNAMIC_MESSAGES = (
    # The words the pages show from data (a role, a machine's or a task's state): translated like the rest.
    *("manager", "quality", "planner", "admin", "viewer"),
    *("running", "paused", "down", "idle", "stopped", "finished"),
    *("hold", "released", "recalled"),
)


def local_time(stamp: str | None) -> str:
    """A stored UTC time as the server's local time: ``14:03:12`` today, ``2026-12-05 14:03`` another day."""
    if not stamp:
        return "–"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    if local.date() == datetime.now(UTC).astimezone().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%Y-%m-%d %H:%M")


def since(stamp: str | None, language: str = "en") -> str:
    """How long ago ``stamp`` was, in words of ``language`` (``5 minutes``, ``5 minut``, ``5 Minuten``)."""
    if not stamp:
        return "–"
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return format_timedelta(datetime.now(UTC) - moment, locale=language, threshold=1.5)


def offset(offset_ms: int | None) -> str:
    """A station's clock offset (server minus station) for people; a dash when not measured."""
    return "–" if offset_ms is None else offset_text(offset_ms)


def clock(span: timedelta | None) -> str:
    """A span as ``H:MM:SS`` (a dash for none): a drill's time."""
    if span is None:
        return "–"
    seconds = max(0, int(span.total_seconds()))
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


env.filters.update(local_time=local_time, since=since, offset=offset, clock=clock)
env.policies["ext.i18n.trimmed"] = True
env.newstyle_gettext = True  # type: ignore[attr-defined]
templates = Jinja2Templates(env=env, context_processors=[_office_context])
"""Render a page: ``templates.TemplateResponse(request, "page.html", {...})``."""
