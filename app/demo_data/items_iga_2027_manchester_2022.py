"""Programmes of the planned IGA 2027 return visit and the 2022 Manchester exchange."""

from __future__ import annotations

from datetime import date
from typing import Any

_BERLIN = "Europe/Berlin"
_LONDON = "Europe/London"
IGA27_ALL = ["masaki-kitagawa", "yuka-morimoto"]
GM22_ALL = ["sabine-wessolek", "thomas-kettelhake", "jonas-mueller"]

_NO_DRESS_CODE = {"dress_code_de": "", "dress_code_en": "", "dress_code_ja": ""}
_NO_MEETING_POINT = {"meeting_point_de": "", "meeting_point_en": "", "meeting_point_ja": ""}
_NO_NOTES = {"notes_de": "", "notes_en": "", "notes_ja": ""}
_PROVISIONAL = {
    "notes_de": "Termin vorläufig; die Bestätigung folgt.",
    "notes_en": "Provisional; to be confirmed.",
    "notes_ja": "日時は調整中です。確定次第お知らせします。",
}
_IGA_HOSTS = {
    "hosts_de": "IGA 2027 Ruhrgebiet gGmbH",
    "hosts_en": "IGA 2027 Ruhrgebiet gGmbH (organiser of the International Garden Exhibition)",
    "hosts_ja": "IGA2027運営会社（IGA 2027 Ruhrgebiet gGmbH）",
}

