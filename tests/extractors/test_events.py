"""Events extractor: PLOVER types, participants, negation, mood, dates and quotes on invented wire stories."""
from __future__ import annotations

import pathlib

import pytest

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"


def _fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def events_of(ctx_of):
    """events_of(text, quotes=(), dates=(), actors=(), published=None) -> events of the events stage, dated by
    the linking stage (no places or counts)."""
    from dateline.extractors.events import extract_events
    from dateline.extractors.link import link

    def _run(text, *, quotes=(), dates=(), actors=(), published=None):
        ctx = ctx_of(text, published=published)
        events = extract_events(ctx, list(actors), list(quotes))
        return link(ctx, events, dates=list(dates), places=[], casualties=[])[0]

    return _run


def _one(events, etype):
    found = [e for e in events if e.type == etype]
    assert found, f"no {etype} in {[(e.type, e.trigger.text) for e in events]}"
    return found[0]


def _texts(side):
    return " | ".join(p.text for p in side)


def test_lexicons_load_and_map_to_plover():
    from dateline.extractors.events.lexicon import load, plover

    lex = load()
    assert len(lex.verbs) > 200 and len(lex.nouns) > 100 and "hold" in lex.light
    for table in (lex.verbs, lex.phrases, lex.nouns):
        for pat in table.values():
            etype, quad = plover(pat.cameo)
            assert etype in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
            assert quad in (1, 2, 3, 4)
    assert plover("0874") == ("RETREAT", 2) and plover("081") == ("CONCEDE", 2)
    assert {"modal", "intent", "report", "stop", "purpose"} <= set(lex.cues) and "summon" in lex.cues["purpose"]


def test_pattern_file_has_no_duplicate_keys():
    from importlib import resources

    seen = set()
    text = resources.files("dateline").joinpath("lexicon", "event_patterns.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#") or not line.strip() or line.startswith("kind\t"):
            continue
        kind, key = line.split("\t")[:2]
        assert (kind, key) not in seen, (kind, key)
        seen.add((kind, key))


def test_model_file_loads_with_consistent_shapes():
    from dateline.extractors.events import model
    from dateline.extractors.events.lexicon import types

    m = model.load()
    assert m is not None
    assert m["W"].shape == (len(m["vocab"]), len(m["types"]))
    assert set(m["types"]) <= set(types())
    p = model.scores(["w=condemn", "lex=ACCUSE"], m)
    assert abs(sum(p.values()) - 1.0) < 1e-4


def test_passive_voice_target_is_the_subject_and_source_the_agent(events_of):
    e = _one(events_of(_fixture("events_passive.txt")), "ACCUSE")
    assert _texts(e.target) == "Iran"
    assert "European Union" in _texts(e.source)
    assert e.quad == 3 and e.cameo.startswith("11")


def test_nominal_consult_and_assault(events_of):
    text = _fixture("events_nominal.txt")
    evs = events_of(text)
    c = _one(evs, "CONSULT")
    assert c.trigger.text == "talks"
    assert "Amina Yusuf" in _texts(c.source) and "Ugandan counterpart" in _texts(c.target)
    a = _one(evs, "ASSAULT")
    assert a.trigger.text == "bombing" and a.mode == "explosives"
    assert text[a.trigger.start:a.trigger.end] == "bombing"


def test_did_not_blame_is_negated(events_of):
    e = _one(events_of(_fixture("events_negated.txt")), "ACCUSE")
    assert e.negated and "army" in _texts(e.target)


def test_refused_is_reject_not_negated(events_of):
    evs = events_of(_fixture("events_refused.txt"))
    e = _one(evs, "REJECT")
    assert not e.negated and "rebels" in _texts(e.source) and "aid workers" in _texts(e.target)
    assert not any(x.type in ("CONCEDE", "RETREAT") for x in evs)   # the refused act is folded into REJECT


