"""The attack suite: reproductions of what an adversarial outside run broke, each a
test that failed before its fix. Every test here counts as one attack in the
reliability figures printed at the end of the run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.figures import record


@pytest.fixture(autouse=True)
def counted_attack() -> Iterator[None]:
    yield
    record("attacks", 1)
