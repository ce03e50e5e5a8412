"""``GET /v1/health``: the server is up, and which version it runs (open to anyone)."""

from __future__ import annotations

from fastapi import APIRouter

from floorstation import __version__


def router() -> APIRouter:
    routes = APIRouter()

    @routes.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return routes
