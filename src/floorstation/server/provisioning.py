"""What the server keeps to provision stations: each station's configuration, and the version the plant runs.

A station's configuration here has the tables of ``station.toml`` (``[station]`` options such as ``mode``,
``[[scanner]]``, ``[[camera]]``, ``[[printer]]``, ``[card]``), kept as JSON and sent to the station with every
heartbeat answer. The station's own ``station.toml`` overrides it key by key (``docs/deploy.md``, "Provisioning
stations"); the station checks the result before it uses it, and keeps what it had when the result does not hold.
Its identity and history (``station_id``, ``station_code``, ``epoch``) are the station's own and never pushed.

The plant's version (``plant_version``) is what every station should run: set by IT when the plant moves to a new
release (``floorstation-server plant-version set X``), the server's own version until then. Stations show when
they are behind it; the office's Stations page shows each station's version against it.
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select, update

from floorstation import __version__
from floorstation.domain.errors import InvalidInput
from floorstation.server.enrollment import now_iso
from floorstation.server.models import PlantSettingRow, StationConfigRow

TABLES = ("station", "scanner", "camera", "printer", "card")
"""The tables a station's configuration may have; ``scanner``, ``camera`` and ``printer`` are lists of tables."""
LISTS = ("scanner", "camera", "printer")
LOCAL_ONLY = ("station_id", "station_code", "epoch")
"""``[station]`` options that stay in the station's own file: who it is, and where its event log stands."""
PLANT_VERSION = "plant_version"
_VERSION = re.compile(r"^[0-9A-Za-z.+!_-]{1,40}$")

Config = dict[str, Any]


def station_config(conn: Connection, station_id: str) -> Config:
    """The configuration kept for ``station_id`` (empty when there is none)."""
    stored = conn.scalar(select(StationConfigRow.config).where(StationConfigRow.station_id == station_id))
    return dict(json.loads(stored)) if stored else {}


def read(engine: Engine, station_id: str) -> Config:
    with engine.connect() as conn:
        return station_config(conn, station_id)


def _check_station_id(station_id: str) -> None:
    if not (0 < len(station_id) <= 64 and all(ch.isalnum() or ch in "-_." for ch in station_id)):
        raise InvalidInput(
            f"{station_id!r} is not a usable station id.", "Use letters, digits and - _ . only, at most 64 characters."
        )


def check(config: Config, where: str = "the configuration") -> Config:
    """Refuse what no station could take: an unknown table, a table of the wrong shape, a local-only option."""
    unknown = sorted(set(config) - set(TABLES))
    if unknown:
        raise InvalidInput(
            f"{where}: unknown tables {unknown}.", f"A station's configuration has the tables {', '.join(TABLES)}."
        )
    for name, value in config.items():
        if name in LISTS:
            if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
                raise InvalidInput(f"{where}: {name} must be a list of tables ([[{name}]]).")
        elif not isinstance(value, dict):
            raise InvalidInput(f"{where}: {name} must be a table ([{name}]).")
    local = sorted(set(config.get("station", {})) & set(LOCAL_ONLY))
    if local:
        raise InvalidInput(
            f"{where}: {', '.join(local)} cannot be set from the server.",
            "A station's id, code and epoch stay in its own station.toml.",
        )
    return config


def _save(engine: Engine, station_id: str, config: Config) -> Config:
    _check_station_id(station_id)
    check(config)
    try:
        text = json.dumps(config, sort_keys=True, ensure_ascii=False)
    except TypeError:
        raise InvalidInput(
            "The configuration holds a date or time, which no station option takes.",
            'Write times of day as text, e.g. shift_ends = ["06:00", "14:00"].',
        ) from None
    with engine.begin() as conn:
        if conn.scalar(select(StationConfigRow.station_id).where(StationConfigRow.station_id == station_id)) is None:
            conn.execute(insert(StationConfigRow).values(station_id=station_id, config=text, updated_at=now_iso()))
        else:
            conn.execute(
                update(StationConfigRow)
                .where(StationConfigRow.station_id == station_id)
                .values(config=text, updated_at=now_iso())
            )
    return config


