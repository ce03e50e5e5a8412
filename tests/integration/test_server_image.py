"""The plant server's container image, built and run with Docker (``make image-check``; minutes, and a Docker
daemon, so not part of ``make test``; tests/integration/test_server_container.py runs the same steps without it):

* ``scripts/image-check.sh`` builds the image (on a Debian 12 made with debootstrap where Docker Hub cannot be
  reached) and runs it against PostgreSQL: /v1/health, the office's sign-in page, the first admin signing in, a
  restart that makes no second admin, Docker's own health check on a port other than the default;
* the image runs as its own user, without the terminal's libraries;
* a password file the image's user cannot read stops the container with what to do, instead of a bare ``cat``;
* ``--compose``: compose.yaml up with that image and a PostgreSQL (postgres:16, or Debian's 15 built here).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.serverkit import ENV_PG, new_schema, pg_database

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "image-check.sh"
ENV_RUN = "FLOORSTATION_TEST_IMAGE"
__all__ = ["pg_database"]


def docker_answers() -> bool:
    if shutil.which("docker") is None:
        return False
    return subprocess.run(["docker", "info"], capture_output=True, check=False, timeout=60).returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.pg,
    pytest.mark.skipif(
        os.environ.get(ENV_RUN) != "1",
        reason=f"builds the server's image with Docker (minutes): run by 'make image-check' ({ENV_RUN}=1)",
    ),
]


@pytest.fixture(scope="module")
def checked() -> Iterator[dict[str, str]]:
    """scripts/image-check.sh run once: its figures (image, base, image_bytes, build_seconds, healthy_seconds)."""
    if not docker_answers():
        pytest.skip("no Docker daemon answers ('docker info' fails): start one (docs/deploy.md, 'Checking the image')")
    env = dict(os.environ)
    if os.environ.get(ENV_PG):  # else the script's own default: postgres on 127.0.0.1
        env["FLOORSTATION_IMAGE_PG"] = os.environ[ENV_PG]
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=env, check=False, timeout=3600)
    assert done.returncode == 0, done.stdout + done.stderr
    figures = dict(re.findall(r"^image-check: (\w+)=(.*)$", done.stdout, re.MULTILINE))
    assert "image-check: ok" in done.stderr
    yield figures


def test_the_image_builds_and_serves_the_office_with_its_first_admin(checked: dict[str, str]) -> None:
    assert checked["image"] and checked["base"]
    assert 50_000_000 < int(checked["image_bytes"]) < 600_000_000
    assert float(checked["healthy_seconds"]) < 180


def in_image(image: str, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["docker", "run", "--rm", "--entrypoint", command[0], image, *command[1:]],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_the_image_runs_as_its_own_user_without_the_terminal_libraries(checked: dict[str, str]) -> None:
    assert in_image(checked["image"], "id", "-un").stdout.strip() == "floorstation"
    for module in ("PySide6", "cv2", "zxingcpp", "pyzbar", "serial", "escpos", "evdev"):
        found = in_image(
            checked["image"], "python", "-c", f"import importlib.util; print(importlib.util.find_spec({module!r}))"
        )
        assert found.stdout.strip() == "None", (module, found.stdout, found.stderr)
    version = in_image(checked["image"], "python", "-c", "import sys; print(sys.version_info[:2])")
    assert version.stdout.strip() == "(3, 11)"


def test_an_unreadable_password_file_stops_the_container_saying_what_to_do(
    checked: dict[str, str], pg_database: str, tmp_path: Path
) -> None:
    secret = tmp_path / "admin-password.txt"
    secret.write_text("a long password for the plant\n")
    secret.chmod(0o600)  # umask 077, as the compose file's header used to say: this user's, not the image's user's
    started = subprocess.run(
        [
            "docker",
            "run",
            "--rm",
            "--network",
            "host",
            "-e",
            f"FLOORSTATION_SERVER_DB={new_schema(pg_database)}",
            "-e",
            "FLOORSTATION_ADMIN_USER=admin",
            "-e",
            "FLOORSTATION_ADMIN_PASSWORD_FILE=/run/secrets/admin_password",
            "-v",
            f"{secret}:/run/secrets/admin_password:ro",
            checked["image"],
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert started.returncode == 1, started.stdout + started.stderr
    assert "cannot read /run/secrets/admin_password as user 8470" in started.stderr
    assert "chown 8470 admin-password.txt" in started.stderr


def compose_command() -> list[str] | None:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True, check=False).returncode == 0:
        return ["docker", "compose"]
    return None


def test_compose_up_runs_the_server_with_its_database_and_first_admin(checked: dict[str, str]) -> None:
    if compose_command() is None:
        pytest.skip("no docker compose (the compose plugin, or Debian's docker-compose)")
    env = dict(os.environ, FLOORSTATION_IMAGE_BASE=checked["base"])
    done = subprocess.run(
        ["bash", str(SCRIPT), "--compose"], capture_output=True, text=True, env=env, check=False, timeout=1800
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "the office signs in its first admin" in done.stderr and "Docker calls the server healthy" in done.stderr
    leftovers = subprocess.run(
        ["docker", "ps", "-a", "--filter", "name=floorstation-image-check", "-q"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert leftovers.stdout.strip() == ""
