"""Partner regions, their relationship history and agreements."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from app.db.engine import Database
from app.locale.i18n import _, pgettext
from app.services.base import (
    flush_or_explain,
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
    check_long_text,
    check_multilingual_title,
    check_slug,
    check_text,
    check_timezone,
)
from models.enums import LANGUAGES, AgreementKind, RelationshipStatus
from models.tables import Agreement, Region, RegionStatusChange

REGION_FIELDS = (
    "slug",
    "name_de",
    "name_en",
    "name_ja",
    "country",
    "timezone",
    "status",
    "profile_de",
    "profile_en",
    "profile_ja",
)


def clean_region(values: dict[str, Any]) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {"slug": check_slug(errors, values.get("slug"))}
    out |= check_multilingual_title(errors, values, "name", label=pgettext("region", "Name"))
    country = check_text(
        errors, "country", values.get("country"), label=_("Country"), max_len=2, required=True
    ).upper()
    if country and not (len(country) == 2 and country.isalpha() and country.isascii()):
        errors.add("country", _("Country: use the two-letter ISO code, e.g. JP or GB."))
    out["country"] = country
    out["timezone"] = check_timezone(errors, "timezone", values.get("timezone"))
    out["status"] = check_choice(
        errors, "status", values.get("status", "contact"), RelationshipStatus, label=_("Status")
    )
    for code in LANGUAGES:
        out[f"profile_{code}"] = check_long_text(
            errors, f"profile_{code}", values.get(f"profile_{code}", ""), label=_("Profile")
        )
    errors.raise_if_any()
    return out


def create_region(db: Database, **values: Any) -> Region:
    clean = clean_region(values)
    with db.session() as session:
        return insert_record(session, Region, clean)


def update_region(db: Database, region_id: int, expected_version: int, **changes: Any) -> Region:
    with db.session() as session:
        return update_record(
            session, Region, region_id, expected_version, changes, REGION_FIELDS, clean_region
        )


def delete_region(db: Database, region_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, Region, region_id, expected_version)


def get_region(db: Database, ref: int | str) -> Region:
    with db.session() as session:
        return resolve(session, Region, ref)


def list_regions(db: Database) -> list[Region]:
    with db.session() as session:
        return list(session.scalars(select(Region).order_by(Region.slug)))


def add_status_change(
    db: Database, region_id: int, status: str, since: date | str, **notes: Any
) -> RegionStatusChange:
    errors = FieldErrors()
    clean_status = check_choice(errors, "status", status, RelationshipStatus, label=_("Status"))
    day = check_date(errors, "since", since, label=_("Since"))
    clean_notes: dict[str, Any] = {
        f"note_{c}": check_long_text(
            errors, f"note_{c}", notes.get(f"note_{c}", ""), label=_("Note")
        )
        for c in LANGUAGES
    }
    errors.raise_if_any()
    assert day is not None  # check_date put an error in when it gave None
    with db.session() as session:
        get_or_raise(session, Region, region_id)
        change = RegionStatusChange(
            region_id=region_id, status=clean_status, since=day, **clean_notes
        )
        session.add(change)
        flush_or_explain(session)
        return change


def status_history(db: Database, region_id: int) -> list[RegionStatusChange]:
    with db.session() as session:
        return list(
            session.scalars(
                select(RegionStatusChange)
                .where(col(RegionStatusChange.region_id) == region_id)
                .order_by(col(RegionStatusChange.since), col(RegionStatusChange.id))
            )
        )


def add_agreement(db: Database, region_id: int, **values: Any) -> Agreement:
    errors = FieldErrors()
    clean: dict[str, Any] = {
        "kind": check_choice(
            errors, "kind", values.get("kind", "other"), AgreementKind, label=_("Kind")
        ),
        "signed_on": check_date(errors, "signed_on", values.get("signed_on"), label=_("Signed on")),
        "place": check_text(errors, "place", values.get("place"), label=_("Place")),
        "signatories": check_long_text(
            errors, "signatories", values.get("signatories"), label=_("Signatories")
        ),
    }
    clean |= check_multilingual_title(errors, values, "title", label=_("Title"))
    errors.raise_if_any()
    with db.session() as session:
        get_or_raise(session, Region, region_id)
        agreement = Agreement(region_id=region_id, **clean)
        session.add(agreement)
        flush_or_explain(session)
        return agreement


def list_agreements(db: Database, region_id: int) -> list[Agreement]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Agreement)
                .where(col(Agreement.region_id) == region_id)
                .order_by(col(Agreement.signed_on))
            )
        )
