"""The trained detector of criticism in reported speech (extractors/events/criticism.py, lexicon/criticism.tsv,
data/criticism_model.json): a speaker's words that criticise a named actor without an accusing word are ACCUSE by
the speaker of that actor; on invented sentences. The shipped weights decide the first tests; the others replace
them with weights that take every pair, to test the candidates themselves."""
from __future__ import annotations

import pytest

from dateline.extractors.events import criticism

TAKE_ALL = {"weights": {"bias": 5.0}, "threshold": 0.5}


def said(article):
    """The detector's events: ACCUSE triggered by a reporting verb (source, target, negated, hypothetical)."""
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.negated, e.hypothetical,
             e.confidence) for e in article.events if e.type == "ACCUSE" and e.trigger.text in ("said", "argued")]


def test_the_lexicon_loads_and_documents_its_classes():
    from importlib import resources

    w = criticism.words()
    for cls in ("harm", "blame", "failure", "deceit", "danger"):
        assert w[cls], cls
    head = resources.files("dateline").joinpath("lexicon", "criticism.tsv").read_text(encoding="utf-8")
    documented = {line[1:].split()[0] for line in head.splitlines() if line.startswith("#   ")}
    assert set(w) <= documented, set(w) - documented


def test_the_form_words_load_and_are_documented():
    """lexicon/criticism_form.tsv (pronouns never criticised, modals, intensifiers, unnamed pronouns, group nouns) loads,
    each class documented."""
    from importlib import resources

    f = criticism.form()
    assert {"i", "we", "you", "it"} <= f["nottarget"] and "would" in f["modal"] and "utterly" in f["intense"]
    assert "he:m" in f["unnamed"] and "administration" in f["group"] and not set(f["group"]) & set(f["nottarget"])
    head = resources.files("dateline").joinpath("lexicon", "criticism_form.tsv").read_text(encoding="utf-8")
    documented = {line[1:].split()[0] for line in head.splitlines() if line.startswith("#   ")}
    assert set(f) == documented


def test_the_weights_load_with_their_provenance_and_threshold():
    m = criticism.model()
    assert m is not None and 0.0 < m["threshold"] < 1.0 and "bias" in m["weights"]
    assert "train_criticism.py" in m["about"]
    assert not any(f.startswith(("name=", "id=")) for f in m["weights"])


def test_a_clearly_critical_statement_accuses_the_actor_it_is_about(run):
    art = run("\n\n\u201cGovernor Pell has been absent from our towns and stood on the wrong side of every fight "
              "that mattered,\u201d Senator Halvorsen said.\n")
    found = said(art)
    assert any("Halvorsen" in s and "Pell" in t and not neg and not hyp for s, t, neg, hyp, _ in found), found
    conf = [c for s, t, *_, c in found if "Pell" in t]
    assert conf and criticism.model()["threshold"] <= conf[0] <= 1.0     # the model's probability


def test_a_reported_clause_of_wrongs_accuses_the_actor(run):
    art = run("\n\nSenator Halvorsen said Governor Pell had left thousands of families without heat and lied about "
              "the cost.\n")
    acc = [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target)) for e in art.events
           if e.type == "ACCUSE" and not e.negated and not e.hypothetical]
    assert any("Halvorsen" in s and "Pell" in t for s, t in acc), acc


@pytest.mark.parametrize("text", [
    "Senator Halvorsen said Governor Pell would tour the new bridge with local officials on Friday.",
    "\u201cGovernor Pell will visit Dunmore on Tuesday,\u201d Senator Halvorsen said.",
    "Senator Halvorsen said Governor Pell was born in Dunmore and studied law in the capital.",
])
def test_a_neutral_report_accuses_no_one(run, text):
    art = run("\n\n" + text + "\n")
    assert not [e for e in art.events if e.type == "ACCUSE"], said(art)


