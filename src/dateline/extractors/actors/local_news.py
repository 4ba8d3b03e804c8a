"""Rules of local news (act25b, issue 11: sectors and false actors of LGL local stories and GVA shooting reports).

Plain functions the passes call at one point each: a language taught at a school is no country (`hits`), a bare
`Chief` before a name in a police story is the police chief (`codes`), a lower-case `party` that is a social
gathering is no political party (`hits`; the descriptions pass makes no group where it marked one). act26a: a
dog's breed (`a Jack Russell terrier`) and a shop named for its owner (`David’s Grocery`) name nobody (`hits`).
act26c: a numbered `Troop 52` is a scout unit, NGO (`codes`).
Speed (speed32b): `company_referents` walks the column's `company_ref` words, not every Token; the caption cues' regex
is made once a set (`_caption_pattern`).
"""
from __future__ import annotations

import functools
import re
from itertools import compress

from ...lexicon import actors as lex, pronouns
from ..spans import char_span, children, entities, lexicon_ids, lowered, matches_at, sentence_of, span_text, where
from ..token_strings import strings
from ..quotes.lexicon import given_names, person_titles
from .common import PUBLIC_BODY, hit_at, local_police_named, plays_result, titled_as_person
from .state import ActorState
from .us_local import place_name_country


def language_subjects(st: ActorState) -> None:
    """A demonym that is a language's name (actor_words.tsv `language`) right before a noun of teaching
    (`subject_noun`: `the Spanish class`, `French immersion`), or before a noun of students or teachers
    (`subject_person`) with a school grade or level right before it (`level_word`: `Eighth-grade French students`, `AP
    Latin teachers`), is the subject taught: `nameless`, so it makes no country actor nor a home country. `Chinese
    students at the university` (no grade) keep their country."""
    toks, langs = st.toks, lex.words("language")
    nouns, people, levels = lex.words("subject_noun"), lex.words("subject_person"), lex.words("level_word")
    for s, (label, _, e) in list(st.hits.items()):
        if label != "DEM" or e - s != 1 or e >= len(toks) or toks[s].lower_ not in langs:
            continue
        nxt = toks[e].lower_
        if nxt in nouns or nxt in people and s > 0 and _level_before(toks, s, levels):
            st.nameless.add(toks[s].idx, toks[s].idx + len(toks[s]))


_GRADE = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
                    r"twelfth)-?grade(?:rs?)?$")


def _level_before(toks, s: int, levels: frozenset[str]) -> bool:
    """True when the words right before token `s` end in a school grade or level (`eighth-grade`, `8th grade`, `AP`)."""
    prev = toks[s - 1].lower_
    if prev in levels or _GRADE.search(prev):
        return True
    joined = "".join(t.lower_ for t in toks[max(0, s - 3):s])      # `Eighth` `-` `grade` as three tokens
    return bool(_GRADE.search(joined))


def harmed_subject(tok) -> bool:
    """True for the passive subject of a verb of harm or injury (actor_words.tsv `harm_verb`, `injury_verb`: `Two men
    were killed and three men were wounded in two shootings`), also through a conjunction of subjects, or the subject
    of `die`: victims, whom a crime noun in their clause (`shootings`) does not make suspects."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "nsubjpass":
        return lemma in lex.words("harm_verb") or lemma in lex.words("injury_verb")
    return tok.dep_ == "nsubj" and lemma == "die"


def left_harmed(tok) -> bool:
    """True for someone a crime leaves harmed (actor_words.tsv `left_state`): the object of `leave` with such a word as
    its complement or participle (`left one person dead`, `leaving a man hospitalized`), or the subject of such a
    participle joined to `leave` (`... and three others wounded`, as the parser has it): victims, as the passive subject
    of a harm verb is (act56e, shooting reports). Not `left the bar` nor `left three children behind`, nor in a
    relative clause that recalls the deed (`a shooting that left one person dead`: a toll, its victims told otherwise)."""
    states = lex.words("left_state")
    verb = tok.head
    leave = verb if tok.dep_ == "dobj" else verb.head
    if leave.dep_ == "relcl" or any(k.dep_ == "nsubj" and k.lower_ in lex.words("relative_pronoun")
                                    for k in children(leave)):
        return False                              # `a shooting that left one person dead`: the toll of a deed recalled,
        #                                           whose victims the story names in its own words (tune41, tune9)
    if tok.dep_ == "dobj" and verb.lemma_.lower() == "leave":
        return any(k.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and k.lower_ in states for k in children(verb)) or any(
            k.dep_ in ("acl", "amod", "oprd") and k.i > tok.i and k.lower_ in states for k in children(tok))
    return tok.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "conj" and verb.lower_ in states and \
        verb.head.lemma_.lower() == "leave" and any(k.dep_ == "dobj" for k in children(verb.head))


_ON_CHARGES = frozenset(("charge", "count", "warrant", "indictment"))


def wanted_on_charges(verb) -> bool:
    """True for `wanted` with `on` and a charge, count or warrant after it (`McCoy is wanted on four felony charges`,
    `wanted on a warrant`), or a crime noun (actor_words.tsv `charge_noun`: `wanted on robbery and assault`): as
    `wanted for` / `in connection with`, someone the police seek (act25b)."""
    crimes = lex.words("charge_noun")
    for k in verb.children:
        if k.dep_ == "prep" and k.lower_ == "on":
            for obj in k.children:
                if obj.dep_ == "pobj" and (obj.lemma_.lower() in _ON_CHARGES or obj.lemma_.lower() in crimes):
                    return True
    return False


_BARE_CHIEF = re.compile(r"(?:(\S+)\s+)?(?:(?:Assistant|Deputy)\s+)?Chief\s+$")
#   `Chief John Mina said`, `said Assistant Chief Ann Cole`: the title alone (not `Fire Chief`, `Tribal Chief`,
#   `Chief Justice`: another capitalised word before it, or a title the lexicon has)
_FIRE = re.compile(r"\b(?:[Ff]ire(?:fighters?| department| rescue| crews?| officials?| marshal)?|EMS|blaze)\b")


def police_chiefs(st: ActorState) -> None:
    """A person with no office, sector or role named right after a bare `Chief` (`Chief Tom Ward said two off-duty
    officers were on duty at the bar`) in a story with a police actor (sector COP) and no word of a fire service in
    that sentence is the police chief (COP), as the gold codes the head of the force the story is about."""
    if "Chief" not in st.ctx.text or not any(c.sector == "COP" for c in st.clusters.values()):
        return
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.sector is not None or c.role is not None:
            continue
        for s, e in c.mentions:
            m = _BARE_CHIEF.search(text[max(0, s - 40):s])
            if m and (m.group(1) is None or not m.group(1)[:1].isupper() or m.group(1)[-1] in ".!?\")”:" or
                      _PD.fullmatch(m.group(1))):   # `LPD Chief Tom Garoffolo`: the department's initials (act34b)
                span = char_span(st.doc, s, e, "expand")
                if span is not None and not _FIRE.search(sentence_of(st.doc, span.start).text):
                    c.sector, c.role = "COP", "police chief"
                break


_MANAGER_OF = re.compile(r"(?:[Tt]he |[Aa] )?(?:general )?manager of (?:the )?(?P<name>[A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*)*)"
                         r"(?: (?P<kind>[a-z]+(?: [a-z]+)?))?")


def facility_managers(st: ActorState) -> None:
    """A person with no sector but the private default, described as the manager of a named place or body that no
    pass gave a public owner (`Kim Doyle, manager of Splash Cove`, `the manager of Splash Cove water park`) is BUS:
    the session-52 decision (bench/actors/GUIDE.md: a public owner only where the text says so). A name that is an
    actor with a sector, or that carries a word of orgwords.tsv (`manager of the Harlow Water Department`), is left
    to the passes that read bodies; not on a sports page (a club's manager). act52c."""
    if st.ctx.page.sports or "manager of" not in st.ctx.text:
        return
    text, words = st.ctx.text, lex.org_words()
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "D") or c.sector not in (None, "CVL") or c.members:
            continue
        for s, e in c.mentions:
            m = _MANAGER_OF.fullmatch(text[s:e])
            if m is None:
                continue
            lows = m.group("name").lower().split() + (m.group("kind") or "").split()
            if any(w.rstrip(".") in words or w in lex.org_sector_words() for w in lows):
                break
            owner = next((o for ms, me, o in st.mentions.around(s + m.start("name"), s + m.end("name"))
                          if o is not c and o.sector is not None), None)
            if owner is None:
                c.sector = "BUS"
            break


_OFFICES = frozenset(("GOV", "LEG", "JUD", "EDU"))


def election_winners(st: ActorState) -> None:
    """The winner of an election held before the article's date takes the office's sector (the session-52 decision,
    bench/actors/GUIDE.md, as gold49's designates): a person with no sector but the private default (or a trade's)
    who unseats or defeats a sitting office holder (actor_words.tsv `unseat_verb`: `attorney Ann Roe unseated Judge
    Tom Pike`) takes the holder's sector; one who wins a seat (`won_seat_verb` + `won_seat_noun`) on a body with a
    sector of office (`won a seat on the Dunmore school board`) takes the body's. Not on a sports page (`beat` of a
    game). A beaten person holding no office is left as he is. act52c."""
    if st.ctx.page.sports:
        return
    unseat, win, seats = lex.words("unseat_verb"), lex.words("won_seat_verb"), lex.words("won_seat_noun")
    low = st.ctx.text.lower()
    if not any(w in low for w in unseat) and not any(w in low for w in seats):
        return                                    # (a cheap test first: no word of either form in the text)
    for tok in st.doc:
        lemma = tok.lemma_.lower()
        if lemma not in unseat and lemma not in win:
            continue
        subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
        obj = next((k for k in tok.children if k.dep_ == "dobj"), None)
        if subj is None or obj is None:
            continue
        winner = _cluster_of_token(st, subj)
        if winner is None or winner.key[0] not in ("P?", "P", "D") or winner.sector not in (None, "CVL", "BUS"):
            continue
        if winner.key[0] == "P" and winner.person is not None:
            continue                              # a lexicon person keeps the lexicon's office
        if lemma in unseat:
            held = _cluster_of_token(st, obj)
            if held is not None and held is not winner and held.key[0] in ("P?", "P") and held.sector in _OFFICES \
                    and held.role is not None:
                winner.sector = held.sector
        elif obj.lemma_.lower() in seats:
            body = next((_cluster_of_token(st, p) for k in obj.children if k.dep_ == "prep" and k.lower_ == "on"
                         for p in k.children if p.dep_ == "pobj"), None)
            if body is not None and body.key[0] in ("O", "G") and body.sector in _OFFICES:
                winner.sector = body.sector


