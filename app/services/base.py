"""Shared mechanics of the services: lookups by id or slug, optimistic versioned writes."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from app.errors import ConflictError, NotFoundError, ValidationError
from app.locale.i18n import _
from models.tables import utcnow

M = TypeVar("M", bound=SQLModel)

logger = logging.getLogger(__name__)

# The helpers take any table class as ``type[SQLModel]``, whose type does not declare
# the id, version and slug columns every table here has: those accesses carry an
# attr-defined ignore.


def kind_label(model: type[SQLModel]) -> str:
    """The record kind as users call it, translated."""
    labels = {
        "region": _("partner region"),
        "trip": _("trip"),
        "programme_item": _("programme item"),
        "person": _("person"),
        "delegation_member": _("delegation membership"),
        "interpreter_assignment": _("interpreter assignment"),
        "follow_up": _("follow-up action"),
        "agreement": _("agreement"),
        "region_status_change": _("status change"),
    }
    return labels.get(str(getattr(model, "__tablename__", "")), _("record"))


def _table(model: type[SQLModel]) -> str:
    return str(getattr(model, "__tablename__", model.__name__))


def get_or_raise(session: Session, model: type[M], record_id: int) -> M:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(
            _("The {kind} #{id} does not exist (any more).").format(
                kind=kind_label(model), id=record_id
            )
        )
    return obj


def get_for_update(session: Session, model: type[M], record_id: int, changes: dict[str, Any]) -> M:
    """The record a user edits; if someone deleted it meanwhile, a conflict that hands
    the user's changes back (so the edit can be kept as a new record)."""
    obj = session.get(model, record_id)
    if obj is None:
        logger.info("Conflict: %s #%s was deleted by someone else", _table(model), record_id)
        raise ConflictError(
            _(
                "Someone else deleted this {kind} (#{id}) since you opened it. Nothing was "
                "saved; your input can be kept as a new record."
            ).format(kind=kind_label(model), id=record_id),
            current_version=None,
            attempted=changes,
        )
    return obj


def resolve(session: Session, model: type[M], ref: int | str) -> M:
    """A record by numeric id or by slug, as the CLI accepts them."""
    text = str(ref).strip()
    obj: M | None = None
    # ASCII digits only: "²" and "٣" are digits to str.isdigit() but not to int(); and
    # no more than an SQLite integer holds.
    if text.isascii() and text.isdigit() and len(text) <= 18:
        obj = session.get(model, int(text))
    if obj is None and hasattr(model, "slug"):
        obj = session.scalars(select(model).where(model.slug == text)).first()  # type: ignore[attr-defined]
    if obj is None:
        raise NotFoundError(_("Unknown {kind} '{ref}'.").format(kind=kind_label(model), ref=text))
    return obj


