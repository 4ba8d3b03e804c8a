"""Crime and local news: what police, courts and mishaps do in a story, by EVENT_GUIDE.md.

The rest of the events extractor was tuned on political news; crime reports and local news tell other things in
words it reads as political acts. These checks run with the others (`checks.keep`, `checks.retype`) and add the
detentions no trigger names (`candidates`). Word classes: lexicon/crime_words.tsv. docs/events.md ("Crime and
local news") lists the rules with examples.
- no one acting: a fire, a tragedy or an epidemic that kills or strikes, a weapon that goes off, a `shots fired
  call` (a name for a call), are no attacks;
- police work that accuses no one: police investigating with no one named, or a victim (`investigating a
  2-year-old who was shot`); inquiries that are questions (`fielded inquiries about selling`); warning the public
  about a danger; releasing or withholding information (`released the names of the victims`, `did not release
  details`);
- law enforcement (COERCE, the charged or held as target): `Dad charged after ...`, `arraigned on robbery charges`,
  `held on suspicion of`, `booked into jail`, `taken into custody`, police seeking suspects, police searching a home;
- money received from a giver is aid (`the grant money the police received from the state`).
"""
from __future__ import annotations

import functools

from ...lexicon import classes
from .lexicon import Pattern, hazards
from .triggers import Candidate, _depth, child, is_passive, prep_object

SUBJECTS = ("nsubj", "nsubjpass")
SHOTS = frozenset({"shot", "shots"})


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    """lexicon/crime_words.tsv as class -> words."""
    return {k: frozenset(v) for k, v in classes("crime_words.tsv").items()}


def _lemma(tok) -> str:
    return tok.lemma_.lower()


def _verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _police(x, w, law) -> bool:
    """x names police, investigators or prosecutors (its head or a word of its name: `Area North detectives`,
    `The Houston Police Department`)."""
    if not hasattr(x, "dep_"):
        return False
    toks = [x] + [y for y in x.children if y.dep_ in ("compound", "conj")]
    return any(_lemma(y) in w["police"] or _lemma(y) in law or y.lower_ in w["police"] for y in toks)


def no_event(c: Candidate, law: frozenset) -> bool:
    """True when the candidate is none of the guide's events in a crime or local story (`law`: event_senses.tsv
    `lawforce`)."""
    w = words()
    return (_no_culprit(c, w) or _discharge(c, w) or _named_call(c) or _police_inquiry(c, w, law)
            or _inquiry_question(c, w) or _public_warning(c, w) or _information_released(c, w)
            or _moves(c, w) or _service(c, w) or _off_the_record(c))


def _agents(c: Candidate) -> list:
    """Who does an act of force: its sources, else its passive `by` phrase, else the subject of the clause a
    participle or a joined verb hangs from (`A cholera epidemic ... has worsened the situation, killing 80`)."""
    xs = [x for x in c.source if hasattr(x, "dep_")]
    t = c.token
    if xs or not _verb(t) or c.noun is not None:
        return xs
    if is_passive(t):
        by = prep_object(t, "by")
        return [by] if by is not None else []
    s = child(t, ("nsubj",))
    if s is None and t.dep_ in ("advcl", "xcomp", "conj") and not any(
            x.dep_ == "mark" for x in t.children):
        s = child(t.head, ("nsubj",))
    if s is None and t.dep_ == "acl" and t.tag_ == "VBG":
        s = t.head
    return [s] if s is not None else []


def _mishap(x, w) -> bool:
    """A natural hazard, a fire, a tragedy: no actor (a fire named by who or what fires it is one: `rocket fire`,
    `Israeli fire`, `fire from troops`; `a house fire` is not)."""
    if x.pos_ not in ("NOUN", "PROPN"):
        return False
    lem = _lemma(x)
    if lem not in w["mishap"] and lem not in hazards() and x.lower_ not in hazards():
        return False
    if lem not in w["mishap"]:
        return True                       # `A cholera epidemic`, `flash floods`
    return not any(y.ent_type_ or y.dep_ == "poss" or (y.dep_ in ("compound", "nmod") and _lemma(y) not in w["premises"])
                   or (y.dep_ == "prep" and y.lower_ in ("from", "by")) for y in x.children)   # `a house fire`


def _no_culprit(c: Candidate, w) -> bool:
    """An act of force whose only agent is a mishap: `a fire destroyed the building`, `Tragedy struck the theater`,
    `struck down by the virus`, `A cholera epidemic sweeping the country ..., killing 80 people`."""
    if c.quad != 4 or c.preset:
        return False
    agents = _agents(c)
    return bool(agents) and all(_mishap(x, w) for x in agents)


