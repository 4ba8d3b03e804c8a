"""Sense and assertion checks on events (extractors/events/checks.py) and event dates by clause (link.py),
on invented sentences, each aimed at one class of error EVENT_GUIDE.md rules out."""
from __future__ import annotations

import pytest

from tests.helpers import asserted, check_types, types


def test_releasing_a_document_concedes_nothing_but_freeing_prisoners_does(run):
    art = run("\n\nThe family released the video on Friday. The government released 20 prisoners on Saturday.\n")
    concede = [e.trigger.text for e in asserted(art) if e.type == "CONCEDE"]
    assert concede == ["released"] and art.text.index("released 20") == next(
        e.trigger.start for e in asserted(art) if e.type == "CONCEDE"), types(art)


def test_no_actor_acts_on_itself(run):
    art = run("\n\nPresident Barack Obama praised his own administration's record on Monday.\n")
    for e in art.events:
        src = {p.actor for p in e.source if p.actor}
        assert not any(p.actor in src for p in e.target if p.actor)


def test_event_date_from_its_own_clause_and_the_origin_said(run):
    art = run("\n\nRebels attacked the town on Monday, a year after troops had raided it in March 2011.\n",
              published="2012-05-30")
    attack = next(e for e in art.events if e.trigger.text == "attacked")
    assert (attack.date, attack.date_from) == ("2012-05-28", "clause")
    for e in art.events:
        assert (e.date is None) == (e.date_from is None)
        assert e.date_from in (None, "clause", "sentence", "narrative", "happening", "published")


def test_several_accusations_of_one_speaker_are_several_events(run):
    art = run("\n\nThe senator criticised the governor on Monday, blamed the mayor for the delays and accused "
              "the party of lying.\n")
    assert sum(e.type == "ACCUSE" for e in asserted(art)) >= 2, types(art)


def test_a_thing_cannot_make_a_statement_but_a_bomb_still_kills(run):
    art = run("\n\nThe ruling contributed to public debate on Monday. The car bomb killed 12 people in the market.\n")
    got = asserted(art)
    assert not any(e.type == "AID" for e in got), types(art)
    kill = next(e for e in got if e.type == "ASSAULT")
    assert kill.target and not kill.source


