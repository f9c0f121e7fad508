"""Migration 0003: single-language texts become per-language values, venues become
records, item notes become internal notes; nothing typed before is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import select

from app.db.engine import Database, create_db_engine
from app.db.migrate import migrate_to_head
from app.db.opening import open_database
from models.tables import (
    Agreement,
    DelegationMember,
    FollowUp,
    InterpreterAssignment,
    InterpreterLanguagePair,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Venue,
)

HOKKAIDO = (
    "INSERT INTO region (id, slug, name_de, name_en, name_ja, country, timezone, status,"
    " profile_de, profile_en, profile_ja, version, created_at, updated_at) VALUES"
    " (1, 'hokkaido', 'Hokkaido', 'Hokkaido', '北海道', 'JP', 'Asia/Tokyo', 'partnership',"
    " '', '', '', 1, '2024-07-01 00:00:00', '2024-07-01 00:00:00')"
)
TRIP = (
    "INSERT INTO trip (id, slug, region_id, direction, status, title_de, title_en, title_ja,"
    " start_date, end_date, notes, version, created_at, updated_at) VALUES"
    " (1, 'hk', 1, 'outbound', 'planning', 'Reise', 'Trip', '訪問', '2026-04-13', '2026-04-21',"
    " '', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)
ITEM = (
    "INSERT INTO programme_item (id, trip_id, starts_at, ends_at, timezone, all_day, title_de,"
    " title_en, title_ja, description_de, description_en, description_ja, venue_name,"
    " venue_address, topic, hosts, notes, interpreting_needed, status, version, created_at,"
    " updated_at) VALUES (:id, 1, '2026-04-13 04:30:00', '2026-04-13 05:15:00', 'Asia/Tokyo', false,"
    " 'Ankunft', 'Arrival', '到着', '', '', '', :venue, :address, 'travel', :hosts, :notes, false,"
    " 'planned', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)
PERSON = (
    "INSERT INTO person (id, slug, family_name, given_name, native_name, family_name_first,"
    " title, function_de, function_en, function_ja, organisation, languages, email, phone,"
    " region_id, phone_private, dietary_notes, health_notes, version, created_at, updated_at)"
    " VALUES (:id, :slug, :family, :given, :native, :first, :title, '', '', '', :org, '', '', '',"
    " NULL, '', '', '', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
)
STAMP = "1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'"
LINKS = (
    "INSERT INTO item_attendance (item_id, person_id) VALUES (1, 1), (1, 2), (2, 1)",
    "INSERT INTO delegation_member (id, trip_id, person_id, role, precedence, version,"
    f" created_at, updated_at) VALUES (1, 1, 1, 'head', 1, {STAMP})",
    "INSERT INTO interpreter_assignment (id, item_id, person_id, source, target, version,"
    f" created_at, updated_at) VALUES (1, 2, 3, 'de', 'ja', {STAMP})",
    "INSERT INTO interpreter_language_pair (id, person_id, source, target)"
    " VALUES (1, 3, 'de', 'ja')",
)
AIRPORT = "New Chitose Airport, Domestic Terminal"
AIRPORT_ADDRESS = "Bibi 987-22, Chitose 066-0012, Japan / 〒066-0012 北海道千歳市美々987-22"


def _legacy_sqlite(path: Path) -> Database:
    url = f"sqlite:///{path}"
    db = Database(create_db_engine(url), url)
    migrate_to_head(db, target="0002")
    return db


def _fill(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(HOKKAIDO))
        conn.execute(text(TRIP))
        for id_, hosts, notes in (
            (1, "Speaker of the Hokkaido Prefectural Assembly", "Koffer bis 08:15 in der Lobby"),
            (2, "北海道議会議長", "Dark suit."),
        ):
            conn.execute(
                text(ITEM),
                {"id": id_, "venue": AIRPORT, "address": AIRPORT_ADDRESS, "hosts": hosts,
                 "notes": notes},
            )  # fmt: skip
        conn.execute(
            text(ITEM),
            {"id": 3, "venue": "", "address": "", "hosts": "", "notes": ""},
        )
        conn.execute(
            text(PERSON),
            {"id": 1, "slug": "renate", "family": "Kösterbrink", "given": "Renate",
             "native": "レナーテ・ケスターブリンク", "first": False, "title": None,
             "org": "Regionalverband Ruhr (RVR)"},
        )  # fmt: skip
        conn.execute(
            text(PERSON),
            {"id": 2, "slug": "kitagawa", "family": "Kitagawa", "given": "Masaki",
             "native": "北川 正樹", "first": True, "title": "Dr.", "org": "北海道議会"},
        )  # fmt: skip
        conn.execute(
            text(PERSON),
            {"id": 3, "slug": "yuki", "family": "Tanaka", "given": "Yuki", "native": None,
             "first": True, "title": None, "org": "freiberuflich, Düsseldorf"},
        )  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO agreement (id, region_id, kind, signed_on, place, signatories,"
                " title_de, title_en, title_ja, version, created_at, updated_at) VALUES"
                " (1, 1, 'memorandum', '2024-07-08', 'Sapporo, Hokkaido Prefectural Assembly',"
                " '北川 正樹、レナーテ・ケスターブリンク', '', '', '', 1, '2024-07-08 00:00:00',"
                " '2024-07-08 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO follow_up (id, region_id, item_id, slug, title_de, title_en, title_ja,"
                " owner, status, notes, version, created_at, updated_at) VALUES (1, 1, 1, 'report',"
                " 'Bericht', '', '', 'Team Europa und Internationales', 'open', 'Entwurf bis Mai',"
                " 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        # Rows that point at the items and people whose tables the migration rebuilds.
        for statement in LINKS:
            conn.execute(text(statement))


def _check(db: Database) -> None:
    with db.session() as session:
        venues = session.exec(select(Venue)).all()
        assert len(venues) == 1, "two items at the same place share one venue"
        venue = venues[0]
        assert (venue.name_en, venue.name_de, venue.name_ja) == (AIRPORT, "", "")
        assert venue.address_en == "Bibi 987-22, Chitose 066-0012, Japan"
        assert venue.address_ja == "〒066-0012 北海道千歳市美々987-22"
        assert venue.timezone == "Asia/Tokyo" and venue.slug
        items = {i.id: i for i in session.exec(select(ProgrammeItem)).all()}
        assert items[1].venue_id == items[2].venue_id == venue.id
        assert items[3].venue_id is None
        assert items[1].hosts_en == "Speaker of the Hokkaido Prefectural Assembly"
        assert items[2].hosts_ja == "北海道議会議長" and items[2].hosts_en == ""
        # Old notes may be our logistics: they become internal, never shared.
        assert items[1].internal_notes_de == "Koffer bis 08:15 in der Lobby"
        assert items[2].internal_notes_en == "Dark suit."
        assert all(
            not getattr(i, f"{f}_{c}")
            for i in items.values()
            for f in ("notes", "dress_code", "meeting_point")
            for c in ("de", "en", "ja")
        )
        people = {p.slug: p for p in session.exec(select(Person)).all()}
        assert people["renate"].name_ja == "レナーテ・ケスターブリンク"
        assert people["renate"].native_name is None
        assert people["renate"].organisation_en == "Regionalverband Ruhr (RVR)"
        assert people["kitagawa"].native_name == "北川 正樹" and people["kitagawa"].name_ja == ""
        assert people["kitagawa"].academic_title == "Dr."
        assert people["kitagawa"].organisation_ja == "北海道議会"
        assert people["yuki"].organisation_de == "freiberuflich, Düsseldorf"
        assert people["yuki"].precedence == 100 and people["yuki"].salutation == ""
        agreement = session.exec(select(Agreement)).one()
        assert agreement.place_en == "Sapporo, Hokkaido Prefectural Assembly"
        assert agreement.signatories_ja == "北川 正樹、レナーテ・ケスターブリンク"
        # Rebuilding item and person tables must not cascade into the rows pointing at them.
        assert len(session.exec(select(ItemAttendance)).all()) == 3
        assert session.exec(select(DelegationMember)).one().person_id == 1
        assert session.exec(select(InterpreterAssignment)).one().item_id == 2
        assert len(session.exec(select(InterpreterLanguagePair)).all()) == 1
        follow_up = session.exec(select(FollowUp)).one()
        assert follow_up.item_id == 1
        assert follow_up.owner_de == "Team Europa und Internationales"
        assert follow_up.notes_de == "Entwurf bis Mai"


def test_legacy_sqlite_texts_keep_their_language(tmp_path: Path) -> None:
    path = tmp_path / "legacy.db"
    legacy = _legacy_sqlite(path)
    _fill(legacy)
    legacy.close()
    db = open_database(str(path))
    try:
        _check(db)
    finally:
        db.close()


@pytest.mark.integration
def test_legacy_postgresql_texts_keep_their_language(pg_url: str) -> None:
    legacy = Database(create_db_engine(pg_url), pg_url)
    migrate_to_head(legacy, target="0002")
    _fill(legacy)
    legacy.close()
    db = open_database(pg_url)
    try:
        _check(db)
    finally:
        db.close()
