"""Pallet card: button -> bytes at the printer (DESIGN §10, budget 200 ms), for ESC/POS and ZPL.

The clock starts where the Print button's handler would call ``request_card`` (validate, build the card from
station data, queue it durably) and stops when a loopback printer has received the whole job — after the
worker claimed it, rendered it, asked the printer's status, sent it and committed ``card.printed`` with the job
done. The reference is a bare socket connect-and-send of the same bytes.
"""

from __future__ import annotations

import socket
import threading
import time

from bench import Result, Session, latency_ms, reference, result
from floorstation import bootstrap
from floorstation.app import operators, pallets, printing, tasks

BUDGET_MS = 200.0


class LoopbackPrinter:
    """Answers status queries as ready; ``received`` is set when a connection closed after sending a job."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.received = threading.Event()
        self.last = b""
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                    while data.startswith(b"\x10\x04") and len(data) >= 3:
                        conn.sendall(b"\x12")
                        data = data[3:]
                    if data.startswith(b"~HS\r\n"):
                        conn.sendall(b"\x02030,0,0\x03\r\n\x02000,0,0\x03\r\n\x021234,0\x03\r\n")
                        data = data[5:]
            if data:
                self.last = data
                self.received.set()

    def close(self) -> None:
        self.server.close()


def _pallet(station: bootstrap.Station) -> str:
    for badge in ("B1001", "B2001"):
        operators.sign_in(station.ctx, badge=badge)
    tasks.start_task(station.ctx, "304/2023-10", "anna")
    lot = tasks.stop_task(station.ctx, "304/2023-10", "anna", good=4000).output_lot
    assert lot is not None
    return pallets.build_pallet(station.ctx, "marta", lot, 2000).sscc


def run(session: Session) -> list[Result]:
    station = session.demo_station("printing")
    sscc = _pallet(station)
    pctx = bootstrap.printing(station)
    worker = printing.PrintWorker(pctx)
    rounds = session.size(40, 8)
    out: list[Result] = []
    for language in ("escpos", "zpl"):
        fake = LoopbackPrinter()
        url = f"{language}+tcp://127.0.0.1:{fake.port}"
        samples: list[float] = []
        bare: list[float] = []
        try:
            for n in range(rounds + 1):
                fake.received.clear()
                t0 = time.perf_counter()
                printing.request_card(pctx, "marta", "pallet", sscc, url, reprint=True)
                worker.run_once()
                if not fake.received.wait(5):
                    raise RuntimeError(f"the {language} printer received nothing")
                elapsed = time.perf_counter() - t0
                job = fake.last
                fake.received.clear()
                t0 = time.perf_counter()
                with socket.create_connection(("127.0.0.1", fake.port)) as sock:
                    sock.sendall(job)
                fake.received.wait(5)
                if n:  # the first round warms imports and caches
                    samples.append(elapsed)
                    bare.append(time.perf_counter() - t0)
        finally:
            fake.close()
        lat = latency_ms(samples)
        out.append(
            result(
                f"printing.pallet_card_{language}.p99",
                lat["p99_ms"],
                "ms",
                at_most=BUDGET_MS,
                details={
                    "rounds": rounds,
                    "latency_ms": lat,
                    "job_bytes": len(job),
                    "reference": reference("bare send of the same bytes, p50", latency_ms(bare)["p50_ms"], "ms"),
                },
            )
        )
    return out
