"""Switching the language at run time: our texts, dates, and Qt's own buttons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from app.locale.i18n import current_language, translate_in
from tests.ui.conftest import answer_dialog, raise_failures
from ui.dialogs.item_dialog import ItemDialog
from ui.shell import settings
from ui.shell.action_ids import ActionId

pytestmark = pytest.mark.gui


def cancel_text_of_next_item_dialog(window: Any, qtbot: Any) -> str:
    texts: list[str] = []

    def read(dialog: ItemDialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        texts.append(box.button(QDialogButtonBox.StandardButton.Cancel).text())
        dialog.reject()

    seen = answer_dialog(qtbot, read, ItemDialog)
    window.trip_view.new_record()
    raise_failures(seen)
    return texts[0]


def test_switch_to_japanese_and_back(window: Any, qtbot: Any) -> None:
    lang_ja = window.action(ActionId.LANG_JA)
    assert window.action(ActionId.LANG_EN).isChecked()
    lang_ja.trigger()
    assert current_language() == "ja"
    assert lang_ja.isChecked() and not window.action(ActionId.LANG_EN).isChecked()
    assert settings.read(settings.KEY_LANGUAGE) == "ja"
    # Qt's own texts come from qtbase_ja
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert cancel_text_of_next_item_dialog(window, qtbot) == "キャンセル"
    # menus, tabs and headers are retranslated through the catalogues
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[0] == translate_in("ja", "&File")
    assert menus[-2] == translate_in("ja", "&Language")
    tabs = window.trip_view.tabs
    assert tabs.tabText(0) == translate_in("ja", "Programme")
    # dates follow the language: Japanese weekdays in the day headings
    day_heading = window.trip_view.programme_tab.model.index(0, 0).data()
    assert "4月13日（月）" in day_heading
    assert "2026年4月13日" in window.trip_view.summary.text()

    window.action(ActionId.LANG_EN).trigger()
    assert current_language() == "en"
    assert cancel_text_of_next_item_dialog(window, qtbot) == "Cancel"
    assert window.menuBar().actions()[0].text() == "&File"
    assert "Mon 13 April" in window.trip_view.programme_tab.model.index(0, 0).data()


def test_german_dates_and_buttons(window: Any, qtbot: Any) -> None:
    window.set_language("de")
    assert cancel_text_of_next_item_dialog(window, qtbot) == "Abbrechen"
    assert "Mo., 13. April" in window.trip_view.programme_tab.model.index(0, 0).data()
    assert "13.–21. April 2026" in window.trip_view.summary.text()
