"""act54b: classes of American local news and shooting reports (docs/actors.md `### act54b`). Invented stories and
invented towns (Quillbrook, Marrowfield), invented call signs."""
from __future__ import annotations

import pytest

from dateline.structure import structure
from dateline.records import RawArticle
from tests.helpers import actor_at


def _dateline(text: str):
    return structure(RawArticle(id="t", text=text)).dateline


@pytest.mark.parametrize("line, place, agency", [
    ("QUILLBROOK (KXQV.COM) – A toddler is healing in a hospital.", "Quillbrook", "KXQV.COM"),
    ("MARROWFIELD COUNTY (KXQV.com) – A mother faces a charge after her son was shot.", "Marrowfield County",
     "KXQV.com"),
    ("FORT WORTH (WQRT.com) - Police are looking for a gunman.", "Fort Worth", "WQRT.com"),
])
def test_a_stations_web_address_in_a_capitals_dateline_is_its_agency(line, place, agency):
    d = _dateline("Boy shot at home\n\n" + line + "\n\nMore text follows.")
    assert d is not None and (d.place, d.agency) == (place, agency), (line, d)


@pytest.mark.parametrize("line", [
    "Visit Quillbrook (KXQV.com) - the station's page has more.",     # title case, no capitals place: a sentence
    "QUILLBROOK (KXQV.info) - A toddler is healing.",        # no address a station writes
    "QUILLBROOK (see KXQV.COM) - A toddler is healing.",     # more than one word in the parentheses
])
def test_near_miss_other_parentheses_are_no_dateline(line):
    assert _dateline("Boy shot at home\n\n" + line + "\n\nMore text follows.") is None


STATION = ("Toddler shoots himself with mother's gun\n\nFollow WQRT.COM: Facebook | Twitter\n\n"
           "FORT WORTH (WQRT.COM) – A 4-year-old boy is healing in a children's hospital after he shot himself in "
           "the arm. Police have not said whether the boy's mother will face charges.\n")


def test_the_dateline_of_a_stations_web_address_gives_the_story_its_home(run):
    article = run(STATION)
    boy = actor_at(article, STATION, "A 4-year-old boy")
    police = actor_at(article, STATION, "Police")
    assert boy is not None and boy.country == "USA", boy
    assert police is not None and police.country == "USA" and police.sector == "COP", police


TIMES_UNION = ("A man was shot Friday on Elm Road in Marrowfield, Ohio, police said. A co-worker, Dale Immer, told The "
               "Times-Union on Thursday that the victim was kind. \"We just saw him,\" Immer told The Times-Union.\n")


def test_two_masthead_words_a_hyphen_joins_are_one_paper_not_a_lexicon_outlet(run):
    article = run(TIMES_UNION)
    paper = actor_at(article, TIMES_UNION, "Times-Union")
    assert paper is not None and paper.sector == "MED" and paper.country != "GBR", paper
    assert all(a.country != "GBR" for a in article.actors), [(a.name, a.country) for a in article.actors]
    man = actor_at(article, TIMES_UNION, "A man")
    assert man is not None and man.country == "USA", man


def test_near_miss_the_lexicon_outlet_alone_stays_itself(run):
    text = "Lord Ashby told The Times on Thursday that the plan would fail.\n"
    paper = actor_at(run(text), text, "The Times")
    assert paper is not None and paper.sector == "MED" and paper.country == "GBR", paper


@pytest.mark.parametrize("name", ["the Quillbrook Herald-Leader", "the Post-Gazette"])
def test_a_masthead_compound_is_a_newspaper(run, name):
    text = f"A man was shot Friday in Marrowfield, Ohio, police said. Neighbors told {name} that they heard shots.\n"
    paper = actor_at(run(text), text, name.split()[-1])
    assert paper is not None and paper.sector == "MED", paper


def test_near_miss_a_persons_double_surname_of_such_words_stays_a_person(run):
    text = "Ann Post-Leader was shot Friday in Marrowfield, Ohio, police said.\n"
    ann = actor_at(run(text), text, "Ann Post-Leader")
    assert ann is not None and ann.sector == "CVL", ann


def test_co_workers_of_a_victim_are_private_people_not_a_union(run):
    text = "Co-workers of Ann Lane called police in Marrowfield, Ohio, when she did not come to work on Monday.\n"
    group = actor_at(run(text), text, "Co-workers")
    assert group is not None and group.sector == "CVL", group


def test_near_miss_a_trades_workers_stay_labour(run):
    text = "Factory workers at the Marrowfield, Ohio, plant walked off the job on Monday. The workers want higher pay.\n"
    group = actor_at(run(text), text, "Factory workers")
    assert group is not None and group.sector == "LAB", group


def test_a_speaker_at_an_event_is_no_legislatures_speaker(run):
    text = ("The guest speaker at the Marrowfield, Ohio, Rotary luncheon was a retired nurse. The keynote speaker "
            "praised the volunteers.\n")
    article = run(text)
    for words in ("The guest speaker", "The keynote speaker"):
        a = actor_at(article, text, words)
        assert a is None or a.sector != "LEG", (words, a)


