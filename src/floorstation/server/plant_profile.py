"""The plant's trace profile kept in the server's database (``plant_setting``, key ``trace_profile``).

Who the plant is (GS1 company prefix, site name, address and GLN, partners, units) is edited in the office's
settings page and read by every export that needs it (the recall's EPCIS document and FSMA 204 sheet, the
``recall`` command). A profile file given when the server starts (``--profile`` or
``$FLOORSTATION_SERVER_PROFILE``) seeds the database once, when it holds none yet; after that the database is
what counts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, insert, select, update

from floorstation.compliance.profile import TraceProfile, profile_as_dict, profile_from_dict
from floorstation.server.models import PlantSettingRow

KEY = "trace_profile"


def stored(conn: Connection | Engine) -> TraceProfile | None:
    """The trace profile on record (None: none saved yet)."""
    if isinstance(conn, Engine):
        with conn.connect() as c:
            return stored(c)
    value = conn.scalar(select(PlantSettingRow.value_json).where(PlantSettingRow.key == KEY))
    return profile_from_dict(json.loads(value)) if value is not None else None


def changed_by(engine: Engine) -> tuple[str, str] | None:
    """(when, who) the profile was last saved."""
    with engine.connect() as conn:
        row = conn.execute(
            select(PlantSettingRow.updated_at, PlantSettingRow.updated_by).where(PlantSettingRow.key == KEY)
        ).first()
    return (row.updated_at, row.updated_by) if row else None


def save(engine: Engine, profile: TraceProfile, by: str) -> None:
    """Keep ``profile`` as the plant's (replacing the one on record)."""
    value = json.dumps(profile_as_dict(profile), ensure_ascii=False, sort_keys=True)
    now = datetime.now(UTC).isoformat(timespec="milliseconds")
    with engine.begin() as conn:
        done = conn.execute(
            update(PlantSettingRow)
            .where(PlantSettingRow.key == KEY)
            .values(value_json=value, updated_at=now, updated_by=by)
        )
        if done.rowcount == 0:
            conn.execute(insert(PlantSettingRow).values(key=KEY, value_json=value, updated_at=now, updated_by=by))


def seed(engine: Engine, profile: TraceProfile | None, source: str = "profile file") -> TraceProfile | None:
    """Save ``profile`` if the database has none yet; the profile in force either way."""
    current = stored(engine)
    if current is None and profile is not None:
        save(engine, profile, source)
        return profile
    return current
