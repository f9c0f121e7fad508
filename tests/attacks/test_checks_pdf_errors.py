"""Attacks on the schedule checks, the PDF exports and the command line's messages.

Each test reproduces one thing an adversarial run broke: checks that took minutes on a
big trip, a bilingual itinerary that failed on a long description, raw "unexpected
failure" lines, a console that could not print the message, emoji printed as boxes,
item titles rendered as HTML.
"""

from __future__ import annotations

import time as clock
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from app.checks.find import find_problems
from app.checks.problem import ProblemKind
from app.db.engine import Database
from app.readers.programme_view import ItemView, TripProgramme
from app.timeutil import local_to_utc
from models.tables import InterpreterAssignment, Person, ProgrammeItem, Region, Trip, Venue
from tests.support.long_text import body_text, check_all_printed, longest_itinerary

# --- 8: checks over a 30,000-item trip -------------------------------------------------


def big_programme(n_items: int) -> TripProgramme:
    """``n_items`` items of 45 minutes, eleven a day, three delegates at every one and an
    interpreter at every tenth; every 100th item is twice as long (and runs into the next, if any that day)."""
    tz = "Europe/London"
    start_day = date(2026, 1, 5)
    people = [Person(id=n, slug=f"p{n}", family_name=f"Name{n}") for n in range(1, 6)]
    days = -(-n_items // 11)
    trip = Trip(
        id=1,
        slug="big",
        region_id=1,
        start_date=start_day,
        end_date=start_day + timedelta(days=days - 1),
    )
    region = Region(id=1, slug="r", country="GB", timezone=tz)
    venues = [Venue(id=v, slug=f"v{v}", name_en=f"Venue {v}", timezone=tz) for v in (1, 2, 3)]
    views = []
    for n in range(n_items):
        day = start_day + timedelta(days=n // 11)
        starts = local_to_utc(day, time(8 + n % 11, 0), tz)
        length = timedelta(minutes=90 if n % 100 == 0 else 45)
        item = ProgrammeItem(
            id=n + 1,
            trip_id=1,
            starts_at=starts,
            ends_at=starts + length,
            timezone=tz,
            title_en=f"Item {n + 1}",
            venue_id=n % 3 + 1,
            interpreting_needed=n % 10 == 0,
        )
        interpreters = (
            (
                (
                    people[4],
                    InterpreterAssignment(item_id=n + 1, person_id=5, source="de", target="en"),
                ),
            )
            if n % 10 == 0
            else ()
        )
        views.append(ItemView(item, tuple(people[:3]), interpreters, venues[n % 3]))
    return TripProgramme(trip, region, [], views)


def test_checks_over_a_30000_item_trip_take_well_under_a_second_each() -> None:
    programme = big_programme(30_000)
    started = clock.perf_counter()
    problems = find_problems(programme, "en")
    elapsed = clock.perf_counter() - started
    # Comparing every pair took over six minutes; the sweep takes a fraction of a
    # second. The bound is generous so that a busy machine cannot make it flake.
    assert elapsed < 10, f"{elapsed:.1f} s"
    overlaps = [p for p in problems if p.kind == ProblemKind.PERSON_OVERLAP]
    # the long items that are not a day's last run into the next: three delegates each
    assert len(overlaps) == 3 * len([n for n in range(0, 30_000, 100) if n % 11 != 10])


# --- 9: descriptions of the accepted maximum length in every edition ---------------------


@pytest.mark.parametrize("edition", ["trip", "person"])
@pytest.mark.parametrize("langs", [("de", "ja"), ("de", "en"), ("en", "ja")])
def test_bilingual_itinerary_prints_descriptions_of_the_maximum_length_in_full(
    db: Database, tmp_path: Path, langs: tuple[str, ...], edition: str
) -> None:
    # Failed with "Flowable <Table…> too large" above about 2,700 characters: a table
    # nested in one cell cannot be split across pages.
    pdf = longest_itinerary(db, langs, edition)
    check_all_printed(body_text(pdf, tmp_path), langs)