def test_the_speaker_is_never_the_target(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    art = run("\n\nSenator Dana Halvorsen spoke in Dunmore on Monday.\n\n\u201cI have always fought for Dunmore, and "
              "we will keep fighting,\u201d Halvorsen said.\n\nHalvorsen said Halvorsen's record was clear.\n")
    assert said(art)                        # the detector took pairs here: the check below is not empty
    for e in art.events:
        if e.type == "ACCUSE" and e.trigger.text == "said":
            assert not any("Halvorsen" in p.text or p.text.lower() in ("i", "we") for p in e.target), e


def test_one_pair_a_sentence_and_none_beside_an_accusation(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    art = run("\n\nSenator Halvorsen said Governor Pell and Mayor Ruiz would tour the bridge on Friday.\n")
    assert len(said(art)) == 1, said(art)
    art = run("\n\nSenator Halvorsen condemned Governor Pell and said Mayor Ruiz would tour the bridge.\n")
    acc = [e for e in art.events if e.type == "ACCUSE"]
    assert acc and all(e.trigger.text != "said" for e in acc), acc


def test_the_mood_is_the_reporting_verbs(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    art = run("\n\nSenator Halvorsen did not say that Governor Pell would tour the bridge on Friday.\n")
    found = [x for x in art.events if x.type == "ACCUSE" and x.trigger.text == "say"]
    assert found and all(e.negated for e in found), found


def test_without_weights_nothing_is_added(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: None)
    art = run("\n\n\u201cGovernor Pell has been absent from our towns and stood on the wrong side of every fight "
              "that mattered,\u201d Senator Halvorsen said.\n")
    assert not said(art)


def _accused(art):
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text)
            for e in art.events if e.type == "ACCUSE"]


@pytest.mark.parametrize("text, speaker, target, trigger", [
    ("Senator Halvorsen and her allies have made the case that Governor Pell is too close to the mill owners.",
     "Halvorsen", "Pell", "case"),
    ("Senator Halvorsen's argument that Governor Pell ignored the flood was heard again on Tuesday.",
     "Halvorsen", "Pell", "argument"),
    ("The Halvorsen campaign released an ad saying Governor Pell had cut the school budget.",
     "campaign", "Pell", "ad"),
    ("Senator Halvorsen called Governor Pell a coward on Tuesday.", "Halvorsen", "Pell", "called"),
])
def test_claim_nouns_and_naming_verbs_have_speakers(run, monkeypatch, text, speaker, target, trigger):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    found = _accused(run("\n\n" + text + "\n"))
    assert any(speaker in s and target in t and tr == trigger for s, t, tr in found), found


def test_a_call_with_no_name_given_is_no_candidate(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    found = _accused(run("\n\nSenator Halvorsen called Governor Pell on Tuesday about the bridge.\n"))
    assert not [x for x in found if x[2] == "called"], found


def test_a_headline_speaker_before_a_colon(run, monkeypatch):
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    found = _accused(run("Halvorsen: Pell Has Failed The Miners Again\n\nSenator Dana Halvorsen spoke in Dunmore "
                         "on Monday about Governor Tom Pell.\n"))
    assert any("Halvorsen" in s and "Pell" in t for s, t, _ in found), found


@pytest.mark.parametrize("text, trigger", [
    ("Senator Halvorsen went further on Tuesday, arguing that Governor Pell had ruined the mill towns.", "arguing"),
    ("Senator Halvorsen spoke first and added that Governor Pell had ruined the mill towns.", "added"),
    ("The loudest voice was Senator Halvorsen, who claimed Governor Pell had ruined the mill towns.", "claimed"),
])
def test_a_reporting_verb_with_a_borrowed_subject_has_a_speaker(run, monkeypatch, text, trigger):
    """`..., arguing that`, `and added that`: the subject of the verb it hangs from; `X, who claimed`: X."""
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    found = _accused(run("\n\n" + text + "\n"))
    assert any("Halvorsen" in s and "Pell" in t and tr == trigger for s, t, tr in found), found


def test_a_borrowed_speaker_is_a_feature(nlp):
    doc = nlp("Senator Halvorsen went further, arguing that Governor Pell had ruined the towns.")
    sent = next(iter(doc.sents))
    said = criticism.speakers(sent, lambda t: (None, None), lambda t: False, lambda a, b: None)
    arguing = [s for s in said if s.verb is not None and s.verb.lower_ == "arguing"]
    assert arguing and arguing[0].borrowed and arguing[0].speaker.text == "Halvorsen", said
    pell = next(t for t in sent if t.text == "Pell")
    feats = criticism.features(arguing[0], pell, sent)
    assert "borrowed" in feats and any(f.startswith("sp=") for f in feats), feats


def test_a_sentence_naming_no_actor_is_not_read(run, monkeypatch):
    """The cheap pre-test: a sentence naming no actor (no named speaker or target) is skipped
    before its speakers are looked for."""
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    read = []
    real = criticism.candidates
    monkeypatch.setattr(criticism, "candidates", lambda sent, *a, **k: read.append(sent.text) or real(sent, *a, **k))
    run("\n\nThe weather was cold and the roads were closed for hours on Monday.\n\n"
        "Senator Halvorsen said Governor Pell had ruined the mill towns.\n")
    assert not any("weather" in x for x in read) and any("Halvorsen" in x for x in read), read


@pytest.mark.parametrize("text, target", [
    ("Senator Dana Halvorsen met Governor Tom Pell on Monday.\n\n\u201cHe has left the mill towns to rot,\u201d "
     "Halvorsen said on Tuesday.", "He"),
    ("Senator Dana Halvorsen spoke in Dunmore on Monday.\n\nHalvorsen said the administration had left the mill "
     "towns to rot.", "the administration"),
])
def test_an_unnamed_pronoun_or_a_group_noun_is_a_target(run, monkeypatch, text, target):
    """A third-person pronoun no actor covers, and a common noun of a group or body (`the administration`), are
    candidate targets: the guide's target is the mention itself."""
    monkeypatch.setattr(criticism, "model", lambda: TAKE_ALL)
    found = _accused(run("\n\n" + text + "\n"))
    assert any("Halvorsen" in s and t == target and tr == "said" for s, t, tr in found), found


def test_how_a_target_was_found_is_a_feature(nlp):
    from dateline.records import Actor

    """`res=` says how the target was found (an actor, an unnamed pronoun, a group noun), `near=` whether another
    actor is named before an unnamed pronoun, `dist=` how far the target is from the speaker."""
    doc = nlp("Governor Pell spoke on Monday. Senator Halvorsen said he had failed and the administration lied.")
    sent = list(doc.sents)[1]
    pell = next(t for t in doc if t.text == "Pell")
    halv = next(t for t in doc if t.text == "Halvorsen")

    def actor_at(a, b):
        return "pell" if pell.idx < b and a < pell.idx + len(pell) else \
            "halv" if halv.idx < b and a < halv.idx + len(halv) else None
    said = [s for s in criticism.speakers(sent, lambda t: (None, None), lambda t: False, actor_at)
            if s.verb is not None and s.verb.lower_ == "said"]
    assert said
    pairs = criticism.candidates(sent, [], lambda t: (None, None), lambda t: False, actor_at,
                                 actor_of={"halv": Actor("halv", "Halvorsen", sector="LEG", role="senator"),
                                           "pell": Actor("pell", "Pell", sector="GOV", role="governor")}.get)
    by = {p.target.text: p.feats for p in pairs}
    assert "res=unnamed" in by["he"] and "near=speaker" in by["he"] and "sp_sec=LEG" in by["he"], by
    assert "res=group" in by["administration"] and any(f.startswith("dist=") for f in by["administration"]), by
    assert [p.actor for p in pairs if p.target.text == "he"] == ["?m"]
    pell = [p for p in pairs if p.target.text == "Pell"]
    assert not pell or "t_sec=GOV" in pell[0].feats


def test_a_pronoun_with_no_one_named_before_has_no_one_near(nlp):
    doc = nlp("The auditors said she had hidden the losses for years.")
    sent = next(iter(doc.sents))
    pairs = criticism.candidates(sent, [], lambda t: (None, None), lambda t: False, lambda a, b: None)
    she = [p for p in pairs if p.target.text == "she"]
    assert she and "near=none" in she[0].feats and not any(f.startswith("sp_sec") for f in she[0].feats)


def test_an_unnamed_pronoun_near_the_speaker_alone_is_the_speakers(nlp):
    """`Halvorsen said he had ...` with no one else named: `near=speaker`; with another person named before the
    pronoun, that person's sector is the target's."""
    from dateline.records import Actor

    doc = nlp("Governor Pell toured the mill. Senator Halvorsen said he had fought for the towns.")
    sent = list(doc.sents)[1]
    spans = {t.text: t for t in doc}

    def actor_at(a, b):
        for name, key in (("Pell", "pell"), ("Halvorsen", "halv")):
            t = spans[name]
            if t.idx < b and a < t.idx + len(t):
                return key
        return None
    who = {"halv": Actor("halv", "Halvorsen", sector="LEG", role="senator"),
           "pell": Actor("pell", "Pell", sector="GOV", role="governor")}.get
    pairs = criticism.candidates(sent, [], lambda t: (None, None), lambda t: False, actor_at, actor_of=who)
    he = [p for p in pairs if p.target.text == "he"]
    assert he and "near=speaker" in he[0].feats, pairs
    doc = nlp("Senator Halvorsen spoke after Governor Pell, and said he had failed the towns.")
    sent = next(iter(doc.sents))
    spans = {t.text: t for t in doc}
    pairs = criticism.candidates(sent, [], lambda t: (None, None), lambda t: False, actor_at, actor_of=who)
    he = [p for p in pairs if p.target.text == "he"]
    assert he and "near=other" in he[0].feats and "t_sec=GOV" in he[0].feats, [p.feats for p in he]


def _event(etype, source, target, negated=False):
    from dateline.records import Event, Extent, Participant, Span

    def part(actor):
        return (Participant(0, 1, actor, actor),) if actor else ()
    return Event(type=etype, mode=None, quad=3, cameo="111", source=part(source), target=part(target),
                 trigger=Span(0, 1, "x"), negated=negated, hypothetical=False, date=None, sentence=Extent(0, 1))


def test_what_the_article_tells_is_read_as_features():
    """`Told`: who accused or backed whom in the rules' events of the article, and how often each actor is named;
    a negated event tells nothing."""
    from dateline.records import Actor, Mention

    def actor(id, n):
        return Actor(id, id, mentions=tuple(Mention(k, k + 1, id) for k in range(n)))
    told = criticism.Told.of([actor("halv", 6), actor("pell", 4), actor("ruiz", 1), actor("ortiz", 2)])
    told.add(_event("ACCUSE", "halv", "pell"))
    told.add(_event("ACCUSE", "ortiz", "pell"))
    told.add(_event("SUPPORT", "halv", "ruiz"))
    told.add(_event("ACCUSE", "ruiz", "halv", negated=True))
    f = set(told.features("halv", "pell"))
    assert {"ctx_pair", "ctx_sp_acc", "ctx_t_acc2", "sp_top", "t_top"} <= f and "ctx_back" not in f, f
    f = set(told.features("pell", "halv"))
    assert "ctx_back" in f and "ctx_pair" not in f and "ctx_t_acc" not in f and "ctx_t_acc2" not in f, f
    f = set(told.features("halv", "ruiz"))
    assert "ctx_sup" in f and not f & {"ctx_pair", "ctx_t_acc", "ctx_t_acc2", "t_top"}, f
    assert set(told.features("ortiz", "?m")) == {"ctx_sp_acc"}     # an unnamed target: the speaker's side only


def test_a_speakers_criticism_later_in_the_article_is_context_for_earlier_words(run, monkeypatch):
    """The detector reads the whole article's rules: a speaker who condemns an actor in a later sentence makes
    an earlier pair of the same two `ctx_pair` (weights here that fire on it alone)."""
    monkeypatch.setattr(criticism, "model", lambda: {"weights": {"bias": -5.0, "ctx_pair": 10.0}, "threshold": 0.5})
    first = "\n\nSenator Dana Halvorsen said Governor Tom Pell would tour the Dunmore mill on Friday.\n\n"
    art = run(first + "On Monday, Halvorsen condemned Pell over the flood relief.\n")
    assert ("Senator Dana Halvorsen", "Governor Tom Pell", "said") in _accused(art), _accused(art)
    art = run(first + "On Monday, Halvorsen visited the flooded towns with Mayor Ruiz.\n")
    assert not any(tr == "said" for _, _, tr in _accused(art)), _accused(art)


def test_criticism_in_the_sentence_before_or_after_is_a_feature():
    """`ctx_near_sp`, `ctx_near_t`: the speaker accused someone, or the target was accused, in a sentence next to
    the pair's (criticism that goes on over a quote's sentences); not two sentences away."""
    told = criticism.Told.of([])
    told.order = {0: 0, 100: 1, 200: 2, 300: 3}
    told.add(_event("ACCUSE", "halv", "pell"), 1)
    assert "ctx_near_sp" in told.features("halv", "ruiz", 0)
    assert "ctx_near_t" in told.features("ortiz", "pell", 200)
    assert not {"ctx_near_sp", "ctx_near_t"} & set(told.features("halv", "pell", 300))
    assert not {"ctx_near_sp", "ctx_near_t"} & set(told.features("halv", "pell", 100))   # its own sentence


def _detectors(**by_type):
    """`weights` for the detectors named (ACCUSE=..., SUPPORT=...), None for the others."""
    return lambda d: by_type.get(d.etype)


def _by_said(art, etype):
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.cameo, e.quad, e.confidence)
            for e in art.events if e.type == etype and e.trigger.text == "said"]


