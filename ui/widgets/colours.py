"""The one colour that says something is wrong or needs care, so that a form error,
a schedule problem, a timeline conflict, a missing interpreter, an overdue
follow-up and the frame around sensitive data all look alike."""

from __future__ import annotations

from typing import Final

#: Text and lines: 6.5:1 against white and 5.5:1 against :data:`ERROR_TINT`, so it
#: stays readable as normal-size text.
ERROR_COLOUR: Final = "#b3261e"
#: A light background behind rows or boxes drawn in the error colour.
ERROR_TINT: Final = "#fde7e4"
#: A label's style sheet for text in the error colour.
ERROR_TEXT_STYLE: Final = f"color: {ERROR_COLOUR};"
