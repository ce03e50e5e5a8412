import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Qt is imported only below this line, so the offscreen platform is chosen before any QApplication exists.
import dataclasses
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app.handle import StationHandle
from floorstation.app.status import LocalSync
from floorstation.runtime import Runtime
from floorstation.ui import theme
from floorstation.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


#: What a test may hand the window besides the station: the runtime's handle fields (see app/handle.py).
HANDLE_FIELDS = {f.name for f in dataclasses.fields(StationHandle)}


def runtime_for(station: bootstrap.Station, options: dict[str, object]) -> tuple[Runtime, StationHandle]:
    """The runtime around the test's station (started: its database thread, its print worker when printing is
    given; devices and sync are left to the test), and its handle with the test's own sources put in."""
    runtime = Runtime(
        station,
        devices=options.pop("devices", None),  # type: ignore[arg-type]
        printing=options.pop("printing", None),  # type: ignore[arg-type]
        closes_station=False,
        print_stop_s=60,  # a loaded machine renders a card slowly: wait for the worker rather than leave it
    )
    runtime.start()
    outbox = bootstrap.outbox(station)
    handle = runtime.handle()
    handle.sync_status = lambda: LocalSync(outbox.stats().pending)
    handle.server_info = None  # the settings say "unknown" unless a test gives the enrollment
    for name in [n for n in options if n in HANDLE_FIELDS]:
        setattr(handle, name, options.pop(name))
    return runtime, handle


@pytest.fixture
def make_window(qtbot: QtBot, station: bootstrap.Station) -> Iterator[MakeWindow]:
    """Build the terminal on the demo station (themed, 1280x800 unless told) with its runtime; the window is shut
    down and the runtime stopped after the test."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    made: list[tuple[MainWindow, Runtime]] = []

    def make(*, size: tuple[int, int] = (1280, 800), **options: object) -> MainWindow:
        options.setdefault("idle_seconds", 0)
        runtime, handle = runtime_for(station, options)
        window = MainWindow(handle, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(window.bridge.is_idle, timeout=20_000)  # the first reading, on a loaded machine too
        made.append((window, runtime))
        return window

    yield make
    for window, runtime in made:
        window.shutdown()
        runtime.stop()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
