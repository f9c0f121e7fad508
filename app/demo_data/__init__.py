"""Demo data: the RVR's partnerships with Hokkaido and Greater Manchester.

Pure data, plain Python literals only (no database, no Qt); a loader turns these
lists into rows. The facts come from the public papers in ``seeds/`` (RVR
Drucksache 15/0282 on the April 2026 trip to Hokkaido, the 2021 progress report
of the Ruhr-Konferenz on Greater Manchester). The papers name no delegation
members and print no programme, so every person below is fictional except Andy
Burnham, Mayor of Greater Manchester, who is named in the seed; the programmes are
illustrative. E-mail addresses use the reserved ``.example`` domain.

Conventions
-----------
* References are by slug: ``region``, ``trip``, ``person``; programme items by
  ``key`` (unique within this module).
* ``ITEMS``: ``date`` is the LOCAL date at the venue, ``start``/``end`` are
  local "HH:MM" in ``timezone`` (IANA). Every item has an ``end_date`` key: None
  for timed items; for an ``all_day`` item ``start``/``end`` are None and the item
  spans ``date`` to ``end_date`` inclusive.
* ``interpreters``: (person slug, source language, target language), at most one
  tuple per interpreter and item; ``attendees`` lists delegation members only.

Planted schedule problems (for the checks; nothing else is wrong)
-----------------------------------------------------------------
* ``hk26-d4-economy`` and ``hk26-d4-university`` (16 April 2026) overlap
  10:30–11:30 at different venues with disjoint attendees (the group split), and
  both have interpreter ``yuki-brandt`` assigned: interpreter double-booked.
* ``hk26-d5-yubari-care`` needs interpreting but has no interpreter assigned.

Also: ``hk26-d8-tunnel`` is cancelled (late snowfall), ``hk26-d7-free`` is the
all-day item. Follow-ups are dated relative to "today" = 22 November 2026.
"""
