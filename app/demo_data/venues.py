"""The venue directory of the demo programmes, attendee groups and zones.

``VENUES``: one record per place (``models.tables.Venue``), found by ``slug``; a
programme item names its venue as ``"venue": slug``. Each address is written the way
its reader writes it: Japanese addresses in Japanese order (〒, prefecture → town →
block) for ``address_ja`` and in Latin order ("Kita 3 Nishi 6, Chuo-ku, Sapporo
060-8588, Japan") for de and en; German addresses in German form, in Japanese with the
Latin address in brackets for the taxi driver. Coordinates are given to about three
decimals where they are known, else None. Venues used only by the other trips are in
``venues_more``.
"""

from __future__ import annotations

from typing import Any

# ---------------------------------------------------------------------------
# Attendee groups and zones
# ---------------------------------------------------------------------------

HK26_ALL = [
    "renate-koesterbrink",
    "matthias-brauckmann",
    "aylin-kruse",
    "thomas-kettelhake",
    "sabine-wessolek",
    "jonas-mueller",
]
AS24_ALL = [
    "kenichi-sato",
    "miwa-yamaguchi",
    "daisuke-nakajima",
    "takashi-onodera",
    "akiko-ishida",
]
GM22_ALL = ["sabine-wessolek", "thomas-kettelhake", "jonas-mueller"]
IGA27_ALL = ["masaki-kitagawa", "yuka-morimoto"]

TOKYO = "Asia/Tokyo"
BERLIN = "Europe/Berlin"
LONDON = "Europe/London"

# ---------------------------------------------------------------------------
# Venues
# ---------------------------------------------------------------------------

