"""Criticism, praise and denial said without an accuse, praise or deny verb (words: lexicon/evaluation.tsv).

- a verdict on an actor or an act: `called the ruling unjust`, `branded North Korea an "outlaw nation"`,
  `called Friday's decision a "huge win"`: ACCUSE when the verdict holds a word of blame, SUPPORT for praise;
- a feeling voiced about someone: `expressed outrage over X's gambit`, `voiced concern about`, `is deeply
  concerned about`, `We are pleased with the Court's decision`: ACCUSE or SUPPORT by the feeling;
- a demand in a that-clause: `insisted that Pyongyang "stop its escapades"`: REQUEST;
- a verdict on an actor said by someone: `activists say the officers have been too aggressive`, `"She was the most
  amazing person," he said`: ACCUSE or SUPPORT;
- an attack or a crime said to be someone's doing: `police say a militia planned the attacks`, `allege the
  bombings were plotted by X`: ACCUSE by whoever says so, of the doer;
- a wrong someone is said to do to another: `"He's being manipulated by Castro," she said`: ACCUSE of the doer;
- a claim called false: `the president's claims are unfounded`, `They are 100 percent wrong`, `that is simply
  false`: REJECT by whoever says so (the reporting verb's subject, or the quote's speaker).
Each finding is a preset candidate: its type and participants are fixed here, not by the lexicon analysis.

Speed (speed31): `find` reads each word's strings, head and children off the doc's columns (`columns.Cols`, once a
sentence), and so do `_scorn_at`, `_lemma_at`, `_hedged`, `_nicknamed` and the first tests of the rules most words
stop at (`_judged`, `_denial`, `_feeling`, `_clueless`, `_own_denial`, `_never_said`, `_never_happened`,
`_blamed_act`, `_quoted_blame`): a Token is made only for a word they go on with (tests/extractors/
test_event_columns31.py checks each against the walk it replaced).
"""
from __future__ import annotations

import functools

from ...lexicon import classes, pronouns
from ..spans import children, column, descendants, ids_of, indices, lowered, picked
from .columns import cols, opening as _opening
from .criticism import NOT_SPEAKERS, _subject, need_words
from .nouns import actor_noun, owner_of, possessor
from .lexicon import load, plover
from .triggers import (PASS_SUBJ, SUBJ, Candidate, Pattern, _depth, _quantities, actor_like, child, content_subject, is_passive,
                       names_actor, no_longer, prep_object, speaker_of_clause, subject_of, summarised_doer, warlike)

FIRST = ("i", "we", "me", "us")
ABOUT = ("over", "about", "at", "with", "by", "for", "on", "in", "of", "regarding", "toward", "towards")
# the parts of speech the rules below start from (a predicate of `be` of any class too)
WORDY = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
# modals that make a statement a possibility or a limit, not a claim made
HEDGES = ("would", "could", "might", "may", "should", "will", "can", "ca", "wo", "'d")


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in classes("evaluation.tsv").items()}


@functools.lru_cache(maxsize=1)
def _blaming() -> frozenset:
    """The words of blame that are no feeling (`_scorn`), made once: the union of three classes was remade at every
    word of every sentence, a tenth of the extractors' time."""
    w = words()
    return (w["negative"] | w["blame"] | w["scorn"]) - w["feelingword"]


READ_ANYWAY = ("be", "tell", "have", "lack", "say", "come", "happen", "occur")   # the lemmas `find` tests by name, not by a class


@functools.lru_cache(maxsize=1)
def _any_word() -> frozenset:
    """Every word `find` reads by its lemma or form: the words of every class of evaluation.tsv, READ_ANYWAY and the
    event lexicon's verbs (`_concluded_attack`). A word that is none of these, no manner adverb in -ly and no
    complement (acomp, attr) meets no rule of `find`; a new rule keyed on another word adds it to READ_ANYWAY."""
    return frozenset().union(*words().values(), READ_ANYWAY, load().verbs)


def _read_form(t, pos: str, read: frozenset) -> bool:
    """Whether `find` can read t by its form: the form (curly apostrophe or not) in `read`, or an adverb in -ly
    (`_scorn` reads the adjective it is made from)."""
    return _read_low(t.lower_, pos, read)


def _read_low(x: str, pos: str, read: frozenset) -> bool:
    """`_read_form` of a word's form in lower case (`Cols.lower`)."""
    return x in read or x.replace("\u2019", "'") in read or pos == "ADV" and x.endswith("ly")


def _readable(doc) -> list[int]:
    """The indices of the doc's words that pass the tests at the head of `find`'s loop (its class and dependency, then
    a word `_any_word` holds, a complement, or a form `_read_form` reads), read off the columns once per doc without
    a Token: most words of a sentence pass none, and each test of a Token makes its strings anew. A change to
    those tests changes this too (tests/extractors/test_event_speed.py checks they agree)."""
    pos, dep, lems, lows = column(doc, "POS"), column(doc, "DEP"), lowered(doc), lowered(doc, "LOWER")
    read, wordy, others = _any_word(), ids_of(*WORDY), ids_of("ADV", "PROPN")
    attr, complement, modifier = ids_of("attr"), ids_of("acomp", "attr"), ids_of("advmod", "amod", "compound")
    adv, verbs = ids_of("ADV"), ids_of("VERB", "AUX")
    out = []
    first = set(indices(doc, POS=wordy, DEP=attr))   # (the class and dependency tests on the columns' arrays)
    first.update(set(indices(doc, POS=others)).intersection(indices(doc, DEP=modifier)))
    for i in sorted(first):
        p, d, x = pos[i], dep[i], lows[i]
        if d in complement or lems[i] in read or x in read or p in adv and x.endswith("ly"):
            out.append(i)
        elif (y := x.replace("\u2019", "'")) in read or p in verbs and y in ("'s", "'re", "'m"):
            out.append(i)                 # (`_lemma`: `be` for a contraction)
    return out


def opening(doc) -> list[int]:
    """The indices of the doc's words `find` starts from (`_readable`, the list its `picked` reads): a sentence holding
    none gives nothing (speed37a)."""
    return _opening(doc, "evaluative", _readable)


def find(sent, skipped, quote_speaker_of, told: frozenset = frozenset()) -> list[Candidate]:
    """The sentence's evaluative events as preset candidates (`sent`: its tokens; `told`: the indices of the words
    other rules made a candidate of, whose deeds keep their own event)."""
    w = words()
    out: list[Candidate] = []
    read = _any_word()
    found = picked(sent, "evaluative", _readable)   # (the words that pass the first tests below: `_readable`)
    if not found:
        return out
    col = cols(found[0].doc)              # (each word's strings, lemma, head and children off the doc's columns,
    pos_, dep_, tag_, lower, head, below = col.pos_, col.dep_, col.tag_, col.lower, col.head, col.below   # once a
    for t in found:                       # sentence: no string made anew at each test, no Token but the word's own)
        i = t.i
        pos, dep, tag, low = pos_[i], dep_[i], tag_[i], lower[i]
        if pos not in WORDY and dep != "attr" and not (pos in ("ADV", "PROPN") and dep in ("advmod", "amod",
                                                                                                    "compound")):
            continue                      # (no rule below reads a word of another class but a predicate noun)
        if skipped(t):
            continue
        lem = _lemma_at(col, i)
        if lem not in read and dep not in ("acomp", "attr") and not _read_low(low, pos, read):
            continue                      # (no rule below reads it: `_any_word`)
        c = None
        if pos in ("VERB", "AUX") and lem in w["verdict"]:
            c = _verdict(t, w, quote_speaker_of)
        elif pos in ("VERB", "AUX") and lem in w["express"]:
            c = _voiced(t, w)
        elif pos in ("VERB", "AUX") and lem in w["insist"]:
            c = _insisted(t)
        elif pos in ("VERB", "AUX") and (lem in w["perpetrate"] or lem == "be" or _concluded_attack(t, w)):
            c = _blamed_act(t, w, quote_speaker_of)
        elif pos == "VERB" and (lem in w["misdeed"] or (lem == "tell" and _untruth(t))):
            c = _misdeed(t, w, quote_speaker_of)
        elif dep == "acomp" and (pos == "ADJ" or tag == "VBN"):   # `was disappointed in Ryan`: VBN
            c = _feeling(t, w, told) or _denial(t, w, quote_speaker_of) or _judged(t, w, quote_speaker_of)
        elif tag == "VBN" and (low in w["negative"] or low in w["positive"]) and any(
                dep_[k] == "auxpass" for k in below[i]):
            c = _passive_feeling(t, w, told) or _judged_passive(t, w, quote_speaker_of)
        elif dep == "attr" and _lemma_at(col, head[i]) == "be" and (lem in w["false"] or lem in w["truth"]) and not (
                pos == "NOUN" and any(lower[k] == "of" and dep_[k] == "prep" for k in below[i])):
            c = _denial(t, w, quote_speaker_of)   # (`a distortion of the events` judges what distorts them: a verdict)
        elif dep == "attr" and _lemma_at(col, head[i]) in ("be", "become", "remain", "seem", "appear"):
            c = _judged(t, w, quote_speaker_of)   # (`he is becoming ISIS's best recruiter`)
        if c is None and tag in ("JJ", "VBN") and dep != "acomp" and (low in w["negative"] or lem in w["negative"]
                                                                     or lem in w["scorn"]):
            c = _deed_judged_passive(t, w, quote_speaker_of)
        if c is None and pos == "VERB" and lem in w["fond"]:
            c = _fondness(t, quote_speaker_of)
        if c is None and pos in ("VERB", "AUX") and (lem in w["grasp"] or lem in ("have", "lack")):
            c = _clueless(t, w, quote_speaker_of)
        if c is None and (low in w["punish"] or lem in w["punish"]) and tag in ("VBN", "JJ"):
            c = _deserves(t, quote_speaker_of)
        if c is None and pos == "VERB" and lem in w["cite"]:
            c = _cited(t, w)
        if c is None and pos == "VERB" and lem == "say":
            c = _never_said(t, quote_speaker_of)
        if c is None and pos in ("VERB", "AUX") and lem in ("happen", "occur", "be"):
            c = _never_happened(t, quote_speaker_of)
        if c is None and pos == "VERB" and lem in w["avow"]:
            c = _own_denial(t, w, quote_speaker_of)
        if c is None and pos in ("VERB", "AUX") and lem == "come":
            c = _under_fire(t)
        if c is None and pos == "NOUN" and lem in w["ground"]:
            c = _groundless(t, w, quote_speaker_of)
        if c is None and pos in ("VERB", "ADJ") and lem in w["liken"]:
            c = _likened(t, w, quote_speaker_of)
        if c is None and pos == "NOUN" and lem in w["danger"]:
            c = _danger(t, w, quote_speaker_of)
        if c is None and pos == "NOUN" and lem in w["fault"] and dep == "attr":
            c = _at_fault(t, quote_speaker_of)
        if c is None and pos in ("ADJ", "NOUN") and (lem in w["negative"] or low in w["negative"]
                                                         or lem in w["blame"] or lem in w["scorn"]) \
                and lem not in w["feelingword"] and not any(x.etype == "ACCUSE" for x in out) \
                and not (dep == "amod" and (lem in w["plain"] or col.lemma[head[i]] in w["cost"]
                                            or f"{lem} {col.lemma[head[i]]}" in w["kind"])):
            c = _quoted_blame(t, quote_speaker_of)
        if c is None and _scorn_at(col, i, w) and not any(x.etype == "ACCUSE" for x in out):
            c = _scorned(t, w, quote_speaker_of)
        if c is not None and c.etype == "ACCUSE" and _poll_answer(c):
            c = None                      # `half of the Harlow voters polled said they were upset`: a poll's answer
        if c is not None and c.etype == "SUPPORT":
            _praise_of_no_one(c)          # `nobody is more qualified than Roe`: praise of Roe
        if c is not None and c.etype == "ACCUSE" and _described(c, w):
            c = None                      # `a tough race`, `America is getting weaker`: no verdict on anyone
        if c is not None:
            c.depth = _depth(c.token)
            _speaker_for_first_person(c, quote_speaker_of)
            if not any(_same_dyad(c, x) for x in out):
                out.append(c)             # (`that Trump is an egomaniac, that he's disrespectful, that he's
                # hostile`, one speaker of one man: one criticism)
    return out


