"""Programme of the April 2026 Hokkaidō trip, 19–21 April (free day, construction projects, departure)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import CTS, HK26_ALL, HOTEL, TOKYO

ITEMS: list[dict[str, Any]] = [
    # --- Sun 19 April: free day (all-day) --------------------------------------
    {
        "key": "hk26-d7-free",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 19),
        "end_date": date(2026, 4, 19),
        "start": None,
        "end": None,
        "timezone": TOKYO,
        "all_day": True,
        "title_de": "Freier Tag – individuelles Programm",
        "title_en": "Free day – individual programme",
        "title_ja": "自由行動日",
        "description_de": (
            "Kein offizielles Programm. Die Präfekturverwaltung hat Empfehlungen für Sapporo und "
            "Otaru zusammengestellt."
        ),
        "description_en": (
            "No official programme. The prefectural administration has put together "
            "suggestions for Sapporo and Otaru."
        ),
        "description_ja": "公式日程なし。札幌市内及び小樽の観光情報を道より提供。",
        "venue_name": "Sapporo",
        "venue_address": "",
        "topic": "travel",
        "hosts": "",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
    # --- Mon 20 April: construction projects, education, farewell --------------
    {
        "key": "hk26-d8-tunnel",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20),
        "end_date": None,
        "start": "08:30",
        "end": "11:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Baustellenbesuch: Hokkaidō-Shinkansen, Tunnel Sapporo",
        "title_en": "Site visit: Hokkaido Shinkansen, Sapporo Tunnel",
        "title_ja": "北海道新幹線 札幌トンネル工事現場視察",
        "description_de": (
            "Besichtigung eines Tunnelabschnitts der Neubaustrecke des Hokkaidō-Shinkansen nach "
            "Sapporo mit der staatlichen Bauagentur JRTT."
        ),
        "description_en": (
            "Visit to a tunnel section of the Hokkaido Shinkansen extension to Sapporo with the "
            "national construction agency JRTT."
        ),
        "description_ja": (
            "鉄道・運輸機構の案内により、北海道新幹線（新函館北斗・札幌間）札幌トンネルの工事"
            "現場を視察する。"
        ),
        "venue_name": "Hokkaido Shinkansen construction site, Sapporo Tunnel (Teine section)",
        "venue_address": "Teine-ku, Sapporo, Hokkaido, Japan / 北海道札幌市手稲区",
        "topic": "site-visit",
        "hosts": "Japan Railway Construction, Transport and Technology Agency (JRTT), Hokkaido Shinkansen Construction Bureau",
        "notes": (
            "Am 19.04. abgesagt: Spätwintereinbruch, Zufahrt zum Tunnelportal gesperrt. "
            "Sicherheitsschuhe wären gestellt worden."
        ),
        "interpreting_needed": True,
        "status": "cancelled",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d8-station",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20),
        "end_date": None,
        "start": "13:00",
        "end": "14:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Stadtentwicklung: Bahnhofsumfeld Sapporo und Shinkansen-Anbindung",
        "title_en": "Urban development: Sapporo Station area and the Shinkansen terminus",
        "title_ja": "まちづくり：札幌駅交流拠点の再開発と新幹線駅整備",
        "description_de": (
            "Vorstellung der Neugestaltung des Bahnhofsumfelds und des künftigen "
            "Shinkansen-Bahnhofs im Rathaus, anschließend Rundgang über die Baustellen am "
            "Bahnhof."
        ),
        "description_en": (
            "Presentation at City Hall of the redevelopment around Sapporo Station and the future "
            "Shinkansen station, followed by a walk around the construction sites at the station."
        ),
        "description_ja": (
            "札幌市役所において札幌駅交流拠点の再開発及び新幹線駅の整備について説明を受けた後、"
            "駅周辺の工事現場を視察する。"
        ),
        "venue_name": "Sapporo City Hall",
        "venue_address": (
            "Kita 1 Nishi 2, Chuo-ku, Sapporo, Hokkaido 060-8611, Japan / "
            "〒060-8611 北海道札幌市中央区北1条西2丁目"
        ),
        "topic": "site-visit",
        "hosts": "City of Sapporo, Urban Planning Bureau",
        "notes": "Helm und Warnweste werden für den Rundgang gestellt.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d8-education",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20),
        "end_date": None,
        "start": "15:00",
        "end": "16:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Bildung: Gespräch mit der Schulbehörde der Präfektur",
        "title_en": "Education: talks with the Hokkaido Board of Education",
        "title_ja": "教育：北海道教育委員会との意見交換",
        "description_de": (
            "Austausch über Schulen im ländlichen Raum, Berufsorientierung und mögliche Schul- "
            "und Jugendaustausche zwischen Hokkaidō und dem Ruhrgebiet."
        ),
        "description_en": (
            "Exchange on schools in rural areas, career guidance and possible school and youth "
            "exchanges between Hokkaido and the Ruhr."
        ),
        "description_ja": (
            "過疎地域における学校教育やキャリア教育、北海道とルール地域の学校間・青少年交流の"
            "可能性について意見交換を行う。"
        ),
        "venue_name": "Hokkaido Board of Education",
        "venue_address": (
            "Kita 3 Nishi 7, Chuo-ku, Sapporo, Hokkaido 060-8544, Japan / "
            "〒060-8544 北海道札幌市中央区北3条西7丁目 道庁別館"
        ),
        "topic": "education",
        "hosts": "Hokkaido Board of Education",
        "notes": "",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["aylin-kruse", "sabine-wessolek", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d8-farewell",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20),
        "end_date": None,
        "start": "18:30",
        "end": "20:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Abschiedsessen auf Einladung der Delegation",
        "title_en": "Farewell dinner hosted by the RVR delegation",
        "title_ja": "ルール地域連合代表団主催 答礼夕食会",
        "description_de": (
            "Gegeneinladung der Delegation an die Gastgeber aus Parlament und "
            "Präfekturverwaltung; Dank und Ausblick auf einen Gegenbesuch zur IGA 2027."
        ),
        "description_en": (
            "Return invitation by the delegation to its hosts from the assembly and the "
            "prefectural government; thanks and an outlook on a return visit during the IGA 2027."
        ),
        "description_ja": (
            "代表団が道議会及び道の関係者を招き、答礼夕食会を開催する。謝辞を述べるとともに、"
            "IGA2027開催時の再訪問について懇談する。"
        ),
        "venue_name": "Sapporo Beer Garden",
        "venue_address": (
            "Kita 7 Higashi 9-2-10, Higashi-ku, Sapporo, Hokkaido 065-0007, Japan / "
            "〒065-0007 北海道札幌市東区北7条東9丁目2-10"
        ),
        "topic": "protocol",
        "hosts": "RVR delegation (guests: Speaker of the Assembly, Hokkaido Government)",
        "notes": "Business casual.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # --- Tue 21 April: departure -------------------------------------------------
    {
        "key": "hk26-d9-checkout",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 21),
        "end_date": None,
        "start": "08:30",
        "end": "09:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Check-out und Transfer zum Flughafen",
        "title_en": "Check-out and transfer to the airport",
        "title_ja": "チェックアウト・空港へ移動",
        "description_de": "Check-out im Hotel und Bustransfer zum Flughafen Neu-Chitose.",
        "description_en": "Check-out at the hotel and coach transfer to New Chitose Airport.",
        "description_ja": "ホテルをチェックアウトし、専用バスにて新千歳空港へ移動する。",
        "venue_name": HOTEL[0],
        "venue_address": HOTEL[1],
        "topic": "travel",
        "hosts": "",
        "notes": "Koffer bis 08:15 in der Lobby.",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
    {
        "key": "hk26-d9-departure",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 21),
        "end_date": None,
        "start": "10:30",
        "end": "11:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Abflug ab Neu-Chitose",
        "title_en": "Departure from New Chitose Airport",
        "title_ja": "新千歳空港 出発",
        "description_de": "Rückflug über Tokio-Haneda nach Deutschland.",
        "description_en": "Return flight to Germany via Tokyo Haneda.",
        "description_ja": "羽田空港経由にてドイツへ帰国の途につく。",
        "venue_name": CTS[0],
        "venue_address": CTS[1],
        "topic": "travel",
        "hosts": "Hokkaido Government, International Affairs Division",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
]
