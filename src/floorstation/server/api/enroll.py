"""``POST /v1/enroll``: a station trades the one-time code an operator gave it for its token (and SSCC block)."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from sqlalchemy import Engine

from floorstation.server import enrollment
from floorstation.server.api.caller import touch
from floorstation.server.settings import ServerSettings
from floorstation.sync import wire

log = logging.getLogger(__name__)


def router(engine: Engine, settings: ServerSettings) -> APIRouter:
    routes = APIRouter()

    @routes.post(wire.ENROLL_PATH, responses={403: {"model": wire.Problem}})
    def enroll(body: wire.EnrollRequest) -> wire.EnrollResponse:
        done = enrollment.enroll(
            engine, body.code, body.station_id, grace=settings.enroll_grace, sscc_plan=settings.sscc_plan
        )
        log.info("station %s enrolled", done.station_id)
        with engine.begin() as conn:
            touch(conn, done.station_id, app_version=body.app_version or None)
        block = done.sscc_block
        return wire.EnrollResponse(
            station_id=done.station_id,
            token=done.token,
            sscc_block=wire.SsccBlock(
                extension=block.extension,
                company_prefix=block.company_prefix,
                first_serial=block.first_serial,
                last_serial=block.last_serial,
            )
            if block is not None
            else None,
        )

    return routes
