"""The Export menu and the export controller are built from the exporter registry:
an exporter added to it gets its submenu of languages, its "for one person" entry,
and writes its file from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu

from app.db.engine import Database
from app.exports import registry
from app.exports.registry import ExportRequest
from app.services.trips import get_trip
from tests.support.fake_exporter import FAKE
from tests.ui.conftest import MessageBoxes, make_window
from ui.shell.action_ids import Menu

pytestmark = pytest.mark.gui


def menu_entries(menu: QMenu) -> list[str]:
    return [a.menu().objectName() if a.menu() else a.objectName() for a in menu.actions()]


def test_the_export_menu_lists_every_registered_exporter(
    qtbot: Any,
    demo_db: Database,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(registry, "EXPORTERS", (*registry.EXPORTERS, FAKE))
    window = make_window(qtbot, demo_db)
    window.start()
    trip_id = int(get_trip(demo_db, "hokkaido-2026").id)  # type: ignore[arg-type]
    window.open_trip(trip_id)

    entries = menu_entries(window.menu_actions.menus[Menu.EXPORT])
    assert entries[-3:] == ["", "menu_fake", "action_fake_person"]  # after a separator
    assert [e for e in entries if e.startswith("menu_")] == [
        "menu_itinerary",
        "menu_ics",
        "menu_dossier",
        "menu_fake",
    ]
    fake_menu = window.menu_actions.export_menus["fake"]
    assert fake_menu.title() == "Fake list"
    assert [a.text() for a in fake_menu.actions()] == ["Deutsch", "English", "日本語"]
    assert window.export_action("fake_person").text() == "Fake list for one person…"

    target = tmp_path / "fake.txt"
    asked: list[str] = []

    def fake_save(_parent: Any, _title: str, suggested: str, file_filter: str) -> tuple[str, str]:
        asked.append(suggested)
        assert file_filter == "Text files (*.txt)"
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    with qtbot.waitSignal(window.exports.finished, timeout=30_000):
        window.export_action("fake_ja").trigger()
    assert asked == [str(Path.home() / "hokkaido-2026-fake-ja.txt")]
    assert target.read_text(encoding="utf-8") == repr(ExportRequest(trip_id, ("ja",)))


def test_trip_exports_wait_for_a_trip_and_region_exports_do_not(
    qtbot: Any, db: Database, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(registry, "EXPORTERS", (*registry.EXPORTERS, FAKE))
    window = make_window(qtbot, db)
    window.start()
    menus, actions = window.menu_actions.export_menus, window.menu_actions.export_actions
    assert not menus["fake"].isEnabled() and not actions["fake_person"].isEnabled()
    assert not menus["itinerary"].isEnabled() and not actions["ics_person"].isEnabled()
    assert menus["dossier"].isEnabled()
