"""The screens' names in the side menu, known before a screen is built (``ui.screen_stack`` builds them on first
use)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def screen_title(name: str) -> str:
    """The screen's name in the side menu, in the terminal's language (the screen's own translation context, so a
    screen built or not says the same)."""
    titles = {
        "home": QCoreApplication.translate("HomeScreen", "Home"),
        "task": QCoreApplication.translate("TaskScreen", "Task"),
        "pallet": QCoreApplication.translate("PalletScreen", "Pallet"),
        "dispatch": QCoreApplication.translate("DispatchScreen", "Dispatch"),
        "goods_in": QCoreApplication.translate("GoodsInScreen", "Goods in"),
        "machine_down": QCoreApplication.translate("MachineDownScreen", "Out of order"),
        "trace": QCoreApplication.translate("TraceScreen", "Trace"),
        "quality": QCoreApplication.translate("QualityScreen", "Quality"),
        "sign_in": QCoreApplication.translate("SignInScreen", "Sign in"),
        "settings": QCoreApplication.translate("SettingsScreen", "Settings"),
    }
    return titles.get(name, name)
