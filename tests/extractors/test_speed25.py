"""The twenty-fifth speed pass (speed25) reads off the doc's columns what its rules read off Tokens: each converted
function gives what the Token walk gave, on invented articles. The whole output is checked unchanged by
bench/bench_pair.py and h5 (every field of every dev and tune article)."""
from __future__ import annotations

GAMES = ("RIVERTON (Wire) - The Hornets beat the Falcons 52-17 on Saturday; the Owls crushed the Badgers 31 - 3 and "
         "the Larks lost 3-10 at home.\n\nA court heard case No. 14-915 on pages 12-30 of the brief. The midfielder "
         "shot past the goalkeeper before halftime, and a twenty-one-year-old forward scored twice.\n\n"
         "Clinton would beat Trump 46-40 in the primary, a poll said. The Comets won 250-3 in a practice game. "
         "Voters chose - by 7 - 5 - the mayor. The score was 2-1 - then 4-2.\n\nNo. 3-1 was the count; no 3 - 1 "
         "either. Police said a gunman shot two fans outside the stadium after the 101-99 game.")


def test_game_sentences_read_off_the_columns_are_the_walks(ctx_of):
    from dateline.extractors.events import checks, domains
    from dateline.extractors.spans import sentences, tokens

    w = checks.senses()
    doc = ctx_of(GAMES).doc
    toks = tokens(doc)
    seen_scored = seen_game = 0
    for s in sentences(doc):
        part = toks[s.start:s.end]
        assert domains._words_of(doc, s.start, s.end) == \
            {domains._lemma(t) for t in part} | {t.lower_ for t in part}
        assert domains._scored_at(doc, s.start, s.end) == domains._scored(part), s.text
        assert domains._game_sentence_at(doc, s.start, s.end, w) == domains._game_sentence(part, w), s.text
        seen_scored += domains._scored(part)
        seen_game += domains._game_sentence(part, w)
        for a in range(s.start, s.end, 3):             # (stretches that are not whole sentences: the same)
            for b in (a + 1, a + 4, s.end):
                b = min(b, s.end)
                assert domains._scored_at(doc, a, b) == domains._scored(toks[a:b]), (a, b)
    assert seen_scored >= 3 and seen_game >= 2          # (the article tests both answers)
    old = sum(domains._game_sentence(toks[s.start:s.end], w) for s in sentences(doc)) >= domains.GAME_SENTENCES
    assert domains.game_report(doc, w) == old


def test_a_doc_without_a_hyphen_has_no_score(ctx_of):
    from dateline.extractors.events import domains
    from dateline.extractors.spans import sentences

    doc = ctx_of("The Hornets beat the Falcons on Saturday. The Owls won by three goals.").doc
    assert domains._dashes(doc) == []
    assert not any(domains._scored_at(doc, s.start, s.end) for s in sentences(doc))


NAMES_TEXT = ("The Deferred Action program, or DAPA, met DAPA-2 and xDAPA; DAPA. Clinton Cash (Clinton Cash) and "
              "Clinton Cashier; U.S. and U.S.A. in the U.S.; aa aaa a-aa aa_a aa; Émile Zola, Zola's É Zola Zola; "
              "E. Montague Avenue and E. Montague, e. Montague Street; Palestine-born Palestine Palestine2 Palestine.")


def test_names_found_whole_are_the_look_behind_searches(ctx_of):
    import re

    from dateline.extractors.actors import hits

    for name in ("DAPA", "Clinton Cash", "U.S.", "aa", "a", "Zola", "É Zola", "Montague", "Palestine", "(Clinton",
                 "Cash)", ";", "no such name"):
        for edge in (r"\w", r"[\w-]"):
            old = [m.span() for m in re.finditer(r"(?<!" + edge + ")" + re.escape(name) + r"(?!" + edge + ")",
                                                 NAMES_TEXT)]
            new = [m.span() for m in hits._whole(name, NAMES_TEXT, edge)]
            assert new == old, (name, edge)
            assert [m.group(0) for m in hits._whole(name, NAMES_TEXT, edge)] == [NAMES_TEXT[a:b] for a, b in old]


def test_a_road_written_short_is_found_as_before():
    import re

    from dateline.extractors.actors import states
    from dateline.lexicon import actors as lex

    def old(text, name):                  # (`_short_for_a_road` before speed25)
        after = re.finditer(r"(?<!\w)" + re.escape(name) + r" ([A-Z][a-z]+\.?)", text)
        return any(m.group(1).lower() in lex.words("road_word") or m.group(1).lower() in lex.words("road_abbrev")
                   for m in after)

    seen = set()
    for name in ("E. Montague", "Montague", "Clinton", "Zola", "U.S.", "aa", "É", "Palestine", "no such name"):
        assert states._short_for_a_road(NAMES_TEXT, name) == old(NAMES_TEXT, name), name
        seen.add(old(NAMES_TEXT, name))
        gate = states._written_before_a_word(NAMES_TEXT, name)
        assert gate or not list(re.finditer(r"(?<!\w)" + re.escape(name) + r" ([A-Z][a-z]+\.?)", NAMES_TEXT))
    assert seen == {True, False}


def test_an_events_confidence_sum_is_the_same_float():
    import random

    from dateline.extractors.events import confidence

    found = confidence.fitted()
    w = found["weights"] if found else {"bias": 0.3, "type=ATTACK": -1.25, "quote": 0.1}
    names = list(w)[:200] + ["no-such-feature-%d" % k for k in range(20)]
    rng = random.Random(25)
    for _ in range(300):
        feats = {n: rng.choice((1.0, 0.0, rng.random(), 1e-9, 3.5)) for n in rng.sample(names, rng.randint(0, 60))}
        old = sum(w.get(k, 0.0) * v for k, v in feats.items())
        assert confidence._weighed(w, feats) == old
        assert repr(confidence._weighed(w, feats)) == repr(old)


ROOTS = ("ABERWICK (Wire) - Rebels attacked the convoy near the border on Monday, and police arrested two men who "
         "had fled. The minister, who was not named, said the talks with the union would go on.\n\n\"We condemn "
         "this,\" she told reporters, calling on both sides to stop. Nobody was hurt by the blast.")


def test_a_childs_relation_read_off_the_columns_is_the_walks(ctx_of):
    from dateline.extractors.events.triggers import child
    from dateline.extractors.spans import children, tokens

    doc = ctx_of(ROOTS).doc
    found = 0
    for deps in (("nsubj",), ("dobj",), ("pobj", "pcomp"), ("prep", "agent", "dative", "prt"), ("acomp", "attr"),
                 ("aux", "auxpass"), ("nope",), ()):
        for tok in tokens(doc):
            walk = next((c for c in children(tok) if c.dep_ in deps), None)
            got = child(tok, deps)
            assert got is walk, (tok.text, deps)             # (the same Token object, the doc's own)
            found += got is not None
    assert found > 10
