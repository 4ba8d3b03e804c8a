"""ev47: false events of stories that are not politics (issue 10, precision first), on invented sentences of farm,
science, business, school, neighbourhood and sports stories; a row marked `fails on main` failed before the change,
a guard passes on both."""
from __future__ import annotations

import pytest

from tests.helpers import found, types


# No event: force on animals and other living things that are no actor (event_senses `animal`), with the place they
# were at beside them (checks `_force_on_animals`) or an animal as the doer of a relative clause (`_animal_attack`);
# a warning of a plight whose only actor word is in a phrase of where (`_warned_of_plight`) or of what a market figure
# will do (event_senses `marketfigure`: cost, rate, stock); a market figure as the subject of a rally
# (senses `_thing_did`); blame or praise between people of private life (event_senses `everyday`,
# `_everyday_exchange`); a shot fired at a goalkeeper (event_senses `contest` fire); a trigger noun whose
# modifier makes it a figure (event_senses `idiom` `culture clash`, checks `_idiom`); a critic's verdict on a work
# (senses `no_event`, event_senses `reviewer`).
NO_EVENT_CASES = [
    ("chickens_culled",   # fails on main: ASSAULT aimed at the chickens
     "Bird flu found\n\nAMES, Iowa (AP) - Health officials killed 300 chickens at a farm on Monday after bird flu was "
     "found.\n", "ASSAULT"),
    ("chickens_on_a_farm",   # fails on main: ASSAULT (the farm counted as a target)
     "Farm losses\n\nAMES, Iowa (AP) - Some 300 chickens were killed on a farm near Ames on Monday, the sheriff "
     "said.\n", "ASSAULT"),
    ("bear_relative_clause",   # fails on main: ASSAULT aimed at the hikers, no doer
     "Bear put down\n\nMISSOULA, Mont. (AP) - Wildlife officers shot a bear that had attacked two hikers near the park "
     "on Sunday.\n", "ASSAULT"),
    ("bacteria_killed",   # fails on main: ASSAULT aimed at the bacteria
     "New drug\n\nBOSTON (AP) - The researchers fought the disease with a new drug that killed the bacteria in "
     "mice.\n", "ASSAULT"),
    ("crisis_in_the_east_of_the_country",   # fails on main: ACCUSE aimed at the crisis
     "Aid group alarm\n\nGENEVA (Reuters) - The aid group warned of a food crisis in the east of the "
     "country.\n", "ACCUSE"),
    ("costs_would_hurt_profits",   # fails on main: ACCUSE aimed at fuel costs
     "Airline shares fall\n\nFRANKFURT (Reuters) - The airline's shares fell after the company warned that fuel costs "
     "would hurt profits.\n", "ACCUSE"),
    ("stocks_rallied",   # fails on main: PROTEST
     "Markets\n\nNEW YORK (Reuters) - Stocks rallied on Wall Street as investors cheered strong jobs data, and the "
     "dollar retreated against the yen.\n", "PROTEST"),
    ("teacher_admonished_students",   # fails on main: ACCUSE
     "School day\n\nDAYTON, Ohio (AP) - The teacher admonished the students for talking during the test.\n", "ACCUSE"),
    ("woman_scolded_neighbor",   # fails on main: ACCUSE
     "Noise row\n\nAKRON, Ohio (AP) - A woman scolded her neighbor over the noise on Saturday.\n", "ACCUSE"),
    ("shot_past_the_goalkeeper",   # fails on main: ASSAULT
     "Derby report\n\nMILAN (Reuters) - Inter's striker fired a shot past the goalkeeper in the second half.\n",
     "ASSAULT"),
    ("critics_panned_sequel",   # fails on main: ACCUSE aimed at the sequel
     "Film review\n\nLOS ANGELES (AP) - Critics panned the sequel on its opening weekend.\n", "ACCUSE"),
    ("culture_clash",   # fails on main: ASSAULT between the old guard and the young staff
     "Campus\n\nBOSTON (AP) - The book describes a culture clash between the old guard and the young staff.\n",
     "ASSAULT"),
]


