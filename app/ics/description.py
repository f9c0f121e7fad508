"""An exported event's DESCRIPTION: the item's own text, then labelled lines (hosts,
delegation, interpreters, shared texts; internal notes and personal notes only where
the edition and the user allow them)."""

from __future__ import annotations

from app.ics.export_texts import ExportTexts
from app.locale.i18n import N_, ngettext_in
from app.readers.programme_view import ItemView
from models.tables import SENSITIVE_PERSON_FIELDS, Person

__all__ = ["INTERNAL", "event_description", "sensitive_lines"]

# Labels of DESCRIPTION lines (msgids for extraction; translated in the export language).
_HOSTS = N_("Hosts")
_DELEGATION = N_("Delegation")
_NOTES = N_("Notes")
_INTERPRETING = N_("Interpreting")
_INTERPRETING_OPEN = N_("needed, no interpreter assigned yet")
_CONFIDENTIAL = N_("Confidential")
_DRESS_CODE = N_("Dress code")
_MEETING_POINT = N_("Meeting point")
_INTERNAL_NOTES = N_("Internal notes (not for the partner)")
INTERNAL = N_("Internal – not for distribution")
_SENSITIVE_LABELS = {
    "phone_private": N_("Private phone"),
    "dietary_notes": N_("Dietary needs"),
    "health_notes": N_("Health notes"),
}
assert set(_SENSITIVE_LABELS) == set(SENSITIVE_PERSON_FIELDS)


def event_description(
    view: ItemView, text: str, hosts: str, notes: str, texts: ExportTexts, sensitive: list[str]
) -> str:
    """The item's description, then labelled lines (hosts, delegation, interpreters …)."""
    item = view.item
    lines: list[str] = []
    if hosts:
        lines.append(texts.line(_HOSTS, hosts))
    if view.attendees:
        names = [texts.name(p) for p in view.attendees]
        lines.append(texts.line(_DELEGATION, texts.names(names)))
    if view.interpreters:
        label = ngettext_in(texts.lang, "Interpreter", "Interpreters", len(view.interpreters))
        names = [f"{texts.name(p)} ({a.source}–{a.target})" for p, a in view.interpreters]
        lines.append(f"{label}{texts.colon}{texts.names(names)}")
    elif item.interpreting_needed:
        lines.append(texts.line(_INTERPRETING, texts.label(_INTERPRETING_OPEN)))
    for msgid, field in ((_DRESS_CODE, "dress_code"), (_MEETING_POINT, "meeting_point")):
        if shared := texts.marked(item, field)[0]:
            lines.append(texts.line(msgid, shared))
    if notes:
        lines.append(texts.line(_NOTES, notes))
    if texts.internal:
        if internal_notes := texts.marked(item, "internal_notes")[0]:
            lines.append(texts.line(_INTERNAL_NOTES, internal_notes))
        lines.append(texts.label(INTERNAL))
    lines.extend(sensitive)
    parts = [text] if text else []
    if lines:
        parts.append("\n".join(lines))
    return "\n\n".join(parts)


def sensitive_lines(people: tuple[Person, ...], texts: ExportTexts) -> list[str]:
    out: list[str] = []
    seen: set[int | None] = set()
    for person in people:
        if person.id in seen:
            continue
        seen.add(person.id)
        notes = [
            texts.line(_SENSITIVE_LABELS[f], value)
            for f in SENSITIVE_PERSON_FIELDS
            if (value := " ".join(str(getattr(person, f, "") or "").split()))
        ]
        if notes:
            head = f"{texts.label(_CONFIDENTIAL)} – {texts.name(person)}"
            out.append(f"{head} ({'; '.join(notes)})")
    return out
