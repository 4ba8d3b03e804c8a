"""act40: false actors by class, checked on a half not read (docs/actors.md `### act40`, actors/idle.py): a name the
article writes as a town (`the community of Vance`) is that place wherever it stands, no person's actor; a body
named by the words before its `of` is the same body (`First Bank`, `the First Bank of Princeton`); a name in capitals
where a dateline stands inside the text (`barstool. NEWARK — It was`) is a place; a titled speaker keeps its own
quote. Invented sentences; one row per case (the guards pass before and after)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("town_after_community_of_a_lexicon_surname",   # fails on main: a lexicon person of that surname (CVL)
     "Sheriff Leon Ravell said the car was found burned in the community of Vance, 15 miles from the scene.\n",
     "Vance: none; Leon Ravell: actor"),
    ("town_after_township_of",  # fails on main: a person's name (CVL)
     "Sheriff Leon Ravell said the car was found burned in the township of Cruz, 15 miles from the scene.\n",
     "Cruz: none"),
    ("guard_town_that_acts",
     "The car was found burned in the township of Cruz. Cruz approved a new fire truck last year.\n",
     "Cruz#1: actor"),
    ("short_name_of_a_body_of_a_place",  # fails on main: `Harbor Savings Bank` a second actor (BUS)
     "Police said a man robbed the Harbor Savings Bank of Norvale on Monday. Employees at Harbor Savings Bank told "
     "police the man wore a cap.\n",
     "Harbor Savings Bank#1: same=Harbor Savings Bank of Norvale"),
    ("guard_lexicon_body_named_short",
     "The Supreme Court of Ohio heard the case on Monday. Lawyers said the Supreme Court in Washington would hear "
     "it next.\n",
     "Supreme Court#1: sector=JUD"),
    ("dateline_run_on_after_the_headline",  # fails on main: `NORVALE` a person (CVL)
     "Man cited for drunk driving after crashing motorized barstool. NORVALE \u0097 It was classified as \"all "
     "others\" under vehicle type in the Norvale police crash report, but the driver was charged.\n",
     "NORVALE: none"),
    ("guard_name_in_capitals_before_an_aside",
     "Officials met on Monday. NORTEC - a firm in Ohio - said it would hire 40 workers.\n",
     "NORTEC: actor"),
    ("guard_residents_of_the_town",
     "The car was found burned in the community of Cardale. Cardale residents heard nothing.\n",
     "Cardale residents: actor"),
    ("guard_person_with_a_full_name",
     "Tim Harlow, a lawyer from Harlow, South Carolina, said the vote was fair. Harlow spoke on Monday.\n",
     "Tim Harlow: actor"),
    ("guard_speaker_named_like_a_town",
     "\"We will rebuild,\" Cardale said. Crews worked in the town of Cardale all week.\n",
     "Cardale#0: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_actors_named_as_places(run, text, spec):
    check_actors(run(text, published="2016-05-02"), text, spec)


def test_act40_word_classes_are_described_data():
    import pathlib
    import re

    from dateline.lexicon import actors as lex

    text = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    header = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", text, re.M)}
    for name in ("town_of",):
        assert name in header and lex.words(name), name


def test_titled_speaker_keeps_its_quote(run):
    """A speaker named after a title the lexicon does not join (`Harbor Mayor Ann Quill said`) is the speaker of its
    own quote: speakers.py wrote the actor under the title's token position instead of the quote's number, so the
    first quote had no speaker's actor and a later quote (the third) got it, until a later speaker wrote over it
    (fails on main: the first quote's speaker has no actor)."""
    text = ('"We will open the pool in June," Harbor Mayor Ann Quill said on Monday. The council met later. "The '
            'budget is tight," council member Tom Reeve said. "We need more lifeguards," Reeve added. "It will be '
            'fine," Reeve said.\n')
    art = run(text, published="2016-05-02")
    quill = next(a.id for a in art.actors if a.name == "Ann Quill")
    reeve = next(a.id for a in art.actors if a.name == "Tom Reeve")
    assert [q.speaker.actor for q in art.quotes] == [quill, reeve, reeve, reeve]
