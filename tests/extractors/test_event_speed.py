"""The sets the events and coreference passes make once, for speed, hold what the rules they stand for read
(invented words; the passes' output is checked unchanged by the other event tests and bench/same_output)."""
from __future__ import annotations


def test_noun_heads_hold_every_word_an_event_noun_key_is_made_from(nlp):
    """`noun_heads` is every word a key of the noun lexicon is made from: a noun passed over for want of one
    could match no key, and one that matches is never passed over."""
    from dateline.extractors.events.lexicon import load, noun_heads
    from dateline.extractors.events.triggers import noun_key

    heads = noun_heads()
    for key in load().nouns:
        assert key in heads
        if "_" in key:
            assert key.rsplit("_", 1)[1] in heads      # `air_strike`: strike
        if "_of_" in key:
            assert key.split("_of_", 1)[0] in heads    # `state_of_siege`: state
    doc = nlp("The air strike on the depot and the state of siege drew a protest and a zorblat.")
    lex = load()
    for t in doc:
        if t.pos_ in ("NOUN", "PROPN") and any(k in lex.nouns for k in noun_key(t)):
            assert t.lemma_.lower() in heads or t.lower_ in heads, t.text
    assert "zorblat" not in heads


def test_the_blame_words_of_scorn_are_the_classes_they_stand_for():
    """`evaluative._blaming` (made once) is the words of blame, scorn or negative verdict that are no feeling."""
    from dateline.extractors.events import evaluative

    w = evaluative.words()
    assert evaluative._blaming() == (w["negative"] | w["blame"] | w["scorn"]) - w["feelingword"]
    assert evaluative._blaming() is evaluative._blaming()
    assert not evaluative._blaming() & w["feelingword"]


def test_the_words_coreference_reads_are_its_pronouns_and_local_nouns():
    """`coref._read_words` holds the ids of every form the pass tests (relative, personal, object, first-person
    pronouns, `we`, local nouns), so no token it would have read is left out of its walk."""
    import importlib

    coref = importlib.import_module("dateline.extractors.actors.coref")   # (the package exports the function)
    from dateline.extractors.spans import string_ids
    from dateline.lexicon import actors as lex
    from dateline.lexicon import pronoun_antecedents

    words = (set(coref.RELATIVE) | set(pronoun_antecedents()) | set(coref.OBJECT) | set(coref.FIRST_PERSON)
             | set(coref.WE) | set(lex.words("local_noun")))
    assert string_ids(words) == coref._read_words()
    assert {"he", "its", "who", "them", "us"} <= words


def test_the_type_model_features_read_off_the_columns_are_the_words_a_token_walk_gives(nlp):
    """`model.features` takes a sentence's words from the doc's columns: the lemmas of the alphabetic words that are
    no stop words nor feature stops, as reading each token would give them, for a whole sentence or any stretch."""
    from dateline.extractors.events import model
    from dateline.extractors.events.lexicon import load

    doc = nlp("Rebels Denounced the Governor's plan on Tuesday, and 3,000 protesters marched in Aberwick.\n\n"
              "Officials said nothing.")
    stop = load().cues["featurestop"]
    for span in [*doc.sents, doc[2:9], doc[:]]:
        want = ["w=" + t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop and t.lower_ not in stop]
        got = model.features(span, [])
        assert got[:len(want)] == want and got[len(want)] == "root=" + span.root.lemma_.lower()
    assert "w=denounce" in model.features(doc[:], [])


def test_a_headline_line_with_a_name_and_a_colon_is_that_names_words(nlp):
    """`_colon_speaker` (events): a line that opens with a person's name and a colon, with words after it, is that
    person's; a colon far into the line, or with too little after it, is no speaker."""
    from dateline.extractors.events import _colon_speaker
    from dateline.extractors.spans import tokens

    def line(text):
        doc = nlp(text)
        return _colon_speaker(tokens(doc)[: len(doc)])

    said = line("Dana Halvorsen:  Pell Has Failed The Miners Again")
    assert said is not None and said.text == "Dana Halvorsen"
    assert line("The miners of the valley told reporters on Monday in Aberwick: Pell failed them") is None
    assert line("Dana Halvorsen: Pell") is None
    assert line("Pell failed the miners again") is None


