"""Venues of the programmes in the Ruhr and in Greater Manchester (the 2024 and 2027
visits from Hokkaido and the 2022 working visit). ``venues.py`` holds the Hokkaido
venues and the shared ones (``rvr-headquarters``, ``duesseldorf-airport``).

Each name and address is written as its reader expects it: German and English
addresses in Western order (street, postcode, town), Japanese addresses from the
largest unit to the smallest (country, town, street, number) with the postcode in
brackets. Coordinates are the entrance, to three decimals.
"""

from __future__ import annotations

from typing import Any

_BERLIN = "Europe/Berlin"
_LONDON = "Europe/London"

VENUES: list[dict[str, Any]] = [
    # --- Ruhr and Düsseldorf ------------------------------------------------
    {
        "slug": "zollverein",
        "name_de": "UNESCO-Welterbe Zollverein",
        "name_en": "Zollverein UNESCO World Heritage Site",
        "name_ja": "世界遺産ツォルフェライン炭鉱業遺産群",
        "address_de": "Gelsenkirchener Straße 181, 45309 Essen",
        "address_en": "Gelsenkirchener Straße 181, 45309 Essen, Germany",
        "address_ja": "ドイツ・エッセン市ゲルゼンキルヒェナー通り181（郵便番号45309）",
        "timezone": _BERLIN,
        "latitude": 51.486,
        "longitude": 7.046,
    },
    {
        "slug": "lwl-museum-zeche-zollern",
        "name_de": "LWL-Museum Zeche Zollern",
        "name_en": "LWL Museum Zollern Colliery",
        "name_ja": "LWL産業博物館ツォレルン炭鉱",
        "address_de": "Grubenweg 5, 44388 Dortmund",
        "address_en": "Grubenweg 5, 44388 Dortmund, Germany",
        "address_ja": "ドイツ・ドルトムント市グルーベンヴェーク5（郵便番号44388）",
        "timezone": _BERLIN,
        "latitude": 51.516,
        "longitude": 7.332,
    },
    {
        "slug": "emschergenossenschaft",
        "name_de": "Emschergenossenschaft, Hauptverwaltung",
        "name_en": "Emschergenossenschaft (Emscher water board), head office",
        "name_ja": "エムシャー組合本部",
        "address_de": "Kronprinzenstraße 24, 45128 Essen",
        "address_en": "Kronprinzenstraße 24, 45128 Essen, Germany",
        "address_ja": "ドイツ・エッセン市クロンプリンツェン通り24（郵便番号45128）",
        "timezone": _BERLIN,
        "latitude": 51.447,
        "longitude": 7.017,
    },
    {
        "slug": "landtag-nrw",
        "name_de": "Landtag Nordrhein-Westfalen",
        "name_en": "Landtag of North Rhine-Westphalia (state parliament)",
        "name_ja": "ノルトライン＝ヴェストファーレン州議会議事堂",
        "address_de": "Platz des Landtags 1, 40221 Düsseldorf",
        "address_en": "Platz des Landtags 1, 40221 Düsseldorf, Germany",
        "address_ja": "ドイツ・デュッセルドルフ市プラッツ・デス・ラントタークス1（郵便番号40221）",
        "timezone": _BERLIN,
        "latitude": 51.218,
        "longitude": 6.768,
    },
    {
        "slug": "nordsternpark",
        "name_de": "Nordsternpark Gelsenkirchen (IGA 2027 Zukunftsgarten)",
        "name_en": "Nordsternpark, Gelsenkirchen (IGA 2027 Future Garden)",
        "name_ja": "ノルトシュテルン公園（ゲルゼンキルヒェン、IGA2027「未来の庭」会場）",
        "address_de": "Am Bugapark 1, 45899 Gelsenkirchen",
        "address_en": "Am Bugapark 1, 45899 Gelsenkirchen, Germany",
        "address_ja": "ドイツ・ゲルゼンキルヒェン市アム・ブーガパーク1（郵便番号45899）",
        "timezone": _BERLIN,
        "latitude": 51.531,
        "longitude": 7.033,
    },
    {
        "slug": "kokerei-hansa",
        "name_de": "Kokerei Hansa, Dortmund (IGA 2027 Zukunftsgarten)",
        "name_en": "Hansa coking plant, Dortmund (IGA 2027 Future Garden)",
        "name_ja": "ハンザ・コークス工場（ドルトムント、IGA2027「未来の庭」会場）",
        "address_de": "Emscherallee 11, 44369 Dortmund",
        "address_en": "Emscherallee 11, 44369 Dortmund, Germany",
        "address_ja": "ドイツ・ドルトムント市エムシャーアレー11（郵便番号44369）",
        "timezone": _BERLIN,
        "latitude": 51.534,
        "longitude": 7.410,
    },
    # --- Greater Manchester ---------------------------------------------------
    {
        "slug": "gmca-tootal-buildings",
        "name_de": "Greater Manchester Combined Authority, Tootal Buildings",
        "name_en": "Greater Manchester Combined Authority, Tootal Buildings",
        "name_ja": "グレーター・マンチェスター合同行政機構（GMCA）本部",
        "address_de": (
            "Tootal Buildings, Broadhurst House, 56 Oxford Street, Manchester M1 6EU, "
            "Vereinigtes Königreich"
        ),
        "address_en": "Tootal Buildings, Broadhurst House, 56 Oxford Street, Manchester M1 6EU, United Kingdom",
        "address_ja": (
            "英国・マンチェスター市オックスフォード・ストリート56　ブロードハースト・ハウス"
            "（郵便番号M1 6EU）"
        ),
        "timezone": _LONDON,
        "latitude": 53.476,
        "longitude": -2.241,
    },
    {
        "slug": "science-and-industry-museum",
        "name_de": "Science and Industry Museum, Manchester",
        "name_en": "Science and Industry Museum",
        "name_ja": "科学産業博物館（マンチェスター）",
        "address_de": "Liverpool Road, Manchester M3 4FP, Vereinigtes Königreich",
        "address_en": "Liverpool Road, Manchester M3 4FP, United Kingdom",
        "address_ja": "英国・マンチェスター市リバプール・ロード（郵便番号M3 4FP）",
        "timezone": _LONDON,
        "latitude": 53.477,
        "longitude": -2.255,
    },
    {
        "slug": "manchester-central-library",
        "name_de": "Manchester Central Library (Zentralbibliothek)",
        "name_en": "Manchester Central Library",
        "name_ja": "マンチェスター中央図書館",
        "address_de": "St Peter's Square, Manchester M2 5PD, Vereinigtes Königreich",
        "address_en": "St Peter's Square, Manchester M2 5PD, United Kingdom",
        "address_ja": "英国・マンチェスター市セント・ピーターズ・スクエア（郵便番号M2 5PD）",
        "timezone": _LONDON,
        "latitude": 53.478,
        "longitude": -2.244,
    },
    {
        "slug": "tfgm-piccadilly-place",
        "name_de": "Transport for Greater Manchester, Piccadilly Place",
        "name_en": "Transport for Greater Manchester, Piccadilly Place",
        "name_ja": "グレーター・マンチェスター交通局（TfGM）",
        "address_de": "2 Piccadilly Place, Manchester M1 3BG, Vereinigtes Königreich",
        "address_en": "2 Piccadilly Place, Manchester M1 3BG, United Kingdom",
        "address_ja": "英国・マンチェスター市ピカデリー・プレイス2（郵便番号M1 3BG）",
        "timezone": _LONDON,
        "latitude": 53.477,
        "longitude": -2.231,
    },
]
