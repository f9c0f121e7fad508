"""Demo follow-up actions from Drucksache 15/0282 and the Manchester exchange.

Follow-ups are our side's work list: owner and notes are internal, but still kept per
language (a Japanese-speaking colleague or the partner office may work on them too).
"""

from __future__ import annotations

from datetime import date
from typing import Any

# ---------------------------------------------------------------------------
# Follow-up actions ("today" in the demo: 22 November 2026)
# ---------------------------------------------------------------------------

_OWNER = {
    "owner_de": "RVR, Team Europa und Internationales",
    "owner_en": "RVR, Europe and International Team",
    "owner_ja": "ルール地域連合　欧州・国際チーム",
}

FOLLOW_UPS: list[dict[str, Any]] = [
    {
        "slug": "hk26-thank-you-letters",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d3-signing",
        "title_de": "Dankschreiben an den Parlamentspräsidenten und den Gouverneur",
        "title_en": "Letters of thanks to the Speaker of the Assembly and the Governor",
        "title_ja": "北海道議会議長及び北海道知事への礼状送付",
        **_OWNER,
        "due": date(2026, 5, 8),
        "status": "done",
        "notes_de": (
            "Unterzeichnet von der Vorsitzenden der Verbandsversammlung; japanische Fassung "
            "beigefügt."
        ),
        "notes_en": "Signed by the Chair of the Verbandsversammlung; Japanese version enclosed.",
        "notes_ja": "ルール地域連合議会議長の署名入り。日本語訳を添付済み。",
    },
    {
        "slug": "hk26-report-verbandsausschuss",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": "Bericht an den Verbandsausschuss (Drucksache 15/0282)",
        "title_en": "Report to the Verbandsausschuss (paper 15/0282)",
        "title_ja": "ルール地域連合執行委員会への報告（報告資料15/0282）",
        **_OWNER,
        "due": date(2026, 6, 29),
        "status": "done",
        "notes_de": "Zur Kenntnis genommen in der Sitzung am 29.06.2026.",
        "notes_en": "Noted at the meeting on 29 June 2026.",
        "notes_ja": "2026年6月29日の会議において報告済み。",
    },
    {
        "slug": "hk26-report-verbandsversammlung",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": "Bericht an die Verbandsversammlung (Drucksache 15/0282)",
        "title_en": "Report to the Verbandsversammlung (paper 15/0282)",
        "title_ja": "ルール地域連合議会への報告（報告資料15/0282）",
        **_OWNER,
        "due": date(2026, 7, 10),
        "status": "done",
        "notes_de": "Zur Kenntnis genommen in der Sitzung am 10.07.2026.",
        "notes_en": "Noted at the meeting on 10 July 2026.",
        "notes_ja": "2026年7月10日の会議において報告済み。",
    },
    {
        "slug": "hk-iga27-return-visit",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d8-farewell",
        "title_de": "Gegenbesuch zur IGA 2027 gemeinsam mit der IGA 2027 Ruhrgebiet gGmbH vorbereiten",
        "title_en": "Prepare the return visit during the IGA 2027 together with IGA 2027 Ruhrgebiet gGmbH",
        "title_ja": "IGA2027運営会社と連携した北海道訪問団受入れの準備",
        **_OWNER,
        "due": date(2027, 3, 31),
        "status": "in_progress",
        "notes_de": "Terminfenster Mitte Juni 2027 vorläufig abgestimmt (Reise hokkaido-iga-2027).",
        "notes_en": "Mid-June 2027 provisionally agreed as the window (trip hokkaido-iga-2027).",
        "notes_ja": "2027年6月中旬で日程を仮調整済み（訪問 hokkaido-iga-2027）。",
    },
    {
        "slug": "hk-iga27-japanese-presentation",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": (
            "Präsentation der japanischen Seite auf der IGA 2027 prüfen (Botschaft von Japan in "
            "Berlin, Unternehmen aus Hokkaido)"
        ),
        "title_en": (
            "Examine a presentation by the Japanese side at the IGA 2027 (Embassy of Japan in "
            "Berlin, companies from Hokkaido)"
        ),
        "title_ja": "IGA2027における日本側出展の検討（在ドイツ日本国大使館・道内企業の参画）",
        **_OWNER,
        "due": date(2026, 10, 30),
        "status": "open",
        "notes_de": (
            "Erstkontakt zur Botschaft von Japan in Berlin steht noch aus; Business Metropole "
            "Ruhr einbeziehen."
        ),
        "notes_en": (
            "First contact with the Embassy of Japan in Berlin still to be made; involve "
            "Business Metropole Ruhr."
        ),
        "notes_ja": (
            "在ドイツ日本国大使館への初回連絡は未了。ビジネス・メトロポール・ルール社と"
            "併せて調整する。"
        ),
    },
    {
        "slug": "hk-iga27-regional-window",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d4-olympics",
        "title_de": "Rahmenbedingungen für ein regionales Fenster der Partnerregion auf der IGA 2027 schaffen",
        "title_en": "Create the conditions for a regional window of the partner region at the IGA 2027",
        "title_ja": "IGA2027におけるパートナー地域（北海道）紹介コーナーの実施環境の整備",
        **_OWNER,
        "due": date(2027, 1, 29),
        "status": "open",
        "notes_de": "Mit der IGA 2027 Ruhrgebiet gGmbH: Standort, Fläche und Finanzierung klären.",
        "notes_en": "With IGA 2027 Ruhrgebiet gGmbH: settle the location, space and funding.",
        "notes_ja": "IGA2027運営会社と、設置場所、面積及び経費負担について協議する。",
    },
    {
        "slug": "gm-transport-exchange",
        "region": "greater-manchester",
        "trip": "greater-manchester-2022",
        "item": "gm22-d3-tfgm",
        "title_de": "Fachaustausch Verkehr mit Transport for Greater Manchester fortsetzen",
        "title_en": "Resume the technical exchange on transport with Transport for Greater Manchester",
        "title_ja": "グレーター・マンチェスター交通局との交通分野の実務者交流の再開",
        **_OWNER,
        "due": date(2026, 12, 11),
        "status": "open",
        "notes_de": "Videokonferenz mit der GMCA und TfGM vorschlagen.",
        "notes_en": "Propose a video call with the GMCA and TfGM.",
        "notes_ja": "GMCA及びTfGMとのオンライン会議を提案する。",
    },
]
