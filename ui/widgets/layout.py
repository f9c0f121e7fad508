"""Small layout helpers shared by views and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.locale.i18n import current_language
from models.enums import LANGUAGES


def show_text_starts(widget: QWidget) -> None:
    """Line edits show the beginning of long texts (setText leaves the cursor at the end)."""
    for edit in widget.findChildren(QLineEdit):
        edit.setCursorPosition(0)


def share_columns(table: QTableView, stretch: set[int] | tuple[int, ...]) -> None:
    """Columns in ``stretch`` share the width; the others are as wide as their contents
    (of the rows in view and the next 100: measuring every row on each layout pass
    would make a long list slow to appear)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setResizeContentsPrecision(100)
    model = table.model()
    for n in range(model.columnCount() if model is not None else 0):
        mode = (
            QHeaderView.ResizeMode.Stretch
            if n in stretch
            else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(n, mode)


def fit_rows(table: QTableView, *, min_rows: int = 2, max_rows: int = 8) -> None:
    """Height for the table's rows (within limits), so short lists leave no empty box."""
    model = table.model()
    rows = model.rowCount() if model is not None else 0
    shown = max(min_rows, min(rows, max_rows))
    row_height = table.verticalHeader().defaultSectionSize()
    if rows:
        row_height = max(row_height, table.rowHeight(0))
    height = table.horizontalHeader().height() + shown * row_height + 2 * table.frameWidth()
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().height()
    table.setFixedHeight(height + 2)


def make_heading(label: QLabel, scale: float = 1.2) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def add_ok_cancel(dialog: QDialog, layout: QBoxLayout) -> QDialogButtonBox:
    """The dialog's OK/Cancel row (Qt's own, translated buttons) wired to accept/reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return buttons


def fit_dialog(dialog: QDialog, width_em: int, tabs: QTabWidget | None = None) -> None:
    """Text fields show their starts; the dialog is ``width_em`` average characters
    wide (at least as wide as it needs); language tabs open on the program's language."""
    show_text_starts(dialog)
    em = dialog.fontMetrics().averageCharWidth()
    dialog.resize(max(dialog.sizeHint().width(), em * width_em), dialog.sizeHint().height())
    if tabs is not None:
        tabs.setCurrentIndex(LANGUAGES.index(current_language()))
