"""Attack: a user's item title with markup was rendered as HTML in the assign-interpreter
dialog (bold text, an image fetched from a file path). A user's text shows as typed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from ui.dialogs.assign_dialog import AssignDialog

pytestmark = pytest.mark.gui

TITLES = [
    '<b>X</b><img src="file:///etc/hostname">',
    "<h1>Empfang</h1>",
    '<a href="https://example.org">Empfang</a>',
]


@pytest.mark.parametrize("title", TITLES)
def test_assign_dialog_shows_the_item_title_as_typed(qtbot: Any, db: Database, title: str) -> None:
    dialog = AssignDialog(None, db, item_title=title, pair=("de", "ja"), submit=lambda _v: True)
    qtbot.addWidget(dialog)
    label = dialog.item_label
    assert label.text() == title
    assert label.textFormat() == Qt.TextFormat.PlainText
    # As rich text the label needed the width of a bold "X" or one word; as typed it
    # needs room for the tags too.
    assert label.sizeHint().width() >= label.fontMetrics().horizontalAdvance(title[:8])
