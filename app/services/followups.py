"""Follow-up actions after a trip: who does what by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from app.db import Database
from app.i18n import _
from app.services.base import (
    ensure_slug_free,
    flush_or_explain,
    get_for_update,
    get_or_raise,
    resolve,
    slugify,
    unique_slug,
    versioned_delete,
    versioned_update,
)
from app.validation import (
    FieldErrors,
    check_choice,
    check_date,
    check_long_text,
    check_multilingual_title,
    check_slug,
    check_text,
)
from models.enums import FollowUpStatus
from models.tables import FollowUp, ProgrammeItem, Region, Trip

FOLLOW_UP_FIELDS = (
    "slug",
    "region_id",
    "trip_id",
    "item_id",
    "title_de",
    "title_en",
    "title_ja",
    "owner",
    "due",
    "status",
    "notes",
)
OPEN_STATUSES = (FollowUpStatus.OPEN.value, FollowUpStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class FollowUpRow:
    follow_up: FollowUp
    region: Region
    trip: Trip | None

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
    out["owner"] = check_text(errors, "owner", values.get("owner"), label=_("Owner"))
    due = values.get("due")
    out["due"] = None if due in (None, "") else check_date(errors, "due", due, label=_("Due"))
    out["status"] = check_choice(
        errors, "status", values.get("status", "open"), FollowUpStatus, label=_("Status")
    )
    out["notes"] = check_long_text(errors, "notes", values.get("notes"), label=_("Notes"))
    errors.raise_if_any()
    return out


def _check_references(session: Any, clean: dict[str, Any]) -> None:
    get_or_raise(session, Region, clean["region_id"])
    if clean["trip_id"] is not None:
        get_or_raise(session, Trip, clean["trip_id"])
    if clean["item_id"] is not None:
        get_or_raise(session, ProgrammeItem, clean["item_id"])


def create_follow_up(db: Database, **values: Any) -> FollowUp:
    with db.session() as session:
        if not values.get("slug"):
            title = values.get("title_en") or values.get("title_de") or values.get("title_ja") or ""
            values["slug"] = unique_slug(session, FollowUp, slugify(str(title), fallback="action"))
        clean = clean_follow_up(values)
        _check_references(session, clean)
        ensure_slug_free(session, FollowUp, clean["slug"])
        follow_up = FollowUp(**clean)
        session.add(follow_up)
        flush_or_explain(session)
        return follow_up


def update_follow_up(
    db: Database, follow_up_id: int, expected_version: int, **changes: Any
) -> FollowUp:
    with db.session() as session:
        current = get_for_update(session, FollowUp, follow_up_id, changes)
        clean = clean_follow_up({f: getattr(current, f) for f in FOLLOW_UP_FIELDS} | changes)
        _check_references(session, clean)
        ensure_slug_free(session, FollowUp, clean["slug"], own_id=follow_up_id)
        return versioned_update(session, FollowUp, follow_up_id, expected_version, clean)


def delete_follow_up(db: Database, follow_up_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, FollowUp, follow_up_id, expected_version)


def get_follow_up(db: Database, ref: int | str) -> FollowUp:
    with db.session() as session:
        return resolve(session, FollowUp, ref)


def list_follow_ups(
    db: Database, *, region_id: int | None = None, statuses: tuple[str, ...] | None = None
) -> list[FollowUpRow]:
    """Follow-ups with region and trip, by due date (undated last)."""
    stmt = (
        select(FollowUp, Region, Trip)
        .join(Region, Region.id == FollowUp.region_id)
        .outerjoin(Trip, Trip.id == FollowUp.trip_id)
        .order_by(FollowUp.due.is_(None), FollowUp.due, FollowUp.id)
    )
    if region_id is not None:
        stmt = stmt.where(FollowUp.region_id == region_id)
    if statuses:
        stmt = stmt.where(FollowUp.status.in_(statuses))
    with db.session() as session:
        return [FollowUpRow(f, r, t) for f, r, t in session.execute(stmt)]
