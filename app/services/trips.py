"""Trips: create, change, delete, list with their delegation size."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from app.db.engine import Database
from app.locale.i18n import _
from app.services.base import (
    get_or_raise,
    insert_record,
    resolve,
    update_record,
    versioned_delete,
)
from app.validation import (
    FieldErrors,
    check_choice,
    check_date,
    check_date_range,
    check_long_text,
    check_multilingual_title,
    check_slug,
)
from models.enums import Direction, TripStatus
from models.tables import DelegationMember, Region, Trip

TRIP_FIELDS = (
    "slug",
    "region_id",
    "direction",
    "status",
    "title_de",
    "title_en",
    "title_ja",
    "start_date",
    "end_date",
    "notes",
)


@dataclass(frozen=True)
class TripRow:
    """A trip as lists show it: with its region and delegation size."""

    trip: Trip
    region: Region
    members: int


def clean_trip(values: dict[str, Any]) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {"slug": check_slug(errors, values.get("slug"))}
    region_id = values.get("region_id")
    if not isinstance(region_id, int):
        errors.add("region_id", _("Choose the partner region of the trip."))
    out["region_id"] = region_id
    out["direction"] = check_choice(
        errors, "direction", values.get("direction", "outbound"), Direction, label=_("Direction")
    )
    out["status"] = check_choice(
        errors, "status", values.get("status", "planning"), TripStatus, label=_("Status")
    )
    out |= check_multilingual_title(errors, values, "title", label=_("Title"))
    out["start_date"] = check_date(
        errors, "start_date", values.get("start_date"), label=_("First day")
    )
    out["end_date"] = check_date(errors, "end_date", values.get("end_date"), label=_("Last day"))
    check_date_range(errors, out["start_date"], out["end_date"])
    out["notes"] = check_long_text(errors, "notes", values.get("notes", ""), label=_("Notes"))
    errors.raise_if_any()
    return out


def create_trip(db: Database, **values: Any) -> Trip:
    clean = clean_trip(values)
    with db.session() as session:
        get_or_raise(session, Region, clean["region_id"])
        return insert_record(session, Trip, clean)


def update_trip(db: Database, trip_id: int, expected_version: int, **changes: Any) -> Trip:
    def clean(values: dict[str, Any]) -> dict[str, Any]:
        values = clean_trip(values)
        get_or_raise(session, Region, values["region_id"])
        return values

    with db.session() as session:
        return update_record(session, Trip, trip_id, expected_version, changes, TRIP_FIELDS, clean)


def delete_trip(db: Database, trip_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, Trip, trip_id, expected_version)


def get_trip(db: Database, ref: int | str) -> Trip:
    with db.session() as session:
        return resolve(session, Trip, ref)


def list_trips(db: Database, *, region_id: int | None = None) -> list[TripRow]:
    """All trips, newest first, with region and member count in one query."""
    members = (
        select(col(DelegationMember.trip_id), func.count().label("n"))
        .group_by(col(DelegationMember.trip_id))
        .subquery()
    )
    stmt = (
        select(Trip, Region, func.coalesce(members.c.n, 0))
        .join(Region, col(Region.id) == Trip.region_id)
        .outerjoin(members, members.c.trip_id == Trip.id)
        .order_by(col(Trip.start_date).desc(), col(Trip.id).desc())
    )
    if region_id is not None:
        stmt = stmt.where(col(Trip.region_id) == region_id)
    with db.session() as session:
        return [TripRow(trip, region, int(n)) for trip, region, n in session.execute(stmt)]
