"""What an SQLite file's schema holds compared with what its stamped revision says.

Versions before transactional migrations ran each CREATE of a revision in its own
transaction; killed in the middle, they left a file whose ``alembic_version`` names
the old revision while some objects of the next one already exist (every later start
then failed with "index … already exists"). Such a file is recognised here by
comparing its objects with those of a fresh database built at each revision.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: SQLite's own objects and Alembic's table: present whatever the revision.
_INTERNAL = ("sqlite_%", "alembic_version")


def schema_objects(conn: sqlite3.Connection) -> frozenset[tuple[str, str]]:
    rows = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE ? AND name != ?", _INTERNAL
    ).fetchall()
    return frozenset((str(kind), str(name)) for kind, name in rows)


def open_existing(path: Path) -> sqlite3.Connection:
    """A plain connection to an existing file, only read through. Not ``mode=ro``: on
    a WAL file that creates -wal and -shm files it cannot remove when it closes."""
    return sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True)


def ahead_of_stamp(conn: sqlite3.Connection, newer: frozenset[tuple[str, str]]) -> bool:
    """True when the file holds any of ``newer``, the objects that only revisions
    after its stamped one create."""
    return bool(schema_objects(conn) & newer)


def stamp_of(conn: sqlite3.Connection) -> str | None:
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None
    return str(rows[0][0]) if len(rows) == 1 else None


def row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: a backup is only put back when it holds what the file holds."""
    tables = [
        str(name)
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def table_names(path: Path) -> set[str] | None:
    """The tables of an existing SQLite file, read without changing it (None when it
    cannot be read as a database)."""
    try:
        conn = open_existing(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {str(name) for (name,) in rows}
