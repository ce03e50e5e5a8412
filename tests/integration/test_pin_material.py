"""What a station token can download of the operators' PINs: a verifier made for that station, which costs a
memory-hard Argon2id and a 64 MiB scrypt per guess (counted from its parameters, not timed), and which verifies at
no other station."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from floorstation import bootstrap
from floorstation.app import operators
from floorstation.domain.catalog import parse_json
from floorstation.domain.errors import InvalidInput, PermissionDenied
from floorstation.domain.pin_hashing import VERIFIER_PREFIX, guess_cost, hash_pin, verify_pin
from floorstation.server.masterdata import ENV_SIGNER_PIN_MIN, import_catalog, read_catalog
from floorstation.sync import wire
from floorstation.sync.client import SyncClient
from tests.integration.serverkit import DEMO_PLANT, LiveServer, new_station

MIB = 1024 * 1024


@pytest.fixture(autouse=True)
def _real_work_factor(production_pin_cost: None) -> None:
    """Every test here measures or relies on the verifier as a plant gets it (before the server is made)."""


def _readable(verifier: str) -> str:
    """A verifier's own text (base64 of JSON)."""
    text = verifier.removeprefix(VERIFIER_PREFIX)
    return base64.b64decode(text + "=" * (-len(text) % 4)).decode()


def _operators_as_downloaded(server: LiveServer, token: str) -> tuple[str, dict[str, dict[str, object]]]:
    """Everything the token can fetch (the snapshot), and its operator rows by id."""
    answer = httpx.get(server.url + wire.SNAPSHOT_PATH, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    rows = {c["data"]["id"]: c["data"] for c in answer.json()["changes"] if c["entity"] == "operators"}
    return answer.text, rows


def test_a_station_token_gets_only_a_verifier_that_costs_a_64_mib_kdf_per_guess(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    body, rows = _operators_as_downloaded(live_server, live_server.enroll("ST-A"))

    quality = str(rows["ewa"]["pin_hash"])
    assert quality.startswith(VERIFIER_PREFIX)
    assert all(set(row) == {"id", "name", "badge", "roles", "pin_hash", "active"} for row in rows.values())
    readable = body + "".join(_readable(str(row["pin_hash"])) for row in rows.values())
    with live_server.engine.connect() as conn:
        kept = conn.exec_driver_sql("SELECT data_json FROM master_record WHERE entity = 'operators'").scalars().all()
    for row in map(json.loads, kept):  # neither the hash the server keeps nor the key behind the verifiers leaves it
        assert row["pin_hash"].rsplit("$", 1)[1] not in readable
        assert row["pin_key"] not in readable

    cost = guess_cost(quality)
    before = guess_cost(hash_pin("5555"))  # what every station used to download: the Argon2id hash itself
    assert cost.memory_bytes >= 64 * MIB
    assert cost.kib_passes >= 4 * before.kib_passes
    # Every 4-digit PIN tried against the download: at least 10,000 x (64 MiB filled and read back).
    assert 10_000 * cost.kib_passes >= 10_000 * 2 * 64 * 1024
    assert verify_pin(quality, "5555", station_id="ST-A", operator_id="ewa")
    assert not verify_pin(quality, "5554", station_id="ST-A", operator_id="ewa")


def test_a_verifier_from_station_a_does_not_verify_at_station_b(live_server: LiveServer) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    _, at_a = _operators_as_downloaded(live_server, live_server.enroll("ST-A"))
    _, at_b = _operators_as_downloaded(live_server, live_server.enroll("ST-B"))

    from_a, from_b = str(at_a["ewa"]["pin_hash"]), str(at_b["ewa"]["pin_hash"])
    assert from_a != from_b
    assert verify_pin(from_b, "5555", station_id="ST-B", operator_id="ewa")
    assert not verify_pin(from_a, "5555", station_id="ST-B", operator_id="ewa")
    assert not verify_pin(from_a, "5555", station_id="ST-A", operator_id="marta")  # nor for another person


def test_a_station_signs_in_with_the_pin_it_downloaded_and_a_copied_verifier_is_refused(
    live_server: LiveServer, tmp_path: Path
) -> None:
    import_catalog(live_server.engine, read_catalog(DEMO_PLANT))
    stations: dict[str, bootstrap.Station] = {}
    try:
        for station_id in ("ST-A", "ST-B"):
            station = stations[station_id] = new_station(tmp_path / station_id, station_id)
            token = live_server.enroll(station_id)
            with SyncClient(live_server.url, token, bootstrap.outbox(station)) as client:
                client.download(bootstrap.change_sink(station))

        assert operators.sign_in(stations["ST-A"].ctx, operator_id="ewa", pin="5555").id == "ewa"

        # ST-A's disk copied into ST-B's operator table: the PIN no longer signs in there.
        with stations["ST-A"].engine.connect() as conn:
            copied = conn.exec_driver_sql("SELECT pin_hash FROM operator WHERE id = 'ewa'").scalar_one()
        with stations["ST-B"].engine.begin() as conn:
            conn.exec_driver_sql("UPDATE operator SET pin_hash = ? WHERE id = 'ewa'", (copied,))
        with pytest.raises(PermissionDenied):
            operators.sign_in(stations["ST-B"].ctx, operator_id="ewa", pin="5555")
    finally:
        for station in stations.values():
            station.close()


def test_signers_may_have_12_digit_pins_and_the_plant_can_require_a_minimum(
    live_server: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    plant = json.loads(DEMO_PLANT.read_text(encoding="utf-8"))
    people = {o["id"]: o for o in plant["operators"]}
    people["ewa"]["pin"] = "739201584613"
    catalog = parse_json(json.dumps({"operators": [people["ewa"], people["anna"]]}), "people.json")
    monkeypatch.setenv(ENV_SIGNER_PIN_MIN, "8")
    import_catalog(live_server.engine, catalog)  # Anna's 4 digits are fine: she signs nothing

    _, rows = _operators_as_downloaded(live_server, live_server.enroll("ST-A"))
    assert verify_pin(str(rows["ewa"]["pin_hash"]), "739201584613", station_id="ST-A", operator_id="ewa")

    short = parse_json(json.dumps({"operators": [people["marta"]]}), "people.json")
    with pytest.raises(InvalidInput) as refused:
        import_catalog(live_server.engine, short)
    assert "at least 8 digits" in refused.value.message
