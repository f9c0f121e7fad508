"""An exporter that is not in the product: registered by tests to prove that the CLI,
the Export menu and the export controller follow the registry."""

from __future__ import annotations

from app.db.engine import Database
from app.exports.registry import Exporter, ExportRequest, Option, Scope


def fake_writer(db: Database, request: ExportRequest) -> bytes:
    return repr(request).encode()


FAKE = Exporter(
    id="fake",
    scope=Scope.TRIP,
    suffix=".txt",
    menu_label="Fake list",
    cli_help="a fake list of a trip",
    file_filter="Text files (*.txt)",
    write=fake_writer,
    options=frozenset({Option.PERSON}),
    person_label="Fake list for one person…",
    person_title="Fake list for one person",
    name_part="-fake",
)
