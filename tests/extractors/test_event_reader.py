"""The sentence reader (extractors/events/reader.py, lexicon/reader_words.tsv, data/reader_model.json): criticism read
off a whole sentence that no rule and no pair of the criticism detector finds. On invented sentences; the first tests
read the features and the sentences open to the reader, the others put small hand-written weights in place of the
shipped ones to test the events the reader makes (trigger, participants, confidence, the need of an actor)."""
from __future__ import annotations

from dateline.extractors.events import reader

# a model that reads `pamphlet` (and nothing else) as criticism: a word no rule reads as an event
PAMPHLET = {"weights": {"bias": -3.0, "w=pamphlet": 6.0}, "threshold": 0.5}


def readers(article):
    """The reader's events: ACCUSE with the reader's evidence word as trigger (source texts, target texts, trigger,
    confidence)."""
    return [([p.text for p in e.source], [p.text for p in e.target], e.trigger.text, e.confidence)
            for e in article.events if e.type == "ACCUSE" and e.trigger.text == "pamphlet"]


def test_the_words_load_and_are_documented():
    from importlib import resources

    from dateline.lexicon import classes

    w = classes("reader_words.tsv")
    assert {"we", "our"} <= set(w["first"]) and {"not", "never"} <= set(w["neg"])
    head = resources.files("dateline").joinpath("lexicon", "reader_words.tsv").read_text(encoding="utf-8")
    documented = {line[1:].split()[0] for line in head.splitlines() if line.startswith("#   ")}
    assert set(w) == documented


def test_the_shipped_weights_have_provenance_a_threshold_and_no_names():
    m = reader.model()
    if m is None:                         # (no weights shipped: the reader adds nothing; the tests below still run)
        return
    assert 0.0 < m["threshold"] < 1.0 and "bias" in m["weights"] and "train_reader.py" in m["about"]
    # proper names are no words of the model (they would tie it to the people of its training articles)
    assert not any(f.startswith(("name=", "id=")) for f in m["weights"])


def test_features_of_a_sentence(nlp):
    doc = nlp("\u201cOur rival\u2019s plan is not a plan, it is a disgrace,\u201d Senator Pike said on Monday.")
    sents = list(doc.sents)
    art = reader.article(sents, [], 0.35, [(0, doc.text.index("\u201d") + 1, True)])   # (the quote, its speaker known)
    feats, own = reader.features(sents, 0, art, False, [(48, 52, "LEG")], [(True, True)])
    for f in ("w=disgrace", "w=rival", "first", "neg", "quote", "report", "sys=none", "pos=lede", "nact=1", "act=LEG",
              "inq", "inq_sp", "inq_spactor", "art_acc=0", "ent=PERSON"):
        assert f in feats, (f, feats)
    assert "w=pike" not in feats            # proper names are no words of the model
    assert any("w=disgrace" in x for x in own.values())
    assert not any("w=our" in x or "w=it" in x for x in own.values())   # the evidence is a content word


def test_a_sentence_with_an_accusation_or_with_no_actor_is_not_open(nlp):
    from dateline.records import Event, Extent, Span

    doc = nlp("Senator Pike condemned the plan. The weather was cold.")
    sents = list(doc.sents)
    acc = Event(type="ACCUSE", mode=None, quad=3, cameo="111", source=(), target=(), trigger=Span(13, 22, "condemned"),
                negated=False, hypothetical=False, date=None, sentence=Extent(0, 32), confidence=0.9)
    art = reader.article(sents, [acc], 0.35)
    assert not reader.open_to(art, sents[0], [(0, 12, None)], [])      # an ACCUSE is there already
    assert not reader.open_to(art, sents[1], [], [(True, False)])      # no actor named, no actor speaking
    assert reader.open_to(art, sents[1], [], [(True, True)])           # an actor speaking the quote it is in
    low = Event(**{**acc.__dict__, "confidence": 0.1})
    art = reader.article(sents, [low], 0.35)
    assert reader.open_to(art, sents[0], [(0, 12, None)], [])          # an ACCUSE under the floor leaves it open
    denied = Event(**{**acc.__dict__, "negated": True})
    art = reader.article(sents, [denied], 0.35)
    assert not reader.open_to(art, sents[0], [(0, 12, None)], [])      # a negated one closes it (`did not condemn`)
    feats, _ = reader.features(sents, 0, art, False, [(0, 12, None)], [])
    assert "sysneg=ACCUSE" in feats and "sys=none" in feats


