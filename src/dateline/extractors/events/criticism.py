"""Criticism in reported speech without an accusing word: a small trained detector (issue 10).

`"He is the militia's best recruiter," Roe said of Ward`, `Ward's plan would "wipe out every kind of health
care we have," Roe declared`, `Ward suggested that the referee would treat him badly`: a speaker says something
bad of a named actor, with no accuse verb and no word of scorn for evaluative.py to read.

- candidates: (speaker, actor) pairs of a sentence: the speaker of a quote (its resolved speaker) or the subject of a
  reporting verb (event_cues.tsv `report`: say, argue, suggest, claim, tweet ...), and an actor mention (a pronoun
  the actors stage resolved too) in what that speaker says, not the speaker, else a third-person pronoun left
  unresolved or a common noun of a group (criticism_form.tsv `unnamed`, `group`: `he`, `the administration`); in a
  sentence where an ACCUSE event is chosen already, only a pair that is another accusation (`_apart`, ev25a);
- features (no names, no article ids): the lemmas of the content words said (no proper nouns), the word classes of
  lexicon/criticism.tsv (harm, blame, failure, deceit, danger ...) and evaluation.tsv's words of blame and praise,
  negation and modals, the target's role (subject, object, possessor ...) and the verb it hangs from, the reporting
  verb's lemma; how the target was found (`res=`), for an unresolved pronoun the nearest actor of its kind before
  it (`near=speaker`, `near=other`), the speaker's and the target's sectors (and `rivals`: both of politics), the
  judgement the parse ties to the target (`_verdict`: `X's plan is reckless`, `X has not shown ...`; ev33a), the
  distance between them; what the
  article's rule events tell of the two (`Told`: the speaker accused the target elsewhere, the target was accused,
  an accusation in the sentence next to it, the story's most named actors);
- a logistic regression (data/criticism_model.json, fitted by scripts/train_criticism.py on the dev and tune
  article gold) scores each pair; the best pair of a sentence, when over the weights' threshold, is an ACCUSE
  (CAMEO 111) of the actor by the speaker, its trigger the reporting verb (else the quoted words' main predicate),
  its confidence the probability, its mood the reporting verb's (`did not say`, `would say`).
Without the weights file nothing is added.

The pairs and their features are shared by detectors of a type each (`Detector`, `DETECTORS`): criticism (ACCUSE),
praise and backing (SUPPORT, data/backing_model.json) and denials (REJECT, data/denial_model.json), each with its own
weights fitted by `scripts/train_criticism.py --type`; a sentence's pairs are built once for all, and every
detector's event has its probability as its confidence. Only criticism ships weights (the others did not reach
the precision in the cross-validation: docs/events.md).

Speed (speed31): the rules read a word's relation, class, lemma, form, head and children off the doc's columns
(`columns.Cols`, with the IDX, LENGTH and flag columns of `spans.column`) where they walked Tokens: the speakers'
walks and `_subject`, `_targets`, `features`, `_role_at`, `_verb_of` and `_main` make a Token only for a word they
return (tests/extractors/test_event_columns31.py checks each against the walk it replaced). Speed32: a pair's
features are what its speaker's words give whatever the target (`_said_features`: the words' lemmas and classes,
negation, balance, length, the reporting verb; made once a speaker, `Said.base`) and what the target adds
(`_pair_features`: its role, kind and verb, the harsh words near it); `features` had made the first part again
for every target (tests/extractors/test_event_speed32.py).
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from itertools import compress, repeat
from typing import Callable, Optional

from ...artefacts import read_json
from ...lexicon import classes
from ..spans import (children, column, descendants, heads, ids_of, indices, lowered, per_doc, picked, sentence_of,
                     span_of, tokens)
from ..token_strings import strings
from . import sentence
from .columns import cols
from .lexicon import load
from .triggers import SUBJ, Candidate, Pattern, _depth, _mood, _negated, child

MODEL_FILE = "criticism_model.json"
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
MAX_WORDS = 60                             # the words of what is said read as features (a long quote: its start)


@dataclass
class Said:
    """What one speaker says in a sentence: the speaker (a token, or a quote's Speaker span), the reporting verb
    if any, and the tokens said."""
    speaker: object
    start: int                              # the speaker's character span
    end: int
    verb: Optional[object]
    words: list
    via: str                                # "clause": a reporting verb's subject; "quote": a quote's speaker
    about: Optional[object] = None          # `said of Trump`: whom the words are about
    actor: Optional[str] = None
    speaker_text: str = ""
    borrowed: bool = False                  # the speaker is another verb's subject, or a relative's noun
    read: Optional[tuple] = field(default=None, repr=False)   # its words' features, once (`_read`)
    base: Optional[tuple] = field(default=None, repr=False)   # the pair features it gives any target (`_said_features`)
    marks: list = field(default_factory=list, repr=False)     # (index, features near a target) of its words that
    #                                                           give any (`_read`)


@dataclass
class Pair:
    """One candidate: a speaker's words and an actor in them, with the pair's features."""
    said: Said
    target: object                          # the target's token
    actor: str
    feats: list = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in classes("criticism.tsv").items()}


NONE: frozenset = frozenset()


@functools.lru_cache(maxsize=1)
def _classes_of() -> dict[str, frozenset]:
    """criticism.tsv turned about: word -> the classes it is in (`_read` looks a word up once, not in every class)."""
    out: dict[str, set] = {}
    for cls, ws in words().items():
        for x in ws:
            out.setdefault(x, set()).add(cls)
    return {x: frozenset(c) for x, c in out.items()}


@functools.lru_cache(maxsize=1)
def form() -> dict[str, frozenset]:
    """lexicon/criticism_form.tsv: pronouns never criticised (`nottarget`), modals, intensifiers."""
    return {k: frozenset(v) for k, v in classes("criticism_form.tsv").items()}


@functools.lru_cache(maxsize=1)
def model() -> Optional[dict]:
    """{'weights': {feature: weight}, 'threshold': p} from data/criticism_model.json, or None."""
    return read_json(MODEL_FILE)


@dataclass(frozen=True)
class Detector:
    """One type said without its verb, read off the same (speaker, actor) pairs and features by its own weights:
    the event it makes and the chosen types of a sentence that leave the sentence to the rules."""
    etype: str
    cameo: str
    quad: int
    model_file: str
    closed_by: frozenset


DETECTORS = (
    Detector("ACCUSE", "111", 3, MODEL_FILE, frozenset({"ACCUSE"})),        # criticism
    Detector("SUPPORT", "051", 1, "backing_model.json", frozenset({"SUPPORT"})),   # praise and backing
    Detector("REJECT", "120", 3, "denial_model.json", frozenset({"REJECT"})),      # denials
)
BY_TYPE = {d.etype: d for d in DETECTORS}
PATTERNS = {d.etype: Pattern(kind, "said", d.cameo, None, ()) for d, kind in zip(DETECTORS, ("criticism", "backing",
                                                                                              "denial"))}


def weights(d: Detector) -> Optional[dict]:
    """A detector's weights and threshold (`model()` for criticism), or None: no such file, no events."""
    return model() if d.etype == "ACCUSE" else _weights_file(d.model_file)


@functools.lru_cache(maxsize=None)
def _weights_file(name: str) -> Optional[dict]:
    return read_json(name)


def active() -> bool:
    """Whether any detector has weights (or pairs are being recorded): else the pass is not run."""
    return RECORD is not None or any(weights(d) is not None for d in DETECTORS)


@functools.lru_cache(maxsize=1)
def _judgement() -> tuple[frozenset, frozenset]:
    """evaluation.tsv's words of blame (no feelings) and of praise."""
    from .evaluative import words as ewords
    ew = ewords()
    return (ew["negative"] | ew["blame"] | ew["scorn"]) - ew["feelingword"], ew["positive"]


def probability(feats: list[str], m: dict) -> float:
    w = m["weights"]
    z = w.get("bias", 0.0) + sum(map(w.get, feats, repeat(0.0)))   # (w.get(x, 0.0) of each, in order)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# set by scripts/train_criticism.py: a list that receives every candidate pair (and every pair is emitted, as an
# ACCUSE, whatever the sentence's chosen types: each recorded with them, for the script to leave out as find would)
RECORD: Optional[list] = None


def find(sent, chosen: list[Candidate], quote_of, skipped, actor_at: Callable, quoted: Callable = None,
         actor_of: Callable = None, told: "Told" = None, best_of: Optional[dict] = None) -> list[Candidate]:
    """The criticism, praise and denials the detectors find in a sentence (`sent`: a span) beside the events chosen
    there already: the pairs are built once, each detector whose type no chosen event of the sentence closes
    scores them, and its best pair over its threshold is its event (one a pair: the likelier when two detectors
    take the same pair). `quote_of(tok)` -> (quote index, speaker); `actor_at(start, end)` -> the id of the actor
    mentioned there; `quoted(start, end)`: whether a quote overlaps the sentence (None: look at every token);
    `actor_of(actor id)` -> the actor's record (its sector is read; None: not read); `told`: what the article's
    rules tell (`Told`; None: not read); `best_of`: a dict that gets, at (a detector's type, the sentence's start
    offset), that detector's best probability there and its pair (for the sentence reader, reader.py), when it scored
    pairs."""
    if RECORD is not None:
        return _record(sent, chosen, quote_of, skipped, actor_at, quoted, actor_of, told)
    if actor_at(sent.start_char, sent.end_char) is None:
        return []                           # no actor named in the sentence: not read (an unnamed
        #                                     pronoun or a group noun said by no named speaker is left out, for speed;
        #                                     the cheaper of the two tests first, speed43a)
    types = {c.etype for c in chosen}
    ready = [(d, m) for d in DETECTORS if types.isdisjoint(d.closed_by) for m in [weights(d)] if m is not None]
    second = [c for c in chosen if c.etype == "ACCUSE"] if "ACCUSE" in types else []
    if second and weights(DETECTORS[0]) is not None:
        ready.insert(0, (DETECTORS[0], weights(DETECTORS[0])))   # a second accuser of the sentence (ev25a)
    if not ready:
        return []
    pairs = candidates(sent, chosen, quote_of, skipped, actor_at, quoted, actor_of, told)
    best: dict = {}                         # pair index -> (probability, detector)
    for d, m in ready:
        scored = [(probability(p.feats, m), -k) for k, p in enumerate(pairs)
                  if not (second and d.etype == "ACCUSE") or _apart(p, second, actor_at)]
        if not scored:
            continue                      # (no pair, or none apart from the sentence's accusations)
        prob, k = max(scored)
        if best_of is not None and not (second and d.etype == "ACCUSE"):   # (the reader reads sentences with no
            # accusation chosen, as before the second accuser)
            best_of[d.etype, sent.start_char] = (prob, pairs[-k])
        if prob < m["threshold"] and d.etype == "ACCUSE" and not second:
            prob, k = max(((q, k) for q, k in scored if q >= _threshold(pairs[-k], m)), default=(prob, k))
        if prob >= _threshold(pairs[-k], m) and (-k not in best or prob > best[-k][0]):
            best[-k] = (prob, d)
    out = []
    for k, (prob, d) in sorted(best.items()):
        c = _candidate(pairs[k], prob, d)
        if c is not None:
            out.append(c)
    return out


QUOTE_THRESHOLD = 0.25                      # criticism in quoted words whose speaker the quotes stage found (ev32e)


def _threshold(p: Pair, m: dict) -> float:
    """The probability a pair needs: the weights' threshold, lower for quoted words that no reporting verb of the
    sentence covers (`via` quote: the speaker named in the sentence before or after, `"He lied to us." Holt went
    on: ...`), which the weights under-score (ev32e: tune's even half, criticism detector's best pair of a sentence
    with no ACCUSE, 0.25-0.35: quote 9 required / 4 optional / 4 false, clause 19 / 8 / 21)."""
    return min(m["threshold"], QUOTE_THRESHOLD) if p.said.via == "quote" and m is model() else m["threshold"]


def _apart(p: Pair, accused: list, actor_at: Callable = None) -> bool:
    """A pair that is another accusation than the sentence's chosen ACCUSE events (ev25a): its own reporting verb,
    neither their trigger nor inside what they say, its speaker none of their sources and its target none of their
    targets (`X accuses Obama of ..., and Trump says he is losing the war`: Trump's words are a second accusation);
    as tokens, and the speaker as an actor too (`actor_at`: `Senator X accused Pell ..., and X said Pell failed` is
    one accuser twice; rev25c)."""
    s = p.said
    if s.verb is None or s.via != "clause":
        return False
    for c in accused:
        if c.token.i == s.verb.i or any(x.i == c.token.i for x in s.words):
            return False
        if any(hasattr(x, "i") and (x.i == s.speaker.i or x.i == p.target.i) for x in c.source + c.target):
            return False
        if actor_at is not None and _holds(actor_at, c.source, s.actor):
            return False                  # (the same accuser named again; the same target named again by another
            # speaker is another accusation)
        if _inside(s.verb, c.token):
            return False
    return True


def _holds(actor_at: Callable, side: list, actor) -> bool:
    """One of an event side's tokens is a mention of that actor (an id; None: no actor to match)."""
    return actor is not None and any(hasattr(x, "idx") and actor_at(x.idx, x.idx + len(x)) == actor for x in side)


def _inside(v, t) -> bool:
    """v hangs from t other than as a clause beside it (`accused X of saying ...`; not `accused X, while Y said
    ...`, `accused X and Y said ...`)."""
    x = v
    while x.i != t.i and x.head.i != x.i:
        if x.dep_ not in ("conj", "advcl", "parataxis"):
            return any(a.i == t.i for a in x.ancestors)
        x = x.head
    return False


def _record(sent, chosen, quote_of, skipped, actor_at, quoted, actor_of, told) -> list[Candidate]:
    """Every pair of the sentence as an event (probability 1, so that no confidence floor drops it), recorded with
    its features, its trigger and target and the sentence's chosen types (scripts/train_criticism.py)."""
    if actor_at(sent.start_char, sent.end_char) is None:
        return []
    types = sorted({c.etype for c in chosen})
    out = []
    for p in candidates(sent, chosen, quote_of, skipped, actor_at, quoted, actor_of, told):
        c = _candidate(p, 1.0, DETECTORS[0])
        if c is not None:
            out.append(c)
            RECORD.append({"feats": p.feats, "trigger": c.token.idx, "target": p.target.idx, "chosen": types})
    return out


def candidates(sent, chosen, quote_of, skipped, actor_at, quoted=None, actor_of=None, told=None) -> list[Pair]:
    """The (speaker, actor) pairs of a sentence, with their features (whatever the events chosen there: `find`
    leaves a sentence to the rules where a chosen event closes a detector; a second criticism beside a chosen one,
    in the cross-validation, was a false event more often than not)."""
    out = []
    seen = set()
    mood = None
    police = _police_words()
    for s in speakers(sent, quote_of, skipped, actor_at, quoted):
        if getattr(s.speaker, "lemma_", "").lower() in police:
            continue                        # `..., police said`: the police tell a case, they do not criticise
        targets = _targets(s, actor_at)
        if not targets:
            continue
        if mood is None:                    # the type model's reading of the sentence, with no trigger found
            mood = _type_bins("sent", sent)
        said = mood + _type_bins("said", span_of(sent.doc, s.words[0].i, s.words[-1].i + 1)) if s.words else mood
        said += ["targets=%d" % min(len(targets), 3)]
        head = held = None                  # (the speaker's features sorted once, each target's merged in: speed43a)
        for k, (tok, actor, how) in enumerate(targets):
            if (s.actor, actor) in seen:
                continue
            seen.add((s.actor, actor))
            near, stands_for = _near(s, tok, how, actor_at)
            extra = ["res=" + how] + near + _distance(s, tok)
            if s.actor is not None:
                extra.append("sp_actor")
            if actor_of is not None:        # a politician, a party, a government, a newspaper ...
                sp_kind = _kind_of("sp", actor_of(s.actor) if s.actor is not None else None)
                t_kind = _kind_of("t", actor_of(actor) if how == "actor" else
                                 actor_of(stands_for) if stands_for is not None else None)
                extra += sp_kind + t_kind + _rivals(sp_kind, t_kind)
            if told is not None:
                extra += told.features(s.actor, actor if how == "actor" else stands_for, sent.start_char)
            if head is None:
                head = sorted(set(_said_features(s)[0] + said))
                held = set(head)
            own = set(_target_features(s, tok) + extra + (["first"] if k == 0 else [])) - held
            out.append(Pair(s, tok, actor, sorted(head + sorted(own))))   # (`sorted(set(...))` of all: two
            #                                                                    sorted runs merged)
    return out


@dataclass
class Told:
    """What the article tells, by actor id: who accused whom and who backed whom in the rules' events of all its
    sentences (read before the detector runs), and how often each actor is named. Read as features of a
    pair: a speaker who criticised the same actor in the rules' events (`ctx_pair`), a speaker who criticised someone
    (`ctx_sp_acc`), a target criticised by someone once or more often (`ctx_t_acc`, `ctx_t_acc2`), a target who
    criticised the speaker (`ctx_back`), a speaker who backed the target (`ctx_sup`), a speaker or a target of an
    accusation in the sentence before or after (`ctx_near_sp`, `ctx_near_t`: criticism that goes on); the target or
    the speaker named most often in the article (`t_top`, `sp_top`: the story's main actors)."""
    accused: set = field(default_factory=set)       # (source actor, target actor)
    backed: set = field(default_factory=set)
    critics: set = field(default_factory=set)
    criticised: dict = field(default_factory=dict)  # actor -> times criticised
    named: dict = field(default_factory=dict)       # actor -> mentions in the article
    top: int = 0                                    # the mentions of the second most named actor
    order: dict = field(default_factory=dict)       # a sentence's start (character) -> its index
    near: dict = field(default_factory=dict)        # a sentence's index -> (sources, targets) of its accusations

    @classmethod
    def of(cls, actors) -> "Told":
        named = {a.id: len(a.mentions) for a in actors}
        return cls(named=named, top=(sorted(named.values(), reverse=True)[:2] or [0])[-1])

    def _rank(self, side: str, actor: Optional[str]) -> list[str]:
        n = self.named.get(actor, 0) if actor is not None else 0
        return [side + "_top"] if n > 1 and n >= self.top else []   # (named once: as likely a target in a
        # short piece as a passer-by in a long one, so no feature)

    def add(self, event, k: int = -1) -> None:
        """Take in an event (records.Event) of the `k`th sentence once it is made; negated or hypothetical ones tell
        nothing."""
        if event.negated or event.hypothetical or event.type not in ("ACCUSE", "SUPPORT"):
            return
        sources = {p.actor for p in event.source if p.actor}
        targets = {p.actor for p in event.target if p.actor}
        pairs = {(a, b) for a in sources for b in targets if a != b}
        if event.type == "ACCUSE":
            was = self.near.setdefault(k, (set(), set()))
            was[0].update(sources)
            was[1].update(targets)
            self.accused |= pairs
            self.critics |= sources
            for b in targets:
                self.criticised[b] = self.criticised.get(b, 0) + 1
        else:
            self.backed |= pairs

    def features(self, speaker: Optional[str], target: Optional[str], start: int = -1) -> list[str]:
        """The features of a pair said in the sentence that starts at character `start`."""
        out = self._rank("sp", speaker)
        k = self.order.get(start)
        near = [self.near[j] for j in (k - 1, k + 1) if j in self.near] if k is not None else []
        if speaker is not None and any(speaker in x[0] for x in near):
            out.append("ctx_near_sp")
        if target is not None and any(target in x[1] for x in near):
            out.append("ctx_near_t")
        if speaker is not None and speaker in self.critics:
            out.append("ctx_sp_acc")
        if target is None or target.startswith("?"):
            return out
        out += self._rank("t", target)
        if target in self.criticised:
            out.append("ctx_t_acc" if self.criticised[target] == 1 else "ctx_t_acc2")
        if speaker is None:
            return out
        if (speaker, target) in self.accused:
            out.append("ctx_pair")
        if (target, speaker) in self.accused:
            out.append("ctx_back")
        if (speaker, target) in self.backed:
            out.append("ctx_sup")
        return out


@functools.lru_cache(maxsize=1)
def _police_words() -> frozenset:
    """crime_words.tsv's words for police and investigators."""
    from .crime import words as cwords
    return cwords().get("police", frozenset())


BINS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7)


