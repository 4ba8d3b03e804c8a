"""rev33: the session's league-as-modifier rule built once (states._league_modifier at the hit pass, descriptions
._league_placed at the group pass, both counting the league for the home through `st.league_marks`), and its edge
found by invented sentences: a league's own people (`NFL officials`, `the Bundesliga executives`) are the league, as
GUIDE.md's `neither does nor owns` says; clubs placed in its table (`the Premier League leaders`) are no mention."""
from __future__ import annotations

from tests.helpers import actor_at

_OPEN = "Rovers beat Town 2-0 on Saturday and the striker scored twice in the first half. "
_CLOSE = " The goalkeeper made five saves after the break.\n"


def test_a_leagues_own_people_are_the_league(run):
    for body, name in (("NFL officials said on Monday that the tackle was legal.", "National Football League"),
                       ("Premier League officials met the owners on Monday to discuss the match.", "Premier League"),
                       ("The Bundesliga executives said on Monday that the club would be fined.", "Bundesliga")):
        text = _OPEN + body + _CLOSE
        league = actor_at(run(text), text, body.split()[0] if body[0] != "T" else "Bundesliga")
        assert league is not None and league.name == name, (body, league)


def test_clubs_placed_in_a_leagues_table_are_no_mention_of_it(run):
    text = _OPEN + "Rovers are now two points behind the Premier League leaders." + _CLOSE
    assert actor_at(run(text), text, "Premier League") is None


def test_an_acronym_modifying_a_noun_after_daily_or_weekly_is_the_body(run):
    text = "The daily UN briefing was cancelled on Tuesday, and the UN said the talks in Geneva would resume next week.\n"
    assert actor_at(run(text), text, "UN", nth=1).name == "United Nations"
    text = "A weekly IMF report said on Monday that growth had slowed, and the IMF said it would lend $2 billion.\n"
    assert actor_at(run(text), text, "IMF", nth=1).name == "International Monetary Fund"
    text = "The weekly BZ reported on Tuesday that the mayor had resigned, and the paper said the vote had been close.\n"
    bz = actor_at(run(text), text, "BZ")
    assert bz is None or bz.sector == "MED"
