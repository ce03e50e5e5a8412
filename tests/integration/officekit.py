"""Helpers for the plant office tests: users of each role and a browser-like HTTP client that signs in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from sqlalchemy import Engine

from floorstation.server.office.users import add_user

PASSWORD = "correct horse battery"
ROLES = ("admin", "manager", "quality", "planner", "viewer")


def add_users(engine: Engine) -> None:
    """One user per role, named after it, all with :data:`PASSWORD`."""
    for role in ROLES:
        add_user(engine, role, role, PASSWORD)


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]*)"', page)
    assert found is not None, page[:500]
    return found.group(1)


def login_form(client: httpx.Client) -> str:
    """Open /login like a browser does: the CSRF field of its form."""
    page = client.get("/login")
    assert page.status_code == 200
    return csrf_of(page.text)


def sign_in(client: httpx.Client, name: str, password: str = PASSWORD) -> httpx.Response:
    csrf = login_form(client)
    return client.post("/login", data={"username": name, "password": password, "csrf": csrf})


def sign_in_page(page: Any, url: str, name: str, password: str = PASSWORD, *, lands_home: bool = True) -> None:
    """Sign in on the office's /login page in a browser (a Playwright page) as a person does; ``lands_home``: and
    wait until the office has shown its first page (a refused sign-in stays on /login)."""
    page.goto(f"{url}/login")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    if lands_home:
        page.wait_for_url(f"{url}/")


@contextmanager
def office_client(url: str, name: str | None = None) -> Iterator[httpx.Client]:
    """A client of the office at ``url``, signed in as ``name`` when given (redirects are not followed)."""
    with httpx.Client(base_url=url, timeout=30) as client:
        if name is not None:
            answer = sign_in(client, name)
            assert answer.status_code == 303, answer.text[:500]
        yield client
