"""ZPL labels and PDF pages scan as the pallet: rendered (Zebrash via npm zpl-renderer-js, pdftoppm) and decoded."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import biip
import pytest
import zxingcpp
from PIL import Image

from floorstation import bootstrap
from floorstation.app import printing
from floorstation.domain.printjobs import JobState
from tests.integration.print_station import Printable, printable
from tests.integration.printer_fakes import FakePrinter

REPO = Path(__file__).resolve().parents[2]
NODE_DIR = REPO / "build" / "test-node"  # build/ is ignored by git
RENDER = """
import { ready } from "zpl-renderer-js";
import { readFileSync, writeFileSync } from "fs";
const { api } = await ready;
const b64 = await api.zplToBase64Async(readFileSync(0, "utf8"), 101.6, 152.4, 8);
writeFileSync(process.argv[2], Buffer.from(b64, "base64"));
"""


@pytest.fixture(scope="session")
def zpl_renderer() -> Path:
    """``node render.mjs OUT.png < label.zpl``; installs zpl-renderer-js 3.4.0 once (skips without node/npm)."""
    if not (shutil.which("node") and shutil.which("npm")):
        pytest.skip("node and npm are needed to render ZPL (zpl-renderer-js)")
    NODE_DIR.mkdir(parents=True, exist_ok=True)
    if not (NODE_DIR / "node_modules" / "zpl-renderer-js").is_dir():
        done = subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(NODE_DIR), "zpl-renderer-js@3.4.0"],
            check=False,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            pytest.skip(f"npm could not install zpl-renderer-js: {done.stderr.strip()[-300:]}")
    script = NODE_DIR / "render.mjs"
    script.write_text(RENDER)
    return script


@pytest.fixture
def setup(station: bootstrap.Station) -> Printable:
    return printable(station)


@pytest.fixture
def printer() -> Iterator[FakePrinter]:
    fake = FakePrinter()
    yield fake
    fake.close()


def _elements(results: list[tuple[str, str]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for aim, text in results:
        if aim == "]C1":
            message = biip.parse(aim + text).gs1_message
            assert message is not None
            found.update({e.ai.ai: e.value for e in message.element_strings})
    return found


def _decode(path: Path) -> list[tuple[str, str]]:
    results = zxingcpp.read_barcodes(Image.open(path).convert("L"), text_mode=zxingcpp.TextMode.Plain)
    return [(r.symbology_identifier, r.text) for r in results]


def _expected(setup: Printable) -> dict[str, str]:
    return {"00": setup.pallet.sscc, "02": "05901234000017", "37": "2000", "10": setup.lot}


def test_zpl_fields_carry_the_gs1_data(setup: Printable, printer: FakePrinter) -> None:
    """Without a renderer: read our own ^BC fields back (explicit start code, >8 FNC1, >6 to set B)."""
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, f"zpl+tcp://{printer.url_host}")
    assert setup.worker.run_once() is not None
    zpl = printer.wait_for_jobs(1)[0].decode()
    placed = re.findall(r"\^FO\d+,(\d+)\^BY\d\^BCN,\d+,N,N,N\^FD(.*?)\^FS", zpl)
    fields = [data for _, data in sorted(placed, key=lambda p: int(p[0]))]  # top to bottom
    scans = []
    for data in fields:
        assert data.startswith(">;>8") or data.startswith(">:>8")
        text = data[4:]
        text = re.sub(r">8", "\x1d", text).replace(">6", "").replace(">5", "")
        scans.append(("]C1", text))
    assert _elements(scans).items() >= _expected(setup).items()
    assert fields[-1] == ">;>800" + setup.pallet.sscc  # the lowest symbol is the SSCC, all in set C


def test_zpl_label_renders_and_scans(
    setup: Printable, printer: FakePrinter, zpl_renderer: Path, tmp_path: Path
) -> None:
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, f"zpl+tcp://{printer.url_host}")
    assert setup.worker.run_once() is not None
    png = tmp_path / "label.png"
    subprocess.run(
        ["node", str(zpl_renderer), str(png)], input=printer.wait_for_jobs(1)[0], check=True, cwd=NODE_DIR, timeout=60
    )
    scans = _decode(png)
    assert _elements(scans).items() >= _expected(setup).items()
    qr = [text for aim, text in scans if aim.startswith("]Q")]
    assert qr and qr[0].startswith(f"https://id.gs1.org/00/{setup.pallet.sscc}?")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed")
def test_pdf_page_scans_as_the_pallet(setup: Printable, tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    printing.request_card(setup.pctx, "marta", "pallet", setup.pallet.sscc, f"pdf://{out}")
    done = setup.worker.run_once()
    assert done is not None and done.state is JobState.DONE
    subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(out), str(tmp_path / "page")], check=True)
    [page] = sorted(tmp_path.glob("page*.png"))
    scans = _decode(page)
    assert _elements(scans).items() >= _expected(setup).items()
    assert [aim for aim, _ in scans].count("]C1") >= 3


def test_preview_is_a_png_that_scans(setup: Printable, tmp_path: Path) -> None:
    png = tmp_path / "preview.png"
    png.write_bytes(printing.preview_card(setup.pctx, "pallet", setup.pallet.sscc))
    assert _elements(_decode(png)).items() >= _expected(setup).items()
