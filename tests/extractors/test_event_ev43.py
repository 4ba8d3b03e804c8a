"""ev43: a headline's passive written without its `is` (`Senator criticized over remarks`): the bare participle is the
headline's root with a noun subject and no auxiliary, object or clause; its subject is the one the act is done to, its
doer only a `by` object (`headlines.bare_passive`). Verbs whose subject acts when they stand alone (event_cues
`doerverb`: `Protesters rallied`) and the body's sentences are left alone. Invented headlines, each over an invented
body line; rows marked `fails_on_main` gave the subject as the doer before this change; rows marked `stays` guard the
forms left alone.

Second table: the doer of a gerund after `for` hung on a verb whose object is a person or an actor (`criticized her
aides for chastising voters`) is that object, the one blamed or praised for the act (`triggers._judged_for_doing`), not
the verb's subject; a passive (`was criticized for attacking`), a verb with no object (`apologized to X for`) and a
thing as the object (`owes voters an explanation for opposing`) keep the subject."""
from __future__ import annotations

import pytest

from tests.helpers import by_trigger


CASES = [  # (test id, text, trigger, expected [(type, sources, targets)] of the trigger's events; targets None: not
    #         asserted, a guard of the doer only)
    ('fails_on_main_senator_criticized_over_remarks',
     "Senator criticized over remarks on farm workers\n\nThe senator spoke on Friday.", "criticized",
     [('ACCUSE', [], ['Senator'])]),
    ('fails_on_main_mayor_condemned_for_remarks',
     "Mayor condemned for remarks about river towns\n\nThe mayor spoke on Monday.", "condemned",
     [('ACCUSE', [], ['Mayor'])]),
    ('fails_on_main_envoy_expelled_over_a_row',
     "Ambassador expelled over spying row\n\nThe envoy flew home on Monday.", "expelled",
     [('COERCE', [], ['Ambassador'])]),
    ('fails_on_main_a_fine_whose_subject_is_the_one_fined',
     "City woman fined for false theft report.\n\nThe fine was set on Monday.", "fined",
     [('COERCE', [], ['City woman'])]),
    ('fails_on_main_the_doer_is_the_by_object',
     "Senator rebuked by party leaders over vote\n\nThe senator spoke on Monday.", "rebuked",
     [('ACCUSE', ['party leaders'], ['Senator'])]),
    ('fails_on_main_a_past_tense_the_parse_hangs_on_the_headline_noun',
     "Minister blamed for failed rescue\n\nThe minister spoke on Monday.", "blamed",
     [('ACCUSE', [], ['Minister'])]),
    ('stays_a_participle_the_parse_hangs_on_its_noun',
     "Councilman denounced by union leaders\n\nThe councilman spoke on Monday.", "denounced",
     [('ACCUSE', ['union leaders'], ['Councilman'])]),
    # guards
    ('stays_a_verb_whose_subject_acts_alone',
     "Farmers protested in the capital\n\nThe ministry was closed on Monday.", "protested",
     [('PROTEST', ['Farmers'], None)]),
    ('stays_a_headline_in_the_present_is_active',
     "Police arrest three after brawl\n\nThe brawl began on Monday.", "arrest",
     [('COERCE', ['Police'], None)]),
    ('stays_a_body_sentence_in_the_past_is_active',
     "Town news\n\nThe council met on Monday. The mayor criticized the plan.", "criticized",
     [('ACCUSE', ['The mayor'], None)]),
]


@pytest.mark.parametrize("text, trigger, expected", [pytest.param(t, w, e, id=i) for i, t, w, e in CASES])
def test_headline_bare_passive(run, text, trigger, expected):
    found = by_trigger(run(text + "\n"), trigger)
    assert [(ty, src, tg if want is not None else None) for (ty, src, tg, _), (_, _, want) in zip(found, expected)
            ] == expected and len(found) == len(expected), found


FOR_DOING = [  # (test id, text, gerund trigger, expected sources of its event)
    ('fails_on_main_criticized_her_aides_for_chastising',
     "The senator has criticized her aides for chastising young voters.", "chastising", ['her aides']),
    ('fails_on_main_criticized_the_president_for_attacking',
     "Republican lawmakers criticized the president for attacking the court.", "attacking", ['the president']),
    ('fails_on_main_praised_the_police_for_arresting',
     "The mayor praised the police for arresting the gunman.", "arresting", ['the police']),
    # guards
    ('stays_a_passive_keeps_its_subject',
     "The senator was criticized for attacking the judge.", "attacking", ['The senator']),
    ('stays_no_object_of_the_verb',
     "The governor apologized to the families for attacking their sons.", "attacking", ['The governor']),
    ('stays_a_thing_as_the_object',
     "The campaign said the mayor owes voters an explanation for opposing the Zika bill.", "opposing", ['the mayor']),
]


@pytest.mark.parametrize("text, trigger, expected", [pytest.param(t, w, e, id=i) for i, t, w, e in FOR_DOING])
def test_doer_of_a_gerund_after_for(run, text, trigger, expected):
    found = by_trigger(run("\n\n" + text + "\n"), trigger)
    assert [src for _, src, _, _ in found] == [expected], found
