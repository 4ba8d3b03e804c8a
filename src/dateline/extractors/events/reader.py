"""The sentence reader: criticism (ACCUSE) and backing (SUPPORT: praise, endorsement, sympathy, thanks) that no rule
and no pair of the detectors finds, read off a whole sentence by a model per type learned from the article-level event
gold (scripts/train_reader.py; data/reader_model.json for ACCUSE, data/reader_support_model.json for SUPPORT: each
type a `Reading`, `READINGS`; the features are the same code for both, only the article's count of the type's events
and the type's detector probability are the type's own). What follows says ACCUSE; SUPPORT is read the same way.

The rules find an event at a word that names it; the criticism detector (criticism.py) scores pairs of a speaker and
an actor in what is said. Much of the criticism careful coders list has neither: a misdeed told plainly, a verdict in a
quote whose speaker another sentence names, a column's own blame. The reader looks at each sentence that names an
actor (or sits in a quote whose speaker is an actor) and has no ACCUSE yet (asserted over the floor, or one the rules
read as negated or hypothetical), and scores it as a whole from what it says
and where it stands:

- its words (lemmas of the words that are no proper name), the classes of judgement they belong to (criticism.tsv,
  evaluation.tsv, praise.tsv), negation and first-person words (reader_words.tsv), reporting verbs, a question mark,
  quote marks, a colon, its root's lemma, the kinds of names in it;
- the events already there (the asserted types over the confidence floor, those under it, those negated or
  hypothetical) and in the sentences before and after; where it stands (headline, first three sentences, body); its length;
- the article: how many ACCUSE events it holds (criticism-heavy articles hold more), whether it quotes anyone;
- the actors named in it (how many, their sectors) and the quote it is in (with a speaker, an actor speaker).

The model is a logistic regression; its probability is trained to be that of a coder's entry of the type (required
or optional) in the sentence, so it is the event's `confidence`, on the scale of the other events'. A sentence over
the model's threshold gives one ACCUSE; its trigger is the content word whose own features weigh most for it (the
evidence a reader sees), and `extract_events` gives it participants (the quote's speaker or the reporting clause's
subject as source, the nearest other actor as target), makes it hypothetical in a direct question and keeps it only
when one of them is an actor. Without the weights file
the reader adds nothing and costs nothing. See docs/events.md.

Speed: `features` reads each word off the doc's columns (`_columns`), its word features made once a process a lemma
(`_WORDED`); only a word of a judgement class is looked up in the sentence's quotes (speed32: the `q&` features are
those classes; a plain word had been looked up for nothing).
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from typing import Optional

from ...artefacts import read_json
from ...lexicon import classes
from ..spans import children, column, ids_of, lowered, tokens
from .criticism import probability  # (the same logistic score: weights by feature name, a bias)
from .lexicon import load
from .triggers import child

MODEL_FILE = "reader_model.json"
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})   # the parts of speech an evidence word may have
THINKING = frozenset({"think", "believe", "mean", "suggest", "imply"})   # verbs whose negation denies what they carry
ETYPE, CAMEO, QUAD = "ACCUSE", "111", 3


@dataclass(frozen=True)
class Reading:
    """A type the reader reads: its event's codes, its weights file, and the feature of the article's count of its
    events (`art_acc=`: criticism-heavy articles hold more criticism)."""
    etype: str
    cameo: str
    quad: int
    model_file: str
    counted: str


ACCUSING = Reading(ETYPE, CAMEO, QUAD, MODEL_FILE, "art_acc")
BACKING = Reading("SUPPORT", "051", 1, "reader_support_model.json", "art_sup")   # (the backing detector's codes)
READINGS = (ACCUSING, BACKING)                  # (in this order: a word the ACCUSE reader took is no SUPPORT evidence)
BY_TYPE = {r.etype: r for r in READINGS}

# set by scripts/train_reader.py: {type: a list that receives every sentence the reader may read for that type (its
# features and span), whatever the model says (and without weights)}; a type recorded makes no events; None in use
RECORD: Optional[dict] = None


@functools.lru_cache(maxsize=None)
def model(etype: str = ETYPE) -> Optional[dict]:
    """{'weights': {feature: weight}, 'threshold': p, ...} of the type's reading (data/reader_model.json for ACCUSE),
    or None."""
    return read_json(BY_TYPE[etype].model_file)


def active() -> bool:
    return RECORD is not None or any(model(r.etype) is not None for r in READINGS)


@functools.lru_cache(maxsize=1)
def _word_classes() -> dict[str, tuple[str, ...]]:
    """lemma -> its feature names of the judgement lexicons (`crit=harm`, `eval=negative`, `praise=good`, ...) and
    of reader_words.tsv (`first`, `neg`)."""
    from .criticism import words as crit
    from .evaluative import words as ev
    from .praise import words as pr
    out: dict[str, set] = {}
    for prefix, table in (("crit=", crit()), ("eval=", ev()), ("praise=", pr())):
        for cls, ws in table.items():
            for w in ws:
                out.setdefault(w, set()).add(prefix + cls)
    for cls, ws in classes("reader_words.tsv").items():
        for w in ws:
            out.setdefault(w, set()).add(cls)
    return {w: tuple(sorted(c)) for w, c in out.items()}


@dataclass(frozen=True)
class ArticleView:
    """What the reader knows of the whole article (not records.Article: its own view), by sentence (its start offset -> event types): the types asserted
    over the confidence floor, those asserted under it only (`low`), those the rules found negated or hypothetical
    (`unreal`); the quotes' spans (start, end, whether a speaker
    is known), in order; `counts`: type -> the number of its events asserted over the floor (the types read)."""
    asserted: dict
    low: dict
    unreal: dict
    counts: dict
    quotes: tuple = ()


def article(sents, events, floor: float, spans: tuple = ()) -> ArticleView:
    """The reader's view of the article's events (`sents`: the sentences as spans, in order; `spans`: the quotes' (start,
    end, speaker known))."""
    starts = [s.start_char for s in sents]
    asserted: dict = {k: set() for k in starts}
    low: dict = {k: set() for k in starts}
    unreal: dict = {k: set() for k in starts}
    for ev in events:
        k = bisect.bisect_right(starts, ev.trigger.start) - 1
        if k < 0:
            continue
        if ev.negated or ev.hypothetical:
            unreal[starts[k]].add(ev.type)
        else:
            (asserted if ev.confidence is None or ev.confidence >= floor else low)[starts[k]].add(ev.type)
    n = {r.etype: 0 for r in READINGS}
    for ev in events:
        if ev.type in n and not (ev.negated or ev.hypothetical) and (ev.confidence is None or ev.confidence >= floor):
            n[ev.type] += 1
    return ArticleView(asserted, {k: low[k] - asserted[k] for k in starts}, unreal, n, tuple(spans))


def features(sents, k: int, art: ArticleView, headline: bool, mentions, quotes,
             detector: Optional[float] = None, reading: Reading = ACCUSING) -> tuple[list[str], dict]:
    """The features of sentence `k` of `sents` for `reading` and, per token index, the features its own word gives
    (the trigger is chosen among them). `mentions`: (start, end, sector) of the actor mentions in the sentence;
    `quotes`: (has a speaker, the speaker is an actor) of the quotes overlapping it; `detector`: the reading's
    detector's best probability of a pair in it (None: it scored none). Those of every reading (`shared`) and the
    reading's own (`typed`)."""
    f, own = shared(sents, k, art, headline, mentions, quotes)
    return typed(f, art, detector, reading), own


