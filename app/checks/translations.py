"""Missing translations: printed texts that exist in some language but not in one the
trip's documents are written in, counted per language and kind of text.

A partner copy can still be printed (the text falls back to another language there),
so these are warnings beside the schedule problems. Only texts that reach a partner
copy count: titles, descriptions, venues, hosts, the shared notes, meeting point and
dress code, and the organisation and function of everyone the documents name; never
the internal notes. A text empty in every language is not missing a translation.

One pass over the items, the venues and the people: O(n), whatever the size.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from operator import attrgetter, itemgetter
from typing import Any

from app.checks.problem import Problem, ProblemKind, TextField
from app.checks.schedule import Schedule, item_id
from app.locale.formatting import babel_locale
from app.locale.i18n import _, ngettext
from models.enums import LANGUAGES
from models.ids import id_of
from models.tables import Region, Venue

#: The item texts a partner copy prints (internal notes are left out on purpose).
ITEM_FIELDS: tuple[tuple[TextField, str], ...] = (
    (TextField.TITLE, "title"),
    (TextField.DESCRIPTION, "description"),
    (TextField.HOSTS, "hosts"),
    (TextField.MEETING_POINT, "meeting_point"),
    (TextField.DRESS_CODE, "dress_code"),
    (TextField.NOTES, "notes"),
)
VENUE_FIELDS: tuple[tuple[TextField, str], ...] = (
    (TextField.VENUE_NAME, "name"),
    (TextField.VENUE_ADDRESS, "address"),
)
PERSON_FIELDS: tuple[tuple[TextField, str], ...] = (
    (TextField.ORGANISATION, "organisation"),
    (TextField.FUNCTION, "function"),
)

#: The countries whose partner copies are written in a language other than de/en.
PARTNER_LANGUAGE_BY_COUNTRY: dict[str, str] = {"JP": "ja"}


def trip_languages(region: Region | None) -> tuple[str, ...]:
    """The languages a trip's documents are written in: German for our side, English
    as the common language, and the partner region's own language (Japanese for a
    region in Japan)."""
    langs = ["de", "en"]
    own = PARTNER_LANGUAGE_BY_COUNTRY.get(region.country.upper()) if region else None
    if own:
        langs.append(own)
    return tuple(c for c in LANGUAGES if c in langs)


def _messages(field: TextField, language: str, n: int) -> str:
    """ "Japanese missing for the names of 12 venues", in the message language."""
    texts: dict[TextField, Callable[[], str]] = {
        TextField.TRIP_TITLE: lambda: _("{language} missing for the title of the trip"),
        TextField.TITLE: lambda: ngettext(
            "{language} missing for the title of {n} item",
            "{language} missing for the titles of {n} items",
            n,
        ),
        TextField.DESCRIPTION: lambda: ngettext(
            "{language} missing for the description of {n} item",
            "{language} missing for the descriptions of {n} items",
            n,
        ),
        TextField.VENUE_NAME: lambda: ngettext(
            "{language} missing for the name of {n} venue",
            "{language} missing for the names of {n} venues",
            n,
        ),
        TextField.VENUE_ADDRESS: lambda: ngettext(
            "{language} missing for the address of {n} venue",
            "{language} missing for the addresses of {n} venues",
            n,
        ),
        TextField.HOSTS: lambda: ngettext(
            "{language} missing for the hosts of {n} item",
            "{language} missing for the hosts of {n} items",
            n,
        ),
        TextField.MEETING_POINT: lambda: ngettext(
            "{language} missing for the meeting point of {n} item",
            "{language} missing for the meeting points of {n} items",
            n,
        ),
        TextField.DRESS_CODE: lambda: ngettext(
            "{language} missing for the dress code of {n} item",
            "{language} missing for the dress codes of {n} items",
            n,
        ),
        TextField.NOTES: lambda: ngettext(
            "{language} missing for the shared notes of {n} item",
            "{language} missing for the shared notes of {n} items",
            n,
        ),
        TextField.ORGANISATION: lambda: ngettext(
            "{language} missing for the organisation of {n} person",
            "{language} missing for the organisations of {n} people",
            n,
        ),
        TextField.FUNCTION: lambda: ngettext(
            "{language} missing for the function of {n} person",
            "{language} missing for the functions of {n} people",
            n,
        ),
        TextField.NAME_JA: lambda: ngettext(
            "No Japanese (katakana) name for {n} person",
            "No Japanese (katakana) names for {n} people",
            n,
        ),
    }
    return texts[field]()


def _language_name(code: str, lang: str) -> str:
    """ "Japanisch", "Japanese", "日本語": the language ``code`` named in ``lang``."""
    name = str(babel_locale(lang).languages.get(code, code))
    return name[:1].upper() + name[1:]


def _gaps(
    records: Iterable[Any],
    fields: Sequence[tuple[TextField, str]],
    langs: Sequence[str],
    key: Callable[[Any], int],
) -> dict[tuple[str, TextField], list[int]]:
    """``(language, field) → ids`` of the records whose ``field`` has text in some
    language but none in that one.

    Each record's texts are read in one call from its ``__dict__`` (a loaded record
    keeps its values there; reading a mapped attribute one by one is several times
    slower, and a big trip has hundreds of thousands of them), else as attributes.
    """
    names = [f"{name}_{c}" for _kind, name in fields for c in LANGUAGES]
    from_dict, from_attributes = itemgetter(*names), attrgetter(*names)
    width = len(LANGUAGES)
    wanted = [n for n, c in enumerate(LANGUAGES) if c in langs]
    lists: list[list[list[int]]] = [[[] for _c in LANGUAGES] for _f in fields]
    for record in records:
        try:
            values = from_dict(record.__dict__)
        except (KeyError, AttributeError):
            values = from_attributes(record)
        if len(names) == 1:
            values = (values,)
        ident = None
        for f, found in enumerate(lists):
            texts = values[f * width : f * width + width]
            if all(texts) or not any(texts):
                continue
            if ident is None:
                ident = key(record)
            for n in wanted:
                if not texts[n]:
                    found[n].append(ident)
    return {
        (code, kind): lists[f][n]
        for f, (kind, _name) in enumerate(fields)
        for n, code in enumerate(LANGUAGES)
        if lists[f][n]
    }


def missing_translations(schedule: Schedule) -> Iterator[Problem]:
    """One problem per language and kind of text, with the ids of what lacks it."""
    langs = trip_languages(schedule.region)
    found: dict[tuple[str, TextField], list[int]] = {}
    trip = schedule.trip
    found.update(_gaps([trip], [(TextField.TRIP_TITLE, "title")], langs, lambda _t: 0))
    found.update(_gaps(schedule.items, ITEM_FIELDS, langs, item_id))

    venues: dict[int, Venue] = {}
    by_item: dict[int, int] = {}  # item id → venue id, in programme order
    known: dict[int, int] = {}  # id(venue) → its id: many items share a venue object
    for key, venue in (schedule.venues or {}).items():
        vid = known.get(id(venue))
        if vid is None:
            vid = known[id(venue)] = id_of(venue)
            venues[vid] = venue
        by_item[key] = vid
    found.update(_gaps(venues.values(), VENUE_FIELDS, langs, id_of))

    people = schedule.people
    found.update(_gaps(people.values(), PERSON_FIELDS, langs, id_of))
    if "ja" in langs:
        # Japanese copies write a non-Japanese name in katakana; without it the Latin
        # name is printed. A Japanese name (or one in its own script) needs none.
        no_katakana = [
            pid
            for pid, p in people.items()
            if not p.family_name_first and not p.native_name and not p.name_ja
        ]
        if no_katakana:
            found[("ja", TextField.NAME_JA)] = no_katakana

    order = {kind: n for n, kind in enumerate(TextField)}
    for (code, kind), ids in sorted(
        found.items(), key=lambda entry: (langs.index(entry[0][0]), order[entry[0][1]])
    ):
        message = _messages(kind, code, len(ids)).format(
            language=_language_name(code, schedule.lang), n=len(ids)
        )
        if kind is TextField.TRIP_TITLE:
            yield _problem(message, code, kind, count=1)
        elif kind in (TextField.VENUE_NAME, TextField.VENUE_ADDRESS):
            venue_ids = tuple(sorted(ids))
            lacking = set(venue_ids)
            at = tuple(i for i, v in by_item.items() if v in lacking)  # programme order
            yield _problem(message, code, kind, count=len(ids), items=at, venues=venue_ids)
        elif kind in (TextField.ORGANISATION, TextField.FUNCTION, TextField.NAME_JA):
            yield _problem(message, code, kind, count=len(ids), people=tuple(sorted(ids)))
        else:
            yield _problem(message, code, kind, count=len(ids), items=tuple(ids))


def _problem(
    message: str,
    language: str,
    kind: TextField,
    *,
    count: int,
    items: tuple[int, ...] = (),
    people: tuple[int, ...] = (),
    venues: tuple[int, ...] = (),
) -> Problem:
    return Problem(
        ProblemKind.MISSING_TRANSLATION,
        message,
        items,
        people,
        venue_ids=venues,
        language=language,
        text_field=kind,
        count=count,
    )
