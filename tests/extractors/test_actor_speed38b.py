"""speed38b: the actors stage's cuts answer as the code before them (invented articles and texts): a US state's
forms tried by their first character (`codes.us_state_forms_from`), a surname's own pronoun gender asked only where
it can decide something (`people._by_surname`, `people._namesake_ahead`)."""
from __future__ import annotations

import random
import sys

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors.codes import us_state_forms, us_state_forms_from
from tests.helpers import actor_at

people = sys.modules["dateline.extractors.actors.people"]


def test_state_forms_by_first_character_start_the_same_texts():
    """Every form a text starts with is among the forms of its first character (texts built from the forms
    themselves, cut and joined to other words, and random letters)."""
    forms = sorted(us_state_forms())
    rng = random.Random(38)
    texts = ["", " ", "x", "ohio", "Texas Republican", "N.Y.--Ann", "Calif. (AP)", "Washington, D.C.", "W.Va."]
    texts += [f + tail for f in forms for tail in ("", ".", ", ", " Republican", "--Ann")]
    texts += [f[:k] for f in forms for k in range(len(f))]
    texts += ["".join(rng.choice("AaCcNnWw. ,-") for _ in range(rng.randint(0, 8))) for _ in range(500)]
    for text in texts:
        assert {f for f in us_state_forms_from(text) if text.startswith(f)} == \
            {f for f in forms if text.startswith(f)}, text


TOWN_ARTICLE = ("Jody Okafor of Fernley, Nev., said the road was closed. Fernley is about 30 miles east of Reno. "
                "Okafor said the snow came early.")


def test_town_of_state_still_found(run, monkeypatch):
    """`of Fernley, Nev.`: the name before a comma and a state's abbreviation is a town (`_town_of_state` fires on
    the first-character forms)."""
    fired = []
    town_of_state = people._town_of_state

    def spy(doc, e):
        found = town_of_state(doc, e)
        fired.append(found)
        return found

    monkeypatch.setattr(people, "_town_of_state", spy)
    run(TOWN_ARTICLE)
    assert any(fired)


GENDER_ARTICLES = [
    # two people of one surname, then the bare surname with `he`: the man (`_by_surname`)
    "Heidi Cruz and Ted Cruz visited Iowa on Monday. Cruz said he would win the caucus.",
    # a lexicon surname, then a namesake ahead the lexicon does not know: the namesake (`_namesake_ahead`)
    "Obama said the bakery would close. Maria Obama, the owner, said the rent had doubled.",
    # a lexicon person in full, his bare surname with `he`, a woman of the surname later
    "Senator Bernie Sanders spoke in Keene. Sanders said he would win. Mary Sanders, a voter in Keene, said she had "
    "not decided.",
]


def test_own_gender_asked_only_where_it_decides(run, monkeypatch):
    """`_namesake_ahead` with nobody ahead answers False without asking the surname's own pronoun gender, and with
    someone ahead answers as before (run beside the same call with the early answer taken away: `ahead` filled)."""
    namesake_ahead, own_gender = people._namesake_ahead, people._own_gender
    seen = {"asked": 0, "not asked": 0}

    def ahead_check(st, cand, full, in_title):
        asked = []
        monkeypatch.setattr(people, "_own_gender", lambda *a: asked.append(1) or own_gender(*a))
        try:
            gated = namesake_ahead(st, cand, full, in_title)
        finally:
            monkeypatch.setattr(people, "_own_gender", own_gender)
        seen["asked" if asked else "not asked"] += 1
        return gated

    monkeypatch.setattr(people, "_namesake_ahead", ahead_check)
    for text in GENDER_ARTICLES:
        run(text)
    assert seen["asked"] > 0 and seen["not asked"] > 0, seen


def test_surname_with_he_still_goes_to_the_man(run):
    """The rule the cut keeps in `_by_surname`: `Cruz said he` after Heidi Cruz and Ted Cruz is Ted."""
    text = GENDER_ARTICLES[0]
    art = run(text)
    ted = actor_at(art, text, "Ted Cruz")
    bare = actor_at(art, text, "Cruz", nth=2)
    assert ted is not None and bare is not None and bare.id == ted.id


def test_namesake_ahead_still_read(run):
    """The rule the cut keeps in `_namesake_ahead`: `Obama said ... Maria Obama, the owner` gives the bare surname to
    her; `Senator Bernie Sanders ... Sanders said he ... Mary Sanders` keeps it his."""
    text = GENDER_ARTICLES[1]
    art = run(text)
    bare, maria = actor_at(art, text, "Obama"), actor_at(art, text, "Maria Obama")
    assert bare is not None and maria is not None and bare.id == maria.id
    text = GENDER_ARTICLES[2]
    art = run(text)
    bare, bernie, mary = (actor_at(art, text, "Sanders", nth=1), actor_at(art, text, "Bernie Sanders"),
                          actor_at(art, text, "Mary Sanders"))
    assert bare is not None and bernie is not None and mary is not None and bare.id == bernie.id != mary.id
