"""Programme items of a trip: create, change, duplicate, cancel, delete, attendance."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from app.db.engine import Database
from app.errors import ValidationError
from app.locale.i18n import _
from app.services.base import (
    bump_version,
    flush_or_explain,
    get_for_update,
    get_or_raise,
    versioned_delete,
    versioned_update,
)
from app.timeutil import local_date
from app.validation import (
    FieldErrors,
    check_choice,
    check_long_text,
    check_multilingual_title,
    check_text,
    check_texts,
    check_timezone,
)
from models.enums import LANGUAGES, ItemStatus
from models.ids import id_of
from models.tables import TITLE_MAX, ItemAttendance, Person, ProgrammeItem, Trip

#: The per-language texts of an item besides title and description: hosts, what the
#: partner may read (dress code, meeting point, notes) and our internal notes.
ITEM_TEXTS = ("hosts", "dress_code", "meeting_point", "notes", "internal_notes")
ITEM_TEXTS_FIELDS = tuple(f"{t}_{c}" for t in ITEM_TEXTS for c in LANGUAGES)

ITEM_FIELDS = (
    "starts_at",
    "ends_at",
    "timezone",
    "all_day",
    "title_de",
    "title_en",
    "title_ja",
    "description_de",
    "description_en",
    "description_ja",
    "venue_id",
    "topic",
    *ITEM_TEXTS_FIELDS,
    "interpreting_needed",
    "status",
    "external_uid",
)
#: An item may lie this far outside its trip's dates (it is then flagged by the
#: schedule checks); further out it is a typing error and refused.
MAX_DAYS_OUTSIDE_TRIP = 7
MAX_ITEM_DURATION = timedelta(days=14)


def clean_item(values: dict[str, Any], trip: Trip) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {}
    tz = check_timezone(errors, "timezone", values.get("timezone"))
    out["timezone"] = tz
    for key in ("starts_at", "ends_at"):
        value = values.get(key)
        if not isinstance(value, datetime):
            errors.add(key, _("Enter a start and an end time."))
        elif value.tzinfo is None or value.utcoffset() is None:
            errors.add(key, _("Times must carry a time zone."))
        out[key] = value
    start, end = out["starts_at"], out["ends_at"]
    if "starts_at" not in errors.fields and "ends_at" not in errors.fields:
        if end <= start:
            errors.add("ends_at", _("The item must end after it starts."))
        elif end - start > MAX_ITEM_DURATION:
            errors.add("ends_at", _("An item cannot last longer than 14 days."))
        elif "timezone" not in errors.fields:
            day = local_date(start, tz)
            earliest = trip.start_date - timedelta(days=MAX_DAYS_OUTSIDE_TRIP)
            latest = trip.end_date + timedelta(days=MAX_DAYS_OUTSIDE_TRIP)
            if not earliest <= day <= latest:
                errors.add(
                    "starts_at",
                    _(
                        "The item on {day} lies far outside the trip dates ({first} to {last})."
                    ).format(
                        day=day.isoformat(),
                        first=trip.start_date.isoformat(),
                        last=trip.end_date.isoformat(),
                    ),
                )
    out["all_day"] = bool(values.get("all_day", False))
    out |= check_multilingual_title(errors, values, "title", label=_("Title"))
    for code in LANGUAGES:
        out[f"description_{code}"] = check_long_text(
            errors,
            f"description_{code}",
            values.get(f"description_{code}", ""),
            label=_("Description"),
        )
    venue = values.get("venue_id")
    if venue is not None and (isinstance(venue, bool) or not isinstance(venue, int)):
        errors.add("venue_id", _("Choose a venue from the directory."))
        venue = None
    out["venue_id"] = venue
    out["topic"] = check_text(errors, "topic", values.get("topic"), label=_("Topic"))
    labels = {
        "hosts": _("Hosts"),
        "dress_code": _("Dress code"),
        "meeting_point": _("Meeting point"),
        "notes": _("Notes for the partner"),
        "internal_notes": _("Internal notes"),
    }
    for text in ITEM_TEXTS:
        out |= check_texts(errors, values, text, label=labels[text], long=text != "dress_code")
    out["interpreting_needed"] = bool(values.get("interpreting_needed", False))
    out["status"] = check_choice(
        errors, "status", values.get("status", "planned"), ItemStatus, label=_("Status")
    )
    uid = values.get("external_uid")
    out["external_uid"] = (
        check_text(errors, "external_uid", uid, label="UID", max_len=TITLE_MAX) or None
        if uid is not None
        else None
    )
    errors.raise_if_any()
    return out


def insert_item(
    session: Session, trip_id: int, values: dict[str, Any], *, version: int = 1
) -> ProgrammeItem:
    """A new item of the trip, inside the caller's transaction. An item written back
    by undo passes its calendar UID in ``values`` and a ``version`` above the deleted
    one's, so its SEQUENCE does not go back."""
    trip = get_or_raise(session, Trip, trip_id)
    item = ProgrammeItem(trip_id=trip_id, version=version, **clean_item(values, trip))
    session.add(item)
    flush_or_explain(session)
    return item