class _Everything(frozenset):
    """A word set that holds every word: the finders' prefilters with it read every word, as before them."""

    def __contains__(self, word) -> bool:
        return True


_FILTERED = (
    "Rebels denounced the governor's plan on Tuesday, and 3,000 protesters marched in Aberwick.\n\n"
    "The minister called on the rebels to withdraw their fighters and recalled the ambassador from Aberwick.\n\n"
    "\"Mayor Lind is a liar and a disgrace,\" Senator Ovan said. \"He irresponsibly attacked the unions.\"\n\n"
    "Ovan praised the governor as a great leader and urged voters to back her. It is time for Lind to go.\n\n"
    "The senator was disappointed in the mayor, whose plan is wrong. Lind has no clue about the budget.\n\n"
    "Police arrested 12 people; officials said they had concluded that Kopp fired the shots. The council "
    "stepped down and the union went on strike. Crooked Lind never said that, Ovan said.\n\n"
    "\"I am a huge fan of Governor Hale,\" Ovan said. \"She did a great job and she was right to veto the bill.\"")


def test_the_event_finders_prefilters_change_no_event(run, monkeypatch):
    """`triggers.find` passes verbs whose lemma starts no key (`verb_heads`), `praise.find` and `evaluative.find`
    words of no class they read (`_any_word`): an article's events are the same as with every word read."""
    from dateline.extractors.events import evaluative, praise, triggers

    def events(article):
        return [e.to_dict() for e in article.events]

    filtered = events(run(_FILTERED, id="filtered"))
    everything = _Everything()
    monkeypatch.setattr(triggers, "verb_heads", lambda: everything)
    monkeypatch.setattr(praise, "_any_word", lambda: everything)
    monkeypatch.setattr(evaluative, "_any_word", lambda: everything)
    assert events(run(_FILTERED, id="every word")) == filtered
    assert len({e["type"] for e in filtered}) >= 4      # (the article holds events of several kinds)


def test_the_prefilters_hold_every_word_their_rules_name():
    """Every lemma that `praise.find` and `evaluative.find` test by name (`lem == "..."`, `lem in ("...", ...)`) is
    in its `_any_word`, and every key of the verb, phrase, light-verb and stop lexicons starts with a word of
    `verb_heads`: a rule added on a new word without adding it to READ_ANYWAY fails here."""
    import inspect
    import re

    from dateline.extractors.events import evaluative, praise
    from dateline.extractors.events.lexicon import load, verb_heads

    for module in (praise, evaluative):
        source = inspect.getsource(module.find)
        named = set(re.findall(r'lem == "([^"]+)"', source))
        for group in re.findall(r"lem in \(([^)]*)\)", source):
            named |= set(re.findall(r'"([^"]+)"', group))
        assert named, module.__name__
        assert named <= module._any_word(), (module.__name__, named - module._any_word())
    lex = load()
    heads = verb_heads()
    for key in set(lex.verbs) | set(lex.phrases) | set(lex.light) | set(lex.cues.get("stop", ())):
        assert key.split("_", 1)[0] in heads, key
    assert {"call", "withdraw", "recall", "pull"} <= heads
    assert "zorblat" not in heads


def test_criticism_reads_a_words_classes_from_the_lexicon_turned_about():
    """`criticism._classes_of` is criticism.tsv turned about: each word's classes, all of them and no other, so that
    `_read` finds the classes a test of every class would."""
    from dateline.extractors.events import criticism

    inv = criticism._classes_of()
    w = criticism.words()
    for cls, ws in w.items():
        for x in ws:
            assert cls in inv[x]
    assert all(inv[x] == {c for c, ws in w.items() if x in ws} for x in inv)
    assert criticism._classes_of() is inv and "zorblat" not in inv