VENUES: list[dict[str, Any]] = [
    # --- Hokkaido: Sapporo and Chitose -----------------------------------------
    {
        "slug": "new-chitose-airport",
        "name_de": "Flughafen Neu-Chitose, Inlandsterminal",
        "name_en": "New Chitose Airport, Domestic Terminal",
        "name_ja": "新千歳空港 国内線旅客ターミナルビル",
        "address_de": "Bibi 987-22, Chitose 066-0012, Japan",
        "address_en": "Bibi 987-22, Chitose 066-0012, Japan",
        "address_ja": "〒066-0012 北海道千歳市美々987番地22",
        "timezone": TOKYO,
        "latitude": 42.787,
        "longitude": 141.681,
    },
    {
        "slug": "jr-tower-hotel-nikko-sapporo",
        "name_de": "JR Tower Hotel Nikko Sapporo",
        "name_en": "JR Tower Hotel Nikko Sapporo",
        "name_ja": "JRタワーホテル日航札幌",
        "address_de": "Kita 5 Nishi 2-5, Chuo-ku, Sapporo 060-0005, Japan",
        "address_en": "Kita 5 Nishi 2-5, Chuo-ku, Sapporo 060-0005, Japan",
        "address_ja": "〒060-0005 北海道札幌市中央区北5条西2丁目5番地",
        "timezone": TOKYO,
        "latitude": 43.068,
        "longitude": 141.352,
    },
    {
        "slug": "hokkaido-assembly",
        "name_de": "Präfekturparlament Hokkaido, Parlamentsgebäude",
        "name_en": "Hokkaido Prefectural Assembly Building",
        "name_ja": "北海道議会庁舎",
        "address_de": "Kita 3 Nishi 6, Chuo-ku, Sapporo 060-8588, Japan",
        "address_en": "Kita 3 Nishi 6, Chuo-ku, Sapporo 060-8588, Japan",
        "address_ja": "〒060-8588 北海道札幌市中央区北3条西6丁目",
        "timezone": TOKYO,
        "latitude": 43.064,
        "longitude": 141.346,
    },
    {
        "slug": "hokkaido-government",
        "name_de": "Präfekturverwaltung Hokkaido, Hauptgebäude",
        "name_en": "Hokkaido Government, Main Government Building",
        "name_ja": "北海道庁本庁舎",
        "address_de": "Kita 3 Nishi 6, Chuo-ku, Sapporo 060-8588, Japan",
        "address_en": "Kita 3 Nishi 6, Chuo-ku, Sapporo 060-8588, Japan",
        "address_ja": "〒060-8588 北海道札幌市中央区北3条西6丁目",
        "timezone": TOKYO,
        "latitude": 43.064,
        "longitude": 141.347,
    },
    {
        "slug": "hokkaido-board-of-education",
        "name_de": "Schulbehörde der Präfektur Hokkaido (Nebengebäude der Präfekturverwaltung)",
        "name_en": "Hokkaido Board of Education (Government Annex)",
        "name_ja": "北海道教育委員会（道庁別館）",
        "address_de": "Kita 3 Nishi 7, Chuo-ku, Sapporo 060-8544, Japan",
        "address_en": "Kita 3 Nishi 7, Chuo-ku, Sapporo 060-8544, Japan",
        "address_ja": "〒060-8544 北海道札幌市中央区北3条西7丁目 道庁別館",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "hokkaido-womens-plaza",
        "name_de": "Frauenzentrum der Präfektur Hokkaido (Kaderu 2.7)",
        "name_en": "Hokkaido Women's Plaza (Kaderu 2.7)",
        "name_ja": "北海道立女性プラザ（かでる2・7）",
        "address_de": "Kita 2 Nishi 7, Chuo-ku, Sapporo 060-0002, Japan",
        "address_en": "Kita 2 Nishi 7, Chuo-ku, Sapporo 060-0002, Japan",
        "address_ja": "〒060-0002 北海道札幌市中央区北2条西7丁目 かでる2・7",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "hokkaido-university",
        "name_de": "Universität Hokkaido, Campus Sapporo",
        "name_en": "Hokkaido University, Sapporo Campus",
        "name_ja": "北海道大学 札幌キャンパス",
        "address_de": "Kita 8 Nishi 5, Kita-ku, Sapporo 060-0808, Japan",
        "address_en": "Kita 8 Nishi 5, Kita-ku, Sapporo 060-0808, Japan",
        "address_ja": "〒060-0808 北海道札幌市北区北8条西5丁目",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "sapporo-city-hall",
        "name_de": "Rathaus Sapporo",
        "name_en": "Sapporo City Hall",
        "name_ja": "札幌市役所本庁舎",
        "address_de": "Kita 1 Nishi 2, Chuo-ku, Sapporo 060-8611, Japan",
        "address_en": "Kita 1 Nishi 2, Chuo-ku, Sapporo 060-8611, Japan",
        "address_ja": "〒060-8611 北海道札幌市中央区北1条西2丁目",
        "timezone": TOKYO,
        "latitude": 43.062,
        "longitude": 141.354,
    },
    {
        "slug": "sapporo-grand-hotel",
        "name_de": "Sapporo Grand Hotel",
        "name_en": "Sapporo Grand Hotel",
        "name_ja": "札幌グランドホテル",
        "address_de": "Kita 1 Nishi 4, Chuo-ku, Sapporo 060-0001, Japan",
        "address_en": "Kita 1 Nishi 4, Chuo-ku, Sapporo 060-0001, Japan",
        "address_ja": "〒060-0001 北海道札幌市中央区北1条西4丁目",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "sapporo-park-hotel",
        "name_de": "Sapporo Park Hotel",
        "name_en": "Sapporo Park Hotel",
        "name_ja": "札幌パークホテル",
        "address_de": "Minami 10 Nishi 3-1-1, Chuo-ku, Sapporo 064-8510, Japan",
        "address_en": "Minami 10 Nishi 3-1-1, Chuo-ku, Sapporo 064-8510, Japan",
        "address_ja": "〒064-8510 北海道札幌市中央区南10条西3丁目1番1号",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "sapporo-olympic-museum",
        "name_de": "Olympiamuseum Sapporo (Sprungschanze Okurayama)",
        "name_en": "Sapporo Olympic Museum (Okurayama Ski Jump Stadium)",
        "name_ja": "札幌オリンピックミュージアム（大倉山ジャンプ競技場）",
        "address_de": "Miyanomori 1274, Chuo-ku, Sapporo 064-0958, Japan",
        "address_en": "Miyanomori 1274, Chuo-ku, Sapporo 064-0958, Japan",
        "address_ja": "〒064-0958 北海道札幌市中央区宮の森1274番地",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "sapporo-beer-garden",
        "name_de": "Sapporo Beer Garden",
        "name_en": "Sapporo Beer Garden",
        "name_ja": "サッポロビール園",
        "address_de": "Kita 7 Higashi 9-2-10, Higashi-ku, Sapporo 065-0007, Japan",
        "address_en": "Kita 7 Higashi 9-2-10, Higashi-ku, Sapporo 065-0007, Japan",
        "address_ja": "〒065-0007 北海道札幌市東区北7条東9丁目2番10号",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "shinkansen-sapporo-tunnel-teine",
        "name_de": "Baustelle Hokkaido-Shinkansen, Tunnel Sapporo (Abschnitt Teine)",
        "name_en": "Hokkaido Shinkansen construction site, Sapporo Tunnel (Teine section)",
        "name_ja": "北海道新幹線 札幌トンネル（手稲工区）工事現場",
        "address_de": "Teine-ku, Sapporo, Japan",
        "address_en": "Teine-ku, Sapporo, Japan",
        "address_ja": "北海道札幌市手稲区",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "sapporo",
        "name_de": "Sapporo und Umgebung",
        "name_en": "Sapporo and surroundings",
        "name_ja": "札幌市内及び近郊",
        "address_de": "Sapporo, Japan",
        "address_en": "Sapporo, Japan",
        "address_ja": "北海道札幌市",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    # --- Hokkaido: Sorachi ----------------------------------------------------------
    {
        "slug": "sorachi-subprefectural-bureau",
        "name_de": "Unterpräfektur Sorachi",
        "name_en": "Sorachi General Subprefectural Bureau",
        "name_ja": "空知総合振興局",
        "address_de": "8-jo Nishi 5-chome, Iwamizawa 068-8558, Japan",
        "address_en": "8-jo Nishi 5-chome, Iwamizawa 068-8558, Japan",
        "address_ja": "〒068-8558 北海道岩見沢市8条西5丁目",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "yubari-city-hall",
        "name_de": "Rathaus Yubari",
        "name_en": "Yubari City Hall",
        "name_ja": "夕張市役所",
        "address_de": "Honcho 4-2, Yubari 068-0492, Japan",
        "address_en": "Honcho 4-2, Yubari 068-0492, Japan",
        "address_ja": "〒068-0492 北海道夕張市本町4丁目2番地",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "yubari-coal-mine-museum",
        "name_de": "Kohlebergbaumuseum Yubari",
        "name_en": "Yubari Coal Mine Museum",
        "name_ja": "夕張市石炭博物館",
        "address_de": "Takamatsu 7-1, Yubari 068-0401, Japan",
        "address_en": "Takamatsu 7-1, Yubari 068-0401, Japan",
        "address_ja": "〒068-0401 北海道夕張市高松7番地1",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "mikasa-city-museum",
        "name_de": "Stadtmuseum Mikasa",
        "name_en": "Mikasa City Museum",
        "name_ja": "三笠市立博物館",
        "address_de": "Ikushunbetsu Nishiki-cho 1-212-1, Mikasa 068-2111, Japan",
        "address_en": "Ikushunbetsu Nishiki-cho 1-212-1, Mikasa 068-2111, Japan",
        "address_ja": "〒068-2111 北海道三笠市幾春別錦町1丁目212番地1",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "akabira-coal-mine-heritage",
        "name_de": "Informationszentrum Bergbauerbe Akabira",
        "name_en": "Akabira Coal Mine Heritage Guidance Facility",
        "name_ja": "赤平市炭鉱遺産ガイダンス施設",
        "address_de": "Aza Akabira 485, Akabira 079-1101, Japan",
        "address_en": "Aza Akabira 485, Akabira 079-1101, Japan",
        "address_ja": "〒079-1101 北海道赤平市字赤平485番地",
        "timezone": TOKYO,
        "latitude": None,
        "longitude": None,
    },
    # --- Ruhr ----------------------------------------------------------------------------
    {
        "slug": "rvr-headquarters",
        "name_de": "Regionalverband Ruhr, Hauptverwaltung",
        "name_en": "Regionalverband Ruhr, Headquarters",
        "name_ja": "ルール地域連合（RVR）本部",
        "address_de": "Kronprinzenstraße 35, 45128 Essen",
        "address_en": "Kronprinzenstraße 35, 45128 Essen, Germany",
        "address_ja": "ドイツ エッセン市 クローンプリンツェン通り35（Kronprinzenstraße 35, 45128 Essen）",
        "timezone": BERLIN,
        "latitude": None,
        "longitude": None,
    },
    {
        "slug": "duesseldorf-airport",
        "name_de": "Flughafen Düsseldorf",
        "name_en": "Düsseldorf Airport",
        "name_ja": "デュッセルドルフ空港",
        "address_de": "Flughafenstraße 120, 40474 Düsseldorf",
        "address_en": "Flughafenstraße 120, 40474 Düsseldorf, Germany",
        "address_ja": "ドイツ デュッセルドルフ市 フルークハーフェン通り120（Flughafenstraße 120, 40474 Düsseldorf）",
        "timezone": BERLIN,
        "latitude": 51.289,
        "longitude": 6.767,
    },
]

# ---------------------------------------------------------------------------
# Old (name, address) tuples, still imported by items_assembly_2024 and
# items_iga_2027_manchester_2022 until they name their venues by slug.
# ---------------------------------------------------------------------------

_BY_SLUG = {venue["slug"]: venue for venue in VENUES}
RVR = (_BY_SLUG["rvr-headquarters"]["name_en"], _BY_SLUG["rvr-headquarters"]["address_en"])
DUS = (_BY_SLUG["duesseldorf-airport"]["name_en"], _BY_SLUG["duesseldorf-airport"]["address_en"])
