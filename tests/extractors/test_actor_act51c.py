"""act51c: the lead's session-51 actor decisions (bench/actors/GUIDE.md "Decided (session 51, the lead)"; docs/actors.md
`### act51c`). A school named only as a place one attends, applies to, studies at or graduates from is no actor
(actors/idle.py `attended_schools`); one that acts or decides stays. A retired soldier speaking for himself is CVL, not
ELI (people.py `_apply_title`). A justice ministry that brings, drops or decides on charges is JUD, GOV in its other
acts (codes.py `charging_ministries`). One attack's attackers (`the attackers`, definite `the terrorists`) are CRM,
generic `terrorists` REB (titles.tsv, codes.py `one_attack_groups`). A programme beside its network is no actor
(page_things.py `programmes`).
Invented sentences; rows marked `fails on int51` fail before the change, the guards pass before and after."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    ("school_of_a_junior",   # fails on int51: `Harvard University` an actor (EDU)
     "Mara Quinn, a junior at Harvard University, said the bus never came on Tuesday.\n",
     "Harvard University: none; Mara Quinn: actor"),
    ("college_graduated_from_known",   # passes on int51 too (the relative clause's object was left alone)
     "Mayor Ted Walsh, who graduated from Yale University in 1994, said the budget would pass.\n",
     "Yale University: none; Ted Walsh: actor"),
    ("college_graduated_from",   # passes on int51 too (the name is no entity there)
     "Mayor Ted Walsh, who graduated from Dunmore College in 1994, said the budget would pass.\n",
     "Dunmore College: none; Ted Walsh: actor"),
    ("academy_attended",   # fails on int51: `Fenwick Academy` an actor (EDU)
     "Her son attended Fenwick Academy for two years before the family moved, Rita Dale said.\n",
     "Fenwick Academy: none"),
    ("university_applied_to",   # passes on int51 too
     "Sheriff Paul Meyer said the suspect had applied to Lorne University last spring.\n",
     "Lorne University: none; Paul Meyer: actor"),
    ("graduate_of",   # fails on int51: `Elmford Institute` an actor (EDU)
     "Senator Ada Brook, a 1988 graduate of Elmford Institute, voted against the bill on Monday.\n",
     "Elmford Institute: none; Ada Brook: actor"),
    ("guard_school_that_decides",
     "Fenwick Academy admitted her in May, and the girl attended Fenwick Academy until June, Rita Dale said.\n",
     "Fenwick Academy: actor"),
    ("guard_school_that_speaks",
     "Harvard University said on Tuesday that classes would resume after the storm.\n",
     "Harvard University: actor"),
    ("retired_officer_speaks_for_himself",   # fails on int51: ELI
     "Retired Army Col. Ray Dunn, who served in Iraq, said the plan would fail.\n",
     "Ray Dunn: sector=CVL"),
    ("guard_retired_general_in_a_post_now",
     "On Monday Ted Cruz said his campaign manager, retired Army general Bob Dale, would lead the Iowa effort.\n",
     "Bob Dale: sector=PTY"),
    ("justice_ministry_drops_charges",   # fails on int51: the Justice Department GOV
     "The Justice Department dropped the charges against the two officers on Friday, a lawyer for the men said.\n",
     "Justice Department: sector=JUD"),
    ("justice_ministry_declines_to_prosecute",   # fails on int51: GOV
     "The Justice Department declined to prosecute the officer, Mayor Ann Lee said.\n",
     "Justice Department: sector=JUD"),
    ("guard_justice_ministry_asks_for_a_budget",
     "The Justice Department asked Congress for a larger budget on Friday, Senator Ann Lee said.\n",
     "Justice Department: sector=GOV"),
    ("attackers_of_one_attack",   # fails on int51: REB
     "The attackers fled after the shooting at the mall, police said.\n",
     "attackers: sector=CRM"),
    ("generic_terrorists",   # fails on int51: CRM
     "Terrorists have struck tourist sites across the region for years, the minister said.\n",
     "Terrorists: sector=REB"),
    ("guard_the_terrorists_of_one_attack",
     "The terrorists fled in a stolen car after the blast, the minister said.\n",
     "terrorists: sector=CRM"),
    ("programme_before_its_word",   # fails on int51: `Velvet Closet TV` an actor (MED)
     "The model Lena Shaw credits the trend to her Velvet Closet TV show, which ran for two seasons.\n",
     "Velvet Closet TV: none; Lena Shaw: actor"),
    ("guard_network_of_a_programme",
     "Senator Ada Brook told NBC's Today show on Monday that the bill would pass.\n",
     "NBC: sector=MED; Today: none"),
    ("guard_teacher_at_a_school",
     "Omar Reyes, a teacher at Cedar Bluff High School, said the roof leaked for weeks.\n",
     "Omar Reyes: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_act51c_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)


def test_act51c_word_classes_load():
    """The classes the rules read are in actor_words.tsv, described in its comments and not empty."""
    from dateline.lexicon import actors as lex
    from tests.helpers import described_classes

    names = ("school_word", "attend_verb", "attend_noun", "justice_ministry", "charge_verb", "charging_noun",
             "attack_group", "programme_word")
    assert set(names) <= described_classes("actor_words.tsv")
    assert all(lex.words(n) for n in names)
    assert "graduate" in lex.words("attend_verb") and "justice department" in lex.words("justice_ministry")
