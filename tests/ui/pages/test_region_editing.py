"""Partner regions in the window: new and edit through the dialog, errors beside the
field, undo and redo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.db.engine import Database
from app.services.regions import get_region, list_regions
from tests.ui.conftest import answer_dialog, raise_failures
from ui.dialogs.region_dialog import RegionDialog
from ui.shell.action_ids import ActionId
from ui.shell.sidebar import Section


def _click_ok(qtbot: Any, dialog: RegionDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    box = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _sidebar_regions(window: Any) -> list[str]:
    node = window.sidebar.model.item(0)
    return [node.child(r).text() for r in range(node.rowCount())]


def test_new_region_with_a_bad_country_first(window: Any, qtbot: Any, demo_db: Database) -> None:
    window.sidebar.select(Section.REGIONS)
    before = len(list_regions(demo_db))
    seen_errors: list[str] = []

    def fill(dialog: RegionDialog) -> None:
        dialog.texts.titles["de"].setText("Provinz Nord-Brabant")
        dialog.texts.titles["en"].setText("North Brabant")
        dialog.texts.titles["ja"].setText("北ブラバント州")
        dialog.texts.texts["en"].setPlainText("Dutch province bordering the Ruhr region's west.")
        dialog.country.setText("N1")  # not an ISO code
        dialog.timezone.setCurrentText("Europe/Amsterdam")
        _click_ok(qtbot, dialog)
        assert dialog.isVisible()  # the error is shown, what was typed stays
        seen_errors.append(dialog.errors._labels["country"].text())
        assert dialog.texts.titles["ja"].text() == "北ブラバント州"
        dialog.country.setText("nl")
        _click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, fill, RegionDialog)
    window.action(ActionId.NEW).trigger()
    raise_failures(seen)
    assert "two-letter" in seen_errors[0]
    region = get_region(demo_db, "north-brabant")
    assert (region.country, region.timezone, region.name_ja) == (
        "NL",
        "Europe/Amsterdam",
        "北ブラバント州",
    )
    assert len(list_regions(demo_db)) == before + 1
    assert "North Brabant" in _sidebar_regions(window)
    assert window.regions_view.current_id() == region.id
    window.undo_stack.undo()
    assert len(list_regions(demo_db)) == before
    assert "North Brabant" not in _sidebar_regions(window)
    window.undo_stack.redo()
    assert get_region(demo_db, "north-brabant").name_en == "North Brabant"


def test_edit_a_region_and_undo(window: Any, qtbot: Any, demo_db: Database) -> None:
    hokkaido = get_region(demo_db, "hokkaido")
    window.sidebar.select(Section.REGIONS, hokkaido.id)
    assert window.regions_view.current_id() == hokkaido.id

    def rename(dialog: RegionDialog) -> None:
        assert dialog.timezone.currentText() == "Asia/Tokyo"
        assert dialog.texts.titles["ja"].text() == hokkaido.name_ja
        dialog.texts.titles["en"].setText("Hokkaido Prefecture")
        dialog.status.setCurrentIndex(dialog.status.findData("dormant"))
        _click_ok(qtbot, dialog)

    seen = answer_dialog(qtbot, rename, RegionDialog)
    window.action(ActionId.EDIT).trigger()
    raise_failures(seen)
    changed = get_region(demo_db, "hokkaido")
    assert (changed.name_en, changed.status) == ("Hokkaido Prefecture", "dormant")
    assert "Hokkaido Prefecture" in _sidebar_regions(window)
    window.undo_stack.undo()
    back = get_region(demo_db, "hokkaido")
    assert (back.name_en, back.status) == (hokkaido.name_en, hokkaido.status)
