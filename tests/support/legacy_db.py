"""A generated office database at an old schema revision, for migration tests.

The generator writes today's tables; an old revision has other columns. The rows are
generated at head in a scratch file and copied over column by column: columns the old
schema no longer knows are left out, and old columns that today's schema replaced are
filled with an empty text (or NULL where the old column allowed it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.db.engine import Database, create_db_engine
from app.db.migrate import migrate_to_head


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[tuple[str, bool]]:
    return [(r[1], bool(r[3])) for r in conn.execute(f'PRAGMA {schema}.table_info("{table}")')]


def generated_at_revision(path: Path, revision: str, *, seed: int, scale: float) -> None:
    """``path`` becomes a SQLite database at ``revision`` holding generated office data."""
    from benchmarks.generate import generate

    scratch = path.with_name(f"{path.name}.head-scratch")
    for target, fill in ((scratch, True), (path, False)):
        url = f"sqlite:///{target}"
        db = Database(create_db_engine(url), url)
        try:
            migrate_to_head(db, target="head" if fill else revision)
            if fill:
                generate(db, seed=seed, scale=scale)
        finally:
            db.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("ATTACH DATABASE ? AS head", (str(scratch),))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name != 'alembic_version' ORDER BY rowid"
            )
        ]
        with conn:
            for table in tables:
                new = {name for name, _notnull in _columns(conn, table, "head")}
                old = _columns(conn, table)
                values = [
                    f'"{name}"' if name in new else ("''" if notnull else "NULL")
                    for name, notnull in old
                ]
                names = ", ".join(f'"{name}"' for name, _notnull in old)
                conn.execute(
                    f'INSERT INTO main."{table}" ({names}) '
                    f'SELECT {", ".join(values)} FROM head."{table}"'
                )
        conn.execute("DETACH DATABASE head")
    finally:
        conn.close()
        scratch.unlink()