def _poll_answer(c: Candidate) -> bool:
    """Blame voiced by voters as a poll counts them (a share of voters, `a majority of Americans`, a cohort in a
    sentence that counts people: checks' `_electorate_backing` for any verdict): a view counted, no one's criticism."""
    from .checks import poll_answer   # (checks reads this module's words: imported when used)
    return bool(c.source) and poll_answer(c)


def _praise_of_no_one(c: Candidate) -> None:
    """A verdict of praise whose target names no one and whose word is compared with an actor (`Nobody is more
    qualified than Roe`, `nobody will be more loyal than Roe`) is praise of that actor: the target becomes that one
    (as praise.py's `_none_better` reads the words of its `peerless` class)."""
    from . import praise              # (praise reads this module: imported when used)
    tgt = [x for x in c.target if hasattr(x, "lemma_")]
    if tgt and praise.no_one(tgt[0]):
        whom = praise.than_whom(c.token)
        if whom is not None:
            c.target = [whom]


def _described(c: Candidate, w) -> bool:
    """A word of judgement that judges no one: said of a time, a contest, a task or a plight (`occasion`: `a tough
    race`, `these are horrible times`, `in horrible trouble`, `an awful lot`), a comparative that tells a change
    (`change`: `America is getting weaker`, `to be worse off`)."""
    t = c.token
    nouns = [t] if t.pos_ == "NOUN" else []
    if t.dep_ == "amod":
        nouns.append(t.head)
    nouns += [x for x in children(t) if x.dep_ in ("attr", "oprd", "xcomp", "acomp") and x.pos_ == "NOUN"]
    if any(_lemma(n) in w["occasion"] and any(_scorn(a, w) or _lemma(a) in w["plain"] for a in children(n)
                                              if a.dep_ == "amod") for n in nouns):
        return True                       # (the judgement on the occasion noun: `a critical moment`)
    if t.tag_ in ("JJR", "RBR") and (_lemma(t.head) in w["change"] or any(
            x.dep_ in ("advmod", "prt") and x.lower_ == "off" for x in children(t))):
        return True
    return False


def _same_dyad(a: Candidate, b: Candidate) -> bool:
    """Two findings of one type, by the same speaker, of the same actor (`he` or `she` counts as the one named)."""
    def ids(side, extra=None):
        out = {x.lower_ if x.pos_ == "PRON" else x.i for x in side if hasattr(x, "i")}
        return out | ({(extra.start, extra.end)} if extra is not None else set())
    if a.etype != b.etype or ids(a.source, a.extra_source) != ids(b.source, b.extra_source):
        return False
    ta, tb = [x for x in a.target if hasattr(x, "i")], [x for x in b.target if hasattr(x, "i")]
    if not ta or not tb:
        return not ta and not tb
    return ta[0].i == tb[0].i or (ta[0].pos_ == "PRON" or tb[0].pos_ == "PRON") and ta[0].i != tb[0].i and (
        ta[0].lower_ in ("he", "she", "him", "her") or tb[0].lower_ in ("he", "she", "him", "her"))


def _lemma(t) -> str:
    """The lemma in lower case, `be` for a curly contraction (`It’s ludicrous`: the parse lemmatises `’s` as `’`)."""
    return _lemma_at(cols(t.doc), t.i)   # (the word's strings off the doc's columns)


def _lemma_at(col, i: int) -> str:
    """`_lemma` of the doc's `i`th word, off its columns (`columns.Cols`)."""
    if col.pos_[i] in ("VERB", "AUX") and col.lower[i].replace("\u2019", "'") in ("'s", "'re", "'m"):
        return "be"
    return col.lemma[i]


def _scorn(t, w) -> bool:
    """A word that condemns whom it is said of: a word of blame (not a feeling: `concern`), the manner adverb of
    one (`irresponsibly`, `disrespectfully`, `arbitrarily`), or a nickname word (`Crooked`)."""
    return _scorn_at(cols(t.doc), t.i, w)


def _scorn_at(col, i: int, w) -> bool:
    """`_scorn` of the doc's `i`th word, read off its columns (`columns.Cols`: no string made, no Token but for a
    nickname's test)."""
    blame = _blaming()
    x = col.lower[i].replace("\u2019", "'")
    if col.pos_[i] == "ADV" and x.endswith("ly"):
        if x in w["degree"] or col.pos_[col.head[i]] in ("ADJ", "ADV"):
            return False                  # (`badly injured his knee`, `terribly sorry`: how much, no scorn)
        return any(b in blame for b in (x[:-2], x[:-3] + "y", x[:-1] + "e"))
    if x in w["nickname"] and _nicknamed(col.toks[i]):
        return True
    return col.lemma[i] in blame or x in blame


def _owner_named(n):
    """Whose act or words a noun names: its possessor, its `by`/`from` maker (`misogynist rhetoric from Trump`), or
    the owner of the noun it is `of` (`Bradley's record of dangerous rhetoric`)."""
    for _ in range(2):
        x = next((x for x in children(n) if x.dep_ == "poss" and (names_actor(x) or actor_like(x))
                  and x.lower_ not in ("its", "their", "our", "my")), None)
        if x is None:
            o = owner_of(n)
            x = o if o is not None and o.lower_ not in ("its", "their", "our", "my") else None
        if x is not None or not (n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ == "NOUN"):
            return x
        n = n.head.head
    return None


def _denied_belief(v) -> bool:
    """The clause is what someone says he does not think or believe (`I don't think she committed ...`)."""
    return v.dep_ == "ccomp" and v.head.lemma_.lower() in words()["opinionverb"] and any(
        x.dep_ == "neg" for x in children(v.head))


def _nicknamed(t) -> bool:
    """A word before a person's name, in it (`Crooked Hillary`: the tagger may take the whole for a title)."""
    from .checks import is_person
    col, i = cols(t.doc), t.i              # (its relation and head off the doc's columns)
    h = col.head[i]
    return col.dep_[i] in ("amod", "compound") and i < h and col.pos_[h] == "PROPN" and (
        col.toks[h].ent_type_ in ("PERSON", "WORK_OF_ART") or is_person(col.toks[h]))


def _clause_verb(n):
    """The verb of the clause a word sits in (the first verb above it), or None."""
    v = n.head
    for _ in range(6):
        if v.pos_ in ("VERB", "AUX"):
            return v
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def _unasserted(v) -> bool:
    """The clause is negated, under a modal, a question, or a condition (`if`, `whether`, `unless`), up to its
    sentence's root."""
    if any(x.dep_ == "neg" for x in children(v)) or _hedged(v) or no_longer(v):
        return True
    t = v
    for _ in range(8):
        if any(x.dep_ == "mark" and x.lower_ in ("if", "whether", "unless", "when", "once") for x in children(t)):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    orth, mark = column(t.doc, "ORTH"), ids_of("?")   # (`any(x.text == "?" for x in t.subtree)`, read off the ORTH
    return any(orth[k] in mark for k in descendants(t))   # column: no Token made per word of the sentence)


def _scorned(t, w, quote_speaker_of):
    """A word of scorn said of someone where no rule above reads it, in a quote with its speaker or a clause reported
    by someone: the manner of an act (`said Sanders had treated her family disrespectfully`: the doer), a nickname
    (`"Crooked Hillary is spending a fortune"`), a word on someone's act or claim (`"Trump's absurd claim"`: its
    owner), a label set beside a name (`Trump, a con man, said`): ACCUSE by the speaker of whom it is said."""
    owned = False
    if t.dep_ == "advmod" and t.head.pos_ == "VERB" and t.pos_ == "ADV":
        v = t.head
        target = prep_object(v, "by") if is_passive(v) else child(v, SUBJ)
    elif _nicknamed(t):
        if t.lower_.replace("\u2019", "'") not in w["nickname"] and not (t.pos_ == "ADJ" and t.tag_ == "JJ"
                                                                        and t.head.ent_type_ == "PERSON"):
            return None                       # `Danger Mouse`, `Cruel Intentions`: a name, not a nickname
        target, v = t.head, _clause_verb(t.head)
    elif t.dep_ == "amod" and t.head.pos_ == "NOUN" and not actor_noun(t.head):
        if t.lemma_.lower() in w["plain"] or t.lower_ in w["plain"]:
            return None                       # `Planned Parenthood's critical role`, `his soft support`
        if f"{t.lemma_.lower()} {t.head.lemma_.lower()}" in w["kind"]:
            return None                       # `illegal immigrants`, `a terrorist attack`: the name of a kind (ev51)
        target, v = _owner_named(t.head), _clause_verb(t.head)
        owned = True
    elif t.pos_ == "NOUN" and t.dep_ == "appos" and t.head.pos_ == "PROPN":
        target, v = t.head, _clause_verb(t.head)
    else:
        return None
    if target is None or v is None or (_unasserted(v) and not owned):
        return None                       # (`Clinton's disastrous actions are not confined to Benghazi`: a word on
        # someone's act holds whatever its clause says of it)
    if target.lower_ in FIRST + ("our", "my", "it", "its", "this", "that", "what", "which", "who", "you", "your",
                                 "there", "people", "everyone", "nobody"):
        return None
    if not (_someone(target) or target.pos_ == "PROPN" or target.lower_ in ("his", "her", "their")):
        return None
    if _of_the_sayer(v, target, quote_speaker_of):
        return None
    speaker = quote_speaker_of(t)
    if speaker is not None and getattr(speaker, "start", -1) <= target.idx < getattr(speaker, "end", -1):
        return None                       # the speaker is no target of his own words
    c = _said(t, "ACCUSE", v, target, quote_speaker_of)
    if c is not None and c.source and (c.source[0].i == target.i or not (_someone(c.source[0])
                                                                        or c.source[0].pos_ == "PROPN")):
        return None                       # (`a shirt that read "Fascist Trump"`: no one speaks)
    return c


def _hedged(v) -> bool:
    """A modal on the verb (`would`, `can`, `might` ...): a possibility or a limit, not a claim made."""
    col = cols(v.doc)                     # (its children's relations and forms off the doc's columns)
    dep_, lower = col.dep_, col.lower
    return any(dep_[k] == "aux" and lower[k] in HEDGES for k in col.below[v.i])


def _someone(x) -> bool:
    """A word that names someone: a name of a person, body or people, he/she/they, or an actor noun."""
    return x.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or x.lower_ in ("he", "she", "they") or actor_noun(x)


def _speaker_for_first_person(c: Candidate, quote_speaker_of) -> None:
    """`"We are pleased with the decision," Kasowitz said`: inside a quote, `we`/`I` is its speaker."""
    if c.source and hasattr(c.source[0], "lower_") and c.source[0].lower_ in ("we", "i"):
        speaker = quote_speaker_of(c.source[0])
        if speaker is not None:
            c.source, c.extra_source = [], speaker


def _polarity(toks, w) -> str | None:
    lems = {x.lemma_.lower() for x in toks} | {x.lower_ for x in toks}
    if lems & w["negative"] or lems & w["scorn"]:
        return "ACCUSE"
    if lems & w["ally"] and any(_of_the_enemy(x, w) for x in toks):
        return "ACCUSE"                   # `the founder of ISIS`, `the most valuable player for ISIS`
    if lems & w["positive"]:
        return "SUPPORT"
    return None


