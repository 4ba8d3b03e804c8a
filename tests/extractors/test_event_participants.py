"""Who does what to whom (extractors/events/triggers.py): participant rules on invented sentences, each aimed at a
class of participant error seen on whole articles (a list of subjects, a particle object, a shared object, a
relative pronoun, a participle's noun)."""
from __future__ import annotations

from tests.helpers import first_found, texts


def test_a_list_of_subjects_is_every_source(run):
    # the parse makes `The school` and `parents` two subjects of one verb: both act
    art = run("The school, parents and civic leaders have been demanding that the state restore the grant.")
    src = " ".join(texts(first_found(art, "REQUEST").source))
    assert "school" in src and "parents" in src, src


def test_called_on_names_its_target_when_on_is_parsed_as_a_particle(run):
    art = run("\n\nThe farmers' union has called on the governor to release the report.\n")
    assert any("governor" in t for t in texts(first_found(art, "REQUEST").target))


def test_verbs_joined_under_one_subject_share_the_object(run):
    art = run("\n\nOn Monday, Sergeant Paul Avery, who shot and killed 19-year-old Mark Dolan in Fresno, was suspended.\n")
    assert any("Mark Dolan" in t for t in texts(first_found(art, "ASSAULT").target))


def test_who_stands_for_the_people_named_before_it(run):
    art = run("\n\nThe video has become a rallying point for farmers there, who have taken to the streets of Lyon.\n")
    assert any("farmers" in t for t in texts(first_found(art, "PROTEST").source))


def test_a_participle_acts_for_its_noun(run):
    art = run("\n\nTelevision showed striking teachers protesting in Denver against the budget cuts.\n")
    assert any("teachers" in t for t in texts(first_found(art, "PROTEST").source))


def test_saying_someone_planned_an_attack_accuses_them(run):
    art = run("\n\nA police spokesman said that a militia led by Omar Rahim planned the bombing of the market.\n")
    acc = first_found(art, "ACCUSE")
    assert "spokesman" in acc.source[0].text and "militia" in acc.target[0].text, acc


def test_alleging_a_plot_by_someone_targets_the_doer(run):
    art = run("\n\nFrench prosecutors allege the shootings were ordered by the gang leader Marc Dubois.\n")
    assert any("Dubois" in t for t in texts(first_found(art, "ACCUSE").target))


def test_responsible_for_a_death_is_the_sayers_verdict_on_the_subject(run):
    art = run("\n\nA police spokesman said the driver, Karl Stone, was responsible for the death of the officer.\n")
    acc = first_found(art, "ACCUSE")
    assert "spokesman" in acc.source[0].text and "Karl Stone" in acc.target[0].text, acc


def test_a_verdict_set_beside_the_object_blames_it(run):
    art = run("\n\nThe senator called the governor \"a disgrace\" on Tuesday.\n")
    assert any("governor" in t for t in texts(first_found(art, "ACCUSE").target))


def test_you_in_a_quote_is_whom_the_speaker_tells(run):
    art = run('\n\n"You are very rude, and I am not going to call on you," the senator told Anna Ortiz, a state representative.\n')
    acc = first_found(art, "ACCUSE")
    assert "Anna Ortiz" in acc.target[0].text, acc


def test_saying_someone_wronged_another_accuses_the_doer(run):
    art = run("\n\n``She is being manipulated by the government in Havana,'' said Olga Ruiz, a neighbour.\n")
    acc = first_found(art, "ACCUSE")
    assert "Olga Ruiz" in acc.source[0].text and "government" in acc.target[0].text, acc


def test_saying_someone_does_not_tell_the_truth_accuses_them(run):
    art = run("\n\n``The governor is not telling the truth,'' the mayor said on Monday.\n")
    acc = first_found(art, "ACCUSE")
    assert "mayor" in acc.source[0].text and "governor" in acc.target[0].text, acc


def test_a_word_of_blame_in_a_quote_criticises_the_clause_subject(run):
    art = run('\n\n"The governor runs a corrupt and incompetent administration," the senator said on Monday.\n')
    acc = first_found(art, "ACCUSE")
    assert "senator" in acc.source[0].text and acc.target[0].text == "The governor", acc
    art = run('\n\n"We remain worried about the budget," the senator said on Monday.\n')
    assert not any(e.type == "ACCUSE" and e.target and e.target[0].text == "We" for e in art.events)


