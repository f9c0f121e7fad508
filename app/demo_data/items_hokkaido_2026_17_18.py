"""Programme of the April 2026 Hokkaidō trip, 17–18 April (Sorachi)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import AKABIRA, HK26_ALL, TOKYO

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
        "title_de": "Strukturwandel im Sorachi-Gebiet: Gespräch im Bezirksamt",
        "title_en": "Structural change in Sorachi: briefing at the Subprefectural Bureau",
        "title_ja": "空知総合振興局：旧産炭地域の振興に関する説明聴取",
        "description_de": (
            "Einführung in die Geschichte des Kohlenbergbaus im Sorachi-Gebiet, den "
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
        "venue_name": "Sorachi General Subprefectural Bureau",
        "venue_address": (
            "8-jo Nishi 5-chome, Iwamizawa, Hokkaido 068-8558, Japan / "
            "〒068-8558 北海道岩見沢市8条西5丁目 空知総合振興局"
        ),
        "topic": "economy",
        "hosts": "Sorachi General Subprefectural Bureau",
        "notes": "Abfahrt mit dem Bus am Hotel um 08:15.",
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
        "title_de": "Altenpflege und Gesundheitsvorsorge in Yūbari",
        "title_en": "Elderly care and health promotion in Yubari",
        "title_ja": "夕張市における高齢者介護と健康づくり",
        "description_de": (
            "Die Stadt Yūbari stellt ihr Modell der gemeindenahen Versorgung nach der "
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
        "venue_name": "Yubari City Hall",
        "venue_address": (
            "Honcho 4-2, Yubari, Hokkaido 068-0492, Japan / 〒068-0492 北海道夕張市本町4丁目2番地"
        ),
        "topic": "elderly-care",
        "hosts": "City of Yubari, Health and Welfare Division",
        "notes": "",
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
        "title_de": "Industriekultur: Kohlebergbaumuseum Yūbari",
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
        "venue_name": "Yubari Coal Mine Museum",
        "venue_address": (
            "Takamatsu 7-1, Yubari, Hokkaido 068-0401, Japan / 〒068-0401 北海道夕張市高松7-1"
        ),
        "topic": "industrial-heritage",
        "hosts": "City of Yubari; Yubari Coal Mine Museum",
        "notes": "Festes Schuhwerk; im Schaustollen ca. 10 °C.",
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
            "Kohlebergwerke Hokkaidōs; Vorstellung des Geoparks Mikasa."
        ),
        "description_en": (
            "Visit to the city museum and the remains of Horonai, one of Hokkaido's oldest coal "
            "mines; presentation of the Mikasa Geopark."
        ),
        "description_ja": (
            "三笠市立博物館及び道内最古級の炭鉱である旧幌内炭鉱の遺構を視察し、三笠ジオパーク"
            "の取組について説明を受ける。"
        ),
        "venue_name": "Mikasa City Museum",
        "venue_address": (
            "Ikushunbetsu Nishiki-cho 1-212-1, Mikasa, Hokkaido 068-2111, Japan / "
            "〒068-2111 北海道三笠市幾春別錦町1丁目212番地1"
        ),
        "topic": "industrial-heritage",
        "hosts": "City of Mikasa",
        "notes": "Festes Schuhwerk, wetterfeste Kleidung.",
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
            "ehemaligen Bergwerks Sumitomo Akabira, geführt von ehemaligen Bergleuten."
        ),
        "description_en": (
            "Tour of the mining heritage centre and the winding tower of the former Sumitomo "
            "Akabira mine, guided by former miners."
        ),
        "description_ja": (
            "元炭鉱マンの案内により、赤平市炭鉱遺産ガイダンス施設及び旧住友赤平炭鉱立坑櫓を"
            "見学する。"
        ),
        "venue_name": AKABIRA[0],
        "venue_address": AKABIRA[1],
        "topic": "industrial-heritage",
        "hosts": "City of Akabira",
        "notes": "Helme werden gestellt.",
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
        "title_de": "Austausch mit Initiativen zum Bergbauerbe im Sorachi-Gebiet",
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
        "venue_name": AKABIRA[0],
        "venue_address": AKABIRA[1],
        "topic": "industrial-heritage",
        "hosts": "Civil-society initiatives for the mining heritage of Sorachi",
        "notes": "Rückfahrt nach Sapporo ca. 17:00.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
]
