"""Names that are the page's links, roads, addresses or one's belongings, no actors (act44's precision audit,
bench/actor_precision44.py). Each pass drops an actor no lexicon knows, no quote's speaker, every one of whose named
mentions is such a thing; an actor with one mention elsewhere keeps every mention.

- `link_lines`: a name only in a line of the page's links and promotions (`+ Large marijuana bust leads officers to
  CA` in a list of other stories, `Also on Brixley Post:`, `listen to X Radio here:`, `Follow Ray Lee on Twitter`),
  of its navigation (`Politics | Congress | White House`), of a list under a heading (`Most Popular`), of a labelled
  link (`Related: ...`) or after a picture's credit (`Credit: X`; act45, `_page_lines`).
- `road_people`: a person's name that is a road's (`the corner of 9th Street and Harlow`, `a crash near Dan
  Reyes` where the text writes `the Dan Reyes Expressway`).
- `address_venues`: a body's name with a street address after it (`Hope Church, 1354 W. Lake St.`): a venue of a
  listing, no body that acts, unless it is a subject.
- `owned_products`: a company's name that a person's word owns (`in his BMW`, `the victim's Toyota`): the product.
- `near_venues`: a body's name said only of where things are (`an accident near the Academy @ Dunmore`).
- `heading_people`: a person's name made of a headline's words (`Robberies Spread Across Tarrow Valley`).
- `venue_names`: a body's name that ends in a venue's word (`the Iowa Events Center`, `Hale Arena`) and is no subject:
  the place of an event (act45).
- `byline_names`: a byline's form of a person the page names again (`By ABBY STRAND` beside `Abby Strand`, `By Linda
  Sorensen Staff Writer` beside `Linda Sorensen`) is that person (act45).
- `bare_marks`: a name that is only a company's legal form split from its name (`LLC` of `Gannett Satellite
  Information Network, LLC`; act45).
- `unit_pieces`: a unit's name right after its body's (`the FBI's Dunmore Division`, `the Bureau of Harbor, Rail,
  Freight and Ferries (BHR) Harlow Field Division`) is a mention of that body, no actor of its own.
"""
from __future__ import annotations

import re

from ...lexicon import actors as lex
from ...lexicon import pronouns
from ..quotes.lexicon import given_names
from ..spans import char_span, children, tokens, without_possessive
from .idle import _conjuncts, _drop_unless_speaker, _first_conjunct, _join, _repoint_speakers
from .state import ActorState, Cluster


def _line(text: str, s: int) -> str:
    """The line of the text the offset stands in, stripped."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", s)
    return text[lo:hi if hi >= 0 else len(text)].strip()


def _named(text: str, c: Cluster) -> list:
    """The mentions of the actor that are names (capitalised), in the order of the text."""
    return sorted((s, e) for s, e in c.mentions if text[s:s + 1].isupper())


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
    closing colon), a string test, or a line of `_page_lines` (string tests of each line)."""
    text = st.ctx.text
    page = _page_lines(text)
    marked = "\n+ " in text or st.text_holds(lex.words("link_lead") | lex.words("link_word"))
    if not page and not marked:
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
        if not marked:                            # (only `_page_lines`' lines: the first mention out of them ends it)
            if all(_on_page_line(page, text, s) for s, _ in named):
                _drop_unless_speaker(st, c, speakers)
            continue
        if c.key[0] in ("P", "P?") and any(_led(text, s, e) for s, e in named):
            _cut_lead(c, text)                    # (`Follow Ray Lee` -> `Ray Lee`: a reporter's credit, an actor)
            continue
        kinds = []
        for s, _ in named:                        # (the first mention out of a link line settles it: speed45)
            kind = _a_link_line(_line(text, s), lines) or _on_page_line(page, text, s)
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


LIST_ITEMS = 12                  # the lines a heading of a list of other stories can lead
_NAV_SPLIT = re.compile(r"\s*[|\u203a\u00bb]\s*|\s{2,}|\s>\s")
_CRUMB = re.compile(r"[\u203a\u00bb]|\s>\s")
_LABEL = re.compile(r"[^A-Za-z\n]*([A-Za-z][A-Za-z' ]{0,30}?)\s*:\s*\S")
_STOPS = '.?!"\u201d\''
_CAPTION_END = re.compile(r"(?:\A[^A-Za-z0-9]*|[.?!()\[\]|\u2013\u2014\"\u201d-][^\S\n]*)\Z")   # what a credit's label may follow


def _on_page_line(page: dict, text: str, s: int) -> str:
    """`page` when the offset stands in a line of `_page_lines` at or after the offset from which it counts."""
    at = page.get(text.rfind("\n", 0, s) + 1) if page else None
    return "page" if at is not None and s >= at else ""


