"""Programme of the April 2026 Hokkaidō trip, 15–16 April (signing, the split day)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import ASSEMBLY, GOV, HK26_ALL, TOKYO

ITEMS: list[dict[str, Any]] = [
    # --- Wed 15 April: signing ------------------------------------------------
    {
        "key": "hk26-d3-gender",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15),
        "end_date": None,
        "start": "09:30",
        "end": "11:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Gleichstellung: Besuch im Frauenzentrum der Präfektur",
        "title_en": "Gender equality: visit to the Hokkaido Women's Plaza",
        "title_ja": "男女平等参画：北海道立女性プラザ視察",
        "description_de": (
            "Vorstellung der Gleichstellungspolitik Hokkaidōs und der Förderung von Frauen in "
            "Politik und Wirtschaft; Austausch über Ansätze im Ruhrgebiet."
        ),
        "description_en": (
            "Presentation of Hokkaido's gender equality policy and of programmes promoting women "
            "in politics and business; exchange on approaches in the Ruhr."
        ),
        "description_ja": (
            "北海道の男女平等参画施策及び政治・経済分野における女性活躍推進の取組について説明を"
            "受け、ルール地域の取組を紹介しつつ意見交換を行う。"
        ),
        "venue_name": "Hokkaido Women's Plaza (Kaderu 2.7)",
        "venue_address": (
            "Kita 2 Nishi 7, Chuo-ku, Sapporo, Hokkaido 060-0002, Japan / "
            "〒060-0002 北海道札幌市中央区北2条西7丁目 かでる2・7"
        ),
        "topic": "gender-equality",
        "hosts": "Hokkaido Government, Department of Environment and Lifestyle",
        "notes": "",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["renate-koesterbrink", "aylin-kruse", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d3-signing",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15),
        "end_date": None,
        "start": "14:00",
        "end": "15:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Unterzeichnung der Partnerschaftsurkunde",
        "title_en": "Signing of the partnership certificate",
        "title_ja": "パートナーシップ証書 調印式",
        "description_de": (
            "Feierliche Unterzeichnung der Partnerschaftsurkunde durch die Vorsitzende der "
            "Verbandsversammlung und den Präsidenten des Präfekturparlaments; Austausch von "
            "Gastgeschenken und Fototermin."
        ),
        "description_en": (
            "Formal signing of the partnership certificate by the Chair of the "
            "Verbandsversammlung and the Speaker of the Prefectural Assembly, followed by an "
            "exchange of gifts and a photo session."
        ),
        "description_ja": (
            "ルール地域連合議会議長及び北海道議会議長がパートナーシップ証書に署名する。"
            "署名後、記念品の交換及び記念撮影を行う。"
        ),
        "venue_name": ASSEMBLY[0],
        "venue_address": ASSEMBLY[1],
        "topic": "ceremony",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": (
            "Feierlicher Anlass: dunkler Anzug / Kostüm. Eintreffen 13:40 zur Einweisung. "
            "Urkunde in zwei Originalen (Deutsch/Japanisch)."
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d3-press",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15),
        "end_date": None,
        "start": "15:30",
        "end": "16:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Pressestatement",
        "title_en": "Press statement",
        "title_ja": "報道機関への共同発表",
        "description_de": "Gemeinsame Erklärung gegenüber der Presse im Anschluss an die Unterzeichnung.",
        "description_en": "Joint statement to the press following the signing.",
        "description_ja": "調印式終了後、報道機関に対し共同で発表を行う。",
        "venue_name": ASSEMBLY[0],
        "venue_address": ASSEMBLY[1],
        "topic": "protocol",
        "hosts": "Hokkaido Prefectural Assembly Secretariat",
        "notes": "",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["renate-koesterbrink", "matthias-brauckmann", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d3-dinner",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15),
        "end_date": None,
        "start": "18:30",
        "end": "20:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Abendessen auf Einladung der Präfekturverwaltung",
        "title_en": "Dinner hosted by the Hokkaido Government",
        "title_ja": "北海道主催 夕食会",
        "description_de": (
            "Abendessen anlässlich der Unterzeichnung mit Vertreterinnen und Vertretern von "
            "Präfekturverwaltung, Parlament und Wirtschaft."
        ),
        "description_en": (
            "Dinner on the occasion of the signing with representatives of the prefectural "
            "government, the assembly and business."
        ),
        "description_ja": "調印を記念し、道、道議会及び経済界の関係者と夕食会を行う。",
        "venue_name": "Sapporo Park Hotel",
        "venue_address": (
            "Minami 10 Nishi 3-1-1, Chuo-ku, Sapporo, Hokkaido 064-8510, Japan / "
            "〒064-8510 北海道札幌市中央区南10条西3丁目1-1"
        ),
        "topic": "protocol",
        "hosts": "Hokkaido Government",
        "notes": "Dunkler Anzug / Kostüm.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Thu 16 April: group split (PLANTED: interpreter double-booked) ------
    {
        "key": "hk26-d4-economy",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16),
        "end_date": None,
        "start": "10:00",
        "end": "11:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Wirtschafts- und Strukturpolitik: Gespräch mit der Wirtschaftsabteilung",
        "title_en": "Economic and structural policy: talks with the Department of Economic Affairs",
        "title_ja": "意見交換：経済・構造政策（北海道経済部）",
        "description_de": (
            "Strukturwandel nach dem Ende des Steinkohlenbergbaus, Ansiedlungspolitik, "
            "Wasserstoff und erneuerbare Energien; die Business Metropole Ruhr stellt den "
            "Wirtschaftsstandort Ruhr vor."
        ),
        "description_en": (
            "Structural change after the end of coal mining, inward investment, hydrogen and "
            "renewable energy; Business Metropole Ruhr presents the Ruhr as a business location."
        ),
        "description_ja": (
            "石炭産業終息後の構造転換、企業誘致、水素・再生可能エネルギー等について意見交換を"
            "行う。ビジネス・メトロポール・ルール社よりルール地域の立地環境を紹介する。"
        ),
        "venue_name": GOV[0],
        "venue_address": GOV[1],
        "topic": "economy",
        "hosts": "Hokkaido Government, Department of Economic Affairs",
        "notes": "Gruppe geteilt: parallel zum Termin an der Universität Hokkaidō.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["renate-koesterbrink", "thomas-kettelhake", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d4-university",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16),
        "end_date": None,
        "start": "10:30",
        "end": "12:00",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Wissenschaft und Forschung: Universität Hokkaidō",
        "title_en": "Science and research: Hokkaido University",
        "title_ja": "学術・研究交流：北海道大学訪問",
        "description_de": (
            "Gespräch mit der Hochschulleitung und Prof. Hasegawa über Forschung zu "
            "Bergbaufolgelandschaften und Infrastruktur in Kälteregionen sowie über mögliche "
            "Kooperationen mit der Universitätsallianz Ruhr."
        ),
        "description_en": (
            "Talks with the university leadership and Prof. Hasegawa on research into post-mining "
            "landscapes and infrastructure in cold regions, and on possible cooperation with the "
            "University Alliance Ruhr."
        ),
        "description_ja": (
            "大学執行部及び長谷川教授と、旧産炭地の土地利用や寒冷地インフラに関する研究、"
            "ならびにルール大学連合との連携の可能性について懇談する。"
        ),
        "venue_name": "Hokkaido University, Sapporo Campus",
        "venue_address": (
            "Kita 8 Nishi 5, Kita-ku, Sapporo, Hokkaido 060-0808, Japan / "
            "〒060-0808 北海道札幌市北区北8条西5丁目"
        ),
        "topic": "science",
        "hosts": "Hokkaido University; Prof. Makoto Hasegawa, Faculty of Engineering",
        "notes": "Gruppe geteilt: parallel zum Gespräch in der Wirtschaftsabteilung.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": ["matthias-brauckmann", "aylin-kruse", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d4-olympics",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16),
        "end_date": None,
        "start": "14:00",
        "end": "15:30",
        "timezone": TOKYO,
        "all_day": False,
        "title_de": "Großveranstaltungen: Sapporos olympisches Erbe und die IGA 2027",
        "title_en": "Large events: Sapporo's Olympic legacy and the IGA 2027",
        "title_ja": "大規模イベント：札幌オリンピックの遺産とIGA2027",
        "description_de": (
            "Besuch des Olympiamuseums an der Sprungschanze Ōkurayama; Gespräch mit der Stadt "
            "Sapporo über die Nachnutzung der Anlagen der Winterspiele 1972 und Vorstellung der "
            "Internationalen Gartenausstellung IGA 2027 im Ruhrgebiet."
        ),
        "description_en": (
            "Visit to the Olympic Museum at the Okurayama ski jump; talks with the City of "
            "Sapporo on the after-use of the 1972 Winter Games venues, and presentation of the "
            "International Garden Exhibition IGA 2027 in the Ruhr."
        ),
        "description_ja": (
            "大倉山ジャンプ競技場の札幌オリンピックミュージアムを視察し、1972年冬季大会施設の"
            "利活用について札幌市と意見交換を行う。あわせて、ルール地域で開催される国際庭園"
            "博覧会IGA2027を紹介する。"
        ),
        "venue_name": "Sapporo Olympic Museum (Okurayama Ski Jump Stadium)",
        "venue_address": (
            "1274 Miyanomori, Chuo-ku, Sapporo, Hokkaido 064-0958, Japan / "
            "〒064-0958 北海道札幌市中央区宮の森1274"
        ),
        "topic": "large-events",
        "hosts": "City of Sapporo, Sports Bureau",
        "notes": "Warme Jacke für die Aussichtsplattform an der Schanze.",
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
]
