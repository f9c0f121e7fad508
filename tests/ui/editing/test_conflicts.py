"""Two users change the same item: a clear dialog, reload or keep mine as a copy;
never a silent overwrite, also not through undo."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from app.db.opening import open_database
from app.services.programme import get_item, list_items, update_item
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, press, raise_failures
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.item_dialog import ItemDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def other_user(demo_db: Database) -> Iterator[Database]:
    """A second connection to the same database file, as a colleague's program has."""
    other = open_database(demo_db.url)
    yield other
    other.close()


def edit_while_someone_else_saves(
    window: Any, qtbot: Any, other_user: Database, choice: str
) -> tuple[int, list[Any]]:
    tab = window.trip_view.programme_tab
    view = next(v for v in window.trip_view.programme.items if not v.item.all_day)
    item_id = int(view.item.id)
    tab.select_item(item_id)
    conflict: list[Any] = []

    def answer_conflict(dialog: ConflictDialog) -> None:
        conflict.append(dialog.informativeText())
        qtbot.mouseClick(
            dialog.findChild(type(dialog.reload_button), choice), Qt.MouseButton.LeftButton
        )

    def edit(dialog: ItemDialog) -> None:
        current = get_item(other_user, item_id)
        update_item(other_user, item_id, current.version, title_en="Changed by a colleague")
        dialog.texts.titles["en"].clear()
        qtbot.keyClicks(dialog.texts.titles["en"], "My new title")
        conflict.extend(answer_dialog(qtbot, answer_conflict, ConflictDialog))
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, edit, ItemDialog)
    press(qtbot, tab.tree, Qt.Key.Key_F2)
    raise_failures(seen)
    raise_failures(conflict)
    return item_id, conflict


def test_keep_mine_as_a_copy(
    window: Any, qtbot: Any, demo_db: Database, other_user: Database
) -> None:
    trip_id = window.trip_view.trip_id
    count = len(list_items(demo_db, trip_id))
    item_id, conflict = edit_while_someone_else_saves(window, qtbot, other_user, "keep_copy")
    assert any(isinstance(c, str) and "Someone else changed" in c for c in conflict)
    assert get_item(demo_db, item_id).title_en == "Changed by a colleague"
    titles = [i.title_en for i in list_items(demo_db, trip_id)]
    assert len(titles) == count + 1
    assert "My new title" in titles
    # the copy is an undoable step of its own
    window.undo_stack.undo()
    assert len(list_items(demo_db, trip_id)) == count


def test_reload_shows_the_colleagues_version(
    window: Any, qtbot: Any, demo_db: Database, other_user: Database
) -> None:
    trip_id = window.trip_view.trip_id
    count = len(list_items(demo_db, trip_id))
    item_id, _conflict = edit_while_someone_else_saves(window, qtbot, other_user, "reload")
    assert len(list_items(demo_db, trip_id)) == count
    assert get_item(demo_db, item_id).title_en == "Changed by a colleague"
    view = window.trip_view.programme_tab.model.item_view(item_id)
    assert view is not None and view.item.title_en == "Changed by a colleague"
    assert window.undo_stack.count() == 0


def test_undo_never_overwrites_a_colleagues_change(
    window: Any, qtbot: Any, demo_db: Database, other_user: Database, boxes: MessageBoxes
) -> None:
    tab = window.trip_view.programme_tab
    view = next(v for v in window.trip_view.programme.items if not v.item.all_day)
    item_id = int(view.item.id)
    tab.select_item(item_id)
    window.trip_view.programme_actions.toggle_cancelled(item_id)
    assert window.undo_stack.count() == 1
    current = get_item(other_user, item_id)
    update_item(other_user, item_id, current.version, topic="Moved by a colleague")
    window.undo_stack.undo()
    assert any("Someone else changed" in text for text in boxes.texts("warning"))
    item = get_item(demo_db, item_id)
    assert item.status == "cancelled"
    assert item.topic == "Moved by a colleague"
    assert window.undo_stack.count() == 0


def test_deleting_an_item_someone_changed_asks_and_keeps_theirs(
    window: Any, qtbot: Any, demo_db: Database, other_user: Database
) -> None:
    tab = window.trip_view.programme_tab
    view = next(v for v in window.trip_view.programme.items if not v.item.all_day)
    item_id = int(view.item.id)
    tab.select_item(item_id)
    update_item(other_user, item_id, view.item.version, topic="Elsewhere")

    def reload(dialog: ConflictDialog) -> None:
        assert dialog.copy_button is None
        qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)

    seen = answer_dialog(qtbot, reload, ConflictDialog)
    press(qtbot, tab.tree, Qt.Key.Key_Delete)
    raise_failures(seen)
    assert get_item(demo_db, item_id).topic == "Elsewhere"
    assert window.undo_stack.count() == 0
    shown = window.trip_view.programme_tab.model.item_view(item_id)
    assert shown is not None and shown.item.topic == "Elsewhere"
