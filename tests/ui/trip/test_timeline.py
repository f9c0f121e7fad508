"""The timeline: pure geometry, and selection shared with the programme list."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt

from ui.trip.timeline_geometry import (
    Span,
    axis_range,
    block_rect,
    hour_units,
    overlapping,
    span_of,
    stack_rows,
)

pytestmark = pytest.mark.gui

DAY = date(2026, 4, 14)


def test_an_item_from_ten_to_half_past_eleven_spans_one_and_a_half_hour_units() -> None:
    span = span_of(1, datetime(2026, 4, 14, 10, 0), datetime(2026, 4, 14, 11, 30), DAY)
    assert (span.start, span.end) == (10.0, 11.5)
    assert hour_units(span) == 1.5
    axis = (8, 20)  # 12 hours over 600 px: 50 px per hour
    rect = block_rect(span, axis, left=100, width=600, top=0, height=20)
    assert rect.x == 100 + 2 * 50
    assert rect.width == pytest.approx(1.5 * 50)


def test_axis_fits_early_and_late_items_and_midnight_clips() -> None:
    late = span_of(2, datetime(2026, 4, 14, 19, 0), datetime(2026, 4, 15, 1, 0), DAY)
    early = Span(3, 6.5, 7.25)
    assert late.end == 24.0
    assert axis_range([late, early]) == (6, 24)
    assert axis_range([]) == (8, 20)


def test_overlapping_items_of_one_lane_go_to_separate_rows() -> None:
    a, b, c = Span(1, 10, 11.5), Span(2, 11, 12), Span(3, 11.5, 13)
    rows, count = stack_rows([a, b, c])
    assert count == 2
    assert rows[1] == rows[3] != rows[2]
    assert overlapping([a, b, c]) == {1, 2, 3}
    assert overlapping([a, c]) == set()


def test_selection_is_shared_between_list_and_timeline(window: Any, qtbot: Any) -> None:
    tab = window.trip_view.programme_tab
    timeline = tab.timeline
    first_day = tab.model.days()[1]
    views = [v for v in tab.model.items_on(first_day) if not v.item.all_day]
    tab.select_item(int(views[0].item.id))
    assert tab.day == first_day
    assert timeline.day == first_day
    assert timeline.selected == views[0].item.id
    # clicking a block selects it in the list
    target = int(views[-1].item.id)
    centre = timeline.block_center(target)
    assert centre is not None
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert tab.current_item_id() == target
    assert timeline.selected == target


def test_timeline_has_a_lane_per_attending_member_and_one_for_interpreters(window: Any) -> None:
    tab = window.trip_view.programme_tab
    tp = window.trip_view.programme
    busiest = max(tab.model.days(), key=lambda d: len(tab.model.items_on(d)))
    tab.timeline.set_day(busiest, tab.model.items_on(busiest), tp.members)
    labels = [lane.label for lane in tab.timeline.lanes]
    assert labels[0] == "Programme"
    assert "Interpreters" in labels
    assert len(labels) >= 3
    assert tab.timeline.sizeHint().height() > 100
