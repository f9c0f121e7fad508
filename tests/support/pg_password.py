"""A role on the test's PostgreSQL server that must give its password.

The shared server trusts every local connection, so a password would never be
asked for (nor ~/.pgpass read). This fixture adds one role, named like the login
user (so a URL with an empty user name reaches it too), with a database it owns and
a pg_hba.conf line in front of the trust lines that requires its password; all of
it is taken away afterwards. A context manager, for a fixture of the test module."""

from __future__ import annotations

import os
import pwd
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql

from tests.support.pg_server import PostgresServer

#: Holds what breaks naive parsing: a raw ``@`` (SQLAlchemy splits at the first one)
#: and a ``:`` (the field separator of ~/.pgpass).
ROLE_PASSWORD = "p@ss:hunter2"


@dataclass(frozen=True)
class PasswordRole:
    user: str
    port: int
    database: str

    def url(self, form: str, secret: str) -> str:
        return form.format(user=self.user, secret=secret, port=self.port, db=self.database)


def _asks_for_password(server: PostgresServer, user: str, database: str) -> bool:
    info = {**server.conninfo(database), "user": user, "connect_timeout": 3}
    try:
        psycopg.connect(**info, passfile=os.devnull).close()
    except psycopg.OperationalError as exc:
        return "password" in str(exc)
    return False


@contextmanager
def password_role(pg_server: PostgresServer) -> Iterator[PasswordRole]:
    user = pwd.getpwuid(os.geteuid()).pw_name
    if user == pg_server.superuser:
        pytest.skip("the login user is the test server's superuser")
    assert pg_server.port is not None
    database = pg_server.next_database_name("pw")
    hba = pg_server.datadir / "pg_hba.conf"
    original = hba.read_text(encoding="utf-8")
    rule = f"host all {user} 127.0.0.1/32 scram-sha-256\n"
    with psycopg.connect(**pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(user)))
        conn.execute(
            sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                sql.Identifier(user), sql.Literal(ROLE_PASSWORD)
            )
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
                sql.Identifier(database), sql.Identifier(user)
            )
        )
        hba.write_text(rule + original, encoding="utf-8")  # keeps the file's owner
        conn.execute("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10  # the reload is a signal: wait until it took effect
    while not _asks_for_password(pg_server, user, database):
        assert time.monotonic() < deadline, "the server did not start asking for a password"
        time.sleep(0.05)
    try:
        yield PasswordRole(user=user, port=pg_server.port, database=database)
    finally:
        hba.write_text(original, encoding="utf-8")
        pg_server.drop_database(database)
        with psycopg.connect(**pg_server.conninfo(), autocommit=True) as conn:
            conn.execute("SELECT pg_reload_conf()")
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(user)))
