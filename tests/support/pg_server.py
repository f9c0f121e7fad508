"""Throw-away PostgreSQL server for the test run (pytest plugin).

Load it from the root conftest with ``pytest_plugins = ["tests.support.pg_server"]``
(or import the fixtures into a test module).  Fixtures:

* ``pg_server`` (session): a running :class:`PostgresServer`.
* ``pg_url`` (function): SQLAlchemy URL of a fresh, empty database that is
  dropped after the test.

The server is a private cluster in a temp dir: initdb with trust auth,
listening on 127.0.0.1 only, on a free port, with its Unix socket inside the
temp dir, so it never collides with a system cluster.  CI runs as root on a
fresh Debian machine, and initdb/postgres refuse to run as root, so then the
cluster is owned by and run as the ``postgres`` system user that the Debian
package creates.
"""

from __future__ import annotations

import atexit
import itertools
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

SKIP_ENV = "DELEGATION_PLANNER_SKIP_PG"
PG_BIN_ENV = "PG_BIN"
SUPERUSER = "planner_test"
DEFAULT_DBNAME = "delegation_planner_test"
RUN_AS_USER = "postgres"

_REQUIRED_BINARIES = ("initdb", "pg_ctl", "postgres")
# Restricting names keeps them safe to paste into a URL without quoting.
_DBNAME_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
# Variables that libpq-based tools (initdb, pg_ctl) would otherwise pick up
# from a developer's shell and point at some other cluster.
_PG_ENV_VARS = (
    "PGDATA",
    "PGHOST",
    "PGHOSTADDR",
    "PGPORT",
    "PGUSER",
    "PGDATABASE",
    "PGPASSWORD",
    "PGPASSFILE",
    "PGSERVICE",
    "PGSERVICEFILE",
    "PGOPTIONS",
    "PGSSLMODE",
    "PGTZ",
    "PGCLIENTENCODING",
)
_START_ATTEMPTS = 3


class PostgresError(RuntimeError):
    """Raised when the throw-away server cannot be set up or started."""


def _has_server_binaries(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in _REQUIRED_BINARIES)


def _version_key(path: Path) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin: sort numerically so 15 beats 9.6.
    try:
        return tuple(int(part) for part in path.parent.name.split("."))
    except ValueError:
        return (-1,)


def find_pg_bin() -> Path | None:
    """Directory holding initdb/pg_ctl/postgres, or None if not installed.

    Order: ``$PG_BIN`` (if set, it is authoritative: an invalid value gives
    None rather than silently testing against another version), then
    ``pg_config --bindir``, then the highest ``/usr/lib/postgresql/*/bin``.
    """
    env_bin = os.environ.get(PG_BIN_ENV)
    if env_bin:
        path = Path(env_bin)
        return path if _has_server_binaries(path) else None

    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            out = subprocess.run(
                [pg_config, "--bindir"],
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            out = ""
        # With only libpq-dev installed, pg_config can name a bin dir that
        # has no server binaries, hence the check.
        if out and _has_server_binaries(Path(out)):
            return Path(out)

    candidates = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if _has_server_binaries(p)]
    if candidates:
        return max(candidates, key=_version_key)
    return None


def _free_port() -> int:
    # Binding to port 0 lets the kernel choose; there is a small race until
    # postgres binds it, which start() covers by retrying on a new port.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _tail(path: Path, limit: int = 8000) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as exc:
        return f"<could not read {path}: {exc}>"
    return text[-limit:]


