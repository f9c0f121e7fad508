"""Filters the follow-up table by region, status, trip and search text.

The model does the filtering (one Python pass, one reset); this proxy keeps the
filter settings and the API the views use, and forwards sorting to the model.
"""

from __future__ import annotations

from typing import Any

from app.services.followups import OPEN_STATUSES
from ui.models.followup_model import FollowUpModel
from ui.models.sorting_proxy import ModelSortingProxy

OPEN = "__open__"


class FollowUpFilter(ModelSortingProxy):
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

    def set_trip(self, trip_id: int | None) -> None:
        self.trip_id = trip_id
        self._refilter()

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._refilter()

    def _refilter(self) -> None:
        model = self.sourceModel()
        if not isinstance(model, FollowUpModel):
            return
        statuses = (
            frozenset(OPEN_STATUSES)
            if self.status == OPEN
            else None
            if self.status is None
            else frozenset((self.status,))
        )
        model.set_filter(self.region_id, self.trip_id, statuses, self.text)

    def overdue_shown(self) -> int:
        model = self.sourceModel()
        return model.overdue_shown() if isinstance(model, FollowUpModel) else 0
