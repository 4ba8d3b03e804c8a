"""Event confidence (extractors/events/confidence.py): its features, the loader without weights, the default floor."""
from __future__ import annotations

import math

import pytest

STORY = ("Rebels seize border town\n\n"
         "KAVALA (Wire) - Rebels seized the border town of Amrel on Monday, and government forces shelled their "
         "positions overnight, the army said.\n\n"
         "The foreign minister said the government would send aid to the town, which rebels attacked last year.\n\n"
         "Will the talks resume?\n")


@pytest.fixture(scope="module")
def story(run):
    return run(STORY, published="2026-03-02")


def _feats(ev) -> dict:
    return dict(ev.features)


def test_every_feature_is_finite_and_in_0_1(story):
    assert story.events
    for ev in story.events:
        for name, value in _feats(ev).items():
            assert math.isfinite(value) and 0.0 <= value <= 1.0, (name, value)
        assert ev.confidence is None or 0.0 <= ev.confidence <= 1.0
    # the article's context (`confidence.in_article`): the story has events in several sentences
    assert any("ctx_position" in _feats(ev) for ev in story.events)


def test_the_setting_of_an_event(story):
    by_trigger = {ev.trigger.text: _feats(ev) for ev in story.events}
    shelled = by_trigger["shelled"]
    assert shelled["said"] == 1.0 and shelled["crowded"] > 0 and "alone" not in shelled
    send = next(f for t, f in by_trigger.items() if t.startswith("send"))
    assert send["said"] == 1.0 and send["intent"] == 1.0 and send["clause=ccomp"] == 1.0
    attacked = by_trigger.get("attacked")
    if attacked is not None:
        assert attacked["clause=relcl"] == 1.0
    headline = [f for ev, f in ((ev, _feats(ev)) for ev in story.events) if ev.sentence.start == 0]
    assert all(f["headline"] == 1.0 for f in headline)


def test_without_the_weights_file_no_confidence_and_no_floor(monkeypatch, run):
    from dateline import artefacts
    from dateline.extractors.events import confidence

    monkeypatch.setattr(artefacts, "read_json", lambda name: None)
    monkeypatch.setattr(confidence, "read_json", lambda name: None)
    confidence.fitted.cache_clear()
    artefacts._confidence_file.cache_clear()
    try:
        assert confidence.weights() is None and artefacts.confidence_floor() is None
        assert confidence.score({"bias": 1.0}) is None
        from dateline.pipeline import process
        from dateline.records import RawArticle
        (art,) = process([RawArticle(id="x", text=STORY, origin="x")])
        assert art.events and all(e.confidence is None for e in art.events)
    finally:
        confidence.fitted.cache_clear()
        artefacts._confidence_file.cache_clear()


def test_the_pipeline_applies_the_floor_by_default(nlp, monkeypatch):
    from dateline import artefacts
    from dateline.pipeline import process
    from dateline.records import RawArticle

    raw = RawArticle(id="x", text=STORY, origin="x", published="2026-03-02")
    (every,) = process([raw], min_confidence=0)
    scores = sorted(e.confidence for e in every.events)
    floor = scores[len(scores) // 2]
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: floor)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    (default,) = process([raw])
    assert default.events == tuple(e for e in every.events if e.confidence >= floor)
    assert 0 < len(default.events) < len(every.events)
    assert default.quotes == every.quotes and default.actors == every.actors


def test_a_types_own_floor_applies_and_a_given_floor_is_one_for_all(nlp, monkeypatch):
    from dateline import artefacts
    from dateline.pipeline import process
    from dateline.records import RawArticle

    raw = RawArticle(id="x", text=STORY, origin="x", published="2026-03-02")
    (every,) = process([raw], min_confidence=0)
    typed = every.events[0].type
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: 0.0)
    monkeypatch.setattr(artefacts, "type_floors", lambda: {typed: 1.01})      # above any confidence
    assert artefacts.default_floor() == artefacts.Floors(0.0, ((typed, 1.01),))
    (default,) = process([raw])
    assert default.events == tuple(e for e in every.events if e.type != typed)
    (given,) = process([raw], min_confidence=0)          # a floor given: the same for every type
    assert given.events == every.events


