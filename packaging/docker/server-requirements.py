"""Print the plant server's run-time requirements: pyproject.toml's dependencies less those only the terminal
loads (Qt, the camera decoders, scanner and printer drivers). The container image installs these."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

TERMINAL_ONLY = {"pyside6-essentials", "opencv-python-headless", "zxing-cpp", "pyzbar", "pyserial", "python-escpos", "evdev"}


def server_requirements(pyproject: Path) -> list[str]:
    with pyproject.open("rb") as f:
        dependencies: list[str] = tomllib.load(f)["project"]["dependencies"]
    return [d for d in dependencies if re.split(r"[\s\[<>=!~;]", d, maxsplit=1)[0].lower() not in TERMINAL_ONLY]


if __name__ == "__main__":
    print("\n".join(server_requirements(Path(sys.argv[1] if len(sys.argv) > 1 else "pyproject.toml"))))
