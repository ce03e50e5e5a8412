"""The plant office: server-rendered pages in the same FastAPI app as the station API (DESIGN §12).

``mount(app, engine, settings)`` adds its pages, its static files (``/office/static``) and its error pages to
the app; ``create_app`` calls it once. Pages declare who may see them with
``Depends(auth.require_role(...))`` and render through ``templating.templates``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine

from floorstation.server import plant_profile
from floorstation.server.office import (
    alarms_page,
    auth,
    drill_page,
    floor_page,
    i18n,
    login_page,
    lots_page,
    masterdata_page,
    quality_page,
    recall_api,
    settings_page,
    stations_page,
)
from floorstation.server.office.auth import (
    CsrfRefused,
    LoginRequired,
    OfficeState,
    RoleRefused,
    StationTokenRefused,
    login_url,
)
from floorstation.server.office.templating import add_template_dir, templates
from floorstation.server.reporting.web import LOCALE_DIR, TEMPLATE_DIR, reports_router

STATIC_DIR = Path(__file__).with_name("static")
REPORT_ROLES = ("manager", "quality", "planner", "viewer")


def mount(app: FastAPI, engine: Engine, settings: Any = None) -> OfficeState:
    """Serve the office from ``app``: its pages, ``/office/static`` and its refusals (sign in, 403 pages)."""
    office = OfficeState(engine)
    plant_profile.seed(engine, getattr(settings, "trace_profile", None))
    app.state.office = office
    app.mount("/office/static", StaticFiles(directory=STATIC_DIR), name="office-static")
    for module in (
        login_page,
        floor_page,
        alarms_page,
        stations_page,
        quality_page,
        lots_page,
        recall_api,
        settings_page,
        drill_page,
        masterdata_page,
    ):
        app.include_router(module.router)
    # The reports: every office role may read them (admin passes every check).
    add_template_dir(TEMPLATE_DIR)
    i18n.add_locale_dir(LOCALE_DIR)
    calendar = getattr(settings, "plant_calendar", None)
    # Pages for people (like every office page, kept out of the station API's OpenAPI document).
    app.include_router(
        reports_router(engine, auth.require_role(*REPORT_ROLES), templates, calendar), include_in_schema=False
    )

    @app.exception_handler(LoginRequired)
    async def _on_login_required(request: Request, exc: LoginRequired) -> Response:
        if request.headers.get("x-office-fragment"):
            return Response(status_code=401)  # the page's refresher reloads the page, which goes to /login
        return RedirectResponse(login_url(exc.next_path), status_code=303)

    @app.exception_handler(RoleRefused)
    async def _on_role_refused(request: Request, exc: RoleRefused) -> HTMLResponse:
        return templates.TemplateResponse(request, "forbidden.html", {"roles": exc.roles}, status_code=403)

    @app.exception_handler(StationTokenRefused)
    async def _on_station_token(request: Request, exc: StationTokenRefused) -> HTMLResponse:
        body = "<!doctype html><title>401</title><p>Station tokens do not open the plant office. Sign in at /login.</p>"
        return HTMLResponse(body, status_code=401)

    @app.exception_handler(CsrfRefused)
    async def _on_csrf(request: Request, exc: CsrfRefused) -> HTMLResponse:
        return templates.TemplateResponse(request, "csrf.html", {}, status_code=403)

    return office
