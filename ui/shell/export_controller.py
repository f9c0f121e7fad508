"""Runs the exports of :mod:`app.exports.registry` from the window: for the whole trip
or region in a chosen language, or for one person chosen in a dialog.

Each asks for a file name, builds the file in a worker thread while a busy progress
dialog shows, writes it atomically, and then offers to open it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from app.atomic import write_atomic
from app.errors import PlannerError
from app.exports.registry import Exporter, ExportRequest, Option, Scope
from app.locale.i18n import _, current_language
from app.locale.names import format_name
from app.output_paths import check_output_path, database_files
from app.readers.programme_view import load_trip_programme
from app.services.regions import get_region
from app.services.trips import get_trip
from models.enums import Edition
from models.ids import id_of
from ui.dialogs.export_dialog import ExportChoice, ExportDialog, edition_label
from ui.dialogs.messages import ask_yes_no, show_error
from ui.editing.store import Store

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

    def export(
        self,
        target_id: int,
        exporter: Exporter,
        langs: tuple[str, ...],
        edition: Edition = Edition.PARTNER,
    ) -> None:
        """The whole trip or region (as the exporter's scope says) in ``langs``, in the
        edition checked in the Export menu (exporters without editions ignore it)."""
        if Option.EDITION not in exporter.options:
            edition = Edition.PARTNER
        name = exporter.file_name(self._slug(exporter.scope, target_id), langs)
        self._save(exporter, name, ExportRequest(target_id, langs, edition=edition))

    def export_for_person(self, trip_id: int, exporter: Exporter) -> None:
        """One person's programme of the trip; person and language from a dialog."""
        choice = self._ask_person(exporter, trip_id)
        if choice is None:
            return
        name = exporter.file_name(
            self._slug(exporter.scope, trip_id), choice.langs, choice.person_id
        )
        request = ExportRequest(
            trip_id,
            choice.langs,
            person_id=choice.person_id,
            include_sensitive=choice.include_sensitive,
            edition=choice.edition,
        )
        self._save(exporter, name, request)

    # --- mechanics -----------------------------------------------------------------

    def _slug(self, scope: Scope, target_id: int) -> str:
        if scope is Scope.REGION:
            return get_region(self.store.db, target_id).slug
        return get_trip(self.store.db, target_id).slug

    def _ask_person(self, exporter: Exporter, trip_id: int) -> ExportChoice | None:
        tp = load_trip_programme(self.store.db, trip_id)
        lang = current_language()
        people = [(id_of(mv.person), format_name(mv.person, lang)) for mv in tp.members]
        people += [(id_of(p), format_name(p, lang)) for p in tp.interpreters]
        dialog = ExportDialog(
            self.window,
            title=_(exporter.person_title),
            people=people,
            language_choices=exporter.languages,
            lang=lang,
            sensitive_option=Option.SENSITIVE in exporter.options,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def _save(self, exporter: Exporter, suggested: str, request: ExportRequest) -> None:
        file_filter = _(exporter.file_filter)
        if request.edition is Edition.INTERNAL:
            # An internal copy must not be mistaken for the one sent to the partner.
            suggested = suggested.removesuffix(exporter.suffix) + f"-internal{exporter.suffix}"
        start = str(Path.home() / suggested)
        title = _("Export")
        if Option.EDITION in exporter.options:
            # The file dialog says which edition it writes, as the export dialog does.
            title = f"{title} – {edition_label(request.edition)}"
        path, _selected = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
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

        db = self.store.db
        protected = database_files(db)

        def work() -> None:
            try:
                # refused before any work: the database, a device, a link
                check_output_path(path, protected=protected)
                data = exporter.write(db, request)
                write_atomic(path, data, protected=protected, private=request.include_sensitive)
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
                logger.info("Export written: %s (%s, %d bytes)", path, exporter.id, len(data))
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
