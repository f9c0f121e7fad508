"""People: delegation members, partner-side contacts, interpreters."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select
from sqlmodel import Session, col

from app.db.engine import Database
from app.locale.i18n import _
from app.services.base import (
    flush_or_explain,
    get_or_raise,
    insert_record,
    resolve,
    slugify,
    unique_slug,
    update_record,
    versioned_delete,
    versioned_update,
)
from app.validation import (
    FieldErrors,
    check_choice,
    check_email,
    check_language_code,
    check_language_list,
    check_long_text,
    check_slug,
    check_text,
    check_texts,
)
from models.enums import LANGUAGES, Salutation
from models.ids import id_of
from models.tables import InterpreterLanguagePair, Person, Region

#: (source language, target language), e.g. ("de", "ja").
LanguagePair = tuple[str, str]

PERSON_FIELDS = (
    "slug",
    "family_name",
    "given_name",
    "native_name",
    "name_ja",
    "family_name_first",
    "academic_title",
    "salutation",
    "precedence",
    "function_de",
    "function_en",
    "function_ja",
    "organisation_de",
    "organisation_en",
    "organisation_ja",
    "languages",
    "email",
    "phone",
    "region_id",
    "phone_private",
    "dietary_notes",
    "health_notes",
)


def clean_person(values: dict[str, Any]) -> dict[str, Any]:
    errors = FieldErrors()
    out: dict[str, Any] = {"slug": check_slug(errors, values.get("slug"))}
    out["family_name"] = check_text(
        errors, "family_name", values.get("family_name"), label=_("Family name"), required=True
    )
    out["given_name"] = check_text(
        errors, "given_name", values.get("given_name"), label=_("Given name")
    )
    out["native_name"] = (
        check_text(
            errors, "native_name", values.get("native_name"), label=_("Name in native script")
        )
        or None
    )
    out["name_ja"] = check_text(
        errors, "name_ja", values.get("name_ja"), label=_("Name in katakana")
    )
    for field in ("native_name", "name_ja"):
        if "様" in (out[field] or ""):
            # The program adds 様 where a Japanese reader expects it; typed in, it would
            # appear twice or in the wrong documents.
            errors.add(field, _("Leave out 様: it is added where Japanese documents need it."))
    out["family_name_first"] = bool(values.get("family_name_first", False))
    out["academic_title"] = (
        check_text(
            errors,
            "academic_title",
            values.get("academic_title"),
            label=_("Academic title"),
            max_len=80,
        )
        or None
    )
    out["salutation"] = check_choice(
        errors, "salutation", values.get("salutation", ""), Salutation, label=_("Salutation")
    )
    precedence = values.get("precedence", 100)
    if (
        isinstance(precedence, bool)
        or not isinstance(precedence, int)
        or not 1 <= precedence <= 10_000
    ):
        errors.add("precedence", _("Precedence: enter a whole number from 1 to 10000."))
        precedence = 100
    out["precedence"] = precedence
    for code in LANGUAGES:
        out[f"function_{code}"] = check_text(
            errors, f"function_{code}", values.get(f"function_{code}"), label=_("Function")
        )
    out |= check_texts(errors, values, "organisation", label=_("Organisation"))
    out["languages"] = check_language_list(errors, "languages", values.get("languages"))
    out["email"] = check_email(errors, "email", values.get("email"))
    out["phone"] = check_text(errors, "phone", values.get("phone"), label=_("Phone"), max_len=64)
    out["phone_private"] = check_text(
        errors, "phone_private", values.get("phone_private"), label=_("Private phone"), max_len=64
    )
    out["dietary_notes"] = check_long_text(
        errors, "dietary_notes", values.get("dietary_notes"), label=_("Dietary needs")
    )
    out["health_notes"] = check_long_text(
        errors, "health_notes", values.get("health_notes"), label=_("Health notes")
    )
    region_id = values.get("region_id")
    if region_id is not None and not isinstance(region_id, int):
        errors.add("region_id", _("Choose a partner region or none."))
    out["region_id"] = region_id
    errors.raise_if_any()
    return out


def _clean_with_region(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    clean = clean_person(values)
    if clean["region_id"] is not None:
        get_or_raise(session, Region, clean["region_id"])
    return clean


def insert_person(session: Session, values: dict[str, Any]) -> Person:
    """A new person inside the caller's transaction (a short name made up if none given)."""
    values = dict(values)
    if not values.get("slug"):
        base = slugify(
            f"{values.get('given_name', '')} {values.get('family_name', '')}", fallback="person"
        )
        values["slug"] = unique_slug(session, Person, base)
    return insert_record(session, Person, _clean_with_region(session, values))