def test_without_floors_by_type_the_common_floor(monkeypatch):
    from dateline import artefacts

    monkeypatch.setattr(artefacts, "read_json", lambda name: {"floor": 0.4, "weights": {}})
    artefacts._confidence_file.cache_clear()
    try:
        assert artefacts.type_floors() == {} and artefacts.default_floor() == 0.4
        assert artefacts.floor_or_default(None) == 0.4 and artefacts.floor_or_default(0.2) == 0.2
        monkeypatch.setattr(artefacts, "read_json", lambda name: {"floor": 0.4, "floors": {"ASSAULT": 0.5}})
        artefacts._confidence_file.cache_clear()
        floor = artefacts.default_floor()
        assert floor.at("ASSAULT") == 0.5 and floor.at("ACCUSE") == 0.4 and float(floor) == 0.4
        assert artefacts.floor_at(floor, "ASSAULT") == 0.5 and artefacts.floor_at(0.3, "ASSAULT") == 0.3
    finally:
        artefacts._confidence_file.cache_clear()


def test_the_library_entry_point_takes_a_floor(nlp, monkeypatch):
    """`dateline.extract(texts, min_confidence=0)` keeps every event, as `dateline extract --min-confidence 0` does;
    by default it leaves out the events under the default floor."""
    from dateline import artefacts, extract
    from dateline.pipeline import process
    from dateline.records import RawArticle

    (every,) = process([RawArticle(id="0", text=STORY, origin="text 0")], min_confidence=0)
    scores = sorted(e.confidence for e in every.events)
    floor = scores[len(scores) // 2]
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: floor)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    (default,) = extract([STORY])
    (kept,) = extract([STORY], min_confidence=0)
    assert len(default.events) < len(kept.events) == len(every.events)
    (high,) = extract([STORY], min_confidence=1.0)
    assert all(e.confidence is None or e.confidence >= 1.0 for e in high.events)



def test_an_event_in_a_question_and_the_length_of_its_sentence(nlp):
    """`question` is set for an event whose own sentence holds a question mark (not the one before), and
    `sentence_long` grows with the sentence's length in words."""
    from types import SimpleNamespace

    from dateline.extractors.events.confidence import Where, _setting

    doc = nlp("Aberwick police arrested two rebels on Monday.\n\n"
              "Did the army shell the rebel positions near the border town of Amrel overnight?\n")
    c, ev = SimpleNamespace(intent=False, prob=0.5), SimpleNamespace(type="ASSAULT")
    arrested = _setting(c, ev, next(t for t in doc if t.text == "arrested"), Where())
    shell = _setting(c, ev, next(t for t in doc if t.text == "shell"), Where())
    assert "question" not in arrested and shell["question"] == 1.0
    assert 0 < arrested["sentence_long"] < shell["sentence_long"] < 1.0
KINDS = ("Strike on depot: what we know\n\n"
         "They attacked a depot near Amrel on Monday.\n\n"
         "\"We condemn the raid,\" Foreign Minister Ana Ruiz said.\n\n"
         "Gunmen attacked the officials' convoy.\n")


def test_participant_kinds_and_the_sentence_cues(nlp):
    """A pronoun source that names no actor, a named target, a common-noun target; the quote marks and the colon
    of a headline-styled line."""
    from dateline.pipeline import process
    from dateline.records import RawArticle

    (art,) = process([RawArticle(id="k", text=KINDS, origin="k")], min_confidence=0)
    events = [(ev, _feats(ev)) for ev in art.events]
    they = next(f for ev, f in events if ev.trigger.text == "attacked" and "depot" in ev.target[0].text)
    assert they["source_is_pronoun"] == 1.0 and "source_named" not in they and they["target_named"] == 1.0
    condemn = next(f for ev, f in events if ev.trigger.text == "condemn")
    assert condemn["quote_marks"] == 1.0 and condemn["speaker_source"] == 1.0 and condemn["target_is_noun"] == 1.0
    for ev, f in events:
        for name, value in f.items():
            assert math.isfinite(value) and 0.0 <= value <= 1.0, (name, value)
        if ev.sentence.start == 0:
            assert f["colon_lead"] == 1.0