BIN_NAMES = {"ACCUSE": "acc", "SUPPORT": "sup", "REJECT": "rej"}


def _type_bins(name: str, span) -> list[str]:
    """How likely the type model (model.py) finds the words an accusation, a backing or a rejection: one feature
    per type and bin reached (`said_acc>0.3`, `sent_sup>0.1`). The bins of the same words are scored once a doc
    (speed43a: a speaker's words often give the type model its sentence's words: `"...," X said.`)."""
    from . import model as types
    m = types.load()
    if m is None or not len(span):
        return []
    feats = tuple(types.features(span, []))
    made = per_doc(span.doc, "dateline.criticism.bins", _table)
    reached = made.get(feats)
    if reached is None:                     # (the number of bins each type reaches: BINS rise, so a prefix)
        p = types.scores(list(feats), m)
        reached = made[feats] = tuple(sum(p.get(t, 0.0) > b for b in BINS) for t in BIN_NAMES)
    labels = _bin_labels(name)
    return [x for names, k in zip(labels, reached) if k for x in names[:k]]


@functools.lru_cache(maxsize=None)
def _bin_labels(name: str) -> tuple:
    """Each type's bin features in BINS' order (`said_acc>0.05`, `said_acc>0.1` ...), made once a name."""
    return tuple(tuple(f"{name}_{short}>{b}" for b in BINS) for short in BIN_NAMES.values())


