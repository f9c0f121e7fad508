"""Schedule checks over a stored trip: each kind of problem is found, named, and
nothing else is reported."""

from __future__ import annotations

from datetime import date

import pytest

from app.checks import find
from app.checks.problem import Problem, ProblemKind, schedule_problems
from app.db.engine import Database
from app.locale.i18n import set_language
from app.readers.programme_view import load_trip_programme
from app.services import interpreting, people, programme
from tests.support import factories as f

DAY = date(2026, 4, 14)


@pytest.fixture
def trip(any_db: Database):  # type: ignore[no-untyped-def]
    return f.trip(any_db, f.region(any_db).id)


def find_problems(db: Database, trip_id: int, lang: str = "en") -> list[Problem]:
    """The schedule problems of the trip as the trip view and the CLI find them: over
    the programme they have loaded (the test records are in English only; missing
    translations are tested in test_translations.py)."""
    return schedule_problems(find.find_problems(load_trip_programme(db, trip_id), lang))


def kinds(db: Database, trip_id: int) -> list[ProblemKind]:
    return [p.kind for p in find_problems(db, trip_id)]


def test_a_clean_day_has_no_problems(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    anna = f.person(any_db, "Schmidt", "Anna")
    a = f.item(any_db, trip.id, DAY, "09:00", "10:00", venue_name="Prefectural Office")
    b = f.item(any_db, trip.id, DAY, "10:30", "12:00", venue_name="Hokkaido University")
    for item in (a, b):
        programme.set_attendance(any_db, item.id, [anna.id])
    assert find_problems(any_db, trip.id) == []


def test_person_at_two_overlapping_items(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    anna = f.person(any_db, "Schmidt", "Anna", title="Dr.")
    a = f.item(any_db, trip.id, DAY, "10:00", "11:30", title="Courtesy call", venue_name="X")
    b = f.item(any_db, trip.id, DAY, "11:00", "12:00", title="Lunch", venue_name="X")
    programme.set_attendance(any_db, a.id, [anna.id])
    programme.set_attendance(any_db, b.id, [anna.id])
    [problem] = find_problems(any_db, trip.id)
    assert problem.kind is ProblemKind.PERSON_OVERLAP
    assert problem.item_ids == (a.id, b.id) and problem.person_ids == (anna.id,)
    assert "Dr. Anna Schmidt" in problem.message and "Courtesy call" in problem.message


def test_cancelled_items_do_not_count(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    anna = f.person(any_db, "Schmidt", "Anna")
    a = f.item(any_db, trip.id, DAY, "10:00", "11:30", venue_name="X")
    b = f.item(any_db, trip.id, DAY, "11:00", "12:00", venue_name="X")
    programme.set_attendance(any_db, a.id, [anna.id])
    programme.set_attendance(any_db, b.id, [anna.id])
    b = programme.get_item(any_db, b.id)
    programme.cancel_item(any_db, b.id, b.version)
    assert find_problems(any_db, trip.id) == []


def test_interpreter_double_booked_and_missing(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    yuki = f.person(any_db, "Tanaka", "Yuki", native_name="田中 由紀", family_name_first=True)
    people.set_language_pairs(any_db, yuki.id, [("de", "ja")])
    a = f.item(
        any_db,
        trip.id,
        DAY,
        "14:00",
        "15:30",
        title="Science",
        venue_name="A",
        interpreting_needed=True,
    )
    b = f.item(
        any_db,
        trip.id,
        DAY,
        "15:00",
        "16:00",
        title="Gender equality",
        venue_name="B",
        interpreting_needed=True,
    )
    c = f.item(
        any_db,
        trip.id,
        DAY,
        "17:00",
        "18:00",
        title="Elderly care",
        venue_name="B",
        interpreting_needed=True,
    )
    interpreting.assign_interpreter(any_db, a.id, yuki.id, "de", "ja")
    interpreting.assign_interpreter(any_db, b.id, yuki.id, "de", "ja")
    problems = find_problems(any_db, trip.id)
    assert [p.kind for p in problems] == [
        ProblemKind.INTERPRETER_DOUBLE_BOOKED,
        ProblemKind.INTERPRETER_MISSING,
    ]
    assert problems[0].person_ids == (yuki.id,)
    assert problems[1].item_ids == (c.id,)
    set_language("ja")
    assert "田中\u3000由紀" in find_problems(any_db, trip.id, "ja")[0].message


def test_items_outside_the_trip_dates(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    # 08:00 in Tokyo on 22 April is still 21 April in UTC: the venue's date counts.
    late = f.item(any_db, trip.id, date(2026, 4, 22), "08:00", "09:00")
    [problem] = find_problems(any_db, trip.id)
    assert problem.kind is ProblemKind.OUTSIDE_TRIP_DATES and problem.item_ids == (late.id,)


def test_no_time_to_travel_between_venues(any_db: Database, trip) -> None:  # type: ignore[no-untyped-def]
    anna = f.person(any_db, "Schmidt", "Anna")
    a = f.item(any_db, trip.id, DAY, "09:00", "10:00", venue_name="Sapporo City Hall")
    b = f.item(any_db, trip.id, DAY, "10:00", "11:00", venue_name="Yubari Coal Mine Museum")
    programme.set_attendance(any_db, a.id, [anna.id])
    programme.set_attendance(any_db, b.id, [anna.id])
    [problem] = find_problems(any_db, trip.id)
    assert problem.kind is ProblemKind.NO_TRANSFER_GAP
    assert "Yubari Coal Mine Museum" in problem.message


def test_parallel_sessions_of_a_split_group_are_no_transfer_problem(
    any_db: Database,
    trip,  # type: ignore[no-untyped-def]
) -> None:
    anna, ben = f.person(any_db, "Schmidt", "Anna"), f.person(any_db, "Weber", "Ben")
    a = f.item(any_db, trip.id, DAY, "14:00", "15:00", venue_name="University")
    b = f.item(any_db, trip.id, DAY, "14:00", "15:00", venue_name="Gender Equality Centre")
    programme.set_attendance(any_db, a.id, [anna.id])
    programme.set_attendance(any_db, b.id, [ben.id])
    assert find_problems(any_db, trip.id) == []


def test_all_day_items_do_not_overlap_timed_ones(db: Database) -> None:
    from app.services.programme import create_item
    from app.timeutil import local_day_bounds

    trip = f.trip(db, f.region(db).id)
    anna = f.person(db, "Schmidt", "Anna")
    start, end = local_day_bounds(DAY, DAY, "Asia/Tokyo")
    free = create_item(
        db,
        trip.id,
        starts_at=start,
        ends_at=end,
        timezone="Asia/Tokyo",
        all_day=True,
        title_en="Free day",
        attendees=[anna.id],
    )
    timed = f.item(db, trip.id, DAY, "10:00", "11:00")
    programme.set_attendance(db, timed.id, [anna.id])
    assert free.all_day and find_problems(db, trip.id) == []
