"""Programme of the 2024 visit of the Hokkaidō assembly delegation to the Ruhr."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import AS24_ALL, BERLIN, DUS, RVR

ITEMS: list[dict[str, Any]] = [
    # ======================= hokkaido-assembly-2024 (inbound) ================
    {
        "key": "as24-d1-arrival",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 8),
        "end_date": None,
        "start": "16:00",
        "end": "17:00",
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Ankunft der Delegation am Flughafen Düsseldorf",
        "title_en": "Arrival of the delegation at Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港 到着",
        "description_de": "Empfang durch den RVR am Flughafen und Transfer zum Hotel in Essen.",
        "description_en": "Welcome by the RVR at the airport and transfer to the hotel in Essen.",
        "description_ja": "空港にてルール地域連合職員の出迎えを受け、エッセン市内のホテルへ移動する。",
        "venue_name": DUS[0],
        "venue_address": DUS[1],
        "topic": "travel",
        "hosts": "Regionalverband Ruhr, Bereich III Regionale Planung und Entwicklung",
        "notes": "",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Empfang und Gespräch beim Regionalverband Ruhr",
        "title_en": "Reception and talks at the Regionalverband Ruhr",
        "title_ja": "ルール地域連合（RVR）表敬訪問・意見交換",
        "description_de": (
            "Begrüßung durch die Leitung der Verbandsversammlung, Vorstellung des RVR und der "
            "Metropole Ruhr; die Delegation lädt den RVR zu einem Gegenbesuch nach Hokkaidō ein."
        ),
        "description_en": (
            "Welcome by the leadership of the Verbandsversammlung and presentation of the RVR and "
            "the Ruhr Metropolis; the delegation invites the RVR to a return visit to Hokkaido."
        ),
        "description_ja": (
            "ルール地域連合議会の議長団による歓迎を受け、同連合及びルール地域について説明を"
            "受ける。議員団よりルール地域連合に対し、北海道への答礼訪問を招請する。"
        ),
        "venue_name": RVR[0],
        "venue_address": RVR[1],
        "topic": "protocol",
        "hosts": "Regionalverband Ruhr: leadership of the Verbandsversammlung",
        "notes": "Dunkler Anzug / Kostüm.",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "UNESCO-Welterbe Zollverein",
        "title_en": "Zollverein UNESCO World Heritage Site",
        "title_ja": "世界遺産ツォルフェライン炭鉱業遺産群 視察",
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
        "venue_name": "Zeche Zollverein (UNESCO World Heritage Site)",
        "venue_address": "Gelsenkirchener Straße 181, 45309 Essen, Germany",
        "topic": "industrial-heritage",
        "hosts": "Stiftung Zollverein",
        "notes": "Festes Schuhwerk.",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "LWL-Museum Zeche Zollern",
        "title_en": "LWL Museum Zollern Colliery",
        "title_ja": "LWL産業博物館ツォレルン炭鉱 視察",
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
        "venue_name": "LWL-Museum Zeche Zollern",
        "venue_address": "Grubenweg 5, 44388 Dortmund, Germany",
        "topic": "industrial-heritage",
        "hosts": "LWL-Museum für Industriekultur",
        "notes": "",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Umbau des Emscher-Systems",
        "title_en": "The conversion of the Emscher river system",
        "title_ja": "エムシャー川再生事業 説明聴取",
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
        "venue_name": "Emschergenossenschaft",
        "venue_address": "Kronprinzenstraße 24, 45128 Essen, Germany",
        "topic": "infrastructure",
        "hosts": "Emschergenossenschaft",
        "notes": "",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Besuch im Landtag Nordrhein-Westfalen",
        "title_en": "Visit to the Landtag of North Rhine-Westphalia",
        "title_ja": "ノルトライン＝ヴェストファーレン州議会 訪問",
        "description_de": "Führung durch den Landtag und Gespräch über die Arbeit des Landesparlaments.",
        "description_en": "Tour of the Landtag and talks on the work of the state parliament.",
        "description_ja": "州議会議事堂を見学し、州議会の活動について説明を受ける。",
        "venue_name": "Landtag Nordrhein-Westfalen",
        "venue_address": "Platz des Landtags 1, 40221 Düsseldorf, Germany",
        "topic": "protocol",
        "hosts": "Landtag Nordrhein-Westfalen",
        "notes": "Ausweis für die Einlasskontrolle mitbringen.",
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
        "timezone": BERLIN,
        "all_day": False,
        "title_de": "Abreise ab Flughafen Düsseldorf",
        "title_en": "Departure from Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港 出発",
        "description_de": "Rückflug nach Japan.",
        "description_en": "Return flight to Japan.",
        "description_ja": "帰国の途につく。",
        "venue_name": DUS[0],
        "venue_address": DUS[1],
        "topic": "travel",
        "hosts": "Regionalverband Ruhr, Bereich III Regionale Planung und Entwicklung",
        "notes": "",
        "interpreting_needed": False,
        "status": "confirmed",
        "attendees": [*AS24_ALL],
        "interpreters": [],
    },
]
