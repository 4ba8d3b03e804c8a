"""Names that are the page's links, roads, addresses or one's belongings, no actors (act44's precision audit,
bench/actor_precision44.py). Each pass drops an actor no lexicon knows, no quote's speaker, every one of whose named
mentions is such a thing; an actor with one mention elsewhere keeps every mention.

- `link_lines`: a name only in a line of the page's links and promotions (`+ Large marijuana bust leads officers to
  CA` in a list of other stories, `Also on Brixley Post:`, `listen to X Radio here:`, `Follow Ray Lee on Twitter`).
- `road_people`: a person's name that is a road's (`the intersection of 57th Street and La Salle`, `a crash near Dan
  Reyes` where the text writes `the Dan Reyes Expressway`).
- `address_venues`: a body's name with a street address after it (`Hope Church, 1354 W. Lake St.`): a venue of a
  listing, no body that acts, unless it is a subject.
- `owned_products`: a company's name that a person's word owns (`in his BMW`, `the victim's Toyota`): the product.
- `near_venues`: a body's name said only of where things are (`an accident near the Academy @ Dunmore`).
- `heading_people`: a person's name made of a headline's words (`Robberies Spread Across Tarrow Valley`).
- `unit_pieces`: a unit's name right after its body's (`the FBI's Dunmore Division`, `the Bureau of Alcohol, Tobacco,
  Firearms and Explosives (ATF) Dunmore Field Division`) is a mention of that body, no actor of its own.
"""
from __future__ import annotations

import re

from ...lexicon import actors as lex
from ...lexicon import pronouns
from ..quotes.lexicon import given_names
from ..spans import char_span, children, without_possessive
from .idle import _conjuncts, _drop, _first_conjunct, _join, _repoint_speakers, _speaker_ids
from .state import ActorState, Cluster


