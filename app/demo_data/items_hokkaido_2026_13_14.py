"""Programme of the April 2026 Hokkaido trip, 13–14 April (arrival, courtesy calls)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import HK26_ALL, TOKYO

ITEMS: list[dict[str, Any]] = [
    # ======================= hokkaido-2026 ===================================
    # --- Mon 13 April: arrival -----------------------------------------------
    {
        "key": "hk26-d1-arrival",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13),
        "end_date": None,
        "start": "13:30",
        "end": "14:15",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Ankunft am Flughafen Neu-Chitose",
        "title_en": "Arrival at New Chitose Airport",
        "title_ja": "新千歳空港 到着",
        "description_de": (
            "Ankunft mit dem Inlandsflug aus Tokio-Haneda; Begrüßung durch die Abteilung für "
            "internationale Angelegenheiten der Präfekturverwaltung und Bustransfer nach Sapporo."
        ),
        "description_en": (
            "Arrival on the domestic flight from Tokyo Haneda; welcome by the International "
            "Affairs Division of the Hokkaido Government and coach transfer to Sapporo."
        ),
        "description_ja": (
            "羽田空港発の国内線にて到着。北海道総合政策部国際局国際課職員の出迎えを受け、"
            "専用バスにて札幌市内へ移動する。"
        ),
        "venue": "new-chitose-airport",
        "topic": "travel",
        "hosts_de": "Präfekturverwaltung Hokkaido, Abteilung für internationale Angelegenheiten",
        "hosts_en": "Hokkaido Government, International Affairs Division",
        "hosts_ja": "北海道総合政策部国際局国際課",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Ankunftshalle Inland, nach der Gepäckausgabe",
        "meeting_point_en": "Domestic arrivals hall, after baggage reclaim",
        "meeting_point_ja": "国内線到着ロビー（手荷物受取所出口）",
        "notes_de": "Bustransfer nach Sapporo, Fahrzeit etwa 60 Minuten.",
        "notes_en": "Coach transfer to Sapporo, about 60 minutes.",
        "notes_ja": "札幌市内まで専用バスにて約60分。",
        "internal_notes_de": (
            "Anreise über Tokio-Haneda. Das Gepäck wird direkt ins Hotel gebracht; die "
            "Gepäckscheine sammelt Herr Müller."
        ),
        "internal_notes_en": (
            "Travelling via Tokyo Haneda. Luggage goes straight to the hotel; Mr Müller collects "
            "the baggage tags."
        ),
        "internal_notes_ja": "羽田空港経由。手荷物はホテルへ直送。手荷物引換証はミュラー氏が取りまとめ。",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
    {
        "key": "hk26-d1-checkin",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13),
        "end_date": None,
        "start": "15:45",
        "end": "16:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Check-in im Hotel",
        "title_en": "Hotel check-in",
        "title_ja": "ホテル チェックイン",
        "description_de": (
            "Bezug der Zimmer im Hotel am Bahnhof Sapporo; anschließend Zeit zur Erholung nach "
            "der Anreise."
        ),
        "description_en": (
            "Check-in at the hotel above Sapporo Station, followed by time to rest after the "
            "journey."
        ),
        "description_ja": "札幌駅直結のホテルにチェックイン。到着後は休憩。",
        "venue": "jr-tower-hotel-nikko-sapporo",
        "topic": "travel",
        "hosts_de": "",
        "hosts_en": "",
        "hosts_ja": "",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Zimmerliste ist beim Hotel hinterlegt; die Zimmerschlüssel verteilt Herr Müller in "
            "der Lobby."
        ),
        "internal_notes_en": (
            "Rooming list lodged with the hotel; Mr Müller hands out the room keys in the lobby."
        ),
        "internal_notes_ja": "宿泊者名簿はホテルに提出済み。客室の鍵はミュラー氏がロビーにて配布。",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
    {
        "key": "hk26-d1-briefing",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13),
        "end_date": None,
        "start": "17:30",
        "end": "18:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Programmbesprechung mit der Präfekturverwaltung",
        "title_en": "Programme briefing with the Hokkaido Government",
        "title_ja": "日程打合せ（北海道総合政策部国際局国際課）",
        "description_de": (
            "Abstimmung von Besuchsprogramm, protokollarischer Rangfolge und Gastgeschenken "
            "mit der Abteilung für internationale Angelegenheiten."
        ),
        "description_en": (
            "Run-through of the visit programme, order of precedence and official gifts with "
            "the International Affairs Division."
        ),
        "description_ja": (
            "訪問日程、席次及び記念品贈呈の段取りについて、北海道総合政策部国際局国際課と最終確認"
            "を行う。"
        ),
        "venue": "jr-tower-hotel-nikko-sapporo",
        "topic": "protocol",
        "hosts_de": (
            "MORIMOTO Yuka, Leiterin der Abteilung für internationale Angelegenheiten, "
            "Präfekturverwaltung Hokkaido"
        ),
        "hosts_en": (
            "MORIMOTO Yuka, Director, International Affairs Division, Hokkaido Government"
        ),
        "hosts_ja": "北海道総合政策部国際局国際課長　森本　由香",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Besprechungsraum im Hotel (Raumnummer an der Rezeption)",
        "meeting_point_en": "Meeting room in the hotel (room number at the front desk)",
        "meeting_point_ja": "ホテル内会議室（部屋番号はフロントにて案内）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Liste der Gastgeschenke und Sitzpläne mitbringen. Noch offen: Reihenfolge der "
            "Grußworte beim Empfang am 14. April."
        ),
        "internal_notes_en": (
            "Bring the list of gifts and the seating plans. Still open: order of speeches at the "
            "reception on 14 April."
        ),
        "internal_notes_ja": "記念品一覧及び席次表を持参。4月14日レセプションのあいさつ順は未確定。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["renate-koesterbrink", "sabine-wessolek", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Tue 14 April: courtesy calls ------------------------------------------
    {
        "key": "hk26-d2-assembly-call",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14),
        "end_date": None,
        "start": "10:00",
        "end": "10:45",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Höflichkeitsbesuch beim Präsidenten des Präfekturparlaments",
        "title_en": "Courtesy call on the Speaker of the Hokkaido Prefectural Assembly",
        "title_ja": "北海道議会議長 表敬訪問",
        "description_de": (
            "Höflichkeitsbesuch beim Präsidenten des Präfekturparlaments Hokkaido: Rückblick auf "
            "den Besuch der Abgeordneten im Ruhrgebiet im Sommer 2024 und Ausblick auf die "
            "Partnerschaft."
        ),
        "description_en": (
            "Courtesy call on the Speaker of the Hokkaido Prefectural Assembly, looking back on "
            "the Assembly members' visit to the Ruhr in summer 2024 and ahead to the partnership."
        ),
        "description_ja": (
            "北海道議会議長を表敬訪問し、2024年夏の北海道議会訪問団によるルール地域訪問を振り返る"
            "とともに、今後の交流について懇談する。"
        ),
        "venue": "hokkaido-assembly",
        "topic": "protocol",
        "hosts_de": "KITAGAWA Masaki, Präsident des Präfekturparlaments Hokkaido",
        "hosts_en": "KITAGAWA Masaki, Speaker of the Hokkaido Prefectural Assembly",
        "hosts_ja": "北海道議会議長　北川　正樹",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Dark lounge suit",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Haupteingang des Parlamentsgebäudes, 9:45 Uhr",
        "meeting_point_en": "Main entrance of the Assembly Building, 09:45",
        "meeting_point_ja": "議会庁舎正面玄関（9:45）",
        "notes_de": "Austausch von Gastgeschenken, anschließend Fototermin.",
        "notes_en": "Exchange of gifts, followed by an official photograph.",
        "notes_ja": "記念品交換の後、記念撮影。",
        "internal_notes_de": (
            "Gastgeschenk (Bildband Industriekultur mit Widmung) überreicht Frau Kösterbrink; "
            "Frau Wessolek hält es im Vorraum bereit."
        ),
        "internal_notes_en": (
            "Ms Kösterbrink presents the gift (industrial heritage photo book with a "
            "dedication); Ms Wessolek keeps it ready in the anteroom."
        ),
        "internal_notes_ja": (
            "記念品（産業文化写真集・献辞入り）はケスターブリンク議長より贈呈。ヴェソレク氏が"
            "控室にて準備。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d2-governor-call",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14),
        "end_date": None,
        "start": "11:15",
        "end": "11:45",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Höflichkeitsbesuch beim Gouverneur von Hokkaido",
        "title_en": "Courtesy call on the Governor of Hokkaido",
        "title_ja": "北海道知事 表敬訪問",
        "description_de": "Kurzer Empfang beim Gouverneur im Hauptgebäude der Präfekturverwaltung.",
        "description_en": "Short reception by the Governor in the Main Government Building.",
        "description_ja": "道庁本庁舎において知事を表敬訪問する。",
        "venue": "hokkaido-government",
        "topic": "protocol",
        "hosts_de": "Gouverneur von Hokkaido",
        "hosts_en": "Governor of Hokkaido",
        "hosts_ja": "北海道知事",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Dark lounge suit",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": (
            "Besuchereingang des Hauptgebäudes, 11:05 Uhr (etwa 5 Minuten zu Fuß vom "
            "Parlamentsgebäude)"
        ),
        "meeting_point_en": (
            "Visitors' entrance of the Main Government Building, 11:05 (about five minutes' "
            "walk from the Assembly Building)"
        ),
        "meeting_point_ja": "本庁舎来庁者入口（11:05）。議会庁舎から徒歩約5分",
        "notes_de": "Fototermin im Empfangsraum.",
        "notes_en": "Official photograph in the reception room.",
        "notes_ja": "応接室にて記念撮影。",
        "internal_notes_de": (
            "Gastgeschenk für den Gouverneur: Grubenlampe mit Gravur, überreicht Frau "
            "Kösterbrink. Knappes Zeitfenster: Grußwort höchstens 3 Minuten."
        ),
        "internal_notes_en": (
            "Gift for the Governor: engraved miner's lamp, presented by Ms Kösterbrink. Tight "
            "slot: remarks three minutes at most."
        ),
        "internal_notes_ja": (
            "知事への記念品は刻印入り坑内安全灯。ケスターブリンク議長より贈呈。時間が限られるため、"
            "あいさつは3分以内。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d2-infrastructure",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14),
        "end_date": None,
        "start": "14:00",
        "end": "15:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Fachgespräch: Erhalt von Verkehrs- und Stadtinfrastruktur",
        "title_en": "Technical talks: maintaining transport and urban infrastructure",
        "title_ja": "意見交換：交通・都市インフラの維持管理",
        "description_de": (
            "Austausch mit der Hauptabteilung Bauwesen der Präfektur über die Instandhaltung von "
            "Straßen und Brücken unter Schneelast, den Winterdienst und alternde Infrastruktur in "
            "schrumpfenden Gemeinden."
        ),
        "description_en": (
            "Exchange with the prefectural Department of Construction on maintaining roads and "
            "bridges under heavy snow, winter road services and ageing infrastructure in "
            "shrinking municipalities."
        ),
        "description_ja": (
            "北海道建設部と、積雪寒冷地における道路・橋梁の維持管理、除雪体制及び人口減少地域"
            "における老朽化したインフラへの対応について意見交換を行う。"
        ),
        "venue": "hokkaido-government",
        "topic": "infrastructure",
        "hosts_de": "Präfekturverwaltung Hokkaido, Hauptabteilung Bauwesen",
        "hosts_en": "Hokkaido Government, Department of Construction",
        "hosts_ja": "北海道建設部",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Foyer des Hauptgebäudes, 13:50 Uhr",
        "meeting_point_en": "Main Government Building, entrance hall, 13:50",
        "meeting_point_ja": "本庁舎1階ロビー（13:50）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Herr Brauckmann und Frau Wessolek tragen je 10 Minuten vor; die japanischen Folien "
            "sind der Präfektur am 3. April zugegangen."
        ),
        "internal_notes_en": (
            "Mr Brauckmann and Ms Wessolek speak for 10 minutes each; the Japanese slides went to "
            "the prefecture on 3 April."
        ),
        "internal_notes_ja": (
            "ブラウクマン第一副議長及びヴェソレク氏が各10分発表。日本語資料は4月3日に道へ送付済み。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d2-reception",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14),
        "end_date": None,
        "start": "18:30",
        "end": "20:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Begrüßungsempfang des Parlamentspräsidenten",
        "title_en": "Welcome reception hosted by the Speaker of the Assembly",
        "title_ja": "北海道議会議長主催 歓迎レセプション",
        "description_de": (
            "Abendempfang mit Abgeordneten des Präfekturparlaments, darunter Mitgliedern der "
            "Delegation von 2024; Grußworte beider Seiten."
        ),
        "description_en": (
            "Evening reception with members of the Prefectural Assembly, including members of "
            "the 2024 delegation; speeches by both sides."
        ),
        "description_ja": (
            "2024年訪問団の議員をはじめとする道議会議員の出席のもと、歓迎レセプションを開催。"
            "双方よりあいさつを行う。"
        ),
        "venue": "sapporo-grand-hotel",
        "topic": "protocol",
        "hosts_de": "KITAGAWA Masaki, Präsident des Präfekturparlaments Hokkaido",
        "hosts_en": "KITAGAWA Masaki, Speaker of the Hokkaido Prefectural Assembly",
        "hosts_ja": "北海道議会議長　北川　正樹",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Dark lounge suit",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Hotellobby, Abfahrt 18:10 Uhr",
        "meeting_point_en": "Hotel lobby, departure 18:10",
        "meeting_point_ja": "ホテルロビー集合（18:10出発）",
        "notes_de": (
            "Grußworte des Präsidenten des Präfekturparlaments und der Vorsitzenden der "
            "Verbandsversammlung, konsekutiv gedolmetscht."
        ),
        "notes_en": (
            "Speeches by the Speaker of the Assembly and the Chair of the Verbandsversammlung, "
            "interpreted consecutively."
        ),
        "notes_ja": "北海道議会議長及びルール地域連合議会議長よりあいさつ（逐次通訳）。",
        "internal_notes_de": (
            "Grußwort von Frau Kösterbrink etwa 5 Minuten; der Redetext ist Yuki Brandt am "
            "10. April zugegangen."
        ),
        "internal_notes_en": (
            "Ms Kösterbrink speaks for about five minutes; the text went to Yuki Brandt on "
            "10 April."
        ),
        "internal_notes_ja": (
            "ケスターブリンク議長のあいさつは約5分。原稿は4月10日にブラント通訳者へ送付済み。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
]