def test_the_owner_of_an_arrest_or_shooting_is_its_target_not_its_source(run):
    art = run("\n\nCanadian authorities announced Kopp's arrest in France on Friday.\n")
    ev = next(e for e in art.events if e.type == "COERCE")
    assert [p.text for p in ev.target][:1] == ["Kopp's"] and "Kopp's" not in [p.text for p in ev.source], ev
    art = run("\n\nPolice confirmed his arrest on Friday.\n")
    ev = next(e for e in art.events if e.type == "COERCE")
    assert [p.text for p in ev.target] == ["his"] and not ev.source, ev


def test_a_relative_pronoun_target_is_its_antecedent(run):
    # `who` is no participant a reader can use: the noun it stands for is
    art = run("\n\nThe ceremony honoured the nine engineers who were kidnapped by the militia in Sirte.\n")
    tgt = texts(first_found(art, "ASSAULT").target)
    assert tgt and all(t.lower() != "who" for t in tgt) and any("engineers" in t for t in tgt), tgt


def test_having_the_backing_of_someone_makes_them_the_source(run):
    art = run("\n\nSenator Maria Lopez has the backing of the state teachers union in the primary.\n")
    ev = first_found(art, "SUPPORT")
    assert any("union" in t for t in texts(ev.source)), texts(ev.source)
    assert any("Lopez" in t for t in texts(ev.target)), texts(ev.target)


def test_winning_an_endorsement_makes_its_giver_the_source(run):
    art = run("\n\nGovernor Tom Reed won the endorsement of the Chicago Tribune on Sunday.\n")
    ev = first_found(art, "SUPPORT")
    assert any("Tribune" in t for t in texts(ev.source)), texts(ev.source)
    assert any("Reed" in t for t in texts(ev.target)), texts(ev.target)


def test_a_thing_that_should_happen_asks_no_one(run):
    # the subject's head is `support`: a thing, though the phrase names a person
    art = run("\n\nTom Ford said that support for Mr. Kim among poorer nations should show that he is no "
              "American pick.\n")
    assert not [e for e in art.events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in art.events]


def test_a_name_the_parser_takes_for_a_common_noun_still_acts(run):
    # the headline's `Pence` is parsed as a plural noun; the actors stage knows him from the article's lede
    art = run("Pence blames media for the flap.\n\nMike Pence on Friday blamed the media for making a fuss "
              "about it.\n")
    assert len([e for e in art.events if e.type == "ACCUSE"]) == 2, [(e.type, e.trigger.text) for e in art.events]


def test_a_rule_for_any_state_asks_no_one(run):
    art = run('\n\n"In a slump, states have to balance budgets," the analyst Mark Kant said.\n')
    assert not [e for e in art.events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in art.events]
    art = run("\n\nForeign Secretary William Hague said Russia needed to put more pressure on Damascus.\n")
    assert [e for e in art.events if e.type == "REQUEST"], [(e.type, e.trigger.text) for e in art.events]


def test_calling_for_someone_to_be_banned_is_a_request_about_them(run):
    art = run("\n\nA lawmaker in Manila is calling for Senator Trent Walsh to be banned from the country.\n")
    ev = first_found(art, "REQUEST")
    assert any("Walsh" in t for t in texts(ev.target)), texts(ev.target)


def test_the_owner_of_a_thing_aimed_at_is_a_target_and_a_body_part_never(run):
    art = run("\n\nThe ministry sharply criticised Russia's statement on Monday.\n")
    assert any("Russia" in t for t in texts(first_found(art, "ACCUSE").target)), texts(first_found(art, "ACCUSE").target)
    art = run("\n\nGunmen shot the mayor in the chest on Friday.\n")
    tg = texts(first_found(art, "ASSAULT").target)
    assert tg and not any("chest" in t for t in tg), tg


def test_a_verb_in_the_past_tied_by_the_parse_to_an_infinitive_takes_the_subject_of_the_verb_above(run):
    # the parse makes `accused` a conjunct of `lift` (an infinitive with no subject): it is the governor's act
    art = run("\n\nThe governor campaigned on his plan to lift the economy and accused the mayor of wasting funds.\n")
    assert any("governor" in t for t in texts(first_found(art, "ACCUSE").source)), texts(first_found(art, "ACCUSE").source)


def test_who_after_a_noun_said_of_a_subject_stands_for_the_subject(run):
    art = run("\n\n``They are the ones who call these doctors murderers,'' the mayor said.\n")
    src = texts(first_found(art, "ACCUSE").source)
    assert "They" in src and "the ones" not in src, src