def _cluster_of_token(st: ActorState, t):
    """The actor one of whose mentions holds token t (None when none does)."""
    end = t.idx + len(t)
    return next((o for s, e, o in st.mentions.around(t.idx, end) if s <= t.idx and end <= e and (s, e) in o.mentions),
                None)


def county_executives(st: ActorState) -> None:
    """A county's Commissioners Court (`county_board` words ending its name) is the county's governing board, GOV, not
    a court; a person titled `County Judge` (`County Judge Ted Varner`, `Walker County Judge Ann Cole`) in a story
    with a word of the county's own business (`county_business`: the Commissioners Court, a burn ban, county
    commissioners) is the judge who heads that board, the county's executive, GOV (bench/actors/GUIDE.md, act32a).
    A `County Judge` who sentences someone in a story with none of those words stays a judge (act34g)."""
    text, boards = st.ctx.text, lex.words("county_board")
    lowered_text = text.lower()
    business = any(w in lowered_text for w in lex.words("county_business"))
    for c in st.clusters.values():
        if c.key[0] in ("O", "G") and c.sector == "JUD" and not c.members and \
                any(c.name.lower().endswith(b) for b in boards):
            c.sector = "GOV"
        elif business and c.key[0] in ("P?", "P") and c.sector == "JUD" and not c.members and \
                any(_COUNTY_JUDGE.search(text[max(0, s - 40):e]) for s, e in c.mentions):
            c.sector, c.role = "GOV", "county judge"


_COUNTY_JUDGE = re.compile(r"\bCounty Judge\s+(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*$")


_NAME = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){1,3}"
_TAG = r"(?:,\s+[DRI]-[A-Z][\w.'’ -]*?|\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?"   # (a party-district tag, or the
#                                                       town each holds the title of: `Mayors Ann Cole of Lodi and ...`)
_TITLED_LIST = re.compile(rf"\b(?P<title>[A-Za-z][a-z]+s)\s+(?P<list>{_NAME}{_TAG}(?:\s*[,;]\s*(?:and\s+)?{_NAME}{_TAG})*"
                          rf"(?:\s*[,;]?\s+and\s+{_NAME}{_TAG}))")
_TITLED_LIST_AT = re.compile(r"[A-Za-z][a-z]+s\s+[A-Z]")   # where every match of _TITLED_LIST starts (`matches_at`:
#                                                       its leading `\b` made `re` try it at every character; speed36b)


def titled_lists(st: ActorState) -> None:
    """A plural title before a list of names (`Commissioners Ann Cole and Ray Poe`, `Delegates Mark Tolley, D-Hardy;
    Rita Vance, R-Mason; and Glen Ashby`; sect49: lower case too, and with each one's town, `Mayors Ann Cole of Lodi
    and Ray Poe of Galt`, `with commissioners Ann Cole and Ray Poe dissenting`) is each name's title: a person named in
    the list with no sector yet takes the singular title's sector and role (titles.tsv), also where a party-district
    tag, a town or a semicolon breaks the parse's list. In a story of a `House of Delegates` (`delegate_house`) a `Delegate` is a
    legislator, LEG (act34g)."""
    text = st.ctx.text
    if not any(c.key[0] == "P?" and c.sector is None for c in st.clusters.values()):
        return
    titles, house = lex.titles(), None
    spans = []
    for m in matches_at(_TITLED_LIST, _TITLED_LIST_AT, text):   # (tried only where its scan finds a start)
        title = titles.get(m.group("title")[:-1].lower(), {}).get("person")
        if title is None:
            continue
        if house is None and title.role == "delegate":   # (the whole text lowered once, and only for delegates)
            low = text.lower()
            house = any(w in low for w in lex.words("delegate_house"))
        sector = "LEG" if house and title.role == "delegate" else title.sector
        spans.append((m.start("list"), m.end("list"), sector, title.role))
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.sector is not None or c.role is not None:
            continue
        hit = next(((sec, role) for a, b, sec, role in spans if any(a <= s < b for s, _ in c.mentions)), None)
        if hit is not None:
            c.sector, c.role = hit


def social_parties(st: ActorState) -> None:
    """A lower-case `party` (actor_words.tsv `gathering`) that is a social gathering names no political party: one
    with a modifier of a gathering (`party_kind`: `a house party`, `a birthday party`, `private parties`, `a spring
    break party`); the object of a verb of holding one or its passive subject, or with such a verb in a clause on it
    (`gathering_verb`: `threw a party`, `parties are constantly held at the house`, `the parties to be held
    for the inmates`); the object of `at` / `during` with only a determiner (`was shot at a party`); a common noun
    with no modifier in an article with no other word of politics (`Clothes swapping parties look swish`, a headline);
    after one, a bare `the party` is that gathering too. `nameless`, so no mention is made there, and the descriptions
    pass makes no group of it (act25, act25b: one pass since mend26)."""
    toks, party = st.toks, lex.words("gathering")
    lems = lowered(st.doc)                        # (`lemma_.lower()` and `lower_` of every word off the columns,
    named = list(compress(range(len(lems)), map(party.__contains__, lems)))   # without a Token per word)
    if not named and not where(st.doc, "LOWER", lexicon_ids(party)):
        return
    mods, verbs, found = lex.words("party_kind"), lex.words("gathering_verb"), False
    for i in named:
        t = toks[i]
        if not t.is_lower or t.pos_ not in ("NOUN", "PROPN"):
            continue
        kids = [k for k in t.children if k.i < t.i]
        gathering = any(k.dep_ in ("amod", "compound", "nmod") and k.lower_ in mods for k in t.children) or \
            t.i > 0 and toks[t.i - 1].lower_ in mods
        bare = all(k.dep_ == "det" for k in kids)
        placed = bare and t.dep_ == "pobj" and t.head.lower_ in ("at", "during")
        later = found and bare and any(k.lower_ == "the" for k in kids)
        if gathering or placed or later or _held(t, verbs) or not any(
                k.dep_ in ("compound", "amod", "nmod") for k in t.children) and not _political_beside(st, t):
            #                                     (`Opposition parties in Kenya won seats`: a kind of party stays)
            start = min([t.idx] + [k.idx for k in kids if k.dep_ != "det"])
            st.nameless.add(start, t.idx + len(t))
            found = True


def _held(tok, verbs: frozenset[str]) -> bool:
    """True for the object of a verb of holding a gathering (actor_words.tsv `gathering_verb`) or its passive subject
    (also through a conjunction), or a noun with such a verb in a clause on it; not one the verb sends somewhere
    (`throwing the party into disarray`, `threw the party under the bus`: `_SENT`)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ in ("dobj", "nsubjpass") and first.head.lemma_.lower() in verbs:
        return not any(k.dep_ in ("prep", "prt", "advmod") and k.lower_ in _SENT for k in first.head.children)
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs and
               not any(k.dep_ in ("prep", "prt", "advmod") and k.lower_ in _SENT for k in c.children)
               for c in tok.children)


_SENT = frozenset(("into", "under", "off", "out", "overboard", "behind", "away"))


def _political_beside(st: ActorState, tok) -> bool:
    """True when the article has a word of politics (actor_words.tsv `politics`) other than `tok`'s own lemma (a
    `party` is one of them)."""
    own = tok.lemma_.lower()
    words = lex.words("politics") - {own, tok.lower_}
    return any(t.lower_ in words or t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in words and t.lemma_.lower() != own
               for t in st.toks)


def staff_of_body_before(st: ActorState) -> None:
    """A person coded GOV by a staff title (actor_words.tsv `staff`: spokesman, aide ...) whose title comes right
    after an organisation's mention (`Department of Public Safety spokesman Sid Lane said`) speaks for that
    organisation: its sector when it has one other than GOV (COP here), and its country when the person has none.
    So does a head's title (actor_words.tsv `head_title`: `DGA president Michael Apted`, the guild's, LAB: act26b)."""
    staff = lex.words("staff") | lex.words("head_title")
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "D") or c.sector not in ("GOV", None) or c.role not in staff or not c.mentions:
            continue                              # (None: people._named_body left a body in no lexicon without
        s = min(c.mentions)[0]                    # one, `Boston Scientific spokesman`, rev27b)
        o = _body_right_before(st, c, s) or _body_opening_title(st, c)
        if o is not None:
            c.sector = o.sector                   # (a head with no sector before a public body's name takes its
            #                                       GOV: `Board of Assessors Chairman David Rand`, act35b)
            c.country = c.country or (o.country if o.country != "IGO" else None)
        else:
            _staff_at_body(st, c)


_TITLE_OF_BODY = re.compile(r"(?:^|[\n.;:!?\"“]\s*|,\s+)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+((?:[A-Za-z-]+\s+){0,3}?)"
                            r"([A-Za-z-]+)((?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)\s+(?:of|for|at|with)\s+$")


def title_before_name(st: ActorState) -> None:
    """`The Director of Communications for the Harlow County Prosecutor's Office, Ann Lee, says`: a person no role or
    sector has come to whose mention follows, after a comma, a description that opens with `the`/`a`, ends in a staff,
    head or office title (actor_words.tsv `staff`, `head_title`, `office_title`; `of Communications` may follow it)
    and names a body with `of`/`for`/`at`/`with` right before the comma speaks for that body: its sector when it has
    one other than private, its country when the person has none (act53b, issue 11: a prosecutor's office's
    spokesman is JUD, a sheriff's office's COP). The person named first (`Ann Lee, the director of ...`) is
    `_clause_affiliation`'s."""
    titles = lex.words("staff") | lex.words("head_title") | lex.words("office_title")
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.sector not in (None, "CVL") or c.role is not None or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            comma = re.search(r",\s*$", text[max(0, s - 4):s])
            if comma is None:
                continue
            end = s - (len(text[max(0, s - 4):s]) - comma.start())
            body = next((o for ms, me, o in st.mentions.around(max(0, end - 120), end)
                         if o is not c and o.key[0] in ("O", "G") and me == end and o.sector not in (None, "CVL")),
                        None)
            if body is None:
                continue
            start = min(ms for ms, me, o in st.mentions.around(max(0, end - 120), end) if o is body and me == end)
            lead = text[max(0, start - 90):start]
            if lead.endswith("the ") or lead.endswith("The "):
                lead = lead[:-4]
            m = _TITLE_OF_BODY.search(lead)
            if m is None or m.group(2).lower() not in titles:
                continue
            c.sector = body.sector
            c.country = c.country or (body.country if body.country != "IGO" else None)
            break


