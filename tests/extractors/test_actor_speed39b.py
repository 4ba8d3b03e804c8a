"""speed39b: the actors stage's rule groups behind one cheap necessary test each (`state.GATES`). Each invented
article is analysed with the gates on and off and the two outputs must be equal; each gated rule is shown to fire
(ungated) on some article, so a gate that kept it from firing would fail the equality; and each gate is shown to skip
something. bench/devtools/gates_check.py runs the same equality over the read sets' texts."""
from __future__ import annotations

import random
import sys

import pytest

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors import state

people = sys.modules["dateline.extractors.actors.people"]
common = sys.modules["dateline.extractors.actors.common"]
coref = sys.modules["dateline.extractors.actors.coref"]
local_news = sys.modules["dateline.extractors.actors.local_news"]

ARTICLES = [
    # a private trade in apposition in a story with no politics; an age and a charge
    "MILLBROOK - John Kerry, the owner of a Millbrook bakery, said sales fell. Tom Hale, 34, of Millbrook was "
    "charged with assault after a fight at a bar. Hale was booked into the Millbrook County Jail.",
    # no word of politics: a lexicon name with an age and a charge
    "Boris Johnson, 27, of Millbrook appeared in court charged with burglary. Johnson was held on $5,000 bail.",
    # no word of politics, no private word, no age: the private walk's gate shuts
    "Mitt Romney toured a Millbrook orchard on Friday and ate a slice of apple pie.",
    # a lexicon surname with a full name of that surname ahead; no private word, no age
    "Obama said the bakery would close. Maria Obama, the owner, said she would retire in May.",
    # a Greek letters' society; a page label; a prison's name
    "UPDATE: Members of Psi Iota Xi raised money for the Sussex Correctional Institution library. Chapter president "
    "Ann Lee said the drive would go on.",
    # a sports page: a town's club
    "Bolton beat Hull 2-1 on Saturday. The striker scored twice in the second half and the side moved up the "
    "league table. Hull's manager said his players were tired after the match.",
    # a town written with its state; a capital that is a town too
    "Volunteers from Palestine, Texas, and Crockett collected food. The Palestine food bank said 300 families came.",
    # a committee named by a phrase of orgwords; a company a business noun introduces
    "The House Ways and Means Committee met on Tuesday. Drug companies such as Pfizer and GlaxoSmithKline said "
    "prices would fall. Tobacco company Altria declined to comment.",
    # a headline's short name for a body of the story; a pronoun of someone charged
    "Guard patrols quiet streets\n\nThe National Guard patrolled Millbrook on Sunday. Jacob Reed fled. Police said "
    "he was charged with evading arrest.",
    # a political story: no gate of the private walk opens
    "WASHINGTON - Sen. Ann Hale said the Senate would vote on the budget. John Kerry said the campaign would go on.",
]


def _both(run, text: str):
    """The article's output with the gates on, then off."""
    out = []
    for on in (True, False):
        state.GATES = on
        try:
            out.append(run(text).to_dict())
        finally:
            state.GATES = True
    return out


@pytest.mark.parametrize("text", ARTICLES)
def test_gated_and_ungated_answer_alike(run, text):
    gated, ungated = _both(run, text)
    assert gated == ungated


@pytest.fixture
def fired(monkeypatch):
    """How often each gated rule said yes (with the gates off) and how often its gate skipped it (gates on)."""
    said: dict[str, int] = {}

    def spy(module, name):
        real = getattr(module, name)

        def call(*a, **k):
            answer = real(*a, **k)
            if answer:
                said[name] = said.get(name, 0) + 1
            return answer

        monkeypatch.setattr(module, name, call)

    for name in ("_told_as_private_in", "_society_letters", "_club_town", "_namesake_ahead"):
        spy(people, name)
    return said


def test_each_gated_rule_fires_somewhere(run, fired):
    """Ungated, each gated rule says yes on some article above: a gate that wrongly shut it would change the output."""
    state.GATES = False
    try:
        for text in ARTICLES:
            run(text)
    finally:
        state.GATES = True
    assert {"_told_as_private_in", "_society_letters", "_namesake_ahead"} <= set(fired), fired


def test_the_gates_skip(run, monkeypatch):
    """With the gates on, the private walk is not made in a story with no private word and no age, nor the headline's
    cluster walk for a word that ends no name."""
    walked = []
    real = people._told_as_private
    monkeypatch.setattr(people, "_told_as_private", lambda st, p, s: walked.append(s) or real(st, p, s))
    calls = []
    real_in = people._age_marked
    monkeypatch.setattr(people, "_age_marked", lambda doc: calls.append(1) or real_in(doc))
    run(ARTICLES[2])
    assert walked and calls                       # (asked, and the gate read the age marks)


def test_text_holds():
    class Ctx:
        text = "The İnmate left the JAIL at noon."

    st = state.ActorState.__new__(state.ActorState)
    st.ctx, st.lower_text = Ctx(), None
    assert st.text_holds({"jail"}) and not st.text_holds({"prison"})
    state.GATES = False
    try:
        assert st.text_holds({"prison"})          # (off: every rule runs)
    finally:
        state.GATES = True


def test_org_phrase_equals_the_scan_of_every_phrase():
    """`_org_phrase` (phrases by their first word) against the scan of every phrase, on random names of phrase words,
    other words and whitespace tokens."""
    phrases = common._org_phrases()
    vocab = sorted({w for p in phrases for w in p.split()}) + ["the", "of", "new", "a b", " ", "\n"]
    rng = random.Random(39)
    found = 0
    for _ in range(5000):
        lows = [rng.choice(vocab) for _ in range(rng.randint(0, 6))]
        if rng.random() < 0.5:
            k = rng.randint(0, len(lows))
            lows[k:k] = rng.choice(phrases).split()
        low = f" {' '.join(lows)} "
        every = next((p for p in phrases if f" {p} " in low), None)
        assert common._org_phrase(lows) == every, lows
        found += every is not None
    assert found > 1000


def test_org_sector_of_a_committee_phrase(run):
    """`the House Ways and Means Committee`: the phrase's sector (LEG), through the first-word index."""
    assert common.phrase_sector("the house ways and means committee".split()) == "LEG"
