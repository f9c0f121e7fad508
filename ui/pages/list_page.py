"""A page that is one list of records: a sortable, filterable table under a bar with
the heading, the count and New/Edit/Delete (the venue directory, people, interpreters).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.locale.i18n import _, current_language
from ui.editing.kinds import Change
from ui.editing.store import Store
from ui.models.simple_table_model import KeyRole, SimpleTableModel
from ui.models.sorting_proxy import ModelSortingProxy
from ui.pages.page import Page
from ui.widgets.layout import make_heading


class ListPage(Page):
    """The table, bar and store connections of a list page; rows carry their record's
    id under ``KeyRole``. A subclass calls :meth:`build_list` in its ``__init__``,
    sets ``reload_on`` and fills the rows in ``reload``."""

    #: The kinds of change that make the page read its rows again.
    reload_on: frozenset[Change] = frozenset()

    def build_list(
        self,
        store: Store,
        stack: QUndoStack,
        headers: Callable[[], Sequence[str]],
        table_name: str,
    ) -> None:
        """The model, the table (named ``table_name``), the bar and the layout, in the
        tab order table → New → Edit → Delete; then the store's signals."""
        self.store = store
        self.stack = stack
        self.model = SimpleTableModel(headers, self)
        self.proxy = ModelSortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self._filter_text = ""
        self.table = QTableView(self)
        self.table.setObjectName(table_name)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.heading = QLabel(self)
        self.heading.setObjectName("page_heading")
        make_heading(self.heading)
        self.count = QLabel(self)
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addWidget(self.count, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        store.changed.connect(self._changed)
        store.database_replaced.connect(self.reload)

    def _changed(self, changed: frozenset[Change]) -> None:
        if changed & self.reload_on:
            self.reload()

    def set_filter(self, text: str) -> None:
        if text != self._filter_text:  # the window repeats it on every page switch
            self._filter_text = text
            self.proxy.setFilterFixedString(text)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(KeyRole) if index.isValid() else None

    def select(self, record_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(KeyRole) == record_id:
                self.table.selectRow(row)
                return

    def retranslate_list(self, heading: str, new: str) -> None:
        """The bar's texts in the current language, then the headers and the rows."""
        self.setProperty("ui_language", current_language())
        self.heading.setText(heading)
        self.new_button.setText(new)
        self.edit_button.setText(_("Edit…"))
        self.delete_button.setText(_("Delete"))
        self.model.retranslate()
        self.reload()