def _table(doc) -> dict:
    return {}


def speakers(sent, quote_of, skipped, actor_at, quoted=None) -> list[Said]:
    """Who says what in the sentence: the subjects of reporting verbs with the clause they govern, then the speakers
    of quoted words no reporting verb here covers."""
    doc = sent.doc
    toks_of = tokens(doc)
    out: list[Said] = []
    covered = set()
    col = cols(doc)                         # (the verbs' relations, heads and children off the doc's columns)
    dep_, lower, head, below = col.dep_, col.lower, col.head, col.below
    for v in picked(toks_of[sent.start:sent.end], "reporting_verbs", _reporting):   # (found once a doc, from the
        if skipped(v):                                                                #  columns: `_reporting`)
            continue
        subj, borrowed = _subject(v)
        if subj is None or lower[subj.i] in NOT_SPEAKERS:
            continue
        if lower[subj.i] in ("i", "we"):
            _, qs = quote_of(subj)
            if qs is None:
                continue                    # `I said`, outside a quote: the writer
        vi, si = v.i, subj.i
        said = [toks_of[k] for k in below[vi] if dep_[k] in ("ccomp", "parataxis") and k != si]
        words = set().union(*map(descendants, said))       # (the words of `x.subtree`: their order is read below)
        h = head[vi]
        if dep_[vi] in ("parataxis", "ccomp") and h != vi:
            mine = descendants(v)         # (`{x.i for x in v.subtree}`, no Token made; only here: speed43a)
            if h not in mine:
                words |= descendants(toks_of[h]) - mine         # `"...," Clinton said`: the words before
        about = next((toks_of[o] for x in below[vi] if dep_[x] == "prep" and lower[x] in ("of", "about")
                      for o in below[x] if dep_[o] == "pobj"), None)
        if not words and about is None:
            continue
        a, b = _span(subj)
        start, end = toks_of[a].idx, toks_of[b].idx + len(toks_of[b])
        _, qs = quote_of(subj)
        if lower[si] in ("i", "we") and qs is not None:
            start, end = qs.start, qs.end
        actor = actor_at(subj.idx, subj.idx + len(subj)) or actor_at(start, end)
        if actor is None and qs is not None and col.pos_[si] == "PRON":
            actor = getattr(qs, "actor", None)
        kept = [k for k in sorted(words) if not skipped(toks_of[k])]
        text = qs.text if lower[si] in ("i", "we") and qs is not None else span_of(doc, a, b + 1).text
        out.append(Said(subj, start, end, v, list(map(toks_of.__getitem__, kept)), "clause", about, actor, text,
                        borrowed))
        covered.update(kept)
    for said in _named_and_claimed(sent, quote_of, skipped, actor_at) + _colon(sent, skipped, actor_at):
        if not any(x.i in covered for x in said.words):
            out.append(said)
            covered.update(x.i for x in said.words)
    if quoted is not None and not quoted(sent.start_char, sent.end_char):
        return out
    by_quote: dict = {}
    space = column(doc, "IS_SPACE")        # (`t.is_space` off the doc's column)
    for i in range(sent.start, sent.end):
        if i in covered or space[i]:
            continue
        t = toks_of[i]
        if skipped(t):
            continue
        _, qs = quote_of(t)
        if qs is not None:
            by_quote.setdefault((qs.start, qs.end), (qs, []))[1].append(t)
    for (start, end), (qs, toks) in by_quote.items():
        if any(s.start <= start < s.end or start <= s.start < end for s in out):
            continue                        # the same speaker reported in the sentence
        actor = getattr(qs, "actor", None) or actor_at(start, end)
        out.append(Said(qs, start, end, None, toks, "quote", None, actor, qs.text))
    return out


