"""The tables. Text a delegate or official reads is stored per language (_de/_en/_ja)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.enums import (
    AgreementKind,
    Direction,
    FollowUpStatus,
    ItemStatus,
    MemberRole,
    RelationshipStatus,
    Salutation,
    TripStatus,
)
from models.types import UTCDateTime

SLUG_MAX = 80
TITLE_MAX = 300
TEXT_MAX = 10_000


def utcnow() -> datetime:
    return datetime.now(UTC)


class Versioned(SQLModel):
    """Every editable row: an optimistic version counter and audit instants."""

    version: int = Field(default=1, nullable=False)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class Region(Versioned, table=True):
    __tablename__ = "region"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True, index=True)
    name_de: str = Field(default="", max_length=TITLE_MAX)
    name_en: str = Field(default="", max_length=TITLE_MAX)
    name_ja: str = Field(default="", max_length=TITLE_MAX)
    country: str = Field(max_length=2, description="ISO 3166-1 alpha-2")
    timezone: str = Field(max_length=64, description="IANA zone name")
    status: str = Field(default=RelationshipStatus.CONTACT.value, max_length=32)
    profile_de: str = Field(default="", max_length=TEXT_MAX)
    profile_en: str = Field(default="", max_length=TEXT_MAX)
    profile_ja: str = Field(default="", max_length=TEXT_MAX)


class RegionStatusChange(Versioned, table=True):
    __tablename__ = "region_status_change"

    id: int | None = Field(default=None, primary_key=True)
    region_id: int = Field(foreign_key="region.id", index=True, ondelete="CASCADE")
    status: str = Field(max_length=32)
    since: date
    note_de: str = Field(default="", max_length=TEXT_MAX)
    note_en: str = Field(default="", max_length=TEXT_MAX)
    note_ja: str = Field(default="", max_length=TEXT_MAX)


class Agreement(Versioned, table=True):
    __tablename__ = "agreement"

    id: int | None = Field(default=None, primary_key=True)
    region_id: int = Field(foreign_key="region.id", index=True, ondelete="CASCADE")
    kind: str = Field(default=AgreementKind.OTHER.value, max_length=32)
    signed_on: date
    place_de: str = Field(default="", max_length=TITLE_MAX)
    place_en: str = Field(default="", max_length=TITLE_MAX)
    place_ja: str = Field(default="", max_length=TITLE_MAX)
    signatories_de: str = Field(default="", max_length=TEXT_MAX)
    signatories_en: str = Field(default="", max_length=TEXT_MAX)
    signatories_ja: str = Field(default="", max_length=TEXT_MAX)
    title_de: str = Field(default="", max_length=TITLE_MAX)
    title_en: str = Field(default="", max_length=TITLE_MAX)
    title_ja: str = Field(default="", max_length=TITLE_MAX)


class Venue(Versioned, table=True):
    """A place where programme items happen, reused across items and trips."""

    __tablename__ = "venue"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True, index=True)
    name_de: str = Field(default="", max_length=TITLE_MAX)
    name_en: str = Field(default="", max_length=TITLE_MAX)
    name_ja: str = Field(default="", max_length=TITLE_MAX)
    address_de: str = Field(default="", max_length=TEXT_MAX)
    address_en: str = Field(default="", max_length=TEXT_MAX)
    address_ja: str = Field(default="", max_length=TEXT_MAX)
    timezone: str = Field(max_length=64, description="IANA zone name")
    latitude: float | None = Field(default=None)
    longitude: float | None = Field(default=None)


class Trip(Versioned, table=True):
    __tablename__ = "trip"
    __table_args__ = (Index("ix_trip_region_start", "region_id", "start_date"),)

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True, index=True)
    region_id: int = Field(foreign_key="region.id", ondelete="RESTRICT")
    direction: str = Field(default=Direction.OUTBOUND.value, max_length=16)
    status: str = Field(default=TripStatus.PLANNING.value, max_length=16)
    title_de: str = Field(default="", max_length=TITLE_MAX)
    title_en: str = Field(default="", max_length=TITLE_MAX)
    title_ja: str = Field(default="", max_length=TITLE_MAX)
    start_date: date
    end_date: date
    notes: str = Field(default="", max_length=TEXT_MAX)


class ProgrammeItem(Versioned, table=True):
    __tablename__ = "programme_item"
    __table_args__ = (
        Index("ix_programme_item_trip_start", "trip_id", "starts_at"),
        UniqueConstraint("trip_id", "external_uid", name="uq_programme_item_trip_external_uid"),
    )

    id: int | None = Field(default=None, primary_key=True)
    trip_id: int = Field(foreign_key="trip.id", ondelete="CASCADE")
    starts_at: datetime = Field(sa_type=UTCDateTime)
    ends_at: datetime = Field(sa_type=UTCDateTime)
    timezone: str = Field(max_length=64, description="IANA zone of the venue")
    all_day: bool = Field(default=False)
    title_de: str = Field(default="", max_length=TITLE_MAX)
    title_en: str = Field(default="", max_length=TITLE_MAX)
    title_ja: str = Field(default="", max_length=TITLE_MAX)
    description_de: str = Field(default="", max_length=TEXT_MAX)
    description_en: str = Field(default="", max_length=TEXT_MAX)
    description_ja: str = Field(default="", max_length=TEXT_MAX)
    venue_id: int | None = Field(
        default=None, foreign_key="venue.id", index=True, ondelete="RESTRICT"
    )
    topic: str = Field(default="", max_length=TITLE_MAX)
    hosts_de: str = Field(default="", max_length=TEXT_MAX)
    hosts_en: str = Field(default="", max_length=TEXT_MAX)
    hosts_ja: str = Field(default="", max_length=TEXT_MAX)
    # Shared with the partner: may appear in a partner edition.
    dress_code_de: str = Field(default="", max_length=TITLE_MAX)
    dress_code_en: str = Field(default="", max_length=TITLE_MAX)
    dress_code_ja: str = Field(default="", max_length=TITLE_MAX)
    meeting_point_de: str = Field(default="", max_length=TEXT_MAX)
    meeting_point_en: str = Field(default="", max_length=TEXT_MAX)
    meeting_point_ja: str = Field(default="", max_length=TEXT_MAX)
    notes_de: str = Field(default="", max_length=TEXT_MAX)
    notes_en: str = Field(default="", max_length=TEXT_MAX)
    notes_ja: str = Field(default="", max_length=TEXT_MAX)
    # Our side only: never in a partner edition.
    internal_notes_de: str = Field(default="", max_length=TEXT_MAX)
    internal_notes_en: str = Field(default="", max_length=TEXT_MAX)
    internal_notes_ja: str = Field(default="", max_length=TEXT_MAX)
    interpreting_needed: bool = Field(default=False)
    status: str = Field(default=ItemStatus.PLANNED.value, max_length=16)
    external_uid: str | None = Field(
        default=None, max_length=TITLE_MAX, description="UID of an imported event"
    )


class Person(Versioned, table=True):
    __tablename__ = "person"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=SLUG_MAX, unique=True, index=True)
    family_name: str = Field(max_length=TITLE_MAX)
    given_name: str = Field(default="", max_length=TITLE_MAX)
    native_name: str | None = Field(
        default=None, max_length=TITLE_MAX, description="name in its own script (北川 正樹)"
    )
    name_ja: str = Field(
        default="", max_length=TITLE_MAX, description="katakana rendering of a non-Japanese name"
    )
    family_name_first: bool = Field(default=False, description="Japanese name order")
    academic_title: str | None = Field(default=None, max_length=80, description="Dr., Prof.")
    salutation: str = Field(default=Salutation.NONE.value, max_length=16)
    precedence: int = Field(default=100, description="protocol rank in their side, 1 = first")
    function_de: str = Field(default="", max_length=TITLE_MAX)
    function_en: str = Field(default="", max_length=TITLE_MAX)
    function_ja: str = Field(default="", max_length=TITLE_MAX)
    organisation_de: str = Field(default="", max_length=TITLE_MAX)
    organisation_en: str = Field(default="", max_length=TITLE_MAX)
    organisation_ja: str = Field(default="", max_length=TITLE_MAX)
    languages: str = Field(default="", max_length=80, description="comma-separated codes")
    email: str = Field(default="", max_length=254)
    phone: str = Field(default="", max_length=64)
    region_id: int | None = Field(
        default=None,
        foreign_key="region.id",
        index=True,
        ondelete="SET NULL",
        description="set for contacts on the partner side",
    )
    # Sensitive: never leaves the program unless the user asks for it.
    phone_private: str = Field(default="", max_length=64)
    dietary_notes: str = Field(default="", max_length=TEXT_MAX)
    health_notes: str = Field(default="", max_length=TEXT_MAX)


#: Person fields that no export or listing shows unless explicitly requested.
SENSITIVE_PERSON_FIELDS: tuple[str, ...] = ("phone_private", "dietary_notes", "health_notes")


class DelegationMember(Versioned, table=True):
    __tablename__ = "delegation_member"
    __table_args__ = (UniqueConstraint("trip_id", "person_id", name="uq_member_trip_person"),)

    id: int | None = Field(default=None, primary_key=True)
    trip_id: int = Field(foreign_key="trip.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="RESTRICT")
    role: str = Field(default=MemberRole.MEMBER.value, max_length=16)
    precedence: int = Field(default=100, description="protocol rank, 1 = first")


class InterpreterLanguagePair(SQLModel, table=True):
    __tablename__ = "interpreter_language_pair"
    __table_args__ = (
        UniqueConstraint("person_id", "source", "target", name="uq_interpreter_pair"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    source: str = Field(max_length=8)
    target: str = Field(max_length=8)


class ItemAttendance(SQLModel, table=True):
    __tablename__ = "item_attendance"

    item_id: int = Field(foreign_key="programme_item.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(
        foreign_key="person.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class InterpreterAssignment(Versioned, table=True):
    __tablename__ = "interpreter_assignment"
    __table_args__ = (UniqueConstraint("item_id", "person_id", name="uq_assignment_item_person"),)

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="programme_item.id", index=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", index=True, ondelete="CASCADE")
    source: str = Field(max_length=8)
    target: str = Field(max_length=8)


class FollowUp(Versioned, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_region_status", "region_id", "status"),
        Index("ix_follow_up_due", "due"),
    )

    id: int | None = Field(default=None, primary_key=True)
    region_id: int = Field(foreign_key="region.id", ondelete="CASCADE")
    trip_id: int | None = Field(
        default=None, foreign_key="trip.id", index=True, ondelete="SET NULL"
    )
    item_id: int | None = Field(default=None, foreign_key="programme_item.id", ondelete="SET NULL")
    slug: str = Field(max_length=SLUG_MAX, unique=True, index=True)
    title_de: str = Field(default="", max_length=TITLE_MAX)
    title_en: str = Field(default="", max_length=TITLE_MAX)
    title_ja: str = Field(default="", max_length=TITLE_MAX)
    owner_de: str = Field(default="", max_length=TITLE_MAX)
    owner_en: str = Field(default="", max_length=TITLE_MAX)
    owner_ja: str = Field(default="", max_length=TITLE_MAX)
    due: date | None = Field(default=None)
    status: str = Field(default=FollowUpStatus.OPEN.value, max_length=16)
    # Follow-ups are our side's work list: their notes are internal.
    notes_de: str = Field(default="", max_length=TEXT_MAX)
    notes_en: str = Field(default="", max_length=TEXT_MAX)
    notes_ja: str = Field(default="", max_length=TEXT_MAX)
