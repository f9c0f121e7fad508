"""Window measurements, each run in a fresh process by benchmarks.run (PySide6 only here).

    python -m benchmarks.ui_probe startup-floor
    python -m benchmarks.ui_probe startup-app --db FILE
    python -m benchmarks.ui_probe session-floor
    python -m benchmarks.ui_probe session-app --db FILE

``startup-*`` print ``READY <unix time>`` once the window has been painted for the
first time (an application-wide event filter sees the main window's first Paint
event, then a zero timer lets that paint pass finish) and — for the program — its
trip list holds rows; the parent subtracts the moment it started the process.
``startup-app`` then also prints ``WORKING <unix time>`` once the database is open
and the window shows a trip or a list instead of its "opening" page.
``startup-app`` goes through ``ui.shell.application.run_window`` exactly as ``main.py``
does. ``startup-floor`` is a bare PySide6 process showing an empty QMainWindow.

``session-*`` print ``RESULT <json>``: the time to open the follow-ups view and to
apply a text filter (each until the window has repainted), whether the view has
uniform row heights or fetches lazily, the time to visit every view, and the peak
RSS of the process. ``session-floor`` does the same with an empty QTableView.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

#: Matches "Follow-up 12: …", "Follow-up 120…129", "1200…1299", "12000…12999"
#: (about 1,100 of the 50,000 generated follow-up actions).
FILTER_TEXT = "follow-up 12"


def _peak_rss_mb() -> float:
    """Peak resident set size of this process, in MiB.

    Linux's VmHWM (the high-water mark of this process's own memory). getrusage's
    ru_maxrss is not used there: it survives fork and exec, so a child started by a
    large parent (the benchmark runner holds the scale data) reports the parent's size.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# --- startup ---------------------------------------------------------------------


class _FirstPaint(QObject):
    """Calls ``then`` (once) right after the first paint of a QMainWindow."""

    def __init__(self, then: Any) -> None:
        super().__init__()
        self.then = then
        self.seen = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            self.seen = True
            QTimer.singleShot(0, self.then)
        return False


def _main_window(app: QApplication) -> QMainWindow | None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


def trip_rows(window: Any) -> int | None:
    """Rows in the window's trip list (None: no trip list found to ask): the trips in
    the navigation column, or the trips view if the window has already built it
    (asking for a view the window has not built would build it)."""
    counts = []
    built = window.built_pages() if hasattr(window, "built_pages") else []
    trips_view = next((p for p in built if type(p).__name__ == "TripsView"), None)
    model = getattr(trips_view, "model", None)
    if model is not None and hasattr(model, "rowCount"):
        counts.append(model.rowCount())
    sidebar = getattr(window, "sidebar", None)
    tree_model = getattr(sidebar, "model", None)
    if tree_model is not None and hasattr(tree_model, "rowCount"):
        try:
            from ui.shell.sidebar import Section, SectionRole

            for row in range(tree_model.rowCount()):
                node = tree_model.item(row)
                if node is not None and node.data(SectionRole) == Section.TRIPS:
                    counts.append(node.rowCount())
        except ImportError:
            pass
    return max(counts) if counts else None


