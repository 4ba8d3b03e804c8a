"""Blame done in a clause of its own beside an act of another type the sentence model prefers (issue 10's recall,
rec48: `model.SETTINGS["clause_dyad_asserted"]`), on invented sentences parsed for real, the model's sentence
probabilities given: the blame is kept when told as done, left out when denied, a goal, or the chosen act told
again in its participle."""
from __future__ import annotations

import pytest

from dateline.extractors.events import model
from dateline.extractors.events.triggers import Candidate, Pattern


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def _cand(doc, word, etype, cameo, source, target, nominal=False, **kw):
    t = _tok(doc, word)
    return Candidate(t, None, Pattern("verb", t.lemma_.lower(), cameo, None, ()), t.i, t.i, nominal, etype=etype,
                     quad=3 if etype in ("ACCUSE", "THREATEN") else 4, cameo=cameo,
                     source=[_tok(doc, w) for w in source], target=[_tok(doc, w) for w in target], **kw)


# the model all but sure of the sanction: blame under every floor the choice has for a further event
PROBS = {"SANCTION": 0.9, "THREATEN": 0.9, "ACCUSE": 0.02}


def _chosen(main, other):
    return [(c.etype, c.token.text) for c in model._distinct([main, other], PROBS, model.SETTINGS["extra"])]


def test_blame_done_after_an_act_of_another_type_is_kept(nlp):
    doc = nlp("The league suspended Dana Kell for two weeks after she slammed Senator Ross Pell for his vote.")
    main = _cand(doc, "suspended", "SANCTION", "172", ["league"], ["Kell"])
    blame = _cand(doc, "slammed", "ACCUSE", "111", ["she"], ["Pell"])
    assert ("ACCUSE", "slammed") in _chosen(main, blame)


@pytest.mark.parametrize("mood", ["negated", "hypothetical"])
def test_blame_denied_or_supposed_is_not_kept_so(nlp, mood):
    doc = nlp("The league suspended Dana Kell for two weeks after she slammed Senator Ross Pell for his vote.")
    main = _cand(doc, "suspended", "SANCTION", "172", ["league"], ["Kell"])
    blame = _cand(doc, "slammed", "ACCUSE", "111", ["she"], ["Pell"], **{mood: True})
    assert ("ACCUSE", "slammed") not in _chosen(main, blame)


def test_blame_as_a_goal_is_not_kept_so(nlp):
    doc = nlp("The league suspended Dana Kell for two weeks to punish Senator Ross Pell for his vote.")
    main = _cand(doc, "suspended", "SANCTION", "172", ["league"], ["Kell"])
    goal = _cand(doc, "punish", "ACCUSE", "111", ["league"], ["Pell"])
    assert ("ACCUSE", "punish") not in _chosen(main, goal)


def test_the_chosen_act_told_again_in_a_participle_is_not_kept_so(nlp):
    doc = nlp("Senator Ross Pell threatened Governor Dana Kell, warning him that the bill would never pass.")
    main = _cand(doc, "threatened", "THREATEN", "130", ["Pell"], ["Kell"])
    again = _cand(doc, "warning", "ACCUSE", "111", ["Pell"], ["him"])
    assert ("ACCUSE", "warning") not in _chosen(main, again)


def test_the_asserted_setting_leaves_the_other_types_as_they_were(nlp):
    doc = nlp("The league suspended Dana Kell for two weeks after she praised Senator Ross Pell for his vote.")
    main = _cand(doc, "suspended", "SANCTION", "172", ["league"], ["Kell"])
    praise = _cand(doc, "praised", "SUPPORT", "051", ["she"], ["Pell"])
    assert ("SUPPORT", "praised") not in [(c.etype, c.token.text) for c in model._distinct(
        [main, praise], {"SANCTION": 0.9, "SUPPORT": 0.02}, model.SETTINGS["extra"])]
