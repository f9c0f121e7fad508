"""Figure 8: the schedule checks over a 30,000-item trip, against sorting its items.

The programme is built in memory the way ``generate.add_sized_trip`` builds a sized
trip (eleven items a day, three delegates at each, an interpreter at every tenth;
here every hundredth item is twice as long, so there are real overlaps to find; its
title, description, hosts and shared notes are in English only and its three venues
have no German name, so the missing-translation check has 30,000 items to list).
The checks read a loaded programme and never the database, so no database is needed.
The floor is one sort of the items by start, the least any overlap check must do;
the target is absolute: well under a second (comparing every pair took minutes).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from operator import attrgetter

from benchmarks.common import Row, median, ms, time_call

T_CHECKS = "≤ 1 s"
ITEMS = 30_000


def programme(n_items: int) -> object:
    from app.readers.programme_view import ItemView, TripProgramme
    from app.timeutil import local_to_utc
    from models.tables import (
        InterpreterAssignment,
        Person,
        ProgrammeItem,
        Region,
        Trip,
        Venue,
    )

    tz = "Europe/London"
    first = date(2026, 1, 5)
    people = [Person(id=n, slug=f"p{n}", family_name=f"Name{n}") for n in range(1, 6)]
    days = -(-n_items // 11)
    trip = Trip(
        id=1, slug="big", region_id=1, start_date=first, end_date=first + timedelta(days=days - 1)
    )
    venues = [Venue(id=v + 1, slug=f"v{v}", name_en=f"Venue {v}", timezone=tz) for v in range(3)]
    views = []
    for n in range(n_items):
        starts = local_to_utc(first + timedelta(days=n // 11), time(8 + n % 11, 0), tz)
        item = ProgrammeItem(
            id=n + 1,
            trip_id=1,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=90 if n % 100 == 0 else 45),
            timezone=tz,
            title_en=f"Item {n + 1}",
            description_en="A visit.",
            hosts_en="The hosts",
            notes_en="Bring the gifts.",
            venue_id=n % 3 + 1,
            interpreting_needed=n % 10 == 0,
        )
        assignment = InterpreterAssignment(item_id=n + 1, person_id=5, source="de", target="en")
        interpreters = ((people[4], assignment),) if n % 10 == 0 else ()
        views.append(ItemView(item, tuple(people[:3]), interpreters, venues[n % 3]))
    region = Region(id=1, slug="r", country="GB", timezone=tz)
    return TripProgramme(trip, region, [], views)


def fig_checks(quick: bool, repeat: int) -> list[Row]:
    from app.checks.find import find_problems

    n_items = ITEMS // 20 if quick else ITEMS
    prog = programme(n_items)
    items = [view.item for view in prog.items]  # type: ignore[attr-defined]

    def ours() -> object:
        return find_problems(prog, "en")  # type: ignore[arg-type]

    def floor() -> object:
        return sorted(items, key=attrgetter("starts_at"))

    problems = len(find_problems(prog, "en"))  # type: ignore[arg-type]  # and warm-up
    floor()
    a, b = [], []
    for _ in range(repeat):
        a.append(time_call(ours))
        b.append(time_call(floor, min_seconds=0.2))
    t_ours, t_floor = median(a), median(b)
    row = Row(
        f"8 checks ({n_items:,}-item trip)",
        ms(t_ours),
        ms(t_floor),
        t_ours / t_floor,
        T_CHECKS,
        t_ours <= 1.0,
    )
    row.notes.append(
        f"{problems:,} problems found; floor: sorting the items by start; the ratio is for "
        "information, the target absolute"
    )
    return [row]
