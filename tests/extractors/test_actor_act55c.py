"""act55c: movements named for or against a candidate in campaign coverage (docs/actors.md `### act55c`). A quoted
name inside the speaker's own noun phrase (`the "Never Vickery" movement said`) is no quote of the person named
(speakers.py); a movement or a crowd whose stance is for or against a figure of the article (`the anti-Vickery
movement`, `the Stop Vickery movement`, `the Never Vickery crowd`) is a stance collective (GUIDE.md, session 51: CVL,
OPP where it protests or campaigns), while an issue's movement (`the anti-abortion movement`) is left alone
(descriptions.py `_figure_stance`). Invented stories, a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at

NEVER = ('Republican presidential candidate Dale Vickery won the Harlow primary on Tuesday, but the "Never Vickery" '
         'movement said it would fight on at the convention in Dover.\n\n'
         'Vickery told reporters in Ohio that he was not worried.\n')


def test_a_scare_quoted_name_in_the_speakers_phrase_is_not_the_candidate(run):
    article = run(NEVER, published="2016-04-01")
    movement = actor_at(article, NEVER, "movement")
    vickery = actor_at(article, NEVER, "Dale Vickery")
    assert vickery is not None and vickery.sector == "PTY", vickery
    assert movement is None or movement.id != vickery.id, (movement, vickery)
    assert movement is not None and movement.sector == "CVL", movement


NEAR_QUOTE = ('Republican presidential candidate Dale Vickery spoke in Harlow on Tuesday. "We will win this state," '
              'Vickery said.\n')


def test_a_quote_outside_the_speakers_phrase_stays_the_speakers(run):
    article = run(NEAR_QUOTE, published="2016-04-01")
    speaker = actor_at(article, NEAR_QUOTE, "Vickery said")
    vickery = actor_at(article, NEAR_QUOTE, "Dale Vickery")
    assert speaker is not None and vickery is not None and speaker.id == vickery.id, (speaker, vickery)


AGAINST = ("Republican presidential candidate Dale Vickery won the Harlow primary on Tuesday.\n\n"
           "The anti-Vickery movement has raised money for months, party officials in Ohio said. The Stop Vickery "
           "movement held a rally in Perth on Monday. Vickery told reporters that the Never Vickery crowd was "
           "small.\n")


def test_a_movement_against_a_candidate_is_a_stance_collective(run):
    article = run(AGAINST, published="2016-04-01")
    vickery = actor_at(article, AGAINST, "Dale Vickery")
    anti = actor_at(article, AGAINST, "anti-Vickery movement")
    assert anti is not None and anti.sector == "CVL" and anti.id != vickery.id, anti
    rally = actor_at(article, AGAINST, "Stop Vickery movement")
    assert rally is not None and rally.sector == "OPP", rally       # it holds a rally: OPP (GUIDE.md, session 51)
    crowd = actor_at(article, AGAINST, "crowd")
    assert crowd is not None and crowd.sector == "CVL" and crowd.id != vickery.id, crowd


ISSUE = ("The anti-abortion movement has raised money for months, party officials in Ohio said. The conservative "
         "movement grew in Harlow. Governor Tom Asher met the reform movement's leaders.\n")


def test_an_issues_or_a_creeds_movement_is_left_alone(run):
    article = run(ISSUE, published="2016-04-01")
    for words in ("anti-abortion movement", "conservative movement", "reform movement"):
        group = actor_at(article, ISSUE, words)
        assert group is None or group.sector != "CVL", (words, group)


COURT = ("WASHINGTON - The Senate confirmed judicial nominee Ann Roe on Monday, and Supreme Court nominee Tom Asher met "
         "senators. Republican presidential nominee Lena Farrow said the delays were wrong.\n")


def test_a_nominee_to_a_court_is_a_judge_designate(run):
    article = run(COURT, published="2016-04-12")
    for words in ("Ann Roe", "Tom Asher"):
        judge = actor_at(article, COURT, words)
        assert judge is not None and judge.sector == "JUD", (words, judge)
    candidate = actor_at(article, COURT, "Lena Farrow")       # near-miss: a party's nominee stays a candidate
    assert candidate is not None and candidate.sector == "PTY", candidate


CHAMBER = ("House Republicans blocked the bill on Tuesday. House Republican Dan Pell said the delays were wrong, and "
           "Senate Democrat Mia Kord agreed. Republican strategist Ivo Brandt disagreed. City Council Speaker Rita Moss "
           "of Harlow, Ohio, spoke later.\n")


def test_a_chamber_and_a_party_before_a_name_say_a_lawmaker(run):
    article = run(CHAMBER, published="2016-04-12")
    for words in ("Dan Pell", "Mia Kord"):
        member = actor_at(article, CHAMBER, words)
        assert member is not None and member.sector == "LEG", (words, member)
    group = actor_at(article, CHAMBER, "House Republicans")
    assert group is not None and group.sector == "LEG" and "Pell" not in group.name, group
    strategist = actor_at(article, CHAMBER, "Ivo Brandt")        # near-miss: a party's word alone says no seat
    assert strategist is None or strategist.sector != "LEG", strategist


def test_a_city_councils_speaker_is_the_citys_not_a_legislatures(run):
    article = run(CHAMBER, published="2016-04-12")
    speaker = actor_at(article, CHAMBER, "Rita Moss")
    assert speaker is not None and speaker.sector == "GOV", speaker


TOLD = ("WASHINGTON - Senator Len Ostby of Idaho said the wait was workable. \"We can live with it,\" Ostby told The "
        "Kessler-Vane on Monday. Mara Quist wrote for The Dover Informer that the town needs a vote. Ostby told the "
        "Harlow Rotary Club that he would run.\n")


def test_a_name_a_person_tells_or_writes_for_is_an_outlet(run):
    article = run(TOLD, published="2016-04-12")
    for words in ("Kessler-Vane", "Dover Informer"):
        outlet = actor_at(article, TOLD, words)
        assert outlet is not None and outlet.sector == "MED", (words, outlet)
    club = actor_at(article, TOLD, "Rotary Club")           # near-miss: a body whose words give its kind
    assert club is None or club.sector != "MED", club
