"""Where a PostgreSQL password lives when the user wants it kept: the password file
libpq reads by itself (``~/.pgpass``, or ``$PGPASSFILE``; ``%APPDATA%\\postgresql\\
pgpass.conf`` on Windows). The program's settings keep the URL without it, so no
password is ever written there, and no new dependency is needed: libpq finds the line
on the next connection, headless too."""

from __future__ import annotations

import os
import pwd
import tempfile
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

#: libpq ignores a password file that its group or others may read.
PRIVATE_MODE = 0o600
DEFAULT_PORT = 5432


def pgpass_path() -> Path:
    """The password file libpq reads for this user."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"]).expanduser()
    if os.name == "nt":  # pragma: no cover - the office runs Linux; libpq's own rule
        return Path(os.environ.get("APPDATA", "~")) / "postgresql" / "pgpass.conf"
    return Path("~/.pgpass").expanduser()


def password_of(url: str) -> str | None:
    """The password written into ``url`` (user part or ``password=``), decoded; None
    also when ``url`` is no URL (the connection then says what is wrong with it)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    query = parsed.query.get("password")
    return parsed.password or (query if isinstance(query, str) else None)


def with_password(url: str, password: str) -> str:
    """``url`` (as :func:`app.db.location.resolve_url` gives it) with ``password``, for
    this session's connection only: never stored. Without a user name SQLAlchemy
    would drop the password; an empty one lets libpq take the login name."""
    parsed = make_url(url)
    parsed = parsed.set(username=parsed.username or "", password=password)
    return parsed.render_as_string(hide_password=False)


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _key(url: URL) -> list[str]:
    """host, port, database and user as libpq matches them: libpq's defaults for what
    the URL leaves out (local socket, 5432, the login name)."""
    host = url.host or url.query.get("host") or "localhost"
    user = url.username or pwd.getpwuid(os.geteuid()).pw_name
    return [
        _escape(str(host)),
        str(url.port or DEFAULT_PORT),
        _escape(url.database or user),
        _escape(user),
    ]


def _split_fields(line: str) -> list[str]:
    """The fields of one password-file line, still escaped (for comparing)."""
    fields, current, escaped = [], "", False
    for char in line:
        if escaped:
            current += "\\" + char
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append(current)
            current = ""
        else:
            current += char
    fields.append(current)
    return fields


def _is_comment(line: str) -> bool:
    return not line.strip() or line.lstrip().startswith("#")


def _matches(line: str, key: list[str]) -> bool:
    fields = _split_fields(line)[:4]
    return len(fields) == 4 and all(f in ("*", k) for f, k in zip(fields, key, strict=True))


def remember_password(url: str, password: str) -> Path:
    """Keep ``password`` for the server, database and user of ``url`` in the password
    file: its line is replaced if there is one, other lines stay. A new file is made
    private (0600); an existing one keeps its mode or is narrowed to 0600, never
    widened. Written to a temporary file and renamed, so a crash leaves the old file.
    OSError if it cannot be written."""
    key = _key(make_url(url))
    path = pgpass_path()
    target = path.resolve() if path.is_symlink() else path
    try:
        old_lines = target.read_text(encoding="utf-8").splitlines()
        mode = target.stat().st_mode & PRIVATE_MODE
    except FileNotFoundError:
        old_lines, mode = [], PRIVATE_MODE
    entry = ":".join([*key, _escape(password)])
    lines = [line for line in old_lines if _is_comment(line) or _split_fields(line)[:4] != key]
    # libpq takes the FIRST line that matches: ours goes before any that would match too
    # (a wildcard line), else at the end.
    place = next(
        (i for i, line in enumerate(lines) if not _is_comment(line) and _matches(line, key)),
        len(lines),
    )
    lines.insert(place, entry)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        os.fchmod(fd, mode)  # before any byte of the password is in it
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path
