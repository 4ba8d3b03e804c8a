"""The span look-ups answer exactly as a scan over the spans in order would (the extractors rely on it)."""
from __future__ import annotations

import random

from dateline.extractors.spans import ByStart, Spans, SpanBag


def scan_first(spans, x):
    return next((i for i, (s, e, _) in enumerate(spans) if s <= x < e), None)


def test_spans_match_a_scan_on_random_disjoint_and_overlapping_spans():
    rng = random.Random(3)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 60)
            spans.append((s, s + rng.randrange(0, 8), None))
        idx = Spans(spans)
        for x in range(-2, 70):
            assert idx.first_holding(x) == scan_first(spans, x)
        for _ in range(20):
            a = rng.randrange(-2, 70)
            b = a + rng.randrange(0, 10)
            assert idx.overlaps(a, b) == any(s < b and a < e for s, e, _ in spans)


def test_span_bag_around_is_a_superset_of_overlaps_and_containers():
    rng = random.Random(5)
    bag, spans = SpanBag(), []
    for _ in range(400):
        s = rng.randrange(0, 5000)
        e = s + rng.randrange(0, 700)
        bag.add(s, e, len(spans))
        spans.append((s, e))
    for _ in range(300):
        a = rng.randrange(0, 5500)
        b = a + rng.randrange(0, 50)
        near = {p for _, _, p in bag.around(a, b)}
        for i, (s, e) in enumerate(spans):
            if (s < b and a < e) or (s <= a and b <= e):
                assert i in near


def test_by_start_within_keeps_the_given_order():
    class R:
        def __init__(self, start):
            self.start = start

    items = [R(s) for s in (30, 5, 17, 5, 99, 0)]
    got = ByStart(items).within(5, 31)
    assert [r.start for r in got] == [30, 5, 17, 5]


def test_columns_and_string_ids_say_what_the_tokens_say(nlp):
    """`column` reads a token attribute from the doc's array; `string_ids` gives the same ids for strings
    (symbols such as `number`, `root` and `PROPN` included, which spaCy stores as their symbol ids)."""
    from dateline.extractors.spans import column, string_ids

    doc = nlp("The number of roots in Paris rose, Mayor Ana Ruiz said.\n\nNo one at the root of it.")
    assert column(doc, "IDX") == [t.idx for t in doc]
    for attr, value in (("ORTH", "text"), ("LOWER", "lower_"), ("POS", "pos_")):
        got = column(doc, attr)
        for t in doc:
            assert (got[t.i] in string_ids([getattr(t, value)])), (attr, t.text)
            assert (got[t.i] in string_ids(["nothing", "at all"])) == (getattr(t, value) in ("nothing", "at all"))
    assert column(nlp.make_doc(""), "ORTH") == []


def test_overlapping_spans_far_apart_match_a_scan():
    """Overlapping spans are looked up in buckets by start (nested mentions of a long article): the answer is
    still the scan's, the first span in the order given that holds the offset."""
    rng = random.Random(16)
    for _ in range(40):
        spans = []
        for _ in range(rng.randrange(2, 60)):
            s = rng.randrange(0, 5000)
            spans.append((s, s + rng.choice((0, 1, 5, 40, 300, 900)), None))
        spans.append((spans[0][0], spans[0][1] + 1, None))          # overlapping for sure
        idx = Spans(spans)
        assert not idx.disjoint
        for x in list(range(-3, 5200, 7)) + [s for s, _, _ in spans] + [e for _, e, _ in spans]:
            assert idx.first_holding(x) == scan_first(spans, x)