def test_expand_adds_the_learned_shares_in_0_1():
    from dateline.extractors.events import confidence

    feats = {"bias": 1.0, "type=ASSAULT": 1.0, "key=attack": 1.0, "clause=main": 1.0, "dep=ROOT": 1.0}
    assert confidence.group_values(feats) == {"key": "attack", "key_type": "attack|ASSAULT",
                                              "type_clause": "ASSAULT|main", "type_dep": "ASSAULT|ROOT"}
    enc = confidence.encodings([(feats, 1, 1.0), (feats, 1, 1.0), ({"bias": 1.0, "key=raid": 1.0}, 0, 2.0)])
    assert enc["prior"] == 0.5 and enc["key"]["attack"] == pytest.approx((2 + 10 * 0.5) / 12, abs=1e-4)
    out = confidence.expand(feats, enc)
    assert all(0.0 <= v <= 1.0 for v in out.values())
    assert out["rate:key"] == enc["key"]["attack"]
    assert confidence.expand({"bias": 1.0, "type=REJECT": 1.0, "key=veto": 1.0}, enc)["rate:key"] == 0.5   # unseen: prior
    assert confidence.expand(feats) == feats                                                             # no encodings


@pytest.mark.parametrize("found, expected", [
    # an older file: weights for the event's own features only, no `encodings`
    ({"floor": 0.25, "weights": {"bias": 0.5, "key=attack": 1.0}}, 1 / (1 + math.exp(-1.5))),
    # a file with encodings: the learned share of the trigger word is scored too
    ({"floor": 0.25, "weights": {"bias": 0.5, "key=attack": 1.0, "rate:key": 2.0},
      "encodings": {"prior": 0.5, "key": {"attack": 0.9}}}, 1 / (1 + math.exp(-(1.5 + 1.8)))),
])
def test_older_and_newer_weights_files_score(monkeypatch, found, expected):
    from dateline.extractors.events import confidence

    monkeypatch.setattr(confidence, "read_json", lambda name: found)
    confidence.fitted.cache_clear()
    try:
        assert confidence.score({"bias": 1.0, "key=attack": 1.0, "type=ASSAULT": 1.0}) == round(expected, 3)
    finally:
        confidence.fitted.cache_clear()


def _ev(etype, start, source=(), target=(), features=(), confidence=0.5):
    from dateline.records import Event, Extent, Participant, Span

    def side(names):
        return tuple(Participant(0, len(n), n, actor) for n, actor in names)
    return Event(type=etype, mode=None, quad=4, cameo=None, source=side(source), target=side(target),
                 trigger=Span(start, start + 1, "x"), negated=False, hypothetical=False, date=None,
                 sentence=Extent(start, start + 10), confidence=confidence, features=tuple(features))


def test_the_article_context_of_events():
    """Events whose source and target come back in another sentence get `ctx_pair`; an event with the same type
    and a shared participant elsewhere `ctx_type_again`; the counts of shared sources and targets, the position of
    the sentence and the share of quoted text are in [0, 1]; an event alone in its article has none of them."""
    from types import SimpleNamespace

    from dateline.extractors.events import confidence

    army, town, rebels = ("the army", "A1"), ("Amrel", "A2"), ("rebels", None)
    events = [_ev("ASSAULT", 0, [army], [town]), _ev("ASSAULT", 20, [army], [town]), _ev("COERCE", 20, [army]),
              _ev("PROTEST", 40, [rebels])]
    ctx = confidence.context(events, [SimpleNamespace(start=0, end=25)], 100)
    assert ctx[0]["ctx_pair"] == 1.0 and ctx[1]["ctx_pair"] == 1.0 and "ctx_pair" not in ctx[2]
    assert ctx[0]["ctx_type_again"] == 1.0 and "ctx_type_again" not in ctx[2]
    assert ctx[0]["ctx_source"] == 2 / confidence.REPEATS and "ctx_source" not in ctx[3]
    assert "ctx_position" not in ctx[0] and ctx[1]["ctx_position"] == 0.5 and ctx[3]["ctx_position"] == 1.0
    assert all(f["ctx_quoted"] == 0.25 for f in ctx)
    assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for f in ctx for v in f.values())
    assert confidence.context([_ev("ASSAULT", 0, [army], [town])]) == [{}]


