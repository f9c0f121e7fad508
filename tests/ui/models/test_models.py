"""Every item model of the window under QAbstractItemModelTester, and the follow-up
table with 50,000 rows."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from app.locale.i18n import set_language
from app.readers.programme_view import load_trip_programme
from app.services.followups import list_follow_ups
from app.services.trips import get_trip
from ui.models.followup_model import OVERDUE_BACKGROUND, FollowUpModel
from ui.models.programme_model import ItemIdRole, ProgrammeModel
from ui.models.simple_table_model import Row, SimpleTableModel
from ui.models.trip_table_model import TripTableModel
from ui.pages.followup_filter import OPEN, FollowUpFilter

pytestmark = pytest.mark.gui


def test_programme_model_groups_items_by_day(qtmodeltester: Any, demo_db: Database) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    model = ProgrammeModel()
    model.set_programme(load_trip_programme(demo_db, trip.id))
    qtmodeltester.check(model)
    assert model.rowCount() == len(model.days()) >= 5
    first_day = model.index(0, 0)
    assert "13" in first_day.data()
    child = model.index(0, ProgrammeModel.COL_TIME, first_day)
    assert child.data(ItemIdRole) is not None
    assert model.parent(child) == first_day


def test_programme_model_survives_language_switch_and_reload(
    qtmodeltester: Any, demo_db: Database
) -> None:
    trip = get_trip(demo_db, "hokkaido-2026")
    model = ProgrammeModel()
    qtmodeltester.check(model)
    model.set_programme(load_trip_programme(demo_db, trip.id))
    set_language("ja")
    model.retranslate()
    model.set_programme(None)
    assert model.rowCount() == 0


def test_programme_model_marks_cancelled_and_missing_translations(demo_db: Database) -> None:
    from app.services.programme import cancel_item, update_item
    from tests.support import factories as f

    trip = get_trip(demo_db, "hokkaido-2026")
    item = f.item(demo_db, trip.id, date(2026, 4, 14), "07:00", "07:30", title="Breakfast")
    item = update_item(demo_db, item.id, item.version, title_de="Frühstück")
    cancel_item(demo_db, item.id, item.version)
    model = ProgrammeModel()
    model.set_programme(load_trip_programme(demo_db, trip.id))
    index = model.index_for_item(item.id)
    title = index.siblingAtColumn(ProgrammeModel.COL_TITLE)
    assert "⚠ JA" in title.data()
    assert title.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "ja" in title.data(Qt.ItemDataRole.ToolTipRole)


def test_time_column_shows_venue_and_home_zone(demo_db: Database) -> None:
    from tests.support import factories as f

    trip = get_trip(demo_db, "hokkaido-2026")
    item = f.item(demo_db, trip.id, date(2026, 4, 14), "10:00", "11:30", title="Call")
    model = ProgrammeModel()
    model.set_programme(load_trip_programme(demo_db, trip.id))
    text = model.index_for_item(item.id).siblingAtColumn(ProgrammeModel.COL_TIME).data()
    assert text == "10:00–11:30 JST (03:00–04:30 CEST)"


def test_time_column_follows_the_home_zone_setting(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An office in Manchester sees the Sapporo call at 02:00 British Summer Time, and
    nothing beside the times of a Greater Manchester visit."""
    from app import timeutil
    from tests.support import factories as f

    monkeypatch.setattr(timeutil, "HOME_TIMEZONE", "Europe/London")
    sapporo = get_trip(demo_db, "hokkaido-2026")
    call = f.item(demo_db, sapporo.id, date(2026, 4, 14), "10:00", "11:30", title="Call")
    model = ProgrammeModel()
    model.set_programme(load_trip_programme(demo_db, sapporo.id))
    text = model.index_for_item(call.id).siblingAtColumn(ProgrammeModel.COL_TIME).data()
    assert text == "10:00–11:30 JST (02:00–03:30 BST)"

    manchester = get_trip(demo_db, "greater-manchester-2022")
    model.set_programme(load_trip_programme(demo_db, manchester.id))
    days = [model.index(row, 0) for row in range(model.rowCount())]
    times = [
        model.index(n, ProgrammeModel.COL_TIME, day).data()
        for day in days
        for n in range(model.rowCount(day))
    ]
    assert any("BST" in t for t in times)
    assert not any("(" in t for t in times)  # the venue's time is the time at home


