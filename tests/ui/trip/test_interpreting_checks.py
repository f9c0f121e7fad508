"""Assigning interpreters and seeing schedule problems appear in the checks panel."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.checks.problem import schedule_problems
from app.db.engine import Database
from app.services.interpreting import assignments_for_trip
from tests.support import factories as f
from tests.ui.conftest import answer_dialog, click_ok, double_click, raise_failures
from ui.dialogs.assign_dialog import AssignDialog
from ui.shell.action_ids import ActionId
from ui.trip.checks_tab import ChecksTab

pytestmark = pytest.mark.gui


def assign_first_interpreter(window: Any, qtbot: Any, item_id: int) -> str:
    chosen: list[str] = []

    def choose(dialog: AssignDialog) -> None:
        assert (dialog.source.currentData(), dialog.target.currentData()) == ("de", "ja")
        entry = dialog.interpreters.item(0)
        assert entry.data(Qt.ItemDataRole.UserRole) is not None
        dialog.interpreters.setCurrentRow(0)
        chosen.append(entry.text())
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, choose, AssignDialog)
    window.trip_view.programme_tab.select_item(item_id)
    window.action(ActionId.ASSIGN).trigger()
    raise_failures(seen)
    return chosen[0]


def problem_rows(checks: ChecksTab) -> list[str]:
    return [checks.model.index(r, 1).data() for r in range(checks.model.rowCount())]


def test_assign_interpreters_and_see_a_double_booking(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    trip_id = window.trip_view.trip_id
    day = date(2026, 4, 19)
    first = f.item(
        demo_db,
        trip_id,
        day,
        "07:00",
        "08:00",
        title="Breakfast briefing",
        interpreting_needed=True,
    )
    second = f.item(
        demo_db, trip_id, day, "07:30", "08:30", title="Press talk", interpreting_needed=True
    )
    window.action(ActionId.RELOAD).trigger()
    before = len(window.trip_view.problems)
    missing = [m for m in problem_rows(window.trip_view.checks_tab) if "Press talk" in m]
    assert missing and "no interpreter" in missing[0]

    name = assign_first_interpreter(window, qtbot, first.id)
    assert window.trip_view.tabs.currentWidget() is window.trip_view.interpreting_tab
    table = window.trip_view.interpreting_tab.model
    assert any(
        table.index(r, 1).data() == "Breakfast briefing" and table.index(r, 3).data() == name
        for r in range(table.rowCount())
    )
    assert [r.person.id for r in assignments_for_trip(demo_db, trip_id)[first.id]]
    assign_first_interpreter(window, qtbot, second.id)

    checks = window.trip_view.checks_tab
    double = [m for m in problem_rows(checks) if "booked for two items" in m and "Press talk" in m]
    assert double and "Breakfast briefing" in double[0]
    assert len(window.trip_view.problems) == before - 2 + 1
    # the status bar counts the schedule problems (the new items' missing translations aside)
    assert str(len(schedule_problems(window.trip_view.problems))) in window.problem_label.text()

    # the header's problem button opens the checks; double-click jumps to the item
    qtbot.mouseClick(window.trip_view.problem_button, Qt.MouseButton.LeftButton)
    assert window.trip_view.tabs.currentWidget() is checks
    qtbot.waitExposed(checks.table)
    row = problem_rows(checks).index(double[0])
    index = checks.model.index(row, 1)
    checks.table.scrollTo(index)
    rect = checks.table.visualRect(index)
    with qtbot.waitSignal(checks.jump_to_item, timeout=2000):
        double_click(qtbot, checks.table.viewport(), rect.center())
    assert window.trip_view.tabs.currentWidget() is window.trip_view.programme_tab
    assert window.trip_view.current_item_id() == first.id

    # undo the second assignment: the double booking is gone
    window.undo_stack.undo()
    assert not [m for m in problem_rows(checks) if "booked" in m and "Press talk" in m]


def test_a_person_at_two_places_at_once_is_a_problem(window: Any, demo_db: Database) -> None:
    tp = window.trip_view.programme
    person = tp.members[0].person
    day = date(2026, 4, 20)
    trip_id = tp.trip.id
    f.item(demo_db, trip_id, day, "07:00", "08:00", title="Early A", attendees=[person.id])
    f.item(demo_db, trip_id, day, "07:30", "08:30", title="Early B", attendees=[person.id])
    window.store.notify_all()
    rows = problem_rows(window.trip_view.checks_tab)
    assert any("two items at the same time" in m and "Early A" in m for m in rows)
    lanes = window.trip_view.programme_tab.timeline
    window.trip_view.programme_tab.select_item(tp.items[0].item.id)
    first = next(
        v.item.id for v in window.trip_view.programme.items if v.item.title_en == "Early A"
    )
    window.trip_view.programme_tab.select_item(first)
    lane = next(lane for lane in lanes.lanes if lane.person and lane.warn)
    assert first in lane.warn
