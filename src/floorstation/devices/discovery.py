"""What is plugged into this PC, for ``floorstation devices``: scanners, serial ports, cameras, printers.

Read-only and quick: sysfs, ``/proc/bus/input/devices`` and pyserial's port list, no device is opened (a
scanner's port opened here would be one the station cannot open exclusively; a network camera is not called).
On a system without those files the lists are simply empty.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from floorstation.devices.camera_config import CameraConfig
from floorstation.devices.scanner_config import ScannerConfig, ScannerKind
from floorstation.domain.errors import InvalidInput

#: USB vendor ids of barcode-scanner makers (Honeywell/Metrologic, Hand Held Products, Zebra/Symbol,
#: Datalogic, Newland, Code, Opticon), to point out which ports and input devices are probably scanners.
SCANNER_VENDORS = {
    0x0C2E: "Honeywell",
    0x0536: "Hand Held Products",
    0x05E0: "Zebra (Symbol)",
    0x05F9: "Datalogic",
    0x1EAB: "Newland",
    0x0D7E: "Code",
    0x065A: "Opticon",
}
_SCANNER_WORDS = re.compile(r"barcode|scanner|imager|reader|honeywell|datalogic|symbol|zebra|newland", re.I)


@dataclass(frozen=True, slots=True)
class Found:
    path: str
    name: str
    usb: str = ""
    """``vvvv:pppp`` when it is a USB device."""
    serial_number: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ConfiguredScanner:
    id: str
    kind: str
    where: str
    present: str
    """Where it was found now, or ``""``; ``n/a`` for keyboard-wedge scanners (they cannot be told apart)."""


@dataclass(frozen=True, slots=True)
class ConfiguredCamera:
    id: str
    source: str
    """The camera's address, without a password."""
    present: str
    """Where it was found now, or ``""``; ``n/a`` when that cannot be told without opening it (a network camera)."""


@dataclass(frozen=True, slots=True)
class Inventory:
    scanners: list[ConfiguredScanner] = field(default_factory=list)
    configured_cameras: list[ConfiguredCamera] = field(default_factory=list)
    keyboards: list[Found] = field(default_factory=list)
    """Keyboard-like input devices: keyboards and scanners in keyboard mode (``note`` marks likely scanners)."""
    serial_ports: list[Found] = field(default_factory=list)
    cameras: list[Found] = field(default_factory=list)
    printers: list[Found] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def inventory(
    configured: Sequence[ScannerConfig], cameras_configured: Sequence[CameraConfig] = (), *, root: Path = Path("/")
) -> Inventory:
    ports = serial_ports()
    inputs = keyboards(root / "proc/bus/input/devices")
    return Inventory(
        scanners=[_configured(c, ports, inputs, root) for c in configured],
        configured_cameras=[_configured_camera(c, root) for c in cameras_configured],
        keyboards=inputs,
        serial_ports=ports,
        cameras=cameras(root),
        printers=printers(root),
    )


def serial_ports() -> list[Found]:
    from serial.tools import list_ports  # type: ignore[import-untyped]

    found = []
    for port in sorted(list_ports.comports(), key=lambda p: p.device):
        usb = f"{port.vid:04x}:{port.pid:04x}" if port.vid is not None and port.pid is not None else ""
        maker = SCANNER_VENDORS.get(port.vid or -1, "")
        note = f"probably a {maker} scanner" if maker else ""
        words = (port.manufacturer, port.product, port.description)
        name = " ".join(dict.fromkeys(w for w in words if w and w != "n/a"))
        found.append(Found(port.device, name, usb, port.serial_number or "", note))
    return found


def keyboards(devices_file: Path) -> list[Found]:
    """Keyboard-like input devices from ``/proc/bus/input/devices``; likely scanners say so in ``note``."""
    try:
        text = devices_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    found = []
    for block in text.split("\n\n"):
        info = _input_block(block)
        handlers = info.get("handlers", "").split()
        event = next((h for h in handlers if h.startswith("event")), None)
        if event is None or "kbd" not in handlers:
            continue
        maker = SCANNER_VENDORS.get(int(info.get("vendor", "0"), 16))
        note = f"probably a {maker} scanner" if maker else ""
        if not note and _SCANNER_WORDS.search(info.get("name", "")):
            note = "probably a scanner"
        usb = f"{info.get('vendor', '')}:{info.get('product', '')}" if info.get("bus") == "0003" else ""
        found.append(Found(f"/dev/input/{event}", info.get("name", ""), usb, "", note))
    return found


