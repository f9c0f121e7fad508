"""The main window: wires the sidebar, the views, the menus and the status bar to the
store and the undo stack. It holds no business logic.

The window is built in two steps so that it appears at once. The constructor makes
the frame — menus, navigation column, status bar — from modules that do not load
the database layer, and can show a navigation snapshot that ``app.readers.navigation`` read
with the standard library. ``ui.shell.window_parts.attach`` then brings the open
database, the controllers and the wiring, and hands the window one
:class:`~ui.shell.window_context.WindowContext` (:meth:`attach_context`). Each view is built the first time
it is needed; the follow-ups list is built in the first idle moment after
:meth:`start`, so that opening it later is instant. ``ui.shell.application`` attaches
right after the window's first paint.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from app.checks.problem import schedule_problems
from app.locale.i18n import _, current_language, ngettext
from app.readers.navigation import NavigationData
from ui.dialogs.messages import show_error
from ui.pages.page import LoadingPage, Page, language_changed
from ui.shell import settings
from ui.shell.action_ids import WINDOW_LANGUAGES, ActionId
from ui.shell.actions import WindowActions
from ui.shell.language import LanguageSwitcher
from ui.shell.page_key import PageKey
from ui.shell.sidebar import Section, Sidebar
from ui.shell.window_context import WindowContext
from ui.trip.tabs import TripTab
from ui.widgets.colours import ERROR_TEXT_STYLE
from ui.widgets.first_paint import FirstPaint

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.editing.store import Store
    from ui.pages.followups_view import FollowUpsView
    from ui.pages.people_view import PeopleView
    from ui.pages.regions_view import RegionsView
    from ui.pages.trips_view import TripsView
    from ui.pages.venues_view import VenuesView
    from ui.shell.database_controller import DatabaseController
    from ui.shell.export_controller import ExportController
    from ui.trip.trip_view import TripView


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        language: LanguageSwitcher | None = None,
        navigation: NavigationData | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.undo_stack = QUndoStack(self)
        self.language = language or LanguageSwitcher()
        #: The open database's store, controllers and page factory (None before then).
        self.context: WindowContext | None = None
        self._pages: dict[PageKey, Page] = {}
        self._geometry_restored = False
        self._first_paint = FirstPaint(self)
        #: Where the user clicked in the sidebar before the database was open.
        self._early_click: tuple[Section, Any] | None = None
        self.sidebar = Sidebar(self)
        self.sidebar.navigate.connect(self.navigate)
        self.sidebar.filter_changed.connect(lambda text: self.current_page().set_filter(text))
        self.stack = QStackedWidget(self)
        self.loading_page = LoadingPage(self.stack)
        self.stack.addWidget(self.loading_page)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1100])
        self.setCentralWidget(splitter)

        # Not ``self.actions``: that would hide QWidget.actions().
        self.menu_actions = WindowActions(self, self.undo_stack)
        self.db_label = QLabel(self)
        self.db_label.setObjectName("database_label")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problem_label")
        self.statusBar().addPermanentWidget(self.problem_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.resize(1360, 820)
        if navigation is not None:
            self.sidebar.show_navigation(navigation)
        self.trip_changed()
        self.retranslate()

    def attach_context(self, context: WindowContext) -> None:
        """Take the open database's context (``ui.shell.window_parts.attach`` makes it)."""
        assert self.context is None, "the window is attached once; use the database menu"
        self.context = context
        self.update_status()

    def _attached(self) -> WindowContext:
        assert self.context is not None, "attach a database first"
        return self.context

    @property
    def store(self) -> Store:
        return self._attached().store

    @property
    def exports(self) -> ExportController:
        return self._attached().exports

    @property
    def database(self) -> DatabaseController:
        return self._attached().database

    def action(self, action_id: ActionId) -> QAction:
        """The QAction of a menu command."""
        return self.menu_actions.by_id[action_id]

    def export_action(self, key: str) -> QAction:
        """An Export menu entry: "<exporter id>_<languages>" or "<exporter id>_person"."""
        return self.menu_actions.export_actions[key]

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call ``then`` once the window has been painted for the first time."""
        self._first_paint.then(then)

    @property
    def painted(self) -> bool:
        return self._first_paint.done

    # --- pages -------------------------------------------------------------------

    def page(self, key: PageKey) -> Page:
        """The view for ``key``, built on first use."""
        page = self._pages.get(key)
        if page is None:
            page = self._attached().build_page(key)
            self._pages[key] = page
            self.stack.addWidget(page)
        return page

    def built_pages(self) -> list[Page]:
        return list(self._pages.values())

    # page() builds each page on first use and types it as a Page; its key decides
    # which kind of page it is.

    @property
    def regions_view(self) -> RegionsView:
        return self.page(PageKey.REGIONS)  # type: ignore[return-value]

    @property
    def trips_view(self) -> TripsView:
        return self.page(PageKey.TRIPS)  # type: ignore[return-value]

    @property
    def trip_view(self) -> TripView:
        return self.page(PageKey.TRIP)  # type: ignore[return-value]

    @property
    def people_view(self) -> PeopleView:
        return self.page(PageKey.PEOPLE)  # type: ignore[return-value]

    @property
    def interpreters_view(self) -> PeopleView:
        return self.page(PageKey.INTERPRETERS)  # type: ignore[return-value]

    @property
    def follow_ups_view(self) -> FollowUpsView:
        return self.page(PageKey.FOLLOW_UPS)  # type: ignore[return-value]

    @property
    def venues_view(self) -> VenuesView:
        return self.page(PageKey.VENUES)  # type: ignore[return-value]

    def current_trip_id(self) -> int | None:
        """The trip open in the trip view (None: none, or the view not built yet)."""
        view = self._pages.get(PageKey.TRIP)
        return view.trip_id if view is not None else None  # type: ignore[attr-defined]  # a TripView

    # --- start -------------------------------------------------------------------

    def restore_geometry(self) -> None:
        """The size and place the window had when it was last closed."""
        geometry = settings.read_bytes(settings.KEY_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._geometry_restored = True

    def start(self) -> None:
        """Restore the window and the last trip; on an empty database offer the demo."""
        if not self._geometry_restored:
            self.restore_geometry()
        self.database.offer_demo()
        early, self._early_click = self._early_click, None
        if early is not None:
            self.navigate(*early)  # the user clicked while the database was opening
        if self.stack.currentWidget() is self.loading_page:
            trip_id = settings.read_int(settings.KEY_LAST_TRIP) or self._default_trip()
            if trip_id is not None:
                self.open_trip(trip_id)
            else:
                self.sidebar.select(Section.TRIPS)
        # The largest list is read in the first idle moment, not when the user asks.
        QTimer.singleShot(0, lambda: self.page(PageKey.FOLLOW_UPS))

    def _default_trip(self) -> int | None:
        navigation = self.sidebar.navigation
        return navigation.default_trip(date.today()) if navigation is not None else None

    # --- navigation --------------------------------------------------------------

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, key: PageKey) -> None:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.set_filter(self.sidebar.search.text())
        self.menu_actions.set_trip_actions_enabled(
            self.current_trip_id() is not None, key is PageKey.TRIP
        )
        self.update_status()

    def navigate(self, section: Section, record_id: Any) -> None:
        if self.context is None:
            self._early_click = (section, record_id)  # start() goes there
            return
        if section is Section.TRIPS and record_id is not None:
            self.open_trip(int(record_id))
            return
        self.show_page(PageKey(section))
        if section is Section.REGIONS and record_id is not None:
            self.regions_view.select(int(record_id))

    def open_trip(self, trip_id: int) -> None:
        self.trip_view.set_trip(trip_id)
        if self.trip_view.trip_id is None:
            settings.write(settings.KEY_LAST_TRIP, None)
            self.show_page(PageKey.TRIPS)
            return
        settings.write(settings.KEY_LAST_TRIP, trip_id)
        self.sidebar.select(Section.TRIPS, trip_id, emit=False)
        self.show_page(PageKey.TRIP)
        self._update_title()

    def trip_changed(self) -> None:
        trip_page = self._pages.get(PageKey.TRIP)
        on_trip_page = trip_page is not None and self.stack.currentWidget() is trip_page
        if self.current_trip_id() is None and on_trip_page:
            self.show_page(PageKey.TRIPS)  # the trip is gone (deleted, undone, other database)
            on_trip_page = False
        self.menu_actions.set_trip_actions_enabled(self.current_trip_id() is not None, on_trip_page)
        self._update_title()

    def show_trip_tab(self, tab: TripTab) -> None:
        if self.current_trip_id() is None:
            return
        self.show_page(PageKey.TRIP)
        self.trip_view.show_tab(tab)

    def focus_search(self) -> None:
        self.sidebar.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.search.selectAll()

    def edit_trip(self, trip_id: int | None) -> None:
        if trip_id is not None and self.context is not None:
            from ui.pages.trips_view import open_trip_dialog

            open_trip_dialog(self, self.store, self.undo_stack, trip_id)

    def on_item(self, action: Callable[[int], Any]) -> None:
        """Run an item action on the programme item selected in the trip view."""
        if self.current_trip_id() is None or self.current_page() is not self.trip_view:
            return
        item_id = self.trip_view.current_item_id()
        if item_id is not None:
            action(item_id)

    def with_trip(self, action: Callable[..., Any], *args: Any) -> None:
        trip_id = self.current_trip_id()
        if trip_id is None:
            show_error(self, _("Open a trip first."))
            return
        action(trip_id, *args)

    def with_region(self, action: Callable[..., Any], *args: Any) -> None:
        """Run ``action(region_id, *args)`` on the region in view: the one selected in
        the regions list, else the open trip's."""
        region_id = None
        if PageKey.REGIONS in self._pages and self.current_page() is self.regions_view:
            region_id = self.regions_view.current_id()
        elif self.current_trip_id() is not None and self.trip_view.programme is not None:
            region_id = self.trip_view.programme.region.id
        if region_id is None:
            show_error(self, _("Choose a partner region first."))
            return
        action(int(region_id), *args)

    def add_member(self) -> None:
        self.show_trip_tab(TripTab.DELEGATION)
        if self.current_trip_id() is not None:
            self.trip_view.delegation_tab.add_member()

    def assign(self) -> None:
        if self.current_trip_id() is None:
            return
        item_id = self.trip_view.current_item_id()
        self.show_trip_tab(TripTab.INTERPRETING)
        if item_id is not None:
            self.trip_view.interpreting_tab.assign_to(item_id)
        else:
            self.trip_view.interpreting_tab.assign()

    # --- language, status, title ---------------------------------------------------

    def set_language(self, code: str) -> None:
        self.language.apply(code)
        settings.write(settings.KEY_LANGUAGE, code)

    def _update_title(self) -> None:
        title = self.trip_view.trip_title() if self.current_trip_id() is not None else ""
        app_name = _("Delegation Planner")
        self.setWindowTitle(f"{app_name} — {title}" if title else app_name)

    def update_status(self) -> None:
        if self.context is None:
            self.db_label.setText("")
            self.problem_label.setVisible(False)
            return
        self.db_label.setText(self.store.db.display_name)
        self.db_label.setToolTip(_("Current database"))
        showing_trip = self.current_trip_id() is not None
        # Missing translations are warnings for a partner copy, listed in the Checks tab.
        n = len(schedule_problems(self.trip_view.problems)) if showing_trip else 0
        self.problem_label.setVisible(showing_trip)
        self.problem_label.setText(
            ngettext("{n} schedule problem", "{n} schedule problems", n).format(n=n)
            if n
            else _("No schedule problems")
        )
        self.problem_label.setStyleSheet(ERROR_TEXT_STYLE if n else "")

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.menu_actions.retranslate()
        for action_id, code in WINDOW_LANGUAGES.items():
            if code == current_language():
                self.action(action_id).setChecked(True)
        self._update_title()
        self.update_status()

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
        if self.context is not None:
            settings.write(settings.KEY_LAST_TRIP, self.current_trip_id())
        super().closeEvent(event)
        if event.isAccepted():
            # The history ends with the window, and must end while the window is
            # whole: a QUndoStack destroyed with commands on it clears itself and
            # announces that (indexChanged, undoTextChanged …) to slots of a window
            # that is half destroyed by then — a traceback per slot on quitting.
            self.undo_stack.clear()
