"""A person dialog save is one unit of work: an invalid language pair refuses the
whole save, and a good one is one undo step that undo and redo write back at once."""

from __future__ import annotations

from typing import Any

import pytest

from app.db.engine import Database
from app.services.people import get_person, list_interpreters
from tests.support.db_dump import table_rows
from tests.support.write_transactions import write_transactions
from tests.ui.conftest import answer_dialog, click_ok, raise_failures
from ui.dialogs.person_dialog import PersonDialog
from ui.editing.record_ops import PERSON
from ui.shell.sidebar import Section

pytestmark = pytest.mark.gui


def state(db: Database, person_id: int) -> dict[str, Any]:
    """The person's fields and language pairs, as the undo history keeps them."""
    return PERSON.snapshot(db, get_person(db, person_id))


def test_an_invalid_language_pair_refuses_the_new_name_too(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    window.sidebar.select(Section.INTERPRETERS)
    view = window.interpreters_view
    interpreter = list_interpreters(demo_db)[0]
    person_id = int(interpreter.id)  # type: ignore[arg-type]
    view.select(person_id)
    before = state(demo_db, person_id)
    steps = window.undo_stack.count()
    saved: dict[str, Any] = {}

    def edit(dialog: PersonDialog) -> None:
        dialog.family.setText("Umbenannt")
        dialog.pairs.setText("de-ja, ja-ja")
        rows = table_rows(demo_db)
        with write_transactions(demo_db) as writes:
            click_ok(qtbot, dialog)
        label = dialog.errors._labels["pairs"]
        assert {
            "open": dialog.isVisible(),
            "error": label.text() if not label.isHidden() else None,
            "database unchanged": table_rows(demo_db) == rows,
            "undo steps": window.undo_stack.count() - steps,
            "writes": writes.committed,
        } == {
            "open": True,
            "error": "A language pair needs two different languages.",
            "database unchanged": True,
            "undo steps": 0,
            "writes": 0,
        }
        dialog.pairs.setText("de-ja, en-ja")
        with write_transactions(demo_db) as writes:
            click_ok(qtbot, dialog)
        saved.update(open=dialog.isVisible(), writes=writes.committed)

    answered = answer_dialog(qtbot, edit, PersonDialog)
    view.edit_current()
    raise_failures(answered)
    assert saved == {"open": False, "writes": 1}
    assert window.undo_stack.count() == steps + 1
    after = state(demo_db, person_id)
    assert after["family_name"] == "Umbenannt"
    assert after["language_pairs"] == [("de", "ja"), ("en", "ja")]

    with write_transactions(demo_db) as writes:
        window.undo_stack.undo()
    assert (writes.committed, state(demo_db, person_id)) == (1, before)
    with write_transactions(demo_db) as writes:
        window.undo_stack.redo()
    assert (writes.committed, state(demo_db, person_id)) == (1, after)


def test_salutation_title_katakana_organisation_and_precedence_are_saved(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    window.sidebar.select(Section.PEOPLE)
    view = window.people_view
    steps = window.undo_stack.count()

    def fill(dialog: PersonDialog) -> None:
        assert [dialog.salutation.itemText(n) for n in range(3)] == ["—", "Ms", "Mr"]
        dialog.family.setText("Kösterbrink")
        dialog.given.setText("Renate")
        dialog.name_ja.setText("レナーテ・ケスターブリンク")
        dialog.salutation.setCurrentIndex(dialog.salutation.findData("ms"))
        dialog.academic_title.setText("Dr.")
        dialog.precedence.setValue(2)
        dialog.function.field("organisation", "en").setText("Ruhr Regional Association")
        assert dialog.function.missing() == ["de", "ja"]
        dialog.function.field("organisation", "de").setText("Regionalverband Ruhr")
        dialog.function.field("organisation", "ja").setText("ルール地域連合")
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, fill, PersonDialog)
    view.new_record()
    raise_failures(seen)
    assert window.undo_stack.count() == steps + 1
    person = get_person(demo_db, view.current_id())
    assert (person.salutation, person.academic_title, person.precedence) == ("ms", "Dr.", 2)
    assert person.name_ja == "レナーテ・ケスターブリンク"
    assert person.organisation_ja == "ルール地域連合"

    def reopen(dialog: PersonDialog) -> None:
        assert dialog.salutation.currentData() == "ms"
        assert dialog.precedence.value() == 2
        assert dialog.function.field("organisation", "de").text() == "Regionalverband Ruhr"
        dialog.name_ja.setText("レナーテ様")  # 様 is the program's to add
        click_ok(qtbot, dialog)
        assert dialog.isVisible()
        dialog.reject()

    seen = answer_dialog(qtbot, reopen, PersonDialog)
    view.edit_current()
    raise_failures(seen)
    assert window.undo_stack.count() == steps + 1
