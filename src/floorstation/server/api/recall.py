"""``GET /v1/recall/{lot}``: a lot's recall report (json, csv) or the EPCIS 2.0 document of its events."""

from __future__ import annotations

import logging
from typing import Literal

from fastapi import APIRouter, Depends
from fastapi.responses import Response
from sqlalchemy import Engine

from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.server.api.caller import station
from floorstation.server.gatekeeper import problem
from floorstation.server.settings import ServerSettings
from floorstation.sync import wire

log = logging.getLogger(__name__)


def router(engine: Engine, settings: ServerSettings) -> APIRouter:
    routes = APIRouter()

    @routes.get(
        "/v1/recall/{lot:path}",
        responses={
            200: {"content": {"text/csv": {}, "application/ld+json": {}}},
            401: {"model": wire.Problem},
            404: {"model": wire.Problem},
            409: {"model": wire.Problem},
        },
    )
    def recall(
        lot: str, format: Literal["json", "csv", "epcis"] = "json", station_id: str = Depends(station)
    ) -> Response:
        """The recall report of a lot (json, csv) or the EPCIS 2.0 document of its events; any enrolled station."""
        from floorstation.server.recall import MEDIA_TYPES, build_recall, render

        try:
            with engine.connect() as conn:
                found = build_recall(conn, lot)
        except NotFound as exc:
            return problem(404, "UNKNOWN_LOT", exc.message)
        if format == "epcis" and settings.trace_profile is None:
            return problem(409, "NO_TRACE_PROFILE", "This server has no trace profile; start it with --profile.")
        try:
            body = render(found, format, settings.trace_profile)
        except InvalidInput as exc:
            return problem(409, "EXPORT_FAILED", exc.message)
        log.info("recall report of lot %s (%s) for station %s", lot, format, station_id)
        filename = "".join(c if c.isalnum() or c in "-_." else "_" for c in lot)
        extension = {"json": "json", "csv": "csv", "epcis": "jsonld"}[format]
        headers = {"Content-Disposition": f'attachment; filename="recall-{filename}.{extension}"'}
        return Response(body, media_type=MEDIA_TYPES[format], headers=headers)

    return routes
