"""Demo data: the RVR's partnerships with Hokkaidō and Greater Manchester.

Pure data, plain Python literals only (no database, no Qt); a loader turns these
lists into rows. The facts come from the public papers in ``seeds/`` (RVR
Drucksache 15/0282 on the April 2026 trip to Hokkaidō, the 2021 progress report
of the Ruhr-Konferenz on Greater Manchester). The papers name no delegation
members and print no programme, so every person below is fictional except Andy
Burnham, Mayor of Greater Manchester, who is named in the seed; the programmes are
illustrative. E-mail addresses use the reserved ``.example`` domain.

Conventions
-----------
* References are by slug: ``region``, ``trip``, ``person``; programme items by
  ``key`` (unique within this module).
* ``ITEMS``: ``date`` is the LOCAL date at the venue, ``start``/``end`` are
  local "HH:MM" in ``timezone`` (IANA). Every item has an ``end_date`` key: None
  for timed items; for an ``all_day`` item ``start``/``end`` are None and the item
  spans ``date`` to ``end_date`` inclusive.
* ``interpreters``: (person slug, source language, target language), at most one
  tuple per interpreter and item; ``attendees`` lists delegation members only.

Planted schedule problems (for the checks; nothing else is wrong)
-----------------------------------------------------------------
* ``hk26-d4-economy`` and ``hk26-d4-university`` (16 April 2026) overlap
  10:30–11:30 at different venues with disjoint attendees (the group split), and
  both have interpreter ``yuki-brandt`` assigned: interpreter double-booked.
* ``hk26-d5-yubari-care`` needs interpreting but has no interpreter assigned.

Also: ``hk26-d8-tunnel`` is cancelled (late snowfall), ``hk26-d7-free`` is the
all-day item. Follow-ups are dated relative to "today" = 22 November 2026.
"""

from __future__ import annotations

from datetime import date

# ---------------------------------------------------------------------------
# Partner regions
# ---------------------------------------------------------------------------

REGIONS: list[dict] = [
    {
        "slug": "hokkaido",
        "name_de": "Hokkaidō",
        "name_en": "Hokkaido",
        "name_ja": "北海道",
        "country": "JP",
        "timezone": "Asia/Tokyo",
        "status": "partnership",
        "profile_de": (
            "Hokkaidō ist die nördlichste der vier japanischen Hauptinseln und zugleich eine "
            "Präfektur mit Verwaltungssitz in Sapporo. In Teilregionen der Insel, vor allem im "
            "Sorachi-Gebiet um Yūbari, Mikasa und Akabira, wurde im 19. und 20. Jahrhundert "
            "Steinkohle abgebaut. Politikerinnen, Politiker und zivilgesellschaftliche Akteure "
            "aus diesen Gebieten besuchen seit Jahren das Ruhrgebiet; im Sommer 2024 kam eine "
            "parlamentarische Delegation des Präfekturparlaments (Hokkaidō-gikai). Im April "
            "2026 unterzeichneten beide Seiten in Sapporo eine Partnerschaftsurkunde."
        ),
        "profile_en": (
            "Hokkaido is the northernmost of Japan's four main islands and a prefecture in its "
            "own right, governed from Sapporo. Parts of the island, above all the Sorachi area "
            "around Yubari, Mikasa and Akabira, were coal-mining districts in the 19th and 20th "
            "centuries. Politicians and civil-society groups from these areas have visited the "
            "Ruhr for years; in summer 2024 a parliamentary delegation of the Prefectural "
            "Assembly (Hokkaido-gikai) came to the region. In April 2026 both sides signed a "
            "partnership certificate in Sapporo."
        ),
        "profile_ja": (
            "北海道は日本の主要4島の最北に位置し、札幌市に道庁を置く。空知地域の夕張・三笠・"
            "赤平などでは、19世紀から20世紀にかけて石炭の採掘が行われた。これらの地域の政治家"
            "や市民団体は長年にわたりルール地域を訪れており、2024年夏には北海道議会の議員団が"
            "来訪した。2026年4月、札幌においてパートナーシップ証書が調印された。"
        ),
    },
    {
        "slug": "greater-manchester",
        "name_de": "Greater Manchester",
        "name_en": "Greater Manchester",
        "name_ja": "グレーター・マンチェスター",
        "country": "GB",
        "timezone": "Europe/London",
        "status": "declaration_of_intent",
        "profile_de": (
            "Greater Manchester ist ein Verbund von zehn Städten und Stadtbezirken (Boroughs) "
            "im Nordwesten Englands mit einem direkt gewählten Bürgermeister. Greater "
            "Manchester ist auf den Regionalverband Ruhr zugegangen, um die Möglichkeit einer "
            "Partnerschaft auszuloten; die Gespräche wurden pandemiebedingt per Video geführt. "
            "Am 3. September 2021 wurde eine Absichtserklärung über einen engeren Austausch und "
            "eine mögliche Zusammenarbeit unterzeichnet."
        ),
        "profile_en": (
            "Greater Manchester is a combination of ten boroughs in North West England with a "
            "directly elected mayor. It approached the Regionalverband Ruhr to explore a "
            "possible partnership; during the pandemic the talks were held by video. A "
            "declaration of intent on closer exchange and possible cooperation was signed on "
            "3 September 2021."
        ),
        "profile_ja": (
            "グレーター・マンチェスターは、イングランド北西部の10の自治体（バラ）で構成される"
            "広域都市圏であり、直接選挙で選ばれる市長を置く。同圏域からルール地域連合に対し"
            "パートナーシップの可能性について打診があり、新型コロナウイルス感染症の流行下、"
            "協議はオンラインで行われた。2021年9月3日、交流の強化と協力の可能性に関する"
            "意向表明書が署名された。"
        ),
    },
]

STATUS_HISTORY: list[dict] = [
    {
        "region": "greater-manchester",
        "status": "exploring",
        "since": date(2021, 1, 1),
        "note_de": (
            "Greater Manchester geht auf den RVR zu, um die Möglichkeit einer Partnerschaft "
            "auszuloten; Gespräche per Video (Datum ungefähr)."
        ),
        "note_en": (
            "Greater Manchester approaches the RVR to explore a possible partnership; talks "
            "held by video (date approximate)."
        ),
        "note_ja": (
            "グレーター・マンチェスター側からパートナーシップの可能性について打診。"
            "協議はオンラインで実施（日付は概数）。"
        ),
    },
    {
        "region": "greater-manchester",
        "status": "declaration_of_intent",
        "since": date(2021, 9, 3),
        "note_de": "Absichtserklärung über engeren Austausch und mögliche Zusammenarbeit unterzeichnet.",
        "note_en": "Declaration of intent on closer exchange and possible cooperation signed.",
        "note_ja": "交流の強化と協力の可能性に関する意向表明書に署名。",
    },
    {
        "region": "hokkaido",
        "status": "contact",
        "since": date(2024, 7, 8),
        "note_de": (
            "Eine parlamentarische Delegation des Hokkaidō-gikai besucht das Ruhrgebiet und "
            "Düsseldorf; Betreuung durch den RVR-Bereich III Regionale Planung und Entwicklung."
        ),
        "note_en": (
            "A parliamentary delegation of the Hokkaido-gikai visits the Ruhr and Düsseldorf, "
            "hosted by the RVR's Department III Regional Planning and Development."
        ),
        "note_ja": (
            "北海道議会の議員団がルール地域及びデュッセルドルフを訪問。ルール地域連合"
            "第III部門（地域計画・開発）が受入れを担当。"
        ),
    },
    {
        "region": "hokkaido",
        "status": "exploring",
        "since": date(2024, 7, 9),
        "note_de": (
            "Einladung des RVR zum Gegenbesuch; die Verbandsleitung nimmt sie an. Ein erster "
            "Anlauf im Sommer 2025 muss aus organisatorischen Gründen verschoben werden."
        ),
        "note_en": (
            "The RVR is invited to a return visit and its leadership accepts. A first attempt "
            "in summer 2025 has to be postponed for organisational reasons."
        ),
        "note_ja": (
            "ルール地域連合が答礼訪問の招請を受け、連合執行部が受諾。2025年夏の訪問は"
            "諸般の事情により延期。"
        ),
    },
    {
        "region": "hokkaido",
        "status": "partnership",
        "since": date(2026, 4, 15),
        "note_de": (
            "Partnerschaftsurkunde während der Delegationsreise in Sapporo unterzeichnet; "
            "konkrete Handlungsfelder sind noch nicht vereinbart."
        ),
        "note_en": (
            "Partnership certificate signed in Sapporo during the delegation visit; no specific "
            "fields of cooperation agreed yet."
        ),
        "note_ja": (
            "代表団訪問の際、札幌にてパートナーシップ証書に調印。具体的な協力分野は今後協議。"
        ),
    },
]

