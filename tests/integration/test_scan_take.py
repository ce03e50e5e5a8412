"""A badge scanned at the terminal is identified, signed in and answered with who is signed in, in one trip and one
transaction (``app.scans.take``): what the person sees and what the log keeps are the same as signing in alone."""

from __future__ import annotations

from sqlalchemy import text

from floorstation import bootstrap
from floorstation.app import operators, scans
from floorstation.app.scan_routing import Situation
from floorstation.domain.events import OperatorSignedIn
from floorstation.store import eventlog

SIGN_IN_SCREEN = Situation(kind="unknown", screen="sign_in")


def _events(station: bootstrap.Station) -> list[str]:
    with station.engine.connect() as conn:
        return [e.type for e in eventlog.tail(conn, None)]


def test_a_badge_scan_signs_its_person_in_once_and_says_who_is_signed_in(station: bootstrap.Station) -> None:
    ctx = station.ctx
    operators.sign_in(ctx, badge="B3001")

    taken = scans.take(ctx, "B1001", None, SIGN_IN_SCREEN, full_view=False)
    assert taken.signed_in is not None and taken.signed_in.id == taken.item.key
    assert set(taken.signed_in_ids) == {"tomasz", taken.signed_in.id}
    again = scans.take(ctx, "B1001", None, SIGN_IN_SCREEN, full_view=False)
    assert again.signed_in is not None and set(again.signed_in_ids) == set(taken.signed_in_ids)

    assert _events(station) == [OperatorSignedIn.TYPE, OperatorSignedIn.TYPE]  # the second scan recorded nothing
    checked, problem = eventlog.verify(station.engine)
    assert (checked, problem) == (2, None)
    with ctx.uow() as uow:
        assert set(uow.signed_in()) == set(taken.signed_in_ids)

    shown = scans.take(ctx, "B1001", None, SIGN_IN_SCREEN, full_view=True)  # a screen that shows nothing yet
    assert shown.view is not None and {o.id for o in shown.view.signed_in} == set(taken.signed_in_ids)


def test_a_refused_badge_records_nothing_and_leaves_the_station_writable(station: bootstrap.Station) -> None:
    with station.engine.connect() as conn:
        conn.execute(text("UPDATE operator SET active = 0 WHERE badge = 'B1001'"))
        conn.commit()

    refused = scans.take(station.ctx, "B1001", None, SIGN_IN_SCREEN, full_view=False)
    assert refused.signed_in is None and refused.refused is not None
    assert refused.refused.code == "operator.inactive"
    assert _events(station) == []

    operators.sign_in(station.ctx, badge="B3001")  # the scan's transaction is over: the next write goes through
    assert _events(station) == [OperatorSignedIn.TYPE]
