"""Benchmarks against the raw libraries underneath, printed as one table.

    python -m benchmarks.run [--quick] [--repeat N] [--output FILE] [--no-postgres]

Every figure is a ratio to a floor measured in the same run (machines are noisy;
ratios are what count), with the absolute times for information; each is the
median of N repeats (default 5). ``--quick`` (CI): one repeat on scale-0.05 data,
no PostgreSQL — it proves the benchmarks run, its timings mean little.

1. Startup: process start → main window painted with the trip list filled, on the
   scale database, vs. a bare PySide6 process showing an empty QMainWindow.
2. ICS export of a 100-item trip vs. icalendar building the same calendar directly.
3. Itinerary PDF of a 100-item trip vs. ReportLab platypus building the same tables.
4. Growth: both exports at 10, 100 and 1,000 items (cost per item at 1,000 vs. at
   100) and their SQL statement counts, which must not grow.
5. The follow-ups view (50,000 rows): opening it and applying a text filter, in
   absolute time, beside an empty QTableView.
6. Peak RSS with the scale database open and every view visited (VmHWM of the
   window's process; getrusage's ru_maxrss would include the runner's own size,
   which a child inherits across fork and exec).
7. The query plans of the main list and export queries use indexes (SQLite, and
   PostgreSQL when its server binaries are installed).
8. The schedule checks over a 30,000-item trip (absolute target 1 s), beside sorting
   its items (benchmarks/checks_figure.py).
9. Importing hostile 5 MB calendar files (a zone with ~300,000 RDATEs; 2,000
   private zones with rules from year 1) through the CLI: worst wall time and peak
   RSS, vs. icalendar parsing a plain file of the same size (benchmarks/ics_import).

A full run writes the table to benchmarks/RESULTS.md (``--output`` elsewhere),
keeping the hand-written performance history at the end of that file.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from benchmarks.checks_figure import fig_checks
from benchmarks.common import Row, kept_history, median, ms, not_available, time_call

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
SIZES = (10, 100, 1000)

T_STARTUP, T_EXPORT, T_GROWTH, T_UI, T_RSS = "≤ 2.0×", "≤ 1.3×", "≤ 1.2×", "≤ 100 ms", "≤ 300 MB"


@dataclass
class Context:
    quick: bool
    repeat: int
    scale: float
    workdir: Path
    db_path: Path
    trips: dict[int, int]  # items → trip id
    region_id: int
    postgres: bool
    log: Callable[[str], None]


# --- helpers ------------------------------------------------------------------------


def _child_env(workdir: Path, run: int) -> dict[str, str]:
    """A clean environment per child: headless Qt, English, settings of its own (so no
    run restores another's last trip), one cache folder shared by all children (a
    user's font cache exists; building it in every child would cost time and memory
    that no real start pays)."""
    home = workdir / f"home-{run}"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "DELEGATION_PLANNER_DB"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        LANGUAGE="en",
        LC_ALL="C.UTF-8",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(workdir / "cache"),
        # Compiled modules as an installed program has them (pip compiles on
        # install), kept in the work folder rather than in the source tree.
        PYTHONPYCACHEPREFIX=str(workdir / "pycache"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    )
    return env


_runs = iter(range(1_000_000))


def _probe(ctx: Context, *args: str, timeout: float = 600) -> tuple[float, str, str]:
    """Run benchmarks.ui_probe in a fresh process; (start time, stdout, stderr)."""
    env = _child_env(ctx.workdir, next(_runs))
    started = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.ui_probe", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"ui_probe {args[0]} exited {proc.returncode}: {tail[:160]}")
    return started, proc.stdout, proc.stderr


def _line(stdout: str, tag: str) -> str:
    for line in stdout.splitlines():
        if line.startswith(tag + " "):
            return line[len(tag) + 1 :]
    raise RuntimeError(f"no {tag} line in the probe's output")


def _missing(module: str) -> str | None:
    """Why ``module`` cannot be imported (None if it can)."""
    try:
        importlib.import_module(module)
    except Exception as exc:  # noqa: BLE001 — any failure means "not ready"
        return f"{module}: {type(exc).__name__}: {str(exc)[:80]}"
    return None


# --- 1 startup ----------------------------------------------------------------------


def fig_startup(ctx: Context) -> list[Row]:
    # Qt widgets are imported only inside the probe process; here only whether the
    # window's module exists.
    if importlib.util.find_spec("ui.shell.application") is None:
        return [not_available("1 startup", T_STARTUP, "ui.shell.application missing")]
    db = str(ctx.db_path)

    working: list[float] = []

    def app_run() -> tuple[float, str]:
        started, out, _err = _probe(ctx, "startup-app", "--db", db)
        stamp, rows = _line(out, "READY").split()[:2]
        try:
            working.append(float(_line(out, "WORKING").split()[0]) - started)
        except RuntimeError:
            pass
        return float(stamp) - started, rows

    def floor_run() -> float:
        started, out, _err = _probe(ctx, "startup-floor")
        return float(_line(out, "READY").split()[0]) - started

    app_run(), floor_run()  # warm the file cache for both
    working.clear()
    ours, floors, ratios, rows = [], [], [], "?"
    for _ in range(ctx.repeat):
        t_app, rows = app_run()
        t_floor = floor_run()
        ours.append(t_app)
        floors.append(t_floor)
        ratios.append(t_app / t_floor)
    ratio = median(ratios)
    row = Row(
        "1 startup (window + trip list)",
        ms(median(ours)),
        ms(median(floors)),
        ratio,
        T_STARTUP,
        ratio <= 2.0,
    )
    row.notes.append(f"trip list rows when first painted: {rows}")
    if working:
        row.notes.append(
            f"database open and a trip shown (clicks work) after "
            f"{ms(median(working))} (for information)"
        )
    return [row]


# --- 2, 3, 4 exports ------------------------------------------------------------------


def _ics_app(ctx: Context, db: object, trip_id: int) -> Callable[[], bytes]:
    from app.ics.export import export_ics

    return lambda: export_ics(db, trip_id, lang="en")  # type: ignore[arg-type]


def _pdf_app(db: object, trip_id: int) -> Callable[[], bytes]:
    from app.pdf.itinerary import build_itinerary_pdf

    return lambda: build_itinerary_pdf(db, trip_id, langs=("en",))  # type: ignore[arg-type]


def _min_seconds(ctx: Context) -> float:
    """How long one timing of an export lasts (many calls averaged): long enough in a
    full run that a scheduler hiccup on a small machine moves the ratio little."""
    return 0.3 if ctx.quick else 1.0


def _paired(
    ctx: Context, ours: Callable[[], object], floor: Callable[[], object], min_seconds: float
) -> tuple[float, float, float, str]:
    """Median (ours, floor, ratio) over the repeats, measured alternately, and the
    range of the repeats' ratios (for the notes)."""
    a, b, r = [], [], []
    ours(), floor()  # warm-up: imports, font registration, caches
    for _ in range(ctx.repeat):
        t_ours = time_call(ours, min_seconds=min_seconds)
        t_floor = time_call(floor, min_seconds=min_seconds)
        a.append(t_ours)
        b.append(t_floor)
        r.append(t_ours / t_floor)
    spread = f"ratio of the {len(r)} repeats {min(r):.2f}–{max(r):.2f}×"
    return median(a), median(b), median(r), spread


