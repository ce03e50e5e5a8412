"""The plant's apt repository of floorstation packages, served at ``/packages/`` (``run --packages DIR``).

The folder is a flat repository made by ``scripts/apt-repo.sh`` (Packages, Release, the .deb files; InRelease and
the public key when it was signed). The stations' apt reads it without a token: packages hold no secrets, and a
signed repository is checked by apt against the key the IT person installed, whoever serves it. Nothing here
writes to the folder; the server only reads what is there at each request, so a new release is published by
running the script again, with the server running.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.staticfiles import StaticFiles

PATH = "/packages"
ENV_PACKAGES = "FLOORSTATION_PACKAGES_DIR"


def mount(app: FastAPI, folder: Path | None) -> None:
    if folder is None:
        return
    app.mount(PATH, StaticFiles(directory=folder, check_dir=True), name="packages")
