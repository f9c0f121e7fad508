"""The main window: wires the sidebar, the views, the menus and the status bar to the
store and the undo stack. It holds no business logic."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from app.db import Database
from app.i18n import _, current_language, ngettext
from app.services.trips import list_trips
from ui import settings
from ui.actions import TRIP_TABS, WindowActions
from ui.database_controller import DatabaseController
from ui.export_controller import ExportController
from ui.export_dialog import ITINERARY_LANGUAGES
from ui.followups_view import FollowUpsView
from ui.language import LANGUAGE_NAMES, LanguageSwitcher
from ui.messages import show_error
from ui.page import Page, language_changed
from ui.people_view import PeopleView
from ui.regions_view import RegionsView
from ui.sidebar import FOLLOW_UPS, INTERPRETERS, PEOPLE, REGIONS, SECTIONS, TRIPS, Sidebar
from ui.store import Store
from ui.trip_view import TripView
from ui.trips_view import TripsView, open_trip_dialog

TRIP = "trip"


class MainWindow(QMainWindow):
    def __init__(self, db: Database, *, language: LanguageSwitcher | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.store = Store(db, self)
        self.undo_stack = QUndoStack(self)
        self.language = language or LanguageSwitcher()
        self.sidebar = Sidebar(self.store, self)
        self.regions_view = RegionsView(self.store, self)
        self.trips_view = TripsView(self.store, self.undo_stack, self)
        self.follow_ups_view = FollowUpsView(self.store, self.undo_stack, self)
        self.follow_ups_view.reload()
        self.trip_view = TripView(self.store, self.undo_stack, self)
        self.people_view = PeopleView(self.store, self.undo_stack, self)
        self.interpreters_view = PeopleView(self.store, self.undo_stack, self, interpreters=True)
        self.pages: dict[str, Page] = {
            REGIONS: self.regions_view,
            TRIPS: self.trips_view,
            TRIP: self.trip_view,
            PEOPLE: self.people_view,
            INTERPRETERS: self.interpreters_view,
            FOLLOW_UPS: self.follow_ups_view,
        }
        self.stack = QStackedWidget(self)
        for page in self.pages.values():
            self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1100])
        self.setCentralWidget(splitter)

        self.actions = WindowActions(self, self.undo_stack)
        self.exports = ExportController(self, self.store)
        self.database = DatabaseController(self, self.store, self.undo_stack)
        self.db_label = QLabel(self)
        self.db_label.setObjectName("database_label")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.statusBar().addPermanentWidget(self.problem_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._connect()
        self._trip_changed()
        self.resize(1360, 820)
        self.retranslate()

    # --- wiring ------------------------------------------------------------------

    def _connect(self) -> None:
        act = self.actions.all
        self.sidebar.navigate.connect(self.navigate)
        self.sidebar.filter_changed.connect(lambda text: self.current_page().set_filter(text))
        self.trips_view.open_trip.connect(self.open_trip)
        self.regions_view.open_trip.connect(self.open_trip)
        self.regions_view.export_dossier.connect(
            lambda region_id: self.exports.dossier(region_id, current_language())
        )
        self.trip_view.problems_changed.connect(lambda _n: self._update_status())
        self.trip_view.title_changed.connect(lambda _t: self._trip_changed())
        self.trip_view.edit_trip_requested.connect(self.edit_trip)
        self.store.failed.connect(lambda message: show_error(self, message))
        self.store.database_replaced.connect(self._update_status)
        self.undo_stack.indexChanged.connect(
            lambda _i: self.statusBar().showMessage(_("Saved."), 4000)
        )
        act["undo"].triggered.connect(self.undo_stack.undo)
        act["redo"].triggered.connect(self.undo_stack.redo)
        act["new_trip"].triggered.connect(self.trips_view.new_record)
        act["open_db"].triggered.connect(self.database.open_file)
        act["connect_pg"].triggered.connect(self.database.connect_postgres)
        act["load_demo"].triggered.connect(self.database.load_demo)
        act["quit"].triggered.connect(self.close)
        act["new"].triggered.connect(lambda: self.current_page().new_record())
        act["edit"].triggered.connect(lambda: self.current_page().edit_current())
        act["delete"].triggered.connect(lambda: self.current_page().delete_current())
        act["duplicate"].triggered.connect(
            lambda: self._on_item(self.trip_view.actions.duplicate_item)
        )
        act["cancel_item"].triggered.connect(
            lambda: self._on_item(self.trip_view.actions.toggle_cancelled)
        )
        act["follow_up"].triggered.connect(
            lambda: self._on_item(self.trip_view.actions.follow_up_from_item)
        )
        act["find"].triggered.connect(self.focus_search)
        for section in SECTIONS:
            act[f"view_{section}"].triggered.connect(
                lambda _c=False, s=section: self.sidebar.select(s)
            )
        act["reload"].triggered.connect(self.store.notify_all)
        act["edit_trip"].triggered.connect(lambda: self.edit_trip(self.trip_view.trip_id))
        for n, tab in enumerate(TRIP_TABS):
            act[f"tab_{tab}"].triggered.connect(lambda _c=False, n=n: self.show_trip_tab(n))
        act["add_member"].triggered.connect(self._add_member)
        act["assign"].triggered.connect(self._assign)
        for langs in ITINERARY_LANGUAGES:
            act[f"itinerary_{'-'.join(langs)}"].triggered.connect(
                lambda _c=False, langs=langs: self._with_trip(self.exports.itinerary, langs)
            )
        act["itinerary_person"].triggered.connect(
            lambda: self._with_trip(self.exports.itinerary_for_person)
        )
        act["ics_person"].triggered.connect(
            lambda: self._with_trip(self.exports.calendar_for_person)
        )
        for code in LANGUAGE_NAMES:
            act[f"ics_{code}"].triggered.connect(
                lambda _c=False, code=code: self._with_trip(self.exports.calendar, code)
            )
            act[f"dossier_{code}"].triggered.connect(
                lambda _c=False, code=code: self._dossier(code)
            )
            act[f"lang_{code}"].triggered.connect(
                lambda _c=False, code=code: self.set_language(code)
            )
        act["about"].triggered.connect(self.about)
        act["about_qt"].triggered.connect(QApplication.aboutQt)

    # --- start -------------------------------------------------------------------

    def start(self) -> None:
        """Restore the window and the last trip; on an empty database offer the demo."""
        geometry = settings.read_bytes(settings.KEY_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.database.offer_demo()
        trip_id = settings.read_int(settings.KEY_LAST_TRIP) or self._default_trip()
        if trip_id is not None:
            self.open_trip(trip_id)
        else:
            self.sidebar.select(TRIPS)

    def _default_trip(self) -> int | None:
        rows = list_trips(self.store.db)
        today = date.today()
        upcoming = [r for r in rows if r.trip.end_date >= today and r.members]
        chosen = upcoming[-1] if upcoming else next((r for r in rows if r.members), None)
        return int(chosen.trip.id) if chosen else None  # type: ignore[arg-type]

    # --- navigation --------------------------------------------------------------

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: str) -> None:
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        page.set_filter(self.sidebar.search.text())
        self.actions.set_trip_actions_enabled(self.trip_view.trip_id is not None, key == TRIP)
        self._update_status()

    def navigate(self, section: str, record_id: Any) -> None:
        if section == TRIPS and record_id is not None:
            self.open_trip(int(record_id))
            return
        self.show_page(section)
        if section == REGIONS and record_id is not None:
            self.regions_view.select(int(record_id))

    def open_trip(self, trip_id: int) -> None:
        self.trip_view.set_trip(trip_id)
        if self.trip_view.trip_id is None:
            settings.write(settings.KEY_LAST_TRIP, None)
            self.show_page(TRIPS)
            return
        settings.write(settings.KEY_LAST_TRIP, trip_id)
        self.sidebar.select(TRIPS, trip_id, emit=False)
        self.show_page(TRIP)
        self._update_title()

    def _trip_changed(self) -> None:
        if self.trip_view.trip_id is None and self.stack.currentWidget() is self.trip_view:
            self.show_page(TRIPS)  # the trip is gone (deleted, undone, other database)
        self.actions.set_trip_actions_enabled(
            self.trip_view.trip_id is not None, self.stack.currentWidget() is self.trip_view
        )
        self._update_title()

    def show_trip_tab(self, n: int) -> None:
        if self.trip_view.trip_id is None:
            return
        self.show_page(TRIP)
        self.trip_view.tabs.setCurrentIndex(n)

    def focus_search(self) -> None:
        self.sidebar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.search.selectAll()

    def edit_trip(self, trip_id: int | None) -> None:
        if trip_id is not None:
            open_trip_dialog(self, self.store, self.undo_stack, trip_id)

    def _on_item(self, action: Any) -> None:
        item_id = self.trip_view.current_item_id()
        if self.current_page() is self.trip_view and item_id is not None:
            action(item_id)

    def _with_trip(self, action: Any, *args: Any) -> None:
        if self.trip_view.trip_id is None:
            show_error(self, _("Open a trip first."))
            return
        action(self.trip_view.trip_id, *args)

    def _dossier(self, lang: str) -> None:
        region_id = None
        if self.current_page() is self.regions_view:
            region_id = self.regions_view.current_id()
        elif self.trip_view.programme is not None:
            region_id = self.trip_view.programme.region.id
        if region_id is None:
            show_error(self, _("Choose a partner region first."))
            return
        self.exports.dossier(int(region_id), lang)

    def _add_member(self) -> None:
        self.show_trip_tab(TRIP_TABS.index("delegation"))
        self.trip_view.delegation_tab.add_member()

    def _assign(self) -> None:
        item_id = self.trip_view.current_item_id()
        self.show_trip_tab(TRIP_TABS.index("interpreting"))
        if item_id is not None:
            self.trip_view.interpreting_tab.assign_to(item_id)
        else:
            self.trip_view.interpreting_tab.assign()

    # --- language, status, title ---------------------------------------------------

    def set_language(self, code: str) -> None:
        self.language.apply(code)
        settings.write(settings.KEY_LANGUAGE, code)

    def _update_title(self) -> None:
        title = self.trip_view.trip_title() if self.trip_view.trip_id is not None else ""
        app_name = _("Delegation Planner")
        self.setWindowTitle(f"{app_name} — {title}" if title else app_name)

    def _update_status(self) -> None:
        self.db_label.setText(self.store.db.display_name)
        self.db_label.setToolTip(_("Current database"))
        showing_trip = self.trip_view.trip_id is not None
        n = len(self.trip_view.problems)
        self.problem_label.setVisible(showing_trip)
        self.problem_label.setText(
            ngettext("{n} schedule problem", "{n} schedule problems", n).format(n=n)
            if n
            else _("No schedule problems")
        )
        self.problem_label.setStyleSheet("color: #b3261e;" if n else "")

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.actions.retranslate()
        self.actions.all[f"lang_{current_language()}"].setChecked(True)
        self._update_title()
        self._update_status()

    def about(self) -> None:
        QMessageBox.about(
            self,
            _("About Delegation Planner"),
            _(
                "Delegation Planner plans delegation trips with partner regions: the visit "
                "programme, the delegation, interpreters and follow-up actions, with "
                "itineraries and calendars in German, English and Japanese."
            ),
        )

    # --- Qt events -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.write(settings.KEY_GEOMETRY, self.saveGeometry())
        settings.write(settings.KEY_LAST_TRIP, self.trip_view.trip_id)
        super().closeEvent(event)
