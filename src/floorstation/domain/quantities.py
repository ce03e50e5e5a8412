"""Quantities: exact decimals in the domain, whole thousandths ("milli") in the store."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from floorstation.domain.errors import InvalidInput

#: Largest quantity one action may record; anything above is a typo or a scanner burst, not a count.
MAX_QUANTITY = Decimal(1_000_000)
_MILLI = Decimal(1000)


def parse_quantity(value: object, *, what: str = "quantity", allow_zero: bool = False) -> Decimal:
    """Turn user input into a positive decimal with at most three decimals, or say what is wrong with it."""
    if isinstance(value, bool):
        raise InvalidInput(
            f"The {what} must be a number.", "Type it on the keypad.", code="quantity.missing", params={"what": what}
        )
    try:
        qty = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise InvalidInput(
            f"The {what} {value!r} is not a number.",
            "Type it on the keypad.",
            code="quantity.not_a_number",
            params={"what": what, "value": str(value)},
        ) from None
    if not qty.is_finite():
        raise InvalidInput(
            f"The {what} {value!r} is not a number.",
            "Type it on the keypad.",
            code="quantity.not_a_number",
            params={"what": what, "value": str(value)},
        )
    if qty < 0 or (qty == 0 and not allow_zero):
        raise InvalidInput(
            f"The {what} must be more than zero (got {qty}).",
            "Enter the quantity you actually used or made.",
            code="quantity.not_positive",
            params={"what": what, "value": str(qty)},
        )
    if qty > MAX_QUANTITY:
        raise InvalidInput(
            f"The {what} {qty} is more than {MAX_QUANTITY} and cannot be right.",
            "Check the number and enter it again.",
            code="quantity.too_big",
            params={"what": what, "value": str(qty), "limit": str(MAX_QUANTITY)},
        )
    if qty != qty.quantize(Decimal("0.001")):
        raise InvalidInput(
            f"The {what} {qty} has more than three decimals.",
            "Round it to three decimals.",
            code="quantity.decimals",
            params={"what": what, "value": str(qty)},
        )
    return qty.normalize() if qty != 0 else Decimal(0)


def to_milli(qty: Decimal) -> int:
    """Whole thousandths, for exact sums in SQL."""
    return int((qty * _MILLI).to_integral_exact())


def from_milli(milli: int) -> Decimal:
    value = Decimal(milli) / _MILLI
    return value.normalize() if value != 0 else Decimal(0)


def fmt(qty: Decimal) -> str:
    """A quantity as people write it: no exponent, no trailing zeros."""
    text = format(qty, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
