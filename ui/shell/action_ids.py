"""Every command of the window's menus, named once.

:class:`ActionId` names each command; :data:`ACTIONS` says, for each, which menu it
sits in, its text (in the current language, asked again on every language switch),
its shortcuts and its icon. The table's order is the order within each menu.
``ui.shell.actions`` makes one QAction per entry; the window finds them with
``window.action(ActionId.X)``, and ``ui.shell.window_parts`` connects each to what
it does.

Commands that come one per section, tab or language (View → Trips, Language →
Deutsch …) each have their own member too; the maps after the enum say what each
stands for. The Export menu is not in this table: ``ui.shell.actions`` builds it
from the exporter registry (``app.exports.registry``), so that a new format needs
no entry here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtGui import QKeySequence

from app.locale.i18n import _
from app.locale.languages import LANGUAGE_NAMES
from models.enums import LANGUAGES
from ui.shell.sidebar import Section, section_title
from ui.trip.tabs import TripTab, trip_tab_title

Key = QKeySequence.StandardKey


class Menu(StrEnum):
    """The menus, in the order of the menu bar."""

    FILE = "file"
    EDIT = "edit"
    VIEW = "view"
    TRIP = "trip"
    EXPORT = "export"
    LANGUAGE = "language"
    HELP = "help"


@dataclass(frozen=True)
class MenuSpec:
    title: Callable[[], str]
    #: The menu this one opens from; None for a menu of the menu bar.
    parent: Menu | None = None
    separator_before: bool = False


MENUS: dict[Menu, MenuSpec] = {
    Menu.FILE: MenuSpec(lambda: _("&File")),
    Menu.EDIT: MenuSpec(lambda: _("&Edit")),
    Menu.VIEW: MenuSpec(lambda: _("&View")),
    Menu.TRIP: MenuSpec(lambda: _("&Trip")),
    Menu.EXPORT: MenuSpec(lambda: _("E&xport")),
    Menu.LANGUAGE: MenuSpec(lambda: _("&Language")),
    Menu.HELP: MenuSpec(lambda: _("&Help")),
}


class ActionId(StrEnum):
    """One member per command. The value names the QAction (``action_<value>``)."""

    NEW_TRIP = "new_trip"
    OPEN_DB = "open_db"
    CONNECT_PG = "connect_pg"
    LOAD_DEMO = "load_demo"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    NEW = "new"
    EDIT = "edit"
    DUPLICATE = "duplicate"
    CANCEL_ITEM = "cancel_item"
    DELETE = "delete"
    FOLLOW_UP = "follow_up"
    FIND = "find"
    VIEW_REGIONS = "view_regions"
    VIEW_TRIPS = "view_trips"
    VIEW_PEOPLE = "view_people"
    VIEW_INTERPRETERS = "view_interpreters"
    VIEW_FOLLOW_UPS = "view_follow_ups"
    VIEW_VENUES = "view_venues"
    RELOAD = "reload"
    EDIT_TRIP = "edit_trip"
    TAB_PROGRAMME = "tab_programme"
    TAB_DELEGATION = "tab_delegation"
    TAB_INTERPRETING = "tab_interpreting"
    TAB_CHECKS = "tab_checks"
    TAB_FOLLOW_UPS = "tab_follow_ups"
    ADD_MEMBER = "add_member"
    ASSIGN = "assign"
    LANG_DE = "lang_de"
    LANG_EN = "lang_en"
    LANG_JA = "lang_ja"
    ABOUT = "about"
    ABOUT_QT = "about_qt"


#: What the commands that come in families stand for. Each family follows its list
#: (sections, tabs, languages); a list entry without a command fails here, at start.
VIEW_SECTIONS: dict[ActionId, Section] = {ActionId(f"view_{s}"): s for s in Section}
TRIP_TABS: dict[ActionId, TripTab] = {ActionId(f"tab_{t}"): t for t in TripTab}
#: The language of the window itself (one of them is checked).
WINDOW_LANGUAGES: dict[ActionId, str] = {ActionId(f"lang_{code}"): code for code in LANGUAGES}

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    menu: Menu
    text: Callable[[], str]
    #: The first is the one the menu shows; the others work as well.
    shortcuts: tuple[Shortcut, ...] = ()
    #: A freedesktop icon-theme name; where the desktop has no such theme, no icon.
    icon: str | None = None
    separator_before: bool = False
    checkable: bool = False


def _spec(
    menu: Menu,
    text: Callable[[], str],
    *shortcuts: Shortcut,
    icon: str | None = None,
    separator_before: bool = False,
    checkable: bool = False,
) -> ActionSpec:
    return ActionSpec(menu, text, shortcuts, icon, separator_before, checkable)


def _in_language(lang: str) -> Callable[[], str]:
    return lambda: LANGUAGE_NAMES[lang]


def _view(n: int, section: Section) -> ActionSpec:
    return _spec(Menu.VIEW, lambda: section_title(section), f"Ctrl+{n}")


def _tab(n: int, tab: TripTab) -> ActionSpec:
    return _spec(Menu.TRIP, lambda: trip_tab_title(tab), f"Alt+{n}", separator_before=n == 1)


A = ActionId

#: Every command, in menu order.
ACTIONS: dict[ActionId, ActionSpec] = {
    # File
    A.NEW_TRIP: _spec(Menu.FILE, lambda: _("New trip…")),
    A.OPEN_DB: _spec(
        Menu.FILE,
        lambda: _("Open database…"),
        Key.Open,
        icon="document-open",
        separator_before=True,
    ),
    A.CONNECT_PG: _spec(Menu.FILE, lambda: _("Connect to PostgreSQL…")),
    A.LOAD_DEMO: _spec(Menu.FILE, lambda: _("Load demo data")),
    A.QUIT: _spec(
        Menu.FILE, lambda: _("Quit"), Key.Quit, icon="application-exit", separator_before=True
    ),
    # Edit
    A.UNDO: _spec(Menu.EDIT, lambda: _("Undo"), Key.Undo, icon="edit-undo"),
    A.REDO: _spec(Menu.EDIT, lambda: _("Redo"), "Ctrl+Shift+Z", "Ctrl+Y", icon="edit-redo"),
    A.NEW: _spec(Menu.EDIT, lambda: _("New…"), Key.New, icon="document-new", separator_before=True),
    A.EDIT: _spec(Menu.EDIT, lambda: _("Edit…"), "F2", icon="document-properties"),
    A.DUPLICATE: _spec(Menu.EDIT, lambda: _("Duplicate item"), "Ctrl+D", icon="edit-copy"),
    A.CANCEL_ITEM: _spec(Menu.EDIT, lambda: _("Cancel or reinstate item"), "Ctrl+K"),
    A.DELETE: _spec(Menu.EDIT, lambda: _("Delete"), Key.Delete, icon="edit-delete"),
    A.FOLLOW_UP: _spec(
        Menu.EDIT, lambda: _("New follow-up action from item…"), separator_before=True
    ),
    A.FIND: _spec(Menu.EDIT, lambda: _("Find"), Key.Find, icon="edit-find", separator_before=True),
    # View
    **{a: _view(n, s) for n, (a, s) in enumerate(VIEW_SECTIONS.items(), start=1)},
    A.RELOAD: _spec(
        Menu.VIEW, lambda: _("Reload"), Key.Refresh, icon="view-refresh", separator_before=True
    ),
    # Trip
    A.EDIT_TRIP: _spec(Menu.TRIP, lambda: _("Edit trip…")),
    **{a: _tab(n, t) for n, (a, t) in enumerate(TRIP_TABS.items(), start=1)},
    A.ADD_MEMBER: _spec(
        Menu.TRIP, lambda: _("Add person to the delegation…"), separator_before=True
    ),
    A.ASSIGN: _spec(Menu.TRIP, lambda: _("Assign interpreter…")),
    # Language
    **{
        a: _spec(Menu.LANGUAGE, _in_language(code), checkable=True)
        for a, code in WINDOW_LANGUAGES.items()
    },
    # Help
    A.ABOUT: _spec(Menu.HELP, lambda: _("About Delegation Planner"), icon="help-about"),
    A.ABOUT_QT: _spec(Menu.HELP, lambda: _("About Qt")),
}
