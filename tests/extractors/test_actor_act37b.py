"""act37b: false actors and codes of political and wire news found by an output audit (docs/actors.md `### act37b`):
an army or troops owned or named by a figure of a party's race is the figure's camp, no military; a body named after a
person takes no country from a town spelt like the given name. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_candidates_army_is_his_camp_no_military(run):
    text = ("His claims were echoed by Trump's army of online followers, Senator Tom Harlan said. The Trump troops "
            "cheered in the hall, and Clinton's army of volunteers knocked on doors in Ohio.\n")
    article = run(text, published="2016-07-20")
    assert not [a.name for a in article.actors if a.sector == "MIL"], [(a.name, a.code) for a in article.actors]
    assert actor_at(article, text, "army of online").sector == "PTY"
    assert actor_at(article, text, "army of volunteers").role == "supporters"


def test_a_rulers_troops_stay_an_army(run):
    text = "Assad's troops shelled the town on Monday, and Obama's troops left the base, officials said.\n"
    article = run(text, published="2016-07-20")
    assert actor_at(article, text, "troops shelled").code == "SYRMIL"
    assert actor_at(article, text, "troops left").sector == "MIL"


def test_a_body_named_after_a_person_takes_no_country_from_the_given_name(run):
    text = ("Ann Lee, a fellow with George Washington University, spoke on Monday. Bob Hart, a fellow with "
            "George Mason University, agreed.\n")
    article = run(text, published="2016-02-08")
    for name in ("George Washington University", "George Mason University"):
        found = actor_at(article, text, name)
        assert found is not None and found.country != "ZAF", (name, found)


def test_a_title_written_whole_in_quotes_is_no_actor(run):
    text = ("Senator Tom Harlan enjoys “Modern Family.” Later that month, a press is set to publish ''Harlan "
            "Revealed,'' a biography of the senator.\n")
    article = run(text, published="2015-12-09")
    names = [a.name for a in article.actors]
    assert "Modern Family" not in names and "Harlan Revealed" not in names, names
    assert actor_at(article, text, "Tom Harlan") is not None


def test_a_group_named_in_quotes_and_a_speaker_stay(run):
    text = ("“We will win,” said Ann Lee, a member of the “Friends of the River” group. The “Harbor Watch” "
            "coalition sued the city on Monday.\n")
    article = run(text, published="2015-12-09")
    assert actor_at(article, text, "Ann Lee") is not None
    assert actor_at(article, text, "Harbor Watch") is not None
