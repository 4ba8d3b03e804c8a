"""How likely an extracted event is a real event of its type: `Event.confidence` in [0, 1].

A logistic regression over features of the event (its type, the trigger's kind, whether its source and target
resolve to actors, whether it sits in a quote, the type model's probability, the clause it sits in, a verb of saying
above it...). The weights and the default floor on output (data/event_confidence.json) are fitted and chosen by
scripts/train_confidence.py --cv on article-level gold coded by ../shared/eval/EVENT_GUIDE.md (the shared dev
articles and our own tune half) and on PLV train sentences; docs/events.md has the figures. Without the weights file
every event gets None.
"""
from __future__ import annotations

import functools
import math
import re
from collections import Counter
from itertools import repeat
from operator import mul
from dataclasses import dataclass
from typing import Optional

from ...artefacts import CONFIDENCE_FILE, read_json
from ...lexicon import classes, pronouns
from ...records import Event, replaced
from ..quotes.lexicon import speech_verbs
from ..spans import char_span, children, column, ids_of, text
from . import sentence
from .sentence import QUOTE_MARKS  # noqa: F401 (its sentence's quotation marks: `Sentence.setting`)
from .triggers import Candidate

WEIGHTS_FILE = CONFIDENCE_FILE
# the dependency relations that open a clause: the first one above the trigger says what clause it sits in
NAMED_ENTITIES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
CLAUSES = ("relcl", "advcl", "acl", "ccomp", "xcomp", "pcomp", "csubj", "conj", "parataxis")


@dataclass(frozen=True)
class Where:
    """What the sentence around an event tells: how many events the extractor chose in it, whether it is the headline;
    `rescored`: its article's quotes cover some of its text, so `in_article` scores every event again (its
    `ctx_quoted` is never 0) and the score the event is made with is never read (speed42)."""
    events: int = 1
    headline: bool = False
    rescored: bool = False


def features(c: Candidate, ev: Event, where: Optional[Where] = None) -> dict[str, float]:
    """The features of one event, by name (each in [0, 1]: indicators, the type model's probability, shares)."""
    f = {
        "bias": 1.0,
        f"type={ev.type}": 1.0,
        f"quad={ev.quad}": 1.0,
        "nominal": float(c.nominal),
        "light": float(c.noun is not None and not c.nominal),
        "source": float(bool(ev.source)),
        "target": float(bool(ev.target)),
        "no_participant": float(not ev.source and not ev.target),
        "quote": float(ev.quote is not None),
        "source_pronoun": float(any(p.text.lower() in pronouns("subject") for p in ev.source)),
        "embedded": float(c.depth > 1),
        "model_p": float(c.prob),
        "pattern_" + c.pattern.kind: 1.0,
    }
    head = c.noun if c.nominal and c.noun is not None else c.token
    f[f"key={c.pattern.key}"] = 1.0                        # the trigger word: some are right far more often
    if ev.cameo:
        f[f"cameo={ev.cameo}"] = 1.0                       # its CAMEO code: a coarser group of trigger words
    f[f"dep={head.dep_}"] = 1.0                            # where the trigger sits: the main verb, a clause, a noun's object
    f[f"tag={c.token.tag_}"] = 1.0                         # tense and form (`attacked`, `attacking`, `attack`)
    f[f"{'nominal' if c.nominal else 'verbal'}_type={ev.type}"] = 1.0
    if ev.quote is not None:
        f[f"quote_type={ev.type}"] = 1.0
    f["pluperfect"] = float(ev.pluperfect)
    f["preset"] = float(c.preset)
    if c.nominal:
        dets = {x.lower_ for x in children(head) if x.dep_ in ("det", "poss")}
        f["noun_definite"] = float(bool(dets & {"the", "this", "that", "these", "those"}))
        f["noun_possessed"] = float(any(x.dep_ == "poss" for x in children(head)))
    if c.given is not None:
        f["given"] = float(c.given)                        # the criticism detector's probability (its confidence)
    f["measure_laid"] = float(laid_measure(c, ev))           # no weight: `score` reads it for the measure's prior
    f.update(_participants(c, ev))
    f.update(_setting(c, ev, head, where or Where()))
    return f


