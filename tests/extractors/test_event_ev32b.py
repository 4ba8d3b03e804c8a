"""Misfire classes of the third output audit on unread local news and web pages (ev32b, issue 10;
bench/event_audit.py): game reports whose words of play the sports-page detector did not know (golf, basketball,
hockey), a player's help to a team in a sentence with a score. Invented sentences; each with a form that keeps its
event."""
from __future__ import annotations

from tests.extractors.test_event_ev28 import one


GOLF_PAGE = ("Martin Ruiz birdied the ninth and tenth holes to share the lead after the second round. "
             "Ruiz dropped a stroke after a bogey at the seventh, his 16th hole. "
             "He missed a short putt on the final hole and signed for a 68. "
             "Park carded a bogey-free round with five birdies on the back nine holes. "
             "Ruiz said he agreed with his caddie on every club he chose. "
             "Park praised the greens and thanked the volunteers.")

HOOPS_PAGE = ("Dawson scored 24 points and grabbed 11 rebounds as the Hawks beat the Owls 81-70. "
              "Dawson helped the Hawks to a pair of wins last week, beating Idaho, 62-54. "
              "Reed scored on a layup and a dunk in the final minute. "
              "The Hawks called for a timeout after Reed scored 12 points in the third quarter. "
              "Coach Bell criticized the referees after the game. "
              "Reed is shooting .559 from the field this season.")


def test_a_game_report_in_golf_or_basketball_words_tells_no_event(run):
    for page in (GOLF_PAGE, HOOPS_PAGE):
        got = one(run, page)
        assert not got, got
    kept = one(run, HOOPS_PAGE + " Police arrested a fan who stabbed a steward outside the arena after the game.")
    assert [e for e in kept if e[0] == "COERCE" and "Police" in e[1]], kept
