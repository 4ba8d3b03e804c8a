"""Senses of the trigger words checked by construction (issue 10, ev28): a word of the event lexicon says an event
only when its arguments are of the kinds its event sense needs. `fire` shoots only a projectile (`fired 300 workers`
dismisses them, `fired the ball` plays), `execute` kills only someone (`executed the play` runs it), a prize is won,
not seized (`captured the title`, `seized the lead`, `captured a third of the market`), an illness is fought, not a
foe (`fighting cancer`), market demand asks nothing (`demand for oil fell`), a forecast warns no one (`warned that
profits would fall`), a thing blocks a road and a photographer shoots a picture. Other senses change the type:
`struck out at` critics (ACCUSE), workers striking at their plant (PROTEST), police capturing a fugitive (COERCE),
hackers executing malware (COERCE, a cyber operation by the guide), a ban of imports (SANCTION), protesting one's
innocence (REJECT). Word classes in lexicon/event_senses.tsv; run from `checks.keep` (`no_event`) and
`checks.retype` (`retype`). The probe of every sense: bench/sense_probe.py."""
from __future__ import annotations

from ...lexicon import actors as actor_words
from ..spans import children, sentence_tokens
from .domains import someone
from .lexicon import hazards, load, plover
from .triggers import Candidate, actor_like, child, lemma as _lemma, prep_object, warlike
from .victims import _person


def _in(x, words) -> bool:
    return x is not None and hasattr(x, "lemma_") and (_lemma(x) in words or x.lower_ in words or (
        x.tag_ in ("NNPS", "NNP") and x.lower_.endswith("s") and x.lower_[:-1] in words))
    # (`Rockets were fired`: a capital plural the parse leaves as its own lemma; rev28a)


def _armed_doer(c, t, w) -> bool:
    """The doer is an armed side or the police (the subject or the source): what they take, raid or hit is force,
    whatever else its word may name (`rebels seized the central market`, `police raided the Treasury`; rev28a)."""
    s = _subject(t)
    war = load().cues.get("warforce", ())   # (and `Rebels` opening a sentence, a capital plural: `_in`)
    return any(hasattr(x, "dep_") and (warlike(x) or _in(x, war) or _in(x, w["lawforce"]) or _in(x, w["policeman"]))
               for x in ([s] if s is not None else []) + list(c.source))


def _fired_thing(x, w) -> bool:
    """A shot, a projectile, a weapon or arms (`fired tear gas canisters`: a modifier of one; `fired drones`: a war
    machine; `a number of shots`, `half of its rockets`: what a count or a part is of), or a pronoun (`fired it`)."""
    kinds = ("shotfired", "projectile", "weapon", "armament")
    x = _part_of(x, w)                    # `fired a number of shots`, `a handful of rounds` (ev29a)
    return any(_in(x, w[k]) for k in kinds) or warlike(x) or any(
        y.dep_ in ("compound", "amod") and any(_in(y, w[k]) for k in kinds) for y in children(x)) or (
        x.pos_ == "PRON" and x.lower_ not in ("him", "her", "them"))


def _filming(s, w) -> bool:
    """A `cameraman` noun that shoots pictures: with no modifier, or a modifier of film (`the camera crew`); not
    `the tank crew`, `the prison director` (rev28a)."""
    mods = [y for y in children(s) if y.dep_ in ("compound", "amod", "nmod")]
    return _in(s, w["cameraman"]) and (not mods or any(_in(y, w["filmword"]) for y in mods))


def _someone(x, w) -> bool:
    """A person, an actor or people: `domains.someone` (a name of one, a noun of an actor, a personal pronoun), or
    `whom`, a noun of people, a count of them (`executed four`)."""
    return someone(x) or x.lower_ == "whom" or _in(x, w["people"]) or x.like_num or x.ent_type_ == "CARDINAL"


def person_word(x, w) -> bool:
    """A common noun of one person named by kin, deed, standing or role (actor_words `person_noun`, `kin`,
    `relation`, `private_person`; event_senses `wrongdoer`, `stranger`, `threatener`): the maker of a threat, though no actor noun
    (`the defendant threatened to kill the witness`, `her uncle threatened ...`; ev53). Read for THREATEN alone
    (checks._acting, `_risk_of_a_thing`): a coach's or a fan's words of blame or praise stay out."""
    if not hasattr(x, "dep_") or x.pos_ != "NOUN" or x.ent_type_:
        return False
    lem = _lemma(x)
    return lem in w["wrongdoer"] or lem in w["stranger"] or lem in w["threatener"] or any(
        lem in actor_words.words(k) for k in ("person_noun", "kin", "relation", "private_person"))


def _objects(t) -> list:
    """What the verb is done to: its direct object, or the passive subject (past a count: `thousands of emails`)."""
    out = [x for x in children(t) if x.dep_ in ("dobj", "nsubjpass") and x.lower_ not in RELATIVE]
    if not out and t.dep_ == "relcl" and any(x.dep_ == "nsubj" and x.lower_ not in RELATIVE for x in children(t)) \
            and not any(x.lower_ in ("where", "when", "why", "how") or x.dep_ == "prep" for x in children(t)):
        out = [t.head]                    # `the script that the attackers executed`: what the clause is on
    return [_past_count(x) for x in out]


def _past_count(x):
    """What a count is of (`thousands of emails`, `two of the batteries`), else x itself."""
    return (prep_object(x, "of") or x) if x.like_num or x.lower_ in COUNTS else x


RELATIVE = frozenset({"that", "which", "who", "whom"})
COUNTS = frozenset({"thousands", "hundreds", "dozens", "millions", "scores", "lots", "tens"})


def _subject(t):
    s = child(t, ("nsubj",))
    if s is None and t.dep_ == "conj":
        s = child(t.head, ("nsubj",))
    return s


