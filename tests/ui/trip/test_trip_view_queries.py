"""A refresh of the trip view reads the trip's programme once: the programme, the
delegation, the interpreting and the checks tabs all show that one reading."""

from __future__ import annotations

from typing import Any

import pytest

from app.db.engine import Database
from app.readers.programme_view import TripProgramme, load_trip_programme
from tests.support.query_count import counting
from ui.trip import trip_view

pytestmark = pytest.mark.gui


def test_a_refresh_loads_the_programme_once(
    window: Any, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.trip_view
    loads: list[int] = []

    def counted_load(db: Database, trip_id: int, **kw: Any) -> TripProgramme:
        loads.append(trip_id)
        return load_trip_programme(db, trip_id, **kw)

    monkeypatch.setattr(trip_view, "load_trip_programme", counted_load)
    with counting(demo_db) as refresh:
        view.reload()
    with counting(demo_db) as one_load:
        load_trip_programme(demo_db, view.trip_id)

    assert loads == [view.trip_id]
    assert len(refresh) == len(one_load)  # the checks add no statement of their own
    assert view.checks_tab.problems == view.problems and view.problems  # the demo's planted ones
