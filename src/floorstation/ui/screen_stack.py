"""The terminal's screens, each built the first time it is shown (or asked for), so the terminal comes up with its
first screen alone (DESIGN §10: cold start to a usable screen): which screens there are, their titles for the side
menu before they exist, and the stack that shows one at a time.

A screen built later is built as it would have been at start: in the language chosen then (its constructor sets
its texts from the translations installed), reading the station view the window has when it is shown (``shown``),
taking scans through the window like every other screen.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget

from floorstation.ui.screens.base import Screen

#: Each screen by name: the module and class that make it (loaded when the screen is first built).
SCREEN_CLASSES: dict[str, tuple[str, str]] = {
    "home": ("floorstation.ui.screens.home", "HomeScreen"),
    "task": ("floorstation.ui.screens.task", "TaskScreen"),
    "pallet": ("floorstation.ui.screens.pallet", "PalletScreen"),
    "dispatch": ("floorstation.ui.screens.dispatch", "DispatchScreen"),
    "goods_in": ("floorstation.ui.screens.goods_in", "GoodsInScreen"),
    "machine_down": ("floorstation.ui.screens.machine_down", "MachineDownScreen"),
    "trace": ("floorstation.ui.screens.trace", "TraceScreen"),
    "quality": ("floorstation.ui.screens.quality", "QualityScreen"),
    "sign_in": ("floorstation.ui.screens.sign_in", "SignInScreen"),
    "settings": ("floorstation.ui.screens.settings", "SettingsScreen"),
}


def screen_class(name: str) -> type[Screen]:
    module, cls = SCREEN_CLASSES[name]
    made = getattr(importlib.import_module(module), cls)
    assert isinstance(made, type) and issubclass(made, Screen)
    return made


class ScreenStack(QStackedWidget):
    """The screens, one shown at a time; a screen is made by its maker on first use.

    Signals: built(Screen): a screen was just made and added (the window connects its signals then).
    """

    built = Signal(object)

    def __init__(self, makers: Mapping[str, Callable[[], Screen]]) -> None:
        super().__init__()
        self._makers = dict(makers)
        self._screens: dict[str, Screen] = {}

    def __contains__(self, name: object) -> bool:
        return name in self._makers

    def __iter__(self) -> Iterator[str]:
        return iter(self._makers)

    def __getitem__(self, name: str) -> Screen:
        return self.named(name)

    def named(self, name: str) -> Screen:
        """The screen ``name``, made now when it was not yet (KeyError: no such screen)."""
        made = self._screens.get(name)
        if made is None:
            made = self._makers[name]()
            self._screens[name] = made
            self.addWidget(made)
            self.built.emit(made)
        return made

    def made(self, name: str) -> Screen | None:
        """The screen ``name`` if it was made already (None: nobody has opened it yet)."""
        return self._screens.get(name)

    def shown(self) -> Screen:
        widget = self.currentWidget()
        assert isinstance(widget, Screen)
        return widget
