"""The sentence reader's SUPPORT reading (extractors/events/reader.py `BACKING`, data/reader_support_model.json):
backing read off a whole sentence by the same features as criticism, a model of its own. On invented sentences, with
small hand-written weights in place of the shipped ones."""
from __future__ import annotations

from dateline.extractors.events import reader

# a model that reads `bouquet` (and nothing else) as backing: a word no rule reads as an event
BOUQUET = {"weights": {"bias": -3.0, "w=bouquet": 6.0}, "threshold": 0.5}


def only(etype: str, weights: dict):
    """A `reader.model` that has weights for one type only."""
    return lambda t=reader.ETYPE: weights if t == etype else None


def read_support(article):
    return [([p.text for p in e.source], [p.text for p in e.target], e.trigger.text, e.cameo, e.quad, e.confidence)
            for e in article.events if e.type == "SUPPORT" and dict(e.features or ()).get("reader")]


def test_each_type_has_a_reading_and_a_weights_file_of_its_own():
    assert [r.etype for r in reader.READINGS] == ["ACCUSE", "SUPPORT"]
    assert len({r.model_file for r in reader.READINGS}) == len(reader.READINGS)
    assert reader.BY_TYPE["ACCUSE"].model_file == reader.MODEL_FILE      # (the shipped ACCUSE weights as before)
    m = reader.model("SUPPORT")
    if m is not None:                     # (weights shipped: provenance and a threshold; no names)
        assert "train_reader.py" in m["about"] and "SUPPORT" in m["about"] and 0 < m["threshold"] < 1
        assert not any(f.startswith(("name=", "id=")) for f in m["weights"])


def test_a_read_sentence_gives_a_backing_of_the_speaker_for_the_one_praised(run, monkeypatch):
    monkeypatch.setattr(reader, "model", only("SUPPORT", BOUQUET))
    art = run("\n\nSenator Dana Pike spoke in Dunmore on Monday.\n\n\u201cGovernor Alder deserves a bouquet for the "
              "new bridge,\u201d Pike said.\n")
    got = read_support(art)
    assert any("Pike" in " ".join(s) and "Alder" in " ".join(t) and trig == "bouquet" for s, t, trig, *_ in got), got
    assert all(cameo == "051" and quad == 1 and 0.5 <= c <= 1 for *_, cameo, quad, c in got), got
    assert not [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "bouquet"]   # (no ACCUSE weights)


def asserted(text: str, word: str, etype: str, sentence: tuple):
    """An asserted event of `etype` over the floor at `word` of `text` (no sides: the reader reads types only)."""
    from dateline.records import Event, Extent, Span

    a = text.index(word)
    return Event(type=etype, mode=None, quad=1, cameo="051", source=(), target=(), trigger=Span(a, a + len(word), word),
                 negated=False, hypothetical=False, date=None, sentence=Extent(*sentence), confidence=0.9)


def test_the_features_are_shared_but_the_count_of_the_types_events_is_its_own(nlp):
    doc = nlp("Senator Pike praised the plan. Governor Alder sent a bouquet.")
    sents = list(doc.sents)
    art = reader.article(sents, [asserted(doc.text, "praised", "SUPPORT", (0, 30))], 0.35)
    acc, _ = reader.features(sents, 1, art, False, [(31, 45, "GOV")], [], None, reader.ACCUSING)
    back, _ = reader.features(sents, 1, art, False, [(31, 45, "GOV")], [], None, reader.BACKING)
    assert "art_acc=0" in acc and "art_sup=1" in back and not any(f.startswith("art_acc") for f in back)
    assert set(acc) - {"art_acc=0"} == set(back) - {"art_sup=1"}
    # a sentence with a SUPPORT asserted is closed to the SUPPORT reading, open to the ACCUSE one
    assert not reader.open_to(art, sents[0], [(0, 12, None)], [], "SUPPORT")
    assert reader.open_to(art, sents[0], [(0, 12, None)], [], "ACCUSE")


def test_recording_one_type_leaves_the_other_reading_at_work(run, monkeypatch):
    text = "\n\nSenator Dana Pike said Governor Alder handed out a bouquet and a pamphlet.\n"
    both = {"weights": {"bias": -3.0, "w=bouquet": 6.0, "w=pamphlet": 6.0}, "threshold": 0.5}
    monkeypatch.setattr(reader, "model", lambda *_: both)
    monkeypatch.setattr(reader, "RECORD", {"SUPPORT": []})
    art = run(text)
    assert reader.RECORD["SUPPORT"] and all("art_sup=0" in r["features"] for r in reader.RECORD["SUPPORT"])
    assert not read_support(art)                                     # the type recorded makes no events
    assert [e for e in art.events if e.type == "ACCUSE" and dict(e.features or ()).get("reader")]


def test_a_word_the_accuse_reading_took_is_no_backing_evidence(run, monkeypatch):
    monkeypatch.setattr(reader, "model", lambda *_: BOUQUET)         # (both types read `bouquet`)
    art = run("\n\nSenator Dana Pike said Governor Alder handed out a bouquet at the fair.\n")
    accused = [e for e in art.events if e.type == "ACCUSE" and e.trigger.text == "bouquet"]
    assert accused and not [x for x in read_support(art) if x[2] == "bouquet"], art.events


def test_the_trainer_reads_only_the_even_half_of_tune():
    import pathlib
    import sys

    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "scripts"))
    from train_reader import even_half, label

    arts = [{"id": i} for i in ("d", "b", "e", "a", "c")]
    assert [g["id"] for g in even_half(arts)] == ["a", "c", "e"]     # (sorted by id, every other from the first)
    gold = {"events": [{"sentence": [0, 40], "types": ["SUPPORT"]}]}
    assert label(gold, (0, 40), "SUPPORT") == 1 and label(gold, (0, 40)) == 0   # (ACCUSE by default)
