"""Delegation memberships: who travels, in which role, in which protocol order."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import col

from app.db.engine import Database
from app.errors import ConflictError
from app.locale.i18n import _
from app.services.base import (
    bump_version,
    flush_or_explain,
    get_or_raise,
    versioned_delete,
    versioned_update,
)
from app.validation import FieldErrors, check_choice
from models.enums import MemberRole
from models.ids import id_of
from models.tables import DelegationMember, Person, Trip

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class MemberRow:
    member: DelegationMember
    person: Person


def _check(role: str, precedence: int) -> tuple[str, int]:
    errors = FieldErrors()
    clean_role = check_choice(errors, "role", role, MemberRole, label=_("Role"))
    if not isinstance(precedence, int) or not 1 <= precedence <= 9999:
        errors.add("precedence", _("Precedence must be a whole number from 1 to 9999."))
    errors.raise_if_any()
    return clean_role, precedence


def add_member(
    db: Database,
    trip_id: int,
    person_id: int,
    *,
    role: str = "member",
    precedence: int | None = None,
) -> DelegationMember:
    with db.session() as session:
        get_or_raise(session, Trip, trip_id)
        get_or_raise(session, Person, person_id)
        if precedence is None:
            ranks = list(
                session.scalars(
                    select(col(DelegationMember.precedence)).where(
                        col(DelegationMember.trip_id) == trip_id
                    )
                )
            )
            precedence = max(ranks, default=0) + 1
        clean_role, rank = _check(role, precedence)
        existing = session.scalars(
            select(DelegationMember).where(
                col(DelegationMember.trip_id) == trip_id,
                col(DelegationMember.person_id) == person_id,
            )
        ).first()
        if existing is not None:
            from app.errors import ValidationError

            raise ValidationError({"person_id": _("This person is already in the delegation.")})
        member = DelegationMember(
            trip_id=trip_id, person_id=person_id, role=clean_role, precedence=rank
        )
        session.add(member)
        flush_or_explain(session)
        bump_version(session, Trip, trip_id)
        return member


def update_member(
    db: Database, member_id: int, expected_version: int, *, role: str, precedence: int
) -> DelegationMember:
    clean_role, rank = _check(role, precedence)
    with db.session() as session:
        return versioned_update(
            session,
            DelegationMember,
            member_id,
            expected_version,
            {"role": clean_role, "precedence": rank},
        )


def remove_member(db: Database, member_id: int, expected_version: int) -> None:
    with db.session() as session:
        member = get_or_raise(session, DelegationMember, member_id)
        versioned_delete(session, DelegationMember, member_id, expected_version)
        bump_version(session, Trip, member.trip_id)


def list_members(db: Database, trip_id: int) -> list[MemberRow]:
    """The delegation in protocol order (precedence, then name)."""
    stmt = (
        select(DelegationMember, Person)
        .join(Person, col(Person.id) == DelegationMember.person_id)
        .where(col(DelegationMember.trip_id) == trip_id)
        .order_by(col(DelegationMember.precedence), col(Person.family_name), col(Person.given_name))
    )
    with db.session() as session:
        return [MemberRow(m, p) for m, p in session.execute(stmt)]


def reorder_members(
    db: Database, trip_id: int, member_ids: list[int], seen: Iterable[tuple[int, int]]
) -> list[MemberRow]:
    """Precedence 1, 2, 3 … in the given order (drag and drop, up/down buttons, undo).

    ``seen``: (member id, version) of the delegation as the user saw it. If anyone
    changed, added or removed a membership since, nothing is written and a
    ConflictError says so: a colleague's order is never silently overwritten."""
    expected = set(seen)
    with db.session() as session:
        # The trip row first: its UPDATE waits for a colleague's reorder of the same
        # delegation to commit (on SQLite and PostgreSQL), so the comparison below
        # sees their order, not a snapshot from before it.
        bump_version(session, Trip, trip_id)
        get_or_raise(session, Trip, trip_id)
        members = {
            id_of(m): m
            for m in session.scalars(
                select(DelegationMember).where(col(DelegationMember.trip_id) == trip_id)
            )
        }
        current = {(member_id, int(m.version)) for member_id, m in members.items()}
        if current != expected or sorted(member_ids) != sorted(members):
            logger.info("Conflict: delegation of trip #%s changed since it was shown", trip_id)
            raise ConflictError(_("The delegation was changed by someone else; reload it."))
        for rank, member_id in enumerate(member_ids, start=1):
            if members[member_id].precedence != rank:
                versioned_update(
                    session,
                    DelegationMember,
                    member_id,
                    members[member_id].version,
                    {"precedence": rank},
                )
    return list_members(db, trip_id)