def typed(f: frozenset, art: ArticleView, detector: Optional[float], reading: Reading) -> list[str]:
    """The features `shared` found with the reading's own: the bin of the article's count of its type's events, and
    of its detector's best pair probability in the sentence (None: it scored none)."""
    a = art.counts.get(reading.etype, 0)
    mine = [reading.counted + "=" + ("0" if a == 0 else "1" if a < 3 else "3" if a < 6 else "6")]
    if detector is None:
        mine.append("det=none")
    else:
        mine.extend("det>" + str(x) for x in (0.05, 0.1, 0.2, 0.3) if detector > x)
    return sorted(f.union(mine))


def shared(sents, k: int, art: ArticleView, headline: bool, mentions, quotes) -> tuple[frozenset, dict]:
    """The features of sentence `k` every reading reads, and per token index those its own word gives (`features`):
    made once a sentence however many types read it."""
    sent = sents[k]
    report = load().cues.get("report", frozenset())
    wc = _word_classes()
    if _WORDED[0] is not wc:              # (made anew for another table of word classes)
        _WORDED[:] = [wc, {}]
    worded = _WORDED[1]
    f: set = set()
    own: dict = {}
    n = 0
    last = None                           # the lemma of the word before (a pair of words is a feature too)
    doc = sent.doc                        # (read off the doc's columns, `_columns`: no Token read per word)
    lemmas = lowered(doc)
    space, punct, quote, orth, idx, pos, iob, ent, dep = _columns(doc)
    qmark, colon, propn, verb, root, person = _ids()
    inside = [(a, b) for a, b, _ in art.quotes if a < sent.end_char and sent.start_char < b]
    for i in range(sent.start, sent.end):
        if space[i]:
            continue
        n += 1
        if punct[i]:
            last = None
            if orth[i] == qmark:
                f.add("qmark")
            elif quote[i]:
                f.add("quote")
            elif orth[i] == colon:
                f.add("colon")
            continue
        lem = lemmas[i]
        p = pos[i]
        if p != propn:
            mine = worded.get(lem)            # (`("w=" + lem,) + wc.get(lem, ())`, made once a process a lemma)
            if mine is None:
                mine = ("w=" + lem,) + wc.get(lem, ())
                if len(worded) < _WORDED_MOST:    # (bounded: a long run meets ever more numbers and odd words)
                    worded[lem] = mine
            if last is not None:
                f.add("b=" + last + "_" + lem)
        else:
            mine = wc.get(lem, ())
        last = lem if p != propn else None
        f.update(mine)
        judging = mine[1:] if p != propn else mine   # (its classes: a word not a name has its `w=` first)
        if judging and inside and any(a <= idx[i] < b for a, b in inside):
            f.update("q&" + x for x in judging if not x.startswith("w="))   # (a word of judgement inside the quote;
            #                                  only a word of a class is looked up in the quotes: speed32)
        if mine and p in _CONTENT_IDS and "eval=feelingword" not in mine:
            own[i] = mine                    # (the evidence is a content word: never a pronoun or `'s`, nor a word
            #                                  evaluation.tsv calls too weak alone to make criticism, `worried`)
        if p == verb and lem in report:
            f.add("report")
            own.pop(i, None)                 # (a reporting verb is no evidence: `said` alone is no event)
        if iob[i] == _IOB_BEGIN and ent[i] in person:
            f.add(person[ent[i]])
        if dep[i] == root:
            f.add("root=" + lem)
            subj = child(tokens(doc)[i], ("nsubj",))
            if subj is not None and any(a <= subj.idx < b for a, b, _ in mentions):
                f.add("subj_actor")          # (an actor does what the sentence tells)
    here = art.asserted.get(sent.start_char, set())
    f.update("sys=" + x for x in here)
    f.update("syslow=" + x for x in art.low.get(sent.start_char, ()))
    f.update("sysneg=" + x for x in art.unreal.get(sent.start_char, ()))
    if not here:
        f.add("sys=none")
    if k > 0:
        f.update("prev=" + x for x in art.asserted.get(sents[k - 1].start_char, ()))
        p0, p1 = sents[k - 1].start_char, sents[k - 1].end_char
        if any(sp for a, b, sp in art.quotes if a < p1 and p0 < b):
            f.add("prev_inq_sp")             # (a quote the sentence before gave its speaker: it may go on here)
    if k + 1 < len(sents):
        f.update("next=" + x for x in art.asserted.get(sents[k + 1].start_char, ()))
    f.add("pos=" + ("head" if headline else "lede" if k < 3 else "body"))
    f.add("len=" + ("s" if n < 12 else "m" if n < 30 else "l"))
    if not art.quotes:
        f.add("noquotes")
    f.add("nact=" + str(min(len(mentions), 3)))
    f.update("act=" + str(sec) for _, _, sec in mentions)
    if quotes:
        f.add("inq")
        f.add("inq_sp" if any(sp for sp, _ in quotes) else "inq_nosp")
        if any(actor for _, actor in quotes):
            f.add("inq_spactor")
    return frozenset(f), own


