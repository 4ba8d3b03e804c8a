"""Place mentions geocoded to one gazetteer entry each (which event happened where: extractors/link.py).

The gazetteer is the GeoNames index built once, lazily (lexicon/gazetteer.py: cities of 500 people or more,
first- and second-level divisions, countries, continents), with pycountry's country names, lexicon/place_aliases.tsv
and lexicon/gazetteer_extra.tsv (small places, world regions) over it, countries and the main divisions placed by
country_points.tsv and admin_points.tsv. Mentions come from spaCy's GPE/LOC/FAC entities, a capitalised name after a
locative preposition (`in Houla`, which the small model may tag PERSON), lists of places and the dateline; each is
resolved by population, feature, capital status and the article's context (the countries and states that other
names, its dateline, its actors and nationality words make clear). Rules are in docs/places.md.
"""
from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from dataclasses import dataclass, replace
from typing import Optional

from ..lexicon import LexiconError, classes, path, rows, split
from ..lexicon.gazetteer import Entry, fold
from ..lexicon.gazetteer import km as _km
from ..records import Actor, Mention, Place
from ..structure.agencies import agency
from . import Context
from .spans import (char_span, column, entities, lexicon_ids, matches_at, per_doc, sentence_of, span_of, span_text,
                    span_tokens, string_ids, tokens)


PLACE_LABELS = {"GPE", "LOC", "FAC"}
# alternate names (Kiev, Hamah) are indexed for cities at least this large: smaller towns are named
# in news by their primary name, and their alternates mostly add noise (and build time)
ALT_MIN_POPULATION = 50_000
# a city smaller than this, in a country the article does not otherwise name, needs a preposition
WEAK_POPULATION = 200_000
# a mention sets the article's context when its best candidate scores this much above the next (Atlanta, Georgia:
# 5.7 against 3.8 for Atlanta, Texas)
CLEAR_MARGIN = 1.5
# a GeoNames village smaller than this, not after a preposition nor qualified, needs its state named or a town near it
SMALL_POPULATION = 15_000
# a town of a state the article names is no match for a city of its name this many times larger (Boston, N.Y.)
DWARF = 50
HAMLET = 1000                # a village a thousand times smaller than a world city of its name
# a candidate this close to a town the article names without doubt gains (its county, its neighbour)
NEAR_KM = 80
# two names of the article whose candidates meet within this distance at exactly one candidate of one of them read
# each other (`Gainesville` beside `Whitesboro`: Gainesville, Texas)
NEIGHBOUR_KM = 160
NEIGHBOUR_BONUS = 2.5
NEIGHBOUR_DWARF = 20         # a town 20 times smaller than the largest of its name is no neighbour for others
# ... or at the one of its candidates that is this many times nearer than the next (Oxford and Cambridge: 1.6)
NEAREST_RATIO = 2.5
METRO = 10                   # a division word after a city's name ten times larger than the divisions of the name
ALT_LOSS = 2.0               # what a town named by an alternate name loses beside a larger one named by its own
DATELINE_CITY = 100_000
PERSON_TIMES = 3             # a one-word name tagged a person this often, and never a place, is a person      # a dateline without a region names a city of this size over a division of its name
FEATURE_BONUS = {"continent": 5.0, "country": 4.0, "admin": 2.0, "admin2": 0.0, "region": 2.0, "water": 2.0, "city": 0.0, "locality": 0.0}


@dataclass(frozen=True)
class Gazetteer:
    """Candidates for a name: the GeoNames index (lexicon/gazetteer.py) plus the project's own entries and aliases
    (gazetteer_extra.tsv, place_aliases.tsv), held in memory."""
    index: dict            # folded name -> {entry id: (Entry, primary: bool)}, the project's own names
    extra: dict            # id -> Entry of gazetteer_extra.tsv
    iso3: dict             # ISO alpha-3 -> alpha-2

    def candidates(self, name: str) -> tuple:
        key = fold(name)
        own = self.index.get(key)
        found = geonames().lookup(key)
        if not own:
            return found
        ids = {e.id for e, _ in own.values()}
        found = tuple(c for c in found if c[0].id not in ids)
        mine = tuple(own.values())
        if any(e.feature == "admin" for e, _ in mine) and any(e.feature == "admin" for e, _ in found):
            mine, found = _same_divisions(mine, found)
        return mine + found


def _same_divisions(mine: tuple, found: tuple) -> tuple[tuple, tuple]:
    """A division of the supplement that GeoNames also has under the name (the only GeoNames division of the name in
    that country: `Ontario`, `Tibet`, `Helmand`) is one candidate, not two: the GeoNames entry (its id and admin1
    code, which make the context) under the supplement's English name (`Crimea`, not `Avtonomna Respublika Krym`), at
    the supplement's point (admin_points.tsv's where it has one) and the larger population. Two near-equal candidates of one place had kept the name from ever being clear (`Ontario` set no
    context) and given it no admin1 code."""
    by_country: dict = {}
    for e, p in found:
        if e.feature == "admin":
            by_country.setdefault(e.country, []).append(e)
    keep, merged = [], {}
    for e, p in mine:
        same = by_country.get(e.country, ()) if e.feature == "admin" and e.country else ()
        if len(same) == 1 and e.admin1 in (None, same[0].admin1):
            g = same[0]
            # the supplement's point unless admin_points.tsv places the division (its conventional centre)
            own = e.lat is not None and (g.country, g.admin1) not in admin_points()
            merged[g.id] = replace(g, name=e.name, lat=e.lat if own else g.lat, lon=e.lon if own else g.lon,
                                   population=max(e.population, g.population))
        else:
            keep.append((e, p))
    return tuple(keep), tuple((merged.get(e.id, e), p) for e, p in found)


@functools.lru_cache(maxsize=1)
def place_words() -> dict[str, frozenset[str]]:
    """The word classes of lexicon/place_words.tsv: nameprep, spatialprep, eventprep, kind, locus."""
    return {k: frozenset(v) for k, v in classes("place_words.tsv").items()}


@functools.lru_cache(maxsize=1)
def kind_words() -> dict[str, str]:
    """A trailing word that names a kind of place -> the feature it wants: `province` -> admin, `town` -> city."""
    return {r["word"]: r["value"] for r in rows("place_words.tsv") if r["class"] == "kind"}


@functools.lru_cache(maxsize=1)
def _kind_nouns() -> dict[str, str]:
    """Nouns right before a name that say its kind (`the province Gauteng`, `capital Dar es Salaam`): the kind words
    and the `kindnoun` class of place_words.tsv (`capital`, which before `of` names a country's city, not a kind)."""
    out = dict(kind_words())
    out.update((r["word"], r["value"]) for r in rows("place_words.tsv") if r["class"] == "kindnoun")
    return out


@functools.lru_cache(maxsize=1)
def site_words() -> dict[tuple[str, str], str]:
    """(class, word) -> feature for the site and sitefirst classes of place_words.tsv (`Main Street`, `Lake
    Titicaca`)."""
    return {(r["class"], r["word"]): r["value"] for r in rows("place_words.tsv") if r["class"] in ("site", "sitefirst")}


@functools.lru_cache(maxsize=1)
def country_points() -> dict:
    """ISO alpha-2 -> (lat, lon): where a country is placed (lexicon/country_points.tsv)."""
    return {r["country"]: (float(r["lat"]), float(r["lon"])) for r in rows("country_points.tsv", ("country", "lat", "lon"))}


@functools.lru_cache(maxsize=1)
def admin_points() -> dict:
    """(ISO alpha-2, admin1 code) -> (lat, lon): where a first-level division is placed (lexicon/admin_points.tsv)."""
    return {(r["country"], r["admin1"]): (float(r["lat"]), float(r["lon"]))
            for r in rows("admin_points.tsv", ("country", "admin1", "lat", "lon"))}


class _Placed:
    """The GeoNames index, with countries placed at country_points.tsv's points and divisions at admin_points.tsv's."""

    def __init__(self, gn, points: dict, admin_points: dict = None):
        self.gn, self.points, self.admin_points = gn, points, admin_points or {}
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)     # placed once per name

    def _fix(self, e):
        if e is None:
            return e
        if e.feature == "country" and e.country in self.points:
            lat, lon = self.points[e.country]
            return replace(e, lat=lat, lon=lon)
        if e.feature == "admin" and (e.country, e.admin1) in self.admin_points:
            lat, lon = self.admin_points[(e.country, e.admin1)]
            return replace(e, lat=lat, lon=lon)
        return e

    def _lookup(self, key: str) -> tuple:
        return tuple((self._fix(e), p) for e, p in self.gn.lookup(key))

    def entry(self, gid: int):
        return self._fix(self.gn.entry(gid))

    def where(self, feature: str, country: str, admin1=None):
        return self._fix(self.gn.where(feature, country, admin1))

    def admins(self, country: str) -> list:
        return [self._fix(e) for e in self.gn.admins(country)]


@functools.lru_cache(maxsize=1)
def geonames() -> _Placed:
    """The GeoNames index (lexicon/gazetteer.py builds it on first use), opened once per process."""
    from ..lexicon.gazetteer import index
    return _Placed(index(), country_points(), admin_points())


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, once per process: the project's own entries and aliases over the GeoNames index."""
    import pycountry

    index: dict[str, dict] = {}
    extra: dict[str, Entry] = {}

    def add(key: str, entry: Entry, primary: bool = True) -> None:
        k = fold(key)
        if k:
            index.setdefault(k, {})[entry.id] = (entry, primary)

    gn = geonames()
    iso3 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    for c in pycountry.countries:
        e = gn.where("country", c.alpha_2)
        if e is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                add(getattr(c, attr), e)
    for e in gn.admins("US"):
        add(f"US-{e.admin1}", e)                   # `US-GA`, the targets of place_aliases.tsv
    for r in rows("gazetteer_extra.tsv", ("id", "name", "aliases", "country", "admin1", "lat", "lon", "feature",
                                          "population")):
        lat, lon = (float(r["lat"]), float(r["lon"])) if r["lat"] else (None, None)     # oceans: no point
        e = Entry(r["id"], r["name"], r["country"] or None, r["admin1"] or None, lat, lon, r["feature"], None,
                  int(r["population"]))
        extra[e.id] = e
        add(r["name"], e)
        for a in split(r["aliases"]):
            add(a, e)
    for r in rows("place_aliases.tsv", ("alias", "target")):
        alias, target = r["alias"], r["target"]
        if target.startswith("x-") or target.startswith("gn:") and target in extra:
            e = extra.get(target)
        elif target.startswith("gn:"):
            e = gn.entry(int(target[3:]))
        elif target.startswith("US-"):
            e = gn.where("admin", "US", target[3:])
        else:
            e = gn.where("country", target)
        if e is None:
            raise LexiconError(f"{path('place_aliases.tsv')}:{r.line}: unknown target {target!r} for {alias!r}")
        add(alias, e)
    return Gazetteer(index, extra, iso3)


# ---------------------------------------------------------------- mentions
def _lower(doc) -> list[int]:
    """The LOWER column of the doc (spans.column, read once a doc), for the passes that look for their words in it."""
    return column(doc, "LOWER")


def _at_words(doc, wanted) -> list[tuple[int, int]]:
    """(index, LOWER id) of the doc's tokens whose LOWER id is in `wanted` (ids: `lexicon_ids`, `string_ids`), in order:
    what `enumerate(_lower(doc))` gives a pass that passes over every other word, the words found by a `map` at C speed
    instead of a Python step a token (speed36c). A set inside the word classes' union (`_class_ids`: the seven passes'
    sets) is served from the doc's one list of their words (`_class_words`, speed36d), else from its own `map`."""
    union = _class_ids()
    inside = _INSIDE.get(id(wanted))
    if inside is None or inside[0] is not wanted or inside[1] is not union:
        inside = _INSIDE[id(wanted)] = (wanted, union, wanted <= union)
    if inside[2]:
        return [hit for hit in per_doc(doc, "dateline.places.class_words", _class_words) if hit[1] in wanted]
    low = _lower(doc)
    return [(i, low[i]) for i in itertools.compress(range(len(low)), map(wanted.__contains__, low))]


