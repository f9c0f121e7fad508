"""The item dialog takes its venue from the directory: the zone follows the venue
unless the user chose it by hand, "New venue…" creates one (its own undo step) and
selects it, and the texts per language, shared and internal, are saved as typed."""

from __future__ import annotations

from typing import Any

import pytest

from app.db.engine import Database
from app.services.programme import get_item
from app.services.venues import get_venue, list_venues
from tests.ui.conftest import answer_dialog, click_ok, raise_failures
from ui.dialogs.item_dialog import ItemDialog, VenueChoice
from ui.dialogs.venue_dialog import VenueDialog

pytestmark = pytest.mark.gui


def choose(dialog: ItemDialog, slug: str, db: Database) -> None:
    venue = get_venue(db, slug)
    dialog.select_venue(venue.id)
    assert isinstance(dialog.venue.currentData(), VenueChoice)


def test_the_zone_follows_the_venue_until_chosen_by_hand(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    def check(dialog: ItemDialog) -> None:
        assert dialog.venue.currentText() == "— no venue —"
        choose(dialog, "duesseldorf-airport", demo_db)
        assert dialog.zone_combo.currentText() == "Europe/Berlin"
        choose(dialog, "hokkaido-assembly", demo_db)
        assert dialog.zone_combo.currentText() == "Asia/Tokyo"
        dialog.zone_combo.setCurrentText("Europe/London")  # the user's own choice
        choose(dialog, "duesseldorf-airport", demo_db)
        assert dialog.zone_combo.currentText() == "Europe/London"
        # a name that is not in the directory is refused beside the field
        dialog.venue.setEditText("Somewhere unknown")
        dialog.texts.field("title", "en").setText("Visit")
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        assert "New venue" in dialog.errors._labels["venue_id"].text()
        dialog.reject()

    seen = answer_dialog(qtbot, check, ItemDialog)
    window.trip_view.programme_actions.new_item()
    raise_failures(seen)


def test_new_venue_from_the_item_dialog_and_texts_per_language(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    steps = window.undo_stack.count()
    venues = len(list_venues(demo_db))

    def venue(dialog: VenueDialog) -> None:
        assert dialog.zone.currentText() == "Asia/Tokyo"  # the trip's region's
        dialog.texts.field("name", "en").setText("Otaru Canal")
        dialog.texts.field("name", "ja").setText("小樽運河")
        dialog.texts.field("name", "de").setText("Otaru-Kanal")
        click_ok(qtbot, dialog)

    def item(dialog: ItemDialog) -> None:
        dialog.zone_combo.setCurrentText("Europe/Berlin")
        dialog.zone_by_hand = False  # as if the user had not touched it
        nested = answer_dialog(qtbot, venue, VenueDialog)
        dialog.new_venue_button.click()
        raise_failures(nested)
        assert dialog.venue.currentText() == "Otaru Canal"
        assert dialog.zone_combo.currentText() == "Asia/Tokyo"
        tabs = dialog.texts
        tabs.field("title", "en").setText("Walk along the canal")
        tabs.field("title", "de").setText("Spaziergang am Kanal")
        tabs.field("title", "ja").setText("運河散策")
        tabs.field("hosts", "en").setPlainText("Otaru City")
        assert tabs.missing() == ["de", "ja"]
        assert "Hosts" in tabs.tabToolTip(0)
        tabs.field("hosts", "de").setPlainText("Stadt Otaru")
        tabs.field("hosts", "ja").setPlainText("小樽市")
        tabs.field("dress_code", "en").setText("Casual")
        tabs.field("meeting_point", "en").setPlainText("Hotel lobby")
        tabs.field("notes", "en").setPlainText("Bring umbrellas")
        tabs.field("internal_notes", "en").setPlainText("Bus paid by us")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, item, ItemDialog)
    item_id = window.trip_view.programme_actions.new_item()
    raise_failures(seen)
    assert item_id is not None
    saved = get_item(demo_db, item_id)
    created = get_venue(demo_db, saved.venue_id)
    assert created.name_ja == "小樽運河"
    assert saved.timezone == "Asia/Tokyo"
    assert (saved.hosts_de, saved.hosts_ja) == ("Stadt Otaru", "小樽市")
    assert (saved.dress_code_en, saved.meeting_point_en) == ("Casual", "Hotel lobby")
    assert (saved.notes_en, saved.internal_notes_en) == ("Bring umbrellas", "Bus paid by us")
    # the venue and the item: two undo steps, undone in turn
    assert window.undo_stack.count() == steps + 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert len(list_venues(demo_db)) == venues
    # redo creates the venue again (a new id) and the item follows it
    window.undo_stack.redo()
    window.undo_stack.redo()
    again = [v for v in list_venues(demo_db) if v.name_en == "Otaru Canal"]
    assert len(again) == 1
    item_now = next(
        v.item
        for v in window.trip_view.programme.items
        if v.item.title_en == "Walk along the canal"
    )
    assert item_now.venue_id == again[0].id


def test_editing_an_item_keeps_its_venue_and_texts(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    view = next(v for v in window.trip_view.programme.items if v.item.venue_id is not None)
    item_id = int(view.item.id)  # type: ignore[arg-type]
    before = get_item(demo_db, item_id)

    def check(dialog: ItemDialog) -> None:
        choice = dialog.venue.currentData()
        assert isinstance(choice, VenueChoice) and choice.id == before.venue_id
        assert dialog.texts.field("internal_notes", "en").toPlainText() == before.internal_notes_en
        dialog.texts.field("internal_notes", "en").setPlainText("Changed internally")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, check, ItemDialog)
    window.trip_view.programme_actions.edit_item(item_id)
    raise_failures(seen)
    after = get_item(demo_db, item_id)
    assert after.venue_id == before.venue_id
    assert after.internal_notes_en == "Changed internally"
    assert after.title_en == before.title_en


def test_topics_are_words_of_the_window_language_and_saved_as_values(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    window.set_language("ja")
    view = next(v for v in window.trip_view.programme.items if v.item.topic == "protocol")
    item_id = int(view.item.id)  # type: ignore[arg-type]

    def check(dialog: ItemDialog) -> None:
        assert dialog.topic.currentText() == "儀礼"  # not "protocol"
        dialog.topic.setCurrentIndex(dialog.topic.findData("site-visit"))
        assert dialog.topic.currentText() == "視察"
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, check, ItemDialog)
    window.trip_view.programme_actions.edit_item(item_id)
    raise_failures(seen)
    assert get_item(demo_db, item_id).topic == "site-visit"

    def free_text(dialog: ItemDialog) -> None:
        dialog.topic.setEditText("Gartenschau")  # a topic of the office's own
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, free_text, ItemDialog)
    window.trip_view.programme_actions.edit_item(item_id)
    raise_failures(seen)
    assert get_item(demo_db, item_id).topic == "Gartenschau"
