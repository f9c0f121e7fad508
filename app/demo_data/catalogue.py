"""All demo data in one place: the lists of every topic module, the programme items of
every trip joined into one ``ITEMS`` list. The conventions are in the package's
docstring (``app/demo_data/__init__.py``)."""

from __future__ import annotations

from typing import Any

from app.demo_data import (
    items_assembly_2024,
    items_hokkaido_2026_13_14,
    items_hokkaido_2026_15_16,
    items_hokkaido_2026_17_18,
    items_hokkaido_2026_19_21,
    items_iga_2027_manchester_2022,
    venues,
    venues_more,
)
from app.demo_data.follow_ups import FOLLOW_UPS
from app.demo_data.people import PEOPLE
from app.demo_data.regions import AGREEMENTS, REGIONS, STATUS_HISTORY
from app.demo_data.trips import MEMBERS, TRIPS

#: The venue directory: the Hokkaido venues, then the Ruhr and Manchester ones.
VENUES: list[dict[str, Any]] = [*venues.VENUES, *venues_more.VENUES]

ITEMS: list[dict[str, Any]] = [
    *items_hokkaido_2026_13_14.ITEMS,
    *items_hokkaido_2026_15_16.ITEMS,
    *items_hokkaido_2026_17_18.ITEMS,
    *items_hokkaido_2026_19_21.ITEMS,
    *items_assembly_2024.ITEMS,
    *items_iga_2027_manchester_2022.ITEMS,
]

__all__ = [
    "AGREEMENTS",
    "FOLLOW_UPS",
    "ITEMS",
    "MEMBERS",
    "PEOPLE",
    "REGIONS",
    "STATUS_HISTORY",
    "TRIPS",
    "VENUES",
]
