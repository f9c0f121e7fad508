"""Fills a database with office-scale data, deterministic from a seed.

    python -m benchmarks.generate --db FILE [--seed N] [--scale 1.0] [--sized-trips 10,1000]

At scale 1: 50 regions, 200 trips × 100 programme items (20,000 items), 5,000 people,
2,000 interpreter assignments, 50,000 follow-up actions, with German, English and
Japanese text. Rows go in through bulk inserts (the services' per-record validation
would make generating take minutes); the values respect the same rules.

``--sized-trips`` (or :func:`add_sized_trip`) adds trips of any number of items built
the same way (eight members, three attendees per item, an interpreter on every tenth
item, Europe/London so that the VTIMEZONE has summer time), for the growth benchmark.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert
from sqlmodel import Session

from app.db.engine import Database
from app.db.opening import open_database
from models.tables import (
    DelegationMember,
    FollowUp,
    InterpreterAssignment,
    InterpreterLanguagePair,
    ItemAttendance,
    Person,
    ProgrammeItem,
    Region,
    Trip,
    Venue,
)

ZONES = [
    "Asia/Tokyo",
    "Europe/London",
    "Europe/Berlin",
    "Europe/Paris",
    "America/New_York",
    "Asia/Seoul",
    "Australia/Sydney",
    "Europe/Warsaw",
]
TOPICS = [
    "industrial-heritage",
    "infrastructure",
    "economy",
    "science",
    "education",
    "gender-equality",
    "large-events",
    "elderly-care",
    "site-visit",
    "ceremony",
]
JA_TOPICS = [
    "産業遺産の視察",
    "インフラ維持管理",
    "経済・構造政策",
    "科学・研究",
    "教育交流",
    "男女共同参画",
    "大規模イベント",
    "高齢者介護",
    "現地視察",
    "署名式",
]
DE_TOPICS = [
    "Besichtigung Industriekultur",
    "Unterhaltung der Infrastruktur",
    "Wirtschafts- und Strukturpolitik",
    "Wissenschaft und Forschung",
    "Bildung",
    "Gleichstellung",
    "Großveranstaltungen",
    "Altenpflege",
    "Ortsbesichtigung",
    "Unterzeichnung",
]
FAMILY = [
    "Schmidt",
    "Müller",
    "Weber",
    "Kösterbrink",
    "Brauckmann",
    "Yilmaz",
    "Nowak",
    "Smith",
    "Jones",
    "Taylor",
]
GIVEN = ["Anna", "Jürgen", "Sabine", "Mehmet", "Claudia", "Peter", "Olivia", "James"]
JA_FAMILY = [
    ("Sato", "佐藤"),
    ("Suzuki", "鈴木"),
    ("Takahashi", "高橋"),
    ("Tanaka", "田中"),
    ("Watanabe", "渡辺"),
    ("Ito", "伊藤"),
]
JA_GIVEN = [("Kenichi", "健一"), ("Yuki", "由紀"), ("Hiroshi", "博"), ("Akiko", "明子")]


def _common(now: datetime) -> dict[str, object]:
    return {"version": 1, "created_at": now, "updated_at": now}


def _venues(s: Session, now: datetime) -> list[int]:
    """Seventeen venues of the directory, which the items take turns to use (added once)."""
    select_ids = Venue.__table__.select().with_only_columns(Venue.id).order_by(Venue.id)
    existing = list(s.scalars(select_ids.where(Venue.slug.like("venue-%"))))  # type: ignore[attr-defined]
    if existing:
        return existing
    rows = [
        {
            "slug": f"venue-{v:02d}",
            "name_de": f"Tagungsort {v}",
            "name_en": f"Venue {v}",
            "name_ja": f"会場{v}",
            "address_de": "Kita 6 Nishi 6, Sapporo",
            "address_en": "Kita 6 Nishi 6, Sapporo",
            "address_ja": "札幌市中央区北6条西6丁目",
            "timezone": "Asia/Tokyo",
            **_common(now),
        }
        for v in range(17)
    ]
    s.execute(insert(Venue), rows)
    return list(s.scalars(select_ids))


def _items(
    trip_id: int,
    start: date,
    zone: str,
    n_items: int,
    now: datetime,
    venue_ids: list[int] | None = None,
) -> list[dict[str, object]]:
    """Programme items of one trip: eleven a day from 08:00, 50 minutes each."""
    tz = ZoneInfo(zone)
    items: list[dict[str, object]] = []
    for i in range(n_items):
        day = start + timedelta(days=i // 11)
        local = datetime(day.year, day.month, day.day, 8 + i % 11, 0, tzinfo=tz)
        topic = i % len(TOPICS)
        items.append(
            {
                "trip_id": trip_id,
                "starts_at": local.astimezone(UTC),
                "ends_at": (local + timedelta(minutes=50)).astimezone(UTC),
                "timezone": zone,
                "all_day": False,
                "title_de": f"{DE_TOPICS[topic]} ({i})",
                "title_en": f"{TOPICS[topic].replace('-', ' ').title()} ({i})",
                "title_ja": f"{JA_TOPICS[topic]}（{i}）",
                "description_de": "Gespräch mit den Gastgebern über „Zusammenarbeit“.",
                "description_en": "Talks with the hosts about cooperation.",
                "description_ja": "受入れ側との意見交換。今後の協力について協議する。",
                "venue_id": venue_ids[i % len(venue_ids)] if venue_ids else None,
                "topic": TOPICS[topic],
                "interpreting_needed": i % 5 == 0,
                "status": "planned",
                "external_uid": None,
                **_common(now),
            }
        )
    return items


def generate(db: Database, *, seed: int = 2026, scale: float = 1.0) -> dict[str, int]:
    rng = random.Random(seed)
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    n_regions, n_trips, n_items = int(50 * scale) or 1, int(200 * scale) or 1, 100
    n_people, n_assign, n_follow = int(5000 * scale) or 10, int(2000 * scale), int(50000 * scale)
    counts: dict[str, int] = {}
    with db.session() as s:
        regions = [
            {
                "slug": f"region-{r:03d}",
                "name_de": f"Partnerregion {r}",
                "name_en": f"Partner region {r}",
                "name_ja": f"友好地域{r}",
                "country": rng.choice(["JP", "GB", "FR", "PL", "US", "KR", "AU"]),
                "timezone": ZONES[r % len(ZONES)],
                "status": "partnership",
                "profile_de": "",
                "profile_en": "",
                "profile_ja": "",
                **_common(now),
            }
            for r in range(n_regions)
        ]
        s.execute(insert(Region), regions)
        region_ids = list(s.scalars(Region.__table__.select().with_only_columns(Region.id)))
        zone_of = {rid: regions[n]["timezone"] for n, rid in enumerate(region_ids)}

        people = []
        for p in range(n_people):
            japanese = p % 3 == 0
            if japanese:
                (fam, fam_ja), (giv, giv_ja) = rng.choice(JA_FAMILY), rng.choice(JA_GIVEN)
                native = f"{fam_ja} {giv_ja}"
            else:
                fam, giv, native = rng.choice(FAMILY), rng.choice(GIVEN), None
            people.append(
                {
                    "slug": f"person-{p:05d}",
                    "family_name": fam,
                    "given_name": giv,
                    "native_name": native,
                    "family_name_first": japanese,
                    "academic_title": None,
                    "function_de": "Delegationsmitglied",
                    "function_en": "Delegation member",
                    "function_ja": "団員",
                    "organisation_de": "Regionalverband Ruhr",
                    "organisation_en": "Regionalverband Ruhr",
                    "organisation_ja": "ルール地域連合",
                    "languages": "ja,en" if japanese else "de,en",
                    "email": "",
                    "phone": "",
                    "region_id": None,
                    "phone_private": "+49 201 555 0000",
                    "dietary_notes": "vegetarisch" if p % 7 == 0 else "",
                    "health_notes": "",
                    **_common(now),
                }
            )
        s.execute(insert(Person), people)
        person_ids = list(s.scalars(Person.__table__.select().with_only_columns(Person.id)))
        interpreters = person_ids[:50]
        s.execute(
            insert(InterpreterLanguagePair),
            [{"person_id": pid, "source": "de", "target": "ja"} for pid in interpreters],
        )

        trips = []
        for t in range(n_trips):
            start = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 4400))
            region_id = region_ids[t % n_regions]
            trips.append(
                {
                    "slug": f"trip-{t:04d}",
                    "region_id": region_id,
                    "direction": rng.choice(["outbound", "inbound"]),
                    "status": "done",
                    "title_de": f"Delegationsreise {t}",
                    "title_en": f"Delegation visit {t}",
                    "title_ja": f"代表団訪問 {t}",
                    "start_date": start,
                    "end_date": start + timedelta(days=9),
                    "notes": "",
                    **_common(now),
                }
            )
        s.execute(insert(Trip), trips)
        trip_rows = list(
            s.execute(
                Trip.__table__.select()
                .with_only_columns(Trip.id, Trip.region_id, Trip.start_date)
                .order_by(Trip.id)
            )
        )

        members, items = [], []
        venue_ids = _venues(s, now)
        for trip_id, region_id, start in trip_rows:
            chosen = rng.sample(person_ids[50:], 8)
            members += [
                {
                    "trip_id": trip_id,
                    "person_id": pid,
                    "role": "member",
                    "precedence": n + 1,
                    **_common(now),
                }
                for n, pid in enumerate(chosen)
            ]
            items += _items(trip_id, start, zone_of[region_id], n_items, now, venue_ids)
        s.execute(insert(DelegationMember), members)
        for chunk in range(0, len(items), 5000):
            s.execute(insert(ProgrammeItem), items[chunk : chunk + 5000])
        item_rows = list(
            s.execute(
                ProgrammeItem.__table__.select()
                .with_only_columns(ProgrammeItem.id, ProgrammeItem.trip_id)
                .order_by(ProgrammeItem.id)
            )
        )
        member_by_trip: dict[int, list[int]] = {}
        for m in members:
            member_by_trip.setdefault(m["trip_id"], []).append(m["person_id"])
        attendance = [
            {"item_id": item_id, "person_id": pid}
            for item_id, trip_id in item_rows
            for pid in member_by_trip[trip_id][:3]
        ]
        for chunk in range(0, len(attendance), 10000):
            s.execute(insert(ItemAttendance), attendance[chunk : chunk + 10000])
        assigned = rng.sample(item_rows, min(n_assign, len(item_rows)))
        s.execute(
            insert(InterpreterAssignment),
            [
                {
                    "item_id": item_id,
                    "person_id": interpreters[n % len(interpreters)],
                    "source": "de",
                    "target": "ja",
                    **_common(now),
                }
                for n, (item_id, _trip) in enumerate(assigned)
            ],
        )

        follow_ups = []
        for n in range(n_follow):
            trip_id, region_id, _start = trip_rows[n % len(trip_rows)]
            follow_ups.append(
                {
                    "region_id": region_id,
                    "trip_id": trip_id,
                    "item_id": None,
                    "slug": f"action-{n:05d}",
                    "title_de": f"Folgemaßnahme {n}: Bericht erstellen",
                    "title_en": f"Follow-up {n}: write the report",
                    "title_ja": f"フォローアップ事項{n}：報告書の作成",
                    "owner": rng.choice(FAMILY),
                    "due": date(2024, 1, 1) + timedelta(days=rng.randrange(0, 1200)),
                    "status": rng.choice(["open", "in_progress", "done", "dropped"]),
                    "notes": "",
                    **_common(now),
                }
            )
        for chunk in range(0, len(follow_ups), 10000):
            s.execute(insert(FollowUp), follow_ups[chunk : chunk + 10000])
        counts = {
            "regions": n_regions,
            "trips": n_trips,
            "items": len(items),
            "people": n_people,
            "interpreter assignments": len(assigned),
            "follow-ups": n_follow,
        }
    return counts


SIZED_ZONE = "Europe/London"


def add_sized_trip(db: Database, n_items: int, *, seed: int = 2026, zone: str = SIZED_ZONE) -> int:
    """A trip of ``n_items`` items in a region of its own; its id.

    Built like the generated trips: eight delegation members from the people already
    in the database (at least 58 are needed: the first 50 are the interpreters), three
    of them attending every item, an interpreter (de→ja) on every tenth item.
    """
    rng = random.Random(seed * 7919 + n_items)
    now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
    with db.session() as s:
        person_ids = list(
            s.scalars(Person.__table__.select().with_only_columns(Person.id).order_by(Person.id))
        )
        interpreters = list(
            s.scalars(
                InterpreterLanguagePair.__table__.select()
                .with_only_columns(InterpreterLanguagePair.person_id)
                .order_by(InterpreterLanguagePair.person_id)
            )
        )
        if len(person_ids) < 58 or not interpreters:
            raise ValueError("generate the scale data first (people and interpreters)")
        taken = {r for r in s.scalars(Region.__table__.select().with_only_columns(Region.slug))}
        n = 0
        while f"sized-{n_items}-{n}" in taken:
            n += 1
        slug = f"sized-{n_items}-{n}"
        region_id = s.execute(
            insert(Region).returning(Region.id),
            [
                {
                    "slug": slug,
                    "name_de": f"Testregion {n_items}",
                    "name_en": f"Test region {n_items}",
                    "name_ja": f"試験地域{n_items}",
                    "country": "GB",
                    "timezone": zone,
                    "status": "partnership",
                    "profile_de": "",
                    "profile_en": "",
                    "profile_ja": "",
                    **_common(now),
                }
            ],
        ).scalar_one()
        # The week before summer time starts, and before every generated trip (2015 on),
        # so that the window never opens one of these as the latest trip.
        start = date(2014, 3, 24)
        days = max(1, -(-n_items // 11))
        trip_id = s.execute(
            insert(Trip).returning(Trip.id),
            [
                {
                    "slug": slug,
                    "region_id": region_id,
                    "direction": "outbound",
                    "status": "confirmed",
                    "title_de": f"Reise mit {n_items} Terminen",
                    "title_en": f"Trip with {n_items} items",
                    "title_ja": f"{n_items}件の日程",
                    "start_date": start,
                    "end_date": start + timedelta(days=days - 1),
                    "notes": "",
                    **_common(now),
                }
            ],
        ).scalar_one()
        members = rng.sample([p for p in person_ids if p not in set(interpreters)], 8)
        s.execute(
            insert(DelegationMember),
            [
                {
                    "trip_id": trip_id,
                    "person_id": pid,
                    "role": "member",
                    "precedence": k + 1,
                    **_common(now),
                }
                for k, pid in enumerate(members)
            ],
        )
        items = _items(trip_id, start, zone, n_items, now, _venues(s, now))
        for chunk in range(0, len(items), 5000):
            s.execute(insert(ProgrammeItem), items[chunk : chunk + 5000])
        item_ids = list(
            s.scalars(
                ProgrammeItem.__table__.select()
                .with_only_columns(ProgrammeItem.id)
                .where(ProgrammeItem.trip_id == trip_id)
                .order_by(ProgrammeItem.id)
            )
        )
        s.execute(
            insert(ItemAttendance),
            [{"item_id": item_id, "person_id": pid} for item_id in item_ids for pid in members[:3]],
        )
        assigned = item_ids[::10]
        if assigned:
            s.execute(
                insert(InterpreterAssignment),
                [
                    {
                        "item_id": item_id,
                        "person_id": interpreters[k % len(interpreters)],
                        "source": "de",
                        "target": "ja",
                        **_common(now),
                    }
                    for k, item_id in enumerate(assigned)
                ],
            )
    return int(trip_id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument(
        "--sized-trips", default="", help="comma-separated item counts of extra trips, e.g. 10,1000"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    db = open_database(args.db)
    counts = generate(db, seed=args.seed, scale=args.scale)
    sized = [int(n) for n in args.sized_trips.split(",") if n.strip()]
    trip_ids = [add_sized_trip(db, n, seed=args.seed) for n in sized]
    db.close()
    print(
        ", ".join(f"{v:,} {k}" for k, v in counts.items()),
        f"in {time.perf_counter() - started:.1f} s",
    )
    for n, trip_id in zip(sized, trip_ids, strict=True):
        print(f"trip {trip_id}: {n:,} items")


if __name__ == "__main__":
    main()