def test_tokens_and_entities_are_made_once_per_doc_and_forgotten(nlp):
    """`tokens` and `entities` answer as `list(doc)` and `doc.ents` do, and the second call returns what the
    first made (no Token or Span made again); `forget` drops only what the passes kept."""
    from dateline.extractors.spans import entities, forget, sentence_of, tokens

    doc = nlp("Mayor Ana Ruiz met officials of the United Nations in Paris.\n\nShe left on Monday.")
    doc.user_data["someone.else"] = 1
    toks = tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc))) and [t.text for t in toks] == [t.text for t in doc]
    assert tokens(doc) is toks
    ents = entities(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is ents
    sentence_of(doc, 3)
    forget(doc)
    assert doc.user_data == {"someone.else": 1}
    assert tokens(doc) is not toks               # made again after forget


def test_tokens_and_children_of_docs_read_in_turn_are_each_docs_own(nlp):
    """`tokens` and `children` answer from the doc read last (speed29): two docs read in turn each get their own
    lists, the ones kept in their `user_data`, and after `forget` a doc's lists are made again."""
    from dateline.extractors.spans import children, forget, tokens

    a = nlp("The council met the mayor on Friday.")
    b = nlp("Rebels shelled the port town overnight, officials said.")
    ta, tb = tokens(a), tokens(b)
    for _ in range(2):
        assert tokens(a) is ta and tokens(b) is tb and ta is a.user_data["dateline.tokens"]
        for doc in (a, b):
            for t in tokens(doc):
                kids = children(t)
                assert [k.i for k in kids] == [k.i for k in t.children] and all(k.doc is doc for k in kids)
                assert children(t) is kids
    kept = children(tb[1])
    forget(b)
    assert tokens(b) is not tb and children(tokens(b)[1]) is not kept
    assert [k.i for k in children(tokens(b)[1])] == [k.i for k in tb[1].children]
    assert tokens(a) is ta                         # (the other doc's lists stay its own)


def test_columns_are_made_once_per_doc_and_where_finds_the_tokens_a_scan_finds(nlp):
    """`column` keeps what it read on the doc (the passes share it) until `forget`; `where` gives the tokens whose
    attribute is among the wanted ids, as a walk over every Token would; `lexicon_ids` makes a word class's ids
    once for that object, and again for another object."""
    from spacy.symbols import NOUN, PROPN

    from dateline.extractors.spans import column, forget, lexicon_ids, string_ids, where

    doc = nlp("The Mayor of Paris met the mayors of Lyon in Paris.\n\nThe talks ended on Monday.")
    lower = column(doc, "LOWER")
    assert column(doc, "LOWER") is lower and lower == doc.to_array("LOWER").tolist()
    assert where(doc, "LOWER", string_ids(["paris", "the"])) == [t.i for t in doc if t.lower_ in ("paris", "the")]
    assert where(doc, "ORTH", string_ids(["Paris"])) == [t.i for t in doc if t.text == "Paris"]
    assert where(doc, "POS", {NOUN, PROPN}) == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]
    assert where(doc, "LOWER", frozenset()) == []
    words = frozenset(("mayor", "talks"))
    assert lexicon_ids(words) is lexicon_ids(words) and lexicon_ids(words) == string_ids(words)
    other = frozenset(("lyon",))
    assert lexicon_ids(other) == string_ids(other)
    forget(doc)
    assert column(doc, "LOWER") is not lower and column(doc, "LOWER") == lower


def test_sentence_of_gives_each_sentence_once_with_the_parse_bounds(nlp):
    """`sentence_of` answers as `doc[i].sent` for every token, and gives one shared Span per sentence."""
    from dateline.extractors.spans import sentence_of

    doc = nlp("Rebels took the town. Officials denied it on Monday, a spokesman said.\n\nTalks resume today.")
    for t in doc:
        sent = sentence_of(doc, t.i)
        assert (sent.start, sent.end) == (t.sent.start, t.sent.end)
        assert sentence_of(doc, sent.start) is sent
    assert len({id(sentence_of(doc, t.i)) for t in doc}) == len(list(doc.sents))


