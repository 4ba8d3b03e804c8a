"""act34c: a person's sector from the body they act for (docs/actors.md `### act34c`): a body named in the second of
two joined appositions (`a resident and a member of the group ...`, `a marcher and the director of outreach for
...`), an association's or union's lawyer, the spokeswoman of a lexicon state body written short (`the
FDA`), and a wire story's `Editing by` credit. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_the_body_in_a_joined_apposition_beats_the_private_noun(run):
    text = ("The vote is set for Tuesday. Dale Harnett, a Riverton resident and a member of the advocacy group "
            "Parents for Safer Streets, said the plan was needed.\n")
    person = actor_at(run(text), text, "Dale Harnett")
    assert person is not None and person.sector == "NGO", person
    text = ("The march went on for hours, said Lena Vasquez, a marcher and the director of outreach for the "
            "Coalition for Open Parks, which opposes the plan.\n")
    article = run(text)
    person = actor_at(article, text, "Lena Vasquez")
    assert person is not None and person.sector == "NGO", person
    title = actor_at(article, text, "the director of outreach")
    assert title is not None and title.id == person.id, (title, person)   # no second actor for the title


def test_a_joined_private_noun_alone_stays_private(run):
    text = ("The vote is set for Tuesday. Dale Harnett, a Riverton resident and a father of three, said the plan "
            "was needed.\n")
    person = actor_at(run(text), text, "Dale Harnett")
    assert person is not None and person.sector == "CVL", person


def test_an_associations_or_unions_lawyer_speaks_for_it(run):
    for body, sector in (("the Ohio Dairy Producers Association", "NGO"), ("the Ohio Teachers Union", "LAB")):
        text = f'The hearing ended on Monday. "We will appeal," said Corwin Blake, an attorney for {body}.\n'
        person = actor_at(run(text), text, "Corwin Blake")
        assert person is not None and person.sector == sector, (body, person)


def test_a_private_clients_lawyer_stays_private(run):
    for body in ("the Blake family", "Lorna Fisk"):
        text = f'The hearing ended on Monday. "We will appeal," said Corwin Blake, an attorney for {body}.\n'
        person = actor_at(run(text), text, "Corwin Blake")
        assert person is not None and person.sector == "CVL", (body, person)


def test_a_spokeswoman_for_a_lexicon_state_body_written_short(run):
    text = ('"It will not go away," said a spokeswoman for the FDA, Nora Pike. The agency gave no other details.\n')
    person = actor_at(run(text), text, "Nora Pike")
    assert person is not None and (person.country, person.sector) == ("USA", "GOV"), person


def test_an_editing_credit_names_a_journalist(run):
    text = ("Rain delayed the final day of the match in Centurion, and the home side named an unchanged squad for "
            "the next test. (Editing by Marla Quint)\n")
    person = actor_at(run(text), text, "Marla Quint")
    assert person is not None and person.sector == "MED", person


def test_a_lawyer_for_a_state_a_bank_or_a_listed_group(run):
    """rev34: `Union` or `Association` as the last word makes no union of a state (`the Soviet Union`) nor of a name
    whose own words say a bank (`Credit Union`: orgwords' phrase, as the body's own actor reads it), and a listed
    group's lawyer keeps the group's country as before act34c."""
    for body, sector in (("the Soviet Union", None), ("the Riverton Credit Union", None),
                         ("the American Civil Liberties Union", "NGO")):
        text = f'The hearing ended on Monday. "We will appeal," said Corwin Blake, an attorney for {body}.\n'
        person = actor_at(run(text), text, "Corwin Blake")
        assert person is not None, body
        if sector is None:
            assert person.sector not in ("LAB", "NGO"), (body, person)
        else:
            assert (person.country, person.sector) == ("USA", sector), (body, person)
