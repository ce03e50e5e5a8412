"""Scan sources, decoders and printers: the station's hardware behind small, Qt-free interfaces (DESIGN §5).

Every device runs on its own worker thread and reports through plain callbacks; a device that disappears is a
status, not an exception. Devices import nothing of the project but ``floorstation.domain``.
"""
