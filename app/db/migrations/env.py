"""Alembic environment: runs on the connection handed over by app.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine
from sqlmodel import SQLModel

import models.tables  # noqa: F401  (registers the tables on the metadata)

target_metadata = SQLModel.metadata
config = context.config


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        # app.db.migrate hands over a connection inside its one transaction (on
        # SQLite too): Alembic must not commit after each revision.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    # Without a URL, create_engine says the empty URL cannot be parsed.
    engine = create_engine(config.get_main_option("sqlalchemy.url", ""))
    with engine.begin() as conn:
        run_on(conn)