def fig_ics(ctx: Context, db: object) -> list[Row]:
    from benchmarks.ics_floor import record

    trip_id = ctx.trips[100]
    ours = _ics_app(ctx, db, trip_id)
    _data, replay = record(ours)
    t_ours, t_floor, ratio, spread = _paired(ctx, ours, replay.build, _min_seconds(ctx))
    row = Row(
        f"2 ICS export ({replay.events} items)",
        ms(t_ours),
        ms(t_floor),
        ratio,
        T_EXPORT,
        ratio <= 1.3,
    )
    row.notes.append(
        "floor: icalendar replaying the export's own add() calls; output "
        f"checked byte-identical; {spread}"
    )
    return [row]


def fig_pdf(ctx: Context, db: object) -> list[Row]:
    reason = _missing("app.pdf.itinerary")
    if reason:
        return [not_available("3 itinerary PDF (100 items)", T_EXPORT, reason)]
    from benchmarks import pdf_floor

    trip_id = ctx.trips[100]
    ours = _pdf_app(db, trip_id)
    doc = pdf_floor.prepare(db, trip_id, pdf_floor.fonts_of_the_program())
    t_ours, t_floor, ratio, spread = _paired(
        ctx, ours, lambda: pdf_floor.build(doc), _min_seconds(ctx)
    )
    row = Row("3 itinerary PDF (100 items)", ms(t_ours), ms(t_floor), ratio, T_EXPORT, ratio <= 1.3)
    row.notes.append(
        f"pages: ours {pdf_floor.page_count(ours())}, floor "
        f"{pdf_floor.page_count(pdf_floor.build(doc))}; {spread}"
    )
    return [row]


