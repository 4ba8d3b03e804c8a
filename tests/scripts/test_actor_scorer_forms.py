"""bench/eval_article_actors.py: a wrong identity that is only another form of the person's name (the lexicon's
spelling, a short form, digits glued by the tokenizer) is counted beside the wrong identities, never off them."""
from __future__ import annotations

import pathlib

import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def scorer():
    return load_script(ROOT / "bench" / "eval_article_actors.py")


@pytest.mark.parametrize("word, known, form", [
    ("qaddoumi", {"qadoumi", "farouk"}, True),       # a transliteration
    ("mohammed", {"mohamed"}, True),
    ("kenneth", {"ken", "starr"}, True),              # a short form
    ("41", {"jane", "roe"}, True),                    # digits glued to the name
    ("bill", {"hillary", "clinton"}, False),          # another person of the family
    ("john", {"joan"}, False),
    ("michael", {"michelle"}, False),
    ("alexander", {"alexandra"}, False),
])
def test_a_name_form_is_told_from_another_person(scorer, word, known, form):
    assert scorer._form_of(word, known) is form


def _gold(identity, mentions):
    return {"id": "a", "actors": [{"name": identity, "kind": "person", "country": None, "sector": None,
                                   "identity": identity, "optional": False, "mentions": mentions}]}


def test_form_wrong_identities_stay_wrong_identities(scorer):
    text = "Farouk Qadoumi spoke. Qadoumi left."
    actors = [{"name": "Farouk Qaddoumi", "mentions": [{"start": 0, "end": 14, "text": "Farouk Qadoumi"},
                                                       {"start": 22, "end": 29, "text": "Qadoumi"}]}]
    counts = scorer.score_article(_gold("Farouk Qadoumi", [[0, 14], [22, 29]]), text, actors, [])
    assert counts["wrong_identity"] == 1 and counts["wrong_identity_form"] == 1
    actors[0]["name"] = "Sami Qadoumi"                # another person of the surname: not a form
    counts = scorer.score_article(_gold("Farouk Qadoumi", [[0, 14], [22, 29]]), text, actors, [])
    assert counts["wrong_identity"] == 1 and counts["wrong_identity_form"] == 0


def test_wrong_identities_are_counted_by_kind(scorer):
    # an invented article: the aide's mention swallows the senator's only mention (wide; the aide's name is in the
    # text), and a lexicon name the article never gives (lexicon)
    text = "Senator Ann Lee aide Bob Roy said no. Smith agreed."
    gold = {"id": "a", "actors": [
        {"name": "Ann Lee", "kind": "person", "country": None, "sector": None, "identity": "Ann Lee",
         "optional": False, "mentions": [[8, 15]]},
        {"name": "Bob Roy", "kind": "person", "country": None, "sector": None, "identity": "Bob Roy",
         "optional": False, "mentions": [[21, 28]]},
        {"name": "Tom Smith", "kind": "person", "country": None, "sector": None, "identity": "Tom Smith",
         "optional": False, "mentions": [[38, 43]]}]}
    actors = [{"name": "Bob Roy", "mentions": [{"start": 0, "end": 28, "text": text[0:28]}]},
              {"name": "Will Smith", "mentions": [{"start": 38, "end": 43, "text": "Smith"}]}]
    errors: list = []
    counts = scorer.score_article(gold, text, actors, errors)
    assert counts["wrong_identity"] == 2
    whys = {e["gold"]: set(e["why"]) for e in errors if e["error"] == "identity"}
    assert whys["Ann Lee"] == {"merged", "wide", "elsewhere", "one_mention"}
    assert whys["Tom Smith"] == {"lexicon", "one_mention"}
    assert counts["wi_wide"] == 1 and counts["wi_lexicon"] == 1 and counts["wi_merged"] == 1


def test_a_tie_goes_to_the_mention_that_fits(scorer):
    # an invented article: the senator is named once, inside the state's mention; dateline gives both actors
    text = "The Lee administration said no."
    gold = _gold("Ann Lee", [[4, 7]])
    state = {"name": "United States", "mentions": [{"start": 0, "end": 22, "text": text[:22]}]}
    person = {"name": "Ann Lee", "mentions": [{"start": 4, "end": 7, "text": "Lee"}]}
    assert scorer.score_article(gold, text, [state, person], [])["wrong_identity"] == 0
    assert scorer.score_article(gold, text, [person, state], [])["wrong_identity"] == 0
    scorer.SPILL_TIES = False                          # the scoring before: the first actor took the tie
    try:
        assert scorer.score_article(gold, text, [state, person], [])["wrong_identity"] == 1
    finally:
        scorer.SPILL_TIES = True
