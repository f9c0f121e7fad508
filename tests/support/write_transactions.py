"""Counts the transactions that wrote to a database, to check that one user action
(a dialog save, an undo, a redo) is one unit of work.

It observes the engine's own events; nothing is replaced. Reads are not counted:
every service read also ends in a commit, which says nothing about atomicity.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.db.engine import Database

_WRITES = ("INSERT", "UPDATE", "DELETE")


class WriteTransactions:
    def __init__(self) -> None:
        self.committed = 0
        self._writing: set[int] = set()

    def _statement(self, conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(_WRITES):
            self._writing.add(id(conn))

    def _commit(self, conn: Any) -> None:
        if id(conn) in self._writing:
            self._writing.discard(id(conn))
            self.committed += 1

    def _rollback(self, conn: Any) -> None:
        self._writing.discard(id(conn))


@contextmanager
def write_transactions(db: Database) -> Iterator[WriteTransactions]:
    """``.committed``: how many transactions that wrote were committed inside the block."""
    seen = WriteTransactions()
    hooks = (
        ("before_cursor_execute", seen._statement),
        ("commit", seen._commit),
        ("rollback", seen._rollback),
    )
    for name, hook in hooks:
        event.listen(db.engine, name, hook)
    try:
        yield seen
    finally:
        for name, hook in hooks:
            event.remove(db.engine, name, hook)
