"""The venue directory in the window: the Venues page lists every venue in the
window's language with the items held there; a venue dialog save is one undo step;
a venue still in use is not deleted, an unused one is, and undo brings it back."""

from __future__ import annotations

from typing import Any

import pytest

from app.db.engine import Database
from app.locale.i18n import set_language
from app.services.venues import add_venue, list_venues, venue_use_counts
from models.ids import id_of
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, raise_failures
from ui.dialogs.venue_dialog import VenueDialog
from ui.shell.sidebar import Section

pytestmark = pytest.mark.gui


def cells(view: Any, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_the_venues_page_lists_the_directory_with_its_use(window: Any, demo_db: Database) -> None:
    window.sidebar.select(Section.VENUES)
    view = window.venues_view
    assert window.stack.currentWidget() is view
    venues = list_venues(demo_db)
    assert view.proxy.rowCount() == len(venues)
    assembly = next(v for v in venues if v.slug == "hokkaido-assembly")
    uses = venue_use_counts(demo_db)[id_of(assembly)]
    view.select(id_of(assembly))
    row = view.table.currentIndex().row()
    assert view.proxy.index(row, 0).data() == assembly.name_en
    assert view.proxy.index(row, 2).data() == "Asia/Tokyo"
    assert view.proxy.index(row, 3).data() == str(uses)
    window.sidebar.search.setText("Sapporo")
    assert 0 < view.proxy.rowCount() < len(venues)
    window.sidebar.search.clear()


def test_the_venue_names_follow_the_window_language(window: Any, demo_db: Database) -> None:
    window.sidebar.select(Section.VENUES)
    try:
        window.set_language("ja")
        assert "北海道庁本庁舎" in cells(window.venues_view, 0)
        assert window.venues_view.heading.text() != "Venues"
    finally:
        window.set_language("en")
        set_language("en")


def test_new_edit_and_undo_a_venue(window: Any, qtbot: Any, demo_db: Database) -> None:
    window.sidebar.select(Section.VENUES)
    view = window.venues_view
    count = len(list_venues(demo_db))
    steps = window.undo_stack.count()

    def fill(dialog: VenueDialog) -> None:
        assert dialog.texts.tabText(2) == "日本語"
        dialog.texts.field("name", "en").setText("Sapporo Clock Tower")
        dialog.texts.field("address", "en").setPlainText("Kita 1 Nishi 2, Chuo-ku, Sapporo")
        # written in English only: the other two tabs are marked
        assert dialog.texts.missing() == ["de", "ja"]
        dialog.texts.field("name", "de").setText("Uhrturm Sapporo")
        dialog.texts.field("name", "ja").setText("札幌市時計台")
        dialog.zone.setCurrentText("Asia/Tokyo")
        dialog.latitude.setText("43,0625")  # a decimal comma is read as a point
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, fill, VenueDialog)
    view.new_record()
    raise_failures(seen)
    assert window.undo_stack.count() == steps + 1
    created = next(v for v in list_venues(demo_db) if v.name_en == "Sapporo Clock Tower")
    assert (created.name_ja, created.timezone, created.latitude) == (
        "札幌市時計台",
        "Asia/Tokyo",
        43.0625,
    )
    assert view.current_id() == created.id

    def rename(dialog: VenueDialog) -> None:
        assert dialog.latitude.text() == "43.0625"
        dialog.texts.field("name", "en").setText("Sapporo Clock Tower (Tokeidai)")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, rename, VenueDialog)
    view.edit_current()
    raise_failures(seen)
    assert window.undo_stack.count() == steps + 2
    window.undo_stack.undo()
    assert next(v for v in list_venues(demo_db) if v.id == created.id).name_en == (
        "Sapporo Clock Tower"
    )
    window.undo_stack.undo()
    assert len(list_venues(demo_db)) == count
    window.undo_stack.redo()
    assert len(list_venues(demo_db)) == count + 1


def test_a_venue_in_use_is_not_deleted_an_unused_one_is(
    window: Any, demo_db: Database, boxes: MessageBoxes
) -> None:
    window.sidebar.select(Section.VENUES)
    view = window.venues_view
    venues = list_venues(demo_db)
    used = next(v for v in venues if v.slug == "hokkaido-assembly")
    view.select(id_of(used))
    steps = window.undo_stack.count()
    view.delete_current()
    assert any("cannot be deleted" in t for t in boxes.texts("warning"))
    assert len(list_venues(demo_db)) == len(venues)
    assert window.undo_stack.count() == steps

    unused = add_venue(demo_db, name_en="Spare room", timezone="Europe/Berlin")
    window.store.notify_all()
    view.select(id_of(unused))
    view.delete_current()
    assert len(list_venues(demo_db)) == len(venues)
    assert window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert "Spare room" in {v.name_en for v in list_venues(demo_db)}