_OFFICIALS_OF = re.compile(r"\s+(?:with|from|at|of)\s+")


def officials_of_named_body(st: ActorState) -> None:
    """`Officials with the Harlow County Sheriff's Office said`, `officials at Harlow High School`: a mention of a
    group of bare officials (titles.tsv `officials`, `authorities`; no word before the noun) that `with`/`from`/`at`/`of`
    ties to a named body with a sector right after it is that body's (bench/actors/GUIDE.md, session 52: the officials
    of one named force are its mentions): the mention joins the body's actor, where the descriptions pass had put every
    bare `officials` of the story in one group of one sector (`Fire and rescue officials said` beside it) (act53b,
    issue 11). A group every mention of which so joins a body is left with none."""
    text = st.ctx.text
    for c in list(st.clusters.values()):
        if c.key[0] != "G" or c.role not in ("officials", "authorities") or c.members or not c.mentions:
            continue
        last = None
        for s, e in sorted(c.mentions):
            if text[s:e].lower() not in ("officials", "authorities"):
                continue
            m = _OFFICIALS_OF.match(text, e)
            if m is None:
                continue
            at = m.end() + (4 if text[m.end():m.end() + 4].lower() == "the " else 0)
            body = next((o for ms, me, o in st.mentions.around(m.end(), at + 1)
                         if o is not c and o.key[0] == "O" and ms in (m.end(), at) and o.sector not in (None, "CVL")),
                        None)
            if body is None:
                continue
            c.mentions.discard((s, e))
            body.mentions.add((s, e))
            st.mentions.add(s, e, body)
            last = body
        if last is None:
            continue
        if c.mentions and all(text[s:e].lower() in pronouns() for s, e in c.mentions):
            for span in list(c.mentions):         # (`Officials from the UN said they fear`: their pronouns too)
                c.mentions.discard(span)
                last.mentions.add(span)
                st.mentions.add(span[0], span[1], last)


def _body_right_before(st: ActorState, c, s: int):
    """The organisation whose mention ends right before character s (spaces between) with a sector that may give the
    person at s its own (none, CVL, or GOV over a person with a sector, never), else None."""
    text = st.ctx.text
    for ms, me, o in st.mentions.around(max(0, s - 80), s):
        if o is not c and o.key[0] == "O" and me <= s and not text[me:s].strip() and \
                o.sector not in (None, "CVL") and (o.sector != "GOV" or c.sector is None):
            return o
    return None


def _body_opening_title(st: ActorState, c):
    """`Ann Lee, SHINE president and treasurer,`: the organisation whose name opens a mention of the
    person, a description made of the body's name and a staff or head title (`SHINE president`), when the body has a
    sector of another side than the state's (NGO, BUS, EDU ...); else None: the body's head or staff, not a head of
    state (act52a, issue 11)."""
    text, titles = st.ctx.text, lex.words("staff") | lex.words("head_title")
    bodies = {o.name: o for o in st.clusters.values()
              if o is not c and o.key[0] == "O" and o.mentions and o.sector not in (None, "CVL", "GOV")}
    if not bodies:
        return None
    for s, e in sorted(c.mentions):
        words = text[s:e].split()
        k = next((k for k, w in enumerate(words) if w.lower() in titles), 0)
        o = bodies.get(" ".join(words[:k])) if k else None
        if o is not None:
            return o
    return None


def title_bodies(st: ActorState) -> None:
    """Capitalised words that stand only right before a person's title and name (`Emergency Management Director Pat
    Hale`, `Alden Parks and Recreation Director Lee Ames`, `Alden Police Department Public Information Officer Roy
    Cole`) are the title's body, part of that person's mention (GUIDE.md: the title goes with the name), no actor of
    their own: an organisation or an unknown person (the tagger's `Alden Parks`) every mention of which (two at most)
    is followed, across capitalised words and an `and`/`&`/`of` at most, by a person's mention that opens with a
    local office's title word (actor_words.tsv `office_title`: `Director`, `Officer`, `Coordinator`) joins that
    person; the person with no sector takes the body's. Not a body of another side (a company, a school: `Acme
    Director Ann Poe`'s Acme stays an actor) (act31c)."""
    titles = lex.words("office_title")
    text = st.ctx.text
    for o in list(st.clusters.values()):
        if o.key[0] not in ("O", "P?") or o.person is not None or o.members or not o.mentions or \
                len(o.mentions) > 2 or o.sector not in (None, "GOV", "COP", "CVL"):
            continue
        into = None
        for s, e in o.mentions:
            p = next((c for ms, me, c in sorted(st.mentions.around(e, e + 60), key=lambda x: x[0])
                      if c is not o and c.key[0] in ("P", "P?") and (ms, me) in c.mentions and ms >= e and
                      _TITLE_GAP.fullmatch(text, e, ms) and text[ms:me].split()[0].lower().rstrip(".") in titles),
                     None)
            if p is None or into not in (None, p):
                into = None
                break
            into = p
        if into is None:
            continue
        for span in list(o.mentions):
            o.mentions.discard(span)
            into.mentions.add(span)
            st.mentions.add(span[0], span[1], into)
        if into.sector is None and o.sector not in (None, "CVL"):
            into.sector = o.sector
            into.country = into.country or (o.country if o.country != "IGO" else None)


_TITLE_GAP = re.compile(r" (?:(?:and|&|of) )?(?:[A-Z][\w'-]* ){0,4}")   # between a body's words and the title


def _staff_at_body(st: ActorState, c) -> None:
    """`Ann Lee, a spokeswoman at Brightwater Corp.,`, `a spokesman for Mercy Hospital`: a staff title coded GOV by
    its default whose `at`/`for` names an organisation speaks for it: the organisation's sector when it has one of
    another side (BUS, NGO, EDU ...), none when it has none and no word of the state (a company or a hospital in no
    lexicon is no government; act28b, issue 11)."""
    if c.sector != "GOV":
        return
    for s, e in c.mentions:
        span = char_span(st.doc, s, e, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.lemma_.lower() not in lex.words("staff") and head.lower_ not in lex.words("staff"):
            continue
        for prep in children(head):
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "for", "with"):
                continue
            obj = next((t for t in children(prep) if t.dep_ == "pobj"), None)
            if obj is None or obj.ent_type_ != "ORG":
                continue
            h = hit_at(st, obj.i)
            if h and h[0] == "ORG" and h[1].sector in PUBLIC_BODY:
                return                    # `a spokeswoman for the FDA`: a lexicon state body, folded into its
                #                           state's actor (no `O` actor to read), speaks for the state (act34c)
            lo, hi = obj.idx, obj.idx + len(obj)
            found = [o for ms, me, o in st.mentions.around(lo, hi) if o is not c and o.key[0] == "O"]
            ent = next((x for x in st.doc.ents if x.start <= obj.i < x.end), None)
            if found and found[0].sector is not None:
                if found[0].sector in ("GOV", "CVL"):
                    return
                c.sector = found[0].sector
                c.country = c.country or (found[0].country if found[0].country != "IGO" else None)
                return
            if found and not _state_words(found[0].name.split()) or \
                    not found and ent is not None and not _state_words([t.text for t in ent]):
                c.sector = None           # `a spokesman for Mercy Memorial Hospital`: no state body named
            return                        # (`a spokeswoman for the Chicago Public Schools`, a body known with no
            #                               sector: its name's state word keeps GOV; rev28c)


def _state_words(words) -> bool:
    """A word of the state among an organisation's name words (an orgword coded GOV, `Public`, `State`, ...)."""
    return any(lex.org_words().get(w.lower()) == "GOV" or w.lower() in ("state", "public", "national", "city", "county",
                                                                        "federal") for w in words)


_PERSON_BEFORE = re.compile(r"(?:^|\W)([a-z]+),?\s+$")


