"""The noun a third-person pronoun participant stands for inside its own sentence, when the actors' coreference
left it without an actor: coders name the mention of the sentence (`Linick said ..., but he urged` -> Linick;
`calling Alwaleed "dopey" and accusing him` -> Alwaleed). See docs/events.md, "Pronoun participants"."""
from __future__ import annotations

from typing import Optional

from ...lexicon import actors as actor_words
from .checks import is_person
from .lexicon import load
from .nouns import PRONOUN_GENDER, actor_noun, gender_of, is_age
from .triggers import actor_like, subject_of
from ..spans import children, sentence_of

SINGULAR = frozenset({"he", "she", "him", "her"})
PLURAL = frozenset({"they", "them"})
OWNER = {"his": "him", "her": "her", "their": "them"}   # a possessive stands for whom its object pronoun would
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "poss", "conj"})
PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "hers",
                      "they", "them", "their", "it", "its", "who", "whom", "which", "that", "this", "these", "those"})


def _plural(x) -> bool:
    """A plural noun, or nouns joined; also a plural the tagger took for a name as the sentence's first word
    (`Aides said ..., and they rejected`: no entity, ending in -s)."""
    return x.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in children(x)) or (
        x.tag_ == "NNP" and x.i == x.sent.start and not x.ent_type_ and x.lower_.endswith("s") and len(x) > 3)


def _who(x, plural: bool, joined: bool = False) -> bool:
    """x may be what a pronoun of that number stands for: a person (he, she) or people and bodies (they); with
    `joined` (the subject of the clause the pronoun's clause is joined to), any noun of that number but a body's
    for he or she."""
    if is_age(x) and not plural:
        return True                       # `a 6-year-old ... after he was shot`
    if x.lower_ in PERSONAL or x.pos_ not in ("NOUN", "PROPN") or _plural(x) != plural:
        return False
    if not plural and x.pos_ == "NOUN" and _body(x):
        return False                      # a he or him is no body (`Guards, working with Somali intelligence,
        # detained him`: not the intelligence service; dyad45)
    if joined:
        return plural or x.pos_ == "PROPN" or _person_word(x)
    if plural:
        return x.ent_type_ in ("NORP", "ORG", "PERSON") or actor_like(x) or actor_noun(x)
    return x.ent_type_ == "PERSON" or is_person(x) or (x.pos_ == "NOUN" and actor_noun(x))


def _person_word(x) -> bool:
    """A common noun that can be a he or she: an actor noun, a person (actor_words.tsv `person_noun`, `kin`,
    `relation`: `a boy ... after he was shot`, `the husband ... as she`), not a thing (`the storm hit the town after
    he criticized X`; rev25c)."""
    return is_person(x) or actor_noun(x) or actor_like(x) or _a_person_word(x)
    # (victim_nouns: `a teen is recovering after he was shot`; ev36a)


def _owned_by_it(s, low: str) -> bool:
    """A joined subject owned by a possessive of the pronoun's own person (`His popularity, even after he criticized
    X, shows ...`): the pronoun is the owner, not the thing owned (ev25a)."""
    mine = {"he": "his", "him": "his", "she": "her", "her": "her", "they": "their", "them": "their"}.get(low)
    return any(c.dep_ == "poss" and c.lower_ == mine for c in children(s))   # (`her husband ... he`: not his)


def _agrees(x, low: str) -> bool:
    """x may be what the pronoun `low` stands for by gender: a he/him is no woman or girl (`The father was asleep
    when she shot him`: not the father), a she/her no man or boy; a they, or a noun that tells no gender, may be."""
    want = PRONOUN_GENDER.get(low)
    got = gender_of(x) if want else ""
    return not got or got == want


def _reporting() -> frozenset:
    """event_cues.tsv `report`: the verbs that tell what someone said (say, declare, insist ...)."""
    return load().cues.get("report", frozenset())


def _clause_subject(v):
    return next((c for c in children(v) if c.dep_ in SUBJECTS), None)