def _of_the_enemy(x, w) -> bool:
    """A word that ties one to a side (`ally` class: founder, ally, recruiter, player) whose side is an armed or
    terror group (`enemy` class): its `of`/`for` object or possessor (`ISIS's best recruiter`)."""
    if x.lemma_.lower() not in w["ally"] and x.lower_ not in w["ally"]:
        return False
    sides = [x.head] if x.dep_ == "compound" and x.head.pos_ == "NOUN" else []   # `the MVP award for ISIS`
    whose = [c for n in [x] + sides for c in children(n) if c.dep_ == "poss"] + [
        o for n in [x] + sides for c in children(n) if c.dep_ == "prep" and c.lower_ in ("of", "for", "from")
        for o in children(c) if o.dep_ == "pobj"]
    for o in whose:
        words = [y.lower_ for y in o.subtree]
        if any(y in w["enemy"] for y in words) or any(" ".join(words[i:i + 2]) in w["enemy"]
                                                       for i in range(len(words) - 1)):
            return True                   # (`the Islamic State`: two words)
    return False


def _make(t, etype: str, source, target, first=None, last=None) -> Candidate:
    cameo = {"ACCUSE": "111", "SUPPORT": "051", "REJECT": "120", "REQUEST": "100"}[etype]
    quad = 1 if etype in ("SUPPORT", "REQUEST") else 3
    return Candidate(t, None, Pattern("evaluative", t.lemma_.lower(), cameo, None, ()), t.i if first is None else first,
                     t.i if last is None else last, False, etype=etype, quad=quad, cameo=cameo,
                     source=[x for x in [source] if x is not None], target=[x for x in [target] if x is not None],
                     preset=True)


def _verdict(t, w, quote_speaker_of=lambda x: None):
    """`called X Y` / `branded X Y` / `described X as Y`: a verdict Y on X."""
    if any(x.dep_ == "prt" or (x.dep_ == "prep" and x.lower_ in ("on", "for", "upon") and x.i == t.i + 1)
           for x in children(t)):
        return None                       # `called on`, `called for`, `called off`: not a verdict
    if is_passive(t):
        return _verdict_passive(t, w, quote_speaker_of)
    if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj") and _accuse_verb(t.head) and any(
            x.dep_ in ("dobj", "dative") and x.lower_ in ("them", "it", "this", "that") for x in children(t)):
        return None                       # `condemned the attacks, calling them an "atrocious crime"`: the
        # condemnation told again, no second event
    if t.lemma_.lower() == "see" and not any(x.dep_ == "prep" and x.lower_ == "as" for x in children(t)):
        return None                       # `see X as Y` only (`would like to see him come forward`)
    objs = [x for x in children(t) if x.dep_ in ("dobj", "dative")]   # `called him a traitor`: him is parsed dative
    if not objs and t.lemma_.lower() == "refer":
        objs = [x for x in [prep_object(t, "to")] if x is not None]   # `referred to immigrants as "criminals"`
    obj = objs[0] if objs else None
    if obj is None and t.dep_ == "relcl":
        obj = summarised_doer(t.head)     # `fired missiles, a move Washington called "provocative"`: the firer
    comp = next((x for x in children(t) if x.dep_ in ("oprd", "ccomp") or (
        x.dep_ == "xcomp" and not any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)))), None)
    if comp is None and len(objs) > 1:
        comp = objs[1]                    # `branded North Korea an "outlaw nation"`: two objects
    prep = None
    if comp is None:
        prep = next((x for x in list(children(t)) + (list(children(obj)) if obj is not None else [])
                     if x.dep_ == "prep" and x.lower_ == "as"), None)   # `described the attacks as senseless`:
        comp = child(prep, ("pobj", "amod", "acomp")) if prep is not None else None   # `as` may hang on the object
    if comp is not None and comp.dep_ == "ccomp" and (comp.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            x.dep_ == "mark" for x in children(comp))):
        return None                       # `the poll found that voters rated the economy as good`: a finding told
    if obj is None and comp is not None and comp.dep_ == "ccomp":
        obj = child(comp, SUBJ)           # `called North Korea's actions "reckless"` parsed as a small clause
    if obj is None and comp is not None:
        obj = next((x for x in children(comp) if (x.pos_ in ("NOUN", "PROPN", "PRON") or x.tag_ == "VBG")
                    and (x.dep_ in ("amod", "compound", "nsubj", "npadvmod", "nmod") or x.dep_ == "dobj" and x.i > comp.i
                         and prep is not None)), None)   # `called the ruling unjust`; `describing as "unhinged" a
        # tweet by X`: the object set after the verdict, parsed as the verdict's own (ev39)
    words = list(comp.subtree) if comp is not None else []
    if comp is not None and comp.dep_ == "oprd":
        words += [y for x in children(t) if x.dep_ == "oprd" and x.i != comp.i for y in x.subtree]   # `called the
        # DNC's suspension "arbitrary"`: the thing judged and the verdict both parsed as complements
    if comp is None and obj is not None:
        appos = child(obj, ("appos",))
        if appos is not None:             # `called the plan "a disgrace"`: the verdict set beside the object
            comp, words = appos, list(appos.subtree)
    if comp is None and obj is not None:
        # one phrase: `called the exiles criminals` (the verdict is the head, its noun modifier the one judged),
        # `called North Korea's actions "reckless"` (the verdict is in the modifiers); `described the attack`
        # holds no verdict at all
        judged = next((x for x in children(obj) if x.dep_ in ("compound", "nmod") and x.pos_ in ("NOUN", "PROPN")
                       and x.i < obj.i), None)
        if judged is not None:
            comp, words, obj = obj, [obj] + [x for x in children(obj) if x.dep_ == "amod"], judged
        else:
            comp, words = obj, [x for x in obj.subtree if x.dep_ in ("amod", "conj") and x.pos_ == "ADJ" and not (
                x.i < obj.i and (x.lemma_.lower() in w["plain"] or x.lower_ in w["plain"]))]
            # (`cast the critical vote against him`: a word of `plain` before the noun describes it, as in `_scorned`)
    if comp is None or obj is None:
        return None
    if obj.lower_ == "what" and obj.tag_ == "WP" and comp.pos_ in ("NOUN", "PROPN") and comp.i > obj.i:
        obj = comp                        # `protests against what they call the fraudulent nomination of Hale`: the
        # free relative is the thing its complement names, and that one (its owner) is judged (ev36a)
    etype = _polarity(words, w)
    src = subject_of(t)
    if etype is None or src is None:
        return None
    if t.lemma_.lower() in w["finding"] and {x.lemma_.lower() for x in words} & w["culpable"]:
        return None                       # `the jury found him guilty`: a verdict of a court, not criticism
    if etype == "SUPPORT" and not (actor_like(obj) or actor_noun(obj) or obj.pos_ in ("PRON", "PROPN") or any(
            x.dep_ == "poss" or (x.dep_ == "prep" and x.lower_ == "of") for x in children(obj))
            or obj.lemma_.lower() in load().nouns or obj.lemma_.lower() in w["act"]):
        return None                       # `called the atom bomb "a marvelous gift"`: praise of a thing no one
        # owns (`called Friday's decision a "huge win"` backs whoever decided)
    return _make(t, etype, src, obj)


@functools.lru_cache(maxsize=1)
def _cite_words() -> tuple[frozenset, frozenset]:
    """`_cited`'s words of scorn and nouns of deeds and words, made once."""
    w = words()
    scorn = ((w["negative"] | w["scorn"]) - w["feelingword"] - w["plain"]) | w["wrongshown"]
    return scorn, w["act"] | _conduct() | w["citedthing"] | scorn


def _cited(t, w):
    """`cited the derogatory comments Kell had made`, `mentioned Kell's disparaging remarks`, `cited it as an example
    of Kell's contempt for workers`: someone's deed or words (a noun of `act`, conduct, `citedthing`, or a word of
    scorn itself) told in words of scorn and brought up (a verb of `cite`) criticise its owner - the possessor, the subject of the relative clause that tells it, or its `by` (ev38). A phrase with no
    word of scorn (`cited the governor's remarks`) or no owner named (`mentioned the disparaging remarks`) is none."""
    if is_passive(t):
        return None
    src = subject_of(t)
    if src is None or not (_someone(src) or src.lower_ in FIRST):
        return None
    heads = [x for x in children(t) if x.dep_ == "dobj"]
    heads += [y for x in children(t) if x.dep_ == "prep" and x.lower_ == "as" for y in children(x) if y.dep_ == "pobj"]
    heads += [z for h in list(heads) for x in children(h) if x.dep_ == "prep" and x.lower_ == "of"
              for z in children(x) if z.dep_ == "pobj"]           # (`an example of his disrespect`)
    scorn, deeds = _cite_words()
    for n in heads:
        if n.lemma_.lower() not in deeds:
            continue                      # (`citing "Bill Maher" as his guilty pleasure`: no deed or words of his)
        if not any(x.lemma_.lower() in scorn or x.lower_ in scorn
                   for x in [n] + [y for y in children(n) if y.dep_ in ("amod", "compound")]):
            continue
        for x in children(n):
            owner = None
            if x.dep_ == "poss" and (_someone(x) or x.lower_ in ("his", "her", "their")) and not _own_pronoun(x, src):
                owner = x
            elif x.dep_ == "relcl" and x.lemma_.lower() in w["uttered"]:
                owner = child(x, ("nsubj",))          # (`the remarks the governor had made`)
            elif x.dep_ == "acl" and x.lemma_.lower() in w["uttered"]:
                agent = child(x, ("agent",))          # (`the decisions made by the board`)
                owner = child(agent, ("pobj",)) if agent is not None else prep_object(x, "by")
            elif x.dep_ == "prep" and x.lower_ == "by":
                owner = child(x, ("pobj",))
            if owner is not None and (_someone(owner) or owner.dep_ == "poss") and owner.i != src.i:
                return _make(t, "ACCUSE", src, owner)
    return None


def _own_pronoun(x, src) -> bool:
    """A possessive pronoun of the citer's own number (`his`/`her` of one citer, `their` of several): most often
    the citer's own deed (`The senator cited her reckless votes as lessons learned`), no criticism of another
    (review38). A name (`the governor's`) or a pronoun that cannot be the citer's still names the owner."""
    if x.lower_ not in ("his", "her", "their"):
        return False
    plural = src.tag_ in ("NNS", "NNPS") or src.lower_ in ("we", "they") or any(k.dep_ == "conj" for k in children(src))
    return (x.lower_ == "their") == plural


def _verdict_passive(t, w, quote_speaker_of):
    """`Mr. Trump is seen as "a bully"`, `was described as reckless`, `has been called a liar`: a verdict on the
    passive subject, by the agent, else by whoever says so."""
    subj = child(t, PASS_SUBJ)
    prep = next((x for x in children(t) if x.dep_ == "prep" and x.lower_ == "as"), None)
    comp = child(prep, ("pobj", "amod", "acomp")) if prep is not None else child(t, ("oprd", "attr", "xcomp"))
    if subj is None or comp is None or _unasserted(t):
        return None
    if _polarity(list(comp.subtree), w) != "ACCUSE":
        return None
    if subj.lower_ in FIRST + ("it", "this", "that", "what", "which", "there") or not _someone(subj):
        return None
    by = prep_object(t, "by")
    if by is not None:
        return _make(t, "ACCUSE", by, subj) if _someone(by) else None
    sayer = speaker_of_clause(t) or (next((child(x, SUBJ) for x in children(t) if x.dep_ == "parataxis" and x.lemma_.lower()
                                           in load().cues.get("report", ())), None) if t.dep_ == "ROOT" else None)
    if sayer is not None:                 # (`Mr. Ward said, Ms. Roe is seen as ...`: the sayer before)
        return _make(t, "ACCUSE", sayer, subj) if sayer.i != subj.i and _someone(sayer) else None
    return _spoken(t, "ACCUSE", subj, quote_speaker_of(comp))


def _spoken(t, etype: str, target, speaker):
    """The candidate of words whose speaker is a quote's (a span, not a token of the clause); None with no speaker."""
    if speaker is None:
        return None
    c = _make(t, etype, None, target)
    c.extra_source = speaker
    return c