_INSIDE: dict[int, tuple] = {}          # id(wanted) -> (wanted, the union it was tested against, wanted <= union)
_CLASS_IDS: list = [None, None]         # [the lexicons the union was made from, the union]


def _site_ids() -> frozenset[int]:
    """The LOWER ids of the site and sitefirst words (`_sites`), made once for the loaded lexicon."""
    return _ids_once("site", site_words(), lambda w: string_ids({x for _, x in w}))


def _kind_of_ids() -> frozenset[int]:
    """The LOWER ids of the kind words and their plurals (`_after_kind_of`), made once for the loaded lexicon."""
    return _ids_once("kind_of", (kind_words(), _plural_kinds()), lambda w: string_ids(set(w[0]) | set(w[1])))


def _body_ids() -> frozenset[int]:
    """The LOWER ids of the body and kind words (`_leading_bodies`), made once for the loaded lexicon."""
    return _ids_once("body", (place_words()["body"], kind_words()), lambda w: lexicon_ids(w[0]) | lexicon_ids(w[1]))


_ONCE: dict[str, tuple] = {}


def _ids_once(name: str, source, make) -> frozenset[int]:
    """`make(source)`, kept under `name` while `source` (lexicon objects, cached a process) stays the same objects."""
    found = _ONCE.get(name)
    parts = source if isinstance(source, tuple) else (source,)
    if found is None or len(found[0]) != len(parts) or any(a is not b for a, b in zip(found[0], parts)):
        found = _ONCE[name] = (parts, make(source))
    return found[1]


def _class_ids() -> frozenset[int]:
    """The union of the word classes the passes look for in the LOWER column (`_at_words`): prepositions, kind nouns,
    kind words and plurals, dwellers, sites, bodies; made again when a lexicon is loaded again."""
    sets = (lexicon_ids(place_words()["nameprep"]), lexicon_ids(_kind_nouns()), _kind_of_ids(),
            lexicon_ids(place_words()["dweller"]), lexicon_ids(_plural_kinds()), _site_ids(), _body_ids())
    if _CLASS_IDS[0] is None or any(a is not b for a, b in zip(_CLASS_IDS[0], sets)):
        _CLASS_IDS[:] = [sets, frozenset().union(*sets)]
    return _CLASS_IDS[1]


def _class_words(doc) -> list[tuple[int, int]]:
    """(index, LOWER id) of the doc's tokens whose LOWER id is in `_class_ids`, in order: one `map` a doc for the seven
    passes (each filters it by its own set) instead of one each (speed36d)."""
    low, union = _lower(doc), _class_ids()
    return [(i, low[i]) for i in itertools.compress(range(len(low)), map(union.__contains__, low))]


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
    peers: tuple = ()                   # the other members of a list of places it stands in (`A, B and C`)
    paired: bool = False                # a town read with its county, or a county with its town (`Paris and Henry County`)
    stranger: bool = False              # a village of another state, taken for a place of the story's (_strangers)

    @property
    def locative(self) -> bool:
        """After a preposition (`in Tulsa`, `from Houla`) or a dateline: surely a place."""
        if self.root is None:
            return True
        r = locus(self.root)
        return r.dep_ == "pobj" and r.head.lower_ in place_words()["nameprep"]

    def weak(self, countries: set, admins: set = frozenset(), anchors: tuple = ()) -> bool:
        """A small foreign town matched by a word that is likely something else (`Obama`, a person;
        `Ora`, a company): no support from the article's countries, no preposition, no qualifier. A village
        (under SMALL_POPULATION) needs more: its state or province named, or a named town near it."""
        if self.origin is not None:
            return self.origin.weak(countries, admins, anchors)
        e = self.entry
        if self.stranger:
            return False                    # it was a place before it lost its point
        if e.id.startswith("x-place:"):     # a name the gazetteer lacks: only `in X`, `near X`, `X, Region`, `the
            if self.root is None or self.qualifier is not None or self.kind is not None:     # village of X`
                return False
            r = locus(self.root)
            return not (r.dep_ == "pobj" and r.head.lower_ in place_words()["spatialprep"])
        if self.root is None or self.qualifier is not None or self.paired or e.feature not in ("city", "locality"):
            return False
        if e.population < SMALL_POPULATION and e.feature == "city" and not self.locative:
            if (e.country, e.admin1) not in admins and not _near(e, anchors):
                return True                 # `Natalia`, `Amelia`, `Earth`: a name, not the village that bears it
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
    whole = gaz.candidates(text)
    if whole and any(p for _, p in whole):
        return _city_over_division(_country_over_city(whole)), None
    words = text.rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in kind_words():
        cands = gaz.candidates(words[0])
        kind = kind_words()[words[1].lower()]
        narrowed = tuple(c for c in cands if (c[0].feature == kind) or (kind == "city" and c[0].feature == "locality"))
        if words[1].lower() == "county":
            return narrowed or whole, kind      # `Kent County` is no town called Kent
        if words[1].lower() == "city" and not whole:
            # `Quebec City` is Québec, but `Harbor City` (a part of Los Angeles the gazetteer lacks) is no town Harbor
            # and `Kanawha City` no county: only a city of 50,000 or more stands for its name with `City`
            return tuple(c for c in narrowed if c[0].population >= ALT_MIN_POPULATION), kind
        if (narrowed or not whole) and not (kind == "admin" and _metro(narrowed, cands)):
            return (narrowed or cands), kind    # `Quebec City`: the city by its own name, not by an alternate;
            #                                     `Homs province`: the city when the province is not known
    if whole:
        return _city_over_division(_country_over_city(whole)), None
    if text.endswith("'s") or text.endswith("\u2019s"):
        return gaz.candidates(text[:-2]), None
    return (), None


def _kind_before(doc, first, cands: tuple, raw: tuple) -> tuple[tuple, Optional[str]]:
    """`the state of Washington`, `the city of Santa Ana`: a kind word and `of` before the name narrow its candidates
    as a trailing kind word does (`Washington state`)."""
    i = first.i
    if i < 2 or tokens(doc)[i - 1].lower_ != "of":
        return cands, None
    kind = kind_words().get(tokens(doc)[i - 2].lower_)
    if kind is None:
        return cands, None
    ok = ("admin", "admin2", "region") if kind == "admin" else ("city", "locality")
    narrowed = tuple(c for c in raw if c[0].feature in ok)    # before a division gave way to its city
    return (narrowed, kind) if narrowed else (cands, None)


def _country_over_city(cands: tuple) -> tuple:
    """`Luxembourg`, `Djibouti`, `Kuwait`: a name that is a country's own (primary) name is the country, not its city
    of the same name (GeoNames ranks a country above its capital: the city is named `Kuwait City`, or in a place
    that says so)."""
    countries = {e.country for e, p in cands if p and e.feature == "country"}
    if not countries:
        return cands
    return tuple(c for c in cands if not (c[0].feature in ("city", "locality") and c[0].country in countries))


@functools.lru_cache(maxsize=1)
def _plural_kinds() -> dict[str, str]:
    """The plurals of the kind words (`provinces`, `counties`) -> the kind word."""
    return {(w[:-1] + "ies" if w.endswith("y") else w + "s"): w for w in kind_words()}


def _singular(word: str) -> Optional[str]:
    """`provinces` -> `province`, `counties` -> `county` when the singular is a kind word; None otherwise."""
    for w in (word[:-3] + "y" if word.endswith("ies") else None, word[:-1] if word.endswith("s") else None):
        if w and w in kind_words():
            return w
    return None


def _kind_after(doc, last, cands: tuple, raw: tuple, raw_county=lambda doc, last: ()) -> tuple[tuple, Optional[str]]:
    """`Washington state`, `Idlib province` where the entity stops before the lower-case kind word, and `Homs and Hama
    provinces`: the word narrows the candidates all the same (the mention keeps the name alone)."""
    toks = tokens(doc)
    i = last.i + 1
    if i >= len(doc) or not toks[i].text.islower() and toks[i].text not in (",", "and", "or"):
        return cands, None
    word = toks[i].lower_
    if word in (",", "and", "or"):
        # `Homs and Hama provinces`, `Cooke, Grayson and Love counties`: a plural kind word after a list of names
        j = i
        while j < len(doc) and j - i < 12 and (toks[j].text in (",", "and", "or")
                                                 or toks[j].pos_ in ("PROPN", "NOUN") and toks[j].text[:1].isupper()):
            j += 1
        word = _singular(toks[j].lower_) if j < len(doc) and j > i + 1 and toks[j].text.islower() else None
    elif word not in kind_words():
        # the last of a list (`Homs and Hama provinces`); one name alone with a plural is `of` it (`Indiana
        # counties`, `Texas cities`: the state's)
        j = last.i
        while j > 0 and toks[j - 1].pos_ in ("PROPN", "NOUN") and toks[j - 1].text[:1].isupper():
            j -= 1
        word = _singular(word) if j > 0 and toks[j - 1].lower_ in (",", "and", "or", "&") else None
    kind = kind_words().get(word) if word else None
    if kind is None:
        return cands, None
    if word == "county":               # `Love counties`: the county named `Love County`
        named = tuple(c for c in raw_county(doc, last) if c[0].feature == "admin2")
        return (named, kind) if named else (cands, None)
    ok = ("admin", "admin2", "region") if kind == "admin" else ("city", "locality")
    narrowed = tuple(c for c in raw if c[0].feature in ok)    # before a division gave way to its city
    if kind == "admin" and _metro(narrowed, raw):
        return cands, None
    return (narrowed, kind) if narrowed else (cands, None)


def _metro(narrowed: tuple, raw: tuple) -> bool:
    """`the Charlotte region`, `the Seattle area`: a division word after the name of a city METRO times as large as
    every division of the name is the city's surroundings, not a division (a Saint Vincent parish of 7,700 people)."""
    top = max((e.population for e, p in raw if p and e.feature in ("city", "locality")), default=0)
    return bool(narrowed) and top > 0 and all(e.population * METRO < top for e, _ in narrowed)


def _city_over_division(cands: tuple) -> tuple:
    """`Aleppo`, `Homs`, `Kabul` alone name the city, not the province named after it: outside the US (where a
    state's name is the state's), a first-level division gives way to a city of its name inside it."""
    if len(cands) < 2:
        return cands
    cities = {(e.country, e.admin1) for e, p in cands if e.feature in ("city", "locality") and e.population >= 1000
              and p}                   # by its own name: `Bihar` is the state, not Bihar Sharif (alternate name `Bihar`)
    if any(p and e.feature == "admin2" and (e.country, e.admin1) in cities for e, p in cands):
        # a district named after its town (`Albany`, `Cambridge`, `Camden`: Australian local government areas, which
        # GeoNames gives the town's name and people) gives way to the town, as everywhere a name says the town first;
        # a county named otherwise (`Kent`, `Norfolk`) or with its kind word (`Kent County`) stays
        # (the town ranks as the district would, less the district's feature bonus)
        big = {}
        for e, p in cands:
            if p and e.feature == "admin2" and (e.country, e.admin1) in cities:
                big[(e.country, e.admin1)] = max(big.get((e.country, e.admin1), 0), e.population)
        cands = tuple((replace(e, population=max(e.population, big[(e.country, e.admin1)]))
                       if p and e.feature in ("city", "locality") and (e.country, e.admin1) in big else e, p)
                      for e, p in cands if not (p and e.feature == "admin2" and (e.country, e.admin1) in big))
    gone = {(e.country, e.admin1): e.population for e, _ in cands
            if e.feature == "admin" and e.country not in ("US", "CA") and (e.country, e.admin1) in cities}
    if not gone:
        return cands
    # the city ranks as the division it stands for would, its feature bonus included (100 = 10 ** 2): `Gaza` is
    # not Mozambique's Gaza province (population only ranks candidates)
    return tuple((replace(e, population=max(e.population, gone[(e.country, e.admin1)] * 100))
                  if e.feature in ("city", "locality") and (e.country, e.admin1) in gone else e, p)
                 for e, p in cands if not (e.feature == "admin" and (e.country, e.admin1) in gone))


