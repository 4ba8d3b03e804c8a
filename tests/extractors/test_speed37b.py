"""speed37b: the Token-free reads give what the Token reads they replace gave, on invented articles (each helper's
answer against the spaCy Token walk it stands for, written out here as the code was before)."""
from __future__ import annotations

import bisect

from dateline.extractors.actors.common import np_bounds
from dateline.extractors.quotes import _governing_cue
from dateline.extractors.quotes.lexicon import speech_verbs
from dateline.extractors.quotes.marks import quoted_runs
from dateline.extractors.quotes.speakers import _SUBJ, Resolver, _mention
from dateline.extractors.quotes.lexicon import person_titles
from dateline.extractors.spans import children, column, cut_sentences, entities, sentence_of, tokens, where, string_ids

STORY = (
    "Storm Over Aberwick Leaves Mayor Ana Ruiz Counting Costs\n\n"
    "ABERWICK (Wire) - Mayor Ana Ruiz said on Monday that the flood had \"ruined the lower town\" and that repairs "
    "would take a year. \"We will rebuild every bridge,\" Ruiz told reporters at the Aberwick town hall.\n\n"
    "Councillor Tomas Brenn, a member of the harbour board, disagreed. \"The money is not there,\" he said, adding "
    "that Governor Elsa Marrow had refused to meet them.\n\n\n"
    "  \n\nThe secretary of the Aberwick rowing club and three officials of the Velmar Port Authority visited the "
    "docks. Brenn said the board would \"look again\" in March."
)


def _cut_reference(doc):
    """cut_sentences as written before speed37b (a Python step a word)."""
    import itertools
    space = column(doc, "IS_SPACE")
    toks = tokens(doc)
    cuts = [i for i, blank in enumerate(space) if blank and "\n\n" in toks[i].text]
    words = [0, *itertools.accumulate(not blank for blank in space)]
    out, k = [], 0
    for sent in doc.sents:
        start = sent.start
        while k < len(cuts) and cuts[k] < sent.end:
            i = cuts[k]
            k += 1
            if i < start:
                continue
            if i > start and words[i] > words[start]:
                out.append((start, i))
            start = i + 1
        if start < sent.end and words[sent.end] > words[start]:
            out.append((start, sent.end))
    return out


def test_sentence_bounds_and_cut_sentences_equal_the_token_walks(ctx_of):
    for text in (STORY, "One line only", "\n\nLead.\n\n\n\nTail words here.  \n\n"):
        doc = ctx_of(text).doc
        for t in doc:
            sent = sentence_of(doc, t.i)
            assert (sent.start, sent.end) == (t.sent.start, t.sent.end)
        for ent in doc.ents:                      # (places' title-case test reads the entity's first word's sentence)
            assert (sentence_of(doc, ent.start).start, sentence_of(doc, ent.start).end) == (ent.sent.start,
                                                                                            ent.sent.end)
        assert [(s.start, s.end) for s in cut_sentences(doc)] == _cut_reference(doc)


def test_children_split_as_lefts_and_rights(ctx_of):
    doc = ctx_of(STORY).doc
    for t in doc:
        kids = children(t)
        assert [c.i for c in kids if c.i < t.i] == [c.i for c in t.lefts]
        assert [c.i for c in kids if c.i > t.i] == [c.i for c in t.rights]


def _governing_reference(doc, starts, run, lo, hi, verbs):
    """_governing_cue as written before speed37b (`.head` of Tokens)."""
    from dateline.extractors.quotes import _is_cue
    toks = tokens(doc)
    i = bisect.bisect_left(starts, run.start)
    j = bisect.bisect_left(starts, run.end)
    for t in toks[i:j]:
        h = t.head
        if i <= h.i < j:
            continue
        for _ in range(4):
            if not (lo <= h.idx < run.start or run.end <= h.idx < hi):
                break
            if _is_cue(h, verbs):
                return (h,)
            if h.head.i == h.i:
                break
            h = h.head
    return None


def test_governing_cue_equals_the_token_walk(ctx_of):
    ctx = ctx_of(STORY)
    doc, starts, verbs = ctx.doc, column(ctx.doc, "IDX"), speech_verbs()
    runs = list(quoted_runs(ctx.text))
    assert len(runs) >= 4
    found = 0
    for run in runs:
        for lo, hi in ((0, len(ctx.text)), (max(0, run.start - 80), run.end + 80), (run.start, run.end)):
            new, old = _governing_cue(doc, starts, run, lo, hi, verbs), _governing_reference(doc, starts, run, lo, hi,
                                                                                               verbs)
            assert (None if new is None else new[0].i) == (None if old is None else old[0].i)
            found += new is not None
    assert found                                  # (some run has a governing speech verb: the walk was taken)


def test_speaker_chains_and_antecedents_equal_the_token_walk(ctx_of):
    doc = ctx_of(STORY).doc
    res = Resolver(doc)
    toks, titles, chains, ante = tokens(doc), person_titles(), {}, []
    for t in (toks[i] for i in where(doc, "POS", string_ids(["PROPN"]))):   # (the loop as written before speed37b)
        if t.pos_ == "PROPN" and t.i and toks[t.i - 1].dep_ == "compound" and toks[t.i - 1].head.i == t.i \
                and t.ent_type_ in ("", "PERSON", "ORG"):
            s = t.i - 1
            while s > 0 and toks[s - 1].pos_ == "PROPN" and toks[s - 1].dep_ == "compound":
                s -= 1
            while s < t.i and toks[s].lower_.rstrip(".") in titles:
                s += 1
            if s < t.i:
                chains.setdefault(t.lower_, _mention(doc, s, t.i + 1))
        if t.dep_ in _SUBJ and t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG") and t.i + 1 < len(doc) \
                and toks[t.i + 1].pos_ != "PROPN":
            ante.append(t.idx)
    assert res._chains == chains
    assert {s for s, _ in res._ante} >= set(ante)


def test_np_bounds_unchanged_on_invented_phrases(ctx_of):
    from dateline.extractors.actors.state import ActorState
    ctx = ctx_of(STORY)
    st = ActorState(ctx, ())
    heads = [t for t in ctx.doc if t.lower_ in ("secretary", "officials", "member", "mayor")]
    got = {ctx.text[slice(*np_bounds(st, t))] for t in heads}
    assert "The secretary of the Aberwick rowing club" in got or "secretary of the Aberwick rowing club" in got
    assert any(g.startswith("three officials of the Velmar Port Authority") for g in got)
    assert any("a member of the harbour board" == g for g in got)