def test_considering_and_conditional_are_hypothetical(events_of):
    evs = events_of(_fixture("events_hypothetical.txt"), published="2020-02-03")
    assert evs and all(e.hypothetical for e in evs)
    assert all(e.date is None for e in evs)          # plans carry no date of their own
    assert any("Mali" in _texts(e.target) for e in evs)


def test_will_release_is_an_intent_to_cooperate(events_of):
    e = _one(events_of(_fixture("events_intent.txt")), "AGREE")
    assert e.hypothetical and e.cameo.startswith("03") and "fishermen" in _texts(e.target)


def test_suspending_aid_reduces_relations(events_of):
    e = _one(events_of(_fixture("events_stop.txt")), "SANCTION")
    assert e.quad == 4 and e.cameo == "162" and "Kabul" in _texts(e.target)


def test_joint_subject_of_an_agreement_is_both_sides(events_of):
    e = _one(events_of(_fixture("events_joint.txt")), "AGREE")   # signing is AGREE (EVENT_GUIDE.md)
    assert _texts(e.source) == "Peru" and _texts(e.target) == "Chile"


def test_said_x_needed_to_is_a_request_to_x(events_of):
    e = _one(events_of(_fixture("events_need.txt")), "REQUEST")
    assert "chancellor" in _texts(e.source) and _texts(e.target) == "Athens"


def test_quote_speaker_is_the_source_of_we(events_of):
    from dateline.records import Quote, Speaker, Span

    text = _fixture("events_quote.txt")
    q_end = text.index(",\"") + 2
    speaker = Speaker(text.index("Ramaphosa"), text.index("Ramaphosa") + 9, "Ramaphosa", actor="a1")
    cue = Span(text.index("said"), text.index("said") + 4, "said")
    quote = Quote(0, q_end, text[:q_end], cue, speaker)
    e = _one(events_of(text, quotes=[quote]), "SUPPORT")
    assert e.quote == 0
    assert e.source[0].text == "Ramaphosa" and e.source[0].actor == "a1"
    assert "African Union" in _texts(e.target)


def test_actor_ids_come_from_overlapping_mentions(events_of):
    from dateline.records import Actor, Mention

    text = _fixture("events_passive.txt")
    i = text.index("Iran")
    eu = text.index("European Union")
    actors = [Actor(id="irn", name="Iran", country="IRN", mentions=(Mention(i, i + 4, "Iran"),)),
              Actor(id="eu", name="European Union", country="IGO", mentions=(Mention(eu, eu + 14, "European Union"),))]
    e = _one(events_of(text, actors=actors), "ACCUSE")
    assert e.target[0].actor == "irn" and e.source[0].actor == "eu"


def test_date_from_the_sentence_else_the_publication_date(events_of):
    from dateline.records import TimeExpression

    text = _fixture("events_title.txt")
    mon = text.index("Monday")
    dates = [TimeExpression(mon, mon + 6, "Monday", "2021-03-01")]
    evs = events_of(text, dates=dates, published="2021-03-02")
    body = [e for e in evs if e.trigger.start > mon - 40]
    title = [e for e in evs if e.trigger.start < 40]
    assert body and body[0].date == "2021-03-01"
    assert title and title[0].date == "2021-03-02" and title[0].type == "SANCTION"


def test_title_kept_once_copies_ignored(events_of):
    text = _fixture("events_title.txt")
    evs = events_of(text)
    second = text.index("Chile recalls", 5)
    assert any(e.trigger.start < 20 for e in evs)
    assert not any(second <= e.trigger.start < second + 35 for e in evs)


def test_quiet_sentence_has_no_event(events_of):
    assert events_of(_fixture("events_quiet.txt")) == []


def test_coordinated_clause_keeps_its_own_event(events_of):
    evs = events_of(_fixture("events_coordinated.txt"))
    aid = _one(evs, "AID")
    assert "Belgium" in _texts(aid.source) and "army" in _texts(aid.target)
    assert any(e.type == "ACCUSE" and "Belgium" in _texts(e.target) for e in evs)