def _person_names(ctx: Context, actors: list[Actor], gaz: Gazetteer) -> set:
    """Surnames: the last word of multi-word PERSON entities and of person actors' names (an actor not named
    like a place, named by its surname alone, matched by a PERSON entity or with a middle initial), and the names of
    papers (`the daily Granma`). First names stay places (`Charlotte Meehan` leaves `Charlotte` a city)."""
    words: set[str] = set()
    person_starts = set()
    press = place_words()["press"]
    alone: dict = {}                    # a one-word name -> [times tagged a person, times tagged a place]
    spatial = place_words()["spatialprep"]
    doc = ctx.doc
    toks = tokens(doc)
    for ent in entities(doc):           # (an entity's words and text read off the doc's lists and text, `span_text`:
        label, start, end = ent.label_, ent.start, ent.end      # `ent.text`, `ent[-1]` make a Token a word, speed36d)
        if label == "PERSON":
            person_starts.add(ent.start_char)
            if end - start > 1 and not (end - start > 2 and _title_case(doc, sentence_of(doc, start))):
                words.add(toks[end - 1].text)   # (not from a headline in title case, whose words the tagger runs
                #                             together: `Freemason Bogdanov Joins Sochi` is no person called Sochi)
            else:
                alone.setdefault(span_text(doc, start, end), [0, 0])[0] += 1
        elif end - start == 1 and start > 0 and toks[start - 1].lower_ in press:
            words.add(span_text(doc, start, end))   # `the Communist Party daily Granma`: a newspaper, not the
            #                                         province, all along
        elif end - start == 1 and label in PLACE_LABELS:
            alone.setdefault(span_text(doc, start, end), [0, 0])[1] += 1
        if end - start == 1 and start > 0 and (toks[start - 1].lower_ in spatial or start > 1 and toks[start - 1].lower_
                                               == "of" and toks[start - 2].lemma_.lower() in place_words()["locus"]):
            alone.setdefault(span_text(doc, start, end), [0, 0])[1] += 1      # `in Houla`, `the island of Lampedusa`,
            #                                                                    whatever it was tagged: a place
    # a one-word name the tagger takes for a person PERSON_TIMES times or more, never for a place and never after a
    # spatial preposition or a place's kind and `of`, is a person's
    # (`killing Welch`, `stabbed Welch`, `property from Welch`: the victim, not Welch, West Virginia)
    words.update(n for n, (person, place) in alone.items() if person >= PERSON_TIMES and not place)
    for a in actors:
        names = a.name.split()
        if len(names) < 2 or not names[-1][:1].isupper() or gaz.candidates(a.name):
            continue
        if len(names) > 2 and any(m.text == a.name and (sp := char_span(ctx.doc, m.start, m.end)) is not None
                                  and _title_case(ctx.doc, sentence_of(ctx.doc, sp.start)) for m in a.mentions):
            continue                    # a person the actors stage found in a title-case headline (as above)
        if any(m.text == names[-1] or m.start in person_starts for m in a.mentions) or (
                len(names) == 3 and len(names[1]) == 2 and names[1][0].isupper() and names[1][1] == "."):
            words.add(names[-1])        # `Tyrise M. Bell`, whatever the tagger made of it: a middle initial says person
    return words


def _mentions(ctx: Context, actors: list[Actor], gaz: Gazetteer) -> list[PlaceMention]:
    """Place mentions with their candidates: entities, names after prepositions, repeats, the dateline."""
    doc = ctx.doc
    person_words = _person_names(ctx, actors, gaz)
    out: dict[tuple[int, int], PlaceMention] = {}

    def person(start, end, text):
        return " " not in text and text in person_words and not (placed(start) and qualified(end))

    def placed(start):
        tok = char_span(ctx.doc, start, start + 1, alignment_mode="expand")
        return tok is not None and len(tok) and tok[0].ent_type_ in PLACE_LABELS

    def qualified(end):
        """`to Reston, Virginia` (a person `Ebola Reston` elsewhere): tagged a place, with a comma and a country or
        first-level division after it, the name is a place there."""
        if ctx.text[end:end + 2] != ", ":
            return False
        nxt = char_span(ctx.doc, end + 2, min(len(ctx.text), end + 40), alignment_mode="expand")
        if nxt is None or not len(nxt) or not nxt[0].text[:1].isupper():
            return False
        words = [t for t in nxt[:3]]
        for k in (3, 2, 1):
            if k <= len(words) and all(t.text[:1].isupper() or t.text in (".",) for t in words[:k]) and any(
                    p and e.feature in ("country", "admin") for e, p in gaz.candidates(ctx.text[words[0].idx:
                                                                                             words[k - 1].idx + len(words[k - 1])])):
                return True
        return False

    def take(span, untagged=False, leads=False, unknown=False):
        toks = span_tokens(span)        # (the doc's Tokens, not a new one a word: speed36d)
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
        if not leads and _name_goes_on(doc, toks[-1]):
            return                     # `Chad Foster`, `Houston Texans`, `Esperance Tunis`: the name of something else
        if fold(text) in place_words()["notname"] or agency(text):
            return                     # `North`, `Metro`: a word, not the tiny town that bears it; `Xinhua`, an agency
        cands, kind = _lookup(gaz, text)
        if not cands and len(toks) >= 3 and toks[0].lower_ in kind_words() and toks[1].lower_ == "of":
            return take(span_of(doc, toks[2].i, toks[-1].i + 1), untagged, leads)     # `the City of Santa Ana`
        if not cands and len(toks) >= 2 and toks[0].lower_ in place_words()["directionadj"] | place_words()["directionnoun"] \
                and toks[1].text[:1].isupper() \
                and not isinstance(unknown, str) and not (toks[0].i >= 2 and tokens(doc)[toks[0].i - 1].lower_ == "of"
                                                          and tokens(doc)[toks[0].i - 2].lower_ in place_words()["locus"]) \
                and any(p and e.feature in ("country", "admin") and (toks[0].lower_ in place_words()["directionadj"] or
                                                                     e.feature == "admin" and e.country == "US")
                        for e, p in _lookup(gaz, span_text(doc, toks[1].i, toks[-1].i + 1))[0]):
            # `Eastern China`, `Southern California` (no gazetteer name whole): the country or state after the
            # direction adjective, as GeoVirus and WikiNews mark it (`South West England`, `West Prince`, `the province
            # of Western Kasai` are names)
            return take(span_of(doc, toks[1].i, toks[-1].i + 1), untagged, leads, unknown)
        if cands and kind is None:
            cands, kind = _kind_before(doc, toks[0], cands, gaz.candidates(text))
        if cands and kind is None:
            cands, kind = _kind_after(doc, toks[-1], cands, gaz.candidates(text),
                                      lambda d, t: gaz.candidates(text + " County"))
        if not cands and toks[-1].i + 1 < len(doc) and not tokens(doc)[toks[-1].i + 1].text[:1].isupper():
            # `Walton and Oconee counties`: a county named without its kind word (no town called Oconee)
            cands, kind = _kind_after(doc, toks[-1], (), (), lambda d, t: gaz.candidates(text + " County"))
        if not cands and len(toks) >= 3 and toks[0].text[:1].isupper():
            parts, part = [], []
            for t in toks:
                if t.text == "-":
                    parts.append(part)
                    part = []
                else:
                    part.append(t)
            parts.append(part)
            if len(parts) > 1 and all(p and p[0].text[:1].isupper() and any(
                    q and e.feature not in ("region", "water") for e, q in _lookup(gaz, span_text(doc, p[0].i, p[-1].i + 1))[0])
                    for p in parts):
                for p in parts:            # `Fargo-Moorhead`, `Athens-Clarke`: two places joined
                    take(span_of(doc, p[0].i, p[-1].i + 1), untagged, leads)
                return
        if not cands and unknown and _name_like(toks):
            cands = ((Entry(f"x-place:{fold(text).replace(' ', '-')}", text, None, None, None, None, "locality", None,
                            0), True),)
            if isinstance(unknown, str):
                kind = unknown              # `the village of Pongpong`: the kind noun says it is a place
        if cands:
            root = span[:].root if len(toks) == len(span) else span_of(doc, toks[0].i, toks[-1].i + 1).root
            whole = gaz.candidates(text) if kind is not None and len(toks) >= 2 \
                and toks[-1].lower_ in place_words()["trailingkind"] else None
            if whole is not None and not (whole and toks[-1].text == "City") and not any(p for _, p in whole):
                # `Hebei province`, `Pingliang city`, `Panamá Province`: the name alone is the place's, as GeoVirus,
                # LGL and WikiNews mark it (the kind word still narrowed the candidates); `Fulton County` is a name,
                # and so is a `City` the gazetteer knows whole by an alternate name (`Quebec City`)
                end = toks[-2].idx + len(toks[-2])
                text = ctx.text[start:end]
            out[(start, end)] = PlaceMention(start, end, text, kind, root, cands, untagged=untagged)

    covered = set()
    ent_starts_place = {ent.start for ent in entities(doc) if ent.label_ in PLACE_LABELS}
    toks = tokens(doc)                  # (an entity's words and text read off the doc's token list and text, not
    for ent in entities(doc):           #  `ent.text`, `ent[k]`, which make a Token a word: speed36d)
        label, a, b = ent.label_, ent.start, ent.end
        if label in PLACE_LABELS:
            take(ent, unknown=label == "GPE")
            covered.update(range(a, b))
        elif label == "NORP" and b - a <= 3 and not span_text(doc, a, b).lower().endswith("ern") \
                and _well_known(gaz, span_text(doc, a, b)):
            take(ent, untagged=True)    # `the crowded Sochi mayoral election`, `the Punjab province` tagged NORP
        elif label == "NORP" and b - a == 1 and b < len(doc) and toks[b].text[:1].isupper() \
                and toks[b].is_alpha and b not in ent_starts_place \
                and any(p and e.feature in ("country", "admin") for e, p in gaz.candidates(
                    span_text(doc, a, b + 1))):
            take(span_of(doc, a, b + 1))   # `French` + `Guiana` (tagged a person): French Guiana
        elif label == "ORG" and b - a == 2 and toks[b - 1].tag_ == "POS" and _a_country(gaz, toks[a].text):
            take(ent)                   # `the epidemic is Angola's worst` (tagged an organisation with its 's)
        elif label == "ORG" and b - a >= 4 and toks[b - 2].text == "," and toks[b - 1].text[:1].isupper() \
                and _a_country(gaz, toks[b - 1].text):
            take(ent[-1:])              # `the Ministry of Health, Angola`: where the body is
    # a capitalised name after a locative preposition that the tagger missed or took for a person
    ent_of = {}
    for ent in entities(doc):
        for i in range(ent.start, ent.end):
            ent_of[i] = ent
    for span, untagged in _after_prepositions(doc, covered, ent_of, gaz):
        take(span, untagged=untagged)
    for span in _leading_bodies(doc, covered, ent_of, gaz):
        take(span, leads=True)
    for span, region in _before_regions(doc, gaz):
        if (span.start_char, span.end_char) not in out:
            take(span)
            take(region)
    for span, untagged in _after_kind_nouns(doc, covered, ent_of, gaz):
        take(span, untagged=untagged)
    for span, untagged in _before_dwellers(doc, covered, ent_of):
        take(span, untagged=untagged)
    for span, kind in _after_kind_of(doc):
        take(span, unknown=kind)
    _sites(ctx, out, gaz)
    _listed_kinds(doc, take)
    _list_members(doc, out, ent_of, gaz, take)
    _regions_after(doc, out, ent_of, gaz, take)
    _repeats(ctx, out, ent_of, person_words)     # one sense per article
    for m in _party_homes(ctx, gaz):
        if not any(o.start < m.end and m.start < o.end for o in out.values()):
            out[(m.start, m.end)] = m
    dl = ctx.layout.dateline
    for m in _inline_datelines(ctx, gaz, dl):
        if not any(o.start < m.end and m.start < o.end for o in out.values()):
            out[(m.start, m.end)] = m
    mentions = sorted(out.values(), key=lambda m: m.start)
    if dl is not None and dl.place:
        mentions[:0] = _dateline_mentions(ctx, dl, gaz)
    _qualify(ctx.text, mentions)
    return mentions