def named_relations(st: ActorState) -> None:
    """A name the tagger took for an organisation (key `O`, no sector: no organisation word) of two or three
    capitalised words right after a lower-case noun of a private tie (actor_words.tsv `private_tie`, `kin`: `Family
    friend, Coreen Wilson, said`, `said neighbor Ann Cole`) is a private person (CVL), as the guide codes one; not after
    a role a company may hold (`The newspaper's new owner, Vornado Realty,`)."""
    nouns = lex.words("private_tie") | (lex.words("kin") - lex.words("culprit"))   # (not `the killer, ...`)
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] != "O" or c.sector is not None or c.role is not None or not 2 <= len(c.name.split()) <= 3 or \
                not c.name.istitle():
            continue
        for s, e in c.mentions:
            lead = text[max(0, s - 30):s] if text[s:e] == c.name else text[max(0, s - 30):e - len(c.name)]
            m = _PERSON_BEFORE.search(lead)
            if m and m.group(1) in nouns:
                c.sector = "CVL"
                break


def prison_names(st: ActorState) -> None:
    """The name of a prison or jail (an entity with a word of actor_words.tsv `prison_word`: `Sussex Correctional
    Institution`, `the Dale County Detention Center`) is a place where someone is held, no actor: `nameless`; not a body
    that runs prisons (`prison_body`: `the Department of Correctional Services`, `the Bureau of Prisons`)."""
    prison, body = lex.words("prison_word"), lex.words("prison_body")
    if not st.text_holds(prison):
        return                                    # (a word that is, or ends in s after, a prison word holds one:
        #                                           none in the text, no entity below has one; speed39b's gate)
    low = strings(st.doc, "LOWER")                # (`t.lower_` of every word, once a doc)
    for ent in entities(st.doc):                  # (`doc.ents`, made once a doc)
        if ent.label_ not in ("ORG", "FAC", "PERSON", "GPE", "LOC") or len(ent) < 2:
            continue
        lows = low[ent.start:ent.end]
        if any(w in prison or w.rstrip("s") in prison for w in lows) and not any(w in body for w in lows):
            st.nameless.add(ent.start_char, ent.end_char)


_BRINGS = re.compile(r"\s+brings you (?:the latest|news|coverage|updates|stories)\b")


def promo_writers(st: ActorState) -> None:
    """A person with no office named as the subject of a page's promotion line (`Ann Roe brings you the newest
    from the hallways, offices and classrooms of area schools.`) is the paper's writer (MED), as a byline is."""
    text = st.ctx.text
    if "brings you" not in text:
        return
    for c in st.clusters.values():
        if c.key[0] == "P?" and c.sector in (None, "CVL") and not c.role and \
                any(_BRINGS.match(text, e) for _, e in c.mentions):
            c.sector, c.role = "MED", "journalist"


_PATTERNS: dict = {}


def _page_label_pattern(words) -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """The labels' regex, longest first, and its scanner (the labels alone, in lower case, searched in the lower-case
    text: the look-behind that opens the regex makes `re` try it at every character, the scanner is searched by its
    first letters), made once for the lexicon's set (`page_labels`: the regex was made at every article)."""
    found = _PATTERNS.get(id(words))
    if found is None or found[0] is not words:
        labels = sorted(words, key=len, reverse=True)
        found = _PATTERNS[id(words)] = (words, re.compile(
            r"(?i)(?<![\w-])(" + "|".join(re.escape(w) for w in labels) + r")(?![\w-])"),
            re.compile("|".join(re.escape(w.lower()) for w in labels)))
    return found[1], found[2]


def _caption_pattern(cues) -> "re.Pattern[str]":
    """The caption cues capitalised, longest first, as whole words (`caption_people`), made once for the lexicon's
    set, not at every article (speed32b)."""
    found = _PATTERNS.get(("caption", id(cues)))
    if found is None or found[0] is not cues:
        found = _PATTERNS[("caption", id(cues))] = (cues, re.compile(
            r"\b(?:" + "|".join(re.escape(c[:1].upper() + c[1:]) for c in sorted(cues, key=len, reverse=True)) + r")\b"))
    return found[1]


def _page_label_matches(words, text: str):
    """`rx.finditer(text)` of the labels' regex: the same matches, the regex tried only where its scanner finds a label
    in the lower-case text (a text whose lower case is longer, or with a letter `(?i)` matches an ASCII one with and
    lower-casing does not, `ı` and `ſ`, is searched as it is)."""
    rx, scan = _page_label_pattern(words)
    low = text.lower()
    if len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        yield from rx.finditer(text)
        return
    yield from lex.scanned_matches(rx, scan, text, low)


_CASE_BLIND_ASCII = re.compile("[\u0131\u0130\u017f\u212a]")
#   letters that a case-blind pattern pairs with an ASCII letter other than by their lower case (the Kelvin sign too)


_MONTH_AFTER = re.compile(r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d")
#   a month and a day right after a label in capitals: the page's date line (`CREATED Jun 12, 2015`)


def page_labels(st: ActorState) -> None:
    """A web page's label (actor_words.tsv `page_label`) names nobody: `nameless` (the tagger may take `UPDATE` for a
    person). A label opening a line, in capitals or followed by a colon (`UPDATE: Police say ...`, `Updated: Feb 21,
    2016`, `DEVELOPING STORY`), one in capitals anywhere before a colon, a bar or a line's end (`HARLOW - 6:15 a.m.
    UPDATE | Harlow police are ...`), or one in capitals the tagger took for a whole name of its own wherever it stands
    (`BREAKING`; the one place for labels since mend26: act25 had rows of non_actors.tsv for four of them), and one in
    capitals before a month and a day (`By Ann Roe. CREATED Jun 12, 2015`: a date line, act36c)."""
    text = st.ctx.text
    label_words = lex.words("page_label")
    for ent in entities(st.doc) if st.text_holds(label_words) else ():   # (each finds a label in the lower case:
        #                                                                   none there, none found; speed39b's gate;
        #                                                                   `doc.ents` made once a doc, their text cut
        #                                                                   from the text)
        name = span_text(st.doc, ent.start, ent.end)
        if name.isupper() and name.lower() in label_words:
            st.nameless.add(ent.start_char, ent.end_char)
    for m in _page_label_matches(label_words, text) if st.text_holds(label_words) or _CASE_BLIND_ASCII.search(text) \
            else ():                                # (`(?i)` pairs `ı`, `İ`, `ſ` with ASCII letters too)
        word, after = m.group(1), text[m.end():m.end() + 3].lstrip(" \t")
        line_start = not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()
        marked = after[:1] in (":", "|") or after[:1] in ("\n", "")
        alone = line_start and after[:1] in ("\n", "") and " " in word
        dated = word.isupper() and _MONTH_AFTER.match(text, m.end()) is not None   # `CREATED Jun 12, 2015` (act36c)
        if word.isupper() and (marked or line_start or dated) or line_start and after[:1] == ":" or alone:
            st.nameless.add(m.start(1), m.end(1))   # (`Story Highlights` alone on its line: a label, act29c)
    for m in _MORE_NEWS.finditer(text) if "More " in text else ():
        st.nameless.add(m.start(1), m.end(1))       # `More Springdale News` alone on a line: a link (act29c)
    for m in _CREDIT_LINE.finditer(text) if " / " in text else ():
        st.nameless.add(m.start(1), m.end(1))       # `(Jo Pike / Daily Ledger)` alone on a line: a photo credit
    for m in _CREDIT_BRACKETS.finditer(text) if " / " in text else ():
        st.nameless.add(m.start(1), m.end(1))       # `... at Ozark Dodge. (Jo Pike / Daily Ledger) A patrol car`: a
        #                                             photo credit in a text whose lines were joined (act31a)
    for m in _HANDLE_LINE.finditer(text) if "@" in text else ():
        st.nameless.add(m.start(1), m.end(1))       # `555-010-2592 @jopike` alone on a line: a byline's account
    for m in _MENU_RUN.finditer(text) if text.count(" | ") >= 4 else ():   # (every match holds four bars)
        st.nameless.add(m.start(), m.end())         # `iPhone | iPad | SMS Alerts | Email Alerts | Facebook | Twitter`:
        #                                             a page's menu of links, no actor (act31c)


_CREDIT_LINE = re.compile(r"(?m)^[ \t]*\(?((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]* / (?:[A-Z][\w.&'-]*)(?: [A-Z][\w.&'-]*){0,4})"
                          r"\)?[ \t]*$")
_CREDIT_BRACKETS = re.compile(r"\(((?:[A-Z][\w.'-]* ){1,3}[A-Z][\w.'-]* / [A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,4})\)")
_HANDLE_LINE = re.compile(r"(?m)^[ \t]*(?:[\d() -]{7,}[ \t]+)?(@\w+)[ \t]*$")
_MENU_ITEM = r"[\w.&'+-]+(?: [\w.&'+-]+){0,2}"   # a link of one to three words (`SMS Alerts`, `Email Alerts`)
_MENU_RUN = re.compile(_MENU_ITEM + r"(?: \| " + _MENU_ITEM + r"){4,}")   # five links or more between bars
_MORE_NEWS = re.compile(r"(?m)^[ \t]*More ((?:[A-Z][\w.'-]* ){0,3}News)[ \t]*$")


def breeds(st: ActorState) -> None:
    """Capitalised words right before a lower-case noun of an animal (actor_words.tsv `animal`: `a sweet Jack Russell
    terrier`, `his Great Dane puppy`) name a breed, no person (act26a): `nameless` there, and, for a name of two words
    or more, wherever the article writes it again (`found the couple's Jack Russell dead`), unless it writes it as
    someone's too (`Jack Russell, the mayor,`, `Jack Russell said`: rev26a). A lexicon name (`a
    German shepherd` is left to the demonym rules) or a word that opens a sentence alone is left as it is."""
    toks, animals = st.toks, lex.words("animal")
    names = set()
    lems = lowered(st.doc)                        # (the animal words found off the columns: no Token per word)
    named = set(compress(range(len(lems)), map(animals.__contains__, lems)))
    named.update(where(st.doc, "LOWER", lexicon_ids(animals)))
    for i in sorted(named):
        t = toks[i]
        if not t.is_lower:
            continue
        k = t.i
        while k > 0 and t.i - k < 3 and toks[k - 1].is_title and toks[k - 1].is_alpha and \
                hit_at(st, k - 1) is None and toks[k - 1].ent_type_ not in ("GPE", "NORP", "ORG"):
            k -= 1
        if k == t.i or k == t.i - 1 and toks[k].is_sent_start:
            continue
        if k > 0 and (toks[k - 1].is_title and toks[k - 1].is_alpha or toks[k - 1].text in ("'s", "’s", "'", "’")):
            continue                                  # `Obama family dog`-like runs and `Smith's terrier` are left
        st.nameless.add(toks[k].idx, toks[t.i - 1].idx + len(toks[t.i - 1]))
        if t.i - k >= 2:
            names.add(" ".join(w.text for w in toks[k:t.i]))
    for name in names:
        if re.search(r"(?<!\w)" + re.escape(name) + _AS_PERSON, st.ctx.text):
            continue                                  # `Jack Russell, the mayor, said his Jack Russell terrier ...`:
            #                                           written as someone too, the name stays his elsewhere (rev26a)
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w| [A-Z])", st.ctx.text):
            if not re.search(r"[A-Z][\w.]* $", st.ctx.text[max(0, m.start() - 30):m.start()]):
                st.nameless.add(m.start(), m.end())   # (not inside a longer name: `Jack Russell Smith`)


