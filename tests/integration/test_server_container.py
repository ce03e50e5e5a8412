"""The plant server as ``docker compose up`` starts it (Dockerfile, compose.yaml, packaging/docker/), run here
without Docker: the image's entry point with the compose file's environment and the image's command, on the
server's dependencies only (the terminal's Qt, camera and device libraries cannot be imported)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests.integration.serverkit import free_port, pg_database

REPO = Path(__file__).resolve().parents[2]
ENTRYPOINT = REPO / "packaging" / "docker" / "entrypoint.sh"
__all__ = ["pg_database"]
TERMINAL_ONLY_MODULES = ("PySide6", "shiboken6", "cv2", "zxingcpp", "pyzbar", "serial", "escpos", "evdev")


def image_command() -> list[str]:
    """The Dockerfile's CMD (the arguments its entry point gets)."""
    [line] = [line for line in (REPO / "Dockerfile").read_text().splitlines() if line.startswith("CMD ")]
    command: list[str] = json.loads(line.removeprefix("CMD "))
    return command


def compose_environment(**values: str) -> dict[str, str]:
    """The server service's environment from compose.yaml, its ${VARIABLES} filled from ``values``."""
    lines = (REPO / "compose.yaml").read_text().splitlines()
    start = lines.index("  server:")
    block = lines.index("    environment:", start)
    found: dict[str, str] = {}
    for line in lines[block + 1 :]:
        if not line.startswith("      "):
            break
        if line.strip().startswith("#"):
            continue
        name, value = line.strip().split(":", 1)
        found[name] = re.sub(
            r"\$\{(\w+)(?::-([^}]*)|:\?[^}]*)?\}", lambda m: values.get(m.group(1)) or m.group(2) or "", value.strip()
        )
    return found


@pytest.fixture
def server_only(tmp_path: Path) -> Path:
    """A folder whose sitecustomize makes the terminal's libraries unimportable, as in the server image."""
    folder = tmp_path / "server-only"
    folder.mkdir()
    (folder / "sitecustomize.py").write_text(
        f"import sys\nfor name in {TERMINAL_ONLY_MODULES!r}:\n    sys.modules[name] = None\n"
    )
    return folder


def start(env: dict[str, str], port: int) -> subprocess.Popen[str]:
    command = [part.replace("0.0.0.0", "127.0.0.1").replace("8470", str(port)) for part in image_command()]
    return subprocess.Popen(
        ["sh", str(ENTRYPOINT), *command], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


@pytest.fixture
def compose_db(pg_database: str) -> str:
    """An empty PostgreSQL database of the test's own (a schema), as compose's db service gives the server."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    dsn = make_url(pg_database).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg_database}?options=-csearch_path%3D{schema}"


@pytest.fixture
def environment(tmp_path: Path, compose_db: str, server_only: Path) -> dict[str, str]:
    password = tmp_path / "admin-password.txt"
    password.write_text("a long password for the plant\n")
    env = compose_environment()
    env |= {"FLOORSTATION_SERVER_DB": compose_db, "FLOORSTATION_ADMIN_PASSWORD_FILE": str(password)}
    paths = [str(server_only), os.environ.get("PYTHONPATH", "")]
    # The image has its environment's commands on PATH (floorstation-server): here, this Python's environment.
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    return dict(
        os.environ, **env, PATH=path, PYTHONPATH=os.pathsep.join(p for p in paths if p), PYTHONWARNINGS="ignore"
    )


@pytest.fixture
def running(environment: dict[str, str]) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    server = start(environment, port)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180  # four commands start one after another; a busy machine is slow at it
    try:
        while True:
            try:
                httpx.get(f"{url}/v1/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stdout.read() if server.stdout else ""
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.1)
        yield url, server
    finally:
        server.terminate()
        server.communicate(timeout=30)


def sign_in(url: str, name: str, password: str) -> httpx.Response:
    with httpx.Client(base_url=url) as client:
        page = client.get("/login")
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert token is not None, page.text
        return client.post("/login", data={"username": name, "password": password, "csrf": token.group(1)})


@pytest.mark.slow
@pytest.mark.pg
def test_compose_up_gives_a_plant_server_with_the_office_and_its_first_admin(
    running: tuple[str, subprocess.Popen[str]], environment: dict[str, str]
) -> None:
    url, _ = running
    assert httpx.get(f"{url}/v1/health").status_code == 200
    login = httpx.get(f"{url}/login")
    assert login.status_code == 200 and "password" in login.text
    signed_in = sign_in(url, "admin", "a long password for the plant")
    cookies = " ".join(signed_in.headers.get_list("set-cookie"))
    assert signed_in.status_code == 303 and "HttpOnly" in cookies and "Secure" not in cookies
    # Behind a TLS proxy that says so (X-Forwarded-Proto from an address in FORWARDED_ALLOW_IPS): Secure cookies.
    proxied = httpx.get(f"{url}/login", headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in " ".join(proxied.headers.get_list("set-cookie"))

    # Started again (docker compose restart): the same database, no second admin.
    again = subprocess.run(
        ["sh", str(ENTRYPOINT), "user", "list"], env=environment, capture_output=True, text=True, check=False
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert [line.split()[:2] for line in again.stdout.splitlines() if line.startswith("admin")] == [["admin", "admin"]]


def test_the_image_installs_the_server_dependencies_only() -> None:
    listed = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "docker" / "server-requirements.py"), str(REPO / "pyproject.toml")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    names = {re.split(r"[\s\[<>=!~;]", line, maxsplit=1)[0].lower() for line in listed if line}
    assert {"fastapi", "uvicorn", "sqlalchemy", "psycopg", "alembic", "jinja2"} <= names
    assert not names & {"pyside6-essentials", "opencv-python-headless", "evdev", "pyserial"}
