"""Keyboard-wedge bursts on a real X server (Xvfb), typed by xdotool through XTEST as a USB scanner types them,
while the other core burns and the terminal's GUI thread is kept busy: every burst arrives as exactly one scan,
and nothing of it is typed into the focused field. The X server and xdotool run at a real-time priority, as the
scanner's hardware is never slowed by the PC's load."""

from __future__ import annotations

import ast
import itertools
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from floorstation.devices.scanner_config import DEFAULT_WEDGE
from floorstation.devices.wedge import UNREADABLE

ROOT = Path(__file__).resolve().parents[2]
BURSTS = 40
TIMEOUT_S = 120.0
NON_ASCII = "ŁÓDŹ-1234"


def _real_time() -> tuple[str, ...]:
    """The X server and xdotool stand in for the scanner's USB hardware, which no load on the PC slows down: they
    run at a real-time priority (SCHED_FIFO), ahead of every ordinary process, so each key is typed and stamped
    when its turn comes, as a scanner's would be. Without the right to that priority the test cannot stand in for
    the hardware (a loaded machine then delays xdotool's keys past any scanner's gap) and is skipped."""
    if shutil.which("chrt") is None:
        return ()
    allowed = subprocess.run(["chrt", "-f", "10", "true"], capture_output=True, check=False)
    return ("chrt", "-f", "10") if allowed.returncode == 0 else ()


HARDWARE = _real_time()


pytestmark = [
    pytest.mark.skipif(
        shutil.which("Xvfb") is None or shutil.which("xdotool") is None,
        reason="needs Xvfb and xdotool (scripts/setup.sh installs both)",
    ),
    pytest.mark.skipif(not HARDWARE, reason="needs the right to a real-time priority (chrt -f) for the X server"),
]


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb; ``-displayfd`` says its number once it accepts clients (no polling). A scanner's key is never
    held long enough to repeat; xdotool's may be when the machine is loaded, so keys do not repeat here."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            *HARDWARE,
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "800x600x24",
            "-nolisten",
            "tcp",
            "-ardelay",
            "10000",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def other_core_busy() -> Iterator[None]:
    """A process that keeps one core busy. It runs at the lowest priority, as a background job would: the X server
    and xdotool (which stand in for the scanner's USB hardware here) must still stamp keys when they are typed."""
    burner = subprocess.Popen([sys.executable, "-c", "import os; os.nice(19)\nwhile True: pass"])
    try:
        yield
    finally:
        burner.kill()
        burner.wait(10)


class App:
    """The wedge window as a child process; its lines arrive on a queue (a reader thread)."""

    def __init__(self, display: str, busy_ms: float) -> None:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.wedge_app", "--busy-ms", str(busy_ms)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("")  # the app has ended

    def next_line(self, deadline: float) -> str:
        line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
        assert line, "the wedge window ended"
        return line

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self._reader.join(10)  # it reads to the end of the output, then the pipe is closed
        assert self.process.stdout is not None
        self.process.stdout.close()


def _bursts_at_scanner_speed(keys: list[tuple[int, str]], codes: list[str]) -> list[str]:
    """The codes whose keys X stamped no more than the wedge's gap apart (keys typed in order, Enter after each)."""
    gap_ms = DEFAULT_WEDGE.max_key_gap_ms
    bursts: list[list[int]] = [[]]
    for stamp, text in keys:
        if text:  # not Shift, nor a letter xdotool typed through a remapped key (those are not timed)
            bursts[-1].append(stamp)
            if text == "\r":
                bursts.append([])
    return [
        code
        for code, stamps in zip(codes, bursts, strict=False)
        if all(b - a <= gap_ms for a, b in itertools.pairwise(stamps))
    ]


def _as_typed(scan: str) -> str:
    """The scan as it was typed. xdotool types a letter missing from the keymap by remapping a key for a moment:
    the letter may come in the other case, or, when the terminal gets to the key after the keymap changed back, as
    the unreadable mark the scan keeps in its place (the terminal then says the scan has characters no label
    carries). Either way the burst is one scan."""
    if len(scan) == len(NON_ASCII) and all(
        g in (w, w.lower(), UNREADABLE) for g, w in zip(scan, NON_ASCII, strict=True)
    ):
        return NON_ASCII
    return scan


def test_every_burst_arrives_as_one_scan_with_the_machine_busy(display: str, other_core_busy: None) -> None:
    app = App(display, busy_ms=45)
    try:
        deadline = time.monotonic() + TIMEOUT_S
        ready = app.next_line(deadline)
        assert ready.startswith("ready "), ready
        env = {**os.environ, "DISPLAY": display}
        subprocess.run(["xdotool", "windowfocus", "--sync", ready.split()[1]], env=env, check=True, timeout=30)

        # A scanner ends each scan with Enter (CR; xdotool would type "\n" as Linefeed, which no scanner sends).
        # One scan has letters no barcode label carries: it must arrive whole too, for the terminal to say why.
        codes = [f"LOT-{n:04d}" for n in range(BURSTS)] + [NON_ASCII]
        text = "".join(code + "\r" for code in [*codes, "END-0000"])
        subprocess.run([*HARDWARE, "xdotool", "type", "--delay", "4", text], env=env, check=True, timeout=TIMEOUT_S)

        scans: list[str] = []
        typed: list[str] = []
        keys: list[tuple[int, str]] = []
        while "END-0000" not in scans:
            try:
                line = app.next_line(deadline)
            except queue.Empty:
                pytest.fail(f"the last burst never came; scans: {scans}, typed: {typed}")
            kind, _, rest = line.partition(" ")
            if kind == "key":
                stamp, _, text = rest.partition(" ")
                keys.append((int(stamp), ast.literal_eval(text)))
            else:
                (scans if kind == "scan" else typed).append(rest)
    finally:
        app.stop()
    # Typed by "hardware" that no load slows down, every burst comes at scanner speed by the X server's own
    # stamps, and every one is exactly one scan: none lost, none split, none doubled, nothing typed into the field.
    slow = sorted(set(codes) - set(_bursts_at_scanner_speed(keys, [*codes, "END-0000"])))
    assert slow == [], f"X stamped these bursts slower than a scanner types: {slow}; keys: {keys}"
    got = [_as_typed(scan) for scan in scans]
    assert got == [*codes, "END-0000"], f"scans: {got}, typed: {typed}"
    assert typed == [], f"keys of a burst were typed into the field: {typed}"