def test_trip_and_simple_table_models(qtmodeltester: Any, demo_db: Database) -> None:
    trips = TripTableModel(demo_db)
    trips.reload()
    qtmodeltester.check(trips)
    assert trips.rowCount() >= 3
    simple = SimpleTableModel(lambda: ["A", "B"])
    simple.set_rows([Row(["1", "2"], key=1, strike=True), Row(["3"], key=2)])
    qtmodeltester.check(simple)
    assert simple.index(1, 1).data() == ""


def test_follow_up_model_and_filter(qtmodeltester: Any, demo_db: Database) -> None:
    model = FollowUpModel(today=date(2030, 1, 1))
    model.set_rows(list_follow_ups(demo_db))
    proxy = FollowUpFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.overdue_count() > 0
    overdue = next(r for r in range(model.rowCount()) if model.row_at(r).is_overdue(model.today))
    assert model.index(overdue, 0).data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    proxy.set_status(OPEN)
    assert 0 < proxy.rowCount() <= model.rowCount()
    proxy.set_status("dropped")
    proxy.set_text("zzz-no-such-text")
    assert proxy.rowCount() == 0


@dataclass
class _Region:
    id: int
    name_de: str = "Hokkaidō"
    name_en: str = "Hokkaido"
    name_ja: str = "北海道"


@dataclass
class _FollowUp:
    id: int
    region_id: int
    trip_id: int | None
    due: date | None
    status: str
    title_en: str
    title_de: str = ""
    title_ja: str = ""
    owner: str = "Protocol office"
    notes: str = ""


def test_fifty_thousand_follow_ups_stay_fast(qtbot: Any, db: Database) -> None:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QHeaderView

    from app.services.followups import FollowUpRow
    from ui.editing.store import Store
    from ui.pages.followups_view import FollowUpsView

    region = _Region(1)
    start = date(2025, 1, 1)
    rows = [
        FollowUpRow(
            _FollowUp(
                n, 1, None, start + timedelta(days=n % 900), ("open", "done")[n % 2], f"Action {n}"
            ),  # type: ignore[arg-type]
            region,  # type: ignore[arg-type]
            None,
        )
        for n in range(50_000)
    ]
    view = FollowUpsView(Store(db), QUndoStack())
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    began = time.perf_counter()
    view.model.today = date(2026, 1, 1)
    view.model.set_rows(rows)
    view.proxy.set_status(None)
    qtbot.wait(1)
    assert view.proxy.rowCount() == 50_000
    view.proxy.set_status(OPEN)
    view.set_filter("action 4999")
    view.table.sortByColumn(FollowUpModel.COL_TITLE, Qt.SortOrder.AscendingOrder)
    elapsed = time.perf_counter() - began
    assert view.proxy.rowCount() == 5  # 49990 … 49998: the even (open) ones
    assert elapsed < 5.0, elapsed
    # no widget per row; one fixed row height
    assert view.table.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed
    qtbot.waitUntil(lambda: view.count_label.text().startswith("5 follow-up actions"))


def test_people_list_sorts_itself_ignoring_case_and_keeps_the_selection(
    qtbot: Any, demo_db: Database
) -> None:
    """The people list sorts in one Python pass (no lessThan per pair through the
    proxy); clicking a header sorts by that column, a reload keeps the order, the
    selected person stays selected and the filter still applies."""
    from PySide6.QtGui import QUndoStack

    from app.services.people import create_person
    from ui.editing.store import Store
    from ui.pages.people_view import PeopleView

    create_person(demo_db, given_name="anna", family_name="aalto", organisation="x")
    create_person(demo_db, given_name="Zoë", family_name="Zimmer", organisation="y")
    view = PeopleView(Store(demo_db), QUndoStack())
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def names() -> list[str]:
        return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]

    shown = names()
    assert shown == sorted(shown, key=str.casefold)
    anna = next(n for n in shown if n.startswith("anna"))
    zoe = next(n for n in shown if n.startswith("Zoë"))
    assert shown.index(anna) < shown.index(zoe)  # lower case sorts among upper case
    view.table.selectRow(0)
    chosen = view.current_id()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names() == sorted(shown, key=str.casefold, reverse=True)
    assert view.current_id() == chosen  # the selection moved with the row
    view.reload()
    assert names() == sorted(shown, key=str.casefold, reverse=True)
    view.set_filter("zimmer")
    assert names() == [n for n in shown if "zimmer" in n.casefold()]
