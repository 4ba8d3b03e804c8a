"""The passes that read a word's attributes off the doc's columns (speed21) give what reading its Token gives: each is
checked against the Token walk it replaced, on invented articles (the whole output is checked unchanged by
bench/bench_pair.py and the event tests)."""
from __future__ import annotations

import math
import random
from types import SimpleNamespace

TEXT = ("SENATOR SAYS: Reckless Plan Will Fail?\n\n"
        "Senator Maria Oakes denounced the governor's \u201cdisgraceful\u201d budget on Tuesday, and she never said "
        "he lied. \"It is a shameful, reckless plan that will hurt families,\" Oakes told reporters in Aberwick. "
        "Would the Aberwick Party back her? Vigil organisers gathered: a vigil was held near the Lemmon Street "
        "church. A pit bull named Rusty and a cat called Mittens waited outside. Critics should not praise "
        "the deal, Ms. Oakes said, accusing officials of lying.")


def _quotes(doc):
    """The (start, end, speaker known) of each stretch between straight quote marks in the doc's text."""
    text, out, at = doc.text, [], None
    for k, ch in enumerate(text):
        if ch == '"':
            if at is None:
                at = k
            else:
                out.append((at, k + 1, True))
                at = None
    return out


def _reader_words_by_token(sent, art, mentions):
    """The Token walk `reader.features` made before it read the columns: its word features and `own`."""
    from dateline.extractors.events.reader import CONTENT, _word_classes
    from dateline.extractors.events.lexicon import load
    from dateline.extractors.events.triggers import child

    report = load().cues.get("report", frozenset())
    wc = _word_classes()
    f, own, n, last = set(), {}, 0, None
    inside = [(a, b) for a, b, _ in art.quotes if a < sent.end_char and sent.start_char < b]
    for t in sent:
        if t.is_space:
            continue
        n += 1
        if t.is_punct:
            last = None
            if t.text == "?":
                f.add("qmark")
            elif t.is_quote:
                f.add("quote")
            elif t.text == ":":
                f.add("colon")
            continue
        lem = t.lemma_.lower()
        mine = wc.get(lem, ())
        if t.pos_ != "PROPN":
            mine = ("w=" + lem,) + mine
            if last is not None:
                f.add("b=" + last + "_" + lem)
        last = lem if t.pos_ != "PROPN" else None
        f.update(mine)
        if inside and any(a <= t.idx < b for a, b in inside):
            f.update("q&" + x for x in mine if not x.startswith("w="))
        if mine and t.pos_ in CONTENT and "eval=feelingword" not in mine:
            own[t.i] = mine
        if t.pos_ == "VERB" and lem in report:
            f.add("report")
            own.pop(t.i, None)
        if t.ent_iob_ == "B" and t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            f.add("ent=" + t.ent_type_)
        if t.dep_ == "ROOT":
            f.add("root=" + lem)
            subj = child(t, ("nsubj",))
            if subj is not None and any(a <= subj.idx < b for a, b, _ in mentions):
                f.add("subj_actor")
    return f, own, n


def test_the_reader_reads_off_the_columns_the_features_a_token_walk_gives(nlp):
    """Every sentence's word features (marks, lemmas and pairs, classes, quoted judgement, reporting verbs, entities,
    the root and its subject) and the evidence words it may take (`own`, in the same order) are those of the walk."""
    from dateline.extractors.events import reader

    doc = nlp(TEXT)
    sents = list(doc.sents)
    art = reader.article(sents, [], 0.35, _quotes(doc))
    assert art.quotes
    seen = set()
    for k, sent in enumerate(sents):
        mentions = [(e.start_char, e.end_char, "GOV") for e in doc.ents if sent.start <= e.start < sent.end]
        feats, own = reader.features(sents, k, art, k == 0, mentions, [])
        words, want, n = _reader_words_by_token(sent, art, mentions)
        length = "len=" + ("s" if n < 12 else "m" if n < 30 else "l")
        assert words <= set(feats) and length in feats, sent.text
        assert not {x for x in feats if x.startswith(("w=", "b=", "q&", "ent=", "root=", "crit=", "eval="))} - words
        assert list(own.items()) == list(want.items()), sent.text
        seen.update(feats)
    assert {"qmark", "colon", "report", "subj_actor", "ent=PERSON"} <= seen
    assert any(x.startswith("q&") for x in seen) and any(x.startswith("b=") for x in seen)


