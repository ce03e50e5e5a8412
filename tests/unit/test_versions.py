"""A station is behind the plant's version only when its own is older (it says so on screen)."""

from __future__ import annotations

import pytest

from floorstation.domain.versions import is_behind


@pytest.mark.parametrize(
    ("own", "plant", "behind"),
    [
        ("1.4.0", "1.5.0", True),
        ("1.9.0", "1.10.0", True),
        ("1.5.0", "1.5", False),
        ("1.5.0", "1.4.9", False),
        ("1.5.0.dev3+g1a2b3c", "1.5.0", True),
        ("1.5.0", "1.5.0.dev3", False),
        ("1.5.0", None, False),
        ("nightly", "1.5.0", True),
    ],
)
def test_behind_the_plant(own: str, plant: str | None, behind: bool) -> None:
    assert is_behind(own, plant) is behind
