"""Demo trips and their delegations."""

from __future__ import annotations

from datetime import date
from typing import Any

# ---------------------------------------------------------------------------
# Trips and delegations
# ---------------------------------------------------------------------------

TRIPS: list[dict[str, Any]] = [
    {
        "slug": "hokkaido-assembly-2024",
        "region": "hokkaido",
        "direction": "inbound",
        "status": "done",
        "title_de": "Besuch einer Delegation des Präfekturparlaments Hokkaido im Ruhrgebiet",
        "title_en": "Visit of a Hokkaido Prefectural Assembly delegation to the Ruhr",
        "title_ja": "北海道議会議員団　ルール地域訪問",
        "start_date": date(2024, 7, 8),
        "end_date": date(2024, 7, 11),
        "notes": (
            "Parlamentarische Delegation des Präfekturparlaments Hokkaido im Ruhrgebiet und in "
            "Düsseldorf. "
            "Betreuung unter Federführung von Bereich III Regionale Planung und Entwicklung. "
            "Beim Gespräch im RVR Einladung zum Gegenbesuch in Hokkaido."
        ),
    },
    {
        "slug": "hokkaido-2026",
        "region": "hokkaido",
        "direction": "outbound",
        "status": "done",
        "title_de": "Besuch der RVR-Delegation in Hokkaido",
        "title_en": "Visit of the RVR delegation to Hokkaido",
        "title_ja": "ルール地域連合（RVR）訪問団　北海道訪問",
        "start_date": date(2026, 4, 13),
        "end_date": date(2026, 4, 21),
        "notes": (
            "Gegenbesuch auf Einladung des Präfekturparlaments Hokkaido (erster Anlauf im Sommer 2025 "
            "verschoben). Sechsköpfige Delegation aus Leitung der Verbandsversammlung, "
            "Verwaltung und Geschäftsführung der Business Metropole Ruhr, begleitet von einem "
            "Dolmetscher. Bericht: Drucksache 15/0282."
        ),
    },
    {
        "slug": "hokkaido-iga-2027",
        "region": "hokkaido",
        "direction": "inbound",
        "status": "planning",
        "title_de": "Gegenbesuch aus Hokkaido zur IGA 2027",
        "title_en": "Return visit from Hokkaido during the IGA 2027",
        "title_ja": "北海道訪問団　IGA2027視察（ルール地域再訪問）",
        "start_date": date(2027, 6, 14),
        "end_date": date(2027, 6, 18),
        "notes": (
            "Vorläufige Planung mit der IGA 2027 Ruhrgebiet gGmbH; Termine noch nicht bestätigt. "
            "Präsentation der japanischen Seite und regionales Fenster der Partnerregion werden "
            "geprüft."
        ),
    },
    {
        "slug": "greater-manchester-2022",
        "region": "greater-manchester",
        "direction": "outbound",
        "status": "done",
        "title_de": "Arbeitsbesuch des RVR in Greater Manchester",
        "title_en": "RVR working visit to Greater Manchester",
        "title_ja": "ルール地域連合（RVR）実務者訪問団　グレーター・マンチェスター訪問",
        "start_date": date(2022, 10, 11),
        "end_date": date(2022, 10, 13),
        "notes": "Arbeitsbesuch der Verwaltung im Anschluss an die Absichtserklärung vom 3. September 2021.",
    },
]

# Precedence within each delegation follows protocol order: the chair of the
# Verbandsversammlung, the deputy chairs, the managing director of Business Metropole
# Ruhr, then the administration; on the Hokkaido side 副議長 → 議員 → 事務局 and
# 議長 → 道庁. A working visit of the administration is led by the team head.
MEMBERS: list[dict[str, Any]] = [
    # hokkaido-2026: six members; the interpreter is not a member.
    {"trip": "hokkaido-2026", "person": "renate-koesterbrink", "role": "head", "precedence": 1},
    {"trip": "hokkaido-2026", "person": "matthias-brauckmann", "role": "member", "precedence": 2},
    {"trip": "hokkaido-2026", "person": "aylin-kruse", "role": "member", "precedence": 3},
    {"trip": "hokkaido-2026", "person": "thomas-kettelhake", "role": "member", "precedence": 4},
    {"trip": "hokkaido-2026", "person": "sabine-wessolek", "role": "staff", "precedence": 5},
    {"trip": "hokkaido-2026", "person": "jonas-mueller", "role": "staff", "precedence": 6},
    # hokkaido-assembly-2024: the visitors.
    {"trip": "hokkaido-assembly-2024", "person": "kenichi-sato", "role": "head", "precedence": 1},
    {
        "trip": "hokkaido-assembly-2024",
        "person": "miwa-yamaguchi",
        "role": "member",
        "precedence": 2,
    },
    {
        "trip": "hokkaido-assembly-2024",
        "person": "daisuke-nakajima",
        "role": "member",
        "precedence": 3,
    },
    {
        "trip": "hokkaido-assembly-2024",
        "person": "takashi-onodera",
        "role": "member",
        "precedence": 4,
    },
    {"trip": "hokkaido-assembly-2024", "person": "akiko-ishida", "role": "staff", "precedence": 5},
    # hokkaido-iga-2027: tentative.
    {"trip": "hokkaido-iga-2027", "person": "masaki-kitagawa", "role": "head", "precedence": 1},
    {"trip": "hokkaido-iga-2027", "person": "yuka-morimoto", "role": "staff", "precedence": 2},
    # greater-manchester-2022
    {
        "trip": "greater-manchester-2022",
        "person": "sabine-wessolek",
        "role": "head",
        "precedence": 1,
    },
    {
        "trip": "greater-manchester-2022",
        "person": "thomas-kettelhake",
        "role": "member",
        "precedence": 2,
    },
    {
        "trip": "greater-manchester-2022",
        "person": "jonas-mueller",
        "role": "staff",
        "precedence": 3,
    },
]
