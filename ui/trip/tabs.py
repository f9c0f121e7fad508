"""The tabs of the trip view, in the order they appear (Alt+1 … Alt+5), and their
titles. Kept apart from the view so that the menus can name them before the first
paint, without loading the view and the database layer behind it."""

from __future__ import annotations

from enum import StrEnum

from app.locale.i18n import _


class TripTab(StrEnum):
    PROGRAMME = "programme"
    DELEGATION = "delegation"
    INTERPRETING = "interpreting"
    CHECKS = "checks"
    FOLLOW_UPS = "follow_ups"


def trip_tab_title(tab: TripTab) -> str:
    return {
        TripTab.PROGRAMME: _("Programme"),
        TripTab.DELEGATION: _("Delegation"),
        TripTab.INTERPRETING: _("Interpreting"),
        TripTab.CHECKS: _("Checks"),
        TripTab.FOLLOW_UPS: _("Follow-ups"),
    }[tab]
