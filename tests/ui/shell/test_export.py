"""Exports through the window's actions: file dialog patched, work in a thread with a
progress dialog, an offer to open the file afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.enums import Edition
from tests.ui.conftest import MessageBoxes, answer_dialog, click_ok, raise_failures
from ui.dialogs.export_dialog import ExportDialog, edition_label
from ui.shell.sidebar import Section

pytestmark = pytest.mark.gui


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes) -> dict[str, Any]:
    """getSaveFileName answers with ``target``; 'Open it now?' is answered Yes."""
    state: dict[str, Any] = {"opened": [], "asked": []}

    def fake_save(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        state["asked"].append(suggested)
        return str(state["target"]), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: state["opened"].append(url))
    boxes.answer = QMessageBox.StandardButton.Yes
    return state


def test_itinerary_pdf_in_german_and_japanese(
    window: Any, qtbot: Any, tmp_path: Path, save_to: dict[str, Any]
) -> None:
    target = tmp_path / "itinerary.pdf"
    save_to["target"] = target
    with qtbot.waitSignal(window.exports.finished, timeout=60_000) as blocker:
        window.export_action("itinerary_de-ja").trigger()
    assert blocker.args == [str(target)]
    assert save_to["asked"][0].endswith("hokkaido-2026-itinerary-de-ja.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert save_to["opened"] == [QUrl.fromLocalFile(str(target))]
    assert window.exports.progress is None


def test_calendar_for_the_trip_and_for_one_person(
    window: Any, qtbot: Any, tmp_path: Path, save_to: dict[str, Any], boxes: MessageBoxes
) -> None:
    save_to["target"] = tmp_path / "trip.ics"
    boxes.answer = QMessageBox.StandardButton.No
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        window.export_action("ics_en").trigger()
    trip_ics = save_to["target"].read_text(encoding="utf-8")
    assert trip_ics.startswith("BEGIN:VCALENDAR")
    assert save_to["opened"] == []

    save_to["target"] = tmp_path / "person.ics"
    member = window.trip_view.programme.members[-1].person

    def choose(dialog: ExportDialog) -> None:
        dialog.person.setCurrentIndex(dialog.person.findData(member.id))
        dialog.language.setCurrentIndex(dialog.language.findData("ja"))
        assert not dialog.sensitive.isChecked()
        # the partner edition is preselected; sensitive data only in the internal one
        assert dialog.edition() is Edition.PARTNER
        assert not dialog.sensitive.isEnabled()
        assert "partner edition" in dialog.writes.text()
        dialog.edition_buttons[Edition.INTERNAL].setChecked(True)
        assert dialog.sensitive.isEnabled() and "internal edition" in dialog.writes.text()
        dialog.sensitive.setChecked(True)
        dialog.edition_buttons[Edition.PARTNER].setChecked(True)
        assert not dialog.sensitive.isChecked()
        assert dialog.choice().edition is Edition.PARTNER
        click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, choose, ExportDialog)
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        window.export_action("ics_person").trigger()
    raise_failures(seen)
    person_ics = save_to["target"].read_text(encoding="utf-8")
    assert person_ics.count("BEGIN:VEVENT") < trip_ics.count("BEGIN:VEVENT")


def test_dossier_from_the_region_view(
    window: Any, qtbot: Any, tmp_path: Path, save_to: dict[str, Any]
) -> None:
    from PySide6.QtCore import Qt

    save_to["target"] = tmp_path / "dossier.pdf"
    window.sidebar.select(Section.REGIONS)
    button = window.regions_view.detail.export_button
    with qtbot.waitSignal(window.exports.finished, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert save_to["target"].read_bytes().startswith(b"%PDF")


def test_a_failed_export_explains_and_leaves_nothing(
    window: Any, qtbot: Any, tmp_path: Path, save_to: dict[str, Any], boxes: MessageBoxes
) -> None:
    save_to["target"] = tmp_path / "missing-folder" / "itinerary.pdf"
    with qtbot.waitSignal(window.exports.failed, timeout=60_000) as blocker:
        window.export_action("itinerary_en").trigger()
    assert "Nothing was written" in blocker.args[0]
    assert any("Nothing was written" in text for text in boxes.texts("warning"))
    assert not save_to["target"].parent.exists()
    assert save_to["opened"] == []


def test_cancelled_file_dialog_does_nothing(
    window: Any, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.export_action("dossier_de").trigger()
    assert window.exports.progress is None
    assert boxes.shown == []


def test_menu_exports_the_partner_edition_unless_internal_is_checked(
    window: Any, qtbot: Any, tmp_path: Path, save_to: dict[str, Any], boxes: MessageBoxes
) -> None:
    from tests.support.poppler import pdf_text

    boxes.answer = QMessageBox.StandardButton.No
    actions = window.menu_actions.edition_actions
    assert actions[Edition.PARTNER].isChecked() and not actions[Edition.INTERNAL].isChecked()
    titles: list[str] = []
    original = QFileDialog.getSaveFileName

    def remember_title(parent: Any, title: str, suggested: str, filt: str) -> tuple[str, str]:
        titles.append(title)
        return original(parent, title, suggested, filt)

    QFileDialog.getSaveFileName = remember_title  # type: ignore[method-assign]
    try:
        save_to["target"] = partner = tmp_path / "partner.pdf"
        with qtbot.waitSignal(window.exports.finished, timeout=60_000):
            window.export_action("itinerary_de").trigger()
        actions[Edition.INTERNAL].trigger()
        assert window.menu_actions.edition() is Edition.INTERNAL
        save_to["target"] = internal = tmp_path / "internal.pdf"
        with qtbot.waitSignal(window.exports.finished, timeout=60_000):
            window.export_action("itinerary_de").trigger()
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    # The file dialog says which edition it writes; the internal copy is named as such.
    assert edition_label(Edition.PARTNER) in titles[0]
    assert edition_label(Edition.INTERNAL) in titles[1]
    assert save_to["asked"][1].endswith("hokkaido-2026-itinerary-de-internal.pdf")
    partner_text = pdf_text(partner.read_bytes(), tmp_path)
    internal_text = pdf_text(internal.read_bytes(), tmp_path)
    assert "Koffer" not in partner_text and "nicht zur Weitergabe" not in partner_text
    assert "Intern – nicht zur Weitergabe" in internal_text