def test_criticisms_words_read_off_the_columns_are_those_a_token_walk_gives(nlp):
    """`criticism._read` of every stretch of words (negation, modals, content lemmas, classes, scorn and praise, a
    question mark, intensifiers) is what reading each Token gives."""
    from dateline.extractors.events import criticism as cr

    doc = nlp(TEXT)
    w, classes_of, (blame, praise) = cr.words(), cr._classes_of(), cr._judgement()
    modal, intense = cr.form()["modal"], cr.form()["intense"]
    toks = list(doc)
    for sent in doc.sents:
        said = toks[sent.start:sent.end]
        got = cr._read(cr.Said(None, 0, 0, None, said, "quote"))
        out, seen, negated, strong = [], set(), False, False
        for x in said[:cr.MAX_WORDS]:
            lem, low, plain, at = x.lemma_.lower(), x.lower_, [], []
            if x.dep_ == "neg" or low in ("never", "no", "nothing", "nobody"):
                negated = True
                at.append("neg@t")
            if x.dep_ == "aux" and low in modal:
                plain.append("modal=" + low)
                at.append("modal@t")
            if x.pos_ in cr.CONTENT and not x.is_stop and x.is_alpha:
                plain.append("w=" + lem)
            hits = classes_of.get(lem, cr.NONE) | classes_of.get(low, cr.NONE)
            for c in w if hits else ():
                if c in hits:
                    plain.append("lex=" + c)
                    seen.add(c)
                    at.append("lex@t=" + c)
            if lem in blame or low in blame:
                plain.append("scorn")
                at.append("scorn@t")
            if lem in praise or low in praise:
                plain.append("praise")
                at.append("praise@t")
            if x.text == "?":
                plain.append("question")
            strong = strong or low in intense
            out.append((x.i, plain, at))
        assert got == (out, seen, negated, strong), sent.text
    assert cr._read(cr.Said(None, 0, 0, None, [], "quote")) == ([], set(), False, False)


def test_the_detectors_sums_are_the_sums_of_each_weight_in_order():
    """The criticism detector's and the reader's probabilities add the weights in the features' order, as the
    generator they replaced did: the same float to the last bit."""
    from dateline.extractors.events import criticism, reader

    rng = random.Random(21)
    w = {f"f{k}": rng.uniform(-3, 3) for k in range(200)} | {"bias": -1.25}
    for _ in range(50):
        feats = [f"f{rng.randrange(260)}" for _ in range(rng.randrange(0, 80))]
        z = w.get("bias", 0.0) + sum(w.get(x, 0.0) for x in feats)
        want = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
        assert criticism.probability(feats, {"weights": w}) == want
        assert reader.probability(feats, {"weights": w}) == want


def test_the_type_models_scores_take_the_same_rows():
    """`model.scores` sums the rows of the features the model knows (taken with an index array): the same
    probabilities as `W[idx]` summed, for known, unknown and no features."""
    import numpy as np

    from dateline.extractors.events import model

    m = model.load()
    if m is None:
        return
    vocab = list(m["vocab"])
    rng = random.Random(7)
    for feats in ([], ["nothing-known"], vocab[:1], [rng.choice(vocab) for _ in range(40)] + ["zz-unknown"]):
        idx = [i for i in map(m["vocab"].get, feats) if i is not None]
        z = m["b"] + (np.add.reduce(m["W"][idx], axis=0) if idx else 0.0)
        z = z - np.maximum.reduce(z)
        p = np.exp(z)
        p /= np.add.reduce(p)
        assert model.scores(feats, m) == dict(zip(m["types"], p.tolist()))


def test_people_read_the_forms_and_pet_names_off_the_columns(nlp):
    """`_common_noun_capitalised` (a capitalised sentence opener the article also writes in lower case, never
    capitalised elsewhere) and `_pet_names` (a name after an animal `named`/`called`) answer as the walks over every
    Token they replaced."""
    import importlib

    from dateline.lexicon import actors as lex

    people = importlib.import_module("dateline.extractors.actors.people")   # (the package exports the function)

    doc = nlp(TEXT)
    st = SimpleNamespace(doc=doc, toks=list(doc))
    animals = lex.words("animal")
    want = frozenset(t.text for t in st.toks[2:] if st.toks[t.i - 1].lower_ in ("named", "called") and
                     st.toks[t.i - 2].lemma_.lower() in animals)
    assert people._pet_names(st) == want == {"Rusty", "Mittens"}
    answers = {}
    for tok in st.toks:
        lower = [t for t in st.toks if t.text == tok.lower_]
        upper = [t for t in st.toks if t.text == tok.text and not t.is_sent_start]
        walked = tok.is_sent_start and tok.is_title and len(tok.text) >= 3 and bool(lower) and not upper
        assert people._common_noun_capitalised(st, tok) == bool(walked), tok.text
        answers[tok.text] = bool(walked)
    assert answers["Vigil"] and not answers["Senator"]
