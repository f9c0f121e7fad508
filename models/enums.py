"""Closed vocabularies of the data model.

Values are stored as plain strings (not database enums) so that PostgreSQL and
SQLite hold the same thing and a new value needs no ALTER TYPE migration.
"""

from __future__ import annotations

from enum import StrEnum

#: Languages every exported label exists in, in fallback-neutral order.
LANGUAGES: tuple[str, ...] = ("de", "en", "ja")


class Direction(StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class TripStatus(StrEnum):
    PLANNING = "planning"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class ItemStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class MemberRole(StrEnum):
    HEAD = "head"
    MEMBER = "member"
    STAFF = "staff"


class Salutation(StrEnum):
    """How a person is addressed; printed per language (Frau/Herr, Ms/Mr)."""

    NONE = ""
    MS = "ms"
    MR = "mr"


class Edition(StrEnum):
    """Who an export is for: the partner side or our own office."""

    PARTNER = "partner"
    INTERNAL = "internal"


class RelationshipStatus(StrEnum):
    CONTACT = "contact"
    EXPLORING = "exploring"
    DECLARATION_OF_INTENT = "declaration_of_intent"
    PARTNERSHIP = "partnership"
    DORMANT = "dormant"


class AgreementKind(StrEnum):
    DECLARATION_OF_INTENT = "declaration_of_intent"
    PARTNERSHIP_CERTIFICATE = "partnership_certificate"
    MEMORANDUM = "memorandum"
    OTHER = "other"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


#: Follow-up states that still need work (the sidebar's "Follow-ups (n)").
OPEN_FOLLOW_UP_STATUSES = (FollowUpStatus.OPEN.value, FollowUpStatus.IN_PROGRESS.value)
