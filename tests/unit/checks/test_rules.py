"""Each schedule rule on its own, over a programme built in memory (no database):
what it reports, and what it leaves to the other rules."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from app.checks.find import find_problems
from app.checks.problem import Problem, ProblemKind, TextField
from app.checks.rules import (
    RULES,
    Rule,
    interpreter_double_booked,
    interpreter_missing,
    no_transfer_gap,
    outside_trip_dates,
    person_overlaps,
)
from app.checks.schedule import Schedule
from app.readers.programme_view import ItemView, TripProgramme
from app.timeutil import local_to_utc
from models.enums import ItemStatus
from models.tables import InterpreterAssignment, Person, ProgrammeItem, Region, Trip, Venue

DAY = date(2026, 4, 14)
TZ = "Asia/Tokyo"
ANNA = Person(id=1, slug="anna", family_name="Schmidt", given_name="Anna", academic_title="Dr.")
BEN = Person(id=2, slug="ben", family_name="Weber", given_name="Ben")
YUKI = Person(
    id=3,
    slug="yuki",
    family_name="Tanaka",
    given_name="Yuki",
    native_name="田中 由紀",
    family_name_first=True,
)


#: The venues of the items built here, by English name: one record per name.
VENUES: dict[str, Venue] = {}


def venue_named(name: str) -> Venue:
    if name not in VENUES:
        VENUES[name] = Venue(
            id=len(VENUES) + 1, slug=f"v{len(VENUES) + 1}", name_en=name, timezone=TZ
        )
    return VENUES[name]


def item(
    n: int, start: str, end: str, *, day: date = DAY, venue: str = "Sapporo", **kw: Any
) -> ProgrammeItem:
    """An item at the venue of that name ("" for a venue not yet known)."""
    return ProgrammeItem(
        id=n,
        trip_id=1,
        starts_at=local_to_utc(day, time.fromisoformat(start), TZ),
        ends_at=local_to_utc(day, time.fromisoformat(end), TZ),
        timezone=TZ,
        title_en=f"Item {n}",
        venue_id=venue_named(venue).id if venue else None,
        **kw,
    )


def view(
    programme_item: ProgrammeItem,
    attendees: tuple[Person, ...] = (),
    interpreters: tuple[Person, ...] = (),
) -> ItemView:
    assignments = tuple(
        (
            p,
            InterpreterAssignment(
                item_id=programme_item.id, person_id=p.id, source="de", target="ja"
            ),
        )
        for p in interpreters
    )
    by_id = {v.id: v for v in VENUES.values()}
    return ItemView(programme_item, attendees, assignments, by_id.get(programme_item.venue_id))


def programme(*views: ItemView) -> TripProgramme:
    """A trip of 13–21 April 2026 with these items, in the order given."""
    trip = Trip(
        id=1, slug="t", region_id=1, start_date=date(2026, 4, 13), end_date=date(2026, 4, 21)
    )
    region = Region(id=1, slug="r", country="JP", timezone=TZ)
    return TripProgramme(trip, region, [], list(views))


def schedule(*views: ItemView, lang: str = "en") -> Schedule:
    return Schedule.of(programme(*views), lang)


def found(rule: Rule, s: Schedule) -> list[tuple[ProblemKind, tuple[int, ...], tuple[int, ...]]]:
    problems: list[Problem] = list(rule(s))
    return [(p.kind, p.item_ids, p.person_ids) for p in problems]


# --- the schedule the rules read -------------------------------------------------------


def test_schedule_leaves_out_cancelled_items_and_keeps_the_order() -> None:
    s = schedule(
        view(item(1, "09:00", "10:00", status=ItemStatus.CANCELLED.value), (ANNA,)),
        view(item(3, "10:00", "11:00")),
        view(item(2, "11:00", "12:00")),
    )
    assert [i.id for i in s.items] == [3, 2]
    assert 1 not in s.attendees


def test_overlapping_pairs_leave_out_touching_and_all_day_items() -> None:
    whole_day = item(9, "00:00", "23:59", all_day=True)
    s = schedule(
        view(item(1, "09:00", "10:00")),
        view(item(2, "10:00", "11:00")),  # starts as 1 ends: no overlap
        view(item(3, "10:30", "12:00")),
        view(whole_day),
    )
    assert [(a.id, b.id) for a, b in s.overlapping_pairs] == [(2, 3)]


# --- person_overlaps -------------------------------------------------------------------------


def test_person_overlaps_names_the_person_and_both_items() -> None:
    s = schedule(
        view(item(1, "10:00", "11:30"), (ANNA, BEN)),
        view(item(2, "11:00", "12:00"), (ANNA,)),
    )
    assert found(person_overlaps, s) == [(ProblemKind.PERSON_OVERLAP, (1, 2), (1,))]
    [problem] = person_overlaps(s)
    assert "Dr. Anna Schmidt" in problem.message and "Item 2" in problem.message


def test_person_overlaps_ignores_different_people_and_interpreters() -> None:
    s = schedule(
        view(item(1, "10:00", "11:30"), (ANNA,), (YUKI,)),
        view(item(2, "11:00", "12:00"), (BEN,), (YUKI,)),
    )
    assert found(person_overlaps, s) == []


# --- interpreter_double_booked ---------------------------------------------------------------


def test_interpreter_double_booked_names_the_interpreter_in_the_language_asked() -> None:
    s = schedule(
        view(item(1, "14:00", "15:30"), interpreters=(YUKI,)),
        view(item(2, "15:00", "16:00"), interpreters=(YUKI,)),
        view(item(3, "17:00", "18:00"), interpreters=(YUKI,)),
        lang="ja",
    )
    assert found(interpreter_double_booked, s) == [
        (ProblemKind.INTERPRETER_DOUBLE_BOOKED, (1, 2), (3,))
    ]
    assert "田中\u3000由紀" in next(interpreter_double_booked(s)).message


def test_interpreter_double_booked_ignores_attendees() -> None:
    s = schedule(view(item(1, "14:00", "15:30"), (ANNA,)), view(item(2, "15:00", "16:00"), (ANNA,)))
    assert found(interpreter_double_booked, s) == []


# --- interpreter_missing ---------------------------------------------------------------------


def test_interpreter_missing_only_where_interpreting_is_needed() -> None:
    s = schedule(
        view(item(1, "09:00", "10:00", interpreting_needed=True)),
        view(item(2, "11:00", "12:00", interpreting_needed=True), interpreters=(YUKI,)),
        view(item(3, "13:00", "14:00")),
    )
    assert found(interpreter_missing, s) == [(ProblemKind.INTERPRETER_MISSING, (1,), ())]


# --- outside_trip_dates ----------------------------------------------------------------------


def test_outside_trip_dates_uses_the_venues_day() -> None:
    # 08:00 in Tokyo on 22 April is still 21 April in UTC: the venue's date counts.
    s = schedule(
        view(item(1, "08:00", "09:00", day=date(2026, 4, 22))),
        view(item(2, "08:00", "09:00", day=date(2026, 4, 21))),
        view(item(3, "08:00", "09:00", day=date(2026, 4, 13))),
    )
    assert found(outside_trip_dates, s) == [(ProblemKind.OUTSIDE_TRIP_DATES, (1,), ())]
    assert "2026-04-22" in next(outside_trip_dates(s)).message


# --- no_transfer_gap -------------------------------------------------------------------------


def test_no_transfer_gap_between_back_to_back_items_at_two_venues() -> None:
    s = schedule(
        view(item(1, "09:00", "10:00", venue="Sapporo City Hall"), (ANNA,)),
        view(item(2, "10:00", "11:00", venue="Yubari Coal Mine Museum"), (ANNA,)),
    )
    assert found(no_transfer_gap, s) == [(ProblemKind.NO_TRANSFER_GAP, (1, 2), ())]
    assert "Yubari Coal Mine Museum" in next(no_transfer_gap(s)).message


def test_no_transfer_gap_leaves_alone_what_needs_no_transfer() -> None:
    s = schedule(
        # the same venue
        view(item(1, "09:00", "10:00", venue="City Hall"), (ANNA,)),
        view(item(2, "10:00", "10:30", venue="City Hall"), (ANNA,)),
        # time to travel
        view(item(3, "11:00", "12:00", venue="Museum"), (ANNA,)),
        # a venue not yet known
        view(item(4, "12:00", "13:00", venue=""), (ANNA,)),
        # parallel sessions of a split group
        view(item(5, "14:00", "15:00", venue="University"), (ANNA,)),
        view(item(6, "14:00", "15:00", venue="Gender Equality Centre"), (BEN,)),
    )
    assert found(no_transfer_gap, s) == []


def test_no_transfer_gap_ignores_items_on_two_days() -> None:
    s = schedule(
        view(item(1, "22:00", "23:59", venue="Hotel")),
        view(item(2, "00:00", "01:00", day=date(2026, 4, 15), venue="Airport")),
    )
    assert found(no_transfer_gap, s) == []


# --- find_problems ---------------------------------------------------------------------------


def test_every_rule_runs_and_problems_come_in_programme_order() -> None:
    tp = programme(
        view(item(2, "10:00", "11:30", venue="A"), (ANNA,)),
        view(item(3, "11:00", "12:00", venue="B", interpreting_needed=True), (ANNA,)),
        view(item(1, "08:00", "09:00", day=date(2026, 4, 22))),
    )
    problems = find_problems(tp)
    assert [(p.kind, p.item_ids) for p in problems[:4]] == [
        (ProblemKind.NO_TRANSFER_GAP, (2, 3)),
        (ProblemKind.PERSON_OVERLAP, (2, 3)),
        (ProblemKind.INTERPRETER_MISSING, (3,)),
        (ProblemKind.OUTSIDE_TRIP_DATES, (1,)),
    ]
    # Titles and venue names in English only, a German without a katakana name (the
    # region is in Japan): the missing translations come last, by language and text.
    assert [(p.language, p.text_field, p.item_ids, p.person_ids) for p in problems[4:]] == [
        ("de", TextField.TITLE, (2, 3, 1), ()),
        ("de", TextField.VENUE_NAME, (2, 3, 1), ()),
        ("ja", TextField.TITLE, (2, 3, 1), ()),
        ("ja", TextField.VENUE_NAME, (2, 3, 1), ()),
        ("ja", TextField.NAME_JA, (), (1,)),
    ]
    assert [p.kind for p in find_problems(tp, rules=[interpreter_missing])] == [
        ProblemKind.INTERPRETER_MISSING
    ]
    assert len(RULES) == len(ProblemKind)  # one rule per kind of problem
