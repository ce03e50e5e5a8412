"""The terminal's first screen comes up without the heavy libraries it does not need yet (DESIGN §10: cold start
≤ 1.0 s, ≤ 150 MB): the camera's OpenCV, numpy and zxing-cpp load when the camera starts (after the first
screen), Pillow and qrcode when a card is previewed or printed, httpx when the sync thread starts, biip on a
worker thread after the first screen, Alembic only to migrate, argon2 on the first PIN, the screens other than
sign-in when they are first opened, and the server's FastAPI and uvicorn never in the terminal. Each is checked
in a fresh process, the real ``floorstation`` command on the demo station, so nothing another test imported can
hide a regression.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

CAMERA = ("cv2", "numpy", "zxingcpp")
AFTER_FIRST_SCREEN = (*CAMERA, "httpx", "biip")
PRINTING = ("PIL", "qrcode")
#: Every screen but the first (sign-in): built, and their modules loaded, when first opened (``ui.screen_stack``).
LATER_SCREENS = tuple(
    f"floorstation.ui.screens.{name}"
    for name in ("home", "task", "pallet", "dispatch", "goods_in", "machine_down", "trace", "quality", "settings")
)
NEVER_AT_START = (
    *CAMERA,
    *PRINTING,
    "escpos",
    "httpx",
    "biip",
    "alembic",
    "argon2",
    "fastapi",
    "uvicorn",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
    "PySide6.QtPrintSupport",
    *LATER_SCREENS,
)

# The real command in a child; a timer notes what is loaded at the first usable screen, once the camera says it
# is connected and the background loading is done, and once a lot card was previewed, then closes the terminal
# (or after a minute, saying how far it got).
_CHILD = r"""
import json, sys
from PySide6.QtCore import QTimer
from floorstation import cli
from floorstation.app.printing import preview_card
from floorstation.ui import application
from floorstation.ui.main_window import MainWindow

app = application.application()
watched = json.loads(sys.argv[2])
seen = {}

def loaded():
    return sorted(m for m in watched if m in sys.modules)

def watch():
    for window in app.topLevelWidgets():
        if not (isinstance(window, MainWindow) and window.isVisible()):
            continue
        camera = window.registry.status("goods-in")
        if "first_screen" not in seen:
            if window.current() is window.sign_in and window.sign_in.name_buttons:
                seen["first_screen"] = loaded()
                seen["camera_at_first_screen"] = [camera.state, camera.detail]
            return
        if camera.state == "connected" and "biip" in sys.modules and "camera" not in seen:
            seen["camera"] = loaded()
            seen["camera_detail"] = camera.detail
            png = window.station.executor.call(preview_card, window.print_queue.pctx, "lot", "PP-2401")
            seen["preview_is_png"] = png.startswith(b"\x89PNG")
            seen["previewed"] = loaded()
            print(json.dumps(seen), flush=True)
            window.force_close()

timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(watch)
timer.start()
def give_up():
    print(json.dumps(seen), flush=True)
    app.quit()

QTimer.singleShot(60_000, give_up)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def run_terminal(data_dir: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FLOORSTATION_DATA_DIR", None)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir), json.dumps(NEVER_AT_START)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the terminal did not reach the camera and a card preview ({out.returncode}): {out.stderr[-3000:]}"
    seen: dict[str, Any] = json.loads(lines[-1])
    return seen


def test_the_first_screen_comes_up_without_camera_printing_sync_or_server_libraries(station_dir: Path) -> None:
    seen = run_terminal(station_dir)

    assert seen["first_screen"] == [], "loaded before the first screen although nothing needed them yet"
    assert seen["camera_at_first_screen"] == ["disconnected", "not started"], "the camera starts after the screen"
    # The features load what they need when they are used; the sync thread and GS1 reading once the screen is up.
    assert set(AFTER_FIRST_SCREEN) <= set(seen.get("camera", ())), f"after the first screen: {seen}"
    assert "demo-camera" in seen["camera_detail"], "the device health names where the camera's pictures come from"
    assert seen["preview_is_png"]
    assert set(PRINTING) <= set(seen["previewed"])
    assert not {"alembic", "fastapi", "uvicorn"} & set(seen["previewed"]), "a database at its newest schema"
