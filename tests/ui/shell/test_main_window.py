"""The window shell: navigation, search, status bar, title, settings, first start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.engine import Database
from app.services.trips import get_trip
from tests.ui.conftest import MessageBoxes, make_window
from ui.shell import settings
from ui.shell.action_ids import ActionId
from ui.shell.sidebar import Section

pytestmark = pytest.mark.gui


def test_title_status_bar_and_menus(window: Any, demo_db: Database) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    assert window.windowTitle() == f"Delegation Planner — {trip.title_en}"
    assert window.db_label.text() == demo_db.display_name
    assert "schedule problem" in window.problem_label.text()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Trip", "E&xport", "&Language", "&Help"]
    header = window.trip_view.summary.text()
    assert "Hokkaido" in header and "outbound" in header and "members" in header


def test_sidebar_navigates_to_every_view(window: Any, qtbot: Any) -> None:
    expected = {
        Section.REGIONS: window.regions_view,
        Section.TRIPS: window.trips_view,
        Section.PEOPLE: window.people_view,
        Section.INTERPRETERS: window.interpreters_view,
        Section.FOLLOW_UPS: window.follow_ups_view,
    }
    for section, page in expected.items():
        window.sidebar.select(section)
        assert window.stack.currentWidget() is page
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.trips_view


def test_search_filters_the_current_list_as_you_type(window: Any, qtbot: Any) -> None:
    window.sidebar.select(Section.TRIPS)
    table = window.trips_view.table
    before = table.model().rowCount()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.search.hasFocus()
    qtbot.keyClicks(window.sidebar.search, "Manchester")
    assert 0 < table.model().rowCount() < before
    # the filter follows to the next list
    window.sidebar.select(Section.PEOPLE)
    shown = window.people_view.table.model().rowCount()
    assert shown < window.people_view.model.rowCount()
    window.sidebar.search.clear()
    assert window.people_view.table.model().rowCount() == window.people_view.model.rowCount()


def test_search_filters_the_programme(window: Any, qtbot: Any) -> None:
    tab = window.trip_view.programme_tab
    all_rows = sum(tab.proxy.rowCount(tab.proxy.index(r, 0)) for r in range(tab.proxy.rowCount()))
    qtbot.keyClicks(window.sidebar.search, "Governor")
    shown = sum(tab.proxy.rowCount(tab.proxy.index(r, 0)) for r in range(tab.proxy.rowCount()))
    assert 0 < shown < all_rows


def test_empty_database_offers_the_demo_data(qtbot: Any, db: Database, boxes: MessageBoxes) -> None:
    boxes.answer = QMessageBox.StandardButton.Yes
    window = make_window(qtbot, db)
    window.start()
    assert any("demo data" in text for text in boxes.texts("question"))
    assert window.regions_view.model.rowCount() == 2
    assert window.trip_view.trip_id is not None


def test_empty_database_declined_stays_empty(empty_window: Any, boxes: MessageBoxes) -> None:
    empty_window.start()
    assert boxes.texts("question")
    assert empty_window.stack.currentWidget() is empty_window.trips_view
    assert empty_window.trips_view.model.rowCount() == 0


def test_geometry_language_and_last_trip_are_remembered(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    trip = get_trip(demo_db, "greater-manchester-2022")
    window.open_trip(int(trip.id))
    window.resize(901, 562)
    window.set_language("de")
    window.close()
    assert settings.read(settings.KEY_LANGUAGE) == "de"
    assert settings.read_int(settings.KEY_LAST_TRIP) == trip.id
    again = make_window(qtbot, demo_db)
    again.start()
    assert again.trip_view.trip_id == trip.id
    assert settings.read_bytes(settings.KEY_GEOMETRY) is not None
    assert again.height() == 562  # the offscreen screen is too narrow to compare widths


def test_open_another_database_file(
    window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "other.db"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.action(ActionId.OPEN_DB).trigger()
    assert str(other) in window.db_label.text()
    assert any("empty" in text for text in boxes.texts("question"))
    assert window.trips_view.model.rowCount() == 0
    assert window.trip_view.trip_id is None
    assert window.windowTitle() == "Delegation Planner"


def test_postgres_dialog_refuses_a_bad_url_next_to_the_field(window: Any, qtbot: Any) -> None:
    from tests.ui.conftest import answer_dialog, raise_failures

    def type_url(dialog: Any) -> None:
        qtbot.keyClicks(dialog.url, "mysql://nope")
        dialog.accept()
        assert dialog.isVisible()
        assert "postgresql://" in dialog.error.text()
        dialog.reject()

    seen = answer_dialog(qtbot, type_url)
    window.action(ActionId.CONNECT_PG).trigger()
    raise_failures(seen)