def fig_growth(ctx: Context, db: object) -> list[Row]:
    from benchmarks.common import counting_statements as counting

    exports: dict[str, Callable[[int], Callable[[], object]]] = {
        "ICS": lambda trip_id: _ics_app(ctx, db, trip_id)
    }
    pdf_missing = _missing("app.pdf.itinerary")
    if not pdf_missing:
        exports["PDF"] = lambda trip_id: _pdf_app(db, trip_id)
    rows: list[Row] = []
    statement_counts: dict[str, list[int]] = {}
    for kind, make in exports.items():
        per_item: dict[int, list[float]] = {n: [] for n in SIZES}
        calls = {n: make(ctx.trips[n]) for n in SIZES}
        for n in SIZES:
            calls[n]()  # warm-up
        counts = []
        for n in SIZES:
            with counting(db.engine) as statements:  # type: ignore[attr-defined]
                calls[n]()
            counts.append(len(statements))
        statement_counts[kind] = counts
        ratios = []
        for _ in range(ctx.repeat):
            for n in SIZES:
                per_item[n].append(time_call(calls[n], min_seconds=0.2 if n < 1000 else 0) / n)
            ratios.append(per_item[1000][-1] / per_item[100][-1])
        ratio = median(ratios)
        label = "4a growth ICS" if kind == "ICS" else "4b growth PDF"
        row = Row(
            f"{label} (per item 1,000 vs 100)",
            f"{median(per_item[1000]) * 1e3:.2f} ms",
            f"{median(per_item[100]) * 1e3:.2f} ms",
            ratio,
            T_GROWTH,
            ratio <= 1.2,
        )
        row.notes.append(
            "whole export: "
            + ", ".join(f"{n:,} items {ms(median(per_item[n]) * n)}" for n in SIZES)
        )
        rows.append(row)
    if pdf_missing:
        rows.append(not_available("4b growth PDF (per item 1,000 vs 100)", T_GROWTH, pdf_missing))
    flat = {kind: counts for kind, counts in statement_counts.items()}
    constant = all(len(set(c)) == 1 for c in flat.values())
    ours = "; ".join(f"{k} {'/'.join(map(str, c))}" for k, c in flat.items())
    growth = max(c[-1] / c[0] for c in flat.values())
    row = Row(
        "4c SQL statements per export (10/100/1,000 items)", ours, "—", growth, "constant", constant
    )
    rows.append(row)
    return rows


# --- 5, 6 window session ----------------------------------------------------------------


