"""Follow-up actions after a trip: who does what by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from app.db.engine import Database
from app.locale.i18n import _
from app.services.base import (
    get_or_raise,
    insert_record,
    resolve,
    slugify,
    unique_slug,
    update_record,
    versioned_delete,
)
from app.validation import (
    FieldErrors,
    check_choice,
    check_date,
    check_multilingual_title,
    check_slug,
    check_texts,
)
from models.enums import OPEN_FOLLOW_UP_STATUSES, FollowUpStatus
from models.tables import FollowUp, ProgrammeItem, Region, Trip

FOLLOW_UP_FIELDS = (
    "slug",
    "region_id",
    "trip_id",
    "item_id",
    "title_de",
    "title_en",
    "title_ja",
    "owner_de",
    "owner_en",
    "owner_ja",
    "due",
    "status",
    "notes_de",
    "notes_en",
    "notes_ja",
)
OPEN_STATUSES = OPEN_FOLLOW_UP_STATUSES


@dataclass(frozen=True, slots=True)
class FollowUpSummary:
    """A follow-up action as a list shows it: its columns but the audit instants, read
    without the ORM (see :func:`list_follow_up_summaries`). Not a database record: to
    edit or delete, fetch the record with ``get_follow_up(db, summary.id)``."""

    id: int
    version: int
    region_id: int
    trip_id: int | None
    item_id: int | None
    slug: str
    title_de: str
    title_en: str
    title_ja: str
    owner_de: str
    owner_en: str
    owner_ja: str
    due: date | None
    status: str
    notes_de: str
    notes_en: str
    notes_ja: str


@dataclass(frozen=True, slots=True)
class RegionNames:
    """A partner region's identity and names (``localized(names, "name", lang)``)."""

    id: int
    slug: str
    name_de: str
    name_en: str
    name_ja: str


@dataclass(frozen=True, slots=True)
class TripTitles:
    """A trip's identity and titles (``localized(titles, "title", lang)``)."""

    id: int
    slug: str
    title_de: str
    title_en: str
    title_ja: str


@dataclass(frozen=True)
class FollowUpRow:
    follow_up: FollowUp | FollowUpSummary
    region: Region | RegionNames
    trip: Trip | TripTitles | None

    def is_overdue(self, today: date) -> bool:
        f = self.follow_up
        return f.due is not None and f.due < today and f.status in OPEN_STATUSES


def clean_follow_up(values: dict[str, Any]) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {"slug": check_slug(errors, values.get("slug"))}
    for key in ("region_id", "trip_id", "item_id"):
        value = values.get(key)
        if value is not None and not isinstance(value, int):
            errors.add(key, _("Invalid reference."))
        out[key] = value
    if out["region_id"] is None:
        errors.add("region_id", _("Choose the partner region of the follow-up action."))
    out |= check_multilingual_title(errors, values, "title", label=_("Title"))
    out |= check_texts(errors, values, "owner", label=_("Owner"))
    due = values.get("due")
    out["due"] = None if due in (None, "") else check_date(errors, "due", due, label=_("Due"))
    out["status"] = check_choice(
        errors, "status", values.get("status", "open"), FollowUpStatus, label=_("Status")
    )
    out |= check_texts(errors, values, "notes", label=_("Notes"), long=True)
    errors.raise_if_any()
    return out


def _clean_with_references(session: Any, values: dict[str, Any]) -> dict[str, Any]:
    clean = clean_follow_up(values)
    get_or_raise(session, Region, clean["region_id"])
    if clean["trip_id"] is not None:
        get_or_raise(session, Trip, clean["trip_id"])
    if clean["item_id"] is not None:
        get_or_raise(session, ProgrammeItem, clean["item_id"])
    return clean


def create_follow_up(db: Database, **values: Any) -> FollowUp:
    with db.session() as session:
        if not values.get("slug"):
            title = values.get("title_en") or values.get("title_de") or values.get("title_ja") or ""
            values["slug"] = unique_slug(session, FollowUp, slugify(str(title), fallback="action"))
        return insert_record(session, FollowUp, _clean_with_references(session, values))


