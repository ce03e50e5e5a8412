"""Code 128 and GS1-128: one code-set plan per barcode, written out three ways.

The same plan becomes the bars of a raster image (PDF, preview, ESC/POS printers without barcode commands),
the ``{A``/``{B``/``{C``/``{1`` payload of ESC/POS ``GS k 73`` and the ``>:``/``>;``/``>8`` payload of ZPL
``^BC``. Because all three come from one plan, the code sets and FNC1 positions the printer gets are the ones
the tests check in the image — and the module count tells a backend whether a barcode fits its paper.

Only printable ASCII (code sets B and C) is supported: it is all GS1 allows (character set 82) and all our lot
codes use. ``FNC1`` in the input marks a GS1 separator (ASCII 29, as scanners report it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

FNC1 = "\x1d"
"""A GS1 separator in element strings; encoded as the FNC1 symbol character."""

CodeSet = Literal["B", "C"]

_FNC1_VALUE = 102
_START = {"B": 104, "C": 105}
_SWITCH_TO = {"B": 100, "C": 99}
_STOP = 106
QUIET_ZONE_MODULES = 10
"""Each side; GS1 General Specifications §5.4.4.2."""

#: Bar and space widths in modules of the 107 symbol characters (ISO/IEC 15417 table 1); the stop includes its
#: two-module termination bar.
_WIDTHS = [
    "212222",
    "222122",
    "222221",
    "121223",
    "121322",
    "131222",
    "122213",
    "122312",
    "132212",
    "221213",
    "221312",
    "231212",
    "112232",
    "122132",
    "122231",
    "113222",
    "123122",
    "123221",
    "223211",
    "221132",
    "221231",
    "213212",
    "223112",
    "312131",
    "311222",
    "321122",
    "321221",
    "312212",
    "322112",
    "322211",
    "212123",
    "212321",
    "232121",
    "111323",
    "131123",
    "131321",
    "112313",
    "132113",
    "132311",
    "211313",
    "231113",
    "231311",
    "112133",
    "112331",
    "132131",
    "113123",
    "113321",
    "133121",
    "313121",
    "211331",
    "231131",
    "213113",
    "213311",
    "213131",
    "311123",
    "311321",
    "331121",
    "312113",
    "312311",
    "332111",
    "314111",
    "221411",
    "431111",
    "111224",
    "111422",
    "121124",
    "121421",
    "141122",
    "141221",
    "112214",
    "112412",
    "122114",
    "122411",
    "142112",
    "142211",
    "241211",
    "221114",
    "413111",
    "241112",
    "134111",
    "111242",
    "121142",
    "121241",
    "114212",
    "124112",
    "124211",
    "411212",
    "421112",
    "421211",
    "212141",
    "214121",
    "412121",
    "111143",
    "111341",
    "131141",
    "114113",
    "114311",
    "411113",
    "411311",
    "113141",
    "114131",
    "311141",
    "411131",
    "211412",
    "211214",
    "211232",
    "2331112",
]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of the data in one code set; ``text`` may contain FNC1."""

    code_set: CodeSet
    text: str