NOT_SPEAKERS = frozenset({"it", "this", "that", "which", "what", "who", "there"})
RELATIVES = frozenset({"who", "that"})
BORROW_DEPS = frozenset({"advcl", "xcomp", "conj"})


def _subject(v) -> tuple:
    """The subject of a reporting verb and whether it was borrowed: its own, else the subject of the verb it
    hangs from (`..., arguing that`, `and added that`); a relative `who` stands for the noun it follows
    (`Obama, who claimed that`)."""
    col, vi = cols(v.doc), v.i              # (relations, heads and forms off the doc's columns)
    h = col.head[vi]
    subj = child(v, SUBJ)
    if subj is None and col.dep_[vi] in BORROW_DEPS and h != vi:
        subj = child(col.toks[h], SUBJ)
        return (subj, True) if subj is not None and col.lower[subj.i] not in RELATIVES else (None, False)
    if subj is not None and col.lower[subj.i] in RELATIVES and col.dep_[vi] == "relcl" and col.pos_[h] in (
            "PROPN", "NOUN"):
        return col.toks[h], True
    return subj, False
LIGHT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})   # `made the case that`, `an ad was released saying`


@functools.lru_cache(maxsize=1)
def need_words() -> frozenset:
    """event_senses.tsv `necessity`: words of need or importance (critical, crucial, vital ...)."""
    return frozenset(classes("event_senses.tsv").get("necessity", ()))