def _accuse_verb(v) -> bool:
    """A verb of the event lexicon whose type is ACCUSE (`condemn`, `criticize`, `denounce`)."""
    pat = load().verbs.get(v.lemma_.lower())
    return v.pos_ == "VERB" and pat is not None and plover(pat.cameo)[0] == "ACCUSE"


def _voiced(t, w):
    """`expressed outrage over X`, `voiced concern about X`."""
    obj = child(t, ("dobj",))
    if obj is None:
        return None
    etype = _polarity([obj], w)
    src = subject_of(t)
    if etype is None or src is None:
        return None
    if src.pos_ == "NOUN" and not src.ent_type_ and not actor_like(src) and not actor_noun(src):
        return None                       # `the outreach raised new worries about X`: a thing gave cause, no one spoke
    target = _about(obj) or _about(t) or (content_subject([obj, t]) if etype == "ACCUSE" else None)
    return _make(t, etype, src, target, first=min(t.i, obj.i), last=max(t.i, obj.i))   # (`concern that X would`)


def _insisted(t):
    """`Harlow insisted that Dunmore "halt its reckless stunts"`: a bare verb in the that-clause is a demand."""
    said = child(t, ("ccomp",))
    if said is None or said.tag_ != "VB" or any(x.dep_ in ("aux", "auxpass") for x in children(said)):
        return None
    subj, src = child(said, SUBJ), subject_of(t)
    if subj is None or src is None:
        return None
    return _make(t, "REQUEST", src, subj)


def _feeling(t, w, told: frozenset = frozenset()):
    """`X is deeply concerned about Y`, `We are pleased with the decision`."""
    col, i = cols(t.doc), t.i              # (the word's and its head's strings off the doc's columns)
    lem = col.lemma[i] if col.pos_[i] == "ADJ" else col.lower[i]
    if lem not in w["negative"] and lem not in w["positive"] or lem in w["culpable"]:
        return None                       # `responsible for the death` is a verdict on the subject, no feeling
    if _lemma_at(col, col.head[i]) not in w["feelingverb"]:
        return None
    if _of_need(t, t.head):
        return None                       # `the governor's decision was critical for the town`: a word of need with
        # what it matters to is no feeling about it, as it is no verdict (`_judged`; `critical of X` stays)
    if any(x.dep_ == "neg" or (x.dep_ == "aux" and x.lower_ in ("should", "would", "could", "might", "must"))
           for x in children(t.head)) or no_longer(t.head):
        return None                       # `we are not concerned about`, `you are no longer welcome in the party`,
        # `we should be proud of the progress`: a feeling urged or supposed, not voiced
    target = _about(t)
    src = child(t.head, SUBJ)
    if target is None and lem in w["feeling"] and lem in w["negative"]:
        target = _felt_deed(t, w, told)   # `We are disappointed Trump has decided to drop out`
    if src is not None and lem not in w["feeling"] and (
            src.lower_ in pronouns("subject") or src.pos_ != "PRON" and names_actor(src)):
        return None                       # `Merkel was impressive in the talks`: a verdict on her, no feeling of
        # hers (`what was wrong with the image` judges the image)
    if src is not None and lem not in w["feeling"] and src.pos_ == "NOUN" and not names_actor(src) and \
            not actor_noun(src):
        return None                       # `his temperament is "dangerous for a governor"`, `Reyes's latest outburst
        # is unhinged, even for him`: a thing feels nothing, the word judges it (`_judged`: the sayer blames its owner;
        # ev46, dyad46)
    if target is None or src is None or target.lower_ in ("it", "this", "that", "them"):
        return None                       # (`I'm sick of it`: a feeling about what is not said)
    if not (names_actor(target) or target.lemma_.lower() in load().nouns or target.lemma_.lower() in _conduct() or any(
            (x.dep_ == "poss" and x.pos_ != "PRON") or (x.dep_ == "prep" and x.lower_ == "of") for x in children(target))
            or (lem in w["negative"] and any(x.dep_ == "poss" for x in children(target)) and names_actor(src)
                and src.pos_ != "PRON")):
        return None                       # `They're supportive of same-sex marriage`, voters `concerned about
        # inequality`, `worried about their kids`: a view or a feeling on a thing, no one backed or blamed (`pleased
        # with the Court's decision`, `concerned about the attacks`, `Ryan is troubled by his remarks` stay)
    return _make(t, "ACCUSE" if lem in w["negative"] else "SUPPORT", src, target)


def _named_owner(x):
    """The one a thing said to be bad or good belongs to, when x is no feeler but someone's deed or trait (`Reyes's
    latest outburst`, `the governor's remarks`): the possessor of a common noun of no actor, named (a name, one the
    tagger read as a capitalised noun, or a noun of the actor lexicon); None otherwise (`his plan` may be the
    sayer's own)."""
    if x.pos_ != "NOUN" or x.ent_type_ or actor_noun(x):
        return None
    o = possessor(x)
    return o if o is not None and (o.pos_ == "PROPN" or o.pos_ == "NOUN" and (o.is_title or actor_noun(o))) else None


def _felt_deed(t, w, told: frozenset = frozenset()):
    """What a feeling of blame with a that-clause is about (`We are disappointed Trump has decided to drop out`,
    `angry that county officials allowed it`): the actor named as the clause's subject, who did what is felt about.
    Not a pronoun (`upset that she lost` may be the feeler's own lot), not a passive (done to them), not a
    forecast or a fear (`worried that X could lose`), and not a deed another rule made a candidate of (`told`:
    `angry that Russian troops attacked the village` keeps its ASSAULT). Gladness that someone did something is read
    by no rule: on tune it was praise as often as an opinion on a fact (`I am glad journalists are pointing this
    out`)."""
    said = child(t, ("ccomp",))
    if said is None or said.pos_ not in ("VERB", "AUX") or is_passive(said):
        return None
    if said.i in told:
        return None                       # `angry that Russian troops attacked the village`: the deed is an event of
        #                                   its own (`told`: another rule's trigger), which the feeling must not displace
    if any(x.dep_ == "aux" and x.lower_ in HEDGES for x in children(said)):
        return None
    subj = child(said, ("nsubj",))
    if subj is None or subj.pos_ == "PRON" or not names_actor(subj):
        return None
    return subj


def _passive_feeling(t, w, told: frozenset = frozenset()):
    """`X was troubled by Clinton's handling of ...`, `was outraged over`: a feeling parsed as a passive verb."""
    target, src = _about(t), child(t, PASS_SUBJ)
    if t.lower_ not in w["feeling"] and any(x.dep_ in PASS_SUBJ and _named_owner(x) is not None for x in children(t)):
        return None                       # `Reyes's outburst is unhinged`, read as a passive: a verdict (`_feeling`)
    if target is None and t.lower_ in w["feeling"] and t.lower_ in w["negative"] and not any(
            x.dep_ == "neg" for x in children(t)):
        target = _felt_deed(t, w, told)   # `I am disappointed the judge did not recognize ...`
    if target is not None and target.ent_type_ in ("DATE", "TIME"):
        return None                       # `the industry has been troubled for years`: no one it is about
    if target is None or src is None or not (actor_like(src) or actor_noun(src) or src.pos_ == "PRON"):
        return None
    etype = "ACCUSE" if t.lower_ in w["negative"] else "SUPPORT"
    if target.head.dep_ == "agent" and (t.lower_ not in w["feeling"] or t.lower_ in w["stancepp"]):
        return _make(t, etype, target, src)   # `X has been discredited by Y`, `X was opposed by Y`: the `by` doer
        # judges X (a verdict or a stance told in the passive; ev36a), where a feeling's `by` is its cause
    return _make(t, etype, src, target)


def _denial(t, w, quote_speaker_of):
    """`the president's claims are unfounded`, `They are 100 percent wrong`, `that is just not true`: the sayer
    rejects them."""
    col, i = cols(t.doc), t.i              # (lemmas, forms and the copula's children off the doc's columns)
    b = col.head[i]
    be, lem, low = col.toks[b], col.lemma[i], col.lower[i]
    denied = any(col.dep_[k] == "neg" for k in col.below[b])
    if lem in w["truth"] and low in w["truth"]:
        if not denied:
            return None                   # `that is true`: no denial
    elif lem not in w["false"] and low not in w["false"]:
        return None
    elif denied:
        return None
    if _lemma_at(col, b) != "be":
        return None
    if t.lemma_.lower() in w["truth"] and t.pos_ == "NOUN" and any(
            x.dep_ in ("amod", "compound", "nmod") or x.dep_ == "det" and x.lower_ in ("a", "an") for x in children(t)):
        return None                       # `this was not a random case`: a kind of case, not `not the case` (ev30b)
    subj = child(be, SUBJ) or child(be, PASS_SUBJ)
    if subj is None or subj.lower_ in FIRST:
        return None                       # `"I was wrong," he said`: an admission, not a denial
    mocked = t.lemma_.lower() in w["mock"] and (subj.lower_ in ("he", "she", "they", "you") or subj.ent_type_ == "PERSON")
    return _said(t, "ACCUSE" if mocked else "REJECT", be, subj, quote_speaker_of)   # `they're being ridiculous`
    # mocks the people, not a claim


def _judged(t, w, quote_speaker_of):
    """`Civil rights activists say Charlotte officers have been too aggressive`, `"She was the most amazing
    person," he said`: a verdict on an actor, said by someone: ACCUSE for blame, SUPPORT for praise."""
    col, i = cols(t.doc), t.i            # (the copula's children read off the doc's columns: most words stop here)
    b = col.head[i]
    be, kids, dep_, lower = col.toks[b], col.below[b], col.dep_, col.lower
    negated = any(dep_[k] == "neg" for k in kids) or any(
        dep_[k] in ("neg", "det") and lower[k] == "no" for k in col.below[i])
    # (`the schools are no good`: the parse hangs `no` on the word judged, ev45)
    denied = negated and col.lemma[i] in w["fitness"]
    foretold = any(dep_[k] == "aux" and lower[k] in ("would", "could", "might", "may") for k in kids)
    if _lemma_at(col, b) not in w["copula"] or (negated and not denied) or no_longer(be) or (
            foretold and denied) or any(dep_[k] == "mark" and lower[k] in ("whether", "if") for k in kids):
        return None                       # (`whether the Roe or Ward plan works better`: a question)
    if t.lemma_.lower() == "responsible" and (not foretold and not any(
            x.dep_ == "prep" and x.lower_ == "for" for x in children(t)) or foretold and not _blame_if(be)):
        return None                       # `responsible for the death` blames; `a responsible leader` does not
        # (`the other side would be responsible if the bill fails` lays a harm to come at its door; `the state would
        # be responsible for the cleanup costs` with no condition is a duty to come, no blame)
    if t.dep_ == "attr" and t.lemma_.lower() in w["tie"]:
        return None                       # `some of them are friends of mine`: a tie stated, no praise
    if _of_need(t, be):
        return None                       # `the board's neutrality is critical to our advantage`: a word of need
        # or importance with what it matters to, no verdict (`critical of the board` stays blame; issue 10, ev24c)
    if t.dep_ == "attr" and any(x.dep_ == "poss" and x.lower_ in ("our", "my") for x in children(t)):
        return None                       # `he's our orange buffoon, and we love him`: the speaker's own side
    etype = _polarity([t] + [x for x in children(t) if (x.dep_ in ("amod", "compound") or x.dep_ == "nmod" and any(
        y.dep_ == "cc" for y in children(x))) and x.lemma_.lower() != "responsible"], w)   # (`a responsible steward`
    # blames no one; `"lies and conspiracy theories"` parsed with `lies` an nmod of `theories`, ev39)
    if denied:
        etype = "ACCUSE" if etype in ("SUPPORT", None) else None   # `"He is not qualified to run this country"`,
        # `not fit to lead` (a word of fitness is praise denied even where it is no word of praise alone)
    if foretold and (etype != "ACCUSE" or (sayer_of(be) is None and quote_speaker_of(t) is None)):
        return None                       # a verdict foretold is blame only when someone says it (`said a Pike
        # presidency would be "a disaster"`); praise foretold (`she would be a great president`) stays unread
    subj = child(be, SUBJ)
    if foretold and subj is not None:
        subj = _holder(subj, w) or subj   # `a Pike presidency`, `his nomination`: the one who would hold it
    if denied and subj is not None and _of_the_sayer(be, subj, quote_speaker_of):
        return None                       # `He also said he lacked the expertise to weigh in`: of himself
    if etype is None or subj is None or subj.lower_ in ("it", "this", "that", "there", "what", "which") + FIRST:
        return None                       # `"I was wrong," he said` admits
    if t.tag_ == "VBN" and t.lower_ not in w["verdictpp"] or t.lower_ in w["feeler"]:
        return None                       # `she was pleased`, `"They're worried," Carson said`: a feeling with
        # nothing it is about
    if t.dep_ == "acomp" and t.lemma_.lower() in w["feeling"] and subj.lower_ in ("he", "she", "they"):
        about = _about(t) or prep_object(t, "to")
        if about is None or about.lower_ in ("it", "this", "that", "them") or not any(
                names_actor(x) and x.pos_ != "PRON" for x in about.subtree):
            return None                   # `Pell said he was happy to see that Okafor won`: the feeling of the one
            # the pronoun stands for, no verdict on them (whom it is about: praise's `_glad_to_see`); `happy with
            # the weather`: no one it is about
        sayer = speaker_of_clause(be)
        feeler = sayer if sayer is not None and sayer.pos_ != "PRON" else subj
        return _make(t, etype, feeler, about)   # `said he's proud of the way the newcomer runs her campaign`,
        # `he was firmly opposed to Brandt`: what the feeling is about; the he of a reported clause is
        # the sayer (as `triggers._pronoun_source` reads it)
    if not (actor_like(subj) or subj.pos_ == "PRON" or actor_noun(subj)):
        owner = owner_of(subj) if subj.lemma_.lower() in w["act"] | _conduct() | w["failing"] else None
        if owner is None and etype == "ACCUSE" and _deed(subj, w) and not (t.lemma_.lower() in w["plain"]
                                                                          or t.lower_ in w["plain"]):
            return _blamed_deed(t, be, subj, quote_speaker_of)
        if owner is None or etype != "ACCUSE":
            return None                   # `the rules are unfair`: a verdict on a thing, not on an actor
        subj = owner                      # `the approach put forward by Trump is insufficient`: its maker
    return _said(t, etype, be, subj, quote_speaker_of)


