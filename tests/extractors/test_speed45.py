"""speed45: the passes sessions 40-44 added, made cheaper with their answers unchanged. A link line is told by its
first word before its words are split (`page_things._a_link_line`), the summary noun by its words before its left
edge (`triggers.summarised_act`), a sector before the phrase's words (`described.sector_and_country`); two actor
rules gated on a word the article must hold (`people._kin_told`, `idle.town_names`), each gate shown to skip its
rule and to give the answers the ungated rule gives (`state.GATES`). Invented lines and stories."""
from __future__ import annotations

import re
import sys

import pytest

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors import state
from dateline.lexicon import actors as lex
from tests.extractors.test_actor_speed39b import _both

page_things = sys.modules["dateline.extractors.actors.page_things"]
idle = sys.modules["dateline.extractors.actors.idle"]


def _link_kind_before(line: str) -> str:
    """`_a_link_line` as it was before speed45 (every line's words split first): the reference."""
    body = line.lstrip(">»•* ")
    low = [w.lower() for w in re.findall(r"[A-Za-z']+", body)]
    return "list" if line.startswith("+ ") else "lead" if low and len(low) <= 15 and low[0] in lex.words("link_lead") \
        else "colon" if body.endswith(":") and 0 < len(low) <= 12 and any(w in lex.words("link_word") for w in low) \
        else ""


LINES = [
    "+ Storm closes the Millbrook ferry for a week",
    "+ ",
    "Follow Ray Lee on Twitter",
    "follow the money, the auditor told the board on Tuesday",
    "» Watch the council's vote live",
    "* Download the Brixley Post app",
    "(Watch) the full interview",
    "Listen to the mayor explain the plan in her own words at the meeting on Monday night before the vote, she said",
    "Also on Brixley Post:",
    "More from the Millbrook Ledger:",
    "According to a report from the Post-Dispatch:",
    "Smith also said:",
    "The deputies also said the road would stay closed for a long while after the crash near the bridge:",
    "The council met on Tuesday and voted to close the pool.",
    "",
    ">>",
    "'Watch out,' the neighbour said.",
    "Watching the game were 300 fans.",
]


@pytest.mark.parametrize("line", LINES)
def test_link_line_kind_as_before(line):
    assert page_things._a_link_line(line, {}) == _link_kind_before(line)


def test_link_line_kinds_found():
    """The reference is no trivial one: the lines above give every kind."""
    assert {_link_kind_before(x) for x in LINES} == {"list", "lead", "colon", ""}


def test_link_line_told_by_first_word_without_splitting(monkeypatch):
    """A line neither a list's nor a colon's whose first word leads no link is never split into its words."""
    class NoSplit:
        def __init__(self, real):
            self.real = real

        def search(self, s):
            return self.real.search(s)

        def findall(self, s):
            raise AssertionError("split: " + s)

    monkeypatch.setattr(page_things, "_WORD", NoSplit(page_things._WORD))
    assert page_things._a_link_line("The council met on Tuesday and voted to close the pool.", {}) == ""
    with pytest.raises(AssertionError):
        page_things._a_link_line("Follow Ray Lee on Twitter", {})


@pytest.mark.parametrize("text, noun, verb", [
    ("The army fired two rockets, a move that angered the council.", "move", "fired"),
    ("Rebels seized a tanker, a step that angered the government.", "step", "seized"),
    ("The move survived two court challenges last year.", "move", None),     # a subject: no act before it
    ("The army fired two rockets at the port, a town the council runs.", "town", None),   # no summary noun
])
def test_summarised_act(nlp, text, noun, verb):
    from dateline.extractors.events.triggers import summarised_act

    doc = nlp(text)
    n = next(t for t in doc if t.text == noun)
    found = summarised_act(n)
    assert (found.text if found is not None else None) == verb


GATED = [
    # a town written `the community of X` and a person of that name
    "MILLBROOK - Flood water reached the community of Vance on Monday. Vance was cut off for a day, and crews "
    "cleared the road to Vance by Tuesday.",
    # no town word before `of`: the town test's gate shuts
    "MILLBROOK - Tom Vance opened a bakery on Monday and sold 300 loaves by noon.",
    # a kin noun beside a surname after a full name
    "Ricky Burgess, 17, was arrested on Monday.\n\nHis father, Councilman Burgess, said the boy would plead not "
    "guilty.\n\nBurgess said the family would hire a lawyer.\n",
]


@pytest.mark.parametrize("text", GATED)
def test_gated_as_ungated(run, text):
    on, off = _both(run, text)
    assert on == off


def test_town_gate_skips(run, monkeypatch):
    """With no town word and `of` in the text, `_as_a_town` is asked of no mention (it is where one is)."""
    asked = []
    real = idle._as_a_town
    monkeypatch.setattr(idle, "_as_a_town", lambda text, s: asked.append(s) or real(text, s))
    run(GATED[1])
    assert asked == []
    run(GATED[0])
    assert asked


@pytest.mark.parametrize("text, word, want", [
    ("Ricky Burgess spoke on Monday. His father, Councilman Burgess, said the vote would wait.", "Burgess,", True),
    ("Ricky Burgess spoke on Monday. The treasurer, Councilman Burgess, said the vote would wait.", "Burgess,",
     False),
])
def test_kin_told_gated_as_ungated(ctx_of, monkeypatch, text, word, want):
    """`_kin_told` gives the ungated answer, and with no kin noun in the article asks `_kin_apposed` nothing."""
    from dateline.extractors.actors.state import ActorState

    people = sys.modules["dateline.extractors.actors.people"]
    st = ActorState(ctx_of(text, published="2024-03-05"), ())
    s = next(t.i for t in st.toks if t.idx == text.index(word))
    asked = []
    real = idle._kin_apposed
    monkeypatch.setattr(idle, "_kin_apposed", lambda *a: asked.append(a) or real(*a))
    got = people._kin_told(st, s, s + 1)
    assert bool(asked) == want                    # (the second article holds no kin noun: not asked)
    monkeypatch.setattr(state, "GATES", False)
    assert got == people._kin_told(st, s, s + 1) == want
