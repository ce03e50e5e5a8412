"""``GET /v1/recall/{lot}``: a lot's recall report (json, csv), its EPCIS 2.0 document or its FSMA 204 sheet
(xlsx), for office users with the quality, manager or admin role (a signed-in browser or a script holding its
session cookie). Station tokens are refused: a station has no business downloading a plant's customer list."""

from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response

from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server import plant_profile
from floorstation.server.gatekeeper import problem
from floorstation.server.office import auth
from floorstation.sync import wire

log = logging.getLogger(__name__)
router = APIRouter()
MEDIA_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RECALL_ROLES = ("quality", "manager", "admin")


def _refusal(request: Request) -> Response | None:
    """A Problem answer unless an office user with a recall role is signed in."""
    if request.headers.get("authorization", "").lower().startswith("bearer "):
        return problem(401, "UNAUTHORIZED", "Station tokens cannot download recalls; sign in to the plant office.")
    signed_in = auth.current(request)
    if signed_in is None:
        return problem(401, "UNAUTHORIZED", "Sign in to the plant office (POST /login) to download a recall.")
    if signed_in.user.role not in RECALL_ROLES:
        return problem(403, "FORBIDDEN", "Recalls are for the quality, manager and admin roles.")
    return None


@router.get(
    "/v1/recall/{lot:path}",
    responses={
        200: {"content": {"text/csv": {}, "application/ld+json": {}, MEDIA_XLSX: {}}},
        401: {"model": wire.Problem},
        403: {"model": wire.Problem},
        404: {"model": wire.Problem},
        409: {"model": wire.Problem},
    },
)
def recall(request: Request, lot: str, format: Literal["json", "csv", "epcis", "xlsx"] = "json") -> Response:
    """The recall report of a lot (json, csv), the EPCIS 2.0 document of its events or their FSMA 204 sortable
    spreadsheet (xlsx); office roles quality, manager and admin (session cookie from ``POST /login``)."""
    from floorstation.server.recall import MEDIA_TYPES, build_recall, render

    refused = _refusal(request)
    if refused is not None:
        return refused
    profile = plant_profile.stored(auth.state(request).engine)
    try:
        with auth.state(request).engine.connect() as conn:
            found = build_recall(conn, lot)
    except NotFound as exc:
        return problem(404, "UNKNOWN_LOT", exc.message)
    if format in ("epcis", "xlsx") and profile is None:
        return problem(
            409, "NO_TRACE_PROFILE", "This server has no trace profile yet; an admin fills it in at /settings."
        )
    try:
        body = render(found, format, profile)
    except InvalidInput as exc:
        return problem(409, "EXPORT_FAILED", exc.message)
    who = auth.current(request)
    log.info("recall report of lot %s (%s) for %s", lot, format, who.user.name if who else "?")
    filename = "".join(c if c.isalnum() or c in "-_." else "_" for c in lot)
    extension = {"json": "json", "csv": "csv", "epcis": "jsonld", "xlsx": "fsma204.xlsx"}[format]
    headers = {"Content-Disposition": f'attachment; filename="recall-{filename}.{extension}"'}
    return Response(body, media_type=MEDIA_TYPES[format], headers=headers)
