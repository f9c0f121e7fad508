"""Attendee groups, venues and zones shared by the demo programmes."""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Programme items
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

# Venues used more than once (name, address).
CTS = (
    "New Chitose Airport, Domestic Terminal",
    "Bibi 987-22, Chitose, Hokkaido 066-0012, Japan / 〒066-0012 北海道千歳市美々987-22",
)
HOTEL = (
    "JR Tower Hotel Nikko Sapporo",
    "Kita 5 Nishi 2-5, Chuo-ku, Sapporo, Hokkaido 060-0005, Japan / "
    "〒060-0005 北海道札幌市中央区北5条西2丁目5",
)
ASSEMBLY = (
    "Hokkaido Prefectural Assembly Building",
    "Kita 6 Nishi 6, Chuo-ku, Sapporo, Hokkaido 060-8588, Japan / "
    "〒060-8588 北海道札幌市中央区北6条西6丁目 北海道議会庁舎",
)
GOV = (
    "Hokkaido Government, Main Government Building",
    "Kita 6 Nishi 6, Chuo-ku, Sapporo, Hokkaido 060-8588, Japan / "
    "〒060-8588 北海道札幌市中央区北6条西6丁目 北海道庁本庁舎",
)
AKABIRA = (
    "Akabira Coal Mine Heritage Guidance Facility",
    "Aza Akabira 485, Akabira, Hokkaido 079-1101, Japan / "
    "〒079-1101 北海道赤平市字赤平485 赤平市炭鉱遺産ガイダンス施設",
)
RVR = (
    "Regionalverband Ruhr, Headquarters",
    "Kronprinzenstraße 35, 45128 Essen, Germany",
)
DUS = ("Düsseldorf Airport", "Flughafenstraße 120, 40474 Düsseldorf, Germany")

TOKYO = "Asia/Tokyo"
BERLIN = "Europe/Berlin"
LONDON = "Europe/London"