def slugify(text: str, *, fallback: str = "item") -> str:
    """A short ASCII name for URLs and the CLI: 'Hokkaidō 2026' → 'hokkaido-2026'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")
    return slug or fallback


def unique_slug(session: Session, model: type[SQLModel], base: str) -> str:
    slug = base
    n = 2
    while session.scalars(select(model.id).where(model.slug == slug)).first() is not None:  # type: ignore[attr-defined]
        slug = f"{base}-{n}"
        n += 1
    return slug


def ensure_slug_free(
    session: Session, model: type[SQLModel], slug: str, *, own_id: int | None = None
) -> None:
    row = session.scalars(select(model).where(model.slug == slug)).first()  # type: ignore[attr-defined]
    if row is not None and row.id != own_id:  # type: ignore[attr-defined]
        raise ValidationError(
            {"slug": _("The short name '{slug}' is already used.").format(slug=slug)}
        )


def _conflict(
    session: Session,
    model: type[SQLModel],
    record_id: int,
    expected: int,
    attempted: dict[str, Any] | None = None,
) -> None:
    version = session.scalar(
        select(model.version).where(model.id == record_id)  # type: ignore[attr-defined]
    )
    logger.info(
        "Conflict: %s #%s expected at version %s, saved version %s",
        _table(model),
        record_id,
        expected,
        "none (deleted)" if version is None else version,
    )
    if version is None:
        raise ConflictError(
            _(
                "Someone else deleted this {kind} (#{id}) since you opened it. Nothing was "
                "saved; your input can be kept as a new record."
            ).format(kind=kind_label(model), id=record_id),
            current_version=None,
            attempted=attempted,
        )
    raise ConflictError(
        _(
            "Someone else changed this {kind} since you opened it (your version {mine}, "
            "saved version {theirs}). Nothing was overwritten: reload it and apply your "
            "change again."
        ).format(kind=kind_label(model), mine=expected, theirs=version),
        current_version=int(version),
        attempted=attempted,
    )


def versioned_update(
    session: Session,
    model: type[M],
    record_id: int,
    expected_version: int,
    values: dict[str, Any],
) -> M:
    """UPDATE … WHERE id = ? AND version = ?: the check and the write are one statement,
    so two users saving at the same moment cannot both win, on SQLite and PostgreSQL."""
    stmt = (
        update(model)
        .where(model.id == record_id, model.version == expected_version)  # type: ignore[attr-defined]
        .values(**values, version=model.version + 1, updated_at=utcnow())  # type: ignore[attr-defined]
        .execution_options(synchronize_session=False)
    )
    try:
        # An UPDATE's result is a CursorResult (it has a rowcount); the stubs say Result.
        result = cast(CursorResult[Any], session.execute(stmt))
    except IntegrityError as exc:
        raise integrity_message(exc) from exc
    if result.rowcount != 1:
        _conflict(session, model, record_id, expected_version, values)
    obj = session.get(model, record_id, populate_existing=True)
    assert obj is not None
    return obj


def bump_version(session: Session, model: type[SQLModel], record_id: int) -> None:
    """Mark a record changed without a version check (a child row of it changed)."""
    session.execute(
        update(model)
        .where(model.id == record_id)  # type: ignore[attr-defined]
        .values(version=model.version + 1, updated_at=utcnow())  # type: ignore[attr-defined]
        .execution_options(synchronize_session=False)
    )


def bump_to(session: Session, model: type[SQLModel], record_id: int, version: int) -> None:
    """Raise a record's version to ``version`` (never lower it), e.g. to an imported
    calendar SEQUENCE + 1, so that what is exported next is not older for calendars."""
    session.execute(
        update(model)
        .where(model.id == record_id, model.version < version)  # type: ignore[attr-defined]
        .values(version=version)
        .execution_options(synchronize_session=False)
    )


def versioned_delete(
    session: Session, model: type[SQLModel], record_id: int, expected_version: int
) -> None:
    stmt = (
        delete(model)
        .where(
            model.id == record_id,  # type: ignore[attr-defined]
            model.version == expected_version,  # type: ignore[attr-defined]
        )
        .execution_options(synchronize_session=False)
    )
    try:
        result = cast(CursorResult[Any], session.execute(stmt))
    except IntegrityError as exc:
        raise ValidationError(
            {
                "id": _("This {kind} is still in use and cannot be deleted.").format(
                    kind=kind_label(model)
                )
            }
        ) from exc
    if result.rowcount != 1:
        _conflict(session, model, record_id, expected_version)


def integrity_message(exc: IntegrityError) -> ValidationError:
    text = str(exc.orig).lower()
    if "slug" in text and "unique" in text or "duplicate" in text and "slug" in text:
        return ValidationError({"slug": _("This short name is already used.")})
    if "unique" in text or "duplicate" in text:
        return ValidationError({"id": _("This entry exists already.")})
    if "foreign key" in text:
        return ValidationError({"id": _("A referenced record does not exist (any more).")})
    return ValidationError({"id": _("The change violates a database rule.")})


def flush_or_explain(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError as exc:
        raise integrity_message(exc) from exc


def insert_record(session: Session, model: type[M], clean: dict[str, Any]) -> M:
    """Add a validated record (slug checked first for a clear message)."""
    if "slug" in clean:
        ensure_slug_free(session, model, clean["slug"])
    obj = model(**clean)
    session.add(obj)
    flush_or_explain(session)
    return obj


def update_record(
    session: Session,
    model: type[M],
    record_id: int,
    expected_version: int,
    changes: dict[str, Any],
    fields: tuple[str, ...],
    clean: Callable[[dict[str, Any]], dict[str, Any]],
) -> M:
    """Merge ``changes`` into the stored record, validate the whole, save with the version check."""
    current = get_for_update(session, model, record_id, changes)
    values = clean({f: getattr(current, f) for f in fields} | changes)
    if "slug" in values:
        ensure_slug_free(session, model, values["slug"], own_id=record_id)
    return versioned_update(session, model, record_id, expected_version, values)
