"""User-facing names of the enum values, translated in the active or a given language."""

from __future__ import annotations

from app.locale.i18n import N_, NP_, current_language, pgettext_in, translate_in
from models.enums import LANGUAGES

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


#: Topic values of programme items (``ProgrammeItem.topic``): a machine value, stored and
#: written to calendars as it is, shown as a word of the reader's language. A topic that
#: is not listed (free text typed by a user) is shown as it was typed.
TOPICS: dict[str, tuple[str, str]] = {
    # Translators: topic of a programme item (a word in lists, calendars and PDFs).
    "travel": NP_("topic", "travel"),
    # Translators: topic of a programme item: courtesy calls, receptions, dinners.
    "protocol": NP_("topic", "protocol"),
    "site-visit": NP_("topic", "site visit"),
    "ceremony": NP_("topic", "ceremony"),
    "economy": NP_("topic", "economy"),
    "education": NP_("topic", "education"),
    "elderly-care": NP_("topic", "elderly care"),
    "gender-equality": NP_("topic", "gender equality"),
    "industrial-heritage": NP_("topic", "industrial heritage"),
    "infrastructure": NP_("topic", "infrastructure"),
    "large-events": NP_("topic", "major events"),
    "science": NP_("topic", "science"),
    "culture": NP_("topic", "culture"),
    "environment": NP_("topic", "environment"),
    "tourism": NP_("topic", "tourism"),
}


def topic_label(topic: str, lang: str | None = None) -> str:
    """The word for a topic value in ``lang`` (default: the active language); a topic
    that is not one of :data:`TOPICS` passes through unchanged."""
    value = (topic or "").strip()
    entry = TOPICS.get(value.lower())
    if entry is None:
        return topic
    context, msgid = entry
    return pgettext_in(lang or current_language(), context, msgid)


def topic_value(text: str) -> str:
    """The topic value a label stands for, in any of our languages (a calendar we wrote
    carries the label); text that is no topic's label is returned unchanged."""
    value = (text or "").strip()
    if value.lower() in TOPICS:
        return value.lower()
    for key in TOPICS:
        if any(value == topic_label(key, lang) for lang in LANGUAGES):
            return key
    return text
