"""ident39: wrong identities found by an output audit of texts in no gold set (docs/actors.md `### ident39`).
Invented sentences only."""
from __future__ import annotations

import pytest


def _holders(art, text: str, phrase: str) -> set[str]:
    """Names of the actors with a mention over the first occurrence of `phrase`."""
    at = text.index(phrase)
    return {a.name for a in art.actors for m in a.mentions if m.start < at + len(phrase) and at < m.end}


def test_a_speaker_owned_by_another_name_is_not_the_leader_named_before(run):
    # the quote pass resolves the speaker to the person named before; the possessor is someone else
    text = ("Senate Majority Leader Orrin Falkmeyer said education cuts may be moderated once the details are known. "
            "Brandvold counts the federal funds in his budget and calls the deficit large. Brandvold's spokesman "
            "said it was good that the leaders \"are finally admitting they want higher taxes on families.\"\n")
    art = run(text)
    assert "Orrin Falkmeyer" not in _holders(art, text, "Brandvold's spokesman"), art.actors
    assert "Orrin Falkmeyer" in _holders(art, text, "Orrin Falkmeyer")


@pytest.mark.parametrize("text, speaker, person", [
    ("Daria Voss, a spokeswoman for Governor Kelbrandt, said the budget was balanced. The plan cuts taxes for "
     "families. Kelbrandt's spokeswoman said the governor \"will not sign any tax increase this year.\"\n",
     "Kelbrandt's spokeswoman", None),
    ("Acme Corp. chief executive Dana Mirel said the merger would close in May. Analysts expected the deal to lift "
     "profits. Acme's chief executive said \"we are ready for the next step.\"\n",
     "Acme's chief executive", "Dana Mirel"),
])
def test_a_speaker_owned_by_the_persons_own_body_or_post_stays(run, text, speaker, person):
    art = run(text)
    holders = _holders(art, text, speaker)
    assert (person in holders) if person else "Daria Voss" not in holders, art.actors


def test_a_description_owned_by_another_name_is_not_the_officer_named_before(run):
    text = ("Officer John Hege was shot during a traffic stop on Saturday, police said. The gunman had missed a "
            "meeting in February. State prison officials said Braxdon's parole officer was responsible for 70 "
            "parolees.\n")
    art = run(text)
    assert "John Hege" not in _holders(art, text, "parole officer"), art.actors
    assert "John Hege" in _holders(art, text, "Officer John Hege")


_SIBLINGS = ("Bouncer shot in rampage has 3 jobs and is married to a cop\n\n"
             "Tavarice Oldring, 42, a husband and father of two, was the doorman who was shot at the lounge Friday night "
             "by a gunman.\n\nNicole Oldring was working at her second job when she heard the helicopters overhead.\n\n"
             "Oldring, 33, also did not know that her older brother, Tavarice \"Tav\" Oldring, was among the six "
             "victims.\n\n\"My mother called me,\" Oldring recalled.\n\nTavarice Oldring, 42, was working one of his "
             "three jobs when the gunman opened fire, police said.\n")


def test_a_name_opening_a_paragraph_and_a_nicknamed_name_are_not_the_sisters(run):
    # the parse leaves the paragraph's first word unjoined, and the nickname sits between given name and surname:
    # the surname alone went to the other person of that surname
    art = run(_SIBLINGS)
    text = _SIBLINGS
    assert _holders(art, text, "Tavarice Oldring, 42, a husband") == {"Tavarice Oldring"}, art.actors
    assert _holders(art, text, "Tavarice \"Tav\" Oldring") == {"Tavarice Oldring"}, art.actors
    assert _holders(art, text, "Oldring, 33") == {"Nicole Oldring"}, art.actors


def test_a_function_word_glued_to_a_given_name_is_no_part_of_the_name(run):
    text = ("A mother and her child were found dead in a home on the southeast side, police said. Police are looking "
            "forDarnell Quimby, her boyfriend, and have named him \"a person of interest\" in the deaths. Quimby, 30, was "
            "last seen on Sunday.\n")
    art = run(text)
    (a,) = [a for a in art.actors if "Quimby" in a.name]
    assert a.name == "Darnell Quimby", art.actors
    assert text[a.mentions[0].start:a.mentions[0].end] == "Darnell Quimby"
    assert any(text[m.start:m.end] == "him" for m in a.mentions)


def test_a_name_written_in_camel_case_keeps_its_first_word(run):
    from dateline.extractors.actors.people import _unglued

    assert _unglued("forJonathan Figueroa") == "Jonathan Figueroa"
    assert _unglued("deGrasse Tyson") == "deGrasse Tyson" and _unglued("eBay") == "eBay"


def test_a_calling_the_tagger_took_into_a_name_does_not_name_the_person(run):
    text = ("Harlow has two strong return men in Burleson, whose average was second in the league, and "
            "rookie Josh Wilson, who averaged a striking 27 yards per kick return.\n")
    art = run(text)
    assert _holders(art, text, "Josh Wilson") == {"Josh Wilson"}, art.actors


def test_a_speaker_written_as_another_full_name_is_that_person(run):
    # the quote pass resolves the speaker to the brother named in the sentence before
    text = ("Family seeks justice after shooting\n\nTobias Wendle's brother said he thinks there is more to the story "
            "than what police have said about Friday night. He said his little brother had his faults, but was a "
            "young man with a promising future.\n\nGregory Wendle said he and his youngest brother Tobias "
            "Wendle were best friends.\n\n\"He was like my little sidekick. He was the greatest little brother,\" "
            "Gregory Wendle said.\n\nA straight \"A\" student, Tobias was starting to realize his potential, Gregory "
            "said.\n")
    art = run(text)
    names = {a.id: a.name for a in art.actors}
    (q,) = [q for q in art.quotes if "sidekick" in text[q.start:q.end]]
    assert names.get(q.speaker.actor) == "Gregory Wendle", (q.speaker, art.actors)


@pytest.mark.parametrize("text, phrase, person", [
    ("Maria Soto, her husband and four children were found shot dead in the house on Friday, police said. Soto had "
     "filed for a protective order in May.\n", "husband", "Maria Soto"),
    ("Police said Ann Rowe, her husband, was not home at the time. Officers found Dale Rowe in the garage.\n",
     "husband", "Ann Rowe"),
])
def test_a_kin_noun_listed_after_a_name_or_of_the_other_gender_is_not_that_person(run, text, phrase, person):
    art = run(text)
    assert person not in _holders(art, text, phrase), art.actors


def test_a_kin_noun_in_apposition_of_its_gender_stays_the_persons(run):
    text = "Officers found Dale Rowe, her husband, in the garage on Friday.\n"
    art = run(text)
    assert "Dale Rowe" in _holders(art, text, "husband"), art.actors


@pytest.mark.parametrize("text", [
    "Chief Executive Martin Quimby of Tessaro Systems cut 300 jobs in May. On Tuesday, Tessaro's chief executive "
    "criticized the union for the strike.\n",
    "Martin Quimby of Tessaro Systems met the union in May. \"The union is lying,\" Tessaro's chief executive said "
    "on Tuesday.\n",
])
def test_a_description_owned_by_the_persons_own_body_is_still_the_person(run, text):
    # review39: the owner (`Tessaro`) is told in a sentence naming the person (`of Tessaro Systems`): the person's own
    # company, not someone else's chief executive (a description: descriptions.py; a speaker: speakers.py)
    art = run(text)
    assert "Martin Quimby" in _holders(art, text, "Tessaro's chief executive"), art.actors
