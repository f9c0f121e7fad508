"""Shared pieces of the benchmarks: result rows, timing, SQL statement counting."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event


@dataclass
class Row:
    """One line of the results table.

    ``ours`` and ``floor`` are what the table shows (times with units, counts …);
    ``ratio`` is ours/floor as a number (None when the figure has no ratio), ``ok``
    whether the target is met (None: not measured).
    """

    figure: str
    ours: str
    floor: str
    ratio: float | None
    target: str
    ok: bool | None
    notes: list[str] = field(default_factory=list)

    @property
    def verdict(self) -> str:
        return {True: "pass", False: "FAIL", None: "n/a"}[self.ok]


def not_available(figure: str, target: str, reason: str) -> Row:
    return Row(figure, f"n/a ({reason})", "—", None, target, None)


def median(values: list[float]) -> float:
    return statistics.median(values)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def time_call(fn: Callable[[], Any], *, min_seconds: float = 0.0, max_loops: int = 50) -> float:
    """Seconds per call of ``fn``: one call, or the mean of as many calls as fill
    ``min_seconds`` (for operations too short to time once)."""
    gc.collect()
    loops = 0
    started = time.perf_counter()
    while True:
        fn()
        loops += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds or loops >= max_loops:
            return elapsed / loops


@contextmanager
def counting_statements(engine: Any) -> Iterator[list[str]]:
    """Every SQL statement the engine sends while the block runs."""
    statements: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


#: The hand-written section at the end of RESULTS.md: measurements behind the shape
#: of the code, which a new run must not overwrite with its table.
HISTORY_HEADING = "## Performance history"


def kept_history(path: Path) -> list[str]:
    """The lines of ``path`` from :data:`HISTORY_HEADING` to the end (none when the
    file or the section does not exist)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    start = text.find(HISTORY_HEADING)
    return text[start:].rstrip("\n").split("\n") + [""] if start >= 0 else []