def _site_name(doc, i: int, last: int):
    """The capitalised words before token i that with tokens i..last name a site, or None: up to four words
    (`St. Peter's Square`, `East Fourth Street`, `40th Avenue`), no stop word (`In`, `The`), and the name must end
    there (`Wall Street Journal`, `Main Street Bank` name something else)."""
    a = i
    while a > 0 and i - a < 4:
        t = tokens(doc)[a - 1]
        if t.tag_ == "POS" and a - 2 >= 0 and tokens(doc)[a - 2].text[:1].isupper():
            a -= 1
            continue
        if t.is_stop or not (t.text[:1].isupper() and t.is_alpha or t.text[:1].isupper() and t.text.endswith(".")
                             or t.text[:1].isdigit() and t.text[-2:] in ("st", "nd", "rd", "th")):
            break
        a -= 1
        if t.is_sent_start:
            break
    if a == i or tokens(doc)[a].tag_ == "POS":
        return None
    if last + 1 < len(doc) and tokens(doc)[last + 1].text[:1].isupper() and tokens(doc)[last + 1].pos_ == "PROPN" \
            and not tokens(doc)[last + 1].is_sent_start:
        return None
    return span_of(doc, a, last + 1)


def _sites(ctx: Context, out: dict, gaz: Gazetteer) -> None:
    """Streets, squares, bridges (`Main Street`, `Tiananmen Square`) and rivers, lakes, valleys,
    ranges, islands (`Red River`, `Lake Titicaca`) that the gazetteer does not know, whatever the tagger said: places
    with no point (feature `street` or `natural`), found by the last or first word of their name (the site and
    sitefirst classes of place_words.tsv). A place name inside one gives way to it (`Memphis St.`). Numbered roads
    (`Highway 59`, `Route 128`) are left out: LGL marks a third of them."""
    doc = ctx.doc
    words = site_words()
    wanted = _site_ids()
    n = len(doc)
    found = []
    for i, lower in _at_words(doc, wanted):
        if lower not in wanted or not tokens(doc)[i].text[:1].isupper():
            continue
        w = tokens(doc)[i].lower_
        span = feature = None
        if ("site", w) in words:
            if i + 1 < n and tokens(doc)[i + 1].like_num:
                continue                # `County Road 43`, `Douglas County Road 4`: a numbered road, left out
            span, feature = _site_name(doc, i, i), words[("site", w)]
            if span is not None and w in place_words()["surnamesite"] and tokens(doc)[i].ent_type_ == "PERSON" \
                    and tokens(doc)[span.start].ent_type_ == "PERSON":
                span = None
        if span is None and ("sitefirst", w) in words and i + 1 < n and tokens(doc)[i + 1].text[:1].isupper() \
                and tokens(doc)[i + 1].is_alpha and not (i + 2 < n and tokens(doc)[i + 2].text[:1].isupper()):
            span, feature = span_of(doc, i, i + 2), words[("sitefirst", w)]
        if span is None:
            continue
        start, end = span.start_char, span.end_char
        text = ctx.text[start:end]
        if ctx.skipped(start, end) or gaz.candidates(text):
            continue                    # the gazetteer's own (`Rift Valley`, `Beverly Hills`): found as a place
        found.append((start, end, text, feature, span))
    for start, end, text, feature, span in found:
        inner = [k for k in out if start <= k[0] and k[1] <= end]
        if any(a < end and start < b for a, b in out if (a, b) not in inner):
            continue
        for k in inner:
            del out[k]
        e = Entry(f"x-{feature}:{fold(text).replace(' ', '-')}", text, None, None, None, None, feature, None, 0)
        out[(start, end)] = PlaceMention(start, end, text, None, span.root, ((e, True),))



def _name_like(toks) -> bool:
    """One to three capitalised words of letters (`Balintawak`, `Ceamurlia de Jos` has a lower-case particle), not
    all capitals (`LTTE`) and no nationality (`Sri Lankan`)."""
    words = [t for t in toks if t.text[:1].isupper()]
    return 0 < len(words) <= 3 and len(toks) <= 4 and all(t.is_alpha or t.text in ("-", "'") for t in toks) \
        and not any(t.text.isupper() for t in words) and not any(t.text.endswith(("an", "ese", "ish")) and
                                                                  t.ent_type_ == "NORP" for t in toks)


# a US politician's party and home: `Sen. Bob Casey, D-Pa.,`, `(R-Elbow Lake)`
_PARTY_HOME = re.compile(r"\b[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]+)?)(?=[,);])")
_PARTY_HOME_AT = re.compile(r"[DRI]-[A-Z]")        # where every match of _PARTY_HOME starts (`spans.matches_at`)


def _party_homes(ctx: Context, gaz: Gazetteer) -> list[PlaceMention]:
    """The state or town after a US politician's party letter (`D-Pa.`, `R-Florence`): a US state or town."""
    out = []
    for mt in matches_at(_PARTY_HOME, _PARTY_HOME_AT, ctx.text):
        start, end = mt.span(1)
        text = mt.group(1)
        if text.endswith(".") and len(text.split()[-1]) > 4:
            text, end = text[:-1], end - 1           # a sentence's full stop, not an abbreviation's
        cands = tuple(c for c in _lookup(gaz, text)[0] if c[0].country == "US" and c[0].feature in
                      ("admin", "city", "locality", "admin2"))
        span = char_span(ctx.doc, start, end, alignment_mode="expand")
        if cands and span is not None and not ctx.skipped(start, end):
            out.append(PlaceMention(start, end, ctx.text[start:end], None, span.root, cands))
    return out


# a dateline run into the text after a headline: `... budget . COLUMBUS, Ohio (AP) — Gov.`, `... church . BEIRUT: Unknown`
_INLINE_DATELINE = re.compile(
    r"(?:^|(?<=[.!?\n]) )([A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3})"
    r"(?:, ([A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?))?"
    r"(?: ?\([A-Za-z. ]{2,20}\))? ?(?:\u2014|\u2013|--| - |:)")


_INLINE_DATELINE_AT = re.compile(r"[.!?\n] [A-Z]")   # one character before every match of _INLINE_DATELINE
#                                                     but one at the text's start (`spans.matches_at`)


def _inline_dateline_matches(text: str):
    """`_INLINE_DATELINE.finditer(text)`: a match at the text's start, then the others where `_INLINE_DATELINE_AT` is."""
    first = _INLINE_DATELINE.match(text)
    if first is not None:
        yield first
    yield from matches_at(_INLINE_DATELINE, _INLINE_DATELINE_AT, text, 1, first.end() if first is not None else 0)


# a line that is a place's name in capitals and a colon: the heading of a table's part (`KENYA:` above its figures)
_HEADING = re.compile(r"(?m)^([A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,3}):[ \t]*$")
_HEADING_AT = re.compile(r"\n[A-Z]")   # one character before every match of _HEADING but one at the text's start
HEADING_POPULATION = 100_000     # a heading names a country, a first-level division or a city this large


def _heading_matches(text: str):
    """`_HEADING.finditer(text)`: a match at the text's start, then the others where `_HEADING_AT` is (the regex
    engine tried its `(?m)^` at every character: speed46a)."""
    first = _HEADING.match(text)
    if first is not None:
        yield first
    yield from matches_at(_HEADING, _HEADING_AT, text, 1, first.end() if first is not None else 0)


def _inline_datelines(ctx: Context, gaz: Gazetteer, dl) -> list[PlaceMention]:
    """Datelines the structure stage did not take (one run into the text after a headline): the capitals' place and
    its region, each a mention (the region qualifies the place). And headings of a table's parts that are a place's
    name (`KENYA:` on a line of its own, above the figures for Kenya) when it is a country, a first-level division or
    a city of HEADING_POPULATION or more (`NOTE:` is no village)."""
    out = []
    for mt in _heading_matches(ctx.text):
        start, end = mt.span(1)
        if dl is not None and dl.start <= start < dl.end or ctx.skipped(start, end):
            continue
        cands, kind = _lookup(gaz, mt.group(1))
        if any(p and (e.feature in ("country", "admin") or e.population >= HEADING_POPULATION) for e, p in cands):
            out.append(PlaceMention(start, end, ctx.text[start:end], kind, None, cands))
    for mt in _inline_dateline_matches(ctx.text):
        start, end = mt.span(1)
        if dl is not None and dl.start <= start < dl.end or ctx.skipped(start, end):
            continue
        cands, kind = _lookup(gaz, mt.group(1))
        if not cands:
            continue
        m = PlaceMention(start, end, ctx.text[start:end], kind, None, cands)
        out.append(m)
        if mt.group(2):
            rc, _ = _lookup(gaz, mt.group(2))
            if rc:
                rs, re_ = mt.span(2)
                out.append(PlaceMention(rs, re_, ctx.text[rs:re_], None, None, rc))
    return out


def _a_country(gaz: Gazetteer, name: str) -> bool:
    """The name is a country's by its own name or an alias (`Angola`, `U.S.`)."""
    return any(p and e.feature == "country" for e, p in gaz.candidates(name))


def _well_known(gaz: Gazetteer, name: str) -> bool:
    """The name is a country, state or region, or a town of WEAK_POPULATION or more, by its own name."""
    return any(p and (e.feature in ("country", "admin", "region", "continent") or e.population >= WEAK_POPULATION)
               for e, p in _lookup(gaz, name)[0])


def _after_prepositions(doc, covered: set, ent_of: dict, gaz: Gazetteer):
    """(span, untagged) of each capitalised name (up to four words) after a locative preposition (`nameprep` of
    place_words.tsv) that no place entity covers: one the tagger missed, or took whole for a person (one word),
    an organisation or a nationality."""
    toks = tokens(doc)
    n = len(doc)
    preps = lexicon_ids(place_words()["nameprep"])
    near = place_words()["nearadj"]
    for i, lower in _at_words(doc, preps):
        if lower not in preps or i + 1 >= n:
            continue
        tok = toks[i]
        j = tok.i + 1
        if toks[j].lower_ == "the" and j + 1 < n:
            j += 1
        if toks[j].lower_ in near and j + 1 < n:
            j += 1                     # `to neighbouring Mozambique` (tagged an organisation), `from nearby Goma`
        if j in covered or not toks[j].text[:1].isupper() or toks[j].pos_ not in ("PROPN", "NOUN", "ADJ"):
            continue
        k = j
        while k + 1 < n and toks[k + 1].pos_ == "PROPN" and toks[k + 1].text[:1].isupper() and k - j < 3:
            k += 1
        if k + 2 < n and toks[k + 1].text == "-" and toks[k + 2].text[:1].isupper() and toks[k + 2].pos_ == "PROPN" \
                and (_lookup(gaz, span_text(doc, j, k + 1))[0] and _lookup(gaz, toks[k + 2].text)[0]
                     or gaz.candidates(span_text(doc, j, k + 3))):
            k += 2                     # `in Fargo-Moorhead`: two places joined (`take` splits them); `of the
            #                            Rhône-Alpes`: one name the gazetteer knows whole
        ent = ent_of.get(j)
        if ent is not None and (ent.start != j or ent.end != k + 1 or ent.label_ not in ("PERSON", "ORG", "NORP",
                                                                                      "PRODUCT", "WORK_OF_ART")):
            continue
        if ent is not None and ent.label_ == "PERSON" and len(ent) > 1 and not (
                tok.lower_ in place_words()["spatialprep"] and _well_known(gaz, ent.text)):
            continue                   # `in Milton Keynes` (tagged a person) stays a place: a large town by that name
        yield span_of(doc, j, k + 1), ent is None or ent.label_ not in PLACE_LABELS