def test_a_read_sentence_gives_an_accusation_of_the_speaker(run, monkeypatch):
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    art = run("\n\nSenator Dana Pike spoke in Dunmore on Monday.\n\n\u201cGovernor Alder handed out a pamphlet at "
              "the fair,\u201d Pike said.\n")
    got = readers(art)
    assert any("Pike" in " ".join(s) and "Alder" in " ".join(t) for s, t, _, _ in got), got
    assert all(0.5 <= c <= 1.0 for *_, c in got), got           # the model's probability is the confidence


def test_the_threshold_and_the_need_of_an_actor(run, monkeypatch):
    monkeypatch.setattr(reader, "model", lambda *_: dict(PAMPHLET, threshold=0.99))
    art = run("\n\nSenator Dana Pike said Governor Alder handed out a pamphlet at the fair.\n")
    assert not readers(art)                                      # under the threshold
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    art = run("\n\nSenator Dana Pike said Governor Alder handed out a pamphlet at the fair.\n")
    assert readers(art)                                          # (over it: the checks below are not empty)
    art = run("\n\nThe old bridge over the river was shown in a pamphlet.\n")
    assert not readers(art)                                      # no actor to take part
    art = run("\n\nSenator Dana Pike condemned Governor Alder in a pamphlet.\n")
    assert not readers(art), readers(art)                        # the rules' ACCUSE is there: not read again


def test_without_weights_nothing_is_added_and_recording_adds_nothing(run, monkeypatch):
    text = "\n\nSenator Dana Pike said Governor Alder handed out a pamphlet at the fair.\n"
    monkeypatch.setattr(reader, "model", lambda *_: None)
    plain = run(text)
    assert not readers(plain)
    monkeypatch.setattr(reader, "RECORD", {"ACCUSE": []})
    recorded = run(text)
    assert reader.RECORD["ACCUSE"] and all("w=pamphlet" in r["features"] for r in reader.RECORD["ACCUSE"])
    assert [e.type for e in recorded.events] == [e.type for e in plain.events]


def test_with_no_speaker_the_doer_of_the_sentence_is_the_source(run, monkeypatch):
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    art = run("\n\nGovernor Ann Alder answered Senator Dana Pike with a pamphlet on Monday.\n")
    got = readers(art)
    assert any("Alder" in " ".join(s) and "Pike" in " ".join(t) for s, t, _, _ in got), got


def _only(word: str) -> dict:
    return {"weights": {"bias": -3.0, "w=" + word: 6.0}, "threshold": 0.5}


def test_what_the_reader_does_not_take_as_evidence(run, monkeypatch):
    """A reporting verb (`said` alone is no event), a word evaluation.tsv calls too weak alone (`worried`), a word the
    rules read as another event (`denied`: REJECT), a denied word: no event of the reader's."""
    def read(word, text):
        monkeypatch.setattr(reader, "model", lambda *_: _only(word))
        return [e for e in run("\n\n" + text + "\n").events
                if e.type == "ACCUSE" and e.features and dict(e.features).get("reader")]
    assert read("pamphlet", "Senator Dana Pike said Governor Alder handed out a pamphlet.")   # (the check reads)
    assert not read("say", "Senator Dana Pike said Governor Alder handed out leaflets.")
    assert not read("worried", "Senator Dana Pike said Governor Alder was worried about the leaflets.")
    assert not read("deny", "Governor Alder denied the claims of Senator Dana Pike.")
    assert not read("pamphlet", "Senator Dana Pike did not say Governor Alder handed out a pamphlet.")
    # a negated judgement is criticism still: only a negated verb of saying or thinking above the word denies it
    assert read("pamphlet", "Senator Dana Pike said Governor Alder can't even hand out a pamphlet.")


