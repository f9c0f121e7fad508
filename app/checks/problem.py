"""What a check reports: the kind of problem, a message, the items, people and venues.

A missing translation also names the language and the kind of text (``field``) it
is missing in; it is a warning for a partner copy, which can still be printed (the
text falls back to another language there).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ProblemKind(StrEnum):
    PERSON_OVERLAP = "person_overlap"
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"
    INTERPRETER_MISSING = "interpreter_missing"
    OUTSIDE_TRIP_DATES = "outside_trip_dates"
    NO_TRANSFER_GAP = "no_transfer_gap"
    MISSING_TRANSLATION = "missing_translation"


class TextField(StrEnum):
    """The kinds of printed text a missing translation is counted for, in report order."""

    TRIP_TITLE = "trip_title"
    TITLE = "title"
    DESCRIPTION = "description"
    VENUE_NAME = "venue_name"
    VENUE_ADDRESS = "venue_address"
    HOSTS = "hosts"
    MEETING_POINT = "meeting_point"
    DRESS_CODE = "dress_code"
    NOTES = "notes"
    ORGANISATION = "organisation"
    FUNCTION = "function"
    NAME_JA = "name_ja"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str
    item_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = field(default=())
    venue_ids: tuple[int, ...] = field(default=())
    #: For a missing translation: the language code, the kind of text and how many
    #: records (items, venues or people) lack it.
    language: str | None = None
    text_field: TextField | None = None
    count: int = 0

    @property
    def is_missing_translation(self) -> bool:
        return self.kind is ProblemKind.MISSING_TRANSLATION

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind.value,
            "message": self.message,
            "items": list(self.item_ids),
            "people": list(self.person_ids),
            "venues": list(self.venue_ids),
        }
        if self.is_missing_translation:
            data["language"] = self.language
            data["field"] = self.text_field.value if self.text_field else None
            data["count"] = self.count
        return data


def schedule_problems(problems: list[Problem]) -> list[Problem]:
    """The problems of the schedule itself, without the missing translations."""
    return [p for p in problems if not p.is_missing_translation]
