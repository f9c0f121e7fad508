from __future__ import annotations

from typing import NamedTuple

import pytest

from app.db.engine import Database
from models.ids import UnsavedRecordError, id_of
from models.tables import Region


def test_a_saved_record_has_its_database_id(db: Database) -> None:
    region = Region(slug="tokachi", country="JP", timezone="Asia/Tokyo")
    with db.session() as session:
        session.add(region)
        session.flush()
        assert id_of(region) == region.id
        assert isinstance(id_of(region), int)


def test_an_unsaved_record_is_refused_with_its_kind_named() -> None:
    with pytest.raises(UnsavedRecordError, match="Region has no id yet"):
        id_of(Region(slug="new", country="JP", timezone="Asia/Tokyo"))


def test_plain_records_with_an_id_field_are_accepted() -> None:
    class PersonRecord(NamedTuple):
        id: int
        family_name: str

    assert id_of(PersonRecord(7, "Kitagawa")) == 7
