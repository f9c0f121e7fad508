"""Self-test of the throw-away PostgreSQL server used by the integration tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
import sqlalchemy as sa

from tests.support.pg_server import PostgresServer

pytestmark = pytest.mark.integration


def _engine(url: str) -> sa.Engine:
    # NullPool: no pooled connection outlives the test and blocks the DROP.
    return sa.create_engine(url, poolclass=sa.NullPool)


def test_timestamptz_round_trip_is_utc(pg_url: str) -> None:
    metadata = sa.MetaData()
    events = sa.Table(
        "events",
        metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    # A non-UTC offset proves the instant, not the wall-clock text, is stored.
    written = datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=2)))
    engine = _engine(pg_url)
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(events.insert().values(id=1, at=written))
        with engine.connect() as conn:
            # Pin the session zone so the assertion does not depend on the
            # zone initdb copied from the host.
            conn.execute(sa.text("SET TIME ZONE 'UTC'"))
            read = conn.execute(sa.select(events.c.at)).scalar_one()
            conn.execute(sa.text("SET TIME ZONE 'America/New_York'"))
            read_ny = conn.execute(sa.select(events.c.at)).scalar_one()
    finally:
        engine.dispose()

    assert read.utcoffset() == timedelta(0)
    assert read == datetime(2024, 3, 30, 23, 30, tzinfo=UTC)
    assert read.astimezone(UTC) == written
    # Another session zone changes the offset, never the instant.
    assert read_ny.utcoffset() != timedelta(0)
    assert read_ny.astimezone(UTC) == read


def test_each_pg_url_is_a_fresh_empty_database(pg_server: PostgresServer, pg_url: str) -> None:
    other_url = pg_server.create_database(pg_server.next_database_name("extra"))
    try:
        assert other_url != pg_url
        for url in (pg_url, other_url):
            engine = _engine(url)
            try:
                with engine.connect() as conn:
                    tables = sa.inspect(conn).get_table_names()
                    dbname = conn.execute(sa.text("SELECT current_database()")).scalar_one()
            finally:
                engine.dispose()
            assert tables == []
            assert url.endswith("/" + dbname)
    finally:
        pg_server.drop_database(other_url.rsplit("/", 1)[1])


def test_table_from_earlier_test_is_gone(pg_url: str) -> None:
    # Runs after the timestamptz test: its 'events' table must not leak here.
    engine = _engine(pg_url)
    try:
        with engine.connect() as conn:
            assert sa.inspect(conn).get_table_names() == []
    finally:
        engine.dispose()