def test_police_hunting_a_suspect_is_coerce_but_rescuers_searching_is_not(run):
    art = run("\n\nPolice searched for the suspect on Sunday. Rescuers searched for survivors in the rubble. "
              "He faces a federal charge of murder.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert sum(t == "COERCE" for t, _ in got) == 2, got


def test_committing_a_crime_agrees_to_nothing_but_saying_so_accuses(run):
    # the issue's error was AGREE; prosecutors saying he committed it is an accusation (EVENT_GUIDE: accusing)
    art = run("\n\nThe mayor committed a crime, prosecutors said.\n")
    assert {e.type for e in asserted(art)} == {"ACCUSE"}, types(art)
    acc = next(e for e in asserted(art) if e.type == "ACCUSE")
    assert acc.source[0].text == "prosecutors" and acc.target[0].text == "The mayor", acc


def test_criticism_of_x_makes_x_the_target(run):
    art = run("\n\nSenator Ruth Ellison's criticism of the president drew applause.\n")
    e = next(e for e in asserted(art) if e.type == "ACCUSE")
    assert any("president" in p.text for p in e.target) and not any("president" in p.text for p in e.source)


def test_attacking_words_is_criticism_and_responsibility_is_blame(run):
    art = run("\n\nA column in the Asahi newspaper attacked the comment. \"We believe this man is responsible for "
              "the death of the doctor,\" the FBI agent said.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert sum(t == "ACCUSE" for t, _ in got) >= 2 and not any(t == "ASSAULT" and w == "attacked" for t, w in got), got


def test_an_act_in_a_direct_question_asserts_nothing(run):
    art = run('\n\n"Did the army shell the village?" the reporter said. The army shelled the town on Monday.\n\n'
              'Protesters marching through the city chanted "Why wait?" until dawn.\n\n'
              'The host then asked the minister, "With sanctions?"\n')
    assaults = [e.trigger.text for e in asserted(art) if e.type == "ASSAULT"]
    assert assaults == ["shelled"], types(art)
    assert not any(e.type == "REQUEST" for e in asserted(art)), types(art)
    assert any(e.type == "PROTEST" for e in asserted(art)), types(art)


def test_first_person_in_a_quote_is_its_speaker(run):
    art = run('\n\n"The rebels attacked us again," Foreign Minister Sergei Lavrov told reporters in Moscow '
              'on Monday. "We will not negotiate with the rebels," Lavrov said.\n', published="2015-03-02")
    lavrov = next(a for a in art.actors if "Lavrov" in a.name)
    us = [p for e in art.events for p in e.target if p.text == "us"]
    assert us and all(p.actor == lavrov.id for p in us), [(e.type, e.source, e.target) for e in art.events]
    for e in art.events:                                  # the speaker is a source once
        assert len({(p.start, p.end) for p in e.source}) == len(e.source)


def test_attacking_a_politician_in_words_is_accuse_and_with_a_knife_assault(run):
    art = run("\n\nThe governor attacked Senator Mark Hale during a televised debate on Tuesday.\n")
    assert {e.type for e in asserted(art)} == {"ACCUSE"}, types(art)
    art = run("\n\nA man attacked Senator Mark Hale with a knife outside his office on Tuesday.\n")
    assert "ASSAULT" in {e.type for e in asserted(art)}, types(art)


def test_concluding_who_fired_accuses_them(run):
    art = run("\n\nPolice officials said they had concluded that Tom Birch fired the shots that killed the guard.\n")
    acc = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert acc and acc[0].target[0].text == "Tom Birch", types(art)


def test_a_second_act_of_the_subject_is_not_governed_by_an_intent_verb(run):
    art = run("\n\nThe senator aims criticism at the governor, slams the mayor instead.\n")
    assert any(e.type == "ACCUSE" and e.trigger.text == "slams" for e in asserted(art)), types(art)


def test_people_removed_or_escorted_by_police_or_officials_are_coerced(run):
    art = run("\n\nCampus security and city police saw the post and removed the candidate and her aide.\n")
    co = [e for e in asserted(art) if e.type == "COERCE"]
    assert co and "police" in co[0].source[0].text and "candidate" in co[0].target[0].text, types(art)
    art = run("\n\nThe mayor removed a sentence from the statement. Ushers escorted the guests to their seats.\n")
    assert not any(e.type == "COERCE" for e in asserted(art)), types(art)


def test_states_joining_an_alliance_are_all_its_sources(run):
    art = run("\n\nLatvia, Estonia and Lithuania formally joined NATO on Friday.\n")
    co = only_type(art, "COOPERATE")
    assert "Estonia" in co.source[0].text and co.target[0].text == "NATO", co


def test_a_speaker_saying_a_state_violates_rights_accuses_it(run):
    art = run('\n\n"We acknowledge that Belarus does violate human rights," wrote Judge Mark Hale.\n')
    acc = only_type(art, "ACCUSE")
    assert "Hale" in acc.source[0].text and acc.target[0].text == "Belarus", acc


def only_type(article, etype):
    evs = [e for e in asserted(article) if e.type == etype]
    assert evs, types(article)
    return evs[0]


def test_a_verdict_after_a_copula_other_than_be(run):
    art = run("\n\nThe governor says the Senate has gone soft like the rest of the country.\n")
    acc = only_type(art, "ACCUSE")
    assert acc.target[0].text == "the Senate", acc


def test_campaigns_showings_possessions_and_manner_are_no_events(run):
    for text in ("Castro praised the role of the young in the government's battle to secure the boy's return.",
                 "Marsh said the merger is the plainest sign of the fact that Harlow is growing closer.",
                 "The police said the man has no weapon.",
                 "The bill was passed by Congress with wide support."):
        art = run("\n\n" + text + "\n")
        assert not any(e.type in ("ASSAULT", "PROTEST", "REJECT", "AID") or e.trigger.text == "support"
                       for e in asserted(art)), (text, types(art))
    art = run("\n\nThe battle for Mosul killed hundreds of civilians in June.\n")
    assert "ASSAULT" in {e.type for e in asserted(art)}, types(art)


def test_a_demand_voiced_by_a_rally_or_a_sign_is_a_protest(run):
    for text in ("Castro attended a rally Thursday by media workers in Havana to demand the boy's return.",
                 "Some of the exiles carried signs demanding freedom for the boy."):
        art = run("\n\n" + text + "\n")
        kinds = {e.type for e in asserted(art)}
        assert "PROTEST" in kinds and "REQUEST" not in kinds, (text, types(art))
    art = run("\n\nThe minister went to Moscow to demand the release of the sailors.\n")
    assert "REQUEST" in {e.type for e in asserted(art)}, types(art)


def test_joining_an_alliance_by_becoming_a_member_and_condolences(run):
    art = run("\n\nPoland, Hungary and the Czech Republic today became full members of NATO.\n")
    ev = next(e for e in asserted(art) if e.type == "COOPERATE")
    assert [p.text for p in ev.target] == ["NATO"], ev
    art = run("\n\nHe became a member of the club last year.\n")
    assert not asserted(art), types(art)
    art = run("\n\nThe South African government would like to express its condolences to the victims of the"
              " explosions.\n")
    assert "SUPPORT" in {e.type for e in asserted(art)}, types(art)


def test_attacks_in_a_story_of_bombs_stay_force(run):
    art = run("\n\nRebels attacked the army base near Homs on Sunday, and a car bomb killed four soldiers.\n")
    assert [e for e in art.events if e.type == "ASSAULT" and e.trigger.text.startswith("attack")], \
        [(e.type, e.trigger.text) for e in art.events]


def test_a_scene_captured_on_video_is_recorded_not_seized(run):
    art = run("\n\nThe driver spoke after the quarrel, which was captured on camera from two angles.\n")
    assert not [e for e in art.events if e.trigger.text.startswith("captured")], \
        [(e.type, e.trigger.text) for e in art.events]


def test_things_as_sources_make_no_statement(run):
    art = run("\n\nI had to spend the holiday working out how to attack a neighbour without offending him.\n")
    assert not [e for e in art.events if e.source and e.source[0].text == "the holiday"], \
        [(e.type, e.trigger.text, [p.text for p in e.source]) for e in art.events]


def test_a_name_the_model_takes_for_a_title_still_acts(run):
    # the small model tags `Trump` here as WORK_OF_ART: only dates, times, amounts and numbers are never actors
    art = run('\n\nAfter Ann Roe accused him of bias, he warned, "Surely if they play the loyalty card '
              'against me, then that is fair game," Trump told NBC\'s Today show when asked about Tom '
              'Ward.\n')
    assert [e for e in art.events if e.trigger.text == "warned"], [(e.type, e.trigger.text) for e in art.events]


def test_a_hyphened_ing_word_describing_a_noun_is_no_act(run):
    art = run("\n\nIn poorer regions, dozens of coal-burning steel mills are still at the planning stage.\n")
    assert not art.events, [(e.type, e.trigger.text) for e in art.events]


def test_nominal_attacks_with_no_one_named_in_a_story_of_no_harm_are_none(run):
    art = run("\n\nThe senator was under sustained grilling from her rivals, as the debate audience cheered on the "
              "attacks.\n")
    assert not [e for e in art.events if e.type in ("ASSAULT", "ACCUSE") and e.trigger.text == "attacks"], \
        [(e.type, e.trigger.text) for e in art.events]


def test_attacking_a_judge_in_a_story_of_no_harm_is_words(run):
    art = run("\n\nWhen Tom Ward attacked a county judge whose parents came from Peru, Latino voters "
              "were outraged.\n")
    assert {e.type for e in art.events if e.trigger.text == "attacked"} == {"ACCUSE"}, \
        [(e.type, e.trigger.text) for e in art.events]


def test_disputing_an_account_is_a_denial(run):
    art = run("\n\nA campaign spokeswoman for Senator Lee disputed their account on Tuesday.\n")
    assert {e.type for e in art.events} == {"REJECT"}, [(e.type, e.trigger.text) for e in art.events]


def test_a_rally_where_a_person_the_parser_took_for_an_organisation_speaks_is_campaigning(run):
    # `Trump` is tagged ORG in the second sentence by the small model; the article names him as a person first
    art = run("\n\nDonald Trump spoke on Monday.\n\nAt a rally in Bangor, Maine, on Friday evening, Trump "
              "included Peru on a short list of nations.\n")
    assert not [e for e in art.events if e.trigger.text == "rally"], [(e.type, e.trigger.text) for e in art.events]


def test_not_an_indictment_is_negated(run):
    art = run("\n\nThe weak Labour turnout numbers are not an indictment of Ann Roe alone.\n")
    assert not [e for e in art.events if e.type == "ACCUSE" and not e.negated], \
        [(e.type, e.trigger.text, e.negated) for e in art.events]


def test_nobody_thanking_is_no_thanks_and_recognizing_a_fact_is_no_recognition(run):
    art = run('\n\n"Nobody thanked me for the carpet," Senator Tom Reyes said.\n')
    assert not [e for e in art.events if e.type == "SUPPORT" and not e.negated], \
        [(e.type, e.trigger.text, e.negated) for e in art.events]
    art = run("\n\nRecognizing the daylight between the positions, the senator's inner circle believes he has earned "
              "the right.\n")
    assert not [e for e in art.events if e.type == "SUPPORT"], [(e.type, e.trigger.text) for e in art.events]


def test_acts_not_done_rather_than_instead_of_few_and_any(run):
    art = run("\n\nThe government has opted to remain quiet rather than publicly challenging Trump's claims.\n")
    assert not [e for e in asserted(art) if e.type == "ACCUSE"], types(art)
    art = run("\n\nInstead of condemning the attack, he praised the police.\n")
    assert {e.type for e in asserted(art)} == {"SUPPORT"}, types(art)
    art = run("\n\nFew are calling for a full rollback, either.\n")
    assert not [e for e in asserted(art) if e.type == "REQUEST"], types(art)
    art = run('\n\n"I don\'t hear any criticism of that kind of remark," he said.\n')
    assert not [e for e in asserted(art) if e.type == "ACCUSE"], types(art)


def test_hosting_a_show_is_no_meeting_and_striking_a_deal_agrees(run):
    art = run("\n\nWard, a housing activist who hosts a radio show, ate breakfast.\n")
    assert not [e for e in asserted(art) if e.type == "CONSULT"], types(art)
    art = run("\n\nPutin hosted Saudi King Salman for talks at the Kremlin.\n")
    assert [e for e in asserted(art) if e.type == "CONSULT"], types(art)
    art = run("\n\nThe gifts were not reported, despite an agreement Ms. Roe had struck with the city council.\n")
    assert [e for e in asserted(art) if e.type == "AGREE" and e.trigger.text == "struck"], types(art)


def test_a_rally_keeps_its_type_whatever_the_sentence_says(run):
    art = run('\n\n"Nothing is certain concerning his return to Cuba," said a government communique, read Wednesday '
              'night at a pro-Elian rally attended by President Fidel Castro.\n')
    assert [e.type for e in asserted(art) if e.trigger.text == "rally"] == ["PROTEST"], types(art)


def test_mocking_people_accuses_and_a_thing_set_aside_by_no_one_is_no_rejection(run):
    art = run("\n\nSarah Silverman told the protesters they're being ridiculous.\n")
    assert [e.type for e in asserted(art) if e.trigger.text == "ridiculous"] == ["ACCUSE"], types(art)
    art = run('\n\n"The claims are ridiculous," the ministry said.\n')
    assert [e.type for e in asserted(art) if e.trigger.text == "ridiculous"] == ["REJECT"], types(art)
    for text in ("\n\nIt may have an effect that has until now been mostly ignored.\n",
                 "\n\nA memorial service planned for Saturday was canceled after the leak.\n"):
        art = run(text)
        assert not [e for e in asserted(art) if e.type == "REJECT"], types(art)
    art = run("\n\nRussia canceled the talks with Georgia.\n")
    assert [e for e in asserted(art) if e.type == "REJECT"], types(art)


def test_an_event_named_again_is_no_new_mention(run):
    art = run("\n\nGunmen attacked the embassy in Nairobi on Friday. Foreign visitors to Nairobi since the attacks "
              "have noted a heavy presence of police.\n")
    assert [e.trigger.text for e in asserted(art) if e.type == "ASSAULT"] == ["attacked"], types(art)
    art = run("\n\nGunmen attacked the embassy in Nairobi on Friday. The attack of the gunmen lasted an hour.\n")
    assert len([e for e in asserted(art) if e.type == "ASSAULT"]) == 2, types(art)


def test_a_misread_headline_is_read_again_from_its_words(run):
    art = run("Rose Bowl skywriters blast Trump.\n\nThe planes flew over Pasadena on Friday.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Rose Bowl skywriters" and ev[0].target[0].text == "Trump", types(art)
    assert art.text[ev[0].trigger.start:ev[0].trigger.end] == "blast"
    # only the headline: the same words in the body are left to the parse
    art = run("Weather report.\n\nRose Bowl skywriters blast Trump.\n")
    assert not [e for e in asserted(art) if e.trigger.text == "blast" and e.source
                and e.source[0].text == "Rose Bowl skywriters"], types(art)


def test_saying_someone_poses_a_threat_accuses_them(run):
    art = run("\n\nOfficials said the militia is a danger to the country.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Officials" and ev[0].target[0].text == "the militia", types(art)
    for text in ("\n\nThe group poses a threat to the region.\n", '\n\n"He is not a threat," she said.\n'):
        art = run(text)
        assert not [e for e in asserted(art) if e.type in ("ACCUSE", "THREATEN")], types(art)


def test_questioning_whether_something_happened_questions_no_one(run):
    art = run("\n\nThe theft led detectives to question whether this was a one-off.\n")
    assert not [e for e in asserted(art) if e.type in ("COERCE", "ACCUSE")], types(art)
    art = run("\n\nCritics questioned whether Trump was fit to serve.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].target[0].text == "Trump", types(art)


def test_hitting_someone_with_ads_is_criticism_whatever_else_the_story_tells(run):
    art = run("\n\nA gunman killed three people in Ohio.\n\nA GOP PAC has been hitting Clinton with TV ads in Nevada. "
              "Another group whacks Clinton in a Christmas ad.\n")
    hits = [e for e in asserted(art) if e.trigger.text in ("hitting", "whacks")]
    assert len(hits) == 2 and all(e.type == "ACCUSE" and e.target[0].text == "Clinton" for e in hits), types(art)
    art = run("\n\nClinton has returned to critiquing Sanders over his opposition to the bill.\n")
    assert [e.type for e in asserted(art)] == ["ACCUSE"], types(art)


def test_a_letter_signed_by_lawmakers_is_no_deal_and_a_subjunctive_request_not_done(run):
    art = run("\n\nHale sent a letter to Ward, signed by 120 House Democrats, seeking answers.\n")
    assert not [e for e in asserted(art) if e.type == "AGREE"], types(art)
    art = run("\n\nThe three ministers signed formal documents of accession.\n")
    assert [e for e in asserted(art) if e.type == "AGREE"], types(art)
    art = run("\n\nComey decided not to recommend that Clinton be prosecuted.\n")
    assert not [e for e in asserted(art) if e.trigger.text == "prosecuted"], types(art)


def test_facing_a_threat_names_no_one_threatening(run):
    art = run("\n\nTrump said the West was facing an existential threat.\n")
    assert not [e for e in asserted(art) if e.type == "THREATEN"], types(art)
    art = run("\n\nIsrael faces a threat from Iran, he said.\n")
    ev = [e for e in asserted(art) if e.type == "THREATEN"]
    assert ev and ev[0].source[0].text == "Iran", types(art)


def test_a_judge_said_to_be_biased_is_accused_even_with_might(run):
    art = run("\n\nWard said Friday that Catholic judges might be biased against his client.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Ward" and ev[0].target[0].text == "Catholic judges", types(art)
    art = run("\n\nThe judge might be biased.\n")
    assert not asserted(art), types(art)


def test_money_to_campaigns_is_no_aid_and_weapons_given_with_are(run):
    for text in ("\n\nRoe donated a sum of $2,500 to state campaigns that year.\n",
                 "\n\nShe has given to many candidates over the years.\n"):
        art = run(text)
        assert not [e for e in asserted(art) if e.type == "AID"], (text, types(art))
    art = run("\n\nRussia provided the rebels with weapons.\n")
    ev = [e for e in asserted(art) if e.type == "AID"]
    assert ev and ev[0].target[0].text == "the rebels", types(art)
    art = run("\n\nThe U.S. government has contributed 3.2 million dollars in assistance to the two countries.\n")
    assert [e for e in asserted(art) if e.type == "AID"], types(art)


def test_ties_held_and_meetings_counted_are_no_events(run):
    art = run("\n\nAll the sponsors appear to have ties to a Dutch farming group.\n")
    assert not asserted(art), types(art)
    art = run("\n\nThe two countries restored diplomatic ties on Monday.\n")
    assert asserted(art), types(art)
    art = run("\n\nAides said half of her meetings were with donors.\n")
    assert not [e for e in asserted(art) if e.type == "CONSULT"], types(art)


def test_blame_said_of_it_in_a_quote_accuses_without_a_named_target(run):
    art = run('\n\n"It was offensive," said Fleischer.\n')
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Fleischer" and not ev[0].target, types(art)
    art = run('\n\n"It was horrible," said a witness.\n')
    assert not asserted(art), types(art)


def test_going_after_taking_on_and_sounding_off_criticise_an_actor(run):
    for text in ("\n\nJeb Bush, helped by George, goes after Trump.\n",
                 "\n\nCharles Barkley takes on Donald Trump.\n",
                 "\n\nParents of flood victims sound off on Hale.\n"):
        art = run(text)
        assert [e.type for e in asserted(art) if e.type == "ACCUSE"], (text, types(art))
    art = run("\n\nShe took on the role of chair.\n")
    assert not asserted(art), types(art)


def test_a_war_of_words_is_criticism_and_fire_from_critics_accuses(run):
    art = run("\n\nThe Bush family clashed on Monday with Donald J. Trump over the campaign.\n")
    assert [e.type for e in asserted(art)] == ["ACCUSE"], types(art)
    art = run("\n\nPolice clashed with protesters, injuring 20.\n")
    assert [e.type for e in asserted(art)] == ["ASSAULT"], types(art)
    art = run("\n\nElian's relatives in Miami have fought to keep the boy.\n")
    assert not asserted(art), types(art)
    art = run("\n\nShe came under fire from Democrats over her claim.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Democrats" and ev[0].target[0].text == "She", types(art)


def test_a_group_named_before_a_call_makes_it(run):
    art = run("\n\nThe investigation has renewed Republican calls for a special prosecutor.\n")
    ev = [e for e in asserted(art) if e.type == "REQUEST"]
    assert ev and ev[0].source[0].text == "Republican", types(art)
    art = run("\n\nThe report renewed calls for an envoy to negotiate with the rebels.\n")
    assert not [e for e in asserted(art) if e.type == "CONSULT"], types(art)


def test_a_cleft_and_many_of_whom_name_the_doer(run):
    art = run("\n\nIt was Tom Ward and Ann Roe that withdrew British forces hastily.\n")
    ev = [e for e in asserted(art) if e.type == "RETREAT"]
    assert ev and "Ward" in ev[0].source[0].text, types(art)
    art = run("\n\nFamily members of the victims, many of whom lobbied for the bill, said the claims are unfounded.\n")
    assert all("whom" not in p.text for e in asserted(art) for p in e.source), types(art)


def test_talks_between_two_sides_have_one_as_source_and_the_other_as_target(run):
    art = run("\n\nThe meeting between Obama and Putin lasted two hours.\n")
    ev = [e for e in asserted(art) if e.type == "CONSULT"]
    assert ev and ev[0].source[0].text == "Obama" and ev[0].target[0].text == "Putin", types(art)


def test_a_target_that_names_a_thing_gives_way_to_the_actor_it_belongs_to(run):
    art = run("\n\nSenator Maria Lopez slammed a plan backed by Governor Tom Hale on Monday. Mayor Ann Reed "
              "welcomed the news that Hale would resign. Lopez attacked the budget on Tuesday.\n")
    targets = {e.trigger.text: [p.text for p in e.target] for e in asserted(art)}
    assert targets.get("slammed") == ["Governor Tom Hale"], targets
    assert targets.get("welcomed") == ["Hale"], targets
    assert all("Hale" not in " ".join(t) for k, t in targets.items() if k == "attacked"), targets


def test_backing_from_givers_has_them_as_source_and_the_backed_as_target(run):
    art = run("\n\nGovernor Ann Ray locked up endorsements from the teachers union in October. Ray's support from "
              "party leaders grew. Senator Tom Hale rose with the support of the Farm Bureau.\n")
    got = {e.trigger.start: ([p.text for p in e.source], [p.text for p in e.target])
           for e in asserted(art) if e.type == "SUPPORT"}
    t = art.text
    assert got.get(t.index("endorsements")) == (["the teachers union"], ["Governor Ann Ray"]), got
    assert got.get(t.index("support from")) == (["party leaders"], ["Ray's"]), got
    assert got.get(t.index("support of")) == (["the Farm Bureau"], ["Senator Tom Hale"]), got


def test_an_act_in_a_time_clause_of_the_future_has_not_happened(run):
    art = run("\n\nThe treaty will enter into force when forty states ratify it. When troops attacked the village, "
              "residents fled.\n")
    got = {e.trigger.text: e.hypothetical for e in art.events}
    assert got.get("ratify") is True and got.get("attacked") is False, got


def test_asked_to_explain_asks_for_information_and_seeking_an_office_asks_nothing(run):
    art = run("\n\nThe host asked Governor Ann Ray to lay out her path to the nomination. Senator Tom Hale is seeking "
              "the presidency. Mayor Lee asked the council to fund the clinic.\n")
    got = [e.trigger.text for e in asserted(art) if e.type == "REQUEST"]
    assert got == ["asked"] and next(e for e in asserted(art) if e.type == "REQUEST").trigger.start == \
        art.text.index("asked the council"), types(art)


def test_figures_of_speech_thanks_to_god_and_backing_out(run):
    art = run("\n\nAnti-war delegates seized on the remark. \"Thank God, I am healthy,\" Senator Tom Hale said. "
              "Governor Ann Ray backed out of the conference on Friday.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert not any(t in ("ASSAULT", "SUPPORT") for t, _ in got), got
    assert ("REJECT", "backed") in got, got


def test_acknowledging_that_one_erred_concedes(run):
    art = run("\n\nSenator Ann Ray acknowledged that she had misspoken in two interviews. Governor Tom Hale "
              "acknowledged that the crowd was large.\n")
    got = [e.trigger.start for e in asserted(art) if e.type == "CONCEDE"]
    assert got == [art.text.index("acknowledged")], types(art)


def test_a_surname_that_is_a_trigger_word_is_a_name(run):
    art = run("\n\nU.N. Secretary-General Ban Ki-moon spoke in Paris on Monday. Ban recalled the long night of "
              "talks.\n")
    assert not any(e.trigger.text == "Ban" for e in art.events), types(art)


def test_subpoenas_issued_coerce(run):
    art = run("\n\nThe county auditor issued subpoenas to the Ward Foundation on Tuesday.\n")
    ev = [e for e in asserted(art) if e.type == "COERCE"]
    assert ev and [p.text for p in ev[0].target] == ["the Ward Foundation"], types(art)


def test_someone_said_not_to_understand_is_criticised_but_not_someone_who_does_not_know_a_person(run):
    art = run("\n\n\"Governor Tom Hale doesn't understand the first thing about budgets,\" said Senator Ann Ray. "
              "Police said the gunman did not know the victims. Ray said she doesn't know whether talks will resume.\n")
    acc = [(e.source[0].text, e.target[0].text) for e in asserted(art) if e.type == "ACCUSE" and e.source and e.target]
    assert acc == [("Senator Ann Ray", "Governor Tom Hale")], types(art)


def test_a_verdict_on_a_plan_blames_its_maker(run):
    art = run("\n\nCritics said the plan of Governor Tom Hale was reckless. Experts said the rules are unfair.\n")
    acc = [[p.actor for p in e.target] for e in asserted(art) if e.type == "ACCUSE"]
    hale = next(a.id for a in art.actors if a.name.endswith("Hale"))
    assert acc == [[hale]], types(art)


def test_going_to_is_the_future(run):
    art = run("\n\nOfficials said Russia is going to attack the port. Rebels attacked the port on Monday.\n")
    got = {e.trigger.start: e.hypothetical for e in art.events if e.trigger.text.startswith("attack")}
    assert got == {art.text.index("attack the"): True, art.text.index("attacked"): False}, got


def test_ignoring_a_fact_refuses_nothing_and_as_opposed_to_is_a_contrast(run):
    art = run("\n\nSenator Tom Hale ignored the fact that the judge was born in Indiana. Governor Ann Ray ignored "
              "calls to resign. \"You know what you get, as opposed to some name,\" Hale said.\n")
    got = [e.trigger.start for e in asserted(art) if e.type == "REJECT"]
    assert got == [art.text.index("ignored calls")], types(art)


def test_backing_one_is_unwilling_to_affirm_is_not_asserted(run):
    art = run("\n\nGovernor Tom Hale was unwilling to affirm his support for Canada. Senator Ann Ray affirmed her "
              "support for Mexico.\n")
    got = {e.trigger.start: e.hypothetical or e.negated for e in art.events if e.type == "SUPPORT"}
    assert got.get(art.text.index("support for Canada")) is True, got
    assert got.get(art.text.index("support for Mexico")) is False, got


def test_a_group_described_by_whom_it_backs_backs_no_one_now_but_a_letter_does(run):
    art = run("\n\nDonors gave money to a super PAC supporting Governor Tom Hale. Senator Ann Ray wrote a letter "
              "congratulating Hale on the win.\n")
    got = [e.trigger.text for e in asserted(art) if e.type == "SUPPORT"]
    assert got == ["congratulating"], types(art)


def test_talk_as_speech_is_no_talks(run):
    art = run("\n\n\"I believe it's empty talk,\" said Senator Tom Hale. Iran and Iraq held talks in Geneva.\n")
    got = [e.trigger.text for e in asserted(art) if e.type == "CONSULT"]
    assert got == ["held talks"], types(art)


def test_running_against_someone_is_no_criticism_and_no_one_blames_himself(run):
    art = run("\n\nMaria Hale, who is challenging Senator Tom Ray for his Senate seat, spoke on Monday. Campaign chair "
              "Ann Lee dismissed the kerfuffle as \"absurd.\" Ray challenged Hale over her remarks.\n")
    acc = [(e.trigger.text, [p.text for p in e.source], [p.text for p in e.target]) for e in asserted(art)
           if e.type == "ACCUSE"]
    assert [a[0] for a in acc] == ["challenged"], acc


def test_senses_of_agree_seize_cut_meet_and_return(run):
    art = run("\n\nTom Lee agreed that the plan was sound. The judge agreed with Ann Ray that there was no reason "
              "to wait. Republicans are seizing an opportunity to tarnish Ray. The ad then cuts to footage of Lee. "
              "The team was met with chants of \"Lee, Lee\". Verizon hired workers to meet the shortfall. "
              "Ann Ray, a former analyst who returned to public service, spoke.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert got == {("AGREE", "agreed")} and next(e for e in asserted(art)).trigger.start == \
        art.text.index("agreed with"), got


def test_planned_deals_are_not_done_and_a_strike_among_workers_is_a_walkout(run):
    art = run("\n\nThe rules prompted Pfizer to drop planned deals with Allergan. To weather the strike, Verizon "
              "drafted thousands of workers from its nonunion workforce.\n")
    assert not any(e.type == "AGREE" for e in asserted(art)), types(art)
    assert ("PROTEST", "strike") in types(art) and not any(e.type == "ASSAULT" for e in asserted(art)), types(art)


def test_a_headline_verb_before_a_name_the_tagger_misread_and_blame_on_owned_acts(run):
    art = run("Super PAC blasts Trump for skipping debate\n\nThe DNC said the campaign staffers’ actions were "
              "“completely unacceptable”. Republicans say Governor Ann Ray misjudged the Syrian leader.\n")
    acc = {e.trigger.text: [p.text for p in e.target] for e in asserted(art) if e.type == "ACCUSE"}
    assert acc.get("blasts") == ["Trump"], acc
    assert acc.get("unacceptable") == ["the campaign staffers"], acc
    assert acc.get("misjudged") == ["Governor Ann Ray"], acc


def test_liking_someone_backs_them_and_distrust_criticises(run):
    art = run("\n\n\"I really like Governor Tom Hale,\" Ann Ray told reporters. Union leaders have "
              "never trusted Senator Bo Lee. \"I don't see how anyone can trust Lee,\" Ray said. Voters like the "
              "plan.\n")
    # (the rules' events: the sentence reader may read the whole `can't trust Lee` sentence as criticism, at its
    # evidence word, now a content word such as `trust`: review rev20)
    got = sorted((e.type, e.trigger.text) for e in asserted(art) if e.trigger.text in ("like", "trusted", "trust")
                 and ("reader", 1.0) not in (e.features or ()))
    assert got == [("ACCUSE", "trusted"), ("SUPPORT", "like")], got


def test_imperatives_definitions_and_inverted_conditions_are_not_acts(run):
    art = run("\n\nHit your opponent where she is strong. \"A raid is a combat operation,\" Colonel Tom Hale said. "
              "Lee writes: \"Should Ray win Ohio, no one will win.\" Obama met Putin in Paris.\n")
    got = sorted((e.type, e.trigger.text) for e in asserted(art))
    assert got == [("CONSULT", "met")], got


def test_ads_targeting_someone_criticise_and_those_backing_someone_are_who_they_are(run):
    art = run("\n\nThe group spent $1 million on ads and mailers targeting Governor Tom Hale. Lee pushed new "
              "delegates onto the list, in addition to those backing him.\n")
    got = sorted((e.type, e.trigger.text) for e in asserted(art))
    assert ("ACCUSE", "targeting") in got and not any(t in ("ASSAULT", "SUPPORT") for t, _ in got), got


def test_a_deal_called_off_is_not_made(run):
    art = run("\n\nPfizer and Allergan called off a $54 billion merger deal on Monday. Israel and Egypt signed a peace "
              "deal.\n")
    got = [(e.trigger.text.startswith("signed"), e.negated) for e in art.events if e.type == "AGREE"]
    assert sorted(got) == [(False, True), (True, False)], got


def test_a_denied_belief_turns_praise_into_criticism_and_non_negates(run):
    art = run("\n\n\"I don't think you are qualified when you voted for the war,\" Senator Tom Hale said. Governor Ann "
              "Ray's non-endorsement of Hale angered delegates.\n")
    got = {(e.type, e.trigger.text, e.negated) for e in art.events}
    assert ("ACCUSE", "qualified", False) in got and not any(t == "SUPPORT" and not neg for t, _, neg in got), got


def test_more_senses_of_seek_cut_capture_beat_and_release(run):
    art = run("\n\nAll the Republicans seeking the White House met in Iowa. Lee is seeking a breakout performance. "
              "Ray cut into Hale's lead. Obama captured Florida by about 74,000 votes. \"Its heart beating, its legs "
              "kicking,\" Ray said. A judge ordered the release of emails from her aides.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert not any(t in ("REQUEST", "SANCTION", "ASSAULT", "CONCEDE") for t, _ in got), got


def test_denials_lacks_and_unfitness_said_of_someone(run):
    art = run("\n\n\"He is not qualified to run this country,\" Ann Ray said of Governor Tom Hale. \"I never said "
              "that,\" Hale said. Hale said Ray lacks the stamina to lead. Lee said she was not qualified to judge it. "
              "Several mayors warned the bank not to act this spring.\n")
    got = sorted((e.type, e.trigger.text) for e in asserted(art))
    assert ("ACCUSE", "qualified") in got and ("REJECT", "said") in got and ("ACCUSE", "lacks") in got, got
    assert ("REQUEST", "warned") in got and not any(t == "THREATEN" for t, _ in got), got
    assert sum(1 for t, w in got if w == "qualified") == 1, got


def test_someone_said_to_deserve_punishment_is_criticised(run):
    art = run("\n\nSenator Ann Ray said Governor Tom Hale should be disqualified from the race. \"We should be proud,\" "
              "Ray said.\n")
    got = [(e.type, e.trigger.text, [p.text for p in e.target]) for e in asserted(art)]
    assert got == [("ACCUSE", "disqualified", ["Governor Tom Hale"])], got


def test_a_negated_gerund_under_a_preposition_is_what_a_stance_is_about(run):
    art = run("\n\nSenator Ann Ray blasted Governor Tom Hale for not arming the Kurds. Iran did not give permission "
              "for the flights.\n")
    rej = [e.trigger.text for e in asserted(art) if e.type == "REJECT"]
    assert rej == ["give"], types(art)


def test_backing_as_polls_measure_it_is_no_act(run):
    art = run("\n\nGovernor Ann Ray's broad support among rural voters gives her an edge. The rise in support for "
              "Senator Tom Hale worried Ray. The White House signaled its strong support for Hale on Monday.\n")
    got = [e.trigger.start for e in asserted(art) if e.type == "SUPPORT"]
    assert got == [art.text.index("support for Hale")], types(art)


def test_reviewed_limits_of_the_eighth_session_rules(run):
    art = run("\n\nThe UN asked the rebels to lay down their arms. Netanyahu was met at the airport by Obama. Iran "
              "agreed that inspectors could visit its sites. North Korea ignored the UN resolution. Officials said "
              "Yemen lacks clean water. Officials said police do not know why the gunman opened fire.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert {("REQUEST", "asked"), ("CONSULT", "met"), ("AGREE", "agreed"), ("REJECT", "ignored")} <= got, got
    assert not any(t == "ACCUSE" for t, _ in got), got


def test_a_thing_given_is_judged_by_its_head_word_not_the_names_beside_it(run):
    art = run("\n\nVoters in Ohio gave Governor Smith a huge victory over Senator Jones in 2008. "
              "The judge gave the senator some of the worst news. The United States gave Ukraine $300 million in military aid.\n")
    aid = [e for e in asserted(art) if e.type == "AID"]
    assert len(aid) == 1 and "Ukraine" in aid[0].target[0].text, types(art)


def test_receiving_things_or_votes_hosts_no_one(run):
    art = run("\n\nThe mayor said he has received hundreds of emails from voters. Senator Cruz received all the "
              "delegates at stake. President Putin received the Chinese delegation in the Kremlin on Monday.\n")
    consult = [e for e in asserted(art) if e.type == "CONSULT"]
    assert len(consult) == 1 and "delegation" in consult[0].target[0].text, types(art)


def test_backing_a_thing_in_a_relative_clause_is_a_stance(run):
    art = run("\n\nThey benefit from the kinds of programs that Senator Sanders supports. "
              "She praised the candidate that Senator Sanders supports.\n")
    backed = [e for e in asserted(art) if e.type == "SUPPORT" and e.trigger.text == "supports"]
    assert len(backed) == 1 and "candidate" in backed[0].target[0].text, types(art)


def test_a_purpose_infinitive_shares_the_mood_of_its_verb(run):
    art = run("\n\nKerry will fly to Moscow to meet Putin. Lavrov flew to Paris to meet Fabius.\n")
    meet = [e for e in asserted(art) if e.trigger.text == "meet"]
    assert len(meet) == 1 and meet[0].type == "CONSULT" and "Fabius" in meet[0].target[0].text, types(art)


def test_a_rally_in_an_election_story_is_campaigning_unless_a_protest_word_is_near(run):
    art = run("\n\nThe senator has used the same line at every farm stop, every rally and every school hall since the "
              "primary began. Outside, thousands of students marched in a rally against the trade deal.\n")
    protest = [e for e in asserted(art) if e.type == "PROTEST"]
    assert protest and all(art.text.index("Outside") < e.trigger.start for e in protest), types(art)


def test_a_threat_named_as_a_danger_is_no_threat_made(run):
    art = run("\n\nThe threat from the northern militias has grown more prominent in the race. "
              "The president followed through on his veto threat on Friday.\n")
    threats = [e for e in asserted(art) if e.type == "THREATEN"]
    assert len(threats) == 1 and "veto" in threats[0].trigger.text, types(art)


def test_a_purpose_infinitive_of_a_negated_verb_is_refused(run):
    art = run("\n\nPresident Reagan declared Wednesday that he will not go to Moscow to meet Mikhail Gorbachev.\n")
    meet = [e for e in art.events if e.trigger.text == "meet"]
    assert meet and meet[0].type == "REJECT", [(e.type, e.trigger.text) for e in art.events]


def test_leave_granted_is_not_dropped_as_a_thing_given_and_a_letter_from_a_leader_is_received(run):
    art = run("\n\nThe European Commission granted the Portuguese government permission to inject funds into TAP. "
              "President Trump said he received a great letter from Kim Jong Un.\n")
    triggers = {e.trigger.text for e in asserted(art)}
    assert "granted" in triggers and "received" in triggers, types(art)


def test_people_described_by_what_they_seek_and_a_delegation_sought_after_ask_nothing(run):
    art = run("\n\nThe mayor said donations from those seeking his assistance were a problem. The delegation has "
              "been widely sought after since they hold swing votes. The senator sought the help of the UN.\n")
    asked = [e for e in asserted(art) if e.type == "REQUEST"]
    assert len(asked) == 1 and asked[0].trigger.text == "sought", types(art)


def test_violence_in_general_is_no_occasion(run):
    art = run('\n\n"Homegrown attacks are nearly a side effect of battlefield gains," the analyst said. '
              'The bombing in Kabul killed four people on Monday.\n')
    violence = [e.trigger.text for e in asserted(art) if e.type == "ASSAULT"]
    assert violence and "Homegrown attacks" not in violence and "attacks" not in violence, types(art)


def test_standing_by_what_one_said_or_hosting_a_show_is_no_event(run):
    art = run('\n\n"I stand by every word I said in that debate," the senator told reporters. In 2012, when the '
              'actor hosted, the show drew its best ratings. The governor said he stands with Israel.\n')
    kinds = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("SUPPORT", "stands") in kinds and ("SUPPORT", "stand") not in kinds and not any(
        t == "CONSULT" for t, _ in kinds), kinds


def test_a_figure_of_speech_made_of_a_verb_and_its_phrase_is_no_event(run):
    art = run("\n\nThe senator struck a chord with voters in Ohio. Her campaign has been firing on all cylinders. "
              "The governor froze in place. Rebels struck a police station in the north on Monday.\n")
    kinds = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("ASSAULT", "struck") in kinds and len([k for k in kinds if k[1] in ("struck", "firing", "froze")]) == 1, \
        kinds
    assert art.text.index("struck a police") == next(e.trigger.start for e in asserted(art) if e.type == "ASSAULT")


def test_a_meeting_no_one_held_or_met_at_is_no_occasion(run):
    art = run("\n\nIt was my first meeting of the champion. The senator, during a town hall meeting in Columbus, "
              "said she would raise taxes. The mayor convened his staff for a strategy meeting on Monday.\n")
    met = [e for e in asserted(art) if e.type == "CONSULT"]
    assert len(met) == 1 and art.text.index("strategy") <= met[0].trigger.start, types(art)


def test_appeal_as_attraction_or_a_pending_appeal_asks_nothing(run):
    art = run("\n\nThe candidate has shown cross-cutting appeal in polls. The family will stay pending the appeal. "
              "The relatives filed an appeal to keep the boy in the country.\n")
    asked = [e for e in asserted(art) if e.type == "REQUEST"]
    assert len(asked) == 1 and art.text.index("an appeal") < asked[0].trigger.end, types(art)


def test_a_warning_of_a_danger_criticises_and_a_warning_to_someone_threatens(run):
    art = run("\n\nA group of security experts warned of a new kind of fakery by hackers. The president warned Iran "
              "of severe consequences on Monday.\n")
    kinds = {(e.type, e.trigger.start) for e in asserted(art)}
    first, second = art.text.index("warned of"), art.text.index("warned Iran")
    assert ("ACCUSE", first) in kinds and ("THREATEN", second) in kinds, types(art)


def test_an_attack_by_or_on_a_person_with_no_violence_near_is_criticism(run):
    art = run("\n\nThe hospital treated four wounded men on Monday. Senator Grassley downplayed Donald Trump's attack "
              "on a federal judge's heritage. In the debate, Rubio faced increasing attacks from Bush and Kasich.\n")
    kinds = [(e.type, e.trigger.text) for e in asserted(art)]
    assert not any(t == "ASSAULT" for t, _ in kinds) and sum(t == "ACCUSE" for t, _ in kinds) >= 2, kinds


def test_every_word_class_of_the_event_lexicons_is_described_in_its_header():
    import pathlib
    import re

    from dateline.lexicon import classes
    from dateline.extractors.events import checks, crime

    here = pathlib.Path(checks.__file__).resolve().parents[2] / "lexicon"
    for name, loaded in (("event_senses.tsv", checks.senses()), ("crime_words.tsv", crime.words())):
        header = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", (here / name).read_text(), re.M)}
        assert set(classes(name)) <= header, sorted(set(classes(name)) - header)
        assert loaded["protestword" if name == "event_senses.tsv" else "referring"]   # (moved out of the code)


def test_signing_on_offering_a_view_and_promises_named_make_no_deal(run):
    art = run("\n\nSeven of the state's delegates have signed on to the effort. The news conference offered a "
              "striking contrast with the rally. Countries must live up to their promises. Iran and Iraq signed a "
              "trade agreement on Monday.\n")
    agreed = [e for e in asserted(art) if e.type == "AGREE"]
    assert len(agreed) == 1 and art.text.index("signed a") == agreed[0].trigger.start, types(art)


def test_a_dare_to_act_asks_and_a_primary_challenger_criticises_no_one(run):
    art = run("\n\nThe bishop has challenged his own priests to be kinder. Tim Canova, the law professor who is "
              "challenging Rep. Debbie Wasserman Schultz in the primary, raised money.\n")
    kinds = {(e.type, e.trigger.start) for e in asserted(art)}
    assert ("REQUEST", art.text.index("challenged")) in kinds and not any(t == "ACCUSE" for t, _ in kinds), kinds


def test_a_request_named_again_and_speaking_to_a_crowd_are_no_events(run):
    art = run("\n\nA city hall spokeswoman declined to comment on Hale's latest request. The senator "
              "kept speaking to crowds in Ohio. Auditors have found that ahead of the storm, requests were made to "
              "Okafor for more sandbags, but nothing was ever done.\n")
    kinds = [(e.type, e.trigger.start) for e in asserted(art)]
    assert not any(t == "CONSULT" for t, _ in kinds) and [s for t, s in kinds if t == "REQUEST"] == [
        art.text.index("requests were")], kinds


def test_a_warning_of_a_plight_no_one_causes_is_no_event(run):
    """`warned of famine`, `warned of a humanitarian crisis in Gaza`, `warned of heavy rain` (event_senses `plight`,
    hazards.tsv): a danger foretold, no threat and no criticism; with a cause or someone warned it stays an event."""
    art = run("\n\nAid agencies warned of famine in Yemen. Officials warned of a humanitarian crisis in Gaza. "
              "Forecasters warned of heavy rain across the region.\n")
    assert not any(e.type in ("THREATEN", "ACCUSE") for e in art.events), types(art)
    art = run("\n\nThe UN warned of a crisis caused by Israel's blockade. The minister warned Iran of a crisis.\n")
    assert len([e for e in art.events if e.type in ("THREATEN", "ACCUSE")]) == 2, types(art)


def test_voters_counted_by_a_poll_back_no_one_but_a_senator_does(run):
    art = run("\n\nAbout 7 in 10 older men supported Jones, the exit poll showed. Suburban voters mostly backed "
              "Jones. Senator Mary Brown backed Jones on Monday.\n")
    backers = [e.trigger.text for e in asserted(art) if e.type == "SUPPORT"]
    assert backers == ["backed"] and art.text[next(
        e.trigger.start for e in asserted(art) if e.type == "SUPPORT") - 6:].startswith("Brown"), types(art)


def test_an_attack_qualified_as_words_is_criticism_even_in_a_story_of_bombings(run):
    art = run("\n\nThe bombing killed four soldiers in Kabul on Monday. Senator Lee's populist attacks on big banks "
              "won him votes. The new ad targets a corrupt tax system.\n")
    kinds = {(e.type, e.trigger.text.split()[-1]) for e in asserted(art)}
    assert ("ASSAULT", "attacks") not in kinds and ("ASSAULT", "targets") not in kinds and \
        ("ASSAULT", "killed") in kinds, types(art)


def test_a_clash_of_named_people_is_words_even_in_a_story_of_violence(run):
    art = run("\n\nA gunman killed two guards in Dallas last year. Governor Hall clashed on Monday with Senator Lee "
              "over the budget.\n")
    assert ("ACCUSE", "clashed") in types(art) and ("ASSAULT", "clashed") not in types(art), types(art)


def test_police_charging_someone_is_law_enforcement(run):
    art = run("\n\nPolice on Friday charged John Miller after a fight outside a bar.\n")
    assert ("COERCE", "charged") in types(art) and ("ACCUSE", "charged") not in types(art), types(art)


def test_dismissing_someone_as_something_is_criticism_a_claim_dismissed_is_a_denial(run):
    art = run("\n\nSenator Lee dismissed Governor Hall as a reckless amateur. The ministry dismissed the report as "
              "false.\n")
    got = {(e.type, art.text[e.trigger.start:e.trigger.start + 9], art.text[e.sentence.start:e.sentence.start + 8])
           for e in asserted(art)}
    assert ("ACCUSE", "dismissed", "Senator ") in got and ("REJECT", "dismissed", "The mini") in got, got


def test_having_no_plans_to_act_charges_no_lack_and_asserts_nothing(run):
    art = run("\n\nA spokesman said the governor has no plans to either visit the border or meet with Senator Lee. "
              "Senator Lee said the governor has no plan for the border.\n")
    accused = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert not any(e.type == "CONSULT" for e in asserted(art)) and len(accused) == 1 and \
        accused[0].trigger.start > art.text.index("Senator Lee said"), types(art)


def test_force_on_an_animal_and_a_family_visit_are_no_events(run):
    art = run("\n\nTwo fishermen captured a huge alligator in the lake on Sunday. Ms. Ortiz was visiting her sister in "
              "Lyon. Police captured the suspect on Monday.\n")
    got = {e.type: art.text[e.trigger.start - 7:e.trigger.start] for e in asserted(art)}
    assert "CONSULT" not in got and list(got.values()).count("Police ") == len(got) >= 1, types(art)


def test_what_a_kind_of_people_does_not_do_is_no_refusal(run):
    art = run("\n\nVoters want a candidate who has not accepted money from big banks. The senator has not accepted "
              "the offer from the governor.\n")
    refusals = [e for e in asserted(art) if e.type == "REJECT"]
    assert all(e.trigger.start > art.text.index("The senator") for e in refusals), types(art)


def test_a_feeling_said_of_someone_is_no_verdict_on_them(run):
    art = run('\n\n"They\'re worried," Senator Lee said of the farmers. "They\'re corrupt," Senator Lee said of the '
              'bankers.\n')
    accused = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert accused and all(e.trigger.text == "corrupt" for e in accused), types(art)


def test_a_participle_on_the_object_of_a_would_verb_is_not_asserted(run):
    art = run("\n\nTo win, Jones would need 90 delegates now supporting Smith. A group accused of fraud may have "
              "given money to the campaign.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), types(art)
    assert any(e.type == "ACCUSE" and e.trigger.text == "accused" for e in asserted(art)), types(art)


def test_trying_asking_for_privacy_and_asking_to_name_something_ask_for_no_act(run):
    art = run("\n\nThe president sought on Monday to reassure worried allies in Asia. The family asked for privacy. The senator was "
              "asked to name one decision the governor made. The senator asked Russia to release the prisoners.\n")
    asks = [e for e in asserted(art) if e.type == "REQUEST"]
    assert len(asks) == 1 and art.text[asks[0].trigger.start:].startswith("asked Russia"), types(art)


def test_a_thing_not_given_is_no_refusal_but_a_release_refused_and_a_denial_are(run):
    art = run("\n\nThe bank did not lend money to the company last year. The company did not admit wrongdoing. The "
              "minister said she did not send any secret files. The army will not release the prisoners.\n")
    refusals = sorted(art.text[e.sentence.start:e.sentence.start + 9] for e in asserted(art) if e.type == "REJECT")
    assert refusals == ["The army ", "The minis"], types(art)


def test_speaking_to_a_group_is_an_address_and_a_choice_put_is_not_done(run):
    art = run("\n\nSenator Lee spoke on Thursday to the National Farmers Union convention. Senator Lee spoke with "
              "Governor Hall on Friday. The party faces a choice: either embrace the governor or oppose him.\n")
    meetings = [e for e in asserted(art) if e.type == "CONSULT"]
    assert len(meetings) == 1 and art.text[meetings[0].trigger.start:].startswith("spoke with"), types(art)
    assert not any(e.type in ("SUPPORT", "REJECT") for e in asserted(art)), types(art)


def test_a_ban_backed_is_a_policy_and_pages_of_documents_released_concede_nothing(run):
    art = run("\n\nMost members support a temporary ban on foreign lobbyists. The ministry released 500 pages of "
              "emails on Friday. Police banned the march on Saturday.\n")
    kinds = [(e.type, art.text[e.sentence.start:e.sentence.start + 6]) for e in asserted(art)]
    assert ("COERCE", "Police") in kinds and not any(s in ("Most m", "The mi") for _, s in kinds), kinds


def test_a_price_charged_and_voters_views_are_no_events(run):
    art = run("\n\nThat meant that whatever Smith charged his campaign for rent was coming from Smith himself. "
              "Many suburban women saw the new levy as harmful to their families. Police charged the man with fraud.\n")
    kinds = [(e.type, art.text[e.sentence.start:e.sentence.start + 6]) for e in asserted(art)]
    assert ("COERCE", "Police") in kinds and not any(s in ("That m", "Many s") for _, s in kinds), kinds


def test_permission_not_given_stays_a_refusal(run):
    art = run("\n\nThe government did not give permission for the flights. The bank did not lend money to the firm.\n")
    refusals = [e for e in asserted(art) if e.type == "REJECT"]
    assert len(refusals) == 1 and refusals[0].trigger.start < art.text.index("The bank"), types(art)


def test_a_past_verb_joined_to_an_infinitive_under_a_plan_is_asserted(run):
    art = run("\n\nThe governor campaigned on his plan to cut taxes and accused the mayor of wasting funds.\n")
    assert ("ACCUSE", "accused") in types(art), types(art)


def test_people_not_counted_by_a_poll_back_someone_and_a_share_of_a_cohort_does_not(run):
    art = run("\n\nTwo men supported the rebels with weapons and money, police said. Six in 10 white men supported "
              "Sanders, the poll found.\n")
    backing = [art.text[e.sentence.start:e.sentence.start + 7] for e in asserted(art) if e.type == "SUPPORT"]
    assert backing == ["Two men"], types(art)


def test_an_attack_qualified_as_racist_or_sharp_that_hurts_people_stays_force(run):
    art = run("\n\nA racist attack on a mosque in Leeds left two worshippers injured. A sharp attack by rebels on the "
              "town killed 12 soldiers. The senator launched a scathing attack on the governor.\n")
    words = [(e.type, art.text[e.sentence.start:e.sentence.start + 5]) for e in asserted(art) if e.type == "ACCUSE"]
    assert words == [("ACCUSE", "The s")], types(art)


def test_a_prosecutor_charging_that_someone_lied_accuses_and_charging_someone_with_a_crime_coerces(run):
    art = run("\n\nThe prosecutor charged that the mayor had lied to investigators. The prosecutor charged the mayor "
              "with fraud on Friday.\n")
    kinds = [(e.type, art.text[e.trigger.end:e.trigger.end + 5]) for e in asserted(art) if e.trigger.text == "charged"]
    assert kinds == [("ACCUSE", " that"), ("COERCE", " the ")], kinds


def test_a_letter_found_speaks_for_no_finder_and_an_ad_released_for_its_author(run):
    art = run("\n\nPolice found a letter that threatened the mayor of Springfield. The senator released an ad that "
              "attacks the governor.\n")
    sources = {e.trigger.text: [p.text for p in e.source] for e in art.events}
    assert "Police" not in sources.get("threatened", []), sources
    assert sources.get("attacks") == ["The senator"], sources


def test_the_place_an_invitation_is_to_is_no_target(run):
    art = run("\n\nThe foreign minister invited the Polish ambassador to the talks in Geneva on Friday.\n")
    (ev,) = [e for e in asserted(art) if e.trigger.text == "invited"]
    assert [p.text for p in ev.target] == ["the Polish ambassador"], ev.target


def test_force_backed_or_opposed_happened_and_a_past_participle_under_could_is_fact(run):
    art = run("\n\nRussia opposed the bombing of Serbia by NATO. The army could face fighters trained by Iran.\n")
    kinds = {e.trigger.text: e.type for e in asserted(art)}
    assert kinds.get("bombing") == "ASSAULT" and "trained" in kinds, types(art)


def test_supporters_of_a_person_clashing_in_a_story_of_harm_still_fight(run):
    art = run("\n\nSupporters of Jane Morrow clashed with rival marchers in the capital on Sunday. Jane Morrow clashed "
              "with the governor over the budget. Two officers were wounded in the unrest.\n")
    clashes = [(e.type, art.text[e.sentence.start:e.sentence.start + 5]) for e in asserted(art)
               if e.trigger.text == "clashed"]
    assert clashes == [("ASSAULT", "Suppo"), ("ACCUSE", "Jane ")], clashes


def test_seeking_something_from_someone_for_a_purpose_is_a_request(run):
    art = run("\n\nThe opposition sought help from the United Nations to stop the killings. The president sought on "
              "Monday to reassure worried allies in Asia.\n")
    asks = [art.text[e.sentence.start:e.sentence.start + 7] for e in asserted(art) if e.type == "REQUEST"]
    assert asks == ["The opp"], types(art)


def test_visiting_the_families_of_others_is_a_meeting_and_ones_own_sister_is_not(run):
    art = run("\n\nThe president visited the families of the slain officers in Dallas. The senator was visiting her "
              "sister in Paris.\n")
    visits = [art.text[e.sentence.start:e.sentence.start + 7] for e in asserted(art) if e.type == "CONSULT"]
    assert visits == ["The pre"], types(art)


def test_speaking_to_commanders_or_an_ambassador_is_a_meeting(run):
    art = run("\n\nThe envoy spoke to rebel commanders in Aleppo on Sunday. The minister spoke to the ambassador about "
              "the dispute. Senator Lee spoke on Thursday to the National Farmers Union convention.\n")
    meetings = [art.text[e.sentence.start:e.sentence.start + 7] for e in asserted(art) if e.type == "CONSULT"]
    assert meetings == ["The env", "The min"], types(art)


def test_a_conference_call_with_someone_is_a_meeting_not_with_reporters_or_no_one(run):
    art = run("\n\nThe union had a conference call with staffers of the governor on Monday.\n\nThe mayor made the "
              "remarks on a conference call with reporters. Her campaign held a conference call highlighting her "
              "record.\n")
    consult = [e for e in art.events if e.type == "CONSULT" and not e.negated and not e.hypothetical]
    assert len(consult) == 1 and "staffers" in consult[0].target[0].text, [(e.trigger.text, e.target) for e in consult]


def test_a_duty_carried_out_in_the_perfect_is_done(run):
    art = run("\n\nThe governor has had to repudiate parts of her predecessor's plan. The mayor would have had to "
              "repudiate the deal.\n")
    rej = [(e.trigger.text, e.hypothetical) for e in art.events if e.type == "REJECT"]
    assert rej == [("repudiate", False), ("repudiate", True)], rej


def test_a_speakers_would_on_a_request_is_a_request_made(run):
    art = run('\n\n"We would urge anyone with information to call the police," the sheriff said. "If they asked, we '
              'would urge them to leave," the sheriff added. "They would urge people to stay," he said.\n')
    req = [e.hypothetical for e in art.events if e.type == "REQUEST"]
    assert req == [False, True, True], [(e.trigger.text, e.hypothetical) for e in art.events]


def test_people_named_by_what_they_are_are_asked_what_they_should_do(run):
    art = run("\n\nThe minister said that foreign officials should curb their complaints. The governor said states "
              "have to balance budgets.\n")
    req = [(e.trigger.text, e.target[0].text if e.target else None) for e in art.events
           if e.type == "REQUEST" and not e.hypothetical]
    assert req == [("curb", "foreign officials")], req


def test_backing_won_from_a_body_stays(run):
    art = run("\n\nSenator Tom Reyes has won the support of the teachers union.\n")
    (e,) = [e for e in asserted(art) if e.type == "SUPPORT"]
    assert e.source[0].text == "the teachers union"


def test_defending_ones_kin_backs_them_defending_a_record_does_not(run):
    # ev25b: one's own record defended in a tensed clause is the guide's SUPPORT (defending), no longer dropped as a
    # stance on a thing (tests/extractors/test_event_type_senses.py); a record defended under another verb still is
    art = run("\n\nJohn Reyes defended his mother at the hearing. Senator Ann Hale has often cited the state's "
              "culture in defending her record on taxes.\n")
    backed = [[p.text for p in e.target] for e in asserted(art) if e.type == "SUPPORT"]
    assert backed == [["his mother"]], backed


def test_backing_a_proposed_act_is_a_stance_not_backing(run):
    art = run("\n\nSenator Tom Reyes supports tightening enforcement at the border. Lawmakers have endorsed making "
              "it harder to enter the country. Senator Tom Reyes supports Governor Ann Hale.\n")
    backed = [e.trigger.text for e in asserted(art) if e.type == "SUPPORT"]
    assert backed == ["supports"] and art.text.count("supports") == 2, backed
    (e,) = [e for e in asserted(art) if e.type == "SUPPORT"]
    assert [p.text for p in e.target] == ["Governor Ann Hale"]


def test_people_described_by_whom_they_back_are_no_backers(run):
    art = run("\n\nThose whose main issue was rent tended to support Governor Ann Hale. Mayor Dan Brook wants to "
              "win over many of those who supported Senator Tom Reyes. Senator Tom Reyes tends to praise Governor Ann "
              "Hale in public.\n")
    backed = [(e.trigger.text, [p.text for p in e.source]) for e in asserted(art) if e.type == "SUPPORT"]
    assert backed == [("praise", ["Senator Tom Reyes"])], backed


def test_a_place_or_armed_men_under_fire_is_force_not_criticism(run):
    """rev25 (evaluative._under_fire): `came under attack/fire from X` is criticism only when neither side is armed
    men nor the bearer a place; a party's fire on a senator stays ACCUSE."""
    art = run("\n\nThe hill town came under attack from rebels on Sunday.\n")
    assert not [e for e in asserted(art) if e.type == "ACCUSE"], types(art)
    art = run("\n\nThe convoy came under fire from insurgents near the border.\n")
    assert not [e for e in asserted(art) if e.type == "ACCUSE"], types(art)
    art = run("\n\nTwo patrol boats came under attack from enemy naval forces in the gulf.\n")
    assert not [e for e in asserted(art) if e.type == "ACCUSE"], types(art)
    art = run("\n\nThe governor came under fire from the teachers' union over the budget.\n")
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].target[0].text == "The governor", types(art)


def test_a_call_for_with_its_asker_stays_a_request(run):
    art = run("\n\nNew elections were called for by the opposition. The senator called for a recount.\n")
    assert sum(e.type == "REQUEST" for e in asserted(art)) == 2, types(art)


def test_targeting_for_assassination_stays_an_attack(run):
    art = run("\n\nThe judge was targeted for assassination by the cartel. Rebels targeted the army convoy outside "
              "the city.\n")
    assert sum(e.type == "ASSAULT" for e in asserted(art)) == 2, types(art)


def test_a_state_a_group_or_a_place_targeted_stays_an_attack(run):
    """ev26b review: `_aimed_unarmed` keeps the aim of a state, a people, a group or a force, and any aim at a place
    (these three were lost by its first version)."""
    art = run("\n\nRussian jets targeted the town of Idlib overnight. Al-Shabab targeted a hotel in Mogadishu. U.S. "
              "forces targeted the group's leader.\n")
    assert sum(e.type == "ASSAULT" for e in asserted(art)) == 3, types(art)


TYPE_CASES = [  # (test id, text, expected event types: tests.helpers.check_types)
    ('an_interview_question_is_no_request',
     "\n\nAsked about the embargo, the minister said nothing. Reporters asked whether talks would resume.\n",
     '-REQUEST'),
    ('asking_someone_to_act_stays_a_request',
     "\n\nThe foreign minister asked Russia to stop arming the regime on Monday.\n",
     '+REQUEST'),
    ('a_weapons_test_is_mobilize_and_a_weapon_alone_no_event',
     "\n\nNorth Korea carried out a missile test on Friday. The missiles can reach Japan.\n",
     '+MOBILIZE -ASSAULT'),
    ('a_trigger_noun_naming_a_thing_is_no_event',
     "\n\nThe appeals court heard the case. Police found a bomb factory in the suburb.\n",
     '-REQUEST|ASSAULT'),
    ('a_vow_of_force_is_a_threat',
     "\n\nPresident Bill Clinton vowed on Saturday to hunt down those responsible for the bombings.\n",
     '+THREATEN -AGREE'),
    ('an_infinitive_under_a_need_is_not_asserted',
     "\n\nThe governor said the state needs to support the first responders.\n",
     '-SUPPORT'),
    ('a_verdict_on_an_actor_is_criticism_or_praise',
     "\n\nJapan branded North Korea an \"outlaw nation\" on Friday. Pepper called the decision a \"huge win\".\n",
     '+ACCUSE +SUPPORT'),
    ('a_voiced_feeling_and_a_claim_called_false',
     "\n\nWorld leaders expressed outrage over North Korea's test. \"They are 100 percent wrong,\" "
     "said Terry Strada, a widow.\n",
     '+ACCUSE +REJECT'),
    ('a_demand_in_a_that_clause_is_a_request',
     "\n\nRussia insisted that Pyongyang stop its missile launches.\n",
     '+REQUEST'),
    ('guide_types_for_sanctions_charges_and_launches',
     "\n\nThe Security Council imposed new sanctions on Iran on Monday. The man was charged with murder "
     "on Tuesday. Pyongyang fired three missiles into the sea.\n",
     '+SANCTION +COERCE +MOBILIZE -ASSAULT'),
    ('what_was_ordered_is_not_asserted',
     "\n\nOfficers ordered him to drop the weapon.\n",
     '-CONCEDE'),
    ('a_custody_battle_is_no_assault',
     "\n\nThe custody battle dragged on for months in the courts.\n",
     '-ASSAULT'),
    ('a_stated_refusal_is_an_asserted_reject',
     "\n\n\"We will not cooperate with the federal government,\" the mayor said on Monday.\n",
     '+REJECT'),
    ('a_meal_with_someone_is_a_meeting',
     "\n\nThe Burmese leader had breakfast with Vice President Joe Biden on Wednesday.\n",
     '+CONSULT'),
    ('a_verdict_on_an_actor_said_by_someone-1',
     "\n\nCivil rights activists say the police chief has been dishonest.\n",
     '+ACCUSE'),
    ('a_verdict_on_an_actor_said_by_someone-2',
     "\n\nOfficials said the rules are unfair.\n",
     '-ACCUSE'),
    ('figures_of_speech_from_the_issue_are_no_events-1',
     "\n\nDemocrats seized on the issue during the campaign.\n",
     '='),
    ('figures_of_speech_from_the_issue_are_no_events-2',
     "\n\nShe was fired from her job at the bank.\n",
     '='),
    ('figures_of_speech_from_the_issue_are_no_events-3',
     "\n\nThe campaign held rallies in Ohio and Florida.\n",
     '='),
    ('a_missile_launch_is_mobilize_and_a_ruling_called_unjust_accuse',
     "\n\nNorth Korea launched a missile on Sunday. The senator called the ruling unjust.\n",
     '+MOBILIZE +ACCUSE -ASSAULT'),
    ('goals_and_denied_blame_are_not_asserted',
     "\n\nThe opposition wants the general to resign. It is not that we blame them.\n",
     '='),
    ('review_cases_rockets_into_a_country_descriptions_admissions_conditions-1',
     "\n\nHamas fired rockets into Israel on Monday.\n",
     '+ASSAULT'),
    ('review_cases_rockets_into_a_country_descriptions_admissions_conditions-2',
     "\n\nPolice described the attack at a news conference.\n",
     '-ACCUSE'),
    ('review_cases_rockets_into_a_country_descriptions_admissions_conditions-3',
     "\n\n\"I was wrong,\" the senator said on Monday.\n",
     '-REJECT'),
    ('review_cases_rockets_into_a_country_descriptions_admissions_conditions-4',
     "\n\nIf they attack, we will not cooperate with the council.\n",
     '-REJECT'),
    ('an_aim_stated_is_no_act',
     "\n\nThe minister said the goal is not to contain the rebels but to defeat and destroy them.\n",
     '-ASSAULT'),
    ('without_negates_what_it_governs',
     "\n\nThe regime collapsed without a shot being fired.\n",
     '-ASSAULT'),
    ('an_event_noun_in_an_if_clause_is_hypothetical',
     "\n\nIf the consulate comes under attack, the marines will defend it.\n",
     '-ASSAULT'),
    ('pushing_policies_is_no_request_but_pushing_a_state_to_act_is-1',
     "\n\nThe envoy spent years pushing the government's trade policies abroad.\n",
     '-REQUEST'),
    ('pushing_policies_is_no_request_but_pushing_a_state_to_act_is-2',
     "\n\nThe envoy pushed Ghana to reopen the border on Monday.\n",
     '+REQUEST'),
    ('a_feeling_parsed_as_a_passive_verb_blames',
     "\n\nThe senator was troubled by the governor's handling of the budget.\n",
     '+ACCUSE'),
    ('unloading_on_someone_is_criticism',
     "\n\nThe mayor unloaded on the newspaper at a breakfast with reporters.\n",
     '+ACCUSE'),
    ('vowing_to_find_the_culprits_threatens_them',
     "\n\nThe prime minister vowed to find the bombers and bring them to justice.\n",
     '+THREATEN -AGREE'),
    ('a_habit_or_neither_nor_is_no_event-1',
     "\n\nThe agency routinely sends migrants back to their countries.\n",
     '-AID'),
    ('a_habit_or_neither_nor_is_no_event-2',
     "\n\nThe court neither approves nor disapproves the agency's decision.\n",
     '-SUPPORT'),
    ('asking_for_a_list_is_a_request_for_information',
     "\n\nThe senator also asked for a list of the agency's priorities.\n",
     '-REQUEST'),
    ('what_protesters_do_in_the_street_is_protest',
     "\n\nProtesters were beginning to gather outside the embassy before noon.\n",
     '+PROTEST'),
    ('contests_and_struggles_are_no_violence-1',
     "\n\nThe grandparents have fought to keep the girl in Texas.\n",
     '-ASSAULT'),
    ('contests_and_struggles_are_no_violence-2',
     "\n\nThe two families are locked in a bitter custody battle over the girl.\n",
     '-ASSAULT'),
    ('a_past_participle_describing_a_noun_is_no_event',
     "\n\nA rescue team was sent to the bombed-out office building in Lagos.\n",
     '-ASSAULT'),
    ('what_someone_is_protected_from_did_not_happen',
     "\n\n``We must protect the children from being killed,'' the bishop said.\n",
     '-ASSAULT'),
    ('opposition_to_an_idea_and_appeal_as_attraction_are_no_events',
     "\n\nThe party restated its opposition to abortion. His message holds broad appeal in Ohio.\n",
     '-REJECT|REQUEST'),
    ('a_thing_that_ought_to_happen_asks_no_one',
     "\n\nThe mayor said that concern over costs ought to weigh less than safety.\n",
     '-REQUEST'),
    ('asking_a_question_is_no_request',
     "\n\nHe interrupts me whenever I ask a question he does not like.\n",
     '-REQUEST'),
    ('a_chain_of_infinitives_under_need_is_not_asserted',
     "\n\nWe need to do all we can to support the nurses, the mayor said.\n",
     '-SUPPORT'),
    ('dispatching_dozens_of_agents_mobilizes',
     "\n\nThe FBI also dispatched dozens of agents to Nairobi on Friday.\n",
     '+MOBILIZE -AID'),
    ('filing_a_motion_asks_and_a_subpoena_compels',
     "\n\nThe newspaper filed a motion to unseal the records. The committee subpoenaed the banker on Monday.\n",
     '+REQUEST +COERCE'),
    ('shares_of_votes_and_polls_are_no_support',
     "\n\nThe governor continues to lead the field with 40 percent support. The mayor received 49.8 percent.\n",
     '-SUPPORT|CONSULT'),
    ('a_quarrel_with_a_person_is_no_violence_and_fired_on_a_date_is_dismissed',
     "\n\nThe clerk gained influence after repeated clashes with Mr. Ward. Mr. Ward, who was fired on June 20, left.\n",
     '-ASSAULT'),
    ('refusals_said_with_would_not_or_not_ready-1',
     "\n\nLater that day, the governor said he would not support the senator's plan.\n",
     '+REJECT'),
    ('refusals_said_with_would_not_or_not_ready-2',
     "\n\nThe speaker said he was \"not ready\" to support the governor campaign.\n",
     '+REJECT'),
    ('meeting_a_need_is_no_meeting_and_a_witness_sought_is_coerced-1',
     "\n\nBesides meeting the needs of the victims, the agency will build a clinic.\n",
     '-CONSULT'),
    ('meeting_a_need_is_no_meeting_and_a_witness_sought_is_coerced-2',
     "\n\nThe police said Tom Reyes is being sought as a material witness in the case.\n",
     '+COERCE -REQUEST'),
    ('i_want_to_thank_you_thanks',
     '\n\n"I want to thank you for the help your governments have provided," the minister told the envoys.\n',
     '+SUPPORT'),
    ('a_percentage_in_an_act_of_force_or_aid_keeps_the_event',
     "\n\nGunmen killed 40 percent of the village's men on Sunday.\n",
     '+ASSAULT'),
    ('name_calling_with_a_pronoun_and_portraying_someone_as_a_wrongdoer-1',
     "\n\nAt the rally, the senator called him a traitor.\n",
     '+ACCUSE'),
    ('name_calling_with_a_pronoun_and_portraying_someone_as_a_wrongdoer-2',
     "\n\nThe governor's aides tried to portray the mayor as a puppet of the unions.\n",
     '+ACCUSE'),
    ('name_calling_with_a_pronoun_and_portraying_someone_as_a_wrongdoer-3',
     "\n\nThe governor's aides will try to portray the mayor as a puppet of the unions.\n",
     '-ACCUSE'),
    ('a_poll_figure_is_no_support_or_refusal',
     "\n\nIn the latest survey, 30 percent of likely Labour voters told us they would definitely not support him."
     " The governor doubles the senator's share of support.\n",
     '-SUPPORT|REJECT'),
    ('giving_something_that_is_no_aid_is_no_aid-1',
     "\n\nThe first lady provided her rival with fresh material for years. The company provided the space"
     " for the site.\n",
     '-AID'),
    ('giving_something_that_is_no_aid_is_no_aid-2',
     "\n\nIran supplied the rebels with rockets last year.\n",
     '+AID'),
    ('should_be_or_stay_asks_for_no_act-1',
     "\n\nThe veteran said Ann Roe should be ready for questions about her brother.\n",
     '-REQUEST'),
    ('should_be_or_stay_asks_for_no_act-2',
     "\n\nKerry said Russia should stop the bombing of Aleppo.\n",
     '+REQUEST'),
    ('the_act_under_a_refusal_is_not_asserted',
     "\n\nTrump said Friday that Ryan's refusal to support him was a bad thing.\n",
     '-SUPPORT'),
    ('an_agent_in_charge_is_no_accusation',
     "\n\nTom Ward, the police officer in charge of the Harlow station, will also be there.\n",
     '='),
    ('an_asserted_request_is_kept_beside_a_hypothetical_main_event',
     "\n\nRoe said Britain would cooperate with other board members, and she urged Iran"
     " to resume talks.\n",
     '+REQUEST'),
    ('an_unnamed_source_refuses_nothing_and_a_possible_attack_is_no_attack-1',
     "\n\n``It was a bomb,'' said an embassy official, who refused to identify himself.\n",
     '-REJECT'),
    ('an_unnamed_source_refuses_nothing_and_a_possible_attack_is_no_attack-2',
     "\n\nSyria refused to name a negotiator on Monday.\n",
     '+REJECT'),
    ('an_unnamed_source_refuses_nothing_and_a_possible_attack_is_no_attack-3',
     "\n\nTravel agents said clients were alarmed by the possibility of more terrorist attacks.\n",
     '-ASSAULT'),
    ('name_calling_with_an_epithet_is_no_phone_call_and_calls_without_for_ask_nothing-1',
     "\n\nMs. Roe called Mrs. Ward an ''old crow.''\n",
     '-CONSULT'),
    ('name_calling_with_an_epithet_is_no_phone_call_and_calls_without_for_ask_nothing-2',
     "\n\nRussian Foreign Minister Igor Ivanov calls extending NATO membership ``a movement in the wrong"
     " direction.''\n",
     '-REQUEST'),
    ('name_calling_with_an_epithet_is_no_phone_call_and_calls_without_for_ask_nothing-3',
     "\n\nObama called Putin on Friday.\n",
     '+CONSULT'),
    ('met_with_applause_and_a_fax_sent_are_no_events',
     "\n\nI was met with nice applause. The family sent a fax to local police on Friday.\n",
     '='),
    ('what_a_request_asks_for_is_not_done',
     "\n\nProtesters renewed their calls for his resignation on Monday.\n",
     '-CONCEDE +REQUEST'),
    ('beating_a_rival_in_a_vote_is_no_attack_but_beating_a_man_is-1',
     "\n\nHale has momentum after crushing her by over 15 points in Nevada.\n",
     '-ASSAULT|COERCE'),
    ('beating_a_rival_in_a_vote_is_no_attack_but_beating_a_man_is-2',
     "\n\nTwo men beat Senator Smith outside his home on Friday.\n",
     '+ASSAULT'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-1',
     "\n\nWard said Roe was committed to a county-by-county plan.\n",
     '-AGREE|REJECT|CONCEDE'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-2',
     "\n\n\"We have a commitment to running a race in every county,\" he said.\n",
     '-AGREE|REJECT|CONCEDE'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-3',
     "\n\nAmid the exchange of insults between the rival camps, a remark made by Hale was rough.\n",
     '-AGREE|REJECT|CONCEDE'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-4',
     "\n\nLessig has since dropped out of the race.\n",
     '-AGREE|REJECT|CONCEDE'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-5',
     "\n\nThe decision helped Republicans generate more early enthusiasm.\n",
     '-AID'),
    ('stances_described_are_no_agreements_and_help_to_do_is_no_aid-6',
     "\n\nGermany made a commitment to NATO to spend more on defence.\n",
     '+AGREE'),
    ('an_attack_on_a_politician_is_words_unless_harm_is_near-1',
     "\n\nShe has dropped direct attacks on Tom Ward from her usual speech.\n",
     '-ASSAULT'),
    ('an_attack_on_a_politician_is_words_unless_harm_is_near-2',
     "\n\nThe attack on Senator Smith outside his home left him with a broken arm.\n",
     '+ASSAULT'),
    ('disappointed_in_someone_is_criticism_with_a_curly_contraction_too-1',
     "\n\nTrump said he was disappointed in Ryan.\n",
     '+ACCUSE'),
    ('disappointed_in_someone_is_criticism_with_a_curly_contraction_too-2',
     "\n\n“I’m very disappointed in the RNC,” Trump said.\n",
     '+ACCUSE'),
    ('disappointed_in_someone_is_criticism_with_a_curly_contraction_too-3',
     "\n\nHe was interested in politics.\n",
     '='),
    ('a_view_not_shared_is_no_refusal_but_intelligence_not_shared_is-1',
     "\n\nThe judge's conclusion is not universally shared on the bench.\n",
     '-REJECT'),
    ('a_view_not_shared_is_no_refusal_but_intelligence_not_shared_is-2',
     "\n\nPakistan did not share intelligence with India.\n",
     '+REJECT'),
    ('an_interviewer_asking_a_person_with_no_act_asked_for_is_no_request',
     '\n\n"You said earlier today that the committee broke its pledge," the reporter Ann Boyle asked Senator '
     'Mark Tillman.\n',
     'real:-REQUEST'),
    ('asking_a_person_to_act_is_still_a_request',
     "\n\nThe mayor asked the governor to send the National Guard to the city.\n",
     'all:+REQUEST'),
    ('an_act_proposed_by_a_noun_is_not_asserted-1',
     "\n\nBut the move to ban him from the country was unsuccessful.\n",
     'real:-COERCE'),
    ('an_act_proposed_by_a_noun_is_not_asserted-2',
     "\n\nIn his proposed legislation to ban Senator Trent Walsh, the deputy cited a memo.\n",
     'real:-COERCE'),
    ('what_a_call_asks_for_is_not_asserted',
     "\n\nA lawmaker in Manila is calling for Senator Trent Walsh to be banned from the country.\n",
     'real:-COERCE'),
    ('posing_a_threat_is_no_threat',
     "\n\nThe senator suggested that the migrants posed a threat to the United States.\n",
     'all:-THREATEN'),
    ('being_called_a_name_for_something_is_no_request',
     '\n\nThe new president has been called "the strongman of the East" for his statements about crime.\n',
     'all:-REQUEST'),
    ('calling_a_debate_is_no_request',
     "\n\nThe petition led the council to call a debate in March on whether to ban the band.\n",
     'all:-REQUEST'),
    ('plotting_to_kill_is_not_a_killing',
     "\n\nThe police said the two men had plotted to kill the governor of Ohio.\n",
     'real:-ASSAULT'),
    ('attacks_in_a_story_with_no_harm_are_words',
     "\n\nBlistering attacks upend the senator's campaign.\n\nSenator Ann Cole was under sustained grilling "
     "from her rivals, and the audience cheered the attacks on her record.\n",
     'all:-ASSAULT'),
    ('a_rally_where_a_candidate_speaks_is_campaigning',
     "\n\nAt a rally in Portland, Maine, on Thursday, Senator Tom Harkin included Peru on a list of "
     "countries.\n",
     'all:-PROTEST'),
    ('a_campaign_rally_is_no_protest',
     "\n\nThe officers were leading the man out of a campaign rally in Fayetteville on Wednesday.\n",
     'all:-PROTEST'),
    ('tweets_sent_are_no_aid',
     "\n\nThe flood of posts he sent out in 2019 denounced the senator's housing bill.\n",
     'all:-AID'),
    ('a_persons_rallies_are_campaigning',
     "\n\nThe governor talks about housing at each one of his huge rallies.\n",
     'all:-PROTEST'),
    ('an_attack_on_a_base_is_force_though_no_harm_is_named-1',
     "\n\nThe Islamist group on Sunday attacked a military base in Lamu county that is used by both armies.\n",
     'all:+ASSAULT'),
    ('an_attack_on_a_base_is_force_though_no_harm_is_named-2',
     "\n\nA group of hackers launched cyber attacks on a number of government websites in May.\n",
     'all:-ACCUSE'),
    ('the_agreement_named_as_a_thing_is_no_event-1',
     "\n\nSome states are talking about bringing the agreement into force before next spring.\n",
     'all:-AGREE'),
    ('the_agreement_named_as_a_thing_is_no_event-2',
     "\n\nIsrael and Jordan reached an agreement on water sharing on Tuesday.\n",
     'all:+AGREE'),
    ('cutting_emissions_sanctions_no_one-1',
     "\n\nThe plan cuts student loan interest rates and would cut emissions by a third.\n",
     'all:-SANCTION'),
    ('cutting_emissions_sanctions_no_one-2',
     "\n\nWashington cut military aid to Egypt after the coup.\n",
     'all:+SANCTION'),
    ('declining_to_say_is_no_rejection',
     "\n\nThe spokesman Tom Ward declined to say whether it was a breach of army rules.\n",
     'all:-REJECT'),
    ('discussing_or_working_with_no_one_is_no_talk-1',
     "\n\nIn one email, Senator Ash Carter discussed how he had placed a note card in a bag.\n",
     'all:-CONSULT'),
    ('discussing_or_working_with_no_one_is_no_talk-2',
     "\n\nThe ministers of Chile and Peru discussed the border dispute on Monday.\n",
     'all:+CONSULT'),
    ('destroying_documents_is_no_attack',
     "\n\nThe agency used special bags to destroy classified documents.\n",
     'all:-ASSAULT'),
    ('charging_a_price_is_no_accusation',
     "\n\nColleges consider many costs when they are charging tuition, the analyst Mark Kant said.\n",
     'all:-ACCUSE'),
    ('a_word_quoted_as_a_word_is_no_act',
     '\n\nA lot of people did not like the phrase "self-deportation" that the governor used.\n',
     'all:-COERCE'),
    ('a_ban_in_a_proposal_is_not_asserted',
     "\n\nSenator Tom Reyes has since reworked his proposal on a travel ban several times.\n",
     'real:-COERCE'),
    ('refusing_to_answer_a_request_is_still_a_rejection',
     "\n\nThe minister Ali Dehghan had refused to respond to a request from 20 lawmakers.\n",
     'all:+REJECT'),
    ('calling_someone_to_discuss_is_talk',
     "\n\nOn Nov. 2, Secretary of State Rex Tillerson called Foreign Minister Sergey Lavrov to discuss Syria.\n",
     'all:+CONSULT'),
    ('hitting_a_thing_in_a_story_of_no_harm_is_no_attack',
     '\n\n"Nobody has to climb Everest or hit a hole-in-one to keep the right to vote," the ruling said.\n',
     'all:-ASSAULT|ACCUSE'),
    ('physical_assault_verbs',
     "\n\nRakeem Jones, a protester, was punched in the face by a supporter of the senator on Wednesday.\n",
     'all:+ASSAULT'),
    ('police_investigating_a_crime_accuse_no_one-1',
     "\n\nInspector Keith Mac of the Winnipeg police, a member of a task force investigating all five of the "
     "shootings, said he had never heard of the men.\n",
     'all:-ACCUSE'),
    ('police_investigating_a_crime_accuse_no_one-2',
     "\n\nThe Department of Education will investigate Yale University for failing to report gifts.\n",
     'all:+ACCUSE'),
    ('terror_attacks_are_force_in_any_story',
     "\n\nThe recent terror attacks reshaped the Labour race after the last debate.\n",
     'all:-ACCUSE'),
    ('contests_are_no_force-1',
     "\n\nHaving fought his own primary against Senator Hillary Lane eight years ago, Obama knows it.\n",
     'all:-ASSAULT|COERCE'),
    ('contests_are_no_force-2',
     "\n\nNow that he has effectively locked up the Republican nomination, Senator Tom Reyes is calm.\n",
     'all:-ASSAULT|COERCE'),
    ('contests_are_no_force-3',
     '\n\n"If you need someone who can beat Tom Ward, I think Ann Roe is that '
     'candidate," Senator Roe said.\n',
     'all:-ASSAULT|COERCE'),
    ('contests_are_no_force-4',
     "\n\nHale, who is in a close re-election battle in Ohio, said nothing.\n",
     'all:-ASSAULT|COERCE'),
    ('a_candidate_rallying_people_is_campaigning',
     "\n\nSenator Ann Roe rallied young people with her calls to end the unfair tax code.\n",
     'all:-PROTEST'),
    ('politicians_who_have_questioned_a_claim_are_no_police',
     "\n\nSenators Tom Reyes and Ann Cole have questioned the science of climate change.\n",
     'all:-COERCE'),
    ('warning_someone_what_befalls_them_is_a_threat',
     "\n\nElected officials in Miami warned federal immigration officials on Wednesday that they should "
     "expect little help from the police.\n",
     'all:+THREATEN'),
    ('giving_things_that_are_no_aid-1',
     "\n\nThe plan requires students to contribute wages from a weekly job.\n",
     'all:-AID'),
    ('giving_things_that_are_no_aid-2',
     "\n\nThe agency has been sending American travelers on African safaris for 13 years.\n",
     'all:-AID'),
    ('giving_things_that_are_no_aid-3',
     "\n\nRichard Viguerie used direct mail to finance right-wing causes.\n",
     'all:-AID'),
    ('giving_things_that_are_no_aid-4',
     "\n\nThe State Department has sent medical supplies and investigators to Kenya.\n",
     'all:+AID'),
    ('what_police_shout_at_someone_to_do_is_not_done',
     "\n\nIt shows an officer aiming a rifle at Tom Ward while police yell at him to drop his knife.\n",
     'real:-CONCEDE'),
    ('backing_a_thing_is_a_stance_and_backing_a_person_an_act-1',
     "\n\nKaine said he supports abortion in his public life.\n",
     '-SUPPORT'),
    ('backing_a_thing_is_a_stance_and_backing_a_person_an_act-2',
     "\n\nThe senator has often cited his region's farming past in defending his votes.\n",
     '-SUPPORT'),
    ('backing_a_thing_is_a_stance_and_backing_a_person_an_act-3',
     "\n\nThe senator backed Smith in the primary.\n",
     '+SUPPORT'),
    ('speaking_to_the_press_is_no_meeting-1',
     "\n\nShe spoke to the paper on condition that she not be named.\n",
     '-CONSULT'),
    ('speaking_to_the_press_is_no_meeting-2',
     "\n\nThe minister spoke with his Chinese counterpart on Monday.\n",
     '+CONSULT'),
    ('a_tie_stated_is_no_praise_and_no_longer_negates-1',
     '\n\n"Some of them are friends of mine," Trump said.\n',
     '-SUPPORT'),
    ('a_tie_stated_is_no_praise_and_no_longer_negates-2',
     '\n\n"You are no longer welcome in our group," said Ann Roe.\n',
     '-SUPPORT'),
    ('a_tie_stated_is_no_praise_and_no_longer_negates-3',
     "\n\nThe minister called Smith a true friend of Britain.\n",
     '+SUPPORT'),
    ('showing_is_no_demonstration_and_a_conference_call_no_appeal-1',
     "\n\nShe struggled to demonstrate that she is resistant to trade agreements.\n",
     '-PROTEST'),
    ('showing_is_no_demonstration_and_a_conference_call_no_appeal-2',
     "\n\nThousands of students demonstrated in the capital against the law.\n",
     '+PROTEST'),
    ('showing_is_no_demonstration_and_a_conference_call_no_appeal-3',
     "\n\nHer campaign held a conference call highlighting his record.\n",
     '-REQUEST'),
    ('calling_someone_out_is_criticism',
     "\n\nThe president called out Trump and the Republican field on Tuesday.\n",
     '+ACCUSE'),
    ('sending_things_to_no_one_is_no_aid',
     "\n\nRoe knowingly sent and received secret files using her personal phone, Smith said.\n",
     '-AID'),
    ('denials_by_negated_truth_and_feelings_of_and_jokes-1',
     '\n\n"That is just not true," Obama said.\n',
     '+REJECT'),
    ('denials_by_negated_truth_and_feelings_of_and_jokes-2',
     '\n\n"That is true," Obama said.\n',
     '-REJECT'),
    ('denials_by_negated_truth_and_feelings_of_and_jokes-3',
     '\n\n"I am so tired of the Ward campaign lying about me," Roe said.\n',
     '+ACCUSE'),
    ('denials_by_negated_truth_and_feelings_of_and_jokes-4',
     '\n\n"Hillary Clinton is a joke," he said.\n',
     '+ACCUSE'),
    ('knocking_words_criticises_and_knocking_doors_does_not-1',
     "\n\nTom Ward knocked a statement by singer Ann Roe on Monday.\n",
     '+ACCUSE'),
    ('knocking_words_criticises_and_knocking_doors_does_not-2',
     "\n\nPolice knocked down the door.\n",
     '-ACCUSE'),
    ('questions_of_the_press_and_a_press_release_are_no_events-1',
     "\n\nThe Times said Cook provided a statement in response to the newspapers' inquiries about the emails.\n",
     '-ACCUSE'),
    ('questions_of_the_press_and_a_press_release_are_no_events-2',
     "\n\nIn a press release earlier this month, the committee said it would stay.\n",
     '-CONCEDE'),
    ('questions_of_the_press_and_a_press_release_are_no_events-3',
     "\n\nThe outreach, they said, raised fresh fears about the extent of anti-Irish feeling.\n",
     '-ACCUSE'),
    ('asking_someone_to_share_views_asks_for_information-1',
     "\n\nRoe brought him back to the attacks, asking Ward to share his views on the militia.\n",
     '-REQUEST'),
    ('asking_someone_to_share_views_asks_for_information-2',
     "\n\nWallace asked Trump to withdraw from the race.\n",
     '+REQUEST'),
    ('a_rally_where_a_candidate_spoke_is_campaigning',
     "\n\nWard said Roe was the founder of the cartel on Friday at an Ohio rally.\n",
     '-PROTEST|THREATEN'),
    ('interrupting_protests_and_grabbing_someone_assaults-1',
     "\n\nSanders protesters interrupted her speech, shouting.\n",
     '+PROTEST'),
    ('interrupting_protests_and_grabbing_someone_assaults-2',
     "\n\nThe storm disrupted flights across the region.\n",
     '-PROTEST'),
    ('interrupting_protests_and_grabbing_someone_assaults-3',
     "\n\nA Secret Service agent was seen grabbing a photographer by the throat.\n",
     '+ASSAULT'),
    ('interrupting_protests_and_grabbing_someone_assaults-4',
     "\n\nThe candidate tried to grab headlines.\n",
     '-ASSAULT'),
    ('admitting_and_acknowledging_a_fault_concede-1',
     "\n\nShe admitted one or two instances where donations slipped.\n",
     '+CONCEDE'),
    ('admitting_and_acknowledging_a_fault_concede-2',
     "\n\nThe president acknowledged a mistake in his speech.\n",
     '+CONCEDE'),
    ('admitting_and_acknowledging_a_fault_concede-3',
     "\n\nHe was admitted to hospital on Monday.\n",
     '-CONCEDE'),
    ('admitting_and_acknowledging_a_fault_concede-4',
     "\n\nThe president acknowledged the crowd.\n",
     '-CONCEDE'),
    ('a_police_raid_is_coercion',
     "\n\nFederal agents took the boy by force in an early-morning raid on the family's house.\n",
     '+COERCE'),
    ('sharing_a_view_is_no_agreement-1',
     "\n\nIt became plain that big majorities of voters agreed with Ward.\n",
     '-AGREE'),
    ('sharing_a_view_is_no_agreement-2',
     "\n\nBernie Sanders and Donald Trump do agree on something.\n",
     '-AGREE'),
    ('sharing_a_view_is_no_agreement-3',
     "\n\nIran agreed with Iraq to exchange prisoners.\n",
     '+AGREE'),
    ('an_act_named_in_general_and_protesters_blocking_streets-1',
     "\n\nDemanding equal pay makes men defensive.\n",
     '-REQUEST'),
    ('an_act_named_in_general_and_protesters_blocking_streets-2',
     "\n\nProtesters blocked intersections and cut off access to the port.\n",
     '+PROTEST'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-1',
     "\n\nThey shouldn't have trouble paying the loans back, he said.\n",
     '-AID'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-2',
     '\n\n"Despite her many protests, the proof keeps mounting," Roe said.\n',
     '-PROTEST'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-3',
     '\n\n"We should be proud of the progress we\'ve made," he said.\n',
     '-SUPPORT'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-4',
     "\n\nShe is working in hotel management with the chance for promotion.\n",
     '-COOPERATE'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-5',
     "\n\nHe makes slower progress in cutting down Roe's lead in delegates.\n",
     '-SANCTION'),
    ('debts_paid_objections_feelings_urged_and_work_with_no_one-6',
     "\n\nAlgeria's authorities suspended publication of Algeria's largest newspaper.\n",
     '+COERCE|SANCTION'),
    ('a_promise_of_no_force_stays_a_promise-1',
     "\n\nThe Labour candidates have promised to build on Mr. Ward's record and to pursue tough "
     "housing policies.\n",
     '-THREATEN'),
    ('a_promise_of_no_force_stays_a_promise-2',
     "\n\nThe militants vowed to retaliate against the army.\n",
     '+THREATEN'),
    ('a_states_raid_assaults_a_campaign_contests_a_state_and_no_information_on_a_threat-1',
     "\n\nClinton said Thursday that the U.S. raided Sudan and Afghanistan.\n",
     '+ASSAULT'),
    ('a_states_raid_assaults_a_campaign_contests_a_state_and_no_information_on_a_threat-2',
     "\n\nPolice raided two homes in Moroni.\n",
     '+COERCE'),
    ('a_states_raid_assaults_a_campaign_contests_a_state_and_no_information_on_a_threat-3',
     "\n\nBoth Hillary Clinton and Donald Trump are heavily contesting Ohio.\n",
     '-REJECT'),
    ('a_states_raid_assaults_a_campaign_contests_a_state_and_no_information_on_a_threat-4',
     "\n\nA State Department officer said she had no information on a threat to Elian.\n",
     '-THREATEN'),
    ('promoting_a_candidate_supports_and_a_promotion_does_not-1',
     "\n\nWard even promoted Roe on Facebook as the victor of the forums.\n",
     '+SUPPORT'),
    ('promoting_a_candidate_supports_and_a_promotion_does_not-2',
     "\n\nThe ministry promotes trade with Asia.\n",
     '-SUPPORT'),
    ('promoting_a_candidate_supports_and_a_promotion_does_not-3',
     "\n\nThe colonel was promoted to general.\n",
     '-SUPPORT'),
    ('promoting_a_candidate_supports_and_a_promotion_does_not-4',
     "\n\nTrump hired a top executive and promoted a senior adviser.\n",
     '-SUPPORT'),
    ('promoting_a_candidate_supports_and_a_promotion_does_not-5',
     '\n\nTrump went on to promote "Celebrity Apprentice" on the show.\n',
     '-SUPPORT'),
    ('blasting_a_place_with_rockets_is_force_and_blasting_a_senator_words-1',
     "\n\nRebels blasted the army base with rockets.\n",
     '+ASSAULT'),
    ('blasting_a_place_with_rockets_is_force_and_blasting_a_senator_words-2',
     "\n\nTrump blasted the senator on Monday.\n",
     '=ACCUSE'),
    ('a_duty_carried_out_happened_and_refusing_recognition_rejects-1',
     "\n\nIn one case, riot police had to use tear gas to clear them.\n",
     '+COERCE'),
    ('a_duty_carried_out_happened_and_refusing_recognition_rejects-2',
     "\n\nPolice would have had to use tear gas.\n",
     '-COERCE'),
    ('a_duty_carried_out_happened_and_refusing_recognition_rejects-3',
     "\n\nGonzalez said he does not recognize the courts hearing the custody battle.\n",
     '=REJECT'),
    ('a_duty_carried_out_happened_and_refusing_recognition_rejects-4',
     '\n\n"I formally object to the legal moves," Gonzalez said.\n',
     '+REJECT'),
    ('a_suicide_is_no_attack_but_a_bomber_blowing_himself_up_in_a_crowd_stays-1',
     "\n\nThe farmer killed himself in 1986.\n",
     '-ASSAULT'),
    ('a_suicide_is_no_attack_but_a_bomber_blowing_himself_up_in_a_crowd_stays-2',
     "\n\nRebels killed two soldiers in the north.\n",
     '+ASSAULT'),
    ('leaving_a_race_is_a_concession_not_a_sanction-1',
     "\n\nOhio Gov. John Kasich suspended his presidential campaign on Wednesday.\n",
     '=CONCEDE'),
    ('leaving_a_race_is_a_concession_not_a_sanction-2',
     "\n\nThe government suspended aid to the rebels on Monday.\n",
     '=SANCTION'),
    ('remembering_someone_withdraws_no_one-1',
     "\n\nBush recalled the senator as a great man.\n",
     '-SANCTION'),
    ('remembering_someone_withdraws_no_one-2',
     "\n\nFrance recalled its ambassador to Syria on Monday.\n",
     '=SANCTION'),
    ('accepting_a_view_or_a_gift_concedes_nothing_but_accepting_defeat_does-1',
     "\n\nThey accept climate science. He only accepts small donations from individuals.\n",
     '-CONCEDE'),
    ('accepting_a_view_or_a_gift_concedes_nothing_but_accepting_defeat_does-2',
     "\n\nThe senator accepted defeat on Tuesday.\n",
     '=CONCEDE'),
    ('burning_a_thing_is_no_attack_burning_cars_is-1',
     "\n\nThe photo showed Roe and her father burning the loan papers for the ranch.\n",
     '-ASSAULT'),
    ('burning_a_thing_is_no_attack_burning_cars_is-2',
     "\n\nRioters burned cars in the capital.\n",
     '+ASSAULT'),
    ('holding_back_from_an_act_and_an_act_that_will_not_come_are_not_asserted-1',
     "\n\nSetback For Hale: AFL-CIO Holds Off On Mayoral Endorsement.\n",
     '-SUPPORT'),
    ('holding_back_from_an_act_and_an_act_that_will_not_come_are_not_asserted-2',
     "\n\nThe union decided to refrain from endorsing any candidate.\n",
     '-SUPPORT'),
    ('holding_back_from_an_act_and_an_act_that_will_not_come_are_not_asserted-3',
     "\n\nBut the AFL-CIO endorsement won't be going to Clinton.\n",
     '-SUPPORT'),
    ('holding_back_from_an_act_and_an_act_that_will_not_come_are_not_asserted-4',
     "\n\nAn endorsement by the board needs to be approved by the members.\n",
     '-SUPPORT'),
    ('holding_back_from_an_act_and_an_act_that_will_not_come_are_not_asserted-5',
     "\n\nWard said that Roe's refusal to support him was not a wise move.\n",
     '+REJECT'),
    ('a_stance_on_an_issue_backs_no_one-1',
     "\n\nThey're supportive of same-sex marriage. They share a hostility to abortion.\n",
     '-SUPPORT|ASSAULT'),
    ('a_stance_on_an_issue_backs_no_one-2',
     "\n\nThe senator said he was proud of the president.\n",
     '=SUPPORT'),
    ('a_passer_by_introduced_by_age_voices_a_view_not_an_actors_demand-1',
     '\n\n"The child should go to be with his father," said Delfina Miranda, 49, who works at a salon. '
     "Eric Pichardo, 44, said the Cuban-Americans need to follow the law.\n",
     '-REQUEST|ACCUSE'),
    ('a_passer_by_introduced_by_age_voices_a_view_not_an_actors_demand-2',
     "\n\nThe minister said Iran needs to stop enriching uranium.\n",
     '=REQUEST'),
    ('figures_of_contests_and_shows_are_no_attacks-1',
     "\n\nHale beat her 54% to 39% in Nevada.\n",
     '-ASSAULT'),
    ('figures_of_contests_and_shows_are_no_attacks-2',
     "\n\nThe show has been a surprise hit on Netflix.\n",
     '-ASSAULT'),
    ('figures_of_contests_and_shows_are_no_attacks-3',
     "\n\nThe marketing campaign targets young men as consumers.\n",
     '-ASSAULT'),
    ('figures_of_contests_and_shows_are_no_attacks-4',
     "\n\nFormer presidents Fox and Calderon fired back at Trump over the proposal.\n",
     '=ACCUSE'),
    ('figures_of_contests_and_shows_are_no_attacks-5',
     "\n\nThe protesters burned the American flag.\n",
     '=PROTEST'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-1',
     "\n\nAnn Roe did not respond to the Harlow Post's request for comment.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-2',
     "\n\nOthers did not return calls seeking comment.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-3',
     "\n\nThe network canceled ''Minority Report'' after dismal ratings.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-4',
     "\n\nThe show is meant to appeal to retirees and teenagers.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-5',
     "\n\nSanders asked rhetorically.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-6',
     "\n\nTom Ward asked the leading candidate about the online spat.\n",
     '-REQUEST|REJECT'),
    ('press_routine_and_shows_cancelled_are_no_requests_or_rejections-7',
     "\n\nThe relatives appealed to the Supreme Court.\n",
     '=REQUEST'),
    ('a_stance_on_a_policy_rejects_no_one_but_opposing_a_resolution_does-1',
     "\n\nUnion leaders distrust him because he opposes a federal minimum wage increase. Others largely agree.\n",
     '-REJECT|AGREE'),
    ('a_stance_on_a_policy_rejects_no_one_but_opposing_a_resolution_does-2',
     "\n\nIran opposed the U.N. resolution.\n",
     '=REJECT'),
    ('a_stance_on_a_policy_rejects_no_one_but_opposing_a_resolution_does-3',
     "\n\nLawyers for both filed legal papers opposing the unsealing.\n",
     '=REJECT'),
    ('let_them_urges_and_feelings_about_things_blame_no_one-1',
     '\n\n"Let them fight each other," he said.\n',
     '='),
    ('let_them_urges_and_feelings_about_things_blame_no_one-2',
     "\n\nWorking-class Democrats were as concerned about inequality as about jobs. "
     "They're worried about their kids.\n",
     '-ACCUSE'),
    ('let_them_urges_and_feelings_about_things_blame_no_one-3',
     "\n\nThe senator said he was troubled by Clinton's remarks.\n",
     '=ACCUSE'),
    ('a_promise_of_nothing_to_no_one_is_no_deal_and_a_vow_to_ban_threatens-1',
     "\n\nHe vowed to focus on being a kinder neighbour.\n",
     '='),
    ('a_promise_of_nothing_to_no_one_is_no_deal_and_a_vow_to_ban_threatens-2',
     '\n\n"Roe promised to meet with us in person," she said.\n',
     '=AGREE'),
    ('a_promise_of_nothing_to_no_one_is_no_deal_and_a_vow_to_ban_threatens-3',
     "\n\nTrump has repeatedly pledged to ban all Muslims from entering the country.\n",
     '=THREATEN'),
    ('backing_counted_backs_no_one_and_endorsements_locked_up_jail_no_one-1',
     "\n\nHis Republican support remains consistent. It did not generate much political support.\n",
     '-SUPPORT'),
    ('backing_counted_backs_no_one_and_endorsements_locked_up_jail_no_one-2',
     "\n\nClinton locked up endorsements from unions.\n",
     '-COERCE'),
    ('backing_counted_backs_no_one_and_endorsements_locked_up_jail_no_one-3',
     "\n\nPolice locked up the suspect overnight.\n",
     '=COERCE'),
    ('a_given_speech_is_no_aid_even_in_a_relative_clause',
     "\n\n\"The speech that I gave yesterday was the same,\" Senator Tom Hale said.\n",
     '-AID'),
    ('a_finding_told_and_a_question_of_merit_are_no_verdicts',
     "\n\nA Gallup poll found that voters rated the economy as good. Whether the Hale or Ray plan is more "
     "effective is unclear, said Tom Lee.\n",
     '-SUPPORT|ACCUSE'),
    ('an_attack_on_what_a_person_has_is_words',
     "\n\nSenator Tom Hale downplayed Governor Ann Ray's attack on a federal judge's heritage.\n",
     '-ASSAULT'),
    ('a_threat_by_someone_that_he_would_act_is_a_threat_made',
     "\n\nThe move came after months of threats by President Erdogan that he would open the borders.\n",
     '+THREATEN'),
    ('that_pointing_at_a_thing_is_no_actor',
     "\n\nThe governor spent $2 million on ads in Ohio. That didn't help him, and he lost the state.\n",
     '-REJECT'),
    ('a_bare_verb_under_let_in_a_wish_is_not_done',
     "\n\nThe relatives want the court to let them meet with the boy's father. The accord will enter into "
     "force when 55 countries officially ratify it.\n",
     '='),
    ('a_condition_put_by_inversion_is_not_done',
     "\n\nHad Liberals nominated Tom Ward or Ann Roe for mayor, Hale would have hurled "
     "himself into the task.\n",
     '-SUPPORT'),
    ('torture_named_as_a_cause_of_death_stays_an_attack',
     "\n\nA political prisoner died in captivity in Iran due to continued torture.\n",
     '+ASSAULT'),
    ('a_habit_said_by_a_phrase_and_an_embedded_question_are_not_asserted',
     '\n\nThe senator said he rarely asks governors to campaign for him. The mayor talks to everybody all '
     'the time. Many voters are unsure whom they would support.\n',
     '-REQUEST|CONSULT|SUPPORT'),
    ('information_or_propaganda_warfare_is_no_armed_attack',
     "\n\nRussia has long engaged in propaganda warfare against its neighbours. Critics point to Moscow's "
     "information warfare efforts.\n",
     '-ASSAULT'),
    ('shoving_a_protester_stays_an_attack',
     "\n\nTwo people were wounded in a shooting near the arena. Trump supporters ripped her signs away and "
     "began shoving her at the rally.\n",
     '+ASSAULT'),
    ('a_mediation_between_sides_an_attack_on_a_place_and_a_warning_of_reprisal_stay',
     "\n\nThe president launched a mediation effort between India and Pakistan last night. The prime minister "
     "ordered massive attacks on the Gaza Strip on Sunday. The rebels warned of a reaction if the army "
     "does not withdraw.\n",
     '+CONSULT +ASSAULT +THREATEN'),
    ('a_vow_to_block_someone_is_a_refusal',
     "\n\nRepublican senators have vowed to block the president's Supreme Court nominee.\n",
     '+REJECT -AGREE'),
    # `attack` on a person with no harm word near is read as words only when someone named or in office attacks:
    # `two men`, `a man` are strangers (event_senses.tsv `stranger`), their attack no ACCUSE; a senator's stays one.
    ('strangers_attacking_a_person_is_no_criticism-1',
     "\n\nTwo men attacked him. Smith was attacked by two men as he walked home. A man attacked his "
     "neighbour John Smith in Leeds on Sunday.\n",
     'all:-ACCUSE'),
    ('strangers_attacking_a_person_is_no_criticism-2',
     "\n\nWard attacked a county judge on Tuesday. Aides attacked her sharply in a private meeting.\n",
     '=ACCUSE,ACCUSE'),
    # Only a question left open (`whether`, `if`, a modal, `whom to`) is unasserted under a verb of (not) knowing:
    # `explained why ... expelled`, `do not know why ... attacked` ask about an act that took place.
    # (diplomats expelled: SANCTION 166 since plv31)
    ('a_wh_clause_about_an_act_done_stays_asserted-1',
     "\n\nThe minister explained why the government expelled the Russian diplomats. Police do not know why "
     "the gunman attacked the school in Ohio.\n",
     '+SANCTION +ASSAULT'),
    ('a_wh_clause_about_an_act_done_stays_asserted-2',
     "\n\nAnalysts wonder whether China will impose sanctions on Japan. Officials wonder if Russia "
     "expelled the envoy.\n",
     '='),
    ('congratulations_offered_back_someone',
     "\n\nThe president offered his congratulations to Governor Hall on Tuesday.\n",
     '+SUPPORT -AGREE'),
    ('an_invitation_is_a_meeting_not_a_request',
     "\n\nThe foreign minister invited the Polish ambassador to a dinner at the ministry on Friday.\n",
     '+CONSULT -REQUEST'),
    ('backing_as_votes_gained_or_lost_is_no_event',
     "\n\nGovernor Ann Hale's support will collapse as voters turn to Reyes. The campaign hopes to begin "
     "winning women's support. Reyes wants to consolidate support against Hale.\n",
     '-SUPPORT'),
    # ev26b: `were called for` with no `by` agent is a summons or a race called (`_called_for_no_one`).
    ('a_passive_call_for_with_no_asker_is_no_request',
     "\n\nFirefighters were called for a gas leak on Elm Street on Monday. Ohio was called for Governor "
     "Hale minutes after the polls closed.\n",
     '-REQUEST'),
    # ev26b: `target` with no word of harm, arms, armed men or hacking in its sentence aims, it does not attack
    # (`_aimed_unarmed`).
    ('targeting_with_no_harm_told_is_no_attack',
     "\n\nHe has cut his stakes in several of the firms he targets. The governor's super PAC "
     "announced an ad buy in Ohio targeting young voters.\n",
     '-ASSAULT'),
    # ev26b: a `boon` adjective with `for` whose subject is a thing judges the thing's worth (`_good_for_someone`).
    ('a_thing_good_for_someone_praises_no_one',
     "\n\nOpen markets may be good for the nation as a whole, the economist argued. He said the pact has been "
     "good for Mexico and Canada.\n",
     '-SUPPORT'),
    ('a_person_good_for_someone_is_still_praised',
     "\n\nThe senator said the governor has been good for the state.\n",
     '+SUPPORT'),
    # ev26b: `in the event (that)` and `in case` open a condition as `if` does (`_in_the_event`); `in this case`
    # does not.
    ('an_act_in_the_event_clause_is_a_condition-1',
     "\n\nIn the event she was hurt, heavy blood loss would be a danger. In case the rebels attack the "
     "town, the army will respond.\n",
     '-ASSAULT'),
    ('an_act_in_the_event_clause_is_a_condition-2',
     "\n\nIn this case, police arrested two men.\n",
     '+COERCE'),
    # ev26b: an attack whose doer is an animal (event_senses `animal`) has no actor (`_animal_attack`).
    ('an_animal_attack_is_no_event',
     "\n\nPolice believe the noise led to the tiger escaping from its pen and attacking its "
     "victims.\n",
     '-ASSAULT'),
    # ev26b: people counted by a number in a sentence of a caucus or a poll (event_senses `headcount`, `tallyword`)
    # are voters counted, as `_electorate_backing` has shares of voters.
    ('people_counted_in_a_tally_back_no_one',
     "\n\nIn the state's Republican caucuses, 34,000 people supported Hale. The union polled members "
     "online, and 95 members favored Hale.\n",
     '-SUPPORT'),
    ('people_counted_outside_a_tally_still_back',
     "\n\nTwo men supported the rebels during the campaign.\n",
     '+SUPPORT'),
    # ev26b review: a police dog's attack is the police's, not an animal's (`_animal_attack`).
    ('an_animal_set_on_someone_is_no_wild_attack',
     "\n\nA police dog attacked the suspect during the arrest.\n",
     '+ASSAULT'),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in TYPE_CASES])
def test_event_types(run, text, spec):
    check_types(run(text), spec)