def _page_lines(text: str) -> dict[int, int]:
    """The lines of the page's navigation and links (act45): each line's start -> the offset from which a name in it
    is the page's (the line's start; after the colon of a credit). A line of navigation (`_nav_line`), a heading
    of a list of other stories (actor_words.tsv `list_head`: `Related Stories`, `Trending Now`) with the headlines
    after it (up to LIST_ITEMS lines of 15 words or fewer that end in no stop, blank lines between them), a line a
    link's label opens (`_labelled_link`), a promotion of the outlet's newsletter (`_promotion`), and the names after
    a credit's label (`credit_label`: `Photo credit: X`)."""
    out: dict[int, int] = {}
    listed = 0
    start = 0
    for line in text.split("\n"):         # (each test behind a string test: a paragraph costs a few of them)
        at, start = start, start + len(line) + 1
        body = line.strip()
        if not body:
            continue
        short = len(body) <= 160
        if listed and short and _a_headline(body):
            out[at] = at
            listed -= 1
            continue
        listed = 0
        if len(body) <= 60 and _list_heading(body):
            out[at], listed = at, LIST_ITEMS
        elif ("|" in body or "  " in body or "\u203a" in body or "\u00bb" in body or " > " in body) and \
                _nav_line(body) or short and ":" in body[:40] and _labelled_link(body) or \
                short and ("ign" in body or "IGN" in body or "ubscri" in body or "atest" in body) and _promotion(body):
            out[at] = at                          # (the string tests: a navigation's marks, the words of
            #                                       actor_words.tsv `promo_call`, of `credit_label` below)
        elif ":" in body and ("redit" in body or "REDIT" in body or "ourtesy" in body):
            credit = _credit_end(line)
            if credit >= 0:
                out[at] = at + credit
    return out


def _a_headline(body: str) -> bool:
    """A line of a list of other stories: 15 words or fewer, no stop at its end (`Ellery to visit Pittsburgh`)."""
    return len(body.split()) <= 15 and body[-1] not in _STOPS


def _list_heading(body: str) -> bool:
    """A heading of a list of other stories: 6 words or fewer that open with a `list_head` (`MORE STORIES`,
    `Related Articles`, `You may also like:`), no stop at its end."""
    words = body.lower().strip(" :-\u2022*#>").split()
    if not words or len(words) > 6 or body[-1] in _STOPS:
        return False
    heads = lex.words("list_head")
    return any(" ".join(words[:k]) in heads for k in range(1, min(len(words), 6) + 1))


def _nav_line(body: str) -> bool:
    """A line of the page's navigation, share buttons or tags: items parted by `|`, by two spaces or more (three
    items or more) or by a breadcrumb's `>`, `›`, `»` (two or more), each of 4 words or fewer with a letter and no
    stop or comma at its end (`2016 Campaign  |  Congress  |  White House`, `Share on Facebook  Share on Twitter
    Email`, `Politics › Media`; not `Dow  8,487.31  -299.43`, a table)."""
    items = [x for x in _NAV_SPLIT.split(body) if x]
    if len(items) < (2 if _CRUMB.search(body) else 3):
        return False
    return all(len(x.split()) <= 4 and re.search("[A-Za-z]", x) and x[-1] not in _STOPS + ",;:" for x in items)


def _labelled_link(body: str) -> bool:
    """A line of 20 words or fewer that a link's label and a colon open (actor_words.tsv `link_label`: `Related:
    Mayor to visit ...`, `Next story: ...`)."""
    m = _LABEL.match(body)
    return bool(m) and m.group(1).lower() in lex.words("link_label") and len(body.split()) <= 20


def _promotion(body: str) -> bool:
    """A line of 30 words or fewer that promotes the outlet's newsletter or alerts: a `promo_call` and a `promo_thing`
    in it (`Sign up for POLITICO Playbook and get the latest news, every morning — in your inbox.`)."""
    low = body.lower()
    return any(w in low for w in lex.words("promo_call")) and any(w in low for w in lex.words("promo_thing")) and \
        len(body.split()) <= 30


def _credit_end(line: str) -> int:
    """The offset in the line after a picture credit's label and colon (`Credit: X`, `Photo credit: X`), -1 if none.
    The label opens the line or follows a caption's stop, bracket or bar (`... the flooded street. Photo credit: X`),
    not a sentence's words (`a larger child tax credit: Senator Warren ...` is the story's; review45a)."""
    for m in re.finditer(r"([A-Za-z][A-Za-z ]{0,20}?)\s*:", line):
        label = m.group(1).lower().split()
        if label and (" ".join(label[-2:]) in lex.words("credit_label") or label[-1] in lex.words("credit_label")) \
                and _CAPTION_END.search(line[:m.start()]):
            return m.end()
    return -1


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