def test_having_gives_the_tokens_a_walk_over_every_token_gives(nlp):
    """`having` keeps, in order, the tokens with a wanted value in any column named (a sentence's slice of
    `tokens`, a Span, or a list with gaps, read token by token): what `pos_`/`dep_`/`lower_` tests would keep."""
    from dateline.extractors.spans import having, ids_of, string_ids, tokens

    doc = nlp("Rebels who seized the town were driven out, and the mayor, a lawyer, said she would return.\n\n"
              "The army denied it.")
    toks = tokens(doc)
    verbs = [t.i for t in toks if t.pos_ in ("VERB", "AUX")]
    assert [t.i for t in having(toks, POS=ids_of("VERB", "AUX"))] == verbs and verbs
    for sent in doc.sents:
        part = toks[sent.start:sent.end]
        want = [t.i for t in part if t.pos_ == "NOUN" or t.dep_ == "appos" or t.lower_ in ("who", "she")]
        got = having(part, POS=ids_of("NOUN"), DEP=ids_of("appos"), LOWER=string_ids(["who", "she"]))
        assert [t.i for t in got] == want
        assert [t.i for t in having(sent, POS=ids_of("NOUN"))] == [t.i for t in sent if t.pos_ == "NOUN"]
    gaps = toks[::2]
    assert [t.i for t in having(gaps, POS=ids_of("VERB"), DEP=ids_of("ROOT"))] == [
        t.i for t in gaps if t.pos_ == "VERB" or t.dep_ == "ROOT"]
    assert having([], POS=ids_of("VERB")) == [] and having(toks, POS=frozenset()) == []
    four = dict(POS=ids_of("ADJ"), DEP=ids_of("appos"), LOWER=string_ids(["who"]), TAG=string_ids(["NNS"]))
    assert [t.i for t in having(toks, **four)] == [
        t.i for t in toks if t.pos_ == "ADJ" or t.dep_ == "appos" or t.lower_ == "who" or t.tag_ == "NNS"]
    again = having(toks[3:9], POS=ids_of("VERB", "AUX"))     # (the doc's answer, kept: a slice of it)
    assert again == [t for t in toks[3:9] if t.pos_ in ("VERB", "AUX")] and all(t in toks for t in again)
    assert ids_of("VERB", "AUX") is ids_of("VERB", "AUX") and ids_of("VERB") == string_ids(["VERB"])


def test_lowered_and_words_in_say_what_the_tokens_say(nlp):
    """`lowered` is every token's lemma (or another string attribute) in lower case, as `lemma_.lower()` reads it;
    `words_in` the indices of a stretch's tokens that are not space: what the passes read off the columns."""
    from dateline.extractors.spans import lowered, words_in

    doc = nlp("The Mayor of Aberwick was Named Person of the Year.\n\n  NATO:  Talks Resume\n\nShe said so.")
    assert lowered(doc) == [t.lemma_.lower() for t in doc]
    assert lowered(doc, "ORTH") == [t.text.lower() for t in doc] and "nato" in lowered(doc, "ORTH")
    assert lowered(doc) is lowered(doc)                      # (made once a doc)
    for a, b in ((0, len(doc)), (3, 12), (5, 5)):
        assert words_in(doc, a, b) == [t.i for t in doc[a:b] if not t.is_space]
    assert len(words_in(doc, 0, len(doc))) < len(doc)       # (the blank lines are left out)


def test_the_parsed_text_is_kept_as_the_docs_text(nlp):
    """`pipeline.parsed` keeps the text it parsed as the doc's `text` (`spans.text` then makes no Token): it is
    `doc.text` exactly, the blanked dateline and repeated headline, tabs, runs of spaces and newlines included."""
    from dateline.extractors.spans import text
    from dateline.pipeline import context
    from dateline.records import RawArticle

    body = ("Storm Floods Farms\n\nStorm Floods Farms\n\nKELMSTON, Norland (Wire) - Rain\tfell  for three days,\n"
            "officials said.\n\n\n  \"We lost everything,\" a farmer said.  ")
    ctx = context(RawArticle(id="t", origin="t", text=body))
    kept = ctx.doc.user_data.get("dateline.text")
    assert kept is not None and kept == ctx.doc.text and text(ctx.doc) is kept
    assert len(kept) == len(body) and kept != body          # (the headline copy and the dateline are blanked)


def test_the_flag_and_length_columns_say_what_the_tokens_say(nlp):
    """The columns `nameless_spans` reads for runs of capitals (IS_ALPHA, IS_UPPER, LENGTH, IS_PUNCT, IS_SPACE,
    LIKE_NUM) give each token's `is_alpha`, `is_upper`, `len`, `is_punct`, `is_space` and `like_num`."""
    from dateline.extractors.spans import column

    doc = nlp("TWO DEAD, 16 INJURED IN U.S. BLAST\n\nA crowd of 2,000 gathered; \"NO MORE,\" they said.  Twelve left.")
    for attr, read in (("IS_ALPHA", lambda t: t.is_alpha), ("IS_UPPER", lambda t: t.is_upper), ("LENGTH", len),
                       ("IS_PUNCT", lambda t: t.is_punct), ("IS_SPACE", lambda t: t.is_space),
                       ("LIKE_NUM", lambda t: t.like_num)):
        assert column(doc, attr) == [int(read(t)) for t in doc], attr


