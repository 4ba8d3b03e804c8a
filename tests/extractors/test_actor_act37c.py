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
    text = ("Teen hurt in Warren Twp. house party shooting\nPolice are investigating a shooting at a birthday party in "
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
            "with his grandson. Swanton is about 20 miles west of Toledo.\n")
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
