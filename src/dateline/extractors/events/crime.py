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
- courts: pleading guilty concedes, not guilty rejects, a prison sentence coerces; charges only named are no event;
- scenes: medical care, police called or sent to a scene and talking to people there, visits to places, posture
  words, love among family, hitting a thing are no events; a person struck is attacked; a shelter-in-place ordered
  coerces; money received from a giver is aid (`the grant money the police received from the state`);
- references back: a shooting named again as a topic, its victims identified (`mentioned_again`);
- traffic: a death or a blow in a sentence of road or rail traffic with no word of meant force is a mishap.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from ...lexicon import classes, pronouns
from ...lexicon.actors import countries
from ..spans import char_span, children, having, ids_of, sentence_of, sentence_tokens, span_text, tokens
from .columns import class_picked, lemma_picked
from .lexicon import Pattern, hazards, load
from .nouns import actor_noun
from .triggers import lemma as _lemma, Candidate, _depth, actor_like, child, is_passive, prep_object, speaker_of_clause, \
    warlike, when_doer
from .victims import _person as names_people

SUBJECTS = ("nsubj", "nsubjpass")
MODAL_AUX = ("will", "would", "could", "might", "may", "should", "must", "can", "ought")


@functools.lru_cache(maxsize=1)
def words() -> dict[str, frozenset]:
    """lexicon/crime_words.tsv as class -> words (read once)."""
    return {k: frozenset(v) for k, v in classes("crime_words.tsv").items()}


def _verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _police(x, w, law) -> bool:
    """x names police, investigators or prosecutors (its head or a word of its name: `Area North detectives`,
    `The Houston Police Department`)."""
    if not hasattr(x, "dep_"):
        return False
    toks = [x] + [y for y in children(x) if y.dep_ in ("compound", "conj")]
    return any(_police_word(y, w) or _lemma(y) in law for y in toks)


def _police_word(x, w) -> bool:
    """x is a word of the police by its lemma or its form (crime_words `police`: `police`, `deputies`, `the sheriff`,
    `FBI`): the one word test of the rules that look for police in a sentence (`_police`, `police_in_sentence`,
    `_police_undergoing`, `_law_body`)."""
    return _lemma(x) in w["police"] or x.lower_ in w["police"]


def no_event(c: Candidate, senses: dict) -> bool:
    """True when the candidate is none of the guide's events in a crime or local story (`senses`: the classes of
    event_senses.tsv, for `lawforce` and `crimeact`)."""
    w = words()
    law = senses["lawforce"]
    return (_no_culprit(c, w) or _discharge(c, w) or _object_hit(c, w) or _named_call(c) or _police_inquiry(c, w, law, senses["crimeact"])
            or _inquiry_question(c, w) or _public_warning(c, w, law) or _information_released(c, w)
            or _inquiry_named(c, w) or _moves(c, w) or _service(c, w) or _off_the_record(c) or _care(c, w) or _scene(c, w, law, senses["crimeact"])
            or posture(c) or _charge_named(c, w) or _no_ask(c) or _affection(c, w) or _court_role(c, w)
            or _road_mishap(c, w, senses["armed"]) or _notice_call(c, w) or _hard_hit(c, w, senses)
            or _private_talk(c, w) or _claim_inquired(c, w))


def _claim_inquired(c: Candidate, w) -> bool:
    """A claim named as what an inquiry looks into (`are investigating allegations that the mayor took bribes`, `a
    probe into claims against the minister`): the claim is others', not the inquirer's; the inquiry is the act
    (crime_words `lawinquiry`; its target is the one the claim accuses, triggers._target; ev49)."""
    n = c.noun
    if c.etype != "ACCUSE" or not c.nominal or n is None or _lemma(n) in w["lawinquiry"]:
        return False
    h = n.head
    if n.dep_ == "pobj" and h.lower_ == "into":
        h = h.head
    elif n.dep_ != "dobj":
        return False
    return _lemma(h) in w["lawinquiry"]


def _private_talk(c: Candidate, w) -> bool:
    """Speaking with a private person of a local story (`talkverb`: speak, talk; the one spoken to a victim, kin,
    a witness or a man or woman unnamed: crime_words `victimish`, `kin`, `privateone`) is no meeting of actors: `The
    officer talked to a man who had phoned police`, `The deputy spoke with the mother of the victim` (ev31e). A name,
    a title or a body spoken to stays (`spoke briefly with Mondelez CEO Irene Rosenfeld`, `spoke with residents`)."""
    t = c.token
    if c.etype != "CONSULT" or not _verb(t) or _lemma(t) not in w["talkverb"] or not c.target:
        return False
    private = w["victimish"] | w["kin"] | w["privateone"]
    return all(hasattr(x, "dep_") and x.pos_ == "NOUN" and x.ent_type_ == "" and _lemma(x) in private
               for x in c.target)


def _hard_hit(c: Candidate, w, senses: dict) -> bool:
    """A place `hard hit`, `the worst hit` (crime_words `hardhit` before the verb `hit`) by an outbreak or a storm
    is a toll told, no attack, and the place is no doer (`The town has been hard hit, with 300 cases reported`,
    `Harlow has been the hardest hit by the flu`; ev31e): never with a word of arms or real harm in the sentence
    (event_senses `armed`, crime_words `firearm`, `meant`: `The village was hard hit by shelling, 12 dead` and
    `hard hit by rebel attacks` stay)."""
    t = c.token
    if c.etype != "ASSAULT" or _lemma(t) != "hit" or c.noun is not None and c.noun.i != t.i:
        return False
    before = t.doc[t.i - 1] if t.i > 0 else None
    if before is None or before.lower_ not in w["hardhit"]:
        return False
    lems = {_lemma(x) for x in sentence_tokens(t)} | {x.lower_ for x in sentence_tokens(t)}
    return not (lems & senses["armed"] or lems & w["firearm"] or lems & w["meant"])   # (not `harmsign`: a toll's
    # `dead` and `hospital` are its words)


PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]?[0-9A-Z]{4}\b|\b1-8\d\d-[0-9A-Z]")   # `(931) 555-0123`, `1-800-LOCK`


def _notice_call(c: Candidate, w) -> bool:
    """A notice's imperative (crime_words `noticeverb`: `For tickets, call Mary Jones at (555) 123-4567`, `To
    volunteer, contact the parks office at 555-987-6543`): a number to call, given to the reader; no actor asks
    anyone (ev31e). Only a verb with no subject of its own in a sentence with a telephone number: a police appeal
    (`Anyone with information is asked to call ...`: a passive, an optional REQUEST in the gold) is not one."""
    t = c.token
    if c.etype != "REQUEST" or not _verb(t) or _lemma(t) not in w["noticeverb"] or t.tag_ != "VB":
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for x in children(t)) or t.dep_ not in ("ROOT", "conj"):
        return False
    if t.dep_ == "conj" and any(x.dep_ in ("nsubj", "nsubjpass") for x in children(t.head)):
        return False
    sent = sentence_of(t.doc, t.i)
    return bool(PHONE.search(sent.text))


def _road_mishap(c: Candidate, w, armed: frozenset = frozenset()) -> bool:
    """A death or a blow told with road or rail traffic in its own words (crime_words `road`: `was struck by a pickup truck`,
    `killed when a neighbor struck her while reversing out of a garage`, `killed in crashes`) is a mishap, no attack:
    only verbs a mishap is told in (`roadharm`), and never with a word of meant or armed force in the sentence
    (`meant`, `firearm`, event_senses `armed`: `the driver shot two men after a crash`, `rammed a truck into the
    crowd`, `a car bomb`, `their car was struck by a rocket`, `an explosion hit a bus`)."""
    word = c.noun if c.noun is not None else c.token
    if c.etype != "ASSAULT" or _lemma(word) not in w["roadharm"]:
        return False
    near = list(word.subtree)             # the traffic told with the act itself (`killed ... when a neighbor hit
    sent = sentence_tokens(word)          # her while backing out of a driveway`), not elsewhere in the sentence
    near += [y for x in c.source if hasattr(x, "subtree") for y in x.subtree]   # (or its doer: `the flight from
    # Oslo was diverted after it hit turbulence, injuring six people`, ev29b)
    road = {_lemma(x) for x in near} | {x.lower_ for x in near}   # (`deputies approached the truck: Brown had killed`)
    lems = {_lemma(x) for x in sent} | {x.lower_ for x in sent}
    return bool(road & w["road"]) and not (lems & w["meant"] or lems & w["firearm"] or lems & w["projectile"]
                                           or lems & armed    # (event_senses `armed`: `struck by a rocket`)
                                           or lems & w["throng"])   # (`killed six people at a Christmas parade`,
    # `a truck hit a group of marchers`: a crowd struck by a vehicle is rammed, rev26c)


def _court_role(c: Candidate, w) -> bool:
    """Appearing in court in a role (crime_words `courtrole`: `appeared in court as a witness`, `appeared in court to
    testify`): no one brought before the court."""
    t = c.token
    if c.pattern.key != "appear_court" or not _verb(t):
        return False
    as_what = prep_object(t, "as")
    return (as_what is not None and _lemma(as_what) in w["courtrole"]) or any(
        x.dep_ in ("xcomp", "advcl") and _lemma(x) in w["courtrole"] for x in children(t))


def _agents(c: Candidate) -> list:
    """Who does an act of force: its sources, else its passive `by` phrase, else the subject of the clause a
    participle or a joined verb hangs from (`A cholera epidemic ... has worsened the situation, killing 80`)."""
    xs = [x for x in c.source if hasattr(x, "dep_")]
    t = c.token
    if xs or not _verb(t) or c.noun is not None:
        return xs
    if t.dep_ == "acl" and t.tag_ == "VBN" and child(t, ("dobj",)) is not None and t.head.pos_ == "NOUN":
        return [t.head]                   # a participle with its own object is the noun's past tense, misread (`an
        # outbreak of cholera killed 60 people`; ev27b)
    if is_passive(t) or (t.dep_ == "acl" and t.tag_ == "VBN"):
        by = prep_object(t, "by")
        if by is None:                    # `four children killed in a fire`, `were injured in the blaze`: the
            by = prep_object(t, "in")     # hazard they died in stands for the agent (`killed in a shooting` keeps
            return [by] if by is not None and _mishap(by, words()) else []   # no agent: no mishap)
        return [by]
    s = child(t, ("nsubj",))
    if s is None and t.dep_ in ("advcl", "xcomp", "conj") and not any(
            x.dep_ == "mark" for x in children(t)):
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
                   or (y.dep_ == "prep" and y.lower_ in ("from", "by")) for y in children(x))   # `a house fire`


