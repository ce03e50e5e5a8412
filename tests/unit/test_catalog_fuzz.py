"""The master-data formats (shared by ``floorstation import`` and ``floorstation-server import``), fuzzed with
hypothesis: any bytes, any JSON of the right shape with any numbers, any CSV, are read or refused with a
one-line :class:`InvalidInput` naming the file (never another exception, never a traceback)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from floorstation.domain.catalog import MAX_QUANTITY, parse_file
from floorstation.domain.errors import InvalidInput

NUMBERS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(alphabet="0123456789.e-+", max_size=12),
)
LOT = st.fixed_dictionaries(
    {"code": st.text(max_size=24), "material": st.sampled_from(["M1", "", "x" * 70]), "quantity": NUMBERS},
    optional={"status": st.text(max_size=10), "expiry": st.text(max_size=12)},
)
MATERIAL = st.fixed_dictionaries(
    {"code": st.sampled_from(["M1", "M2", ""]), "name": st.text(max_size=10), "unit": st.text(max_size=4)},
    optional={"shelf_life_days": NUMBERS, "gtin": st.text(alphabet="0123456789", max_size=15)},
)
CATALOGS = st.fixed_dictionaries(
    {}, optional={"materials": st.lists(MATERIAL, max_size=3), "lots": st.lists(LOT, max_size=3)}
)
FUZZ = settings(max_examples=60, deadline=None, database=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(data=st.one_of(st.binary(max_size=300), CATALOGS.map(lambda c: json.dumps(c, allow_nan=True).encode())))
def test_any_json_file_is_read_or_refused_with_a_named_reason(data: bytes) -> None:
    try:
        parse_file(data, "plant.json")
    except InvalidInput as exc:
        assert exc.message.startswith("plant.json") and "\n" not in exc.message


CSV_CELL = st.one_of(st.text(max_size=8), NUMBERS.map(str))


@FUZZ
@given(
    kind=st.sampled_from(["materials", "lots", "operators", "work_orders"]),
    rows=st.lists(st.lists(CSV_CELL, min_size=1, max_size=5), max_size=4),
    junk=st.binary(max_size=40),
)
def test_any_csv_file_is_read_or_refused_with_a_named_reason(kind: str, rows: list[list[str]], junk: bytes) -> None:
    header = {"materials": "code,name,unit,shelf_life_days", "lots": "code,material,quantity,expiry"}.get(kind, "id")
    text = header + "\n" + "\n".join(",".join(r) for r in rows)
    for data in (text.encode(), text.encode() + junk):
        try:
            parse_file(data, f"{kind}.csv")
        except InvalidInput as exc:
            assert exc.message.startswith(f"{kind}.csv") and "\n" not in exc.message


def test_a_parsed_quantity_fits_what_the_stores_sum() -> None:
    assert MAX_QUANTITY * 1000 * 1000 < 2**63, "a thousand lots of the largest quantity, in thousandths"
