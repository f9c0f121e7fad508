"""The parts of the main window that need the database layer: the store, the export
and database controllers, the views (built one at a time, when first needed) and
the wiring of every menu action.

``ui.shell.main_window`` imports this module only when a database is attached, so the
window's frame can be painted before SQLAlchemy, the models and the views load.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from app.locale.formatting import format_date_range
from app.locale.i18n import _, current_language
from app.locale.languages import LANGUAGE_NAMES
from app.services.navigation import navigation_data
from ui.dialogs.messages import show_error
from ui.editing.store import Store
from ui.pages.followups_view import FollowUpsView
from ui.pages.page import Page
from ui.pages.people_view import PeopleView
from ui.pages.regions_view import RegionsView
from ui.pages.trips_view import TripsView
from ui.shell.actions import TRIP_TABS
from ui.shell.database_controller import DatabaseController
from ui.shell.export_controller import ExportController
from ui.shell.language import ITINERARY_LANGUAGES
from ui.shell.main_window import TRIP, MainWindow
from ui.shell.sidebar import FOLLOW_UPS, INTERPRETERS, PEOPLE, REGIONS, SECTIONS, TRIPS
from ui.trip.trip_view import TripView


def attach(window: MainWindow, db: Database) -> None:
    store = Store(db, window)
    window.store = store
    window.exports = ExportController(window, store)
    window.database = DatabaseController(window, store, window.undo_stack)
    store.failed.connect(lambda message: show_error(window, message))
    store.database_replaced.connect(window.update_status)
    window.sidebar.attach(
        store, lambda lang: navigation_data(store.db, lang), date_range=format_date_range
    )
    _connect_actions(window)


def build_page(window: MainWindow, key: str) -> Page:
    """A new view for ``key``, its signals connected to the window."""
    store, stack = window.store, window.undo_stack
    assert store is not None, "views are built once a database is attached"
    if key == REGIONS:
        regions = RegionsView(store, stack, window)
        regions.open_trip.connect(window.open_trip)
        regions.export_dossier.connect(
            lambda region_id: window.exports.dossier(region_id, current_language())  # type: ignore[union-attr]
        )
        return regions
    if key == TRIPS:
        trips = TripsView(store, stack, window)
        trips.open_trip.connect(window.open_trip)
        return trips
    if key == TRIP:
        trip = TripView(store, stack, window)
        trip.problems_changed.connect(lambda _n: window.update_status())
        trip.title_changed.connect(lambda _t: window.trip_changed())
        trip.edit_trip_requested.connect(window.edit_trip)
        return trip
    if key in (PEOPLE, INTERPRETERS):
        return PeopleView(store, stack, window, interpreters=key == INTERPRETERS)
    if key == FOLLOW_UPS:
        follow_ups = FollowUpsView(store, stack, window)
        follow_ups.reload()
        return follow_ups
    raise KeyError(key)


def _connect_actions(window: MainWindow) -> None:
    act = window.actions.all
    store = window.store
    exports = window.exports
    database = window.database
    assert store is not None and exports is not None and database is not None
    window.undo_stack.indexChanged.connect(
        lambda _i: window.statusBar().showMessage(_("Saved."), 4000)
    )
    act["undo"].triggered.connect(window.undo_stack.undo)
    act["redo"].triggered.connect(window.undo_stack.redo)
    act["new_trip"].triggered.connect(lambda: window.trips_view.new_record())
    act["open_db"].triggered.connect(database.open_file)
    act["connect_pg"].triggered.connect(database.connect_postgres)
    act["load_demo"].triggered.connect(database.load_demo)
    act["quit"].triggered.connect(window.close)
    act["new"].triggered.connect(lambda: window.current_page().new_record())
    act["edit"].triggered.connect(lambda: window.current_page().edit_current())
    act["delete"].triggered.connect(lambda: window.current_page().delete_current())
    act["duplicate"].triggered.connect(
        lambda: window.on_item(window.trip_view.actions.duplicate_item)
    )
    act["cancel_item"].triggered.connect(
        lambda: window.on_item(window.trip_view.actions.toggle_cancelled)
    )
    act["follow_up"].triggered.connect(
        lambda: window.on_item(window.trip_view.actions.follow_up_from_item)
    )
    act["find"].triggered.connect(window.focus_search)
    for section in SECTIONS:
        act[f"view_{section}"].triggered.connect(
            lambda _c=False, s=section: window.sidebar.select(s)
        )
    act["reload"].triggered.connect(store.notify_all)
    act["edit_trip"].triggered.connect(lambda: window.edit_trip(window.current_trip_id()))
    for n, tab in enumerate(TRIP_TABS):
        act[f"tab_{tab}"].triggered.connect(lambda _c=False, n=n: window.show_trip_tab(n))
    act["add_member"].triggered.connect(window.add_member)
    act["assign"].triggered.connect(window.assign)
    for langs in ITINERARY_LANGUAGES:
        act[f"itinerary_{'-'.join(langs)}"].triggered.connect(
            lambda _c=False, langs=langs: window.with_trip(exports.itinerary, langs)
        )
    act["itinerary_person"].triggered.connect(
        lambda: window.with_trip(exports.itinerary_for_person)
    )
    act["ics_person"].triggered.connect(lambda: window.with_trip(exports.calendar_for_person))
    for code in LANGUAGE_NAMES:
        act[f"ics_{code}"].triggered.connect(
            lambda _c=False, code=code: window.with_trip(exports.calendar, code)
        )
        act[f"dossier_{code}"].triggered.connect(lambda _c=False, code=code: window.dossier(code))
        act[f"lang_{code}"].triggered.connect(lambda _c=False, code=code: window.set_language(code))
    act["about"].triggered.connect(window.about)
    act["about_qt"].triggered.connect(QApplication.aboutQt)
