"""The window's QActions and menus, made from the table in ``ui.shell.action_ids``:
one QAction per :class:`ActionId`, texts in the current language."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from app.locale.i18n import _
from ui.shell.action_ids import ACTIONS, MENUS, TRIP_TABS, WINDOW_LANGUAGES, ActionId, Menu

#: Need an open trip.
TRIP_ACTIONS = (
    ActionId.EDIT_TRIP,
    ActionId.ADD_MEMBER,
    ActionId.ASSIGN,
    ActionId.ITINERARY_PERSON,
    ActionId.ICS_PERSON,
    *TRIP_TABS,
)
#: Work on the programme item selected in the trip view.
ITEM_ACTIONS = (ActionId.DUPLICATE, ActionId.CANCEL_ITEM, ActionId.FOLLOW_UP)
#: Submenus that need an open trip.
TRIP_MENUS = (Menu.ITINERARY, Menu.ICS)


class WindowActions:
    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        self.window = window
        self.stack = stack
        self.by_id: dict[ActionId, QAction] = {}
        self.menus: dict[Menu, QMenu] = {}
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        for action_id, spec in ACTIONS.items():
            action = QAction(window)
            action.setObjectName(f"action_{action_id}")
            # A standard key the platform leaves undefined (Quit on Windows) is empty.
            keys = [QKeySequence(key) for key in spec.shortcuts]
            action.setShortcuts([key for key in keys if not key.isEmpty()])
            if spec.icon is not None:
                action.setIcon(QIcon.fromTheme(spec.icon))
            action.setCheckable(spec.checkable)
            self.by_id[action_id] = action
        for action_id, code in WINDOW_LANGUAGES.items():
            self.by_id[action_id].setData(code)
            self.language_group.addAction(self.by_id[action_id])
        undo, redo = self.by_id[ActionId.UNDO], self.by_id[ActionId.REDO]
        self.stack.canUndoChanged.connect(undo.setEnabled)
        self.stack.canRedoChanged.connect(redo.setEnabled)
        self.stack.undoTextChanged.connect(lambda _t: self._update_undo_texts())
        self.stack.redoTextChanged.connect(lambda _t: self._update_undo_texts())
        undo.setEnabled(False)
        redo.setEnabled(False)
        self._build_menus()
        self.retranslate()

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        for name, menu_spec in MENUS.items():
            menu = QMenu(self.window)
            menu.setObjectName(f"menu_{name}")
            self.menus[name] = menu
            if menu_spec.parent is None:
                bar.addMenu(menu)
        placed = {name for name, menu_spec in MENUS.items() if menu_spec.parent is None}
        for action_id, spec in ACTIONS.items():
            if spec.menu not in placed:  # a submenu goes where its first entry is
                parent = MENUS[spec.menu].parent
                assert parent is not None
                if MENUS[spec.menu].separator_before:
                    self.menus[parent].addSeparator()
                self.menus[parent].addMenu(self.menus[spec.menu])
                placed.add(spec.menu)
            if spec.separator_before:
                self.menus[spec.menu].addSeparator()
            self.menus[spec.menu].addAction(self.by_id[action_id])

    def _update_undo_texts(self) -> None:
        undo, redo = self.stack.undoText(), self.stack.redoText()
        self.by_id[ActionId.UNDO].setText(
            _("Undo {action}").format(action=undo) if undo else _("Undo")
        )
        self.by_id[ActionId.REDO].setText(
            _("Redo {action}").format(action=redo) if redo else _("Redo")
        )

    def retranslate(self) -> None:
        for name, menu in self.menus.items():
            menu.setTitle(MENUS[name].title())
        for action_id, spec in ACTIONS.items():
            self.by_id[action_id].setText(spec.text())
        self._update_undo_texts()

    def set_trip_actions_enabled(self, trip_open: bool, on_trip_page: bool) -> None:
        """Trip actions need an open trip; item actions need the trip in view."""
        for action_id in TRIP_ACTIONS:
            self.by_id[action_id].setEnabled(trip_open)
        for menu in TRIP_MENUS:
            self.menus[menu].setEnabled(trip_open)
        for action_id in ITEM_ACTIONS:
            self.by_id[action_id].setEnabled(trip_open and on_trip_page)
