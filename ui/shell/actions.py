"""The window's actions and menus (File, Edit, View, Trip, Export, Language, Help),
with shortcuts and texts in the current language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from app.locale.i18n import _
from app.locale.languages import LANGUAGE_NAMES, languages_label
from ui.shell.language import ITINERARY_LANGUAGES
from ui.shell.sidebar import SECTIONS, section_title

TRIP_TABS = ("programme", "delegation", "interpreting", "checks", "follow_ups")


class WindowActions:
    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        self.window = window
        self.stack = stack
        self.all: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self._texts: dict[str, Callable[[], str]] = {}
        a = self._action
        a("new_trip", lambda: _("New trip…"))
        a("open_db", lambda: _("Open database…"), QKeySequence.StandardKey.Open)
        a("connect_pg", lambda: _("Connect to PostgreSQL…"))
        a("load_demo", lambda: _("Load demo data"))
        a("quit", lambda: _("Quit"), QKeySequence.StandardKey.Quit)
        a("undo", lambda: _("Undo"), QKeySequence.StandardKey.Undo)
        a("redo", lambda: _("Redo"), QKeySequence("Ctrl+Shift+Z"))
        self.all["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        a("new", lambda: _("New…"), QKeySequence.StandardKey.New)
        a("edit", lambda: _("Edit…"), QKeySequence("F2"))
        a("duplicate", lambda: _("Duplicate item"), QKeySequence("Ctrl+D"))
        a("cancel_item", lambda: _("Cancel or reinstate item"), QKeySequence("Ctrl+K"))
        a("delete", lambda: _("Delete"), QKeySequence.StandardKey.Delete)
        a("follow_up", lambda: _("New follow-up action from item…"))
        a("find", lambda: _("Find"), QKeySequence.StandardKey.Find)
        for n, section in enumerate(SECTIONS, start=1):
            a(f"view_{section}", lambda s=section: section_title(s), QKeySequence(f"Ctrl+{n}"))
        a("reload", lambda: _("Reload"), QKeySequence.StandardKey.Refresh)
        a("edit_trip", lambda: _("Edit trip…"))
        tab_texts: dict[str, Callable[[], str]] = {
            "programme": lambda: _("Programme"),
            "delegation": lambda: _("Delegation"),
            "interpreting": lambda: _("Interpreting"),
            "checks": lambda: _("Checks"),
            "follow_ups": lambda: _("Follow-ups"),
        }
        for n, tab in enumerate(TRIP_TABS, start=1):
            a(f"tab_{tab}", tab_texts[tab], QKeySequence(f"Alt+{n}"))
        a("add_member", lambda: _("Add person to the delegation…"))
        a("assign", lambda: _("Assign interpreter…"))
        for langs in ITINERARY_LANGUAGES:
            key = "-".join(langs)
            a(f"itinerary_{key}", lambda langs=langs: languages_label(langs))
        a("itinerary_person", lambda: _("Itinerary for one person…"))
        for code in LANGUAGE_NAMES:
            a(f"ics_{code}", lambda code=code: LANGUAGE_NAMES[code])
            a(f"dossier_{code}", lambda code=code: LANGUAGE_NAMES[code])
        a("ics_person", lambda: _("Calendar file for one person…"))
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        for code, name in LANGUAGE_NAMES.items():
            action = a(f"lang_{code}", lambda name=name: name)
            action.setCheckable(True)
            action.setData(code)
            self.language_group.addAction(action)
        a("about", lambda: _("About Delegation Planner"))
        a("about_qt", lambda: _("About Qt"))
        self.all["delete"].setShortcuts([QKeySequence(QKeySequence.StandardKey.Delete)])
        self.stack.canUndoChanged.connect(self.all["undo"].setEnabled)
        self.stack.canRedoChanged.connect(self.all["redo"].setEnabled)
        self.stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.all["undo"].setEnabled(False)
        self.all["redo"].setEnabled(False)
        self._build_menus()
        self.retranslate()

    def _action(
        self,
        key: str,
        text: Callable[[], str],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.all[key] = action
        self._texts[key] = text
        return action

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        layout = {
            "file": ["new_trip", None, "open_db", "connect_pg", "load_demo", None, "quit"],
            "edit": [
                "undo",
                "redo",
                None,
                "new",
                "edit",
                "duplicate",
                "cancel_item",
                "delete",
                None,
                "follow_up",
                None,
                "find",
            ],
            "view": [f"view_{s}" for s in SECTIONS] + [None, "reload"],
            "trip": ["edit_trip", None]
            + [f"tab_{t}" for t in TRIP_TABS]
            + [None, "add_member", "assign"],
            "export": ["itinerary", "itinerary_person", None, "ics", "ics_person", None, "dossier"],
            "language": [f"lang_{c}" for c in LANGUAGE_NAMES],
            "help": ["about", "about_qt"],
        }
        for name, entries in layout.items():
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
            for key in entries:
                if key is None:
                    menu.addSeparator()
                elif key in ("itinerary", "ics", "dossier"):
                    sub = menu.addMenu("")
                    sub.setObjectName(f"menu_{key}")
                    self.menus[key] = sub
                    codes = (
                        ["-".join(langs) for langs in ITINERARY_LANGUAGES]
                        if key == "itinerary"
                        else list(LANGUAGE_NAMES)
                    )
                    for code in codes:
                        sub.addAction(self.all[f"{key}_{code}"])
                else:
                    menu.addAction(self.all[key])

    def _update_undo_texts(self) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.all["undo"].setText(_("Undo {action}").format(action=undo) if undo else _("Undo"))
        self.all["redo"].setText(_("Redo {action}").format(action=redo) if redo else _("Redo"))

    def retranslate(self) -> None:
        titles = {
            "file": _("&File"),
            "edit": _("&Edit"),
            "view": _("&View"),
            "trip": _("&Trip"),
            "export": _("E&xport"),
            "language": _("&Language"),
            "help": _("&Help"),
            "itinerary": _("Itinerary PDF"),
            "ics": _("Calendar file (.ics) for the trip"),
            "dossier": _("Partnership dossier PDF"),
        }
        for name, menu in self.menus.items():
            menu.setTitle(titles[name])
        for key, text in self._texts.items():
            self.all[key].setText(text())
        self._update_undo_texts()

    def set_trip_actions_enabled(self, trip_open: bool, on_trip_page: bool) -> None:
        """Trip actions need an open trip; item actions need the trip in view."""
        for key in ("edit_trip", "add_member", "assign", "itinerary_person", "ics_person"):
            self.all[key].setEnabled(trip_open)
        for tab in TRIP_TABS:
            self.all[f"tab_{tab}"].setEnabled(trip_open)
        for sub in ("itinerary", "ics"):
            self.menus[sub].setEnabled(trip_open)
        for key in ("duplicate", "cancel_item", "follow_up"):
            self.all[key].setEnabled(trip_open and on_trip_page)
