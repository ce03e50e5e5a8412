"""``/alarms``: every alarm and flag the server raised, acknowledged one by one with a note."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from floorstation.domain.errors import FloorstationError
from floorstation.server.office import alarm_review, auth
from floorstation.server.office.auth import SignedIn, SignedInUser
from floorstation.server.office.templating import templates
from floorstation.server.results import webhooks

router = APIRouter(include_in_schema=False)
ACK_ROLES = ("manager", "quality", "admin")
WEBHOOK_ROLES = ("manager", "admin")
"""Who sees webhooks that stopped taking results (an ERP link is theirs to chase)."""
Acknowledger = Annotated[SignedIn, Depends(auth.require_role(*ACK_ROLES))]


@router.get("/alarms")
def alarms(request: Request, signed_in: SignedInUser) -> HTMLResponse:
    show_all = request.query_params.get("all") == "1"
    engine = auth.state(request).engine
    found = alarm_review.items(engine, show_acknowledged=show_all)
    context = {
        "items": found,
        "show_all": show_all,
        "may_ack": signed_in.user.role in ACK_ROLES,
        "dead_webhooks": webhooks.dead(engine) if signed_in.user.role in WEBHOOK_ROLES else [],
    }
    return templates.TemplateResponse(request, "alarms.html", context)


@router.post("/alarms/{subject}/{item_id}/ack")
async def acknowledge(request: Request, subject: str, item_id: int, signed_in: Acknowledger) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    engine = auth.state(request).engine
    try:
        alarm_review.acknowledge(engine, subject, item_id, by=signed_in.user.name, note=form.get("note", ""))
    except FloorstationError as exc:
        context = {
            "dead_webhooks": webhooks.dead(engine) if signed_in.user.role in WEBHOOK_ROLES else [],
            "items": alarm_review.items(engine),
            "show_all": False,
            "may_ack": True,
            "error": exc.message,
            "error_item": f"{subject}-{item_id}",
        }
        return templates.TemplateResponse(request, "alarms.html", context, status_code=422)
    return RedirectResponse("/alarms", status_code=303)