def dump_toml(config: dict[str, Any]) -> str:
    lines: list[str] = []
    for name in TABLES:
        value = config.get(name)
        if not value:
            continue
        tables = value if name in LISTS else [value]
        for table in tables:
            if lines:
                lines.append("")
            lines.append(f"[[{name}]]" if name in LISTS else f"[{name}]")
            lines += [f"{key} = {_toml_value(item)}" for key, item in table.items()]
    return "\n".join(lines) + "\n"


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value), ensure_ascii=False)


def _value(text: str) -> Any:
    """A value as TOML writes it (``true``, ``3``, ``["06:00", "14:00"]``, ``"goods_in"``); bare words are text."""
    try:
        return tomllib.loads(f"v = {text}")["v"]
    except tomllib.TOMLDecodeError:
        return text


def set_values(engine: Engine, station_id: str, assignments: list[str], unset: list[str] | None = None) -> Config:
    """``key=value`` pairs (``mode=goods_in``, ``station.tap_guard_ms=500``, ``card.site=Plant 2``) set in the
    station's configuration; ``unset`` keys removed. Returns the configuration now kept."""
    config = read(engine, station_id)
    for assignment in assignments:
        key, sep, text = assignment.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"{assignment!r} is not key=value.", "Write e.g. --set mode=goods_in.")
        table, name = _table_key(key.strip())
        config.setdefault(table, {})[name] = _value(text.strip())
    for key in unset or []:
        table, name = _table_key(key.strip())
        config.get(table, {}).pop(name, None)
        if table in config and not config[table]:
            del config[table]
    return _save(engine, station_id, config)


def _table_key(key: str) -> tuple[str, str]:
    table, _, name = key.rpartition(".")
    table = table or "station"
    if table in LISTS:
        raise InvalidInput(f"{key}: [[{table}]] tables are set from a file.", "Use --file with the [[" + table + "]].")
    return table, name


def merge_file(engine: Engine, station_id: str, text: str, where: str) -> Config:
    """A ``station.toml`` fragment merged in: its ``[station]`` and ``[card]`` options one by one, its
    ``[[scanner]]``, ``[[camera]]`` and ``[[printer]]`` lists each replacing the list kept."""
    try:
        fragment = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{where} is not valid TOML: {exc}.", "Fix the file.") from None
    check(fragment, where)
    config = read(engine, station_id)
    for name, value in fragment.items():
        if name in LISTS:
            config[name] = value
        else:
            config.setdefault(name, {}).update(value)
    return _save(engine, station_id, config)


def replace_with_file(engine: Engine, station_id: str, text: str, where: str) -> Config:
    """The station's configuration replaced by a ``station.toml`` fragment (the office's form); empty: none."""
    try:
        config = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InvalidInput(f"{where} is not valid TOML: {exc}.", "Fix it; nothing was saved.") from None
    check(config, where)
    if not config:
        clear(engine, station_id)
        return config
    return _save(engine, station_id, config)


def clear(engine: Engine, station_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(StationConfigRow).where(StationConfigRow.station_id == station_id))


def plant_version(conn: Connection) -> str:
    """The version every station should run: as set, else the server's own."""
    value = conn.scalar(select(PlantSettingRow.value_json).where(PlantSettingRow.key == PLANT_VERSION))
    return str(json.loads(value)) if value else __version__


def set_plant_version(engine: Engine, version: str | None, by: str = "floorstation-server") -> str:
    """Set the plant's version (None: back to the server's own); returns the version now in force. ``by``: who set
    it (an office user's name, or the command line)."""
    with engine.begin() as conn:
        conn.execute(delete(PlantSettingRow).where(PlantSettingRow.key == PLANT_VERSION))
        if version:
            if not _VERSION.match(version):
                raise InvalidInput(f"{version!r} is not a version.", "Write it as the package does, e.g. 1.4.0.")
            conn.execute(
                insert(PlantSettingRow).values(
                    key=PLANT_VERSION, value_json=json.dumps(version), updated_at=now_iso(), updated_by=by
                )
            )
        return plant_version(conn)
