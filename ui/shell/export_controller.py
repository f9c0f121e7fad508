"""Export actions: itinerary PDF, iCalendar per trip or person, partnership dossier.

Each asks for a file name, builds the file in a worker thread while a busy progress
dialog shows, writes it atomically, and then offers to open it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from app.atomic import write_atomic
from app.errors import PlannerError
from app.locale.i18n import _, current_language
from app.locale.names import format_name
from app.readers.programme_view import load_trip_programme
from app.services.regions import get_region
from app.services.trips import get_trip
from ui.dialogs.export_dialog import ExportChoice, ExportDialog
from ui.dialogs.messages import ask_yes_no, show_error
from ui.editing.store import Store
from ui.shell.language import ITINERARY_LANGUAGES

HOME_TZ = "Europe/Berlin"

logger = logging.getLogger(__name__)


class ExportController(QObject):
    finished = Signal(str)
    failed = Signal(str)
    _done = Signal(str, str)  # path, error message ("" on success)

    def __init__(self, parent: QWidget, store: Store) -> None:
        super().__init__(parent)
        self.window = parent
        self.store = store
        self.progress: QProgressDialog | None = None
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    # --- the actions -------------------------------------------------------------

    def itinerary(self, trip_id: int, langs: tuple[str, ...]) -> None:
        trip = get_trip(self.store.db, trip_id)
        name = f"{trip.slug}-itinerary-{'-'.join(langs)}.pdf"

        def build() -> bytes:
            from app.pdf.itinerary import build_itinerary_pdf

            return build_itinerary_pdf(self.store.db, trip_id, langs=langs, home_tz=HOME_TZ)

        self._save(name, _("PDF documents (*.pdf)"), build)

    def itinerary_for_person(self, trip_id: int) -> None:
        choice = self._ask_person(trip_id, _("Itinerary for one person"), ITINERARY_LANGUAGES)
        if choice is None:
            return
        trip = get_trip(self.store.db, trip_id)
        name = f"{trip.slug}-itinerary-{choice.person_id}-{'-'.join(choice.langs)}.pdf"

        def build() -> bytes:
            from app.pdf.itinerary import build_itinerary_pdf

            return build_itinerary_pdf(
                self.store.db,
                trip_id,
                person_id=choice.person_id,
                langs=choice.langs,
                home_tz=HOME_TZ,
                include_sensitive=choice.include_sensitive,
            )

        self._save(name, _("PDF documents (*.pdf)"), build)

    def calendar(self, trip_id: int, lang: str) -> None:
        trip = get_trip(self.store.db, trip_id)

        def build() -> bytes:
            from app.ics.export import export_ics

            return export_ics(self.store.db, trip_id, lang=lang)

        self._save(f"{trip.slug}-{lang}.ics", _("iCalendar files (*.ics)"), build)

    def calendar_for_person(self, trip_id: int) -> None:
        choice = self._ask_person(
            trip_id, _("Calendar file for one person"), (("de",), ("en",), ("ja",))
        )
        if choice is None:
            return
        trip = get_trip(self.store.db, trip_id)

        def build() -> bytes:
            from app.ics.export import export_ics

            return export_ics(
                self.store.db,
                trip_id,
                person_id=choice.person_id,
                lang=choice.langs[0],
                include_sensitive=choice.include_sensitive,
            )

        name = f"{trip.slug}-{choice.person_id}-{choice.langs[0]}.ics"
        self._save(name, _("iCalendar files (*.ics)"), build)

    def dossier(self, region_id: int, lang: str) -> None:
        region = get_region(self.store.db, region_id)

        def build() -> bytes:
            from app.pdf.dossier import build_dossier_pdf

            return build_dossier_pdf(self.store.db, region_id, lang=lang)

        self._save(f"{region.slug}-dossier-{lang}.pdf", _("PDF documents (*.pdf)"), build)

    # --- mechanics -----------------------------------------------------------------

    def _ask_person(
        self, trip_id: int, title: str, choices: tuple[tuple[str, ...], ...]
    ) -> ExportChoice | None:
        tp = load_trip_programme(self.store.db, trip_id)
        lang = current_language()
        people = [(int(mv.person.id), format_name(mv.person, lang)) for mv in tp.members]  # type: ignore[arg-type]
        people += [(int(p.id), format_name(p, lang)) for p in tp.interpreters]  # type: ignore[arg-type]
        dialog = ExportDialog(
            self.window, title=title, people=people, language_choices=choices, lang=lang
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def _save(self, suggested: str, file_filter: str, build: Callable[[], bytes]) -> None:
        start = str(Path.home() / suggested)
        path, _selected = QFileDialog.getSaveFileName(self.window, _("Export"), start, file_filter)
        if not path:
            return
        self.progress = QProgressDialog(
            _("Writing {name}…").format(name=Path(path).name), "", 0, 0, self.window
        )
        self.progress.setWindowTitle(_("Export"))
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setValue(0)

        def work() -> None:
            try:
                data = build()
                write_atomic(path, data)
            except PlannerError as exc:
                logger.warning("Export to %s not written: %s", path, exc.message)
                self._done.emit(path, exc.message)
            except ImportError:
                logger.exception("Export to %s not available", path)
                self._done.emit(path, _("This export is not available in this version."))
            except Exception as exc:  # noqa: BLE001 - report, never crash the window
                logger.exception("Export to %s failed", path)
                self._done.emit(path, _("The export failed: {reason}").format(reason=exc))
            else:
                logger.info(
                    "Export written: %s (%s, %d bytes)", path, Path(suggested).suffix[1:], len(data)
                )
                self._done.emit(path, "")

        QThreadPool.globalInstance().start(work)

    def _finish(self, path: str, error: str) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if error:
            show_error(self.window, error)
            self.failed.emit(error)
            return
        if ask_yes_no(self.window, _("Saved {path}.\nOpen it now?").format(path=path)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.finished.emit(path)
