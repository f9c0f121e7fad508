"""Demo partner regions, their relationship history and agreements (facts from seeds/)."""

from __future__ import annotations

from datetime import date
from typing import Any

# ---------------------------------------------------------------------------
# Partner regions
# ---------------------------------------------------------------------------

REGIONS: list[dict[str, Any]] = [
    {
        "slug": "hokkaido",
        "name_de": "Hokkaido",
        "name_en": "Hokkaido",
        "name_ja": "北海道",
        "country": "JP",
        "timezone": "Asia/Tokyo",
        "status": "partnership",
        "profile_de": (
            "Hokkaido ist die nördlichste der vier japanischen Hauptinseln und zugleich eine "
            "Präfektur mit Verwaltungssitz in Sapporo. In Teilregionen der Insel, vor allem im "
            "Gebiet Sorachi um Yubari, Mikasa und Akabira, wurde im 19. und 20. Jahrhundert "
            "Steinkohle abgebaut. Politikerinnen und Politiker wie auch zivilgesellschaftliche "
            "Gruppen aus diesen Gebieten besuchen seit Jahren das Ruhrgebiet; im Sommer 2024 kam "
            "eine parlamentarische Delegation des Präfekturparlaments Hokkaido. Im April 2026 "
            "unterzeichneten beide Seiten in Sapporo eine Partnerschaftsurkunde."
        ),
        "profile_en": (
            "Hokkaido is the northernmost of Japan's four main islands and a prefecture in its "
            "own right, governed from Sapporo. Parts of the island, above all the Sorachi area "
            "around Yubari, Mikasa and Akabira, were coal-mining districts in the 19th and 20th "
            "centuries. Politicians and civil-society groups from these areas have visited the "
            "Ruhr for years; in summer 2024 a parliamentary delegation of the Hokkaido "
            "Prefectural Assembly came to the region. In April 2026 both sides signed a "
            "partnership certificate in Sapporo."
        ),
        "profile_ja": (
            "北海道は日本の主要4島の最北に位置し、札幌市に道庁を置く。空知地域の夕張・三笠・"
            "赤平などでは、19世紀から20世紀にかけて石炭の採掘が行われ、炭鉱閉山後は地域の"
            "再生が課題となってきた。これらの地域の政治家や市民団体は長年にわたりルール地域を"
            "訪れており、2024年夏には北海道議会の議員団が来訪した。2026年4月、札幌において"
            "パートナーシップ証書に調印した。"
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

STATUS_HISTORY: list[dict[str, Any]] = [
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
            "Eine parlamentarische Delegation des Präfekturparlaments Hokkaido besucht das "
            "Ruhrgebiet und "
            "Düsseldorf; Betreuung durch den RVR-Bereich III Regionale Planung und Entwicklung."
        ),
        "note_en": (
            "A parliamentary delegation of the Hokkaido Prefectural Assembly visits the Ruhr and "
            "Düsseldorf, "
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
            "ルール地域連合訪問団の来道の際、札幌にてパートナーシップ証書に調印。"
            "具体的な協力分野は今後協議。"
        ),
    },
]

AGREEMENTS: list[dict[str, Any]] = [
    {
        "region": "greater-manchester",
        "kind": "declaration_of_intent",
        "signed_on": date(2021, 9, 3),
        # Signed during the pandemic, each side in its own city.
        "place_de": "Essen und Manchester",
        "place_en": "Essen and Manchester",
        "place_ja": "エッセン及びマンチェスター",
        "signatories_de": (
            "Andy Burnham, Bürgermeister von Greater Manchester; Regionalverband Ruhr (RVR)"
        ),
        "signatories_en": "Andy Burnham, Mayor of Greater Manchester; Regionalverband Ruhr (RVR)",
        "signatories_ja": "グレーター・マンチェスター市長　アンディ・バーナム、ルール地域連合",
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
        "place_de": "Präfekturparlament Hokkaido, Sapporo",
        "place_en": "Hokkaido Prefectural Assembly, Sapporo",
        "place_ja": "北海道議会（札幌市）",
        # Each language names its reader's side first; Japanese names family name first.
        "signatories_de": (
            "Renate Kösterbrink, Vorsitzende der Verbandsversammlung des Regionalverbands Ruhr; "
            "KITAGAWA Masaki, Präsident des Präfekturparlaments Hokkaido"
        ),
        "signatories_en": (
            "KITAGAWA Masaki, Speaker of the Hokkaido Prefectural Assembly; Renate Kösterbrink, "
            "Chair of the Verbandsversammlung (regional assembly) of the Regionalverband Ruhr"
        ),
        "signatories_ja": (
            "北海道議会議長　北川　正樹、ルール地域連合議会議長　レナーテ・ケスターブリンク"
        ),
        "title_de": (
            "Partnerschaftsurkunde über die freundschaftliche Zusammenarbeit zwischen der "
            "Metropole Ruhr und Hokkaido"
        ),
        "title_en": (
            "Partnership certificate on friendly cooperation between the Ruhr Metropolis and "
            "Hokkaido"
        ),
        "title_ja": "北海道とルール地域の友好協力に関するパートナーシップ証書",
    },
]