def test_offsets_are_into_the_input_text(events_of):
    text = _fixture("events_nominal.txt") + _fixture("events_passive.txt")
    for e in events_of(text):
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        for p in e.source + e.target:
            assert text[p.start:p.end] == p.text
        assert e.trigger.start in e.sentence


def test_seed_events(seed_article):
    """The seed's events as EXPECTED.md lists them (spans and types; country codes need the actors stage)."""
    evs = seed_article.events
    consult = [e for e in evs if e.type == "CONSULT" and "Lavrov" in _texts(e.source) and "Hague" in _texts(e.target)]
    assert consult and consult[0].date == "2012-05-28"
    assert any(e.type == "ACCUSE" and not e.negated and "Lavrov" in _texts(e.source) for e in evs)
    assert any(e.type == "AID" and "Russia" in _texts(e.source) for e in evs)
    assert any(e.type == "SUPPORT" and "Annan" in _texts(e.target) and not e.negated for e in evs)
    assert any(e.type == "REJECT" and "Russia" in _texts(e.source) for e in evs)
    assert any(e.type == "REQUEST" and "Hague" in _texts(e.source) and "Russia" in _texts(e.target) for e in evs)
    assert not any(e.type == "ACCUSE" and not e.negated and 1834 <= e.trigger.start < 1915 for e in evs)
    assert not any(57 <= e.trigger.start < 112 or 145 <= e.trigger.start < 200 for e in evs)


def test_relative_pronoun_source_is_the_noun_it_describes(events_of):
    e = _one(events_of(_fixture("events_relative.txt")), "ACCUSE")
    assert _texts(e.source) == "The envoys" and "raid" in _texts(e.target)


def test_lifting_a_ban_concedes_and_withdrawing_troops_retreats(events_of):
    evs = events_of(_fixture("events_lifted.txt"))
    c = _one(evs, "CONCEDE")
    assert c.trigger.text.startswith("lifted") and _texts(c.source) == "Ankara"
    r = _one(evs, "RETREAT")
    assert r.cameo.startswith("087") and _texts(r.source) == "Athens"


def test_cutting_a_restriction_concedes_and_a_hyphenated_cease_fire_retreats(events_of):
    c = _one(events_of("Ruritania reduced tariffs on grain from Borduria on Monday."), "CONCEDE")
    assert c.trigger.text.startswith("reduced") and _texts(c.source) == "Ruritania"
    assert not [e for e in events_of("Ruritania reduced its carbon output last year.") if e.type == "CONCEDE"]
    r = _one(events_of("President Kalvo announced a two-week cease-fire with the rebels on Monday."), "RETREAT")
    assert "rebels" in _texts(r.target)


def test_calling_off_a_strike_stands_down(events_of):
    evs = events_of("The dockers' union called off its week-long strike on Friday.")
    assert [e for e in evs if e.type in ("CONCEDE", "RETREAT") and e.trigger.text.startswith("called")]
    assert not [e for e in evs if e.type == "PROTEST"]


def test_a_military_operation_is_force_and_ceasing_it_stands_down(events_of):
    t = _one(events_of("Ruritania will begin a new military operation against the rebels within days."), "THREATEN")
    assert _texts(t.source) == "Ruritania" and "rebels" in _texts(t.target)
    r = _one(events_of("The Ruritanian army said it has ceased its military operations near the capital."), "RETREAT")
    assert r.trigger.text.startswith("ceased")


def test_they_of_an_as_clause_is_the_main_subject(events_of):
    e = _one(events_of(_fixture("events_caption_as.txt")), "CONSULT")
    assert "Ruto" in _texts(e.source) and "Abiy" in _texts(e.target)
    assert "Nairobi" not in _texts(e.target)


def test_withheld_cooperation_is_a_refusal(events_of):
    evs = events_of(_fixture("events_withheld.txt"))
    e = _one(evs, "REJECT")
    assert not e.negated and "government" in _texts(e.source)


def test_what_x_must_do_is_requested_of_x(events_of):
    evs = events_of(_fixture("events_must.txt"))
    e = _one(evs, "REQUEST")
    assert _texts(e.source) == "Cairo" and _texts(e.target) == "Ethiopia"
    assert len(evs) == 1


