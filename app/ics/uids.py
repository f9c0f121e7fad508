"""Calendar UIDs of programme items: the imported one if the item came with one,
else derived from its database id under the program's own domain."""

from __future__ import annotations

from typing import Any

#: The one domain that qualifies every UID this program generates.
UID_DOMAIN = "delegation-planner.rvr.ruhr"


def derived_uid(item_id: int) -> str:
    return f"item-{item_id}@{UID_DOMAIN}"


def item_uid(item: Any) -> str:
    """The UID of an item (a ProgrammeItem or a record with ``id``/``external_uid``)."""
    if item.external_uid:
        return str(item.external_uid)
    if item.id is None:
        raise ValueError("an item needs its database id before it has a UID")
    return derived_uid(int(item.id))
