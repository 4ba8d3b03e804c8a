"""Not-an-event classes of the output audit on a fresh pool of unread articles (ev31e, issue 10;
bench/event_audit.py): a notice's `call ... at (555) 123-4567` read as a REQUEST, an analysis or a mugshot released
read as a concession. Invented sentences; each with a form that keeps its event."""
from __future__ import annotations

from tests.helpers import rows_of


def test_a_notice_that_gives_a_number_to_call_asks_nothing(run):
    for text in ("For details or a registration form, call Mary Jones at (555) 123-4567.",
                 "To volunteer, contact the parks office at 555-987-6543."):
        assert not rows_of(run, text, "REQUEST"), text
    kept = rows_of(run, "The senator urged voters to call their representatives before the vote.", "REQUEST")
    assert [e for e in kept if "senator" in e[1]], kept
    kept = rows_of(run, "Anyone with information is asked to call Crime Stoppers at 555-222-8477.", "REQUEST")
    assert kept, kept                     # a police appeal: an optional REQUEST in the gold, left as it was


def test_an_analysis_or_a_mugshot_released_concedes_nothing(run):
    for text in ("The mayor's office released an analysis of the budget.", "Police released a mugshot of the suspect."):
        assert not rows_of(run, text, "CONCEDE"), text
    kept = rows_of(run, "Police released the prisoners on Monday.", "CONCEDE")
    assert kept, kept


SPORTS_PAGE = ("Pakistan captain Imran Patel has backed embattled coach Tom Lane and called on fans to be patient. "
               "Lane, appointed coach in August, has been criticised after series losses. "
               "The team lost the first match of the season. The club's manager said the squad needed time. "
               "Patel also supported the coach's plan to bring in a new bowler. "
               "Lane denied speculation linking him with the vacant coaching job at another club.")


def test_a_coach_backed_or_criticised_on_a_sports_page_is_no_event(run):
    got = rows_of(run, SPORTS_PAGE)
    assert not got, got
    kept = rows_of(run, SPORTS_PAGE + " Police arrested two fans outside the stadium after the match.")
    assert [e for e in kept if e[0] == "COERCE" and "Police" in e[1]], kept
    kept = rows_of(run, "The president criticised the league's decision on Monday. " + SPORTS_PAGE, "ACCUSE")
    assert [e for e in kept if "president" in e[1]], kept


def test_a_place_hard_hit_by_an_outbreak_is_no_attack(run):
    for text in ("The town of Milford, which lies on the river, has also been hard hit, with 300 cases reported and "
                 "12 people dead.", "The nation's capital Lome has been the hardest hit by the flu, having reported "
                 "forty cases."):
        assert not rows_of(run, text, "ASSAULT"), text
    for text in ("The village was hard hit by shelling, with 12 people dead.",
                 "The border town has been hard hit by rebel attacks."):
        assert rows_of(run, text, "ASSAULT"), text


def test_speaking_with_a_private_person_of_a_local_story_is_no_meeting(run):
    for text in ("The officer spoke to a woman who had called police, who said she heard four shots.",
                 "The sheriff spoke with the family on Sunday."):
        assert not rows_of(run, text, "CONSULT"), text
    for text in ("The mayor spoke with residents about the flooding.",
                 "The defense secretary spoke with his South Korean counterpart on Tuesday."):
        assert rows_of(run, text, "CONSULT"), text
