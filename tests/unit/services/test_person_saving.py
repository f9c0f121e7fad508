"""Saving a person with their language pairs is all or nothing, on a SQLite file and
a PostgreSQL server alike."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.errors import ConflictError, ValidationError
from app.services import people
from tests.support import factories as f
from tests.support.db_dump import table_rows


def _interpreter(db: Database) -> tuple[int, int]:
    person = f.person(db, "Tanaka", "Yuki")
    people.set_language_pairs(db, int(person.id), [("de", "ja")])
    return int(person.id), int(people.get_person(db, int(person.id)).version)


def test_a_new_name_with_an_invalid_language_pair_changes_nothing(any_db: Database) -> None:
    person_id, version = _interpreter(any_db)
    before = table_rows(any_db)
    with pytest.raises(ValidationError) as refused:
        people.save_person(
            any_db, person_id, version, {"family_name": "Suzuki"}, language_pairs=[("de", "de")]
        )
    assert set(refused.value.fields) == {"pairs"}
    assert table_rows(any_db) == before
    assert people.get_person(any_db, person_id).version == version
    saved = people.save_person(
        any_db, person_id, version, {"family_name": "Suzuki"}, language_pairs=[("de", "en")]
    )
    assert (saved.family_name, saved.version) == ("Suzuki", version + 1)
    assert people.language_pairs(any_db)[person_id] == [("de", "en")]


def test_an_invalid_field_keeps_the_old_language_pairs(any_db: Database) -> None:
    person_id, version = _interpreter(any_db)
    before = table_rows(any_db)
    with pytest.raises(ValidationError) as refused:
        people.save_person(
            any_db, person_id, version, {"email": "not an address"}, language_pairs=[("en", "ja")]
        )
    assert set(refused.value.fields) == {"email"}
    assert table_rows(any_db) == before


def test_a_new_person_with_an_unknown_language_is_not_created(any_db: Database) -> None:
    before = table_rows(any_db)
    with pytest.raises(ValidationError, match="Unknown language code"):
        people.add_person(any_db, {"family_name": "Kato"}, language_pairs=[("ja", "xx")])
    assert table_rows(any_db) == before
    created = people.add_person(any_db, {"family_name": "Kato"}, language_pairs=[("ja", "en")])
    assert people.language_pairs(any_db)[int(created.id)] == [("ja", "en")]


def test_language_pairs_alone_are_checked_against_the_version(any_db: Database) -> None:
    """Two people changing an interpreter's pairs at once: the second is told, not lost."""
    person_id, version = _interpreter(any_db)
    people.save_person(any_db, person_id, version, {}, language_pairs=[("en", "ja")])
    with pytest.raises(ConflictError, match="Someone else changed"):
        people.save_person(any_db, person_id, version, {}, language_pairs=[("de", "en")])
    assert people.language_pairs(any_db)[person_id] == [("en", "ja")]
