"""floorstation: an offline-first shop-floor terminal."""

__version__ = "0.1.0"