def _discharge(c: Candidate, w) -> bool:
    """A weapon that goes off (`the weapon fired a bullet through his leg`, `the gun discharged`): no one attacks."""
    t = c.token
    if c.etype != "ASSAULT" or not _verb(t) or _lemma(t) not in w["discharge"]:
        return False
    if _lemma(t) == "go" and not any(x.dep_ == "prt" and x.lower_ == "off" for x in t.children):
        return False
    s = child(t, ("nsubj",))
    return s is not None and _lemma(s) in w["firearm"]


def _named_call(c: Candidate) -> bool:
    """`responded to a shots fired call`: the words name the kind of call, the noun they modify."""
    t = c.token
    if c.etype != "ASSAULT" or not _verb(t) or t.dep_ not in ("acl", "amod", "compound"):
        return False
    h = t.head
    return h.lower_ in SHOTS and h.i < t.i and h.dep_ in ("compound", "amod", "nmod") and h.head.i > t.i


def _victim(x, w) -> bool:
    """x names someone harm was done to (`a 2-year-old who was shot`, `the victim`, `the death of a man`)."""
    if _lemma(x) in w["victimish"]:
        return True
    return any(_verb(y) and _lemma(y) in w["harmverb"] and (is_passive(y) or _lemma(y) == "die")
               for y in x.subtree if y.i != x.i)


def _police_inquiry(c: Candidate, w, law) -> bool:
    """Police investigating accuse no one: with no one named (`Memphis police are still investigating`, `as
    detectives investigate`), or a victim (`is investigating a 2-year-old who was shot`)."""
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in ("investigate", "probe", "investigation", "inquiry"):
        return False
    targets = [x for x in c.target if hasattr(x, "dep_")]
    if targets and all(_victim(x, w) for x in targets):
        return True
    obj = child(word, ("dobj",)) if _verb(word) else None
    return not c.target and obj is None and bool(c.source) and all(
        _police(x, w, law) or (hasattr(x, "pos_") and x.pos_ in ("DET", "NUM")) for x in c.source)
    # (`Both are ongoing investigations`; `the UN launched an investigation` stays)


def _inquiry_question(c: Candidate, w) -> bool:
    """Inquiries that are questions asked, not investigations (`fielded inquiries about selling the theater`)."""
    n = c.noun if c.noun is not None else c.token
    if _lemma(n) != "inquiry" or prep_object(n, "into") is not None:
        return False
    return n.tag_ == "NNS" or any(x.dep_ == "prep" and x.lower_ in w["inquirytalk"] for x in n.children)


def _public_warning(c: Candidate, w) -> bool:
    """Warning the public about a danger (`the sheriff is warning residents about two recent scams`) threatens and
    accuses no one."""
    t = c.token
    if c.etype not in ("ACCUSE", "THREATEN") or not _verb(t) or _lemma(t) not in ("warn", "alert", "caution"):
        return False
    obj = child(t, ("dobj",))
    if obj is None or _lemma(obj) not in w["public"]:
        return False
    return any(x.dep_ == "prep" and x.lower_ in ("about", "of") for x in t.children) or not any(
        x.dep_ in ("ccomp", "xcomp") for x in t.children)   # (`warned residents that ...`: what was said may be one)


def _information_released(c: Candidate, w) -> bool:
    """Information released or withheld (`police released the names of two victims`, `did not release additional
    details`) is no concession and no refusal."""
    t = c.token
    if c.etype == "CONCEDE" and c.noun is not None and _lemma(c.noun) == "release" and any(
            x.dep_ in ("compound", "amod") and x.lower_ in ("news", "press", "media") for x in c.noun.children):
        return True                       # `according to a news release from DeKalb Police`
    if c.etype not in ("CONCEDE", "REJECT", "AID") or not _verb(t) or _lemma(t) not in (
            "release", "disclose", "reveal", "withhold", "publish", "give", "provide", "share", "offer"):
        return False
    obj = child(t, ("dobj", "nsubjpass"))
    return obj is not None and _lemma(obj) in w["disclosed"]   # (`Police have not given any information`)


def _moves(c: Candidate, w) -> bool:
    """Moving about, not acting on anyone: `walked out of an alley` (no walkout), `pulled out a gun` (no
    withdrawal), `dropped him off at school` (no concession), `was standing with a group of people in the 1200
    block` (no solidarity)."""
    t = c.token
    if not _verb(t):
        return False
    lem = _lemma(t)
    prt = {x.lower_ for x in t.children if x.dep_ == "prt"}
    if c.etype == "PROTEST" and lem == "walk" and "out" in prt:
        where = prep_object(t, "of")
        return where is not None and where.pos_ == "NOUN" and not where.ent_type_
    if c.etype == "RETREAT" and lem == "pull":
        obj = child(t, ("dobj",))
        return obj is not None and (_lemma(obj) in w["firearm"] or _lemma(obj) in ("knife", "blade"))
    if c.etype == "CONCEDE" and lem == "drop" and "off" in prt:
        return True
    if c.etype == "SUPPORT" and lem == "stand":
        whom = prep_object(t, "with")
        return whom is not None and any(y.dep_ == "prep" and y.lower_ in ("in", "at", "outside", "near", "on")
                                        for y in list(whom.children) + list(t.children))
    return False