class PostgresServer:
    """A private PostgreSQL cluster in a temp dir, for tests only."""

    def __init__(
        self,
        bindir: Path | None = None,
        *,
        superuser: str = SUPERUSER,
        dbname: str = DEFAULT_DBNAME,
        run_as: str = RUN_AS_USER,
    ) -> None:
        found = bindir if bindir is not None else find_pg_bin()
        if found is None:
            raise PostgresError(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; "
                "install the 'postgresql' package or set PG_BIN"
            )
        self.bindir = found
        self.superuser = superuser
        self.dbname = dbname
        self.run_as = run_as
        self.port: int | None = None
        self.tmpdir: Path | None = None
        self.startup_seconds: float | None = None
        self._owner_pid: int | None = None
        self._lock = threading.Lock()
        self._db_counter = itertools.count(1)

    # -- paths ------------------------------------------------------------

    @property
    def datadir(self) -> Path:
        return self._require_tmpdir() / "data"

    @property
    def socketdir(self) -> Path:
        return self._require_tmpdir() / "sock"

    @property
    def logfile(self) -> Path:
        return self._require_tmpdir() / "server.log"

    def _require_tmpdir(self) -> Path:
        if self.tmpdir is None:
            raise PostgresError("server has not been started")
        return self.tmpdir

    @property
    def running(self) -> bool:
        return self.port is not None

    # -- URLs -------------------------------------------------------------

    def url_for(self, dbname: str) -> str:
        if self.port is None:
            raise PostgresError("server is not running")
        return f"postgresql+psycopg://{self.superuser}@127.0.0.1:{self.port}/{dbname}"

    @property
    def url(self) -> str:
        """SQLAlchemy URL of the database created by start()."""
        return self.url_for(self.dbname)

    def conninfo(self, dbname: str = "postgres") -> dict[str, Any]:
        """Keyword arguments for ``psycopg.connect``."""
        if self.port is None:
            raise PostgresError("server is not running")
        return {
            "host": "127.0.0.1",
            "port": self.port,
            "user": self.superuser,
            "dbname": dbname,
            "connect_timeout": 10,
        }

    # -- process handling --------------------------------------------------

    def _privilege_kwargs(self) -> dict[str, Any]:
        # initdb and postgres refuse to run as root; drop to the Debian
        # 'postgres' user.  subprocess's user/group do the setuid after fork
        # in C, which (unlike a Python preexec_fn) is safe with threads.
        if os.geteuid() != 0:
            return {}
        try:
            pw = pwd.getpwnam(self.run_as)
        except KeyError:
            raise PostgresError(
                f"running as root, but there is no '{self.run_as}' user to run "
                "PostgreSQL as (the Debian 'postgresql' package creates it)"
            ) from None
        return {"user": pw.pw_uid, "group": pw.pw_gid, "extra_groups": []}

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in _PG_ENV_VARS}
        # Keep tool messages in English so failure output is greppable.
        env["LC_MESSAGES"] = "C"
        return env

    def _run(self, args: list[str], what: str, *, timeout: float = 120) -> str:
        try:
            proc = subprocess.run(
                args,
                capture_output=True,
                text=True,
                env=self._env(),
                # The dropped-privilege user may not be able to enter our cwd.
                cwd=self._require_tmpdir(),
                timeout=timeout,
                **self._privilege_kwargs(),
            )
        except subprocess.TimeoutExpired as exc:
            raise PostgresError(f"{what} timed out after {timeout}s: {args}") from exc
        if proc.returncode != 0:
            raise PostgresError(
                f"{what} failed (exit {proc.returncode}): {' '.join(args)}\n"
                f"--- stdout ---\n{proc.stdout}\n--- stderr ---\n{proc.stderr}"
            )
        return proc.stdout

    def _prepare_tmpdir(self) -> None:
        # Short prefix: the Unix socket path must stay under ~107 bytes.
        self.tmpdir = Path(tempfile.mkdtemp(prefix="dp-pg-"))
        self.socketdir.mkdir()
        priv = self._privilege_kwargs()
        if priv:
            for path in (self.tmpdir, self.socketdir):
                os.chown(path, priv["user"], priv["group"])
            # The postgres user must be able to reach the temp dir; a TMPDIR
            # under /root (mode 0700) would break that.
            parent = self.tmpdir.parent
            if not all(os.stat(p).st_mode & 0o001 for p in (parent, *parent.parents)):
                raise PostgresError(
                    f"temp dir {self.tmpdir} is not reachable by user "
                    f"'{self.run_as}'; point TMPDIR at a world-traversable "
                    "directory such as /tmp"
                )

    def _initdb(self) -> None:
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(self.datadir),
                "-U",
                self.superuser,
                "-A",
                "trust",
                "--encoding=UTF8",
                # 'C' exists everywhere; C.UTF-8 needs a glibc locale that
                # minimal images may lack.  Encoding stays UTF8 either way.
                "--locale=C",
                # The cluster is discarded after the run: skip fsyncs.
                "--no-sync",
            ],
            "initdb",
        )

    def _pg_ctl_start(self, port: int) -> None:
        options = " ".join(
            [
                "-h 127.0.0.1",
                f"-p {port}",
                f"-k {self.socketdir}",
                # Durability is irrelevant for a throw-away cluster.
                "-F",
                "-c full_page_writes=off",
                "-c synchronous_commit=off",
            ]
        )
        self._run(
            [
                str(self.bindir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                str(self.datadir),
                # -l makes pg_ctl redirect the postmaster's output to a file,
                # so it does not inherit (and hold open) our capture pipes.
                "-l",
                str(self.logfile),
                "-o",
                options,
            ],
            "pg_ctl start",
            timeout=90,
        )

    def start(self) -> PostgresServer:
        """initdb, start on a free port and create the default database."""
        if self.running:
            return self
        began = time.monotonic()
        try:
            self._prepare_tmpdir()
            self._initdb()
            last_error: PostgresError | None = None
            for _ in range(_START_ATTEMPTS):
                port = _free_port()
                try:
                    self._pg_ctl_start(port)
                except PostgresError as exc:
                    log = _tail(self.logfile)
                    last_error = PostgresError(f"{exc}\n--- server log ---\n{log}")
                    # Only a lost race for the port is worth another try.
                    if "Address already in use" in log:
                        continue
                    raise last_error from exc
                self.port = port
                break
            else:
                assert last_error is not None
                raise last_error
            # Registered before anything else can fail, so that even a crash
            # later in the run cannot leave a stray postmaster behind.
            self._owner_pid = os.getpid()
            atexit.register(self._atexit_stop)
            self.create_database(self.dbname)
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown) and delete its temp dir. Idempotent."""
        with self._lock:
            tmpdir, self.tmpdir = self.tmpdir, None
            was_running, self.port = self.running, None
            if tmpdir is None:
                return
            data = tmpdir / "data"
            if was_running or (data / "postmaster.pid").exists():
                self._stop_cluster(tmpdir, data)
            shutil.rmtree(tmpdir, ignore_errors=True)
            if self._owner_pid is not None:
                atexit.unregister(self._atexit_stop)
                self._owner_pid = None

    def _stop_cluster(self, tmpdir: Path, data: Path) -> None:
        pg_ctl = str(self.bindir / "pg_ctl")
        for mode in ("fast", "immediate"):
            try:
                proc = subprocess.run(
                    [pg_ctl, "stop", "-w", "-t", "30", "-m", mode, "-D", str(data)],
                    capture_output=True,
                    env=self._env(),
                    cwd=tmpdir,
                    timeout=60,
                    **self._privilege_kwargs(),
                )
            except (OSError, subprocess.SubprocessError):
                continue
            if proc.returncode == 0:
                return

    def _atexit_stop(self) -> None:
        # A forked child (multiprocessing) inherits the atexit hook; only the
        # process that started the server may stop it.
        if self._owner_pid == os.getpid():
            self.stop()

    # -- databases ----------------------------------------------------------

    def next_database_name(self, prefix: str = "t") -> str:
        return f"{prefix}_{next(self._db_counter):05d}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its SQLAlchemy URL."""
        import psycopg
        from psycopg import sql

        _check_dbname(name)
        # CREATE DATABASE cannot run inside a transaction block.
        with psycopg.connect(**self.conninfo(), autocommit=True) as conn:
            # template0 guarantees an empty database even if someone adds
            # objects to template1.
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'").format(
                    sql.Identifier(name)
                )
            )
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, terminating connections a test left open."""
        import psycopg
        from psycopg import sql

        _check_dbname(name)
        with psycopg.connect(**self.conninfo(), autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def _check_dbname(name: str) -> None:
    if not _DBNAME_RE.match(name):
        raise ValueError(f"unsupported database name for tests: {name!r}")


# One server per process.  Importing the fixtures into several test modules
# creates several session-scoped fixture definitions; they all share this.
_server: PostgresServer | None = None
_server_lock = threading.Lock()


def get_server() -> PostgresServer:
    """Start the shared server on first use and return it."""
    global _server
    with _server_lock:
        if _server is None or not _server.running:
            _server = PostgresServer().start()
        return _server


def _skip_requested(environ: Mapping[str, str] | None = None) -> bool:
    value = (environ if environ is not None else os.environ).get(SKIP_ENV, "")
    return value.strip().lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """Running throw-away PostgreSQL server, shared by the whole session."""
    if find_pg_bin() is None:
        where = os.environ.get(PG_BIN_ENV)
        detail = f" (PG_BIN={where!r} has no initdb/pg_ctl/postgres)" if where else ""
        message = (
            f"PostgreSQL server binaries not found{detail}. Install the Debian "
            "'postgresql' package (scripts/setup.sh does) or set PG_BIN to its "
            f"bin directory; set {SKIP_ENV}=1 to skip the PostgreSQL tests instead."
        )
        if _skip_requested():
            pytest.skip(message)
        # CI must never pass by silently skipping the database tests.
        pytest.fail(message, pytrace=False)
    server = get_server()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    """SQLAlchemy URL of a fresh empty database, dropped after the test."""
    name = pg_server.next_database_name()
    url = pg_server.create_database(name)
    yield url
    if pg_server.running:
        pg_server.drop_database(name)
