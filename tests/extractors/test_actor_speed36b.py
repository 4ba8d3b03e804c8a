"""speed36b: the actors stage's gates answer as the code before them (invented articles and texts): each gated check
is run beside its ungated self during whole-pipeline runs, or compared with the code it replaced on random texts."""
from __future__ import annotations

import bisect
import random
import re
import sys

import pytest

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors.lookup import ActorIndex
from dateline.lexicon import actors as lex
from dateline.extractors.spans import ids_of, indices, lemma_in, lowered
from dateline.extractors.token_strings import strings
from dateline.records import Actor, Mention
from tests.helpers import actor_at

people = sys.modules["dateline.extractors.actors.people"]
hits = sys.modules["dateline.extractors.actors.hits"]
coref = sys.modules["dateline.extractors.actors.coref"]
local_news = sys.modules["dateline.extractors.actors.local_news"]
states = sys.modules["dateline.extractors.actors.states"]


class _Everything:
    """A set that holds every word: a gate reading it lets everything through (the code before speed36b)."""

    def __contains__(self, item) -> bool:
        return True


ARTICLES = [
    # titles before names, a possessive, `and` between titles, a demonym before a noun, a period of `Capt.`
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met journalist and author Hiro Aida on Monday. Police "
    "spokesman Capt. Rod Beer said Breitbart News’ Dr. Thomas Williams had left. Saudi radical Osama bin Laden was "
    "named in the report. Texan Bill Morrow and Londoner Jade Pike spoke. The kingdom said its ally would help.",
    # a private trade in a political story, an age and a charge, `First Selectman` tagged as a body
    "Voters in Denver went to the polls for the primary election. John Kerry, the owner of a Denver pizza shop, said "
    "he voted early. Pizza shop owner Marco Rubio said the campaign ignored him. At the request of First Selectman "
    "Jeremy J. Fay, the board met. Superintendent Kari Lund said schools would open.",
    # no word of politics: an age, a charge, a killing, `guilty`
    "Tom Hale, 34, of Millbrook was charged with assault after a fight at a bar. Police said Dana Pike, 27, shot Lee "
    "Ross in the leg. A jury found Carl Vance, 41, guilty of theft. Ann Roe was booked into the county jail. Officers "
    "said Mark Perry was arrested. Ed Bosi turned himself in.",
    # a resident in a story with no politics, a student, an apposition of a private person
    "Lena Vasquez, a Millbrook resident, opened fire in a feed store, police said. Student Omar Haddad saw it. Her "
    "neighbour, Paul Ryan of Springfield, called for help. The driver, Jim Bell, was unhurt.",
    # a killing told by its verb alone (no word of a charge)
    "Witnesses said Dana Pike shot Lee Ross at a party in Millbrook. Ross was rushed to a clinic, where he later died.",
    # no crime and no private word: a political story
    "WASHINGTON - Sen. Ann Hale said the Senate would vote on the budget. Rep. Tom Wolfe (D-N.Y.) and Gov. Dan Reyes "
    "met President Lee at the White House. The administration said the government would act. Hale said she would "
    "run again. The party said its candidates would campaign in Ohio. Hillary Clinton said she would campaign too.",
]


