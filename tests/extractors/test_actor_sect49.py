"""sect49: the sector of actors whose role the text gives (issue 11; docs/actors.md `### sect49`): a candidate by the
votes they got, an embedded tweet's author, a sheriff's department whatever its apostrophe, a school district, a
broker, an unlisted organisation, a firm named for two partners, business trades as titles, a plural title before
names in lower case or with each one's town. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_names_that_got_votes_are_candidates(run):
    text = ("Hale keeps seat.\nIn the District 4 race, Mona Treat got 2,310 votes and Carl Fennimore received 611 "
            "votes. In District 6, Ida Ruckert gathered about 58 percent of the vote.\n")
    article = run(text)
    for name in ("Mona Treat", "Carl Fennimore", "Ida Ruckert"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "PTY", (name, person)


def test_an_incumbent_who_got_votes_is_no_candidate_sector(run):
    text = ("Hale keeps seat.\nIn the District 4 race, incumbent Pat Hale collected 4,782 votes. Hale collected about "
            "63 percent of the vote.\n")
    person = actor_at(run(text), text, "Pat Hale")
    assert person is not None and person.sector != "PTY", person


def test_got_without_votes_makes_no_candidate(run):
    text = "Mona Treat got a new car on Monday and drove it to Lodi, California, to see her sister.\n"
    person = actor_at(run(text), text, "Mona Treat")
    assert person is None or person.sector != "PTY", person


def test_an_embedded_tweets_author_is_a_journalist(run):
    text = ("Man held after shooting on Elm Street.\nGREENVILLE, Miss. - A man was arrested after a shooting on Elm "
            "Street, police said.\nSuspect held; no bond on 2 counts pic.twitter.com/ab12Cd — Dana Cole (@dcolenews) "
            "May 2, 2016\nHe is set to appear before a judge on Wednesday.\n")
    person = actor_at(run(text), text, "Dana Cole")
    assert person is not None and person.sector == "MED", person


def test_a_name_with_a_handle_and_no_tweet_date_is_no_journalist(run):
    text = ("Man held after shooting on Elm Street.\nGREENVILLE, Miss. - Neighbor Dana Cole (@dcolenews) said she "
            "heard three shots on Elm Street.\n")
    person = actor_at(run(text), text, "Dana Cole")
    assert person is None or person.sector != "MED", person


def test_bodies_named_by_their_kind(run):
    text = ("HENDERSON, Texas - Commissioners approved a contract presented by the Hale County Sheriff’s Department. "
            "Rob Vance, vice president of Delmar Securities, ran unopposed. Ann Hill will speak at a meeting of the "
            "Rivertown Water Watchers Organization.\n")
    article = run(text)
    for name, sector in (("Hale County Sheriff’s Department", "COP"), ("Delmar Securities", "BUS"),
                         ("Rob Vance", "BUS"), ("Organization", "NGO")):
        actor = actor_at(article, text, name)
        assert actor is not None and actor.sector == sector, (name, actor)


def test_a_firm_named_for_two_partners_is_a_business(run):
    text = "OMAHA, Neb. - Tom Hale, a consultant for Baird & Lowe, said the search would take months.\n"
    article = run(text)
    firm = actor_at(article, text, "Baird & Lowe")
    assert firm is not None and firm.sector == "BUS", firm


def test_business_trades_as_titles(run):
    text = ("CONCORD, N.H. - A judge denied a request by Concord developer Kevin Gaunt to reach his land. Realtor Ann "
            "Cole said prices fell.\n")
    article = run(text)
    for name in ("Kevin Gaunt", "Ann Cole"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "BUS", (name, person)


def test_a_plural_title_before_names_with_their_towns(run):
    text = ("FREMONT, Calif. - Mayors Dora Pell of Newark and Milo Strand of Hayward delivered food to their "
            "constituents on Wednesday.\n")
    article = run(text)
    for name in ("Dora Pell", "Milo Strand"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "GOV", (name, person)


def test_a_lower_case_plural_that_is_no_title_gives_none(run):
    text = "FREMONT, Calif. - The neighbours Dora Pell and Milo Strand delivered food to the shelter on Wednesday.\n"
    article = run(text)
    for name in ("Dora Pell", "Milo Strand"):
        person = actor_at(article, text, name)
        assert person is None or person.sector in (None, "CVL"), (name, person)


def test_two_streets_corner_is_no_firm(run):
    text = ("Active shooter shot by police.\nHOUSTON - Gunman at Weslayan & Bissonnet was shot by our "
            "officers; no other suspects are being sought.\n")
    corner = actor_at(run(text), text, "Weslayan & Bissonnet")
    assert corner is None or corner.sector != "BUS", corner