def _service(c: Candidate, w) -> bool:
    """Help that is a service, not aid: `grief counselors were on campus to help students`, `HFD dispatched to the
    corner` (units sent, nothing given)."""
    t = c.token
    if c.etype != "AID" or not _verb(t):
        return False
    lem = _lemma(t)
    if lem in ("dispatch", "send", "deploy") and child(t, ("dobj", "nsubjpass", "dative")) is None:
        return True
    if lem in ("help", "assist", "serve") and t.dep_ in ("advcl", "xcomp") and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in t.children):
        obj = child(t, ("dobj",))
        return obj is not None and _lemma(obj) in w["public"] and not any(
            hasattr(x, "dep_") and x.ent_type_ for x in c.source)
    return False


def _off_the_record(c: Candidate) -> bool:
    """Declining to go on the record or to be named is a source's wish, no refusal (`neighbors, who declined to go
    on the record`)."""
    t = c.token
    if c.etype != "REJECT" or not _verb(t) or _lemma(t) not in ("decline", "refuse"):
        return False
    x = child(t, ("xcomp",))
    return x is not None and any(y.lower_ == "record" or _lemma(y) in ("identify", "name") for y in x.subtree)


def _coerce(c: Candidate, target: list, source: list) -> None:
    c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", "arrest"
    c.target, c.source = target, source


def retype(c: Candidate, law: frozenset) -> None:
    """The guide's types for law enforcement and money received; run with `checks.retype`."""
    w = words()
    t = c.token
    lem = _lemma(t)
    if c.etype in ("ACCUSE", "COERCE") and _verb(t) and lem in ("charge", "indict") and not any(
            x.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr") or (x.dep_ == "prep" and x.lower_ == "at")
            for x in t.children):
        s = child(t, SUBJECTS)
        if s is not None and not _police(s, w, law) and s.pos_ in ("NOUN", "PROPN", "PRON"):
            by = prep_object(t, "by")     # `Dad charged after toddler shoots mom`, `Man charged in shooting`:
            _coerce(c, [s], [by] if by is not None else [])   # the charged is the target
            return
    n = c.noun
    if c.etype in ("ACCUSE", "COERCE") and n is not None and _lemma(n) in ("charge", "indictment", "count") and \
            n.dep_ == "pobj" and n.head.lower_ in ("on", "with", "for") and _lemma(n.head.head) in w["custody"]:
        v = n.head.head                   # `were arraigned Monday with first-degree robbery charges`
        passive = is_passive(v)
        whom = child(v, ("nsubjpass",)) if passive else child(v, ("dobj",))
        by = prep_object(v, "by") if passive else child(v, ("nsubj",))
        if whom is None and passive and v.dep_ == "acl":
            whom = v.head
        if whom is not None:
            _coerce(c, [whom], [by] if by is not None else [])
            return
    if c.etype == "COERCE" and _verb(t) and lem in w["custody"] and is_passive(t) and any(
            hasattr(x, "dep_") and _lemma(x) in w["chargeword"] for x in c.target):
        c.target = [x for x in c.target if not (hasattr(x, "dep_") and _lemma(x) in w["chargeword"])]
        if not c.target and child(t, ("nsubjpass",)) is None and t.dep_ == "conj":
            s = child(t.head, SUBJECTS)   # `Two people believed to be accomplices were arraigned with robbery
            c.target = [s] if s is not None else []   # charges`: the people, not the charges
        return
    if c.etype == "ACCUSE" and n is not None and _lemma(n) in ("charge", "count", "indictment") and any(
            y.dep_ in ("compound", "amod") and (_lemma(y) in w["chargeword"] or y.lower_ in ("criminal", "felony"))
            for y in n.children):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None   # `the manslaughter charge is a proper fit`
        return
    if c.etype == "REQUEST" and _verb(t) and lem in ("seek", "hunt", "search"):
        obj = child(t, ("dobj",))
        if obj is not None and _lemma(obj) in w["fugitive"] and any(_police(x, w, law) for x in c.source):
            _coerce(c, [obj], [x for x in c.source if _police(x, w, law)])   # `police are seeking suspects`
            return
        if t.tag_ == "VBN" and (t.dep_ == "acl" or is_passive(t)):
            whom = child(t, ("nsubjpass",)) or (t.head if t.dep_ == "acl" else None)
            if whom is not None and _lemma(whom) in w["fugitive"]:
                by = prep_object(t, "by")  # `suspects sought in shooting outside theater`
                _coerce(c, [whom], [by] if by is not None else [])
                return
    if c.etype == "CONSULT" and _verb(t) and lem in ("receive", "get", "accept"):
        obj = child(t, ("dobj",))
        if obj is None and t.dep_ == "relcl" and t.head.pos_ == "NOUN":
            obj = t.head                  # `the grant money the police received from the state`
        if obj is None:                   # (the same parsed as `money police received`, a participle on police)
            obj = next((y for y in t.doc[max(t.sent.start, t.i - 5):t.i] if _lemma(y) in w["money"]), None)
        giver = prep_object(t, "from")
        whom = child(t, ("nsubj",)) or (t.head if t.dep_ == "acl" else None)
        if obj is not None and _lemma(obj) in w["money"] and giver is not None and whom is not None:
            c.etype, c.quad, c.cameo, c.mode = "AID", 2, "070", None
            c.source, c.target = [giver], [whom]


