"""Deleting a trip from the trips list: asked first, one step to undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.engine import Database
from app.services.followups import list_follow_ups
from app.services.trips import get_trip, list_trips
from tests.ui.conftest import MessageBoxes, press
from ui.models.trip_table_model import TripIdRole
from ui.shell.sidebar import Section


def _select(window: Any, trip_id: int) -> None:
    view = window.trips_view
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(TripIdRole) == trip_id:
            view.table.selectRow(row)
            return
    raise AssertionError(f"trip {trip_id} not listed")


def _sidebar_trips(window: Any) -> list[str]:
    node = window.sidebar.model.item(1)
    return [node.child(r).text() for r in range(node.rowCount())]


def test_delete_undo_redo_undo(
    window: Any, qtbot: Any, demo_db: Database, boxes: MessageBoxes
) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    follow_ups = {f.follow_up.id for f in list_follow_ups(demo_db, trip_id=trip.id)}
    items = len(window.trip_view.programme.items)
    window.sidebar.select(Section.TRIPS)
    _select(window, int(trip.id))  # type: ignore[arg-type]
    boxes.answer = QMessageBox.StandardButton.Yes
    press(qtbot, window.trips_view.table, Qt.Key.Key_Delete)

    assert f"{items} programme items" in boxes.texts("question")[-1]
    assert "hokkaido-2026" not in {r.trip.slug for r in list_trips(demo_db)}
    assert trip.title_en not in _sidebar_trips(window)
    assert window.current_trip_id() is None  # the open trip was this one

    for _cycle in range(2):
        window.undo_stack.undo()
        again = get_trip(demo_db, "hokkaido-2026")
        assert again.title_en in _sidebar_trips(window)
        assert {f.follow_up.id for f in list_follow_ups(demo_db, trip_id=again.id)} == follow_ups
        window.open_trip(int(again.id))  # type: ignore[arg-type]
        assert len(window.trip_view.programme.items) == items
        window.undo_stack.redo()
        assert "hokkaido-2026" not in {r.trip.slug for r in list_trips(demo_db)}
    assert boxes.texts("critical") == [] and boxes.texts("warning") == []


def test_answering_no_keeps_the_trip(
    window: Any, qtbot: Any, demo_db: Database, boxes: MessageBoxes
) -> None:
    trip = get_trip(demo_db, "greater-manchester-2022")
    window.sidebar.select(Section.TRIPS)
    _select(window, int(trip.id))  # type: ignore[arg-type]
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(window.trips_view.delete_button, Qt.MouseButton.LeftButton)
    assert boxes.texts("question")
    assert get_trip(demo_db, "greater-manchester-2022").id == trip.id
    assert not window.undo_stack.canUndo()