_AS_PERSON = r"(?:, (?:the|a|an|who) |,? (?:said|says|told|added)\b)"   # a name's apposition or speech verb after it


_SHOP_OWNER = re.compile(r"(?<![\w.’'-])(?<![A-Z][a-z]\. )([A-Z][a-z]+)['’]s((?: (?:[A-Z][a-z]+|&))+)")
_SHOP_OWNER_AT = re.compile(r"[A-Z][a-z]+['’]s (?:[A-Z]|&)")   # where every match of _SHOP_OWNER starts (its
#                                                               look-behinds made `re` try it at every character)


def owners_shops(st: ActorState) -> None:
    """A given name with a possessive before capitalised words (`the parking lot of David’s Grocery`, `fled toward Mike’s
    Liquor`, `towed to Carl's Auto Repair`) names a shop or a business after its owner, no person (act26a): the whole
    name is `nameless` wherever the article writes it. Not when a capitalised word stands right before the given name
    (`Larry David's show`: a full name's possessive), nor when a word after it is a lexicon word of an organisation,
    of a person's title or a given name (`Mary's Foundation`, `Hillary's Campaign`, `John's Father`, `Ann's Tom`),
    nor when the given name is itself named alone as someone (`David said`), nor when it is a place's name
    (`Virginia's Youngkin`) or a word after it a lexicon person's surname (rev26a)."""
    from ..quotes.lexicon import given_names, person_titles

    text, given, org_words, titles = st.ctx.text, given_names(), lex.org_words(), lex.title_words()
    for m in matches_at(_SHOP_OWNER, _SHOP_OWNER_AT, text):   # (tried only where its scan finds a start)
        owner, after = m.group(1), m.group(2).split()
        if owner.lower() not in given or after[0] == "&" or lex.place_code(owner) is not None or \
                any(w in lex.people_by_surname() for w in after):
            continue                                  # (`Virginia's Youngkin`, `Jordan's Ayman Safadi`: a place's
            #                                           possessive before a person; a lexicon person's surname, rev26a)
        if any(w.lower() in org_words or w.lower() in titles or w.lower() in given for w in after):
            continue
        if re.search(r"(?<![\w.’'-])" + owner + r"(?!['’]s)(?![\w’'-])", text):
            continue
        name = m.group(0)
        for x in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            st.nameless.add(x.start(), x.end())


def business_names(st: ActorState) -> None:
    """A name the tagger took for a person's that no pass gave an office, a sector or a role, whose last word is a word
    of a local business's or a community body's kind (orgwords.tsv, the rows used for a body's sector: `Bar`,
    `Restaurant`, `Grill`, `Bakery`, `Market`, `Museum`) and whose first word is no given name (`the Harbor Oyster Bar`,
    `the Lotus Vegetarian Restaurant`) is that business or body: the kind word's sector (BUS, NGO), not a private
    person (CVL). Not a name opening with a given name (`Tom Market said`), nor one that speaks a quote (a person),
    nor one written in lower case (act56d, issue 11: tune62's robbed oyster bar and tune58's restaurant were CVL)."""
    words_of = lex.org_sector_words()
    given = given_names()
    speakers = {id(c) for c in st.speaker_of.values()}
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.sector is not None or c.role is not None or c.person is not None or id(c) in speakers:
            continue
        words = c.name.split()
        if len(words) < 2 or not all(w[:1].isupper() or w == "&" for w in words) or \
                words[0].lower().rstrip(".") in given:
            continue
        sector = words_of.get(words[-1].lower())
        if sector is not None and sector not in ("GOV", "CVL"):
            c.sector = sector


_UNIT_NUMBER = re.compile(r"\s*(?:No\.\s*)?\d")


def scout_units(st: ActorState) -> None:
    """A capitalised `Troop` or `Pack` (actor_words.tsv `scout_unit`) right before a number (`Troop 52`, `Pack 14`)
    is a scout unit, a youth organisation (NGO), not a military unit: every mention of the actor must be one, the unit's
    word alone or after a scouting word (actor_words.tsv `scout_word`: `Boy Scout Troop 42`, `Cub Scout Pack 3`;
    sect51)."""
    units, scouting = lex.words("scout_unit"), lex.words("scout_word")
    text = st.ctx.text
    for c in st.clusters.values():
        if not c.mentions or c.sector not in ("MIL", None):
            continue
        if all(_scout_unit(text[s:e].split(), units, scouting) and _UNIT_NUMBER.match(text, e) for s, e in c.mentions):
            c.sector, c.role = "NGO", "scout unit"


def _scout_unit(words: list[str], units: frozenset, scouting: frozenset) -> bool:
    """True for a capitalised unit word (`Troop`), alone or after words one of which is a scouting word (`Scout`)."""
    return bool(words) and words[-1].lower() in units and words[-1][:1].isupper() and (
        len(words) == 1 or any(w.lower() in scouting for w in words[:-1]))


_SLASHED = re.compile(r"[A-Z][A-Za-z]*(?:/[A-Z][A-Za-z]*)+")


def slashed_names(st: ActorState) -> None:
    """Capitalised words joined by slashes with no space (`Health/Life/Safety funds`, `the H/L/S amendment`) name a
    category, a budget line or a program, nobody: `nameless`, unless one of the words is a name the lexicons know (a
    country, an organisation: `FBI/DHS`), nor when they are the subject of a verb (`Sprint/Nextel said`, rev26d)."""
    text = st.ctx.text
    if "/" not in text:
        return
    for m in _SLASHED.finditer(text):
        s, e = m.span()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/@.:") or e < len(text) and text[e] in "/@":
            continue                              # (part of a web address or a longer token)
        span = char_span(st.doc, s, e, "expand")
        if span is None or any(hit_at(st, t.i) is not None for t in span):
            continue
        if span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.pos_ in ("VERB", "AUX"):
            continue                              # `Sprint/Nextel said`, `AC/DC canceled the show`: the subject of a
            #                                       verb acts, a merged company's or a band's name (rev26d)
        st.nameless.add(s, e)


def caption_people(st: ActorState) -> None:
    """Names listed in a photo caption (a capitalised actor_words.tsv `caption_cue`: `Pictured, front row, are: ...`,
    `From left: ...`) with no office, title, role or sector of their own are the people the story is about: they take
    the sector of the article's one kind of group of people named before the caption with a sector other than CVL
    (`Eighth-grade students at Lincoln Academy celebrated ...`: EDU), when there is exactly one such sector and the
    caption lists at least three such names (act30a). A parenthesis of a few words after a name (`(Ford County
    student)`) is walked over."""
    text, cues = st.ctx.text, lex.words("caption_cue")
    starts = [m.start() for m in _caption_pattern(cues).finditer(text)]
    if not starts:
        return
    toks, glue = st.toks, lex.words("caption_glue")
    for start in starts:
        groups = {c.sector for c in st.clusters.values() if c.sector not in (None, "CVL") and c.mentions and
                  c.first < start and (c.key[0] == "G" or c.key[0] == "S" and c.sector != "GOV")}
        if len(groups) != 1:
            continue
        i = next((t.i for t in toks if t.idx >= start), len(toks))
        end, inside = start, 0
        while i < len(toks):
            t = toks[i]
            if t.text == "(":
                inside = 1
            elif inside:
                if t.text in (")", ";") or inside > 6 or t.text == ".":
                    inside = 0
                    if t.text == ".":
                        break
                else:
                    inside += 1
            elif not (t.pos_ == "PROPN" or t.lower_ in glue or t.lower_ in cues or
                      t.text[:1].isupper() and t.text.endswith(".") and len(t) > 2):
                break                             # (`Mrs.`: an honorific before a name)
            end = t.idx + len(t)
            i += 1
        listed = [c for c in st.clusters.values() if c.key[0] == "P?" and c.sector is None and c.role is None and
                  any(start <= ms < end for ms, _ in c.mentions)]
        if len(listed) >= 3:
            (sector,) = groups
            for c in listed:
                c.sector = sector