def test_passive_without_agent_takes_the_agent_of_its_after_clause(events_of):
    evs = events_of(_fixture("events_passive_after.txt"))
    freed = [e for e in evs if e.trigger.text == "freed"]
    assert freed and "military council" in _texts(freed[0].source) and "opposition leaders" in _texts(freed[0].target)
    evac = [e for e in evs if e.trigger.text == "evacuated"]
    assert evac and "Maltese navy" in _texts(evac[0].source) and "900 people" in _texts(evac[0].target)


def test_purpose_clause_takes_the_object_of_the_verb_it_serves(events_of):
    evs = events_of("Norway on Monday summoned the Peruvian ambassador to complain about the arrest of two fishermen.\n")
    e = _one(evs, "ACCUSE")
    assert _texts(e.source) == "Norway" and "Peruvian ambassador" in _texts(e.target)


def test_actor_target_is_added_when_the_object_names_no_actor(events_of):
    evs = events_of("Denmark has agreed to provide Tunisia with three patrol boats.\n")
    e = evs[0]
    assert _texts(e.source) == "Denmark" and "Tunisia" in _texts(e.target)
    # an object that already names an actor gets no extra target
    evs = events_of("Chile condemned Bolivia for the closure of the border.\n")
    e = _one(evs, "ACCUSE")
    assert _texts(e.target) == "Bolivia"


def test_participle_on_a_document_takes_the_author_as_source(events_of):
    evs = events_of("The Senate passed a resolution condemning the Ruritanian junta for the raids.\n")
    e = _one(evs, "ACCUSE")
    assert "Senate" in _texts(e.source) and "junta" in _texts(e.target)


def test_dateline_with_an_unlisted_agency_is_not_a_source(events_of):
    evs = events_of("HERAT (Sunrise) : The provincial council on Sunday condemned the bombing of a school.\n")
    e = _one(evs, "ACCUSE")
    assert _texts(e.source).startswith("The provincial council") and "HERAT" not in _texts(e.source)


def test_aid_reaches_the_actor_named_in_its_purpose_clause(events_of):
    evs = events_of("Japan donated two million dollars in medical supplies to help families in Fiji.\n")
    e = _one(evs, "AID")
    assert _texts(e.source) == "Japan" and "Fiji" in _texts(e.target)


def test_nominal_event_takes_the_actor_of_its_verb_or_of_its_object(events_of):
    evs = events_of("Kenya on Friday announced the deployment of 400 police officers to Haiti.\n")
    e = next(e for e in evs if "deployment" in e.trigger.text)   # MOBILIZE by the lexicon (AID when the type model
    # retyped it below 0.5)
    assert "Kenya" in _texts(e.source) and "Haiti" in _texts(e.target)


def test_the_one_called_is_the_counterpart_not_the_caller(events_of):
    evs = events_of("Alliance chief Lars Berg called Erdogan to apologize for the incident.\n")
    e = _one(evs, "SUPPORT")
    assert _texts(e.source) == "Alliance chief Lars Berg" and "Erdogan" in _texts(e.target)


def test_announcer_of_a_future_act_is_a_source_too(events_of):
    evs = events_of("Prime Minister Ana Ruiz announced that the government will extend the curfew in Valdora.\n")
    assert evs
    e = evs[0]
    assert "the government" in _texts(e.source) and "Ana Ruiz" in _texts(e.source)


def test_pledger_of_a_possessors_support_is_a_source_too(events_of):
    evs = events_of("The Latvian foreign minister pledged his country's full support for Moldova.\n")
    e = _one(evs, "SUPPORT")
    assert "Latvian foreign minister" in _texts(e.source) and "Moldova" in _texts(e.target)


