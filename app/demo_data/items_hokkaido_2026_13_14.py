"""Programme of the April 2026 Hokkaidō trip, 13–14 April (arrival, courtesy calls)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import ASSEMBLY, CTS, GOV, HK26_ALL, HOTEL, TOKYO

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
            "羽田空港発の国内線にて到着。北海道国際課職員の出迎えを受け、専用バスにて札幌市内へ"
            "移動する。"
        ),
        "venue_name": CTS[0],
        "venue_address": CTS[1],
        "topic": "travel",
        "hosts": "Hokkaido Government, International Affairs Division",
        "notes": "Anreise über Tokio-Haneda. Gepäck wird direkt ins Hotel gebracht.",
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
        "venue_name": HOTEL[0],
        "venue_address": HOTEL[1],
        "topic": "travel",
        "hosts": "",
        "notes": "",
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
        "title_ja": "北海道国際課との日程打合せ",
        "description_de": (
            "Abstimmung von Besuchsprogramm, protokollarischer Reihenfolge und Gastgeschenken "
            "mit der Abteilung für internationale Angelegenheiten."
        ),
        "description_en": (
            "Run-through of the visit programme, order of precedence and official gifts with "
            "the International Affairs Division."
        ),
        "description_ja": "訪問日程、席次及び記念品贈呈の段取りについて、道国際課と最終確認を行う。",
        "venue_name": HOTEL[0],
        "venue_address": HOTEL[1],
        "topic": "protocol",
        "hosts": "Hokkaido Government, International Affairs Division (Director)",
        "notes": "Besprechungsraum im Hotel.",
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
            "Antrittsbesuch beim Präsidenten des Hokkaidō-gikai: Rückblick auf den Besuch der "
            "Parlamentsdelegation im Ruhrgebiet im Sommer 2024 und Ausblick auf die Partnerschaft."
        ),
        "description_en": (
            "Courtesy call on the Speaker of the Hokkaido-gikai, looking back on the assembly "
            "delegation's visit to the Ruhr in summer 2024 and ahead to the partnership."
        ),
        "description_ja": (
            "北海道議会議長を表敬訪問し、2024年夏の道議会議員団によるルール地域訪問を振り返る"
            "とともに、今後の交流について懇談する。"
        ),
        "venue_name": ASSEMBLY[0],
        "venue_address": ASSEMBLY[1],
        "topic": "protocol",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": "Dunkler Anzug / Kostüm. Gastgeschenk überreicht die Vorsitzende.",
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
        "title_de": "Höflichkeitsbesuch beim Gouverneur von Hokkaidō",
        "title_en": "Courtesy call on the Governor of Hokkaido",
        "title_ja": "北海道知事 表敬訪問",
        "description_de": "Kurzer Empfang beim Gouverneur im Hauptgebäude der Präfekturverwaltung.",
        "description_en": "Short reception by the Governor in the Main Government Building.",
        "description_ja": "道庁本庁舎において知事を表敬訪問する。",
        "venue_name": GOV[0],
        "venue_address": GOV[1],
        "topic": "protocol",
        "hosts": "Office of the Governor of Hokkaido",
        "notes": "Dunkler Anzug / Kostüm. Fototermin im Empfangsraum.",
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
        "title_en": "Expert talks: maintaining transport and urban infrastructure",
        "title_ja": "意見交換：交通・都市インフラの維持管理",
        "description_de": (
            "Austausch mit der Bauabteilung der Präfektur über die Instandhaltung von Straßen und "
            "Brücken unter Schneelast, den Winterdienst und alternde Infrastruktur in "
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
        "venue_name": GOV[0],
        "venue_address": GOV[1],
        "topic": "infrastructure",
        "hosts": "Hokkaido Government, Department of Construction",
        "notes": "",
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
            "Abendempfang mit Abgeordneten des Präfekturparlaments, darunter Mitglieder der "
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
        "venue_name": "Sapporo Grand Hotel",
        "venue_address": (
            "Kita 1 Nishi 4, Chuo-ku, Sapporo, Hokkaido 060-0001, Japan / "
            "〒060-0001 北海道札幌市中央区北1条西4丁目"
        ),
        "topic": "protocol",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": "Grußwort der Vorsitzenden (ca. 5 Minuten, konsekutiv gedolmetscht). Dunkler Anzug / Kostüm.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
]