# A measure laid on someone (plv31, issue 10): a sanction, embargo, blacklisting, asset freeze, travel ban or tariff
# (CAMEO 163) that an actor imposed, ordered, slapped or announced on a target, told as done. It is a strong material
# trigger, but the weights saw few of its words (dev + tune + PLV hold about 2 training events per key: `embargo`,
# `blacklist`, `travel_ban` none) while `type=SANCTION` and `verbal_type=SANCTION` learned from the stop verbs (`cut`,
# `suspend`, `recall`: mostly no sanction) hold every SANCTION low. Such an event is scored at least at the weights'
# prior (`encodings.prior`, the share right of all training events: what an unseen key is rated at), so it does not
# fall under the floor for want of training events; the stop verbs keep their learned scores.
MEASURE_CAMEO = "163"


def measure_laid(c: Candidate) -> bool:
    """The candidate is a measure laid (MEASURE_CAMEO, typed SANCTION) by a source on a target, as a verb or under a
    light verb, told as done: not negated, hypothetical or intended, no infinitive (`promising to impose
    tariffs`) and no bare gerund (`issues like banning fracking`; `is imposing sanctions` stays). Read here and by `model._distinct` (the measure kept beside the sentence's other events)."""
    return (c.etype == "SANCTION" and c.cameo == MEASURE_CAMEO and not c.nominal and bool(c.source)
            and bool(c.target) and not (c.negated or c.hypothetical or c.intent)
            and not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c.token))
            and not (c.token.tag_ == "VBG" and not any(x.dep_ in ("aux", "auxpass") for x in children(c.token))))
    # (a gerund with no auxiliary names the act, done or not: `planks on issues like banning fracking`)


def laid_measure(c: Candidate, ev: Event) -> bool:
    """`measure_laid` of the candidate, and the event kept its type, code and participants."""
    return ev.type == "SANCTION" and ev.cameo == MEASURE_CAMEO and bool(ev.source) and bool(ev.target) \
        and measure_laid(c)


def _participants(c: Candidate, ev: Event) -> dict[str, float]:
    """What the participants are: named (an actor, or words with a proper noun or a named entity), a pronoun that
    names no actor, or a common noun that names none (`officials`, `the group`); whether the source is the speaker of
    the quote or of the saying verb. Named is the same whether the actors stage ran or not: the PLV sentences the
    weights are also fitted on are extracted without actors, so `resolves to an actor` would teach the weights that
    PLV's true events are unsure."""
    f: dict[str, float] = {"speaker_source": float(c.extra_source is not None), "target_from_x": float(c.target_from_x)}
    doc = c.token.doc
    for side, parts in (("source", ev.source), ("target", ev.target)):
        for p in parts:
            if p.actor or _name_like(doc, p):
                f[f"{side}_named"] = 1.0
            elif p.text.lower() in pronouns():
                f[f"{side}_is_pronoun"] = 1.0
            else:
                f[f"{side}_is_noun"] = 1.0
    f["dyad_named"] = float(bool(f.get("source_named") and f.get("target_named")))
    return {k: v for k, v in f.items() if v}


def _name_like(doc, p) -> bool:
    """The participant's words hold a proper noun or a named entity (`Rebels` opening a sentence is neither)."""
    span = char_span(doc, p.start, p.end, alignment_mode="expand") if p.end <= len(text(doc)) else None
    if span is None:
        return False
    pos, ent, named = column(doc, "POS"), column(doc, "ENT_TYPE"), ids_of(*NAMED_ENTITIES)   # (no Token a word)
    return any(pos[i] in ids_of("PROPN") or ent[i] in named for i in range(span.start, span.end))


