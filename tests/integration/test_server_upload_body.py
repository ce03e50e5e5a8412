"""How the server reads an upload's body (real server, real HTTP): which answer a bad body gets and when, what
it accepts, and the body's schema as the published OpenAPI document gives it."""

from __future__ import annotations

import json
from typing import Any

import httpx

from floorstation.sync import wire
from tests.integration.serverkit import LiveServer, chain

NOT_JSON = b"{not json"
NOT_UTF8 = b'{"events": "\xff\xfe"}'
NOT_A_BATCH = b'{"events": [{"seq": 1}]}'


def _post(server: LiveServer, body: bytes, token: str | None, content_type: str = "application/json") -> httpx.Response:
    headers = {"Content-Type": content_type}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return httpx.post(server.url + wire.BATCH_PATH, content=body, headers=headers)


def test_the_token_is_checked_before_the_body_is_read_and_a_bad_body_is_refused_after_it(
    live_server: LiveServer,
) -> None:
    own = live_server.enroll("ST-A")
    other = live_server.enroll("ST-B")
    good = json.dumps({"events": [e.as_dict() for e in chain("ST-A", 2)]}).encode()
    tokens: dict[str, str | None] = {"none": None, "unknown": "fst_" + "x" * 43, "other": other, "own": own}
    expected = {
        NOT_JSON: {"none": 401, "unknown": 401, "other": 422, "own": 422},
        NOT_UTF8: {"none": 401, "unknown": 401, "other": 422, "own": 422},
        NOT_A_BATCH: {"none": 401, "unknown": 401, "other": 422, "own": 422},
        good: {"none": 401, "unknown": 401, "other": 403, "own": 200},
    }
    for body, answers in expected.items():
        for who, token in tokens.items():
            answer = _post(live_server, body, token)
            assert answer.status_code == answers[who], (body[:20], who)
            if answer.status_code != 200:
                problem = wire.Problem.model_validate(answer.json())
                assert (
                    problem.error
                    == {401: "UNAUTHORIZED", 403: "WRONG_STATION", 422: "INVALID_REQUEST"}[answer.status_code]
                )
    assert [(e.station_id, e.seq) for e in live_server.events()] == [("ST-A", 1), ("ST-A", 2)]


def test_a_refused_body_says_where_it_is_wrong(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-A")
    event = chain("ST-A", 1)[0].as_dict()
    named = f"event {event['event_id']} (seq 1): "
    refusals = {
        NOT_JSON: "body: not valid JSON at character",
        b"": "body: an upload needs a body",
        json.dumps({"events": [{**event, "seq": "x"}]}).encode(): f"event {event['event_id']}: seq: Input should be",
        json.dumps({"events": [{**event, "colour": "red"}]}).encode(): named + "colour: Extra inputs",
        json.dumps({"events": []}).encode(): "events: List should have at least 1 item",
    }
    for body, message in refusals.items():
        answer = _post(live_server, body, token)
        assert answer.status_code == 422, body[:40]
        assert answer.json()["message"].startswith(message), answer.json()
    as_text = _post(live_server, json.dumps({"events": [event]}).encode(), token, content_type="text/plain")
    assert as_text.status_code == 422, "a batch is JSON, and says so"
    assert live_server.events() == []


def test_a_batch_with_a_byte_order_mark_or_in_utf16_is_stored_like_any_other(live_server: LiveServer) -> None:
    token = live_server.enroll("ST-A")
    events = chain("ST-A", 2)
    first = json.dumps({"events": [events[0].as_dict()]}, ensure_ascii=False)
    second = json.dumps({"events": [events[1].as_dict()]}, ensure_ascii=False)
    assert _post(live_server, b"\xef\xbb\xbf" + first.encode(), token).status_code == 200
    assert _post(live_server, second.encode("utf-16"), token).status_code == 200
    assert live_server.events() == events


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [node["$ref"]] if "$ref" in node else [r for v in node.values() for r in _refs(v)]
    if isinstance(node, list):
        return [r for v in node for r in _refs(v)]
    return []


def test_the_upload_body_is_published_with_every_rule_of_the_envelope(live_server: LiveServer) -> None:
    spec = httpx.get(f"{live_server.url}/openapi.json").json()
    upload = spec["paths"][wire.BATCH_PATH]["post"]
    assert upload["requestBody"]["required"] is True
    body = _resolve(spec, upload["requestBody"]["content"]["application/json"]["schema"]["$ref"])
    assert body["required"] == ["events"]
    assert (body["properties"]["events"]["minItems"], body["properties"]["events"]["maxItems"]) == (1, 5000)
    envelope = _resolve(spec, body["properties"]["events"]["items"]["$ref"])
    assert envelope["additionalProperties"] is False
    assert set(envelope["properties"]) == set(chain("ST-A", 1)[0].as_dict())
    assert envelope["properties"]["seq"]["maximum"] == wire.INT32
    assert envelope["properties"]["hash"]["pattern"] == "^[0-9a-f]{64}$"
    assert _resolve(spec, upload["responses"]["422"]["content"]["application/json"]["schema"]["$ref"])["title"] == (
        "Problem"
    )
    for ref in _refs(spec):
        _resolve(spec, ref)  # every reference in the document leads somewhere
