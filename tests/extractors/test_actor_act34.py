"""act34: sectors and false actors of local news (docs/actors.md `### act34`). A member of a city's, town's or
county's council or board is its official (GOV, titles.tsv), but `member` alone is no title: a membership told with
`of` (`a member of the city council`, `the first member of Congress`) gives no title and leaves the body its own
actor (people `_titled_at_head`, actor_words.tsv `compound_title_head`)."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_council_or_board_member_is_a_local_official(run):
    for body, name in (("City council member Ann Lee said the park would reopen in May.", "Ann Lee"),
                       ("Council member Tom Fay voted against the new parking plan.", "Tom Fay"),
                       ("Tom Fay, a town board member, said the road was closed on Monday.", "Tom Fay")):
        text = "The town's budget was debated on Monday night. " + body + "\n"
        person = actor_at(run(text), text, name)
        assert person is not None and person.sector == "GOV", (body, person)


def test_a_membership_told_with_of_is_no_title(run):
    text = ("Ann Lee, a member of the city council, said the park would reopen in May. The city council will vote "
            "on the plan next week.\n")
    article = run(text)
    council = actor_at(article, text, "the city council")
    lee = actor_at(article, text, "Ann Lee")
    assert council is not None and council.sector == "GOV", council
    assert lee is not None and council.id != lee.id, (lee, council)
    text = "Ann Lee, a member of the church choir, said the concert was canceled on Sunday.\n"
    lee = actor_at(run(text), text, "Ann Lee")
    assert lee is not None and lee.sector not in ("REL", "GOV"), lee


def test_a_leagues_officer_is_the_leagues(run):
    """A person titled after a sports league named as a modifier (`the NFL commissioner`) acts for the league: its
    country and, for a title that is a state's by default, its sector (BUS); a bare `commissioner` stays GOV."""
    text = "The NFL commissioner said the game would be played on Sunday despite the storm.\n"
    officer = actor_at(run(text), text, "commissioner")
    assert officer is not None and (officer.country, officer.sector) == ("USA", "BUS"), officer
    text = "The commissioner said the county would open two shelters before the storm.\n"
    officer = actor_at(run(text), text, "commissioner")
    assert officer is not None and officer.sector == "GOV", officer
