"""Precision rules on whole articles (issue 10, fifth pass): invented sentences, one form each."""
from __future__ import annotations

from tests.helpers import asserted, listed


def test_a_jab_aimed_at_someone_was_thrown(run):
    """`aim` is an intent verb (`aims to meet`), but an act it directs `at` someone was done."""
    art = run("\n\nThe senator aimed a jab at the governor during Tuesday's debate. The rebels aim to attack the "
              "capital.\n")
    jab = [e for e in art.events if e.trigger.text == "jab"]
    assert jab and not jab[0].hypothetical and jab[0].type == "ACCUSE", listed(art)
    attack = [e for e in art.events if e.trigger.text == "attack"]
    assert attack and attack[0].hypothetical, listed(art)


def test_a_park_fired_on_is_where_not_whom(run):
    art = run("\n\nA gunman opened fire on a park in the city on Sunday.\n")
    shots = [e for e in asserted(art) if e.type == "ASSAULT"]
    assert shots and not any("park" in p.text for e in shots for p in e.target), listed(art)


def test_praise_of_a_third_person_is_the_speakers(run):
    """`Obama said Merkel was impressive in the talks`: Obama praises Merkel; a quality is no feeling of Merkel's
    about the talks (`She was pleased with the decision` stays her feeling)."""
    art = run("\n\nObama said Merkel was impressive in the talks. The mayor was pleased with the court's decision.\n")
    praise = [e for e in asserted(art) if e.type == "SUPPORT"]
    by = {e.trigger.text: ([p.text for p in e.source], [p.text for p in e.target]) for e in praise}
    assert by.get("impressive") == (["Obama"], ["Merkel"]), listed(art)
    assert by.get("pleased", ([], []))[0] == ["The mayor"], listed(art)