def company_referents(st: ActorState) -> None:
    """A name the article then calls `the company` (actor_words.tsv `company_ref`: `company`, `firm`) is a company
    (BUS) when nothing tells it is a person: `The bid went to Harlow Lift, which installed the lift. Bailey said the
    company is reputable.` The name is the last actor's mention before `the company` in its sentence or the two before,
    leaving out the subjects of the verbs over `the company` (`Bailey said`, `Crane Co. bought the company`: no one
    speaks of or buys itself); it must be an organisation of no sector or a name of no office, title or role, never
    referred to by a personal pronoun, not opening with a given name (given_names.tsv) nor after an honorific (act30a)."""
    doc, toks, refs = st.doc, st.toks, lex.words("company_ref")
    for t in (toks[i] for i in where(doc, "LOWER", lexicon_ids(refs))):   # (off the LOWER column: no Token a word)
        if t.lower_ not in refs or t.i == 0 or toks[t.i - 1].lower_ != "the":
            continue
        sent = sentence_of(doc, t.i)
        lo = sent
        for _ in range(2):
            if lo.start == 0:
                break
            lo = sentence_of(doc, lo.start - 1)
        over = {a.i for a in t.ancestors}
        best = None
        for c in st.clusters.values():
            for ms, me in c.mentions:
                if not (lo.start_char <= ms < toks[t.i - 1].idx):
                    continue
                span = char_span(doc, ms, me, "expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i in over:
                    continue
                if best is None or ms > best[0]:
                    best = (ms, c)
        if best is not None and _nameless_company(st, best[1]):
            best[1].sector = "BUS"


def _nameless_company(st: ActorState, c) -> bool:
    """True for an organisation of no sector, or a name of no office, title or role that nothing marks as a
    person's (no pronoun or `who` among its mentions, no given name first, no honorific before it)."""
    if c.key[0] == "O":
        return c.sector is None
    if c.key[0] != "P?" or c.sector is not None or c.role is not None or c.person is not None:
        return False
    text, honorifics = st.ctx.text, person_titles()
    for ms, me in c.mentions:
        words = text[ms:me].split()
        if words and words[0].lower() in lex.words("relative_pronoun"):
            continue                              # (a relative pronoun: `Harlow Lift, who installed the lift`)
        if not words or words[0].lower() in given_names() or words[0][:1].islower():
            return False
        before = text[max(0, ms - 6):ms].strip().rstrip(".").split()
        if before and before[-1].lower() in honorifics:
            return False
    return True


_POLICE_NAME = re.compile(r"(?:[Tt]he )?(?P<stem>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*) (?:[Pp]olice|PD)(?: (?:[Dd]epartment|"
                          r"[Dd]ept\.?|[Ss]ervice|[Ff]orce))?")
_PD = re.compile(r"(?P<stem>[A-Z]{1,4})PD")     # `LAPD`, `NYPD`: the initials of the town and `PD`


def _police_stems(st: ActorState, c) -> set[str]:
    """The towns a police body is named by, as written (`Los Angeles` of `Los Angeles police`, `the Los Angeles Police
    Department`; `LA` of `LA police` and of `LAPD`), from its name and its mentions."""
    stems = set()
    for text in [c.name] + [st.ctx.text[s:e] for s, e in c.mentions]:
        m = _POLICE_NAME.fullmatch(text) or _PD.fullmatch(text)
        if m:
            stems.add(m.group("stem"))
    return stems


def _named_before(text: str, s: int) -> bool:
    """True when a capitalised word stands right before offset s (`Paris police` where the town was read as a place
    and only `police` kept: a force of its own, not a bare `police`)."""
    words = text[max(0, s - 40):s].split()
    return bool(words) and text[s - 1:s] == " " and words[-1][:1].isupper() and words[-1][-1:].isalpha()


def _town_letter(stems, others) -> bool:
    """True when a one-letter department's initials (`M` of `MPD`) are the first letter of a one-word town the other
    body is named by (`Memphis`), act31c."""
    letters = {s for s in others if len(s) == 1 and s.isupper()}
    return bool(letters) and any(len(s.split()) == 1 and not s.isupper() and s[0] in letters for s in stems)


def _initials(stem: str) -> str:
    """`LA` for `LA` and for `Los Angeles`; a one-word town that is no abbreviation has none (`Paris`, not `P`)."""
    words = stem.split()
    if len(words) == 1:
        return stem if stem.isupper() else ""
    return "".join(w[0] for w in words if w[:1].isupper())


def police_initials(st: ActorState) -> None:
    """A department's initials in no lexicon (`MPD`, `NOPD`) are a police body, COP (act31c); run before the ranks are
    read (codes._service_ranks), so that `LPD Lt. Brent Wheat` has the police as the service his sentence names
    (act34b)."""
    for c in st.clusters.values():
        if c.sector is None and c.key[0] == "O" and c.person is None and c.mentions and \
                all(_PD.fullmatch(st.ctx.text[s:e]) for s, e in c.mentions):
            c.sector = "COP"


def police_bodies(st: ActorState) -> None:
    """One police force named several ways in one article (`Los Angeles police`, `LA police`, `the LAPD`) is one
    actor: police bodies (COP, no person) named by the same town, or by its initials (`LA` for `Los Angeles`), join
    the lexicon's or the first named one (act30b: the lead's reading of local news). A department's initials in no
    lexicon (`MPD`, `NOPD`) are a police body, the one-word town's first letter naming it (`M` of `Memphis`); bare
    `police` in a story whose one other police body named by a town is `Buffalo Police` (no other named police body:
    a sheriff's office, the FBI) is that force (act31c: duplicates of the output audit of pool b)."""
    police_initials(st)
    bodies = [(c, _police_stems(st, c)) for c in st.clusters.values()
              if c.sector == "COP" and c.person is None and not c.members and c.mentions and c.key[0] in ("O", "G")]
    bare = [c for c, stems in bodies if not stems and c.key[0] == "G" and any(
        st.ctx.text[s:e].lower() == "police" for s, e in c.mentions) and all(
        st.ctx.text[s:e].lower() in ("police", "they", "them", "their") and not _named_before(st.ctx.text, s)
        for s, e in c.mentions)]
    unnamed = [c for c, stems in bodies if not stems and c.key[0] == "O"]   # (`the sheriff's office`, `the FBI`)
    bodies = [(c, stems) for c, stems in bodies if stems]
    forces = [c for c, _ in bodies] + unnamed
    if len(bodies) < 2 and not (bodies and bare):
        bodies = []                               # nothing to join by town; the one-force words below still (act52c)
    bodies.sort(key=lambda b: (b[0].key[0] != "O", b[0].first))
    joined: dict[int, object] = {}
    for k, (c, stems) in enumerate(bodies):
        if id(c) in joined:
            continue
        keys = ({s.lower() for s in stems} | {_initials(s) for s in stems}) - {""}
        for d, others in bodies[k + 1:]:
            if id(d) in joined or (c.country and d.country and c.country != d.country):
                continue
            if keys & ({s.lower() for s in others} | {_initials(s) for s in others}) or \
                    _town_letter(stems, others) or _town_letter(others, stems):
                joined[id(d)] = c
                for span in list(d.mentions):
                    d.mentions.discard(span)
                    c.mentions.add(span)
                c.country = c.country or d.country
    named = [c for c, _ in bodies if id(c) not in joined]
    if len(named) == 1 and len(bare) == 1 and not unnamed:
        joined[id(bare[0])] = named[0]            # `police` in a story whose one other police body is `Buffalo
        for span in list(bare[0].mentions):       # Police`: that force (act31c)
            bare[0].mentions.discard(span)
            named[0].mentions.add(span)
    _one_force(st, [c for c in forces if id(c) not in joined], joined)   # the rest of a one-force story's
    #                                                                              bare words (act52c)
    if joined:
        for k, c in list(st.speaker_of.items()):
            st.speaker_of[k] = joined.get(id(c), c)
        for c in st.clusters.values():
            c.members = [joined.get(id(m), m) for m in c.members]


_FORCE_WORDS_AROUND = ("the", "they", "them", "their")


def _one_force(st: ActorState, forces: list, joined: dict) -> None:
    """In a story whose crime one named force works (one police body with a capitalised name: `Harlow police`, `the
    Dunmore County Sheriff's Office`; every other police body unnamed, `the sheriff's office`), its unnamed mentions
    are that force's: police bodies written in lower case alone (`the sheriff's office`) and groups of COP written
    only as a bare word of actor_words.tsv `force_bare` (`police`, `officers`, `deputies`, `detectives`) or of
    `bare_authority` that an earlier pass made the police's (`Officials identified the victim`, `Authorities said`:
    COP, codes `_bare_authorities`), with `the` or `they` at most. Two named forces, or none: nothing (the session-52
    decision, bench/actors/GUIDE.md; act52c)."""
    text = st.ctx.text
    units = lex.words("police_unit_word")
    named = [c for c in forces if _capitalised_force(text, c) and (c.name or "").split()[-1:] != [] and
             c.name.split()[-1].lower() not in units]
    #   (a force's named unit, `the Homicide Section`, `the Gang Unit`, is its own actor, no force that bare `police`
    #   are mentions of: GUIDE.md session 50; act54b)
    if len(named) != 1:
        return
    force = named[0]
    words = lex.words("force_bare") | lex.words("bare_authority")
    for c in st.clusters.values():
        if c is force or id(c) in joined or not c.mentions or c.person is not None or c.members or c.key[0] not in ("O", "G"):
            continue
        if c.key[0] == "O":
            if c not in forces or _capitalised_force(text, c):
                continue
        elif c.sector != "COP" or not all(_bare_force_word(text, s, e, words) for s, e in c.mentions) or \
                not any(_bare_force_word(text, s, e, words, pronoun=False) for s, e in c.mentions):
            continue
        if any(_in_link_line(text, s) for s, _ in c.mentions):
            continue                              # (`+ Drug bust leads officers to Ohio`: another story's, which
            #                                       page_things `link_lines` drops)
        joined[id(c)] = force
        for span in list(c.mentions):
            c.mentions.discard(span)
            force.mentions.add(span)


def _in_link_line(text: str, s: int) -> bool:
    """True for an offset in a line of the page's links or other stories (page_things `_a_link_line`)."""
    from .page_things import _a_link_line, _line
    return bool(_a_link_line(_line(text, s), {}))


def _capitalised_force(text: str, c) -> bool:
    """True for a police body one of whose mentions has a capitalised word past its first (`the Harlow Police
    Department`, `Harlow police`; not `the sheriff's office`, `Police`)."""
    return any(any(w[:1].isupper() for w in text[s:e].split()[1:]) or
               (len(text[s:e].split()) > 1 and text[s:e].split()[0][:1].isupper() and text[s:e].split()[0].lower() != "the")
               for s, e in c.mentions)


def _bare_force_word(text: str, s: int, e: int, words: frozenset, pronoun: bool = True) -> bool:
    """True for a mention that is a word of `words` alone (`police`, `The officers`), or, where `pronoun`, `they`,
    `them` or `their`; not one a capitalised word stands right before (`Paris police`, `_named_before`)."""
    low = text[s:e].lower().split()
    if low and low[0] == "the":
        low = low[1:]
    if pronoun and len(low) == 1 and low[0] in _FORCE_WORDS_AROUND[1:]:
        return True
    return len(low) >= 1 and " ".join(low) in words and not _named_before(text, s)


def town_governments(st: ActorState) -> None:
    """A town, city or county named as an actor (`Dublin operates its own sirens`, `Gainesville says no`, `Tewksbury
    Twp. introduces an ordinance`) that no pass gave an office, a sector other than private or a person is the town's
    local government, GOV, as a state named as an actor is its government (GUIDE.md; the read gold has such towns GOV,
    as `Henderson`, `Boulder City`, `Myrtle Beach`): the name, less `the` and a word of a town's unit (actor_words.tsv
    `town_unit`: `Twp.`), is a place of one country (us_local `place_name_country`) that the article also writes as a
    place (`_written_as_place`); only a name the tagger made a person's, which the actors pass would give the
    private default (a `P?` name), or a body with a country already (`O`): no new actor. Not on a sports page (a town's
    name there is its club, BUS: codes `_clubs`), not a name the article gives a person (a word of its people's full
    names, or written after a title, an honorific or a given name: common `titled_as_person`; a town may `say` as a
    person does, so no deed counts). sect50. Not a name a mention calls `he` or `she` or describes as no town
    (`Madison, the asset manager`), nor one the text writes as a body's home (`Cupertino-based`); none where a
    candidate plays a game's result (`Madison edged Verona 54-50` off a sports page). review50e."""
    if st.ctx.page.sports:
        return
    units = lex.words("town_unit")
    given = given_names()
    personal = pronouns(gender="m") | pronouns(gender="f")
    places = units | lex.words("town_part")
    verbs = lex.words("match_verb")
    towns = []
    for c in st.clusters.values():
        if not (c.key[0] == "P?" or c.key[0] == "O" and c.country is not None) or c.sector not in (None, "CVL") or \
                c.role is not None or c.person is not None or c.members or not c.mentions:
            continue                              # (an `O` body of no country yet would be no actor: none is made)
        words = c.name.removeprefix("the ").removeprefix("The ").split()
        unit = bool(words) and words[-1].lower() in units
        if unit:
            words = words[:-1]
        if not 1 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words) or \
                words[0].lower() in given:
            continue
        name = " ".join(words)
        if place_name_country(name) is None or not _written_as_place(st, words, unit):
            continue
        people = {w for o in st.clusters.values() if o is not c and o.key[0] in ("P", "P?") and " " in o.name
                  for w in o.name.split()}
        if set(words) & people or titled_as_person(st, words[0]) or titled_as_person(st, words[-1]) or \
                any(_not_a_town(st.ctx.text[s:e], personal, places) for s, e in c.mentions) or \
                _based_there(st, name):
            continue                              # (`Jackson, who saw it, said he ...`: a person; `Madison, the asset
            #                                       manager, said`: a firm; `Cupertino-based Apple ... Cupertino
            #                                       said`: the company its home names, review50e)
        towns.append(c)
    if any(plays_result(h, verbs) for c in towns for h in _mention_heads(st, c)):
        return                                    # `Madison edged Verona 54-50` in a school's sports story off a
        #                                           sports page: the towns are teams (review50e)
    for c in towns:
        c.sector = "GOV"