@pytest.mark.parametrize("text, unwanted", [pytest.param(*r[1:], id=r[0]) for r in NO_EVENT_CASES])
def test_no_event(run, text, unwanted):
    art = run(text)
    assert not found(art, unwanted), types(art)


# Guards: people beside the animals, a politician's plan warned of, a body blamed, militants in what is warned of,
# protesters rallying, police firing on a crowd at a game's parade.
KEPT_CASES = [
    ("farmers_and_cattle",
     "Ranch raid\n\nLAGOS (Reuters) - Gunmen killed two farmers and their cattle on a ranch near the border on "
     "Sunday.\n", "ASSAULT"),
    ("plan_warned_of",
     "School funds\n\nSALEM, Ore. (AP) - The senator warned that the governor's plan would ruin the state's "
     "schools.\n", "ACCUSE"),
    ("mayor_scolded_council",
     "Council delay\n\nDAYTON, Ohio (AP) - The mayor scolded the council for the delay.\n", "ACCUSE"),
    ("parents_criticized_board",
     "School board\n\nDAYTON, Ohio (AP) - Parents criticized the school board over the new bus routes.\n", "ACCUSE"),
    ("militants_warned_of",
     "Aid group alarm\n\nGENEVA (Reuters) - The aid group warned of attacks by militants in the east of the "
     "country.\n", "THREATEN"),
    ("protesters_rallied",
     "Rally\n\nNEW YORK (AP) - Protesters rallied outside the stock exchange on Monday.\n", "PROTEST"),
    ("senator_panned_plan",
     "Budget fight\n\nSALEM, Ore. (AP) - The senator panned the governor's budget plan on Monday.\n", "ACCUSE"),
    ("army_offensive",
     "War\n\nKABUL (Reuters) - The army launched an offensive against the rebels in the north on Monday.\n", "ASSAULT"),
    ("police_fired_on_fans",
     "Parade turns deadly\n\nKIEV (Reuters) - Police fired on the crowd during the championship parade, killing two "
     "fans.\n", "ASSAULT"),
    # review47b (each failed on int47): people the parse joins to the animals as their conjunct; a threat and an
    # accusation of a crime between private people (EVENT_GUIDE.md: a private person in a criminal event is an
    # actor); a drug mule arrested is a person; peace keepers written as two words are no players (`keeper` is no word
    # only sport uses)
    ("cattle_and_herders",
     "Raid\n\nJUBA (Reuters) - Troops killed 20 cattle and two herders in a raid on the village.\n", "ASSAULT"),
    ("dog_and_guard",
     "Compound raid\n\nKABUL (Reuters) - Militants shot the dog and the guard at the gate of the compound.\n",
     "ASSAULT"),
    ("man_threatened_neighbor",
     "Parking row\n\nAKRON, Ohio (AP) - A man threatened his neighbor over a parking space on Sunday.\n", "THREATEN"),
    ("woman_accused_husband_of_abuse",
     "Court filing\n\nAKRON, Ohio (AP) - A woman accused her husband of abuse on Friday.\n", "ACCUSE"),
    ("woman_accused_neighbor_of_stealing",
     "Car gone\n\nAKRON, Ohio (AP) - A woman accused her neighbor of stealing her car.\n", "ACCUSE"),
    ("drug_mule_arrested",   # (`mule` is no animal of the lexicon: in news it is mostly a courier of drugs)
     "Airport arrest\n\nMIAMI (AP) - Police arrested a drug mule at the airport on Friday.\n", "COERCE"),
    ("peace_keepers_fired",
     "Airport clash\n\nBUNIA, Congo (Reuters) - UN peace keepers fired on protesters near the airport on Monday.\n",
     "ASSAULT"),
]


@pytest.mark.parametrize("text, wanted", [pytest.param(*r[1:], id=r[0]) for r in KEPT_CASES])
def test_event_kept(run, text, wanted):
    art = run(text)
    assert found(art, wanted), types(art)