def test_a_share_of_no_people_makes_no_poll(run):
    """A cohort noun backing someone is a poll answer only beside a share of people or a poll word (`a majority of
    women`), not beside any share word (`most states`)."""
    art = run("\n\nWomen from most states backed Clinton in the primary.\n")
    assert any(e.type == "SUPPORT" for e in asserted(art)), listed(art)
    art = run("\n\nA majority of women backed Clinton in the primary, the poll found.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), listed(art)


def test_curly_clitics_of_will_and_would_are_modals(run):
    """`’ll` and `’d` (curly apostrophe) are will and would as `'ll` and `'d` are; `’d` before a participle is had."""
    art = run("\n\n“I’d beat him in a debate,” the senator said of the governor. “We’ll meet with Putin,” "
              "Trump said.\n")
    beat = [e for e in art.events if e.trigger.text == "beat"]
    assert beat and beat[0].hypothetical, listed(art)
    meet = [e for e in art.events if e.trigger.text == "meet"]
    assert meet and meet[0].hypothetical and meet[0].type == "AGREE", listed(art)
    from dateline import nlp
    from dateline.extractors.events.triggers import clitic_modal

    doc = nlp.load()("I’d seen him before. She’d have won.")
    assert [clitic_modal(t) for t in doc if t.lower_ == "’d"] == [None, "would"]


def test_withdrawing_a_legal_step_concedes_and_laying_down_things_retreats_from_nothing(run):
    art = run("\n\nThe ministry withdrew notices that sought the arrest of nine suspects. Activists have been laying "
              "down sign posts everywhere. The rebels laid down their arms on Friday.\n")
    got = {(e.type, e.trigger.text) for e in asserted(art)}
    assert ("CONCEDE", "withdrew") in got and ("RETREAT", "laid down") in got, listed(art)
    assert not any(e.trigger.text == "laying down" for e in asserted(art)), listed(art)


def test_documents_released_under_a_misparsed_participle_concede_nothing(run):
    """`ordered the release of embarrassing internal documents`: `embarrassing` parsed as the `of` phrase's verb."""
    art = run("\n\nThe feud escalated after the judge ordered the release of embarrassing internal documents "
              "detailing the marketing practices. Iran ordered the release of imprisoned American sailors.\n")
    conceded = [e for e in asserted(art) if e.type == "CONCEDE"]
    assert len(conceded) == 1 and "sailors" in conceded[0].target[0].text, listed(art)


def test_backing_a_candidate_no_one_names_is_a_stance(run):
    art = run("\n\nSuperdelegates are free to support either candidate at the convention. The group supports "
              "candidates on both sides of the aisle. The union endorsed the Democratic candidate on Friday.\n")
    backed = [e for e in asserted(art) if e.type == "SUPPORT"]
    assert [e.trigger.text for e in backed] == ["endorsed"], listed(art)


def test_touring_a_state_not_knowing_a_face_seeking_details_and_pride_in_ones_campaign_are_no_events(run):
    art = run("\n\nObama barely visited the state in 2008. Tom Ward said he did not recognize the driver. "
              "The Post sought more details on Monday. The senator says he is proud of his campaign.\n")
    assert not asserted(art), listed(art)


def test_a_visit_to_a_body_a_refused_government_and_answers_sought_from_someone_stay(run):
    art = run("\n\nMali's president visited the White House last Thursday. Russia did not recognize the new "
              "government. Lawmakers sought answers from the FBI.\n")
    kinds = {e.type for e in art.events if not e.hypothetical}
    assert {"CONSULT", "REJECT", "REQUEST"} <= kinds, listed(art)


def test_a_trade_named_by_a_participle_and_a_promise_kept_are_no_new_events(run):
    art = run("\n\nHacking specialists say the information might not be genuine. FireEye tracks many Russian hacking "
              "groups. Public records show that Trump made good on those promises. The attacking forces shelled the "
              "town.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert got == [("ASSAULT", "shelled")], listed(art)


def test_an_act_or_a_stance_called_wrong_is_blamed_a_claim_called_wrong_is_denied(run):
    art = run("\n\nCruz said that state is wrong to keep a ban on fracking. She said his stance on the lawsuit "
              "is wrong. \"Your facts are wrong,\" Ramos wrote.\n")
    got = {e.trigger.start: e.type for e in asserted(art) if e.trigger.text == "wrong"}
    assert sorted(got.values()) == ["ACCUSE", "ACCUSE", "REJECT"], listed(art)
    assert got[max(got)] == "REJECT", listed(art)


def test_more_figures_of_speech_are_no_force(run):
    art = run("\n\nThe senator is kicking off his caucus day with culinary workers. She captured the support of "
              "older voters. The audience was exploding in applause. The rebels kicked the soldier.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert got == [("ASSAULT", "kicked")], listed(art)


def test_a_court_striking_down_a_law_rejects_it(run):
    art = run("\n\nThe Supreme Court struck down sections of a strict Ohio voting law on Monday. Police struck "
              "down the protester.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("REJECT", "struck") in got and ("ASSAULT", "struck") in got, listed(art)


# issue 10, sixth pass (branch ev13p): classes a new article is likely to bring


def test_force_with_nothing_concrete_on_either_side_is_a_figure(run):
    """`_force_on_nothing`: a verb of force whose participants are all abstract things, with no harm near."""
    art = run("\n\nHigh rents have destroyed the savings of the middle class. The scandal burned all week. "
              "The budget restricted class actions. Rebels destroyed the bridge on Monday. A gunman was firing "
              "upon vehicles on the highway. The fighting killed at least a dozen.\n")
    got = sorted(e.trigger.text for e in asserted(art) if e.type in ("ASSAULT", "COERCE"))
    assert "destroyed" in got and got.count("destroyed") == 1, listed(art)
    assert "burned" not in got and "restricted" not in got, listed(art)
    assert "firing" in got and "killed" in got, listed(art)


def test_a_bare_when_asked_or_asked_what_is_a_question_put(run):
    art = run("\n\nThe senator equivocated when asked to condemn the militia. Asked what that might look like, the "
              "governor said the plan would work. The governor was asked by the mayor to send troops.\n")
    asks = [e for e in asserted(art) if e.type == "REQUEST"]
    assert [e.trigger.start for e in asks] and all(e.trigger.start > art.events[0].sentence.end for e in asks) and \
        len(asks) == 1 and [p.text for p in asks[0].source] == ["the mayor"], listed(art)


def test_given_that_and_provided_that_give_nothing(nlp, run):
    """`_conjunction_participle`: a giving participle used as a conjunction or preposition gives nothing."""
    from dateline.extractors.events.checks import _conjunction_participle

    doc = nlp("The bill may fail, especially given that two senators oppose it. Given the risks, the United States "
              "gave Ukraine $50 million in aid. Aid was given to the refugees.")
    given = [t for t in doc if t.lower_ in ("given", "gave")]
    assert [_conjunction_participle(t) for t in given] == [True, True, False, False], [(t, t.dep_) for t in given]
    art = run("\n\nGiven the risks, the United States gave Ukraine $50 million in aid.\n")
    assert [(e.type, e.trigger.text) for e in asserted(art) if e.type == "AID"] == [("AID", "gave")], listed(art)


def test_an_imperative_to_the_reader_is_no_request(run):
    art = run("\n\nFor more information about the council's classes, call 555-010-2288 or visit the website. "
              "\"Release the prisoners now,\" the protesters shouted at the governor.\n")
    assert not any(e.trigger.text in ("call", "visit") for e in asserted(art)), listed(art)


def test_an_act_on_no_thing_is_denied(run):
    """`_none_given`: a verb whose object is `no ...` or `nothing` did not do the act."""
    art = run("\n\nThe state offers no protections to gay residents. The ministry gave nothing to the rebels. "
              "The police arrested no fewer than 20 protesters.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("COERCE", "arrested") in got and not any(t in ("offers", "gave") for _, t in got), listed(art)


def test_accounts_suspended_or_access_blocked_are_censorship(run):
    art = run("\n\nTwitter said it had suspended 125,000 accounts linked to extremist groups. The account has been "
              "suspended. The European Union suspended talks with Turkey.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert got.count(("COERCE", "suspended")) == 2, listed(art)
    assert any(k == "SANCTION" for k, _ in got), listed(art)


def test_support_withheld_or_withdrawn_is_a_refusal(run):
    art = run("\n\nThe governor withheld support from the mayor. The union withdrew its endorsement of the senator. "
              "The army withdrew its troops from the border.\n")
    got = [(e.type, [p.text for p in e.target]) for e in asserted(art)]
    assert ("REJECT", ["the mayor"]) in got and ("REJECT", ["the senator"]) in got, listed(art)
    assert not any(k == "SUPPORT" for k, _ in got) and any(k == "RETREAT" for k, _ in got), listed(art)


def test_grabbing_someone_by_the_throat_is_no_figure(run):
    art = run("\n\nAn agent was seen grabbing a photographer by the throat. Voters pushed the odds higher.\n")
    assert [e.type for e in asserted(art) if e.trigger.text == "grabbing"] == ["ASSAULT"], listed(art)


def test_people_named_or_sent_to_an_event_are_no_aid(run):
    """`small_types` (`_nothing_given`): a verb of giving whose one object is people, who get nothing, gives no aid."""
    art = run("\n\nAs an example, the governor gave two judges who were very conservative. The State Department sent "
              "10 of the senator's senior staffers to the annual CGI event. The UN sent 300 doctors to Haiti.\n")
    aid = [(e.trigger.text, [p.text for p in e.target]) for e in asserted(art) if e.type in ("AID", "MOBILIZE")]
    assert len(aid) == 1 and "Haiti" in aid[0][1], listed(art)


def test_a_habit_told_with_when_or_because_is_no_occasion(run):
    """`_when_habit`: two verbs in the simple present joined by when/because tell what someone does, not an act."""
    art = run("\n\n\"They attack us because they dislike our reforms,\" the minister said. The senator goes "
              "after people when they go after him. Russia attacked the town because it harbours rebels. \"I support "
              "him because he is honest,\" the mayor said.\n")
    got = sorted((e.type, e.trigger.text) for e in asserted(art))
    assert ("ASSAULT", "attacked") in got and ("SUPPORT", "support") in got, listed(art)
    assert not any(t in ("attack", "goes", "go") for _, t in got), listed(art)


def test_liking_god_or_wishing_is_no_backing(run):
    """`_fondness_no_backing`: a verb of liking said of God or under would backs no one."""
    art = run("\n\n\"I love Jesus!\" the mayor said. \"I'd love the union to be worse off,\" the senator said. \"I like "
              "John Kasich the best,\" the delegate said.\n")
    got = [(e.type, [p.text for p in e.target]) for e in asserted(art) if e.type == "SUPPORT"]
    assert got == [("SUPPORT", ["John Kasich"])], listed(art)


def test_a_thing_that_kills_with_no_one_behind_it_is_a_mishap(run):
    """`_mishap`: the active subject of a verb of force is a thing no one uses to harm."""
    art = run("\n\nThe heat wave killed two elderly residents. The car bomb killed 12 people. A sniper killed the "
              "doctor.\n")
    got = [e.trigger.start for e in asserted(art) if e.type == "ASSAULT"]
    assert len(got) == 2 and min(got) > art.text.index("The car bomb"), listed(art)


def test_a_riot_or_a_protest_that_hurts_people_has_someone_behind_it(run):
    """`_mishap` (rev13): a noun of a material event of the lexicon (a riot, a protest) as the subject of a verb of
    force is an act of people, no mishap; a storm still is one."""
    art = run("\n\nThe riot injured 30 police officers in Paris. The storm injured 30 residents in Ohio.\n")
    got = [e.trigger.text for e in asserted(art) if e.type == "ASSAULT"]
    assert got == ["injured"] and art.events[0].trigger.start < art.text.index("The storm"), listed(art)


def test_access_to_the_internet_blocked_is_censorship_not_a_protest(run):
    """`online` (rev13): the internet, the web, an app or a platform are online things; a road blocked stays a
    protest."""
    art = run("\n\nThe government blocked access to the internet on Sunday. Farmers blocked the highway near Lyon.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("COERCE", "blocked") in got and ("PROTEST", "blocked") in got, listed(art)


def test_accounts_frozen_or_of_a_bank_are_a_sanction_not_censorship(run):
    """rev13: the censorship retype leaves money alone: accounts frozen, or accounts in a sentence of banks and
    assets, are a sanction on their owners; an account suspended on a platform stays censorship."""
    art = run("\n\nThe Treasury froze the bank accounts of five Russian oligarchs. The ministry blocked the accounts "
              "of the former governor over money laundering. Twitter suspended the account of the senator.\n")
    got = [(e.type, e.trigger.text) for e in asserted(art)]
    assert ("SANCTION", "froze") in got and ("COERCE", "suspended") in got, listed(art)
    assert ("COERCE", "blocked") not in got and ("COERCE", "froze") not in got, listed(art)


def test_a_headline_in_the_present_with_when_tells_an_act_not_a_habit(run):
    """`_when_habit` (rev13): a headline (a line with no final stop) tells past acts in the simple present: `Police
    arrest 20 when protest turns violent` happened; the same words in a sentence of the body tell a habit."""
    art = run("Police arrest 20 when protest turns violent\n\nThe police said the march began at noon. Police "
              "arrest people when they block the road, the chief said.\n")
    arrests = [e for e in art.events if e.trigger.text == "arrest"]
    assert len(arrests) == 2 and not arrests[0].hypothetical and arrests[1].hypothetical, listed(art)
