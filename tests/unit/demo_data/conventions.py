"""What the demo data tests share: the keys of a demo record, and how a text is written
in each language.

The key sets come from what the app takes: a demo record must carry exactly the fields
its service saves (with other records named by slug instead of id) plus the keys the
loader handles itself, so a missing, misspelt or extra key in the data fails.
"""

from __future__ import annotations

import re

from app.demo_data.loader import ITEM_LINKS
from app.services.people import PERSON_FIELDS
from app.services.programme import ITEM_FIELDS
from app.services.venues import VENUE_FIELDS

LANGS = ("de", "en", "ja")

#: A person as the person service saves it, with the partner region named by slug and
#: an interpreter's language pairs.
PERSON_KEYS = (set(PERSON_FIELDS) - {"region_id"}) | {"region", "interpreter_pairs"}
#: An item as the programme service saves it, without what the loader works out (the
#: times in UTC, the venue's id) or only an import sets (the calendar UID), plus the
#: keys the loader reads itself (local date and times, venue slug, people).
ITEM_KEYS = (set(ITEM_FIELDS) - {"starts_at", "ends_at", "venue_id", "external_uid"}) | ITEM_LINKS
VENUE_KEYS = set(VENUE_FIELDS)

#: A character of Japanese script: CJK punctuation, kana, kanji, full-width forms.
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
#: Hokkaido, Tokyo, Yubari: the demo texts write no macrons.
MACRON = re.compile(r"[āēīōūĀĒĪŌŪ]")


def in_own_script(lang: str, text: str) -> bool:
    """Whether ``text`` is written in the script of ``lang``: German and English without
    a Japanese character, Japanese with at least one."""
    return bool(JAPANESE.search(text)) == (lang == "ja")
