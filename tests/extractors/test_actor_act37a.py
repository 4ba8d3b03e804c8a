"""act37a: wrong identities that are not merges - names cut or built wrong, mentions too wide (docs/actors.md
`### act37a`). Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_given_name_before_a_tagged_particle_surname_is_the_names(run):
    text = ("Saudi Prince Turki bin Fahd said on Monday that his company would buy a stake in the hotel chain. The deal "
            "is worth $300 million.\n")       # (the tagger tags `bin Fahd` alone)
    art = run(text, published="2014-03-02")
    actor = actor_at(art, text, "Fahd")
    assert actor is not None and actor.name == "Turki bin Fahd", actor


def test_a_name_opening_with_capital_letters_is_no_person_to_take_he(run):
    text = ("NRC Dagkoerier reported on Friday that the minister had resigned. He had been in office for two years.\n")
    art = run(text, published="2014-03-02")       # (`NRC`: a body's letters in the lexicon, tagged PERSON whole)
    paper = actor_at(art, text, "Dagkoerier")
    assert paper is not None and paper is not actor_at(art, text, "He had"), paper


def _holders(art, text: str, word: str) -> set[str]:
    """Names of the actors with a mention over the first occurrence of `word`."""
    at = text.index(word)
    return {a.name for a in art.actors for m in a.mentions if m.start < at + len(word) and at < m.end}


def test_a_description_holding_another_persons_name_leaves_that_name_to_its_person(run):
    text = ("DENVER (Wire) -- Tax rates will rise, said Walter Brandt, Governor Lisa Moreno's first budget director, on "
            "Monday. Brandt said the plan was sound.\n")
    art = run(text, published="2014-03-02")
    assert _holders(art, text, "Moreno") == {"Lisa Moreno"}, art.actors
    assert actor_at(art, text, "first budget director").name == "Walter Brandt"


def test_a_bosss_surname_before_a_staff_title_is_not_the_staffers(run):
    text = ("DENVER (Wire) -- Moreno aide Jane Kessler said the plan was sound. Kessler spoke in Denver on Monday.\n")
    art = run(text, published="2014-03-02")
    assert "Jane Kessler" not in _holders(art, text, "Moreno"), art.actors
    assert actor_at(art, text, "Jane Kessler").name == "Jane Kessler"


_KIN_SPEAKER = ("BOSTON (Wire) -- Officials at Medlinx issued a recall on Monday, and Gordon Pruitt defended it. Harlan's "
                "daughter{name} said, \"To learn that his bones were sold was one blow.\"\n")


def test_a_kin_speaker_with_a_name_after_it_is_that_name(run):
    text = _KIN_SPEAKER.format(name=", Susan Harlan Pettit,")
    art = run(text, published="2014-03-02")
    assert actor_at(art, text, "daughter").name == "Susan Harlan Pettit", art.actors


def test_a_kin_speaker_is_not_the_person_named_last(run):
    text = _KIN_SPEAKER.format(name="")
    art = run(text, published="2014-03-02")
    kin = actor_at(art, text, "daughter")
    assert kin is None or kin.name != "Gordon Pruitt", kin


def test_a_capitalised_word_inside_a_quote_is_no_speakers_antecedent(run):
    text = ("LONDON (Wire) -- The striker scored four goals in Saturday's win over Burnley.\n"
            "\"He made a huge impact against Burnley. Magnificent,\" said the Harlow boss.\n"
            "\"He is a hugely important player for us.\"\n")
    art = run(text, published="2014-03-02")
    assert actor_at(art, text, "Magnificent") is None, art.actors
