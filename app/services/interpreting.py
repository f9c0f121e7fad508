"""Interpreter assignments to programme items."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from app.db.engine import Database
from app.errors import ValidationError
from app.locale.i18n import _
from app.services.base import bump_version, flush_or_explain, get_or_raise, versioned_delete
from app.validation import FieldErrors, check_language_code
from models.tables import (
    InterpreterAssignment,
    InterpreterLanguagePair,
    Person,
    ProgrammeItem,
)


@dataclass(frozen=True)
class AssignmentRow:
    assignment: InterpreterAssignment
    person: Person


def add_assignment(
    session: Session, item_id: int, person_id: int, source: str, target: str
) -> InterpreterAssignment:
    """Assign the interpreter inside the caller's transaction, if they work in that
    language pair and are not assigned to the item yet (the item's version is the
    caller's business)."""
    errors = FieldErrors()
    s = check_language_code(errors, "source", source)
    t = check_language_code(errors, "target", target)
    errors.raise_if_any()
    get_or_raise(session, ProgrammeItem, item_id)
    person = get_or_raise(session, Person, person_id)
    pairs = {
        (p.source, p.target)
        for p in session.scalars(
            select(InterpreterLanguagePair).where(
                col(InterpreterLanguagePair.person_id) == person_id
            )
        )
    }
    if (s, t) not in pairs and (t, s) not in pairs:
        raise ValidationError(
            {
                "person_id": _("{name} does not interpret between {source} and {target}.").format(
                    name=f"{person.given_name} {person.family_name}".strip(), source=s, target=t
                )
            }
        )
    existing = session.scalars(
        select(InterpreterAssignment).where(
            col(InterpreterAssignment.item_id) == item_id,
            col(InterpreterAssignment.person_id) == person_id,
        )
    ).first()
    if existing is not None:
        raise ValidationError({"person_id": _("This interpreter is already assigned.")})
    assignment = InterpreterAssignment(item_id=item_id, person_id=person_id, source=s, target=t)
    session.add(assignment)
    flush_or_explain(session)
    return assignment


def replace_assignments(
    session: Session, item_id: int, wanted: Iterable[tuple[int, str, str]]
) -> None:
    """The item's interpreters become ``wanted`` (person id, source, target), inside the
    caller's transaction. Assignments that stay keep their id and version, so undo
    steps that refer to them still find them."""
    keep = list(dict.fromkeys((int(p), s, t) for p, s, t in wanted))
    current = session.scalars(
        select(InterpreterAssignment).where(col(InterpreterAssignment.item_id) == item_id)
    ).all()
    for assignment in current:
        key = (assignment.person_id, assignment.source, assignment.target)
        if key in keep:
            keep.remove(key)
        else:
            session.delete(assignment)
    flush_or_explain(session)
    for person_id, source, target in keep:
        add_assignment(session, item_id, person_id, source, target)


def assign_interpreter(
    db: Database, item_id: int, person_id: int, source: str, target: str
) -> InterpreterAssignment:
    with db.session() as session:
        assignment = add_assignment(session, item_id, person_id, source, target)
        bump_version(session, ProgrammeItem, item_id)
        return assignment


def unassign_interpreter(db: Database, assignment_id: int, expected_version: int) -> None:
    with db.session() as session:
        assignment = get_or_raise(session, InterpreterAssignment, assignment_id)
        versioned_delete(session, InterpreterAssignment, assignment_id, expected_version)
        bump_version(session, ProgrammeItem, assignment.item_id)


def assignments_for_trip(db: Database, trip_id: int) -> dict[int, list[AssignmentRow]]:
    """item id → its interpreters, for a whole trip in one query."""
    stmt = (
        select(InterpreterAssignment, Person)
        .join(Person, col(Person.id) == InterpreterAssignment.person_id)
        .join(ProgrammeItem, col(ProgrammeItem.id) == InterpreterAssignment.item_id)
        .where(col(ProgrammeItem.trip_id) == trip_id)
        .order_by(col(InterpreterAssignment.item_id), col(Person.family_name))
    )
    out: dict[int, list[AssignmentRow]] = {}
    with db.session() as session:
        for assignment, person in session.execute(stmt):
            out.setdefault(assignment.item_id, []).append(AssignmentRow(assignment, person))
    return out


def interpreters_for_pair(db: Database, source: str, target: str) -> list[Person]:
    """Interpreters who work between the two languages, in either direction."""
    with db.session() as session:
        ids = select(col(InterpreterLanguagePair.person_id)).where(
            (
                (col(InterpreterLanguagePair.source) == source)
                & (InterpreterLanguagePair.target == target)
            )
            | (
                (InterpreterLanguagePair.source == target)
                & (InterpreterLanguagePair.target == source)
            )
        )
        return list(
            session.scalars(
                select(Person).where(col(Person.id).in_(ids)).order_by(col(Person.family_name))
            )
        )
