"""floorstation is Apache-2.0; every runtime dependency must carry a licence that lets it ship with it.

The licence of each dependency is read from its installed metadata (``License-Expression``, else ``License``,
else the trove classifiers). Packages whose metadata is vague or wider than what we use are pinned below with a
note; docs/licences.md says the same in words. A new dependency under GPL, AGPL, a proprietary licence or a
licence nobody has looked at fails here until someone decides about it.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]

# SPDX identifiers an Apache-2.0 product may depend on as installed Python packages (imported, not copied).
ALLOWED = {
    "Apache-2.0": "permissive, same licence as floorstation",
    "MIT": "permissive: keep the copyright notice",
    "BSD-2-Clause": "permissive: keep the copyright notice",
    "BSD-3-Clause": "permissive: keep the copyright notice, no endorsement",
    "ISC": "permissive: keep the copyright notice",
    "PSF-2.0": "permissive",
    "LGPL-3.0-only": "weak copyleft: allowed as a separately installed, dynamically loaded library that users can "
    "replace; we ship its notice and do not modify it",
    "LGPL-3.0-or-later": "as LGPL-3.0-only",
}

# How the free-text spellings found in older metadata map onto SPDX.
SPELLINGS = {
    "mit": "MIT",
    "mit license": "MIT",
    "apache 2.0": "Apache-2.0",
    "apache-2.0": "Apache-2.0",
    "apache license 2.0": "Apache-2.0",
    "apache software license": "Apache-2.0",
    "bsd-3-clause": "BSD-3-Clause",
    "bsd-2-clause": "BSD-2-Clause",
    "isc": "ISC",
}

# Packages whose metadata alone does not settle it: (the licence we use it under, why).
NOTES: dict[str, tuple[str, str]] = {
    "pyside6-essentials": (
        "LGPL-3.0-only",
        "offered as LGPL-3.0 OR GPL-2.0 OR GPL-3.0; we take LGPL-3.0: the unmodified wheel is loaded at run time and "
        "a user can replace it with their own build of Qt for Python",
    ),
    "pyserial": ("BSD-3-Clause", "metadata says only 'BSD'; its LICENSE.txt is the 3-clause BSD licence"),
    "qrcode": (
        "BSD-3-Clause",
        "metadata says 'BSD' plus an 'Other/Proprietary' classifier; its LICENSE is the 3-clause BSD licence",
    ),
    "jinja2": ("BSD-3-Clause", "metadata has only the classifier 'BSD License'; its LICENSE.txt is the 3-clause BSD"),
    "opencv-python-headless": ("Apache-2.0", "metadata says 'Apache 2.0' (OpenCV 4.5+ is Apache-2.0)"),
    "psycopg": (
        "LGPL-3.0-only",
        "LGPL-3.0: used unmodified as an installed package on the server; users may replace it",
    ),
}

FORBIDDEN = re.compile(r"\b(A?GPL|SSPL|proprietary|commercial|BUSL|Elastic|CC-BY-NC)", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    licence: str
    allowed: bool
    why: str


def declared_licence(meta: importlib.metadata.PackageMetadata) -> str:
    """The licence a package states about itself, in the most precise field it fills."""
    expression = meta.get("License-Expression")
    if expression:
        return str(expression).strip()
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) < 80:
        return text
    classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " AND ".join(classifiers) if classifiers else "UNKNOWN"


def judge(name: str, declared: str) -> Verdict:
    """Whether the licence ``declared`` by package ``name`` lets floorstation ship with it."""
    key = name.lower().replace("_", "-")
    if key in NOTES:
        chosen, note = NOTES[key]
        return Verdict(chosen, chosen in ALLOWED, note)
    alternatives = [a.strip() for a in re.split(r"\s+OR\s+", declared)]
    for alternative in alternatives:
        parts = [
            SPELLINGS.get(p.strip().strip("()").lower(), p.strip().strip("()"))
            for p in re.split(r"\s+AND\s+", alternative)
        ]
        if all(p in ALLOWED for p in parts):
            return Verdict(" AND ".join(parts), True, "; ".join(ALLOWED[p] for p in parts))
    if FORBIDDEN.search(declared):
        return Verdict(declared, False, "copyleft or proprietary licence: not allowed in an Apache-2.0 product")
    return Verdict(declared, False, "licence not known to this check: read it and add it to ALLOWED or NOTES")


def runtime_dependencies() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(spec) for spec in project["dependencies"]]
    return [r for r in requirements if r.marker is None or r.marker.evaluate()]


def test_floorstation_itself_is_apache_2_0() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "Apache-2.0"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text
    assert "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text


@pytest.mark.parametrize("requirement", runtime_dependencies(), ids=str)
def test_each_runtime_dependency_has_an_allowed_licence(requirement: Requirement) -> None:
    try:
        meta = importlib.metadata.metadata(requirement.name)
    except importlib.metadata.PackageNotFoundError:
        pytest.fail(f"{requirement.name} is a dependency but not installed: run scripts/setup.sh")
    verdict = judge(requirement.name, declared_licence(meta))
    assert verdict.allowed, f"{requirement.name}: {verdict.licence!r} — {verdict.why}"


def test_every_runtime_dependency_is_in_the_licence_document() -> None:
    text = (ROOT / "docs" / "licences.md").read_text(encoding="utf-8").lower()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    missing = [Requirement(s).name for s in project["dependencies"] if Requirement(s).name.lower() not in text]
    assert missing == []


@pytest.mark.parametrize(
    "declared",
    [
        "GPL-3.0-only",
        "AGPL-3.0-or-later",
        "GNU General Public License v3 (GPLv3)",
        "Proprietary",
        "Other/Proprietary License",
        "UNKNOWN",
        "SSPL-1.0",
        "MIT AND GPL-2.0-only",
    ],
)
def test_a_dependency_under_copyleft_proprietary_or_unknown_terms_is_refused(declared: str) -> None:
    assert not judge("some-new-package", declared).allowed


@pytest.mark.parametrize("declared", ["MIT", "Apache 2.0", "BSD-3-Clause", "LGPL-3.0-only OR GPL-3.0-only"])
def test_permissive_and_lgpl_choices_are_accepted(declared: str) -> None:
    assert judge("some-new-package", declared).allowed
