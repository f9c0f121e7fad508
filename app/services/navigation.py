"""The navigation column's contents read through the services (the authoritative
reading; ``app.readers.navigation.read_snapshot`` is the early one before the database
layer has loaded)."""

from __future__ import annotations

from app.db.engine import Database
from app.readers.navigation import NavigationData, RegionLink, TripLink
from app.services.followups import OPEN_STATUSES, count_follow_ups
from app.services.regions import list_regions
from app.services.trips import list_trips
from models.ids import id_of
from models.text import localized


def navigation_data(db: Database, lang: str) -> NavigationData:
    regions = tuple(RegionLink(id_of(r), localized(r, "name", lang)) for r in list_regions(db))
    trips = tuple(
        TripLink(
            id_of(row.trip),
            localized(row.trip, "title", lang),
            row.trip.start_date,
            row.trip.end_date,
            row.members,
        )
        for row in list_trips(db)
    )
    return NavigationData(regions, trips, count_follow_ups(db, statuses=OPEN_STATUSES))
