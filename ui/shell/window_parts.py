"""The parts of the main window that need the database layer: the store, the export
and database controllers, the views (built one at a time, when first needed) and
the wiring of every menu action.

The application calls :func:`attach` right after the window's first paint, so the
frame can be painted before SQLAlchemy, the models and the views load. The window
does not import this module: it gets one :class:`WindowContext` from here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QApplication

from app.db.engine import Database
from app.exports import registry
from app.exports.registry import Option, Scope
from app.locale.formatting import format_date_range
from app.locale.i18n import _, current_language
from app.services.navigation import navigation_data
from ui.dialogs.messages import show_error
from ui.editing.store import Store
from ui.pages.followups_view import FollowUpsView
from ui.pages.page import Page
from ui.pages.people_view import PeopleView
from ui.pages.regions_view import RegionsView
from ui.pages.trips_view import TripsView
from ui.pages.venues_view import VenuesView
from ui.shell.action_ids import TRIP_TABS, VIEW_SECTIONS, WINDOW_LANGUAGES, ActionId
from ui.shell.database_controller import DatabaseController
from ui.shell.export_controller import ExportController
from ui.shell.main_window import MainWindow
from ui.shell.page_key import PageKey
from ui.shell.window_context import WindowContext
from ui.trip.programme_actions import ProgrammeActions
from ui.trip.trip_view import TripView


def attach(window: MainWindow, db: Database) -> WindowContext:
    """Bring the open database to the window: store, controllers, page factory and the
    wiring of every action."""
    store = Store(db, window)
    context = WindowContext(
        store=store,
        exports=ExportController(window, store),
        database=DatabaseController(window, store, window.undo_stack),
        build_page=lambda key: build_page(window, key),
    )
    window.attach_context(context)
    store.failed.connect(lambda message: show_error(window, message))
    store.database_replaced.connect(window.update_status)
    window.sidebar.attach(
        store, lambda lang: navigation_data(store.db, lang), date_range=format_date_range
    )
    _connect_actions(window)
    return context


def build_page(window: MainWindow, key: PageKey) -> Page:
    """A new view for ``key``, its signals connected to the window."""
    store, stack = window.store, window.undo_stack
    if key is PageKey.REGIONS:
        regions = RegionsView(store, stack, window)
        regions.open_trip.connect(window.open_trip)
        regions.export_dossier.connect(
            lambda region_id: window.exports.export(
                region_id, registry.DOSSIER, (current_language(),)
            )
        )
        return regions
    if key is PageKey.TRIPS:
        trips = TripsView(store, stack, window)
        trips.open_trip.connect(window.open_trip)
        return trips
    if key is PageKey.TRIP:
        trip = TripView(store, stack, window)
        trip.problems_changed.connect(lambda _n: window.update_status())
        trip.title_changed.connect(lambda _t: window.trip_changed())
        trip.edit_trip_requested.connect(window.edit_trip)
        return trip
    if key in (PageKey.PEOPLE, PageKey.INTERPRETERS):
        return PeopleView(store, stack, window, interpreters=key is PageKey.INTERPRETERS)
    if key is PageKey.VENUES:
        return VenuesView(store, stack, window)
    if key is PageKey.FOLLOW_UPS:
        follow_ups = FollowUpsView(store, stack, window)
        follow_ups.reload()
        return follow_ups
    raise KeyError(key)


def _connect_actions(window: MainWindow) -> None:
    def on(action_id: ActionId, slot: Callable[[], object]) -> None:
        window.action(action_id).triggered.connect(lambda _checked=False: slot())

    store, exports, database = window.store, window.exports, window.database
    window.undo_stack.indexChanged.connect(
        lambda _i: window.statusBar().showMessage(_("Saved."), 4000)
    )

    def item_actions() -> ProgrammeActions:
        return window.trip_view.programme_actions  # the trip view is built on first use

    on(ActionId.UNDO, window.undo_stack.undo)
    on(ActionId.REDO, window.undo_stack.redo)
    on(ActionId.NEW_TRIP, lambda: window.trips_view.new_record())
    on(ActionId.OPEN_DB, database.open_file)
    on(ActionId.CONNECT_PG, database.connect_postgres)
    on(ActionId.LOAD_DEMO, database.load_demo)
    on(ActionId.QUIT, window.close)
    on(ActionId.NEW, lambda: window.current_page().new_record())
    on(ActionId.EDIT, lambda: window.current_page().edit_current())
    on(ActionId.DELETE, lambda: window.current_page().delete_current())
    on(ActionId.DUPLICATE, lambda: window.on_item(item_actions().duplicate_item))
    on(ActionId.CANCEL_ITEM, lambda: window.on_item(item_actions().toggle_cancelled))
    on(ActionId.FOLLOW_UP, lambda: window.on_item(item_actions().follow_up_from_item))
    on(ActionId.FIND, window.focus_search)
    for action_id, section in VIEW_SECTIONS.items():
        on(action_id, partial(window.sidebar.select, section))
    on(ActionId.RELOAD, store.notify_all)
    on(ActionId.EDIT_TRIP, lambda: window.edit_trip(window.current_trip_id()))
    for action_id, tab in TRIP_TABS.items():
        on(action_id, partial(window.show_trip_tab, tab))
    on(ActionId.ADD_MEMBER, window.add_member)
    on(ActionId.ASSIGN, window.assign)
    export_actions = window.menu_actions.export_actions
    for exporter in window.menu_actions.exporters:
        on_target = window.with_region if exporter.scope is Scope.REGION else window.with_trip
        for langs in exporter.languages:
            export_actions[f"{exporter.id}_{'-'.join(langs)}"].triggered.connect(
                lambda _c=False, e=exporter, langs=langs, on=on_target: on(
                    exports.export, e, langs, window.menu_actions.edition()
                )
            )
        if Option.PERSON in exporter.options:
            export_actions[f"{exporter.id}_person"].triggered.connect(
                lambda _c=False, e=exporter: window.with_trip(exports.export_for_person, e)
            )
    for action_id, code in WINDOW_LANGUAGES.items():
        on(action_id, partial(window.set_language, code))
    on(ActionId.ABOUT, window.about)
    on(ActionId.ABOUT_QT, QApplication.aboutQt)
