"""The schedule rules. Each takes the prepared :class:`~app.checks.schedule.Schedule`
and yields the problems of one kind; :data:`RULES` lists them in the order they run.

A new check is one function here and its entry in :data:`RULES` (and its kind in
:class:`~app.checks.problem.ProblemKind`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from app.checks.problem import Problem, ProblemKind
from app.checks.schedule import Schedule, item_id, overlap
from app.checks.translations import missing_translations
from app.locale.i18n import _
from app.timeutil import local_date

Rule = Callable[[Schedule], Iterator[Problem]]


def person_overlaps(schedule: Schedule) -> Iterator[Problem]:
    """Someone is expected at two items whose times overlap."""
    for a, b, pid in schedule.shared_overlaps(schedule.attendees):
        yield Problem(
            ProblemKind.PERSON_OVERLAP,
            _(
                "{person} is expected at two items at the same time: “{first}” and “{second}”."
            ).format(
                person=schedule.name(pid),
                first=schedule.title(a),
                second=schedule.title(b),
            ),
            (item_id(a), item_id(b)),
            (pid,),
        )


def interpreter_double_booked(schedule: Schedule) -> Iterator[Problem]:
    """An interpreter is assigned to two items whose times overlap."""
    for a, b, pid in schedule.shared_overlaps(schedule.interpreters):
        yield Problem(
            ProblemKind.INTERPRETER_DOUBLE_BOOKED,
            _(
                "Interpreter {person} is booked for two items at the same time: “{first}” "
                "and “{second}”."
            ).format(
                person=schedule.name(pid),
                first=schedule.title(a),
                second=schedule.title(b),
            ),
            (item_id(a), item_id(b)),
            (pid,),
        )


def interpreter_missing(schedule: Schedule) -> Iterator[Problem]:
    """An item needs interpreting and has no interpreter."""
    for item in schedule.items:
        if item.interpreting_needed and not schedule.interpreters_of(item):
            yield Problem(
                ProblemKind.INTERPRETER_MISSING,
                _("“{item}” needs interpreting, but no interpreter is assigned.").format(
                    item=schedule.title(item)
                ),
                (item_id(item),),
            )


def outside_trip_dates(schedule: Schedule) -> Iterator[Problem]:
    """An item starts on a day outside the trip. The day is the venue's: 08:00 in
    Tokyo on 22 April is still 21 April in UTC, but it is the 22nd for the delegates."""
    trip = schedule.trip
    for item in schedule.items:
        first_day = local_date(item.starts_at, item.timezone)
        if not trip.start_date <= first_day <= trip.end_date:
            yield Problem(
                ProblemKind.OUTSIDE_TRIP_DATES,
                _("“{item}” on {day} lies outside the trip dates.").format(
                    item=schedule.title(item), day=first_day.isoformat()
                ),
                (item_id(item),),
            )


def no_transfer_gap(schedule: Schedule) -> Iterator[Problem]:
    """On one day, an item at another venue starts before the one before it ends, so
    there is no time to get there. Parallel sessions with no attendee in common
    (a delegation split in two groups) are not a transfer and are left alone."""
    timed = schedule.timed
    for (prev, nxt), (prev_span, next_span) in zip(
        pairwise(timed), pairwise(schedule.spans), strict=True
    ):
        # The cheap test first: most items start after the one before has ended.
        if next_span[0] > prev_span[1]:
            continue
        if prev.venue_id is None or nxt.venue_id is None or prev.venue_id == nxt.venue_id:
            continue
        if local_date(prev.starts_at, prev.timezone) != local_date(nxt.starts_at, nxt.timezone):
            continue
        if overlap(prev, nxt) and not schedule.attendees_of(prev) & schedule.attendees_of(nxt):
            continue
        yield Problem(
            ProblemKind.NO_TRANSFER_GAP,
            _("No time to travel from “{first}” ({venue1}) to “{second}” ({venue2}).").format(
                first=schedule.title(prev),
                venue1=schedule.venue_name(prev),
                second=schedule.title(nxt),
                venue2=schedule.venue_name(nxt),
            ),
            (item_id(prev), item_id(nxt)),
        )


#: Every rule, in the order it runs (the order of problems of one item and kind).
RULES: tuple[Rule, ...] = (
    person_overlaps,
    interpreter_double_booked,
    interpreter_missing,
    outside_trip_dates,
    no_transfer_gap,
    missing_translations,
)
