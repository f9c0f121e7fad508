"""The window's commands: one QAction per ActionId and per Export menu entry of the
exporter registry, each once in the menu it belongs to, and no shortcut or menu
letter that two commands would fight over (Qt fires neither of two actions that
share a shortcut)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from models.enums import LANGUAGES, Edition
from ui.shell.action_ids import ACTIONS, MENUS, ActionId, Menu
from ui.shell.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def frame(qtbot: Any) -> MainWindow:
    """The window before a database is attached: its menus are already complete."""
    window = MainWindow()
    qtbot.addWidget(window)
    return window


def reachable(menu: QMenu) -> Iterator[tuple[QMenu, QAction]]:
    """Every (menu, action) under ``menu``, submenus included."""
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from reachable(sub)
        elif not action.isSeparator():
            yield menu, action


def test_every_action_id_has_exactly_one_qaction(frame: MainWindow) -> None:
    names = [a.objectName() for a in frame.findChildren(QAction)]
    commands = sorted(n for n in names if n.startswith("action_"))
    exports = frame.menu_actions.export_actions
    editions = [f"action_edition_{edition.value}" for edition in Edition]
    assert commands == sorted(
        [f"action_{action_id}" for action_id in ActionId]
        + [f"action_{key}" for key in exports]
        + editions
    )
    for action_id in ActionId:
        assert frame.action(action_id).objectName() == f"action_{action_id}"
    assert set(ACTIONS) == set(ActionId)


def test_every_action_is_in_its_menu_once(frame: MainWindow) -> None:
    menus = frame.menu_actions.menus
    found: list[tuple[QMenu, QAction]] = []
    for top in frame.menuBar().actions():
        sub = top.menu()
        assert isinstance(sub, QMenu)
        found.extend(reachable(sub))
    actions = [action for _menu, action in found]
    exports = frame.menu_actions.export_actions
    editions = frame.menu_actions.edition_actions
    assert len(actions) == len(set(actions)) == len(ActionId) + len(exports) + len(editions)
    export_menus = [menus[Menu.EXPORT], *frame.menu_actions.export_menus.values()]
    for menu, action in found:
        if action in editions.values():
            assert menu is menus[Menu.EXPORT]  # the edition is chosen in the Export menu
            continue
        key = action.objectName().removeprefix("action_")
        if key in exports:
            assert menu in export_menus, key
            continue
        action_id = ActionId(key)
        assert menu is menus[ACTIONS[action_id].menu], action_id
    assert [a.menu() for a in frame.menuBar().actions()] == [
        menus[name] for name, spec in MENUS.items() if spec.parent is None
    ]


def test_no_two_actions_share_a_shortcut(frame: MainWindow) -> None:
    taken: dict[str, ActionId] = {}
    for action_id in ActionId:
        for key in frame.action(action_id).shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert text, f"{action_id} has an empty shortcut"
            assert text not in taken, f"{text} is both {taken[text]} and {action_id}"
            taken[text] = action_id
    # the ones users are told about
    assert frame.action(ActionId.VIEW_TRIPS).shortcut().toString() == "Ctrl+2"
    assert frame.action(ActionId.TAB_CHECKS).shortcut().toString() == "Alt+4"
    assert [k.toString() for k in frame.action(ActionId.REDO).shortcuts()] == [
        "Ctrl+Shift+Z",
        "Ctrl+Y",
    ]


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("E&xport" → "x"); None without one."""
    match = re.search(r"(?<!&)&([^&])", text)
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_menu_letters_differ_within_each_menu(frame: MainWindow, lang: str) -> None:
    frame.language.apply(lang)
    try:
        for menu in [
            frame.menuBar(),
            *frame.menu_actions.menus.values(),
            *frame.menu_actions.export_menus.values(),
        ]:
            letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
            present = [letter for letter in letters if letter is not None]
            assert len(present) == len(set(present)), (menu.objectName(), letters)
    finally:
        frame.language.apply("en")
