"""Quality holds and releases lots, and every critical record carries an electronic signature linked to its hash:
a wrong PIN records nothing, three lock signing for a minute, and verify-log catches a signature that was forged,
moved or left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from floorstation import bootstrap, cli
from floorstation.app import lots, machines, operators, pallets, quality, tasks
from floorstation.app.context import StationContext
from floorstation.app.lots import Override
from floorstation.app.signatures import Signature
from floorstation.domain.errors import InvalidInput, NotAllowedNow, PermissionDenied, Refused
from floorstation.domain.events import Event, MachineCleared, RecordSigned
from floorstation.domain.master import LotStatus
from floorstation.domain.signatures import check_signatures
from floorstation.store import eventlog
from floorstation.store.projections import rebuild
from tests.conftest import ManualClock
from tests.integration.test_properties import projections

TASK = "304/2023-10"  # on M01, makes CAP-28 from RESIN-PP and MB-BLUE
LOT = "PP-2401"  # released RESIN-PP
EWA = Signature("B4001", "5555")  # quality, by badge
EWA_BY_NAME = Signature("ewa", "5555")


def _events(station: bootstrap.Station) -> list[Event]:
    with station.engine.connect() as conn:
        return eventlog.tail(conn, None)


@pytest.fixture
def ctx(station: bootstrap.Station) -> StationContext:
    """Anna runs TASK; Marta (shift lead), Tomasz (maintenance) and Ewa (quality) are signed in."""
    for badge in ("B1001", "B2001", "B3001", "B4001"):
        operators.sign_in(station.ctx, badge=badge)
    tasks.start_task(station.ctx, TASK, "anna")
    return station.ctx


def test_a_held_lot_is_refused_with_who_when_and_why_then_released_and_used(
    station: bootstrap.Station, ctx: StationContext, clock: ManualClock
) -> None:
    held = quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)
    assert (held.status, held.status_reason, held.status_by) == (LotStatus.HOLD, "lab_test_pending", "ewa")
    decision, signature = _events(station)[-2:]
    assert (decision.type, decision.operator_id, decision.payload) == (
        "lot.held",
        "ewa",
        {"lot_code": LOT, "reason": "lab_test_pending"},
    )
    assert signature.type == "record.signed"
    assert signature.payload == {
        "signer_id": "ewa",
        "signer_name": "Ewa Lewandowska",
        "meaning": "Lot held",
        "method": "badge+pin",
        "signed_event_id": decision.event_id,
        "signed_event_hash": decision.hash,
        "at": "2026-11-23T08:00:00.000+01:00",
    }

    clock.advance(60)
    with pytest.raises(Refused) as refused:
        lots.consume_lot(ctx, TASK, LOT, "anna", quantity=10)
    [violation] = refused.value.violations
    assert violation.rule == "lot_on_hold"
    assert violation.message == (
        f"Lot {LOT} is ON HOLD by quality (Ewa Lewandowska, 2026-11-23 08:00: Lab test pending)."
    )
    assert "ask a quality person to sign its use" in violation.hint

    view = quality.lot_status(ctx, LOT)
    assert (view.reason, view.by, view.at) == ("Lab test pending", "Ewa Lewandowska", "2026-11-23 08:00")

    released = quality.release_lot(ctx, "ewa", LOT, "lab test passed", signature=EWA_BY_NAME)
    assert (released.status, released.status_reason) == (LotStatus.RELEASED, "lab test passed")
    release, signed = _events(station)[-2:]
    assert (release.type, signed.payload["meaning"], signed.payload["method"]) == (
        "lot.released",
        "Lot released",
        "name+pin",
    )
    assert lots.consume_lot(ctx, TASK, LOT, "anna", quantity=10).quantity == 10
    assert eventlog.verify(station.engine)[1] is None


def test_the_use_of_a_held_lot_is_signed_by_quality_and_linked_to_its_hash(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    quality.hold_lot(ctx, "ewa", LOT, "typed: smells of solvent", signature=EWA)
    before = len(_events(station))
    with pytest.raises(PermissionDenied, match="Marta Kowalska cannot sign the use of a lot on hold"):
        lots.consume_lot(ctx, TASK, LOT, "anna", quantity=5, override=Override("B2001", "3333", "quality_approved"))
    assert len(_events(station)) == before
    result = lots.consume_lot(
        ctx, TASK, LOT, "anna", quantity=5, override=Override("B4001", "5555", "quality_approved")
    )
    assert result.overridden == ("lot_on_hold",)
    override, signed, consumed = _events(station)[-3:]
    assert (override.type, override.operator_id) == ("lot.hold_overridden", "ewa")
    assert (signed.type, signed.operator_id) == ("record.signed", "ewa")
    assert signed.payload["meaning"] == "I approve this override"
    assert (signed.payload["signed_event_id"], signed.payload["signed_event_hash"]) == (
        override.event_id,
        override.hash,
    )
    assert consumed.type == "lot.consumed"


def test_only_quality_holds_and_releases(station: bootstrap.Station, ctx: StationContext) -> None:
    before = len(_events(station))
    with pytest.raises(PermissionDenied, match="Marta Kowalska cannot put lots on hold: it needs the quality role"):
        quality.hold_lot(ctx, "marta", LOT, "lab_test_pending", signature=Signature("B2001", "3333"))
    # Signed in as quality, but the signature is a shift lead's: the signer needs the role too.
    with pytest.raises(PermissionDenied, match="Marta Kowalska cannot put lots on hold"):
        quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=Signature("B2001", "3333"))
    with pytest.raises(InvalidInput, match="A reason is required"):
        quality.hold_lot(ctx, "ewa", LOT, "  ", signature=EWA)
    with pytest.raises(NotAllowedNow, match="not on hold"):
        quality.release_lot(ctx, "ewa", LOT, "fine", signature=EWA)
    with pytest.raises(NotAllowedNow, match=r"RECALLED.*not changed at a terminal") as recalled:
        quality.release_lot(ctx, "ewa", "PP-2209", "fine", signature=EWA)
    assert "centrally on the server" in recalled.value.hint
    with pytest.raises(NotAllowedNow, match="already on hold"):
        quality.hold_lot(ctx, "ewa", "MB-0501", "lab_test_pending", signature=EWA)
    assert len(_events(station)) == before


def test_a_wrong_pin_records_nothing_and_three_lock_signing_for_a_minute(
    station: bootstrap.Station, ctx: StationContext, clock: ManualClock
) -> None:
    before = len(_events(station))
    wrong = Signature("B4001", "0000")
    with pytest.raises(PermissionDenied, match="Wrong PIN for Ewa Lewandowska: nothing was signed") as first:
        quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=wrong)
    assert "2 more tries" in first.value.hint
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=wrong)
    with pytest.raises(PermissionDenied, match="Signing is now locked for Ewa Lewandowska for a minute"):
        quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=wrong)
    clock.advance(30)
    with pytest.raises(PermissionDenied, match="Signing is locked for Ewa Lewandowska for 30 s more"):
        quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)  # even the right PIN
    # The lock is the signer's: another person signs meanwhile.
    pallet = _pallet(ctx)
    assert len(_events(station)) == before + pallet
    clock.advance(31)
    assert quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA).status is LotStatus.HOLD


def _pallet(ctx: StationContext) -> int:
    """Marta builds and voids a pallet (signed) while Ewa is locked out; returns the events it took."""
    tasks.stop_task(ctx, TASK, "anna", good=100)
    built = pallets.build_pallet(ctx, "marta", "M01-26327-001", 100)
    pallets.void_pallet(ctx, "marta", built.sscc, "label unreadable", signature=Signature("B2001", "3333"))
    return 4  # stop, build, void, signature


def test_clearing_marks_needs_a_maintenance_signature(station: bootstrap.Station, ctx: StationContext) -> None:
    mark = machines.mark_machine_down(ctx, "anna", "M02", "hydraulic_leak")
    before = len(_events(station))
    with pytest.raises(PermissionDenied, match="Wrong PIN for Tomasz"):
        machines.clear_marks(ctx, "tomasz", "M02", [mark], signature=Signature("B3001", "1"))
    with pytest.raises(PermissionDenied, match="Marta Kowalska cannot put a machine back in service"):
        machines.clear_marks(ctx, "tomasz", "M02", [mark], signature=Signature("marta", "3333"))
    assert len(_events(station)) == before
    machines.clear_marks(ctx, "tomasz", "M02", [mark], signature=Signature("tomasz", "4444"))
    cleared, signed = _events(station)[-2:]
    assert (cleared.type, signed.payload["meaning"], signed.payload["signer_name"]) == (
        "machine.cleared",
        "I confirm the machine is fixed",
        "Tomasz Zieliński",
    )


def test_rebuild_after_holds_and_releases_gives_the_same_projections(
    station: bootstrap.Station, ctx: StationContext
) -> None:
    quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)
    quality.release_lot(ctx, "ewa", "MB-0501", "supplier certificate arrived", signature=EWA)
    quality.release_lot(ctx, "ewa", LOT, "lab test passed", signature=EWA)
    quality.hold_lot(ctx, "ewa", LOT, "contamination_suspected", signature=EWA)
    with station.engine.connect() as conn:
        incremental = projections(conn)
        rebuild(conn)
        assert projections(conn) == incremental
        conn.rollback()
    with ctx.uow() as uow:
        lot, other = uow.lot(LOT), uow.lot("MB-0501")
    assert lot is not None and other is not None
    assert (lot.status, lot.status_reason, other.status) == (LotStatus.HOLD, "contamination_suspected", "released")


# --- verify-log ----------------------------------------------------------------------------------------------


def _verify(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = cli.main(["--data-dir", str(data_dir), "verify-log"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_verify_log_accepts_signed_records(
    station: bootstrap.Station, station_dir: Path, ctx: StationContext, capsys: pytest.CaptureFixture[str]
) -> None:
    quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)
    assert _verify(station_dir, capsys)[0] == 0


def test_verify_log_catches_a_signature_copied_to_another_record(
    station: bootstrap.Station, station_dir: Path, ctx: StationContext, capsys: pytest.CaptureFixture[str]
) -> None:
    """A forger with write access appends a well-chained record.signed after a mark clearance, copied from Ewa's
    signature of a hold: the chain is intact, but the signature names another record."""
    mark = machines.mark_machine_down(ctx, "anna", "M02", "hydraulic_leak")
    quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)
    genuine = _events(station)[-1].payload
    with ctx.uow() as uow:
        cleared = uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="anna", at=ctx.now())
        forged = uow.record(RecordSigned.model_validate(genuine), operator_id="ewa", at=ctx.now())
        uow.commit()

    code, said = _verify(station_dir, capsys)
    assert code == 3
    assert f"seq {forged.seq}" in said
    assert "names record" in said and "not the record before it" in said
    assert cleared.seq == forged.seq - 1


def test_verify_log_catches_a_signature_with_another_records_hash(
    station: bootstrap.Station, station_dir: Path, ctx: StationContext, capsys: pytest.CaptureFixture[str]
) -> None:
    mark = machines.mark_machine_down(ctx, "anna", "M02", "hydraulic_leak")
    with ctx.uow() as uow:
        cleared = uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="tomasz", at=ctx.now())
        forged = uow.record(
            RecordSigned(
                signer_id="tomasz",
                signer_name="Tomasz Zieliński",
                meaning="I confirm the machine is fixed",
                method="badge+pin",
                signed_event_id=cleared.event_id,
                signed_event_hash="0" * 64,
                at=ctx.now().isoformat(),
            ),
            operator_id="tomasz",
            at=ctx.now(),
        )
        uow.commit()
    code, said = _verify(station_dir, capsys)
    assert code == 3
    assert f"seq {forged.seq}" in said and "record hash" in said


def test_verify_log_catches_a_critical_record_without_its_signature(
    station: bootstrap.Station, station_dir: Path, ctx: StationContext, capsys: pytest.CaptureFixture[str]
) -> None:
    quality.hold_lot(ctx, "ewa", LOT, "lab_test_pending", signature=EWA)  # this log signs
    mark = machines.mark_machine_down(ctx, "anna", "M02", "hydraulic_leak")
    with ctx.uow() as uow:
        cleared = uow.record(MachineCleared(machine_id="M02", mark_ids=(mark,)), operator_id="tomasz", at=ctx.now())
        uow.commit()
    code, said = _verify(station_dir, capsys)
    assert code == 3
    assert f"seq {cleared.seq}" in said and "machine.cleared record is not signed" in said


def test_a_log_from_before_signatures_still_verifies() -> None:
    """Critical records written before the first signature of a log (an older version) are counted, not failed."""
    from floorstation.domain.signatures import SignatureCheck

    unsigned = Event("e1", "ST", 1, 1, "machine.cleared", 1, "2026-01-01T00:00:00+01:00", "t", {}, "0" * 64, "a" * 64)
    later = Event("e2", "ST", 1, 2, "task.started", 1, "2026-01-01T00:00:00+01:00", "t", {}, "a" * 64, "b" * 64)
    check = SignatureCheck()
    for event in (unsigned, later):
        check.feed(event)
    assert (check.finish(), check.legacy_unsigned) == (None, 1)
    assert check_signatures([unsigned]) is None
