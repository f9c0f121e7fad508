"""The texts of one calendar export in its language: names, name lists, labels, zones
and per-language fields, each looked up once per file."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from app.locale.fallback import mark_fallback
from app.locale.formatting import format_list
from app.locale.i18n import translate_in
from app.locale.names import format_name
from models.tables import Person, ProgrammeItem, Venue
from models.text import fallback_chain

__all__ = ["ExportTexts"]


class ExportTexts:
    """Names, name lists, labels and zones of one export, each looked up once.

    A trip's items name the same few people again and again, so each name, list
    (Babel) and zone is worked out once per file instead of once per item.
    """

    def __init__(self, lang: str, internal: bool = False) -> None:
        self.lang = lang
        self.internal = internal
        self.colon = "：" if lang == "ja" else ": "
        self._names: dict[int, str] = {}
        self._lists: dict[tuple[str, ...], str] = {}
        self._labels: dict[str, str] = {}
        self._zones: dict[str, ZoneInfo] = {}
        chain = fallback_chain(lang)
        # (attribute, language) in fallback order, per localized field
        self._fields = {
            field: tuple((f"{field}_{code}", code) for code in chain)
            for field in (
                "title",
                "description",
                "hosts",
                "notes",
                "name",
                "address",
                "dress_code",
                "meeting_point",
                "internal_notes",
            )
        }

    def name(self, person: Person) -> str:
        key = id(person)  # one export's Person objects live as long as this cache
        text = self._names.get(key)
        if text is None:
            text = self._names[key] = format_name(person, self.lang)
        return text

    def names(self, names: list[str]) -> str:
        key = tuple(names)
        text = self._lists.get(key)
        if text is None:
            text = self._lists[key] = format_list(names, self.lang)
        return text

    def label(self, msgid: str) -> str:
        text = self._labels.get(msgid)
        if text is None:
            text = self._labels[msgid] = translate_in(self.lang, msgid)
        return text

    def line(self, msgid: str, text: str) -> str:
        return f"{self.label(msgid)}{self.colon}{text}"

    def zone(self, tzid: str) -> ZoneInfo:
        zone = self._zones.get(tzid)
        if zone is None:
            zone = self._zones[tzid] = ZoneInfo(tzid)
        return zone

    def localized(self, item: ProgrammeItem | Venue, field: str) -> tuple[str, str | None]:
        """models.text.localized_with_source for the export language."""
        for attribute, code in self._fields[field]:
            value = getattr(item, attribute, None)
            if value:
                return str(value), code
        return "", None

    def marked(self, item: ProgrammeItem | Venue, field: str) -> tuple[str, bool]:
        """The text in the export language, else the fallback's with its mark; and
        whether it is the export language's own text."""
        text, source = self.localized(item, field)
        text = text.strip()
        return mark_fallback(text, source, self.lang), source in (None, self.lang)