def _after_kind_nouns(doc, covered: set, ent_of: dict, gaz: Gazetteer):
    """(span, untagged) of a name set right after a kind noun without `of` (`the province Gauteng`, `the South African
    region KwaZulu-Natal`), whatever the tagger said of it: a division of that kind by its own name, or, after `town`,
    `city` or `village`, a town of SMALL_POPULATION or more (marked untagged: it needs its country named)."""
    kinds = _kind_nouns()
    wanted = lexicon_ids(kinds)
    n = len(doc)
    for i, lower in _at_words(doc, wanted):
        if lower not in wanted or i + 1 >= n or tokens(doc)[i].pos_ != "NOUN":
            continue
        kind = kinds[tokens(doc)[i].lower_]
        j = i + 1
        if j in covered or not tokens(doc)[j].text[:1].isupper() or tokens(doc)[j].pos_ != "PROPN":
            continue
        ent = ent_of.get(j)
        if ent is not None:
            if ent.start != j or len(ent) > 4 or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
                continue
            span = ent
        else:
            k = j
            while k + 1 < n and k - j < 3 and tokens(doc)[k + 1].pos_ == "PROPN" and k + 1 not in ent_of and (
                    tokens(doc)[k + 1].text[:1].isupper() or k + 2 < n and tokens(doc)[k + 2].pos_ == "PROPN"
                    and tokens(doc)[k + 2].text[:1].isupper() and k + 2 not in ent_of):
                k += 1                 # a lower-case particle inside the name: `Dar es Salaam`
            span = span_of(doc, j, k + 1)
        cands = _lookup(gaz, span.text)[0]
        if kind == "admin" and any(p and e.feature in ("admin", "admin2") for e, p in cands):
            yield span, False
        elif kind == "city" and any(p and e.feature in ("city", "locality") and e.population >= SMALL_POPULATION
                                    for e, p in cands):
            yield span, True


def _after_kind_of(doc):
    """(span, kind) of each name after a kind noun and `of` (`the village of Pongpong`, `the villages of Ceamurlia de
    Jos, Maliuc and Caraorman`, `the province of Western Kasai`), whatever the tagger said of it, with the names
    listed after it: the kind noun says they are places, so one the gazetteer lacks is a place with no point."""
    kinds = kind_words()
    n = len(doc)
    wanted = _kind_of_ids()
    for i, lower in _at_words(doc, wanted):
        if lower not in wanted or i + 2 >= n:
            continue
        w = tokens(doc)[i].lower_
        kind = kinds.get(w) or kinds.get(_singular(w) or "")
        if kind is None or w in place_words()["notkindof"] or tokens(doc)[i + 1].lower_ != "of" \
                or not tokens(doc)[i].text.islower():
            continue
        j = i + 2
        while j < n:
            k = j
            while k < n and k - j < 4 and (tokens(doc)[k].text[:1].isupper() and tokens(doc)[k].pos_ in ("PROPN", "NOUN", "ADJ")
                                            or k > j and tokens(doc)[k].lower_ in ("de", "del", "la", "el", "al", "-")
                                            and k + 1 < n and tokens(doc)[k + 1].text[:1].isupper()):
                k += 1
            if k == j:
                break
            yield span_of(doc, j, k), kind
            if k + 1 < n and tokens(doc)[k].text == "," and tokens(doc)[k + 1].lower_ in ("and", "or"):
                k += 1
            if k < n and tokens(doc)[k].lower_ in (",", "and", "or") and k + 1 < n and tokens(doc)[k + 1].text[:1].isupper():
                j = k + 1
            else:
                break


_NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")


def _before_dwellers(doc, covered: set, ent_of: dict):
    """(span, untagged) of a capitalised name right before a lower-case `dweller` noun of place_words.tsv (`Alexandria
    woman charged`, `a Coral Gables man`, `Roselle police`), whatever the tagger said of it; the gazetteer must know
    it (`take` looks it up), and a name not tagged a place needs its country named, as after a preposition."""
    wanted = lexicon_ids(place_words()["dweller"])
    for i, lower in _at_words(doc, wanted):
        if lower not in wanted or i == 0 or not tokens(doc)[i].text.islower() or i - 1 in covered:
            continue
        ent = ent_of.get(i - 1)
        if ent is not None:
            if ent.end != i or len(ent) > 3 or ent.label_ in _NOT_NAMES:
                continue
            yield ent, ent.label_ not in PLACE_LABELS
            continue
        a = i - 1
        if tokens(doc)[a].pos_ != "PROPN" or not tokens(doc)[a].text[:1].isupper():
            continue
        while a > 0 and i - a < 3 and tokens(doc)[a - 1].pos_ == "PROPN" and tokens(doc)[a - 1].text[:1].isupper() \
                and a - 1 not in ent_of:
            a -= 1
        yield span_of(doc, a, i), True


def _regions_after(doc, out: dict, ent_of: dict, gaz: Gazetteer, take) -> None:
    """`Kinshasa, DR Congo`, `Sukoharjo, Central Java`: a name after a place and a comma, whatever the tagger said of
    it, is a place when it is a country or a first-level division that holds one of the place's candidates."""
    n = len(doc)
    for (s, e), pm in list(out.items()):
        if pm.root is None:
            continue
        sp = char_span(doc, s, e, alignment_mode="expand")
        if sp is None or sp.end + 1 >= n or tokens(doc)[sp.end].text != "," or not tokens(doc)[sp.end + 1].text[:1].isupper():
            continue
        j = sp.end + 1
        ent = ent_of.get(j)
        if ent is not None and ent.label_ in PLACE_LABELS:
            continue                    # a place entity: found already
        if ent is not None:
            if ent.start != j or len(ent) > 3:
                continue
            region = ent
        else:
            k = j
            while k + 1 < n and k - j < 2 and tokens(doc)[k + 1].pos_ == "PROPN" and tokens(doc)[k + 1].text[:1].isupper():
                k += 1
            region = span_of(doc, j, k + 1)
        if any(a < region.end_char and region.start_char < b for a, b in out):
            continue
        rc = _lookup(gaz, region.text)[0]
        holds = any(r.feature == "country" and c.country == r.country
                    or r.feature == "admin" and (c.country, c.admin1) == (r.country, r.admin1) and c.id != r.id
                    for r, _ in rc for c, _ in pm.candidates)
        if holds:
            take(region, untagged=True)


def _listed_kinds(doc, take) -> None:
    """Every name of a list that a plural kind word ends (`Walton and Oconee counties`, `Becker, Clay, Douglas and
    Wilkin counties`, `Kano, Jigawa and Bauchi states`), whatever the tagger said of each: `take` reads the kind word
    after the list (_kind_after) and keeps the names of that kind."""
    n = len(doc)
    wanted = lexicon_ids(_plural_kinds())
    for i, lower in _at_words(doc, wanted):
        if lower not in wanted or i < 2 or not tokens(doc)[i].text.islower():
            continue
        j = i
        while j > 0:
            b = j                           # a member ends at b - 1
            a = b
            while a > 0 and b - a < 3 and tokens(doc)[a - 1].text[:1].isupper() and tokens(doc)[a - 1].pos_ in ("PROPN", "NOUN"):
                a -= 1
            if a == b:
                break
            take(span_of(doc, a, b))
            j = a
            if j > 1 and tokens(doc)[j - 1].lower_ in ("and", "or") and tokens(doc)[j - 2].text == ",":
                j -= 2
            elif j > 0 and tokens(doc)[j - 1].lower_ in (",", "and", "or"):
                j -= 1
            else:
                break


_BIG = ("country", "admin", "region", "continent")
_JOINS = (",", "and", "or")


def _list_members(doc, out: dict, ent_of: dict, gaz: Gazetteer, take) -> None:
    """A name beside a place in a list (`Zambia, Malawi, and Mozambique`, `Cairo, Giza, and Al-Minya`) that the small
    model tagged a person or an organisation, or left untagged, is a place when it is itself a country, state or
    region beside one, or a town of the country of the place beside it: `take` adds it, marked untagged (it never
    sets the context itself)."""
    n = len(doc)

    def member(j, forward):
        """The name starting (forward) or ending (backward) at token j: an entity, or a run of up to 3 PROPN."""
        ent = ent_of.get(j)
        if ent is not None:
            if ent.label_ not in ("PERSON", "ORG", "NORP") or len(ent) > 3 or (ent.start if forward else ent.end - 1) != j:
                return None
            return ent
        if tokens(doc)[j].pos_ != "PROPN" or not tokens(doc)[j].text[:1].isupper():
            return None
        a = b = j
        step = 1 if forward else -1
        while 0 <= (b if forward else a) + step < n and abs(b - a) < 2:
            k = (b if forward else a) + step
            if tokens(doc)[k].pos_ != "PROPN" or not tokens(doc)[k].text[:1].isupper() or k in ent_of:
                break
            if forward:
                b = k
            else:
                a = k
        return span_of(doc, a, b + 1)

    def big(cands):
        return any(p and e.feature in _BIG for e, p in cands)

    def town_of(cands, beside):
        """A town of SMALL_POPULATION or more, by its own name, or a first-level division, in the country of the best
        candidate beside it (`Cairo, Giza, and Al-Minya`: the governorate Al Minyā, or the city by an alternate name)."""
        top = max(beside, key=lambda c: _score(c[0], c[1], set(), set()))[0]
        return any(e.country == top.country and (p and e.feature in ("city", "locality", "admin")
                                                 and e.population >= SMALL_POPULATION
                                                 or not p and e.population >= ALT_MIN_POPULATION) for e, p in cands)

    def county(cands, beside):
        """A county by its own name beside a county of its country (`Devon and Cornwall police`)."""
        counties = {e.country for e, p in beside if p and e.feature == "admin2"}
        return any(p and e.feature == "admin2" and e.country in counties and e.population >= SMALL_POPULATION
                   for e, p in cands)

    todo = list(out.items())
    for _ in range(4):
        before = set(out)
        for (s, e), pm in todo:
            sp = char_span(doc, s, e, alignment_mode="expand")
            if sp is None:
                continue
            for forward in (True, False):
                if forward:
                    k = sp.end
                    if k + 1 >= n or tokens(doc)[k].lower_ not in _JOINS:
                        continue
                    j = k + 2 if tokens(doc)[k].text == "," and tokens(doc)[k + 1].lower_ in ("and", "or") else k + 1
                else:
                    k = sp.start - 1
                    if k < 1 or tokens(doc)[k].lower_ not in _JOINS:
                        continue
                    j = k - 2 if tokens(doc)[k].lower_ in ("and", "or") and tokens(doc)[k - 1].text == "," else k - 1
                if not 0 <= j < n:
                    continue
                m = member(j, forward)
                if m is None or m.text.lower() in kind_words() or (m.start_char, m.end_char) in out or any(
                        a < m.end_char and m.start_char < b for a, b in out):
                    continue
                cands, _ = _lookup(gaz, m.text)
                if cands and (big(cands) and big(pm.candidates) or town_of(cands, pm.candidates)
                              or county(cands, pm.candidates)):
                    take(m, untagged=True)
        todo = [(k, out[k]) for k in out if k not in before]     # a list goes on from the names just added
        if not todo:
            return