def candidates(sent, skipped, law: frozenset) -> list[Candidate]:
    """Detentions and searches no trigger names: `is being held on suspicion of robbery`, `held without bail`,
    `was booked into the county jail`, `taken into custody`, `police searched the home` (COERCE, the held as
    target, police as source when named)."""
    w = words()
    out = []
    for t in sent:
        if not _verb(t) or skipped(t):
            continue
        lem = _lemma(t)
        passive = is_passive(t)
        held = None
        if lem == "hold" and any(x.dep_ == "prep" and x.lower_ in ("on", "in", "without") and any(
                _lemma(y) in w["heldon"] or _lemma(prep_object(y, "of") or y) in w["jail"]
                for y in x.children if y.dep_ == "pobj") for x in t.children):
            held = "arrest"
        elif lem in ("book", "take") and any(x.dep_ == "prep" and x.lower_ in ("into", "in", "to") and any(
                _lemma(y) in w["jail"] for y in x.children if y.dep_ == "pobj") for x in t.children):
            held = "arrest"
        elif lem == "search" and not passive and (obj := child(t, ("dobj",))) is not None and \
                (_lemma(obj) in w["premises"] or obj.lower_ == "it"):
            subj = child(t, ("nsubj",))
            if subj is not None and (_police(subj, w, law) or (subj.lower_ == "they" and any(
                    _police(x, w, law) for x in sent if x.dep_ == "nsubj" and x.i != subj.i))):
                c = Candidate(t, None, Pattern("search", lem, "171", None, ()), t.i, t.i, False, etype="COERCE",
                              quad=4, cameo="171", source=[subj], target=[obj], preset=True)
                c.depth = _depth(t)
                out.append(c)
            continue
        if held is None or any(x.dep_ in ("prep", "advmod", "advcl") and x.lower_ == "since" for x in t.children):
            continue                      # (`Since then, 427 fugitives have been taken into custody`: a tally)
        whom = child(t, ("nsubjpass",)) if passive else child(t, ("dobj",))
        if whom is None and passive and t.dep_ == "acl":
            whom = t.head
        agent = prep_object(t, "by") if passive else child(t, ("nsubj",))
        if whom is None or (not passive and (agent is None or not _police(agent, w, law))):
            continue                      # (`the party held a rally in custody of`: no one held by police)
        c = Candidate(t, None, Pattern("custody", lem, "173", "arrest", ()), t.i, t.i, False, etype="COERCE",
                      quad=4, cameo="173", mode="arrest", source=[agent] if agent is not None else [],
                      target=[whom], preset=True)
        c.depth = _depth(t)
        out.append(c)
    return out


REFERRING = frozenset({"about", "during", "after", "since", "following", "regarding", "concerning"})


def mentioned_again(c: Candidate, told: set) -> bool:
    """A shooting an earlier sentence told, named again as what something is about or when it happened (`information
    about Tuesday's shooting`, `during the shooting`, `the sound of gunfire`): no new mention. Not when the noun
    says more about it (`the shooting that injured her`, `a shooting of two teens`)."""
    n = c.noun
    if not c.nominal or n is None or c.etype != "ASSAULT" or c.etype not in told or c.source or \
            c.extra_source is not None or n.dep_ != "pobj":
        return False
    if any(hasattr(x, "dep_") and x.ent_type_ not in ("DATE", "TIME") for x in c.target):
        return False
    p = n.head
    if not (p.lower_ in REFERRING or (p.lower_ == "of" and _lemma(p.head) in ("sound", "noise", "report"))):
        return False
    return not any(x.dep_ in ("relcl", "acl", "appos", "nummod") or (x.dep_ == "prep" and x.lower_ in ("of", "on"))
                   for x in n.children)
