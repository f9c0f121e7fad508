"""Dialog for a follow-up action: title, owner and notes per language, region, trip,
due date (follow-ups are internal: they never reach a partner)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _
from app.locale.labels import label
from models.enums import FollowUpStatus
from ui.dialogs.form_errors import add_field_rows
from ui.dialogs.language_tabs import LanguageTabs, TabField
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.layout import add_ok_cancel, fit_dialog

Choice = tuple[int, str]


class FollowUpDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        regions: Sequence[Choice],
        trips: Sequence[Choice],
        record: Any = None,
        defaults: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent, "follow_up_dialog", submit, record)
        layout = QVBoxLayout(self)
        self.texts = LanguageTabs(
            "title",
            None,
            self,
            extra=(
                TabField("owner", lambda: _("Owner")),
                TabField("notes", lambda: _("Notes"), lines=4),
            ),
        )
        self.texts.register_errors(self.errors)
        layout.addWidget(self.texts)
        form = QFormLayout()
        self.region = QComboBox(self)
        for region_id, name in regions:
            self.region.addItem(name, region_id)
        self.trip = QComboBox(self)
        self.trip.addItem("—", None)
        for trip_id, name in trips:
            self.trip.addItem(name, trip_id)
        self.has_due = QCheckBox(self)
        self.due = QDateEdit(QDate.currentDate(), self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.toggled.connect(self.due.setEnabled)
        self.has_due.setChecked(True)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        self.status = QComboBox(self)
        for value in FollowUpStatus:
            self.status.addItem(label(value.value), value.value)
        self.labels = [QLabel(self) for _n in range(4)]
        add_field_rows(
            form,
            self.errors,
            self,
            zip(
                self.labels,
                (self.region, self.trip, due_row, self.status),
                ("region_id", "trip_id", "due", "status"),
                strict=True,
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        self._load(record, defaults or {})
        self.retranslate()
        fit_dialog(self, 90, self.texts)

    def retranslate(self) -> None:
        self.setWindowTitle(
            _("New follow-up action") if self.is_new else _("Edit follow-up action")
        )
        for lab, text in zip(
            self.labels,
            (_("Partner region"), _("Trip"), _("Due"), _("Status")),
            strict=True,
        ):
            lab.setText(text)
        self.has_due.setText(_("Due date"))
        for n in range(self.status.count()):
            self.status.setItemText(n, label(self.status.itemData(n)))
        self.texts.retranslate()

    def _load(self, record: Any, defaults: dict[str, Any]) -> None:
        values = dict(defaults)
        if record is not None:
            values |= {
                k: getattr(record, k)
                for k in ("region_id", "trip_id", "due", "status", *self.texts.values())
            }
        self.texts.set_values(_Values(values))
        self.region.setCurrentIndex(max(0, self.region.findData(values.get("region_id"))))
        self.trip.setCurrentIndex(max(0, self.trip.findData(values.get("trip_id"))))
        due = values.get("due")
        self.has_due.setChecked(record is None or due is not None)
        if isinstance(due, date):
            self.due.setDate(QDate(due.year, due.month, due.day))
        self.status.setCurrentIndex(max(0, self.status.findData(values.get("status", "open"))))

    def values(self) -> dict[str, Any]:
        return {
            **self.texts.values(),
            "region_id": self.region.currentData(),
            "trip_id": self.trip.currentData(),
            "due": self.due.date().toPython() if self.has_due.isChecked() else None,
            "status": self.status.currentData(),
        }


class _Values:
    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:
        return ""
