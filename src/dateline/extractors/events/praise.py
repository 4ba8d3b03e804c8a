"""Backing, urging, refusing and admitting said without a verb of the pattern lexicon for it (words:
lexicon/praise.tsv): the SUPPORT mirror of evaluative.py's verdicts, and the appeals it does not read.

- praise of a person in a post: `"Jeb Bush would be a great president," he said`, `she will make a fine nominee`:
  SUPPORT of the one praised by whoever says so (a `would` is the verdict, not a hedge);
- liking someone as a fan: `"I am a huge fan of the bishop," Roe said`: SUPPORT of the one liked;
- work praised: `"Law enforcement did an amazing job," Spicer said`: SUPPORT of the doer by whoever says so;
- sympathy with someone: `"Our prayers are with all those affected," Trump said`: SUPPORT of them;
- a running mate chosen: `Clinton has chosen Tim Kaine as her running mate`: SUPPORT of the one chosen;
- urging someone to act: `Ward encouraged voters to join him in a march`, `"It's time for Congress to close the
  loopholes," Reid said`: REQUEST of the one urged (a wish is no request, by the guide: `wants Assad to step
  down`);
- not interested in an offer: `he is not interested in the deputy spot on a Roe ticket`: REJECT;
- one's own act called a mistake: `Carter believes his use of personal email was a mistake`: CONCEDE;
- a fault owned: `"I take full responsibility"`, `"We made a mistake"`, `she had chosen "the wrong words"`:
  CONCEDE by whoever owns it;
- one's own words said to be misread: `Trump said his words had been "misconstrued"`: REJECT by whoever says so;
- thanks or praise sent: `Clinton tweeted her thanks to the president`, `made comments supportive of Clinton's bid`:
  SUPPORT of whom they are to or about;
- people rallied around someone: `rallies Democrats for Clinton`: SUPPORT of Clinton (no street rally);
- a clause told as due: `"It's time a special prosecutor be appointed," he said`, `"It's time to end her career"`:
  REQUEST of its doer or of the owner of what it is done to;
- `keep`: an ad aimed `against` someone (praise.tsv `aimed`) is criticism only of an actor (`ads against
  Governor Roe`; not `an ad against smoking`);
- `keep`: the backing phrases of the pattern lexicon (`voted for`, `campaigned for`, `gave Clinton the nod`,
  `appreciated`) back only an actor, never an office or a bill, and a crowd's votes are counts, not acts; the
  refusal phrases (`pushed back`, `wrote off`) need someone as their source.
"""
from __future__ import annotations

import functools
from typing import Optional

from ...lexicon import classes, pronouns
from ..spans import char_span, children, column, entities, ids_of, indices, lowered, picked
from . import evaluative, sentence
from .columns import cols, opening as _opening
from .nouns import actor_noun, owner_of, possessor
from .lexicon import load
from .triggers import (lemma as _lemma, PASS_SUBJ, SUBJ, Candidate, Pattern, _depth, actor_like, cameo_of, child, is_passive,
                       getting, names_actor,
                       participle_doer, prep_object, speaker_of_clause, subject_of)

FIRST = evaluative.FIRST


@functools.lru_cache(maxsize=1)
def _tie_groups() -> frozenset:
    """actor_words.tsv `tie_group` (`friends`, `allies`): a group a person has, said of a subject with `be` a tie."""
    return frozenset(classes("actor_words.tsv").get("tie_group", ()))


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    return {k: frozenset(v) for k, v in classes("praise.tsv").items()}


READ_ANYWAY = ("time", "have", "take")           # the lemmas `find` tests by name, not by a class of praise.tsv


@functools.lru_cache(maxsize=1)
def _any_word() -> frozenset:
    """Every word of every class of praise.tsv, and READ_ANYWAY: a word `find` can read (with a predicate noun,
    which `find` reads whatever its word)."""
    return frozenset().union(*words().values(), READ_ANYWAY)


def keep(c: Candidate) -> bool:
    """False for a backing phrase aimed at no actor (`campaigned for president`, `voted for the bill`) or made by a
    crowd of voters (`voters in Ohio voted for Trump`: a count)."""
    w = words()
    if c.etype == "PROTEST" and c.noun is None and c.token.pos_ == "VERB" and _lemma(c.token) in w["rallying"] \
            and _backed_one(c.token, w) is not None:
        return False                      # `rallies Democrats for Clinton`: backing (`_rallied`), no street rally
    key = c.pattern.key if c.pattern.kind in ("phrase", "verb") else _lemma(c.noun) if c.noun is not None else ""
    if c.noun is not None and key in w["aimed"]:
        return any(not hasattr(x, "lemma_") or _backed(x) for x in c.target)   # `ads against Roe`; not `against
        #                                 smoking`, `against the tax measure`: criticism of someone (ev33b)
    if key in w["doer"]:
        return any(not hasattr(x, "lemma_") or names_actor(x) and x.lower_ not in (
            "it", "this", "that", "which") for x in c.source) or c.extra_source is not None
    if key not in w["backer"]:
        return True
    if any(hasattr(x, "lemma_") and (_lemma(x) in w["crowd"] or x.like_num) for x in c.source):
        return False
    if not c.source and c.extra_source is None:
        return False                      # `Also to pray for the victims.`: no one backing
    t = c.token
    if c.pattern.kind == "phrase" and key.endswith("_for"):
        if t.dep_ in ("relcl", "acl", "pcomp", "pobj") or any(x.ent_type_ == "DATE" and x.is_digit for x in t.subtree):
            return False                  # `a firefighter who voted for Obama in 2008`, `trick Americans into
            # voting for him`: who someone is, or a ballot long cast, not an act of backing
        backed = prep_object(t, "for")
        return backed is not None and _backed(backed)   # (the word after `for`, not a target found further off)
    if c.noun is not None and c.noun.i == t.i and not _got_from(c):
        return False                      # `a nod to the yoga crowd`: only `gave X the nod` backs X, or a nod got
        # from someone (`picked up nods from X`, `won the nod of X`; ev39)
    return any(not hasattr(x, "lemma_") or _backed(x) for x in c.target)


def _got_from(c: Candidate) -> bool:
    """A backing noun that its target got from its source (triggers._received: `won the nod of X`, `picked up nods
    from X`): the object of a verb of getting, with a giver and a getter found."""
    n = c.noun
    return n.dep_ == "dobj" and getting(n.head) and bool(c.source) and bool(c.target)


def _backed(x) -> bool:
    """A target that is someone, or a thing someone owns (`Sanders' apology`, `his behalf`); not an office
    (`campaigned for president`: a bare title)."""
    if x.tag_ == "NN" and not any(y.dep_ in ("det", "poss") for y in children(x)):
        return False
    if x.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or x.pos_ in ("PROPN", "PRON") or actor_noun(x):
        return x.lower_ not in ("it", "this", "that", "what", "which")
    owner = owner_of(x)
    return owner is not None and owner.lower_ not in ("it", "its")


def _readable(doc) -> list[int]:
    """The indices of the doc's words that pass the test at the head of `find`'s loop (a verb, noun or adjective whose
    lemma `_any_word` holds, a predicate noun or a predicate adjective), read off the columns once per doc without a
    Token. A change to that test changes this too (tests/extractors/test_event_speed.py checks they agree)."""
    pos, dep, lems = column(doc, "POS"), column(doc, "DEP"), lowered(doc)
    read, wordy, noun = _any_word(), ids_of("VERB", "AUX", "NOUN", "ADJ", "ADV"), ids_of("NOUN")
    attr, acomp = ids_of("attr"), ids_of("acomp")
    return [i for i in indices(doc, POS=wordy)      # (the classes off the POS array)
            if lems[i] in read or dep[i] in attr and pos[i] in noun or dep[i] in acomp]