def test_the_trigger_is_a_content_word_not_a_preposition_pronoun_or_name(run, monkeypatch):
    # (review, rev20) words that weigh for criticism but are no evidence a reader can check never trigger
    heavy = {"weights": {"bias": -3.0, "w=pamphlet": 5.0, "w=against": 9.0, "w=himself": 9.0, "w=’s": 9.0,
                         "w=senator": 9.0, "w=2019": 9.0}, "threshold": 0.5}
    monkeypatch.setattr(reader, "model", lambda *_: heavy)
    art = run("\n\nSenator Dana Pike said Governor Alder\u2019s aides handed out a pamphlet against himself in "
              "2019.\n")
    got = [(e.trigger.text, e.features) for e in art.events if e.type == "ACCUSE"]
    assert got and all(t == "pamphlet" for t, f in got if ("reader", 1.0) in f), got


def test_a_question_the_reader_reads_asserts_nothing(run, monkeypatch):
    # (review, rev20) as the rules' events in a direct question (checks.direct_question): hypothetical
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    art = run("\n\nDid Governor Alder hand out a pamphlet at the fair, Senator Dana Pike asked?\n")
    got = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "pamphlet"]
    assert got and all(e.hypothetical for e in got), got
    art = run("\n\nSenator Dana Pike said Governor Alder handed out a pamphlet at the fair.\n")
    got = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "pamphlet"]
    assert got and not any(e.hypothetical for e in got), got


def test_where_the_criticism_detector_scored_pairs_its_likeliest_pair_takes_part(run, monkeypatch):
    """The detector was fitted on who criticises whom: under its own threshold it does not make the event, but where
    the reader does, the detector's likeliest pair is the source and target (not the actor nearest the evidence)."""
    from dateline.extractors.events import criticism

    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    text = "\n\nSenator Dana Pike said Governor Ann Alder had sent Mayor Joan Brill a pamphlet.\n"
    real = criticism.candidates
    monkeypatch.setattr(criticism, "probability", lambda feats, m: 0.2)    # (under every detector's threshold)
    for name in ("Alder", "Brill"):                                        # (the pair the detector likes best)
        monkeypatch.setattr(criticism, "candidates",
                            lambda *a, name=name, **k: [p for p in real(*a, **k) if p.target.text == name])
        got = readers(run(text))
        assert any("Pike" in " ".join(s) and name in " ".join(t) for s, t, _, _ in got), (name, got)
        assert not any("Pike" in " ".join(t) for s, t, _, _ in got), got


def test_with_no_speaker_a_doer_further_up_and_the_one_judged(run, monkeypatch):
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    # the nearest verb's subject is no actor (the wind): the next one up is the doer
    got = readers(run("\n\nGovernor Ann Alder smiled when the wind blew a pamphlet toward Senator Dana Pike.\n"))
    assert any("Alder" in " ".join(s) and "Pike" in " ".join(t) for s, t, _, _ in got), got
    # the subject of a copula whose predicate holds the evidence is judged there, not the doer
    got = readers(run("\n\nGovernor Ann Alder is a pamphlet of a politician, unlike Mayor Joan Brill.\n"))
    assert got and all("Alder" not in " ".join(s) for s, t, _, _ in got), got
    assert any("Alder" in " ".join(t) for s, t, _, _ in got), got


