"""Sources by the shape of the sentence (issue 10, dyad47): a subject the parse hangs on a participle clause set off
by commas before the main verb (`Border guards, acting with the army, arrested him`) is the main verb's; a joint
subject of a two-sided event whose verb names its own `with` partner is one side, the partner the other (`Mayor Hall
and other mayors worked with engineers`). Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text, etype, side, who", [
    # the subject hung on the participle clause (fail on main: no source)
    ("Kenyan border guards, apparently acting in concert with the army, arrested the smuggler on Monday.", "COERCE",
     "source", "Kenyan border guards"),
    ("As he sat in the transit lounge, waiting to board his flight, Kenyan security forces, apparently acting in "
     "collusion with the army, arrested him.", "COERCE", "source", "Kenyan security forces"),
    # a joint subject with a `with` partner is one side (fail on main: the second conjunct was the target)
    ("Mayor Hall and other mayors worked with engineers on the plan.", "COOPERATE", "source", "other mayors"),
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "source", "Governor Reyes"),
    # guards: pass on main and here
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "target", "union leaders"),
    ("Acting with Somali intelligence, Kenyan police arrested him.", "COERCE", "source", "Kenyan police"),
    ("The minister, speaking to reporters in Paris, criticized the sanctions.", "ACCUSE", "source", "The minister"),
    ("Senator Lund and Governor Reyes met on Tuesday.", "CONSULT", "target", "Governor Reyes"),
])
def test_a_source_read_from_the_shape_of_the_sentence(run, text, etype, side, who):
    art = run("\n\n" + text + "\n")
    assert any(who in x for e in found(art, etype) for x in texts(getattr(e, side))), shown(art)


@pytest.mark.parametrize("text, etype, side, words", [
    # the second of a joint subject is no target when the verb names its partner (fails on main)
    ("Mayor Hall and the police chief cooperated with federal agents in the inquiry.", "COOPERATE", "target",
     "police chief"),
    # guard: a passive's subject hung on a participle clause is what is done to, not the doer (passes on both)
    ("The two men, wearing masks, were arrested near the border.", "COERCE", "source", "two men"),
])
def test_no_participant_where_the_shape_names_none(run, text, etype, side, words):
    art = run("\n\n" + text + "\n")
    assert not any(words in " ".join(texts(getattr(e, side))) for e in found(art, etype)), shown(art)


@pytest.mark.parametrize("text, etype, side, who", [
    # the antecedent of who/whom: a numeral standing as a noun, a nationality or party read as an adjective (fail on
    # main: `who`, `whom` left as the participant)
    ("One, who was shot in the left foot, was taken to the county hospital.", "ASSAULT", "target", "One"),
    ("But Lund wasn't the only Republican whom Reyes refused to endorse.", "REJECT", "target",
     "the only Republican"),
    # an event noun's doer and target from the participle that brings it (fail on main: the name before the noun,
    # a subject of the clause, or no event)
    ("The judge's order came as part of a FOIA lawsuit brought by Civic Watch against the agency.", "ACCUSE",
     "source", "Civic Watch"),
    ("The judge's order came as part of a FOIA lawsuit brought by Civic Watch against the agency.", "ACCUSE",
     "target", "the agency"),
    ("According to a complaint filed by the state attorney general, the developers ran a fraudulent scheme.",
     "ACCUSE", "source", "the state attorney general"),
    # he, she, they inside a quote's marks are not its speaker (fail on main: the speaker)
    ("Governor Tom Reyes spoke for an hour. \u201cHe criticized the mayor,\u201d Nelson said.", "ACCUSE", "source",
     "He"),
    ("\u201cShe is cooperating with the investigation,\u201d Nelson said.", "COOPERATE", "source", "She"),
    # guards: pass on main and here (reported speech outside marks; a quoted misdeed is the speaker's accusation)
    ("Nelson said he criticized the mayor.", "ACCUSE", "source", "Nelson"),
    ("Senator Ann Ames spoke on Friday. \u201cShe lied to voters about the budget,\u201d Lund said.", "ACCUSE",
     "source", "Lund"),
])
def test_a_participant_named_through_its_words(run, text, etype, side, who):
    art = run("\n\n" + text + "\n")
    assert any(who in x for e in found(art, etype) for x in texts(getattr(e, side))), shown(art)


def test_a_quoted_he_names_the_one_spoken_of(run):
    art = run("\n\nGovernor Tom Reyes spoke for an hour on Friday. \u201cHe criticized the mayor,\u201d Nelson said.\n")
    names = {a.id: a.name for a in art.actors}
    assert any("Reyes" in (names.get(p.actor) or "") for e in found(art, "ACCUSE") for p in e.source), shown(art)