def _is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def no_event(c: Candidate, w) -> bool:
    """The trigger's arguments are of a kind its event sense cannot take: no event."""
    t = c.token
    if c.noun is not None:
        return (c.noun.i == t.i and _in(c.noun, w["lightonly"])) or (
            c.etype in ("COOPERATE", "MOBILIZE") and _civil_drill(c, w)) or (
            c.etype == "REQUEST" and _market_demand(c.noun, w)) or (
            c.etype in ("THREATEN", "ACCUSE") and _peril_noun(c.noun, w)) or (
            c.etype == "THREATEN" and c.noun.dep_ == "dobj" and _lemma(c.noun.head) in ("meet", "miss")) or (
            c.etype == "AGREE" and c.noun.dep_ in ("dobj", "nsubjpass") and _in(c.noun, w["dealthing"])
            and _lemma(c.noun.head) in ("withdraw", "pull", "drop", "rescind", "scrap")) or (
            c.etype == "ASSAULT" and _crime_charged(c.noun, w))
        # (`failed to meet the deadline`: a date kept or missed, no ultimatum; `withdrew its offer`: an offer taken
        # back agrees nothing, ev29b; a tariff is laid only by a light verb, `imposed tariffs`: not `lower tariffs on
        # coffee`, ev30a; `a threat of cholera`, `a warning on melons`: a danger told, ev30b)
    if not _is_verb(t):
        return False
    lem = _lemma(t)
    objs = _objects(t)
    subj = _subject(t)
    if c.etype == "AGREE" and lem == "accept" and objs and all(_honour_taken(x, w) for x in objs):
        return True                       # `rose to accept his party's nomination`, `accepted the award`: a candidacy
        # or an honour taken up, no agreement with anyone (ev53; `accepted the nomination of X as envoy` stays)
    if c.etype == "ASSAULT" and _crime_charged(t, w):
        return True                       # `complaints of shooting with intent to kill`: the crime a charge names
        # (ev34; a gerund the parse makes a verb)
    if c.etype == "ACCUSE" and _in(t, w["harshverb"]) and not _harsh_words(t, w, objs, subj):
        return True                       # `savaged by a dog`, `hammered by the storm`, `hammered out a deal`: a
        # verb of harsh words only aimed at someone by someone (ev34)
    if c.etype == "ASSAULT" and lem == "fire" and objs and not any(_fired_thing(x, w) for x in objs):
        return True                       # `fired 300 workers`, `was fired after eight defeats`, `fired the ball
        # into the corner`: only a shot, a projectile or a weapon is fired at someone
    if c.etype in ("ASSAULT", "ACCUSE") and lem == "execute" and objs and not any(
            _someone(x, w) or any(y.dep_ == "nummod" for y in children(x)) for x in objs):
        return True                       # `executed the play`, `the program executes the script`: a plan or code
        # carried out (a cyber attack executed is retyped before: `retype`)
    if c.etype in ("ASSAULT", "COERCE") and _in(t, w["conquest"]) and any(_won(x, w) for x in objs) and not \
            _armed_doer(c, t, w):         # (`rebels seized the central market`, `soldiers seized gold`: rev28a)
        return True                       # `captured the title`, `seized the lead`, `captured a third of the market`
    if c.etype == "ASSAULT" and _in(t, w["capturing"]) and objs and all(
            _in(y, w["network"]) or _in(y, w["document"]) and y.pos_ == "NOUN" for y in (_share_of(x, w) for x in objs)):
        return True                       # `the emails were captured`, `one percent of the emails were captured`:
        # data recorded, no one taken
    if c.etype == "ASSAULT" and lem in ("hit", "strike") and objs and all(_in(x, w["obstacle"]) for x in objs) \
            and not (subj is not None and (warlike(subj) or _in(subj, w["violence"]) or _in(subj, w["weapon"]))) \
            and prep_object(t, "with") is None:   # (`a car bomb hit traffic`: a weapon's blow, rev28a)
        return True                       # `the flight hit turbulence`, `talks hit a snag`: met on the way, no blow
    if c.etype in ("CONSULT", "ASSAULT", "ACCUSE") and lem in ("meet", "clash", "face", "play") and any(
            x.dep_ == "prep" and x.lower_ == "in" and _in(child(x, ("pobj",)), w["fixture"]) for x in children(t)):
        return True                       # `the two sides meet in the final`: a game
    if c.etype in ("ASSAULT", "ACCUSE", "REJECT") and _in(t, w["fightverb"]) and objs and all(
            _in(x, w["ailment"]) for x in objs):
        return True                       # `fighting cancer`, `battled addiction`: an illness, no foe
    if c.etype == "ASSAULT" and lem == "battle" and not any(warlike(x) for x in (*c.source, *c.target)
                                                            if hasattr(x, "dep_")) and not _violence_in(t, w):
        return True                       # `the movement continues to battle against the electorate`: a verb of
        # battle is force only with an armed side or violence told (`troops battled insurgents`)
    if (c.etype in ("ASSAULT", "PROTEST", "COERCE", "REJECT") or c.etype == "ACCUSE" and lem in ("hit", "strike")) \
            and _thing_did(t, w):
        return True                       # `a fallen tree blocked the road`, `the rocket blasted off`
    if c.etype == "ASSAULT" and lem == "shoot" and subj is not None and _filming(subj, w):
        return True                       # `the photographer shot the singer for a cover`
    if c.etype == "ASSAULT" and lem == "shoot" and objs and all(
            _in(_part_of(x, w), w["screenwork"]) for x in objs):   # (`shot a series of victims`: the victims;
        # test_event_rev27a; `shot the star of the series`: a person, test_event_rev27c)
        return True                       # `the movie was shot in 18 days`, `shot the video`: a film made (ev29b)
    if c.etype == "ASSAULT" and lem == "shoot" and any(x.ent_type_ == "PERCENT" or _in(x, ("percent", "%"))
                                                       for x in objs):
        return True                       # `the guard shot 40 percent from the field`: a statistic of play
    if c.etype == "ASSAULT" and lem == "beat" and _in(prep_object(t, "to"), w["prize"]):
        return True                       # `beat its rivals to the market`: a race won
    if c.etype == "THREATEN" and _in(t, w["menacing"]) and (_risk_of_a_thing(t, w) or _self_harm_threatened(t, w)):
        return True                       # `a case that threatened to cripple the unions`: a risk a thing runs, no one
        # threatens; `was threatening to take his own life`: a person in crisis, no threat to another (ev52)
    if c.etype in ("AGREE", "SUPPORT") and _in(t, w["boundvote"]) and _delegate_kind(t, objs, w):
        return True                       # `both pledged delegates and superdelegates`, `the remaining, pledged
        # delegates`: the parse made the name of a kind of delegate a verb and its object; no promise (ev52)
    if c.etype in ("CONSULT", "REQUEST") and _in(t, w["inviting"]) and _pastime_invited(t, w) and not \
            _political_guest(c, t):       # (`King Omar invited the envoy to stay overnight`: a visit, review52c)
        return True                       # `invited her over to watch a film`, `invited him to stay with them`: a
        # guest asked to pass time in private, no meeting and no act asked for (ev52)
    if c.etype == "CONSULT" and lem == "host" and objs and all(_in(x, w["spectacle"]) or _in(x, w["fixture"])
                                                               for x in objs):
        return True                       # `Qatar hosted the World Cup`: a show put on, no one met
    if c.etype == "COERCE" and lem == "raid" and any(_in(x, w["coffer"]) or _in(x, w["prize"]) for x in objs) and \
            not _armed_doer(c, t, w):     # (`police raided the market`, `the Treasury`: a search; rev28a)
        return True                       # `raided the pension fund`, `the transfer market`: money or players taken
    if c.etype == "ACCUSE" and lem == "knock" and any(x.lower_ == "out" and x.dep_ in ("prt", "prep")
                                                      for x in t.subtree):
        return True                       # `knocking Pike and Reed out of the race`, `knocked out the incumbent`: a
        # rival beaten, no one criticised (`knocking me for tweeting` criticises; ev45)
    if c.etype == "ACCUSE" and subj is not None and _in(subj, w["reviewer"]) and not subj.ent_type_ and objs and all(
            _in(x, w["screenwork"]) or _in(x, w["fiction"]) for x in objs):
        return True                       # `critics panned the sequel`: a review of a work (ev47)
    if c.etype in ("ACCUSE", "THREATEN") and lem == "warn" and _forecast(t, w):
        return True                       # `the company warned that profits would fall`: a forecast
    if c.etype == "PROTEST" and lem == "strike" and not objs and _one_person(subj):
        return True                       # `Kane struck from 20 yards`: one person strikes a ball or a blow; a
        # walkout is done by workers together (`nurses struck for a second day`)
    if c.etype in ("CONSULT", "REJECT") and lem == "meet" and objs and not any(
            _someone(x, w) or x.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            or x.tag_ == "NNS" and not _in(x, w["requirement"]) for x in objs):   # (`met survivors of the
        # quake`: people in the plural, rev28a)
        return True                       # `failed to meet its sales targets`, `met the deadline`: a thing met, no one
    if c.etype in ("ACCUSE", "THREATEN") and lem == "warn" and _peril_warned(t, w):
        return True                       # `warned that a new strain could appear`, `warned of higher prices`: a
        # danger of nature, health or the market pointed out, no one accused or threatened (ev29b)
    if c.etype == "ASSAULT" and lem == "beat" and _named_rivals(c, t, w, subj, objs):
        return True                       # `Nadal beat Federer in straight sets`: one named player beats another
    if c.etype == "PROTEST" and lem == "protest" and any(_in(y, w["sport"]) for x in objs for y in _owners(x)):
        return True                       # `the players protested the referee's decision`: a call in a game (the
        # object's own words and its owner's, not `the construction of a stadium for the championship`: rev29a)
    if c.etype == "SUPPORT" and _in(t, w["backverb"]) and objs and all(_in(x, w["club"]) for x in objs):
        return True                       # `he has supported Arsenal since he was a boy`: a fan's club
    if c.etype == "ASSAULT" and lem in ("bomb", "kill") and not objs and _in(subj, w["performer"]):
        return True                       # `the comedian bombed`, `the band killed on stage`: a show, no one hit
    if c.etype == "REJECT" and _in(t, w["vow"]) and _ill_fought(t, w):
        return True                       # `vowed to fight poverty`: an ill of a society, no foe resisted
    if c.etype == "RETREAT" and _in(subj, w["firm"]) and lem in ("withdraw", "pull") and objs and all(
            _in(x, w["dealthing"]) for x in objs):
        return True                       # `the company withdrew its bid`: a business's offer dropped, no ground
        # given up (`the firm backed out of the deal` stays REJECT: test_event_refusals_review)
    if c.etype == "COERCE" and lem == "impose" and objs and all(_in(x, w["levy"]) for x in objs):
        return True                       # `imposed an impact fee on new homes`: a charge laid on payers (ev30b)
    if c.etype == "COERCE" and lem in ("shut", "close") and objs and all(
            _lemma(x) in load().cues.get("openplace", ()) for x in objs) and not any(
            hasattr(x, "dep_") and (warlike(x) or _in(x, load().cues.get("warforce", ()))) for x in [subj] + c.source
            if x is not None):
        return True                       # `police shut down the intersection while investigating`: traffic kept off,
        # no one coerced; an armed side closing a road stays (ev30b)
    if c.etype == "REJECT" and lem == "turn" and objs and all(_in(x, w["appliance"]) for x in objs):
        return True                       # `turned the radio down`: no offer refused (ev30b)
    if any(x.dep_ in ("prt", "prep") and f"{lem}_{x.lower_}" in w["idlephrase"] for x in children(t)):   # (`out
        # of the meeting` parsed as a preposition, rev28a)
        return True                       # `blasted off`, `stormed off the stage`: a going, no act on anyone
    return False


