"""The left column: a search field that filters the current list, and the
navigation tree (partner regions, trips, people, interpreters, follow-ups, venues).

The tree shows a :class:`~app.readers.navigation.NavigationData`: at start the snapshot the
window was given, and once a store is attached whatever its loader reads (again
after every change of regions, trips or follow-ups, and on a language switch).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.locale.i18n import _, current_language
from app.readers.navigation import NavigationData
from ui.editing.kinds import Change
from ui.editing.store import Store
from ui.pages.page import language_changed


class Section(StrEnum):
    """The sidebar's sections, top to bottom; each opens the window page of its name."""

    REGIONS = "regions"
    TRIPS = "trips"
    PEOPLE = "people"
    INTERPRETERS = "interpreters"
    FOLLOW_UPS = "follow_ups"
    VENUES = "venues"


SectionRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2


def section_title(section: Section) -> str:
    return {
        Section.REGIONS: _("Partner regions"),
        Section.TRIPS: _("Trips"),
        Section.PEOPLE: _("People"),
        Section.INTERPRETERS: _("Interpreters"),
        Section.FOLLOW_UPS: _("Follow-ups"),
        Section.VENUES: _("Venues"),
    }[section]


class Sidebar(QWidget):
    navigate = Signal(object, object)  # Section, record id or None
    filter_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.navigation: NavigationData | None = None
        self._loader: Callable[[str], NavigationData] | None = None
        self._date_range: Callable[[date, date, str], str] | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_changed)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("navigation")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        self._silent = False
        self.retranslate()

    def attach(
        self,
        store: Store,
        loader: Callable[[str], NavigationData],
        *,
        date_range: Callable[[date, date, str], str],
    ) -> None:
        """Read the navigation with ``loader`` (given a language) from now on, and
        again whenever the store reports a change the tree shows; ``date_range``
        formats the dates of a trip for its tooltip."""
        self._loader = loader
        self._date_range = date_range
        store.changed.connect(self._changed)
        store.database_replaced.connect(self.reload)
        self.reload()

    def _changed(self, changed: frozenset[Change]) -> None:
        if changed & {Change.REGIONS, Change.TRIPS, Change.FOLLOW_UPS}:
            self.reload()

    def reload(self) -> None:
        if self._loader is not None:
            self.navigation = self._loader(current_language())
        self._fill()

    def show_navigation(self, navigation: NavigationData) -> None:
        self.navigation = navigation
        self._fill()

    def _fill(self) -> None:
        where = self.current()
        lang = current_language()
        navigation = self.navigation
        self._silent = True
        self.model.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for section in Section:
            title = section_title(section)
            if (
                section is Section.FOLLOW_UPS
                and navigation is not None
                and navigation.open_follow_ups
            ):
                title = f"{title} ({navigation.open_follow_ups})"
            node = QStandardItem(title)
            node.setData(section.value, SectionRole)
            node.setFont(bold)
            node.setEditable(False)
            if navigation is not None and section is Section.REGIONS:
                for region in navigation.regions:
                    node.appendRow(self._leaf(region.name, section, region.id))
            elif navigation is not None and section is Section.TRIPS:
                for trip in navigation.trips:
                    leaf = self._leaf(trip.title, section, trip.id)
                    if self._date_range is not None:
                        leaf.setToolTip(self._date_range(trip.start_date, trip.end_date, lang))
                    node.appendRow(leaf)
            self.model.appendRow(node)
        self.tree.expandAll()
        self._silent = False
        if where is not None:
            self.select(*where, emit=False)

    def _leaf(self, text: str, section: Section, record_id: Any) -> QStandardItem:
        leaf = QStandardItem(text)
        leaf.setData(section.value, SectionRole)
        leaf.setData(record_id, RecordRole)
        leaf.setEditable(False)
        leaf.setToolTip(text)
        return leaf

    def current(self) -> tuple[Section, Any] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return Section(index.data(SectionRole)), index.data(RecordRole)

    def select(self, section: Section, record_id: Any = None, *, emit: bool = True) -> None:
        for row in range(self.model.rowCount()):
            node = self.model.item(row)
            if node.data(SectionRole) != section.value:
                continue
            target = node
            for child in range(node.rowCount()):
                if record_id is not None and node.child(child).data(RecordRole) == record_id:
                    target = node.child(child)
            self._silent = not emit
            self.tree.selectionModel().setCurrentIndex(
                target.index(), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self._silent = False
            return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._silent or not current.isValid():
            return
        self.navigate.emit(Section(current.data(SectionRole)), current.data(RecordRole))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(_("Filter…"))
        self.search.setToolTip(_("Filters the list shown on the right (Ctrl+F)"))
        self.reload()

    def changeEvent(self, event: Any) -> None:
        if language_changed(self, event):
            self.retranslate()
        super().changeEvent(event)