def _parallel_thing(pron, v) -> bool:
    """A them object of a verb joined to an earlier one that shares its subject and whose own object is a plural
    thing (`Police seized guns from the men and destroyed them`, `its resolve to build warheads and to deploy them`):
    the pronoun stands for that object, which is no one (ev55b). Not when the joined verb has a subject of its own
    (`Protesters carried signs and police arrested them`) nor when the earlier object names people (`arrested the
    men and questioned them`)."""
    if pron.lower_ != "them" or pron.dep_ != "dobj" or v.dep_ != "conj" or v.head.pos_ not in ("VERB", "AUX") or \
            any(c.dep_ in SUBJECTS for c in children(v)):
        return False
    o = next((c for c in children(v.head) if c.dep_ == "dobj"), None)
    return o is not None and o.pos_ == "NOUN" and _plural(o) and not _who(o, True) and not any(
        c.dep_ == "conj" for c in children(o))


def _free_relative_holder(v):
    """The subject of the verb a free relative clause (`what they call X`, `what he characterized as X`) hangs from
    through a preposition or as its object (`contrast her approach with what they call ...`, `lashed out at what he
    characterized as ...`, `denounced what he called ...`): the one whose naming it is; None for another clause."""
    if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.tag_ == "WP" and c.i < v.i for c in children(v)):
        return None
    t = v
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj", "prep", "dobj", "ccomp") or t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return subject_of(t)
    return None


def _body(x) -> bool:
    """A singular noun of a body of people (`campaign`, `army`, `ministry`), which a they may stand for: no person's
    name or word (a common noun inside a person's mention, `Clinton's campaign`, is still a body)."""
    if x.tag_ not in ("NN", "NNP") or x.lower_ in PERSONAL or x.ent_type_ == "PERSON" or (
            x.pos_ == "PROPN" and is_person(x)) or _a_person_word(x) or x.lemma_.lower() in actor_words.title_heads():
        return False                      # (`the senator`: a title of one person)
    return actor_noun(x) or x.ent_type_ in ("ORG", "NORP")


def _a_person_word(x) -> bool:
    """A common noun of one person (actor_words `person_noun`, `kin`, `relation`; victim_nouns)."""
    from .victims import _person_nouns
    lemma = x.lemma_.lower()
    return lemma in _person_nouns() or any(lemma in actor_words.words(k) or x.lower_ in actor_words.words(k)
                                           for k in ("person_noun", "kin", "relation"))


def namer_of_free_relative(pron, opened: int = -1) -> Optional[object]:
    """The one a he/she/they subject of a free relative of naming stands for (`lashed out at what he characterized
    as a nasty campaign`, `the Kell campaign ... contrasts it with what they call ...`: a body is a they): the
    subject of the verb the clause hangs from, before the pronoun and after `opened`; None otherwise. The clause
    binds it, so it holds even where the actors' coreference named someone else (ev36a)."""
    low = pron.lower_
    if pron.dep_ not in SUBJECTS or low not in ("he", "she", "they"):
        return None
    s = _free_relative_holder(pron.head)
    plural = low in PLURAL
    if s is None or not opened < s.i < pron.i or _owned_by_it(s, low) or not (
            _who(s, plural, joined=True) or plural and _body(s)):
        return None
    return s


SUBJECT_OF_OWNER = {"his": "he", "her": "she", "their": "they"}


def owners_subject(pron) -> Optional[object]:
    """The he/she/they subject of the verb whose object (or a preposition's object on it) a his/her/their owns (`he
    stepped up his attacks`, `she doubled down on her claim`), the same person by its form; None otherwise."""
    noun = pron.head
    want = SUBJECT_OF_OWNER.get(pron.lower_)
    v = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if noun.dep_ == "dobj" \
        else None                         # (`doubled down on her claim`: through the verb's preposition)
    if want is None or v is None or v.pos_ not in ("VERB", "AUX"):
        return None
    s = _clause_subject(v)
    return s if s is not None and s.lower_ == want and s.i < pron.i else None


