"""ident55: one surname, two people (docs/actors.md `### ident55`): a bare surname before a government noun goes by
its determiner (`the Bush administration` to the one who headed it, `a Clinton administration` to the one still to
head it); a bare surname whose own sentence then names one of the namesakes as a pronoun's relative (`his wife,
Hillary Clinton`) is the other; a headline's bare surname is not given to a namesake whom the body names only to
qualify another noun (`Former Bill Clinton pollster ...`). Invented sentences only (real office holders, invented private
people, towns and events)."""
from __future__ import annotations

from tests.helpers import linked_actor, linked_name as _name, name_in


# -- a government noun after a bare surname (`people._administration_holders`, `_lexicon_person_at`)

_BUSH = ("Jeb Bush toured a factory in Sumter with his brother George W. Bush on Tuesday. The former president spoke "
         "for half an hour to a crowd of workers.\n\n")


def test_the_administration_is_the_one_who_headed_it(run):
    text = _BUSH + "Jeb Bush said the town still spoke well of the Bush administration.\n"
    assert name_in(run, text, "Bush", 3, published="2016-02-16") == "George W. Bush"


def test_an_administration_to_come_is_not_the_former_head(run):
    # near-miss: `a Bush administration` is one still to come, the candidate's
    text = _BUSH + "A Bush administration would put jobs first, Jeb Bush told the crowd.\n"
    assert name_in(run, text, "Bush", 2, published="2016-02-16") == "Jeb Bush"


def test_a_clinton_administration_in_2016_is_the_candidate(run):
    text = ("Hillary Clinton spoke in Dayton on Monday. Bill Clinton spoke in Lexington.\n\nTwo officials who served in "
            "the Clinton administration praised her plan. A Clinton administration would lift the minimum wage, she "
            "said.\n")
    art = run(text, published="2016-05-02")
    assert _name(art, text, "Clinton", 2) == "Bill Clinton"
    assert _name(art, text, "Clinton", 3) == "Hillary Clinton"


def test_a_town_mayors_administration_stays_the_mayor(run):
    # near-miss: a private person of a surname a lexicon head also bears keeps it
    text = ("Mayor Dana Brown of Kettle Falls signed the budget on Monday. Council members said the Brown "
            "administration had cut the fire department twice.\n")
    art = run(text, published="2015-06-01")
    a = linked_actor(art, text, "Brown", 1)
    assert a is None or a.name == "Dana Brown", a.name


# -- a pronoun's relative named after a bare surname (`people._kin_apposed_names`)

def test_a_surname_before_his_wife_named_is_the_husband(run):
    text = ("A woman who met former President Bill Clinton in 1979 spoke on a radio show on Sunday. She also described "
            "a meeting with Hillary Clinton.\n\nThe woman spoke again as Clinton now stumps across Iowa for his "
            "wife, Hillary Clinton, who seeks the nomination.\n")
    assert name_in(run, text, "Clinton", 2, published="2016-01-18") == "Bill Clinton"


def test_a_relative_named_in_another_sentence_changes_nothing(run):
    # near-miss: the kin apposition is in the next sentence; the bare surname stays the candidate of the day
    text = ("Bill Clinton spoke at a library in Little Rock on Friday.\n\nClinton has begun to campaign in Iowa. Her "
            "husband, Bill Clinton, will join her there on Monday.\n")
    assert name_in(run, text, "Clinton", 1, published="2016-01-18") == _name_without_kin(run)


def _name_without_kin(run):
    text = ("Bill Clinton spoke at a library in Little Rock on Friday.\n\nClinton has begun to campaign in Iowa. Her "
            "friend, Ann Tolley, will join her there on Monday.\n")
    return name_in(run, text, "Clinton", 1, published="2016-01-18")


def test_private_namesakes_a_surname_before_her_husband_named(run):
    text = ("Ted Varnum and Lena Varnum opened a bakery on Elm Street in Orlen in March.\n\nOn Saturday Varnum "
            "signed the lease beside her husband, Ted Varnum, and the landlord.\n")
    assert name_in(run, text, "Varnum", 2, published="2015-09-12") == "Lena Varnum"


# -- a headline's bare surname (`people._body_person`)

_POLL_BODY = ("Former Bill Clinton pollster Dale Vantor appeared on a cable show on Friday night. Vantor described "
              "the hard race Hillary Clinton faces in Tuesday's Oregon primary against Sen. Bernie Sanders.\n\nVantor "
              "said Clinton could still lose the state.\n")


def test_a_headline_surname_is_not_a_namesake_named_only_as_a_qualifier(run):
    text = "Vantor Says Clinton Faces Trouble In Oregon.\n\n" + _POLL_BODY
    assert name_in(run, text, "Clinton", 0, published="2016-06-04") == "Hillary Clinton"


def test_a_headline_surname_before_the_qualified_noun_is_that_ones(run):
    text = "Former Clinton Pollster Says Clinton Faces Trouble In Oregon.\n\n" + _POLL_BODY
    art = run(text, published="2016-06-04")
    assert _name(art, text, "Clinton", 0) == "Bill Clinton"
    assert _name(art, text, "Clinton", 1) == "Hillary Clinton"


def test_a_headline_surname_keeps_the_first_named_when_named_as_a_person(run):
    # near-miss: the first of the name in the body is a person of the story, not a qualifier
    text = ("Clinton Returns To Arkansas For A Library Event.\n\nFormer President Bill Clinton spoke at a library in "
            "Little Rock on Friday. Hillary Clinton was campaigning in Oregon the same day.\n\nThe former president "
            "said the library would open a new wing.\n")
    assert name_in(run, text, "Clinton", 0, published="2016-06-04") == "Bill Clinton"


def test_a_presidency_goes_by_its_determiner_too(run):
    # actor_words.tsv own_government `presidency`: the past presidencies the head's, one to come the candidate's
    text = _BUSH + "Voters in Sumter remember the Bush presidencies fondly. A Bush presidency would put jobs first, " \
                   "Jeb Bush said.\n"
    art = run(text, published="2016-02-16")
    assert _name(art, text, "Bush", 2) == "George W. Bush"
    assert _name(art, text, "Bush", 3) == "Jeb Bush"


def test_a_surname_owning_the_kin_noun_named_elsewhere_is_not_that_relative(run):
    # `his wife` with no name in the sentence: the article set `his wife, Hillary Clinton` in apposition before
    text = ("Bill Clinton spoke at a union hall in Des Moines on Monday beside his wife, Hillary Clinton. The hall was "
            "full.\n\nClinton said his wife would raise wages for farm workers.\n")
    assert name_in(run, text, "Clinton", 2, published="2016-01-25") == "Bill Clinton"


def test_a_surname_owning_a_kin_noun_of_another_lemma_stays(run):
    # near-miss: `her husband` names no one the article set beside `her husband`; the candidate keeps it
    text = ("Hillary Clinton campaigned in Des Moines on Monday with her husband, Bill Clinton. The former president "
            "spoke first and praised the state's farmers.\n\nClinton said her husband had taught her to love Iowa.\n")
    assert name_in(run, text, "Clinton", 2, published="2016-01-25") == "Hillary Clinton"
