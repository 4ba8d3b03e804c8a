"""Issue 10, ev34: the crime a criminal charge names is no attack told (`charged with murder in the death of X`: the
charge is COERCE, the murder what it says), and verbs of harsh words the trigger lexicon lacked (`savaged`,
`hammered`) are criticism when aimed at someone by someone. Invented sentences; each test keeps the forms that stay."""
from __future__ import annotations

from harm_story import HARM, events  # noqa: F401 (HARM for tests that name it)


def _events(run, text: str) -> list:
    return [e[:2] for e in events(run, text)]


def test_a_murder_charged_is_no_attack(run):
    evs = _events(run, "Two brothers stand charged with murder in the death of Sam Reyes.")
    assert ("COERCE", "charged") in evs and not [e for e in evs if e[0] == "ASSAULT"]


def test_a_murder_charged_for_is_no_attack(run):
    evs = _events(run, "Prosecutors announced that a 15-year-old girl had been charged for the murder of Tom Bale.")
    assert ("COERCE", "charged") in evs and not [e for e in evs if e[0] == "ASSAULT"]


def test_complaints_of_a_shooting_are_no_attack(run):
    evs = _events(run, "Kent was booked into the county jail on one complaint of murder and two complaints of "
                       "shooting with intent to kill.")
    assert not [e for e in evs if e[0] == "ASSAULT"]


def test_a_killing_told_stays(run):
    assert ("ASSAULT", "killed") in _events(run, "A gunman shot and killed a clerk on Monday.")
    assert ("ASSAULT", "shooting") in _events(run, "He pleaded guilty to the shooting of his neighbour.")


def test_savaged_someone_is_criticism(run):
    assert ("ACCUSE", "savaged") in _events(run, "Senator Kell savaged Governor Roe as a criminal in a speech on "
                                                 "Tuesday.")
    assert ("ACCUSE", "savaged") in _events(run, "The governor was savaged by critics after the vote.")


def test_hammered_someone_is_criticism(run):
    assert ("ACCUSE", "hammered") in _events(run, "Critics hammered the mayor over the budget.")


def test_harsh_verbs_of_beasts_weather_and_deals_are_no_criticism(run):
    for text in ("The boy was savaged by a dog in the park.", "The coast was hammered by the storm.",
                 "Negotiators hammered out a deal on Friday.", "The mayor hammered home his message about taxes.",
                 "Police said Moss savaged his neighbour with a machete."):
        assert not [e for e in _events(run, text) if e[0] == "ACCUSE"], text


def test_harsh_words_aimed_at_the_police_or_over_violence_are_criticism(run):
    """rev34: a word of the `violence` class that names whom the harsh words are aimed at (`the police chief`, `the
    army`), what they are about (`over the shooting`) or sits in another clause (`Police said`) is no violence done
    with the verb; one in the verb's own clause still is (`savaged his neighbour with a machete`, `troops hammered`)."""
    for text in ("The mayor savaged the police chief over the budget.",
                 "Critics hammered the army over the delays in pay.",
                 "The senator hammered the governor over the shooting of a teenager.",
                 "Police said the mayor had savaged the governor in a speech."):
        assert [e for e in _events(run, text) if e[0] == "ACCUSE"], text
    for text in ("Troops hammered the rebels near the border overnight.",
                 "Moss savaged his neighbour with a machete on Friday, police said."):
        assert not [e for e in _events(run, text) if e[0] == "ACCUSE"], text
