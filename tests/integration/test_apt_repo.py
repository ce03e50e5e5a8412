"""The plant's apt repository: scripts/apt-repo.sh makes it, `floorstation-server run --packages` serves it, and a
station's apt finds the newer release there, signed, and refuses an index that was changed on the way."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from floorstation.server import cli as server_cli
from floorstation.server.db import open_database
from floorstation.server.settings import ServerSettings
from tests.integration.serverkit import LiveServer

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "apt-repo.sh"

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("apt-ftparchive", "apt-get", "apt-cache", "dpkg-deb", "gpg")),
    reason="needs Debian's apt-utils (apt-ftparchive), apt, dpkg-deb and gpg: scripts/setup.sh installs them",
)


def package(folder: Path, name: str, version: str) -> Path:
    tree = folder / f"{name}-{version}"
    (tree / "DEBIAN").mkdir(parents=True)
    (tree / "DEBIAN" / "control").write_text(
        f"Package: {name}\nVersion: {version}\nArchitecture: all\nMaintainer: Plant IT <it@example.org>\n"
        f"Description: {name} {version}\n",
        encoding="utf-8",
    )
    deb = folder / f"{name}_{version}_all.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Znone", "--build", tree, deb], check=True, capture_output=True)
    return deb


def publish(repo: Path, *debs: Path, sign: str | None = None, keep: int = 3) -> str:
    args = ["bash", str(SCRIPT), "--keep", str(keep)]
    if sign:
        args += ["--sign", sign]
    done = subprocess.run(
        [*args, str(repo), *map(str, debs)], check=False, capture_output=True, text=True, env=os.environ
    )
    assert done.returncode == 0, done.stderr
    return done.stderr


class Apt:
    """apt of a station, in folders of its own (nothing of the machine's apt is read or changed)."""

    def __init__(self, root: Path, source: str) -> None:
        etc = root / "etc"
        for folder in ("state/lists/partial", "cache/archives/partial", "etc/apt.conf.d", "etc/preferences.d"):
            (root / folder).mkdir(parents=True)
        (root / "state" / "status").touch()
        (etc / "sources.list").write_text(source + "\n", encoding="utf-8")
        self.options = [
            f"-oDir::State={root / 'state'}",
            f"-oDir::State::status={root / 'state' / 'status'}",
            f"-oDir::Cache={root / 'cache'}",
            f"-oDir::Etc={etc}",
            f"-oDir::Etc::sourcelist={etc / 'sources.list'}",
            f"-oDir::Etc::sourceparts={etc / 'sources.list.d'}",
            f"-oDir::Etc::Parts={etc / 'apt.conf.d'}",
            f"-oDir::Etc::Preferences={etc / 'preferences'}",
            f"-oDir::Etc::PreferencesParts={etc / 'preferences.d'}",
            f"-oDir::Etc::Trusted={etc / 'trusted.gpg'}",
            f"-oDir::Etc::TrustedParts={etc / 'trusted.gpg.d'}",
            "-oAPT::Sandbox::User=root",
            "-oDebug::NoLocking=1",
            "-oAcquire::Retries=0",
        ]

    def update(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["apt-get", *self.options, "update"], check=False, capture_output=True, text=True)

    def candidate(self, name: str) -> str:
        policy = subprocess.run(
            ["apt-cache", *self.options, "policy", name], check=False, capture_output=True, text=True
        )
        lines = [line.strip() for line in policy.stdout.splitlines()]
        return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("Candidate:")), "")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[LiveServer, Path]]:
    """The server with a repository of one release (the packages never touch its database: SQLite is enough)."""
    repo = tmp_path / "repo"
    publish(repo, package(tmp_path, "floorstation", "1.4.0"))
    # Published the day before: an index rewritten within the same second, at the same size, would look unchanged
    # to apt's If-Modified-Since (a second's resolution), which no real release runs into.
    yesterday = time.time() - 86_400
    for published in repo.iterdir():
        os.utime(published, (yesterday, yesterday))
    engine = open_database(f"sqlite:///{tmp_path / 'server.db'}")
    server = LiveServer(engine, settings=ServerSettings(packages_dir=repo)).start()
    yield server, repo
    server.stop()
    engine.dispose()


