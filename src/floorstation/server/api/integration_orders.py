"""Orders in: an ERP creates and updates work orders, materials, operators and customers over HTTP.

Every record is stored as master data (``server/masterdata.py``), exactly as a master-data file would be: it takes
the next version of the plant's change feed, so stations receive it at their next download (``GET /v1/changes``).
The bodies are the demo plant's shape (``resources/demo/plant.json``, ``domain/catalog.py``). Sending the same
record again changes nothing (``changed: false``); a record that refers to master data the server does not have,
or breaks a rule of the format, is refused with 422 and the path of every field at fault. Only an integration
token opens these endpoints (``api/integration_auth.py``).
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine

from floorstation.domain.catalog import CustomerIn, MaterialIn, OperatorIn, WorkOrderIn
from floorstation.domain.errors import InvalidInput, NotFound
from floorstation.domain.master import WorkOrderStatus
from floorstation.server import masterdata
from floorstation.server.api.integration_auth import Caller, require_integration
from floorstation.server.gatekeeper import problem
from floorstation.sync import wire

log = logging.getLogger(__name__)

WORK_ORDERS_PATH = "/v1/work-orders"
MATERIALS_PATH = "/v1/materials"
OPERATORS_PATH = "/v1/operators"
CUSTOMERS_PATH = "/v1/customers"


class Stored(BaseModel):
    """What the server did with a record."""

    entity: str = Field(description="the master-data list: work_orders, materials, operators, customers")
    key: str = Field(description="the record's key: work-order number, material code, operator or customer id")
    created: bool = Field(description="true: the server did not have it before (answered 201)")
    changed: bool = Field(description="false: the server already had exactly this record; nothing happened")
    version: int = Field(description="the change-feed version of the record as stored")


class WorkOrderChange(BaseModel):
    """A work order's status and/or priority; what is left out stays."""

    model_config = ConfigDict(extra="forbid")

    status: WorkOrderStatus | None = Field(
        default=None,
        description="released: may be worked; on_hold: shown at the stations, cannot be started; closed, cancelled: "
        "leaves the stations' queues (work already recorded stays)",
    )
    priority: int | None = Field(
        default=None,
        ge=-1_000_000,
        le=1_000_000,
        description="higher first in a machine's queue; null: no priority (as 0)",
    )


_PROBLEMS: dict[int | str, dict[str, Any]] = {
    401: {"model": wire.Problem, "description": "no integration token, or one that is unknown or revoked"},
    403: {"model": wire.Problem, "description": "a station token or an office sign-in: not for this API"},
    422: {"model": wire.Problem, "description": "the body breaks a rule; `errors` names every field at fault"},
}

_WORK_ORDER_EXAMPLES = {
    "new order": {
        "summary": "A work order with one operation (machine, cycle time, bill of materials per unit)",
        "value": {
            "number": "309/2023",
            "product": "CAP-28",
            "planned_qty": "12000",
            "due_date": "2026-12-14",
            "priority": 5,
            "operations": [
                {
                    "seq": 10,
                    "machine": "M01",
                    "name": "Mould caps 28 mm",
                    "parameters": {"mould": "T-28-8", "cycle": "18 s"},
                    "bom": {"RESIN-PP": "0.0025", "MB-BLUE": "0.00005"},
                }
            ],
        },
    },
    "on hold": {
        "summary": "The same order, sent on hold",
        "value": {"number": "309/2023", "product": "CAP-28", "planned_qty": "12000", "status": "on_hold"},
    },
}


def _refused(exc: InvalidInput) -> JSONResponse:
    if isinstance(exc, masterdata.UnknownReferences):
        errors = [{"field": field, "message": why} for field, why in exc.fields]
        return problem(422, "UNKNOWN_REFERENCE", exc.message, field=exc.fields[0][0], errors=errors)
    return problem(422, "INVALID_REQUEST", exc.message + (f" {exc.hint}" if exc.hint else ""), field="body")


Authorised = Annotated[Caller, Depends(require_integration)]


