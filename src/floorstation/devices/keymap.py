"""Our own US keyboard map for scanners read through evdev: the PC's keyboard layout does not matter.

A scanner in keyboard mode sends key *positions* (Linux key codes); the desktop's layout would turn them into
characters, and a scanner set to "US" on a German PC types ``z`` for ``y``. Reading the grabbed device with a
fixed US table gives the characters the scanner meant. Pure: no ``evdev`` import, so it is tested with
synthetic key codes anywhere.
"""

from __future__ import annotations

from floorstation.domain.scanning import GS

# Linux key codes (linux/input-event-codes.h).
KEY_LEFTCTRL, KEY_RIGHTCTRL = 29, 97
KEY_LEFTSHIFT, KEY_RIGHTSHIFT = 42, 54
KEY_LEFTALT, KEY_RIGHTALT = 56, 100
KEY_CAPSLOCK = 58
KEY_ENTER, KEY_KPENTER = 28, 96

#: Key code -> (unshifted, shifted) character on a US keyboard.
US_KEYS: dict[int, tuple[str, str]] = {
    **{code: (d, s) for code, d, s in zip(range(2, 12), "1234567890", "!@#$%^&*()", strict=True)},
    12: ("-", "_"),
    13: ("=", "+"),
    15: ("\t", "\t"),
    **{code: (c, c.upper()) for code, c in zip(range(16, 26), "qwertyuiop", strict=True)},
    26: ("[", "{"),
    27: ("]", "}"),
    28: ("\r", "\r"),
    **{code: (c, c.upper()) for code, c in zip(range(30, 39), "asdfghjkl", strict=True)},
    39: (";", ":"),
    40: ("'", '"'),
    41: ("`", "~"),
    43: ("\\", "|"),
    **{code: (c, c.upper()) for code, c in zip(range(44, 51), "zxcvbnm", strict=True)},
    51: (",", "<"),
    52: (".", ">"),
    53: ("/", "?"),
    55: ("*", "*"),
    57: (" ", " "),
    74: ("-", "-"),
    78: ("+", "+"),
    83: (".", "."),
    96: ("\r", "\r"),
    98: ("/", "/"),
}
#: Keypad digits (scanners use them for Alt codes; without Alt they type the digit, as with NumLock on).
KEYPAD_DIGITS: dict[int, str] = {
    82: "0",
    79: "1",
    80: "2",
    81: "3",
    75: "4",
    76: "5",
    77: "6",
    71: "7",
    72: "8",
    73: "9",
}
#: Ctrl + key -> control character: Ctrl+] GS, Ctrl+^ (Ctrl+Shift+6) RS, Ctrl+D EOT.
CTRL_KEYS: dict[int, str] = {27: GS, 7: "\x1e", 32: "\x04"}

_SHIFT = frozenset({KEY_LEFTSHIFT, KEY_RIGHTSHIFT})
_CTRL = frozenset({KEY_LEFTCTRL, KEY_RIGHTCTRL})
_ALT = frozenset({KEY_LEFTALT, KEY_RIGHTALT})

KEY_UP, KEY_DOWN, KEY_REPEAT = 0, 1, 2


class KeyTranslator:
    """Turns a scanner's EV_KEY events ``(code, value)`` into characters, keeping modifier state.

    ``value`` is 1 for press, 0 for release, 2 for auto-repeat (ignored: scanners do not hold keys).
    """

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self._shift: set[int] = set()
        self._ctrl: set[int] = set()
        self._alt: set[int] = set()
        self._caps = False
        self._alt_digits = ""

    def key(self, code: int, value: int) -> str:
        """The characters this event types (usually one, often none)."""
        if value == KEY_REPEAT:
            return ""
        down = value == KEY_DOWN
        for group, codes in ((self._shift, _SHIFT), (self._ctrl, _CTRL), (self._alt, _ALT)):
            if code in codes:
                if down:
                    group.add(code)
                else:
                    group.discard(code)
                    if group is self._alt and not group:
                        return self._end_alt_code()
                return ""
        if not down:
            return ""
        if code == KEY_CAPSLOCK:
            self._caps = not self._caps
            return ""
        if self._alt:
            if code in KEYPAD_DIGITS:
                self._alt_digits += KEYPAD_DIGITS[code]
            return ""
        if self._ctrl:
            return CTRL_KEYS.get(code, "")
        if code in KEYPAD_DIGITS:
            return KEYPAD_DIGITS[code]
        pair = US_KEYS.get(code)
        if pair is None:
            return ""
        plain, shifted = pair
        upper = bool(self._shift)
        if plain.isalpha() and self._caps:
            upper = not upper
        return shifted if upper else plain

    def _end_alt_code(self) -> str:
        digits, self._alt_digits = self._alt_digits, ""
        return alt_code_char(digits) if digits else ""


def alt_code_char(digits: str) -> str:
    """The character of a Windows Alt+keypad code: ``0nnn`` is code page 1252, ``nnn`` code page 437."""
    code = int(digits) % 256
    if code < 128:
        return chr(code)
    return bytes([code]).decode("cp1252" if digits.startswith("0") else "cp437", errors="replace")
