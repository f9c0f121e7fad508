"""The pages of the main window: one per sidebar section, and the open trip."""

from __future__ import annotations

from enum import StrEnum

from ui.shell.sidebar import Section


class PageKey(StrEnum):
    """The pages of the window: one per sidebar section, and the open trip."""

    REGIONS = Section.REGIONS.value
    TRIPS = Section.TRIPS.value
    PEOPLE = Section.PEOPLE.value
    INTERPRETERS = Section.INTERPRETERS.value
    FOLLOW_UPS = Section.FOLLOW_UPS.value
    VENUES = Section.VENUES.value
    TRIP = "trip"
