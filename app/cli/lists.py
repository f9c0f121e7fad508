"""What ``list regions|trips|people|followups`` prints, as JSON rows and table rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from app.db.engine import Database
from app.locale.formatting import format_date_medium, format_date_range
from app.locale.i18n import _, pgettext
from app.locale.labels import label
from app.locale.names import format_name
from app.services.followups import RegionNames, list_follow_ups
from app.services.people import list_people
from app.services.regions import list_regions
from app.services.trips import list_trips
from models.tables import SENSITIVE_PERSON_FIELDS, Region
from models.text import localized

Listing = tuple[list[dict[str, Any]], list[str], list[list[str]]]


def region_name(region: Region | RegionNames, lang: str) -> str:
    return localized(region, "name", lang) or region.slug


def list_regions_rows(db: Database, lang: str, _sensitive: bool) -> Listing:
    rows, table = [], []
    for r in list_regions(db):
        rows.append(
            {
                "id": r.id,
                "slug": r.slug,
                "name": region_name(r, lang),
                "country": r.country,
                "timezone": r.timezone,
                "status": r.status,
            }
        )
        table.append(
            [str(r.id), r.slug, region_name(r, lang), r.country, r.timezone, label(r.status, lang)]
        )
    headers = [
        _("ID"),
        _("Short name"),
        pgettext("region", "Name"),
        _("Country"),
        _("Time zone"),
        # Translators: column of the partner regions list: the stage of the relationship.
        pgettext("partner region", "Status"),
    ]
    return rows, headers, table


def list_trips_rows(db: Database, lang: str, _sensitive: bool) -> Listing:
    rows, table = [], []
    for row in list_trips(db):
        t = row.trip
        rows.append(
            {
                "id": t.id,
                "slug": t.slug,
                "region": row.region.slug,
                "title": localized(t, "title", lang),
                "start": t.start_date.isoformat(),
                "end": t.end_date.isoformat(),
                "direction": t.direction,
                "status": t.status,
                "members": row.members,
            }
        )
        table.append(
            [
                str(t.id),
                t.slug,
                localized(t, "title", lang),
                region_name(row.region, lang),
                format_date_range(t.start_date, t.end_date, lang),
                label(t.direction, lang),
                label(t.status, lang),
                str(row.members),
            ]
        )
    headers = [
        _("ID"),
        _("Short name"),
        _("Title"),
        _("Partner region"),
        _("Dates"),
        _("Direction"),
        # Translators: column of the trips list: planning, confirmed, done, cancelled.
        pgettext("trip", "Status"),
        _("Members"),
    ]
    return rows, headers, table


def list_people_rows(db: Database, lang: str, sensitive: bool) -> Listing:
    rows, table = [], []
    for p in list_people(db):
        row: dict[str, Any] = {
            "id": p.id,
            "slug": p.slug,
            "name": format_name(p, lang),
            "native_name": p.native_name,
            "organisation": localized(p, "organisation", lang),
            "function": localized(p, "function", lang),
            "email": p.email,
            "phone": p.phone,
        }
        if sensitive:
            row |= {f: getattr(p, f) for f in SENSITIVE_PERSON_FIELDS}
        rows.append(row)
        table.append(
            [
                str(p.id),
                p.slug,
                format_name(p, lang),
                localized(p, "organisation", lang),
                localized(p, "function", lang),
            ]
        )
    headers = [_("ID"), _("Short name"), _("Name"), _("Organisation"), _("Function")]
    return rows, headers, table


def list_follow_ups_rows(db: Database, lang: str, _sensitive: bool) -> Listing:
    rows, table = [], []
    today = date.today()
    for row in list_follow_ups(db):
        f = row.follow_up
        rows.append(
            {
                "id": f.id,
                "slug": f.slug,
                "title": localized(f, "title", lang),
                "region": row.region.slug,
                "trip": row.trip.slug if row.trip else None,
                "owner": localized(f, "owner", lang),
                "due": f.due.isoformat() if f.due else None,
                "status": f.status,
                "overdue": row.is_overdue(today),
            }
        )
        due = format_date_medium(f.due, lang) if f.due else "—"
        if row.is_overdue(today):
            due += " ⚠"
        table.append(
            [
                str(f.id),
                localized(f, "title", lang),
                region_name(row.region, lang),
                localized(f, "owner", lang),
                due,
                label(f.status, lang),
            ]
        )
    headers = [
        _("ID"),
        _("Title"),
        _("Partner region"),
        # Translators: the person or office responsible for a follow-up action.
        pgettext("follow-up", "Owner"),
        _("Due"),
        # Translators: column of the follow-ups list: open, in progress, done, dropped.
        pgettext("follow-up", "Status"),
    ]
    return rows, headers, table


LISTS: dict[str, Callable[[Database, str, bool], Listing]] = {
    "regions": list_regions_rows,
    "trips": list_trips_rows,
    "people": list_people_rows,
    "followups": list_follow_ups_rows,
}