def _setting(c: Candidate, ev: Event, head, where: Where) -> dict[str, float]:
    """The event's setting: the clause it sits in, a verb of saying above it, intent, the sentence's length, its
    other events, the headline, a question."""
    f: dict[str, float] = {}
    clause, said, t = "main", False, head
    while t.head.i != t.i:
        if clause == "main" and t.dep_ in CLAUSES:
            clause = t.dep_
        t = t.head
        if t.pos_ in ("VERB", "AUX") and speech_verbs().get(t.lemma_.lower()) == "say":
            said = True
    f[f"clause={clause}"] = 1.0
    f["said"] = float(said)                                 # `X said it would ...`: reported, not told as fact
    f["intent"] = float(c.intent)                           # a future, modal or intent verb governs it
    f[f"intent_type={ev.type}"] = float(c.intent)
    f.update(sentence.of_token(head).setting)             # (its sentence's length, question, quotes, list, colon
    # and style: read once a sentence, whatever its events; sentence.py)
    f["alone"] = float(where.events <= 1)                   # the only event chosen in its sentence
    f["crowded"] = min(max(where.events - 1, 0) / 4.0, 1.0)
    f["headline"] = float(where.headline)
    f["model_high"] = float(c.prob >= 0.8)
    f["model_low"] = float(c.prob < 0.2)
    return {k: v for k, v in f.items() if v}


# ------------------------------------------------------------------ the article around an event
# An event told once in passing is wrong more often than one whose actors the article keeps coming back to. These are
# read off the article's events when all are extracted (`in_article`); a single sentence (PLV) has none of them.
REPEATS = 4.0                         # other events with the same source (or target) at which `ctx_source` reaches 1


def _key(p) -> Optional[str]:
    """Who a participant is, for matching within an article: its actor, else its words lower-cased; None for a
    pronoun no actor resolves (`he` in two sentences may be two people) or no words."""
    if p.actor:
        return p.actor
    words = p.text.strip().lower()
    return None if not words or words in pronouns() else words


def context(events: list[Event], quotes=(), length: int = 0) -> list[dict[str, float]]:
    """Per event, its article's context (each in [0, 1], only those that are not 0): how many other events share its
    source (`ctx_source`) or its target (`ctx_target`), whether another sentence has an event with the same source
    and target (`ctx_pair`) or one of the same type sharing a participant (`ctx_type_again`), another event of its
    type in its own sentence (`ctx_twin`), where its sentence lies in the article (`ctx_position`, only where the
    article has more than one sentence with events) and the article's share of quoted text (`ctx_quoted`)."""
    order = {s: k for k, s in enumerate(sorted({ev.sentence.start for ev in events}))}
    quoted = min(sum(q.end - q.start for q in quotes) / length, 1.0) if length else 0.0
    sides = [({_key(p) for p in ev.source} - {None}, {_key(p) for p in ev.target} - {None}) for ev in events]
    by_source: dict = {}                  # who -> the events with them as source (as target; on either side)
    by_target: dict = {}
    by_either: dict = {}
    for i, (src, tgt) in enumerate(sides):
        for who in src:
            by_source.setdefault(who, set()).add(i)
        for who in tgt:
            by_target.setdefault(who, set()).add(i)
        for who in src | tgt:
            by_either.setdefault(who, set()).add(i)
    twins = Counter((ev.sentence.start, ev.type) for ev in events)

    def having(index, keys, i):
        return set().union(*(index[k] for k in keys)) - {i}

    out = []
    for i, ev in enumerate(events):
        src, tgt = sides[i]
        here = ev.sentence.start
        with_src, with_tgt = having(by_source, src, i), having(by_target, tgt, i)
        f = {"ctx_source": min(len(with_src) / REPEATS, 1.0),
             "ctx_target": min(len(with_tgt) / REPEATS, 1.0),
             "ctx_pair": float(any(events[j].sentence.start != here for j in with_src & with_tgt)),
             "ctx_type_again": float(any(events[j].type == ev.type and events[j].sentence.start != here
                                         for j in having(by_either, src | tgt, i))),
             "ctx_twin": float(twins[here, ev.type] > 1),
             "ctx_position": order[here] / (len(order) - 1) if len(order) > 1 else 0.0,
             "ctx_quoted": quoted}
        out.append({k: round(v, 4) for k, v in f.items() if v})
    return out