def road_bodies(st: ActorState) -> None:
    """Drop the mentions of an actor (a body or a collective read off a word a lexicon knows: `Government`, `Market`,
    `Church`) each mention of which is a corner of two roads whose first the text also names as a road
    (`Government Street`: the word followed by a road's word): the one word joined by `and` to a road's name (`the area
    between Government and North Blvd.`, `at Church and Fifth Avenue`) or the whole corner read as one name
    (`Government and North Blvd`): a road, no actor (act53b, issue 11). A mention that acts alone (`the Government
    said`) keeps the actor, as does a speaker. Gate: a road's word in the text."""
    roads = lex.words("road_word") | lex.words("road_abbrev")
    if not st.text_holds(roads):
        return
    text = st.ctx.text
    speakers: dict = {}
    for c in list(st.clusters.values()):
        if not c.mentions or c.members or c.person is not None:
            continue
        if all(_road_corner(st, s, e, roads) for s, e in sorted(c.mentions)):
            _drop_unless_speaker(st, c, speakers)


_CORNER = re.compile(r"([A-Z][\w.'-]*)\s+(?:and|&)\s+(?:[A-Z][\w.'-]*\s+){1,3}([A-Z][a-z]+\.?)")


def _road_corner(st: ActorState, s: int, e: int, roads: frozenset) -> bool:
    """The mention at [s, e) is a corner of two roads (`road_bodies`) whose first word the text names as a road."""
    text = st.ctx.text
    piece = without_possessive(text[s:e])
    m = _CORNER.fullmatch(piece)
    if m is not None and _road_word(m.group(2), roads):
        word = m.group(1)
    elif " " not in piece and piece[:1].isupper() and _joined_to_road(st, s, e, roads):
        word = piece
    else:
        return False
    return any(_road_word(r.group(1), roads)
               for r in re.finditer(r"\b" + re.escape(word) + r"[^\S\n]+([A-Z][a-z]+\.?)", text))


def _joined_to_road(st: ActorState, s: int, e: int, roads: frozenset) -> bool:
    """The one-word mention at [s, e) is joined by `and`/`&` to a road's name (a conjunct ending in a capitalised
    road's word: `Government and North Blvd.`)."""
    span = _span(st, s, e)
    if span is None or len(span) != 1:
        return False
    head = span.root
    return any(t.i != head.i and t.lower_ in roads and t.text[:1].isupper() and t.i not in st.person_at
               for t in _conjuncts(head))


def _a_road(st: ActorState, s: int, e: int, roads: frozenset) -> bool:
    """The name at [s, e) is a road's: joined by `and` to a road's name (`the corner of 9th Street and La
    Salle`, `at La Salle and 9th Street`), right before a road's word (`the Dan Reyes Expressway`), or the object
    of a preposition of where (actor_words.tsv `locative`, `road_preposition`, `street_on`) that ends in a road's
    word (`in Dorsey Alley`) or while the text names a road with these words and a road's word after them (`near Dan
    Reyes` and `the Dan Reyes Expressway`)."""
    span = _span(st, s, e)
    if span is None:
        return False
    head = span.root
    if len(span) == 1 and head.lower_ in roads and span.end < len(st.doc) and \
            tokens(st.doc)[span.end].lower_ in lex.words("road_work"):
        return True                               # `Lane closure through Friday`, `Lane closures through Thursday`:
        #                                           a road's word before a road work's noun, no surname (act52a)
    listed = _conjuncts(head)
    if len(listed) > 1 and any(t.i != head.i and t.lower_ in roads and t.text[:1].isupper() and t.i not in st.person_at
                               for t in listed):                # (not `Nathan Lane and Meryl Streep`: a person)
        return True
    after = re.match(r"[^\S\n]+([A-Z][a-z]+\.?)", st.ctx.text[e:e + 20])
    if after and _road_word(after.group(1), roads):
        return True                               # (`Dan Reyes Expressway` with the person's name cut before it)
    where = lex.words("locative") | lex.words("road_preposition") | lex.words("street_on")
    if len(span) >= 2 and span[-1].lower_ in roads and span[-1].text[:1].isupper():
        before = re.search(r"([a-z]+)\s+$", st.ctx.text[max(0, s - 16):s])
        if before and before.group(1) in where:
            return True                           # (`on Clarksville Pike` where the tagger took `Pike` for no part
            #                                       of the preposition's object: act45)
    top = listed[0]
    if top.dep_ != "pobj" or top.head.lower_ not in where:
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
    for c in _lexicon_companies(st):              # `in a Walmart parking lot`, `the Home Depot store`: a known
        if all(_shop_named(st, s, e) for s, e in c.mentions):   # chain's shop, a place (act48)
            _drop_unless_speaker(st, c, speakers)