def test_sentences_are_the_parse_sentences_made_once_and_shared_with_sentence_of(nlp):
    """`sentences` is `list(doc.sents)` (the same bounds, in order), made once per doc; `sentence_of` gives those very
    Spans; forgetting the doc makes them again."""
    from dateline.extractors.spans import forget, sentence_of, sentences

    doc = nlp("Rebels took the town. Officials denied it on Monday, a spokesman said.\n\nTalks resume today. Why?")
    sents = sentences(doc)
    assert [(s.start, s.end) for s in sents] == [(s.start, s.end) for s in doc.sents] and len(sents) >= 3
    assert sentences(doc) is sents
    assert all(sentence_of(doc, t.i) is next(s for s in sents if s.start <= t.i < s.end) for t in doc)
    forget(doc)
    assert sentences(doc) is not sents and [s.text for s in sentences(doc)] == [s.text for s in sents]


def test_lemma_in_says_whether_a_word_of_the_set_is_in_the_doc(nlp):
    """`lemma_in` answers as a walk over the tokens would (a lemma in lower case in the set, or with `lower` the
    lower-case form), once per doc and set."""
    from dateline.extractors.spans import lemma_in

    harm = frozenset({"wound", "stabbing"})
    doc = nlp("Two men were Wounded. A Stabbings inquiry opened.")
    walk = any(t.lemma_.lower() in harm for t in doc)
    assert lemma_in(doc, harm) is walk and walk               # (`Wounded`: lemma `wound`)
    assert lemma_in(doc, harm, lower=True) is True
    forms = frozenset({"stabbings"})                          # (a form whose lemma is another word)
    assert lemma_in(doc, forms) is any(t.lemma_.lower() in forms for t in doc)
    assert lemma_in(doc, forms, lower=True) is True
    assert lemma_in(doc, frozenset({"zorblat"}), lower=True) is False


def test_the_lexeme_columns_are_the_doc_arrays_whatever_words_were_met_before(nlp):
    """`column` reads a lexeme's attributes (LOWER, LENGTH, the flags) per distinct word once a process: for words met
    before and words new to it, the same ints as `doc.to_array` (spaces, quotes, numbers, capitals, stop words)."""
    from dateline.extractors import spans

    texts = ["“Quoted,” she said on Tuesday — 3,000 'people' ½ IV ÜNÏCÖDÉ  \n\n\t tabs 12.5% AT&T U.S. e-mail ...",
             "The Quoted words: 3,000 PEOPLE and a zorblatting Ünïcödé, said she, on the tabs."]
    for text in texts:                                    # (the second doc meets many of the first's words again)
        doc = nlp(text)
        for attr in spans._LEXEME_COLUMNS:
            assert spans.column(doc, attr) == doc.to_array(attr).tolist(), attr
    assert spans._LEXEME                                  # (kept across docs)


def test_where_and_having_answer_alike_for_few_and_many_wanted_values(nlp):
    """A set of at most `_FEW` values is tested on the column's array, a larger one word by word: both give the
    indices a walk over every Token gives, and so does a question mixing the two kinds of set."""
    from dateline.extractors.spans import _FEW, having, ids_of, string_ids, tokens, where

    doc = nlp("The mayor of Aberwick said on Monday that the rebels, who had seized two bridges, would talk again.")
    words = sorted({t.lower_ for t in doc})
    many = string_ids(words[: _FEW + 3])
    few = string_ids(words[:2])
    assert len(many) > _FEW >= len(few)
    for wanted in (few, many):
        assert where(doc, "LOWER", wanted) == [t.i for t in doc if t.lower_ in words[: len(wanted)]]
    toks = tokens(doc)
    got = having(toks, LOWER=many, DEP=ids_of("nsubj"))
    assert [t.i for t in got] == [t.i for t in doc if t.lower_ in words[: _FEW + 3] or t.dep_ == "nsubj"]
    assert [t.i for t in having(toks, POS=ids_of("VERB"), DEP=ids_of("relcl", "ccomp"))] == [
        t.i for t in doc if t.pos_ == "VERB" or t.dep_ in ("relcl", "ccomp")]


