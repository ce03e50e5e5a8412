"""The station's log file: one rotating file under its data folder, for what nobody at the screen should read.

Tracebacks never reach a person (the command line prints one or two lines, the terminal a plain message); they,
the INFO messages of floorstation and Qt's own messages (routed into Python logging by the terminal) go to
``<data folder>/logs/floorstation.log``, 1 MB per file, five old files kept.

Run by systemd (the kiosk unit of the Debian package), the same lines also go to standard error, which systemd
hands to the journal (``journalctl -t floorstation-kiosk``): systemd says so with ``JOURNAL_STREAM``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from floorstation import paths

MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
JOURNAL_FORMAT = "%(levelname)s %(name)s [%(threadName)s]: %(message)s"
"""The journal stamps each line with its own time."""


def to_journal() -> bool:
    """Whether standard error goes to the systemd journal (systemd sets ``JOURNAL_STREAM`` to its device:inode)."""
    stream = os.environ.get("JOURNAL_STREAM", "")
    if not stream:
        return False
    try:
        device, inode = (int(part) for part in stream.split(":"))
        status = os.fstat(2)
    except (ValueError, OSError):
        return False
    return (status.st_dev, status.st_ino) == (device, inode)


@contextmanager
def recording(root: Path) -> Iterator[Path | None]:
    """Log INFO and up of floorstation (and warnings of its libraries) to the station's log file while inside;
    yields the file, or None when the data folder does not exist (nothing is created for a mistyped path)."""
    if not root.is_dir():
        yield None
        return
    target = paths.log_path(root)
    try:
        target.parent.mkdir(mode=0o700, exist_ok=True)  # private folder: rotated files inherit no wider access
        os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        yield None
        return
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    handlers: list[logging.Handler] = [handler]
    if to_journal():
        journal = logging.StreamHandler(sys.stderr)
        journal.setFormatter(logging.Formatter(JOURNAL_FORMAT))
        journal.setLevel(logging.INFO)
        handlers.append(journal)
    ours = logging.getLogger("floorstation")
    top = logging.getLogger()
    level = ours.level
    if ours.getEffectiveLevel() > logging.INFO:
        ours.setLevel(logging.INFO)
    for each in handlers:
        top.addHandler(each)
    try:
        yield target
    finally:
        for each in handlers:
            top.removeHandler(each)
        ours.setLevel(level)
        for each in handlers:
            each.close()
