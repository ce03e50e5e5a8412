"""Is the scanner's keyboard country the PC's keyboard layout? Told from one scan of a known test code.

A scanner in keyboard mode sends key *positions* for a keyboard country (US unless set otherwise); the PC turns
them into characters with its own layout. When the two differ, letters swap (``y``/``z`` on a German or Polish
QWERTZ layout, ``a``/``q`` on a French AZERTY one) and symbols change (``-`` comes as ``ß``), and a lot code is
silently misread. :data:`TEST_CODE` has letters, digits and the symbols that differ between the common layouts;
:func:`check` compares what arrived with what each layout would make of it and says what to change. Scanners read
through evdev are not affected: floorstation translates their key positions itself (``devices/keymap.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

TEST_CODE = "FLOORSTATION-TEST-1234567890-yz/.:@"
"""The content of the test barcode (Code 128): upper and lower case letters, every digit, and ``- / . : @``."""


def _swap(*pairs: str) -> dict[str, str]:
    """Each two-letter ``pairs`` item swaps both ways, in both cases."""
    out: dict[str, str] = {}
    for pair in pairs:
        a, b = pair[0], pair[1]
        out |= {a: b, b: a, a.upper(): b.upper(), b.upper(): a.upper()}
    return out


@dataclass(frozen=True, slots=True)
class Layout:
    code: str
    name: str
    typed: dict[str, str]
    """What a US scanner's character comes out as on this layout (only those that differ)."""

    def of(self, text: str) -> str:
        return "".join(self.typed.get(ch, ch) for ch in text)


LAYOUTS = (
    Layout("de", "German (QWERTZ)", _swap("yz") | {"-": "ß", "/": "-", ":": "Ö", "@": '"', ";": "ö"}),
    Layout("pl214", "Polish (214, QWERTZ)", _swap("yz") | {"-": "+", "/": "-", ":": "Ł", "@": '"', ";": "ł"}),
    Layout(
        "fr",
        "French (AZERTY)",
        _swap("aq", "zw")
        | {"m": ",", "M": "?", ";": "m", ":": "M", "-": ")", "/": "!", ".": ";", "@": "2"}
        | dict(zip("1234567890", "&é\"'(-è_çà", strict=True)),
    ),
    Layout("uk", "British (UK)", {"@": '"', '"': "@", "#": "£"}),
)


@dataclass(frozen=True, slots=True)
class LayoutCheck:
    ok: bool
    message: str
    hint: str = ""
    layout: str = ""
    """The layout the PC seems to use (``de``, ``pl214``, ``fr``, ``uk``), ``caps`` for Caps Lock, else empty."""


_FIX = (
    "Set the scanner's keyboard country to {name} (its manual has a barcode for it), or switch this PC's keyboard "
    'layout to US, or read the scanner through evdev (kind = "evdev" in station.toml: the layout does not matter).'
)


def _caps(text: str) -> str:
    """``text`` typed with Caps Lock on: letters (umlauts too) in the other case; ``ß`` has none."""
    return "".join(ch.swapcase() if ch.isalpha() and len(ch.swapcase()) == 1 else ch for ch in text)


def _strip(received: str) -> str:
    """Without the AIM identifier (``]C0``) a scanner may put in front, and the line end it may send."""
    text = received.strip("\r\n")
    return text[3:] if text.startswith("]") and len(text) > 3 else text


def check(received: str) -> LayoutCheck:
    """What arrived when :data:`TEST_CODE` was scanned, compared with what each common layout makes of it."""
    text = _strip(received)
    if text == TEST_CODE:
        return LayoutCheck(True, "The scanner and this PC agree: the test code arrived exactly.")
    if text == _caps(TEST_CODE):
        return LayoutCheck(
            False,
            "Upper and lower case came swapped: Caps Lock is on.",
            "Turn Caps Lock off (or read the scanner through evdev, which ignores it).",
            "caps",
        )
    for layout in LAYOUTS:
        for variant, caps in ((layout.of(TEST_CODE), False), (_caps(layout.of(TEST_CODE)), True)):
            if text == variant:
                also = " Caps Lock is on as well." if caps else ""
                return LayoutCheck(
                    False,
                    f"The scanner types US keys but this PC uses a {layout.name} keyboard layout: {_diff(text)}.{also}",
                    _FIX.format(name=layout.name.split(" (")[0]),
                    layout.code,
                )
    if len(text) != len(TEST_CODE):
        return LayoutCheck(
            False,
            f"This is not the test code ({len(text)} characters instead of {len(TEST_CODE)}): {text!r}.",
            "Scan the floorstation test barcode, nothing else; check the scanner's prefix and suffix settings.",
        )
    return LayoutCheck(
        False,
        f"The scanner and this PC disagree on some keys: {_diff(text)}.",
        "Set the scanner's keyboard country to this PC's layout, or read the scanner through evdev "
        '(kind = "evdev" in station.toml).',
    )


def _diff(text: str) -> str:
    """The characters that changed, as ``'y' came as 'z'``, each once."""
    seen: dict[str, str] = {}
    for sent, came in zip(TEST_CODE, text, strict=False):
        if sent != came and sent not in seen:
            seen[sent] = came
    return ", ".join(f"{sent!r} came as {came!r}" for sent, came in seen.items())
