"""The central floorstation server."""