def change_item(
    session: Session, item_id: int, expected_version: int, changes: dict[str, Any]
) -> ProgrammeItem:
    """``changes`` merged into the stored item, validated as a whole and written with
    the version check, inside the caller's transaction."""
    current = get_for_update(session, ProgrammeItem, item_id, changes)
    trip = get_or_raise(session, Trip, current.trip_id)
    merged = {f: getattr(current, f) for f in ITEM_FIELDS} | changes
    clean = clean_item(merged, trip)
    return versioned_update(session, ProgrammeItem, item_id, expected_version, clean)


def create_item(
    db: Database, trip_id: int, *, attendees: list[int] | None = None, **values: Any
) -> ProgrammeItem:
    with db.session() as session:
        item = insert_item(session, trip_id, values)
        if attendees:
            write_attendance(session, id_of(item), attendees)
        return item


def update_item(db: Database, item_id: int, expected_version: int, **changes: Any) -> ProgrammeItem:
    with db.session() as session:
        return change_item(session, item_id, expected_version, changes)


def cancel_item(db: Database, item_id: int, expected_version: int) -> ProgrammeItem:
    return update_item(db, item_id, expected_version, status=ItemStatus.CANCELLED.value)


def delete_item(db: Database, item_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, ProgrammeItem, item_id, expected_version)


def duplicate_item(
    db: Database,
    item_id: int,
    *,
    shift: timedelta = timedelta(0),
    uid: str | None = None,
    version: int = 1,
) -> ProgrammeItem:
    """A copy (same attendees, new identity) shifted by ``shift``, e.g. one day later.

    Redo of an undone copy passes the copy's calendar ``uid`` and a ``version`` above
    the one undo deleted: on SQLite the new row may even get the old id back, and its
    UID must not start again at SEQUENCE 0 where calendars hold a higher number."""
    with db.session() as session:
        source = get_or_raise(session, ProgrammeItem, item_id)
        trip = get_or_raise(session, Trip, source.trip_id)
        values = {f: getattr(source, f) for f in ITEM_FIELDS}
        values |= {
            "starts_at": source.starts_at + shift,
            "ends_at": source.ends_at + shift,
            "external_uid": uid,
            "status": ItemStatus.PLANNED.value,
        }
        copy = ProgrammeItem(trip_id=source.trip_id, version=version, **clean_item(values, trip))
        session.add(copy)
        flush_or_explain(session)
        write_attendance(session, id_of(copy), _attendee_ids(session, item_id))
        return copy


def get_item(db: Database, item_id: int) -> ProgrammeItem:
    with db.session() as session:
        return get_or_raise(session, ProgrammeItem, item_id)


def list_items(
    db: Database, trip_id: int, *, include_cancelled: bool = True
) -> list[ProgrammeItem]:
    stmt = select(ProgrammeItem).where(col(ProgrammeItem.trip_id) == trip_id)
    if not include_cancelled:
        stmt = stmt.where(col(ProgrammeItem.status) != ItemStatus.CANCELLED.value)
    with db.session() as session:
        return list(
            session.scalars(stmt.order_by(col(ProgrammeItem.starts_at), col(ProgrammeItem.id)))
        )


def _attendee_ids(session: Session, item_id: int) -> list[int]:
    return list(
        session.scalars(
            select(col(ItemAttendance.person_id)).where(col(ItemAttendance.item_id) == item_id)
        )
    )


def write_attendance(session: Session, item_id: int, person_ids: Iterable[int]) -> None:
    """Who attends the item, replacing who attended, inside the caller's transaction
    (the item's version is the caller's business)."""
    wanted = list(dict.fromkeys(int(p) for p in person_ids))
    if wanted:
        known = set(session.scalars(select(col(Person.id)).where(col(Person.id).in_(wanted))))
        unknown = [p for p in wanted if p not in known]
        if unknown:
            raise ValidationError({"attendees": _("Unknown person #{id}.").format(id=unknown[0])})
    session.execute(delete(ItemAttendance).where(col(ItemAttendance.item_id) == item_id))
    session.add_all(ItemAttendance(item_id=item_id, person_id=p) for p in wanted)
    flush_or_explain(session)


def set_attendance(
    db: Database, item_id: int, person_ids: list[int], *, expected_version: int | None = None
) -> ProgrammeItem:
    """Who attends the item. Changes the item's version (its calendar entry changes)."""
    with db.session() as session:
        item = get_or_raise(session, ProgrammeItem, item_id)
        if expected_version is not None:
            versioned_update(session, ProgrammeItem, item_id, expected_version, {})
        else:
            bump_version(session, ProgrammeItem, item_id)
        write_attendance(session, item_id, person_ids)
        session.refresh(item)
        return item


def attendance_by_item(db: Database, trip_id: int) -> dict[int, list[int]]:
    """item id → attending person ids, for a whole trip in one query."""
    stmt = (
        select(col(ItemAttendance.item_id), col(ItemAttendance.person_id))
        .join(ProgrammeItem, col(ProgrammeItem.id) == ItemAttendance.item_id)
        .where(col(ProgrammeItem.trip_id) == trip_id)
        .order_by(col(ItemAttendance.item_id), col(ItemAttendance.person_id))
    )
    out: dict[int, list[int]] = {}
    with db.session() as session:
        for item_id, person_id in session.execute(stmt):
            out.setdefault(item_id, []).append(person_id)
    return out