def fig_session(ctx: Context) -> list[Row]:
    names = (
        "5a follow-ups view: open",
        "5b follow-ups view: text filter",
        "6 peak RSS, every view visited",
    )
    targets = (T_UI, T_UI, T_RSS)
    reason = None if importlib.util.find_spec("ui.pages.followups_view") else "ui missing"
    if reason:
        return [not_available(n, t, reason) for n, t in zip(names, targets, strict=True)]
    ours: list[dict] = []
    floors: list[dict] = []
    db = str(ctx.db_path)
    _probe(ctx, "session-floor")  # warm-up: file and font caches
    for _ in range(ctx.repeat):
        ours.append(json.loads(_line(_probe(ctx, "session-app", "--db", db)[1], "RESULT")))
        floors.append(json.loads(_line(_probe(ctx, "session-floor")[1], "RESULT")))

    def med(results: list[dict], key: str) -> float:
        return median([float(r[key]) for r in results])

    last = ours[-1]
    traits = last.get("traits", {})
    shape = (
        f"uniform row heights: {_yes_no(traits.get('uniform_rows'))}, lazy fetch: "
        f"{_yes_no(traits.get('lazy_fetch'))}"
    )
    rows_note = f"{last.get('rows') or 0:,} rows"
    opened, filtered = med(ours, "open"), med(ours, "filter")
    f_open, f_filter = med(floors, "open"), med(floors, "filter")
    r_open = Row(
        names[0], f"{ms(opened)} ({rows_note})", ms(f_open), opened / f_open, T_UI, opened <= 0.1
    )
    r_open.notes.append(shape)
    if "window_ready" in last:
        r_open.notes.append(f"main window built and started in {ms(med(ours, 'window_ready'))}")
    r_filter = Row(
        names[1],
        f"{ms(filtered)} ({last.get('matching', '?')} match)",
        ms(f_filter),
        filtered / f_filter,
        T_UI,
        filtered <= 0.1,
    )
    extra = [f"{k} {ms(med(ours, k))}" for k in ("refine", "clear") if k in last]
    if extra:
        r_filter.notes.append("then " + ", ".join(extra))
    rss, f_rss = med(ours, "rss_mb"), med(floors, "rss_mb")
    r_rss = Row(names[2], f"{rss:.0f} MB", f"{f_rss:.0f} MB", rss / f_rss, T_RSS, rss <= 300)
    visits = last.get("visits") or {}
    if visits:
        slow = sorted(visits.items(), key=lambda kv: -kv[1])[:3]
        r_rss.notes.append(
            f"{len(visits)} views visited; slowest: " + ", ".join(f"{k} {ms(v)}" for k, v in slow)
        )
    for note in last.get("notes", []):
        r_open.notes.append(note)
    return [r_open, r_filter, r_rss]


def _fig_ics_import(ctx: Context) -> list[Row]:
    from benchmarks.ics_import import fig_ics_import

    return fig_ics_import(ROOT, ctx.workdir, _child_env(ctx.workdir, next(_runs)), ctx.repeat)


def _yes_no(value: object) -> str:
    return {True: "yes", False: "no"}.get(value, "unknown")  # type: ignore[arg-type]


# --- 7 query plans ------------------------------------------------------------------------


def _plan_row(label: str, results: list) -> Row:
    bad = [(r.name, v) for r in results for v in r.violations]
    total = sum(r.statements for r in results)
    row = Row(
        label,
        f"{len(results) - len({n for n, _ in bad})}/{len(results)} queries "
        f"({total} statements) indexed",
        "—",
        None,
        "all",
        not bad,
    )
    for name, violation in bad:
        row.notes.append(f"{name}: {violation}")
    return row


def fig_plans_sqlite(ctx: Context, db: object) -> list[Row]:
    from benchmarks.plans import check

    return [_plan_row("7 query plans (SQLite)", check(db, ctx.trips[100], ctx.region_id))]  # type: ignore[arg-type]


def fig_plans_postgres(ctx: Context) -> list[Row]:
    label = "7 query plans (PostgreSQL)"
    if not ctx.postgres:
        return [not_available(label, "all", "skipped" + (" in --quick" if ctx.quick else ""))]
    try:
        from tests.support.pg_server import PostgresServer
    except ImportError as exc:
        return [not_available(label, "all", f"tests.support.pg_server: {exc}")]
    from app.db.opening import open_database
    from benchmarks.generate import add_sized_trip, generate
    from benchmarks.plans import check

    try:
        server = PostgresServer().start()
    except Exception as exc:  # noqa: BLE001 — no server binaries, not root-capable …
        return [not_available(label, "all", f"no PostgreSQL server: {str(exc)[:60]}")]
    try:
        db = open_database(server.url)
        generate(db, seed=2026, scale=ctx.scale)
        trip_id = add_sized_trip(db, 100)
        with db.session() as session:
            from models.tables import Trip

            region_id = session.get(Trip, trip_id).region_id  # type: ignore[union-attr]
        row = _plan_row(label, check(db, trip_id, region_id))
        db.close()
        return [row]
    finally:
        server.stop()


