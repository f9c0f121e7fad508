"""Every row of every table, to assert that a refused save left the database as it was."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlmodel import SQLModel

from app.db.engine import Database


def table_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Table name → its rows in primary-key order; the same on SQLite and PostgreSQL
    (a textual dump would differ between the two and with the server's settings)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.session() as session:
        for name, table in SQLModel.metadata.tables.items():
            order = list(table.primary_key.columns) or list(table.columns)
            out[name] = [tuple(row) for row in session.execute(select(table).order_by(*order))]
    return out