def test_a_relative_or_a_culprit_named_as_agent_acts(run):
    # `her cousin`, `a sniper` are no actor nouns, yet they shoot: the `by` phrase stays the source
    art = run("\n\nThe boy was shot by his cousin on Sunday. A guard was killed by a sniper later.\n")
    srcs = [texts(e.source) for e in art.events if e.type == "ASSAULT"]
    assert ["his cousin"] in srcs and ["a sniper"] in srcs, srcs


def test_a_thing_named_as_agent_of_force_is_still_no_source(run):
    art = run("\n\nThe boy was hit by a falling branch on Sunday.\n")
    assert all(not e.source for e in art.events if e.type == "ASSAULT")


def test_shot_to_death_names_the_victim_not_death(run):
    art = run("\n\nTwo brothers were found shot to death inside their home on Friday.\n")
    assert texts(first_found(art, "ASSAULT").target) == ["Two brothers"]


def test_a_joint_subject_that_praises_something_is_one_side(run):
    art = run("\n\nGovernor Ann Hale and Mayor Tom Reyes praised the court's decision on Monday.\n")
    e = first_found(art, "SUPPORT")
    assert "Mayor Tom Reyes" in " ".join(texts(e.source)) and "Mayor Tom Reyes" not in " ".join(texts(e.target))


def test_a_joint_subject_that_meets_is_both_sides(run):
    art = run("\n\nGovernor Ann Hale and Mayor Tom Reyes met in Denver on Monday.\n")
    e = first_found(art, "CONSULT")
    assert texts(e.source) == ["Governor Ann Hale"] and texts(e.target) == ["Mayor Tom Reyes"]


def test_who_was_shot_with_no_subject_of_its_own(run):
    # a passive gerund takes the subject above it, a participle with no object the person it describes
    art = run("\n\nA nine-year-old girl died on Sunday after being shot. A 30-year-old man shot in the leg was taken "
              "to Mercy Hospital.\n")
    tgts = [texts(e.target) for e in art.events if e.type == "ASSAULT"]
    assert ["A nine-year-old girl"] in tgts and ["A 30-year-old man"] in tgts, tgts
    assert all(not e.source for e in art.events if e.type == "ASSAULT")


def test_shots_fired_are_no_victim(run):
    art = run("\n\nNeighbours heard shots fired near the school on Sunday.\n")
    assert all("shots" not in " ".join(texts(e.target)) for e in art.events)


def test_what_someone_uses_to_act_is_no_source(run):
    art = run("\n\nThe senator used her speech on Monday to attack the governor.\n")
    e = first_found(art, "ACCUSE")
    assert texts(e.source) == ["The senator"] and texts(e.target) == ["the governor"]


def test_a_meeting_had_with_someone_is_met_by_the_subject(run):
    art = run("\n\nThe senator had a meeting with the Chilean ambassador on Monday.\n")
    e = first_found(art, "CONSULT")
    assert texts(e.source) == ["The senator"] and texts(e.target) == ["the Chilean ambassador"]


def test_a_preposition_under_the_particle_names_the_target(run):
    art = run("\n\nThe mayor's office pushed back against the governor's attack on the budget. Senator Ray Dunn backed "
              "out of the summit on Friday.\n")
    tgts = [" ".join(texts(e.target)) for e in art.events if e.type == "REJECT"]
    assert any("the governor" in t for t in tgts) and any("the summit" in t for t in tgts), tgts


def test_a_demand_that_someone_act_asks_them(run):
    art = run("\n\nThe union made a demand that the city council reopen the library.\n")
    assert texts(first_found(art, "REQUEST").target) == ["the city council"]


def test_disputing_a_critique_denies_it(run):
    art = run("\n\nThe senator has disputed both critiques of her plan.\n")
    assert first_found(art, "REJECT").source[0].text == "The senator"


def test_the_same_preposition_again_names_a_second_target(run):
    art = run("\n\nThe senator apologized to the governor and to her own staff for the remarks.\n")
    tgt = texts(first_found(art, "SUPPORT").target)
    assert len(tgt) == 2 and tgt[0] == "the governor" and tgt[1].startswith("her own staff"), tgt


def test_admitting_to_a_crime_concedes_but_being_admitted_to_hospital_does_not(run):
    art = run("\n\nThe former aide admitted to a federal crime on Monday. Her lawyer was admitted to the hospital.\n")
    (e,) = [e for e in art.events if e.type == "CONCEDE"]
    assert texts(e.source) == ["The former aide"]