def startup(mode: str, db: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    deadline = time.monotonic() + 120

    def report() -> None:
        window = _main_window(app)  # type: ignore[arg-type]
        rows = trip_rows(window) if mode == "app" else 0
        if mode == "app" and rows is not None and rows == 0 and time.monotonic() < deadline:
            QTimer.singleShot(5, report)  # shown, but the list is still loading
            return
        print(f"READY {time.time():.6f} {rows if rows is not None else '?'}", flush=True)
        if mode == "app":
            ready_to_work()
        else:
            app.quit()  # type: ignore[union-attr]

    def ready_to_work() -> None:
        """For information: when the database is open and the window has left its
        "opening" page (the last or next trip is shown), i.e. when clicks do work."""
        window = _main_window(app)  # type: ignore[arg-type]
        loading = getattr(window, "loading_page", None)
        page = window.stack.currentWidget() if hasattr(window, "stack") else None
        if (loading is not None and page is loading) and time.monotonic() < deadline:
            QTimer.singleShot(5, ready_to_work)
            return
        print(f"WORKING {time.time():.6f}", flush=True)
        app.quit()  # type: ignore[union-attr]

    watcher = _FirstPaint(report)
    app.installEventFilter(watcher)
    if mode == "floor":
        window = QMainWindow()
        window.show()
        return app.exec()  # type: ignore[union-attr]
    from ui.shell.application import run_window

    return run_window(db, "en")


# --- session: follow-ups view, filter, every view, memory ---------------------------


def _settle(app: QApplication, window: Any) -> None:
    """Handle pending events and repaint now, so a measurement includes the paint."""
    app.processEvents()
    window.repaint()
    app.processEvents()


def _timed(app: QApplication, window: Any, action: Any) -> float:
    started = time.perf_counter()
    action()
    _settle(app, window)
    return time.perf_counter() - started


def session_floor() -> dict[str, Any]:
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QStackedWidget, QTableView

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    stack = QStackedWidget(window)
    stack.addWidget(QLabel("start", stack))
    model = QStandardItemModel(0, 6, window)
    proxy = QSortFilterProxyModel(window)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    table = QTableView(stack)
    table.setModel(proxy)
    stack.addWidget(table)
    window.setCentralWidget(stack)
    window.resize(1360, 820)
    window.show()
    _settle(app, window)
    opened = _timed(app, window, lambda: stack.setCurrentIndex(1))
    filtered = _timed(app, window, lambda: proxy.setFilterFixedString(FILTER_TEXT))
    return {"open": opened, "filter": filtered, "rows": 0, "rss_mb": _peak_rss_mb()}


def session_app(db_path: str) -> dict[str, Any]:
    from app.db.opening import open_database

    notes: list[str] = []
    try:
        from ui.shell.application import create_application

        app = create_application()
    except ImportError:
        app = QApplication.instance() or QApplication(sys.argv)
    try:
        from ui.shell.language import LanguageSwitcher

        switcher: Any = LanguageSwitcher()
        switcher.apply("en")
    except ImportError:
        switcher = None
    database = open_database(db_path)
    try:
        from ui.shell.main_window import MainWindow
        from ui.shell.window_parts import attach
    except Exception as exc:  # noqa: BLE001 — the window may be mid-rewrite
        notes.append(
            f"MainWindow not importable ({type(exc).__name__}: {exc}); "
            "measured the follow-ups view alone"
        )
        return _follow_ups_alone(app, database, notes)

    started = time.perf_counter()
    window = MainWindow(language=switcher) if switcher else MainWindow()
    attach(window, database)
    window.show()
    if hasattr(window, "start"):
        window.start()
    _settle(app, window)
    window_ready = time.perf_counter() - started

    from ui.shell.sidebar import Section
    from ui.trip.tabs import TripTab

    view = getattr(window, "follow_ups_view", None)
    opened = _timed(app, window, lambda: window.sidebar.select(Section.FOLLOW_UPS))
    if view is None or window.stack.currentWidget() is not view:
        notes.append("the follow-ups view did not become the current page")
    shown = view.proxy.rowCount() if view is not None else None
    filtered = _timed(app, window, lambda: window.sidebar.search.setText(FILTER_TEXT))
    matching = view.proxy.rowCount() if view is not None else None
    refined = _timed(app, window, lambda: window.sidebar.search.setText(FILTER_TEXT + "3"))
    cleared = _timed(app, window, lambda: window.sidebar.search.setText(""))
    rows_total = _total_rows(view) if view is not None else None
    traits = _view_traits(view) if view is not None else {}

    # Every view: the sections of the sidebar, then a trip with each of its tabs.
    visits: dict[str, float] = {}
    for section in Section:
        visits[section.value] = _timed(app, window, lambda s=section: window.sidebar.select(s))
    trip_id = None
    trips_view = getattr(window, "trips_view", None)
    if trips_view is not None and trips_view.model.rowCount():
        from ui.models.trip_table_model import TripIdRole

        trip_id = trips_view.model.index(0, 0).data(TripIdRole)
    if trip_id is not None:
        visits["trip"] = _timed(app, window, lambda: window.open_trip(int(trip_id)))
        for n, tab in enumerate(TripTab, start=1):
            visits[f"trip tab {n}"] = _timed(app, window, lambda t=tab: window.show_trip_tab(t))
    visits["back to trips"] = _timed(app, window, lambda: window.sidebar.select(Section.TRIPS))
    window.close()
    database.close()
    return {
        "open": opened,
        "filter": filtered,
        "refine": refined,
        "clear": cleared,
        "rows": rows_total,
        "shown": shown,
        "matching": matching,
        "window_ready": window_ready,
        "visits": visits,
        "traits": traits,
        "rss_mb": _peak_rss_mb(),
        "notes": notes,
    }


def _follow_ups_alone(app: QApplication, database: Any, notes: list[str]) -> dict[str, Any]:
    from PySide6.QtGui import QUndoStack

    from ui.editing.store import Store
    from ui.pages.followups_view import FollowUpsView

    window = QMainWindow()
    window.resize(1360, 820)
    window.show()
    _settle(app, window)
    holder: dict[str, Any] = {}

    def open_view() -> None:
        view = FollowUpsView(Store(database, window), QUndoStack(window), window)
        window.setCentralWidget(view)
        view.reload()
        holder["view"] = view

    opened = _timed(app, window, open_view)
    view = holder["view"]
    filtered = _timed(app, window, lambda: view.set_filter(FILTER_TEXT))
    return {
        "open": opened,
        "filter": filtered,
        "rows": _total_rows(view),
        "matching": view.proxy.rowCount(),
        "traits": _view_traits(view),
        "rss_mb": _peak_rss_mb(),
        "notes": notes,
        "visits": {},
    }


def _total_rows(view: Any) -> int:
    """All rows the view's model holds, shown or filtered out."""
    model = view.model
    return int(model.total_count()) if hasattr(model, "total_count") else model.rowCount()


def _view_traits(view: Any) -> dict[str, Any]:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QHeaderView, QTreeView

    table = getattr(view, "table", None)
    uniform = None
    if isinstance(table, QTreeView):
        uniform = table.uniformRowHeights()
    elif table is not None and table.model() is not None and table.model().rowCount():
        mode = table.verticalHeader().sectionResizeMode(0)
        uniform = mode == QHeaderView.ResizeMode.Fixed
    model = getattr(view, "model", None)
    lazy = None
    if model is not None:
        overrides = type(model).canFetchMore is not type(model).__mro__[1].canFetchMore
        lazy = bool(overrides or model.canFetchMore(QModelIndex()))
    return {"uniform_rows": uniform, "lazy_fetch": lazy}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "mode", choices=["startup-floor", "startup-app", "session-floor", "session-app"]
    )
    parser.add_argument("--db")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.mode.startswith("startup-"):
        return startup(args.mode.split("-", 1)[1], args.db)
    result = session_floor() if args.mode == "session-floor" else session_app(args.db)
    print("RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