def test_where_and_having_with_wanted_values_no_word_of_the_doc_holds(nlp):
    """A few wanted values of which some or all stand nowhere in the doc (speed44: those are not compared): `where` and
    `having` still give the indices a walk over every Token gives, and nothing where no value stands."""
    from dateline.extractors.spans import _equal, _values, forget, having, ids_of, string_ids, tokens, where

    doc = nlp("The envoy of Lindmoor met the rebels in Aberwick on Tuesday and said the talks would go on.")
    absent = string_ids(["zorblat", "quenwick", "marsh", "ferry"])
    mixed = string_ids(["zorblat", "rebels", "quenwick", "talks"])
    for made in (False, True):            # (the doc's distinct values not made yet, then made: `_values`)
        forget(doc)
        if made:
            _values(doc, "LOWER"), _values(doc, "POS"), _values(doc, "DEP")
        assert where(doc, "LOWER", absent) == [] and not _equal(doc, "LOWER", absent).any()
        assert len(_equal(doc, "LOWER", absent)) == len(doc)
        assert where(doc, "LOWER", mixed) == [t.i for t in doc if t.lower_ in ("rebels", "talks")]
        assert where(doc, "POS", ids_of("INTJ", "SYM", "VERB")) == [
            t.i for t in doc if t.pos_ in ("INTJ", "SYM", "VERB")]
        got = having(tokens(doc), LOWER=mixed, DEP=ids_of("csubjpass", "nsubj"))
        assert [t.i for t in got] == [t.i for t in doc if t.lower_ in ("rebels", "talks") or t.dep_ == "nsubj"]


def test_heads_children_and_descendants_say_what_the_tokens_say(nlp):
    """`heads`, `children` and `descendants` read the parse off the HEAD column: the same as `Token.head.i`,
    `list(Token.children)` and the indices of `Token.subtree`, for every word."""
    from dateline.extractors.spans import children, descendants, forget, heads

    doc = nlp("Rebels who seized the town were driven out, and the mayor, a lawyer, said she would return.\n\n"
              "The army, which denied it, met envoys from Aberwick and Lindmoor on Monday.")
    for t in doc:
        assert heads(doc)[t.i] == t.head.i
        assert children(t) == list(t.children)
        assert descendants(t) == {x.i for x in t.subtree}
    kept = children(doc[3])
    assert children(doc[3]) is kept
    forget(doc)
    assert children(doc[3]) is not kept and children(doc[3]) == kept


def test_matches_at_gives_the_matches_of_finditer():
    """`matches_at` tries a pattern only where its scan finds a start (shifted), from a given position: the same
    matches as `finditer`, with look-behinds that read the text before each start."""
    import re

    from dateline.extractors.spans import matches_at

    rx = re.compile(r"(?<=[a-z], )\d{1,2}(?: years)?")
    scan = re.compile(r", \d")
    rng = random.Random(11)
    texts = ["Kim Aldo, 34, and Lee, 7 years, left", ", 5 at the start", "no digit here", ""]
    texts += ["".join(rng.choice("ab, 0123 years") for _ in range(rng.randrange(0, 60))) for _ in range(2000)]
    for text in texts:
        assert [m.span() for m in matches_at(rx, scan, text, 2)] == [m.span() for m in rx.finditer(text)]
        for pos in (0, 3, 10):
            assert [m.span() for m in matches_at(rx, scan, text, 2, pos)] == [m.span() for m in rx.finditer(text, pos)]


