"""A read-only table model over rows prepared by a view: the small lists of the
region and trip pages (agreements, contacts, problems …) need no model of their own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ui.models.sorting_proxy import reorder_rows

Index = QModelIndex | QPersistentModelIndex
#: Role under which every cell hands back its row's key (an id).
KeyRole = Qt.ItemDataRole.UserRole + 1


@dataclass
class Row:
    cells: Sequence[str]
    key: Any = None
    tooltip: str = ""
    foreground: QBrush | None = None
    background: QBrush | None = None
    strike: bool = False
    bold: bool = False
    extra: dict[int, Any] = field(default_factory=dict)


class SimpleTableModel(QAbstractTableModel):
    def __init__(self, headers: Callable[[], Sequence[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._header_texts: list[str] | None = None
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        #: Rows may be dragged within a view (see ui.widgets.reorder_table).
        self.rows_movable = False

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the text of ``column``, ignoring case; kept for later set_rows."""
        self._sort = (column, order)

        def resort() -> list[Row]:
            self._rows = self._sorted(self._rows)
            return self._rows

        reorder_rows(self, self._rows, resort)

    def _sorted(self, rows: Sequence[Row]) -> list[Row]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort

        def key(row: Row) -> str:
            return row.cells[column].casefold() if column < len(row.cells) else ""

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def row(self, n: int) -> Row:
        return self._rows[n]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def _texts(self) -> list[str]:
        # Qt asks for the column count for every cell it paints: translate once per
        # language, not tens of thousands of times.
        if self._header_texts is None:
            self._header_texts = list(self._headers())
        return self._header_texts

    def retranslate(self) -> None:
        self._header_texts = None
        count = self.columnCount()
        if count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, count - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._texts())

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.rows_movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if not index.isValid():
                flags |= Qt.ItemFlag.ItemIsDropEnabled  # between rows, not onto one
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction if self.rows_movable else Qt.DropAction.IgnoreAction

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._texts()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            cells = row.cells
            return cells[index.column()] if index.column() < len(cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            cells = row.cells
            cell = cells[index.column()] if index.column() < len(cells) else ""
            return row.tooltip or cell or None
        if role == KeyRole:
            return row.key
        if role == Qt.ItemDataRole.ForegroundRole:
            return row.foreground
        if role == Qt.ItemDataRole.BackgroundRole:
            return row.background
        if role == Qt.ItemDataRole.FontRole and (row.strike or row.bold):
            font = QFont()
            font.setStrikeOut(row.strike)
            font.setBold(row.bold)
            return font
        return row.extra.get(role)
