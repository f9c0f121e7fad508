"""Programmes of the planned IGA 2027 return visit and the 2022 Manchester exchange."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import BERLIN, GM22_ALL, IGA27_ALL, LONDON, RVR

ITEMS: list[dict[str, Any]] = [
    # ======================= hokkaido-iga-2027 (planning, tentative) =========
    {
        "key": "iga27-d2-rvr",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 15),
        "end_date": None,
        "start": "10:00",
        "end": "12:00",
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Gespräch beim RVR: Partnerschaft und regionales Fenster auf der IGA 2027",
        "title_en": "Talks at the RVR: the partnership and a regional window at the IGA 2027",
        "title_ja": "ルール地域連合訪問：パートナーシップ及びIGA2027における地域紹介について協議",
        "description_de": (
            "Gespräch mit der Leitung der Verbandsversammlung und der IGA 2027 Ruhrgebiet gGmbH "
            "über die weitere Zusammenarbeit und ein regionales Fenster Hokkaidōs auf der "
            "Gartenausstellung."
        ),
        "description_en": (
            "Talks with the leadership of the Verbandsversammlung and IGA 2027 Ruhrgebiet gGmbH "
            "on further cooperation and a regional window for Hokkaido at the garden exhibition."
        ),
        "description_ja": (
            "ルール地域連合議会の議長団及びIGA2027運営会社と、今後の交流及び博覧会における"
            "北海道の地域紹介コーナーについて協議する。"
        ),
        "venue_name": RVR[0],
        "venue_address": RVR[1],
        "topic": "protocol",
        "hosts": "Regionalverband Ruhr; IGA 2027 Ruhrgebiet gGmbH",
        "notes": "Vorläufig.",
        "interpreting_needed": True,
        "status": "planned",
        "attendees": [*IGA27_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "iga27-d2-gelsenkirchen",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 15),
        "end_date": None,
        "start": "14:30",
        "end": "17:00",
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "IGA 2027: Zukunftsgarten Gelsenkirchen",
        "title_en": "IGA 2027: Future Garden Gelsenkirchen",
        "title_ja": "IGA2027：ゲルゼンキルヒェン「未来の庭」視察",
        "description_de": "Rundgang über den Zukunftsgarten der IGA 2027 im Nordsternpark.",
        "description_en": "Tour of the IGA 2027 Future Garden in Nordsternpark.",
        "description_ja": "ノルトシュテルン公園に設けられたIGA2027「未来の庭」会場を視察する。",
        "venue_name": "Nordsternpark",
        "venue_address": "Am Bugapark 1, 45899 Gelsenkirchen, Germany",
        "topic": "large-events",
        "hosts": "IGA 2027 Ruhrgebiet gGmbH",
        "notes": "Vorläufig.",
        "interpreting_needed": True,
        "status": "planned",
        "attendees": [*IGA27_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "iga27-d3-dortmund",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 16),
        "end_date": None,
        "start": "10:00",
        "end": "12:30",
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "IGA 2027: Zukunftsgarten Dortmund und Kokerei Hansa",
        "title_en": "IGA 2027: Future Garden Dortmund and Hansa coking plant",
        "title_ja": "IGA2027：ドルトムント「未来の庭」及びハンザ・コークス工場視察",
        "description_de": (
            "Besuch des Zukunftsgartens Dortmund mit dem Industriedenkmal Kokerei Hansa; "
            "Industriekultur und Gartenkunst im Dialog."
        ),
        "description_en": (
            "Visit to the Dortmund Future Garden with the Hansa coking plant monument: industrial "
            "heritage and garden design in dialogue."
        ),
        "description_ja": (
            "産業遺産であるハンザ・コークス工場を含むドルトムント「未来の庭」会場を視察し、"
            "産業文化と庭園芸術の融合について説明を受ける。"
        ),
        "venue_name": "Kokerei Hansa",
        "venue_address": "Emscherallee 11, 44369 Dortmund, Germany",
        "topic": "large-events",
        "hosts": "IGA 2027 Ruhrgebiet gGmbH; Stiftung Industriedenkmalpflege und Geschichtskultur",
        "notes": "Vorläufig.",
        "interpreting_needed": True,
        "status": "planned",
        "attendees": [*IGA27_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # ======================= greater-manchester-2022 =========================
    {
        "key": "gm22-d1-gmca",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 11),
        "end_date": None,
        "start": "14:00",
        "end": "16:30",
        "timezone": LONDON,
        "all_day": False,
        "title_de": "Arbeitstreffen bei der Greater Manchester Combined Authority",
        "title_en": "Working meeting at the Greater Manchester Combined Authority",
        "title_ja": "グレーター・マンチェスター合同行政機構（GMCA）との実務者協議",
        "description_de": (
            "Anschluss an die Absichtserklärung vom 3. September 2021: Abgleich der Themen "
            "Strukturwandel, Innovation und Verkehr; Verabredung regelmäßiger Videokonferenzen."
        ),
        "description_en": (
            "Follow-up to the declaration of intent of 3 September 2021: comparing priorities in "
            "structural change, innovation and transport; agreeing on regular video calls."
        ),
        "description_ja": (
            "2021年9月3日の意向表明書を受け、構造転換、イノベーション及び交通分野の重点を"
            "確認し、定期的なオンライン会議の開催について合意する。"
        ),
        "venue_name": "Greater Manchester Combined Authority, Tootal Buildings",
        "venue_address": "Broadhurst House, 56 Oxford Street, Manchester M1 6EU, United Kingdom",
        "topic": "economy",
        "hosts": "GMCA International Team",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*GM22_ALL],
        "interpreters": [],
    },
    {
        "key": "gm22-d2-museum",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 12),
        "end_date": None,
        "start": "10:00",
        "end": "11:30",
        "timezone": LONDON,
        "all_day": False,
        "title_de": "Industriekultur: Science and Industry Museum",
        "title_en": "Industrial heritage: Science and Industry Museum",
        "title_ja": "産業遺産：科学産業博物館視察",
        "description_de": (
            "Besuch des Museums auf dem Gelände des historischen Bahnhofs Liverpool Road; "
            "Gespräch über Industriekultur als Standortfaktor."
        ),
        "description_en": (
            "Visit to the museum on the site of the historic Liverpool Road station; talks on "
            "industrial heritage as a locational asset."
        ),
        "description_ja": (
            "歴史的なリバプール・ロード駅跡地にある博物館を視察し、立地要因としての産業遺産に"
            "ついて意見交換を行う。"
        ),
        "venue_name": "Science and Industry Museum",
        "venue_address": "Liverpool Road, Manchester M3 4FP, United Kingdom",
        "topic": "industrial-heritage",
        "hosts": "Science and Industry Museum",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*GM22_ALL],
        "interpreters": [],
    },
    {
        "key": "gm22-d2-library",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 12),
        "end_date": None,
        "start": "14:00",
        "end": "15:30",
        "timezone": LONDON,
        "all_day": False,
        "title_de": "Bildung und Kultur: Manchester Central Library",
        "title_en": "Education and culture: Manchester Central Library",
        "title_ja": "教育・文化：マンチェスター中央図書館視察",
        "description_de": (
            "Rundgang durch die sanierte Zentralbibliothek und Gespräch über Bildungsangebote "
            "und Bürgerbeteiligung im Stadtzentrum."
        ),
        "description_en": (
            "Tour of the refurbished Central Library and talks on learning services and civic "
            "participation in the city centre."
        ),
        "description_ja": (
            "改修された中央図書館を視察し、都心部における学習機会の提供と市民参加の取組について"
            "説明を受ける。"
        ),
        "venue_name": "Manchester Central Library",
        "venue_address": "St Peter's Square, Manchester M2 5PD, United Kingdom",
        "topic": "education",
        "hosts": "Manchester City Council, Libraries",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*GM22_ALL],
        "interpreters": [],
    },
    {
        "key": "gm22-d3-tfgm",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 13),
        "end_date": None,
        "start": "09:30",
        "end": "11:00",
        "timezone": LONDON,
        "all_day": False,
        "title_de": "Verkehr: Transport for Greater Manchester",
        "title_en": "Transport: Transport for Greater Manchester",
        "title_ja": "交通：グレーター・マンチェスター交通局との意見交換",
        "description_de": (
            "Vorstellung des Stadtbahnnetzes Metrolink und der Planung eines integrierten "
            "Verkehrsnetzes („Bee Network“); Vergleich mit dem Nahverkehr im Ruhrgebiet."
        ),
        "description_en": (
            "Presentation of the Metrolink tram network and the plans for an integrated "
            "transport network (the Bee Network); comparison with public transport in the Ruhr."
        ),
        "description_ja": (
            "ライトレール「メトロリンク」及び統合交通ネットワーク「ビー・ネットワーク」の計画に"
            "ついて説明を受け、ルール地域の公共交通と比較しつつ意見交換を行う。"
        ),
        "venue_name": "Transport for Greater Manchester",
        "venue_address": "2 Piccadilly Place, Manchester M1 3BG, United Kingdom",
        "topic": "infrastructure",
        "hosts": "Transport for Greater Manchester (TfGM)",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*GM22_ALL],
        "interpreters": [],
    },
]
