"""The floor of the ICS export: icalendar building and serialising the same calendar.

One export of the program runs with ``Component.add`` and ``Component.add_component``
recorded: every property with the very values and parameters the export passed,
every component (VCALENDAR, VTIMEZONE with its STANDARD/DAYLIGHT parts, VEVENTs)
in order. :meth:`Replay.build` then does with icalendar directly what the export
did — new components, the same ``add`` calls, ``to_ical()`` — with all data already
in memory: no database, no ORM, no text formatting, no VTIMEZONE computation. What
the export costs beyond that is the program's overhead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from icalendar.cal import Component

_ADD, _SUB = 0, 1


@dataclass
class Replay:
    classes: list[type[Component]]
    ops: list[tuple[Any, ...]]
    root: int
    events: int

    def build(self) -> bytes:
        objs = [cls() for cls in self.classes]
        for op in self.ops:
            if op[0] == _ADD:
                objs[op[1]].add(op[2], op[3], op[4], op[5])
            else:
                objs[op[1]].add_component(objs[op[2]])
        return objs[self.root].to_ical()


@contextmanager
def _recording() -> Iterator[tuple[list[Component], list[tuple[Any, ...]]]]:
    objs: list[Component] = []
    index: dict[int, int] = {}
    ops: list[tuple[Any, ...]] = []
    depth = [0]
    original_add, original_sub = Component.add, Component.add_component

    def number(component: Component) -> int:
        key = id(component)
        if key not in index:
            index[key] = len(objs)
            objs.append(component)  # kept alive, so ids stay unique
        return index[key]

    def add(
        self: Component, name: str, value: Any, parameters: Any = None, encode: bool = True
    ) -> None:
        if depth[0] == 0:
            params = None if parameters is None else dict(parameters)
            ops.append((_ADD, number(self), name, value, params, encode))
        depth[0] += 1
        try:
            return original_add(self, name, value, parameters, encode)
        finally:
            depth[0] -= 1

    def add_component(self: Component, component: Component) -> None:
        if depth[0] == 0:
            ops.append((_SUB, number(self), number(component)))
        depth[0] += 1
        try:
            return original_sub(self, component)
        finally:
            depth[0] -= 1

    Component.add = add  # type: ignore[method-assign]
    Component.add_component = add_component  # type: ignore[method-assign]
    try:
        yield objs, ops
    finally:
        Component.add = original_add  # type: ignore[method-assign]
        Component.add_component = original_sub  # type: ignore[method-assign]


def record(export: Callable[[], bytes]) -> tuple[bytes, Replay]:
    """Run ``export`` once while recording; its bytes and the replay of its calls.

    Raises AssertionError when the replay does not produce the same bytes (then the
    floor would not be the same work).
    """
    with _recording() as (objs, ops):
        produced = export()
    children = {op[2] for op in ops if op[0] == _SUB}
    roots = [n for n in range(len(objs)) if n not in children]
    if len(roots) != 1:
        raise AssertionError(f"expected one root component, found {len(roots)}")
    replay = Replay(
        [type(c) for c in objs], ops, roots[0], sum(1 for c in objs if c.name == "VEVENT")
    )
    rebuilt = replay.build()
    if rebuilt != produced:
        raise AssertionError("the icalendar replay does not reproduce the export")
    return produced, replay
