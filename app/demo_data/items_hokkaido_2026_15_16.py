"""Programme of the April 2026 Hokkaido trip, 15–16 April (signing, the split day)."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.demo_data.venues import HK26_ALL, TOKYO

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
            "Vorstellung der Gleichstellungspolitik Hokkaidos und der Förderung von Frauen in "
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
        "venue": "hokkaido-womens-plaza",
        "topic": "gender-equality",
        "hosts_de": "Präfekturverwaltung Hokkaido, Hauptabteilung Umwelt und Lebenswelt",
        "hosts_en": "Hokkaido Government, Department of Environment and Lifestyle",
        "hosts_ja": "北海道環境生活部",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Haupteingang Kaderu 2.7, 9:20 Uhr",
        "meeting_point_en": "Main entrance of Kaderu 2.7, 09:20",
        "meeting_point_ja": "かでる2・7正面玄関（9:20）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Frau Kruse stellt das Mentoring-Programm des RVR für Kommunalpolitikerinnen vor "
            "(10 Minuten)."
        ),
        "internal_notes_en": (
            "Ms Kruse presents the RVR's mentoring programme for women in local politics "
            "(10 minutes)."
        ),
        "internal_notes_ja": "クルーゼ副議長がRVRの女性地方議員メンタリング事業を紹介（10分）。",
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
        "venue": "hokkaido-assembly",
        "topic": "ceremony",
        "hosts_de": "KITAGAWA Masaki, Präsident des Präfekturparlaments Hokkaido",
        "hosts_en": "KITAGAWA Masaki, Speaker of the Hokkaido Prefectural Assembly",
        "hosts_ja": "北海道議会議長　北川　正樹",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Dark lounge suit",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Haupteingang des Parlamentsgebäudes, 13:40 Uhr (Einweisung in den Ablauf)",
        "meeting_point_en": "Main entrance of the Assembly Building, 13:40 (briefing on the ceremony)",
        "meeting_point_ja": "議会庁舎正面玄関（13:40）。式次第の説明あり",
        "notes_de": (
            "Die Urkunde wird in zwei Originalen (Deutsch und Japanisch) unterzeichnet; "
            "anschließend Austausch der Gastgeschenke und Fototermin."
        ),
        "notes_en": (
            "The certificate is signed in two originals, German and Japanese, followed by an "
            "exchange of gifts and official photographs."
        ),
        "notes_ja": "証書はドイツ語版及び日本語版の正本2通に署名。署名後、記念品交換及び記念撮影。",
        "internal_notes_de": (
            "Das Gastgeschenk (Kohleskulptur aus Zollverein) überreicht Frau Kösterbrink; die "
            "Urkundenmappen und den Füllfederhalter bringt Frau Wessolek mit."
        ),
        "internal_notes_en": (
            "Ms Kösterbrink presents the gift (coal sculpture from Zollverein); Ms Wessolek brings "
            "the certificate folders and the fountain pen."
        ),
        "internal_notes_ja": (
            "記念品（ツォルフェアアイン炭鉱の石炭彫刻）はケスターブリンク議長より贈呈。証書ホルダー"
            "及び署名用万年筆はヴェソレク氏が持参。"
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
        "title_de": "Gemeinsames Pressestatement",
        "title_en": "Joint press statement",
        "title_ja": "共同記者発表",
        "description_de": "Gemeinsame Erklärung gegenüber der Presse im Anschluss an die Unterzeichnung.",
        "description_en": "Joint statement to the press following the signing.",
        "description_ja": "調印式終了後、共同記者発表を行う。",
        "venue": "hokkaido-assembly",
        "topic": "protocol",
        "hosts_de": "Parlamentsverwaltung des Präfekturparlaments Hokkaido",
        "hosts_en": "Secretariat of the Hokkaido Prefectural Assembly",
        "hosts_ja": "北海道議会事務局",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "",
        "meeting_point_en": "",
        "meeting_point_ja": "",
        "notes_de": "Erklärungen beider Seiten, danach Fragen der Presse (etwa 10 Minuten).",
        "notes_en": "Statements by both sides, then questions from the press (about ten minutes).",
        "notes_ja": "双方より発表の後、質疑応答（約10分）。",
        "internal_notes_de": (
            "Sprechzettel für Frau Kösterbrink mit drei Kernbotschaften: Strukturwandel, "
            "IGA 2027, Jugendaustausch. Keine Aussagen zum Haushalt."
        ),
        "internal_notes_en": (
            "Speaking note for Ms Kösterbrink with three key messages: structural change, "
            "IGA 2027, youth exchange. No statements on the budget."
        ),
        "internal_notes_ja": (
            "ケスターブリンク議長用の発言要旨（構造転換、IGA2027、青少年交流の3点）。予算には言及"
            "しない。"
        ),
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
        "venue": "sapporo-park-hotel",
        "topic": "protocol",
        "hosts_de": "Präfekturverwaltung Hokkaido",
        "hosts_en": "Hokkaido Government",
        "hosts_ja": "北海道",
        "dress_code_de": "Dunkler Anzug oder Kostüm",
        "dress_code_en": "Dark lounge suit",
        "dress_code_ja": "ダークスーツ",
        "meeting_point_de": "Hotellobby, Abfahrt 18:10 Uhr",
        "meeting_point_en": "Hotel lobby, departure 18:10",
        "meeting_point_ja": "ホテルロビー集合（18:10出発）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Ernährungshinweise der Delegation sind der Präfektur gemeldet; die Liste hat Frau "
            "Wessolek."
        ),
        "internal_notes_en": (
            "The delegation's dietary needs have been passed to the prefecture; Ms Wessolek "
            "holds the list."
        ),
        "internal_notes_ja": "訪問団の食事制限は道へ連絡済み。一覧はヴェソレク氏が保管。",
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
        "title_de": "Wirtschafts- und Strukturpolitik: Fachgespräch mit der Hauptabteilung Wirtschaft",
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
            "炭鉱閉山後の構造転換、企業誘致、水素・再生可能エネルギー等について意見交換を"
            "行う。ビジネス・メトロポール・ルール社よりルール地域の立地環境を紹介する。"
        ),
        "venue": "hokkaido-government",
        "topic": "economy",
        "hosts_de": "Präfekturverwaltung Hokkaido, Hauptabteilung Wirtschaft",
        "hosts_en": "Hokkaido Government, Department of Economic Affairs",
        "hosts_ja": "北海道経済部",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Foyer des Hauptgebäudes, 9:50 Uhr",
        "meeting_point_en": "Main Government Building, entrance hall, 09:50",
        "meeting_point_ja": "本庁舎1階ロビー（9:50）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": "Gruppe geteilt: parallel zum Termin an der Universität Hokkaido.",
        "internal_notes_en": "Group split: runs alongside the visit to Hokkaido University.",
        "internal_notes_ja": "班別行動。北海道大学訪問と同時刻。",
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
        "title_de": "Wissenschaft und Forschung: Universität Hokkaido",
        "title_en": "Science and research: Hokkaido University",
        "title_ja": "学術・研究交流：北海道大学訪問",
        "description_de": (
            "Gespräch mit der Hochschulleitung und Prof. HASEGAWA über Forschung zu "
            "Bergbaufolgelandschaften und Infrastruktur in Kälteregionen sowie über mögliche "
            "Kooperationen mit der Universitätsallianz Ruhr."
        ),
        "description_en": (
            "Talks with the university leadership and Prof. HASEGAWA on research into "
            "post-mining landscapes and infrastructure in cold regions, and on possible "
            "cooperation with the University Alliance Ruhr."
        ),
        "description_ja": (
            "大学執行部及び長谷川教授と、旧産炭地の土地利用や寒冷地インフラに関する研究並びに"
            "ルール大学連合との連携の可能性について懇談する。"
        ),
        "venue": "hokkaido-university",
        "topic": "science",
        "hosts_de": (
            "Universität Hokkaido, Hochschulleitung; Prof. HASEGAWA Makoto, Fakultät für "
            "Ingenieurwissenschaften"
        ),
        "hosts_en": (
            "Hokkaido University, university executives; Prof. HASEGAWA Makoto, Faculty of "
            "Engineering"
        ),
        "hosts_ja": "北海道大学執行部、北海道大学大学院工学研究院　長谷川　誠　教授",
        "dress_code_de": "",
        "dress_code_en": "",
        "dress_code_ja": "",
        "meeting_point_de": "Hauptpforte der Universität, 10:20 Uhr",
        "meeting_point_en": "University main gate, 10:20",
        "meeting_point_ja": "北海道大学正門（10:20）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": "Gruppe geteilt: parallel zum Fachgespräch in der Hauptabteilung Wirtschaft.",
        "internal_notes_en": "Group split: runs alongside the talks at the Department of Economic Affairs.",
        "internal_notes_ja": "班別行動。北海道経済部との意見交換と同時刻。",
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
        "title_en": "Major events: Sapporo's Olympic legacy and the IGA 2027",
        "title_ja": "大規模イベント：札幌オリンピックの遺産とIGA2027",
        "description_de": (
            "Besuch des Olympiamuseums an der Sprungschanze Okurayama; Gespräch mit der Stadt "
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
            "利活用について札幌市と意見交換を行う。併せて、ルール地域で開催される国際庭園"
            "博覧会IGA2027を紹介する。"
        ),
        "venue": "sapporo-olympic-museum",
        "topic": "large-events",
        "hosts_de": "Stadt Sapporo, Sportamt",
        "hosts_en": "City of Sapporo, Sports Bureau",
        "hosts_ja": "札幌市スポーツ局",
        "dress_code_de": "Warme Jacke für die Aussichtsplattform an der Schanze",
        "dress_code_en": "Warm coat for the viewing platform at the ski jump",
        "dress_code_ja": "防寒着（ジャンプ台展望台見学のため）",
        "meeting_point_de": "Hotellobby, Abfahrt 13:20 Uhr",
        "meeting_point_en": "Hotel lobby, departure 13:20",
        "meeting_point_ja": "ホテルロビー集合（13:20出発）",
        "notes_de": "",
        "notes_en": "",
        "notes_ja": "",
        "internal_notes_de": (
            "Mittagessen vorher in den beiden Gruppen getrennt; Bus für 13:20 Uhr am Hotel "
            "bestellt. Frau Kruse bringt die IGA-Präsentation auf Japanisch mit."
        ),
        "internal_notes_en": (
            "Lunch beforehand in the two groups; coach booked for 13:20 at the hotel. Ms Kruse "
            "brings the Japanese IGA presentation."
        ),
        "internal_notes_ja": (
            "昼食は班別。専用バスは13:20ホテル発で手配済み。IGA紹介資料（日本語）はクルーゼ副議長"
            "が持参。"
        ),
        "interpreting_needed": True,
        "status": "confirmed",
        "attendees": [*HK26_ALL],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
]