AGREEMENTS: list[dict] = [
    {
        "region": "greater-manchester",
        "kind": "declaration_of_intent",
        "signed_on": date(2021, 9, 3),
        "place": "Essen / Manchester",
        "signatories": "Andy Burnham, Mayor of Greater Manchester; Regionalverband Ruhr",
        "title_de": (
            "Absichtserklärung über einen engeren Austausch und eine mögliche Zusammenarbeit "
            "zwischen Greater Manchester und der Metropole Ruhr"
        ),
        "title_en": (
            "Declaration of intent on closer exchange and possible cooperation between Greater "
            "Manchester and the Ruhr Metropolis"
        ),
        "title_ja": "グレーター・マンチェスターとルール地域の交流強化及び協力に関する意向表明書",
    },
    {
        "region": "hokkaido",
        "kind": "partnership_certificate",
        "signed_on": date(2026, 4, 15),
        "place": "Sapporo, Hokkaido Prefectural Assembly",
        "signatories": (
            "Chair of the Verbandsversammlung (RVR); Speaker of the Hokkaido Prefectural Assembly"
        ),
        "title_de": (
            "Partnerschaftsurkunde über die freundschaftliche Zusammenarbeit zwischen der "
            "Metropole Ruhr und Hokkaidō"
        ),
        "title_en": (
            "Partnership certificate on friendly cooperation between the Ruhr Metropolis and "
            "Hokkaido"
        ),
        "title_ja": "北海道とルール地域の友好協力に関するパートナーシップ証書",
    },
]

# ---------------------------------------------------------------------------
# People (fictional except Andy Burnham)
# ---------------------------------------------------------------------------

