"""Programme of the 2024 visit of the Hokkaido Prefectural Assembly delegation to the Ruhr."""

from __future__ import annotations

from datetime import date
from typing import Any

_BERLIN = "Europe/Berlin"
AS24_ALL = [
    "kenichi-sato",
    "miwa-yamaguchi",
    "daisuke-nakajima",
    "takashi-onodera",
    "akiko-ishida",
]

_RVR_TEAM = {
    "hosts_de": "Regionalverband Ruhr, Team Europa und Internationales",
    "hosts_en": "Regionalverband Ruhr, Europe and International Team",
    "hosts_ja": "ルール地域連合　欧州・国際チーム",
}
_NO_SHARED_NOTES = {
    "dress_code_de": "",
    "dress_code_en": "",
    "dress_code_ja": "",
    "meeting_point_de": "",
    "meeting_point_en": "",
    "meeting_point_ja": "",
    "notes_de": "",
    "notes_en": "",
    "notes_ja": "",
}

ITEMS: list[dict[str, Any]] = [
    # ======================= hokkaido-assembly-2024 (inbound) ================
    {
        "key": "as24-d1-arrival",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 8),
        "end_date": None,
        "start": "16:00",
        "end": "17:00",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Ankunft der Delegation am Flughafen Düsseldorf",
        "title_en": "Arrival of the delegation at Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港　到着",
        "description_de": "Empfang durch den RVR am Flughafen und Transfer zum Hotel in Essen.",
        "description_en": "Welcome by the RVR at the airport and transfer to the hotel in Essen.",
        "description_ja": "空港にてルール地域連合職員の出迎えを受け、エッセン市内のホテルへ移動する。",
        "venue": "duesseldorf-airport",
        "topic": "travel",
        **_RVR_TEAM,
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Ankunftshalle, Ausgang der Gepäckausgabe",
        "meeting_point_en": "Arrivals hall, baggage reclaim exit",
        "meeting_point_ja": "到着ロビー（手荷物受取所出口）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Kleinbus für sieben Personen ab 15:30 Uhr am Terminal; Begrüßungsschild auf "
            "Japanisch. Ankunftszeit am Vortag mit dem Sekretariat des Präfekturparlaments "
            "bestätigen."
        ),
        "internal_notes_en": (
            "Minibus for seven at the terminal from 15:30; welcome sign in Japanese. Confirm the "
            "arrival time with the Assembly Secretariat the day before."
        ),
        "internal_notes_ja": (
            "15時30分から7人乗りマイクロバスを空港ターミナルに待機させる。日本語の歓迎表示を"
            "用意する。到着時刻は前日に北海道議会事務局へ確認する。"
        ),
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [],
    },
    {
        "key": "as24-d2-rvr",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 9),
        "end_date": None,
        "start": "10:00",
        "end": "12:00",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Empfang und Gespräch beim Regionalverband Ruhr",
        "title_en": "Reception and talks at the Regionalverband Ruhr",
        "title_ja": "ルール地域連合（RVR）表敬訪問・意見交換",
        "description_de": (
            "Begrüßung durch die Leitung der Verbandsversammlung, Vorstellung des RVR und der "
            "Metropole Ruhr; die Delegation lädt den RVR zu einem Gegenbesuch nach Hokkaido ein."
        ),
        "description_en": (
            "Welcome by the leadership of the Verbandsversammlung and presentation of the RVR and "
            "the Ruhr Metropolis; the delegation invites the RVR to a return visit to Hokkaido."
        ),
        "description_ja": (
            "ルール地域連合議会の議長団による歓迎を受け、同連合及びルール地域について説明を"
            "受ける。議員団よりルール地域連合に対し、北海道への答礼訪問を招請する。"
        ),
        "venue": "rvr-headquarters",
        "topic": "protocol",
        "hosts_de": "Regionalverband Ruhr, Leitung der Verbandsversammlung",
        "hosts_en": "Regionalverband Ruhr, leadership of the Verbandsversammlung (regional assembly)",
        "hosts_ja": "ルール地域連合議会議長団",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Business attire (dark suit)",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Hotelfoyer, Abfahrt 9:30 Uhr",
        "meeting_point_en": "Hotel lobby, departure 9:30",
        "meeting_point_ja": "ホテルロビー（9時30分出発）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Gastgeschenk (Grubenlampe mit Gravur) überreicht die Vorsitzende nach der "
            "Begrüßung; Sitzordnung nach Rangfolge, Tischkarten zweisprachig."
        ),
        "internal_notes_en": (
            "The Chair hands over the gift (engraved miner's lamp) after the welcome; seating "
            "by precedence, bilingual place cards."
        ),
        "internal_notes_ja": (
            "歓迎挨拶の後、議長より記念品（銘入りの坑内安全灯）を贈呈する。席次に従い着席し、"
            "席札は日独2か国語で用意する。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d2-zollverein",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 9),
        "end_date": None,
        "start": "14:00",
        "end": "16:30",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "UNESCO-Welterbe Zollverein",
        "title_en": "Zollverein UNESCO World Heritage Site",
        "title_ja": "世界遺産ツォルフェライン炭鉱業遺産群　視察",
        "description_de": (
            "Führung über das Gelände der ehemaligen Zeche und Kokerei Zollverein und Gespräch "
            "über die Umnutzung des Bergbauerbes für Kultur, Design und Tourismus."
        ),
        "description_en": (
            "Guided tour of the former Zollverein colliery and coking plant, and talks on the "
            "conversion of mining heritage for culture, design and tourism."
        ),
        "description_ja": (
            "旧ツォルフェライン炭鉱及びコークス工場を見学し、炭鉱遺産の文化・デザイン・観光への"
            "転用について説明を受ける。"
        ),
        "venue": "zollverein",
        "topic": "industrial-heritage",
        "hosts_de": "Stiftung Zollverein",
        "hosts_en": "Zollverein Foundation",
        "hosts_ja": "ツォルフェライン財団",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Besucherzentrum in der Kohlenwäsche (Schacht XII)",
        "meeting_point_en": "Visitor centre in the coal washing plant (Shaft XII)",
        "meeting_point_ja": "第12坑選炭場内ビジターセンター",
        "notes_de": (
            "Bitte festes Schuhwerk tragen; ein Teil der Führung findet im Freien und auf Treppen "
            "statt."
        ),
        "notes_en": "Please wear sturdy shoes; part of the tour is outdoors and on stairs.",
        "notes_ja": "見学の一部は屋外及び階段での移動となりますので、歩きやすい靴を御用意ください。",
        "internal_notes_de": "Führung für acht Personen gebucht; Rechnung an das Team Europa und Internationales.",
        "internal_notes_en": "Tour booked for eight; invoice to the Europe and International Team.",
        "internal_notes_ja": "8名分のガイドツアーを予約済み。請求書は欧州・国際チーム宛て。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d3-zollern",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 10),
        "end_date": None,
        "start": "10:00",
        "end": "12:00",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "LWL-Museum Zeche Zollern",
        "title_en": "LWL Museum Zollern Colliery",
        "title_ja": "LWL産業博物館ツォレルン炭鉱　視察",
        "description_de": (
            "Besuch des Industriemuseums in der Jugendstil-Zeche Zollern in Dortmund; "
            "Gespräch über Museen und Vermittlung der Bergbaugeschichte."
        ),
        "description_en": (
            "Visit to the industrial museum in the Art Nouveau Zollern colliery in Dortmund; "
            "talks on museums and the presentation of mining history."
        ),
        "description_ja": (
            "ドルトムントにあるユーゲントシュティール様式のツォレルン炭鉱産業博物館を視察し、"
            "炭鉱の歴史を伝える博物館の取組について説明を受ける。"
        ),
        "venue": "lwl-museum-zeche-zollern",
        "topic": "industrial-heritage",
        "hosts_de": "LWL-Museum für Industriekultur",
        "hosts_en": "LWL Industrial Museum",
        "hosts_ja": "LWL産業博物館",
        **_NO_SHARED_NOTES,
        "internal_notes_de": "Bus ab Hotel 9:15 Uhr; Fahrtzeit nach Dortmund-Bövinghausen etwa 35 Minuten.",
        "internal_notes_en": "Coach from the hotel at 9:15; about 35 minutes to Dortmund-Bövinghausen.",
        "internal_notes_ja": "ホテル発9時15分の貸切バス。ドルトムント市ベーヴィングハウゼン地区まで約35分。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d3-emscher",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 10),
        "end_date": None,
        "start": "14:00",
        "end": "15:30",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Umbau des Emscher-Systems",
        "title_en": "The conversion of the Emscher river system",
        "title_ja": "エムシャー川再生事業　説明聴取",
        "description_de": (
            "Die Emschergenossenschaft erläutert den Umbau der Emscher vom offenen Abwasserlauf "
            "zum naturnahen Fluss als Infrastrukturprojekt des Strukturwandels."
        ),
        "description_en": (
            "The Emschergenossenschaft explains how the Emscher was turned from an open sewer "
            "into a near-natural river, an infrastructure project of structural change."
        ),
        "description_ja": (
            "エムシャー組合より、開渠の排水路であったエムシャー川を自然に近い河川へと再生した、"
            "構造転換を象徴するインフラ事業について説明を受ける。"
        ),
        "venue": "emschergenossenschaft",
        "topic": "infrastructure",
        "hosts_de": "Emschergenossenschaft",
        "hosts_en": "Emschergenossenschaft (Emscher water board)",
        "hosts_ja": "エムシャー組合",
        **_NO_SHARED_NOTES,
        "internal_notes_de": "Vortragsfolien vorab anfordern und Herrn Brandt zur Vorbereitung schicken.",
        "internal_notes_en": "Ask for the slides in advance and send them to Mr Brandt to prepare.",
        "internal_notes_ja": "説明資料を事前に入手し、準備のためブラント氏へ送付する。",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d4-landtag",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 11),
        "end_date": None,
        "start": "10:00",
        "end": "11:30",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Besuch im Landtag Nordrhein-Westfalen",
        "title_en": "Visit to the Landtag of North Rhine-Westphalia",
        "title_ja": "ノルトライン＝ヴェストファーレン州議会　訪問",
        "description_de": "Führung durch den Landtag und Gespräch über die Arbeit des Landesparlaments.",
        "description_en": "Tour of the Landtag and talks on the work of the state parliament.",
        "description_ja": "州議会議事堂を見学し、州議会の活動について説明を受ける。",
        "venue": "landtag-nrw",
        "topic": "protocol",
        "hosts_de": "Landtag Nordrhein-Westfalen",
        "hosts_en": "Landtag of North Rhine-Westphalia (state parliament)",
        "hosts_ja": "ノルトライン＝ヴェストファーレン州議会",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Business attire (dark suit)",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Besuchereingang des Landtags",
        "meeting_point_en": "Visitors' entrance of the Landtag",
        "meeting_point_ja": "州議会議事堂　見学者入口",
        "notes_de": "Bitte den Reisepass für die Einlasskontrolle mitführen.",
        "notes_en": "Please bring your passport for the security check at the entrance.",
        "notes_ja": "入館時の本人確認のため、旅券を御持参ください。",
        "internal_notes_de": (
            "Teilnehmendenliste mit Passnummern bis 3. Juli an den Besucherdienst des Landtags; "
            "Koffer bleiben im Bus."
        ),
        "internal_notes_en": (
            "List of participants with passport numbers to the Landtag visitor service by 3 July; "
            "luggage stays on the coach."
        ),
        "internal_notes_ja": (
            "旅券番号を記載した参加者名簿を7月3日までに州議会見学者窓口へ提出する。"
            "スーツケースはバスに置いたままとする。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d4-departure",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 11),
        "end_date": None,
        "start": "16:00",
        "end": "17:00",
        "timezone": _BERLIN,
        "all_day": False,
        "title_de": "Abreise ab Flughafen Düsseldorf",
        "title_en": "Departure from Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港　出発",
        "description_de": "Rückflug nach Japan.",
        "description_en": "Return flight to Japan.",
        "description_ja": "帰国の途につく。",
        "venue": "duesseldorf-airport",
        "topic": "travel",
        **_RVR_TEAM,
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Abflughalle, Check-in-Schalter der Fluggesellschaft",
        "meeting_point_en": "Departures hall, airline check-in desks",
        "meeting_point_ja": "出発ロビー（航空会社チェックインカウンター）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Mittagessen in der Altstadt, Bus zum Flughafen 14:30 Uhr; Verabschiedung durch "
            "Frau Wessolek."
        ),
        "internal_notes_en": (
            "Lunch in the old town, coach to the airport at 14:30; farewell by Ms Wessolek."
        ),
        "internal_notes_ja": (
            "旧市街にて昼食後、14時30分にバスで空港へ移動。ヴェソレク・チーム長が見送る。"
        ),
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [],
    },
]