def opening(doc) -> list[int]:
    """The indices of the doc's words `find` starts from (`_readable`, the list its `picked` reads): a sentence holding
    none gives nothing (speed37a)."""
    return _opening(doc, "praise", _readable)


def find(sent, skipped, quote_speaker_of) -> list[Candidate]:
    """The sentence's praise and urging as preset candidates (`sent`: its tokens)."""
    w = words()
    out: list[Candidate] = []
    read = _any_word()
    for t in picked(sent, "praise", _readable):   # (the words that pass the test below: `_readable`)
        col = cols(t.doc)                 # (the word's strings off the doc's columns: none made anew at each test)
        pos, dep, tag = col.pos_[t.i], col.dep_[t.i], col.tag_[t.i]
        lem = _lemma(t)
        if lem not in read and not (dep == "attr" and pos == "NOUN" or dep == "acomp") or skipped(t):
            continue                      # (each rule below reads a word of praise.tsv, of READ_ANYWAY, a
            #                               predicate noun or adjective: a new rule keyed on another word adds it there)
        c = _none_better(t, w, quote_speaker_of) if lem in w["peerless"] or col.lower[t.i] in w["peerless"] else None
        if c is not None:
            pass                          # (a comparison with no one: `_none_better`)
        elif dep in ("acomp", "attr") and pos in ("ADJ", "NOUN") and _kin_subject(t, w) is not None:
            c = _kin_praised(t, w, quote_speaker_of)
        elif pos == "NOUN" and dep == "attr" and (lem in w["role"] | w["fan"] or actor_noun(t)) and \
                col.lower[t.i] not in _tie_groups():
            c = _praised(t, w, quote_speaker_of)      # (`the two boys were good friends`: a tie stated, no praise (a title
            #                                           since sect52: actor_words.tsv `tie_group`; review52f)
        elif pos == "NOUN" and dep == "dobj" and lem in w["deed"] and _lemma(t.head) == "do":
            c = _good_work(t, quote_speaker_of)
        elif pos == "VERB" and lem in w["urge"]:
            c = _urged(t, quote_speaker_of)
        elif pos == "NOUN" and lem == "time" and (dep == "attr" or dep in ("dobj", "npadvmod") and _is_be(t.head)):
            c = _time_for(t, quote_speaker_of)
        elif pos == "NOUN" and lem in w["solace"] and dep == "nsubj":
            c = _with_them(t, quote_speaker_of)
        elif pos == "VERB" and lem in w["pick"]:
            c = _running_mate(t, w) or _mate_named(t, w, quote_speaker_of)
        elif pos == "NOUN" and lem in w["error"] and dep == "attr":
            c = _own_mistake(t, quote_speaker_of)
        elif pos == "VERB" and tag == "VBN" and (lem in w["misread"] or lem == "take"):
            c = _misread(t, w, quote_speaker_of)
        elif pos == "NOUN" and dep == "dobj" and (lem in w["blame"] | w["error"] | w["wordchoice"]):
            c = _fault_owned(t, w, quote_speaker_of)
        elif pos == "ADJ" and lem in w["keen"] and dep == "acomp":
            c = _not_interested(t, w, quote_speaker_of)
        elif pos == "NOUN" and lem in w["trust"] and dep == "dobj":
            c = _trusted(t, w, quote_speaker_of)
        elif pos == "VERB" and lem in w["admire"]:
            c = _quality_admired(t, quote_speaker_of)
        elif pos in ("VERB", "AUX") and lem == "have":
            c = _merit(t, w, quote_speaker_of)
        elif pos == "ADJ" and lem in w["right"] and dep == "acomp":
            c = _was_right(t, quote_speaker_of)
        elif pos == "NOUN" and lem in w["kindword"]:
            c = _kind_words(t, w)
        elif pos == "NOUN" and lem in w["step"] and dep == "attr":
            c = _welcome_step(t, quote_speaker_of)
        elif pos == "VERB" and lem in w["proposing"]:
            c = _proposed(t, w)
        elif pos == "VERB" and lem in w["requiring"]:
            c = _act_required(t, w, quote_speaker_of)
        elif pos == "ADJ" and lem in w["glad"] and dep == "acomp":
            c = _glad_to_see(t, quote_speaker_of)
        elif pos == "VERB" and lem in w["rallying"]:
            c = _rallied(t, w)
        elif pos == "NOUN" and (lem in w["thanks"] or lem in w["remark"]) and dep in ("dobj", "npadvmod", "nsubj"):
            c = _approval_sent(t, w, quote_speaker_of)
        elif pos == "ADV" and dep == "advmod" and col.lower[t.i] in w["welldone"]:
            c = _done_well(t, quote_speaker_of)
        if c is not None:
            c.depth = _depth(c.token)
            out.append(c)
    return out


def _positive(t) -> bool:
    """A word of praise among the modifiers of t (`a great president`, `an enormous fan`: the fan noun is enough)."""
    good = evaluative.words()["positive"] | words()["good"]
    bad = evaluative.words()["negative"]
    mods = [x for x in children(t) if x.dep_ in ("amod", "compound")]
    mods += [y for x in mods for y in children(x) if y.dep_ in ("advmod", "conj", "amod")]
    lems = {_lemma(x) for x in mods} | {x.lower_ for x in mods}
    return bool(lems & good) and not lems & bad


def _praised(t, w, quote_speaker_of):
    """`"Jeb Bush would be a great president," he said` (a post: praise.tsv `role` or a title of the actor
    lexicon), `I am a big fan of the pope`."""
    be = t.head
    if _lemma(be) not in ("be", "make", "become") or any(x.dep_ == "neg" for x in children(be)):
        return None
    if any(x.dep_ == "mark" and x.lower_ in ("if", "whether", "unless") or (x.dep_ == "aux" and x.lower_ == "to")
           for x in children(be)):
        return None                       # (`helping teachers to be better teachers`: a goal, no one praised)
    subj = child(be, SUBJ)
    if subj is None:
        return None
    fan = _lemma(t) in w["fan"]
    if fan:
        liked = next((o for p in children(t) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in children(p) if o.dep_ == "pobj"), None)
        if liked is None or not (names_actor(liked) or actor_like(liked)) or liked.lower_ in ("it", "this", "that"):
            return None
        if not (names_actor(subj) or actor_like(subj)):
            return None
        return _by(t, "SUPPORT", subj, liked, quote_speaker_of)
    if not _positive(t) or subj.lower_ in FIRST + ("it", "this", "that", "there", "what", "which", "who", "you"):
        return None
    if not (names_actor(subj) or actor_like(subj)):
        return None
    return _said(t, be, subj, quote_speaker_of)


def _said(t, v, subj, quote_speaker_of):
    """SUPPORT of subj by whoever says so (evaluative's sayer), or by the subject of a participle of saying that
    shares its subject (`Sanders visited the show, saying she'd be a better president`)."""
    c = evaluative._said(t, "SUPPORT", v, subj, quote_speaker_of)
    if c is not None or v.dep_ != "ccomp" or v.head.lemma_.lower() not in load().cues.get("report", ()):
        return c
    sayer = subject_of(v.head)
    if sayer is None or sayer.i == subj.i or not (names_actor(sayer) or actor_like(sayer)):
        return None
    return evaluative._make(t, "SUPPORT", sayer, subj)