# ------------------------------------------------------------------ the page as a whole
# Whole pages of non-political news (entertainment, technology, business, local features) give false events at more
# than half the rate of wire news: a property of the article no sentence feature sees. Each `page_` feature is 0 on a
# middling page (no dateline, political actors, events in about a third of the sentences) and moves away from it only
# for the less common pages, so a text too short to tell its page (a lone PLV sentence) is scored as a middling page,
# not as the best or the worst (a first version with `page_no_dateline`, `page_no_agency` and an uncentred share of
# sentences without an event pushed the bias so far that every PLV event scored 0.96).
POLITICAL = frozenset(("GOV", "MIL", "REB", "OPP", "PTY", "IGO", "LEG", "JUD", "COP", "SPY", "ELI"))
FEW_POLITICAL = 5.0                   # political actors at which `page_few_political` reaches 0
MIDDLE = 0.65                         # the share of sentences without an event of a middling page (dev + tune median)
PAGE_SENTENCES = 3                    # a text of fewer sentences (a lone sentence: PLV, a caption) tells nothing of
#                                       its page: no `page_` features


@dataclass(frozen=True)
class Page:
    """What the whole article tells of its kind: its sentences (as the events stage cuts them), its actors (country
    and sector), whether it opens with a dateline and whether that names an agency."""
    sentences: int = 0
    actors: tuple = ()
    dateline: bool = False
    agency: bool = False
    topics: tuple = ()                # (topic, count of its words on the page), `page_topics`
    speakers: frozenset = frozenset() # the actors who speak a quote on the page


def page_features(events: list[Event], page: Page) -> list[dict[str, float]]:
    """Per event, the page's features (each in [0, 1], only those that are not 0): no political actor on the page
    (`page_apolitical`; sectors POLITICAL), few of them (`page_few_political`), no country at all
    (`page_no_country`), fewer or more sentences with an event than a middling page (`page_sparse`, `page_dense`),
    a dateline (`page_dateline`) and one naming an agency (`page_agency`); and whether the event's own participants
    resolve to actors none of which is political (`own_unpolitical`). A text of fewer than PAGE_SENTENCES sentences
    has none."""
    if page.sentences < PAGE_SENTENCES:
        return [{} for _ in events]
    sector = {a.id: a.sector for a in page.actors}
    political = [a for a in page.actors if a.sector in POLITICAL]
    without = 1.0 - min(len({ev.sentence.start for ev in events}) / page.sentences, 1.0)
    common = {"page_apolitical": float(not political),
              "page_few_political": max(0.0, 1.0 - len(political) / FEW_POLITICAL),
              "page_no_country": float(not any(a.country for a in page.actors)),
              "page_sparse": max(0.0, without - MIDDLE) / (1.0 - MIDDLE),
              "page_dense": max(0.0, MIDDLE - without) / MIDDLE,
              "page_dateline": float(page.dateline),
              "page_agency": float(page.agency)}
    out = []
    for ev, more in zip(events, topic_roles(events, page, sector)):
        ids = [p.actor for p in ev.source + ev.target if p.actor]
        f = dict(common, own_unpolitical=float(bool(ids) and not any(sector.get(i) in POLITICAL for i in ids)), **more)
        out.append({k: round(v, 4) for k, v in f.items() if v})
    return out


# The page's topic and its actors' roles (conf28). A page whose words are mostly of matches, films, markets, gadgets
# or studies (SOFT) makes event words mean something else (`attack` on a pitch, `support` for a share price); its
# share of such words, centred on a middling page's, and crossed with the event's type so that each type learns how
# far it survives there. Then who the event's participants are on the page: the source an actor mentioned once, the
# page's most mentioned actor, a speaker of a quote; both sides present and none a political actor.
SOFT = ("sport", "entertainment", "business", "technology", "science")
TOPIC_WORDS = 8                       # topic words at which a page's topic is told (fewer: no topic features)
SOFT_MIDDLE = 0.23                    # the share of soft topic words of a middling page (dev + tune median)
WORD = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def topic_words() -> dict[str, str]:
    """{word: its topic} of lexicon/topic_words.tsv."""
    return {w: topic for topic, words in classes("topic_words.tsv").items() for w in words}


@functools.lru_cache(maxsize=1)
def _topic_forms() -> frozenset:
    """The page's words `page_topics` can give a topic: the topic words and each with a plural `s` (a word outside
    these meets no topic there, so it is not counted at all: speed38a)."""
    words = topic_words()
    return frozenset(words).union(w + "s" for w in words)


