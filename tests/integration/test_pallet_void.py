"""A shift lead voids a pallet that has not shipped: its goods are free for a new pallet, its SSCC never ships,
and a replay of the log gives the same projections."""

from __future__ import annotations

import pytest

from floorstation import bootstrap
from floorstation.app import operators, pallets, tasks
from floorstation.app.signatures import Signature
from floorstation.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied
from floorstation.domain.events import PalletVoided, parse_payload
from floorstation.store import eventlog
from floorstation.store.projections import rebuild
from tests.integration.test_properties import projections

TASK = "304/2023-10"
LEAD = Signature("B2001", "3333")  # Marta signs the void


@pytest.fixture
def lot(station: bootstrap.Station) -> str:
    ctx = station.ctx
    for badge in ("B1001", "B2001"):
        operators.sign_in(ctx, badge=badge)
    tasks.start_task(ctx, TASK, "anna")
    code = tasks.stop_task(ctx, TASK, "anna", good=3000).output_lot
    assert code is not None
    return code


def test_a_voided_pallet_gives_its_quantity_back_and_never_ships(station: bootstrap.Station, lot: str) -> None:
    ctx = station.ctx
    pallet = pallets.build_pallet(ctx, "marta", lot, 3000)
    with pytest.raises(InvalidInput, match="has 0 not yet on a pallet"):
        pallets.build_pallet(ctx, "marta", lot, 1)

    voided = pallets.void_pallet(ctx, "marta", pallet.sscc, "  wrong quantity counted ", signature=LEAD)

    assert voided.status == "voided"
    with station.engine.connect() as conn:
        event, signed = eventlog.tail(conn, 2)
    assert (event.type, event.schema_version, event.operator_id) == ("pallet.voided", 1, "marta")
    assert (signed.type, signed.payload["meaning"], signed.payload["signed_event_hash"]) == (
        "record.signed",
        "Pallet voided",
        event.hash,
    )
    assert event.payload == {"sscc": pallet.sscc, "reason": "wrong quantity counted"}
    again = pallets.build_pallet(ctx, "marta", lot, 2990)
    assert again.sscc != pallet.sscc
    with pytest.raises(NotAllowedNow, match="is void; it cannot ship"):
        pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SH-1")
    with pytest.raises(NotAllowedNow, match="is void"):
        pallets.record_card_printed(ctx, "marta", card="pallet", subject=pallet.sscc, printer="manual")
    with pytest.raises(NotAllowedNow, match="is voided; only a pallet that has not shipped"):
        pallets.void_pallet(ctx, "marta", pallet.sscc, "twice", signature=LEAD)


def test_only_a_shift_lead_voids_and_only_with_a_reason_and_before_shipping(
    station: bootstrap.Station, lot: str
) -> None:
    ctx = station.ctx
    pallet = pallets.build_pallet(ctx, "marta", lot, 1000)
    with station.engine.connect() as conn:
        before = eventlog.count(conn)

    with pytest.raises(PermissionDenied, match="void pallets"):
        pallets.void_pallet(ctx, "anna", pallet.sscc, "damaged", signature=LEAD)
    with pytest.raises(InvalidInput, match="reason"):
        pallets.void_pallet(ctx, "marta", pallet.sscc, "   ", signature=LEAD)
    with pytest.raises(InvalidInput, match="longer than 200"):
        pallets.void_pallet(ctx, "marta", pallet.sscc, "x" * 201, signature=LEAD)
    pallets.ship_pallet(ctx, "marta", pallet.sscc, "C100", "SH-1")
    with pytest.raises(NotAllowedNow, match="is shipped"):
        pallets.void_pallet(ctx, "marta", pallet.sscc, "damaged", signature=LEAD)

    with station.engine.connect() as conn:
        assert eventlog.count(conn) == before + 1  # the shipment only


def test_rebuild_after_a_void_gives_the_same_projections(station: bootstrap.Station, lot: str) -> None:
    ctx = station.ctx
    first = pallets.build_pallet(ctx, "marta", lot, 1000)
    pallets.build_pallet(ctx, "marta", lot, 500)
    pallets.void_pallet(ctx, "marta", first.sscc, "label unreadable", signature=LEAD)
    pallets.build_pallet(ctx, "marta", lot, 1000)
    with station.engine.connect() as conn:
        incremental = projections(conn)
        rebuild(conn)
        assert projections(conn) == incremental
        conn.rollback()


def test_the_void_payload_is_checked() -> None:
    assert parse_payload("pallet.voided", 1, {"sscc": "059012340000000017", "reason": "damaged"}) == PalletVoided(
        sscc="059012340000000017", reason="damaged"
    )
    for bad in ({"sscc": "123", "reason": "damaged"}, {"sscc": "059012340000000017", "reason": ""}):
        with pytest.raises(InvalidInput):
            parse_payload("pallet.voided", 1, bad)
