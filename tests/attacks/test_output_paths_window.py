"""The window's Export menu refuses the same output paths as ``export … -o``: the
database it has open, here through a symbolic link.
The file dialog is answered by the test; the export runs in the window's worker."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.db.engine import Database
from tests.ui.conftest import MessageBoxes, boxes, window  # noqa: F401 - fixtures

pytestmark = pytest.mark.gui


def test_window_export_onto_its_database_is_refused(
    window: Any,  # noqa: F811 - the fixture imported above
    qtbot: Any,
    db_path: Path,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,  # noqa: F811
) -> None:
    link = db_path.parent / "calendar.ics"
    link.symlink_to(db_path)
    demo_db.engine.dispose()  # everything on disk, so the bytes can be compared
    before = db_path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(link), a[-1]))
    boxes.answer = QMessageBox.StandardButton.No

    with qtbot.waitSignal(window.exports.failed, timeout=60_000) as blocker:
        window.export_action("ics_en").trigger()

    assert "open database" in blocker.args[0]
    assert any("open database" in text for text in boxes.texts("warning"))
    assert link.is_symlink()
    demo_db.engine.dispose()
    assert db_path.read_bytes() == before
    assert stat.S_ISREG(db_path.stat().st_mode)
