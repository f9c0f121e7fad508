"""Dialog for a partner region: name and profile per language, country, time zone,
relationship status and short name."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any
from zoneinfo import available_timezones

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.locale.i18n import _, pgettext
from app.locale.labels import label
from app.services.base import slugify
from app.timeutil import home_timezone
from models.enums import RelationshipStatus
from ui.dialogs.form_errors import add_field_rows
from ui.dialogs.language_tabs import LanguageTabs
from ui.dialogs.record_dialog import RecordDialog
from ui.widgets.layout import add_ok_cancel, fit_dialog

#: Offered first: the zones of today's partners, then home.
PARTNER_ZONES = ("Asia/Tokyo", "Europe/London")


def zone_choices() -> tuple[str, ...]:
    first = tuple(dict.fromkeys((*PARTNER_ZONES, home_timezone())))
    return first + tuple(z for z in _all_zones() if z not in first)


@cache
def _all_zones() -> tuple[str, ...]:
    """Every named zone, sorted (reading them takes a moment, so once)."""
    return tuple(sorted(z for z in available_timezones() if "/" in z))


class RegionDialog(RecordDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        submit: Callable[[dict[str, Any]], bool],
        record: Any = None,
    ) -> None:
        super().__init__(parent, "region_dialog", submit, record)
        self._slug_edited = not self.is_new
        layout = QVBoxLayout(self)
        self.texts = LanguageTabs(
            "name",
            "profile",
            self,
            title_label=lambda: pgettext("region", "Name"),
            text_label=lambda: _("Profile"),
        )
        self.texts.register_errors(self.errors)
        layout.addWidget(self.texts)
        form = QFormLayout()
        self.country = QLineEdit(self)
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("JP")
        self.timezone = QComboBox(self)
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(zone_choices())
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for value in RelationshipStatus:
            self.status.addItem(label(value.value), value.value)
        self.slug = QLineEdit(self)
        self.slug.setObjectName("slug")
        self.slug.textEdited.connect(lambda _t: setattr(self, "_slug_edited", True))
        self.texts.edited.connect(self._suggest_slug)
        self.labels = [QLabel(self) for _n in range(4)]
        add_field_rows(
            form,
            self.errors,
            self,
            zip(
                self.labels,
                (self.country, self.timezone, self.status, self.slug),
                ("country", "timezone", "status", "slug"),
                strict=True,
            ),
        )
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        add_ok_cancel(self, layout)
        if record is not None:
            self._load(record)
        else:
            self.timezone.setCurrentText("")
        self.retranslate()
        fit_dialog(self, 90, self.texts)

    def retranslate(self) -> None:
        self.setWindowTitle(_("New partner region") if self.is_new else _("Edit partner region"))
        for lab, text in zip(
            self.labels,
            (_("Country"), _("Time zone"), _("Status"), _("Short name")),
            strict=True,
        ):
            lab.setText(text)
        self.country.setToolTip(_("Two-letter ISO code, e.g. JP or GB."))
        self.timezone.setToolTip(_("The IANA time zone of the region, e.g. Asia/Tokyo."))
        self.slug.setToolTip(_("Used in file names and on the command line."))
        self.texts.retranslate()

    def _load(self, record: Any) -> None:
        self.texts.set_values(record)
        self.country.setText(record.country)
        self.timezone.setCurrentText(record.timezone)
        self.status.setCurrentIndex(max(0, self.status.findData(record.status)))
        self.slug.setText(record.slug)

    def _suggest_slug(self) -> None:
        if self._slug_edited:
            return
        values = self.texts.values()
        name = values["name_en"] or values["name_de"] or values["name_ja"]
        self.slug.setText(slugify(name, fallback="region") if name else "")

    def values(self) -> dict[str, Any]:
        return {
            **self.texts.values(),
            "country": self.country.text().strip(),
            "timezone": self.timezone.currentText().strip(),
            "status": self.status.currentData(),
            "slug": self.slug.text().strip(),
        }