@pytest.fixture
def checked(monkeypatch):
    """Every gated call of a run checked against the same call without its gate; the number of calls the gates
    skipped, by gate."""
    skipped = {"title": 0, "private": 0, "charge": 0, "opener": 0}
    title_before, no_word = people._title_before, people._no_title_word_before

    def title_check(st, s):
        if no_word(st, s):
            skipped["title"] += 1
            monkeypatch.setattr(people, "_no_title_word_before", lambda st, s: False)
            try:
                assert title_before(st, s) is None, (st.ctx.text, s)
            finally:
                monkeypatch.setattr(people, "_no_title_word_before", no_word)
        return title_before(st, s)

    told, private_words = people._told_as_private_in, people._private_words

    def told_check(st, person, surname):
        gated = told(st, person, surname)
        if people._political(st) and not lemma_in(st.doc, private_words()):
            skipped["private"] += 1
            monkeypatch.setattr(people, "_private_words", lambda: _Everything())
            monkeypatch.setattr(people, "lemma_in", lambda doc, words, **kw: True)
            try:
                assert told(st, person, surname) == gated, (st.ctx.text, surname)
            finally:
                monkeypatch.setattr(people, "_private_words", private_words)
                monkeypatch.setattr(people, "lemma_in", lemma_in)
        return gated

    who = people.who_from_context

    def who_check(st, c, s, e):
        if not lemma_in(st.doc, people._charge_words(), lower=True):
            skipped["charge"] += 1
            root = st.toks[e - 1]
            assert not (people._accused(root) or people._charge_listed(st, s, e) or people._found_guilty(root) or
                        people.harmed_someone(root) or people._accused_who(st.doc, e)), (st.ctx.text, s)
        return who(st, c, s, e)

    after_title, openers = people._name_after_title, people._title_openers

    def after_title_check(st, ent):
        gated = after_title(st, ent)
        if ent.label_ not in people.PERSON_LABELS and st.toks[ent.start].lower_.rstrip(".") not in openers():
            skipped["opener"] += 1
            monkeypatch.setattr(people, "_title_openers", lambda: _Everything())
            try:
                assert gated is None and after_title(st, ent) is None, (st.ctx.text, ent.text)
            finally:
                monkeypatch.setattr(people, "_title_openers", openers)
        return gated

    monkeypatch.setattr(people, "_title_before", title_check)
    monkeypatch.setattr(people, "_told_as_private_in", told_check)
    monkeypatch.setattr(people, "who_from_context", who_check)
    monkeypatch.setattr(people, "_name_after_title", after_title_check)
    return skipped


def test_gated_checks_answer_as_ungated_ones(run, checked):
    for text in ARTICLES:
        run(text)
    assert all(n > 0 for n in checked.values()), checked   # (each gate skipped something: the checks ran)


def test_titles_found_past_the_gate(run):
    """Names whose title words the gate must let through: an `and` between two titles, a period of `Capt.`, a
    possessive after a name's final s, a demonym before a noun."""
    art = run(ARTICLES[0])
    lavrov = actor_at(art, ARTICLES[0], "Sergei Lavrov")
    assert lavrov is not None and lavrov.country == "RUS" and lavrov.sector == "GOV"
    beer = actor_at(art, ARTICLES[0], "Rod Beer")
    assert beer is not None and beer.sector == "COP"


def test_private_trade_and_charges_past_the_gates(run):
    """`Pizza shop owner Marco Rubio` in a story of politics is no senator (a private word the gate must find); `Tom
    Hale, 34, ... was charged with assault` a suspect (a charge word it must find)."""
    art = run(ARTICLES[1])
    rubio = actor_at(art, ARTICLES[1], "Marco Rubio")
    assert rubio is not None and rubio.sector == "BUS"   # a shop's owner, no senator (CVL until sect51's `shop owner`)
    art = run(ARTICLES[2])
    hale = actor_at(art, ARTICLES[2], "Tom Hale")
    assert hale is not None and hale.sector == "CRM"


def test_a_title_tagged_as_a_body_still_opens_a_name(run):
    """`First Selectman Jeremy J. Fay` with the title tagged ORG: `first` opens a person title (`_title_openers`)."""
    assert "first" in people._title_openers()
    table = lex.titles()
    assert all(k.split(" ")[0] in people._title_openers() for k, v in table.items() if v.get("person"))
    descriptions = sys.modules["dateline.extractors.actors.descriptions"]
    assert all(k.split(" ")[0] in descriptions._phrase_openers() for k in table)   # (`_head_phrase`'s gate)
    art = run(ARTICLES[1])
    assert actor_at(art, ARTICLES[1], "Jeremy J. Fay") is not None


def _read_before(doc, nouns) -> set[int]:
    """The tokens coref's word loop acted on before speed36b: the read words, nouns and appositions, less the
    nouns none of its branches takes."""
    lows, lems, pos, deps = strings(doc, "LOWER"), lowered(doc), strings(doc, "POS"), strings(doc, "DEP")
    read = {w for w in coref.RELATIVE | set(coref.pronoun_antecedents()) | set(coref.OBJECT) | coref.FIRST_PERSON |
            coref.WE | lex.words("local_noun")}
    walked = indices(doc, LOWER=coref._read_words(), POS=ids_of("NOUN", "PROPN"), DEP=ids_of("appos"))
    return {i for i in walked if lows[i] in read or deps[i] == "appos" or
            pos[i] in ("NOUN", "PROPN") and (lems[i] in nouns or lows[i] in nouns)}