def _good_work(t, quote_speaker_of):
    """`"Law enforcement did an amazing job," he said`: the doer's work praised by whoever says so."""
    do = t.head
    if not _positive(t) or any(x.dep_ == "neg" for x in children(do)) or evaluative._hedged(do):
        return None
    subj = child(do, SUBJ)
    if subj is None or subj.lower_ in FIRST + ("it", "this", "that", "what", "which", "who", "you", "nobody"):
        return None
    if not (names_actor(subj) or actor_like(subj)):
        return None
    return _said(t, do, subj, quote_speaker_of)


def _urged(t, quote_speaker_of):
    """`Ward encouraged voters to join him in a march`, `we encourage affiliated unions to pursue ...`: the
    object is asked to do what the infinitive says."""
    obj = child(t, ("dobj",))
    act = child(t, ("xcomp", "ccomp"))
    if obj is None or act is None or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(act)):
        return None
    if not (names_actor(obj) or actor_like(obj)) or obj.lower_ in ("it", "this", "that", "me", "us"):
        return None
    subj = child(t, SUBJ)
    if subj is None and t.dep_ in ("advcl", "xcomp", "acl") and any(x.dep_ == "aux" and x.lower_ == "to"
                                                                    for x in children(t)):
        v = t.head.head if t.dep_ == "acl" and t.head.dep_ == "dobj" else t.head
        subj = subject_of(v) if v.pos_ in ("VERB", "AUX") else None
        # `Beck recited a passage to encourage voters to turn away`: the purpose of whoever recited it
    if subj is None:
        subj = participle_doer(t)         # `spoke for an hour, encouraging voters to ...` (ev41)
    if subj is None or subj.tag_ == "VBG" or any(x.dep_ == "compound" and x.lower_.endswith("ing")
                                                 for x in children(subj)) \
            or subj.lower_ in ("it", "this", "that", "what", "which", "you"):
        return None                       # (`trading prisoners encourages others to ...`: a thing, no one urging)
    return _by(t, "REQUEST", subj, obj, quote_speaker_of)


def _time_for(t, quote_speaker_of):
    """`"It's time for Congress to close the loopholes," Reid said`: whoever says so asks Congress to act."""
    be = t.head
    if not _is_be(be) or any(x.dep_ == "neg" for x in children(be)) or evaluative._hedged(be):
        return None
    if not any(x.dep_ in SUBJ and x.lower_ in ("it", "now") for x in children(be)):
        return None
    act = next((x for x in children(t) if x.dep_ in ("relcl", "acl") and any(
        y.dep_ == "mark" and y.lower_ == "for" for y in children(x))), None)
    if act is None:
        return _time_that(t, be, quote_speaker_of)
    asked = child(act, SUBJ) if act is not None else None
    if asked is None or not (names_actor(asked) or actor_like(asked)) or asked.lower_ in FIRST + ("it", "you"):
        return None                       # (`it's time for us to act`: the speaker's own resolve)
    c = evaluative._said(t, "REQUEST", be, asked, quote_speaker_of)
    if c is not None and c.source and c.source[0].i == asked.i:
        return None
    return c


def _is_be(v) -> bool:
    """`be`, or a curly `’s` the tagger lemmatises as itself (`“It’s time to ...`, parsed with `time` as its object)."""
    return _lemma(v) == "be" or v.lower_ == "\u2019s" and v.tag_ == "VBZ"


def _time_that(t, be, quote_speaker_of):
    """`"It's time a special prosecutor be appointed," Priebus said` (a clause told as due: REQUEST of its doer, the
    agent of a passive, else of no one named), `"It's time to end her political career"` (an act on someone's thing:
    REQUEST of its owner); by whoever says so. Not the speaker's own side (`it's time we act`) nor an act on nothing
    of anyone's (`it's time to move on`)."""
    due = next((x for x in list(children(t)) + list(children(be)) if x.dep_ in ("relcl", "acl", "ccomp")
                and x.pos_ in ("VERB", "AUX") and x.i > t.i), None)
    if due is None or any(x.dep_ == "neg" for x in children(due)):
        return None
    if any(x.dep_ == "aux" and x.lower_ == "to" for x in children(due)):
        obj = child(due, ("dobj",))
        owner = next((x for x in children(obj) if x.dep_ == "poss"), None) if obj is not None else None
        if owner is None or owner.lower_ in FIRST + ("my", "our", "its", "your") or not names_actor(owner):
            return None
        asked = owner
    else:
        subj = child(due, SUBJ) or child(due, PASS_SUBJ)
        if subj is None or subj.lower_ in FIRST + ("you", "it", "this", "that", "there") or due.tag_ not in (
                "VB", "VBD", "VBN") or any(x.dep_ == "aux" and x.tag_ == "MD" for x in children(due)):
            return None                   # (`it's time we moved on`: the speaker's own side; `it's time he will`)
        if is_passive(due) and due.tag_ == "VBN" and not any(x.dep_ == "auxpass" and x.lower_ == "be"
                                                             for x in children(due)):
            return None                   # (only the bare `be appointed` of a demand)
        asked = prep_object(due, "by") if is_passive(due) else subj
        if asked is not None and not (names_actor(asked) or actor_like(asked)):
            return None
    c = evaluative._said(t, "REQUEST", be, asked if asked is not None else t, quote_speaker_of)
    if c is None or c.source and asked is not None and c.source[0].i == asked.i:
        return None
    if asked is None:
        c.target = []
    return c