def update_follow_up(
    db: Database, follow_up_id: int, expected_version: int, **changes: Any
) -> FollowUp:
    with db.session() as session:
        return update_record(
            session,
            FollowUp,
            follow_up_id,
            expected_version,
            changes,
            FOLLOW_UP_FIELDS,
            lambda values: _clean_with_references(session, values),
        )


def delete_follow_up(db: Database, follow_up_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, FollowUp, follow_up_id, expected_version)


def get_follow_up(db: Database, ref: int | str) -> FollowUp:
    with db.session() as session:
        return resolve(session, FollowUp, ref)


def _filtered(
    stmt: Any, region_id: int | None, statuses: tuple[str, ...] | None, trip_id: int | None
) -> Any:
    if region_id is not None:
        stmt = stmt.where(FollowUp.region_id == region_id)
    if statuses:
        stmt = stmt.where(col(FollowUp.status).in_(statuses))
    if trip_id is not None:
        stmt = stmt.where(FollowUp.trip_id == trip_id)
    return stmt


def list_follow_ups(
    db: Database,
    *,
    region_id: int | None = None,
    statuses: tuple[str, ...] | None = None,
    trip_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[FollowUpRow]:
    """Follow-ups with region and trip, by due date (undated last).

    ``trip_id`` keeps those of one trip (a trip page needs a few rows, not all);
    ``limit``/``offset`` read one page of the list (a table that fetches lazily
    shows the first rows of 50,000 without building 50,000 ORM objects).
    """
    stmt = (
        select(FollowUp, Region, Trip)
        .join(Region, col(Region.id) == FollowUp.region_id)
        .outerjoin(Trip, col(Trip.id) == FollowUp.trip_id)
        .order_by(col(FollowUp.due).is_(None), col(FollowUp.due), col(FollowUp.id))
    )
    stmt = _filtered(stmt, region_id, statuses, trip_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with db.session() as session:
        return [FollowUpRow(f, r, t) for f, r, t in session.execute(stmt)]


_SUMMARY_COLUMNS = tuple(FollowUpSummary.__slots__)
_REGION_COLUMNS = tuple(RegionNames.__slots__)
_TRIP_COLUMNS = tuple(TripTitles.__slots__)


def list_follow_up_summaries(
    db: Database,
    *,
    region_id: int | None = None,
    statuses: tuple[str, ...] | None = None,
    trip_id: int | None = None,
) -> list[FollowUpRow]:
    """The rows of :func:`list_follow_ups` (same filters, same order) for a list that
    only shows them: plain values from Core queries (three, whatever the number of
    rows) instead of three ORM objects per row, whose building and tracking would
    dominate the time and memory of a list of tens of thousands. Each region and trip
    is one shared object."""
    # SQLAlchemy sets __table__ on every table class; SQLModel's types do not declare it.
    f, r, t = FollowUp.__table__.c, Region.__table__.c, Trip.__table__.c  # type: ignore[attr-defined]
    stmt = _filtered(
        select(*(f[c] for c in _SUMMARY_COLUMNS)).order_by(
            col(FollowUp.due).is_(None), col(FollowUp.due), col(FollowUp.id)
        ),
        region_id,
        statuses,
        trip_id,
    )
    with db.session() as session:
        regions = {
            row[0]: RegionNames(*row)
            for row in session.execute(select(*(r[c] for c in _REGION_COLUMNS)))
        }
        trips = {
            row[0]: TripTitles(*row)
            for row in session.execute(select(*(t[c] for c in _TRIP_COLUMNS)))
        }
        rows = session.execute(stmt).all()
    return [
        FollowUpRow(
            FollowUpSummary(*row), regions[row[2]], None if row[3] is None else trips[row[3]]
        )
        for row in rows
    ]


def count_follow_ups(
    db: Database,
    *,
    region_id: int | None = None,
    statuses: tuple[str, ...] | None = None,
    trip_id: int | None = None,
) -> int:
    """How many follow-ups :func:`list_follow_ups` would return, in one COUNT query
    (the sidebar's "Follow-ups (n)" need not load tens of thousands of rows)."""
    stmt = _filtered(select(func.count()).select_from(FollowUp), region_id, statuses, trip_id)
    with db.session() as session:
        return int(session.scalar(stmt) or 0)