def test_where_with_no_wanted_value_and_lowered_over_words_met_before_and_new(nlp):
    """`where` with an empty set finds nothing; `lowered` gives `lemma_.lower()` of every word, whether its lemma was
    met in an earlier doc (read from the kept table in one walk) or is new to the process."""
    from dateline.extractors.spans import _LOWER, lowered, where

    first = nlp("The mayor of Aberwick said the rebels would talk.")
    assert where(first, "LOWER", frozenset()) == [] and where(first, "POS", frozenset()) == []
    assert lowered(first) == [t.lemma_.lower() for t in first]
    second = nlp("The Zorblatting MAYORS of Quenwick said the Rebels had talked.")   # old and new words mixed
    assert any(t.lemma not in _LOWER for t in second)
    assert lowered(second) == [t.lemma_.lower() for t in second]
    assert lowered(second, "ORTH") == [t.text.lower() for t in second]


_SPEED20_TEXT = ("The  mayor of Aberwick, a lawyer, said on Monday that the council would not back down.\n\n"
                 "Envoys from Lindmoor met her.  “We will return,” they said (loudly) at 3.5 p.m. ")


def test_span_of_span_text_and_span_tokens_are_what_a_doc_slice_gives(nlp):
    """`span_of(doc, a, b)` is the Span `doc[a:b]` gives, `span_text` its text and `span_tokens` its tokens, for every pair
    of bounds, the out-of-range and reversed ones included (spaCy's normalising of the slice)."""
    from dateline.extractors.spans import span_of, span_text, span_tokens

    doc = nlp(_SPEED20_TEXT)
    n = len(doc)
    for a in range(-3, n + 3):
        for b in range(-3, n + 3):
            want = doc[a:b]
            got = span_of(doc, a, b)
            assert (got.start, got.end, got.label) == (want.start, want.end, want.label)
            assert span_text(doc, a, b) == want.text
            assert [t.i for t in span_tokens(got)] == [t.i for t in want]


def test_char_span_is_spacys_char_span_in_the_strict_and_expand_modes(nlp):
    """`char_span(doc, start, end, mode)` gives the bounds spaCy's `Doc.char_span` gives (None, or the same error) for
    every pair of character offsets, on a space, a double space, a line break, inside a word or past the text."""
    from dateline.extractors.spans import char_span

    def bounds(make):
        try:
            span = make()
        except Exception as e:                    # (spaCy's own error for an end before the start)
            return type(e)
        return None if span is None else (span.start, span.end)

    doc = nlp(_SPEED20_TEXT)
    size = len(_SPEED20_TEXT)
    for mode in ("strict", "expand", "contract"):
        for a in range(-2, size + 3, 3 if mode == "contract" else 1):
            for b in range(a - 2, size + 3):
                want = bounds(lambda: doc.char_span(a, b, alignment_mode=mode))
                assert bounds(lambda: char_span(doc, a, b, alignment_mode=mode)) == want, (a, b, mode)


def test_sentence_tokens_are_the_tokens_of_the_tokens_sentence(nlp):
    """`sentence_tokens(t)` is `list(t.sent)`, from the doc's one token list, for every word."""
    from dateline.extractors.spans import sentence_tokens, tokens

    doc = nlp(_SPEED20_TEXT)
    kept = tokens(doc)
    for t in doc:
        got = sentence_tokens(t)
        assert [x.i for x in got] == [x.i for x in t.sent]
        assert all(x is kept[x.i] for x in got)


def test_a_span_is_made_once_a_doc_for_its_bounds(nlp):
    """`span_of` and `char_span` give the Span `doc[a:b]` and `doc.char_span` give, made once a doc for each pair
    of bounds (a Span costs three Tokens to make) and made again after `forget`."""
    from dateline.extractors.spans import char_span, forget, span_of, span_text

    doc = nlp("Mayor Ana Ruiz met officials of the Velmora Council in Aberwick on Monday.")
    one = span_of(doc, 1, 3)
    assert one is span_of(doc, 1, 3) and (one.start, one.end, one.text) == (1, 3, doc[1:3].text)
    assert char_span(doc, one.start_char, one.end_char) is one
    assert char_span(doc, 0, 9, alignment_mode="expand") is span_of(doc, 0, 2)
    assert span_text(doc, 1, 3) == one.text and span_of(doc, 4, 4).text == ""
    forget(doc)
    assert span_of(doc, 1, 3) is not one and span_of(doc, 1, 3) == one
