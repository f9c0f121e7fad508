"""Programme of the April 2026 Hokkaido trip, 17–18 April (Sorachi)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import HK26_ALL, TOKYO

ITEMS: list[dict[str, Any]] = [
    # --- Fri 17 April: Sorachi I (PLANTED: interpreter missing) ---------------
    {
        "key": "hk26-d5-sorachi",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17),
        "end_date": None,
        "start": "09:30",
        "end": "10:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Strukturwandel in Sorachi: Gespräch bei der Unterpräfektur Sorachi",
        "title_en": "Structural change in Sorachi: briefing at the Subprefectural Bureau",
        "title_ja": "空知総合振興局：旧産炭地域の振興に関する説明聴取",
        "description_de": (
            "Einführung in die Geschichte des Kohlenbergbaus in Sorachi, den "
            "Bevölkerungsrückgang und die Förderprogramme für die ehemaligen Bergbaustädte."
        ),
        "description_en": (
            "Introduction to the history of coal mining in Sorachi, population decline and the "
            "development programmes for the former mining towns."
        ),
        "description_ja": (
            "空知地域における炭鉱の歴史、人口減少の状況及び旧産炭地域の振興施策について説明を"
            "受ける。"
        ),
        "venue": "sorachi-subprefectural-bureau",
        "topic": "economy",
        "hosts_de": "Unterpräfektur Sorachi",
        "hosts_en": "Sorachi General Subprefectural Bureau",
        "hosts_ja": "空知総合振興局",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Hotellobby, Abfahrt mit dem Bus 8:15 Uhr",
        "meeting_point_en": "Hotel lobby, coach leaves at 08:15",
        "meeting_point_ja": "ホテルロビー集合（8:15専用バス出発）",
        "notes_de": "Fahrzeit nach Iwamizawa etwa 60 Minuten.",
        "notes_en": "About 60 minutes by coach to Iwamizawa.",
        "notes_ja": "岩見沢市まで専用バスにて約60分。",
        "internal_notes_de": (
            "Lunchpakete für die Fahrt nach Yubari hat Herr Müller beim Hotel bestellt; "
            "Abrechnung über die Hotelrechnung."
        ),
        "internal_notes_en": (
            "Mr Müller has ordered packed lunches from the hotel for the drive to Yubari; "
            "charged to the hotel bill."
        ),
        "internal_notes_ja": "夕張への移動中の昼食（弁当）はミュラー氏がホテルに手配。宿泊費と併せて精算。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d5-yubari-care",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17),
        "end_date": None,
        "start": "11:30",
        "end": "12:45",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Altenpflege und Gesundheitsvorsorge in Yubari",
        "title_en": "Elderly care and health promotion in Yubari",
        "title_ja": "夕張市における高齢者介護と健康づくり",
        "description_de": (
            "Die Stadt Yubari stellt ihr Modell der gemeindenahen Versorgung nach der "
            "Haushaltskrise vor: hausärztliche Versorgung, Prävention und Pflege in einer stark "
            "alternden Stadt."
        ),
        "description_en": (
            "The City of Yubari presents its community-based care model after its fiscal crisis: "
            "primary care, prevention and long-term care in a rapidly ageing town."
        ),
        "description_ja": (
            "財政破綻を経験した夕張市における地域包括ケアの取組（在宅医療、介護予防、介護）に"
            "ついて説明を受け、意見交換を行う。"
        ),
        "venue": "yubari-city-hall",
        "topic": "elderly-care",
        "hosts_de": "Stadt Yubari, Abteilung Gesundheit und Soziales",
        "hosts_en": "City of Yubari, Health and Welfare Division",
        "hosts_ja": "夕張市保健福祉課",
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
            "Gastgeschenk für die Stadt Yubari (Grubenlampe) überreicht Frau Kruse."
        ),
        "internal_notes_en": "Ms Kruse presents the gift for the City of Yubari (a miner's lamp).",
        "internal_notes_ja": "夕張市への記念品（坑内安全灯）はクルーゼ副議長より贈呈。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
    {
        "key": "hk26-d5-yubari-museum",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17),
        "end_date": None,
        "start": "14:00",
        "end": "15:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Industriekultur: Kohlebergbaumuseum Yubari",
        "title_en": "Industrial heritage: Yubari Coal Mine Museum",
        "title_ja": "産業遺産：夕張市石炭博物館視察",
        "description_de": (
            "Führung durch das Museum und den Schaustollen; Gespräch über touristische Nutzung "
            "des Bergbauerbes im Vergleich mit der Route der Industriekultur."
        ),
        "description_en": (
            "Guided tour of the museum and its mine gallery; talks on tourism based on mining "
            "heritage, compared with the Ruhr's Industrial Heritage Trail."
        ),
        "description_ja": (
            "博物館及び模擬坑道を見学し、炭鉱遺産を生かした観光振興について、ルール地域の"
            "「産業文化ルート」と比較しつつ意見交換を行う。"
        ),
        "venue": "yubari-coal-mine-museum",
        "topic": "industrial-heritage",
        "hosts_de": "Stadt Yubari; Kohlebergbaumuseum Yubari",
        "hosts_en": "City of Yubari; Yubari Coal Mine Museum",
        "hosts_ja": "夕張市、夕張市石炭博物館",
        "dress_code_de": "Festes Schuhwerk und warme Kleidung (im Schaustollen etwa 10 °C)",
        "dress_code_en": "Sturdy shoes and warm clothing (about 10 °C in the mine gallery)",
        "dress_code_ja": "歩きやすい靴、防寒着（模擬坑道内は約10℃）",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Den Eintritt für die Gruppe zahlt Frau Wessolek vor Ort aus der Handkasse."
        ),
        "internal_notes_en": "Ms Wessolek pays the group's admission on site from the petty cash.",
        "internal_notes_ja": "団体入館料はヴェソレク氏が現地にて小口現金で支払い。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Sat 18 April: Sorachi II ------------------------------------------------
    {
        "key": "hk26-d6-mikasa",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18),
        "end_date": None,
        "start": "10:00",
        "end": "11:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Industriekultur: Stadtmuseum Mikasa und ehemaliges Bergwerk Horonai",
        "title_en": "Industrial heritage: Mikasa City Museum and the former Horonai mine",
        "title_ja": "産業遺産：三笠市立博物館・旧幌内炭鉱視察",
        "description_de": (
            "Besuch des Stadtmuseums und der Relikte des Bergwerks Horonai, eines der ältesten "
            "Kohlebergwerke Hokkaidos; Vorstellung des Geoparks Mikasa."
        ),
        "description_en": (
            "Visit to the city museum and the remains of Horonai, one of Hokkaido's oldest coal "
            "mines; presentation of the Mikasa Geopark."
        ),
        "description_ja": (
            "三笠市立博物館及び道内最古級の炭鉱である旧幌内炭鉱の遺構を視察し、三笠ジオパーク"
            "の取組について説明を受ける。"
        ),
        "venue": "mikasa-city-museum",
        "topic": "industrial-heritage",
        "hosts_de": "Stadt Mikasa",
        "hosts_en": "City of Mikasa",
        "hosts_ja": "三笠市",
        "dress_code_de": "Festes Schuhwerk, wetterfeste Kleidung",
        "dress_code_en": "Sturdy shoes, outdoor clothing",
        "dress_code_ja": "歩きやすい靴、雨具・防寒着",
        "meeting_point_de": "Hotellobby, Abfahrt mit dem Bus 8:45 Uhr",
        "meeting_point_en": "Hotel lobby, coach leaves at 08:45",
        "meeting_point_ja": "ホテルロビー集合（8:45専用バス出発）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": "",
        "internal_notes_en": "",
        "internal_notes_ja": "",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d6-akabira",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18),
        "end_date": None,
        "start": "13:30",
        "end": "15:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Industriekultur: Förderturm und Bergbauerbe in Akabira",
        "title_en": "Industrial heritage: winding tower and mining heritage in Akabira",
        "title_ja": "産業遺産：旧住友赤平炭鉱立坑櫓視察",
        "description_de": (
            "Rundgang durch das Informationszentrum zum Bergbauerbe und den Förderturm des "
            "ehemaligen Bergwerks Sumitomo Akabira, geführt von ehemaligen Beschäftigten des "
            "Bergwerks."
        ),
        "description_en": (
            "Tour of the mining heritage centre and the winding tower of the former Sumitomo "
            "Akabira mine, guided by former mine workers."
        ),
        "description_ja": (
            "元炭鉱従事者の案内により、赤平市炭鉱遺産ガイダンス施設及び旧住友赤平炭鉱立坑櫓を"
            "見学する。"
        ),
        "venue": "akabira-coal-mine-heritage",
        "topic": "industrial-heritage",
        "hosts_de": "Stadt Akabira",
        "hosts_en": "City of Akabira",
        "hosts_ja": "赤平市",
        "dress_code_de": "Festes Schuhwerk",
        "dress_code_en": "Sturdy shoes",
        "dress_code_ja": "歩きやすい靴",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": "Schutzhelme werden vor Ort gestellt.",
        "notes_en": "Safety helmets are provided on site.",
        "notes_ja": "ヘルメットは現地にて貸与。",
        "internal_notes_de": (
            "Als Dank für die Führung überreicht Herr Müller eine Geschenkbox mit Spezialitäten "
            "aus dem Ruhrgebiet."
        ),
        "internal_notes_en": (
            "As thanks for the tour, Mr Müller hands over a gift box of specialities from the Ruhr."
        ),
        "internal_notes_ja": "案内への謝意として、ミュラー氏よりルール地域の特産品詰合せを贈呈。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d6-civil-society",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18),
        "end_date": None,
        "start": "15:15",
        "end": "16:15",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Austausch mit Initiativen zum Bergbauerbe in Sorachi",
        "title_en": "Exchange with civil-society initiatives for Sorachi's mining heritage",
        "title_ja": "空知の炭鉱遺産に取り組む市民団体との意見交換",
        "description_de": (
            "Gespräch mit Vereinen und Initiativen, deren Mitglieder das Ruhrgebiet bereits "
            "mehrfach besucht haben, über Erhalt und Vermittlung des Bergbauerbes."
        ),
        "description_en": (
            "Talks with associations and initiatives whose members have visited the Ruhr several "
            "times, on preserving and presenting mining heritage."
        ),
        "description_ja": (
            "これまでたびたびルール地域を訪れている市民団体の方々と、炭鉱遺産の保存と活用に"
            "ついて意見交換を行う。"
        ),
        "venue": "akabira-coal-mine-heritage",
        "topic": "industrial-heritage",
        "hosts_de": "Vereine und Initiativen zum Bergbauerbe in Sorachi",
        "hosts_en": "Civil-society initiatives for the mining heritage of Sorachi",
        "hosts_ja": "空知の炭鉱遺産に取り組む市民団体",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": "Rückfahrt nach Sapporo gegen 17:00 Uhr.",
        "notes_en": "Return to Sapporo at about 17:00.",
        "notes_ja": "17:00頃 札幌へ向けて出発。",
        "internal_notes_de": (
            "Die Initiativen haben um Material zur Route der Industriekultur gebeten: "
            "20 Broschüren auf Japanisch einpacken."
        ),
        "internal_notes_en": (
            "The initiatives asked for material on the Industrial Heritage Trail: pack 20 "
            "brochures in Japanese."
        ),
        "internal_notes_ja": "市民団体より「産業文化ルート」資料の要望あり。日本語パンフレット20部を持参。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
]
