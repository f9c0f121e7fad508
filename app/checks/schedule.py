"""What the schedule rules read of a trip's programme, prepared once for all of them.

The rules run over a programme that the caller has already loaded (the trip view
shows the same programme it checks), so no rule touches the database.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from app.locale.names import format_name
from app.readers.programme_view import TripProgramme
from models.enums import ItemStatus
from models.ids import id_of
from models.tables import Person, ProgrammeItem, Region, Trip, Venue
from models.text import localized

NO_ONE: frozenset[int] = frozenset()


def item_id(item: ProgrammeItem) -> int:
    """The id of a stored item (a programme is read from the database, so it has one)."""
    assert item.id is not None, "schedule checks run over stored items"
    return item.id


def overlap(a: ProgrammeItem, b: ProgrammeItem) -> bool:
    """The two items' times overlap; touching end and start do not."""
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


#: An item's time as (start, end); plain values, read once from each item, because the
#: sweep compares them many times and a mapped attribute is slow to read.
Span = tuple[datetime, datetime]


def overlapping_index_pairs(spans: Sequence[Span]) -> list[tuple[int, int]]:
    """The positions ``(i, j)``, ``i < j``, of every two of ``spans`` that overlap (as
    :func:`overlap` defines it), in the order ``combinations(range(n), 2)`` gives them.

    A sweep rather than all pairs: spans sorted by start, the ones still running kept
    in a heap by end, so the cost is O(n log n + k) for k overlapping pairs (a 30,000-item
    trip took minutes when every pair was compared).
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    running: list[tuple[datetime, int]] = []  # (end, position), earliest end first
    pairs: list[tuple[int, int]] = []
    for i in order:
        start, end = spans[i]
        # A span that ends when (or before) this one starts only touches it, and so
        # does every later one, which starts no earlier.
        while running and running[0][0] <= start:
            heapq.heappop(running)
        for _end, j in running:
            # Running spans started no earlier and end after this start; only a span
            # of no length starting together with a running one does not overlap it.
            if spans[j][0] < end:
                pairs.append((j, i) if j < i else (i, j))
        heapq.heappush(running, (end, i))
    pairs.sort()
    return pairs


def pairs_sharing(
    spans: Sequence[Span], members: Sequence[frozenset[int]]
) -> list[tuple[int, int, int]]:
    """``(i, j, person)`` for every two overlapping spans ``i < j`` that ``person`` is
    in (``members[i]`` holds who is in item ``i``), sorted. Each person's own items are
    swept separately, so items that overlap but share no one cost nothing."""
    by_person: dict[int, list[int]] = {}
    for position, ids in enumerate(members):
        for pid in ids:
            by_person.setdefault(pid, []).append(position)
    found: list[tuple[int, int, int]] = []
    for pid, positions in by_person.items():
        own = [spans[p] for p in positions]
        found.extend((positions[a], positions[b], pid) for a, b in overlapping_index_pairs(own))
    found.sort()
    return found


@dataclass(frozen=True)
class Schedule:
    """The items that take place (cancelled ones left out), in time order, with the
    ids of who attends and who interprets at each, and the language of the messages.

    ``people`` holds everyone the trip's documents name: attendees, interpreters, the
    delegation's members and the partner-side contacts (when the programme was read
    with them).
    """

    trip: Trip
    items: tuple[ProgrammeItem, ...]
    attendees: Mapping[int, frozenset[int]]
    interpreters: Mapping[int, frozenset[int]]
    people: Mapping[int, Person]
    lang: str
    venues: Mapping[int, Venue] | None = None  # by item id
    region: Region | None = None

    @classmethod
    def of(cls, programme: TripProgramme, lang: str) -> Schedule:
        views = [v for v in programme.items if v.item.status != ItemStatus.CANCELLED.value]
        people: dict[int, Person] = {}
        attendees: dict[int, frozenset[int]] = {}
        interpreters: dict[int, frozenset[int]] = {}
        venues: dict[int, Venue] = {}
        # The same Person object is at many items: its id is read once (a mapped
        # attribute is slow to read, and a big trip has a hundred thousand places).
        ids: dict[int, int] = {}

        def pid(person: Person) -> int:
            found = ids.get(id(person))
            if found is None:
                found = ids[id(person)] = id_of(person)
                people[found] = person
            return found

        for view in views:
            key = item_id(view.item)
            attendees[key] = frozenset(pid(p) for p in view.attendees)
            interpreters[key] = frozenset(pid(p) for p, _a in view.interpreters)
            if view.venue is not None:
                venues[key] = view.venue
        for member in programme.members:
            pid(member.person)
        for contact in programme.contacts:
            pid(contact)
        return cls(
            trip=programme.trip,
            items=tuple(v.item for v in views),
            attendees=attendees,
            interpreters=interpreters,
            people=people,
            lang=lang,
            venues=venues,
            region=programme.region,
        )

    @cached_property
    def timed(self) -> tuple[ProgrammeItem, ...]:
        """The items with clock times; an all-day item (a free day, a holiday) blocks
        no one's time."""
        return tuple(i for i in self.items if not i.all_day)

    @cached_property
    def overlapping_pairs(self) -> tuple[tuple[ProgrammeItem, ProgrammeItem], ...]:
        """Every pair of timed items whose times overlap, earlier item first; worked
        out once because two rules look at the same pairs."""
        timed = self.timed
        return tuple((timed[i], timed[j]) for i, j in overlapping_index_pairs(self.spans))

    @cached_property
    def spans(self) -> tuple[Span, ...]:
        """The start and end of each of :attr:`timed`."""
        return tuple((i.starts_at, i.ends_at) for i in self.timed)

    def shared_overlaps(
        self, who: Mapping[int, frozenset[int]]
    ) -> list[tuple[ProgrammeItem, ProgrammeItem, int]]:
        """``(earlier, later, person)`` for every two overlapping timed items that
        ``person`` is in according to ``who`` (attendees or interpreters), in the order
        of :attr:`overlapping_pairs`, then by person id."""
        timed = self.timed
        members = [who.get(item_id(item), NO_ONE) for item in timed]
        return [(timed[i], timed[j], pid) for i, j, pid in pairs_sharing(self.spans, members)]

    def attendees_of(self, item: ProgrammeItem) -> frozenset[int]:
        return self.attendees.get(item_id(item), NO_ONE)

    def interpreters_of(self, item: ProgrammeItem) -> frozenset[int]:
        return self.interpreters.get(item_id(item), NO_ONE)

    def name(self, person_id: int) -> str:
        return format_name(self.people[person_id], self.lang)

    def venue_name(self, item: ProgrammeItem) -> str:
        venue = (self.venues or {}).get(item_id(item))
        return localized(venue, "name", self.lang) if venue is not None else ""

    def title(self, item: ProgrammeItem) -> str:
        return localized(item, "title", self.lang) or f"#{item.id}"
