"""The sweep that finds overlapping items gives exactly what comparing every pair
gives, on small random programmes (zero-length items, equal starts, touching ends,
all-day items, cancelled items, shared people) — so the faster checks report the
same problems, in the same order, as the definition."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.checks.find import find_problems
from app.checks.rules import interpreter_double_booked, person_overlaps
from app.checks.schedule import Schedule, overlap
from app.readers.programme_view import ItemView
from app.timeutil import local_to_utc
from models.enums import ItemStatus
from models.tables import InterpreterAssignment, Person, ProgrammeItem
from tests.unit.checks.test_rules import TZ, programme

PEOPLE = [Person(id=n, slug=f"p{n}", family_name=f"Family{n}", given_name="G") for n in range(1, 5)]
BASE = local_to_utc(date(2026, 4, 14), time(8, 0), TZ)

item_shape = st.tuples(
    st.integers(0, 40),  # start, in quarter hours after 08:00
    st.integers(0, 12),  # length in quarter hours (0: an item of no length)
    st.booleans(),  # all day
    st.booleans(),  # cancelled
    st.sets(st.integers(0, 3), max_size=3),  # attendees (positions in PEOPLE)
    st.sets(st.integers(0, 3), max_size=2),  # interpreters
    st.sampled_from(["Sapporo", "Otaru", ""]),
)


def _views(
    shapes: list[tuple[int, int, bool, bool, set[int], set[int], str]],
) -> list[ItemView]:
    views = []
    for n, (start, length, all_day, cancelled, attendees, interpreters, venue) in enumerate(
        shapes, start=1
    ):
        starts: datetime = BASE + timedelta(minutes=15 * start)
        item = ProgrammeItem(
            id=n,
            trip_id=1,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=15 * length),
            timezone=TZ,
            title_en=f"Item {n}",
            venue_name=venue,
            all_day=all_day,
            status=ItemStatus.CANCELLED.value if cancelled else ItemStatus.PLANNED.value,
        )
        assignments = tuple(
            (p, InterpreterAssignment(item_id=n, person_id=p.id, source="de", target="ja"))
            for p in (PEOPLE[k] for k in sorted(interpreters))
        )
        views.append(ItemView(item, tuple(PEOPLE[k] for k in sorted(attendees)), assignments))
    return views


def _brute(s: Schedule, who: str) -> list[tuple[int | None, int | None, int]]:
    """The definition: every pair of timed items, earlier in the programme first."""
    members = s.attendees_of if who == "attendees" else s.interpreters_of
    return [
        (a.id, b.id, pid)
        for a, b in combinations(s.timed, 2)
        if overlap(a, b)
        for pid in sorted(members(a) & members(b))
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(item_shape, max_size=14), st.booleans())
def test_sweep_finds_what_every_pair_finds(shapes: list, time_order: bool) -> None:
    views = _views(shapes)
    if time_order:  # as the reader delivers them; otherwise in any order
        views.sort(key=lambda v: (v.item.starts_at, v.item.id))
    s = Schedule.of(programme(*views), "en")
    assert [(a.id, b.id) for a, b in s.overlapping_pairs] == [
        (a.id, b.id) for a, b in combinations(s.timed, 2) if overlap(a, b)
    ]
    for who, rule in (("attendees", person_overlaps), ("interpreters", interpreter_double_booked)):
        got = [(p.item_ids[0], p.item_ids[1], p.person_ids[0]) for p in rule(s)]
        assert got == _brute(s, who)
    # and the whole check runs through without surprises
    find_problems(programme(*views), "de")
