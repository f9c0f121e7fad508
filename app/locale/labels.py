"""User-facing names of the enum values, translated in the active or a given language."""

from __future__ import annotations

from app.locale.i18n import N_, current_language, translate_in

_LABELS: dict[str, str] = {
    # Direction
    "outbound": N_("outbound"),
    "inbound": N_("inbound"),
    # Trip status
    "planning": N_("planning"),
    "confirmed": N_("confirmed"),
    "done": N_("done"),
    "cancelled": N_("cancelled"),
    # Item status
    "planned": N_("planned"),
    # Member role
    "head": N_("head of delegation"),
    "member": N_("member"),
    "staff": N_("staff"),
    # Relationship status
    "contact": N_("first contacts"),
    "exploring": N_("exploring a partnership"),
    "declaration_of_intent": N_("declaration of intent"),
    "partnership": N_("partnership"),
    "dormant": N_("dormant"),
    # Agreement kinds
    "partnership_certificate": N_("partnership certificate"),
    "memorandum": N_("memorandum of understanding"),
    "other": N_("other agreement"),
    # Follow-up status
    "open": N_("open"),
    "in_progress": N_("in progress"),
    "dropped": N_("dropped"),
}


def label(value: str, lang: str | None = None) -> str:
    """The label of an enum value; unknown values are shown as they are."""
    msgid = _LABELS.get(str(value))
    if msgid is None:
        return str(value)
    return translate_in(lang or current_language(), msgid)
