"""Event clusters: article-level events that report one real-world event, linked incrementally and explainably.

A new asserted event is summarised as an `EventKey` (its type family, its own date or its article's publication
day, its place, its named actors, its casualty figures). The store hands back the clusters of the same family
dated near it (`ClusterState`, an indexed lookup); `decide` scores each one and says why, and the event joins the
best cluster whose score reaches JOIN, or opens a cluster of its own. `absorb` folds a member into a cluster's
summary (the same fold rebuilds a cluster from its mentions when an article is replaced). docs/stories.md has the
rules and their reasons.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterable, Optional

from ..records import Article, Event, Place

JOIN = 2.0                  # the score an event needs to join a cluster
NEAR_KM = 25.0              # two towns this close may both be named for one incident (a suburb, the next town)
PUBLISHED_LAG = 7           # an event dated only by its article's publication day happened up to 7 days before


@functools.lru_cache(maxsize=None)
def families() -> dict[str, tuple[str, int, int]]:
    """PLOVER type -> (family, days apart allowed between two reports' own dates, lead rank)."""
    from ..lexicon import rows

    return {r["type"]: (r["family"], int(r["days"]), int(r["lead"]))
            for r in rows("event_families.tsv", ("type", "family", "days", "lead"))}


@functools.lru_cache(maxsize=None)
def follow_ups() -> frozenset[str]:
    """The PLOVER types whose reports may join a cluster as follow-ups (event_families.tsv `follow_ups`): material
    events; a verbal act reported weeks later is another act."""
    from ..lexicon import rows

    return frozenset(r["type"] for r in rows("event_families.tsv", ("type", "family", "days", "lead", "follow_ups"))
                     if r["follow_ups"] == "1")


@dataclass(frozen=True)
class PlaceKey:
    """Where an event happened, as much as is known; `from_` says whether the event, the dateline or the article
    gave it."""
    name: str
    country: Optional[str]
    admin1: Optional[str]
    feature: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    from_: str = "event"

    @property
    def specific(self) -> bool:
        return self.feature in ("city", "locality")


@dataclass(frozen=True)
class EventKey:
    """What the clustering knows of one asserted article-level event."""
    article_id: str
    idx: int
    type: str
    family: str
    day: Optional[dt.date]              # the event's own full day, else the article's published day
    exact: bool                         # `day` is the event's own date (clause, sentence, narrative or happening), not publication
    place: Optional[PlaceKey]
    actors: tuple[int, ...]             # global actor ids of the event's named participants
    context: tuple[int, ...]            # global actor ids of the named private persons of its article (`_private`)
    dead: Optional[int]
    injured: Optional[int]
    confidence: Optional[float]
    publisher: str                      # the article's source, else its wire group, else its id
    story: str                          # the article's wire group: copy_of, else its own id
    published: Optional[dt.date]
    names: tuple[str, ...] = ()         # distinctive names of its article's headline and lede (`lede_names`)


@dataclass(frozen=True)
class ClusterState:
    """A cluster's running summary: what a new event is compared with, and the `events` row it becomes."""
    cluster_id: str
    family: str
    types: tuple[tuple[str, int], ...]          # (type, mentions), most first
    days: tuple[tuple[str, int], ...]           # own dates of members (ISO day, mentions)
    published: tuple[str, str]                  # first and last publication day of members (ISO)
    places: tuple[PlaceKey, ...]                # distinct places of members, most supported first
    actors: tuple[int, ...]                     # participants' global ids (sorted)
    context: tuple[int, ...]                    # named actors of member articles (sorted, capped)
    dead: Optional[int]
    injured: Optional[int]
    dead_on: Optional[str]                      # publication day of the report `dead` comes from
    mentions: int
    articles: tuple[str, ...]
    stories: tuple[str, ...]
    publishers: tuple[str, ...]
    confidence: Optional[float]
    names: tuple[str, ...] = ()                 # headline and lede names of member articles (sorted, capped)
    # the opening report's named participants, named actors and lede names: what a verbal act from another story is
    # compared with (`decide`), so a statement cluster cannot grow through one shared name at a time
    core_actors: tuple[int, ...] = ()
    core_context: tuple[int, ...] = ()
    core_names: tuple[str, ...] = ()

    @property
    def type(self) -> str:
        return self.types[0][0]

    @property
    def day(self) -> Optional[str]:
        """The best-supported own date, else the first publication day."""
        return self.days[0][0] if self.days else (self.published[0] or None)


@dataclass(frozen=True)
class Decision:
    """The score of an event against one cluster and the reasons, in words, that made it."""
    cluster_id: str
    score: float
    reasons: tuple[str, ...]
    blocked: Optional[str] = None               # a hard incompatibility (another city, dates too far apart)

    @property
    def joins(self) -> bool:
        return self.blocked is None and self.score >= JOIN

    def why(self) -> str:
        return "; ".join(self.reasons) if self.blocked is None else f"not joined: {self.blocked}"


# ---------------------------------------------------------------- keys from an article
_NAMEY = re.compile(r"^[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)+$")


def _named(actor) -> bool:
    """A named person or group (two capitalised words or more), not a description ('a gunman', 'police')."""
    return bool(actor.name) and bool(_NAMEY.match(actor.name)) and not actor.name.isupper()


def _private(actor) -> bool:
    """A private person or small group (the victim, the suspect): no sector, or the civilian or criminal sector;
    not an agency, a government, the police or a company, which many unrelated events share."""
    return (actor.sector or "CVL") in ("CVL", "CRM")


def _day(value: Optional[str]) -> Optional[dt.date]:
    if value and re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _place_key(p: Place, from_: str) -> PlaceKey:
    return PlaceKey(p.name, p.country, p.admin1, p.feature, p.lat, p.lon, from_)


def article_place(article: Article) -> Optional[PlaceKey]:
    """The article's own place when an event has none: the dateline's place, else its first-named town."""
    if article.dateline and article.dateline.place:
        name = article.dateline.place.lower()
        for p in article.places:
            if p.name.lower() == name or any(m.text.lower() == name for m in p.mentions):
                return _place_key(p, "dateline")
    tail = site_tail(article.text)
    towns = [(min(m.start for m in p.mentions if not _inside(m.start, tail)), p) for p in article.places
             if p.feature in ("city", "locality") and any(not _inside(m.start, tail) for m in p.mentions)]
    if towns:                           # the first-named town, not one of a site name after the headline
        return _place_key(min(towns, key=lambda x: x[0])[1], "article")
    return None


def _inside(pos: int, span: Optional[tuple[int, int]]) -> bool:
    return span is not None and span[0] <= pos < span[1]


_SITE_SEP = re.compile(r"\s+(?:[-|\u2013\u2014]|::)\s+")


def site_tail(text: str) -> Optional[tuple[int, int]]:
    """The span of a site name appended to the headline (first line) after a dash or bar: 'Teen dead after house
    party shooting - WMC Action News 5 - Memphis, Tennessee'. It names the publisher and its home town, not the
    event. A tail is what follows the first separator when each of its segments is short (at most 6 words) and has
    no lower-case word of 4 letters or more (a site name is a name; 'Man shot - police say' is a headline)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    first = _SITE_SEP.search(text, 0, end)
    if first is None or first.start() == 0:
        return None
    for seg in _SITE_SEP.split(text[first.end():end]):
        words = seg.split()
        if not words or len(words) > 6 or any(re.match(r"^[a-z]{4,}", w) for w in words):
            return None
    return first.start(), end


def keys(article: Article, global_ids: dict[str, int], *, story: str, asserted_only: bool = True) -> list[EventKey]:
    """The keys of the article's events that can be clustered (asserted, of a known family)."""
    fam = families()
    published = _day(article.published)
    places = {p.id: p for p in article.places}
    fallback = article_place(article)
    actors = {a.id: a for a in article.actors}
    context = tuple(sorted({global_ids[a.id] for a in article.actors
                            if _named(a) and _private(a) and a.id in global_ids}))
    names = lede_names(article)
    out = []
    for i, e in enumerate(article.events):
        if e.type not in fam or (asserted_only and (e.negated or e.hypothetical)):
            continue
        own = _day(e.date) if e.date_from in ("clause", "sentence", "narrative", "happening") else None
        if own and published and own > published + dt.timedelta(days=1):
            own = None                  # dated after its own report: a misread date, the publication day bounds it
        place = _place_key(places[e.place], "event") if e.place in places else fallback
        ids = set()
        for p in (*e.source, *e.target):
            a = actors.get(p.actor) if p.actor else None
            if a is None:
                continue
            for member in (a, *(actors[m] for m in a.members if m in actors)):
                if _named(member) and member.id in global_ids:
                    ids.add(global_ids[member.id])
        out.append(EventKey(article.id, i, e.type, fam[e.type][0], own or published, own is not None, place,
                            tuple(sorted(ids)), context, e.dead, e.injured, e.confidence,
                            article.source or story, story, published, names))
    return out


def lead_event(article: Article) -> Optional[int]:
    """The article's lead event, the one `dateline stories` maps the article to: among its asserted events whose
    trigger is in the headline or the lede (the first paragraph of 100 characters or more), the one of the lowest
    lead rank (event_families.tsv: violence first), the earliest of those; when the headline and lede have none, the
    same choice over the whole text. A violent event (the lowest rank) anywhere in the text comes before the lede's
    other events: a follow-up's lede tells the arrest or the charge, its body the shooting it is about, and the
    article belongs to that incident."""
    fam = families()
    asserted = [(i, e) for i, e in enumerate(article.events)
                if e.type in fam and not e.negated and not e.hypothetical]
    if not asserted:
        return None
    end = _lede_end(article.text)
    first = min(lead for _, _, lead in fam.values())
    top = [(i, e) for i, e in asserted if e.trigger.start < end] or asserted
    if all(fam[e.type][2] > first for _, e in top):
        top = [(i, e) for i, e in asserted if fam[e.type][2] == first] or top
    return min(top, key=lambda ie: (fam[ie[1].type][2], ie[1].trigger.start))[0]


_CAPWORD = re.compile(r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*\b")


def lede_names(article: Article) -> tuple[str, ...]:
    """Names of the headline and lede that say which event it is ('Immokalee', 'Cascade Mall', 'Whitehaven'),
    found without a gazetteer: capitalised words written at least twice in the article, at least once inside a
    sentence (not only as its first word: 'Police said'), never written in lower case in the article (so
    title-case headline words such as 'Shooting' are not names), nor month, weekday, place-kind or direction words
    ('County', 'North'); a site name after the headline (`site_tail`) gives none. Lower-cased, sorted."""
    text = article.text
    end = _lede_end(text)
    tail = site_tail(text)
    lower = {w.lower() for w in re.findall(r"\b[a-z][a-z]+\b", text)} | _not_names()
    seen: Counter = Counter()
    inner: set[str] = set()             # written capitalised inside a sentence at least once
    for m in _CAPWORD.finditer(text):
        if _inside(m.start(), tail):
            continue
        words = m.group(0).replace("-", " ").split()
        seen.update(words)
        if not _sentence_start(text, m.start()):
            inner.update(words)
        else:
            inner.update(words[1:])
    out = set()
    for m in _CAPWORD.finditer(text, 0, end):
        if _inside(m.start(), tail):
            continue
        for w in m.group(0).replace("-", " ").split():
            if len(w) >= 4 and w.lower() not in lower and seen[w] >= 2 and w in inner:
                out.add(w.lower())
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that do not say which event it is even when capitalised: month and weekday names, and the words of
    place kinds and directions (place_words.tsv: kind, locus, notname: 'County', 'North', 'Metro')."""
    from ..lexicon import classes, months, weekdays

    kinds = classes("place_words.tsv")
    return frozenset(set(months()) | set(weekdays()) | set(kinds["kind"]) | set(kinds["locus"]) | set(kinds["notname"]))


def _sentence_start(text: str, pos: int) -> bool:
    """Whether offset `pos` begins a line or a sentence (a capital there says nothing of a name: 'Police say')."""
    before = text[max(0, pos - 8):pos].rstrip(" \t\"'\u201c(")
    if re.search(r"\b[A-Z][a-z]{0,2}\.$", before):       # after an abbreviation: 'Mt. Juliet', 'St. Louis'
        return False
    return not before or before[-1] in "\n.!?:"


def _lede_end(text: str) -> int:
    """The offset where the lede (the first paragraph of at least 100 characters) ends; the headline is before it."""
    pos = 0
    for para in re.split(r"(\n\s*\n|\n)", text):
        pos += len(para)
        if len(para.strip()) >= 100:
            return pos
    return len(text)


# ---------------------------------------------------------------- handles: what can name an event as the same
CELL = 0.25                 # degrees: the grid cells of town handles (a neighbouring cell is looked up too)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL), math.floor(lon / CELL)


def place_handles(p: Optional[PlaceKey], *, near: bool = False) -> set[str]:
    """A town's handles: its name, and its grid cell (with `near`, the 8 cells around it too)."""
    if p is None or not p.specific:
        return set()
    out = {"t:" + p.name.lower()}
    if p.lat is not None and p.lon is not None:
        y, x = _cell(p.lat, p.lon)
        steps = (-1, 0, 1) if near else (0,)
        out |= {f"g:{y + dy}:{x + dx}" for dy in steps for dx in steps}
    return out


def key_handles(k: EventKey) -> set[str]:
    """What a cluster must share with event `k` to be a candidate for it (besides a named actor, looked up apart):
    a town (by name or nearby cell), a headline or lede name, or its article."""
    return place_handles(k.place, near=True) | {"n:" + n for n in k.names} | {"a:" + k.article_id}


def cluster_handles(c: "ClusterState") -> list[str]:
    """The handles a cluster is found by (its towns, lede names and articles), sorted."""
    out: set[str] = set()
    for p in c.places:
        out |= place_handles(p)
    return sorted(out | {"n:" + n for n in c.names} | {"a:" + a for a in c.articles})


# ---------------------------------------------------------------- comparing and folding
def _km(a: PlaceKey, b: PlaceKey) -> Optional[float]:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _place_fit(p: PlaceKey, q: PlaceKey) -> tuple[float, str, bool]:
    """(score, reason, blocked) of two places named for an event."""
    sure = p.from_ != "article" and q.from_ != "article"
    if p.country and q.country and p.country != q.country:
        return (0.0, f"{p.name} and {q.name} are in different countries", True) if sure else \
            (-1.0, f"{p.name} and {q.name} are in different countries", False)
    if p.specific and q.specific:
        if p.name.lower() == q.name.lower() and (p.admin1 == q.admin1 or not p.admin1 or not q.admin1):
            return 2.0, f"same town {p.name}", False
        if p.name.lower() == q.name.lower():
            return 1.0, f"same town name {p.name} (resolved to {p.admin1} and {q.admin1})", False
        km = _km(p, q)
        if km is not None and km <= NEAR_KM:
            return 1.0, f"{p.name} is {km:.0f} km from {q.name}", False
        if p.from_ == "event" and q.from_ == "event":
            return 0.0, f"different towns {p.name} and {q.name}", True
        return -1.0, f"different towns {p.name} and {q.name}", False
    if p.admin1 and q.admin1 and p.admin1 != q.admin1:
        return 0.0, f"different regions {p.admin1} and {q.admin1}", True
    if p.feature == q.feature == "admin2" and p.name.lower() == q.name.lower():
        return 1.0, f"same county {p.name}", False      # a county is small enough to name the incident's area
    return 0.5, f"{p.name} and {q.name} are compatible", False


def decide(k: EventKey, c: ClusterState) -> Decision:
    """Score event `k` against cluster `c`; every point comes with a reason."""
    reasons = [f"same family {k.family}"]
    score = 0.0
    window = families().get(k.type, ("", 1, 9))[1]
    # dates: own dates must agree within the family's window; a publication day only bounds the event (it happened
    # before); a report more than a week after the cluster's is a follow-up (a charge, a trial), which needs a
    # shared named actor to join
    own = [dt.date.fromisoformat(d) for d, _ in c.days]
    first = dt.date.fromisoformat(c.published[0]) if c.published[0] else None
    follow_up = False
    if k.exact and own:
        gap = min(abs((k.day - d).days) for d in own)
        if gap > window:
            return Decision(c.cluster_id, 0.0, tuple(reasons), f"own dates {gap} days apart")
        score += 2.0
        reasons.append(f"own dates agree ({k.day.isoformat()})")
    elif k.day is not None:
        if k.exact and first is not None and k.day > first + dt.timedelta(days=window):
            return Decision(c.cluster_id, 0.0, tuple(reasons), f"dated {k.day}, after the first report {first}")
        ref = own[0] if own and not k.exact else first
        if not k.exact and own and all(k.day < d - dt.timedelta(days=window) for d in own):
            return Decision(c.cluster_id, 0.0, tuple(reasons), f"reported {k.day}, before its date {own[0]}")
        if ref is not None and (k.day - ref).days > PUBLISHED_LAG:
            if k.type not in follow_ups():    # a verbal act has no follow-up: said again weeks later, it is another
                return Decision(c.cluster_id, 0.0, tuple(reasons),
                                f"a {k.family} reported {(k.day - ref).days} days after the cluster's: another act")
            follow_up = True
            reasons.append(f"a follow-up {(k.day - ref).days} days later")
        else:
            score += 0.5
            reasons.append("dates compatible")
            if not k.exact and first is not None and abs((k.day - first).days) <= 1:
                score += 0.5
                reasons.append("reported within a day")
    # A statement, a threat or an agreement is one act only between the same speaker and target on one day: a report
    # from another story is compared with the act that opened the cluster, not with every name its members gathered
    # (user46: an ACCUSE cluster of 19 articles in a week, each report joined through one candidate another report
    # had added). Within one story (the article, its wire copies) the whole summary is used.
    verbal = k.type not in follow_ups() and k.story not in c.stories
    c_actors, c_context, c_names = (c.core_actors, c.core_context, c.core_names) if verbal else \
        (c.actors, c.context, c.names)
    if verbal and k.actors and c_actors and not (set(k.actors) <= set(c_actors) or set(c_actors) <= set(k.actors)):
        return Decision(c.cluster_id, 0.0, tuple(reasons),
                        f"a {k.family} between other named participants ({sorted(k.actors)} vs "
                        f"{sorted(c_actors)}): another act")
    identity = False                # something that names it as the same event: a town, a person, a name
    if k.article_id in c.articles:
        score += 1.5
        identity = True
        reasons.append("same article")
    # places
    if k.place is not None and c.places:
        fits = [_place_fit(k.place, q) for q in c.places[:3]]
        best = max(fits, key=lambda f: (not f[2], f[0]))
        if best[2]:
            return Decision(c.cluster_id, score, tuple(reasons), best[1])
        score += best[0]
        reasons.append(best[1])
        identity = identity or (best[0] >= 1.0)
    # actors
    shared = set(k.actors) & set(c_actors)
    identity = identity or bool(shared)
    if shared:
        score += 3.0
        reasons.append(f"shared participant(s) {sorted(shared)}")
    ctx = (set(k.context) | set(k.actors)) & (set(c_context) | set(c_actors))
    ctx -= shared
    credited = set()                # a place's words count once: as the place when it matched, else as names
    if k.place is not None and c.places and best[0] >= 1.0:
        credited = {w for p in ((k.place,) + c.places[:3]) for w in p.name.lower().split()}
    common = sorted(set(k.names) & set(c_names) - credited)
    if follow_up and not (shared or ctx) and len(common) < 2:
        return Decision(c.cluster_id, score, tuple(reasons), "a follow-up with no shared named actor")
    identity = identity or bool(ctx) or bool(common)
    if ctx:
        score += min(3.0, 1.5 * len(ctx))
        reasons.append(f"shared named actor(s) {sorted(ctx)}")
    if common:
        score += min(2.0, 1.0 * len(common))
        reasons.append(f"headline and lede both name {', '.join(common[:4])}")
    # casualties
    if k.dead and c.dead:
        if k.dead == c.dead:
            score += 1.0
            reasons.append(f"same dead {k.dead}")
        elif abs(k.dead - c.dead) > max(2, min(k.dead, c.dead)):
            score -= 1.0
            reasons.append(f"dead {k.dead} vs {c.dead}")
    if not identity:
        return Decision(c.cluster_id, round(score, 2), tuple(reasons),
                        "nothing names it as the same event (no town, person, name or article in common)")
    return Decision(c.cluster_id, round(score, 2), tuple(reasons))


def best(k: EventKey, candidates: Iterable[ClusterState]) -> Optional[Decision]:
    """The joining decision of the highest score, or None when no candidate reaches JOIN."""
    top = None
    for c in candidates:
        d = decide(k, c)
        if d.joins and (top is None or d.score > top.score):
            top = d
    return top


def _count(pairs: Iterable[tuple[str, int]], add: Optional[str]) -> tuple[tuple[str, int], ...]:
    n = Counter(dict(pairs))
    if add:
        n[add] += 1
    return tuple(sorted(n.items(), key=lambda x: (-x[1], x[0])))


def opened(k: EventKey, cluster_id: Optional[str] = None) -> ClusterState:
    """A new cluster of one event; its id is the founding mention's `ARTICLE-IDX` unless `cluster_id` is given."""
    return absorb(ClusterState(cluster_id or f"{k.article_id}-{k.idx}", k.family, (), (), ("", ""), (), (), (), None, None, None,
                               0, (), (), (), None, (), k.actors, k.context[:200], k.names[:200]), k)


def absorb(c: ClusterState, k: EventKey) -> ClusterState:
    """The cluster with one more member. Casualty figures: the latest report's (by publication day) that
    gives one, the larger on a tie; never the sum."""
    pub = k.published.isoformat() if k.published else ""
    first = min(x for x in (c.published[0], pub) if x) if (c.published[0] or pub) else ""
    last = max(c.published[1], pub)
    places = list(c.places)
    if k.place is not None and not any(p.name == k.place.name and p.admin1 == k.place.admin1 for p in places):
        places.append(k.place)
    places.sort(key=lambda p: (p.from_ != "event", not p.specific))
    dead, injured, dead_on = c.dead, c.injured, c.dead_on
    if k.dead is not None or k.injured is not None:
        newer = dead_on is None or pub > dead_on
        tie = pub == dead_on
        if newer:
            dead, injured, dead_on = k.dead if k.dead is not None else dead, \
                k.injured if k.injured is not None else injured, pub
        elif tie:
            dead = max(x for x in (dead, k.dead) if x is not None) if (dead, k.dead) != (None, None) else None
            injured = max(x for x in (injured, k.injured) if x is not None) if (injured, k.injured) != (None, None) else None
    confidence = c.confidence
    if k.confidence is not None:   # noisy-or: more independent reports, more confidence
        confidence = 1 - (1 - (confidence or 0.0)) * (1 - k.confidence) if confidence is not None else k.confidence
    return replace(
        c, types=_count(c.types, k.type), days=_count(c.days, k.day.isoformat() if k.exact else None),
        published=(first, last), places=tuple(places[:8]),
        actors=tuple(sorted(set(c.actors) | set(k.actors))),
        context=tuple(sorted(set(c.context) | set(k.context)))[:200],
        dead=dead, injured=injured, dead_on=dead_on, mentions=c.mentions + 1,
        articles=tuple(sorted(set(c.articles) | {k.article_id})),
        stories=tuple(sorted(set(c.stories) | {k.story})),
        publishers=tuple(sorted(set(c.publishers) | {k.publisher})),
        confidence=round(confidence, 4) if confidence is not None else None,
        names=tuple(sorted(set(c.names) | set(k.names)))[:200])


def fold(cluster_id: str, members: Iterable[EventKey]) -> Optional[ClusterState]:
    """A cluster rebuilt from its members in order, keeping its id (None when no member is left)."""
    state = None
    for k in members:
        state = opened(k) if state is None else absorb(state, k)
    return replace(state, cluster_id=cluster_id) if state is not None else None


# ---------------------------------------------------------------- JSON for the store
def key_to_json(k: EventKey) -> str:
    import json

    d = {f: getattr(k, f) for f in k.__dataclass_fields__}
    d["day"] = k.day.isoformat() if k.day else None
    d["published"] = k.published.isoformat() if k.published else None
    d["place"] = k.place.__dict__ if k.place else None
    return json.dumps(d)


def key_from_json(text: str) -> EventKey:
    import json

    d = json.loads(text)
    d["day"] = _day(d["day"])
    d["published"] = _day(d["published"])
    d["place"] = PlaceKey(**d["place"]) if d["place"] else None
    for f in ("actors", "context", "names"):
        d[f] = tuple(d.get(f) or ())
    return EventKey(**d)


def state_to_json(c: ClusterState) -> str:
    import json

    d = {f: getattr(c, f) for f in c.__dataclass_fields__}
    d["places"] = [p.__dict__ for p in c.places]
    return json.dumps(d)


def state_from_json(text: str) -> ClusterState:
    import json

    d = json.loads(text)
    d["places"] = tuple(PlaceKey(**p) for p in d["places"])
    if "core_actors" not in d:          # a summary stored before clusters kept their opening report's: the whole one
        d["core_actors"], d["core_context"], d["core_names"] = d["actors"], d.get("context"), d.get("names")
    for f in ("types", "days"):
        d[f] = tuple(tuple(x) for x in d[f])
    for f in ("published", "actors", "context", "articles", "stories", "publishers", "names", "core_actors",
              "core_context", "core_names"):
        d[f] = tuple(d.get(f) or ())
    return ClusterState(**d)