def _no_culprit(c: Candidate, w) -> bool:
    """An act of force whose only agent is a mishap: `a fire destroyed the building`, `Tragedy struck the theater`,
    `struck down by the virus`, `A cholera epidemic sweeping the country ..., killing 80 people`."""
    if c.quad != 4 or c.preset:
        return False
    agents = _agents(c)
    return bool(agents) and all(_mishap(x, w) for x in agents)


def _discharge(c: Candidate, w) -> bool:
    """A weapon that goes off (`the rifle sent a round through his foot`, `the gun discharged`): no one attacks."""
    t = c.token
    if c.etype != "ASSAULT" or not _verb(t) or _lemma(t) not in w["discharge"]:
        return False
    if _lemma(t) == "go" and not any(x.dep_ == "prt" and x.lower_ == "off" for x in children(t)):
        return False
    s = child(t, ("nsubj",))
    return s is not None and _lemma(s) in w["firearm"]


def _object_hit(c: Candidate, w) -> bool:
    """Hitting, grabbing or kicking a thing is no attack on anyone: `the rifle hit the ground`, `the teens hit a
    tree`, `hit the gun`, `grab the free news app`, `kick open the front door` (`hit a hospital` stays)."""
    t = c.token
    if c.etype != "ASSAULT" or not _verb(t) or _lemma(t) not in w["blowverb"]:
        return False
    targets = [x for x in c.target if hasattr(x, "dep_")]
    if any(hasattr(x, "ent_type_") and x.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") or
           hasattr(x, "children") and any(_lemma(y) in words()["armedgroup"]
                                          for y in x.subtree) for x in c.source):
        return False                      # (`Iranian forces hit the wall of the embassy`: an attack)
    return bool(targets) and len(targets) == len(c.target) and all(
        _lemma(x) in w["object"] and not x.ent_type_ and prep_object(x, "of") is None for x in targets)


def _named_call(c: Candidate) -> bool:
    """`responded to a shots fired call`: the words name the kind of call, the noun they modify; `charging
    documents` are papers."""
    t = c.token
    if _lemma(t) == "charge" and t.tag_ == "VBG" and t.dep_ in ("amod", "compound") and t.head.i > t.i:
        return True
    if c.etype != "ASSAULT" or not _verb(t) or t.dep_ not in ("acl", "amod", "compound"):
        return False
    h = t.head
    return h.lower_ in words()["shots"] and h.i < t.i and h.dep_ in ("compound", "amod", "nmod") and h.head.i > t.i


def _victim(x, w) -> bool:
    """x names someone harm was done to (`a 2-year-old who was shot`, `the victim`, `the death of a man`)."""
    if _lemma(x) in w["victimish"]:
        return True
    return any(_verb(y) and _lemma(y) in w["harmverb"] and (is_passive(y) or _lemma(y) == "die")
               for y in x.subtree if y.i != x.i)


def _crime_story(sent, w, law, crimeact) -> bool:
    """The sentence names a crime or its people (`shooting`, `the suspect`, `homicide`): police work is meant."""
    return any(_lemma(x) in w["crimeword"] for x in sent)


def _police_inquiry(c: Candidate, w, law, crimeact) -> bool:
    """Police investigating accuse no one: with no one named (`Memphis police are still investigating`, `as
    detectives investigate`), or a victim (`is investigating a 4-year-old who had been shot`)."""
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in w["probeword"]:
        return False
    targets = [x for x in c.target if hasattr(x, "dep_")]
    if targets and all(_victim(x, w) for x in targets):
        return True
    if c.noun is None and targets and len(targets) == len(c.target) and not any(
            actor_like(x) or actor_noun(x) or x.pos_ == "PRON" or x.ent_type_ for x in targets) and (
            any(_police(x, w, law) for x in c.source) or _crime_story(sentence_of(word.doc, word.i), w, law, crimeact)):
        return True                       # `police are investigating the gun thefts`, `the first report`, `who
        # the gun belonged to`, `responded to the block to investigate`
    if c.noun is not None and word.dep_ == "pobj" and word.head.lower_ == "under":
        s = child(word.head.head, ("nsubj", "nsubjpass"))
        if s is not None and (s.lower_ in ("it", "this", "that") or _lemma(s) in w["crimeword"] or
                              _lemma(s) in crimeact):
            return True                   # `it's still under investigation`, `the incident is under investigation`
    obj = child(word, ("dobj",)) if _verb(word) else None
    if c.target or obj is not None or c.extra_source is not None:
        return False
    if c.noun is None and prep_object(word, "into") is None and not any(
            x.dep_ in ("ccomp", "xcomp") for x in children(word)) and (
            any(_police(x, w, law) for x in c.source) or _crime_story(sentence_of(word.doc, word.i), w, law, crimeact)):
        return True                       # `Authorities are investigating after a boy shot his grandfather` (whoever
        # else investigates with nothing named: checks._police_inquiry, `The Texas Rangers are investigating`)
    if not c.source:
        return c.nominal and word.dep_ in ("attr", "nsubj", "nsubjpass")   # `Both are ongoing investigations`
    if not c.nominal:
        return False                      # (`as they conduct this investigation`, `the UN launched an investigation`)
    return all((_police(x, w, law) and _crime_story(sentence_of(word.doc, word.i), w, law, crimeact)) or (
        hasattr(x, "tag_") and x.tag_ in ("DT", "CD")) for x in c.source)   # (`the FBI's email investigation`)


def _inquiry_named(c: Candidate, w) -> bool:
    """An inquiry named as a thing, no act: the subject of its clause (`The inquiry found nothing new`, `the probe
    was hurting her`, `is the first investigation to`), what a verb of talk takes (`described the probe as a
    review`, `commented on the scope of the investigation`, `swept up in the inquiry`), or what someone is
    familiar with or aware of (an adjective's preposition)."""
    n = c.noun
    if not c.nominal or n is None or c.etype not in ("ACCUSE", "COERCE") or _lemma(n) not in w["lawinquiry"]:
        return False
    if n.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if n.dep_ == "pobj" and n.head.lower_ in w["inquiryframe"]:
        return True                       # `agents found them during their investigation`: the time of the finding
    x = n
    while x.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and x.head.i != x.i:
        x = x.head                        # up through prepositions and nouns to the verb that takes it
        if _verb(x):
            return _lemma(x) in w["inquirytopic"]
        if x.pos_ == "ADJ" and n.dep_ == "pobj":
            return True                   # `an official familiar with the investigation`, `aware of the probe`:
            # an inquiry someone knows of (issue 10)
    return False


def police_teller(c: Candidate, law):
    """The police who tell of a coercion done with no doer named (`Houston police say two suspects have been
    arrested`, `the chief says three people were taken into custody`): the act is theirs. The subject of the
    reporting verb its clause hangs from when that names police (`law`: event_senses `lawforce`), else None (`a
    witness said the man was arrested`, `was arrested by deputies`)."""
    t = c.token
    if c.etype != "COERCE" or c.nominal or not _verb(t) or not is_passive(t) or prep_object(t, "by") is not None:
        return None
    sp = speaker_of_clause(t)
    if sp is None or sp.pos_ not in ("NOUN", "PROPN"):
        return None
    names, k = [sp], 0
    while k < len(names):                 # (`Police Chief Walter Armstrong`: the name's compounds; not a possessor's,
        names += [x for x in names[k].children if x.dep_ == "compound" and x.i < names[k].i]   # `the police
        k += 1                            # chief's lawyer`)
    return sp if any(_police(x, words(), law) for x in names) else None


def police_in_sentence(c: Candidate):
    """Police named in the sentence of a coercion done with no doer named, when no police tell of it
    (`police_teller`): `Nine people were arrested as police dispersed the brawl`, `is in police custody after she was
    arrested`, `faces a neglect charge after police say ...`, `the account of her arrest, when officers came`
    (ev29b). The police word (crime_words `police`) nearest the trigger that is no part of the target (`the police
    chief's arrest`) nor owned by a person; None when the act has a `by` doer, or no police are named."""
    word = c.noun if c.noun is not None else c.token
    if c.etype != "COERCE" or prep_object(word, "by") is not None or prep_object(c.token, "by") is not None:
        return None
    if c.noun is None and not (_verb(c.token) and is_passive(c.token)):
        return None
    held = {y.i for x in c.target if hasattr(x, "subtree") for y in x.subtree}
    if c.noun is not None and c.noun.dep_ == "dobj":
        held |= {x.i for x in children(c.noun.head) if x.dep_ in SUBJECTS}   # (`Police confirmed his arrest`: who
        # tells of an arrest named as a thing is not said to have made it)
    w = words()
    found = [x for x in sentence_tokens(c.token) if x.i not in held and x.i != word.i and x.pos_ in ("NOUN", "PROPN")
             and _police_word(x, w) and _lemma(x) != "department"
             and not any(y.dep_ == "poss" for y in children(x)) and not _police_undergoing(x, w)]   # (the police word
    # itself, `police custody`; no soldiers nor `force`: `enlisted in the Army`, `by using deadly force`)
    if not found:
        return None
    x = min(found, key=lambda x: abs(x.i - word.i))
    return x.head if x.dep_ == "poss" and x.head.pos_ in ("NOUN", "PROPN") else x   # (`the Sheriff's Office`)


