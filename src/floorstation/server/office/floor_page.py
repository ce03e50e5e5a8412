"""The live floor (``/``): machines and stations, its table part refreshed every few seconds
(``/floor/fragment``), and the open-alarm count the navigation refreshes (``/alarms/count``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, PlainTextResponse

from floorstation.server.office import auth
from floorstation.server.office.alarm_review import open_count
from floorstation.server.office.auth import SignedInUser
from floorstation.server.office.floor import read_floor
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)


@router.get("/")
def floor(request: Request, signed_in: SignedInUser) -> HTMLResponse:
    context = {"floor": read_floor(auth.state(request).engine)}
    return templates.TemplateResponse(request, "floor.html", context)


@router.get("/floor/fragment")
def floor_fragment(request: Request, signed_in: SignedInUser) -> HTMLResponse:
    return templates.TemplateResponse(request, "floor_fragment.html", {"floor": read_floor(auth.state(request).engine)})


@router.get("/alarms/count")
def alarm_count(request: Request, signed_in: SignedInUser) -> PlainTextResponse:
    return PlainTextResponse(str(open_count(auth.state(request).engine)))