PEOPLE: list[dict] = [
    # --- RVR side ---------------------------------------------------------
    {
        "slug": "renate-koesterbrink",
        "family_name": "Kösterbrink",
        "given_name": "Renate",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Vorsitzende der Verbandsversammlung des Regionalverbands Ruhr",
        "function_en": "Chair of the Verbandsversammlung (regional assembly) of the Regionalverband Ruhr",
        "function_ja": "ルール地域連合議会 議長",
        "organisation": "Regionalverband Ruhr (RVR)",
        "languages": "de,en",
        "email": "r.koesterbrink@rvr.example",
        "phone": "+49 201 555-0101",
        "region": None,
        "phone_private": "+49 170 5550101",
        "dietary_notes": "vegetarisch (kein Fleisch, kein Fisch, auch keine Fischbrühe/Dashi)",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "matthias-brauckmann",
        "family_name": "Brauckmann",
        "given_name": "Matthias",
        "native_name": None,
        "family_name_first": False,
        "title": "Dr.",
        "function_de": "Erster stellvertretender Vorsitzender der Verbandsversammlung",
        "function_en": "First Deputy Chair of the Verbandsversammlung",
        "function_ja": "ルール地域連合議会 第一副議長",
        "organisation": "Regionalverband Ruhr (RVR)",
        "languages": "de,en",
        "email": "m.brauckmann@rvr.example",
        "phone": "+49 201 555-0102",
        "region": None,
        "phone_private": "+49 171 5550102",
        "dietary_notes": "Nussallergie (Erdnüsse und Baumnüsse), auch Spuren vermeiden",
        "health_notes": "Führt ein Adrenalin-Notfallset mit sich.",
        "interpreter_pairs": [],
    },
    {
        "slug": "aylin-kruse",
        "family_name": "Kruse",
        "given_name": "Aylin",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Stellvertretende Vorsitzende der Verbandsversammlung",
        "function_en": "Deputy Chair of the Verbandsversammlung",
        "function_ja": "ルール地域連合議会 副議長",
        "organisation": "Regionalverband Ruhr (RVR)",
        "languages": "de,en,tr",
        "email": "a.kruse@rvr.example",
        "phone": "+49 201 555-0103",
        "region": None,
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "thomas-kettelhake",
        "family_name": "Kettelhake",
        "given_name": "Thomas",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Geschäftsführer der Business Metropole Ruhr GmbH",
        "function_en": "Managing Director, Business Metropole Ruhr GmbH",
        "function_ja": "ビジネス・メトロポール・ルール社 代表取締役",
        "organisation": "Business Metropole Ruhr GmbH",
        "languages": "de,en",
        "email": "t.kettelhake@business-metropole.example",
        "phone": "+49 201 555-0201",
        "region": None,
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "sabine-wessolek",
        "family_name": "Wessolek",
        "given_name": "Sabine",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": (
            "Teamleiterin Europa und Internationales, Bereich III Regionale Planung und Entwicklung"
        ),
        "function_en": (
            "Head of the Europe and International Team, Department III Regional Planning and "
            "Development"
        ),
        "function_ja": "ルール地域連合 第III部門（地域計画・開発）欧州・国際チームリーダー",
        "organisation": "Regionalverband Ruhr (RVR)",
        "languages": "de,en,fr",
        "email": "s.wessolek@rvr.example",
        "phone": "+49 201 555-0131",
        "region": None,
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "jonas-mueller",
        "family_name": "Müller",
        "given_name": "Jonas",
        "native_name": "ヨナス・ミュラー",
        "family_name_first": False,
        "title": None,
        "function_de": (
            "Referent für internationale Zusammenarbeit, Bereich III Regionale Planung und "
            "Entwicklung"
        ),
        "function_en": (
            "International Cooperation Officer, Department III Regional Planning and Development"
        ),
        "function_ja": "ルール地域連合 第III部門（地域計画・開発）国際協力担当",
        "organisation": "Regionalverband Ruhr (RVR)",
        "languages": "de,en,ja",
        "email": "j.mueller@rvr.example",
        "phone": "+49 201 555-0132",
        "region": None,
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "yuki-brandt",
        "family_name": "Brandt",
        "given_name": "Yuki",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Konferenzdolmetscher Deutsch–Japanisch",
        "function_en": "Conference interpreter, German–Japanese",
        "function_ja": "ドイツ語・日本語 会議通訳者",
        "organisation": "freiberuflich, Düsseldorf",
        "languages": "de,ja,en",
        "email": "yuki.brandt@dolmetschen.example",
        "phone": "+49 211 555-0177",
        "region": None,
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [("de", "ja"), ("ja", "de")],
    },
    # --- Hokkaidō side (Japanese name order) ---------------------------------
    {
        "slug": "masaki-kitagawa",
        "family_name": "Kitagawa",
        "given_name": "Masaki",
        "native_name": "北川 正樹",
        "family_name_first": True,
        "title": None,
        "function_de": "Präsident des Präfekturparlaments Hokkaidō",
        "function_en": "Speaker of the Hokkaido Prefectural Assembly",
        "function_ja": "北海道議会議長",
        "organisation": "Hokkaido Prefectural Assembly (Hokkaido-gikai)",
        "languages": "ja",
        "email": "gichou@gikai.hokkaido.example",
        "phone": "+81 11 555-0100",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "kenichi-sato",
        "family_name": "Sato",
        "given_name": "Kenichi",
        "native_name": "佐藤 健一",
        "family_name_first": True,
        "title": None,
        "function_de": "Vizepräsident des Präfekturparlaments Hokkaidō",
        "function_en": "Vice-Speaker of the Hokkaido Prefectural Assembly",
        "function_ja": "北海道議会副議長",
        "organisation": "Hokkaido Prefectural Assembly (Hokkaido-gikai)",
        "languages": "ja,en",
        "email": "fukugichou@gikai.hokkaido.example",
        "phone": "+81 11 555-0101",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "miwa-yamaguchi",
        "family_name": "Yamaguchi",
        "given_name": "Miwa",
        "native_name": "山口 美和",
        "family_name_first": True,
        "title": None,
        "function_de": "Abgeordnete des Präfekturparlaments Hokkaidō",
        "function_en": "Member of the Hokkaido Prefectural Assembly",
        "function_ja": "北海道議会議員",
        "organisation": "Hokkaido Prefectural Assembly (Hokkaido-gikai)",
        "languages": "ja",
        "email": "yamaguchi.miwa@gikai.hokkaido.example",
        "phone": "",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "daisuke-nakajima",
        "family_name": "Nakajima",
        "given_name": "Daisuke",
        "native_name": "中島 大輔",
        "family_name_first": True,
        "title": None,
        "function_de": "Abgeordneter des Präfekturparlaments Hokkaidō (Wahlkreis im Sorachi-Gebiet)",
        "function_en": "Member of the Hokkaido Prefectural Assembly (Sorachi constituency)",
        "function_ja": "北海道議会議員（空知地域選出）",
        "organisation": "Hokkaido Prefectural Assembly (Hokkaido-gikai)",
        "languages": "ja",
        "email": "nakajima.daisuke@gikai.hokkaido.example",
        "phone": "",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "takashi-onodera",
        "family_name": "Onodera",
        "given_name": "Takashi",
        "native_name": "小野寺 隆",
        "family_name_first": True,
        "title": None,
        "function_de": "Abgeordneter des Präfekturparlaments Hokkaidō",
        "function_en": "Member of the Hokkaido Prefectural Assembly",
        "function_ja": "北海道議会議員",
        "organisation": "Hokkaido Prefectural Assembly (Hokkaido-gikai)",
        "languages": "ja",
        "email": "onodera.takashi@gikai.hokkaido.example",
        "phone": "",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "akiko-ishida",
        "family_name": "Ishida",
        "given_name": "Akiko",
        "native_name": "石田 亜希子",
        "family_name_first": True,
        "title": None,
        "function_de": "Sachbearbeiterin, Parlamentsverwaltung des Präfekturparlaments Hokkaidō",
        "function_en": "Officer, Secretariat of the Hokkaido Prefectural Assembly",
        "function_ja": "北海道議会事務局 主査",
        "organisation": "Hokkaido Prefectural Assembly Secretariat",
        "languages": "ja,en",
        "email": "ishida.akiko@gikai.hokkaido.example",
        "phone": "+81 11 555-0110",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "yuka-morimoto",
        "family_name": "Morimoto",
        "given_name": "Yuka",
        "native_name": "森本 由香",
        "family_name_first": True,
        "title": None,
        "function_de": (
            "Leiterin der Abteilung für internationale Angelegenheiten, Präfekturverwaltung "
            "Hokkaidō"
        ),
        "function_en": (
            "Director, International Affairs Division, Department of Comprehensive Policy, "
            "Hokkaido Government"
        ),
        "function_ja": "北海道総合政策部国際局国際課長",
        "organisation": "Hokkaido Government",
        "languages": "ja,en",
        "email": "morimoto.yuka@pref.hokkaido.example",
        "phone": "+81 11 555-0200",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "makoto-hasegawa",
        "family_name": "Hasegawa",
        "given_name": "Makoto",
        "native_name": "長谷川 誠",
        "family_name_first": True,
        "title": "Prof.",
        "function_de": "Professor an der Fakultät für Ingenieurwissenschaften, Universität Hokkaidō",
        "function_en": "Professor, Faculty of Engineering, Hokkaido University",
        "function_ja": "北海道大学大学院工学研究院 教授",
        "organisation": "Hokkaido University",
        "languages": "ja,en,de",
        "email": "hasegawa.makoto@eng.hokudai.example",
        "phone": "",
        "region": "hokkaido",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    # --- Greater Manchester side -----------------------------------------
    {
        "slug": "andy-burnham",
        "family_name": "Burnham",
        "given_name": "Andy",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Bürgermeister von Greater Manchester",
        "function_en": "Mayor of Greater Manchester",
        "function_ja": "グレーター・マンチェスター市長",
        "organisation": "Greater Manchester Combined Authority",
        "languages": "en",
        "email": "",
        "phone": "",
        "region": "greater-manchester",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
    {
        "slug": "hannah-whitworth",
        "family_name": "Whitworth",
        "given_name": "Hannah",
        "native_name": None,
        "family_name_first": False,
        "title": None,
        "function_de": "Referentin für internationale Strategie, Greater Manchester Combined Authority",
        "function_en": "International Strategy Officer, Greater Manchester Combined Authority",
        "function_ja": "グレーター・マンチェスター合同行政機構 国際戦略担当",
        "organisation": "Greater Manchester Combined Authority",
        "languages": "en",
        "email": "h.whitworth@gmca.example",
        "phone": "+44 161 555 0142",
        "region": "greater-manchester",
        "phone_private": "",
        "dietary_notes": "",
        "health_notes": "",
        "interpreter_pairs": [],
    },
]

# ---------------------------------------------------------------------------
# Trips and delegations
# ---------------------------------------------------------------------------

TRIPS: list[dict] = [
    {
        "slug": "hokkaido-assembly-2024",
        "region": "hokkaido",
        "direction": "inbound",
        "status": "done",
        "title_de": "Besuch einer Delegation des Präfekturparlaments Hokkaidō im Ruhrgebiet",
        "title_en": "Visit of a Hokkaido Prefectural Assembly delegation to the Ruhr",
        "title_ja": "北海道議会議員団 ルール地域訪問",
        "start_date": date(2024, 7, 8),
        "end_date": date(2024, 7, 11),
        "notes": (
            "Parlamentarische Delegation des Hokkaidō-gikai im Ruhrgebiet und in Düsseldorf. "
            "Betreuung unter Federführung von Bereich III Regionale Planung und Entwicklung. "
            "Beim Gespräch im RVR Einladung zum Gegenbesuch in Hokkaidō."
        ),
    },
    {
        "slug": "hokkaido-2026",
        "region": "hokkaido",
        "direction": "outbound",
        "status": "done",
        "title_de": "RVR-Delegationsreise nach Hokkaidō",
        "title_en": "RVR delegation visit to Hokkaidō",
        "title_ja": "ルール地域連合（RVR）代表団 北海道訪問",
        "start_date": date(2026, 4, 13),
        "end_date": date(2026, 4, 21),
        "notes": (
            "Gegenbesuch auf Einladung des Hokkaidō-gikai (erster Anlauf im Sommer 2025 "
            "verschoben). Sechsköpfige Delegation aus Leitung der Verbandsversammlung, "
            "Verwaltung und Geschäftsführung der Business Metropole Ruhr, begleitet von einem "
            "Dolmetscher. Bericht: Drucksache 15/0282."
        ),
    },
    {
        "slug": "hokkaido-iga-2027",
        "region": "hokkaido",
        "direction": "inbound",
        "status": "planning",
        "title_de": "Gegenbesuch aus Hokkaidō zur IGA 2027",
        "title_en": "Return visit from Hokkaido during the IGA 2027",
        "title_ja": "北海道訪問団 IGA2027視察（ルール地域再訪問）",
        "start_date": date(2027, 6, 14),
        "end_date": date(2027, 6, 18),
        "notes": (
            "Vorläufige Planung mit der IGA 2027 Ruhrgebiet gGmbH; Termine noch nicht bestätigt. "
            "Präsentation der japanischen Seite und regionales Fenster der Partnerregion werden "
            "geprüft."
        ),
    },
    {
        "slug": "greater-manchester-2022",
        "region": "greater-manchester",
        "direction": "outbound",
        "status": "done",
        "title_de": "RVR-Fachbesuch in Greater Manchester",
        "title_en": "RVR expert visit to Greater Manchester",
        "title_ja": "ルール地域連合（RVR）実務者 グレーター・マンチェスター訪問",
        "start_date": date(2022, 10, 11),
        "end_date": date(2022, 10, 13),
        "notes": "Fachbesuch der Verwaltung im Anschluss an die Absichtserklärung vom 3. September 2021.",
    },
]

MEMBERS: list[dict] = [
    # hokkaido-2026: six members; the interpreter is not a member.
    {"trip": "hokkaido-2026", "person": "renate-koesterbrink", "role": "head", "precedence": 1},
    {"trip": "hokkaido-2026", "person": "matthias-brauckmann", "role": "member", "precedence": 2},
    {"trip": "hokkaido-2026", "person": "aylin-kruse", "role": "member", "precedence": 3},
    {"trip": "hokkaido-2026", "person": "thomas-kettelhake", "role": "member", "precedence": 4},
    {"trip": "hokkaido-2026", "person": "sabine-wessolek", "role": "staff", "precedence": 5},
    {"trip": "hokkaido-2026", "person": "jonas-mueller", "role": "staff", "precedence": 6},
    # hokkaido-assembly-2024: the visitors.
    {"trip": "hokkaido-assembly-2024", "person": "kenichi-sato", "role": "head", "precedence": 1},
    {"trip": "hokkaido-assembly-2024", "person": "miwa-yamaguchi", "role": "member", "precedence": 2},
    {"trip": "hokkaido-assembly-2024", "person": "daisuke-nakajima", "role": "member", "precedence": 3},
    {"trip": "hokkaido-assembly-2024", "person": "takashi-onodera", "role": "member", "precedence": 4},
    {"trip": "hokkaido-assembly-2024", "person": "akiko-ishida", "role": "staff", "precedence": 5},
    # hokkaido-iga-2027: tentative.
    {"trip": "hokkaido-iga-2027", "person": "masaki-kitagawa", "role": "head", "precedence": 1},
    {"trip": "hokkaido-iga-2027", "person": "yuka-morimoto", "role": "staff", "precedence": 2},
    # greater-manchester-2022
    {"trip": "greater-manchester-2022", "person": "sabine-wessolek", "role": "head", "precedence": 1},
    {"trip": "greater-manchester-2022", "person": "thomas-kettelhake", "role": "member", "precedence": 2},
    {"trip": "greater-manchester-2022", "person": "jonas-mueller", "role": "staff", "precedence": 3},
]

# ---------------------------------------------------------------------------
# Programme items
# ---------------------------------------------------------------------------

_HK26_ALL = [
    "renate-koesterbrink",
    "matthias-brauckmann",
    "aylin-kruse",
    "thomas-kettelhake",
    "sabine-wessolek",
    "jonas-mueller",
]
_AS24_ALL = [
    "kenichi-sato",
    "miwa-yamaguchi",
    "daisuke-nakajima",
    "takashi-onodera",
    "akiko-ishida",
]
_GM22_ALL = ["sabine-wessolek", "thomas-kettelhake", "jonas-mueller"]
_IGA27_ALL = ["masaki-kitagawa", "yuka-morimoto"]

# Venues used more than once (name, address).
_CTS = (
    "New Chitose Airport, Domestic Terminal",
    "Bibi 987-22, Chitose, Hokkaido 066-0012, Japan / 〒066-0012 北海道千歳市美々987-22",
)
_HOTEL = (
    "JR Tower Hotel Nikko Sapporo",
    "Kita 5 Nishi 2-5, Chuo-ku, Sapporo, Hokkaido 060-0005, Japan / "
    "〒060-0005 北海道札幌市中央区北5条西2丁目5",
)
_ASSEMBLY = (
    "Hokkaido Prefectural Assembly Building",
    "Kita 6 Nishi 6, Chuo-ku, Sapporo, Hokkaido 060-8588, Japan / "
    "〒060-8588 北海道札幌市中央区北6条西6丁目 北海道議会庁舎",
)
_GOV = (
    "Hokkaido Government, Main Government Building",
    "Kita 6 Nishi 6, Chuo-ku, Sapporo, Hokkaido 060-8588, Japan / "
    "〒060-8588 北海道札幌市中央区北6条西6丁目 北海道庁本庁舎",
)
_AKABIRA = (
    "Akabira Coal Mine Heritage Guidance Facility",
    "Aza Akabira 485, Akabira, Hokkaido 079-1101, Japan / "
    "〒079-1101 北海道赤平市字赤平485 赤平市炭鉱遺産ガイダンス施設",
)
_RVR = (
    "Regionalverband Ruhr, Headquarters",
    "Kronprinzenstraße 35, 45128 Essen, Germany",
)
_DUS = ("Düsseldorf Airport", "Flughafenstraße 120, 40474 Düsseldorf, Germany")

_TOKYO = "Asia/Tokyo"
_BERLIN = "Europe/Berlin"
_LONDON = "Europe/London"

ITEMS: list[dict] = [
    # ======================= hokkaido-2026 ===================================
    # --- Mon 13 April: arrival -----------------------------------------------
    {
        "key": "hk26-d1-arrival",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13), "end_date": None,
        "start": "13:30", "end": "14:15", "timezone": _TOKYO, "all_day": False,
        "title_de": "Ankunft am Flughafen Neu-Chitose",
        "title_en": "Arrival at New Chitose Airport",
        "title_ja": "新千歳空港 到着",
        "description_de": (
            "Ankunft mit dem Inlandsflug aus Tokio-Haneda; Begrüßung durch die Abteilung für "
            "internationale Angelegenheiten der Präfekturverwaltung und Bustransfer nach Sapporo."
        ),
        "description_en": (
            "Arrival on the domestic flight from Tokyo Haneda; welcome by the International "
            "Affairs Division of the Hokkaido Government and coach transfer to Sapporo."
        ),
        "description_ja": (
            "羽田空港発の国内線にて到着。北海道国際課職員の出迎えを受け、専用バスにて札幌市内へ"
            "移動する。"
        ),
        "venue_name": _CTS[0], "venue_address": _CTS[1],
        "topic": "travel",
        "hosts": "Hokkaido Government, International Affairs Division",
        "notes": "Anreise über Tokio-Haneda. Gepäck wird direkt ins Hotel gebracht.",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    {
        "key": "hk26-d1-checkin",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13), "end_date": None,
        "start": "15:45", "end": "16:30", "timezone": _TOKYO, "all_day": False,
        "title_de": "Check-in im Hotel",
        "title_en": "Hotel check-in",
        "title_ja": "ホテル チェックイン",
        "description_de": (
            "Bezug der Zimmer im Hotel am Bahnhof Sapporo; anschließend Zeit zur Erholung nach "
            "der Anreise."
        ),
        "description_en": (
            "Check-in at the hotel above Sapporo Station, followed by time to rest after the "
            "journey."
        ),
        "description_ja": "札幌駅直結のホテルにチェックイン。到着後は休憩。",
        "venue_name": _HOTEL[0], "venue_address": _HOTEL[1],
        "topic": "travel",
        "hosts": "",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    {
        "key": "hk26-d1-briefing",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 13), "end_date": None,
        "start": "17:30", "end": "18:30", "timezone": _TOKYO, "all_day": False,
        "title_de": "Programmbesprechung mit der Präfekturverwaltung",
        "title_en": "Programme briefing with the Hokkaido Government",
        "title_ja": "北海道国際課との日程打合せ",
        "description_de": (
            "Abstimmung von Besuchsprogramm, protokollarischer Reihenfolge und Gastgeschenken "
            "mit der Abteilung für internationale Angelegenheiten."
        ),
        "description_en": (
            "Run-through of the visit programme, order of precedence and official gifts with "
            "the International Affairs Division."
        ),
        "description_ja": "訪問日程、席次及び記念品贈呈の段取りについて、道国際課と最終確認を行う。",
        "venue_name": _HOTEL[0], "venue_address": _HOTEL[1],
        "topic": "protocol",
        "hosts": "Hokkaido Government, International Affairs Division (Director)",
        "notes": "Besprechungsraum im Hotel.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["renate-koesterbrink", "sabine-wessolek", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Tue 14 April: courtesy calls ------------------------------------------
    {
        "key": "hk26-d2-assembly-call",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14), "end_date": None,
        "start": "10:00", "end": "10:45", "timezone": _TOKYO, "all_day": False,
        "title_de": "Höflichkeitsbesuch beim Präsidenten des Präfekturparlaments",
        "title_en": "Courtesy call on the Speaker of the Hokkaido Prefectural Assembly",
        "title_ja": "北海道議会議長 表敬訪問",
        "description_de": (
            "Antrittsbesuch beim Präsidenten des Hokkaidō-gikai: Rückblick auf den Besuch der "
            "Parlamentsdelegation im Ruhrgebiet im Sommer 2024 und Ausblick auf die Partnerschaft."
        ),
        "description_en": (
            "Courtesy call on the Speaker of the Hokkaido-gikai, looking back on the assembly "
            "delegation's visit to the Ruhr in summer 2024 and ahead to the partnership."
        ),
        "description_ja": (
            "北海道議会議長を表敬訪問し、2024年夏の道議会議員団によるルール地域訪問を振り返る"
            "とともに、今後の交流について懇談する。"
        ),
        "venue_name": _ASSEMBLY[0], "venue_address": _ASSEMBLY[1],
        "topic": "protocol",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": "Dunkler Anzug / Kostüm. Gastgeschenk überreicht die Vorsitzende.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d2-governor-call",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14), "end_date": None,
        "start": "11:15", "end": "11:45", "timezone": _TOKYO, "all_day": False,
        "title_de": "Höflichkeitsbesuch beim Gouverneur von Hokkaidō",
        "title_en": "Courtesy call on the Governor of Hokkaido",
        "title_ja": "北海道知事 表敬訪問",
        "description_de": "Kurzer Empfang beim Gouverneur im Hauptgebäude der Präfekturverwaltung.",
        "description_en": "Short reception by the Governor in the Main Government Building.",
        "description_ja": "道庁本庁舎において知事を表敬訪問する。",
        "venue_name": _GOV[0], "venue_address": _GOV[1],
        "topic": "protocol",
        "hosts": "Office of the Governor of Hokkaido",
        "notes": "Dunkler Anzug / Kostüm. Fototermin im Empfangsraum.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d2-infrastructure",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14), "end_date": None,
        "start": "14:00", "end": "15:30", "timezone": _TOKYO, "all_day": False,
        "title_de": "Fachgespräch: Erhalt von Verkehrs- und Stadtinfrastruktur",
        "title_en": "Expert talks: maintaining transport and urban infrastructure",
        "title_ja": "意見交換：交通・都市インフラの維持管理",
        "description_de": (
            "Austausch mit der Bauabteilung der Präfektur über die Instandhaltung von Straßen und "
            "Brücken unter Schneelast, den Winterdienst und alternde Infrastruktur in "
            "schrumpfenden Gemeinden."
        ),
        "description_en": (
            "Exchange with the prefectural Department of Construction on maintaining roads and "
            "bridges under heavy snow, winter road services and ageing infrastructure in "
            "shrinking municipalities."
        ),
        "description_ja": (
            "北海道建設部と、積雪寒冷地における道路・橋梁の維持管理、除雪体制及び人口減少地域"
            "における老朽化したインフラへの対応について意見交換を行う。"
        ),
        "venue_name": _GOV[0], "venue_address": _GOV[1],
        "topic": "infrastructure",
        "hosts": "Hokkaido Government, Department of Construction",
        "notes": "",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d2-reception",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 14), "end_date": None,
        "start": "18:30", "end": "20:30", "timezone": _TOKYO, "all_day": False,
        "title_de": "Begrüßungsempfang des Parlamentspräsidenten",
        "title_en": "Welcome reception hosted by the Speaker of the Assembly",
        "title_ja": "北海道議会議長主催 歓迎レセプション",
        "description_de": (
            "Abendempfang mit Abgeordneten des Präfekturparlaments, darunter Mitglieder der "
            "Delegation von 2024; Grußworte beider Seiten."
        ),
        "description_en": (
            "Evening reception with members of the Prefectural Assembly, including members of "
            "the 2024 delegation; speeches by both sides."
        ),
        "description_ja": (
            "2024年訪問団の議員をはじめとする道議会議員の出席のもと、歓迎レセプションを開催。"
            "双方よりあいさつを行う。"
        ),
        "venue_name": "Sapporo Grand Hotel",
        "venue_address": (
            "Kita 1 Nishi 4, Chuo-ku, Sapporo, Hokkaido 060-0001, Japan / "
            "〒060-0001 北海道札幌市中央区北1条西4丁目"
        ),
        "topic": "protocol",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": "Grußwort der Vorsitzenden (ca. 5 Minuten, konsekutiv gedolmetscht). Dunkler Anzug / Kostüm.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # --- Wed 15 April: signing ------------------------------------------------
    {
        "key": "hk26-d3-gender",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15), "end_date": None,
        "start": "09:30", "end": "11:00", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["renate-koesterbrink", "aylin-kruse", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d3-signing",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15), "end_date": None,
        "start": "14:00", "end": "15:00", "timezone": _TOKYO, "all_day": False,
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
        "venue_name": _ASSEMBLY[0], "venue_address": _ASSEMBLY[1],
        "topic": "ceremony",
        "hosts": "Speaker of the Hokkaido Prefectural Assembly",
        "notes": (
            "Feierlicher Anlass: dunkler Anzug / Kostüm. Eintreffen 13:40 zur Einweisung. "
            "Urkunde in zwei Originalen (Deutsch/Japanisch)."
        ),
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d3-press",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15), "end_date": None,
        "start": "15:30", "end": "16:00", "timezone": _TOKYO, "all_day": False,
        "title_de": "Pressestatement",
        "title_en": "Press statement",
        "title_ja": "報道機関への共同発表",
        "description_de": "Gemeinsame Erklärung gegenüber der Presse im Anschluss an die Unterzeichnung.",
        "description_en": "Joint statement to the press following the signing.",
        "description_ja": "調印式終了後、報道機関に対し共同で発表を行う。",
        "venue_name": _ASSEMBLY[0], "venue_address": _ASSEMBLY[1],
        "topic": "protocol",
        "hosts": "Hokkaido Prefectural Assembly Secretariat",
        "notes": "",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["renate-koesterbrink", "matthias-brauckmann", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d3-dinner",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 15), "end_date": None,
        "start": "18:30", "end": "20:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Thu 16 April: group split (PLANTED: interpreter double-booked) ------
    {
        "key": "hk26-d4-economy",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16), "end_date": None,
        "start": "10:00", "end": "11:30", "timezone": _TOKYO, "all_day": False,
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
        "venue_name": _GOV[0], "venue_address": _GOV[1],
        "topic": "economy",
        "hosts": "Hokkaido Government, Department of Economic Affairs",
        "notes": "Gruppe geteilt: parallel zum Termin an der Universität Hokkaidō.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["renate-koesterbrink", "thomas-kettelhake", "sabine-wessolek"],
        "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d4-university",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16), "end_date": None,
        "start": "10:30", "end": "12:00", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["matthias-brauckmann", "aylin-kruse", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d4-olympics",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 16), "end_date": None,
        "start": "14:00", "end": "15:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # --- Fri 17 April: Sorachi I (PLANTED: interpreter missing) ---------------
    {
        "key": "hk26-d5-sorachi",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17), "end_date": None,
        "start": "09:30", "end": "10:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d5-yubari-care",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17), "end_date": None,
        "start": "11:30", "end": "12:45", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    {
        "key": "hk26-d5-yubari-museum",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 17), "end_date": None,
        "start": "14:00", "end": "15:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Sat 18 April: Sorachi II ------------------------------------------------
    {
        "key": "hk26-d6-mikasa",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18), "end_date": None,
        "start": "10:00", "end": "11:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d6-akabira",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18), "end_date": None,
        "start": "13:30", "end": "15:00", "timezone": _TOKYO, "all_day": False,
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
        "venue_name": _AKABIRA[0], "venue_address": _AKABIRA[1],
        "topic": "industrial-heritage",
        "hosts": "City of Akabira",
        "notes": "Helme werden gestellt.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d6-civil-society",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 18), "end_date": None,
        "start": "15:15", "end": "16:15", "timezone": _TOKYO, "all_day": False,
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
        "venue_name": _AKABIRA[0], "venue_address": _AKABIRA[1],
        "topic": "industrial-heritage",
        "hosts": "Civil-society initiatives for the mining heritage of Sorachi",
        "notes": "Rückfahrt nach Sapporo ca. 17:00.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    # --- Sun 19 April: free day (all-day) --------------------------------------
    {
        "key": "hk26-d7-free",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 19), "end_date": date(2026, 4, 19),
        "start": None, "end": None, "timezone": _TOKYO, "all_day": True,
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
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    # --- Mon 20 April: construction projects, education, farewell --------------
    {
        "key": "hk26-d8-tunnel",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20), "end_date": None,
        "start": "08:30", "end": "11:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "cancelled",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d8-station",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20), "end_date": None,
        "start": "13:00", "end": "14:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "hk26-d8-education",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20), "end_date": None,
        "start": "15:00", "end": "16:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": ["aylin-kruse", "sabine-wessolek", "jonas-mueller"],
        "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "hk26-d8-farewell",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 20), "end_date": None,
        "start": "18:30", "end": "20:30", "timezone": _TOKYO, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # --- Tue 21 April: departure -------------------------------------------------
    {
        "key": "hk26-d9-checkout",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 21), "end_date": None,
        "start": "08:30", "end": "09:00", "timezone": _TOKYO, "all_day": False,
        "title_de": "Check-out und Transfer zum Flughafen",
        "title_en": "Check-out and transfer to the airport",
        "title_ja": "チェックアウト・空港へ移動",
        "description_de": "Check-out im Hotel und Bustransfer zum Flughafen Neu-Chitose.",
        "description_en": "Check-out at the hotel and coach transfer to New Chitose Airport.",
        "description_ja": "ホテルをチェックアウトし、専用バスにて新千歳空港へ移動する。",
        "venue_name": _HOTEL[0], "venue_address": _HOTEL[1],
        "topic": "travel",
        "hosts": "",
        "notes": "Koffer bis 08:15 in der Lobby.",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    {
        "key": "hk26-d9-departure",
        "trip": "hokkaido-2026",
        "date": date(2026, 4, 21), "end_date": None,
        "start": "10:30", "end": "11:30", "timezone": _TOKYO, "all_day": False,
        "title_de": "Abflug ab Neu-Chitose",
        "title_en": "Departure from New Chitose Airport",
        "title_ja": "新千歳空港 出発",
        "description_de": "Rückflug über Tokio-Haneda nach Deutschland.",
        "description_en": "Return flight to Germany via Tokyo Haneda.",
        "description_ja": "羽田空港経由にてドイツへ帰国の途につく。",
        "venue_name": _CTS[0], "venue_address": _CTS[1],
        "topic": "travel",
        "hosts": "Hokkaido Government, International Affairs Division",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_HK26_ALL], "interpreters": [],
    },
    # ======================= hokkaido-assembly-2024 (inbound) ================
    {
        "key": "as24-d1-arrival",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 8), "end_date": None,
        "start": "16:00", "end": "17:00", "timezone": _BERLIN, "all_day": False,
        "title_de": "Ankunft der Delegation am Flughafen Düsseldorf",
        "title_en": "Arrival of the delegation at Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港 到着",
        "description_de": "Empfang durch den RVR am Flughafen und Transfer zum Hotel in Essen.",
        "description_en": "Welcome by the RVR at the airport and transfer to the hotel in Essen.",
        "description_ja": "空港にてルール地域連合職員の出迎えを受け、エッセン市内のホテルへ移動する。",
        "venue_name": _DUS[0], "venue_address": _DUS[1],
        "topic": "travel",
        "hosts": "Regionalverband Ruhr, Bereich III Regionale Planung und Entwicklung",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [],
    },
    {
        "key": "as24-d2-rvr",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 9), "end_date": None,
        "start": "10:00", "end": "12:00", "timezone": _BERLIN, "all_day": False,
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
        "venue_name": _RVR[0], "venue_address": _RVR[1],
        "topic": "protocol",
        "hosts": "Regionalverband Ruhr: leadership of the Verbandsversammlung",
        "notes": "Dunkler Anzug / Kostüm.",
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d2-zollverein",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 9), "end_date": None,
        "start": "14:00", "end": "16:30", "timezone": _BERLIN, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d3-zollern",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 10), "end_date": None,
        "start": "10:00", "end": "12:00", "timezone": _BERLIN, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d3-emscher",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 10), "end_date": None,
        "start": "14:00", "end": "15:30", "timezone": _BERLIN, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d4-landtag",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 11), "end_date": None,
        "start": "10:00", "end": "11:30", "timezone": _BERLIN, "all_day": False,
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
        "interpreting_needed": True, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "as24-d4-departure",
        "trip": "hokkaido-assembly-2024",
        "date": date(2024, 7, 11), "end_date": None,
        "start": "16:00", "end": "17:00", "timezone": _BERLIN, "all_day": False,
        "title_de": "Abreise ab Flughafen Düsseldorf",
        "title_en": "Departure from Düsseldorf Airport",
        "title_ja": "デュッセルドルフ空港 出発",
        "description_de": "Rückflug nach Japan.",
        "description_en": "Return flight to Japan.",
        "description_ja": "帰国の途につく。",
        "venue_name": _DUS[0], "venue_address": _DUS[1],
        "topic": "travel",
        "hosts": "Regionalverband Ruhr, Bereich III Regionale Planung und Entwicklung",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_AS24_ALL], "interpreters": [],
    },
    # ======================= hokkaido-iga-2027 (planning, tentative) =========
    {
        "key": "iga27-d2-rvr",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 15), "end_date": None,
        "start": "10:00", "end": "12:00", "timezone": _BERLIN, "all_day": False,
        "title_de": "Gespräch beim RVR: Partnerschaft und regionales Fenster auf der IGA 2027",
        "title_en": "Talks at the RVR: the partnership and a regional window at the IGA 2027",
        "title_ja": "ルール地域連合訪問：パートナーシップ及びIGA2027における地域紹介について協議",
        "description_de": (
            "Gespräch mit der Leitung der Verbandsversammlung und der IGA 2027 Ruhrgebiet gGmbH "
            "über die weitere Zusammenarbeit und ein regionales Fenster Hokkaidōs auf der "
            "Gartenausstellung."
        ),
        "description_en": (
            "Talks with the leadership of the Verbandsversammlung and IGA 2027 Ruhrgebiet gGmbH "
            "on further cooperation and a regional window for Hokkaido at the garden exhibition."
        ),
        "description_ja": (
            "ルール地域連合議会の議長団及びIGA2027運営会社と、今後の交流及び博覧会における"
            "北海道の地域紹介コーナーについて協議する。"
        ),
        "venue_name": _RVR[0], "venue_address": _RVR[1],
        "topic": "protocol",
        "hosts": "Regionalverband Ruhr; IGA 2027 Ruhrgebiet gGmbH",
        "notes": "Vorläufig.",
        "interpreting_needed": True, "status": "planned",
        "attendees": [*_IGA27_ALL], "interpreters": [("yuki-brandt", "ja", "de")],
    },
    {
        "key": "iga27-d2-gelsenkirchen",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 15), "end_date": None,
        "start": "14:30", "end": "17:00", "timezone": _BERLIN, "all_day": False,
        "title_de": "IGA 2027: Zukunftsgarten Gelsenkirchen",
        "title_en": "IGA 2027: Future Garden Gelsenkirchen",
        "title_ja": "IGA2027：ゲルゼンキルヒェン「未来の庭」視察",
        "description_de": "Rundgang über den Zukunftsgarten der IGA 2027 im Nordsternpark.",
        "description_en": "Tour of the IGA 2027 Future Garden in Nordsternpark.",
        "description_ja": "ノルトシュテルン公園に設けられたIGA2027「未来の庭」会場を視察する。",
        "venue_name": "Nordsternpark",
        "venue_address": "Am Bugapark 1, 45899 Gelsenkirchen, Germany",
        "topic": "large-events",
        "hosts": "IGA 2027 Ruhrgebiet gGmbH",
        "notes": "Vorläufig.",
        "interpreting_needed": True, "status": "planned",
        "attendees": [*_IGA27_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    {
        "key": "iga27-d3-dortmund",
        "trip": "hokkaido-iga-2027",
        "date": date(2027, 6, 16), "end_date": None,
        "start": "10:00", "end": "12:30", "timezone": _BERLIN, "all_day": False,
        "title_de": "IGA 2027: Zukunftsgarten Dortmund und Kokerei Hansa",
        "title_en": "IGA 2027: Future Garden Dortmund and Hansa coking plant",
        "title_ja": "IGA2027：ドルトムント「未来の庭」及びハンザ・コークス工場視察",
        "description_de": (
            "Besuch des Zukunftsgartens Dortmund mit dem Industriedenkmal Kokerei Hansa; "
            "Industriekultur und Gartenkunst im Dialog."
        ),
        "description_en": (
            "Visit to the Dortmund Future Garden with the Hansa coking plant monument: industrial "
            "heritage and garden design in dialogue."
        ),
        "description_ja": (
            "産業遺産であるハンザ・コークス工場を含むドルトムント「未来の庭」会場を視察し、"
            "産業文化と庭園芸術の融合について説明を受ける。"
        ),
        "venue_name": "Kokerei Hansa",
        "venue_address": "Emscherallee 11, 44369 Dortmund, Germany",
        "topic": "large-events",
        "hosts": "IGA 2027 Ruhrgebiet gGmbH; Stiftung Industriedenkmalpflege und Geschichtskultur",
        "notes": "Vorläufig.",
        "interpreting_needed": True, "status": "planned",
        "attendees": [*_IGA27_ALL], "interpreters": [("yuki-brandt", "de", "ja")],
    },
    # ======================= greater-manchester-2022 =========================
    {
        "key": "gm22-d1-gmca",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 11), "end_date": None,
        "start": "14:00", "end": "16:30", "timezone": _LONDON, "all_day": False,
        "title_de": "Arbeitstreffen bei der Greater Manchester Combined Authority",
        "title_en": "Working meeting at the Greater Manchester Combined Authority",
        "title_ja": "グレーター・マンチェスター合同行政機構（GMCA）との実務者協議",
        "description_de": (
            "Anschluss an die Absichtserklärung vom 3. September 2021: Abgleich der Themen "
            "Strukturwandel, Innovation und Verkehr; Verabredung regelmäßiger Videokonferenzen."
        ),
        "description_en": (
            "Follow-up to the declaration of intent of 3 September 2021: comparing priorities in "
            "structural change, innovation and transport; agreeing on regular video calls."
        ),
        "description_ja": (
            "2021年9月3日の意向表明書を受け、構造転換、イノベーション及び交通分野の重点を"
            "確認し、定期的なオンライン会議の開催について合意する。"
        ),
        "venue_name": "Greater Manchester Combined Authority, Tootal Buildings",
        "venue_address": "Broadhurst House, 56 Oxford Street, Manchester M1 6EU, United Kingdom",
        "topic": "economy",
        "hosts": "GMCA International Team",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_GM22_ALL], "interpreters": [],
    },
    {
        "key": "gm22-d2-museum",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 12), "end_date": None,
        "start": "10:00", "end": "11:30", "timezone": _LONDON, "all_day": False,
        "title_de": "Industriekultur: Science and Industry Museum",
        "title_en": "Industrial heritage: Science and Industry Museum",
        "title_ja": "産業遺産：科学産業博物館視察",
        "description_de": (
            "Besuch des Museums auf dem Gelände des historischen Bahnhofs Liverpool Road; "
            "Gespräch über Industriekultur als Standortfaktor."
        ),
        "description_en": (
            "Visit to the museum on the site of the historic Liverpool Road station; talks on "
            "industrial heritage as a locational asset."
        ),
        "description_ja": (
            "歴史的なリバプール・ロード駅跡地にある博物館を視察し、立地要因としての産業遺産に"
            "ついて意見交換を行う。"
        ),
        "venue_name": "Science and Industry Museum",
        "venue_address": "Liverpool Road, Manchester M3 4FP, United Kingdom",
        "topic": "industrial-heritage",
        "hosts": "Science and Industry Museum",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_GM22_ALL], "interpreters": [],
    },
    {
        "key": "gm22-d2-library",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 12), "end_date": None,
        "start": "14:00", "end": "15:30", "timezone": _LONDON, "all_day": False,
        "title_de": "Bildung und Kultur: Manchester Central Library",
        "title_en": "Education and culture: Manchester Central Library",
        "title_ja": "教育・文化：マンチェスター中央図書館視察",
        "description_de": (
            "Rundgang durch die sanierte Zentralbibliothek und Gespräch über Bildungsangebote "
            "und Bürgerbeteiligung im Stadtzentrum."
        ),
        "description_en": (
            "Tour of the refurbished Central Library and talks on learning services and civic "
            "participation in the city centre."
        ),
        "description_ja": (
            "改修された中央図書館を視察し、都心部における学習機会の提供と市民参加の取組について"
            "説明を受ける。"
        ),
        "venue_name": "Manchester Central Library",
        "venue_address": "St Peter's Square, Manchester M2 5PD, United Kingdom",
        "topic": "education",
        "hosts": "Manchester City Council, Libraries",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_GM22_ALL], "interpreters": [],
    },
    {
        "key": "gm22-d3-tfgm",
        "trip": "greater-manchester-2022",
        "date": date(2022, 10, 13), "end_date": None,
        "start": "09:30", "end": "11:00", "timezone": _LONDON, "all_day": False,
        "title_de": "Verkehr: Transport for Greater Manchester",
        "title_en": "Transport: Transport for Greater Manchester",
        "title_ja": "交通：グレーター・マンチェスター交通局との意見交換",
        "description_de": (
            "Vorstellung des Stadtbahnnetzes Metrolink und der Planung eines integrierten "
            "Verkehrsnetzes („Bee Network“); Vergleich mit dem Nahverkehr im Ruhrgebiet."
        ),
        "description_en": (
            "Presentation of the Metrolink tram network and the plans for an integrated "
            "transport network (the Bee Network); comparison with public transport in the Ruhr."
        ),
        "description_ja": (
            "ライトレール「メトロリンク」及び統合交通ネットワーク「ビー・ネットワーク」の計画に"
            "ついて説明を受け、ルール地域の公共交通と比較しつつ意見交換を行う。"
        ),
        "venue_name": "Transport for Greater Manchester",
        "venue_address": "2 Piccadilly Place, Manchester M1 3BG, United Kingdom",
        "topic": "infrastructure",
        "hosts": "Transport for Greater Manchester (TfGM)",
        "notes": "",
        "interpreting_needed": False, "status": "confirmed",
        "attendees": [*_GM22_ALL], "interpreters": [],
    },
]

