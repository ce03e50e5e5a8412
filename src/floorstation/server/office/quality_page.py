"""``/quality``: hold, release or recall any lot with a reason and an electronic signature (the signer's password
again, with what the signature means shown), taken as a central decision (``masterdata.set_lot_status``: at the
server's time, pushed to every station at its next sync); the lots on hold or recalled; and every use of such a
lot the server flagged."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool

from floorstation.domain.errors import FloorstationError
from floorstation.domain.master import LotStatus
from floorstation.server.masterdata import set_lot_status
from floorstation.server.models import EventFlagRow, EventRow, PlantLotRow
from floorstation.server.office import auth, users
from floorstation.server.office.auth import SignedIn
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)
QUALITY_ROLES = ("quality", "manager", "admin")
Deciding = Annotated[SignedIn, Depends(auth.require_role(*QUALITY_ROLES))]
ACTIONS = {"hold": LotStatus.HOLD, "released": LotStatus.RELEASED, "recalled": LotStatus.RECALLED}
USE_FLAGS = ("lot_on_hold", "lot_recalled")
MAX_ROWS = 500


def _held(engine: Engine) -> tuple[list[object], list[object]]:
    with engine.connect() as conn:
        held = conn.execute(
            select(
                PlantLotRow.code,
                PlantLotRow.material,
                PlantLotRow.status,
                PlantLotRow.status_reason,
                PlantLotRow.status_by,
                PlantLotRow.status_at,
            )
            .where(PlantLotRow.status.in_(("hold", "recalled")))
            .order_by(PlantLotRow.status_at.desc())
            .limit(MAX_ROWS)
        ).all()
        uses = conn.execute(
            select(
                EventFlagRow.code, EventFlagRow.message, EventRow.station_id, EventRow.occurred_at, EventRow.operator_id
            )
            .join(EventRow, EventRow.event_id == EventFlagRow.event_id)
            .where(EventFlagRow.code.in_(USE_FLAGS))
            .order_by(EventFlagRow.id.desc())
            .limit(MAX_ROWS)
        ).all()
    return list(held), list(uses)


def _page(request: Request, status: int = 200, **extra: object) -> HTMLResponse:
    held, uses = _held(auth.state(request).engine)
    context = {"held": held, "uses": uses, "done": request.query_params.get("done", ""), **extra}
    return templates.TemplateResponse(request, "quality.html", context, status_code=status)


@router.get("/quality")
def quality(request: Request, signed_in: Deciding) -> HTMLResponse:
    return _page(request, lot=request.query_params.get("lot", ""))


@router.post("/quality/decide")
async def decide(request: Request, signed_in: Deciding) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    lot, action, reason = form.get("lot", "").strip(), form.get("action", ""), form.get("reason", "").strip()
    kept = {"lot": lot, "action": action, "reason": reason}
    if not lot or action not in ACTIONS or not reason:
        return _page(request, status=422, error="incomplete", **kept)
    engine = auth.state(request).engine
    if not await run_in_threadpool(users.verify_again, engine, signed_in.user, form.get("password", "")):
        return _page(request, status=422, error="signature", **kept)
    try:
        change = set_lot_status(engine, lot, ACTIONS[action], reason=reason, by=signed_in.user.name)
    except FloorstationError as exc:
        return _page(request, status=422, error=exc.message, **kept)
    return RedirectResponse(f"/quality?done={change.code}:{change.before}:{change.after}", status_code=303)
