"""A report as a table: named columns of typed cells, what its chart shows, and what its figures mean."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Kind = Literal["text", "seconds", "qty", "pct", "int"]
Cell = str | int | Decimal | None


@dataclass(frozen=True)
class Column:
    key: str
    label: str
    kind: Kind = "text"


@dataclass
class Table:
    name: str
    title: str
    columns: list[Column]
    rows: list[dict[str, Cell]] = field(default_factory=list)
    chart: tuple[str, str] | None = None
    """(label column, value column) of the bar chart; a Pareto chart when ``pareto``."""
    pareto: bool = False
    notes: list[str] = field(default_factory=list)
    """What the figures mean: shown under the table."""


def seconds(ms: int) -> Decimal:
    """Milliseconds as seconds, exact (``1500`` → ``1.5``, ``900000`` → ``900``)."""
    return _thousandths(ms)


def seconds_text(ms: int) -> str:
    """``str(seconds(ms))``, without making the decimal (a report writes a few hundred thousand of them)."""
    if type(ms) is int and ms > 0:
        whole, part = divmod(ms, 1000)
        return f"{whole}.{part:03d}".rstrip("0") if part else str(whole)
    return str(seconds(ms))


def qty(milli: int) -> Decimal:
    return _thousandths(milli)


def _thousandths(value: int) -> Decimal:
    if value % 1000 == 0:
        return Decimal(value // 1000)  # the usual case, a whole number: no decimal arithmetic
    return Decimal(value).scaleb(-3).normalize()


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """``part / whole`` as a fraction rounded to 4 places; None when ``whole`` is nothing."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)


def plain(value: Cell) -> str:
    """A cell as CSV and scripts read it: decimals in full without exponent, nothing as empty."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)
