"""SQLModel tables and enums of Delegation Planner. No Qt, no database engine."""

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
from models.tables import (
    Agreement,
    DelegationMember,
    FollowUp,
    InterpreterAssignment,
    InterpreterLanguagePair,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    RegionStatusChange,
    Trip,
)

__all__ = [
    "LANGUAGES",
    "Agreement",
    "AgreementKind",
    "DelegationMember",
    "Direction",
    "FollowUp",
    "FollowUpStatus",
    "InterpreterAssignment",
    "InterpreterLanguagePair",
    "ItemAttendance",
    "ItemStatus",
    "MemberRole",
    "Person",
    "ProgrammeItem",
    "Region",
    "RegionStatusChange",
    "RelationshipStatus",
    "Trip",
    "TripStatus",
]