def _not_a_town(mention: str, personal: frozenset[str], places: frozenset[str]) -> bool:
    """True for a mention that says a town's name is someone's: a pronoun of a man or a woman (`he`, `her`) or a
    description in lower case whose last word is no town's (`the asset manager`, `a retired nurse`; not `the city`)."""
    low = mention.lower()
    return low in personal or mention[:1].islower() and " " in mention and low.split()[-1] not in places


def _mention_heads(st: ActorState, c):
    """The head tokens of a cluster's mentions."""
    for s, e in c.mentions:
        sp = st.doc.char_span(s, e, alignment_mode="expand")
        if sp is not None:
            yield sp.root


def _based_there(st: ActorState, name: str) -> bool:
    """True when the article writes a town as a body's home (`Cupertino-based`, `Cupertino, Calif.-based`, `based in
    Cupertino`, `headquartered in Cupertino`): the town's name may then stand for the company (review50e)."""
    name = re.escape(name)
    return re.search(rf"\b{name}(?:, [A-Z][a-z]*\.?)?-based\b|\b(?:based|headquartered) in {name}\b",
                     st.ctx.text) is not None


def _written_as_place(st: ActorState, words: list[str], unit: bool) -> bool:
    """True when a town's name is written as a place elsewhere in the article: with a word of a town's unit (`Tewksbury
    Twp.`), after a locative preposition (`in Gainesville`, `the City of Madison`) or before a noun of a town's people,
    parts or bodies (actor_words.tsv `town_part`: `Gainesville residents`, `Madison townships`): the tagger calls such
    towns people (`Willis`, `Patterson`, officers known by surname, are never written so)."""
    if unit:
        return True
    name = re.escape(" ".join(words))
    parts = "|".join(map(re.escape, sorted(lex.words("town_part"), key=len, reverse=True)))
    return re.search(rf"\b(?:in|of|near|from|outside) {name}\b(?!['’]s)|\b{name} (?i:{parts})\b", st.ctx.text) is not None


def _board_officer_patterns() -> tuple[re.Pattern, re.Pattern]:
    """`trustee`, `board president`, ... (actor_words.tsv `board_officer`) ending right before a name, and opening a
    mention (`Board President Alan Price`), made once a process."""
    global _BOARD_OFFICER
    if _BOARD_OFFICER is None:
        words = sorted(lex.words("board_officer"), key=len, reverse=True)
        alt = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\s+"
        _BOARD_OFFICER = (re.compile(r"\b" + alt + "$", re.I), re.compile(alt, re.I))
    return _BOARD_OFFICER


_BOARD_OFFICER = None


def board_officers(st: ActorState) -> None:
    """A person titled as an officer of a board with no body named in the title (actor_words.tsv `board_officer`:
    `trustee Gail Simmons`, `Board President Alan Price`) in a story whose boards all have one sector is an officer of
    that board, with its sector (a school board's EDU, a county board's GOV), where the title gave no sector or a
    state's (CVL, GOV). A story with no board actor, or with boards of two sectors, leaves them be (sect51)."""
    text = st.ctx.text
    if "oard" not in text and "rustee" not in text:
        return
    sectors = {c.sector for c in st.clusters.values() if c.sector and c.key[0] not in ("P", "P?") and any(
        re.search(r"\b[Bb]oard\b", text[s:e]) for s, e in c.mentions)}
    if len(sectors) != 1:
        return
    sector = sectors.pop()
    before, opening = _board_officer_patterns()
    for c in st.clusters.values():
        if c.key[0] not in ("P", "P?") or c.person is not None or c.sector not in (None, "CVL", "GOV") or \
                c.sector == sector:
            continue
        if any(before.search(text[max(0, s - 40):s]) or opening.match(text, s, e) for s, e in c.mentions):
            c.sector = sector



def acting_towns(st: ActorState) -> None:
    """A town, city or county written by its name (a GPE entity, or `<Name> County`) that acts is its government, GOV
    (known53): the subject of a verb of a local government's act (actor_words.tsv `town_act`: `Smithville approved the
    contract`, `In 2007, Boulder City dedicated $150,000`), the object of a verb done to a party (`town_party_verb`:
    `the firm sued Hall County`, `will pay Hall County $2 million`), or the object of `with`/`from` on a word of
    dealing (`town_deal`, `town_deal_verb`: `in talks with Hall County`, `leased the jail from Hall County`). One
    actor a place, with the `the county` / `the city` coref gives it (coref's ("L", place) key). Country: the place
    name's one country (`place_name_country`); in an American story only an American or unknown one (then the USA);
    elsewhere unknown ones take the home (codes.py). Not a country, US state or capital (the lexicon's: states.py
    acts for those), not a name inside another actor's span or name, not a team's game or the weather (no such verb
    in the classes)."""
    from .codes import american_story
    from .common import add, cluster, nested

    acts, party = lex.words("town_act"), lex.words("town_party_verb")
    deal = (lex.words("town_deal"), lex.words("town_deal_verb"))
    if not st.text_holds(acts | party | deal[0] | deal[1]):
        return
    text, american = st.ctx.text, None
    for s, e in _town_names(st):
        name = span_text(st.doc, s, e)
        if name in st.countries.names or name in lex.us_states() or name in st.countries.capitals or \
                any(hit_at(st, i) is not None for i in range(s, e)):
            continue
        root = st.toks[e - 1]
        if not _town_acts(root, acts, party, deal) or _sport_sentence(root):
            continue
        a, b = st.toks[s].idx, root.idx + len(root)
        others = {id(o): o for x, y, o in st.mentions.around(a, b) if x < b and a < y and o.key[0] != "L"}
        if st.ctx.skipped(a, b) or nested(st, a, b) or \
                any(not _town_named_as_actor(st, o, name) for o in others.values()):
            continue
        iso = place_name_country(name)
        if american is None:
            american = american_story(st)
        if american and iso not in (None, "USA"):
            continue                              # `Dublin operates ...` in an Ohio story: the name of an Irish
            #                                       city too, no sure country
        c = cluster(st, ("L", name), f"{name} government", sector="GOV", role="local government",
                    country=iso or ("USA" if american else None))
        for o in others.values():                 # `MARLOWE, Ind. -- ... Marlowe dedicated $150,000`: the
            for m in list(o.mentions):            # dateline's town, read as a person by its name alone
                o.mentions.discard(m)
                add(st, c, *m)
        add(st, c, a, b)


