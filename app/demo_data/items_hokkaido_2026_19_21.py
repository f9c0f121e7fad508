"""Programme of the April 2026 Hokkaido trip, 19–21 April (free day, construction projects, departure)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import HK26_ALL, TOKYO

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
        "venue": "sapporo",
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
            "Frau Wessolek ist den ganzen Tag telefonisch erreichbar; die Notrufnummer des "
            "Reisebüros haben alle Delegationsmitglieder."
        ),
        "internal_notes_en": (
            "Ms Wessolek can be reached by phone all day; every delegation member has the travel "
            "agency's emergency number."
        ),
        "internal_notes_ja": "ヴェソレク氏は終日電話連絡可。旅行会社の緊急連絡先は団員全員に配布済み。",
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
        "title_de": "Baustellenbesuch: Hokkaido-Shinkansen, Tunnel Sapporo",
        "title_en": "Site visit: Hokkaido Shinkansen, Sapporo Tunnel",
        "title_ja": "北海道新幹線 札幌トンネル工事現場視察",
        "description_de": (
            "Besichtigung eines Tunnelabschnitts der Neubaustrecke des Hokkaido-Shinkansen nach "
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
        "venue": "shinkansen-sapporo-tunnel-teine",
        "topic": "site-visit",
        "hosts_de": (
            "Japan Railway Construction, Transport and Technology Agency (JRTT), Baubüro "
            "Hokkaido-Shinkansen"
        ),
        "hosts_en": (
            "Japan Railway Construction, Transport and Technology Agency (JRTT), Hokkaido "
            "Shinkansen Construction Bureau"
        ),
        "hosts_ja": "独立行政法人鉄道建設・運輸施設整備支援機構 北海道新幹線建設局",
        "dress_code_de": "Festes Schuhwerk; Sicherheitsschuhe und Helme werden gestellt",
        "dress_code_en": "Sturdy shoes; safety boots and helmets are provided",
        "dress_code_ja": "歩きやすい靴（安全靴及びヘルメットは貸与）",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": (
            "Am 19. April abgesagt: Ein Spätwintereinbruch hat die Zufahrt zum Tunnelportal "
            "unpassierbar gemacht."
        ),
        "notes_en": "Cancelled on 19 April: late snowfall closed the access road to the tunnel portal.",
        "notes_ja": "4月19日、降雪により坑口への進入路が通行止めとなったため中止。",
        "internal_notes_de": (
            "Schuhgrößen waren an die JRTT gemeldet. Die JRTT bietet einen Ersatztermin beim "
            "nächsten Besuch an; in den Bericht an den Verbandsausschuss aufnehmen."
        ),
        "internal_notes_en": (
            "Shoe sizes had been sent to JRTT. JRTT offers another date on the next visit; "
            "include in the report to the Verbandsausschuss."
        ),
        "internal_notes_ja": (
            "安全靴のサイズは鉄道・運輸機構へ連絡済みであった。次回訪問時の代替視察の提案あり。"
            "Verbandsausschuss（RVR執行委員会）への報告に記載。"
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
        "venue": "sapporo-city-hall",
        "topic": "site-visit",
        "hosts_de": "Stadt Sapporo, Stadtplanungsamt",
        "hosts_en": "City of Sapporo, Urban Planning Bureau",
        "hosts_ja": "札幌市まちづくり政策局",
        "dress_code_de": "Festes Schuhwerk",
        "dress_code_en": "Sturdy shoes",
        "dress_code_ja": "歩きやすい靴",
        "meeting_point_de": "Haupteingang des Rathauses, 12:50 Uhr",
        "meeting_point_en": "Main entrance of City Hall, 12:50",
        "meeting_point_ja": "札幌市役所本庁舎正面玄関（12:50）",
        "notes_de": "Helm und Warnweste werden für den Rundgang gestellt.",
        "notes_en": "Helmets and high-visibility vests are provided for the walk.",
        "notes_ja": "工事現場視察時はヘルメット及び安全ベストを貸与。",
        "internal_notes_de": "",
        "internal_notes_en": "",
        "internal_notes_ja": "",
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
            "und Jugendaustausche zwischen Hokkaido und dem Ruhrgebiet."
        ),
        "description_en": (
            "Exchange on schools in rural areas, careers guidance and possible school and youth "
            "exchanges between Hokkaido and the Ruhr."
        ),
        "description_ja": (
            "過疎地域における学校教育やキャリア教育、北海道とルール地域の学校間・青少年交流の"
            "可能性について意見交換を行う。"
        ),
        "venue": "hokkaido-board-of-education",
        "topic": "education",
        "hosts_de": "Schulbehörde der Präfektur Hokkaido",
        "hosts_en": "Hokkaido Board of Education",
        "hosts_ja": "北海道教育委員会",
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
            "Frau Kruse bringt die Anfrage zweier Gesamtschulen aus dem Ruhrgebiet zum "
            "Schulaustausch mit."
        ),
        "internal_notes_en": (
            "Ms Kruse brings the request from two Ruhr comprehensive schools for a school exchange."
        ),
        "internal_notes_ja": "ルール地域の総合制学校2校からの学校交流の要望書をクルーゼ副議長が持参。",
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
        "title_ja": "ルール地域連合訪問団主催 答礼夕食会",
        "description_de": (
            "Gegeneinladung der Delegation an die Gastgebenden aus Parlament und "
            "Präfekturverwaltung; Dank und Ausblick auf einen Gegenbesuch zur IGA 2027."
        ),
        "description_en": (
            "Return invitation by the delegation to its hosts from the assembly and the "
            "prefectural government; thanks and an outlook on a return visit during the IGA 2027."
        ),
        "description_ja": (
            "訪問団が道議会及び道の関係者を招き、答礼夕食会を開催する。謝辞を述べるとともに、"
            "IGA2027開催時の再訪問について懇談する。"
        ),
        "venue": "sapporo-beer-garden",
        "topic": "protocol",
        "hosts_de": (
            "Delegation des Regionalverbands Ruhr; Gäste: der Präsident des "
            "Präfekturparlaments Hokkaido und die Präfekturverwaltung Hokkaido"
        ),
        "hosts_en": (
            "Regionalverband Ruhr delegation; guests: the Speaker of the Hokkaido Prefectural "
            "Assembly and the Hokkaido Government"
        ),
        "hosts_ja": "ルール地域連合訪問団（招待者：北海道議会議長、北海道）",
        "dress_code_de": "Business Casual",
        "dress_code_en": "Business casual",
        "dress_code_ja": "ビジネスカジュアル",
        "meeting_point_de": "Hotellobby, Abfahrt 18:00 Uhr",
        "meeting_point_en": "Hotel lobby, departure 18:00",
        "meeting_point_ja": "ホテルロビー集合（18:00出発）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Budget höchstens 8.000 Euro einschließlich Getränke, Rechnung an den RVR. "
            "Tischrede Frau Kösterbrink; die Gastgeschenke sind zu diesem Zeitpunkt übergeben."
        ),
        "internal_notes_en": (
            "Budget no more than EUR 8,000 including drinks, invoiced to the RVR. Ms Kösterbrink "
            "gives the dinner speech; all gifts have been presented by then."
        ),
        "internal_notes_ja": (
            "予算上限8,000ユーロ（飲物代込み）、請求先RVR。ケスターブリンク議長がテーブル"
            "スピーチ。記念品は贈呈済み。"
        ),
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
        "venue": "jr-tower-hotel-nikko-sapporo",
        "topic": "travel",
        "hosts_de": "",
        "hosts_en": "",
        "hosts_ja": "",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Hotellobby, 8:30 Uhr",
        "meeting_point_en": "Hotel lobby, 08:30",
        "meeting_point_ja": "ホテルロビー集合（8:30）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Koffer bis 8:15 Uhr in der Lobby. Minibar und Telefon zahlt jede Person selbst; "
            "die Zimmer rechnet das Hotel mit dem RVR ab."
        ),
        "internal_notes_en": (
            "Suitcases in the lobby by 08:15. Everyone settles their own minibar and phone; the "
            "hotel invoices the rooms to the RVR."
        ),
        "internal_notes_ja": (
            "スーツケースは8:15までにロビーへ。ミニバー等は各自精算、宿泊費はRVRへ一括請求。"
        ),
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
        "venue": "new-chitose-airport",
        "topic": "travel",
        "hosts_de": "Präfekturverwaltung Hokkaido, Abteilung für internationale Angelegenheiten",
        "hosts_en": "Hokkaido Government, International Affairs Division",
        "hosts_ja": "北海道総合政策部国際局国際課",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Abflughalle Inland, Gruppenschalter, 9:45 Uhr",
        "meeting_point_en": "Domestic departures hall, group check-in counter, 09:45",
        "meeting_point_ja": "国内線出発ロビー 団体カウンター（9:45）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Die Bordkarten für den Weiterflug ab Haneda hat Herr Müller; Umsteigezeit in Haneda "
            "gut zwei Stunden."
        ),
        "internal_notes_en": (
            "Mr Müller holds the boarding passes for the onward flight from Haneda; just over two "
            "hours to change in Haneda."
        ),
        "internal_notes_ja": "羽田からの乗継便の搭乗券はミュラー氏が保管。羽田での乗継時間は約2時間。",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [],
    },
]
