"""``/lots/drills``: mock-recall drills (``server/drills.py``). Started from a lot on the Lots page, a drill's page
shows the recall as the plant would work it (genealogy, customers, stock to quarantine, mass balance, the
downloads), times it from the start, stamps each step when the person doing it marks it done (a download stamps
"downloads" by itself), and "Finish" keeps its duration and who ran it. ``/lots/drills`` lists them against the 4 h
that BRC and IFS ask for. For the roles that may run a recall."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select

from floorstation.domain.errors import FloorstationError, NotFound
from floorstation.server import drills
from floorstation.server.models import PlantLotRow
from floorstation.server.office import auth
from floorstation.server.office.auth import SignedIn
from floorstation.server.office.recall_api import RECALL_ROLES
from floorstation.server.office.templating import templates
from floorstation.server.recall import build_recall

router = APIRouter(include_in_schema=False)
Recalling = Annotated[SignedIn, Depends(auth.require_role(*RECALL_ROLES))]
DOWNLOADS = ("json", "csv", "epcis", "xlsx")


@router.get("/lots/drills")
def drill_list(request: Request, signed_in: Recalling) -> HTMLResponse:
    found = drills.recent(auth.state(request).engine)
    return templates.TemplateResponse(request, "drills.html", {"drills": found, "target": drills.TARGET})


@router.post("/lots/drills")
async def start(request: Request, signed_in: Recalling) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    lot = form.get("lot", "").strip()
    engine = auth.state(request).engine
    with engine.connect() as conn:
        known = conn.scalar(select(PlantLotRow.code).where(PlantLotRow.code == lot))
    if known is None:
        return RedirectResponse(f"/lots?q={quote(lot)}", status_code=303)
    drill_id = drills.start(engine, lot, signed_in.user.name)
    return RedirectResponse(f"/lots/drills/{drill_id}", status_code=303)


@router.get("/lots/drills/{drill_id}")
def drill(request: Request, drill_id: int, signed_in: Recalling) -> HTMLResponse:
    engine = auth.state(request).engine
    try:
        found = drills.get(engine, drill_id)
    except NotFound as exc:
        return templates.TemplateResponse(request, "drill.html", {"missing": exc.message}, status_code=404)
    report = error = None
    try:
        with engine.connect() as conn:
            report = build_recall(conn, found.lot).report
    except FloorstationError as exc:
        error = exc.message
    context = {
        "drill": found,
        "report": report,
        "error": error,
        "steps": drills.STEPS,
        "target": drills.TARGET,
        "downloads": DOWNLOADS,
    }
    return templates.TemplateResponse(request, "drill.html", context)


@router.post("/lots/drills/{drill_id}/step")
async def step(request: Request, drill_id: int, signed_in: Recalling) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    name = form.get("step", "")
    if name in drills.STEPS:
        drills.mark_step(auth.state(request).engine, drill_id, name)
    return RedirectResponse(f"/lots/drills/{drill_id}#step-{name}", status_code=303)


@router.get("/lots/drills/{drill_id}/download")
def download(request: Request, drill_id: int, signed_in: Recalling, format: str = "json") -> Response:
    """Stamp the drill's "downloads" step, then hand over the recall download itself."""
    engine = auth.state(request).engine
    found = drills.get(engine, drill_id)
    chosen = format if format in DOWNLOADS else "json"
    drills.mark_step(engine, drill_id, "downloads")
    return RedirectResponse(f"/v1/recall/{quote(found.lot, safe='')}?format={chosen}", status_code=303)


@router.post("/lots/drills/{drill_id}/finish")
async def finish(request: Request, drill_id: int, signed_in: Recalling) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    drills.finish(auth.state(request).engine, drill_id, signed_in.user.name, form.get("note", ""))
    return RedirectResponse(f"/lots/drills/{drill_id}", status_code=303)
