"""The window's QActions and menus, made from the table in ``ui.shell.action_ids``
(one QAction per :class:`ActionId`) and, for the Export menu, from the exporter
registry (one submenu of languages per exporter, and "… for one person…" where the
exporter offers it). Texts are in the current language."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from app.exports import registry
from app.exports.registry import Exporter, Option, Scope
from app.locale.i18n import _
from app.locale.languages import languages_label
from models.enums import Edition
from ui.dialogs.export_dialog import edition_label
from ui.shell.action_ids import ACTIONS, MENUS, TRIP_TABS, WINDOW_LANGUAGES, ActionId, Menu

#: Need an open trip.
TRIP_ACTIONS = (
    ActionId.EDIT_TRIP,
    ActionId.ADD_MEMBER,
    ActionId.ASSIGN,
    *TRIP_TABS,
)
#: Work on the programme item selected in the trip view.
ITEM_ACTIONS = (ActionId.DUPLICATE, ActionId.CANCEL_ITEM, ActionId.FOLLOW_UP)


class WindowActions:
    def __init__(self, window: QMainWindow, stack: QUndoStack) -> None:
        self.window = window
        self.stack = stack
        self.by_id: dict[ActionId, QAction] = {}
        self.menus: dict[Menu, QMenu] = {}
        #: The exports this window offers: the registry as it was when it was built.
        self.exporters: tuple[Exporter, ...] = tuple(registry.EXPORTERS)
        #: Export actions by key: "itinerary_de-ja", "ics_person" …
        self.export_actions: dict[str, QAction] = {}
        #: One submenu of languages per exporter, by exporter id.
        self.export_menus: dict[str, QMenu] = {}
        #: The edition the Export menu writes: partner (the default) or internal.
        self.edition_group = QActionGroup(window)
        self.edition_group.setExclusive(True)
        self.edition_actions: dict[Edition, QAction] = {}
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
        self._build_export_menu(self.menus[Menu.EXPORT])

    def _build_export_menu(self, menu: QMenu) -> None:
        # The edition first: what the exports below write is decided before choosing one.
        for edition in Edition:
            action = QAction(self.window)
            action.setObjectName(f"action_edition_{edition.value}")
            action.setCheckable(True)
            action.setChecked(edition is Edition.PARTNER)
            self.edition_group.addAction(action)
            self.edition_actions[edition] = action
            menu.addAction(action)
        for exporter in self.exporters:
            menu.addSeparator()
            sub = menu.addMenu("")
            sub.setObjectName(f"menu_{exporter.id}")
            self.export_menus[exporter.id] = sub
            for langs in exporter.languages:
                sub.addAction(self._export_action(f"{exporter.id}_{'-'.join(langs)}"))
            if Option.PERSON in exporter.options:
                menu.addAction(self._export_action(f"{exporter.id}_person"))

    def edition(self) -> Edition:
        """The edition checked in the Export menu (partner unless the user chose internal)."""
        for edition, action in self.edition_actions.items():
            if action.isChecked():
                return edition
        return Edition.PARTNER

    def _export_action(self, key: str) -> QAction:
        action = QAction(self.window)
        action.setObjectName(f"action_{key}")
        self.export_actions[key] = action
        return action

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
        for edition, action in self.edition_actions.items():
            action.setText(edition_label(edition))
        for exporter in self.exporters:
            self.export_menus[exporter.id].setTitle(_(exporter.menu_label))
            for langs in exporter.languages:
                key = f"{exporter.id}_{'-'.join(langs)}"
                self.export_actions[key].setText(languages_label(langs))
            if Option.PERSON in exporter.options:
                self.export_actions[f"{exporter.id}_person"].setText(_(exporter.person_label))
        self._update_undo_texts()

    def set_trip_actions_enabled(self, trip_open: bool, on_trip_page: bool) -> None:
        """Trip actions need an open trip; item actions need the trip in view."""
        for action_id in TRIP_ACTIONS:
            self.by_id[action_id].setEnabled(trip_open)
        for exporter in self.exporters:
            if exporter.scope is Scope.TRIP:
                self.export_menus[exporter.id].setEnabled(trip_open)
                if Option.PERSON in exporter.options:
                    self.export_actions[f"{exporter.id}_person"].setEnabled(trip_open)
        for action_id in ITEM_ACTIONS:
            self.by_id[action_id].setEnabled(trip_open and on_trip_page)
