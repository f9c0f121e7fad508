"""requirements.lock pins what pyproject.toml asks for, and the environment runs it.

A fresh machine installs the lock (scripts/setup.sh), so these tests fail when
someone widens or adds a dependency in pyproject.toml without `bash scripts/lock.sh`.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def locked() -> dict[str, tuple[Version, int]]:
    """name → (pinned version, number of hashes) for every package in the lock."""
    pins: dict[str, tuple[Version, int]] = {}
    current: str | None = None
    for line in (ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            current = canonicalize_name(match[1])
            pins[current] = (Version(match[2]), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = pins[current]
            pins[current] = (version, hashes + 1)
        elif line and not line.startswith((" ", "#")):
            raise AssertionError(f"requirements.lock: not an exact pin: {line!r}")
    return pins


def requested() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    texts = [
        *project["project"]["dependencies"],
        *(r for extra in project["project"]["optional-dependencies"].values() for r in extra),
        *project["build-system"]["requires"],
    ]
    return [Requirement(t) for t in texts]


def test_every_package_is_pinned_with_hashes() -> None:
    pins = locked()
    assert len(pins) > 20
    assert all(hashes for _version, hashes in pins.values()), "run scripts/lock.sh"


@pytest.mark.parametrize("requirement", requested(), ids=str)
def test_lock_satisfies_pyproject(requirement: Requirement) -> None:
    pins = locked()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"{requirement} is not in requirements.lock: run scripts/lock.sh"
    version, _hashes = pins[name]
    assert requirement.specifier.contains(version, prereleases=True), (
        f"requirements.lock pins {name}=={version}, outside {requirement}: run scripts/lock.sh"
    )


def test_this_environment_runs_the_locked_versions() -> None:
    """scripts/setup.sh installed from the lock, not from the ranges."""
    wrong = []
    for name, (version, _hashes) in locked().items():
        try:
            installed = Version(metadata.version(name))
        except metadata.PackageNotFoundError:
            wrong.append(f"{name}: not installed")
            continue
        if installed != version:
            wrong.append(f"{name}: {installed} installed, {version} locked")
    assert not wrong, "; ".join(wrong)
