"""SQLModel tables and enums of Delegation Planner. No Qt, no database engine.

The enums are light; the tables pull in SQLModel and SQLAlchemy, so they load on
first use (``from models import Trip``) rather than with the package. That keeps
``models.enums`` and ``models.text`` cheap for code that runs before the database
layer is needed (the window's first paint, ``--help``).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from models.enums import (
    LANGUAGES,
    AgreementKind,
    Direction,
    FollowUpStatus,
    ItemStatus,
    MemberRole,
    RelationshipStatus,
    TripStatus,
)

_TABLES = frozenset(
    {
        "Agreement",
        "DelegationMember",
        "FollowUp",
        "InterpreterAssignment",
        "InterpreterLanguagePair",
        "ItemAttendance",
        "Person",
        "ProgrammeItem",
        "Region",
        "RegionStatusChange",
        "Trip",
    }
)


def __getattr__(name: str) -> Any:
    if name in _TABLES:
        return getattr(import_module("models.tables"), name)
    raise AttributeError(f"module 'models' has no attribute {name!r}")


__all__ = [
    "LANGUAGES",
    "AgreementKind",
    "Direction",
    "FollowUpStatus",
    "ItemStatus",
    "MemberRole",
    "RelationshipStatus",
    "TripStatus",
    *sorted(_TABLES),
]