def test_a_blanked_dateline_date_is_not_part_of_the_source(events_of):
    evs = events_of("OSLO, March 3 (Reuters) - Norwegian police arrested two men suspected of smuggling arms.\n")
    e = _one(evs, "COERCE")
    assert _texts(e.source) == "Norwegian police"
    # a phrase wrapped over two lines stays whole
    evs = events_of("Police in the northern\ncity of Tromso arrested two men on Friday.\n")
    e = _one(evs, "COERCE")
    assert _texts(e.source).startswith("Police in the northern\ncity")


def test_bare_nominal_event_only_as_the_main_event_of_its_sentence(events_of):
    from dateline.extractors.events import model
    from dateline.extractors.events.lexicon import Pattern
    from dateline.extractors.events.triggers import Candidate

    # a further event noun with no participant is a name, not an event, even when the model likes its type
    verb = Candidate(None, None, Pattern("verb", "accuse", "112", None, ()), 1, 1, False, etype="ACCUSE",
                     source=["x"], target=["y"])
    bare = Candidate(None, None, Pattern("noun", "war", "190", None, ()), 9, 9, True, etype="ASSAULT")
    chosen = model._distinct([verb, bare], {"ACCUSE": 0.5, "ASSAULT": 0.5}, 0.2)
    assert [c.etype for c in chosen] == ["ACCUSE"]
    assert [c.etype for c in model._distinct([bare], {"ASSAULT": 0.5}, 0.2)] == ["ASSAULT"]
    # alone in its sentence it is kept: the sentence is about it
    evs = events_of("Riots in the capital.\n")
    assert [e.type for e in evs] == ["PROTEST"]


def test_nominal_event_takes_the_destination_of_the_phrase_it_names(events_of):
    evs = events_of("Fijian peacekeeping troops arrived in Juba on Monday.\n")
    e = _one(evs, "AID")
    assert "Juba" in _texts(e.target)


def test_participle_after_the_trigger_names_the_target(events_of):
    evs = events_of("Danish jets carried out a raid on Tuesday, targeting Islamic State commanders near Raqqa.\n")
    e = _one(evs, "ASSAULT")
    assert "Danish jets" in _texts(e.source) and "Islamic State commanders" in _texts(e.target)


def test_agreement_to_act_somewhere_targets_the_place(events_of):
    evs = events_of("Bolivia agreed to open a trade office in Tacna.\n")
    e = _one(evs, "AGREE")
    assert _texts(e.source) == "Bolivia" and "Tacna" in _texts(e.target)
    # a meeting place is not a target
    evs = events_of("The two ministers met in Tacna on Friday.\n")
    assert all("Tacna" not in _texts(e.target) for e in evs)


def test_hazard_lexicon_loads():
    from dateline.extractors.events.lexicon import hazards

    lex = hazards()
    assert {"flood", "rain", "earthquake", "landslide", "cyclone", "outbreak"} <= lex
    assert "army" not in lex and "militant" not in lex


def test_natural_hazards_are_not_event_sources(events_of):
    text = ("Floods kill 15 in northern Peru\n\n"
            "Torrential rains in northern Peru killed at least 15 people on Sunday. "
            "A powerful earthquake hit the coastal province. "
            "Six villagers were killed in a mudslide near Piura. "
            "Gunmen killed four police officers in Lima.")
    events = events_of(text)
    triggers = [(e.type, e.trigger.text, _texts(e.source)) for e in events]
    assert not any(t in ("kill", "killed", "hit") and "Gunmen" not in src for _, t, src in triggers), triggers
    gun = _one(events, "ASSAULT")
    assert _texts(gun.source) == "Gunmen"


def test_hazard_events_keep_their_casualty_counts(run):
    art = run("Heavy rains in southern Chile killed at least 9 people on Monday, officials said.")
    assert not [e for e in art.events if e.type == "ASSAULT"]
    assert [c.killed for c in art.casualties] == [9]