def test_near_miss_the_speaker_of_a_house_stays_legislature(run):
    text = "Marrowfield, Ohio - House Speaker Ann Dole said the bill would pass. The speaker told reporters she was sure.\n"
    a = actor_at(run(text), text, "House Speaker Ann Dole")
    assert a is not None and a.sector == "LEG", a


CAR = ("A doorbell camera caught a grey van easing alongside a black Chevrolet Impala parked at the light on Elm Road "
       "in Marrowfield, Ohio. The Impala then sped off down Fifth Street while more shots rang out, police say.\n")


def test_a_car_named_again_by_its_model_alone_is_no_actor(run):
    article = run(CAR)
    assert actor_at(article, CAR, "Impala", 1) is None        # (nth counts from 0: the first is the make and model)


def test_near_miss_a_model_word_with_no_car_named_stays_an_actor(run):
    text = "The Impala Youth Club met in Marrowfield, Ohio, on Friday. The Impala said it would hold a vigil.\n"
    assert actor_at(run(text), text, "Impala", 1) is not None


STREET = ("Police in Marrowfield, Ohio, said the man and a friend headed to Elm Court to hide the rifle in a ditch. "
          "Officers later recovered the rifle from the ditch on Elm Court.\n")


def test_a_court_written_only_as_a_street_is_no_court_of_law(run):
    article = run(STREET)
    for k in (0, 1):
        assert actor_at(article, STREET, "Elm Court", k) is None, k


@pytest.mark.parametrize("court", ["District Court", "Superior Court"])
def test_near_miss_a_court_of_law_after_to_stays_one(run, court):
    text = f"Police in Marrowfield, Ohio, said the case against the man was sent to {court} on Monday.\n"
    a = actor_at(run(text), text, court)
    assert a is not None and a.sector == "JUD", a


def test_near_miss_a_court_that_acts_elsewhere_stays_one(run):
    text = ("Police in Marrowfield, Ohio, said the man was taken to Elm Court on Friday. Elm Court ruled that he must "
            "stay in jail.\n")
    a = actor_at(run(text), text, "Elm Court", 1)
    assert a is not None and a.sector == "JUD", a


GIVEN = ("Jordan Pellow graduated from Elm Street High School in Marrowfield, Ohio, last month. He was shot on Friday "
         "night, police said. \"We all loved Jordan so much,\" his teacher said.\n")


def test_a_lone_country_name_that_is_the_given_name_of_a_person_named_in_full_is_no_state(run):
    article = run(GIVEN)
    a = actor_at(article, GIVEN, "Jordan", 1)
    assert a is None or a.country != "JOR", a
    assert all(x.country != "JOR" for x in article.actors), [(x.name, x.country) for x in article.actors]


def test_near_miss_the_country_named_with_its_people_stays_a_state(run):
    text = ("Jordan Pellow graduated from Elm Street High School in Marrowfield, Ohio, last month. He later served with "
            "the Army in Amman, where Jordanian officers praised him. \"Jordan thanked him,\" his teacher said.\n")
    a = actor_at(run(text), text, "Jordan", 1)
    assert a is not None and a.country == "JOR", a


@pytest.mark.parametrize("unit", ["Homicide Section", "Homicide Division", "Forensics Unit"])
def test_a_police_forces_named_unit_is_police(run, unit):
    text = (f"A man was shot in Marrowfield, Ohio, police said. Tips can be phoned to the {unit} at "
            "555-828-3521.\n")
    article = run(text)
    a = actor_at(article, text, unit)
    assert a is not None and a.sector == "COP", a
    police = actor_at(article, text, "police")
    assert police is not None and police is not a, police      # (the unit is no force that bare police join)


def test_near_miss_a_gangs_own_name_stays_no_police_unit(run):
    text = "Members of the Harlan Street Gang were charged in Marrowfield, Ohio, on Friday, the indictment says.\n"
    a = actor_at(run(text), text, "Harlan Street Gang")
    assert a is None or a.sector != "COP", a


@pytest.mark.parametrize("title", ["County Prosecuting Attorney", "Commonwealth's Attorney"])
def test_a_county_prosecutor_by_his_states_title_is_a_prosecutor(run, title):
    text = f"A man was shot in Marrowfield, Ohio. Harlan {title} John Pell said the man will be charged.\n"
    a = actor_at(run(text), text, "John Pell")
    assert a is not None and a.sector == "JUD", a


def test_near_miss_a_defense_attorney_stays_a_private_lawyer(run):
    text = "A man was shot in Marrowfield, Ohio. Defense Attorney John Pell said his client will plead not guilty.\n"
    a = actor_at(run(text), text, "John Pell")
    assert a is not None and a.sector == "CVL", a


def test_a_prosecutors_office_named_by_its_people_is_a_prosecutors_body(run):
    text = "A teen was shot at a party in Marrowfield, Ohio. The Harlan County Prosecutors office says no one was arrested.\n"
    a = actor_at(run(text), text, "Harlan County Prosecutors")
    assert a is not None and a.sector == "JUD", a


def test_near_miss_a_county_prosecutor_by_name_stays_a_person(run):
    text = "A teen was shot at a party in Marrowfield, Ohio. Harlan County Prosecutor Ann Dole said no one was arrested.\n"
    a = actor_at(run(text), text, "Ann Dole")
    assert a is not None and a.sector == "JUD" and a.name == "Ann Dole", a