# --- machine, table, RESULTS.md -----------------------------------------------------------


def machine() -> list[tuple[str, str]]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    return [
        ("CPU", f"{cpu} × {os.cpu_count()} (nproc {len(os.sched_getaffinity(0))})"),
        ("RAM", ram),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("Qt / PySide6", version("PySide6-Essentials")),
        ("SQLite", sqlite3.sqlite_version),
        ("SQLAlchemy / SQLModel", f"{version('SQLAlchemy')} / {version('sqlmodel')}"),
        ("ReportLab / icalendar", f"{version('reportlab')} / {version('icalendar')}"),
    ]


def _ratio(row: Row) -> str:
    return "—" if row.ratio is None else f"{row.ratio:.2f}×"


def table_text(rows: list[Row]) -> str:
    head = ("figure", "ours", "floor", "ratio", "target", "result")
    data = [(r.figure, r.ours, r.floor, _ratio(r), r.target, r.verdict) for r in rows]
    widths = [max(len(str(x[i])) for x in [head, *data]) for i in range(6)]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(d, widths, strict=True)) for d in data]
    return "\n".join(lines)


def table_markdown(rows: list[Row]) -> str:
    out = ["| figure | ours | floor | ratio | target | result |", "|---|---|---|---|---|---|"]
    out += [
        f"| {r.figure} | {r.ours} | {r.floor} | {_ratio(r)} | {r.target} | {r.verdict} |"
        for r in rows
    ]
    return "\n".join(out)


def notes_text(rows: list[Row]) -> list[str]:
    return [
        f"{r.figure.split()[0]} {r.figure.split(' ', 1)[1]}: {n}" for r in rows for n in r.notes
    ]