def _lexicon_companies(st: ActorState) -> list:
    """The companies (sector BUS) of the lexicon named in the article, their every mention a name."""
    text = st.ctx.text
    return [c for c in st.clusters.values() if c.key[0] == "O" and c.sector == "BUS" and c.mentions and
            not c.members and not _unknown(c) and len(_named(text, c)) == len(c.mentions)]


def _shop_named(st: ActorState, s: int, e: int) -> bool:
    """The mention at [s, e) names the building or the ground of a shop that is a preposition's object (`in a
    Walmart parking lot`, `outside the Target store`; shop_noun), not the chain acted on (`would close its Target
    stores`, `Target said`): `_where`'s `near` by a compound."""
    span = _span(st, s, e)
    return span is not None and span.root.dep_ == "compound" and _where(st, s, e) == "near"


def _where(st: ActorState, s: int, e: int) -> str:
    """`near` for the object of a `road_preposition` (`near X`) or the name of a store or a lot (`the X store`), `at`
    for the object of another `locative` (`at X`) or the name of a site (`the X campus`), '' else."""
    span = _span(st, s, e)
    if span is None:
        return ""
    tok = _first_conjunct(span.root)
    if tok.dep_ == "pobj" and tok.head.lower_ in lex.words("road_preposition") or _of_a_building_part(tok):
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


