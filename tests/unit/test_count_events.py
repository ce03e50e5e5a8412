"""The payloads of counts, stops and handover notes: what a station writes and a server reads, exactly."""

from __future__ import annotations

from decimal import Decimal

import pytest

from floorstation.domain.errors import InvalidInput
from floorstation.domain.events import ScrapCount, TaskCounted, TaskStopped, parse_payload, payload_dict


def test_a_count_round_trips_with_its_scrap_by_reason() -> None:
    counted = TaskCounted(
        task_id="304/2023-10",
        good_qty=Decimal("12.500"),
        scrap=(ScrapCount(reason="flash", qty=Decimal(3)), ScrapCount(reason="short_shot", qty=Decimal("0.5"))),
        rework_qty=Decimal(2),
        output_lot="M01-26327-001",
    )
    data = payload_dict(counted)
    assert data == {
        "task_id": "304/2023-10",
        "good_qty": "12.5",
        "scrap": [{"reason": "flash", "qty": "3"}, {"reason": "short_shot", "qty": "0.5"}],
        "rework_qty": "2",
        "output_lot": "M01-26327-001",
    }
    again = parse_payload("task.counted", 1, data)
    assert again == counted
    assert isinstance(again, TaskCounted) and again.scrap_qty == Decimal("3.5")


@pytest.mark.parametrize(
    "data",
    [
        {"task_id": "T", "good_qty": "-1"},
        {"task_id": "T", "good_qty": "1", "scrap": [{"reason": "flash", "qty": "0"}]},
        {"task_id": "T", "good_qty": "1", "scrap": [{"reason": "", "qty": "1"}]},
        {"task_id": "T", "good_qty": "1", "shift": "2"},
    ],
)
def test_a_count_that_cannot_be_right_is_not_read(data: dict[str, object]) -> None:
    with pytest.raises(InvalidInput, match=r"task\.counted"):
        parse_payload("task.counted", 1, data)


def test_the_finished_flag_is_written_only_when_chosen() -> None:
    old = {"task_id": "T", "good_qty": "5", "scrap_qty": "0", "scrap_reason": None, "output_lot": None}
    stop = parse_payload("task.stopped", 1, old)
    assert isinstance(stop, TaskStopped) and stop.finished is None
    assert payload_dict(stop) == old  # the record of an old stop reads back to the same bytes
    finished = TaskStopped(task_id="T", good_qty=Decimal(5), scrap_qty=Decimal(0), finished=True)
    assert payload_dict(finished)["finished"] is True
    assert payload_dict(finished.model_copy(update={"finished": False}))["finished"] is False


def test_a_handover_note_has_words_and_a_limit() -> None:
    for note in ("", "x" * 501):
        with pytest.raises(InvalidInput, match=r"handover\.noted"):
            parse_payload("handover.noted", 1, {"machine_id": "M01", "note": note})
    assert parse_payload("handover.noted", 1, {"machine_id": "M01", "note": "Feeder 2 jams"})