def _civil_drill(c: Candidate, w) -> bool:
    """A drill or exercise (event_senses `drillnoun`) with no military word that is a civil one by its kind (event_senses
    `civildrill`: `a fire drill`, `an emergency exercise`) or by its doers, when all are common nouns of no armed force
    (`the school held a drill`, `teachers held a drill for students`): a practice, no show of force nor cooperation
    (EVENT_GUIDE: military exercises; rev30b). `China held drills`, `the army held exercises` stay."""
    n = c.noun
    if not _in(n, w["drillnoun"]) or any(x.dep_ in ("amod", "compound") and (_in(x, w["military"]) or warlike(x))
                                         for x in children(n)):
        return False
    doers = [x for x in c.source if hasattr(x, "dep_")]
    if any(warlike(x) for x in doers):
        return False
    return any(x.dep_ in ("amod", "compound") and _in(x, w["civildrill"]) for x in children(n)) or bool(doers) and all(
        x.pos_ == "NOUN" and not x.ent_type_ for x in doers)


def no_act(c: Candidate, w) -> bool:
    """A verb of the lexicon that is an act only with arguments of one kind, whatever the rules make of it (a refusal,
    a promise): run first in `checks.keep` (ev30a)."""
    if _names_the_harmed(c, w):
        return True                       # `deputies responded for a shooting victim`: a person named (ev53)
    if _bout_of_illness(c, w):
        return True                       # `died of a heart attack`, `she had a seizure`: illness, no act (ev55a)
    if c.pattern.kind not in ("verb", "need") or c.noun is not None or not _is_verb(c.token):
        return False
    t = c.token
    if c.pattern.key in w["callupverb"] or _lemma(t) in w["callupverb"]:
        return not any(_in(x, w["callup"]) for x in _objects(t))   # `activated the alarm`: only forces activated
    return False