def test_event_records_are_immutable_and_hashable(events_of):
    import dataclasses

    from dateline.records import EVENT_TYPES, Event

    evs = events_of(_fixture("events_nominal.txt"))
    assert evs and len(set(evs)) == len(evs)
    assert all(e.type in EVENT_TYPES for e in evs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        evs[0].sentence.start = 0
    with pytest.raises(ValueError):
        dataclasses.replace(evs[0], type="FIGHT")
    assert Event(**{**{f.name: getattr(evs[0], f.name) for f in dataclasses.fields(Event)},
                    "sentence": evs[0].sentence.to_dict()}) == evs[0]


def test_taunts_mockery_and_shots_taken_at_someone_are_accusations(run):
    for text in ("Trump spoke at length, taking shots at Marco Rubio and Ted Cruz.",
                 "Spicer has taunted the Clinton campaign on Twitter.",
                 "Biden mocked Trump on Monday."):
        art = run("\n\n" + text + "\n")
        assert "ACCUSE" in {e.type for e in art.events if not e.negated and not e.hypothetical}, text


def test_stepping_down_parsed_as_an_adverb_and_walking_back_comments_concede(run):
    for text in ("Ann Roe stepped down as party chair on May 3.",
                 "Grassley later walked back his comments on Thursday."):
        art = run("\n\n" + text + "\n")
        assert "CONCEDE" in {e.type for e in art.events if not e.negated and not e.hypothetical}, text


def test_two_camps_agreeing_act_as_one_side(run):
    art = run("\n\nThe two camps also agreed on setting up a panel to review the party rules.\n")
    assert "AGREE" in {e.type for e in art.events if not e.negated and not e.hypothetical}


def test_sentences_are_cut_at_blank_lines_as_a_scan_of_the_tokens_would(nlp):
    """`spans.cut_sentences` finds the blank-line cuts from the token arrays; it gives the spans a walk over every token
    of every sentence gives (a headline without a full stop is a sentence; stretches of spaces are none)."""
    from dateline.extractors.spans import cut_sentences as _sentences
    from dateline.structure.paragraphs import paragraph_starts

    def scan(doc):
        for sent in doc.sents:
            start = sent.start
            for i in range(sent.start, sent.end):
                if doc[i].is_space and "\n\n" in doc[i].text:
                    if i > start and doc[start:i].text.strip():
                        yield doc[start:i]
                    start = i + 1
            if start < sent.end and doc[start:sent.end].text.strip():
                yield doc[start:sent.end]

    for text in ("Troops Clash In Border Town\n\nSoldiers fired on protesters. \n\n\n   \n\nThey fled.\n\n",
                 "\n\n   \n\nOne. Two\n\nThree \n\n", "No blank line at all. None here.", ""):
        doc = nlp(paragraph_starts(nlp.make_doc(text)))
        assert [(s.start, s.end) for s in _sentences(doc)] == [(s.start, s.end) for s in scan(doc)]


def test_a_verdict_given_with_as_on_the_object(run):
    art = run("\n\nA statement by the Foreign Ministry of Peru described the attacks as senseless.\n")
    assert [e for e in art.events if e.type == "ACCUSE"], [(e.type, e.trigger.text) for e in art.events]


def test_a_verdict_on_he_said_of_someone_is_on_them(run):
    art = run('\n\n"Well look, he was a failed candidate," Senator Tom Harkin said of Romney.\n')
    ev = [e for e in art.events if e.type == "ACCUSE"]
    assert ev and any("Romney" in p.text for p in ev[0].target), [(e.type, [p.text for p in e.target]) for e in ev]


def test_an_act_told_again_in_its_own_participle_or_content_clause_is_one_event(run):
    art = run("\n\nThe Cypriot government strongly condemned the bomb attacks in Kenya on Saturday, calling them an "
              "atrocious crime. Senator Jones criticised the governor, blamed the mayor and attacked the party.\n")
    accuse = [e for e in art.events if e.type == "ACCUSE" and not (e.negated or e.hypothetical)]
    first = [e for e in accuse if e.trigger.start < art.text.index("Senator Jones")]
    second = [e for e in accuse if e.trigger.start > art.text.index("Senator Jones")]
    assert len(first) == 1 and len(second) == 3, [(e.type, e.trigger.text) for e in accuse]