def test_in_article_rescores_but_keeps_a_given_confidence(monkeypatch):
    """The context is added to each event's features and the event scored again; an event whose confidence the
    criticism detector gave (`given`) keeps it; weights without the context features score as before."""
    from dateline.extractors.events import confidence

    found = {"weights": {"bias": 0.5, "ctx_pair": 2.0}}
    monkeypatch.setattr(confidence, "read_json", lambda name: found)
    confidence.fitted.cache_clear()
    try:
        army, town = ("the army", "A1"), ("Amrel", "A2")
        events = [_ev("ASSAULT", 0, [army], [town], [("bias", 1.0)]),
                  _ev("ACCUSE", 20, [army], [town], [("bias", 1.0), ("given", 0.42)], confidence=0.42)]
        out = confidence.in_article(events)
        assert out[0].confidence == round(1 / (1 + math.exp(-2.5)), 3) and dict(out[0].features)["ctx_pair"] == 1.0
        assert out[1].confidence == 0.42 and dict(out[1].features)["ctx_pair"] == 1.0
        found["weights"] = {"bias": 0.5}          # an older file: no weight for the context, the same score
        confidence.fitted.cache_clear()
        assert confidence.in_article(events)[0].confidence == round(1 / (1 + math.exp(-0.5)), 3)
    finally:
        confidence.fitted.cache_clear()


def test_an_unresolved_pronoun_is_nobody_in_the_article_context():
    """`he` with no actor in two sentences may be two people: no shared source, pair or type again; an empty
    participant text neither (review rev12a: `_key` matched them as one participant)."""
    from dateline.extractors.events import confidence

    he, town, blank = ("he", None), ("Amrel", "A2"), ("", None)
    ctx = confidence.context([_ev("ASSAULT", 0, [he], [town]), _ev("ASSAULT", 20, [he], [town]),
                              _ev("PROTEST", 40, [blank]), _ev("PROTEST", 60, [blank])])
    assert all("ctx_source" not in f and "ctx_pair" not in f for f in ctx)
    assert ctx[0]["ctx_target"] == 1 / confidence.REPEATS and ctx[0]["ctx_type_again"] == 1.0   # the town is one


def test_the_trigger_code_and_only_the_groups_the_encodings_hold(story):
    """Each event has the one-hot of its CAMEO code (`cameo=`, a coarser group of trigger words than `key=`), and
    `expand` adds the learned shares of the groups the weights file's encodings were fitted for, no others."""
    from dateline.extractors.events import confidence

    coded = [ev for ev in story.events if ev.cameo]
    assert coded                          # (else the check below holds of nothing)
    for ev in coded:
        assert _feats(ev)[f"cameo={ev.cameo}"] == 1.0
    feats = {"bias": 1.0, "type=ASSAULT": 1.0, "key=attack": 1.0, "cameo=190": 1.0, "clause=main": 1.0}
    enc = confidence.encodings([(feats, 1, 1.0), ({"bias": 1.0, "cameo=111": 1.0}, 0, 1.0)],
                               groups=("cameo", "type_clause"))
    assert set(enc) == {"prior", "cameo", "type_clause"} and enc["cameo"]["190"] > enc["prior"] > enc["cameo"]["111"]
    assert sorted(k for k in confidence.expand(feats, enc) if k.startswith("rate:")) == ["rate:cameo",
                                                                                           "rate:type_clause"]


