"""act52c: the lead's session-52 actor decisions (bench/actors/GUIDE.md "Decided (session 52, the lead, on agree52's
proposals)"; docs/actors.md `### act52c`). In a story whose crime one named force works, bare `police`, `officers`,
`deputies` and the police's unqualified `officials` / `authorities` are that force's mentions (local_news
`_one_force`); the winner of a vote who unseats an office holder or wins a seat on a body takes the office's sector
(`election_winners`); chaplains of a police force COP, heads of zoos and museums NGO
(titles.tsv); zoos, libraries and aquariums NGO unless the text says `public library` (orgwords.tsv), `Corp.` after an
arts centre's name does not make it BUS (common `_service_under_legal_form`); the manager of a named place of no given
owner BUS (`facility_managers`).
Invented sentences; rows marked `fails on int52` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("one_force_officers_officials_authorities",   # fails on int52: Officers, Officials, Authorities own COP groups
     "Harlow police arrested a man on Friday after a woman was stabbed on Main Street. Police said the man, 34, knew "
     "her. Officers found the knife in a bin. Officials identified the woman as Mary Lund, 40. Authorities said the "
     "man would appear in court on Monday.\n",
     "Police: same=Harlow police; Officers: same=Harlow police; Officials: same=Harlow police; "
     "Authorities: same=Harlow police"),
    ("one_force_sheriffs_office",   # fails on int52: investigators and `the sheriff's office` apart
     "The Dunmore County Sheriff's Office is looking for a man who robbed a gas station on Sunday. Investigators said "
     "the sheriff's office had found his car.\n",
     "Investigators: same=Dunmore County Sheriff's Office; the sheriff's office: same=Dunmore County Sheriff's Office"),
    ("guard_no_named_force",   # the text leaves the force open: a group of its own
     "A man was shot on Elm Street early Sunday, police said. Officers found him on the porch.\n",
     "Officers: actor; Officers: sector=COP"),
    ("guard_city_officials_beside_a_mayor",   # officials of a town with a mayor stay GOV, apart from the force
     "Harlow police arrested a man on Friday after a fight outside a bar. Mayor Ann Roe said officials would review "
     "the bar's licence.\n",
     "officials: sector=GOV"),
    ("winner_unseats_a_judge",   # fails on int52: CVL
     "Businesswoman Ann Roe has unseated Municipal Judge Tom Pike, according to the unofficial count. Roe had 58 "
     "percent of the vote.\n",
     "Ann Roe: sector=JUD; Tom Pike: sector=JUD"),
    ("winner_of_a_school_board_seat",   # fails on int52: CVL
     "Mark Fenn won a seat on the Dunmore school board on Tuesday.\n",
     "Mark Fenn: sector=EDU"),
    ("guard_defeated_in_a_game",   # no office held by the beaten: nothing moves
     "Ann Roe defeated Tom Pike in the tennis final on Sunday at the Harlow club.\n",
     "Ann Roe: sector!=JUD; Ann Roe: sector!=GOV"),
    ("police_chaplain",   # fails on int52: REL
     "Police chaplain Tom Hale prayed with the family after the shooting, Harlow police said.\n",
     "Tom Hale: sector=COP"),
    ("guard_church_chaplain",
     "The hospital chaplain, the Rev. Tom Hale, prayed with the family on Sunday.\n",
     "Tom Hale: sector=REL"),
    ("zoo_and_its_director",   # fails on int52: the zoo no sector, its director GOV
     "The Harlow Zoo said its new lion cub was doing well, according to zoo director Pete Carr.\n",
     "Harlow Zoo: sector=NGO; Pete Carr: sector=NGO"),
    ("arts_centre_corporation",   # fails on int52: BUS
     "The Riverside Arts Centre Corp., which runs the two city halls, said ticket sales fell.\n",
     "Riverside Arts Centre Corp.: sector=NGO"),
    ("guard_shopping_center_inc",
     "The Harlow Shopping Center Inc. said its sales fell in May.\n",
     "Harlow Shopping Center Inc.: sector=BUS"),
    ("manager_of_a_named_place",   # fails on int52: CVL
     "Kim Doyle, manager of Splash Cove, said the water park would open on Saturday.\n",
     "Kim Doyle: sector=BUS"),
    ("guard_manager_of_a_public_body",
     "Kim Doyle, manager of the Harlow Water Department, said the pipes were old.\n",
     "Kim Doyle: sector=GOV"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act52c_actors(run, text, spec):
    check_actors(run(text, published="2016-11-10"), text, spec)


def test_act52c_library_rows():
    """A library with no owner given NGO, `public library` GOV: the rows the session-52 decision asks for."""
    from dateline.lexicon import actors as lex

    words = lex.org_sector_words()
    assert words["library"] == "NGO" and words["public library"] == "GOV" and words["zoo"] == "NGO"


def test_act52c_word_classes_load():
    """The classes the rules read are in actor_words.tsv, described in its comments and not empty."""
    from dateline.lexicon import actors as lex
    from tests.helpers import described_classes

    names = ("force_bare", "unseat_verb", "won_seat_verb", "won_seat_noun", "public_service")
    assert set(names) <= described_classes("actor_words.tsv")
    assert all(lex.words(n) for n in names)
    assert "officers" in lex.words("force_bare") and "unseat" in lex.words("unseat_verb")