# ---------------------------------------------------------------------------
# Follow-up actions ("today" in the demo: 22 November 2026)
# ---------------------------------------------------------------------------

_OWNER_B3 = "RVR Bereich III Regionale Planung und Entwicklung"

FOLLOW_UPS: list[dict] = [
    {
        "slug": "hk26-thank-you-letters",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d3-signing",
        "title_de": "Dankschreiben an den Parlamentspräsidenten und den Gouverneur",
        "title_en": "Letters of thanks to the Speaker of the Assembly and the Governor",
        "title_ja": "北海道議会議長及び北海道知事への礼状送付",
        "owner": _OWNER_B3,
        "due": date(2026, 5, 8),
        "status": "done",
        "notes": "Unterzeichnet von der Vorsitzenden der Verbandsversammlung; japanische Fassung beigefügt.",
    },
    {
        "slug": "hk26-report-verbandsausschuss",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": "Bericht an den Verbandsausschuss (Drucksache 15/0282)",
        "title_en": "Report to the Verbandsausschuss (paper 15/0282)",
        "title_ja": "ルール地域連合委員会への報告（報告資料15/0282）",
        "owner": _OWNER_B3,
        "due": date(2026, 6, 29),
        "status": "done",
        "notes": "Zur Kenntnis genommen in der Sitzung am 29.06.2026.",
    },
    {
        "slug": "hk26-report-verbandsversammlung",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": "Bericht an die Verbandsversammlung (Drucksache 15/0282)",
        "title_en": "Report to the Verbandsversammlung (paper 15/0282)",
        "title_ja": "ルール地域連合議会への報告（報告資料15/0282）",
        "owner": _OWNER_B3,
        "due": date(2026, 7, 10),
        "status": "done",
        "notes": "Zur Kenntnis genommen in der Sitzung am 10.07.2026.",
    },
    {
        "slug": "hk-iga27-return-visit",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d8-farewell",
        "title_de": "Gegenbesuch zur IGA 2027 gemeinsam mit der IGA 2027 Ruhrgebiet gGmbH vorbereiten",
        "title_en": "Prepare the return visit during the IGA 2027 together with IGA 2027 Ruhrgebiet gGmbH",
        "title_ja": "IGA2027運営会社と連携した北海道訪問団受入れの準備",
        "owner": _OWNER_B3,
        "due": date(2027, 3, 31),
        "status": "in_progress",
        "notes": "Terminfenster Mitte Juni 2027 vorläufig abgestimmt (Reise hokkaido-iga-2027).",
    },
    {
        "slug": "hk-iga27-japanese-presentation",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": None,
        "title_de": (
            "Präsentation der japanischen Seite auf der IGA 2027 prüfen (Japanische Botschaft "
            "Berlin, Unternehmen aus Hokkaidō)"
        ),
        "title_en": (
            "Examine a presentation by the Japanese side at the IGA 2027 (Embassy of Japan in "
            "Berlin, companies from Hokkaido)"
        ),
        "title_ja": "IGA2027における日本側出展の検討（在ドイツ日本国大使館・道内企業の参画）",
        "owner": _OWNER_B3,
        "due": date(2026, 10, 30),
        "status": "open",
        "notes": "Erstkontakt zur Botschaft steht noch aus; Business Metropole Ruhr einbeziehen.",
    },
    {
        "slug": "hk-iga27-regional-window",
        "region": "hokkaido",
        "trip": "hokkaido-2026",
        "item": "hk26-d4-olympics",
        "title_de": "Rahmenbedingungen für ein regionales Fenster der Partnerregion auf der IGA 2027 schaffen",
        "title_en": "Create the conditions for a regional window of the partner region at the IGA 2027",
        "title_ja": "IGA2027におけるパートナー地域（北海道）紹介コーナーの実施環境の整備",
        "owner": _OWNER_B3,
        "due": date(2027, 1, 29),
        "status": "open",
        "notes": "Mit der IGA 2027 Ruhrgebiet gGmbH: Standort, Fläche und Finanzierung klären.",
    },
    {
        "slug": "gm-transport-exchange",
        "region": "greater-manchester",
        "trip": "greater-manchester-2022",
        "item": "gm22-d3-tfgm",
        "title_de": "Fachaustausch Verkehr mit Transport for Greater Manchester fortsetzen",
        "title_en": "Resume the expert exchange on transport with Transport for Greater Manchester",
        "title_ja": "グレーター・マンチェスター交通局との交通分野の専門家交流の再開",
        "owner": _OWNER_B3,
        "due": date(2026, 12, 11),
        "status": "open",
        "notes": "Videokonferenz mit der GMCA und TfGM vorschlagen.",
    },
]