def _bout_of_illness(c: Candidate, w) -> bool:
    """An event noun that names a bout of illness: an attack word with a `bout` word set before it (`a heart attack`,
    `an asthma attack`, `panic attacks`), or a `fitnoun` (`seizure`) that someone has or suffers (`fitverb`) with no
    `of` phrase naming what is seized (ev55a). `an attack on the heart of the city`, `the seizure of the ship`,
    `agents made a seizure` stay."""
    n = c.noun if c.noun is not None else c.token
    if n.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(x.dep_ in ("compound", "amod", "nmod") and x.i < n.i and _in(x, w["bout"]) and not (
            x.pos_ == "PROPN" and n.pos_ != "PROPN") for x in children(n)):
        return True                       # (a name's word is no illness: `the Sacred Heart attack`; review55c)
    if not _in(n, w["fitnoun"]) or any(x.dep_ == "prep" and x.lower_ == "of" for x in children(n)):
        return False
    if any(x.dep_ in ("compound", "amod", "nmod") and _in(x, w["seizedgoods"]) for x in children(n)):
        return False                      # `agents had a drug seizure`: goods taken (review55c)
    holder = child(n.head, ("nsubj",))
    if holder is not None and (_in(holder, w["lawforce"]) or holder.tag_ in ("NNS", "NNPS")):
        return False                      # `customs officers had a record seizure`: the police take, a person has a
        # fit (review55c)
    return n.dep_ == "dobj" and _in(n.head, w["fitverb"])


def _honour_taken(x, w) -> bool:
    """A candidacy or an honour (event_senses `honour`: nomination, award, prize) with no `of` phrase naming someone
    else it is for (`the nomination of Judge X` is someone's nomination accepted; `for governor` is the office)."""
    return _in(x, w["honour"]) and not any(y.dep_ == "prep" and y.lower_ == "of" for y in children(x))


def _names_the_harmed(c: Candidate, w) -> bool:
    """An attack word set before a noun of the one it harmed (event_senses `harmed`: `a shooting victim`, `the
    stabbing victims`, `the bombing survivors`): the phrase names a person, and the attack is told, if at all,
    elsewhere; the parse made the word an adjective or a compound of the noun, which then became its doer (ev53).
    `a gunman was shooting victims at random` (the noun its object) stays."""
    t = c.token if c.noun is None else c.noun
    return t.dep_ in ("amod", "compound") and t.head.i > t.i and t.tag_ in ("VBG", "NN") and \
        _lemma(t.head) in w["harmed"] and not any(x.dep_ in ("dobj", "nsubj", "aux") for x in children(t))


def _blamed_for(t) -> bool:
    """A `for` phrase of the verb that gives a reason of blame: an act (`for failing to act`) or a thing someone owns
    (`called out the army for its silence`): criticism, no call-up (rev30b)."""
    o = prep_object(t, "for")
    return o is not None and (o.pos_ == "VERB" or any(y.dep_ == "poss" for y in children(o)))


def _peril_warned(t, w) -> bool:
    """What a warning is of (the subject of its clause, the object of its `of` or `about`) is a natural hazard, an
    illness, a peril (`strain`, `shortage`, `risk`), a market figure or a thing that cannot act: no one's act."""
    clauses = [x for x in children(t) if x.dep_ == "ccomp"]
    clause = next((x for x in clauses if x.i > t.i), clauses[0] if clauses else None)   # (what is warned of comes
    # after the verb: `The ministry believes ...; however, Roe warns that a fresh strain might appear`)
    warned = child(t, ("dobj",))
    things = [_risk_of(x, w) for x in [child(clause, ("nsubj", "nsubjpass")) if clause is not None else None,
                                       prep_object(t, "of"), prep_object(t, "about")] + ([
        prep_object(warned, "of")] if warned is not None and _someone(warned, w) else []) if x is not None]
    # (`warned donors of a looming famine`: the parse may hang what they are warned of on the warned, mend30)
    return bool(things) and all(_peril(x, w) for x in things)


def _peril(x, w) -> bool:
    """A natural hazard, an illness, a peril, a market figure or a thing that cannot act."""
    return _in(x, hazards()) or any(_in(x, w[k]) for k in ("ailment", "peril", "marketfigure", "inert"))
    # (`_in`: the word as written too, `measles` whose lemma the parse may give as `measle`)


def _peril_noun(n, w) -> bool:
    """A threat of a peril (`a growing threat of cholera`), or a warning noun about one or about goods (`issued a
    warning on melons from a farm`, `warnings because of tainted toys`): a danger told, no one threatened (ev30b)."""
    if _lemma(n) in w["riskword"] and (inner := prep_object(n, "of")) is not None:
        return _peril(_risk_of(n, w), w)
    if _lemma(n) not in w["warnnoun"]:
        return False
    things = [_risk_of(o, w) for p in ("on", "about", "of", "over", "for") if (o := prep_object(n, p)) is not None]
    if n.dep_ == "dobj" and not things:
        things = [_risk_of(o, w) for p in ("on", "about", "of", "over") if (o := prep_object(n.head, p)) is not None]
        things += [y for x in children(n.head) if x.dep_ == "prep" and x.lower_ == "because" for y in children(x)
                   if y.dep_ == "pobj"]   # (`because of tainted toys`: the parse hangs toys from `because`)
    return bool(things) and all(_peril(x, w) or _in(x, w["goods"]) for x in things)


def _share_of(x, w):
    """What a share or a part is of (`one percent of the emails` -> emails: event_senses `portion`), else `_part_of`."""
    inner = prep_object(x, "of") if _lemma(x) in w["portion"] else None
    return inner if inner is not None else _part_of(x, w)


def _part_of(x, w):
    """What a part or a count is of (`half of the film` -> film, `a series of victims` -> victims); else x itself
    (`the star of the series`: a person, rev29a)."""
    inner = prep_object(x, "of")
    return inner if inner is not None and (_lemma(x) in w["partword"] or _in(x, w["quantity"])) else x


def _owners(x) -> list:
    """A noun and the words that say whose or what it is: its compounds, modifiers and possessor, and the object of
    its `of` (`the referee's decision`, `the decision of the umpire`, `the umpire call`)."""
    near = [x] + [y for y in children(x) if y.dep_ in ("compound", "amod", "poss", "nmod")]
    return near + ([o] if (o := prep_object(x, "of")) is not None else [])


def _risk_of(x, w):
    """What a risk (a `riskword`: `a growing threat of cholera`, ev30b) is of (`the risk of floods` -> floods, `the
    risks of invading Ukraine` -> invading): a risk of someone's act is no peril of nature (`warned Putin of the risks
    of invading Ukraine`; rev29a); a risk alone is."""
    while _lemma(x) in w["riskword"] and (inner := prep_object(x, "of")) is not None:
        x = inner
    return x


def _named_rivals(c, t, w, subj, objs) -> bool:
    """One named player beats another (both proper names, neither a place nor a people: the parse tags a player's name
    a person, an organisation or nothing), with no weapon (`with`), no end (`to death`), no armed doer and no word of
    violence in the sentence: a game or a race won (`Nadal beat Federer in straight sets`)."""
    return _player(subj) and bool(objs) and all(_player(x) for x in objs) and prep_object(t, "with") is None and \
        prep_object(t, "to") is None and not _armed_doer(c, t, w) and not _violence_in(t, w)