def _of_need(t, be) -> bool:
    """t is a word of need or importance (event_senses.tsv `necessity`: critical, crucial, vital ...) said with
    what it matters to or for, a clause of what is needed, or a clause as the copula's subject, and with no `of`
    (`critical of X` judges X)."""
    if t.lemma_.lower() not in need_words() or any(x.dep_ == "prep" and x.lower_ == "of" for x in children(t)):
        return False
    return any(x.dep_ == "prep" and x.lower_ in ("to", "for") or x.dep_ in ("xcomp", "ccomp") for x in children(t)) \
        or any(x.dep_ == "csubj" for x in children(be))


def _blame_if(be) -> bool:
    """`would be responsible if the flood aid fails`: the copula holds a condition (an if-clause)."""
    return any(x.dep_ == "advcl" and any(y.dep_ == "mark" and y.lower_ == "if" for y in children(x))
               for x in children(be))


def _holder(subj, w):
    """The actor a post or a run for one belongs to (`tenure` class: `a Harold Pike presidency`, `his
    nomination`): its owner (`nouns.owner_of`) or the name set before it; None for anything else."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in w["tenure"]:
        return None
    return owner_of(subj) or next((x for x in reversed(list(children(subj))) if x.dep_ == "compound" and
                                   x.pos_ == "PROPN" and x.i < subj.i and x.ent_type_ in ("PERSON", "ORG", "NORP")), None)


def _deed(subj, w) -> bool:
    """A subject that names what someone did, said or plans (`the tax cut plans`, `the fact that Pfizer is
    leaving`, `to call us liars`), not a state of things (`the situation`, `violence and chaos`)."""
    if subj.dep_ == "csubj":
        return True
    lem = subj.lemma_.lower()
    if lem in w["situation"]:
        return False
    return lem in w["act"] or lem in _conduct() or (lem in w["thatnoun"] and any(
        x.dep_ in ("acl", "ccomp", "relcl") for x in children(subj)))


def _blamed_deed(t, be, subj, quote_speaker_of):
    """`"The fact that Acme is leaving our town ... is disgusting," Ward said`, `The tax cut plans are
    "profoundly irresponsible," said Bell`: blame of a deed, said by someone, aimed at the actor the deed's words
    name (none named: no target)."""
    speaker = quote_speaker_of(t)
    sayer = speaker_of_clause(be)
    if speaker is None and sayer is None:
        return None
    named = next((x for x in subj.subtree if x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and x.dep_ in (
        "nsubj", "nsubjpass", "poss", "pobj", "dobj") and not (
        getattr(speaker, "start", -1) <= x.idx < getattr(speaker, "end", -1)) and x.lower_ not in FIRST), None)
    if named is not None:
        c = _said(t, "ACCUSE", be, named, quote_speaker_of)
        if c is not None and not (c.source and c.source[0].i == named.i):
            return c
        return None
    return _make(t, "ACCUSE", sayer, None) if sayer is not None else _spoken(t, "ACCUSE", None, speaker)


@functools.lru_cache(maxsize=1)
def _conduct() -> frozenset:
    """Nouns of what actors say or do that a feeling about them reaches (`wrong with the image and message`): the
    events lexicon's `speech` class and a few of conduct."""
    from .checks import senses
    return senses()["speech"] | words()["conduct"]


TIMESPAN = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "time", "while"})


def _under_fire(t):
    """`she came under fire from rivals over her claim`: criticism by whoever the fire came from."""
    under = next((x for x in children(t) if x.dep_ == "prep" and x.lower_ == "under"), None)
    what = child(under, ("pobj",)) if under is not None else None
    if what is None or what.lemma_.lower() not in words()["underfire"]:
        return None
    src = prep_object(what, "from") or prep_object(t, "from") or prep_object(what, "by") or prep_object(t, "by")
    subj = child(t, SUBJ)             # (`came under assault by Senator Roe`: the doer after `by` too, ev35)
    if src is None or subj is None or not (names_actor(src) or actor_like(src)):
        return None
    from .checks import senses
    w = senses()
    if any(x.lemma_.lower() in w["violence"] or x.lower_ in w["violence"] or warlike(x) for x in (src, subj)) or \
            subj.lemma_.lower() in w["site"] or subj.ent_type_ in ("GPE", "LOC", "FAC"):
        if what.lemma_.lower() == "fire" and (warlike(src) or src.lemma_.lower() in w["violence"]) and not any(
                x.dep_ == "prep" and x.lower_ in ("for", "over") and any(
                    y.dep_ == "pobj" and not (y.ent_type_ in ("DATE", "TIME") or y.lemma_.lower() in TIMESPAN)
                    for y in children(x)) for v in (t, what) for x in children(v)):
            return Candidate(t, None, Pattern("evaluative", "fire", "190", None, ()), t.i, what.i, False,
                             etype="ASSAULT", quad=4, cameo="190", source=[src], target=[subj], preset=True)
            # `police came under fire from gunmen`: shot at by armed men (ev28; `attack` is an event noun of its own)
        return None                       # `the town came under attack from rebels`, `the convoy came under fire
        # from insurgents`: force by armed men or on a place, not criticism (rev25); an armed force or a war
        # machine on either side (event_cues `warforce`: `warships came under attack from naval forces`) likewise
    return _make(t, "ACCUSE", src, subj, first=t.i, last=what.i)


def _deed_judged_passive(t, w, quote_speaker_of):
    """`Kell says Roe's tweets were "unhinged"`, `said the senator's remarks were misguided`: a word of blame the
    parse read as a passive participle whose subject is what someone said or did (a `speech`/`conduct`/`act` noun, or
    a count of them: `Roe's flurry of tweets`) - blame of its owner, said by whoever says it (ev39). Only with an
    owner named and a sayer (`_said`); a feeling word (`upset`) is no verdict."""
    if not any(x.dep_ == "auxpass" for x in children(t)) or any(x.dep_ == "neg" for x in children(t)) or \
            t.lemma_.lower() in w["feelingword"] or t.lower_ in w["feeler"] or no_longer(t):
        return None
    subj = child(t, PASS_SUBJ)
    if subj is None or subj.pos_ != "NOUN":
        return None
    deeds = w["act"] | _conduct()
    owner = owner_of(subj) if subj.lemma_.lower() in deeds else None
    if owner is None and subj.lemma_.lower() in _quantities():
        each = prep_object(subj, "of")    # `Roe's flurry of tweets`: the count's owner, if it counts deeds
        if each is not None and each.lemma_.lower() in deeds:
            owner = owner_of(subj) or owner_of(each)
    if owner is None or owner.lower_ in FIRST or any(x.dep_ == "aux" and x.lower_ in (
            "would", "could", "might", "may", "should") for x in children(t)):
        return None
    return _said(t, "ACCUSE", t, owner, quote_speaker_of)


def _judged_passive(t, w, quote_speaker_of):
    """`Trump said the judge was biased against him`, `... judges might be biased`: a verdict participle parsed as
    a passive, said by someone about an actor (a reported claim keeps its `might`: the accusation is made)."""
    denied = any(x.dep_ == "neg" for x in children(t)) and t.lower_ in w["fitness"]
    if t.lower_ not in w["verdictpp"] or (any(x.dep_ == "neg" for x in children(t)) and not denied) or no_longer(t):
        return None
    subj = child(t, PASS_SUBJ)
    if subj is None or subj.lower_ in ("it", "this", "that", "there", "what", "which") + FIRST:
        return None
    if not (actor_like(subj) or subj.pos_ == "PRON" or actor_noun(subj)):
        return None
    modal = any(x.dep_ == "aux" and x.lower_ in ("would", "could", "might", "may", "should") for x in children(t))
    if modal and speaker_of_clause(t) is None:
        return None
    etype = _polarity([t], w)
    if denied:
        etype = "ACCUSE" if etype == "SUPPORT" else None   # `he is not qualified to be president`
        if _of_the_sayer(t, subj, quote_speaker_of):
            return None
    return None if etype is None else _said(t, etype, t, subj, quote_speaker_of)


def _blamed_act(t, w, quote_speaker_of):
    """`officials said a jihad group planned the attacks`, `allege the bombings were plotted by X`, `prosecutors
    say the mayor was behind the scheme`: whoever says that someone did an attack or a crime accuses them."""
    col = cols(t.doc)                     # (its children's relations off the doc's columns)
    if any(col.dep_[k] == "neg" for k in col.below[t.i]):
        return None
    if _lemma_at(col, t.i) == "be":
        act = prep_object(t, "behind")
        agent = child(t, SUBJ)
    elif is_passive(t):
        act, agent = child(t, PASS_SUBJ), prep_object(t, "by")
    else:
        act, agent = child(t, ("dobj",)), child(t, SUBJ)
    if act is None or agent is None or not (_wrongdoing(act, w) or _concluded_attack(t, w)):
        return None
    if _harmed_oneself(t):
        return None                       # `investigators believe the gunman killed himself` (ev55a)
    if agent.lower_ in FIRST or not (actor_like(agent) or actor_noun(agent) or agent.pos_ == "PRON"):
        return None
    if agent.lower_ in ("who", "which", "that") and agent.head.dep_ == "relcl":
        agent = agent.head.head
    return _said(t, "ACCUSE", t, agent, quote_speaker_of)


