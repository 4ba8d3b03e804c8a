"""Sources and targets by the shape of the sentence (issue 10, dyad46): a verdict on a named one's deed is the
sayer's, not a feeling of the deed (`Reyes's latest outburst is unhinged, even for him`, Lund said); people named
only by what they are (`the pair`, `a third male`) do the act of force they are the subject of; a `many of whom`
subject the parse left outside a relative clause is the people before it; the sides of a fight told `between` them
(`clashes erupted between A and B`, `died in a gunfight between two feuding gangs`); a relative clause with a plural
verb hung on the last of a list is of the whole list; the one `called on` to act does the act (`called on Reyes to
stop attacking the mayor`). Session 47's rows (dyad47): a subject the parse hangs on a participle clause set off by
commas (`Border guards, acting with the army, arrested him`); a joint subject whose verb names its `with` partner is
one side; who/whom of a numeral or a nationality; the doer and target of an event noun `brought by` someone; he, she,
they inside a quote's marks are not its speaker. Invented sentences."""
from __future__ import annotations

import pytest

from tests.helpers import found, texts


def shown(article):
    return [(e.type, e.trigger.text, texts(e.source), texts(e.target)) for e in article.events]


@pytest.mark.parametrize("text, etype, side, who", [
    # a verdict on a named one's deed, said by someone (on main the sayer came second, after the deed as the feeler)
    ("\u201cReyes\u2019s latest outburst is unhinged, even for him,\u201d Lund said.", "ACCUSE", "source", "Lund"),
    # people named only by what they are, as doers of force (fail on main: no source, or no event)
    ("The pair shot a clerk at a gas station on Friday, police said.", "ASSAULT", "source", "The pair"),
    ("Police said the duo robbed a bank on Main Street and shot a guard.", "ASSAULT", "source", "the duo"),
    ("A third male was seen shooting a rifle at deputies from a rooftop, the sheriff said.", "ASSAULT", "source",
     "A third male"),
    # `many of whom` read as an adverbial clause (fails on main: `many of whom` itself)
    ("The strike angered nurses at the county hospital, many of whom say Mayor Ann Cole has betrayed them.",
     "ACCUSE", "source", "nurses at the county hospital"),
    # the sides of a fight told `between` them (fail on main: no source)
    ("In the hill town of Kello, clashes erupted on Sunday between Blue Party youths and army conscripts.", "ASSAULT",
     "source", "Blue Party youths"),
    ("A cook was killed in a shooting between two feuding gangs outside a Dover nightclub.", "ASSAULT", "source",
     "two feuding gangs"),
    # the one called on to stop does what is to stop (fails on main: the caller)
    ("Senator Maria Lund called on Governor Tom Reyes to stop attacking the mayor.", "ACCUSE", "source",
     "Governor Tom Reyes"),
    # guards: pass on main and here
    ("Senator Maria Lund called on Governor Tom Reyes to stop attacking the mayor.", "REQUEST", "source",
     "Senator Maria Lund"),
    ("Police said the teenager shot a clerk on Friday.", "ASSAULT", "source", "the teenager"),
    ("The mayor said the governor\u2019s remarks were shameful.", "ACCUSE", "source", "The mayor"),
    ("Nurses at the county hospital are angry about the governor\u2019s plan, Lund said.", "ACCUSE", "source",
     "Nurses at the county hospital"),     # (a feeling keeps its feeler)
    # dyad47: the subject hung on a participle clause (fail on main: no source)
    ("Kenyan border guards, apparently acting in concert with the army, arrested the smuggler on Monday.", "COERCE",
     "source", "Kenyan border guards"),
    ("As he sat in the transit lounge, waiting to board his flight, Kenyan security forces, apparently acting in "
     "collusion with the army, arrested him.", "COERCE", "source", "Kenyan security forces"),
    # dyad47: a joint subject with a `with` partner is one side (fail on main: the second conjunct was the target)
    ("Mayor Hall and other mayors worked with engineers on the plan.", "COOPERATE", "source", "other mayors"),
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "source", "Governor Reyes"),
    # dyad47: the antecedent of who/whom, a numeral standing as a noun or a nationality read as an adjective (fail on
    # main: `who`, `whom` left as the participant)
    ("One, who was shot in the arm, went to the county hospital by car.", "ASSAULT", "target", "One"),
    ("But Lund wasn't the only Republican whom Reyes refused to endorse.", "REJECT", "target",
     "the only Republican"),
    # dyad47: an event noun's doer and target from the participle that brings it (fail on main: the name before the
    # noun, a subject of the clause, or no event)
    ("The ruling ends a records lawsuit brought by Civic Watch against the agency.", "ACCUSE",
     "source", "Civic Watch"),
    ("The ruling ends a records lawsuit brought by Civic Watch against the agency.", "ACCUSE",
     "target", "the agency"),
    ("According to a complaint filed by the state attorney general, the developers ran a fraudulent scheme.",
     "ACCUSE", "source", "the state attorney general"),
    # dyad47: he, she, they inside a quote's marks are not its speaker (fail on main: the speaker)
    ("Governor Tom Reyes spoke for an hour. \u201cHe criticized the mayor,\u201d Nelson said.", "ACCUSE", "source",
     "He"),
    ("\u201cShe is cooperating with the investigation,\u201d Nelson said.", "COOPERATE", "source", "She"),
    # dyad47 guards: pass on main and here
    ("Senator Lund and Governor Reyes met with union leaders on Tuesday.", "CONSULT", "target", "union leaders"),
    ("Acting with Somali intelligence, Kenyan police arrested him.", "COERCE", "source", "Kenyan police"),
    ("The minister, speaking to reporters in Paris, criticized the sanctions.", "ACCUSE", "source", "The minister"),
    ("Senator Lund and Governor Reyes met on Tuesday.", "CONSULT", "target", "Governor Reyes"),
    ("Nelson said he criticized the mayor.", "ACCUSE", "source", "Nelson"),
    ("Senator Ann Ames spoke on Friday. \u201cShe lied to voters about the budget,\u201d Lund said.", "ACCUSE",
     "source", "Lund"),
])
def test_a_participant_read_from_the_shape_of_the_sentence(run, text, etype, side, who):
    art = run("\n\n" + text + "\n")
    assert any(who in x for e in found(art, etype) for x in texts(getattr(e, side))), shown(art)


