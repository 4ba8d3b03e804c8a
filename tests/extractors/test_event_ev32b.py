"""Misfire classes of the third output audit on unread local news and web pages (ev32b, issue 10;
bench/event_audit.py): game reports whose words of play the sports-page detector did not know (golf, basketball,
hockey), a player's help to a team in a sentence with a score. Invented sentences; each with a form that keeps its
event."""
from __future__ import annotations

from tests.helpers import rows_of


GOLF_PAGE = ("Martin Ruiz birdied the ninth and tenth holes to share the lead after the second round. "
             "Ruiz lost a stroke with a bogey at the fifth, his 14th hole. "
             "He missed a short putt on the final hole and signed for a 68. "
             "Park carded a bogey-free round with five birdies on the back nine holes. "
             "Ruiz said he agreed with his caddie on every club he chose. "
             "Park praised the greens and thanked the volunteers.")

HOOPS_PAGE = ("Dawson scored 24 points and grabbed 11 rebounds as the Hawks beat the Owls 81-70. "
              "Dawson led the Hawks to two wins last week, beating Idaho, 62-54. "
              "Reed scored on a layup and a dunk in the final minute. "
              "The Hawks called for a timeout after Reed scored 12 points in the third quarter. "
              "Coach Bell criticized the referees after the game. "
              "Reed is shooting .559 from the field this season.")


def test_a_game_report_in_golf_or_basketball_words_tells_no_event(run):
    for page in (GOLF_PAGE, HOOPS_PAGE):
        got = rows_of(run, page)
        assert not got, got
    kept = rows_of(run, HOOPS_PAGE + " Police arrested a fan who stabbed a steward outside the arena after the game.")
    assert [e for e in kept if e[0] == "COERCE" and "Police" in e[1]], kept


def test_a_legal_or_medical_state_told_in_words_of_blame_accuses_no_one(run):
    for text in ('Every doctor who examined Dalton "holds the view that he is not yet competent to '
                 'stand trial," Greene argued in a motion filed last week.',
                 'A state psychologist testified that Dalton continued to "suffer from delusions, consistent with his '
                 'diagnosis of paranoid schizophrenia," according to court records.',
                 "Prosecutors said they cannot discuss his case because he is a juvenile.",
                 "Officials said the officer was responsible for 70 parolees."):
        assert not rows_of(run, text, "ACCUSE"), text
    for text in ('The senator said, "The governor is not competent to run this state."',
                 "Officials said the gunman was responsible for the deaths of two men.",
                 "The mayor said the plan is juvenile and paranoid."):
        assert rows_of(run, text, "ACCUSE"), text


def test_named_premises_where_shots_were_fired_are_no_target(run):
    got = rows_of(run, "Two men were shot at the Starlite Motel on Route 9 early Sunday.", "ASSAULT")
    assert got and not [e for e in got if "Motel" in e[2]], got
    kept = rows_of(run, "Militants stormed the Serena Hotel in Kabul on Friday.", "ASSAULT")
    assert [e for e in kept if "Serena Hotel" in e[2]], kept


def test_worry_about_a_danger_no_one_does_accuses_no_one(run):
    for text in ("Health officials said they are worried about the threat of disease after the floods.",
                 "Residents said they were concerned about the risk of flooding in the valley."):
        assert not rows_of(run, text, "ACCUSE"), text
    for text in ("Conservatives say they are concerned about the council's plan to raise taxes.",
                 "Officials said they were worried about Iran's missile tests."):
        assert rows_of(run, text, "ACCUSE"), text


def test_police_or_a_mourner_in_the_main_clause_did_not_fire(run):
    got = rows_of(run, "Police were already headed to Dale Reeves' house when he opened fire on his wife and "
                   "young son.", "ASSAULT")
    assert got and not [e for e in got if "Police" in e[1]], got
    got = rows_of(run, "A grieving Memphis mother calls for justice three weeks after her son was shot and killed.",
              "ASSAULT")
    assert got and not [e for e in got if "mother" in e[1]], got
    kept = rows_of(run, "Rebels attacked the convoy as they retreated from the town.", "ASSAULT")
    assert [e for e in kept if "Rebels" in e[1]], kept


def test_a_spree_is_not_the_one_hit(run):
    got = rows_of(run, "That ended when he was murdered in a Harlow shooting spree.", "ASSAULT")
    assert got and not [e for e in got if "spree" in e[2]], got
    kept = rows_of(run, "When guests stepped in, the man drew a pistol and began to fire shots.", "ASSAULT")
    assert kept, kept                     # what is fired, alone, stays the target: the event is kept by it
    kept = rows_of(run, "Gunmen fired on the convoy, killing two soldiers.", "ASSAULT")
    assert [e for e in kept if "convoy" in e[2]], kept
