"""Follow-up actions as a flat table; fast for tens of thousands of rows: text is
formatted only for the cells a view asks for; the filter is applied here, in one
Python pass over keys and search texts built once per row set (and language), and
the view sees only the accepted rows — Qt never calls back into Python per row."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.locale.formatting import format_date_medium
from app.locale.i18n import _, current_language
from app.locale.labels import label
from app.services.followups import OPEN_STATUSES, FollowUpRow
from models.text import localized
from ui.models.sorting_proxy import reorder_rows
from ui.widgets.colours import ERROR_COLOUR, ERROR_TINT

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1
RegionRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3
TripRole = Qt.ItemDataRole.UserRole + 4
OverdueRole = Qt.ItemDataRole.UserRole + 5

OVERDUE_BACKGROUND = QBrush(QColor(ERROR_TINT))
OVERDUE_FOREGROUND = QBrush(QColor(ERROR_COLOUR))


class FollowUpModel(QAbstractTableModel):
    COL_TITLE, COL_STATUS, COL_OWNER, COL_DUE, COL_REGION, COL_TRIP = range(6)
    COLUMNS = 6

    def __init__(self, parent: Any = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._all: list[FollowUpRow] = []  # every row, in sort order
        self._rows: list[FollowUpRow] = []  # the rows the filter accepts (what views see)
        self._overdue_shown = 0
        self._filter: tuple[Any, Any, frozenset[str] | None, str] = (None, None, None, "")
        self.today = today or date.today()

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.beginResetModel()
        self._all = rows
        self._rows = self._accepted()
        self.endResetModel()

    def set_filter(
        self, region_id: Any, trip_id: Any, statuses: frozenset[str] | None, text: str
    ) -> None:
        """Show only the rows that match; one pass in Python and one model reset, so
        Qt never calls back into Python per row."""
        wanted = (region_id, trip_id, statuses, text)
        if wanted == self._filter:
            return
        self._filter = wanted
        self.beginResetModel()
        self._rows = self._accepted()
        self.endResetModel()

    def _accepted(self) -> list[FollowUpRow]:
        region, trip, statuses, text = self._filter
        keys = self.keys()
        texts = self.search_texts() if text else None
        rows, overdue = [], 0
        for n, (r, k) in enumerate(zip(self._all, keys, strict=True)):
            if (
                (region is None or k[0] == region)
                and (trip is None or k[1] == trip)
                and (statuses is None or k[2] in statuses)
                and (texts is None or text in texts[n])
            ):
                rows.append(r)
                overdue += k[3]
        self._overdue_shown = overdue
        return rows

    def total_count(self) -> int:
        return len(self._all)

    def overdue_shown(self) -> int:
        return self._overdue_shown

    def search_texts(self) -> list[str]:
        """The search text of every row, built in one pass (once per language): dates,
        status labels, region and trip names are formatted once per distinct value."""
        lang = current_language()
        cached: tuple[str, list[FollowUpRow], list[str]] | None = getattr(self, "_all_search", None)
        if cached is not None and cached[0] == lang and cached[1] is self._all:
            return cached[2]
        dates: dict[Any, str] = {}
        labels: dict[str, str] = {}
        names: dict[int, str] = {}
        out = []
        for r in self._all:
            f = r.follow_up
            due = f.due
            d = dates.get(due)
            if d is None:
                d = dates[due] = format_date_medium(due, lang) if due else "—"
            status = f.status
            s = labels.get(status)
            if s is None:
                s = labels[status] = label(status, lang)
            region = names.get(id(r.region))
            if region is None:
                region = names[id(r.region)] = localized(r.region, "name", lang)
            trip: str | None = ""
            if r.trip is not None:
                trip = names.get(id(r.trip))
                if trip is None:
                    trip = names[id(r.trip)] = localized(r.trip, "title", lang)
            cells = (localized(f, "title", lang), s, localized(f, "owner", lang), d, region, trip)
            out.append(" ".join(c for c in cells if c).casefold())
        self._all_search = (lang, self._all, out)
        return out

    def keys(self) -> list[tuple[Any, Any, str, bool]]:
        """(region id, trip id, status, overdue) per row, read once per row set."""
        cached: tuple[list[FollowUpRow], date, list[tuple[Any, Any, str, bool]]] | None = getattr(
            self, "_keys", None
        )
        if cached is not None and cached[0] is self._all and cached[1] == self.today:
            return cached[2]
        today = self.today
        keys = []
        for r in self._all:
            f = r.follow_up
            status, due = f.status, f.due
            keys.append(
                (
                    f.region_id,
                    f.trip_id,
                    status,
                    due is not None and due < today and status in OPEN_STATUSES,
                )
            )
        self._keys = (self._all, today, keys)
        return keys

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self.COL_DUE:

            def key(r: FollowUpRow) -> Any:
                return (r.follow_up.due is None, r.follow_up.due or date.min)
        else:

            def key(r: FollowUpRow) -> Any:
                return (self._display(r, column) or "").casefold()

        def resort() -> list[FollowUpRow]:
            self._all = sorted(self._all, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
            self._rows = self._accepted()
            return self._rows

        reorder_rows(self, self._rows, resort)

    def row_at(self, row: int) -> FollowUpRow:
        return self._rows[row]

    def overdue_count(self) -> int:
        return sum(1 for r in self._all if r.is_overdue(self.today))

    def retranslate(self) -> None:
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
            return localized(f, "notes", current_language()) or None
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
            return localized(f, "owner", lang)
        if col == self.COL_DUE:
            return format_date_medium(f.due, lang) if f.due else "—"
        if col == self.COL_REGION:
            return localized(row.region, "name", lang)
        if col == self.COL_TRIP:
            return localized(row.trip, "title", lang) if row.trip else ""
        return None