@pytest.mark.parametrize("text, etype, side, words", [
    # the deed judged is no feeler (fails on main) and what it is `for` no target
    ("\u201cReyes\u2019s latest outburst is unhinged, even for him,\u201d Lund said.", "ACCUSE", "source",
     "outburst"),
    ("\u201cReyes\u2019s latest outburst is unhinged, even for him,\u201d Lund said.", "ACCUSE", "target", "him"),
    # dyad47: the second of a joint subject is no target when the verb names its partner (fails on main)
    ("Mayor Hall and the police chief cooperated with federal agents in the inquiry.", "COOPERATE", "target",
     "police chief"),
    # dyad47 guard: a passive's subject hung on a participle clause is what is done to, not the doer (passes on both)
    ("The two men, wearing masks, were arrested near the border.", "COERCE", "source", "two men"),
])
def test_no_participant_where_the_shape_names_none(run, text, etype, side, words):
    art = run("\n\n" + text + "\n")
    assert not any(words in " ".join(texts(getattr(e, side))) for e in found(art, etype)), shown(art)


def test_a_relative_clause_with_a_plural_verb_is_of_the_whole_list(run):
    """`who were detained` hung on `an Eritrean`, the last of a list: the list was questioned (fails on main: `who`)."""
    art = run("\n\nKenya deported three Somalis and an Eritrean who were detained by border guards for a week.\n")
    got = [texts(e.target) for e in found(art, "COERCE") if e.trigger.text == "detained"]
    assert got and all(any("three Somalis and an Eritrean" in x for x in t) for t in got), shown(art)


def test_a_place_between_is_no_side(run):
    art = run("\n\nA man was killed in a shooting between the two houses on Elm Street.\n")
    assert not any("houses" in " ".join(texts(e.source)) for e in art.events), shown(art)


def test_a_pair_of_things_is_no_doer(run):
    art = run("\n\nA pair of shoes was found near the scene of the shooting.\n")
    assert not any("pair" in " ".join(texts(e.source)) for e in art.events), shown(art)
