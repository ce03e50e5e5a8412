"""``[[printer]]`` and ``[card]`` in station.toml: the examples of docs/printers.md load as written, the demo's
printer writes into its own data folder, and every mistake is refused with a message that names it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from floorstation import config as station_config
from floorstation import paths
from floorstation.domain.cards import LOT_LINES, CardLayout
from floorstation.domain.errors import InvalidInput
from floorstation.domain.printers import PrinterRole, StationPrinter, default_for

DOCS = Path(__file__).resolve().parents[2] / "docs"
STATION = '[station]\nstation_id = "ST-09"\nstation_code = "G9"\n'
TOML_BLOCK = re.compile(r"^```toml\n(.*?)^```", re.S | re.M)


def examples() -> list[str]:
    return TOML_BLOCK.findall((DOCS / "printers.md").read_text(encoding="utf-8"))


def load(tmp_path: Path, text: str) -> station_config.StationConfig:
    path = tmp_path / "station.toml"
    path.write_text(text if "[station]" in text else STATION + text, encoding="utf-8")
    return station_config.load(path)


def test_the_docs_example_with_three_printers_and_a_layout(tmp_path: Path) -> None:
    (text,) = [t for t in examples() if "zpl+tcp" in t]
    cfg = load(tmp_path, text)
    dock, line, office = cfg.printers
    assert (dock.name, dock.role, dock.url) == (
        "dock",
        PrinterRole.PALLET_CARD,
        "zpl+tcp://10.0.0.21:9100?width_mm=101.6&height_mm=152.4",
    )
    assert line.url == "escpos+tcp://10.0.0.22:9100?profile=TM-T20II"
    assert office.url == "qt://Office-HP?width_mm=148&height_mm=210"
    assert default_for(cfg.printers, "pallet") is dock
    assert default_for(cfg.printers, "lot") is line
    assert cfg.card.company == "ACME Plastics Sp. z o.o."
    assert cfg.card.pallet_lines == ("sscc", "content", "count", "lot", "date", "produced", "work_order")
    assert cfg.card.qr


def test_every_docs_example_loads(tmp_path: Path) -> None:
    blocks = examples()
    assert len(blocks) >= 2
    for n, text in enumerate(blocks):
        folder = tmp_path / str(n)
        folder.mkdir()
        assert len(load(folder, text).printers) == text.count("[[printer]]")


def test_the_docs_name_every_option() -> None:
    page = (DOCS / "printers.md").read_text(encoding="utf-8")
    for name in [*StationPrinter.__dataclass_fields__, *CardLayout.__dataclass_fields__, *LOT_LINES]:
        assert f"`{name}`" in page, name


def test_the_demo_prints_pdf_files_into_its_data_folder(tmp_path: Path) -> None:
    text = (paths.resources_dir() / "demo" / "station.toml").read_text(encoding="utf-8")
    (office,) = load(tmp_path, text).printers
    assert office.name == "office" and office.role is PrinterRole.BOTH
    assert office.url == f"pdf://{tmp_path.resolve()}/cards/"


def test_the_configuration_survives_being_written_again(tmp_path: Path) -> None:
    (text,) = [t for t in examples() if "zpl+tcp" in t]
    cfg = load(tmp_path, text)
    again = load(tmp_path, station_config.dump(cfg))
    assert again.printers == cfg.printers
    assert again.card == cfg.card


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[[printer]]\nname = "a"\nurl = "pdf:x/"\ncolour = 1\n', r"unknown settings \['colour'\]"),
        ('[[printer]]\nurl = "pdf:x/"\n', "needs a name"),
        ('[[printer]]\nname = "front desk"\nurl = "pdf:x/"\n', "no spaces"),
        ('[[printer]]\nname = "a"\n', r"printer 1 \(a\): needs a url"),
        ('[[printer]]\nname = "a"\nurl = "lpt1"\n', "cannot print to 'lpt1'"),
        ('[[printer]]\nname = "a"\nurl = "zpl+tcp://h:9100?speed=3"\n', "zpl printers have no option speed"),
        ('[[printer]]\nname = "a"\nurl = "pdf:x/"\nrole = "pallet"\n', "role 'pallet' is not one of"),
        ('[[printer]]\nname = "a"\nurl = "zpl+tcp://h"\nprofile = "TM-T20II"\n', "profile is for ESC/POS"),
        ('[[printer]]\nname = "a"\nurl = "escpos+tcp://h"\nlabel_height_mm = 80\n', "receipt roll"),
        ('[[printer]]\nname = "a"\nurl = "zpl+tcp://h"\nlabel_width_mm = 4\n', "4 mm cannot be right"),
        ('[[printer]]\nname = "a"\nurl = "zpl+tcp://h"\nlabel_width_mm = "4in"\n', "number of millimetres"),
        (
            '[[printer]]\nname = "a"\nurl = "zpl+tcp://h?width_mm=100"\nlabel_width_mm = 101.6\n',
            "URL says width_mm=100 but the table says 101.6",
        ),
        ('[[printer]]\nname = "a"\nurl = "pdf:x/"\n[[printer]]\nname = "a"\nurl = "pdf:y/"\n', "named 'a'"),
        ("printer = 3\n" + STATION, r"list of tables \(\[\[printer\]\]\)"),
        ('[card]\nlogo = "acme.png"\n', r"unknown settings \['logo'\]"),
        ('[card]\npallet_lines = ["lot", "count"]\n', "must include 'sscc'"),
        ('[card]\nlot_lines = ["lot", "colour"]\n', r"unknown \['colour'\]"),
        ('[card]\nlot_lines = ["lot", "lot"]\n', "names a line twice"),
        ('[card]\nlot_lines = "lot"\n', "must be a list of line names"),
        ("[card]\nqr = 1\n", "qr must be a bool"),
        (f'[card]\ncompany = "{"x" * 61}"\n', "longer than 60"),
    ],
)
def test_mistakes_are_refused_with_what_to_change(tmp_path: Path, table: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message) as refused:
        load(tmp_path, table)
    assert str(tmp_path / "station.toml") in refused.value.message


def test_a_relative_pdf_path_is_the_data_folders_and_an_absolute_one_stays(tmp_path: Path) -> None:
    cfg = load(
        tmp_path,
        '[[printer]]\nname = "a"\nurl = "pdf:cards/x.pdf?page=A6"\n[[printer]]\nname = "b"\nurl = "pdf:///srv/c/"\n',
    )
    assert [p.url for p in cfg.printers] == [f"pdf://{tmp_path.resolve()}/cards/x.pdf?page=A6", "pdf:///srv/c/"]