@dataclass(frozen=True, slots=True)
class Code128:
    """An encoded Code 128 symbol: its segments, symbol values (start to stop) and module count."""

    gs1: bool
    segments: tuple[Segment, ...]
    values: tuple[int, ...]

    @property
    def modules(self) -> int:
        """Width of the symbol without quiet zones (11 per character, 13 for the stop)."""
        return 11 * (len(self.values) - 1) + 13

    @property
    def data(self) -> str:
        """The data a scanner transmits after its ``]C1``/``]C0`` prefix (FNC1 separators as GS)."""
        text = "".join(s.text for s in self.segments)
        return text[1:] if self.gs1 else text

    def bars(self) -> list[int]:
        """Alternating bar and space widths in modules, starting with a bar."""
        return [int(w) for value in self.values for w in _WIDTHS[value]]

    def escpos_payload(self) -> str:
        """Data for ESC/POS ``GS k 73`` (CODE128): each segment opens with ``{B``/``{C``, FNC1 is ``{1``."""
        out = []
        for seg in self.segments:
            body = seg.text.replace("{", "{{") if seg.code_set == "B" else seg.text
            out.append("{" + seg.code_set + body.replace(FNC1, "{1"))
        return "".join(out)

    def zpl_payload(self) -> str:
        """Data for ZPL ``^BC`` in mode N: ``>:`` starts B, ``>;`` starts C, ``>6``/``>5`` switch, ``>8`` FNC1."""
        out = []
        for i, seg in enumerate(self.segments):
            if i == 0:
                out.append(">:" if seg.code_set == "B" else ">;")
            else:
                out.append(">6" if seg.code_set == "B" else ">5")
            body = seg.text.replace(">", "><") if seg.code_set == "B" else seg.text
            out.append(body.replace(FNC1, ">8"))
        return "".join(out)


def encode(data: str, *, gs1: bool, b_to_c: bool = True) -> Code128:
    """Plan the code sets for ``data`` (GS1-128 when ``gs1``: FNC1 first, GS in ``data`` becomes FNC1).

    ``b_to_c=False`` never switches from set B back to C: longer, but some ZPL emulations (Zebrash) misread
    ``>5`` in subset B as FNC4 although the ZPL II guide (table 6) defines it as CODE C.
    """
    if not data:
        raise ValueError("a barcode needs data")
    bad = sorted({ch for ch in data if not (" " <= ch <= "~" or (gs1 and ch == FNC1))})
    if bad:
        raise ValueError(f"cannot encode {bad!r} in Code 128 sets B/C")
    segments = _plan((FNC1 if gs1 else "") + data, b_to_c=b_to_c)
    return Code128(gs1=gs1, segments=tuple(segments), values=_values(segments))


def _digits_at(text: str, i: int) -> int:
    n = 0
    while i + n < len(text) and text[i + n].isdigit():
        n += 1
    return n


def _plan(text: str, *, b_to_c: bool) -> list[Segment]:
    segments: list[Segment] = []
    current: CodeSet | None = None
    buf: list[str] = []

    def switch(to: CodeSet) -> None:
        nonlocal current, buf
        if current is not None and buf:
            segments.append(Segment(current, "".join(buf)))
        current, buf = to, []

    i = 0
    while i < len(text):
        ch = text[i]
        if ch == FNC1:
            if current is None:
                switch("C" if _digits_at(text, 1) >= 2 else "B")
            buf.append(ch)
            i += 1
            continue
        run = _digits_at(text, i)
        at_end = i + run == len(text)
        wants_c = run >= 4 or (run >= 2 and at_end and current in (None, "C") and run % 2 == 0)
        if current == "C" and run >= 2:
            buf.append(text[i : i + 2])
            i += 2
            continue
        if wants_c and current != "C" and (b_to_c or current is None):
            if run % 2 == 1 and b_to_c:  # the odd digit goes in set B, the even rest in C
                if current != "B":
                    switch("B")
                buf.append(ch)
                i += 1
            switch("C")
            continue
        if current != "B":
            switch("B")
        buf.append(ch)
        i += 1
    switch("B")  # flushes the last segment
    return segments


def _values(segments: Sequence[Segment]) -> tuple[int, ...]:
    values: list[int] = []
    for n, seg in enumerate(segments):
        values.append(_START[seg.code_set] if n == 0 else _SWITCH_TO[seg.code_set])
        i = 0
        while i < len(seg.text):
            if seg.text[i] == FNC1:
                values.append(_FNC1_VALUE)
                i += 1
            elif seg.code_set == "C":
                values.append(int(seg.text[i : i + 2]))
                i += 2
            else:
                values.append(ord(seg.text[i]) - 32)
                i += 1
    check = (values[0] + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
    return (*values, check, _STOP)