def router(engine: Engine) -> APIRouter:
    routes = APIRouter(tags=["integration"], responses=_PROBLEMS)

    def store(entity: str, item: Any, response: Response, caller: Caller) -> Stored | JSONResponse:
        try:
            done = masterdata.upsert(engine, entity, item)
        except InvalidInput as exc:
            return _refused(exc)
        if done.created:
            response.status_code = 201
        if done.changed:
            log.info("%s %s %s by token %s", entity, done.key, "created" if done.created else "updated", caller.name)
        return Stored(entity=entity, key=done.key, created=done.created, changed=done.changed, version=done.version)

    @routes.post(WORK_ORDERS_PATH, response_model=Stored, responses={201: {"model": Stored}})
    def post_work_order(
        caller: Authorised,
        response: Response,
        order: Annotated[WorkOrderIn, Body(openapi_examples=_WORK_ORDER_EXAMPLES)],
    ) -> Stored | JSONResponse:
        """Create a work order, or replace it (same number). `status` and `priority` left out keep what the
        server has: sending an order again never reopens a closed one."""
        return store("work_orders", order, response, caller)

    @routes.patch(WORK_ORDERS_PATH + "/{number:path}", response_model=Stored, responses={404: {"model": wire.Problem}})
    def patch_work_order(
        caller: Authorised,
        number: str,
        change: Annotated[
            WorkOrderChange,
            Body(
                openapi_examples={
                    "close": {"summary": "The order is done", "value": {"status": "closed"}},
                    "hold": {"summary": "Stop starts for now", "value": {"status": "on_hold"}},
                    "rush": {"summary": "Move it up the queues", "value": {"priority": 100}},
                }
            ),
        ],
    ) -> Stored | JSONResponse:
        """Set a work order's status (released, on_hold, closed, cancelled) and/or priority. The number may carry
        a slash as it is (`/v1/work-orders/304/2023`) or encoded (`304%2F2023`)."""
        given = change.model_fields_set
        if not given:
            return problem(422, "INVALID_REQUEST", "Give status, priority or both.", field="body")
        try:
            done = masterdata.set_work_order(
                engine,
                number,
                **({"status": change.status} if "status" in given else {}),
                **({"priority": change.priority} if "priority" in given else {}),
            )
        except NotFound as exc:
            return problem(404, "UNKNOWN_WORK_ORDER", exc.message + " " + exc.hint)
        except ValueError:
            return problem(
                422, "INVALID_REQUEST", "status: give released, on_hold, closed or cancelled", field="status"
            )
        if done.changed:
            log.info("work order %s set to %s by token %s", number, change.model_dump(exclude_unset=True), caller.name)
        return Stored(entity="work_orders", key=number, created=False, changed=done.changed, version=done.version)

    @routes.post(MATERIALS_PATH, response_model=Stored, responses={201: {"model": Stored}})
    def post_material(
        caller: Authorised,
        response: Response,
        material: Annotated[
            MaterialIn,
            Body(
                openapi_examples={
                    "resin": {
                        "summary": "A raw material, lot-tracked, with a shelf life",
                        "value": {
                            "code": "RESIN-PP",
                            "name": "Polypropylene resin",
                            "unit": "kg",
                            "shelf_life_days": 720,
                        },
                    }
                }
            ),
        ],
    ) -> Stored | JSONResponse:
        """Create or replace a material (same code)."""
        return store("materials", material, response, caller)

    @routes.post(OPERATORS_PATH, response_model=Stored, responses={201: {"model": Stored}})
    def post_operator(
        caller: Authorised,
        response: Response,
        operator: Annotated[
            OperatorIn,
            Body(
                openapi_examples={
                    "operator": {
                        "summary": "An operator with a badge and a PIN (hashed at once, never stored)",
                        "value": {
                            "id": "anna",
                            "name": "Anna Nowak",
                            "badge": "B1001",
                            "roles": ["operator"],
                            "pin": "1111",
                        },
                    },
                    "leaves": {
                        "summary": "Someone who left: no longer signs in",
                        "value": {
                            "id": "anna",
                            "name": "Anna Nowak",
                            "badge": "B1001",
                            "roles": ["operator"],
                            "active": False,
                        },
                    },
                }
            ),
        ],
    ) -> Stored | JSONResponse:
        """Create or replace an operator (same id). A PIN is hashed on arrival; left out, the stored PIN stays."""
        return store("operators", operator, response, caller)

    @routes.post(CUSTOMERS_PATH, response_model=Stored, responses={201: {"model": Stored}})
    def post_customer(
        caller: Authorised,
        response: Response,
        customer: Annotated[
            CustomerIn,
            Body(
                openapi_examples={
                    "customer": {"summary": "A customer", "value": {"id": "C100", "name": "Nordic Beverages AB"}}
                }
            ),
        ],
    ) -> Stored | JSONResponse:
        """Create or replace a customer (same id), for dispatch."""
        return store("customers", customer, response, caller)

    return routes
