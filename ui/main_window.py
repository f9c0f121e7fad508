"""The main window: wires views to the database; holds no business logic."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from app.db import Database
from app.i18n import _
from ui.trip_table_model import TripTableModel


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.trip_model = TripTableModel(db, self)
        self.trip_view = QTableView(self)
        self.trip_view.setModel(self.trip_model)
        self.trip_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.trip_view.verticalHeader().setVisible(False)
        self.trip_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.trip_view.horizontalHeader().setStretchLastSection(True)
        self.setCentralWidget(self.trip_view)
        self.resize(1100, 700)
        self.trip_model.reload()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_("Delegation Planner"))
        self.statusBar().showMessage(self.db.display_name)
