"""Creating trips and editing the programme through the dialogs, with undo/redo."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from app.db.engine import Database
from app.services.programme import get_item, list_items
from app.services.trips import get_trip
from tests.ui.conftest import answer_dialog, click_ok, press, raise_failures
from ui.dialogs.item_dialog import ItemDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.models.programme_model import ProgrammeModel
from ui.shell.action_ids import ActionId
from ui.trip.timeline_geometry import hour_units

pytestmark = pytest.mark.gui


def titles(tab: Any) -> list[str]:
    model: ProgrammeModel = tab.model
    out = []
    for day in range(model.rowCount()):
        parent = model.index(day, 0)
        for row in range(model.rowCount(parent)):
            out.append(model.index(row, ProgrammeModel.COL_TITLE, parent).data())
    return out


def fill_item(qtbot: Any, dialog: ItemDialog, title: str, start: QTime, end: QTime) -> None:
    dialog.texts.setCurrentIndex(1)
    qtbot.keyClicks(dialog.texts.titles["en"], title)
    dialog.start_edit.setTime(start)
    dialog.end_edit.setTime(end)
    dialog.venue.setCurrentIndex(
        dialog.venue.findText("Hokkaido Government, Main Government Building")
    )
    assert dialog.venue.currentIndex() > 0


def test_create_a_trip_and_add_an_item_then_undo_it(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    def new_trip(dialog: TripDialog) -> None:
        dialog.texts.setCurrentIndex(1)
        qtbot.keyClicks(dialog.texts.titles["en"], "Study tour to Sapporo")
        dialog.region.setCurrentIndex(dialog.region.findText("Hokkaido"))
        dialog.start.setDate(QDate(2027, 2, 1))
        dialog.end.setDate(QDate(2027, 2, 5))
        assert dialog.slug.text() == "study-tour-to-sapporo-2027"
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, new_trip, TripDialog)
    window.action(ActionId.NEW_TRIP).trigger()
    raise_failures(seen)
    trip = get_trip(demo_db, "study-tour-to-sapporo-2027")
    assert window.trip_view.trip_id == trip.id
    assert window.windowTitle() == "Delegation Planner — Study tour to Sapporo"

    def new_item(dialog: ItemDialog) -> None:
        assert dialog.date_edit.date() == QDate(2027, 2, 1)
        assert dialog.zone_combo.currentText() == "Asia/Tokyo"
        fill_item(qtbot, dialog, "Courtesy call on the Governor", QTime(10, 0), QTime(11, 30))
        assert dialog.preview.text() == "02:00–03:30 CET"
        assert "⚠" in dialog.texts.tabText(0)  # German title still missing
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, new_item, ItemDialog)
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    raise_failures(seen)
    tab = window.trip_view.programme_tab
    assert any(t.startswith("Courtesy call on the Governor") for t in titles(tab))
    timeline = tab.timeline
    assert timeline.day == date(2027, 2, 1)
    span = timeline.lanes[0].spans[0]
    assert hour_units(span) == 1.5
    assert timeline.selected == tab.current_item_id() == span.item_id

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(tab) == []
    assert list_items(demo_db, trip.id) == []
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(titles(tab)) == 1
    # undo the item and then the trip itself
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.trip_view.trip_id is None
    assert window.stack.currentWidget() is window.trips_view


def test_errors_are_shown_next_to_the_field_and_typed_text_is_kept(window: Any, qtbot: Any) -> None:
    checks: dict[str, Any] = {}

    def wrong_then_right(dialog: ItemDialog) -> None:
        fill_item(qtbot, dialog, "Lunch", QTime(13, 0), QTime(12, 0))
        click_ok(qtbot, dialog)
        checks["open"] = dialog.isVisible()
        checks["error"] = dialog.time_error.text()
        checks["kept"] = dialog.texts.titles["en"].text()
        dialog.end_edit.setTime(QTime(14, 0))
        click_ok(qtbot, dialog)
        checks["closed"] = not dialog.isVisible()

    seen = answer_dialog(qtbot, wrong_then_right, ItemDialog)
    window.trip_view.new_record()
    raise_failures(seen)
    assert checks == {
        "open": True,
        "error": "The item must end after it starts.",
        "kept": "Lunch",
        "closed": True,
    }


def test_empty_title_is_refused_beside_the_title(window: Any, qtbot: Any) -> None:
    def empty(dialog: ItemDialog) -> None:
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "at least one language" in dialog.texts.errors["en"].text()
        assert dialog.texts.errors["en"].isVisible()
        dialog.reject()

    seen = answer_dialog(qtbot, empty, ItemDialog)
    window.trip_view.new_record()
    raise_failures(seen)


def test_edit_with_f2_and_delete_with_the_delete_key_are_undoable(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    tab = window.trip_view.programme_tab
    tp = window.trip_view.programme
    view = next(v for v in tp.items if v.interpreters and v.attendees)
    item_id = int(view.item.id)
    tab.select_item(item_id)
    tab.tree.setFocus()

    def rename(dialog: ItemDialog) -> None:
        assert sorted(dialog.checked_attendees()) == sorted(p.id for p in view.attendees)
        dialog.texts.titles["en"].clear()
        qtbot.keyClicks(dialog.texts.titles["en"], "Renamed")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, rename, ItemDialog)
    press(qtbot, tab.tree, Qt.Key.Key_F2)
    raise_failures(seen)
    assert get_item(demo_db, item_id).title_en == "Renamed"
    window.undo_stack.undo()
    assert get_item(demo_db, item_id).title_en == view.item.title_en

    tab.select_item(item_id)
    count = len(list_items(demo_db, tp.trip.id))
    press(qtbot, tab.tree, Qt.Key.Key_Delete)
    assert len(list_items(demo_db, tp.trip.id)) == count - 1
    window.undo_stack.undo()
    restored = window.trip_view.programme
    again = next(
        v
        for v in restored.items
        if v.item.title_en == view.item.title_en and v.item.starts_at == view.item.starts_at
    )
    assert [p.id for p in again.attendees] == [p.id for p in view.attendees]
    assert [p.id for p, _a in again.interpreters] == [p.id for p, _a in view.interpreters]
    # redo deletes the restored copy, undo brings it back again
    window.undo_stack.redo()
    assert len(list_items(demo_db, tp.trip.id)) == count - 1
    window.undo_stack.undo()
    assert len(list_items(demo_db, tp.trip.id)) == count


def test_cancel_and_duplicate(window: Any, qtbot: Any, demo_db: Database) -> None:
    tab = window.trip_view.programme_tab
    tp = window.trip_view.programme
    view = next(v for v in tp.items if v.item.status != "cancelled" and not v.item.all_day)
    item_id = int(view.item.id)
    tab.select_item(item_id)
    window.action(ActionId.CANCEL_ITEM).trigger()
    assert get_item(demo_db, item_id).status == "cancelled"
    index = tab.model.index_for_item(item_id).siblingAtColumn(ProgrammeModel.COL_TITLE)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    window.undo_stack.undo()
    assert get_item(demo_db, item_id).status == view.item.status

    count = len(list_items(demo_db, tp.trip.id))
    tab.select_item(item_id)
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(list_items(demo_db, tp.trip.id)) == count + 1
    window.undo_stack.undo()
    assert len(list_items(demo_db, tp.trip.id)) == count
