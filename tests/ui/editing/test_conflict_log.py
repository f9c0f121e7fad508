"""People edited in the window, with a colleague saving the same person meanwhile:
the log records the conflict and the export, never the private notes typed in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from app.db.engine import Database
from app.db.opening import open_database
from app.logs import configure_logging
from app.services.people import list_people, update_person
from tests.support.logs import log_text
from tests.ui.conftest import answer_dialog, click_ok, raise_failures
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.shell.sidebar import Section

pytestmark = pytest.mark.gui

DIETARY = "Erdnussallergie"
HEALTH = "Insulinpflichtiger Diabetes"
NEW_DIETARY = "Erdnuss- und Sesamallergie"
PRIVATE_PHONE = "+49 170 5550199"


@pytest.fixture
def other_user(demo_db: Database) -> Iterator[Database]:
    other = open_database(demo_db.url)
    yield other
    other.close()


def test_a_person_with_notes_a_conflict_and_an_export_leave_no_notes_in_the_log(
    window: Any,
    qtbot: Any,
    demo_db: Database,
    other_user: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    configure_logging(debug=True)
    window.sidebar.select(Section.PEOPLE)
    view = window.people_view

    def create(dialog: PersonDialog) -> None:
        qtbot.keyClicks(dialog.family, "Muster")
        qtbot.keyClicks(dialog.given, "Maria")
        dialog.phone_private.setText(PRIVATE_PHONE)
        dialog.dietary.setPlainText(DIETARY)
        dialog.health.setPlainText(HEALTH)
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, create, PersonDialog)
    view.new_record()
    raise_failures(seen)
    person = next(p for p in list_people(demo_db) if p.family_name == "Muster")
    assert (person.dietary_notes, person.health_notes) == (DIETARY, HEALTH)

    def answer_conflict(dialog: ConflictDialog) -> None:
        qtbot.mouseClick(
            dialog.findChild(type(dialog.reload_button), "keep_copy"), Qt.MouseButton.LeftButton
        )

    def edit(dialog: PersonDialog) -> None:
        update_person(other_user, int(person.id), person.version, title="Dr.")  # type: ignore[arg-type]
        dialog.dietary.setPlainText(NEW_DIETARY)
        seen.extend(answer_dialog(qtbot, answer_conflict, ConflictDialog))
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, edit, PersonDialog)
    view.select(int(person.id))  # type: ignore[arg-type]
    view.edit_current()
    raise_failures(seen)
    assert any(p.dietary_notes == NEW_DIETARY for p in list_people(demo_db))  # the copy

    target = tmp_path / "trip.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), a[-1]))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        window.export_action("ics_de").trigger()

    log = log_text()
    assert f"Conflict: person #{person.id} expected at version {person.version}" in log
    assert f"Export written: {target} (ics, " in log
    for private in (DIETARY, HEALTH, NEW_DIETARY, PRIVATE_PHONE, "Erdnuss"):
        assert private not in log