def change_person(
    session: Session, person_id: int, expected_version: int, changes: dict[str, Any]
) -> Person:
    """``changes`` merged into the stored person and saved with the version check,
    inside the caller's transaction."""
    return update_record(
        session,
        Person,
        person_id,
        expected_version,
        changes,
        PERSON_FIELDS,
        lambda values: _clean_with_region(session, values),
    )


def create_person(db: Database, **values: Any) -> Person:
    with db.session() as session:
        return insert_person(session, values)


def update_person(db: Database, person_id: int, expected_version: int, **changes: Any) -> Person:
    with db.session() as session:
        return change_person(session, person_id, expected_version, changes)


def add_person(
    db: Database, values: dict[str, Any], *, language_pairs: Iterable[LanguagePair] = ()
) -> Person:
    """A new person with the language pairs they interpret in, all or nothing."""
    pairs = clean_language_pairs(language_pairs)
    with db.session() as session:
        person = insert_person(session, values)
        write_language_pairs(session, id_of(person), pairs)
        return person


def save_person(
    db: Database,
    person_id: int,
    expected_version: int,
    changes: dict[str, Any],
    *,
    language_pairs: Iterable[LanguagePair] | None = None,
) -> Person:
    """Change the person's fields (only those that change) and replace their language
    pairs where given (None: keep them), all or nothing. The version check covers the
    pairs too: two people editing them at once must not silently overwrite each other."""
    pairs = None if language_pairs is None else clean_language_pairs(language_pairs)
    with db.session() as session:
        if changes:
            person = change_person(session, person_id, expected_version, changes)
        else:
            person = versioned_update(session, Person, person_id, expected_version, {})
        if pairs is not None:
            write_language_pairs(session, person_id, pairs)
        return person


def delete_person(db: Database, person_id: int, expected_version: int) -> None:
    with db.session() as session:
        versioned_delete(session, Person, person_id, expected_version)


def get_person(db: Database, ref: int | str) -> Person:
    with db.session() as session:
        return resolve(session, Person, ref)


def list_people(db: Database, *, region_id: int | None = None) -> list[Person]:
    """People by name; ``region_id``: only the partner-side contacts of that region
    (one indexed query instead of loading every person to pick a handful)."""
    stmt = select(Person).order_by(col(Person.family_name), col(Person.given_name), col(Person.id))
    if region_id is not None:
        stmt = stmt.where(col(Person.region_id) == region_id)
    with db.session() as session:
        return list(session.scalars(stmt))


def clean_language_pairs(pairs: Iterable[LanguagePair]) -> list[LanguagePair]:
    """Checked language codes, each pair once; ValidationError under ``pairs``."""
    errors = FieldErrors()
    clean: list[LanguagePair] = []
    for source, target in pairs:
        s = check_language_code(errors, "pairs", source)
        t = check_language_code(errors, "pairs", target)
        if s == t and s:
            errors.add("pairs", _("A language pair needs two different languages."))
        clean.append((s, t))
    errors.raise_if_any()
    return list(dict.fromkeys(clean))


def write_language_pairs(session: Session, person_id: int, pairs: list[LanguagePair]) -> None:
    """Replace the person's language pairs (already cleaned) inside the caller's transaction."""
    session.execute(
        delete(InterpreterLanguagePair).where(col(InterpreterLanguagePair.person_id) == person_id)
    )
    session.add_all(
        InterpreterLanguagePair(person_id=person_id, source=s, target=t) for s, t in pairs
    )
    flush_or_explain(session)


def set_language_pairs(db: Database, person_id: int, pairs: list[tuple[str, str]]) -> None:
    """The language pairs an interpreter works in, replacing the previous ones."""
    clean = clean_language_pairs(pairs)
    with db.session() as session:
        get_or_raise(session, Person, person_id)
        write_language_pairs(session, person_id, clean)


def language_pairs(db: Database) -> dict[int, list[tuple[str, str]]]:
    """person id → language pairs, for every interpreter."""
    out: dict[int, list[tuple[str, str]]] = {}
    with db.session() as session:
        rows = session.execute(
            select(
                col(InterpreterLanguagePair.person_id),
                col(InterpreterLanguagePair.source),
                col(InterpreterLanguagePair.target),
            ).order_by(col(InterpreterLanguagePair.person_id), col(InterpreterLanguagePair.id))
        )
        for person_id, source, target in rows:
            out.setdefault(person_id, []).append((source, target))
    return out


def list_interpreters(db: Database) -> list[Person]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Person)
                .where(col(Person.id).in_(select(col(InterpreterLanguagePair.person_id))))
                .order_by(Person.family_name, Person.given_name)
            )
        )
