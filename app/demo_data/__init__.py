"""Demo data: the RVR's partnerships with Hokkaidō and Greater Manchester.

Pure data, plain Python literals only (no database, no Qt); a loader turns these
lists into rows. The facts come from the public papers in ``seeds/`` (RVR
Drucksache 15/0282 on the April 2026 trip to Hokkaidō, the 2021 progress report
of the Ruhr-Konferenz on Greater Manchester). The papers name no delegation
members and print no programme, so every person below is fictional except Andy
Burnham, Mayor of Greater Manchester, who is named in the seed; the programmes are
illustrative. E-mail addresses use the reserved ``.example`` domain.

Conventions
-----------
* References are by slug: ``region``, ``trip``, ``person``; programme items by
  ``key`` (unique within this module).
* ``ITEMS``: ``date`` is the LOCAL date at the venue, ``start``/``end`` are
  local "HH:MM" in ``timezone`` (IANA). Every item has an ``end_date`` key: None
  for timed items; for an ``all_day`` item ``start``/``end`` are None and the item
  spans ``date`` to ``end_date`` inclusive.
* ``interpreters``: (person slug, source language, target language), at most one
  tuple per interpreter and item; ``attendees`` lists delegation members only.

Planted schedule problems (for the checks; nothing else is wrong)
-----------------------------------------------------------------
* ``hk26-d4-economy`` and ``hk26-d4-university`` (16 April 2026) overlap
  10:30–11:30 at different venues with disjoint attendees (the group split), and
  both have interpreter ``yuki-brandt`` assigned: interpreter double-booked.
* ``hk26-d5-yubari-care`` needs interpreting but has no interpreter assigned.

Also: ``hk26-d8-tunnel`` is cancelled (late snowfall), ``hk26-d7-free`` is the
all-day item. Follow-ups are dated relative to "today" = 22 November 2026.
"""

from __future__ import annotations

from typing import Any

from app.demo_data import (
    items_assembly_2024,
    items_hokkaido_2026_13_14,
    items_hokkaido_2026_15_16,
    items_hokkaido_2026_17_18,
    items_hokkaido_2026_19_21,
    items_iga_2027_manchester_2022,
)
from app.demo_data.follow_ups import FOLLOW_UPS
from app.demo_data.people import PEOPLE
from app.demo_data.regions import AGREEMENTS, REGIONS, STATUS_HISTORY
from app.demo_data.trips import MEMBERS, TRIPS

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
]