def _named_need(t) -> bool:
    """A naming verb whose name given is a word of need or importance, or a noun it qualifies (`a "critical
    moment"`, `"vital"`): no name of blame is given, so its subject is no speaker of criticism (issue 10, ev24c)."""
    need = need_words()
    return any(x.dep_ in ("oprd", "xcomp", "acomp") and (x.lemma_.lower() in need or any(
        y.dep_ == "amod" and y.lemma_.lower() in need for y in children(x))) for x in children(t))


def _named_and_claimed(sent, quote_of, skipped, actor_at) -> list[Said]:
    """Speakers no reporting verb introduces: the subject of a naming verb with the name it gives (`Clinton called
    him a fraud`, `cast them as pawns`), and whoever makes a claim noun's clause (`They have made the case that...`,
    `Clinton's charge that...`, `a report by Politico that...`, `released an ad saying...`): the noun's possessor,
    its `by` object, else the subject of the verb it is the object of (or hangs from by a preposition)."""
    cues = load().cues
    naming, claims = cues.get("naming", frozenset()), cues.get("claimnoun", frozenset())
    out = []
    toks_of, lems = tokens(sent.doc), lowered(sent.doc)
    for t in picked(toks_of[sent.start:sent.end], "naming_claims", _naming_or_claim):   # (found once a doc)
        lem = lems[t.i]
        if t.pos_ == "VERB" and lem in naming:
            if skipped(t) or not any(c.dep_ in ("oprd", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in
                                     ("as", "to") for c in children(t)):
                continue                    # `called him` with no name given: a call
            if _named_need(t):
                continue                    # `called the speech a "critical moment"`, `called it critical that she
                # speak`: a word of need given, no name of blame
            subj = child(t, SUBJ)
            if subj is None and t.dep_ in ("advcl", "acl", "conj", "xcomp"):
                subj = child(t.head, SUBJ)  # `..., calling Trump a fascist`
            if subj is None:
                continue
            mine = set(x.i for x in subj.subtree)
            toks = [x for x in t.subtree if x.i not in mine and x.i != t.i]
            said = _said(subj, t, toks, "name", quote_of, skipped, actor_at)
        elif t.pos_ == "NOUN" and lem in claims:
            what = [c for c in children(t) if c.dep_ in ("acl", "ccomp", "relcl") and
                    (c.dep_ != "relcl" or any(m.dep_ == "mark" for m in children(c))) and
                    (c.dep_ != "acl" or c.tag_ == "VBG" or any(m.dep_ == "mark" for m in children(c)))]
            if not what or skipped(t):
                continue
            subj = next((c for c in children(t) if c.dep_ == "poss"), None)
            if subj is None:
                subj = next((o for c in children(t) if c.dep_ == "prep" and c.lower_ == "by"
                             for o in children(c) if o.dep_ == "pobj"), None)
            if subj is None:
                head = t.head if t.dep_ in LIGHT_DEPS else t.head.head if t.dep_ == "pobj" else None
                if head is not None and head.pos_ in ("VERB", "AUX") and head.i != t.i:
                    subj = child(head, SUBJ)
            if subj is None:
                continue
            said = _said(subj, t, [y for c in what for y in c.subtree], "noun", quote_of, skipped, actor_at)
        else:
            continue
        if said is not None:
            out.append(said)
    return out


def _colon(sent, skipped, actor_at) -> list[Said]:
    """A headline's speaker before a colon (`Cruz: Trump would...`, `Former AG Mukasey at RNC: ...`): a few words
    with no verb, naming an actor (`colon.py`); what is said is everything after the colon."""
    line = sentence.of(sent.doc, sent.start, sent.end).colon   # (`colon_line`, read once a sentence: sentence.py)
    if line is None:
        return []
    before, after = line
    if any(t.pos_ in ("VERB", "AUX") for t in before) or not any(t.pos_ in ("PROPN", "NOUN") for t in before):
        return []
    ids = set(t.i for t in before)
    tops = [t for t in before if t.head.i not in ids or t.head.i == t.i]
    subj = next((t for t in tops if t.pos_ in ("PROPN", "NOUN")), None)
    if subj is None or skipped(subj):
        return []
    start, end = before[0].idx, before[-1].idx + len(before[-1])
    actor = actor_at(subj.idx, subj.idx + len(subj)) or actor_at(start, end)
    if actor is None:
        return []
    words = [t for t in after if not t.is_punct and not skipped(t)]
    return [Said(subj, start, end, None, words, "colon", None, actor, span_of(sent.doc, before[0].i, before[-1].i + 1).text)]


def _said(subj, verb, toks, via, quote_of, skipped, actor_at) -> Optional[Said]:
    """What `subj` says (`toks`) by `verb` (a naming verb or a claim noun), or None for no speaker."""
    if subj.lower_ in NOT_SPEAKERS or not toks:
        return None
    doc = subj.doc
    _, qs = quote_of(subj)
    if subj.lower_ in ("i", "we") and qs is None:
        return None                         # the writer
    a, b = _span(subj)
    if subj.dep_ == "poss":
        a, b = subj.left_edge.i, subj.i     # `Clinton's charge`: the possessor alone
    start, end = doc[a].idx, doc[b].idx + len(doc[b])
    actor = actor_at(subj.idx, subj.idx + len(subj)) or actor_at(start, end)
    if actor is None and qs is not None and subj.pos_ == "PRON":
        actor = getattr(qs, "actor", None)
    toks = sorted({x.i: x for x in toks if not skipped(x)}.values(), key=lambda x: x.i)
    return Said(subj, start, end, verb, toks, via, None, actor, span_of(doc, a, b + 1).text)


@functools.lru_cache(maxsize=1)
def _ids() -> tuple[int, frozenset]:
    """The string ids of the part of speech VERB and of the reporting verbs' lemmas (as written and capitalised)."""
    from spacy.strings import get_string_id
    words = load().cues.get("report", frozenset())
    return get_string_id("VERB"), frozenset(get_string_id(x) for w in words for x in (w, w.capitalize()))


def _reporting(doc) -> list[int]:
    """The indices of the doc's reporting verbs (`_ids`), read off the columns once per doc for `speakers`."""
    pos, lem = column(doc, "POS"), column(doc, "LEMMA")
    verb, report = _ids()
    return [i for i in indices(doc, POS=frozenset((verb,))) if lem[i] in report]   # (the verbs off the POS array)


def _naming_or_claim(doc) -> list[int]:
    """The indices of the doc's words whose lemma is a naming verb or a claim noun (event_cues `naming`, `claimnoun`),
    once per doc for `_named_and_claimed`."""
    lems = lowered(doc)
    return list(compress(range(len(lems)), map(_naming_words().__contains__, lems)))   # (one walk at C speed)


_NAMING: list = [None, frozenset()]


def _naming_words() -> frozenset:
    """event_cues `naming` and `claimnoun` as one set (`_naming_or_claim`), made once for the loaded cues."""
    cues = load().cues
    if _NAMING[0] is not cues:
        _NAMING[:] = [cues, cues.get("naming", frozenset()) | cues.get("claimnoun", frozenset())]
    return _NAMING[1]


def _span(tok) -> tuple[int, int]:
    a, b = tok.left_edge.i, tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "parataxis", "ccomp"):
            break
        b = c.right_edge.i
    return a, b


