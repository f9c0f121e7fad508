"""All trips, newest first; double-click (or Enter) opens a trip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import PlannerError
from app.locale.i18n import _, current_language, ngettext
from app.services.regions import list_regions
from app.services.trip_removal import trip_size
from app.services.trips import get_trip
from models.ids import id_of
from models.text import localized
from ui.dialogs.messages import ask_yes_no, show_error
from ui.dialogs.trip_dialog import TripDialog
from ui.editing.kinds import Change
from ui.editing.record_ops import TRIP
from ui.editing.saving import run_or_report, save_edit, save_new
from ui.editing.store import Store
from ui.editing.trip_commands import DeleteTrip
from ui.models.trip_table_model import TripIdRole, TripTableModel
from ui.pages.page import Page
from ui.widgets.layout import make_heading


def open_trip_dialog(
    parent: QWidget, store: Store, stack: QUndoStack, trip_id: int | None
) -> int | None:
    """Create or edit a trip; its id, or None when cancelled."""
    lang = current_language()
    regions = [(id_of(r), localized(r, "name", lang)) for r in list_regions(store.db)]
    record = get_trip(store.db, trip_id) if trip_id is not None else None
    result: list[int] = []

    def submit(values: dict[str, Any]) -> bool:
        if record is None:
            result.append(save_new(store, stack, TRIP, values, _("New trip")))
            return True
        before = TRIP.snapshot(store.db, record)
        copy = {**values, "slug": f"{values['slug']}-copy"}
        done = save_edit(dialog, store, stack, TRIP, record, before, values, _("Edit trip"), copy)
        if done:
            result.append(id_of(record))
        return done

    dialog = TripDialog(parent, submit=submit, regions=regions, record=record)
    dialog.exec()
    return result[0] if result else None


class TripTable(QTableView):
    open_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TripsView(Page):
    open_trip = Signal(int)

    def __init__(self, store: Store, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.stack = stack
        self.model = TripTableModel(store.db, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = TripTable(self)
        self.table.setObjectName("trip_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TripTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.open_row.connect(self._open)
        self.heading = QLabel(self)
        self.heading.setObjectName("page_heading")
        make_heading(self.heading)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_trip")
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        store.changed.connect(self._changed)
        store.database_replaced.connect(self.reload)
        self.retranslate()
        self.reload()

    def _changed(self, changed: frozenset[Change]) -> None:
        if changed & {Change.TRIPS, Change.MEMBERS, Change.REGIONS}:
            self.reload()

    def reload(self) -> None:
        self.model.set_database(self.store.db)
        self.model.reload()

    def _open(self, index: QModelIndex) -> None:
        trip_id = index.data(TripIdRole) if index.isValid() else None
        if trip_id is not None:
            self.open_trip.emit(int(trip_id))

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        value = index.data(TripIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)

    def new_record(self) -> None:
        trip_id = open_trip_dialog(self, self.store, self.stack, None)
        if trip_id is not None:
            self.open_trip.emit(trip_id)

    def edit_current(self) -> None:
        trip_id = self.current_id()
        if trip_id is not None:
            open_trip_dialog(self, self.store, self.stack, trip_id)

    def delete_current(self) -> None:
        """Delete the selected trip with its programme and delegation, after asking;
        one step to undo."""
        trip_id = self.current_id()
        if trip_id is None:
            return
        try:
            trip = get_trip(self.store.db, trip_id)
            items, members = trip_size(self.store.db, trip_id)
        except PlannerError as exc:
            show_error(self, exc.message)
            return
        title = localized(trip, "title", current_language())
        question = _(
            "Delete the trip “{title}” with {items} and {members}? Its follow-up actions "
            "are kept. Edit → Undo brings everything back."
        ).format(
            title=title,
            items=ngettext("{n} programme item", "{n} programme items", items).format(n=items),
            members=ngettext("{n} delegation member", "{n} delegation members", members).format(
                n=members
            ),
        )
        if not ask_yes_no(self, question):
            return
        command = DeleteTrip(
            self.store, trip_id, int(trip.version), _("Delete trip “{title}”").format(title=title)
        )
        run_or_report(self, self.store, self.stack, command)

    def retranslate(self) -> None:
        self.setProperty("ui_language", current_language())
        self.heading.setText(_("Trips"))
        self.new_button.setText(_("New trip…"))
        self.open_button.setText(_("Open"))
        self.delete_button.setText(_("Delete…"))
        self.delete_button.setToolTip(_("Delete the selected trip (Del)"))
        self.model.retranslate()