def write_results(path: Path, rows: list[Row], ctx: Context, seconds: float) -> None:
    mode = "quick" if ctx.quick else "full"
    lines = [
        "# Benchmark results",
        "",
        f"Latest `python -m benchmarks.run` ({mode} mode, median of {ctx.repeat} repeats, "
        f"data at scale {ctx.scale:g} — scale 1: 50 regions, 200 trips × 100 items, "
        "5,000 people, 50,000 follow-ups — plus trips of 10, 100 and 1,000 items), "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {seconds:.0f} s.",
        "",
        "Ratios are measured in the same run against the floor beside them; absolute "
        "times are for information. Figures 5 and 6 have absolute targets.",
        "",
        table_markdown(rows),
        "",
        "Notes:",
        "",
        *[f"- {n}" for n in notes_text(rows)],
        "",
        "Machine:",
        "",
        *[f"- {k}: {v}" for k, v in machine()],
        "",
        *kept_history(path),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")


# --- main --------------------------------------------------------------------------------


def prepare(ctx_args: argparse.Namespace, workdir: Path, log: Callable[[str], None]) -> Context:
    from app.db.opening import open_database
    from benchmarks.generate import add_sized_trip, generate

    quick = ctx_args.quick
    scale = 0.05 if quick else ctx_args.scale
    repeat = 1 if quick and ctx_args.repeat is None else (ctx_args.repeat or 5)
    db_path = workdir / "scale.db"
    started = time.perf_counter()
    db = open_database(str(db_path))
    counts = generate(db, seed=2026, scale=scale)
    trips = {n: add_sized_trip(db, n) for n in SIZES}
    with db.session() as session:
        from models.tables import Trip

        region_id = int(session.get(Trip, trips[100]).region_id)  # type: ignore[union-attr]
    db.close()
    log(
        f"data: {', '.join(f'{v:,} {k}' for k, v in counts.items())} + trips of "
        f"{'/'.join(map(str, SIZES))} items in {time.perf_counter() - started:.1f} s"
    )
    postgres = not quick and not ctx_args.no_postgres
    return Context(quick, repeat, scale, workdir, db_path, trips, region_id, postgres, log)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 repeat, scale 0.05 (CI)")
    parser.add_argument("--repeat", type=int, default=None, help="repeats (default 5)")
    parser.add_argument("--scale", type=float, default=1.0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="where to write the Markdown table (full mode: "
        "benchmarks/RESULTS.md; quick mode: nowhere)",
    )
    parser.add_argument(
        "--no-postgres", action="store_true", help="skip the PostgreSQL query plans"
    )
    parser.add_argument("--only", default="", help=argparse.SUPPRESS)  # e.g. "2,3"
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    began = time.perf_counter()

    def log(message: str) -> None:
        print(f"[{time.perf_counter() - began:5.1f} s] {message}", file=sys.stderr, flush=True)

    workdir = Path(tempfile.mkdtemp(prefix="dp-bench-"))
    try:
        ctx = prepare(args, workdir, log)
        from app.db.opening import open_database

        db = open_database(str(ctx.db_path))
        figures: list[tuple[str, str, list[tuple[str, str]], Callable[[], list[Row]]]] = [
            (
                "1",
                "startup",
                [("1 startup (window + trip list)", T_STARTUP)],
                lambda: fig_startup(ctx),
            ),
            ("2", "ICS export", [("2 ICS export (100 items)", T_EXPORT)], lambda: fig_ics(ctx, db)),
            (
                "3",
                "itinerary PDF",
                [("3 itinerary PDF (100 items)", T_EXPORT)],
                lambda: fig_pdf(ctx, db),
            ),
            ("4", "growth", [("4 growth", T_GROWTH)], lambda: fig_growth(ctx, db)),
            (
                "5",
                "window session",
                [("5 follow-ups view", T_UI), ("6 peak RSS", T_RSS)],
                lambda: fig_session(ctx),
            ),
            (
                "7",
                "query plans (SQLite)",
                [("7 query plans (SQLite)", "all")],
                lambda: fig_plans_sqlite(ctx, db),
            ),
            (
                "7",
                "query plans (PostgreSQL)",
                [("7 query plans (PostgreSQL)", "all")],
                lambda: fig_plans_postgres(ctx),
            ),
            (
                "8",
                "schedule checks",
                [("8 checks (30,000-item trip)", "≤ 1 s")],
                lambda: fig_checks(ctx.quick, ctx.repeat),
            ),
            (
                "9",
                "ICS import of hostile files",
                [("9 ICS import, hostile 5 MB files (worst)", "≤ 10 s, ≤ 500 MB")],
                lambda: _fig_ics_import(ctx),
            ),
        ]
        only = {s.strip() for s in args.only.split(",") if s.strip()}
        rows: list[Row] = []
        for key, title, fallback, run in figures:
            if only and key not in only and not (key == "5" and "6" in only):
                continue
            log(f"{title} …")
            try:
                rows += run()
            except Exception as exc:  # noqa: BLE001 — one broken figure must not stop the rest
                reason = (
                    f"{type(exc).__name__}: {str(exc).splitlines()[0][:100] if str(exc) else ''}"
                )
                log("".join(traceback.format_exception(exc)[-3:]).rstrip())
                rows += [not_available(name, target, reason) for name, target in fallback]
        db.close()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    seconds = time.perf_counter() - began
    print(table_text(rows))
    notes = notes_text(rows)
    if notes:
        print()
        print("\n".join(f"  {n}" for n in notes))
    print()
    print("machine: " + "; ".join(f"{k} {v}" for k, v in machine()))
    print(f"{'quick' if ctx.quick else 'full'} run, {ctx.repeat} repeat(s), {seconds:.0f} s")
    output = args.output if args.output is not None else (None if ctx.quick else RESULTS)
    if output is not None:
        write_results(output, rows, ctx, seconds)
        print(f"written to {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
