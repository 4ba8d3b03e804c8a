"""ident53: identity claims only on the text's evidence (docs/actors.md `### ident53`): a bare word that is the given
name of a person the article names in full is that person's, not a lexicon person of that surname whom nothing in the
text names; a post still to be filled (`the nominee will be decided`) or held by many in turn (`the winning candidate
in every election`) names no holder; a title that only modifies a race (`Indiana governor race`) is no person; a
definite description that speaks (`the investigator said`) is the person the text gives that title, not the person
named last. Invented sentences only (real office holders, invented private people and towns)."""
from __future__ import annotations

from tests.helpers import actor_at, actor_named


def _texts(actor) -> list:
    return [m.text for m in actor.mentions] if actor is not None else []


# -- a given name of a person named in full (`people._given_name_of_named`)

def test_a_given_name_of_a_person_named_in_full_is_not_a_lexicon_surname(run):
    text = ("LAKEMONT, Calif. (Wire) -- Relatives of Perry Lindqvist, a hospital worker hurt when a gunman fired into a "
            "bus shelter on Friday, said he was mending.\n\nHis sister, Greta Lindqvist, said she spoke to Perry, "
            "an anesthesiologist, on Sunday.\n")
    art = run(text, published="2010-05-17")
    assert actor_named(art, "Rick Perry") is None
    perry = actor_at(art, text, "Perry Lindqvist")
    assert perry is not None and "Perry" in _texts(perry), _texts(perry)


def test_the_lexicon_person_stays_when_the_text_names_him(run):
    # near-miss: the governor is written with his title and full name; a bare `Perry` is his
    text = ("AUSTIN, Texas (Wire) -- Perry Stanton, a rancher, drove to the capitol on Monday, where Gov. Rick Perry "
            "signed a bill on water rights.\n\nPerry said the state could not wait any longer.\n")
    art = run(text, published="2010-05-17")
    gov = actor_named(art, "Rick Perry")
    assert gov is not None and "Perry" in _texts(gov), _texts(gov)


def test_a_bare_surname_with_no_one_of_that_given_name_stays_the_lexicon_person(run):
    # near-miss: no one in the article has the given name `Perry`
    text = ("HOUSTON (Wire) -- Ranchers met state officials in Houston on Monday to talk about the drought.\n\n"
            "Perry, the Republican governor, told them the state would help.\n")
    art = run(text, published="2010-05-17")
    assert actor_named(art, "Rick Perry") is not None


# -- posts still to be filled or held by many (`descriptions._post_to_fill`, `_post_of_many`)

def test_a_nominee_still_to_be_decided_or_chosen_names_nobody(run):
    text = ("If Sen. Marco Rubio carries Florida and Gov. John Kasich carries Ohio, the Republican nominee will almost "
            "certainly be decided on the floor of the convention, analysts said.\n\nDonald Trump leads the race. The "
            "businessman told supporters in Tampa he would win both states.\n\nParty rules say the nominee must be "
            "chosen by a majority of delegates.\n")
    art = run(text, published="2016-03-09")
    trump = actor_named(art, "Donald Trump")
    assert trump is not None
    assert not any("nominee" in t for t in _texts(trump)), _texts(trump)


def test_a_nominee_chosen_in_the_past_stays_the_holder(run):
    # near-miss: no modal - the nominee the story follows
    text = ("Donald Trump accepted the Republican nomination on Thursday night in Cleveland. The nominee was chosen by "
            "the delegates on Tuesday and spoke for 75 minutes.\n")
    art = run(text, published="2016-07-22")
    trump = actor_named(art, "Donald Trump")
    assert trump is not None and "The nominee" in _texts(trump), _texts(trump)


def test_the_winner_of_every_election_names_nobody(run):
    text = ("Harlan County has backed the winning candidate in every presidential election since 1960, a record the "
            "campaigns of Hillary Clinton and Jeb Bush both mentioned on Tuesday.\n\nClinton attacked the governor "
            "at every stop in the state.\n")
    art = run(text, published="2015-10-20")
    hillary = actor_named(art, "Hillary Clinton")
    assert hillary is None or "the winning candidate" not in _texts(hillary), _texts(hillary)
    assert not any("the winning candidate" in _texts(a) for a in art.actors)
    # near-miss: `every stop` is no turn of office - one governor
    jeb = actor_named(art, "Jeb Bush")
    assert jeb is not None and "the governor" in _texts(jeb), _texts(jeb)


def test_a_title_modifying_a_race_is_no_person(run):
    text = ("Rep. Dana Kellner planning to enter Indiana governor race.\n\nIndiana Rep. Dana Kellner is expected to "
            "run for governor if Gov. Mike Pence joins the Republican ticket, two people close to her said.\n\n"
            "The governor did not comment.\n")
    art = run(text, published="2016-07-14")
    pence = actor_named(art, "Mike Pence")
    assert pence is not None
    assert not any(t.endswith("governor") and "Gov." not in t and "The governor" != t for t in _texts(pence)), \
        _texts(pence)
    # near-miss: `The governor` as a subject is the governor the story names
    assert "The governor" in _texts(pence), _texts(pence)


