"""The passes keyed on a word class walk the class's words off one index a doc (speed33, events/columns.py
`distinct`, `class_picked`) and give what the walk over every token gave (invented sentences; the stage's output
is checked unchanged on the bench sets by h5/cmp and `dateline extract`, docs/accuracy.md)."""
from __future__ import annotations

from dateline.extractors.events import bids, crime, headlines
from dateline.extractors.events.columns import class_picked, distinct
from dateline.extractors.spans import ids_of, sentences, tokens

TEXT = ("Police stopped the van near the bridge and the charges against Dana Brill were dropped on Monday. "
        "Two men remain in custody. The mayor told residents to stay indoors. "
        "The ad slams Halvorsen for the vote, and the city stopped the work. "
        "Rallies were held in the square as officers searched the house.")


def _sents(doc):
    return [tokens(doc)[s.start:s.end] for s in sentences(doc)]


def test_the_index_holds_each_lemma_of_the_doc(nlp):
    doc = nlp(TEXT)
    assert distinct(doc) == {t.lemma_.lower() for t in doc}
    assert distinct(doc, "LOWER") == {t.lower_ for t in doc}


def test_a_class_pick_is_the_walk_over_every_token(nlp):
    """Any class, with or without a part of speech and a relation, in every sentence and on a list that is no
    sentence (the token-by-token fallback): the same tokens, in order, as reading each token."""
    doc = nlp(TEXT)
    words = frozenset({"stop", "drop", "custody", "tell", "search", "hold", "absent"})
    for toks in _sents(doc) + [list(doc)[::2], []]:
        assert class_picked(toks, "t.any", words) == [t for t in toks if t.lemma_.lower() in words]
        assert class_picked(toks, "t.verb", words, ids_of("VERB")) == [
            t for t in toks if t.lemma_.lower() in words and t.pos_ == "VERB"]
        assert class_picked(toks, "t.pobj", words, dep_ids=ids_of("pobj")) == [
            t for t in toks if t.lemma_.lower() in words and t.dep_ == "pobj"]


def test_the_class_passes_find_what_they_found(nlp):
    """crime's held, dropped and stopped, the bids and the headline's misread verbs give the same candidates on the
    picked words as on a walk over every token (the same rules, fed the token list that is no sentence: the
    fallback reads each token)."""
    doc = nlp(TEXT)
    w = crime.words()
    law = frozenset()

    def key(cands):
        return [(c.token.i, c.etype, c.cameo, [getattr(x, "i", x) for x in c.source],
                 [getattr(x, "i", x) for x in c.target]) for c in cands]

    found = []
    for toks in _sents(doc):
        spread = list(toks) + [doc[0]] if toks[0].i != 0 else list(toks)   # (not consecutive: read token by token)
        for run in (lambda s: crime._held_now(s, w, law), lambda s: crime._charges_dropped(s, lambda t: False, w),
                    lambda s: crime._police_stops(s, lambda t: False, w, law), lambda s: bids.bids(s, lambda t: False)):
            got = key(run(toks))
            assert got == [x for x in key(run(spread)) if x[0] >= toks[0].i]
            found += got
    assert found                          # (the sentences hold some: the test reads rules that fire)


def test_the_misread_forms_are_lexicon_verbs_only(nlp):
    """`_misread_forms` keeps only the plural nouns (and -ed modifiers) that are forms of a lexicon verb or of a
    phrase's verb (`charges`, `rallies`), not every plural noun (`residents`, `officers`): `_read_at` reads no
    other."""
    from dateline.extractors.events.lexicon import load

    doc = nlp(TEXT)
    forms = {doc[i].lower_ for i in headlines._misread_forms(doc)}
    assert "charges" in forms and "rallies" in forms
    assert "residents" not in forms and "officers" not in forms and "men" not in forms
    verbs, heads = load().verbs, headlines._phrase_heads()
    assert all(headlines._verb_key(f, verbs, True) or headlines._verb_key(f, heads) for f in forms)
