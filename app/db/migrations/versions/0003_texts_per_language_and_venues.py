"""texts per language, venues as records, shared and internal notes, name parts

Every text an export prints now exists in de, en and ja, so that a partner copy can
be printed in the reader's language. Today's single-language values are kept, as
the language they are written in, decided by :func:`written_in`:

- any kana or kanji → ja;
- otherwise German letters (ä ö ü ß) or one of a few frequent German words → de;
- otherwise en.

An address written as "Latin part / 日本語の部分" (the old habit of writing both in one
field) is split: the Japanese part becomes the ja address, the Latin part goes to the
language of the venue's name.

Venues become records: each distinct (name, address, zone) of the programme items is
one venue, which the items then point to. Item notes become *internal* notes: the
program cannot know which of them the partner may read, so none of them reaches a
partner edition until the office moves it to the shared fields. A person's katakana
rendering, typed into the "native script" field so far, moves to ``name_ja`` when the
person is not written family name first (not a Japanese name).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from models.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

LANGS = ("de", "en", "ja")
TITLE = 300
TEXT = 10000

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")
_KATAKANA_NAME = re.compile(r"^[\u30a0-\u30ff\u3000\s・=＝]+$")
_GERMAN_WORDS = re.compile(
    r"\b(der|die|das|und|mit|für|im|bis|über|ein|eine|nicht|auf|zum|zur|vom|bei|nach|"
    r"Herr|Frau|Uhr|freiberuflich)\b",
    re.IGNORECASE,
)


def written_in(text: str) -> str:
    """The language a legacy single-language value is most likely written in."""
    if _JAPANESE.search(text):
        return "ja"
    if re.search(r"[äöüÄÖÜß]", text) or _GERMAN_WORDS.search(text):
        return "de"
    return "en"


def split_address(address: str, name_lang: str) -> dict[str, str]:
    """One legacy address as per-language values ("Latin / 日本語" is split)."""
    parts = [p.strip() for p in address.split(" / ")]
    if len(parts) == 2 and not _JAPANESE.search(parts[0]) and _JAPANESE.search(parts[1]):
        latin = name_lang if name_lang != "ja" else written_in(parts[0])
        return {latin: parts[0], "ja": parts[1]}
    return {written_in(address): address} if address else {}


def slug_for(name: str, taken: set[str]) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:70] or "venue"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    taken.add(slug)
    return slug


def _texts(name: str, length: int) -> list[sa.Column[Any]]:
    return [
        sa.Column(f"{name}_{c}", sa.String(length=length), nullable=False, server_default="")
        for c in LANGS
    ]


def _versioned() -> list[sa.Column[Any]]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    ]


def _add(table: str, columns: list[sa.Column[Any]]) -> None:
    with op.batch_alter_table(table) as batch:
        for column in columns:
            batch.add_column(column)


def _drop(table: str, names: list[str]) -> None:
    with op.batch_alter_table(table) as batch:
        for name in names:
            batch.drop_column(name)


def _spread(conn: sa.Connection, table: str, moves: dict[str, str]) -> None:
    """Copy each legacy column into the per-language column of its language."""
    cols = ", ".join(moves)
    for row in conn.execute(sa.text(f"SELECT id, {cols} FROM {table}")).mappings():
        values = {}
        for old, new in moves.items():
            text = row[old] or ""
            if text:
                values[f"{new}_{written_in(text)}"] = text
        if values:
            sets = ", ".join(f"{k} = :{k}" for k in values)
            conn.execute(
                sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), values | {"id": row["id"]}
            )


def _venues(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT id, venue_name, venue_address, timezone FROM programme_item "
            "WHERE venue_name <> '' OR venue_address <> '' ORDER BY id"
        )
    ).mappings()
    venue_of: dict[tuple[str, str, str], int] = {}
    taken: set[str] = set()
    now = datetime.now(UTC)
    venue = sa.table(
        "venue",
        *[sa.column(n) for n in ("id", "slug", "timezone", "version")],
        sa.column("created_at", UTCDateTime()),
        sa.column("updated_at", UTCDateTime()),
        *[sa.column(f"{f}_{c}") for f in ("name", "address") for c in LANGS],
    )
    for row in list(rows):
        name, address, zone = row["venue_name"] or "", row["venue_address"] or "", row["timezone"]
        key = (name, address, zone)
        if key not in venue_of:
            name_lang = written_in(name) if name else "en"
            values: dict[str, Any] = {
                "slug": slug_for(name or address, taken),
                "timezone": zone,
                "version": 1,
                "created_at": now,
                "updated_at": now,
            }
            if name:
                values[f"name_{name_lang}"] = name
            for lang, text in split_address(address, name_lang).items():
                values[f"address_{lang}"] = text
            result = conn.execute(sa.insert(venue).values(**values).returning(venue.c.id))
            venue_of[key] = int(result.scalar_one())
        conn.execute(
            sa.text("UPDATE programme_item SET venue_id = :v WHERE id = :id"),
            {"v": venue_of[key], "id": row["id"]},
        )


def _katakana_names(conn: sa.Connection) -> None:
    rows = conn.execute(
        sa.text(
            "SELECT id, native_name, family_name_first FROM person WHERE native_name IS NOT NULL"
        )
    ).mappings()
    for row in list(rows):
        if not row["family_name_first"] and _KATAKANA_NAME.match(row["native_name"] or ""):
            conn.execute(
                sa.text(
                    "UPDATE person SET name_ja = native_name, native_name = NULL WHERE id = :id"
                ),
                {"id": row["id"]},
            )


def upgrade() -> None:
    op.create_table(
        "venue",
        *_versioned(),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        *[sa.Column(f"name_{c}", sa.String(length=TITLE), nullable=False) for c in LANGS],
        *[sa.Column(f"address_{c}", sa.String(length=TEXT), nullable=False) for c in LANGS],
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_venue_slug", "venue", ["slug"], unique=True)
    # Name and address columns carry no server default in the models; inserts here
    # give every one of them.
    with op.batch_alter_table("venue") as batch:
        for f in ("name", "address"):
            for c in LANGS:
                batch.alter_column(f"{f}_{c}", server_default="")

    with op.batch_alter_table("programme_item") as batch:
        batch.add_column(sa.Column("venue_id", sa.Integer(), nullable=True))
        for column in [
            *_texts("hosts", TEXT),
            *_texts("dress_code", TITLE),
            *_texts("meeting_point", TEXT),
            *_texts("notes", TEXT),
            *_texts("internal_notes", TEXT),
        ]:
            batch.add_column(column)
        batch.create_index("ix_programme_item_venue_id", ["venue_id"])
        batch.create_foreign_key(
            "fk_programme_item_venue_id_venue", "venue", ["venue_id"], ["id"], ondelete="RESTRICT"
        )
    _add(
        "person",
        [
            sa.Column("name_ja", sa.String(length=TITLE), nullable=False, server_default=""),
            sa.Column("academic_title", sa.String(length=80), nullable=True),
            sa.Column("salutation", sa.String(length=16), nullable=False, server_default=""),
            sa.Column("precedence", sa.Integer(), nullable=False, server_default="100"),
            *_texts("organisation", TITLE),
        ],
    )
    _add("agreement", [*_texts("place", TITLE), *_texts("signatories", TEXT)])
    _add("follow_up", [*_texts("owner", TITLE), *_texts("notes", TEXT)])

    conn = op.get_bind()
    _venues(conn)
    _spread(conn, "programme_item", {"hosts": "hosts", "notes": "internal_notes"})
    conn.execute(sa.text("UPDATE person SET academic_title = title"))
    _katakana_names(conn)
    _spread(conn, "person", {"organisation": "organisation"})
    _spread(conn, "agreement", {"place": "place", "signatories": "signatories"})
    _spread(conn, "follow_up", {"owner": "owner", "notes": "notes"})

    _drop("programme_item", ["venue_name", "venue_address", "hosts", "notes"])
    _drop("person", ["title", "organisation"])
    _drop("agreement", ["place", "signatories"])
    _drop("follow_up", ["owner", "notes"])


def downgrade() -> None:
    raise NotImplementedError("texts per language cannot be folded back into one column")