ITEMS: list[dict[str, Any]] = [
    # ======================= hokkaido-iga-2027 (planning, tentative) =========
    {
        "key": "iga27-d2-rvr",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 15),
        "end_date": None,
        "start": "10:00",
        "end": "12:00",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Gespräch beim RVR: Partnerschaft und regionales Fenster auf der IGA 2027",
        "title_en": "Talks at the RVR: the partnership and a regional window at the IGA 2027",
        "title_ja": "ルール地域連合訪問：パートナーシップ及びIGA2027における地域紹介について協議",
        "description_de": (
            "Gespräch mit der Leitung der Verbandsversammlung und der IGA 2027 Ruhrgebiet gGmbH "
            "über die weitere Zusammenarbeit und ein regionales Fenster Hokkaidos auf der "
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
        "venue": "rvr-headquarters",
        "topic": "protocol",
        "hosts_de": "Regionalverband Ruhr; IGA 2027 Ruhrgebiet gGmbH",
        "hosts_en": "Regionalverband Ruhr; IGA 2027 Ruhrgebiet gGmbH",
        "hosts_ja": "ルール地域連合、IGA2027運営会社",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Business attire (dark suit)",
        "dress_code_ja": "ダークスーツ",
        **_NO_MEETING_POINT,
        **_PROVISIONAL,
        "internal_notes_de": (
            "Gastgeschenk für den Parlamentspräsidenten noch offen (Budget Team Europa und "
            "Internationales, höchstens 150 €); Raum im 1. OG reservieren."
        ),
        "internal_notes_en": (
            "Gift for the Speaker still to be chosen (Europe and International Team budget, "
            "150 € at most); book the first-floor meeting room."
        ),
        "internal_notes_ja": (
            "議長への記念品は未定（欧州・国際チーム予算、上限150ユーロ）。2階会議室を予約する。"
        ),
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
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "IGA 2027: Zukunftsgarten Gelsenkirchen",
        "title_en": "IGA 2027: Future Garden Gelsenkirchen",
        "title_ja": "IGA2027：ゲルゼンキルヒェン「未来の庭」視察",
        "description_de": "Rundgang über den Zukunftsgarten der IGA 2027 im Nordsternpark.",
        "description_en": "Tour of the IGA 2027 Future Garden in Nordsternpark.",
        "description_ja": "ノルトシュテルン公園に設けられたIGA2027「未来の庭」会場を視察する。",
        "venue": "nordsternpark",
        "topic": "large-events",
        **_IGA_HOSTS,
        "dress_code_de": "Bequeme Kleidung, festes Schuhwerk",
        "dress_code_en": "Casual clothes and sturdy shoes",
        "dress_code_ja": "軽装、歩きやすい靴",
        "meeting_point_de": "Haupteingang Nordsternpark, Am Bugapark",
        "meeting_point_en": "Main entrance of Nordsternpark, Am Bugapark",
        "meeting_point_ja": "ノルトシュテルン公園正面入口",
        **_PROVISIONAL,
        "internal_notes_de": "Rundgang etwa 2 km; Golfcart für Gäste mit eingeschränkter Mobilität anfragen.",
        "internal_notes_en": "Walk of about 2 km; ask for a buggy for guests with limited mobility.",
        "internal_notes_ja": "徒歩約2km。歩行に配慮が必要な方のため、構内カートを手配しておく。",
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
        "timezone": _BERLIN,
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
        "venue": "kokerei-hansa",
        "topic": "large-events",
        "hosts_de": "IGA 2027 Ruhrgebiet gGmbH; Stiftung Industriedenkmalpflege und Geschichtskultur",
        "hosts_en": (
            "IGA 2027 Ruhrgebiet gGmbH; Foundation for the Preservation of Industrial Monuments "
            "and Historical Culture"
        ),
        "hosts_ja": "IGA2027運営会社、産業記念物保存・歴史文化財団",
        "dress_code_de": "Bequeme Kleidung, festes Schuhwerk",
        "dress_code_en": "Casual clothes and sturdy shoes",
        "dress_code_ja": "軽装、歩きやすい靴",
        **_NO_MEETING_POINT,
        **_PROVISIONAL,
        "internal_notes_de": "Helme werden vor Ort gestellt; Versicherungsfrage mit der Stiftung klären.",
        "internal_notes_en": "Helmets provided on site; settle insurance with the foundation.",
        "internal_notes_ja": "ヘルメットは現地で貸与。保険の扱いを財団と確認する。",
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
        "timezone": _LONDON,
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
        "venue": "gmca-tootal-buildings",
        "topic": "economy",
        "hosts_de": "GMCA, Team Internationales",
        "hosts_en": "GMCA International Team",
        "hosts_ja": "グレーター・マンチェスター合同行政機構　国際チーム",
        "dress_code_de": "Geschäftskleidung",
        "dress_code_en": "Business attire",
        "dress_code_ja": "ビジネススーツ",
        "meeting_point_de": "Empfang, Tootal Buildings, Oxford Street",
        "meeting_point_en": "Reception, Tootal Buildings, Oxford Street",
        "meeting_point_ja": "トゥータル・ビルディング受付（オックスフォード・ストリート）",
        **_NO_NOTES,
        "internal_notes_de": (
            "Gastgeschenk: Bildband Metropole Ruhr (englische Ausgabe), übergibt Frau Wessolek. "
            "Reisekosten laufen über die Kostenstelle Europa und Internationales."
        ),
        "internal_notes_en": (
            "Gift: Ruhr Metropolis picture book (English edition), handed over by Ms Wessolek. "
            "Travel costs go to the Europe and International cost centre."
        ),
        "internal_notes_ja": (
            "記念品：ルール地域写真集（英語版）、ヴェソレク・チーム長より贈呈。旅費は欧州・"
            "国際チームの予算から支出する。"
        ),
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
        "timezone": _LONDON,
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
        "venue": "science-and-industry-museum",
        "topic": "industrial-heritage",
        "hosts_de": "Science and Industry Museum",
        "hosts_en": "Science and Industry Museum",
        "hosts_ja": "科学産業博物館",
        **_NO_DRESS_CODE,
        "meeting_point_de": "Haupteingang, Liverpool Road",
        "meeting_point_en": "Main entrance, Liverpool Road",
        "meeting_point_ja": "正面入口（リバプール・ロード）",
        **_NO_NOTES,
        "internal_notes_de": "Zu Fuß vom Hotel, etwa 15 Minuten.",
        "internal_notes_en": "On foot from the hotel, about 15 minutes.",
        "internal_notes_ja": "ホテルから徒歩約15分。",
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
        "timezone": _LONDON,
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
        "venue": "manchester-central-library",
        "topic": "education",
        "hosts_de": "Stadt Manchester, Bibliotheken",
        "hosts_en": "Manchester City Council, Libraries",
        "hosts_ja": "マンチェスター市図書館部門",
        **_NO_DRESS_CODE,
        **_NO_MEETING_POINT,
        **_NO_NOTES,
        "internal_notes_de": "Kontakt über das Team Internationales der GMCA.",
        "internal_notes_en": "Arranged through the GMCA International Team.",
        "internal_notes_ja": "GMCA国際チームを通じて調整済み。",
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
        "timezone": _LONDON,
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
        "venue": "tfgm-piccadilly-place",
        "topic": "infrastructure",
        "hosts_de": "Transport for Greater Manchester (TfGM)",
        "hosts_en": "Transport for Greater Manchester (TfGM)",
        "hosts_ja": "グレーター・マンチェスター交通局（TfGM）",
        **_NO_DRESS_CODE,
        **_NO_MEETING_POINT,
        **_NO_NOTES,
        "internal_notes_de": (
            "Rückflug ab Manchester 15:10 Uhr; Koffer am Morgen im Hotel abgeben, Taxi 12:00 Uhr."
        ),
        "internal_notes_en": (
            "Return flight from Manchester at 15:10; leave luggage at the hotel in the morning, "
            "taxi at 12:00."
        ),
        "internal_notes_ja": (
            "マンチェスター発15時10分の便で帰国。朝のうちにホテルへ荷物を預け、12時にタクシーで"
            "空港へ向かう。"
        ),
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*GM22_ALL],
        "interpreters": [],
    },
]
