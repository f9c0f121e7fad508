"""The venue directory: places with a name and address per language and a time zone,
chosen in the item dialog and reused across items and trips."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from app.db.engine import Database
from app.locale.i18n import _
from app.services.base import (
    insert_record,
    resolve,
    slugify,
    unique_slug,
    update_record,
    versioned_delete,
)
from app.validation import (
    FieldErrors,
    check_multilingual_title,
    check_slug,
    check_texts,
    check_timezone,
)
from models.enums import LANGUAGES
from models.ids import id_of
from models.tables import ProgrammeItem, Venue

VENUE_FIELDS = (
    "slug",
    *(f"name_{c}" for c in LANGUAGES),
    *(f"address_{c}" for c in LANGUAGES),
    "timezone",
    "latitude",
    "longitude",
)


def _coordinate(errors: FieldErrors, field: str, value: object, limit: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = float("nan")
    if not -limit <= number <= limit:  # also refuses NaN
        errors.add(
            field,
            _("Enter a number between −{limit} and {limit}.").format(limit=int(limit)),
        )
        return None
    return number


def clean_venue(values: dict[str, Any]) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {"slug": check_slug(errors, values.get("slug"))}
    out |= check_multilingual_title(errors, values, "name", label=_("Venue"))
    out |= check_texts(errors, values, "address", label=_("Address"), long=True)
    out["timezone"] = check_timezone(errors, "timezone", values.get("timezone"))
    out["latitude"] = _coordinate(errors, "latitude", values.get("latitude"), 90.0)
    out["longitude"] = _coordinate(errors, "longitude", values.get("longitude"), 180.0)
    errors.raise_if_any()
    return out


def add_venue(db: Database, **values: Any) -> Venue:
    """A new venue; without a short name one is made from the name."""
    with db.session() as session:
        if not values.get("slug"):
            name = next(
                (values.get(f"name_{c}") for c in ("en", "de", "ja") if values.get(f"name_{c}")), ""
            )
            values["slug"] = unique_slug(session, Venue, slugify(str(name), fallback="venue"))
        return insert_record(session, Venue, clean_venue(values))


def save_venue(db: Database, venue_id: int, expected_version: int, **changes: Any) -> Venue:
    with db.session() as session:
        return update_record(
            session, Venue, venue_id, expected_version, changes, VENUE_FIELDS, clean_venue
        )


def delete_venue(db: Database, venue_id: int, expected_version: int) -> None:
    """Refused while an item still takes place there (the item would lose its place)."""
    with db.session() as session:
        versioned_delete(session, Venue, venue_id, expected_version)


def get_venue(db: Database, ref: int | str) -> Venue:
    with db.session() as session:
        return resolve(session, Venue, ref)


def list_venues(db: Database) -> list[Venue]:
    with db.session() as session:
        return list(session.scalars(select(Venue).order_by(col(Venue.slug))))


def venue_use_counts(db: Database) -> dict[int, int]:
    """How many items take place at each venue (venues without items are left out)."""
    with db.session() as session:
        rows = session.execute(
            select(col(ProgrammeItem.venue_id), func.count())
            .where(col(ProgrammeItem.venue_id).is_not(None))
            .group_by(col(ProgrammeItem.venue_id))
        ).all()
    return {int(venue_id): int(n) for venue_id, n in rows}


class VenueFinder:
    """Venues by (zone, name in any language, address in any language), read once per
    transaction: an import of thousands of events looks each LOCATION up in a dict
    instead of scanning the directory again for every event."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known: dict[tuple[str, str, str], int] = {}
        for venue in session.scalars(select(Venue)):
            names = {getattr(venue, f"name_{c}") for c in LANGUAGES} - {""} or {""}
            addresses = {getattr(venue, f"address_{c}") for c in LANGUAGES} - {""} or {""}
            for name in names:
                for address in addresses:
                    self.known.setdefault((venue.timezone, name, address), id_of(venue))

    def find_or_add(self, name: str, address: str, timezone: str, lang: str) -> int | None:
        """The venue with this name and address in this zone, else a new one, inside the
        caller's transaction: an imported event's LOCATION becomes a directory entry."""
        name, address = name.strip(), address.strip()
        if not name and not address:
            return None
        key = (timezone, name, address)
        found = self.known.get(key)
        if found is not None:
            return found
        code = lang if lang in LANGUAGES else "en"
        values: dict[str, Any] = {
            "slug": unique_slug(self.session, Venue, slugify(name or address, fallback="venue")),
            f"name_{code}": name or address.splitlines()[0][:300],
            f"address_{code}": address,
            "timezone": timezone,
        }
        venue_id = id_of(insert_record(self.session, Venue, clean_venue(values)))
        self.known[key] = venue_id
        return venue_id