def _input_block(block: str) -> dict[str, str]:
    info: dict[str, str] = {}
    for line in block.splitlines():
        if line.startswith("I:"):
            info.update((k.lower(), v) for k, v in re.findall(r"(\w+)=(\w+)", line))
        elif line.startswith("N: Name="):
            info["name"] = line[len("N: Name=") :].strip().strip('"')
        elif line.startswith("H: Handlers="):
            info["handlers"] = line[len("H: Handlers=") :]
    return info


def cameras(root: Path = Path("/")) -> list[Found]:
    found = []
    for node in sorted((root / "dev").glob("video*"), key=_natural):
        name_file = root / "sys/class/video4linux" / node.name / "name"
        try:
            name = name_file.read_text(encoding="utf-8").strip()
        except OSError:
            name = ""
        found.append(Found(str(node), name))
    return found


def printers(root: Path = Path("/")) -> list[Found]:
    found = [Found(str(node), "USB printer (usblp)") for node in sorted((root / "dev/usb").glob("lp*"), key=_natural)]
    if root == Path("/"):
        found.extend(Found(f"cups:{name}", "CUPS queue", note=uri) for name, uri in _cups_queues())
    return found


def _cups_queues() -> Iterable[tuple[str, str]]:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return []
    try:
        done = subprocess.run([lpstat, "-v"], capture_output=True, text=True, timeout=3, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"^device for ([^:]+):\s*(\S+)", done.stdout, re.M)


def _natural(path: Path) -> tuple[str, int]:
    digits = re.search(r"(\d+)$", path.name)
    return (path.name.rstrip("0123456789"), int(digits.group(1)) if digits else -1)


def _configured(config: ScannerConfig, ports: list[Found], inputs: list[Found], root: Path) -> ConfiguredScanner:
    present = ""
    if config.kind is ScannerKind.WEDGE:
        present = "n/a"
    elif config.kind is ScannerKind.SERIAL:
        if config.port:
            present = config.port if "://" in config.port or (root / config.port.lstrip("/")).exists() else ""
        else:
            usb = f"{config.usb_vid}:{config.usb_pid}".lower()
            wanted = config.usb_serial
            match = [p for p in ports if p.usb == usb and (not wanted or p.serial_number == wanted)]
            present = match[0].path if match else ""
    elif config.device:
        present = config.device if (root / config.device.lstrip("/")).exists() else ""
    else:
        usb = f"{config.usb_vid}:{config.usb_pid}".lower() if config.usb_vid else ""
        word = config.name_contains.lower()
        match = [i for i in inputs if (not usb or i.usb == usb) and word in i.name.lower()]
        present = match[0].path if match else ""
    return ConfiguredScanner(config.id, config.kind.value, config.where, present)


def _configured_camera(config: CameraConfig, root: Path) -> ConfiguredCamera:
    from floorstation.devices.camera_sources import folder_images, parse_camera_address

    present = ""
    try:
        address = parse_camera_address(config.source)
    except InvalidInput:
        return ConfiguredCamera(config.id, config.where, "")
    target = address.target
    if address.kind == "stream":
        present = "n/a"
    elif address.kind == "device":
        node = target if isinstance(target, str) else f"/dev/video{target}"
        if not sys.platform.startswith("linux"):
            present = "n/a"
        elif (root / node.lstrip("/")).exists():
            present = node
    elif address.kind == "file":
        present = str(target) if Path(str(target)).is_file() else ""
    else:
        folder = Path(str(target))
        present = str(target) if folder.is_dir() and folder_images(folder) else ""
    return ConfiguredCamera(config.id, config.where, present)
