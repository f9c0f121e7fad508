"""Follow-up actions as a flat table; fast for tens of thousands of rows: text is
formatted only for the cells a view asks for, and nothing is kept per row but the
service's row objects."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.formatting import format_date_medium
from app.i18n import _, current_language
from app.labels import label
from app.services.followups import FollowUpRow
from models.text import localized

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
RegionRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
TripRole = Qt.ItemDataRole.UserRole + 4
OverdueRole = Qt.ItemDataRole.UserRole + 5

OVERDUE_BACKGROUND = QBrush(QColor("#fde7e4"))
OVERDUE_FOREGROUND = QBrush(QColor("#8c1d18"))


class FollowUpModel(QAbstractTableModel):
    COL_TITLE, COL_STATUS, COL_OWNER, COL_DUE, COL_REGION, COL_TRIP = range(6)
    COLUMNS = 6

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FollowUpRow] = []
        self._search: dict[int, str] = {}
        self.today = today or date.today()

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._search: dict[int, str] = {}
        self.endResetModel()

    def search_text(self, row: int) -> str:
        """All visible texts of a row in lower case, built once per row and language."""
        text = self._search.get(row)
        if text is None:
            cells = (self._display(self._rows[row], c) for c in range(self.COLUMNS))
            text = self._search[row] = " ".join(c for c in cells if c).casefold()
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self.COL_DUE:

            def key(r: FollowUpRow) -> Any:
                return (r.follow_up.due is None, r.follow_up.due or date.min)
        else:

            def key(r: FollowUpRow) -> Any:
                return (self._display(r, column) or "").casefold()

        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_rows = [self._rows[i.row()] for i in old]
        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._search = {}
        position = {id(r): n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            old,
            [self.index(position[id(r)], i.column()) for i, r in zip(old, old_rows, strict=True)],
        )
        self.layoutChanged.emit()

    def row_at(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.is_overdue(self.today))

    def retranslate(self) -> None:
        self._search = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            _("Follow-up action"),
            _("Status"),
            _("Owner"),
            _("Due"),
            _("Partner region"),
            _("Trip"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        f = row.follow_up
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if row.is_overdue(self.today):
                if role == Qt.ItemDataRole.BackgroundRole:
                    return OVERDUE_BACKGROUND
                return OVERDUE_FOREGROUND
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.is_overdue(self.today):
                return _("Overdue")
            return f.notes or None
        if role == IdRole:
            return f.id
        if role == RegionRole:
            return f.region_id
        if role == StatusRole:
            return f.status
        if role == TripRole:
            return f.trip_id
        if role == OverdueRole:
            return row.is_overdue(self.today)
        return None

    def _display(self, row: FollowUpRow, col: int) -> str | None:
        f = row.follow_up
        lang = current_language()
        if col == self.COL_TITLE:
            return localized(f, "title", lang)
        if col == self.COL_STATUS:
            return label(f.status, lang)
        if col == self.COL_OWNER:
            return f.owner
        if col == self.COL_DUE:
            return format_date_medium(f.due, lang) if f.due else "—"
        if col == self.COL_REGION:
            return localized(row.region, "name", lang)
        if col == self.COL_TRIP:
            return localized(row.trip, "title", lang) if row.trip else ""
        return None
