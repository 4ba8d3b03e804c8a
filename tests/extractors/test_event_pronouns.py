"""A pronoun participant named by the noun it stands for in its sentence (extractors/events/antecedents.py), when
the actors' coreference gave it no actor: invented sentences, each aimed at one form."""
from __future__ import annotations


from tests.helpers import first_found, texts


def named(article, parts):
    """Each participant's words, and the name of its actor when it has one (the coreference may have named it)."""
    names = {a.id: a.name for a in article.actors}
    return " ".join(p.text + " " + names.get(p.actor, "") for p in parts)


def test_a_pronoun_subject_of_a_joined_clause_is_the_first_clause_subject(run):
    art = run("\n\nThe miners said that they had kept the peace, but they denounced the arrests of the organisers.\n")
    assert "miners" in named(art, first_found(art, "ACCUSE").source)


def test_a_pronoun_object_is_the_one_person_named_before_it(run):
    art = run("\n\nGovernor Hale answered the letter by calling Okafor \"naive\" and accusing him of lying to voters.\n")
    assert "Okafor" in named(art, first_found(art, "ACCUSE").target)


def test_the_one_told_is_they(run):
    art = run("\n\nSenator Marsh telling the striking teachers they were being ridiculous.\n")
    assert "teachers" in named(art, first_found(art, "ACCUSE").target)


def test_a_victim_in_a_clause_after_the_main_one_is_its_subject(run):
    art = run("\n\nFour miners were taken to a hospital after they were injured by the gunman.\n")
    assert "miners" in named(art, first_found(art, "ASSAULT").target)


def test_a_pronoun_that_may_be_the_other_side_stays(run):
    # `him` may be the one who demands: no other name is put in its place
    art = run("\n\nThe boy's uncle has urged the police to return the papers to him.\n")
    for e in art.events:
        assert all("boy" not in t for t in texts(e.target)), e


def test_a_pronoun_inside_a_quote_stays(run):
    art = run("\n\nMayor Ruiz and Governor Tate met, with Ruiz promising to \"bomb them into oblivion.\"\n")
    for e in art.events:
        assert all(t not in ("Ruiz", "Mayor Ruiz") for t in texts(e.target)), e


def test_a_pronoun_subject_of_what_someone_declared_is_the_teller(run):
    # `he` left without an actor by the coreference (two men named before it): the one who declares
    art = run("\n\nSenator Hale met with Governor Okafor on Monday and declared in an interview that he found Okafor "
              "very charming.\n")
    assert "Hale" in named(art, first_found(art, "SUPPORT").source)