def test_the_page_features_of_a_page_of_no_politics_and_of_a_wire_story():
    """A page whose actors are a company and a singer, with few sentences with an event, gets the doubtful `page_`
    features (no political actor, no country, sparse) and no dateline ones; a wire story with a dateline and agency,
    ministers of three countries and events in every sentence gets only `page_dense`, `page_dateline` and
    `page_agency`; `own_unpolitical` marks an event whose participants resolve only to actors of no political sector;
    a lone sentence (no page) gets none of them."""
    from dateline.extractors.events import confidence
    from dateline.records import Actor

    shop, singer = Actor("A1", "Brightwave", sector="BUS"), Actor("A2", "Lila Marr", sector="CVL")
    gig = [_ev("COOPERATE", 0, [("Brightwave", "A1")], [("Lila Marr", "A2")])]
    soft = confidence.page_features(gig, confidence.Page(sentences=10, actors=(shop, singer)))[0]
    assert soft["page_apolitical"] == 1.0 and soft["page_few_political"] == 1.0 and soft["page_no_country"] == 1.0
    assert soft["page_sparse"] == round((0.9 - confidence.MIDDLE) / (1 - confidence.MIDDLE), 4)
    assert soft["own_unpolitical"] == 1.0 and not {"page_dense", "page_dateline", "page_agency"} & set(soft)
    assert all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in soft.values())
    assert confidence.page_features(gig, confidence.Page(sentences=1, actors=(shop, singer))) == [{}]
    ministers = tuple(Actor(f"M{k}", f"minister {k}", country=c, sector="GOV")
                      for k, c in enumerate(("AAA", "BBB", "CCC", "AAA", "BBB")))
    talks = [_ev("CONSULT", 10 * k, [(f"minister {k}", f"M{k}")], [("minister 1", "M1")]) for k in range(4)]
    wire = confidence.page_features(talks, confidence.Page(sentences=4, actors=ministers, dateline=True, agency=True))
    assert wire == [{"page_dense": 1.0, "page_dateline": 1.0, "page_agency": 1.0}] * 4


def test_the_pipeline_gives_the_page_features(story):
    """The story has a dateline with an agency and the army and rebels: `page_dateline` and `page_agency`, no
    `page_apolitical`; the share of its sentences with an event gives `page_sparse` or `page_dense` in [0, 1]."""
    feats = [_feats(ev) for ev in story.events]
    assert feats and all(f["page_dateline"] == 1.0 and f["page_agency"] == 1.0 for f in feats)
    assert not any("page_apolitical" in f for f in feats)
    assert all(0.0 <= f.get("page_sparse", 0.0) <= 1.0 and 0.0 <= f.get("page_dense", 0.0) <= 1.0 for f in feats)


def test_the_topic_of_a_page_and_its_actors_roles():
    """A page whose topic words are mostly of sport gets `topic=sport`, `page_soft` and the soft share crossed with
    the event's type; a page of government and war words gets none of them; the source mentioned once, the page's
    most mentioned actor, a source that speaks a quote and two sides with no political actor are marked; a page with
    too few topic words tells no topic."""
    from dateline.extractors.events import confidence
    from dateline.records import Actor, Mention

    words = confidence.page_topics("The striker scored in the derby and the coach praised the team; the league "
                                   "season ends with the cup final; fans filled the stadium as players celebrated.")
    assert dict(words).get("sport", 0) >= 8
    club = Actor("C1", "Rovers", sector="BUS", mentions=(Mention(0, 6, "Rovers"),))
    coach = Actor("C2", "Dana Holt", sector="CVL", mentions=tuple(Mention(k, k + 4, "Holt") for k in range(4)))
    clash = [_ev("ASSAULT", 0, [("Rovers", "C1")], [("Dana Holt", "C2")])]
    sport = confidence.page_features(clash, confidence.Page(sentences=8, actors=(club, coach), topics=words,
                                                            speakers=frozenset({"C1"})))[0]
    assert sport["topic=sport"] == 1.0 and sport["page_soft"] == 1.0 and sport["soft_type=ASSAULT"] == 1.0
    assert sport["source_once"] == sport["main_actor"] == sport["source_speaks"] == sport["dyad_unpolitical"] == 1.0
    war = confidence.page_topics("The army and rebels fought; troops shelled militants as the government and the "
                                 "minister urged talks; the ceasefire collapsed and missiles struck the border.")
    army = Actor("M1", "the army", sector="MIL", mentions=(Mention(0, 4, "army"), Mention(9, 13, "army")))
    hard = confidence.page_features([_ev("ASSAULT", 0, [("the army", "M1")], [("rebels", None)])],
                                    confidence.Page(sentences=8, actors=(army,), topics=war))[0]
    assert not {k for k in hard if k.startswith(("topic=", "page_soft", "soft_type=", "source_", "main_", "dyad_"))}
    few = confidence.page_features(clash, confidence.Page(sentences=8, actors=(club, coach), topics=(("sport", 3),)))
    assert not {k for k in few[0] if k.startswith(("topic=", "page_soft", "soft_type="))}