def _police_undergoing(x, w) -> bool:
    """The police word is (or names, as a compound or possessor: `a police officer`, `a sheriff's deputy`) one acted
    upon in the sentence: an object of a verb, a passive subject or what an `of` phrase is of (`after he shot a police
    officer`, `for impersonating a police officer`, `in the killing of a sheriff's deputy`): a victim, no doer (rev29a;
    not `in police custody`, `as police dispersed the brawl`)."""
    h = x
    while h.dep_ in ("compound", "poss", "case") and h.head.i != h.i and (
            _police_word(h.head, w) or h.dep_ == "case"):
        h = h.head
    return h.dep_ in ("dobj", "iobj", "dative", "nsubjpass", "oprd") or (
        h.dep_ == "pobj" and h.head.lower_ in ("of", "against", "on", "at"))


def _law_body(x, w, law) -> bool:
    """x names a body of law (`police` and `lawbody` words, `lawforce`) by a word of its name other than `department`
    (`the Justice Department`, `the bureau`, `the Senate committee`; not `the Department of Education`)."""
    if not hasattr(x, "dep_"):
        return False
    toks = [x] + [y for y in children(x) if y.dep_ in ("compound", "conj")]
    toks += [z for y in children(x) if y.dep_ == "prep" and y.lower_ == "of" for z in children(y) if z.dep_ == "pobj"]
    if _lemma(x) in w["lawoffice"]:       # `the attorney general's office`, `the prosecutor's office`: the office of
        toks += [z for y in children(x) if y.dep_ == "poss" for z in [y] + [  # a law officer (ev49)
            v for v in children(y) if v.dep_ == "compound"]]
    return any((_police_word(y, w) or _lemma(y) in law or _lemma(y) in w["lawbody"])
               and _lemma(y) != "department" for y in toks)


def _law_inquiry(c: Candidate, w, law) -> bool:
    """An inquiry, prosecution or lawsuit carried on by a law body (police, the FBI, prosecutors, a court, a
    committee, an inspector general) is law enforcement, COERCE (`the bureau is investigating the foundation`, `as
    part of the FBI's investigation into her server`, `a judge handling the lawsuit`). By anyone else it stays
    ACCUSE (`Sanders is investigating whether`, `families filed a lawsuit against the company`), and so does one
    opened (`police launched an investigation into the bank`: PLOVER's INVESTIGATE, as the PLV sentences code it)."""
    word = c.noun if c.noun is not None else c.token
    if c.etype != "ACCUSE" or _lemma(word) not in w["lawinquiry"]:
        return False
    if not any(_law_body(x, w, law) for x in c.source):
        return False
    if c.noun is not None and c.noun.dep_ == "dobj" and _lemma(c.noun.head) in w["inquiryopen"]:
        return False                      # `police launched an investigation into the bank`: opened, ACCUSE
    c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None
    return True


def _inquiry_question(c: Candidate, w) -> bool:
    """Inquiries that are questions asked, not investigations (`fielded inquiries about selling the theater`)."""
    n = c.noun if c.noun is not None else c.token
    if _lemma(n) != "inquiry" or prep_object(n, "into") is not None:
        return False
    return n.tag_ == "NNS" and any(x.dep_ == "prep" and x.lower_ in w["inquirytalk"] for x in children(n))


def _public_warning(c: Candidate, w, law) -> bool:
    """Warning the public about a danger (`the sheriff is warning residents about two recent scams`) threatens and
    accuses no one."""
    t = c.token
    if c.etype not in ("ACCUSE", "THREATEN") or not _verb(t) or _lemma(t) not in w["warnverb"]:
        return False
    obj = child(t, ("dobj",))
    if obj is None or _lemma(obj) not in w["public"]:
        return False
    if any(hasattr(x, "ent_type_") and x.ent_type_ in ("ORG", "NORP", "GPE") and not _police(x, w, law) for x in c.source):
        return False                      # (`The Taliban warned residents about new attacks`: a threat)
    return any(x.dep_ == "prep" and x.lower_ in ("about", "of") for x in children(t)) or not any(
        x.dep_ in ("ccomp", "xcomp") for x in children(t))   # (`warned residents that ...`: what was said may be one)


def _information_released(c: Candidate, w) -> bool:
    """Information released or withheld (`police released the names of two victims`, `did not release additional
    details`) is no concession and no refusal."""
    t = c.token
    if c.etype == "CONCEDE" and c.noun is not None and _lemma(c.noun) == "release" and (any(
            x.dep_ in ("compound", "amod") and x.lower_ in w["pressword"] for x in children(c.noun)) or (
            c.noun.dep_ == "pobj" and prep_object(c.noun, "of") is None and not any(
                x.dep_ == "poss" for x in children(c.noun)) and (
                c.noun.head.lower_ == "in" or (c.noun.head.lower_ == "to" and c.noun.head.head.lower_ == "according")))):
        return True                       # `according to a press release from Harlow Police`, `said in the release`
    if c.etype not in ("CONCEDE", "REJECT", "AID") or not _verb(t) or _lemma(t) not in w["releasing"]:
        return False
    obj = child(t, ("dobj", "nsubjpass"))
    if obj is None or _lemma(obj) not in w["disclosed"]:
        return False
    by = [x for x in c.source if hasattr(x, "dep_")] + [y for y in (prep_object(t, "by"),) if y is not None]
    return c.etype != "REJECT" or any(_police(x, w, frozenset()) or x.tag_ == "PRP" or any(
        _lemma(y) in w["reporting"] for y in [x] + [y for y in children(x) if y.dep_ == "compound"]) for x in by) or (
        not by and obj.dep_ == "nsubjpass")   # (`The Roe Trust refused to release the list of donors`)


def _moves(c: Candidate, w) -> bool:
    """Moving about, not acting on anyone: `walked out of an alley` (no walkout; `of the talks` is one), `pulled out a gun` (no
    withdrawal), `dropped him off at school` (no concession), `was standing with some friends in the 1200
    block` (no solidarity)."""
    t = c.token
    if not _verb(t):
        return False
    lem = _lemma(t)
    if _MOVES.get(c.etype) != lem:
        return False                      # (each rule below reads one type and verb: the rest skip the walks, speed35b)
    prt = {x.lower_ for x in children(t) if x.dep_ == "prt"}
    out = next((x for x in children(t) if x.lower_ == "out" and x.dep_ in ("prt", "prep", "advmod")), None)
    if c.etype == "PROTEST" and lem == "walk" and out is not None:
        where = prep_object(t, "of") or prep_object(out, "of")
        if any(_lemma(x) in w["walkoutword"] for x in sentence_tokens(t)):
            return False                  # (`walked out of the room in protest at the speech`)
        return where is not None and _lemma(where) in w["outplace"]
    if c.etype == "RETREAT" and lem == "pull":
        obj = child(t, ("dobj",))
        return obj is not None and (_lemma(obj) in w["firearm"] or _lemma(obj) in w["blade"])
    if c.etype == "CONCEDE" and lem == "drop" and ("off" in prt or _lemma(child(t, ("dobj",)) or t) in w["firearm"]):
        return True                       # (`dropped the weapon`: no one yields to anyone)
    if c.etype == "SUPPORT" and lem == "stand":
        whom = prep_object(t, "with")
        if whom is None or whom.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
            return False                  # (`Britain stands with Ukraine in its fight`: backing)
        return any(y.dep_ == "prep" and y.lower_ in ("in", "at", "outside", "near", "on") and
                   (o := child(y, ("pobj",))) is not None and _lemma(o) in w["outplace"]
                   for y in list(children(whom)) + list(children(t)))
    return False


_MOVES = {"PROTEST": "walk", "RETREAT": "pull", "CONCEDE": "drop", "SUPPORT": "stand"}   # (`_moves`' type and verb pairs)