def _player(x) -> bool:
    return x is not None and x.pos_ == "PROPN" and x.ent_type_ in ("", "PERSON", "ORG") and not warlike(x)


def _ill_fought(t, w) -> bool:
    """A vow to fight (`fightverb` in its infinitive) whose objects are all illnesses or ills of a society."""
    fight = child(t, ("xcomp",))
    objs = _objects(fight) if fight is not None and _in(fight, w["fightverb"]) else []
    objs += [y for x in objs for y in x.conjuncts]   # (`vowed to fight poverty and the militants`: a foe too, rev29a)
    return bool(objs) and all(_in(x, w["socialill"]) or _in(x, w["ailment"]) for x in objs)


def _violence_in(t, w) -> bool:
    return any(_in(x, w["violence"]) and x.i != t.i for x in sentence_tokens(t))


def _one_person(s) -> bool:
    """A single person named (`Kane`, `the striker`): no body of workers."""
    return s is not None and (s.ent_type_ == "PERSON" or s.tag_ == "NNP" and not s.ent_type_) and not any(
        x.dep_ == "conj" for x in children(s))


def _won(x, w) -> bool:
    """A prize of a contest or a share of a market, or a part `of` one (`a third of the market`)."""
    if _in(x, w["prize"]):
        return True
    of = prep_object(x, "of")
    return (x.like_num or x.lower_ in ("third", "half", "quarter", "share", "fifth", "tenth", "portion", "part")) and \
        of is not None and _in(of, w["prize"])


def _thing_did(t, w) -> bool:
    """The subject (or a passive verb's `by` agent) is a thing that cannot act (`inert`: tree, debris, rocket, car ...),
    a natural hazard or an illness (`ailment`, `peril`: `300 passengers were hit by a stomach bug`; ev29b), or a figure
    of the market (`marketfigure`: `stocks rallied on Wall Street`; ev47), and no person is named as its user."""
    s = _subject(t)
    if s is None and child(t, ("nsubjpass",)) is not None:
        s = prep_object(t, "by")
    if s is not None and s.lower_ in RELATIVE and t.dep_ == "relcl":
        s = t.head                        # `the flu that has killed 40 people`: the noun the clause is on (ev30b)
    if s is not None and s.pos_ == "PROPN" and _lemma(s) in hazards():
        return True                       # `the South Asia Earthquake that has killed 30,000`: a named hazard (ev30b)
    if s is not None:
        s = _past_count(s)                # `two of the batteries exploded`: what the count is of (ev45)
    if s is None or s.ent_type_ or s.pos_ not in ("NOUN",):
        return False
    return not warlike(s) and (_lemma(s) in w["inert"] or _lemma(s) in hazards() or _in(s, w["ailment"]) or
                               _in(s, w["peril"]) or _in(s, w["marketfigure"]))   # (`stocks rallied`; ev47)


def _market_demand(n, w) -> bool:
    """`demand` as a market's quantity: the subject of a verb of rising or falling (`demand for oil fell`) or
    modified by a word of the market (`consumer demand`, `strong demand`)."""
    if _lemma(n) not in w["market"]:
        return False
    if any(x.dep_ == "poss" for x in children(n)):
        return False                      # (`Iran's demand`: someone's)
    if any(x.dep_ in ("amod", "compound") and _in(x, w["marketword"]) for x in children(n)):
        return True
    return n.dep_ in ("nsubj", "nsubjpass") and _in(n.head, w["trendverb"])


def _forecast(t, w) -> bool:
    """A warning whose clause tells what a market figure will do (`warned that profits would fall`, `sales could
    slow`): the subject of the clause is a `marketfigure` and no one is named besides."""
    clause = child(t, ("ccomp",))
    if clause is None:
        return False
    subj = child(clause, ("nsubj", "nsubjpass"))
    return subj is not None and _in(subj, w["marketfigure"]) and child(t, ("dobj",)) is None and \
        warned_if_another(t, clause) is None   # (`oil prices would soar if the U.S. attacked`: a threat; ev29a)


CONFLICT = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"})


def warned_if_another(t, said):
    """The actor a warning threatens: a named actor (a country, body, party or person) warns of what will come
    (`will`, `would`, `could` in its clause) if or unless another named actor uses force, sanctions or threats (the
    condition's verb or its object a word of those types in the pattern lexicon): `Iran warned that oil prices would
    soar if the U.S. attacked`, `that talks would end if Washington imposed sanctions`. That other actor, else None
    (`warned that the euro could collapse if Greece left`, `economists warned that prices would rise if rates
    fell`: a forecast)."""
    if _many_people(child(said, ("nsubj", "nsubjpass"))):
        return None                       # (`the UN warned that millions could starve if X blockaded the port`: a
        # peril of many foretold, a concern voiced, no threat of the warner's: `peril_blamed`, mend30)
    return _other_if(t, said)


def peril_blamed(t, said):
    """The actor a warning of a peril of many blames (`the UN warned that millions could starve if X blockaded the
    port`: X, whose act it fears; ACCUSE, `voiced concern about X's actions`), else None (mend30)."""
    return _other_if(t, said) if _many_people(child(said, ("nsubj", "nsubjpass"))) else None


def _other_if(t, said):
    """The other named actor whose use of force, sanctions or threats a named warner's clause with a modal makes its
    condition (`if`, `unless`), else None."""
    warner = child(t, ("nsubj",))
    if warner is None or not _named_side(warner):
        return None
    if not any(x.dep_ == "aux" and x.lower_ in ("will", "would", "could", "might", "may", "'ll") for x in children(said)):
        return None
    lex = load()

    def conflict(x, pats) -> bool:
        pat = pats.get(_lemma(x))
        return pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] in CONFLICT
    for x in children(said):
        if x.dep_ == "advcl" and any(y.dep_ == "mark" and y.lower_ in ("if", "unless") for y in children(x)):
            other = child(x, ("nsubj",))
            acts = conflict(x, lex.verbs) or any(y.dep_ == "dobj" and conflict(y, lex.nouns) for y in children(x))
            if other is not None and acts and _named_side(other) and _lemma(other) != _lemma(warner):
                return other
    return None


def _many_people(x) -> bool:
    """x is a count of people (`millions`, `thousands of civilians`; not `thousands of missiles`)."""
    if x is None or not (x.like_num or x.ent_type_ == "CARDINAL"):
        return False
    inner = prep_object(x, "of")
    return inner is None or _person(inner)


def _named_side(x) -> bool:
    """x names a country, people, body or person (a named entity of those kinds, or a name of the actor lexicon)."""
    return x.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or (x.pos_ == "PROPN" and actor_like(x))