def test_the_pairs_target_owned_by_its_speaker_names_no_actor(run, monkeypatch):
    """(review, rev21) a pair's target resolved through its owner (`his aides`: the aides have no actor, their owner
    does) is no target actor when the owner is the speaker: no actor accuses itself (as `_not_aimed_at` in the
    rules' slots)."""
    from dateline.extractors.events import criticism

    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    real = criticism.candidates
    monkeypatch.setattr(criticism, "probability", lambda feats, m: 0.2)    # (under every detector's threshold)
    monkeypatch.setattr(criticism, "candidates",
                        lambda *a, **k: [p for p in real(*a, **k) if p.target.text == "aides"])
    art = run("\n\nSenator Dana Pike said his aides had sent a pamphlet to the voters.\n")
    got = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "pamphlet"]
    assert got, readers(art)
    for e in got:
        mine = {p.actor for p in e.source if p.actor}
        assert mine and not any(p.actor in mine for p in e.target), readers(art)
        assert all(art.text[p.start:p.end] == p.text for p in (*e.source, *e.target)), readers(art)


def test_with_no_actor_doer_the_clause_subject_is_still_the_source(run, monkeypatch):
    """(issue 10, rd22) a reader event with no quote speaker and no doer that is an actor takes the doer's words
    all the same (coders name `the two neighbours`), never the word itself nor the one a copula judges."""
    monkeypatch.setattr(reader, "model", lambda *_: PAMPHLET)
    got = readers(run("\n\nThe two neighbours waved a pamphlet at Governor Ann Alder on Monday.\n"))
    assert any("neighbours" in " ".join(s) and "Alder" in " ".join(t) for s, t, _, _ in got), got
    got = readers(run("\n\nGovernor Ann Alder is a pamphlet of a politician, unlike Mayor Joan Brill.\n"))
    assert got and all("Alder" not in " ".join(s) for s, t, _, _ in got), got


def test_a_source_found_where_the_target_was_takes_the_next_actor_as_target(monkeypatch, nlp):
    """(issue 10, rd22) `_doer_as_source`: when the fallback source is the actor the nearest-mention rule made the
    target, the target is the nearest other actor mention, never the source again."""
    from dateline.extractors import events as E
    from dateline.records import Participant

    doc = nlp("Governor Ann Alder hinted at a pamphlet about Mayor Joan Brill.")
    tok = next(t for t in doc if t.text == "pamphlet")

    text = doc.text
    a1, a2 = text.index("Ann Alder"), text.index("Joan Brill")
    spans = {"A1": (a1, a1 + 9), "A2": (a2, a2 + 10)}

    class Index:
        def at(self, a, b, prefer=()):
            return next((k for k, (x, y) in spans.items() if a < y and x < b), None)

    class Act:
        def __init__(self, i):
            self.id = i

    mentions = [(x, y, Act(k)) for k, (x, y) in spans.items()]
    source, target = E._doer_as_source(tok, (Participant(a1, a1 + 9, "Ann Alder", "A1"),), mentions, Index(), text)
    assert source and source[0].actor == "A1", source
    assert [p.actor for p in target] == ["A2"], target


def test_with_no_target_actor_the_words_judged_are_the_target(run, monkeypatch):
    """(issue 10, rd22) a reader event with a source and no actor to aim at names the words its evidence judges:
    the noun an evidence adjective qualifies (`the shabby client`); never a pronoun that is no actor."""
    monkeypatch.setattr(reader, "model", lambda *_: _only("shabby"))
    art = run("\n\nSenator Dana Pike spoke in Dunmore on Monday.\n\n\u201cIt is like a lawyer with the shabby "
              "client ever,\u201d Pike said.\n")
    got = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "shabby"]
    assert got, [(e.type, e.trigger.text) for e in art.events]
    assert any("client" in " ".join(p.text for p in e.target) for e in got), [(e.source, e.target) for e in got]
    monkeypatch.setattr(reader, "model", lambda *_: _only("shabby"))
    art = run("\n\nSenator Dana Pike spoke in Dunmore on Monday.\n\n\u201cWe were shabby of all,\u201d "
              "Pike said.\n")
    for e in art.events:
        if e.trigger.text == "shabby":
            assert all(p.text.lower() != "we" for p in e.target), e.target