def _leading_bodies(doc, covered: set, ent_of: dict, gaz: Gazetteer):
    """The place name that leads an organisation's name when the organisation is a public body or office of it (a
    `body` word of place_words.tsv follows: `the U.S. Food and Drug Administration`, `the California Department of
    Public Health`, `The Philippines Department of Agriculture`): a country, state or region, or a town of
    WEAK_POPULATION or more, by its own name, or a county (`the Henderson County Sheriff's Department`). Newspapers, firms and teams (`The New York Times`, `Kentucky Fried
    Chicken`) have no such word."""
    body = place_words()["body"]
    wanted = _body_ids()                # (made once a process)
    holding = {}                        # the entities that hold a body or kind word, found from the words
    for j, lower in _at_words(doc, wanted):
        if lower in wanted and j in ent_of:
            holding.setdefault(ent_of[j].start, ent_of[j])
    for _, ent in sorted(holding.items()):
        if len(ent) < 2 or ent.label_ != "ORG" and ent.label_ not in PLACE_LABELS:
            continue
        i = ent.start + (ent[0].lower_ == "the")
        if ent.label_ == "ORG" and ent.end - i in (3, 4, 5) and tokens(doc)[i].lower_ in kind_words() \
                and tokens(doc)[i + 1].lower_ == "of" and _well_known(gaz, span_text(doc, i + 2, ent.end)):
            yield span_of(doc, i + 2, ent.end)   # `The State of Texas`, `the City of Houston` tagged an organisation
            continue
        if ent.label_ == "ORG" and i in covered or not tokens(doc)[i].text[:1].isupper():
            continue
        if ent.label_ != "ORG" and _lookup(gaz, ent.text)[0]:
            continue
        b = next((t.i for t in tokens(doc)[i + 1:ent.end] if t.lower_ in body and t.text[:1].isupper()), None)
        if b is None:
            # a county leads whatever it names (`Edgar County Community Foundation`, `Guernsey County Courthouse`)
            k = next((k for k in (2, 3) if i + k < ent.end and tokens(doc)[i + k - 1].lower_ in place_words()["countyword"]), None)
            if k and any(p and e.feature == "admin2" for e, p in _lookup(gaz, span_text(doc, i, i + k))[0]):
                yield span_of(doc, i, i + k)
            continue                    # an organisation, or a place entity that is no place whole (`Santa Ana City
        for k in (3, 2, 1):             # Council`)
            if i + k > b or tokens(doc)[i + k - 1].tag_ == "POS" or k > 1 and tokens(doc)[i + k - 1].lower_ == "state":
                continue                    # `Illinois State Police`: the place is Illinois
            name = span_of(doc, i, i + k)
            if k > 1 and tokens(doc)[i + k - 1].lower_ == "city" and not any(
                    p and e.feature in ("city", "locality") for e, p in gaz.candidates(name.text)):
                continue                    # `Dublin City Council`: Dublin (but `Mexico City Health`: Mexico City)
            if _well_known(gaz, name.text) or k > 1 and tokens(doc)[i + k - 1].lower_ in place_words()["countyword"] and any(
                    p and e.feature == "admin2" for e, p in _lookup(gaz, name.text)[0]):
                yield name
                break


def _name_goes_on(doc, last) -> bool:
    """A place name followed at once by another capitalised name word that no place entity holds: the two name a
    person, a team, a firm (`Chad Foster`, `Houston Texans`), unless the next word says a kind of place (`Kent
    County`, `Quebec City`) or a day (`Kabul Sunday`), or the sentence is a headline in title case."""
    i = last.i + 1
    if i >= len(doc):
        return False
    nxt = tokens(doc)[i]
    if nxt.pos_ != "PROPN" or not nxt.text[:1].isupper() or nxt.is_sent_start or nxt.text.isupper():
        return False
    if nxt.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "NORP") or nxt.lower_ in kind_words() \
            or nxt.lower_ in place_words()["locus"] or nxt.lower_ in place_words()["body"]:
        return False                   # `Kent County`, `Quebec City`, `Queensland Police`, `New York Governor`
    return not _title_case(doc, sentence_of(doc, last.i))


def _title_case(doc, sent) -> bool:
    """60% or more of the sentence's words are capitalised (a headline in title case); found once per sentence
    (a list of hundreds of names is one sentence, asked about for each name)."""
    known = doc.user_data.setdefault("dateline.places.title_case", {})
    if sent.start not in known:
        words = [t for t in tokens(doc)[sent.start:sent.end] if t.is_alpha]
        known[sent.start] = not sum(t.text[:1].isupper() for t in words) < 0.6 * len(words)
    return known[sent.start]


def _before_regions(doc, gaz: Gazetteer):
    """(name, region) for a name the tagger took for a person or an organisation, or left untagged, followed by a comma
    and a state or country (`Winona, Minn.`, `Alexandria, La.`, `Buffalo, New York`): the pair says place."""
    toks = tokens(doc)
    n = len(doc)
    for ent in entities(doc):
        if ent.label_ not in ("PERSON", "ORG", "NORP") or len(ent) > 4 or ent.end + 1 >= n:
            continue
        if toks[ent.end].text != "," or not toks[ent.end + 1].text[:1].isupper():
            continue
        for k in (3, 2, 1):
            region = span_of(doc, ent.end + 1, min(n, ent.end + 1 + k))
            if region.end < n and (toks[region.end].text == "-" or toks[region.end].ent_iob_ == "I"):
                continue                # `the UN, Al-Harith Idriss`: the first word of a longer name is no state
            if len(region) == k and any(c[0].feature in ("admin", "country") for c in _lookup(gaz, region.text)[0]):
                yield ent, region
                break
    # an untagged name (`Buffalo, New York in the United States`): only a town of SMALL_POPULATION or more inside the
    # region
    for region in entities(doc):
        i = region.start - 1
        if region.label_ not in ("GPE", "LOC") or i < 1 or toks[i].text != "," or toks[i - 1].ent_type_ \
                or toks[i - 1].pos_ != "PROPN":
            continue
        a = i - 1
        while a > 0 and i - a < 3 and toks[a - 1].pos_ == "PROPN" and not toks[a - 1].ent_type_ \
                and toks[a - 1].text[:1].isupper():
            a -= 1
        name = span_of(doc, a, i)
        if not name.text[:1].isupper():
            continue
        inside = {(e.country, e.admin1 if e.feature == "admin" else None)
                  for e, _ in _lookup(gaz, region.text)[0] if e.feature in ("admin", "country")}
        if any(p and e.feature in ("city", "locality") and e.population >= SMALL_POPULATION
               and ((e.country, e.admin1) in inside or (e.country, None) in inside)
               for e, p in _lookup(gaz, name.text)[0]):
            yield name, region


def _repeats(ctx: Context, out: dict, ent_of: dict, surnames: set = frozenset()) -> None:
    """One sense per article: add to `out` every other occurrence of a one-word name taken as a place, standing
    alone (`the Houla massacre` after `in Houla`; not inside a longer entity such as `Washington Post`). A surname
    taken as a place where a comma and a state follow it (`to Reston, Virginia`) is not repeated (`Ebola Reston`)."""
    doc = ctx.doc
    known, longer = {}, {}
    for m in out.values():
        words = tuple(t.text for t in char_span(doc, m.start, m.end) or ()) if "-" in m.text or " " in m.text else ()
        if len(words) < 2:
            if " " not in m.text and m.text not in surnames:
                known[m.text] = m
        elif m.text[:1].isupper():
            # a name of several words (`Dar es Salaam`, `New South Wales`, `KwaZulu-Natal`: three tokens) the article
            # once took as a place is one wherever it is said again whole, whatever the tagger made of it (`capital Dar
            # es Salaam Thursday`, `other provinces than KwaZulu-Natal`)
            longer.setdefault(words[0], []).append((words, m))
    if not known and not longer:
        return
    wanted = string_ids(list(known) + list(longer))
    orths = column(doc, "ORTH")
    for i in itertools.compress(range(len(orths)), map(wanted.__contains__, orths)):   # (the names' words, found at C
        tok = tokens(doc)[i]                                                            #  speed: speed36d)
        for words, m in longer.get(tok.text, ()):
            j = i + len(words)
            if j > len(doc) or tuple(t.text for t in tokens(doc)[i:j]) != words:
                continue
            start, end = tok.idx, tokens(doc)[j - 1].idx + len(tokens(doc)[j - 1])
            if any(a < end and start < b for a, b in out):
                break
            ent = ent_of.get(i) or ent_of.get(j - 1)
            if ent is not None and (ent.start < i or ent.end > j) or _name_goes_on(doc, tokens(doc)[j - 1]) \
                    or ctx.skipped(start, end):
                break                       # inside a longer name (`New York Times`)
            out[(start, end)] = PlaceMention(start, end, ctx.text[start:end], m.kind, span_of(doc, i, j).root, m.candidates,
                                             untagged=m.untagged, origin=m)
            break
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
    """`Novi, Michigan`: a mention followed by a comma and another mention is qualified by it. After a street
    (`508 Cumberland St., Lebanon`) the name is a town."""
    for a, b in zip(mentions, mentions[1:]):
        if a.qualifier is None and text[a.end:b.start].strip() == "," and b.start - a.end <= 2:
            a.qualifier = b
            if a.candidates[0][0].feature == "street" and b.kind is None:
                towns = tuple(c for c in b.candidates if c[0].feature in ("city", "locality"))
                if towns:
                    b.candidates, b.kind = towns, "city"


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


def _dateline_city(cands: tuple) -> dict:
    """Entry id -> a loss that rules it out: a dateline names a city, so without a region (`NEW YORK (AP)`, `QUEBEC`)
    it is not the state or province of its name when a city of DATELINE_CITY people or more in that country bears the
    name (New York City, by its alternate name `New York`). (The state stays a candidate, so that the name still says
    nothing of its neighbours: `WASHINGTON` beside `Oklahoma City` is no Oklahoman village.)"""
    big = {e.country for e, _ in cands if e.feature in ("city", "locality") and e.population >= DATELINE_CITY}
    return {e.id: 100.0 for e, _ in cands if e.feature == "admin" and e.country in big}


# ---------------------------------------------------------------- resolution
def _near(entry: Entry, anchors: tuple) -> bool:
    """Within NEAR_KM of a town or county the article names without doubt (`Henry County` beside `McDonough`)."""
    if entry.lat is None or entry.feature not in ("city", "locality", "admin2"):
        return False
    return any(abs(entry.lat - la) < 2 and _km(entry.lat, entry.lon, la, lo) < NEAR_KM for la, lo in anchors)


def _tiny_division(entry: Entry) -> bool:
    """A first-level division of fewer than SMALL_POPULATION people (a Bermudan parish, `Southampton`, `Warwick`):
    it takes no division bonus over a town of its name (GeoNames gives many divisions no population: 0 is unknown)."""
    return entry.feature == "admin" and 0 < entry.population < SMALL_POPULATION