def test_a_station_finds_the_newer_release_on_the_plant_server(served: tuple[LiveServer, Path], tmp_path: Path) -> None:
    server, repo = served
    apt = Apt(tmp_path / "station", f"deb [trusted=yes] {server.url}/packages/ ./")
    updated = apt.update()
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert apt.candidate("floorstation") == "1.4.0"

    # A new release published while the server runs: the station's next update finds it.
    newer = [package(tmp_path, name, "1.5.0") for name in ("floorstation", "floorstation-terminal")]
    said = publish(repo, *newer)
    assert "added floorstation 1.5.0" in said
    assert apt.update().returncode == 0
    assert apt.candidate("floorstation") == "1.5.0"
    assert apt.candidate("floorstation-terminal") == "1.5.0"
    deb = httpx.get(f"{server.url}/packages/floorstation_1.5.0_all.deb")
    assert deb.status_code == 200 and deb.content == (repo / "floorstation_1.5.0_all.deb").read_bytes()


def test_the_repository_keeps_the_newest_releases_in_dpkg_order(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    versions = ["1.9.0", "1.10.0", "1.10.0~rc1", "1.2.0"]
    said = publish(repo, *(package(tmp_path, "floorstation", v) for v in versions), keep=2)
    # 1.10.0 is newer than 1.9.0, and its release candidate 1.10.0~rc1 too, though older than 1.10.0 itself.
    kept = sorted(p.name for p in repo.glob("*.deb"))
    assert kept == ["floorstation_1.10.0_all.deb", "floorstation_1.10.0~rc1_all.deb"]
    assert "dropped floorstation 1.9.0" in said and "dropped floorstation 1.2.0" in said
    index = (repo / "Packages").read_text(encoding="utf-8")
    assert index.count("Package: floorstation\n") == 2 and "Version: 1.10.0\n" in index


def test_a_signed_repository_is_trusted_by_its_key_and_a_changed_index_is_refused(
    served: tuple[LiveServer, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server, repo = served
    home = tmp_path / "gnupg"
    home.mkdir(mode=0o700)
    monkeypatch.setenv("GNUPGHOME", str(home))
    subprocess.run(
        ["gpg", "--batch", "--passphrase", "", "--quick-gen-key", "Plant IT <it@example.org>", "ed25519", "sign", "1y"],
        check=True,
        capture_output=True,
    )
    said = publish(repo, package(tmp_path, "floorstation", "1.5.0"), sign="it@example.org")
    assert "signed with it@example.org" in said
    keyring = repo / "floorstation-archive-keyring.gpg"
    assert (repo / "InRelease").is_file() and keyring.stat().st_size > 0

    station = Apt(tmp_path / "station", f"deb [signed-by={keyring}] {server.url}/packages/ ./")
    updated = station.update()
    assert updated.returncode == 0 and "NO_PUBKEY" not in updated.stderr, updated.stderr
    assert station.candidate("floorstation") == "1.5.0"

    # Someone on the way (or on the server) puts a package of their own into the index: apt refuses it.
    index = (repo / "Packages").read_text(encoding="utf-8")
    (repo / "Packages").write_text(index.replace("Version: 1.5.0", "Version: 9.9.9"), encoding="utf-8")
    (repo / "Packages.gz").unlink()
    other = Apt(tmp_path / "other", f"deb [signed-by={keyring}] {server.url}/packages/ ./")
    refused = other.update()
    assert refused.returncode != 0 and "Hash Sum mismatch" in refused.stdout + refused.stderr
    assert other.candidate("floorstation") == ""  # apt took nothing from it: it knows no such package

    # Without the key, a station does not take the repository at all.
    stranger = Apt(tmp_path / "stranger", f"deb {server.url}/packages/ ./")
    unsigned = stranger.update()
    assert unsigned.returncode != 0 and "NO_PUBKEY" in unsigned.stdout + unsigned.stderr


def test_the_server_refuses_to_serve_a_folder_that_is_no_repository(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'server.db'}"
    assert server_cli.main(["run", "--db", db, "--packages", str(tmp_path), "--port", "1"]) != 0
    err = capsys.readouterr().err
    assert "not an apt repository" in err and "scripts/apt-repo.sh" in err
