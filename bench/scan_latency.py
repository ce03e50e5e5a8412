"""Scan -> ScanEvent latency, the first leg of DESIGN §10's "scan → event committed and shown, p99 ≤ 15 ms".

Three figures, each p99 in milliseconds with p50 and max in the details:

* wedge: the keyboard-wedge assembler gets a GS1 label's keys (a scanner's 4 ms apart, on an injected clock so
  the run does not wait); the time measured is the last key (the suffix) going in to the ScanEvent coming out.
* serial: a SerialScanner reading a pty (the master side plays the scanner); from the label's bytes written to
  the scan listener being called on the reader thread. Reference: bare pyserial reads of what is waiting, in
  the writing thread, on the same kind of pty: the floor under the figure (no thread hop, no framing).
* explain: what the scan means (GS1 strictness included) for the same label, per scan.

The whole budget of 15 ms is shown against each leg: a leg that alone takes it leaves nothing for the rest.
"""

from __future__ import annotations

import os
import queue
import time

import serial

from bench import Result, Session, latency_ms, reference, result
from floorstation.devices.scanner_config import DEFAULT_WEDGE, ScannerConfig, ScannerKind
from floorstation.devices.serial_scanner import SerialScanner
from floorstation.devices.wedge import KeyStroke, WedgeAssembler
from floorstation.domain.devices import DeviceState, DeviceStatus
from floorstation.domain.scan_meaning import explain
from floorstation.domain.scanning import GS, ScanEvent

LABEL = f"]C10105901234000017{GS}10SUP-4711{GS}17281231{GS}305000"
BUDGET_MS = 15.0
WARMUP = 20


def run(session: Session) -> list[Result]:
    return [_wedge(session), _serial(session), _explain(session)]


def _wedge(session: Session) -> Result:
    n = session.size(5000, 500)
    now = [0.0]
    assembler = WedgeAssembler(DEFAULT_WEDGE, clock=lambda: now[0])
    strokes = [KeyStroke("]", ctrl=True) if ch == GS else KeyStroke(ch) for ch in LABEL]
    samples: list[float] = []
    for i in range(n + WARMUP):
        for stroke in strokes:
            now[0] += 0.004
            assembler.press(stroke)
        now[0] += 0.004
        t0 = time.perf_counter()
        out = assembler.press(KeyStroke("\r"))
        elapsed = time.perf_counter() - t0
        assert out.scans, "the wedge assembler did not produce the scan"
        if i >= WARMUP:
            samples.append(elapsed)
    figures = latency_ms(samples)
    return result(
        "scan_latency.wedge",
        figures["p99_ms"],
        "ms p99",
        at_most=BUDGET_MS,
        details={**figures, "scans": n, "keys_per_scan": len(LABEL) + 1},
    )


def _serial(session: Session) -> Result:
    n = session.size(2000, 200)
    master, slave = os.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    scans: queue.Queue[tuple[float, ScanEvent]] = queue.Queue()
    states: queue.Queue[DeviceStatus] = queue.Queue()
    reader = SerialScanner(
        ScannerConfig(id="bench", kind=ScannerKind.SERIAL, port=path),
        on_scan=lambda e: scans.put((time.perf_counter(), e)),
        on_status=states.put,
    )
    reader.start()
    try:
        while states.get(timeout=5).state is not DeviceState.CONNECTED:
            pass
        data = (LABEL + "\r").encode()
        samples: list[float] = []
        for i in range(n + WARMUP):
            t0 = time.perf_counter()
            os.write(master, data)
            t1, _ = scans.get(timeout=5)
            if i >= WARMUP:
                samples.append(t1 - t0)
    finally:
        reader.stop()
        os.close(master)
    bare = _bare_pyserial(n)
    figures = latency_ms(samples)
    return result(
        "scan_latency.serial",
        figures["p99_ms"],
        "ms p99",
        at_most=BUDGET_MS,
        details={
            **figures,
            "scans": n,
            "bare_pyserial": bare,
            "reference": reference("bare pyserial read p99", bare["p99_ms"], "ms"),
        },
    )


def _bare_pyserial(n: int) -> dict[str, float]:
    master, slave = os.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    port = serial.serial_for_url(path, timeout=1, exclusive=True)
    data = (LABEL + "\r").encode()
    samples: list[float] = []
    try:
        for i in range(n + WARMUP):
            t0 = time.perf_counter()
            os.write(master, data)
            got = b""
            while not got.endswith(b"\r"):
                got += port.read(port.in_waiting or 1)
            if i >= WARMUP:
                samples.append(time.perf_counter() - t0)
    finally:
        port.close()
        os.close(master)
    return latency_ms(samples)


def _explain(session: Session) -> Result:
    n = session.size(20_000, 2000)
    samples: list[float] = []
    for i in range(n + WARMUP):
        t0 = time.perf_counter()
        meaning = explain(LABEL)
        elapsed = time.perf_counter() - t0
        assert meaning.ok, meaning.errors
        if i >= WARMUP:
            samples.append(elapsed)
    figures = latency_ms(samples)
    return result(
        "scan_latency.explain", figures["p99_ms"], "ms p99", at_most=BUDGET_MS, details={**figures, "scans": n}
    )