_WORDED_MOST = 50000
_WORDED: list = [None, {}]             # (word classes, lemma -> its word feature and classes: `features`, a word not a name)
_IOB_BEGIN = 3                           # (the ENT_IOB column's value of `ent_iob_ == "B"`)
_CONTENT_IDS = ids_of(*CONTENT)


@functools.lru_cache(maxsize=1)
def _ids() -> tuple:
    """The column values `features` compares with: `?`, `:` (ORTH), PROPN, VERB (POS), ROOT (DEP), and the entity
    types whose first word is a feature (ENT_TYPE, with the feature each gives)."""
    return (*ids_of("?"), *ids_of(":"), *ids_of("PROPN"), *ids_of("VERB"), *ids_of("ROOT"),
            {next(iter(ids_of(e))): "ent=" + e for e in ("PERSON", "ORG", "GPE", "NORP")})


def _columns(doc) -> tuple:
    """The columns `features` reads for every word of a sentence (`spans.column`, made once a doc): what
    `is_space`, `is_punct`, `is_quote`, `text`, `idx`, `pos_`, `ent_iob_`, `ent_type_` and `dep_` of its Tokens say."""
    found = doc.user_data.get("dateline.reader.columns")     # (the nine made into one tuple once a doc: `features`
    if found is None or len(found[0]) != len(doc):           #  reads them at every sentence; `spans.forget` drops it)
        found = doc.user_data["dateline.reader.columns"] = tuple(
            column(doc, a) for a in ("IS_SPACE", "IS_PUNCT", "IS_QUOTE", "ORTH", "IDX", "POS", "ENT_IOB", "ENT_TYPE", "DEP"))
    return found