def _score(entry: Entry, primary: bool, countries: set, admins: set, anchors: tuple = (), peer=None,
           admin_countries: set = frozenset()) -> float:
    s = math.log10(entry.population + 10) + (0.0 if _tiny_division(entry) else FEATURE_BONUS.get(entry.feature, 0.0))
    if anchors and _near(entry, anchors):
        s += 2.5
    if entry.capital:
        s += 3.5
    if primary or entry.feature == "admin":
        s += 2.0                     # (a division by its English name is no lesser name: `Normandy`, `Bavaria`)
    if entry.country in countries:
        s += 4.0
    if entry.admin1 and (entry.country, entry.admin1) in admins:
        s += 3.0
    elif entry.feature == "country" and entry.country in admin_countries:
        s += 3.0                     # `Mexico` beside `Mexico City`: the country holds the division the article names
    if peer is not None and entry.feature == peer[0] and (peer[1] is None or entry.country == peer[1]):
        s += 3.0                     # `Georgia` in a list of US states is one of them
    return s


@dataclass(frozen=True)
class Support:
    """What the article names without doubt (the dateline, clear mentions, actors), each with the folded names that
    say it: a name is never its own context (`Georgia` alone does not make the article Georgian)."""
    countries: dict          # ISO alpha-2 -> frozenset of folded names ("" for an actor's country)
    admins: dict             # (country, admin1) -> folded names
    anchors: tuple           # ((lat, lon, folded name), ...) of the clear towns and counties
    settings: frozenset = frozenset()   # the admins a locative mention says (`in southern Indiana`): the story's setting

    def without(self, key: str) -> tuple[set, set, tuple, set]:
        """(countries, admins, anchor points, countries of the admins) that names other than `key` say."""
        countries = {c for c, ks in self.countries.items() if len(ks) > 1 or key not in ks}
        admins = {a for a, ks in self.admins.items() if len(ks) > 1 or key not in ks}
        anchors = tuple((la, lo) for la, lo, k in self.anchors if k != key)
        return countries, admins, anchors, {c for c, _ in admins}


NO_SUPPORT = Support({}, {}, ())


def _qualified(m: PlaceMention, cands: tuple) -> tuple:
    """Candidates inside the qualifying place (`Novi, Michigan`), when any are. In a list (`Georgia, Oklahoma,
    Pennsylvania and California`) a name that is itself a place of the qualifier's kind is not qualified by it."""
    q = m.qualifier
    if q is None or q.entry is None:
        return cands
    qe = q.entry
    if m.peers and any(p and e.feature == qe.feature for e, p in cands):
        return cands
    if qe.feature == "country" and any(p and e.feature == "country" for e, p in cands):
        return cands                    # `China, Japan`: two countries, not a Japanese village called China
    inside = _inside_of(qe, cands)
    if inside or qe.feature not in ("country", "admin") or all(e.geonameid is None for e, _ in cands) or any(
            e.feature == qe.feature or e.feature in _BIG or e.feature == "water" for e, _ in cands):
        return inside or cands         # (`Anhui, Guangdong`, by their alternate names: two provinces; `the Middle
        #                                East, China and elsewhere`: a region is in no country)
    # nothing of the name lies in the qualifier as read: in another sense of it, when one holds some (`Athens,
    # Georgia` in a story that made Georgia the country), else a place the gazetteer lacks, in the qualifier with
    # no point (`Rocky Hill, Conn.`: not Rock Hill, South Carolina, by an alternate name; `Taji, Iraq`: not a
    # Chinese village)
    for other, p in q.candidates:
        if p and other.id != qe.id and other.feature in ("country", "admin"):
            inside = _inside_of(other, cands)
            if inside:
                return inside
    return ((Entry(f"x-place:{fold(m.text).replace(' ', '-')}", m.text, qe.country,
                   qe.admin1 if qe.feature == "admin" else None, None, None, "locality", None, 0), True),)


def _inside_of(qe: Entry, cands: tuple) -> tuple:
    """The candidates inside a country or first-level division."""
    if qe.feature == "country":
        return tuple(c for c in cands if c[0].country == qe.country and c[0].feature != "country")
    if qe.feature == "admin":
        return tuple(c for c in cands if c[0].country == qe.country and c[0].admin1 == qe.admin1
                     and c[0].id != qe.id)
    return ()


def _peer(m: PlaceMention):
    """The kind of place most other members of m's list are, when at least two share it: (`admin`, `US`) for a list of
    US states, (`country`, None) for a list of countries; None otherwise."""
    if not m.peers:
        return None
    kinds: dict = {}
    for o in m.peers:
        e = o.entry
        if e is not None and e.feature in ("country", "admin"):
            k = (e.feature, None if e.feature == "country" else e.country)
            kinds[k] = kinds.get(k, 0) + 1
    best = max(kinds.items(), key=lambda kv: kv[1], default=(None, 0))
    return best[0] if best[1] >= 2 else None


def _town_and_county(mentions: list[PlaceMention]) -> dict:
    """`Paris and Henry County`, `Palestine ... Anderson County`: when exactly one candidate of a town's name lies in
    exactly one candidate of a county's name the article also gives, the two read each other (entry id -> bonus)."""
    counties: dict = {}
    towns: dict = {}
    for m in mentions:
        for e, _ in m.candidates:
            if e.admin2 and e.feature == "admin2":
                counties.setdefault(fold(m.text), {}).setdefault((e.country, e.admin1, e.admin2), e.id)
            elif e.admin2 and e.feature in ("city", "locality"):
                towns.setdefault(fold(m.text), {}).setdefault((e.country, e.admin1, e.admin2), set()).add(e.id)
    bonus: dict = {}
    for ck, cs in counties.items():
        for tk, ts in towns.items():
            if tk == ck:
                continue
            both = [k for k in cs if k in ts]
            if len(both) == 1 and len(ts[both[0]]) == 1:           # (a set: the name may be said many times)
                bonus[cs[both[0]]] = bonus[next(iter(ts[both[0]]))] = 10.0     # as strong as `Paris, Tenn.`
    return bonus