def test_each_detector_has_its_type_weights_file_and_closing_types():
    """ACCUSE (criticism_model.json), SUPPORT and REJECT share the pairs; each has its own weights file, CAMEO code
    and the chosen types that leave a sentence to the rules; without a file a detector adds nothing."""
    d = criticism.BY_TYPE
    assert d["ACCUSE"].model_file == criticism.MODEL_FILE and d["ACCUSE"].closed_by == {"ACCUSE"}
    assert (d["SUPPORT"].cameo, d["SUPPORT"].quad) == ("051", 1) and "SUPPORT" in d["SUPPORT"].closed_by
    assert len({x.model_file for x in criticism.DETECTORS}) == len(criticism.DETECTORS)
    assert criticism.weights(d["ACCUSE"]) is criticism.model()


def test_a_praise_detector_makes_support_of_the_actor_with_its_probability(run, monkeypatch):
    monkeypatch.setattr(criticism, "weights", _detectors(SUPPORT={"weights": {"bias": 2.0}, "threshold": 0.5}))
    art = run("\n\n\u201cGovernor Pell has stood with the miners through every winter,\u201d Senator Halvorsen said.\n")
    found = _by_said(art, "SUPPORT")
    assert any("Halvorsen" in s and "Pell" in t and cameo == "051" and quad == 1 and abs(conf - 0.881) < 0.01
               for s, t, cameo, quad, conf in found), found
    assert not _by_said(art, "ACCUSE")     # no criticism weights: no criticism