def _targets(s: Said, actor_at) -> list:
    """(token, actor id, how it was found) of each actor in what is said, once an actor (its first mention), not the
    speaker: `actor` (a mention of a named actor, or a pronoun or description the actors stage resolved), else an
    `unnamed` third-person pronoun (`he did it in a dishonest way`: its key `?m`, `?f`, `?group`) or a `group` noun
    (`the administration`, `party leaders`: its key `?` + the noun) that no actor covers (the guide's target is the
    mention itself)."""
    out, seen = [], set()
    toks = list(s.words) + ([s.about] if s.about is not None else [])
    unnamed, groups = _unnamed(), form().get("group", frozenset())
    if not toks:
        return out
    doc = toks[0].doc
    col, idx, size = cols(doc), column(doc, "IDX"), column(doc, "LENGTH")
    nottarget, pos_, low_, dep_, head = form()["nottarget"], col.pos_, strings(doc, "LOWER"), col.dep_, col.head
    for t in toks:                          # (each word's strings, offsets and head read off the doc's columns:
        i = t.i                             #  `columns.Cols`, token_strings; no string made anew)
        pos = pos_[i]
        if pos not in ("PROPN", "PRON", "NOUN") or low_[i] in nottarget:
            continue
        start = idx[i]
        if s.start <= start < s.end:
            continue
        if pos == "PROPN" and dep_[i] == "compound" and pos_[head[i]] == "PROPN":
            continue                        # `Donald Trump`: its head speaks for it
        actor = actor_at(start, start + size[i])
        how = "actor"
        if actor is None:
            low = col.lower[i]
            if pos == "PRON" and low in unnamed:
                actor, how = "?" + unnamed[low], "unnamed"
            elif pos == "NOUN" and dep_[i] != "compound" and (low in groups or col.lemma[i] in groups):
                actor, how = "?" + col.lemma[i], "group"
            else:
                continue
        if actor == s.actor or actor in seen:
            continue
        seen.add(actor)
        out.append((t, actor, how))
    return out


@functools.lru_cache(maxsize=1)
def _unnamed() -> dict[str, str]:
    """criticism_form.tsv `unnamed`: pronoun -> whom it stands for (m, f, group)."""
    return dict(w.split(":", 1) for w in form().get("unnamed", ()))


PERSON_KINDS = frozenset({"PERSON"})
GROUP_KINDS = frozenset({"ORG", "NORP", "GPE"})


def _near(s: Said, target, how: str, actor_at) -> tuple[list[str], Optional[str]]:
    """Whom an unnamed pronoun may stand for: the nearest actor named before it, in its sentence or the one before,
    of its kind (a person for `he`, `she`; an organisation, a nation or a state for `they`): another actor than the
    speaker (`near=other`, with its id), the speaker (`near=speaker`: the speaker's own side, not criticised), or
    none (`near=none`)."""
    if how != "unnamed":
        return [], None
    doc = target.doc
    toks = tokens(doc)
    sent = sentence_of(target.doc, target.i)
    lo = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
    kinds = GROUP_KINDS if _unnamed().get(target.lower_) == "group" else PERSON_KINDS
    for i in range(target.i - 1, lo - 1, -1):
        t = toks[i]
        if t.ent_type_ not in kinds or t.ent_iob_ not in ("B", "I"):
            continue
        a = actor_at(t.idx, t.idx + len(t))
        if a is None:
            continue
        if a == s.actor or s.start <= t.idx < s.end:
            return ["near=speaker"], None
        return ["near=other", "near=" + t.ent_type_], a
    return ["near=none"], None


def _kind_of(side: str, a) -> list[str]:
    """The actor's sector (`sp_sec=PTY`, `t_sec=GOV`; `-`: none). (Its role too, `t_role=candidate`, did worse in
    the cross-validation: 259 added at 0.695 against 223 at 0.722 at 0.35.)"""
    return [f"{side}_sec={(a.sector if a is not None else None) or '-'}"]


POLITICS = frozenset({"PTY", "LEG", "GOV"})


def _rivals(sp_kind: list[str], t_kind: list[str]) -> list[str]:
    """`rivals` when the speaker and the target are both of politics (a party, a legislature, a government: ev33a,
    tune and dev pairs 0.15-0.17 positive against 0.07 in all, 0.02 for two civilians), the sectors' cross that the
    weights of each sector alone do not read."""
    return ["rivals"] if {x.split("=")[1] for x in sp_kind + t_kind} <= POLITICS and sp_kind and t_kind else []


def _distance(s: Said, target) -> list[str]:
    """How far the target is from the speaker, in characters: `dist=s` (under 60), `m` (under 160), `l`."""
    d = s.start - target.idx if target.idx < s.start else target.idx - s.end
    return ["dist=" + ("s" if d < 60 else "m" if d < 160 else "l")]


def _role(t) -> str:
    return _role_at(cols(t.doc), t.i)


def _role_at(col, i: int) -> str:
    """`_role` of the doc's `i`th word, read off its columns (`columns.Cols`)."""
    d, h = col.dep_[i], col.head[i]
    if d in ("nsubj", "nsubjpass", "csubj"):
        return "subj" if d != "nsubjpass" else "passsubj"
    if d in ("dobj", "dative", "oprd"):
        return "obj"
    if d == "poss":
        return "poss_" + _role_at(col, h)
    if d == "pobj":
        return "pobj_" + col.lower[h] + ("_agent" if col.dep_[h] == "agent" else "")
    if d in ("compound", "amod", "nmod"):
        return "mod_" + _role_at(col, h) if h != i and col.dep_[h] != d else "mod"
    if d in ("conj", "appos"):
        return d + "_" + _role_at(col, h) if h != i and col.dep_[h] not in ("conj", "appos") else d
    return "dep_" + d