def _manner(t, v) -> bool:
    """An adjective of judgement the parse hangs on a verb of doing as its adverb or object (`was crying real bad`,
    `played bad`, `is doing worse in the polls`): how an act went or how one fares, no verdict on the doer (the
    adverb in -ly, `behaved badly`, was never read as one). Reads the word's tag, dependency and head (ev40)."""
    return t.tag_ in ("JJ", "JJR", "JJS") and t.dep_ in ("advmod", "npadvmod", "dobj") and t.head.i == v.i \
        and _lemma(v) != "be"


def _quoted_blame(t, quote_speaker_of):
    """`"He is a politician peddling his own kind of fiction ... dishonest," the board wrote`: in a quote whose
    speaker is known, a word of blame in a clause whose subject is someone (a name, he/she/they, a title) is the
    speaker's criticism of that subject."""
    speaker = quote_speaker_of(t)
    if speaker is None:
        return None
    col = cols(t.doc)                      # (the heads climbed and the verb's children read off the doc's columns)
    pos_, dep_, lower = col.pos_, col.dep_, col.lower
    k = t.i
    for _ in range(4):
        if pos_[k] in ("VERB", "AUX") or dep_[k] == "ROOT":
            break
        k = col.head[k]
    kids = col.below[k]
    if pos_[k] not in ("VERB", "AUX") or any(dep_[j] == "neg" for j in kids):
        return None
    if any(dep_[j] == "aux" and lower[j] in ("would", "could", "might", "may", "should") for j in kids):
        return None
    v = col.toks[k]
    if _manner(t, v):
        return None                       # `she was singing really bad`, `he is doing worse in the polls` (ev40)
    if _denied_belief(v) or any(x.dep_ == "poss" and x.lower_ in ("our", "my") for x in children(t.head) if
                                t.dep_ == "amod") or any(x.dep_ == "poss" and x.lower_ in ("our", "my")
                                                         for x in children(t)):
        return None                       # `I don't think she committed some horrible crime`, `he's our orange
        # buffoon, and we love him`: blame taken back, or a word of the speaker's own side
    subj = child(v, SUBJ)
    w = words()
    lem = t.lemma_.lower()
    if subj is not None and subj.lower_ in ("it", "this", "that") and (
            lem in w["blame"] or (lem in w["scorn"] and lem not in w["plain"])) and (
            (t.dep_ in ("acomp", "attr") and t.head.i == v.i) or (t.dep_ == "amod" and t.head.dep_ == "attr"
                                                                  and t.head.head.i == v.i) or _act_of(t, v)) \
            and _lemma(v) == "be":
        c = _make(t, "ACCUSE", None, None)   # `"It was offensive," said Fleischer`, `"It is outrageous to
        c.extra_source = speaker             # misrepresent ...," Fallon said`: blame, aimed at what the story told
        return c
    if subj is None or subj.lower_ in FIRST or subj.lower_ in ("it", "this", "that", "what", "which", "there",
                                                               "you", "who", "people", "everyone", "nobody"):
        return None
    if getattr(speaker, "start", -1) <= subj.idx < getattr(speaker, "end", -1):
        return None                       # `Manafort dismissed the kerfuffle as "absurd"`: the speaker is no target
    if not _someone(subj):
        return None
    if _state_of(t, v):
        return None                       # `she is out of danger`, `they were in trouble`: a plight, no blame (ev30b)
    c = _make(t, "ACCUSE", None, subj)
    c.extra_source = speaker
    return c


def _state_of(t, v) -> bool:
    """t is the object of a preposition that hangs from v with only prepositions between (`is out of danger`, `were
    in trouble`): the subject's state, not what it is called (`he is guilty of crimes` hangs from an adjective)."""
    if t.dep_ != "pobj":
        return False
    p = t.head
    for _ in range(3):
        if p.i == v.i:
            return True
        if p.pos_ not in ("ADP", "ADV") or p.head.i == p.i:
            return False
        p = p.head
    return False


def _act_of(t, v) -> bool:
    """`it was an act of madness`, `a display of cowardice`: the word of blame after `of` on the predicate noun."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "attr" and t.head.head.head.i == v.i


def _danger(t, w, quote_speaker_of):
    """`Police say he posed a deadly threat`, `officials said the group is a danger to the country`: whoever says
    that someone poses a threat accuses them (the threat itself is no event: checks, `posing`)."""
    v = t.head
    if not ((t.dep_ == "dobj" and v.lemma_.lower() in ("pose", "represent", "constitute"))
            or (t.dep_ == "attr" and _lemma(v) == "be")):
        return None
    if any(x.dep_ == "neg" for x in children(v)) or any(
            x.dep_ == "aux" and x.lower_ in ("would", "could", "might", "may", "should") for x in children(v)):
        return None
    subj = child(v, SUBJ)
    if subj is None or subj.lower_ in FIRST or not (actor_like(subj) or actor_noun(subj) or subj.lower_ in (
            "he", "she", "they")):
        return None
    c = _said(t, "ACCUSE", v, subj, quote_speaker_of)
    if c is not None and c.source and c.source[0].i == subj.i:
        return None
    return c


def _at_fault(t, quote_speaker_of):
    """`Sanders argued that the breach was the fault of the data vendor`, `"It's Obama's fault," he said`: whoever
    says whose fault a thing is accuses them."""
    be = t.head
    if _lemma(be) != "be" or _unasserted(be):
        return None
    whose = next((x for x in children(t) if x.dep_ == "poss"), None) or prep_object(t, "of")
    if whose is None or whose.lower_ in FIRST + ("my", "our", "its") or not (_someone(whose) or whose.pos_ == "PROPN"
                                                                            or whose.lower_ in ("his", "her", "their")):
        return None
    c = _said(t, "ACCUSE", be, whose, quote_speaker_of)
    return c if c is not None and not (c.source and c.source[0].i == whose.i) else None


def _clueless(t, w, quote_speaker_of):
    """`"Tom Ward doesn't know the first thing about policing," said Roe`, `he has not
    thought through the effects`, `"He has no idea how many votes he has"`: someone said not to know or care is
    criticised by whoever says so."""
    col, i = cols(t.doc), t.i              # (lemmas, relations and forms off the doc's columns: most verbs stop here)
    dep_, lower, below = col.dep_, col.lower, col.below
    lem = col.lemma[i]
    obj = child(t, ("dobj",))
    if lem == "have":
        lacking = obj is not None and col.lemma[obj.i] in w["quality"] and any(
            dep_[k] == "det" and lower[k] == "no" for k in below[obj.i])
    elif lem == "lack":
        lacking = obj is not None and col.lemma[obj.i] in w["quality"] and not any(dep_[k] == "neg" for k in below[i])
        # `Trump said Clinton lacks "the strength or the stamina"` (not `Yemen lacks clean water`)
    else:
        lacking = any(dep_[k] == "neg" or lower[k] == "never" for k in below[i])
    if not lacking or (lem == "have" and obj.lower_ == "plans"):
        return None                       # (`has no plans to attend`: no intent, no lack charged)
    if lem == "think" and not any(x.dep_ in ("prt", "prep", "advmod") and x.lower_ == "through" for x in children(t)):
        return None                       # `he doesn't think so`: an opinion, not a lack
    head = obj if lem in ("have", "lack") else t
    if head is not None and any(x.dep_ in ("ccomp", "acl", "relcl", "advcl") and (lem not in ("have", "lack") or any(
            y.tag_ in ("WRB", "WP", "WDT") or y.lower_ in ("whether", "if") for y in list(x.subtree)[:2]))
            for x in children(head)):
        return None                       # `police do not know why the gunman opened fire`, `have no idea where`: a
        # fact not known, no failing charged (`lacks the strength to lead` stays)
    if lem not in ("have", "lack") and obj is not None and (obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ in (
            "PROPN", "PRON") and obj.lower_ not in ("what", "anything", "it", "this", "that") or actor_noun(obj)):
        return None                       # `the gunman did not know the victims`: no acquaintance, no lack
    if _hedged(t) or any(x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in children(t)):
        return None                       # `if he doesn't know`, `he can't know`: a condition or a limit, not a charge
    if t.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or any(x.tag_ in ("WDT", "WP") or (
            x.dep_ == "dobj" and x.lower_ in ("that", "which", "whom")) for x in children(t)):
        return None                       # `donors that the campaign doesn't know well`: a relative clause
    subj = child(t, SUBJ)
    if subj is None or subj.lower_ in FIRST + ("you", "it", "this", "that", "what", "who", "people", "nobody", "one"):
        return None
    if not _someone(subj) or _of_the_sayer(t, subj, quote_speaker_of):
        return None                       # (`Benjamin said he doesn't know whether ...`: the sayer of himself)
    return _said(t, "ACCUSE", t, subj, quote_speaker_of)


def _fondness(t, quote_speaker_of):
    """`"Of the three, I like Ann Roe the best," Ward said`, `I prefer Roe`, `she admires the senator`: a
    person or body liked is backed (SUPPORT); `"I don't trust her," he said`: denied, it is criticism (ACCUSE)."""
    if is_passive(t):
        return _untrusted(t, quote_speaker_of)
    obj = child(t, ("dobj", "dative", "pobj"))   # (`I like John Kasich the best`: Kasich parsed dative, or pobj
    # straight under the verb, as if `like` were a preposition)
    if obj is None or not (obj.ent_type_ in ("PERSON", "ORG", "NORP") or obj.lower_ in ("him", "her", "them")
                           or (obj.pos_ == "PROPN" and obj.ent_type_ in ("", "PERSON", "ORG", "NORP"))
                           or (actor_noun(obj) and obj.pos_ == "NOUN" and any(x.dep_ == "det" for x in children(obj)))):
        return None                       # `I like the plan`, `would like to`: no one liked
    if _hedged(t) or any(x.dep_ == "mark" and x.lower_ in ("if", "whether", "how") for x in children(t)) \
            or t.dep_ in ("xcomp", "relcl", "acl") or t.head.lemma_.lower() in words()["causative"]:
        return None                       # `you would like him`, `if you like him`, `candidates voters like`, `how
        # anyone can trust her`, `trying to make us respect them`
    subj = child(t, SUBJ)
    if subj is None or subj.lower_ in ("you", "it", "who", "that", "which", "people", "voters", "everyone", "nobody",
                                       "anyone", "anybody", "us", "them", "him", "me"):
        return None
    negated = any(x.dep_ == "neg" for x in children(t))
    etype = "ACCUSE" if negated else "SUPPORT"
    if subj.lower_ in FIRST:
        speaker = quote_speaker_of(t)
        if speaker is None:
            return None
        c = _make(t, etype, None, obj)
        c.extra_source = speaker
        return c
    if not (names_actor(subj) or actor_like(subj)):
        return None
    return _make(t, etype, subj, obj)


def _untrusted(t, quote_speaker_of):
    """`Rubio says Trump can't be trusted with the nuclear codes`: someone said not to be trusted (liked,
    respected) is criticised by whoever says so."""
    if not any(x.dep_ == "neg" for x in children(t)) or any(x.dep_ == "mark" and x.lower_ in ("if", "whether")
                                                          for x in children(t)):
        return None
    subj = child(t, PASS_SUBJ)
    if subj is None or subj.lower_ in FIRST + ("it", "this", "that", "who", "which", "you") or not _someone(subj):
        return None
    if _of_the_sayer(t, subj, quote_speaker_of):
        return None
    return _said(t, "ACCUSE", t, subj, quote_speaker_of)


def _of_the_sayer(v, subj, quote_speaker_of) -> bool:
    """`Ward said he lacked the expertise to weigh in`: a he/she/they subject of a reported clause, outside any quote and
    with no `said of X`, is the sayer himself."""
    if subj.lower_ not in ("he", "she", "they") or quote_speaker_of(v) is not None:
        return False
    sayer = speaker_of_clause(v)
    return sayer is not None and not any(x.dep_ == "prep" and x.lower_ in ("of", "about") for x in children(sayer.head))


def _deserves(t, quote_speaker_of):
    """`Ward said Roe should be barred from the mayoralty`, `"She should be ashamed of herself," Christie
    said`: saying someone ought to be punished or ashamed criticises them."""
    be = t if t.tag_ == "VBN" else t.head
    aux = [x for x in children(be) if x.dep_ in ("aux", "auxpass")]
    if not any(x.lower_ in ("should", "must", "ought") for x in aux) or any(x.dep_ == "neg" for x in children(be)):
        return None
    subj = child(be, PASS_SUBJ) or child(be, SUBJ)
    if subj is None or subj.lower_ in FIRST + ("it", "this", "that", "you", "who", "which", "they", "people"):
        return None
    if not _someone(subj) or _of_the_sayer(be, subj, quote_speaker_of):
        return None
    return _said(t, "ACCUSE", be, subj, quote_speaker_of)


def _never_said(t, quote_speaker_of):
    """`"I never said that," Trump said`, `"I've never said we erred in going into Dunmore"`: denying
    having said it rejects the claim (REJECT by the speaker)."""
    col = cols(t.doc)                      # (its tag and children's relations off the doc's columns)
    if col.tag_[t.i] not in ("VBD", "VBN") or not any(col.dep_[k] == "neg" for k in col.below[t.i]) or _hedged(t):
        return None                       # (`I won't say`, `I can't say`, `we are not saying`: no denial)
    subj = child(t, SUBJ)
    if subj is None or subj.lower_ not in ("i", "we"):
        return None
    obj, said = child(t, ("dobj",)), child(t, ("ccomp",))
    if not ((obj is not None and obj.lower_ in ("that", "it", "this", "so", "anything")) or (
            said is not None and not any(x.lower_ in ("whether", "if", "what", "who", "how", "why", "when")
                                         for x in list(said.subtree)[:2]))):
        return None
    return _spoken(t, "REJECT", None, quote_speaker_of(t))


PERSONAL = ("i", "we", "he", "she", "they")
DONE = ("did", "had", "has", "have", "'d", "\u2019d", "'ve", "\u2019ve")


def _own_denial(t, w, quote_speaker_of):
    """`insisted they never threw anything into the pen`, `said he did not support Trump`, `"I did not email any
    classified material," Clinton said`: a sayer (t: a verb of saying, evaluation.tsv `avow`) telling that they
    themselves did not do a thing, in the past, denies it (REJECT by the sayer, aimed at the deed's object when it
    is an actor; issue 10, ev26c). Not a state, a thought, a perception or a wish (`deedless`: `said he did not
    know`), not a denial put by a modal (`would not`: a refusal, read elsewhere), not someone else's deed (`said
    the group did not ...`), and not under a negated or hedged verb of saying."""
    col, i = cols(t.doc), t.i              # (relations, tags and children off the doc's columns: most verbs stop here)
    dep_, kids = col.dep_, col.below[i]
    if any(dep_[k] == "neg" for k in kids) or _hedged(t) or col.tag_[i] == "VBG" and dep_[i] in ("pcomp", "amod"):
        return None
    k = next((k for k in kids if dep_[k] == "ccomp"), None)
    if k is None or col.pos_[k] != "VERB" or _lemma_at(col, k) in w["deedless"]:
        return None
    v = col.toks[k]
    if _hedged(v):
        return None
    kids = list(children(v))
    if not any(x.dep_ == "neg" for x in kids) or any(x.dep_ == "mark" and x.lower_ in ("whether", "if") for x in kids):
        return None
    past = v.tag_ == "VBD" or v.tag_ in ("VB", "VBN") and any(
        x.dep_ == "aux" and x.lower_ in DONE for x in kids)
    if not past or any(x.dep_ == "auxpass" for x in kids):
        return None                       # (`they do not spend money on safe seats`: a habit; `was not injured`)
    if not any(x.dep_ in ("dobj", "ccomp", "xcomp") for x in kids):
        return None                       # `I have never voted in a primary`, `didn't come to Los Angeles to act`:
        # one's own story, no deed done to anything or anyone that a charge could name
    if _rejecting(v):
        return None                       # `"We have not ruled out a cause," he said`: a rejection denied
    subj = child(v, ("nsubj",))
    if subj is None or subj.lower_ not in PERSONAL or _lemma(v) == "say" and subj.lower_ in ("i", "we"):
        return None                       # (`"I never said that," he said`: `_never_said`)
    sayer = child(t, ("nsubj",)) or _purpose_sayer(t)
    speaker = quote_speaker_of(v)
    if sayer is None or sayer.lower_ in NOT_SPEAKERS or sayer.lower_ in FIRST or sayer.like_num or \
            sayer.lemma_.lower() in w["pollshare"]:
        if speaker is None or subj.lower_ not in ("i", "we"):
            return None
        sayer = None                      # `"I did not email it to anyone," she said` (inside the quote)
    elif subj.lower_ in ("he", "she", "i") and (sayer.tag_ in ("NNS", "NNPS") or sayer.lower_ == "they"):
        return None                       # `critics say he did not ...`: another's deed
    if _lemma(v) in w["casestep"] and _law_sayer(sayer if sayer is not None else speaker):
        return None                       # `Police said they have not arrested anyone`: how a case stands, no
        # deed denied (rev26c)
    obj = child(v, ("dobj",))
    target = obj if obj is not None and obj.pos_ != "PRON" and (actor_like(obj) or actor_noun(obj)) else None
    if sayer is None:
        return _spoken(v, "REJECT", target, speaker)
    return _make(v, "REJECT", sayer, target)


