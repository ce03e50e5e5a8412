"""``GET /v1/trace/{lot}``: the plant-wide genealogy of a lot, asked live by a station whose copy is behind."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response
from sqlalchemy import Engine

from floorstation.server.api.caller import station
from floorstation.server.gatekeeper import problem
from floorstation.sync import wire

log = logging.getLogger(__name__)


def router(engine: Engine) -> APIRouter:
    api = APIRouter()

    @api.get(wire.TRACE_PATH + "/{lot:path}", responses={401: {"model": wire.Problem}, 404: {"model": wire.Problem}})
    def plant_trace(lot: str, station_id: str = Depends(station)) -> Response:
        """The plant-wide genealogy of a lot (backward and forward, its pallets), asked live by a station whose
        copy of the plant's genealogy is behind; 404 when no station has recorded anything of it."""
        from floorstation.server.trace import trace

        with engine.connect() as conn:
            found = trace(conn, lot)
        if not found.lots and not found.backward and not found.forward:
            return problem(404, "UNKNOWN_LOT", f"Lot {lot!r} is not known to the server.")
        log.info("trace of lot %s for station %s", lot, station_id)
        return JSONResponse(found.as_dict())

    return api
