"""The touchscreen terminal (PySide6). Only this package imports Qt."""
