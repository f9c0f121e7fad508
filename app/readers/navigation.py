"""What the window's navigation column lists: partner regions, trips (newest first)
and the number of open follow-ups — and which trip to open when none was open last.

Two readers fill the same :class:`NavigationData`: ``app.services.navigation`` through
the services, and :func:`read_snapshot` here, straight from an SQLite file with the
standard library. The snapshot lets the window paint its trip list while the
database layer (SQLAlchemy, the models, the migration check) is still loading; it is
only used for a file that is already at the program's schema revision, and is
replaced by the services' reading as soon as the database is open. A unit test
keeps both readers in agreement.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.db.schema_version import HEAD_REVISION
from models.enums import OPEN_FOLLOW_UP_STATUSES
from models.text import fallback_chain


@dataclass(frozen=True, slots=True)
class RegionLink:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class TripLink:
    id: int
    title: str
    start_date: date
    end_date: date
    members: int


@dataclass(frozen=True, slots=True)
class NavigationData:
    regions: tuple[RegionLink, ...]
    trips: tuple[TripLink, ...]  # newest first
    open_follow_ups: int

    def default_trip(self, today: date) -> int | None:
        """The trip to show when none was open last: the next upcoming trip with a
        delegation, else the newest trip with one."""
        upcoming = [t for t in self.trips if t.end_date >= today and t.members]
        if upcoming:
            return upcoming[-1].id
        return next((t.id for t in self.trips if t.members), None)


def pick_text(values: dict[str, str | None], lang: str) -> str:
    """The models' fallback rule (requested → English → German → any) over a row's
    per-language columns, keyed by language code."""
    for code in fallback_chain(lang):
        value = values.get(code)
        if value:
            return str(value)
    return ""


_REGIONS = "SELECT id, name_de, name_en, name_ja FROM region ORDER BY slug"
_TRIPS = (
    "SELECT t.id, t.title_de, t.title_en, t.title_ja, t.start_date, t.end_date,"
    " (SELECT count(*) FROM delegation_member m WHERE m.trip_id = t.id)"
    " FROM trip t JOIN region r ON r.id = t.region_id"
    " ORDER BY t.start_date DESC, t.id DESC"
)
_OPEN_FOLLOW_UPS = "SELECT count(*) FROM follow_up WHERE status IN (?, ?)"


def read_snapshot(path: Path, lang: str) -> NavigationData | None:
    """The navigation of the SQLite file at ``path``, read-only; None whenever the
    file is missing, not at :data:`HEAD_REVISION`, locked or unreadable (the caller
    then waits for the database layer, which explains any problem properly)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        stamped = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        if stamped != [(HEAD_REVISION,)]:
            return None
        regions = tuple(
            RegionLink(int(rid), pick_text({"de": de, "en": en, "ja": ja}, lang))
            for rid, de, en, ja in conn.execute(_REGIONS)
        )
        trips = tuple(
            TripLink(
                int(tid),
                pick_text({"de": de, "en": en, "ja": ja}, lang),
                date.fromisoformat(start),
                date.fromisoformat(end),
                int(members),
            )
            for tid, de, en, ja, start, end, members in conn.execute(_TRIPS)
        )
        (open_count,) = conn.execute(_OPEN_FOLLOW_UPS, OPEN_FOLLOW_UP_STATUSES).fetchone()
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    return NavigationData(regions, trips, int(open_count))
