"""Which barcode formats each camera decoder backend reads, by our names, and the check of a camera's decoder
settings — without loading a decoder.

A station's configuration is checked when the terminal starts; OpenCV, numpy and zxing-cpp (about 30 MB) load
only when a camera starts (``devices/decoders.py``, whose backends map these names to their library's own).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from floorstation.domain.errors import InvalidInput

DEFAULT_FORMATS: tuple[str, ...] = ("code128", "datamatrix", "qr", "ean13", "ean8")
"""What the site prints and receives: GS1-128 and GS1 DataMatrix labels, QR, retail EAN codes."""

DECODERS: tuple[str, ...] = ("zxing", "pyzbar")

BACKEND_FORMATS: dict[str, tuple[str, ...]] = {
    "zxing": ("code128", "datamatrix", "qr", "ean13", "ean8", "itf", "databar", "databar-expanded", "code39"),
    "pyzbar": ("code128", "qr", "ean13", "ean8", "itf", "databar", "databar-expanded", "code39"),
}
"""Our format names each backend can read (zbar cannot read DataMatrix)."""


def check_decoder(name: str, formats: Sequence[str] | None = None) -> tuple[str, ...]:
    """The formats decoder ``name`` would read, without loading it (for checking a station's configuration).

    Raises ``InvalidInput`` for an unknown decoder or a format the backend cannot read.
    """
    if name not in BACKEND_FORMATS:
        raise InvalidInput(f"Unknown barcode decoder {name!r}.", f"Use one of: {', '.join(DECODERS)}.")
    return check_formats(name, formats, BACKEND_FORMATS[name])


def check_formats(backend: str, wanted: Sequence[str] | None, supported: Iterable[str]) -> tuple[str, ...]:
    """``wanted`` (our names) checked against what ``backend`` reads; ``None``: the site's formats it reads."""
    supported = tuple(supported)
    if wanted is None:
        return tuple(f for f in DEFAULT_FORMATS if f in supported)
    wanted = tuple(dict.fromkeys(f.strip().lower() for f in wanted))
    unknown = [f for f in wanted if f not in supported]
    if unknown:
        hint = f"The {backend} decoder reads: {', '.join(supported)}."
        if backend == "pyzbar" and "datamatrix" in unknown:
            hint += " zbar cannot read DataMatrix; use the zxing decoder for it."
        raise InvalidInput(f"The {backend} decoder cannot read {', '.join(unknown)}.", hint)
    if not wanted:
        raise InvalidInput(f"No barcode formats given for the {backend} decoder.", "Name at least one format.")
    return wanted