def test_a_direct_question_ends_at_the_first_stop_after_the_trigger(nlp):
    """`checks.direct_question` (the stops read off the ORTH and IS_QUOTE columns): the trigger's clause ends in `?`
    when the first `.`, `!`, `;`, `?` or quote mark after it is a question mark."""
    from dateline.extractors.events.checks import direct_question

    doc = nlp("Did the army attack the town? The rebels attacked the depot. They chanted \"What curfew?\" at police.")
    attack = [t for t in doc if t.lemma_ in ("attack", "chant")]
    assert [direct_question(t) for t in attack] == [True, False, False]


def test_one_sayer_helper_keeps_the_praise_and_evaluative_readings(nlp):
    """`evaluative.sayer_of` is the one helper both rule sets read who says a clause with: the subject of the reporting
    verb above it for both; past that, with `near` (praise) the agent of the reporting verb right above, a
    participle's too (`Oakes, arguing that ...`), and without it (evaluative) a reporting verb further up or the
    maker of a claim noun (`Clinton's charge that ...`)."""
    from dateline.extractors.events import evaluative

    def sayers(text: str, word: str):
        t = next(t for t in nlp(text) if t.text == word)
        far, near = evaluative.sayer_of(t), evaluative.sayer_of(t, near=True)
        return (far.text if far is not None else None), (near.text if near is not None else None)

    assert sayers("Oakes said that Brill had lied.", "lied") == ("Oakes", "Oakes")
    assert sayers("Clinton's charge that he fabricated the story angered Oakes.", "fabricated") == ("Clinton", None)
    assert sayers("Oakes, arguing that Brill had lied, left.", "lied") == (None, "Oakes")


GATE_TEXT = ("The senator’s remarks were shameful, Oakes said on Tuesday; she’s been a terrible leader and a disgrace. "
             "Critics praised the mayor's courage, but he's clearly wrong and they're angry about the strikes.\n\n"
             "Rebels called off the protest and stepped down; the ministry blasted the air strike as reckless. "
             "\"I take full responsibility,\" she said, and urged voters to trust Brill, a fan of the zorblat.")


def test_the_word_gates_read_off_the_columns_pass_the_words_the_token_tests_pass(nlp):
    """The rule passes' own tests of a word, made once per doc from the columns (`evaluative._readable`,
    `praise._readable`, `triggers._verbs_read`, `_nouns_read`, criticism's `_reporting`, `_naming_or_claim`), pass exactly the words their Token tests at the head
    of `find` pass: a word let through by one and not the other would change what `find` reads."""
    from dateline.extractors.events import evaluative, praise, triggers
    from dateline.extractors.events.lexicon import noun_heads, verb_heads
    from dateline.extractors.spans import picked, tokens

    doc = nlp(GATE_TEXT)
    read = evaluative._any_word()
    wordy = evaluative.WORDY

    def evaluative_test(t) -> bool:
        pos = t.pos_
        if pos not in wordy | {"ADV", "PROPN"} and t.dep_ != "attr":
            return False
        if pos not in wordy and t.dep_ != "attr" and not (pos in ("ADV", "PROPN") and t.dep_ in ("advmod", "amod",
                                                                                                    "compound")):
            return False
        return evaluative._lemma(t) in read or t.dep_ in ("acomp", "attr") or evaluative._read_form(t, pos, read)

    def praise_test(t) -> bool:
        return t.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and (
            t.lemma_.lower() in praise._any_word() or t.dep_ == "attr" and t.pos_ == "NOUN" or t.dep_ == "acomp")

    def verb_test(t) -> bool:
        lem = t.lemma_.lower()
        return t.pos_ in ("VERB", "AUX") and (lem in verb_heads() or "_" in lem)

    def noun_test(t) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in noun_heads() or t.lower_ in noun_heads())

    from dateline.extractors.events import criticism
    from dateline.extractors.events.lexicon import load

    cues = load().cues

    def reporting_test(t) -> bool:
        return t.pos_ == "VERB" and t.lemma_ in {x for w in cues["report"] for x in (w, w.capitalize())}

    def naming_test(t) -> bool:
        return t.lemma_.lower() in cues["naming"] or t.lemma_.lower() in cues["claimnoun"]

    toks = tokens(doc)
    for name, pick, test in (("e", evaluative._readable, evaluative_test), ("p", praise._readable, praise_test),
                             ("v", triggers._verbs_read, verb_test), ("n", triggers._nouns_read, noun_test),
                             ("r", criticism._reporting, reporting_test), ("c", criticism._naming_or_claim,
                                                                          naming_test)):
        wanted = [t.i for t in toks if test(t)]
        assert pick(doc) == wanted, name
        assert wanted, name                               # (the text has words of each kind)
        for sent in doc.sents:                            # each sentence's share, and a list of loose tokens
            assert [t.i for t in picked(toks[sent.start:sent.end], name, pick)] == \
                [i for i in wanted if sent.start <= i < sent.end]
        assert [t.i for t in picked(toks[::2], name, pick)] == [i for i in wanted if i % 2 == 0]
    assert any(t.lower_ == "she’s" or t.text == "’s" for t in toks)   # (a curly contraction, read as `be`)


