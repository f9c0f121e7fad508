"""Screenshots of every main view and dialog in German, English and Japanese.

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--langs de,en,ja] [--readme PNG]

Starts the real window on the demo data in a temporary database (the user's own
settings and data are not touched), visits each view and opens each dialog as a
user would, and saves PNGs named ``<lang>/<nn>-<view>.png``. Runs headless on Qt's
offscreen platform unless a display (e.g. Xvfb) is set.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.shell.action_ids import Menu

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WINDOW_SIZE = (1440, 900)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="out/screenshots", help="folder for the PNGs")
    parser.add_argument("--langs", default="de,en,ja", help="comma-separated: de,en,ja")
    parser.add_argument("--readme", metavar="PNG", help="also save the English trip view here")
    args = parser.parse_args(argv)
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="planner-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        os.environ.pop("DELEGATION_PLANNER_DB", None)
        return Shooter(Path(tmp) / "planner.db", out).run(args.langs.split(","), args.readme)


class Shooter:
    def __init__(self, db_path: Path, out: Path) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        from app.db.opening import open_database
        from app.demo_data.loader import load_demo
        from ui.shell.application import create_application
        from ui.shell.language import LanguageSwitcher
        from ui.shell.main_window import MainWindow
        from ui.shell.window_parts import attach

        def quiet(_kind: object, _context: object, message: str) -> None:
            # The offscreen platform reports every window feature it lacks.
            if "This plugin does not support" not in message:
                print(message, file=sys.stderr)

        qInstallMessageHandler(quiet)
        self.app = create_application()
        self.db = open_database(str(db_path))
        load_demo(self.db)
        self.window = MainWindow(language=LanguageSwitcher())
        attach(self.window, self.db)
        self.window.resize(*WINDOW_SIZE)
        self.window.show()
        self.out = out
        self.saved: list[Path] = []
        self.lang = "en"
        self.count = 0

    # --- helpers -------------------------------------------------------------------

    def settle(self) -> None:
        for _round in range(3):
            self.app.processEvents()

    def save(self, widget: object, name: str) -> Path:
        self.settle()
        self.count += 1
        path = self.out / self.lang / f"{self.count:02d}-{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        self.saved.append(path)
        return path

    def dialog(
        self,
        name: str,
        open_it: Callable[[], object],
        prepare: Callable[[object], None] | None = None,
    ) -> None:
        """Open a modal dialog the way the window does, photograph it, close it."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        def shoot() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, shoot)
                return
            try:
                if prepare is not None:
                    prepare(dialog)
                self.save(dialog, name)
            finally:
                if isinstance(dialog, QMessageBox):
                    dialog.done(0)
                elif isinstance(dialog, QDialog):
                    dialog.reject()

        QTimer.singleShot(0, shoot)
        open_it()

    # --- the tour ------------------------------------------------------------------

    def run(self, langs: list[str], readme: str | None) -> int:
        from app.services.trips import get_trip

        trip_id = int(get_trip(self.db, "hokkaido-2026").id)  # type: ignore[arg-type]
        for lang in langs:
            self.lang = lang
            self.count = 0
            self.window.set_language(lang)
            self.window.open_trip(trip_id)
            self.trip_views(readme if lang == "en" else None)
            self.dialogs()
            self.main_views()
        print(f"{len(self.saved)} screenshots in {self.out}")
        self.window.close()
        self.window.deleteLater()
        self.settle()
        del self.window
        self.db.close()
        return 0

    def trip_views(self, readme: str | None) -> None:
        w = self.window
        trip = w.trip_view
        busiest = max(
            trip.programme_tab.model.days(), key=lambda d: len(trip.programme_tab.model.items_on(d))
        )
        views = [v for v in trip.programme_tab.model.items_on(busiest) if v.interpreters]
        if views:
            trip.programme_tab.select_item(int(views[0].item.id))  # type: ignore[arg-type]
        from ui.trip.tabs import TripTab

        for tab in TripTab:
            trip.show_tab(tab)
            path = self.save(w, f"trip-{tab.replace('_', '-')}")
            if readme and tab is TripTab.PROGRAMME:
                Path(readme).parent.mkdir(parents=True, exist_ok=True)
                Path(readme).write_bytes(path.read_bytes())
        trip.show_tab(TripTab.PROGRAMME)

    def main_views(self) -> None:
        from ui.shell.sidebar import Section

        w = self.window
        w.sidebar.select(Section.REGIONS)
        hokkaido = next(k for k, r in w.regions_view.regions.items() if r.slug == "hokkaido")
        w.regions_view.select(hokkaido)
        self.save(w, "regions")
        for section, name in (
            (Section.TRIPS, "trips"),
            (Section.PEOPLE, "people"),
            (Section.INTERPRETERS, "interpreters"),
            (Section.FOLLOW_UPS, "follow-ups"),
            (Section.VENUES, "venues"),
        ):
            w.sidebar.select(section)
            self.save(w, name)
        from ui.shell.action_ids import Menu

        for menu in (Menu.FILE, Menu.EDIT, Menu.TRIP, Menu.EXPORT):
            self.menu(menu)

    def menu(self, name: Menu) -> None:
        w = self.window
        menu = w.menu_actions.menus[name]
        menu.popup(w.mapToGlobal(w.menuBar().actionGeometry(menu.menuAction()).bottomLeft()))
        self.save(menu, f"menu-{name}")
        menu.hide()

    def dialogs(self) -> None:
        from PySide6.QtCore import QTime

        from app.services.people import list_people

        w = self.window
        trip = w.trip_view
        item_id = trip.current_item_id()
        assert item_id is not None
        self.dialog("item-dialog", lambda: trip.programme_actions.edit_item(item_id))

        def wrong_times(dialog: object) -> None:
            dialog.texts.titles["en"].setText("Dinner")  # type: ignore[attr-defined]
            dialog.start_edit.setTime(QTime(19, 0))  # type: ignore[attr-defined]
            dialog.end_edit.setTime(QTime(18, 0))  # type: ignore[attr-defined]
            dialog.accept()  # type: ignore[attr-defined]

        self.dialog(
            "item-dialog-errors", lambda: trip.programme_actions.new_item(None), wrong_times
        )
        self.dialog("assign-dialog", lambda: trip.interpreting_tab.assign_to(item_id))
        self.dialog("member-dialog", trip.delegation_tab.add_member)
        self.dialog("follow-up-dialog", lambda: trip.programme_actions.follow_up_from_item(item_id))
        self.dialog("trip-dialog", lambda: w.edit_trip(trip.trip_id))
        from app.services.venues import get_venue
        from ui.pages.venues_view import open_venue_dialog

        venue_id = int(get_venue(self.db, "hokkaido-assembly").id)  # type: ignore[arg-type]
        self.dialog("venue-dialog", lambda: open_venue_dialog(w, w.store, w.undo_stack, venue_id))
        sensitive = next(p for p in list_people(self.db) if p.dietary_notes)
        from ui.pages.people_view import open_person_dialog

        self.dialog(
            "person-dialog", lambda: open_person_dialog(w, w.store, w.undo_stack, int(sensitive.id))
        )  # type: ignore[arg-type]
        from app.exports.registry import ITINERARY

        self.dialog("export-dialog", lambda: w.exports.export_for_person(trip.trip_id, ITINERARY))
        from app.errors import ConflictError
        from app.services.programme import get_item, update_item
        from ui.dialogs.conflict_dialog import ask_conflict

        item = get_item(self.db, item_id)
        update_item(self.db, item_id, item.version)  # a colleague saves (same values)
        try:  # the message a real conflict gives, in the current language
            update_item(self.db, item_id, item.version, title_en="Mine")
        except ConflictError as exc:
            message = exc.message
        self.dialog("conflict-dialog", lambda: ask_conflict(w, message))
        self.dialog("postgres-dialog", w.database.connect_postgres)


if __name__ == "__main__":
    sys.exit(main())
