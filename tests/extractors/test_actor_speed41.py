"""speed41: the actors stage's cuts answer as the code before them. `_Names.mention_spans` (a person's mentions sorted
by start, kept as they grow) against the walks over all the mentions that `_by_surname` made at each bare surname;
`_Names.sync` taking in only the people added since; `who_from_context`'s deed tests behind one word test of the doc
(`_deed_words`), still firing where a deed word is written and skipped where none is."""
from __future__ import annotations

import random
import sys

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors import state
from dateline.extractors.actors.state import Cluster, Mentions

people = sys.modules["dateline.extractors.actors.people"]


def _old(mentions, text: str, form: str, at: int) -> tuple:
    """What `_by_surname` read off a person's mentions before speed41 (its list walks)."""
    before = [m for m in mentions if m[0] <= at]
    full = any(e - s > len(form) and form in text[s:e] and " " in text[s:e].strip() for s, e in before)
    return (any(m[0] <= at for m in mentions), bool(before), full, max((m[0] for m in before), default=-1),
            min((m[0] for m in mentions), default=at))


def _new(names, c, text: str, form: str, at: int) -> tuple:
    sp = names.mention_spans(c)
    last = sp.last_before(at)
    return (sp.named_by(at), last is not None, sp.full_before(text, form, at), -1 if last is None else last,
            sp.first() if sp.first() is not None else at)


class _State:
    def __init__(self):
        self.clusters = {}


def test_mention_spans_answer_as_the_walks_over_every_mention():
    """Random invented texts and mentions, added, dropped and replaced in turn between the asks: each ask answers
    as the old walks did (whether one comes before, the full name before, the last start before, the first start)."""
    rng = random.Random(41)
    words = ["Cruz", "Ted", "Heidi", "Ann", "Lee", "said", "the", "of", "Ted Cruz", "Cruz's"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(40))
        st = _State()
        names = people._Names(st)
        c = Cluster(("P?", "Ted Cruz"), "Ted Cruz")
        st.clusters[c.key] = c
        for step in range(30):
            r = rng.random()
            if r < 0.55:
                s = rng.randrange(len(text))
                c.mentions.add((s, min(len(text), s + rng.randint(1, 12))))
            elif r < 0.65 and c.mentions:
                c.mentions.discard(rng.choice(sorted(c.mentions)))
            elif r < 0.68:
                c.mentions = Mentions(list(c.mentions)[: rng.randint(0, len(c.mentions))])
            form = rng.choice(("Cruz", "Lee", "Ted Cruz"))
            at = rng.randrange(-1, len(text) + 2)
            assert _new(names, c, text, form, at) == _old(c.mentions, text, form, at), (text, sorted(c.mentions), at)


def test_sync_takes_in_only_the_new_people():
    """The people added after a sync are taken in, in their order, each once (the dict's start not walked again)."""
    st = _State()
    names = people._Names(st)
    for k, name in enumerate(["Ted Cruz", "Heidi Cruz", "Ann Lee", "Tom Lee", "Bo Cruz"]):
        st.clusters[("P?", name)] = Cluster(("P?", name), name)
        if k % 2 == 0:
            names.sync()
    names.sync()
    assert [c.name for c in names.by_form["Cruz"]] == ["Ted Cruz", "Heidi Cruz", "Bo Cruz"]
    assert [c.name for c in names.by_form["Lee"]] == ["Ann Lee", "Tom Lee"]
    assert names.size == 5


SURNAME_ARTICLE = ("Heidi Cruz and Ted Cruz visited Iowa on Monday. Cruz said he would win the caucus. Ann Lee, a "
                   "teacher, said she had not decided. Lee said the roads were closed. Cruz later flew to Texas.")


def test_by_surname_still_picks_the_person(run):
    """`Cruz said he` after Heidi Cruz and Ted Cruz: Ted; `Lee said` after Ann Lee: her (the sorted mentions read)."""
    art = run(SURNAME_ARTICLE)
    text = art.text
    by_name = {a.name: {text[m.start:m.end] for m in a.mentions} for a in art.actors}
    assert "Cruz" in by_name.get("Ted Cruz", set())
    assert "Lee" in by_name.get("Ann Lee", set())


DEED_ARTICLE = ("MILLBROOK - Carl Ostrander, a Millbrook resident, opened fire in a feed store on Sunday, police said. "
                "No one was hurt.")
NO_DEED_ARTICLE = ("MILLBROOK - Carl Ostrander, a Millbrook resident, runs a feed store on Main Street, the town said. "
                   "Customers came early.")


def test_deed_tests_fire_behind_their_word_test(run, monkeypatch):
    """A resident who opened fire is still the suspect with the gate on; in an article with none of the deed words
    gated tests are not asked with the gate on, and are asked with it off (same output)."""
    art = run(DEED_ARTICLE)
    assert any(a.name == "Carl Ostrander" and a.sector == "CRM" for a in art.actors), \
        [(a.name, a.sector) for a in art.actors]
    asked = []
    opened_fire = people._opened_fire
    monkeypatch.setattr(people, "_opened_fire", lambda view: asked.append(1) or opened_fire(view))
    on = run(NO_DEED_ARTICLE).to_dict()
    assert not asked
    state.GATES = False
    try:
        off = run(NO_DEED_ARTICLE).to_dict()
    finally:
        state.GATES = True
    assert asked and on == off


def test_deed_words_hold_each_tests_words():
    fire, admit, suspect = people._deed_words()
    assert "fire" in fire and {"admit", "confess"} <= admit and {"suspect", "gunman"} <= suspect
