"""The window on a real PostgreSQL server: connect through the dialog, load the demo,
and two users editing the same item meet the conflict dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.opening import open_database
from app.services.programme import get_item, update_item
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, raise_failures
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.database_dialog import PostgresDialog
from ui.shell.action_ids import ActionId

pytestmark = [pytest.mark.gui, pytest.mark.integration]


def test_connect_to_postgresql_and_plan_there(
    empty_window: Any, qtbot: Any, pg_url: str, boxes: MessageBoxes
) -> None:
    window = empty_window
    boxes.answer = QMessageBox.StandardButton.Yes

    def connect(dialog: PostgresDialog) -> None:
        dialog.url.setText(pg_url)
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, connect, PostgresDialog)
    window.action(ActionId.CONNECT_PG).trigger()
    raise_failures(seen)
    try:
        assert window.store.db.url.startswith("postgresql")
        assert window.db_label.text().startswith("postgresql")
        assert window.regions_view.model.rowCount() == 2  # demo loaded after the question
        trips = window.trips_view
        trips.table.selectRow(0)
        qtbot.keyClick(trips.table, Qt.Key.Key_Return)
        assert window.trip_view.trip_id is not None
        view = next(v for v in window.trip_view.programme.items if not v.item.all_day)
        other = open_database(pg_url)
        try:
            update_item(other, view.item.id, view.item.version, topic="Changed elsewhere")
        finally:
            other.close()
        asked = answer_dialog(
            qtbot,
            lambda d: qtbot.mouseClick(d.reload_button, Qt.MouseButton.LeftButton),
            ConflictDialog,
        )
        window.trip_view.programme_actions.toggle_cancelled(int(view.item.id))
        raise_failures(asked)
        assert get_item(window.store.db, view.item.id).topic == "Changed elsewhere"
        assert get_item(window.store.db, view.item.id).status == view.item.status
    finally:
        window.store.db.close()
