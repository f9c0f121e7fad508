"""Figure 7: the query plans of the main list and export queries use indexes.

The statements are the ones the services really send (captured with their
parameters while each service runs against the scale database), so the check
follows the code. For every statement the plan is read — ``EXPLAIN QUERY PLAN`` on
SQLite, ``EXPLAIN (FORMAT JSON)`` on PostgreSQL after ``ANALYZE`` — and a full scan
of a table counts as a violation unless the query lists that whole table anyway
(all trips, all follow-ups …). PostgreSQL is asked with ``enable_seqscan = off``
(as tests/unit/services/test_query_counts.py does): a sequential scan that remains means no
index serves the query; its planner's default choice (sequential scans of tables of
a few hundred rows are cheaper) is reported for information.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text

from app.db.engine import Database

#: Tables small enough at office scale that a sequential scan is the right plan.
SMALL_TABLES = frozenset({"region", "alembic_version"})


@dataclass
class Query:
    name: str
    run: Callable[[Database], object]
    may_scan: frozenset[str] = frozenset()  # tables the query lists completely


@dataclass
class PlanResult:
    name: str
    statements: int
    violations: list[str] = field(default_factory=list)
    plans: list[str] = field(default_factory=list)


def queries(trip_id: int, region_id: int) -> list[Query]:
    from app.checks.find import find_problems
    from app.readers.programme_view import load_trip_programme
    from app.services import followups, people, regions, trips
    from models.enums import FollowUpStatus

    open_statuses = (FollowUpStatus.OPEN.value, FollowUpStatus.IN_PROGRESS.value)
    out = [
        Query(
            "trips (all)", lambda db: trips.list_trips(db), frozenset({"trip", "delegation_member"})
        ),
        Query(
            "trips of a region",
            lambda db: trips.list_trips(db, region_id=region_id),
            frozenset({"delegation_member"}),
        ),
        Query(
            "follow-ups (all)", lambda db: followups.list_follow_ups(db), frozenset({"follow_up"})
        ),
        Query(
            "open follow-ups of a region",
            lambda db: followups.list_follow_ups(db, region_id=region_id, statuses=open_statuses),
        ),
        Query("people (all)", lambda db: people.list_people(db), frozenset({"person"})),
        Query("partner regions (all)", lambda db: regions.list_regions(db), frozenset({"region"})),
        Query("trip programme (exports, trip page)", lambda db: load_trip_programme(db, trip_id)),
        Query(
            "schedule checks of a trip",
            lambda db: find_problems(load_trip_programme(db, trip_id, contacts=False)),
        ),
    ]
    if hasattr(followups, "list_follow_up_summaries"):
        out.append(
            Query(
                "follow-ups (all, summaries)",
                lambda db: followups.list_follow_up_summaries(db),
                frozenset({"follow_up", "region", "trip"}),
            )
        )
    if hasattr(followups, "count_follow_ups"):
        out.append(
            Query(
                "open follow-ups (count)",
                lambda db: followups.count_follow_ups(db, statuses=open_statuses),
                frozenset({"follow_up"}),
            )
        )
    try:
        followups.list_follow_ups(None, trip_id=trip_id)  # type: ignore[arg-type]
    except TypeError:
        pass  # no trip filter in this version
    except Exception:  # noqa: BLE001 — the keyword exists (None is no database)
        out.append(
            Query("follow-ups of a trip", lambda db: followups.list_follow_ups(db, trip_id=trip_id))
        )
    return out


def _capture(db: Database, run: Callable[[Database], object]) -> list[tuple[str, Any]]:
    seen: list[tuple[str, Any]] = []

    def before(_c: Any, _cur: Any, statement: str, parameters: Any, *_a: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        run(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", before)
    return seen


_SQLITE_SCAN = re.compile(r"^SCAN (\w+)(.*)$")


def _sqlite_violations(
    db: Database, statement: str, parameters: Any, may_scan: frozenset[str]
) -> tuple[list[str], str]:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters).all()
    details = [str(r[-1]) for r in rows]
    bad = []
    for detail in details:
        match = _SQLITE_SCAN.match(detail)
        if match and "INDEX" not in match.group(2) and match.group(1) not in may_scan:
            bad.append(detail)
    return bad, " | ".join(details)


def _pg_nodes(node: dict[str, Any]) -> list[dict[str, Any]]:
    out = [node]
    for child in node.get("Plans", []):
        out += _pg_nodes(child)
    return out


def _pg_plan(db: Database, statement: str, parameters: Any, seqscan: bool) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        if not seqscan:
            conn.exec_driver_sql("SET enable_seqscan = off")
        raw = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
        conn.rollback()
    plan = raw if isinstance(raw, list) else json.loads(raw)
    return _pg_nodes(plan[0]["Plan"])


def _pg_violations(
    db: Database, statement: str, parameters: Any, may_scan: frozenset[str]
) -> tuple[list[str], str]:
    """Seq scans that remain with ``enable_seqscan = off``: no index can serve the
    query (the project's unit test asks PostgreSQL the same way). The default plan
    is summarised too — on tables of a few hundred rows the planner rightly scans."""
    nodes = _pg_plan(db, statement, parameters, seqscan=False)
    bad = [
        f"Seq Scan on {n.get('Relation Name')}"
        for n in nodes
        if n.get("Node Type") == "Seq Scan"
        and n.get("Relation Name") not in may_scan | SMALL_TABLES
    ]
    default = _pg_plan(db, statement, parameters, seqscan=True)
    summary = ", ".join(
        f"{n['Node Type']}"
        + (f" on {n['Relation Name']}" if n.get("Relation Name") else "")
        + (f" using {n['Index Name']}" if n.get("Index Name") else "")
        for n in default
        if "Scan" in n["Node Type"]
    )
    return bad, summary


def check(db: Database, trip_id: int, region_id: int) -> list[PlanResult]:
    if not db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    explain = _sqlite_violations if db.is_sqlite else _pg_violations
    results = []
    for query in queries(trip_id, region_id):
        statements = _capture(db, query.run)
        result = PlanResult(query.name, len(statements))
        for statement, parameters in statements:
            bad, summary = explain(db, statement, parameters, query.may_scan)
            result.violations += bad
            result.plans.append(summary)
        results.append(result)
    return results
