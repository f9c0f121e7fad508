"""Dialog for a venue of the directory: name and address per language, the IANA time
zone its items' times are given in, and optional coordinates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.locale.i18n import _
from app.timeutil import home_timezone
from ui.dialogs.form_errors import add_field_rows
from ui.dialogs.language_tabs import LanguageTabs, TabField
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.layout import add_ok_cancel, fit_dialog

#: Offered in the zone list besides the venue's own and the home zone: the partners'.
COMMON_ZONES = ("Asia/Tokyo", "Europe/London", "UTC")


def _coordinate(text: str) -> float | str | None:
    """The number typed (a decimal comma read as a point: "51,45" → 51.45); None when
    empty; other text as typed, for the service to refuse beside the field."""
    text = text.strip().replace(",", ".").replace("−", "-")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text


class VenueDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        record: Any = None,
        zone: str | None = None,
    ) -> None:
        super().__init__(parent, "venue_dialog", submit, record)
        layout = QVBoxLayout(self)
        self.texts = LanguageTabs(
            "name",
            None,
            self,
            title_label=lambda: _("Name"),
            extra=(TabField("address", lambda: _("Address"), lines=3),),
        )
        self.texts.register_errors(self.errors)
        layout.addWidget(self.texts)
        form = QFormLayout()
        self.zone = QComboBox(self)
        self.zone.setObjectName("timezone")
        self.zone.setEditable(True)
        own = record.timezone if record is not None else (zone or home_timezone())
        for name in dict.fromkeys((own, *COMMON_ZONES, home_timezone())):
            self.zone.addItem(name)
        self.zone.setCurrentText(own)
        self.latitude = QLineEdit(self)
        self.latitude.setObjectName("latitude")
        self.latitude.setPlaceholderText("43.0642")
        self.longitude = QLineEdit(self)
        self.longitude.setObjectName("longitude")
        self.longitude.setPlaceholderText("141.3469")
        self.labels = [QLabel(self) for _n in range(3)]
        add_field_rows(
            form,
            self.errors,
            self,
            zip(
                self.labels,
                (self.zone, self.latitude, self.longitude),
                ("timezone", "latitude", "longitude"),
                strict=True,
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        if record is not None:
            self.texts.set_values(record)
            for edit, value in (
                (self.latitude, record.latitude),
                (self.longitude, record.longitude),
            ):
                edit.setText("" if value is None else f"{value:g}")
        self.retranslate()
        fit_dialog(self, 80, self.texts)

    def retranslate(self) -> None:
        self.setWindowTitle(_("New venue") if self.is_new else _("Edit venue"))
        for lab, text in zip(
            self.labels,
            (_("Time zone"), _("Latitude (optional)"), _("Longitude (optional)")),
            strict=True,
        ):
            lab.setText(text)
        self.zone.setToolTip(
            _("The IANA time zone of the place, e.g. Asia/Tokyo; items held here use it.")
        )
        self.texts.retranslate()

    def values(self) -> dict[str, Any]:
        return {
            **self.texts.values(),
            "timezone": self.zone.currentText().strip(),
            "latitude": _coordinate(self.latitude.text()),
            "longitude": _coordinate(self.longitude.text()),
        }