def test_one_event_a_pair_the_likelier_detector_takes_it(run, monkeypatch):
    monkeypatch.setattr(criticism, "weights", _detectors(ACCUSE={"weights": {"bias": 1.0}, "threshold": 0.5},
                                                         SUPPORT={"weights": {"bias": 3.0}, "threshold": 0.5}))
    art = run("\n\nSenator Halvorsen said Governor Pell would tour the bridge on Friday.\n")
    assert _by_said(art, "SUPPORT") and not _by_said(art, "ACCUSE"), art.events


def test_a_chosen_event_closes_a_sentence_to_its_own_detector_only(run, monkeypatch):
    """A sentence whose rules chose a SUPPORT gets none from the praise detector, but the criticism detector still
    reads its pairs (and the reverse for a chosen ACCUSE)."""
    monkeypatch.setattr(criticism, "weights", _detectors(ACCUSE=TAKE_ALL, SUPPORT=TAKE_ALL))
    art = run("\n\nSenator Halvorsen praised Governor Pell and said Mayor Ruiz would tour the bridge.\n")
    assert any(e.type == "SUPPORT" and e.trigger.text == "praised" for e in art.events), art.events
    assert not _by_said(art, "SUPPORT") and _by_said(art, "ACCUSE"), art.events
    art = run("\n\nSenator Halvorsen condemned Governor Pell and said Mayor Ruiz would tour the bridge.\n")
    assert not _by_said(art, "ACCUSE") and _by_said(art, "SUPPORT"), art.events


def test_the_type_models_view_of_the_words_is_read_for_each_type(nlp, monkeypatch):
    """`said_acc>`, `said_sup>`, `said_rej>`: bins of the type model's probability of each detector's type."""
    from dateline.extractors.events import model as types

    monkeypatch.setattr(types, "scores", lambda feats, m: {"ACCUSE": 0.25, "SUPPORT": 0.6, "CONSULT": 0.9})
    doc = nlp("Senator Halvorsen said Governor Pell had done a wonderful job.")
    assert criticism._type_bins("said", doc[:]) == ["said_acc>0.05", "said_acc>0.1", "said_acc>0.2",
                                                   "said_sup>0.05", "said_sup>0.1", "said_sup>0.2", "said_sup>0.3",
                                                   "said_sup>0.5"]
