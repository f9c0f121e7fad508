"""What the schedule rules read of a trip's programme, prepared once for all of them.

The rules run over a programme that the caller has already loaded (the trip view
shows the same programme it checks), so no rule touches the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations

from app.locale.names import format_name
from app.readers.programme_view import TripProgramme
from models.enums import ItemStatus
from models.tables import Person, ProgrammeItem, Trip
from models.text import localized

NO_ONE: frozenset[int] = frozenset()


def item_id(item: ProgrammeItem) -> int:
    """The id of a stored item (a programme is read from the database, so it has one)."""
    assert item.id is not None, "schedule checks run over stored items"
    return item.id


def overlap(a: ProgrammeItem, b: ProgrammeItem) -> bool:
    """The two items' times overlap; touching end and start do not."""
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


@dataclass(frozen=True)
class Schedule:
    """The items that take place (cancelled ones left out), in time order, with the
    ids of who attends and who interprets at each, and the language of the messages."""

    trip: Trip
    items: tuple[ProgrammeItem, ...]
    attendees: Mapping[int, frozenset[int]]
    interpreters: Mapping[int, frozenset[int]]
    people: Mapping[int, Person]
    lang: str

    @classmethod
    def of(cls, programme: TripProgramme, lang: str) -> Schedule:
        views = [v for v in programme.items if v.item.status != ItemStatus.CANCELLED.value]
        people: dict[int, Person] = {}
        attendees: dict[int, frozenset[int]] = {}
        interpreters: dict[int, frozenset[int]] = {}
        for view in views:
            key = item_id(view.item)
            for person in view.attendees:
                people[int(person.id)] = person  # type: ignore[arg-type]
            for person, _assignment in view.interpreters:
                people[int(person.id)] = person  # type: ignore[arg-type]
            attendees[key] = frozenset(int(p.id) for p in view.attendees)  # type: ignore[arg-type]
            interpreters[key] = frozenset(int(p.id) for p, _a in view.interpreters)  # type: ignore[arg-type]
        return cls(
            trip=programme.trip,
            items=tuple(v.item for v in views),
            attendees=attendees,
            interpreters=interpreters,
            people=people,
            lang=lang,
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
        return tuple((a, b) for a, b in combinations(self.timed, 2) if overlap(a, b))

    def attendees_of(self, item: ProgrammeItem) -> frozenset[int]:
        return self.attendees.get(item_id(item), NO_ONE)

    def interpreters_of(self, item: ProgrammeItem) -> frozenset[int]:
        return self.interpreters.get(item_id(item), NO_ONE)

    def name(self, person_id: int) -> str:
        return format_name(self.people[person_id], self.lang)

    def title(self, item: ProgrammeItem) -> str:
        return localized(item, "title", self.lang) or f"#{item.id}"