def _neighbours(mentions: list[PlaceMention]) -> dict:
    """Entry id -> bonus: a town or county candidate that is the only one of its name lying within NEIGHBOUR_KM of a
    candidate of another name of the article (`Gainesville` and `Whitesboro`: of the Gainesvilles only the Texan one
    has a Whitesboro near it; `Paris` beside `Dallas`). Names with towns near each other in several places (`Oxford`
    and `Cambridge`, in England and in Massachusetts) say nothing, nor do the names of countries and states;
    NEIGHBOUR_BONUS for each name that says it, at
    most twice."""
    names: dict = {}
    for m in mentions:
        if any(p and e.feature in _BIG for e, p in m.candidates):
            continue                          # `Norway`, `Florida`: the country, the state (their towns are no rivals)
        cands = [e for e, _ in m.candidates if e.feature in ("city", "locality", "admin2") and e.lat is not None]
        if cands and len(cands) <= 60:
            names.setdefault(fold(m.text), {}).update((e.id, e) for e in cands)
    if len(names) < 2:
        return {}
    # a town that other towns of its name dwarf says little of where the article is (`Louisville`, Illinois, 1,100
    # people, beside `Louisville`, Kentucky): it is no neighbour for other names (`Normandy`, Missouri, near it and
    # near an `Evansville`, Illinois, of 700, had won over Normandy, France); a county still is (`Harris County`,
    # Georgia, beside `Columbus`)
    top = {key: max(e.population for e in cands.values()) for key, cands in names.items()}
    cell = NEIGHBOUR_KM / 111.0               # a grid of cells about NEIGHBOUR_KM high
    grid: dict = {}
    for key, cands in names.items():
        for e in cands.values():
            grid.setdefault((int(e.lat // cell), int(e.lon // cell)), []).append((key, e))
    near: dict = {}                           # (name, other name) -> ids of the name's candidates near the other's
    for key, cands in names.items():
        for e in cands.values():
            y, x = int(e.lat // cell), int(e.lon // cell)
            w = 1 + int(1 / max(0.2, math.cos(math.radians(e.lat))))     # cells are narrower in km near the poles
            for dy in (-1, 0, 1):
                for dx in range(-w, w + 1):
                    for other, o in grid.get((y + dy, x + dx), ()):
                        if other != key and (o.feature == "admin2" or o.population * NEIGHBOUR_DWARF >= top[other]):
                            d = _km(e.lat, e.lon, o.lat, o.lon)
                            if d < NEIGHBOUR_KM:
                                ids = near.setdefault((key, other), {})
                                ids[e.id] = min(d, ids.get(e.id, d))
    bonus: dict = {}
    for ids in near.values():
        best = sorted(ids.items(), key=lambda kv: kv[1])
        # the only one near, or by far the nearest (`Columbus` 30 km from Harris County, Georgia, 100 km from Harris
        # County, Texas)
        if len(best) == 1 or best[0][1] * NEAREST_RATIO < best[1][1]:
            i = best[0][0]
            bonus[i] = min(2 * NEIGHBOUR_BONUS, bonus.get(i, 0.0) + NEIGHBOUR_BONUS)
    return bonus


def _resolve(mentions: list[PlaceMention], support: Support = NO_SUPPORT, bonus: dict = None) -> None:
    views: dict = {}
    bonus = bonus or {}
    # qualifiers first, the last first (`Austin, in Scott County, Indiana`: Indiana, then Scott County inside it)
    quals = sorted({id(m.qualifier): m.qualifier for m in mentions if m.qualifier is not None}.values(),
                   key=lambda q: -q.start)
    done = {id(q) for q in quals}
    for m in quals + [m for m in mentions if id(m) not in done]:
        key = fold(m.text)
        if key not in views:
            views[key] = support.without(key)
        countries, admins, anchors, admin_countries = views[key]
        peer = _peer(m)
        cands = _qualified(m, m.candidates)
        small = _dwarfed(cands, {a for a in admins if len(support.admins[a] - {key}) <= 1
                                 and a not in support.settings}) if admins else {}
        if countries and m.qualifier is None:
            small.update(_hamlets(cands, countries, admins))
        if m.root is None and m.qualifier is None:
            small.update(_dateline_city(cands))
        for i, loss in _misnamed(cands).items():
            small[i] = small.get(i, 0.0) + loss
        m.entry, m.primary = max(cands, key=lambda c: _score(c[0], c[1], countries, admins, anchors, peer,
                                                             admin_countries) + bonus.get(c[0].id, 0.0)
                                 - small.get(c[0].id, 0.0))
    _one_sense(mentions)


def _strangers(mentions: list[PlaceMention], support: Support) -> None:
    """A village of another state in a story set in one state (`Howland`, Maine, of 1,100 people, in a Texan story of
    Paris and Lamar County whose Howland the gazetteer lacks): a place of the story's state the gazetteer lacks, with
    no point, rather than a guess a thousand miles off. The story's state: the only first-level division of the
    village's country that two names or more say; the village: under SMALL_POPULATION, named alone (no qualifier, and
    no town or county the story's names were resolved to within NEIGHBOUR_KM: a candidate neighbour is not enough, for
    Paris, Maine, lies near Howland), in none of the divisions the story names."""
    placed = [(m.entry.lat, m.entry.lon, fold(m.text)) for m in mentions if m.entry is not None
              and m.entry.lat is not None and m.entry.feature in ("city", "locality", "admin2")]
    for m in mentions:
        e = m.entry
        if e is None or e.feature != "city" or e.population >= SMALL_POPULATION or m.qualifier is not None \
                or m.root is None:
            continue
        key = fold(m.text)
        if any(k != key and abs(la - e.lat) < 2 and _km(e.lat, e.lon, la, lo) < NEIGHBOUR_KM for la, lo, k in placed):
            continue                    # a town the story names lies near it (a neighbour read as such)
        others = {a: ks - {key} for a, ks in support.admins.items() if ks - {key}}   # (a name is not its own context)
        said = [a for a in others if a[0] == e.country]
        if (e.country, e.admin1) in others or len(said) != 1 or len(others[said[0]]) < 2:
            continue
        if m.weak(set(support.countries), set(support.admins), tuple((la, lo) for la, lo, _ in support.anchors)):
            continue
        m.entry = Entry(f"x-place:{fold(m.text).replace(' ', '-')}", m.text, e.country, said[0][1], None, None,
                        "locality", None, 0)
        m.stranger = True


def _held(mentions: list[PlaceMention]) -> None:
    """A name the gazetteer lacks, qualified by a town or county (`Greenlane, Auckland`), is placed at the point of
    the place that holds it, in its country and division; its other mentions with it. Qualified by a country or a
    state (`Pingilikani, Kenya`) it keeps no point: the middle of a country is no place's point."""
    placed = {}
    for m in mentions:
        q = m.qualifier
        if m.entry.id.startswith("x-place:") and q is not None and q.entry is not None and q.entry.lat is not None \
                and q.entry.feature in ("city", "locality", "admin2"):
            qe = q.entry
            placed.setdefault(m.entry.id, replace(m.entry, country=qe.country, admin1=qe.admin1, lat=qe.lat,
                                                  lon=qe.lon))
    for m in mentions:
        if m.entry.id in placed:
            m.entry = placed[m.entry.id]


def _dwarfed(cands: tuple, admins: set) -> dict:
    """Entry id -> the part of the state's +3 a town loses when only one other name says the state, and not after a
    preposition (`admins`), and a city of its name in its country is a big one (WEAK_POPULATION or more) and DWARF
    times as large: `Boston` in a story that names New York's governor once is still Boston, Massachusetts, not the
    village of Boston, New York (a qualifier, a town nearby, the county, a state named by several names or as the
    story's setting still place it: `Austin` beside `in southern Indiana`)."""
    top: dict = {}
    for e, p in cands:
        if p and e.feature in ("city", "locality") and e.population > top.get(e.country, 0):
            top[e.country] = e.population
    return {e.id: 2.0 for e, _ in cands if e.feature in ("city", "locality") and (e.country, e.admin1) in admins
            and top.get(e.country, 0) >= WEAK_POPULATION and e.population * DWARF < top[e.country]}


def _hamlets(cands: tuple, countries: set, admins: set) -> dict:
    """Entry id -> the country's +4 a hamlet (under SMALL_POPULATION) loses beside a world city of its name (a city
    of a million or more, HAMLET times its size, by its own name): the country named in the story does not make
    `Montreal` a Wisconsin village of 800 (its state named, a qualifier, a county or a neighbour still can)."""
    top = max((e.population for e, p in cands if p and e.feature in ("city", "locality")), default=0)
    if top < 1_000_000:
        return {}
    return {e.id: 4.0 for e, _ in cands if e.feature in ("city", "locality") and e.country in countries
            and e.population < SMALL_POPULATION and e.population * HAMLET < top
            and (e.country, e.admin1) not in admins}


def _misnamed(cands: tuple) -> dict:
    """Entry id -> ALT_LOSS for a town that bears the name only as an alternate (a spelling of another name:
    `Pittsburgh` for Pittsburg, California) when a larger town bears it as its own name (Pittsburgh, Pennsylvania):
    a name says first the place that is called so (a named state's +3 had outweighed the primary name's +2)."""
    own = max((e.population for e, p in cands if p and e.feature in ("city", "locality")), default=0)
    if not own:
        return {}
    return {e.id: ALT_LOSS for e, p in cands if not p and e.feature in ("city", "locality") and e.population < own}


def _inside(e: Entry, q: Entry) -> bool:
    return e.country == q.country and (q.feature == "country" or e.admin1 == q.admin1) and e.id != q.id


def _one_sense(mentions: list[PlaceMention]) -> None:
    """A name the article once qualifies (`Santa Ana, California`, a dateline's `SAN JOSE, Calif.`) keeps that sense
    where it stands alone later (`Santa Ana` is not El Salvador's)."""
    fixed: dict = {}
    for m in mentions:
        q = m.qualifier
        if q is not None and q.entry is not None and m.entry is not None and _inside(m.entry, q.entry):
            fixed.setdefault(fold(m.text), (m.entry, m.primary))
    if not fixed:
        return
    for m in mentions:
        f = fixed.get(fold(m.text))
        if f is not None and m.qualifier is None and f[0].id != m.entry.id and any(e.id == f[0].id
                                                                                     for e, _ in m.candidates):
            m.entry, m.primary = f


def _context(mentions: list[PlaceMention], actors: list[Actor], gaz: Gazetteer, doc=None,
             paired: frozenset = frozenset()) -> Support:
    """Countries and (country, admin1) pairs the article names without doubt (the dateline, clear mentions, actors,
    nationality words), and the points of the towns and counties among them, each with the names that say it. A
    town and its county that read each other (`paired`: `Gainesville` and `Hall County`) are as sure as a clear
    name: they say their state (so `Georgia` beside them is the state, not the country)."""
    countries: dict = {}
    admins: dict = {}
    anchors: set = set()
    settings: set = set()
    for m in mentions:
        # clear among the candidates its qualifier leaves (`Scott County, Indiana`: Indiana's of the Scott Counties)
        scores = sorted((_score(e, p, set(), set()) for e, p in _qualified(m, m.candidates)), reverse=True)
        e = m.entry
        pair = e.id in paired
        supported = pair or (e.feature in ("country", "admin") or e.population >= WEAK_POPULATION or m.locative
                             or m.qualifier is not None) and m.primary and not m.untagged
        if supported and (pair or m.root is None or len(scores) == 1 or scores[0] - scores[1] >= CLEAR_MARGIN):
            key = fold(m.text)
            if e.country:
                countries.setdefault(e.country, set()).add(key)
            if e.admin1:
                admins.setdefault((e.country, e.admin1), set()).add(key)
                if m.locative:
                    settings.add((e.country, e.admin1))
            if e.feature in ("city", "locality", "admin2") and e.lat is not None:
                anchors.add((e.lat, e.lon, key))
    # a name that is itself a country's (`Palestine`, `Lebanon`, `Georgia`) may be where the actors stage found the
    # country of the people beside it (`Michael Smith, 49, Palestine`): their country is no context for that name
    own = {}
    for m in mentions:
        for e, p in m.candidates:
            if p and e.feature == "country":
                own.setdefault(e.country, set()).add(fold(m.text))
    rooted = sorted((m for m in mentions if m.root is not None), key=lambda m: m.start)
    rooted_starts = [m.start for m in rooted]
    rooted_by_end: dict[int, list] = {}
    for m in rooted:
        rooted_by_end.setdefault(m.end, []).append(m)
    by_place: dict = {}
    for a in actors:
        cc = gaz.iso3.get(a.country or "")
        if cc:
            # an actor named by a place (`Paris police`, `Paris PD`) says that place's country only through the
            # place's name: it is no context for the name itself (so `Paris` beside Texas and Dallas stays Texan)
            # (the actor's span may hold the name or start right after it: `Paris Police Department`, whose
            # actor mention is `Police`); found by bisection, not by a scan of every place for every mention
            named = set()
            for am in a.mentions:
                lo, hi = bisect.bisect_left(rooted_starts, am.start), bisect.bisect_right(rooted_starts, am.end)
                named.update(fold(m.text) for m in rooted[lo:hi] if m.end <= am.end)
                for end in (am.start, am.start - 1):
                    named.update(fold(m.text) for m in rooted_by_end.get(end, ()))
            countries.setdefault(cc, set()).update(named or ("",))
            if named:
                by_place.setdefault(cc, set()).update(named)
            if "" in countries[cc] and cc in own:
                countries[cc].discard("")
                countries[cc].update(own[cc])
    # the actors stage gives an article's people the country of a place it names (`Dublin` made every councillor
    # of Dublin, Ohio, Irish): when an actor of a country is named by a place, the others of that country say no
    # more than that place's name (a nationality word below still says the country on its own)
    if by_place:
        top: dict = {}                   # name -> the country of its largest candidate: what the name says alone
        for m in mentions:
            k = fold(m.text)
            if k not in top and m.candidates:
                top[k] = max(m.candidates, key=lambda c: c[0].population)[0].country
        for cc, names in by_place.items():
            names = {k for k in names if top.get(k) == cc}
            if names and "" in countries.get(cc, ()):
                countries[cc].discard("")
                countries[cc].update(names)
    for cc in _demonym_countries(doc):
        countries.setdefault(cc, set()).add("")
    return Support(countries, admins, tuple(anchors), frozenset(settings))


def _demonym_countries(doc) -> set:
    """Countries that nationality words imply (`Nigerian officials`, `Mexican health authorities`): the demonyms of
    lexicon/countries.tsv, which the actors stage reads too, on spaCy's NORP entities."""
    from ..lexicon.actors import countries as country_names

    if doc is None:
        return set()
    demonyms = country_names().demonyms
    iso3 = gazetteer().iso3
    out = set()
    for ent in entities(doc):
        if ent.label_ == "NORP":
            t = ent.text
            cc = iso3.get(demonyms.get(t) or (t.endswith("s") and demonyms.get(t[:-1])) or "")   # `Nigerians`
            if cc:
                out.add(cc)
    return out


def _lists(text: str, mentions: list[PlaceMention]) -> None:
    """Mentions in a list of three or more places (`Georgia, Oklahoma, Pennsylvania, Wisconsin and California`) know
    the list's other members (`peers`)."""
    runs, run = [], []
    for a, b in zip(mentions, mentions[1:]):
        gap = text[a.end:b.start].strip().lower()
        if gap.endswith(" the") or gap == "the":
            gap = gap[:-3].strip()          # `China, Japan, and the United Kingdom`
        if gap in (",", "and", ", and", "or", ", or") and b.start > a.end:
            run = run or [a]
            run.append(b)
        else:
            if len(run) >= 3:
                runs.append(run)
            run = []
    if len(run) >= 3:
        runs.append(run)
    for r in runs:
        for m in r:
            m.peers = tuple(o for o in r if o is not m)


def resolve_mentions(ctx: Context, actors: list[Actor]) -> list[PlaceMention]:
    """Every place mention of the article with its gazetteer entry (two passes: alone, then in context)."""
    gaz = gazetteer()
    mentions = _mentions(ctx, actors, gaz)
    if not mentions:
        return []
    _lists(ctx.text, mentions)
    paired = _town_and_county(mentions)
    near = _neighbours(mentions)
    bonus = dict(near)
    for k, v in paired.items():
        bonus[k] = bonus.get(k, 0.0) + v
    _resolve(mentions, bonus=bonus)
    support = _context(mentions, actors, gaz, ctx.doc, frozenset(paired))
    _resolve(mentions, support, bonus)
    for m in mentions:
        m.paired = m.entry.id in paired or m.entry.id in near
    _strangers(mentions, support)
    _held(mentions)
    countries, admins = set(support.countries), set(support.admins)
    anchors = tuple((la, lo) for la, lo, _ in support.anchors)
    return [m for m in mentions if not m.weak(countries, admins, anchors)]


def extract_places(ctx: Context, actors: list[Actor]) -> tuple[list[Place], list[PlaceMention]]:
    """The article's places, and every resolved place mention (for the linking stage: extractors/link.py)."""
    mentions = resolve_mentions(ctx, actors)
    by_entry: dict[str, list[PlaceMention]] = {}
    for m in mentions:
        by_entry.setdefault(m.entry.id, []).append(m)
    places = []
    for pid, ms in sorted(by_entry.items(), key=lambda kv: min(m.start for m in kv[1])):
        e = ms[0].entry
        ms = sorted(ms, key=lambda m: m.start)
        places.append(Place(id=e.id, name=e.name, country=e.country, admin1=e.admin1, lat=e.lat, lon=e.lon,
                            feature=e.feature, geonameid=e.geonameid,
                            mentions=tuple(Mention(m.start, m.end, m.text) for m in ms)))
    # an event is placed on the map by a place with a point: a street without one does not take it from its town
    return places, [m for m in mentions if m.entry.lat is not None]
