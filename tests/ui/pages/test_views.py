"""Delegation, follow-ups, people and partner regions, driven through their views."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from app.services.delegation import list_members
from app.services.followups import list_follow_ups
from app.services.people import get_person, list_people
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, double_click, raise_failures
from ui.dialogs.followup_dialog import FollowUpDialog
from ui.dialogs.member_dialog import MemberDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.models.followup_model import OVERDUE_BACKGROUND, FollowUpModel
from ui.pages.followup_filter import OPEN
from ui.shell.action_ids import ActionId
from ui.shell.sidebar import Section
from ui.trip.tabs import TripTab

pytestmark = pytest.mark.gui


def member_names(window: Any) -> list[str]:
    model = window.trip_view.delegation_tab.model
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_add_reorder_and_remove_members(window: Any, qtbot: Any, demo_db: Database) -> None:
    trip_id = window.trip_view.trip_id
    tab = window.trip_view.delegation_tab
    before = member_names(window)

    def add(dialog: MemberDialog) -> None:
        dialog.person.setCurrentIndex(0)
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, add, MemberDialog)
    window.action(ActionId.ADD_MEMBER).trigger()
    raise_failures(seen)
    after = member_names(window)
    assert len(after) == len(before) + 1
    added = after[-1]
    assert "7 members" in window.trip_view.summary.text()

    tab.select(tab.model.row(len(after) - 1).key)
    qtbot.mouseClick(tab.buttons["up"], Qt.MouseButton.LeftButton)
    assert member_names(window)[-2] == added
    assert [m.member.precedence for m in list_members(demo_db, trip_id)] == list(
        range(1, len(after) + 1)
    )
    window.undo_stack.undo()
    assert member_names(window)[-1] == added
    qtbot.mouseClick(tab.buttons["remove"], Qt.MouseButton.LeftButton)
    assert member_names(window) == before
    window.undo_stack.undo()
    assert member_names(window)[-1] == added


def test_change_a_members_role_and_undo(window: Any, qtbot: Any, demo_db: Database) -> None:
    tab = window.trip_view.delegation_tab
    row = tab.model.row(1)
    tab.select(row.key)

    def to_staff(dialog: MemberDialog) -> None:
        assert not dialog.person.isEnabled()
        dialog.role.setCurrentIndex(dialog.role.findData("staff"))
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, to_staff, MemberDialog)
    qtbot.mouseClick(tab.buttons["role"], Qt.MouseButton.LeftButton)
    raise_failures(seen)
    roles = {m.member.id: m.member.role for m in list_members(demo_db, window.trip_view.trip_id)}
    assert roles[row.key] == "staff"
    assert tab.model.index(1, 2).data() == "staff"
    window.undo_stack.undo()
    roles = {m.member.id: m.member.role for m in list_members(demo_db, window.trip_view.trip_id)}
    assert roles[row.key] != "staff"


def test_member_dialog_can_create_a_new_person(window: Any, qtbot: Any, demo_db: Database) -> None:
    def person(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.family, "Nakamura")
        qtbot.keyClicks(dialog.given, "Aoi")
        dialog.native.setText("中村 葵")  # typed through an input method, not key presses
        dialog.family_first.setChecked(True)
        click_ok(qtbot, dialog)

    def member(dialog: MemberDialog) -> None:
        inner = answer_dialog(qtbot, person, PersonDialog)
        qtbot.mouseClick(dialog.new_person, Qt.MouseButton.LeftButton)
        raise_failures(inner)
        assert "NAKAMURA" in dialog.person.currentText()
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, member, MemberDialog)
    window.trip_view.delegation_tab.add_member()
    raise_failures(seen)
    assert any("中村 葵" in name for name in member_names(window))


def test_person_dialog_shows_errors_and_marks_sensitive_notes(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    window.sidebar.select(Section.PEOPLE)
    view = window.people_view
    target = next(p for p in list_people(demo_db) if p.dietary_notes)
    view.select(target.id)

    def edit(dialog: PersonDialog) -> None:
        assert dialog.sensitive.title() == "Sensitive"
        assert "Never printed or exported" in dialog.sensitive_note.text()
        assert dialog.dietary.toPlainText() == target.dietary_notes
        dialog.email.setText("not-an-address")
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        label = dialog.errors._labels["email"]
        assert "not a valid e-mail address" in label.text() and not label.isHidden()
        assert dialog.email.text() == "not-an-address"
        dialog.email.setText("ok@example.org")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, edit, PersonDialog)
    view.edit_current()
    raise_failures(seen)
    assert get_person(demo_db, target.id).email == "ok@example.org"


def test_interpreters_view_lists_language_pairs(window: Any) -> None:
    window.sidebar.select(Section.INTERPRETERS)
    model = window.interpreters_view.model
    assert model.rowCount() >= 1
    assert all("↔" in model.index(r, 1).data() for r in range(model.rowCount()))


def test_follow_ups_filter_highlight_and_create_from_an_item(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    window.sidebar.select(Section.FOLLOW_UPS)
    view = window.follow_ups_view
    view.model.today = date(2031, 1, 1)  # everything still open is overdue then
    view.reload()
    first = view.proxy.index(0, 0)
    assert first.data(Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert view.status_filter.currentData() == OPEN
    open_rows = view.proxy.rowCount()
    view.status_filter.setCurrentIndex(view.status_filter.findData(None))
    assert view.proxy.rowCount() == len(list_follow_ups(demo_db)) >= open_rows
    manchester = view.region_filter.findText("Greater Manchester")
    view.region_filter.setCurrentIndex(manchester)
    regions = {
        view.model.row_at(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).region.slug
        for r in range(view.proxy.rowCount())
    }
    assert regions == {"greater-manchester"}

    window.open_trip(window.trip_view.trip_id)
    item_view = next(v for v in window.trip_view.programme.items if v.item.title_en)
    window.trip_view.programme_tab.select_item(int(item_view.item.id))

    def create(dialog: FollowUpDialog) -> None:
        assert dialog.texts.titles["en"].text() == f"Follow-up: {item_view.item.title_en}"
        dialog.texts.setCurrentIndex(1)
        qtbot.keyClicks(dialog.texts.field("owner", "en"), "Protocol office")
        assert "⚠" in dialog.texts.tabText(0)  # the German tab lacks the owner now
        click_ok(qtbot, dialog)

    count = len(list_follow_ups(demo_db))
    seen = answer_dialog(qtbot, create, FollowUpDialog)
    window.action(ActionId.FOLLOW_UP).trigger()
    raise_failures(seen)
    rows = list_follow_ups(demo_db)
    assert len(rows) == count + 1
    created = next(r for r in rows if r.follow_up.item_id == item_view.item.id)
    assert created.follow_up.owner_en == "Protocol office"
    assert created.trip is not None and created.trip.id == window.trip_view.trip_id
    tab = window.trip_view.follow_ups_tab
    assert any(
        tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()).follow_up.id
        == created.follow_up.id
        for r in range(tab.proxy.rowCount())
    )
    window.undo_stack.undo()
    assert len(list_follow_ups(demo_db)) == count


def test_edit_a_follow_up_by_double_click(window: Any, qtbot: Any, demo_db: Database) -> None:
    window.sidebar.select(Section.FOLLOW_UPS)
    view = window.follow_ups_view
    index = view.proxy.index(0, FollowUpModel.COL_OWNER)
    record = view.model.row_at(view.proxy.mapToSource(index).row()).follow_up

    def done(dialog: FollowUpDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, done, FollowUpDialog)
    qtbot.waitExposed(view.table)
    double_click(qtbot, view.table.viewport(), view.table.visualRect(index).center())
    raise_failures(seen)
    status = {r.follow_up.id: r.follow_up.status for r in list_follow_ups(demo_db)}
    assert status[record.id] == "done"


def test_region_view_shows_the_partnership(window: Any, boxes: MessageBoxes) -> None:
    window.sidebar.select(Section.REGIONS)
    view = window.regions_view
    view.select(next(k for k, r in view.regions.items() if r.slug == "hokkaido"))
    detail = view.detail
    assert detail.names.text() == "Hokkaido · 北海道"  # each spelling once, no macron
    assert "Japan" in detail.country.text()
    assert "Asia/Tokyo — now" in detail.zone.text() and "JST" in detail.zone.text()
    for key in ("history", "agreements", "trips", "contacts", "follow_ups"):
        assert detail.models[key].rowCount() > 0, key


def test_the_delegation_tab_still_moves_like_a_widget(window: Any) -> None:
    """Moving a member is move_selected; QWidget.move keeps placing the widget."""
    from PySide6.QtCore import QPoint

    tab = window.trip_view.delegation_tab
    before = member_names(window)
    tab.move(3, 4)
    assert tab.pos() == QPoint(3, 4)
    assert member_names(window) == before
    assert window.undo_stack.count() == 0


def test_drag_a_member_to_another_place_and_undo(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    """Dropping the last member onto the upper half of the first row makes them first,
    in one undoable step; the order is saved as protocol precedence."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    window.show_trip_tab(TripTab.DELEGATION)
    tab = window.trip_view.delegation_tab
    trip_id = window.trip_view.trip_id
    before = member_names(window)
    table = tab.table
    last = len(before) - 1
    table.selectRow(last)
    dragged = tab.model.row(last).key
    first = table.visualRect(tab.model.index(0, 1))
    mime = tab.model.mimeData([tab.model.index(last, 0)])
    drop = QDropEvent(
        QPointF(first.center().x(), first.top() + 2),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    table.dropEvent(drop)

    assert member_names(window) == [before[-1], *before[:-1]]
    assert [m.member.precedence for m in list_members(demo_db, trip_id)] == list(
        range(1, len(before) + 1)
    )
    assert tab.current_member_id() == dragged  # still selected, now at the top
    window.undo_stack.undo()
    assert member_names(window) == before