@functools.lru_cache(maxsize=1)
def _topic_bytes() -> frozenset:
    """`_topic_forms` as ASCII bytes (the words `_page_words` gives)."""
    return frozenset(w.encode("ascii", "replace") for w in _topic_forms())


# each byte to itself as a lower-case letter (A-Z lowered), any other to a space: `_page_words`' split
_LETTERS = bytes(c if 97 <= c <= 122 else c + 32 if 65 <= c <= 90 else 32 for c in range(256))


def _page_words(text: str) -> list[bytes]:
    """`WORD.findall(text.lower())` as ASCII bytes: the page lowered (an ASCII page by the table), its characters
    outside ASCII made `?` (no letter, as for `[a-z]`), every byte but a letter made a space and the rest split, at C
    speed (the regex made a string of every word: speed46a)."""
    raw = text.encode("ascii") if text.isascii() else text.lower().encode("ascii", "replace")
    return raw.translate(_LETTERS).split()


def page_topics(text: str) -> tuple:
    """(topic, count) of the page's words of each topic (a plural `s` stripped when the word is not listed)."""
    words, counts = topic_words(), Counter()
    for w, n in Counter(filter(_topic_bytes().__contains__, _page_words(text))).items():
        # (each distinct word looked up once: speed30a; only the forms that can name a topic counted: speed38a)
        w = w.decode("ascii")
        topic = words.get(w) or (words.get(w[:-1]) if w.endswith("s") else None)
        if topic:
            counts[topic] += n
    return tuple(sorted(counts.items()))


def topic_roles(events: list[Event], page: Page, sector: Optional[dict] = None) -> list[dict[str, float]]:
    """Per event, the page's topic (`page_soft`: the share of soft topic words over SOFT_MIDDLE, scaled to [0, 1];
    `soft_type=TYPE` the same for the event's type; `topic=T` the soft topic with most words when it holds half of
    them) and its participants' roles (`source_once`, `main_actor`, `source_speaks`, `dyad_unpolitical`). An event
    whose source is a political actor gets no topic features: a government's ban or an army's strike on a page of
    markets, matches or outbreaks is still a political event (rev28b)."""
    counts = dict(page.topics)
    total = sum(counts.values())
    common: dict[str, float] = {}
    soft = 0.0
    if total >= TOPIC_WORDS:
        share = sum(counts.get(t, 0) for t in SOFT) / total
        soft = max(0.0, share - SOFT_MIDDLE) / (1.0 - SOFT_MIDDLE)
        top = max(counts, key=lambda t: (counts[t], t))
        if top in SOFT and counts[top] >= total / 2:
            common[f"topic={top}"] = 1.0
    common["page_soft"] = soft
    mentions = {a.id: len(a.mentions) for a in page.actors}
    if sector is None:                    # (page_features passes the map it built)
        sector = {a.id: a.sector for a in page.actors}
    most = max(mentions.values(), default=0)
    out = []
    for ev in events:
        src = [p.actor for p in ev.source if p.actor]
        ids = src + [p.actor for p in ev.target if p.actor]
        political = any(sector.get(i) in POLITICAL for i in src)
        f = {} if political else dict(common)
        f[f"soft_type={ev.type}"] = 0.0 if political else soft
        f["source_once"] = float(bool(src) and all(mentions.get(i, 0) == 1 for i in src))
        f["main_actor"] = float(most > 2 and any(mentions.get(i, 0) == most for i in ids))
        f["source_speaks"] = float(any(i in page.speakers for i in src))
        f["dyad_unpolitical"] = float(bool(ev.source) and bool(ev.target) and not any(
            sector.get(i) in POLITICAL for i in ids))
        out.append({k: v for k, v in f.items() if v})
    return out


def in_article(events: list[Event], quotes=(), length: int = 0, page: Optional[Page] = None) -> list[Event]:
    """The events with their article's context (`context`) and, given a `page`, the page's features (`page_features`)
    added to their features and their confidence scored again with them (an event whose confidence a detector gave,
    `given`, keeps it)."""
    out = []
    found = context(events, quotes, length)
    if page is not None:
        found = [dict(a, **b) for a, b in zip(found, page_features(events, page))]
    for ev, more in zip(events, found):
        if not more:
            out.append(ev)
            continue
        feats = dict(ev.features, **more)
        conf = ev.confidence if "given" in feats else score(feats)
        out.append(replaced(ev, confidence=conf, features=tuple(sorted(feats.items()))))
    return out


