"""Filters the follow-up table by region, status, trip and search text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from app.services.followups import OPEN_STATUSES
from ui.followup_model import FollowUpModel

OPEN = "__open__"


class FollowUpFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.region_id: int | None = None
        self.status: str | None = None
        self.trip_id: int | None = None
        self.text = ""

    def set_region(self, region_id: int | None) -> None:
        self.region_id = region_id
        self._refilter()

    def set_status(self, status: str | None) -> None:
        self.status = status
        self._refilter()

    def set_text(self, text: str) -> None:
        self.text = text.strip().casefold()
        self._refilter()

    def _refilter(self) -> None:
        # One layout change instead of thousands of row insertions for scattered rows.
        self.invalidate()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Sorting the rows in Python once is much faster than lessThan per pair.
        model = self.sourceModel()
        if isinstance(model, FollowUpModel):
            model.sort(column, order)

    def set_trip(self, trip_id: int | None) -> None:
        self.trip_id = trip_id
        self._refilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, FollowUpModel) or source_parent.isValid():
            return True
        row = model.row_at(source_row).follow_up
        if self.region_id is not None and row.region_id != self.region_id:
            return False
        if self.trip_id is not None and row.trip_id != self.trip_id:
            return False
        if self.status == OPEN:
            if row.status not in OPEN_STATUSES:
                return False
        elif self.status is not None and row.status != self.status:
            return False
        return not self.text or self.text in model.search_text(source_row)
