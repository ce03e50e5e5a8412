"""``/lots``: find a lot by its code, a pallet's SSCC, the supplier's lot or a GTIN; its genealogy backward and
forward as a picture and as tables (``server/trace.py``), its pallets and customers, and the recall downloads
(``GET /v1/recall/LOT``) for the roles that may."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import Engine, or_, select

from floorstation.server import plant_profile
from floorstation.server.models import PlantLotRow, PlantPalletRow
from floorstation.server.office import auth
from floorstation.server.office.auth import SignedInUser
from floorstation.server.office.genealogy_picture import picture
from floorstation.server.office.recall_api import RECALL_ROLES
from floorstation.server.office.templating import templates
from floorstation.server.trace import trace

router = APIRouter(include_in_schema=False)
MAX_FOUND = 50


def find_lots(engine: Engine, query: str) -> list[str]:
    """Lot codes that ``query`` names: the lot itself, a pallet's SSCC (with or without its ``00``), a supplier's
    lot, or a GTIN."""
    query = query.strip()
    if not query:
        return []
    sscc = query[2:] if len(query) == 20 and query.startswith("00") else query
    with engine.connect() as conn:
        found = list(
            conn.scalars(
                select(PlantLotRow.code)
                .where(or_(PlantLotRow.code == query, PlantLotRow.supplier_lot == query, PlantLotRow.gtin == query))
                .order_by(PlantLotRow.code)
                .limit(MAX_FOUND)
            )
        )
        pallet = conn.scalar(select(PlantPalletRow.lot_code).where(PlantPalletRow.sscc == sscc))
    if pallet and pallet not in found:
        found.insert(0, pallet)
    return found


@router.get("/lots")
def lots(request: Request, signed_in: SignedInUser) -> HTMLResponse:
    engine = auth.state(request).engine
    query = request.query_params.get("q", "").strip()
    found = find_lots(engine, query)
    genealogy = None
    if len(found) == 1:
        with engine.connect() as conn:
            genealogy = trace(conn, found[0])
    context = {
        "q": query,
        "found": found,
        "genealogy": genealogy,
        "picture": picture(genealogy) if genealogy is not None else None,
        "may_recall": signed_in.user.role in RECALL_ROLES,
        "has_profile": genealogy is None or plant_profile.stored(engine) is not None,
    }
    return templates.TemplateResponse(request, "lots.html", context)
