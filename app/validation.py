"""Validation of single values; each failure is a translated, user-facing message."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError

from app.locale.i18n import _
from models.enums import LANGUAGES
from models.tables import SLUG_MAX, TEXT_MAX, TITLE_MAX

SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Dates a delegation planner can mean. Far-off years are typing errors, and near the
# ends of Python's calendar (year 9999) a time zone shift or an export's one-day
# margin would overflow.
FIRST_YEAR = 1900
LAST_YEAR = 2999
# A trip longer than a year is a typing error, not a delegation trip.
MAX_TRIP_DAYS = 366


class FieldErrors:
    """Collects messages per field so that a dialog can show each beside its field."""

    def __init__(self) -> None:
        self.fields: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.fields.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.fields:
            from app.errors import ValidationError

            raise ValidationError(self.fields)


def _has_control_chars(value: str, *, multiline: bool) -> bool:
    allowed = {"\n", "\t", "\r"} if multiline else set()
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in value)


def check_text(
    errors: FieldErrors,
    field: str,
    value: object,
    *,
    label: str,
    max_len: int = TITLE_MAX,
    multiline: bool = False,
    required: bool = False,
) -> str:
    """Strip, check type, length and control characters; returns the cleaned text."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors.add(field, _("{label}: expected text.").format(label=label))
        return ""
    cleaned = value.strip()
    if required and not cleaned:
        errors.add(field, _("{label} must not be empty.").format(label=label))
    elif len(cleaned) > max_len:
        errors.add(
            field,
            _("{label} is too long ({length} characters; at most {limit}).").format(
                label=label, length=len(cleaned), limit=max_len
            ),
        )
    elif _has_control_chars(cleaned, multiline=multiline):
        errors.add(field, _("{label} contains control characters.").format(label=label))
    return cleaned


def check_long_text(errors: FieldErrors, field: str, value: object, *, label: str) -> str:
    return check_text(errors, field, value, label=label, max_len=TEXT_MAX, multiline=True)


def check_multilingual_title(
    errors: FieldErrors, values: dict[str, object], field: str, *, label: str
) -> dict[str, str]:
    """``<field>_de/_en/_ja``: each checked; at least one must be non-empty."""
    cleaned = {
        f"{field}_{code}": check_text(
            errors,
            f"{field}_{code}",
            values.get(f"{field}_{code}", ""),
            label=f"{label} ({code})",
        )
        for code in LANGUAGES
    }
    if not any(cleaned.values()) and not any(k.startswith(f"{field}_") for k in errors.fields):
        errors.add(
            f"{field}_en",
            _("{label}: enter it in at least one language.").format(label=label),
        )
    return cleaned


def check_texts(
    errors: FieldErrors, values: dict[str, object], field: str, *, label: str, long: bool = False
) -> dict[str, str]:
    """``<field>_de/_en/_ja``, each optional: a text printed in the reader's language."""
    check = check_long_text if long else check_text
    return {
        f"{field}_{code}": check(
            errors, f"{field}_{code}", values.get(f"{field}_{code}", ""), label=f"{label} ({code})"
        )
        for code in LANGUAGES
    }


def check_slug(errors: FieldErrors, value: object) -> str:
    slug = value.strip() if isinstance(value, str) else ""
    if not SLUG_RE.match(slug) or len(slug) > SLUG_MAX:
        errors.add(
            "slug",
            _(
                "The short name '{slug}' may only contain lower-case letters a–z, digits and "
                "hyphens (at most {limit} characters)."
            ).format(slug=slug, limit=SLUG_MAX),
        )
    return slug


def check_timezone(errors: FieldErrors, field: str, value: object) -> str:
    name = value.strip() if isinstance(value, str) else ""
    try:
        if not name or name.lower() in ("localtime", "local"):
            raise ZoneInfoNotFoundError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        errors.add(
            field,
            _(
                "Unknown time zone '{zone}': use an IANA name such as Asia/Tokyo or Europe/London."
            ).format(zone=name),
        )
    return name


def check_email(errors: FieldErrors, field: str, value: object) -> str:
    email = check_text(errors, field, value, label=_("E-mail"), max_len=254)
    if email and not EMAIL_RE.match(email):
        errors.add(field, _("'{email}' is not a valid e-mail address.").format(email=email))
    return email


def is_known_language(code: str) -> bool:
    if not re.fullmatch(r"[a-z]{2,3}", code):
        return False
    try:
        return Locale(code).get_display_name("en") is not None
    except (UnknownLocaleError, ValueError):
        return False


def check_language_code(errors: FieldErrors, field: str, value: object) -> str:
    code = value.strip().lower() if isinstance(value, str) else ""
    if not is_known_language(code):
        errors.add(field, _("Unknown language code '{code}'.").format(code=value))
    return code


def check_language_list(errors: FieldErrors, field: str, value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, (list, tuple)):
        parts = [str(p) for p in value]
    elif isinstance(value, str):
        parts = [p for p in re.split(r"[,\s]+", value) if p]
    else:
        errors.add(field, _("Languages: expected codes such as de, en, ja."))
        return ""
    codes = [check_language_code(errors, field, part) for part in parts]
    return ",".join(dict.fromkeys(codes))


def check_export_language(errors: FieldErrors, field: str, value: object) -> str:
    code = value.strip().lower() if isinstance(value, str) else ""
    if code not in LANGUAGES:
        errors.add(
            field,
            _("Unknown language '{lang}'. Choose one of: {choices}.").format(
                lang=value, choices=", ".join(LANGUAGES)
            ),
        )
    return code


def check_choice(
    errors: FieldErrors, field: str, value: object, choices: type[StrEnum], *, label: str
) -> str:
    allowed = [member.value for member in choices]
    text = value.value if hasattr(value, "value") else value
    if text not in allowed:
        errors.add(
            field,
            _("{label}: '{value}' is not one of {choices}.").format(
                label=label, value=text, choices=", ".join(allowed)
            ),
        )
        return allowed[0]
    return str(text)


def check_date(errors: FieldErrors, field: str, value: object, *, label: str) -> date | None:
    parsed: date | None = None
    if isinstance(value, date):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = date.fromisoformat(value.strip())
        except ValueError:
            pass
    if parsed is not None:
        if FIRST_YEAR <= parsed.year <= LAST_YEAR:
            return parsed
        errors.add(
            field,
            _("{label}: {value} lies outside the years {first} to {last}.").format(
                label=label, value=parsed.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
            ),
        )
        return None
    errors.add(
        field, _("{label}: '{value}' is not a date (YYYY-MM-DD).").format(label=label, value=value)
    )
    return None


def check_date_range(errors: FieldErrors, start: date | None, end: date | None) -> None:
    if start is None or end is None:
        return
    if end < start:
        errors.add("end_date", _("The trip cannot end before it starts."))
    elif (end - start).days > MAX_TRIP_DAYS:
        errors.add("end_date", _("A trip cannot last longer than a year."))
