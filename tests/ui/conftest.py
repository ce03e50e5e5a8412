import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Qt is imported only below this line, so the offscreen platform is chosen before any QApplication exists.
from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from floorstation import bootstrap
from floorstation.app.status import LocalSync
from floorstation.ui import theme
from floorstation.ui.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, station: bootstrap.Station) -> Iterator[MakeWindow]:
    """Build the terminal on the demo station (themed, 1280x800 unless told); shut down after the test."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app)
    outbox = bootstrap.outbox(station)
    made: list[MainWindow] = []

    def make(*, size: tuple[int, int] = (1280, 800), **options: object) -> MainWindow:
        options.setdefault("sync_status", lambda: LocalSync(outbox.stats().pending))
        options.setdefault("idle_seconds", 0)
        ctx = options.pop("ctx", station.ctx)
        config = options.pop("config", station.config)
        window = MainWindow(ctx, config, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitUntil(window.bridge.is_idle)
        made.append(window)
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def window(make_window: MakeWindow) -> MainWindow:
    return make_window()
