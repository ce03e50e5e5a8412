"""Results out: ``GET /v1/confirmations?since=CURSOR``, the production confirmations an ERP books.

Paged and ordered: each page answers ``next``, the cursor to ask with for the following page; asking again with
the same cursor gives the same confirmations (and any new ones after them). A station that uploads late has its
confirmations after the cursor an ERP already holds, never among what it was given. Each confirmation's
``confirmation_id`` (the id of the task stop it reports) lets an ERP refuse one it has booked. Only an
integration token opens it (``api/integration_auth.py``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from floorstation.server.api.integration_auth import Caller, require_integration
from floorstation.server.results import confirmations
from floorstation.sync import wire

PATH = "/v1/confirmations"


class Consumed(BaseModel):
    model_config = ConfigDict(extra="allow")
    lot: str = Field(description="the input lot's code")
    material: str
    quantity: str = Field(description="a decimal as text, in `unit`", examples=["12.5"])
    unit: str
    into_lot: str | None = Field(description="the lot it went into, when the station had one open")
    event_id: str = Field(description="the `lot.consumed` record")


class Source(BaseModel):
    station_id: str
    epoch: int
    seq: int
    event_id: str
    hash: str = Field(description="the record's SHA-256 in the station's hash chain (`verify-log` checks it)")


class Confirmation(BaseModel):
    """What one task stop reports: a partial (or final) confirmation of a work-order operation."""

    model_config = ConfigDict(extra="allow")
    type: str = Field(description="always `confirmation`")
    number: int = Field(description="its place in this feed (a cursor)")
    confirmation_id: str = Field(description="stable: the id of the task stop it reports; book each once")
    task_id: str = Field(examples=["304/2023-10"])
    work_order: str | None = Field(examples=["304/2023"])
    operation: str | None = Field(description="the operation's number within the work order", examples=["10"])
    last_operation: bool | None = Field(
        description="true: the work order's last operation (its output is finished goods); null: not known"
    )
    product: str | None
    unit: str | None = Field(description="the product's unit, from master data")
    machine_id: str | None
    station_id: str
    started_at: str | None = Field(description="the first start or resume since the task's previous stop")
    ended_at: str = Field(description="when the task was stopped (station time with its UTC offset)")
    good_qty: str
    scrap_qty: str
    scrap_reason: str | None
    output_lot: str | None
    consumed: list[Consumed] = Field(description="the lots consumed into the task since its previous stop")
    operators: list[str] = Field(description="who started, resumed, paused, consumed or stopped it in that time")
    source: Source


class ConfirmationPage(BaseModel):
    confirmations: list[Confirmation]
    next: str = Field(description="ask with `since` set to this for the following page")
    more: bool = Field(description="true: the next page already has confirmations")


_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": wire.Problem, "description": "no integration token, or one that is unknown or revoked"},
    403: {"model": wire.Problem, "description": "a station token or an office sign-in: not for this API"},
}


def mount(app: FastAPI, engine: Engine, settings: object = None) -> None:
    app.include_router(router(engine))


def router(engine: Engine) -> APIRouter:
    routes = APIRouter(tags=["integration"], responses=_PROBLEMS)

    @routes.get(PATH, response_model=ConfirmationPage)
    def get_confirmations(
        caller: Annotated[Caller, Depends(require_integration)],
        since: Annotated[
            int, Query(ge=0, le=2**62, description="the `next` of the previous page; 0 (or left out) from the start")
        ] = 0,
        limit: Annotated[int, Query(ge=1, le=1000, description="confirmations at most in this page")] = 100,
    ) -> dict[str, Any]:
        """Production confirmations after `since`, oldest first."""
        page = confirmations.read_page(engine, since, limit)
        return {"confirmations": page.confirmations, "next": str(page.next_cursor), "more": page.more}

    return routes