# ------------------------------------------------------------------ features derived at scoring time
# The trigger's own reliability, learned: for each of these groups (the trigger word, the word with its type, the type
# in its clause, the type with the trigger's relation) the share of its events that were right in training, smoothed
# toward the share of all (`encodings`: written to the weights file as `encodings`, fitted out of fold by the script).
GROUPS = {"key": ("key",), "key_type": ("key", "type"), "type_clause": ("type", "clause"), "type_dep": ("type", "dep"),
          "cameo": ("cameo",)}              # (cameo: the trigger's CAMEO code, a coarser group than its word)
SMOOTH = 10.0                         # a group value with n events weighs n / (n + SMOOTH) against the prior


def _values(feats: dict[str, float]) -> dict[str, str]:
    """The one-hot groups' values of an event (`key=attack` -> {"key": "attack"})."""
    return {name: value for name, _, value in (k.partition("=") for k in feats if "=" in k)}


def group_values(feats: dict[str, float]) -> dict[str, str]:
    """The value of each of GROUPS for an event (groups it lacks left out)."""
    one = _values(feats)
    return {g: "|".join(one[p] for p in parts) for g, parts in GROUPS.items() if all(p in one for p in parts)}


def encodings(rows, smooth: float = SMOOTH, groups=None) -> dict:
    """The smoothed share right of each group value, from `rows` (features, label, weight): {"prior": p, group:
    {value: share}}; the prior is the weighted share right of all rows. `groups`: those of GROUPS learned (all)."""
    n_all = sum(w for _, _, w in rows) or 1.0
    prior = sum(w * lab for _, lab, w in rows) / n_all
    counts: dict = {g: {} for g in (GROUPS if groups is None else groups)}
    for f, lab, w in rows:
        for g, v in group_values(f).items():
            if g not in counts:
                continue
            n, right = counts[g].get(v, (0.0, 0.0))
            counts[g][v] = (n + w, right + w * lab)
    out: dict = {"prior": round(prior, 4)}
    for g, by in counts.items():
        out[g] = {v: round((right + smooth * prior) / (n + smooth), 4) for v, (n, right) in sorted(by.items())}
    return out


def expand(feats: dict[str, float], enc: Optional[dict] = None) -> dict[str, float]:
    """The features the weights score: an event's own (`features`) and, with `enc`, each group's learned share right
    (`rate:key`, ..., in [0, 1]; the prior for a value never seen)."""
    out = dict(feats)
    if enc:
        prior = enc.get("prior", 0.5)
        for g, v in group_values(feats).items():
            if g in enc:                        # the groups the encodings were fitted for
                out[f"rate:{g}"] = enc.get(g, {}).get(v, prior)
    return out


@functools.lru_cache(maxsize=1)
def fitted() -> Optional[dict]:
    """The weights file (data/event_confidence.json), read once; None without it."""
    return read_json(WEIGHTS_FILE)


def weights() -> Optional[dict]:
    found = fitted()
    return None if found is None else found["weights"]


def score(feats: dict[str, float]) -> Optional[float]:
    """The event's confidence under the fitted weights (None when there are none). An older weights file, without
    `encodings`, scores the features it has weights for: the derived ones weigh 0 there."""
    found = fitted()
    if found is None:
        return None
    enc = found.get("encodings")
    z = _weighed(found["weights"], expand(feats, enc))
    p = round(1.0 / (1.0 + math.exp(-z)), 3)
    if feats.get("measure_laid") and enc:            # a measure laid: at least the prior (`laid_measure`, plv31)
        p = max(p, round(enc.get("prior", 0.0), 3))
    return p


def _weighed(w: dict, feats: dict) -> float:
    """`sum(w.get(k, 0.0) * v for k, v in feats.items())`, the same products added in the same order (the same float),
    made by `map` at C speed instead of a generator's step a feature."""
    return sum(map(mul, map(w.get, feats, repeat(0.0)), feats.values()))