def _of_a_building_part(tok) -> bool:
    """The token is the object of `of` on a word of a building's part or ground (actor_words.tsv `building_part`: `in
    the restroom of the Legion Post 12`, a body a word of its name gave a sector; act49b): the name is the
    building's."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.words("building_part")


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


# ------------------------------------------------------------------------------------------------- venue_names

def venue_names(st: ActorState) -> None:
    """Drop a body no lexicon knows whose name ends in a venue's word or words (actor_words.tsv `venue_end`: `events
    center`, `arena`, `fairgrounds`: `More than 2,000 Democrats packed the Iowa Events Center`), none of whose named
    mentions is a subject (`the Hale Arena said`, `the arena was evacuated` keep it) nor a quote's speaker: the place
    of an event, as a town is. Gate: a venue's last word in the text."""
    ends = lex.words("venue_end")
    if not st.text_holds({w.split()[-1] for w in ends}):
        return
    text = st.ctx.text
    speakers: dict = {}
    for c in list(st.clusters.values()):
        words = without_possessive(c.name).lower().split() if c.key[0] == "O" and c.mentions and c.name else ()
        if len(words) < 2 or words[-1] not in ends and " ".join(words[-2:]) not in ends or not _unknown(c):
            continue                              # (the name's test first: few bodies are named so)
        named = _named(text, c)
        if named and not any(_subject(st, s, e) for s, e in named):
            _drop_unless_speaker(st, c, speakers)


# ------------------------------------------------------------------------------------------------- byline_names

def byline_names(st: ActorState) -> None:
    """Join a byline's form of a person to the one actor the page names so otherwise: a person's name in capitals of
    two words or more (`By ABBY STRAND` and `Abby Strand  @astrand` in the author box), and a description of one
    mention that is a person's name with a byline's role glued on (actor_words.tsv `byline_role`: `By Linda Sorensen
    Staff Writer` and `Linda Sorensen can be reached at ...`), its mention cut to the name. Gate: a name in capitals
    or a byline's role in the text."""
    text = st.ctx.text
    roles = lex.words("byline_role")
    caps = any(c.key[0] in ("P", "P?") and c.name and c.name.isupper() for c in st.clusters.values() if c.mentions)
    if not caps and not st.text_holds(roles):
        return
    persons: dict[str, list] = {}
    for c in st.clusters.values():
        if c.key[0] in ("P", "P?") and c.mentions and not c.members and c.name and not c.name.isupper():
            persons.setdefault(c.name.lower(), []).append(c)
    into: dict[int, Cluster] = {}
    for c in list(st.clusters.values()):
        if not c.mentions or c.members or not c.name:
            continue
        trim = None
        if c.key[0] in ("P", "P?") and c.name.isupper() and len(c.name.split()) >= 2:
            found = persons.get(c.name.lower(), [])
        elif c.key[0] == "D" and len(c.mentions) == 1:
            s, e = next(iter(c.mentions))
            words = text[s:e].split()
            if len(words) < 4 or " ".join(words[-2:]).lower() not in roles:
                continue
            name = " ".join(words[:-2])
            found = persons.get(name.lower(), [])
            trim = (lambda span, n=len(name): (span[0], span[0] + n))
        else:
            continue
        if len(found) == 1:
            _join(c, found[0], into, trim)
    _repoint_speakers(st, into)


# ------------------------------------------------------------------------------------------------- bare_marks

def bare_marks(st: ActorState) -> None:
    """Drop an actor no lexicon knows, no quote's speaker, whose name is a company's legal form alone (actor_words.tsv
    `legal_form`: `LLC`, `Inc.`, split from the name before its comma: `Gannett Satellite Information Network, LLC`).
    (A handle alone stays: the gold holds `@ventytre.` under a reader's tweeted words an actor.) Gate: the name's
    string."""
    speakers: dict = {}
    for c in list(st.clusters.values()):
        if c.key[0] == "O" and c.mentions and not c.members and \
                c.name.lower().strip(" .,") in lex.words("legal_form") and _unknown(c):
            _drop_unless_speaker(st, c, speakers)


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


# -------------------------------------------------------------------------------------------------- programmes

def programmes(st: ActorState) -> None:
    """Drop a named programme (bench/actors/GUIDE.md, decided in session 51): a name every mention of which ends in a
    word of actor_words.tsv `programme_word` or stands right before one (`the Lee Hart Show`, `NBC's Today show`), or
    that no lexicon codes and a media outlet owns (`WXN's Morning Roundtable` after a MED `WXN`). It is the network's
    or host's product, no actor; its owner named before the possessive is the actor, a media outlet (MED) where no
    sector was given (`_owner`). A programme that acts (a subject) or speaks a quote stays. A word of
    actor_words.tsv `programme_word_media` (`drama`) makes one only of a media outlet (MED): `The NBC drama`, not
    `the Uber drama`, `the Senate drama` (a body's turmoil; review52a). Gate: a word of the class in the text, or a
    possessive."""
    all_words = lex.words("programme_word")
    if not st.text_holds(all_words | {"'s", "’s"}):
        return
    not_media = all_words - lex.words("programme_word_media")
    speakers: dict = {}
    text = st.ctx.text
    for c in list(st.clusters.values()):
        words = all_words if c.sector == "MED" else not_media
        if c.key[0] not in ("O", "P?") or not c.mentions or c.members or c.person is not None or \
                not all(_may_be_programme(text, s, e, words) for s, e in c.mentions):
            continue
        owners = [_programme(st, c, s, e, words) for s, e in c.mentions]
        if any(o is None for o in owners):
            continue
        for o in owners:
            if o is not False and o.sector is None:
                o.sector = "MED"
        _drop_unless_speaker(st, c, speakers)


def _may_be_programme(text: str, s: int, e: int, words: frozenset) -> bool:
    """The string test before the parse's (`_programme`): the mention's last word or the word after it is a
    programme's, or a possessive stands right before it."""
    after = text[e:e + 16].split(None, 1)
    return text[s:e].rsplit(None, 1)[-1].lower() in words or bool(after) and after[0].lower().rstrip(".,;:") in words \
        or text[max(0, s - 3):s].rstrip().endswith(("'s", "’s", "'", "’"))


def _programme(st: ActorState, c: Cluster, s: int, e: int, words: frozenset):
    """For a mention at [s, e) of a programme (`programmes`): the owner's actor (False where none is named); None
    when the mention is no programme's."""
    span = _span(st, s, e)
    if span is None or _first_conjunct(span.root).dep_ in ("nsubj", "nsubjpass", "agent", "appos"):
        return None
    doc = st.doc
    after = doc[span.end] if span.end < len(doc) else None
    shown = span[-1].lower_ in words or after is not None and after.lower_ in words and after.i == span.root.head.i
    head = after if shown and after is not None and after.lower_ in words else span.root
    owner = next((k for k in children(head) if k.dep_ == "poss" and k.i < span.start), None)
    actor = _actor_at(st, owner) if owner is not None else None
    if shown:
        return actor or False
    return actor if actor is not None and actor.sector == "MED" and c.sector is None else None


def _actor_at(st: ActorState, tok):
    """The actor one of whose mentions ends at token `tok` (a possessor: `WXN` of `WXN's`), else None."""
    end = tok.idx + len(tok)
    for s, e, actor in st.mentions.around(tok.idx, end):
        if e == end and (s, e) in actor.mentions:
            return actor
    return None
