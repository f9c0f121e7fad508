"""What the main window gets once its database is open: one object instead of several
attributes that are None until then.

``ui.shell.window_parts`` builds it after the first paint and hands it to the window
(:meth:`MainWindow.attach_context`); the window asks it for the store, the
controllers and new pages. This module itself loads nothing heavy: the frame imports
it before its first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.editing.store import Store
    from ui.pages.page import Page
    from ui.shell.database_controller import DatabaseController
    from ui.shell.export_controller import ExportController
    from ui.shell.page_key import PageKey


@dataclass(frozen=True)
class WindowContext:
    store: Store
    exports: ExportController
    database: DatabaseController
    #: Builds the view for a page the first time it is shown, its signals connected.
    build_page: Callable[[PageKey], Page]
