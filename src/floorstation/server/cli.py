"""The ``floorstation-server`` command."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from floorstation import __version__


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="floorstation-server", description="The central floorstation server.")
    parser.add_argument("--version", action="version", version=f"floorstation-server {__version__}")
    parser.parse_args(argv)
    print("floorstation-server: the central server is not part of this build yet.", file=sys.stderr)
    return 1