def _line(text: str, s: int) -> str:
    """The line of the text the offset stands in, stripped."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", s)
    return text[lo:hi if hi >= 0 else len(text)].strip()


def _named(text: str, c: Cluster) -> list:
    """The mentions of the actor that are names (capitalised), in the order of the text."""
    return sorted((s, e) for s, e in c.mentions if text[s:s + 1].isupper())


def _drop_unless_speaker(st: ActorState, c: Cluster, speakers: dict) -> None:
    """Drop the actor unless it speaks a quote (`speakers` keeps the speakers' ids once asked)."""
    if "ids" not in speakers:
        speakers["ids"] = _speaker_ids(st)
    if id(c) not in speakers["ids"]:
        _drop(c)


def _span(st: ActorState, s: int, e: int):
    """The tokens of the mention at [s, e), None when it covers none."""
    span = char_span(st.doc, s, e, "expand")
    return span if span is not None and len(span) else None


def _unknown_named(st: ActorState, key: str):
    """(actor, its named mentions) for each actor of that key's kind no lexicon knows that has a named mention."""
    text = st.ctx.text
    for c in list(st.clusters.values()):
        if c.key[0] == key and c.mentions and _unknown(c):
            named = _named(text, c)
            if named:
                yield c, named


def _unknown(c: Cluster) -> bool:
    """No lexicon holds the actor (a person of people.tsv, an organisation's form), it has no members."""
    return c.person is None and not c.members and lex.organisation_forms().get(c.name) is None


# ------------------------------------------------------------------------------------------------- link_lines

def link_lines(st: ActorState) -> None:
    """Drop an actor every mention of which (its pronouns aside) stands in a line of the page's links (`_a_link_line`),
    a lexicon's actor too (`+ Mayor Lee signs the budget` in a list of other stories is no mention of the mayor). A
    person in a line a link's imperative leads stays (`Follow Pam Lee on Twitter`, `Watch Pam Lee's report`: the
    gold holds a reporter so credited an actor), the imperative cut from the name where the tagger took it in.
    Gate: a link line's mark in the text (a line opening with `+ `, a `link_lead` word or a `link_word` before a
    closing colon), a string test."""
    text = st.ctx.text
    if "\n+ " not in text and not st.text_holds(lex.words("link_lead") | lex.words("link_word")):
        return
    lines: dict = {}
    said = pronouns()
    speakers: dict = {}
    for c in st.clusters.values():
        if not c.mentions or c.members:
            continue
        named = [(s, e) for s, e in c.mentions if text[s:e].lower() not in said]
        if not named:
            continue
        if c.key[0] in ("P", "P?") and any(_led(text, s, e) for s, e in named):
            _cut_lead(c, text)                    # (`Follow Ray Lee` -> `Ray Lee`: a reporter's credit, an actor)
            continue
        kinds = []
        for s, _ in named:                        # (the first mention out of a link line settles it: speed45)
            kind = _a_link_line(_line(text, s), lines)
            if not kind:
                break
            kinds.append(kind)
        if len(kinds) < len(named) or c.key[0] in ("P", "P?") and "lead" in kinds or \
                any(k == "colon" and _subject(st, s, e) for k, (s, e) in zip(kinds, named)):
            continue                              # (`Smith also said:` is Smith speaking, no link; `Watch Pam Lee's
            #                                       report`: a reporter's credit, the person an actor)
        _drop_unless_speaker(st, c, speakers)


def _led(text: str, s: int, e: int) -> bool:
    """The tagger took a link's imperative into the name (`Follow Ray Lee` of `Follow Ray Lee on Twitter`, after
    another sentence on the line): its first word is a `link_lead`, a capitalised word follows."""
    words = text[s:e].split()
    return len(words) >= 2 and words[0].lower() in lex.words("link_lead") and words[1][:1].isupper()


def _cut_lead(c: Cluster, text: str) -> None:
    """Cut a link's imperative from the mentions and the name of a person (`Follow Ray Lee` -> `Ray Lee`)."""
    for s, e in list(c.mentions):
        if _led(text, s, e):
            c.mentions.discard((s, e))
            c.mentions.add((s + len(text[s:e].split()[0]) + 1, e))
    first = c.name.split()[0]
    if first.lower() in lex.words("link_lead"):
        c.name = c.name[len(first) + 1:]


_WORD = re.compile(r"[A-Za-z']+")


def _a_link_line(line: str, seen: dict) -> str:
    """A line of links or promotions: one opening with `+ ` (a list of other stories), one of 15 words or fewer whose
    first word is an imperative of a link (actor_words.tsv `link_lead`: `Follow`, `Download`, `Listen`, `Watch`), or
    one of 12 words or fewer that ends in a colon with a word of a link in it (`link_word`: `Also on Brixley Post:`,
    `listen to X here:`; not `According to a report from the Post-Dispatch:`). The kind (`list`, `lead`, `colon`)
    or '' (none); a colon's line holds no link where the name is its subject."""
    if line in seen:
        return seen[line]
    body = line.lstrip(">»•* ")
    if not line.startswith("+ ") and not body.endswith(":"):
        # neither a list's nor a colon's line: a lead's only by its first word, read alone (speed45)
        first = _WORD.search(body)
        if first is None or first.group().lower() not in lex.words("link_lead"):
            seen[line] = ""
            return ""
    words = _WORD.findall(body)
    low = [w.lower() for w in words]
    got = "list" if line.startswith("+ ") else "lead" if low and len(low) <= 15 and low[0] in lex.words("link_lead") \
        else "colon" if body.endswith(":") and 0 < len(low) <= 12 and any(w in lex.words("link_word") for w in low) \
        else ""
    seen[line] = got
    return got


# ------------------------------------------------------------------------------------------------- road_people

def road_people(st: ActorState) -> None:
    """Drop a person no lexicon knows every named mention of which is a road's name (`_a_road`). Gate: a road's word
    in the text."""
    roads = lex.words("road_word") | lex.words("road_abbrev")
    #                                               (not street_word's court, place, way: `two judges on the Court of
    #                                               Appeals in Washington, Sri Dandekar and Merle Gaynor`)
    if not st.text_holds(roads):
        return
    speakers: dict = {}
    for c, named in _unknown_named(st, "P?"):
        if not all(_a_road(st, s, e, roads) for s, e in named):
            continue
        _drop_unless_speaker(st, c, speakers)


def _a_road(st: ActorState, s: int, e: int, roads: frozenset) -> bool:
    """The name at [s, e) is a road's: joined by `and` to a road's name (`the intersection of 57th Street and La
    Salle`, `at La Salle and 57th Street`), right before a road's word (`the Dan Reyes Expressway`), or the object
    of a preposition of where (actor_words.tsv `locative`, `road_preposition`, `street_on`) that ends in a road's
    word (`in Dorsey Alley`) or while the text names a road with these words and a road's word after them (`near Dan
    Reyes` and `the Dan Reyes Expressway`)."""
    span = _span(st, s, e)
    if span is None:
        return False
    head = span.root
    listed = _conjuncts(head)
    if len(listed) > 1 and any(t.i != head.i and t.lower_ in roads and t.text[:1].isupper() and t.i not in st.person_at
                               for t in listed):                # (not `Nathan Lane and Meryl Streep`: a person)
        return True
    after = re.match(r"[^\S\n]+([A-Z][a-z]+\.?)", st.ctx.text[e:e + 20])
    if after and _road_word(after.group(1), roads):
        return True                               # (`Dan Reyes Expressway` with the person's name cut before it)
    top = listed[0]
    if top.dep_ != "pobj" or top.head.lower_ not in lex.words("locative") | lex.words("road_preposition") | \
            lex.words("street_on"):
        return False
    if len(span) >= 2 and span[-1].lower_ in roads and span[-1].text[:1].isupper():
        return True                               # (`in Dorsey Alley`: a name ending in a road's word, where)
    name = without_possessive(st.ctx.text[s:e])
    after = re.finditer(re.escape(name) + r"\s+([A-Z][a-z]+\.?)", st.ctx.text)
    return any(_road_word(m.group(1), roads) for m in after)


def _road_word(word: str, roads: frozenset) -> bool:
    """A road's word, as written or before a stop (`Expressway.Police` of a text that lost a space)."""
    return word.lower() in roads or word.lower().rstrip(".") in roads


# ------------------------------------------------------------------------------------------------- address_venues

_ADDRESS = re.compile(r",\s+\d{1,6}\s+(?:[NSEW]\.?\s+)?[A-Z0-9]")


def address_venues(st: ActorState) -> None:
    """Drop a body no lexicon knows every named mention of which opens an item of a listing or a line (`_listed`) and
    has a street address right after it (`6 p.m.: Hope Church, 1354 W. Lake St.`, a footer's `The Dunmore Ledger
    Company, 541 N. Main St.`) and none of which is a subject: a venue of a listing or a page's footer (`a burglary
    of Grace Hill Funeral Home, 201 Elm St.` is a body acted on). Gate: an address's shape in the text."""
    text = st.ctx.text
    if not _ADDRESS.search(text):
        return
    speakers: dict = {}
    for c, named in _unknown_named(st, "O"):
        if not all(_ADDRESS.match(text, e, e + 16) and _listed(text, s) for s, e in named):
            continue
        if any(_subject(st, s, e) for s, e in named):
            continue
        _drop_unless_speaker(st, c, speakers)


def _listed(text: str, s: int) -> bool:
    """The name at `s` opens an item of a listing: its line, or a colon or a semicolon before it on the line (`6 p.m.:
    Hope Church, 1354 W. Lake St.`; not `a burglary of Grace Hill Funeral Home, 201 Elm St.`, a body acted on)."""
    before = text[text.rfind("\n", 0, s) + 1:s].rstrip()
    if before.endswith(("The", "the")):
        before = before[:-3].rstrip()
    return not before or before.endswith((":", ";"))


def _subject(st: ActorState, s: int, e: int) -> bool:
    span = _span(st, s, e)
    return span is not None and _first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass", "agent")


# ------------------------------------------------------------------------------------------------- owned_products

def owned_products(st: ActorState) -> None:
    """Drop a company (BUS) every mention of which a pronoun or a common noun owns (`in his BMW`, `the victim's
    Toyota`, `her Impala`): the company's product, no actor. A company another body owns stays (`Ebay's Skype`, `its
    Skype`, `the company's Skype`: a subsidiary, the owner a name or a body's word), as does one that acts (`his Acme fired him`: a subject) and one whose name ends in
    a body's word (`Mr. Lee and his Dunmore Coal Corporation`: his company, an actor)."""
    text = st.ctx.text
    speakers: dict = {}
    for c in st.clusters.values():
        if c.sector != "BUS" or c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None:
            continue
        last = c.name.rsplit(None, 1)[-1].lower().rstrip(".")
        if last in lex.org_words() or last in lex.words("body_end"):
            continue                              # (`his Dunmore Coal Corporation`: his company, an actor)
        named = _named(text, c)
        if not named or not all(_owned(st, s, e) for s, e in named):
            continue
        _drop_unless_speaker(st, c, speakers)


def _owned(st: ActorState, s: int, e: int) -> bool:
    span = _span(st, s, e)
    if span is None:
        return False
    head = span.root
    if _first_conjunct(head).dep_ in ("nsubj", "nsubjpass", "agent", "poss", "appos"):
        return False
    owners = [k for k in children(head) if k.dep_ == "poss" and not span.start <= k.i < span.end]
    return bool(owners) and all(_a_persons_word(k) for k in owners)


def _a_persons_word(k) -> bool:
    """A possessor that may be a person: a pronoun other than a body's `its`, or a common noun that is no body's
    (actor_words.tsv `business_noun`: `the company's Skype`, `its Skype` name a subsidiary, an actor)."""
    if k.pos_ == "PRON":
        return k.lower_ != "its"
    return k.pos_ == "NOUN" and k.lemma_.lower() not in lex.words("business_noun") and \
        k.lemma_.lower() not in lex.org_words()


# ------------------------------------------------------------------------------------------------- near_venues

def near_venues(st: ActorState) -> None:
    """Drop a body no lexicon knows that is only a place things happen near or at (`an accident near the Academy @
    Dunmore`, `security at the Academy @ Dunmore`, `a Gadget Center electronics store parking lot`, `near the Gadget
    Center`): every named mention is the object of a preposition of where (actor_words.tsv `locative`,
    `road_preposition`) or names the building of a noun of a shop or a site (`shop_noun`, `facility`: `the X store
    lot`), at least one after a preposition of where along a road (`near`, `off`: said of places only) or naming a
    store or a lot that is a preposition's object (`to the X store lot`; not `would close its X stores`, the chain
    acted on), and none is a quote's speaker."""
    speakers: dict = {}
    for c, named in _unknown_named(st, "O"):
        where = [_where(st, s, e) for s, e in named]
        if not all(where) or "near" not in where:
            continue
        _drop_unless_speaker(st, c, speakers)


def _where(st: ActorState, s: int, e: int) -> str:
    """`near` for the object of a `road_preposition` (`near X`) or the name of a store or a lot (`the X store`), `at`
    for the object of another `locative` (`at X`) or the name of a site (`the X campus`), '' else."""
    span = _span(st, s, e)
    if span is None:
        return ""
    tok = _first_conjunct(span.root)
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.words("road_preposition"):
        return "near"
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.words("locative"):
        return "at"
    if tok.dep_ == "compound":
        while tok.dep_ == "compound" and tok.head.i != tok.i:
            tok = tok.head
        if tok.lemma_.lower() in lex.words("shop_noun") and tok.dep_ == "pobj":
            return "near"                         # (`to the X electronics store lot`, `at the X lot`: a shop's name
            #                                       where; not `the X baseball franchise`, a club, nor `would close
            #                                       its X stores`, the chain acted on)
        if tok.lemma_.lower() in lex.words("facility"):
            return "at"
    return ""


# ------------------------------------------------------------------------------------------------- heading_people

def heading_people(st: ActorState) -> None:
    """Drop a person no lexicon knows named only in headings, whose name is words of the headline's own (`Robberies
    Spread Across Tarrow Valley`, `Fireworks Injure Oakmere Teens`): every named mention stands in a line of 15 words
    or fewer that ends in no stop (a heading), the name's first word is no given name (quotes' given_names.tsv) and
    the article writes it in lower case elsewhere (`robberies`, `fireworks`), and no mention is a quote's speaker."""
    text = st.ctx.text
    speakers: dict = {}
    for c, named in _unknown_named(st, "P?"):
        if not all(_a_heading(_line(text, s)) for s, _ in named):
            continue
        first = without_possessive(text[named[0][0]:named[0][1]]).split()[0]
        common = re.search(r"(?<![\w-])" + re.escape(first.lower()) + r"(?![\w-])", text)
        if first.lower() in given_names() or not common:
            continue
        _drop_unless_speaker(st, c, speakers)


def _a_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 15 and line[-1:] not in '.?!"\u201d\'' and \
        sum(w[:1].isupper() or not w[:1].isalpha() for w in words) >= 0.6 * len(words)


# ------------------------------------------------------------------------------------------------- unit_pieces

def unit_pieces(st: ActorState) -> None:
    """A body no lexicon knows whose name ends in a word of a body's unit (actor_words.tsv `unit_word`: division,
    section) and every named mention of which stands right after a mention of one other body, as its possessor or
    after its initials in brackets (`the FBI's Dunmore Division`, `(ATF) Dunmore Field Division`), is that body's
    unit: its mentions join the body's actor (as the press release's `Special Agent in Charge X of the FBI's Dunmore
    Division` names the FBI). Gate: a `unit_word` in the text."""
    units = lex.words("unit_word")
    if not st.text_holds(units):
        return
    text = st.ctx.text
    ends = None
    into: dict = {}
    for c in st.clusters.values():
        if c.key[0] != "O" or not c.mentions or not _unknown(c) or c.name.rsplit(None, 1)[-1].lower() not in units:
            continue
        if ends is None:
            ends = {e: o for o in st.clusters.values() if o.mentions for _, e in o.mentions}
        owners = {id(o): o for o in (_owner_before(text, s, ends) for s, _ in _named(text, c)) if o is not None}
        named = _named(text, c)
        if not named or len(owners) != 1 or any(_owner_before(text, s, ends) is None for s, _ in named):
            continue
        target = next(iter(owners.values()))
        if target is not c and target.key[0] in ("O", "S"):
            _join(c, target, into)
    _repoint_speakers(st, into)


def _owner_before(text: str, s: int, ends: dict) -> "Cluster | None":
    """The body a mention at `s` follows as its possessor (`FBI's `) or as initials in brackets (`(ATF) `)."""
    before = text[max(0, s - 4):s]
    for tail in ("'s ", "\u2019s ", ") "):
        if before.endswith(tail):
            return ends.get(s - len(tail))
    return None
