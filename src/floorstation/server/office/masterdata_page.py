"""``/masterdata``: the plant's master data as the server holds it (materials, machines, operators without their
PINs, work orders, operations, lots, reasons, customers), and an import of the same JSON or CSV file the
``floorstation-server import`` command takes, in two steps: the file is read and checked, and the page shows what
it would change (rows added, rows changed with each field old → new, rows unchanged); only "Import" then writes
it. The uploaded file waits in the server's memory for its confirmation (never in the page: it may hold clear
PINs) for :data:`PENDING_FOR`, for the user who sent it. For planners and admins; any office user may look.
"""

from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from http.cookies import CookieError, SimpleCookie
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from floorstation.domain.catalog import parse_file
from floorstation.domain.errors import FloorstationError
from floorstation.server.masterdata import KEYS, import_catalog, master_rows, preview_catalog
from floorstation.server.office import auth
from floorstation.server.office.auth import SignedIn, SignedInUser
from floorstation.server.office.templating import templates

router = APIRouter(include_in_schema=False)
IMPORT_ROLES = ("planner", "admin")
Importing = Annotated[SignedIn, Depends(auth.require_role(*IMPORT_ROLES))]
MAX_UPLOAD_BYTES = 8 * 1024 * 1024
PENDING_FOR = 30 * 60.0
SHOWN_ROWS = 500
COLUMNS: dict[str, tuple[str, ...]] = {
    "materials": ("code", "name", "unit", "gtin", "lot_tracked", "shelf_life_days"),
    "machines": ("id", "name", "code"),
    "operators": ("id", "name", "badge", "roles", "active"),
    "work_orders": ("number", "product", "planned_qty", "due_date", "priority"),
    "operations": ("work_order", "seq", "machine", "name"),
    "lots": ("code", "material", "quantity", "status", "expiry", "supplier", "supplier_lot"),
    "reasons": ("kind", "code", "label"),
    "customers": ("id", "name"),
}


@dataclass(frozen=True)
class Pending:
    user_id: int
    name: str
    data: bytes
    at: float


_pending: dict[str, Pending] = {}
_lock = threading.Lock()


def may_import(engine: Engine, cookie_header: str) -> bool:
    """Whether the Cookie header carries a live office session of a user who may import master data: the door
    (``server/gatekeeper.py``) then takes a body as large as a station's batch for the import's upload."""
    cookies = SimpleCookie()
    try:
        cookies.load(cookie_header)
    except CookieError:
        return False
    morsel = cookies.get(auth.COOKIE)
    if morsel is None or not morsel.value:
        return False
    signed_in = auth.session_of(engine, morsel.value)
    return signed_in is not None and signed_in.user.role in IMPORT_ROLES


def _keep(user_id: int, name: str, data: bytes) -> str:
    token = secrets.token_urlsafe(16)
    now = time.monotonic()
    with _lock:
        for old in [t for t, p in _pending.items() if now - p.at > PENDING_FOR or p.user_id == user_id]:
            del _pending[old]  # one waiting file per user; stale ones go
        _pending[token] = Pending(user_id, name, data, now)
    return token


def _take(token: str, user_id: int) -> Pending | None:
    with _lock:
        found = _pending.get(token)
        if found is None or found.user_id != user_id or time.monotonic() - found.at > PENDING_FOR:
            return None
        del _pending[token]
        return found


async def read_upload(request: Request) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """A ``multipart/form-data`` body: its text fields and its one file (name, bytes), read with the standard
    library's MIME parser. Too large or not multipart: no fields (the CSRF check then refuses it)."""
    kind = request.headers.get("content-type", "")
    if not kind.startswith("multipart/form-data"):
        return {}, None
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + 64 * 1024:
        return {}, None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_UPLOAD_BYTES + 64 * 1024:
            return {}, None
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + kind.encode("latin-1") + b"\r\n\r\n" + body)
    fields: dict[str, str] = {}
    upload: tuple[str, bytes] | None = None
    if not message.is_multipart():
        return {}, None
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        filename = part.get_filename()
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        if not isinstance(name, str):
            continue
        if filename is not None:
            if upload is None and data:
                upload = (filename.rpartition("/")[2].rpartition("\\")[2], data)
        else:
            fields.setdefault(name, data.decode("utf-8", "replace"))
    return fields, upload


def _page(request: Request, status: int = 200, **extra: object) -> HTMLResponse:
    engine = auth.state(request).engine
    shown = request.query_params.get("list", "materials")
    if shown not in KEYS:
        shown = "materials"
    rows, total = master_rows(engine, shown, SHOWN_ROWS)
    signed_in = auth.current(request)
    context = {
        "lists": list(KEYS),
        "shown": shown,
        "columns": COLUMNS[shown],
        "rows": rows,
        "total": total,
        "limit": SHOWN_ROWS,
        "may_import": signed_in is not None and signed_in.user.role in IMPORT_ROLES,
        "imported": request.query_params.get("imported", ""),
        **extra,
    }
    return templates.TemplateResponse(request, "masterdata.html", context, status_code=status)


@router.get("/masterdata")
def masterdata(request: Request, signed_in: SignedInUser) -> HTMLResponse:
    return _page(request)


@router.post("/masterdata/preview")
async def preview(request: Request, signed_in: Importing) -> Response:
    fields, upload = await read_upload(request)
    auth.check_csrf(signed_in, fields)
    if upload is None:
        return _page(request, status=422, error="Choose a .json or .csv master-data file to import.")
    name, data = upload
    engine = auth.state(request).engine
    try:
        catalog = parse_file(data, name)
        previews = await run_in_threadpool(preview_catalog, engine, catalog)
    except FloorstationError as exc:
        return _page(request, status=422, error=f"{exc.message} {exc.hint}".strip(), filename=name)
    token = _keep(signed_in.user.id, name, data)
    return _page(request, preview=previews, token=token, filename=name)


@router.post("/masterdata/import")
async def confirm(request: Request, signed_in: Importing) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    pending = _take(form.get("token", ""), signed_in.user.id)
    if pending is None:
        return _page(request, status=409, error="expired")
    engine = auth.state(request).engine
    try:
        counts = await run_in_threadpool(import_catalog, engine, parse_file(pending.data, pending.name))
    except FloorstationError as exc:
        return _page(request, status=422, error=f"{exc.message} {exc.hint}".strip(), filename=pending.name)
    done = ",".join(f"{entity}:{n}" for entity, n in counts.items())
    return RedirectResponse(f"/masterdata?imported={done}", status_code=303)


@router.post("/masterdata/cancel")
async def cancel(request: Request, signed_in: Importing) -> Response:
    form = await auth.read_form(request)
    auth.check_csrf(signed_in, form)
    _take(form.get("token", ""), signed_in.user.id)
    return RedirectResponse("/masterdata", status_code=303)
