"""Stations and the server do not upgrade together: a station ignores what a newer server adds to its answers,
and the server still refuses what it does not know in what stations send."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from floorstation.sync import wire


def test_an_answer_with_a_field_this_station_does_not_know_is_still_read() -> None:
    answer = json.dumps({"station_id": "ST-01", "token": "t" * 40, "a_newer_field": {"anything": 1}})
    read = wire.EnrollResponse.model_validate_json(answer)
    assert read.token == "t" * 40
    problem = wire.Problem.model_validate_json(
        json.dumps({"error": "CURSOR_EXPIRED", "message": "start over", "snapshot": "/v1/snapshot", "new": 2})
    )
    assert problem.error == "CURSOR_EXPIRED"


def test_a_request_with_an_unknown_field_is_refused() -> None:
    with pytest.raises(ValidationError, match="extra"):
        wire.EnrollRequest.model_validate({"code": "ABCD-1234", "station_id": "ST-01", "surprise": 1})
