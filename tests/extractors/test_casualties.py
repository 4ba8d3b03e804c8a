"""Casualty counts: the forms of a count, its qualifier, victims, period and source, and events' sizes."""
from __future__ import annotations

import json
import pathlib

from dateline.extractors.casualties import extract_casualties, lexicon
from dateline.records import Actor, Mention, TimeExpression

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "fixtures"


def counts(ctx, actors=(), dates=()):
    return extract_casualties(ctx, list(actors), list(dates))


def test_lexicons_load():
    lex = lexicon()
    assert lex["numbers"]["dozen"] == (12, "scale") and lex["numbers"]["dozens"][1] == "vague"
    assert lex["terms"]["verb"]["kill"] == "killed" and lex["terms"]["adj"]["missing"] == "missing"
    assert lex["victims"]["civilian"] == "civilians"
    assert lex["quals"]["at least"] == "at least"


def test_gold_fixture_is_well_formed():
    rows = [json.loads(l) for l in (FIXTURES / "casualties_gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 30
    kinds = {"killed", "injured", "arrested", "missing"}
    assert all(any(k in c for k in kinds) for r in rows for c in r["casualties"])


def test_count_across_a_dashed_aside_with_its_qualifier(ctx_of):
    text = "\n\nThe raid in which at least 40 villagers -- many of them women -- were killed drew protests."
    ctx = ctx_of(text)
    (c,) = counts(ctx)
    assert (c.killed, c.qualifier, c.victims) == (40, "at least", "villagers")
    assert text[c.start:c.end] == c.text and c.text.startswith("at least 40")


def test_killing_and_wounding_with_elided_victims(ctx_of):
    ctx = ctx_of("\n\nA roadside bomb hit the patrol, killing three soldiers and wounding five.")
    cs = counts(ctx)
    assert [(c.killed, c.injured, c.victims) for c in cs] == [(3, None, "soldiers"), (None, 5, "soldiers")]


def test_arrests_missing_and_dead(ctx_of):
    ctx = ctx_of("\n\nPolice detained 40 protesters. The blast left 9 dead. Eleven fishermen are still missing.")
    got = {(c.arrested, c.killed, c.missing) for c in counts(ctx)}
    assert got == {(40, None, None), (None, 9, None), (None, None, 11)}


def test_number_words_and_vague_plurals(ctx_of):
    ctx = ctx_of("\n\nA dozen guards were hurt. Two hundred people were arrested. Dozens of students were wounded.")
    got = [(c.injured or c.arrested, c.qualifier) for c in counts(ctx)]
    assert got == [(12, None), (200, None), (24, "at least")]


def test_range_gives_its_lower_bound(ctx_of):
    ctx = ctx_of("\n\nBetween 10 and 15 rebels were killed in the air strikes.")
    (c,) = counts(ctx)
    assert (c.killed, c.qualifier) == (10, "between")


def test_death_toll_with_period_and_source(ctx_of):
    text = "\n\nThe minister put the death toll from more than two years of fighting at 9,000 on Tuesday."
    ctx = ctx_of(text)
    m = text.index("minister")
    actor = Actor(id="a7", name="the minister", mentions=(Mention(m - 4, m + 8, "the minister"),))
    d = text.index("more than two years")
    period = TimeExpression(d, d + 19, "more than two years", "P2Y", "DURATION")
    (c,) = counts(ctx, [actor], dates=[period])
    assert (c.killed, c.period, c.source) == (9000, "P2Y", "a7")


def test_things_counted_are_no_casualties(ctx_of):
    ctx = ctx_of("\n\nThe council vetoed two rounds of sanctions in 14 months and closed three offices.")
    assert counts(ctx) == []


def test_tens_of_thousands(ctx_of):
    ctx = ctx_of("\n\nTens of thousands of people were detained after the failed coup.")
    (c,) = counts(ctx)
    assert (c.arrested, c.qualifier, c.victims) == (20000, "at least", "people")


def test_the_killers_are_not_counted_as_victims(ctx_of):
    ctx = ctx_of("\n\nTwo gunmen who killed 14 people at the office were shot by police.")
    assert [(c.killed, c.injured, c.victims) for c in counts(ctx)] == [(None, 2, "gunmen"), (14, None, "people")]


def test_figurative_hurt_and_missing_things_are_no_casualties(ctx_of):
    ctx = ctx_of("\n\nThe crisis hurt millions of families. Investigators found 3,000 files that were missing.")
    assert counts(ctx) == []


def test_a_partitive_of_the_wounded_is_no_new_count(ctx_of):
    ctx = ctx_of("\n\nDoctors said four of the injured were in a serious condition. Nine of them were later arrested.")
    assert [(c.injured, c.arrested) for c in counts(ctx)] == [(None, 9)]


def test_source_from_a_trailing_attribution(ctx_of):
    text = "\n\nAt least 12 people were killed in the blast, the governor said on Sunday."
    ctx = ctx_of(text)
    g = text.index("the governor")
    actor = Actor(id="a3", name="the governor", mentions=(Mention(g, g + 12, "the governor"),))
    (c,) = counts(ctx, [actor])
    assert (c.killed, c.source) == (12, "a3")


def test_no_source_without_a_speaker(ctx_of):
    text = "\n\nAt least 12 people were killed in the blast on Sunday."
    (c,) = counts(ctx_of(text))
    assert c.source is None


def test_shot_dead_and_lives_claimed(ctx_of):
    ctx = ctx_of("\n\nSoldiers shot dead 4 looters. The fighting has claimed 90 lives. Medics saved 30 lives.")
    assert [(c.killed, c.victims) for c in counts(ctx)] == [(4, "looters"), (90, None)]


def test_relative_clause_and_named_group_after_of(ctx_of):
    ctx = ctx_of("\n\nRelatives of 7 pilgrims who were killed sued. Air strikes killed dozens of Shabaab fighters.")
    assert [(c.killed, c.victims) for c in counts(ctx)] == [(7, "pilgrims"), (24, "fighters")]


def test_victims_counted_one_by_one(ctx_of):
    ctx = ctx_of("\n\nA 23-year-old man was shot and killed outside a store on Monday. Police shot the gunman, who was "
                 "taken to a hospital.")
    assert [(c.killed, c.injured) for c in counts(ctx)] == [(1, None), (None, 1)]
    ctx = ctx_of("\n\nA boy was shot in the leg on Payson Street.")
    assert [(c.killed, c.injured, c.victims) for c in counts(ctx)] == [(None, 1, "children")]
    ctx = ctx_of("\n\nThe man was pronounced dead at the scene. A woman and her son were wounded.")
    assert [(c.killed, c.injured) for c in counts(ctx)] == [(1, None), (None, 2)]


def test_no_victim_where_nothing_happened(ctx_of):
    ctx = ctx_of("\n\nThe driver could have been killed, and the clerk was not hurt. Was anyone shot?")
    assert counts(ctx) == []


def test_numbers_in_names_and_running_totals_are_no_counts(ctx_of):
    ctx = ctx_of("\n\nA deputy told News 5 the victim was shot outside the store. More than 700 people have been "
                 "shot in the city this year.")
    assert [(c.killed, c.injured) for c in counts(ctx)] == [(None, 1)]


def test_the_death_of_a_named_victim(ctx_of):
    ctx = ctx_of("\n\nPolice charged a neighbour in the shooting death of 7-month-old Mara Kell.")
    assert [c.killed for c in counts(ctx)] == [1]


def test_self_inflicted_and_suffered_wounds(ctx_of):
    ctx = ctx_of("\n\nA 6-year-old boy is in good condition after he accidentally shot himself while playing at home.")
    assert [c.injured for c in counts(ctx)] == [1]
    ctx = ctx_of("\n\nThe child suffered non-life threatening injuries, a nurse said.")
    assert [(c.injured, c.victims) for c in counts(ctx)] == [(1, "children")]


def test_the_quick_tests_pass_every_word_a_casualty_term_can_be(ctx_of):
    """`_term` stops at once on a word whose lemma and form no key holds (lexicon `term_lemmas`, `term_words`);
    `_victim_words` marks every word where `_single_victims` may count; `_has_number` answers as a walk over
    the sentence's tokens would. Each word below is looked at as the full tests would."""
    from dateline.extractors.casualties import (_has_number, _is_number, _number_indices, _term, _victim_words)
    from dateline.extractors.spans import tokens

    lex = lexicon()
    phrasal = [k for k in lex["terms"]["verb"] if " " in k]
    assert phrasal and all(k.split()[0] in lex["term_lemmas"] for k in phrasal)
    ctx = ctx_of("Police rounded up 20 protesters on Monday. A man was shot dead and his brother was wounded.\n\n"
                 "The boy died of his injuries; the killing of a guard was reported. Nobody was hurt.\n\n"
                 "Dozens went missing. Three people remain in hospital. Officers said so.")
    doc = ctx.doc
    marks = _victim_words(doc, lex)
    verbs, adjs, pverbs = lex["terms"]["verb"], lex["terms"]["adj"], lex["terms"]["pverb"]
    for t in tokens(doc):
        lemma, low = t.lemma_.lower(), t.lower_
        could = lemma in verbs or lemma in pverbs or any(k.startswith(lemma + " ") for k in verbs) or \
            low in adjs or low in pverbs
        assert (_term(t, lex) is not None) <= could, t.text
        assert (t.i in marks) == (could or lemma in lex["victim_lemmas"]), t.text
    assert [t.text for t in tokens(doc) if _term(t, lex)] == ["rounded", "shot", "dead", "wounded", "died", "hurt",
                                                              "missing"]
    for sent in doc.sents:
        toks = tokens(doc)[sent.start:sent.end]
        assert _has_number(doc, sent.start, toks, lex["numbers"]) == any(_is_number(t, lex["numbers"]) for t in toks)
    assert marks == sorted(marks)
    # (speed36c) the number words the phrases start from: every word `_is_number` holds for, words and figures alike
    assert _number_indices(doc, lex["numbers"]) == [t.i for t in tokens(doc) if _is_number(t, lex["numbers"])]
    assert [tokens(doc)[i].text for i in _number_indices(doc, lex["numbers"])] == ["20", "Dozens", "Three"]


def test_number_indices_are_the_words_is_number_holds_for(ctx_of):
    """speed36c: `_number_phrases` starts only from `_number_indices`; figures with commas and points count, an ordinal
    or a figure with two points does not, a number word does (the same words as `_is_number` at every token)."""
    from dateline.extractors.casualties import _is_number, _number_indices, _number_phrases
    from dateline.extractors.spans import sentences, tokens

    numbers = lexicon()["numbers"]
    ctx = ctx_of("On the 10th day, 1,200 people fled and 3.5 percent of 1.2.3 stayed; one man and a dozen women died.\n\n"
                 "Two hundred and five were hurt, tens of thousands marched.")
    doc = ctx.doc
    want = [t.i for t in tokens(doc) if _is_number(t, numbers)]
    assert _number_indices(doc, numbers) == want
    assert {"1,200", "3.5", "one", "dozen", "Two", "hundred"} <= {tokens(doc)[i].text for i in want}
    assert not {"10th", "1.2.3"} & {tokens(doc)[i].text for i in want}
    phrases = [[tokens(doc)[i].text for i in range(a, b + 1)] for s in sentences(doc) for a, b in _number_phrases(s, numbers)]
    assert ["a", "dozen"] in phrases and ["Two", "hundred", "and", "five"] in phrases and ["tens", "of", "thousands"] in phrases


def test_single_victims_after_a_wound_in_the_same_sentence_are_read_as_before(ctx_of):
    """speed36c: `_single_victims` walks only the words `_victim_words` marks; a victim found at one word must not move
    where the walk reads the next (`he was shot ... before he died`: the death is the count, as when it walked every
    word; a walk that lost its place read `he was shot` instead)."""
    ctx = ctx_of("ABERWICK (Wire) - The driver told police he was shot by a neighbour before he died at the scene.")
    assert [(c.text, c.killed, c.injured) for c in extract_casualties(ctx, [], [])] == [("he died", 1, None)]


def test_animals_counted_are_no_casualties(ctx_of):
    """lead46 (user46 saw an overview of 155 million killed): a count of animals that died or were killed (`4 million
    ducks have died`, `900 pigs were killed`) is no casualty count; the people counted beside them still are."""
    ctx = ctx_of("\n\nMore than 4 million ducks have died or been culled in the province since March, and 900 pigs "
                 "were killed on one farm. Three farm workers died of the fever.")
    found = counts(ctx)
    assert [c.killed for c in found] == [3], [(c.text, c.killed) for c in found]


def test_an_animal_word_that_names_people_is_counted(ctx_of):
    """review46b: lead46's animal words skip a count of animals written as common nouns only; the same word with a
    capital inside (`SEALs`) or after a capitalised name (`Navy Seals`) names people: a casualty count."""
    for text in ("CORVALE (Wire) - Two Navy SEALs were killed in a training accident off the coast on Tuesday.",
                 "CORVALE (Wire) - Two Navy Seals were killed in a training accident off the coast on Tuesday."):
        found = counts(ctx_of(text))
        assert [c.killed for c in found] == [2], [(c.text, c.killed) for c in found]
    found = counts(ctx_of("CORVALE (Wire) - Two seals were killed by a boat off the coast on Tuesday."))
    assert found == [], [(c.text, c.killed) for c in found]
