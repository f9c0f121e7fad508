"""One trip: a header (region, dates, direction, status, delegation size, problems)
and the tabs Programme / Delegation / Interpreting / Checks / Follow-ups."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.checks.find import find_problems
from app.checks.problem import Problem
from app.errors import NotFoundError
from app.locale.formatting import format_date_range
from app.locale.i18n import _, current_language, ngettext
from app.locale.labels import label
from app.readers.programme_view import TripProgramme, load_trip_programme
from models.text import localized
from ui.editing.kinds import Change
from ui.editing.store import Store
from ui.models.followup_model import FollowUpModel
from ui.pages.followups_view import FollowUpsView
from ui.pages.page import Page
from ui.trip.checks_tab import ChecksTab
from ui.trip.delegation_tab import DelegationTab
from ui.trip.interpreting_tab import InterpretingTab
from ui.trip.programme_actions import ProgrammeActions
from ui.trip.programme_tab import ProgrammeTab
from ui.trip.tabs import TripTab, trip_tab_title
from ui.widgets.colours import ERROR_TEXT_STYLE

TRIP_CHANGES = {
    Change.ITEMS,
    Change.MEMBERS,
    Change.ASSIGNMENTS,
    Change.PEOPLE,
    Change.TRIPS,
    Change.REGIONS,
}
PROBLEM_STYLE = f"{ERROR_TEXT_STYLE} font-weight: bold;"


class TripView(Page):
    problems_changed = Signal(int)
    title_changed = Signal(str)
    edit_trip_requested = Signal(int)
    # Shadows QWidget.actions(), which nothing calls on this view.
    actions: ProgrammeActions  # type: ignore[assignment]

    def __init__(
        self,
        store: Store,
        stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        follow_up_model: FollowUpModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.trip_id: int | None = None
        self.programme: TripProgramme | None = None
        self.problems: list[Problem] = []

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the trip's title as typed
        self.title.setObjectName("trip_title")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # region names as typed
        self.summary.setObjectName("trip_summary")
        self.summary.setWordWrap(True)
        self.problem_button = QPushButton(self)
        self.problem_button.setObjectName("problem_button")
        self.problem_button.setFlat(True)
        self.problem_button.clicked.connect(self.show_checks)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(
            lambda: self.trip_id and self.edit_trip_requested.emit(self.trip_id)
        )

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("trip_tabs")
        self.programme_tab = ProgrammeTab(self)
        self.delegation_tab = DelegationTab(store, stack, self)
        self.interpreting_tab = InterpretingTab(store, stack, self)
        self.checks_tab = ChecksTab(self)
        self.follow_ups_tab = FollowUpsView(store, stack, self, in_trip=True, model=follow_up_model)
        self.tab_pages: dict[TripTab, QWidget] = {
            TripTab.PROGRAMME: self.programme_tab,
            TripTab.DELEGATION: self.delegation_tab,
            TripTab.INTERPRETING: self.interpreting_tab,
            TripTab.CHECKS: self.checks_tab,
            TripTab.FOLLOW_UPS: self.follow_ups_tab,
        }
        for tab in TripTab:
            self.tabs.addTab(self.tab_pages[tab], "")
        self.programme_actions = ProgrammeActions(self, store, stack, lambda: self.programme)
        self.programme_tab.item_activated.connect(self.programme_actions.edit_item)
        self.checks_tab.jump_to_item.connect(self.jump_to_item)

        head = QHBoxLayout()
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.summary)
        head.addLayout(text, 1)
        head.addWidget(self.problem_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        store.changed.connect(self._changed)
        store.database_replaced.connect(lambda: self.set_trip(None))
        self.retranslate()

    # --- data ------------------------------------------------------------------

    def set_trip(self, trip_id: int | None) -> None:
        self.trip_id = trip_id
        self.follow_ups_tab.set_trip(trip_id)
        self.follow_ups_tab.reload()
        self.reload()

    def _changed(self, changed: frozenset[Change]) -> None:
        if self.trip_id is not None and changed & TRIP_CHANGES:
            self.reload()

    def reload(self) -> None:
        tp: TripProgramme | None = None
        problems: list[Problem] = []
        if self.trip_id is not None:
            try:
                tp = load_trip_programme(self.store.db, self.trip_id)
            except NotFoundError:
                self.trip_id = None
            else:  # the checks read the programme shown, not a second copy of it
                problems = find_problems(tp, current_language())
        self.programme, self.problems = tp, problems
        self.programme_tab.set_programme(tp)
        self.delegation_tab.set_programme(tp)
        self.interpreting_tab.set_programme(tp)
        self.checks_tab.set_problems(problems)
        self._update_header()
        self.problems_changed.emit(len(problems))
        self.title_changed.emit(self.trip_title())

    def trip_title(self) -> str:
        if self.programme is None:
            return ""
        return localized(self.programme.trip, "title", current_language())

    def _update_header(self) -> None:
        tp = self.programme
        lang = current_language()
        if tp is None:
            self.title.setText(_("No trip selected"))
            self.summary.clear()
            self.problem_button.setVisible(False)
            self.edit_button.setVisible(False)
            return
        trip = tp.trip
        members = len(tp.members)
        interpreters = len(tp.interpreters)
        size = ngettext("{n} member", "{n} members", members).format(n=members)
        if interpreters:
            size += " + " + ngettext("{n} interpreter", "{n} interpreters", interpreters).format(
                n=interpreters
            )
        parts = [
            localized(tp.region, "name", lang),
            format_date_range(trip.start_date, trip.end_date, lang),
            label(trip.direction, lang),
            label(trip.status, lang),
            size,
        ]
        self.title.setText(self.trip_title())
        self.summary.setText(" · ".join(p for p in parts if p))
        n = len(self.problems)
        self.problem_button.setVisible(True)
        self.edit_button.setVisible(True)
        self.problem_button.setText(
            "⚠ " + ngettext("{n} problem", "{n} problems", n).format(n=n) if n else _("No problems")
        )
        self.problem_button.setStyleSheet(PROBLEM_STYLE if n else "")

    # --- navigation ------------------------------------------------------------

    def show_tab(self, tab: TripTab) -> None:
        self.tabs.setCurrentWidget(self.tab_pages[tab])

    def show_checks(self) -> None:
        self.show_tab(TripTab.CHECKS)

    def jump_to_item(self, item_id: int) -> None:
        self.show_tab(TripTab.PROGRAMME)
        self.programme_tab.select_item(item_id)
        self.programme_tab.tree.setFocus()

    def current_item_id(self) -> int | None:
        return self.programme_tab.current_item_id()

    # --- Page ------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        self.programme_tab.set_filter(text)
        self.follow_ups_tab.set_filter(text)

    def new_record(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.delegation_tab:
            self.delegation_tab.add_member()
        elif current is self.follow_ups_tab:
            self.follow_ups_tab.new_record()
        elif self.programme is not None:
            item_id = self.programme_actions.new_item(self.programme_tab.day)
            if item_id is not None:
                self.show_tab(TripTab.PROGRAMME)
                self.programme_tab.select_item(item_id)

    def edit_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.delegation_tab:
            self.delegation_tab.change_role()
        elif current is self.follow_ups_tab:
            self.follow_ups_tab.edit_current()
        elif current is self.interpreting_tab:
            self.interpreting_tab.assign()
        elif (item_id := self.current_item_id()) is not None:
            self.programme_actions.edit_item(item_id)

    def delete_current(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.delegation_tab:
            self.delegation_tab.remove_member()
        elif current is self.follow_ups_tab:
            self.follow_ups_tab.delete_current()
        elif current is self.interpreting_tab:
            self.interpreting_tab.unassign()
        elif current is self.programme_tab and (item_id := self.current_item_id()) is not None:
            self.programme_actions.delete_item(item_id)

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        for tab, page in self.tab_pages.items():
            self.tabs.setTabText(self.tabs.indexOf(page), trip_tab_title(tab))
        self.edit_button.setText(_("Edit trip…"))
        self.problem_button.setToolTip(_("Show the schedule problems"))
        self.reload()
