"""A problem looks the same wherever the window shows one: a form error, the status
bar's problem count, a programme item nobody interprets, a follow-up past its due
date."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.db.engine import Database
from app.readers.programme_view import load_trip_programme
from app.services.followups import list_follow_ups
from app.services.trips import get_trip
from tests.support import factories as f
from ui.dialogs.form_errors import error_label
from ui.models.followup_model import FollowUpModel
from ui.models.programme_model import ProgrammeModel
from ui.widgets.colours import ERROR_COLOUR

pytestmark = pytest.mark.gui


def test_every_problem_is_shown_in_the_error_colour(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    assert window.problem_label.isVisible()  # the demo trip has schedule problems
    assert ERROR_COLOUR in window.problem_label.styleSheet()
    assert ERROR_COLOUR in window.trip_view.problem_button.styleSheet()

    label = error_label()
    qtbot.addWidget(label)
    assert ERROR_COLOUR in label.styleSheet()

    trip = get_trip(demo_db, "hokkaido-2026")
    item = f.item(demo_db, trip.id, date(2026, 4, 14), "07:00", "07:30", interpreting_needed=True)
    programme = ProgrammeModel()
    programme.set_programme(load_trip_programme(demo_db, trip.id))
    cell = programme.index_for_item(item.id).siblingAtColumn(ProgrammeModel.COL_INTERPRETING)
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOUR

    follow_ups = FollowUpModel(today=date(2030, 1, 1))  # by then some are overdue
    follow_ups.set_rows(list_follow_ups(demo_db))
    overdue = next(
        r
        for r in range(follow_ups.rowCount())
        if follow_ups.index(r, 0).data(Qt.ItemDataRole.ForegroundRole)
    )
    foreground = follow_ups.index(overdue, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert foreground.color().name() == ERROR_COLOUR