def _sport_sentence(root) -> bool:
    """The place name's sentence holds a word of a sports team (actor_words.tsv `sport_word`: `Denver signed free
    agent guard X, the team said`, `Portland hired a new head coach after a losing season`): the name is its club's,
    no government's (review53c)."""
    words = lex.words("sport_word")
    return any(t.lower_ in words for t in sentence_of(root.doc, root.i))


def _town_named_as_actor(st: ActorState, o, name: str) -> bool:
    """Another actor at a town's name that is that town: a person or body of no lexicon, title or quote, all of
    whose mentions are the name alone, which is the dateline's place (`MARLOWE, Ind. -- ... Marlowe approved`)."""
    dl = st.ctx.layout.dateline
    if dl is None or not dl.place or dl.place.strip().rstrip(",").lower() != name.lower():
        return False
    text = st.ctx.text
    return o.key[0] in ("P?", "O") and o.person is None and o.stated_title is None and not o.members and \
        id(o) not in {id(k) for k in st.speaker_of.values()} and \
        all(text[x:y] == name for x, y in o.mentions)


def _town_names(st: ActorState):
    """(start, end) token spans of the places a town's government may be named by: GPE entities less a leading `the`
    and a trailing possessive, and `<Name> County` (a county the parser tags otherwise)."""
    toks = st.toks
    for ent in entities(st.doc):
        if ent.label_ != "GPE":
            continue
        s, e = ent.start, ent.end
        while s < e and toks[s].lower_ == "the":
            s += 1
        while e > s and toks[e - 1].text in ("'s", "’s"):
            e -= 1
        if e > s and all(t.text[:1].isupper() for t in toks[s:e]):
            yield s, e
    dl = st.ctx.layout.dateline
    if dl is not None and dl.place:               # the dateline's town, whatever the parser tagged it
        town = dl.place.strip().rstrip(",").title()
        for m in re.finditer(r"\b" + re.escape(town) + r"\b", st.ctx.text):
            span = char_span(st.doc, m.start(), m.end())
            if span is not None and not st.ctx.skipped(m.start(), m.end()) and span[0].ent_type_ != "GPE":
                yield span.start, span.end
    for m in _COUNTY_NAME.finditer(st.ctx.text):
        span = char_span(st.doc, m.start(), m.end())
        if span is not None and not (span.start > 0 and toks[span.start - 1].ent_type_ == "GPE" and
                                     toks[span.start].ent_type_ == "GPE"):
            yield span.start, span.end


_COUNTY_NAME = re.compile(r"\b(?:[A-Z][a-z'-]+ ){1,2}County\b")


def _town_acts(root, acts: frozenset, party: frozenset, deal: tuple) -> bool:
    """The place name whose last word is `root` acts as a government (`acting_towns`)."""
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head                            # `Boulder City and Henderson would allow`
    head = tok.head
    if tok.dep_ in ("nsubj", "agent") or tok.dep_ == "pobj" and head.dep_ == "agent":
        verb = head.head if tok.dep_ == "pobj" else head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in acts
    if tok.dep_ in ("dobj", "dative"):
        return head.pos_ == "VERB" and head.lemma_.lower() in party
    if tok.dep_ == "pobj" and head.lower_ in ("with", "from"):
        word = head.head
        words = deal[0 if word.pos_ == "NOUN" else 1]
        return word.pos_ in ("NOUN", "VERB") and (word.lemma_.lower() in words or word.lower_ in words)
    return False


def dispatchers_of_no_police(st: ActorState) -> None:
    """Dispatchers (titles.tsv `dispatcher` COP: emergency dispatchers answer a police force's 911 calls) in a text
    with no word of a local police force (actor_words.tsv `local_police`, whole words: `common.local_police_named`)
    are a trucking firm's or a taxi company's: no police sector (review53c: `Tom Reyes, a dispatcher for a trucking
    company`)."""
    if local_police_named(st):
        return
    for c in st.clusters.values():
        if c.sector == "COP" and c.role in ("dispatcher", "dispatchers") and c.person is None:
            c.sector = "CVL"                      # (a private person's or group's, as before act53b's rows)


def school_body_members(st: ActorState) -> None:
    """A person of no lexicon named as a member or officer of a school board or committee (actor_words.tsv
    `school_body` and `school_body_role`: `School committee member Ann Roe`, `Ann Roe, a school board member,`, `Ann
    Roe, a member of the Harlow School Committee,`) is EDU, as the GUIDE codes the elected body (known53). Read at
    the person's own mentions only: a title's `School` elsewhere (`Lakeview Law School professor Ann Roe`) is no such
    body; a person with a sector of the state's or a party's (a mayor who sits on the board) keeps it."""
    if not st.text_holds(lex.words("school_body")):
        return
    before, after = _school_body_patterns()
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "D") or c.person is not None or c.members or c.sector not in (None, "CVL") or \
                not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            if before.search(text, max(0, s - 60), s) or after.match(text, e, min(len(text), e + 90)):
                c.sector, c.role = "EDU", "school board member"
                break


@functools.lru_cache(maxsize=1)
def _school_body_patterns() -> tuple["re.Pattern[str]", "re.Pattern[str]"]:
    """`school_body` + `school_body_role` right before a name, and after it as its apposition (`, a school board
    member`, `, a member of the Harlow School Committee`), case-blind."""
    body = "|".join(map(re.escape, sorted(lex.words("school_body"), key=len, reverse=True)))
    role = "|".join(map(re.escape, sorted(lex.words("school_body_role"), key=len, reverse=True)))
    return (re.compile(r"(?<![\w-])(?:" + body + r") (?:" + role + r")\s+$", re.IGNORECASE),
            re.compile(r",\s+(?:an?|the)\s+(?:(?:[\w.-]+\s+){0,3}?(?:" + body + r") (?:" + role + r")\b|(?:"
                       + role + r") of (?:the )?(?:[A-Z][\w.-]*\s+){0,3}(?:" + body + r")\b)", re.IGNORECASE))


def ranks_at_bodies(st: ActorState) -> None:
    """A person of no lexicon named by a rank that police and fire services share with armies (actor_words.tsv
    `shared_rank`: `A lieutenant at the Harlow Police Department, Kevin Marsh,`, `a captain with the Carver Fire
    Department`), right before `at`/`with`/`of`/`for` and a public body's mention of no army (COP, GOV, JUD), is of
    that body: its sector, and its country when the person has none (known53). A rank before an army's name, or
    before no body's, keeps what it had (`a lieutenant in the Army`, `a retired lieutenant`)."""
    ranks = lex.words("shared_rank")
    if not st.text_holds(ranks):
        return
    text = st.ctx.text
    for c in st.clusters.values():
        if c.key[0] not in ("P?", "D") or c.person is not None or c.members or c.sector not in (None, "CVL", "MIL") \
                or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            words = text[s:e].lower().split()
            if not words or words[-1] not in ranks:
                continue
            m = _OF_BODY.match(text, e)
            at = m.end() if m else -1
            body = m and next((o for ms, me, o in st.mentions.around(at, at + 1)
                               if ms == at and o is not c and o.key[0] == "O" and o.sector in ("COP", "GOV", "JUD")),
                              None)
            if body:
                c.sector, c.country = body.sector, c.country or (body.country if body.country != "IGO" else None)
                break


_OF_BODY = re.compile(r",?\s+(?:at|with|of|for)\s+(?:the\s+)?")


def race_rivals(st: ActorState) -> None:
    """A person of no lexicon and no sector of an office, named as a race's challenger or opponent (actor_words.tsv
    `race_rival` right before the name: `Tom Reedy won the seat with 3,900 votes; challenger Ann Poe got 1,700`) in an
    article with a word of an election (`poll_word`), is a candidate: PTY (GUIDE.md: beaten candidates who hold no
    office are PTY; a winner is coded by the office, act52c) (known53). A sports or a business challenger (no election
    word) keeps what it had."""
    rivals, polls = lex.words("race_rival"), lex.words("poll_word")
    if not st.text_holds(rivals) or not st.text_holds(polls):
        return
    text = st.ctx.text
    many = len({w for w in re.findall(r"[a-z-]+", text.lower()) if w in polls}) > 1
    for c in st.clusters.values():
        if c.key[0] != "P?" or c.person is not None or c.members or c.sector not in (None, "CVL") or not c.mentions:
            continue
        for s, e in sorted(c.mentions):
            words = text[max(0, s - 20):s].split() + text[s:e].split()[:1]
            if any(w.lower() in rivals for w in words[-2:]) and _rival_in_race(st, s, e, polls, many):
                c.sector, c.role = "PTY", "candidate"
                break


def _rival_in_race(st: ActorState, s: int, e: int, polls: frozenset, many: bool) -> bool:
    """The rival named at chars [s, e) is a person (no organisation's or place's name: `challenger Zed Mobile`, a
    firm) in a race: an election word in the name's own sentence, or two different ones in the text (one `votes`
    elsewhere may be fans' votes on a fight: review53c)."""
    span = char_span(st.doc, s, e)
    if span is None or any(t.ent_type_ and t.ent_type_ != "PERSON" for t in span):
        return False
    return many or any(t.lower_ in polls for t in sentence_of(st.doc, span.start))
