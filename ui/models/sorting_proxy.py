"""A filter proxy that leaves sorting to its source model.

QSortFilterProxyModel sorts by calling lessThan for every comparison, two data()
calls into Python each, so the calls grow with n·log n rows. A source model that
sorts its own rows in one Python pass (``sort(column, order)``) needs none of them;
the proxy then only filters and keeps the source's order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt


class ModelSortingProxy(QSortFilterProxyModel):
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model: Any = self.sourceModel()
        if model is not None and hasattr(model, "sort"):
            model.sort(column, order)


def reorder_rows(
    model: QAbstractItemModel, before: Sequence[Any], reorder: Callable[[], Sequence[Any]]
) -> None:
    """Let ``reorder`` put the model's rows (``before``, as views see them) in a new
    order and return it; selections and other persistent indexes move with their rows."""
    model.layoutAboutToBeChanged.emit()
    old = model.persistentIndexList()
    old_rows = [before[i.row()] for i in old]
    after = reorder()
    position = {id(r): n for n, r in enumerate(after)}
    model.changePersistentIndexList(
        old, [model.index(position[id(r)], i.column()) for i, r in zip(old, old_rows, strict=True)]
    )
    model.layoutChanged.emit()