def test_the_topic_words_load():
    """lexicon/topic_words.tsv: each word in one topic, the soft topics among them."""
    from dateline.extractors.events import confidence
    from dateline.lexicon import classes

    topics = classes("topic_words.tsv")
    assert set(confidence.SOFT) < set(topics)
    listed = [w for ws in topics.values() for w in ws]
    assert len(listed) == len(set(listed)) == len(confidence.topic_words())


SPORT = ("Rovers beat City in the cup final\n\n"
         "Rovers striker Tom Vale scored twice as Rovers beat City 3-1 in the cup final on Saturday, and the coach "
         "praised the team after the match.\n\n"
         "City's goalkeeper was injured in the second half of the match, and the referee sent off a defender.\n\n"
         "\"We played a great season,\" said Vale, whose goal sealed the league title for the club and its fans.\n\n"
         "The players will tour the stadium with the trophy on Sunday.\n")


def test_the_pipeline_gives_the_topic_of_a_page_of_sport(run):
    """A page of sport words: its events carry `page_soft` and `soft_type=` of their type, and `topic=sport`."""
    art = run(SPORT, published="2026-03-02")
    feats = [_feats(ev) for ev in art.events]
    assert feats and all(f.get("topic=sport") == 1.0 and f.get("page_soft", 0) > 0.5 for f in feats)
    assert all(f[f"soft_type={ev.type}"] == f["page_soft"] for f, ev in zip(feats, art.events))


def test_a_strike_on_a_hospital_is_no_page_of_science():
    """The words of a war's casualty report (the hospital the wounded are taken to, its doctors and medical staff,
    the health ministry that counts the dead, their treatment) are no health-page topic words: an air strike on a
    hospital is a page of war, with no `page_soft` nor `soft_type=` to push its ASSAULT under the floor (rev28b)."""
    from dateline.extractors.events import confidence
    from dateline.records import Actor

    hospital = ("Jets struck the main hospital of the town on Monday, killing nine patients and a nurse, the health "
                "ministry said. Doctors at the hospital said the strike hit the ward where medical staff were giving "
                "treatment to fighters and civilians wounded in the shelling. The army said militants used the "
                "hospital; the rebels accused the army of an attack on doctors and called for a ceasefire.")
    words = dict(confidence.page_topics(hospital))
    assert words.get("science", 0) <= 1 < words["conflict"]
    army = Actor("M1", "the army", sector="MIL", mentions=())
    f = confidence.page_features([_ev("ASSAULT", 0, [("Jets", "M1")], [("the main hospital", None)])],
                                 confidence.Page(sentences=8, actors=(army,), topics=tuple(sorted(words.items()))))[0]
    assert not {k for k in f if k.startswith(("page_soft", "soft_type=", "topic="))}


def test_a_governments_act_on_a_soft_page_gets_no_topic_features():
    """On a page of markets and shares, a government's ban is still a political act: an event whose source is a
    political actor gets no `page_soft`, `soft_type=` nor `topic=`; a company's act on the same page keeps them
    (rev28b)."""
    from dateline.extractors.events import confidence
    from dateline.records import Actor

    words = confidence.page_topics("Shares of the company fell as investors sold stock; the market index slid and the "
                                   "firm's revenue, profit and sales forecast were cut by analysts; its customers "
                                   "and retail stores face higher prices, the bank said.")
    gov = Actor("G1", "the government", sector="GOV", mentions=())
    firm = Actor("B1", "Corvex", sector="BUS", mentions=())
    page = confidence.Page(sentences=8, actors=(gov, firm), topics=words)
    ban, cut = confidence.page_features([_ev("SANCTION", 0, [("the government", "G1")], [("Corvex", "B1")]),
                                         _ev("SANCTION", 0, [("Corvex", "B1")], [("its suppliers", None)])], page)
    assert not {k for k in ban if k.startswith(("page_soft", "soft_type=", "topic="))}
    assert cut["page_soft"] > 0.5 and cut["soft_type=SANCTION"] == cut["page_soft"] and cut["topic=business"] == 1.0
