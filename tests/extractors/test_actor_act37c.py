"""act37c: false actors and codes of local news, by an output audit (docs/actors.md `### act37c`): a township's name
(`Clinton Twp.`, `Clinton Township police`) is a place, neither a person nor Hillary Clinton. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at

_TWP = ("Boy hurt in Clinton Twp. crash\n\nClinton Township — A boy was hurt when a car hit his bike on Monday, "
        "according to Clinton Township police. The boy is in stable condition.\n")


def test_a_township_named_after_a_politician_is_a_place_not_the_politician(run):
    article = run(_TWP)
    names = [a.name for a in article.actors]
    assert not any("Hillary" in n or n.startswith("Clinton Twp") for n in names), names
    police = actor_at(article, _TWP, "Clinton Township police")
    assert police is not None and police.sector == "COP", names


def test_a_township_tagged_as_a_person_in_a_headline_is_no_actor(run):
    text = ("Teen hurt in Warren Twp. house party shooting\nPolice are investigating a shooting at a graduation party in "
            "Warren Township, Ohio that left one teen hurt. Officers said the teen was taken to a hospital.\n")
    names = [a.name for a in run(text).actors]
    assert not any(n.startswith("Warren") for n in names), names


def test_a_county_named_after_a_politician_keeps_its_sheriff(run):
    # guard: `Clinton County Sheriff` stays the sheriff, no Hillary Clinton (passes before and after)
    text = "Clinton County deputies arrested a man on Friday. The Clinton County Sheriff said the man was held in jail.\n"
    names = [a.name for a in run(text).actors]
    assert not any("Hillary" in n for n in names), names


def test_a_town_in_apposition_with_a_noun_of_a_town_is_no_person(run):
    text = ("Six people have been taken to hospital with flu in the city of Erzin. The children were from Dogu Kaya, "
            "a farming town in eastern Turkey. A doctor said the boy died of the virus.\n")
    names = [a.name for a in run(text).actors]
    assert "Dogu Kaya" not in names, names


def test_an_island_named_after_island_of_is_no_person(run):
    text = ("More than 100 people died after a flood hit the Indonesian island of Sumba on Monday. Thousands of people "
            "are camping in the hills, officials said.\n")
    names = [a.name for a in run(text).actors]
    assert "Sumba" not in names, names


def test_a_town_written_before_its_state_is_a_place_wherever_it_stands(run):
    text = ("A man from Swanton, Ohio, died after being found in a pool on Saturday. Police said he had been swimming "
            "with his grandson. Swanton is roughly 20 miles west of Toledo.\n")
    names = [a.name for a in run(text).actors]
    assert "Swanton" not in names, names


def test_a_gazetteer_town_after_in_on_a_verb_and_before_woman_is_no_person(run):
    text = ("Police seek missing Glen Allen woman. County police are looking for a woman who was last seen Thursday at "
            "a store on Telegraph Road in Glen Allen. They identified her as Ann Roe, 33.\n")
    names = [a.name for a in run(text).actors]
    assert "Glen Allen" not in names, names
    assert "Ann Roe" in names, names


def test_a_town_that_acts_keeps_its_actor(run):
    # guard: `Stockton calls in ...`: the town is a verb's subject, its government acts (passes before and after)
    text = ("Stockton calls in state help after shootings. Five people were shot in Stockton on Saturday. Stockton "
            "police said the department asked for help.\n")
    names = [a.name for a in run(text).actors]
    assert "Stockton" in names, names


def test_a_surname_of_the_article_named_like_the_dateline_town_stays_the_person(run):
    # guard: `JACKSON, Miss.` over `Mayor Tony Jackson ... Jackson said` (passes before and after)
    text = ("JACKSON, Miss. — Mayor Tony Jackson said on Monday the city will repave ten roads. Jackson said the work "
            "will start in May.\n")
    jackson = next((a for a in run(text).actors if a.name == "Tony Jackson"), None)
    assert jackson is not None and len(jackson.mentions) >= 2, jackson


def test_a_township_that_acts_stays_an_actor(run):
    # guard: `Tewksbury Twp. introduces ...`: the township's government acts (passes before and after)
    text = ("Tewksbury Twp. introduces new noise ordinance. Township Attorney Mike Sell said that a permit is "
            "meant for information. The Township Committee introduced the ordinance last Tuesday.\n")
    names = [a.name for a in run(text).actors]
    assert any(n.startswith("Tewksbury") for n in names), names


def test_a_person_before_a_title_holding_city_keeps_his_name(run):
    # guard: `Brian M. Connors, acting city chief planning officer`: no town's apposition
    text = ("The urban renewal plan lets the city negotiate with the owners, Brian M. Connors, acting city chief "
            "planning officer, said before the meeting.\n")
    names = [a.name for a in run(text).actors]
    assert "Brian M. Connors" in names, names


_AL = ("Man hurt in shooting at gas station\nDothan, AL- Late Sunday night police received word that shots were fired "
       "at a gas station. Officers said a man was hurt and taken to a hospital. Witnesses said two men ran away.\n")
_CALL = ("Firefighter stops playground shooter\nA firefighter who ran to the school stopped a teen who opened fire on "
         "the playground, the sheriff said. The firefighter heard a 911 call about the shooting while he was at a farm "
         "nearby. The volunteer fire department is down the road from the school.\n")
_IOWA = ("Governor pushes new rules on elder abuse\nGov. Tom Reed is urging the legislature to change Iowa law to "
         "protect dependent adults. The governor received the recommendations of a task force on Monday. The task "
         "force was formed after reports on the treatment of workers at Henry's Turkey Service, a company that ran a "
         "bunkhouse.\n")


def test_a_us_town_and_state_the_structure_stage_left_unparsed_give_the_home(run):
    article = run(_AL)
    police = actor_at(article, _AL, "police")
    assert police is not None and police.country == "USA", [(a.name, a.country) for a in article.actors]


def test_a_911_call_and_a_fire_department_give_the_home(run):
    article = run(_CALL)
    sheriff = actor_at(article, _CALL, "the sheriff")
    assert sheriff is not None and sheriff.country == "USA", [(a.name, a.country) for a in article.actors]


def test_a_firm_named_after_its_owner_holds_no_country_and_the_state_named_gives_the_home(run):
    article = run(_IOWA)
    firm = actor_at(article, _IOWA, "Henry's Turkey Service")
    assert firm is None or (firm.country != "TUR" and firm.sector == "BUS"), (firm.name, firm.country, firm.sector)
    governor = actor_at(article, _IOWA, "Gov. Tom Reed")
    assert governor is not None and governor.country == "USA", [(a.name, a.country) for a in article.actors]


def test_a_country_owning_a_body_keeps_its_country(run):
    # guard: `Turkey's Foreign Ministry`: the country first, no owner's possessive before it (passes both ways)
    text = "Britain's Royal Navy sent a ship to the Gulf on Monday, Turkey's Foreign Ministry said.\n"
    article = run(text)
    assert any(a.country == "TUR" for a in article.actors), [(a.name, a.country) for a in article.actors]


def test_an_alderman_and_a_detective_abbreviated_before_their_names_take_their_sectors(run):
    text = ("A man was shot on the West Side, according to Ald. Rosa Vega (12th). Vega said guns must get off the "
            "street. Anyone with details is asked to call Det. Sam Boyle, police said.\n")
    article = run(text)
    vega = actor_at(article, text, "Rosa Vega")
    boyle = actor_at(article, text, "Sam Boyle")
    assert vega is not None and vega.sector == "GOV", (vega.name, vega.sector) if vega else None
    assert boyle is not None and boyle.sector == "COP", (boyle.name, boyle.sector) if boyle else None


def test_a_state_s_attorney_is_a_prosecutor_not_a_private_lawyer(run):
    text = "Police said shots were fired in the street. State's Attorney Jim Hale said there was an exchange of gunfire.\n"
    hale = actor_at(run(text), text, "Jim Hale")
    assert hale is not None and hale.sector == "JUD", (hale.name, hale.sector) if hale else None


def test_a_chain_named_as_the_site_of_a_shooting_is_no_actor(run):
    text = ("Teen shot outside restaurant\nA teen was shot in the parking lot of a McDonald's next to a gas station, "
            "police said. Officers were called to the Chevron gas station on Main Street at 11 p.m. The teen was taken "
            "to a hospital.\n")
    names = [a.name for a in run(text).actors]
    assert not any(n.startswith("McDonald") or n.startswith("Chevron") for n in names), names


def test_a_chain_that_acts_stays_an_actor(run):
    # guard: `McDonald's said` and `Chevron agreed`: the companies act (passes before and after)
    text = "McDonald's said on Monday it will close 200 restaurants. Chevron agreed to buy a rival for $5 billion.\n"
    names = [a.name for a in run(text).actors]
    assert any(n.startswith("McDonald") for n in names) and "Chevron" in names, names


def test_a_tournament_named_classic_is_no_actor(run):
    text = ("Sam Ruiz birdied his final two holes to grab a one-shot lead through three rounds of the Pine Valley "
            "Chrysler Classic. Ruiz shot a five-under-par 67.\n")
    names = [a.name for a in run(text).actors]
    assert not any(n.endswith("Classic") for n in names), names
