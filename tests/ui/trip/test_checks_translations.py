"""The Checks tab lists a missing translation after the schedule problems; the status
bar keeps counting only the schedule problems; double-click shows an item there."""

from __future__ import annotations

from typing import Any

import pytest

from app.checks.problem import schedule_problems
from app.db.engine import Database
from app.services.venues import get_venue, save_venue
from tests.ui.conftest import double_click
from ui.trip.checks_tab import ChecksTab

pytestmark = pytest.mark.gui


def rows(checks: ChecksTab) -> list[tuple[str, str]]:
    model = checks.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_a_venue_without_its_japanese_name_is_listed(
    window: Any, qtbot: Any, demo_db: Database
) -> None:
    view = window.trip_view
    checks = view.checks_tab
    assert not [r for r in rows(checks) if r[0] == "Missing translation"]
    status = window.problem_label.text()

    venue = get_venue(demo_db, "hokkaido-assembly")
    save_venue(demo_db, int(venue.id or 0), venue.version, name_ja="")
    window.store.notify_all()

    listed = rows(checks)
    assert listed[-1] == ("Missing translation", "Japanese missing for the name of 1 venue")
    assert [kind for kind, _m in listed[:-1]] != [] and "Missing translation" not in [
        kind for kind, _m in listed[:-1]
    ]
    assert "1 missing translation (a partner copy can still be printed)" in checks.summary.text()
    assert window.problem_label.text() == status  # warnings, not schedule problems
    assert len(schedule_problems(view.problems)) == len(view.problems) - 1

    # double-click shows the first item at that venue
    view.show_checks()
    qtbot.waitExposed(checks.table)
    index = checks.model.index(len(listed) - 1, 1)
    checks.table.scrollTo(index)
    with qtbot.waitSignal(checks.jump_to_item, timeout=2000) as jumped:
        double_click(qtbot, checks.table.viewport(), checks.table.visualRect(index).center())
    item = next(v.item for v in view.programme.items if v.item.id == jumped.args[0])
    assert item.venue_id == venue.id