# -- a description that speaks (`quotes.speakers.Resolver._titled_by`)

def test_a_titled_description_speaker_is_the_person_of_that_title(run):
    text = ("MERRIT FALLS, Calif. (Wire) -- A list found in the bedroom of Corvin Hale was written two days before he "
            "opened fire at a car wash, said Dunmore County sheriff's Investigator Lena Brask.\n\nThe list named no "
            "victims, Brask said.\n\nThe note showed that Hale had \"dark plans for the weekend and no way back\" but "
            "did not say where he meant to go, the investigator said.\n")
    art = run(text, published="2013-04-09")
    hale = actor_at(art, text, "Corvin Hale")
    brask = actor_at(art, text, "Lena Brask")
    assert brask is not None and "the investigator" in _texts(brask), _texts(brask)
    assert hale is None or "the investigator" not in _texts(hale), _texts(hale)


def test_a_description_speaker_with_no_titled_person_keeps_the_last_named(run):
    # near-miss: nobody is titled `detective` but the detective himself, named with the title
    text = ("ORLEY, Ore. (Wire) -- Detective Omar Reddin said the man, Wade Tolliver, told officers he had been aiming "
            "at a raccoon.\n\nTolliver was booked into the county jail.\n\n\"Nobody was hurt, and that is the good "
            "news here,\" the detective said.\n")
    art = run(text, published="2014-06-02")
    reddin = actor_at(art, text, "Omar Reddin")
    tolliver = actor_at(art, text, "Wade Tolliver")
    assert reddin is not None and "the detective" in _texts(reddin), _texts(reddin)
    assert tolliver is None or "the detective" not in _texts(tolliver)


def test_a_surname_of_a_leader_whose_country_the_story_tells_stays_his(run):
    # near-miss: `Abbas` is also the given name of a man named in full, but the story tells the leader's people
    text = ("RAMALLAH, West Bank (Wire) -- Abbas Karimi, a shopkeeper, watched the motorcade pass on Tuesday.\n\n"
            "Palestinian officials said Abbas would meet the envoy on Wednesday. Abbas has rejected the plan.\n")
    art = run(text, published="2009-03-10")
    leader = actor_named(art, "Mahmoud Abbas")
    assert leader is not None and "Abbas" in _texts(leader), [(a.name, _texts(a)) for a in art.actors]


# -- a reflexive object tells the subject description's gender (`descriptions._same_clause`)

def test_himself_tells_which_governor_a_description_is(run):
    text = ("COLUMBIA, S.C. (Wire) -- Gov. Wade Pruitt said Friday he would not take $400 million in federal road "
            "money. Mr. Pruitt has become a loud voice against federal aid.\n\nLawmakers have already made plans to "
            "spend the money the governor turned down. On Thursday, Oklahoma Gov. Mary Fallin said her state would "
            "take its share.\n\nState Sen. Ruby Hale wants the legislature to take the money over his objection. "
            "\"For one, nobody is going around the governor. The governor has taken himself out of this fight,\" "
            "Ms. Hale said.\n")
    art = run(text, published="2016-04-15")
    fallin = actor_named(art, "Mary Fallin")
    assert fallin is None or "The governor" not in _texts(fallin), _texts(fallin)


def test_herself_keeps_a_woman_governor(run):
    # near-miss: `herself` is hers
    text = ("OKLAHOMA CITY (Wire) -- Oklahoma Gov. Mary Fallin said Thursday her state would take its share of the "
            "road money.\n\nThe governor is taking herself to Washington next week to sign the papers.\n")
    art = run(text, published="2016-04-15")
    fallin = actor_named(art, "Mary Fallin")
    assert fallin is not None and "The governor" in _texts(fallin), _texts(fallin)


# -- a description's lexicon fallback for a post many hold at once (`descriptions._field_role`)

def test_the_candidate_in_a_governor_s_story_is_not_the_lexicon_s_lone_candidate(run):
    text = ("Ohio Gov. John Kasich drew a warm crowd Friday at a gathering of conservatives near Washington.\n\nA "
            "radio host asked Kasich, now fourth among Republicans in delegates, how he could still win.\n\nThe "
            "candidate said he expects that no rival will have enough delegates before the summer.\n")
    art = run(text, published="2016-03-04")
    assert actor_named(art, "Donald Trump") is None, [(a.name, _texts(a)) for a in art.actors]


def test_the_candidate_named_in_the_story_stays_his(run):
    # near-miss: the article names the candidate; the description is his (no lexicon fallback)
    text = ("Donald Trump drew a loud crowd Friday at a rally in Tampa.\n\nA radio host asked Trump, now first among "
            "Republicans in delegates, how he would close out the race.\n\nThe candidate said he expects that no "
            "rival will have enough delegates before the summer.\n")
    art = run(text, published="2016-03-04")
    trump = actor_named(art, "Donald Trump")
    assert trump is not None and "The candidate" in _texts(trump), [(a.name, _texts(a)) for a in art.actors]