def _purpose_sayer(t):
    """The subject of the verb a `to say` of purpose hangs on (`posted on Tuesday to say he had never suggested
    it`, `went on television to insist they did not ...`): the one who says it (ev37a); None for an infinitive of
    another kind (`wants to say`, `was asked to say`: a wish or a request, not a thing said)."""
    if t.dep_ not in ("xcomp", "advcl") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return None
    h = t.head
    if h.pos_ != "VERB" or h.i == t.i or _lemma(h) in load().cues.get("intent", ()) or is_passive(h) or _hedged(h):
        return None
    s = child(h, ("nsubj",))
    return s if s is not None and s.pos_ in ("PROPN", "NOUN", "PRON") else None


def _law_sayer(x) -> bool:
    """A sayer that is a law force (event_senses `lawforce`: police, investigators, a sheriff, prosecutors), by its
    head word or a word of its name (`the Sheriff's Office`, `Police Chief Ann Lee`)."""
    if x is None or not hasattr(x, "subtree"):
        return False
    from .checks import senses
    law = senses()["lawforce"]
    return any(_lemma(y) in law or y.lower_ in law for y in x.subtree)


def _rejecting(v) -> bool:
    """v is a verb or phrasal verb of rejection in the event lexicon (`rule out`, `reject`, `oppose`)."""
    lex, lem = load(), _lemma(v)
    keys = [lem] + [f"{lem}_{x.lower_}" for x in children(v) if x.dep_ == "prt"]
    pats = [lex.verbs.get(keys[0])] + [lex.phrases.get(k) for k in keys[1:]]
    return any(p is not None and plover(p.cameo)[0] == "REJECT" for p in pats)


def _never_happened(t, quote_speaker_of):
    """`"That never happened," Bob said`, `he said that did not happen`, `"There never was a stand-down order"`: a
    speaker denying that what is told of happened, or that it ever was, rejects the account (REJECT by the quote's
    speaker or the reporting verb's subject). Only `that`/`this`/`it` as what did not happen (`the adjustment never
    happened` is a finding), and `there was never` in the past (`there has never been a better candidate` praises)."""
    col = cols(t.doc)                     # (its children's relations off the doc's columns: most verbs stop here)
    if not any(col.dep_[k] == "neg" for k in col.below[t.i]) or _hedged(t):
        return None
    if _lemma(t) == "be":
        if t.tag_ != "VBD" or not any(x.dep_ == "expl" for x in children(t)) or not any(
                x.dep_ == "neg" and x.lower_ == "never" for x in children(t)):
            return None
    else:
        subj = child(t, SUBJ)
        if t.tag_ not in ("VBD", "VBN", "VB") or subj is None or subj.lower_ not in ("that", "this", "it") or any(
                x.dep_ in ("prep", "dative") and x.lower_ == "to" for x in children(t)):
            return None                   # (`it never happened to me`: one's own lot, no account denied)
    speaker = quote_speaker_of(t)
    if speaker is not None:
        return _spoken(t, "REJECT", None, speaker)
    sayer = speaker_of_clause(t)
    if sayer is None or sayer.pos_ not in ("PROPN", "NOUN", "PRON") or sayer.lower_ in FIRST:
        return None
    return _make(t, "REJECT", sayer, None)


def _groundless(t, w, quote_speaker_of):
    """`said the allegations had "no substance"`, `the claims appear not to have merit`, `"There is no basis to the
    charge," he said`, `said it found nothing to back up claims made by the workers`: a claim said to
    stand on nothing is denied (REJECT by whoever says so, aimed at the claim's maker; ev24j). The ground word
    (evaluation.tsv `ground`) is denied by `no` or by a negated verb, and the claim is a `claimed` noun: `no
    evidence of foul play` and `no basis for optimism` deny no one's claim."""
    def claim(x) -> bool:
        return x is not None and _lemma(x) in w["claimed"]
    denied = any(x.dep_ == "det" and x.lower_ == "no" for x in children(t))
    v = t.head
    claimed = None
    if t.dep_ == "dobj" and _lemma(v) == "have":
        denied = denied or any(x.dep_ == "neg" for x in children(v))
        subj = child(v, SUBJ)
        if subj is None and v.dep_ == "xcomp":
            subj = child(v.head, SUBJ)    # `the claims appear not to have merit`
        claimed = subj if claim(subj) else None
    elif t.dep_ == "attr" and _lemma(v) == "be" and any(x.dep_ == "expl" for x in children(v)):
        claimed = next((y for x in children(t) if x.dep_ == "prep" and x.lower_ in ("to", "for", "in", "behind")
                        for y in children(x) if y.dep_ == "pobj" and claim(y)), None)   # `there is no truth to it`
    elif t.dep_ == "dobj" and _lemma(v) in ("find", "see", "have", "uncover", "produce", "offer"):
        claimed = next((y for x in children(t) if x.dep_ in ("acl", "relcl") and _lemma(x) in w["bearing"]
                        for y in children(x) if y.dep_ == "dobj" and claim(y)), None) or next(
            (y for x in children(t) if x.dep_ == "prep" and x.lower_ in ("for", "to") for y in children(x)
             if y.dep_ == "pobj" and claim(y)), None)
    if not denied or claimed is None or _hedged(v) or _unasserted(v) and not any(
            x.dep_ == "neg" for x in children(v)) or any(x.dep_ == "neg" for x in children(v)) and any(
            x.dep_ == "det" and x.lower_ == "no" for x in children(t)):
        return None                       # (a possibility, a question, a condition; `did not have no basis`)
    c = _said(t, "REJECT", v, claimed, quote_speaker_of)
    if c is None and t.dep_ == "dobj" and _lemma(v) != "have":
        finder = child(v, SUBJ)           # `Halliburton found no evidence to substantiate the allegations`
        if finder is not None and (actor_like(finder) or actor_noun(finder)) and finder.lower_ not in FIRST:
            c = _make(t, "REJECT", finder, None)
    if c is not None:
        owner = owner_of(claimed)
        c.target = [owner] if owner is not None else []
    return c


def _untruth(t) -> bool:
    """`He's not telling the truth`."""
    return any(x.dep_ == "neg" for x in children(t)) and any(
        x.dep_ == "dobj" and x.lemma_.lower() == "truth" for x in children(t))


