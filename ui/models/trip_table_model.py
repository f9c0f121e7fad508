"""Qt table model over the trip list service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.db.engine import Database
from app.locale.formatting import format_date_range
from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.services.trips import TripRow, list_trips
from models.text import localized

Index = QModelIndex | QPersistentModelIndex
TripIdRole = Qt.ItemDataRole.UserRole + 1


class TripTableModel(QAbstractTableModel):
    COL_TITLE, COL_REGION, COL_DATES, COL_DIRECTION, COL_STATUS, COL_MEMBERS = range(6)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[TripRow] = []

    def set_database(self, db: Database) -> None:
        self._db = db

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_trips(self._db)
        self.endResetModel()

    def trip_row(self, row: int) -> TripRow:
        return self._rows[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 5)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 5))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _("Title"),
            _("Partner region"),
            _("Dates"),
            _("Direction"),
            _("Status"),
            _("Members"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == TripIdRole:
            return row.trip.id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COL_MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        lang = current_language()
        trip = row.trip
        col = index.column()
        if col == self.COL_TITLE:
            return localized(trip, "title", lang)
        if col == self.COL_REGION:
            return localized(row.region, "name", lang)
        if col == self.COL_DATES:
            return format_date_range(trip.start_date, trip.end_date, lang)
        if col == self.COL_DIRECTION:
            return label(trip.direction, lang)
        if col == self.COL_STATUS:
            return label(trip.status, lang)
        if col == self.COL_MEMBERS:
            return row.members
        return None
