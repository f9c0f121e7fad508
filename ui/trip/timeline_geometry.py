"""Pure geometry of the day timeline (no Qt): hours, lanes, rectangles.

Kept apart from the widget so that the layout can be tested with plain numbers:
an item from 10:00 to 11:30 spans 1.5 hour-units, whatever the widget's size.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

DEFAULT_AXIS = (8, 20)


@dataclass(frozen=True)
class Span:
    """An item on one day, in hours since local midnight (e.g. 10.5 = 10:30)."""

    item_id: int
    start: float
    end: float


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float


def hours(value: time | datetime) -> float:
    return value.hour + value.minute / 60 + value.second / 3600


def span_of(item_id: int, start: datetime, end: datetime, day: date) -> Span:
    """Local start/end clipped to ``day`` (an item running past midnight ends at 24)."""
    first = 0.0 if start.date() < day else hours(start)
    last = 24.0 if end.date() > day else hours(end)
    return Span(item_id, first, max(first, last))


def hour_units(span: Span) -> float:
    return span.end - span.start


def axis_range(spans: Iterable[Span], default: tuple[int, int] = DEFAULT_AXIS) -> tuple[int, int]:
    """Whole hours covering the default working day and every item."""
    first, last = default
    for s in spans:
        first = min(first, math.floor(s.start))
        last = max(last, math.ceil(s.end))
    return max(0, first), min(24, max(last, first + 1))


def x_of(hour: float, axis: tuple[int, int], left: float, width: float) -> float:
    first, last = axis
    return left + (hour - first) * width / (last - first)


def block_rect(
    span: Span, axis: tuple[int, int], left: float, width: float, top: float, height: float
) -> Rect:
    x1 = x_of(span.start, axis, left, width)
    x2 = x_of(span.end, axis, left, width)
    return Rect(x1, top, max(2.0, x2 - x1), height)


def stack_rows(spans: Sequence[Span]) -> tuple[dict[int, int], int]:
    """Overlapping spans of one lane go to separate rows; item id → row, row count."""
    rows_end: list[float] = []
    placed: dict[int, int] = {}
    for s in sorted(spans, key=lambda s: (s.start, s.end, s.item_id)):
        for n, end in enumerate(rows_end):
            if end <= s.start:
                rows_end[n] = s.end
                placed[s.item_id] = n
                break
        else:
            placed[s.item_id] = len(rows_end)
            rows_end.append(s.end)
    return placed, max(1, len(rows_end))


def overlapping(spans: Sequence[Span]) -> set[int]:
    """Ids of spans that overlap another span of the same lane."""
    out: set[int] = set()
    for n, a in enumerate(spans):
        for b in spans[n + 1 :]:
            if a.start < b.end and b.start < a.end:
                out |= {a.item_id, b.item_id}
    return out