def _misdeed(t, w, quote_speaker_of):
    """`"He's being manipulated by Fidel Castro," she said`, `he said they have manipulated his son`: a speaker
    who says someone wronged another accuses the doer (the subject, or the agent of a passive)."""
    if any(x.dep_ == "neg" for x in children(t)) and t.lemma_.lower() != "tell":
        return None
    if any(x.dep_ == "aux" and x.lower_ in ("would", "could", "might", "may", "will", "should") for x in children(t)):
        return None
    if _harmed_oneself(t):
        return None                       # `investigators believe the gunman killed himself`: no one wronged (ev55a)
    doer = prep_object(t, "by") if is_passive(t) else child(t, SUBJ)
    be = t
    if doer is None and not is_passive(t):
        doer, be = _doer_above(t)
    if doer is not None and doer.pos_ == "NOUN" and doer.lemma_.lower() in (
            words()["act"] | _conduct()):
        doer = _owner_named(doer) or doer  # `the president's executive actions undermine our rights`: his
    if doer is None or doer.lower_ in FIRST or doer.lower_ in ("it", "this", "that", "what", "which"):
        return None
    if not (actor_like(doer) or actor_noun(doer) or doer.pos_ == "PRON"):
        return None
    return _said(t, "ACCUSE", be, doer, quote_speaker_of)


REFLEXIVE = ("himself", "herself", "themselves", "itself", "oneself", "themself")


def _harmed_oneself(t) -> bool:
    """A verb of force (an ASSAULT verb of the event lexicon) whose only object is a reflexive pronoun: the doer
    harmed himself (`the gunman shot himself`), no one else; `shot himself and the clerk` and `enriched himself`
    (no verb of force) stay (ev55a)."""
    objs = [x for x in children(t) if x.dep_ in ("dobj", "dative")]
    if not objs or any(x.lower_ not in REFLEXIVE or any(y.dep_ == "conj" for y in children(x)) for x in objs):
        return False
    pat = load().verbs.get(t.lemma_.lower())
    return pat is not None and plover(pat.cameo)[0] == "ASSAULT"


def _bad_likeness(y, w) -> bool:
    """What someone is likened to is bad: a word of blame or scorn in its phrase, a name of a villain (`villain`
    class: `Hitler`), or a word of prejudice made with `anti-` and a people (`hated` class: `the anti-immigrant
    sentiment`, not `anti-poverty programs`)."""
    for x in y.subtree:
        lem, low = x.lemma_.lower(), x.lower_
        if lem in w["negative"] or lem in w["scorn"] or low in w["negative"] or low in w["villain"] \
                or low.startswith("anti-") and low[5:] in w["hated"] or low == "anti" and x.i + 2 < len(x.doc) \
                and x.doc[x.i + 1].text == "-" and x.doc[x.i + 2].lower_ in w["hated"]:
            return True
    return False


def _likened(t, w, quote_speaker_of):
    """`The senator likened the governor to a dictator`, `compared the mayor's plan to the schemes of a dictator`,
    `point to Trump's call ... as reminiscent of the anti-immigrant sentiment`: likening someone or his act to
    something bad (`_bad_likeness`) accuses him (the subject, else whoever says so)."""
    if t.pos_ == "ADJ":                   # `reminiscent of`: what it is said of, the `as` object's verb or `be`
        y = prep_object(t, "of")
        h = t.head
        if h.lower_ == "as" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX"):
            v = h.head
            x = child(v, ("dobj",)) or prep_object(v, "to")
        elif h.lower_ == "as" and h.dep_ == "prep" and h.head.pos_ in ("NOUN", "PROPN"):
            x, v = h.head, _clause_verb(h.head)   # (`point to X as reminiscent of`: `as` parsed on the noun)
        elif t.dep_ == "acomp" and _lemma(h) == "be":
            v, x = h, child(h, SUBJ)
        else:
            return None
    else:
        v = t
        if is_passive(t):
            x = child(t, PASS_SUBJ)
        else:
            x = child(t, ("dobj",))
        y = prep_object(t, "to") or prep_object(t, "with") or (
            (prep_object(x, "to") or prep_object(x, "with")) if x is not None else None)
    if x is None or y is None or v is None or v.pos_ not in ("VERB", "AUX") or _unasserted(v) or not _bad_likeness(y, w):
        return None
    if x.pos_ == "NOUN" and not actor_noun(x) and not x.ent_type_:
        x = _owner_named(x)               # `Trump's call for a ban`: Trump
    if x is None or x.lower_ in FIRST + ("our", "my", "it", "this", "that", "what", "which", "who", "you") or not (
            _someone(x) or x.pos_ == "PROPN" or x.lower_ in ("his", "her", "their")):
        return None
    src = prep_object(v, "by") if is_passive(v) else subject_of(v)
    if src is not None and src.lower_ not in FIRST and (_someone(src) or src.pos_ == "PROPN") and src.i != x.i:
        return _make(t, "ACCUSE", src, x)
    c = _said(t, "ACCUSE", v, x, quote_speaker_of)
    return c if c is not None and not (c.source and c.source[0].i == x.i) else None


def _doer_above(t) -> tuple:
    """The doer of a wrong named by a verb with no subject of its own and the verb whose subject it is: an infinitive
    or gerund under a verb of trying, helping or going on (`Democrats are trying to distract the public`, `helped undo
    the gains`), under a feeling (`Roe is obsessed with weakening the gun laws`); (None, t) when the verb
    above is negated or hedged (`would not try to`) or has an object that would do it (`asked Iran to stop`)."""
    h = t.head
    if t.dep_ == "pcomp" and h.lower_ in ("with", "on") and (h.head.pos_ == "ADJ" and h.head.dep_ == "acomp" or
                                                             h.head.tag_ == "VBN" and is_passive(h.head)
                                                             and h.head.lemma_.lower() not in load().verbs):
        v = h.head.head if h.head.pos_ == "ADJ" else h.head   # `is obsessed with undermining`, `bent on` (not
        # `charged with stealing`: an event verb's passive tells what was done to him)
    elif t.dep_ == "xcomp" and h.pos_ in ("VERB", "AUX") and child(h, ("dobj", "dative")) is None:
        v = h                             # `trying to distract`, `helped undo`
    elif t.dep_ == "advcl" and h.pos_ == "VERB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        v = h                             # `slanted its summaries to deceive the judge`: the purpose of its subject
    else:
        return None, t
    if v.pos_ not in ("VERB", "AUX") or any(x.dep_ == "neg" for x in children(v)) or _hedged(v):
        return None, t
    return child(v, SUBJ | PASS_SUBJ), v


def _concluded_attack(t, w) -> bool:
    """An attack verb in the that-clause of a verb of concluding who did it (`officials said they had concluded
    that Kopp fired the shots`)."""
    col = cols(t.doc)                     # (its relation and lemmas off the doc's columns)
    if col.dep_[t.i] != "ccomp" or col.lemma[col.head[t.i]] not in w["suspect"] or is_passive(t):
        return False
    pat = load().verbs.get(col.lemma[t.i])
    return pat is not None and plover(pat.cameo)[0] == "ASSAULT"


def _wrongdoing(n, w) -> bool:
    """An attack or a crime named by a noun: an event noun of an assault (the event lexicon) or a crime word."""
    lem = n.lemma_.lower()
    if lem in w["crime"]:
        return True
    pat = load().nouns.get(lem)
    return pat is not None and plover(pat.cameo)[0] == "ASSAULT"


def _said(t, etype: str, be, subj, quote_speaker_of):
    """The candidate of a statement made by whoever says it: the reporting verb's subject, else the quote's
    speaker; None when no one is seen saying it. Under a denied belief (`I don't think you are qualified`) praise is
    criticism and blame is taken back."""
    if be.dep_ == "ccomp" and be.head.lemma_.lower() in words()["opinionverb"] and any(
            x.dep_ == "neg" for x in children(be.head)):
        if etype != "SUPPORT":
            return None                   # `I still don't think she committed some horrible crime`
        etype = "ACCUSE"
    sayer = sayer_of(be)
    if sayer is not None and (sayer.lemma_.lower() in words()["pollshare"] or sayer.like_num):
        return None                       # `75 percent of Republicans said ...`: a poll's finding, no one speaks
    if sayer is not None and sayer.lower_ in FIRST and quote_speaker_of(t) is not None:
        sayer = None                      # `"We acknowledge that Cuba violates ...," wrote the judge`: the judge
    if sayer is not None and (subj.lower_ in ("he", "she", "they") or subj.dep_ == "poss" and subj.lower_ in (
            "his", "her", "their") or subj.pos_ == "NOUN" and any(
            x.dep_ == "poss" and x.lower_ in ("his", "her", "their") for x in children(subj))):
        of = next((child(x, ("pobj",)) for x in children(sayer.head)
                   if x.dep_ == "prep" and x.lower_ in ("of", "about")), None)
        if of is not None and (actor_like(of) or actor_noun(of)):
            subj = of                     # `"He was a losing candidate," Ward said of Roe`: Roe (`"His
            # conduct was deplorable," Pell said of Brandt`: whose conduct, Brandt)
    if sayer is not None and etype == "REJECT" and subj.lower_ in ("that", "this", "it"):
        of = next((child(x, ("pobj",)) for x in children(sayer.head)
                   if x.dep_ == "prep" and x.lower_ in ("of", "about")), None)
        if of is not None:
            subj = owner_of(of) or of     # `"That is simply false," Brook said of the senator's claim`: the senator
    c = _make(t, etype, sayer, subj)
    if sayer is None:
        speaker = quote_speaker_of(t)
        if speaker is None:
            return None
        c.extra_source = speaker
    return c


def sayer_of(v, *, near: bool = False):
    """Who says the clause v is in: the subject of the reporting verb above it (`speaker_of_clause`), else
    - with `near` (praise's rules): the agent (`subject_of`) of the reporting verb v is the clause of, also of a
      participle or a conjunct verb of saying (`said that ...` after `was forced into damage control and`, `saying
      she had ...`);
    - else (evaluative's rules): the subject that a reporting verb further up borrows (`and says Obama is flouting
      ...`, `..., arguing that ...`: criticism's `_subject`), or the maker of a claim noun whose clause it is (`a
      report by the Gazette that he made up the story`, `Clinton's charge that ...`);
    None when no one is seen saying it."""
    s = speaker_of_clause(v)
    if s is not None:
        return s
    cues = load().cues
    report = cues.get("report", frozenset())
    if near:
        return subject_of(v.head) if v.dep_ == "ccomp" and v.head.lemma_.lower() in report else None
    claims = cues.get("claimnoun", frozenset())
    t = v
    for _ in range(8):
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return _according_to(t)
        h = t.head
        if t.dep_ in ("ccomp", "parataxis") and h.pos_ == "VERB" and h.lemma_.lower() in report:
            s, _ = _subject(h)
            return s if s is not None and s.lower_ not in NOT_SPEAKERS else None
        if t.dep_ in ("acl", "ccomp") and h.pos_ == "NOUN" and h.lemma_.lower() in claims and any(
                x.dep_ == "mark" and x.lower_ == "that" for x in children(t)):
            s = next((x for x in children(h) if x.dep_ == "poss"), None) or prep_object(h, "by")
            if s is None and h.dep_ in ("dobj", "nsubjpass", "attr") and h.head.pos_ in ("VERB", "AUX"):
                s = child(h.head, SUBJ)
            return s if s is not None and s.lower_ not in NOT_SPEAKERS else None
        t = h
    return None


def _according_to(root):
    """`According to the base chief, the scene is entirely untrue`: the actor named after `according to` on the main
    verb of a sentence no reporting verb governs (its head a name or a noun of the actor lexicon; not a pronoun, and
    not a thing such as a poll, a report or filings, which speak for no one)."""
    for x in children(root):
        if x.dep_ == "prep" and x.lower_ == "according":
            to = next((y for y in children(x) if y.dep_ == "prep" and y.lower_ == "to"), None)
            o = child(to, ("pobj",)) if to is not None else None
            if o is not None and o.pos_ != "PRON" and names_actor(o):   # (not `FEC filings`)
                return o
    return None


def _about(tok):
    """The object of `over`/`about`/`with`... after a word of feeling."""
    for x in children(tok):
        if x.dep_ in ("prep", "agent") and x.lower_ in ABOUT:
            o = child(x, ("pobj",))
            if o is not None:
                return o
    return None