def antecedent_in_sentence(pron, avoid: frozenset = frozenset(), skip: frozenset = frozenset(),
                           quoted: bool = False) -> Optional[object]:
    """The token a he/she/they (him/her/them) stands for in its sentence, or None: the subject of the clause its own
    clause is joined to or hangs from (`X said ..., but he urged`; `a boy is in critical condition after he was
    shot`), the one told (`telling voters they are wrong`), the teller of a that-clause told to no one (`X met Y and
    declared that he found Y charming`: X, when no subject between them may be it), else the one noun before it in the sentence that can be
    it (a person for he/him, people or a body for they/them; never the subject of its own clause, `Trump attacked
    him`, nor a token in `skip`); None when two can, when one of them is in `avoid` (the event's other side), or
    inside a quote (with `quoted`, for an event in a quote: only inside one, named by a noun of that quote). A
    possessive stands for whom its object form would (`his` as `him`)."""
    low = OWNER.get(pron.lower_, pron.lower_) if pron.dep_ == "poss" else pron.lower_
    if low not in SINGULAR and low not in PLURAL:
        return None
    plural = low in PLURAL
    sent = sentence_of(pron.doc, pron.i)
    marks = [t.i for t in sent if t.i < pron.i and t.is_quote]
    if quoted and not len(marks) % 2:
        return None                       # `quoted` (an event in a quote): only a pronoun of the quote, named by a
        # noun of the quote before it (`"... we watched the scorn of Senator Pell, him mocking the veterans"`)
    opened = marks[-1] if quoted else -1
    v = pron.head
    if pron.dep_ in SUBJECTS:
        if v.dep_ in ("conj", "advcl") and v.head.pos_ in ("VERB", "AUX"):
            s = _clause_subject(v.head)
            if s is not None and opened < s.i < pron.i and s.i not in avoid and _who(s, plural, joined=True) and \
                    not _owned_by_it(s, low) and _agrees(s, low):
                return s
        if v.dep_ == "ccomp" and v.head.pos_ == "VERB":
            told = next((c for c in children(v.head) if c.dep_ in ("dobj", "dative") and c.i < pron.i), None)
            if told is not None and told.i > opened and told.i not in avoid and _who(told, plural) and \
                    _agrees(told, low):
                return told
            if told is None and v.head.lemma_.lower() in _reporting():
                s = subject_of(v.head)        # `X met Y and declared that he found Y charming`: the teller
                if s is not None and opened < s.i < pron.i and s.i not in avoid and _who(s, plural) and \
                        _agrees(s, low) and not any(x.dep_ in SUBJECTS and _who(x, plural) for x in sent
                                                    if s.i < x.i < pron.i):
                    return s              # (no subject between them that may be it: `X said Y lost because he`)
        s = namer_of_free_relative(pron, opened)
        if s is not None and s.i not in avoid and _agrees(s, low):
            return s                      # `X lashed out at what he characterized as ...`: X (ev36a)
        if low in ("he", "she", "they"):
            return None                   # a subject pronoun is read by its clause only
    if len(marks) % 2 and not quoted:
        return None                       # inside a quote: someone of the speaker's story
    if _parallel_thing(pron, v):
        return None                       # `built warheads and deployed them`: the warheads (ev55b)
    own = subject_of(v) if v.pos_ in ("VERB", "AUX") else None
    mine = {own.i, *(x.i for x in own.conjuncts)} if own is not None else set()
    found = {x.i: x for x in sent if opened < x.i < pron.i and x.dep_ in ROLES and x.i not in mine and x.i not in skip
             and _who(x, plural)}
    if any(i in avoid for i in found):
        return None                       # it may be the event's other side (`X demanded that the boy be returned to him`)
    inner = {i for i, x in found.items() if x.dep_ == "conj" and x.head.i in found}
    names = [x for i, x in found.items() if i not in inner]
    return names[0] if len(names) == 1 and _agrees(names[0], low) else None
    # (the gender vetoes the one noun, never picks among several: a rival she or he before is no noun here, ev54)
