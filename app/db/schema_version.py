"""The schema revision this program's migrations end at.

Kept as a constant so that opening a database that is already up to date needs
neither Alembic (slow to import, see benchmarks/RESULTS.md) nor its script folder; a
unit test checks that it names the newest migration in ``app/db/migrations``.
"""

from __future__ import annotations

#: ``revision`` of the newest file in app/db/migrations/versions.
HEAD_REVISION = "0003"