def test_the_type_scores_are_the_softmax_of_the_summed_weights():
    """`model.scores` (the reductions called directly) gives exactly the float32 softmax of the bias plus the weight
    rows of the known features summed in order, unknown features left out, the bias alone for none."""
    import numpy as np

    from dateline.extractors.events import model

    m = model.load()
    if m is None:
        return
    words = sorted(m["vocab"])[:40:3]
    for feats in (words, words[::-1] + ["zz=not a feature"], ["zz=none"], [], words[:2] * 3):
        idx = [m["vocab"][x] for x in feats if x in m["vocab"]]
        z = m["b"] + (m["W"][idx].sum(axis=0) if idx else 0.0)
        z = z - z.max()
        p = np.exp(z)
        p /= p.sum()
        assert model.scores(feats, m) == dict(zip(m["types"], p.tolist()))


def test_the_misread_verbs_found_off_the_columns_are_the_words_a_token_walk_tests(nlp):
    """`headlines._misread_forms` gives the words `misread` tries (a plural noun's tag on a form in -s, a modifier
    tagged as a participle or adjective in -ed, of a part of speech `_read_at` reads, a lexicon verb's or a phrase
    verb's form: speed33), as the test of each Token would; and `misread` finds a misread verb through it."""
    from dateline.extractors.events.headlines import _READ_POS, _misread_forms, _phrase_heads, _verb_key, misread
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.spans import tokens

    doc = nlp("Senator Varne slams Mayor Oxley over the harbour plans.\n\nThe wanted ferries docked; a talented crew "
              "of sailors cheered. The attacks and the threats went on.")
    verbs = load().verbs
    walked = [t.i for t in doc if (t.tag_ == "NNS" and t.lower_.endswith("s") or t.tag_ in ("VBN", "JJ") and
              t.dep_ == "amod" and t.lower_.endswith("ed")) and t.pos_ in _READ_POS and (
              _verb_key(t.lower_, verbs, True) is not None or _verb_key(t.lower_, _phrase_heads()) is not None)]
    assert walked and _misread_forms(doc) == walked
    first = list(doc.sents)[0]
    found = misread(tokens(doc)[first.start:first.end], frozenset())
    assert all(c.token.i in walked for c in found)


def test_the_class_tests_of_the_readable_words_are_the_token_walk(nlp):
    """`evaluative._readable` finds the words it reads on the POS and DEP arrays first: the same words as the
    test of every word's class and relation."""
    from dateline.extractors.events import evaluative

    doc = nlp("The council's reckless plan was a disaster, critics said, and they bitterly condemned Mayor Oxley.")
    read = evaluative._any_word()
    wordy, others, modifier = evaluative.WORDY, ("ADV", "PROPN"), ("advmod", "amod", "compound")
    walked = [t.i for t in doc if (t.pos_ in wordy or t.dep_ == "attr" or t.pos_ in others and t.dep_ in modifier)
              and (t.dep_ in ("acomp", "attr") or t.lemma_.lower() in read or t.lower_ in read
                   or t.pos_ == "ADV" and t.lower_.endswith("ly") or t.lower_.replace("\u2019", "'") in read
                   or t.pos_ in ("VERB", "AUX") and t.lower_.replace("\u2019", "'") in ("'s", "'re", "'m"))]
    assert walked and evaluative._readable(doc) == walked