def _verb_of(t):
    """The verb (or predicate) the target's clause is built on (its heads climbed on the doc's columns: a Token
    only for the one returned)."""
    col = cols(t.doc)
    pos_, dep_, head = col.pos_, col.dep_, col.head
    v = t.i
    for _ in range(6):
        if pos_[v] in ("VERB", "AUX") or dep_[v] == "ROOT":
            return col.toks[v]
        if head[v] == v:
            return col.toks[v]
        v = head[v]
    return col.toks[v]


def _read(s: Said) -> tuple:
    """The features of the words said, read once a speaker whatever the target: per word (the first MAX_WORDS) its
    index, its features and those it adds near the target (`lex@t=harm`); the word classes seen; whether a
    negation and an intensifier occur."""
    if s.read is not None:
        return s.read
    w = words()
    classes_of = _classes_of()
    blame, praise = _judgement()
    modal, intense = form()["modal"], form()["intense"]
    out, lex_seen, negated, strong = [], set(), False, False
    said = s.words[:MAX_WORDS]
    if said:                             # (each word's attributes read off the doc's columns: no string made a Token)
        doc = said[0].doc
        col = cols(doc)
        lems, lows, orth, dep, pos = col.lemma, col.lower, col.orth, col.dep, col.pos
        stop, alpha = column(doc, "IS_STOP"), column(doc, "IS_ALPHA")
        neg, aux, content, qmark = _read_ids()
        marked = _marked()
    for x in said:
        i = x.i
        lem = lems[i]
        low = lows[i]
        if lem not in marked and low not in marked and dep[i] not in neg and orth[i] not in qmark:
            # (speed43a: a word of no class, mark or relation below gives its lemma alone, if any)
            out.append((i, ["w=" + lem] if pos[i] in content and not stop[i] and alpha[i] else [], []))
            continue
        plain, at = [], []
        if dep[i] in neg or low in NEGATIONS:
            negated = True
            at.append("neg@t")
        if dep[i] in aux and low in modal:
            plain.append("modal=" + low)
            at.append("modal@t")
        if pos[i] in content and not stop[i] and alpha[i]:
            plain.append("w=" + lem)
        hits = classes_of.get(lem, NONE) | classes_of.get(low, NONE)
        for cls in w if hits else ():    # (in the file's order, as a walk over every class finds them)
            if cls in hits:
                plain.append("lex=" + cls)
                lex_seen.add(cls)
                at.append("lex@t=" + cls)
        if lem in blame or low in blame:
            plain.append("scorn")
            at.append("scorn@t")
        if lem in praise or low in praise:
            plain.append("praise")
            at.append("praise@t")
        if orth[i] in qmark:
            plain.append("question")
        strong = strong or low in intense
        out.append((i, plain, at))
    s.read = (out, lex_seen, negated, strong)
    s.marks = [(i, at) for i, _, at in out if at]
    return s.read


NEGATIONS = ("never", "no", "nothing", "nobody")   # (`_read`: words that negate whatever their relation)


@functools.lru_cache(maxsize=1)
def _marked() -> frozenset:
    """The words `_read` gives more than a `w=` feature by their lemma or form: criticism.tsv's words, the words of
    blame and praise, the modals, the intensifiers and the negation words (speed43a: any other word, unless its
    relation is `neg` or it is a question mark, is read by its lemma alone)."""
    blame, praise = _judgement()
    return frozenset(_classes_of()) | blame | praise | form()["modal"] | form()["intense"] | frozenset(NEGATIONS)


@functools.lru_cache(maxsize=1)
def _read_ids() -> tuple:
    """The column ids `_read` tests: the relations neg and aux, the content classes, the question mark."""
    return ids_of("neg"), ids_of("aux"), ids_of(*CONTENT), ids_of("?")


def features(s: Said, target, sent) -> list[str]:
    """The pair's features: strings, each 1 when present."""
    return sorted(set(_pair_features(s, target)))


def _pair_features(s: Said, target) -> list[str]:
    """`features` unsorted, with repeats: what the speaker's words give whatever the target (`_said_features`, read
    once a speaker), then what the target adds (`_target_features`)."""
    return _said_features(s)[0] + _target_features(s, target)


def _target_features(s: Said, target) -> list[str]:
    """What a target adds to its speaker's features (unsorted, with repeats): its role and kind, the words said near
    it, its place."""
    doc = target.doc
    col, ti = cols(doc), target.i           # (the words' strings off the doc's columns: `columns.Cols`)
    top = _said_features(s)[1]
    role = _role_at(col, ti) if target is not s.about else "about"
    f = ["role=" + role, "kind=" + ("pron" if col.pos_[ti] == "PRON" else "name" if col.pos_[ti] == "PROPN"
                                    else "noun")]
    if strings(doc, "ENT_TYPE")[ti] == "PERSON":
        f.append("person")
    clause = _verb_of(target) if target is not s.about else None
    if clause is not None and col.pos_[clause.i] in ("VERB", "AUX", "ADJ", "NOUN"):
        f.append("tv=" + col.lemma[clause.i])
    cross = []                              # (the words' features near the target: `scorn@t`, `lex@t=harm`, ...)
    if clause is not None and s.marks:      # (the marked words under the clause's verb: `{x.i for x in
        c, up = clause.i, col.head          #  clause.subtree}` asked of each by its heads, speed43a)
        for i, at in s.marks:
            if _under(up, i, c):
                cross += at
    f += cross
    if top is not None and clause is not None and clause.i == top.i:
        f.append("t_main")                # the target hangs from the main predicate of what is said
    if col.lower[ti] in s.speaker_text.lower():
        f.append("t_in_speaker")          # `The Clinton campaign said ... Clinton`: the speaker's own side
    f += [role.split("_")[0] + "&" + x for x in cross] + [s.via + "&" + x for x in cross]
    if target is not s.about:
        f += _verdict(col, ti)
    if target.i < (s.verb.i if s.verb is not None else target.i + 1):
        f.append("t_before_rv")
    return f


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
PREDICATES = frozenset({"attr", "acomp", "oprd", "xcomp", "dobj"})
MODIFIERS = frozenset({"amod", "compound", "nmod", "advmod"})
HARM = frozenset({"harm"})


