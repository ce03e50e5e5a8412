"""``/stations``: every station (contact, version, clock, SSCC block), enrolment codes with their QR code, and
revoking a station's tokens. For admins."""

from __future__ import annotations

import re
from typing import Annotated

import qrcode
import qrcode.image.svg
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import select

from floorstation import __version__
from floorstation.domain.errors import FloorstationError
from floorstation.domain.versions import is_behind
from floorstation.server import enrollment, provisioning
from floorstation.server.models import SsccBlockRow
from floorstation.server.office import auth
from floorstation.server.office.auth import SignedIn
from floorstation.server.office.floor import read_floor
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)
Admin = Annotated[SignedIn, Depends(auth.require_role("admin"))]
_STATION_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def qr_svg(content: str) -> Markup:
    """``content`` as an inline SVG QR code (scanned by the terminal's enrolment screen)."""
    image = qrcode.make(content, image_factory=qrcode.image.svg.SvgPathImage, box_size=10)
    svg: str = image.to_string(encoding="unicode")
    return Markup(svg)


def _page(request: Request, status: int = 200, **extra: object) -> HTMLResponse:
    engine = auth.state(request).engine
    with engine.connect() as conn:
        blocks = {
            r.station_id: f"{r.company_prefix} · {r.first_serial}–{r.last_serial}"
            for r in conn.execute(select(SsccBlockRow))
        }
        target = provisioning.plant_version(conn)
    floor = read_floor(engine).stations
    behind = {s.station_id for s in floor if s.app_version and is_behind(s.app_version, target)}
    context = {
        "stations": floor,
        "blocks": blocks,
        "plant_version": target,
        "server_version": __version__,
        "behind": behind,
        **extra,
    }
    return templates.TemplateResponse(request, "stations.html", context, status_code=status)


@router.get("/stations")
def stations(request: Request, signed_in: Admin) -> HTMLResponse:
    return _page(request, revoked=request.query_params.get("revoked", ""))


@router.post("/stations/enrol")
async def enrol(request: Request, signed_in: Admin) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    station_id = form.get("station_id", "").strip()
    if not _STATION_ID.match(station_id):
        return _page(request, status=422, error="station_id", station_id=station_id)
    try:
        code = enrollment.create_code(auth.state(request).engine, station_id)
    except FloorstationError as exc:
        return _page(request, status=422, error=exc.message, station_id=station_id)
    server = str(request.base_url).rstrip("/")
    content = enrollment.qr_content(station_id, code, server)
    return _page(request, enrolled=station_id, code=code, server=server, qr=qr_svg(content))


@router.post("/stations/plant-version")
async def plant_version(request: Request, signed_in: Admin) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    version = form.get("version", "").strip()
    try:
        provisioning.set_plant_version(auth.state(request).engine, version or None, by=signed_in.user.name)
    except FloorstationError as exc:
        return _page(request, status=422, version_error=f"{exc.message} {exc.hint}".strip(), version_input=version)
    return RedirectResponse("/stations", status_code=303)


def _config_page(request: Request, station_id: str, text: str, status: int = 200, **extra: object) -> HTMLResponse:
    context = {"station_id": station_id, "text": text, **extra}
    return templates.TemplateResponse(request, "station_config.html", context, status_code=status)


@router.get("/stations/{station_id}/config")
def station_config(request: Request, station_id: str, signed_in: Admin) -> HTMLResponse:
    if not _STATION_ID.match(station_id):
        return _page(request, status=422, error="station_id", station_id=station_id)
    config = provisioning.read(auth.state(request).engine, station_id)
    saved = request.query_params.get("saved") == "1"
    return _config_page(request, station_id, provisioning.dump_toml(config) if config else "", saved=saved)


@router.post("/stations/{station_id}/config")
async def save_station_config(request: Request, station_id: str, signed_in: Admin) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    if not _STATION_ID.match(station_id):
        return _page(request, status=422, error="station_id", station_id=station_id)
    text = form.get("config", "")
    engine = auth.state(request).engine
    try:
        provisioning.replace_with_file(engine, station_id, text, "The configuration")
    except FloorstationError as exc:
        return _config_page(request, station_id, text, status=422, error=f"{exc.message} {exc.hint}".strip())
    return RedirectResponse(f"/stations/{station_id}/config?saved=1", status_code=303)


@router.post("/stations/{station_id}/revoke")
async def revoke(request: Request, station_id: str, signed_in: Admin) -> Response:
    auth.check_csrf(signed_in, await auth.read_form(request))
    enrollment.revoke(auth.state(request).engine, station_id)
    return RedirectResponse(f"/stations?revoked={station_id}", status_code=303)
