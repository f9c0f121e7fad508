"""Reliability figures collected during the run and printed in the terminal summary."""

from __future__ import annotations

FIGURES: dict[str, int] = {}


def record(name: str, value: int) -> None:
    FIGURES[name] = FIGURES.get(name, 0) + value