def _with_them(t, quote_speaker_of):
    """`"Our prayers are with all those affected," Trump said`: sympathy voiced for those it is with."""
    be = t.head
    if _lemma(be) != "be" or any(x.dep_ == "neg" for x in children(be)) or evaluative._hedged(be):
        return None
    whom = next((o for p in children(be) if p.dep_ == "prep" and p.lower_ == "with"
                 for o in children(p) if o.dep_ == "pobj"), None)
    if whom is None or whom.lower_ in FIRST + ("it", "this", "that", "me", "us"):
        return None
    owner = next((x for x in children(t) if x.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in ("our", "my"):
        speaker = quote_speaker_of(t)
        if speaker is None:
            return None
        c = evaluative._make(t, "SUPPORT", None, whom)
        c.extra_source = speaker
        return c
    if owner is not None and (names_actor(owner) or actor_like(owner)) and owner.lower_ not in ("its", "their"):
        return evaluative._make(t, "SUPPORT", owner, whom)
    return None


def _running_mate(t, w):
    """`Clinton has chosen Tim Kaine as her running mate`: the one picked is backed by whoever picks."""
    post = next((o for p in children(t) if p.dep_ == "prep" and p.lower_ == "as"
                 for o in children(p) if o.dep_ == "pobj"), None)
    picked = child(t, ("dobj",))
    if post is None or picked is None or _lemma(post) not in w["mate"] or any(x.dep_ == "neg" for x in children(t)):
        return None
    if not (picked.ent_type_ == "PERSON" or picked.pos_ == "PROPN") or evaluative._hedged(t):
        return None
    subj = child(t, SUBJ)
    if subj is None or not (names_actor(subj) or actor_like(subj)) or subj.lower_ in ("it", "who", "which", "that"):
        return None
    return evaluative._make(t, "SUPPORT", subj, picked)


def _mate_named(t, w, quote_speaker_of):
    """`he formally announced his running mate, calling Gov. Mike Pence "my partner"`, `"I'm thrilled to announce my
    running mate, Tim Kaine"`: a running mate made known backs the one named (an apposition, the object of a
    participle of the same act, or a name right after the comma); the chooser is the verb's subject."""
    mate = child(t, ("dobj",))
    if mate is None or _lemma(mate) not in ("mate", "running-mate") or any(x.dep_ == "neg" for x in children(t)) \
            or evaluative._hedged(t) or any(x.dep_ == "aux" and x.lower_ == "will" for x in children(t)):
        return None                       # (`will announce his running mate next week`: a plan)
    picked = next((x for x in children(mate) if x.dep_ == "appos" and (x.ent_type_ == "PERSON" or x.pos_ == "PROPN")),
                  None)
    if picked is None:
        picked = next((o for v in children(t) if v.dep_ in ("advcl", "conj", "xcomp") and v.tag_ == "VBG"
                       for o in children(v) if o.dep_ == "dobj" and (o.ent_type_ == "PERSON" or o.pos_ == "PROPN")),
                      None)
    if picked is None and mate.i + 2 < len(mate.doc) and mate.nbor(1).text == "," and \
            mate.nbor(2).ent_type_ == "PERSON":
        ent = next((e for e in entities(mate.doc) if e.start == mate.i + 2), None)
        picked = ent.root if ent is not None else None
    if picked is None:
        return None
    subj = child(t, SUBJ)
    if subj is None and t.dep_ == "xcomp":
        subj = child(t.head, SUBJ) or (child(t.head.head, SUBJ) if t.head.dep_ == "acomp" else None)
    if subj is None or subj.lower_ in ("it", "who", "which", "that", "you"):
        return None
    return _by(t, "SUPPORT", subj, picked, quote_speaker_of)


def _not_interested(t, w, quote_speaker_of):
    """`Ward has told us he is not interested in the deputy spot on a Roe ticket`: a refusal (REJECT) by the one
    not interested, of whoever owns what is offered."""
    be = t.head
    if _lemma(be) != "be" or not any(x.dep_ == "neg" for x in children(be)) or evaluative._hedged(be):
        return None
    what = next((o for p in children(t) if p.dep_ == "prep" and p.lower_ == "in"
                 for o in children(p) if o.dep_ in ("pobj", "pcomp")), None)
    subj = child(be, SUBJ)
    if what is None or subj is None or _lemma(subj) in w["crowd"] or not names_actor(subj) or subj.lower_ in (
            "it", "you", "who", "which", "that", "nobody", "this"):
        return None
    owner = next((y for y in what.subtree if y.i != what.i and (y.pos_ == "PROPN" or y.ent_type_ in (
        "PERSON", "ORG", "NORP")) and y.dep_ in ("compound", "poss", "pobj", "amod")), None)
    if owner is None:
        return None                       # (`she is not interested in football`: a taste, no offer refused)
    return _by(t, "REJECT", subj, owner, quote_speaker_of)


def _misread(t, w, quote_speaker_of):
    """`Trump said his words had been "misconstrued"`, `"my comments have been taken out of context," she said`:
    one's own words said to be misread deny what they were taken for (REJECT by whoever says so, at whoever misread
    them when named, `by the media`; `Clinton's remarks were distorted`, said by another, defends her: left out)."""
    if not is_passive(t) or _unasserted(t):
        return None
    if _lemma(t) == "take" and not any(p.lower_ == "out" and any(
            o.lower_ == "context" for o in p.subtree) for p in children(t) if p.dep_ in ("prep", "prt", "advmod")):
        return None                       # (only `taken out of context`)
    said = child(t, ("nsubjpass",))
    if said is None or _lemma(said) not in w["saying"]:
        return None
    owner = next((x for x in children(said) if x.dep_ == "poss"), None)
    if owner is not None and owner.lower_ not in ("his", "her", "my", "our", "their"):
        return None
    by = next((o for a in children(t) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj"), None)
    by = by if by is not None and (names_actor(by) or actor_like(by) or actor_noun(by)) else None
    sayer = evaluative.sayer_of(t, near=True)   # (by: whose reading is denied, `taken out of context by the Courier`)
    if sayer is not None and sayer.lower_ not in FIRST:
        if not (names_actor(sayer) or actor_like(sayer)) or sayer.lower_ in ("it", "this", "that", "you", "who"):
            return None
        if owner is not None and owner.lower_ not in ("my", "our"):
            if quote_speaker_of(owner) is not None:
                return None               # (`"His comments were taken out of context," she said`: his, not hers;
                # `said that his words had been "misconstrued"`, only the verb quoted, stays)
            c = evaluative._make(t, "REJECT", sayer, by)
            c.self_of = owner             # (`Brook said her remarks were misread`: hers only if she is Brook)
            return c
        return evaluative._make(t, "REJECT", sayer, by)
    speaker = quote_speaker_of(t)
    if speaker is None or owner is None or owner.lower_ not in ("my", "our"):
        return None
    c = evaluative._make(t, "REJECT", None, by)
    c.extra_source = speaker
    return c


def _fault_owned(t, w, quote_speaker_of):
    """`"I take full responsibility," she said`, `saying she had chosen "the wrong words"`, `"We made a
    mistake"`, `Hale took full responsibility`: a fault owned by the one who says so or takes the blame (CONCEDE; `X
    made a mistake`, said by another, is criticism; taking responsibility for an attack is a claim, no admission)."""
    v = t.head
    lem, vl = _lemma(t), _lemma(v)
    if lem in w["blame"]:
        if vl not in w["owning"] or any(
                o.dep_ == "pobj" and cameo_of(o)[:2] in ("18", "19", "20")
                for p in children(t) if p.dep_ == "prep" for o in children(p)):
            return None                   # (`took responsibility for the bombing`: a claim of an attack)
        if not all(_a_failing(o, w) for p in children(t) if p.dep_ == "prep" and p.lower_ == "for"
                   for o in children(p) if o.dep_ in ("pobj", "pcomp")):
            return None                   # (`I bear responsibility for the defense of this country`: a duty)
        if t.tag_ == "NNS" or any(x.dep_ in ("det", "amod", "poss") and x.lower_ in ("no", "any", "our", "my", "his",
                                                                              "her", "their") for x in children(t)):
            return None                   # (`we take seriously our responsibilities to monitor the vote`: duties)
    else:
        if vl != "make":
            return None
        if lem in w["wordchoice"] and not (any(x.dep_ == "amod" and x.lower_ in w["poor"] for x in children(t)) and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(_lemma(o) == "word" for o in children(p))
                for p in children(t))):
            return None                   # (only a poor choice of words)
    if _unasserted(v) or v.dep_ in ("relcl", "acl", "xcomp", "advcl", "amod", "pcomp") or \
            sentence.of_token(v).asks:
        return None                       # (`"Do I bear responsibility for the tragedy?"`: asked, not owned)
    subj = child(v, SUBJ)
    if subj is None:
        return None
    if subj.lower_ in FIRST or lem in w["blame"] and subj.lower_ not in ("he", "she", "they"):
        return _by_conceding(t, subj, quote_speaker_of)   # (`Hale took full responsibility`: her own admission)
    if subj.lower_ in ("he", "she", "they") and quote_speaker_of(v) is None:
        sayer = evaluative.sayer_of(v, near=True)   # (`saying she had chosen the wrong words`: the sayer's own fault)
        if sayer is not None and sayer.lower_ not in FIRST + ("it", "this", "that", "you") and (
                names_actor(sayer) or actor_like(sayer)):
            c = _concede(t, [sayer])
            c.self_of = subj              # (`said they had made a mistake`: another's fault unless they are the sayer)
            return c
    return None


def _a_failing(o, w) -> bool:
    """What responsibility is taken for admits a fault: a clause or a pronoun (`for what happened`, `for this`), one's
    own (`for my remarks`), a fault or words (praise.tsv `error`, `saying`) or what went wrong (`failing`: `for the
    failure`); not a charge kept (`for the security of the region`)."""
    return o.dep_ == "pcomp" or o.pos_ == "PRON" or _lemma(o) in w["error"] | w["saying"] | w["failing"] or any(
        x.dep_ == "poss" and x.lower_ in ("my", "our", "his", "her", "their") for x in children(o))


def _by_conceding(t, subj, quote_speaker_of):
    """CONCEDE by the subject (`I`/`we` of a quote: its speaker)."""
    if subj.lower_ in FIRST:
        speaker = quote_speaker_of(t)
        if speaker is None:
            return None
        c = _concede(t, [])
        c.extra_source = speaker
        return c
    if not (names_actor(subj) or actor_like(subj)) or subj.lower_ in ("it", "this", "that", "you", "who"):
        return None
    return _concede(t, [subj])


def _concede(t, source):
    return Candidate(t, None, Pattern("evaluative", _lemma(t), "080", None, ()), t.i, t.i, False, etype="CONCEDE",
                     quad=2, cameo="080", source=source, preset=True)


def _own_mistake(t, quote_speaker_of):
    """`Carter believes his use of personal email was a mistake`, `"My vote for the war was a mistake," she said`:
    one's own act called a mistake is admitted (CONCEDE by whoever says so; `Clinton's use of email was a mistake`,
    said by another, is criticism and left to the verdict rules)."""
    be = t.head
    if _lemma(be) != "be" or any(x.dep_ == "neg" for x in children(be)) or evaluative._hedged(be) or any(
            x.dep_ == "mark" and x.lower_ in ("if", "whether") for x in children(be)):
        return None
    subj = child(be, SUBJ)
    own = next((x for x in children(subj) if x.dep_ == "poss"), None) if subj is not None else None
    if own is None or own.lower_ not in ("his", "her", "my", "our"):
        return None
    sayer = speaker_of_clause(be)
    if own.lower_ in ("his", "her") and not (be.dep_ == "ccomp" and _lemma(be.head) in words()["conceding"]):
        return None                       # (`Obama said her use of email was a mistake`: whose act is not told)
    speaker = quote_speaker_of(t) if sayer is None or sayer.lower_ in FIRST else None
    if speaker is None and (sayer is None or sayer.lower_ in FIRST or not (names_actor(sayer) or actor_like(sayer))):
        return None
    c = _concede(t, [] if speaker is not None else [sayer])
    c.extra_source = speaker
    return c


def _unasserted(v) -> bool:
    """The verb is negated, hedged (`evaluative._hedged`) or under `if`, `whether` or `unless`: what it says is not
    said as so (`if he is right`, `he is not right`, `may have confidence in`)."""
    return any(x.dep_ == "neg" for x in children(v)) or evaluative._hedged(v) or any(
        x.dep_ == "mark" and x.lower_ in ("if", "whether", "unless") for x in children(v))


def _trusted(t, w, quote_speaker_of):
    """`Mayor Brook said he has full confidence in his police chief`, `expressed faith in the commander`: trust in
    someone voiced (SUPPORT of them); not `no confidence in`, `lost faith in`, `confidence in the economy`."""
    v = t.head
    if _lemma(v) not in w["trusting"] or _unasserted(v):
        return None
    if any(x.dep_ in ("det", "amod", "advmod") and x.lower_ in ("no", "little", "less", "any", "enough")
           for x in children(t)) or v.dep_ in ("relcl", "acl", "xcomp"):
        return None                       # (`has little confidence in`, `the faith they have in him`)
    trusted = next((o for p in children(t) if p.dep_ == "prep" and p.lower_ == "in"
                    for o in children(p) if o.dep_ == "pobj"), None)
    if trusted is None or trusted.lower_ in FIRST + ("it", "this", "that", "me", "us", "myself", "himself",
                                                     "herself", "themselves", "ourselves", "itself"):
        return None
    if not (names_actor(trusted) or actor_like(trusted)):
        trusted = owner_of(trusted)       # (`confidence in his leadership`: in him)
        if trusted is None or trusted.lower_ in ("its", "my", "our", "their"):
            return None
    subj = child(v, SUBJ)
    if subj is None or _lemma(subj) in w["crowd"]:
        return None                       # (`most voters have confidence in her`: a poll's finding)
    return _by(t, "SUPPORT", subj, trusted, quote_speaker_of)


def _quality_admired(t, quote_speaker_of):
    """`Clinton says she respects Sanders' passion and commitment`, `admires the senator's courage`: a person's
    quality admired backs its owner (`I respect him` is evaluative's fondness; `respects the law` backs no one)."""
    obj = child(t, ("dobj",))
    if obj is None or obj.pos_ != "NOUN" or is_passive(t) or any(x.dep_ == "neg" for x in children(t)) \
            or evaluative._hedged(t) or t.dep_ in ("xcomp", "relcl", "acl", "amod"):
        return None
    owner = possessor(obj)
    if owner is None or owner.lower_ in FIRST + ("its", "my", "our", "your", "their") or not (
            owner.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or owner.pos_ in ("PROPN", "PRON")
            or actor_noun(owner)):
        return None
    subj = child(t, SUBJ)
    if subj is None or subj.lower_ in ("you", "who", "which", "that", "people", "voters", "everyone", "nobody"):
        return None
    return _by(t, "SUPPORT", subj, owner, quote_speaker_of)


def _merit(t, w, quote_speaker_of):
    """`"Ann Roe has the background and the temper to be a fine mayor," the former mayor said`,
    `Pataki says Kasich has a proven record`: a merit someone is said to have (praise.tsv `merit`; a `record` only
    with a word of praise or of deeds) is praise of them by whoever says so, the mirror of evaluative's `has no
    clue` (`has no experience`, `has little judgment` are left to it)."""
    obj = child(t, ("dobj",))
    if obj is None or obj.pos_ != "NOUN" or _lemma(obj) not in w["merit"]:
        return None
    if _unasserted(t):
        return None
    if t.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or any(
            x.dep_ in ("det", "amod") and x.lower_ in ("no", "little", "less", "any", "enough") for x in children(obj)):
        return None                       # (`the experience she has`, `has little judgment`)
    if _lemma(obj) in w["meritpraised"] and not (_positive(obj) or any(
            x.dep_ == "prep" and x.lower_ == "of" and any(y.tag_ == "VBG" for y in children(x)) for x in children(obj))):
        return None                       # `has a record of votes against the bill`: a fact, no praise
    subj = child(t, SUBJ)
    if subj is None or subj.lower_ in FIRST + ("you", "it", "this", "that", "what", "who", "which", "one", "nobody",
                                               "people", "everyone") or not (names_actor(subj) or actor_like(subj)):
        return None
    return _backed_by_sayer(obj, t, subj, quote_speaker_of)   # (`Reyes said he has the experience`: none)


def _was_right(t, quote_speaker_of):
    """`"Trump is right about trade," Cruz said`, `he believes McConnell is correct about it`: someone said to be
    right about a thing is backed by whoever says so (`if he is right`, `he is not right`, one's own `I was right`
    and a crowd's `Americans are right about` are not)."""
    be = t.head
    if _lemma(be) != "be" or _unasserted(be):
        return None
    if be.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or any(x.dep_ == "advmod" and x.lower_ in (
            "not", "never", "only", "partly", "half") for x in children(t)):
        return None                       # (`is only partly right`)
    if not any(x.dep_ == "prep" and x.lower_ in ("about", "on") for x in children(t)):
        return None                       # `it is right`: a bare `right` is too vague; `was right to urge X to act`
        # is left to the act told (a verdict chosen first would hide the request in its clause)
    subj = child(be, SUBJ)
    if subj is None or _lemma(subj) in words()["crowd"] or subj.lower_ in FIRST + ("you", "it", "this", "that", "what", "who", "which", "one", "nobody",
                                               "people", "everyone") or not (names_actor(subj) or actor_like(subj)):
        return None
    return _backed_by_sayer(t, be, subj, quote_speaker_of)


def _kind_words(t, w):
    """`Mr. Trump offered some kind words about Mr. Bush`, `had warm words for the mayor`: kind words voiced
    (praise.tsv `kindword` with a word of praise, the object of a `trusting` verb or of `offer`, `say`, `share`) back
    whom they are about or for."""
    v = t.head
    if t.dep_ != "dobj" or _lemma(v) not in w["trusting"] | {"offer", "say", "share", "send"} or not _positive(t) \
            or any(x.dep_ == "neg" for x in children(v)) or evaluative._hedged(v):
        return None
    whom = next((o for p in list(children(t)) + list(children(v)) if p.dep_ == "prep" and p.lower_ in ("about", "for")
                 for o in children(p) if o.dep_ == "pobj"), None)
    if whom is None or whom.lower_ in FIRST + ("it", "this", "that", "me", "us", "himself", "herself") or not (
            names_actor(whom) or actor_like(whom)):
        return None
    subj = subject_of(v)
    if subj is None:
        return None
    return _by(t, "SUPPORT", subj, whom, lambda x: None)


def _welcome_step(t, quote_speaker_of):
    """`Schiff said the company's announcement was "a very positive development"`, `"The mayor's plan is a good
    start," she said`: a thing called a welcome step is praise, by whoever says so, of whose thing it is (of no one
    named when nobody owns it: `the new strategy is a welcome tack`)."""
    be = t.head
    if _lemma(be) != "be" or _unasserted(be):
        return None
    if be.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") or not _positive(t):
        return None
    subj = child(be, SUBJ)
    if subj is None or subj.pos_ != "NOUN" or names_actor(subj):
        return None                       # (`he is a good start`: a person judged is the verdict rules')
    owner = owner_of(subj)
    if owner is not None and owner.lower_ in FIRST + ("its", "my", "our"):
        return None                       # (`our plan is a good start`: one's own thing)
    c = evaluative._said(t, "SUPPORT", be, owner if owner is not None else subj, quote_speaker_of)
    if c is not None and owner is None:
        c.target = []
    return c


def _approval_sent(t, w, quote_speaker_of):
    """`Clinton tweeted her thanks to the president`, `offering her positive reviews of the president's actions`,
    `has made comments supportive of Clinton's bid`: thanks (praise.tsv `thanks`) or remarks with a word of praise
    (`remark`) sent by someone (the object of a `sending` verb) back whom they are to, for or about, or the owner of
    what they are about; thanks to no one named back no one named (`tweeting her appreciation`)."""
    v = t.head
    supportive = [x for x in children(t) if x.dep_ == "amod" and _lemma(x) in w["backing"]]
    if t.dep_ == "nsubj":
        if _lemma(v) not in w["backing"] or v.dep_ not in ("ccomp", "oprd"):
            return None                   # (`made comments supportive of X` parsed as a small clause: the adjective
            # the verb's complement)
        supportive, v = [v], v.head
    if _lemma(v) not in w["sending"] or _unasserted(v) or v.dep_ in ("relcl", "amod") or (
            v.dep_ == "acl" and v.tag_ != "VBG"):
        return None                       # (`tweeting her appreciation` on the candidate: the candidate's act)
    thanks = _lemma(t) in w["thanks"]
    if t.dep_ == "npadvmod" and not (thanks and any(x.dep_ == "dobj" and x.tag_ == "PRP" for x in children(v))):
        return None                       # (`tweeted her thanks` parsed as `tweeted her`, `thanks` beside it)
    if not thanks and not (supportive or _positive(t)):
        return None                       # (`made comments about the senator`: no praise told)
    if any(x.dep_ in ("det", "amod") and x.lower_ in ("no", "little", "mixed", "faint") for x in children(t)):
        return None
    heads = [t] + supportive + ([v] if thanks else [])
    whom = next((o for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ in ("to", "for", "about", "of")
                 for o in children(p) if o.dep_ == "pobj"), None)
    if whom is not None and not (names_actor(whom) or actor_like(whom)):
        whom = owner_of(whom)             # (`reviews of the president's actions`: of the president)
        if whom is None:
            return None                   # (`gave thanks for the rain`: a thing no one owns)
    if whom is not None and whom.lower_ in FIRST + ("it", "its", "this", "that", "me", "us", "himself", "herself",
                                                    "themselves", "my", "our"):
        return None
    if whom is None and not thanks:
        return None
    subj = subject_of(v)
    if subj is None or _lemma(subj) in w["crowd"] or subj.lower_ in ("it", "this", "that", "you", "who", "which"):
        return None
    if subj.lower_ not in FIRST and not (names_actor(subj) or actor_like(subj)):
        return None                       # (`Democratic contender Hillary Clinton`: a title the name hangs on)
    return _by(t, "SUPPORT", subj, whom, quote_speaker_of) if subj.lower_ in FIRST else evaluative._make(
        t, "SUPPORT", subj, whom)


def _proposed(t, w):
    """`Republican figures suggested Melania's speechwriter be fired`, `leaders insisted that any package include a
    delay`, `he's suggesting that delegates should flip to his column`: a that-clause in the subjunctive (a bare `be`
    passive, a bare verb after a singular subject) or with `should` under a verb of proposing asks for it (REQUEST of
    the clause's subject, of a passive's agent, else of no one named; evaluative's `_insisted` reads the plain bare
    verb after `insist`, `demand`, `recommend`)."""
    said = child(t, ("ccomp",))
    if said is None or any(x.dep_ == "neg" for x in children(t)) or evaluative._hedged(t) or any(
            x.dep_ == "neg" for x in children(said)) or t.dep_ in ("relcl", "acl", "amod"):
        return None
    aux = [x for x in children(said) if x.dep_ in ("aux", "auxpass")]
    subj = child(said, SUBJ) or child(said, PASS_SUBJ)
    if subj is None or subj.lower_ in FIRST + ("you", "it", "this", "that", "there", "what", "which"):
        return None
    passive = said.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].lower_ == "be"
    insist = _lemma(t) in evaluative.words()["insist"]
    bare = not aux and said.tag_ in ("VB", "VBP") and said.lower_ == _lemma(said) and _lemma(said) not in (
        "be", "have") and subj.tag_ in ("NN", "NNP") and child(subj, ("conj",)) is None and (
        insist and said.tag_ == "VBP" or not insist and names_actor(subj))
    # (`insisted that any package include a delay`: a singular subject with a bare verb; after `suggest` only of
    # someone: `suggested that Sanders' attacks come from insecurity` is a reading, `what was released suggests that
    # a majority are ...` a finding)
    should = _lemma(t) in w["proposing"] - evaluative.words()["insist"] and any(
        x.lower_ == "should" for x in aux) and not any(x.lemma_.lower() == "have" for x in aux) and (
        names_actor(subj) or actor_like(subj))    # (`should have known`: a reproach, no act asked)
    if not (passive or bare or should):
        return None                       # (`polls suggest that voters are tired`: a finding, no demand)
    src = subject_of(t)
    if src is None or src.lower_ in ("it", "this", "that", "who", "which", "you", "what") or _lemma(src) in w[
            "crowd"] or not (names_actor(src) or actor_like(src) or src.lower_ in FIRST) or any(
            x.lower_ in ("not", "no", "neither", "few") for x in src.subtree):
        return None                       # (`Not all Cuban-Americans insist that ...`: who does not)
    asked = prep_object(said, "by") if passive else subj
    if asked is not None and not (names_actor(asked) or actor_like(asked)):
        asked = None
    c = evaluative._make(t, "REQUEST", src, asked)
    return c


def _act_required(t, w, quote_speaker_of):
    """`Ward said the Gazette report merits naming an independent counsel`, `"The favors done require an
    expedited investigation by a Special Prosecutor," Trump said`: an act of law or of amends said to be called for
    (praise.tsv `due`, the object of a `requiring` verb) is demanded by whoever says so (REQUEST of the agent named
    with `by`, else of no one named); not denied or hedged, not a rule (`the job requires a background review`:
    no one says so)."""
    obj = child(t, ("dobj",))
    if obj is None or _lemma(obj) not in w["due"] or _unasserted(t) or t.dep_ in ("relcl", "acl", "amod", "xcomp"):
        return None
    by = prep_object(obj, "by")
    asked = by if by is not None and (names_actor(by) or actor_like(by)) else None
    c = evaluative._said(obj, "REQUEST", t, asked if asked is not None else obj, quote_speaker_of)
    if c is None:
        return None
    if asked is None:
        c.target = []
    return c


def _kin_subject(t, w):
    """The subject of the copula t completes when it is someone named by kin or as a fellow (praise.tsv `kin`: `his
    wife`, `these guys`), whom the actor lexicon does not hold; else None."""
    be = t.head
    if _lemma(be) not in ("be", "become", "remain"):
        return None
    subj = child(be, SUBJ)
    if subj is None or subj.pos_ != "NOUN" or _lemma(subj) not in w["kin"] or not any(
            x.dep_ in ("poss", "det") and x.lower_ not in ("a", "an", "any", "every", "no", "some") for x in children(subj)):
        return None
    return subj


def _kin_praised(t, w, quote_speaker_of):
    """`Tom Ward said his wife was singularly fit to be mayor`, `"These guys were heroes," he said`: a
    word of praise said of someone named by kin or as a fellow (evaluative's verdicts read actors only) backs them,
    by whoever says so; not a feeling (`his wife was pleased`), not denied or hedged."""
    be = t.head
    ev = evaluative.words()
    lems = {_lemma(t), t.lower_}
    if not (lems & (ev["positive"] | w["good"]) or t.pos_ == "NOUN" and _positive(t)) or lems & (
            ev["feeling"] | ev["feeler"] | ev["tie"]) or _unasserted(be):
        return None                       # (`a great man`: the noun's word of praise)
    if t.pos_ == "NOUN" and any(x.dep_ == "amod" and _lemma(x) in ev["negative"] for x in children(t)):
        return None
    subj = _kin_subject(t, w)
    return _backed_by_sayer(t, be, subj, quote_speaker_of)


def _glad_to_see(t, quote_speaker_of):
    """`"Ann Roe won tonight and I was really happy to see it," Ward said`, `she is happy to see Brook back`:
    gladness at seeing someone or what someone did (the clause before `and ... that`) backs them (SUPPORT by the
    glad one; `I`/`we`: the quote's speaker)."""
    be = t.head
    see = next((x for x in children(t) if x.dep_ == "xcomp" and _lemma(x) in ("see", "have") and any(
        y.dep_ == "aux" and y.lower_ == "to" for y in children(x))), None)
    if see is None or any(x.dep_ == "neg" for x in children(t)) or (
            _unasserted(be) if _lemma(see) == "see" else any(x.dep_ == "neg" for x in children(be))):
        return None                       # (`I'd be happy to see him go` is hedged; `they'd be glad to have Pell in
        # their state` welcomes him)
    seen = child(see, ("dobj",))
    if seen is None and _lemma(see) == "see":
        clause = child(see, ("ccomp",))   # `happy to see that Okafor was elected`: the clause's subject, passive too
        seen = child(clause, SUBJ | PASS_SUBJ) if clause is not None else None
    if seen is not None and seen.lower_ in ("that", "this", "it") and be.dep_ == "conj":
        seen = child(be.head, SUBJ)       # (`X won and I was glad to see that`: the one who won)
    if seen is None or seen.lower_ in FIRST + ("it", "this", "that", "them", "you", "what", "which") or not (
            names_actor(seen) or actor_like(seen)):
        return None
    subj = child(be, SUBJ)
    if subj is None or subj.i == seen.i:
        return None
    if subj.lower_ not in FIRST and (not (names_actor(subj) or actor_like(subj)) or subj.lower_ in (
            "it", "this", "that", "who", "which", "you") or subj.lower_ == "they" and _lemma(see) != "have"):
        return None
    return _by(t, "SUPPORT", subj, seen, quote_speaker_of) if subj.lower_ in FIRST else evaluative._make(
        t, "SUPPORT", subj, seen)


def _none_better(t, w, quote_speaker_of):
    """`"Nobody is more qualified than Dana Roe to lead," he said`, `there has never been anybody, nobody more
    qualified than Dana Roe`, `she said no one is better suited to the job than Roe`: a word of praise (praise.tsv
    `peerless`) in a comparison whose other side is no one (`noone`) praises whom it is made with (the actor after
    `than`), by whoever says so; the no-one word is no target (evaluative's verdict on it gives way to this)."""
    if t.pos_ not in ("ADJ", "VERB", "ADV"):
        return None
    if t.tag_ not in ("JJR", "RBR") and not any(x.dep_ == "advmod" and x.lower_ in ("more", "better")
                                                for x in children(t)):
        return None                       # (`nobody is qualified`: no comparison)
    if t.dep_ == "amod":
        none, v = t.head, t.head.head
    elif t.dep_ == "acomp":
        v = t.head
        none = child(v, SUBJ | PASS_SUBJ)
    elif t.pos_ == "VERB":
        none, v = child(t, SUBJ | PASS_SUBJ), t
    else:
        return None
    if none is None or not no_one(none, w):
        return None
    whom = than_whom(t)
    if whom is None or v is None:
        return None
    return _said(t, v, whom, quote_speaker_of)


def _done_well(t, quote_speaker_of):
    """`"The police have conducted themselves professionally," the mayor said`, `the mayor said the crew had
    handled the fire superbly`: an act told done in a manner of praise (praise.tsv `welldone`), said by someone,
    praises its doer (SUPPORT by whoever says so); not negated or foretold, not of the speaker's own side (`we`),
    not in the passive (`was handled professionally`: the doer unnamed)."""
    v = t.head
    if v.pos_ != "VERB" or is_passive(v) or _unasserted(v):
        return None
    subj = child(v, SUBJ)
    if subj is None or subj.lower_ in FIRST + ("it", "this", "that", "what", "which", "who", "you", "everyone",
                                              "nobody", "people"):
        return None
    if not (names_actor(subj) or actor_like(subj)):
        return None
    return _said(t, v, subj, quote_speaker_of)


def no_one(x, w=None) -> bool:
    """A word that names no one: `nobody`, `none`, or `no` before a person word (`no one`, `no candidate`)."""
    w = w or words()
    if x.lower_ in ("nobody", "none", "noone", "no-one"):
        return True
    return _lemma(x) in w["noone"] and any(y.dep_ == "det" and y.lower_ == "no" for y in children(x))


def than_whom(t):
    """The actor after `than` in t's comparison (`than Dana Roe`: a `than` phrase, or a `than` clause whose subject
    it is), or None (`than ever`, `than it was`)."""
    for x in t.subtree:
        if x.lower_ != "than":
            continue
        whom = child(x, ("pobj",)) if x.dep_ == "prep" else child(x.head, SUBJ) if x.dep_ == "mark" else None
        if whom is not None and whom.i > x.i and whom.lower_ not in FIRST + (
                "it", "this", "that", "me", "us", "anyone", "anybody", "ever") and (
                names_actor(whom) or actor_like(whom)):
            return whom
        return None
    return None


def _rallied(t, w):
    """`took the stage to rally Democrats around Hillary Clinton`, `rallies Democrats for Clinton`: people rallied
    (the object) around, behind or for someone named back that one, by whoever rallies them (the phrase lexicon's
    `rally_around` reads the verb with no object between)."""
    backed = _backed_one(t, w)
    if backed is None or any(x.dep_ == "neg" for x in children(t)):
        return None
    subj = subject_of(t)
    if subj is None or subj.lower_ in ("it", "this", "that", "who", "which", "you") or subj.lower_ in FIRST or not (
            names_actor(subj) or actor_like(subj)):
        return None
    return evaluative._make(t, "SUPPORT", subj, backed)


def _backed_one(t, w):
    """Whom the object of a rallying verb is rallied around, behind or for: someone named (`rally Democrats around
    Hillary Clinton`), not a thing or a place (`rallied its members for the strike`, `rallies around California`)."""
    obj = child(t, ("dobj",))
    if obj is None or obj.lower_ in ("it", "this", "that", "them"):
        return None
    backed = next((o for h in (t, obj) for p in children(h) if p.dep_ == "prep" and p.lower_ in w["round"]
                   for o in children(p) if o.dep_ == "pobj"), None)
    if backed is None or not (backed.ent_type_ in ("PERSON", "ORG", "NORP") or backed.pos_ == "PROPN") \
            or backed.ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    return backed


def _by(t, etype: str, subj, target, quote_speaker_of):
    """A preset candidate of etype made by the subject (a quote's `I`/`we` is its speaker; a subject that names no
    one makes none)."""
    if subj.lower_ in FIRST:
        speaker = quote_speaker_of(t)
        if speaker is None:
            return None
        c = evaluative._make(t, etype, None, target)
        c.extra_source = speaker
        return c
    if not names_actor(subj) or subj.lower_ in ("it", "this", "that", "you", "who"):
        return None
    return evaluative._make(t, etype, subj, target)


# --- praise that backs no other actor (ev17p2): read on the finished event, whose participants carry the actors ---

def praise_of_no_other(c: Candidate, ev, speaker, actor_of) -> Optional[str]:
    """Why a SUPPORT event backs no actor but its sayer's own side, or None when it may back one: a verdict of praise
    (a preset rule of this module or of evaluative.py) said in a quote whose every target is
    - `own`: the sayer's own side: `we`, `us`, `our team`, or an actor of the sayer's country named by a place, a
      people or a praise.tsv `nation` word (`"the American people are good people," Obama said`);
    - `thing`: a thing, a place or a doing that names no actor (`"The merger was the best option for us"`, `"Florida
      is a good microcosm"`, `"We're encouraged by the results"`).
    Read on the finished event: the actors' countries (`actor_of`: actor id -> Actor) are what the slot rules and the
    confidence model cannot see. Backing verbs (`thank`, `endorse`, `support`) are never read here."""
    if ev.type != "SUPPORT" or not c.preset or ev.negated or ev.hypothetical or not ev.target or (
            speaker is None and ev.quote is None):
        return None
    doc = c.token.doc
    roots = [_root_of(doc, p) for p in ev.target]
    if any(r is None for r in roots):
        return None
    w = words()
    said_by = {a for p in ev.source if p.actor for a in [actor_of(p.actor)] if a is not None}
    if speaker is not None and getattr(speaker, "actor", None) and actor_of(speaker.actor) is not None:
        said_by.add(actor_of(speaker.actor))
    countries = {a.country for a in said_by if a.country}
    if all(_own(p, r, countries, actor_of, w) for p, r in zip(ev.target, roots)):
        return "own"
    if all(_no_actor_named(p, r) for p, r in zip(ev.target, roots)):
        return "thing"
    return None


def _root_of(doc, p):
    """The head token of a participant's words (None when they cut no token)."""
    span = char_span(doc, p.start, p.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _own(p, root, countries, actor_of, w) -> bool:
    """The target is the sayer's side: a first-person word (`we`, `our team`), or an actor of the sayer's country
    named by a place, a people or a nation word (`America`, `the American people`, `this country`)."""
    first = pronouns(person="1")       # (I, me, my, we, us, our ...; cached by the loader)
    if p.text.lower() in first or root.lower_ in first or any(
            x.dep_ == "poss" and x.lower_ in first for x in children(root)):
        return True
    a = actor_of(p.actor) if p.actor else None
    if a is None or not a.country or a.country not in countries or a.sector not in (None, "GOV", "CVL", "MIL"):
        return False
    return root.ent_type_ in ("GPE", "NORP") or _lemma(root) in w["nation"]


def _no_actor_named(p, root) -> bool:
    """The target names no actor: no actor resolved, no person, group or body word, no owner that is someone (`his
    response` stays); a place with no actor is a thing here (`Florida is a good microcosm`)."""
    if p.actor or root.ent_type_ in ("PERSON", "ORG", "NORP") or actor_noun(root):
        return False
    if root.pos_ == "PRON" or root.pos_ == "PROPN" and root.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    return not any(x.dep_ == "poss" for x in children(root))


def _backed_by_sayer(word, v, subj, quote_speaker_of):
    """SUPPORT of subj by whoever says the words (`evaluative._said` on `word` in v's clause), or None when subj is
    the sayer (praise of oneself) or the event's source would be subj itself."""
    if evaluative._of_the_sayer(v, subj, quote_speaker_of):
        return None
    c = evaluative._said(word, "SUPPORT", v, subj, quote_speaker_of)
    if c is not None and c.source and c.source[0].i == subj.i:
        return None
    return c
