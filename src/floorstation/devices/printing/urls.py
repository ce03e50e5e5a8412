"""Printer URLs: one string says which language, which connection and which options a printer needs.

escpos+tcp://host:9100?profile=TM-T88V      escpos+usb://04b8:0202      escpos+file:///dev/usb/lp0
escpos+serial:///dev/ttyUSB0?baudrate=19200  escpos+cups://QUEUE
zpl+tcp://host:9100?width_mm=101.6&height_mm=152.4&dpmm=8   zpl+file:///dev/usb/lp1
pdf:///srv/cards/            (a folder: one file per card)   pdf:///tmp/card.pdf (one file, replaced)
qt://Office-HP               (a printer of the operating system, through Qt: only where the UI provides it)

Every backend takes ``width_mm``/``height_mm`` (label or paper size) as options; ``[[printer]]`` tables in
``station.toml`` name a URL and may add those options (``domain/printers.py``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from floorstation.domain.errors import InvalidInput

LANGUAGES = {
    "escpos": ("tcp", "usb", "serial", "file", "cups"),
    "zpl": ("tcp", "file"),
    "pdf": ("",),
    "qt": ("",),
}
OPTIONS = {
    "escpos": (
        "profile", "width", "width_mm", "barcodes", "module", "bar_height", "timeout", "status",
        "baudrate", "in_ep", "out_ep",
    ),
    "zpl": ("width_mm", "height_mm", "dpmm", "module", "timeout", "status"),
    "pdf": ("page", "width_mm", "height_mm", "dpi", "module"),
    "qt": ("page", "width_mm", "height_mm", "dpi", "module"),
}  # fmt: skip
"""The options each language understands (docs/printers.md says what they mean)."""
_HINT = (
    "Use e.g. escpos+tcp://192.168.1.50:9100, zpl+tcp://host:9100, qt://PRINTER or pdf:///path/card.pdf, "
    "or the name of a printer in station.toml (docs/printers.md)."
)


@dataclass(frozen=True, slots=True)
class PrinterUrl:
    url: str
    language: str
    """``escpos``, ``zpl``, ``pdf`` or ``qt``."""
    transport: str
    """``tcp``, ``usb``, ``serial``, ``file``, ``cups``; empty for ``pdf`` and ``qt``."""
    host: str = ""
    port: int = 9100
    path: str = ""
    options: dict[str, str] = field(default_factory=dict)

    def option(self, name: str, default: str) -> str:
        return self.options.get(name, default)

    def number(self, name: str, default: float) -> float:
        text = self.options.get(name)
        if text is None:
            return default
        try:
            return float(text)
        except ValueError:
            raise InvalidInput(f"Printer option {name}={text!r} in {self.url} is not a number.", _HINT) from None

    def flag(self, name: str, default: bool) -> bool:
        text = self.options.get(name)
        return default if text is None else text.lower() in ("1", "yes", "true", "on")


def parse(url: str) -> PrinterUrl:
    parts = urlsplit(url.strip())
    language, _, transport = parts.scheme.partition("+")
    if language not in LANGUAGES or transport not in LANGUAGES[language]:
        raise InvalidInput(f"floorstation cannot print to {url!r}.", _HINT)
    options = dict(parse_qsl(parts.query))
    unknown = sorted(set(options) - set(OPTIONS[language]))
    if unknown:
        raise InvalidInput(
            f"Printer URL {url!r}: {language} printers have no option {', '.join(unknown)}.",
            f"Known: {', '.join(OPTIONS[language])}.",
        )
    if transport in ("tcp",):
        if not parts.hostname:
            raise InvalidInput(f"Printer URL {url!r} names no host.", _HINT)
        try:
            port = parts.port or 9100
        except ValueError:
            raise InvalidInput(f"Printer URL {url!r} has a bad port.", _HINT) from None
        return PrinterUrl(url, language, transport, host=parts.hostname, port=port, options=options)
    if transport in ("usb", "cups") or language == "qt":
        name = unquote(parts.netloc + parts.path).strip("/")
        if not name:
            raise InvalidInput(f"Printer URL {url!r} names no device.", _HINT)
        return PrinterUrl(url, language, transport, host=name, options=options)
    path = unquote(parts.path)
    if not path:
        raise InvalidInput(f"Printer URL {url!r} names no file.", _HINT)
    return PrinterUrl(url, language, transport, path=path, options=options)