def test_whom_an_order_is_given_stays_its_target(run):
    art = run("\n\nMayor Ana Ruiz ordered the relatives to surrender the boy to his mother.\n")
    assert texts(first_found(art, "REQUEST").target)[0] == "the relatives"


def test_a_request_made_in_a_letter_asks_its_addressee(run):
    art = run("\n\nThe two senators sent a letter to Commissioner Ray Ortiz, seeking more answers about the audit.\n")
    assert texts(first_found(art, "REQUEST").target)[0] == "Commissioner Ray Ortiz"


def test_a_request_after_a_speech_asks_no_addressee(run):
    art = run("\n\nThe two senators spoke to reporters, seeking more answers about the audit.\n")
    assert all("reporters" not in texts(e.target) for e in art.events)


def test_who_protests_in_a_protest_noun_with_no_owner(run):
    art = run("\n\nHundreds of nurses stayed away from work in protest of the new rota. The city saw a rally of several "
              "thousand Chilean miners on Sunday.\n")
    srcs = [" ".join(texts(e.source)) for e in art.events if e.type == "PROTEST"]
    assert any("Hundreds of nurses" in s for s in srcs) and any("Chilean miners" in s for s in srcs), srcs


def test_a_participle_joined_to_a_passive_shares_it(run):
    # `sentenced` has no subject of its own: the one fined is the one sentenced, not its source
    ev = first_found(run("\n\nThe former mayor was fined $5,000 and sentenced to two years in prison.\n"), "COERCE")
    assert not ev.source and any("mayor" in t for t in texts(ev.target)), ev


def test_a_passive_joined_to_another_has_its_subject_as_target(run):
    ev = first_found(run("\n\nThe minister was jeered at the rally and was condemned by the bishops.\n"), "ACCUSE")
    assert any("bishops" in t for t in texts(ev.source)) and any("minister" in t for t in texts(ev.target)), ev



def test_a_second_act_of_force_by_someone_else_is_an_event_of_its_own(run):
    # the gunman's shooting and the officers' are two attacks; one doer's `killed 12 and injured 40` stays one
    art = run("\n\nWitnesses said a gunman opened fire near the station, injuring six commuters, before he was shot "
              "and killed by officers.\n\nA sniper killed two guards and wounded three workers at the plant.\n")
    first = [e for e in art.events if e.type == "ASSAULT" and e.sentence.start < art.text.index("A sniper")]
    assert any("officers" in " ".join(texts(e.source)) for e in first), [(e.trigger.text, e.source) for e in first]
    second = [e for e in art.events if e.type == "ASSAULT" and e.sentence.start >= art.text.index("A sniper")]
    assert len(second) == 1, [(e.trigger.text, e.source) for e in second]


def test_an_attack_in_a_when_clause_hits_the_main_clause_subject(run):
    art = run("\n\nFour guards were resting outside the depot when a group of men walked up and started shooting.\n")
    ev = first_found(art, "ASSAULT")
    assert any("guards" in t for t in texts(ev.target)) and any("men" in t for t in texts(ev.source)), ev


def test_a_noun_phrase_never_ends_with_a_coordinator(nlp):
    """(rev15a) `pressed the button and the door opened`: the parse may hang `and` on the object noun; the phrase
    ends before it."""
    from dateline.extractors.events.triggers import np_bounds
    doc = nlp("He pressed the button and the door opened.")
    head = next(t for t in doc if t.lower_ == "button")
    a, b = np_bounds(head)
    assert doc[a:b + 1].text == "the button", doc[a:b + 1].text


def test_who_after_an_apposition_stands_for_the_one_described(run):
    # `, who` after `X, a former backer of Y,`: X acts, not the noun inside the apposition (issue 10, ev22o)
    art = run("\n\nGovernor Phil Brant of Lorraine, a former backer of Senator Tom Ruiz, who has since called on voters "
              "to back Okafor, spoke on Monday.\n")
    src = " ".join(texts(first_found(art, "REQUEST").source))
    assert "Brant" in src and "Ruiz" not in src.split(",")[0], src


def test_a_participant_ends_before_a_relative_clause_set_off_in_its_apposition(run):
    art = run('\n\n"These are hard times," said Anna Weber, a lawyer for the Farmers Union, who has been criticizing '
              'the mining company for years.\n')
    src = texts(first_found(art, "ACCUSE").source)
    assert any("Anna Weber" in t for t in src) and not any("who" in t or "criticizing" in t for t in src), src