def _verdict(col, ti: int) -> list[str]:
    """What the words said give the target by the parse, not by nearness (ev33a): a judgement whose subject is the
    target or a thing of its (`He's a hater`, `X's grasp of policy is worrying`, `X lied`: `judged=blame`; `X is a
    great leader`: `judged=praise`), the target the subject of a negated predicate (`X has not shown the
    temperament`, `X doesn't know what he's doing`: `t_negsubj`), the target after a preposition of a word of blame
    (`lawbreaking by X`: `judged=pobj`). Judgement words: `_judgement_of`."""
    dep_, head, below, pos_ = col.dep_, col.head, col.below, col.pos_
    out = []
    i, d = ti, dep_[ti]
    for _ in range(2):                      # (`X's grasp`, `X's handling of`: the possessed noun speaks for X)
        if d == "poss" or (d == "pobj" and dep_[head[i]] == "prep" and col.lower[head[i]] == "of"
                          and pos_[head[head[i]]] == "NOUN"):
            i = head[i] if d == "poss" else head[head[i]]
            d = dep_[i]
    if d in SUBJECTS:
        h = head[i]
        v = _judgement_of(col, h)
        words = [k for k in below[h] if dep_[k] in PREDICATES]
        words += [m for k in words for m in below[k] if dep_[m] in ("conj", "xcomp")]   # (`trying to hide and mislead`)
        words += [m for k in words for m in below[k] if dep_[m] in MODIFIERS or dep_[m] == "prep"
                  for m in ([m] + [o for o in below[m] if dep_[o] == "pobj"] if dep_[m] == "prep" else [m])]
        verdicts = {v} | {_judgement_of(col, k) for k in words}
        if "blame" in verdicts:
            out.append("judged=blame")
        elif "praise" in verdicts:
            out.append("judged=praise")
        if any(dep_[k] == "neg" or col.lower[k] in ("never", "no") for k in below[h]):
            out.append("t_negsubj")
    elif d == "pobj" and any(_judgement_of(col, k) == "blame" for k in (head[i], head[head[i]])):
        out.append("judged=pobj")
    return out


def _judgement_of(col, k: int) -> Optional[str]:
    """`blame` when the word is one of evaluation.tsv's words of blame or in a class of criticism.tsv other than
    `harm` (`take`, `end`, `cut`: acts more often than verdicts), `praise` for its words of praise, else None."""
    blame, praise = _judgement()
    lem, low = col.lemma[k], col.lower[k]
    if lem in blame or low in blame or _classes_of().get(lem, NONE) - HARM or _classes_of().get(low, NONE) - HARM:
        return "blame"
    if lem in praise or low in praise:
        return "praise"
    return None


def _under(head: list, i: int, c: int) -> bool:
    """Word i is word c or lies under it (`i in descendants(c)`), by i's heads up to the root."""
    for _ in range(len(head)):
        if i == c:
            return True
        h = head[i]
        if h == i:
            return False
        i = h
    return False


def _said_features(s: Said) -> tuple[list[str], object]:
    """The features of a pair that its speaker's words give whatever its target, and the main predicate of those
    words (`_main`), made once a speaker (speed32: `features` had made them again for each target)."""
    if s.base is not None:
        return s.base
    doc = s.words[0].doc if s.words else None
    f = ["via=" + s.via, "rv=" + (cols(s.verb.doc).lemma[s.verb.i] if s.verb is not None else "-")]
    said, lex_seen, negated, intense = _read(s)
    for _, plain, _ in said:
        f += plain
    if negated:
        f.append("neg")
    scorned = sum(1 for x in f if x == "scorn")
    if scorned > 1:
        f.append("scorn2")
    praised = sum(1 for x in f if x == "praise")   # the words' balance: blame over praise, or the reverse
    f.append("pol=" + ("neg" if scorned > praised else "pos" if praised > scorned else "mix" if scorned else "0"))
    if s.borrowed:
        f.append("borrowed")
    sp = s.speaker if hasattr(s.speaker, "pos_") else None
    f.append("sp=" + ("quote" if sp is None else "pron" if sp.pos_ == "PRON" else sp.ent_type_ or sp.pos_.lower()))
    if s.via == "clause" and doc is not None and any(map(column(doc, "IS_QUOTE").__getitem__, [x.i for x in s.words])):
        f.append("partquote")             # `stated Clinton was "extremely careless"`: the harsh words quoted
    if intense:
        f.append("intense")
    f.append("lexn=%d" % min(len(lex_seen), 3))
    n = len(s.words)
    f.append("len=" + ("s" if n < 8 else "m" if n < 20 else "l"))
    if s.verb is not None:
        col = cols(s.verb.doc)
        if any(col.dep_[k] == "neg" for k in col.below[s.verb.i]):
            f.append("rv_neg")
    s.base = (f, _main(s.words))
    return s.base


def _candidate(p: Pair, prob: float, d: Detector) -> Optional[Candidate]:
    """The detector's candidate of a pair (ACCUSE, SUPPORT, REJECT): source the speaker, target the actor, trigger
    the reporting verb (else the main predicate of the quoted words); the mood of the reporting verb; its confidence
    the probability."""
    s = p.said
    trig = s.verb if s.verb is not None else _main(s.words)
    if trig is None:
        return None
    c = Candidate(trig, None, PATTERNS[d.etype], trig.i, trig.i, False, etype=d.etype, quad=d.quad, cameo=d.cameo,
                  target=[p.target], preset=True)
    if s.via != "quote" and not (s.speaker.lower_ in ("i", "we") and s.actor is not None):
        c.source = [s.speaker]
    else:
        from ...records import Speaker
        c.extra_source = s.speaker if s.via == "quote" else Speaker(s.start, s.end, s.speaker_text, s.actor)
    if s.verb is not None:
        c.negated = _negated(c)
        c.hypothetical, _ = _mood(c)
    c.depth = _depth(trig)
    c.given = round(prob, 3)
    return c


def _main(toks):
    """The main predicate of quoted words: the token whose head lies outside them, a verb first."""
    if not toks:
        return None
    doc = toks[0].doc
    ids = [x.i for x in toks]
    inside = set(ids)
    up, pos_ = heads(doc), cols(doc).pos_      # (`x.head.i`, `x.pos_`, read off the doc's columns: no Token made)
    tops = [k for k in ids if up[k] not in inside or up[k] == k]
    for k in tops:
        if pos_[k] in ("VERB", "AUX"):
            return tokens(doc)[k]
    punct, space = column(doc, "IS_PUNCT"), column(doc, "IS_SPACE")
    return next((tokens(doc)[k] for k in tops if not punct[k] and not space[k]), None)