def open_to(art: ArticleView, sent, mentions, quotes, etype: str = ETYPE) -> bool:
    """A sentence the reader reads for `etype`: no event of the type asserted in it over the floor yet, none the rules
    read as negated or hypothetical (`did not criticise`: what the sentence says of criticism is read), and an actor
    named in it or the speaker of a quote in it an actor (an event needs an actor participant)."""
    k = sent.start_char
    return (etype not in art.asserted.get(k, ()) and etype not in art.unreal.get(k, ())
            and (bool(mentions) or any(a for _, a in quotes)))


EVIDENCE_POS = frozenset({"NOUN", "VERB", "ADJ"})


def evidence(sent, own: dict, m: Optional[dict], names=()):
    """The trigger: the content word (a noun, verb or adjective; an adverb or a capitalised word only of a judgement
    class: `falsely`) whose own features weigh most for criticism; never a pronoun, a preposition, a number, a
    possessive `'s`, a mark or a word of an actor's name (`names`: (start, end) offsets of the mentions: `Senator`),
    whatever their weights (`against`, `himself`, `’s` weigh for it but are no evidence a reader can check); `own`
    holds no reporting verb, no `feelingword` and no word another event took (`features`, `_read_sentences`). None
    without weights, or when no such word weighs for it: no event."""
    best, score = None, 0.0
    toks = tokens(sent.doc)
    if m is not None:
        w = m["weights"]
        for i, feats in own.items():
            t = toks[i]
            if any(a <= t.idx < b for a, b in names) or not (
                    t.pos_ in EVIDENCE_POS and t.tag_ != "POS" and not t.like_num or
                    t.pos_ in ("ADV", "PROPN") and any(x.startswith(("crit=", "eval=", "praise=")) for x in feats)):
                continue
            s = sum(w.get(x, 0.0) for x in feats)
            if s > score:
                best, score = i, s
    return None if best is None else toks[best]


@functools.lru_cache(maxsize=1)
def _denying() -> frozenset:
    """The verbs whose negation denies what they carry: event_cues.tsv `report` and THINKING."""
    return load().cues.get("report", frozenset()) | THINKING


def negated(tok) -> bool:
    """Whether the evidence word hangs under a negated verb of saying or thinking (`I don't think she committed a
    crime`, `he did not say the plan failed`): the criticism is denied, not made (the guide's negated events). A
    negated judgement itself is criticism (`he can't be trusted`): the word's own negation is not read here."""
    report = _denying()
    t = tok
    for _ in range(8):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in report and any(c.dep_ == "neg" for c in children(t)):
            return True
    return False
