"""What a schedule check reports: the kind of problem, a message, the items and people."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ProblemKind(StrEnum):
    PERSON_OVERLAP = "person_overlap"
    INTERPRETER_DOUBLE_BOOKED = "interpreter_double_booked"
    INTERPRETER_MISSING = "interpreter_missing"
    OUTSIDE_TRIP_DATES = "outside_trip_dates"
    NO_TRANSFER_GAP = "no_transfer_gap"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    message: str
    item_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind.value,
            "message": self.message,
            "items": list(self.item_ids),
            "people": list(self.person_ids),
        }
