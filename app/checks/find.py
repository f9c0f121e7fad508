"""``find_problems``: every schedule problem of a trip's programme, in programme order."""

from __future__ import annotations

from collections.abc import Sequence

from app.checks.problem import Problem, schedule_problems
from app.checks.rules import RULES, Rule
from app.checks.schedule import Schedule, item_id
from app.readers.programme_view import TripProgramme


def find_problems(
    programme: TripProgramme, lang: str = "en", rules: Sequence[Rule] = RULES
) -> list[Problem]:
    """Run ``rules`` over the whole trip's programme (as
    :func:`~app.readers.programme_view.load_trip_programme` reads it, without a
    person filter). Cancelled items are ignored; names are written for ``lang``.

    Problems come in the order of their first item, then by kind; problems of one
    kind and first item keep the order their rule found them in. Missing
    translations (warnings for a partner copy, per language and kind of text) come
    after all schedule problems, in the order their rule found them in.
    """
    schedule = Schedule.of(programme, lang)
    problems = [problem for rule in rules for problem in rule(schedule)]
    order = {item_id(item): n for n, item in enumerate(schedule.items)}
    found = schedule_problems(problems)
    found.sort(key=lambda p: (min((order.get(i, 0) for i in p.item_ids), default=0), p.kind.value))
    return found + [p for p in problems if p.is_missing_translation]