def test_coref_reads_every_token_its_loop_can_act_on(nlp):
    nouns = lex.coref_nouns()
    for text in ARTICLES + ["The Kingdom and the regime said they would meet. Its Government, the ministry, agreed."]:
        doc = nlp(text)
        mine = coref._read_tokens(doc, nouns)
        assert mine == sorted(mine)
        assert set(mine) == _read_before(doc, nouns), text


def _at_before(index: ActorIndex, start: int, end: int, prefer: tuple = ()):
    """`ActorIndex.at` before speed36b: the window from the longest mention's length back."""
    lo = bisect.bisect_right(index.starts, start - index.longest)
    hi = bisect.bisect_left(index.starts, end)
    found = [(s, e, a) for s, e, a in index.spans[lo:hi] if start < e]
    if not found:
        return None
    for off in prefer:
        for s, e, a in found:
            if s <= off < e:
                return a
    if index.leftmost:
        return found[0][2]
    return max(found, key=lambda h: (min(h[1], end) - max(h[0], start), h[0] - h[1]))[2]


def test_actor_index_answers_as_before():
    rng = random.Random(36)
    for _ in range(300):
        actors = []
        for k in range(rng.randint(0, 6)):
            spans = [(s, s + rng.randint(1, 40)) for s in (rng.randint(0, 200) for _ in range(rng.randint(1, 4)))]
            actors.append(Actor(id=f"A{k + 1}", name="x", country=None, sector=None, role=None,
                                mentions=tuple(Mention(s, e, "x" * (e - s)) for s, e in spans)))
        for leftmost in (False, True):
            index = ActorIndex(actors, leftmost=leftmost)
            for _ in range(30):
                s = rng.randint(0, 240)
                e = s + rng.randint(0, 30)
                prefer = tuple(rng.randint(0, 240) for _ in range(rng.randint(0, 2)))
                assert index.at(s, e, prefer) == _at_before(index, s, e, prefer)


PIECES = ["David", "’s", "'s", " Grocery", " & ", "Co", "U.S.", "US", " Highway", " Route", " 79", " 7", "Delegates",
          " Ann", " Lee", ", ", "; and ", " and ", "Mr. ", "Lou", " Gehrig", " disease", " Disease", "Fox", "FOX", "cbſ",
          " 2", "11", "ABC", "-", ".", "\n", " ", "a", "Xs", "Officers"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_scans_tried_at_their_openings_find_the_whole_patterns_matches():
    texts = _random_texts(800, 36) + ["at David’s Grocery & Co and Mr. Ann's Big Shop", "on U.S. 79 and US Highway 7",
                                      "Delegates Ann Lee, D-Hardy; Bo Ray; and Cy Fox", "Lou Gehrig's disease"]
    found = 0
    for text in texts:
        for rx, scan in ((local_news._SHOP_OWNER, local_news._SHOP_OWNER_AT), (hits._ROUTE, hits._ROUTE_AT),
                         (local_news._TITLED_LIST, local_news._TITLED_LIST_AT)):
            theirs = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in local_news.matches_at(rx, scan, text)] == theirs, (rx.pattern, text)
            found += len(theirs)
        if hits._EPONYM_ILLNESS.search(text):
            assert any(w in text for w in hits._ILLNESS_TAILS)
        if states.NETWORK_STATION_AT.search(text):
            assert states._network_named(text), text
    assert found > 30


def test_network_scan_gate_lets_a_long_s_through():
    assert states._network_named("told CBſ 2 on Monday")
    assert states.NETWORK_STATION_AT.search("told CBſ 2 on Monday")
    assert not states._network_named("no station here")


def test_phrase_table_finds_what_every_slice_finds(nlp, monkeypatch):
    """The forms found with the pair gate are those found when every slice is looked up (invented texts naming
    countries, capitals, demonyms and people of one word and of many)."""
    table = hits._phrases()
    texts = ARTICLES + ["The United States and the United Kingdom met the United Arab Emirates in New York City.",
                        "South Korean President Lee and North Korea's leader met in Buenos Aires, Argentina."]
    docs = [nlp(t) for t in texts]
    mine = [table(doc) for doc in docs]
    monkeypatch.setattr(type(table), "pairs", lambda self: _Everything())
    theirs = [table(doc) for doc in docs]
    assert mine == theirs
    assert sum(e - s > 1 for found in mine for _, s, e in found) > 3   # (forms of several words among them)