def retype(c: Candidate, w) -> None:
    """The type of a trigger word's other event sense, read off its arguments."""
    t = c.token
    if c.noun is not None and c.noun.i < t.i:
        c.target = [x for x in c.target if not (hasattr(x, "i") and x.lower_ in ("it", "them") and x.head.i == t.i)]
        # (`carried it out`: `it` is the attack itself, triggers._event_before)
    if c.etype == "AID" and c.noun is not None and c.noun.dep_ == "dobj" and _in(c.noun.head, w["firing"]):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "190", "firearms"   # `fired the weapon at the clerk`: a shot,
        c.target = [x for x in [prep_object(c.noun.head, "at")] if x is not None]   # no arms given (ev30b)
        c.sensed = True
    if c.etype == "ASSAULT" and (aimed := _target_of_attacks(c, w)):
        c.target = aimed                  # `Kell and Roe were both targets of attacks from their rivals` (ev33c)
    if c.etype == "ASSAULT" and _attack_in_words(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None   # `sharp attacks on the governor's ideology`,
        c.sensed = True                   # `attacks from Republicans`: words, whatever harm the story tells (ev33c)
    if not _is_verb(t) or c.noun is not None:
        return
    before = c.etype
    _retype(c, w, t)
    if c.etype != before:
        c.sensed = True                   # (the type model does not retype it: model.choose; rev28a)


def _retype(c: Candidate, w, t) -> None:
    lem = _lemma(t)
    objs = _objects(t)
    subj = _subject(t)
    at = prep_object(t, "at")
    if c.etype == "ASSAULT" and lem == "strike" and at is not None and _in(at, w["workplace"]) and (
            _in(subj, w["labour"]) or (subj is not None and any(_in(y, w["labour"]) for y in subj.subtree))) \
            and not objs:
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "143", "strike"
        c.target = []                     # `workers struck at the plant`: a walkout where they work
    elif c.etype == "ASSAULT" and lem in ("strike", "lash", "hit") and at is not None and any(
            x.dep_ == "prt" and x.lower_ == "out" for x in children(t)) and not warlike(at) and \
            prep_object(t, "with") is None and not (subj is not None and warlike(subj)):   # (`the army struck out
        # at rebel strongholds`: force, rev28a)
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None   # `struck out at his critics`
        c.target = [at]
    elif c.etype == "ASSAULT" and lem == "execute" and (_in(subj, w["hacker"]) or any(
            _in(x, w["malware"]) for x in objs) or any(_in(x, w["attackname"]) for x in objs) and any(
            _in(y, w["network"]) or _in(y, w["malware"]) for y in sentence_tokens(t))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "176", None   # `hackers executed the malware`, `executed
        # an attack on the bank's servers`: a cyber operation (the guide: COERCE)
    elif c.etype == "ACCUSE" and lem == "call" and any(x.dep_ == "prt" and x.lower_ == "out" for x in children(t)) \
            and objs and all(_in(x, w["callup"]) for x in objs) and not _blamed_for(t):
        c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", "military"   # `called out the National Guard`:
        # forces called up, no one criticised (ev30a)
    elif c.etype == "AID" and lem == "evacuate" and objs and all(_in(x, w["ownpeople"]) and any(
            y.dep_ == "poss" and y.lower_ in ("its", "their") for y in children(x)) for x in objs):
        c.etype, c.quad, c.cameo, c.mode = "RETREAT", 4, "0874", None   # `the embassy evacuated its staff from the
        # capital`: its own people pulled out, no relief given (`evacuated 2,000 residents` stays AID; ev30a)
    elif c.etype == "ASSAULT" and _in(t, w["capturing"]) and _in(subj, w["policeman"]) and not any(
            y.dep_ in ("compound", "amod") and warlike(y) for y in children(subj)) and any(   # (`army officers
            # captured the president`: soldiers, no arrest; rev28a)
            _someone(x, w) or _in(x, w["fugitive"]) or _in(x, w["captive"]) for x in objs):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None   # `police captured the escaped prisoner`
    elif c.etype == "COERCE" and lem == "ban" and any(
            _in(x, w["traded"]) or _in(prep_object(x, "of"), w["traded"]) for x in objs):
        c.etype, c.quad, c.cameo, c.mode = "SANCTION", 4, "163", None  # `banned imports of Russian oil`: an embargo
    elif c.etype == "COERCE" and lem == "charge" and not objs and (
            at := next((o for p in ("at", "toward", "towards") if (o := prep_object(t, p)) is not None), None)) \
            is not None and _someone(at, w):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "180", None   # `a youth who charged at deputies with a
        c.target = [at]                   # knife`: a rush at someone, no criminal charge (ev30b)
    elif c.etype == "PROTEST" and lem == "protest" and any(_in(x, w["innocence"]) for x in objs):
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None   # `protested his innocence`: a charge denied
        c.target = []


def _attack_in_words(c: Candidate, w) -> bool:
    """An attack word (event_senses `verbal` less `bodily`: attack, hit, blast, assail ...) whose own clause tells an
    attack in words, read off the clause and not the article (ev33c): what it is made with (`with` or `in` a word of
    talk, `attackmedium`: `hit Kell with ads`; `by` a verb of calling: `an attack ... by labeling her an extremist`),
    what it is on (`on`, `against`, `of` or the object: a thing said or held, `speech`, or a failing charged,
    `failing`: `attacks of dishonesty`), a word of talk on it (`talk`: `sharp attacks`), its doer (a politician, a
    party or a campaign: `wordsdoer`, `politician`; `attacks from Republicans`) or, for a verb, a doer that is itself
    words (`the Dunn attack hit Kell`, `his remarks hit`). Never with a word of violence in the sentence, an arm
    named on it, an armed side on either end, or a place, a site or a building struck (`attacks on the governor's
    residence`)."""
    t = c.token
    word = c.noun if c.noun is not None else t
    thrown = [x for x in _objects(t) if _worded(x, w)] if _is_verb(t) and _in(t, w["hurling"]) else []
    if thrown and not _violence_in_clause(t, w, but={x.i for x in thrown}) and not any(
            hasattr(x, "dep_") and (warlike(x) or _struck_place(x, w)) for x in (*c.source, *c.target)):
        return True                       # `fired a five-word missile at Roe`, `lobbed a verbal grenade at her`
    if not (_in(word, w["verbal"]) and not _in(word, w["bodily"])) or _violence_in_clause(word, w):
        return False
    if any(x.dep_ in ("compound", "amod", "nmod") and (_in(x, w["armed"]) or warlike(x)) for x in children(word)):
        return False                      # `terror attacks`, `army attacks`
    if any(hasattr(x, "dep_") and warlike(x) for x in (*c.source, *c.target)):
        return False
    verb = _is_verb(word)
    if verb and not [x for x in c.target if hasattr(x, "dep_")]:
        return False                      # (`demanding that the senators attack Governor Roe`, the object lost to
        # the parse: a verb aimed at no one is left to the checks, which drop it in a story of no harm)
    aimed = [x for x in c.target if hasattr(x, "dep_")] + ([o for p in ("on", "against", "at") if (
        o := prep_object(word, p)) is not None] if not verb else _objects(word))
    if any(_struck_place(x, w) for x in aimed):
        return False
    if any(_in(x, w["talk"]) or x.lower_ in w["talk"] for x in children(word) if x.dep_ in ("amod", "compound",
                                                                                          "advmod")):
        return True
    heads = [word] + ([word.head] if word.dep_ in ("dobj", "pobj", "nsubjpass") else []) + (
        [word.head.head] if word.dep_ == "pobj" and word.head.dep_ == "prep" else [])
    heads += [x for h in heads for x in children(h) if x.dep_ in ("xcomp", "advcl", "relcl") and any(
        y.dep_ == "aux" and y.lower_ == "to" for y in children(x))]   # (`adopted an attack to exploit ... by`)
    for h in heads:
        for p in ("with", "in"):
            o = prep_object(h, p)
            if o is not None and (_in(o, w["attackmedium"]) or _in(o, w["speech"])):
                return True
        for x in children(h):
            if x.dep_ == "prep" and x.lower_ == "by" and any(
                    y.dep_ in ("pcomp", "pobj") and y.tag_ == "VBG" and _in(y, w["calling"]) for y in children(x)):
                return True               # `an attack to exploit her position by labeling her an extremist`
    said = [o for p in ("on", "against", "of") if (o := prep_object(word, p)) is not None] if not verb else \
        _objects(word)
    if said and all(_in(x, w["speech"]) or _in(x, w["failing"]) for x in said):
        return True
    doers = [x for x in c.source if hasattr(x, "dep_")] + ([o for p in ("from", "by") if (
        o := prep_object(word, p)) is not None] if not verb else [])
    if doers and all(_politic(x, w) for x in doers):
        return True
    s = _subject(t) if verb else None
    return s is not None and s.pos_ == "NOUN" and (_in(s, w["verbal"]) and not _in(s, w["bodily"]) or _in(
        s, w["attackmedium"])) and not any(y.dep_ in ("compound", "amod") and _in(y, w["armed"]) for y in children(s))


def _politic(x, w) -> bool:
    """A doer of politics: a politician's or a campaign's noun, or a party's people (`Republicans`, `Democrats`)."""
    return _in(x, w["wordsdoer"]) or _in(x, w["politician"]) and _lemma(x) != "president"


def _struck_place(x, w) -> bool:
    """A place, a site, a building or a vehicle an attack may strike (a named place or facility, event_senses `site`
    or `struckplace`)."""
    if _in(x, w["quantity"]):
        x = prep_object(x, "of") or x
    return x.ent_type_ in ("GPE", "LOC", "FAC") and not any(
        y.dep_ in ("compound", "amod") and _in(y, w["wordsdoer"]) for y in children(x)) or _in(x, w["site"]) or \
        _in(x, w["struckplace"])


def _target_of_attacks(c: Candidate, w) -> list:
    """Whom an attack noun is aimed at when they are told to be its target (ev33c): the noun hangs by `of` on a
    `targetnoun` (target, object) that is the attribute of a copula (`Kell and Roe were targets of attacks from X`,
    `became the main target of attacks`) or the object of `as` on a verb (`emerged as a central target of attacks by
    X`): the subject of that verb and its conjuncts; else []."""
    n = c.noun
    if n is None or not _in(n, w["verbal"]) or n.dep_ != "pobj" or n.head.lower_ != "of":
        return []
    tn = n.head.head
    if not _in(tn, w["targetnoun"]):
        return []
    v = tn.head if tn.dep_ in ("attr", "oprd") else tn.head.head if (
        tn.dep_ == "pobj" and tn.head.lower_ == "as") else None
    if v is None or not _is_verb(v):
        return []
    s = child(v, ("nsubj", "nsubjpass"))
    if s is None or s.lower_ in RELATIVE or s.pos_ not in ("PROPN", "NOUN", "PRON"):
        return []
    return [s] + [x for x in s.conjuncts]


def _violence_in_clause(word, w, but=frozenset()) -> bool:
    """A word of violence (`violence` class) in the clause of an attack word (ev33c): the subtree of the nearest verb
    above it (itself for a verb) less the clauses joined beside it (`conj`, `parataxis` verbs): `The Dunn attack hit
    Kell hard, and he acted as if he had been hurt` reads only its first clause; `attacked the convoy, killing three`
    and `an attack that killed three` keep theirs."""
    v = word
    while not _is_verb(v) and v.head.i != v.i:
        v = v.head
    out = set()
    for x in children(v):
        if x.dep_ in ("conj", "parataxis") and _is_verb(x):
            out.update(y.i for y in x.subtree)
    return any(_in(x, w["violence"]) and x.i != word.i and x.i not in out and x.i not in but for x in v.subtree)


def _worded(x, w) -> bool:
    """A thing thrown that is words (ev33c): a modifier of talk (`a verbal grenade`, `a rhetorical missile`) or of a
    count of words (`a five-word missile`, `a 5-Word Missile`)."""
    return any(y.dep_ in ("amod", "compound", "nmod") and (_in(y, w["talk"]) or y.lower_ in w["talk"] or
                                                          y.lower_.endswith("-word") or _lemma(y) == "word")
               for y in children(x))


def _crime_charged(x, w) -> bool:
    """The crime a charge names (ev34): `charged with murder in the death of X`, `charged for the murder of X`, `one
    complaint of murder and two of shooting with intent to kill`, `arrested on suspicion of murder`. The charge is the
    law's act (COERCE, its own trigger); the crime it names is what the charge says, not an attack the sentence tells
    (the gold codes the charge, not the killing). `x` is the event noun (or a gerund the parse made a verb)."""
    while x.dep_ == "conj" and x.head.i != x.i:          # `with murder and assault`
        x = x.head
    if x.dep_ not in ("pobj", "pcomp") or x.head.dep_ != "prep" or x.head.lower_ not in w["chargeprep"]:
        return False
    g = x.head.head
    return _in(g, w["chargedwith"]) and not (g.pos_ == "NOUN" and _lemma(g) == "count" and x.head.lower_ != "of")


def _harsh_words(t, w, objs, subj) -> bool:
    """A verb of harsh words (`harshverb`: savage, hammer) is criticism when it is aimed at someone (its object or
    passive subject a person, a pronoun or an actor noun) by someone or by no one named (a doer that is a thing or a
    beast, `savaged by a dog`, `hammered by the storm`, is none), with no particle (`hammered out a deal`, `hammered
    home`) and no violence in its clause (`savaged him with a knife`, `troops hammered the rebels`). A word of violence
    naming whom the words are aimed at (`savaged the police chief`, `hammered the army`) or what they are about (a
    `topicprep` phrase: `hammered the governor over the shooting`) is none (rev34)."""
    if any(x.dep_ == "prt" for x in children(t)) or not objs or not all(_someone(x, w) for x in objs):
        return False
    agent = next((y for x in children(t) if x.dep_ == "agent" for y in children(x) if y.dep_ == "pobj"), None)
    doer = agent if agent is not None else (subj if subj is not None and subj.dep_ != "nsubjpass" else None)
    aimed = {y.i for x in objs for k in (*x.lefts, x) for y in k.subtree} | {
        y.i for x in children(t) if x.dep_ == "prep" and x.lower_ in w["topicprep"] for y in x.subtree}
    return (doer is None or _someone(doer, w)) and not _violence_in_clause(t, w, aimed)


def _pastime_invited(t, w) -> bool:
    """An invitation whose purpose is a pastime of private life (ev52): the verb it names (`invited X to VERB`, or
    `to her home to VERB` told on the place) passes time at home (`pastime` with no object: sleep over, hang out), watches a
    thing of the screen (`watching` with a `screenfare` object: `to watch a movie`, not `to watch the vote count`), or
    stays with someone (`lodging` with a `with` phrase naming a person, or `overnight`: `to stay with them`, not
    `invited the refugees to stay in the country`). A meeting, a talk or an act asked for keeps its event."""
    purposes = [x for x in children(t) if x.dep_ in ("xcomp", "advcl") and _is_verb(x)]
    for p in children(t):
        if p.dep_ == "prep":
            for o in children(p):
                if o.dep_ == "pobj":
                    purposes += [x for x in children(o) if x.dep_ in ("acl", "relcl") and _is_verb(x)]
    return any(_pastime(x, w) for x in purposes)


def _political_guest(c: Candidate, t) -> bool:
    """The host or the guest of an invitation is an actor of a political sector (a head of state, an envoy, lawmakers,
    a mayor, rebels: the actors stage's sector, marked on the doc by the events stage): a stay or a screening they are
    asked to is a visit or a meeting of politics, whatever its pastime (review52c). `the neighbour`, `Ms. Kell` stay
    private."""
    marks = t.doc.user_data.get("dateline.political")
    if marks is None:
        return False
    sides = [x for x in children(t) if x.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [y for x in children(t) if x.dep_ == "agent" for y in children(x) if y.dep_ == "pobj"]
    sides += [x for x in (*c.source, *c.target) if hasattr(x, "idx")]
    return any(marks.first_holding(x.idx) is not None for x in sides)


def _pastime(x, w) -> bool:
    """`_pastime_invited`'s purpose verb: a pastime, a screen watched, or a stay with someone."""
    if _in(x, w["pastime"]):
        return not _objects(x)            # (`to hang out`; not `to hang a wreath`)
    if _in(x, w["watching"]):
        return any(_in(y, w["screenfare"]) for y in _objects(x))
    if _in(x, w["lodging"]):
        return any(y.lower_ in ("overnight",) for y in children(x)) or any(
            y.dep_ == "pobj" and (y.pos_ == "PRON" or _person(y)) for p in children(x)
            if p.dep_ == "prep" and p.lower_ == "with" for y in children(p))
    return False


def _delegate_kind(t, objs, w) -> bool:
    """`pledged delegates` read as a verb and its object (ev52): the verb's object is a word of the kind its participle
    names (`delegatekind`: delegates, superdelegates, electors), right after it with no word between (no `the`, no
    count), and the verb has no `to` or `for` phrase. `Ames pledged delegates to the cause` and `pledged his
    delegates to Cruz` stay promises."""
    return any(x.i == t.i + 1 and _in(x, w["delegatekind"]) for x in objs) and not any(
        y.dep_ in ("prep", "dative") and y.lower_ in ("to", "for") for y in children(t))



def _risk_of_a_thing(t, w) -> bool:
    """`X threatens to VERB` or `threatens Y` where X is a thing (ev52): the subject (through a relative `that` or
    `which`, the noun it is on) is a common noun with no entity, no actor or person noun and nothing armed
    (`a case that threatened to cripple public unions`, `the dispute threatens to derail the talks`, `the storm
    threatens the coast`): a risk, no one threatens. `The union threatened to strike`, `the gunman threatened the
    clerk` and `they threatened` keep the threat, and so does a message that carries one (`threatnote`: `a statement
    issued by the group threatened retaliation`, `the letter threatened to bomb the court`: its writer threatens,
    review52c)."""
    s = _subject(t)
    if s is not None and s.lower_ in RELATIVE and t.dep_ == "relcl":
        s = t.head
    if s is None or s.pos_ != "NOUN" or s.ent_type_ or any(y.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                                                            for y in children(s) if y.dep_ in ("poss", "compound")):
        return False                      # (`Iran's plan threatens ...`: whose plan is told, left as it was)
    if _in(s, w["threatnote"]):
        return False                      # (`the letter threatened to bomb the court`: its writer's threat, review52c)
    return not (actor_like(s) or _someone(s, w) or _person(s) or person_word(s, w) or warlike(s) or
                _in(s, w["people"]))


def _self_harm_threatened(t, w) -> bool:
    """A threat to harm oneself (ev52): the infinitive it names has as its object a reflexive after a verb of harm
    (`selfinjure`: `threatening to kill himself`, `to hurt herself`), a `selfharm` noun (`to commit suicide`) or
    `his own life` (`to take his own life`). A threat to kill someone else stays, and so does one that names another
    beside oneself (`to kill himself and his children`), a reflexive of another verb (`to blow himself up`, `to
    recuse himself`) or a reflexive deeper in the clause (`to kill the officers who found him hiding himself`):
    only the infinitive's own objects count (review52c)."""
    x = child(t, ("xcomp",))
    if x is None:
        return False
    objs = [y for y in children(x) if y.dep_ == "dobj"]
    objs += [z for y in objs for z in y.conjuncts]
    if any(not _self_harmed(y, x, w) for y in objs):
        return False
    return bool(objs) or any(_in(y, w["selfharm"]) for p in children(x) if p.dep_ == "prep"
                             for y in children(p) if y.dep_ == "pobj")


def _self_harmed(y, verb, w) -> bool:
    """`_self_harm_threatened`'s object: a reflexive after a verb of harm, a `selfharm` noun, or one's own life."""
    if y.lower_ in ("himself", "herself", "themselves", "myself", "yourself"):
        return _in(verb, w["selfinjure"])
    return _in(y, w["selfharm"]) or (_lemma(y) == "life" and any(z.lower_ == "own" for z in children(y)))