def _service(c: Candidate, w) -> bool:
    """Help that is a service, not aid: `grief counselors were on campus to help students`, `HFD dispatched to the
    corner` (units sent, nothing given)."""
    t = c.token
    if c.etype != "AID" or not _verb(t):
        return False
    lem = _lemma(t)
    if lem in load().cues["sending"] and child(t, ("dobj", "nsubjpass", "dative")) is None:
        return True
    if lem in w["servicehelp"] and t.dep_ in ("advcl", "xcomp") and any(
            x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        obj = child(t, ("dobj",))
        return obj is not None and _lemma(obj) in w["public"] and bool(c.source) and all(
            hasattr(x, "dep_") and _lemma(x) in w["helper"] for x in c.source)
    return False


def _off_the_record(c: Candidate) -> bool:
    """Declining to go on the record or to be named, asking not to be identified: a source's wish, no refusal and no
    request (`neighbors, who declined to be quoted by name`)."""
    t = c.token
    if c.etype not in ("REJECT", "REQUEST") or not _verb(t) or _lemma(t) not in words()["recordwish"]:
        return False
    x = child(t, ("xcomp",))
    return x is not None and any(y.lower_ in words()["offrecord"] or (
        _lemma(y) in load().cues["identifyverb"] and _verb(y) and (is_passive(y) or child(y, ("dobj",)) is None))
        for y in x.subtree)               # (`Syria refused to name a negotiator` refuses)   # `asked not to be identified`, `asked to remain anonymous`


def _coerce(c: Candidate, target: list, source: list) -> None:
    c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", "arrest"
    c.target, c.source = target, source


def _arrested_in_a_crime(c: Candidate, w) -> None:
    """`Police arrest 2 in fatal shooting`, `Harlow police arrest 16-year-old in deadly shooting`, `Deputies arrest
    two men in Tuesday robbery`: a target the slots took from an arrest's `in` phrase naming a crime
    (crime_words `crimeword`, `chargeword`) is the case, not the arrested. The others stay the target; with none, a
    headline's misparse leaves the arrested a count or an age hung on the trigger (a `nummod`, an `acomp` `old`: the
    parse may make `arrest` a noun), who is the target then; else there is none (ev35). Only an arrest word (mode
    `arrest`)."""
    t = c.token
    if c.etype != "COERCE" or c.mode != "arrest" or not c.target or (c.noun is not None and c.noun.i != t.i):
        return
    crime_nouns = w["crimeword"] | w["chargeword"]
    case = [x for x in c.target if hasattr(x, "dep_") and x.dep_ == "pobj" and x.head.dep_ == "prep" and
            x.head.lower_ == "in" and x.head.head.i == t.i and _lemma(x) in crime_nouns]   # (not `for`: `searching
    # for a suspect` names whom the search is for)
    if not case:
        return
    rest = [x for x in c.target if all(x is not y for y in case)]
    c.target = rest or [x for x in children(t) if x.dep_ == "nummod" or (x.dep_ == "acomp" and x.lower_ == "old")][:1]


def _headline_accused(t) -> bool:
    """`Man accused of robbing a bank`, `Coach accused in assault`: `accuse` as a bare past participle (no auxiliary,
    no object; the parse may tag it a past tense) with a subject, as a headline drops `is`: the subject is the
    accused, not the accuser (ev30c). The active verb always has an object (`accused him of`)."""
    return _lemma(t) == "accuse" and t.tag_ in ("VBN", "VBD") and t.dep_ in ("ROOT", "conj") and \
        child(t, SUBJECTS) is not None and child(t, SUBJECTS).pos_ in ("NOUN", "PROPN") and \
        not any(x.dep_ in ("aux", "auxpass", "dobj", "dative") or x.dep_ == "ccomp" and child(x, SUBJECTS) is not None
                for x in children(t)) and any(x.dep_ == "prep" and x.lower_ in ("of", "in") for x in children(t))
    # (`Man accused of robbing a bank is arrested`: the parse hangs the main verb as a clause with no subject)


def retype(c: Candidate, law: frozenset) -> None:
    """The guide's types for law enforcement, courts, strikes that hit someone and money received; run with
    `checks.retype`."""
    w = words()
    t = c.token
    lem = _lemma(t)
    retype_court(c)
    struck(c)
    _place_not_shooter(c, w)
    if _law_inquiry(c, w, law):
        return
    _arrested_in_a_crime(c, w)
    if _extradited(c):
        return
    if c.pattern.key == "appear_court" and _verb(t):
        s = child(t, SUBJECTS)            # `Two men appeared in court charged with theft`: brought before a court,
        c.target, c.source = ([s] if s is not None else []), []   # the one who appears its target
        return
    if c.etype == "AID" and _verb(t) and lem in w["assisting"] and _agencies_helped(c, w, law):
        c.etype, c.quad, c.cameo, c.mode = "COOPERATE", 2, "060", None   # `the Texas Rangers are being assisted by
        return                            # the Sheriff's Office`: police working together, no aid
    if c.etype in ("ACCUSE", "COERCE") and _verb(t) and lem in w["booking"] and \
            not any(x.dep_ in ("dobj", "dative", "ccomp", "xcomp", "attr") or (x.dep_ == "prep" and x.lower_ == "at")
                    for x in children(t)) and (lem in load().cues["chargingverb"] or t.tag_ in ("VBN", "VBD")):
        s = child(t, SUBJECTS)
        if s is None and t.dep_ in ("acomp", "xcomp", "oprd") and _lemma(t.head) in w["remainverb"]:
            s = child(t.head, SUBJECTS)   # `He remains jailed on a $15,000 bond`
        if s is not None and not _police(s, w, law) and s.pos_ in ("NOUN", "PROPN", "PRON"):
            by = prep_object(t, "by")     # `Dad charged after toddler shoots mom`, `Man charged in shooting`:
            _coerce(c, [s], [by] if by is not None else [])   # the charged is the target
            return
    if c.etype == "ACCUSE" and _verb(t) and _headline_accused(t):
        by = prep_object(t, "by")         # `Man accused of robbing a bank`: a headline's passive, the accused its
        c.target, c.source = [child(t, SUBJECTS)], ([by] if by is not None else [])   # target (ev30c)
        return
    n = c.noun
    if c.etype in ("ACCUSE", "COERCE") and n is not None and _lemma(n) in w["chargenoun"] and \
            n.dep_ == "pobj" and n.head.lower_ in ("on", "with", "for") and _lemma(n.head.head) in w["custody"]:
        v = n.head.head                   # `were arraigned Friday with armed robbery charges`
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
            s = child(t.head, SUBJECTS)   # `Two suspected accomplices were arraigned with robbery
            c.target = [s] if s is not None else []   # charges`: the people, not the charges
        held = {x.i for x in c.target if hasattr(x, "i")}
        c.source = [x for x in c.source if getattr(x, "i", None) not in held]
        return
    if c.etype == "ACCUSE" and n is not None and _lemma(n) in w["chargenoun"] and any(
            y.dep_ in ("compound", "amod") and (_lemma(y) in w["chargeword"] or y.lower_ in w["chargekind"])
            for y in children(n)):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None   # `the manslaughter charge is a proper fit`
        return
    if c.etype == "ACCUSE" and n is not None and c.nominal and _lemma(n) == "indictment":
        whom = prep_object(n, "of")
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None   # `resulted in the indictment of three men`
        if whom is not None:
            c.target = [whom]
            c.source = [x for x in c.source if getattr(x, "i", None) != whom.i]
        return
    if c.etype == "ACCUSE" and _verb(t) and lem == "question" and t.tag_ == "VBN" and t.dep_ == "conj" and \
            is_passive(t.head):
        whom = child(t.head, ("nsubjpass",))   # `Two men were caught and subsequently questioned`
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None
        if whom is not None:
            c.target, c.source = [whom], [x for x in c.source if getattr(x, "i", None) != whom.i]
        return
    if c.etype == "REQUEST" and _verb(t) and lem in w["decreeing"]:
        obj = child(t, ("dobj", "nsubjpass"))
        if obj is not None and any(_lemma(y) in w["lockdown"] or y.lower_ in w["lockdown"] for y in obj.subtree):
            c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "172", "curfew"   # `A shelter-in-place had been
            c.target = [x for x in c.target if getattr(x, "i", None) != obj.i]   # ordered for the area`
            return
    if c.etype == "REQUEST" and _verb(t) and lem in w["decreeing"] and _penalty_ordered(c, w):
        return                            # `was ordered to pay $900 restitution`: a court's penalty
    if c.etype == "REQUEST" and _verb(t) and lem in w["manhunt"]:
        obj = child(t, ("dobj",))
        if obj is not None and _lemma(obj) in w["fugitive"] and any(_police(x, w, law) for x in c.source):
            _coerce(c, [obj], [x for x in c.source if _police(x, w, law)])   # `police are seeking suspects`
            return
        if (t.tag_ == "VBN" and is_passive(t)) or (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD")):
            whom = child(t, ("nsubjpass",)) or (t.head if t.dep_ == "acl" else None)
            if whom is not None and _hunted(whom, w) and (_lemma(whom) in w["fugitive"] or any(
                    x.dep_ == "prep" and x.lower_ in ("in", "for") and any(
                        _lemma(y) in w["crimeword"] or _in_connection(y, w) for y in children(x))
                    for x in children(t))):
                by = prep_object(t, "by")  # `suspects sought in shooting outside theater`
                _coerce(c, [whom], [by] if by is not None else [])
                return
    if c.etype in ("CONSULT", "CONCEDE", "AGREE", "SUPPORT") and _verb(t) and lem in w["receiving"]:
        obj = child(t, ("dobj",))
        if obj is None and t.dep_ == "relcl" and t.head.pos_ == "NOUN":
            obj = t.head                  # `the grant money the police received from the state`
        if obj is None:                   # (the same parsed as `money police received`, a participle on police)
            obj = next((y for y in tokens(t.doc)[max(sentence_of(t.doc, t.i).start, t.i - 5):t.i] if _lemma(y) in w["money"]), None)
        giver = prep_object(t, "from")
        whom = child(t, ("nsubj",)) or (t.head if t.dep_ == "acl" else None)
        if obj is not None and _lemma(obj) in w["money"] and giver is not None and whom is not None and (
                giver.ent_type_ in ("ORG", "GPE") or _lemma(giver) in w["giverbody"]):
            c.etype, c.quad, c.cameo, c.mode = "AID", 2, "070", None
            c.source, c.target = [giver], [whom]


def _hunted(x, w) -> bool:
    """x, sought in a crime, is someone police hunt: a fugitive word, or a name, a pronoun, a count or a noun of
    people that is no witness (`witnesses are being sought in connection with the robbery`, `footage is sought in
    the shooting`: an appeal for help, no manhunt; crime_words `appealed`, review51a)."""
    if _lemma(x) in w["fugitive"]:
        return True
    return _lemma(x) not in w["appealed"] and (x.pos_ == "PROPN" or names_people(x))


def _in_connection(y, w) -> bool:
    """`in connection with` a crime (`two brothers sought in connection with a robbery`): y is `connection` and its
    `with` phrase names a crime word (ev51)."""
    if y.lower_ != "connection":
        return False
    with_ = prep_object(y, "with")
    return with_ is not None and _lemma(with_) in w["crimeword"]


def _penalty_ordered(c: Candidate, w) -> bool:
    """Ordered to pay a penalty (crime_words `courtpay`: `was fined and ordered to pay $900 restitution`, `the judge
    ordered him to pay damages`): a penalty imposed (COERCE, the one who pays the target), no request."""
    t = c.token
    pay = next((x for x in children(t) if x.dep_ == "xcomp" and _lemma(x) == "pay"), None)
    what = child(pay, ("dobj",)) if pay is not None else None
    if what is None or _lemma(what) not in w["courtpay"] and what.lower_ not in w["courtpay"] and not (
            _lemma(what) in w["courtfee"] and any(_lemma(x) in w["courtmark"] for x in children(what)
                                                  if x.dep_ in ("compound", "amod") and x.i < what.i)):
        return False                      # (costs are a penalty as `court costs`, `legal costs`; not `the costs of
        # the convoy` a ministry is told to pay)
    passive = is_passive(t)
    whom = child(t, ("nsubjpass",)) if passive else child(t, ("dobj",))
    if whom is None and passive and t.dep_ == "conj":
        whom = child(t.head, ("nsubjpass",))   # `was fined and ordered to pay`
    by = prep_object(t, "by") if passive else child(t, ("nsubj",))
    c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "172", None
    if whom is not None:
        c.target = [whom]
    c.source = [by] if by is not None else [x for x in c.source if getattr(x, "i", None) != getattr(whom, "i", None)]
    return True


def _extradited(c: Candidate) -> bool:
    """A person extradited is held and handed over (COERCE, the person the target, the extraditing side the
    source: `he was extradited to San Antonio`); the states' judicial cooperation stays when no person is named
    (`extradited Gulen` names one; `an extradition treaty` none), and a person sent to another country is that state
    yielding to the other's request (`to be extradited to Venezuela`: PLV codes it YIELD), left to the type model."""
    t = c.token
    if c.etype != "COOPERATE" or not _verb(t) or _lemma(t) != "extradite":
        return False
    passive = is_passive(t)
    whom = child(t, ("nsubjpass",)) if passive else child(t, ("dobj",))
    if whom is None and passive and t.dep_ == "acl":
        whom = t.head
    if whom is None or not (whom.pos_ == "PRON" and whom.lower_ not in ("it", "they", "them") or whom.ent_type_ ==
                            "PERSON" or actor_noun(whom) and whom.ent_type_ not in ("GPE", "NORP", "ORG")):
        return False
    dest = prep_object(t, "to")
    if dest is not None and dest.ent_type_ == "GPE" and \
            span_text(dest.doc, dest.left_edge.i, dest.i + 1).removeprefix("the ") in countries().names:
        return False                      # `to be extradited to Venezuela`: one state yielding to another's request
    by = prep_object(t, "by") if passive else child(t, ("nsubj",))
    _coerce(c, [whom], [by] if by is not None else [])
    return True


def _prison_term(t, term, w) -> bool:
    """A term handed is a prison term when it is a sentence (`a life sentence`, `a suspended sentence`) or is served
    in a jail (`35 years in prison`, `20 years behind bars`), or a court hands it (`the judge handed him 10 years`):
    not `a two-year term by the board`, `14 days to pay the fine`."""
    if _lemma(term) == "sentence":
        return True
    if any(_lemma(y) in w["jail"] or y.lower_ == "bars" for x in (t, term) for p in children(x)
           if p.dep_ == "prep" for y in children(p) if y.dep_ == "pobj"):
        return True
    by = prep_object(t, "by") if is_passive(t) else child(t, ("nsubj",))
    return by is not None and _lemma(by) in w["lawbody"]


def _agencies_helped(c: Candidate, w, law) -> bool:
    """Both sides of an act of assistance are police or law agencies (crime_words `agency`: `jurisdictions`,
    `the Texas Rangers`): police working together."""
    sides = [x for x in list(c.source) + list(c.target) if hasattr(x, "dep_")]

    def lawlike(x, police: bool) -> bool:    # (the word or its compound or owner: `the Sheriff's Office`)
        return any(_police(y, w, law) or (not police and (_lemma(y) in w["agency"] or _lemma(y)[:-1] in w["agency"]))
                   for y in
                   [x] + [y for y in children(x) if y.dep_ in ("compound", "poss")])
    return len(sides) >= 2 and any(lawlike(x, True) for x in sides) and all(lawlike(x, False) for x in sides)


def _held_verbs(sent, w) -> list:
    """The verbs of `heldverb` among the tokens `sent` (`candidates`' opening words)."""
    return lemma_picked(sent, "heldverb", ids_of("VERB", "AUX"), w["heldverb"])


def _stop_words(sent, w) -> list:
    """The words of `stopverb` among the tokens `sent` (`_police_stops`' opening words)."""
    return class_picked(sent, "stopverb", w["stopverb"])


def _drop_verbs(sent, w) -> list:
    """The verbs of `dropverb` among the tokens `sent` (`_charges_dropped`' opening words)."""
    return class_picked(sent, "dropverb", w["dropverb"], ids_of("VERB"))


def _jail_objects(sent, w) -> list:
    """The prepositions' objects of `jail` among the tokens `sent` (`_held_now`'s opening words)."""
    return class_picked(sent, "jail", w["jail"], dep_ids=ids_of("pobj"))


def opening(doc) -> list[int]:
    """The indices of the doc's words `candidates` starts from (its four passes' opening words, `_held_verbs`,
    `_stop_words`, `_drop_verbs`, `_jail_objects`): a sentence holding none of them gives no candidate (speed37a)."""
    whole = tokens(doc)
    w = words()
    return sorted({t.i for pick in (_held_verbs, _stop_words, _drop_verbs, _jail_objects) for t in pick(whole, w)})


def candidates(sent, skipped, law: frozenset) -> list[Candidate]:
    """Detentions and searches no trigger names: `is being held on suspicion of robbery`, `held without bail`,
    `was booked into the county jail`, `taken into custody`, `police searched the home` (COERCE, the held as
    target, police as source when named)."""
    w = words()
    out = []
    for t in _held_verbs(sent, w):   # (the verbs of the class alone)
        lem = _lemma(t)
        if lem not in w["heldverb"] or skipped(t):
            continue                      # (each rule below is of one of these verbs)
        passive = is_passive(t)
        held = None
        if lem == "hold" and any(x.dep_ == "prep" and x.lower_ in ("on", "in", "without") and any(
                _lemma(y) in w["heldon"] or _lemma(prep_object(y, "of") or y) in w["jail"]
                for y in children(x) if y.dep_ == "pobj") for x in children(t)):
            held = "arrest"
        elif lem in ("book", "take", "send") and any(x.dep_ == "prep" and x.lower_ in ("into", "in", "to") and any(
                _lemma(y) in w["jail"] for y in children(x) if y.dep_ == "pobj") for x in children(t)):
            held = "arrest"               # (`a court sent ten men to pretrial custody`)
        elif lem == "get" and any(x.dep_ == "prep" and x.lower_ == "into" and any(
                _lemma(y) in w["jail"] for y in children(x) if y.dep_ == "pobj") for x in children(t)):
            held = "arrest"               # `credited the officers with getting him into custody` (ev31c)
        elif lem == "hand" and (term := child(t, ("dobj", "npadvmod"))) is not None and _lemma(term) in w["term"] \
                and (_lemma(term) == "sentence" or any(y.like_num or _lemma(y) == "life" for y in term.subtree)) \
                and prep_object(term, "of") is None and _prison_term(t, term, w):
            whom = child(t, ("nsubjpass",)) if passive else child(t, ("dative",))
            if whom is None and passive and t.dep_ == "conj":
                whom = child(t.head, ("nsubj", "nsubjpass"))   # `waived a hearing and was handed 35 years`
            if whom is not None and whom.pos_ in ("NOUN", "PROPN", "PRON"):
                by = prep_object(t, "by") if passive else child(t, ("nsubj",))
                c = Candidate(t, None, Pattern("custody", lem, "173", "arrest", ()), t.i, t.i, False,
                              etype="COERCE", quad=4, cameo="173", mode="arrest", source=[by] if by is not None else [],
                              target=[whom], preset=True)
                c.depth = _depth(t)
                out.append(c)             # `was handed 35 years in prison`, `the judge handed him a life sentence`
            continue
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
        elif lem == "restrain" and (whom := child(t, ("nsubjpass",)) if passive else child(t, ("dobj",))) is not None \
                and (whom.pos_ in ("PROPN", "PRON") or actor_noun(whom)) and not whom.lower_.endswith(("self", "selves")) \
                and any(_police(x, w, law) for x in sent):   # (police at the scene: `was restrained amid the storm`
            # is a manner)
            held = "arrest"               # `officers restrained the man`; not `restrained himself`, `restrain spending`
        if held is None or any(x.dep_ in ("prep", "advmod", "advcl") and x.lower_ == "since" for x in children(t)):
            continue                      # (`Since then, 427 fugitives have been taken into custody`: a tally)
        whom = child(t, ("nsubjpass",)) if passive else child(t, ("dobj",))
        if whom is None and passive and t.dep_ == "acl":
            whom = t.head
        if whom is None and passive and t.dep_ == "conj" and not any(x.dep_ == "nsubj" for x in children(t)):
            whom = child(t.head, ("nsubjpass", "nsubj"))   # `was picked up Wednesday and was later taken to the
            # county jail`: the subject the joined verbs share (ev29a)
        agent = prep_object(t, "by") if passive else child(t, ("nsubj",))
        if agent is None and not passive and t.dep_ == "xcomp":
            agent = child(t.head, ("nsubj",))   # `the court ruled to send ten men to custody`
        if lem == "restrain" and passive and agent is not None and not _police(agent, w, law):
            continue                      # (`was restrained by bystanders until police arrived`: no police hold)
        if agent is not None and agent.pos_ == "PRON" and lem == "restrain" and any(
                _police(x, w, law) for x in sent if x.i != agent.i):
            agent = next(x for x in sent if x.i != agent.i and _police(x, w, law))   # `when the cops got here, they
            # restrained me`: the police of the sentence
        if whom is None or (not passive and (agent is None or not (_police(agent, w, law) or (
                lem == "send" and _lemma(agent) in w["lawbody"]))) and not _into_custody(t, agent, w)):
            continue                      # (`the party held a rally in custody of`: no one held by police)
        c = Candidate(t, None, Pattern("custody", lem, "173", "arrest", ()), t.i, t.i, False, etype="COERCE",
                      quad=4, cameo="173", mode="arrest", source=[agent] if agent is not None else [],
                      target=[whom], preset=True)
        c.depth = _depth(t)
        out.append(c)
    out += _held_now(sent, w, law)
    out += _charges_dropped(sent, skipped, w)
    out += _police_stops(sent, skipped, w, law)
    return out


def _police_stops(sent, skipped, w, law) -> list[Candidate]:
    """A stop by police (crime_words `stopverb`, `stopdo`): `police stopped him outside the court`, `a trooper stopped
    the car`, `officers ... conducted a traffic stop`, `was stopped by deputies`: COERCE (a detention), the police as
    source, the one stopped as target (none for a vehicle). Only police doing it (`the bus stopped`, `the company
    stopped production`, `protesters stopped traffic` are none), a person or a vehicle stopped, told as done (not
    negated or with a modal). ev32a."""
    out = []
    for t in _stop_words(sent, w):   # (the words of the class alone, speed33)
        if _lemma(t) not in w["stopverb"] or skipped(t):
            continue
        verb, noun = t, None
        if t.pos_ == "NOUN":
            if t.dep_ != "dobj" or _lemma(t.head) not in w["stopdo"]:
                continue                  # (`the traffic stop led to the arrests`: a stop named, no doer)
            verb, noun = t.head, t
        elif t.pos_ != "VERB":
            continue
        if any(x.dep_ == "neg" or x.dep_ == "aux" and x.lower_ in MODAL_AUX for x in children(verb)):
            continue
        passive = noun is None and is_passive(verb)
        doer = prep_object(verb, "by") if passive else child(verb, ("nsubj",))
        if doer is None and not passive and verb.dep_ == "conj":
            doer = child(verb.head, ("nsubj",))   # `spotted a vehicle ... and conducted a traffic stop`
        if doer is None and noun is not None or doer is not None and doer.lower_ in ("they", "we") and not _police(
                doer, w, law):
            doer = next((x for x in sent if x.dep_ == "nsubj" and x is not doer and _police(x, w, law)), None)
            # (`Officers responding said they spotted a vehicle and conducted a traffic stop`: the police who say so;
            # a traffic stop whose doer the parse lost is the sentence's police's too: only police make one)
        if doer is None or not _police(doer, w, law):
            continue
        if noun is not None:
            stopped = prep_object(noun, "on")
        else:
            stopped = child(verb, ("nsubjpass",)) if passive else child(verb, ("dobj",))
            if stopped is None or not (stopped.pos_ == "PRON" and stopped.lower_ in ("him", "her", "them", "he", "she",
                                                                                     "they") or _a_person(stopped)
                                       or _lemma(stopped) in w["road"] and _lemma(stopped) not in w["stopflow"]):
                continue                  # (`police stopped the fight`, `stopped work`, `stopped traffic for the
                # motorcade`: no one held; rev32)
        whom = [stopped] if stopped is not None and _lemma(stopped) not in w["road"] else []
        first, last = (verb.i, noun.i) if noun is not None else (verb.i, verb.i)
        c = Candidate(verb, noun, Pattern("custody", "stop", "173", "arrest", ()), first, last, False, etype="COERCE",
                      quad=4, cameo="173", mode="arrest", source=[doer], target=whom, preset=True)
        c.depth = _depth(verb)
        out.append(c)
    return out


def _charges_dropped(sent, skipped, w) -> list[Candidate]:
    """A claim at law let go (crime_words `dropverb`, `dropped`): `the charges against him were dropped`, `claims
    that the band was ripped off have been withdrawn`, `a prosecutor's decision to drop the charge against him`
    (`dropdecide`): CONCEDE (EVENT_GUIDE: dropping charges concedes), the one charged (`against`) as target, the
    `by` doer or the decider as source. Not one to come or asked for (`should be dropped`, `will be dropped`, `asked
    the court to drop the case`), nor denied (`were not dropped`); the active `dropped the charges` is the lexicon's
    own (event_patterns `drop`). ev32a."""
    out = []
    for t in _drop_verbs(sent, w):   # (the class's verbs alone, speed33)
        if t.pos_ != "VERB" or _lemma(t) not in w["dropverb"] or skipped(t) or any(
                x.dep_ == "neg" or x.dep_ == "aux" and x.lower_ in MODAL_AUX for x in children(t)):
            continue
        source = None
        if is_passive(t):
            claim = child(t, ("nsubjpass",))
            source = prep_object(t, "by")
        elif t.dep_ == "acl" and _lemma(t.head) in w["dropdecide"] and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
            claim = child(t, ("dobj",))
            source = next((x for x in children(t.head) if x.dep_ == "poss"), None)
            if t.head.dep_ in ("nsubj", "nsubjpass") and any(
                    x.dep_ == "aux" and x.lower_ in MODAL_AUX for x in children(t.head.head)):
                continue                  # (`a decision to drop the case would anger voters`: supposed)
        else:
            continue
        if claim is None or _lemma(claim) not in w["dropped"]:
            continue
        charged = prep_object(claim, "against") or prep_object(t, "against")
        if source is not None and source.pos_ == "PRON" and source.lower_ not in ("he", "she", "they", "we"):
            source = None
        c = Candidate(t, None, Pattern("verb", "drop", "080", None, ()), t.i, t.i, False, etype="CONCEDE", quad=2,
                      cameo="080", source=[source] if source is not None else [],
                      target=[charged] if charged is not None else [], preset=True)
        c.depth = _depth(t)
        out.append(c)
    return out


def _a_person(x) -> bool:
    """x, a common noun, names people (victims._person: `The suspect`, `two men`), not a thing (`The documents`)."""
    from .victims import _person
    return _person(x)


def _into_custody(t, agent, w) -> bool:
    """An active `take` or `get` into custody or jail whose doer is a plural personal pronoun or no one named
    (`we took him into custody`, a police chief quoted; `credited the officers with getting him into custody`): the
    phrase itself tells an arrest, whoever says it (ev31c). Not `he took his son into the jail` (a singular doer)."""
    if _lemma(t) not in ("take", "get") or not any(x.dep_ == "prep" and x.lower_ == "into" and any(
            _lemma(y) in w["jail"] and _lemma(y) != "cell" for y in children(x) if y.dep_ == "pobj") for x in children(t)):
        return False
    return (agent is None and t.tag_ == "VBG") or (agent is not None and agent.lower_ in ("we", "they"))


def _held_now(sent, w, law) -> list[Candidate]:
    """One held now: `is now in county custody`, `remains in jail`, a headline's `Several in custody after ...`
    (COERCE, the held as target, the police body of the custody as source when named: `in SLMPD custody`). Not a
    past state (`was in jail at the time`), nor no one (`Nobody is in custody`), nor a custody of someone else (`in the
    custody of her aunt`) (ev31c)."""
    out = []
    for x in _jail_objects(sent, w):   # (the class's objects alone, speed33)
        if x.dep_ != "pobj" or _lemma(x) not in w["jail"] or _lemma(x) == "cell" or x.head.lower_ != "in" \
                or x.head.dep_ != "prep":
            continue
        h = x.head.head
        of = prep_object(x, "of")
        if of is not None and not _police(of, w, law):
            continue                      # (`in the custody of her aunt`)
        if _verb(h) and _lemma(h) in w["remainverb"] and (_lemma(h) != "be" or h.tag_ in ("VBZ", "VBP") and any(
                y.dep_ == "advmod" and y.lower_ == "now" for y in children(h))):
            whom = child(h, ("nsubj",))   # `is now in custody`, `remained in jail` (not `was in jail`; `Eight of them
            # are in custody` is a state the story may only recall)
            if whom is None and h.dep_ == "conj":
                whom = child(h.head, ("nsubj",))   # `turned himself in and is now in custody`
        elif h.dep_ == "ROOT" and h.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            whom = h                      # a headline with no verb: `Several in custody after shooting`
        else:
            continue
        if whom is None or whom.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ") or _police(whom, w, law) or \
                whom.pos_ == "NOUN" and not _a_person(whom) or \
                whom.pos_ == "PRON" and whom.lower_ not in pronouns("subject") - {"it"} or \
                any(y.dep_ == "det" and y.lower_ == "no" for y in children(whom)) or \
                any(y.dep_ == "neg" or y.dep_ == "aux" and y.lower_ in ("will", "would", "could", "may", "might")
                    for y in children(h)):
            continue                      # (`No one is in custody`, `She is not in custody`, `what is in its custody`;
            # `The documents are now in police custody`: a thing held, no one; rev31)
        by = [y for y in children(x) if y.dep_ == "compound" and _police(y, w, law)] + ([of] if of is not None else [])
        c = Candidate(x, None, Pattern("custody", _lemma(x), "173", "arrest", ()), x.i, x.i, False, etype="COERCE",
                      quad=4, cameo="173", mode="arrest", source=by[:1], target=[whom], preset=True)
        c.depth = _depth(x)
        out.append(c)
    return out


def mentioned_again(c: Candidate, told: set) -> bool:
    """A shooting an earlier sentence told, named again as what something is about or when it happened (`information
    about Tuesday's shooting`, `during the shooting`, `the sound of gunfire`): no new mention. Not when the noun
    says more about it (`the shooting that injured her`, `a shooting of two teens`)."""
    if c.etype != "ASSAULT" or c.etype not in told or c.source or c.extra_source is not None:
        return False
    if _victims_named(c):
        return True
    n = c.noun
    if not c.nominal or n is None or n.dep_ != "pobj" or _lemma(n) not in words()["crimeword"]:
        return False                      # (a crime's shooting or stabbing; not `the bombings in New York`)
    if any(hasattr(x, "dep_") and x.ent_type_ not in ("DATE", "TIME", "FAC", "GPE", "LOC") and (
            x.pos_ == "PRON" or actor_noun(x) or _lemma(x) in words()["victimish"] or x.ent_type_ or not (
                _lemma(x) in words()["premises"] or _lemma(x) in words()["outplace"] or _lemma(x) in words()["scene"]))
           for x in c.target):
        return False                      # (`during the shooting on an apartment complex` is the same one)
    p = n.head
    if not (p.lower_ in words()["referring"] or (p.lower_ == "of" and _lemma(p.head) in words()["hearing"])):
        return False
    return not any(x.dep_ in ("relcl", "acl", "appos", "nummod") or (x.dep_ == "prep" and x.lower_ == "of")
                   for x in children(n))


def _victims_named(c: Candidate) -> bool:
    """`Both men who were killed were identified as X and Y`: the victims of a killing told before, named."""
    t = c.token
    if not _verb(t) or t.dep_ not in ("relcl", "acl") or not (is_passive(t) or t.dep_ == "acl" and t.tag_ == "VBN") \
            or prep_object(t, "by") is not None:
        return False
    n = t.head
    if n.dep_ == "dobj" and _verb(n.head) and not is_passive(n.head) and _lemma(n.head) in words()["namedas"] and \
            _lemma(n.head) != "be" and (prep_object(n.head, "as") is not None or prep_object(t, "as") is not None):
        return True                       # `the coroner identified the person killed as Jane Roe`
    return n.dep_ in ("nsubj", "nsubjpass") and _lemma(n.head) in words()["namedas"] and (
        _lemma(n.head) != "be" or any(_lemma(y) in load().cues["identifyverb"] for y in children(n.head)))


def _care(c: Candidate, w) -> bool:
    """Medical care is no concession or aid: `treated and released`, `released from the hospital`, `performed first
    aid`, `on life support`."""
    t = c.token
    n = c.noun
    if c.etype == "CONCEDE" and _verb(t) and _lemma(t) == "release":
        near = [t.head] + [x for x in children(t) if x.dep_ == "conj"] + [x for x in children(t.head) if x.dep_ == "conj"]
        if any(_lemma(x) in words()["treatment"] for x in near if x.i != t.i):
            return True
        where = prep_object(t, "from")
        return where is not None and _lemma(where) in w["care"]
    if n is not None and c.etype in ("AID", "SUPPORT") and any(x.dep_ in ("amod", "compound") and (
            (x.lower_ == "first" and _lemma(n) == "aid") or (x.lower_ == "life" and _lemma(n) == "support") or
            x.lower_ == "medical") for x in children(n)):
        return True
    return False


def _scene(c: Candidate, w, law, crimeact) -> bool:
    """Police called or sent to a scene and talking to the people there: `Police were called for shots fired`,
    `responded to calls about a gunshot victim`, `officers were dispatched to the apartment`, `Investigators are
    speaking to an employee`, and visits to a place (`visited the bank`): no request, deployment or meeting."""
    t = c.token
    lem = _lemma(c.noun if c.noun is not None else t)
    n = c.noun if c.noun is not None else t
    if c.etype in ("REQUEST", "ACCUSE") and lem in w["callword"] and n.dep_ == "pobj" and \
            n.head.lower_ == "to" and _lemma(n.head.head) == "respond" and not any(x.dep_ == "poss" for x in children(n)):
        return True                       # `a deputy responding to an unrelated complaint`
    if c.etype == "REQUEST" and lem == "call" and _crime_story(sentence_of(t.doc, t.i), w, law, crimeact):
        if _verb(t) and is_passive(t):
            s = child(t, ("nsubjpass",))
            return s is not None and _police(s, w, law)
        n = c.noun if c.noun is not None else t
        if n.dep_ == "pobj" and n.head.lower_ == "to" and _lemma(n.head.head) == "respond" and not any(
                x.dep_ == "poss" for x in children(n)):
            return True                   # (`responded to Roe's call for a fresh approach`)
        return n.dep_ == "dobj" and _lemma(n.head) in w["callreceived"] or any(
            x.dep_ == "prep" and x.lower_ == "for" and any(_lemma(y) == "service" for y in x.subtree) for x in children(n))
    if c.etype == "MOBILIZE" and _verb(t) and lem in w["dispatching"]:
        sent = child(t, ("nsubjpass", "dobj"))
        return sent is not None and _lemma(sent) in w["responder"] and not any(
            hasattr(x, "dep_") and x.ent_type_ in ("GPE", "NORP") for x in c.target)
    if c.etype == "CONSULT" and not any(not hasattr(x, "dep_") or actor_like(x) for x in c.target):
        if lem == "visit" and _verb(t):   # `visiting the home where the shooting happened`, `visited the bank`
            return bool(c.target) and all(_lemma(x) in w["premises"] or _lemma(x) in w["outplace"] for x in c.target)
        return any(_police(x, w, law) for x in c.source) and not any(actor_noun(x) for x in c.target)
        # `the officer talked to a man who had phoned police`, `Investigators are speaking to an employee`
    if c.etype == "MOBILIZE" and c.noun is not None and lem == "alert":
        return not any(x.lower_ in w["alertlevel"]
                       for x in children(c.noun)) and not (c.noun.dep_ == "pobj" and c.noun.head.lower_ == "on")
    return False


def preset_no_event(c: Candidate) -> bool:
    """The checks that hold for events built whole by a rule too (verdicts and feelings of evaluative.py)."""
    return posture(c) or _affection(c, words()) or _wrong_place(c) or _legal_state(c, words()) or \
        _worry_for_a_plight(c, words())


def _worry_for_a_plight(c: Candidate, w) -> bool:
    """Worry or fear about a danger, a lack or an illness that no one does (event_senses `plight`, lexicon/hazards.tsv,
    crime_words `peril`), with no actor in what is feared (ev32b): `health officers are anxious about the threat of
    disease`, `residents are concerned about the risk of flooding`; a feeling, no criticism. `concerned about the
    council's plan`, `worried about Iran` stay."""
    if c.etype != "ACCUSE" or c.noun is not None:
        return False
    t = c.token
    ew = evaluation_words()
    if _lemma(t) not in ew["feeler"] and t.lower_ not in ew["feeler"] and t.lower_ not in w["worryword"]:
        return False
    objs = [y for x in children(t) if x.dep_ == "prep" and x.lower_ in ("about", "over", "of", "by")
            for y in children(x) if y.dep_ == "pobj"]
    plight = _senses_of("plight") | w["peril"]

    def actor_in(z) -> bool:              # (a place where it befalls is no one: `the risk of flooding in Fargo`)
        place = z.ent_type_ in ("GPE", "LOC", "FAC") and z.dep_ != "poss"
        return not place and (z.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or z.pos_ == "PROPN" or actor_noun(z))
    return bool(objs) and all((_lemma(y) in plight or _lemma(y) in hazards()) and not any(
        actor_in(z) for z in y.subtree) for y in objs)


@functools.lru_cache(maxsize=None)
def _senses_of(name: str) -> frozenset:
    """One class of lexicon/event_senses.tsv."""
    return frozenset(classes("event_senses.tsv").get(name, ()))


def _legal_state(c: Candidate, w) -> bool:
    """A word of blame or of fitness that tells a person's state in law or medicine, no criticism (ev32b): a noun of
    standing (`legalstate`: `they can't discuss his case because he is a juvenile`), fitness in a sentence of a
    court's (`courtstate`: `she is still not competent to face trial`, `found competent by a jury` at a competency
    hearing), a word of scorn that names the kind of an illness (`diagnosis`: `consistent with paranoid
    schizophrenia`), and `responsible for` a count of people in one's charge (`the officer was responsible for 70
    parolees` (`incharge`); `responsible for the deaths of two men` stays)."""
    if c.etype != "ACCUSE" or c.noun is not None:
        return False
    t = c.token
    lem = _lemma(t)
    ew = evaluation_words()
    if t.pos_ == "NOUN" and lem in w["legalstate"] and lem in ew["scorn"]:
        return True
    if lem in ew["fitness"] and any(_lemma(x) in w["courtstate"] for x in sentence_tokens(t)):
        return True
    if (lem in ew["scorn"] or lem in ew["negative"]) and t.dep_ in ("amod", "compound") and \
            _lemma(t.head) in w["diagnosis"]:
        return True
    if lem in ew["culpable"]:
        whom = prep_object(t, "for")
        return whom is not None and whom.pos_ == "NOUN" and any(x.dep_ == "nummod" for x in children(whom)) and \
            (_lemma(whom) in w["incharge"] or whom.lower_ in w["incharge"])
    return False


def evaluation_words() -> dict[str, frozenset]:
    """lexicon/evaluation.tsv as class -> words (the evaluative patterns' words, read by evaluative.words)."""
    from .evaluative import words as ew
    return ew()


def _wrong_place(c: Candidate) -> bool:
    """`She was simply in the wrong spot at the wrong moment`: bad luck, no verdict on anyone."""
    t = c.token
    return c.etype == "ACCUSE" and t.lower_ == "wrong" and t.dep_ == "amod" and _lemma(t.head) in words()["wrongplace"]


def posture(c: Candidate) -> bool:
    """Words of posture and shouting read as criticism: `was lying in bed`, `made the boys lay on the ground`,
    `a man lying on the road calling out to him`; roads `blocked off` are no refusal."""
    t = c.token
    if not _verb(t):
        return False
    lem = _lemma(t)
    if c.etype == "ACCUSE" and lem in words()["lying"] and t.lower_ not in words()["liedform"] and any(
            x.dep_ in ("prep", "prt", "advmod") and x.lower_ in ("in", "on", "down", "under", "inside", "there")
            for x in children(t)):
        return True
    if c.etype == "ACCUSE" and lem == "call" and child(t, ("dobj",)) is None and any(
            x.dep_ == "prep" and x.lower_ == "to" for x in children(t)):
        return True
    return c.etype == "REJECT" and lem == "block" and any(x.dep_ == "prt" and x.lower_ == "off" for x in children(t))


def _charge_named(c: Candidate, w) -> bool:
    """A criminal charge or conviction named, not brought: `pleaded guilty to the murder charge`, `Nazerian's charge
    carried a maximum of 12 months`, `has a prior conviction`, `Some of the charges come from the shooting`
    (`faces charges`, `charges against him`, `arraigned on charges` stay)."""
    n = c.noun
    if n is None or c.etype not in ("ACCUSE", "COERCE") or _lemma(n) not in w["chargenamed"]:
        return False
    if prep_object(n, "against") is not None:
        return False
    if n.dep_ == "pobj" and n.head.lower_ == "to" and _lemma(n.head.head) == "plead":
        return True
    if _lemma(n) == "conviction":
        return any(x.lower_ in w["priorword"] or _lemma(x) in w["chargeword"]
                   for x in children(n) if x.dep_ in ("amod", "compound")) or _lemma(n.head) == "have"
    if n.dep_ in ("nsubj", "appos") and _lemma(n.head) not in ("be",) and not is_passive(n.head):
        return any(x.dep_ == "poss" for x in children(n)) or _lemma(n.head) in w["chargecarried"]
    return False


def retype_court(c: Candidate) -> None:
    """Pleading guilty concedes (`pleaded guilty to the murder charge`), pleading not guilty denies; a sentence to
    prison is law enforcement (`was sentenced to 30 years in prison`)."""
    t = c.token
    if not _verb(t) and c.noun is None:
        return
    lem = _lemma(t)
    if lem in words()["pleading"] or (c.noun is not None and _lemma(c.noun) == "plea"):
        word = c.noun if c.noun is not None else t
        said = [x for x in word.subtree if x.lower_ in words()["pleaword"]]
        if said:
            negated = any(x.lower_ in ("not", "innocent") for x in word.subtree) and not any(
                x.lower_ == "contest" for x in said)
            if negated:
                c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None
            else:
                c.etype, c.quad, c.cameo, c.mode = "CONCEDE", 2, "080", None
            c.target = []
            c.negated = False
        return
    if c.etype == "ACCUSE" and lem == "sentence" and _verb(t):
        to = prep_object(t, "to")
        if to is not None:
            c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", "arrest"
            if is_passive(t):
                whom = child(t, ("nsubjpass",))
                c.target = [whom] if whom is not None else c.target
                c.source = [x for x in c.source if getattr(x, "i", None) != getattr(whom, "i", None)]


def struck(c: Candidate) -> None:
    """`The girl was struck in the chest`, `a bullet struck him`: a strike with someone struck is an attack, no
    walkout."""
    t = c.token
    if c.etype == "PROTEST" and _verb(t) and _lemma(t) == "strike" and (
            is_passive(t) or child(t, ("dobj",)) is not None):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "190", None


def _no_ask(c: Candidate) -> bool:
    """Encouraging or advising asks for an act only with one named (`encouraged his followers to pray`, `advised
    citizens to call police`; not `was encouraged by the results`, `advised the governor`); pleas entered in court
    and headline `X sought in shooting` are no appeals."""
    t = c.token
    if c.etype != "REQUEST":
        return False
    if _verb(t) and _lemma(t) in words()["advising"]:
        return not any(x.dep_ in ("xcomp", "ccomp") for x in children(t)) or any(
            hasattr(x, "tag_") and (x.tag_ == "VBG" or x.pos_ == "VERB") for x in c.source)
        # (`trading prisoners encourages others to target Americans`: a practice, no one asking)
    n = c.noun
    return n is not None and c.nominal and _lemma(n) == "plea" and not any(
        x.dep_ == "prep" and x.lower_ in ("for", "to") for x in children(n)) and not any(
        x.dep_ in ("acl", "relcl") for x in children(n))


def _affection(c: Candidate, w) -> bool:
    """Love and embraces among people (`I love him`, `was embraced by his brother`), and recognising a man in a
    picture or that something is so, back no one."""
    t = c.token
    if c.etype != "SUPPORT" or not _verb(t):
        return False
    lem = _lemma(t)
    if lem in w["affection"]:
        if any(x.dep_ == "prep" and x.lower_ == "as" for x in children(t)) or any(
                hasattr(x, "ent_type_") and x.ent_type_ in ("ORG", "GPE", "NORP") for x in c.source):
            return False                  # (`The party embraced him as its nominee`: backing)
        return bool(c.target) and all(hasattr(x, "dep_") and (x.pos_ == "PRON" or _lemma(x) in w["kin"] or any(
            _lemma(y) in w["kin"] for y in x.subtree)) for x in c.target)
    if lem in load().cues["recognizeverb"]:
        obj = child(t, ("dobj",))
        return any(x.dep_ == "ccomp" for x in children(t)) or (obj is not None and (
            obj.lower_ in ("that", "it", "this") or _lemma(obj) in w["victimish"] or _lemma(obj) in w["described"]))
    return False


def _place_not_shooter(c: Candidate, w) -> None:
    """`the Key Club shooting`, `Henry County shooting`: a name before a crime noun says where, not who shot."""
    n = c.noun
    if c.etype != "ASSAULT" or n is None or not c.nominal or _lemma(n) not in w["crimeword"]:
        return
    names = [x for x in c.source if hasattr(x, "dep_") and x.dep_ in ("compound", "nmod") and x.head.i == n.i
             and x.pos_ == "PROPN"]
    if names and len(names) == len(c.source):
        c.source = []


def article_police(c: Candidate, actors, text: str):
    """The doer of an arrest or a charge said in the passive with no doer (`The man was arrested Sunday`, `was charged
    with murder`; crime_words `policeact`): the one police body the story names, in the sentence's paragraph, else in
    the whole article (`Springfield police said ...`); for a charge a prosecutor's office counts too (`the district
    attorney's office`). A body is an actor of sector COP (a prosecutor: JUD) whose name ends in a word of
    `lawname`; a named one (`Decatur police`, `the GBI`) wins over the plain `police`; two named ones, or a police
    body and a prosecutor for a charge, leave the doer unknown (None), as does a body named only as a person.
    Returns (actor, mention) with the mention nearest before the trigger, else the first after it."""
    t = c.token
    w = words()
    if c.etype != "COERCE" or c.nominal or not _verb(t) or _lemma(t) not in w["policeact"] or not is_passive(t) \
            or prep_object(t, "by") is not None:
        return None
    if _told_apart(t):
        return None
    sectors = ("COP", "JUD") if _lemma(t) == "charge" else ("COP",)
    doc = t.doc
    bodies = [a for a in actors if a.sector in sectors and _law_name(a.name, w) and a.mentions]
    bodies = [dataclasses.replace(a, mentions=tuple(m for m in a.mentions if not _described(doc, m) and
                                                    not _counted(doc, m))) for a in bodies]
    bodies = [a for a in bodies if a.mentions]
    at = t.idx
    p0 = text.rfind("\n", 0, at) + 1
    p1 = text.find("\n", at)
    for lo, hi in ((p0, len(text) if p1 < 0 else p1), (0, len(text))):
        here = [a for a in bodies if any(lo <= m.start < hi for m in a.mentions)]
        named = [a for a in here if any(_named_body(m.text, w) for m in a.mentions)]
        if len({a.sector for a in here}) > 1 or len(named) > 1:
            return None                   # (police and prosecutors, or two police bodies: whose act is unknown)
        pick = named[0] if named else min(here, key=lambda a: min(abs(m.start - at) for m in a.mentions), default=None)
        if pick is not None:
            said = [m for m in pick.mentions if m.text.lower() not in _body_pronouns()] or list(pick.mentions)
            before = [m for m in said if m.start < at]
            return pick, (max(before, key=lambda m: m.start) if before else min(said, key=lambda m: m.start))
    return None


def _told_apart(t) -> bool:
    """An arrest told apart from the story's police: background (`was arrested in 2009`, `years ago`; not `had been
    charged Saturday`, a reporter's past) or in another country (`was arrested in Mexico`): the story's police did not make it (rev29a)."""
    near = [y for x in children(t) for y in ([x] + (list(children(x)) if x.dep_ == "prep" else []))]
    for x in near:                        # (the arrest's own time, not `charged in the 1996 bombing`)
        if x.ent_type_ == "DATE" and (x.lower_ == "ago" or any(y.lower_ == "ago" for y in children(x)) or (
                x.is_digit and len(x.text) == 4 and not any(
                    y.ent_type_ == "DATE" and y.is_digit and len(y.text) <= 2 for y in x.sent))):
            return True
    cs = countries()
    return any(x.dep_ == "pobj" and x.head.lower_ in ("in", "to") and x.head.head.i == t.i and x.ent_type_ == "GPE"
               and " ".join(y.text for y in x.subtree) in cs.names for x in t.subtree)


def _counted(doc, m) -> bool:
    """A mention of so many officers (`Four officers were injured`): people counted, not the force that acts (lead44)."""
    span = char_span(doc, m.start, m.end, "expand")
    return span is not None and len(span) > 0 and any(x.dep_ == "nummod" for x in children(span.root))


def _described(doc, m) -> bool:
    """A mention inside a description of someone (a relative or participial clause: `a man wanted by Chicago police`,
    `who had fled Tulsa police`): no act of the story's police (rev29a)."""
    span = char_span(doc, m.start, m.end, "expand")
    if span is None or not len(span):
        return False
    x = span.root
    while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
        x = x.head
    while x.head.i != x.i:
        if x.dep_ in ("acl", "relcl"):
            return True
        if x.dep_ in ("ROOT", "ccomp", "advcl", "conj", "xcomp") and x.pos_ in ("VERB", "AUX"):
            return False
        x = x.head
    return False


@functools.lru_cache(maxsize=1)
def _body_pronouns() -> frozenset[str]:
    """The pronouns a body's mention may be (pronouns.tsv: the third person's and `we`, `us`, `our`): a mention to
    pass over for one that names the body."""
    return pronouns(person="3") | pronouns(person="1", number="pl")


def _law_name(name: str, w) -> bool:
    """An actor's name ends in a word of a police or prosecutor body (`lawname`: `police`, `the district attorney's
    office`) or of its people in the plural (`lawmen`: `Investigators`, `prosecutors`; not `the officer`, `Patrick
    Morgan`, `judge`)."""
    words_ = name.lower().replace("'s", "").replace("’s", "").split()
    if not words_:
        return False
    last = words_[-1]
    return last in w["lawname"] or last[:-3] + "y" in w["lawname"] or \
        (last.endswith("s") and last[:-1] in w["lawmen"]) or (last == "investigation" and "bureau" in words_)


def _named_body(mention: str, w) -> bool:
    """A mention names a body by a proper word of its own (`Decatur police`, `GBI`), not only the plain `Police`,
    `the teen police`."""
    toks = [x.strip(".,'’") for x in mention.replace("'s", " ").split()]
    plain = w["lawname"] | w["lawmen"] | {"the", "a", "an", "of"}
    return any(x[:1].isupper() and x.lower() not in plain and x.lower()[:-1] not in plain for x in toks if x)


def attacker_of_when(c: Candidate):
    """The doer of an attack said in the passive with no doer, named by the clause of when or how it happened
    (`the victims were hit when a gunman fired several shots through the window`, `22 police were killed when a
    suicide bomber blew himself up`): `triggers.when_doer` with a verb of force, read again after the checks have
    dropped sources that name no actor (`when rustlers stormed a village`); None otherwise (`was shot when he opened
    the door`: his own act, no force)."""
    t = c.token
    if c.etype != "ASSAULT" or c.nominal or not _verb(t) or not is_passive(t) or prep_object(t, "by") is not None:
        return None
    return when_doer(t, force=True)
