"""Schedule checks: the problems of a trip's programme, each naming items and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from itertools import combinations

from sqlalchemy import select
from sqlmodel import col

from app.db.engine import Database
from app.locale.i18n import _
from app.locale.names import format_name
from app.services.base import get_or_raise
from app.services.interpreting import assignments_for_trip
from app.services.programme import attendance_by_item, list_items
from app.timeutil import local_date
from models.enums import ItemStatus
from models.ids import id_of
from models.tables import Person, ProgrammeItem, Trip
from models.text import localized


class ProblemKind(StrEnum):
    PERSON_OVERLAP = "person_overlap"
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"
    INTERPRETER_MISSING = "interpreter_missing"
    OUTSIDE_TRIP_DATES = "outside_trip_dates"
    NO_TRANSFER_GAP = "no_transfer_gap"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str
    item_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "message": self.message,
            "items": list(self.item_ids),
            "people": list(self.person_ids),
        }


def _overlap(a: ProgrammeItem, b: ProgrammeItem) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _title(item: ProgrammeItem, lang: str) -> str:
    return localized(item, "title", lang) or f"#{item.id}"


def find_problems(db: Database, trip_ref: int, lang: str = "en") -> list[Problem]:
    """Every problem of the trip, in programme order. Cancelled items are ignored."""
    with db.session() as session:
        trip = get_or_raise(session, Trip, trip_ref)
    items = [i for i in list_items(db, id_of(trip)) if i.status != ItemStatus.CANCELLED.value]
    attendance = attendance_by_item(db, id_of(trip))
    assignments = assignments_for_trip(db, id_of(trip))
    interpreters = {
        item_id: [id_of(row.person) for row in rows] for item_id, rows in assignments.items()
    }
    involved = {pid for ids in attendance.values() for pid in ids}
    involved |= {pid for ids in interpreters.values() for pid in ids}
    with db.session() as session:
        people = {
            p.id: p for p in session.scalars(select(Person).where(col(Person.id).in_(involved)))
        }
    timed = [i for i in items if not i.all_day]
    problems: list[Problem] = []

    def name(pid: int) -> str:
        return format_name(people[pid], lang)

    for a, b in combinations(timed, 2):
        if not _overlap(a, b):
            continue
        for pid in sorted(set(attendance.get(id_of(a), [])) & set(attendance.get(id_of(b), []))):
            problems.append(
                Problem(
                    ProblemKind.PERSON_OVERLAP,
                    _(
                        "{person} is expected at two items at the same time: “{first}” and "
                        "“{second}”."
                    ).format(person=name(pid), first=_title(a, lang), second=_title(b, lang)),
                    (id_of(a), id_of(b)),
                    (pid,),
                )
            )
        for pid in sorted(
            set(interpreters.get(id_of(a), [])) & set(interpreters.get(id_of(b), []))
        ):
            problems.append(
                Problem(
                    ProblemKind.INTERPRETER_DOUBLE_BOOKED,
                    _(
                        "Interpreter {person} is booked for two items at the same time: “{first}” "
                        "and “{second}”."
                    ).format(person=name(pid), first=_title(a, lang), second=_title(b, lang)),
                    (id_of(a), id_of(b)),
                    (pid,),
                )
            )

    for item in items:
        if item.interpreting_needed and not interpreters.get(id_of(item)):
            problems.append(
                Problem(
                    ProblemKind.INTERPRETER_MISSING,
                    _("“{item}” needs interpreting, but no interpreter is assigned.").format(
                        item=_title(item, lang)
                    ),
                    (id_of(item),),
                )
            )
        first_day = local_date(item.starts_at, item.timezone)
        if not trip.start_date <= first_day <= trip.end_date:
            problems.append(
                Problem(
                    ProblemKind.OUTSIDE_TRIP_DATES,
                    _("“{item}” on {day} lies outside the trip dates.").format(
                        item=_title(item, lang), day=first_day.isoformat()
                    ),
                    (id_of(item),),
                )
            )

    for prev, nxt in zip(timed, timed[1:], strict=False):
        same_day = local_date(prev.starts_at, prev.timezone) == local_date(
            nxt.starts_at, nxt.timezone
        )
        venues = (prev.venue_name.strip().casefold(), nxt.venue_name.strip().casefold())
        if same_day and all(venues) and venues[0] != venues[1] and nxt.starts_at <= prev.ends_at:
            if _overlap(prev, nxt) and not (
                set(attendance.get(id_of(prev), [])) & set(attendance.get(id_of(nxt), []))
            ):
                continue  # parallel sessions of a split group need no transfer
            problems.append(
                Problem(
                    ProblemKind.NO_TRANSFER_GAP,
                    _(
                        "No time to travel from “{first}” ({venue1}) to “{second}” ({venue2})."
                    ).format(
                        first=_title(prev, lang),
                        venue1=prev.venue_name,
                        second=_title(nxt, lang),
                        venue2=nxt.venue_name,
                    ),
                    (id_of(prev), id_of(nxt)),
                )
            )

    order = {item.id: n for n, item in enumerate(items)}
    problems.sort(key=lambda p: (min(order.get(i, 0) for i in p.item_ids), p.kind.value))
    return problems
