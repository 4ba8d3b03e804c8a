"""The actor passes that read a word's strings off the doc's columns (speed23b, `token_strings.strings`) give what
reading its Token gives: each is checked against the Token walk it replaced, on invented articles (the whole output
is checked unchanged by bench/bench_pair.py and the actor tests)."""
from __future__ import annotations

import importlib

import pytest

TEXT = ("Senator Maria Oakes said on Tuesday that the kingdom, which backs the rebels, had failed. \"We will not "
        "wait,\" she told reporters in Aberwick. Her campaign said the city lifted the curfew, and his lawyer, a "
        "partner at Lemmon Associates, denied it. Five men have appeared in court on charges of fraud; police "
        "arrested the men at a bar. The ruling party's spokesman, Tom Hale, met Republicans and the governor's "
        "nephew. The men who ran the Aberwick campaign were charged. A Democrat, Mary Ames, spoke. Aberwickians marched and "
        "Republicans said they would fight.")


def _module(name):
    return importlib.import_module("dateline.extractors.actors." + name)   # (the package exports the functions)


@pytest.fixture(scope="module")
def ctx(nlp):
    from dateline.pipeline import context
    from dateline.records import RawArticle

    return context(RawArticle(id="t", text=TEXT, origin="t", published="2024-03-05"))


def test_strings_are_the_tokens_strings(ctx):
    """`strings(doc, attr)[i]` is `doc[i].text`, `.lower_`, `.lemma_`, `.pos_`, `.tag_`, `.dep_`, `.ent_type_`."""
    from dateline.extractors.token_strings import strings

    doc = ctx.doc
    for attr, name in (("ORTH", "text"), ("LOWER", "lower_"), ("LEMMA", "lemma_"), ("POS", "pos_"), ("TAG", "tag_"),
                       ("DEP", "dep_"), ("ENT_TYPE", "ent_type_"), ("NORM", "norm_")):
        assert strings(doc, attr) == [getattr(t, name) for t in doc], attr
    assert strings(doc, "DEP") is strings(doc, "DEP")             # made once a doc
    assert "PERSON" in strings(doc, "ENT_TYPE") and "" in strings(doc, "ENT_TYPE")


def _state_before(ctx, last: str):
    """The ActorState of the article after the passes before `last` (not run)."""
    from dateline.extractors.actors import PASSES
    from dateline.extractors.actors.state import ActorState
    from dateline.extractors.quotes import extract_quotes

    st = ActorState(ctx, tuple(extract_quotes(ctx)))
    for run in PASSES:
        if run.__name__ == last:
            return st
        run(st)
    raise AssertionError(last)


def _recording(monkeypatch, module, names, answers=None):
    """Replace the module's functions `names` with ones that record (name, token index) and answer None (or
    `answers[name]`)."""
    calls = []

    def make(name):
        def rec(st, tok, *args):
            calls.append((name, tok.i))
            return (answers or {}).get(name)
        return rec

    for name in names:
        monkeypatch.setattr(module, name, make(name))
    return calls


def test_corefs_words_read_off_the_columns_send_each_word_where_the_token_walk_did(ctx, monkeypatch):
    """`coref` picks its relative pronouns, pronouns, local nouns, coreferring nouns and appositions from the columns:
    the same words, in the same order, to the same rule, as the walk over their Tokens."""
    from dateline.lexicon import actors as lex, pronoun_antecedents
    from dateline.extractors.spans import having, ids_of

    coref = _module("coref")
    st = _state_before(ctx, "coref")
    names = ("_relative", "_quoted_pronoun", "_pronoun", "_local", "_coref_noun", "_apposition")
    calls = _recording(monkeypatch, coref, names + ("_pronoun_campaign",))
    monkeypatch.setattr(coref, "_accused_by_pronoun", lambda st: None)
    monkeypatch.setattr(coref, "_speaker_pronouns", lambda st: None)
    monkeypatch.setattr(coref, "_headline_short_names", lambda st: None)
    coref.coref(st)
    got = [c for c in calls if c[0] != "_pronoun_campaign"]
    want, nouns, local = [], lex.coref_nouns(), lex.words("local_noun")
    quoted = st.in_quote
    for tok in having(st.toks, LOWER=coref._read_words(), POS=ids_of("NOUN", "PROPN"), DEP=ids_of("appos")):
        low = tok.lower_
        if low in coref.RELATIVE and tok.head.dep_ == "relcl" and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            want.append(("_relative", tok.i))
        elif low in pronoun_antecedents() or low in coref.OBJECT or low in coref.FIRST_PERSON or low in coref.WE:
            if st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                continue
            if tok.i in quoted:
                want.append(("_quoted_pronoun", tok.i))
            elif low not in coref.FIRST_PERSON and low not in coref.WE:
                want.append(("_pronoun", tok.i))
        elif low in local and tok.tag_ == "NN" and tok.dep_ in ("nsubj", "nsubjpass") and \
                not want.append(("_local", tok.i)):
            pass                                  # (the recorder answers None: on to the next test, as before)
        elif tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in nouns or low in nouns):
            if not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
                want.append(("_coref_noun", tok.i))
        elif tok.dep_ == "appos" and tok.tag_ == "NN":
            want.append(("_apposition", tok.i))
    assert got == want
    kinds = {name for name, _ in got}
    assert {"_relative", "_pronoun", "_quoted_pronoun", "_coref_noun", "_local"} <= kinds


def test_descriptions_words_read_off_the_columns_go_where_the_token_walk_sent_them(ctx, monkeypatch):
    """`descriptions` sends each noun that no title heads to the plural demonyms, relatives, campaigns or cause groups,
    and a party's word to its members, by the strings of the columns: as the walk over the nouns' Tokens did."""
    from dateline.lexicon import actors as lex
    from dateline.extractors.spans import where

    desc = _module("descriptions")
    st = _state_before(ctx, "descriptions")
    for name in ("_lower_case_bodies", "_aged_people", "_charged_people"):
        monkeypatch.setattr(desc, name, lambda st: None)
    names = ("_party_member", "_unnamed_member", "_plural_demonym", "_relative_of", "_campaign", "_cause_group",
             "_head_phrase")
    calls = _recording(monkeypatch, desc, names)
    desc.descriptions(st)
    want, heads = [], desc._title_heads()
    for i in where(st.doc, "POS", desc._NOUNS):
        tok = st.toks[i]
        if tok.i in st.person_at:
            continue
        if tok.tag_ == "NNP" and tok.text in lex.parties().words and tok.text not in ("Democratic", "GOP") and \
                not st.ctx.skipped(tok.idx, tok.idx + len(tok)):
            want += [("_party_member", tok.i), ("_unnamed_member", tok.i)]
        skipped = st.ctx.skipped(tok.idx, tok.idx + len(tok))
        if tok.lower_ not in heads and tok.lemma_.lower() not in heads:
            if tok.tag_ in ("NNS", "NNPS") and tok.i not in st.hits and tok.text[:1].isupper() and not skipped:
                want.append(("_plural_demonym", tok.i))
            elif tok.tag_ == "NN" and (tok.lemma_.lower() in lex.words("kin") or
                                       tok.lemma_.lower() in lex.words("relation")) and not skipped:
                want.append(("_relative_of", tok.i))
            elif tok.lower_ == "campaign" and not skipped:
                want.append(("_campaign", tok.i))
            elif tok.lemma_.lower() in lex.words("group_noun") and not skipped:
                want.append(("_cause_group", tok.i))
            continue
        if not skipped:
            want.append(("_head_phrase", tok.i))
            if tok.lemma_.lower() in lex.words("group_noun"):
                want.append(("_cause_group", tok.i))
    assert calls == want
    assert {"_party_member", "_plural_demonym", "_relative_of", "_head_phrase"} <= {n for n, _ in calls}


def test_charged_people_are_found_among_the_words_the_lower_column_names(ctx):
    """`_charged_people` reads only the words written as a plural of people (`men`, `women` ...): the group of
    suspects and its later `the men` are those the walk over every Token found."""
    desc = _module("descriptions")
    st = _state_before(ctx, "descriptions")
    desc._charged_people(st)
    groups = [c for c in st.clusters.values() if c.key[:2] == ("G", "charged")]
    assert len(groups) == 1 and groups[0].sector == "CRM"
    assert sorted(ctx.text[s:e] for s, e in groups[0].mentions) == ["Five men", "The men", "the men"]
    assert not [t.i for t in st.toks if t.lower_ in desc._PEOPLE_PLURALS and t.i not in
                _module("descriptions").where(st.doc, "LOWER", desc._ids(desc._PEOPLE_PLURALS))]


def test_letter_runs_are_the_per_character_walks():
    """`_letter_runs` (a regex) gives the walk over every character it replaced, letters of any script, numerals that
    are no letters (`²`, `½`), marks, digits and `_` alike."""
    people = _module("people")
    walk = (lambda t: " ".join("".join(ch if ch.isalpha() else " " for ch in t).split()))
    for t in ("", "By", "  additional reporting from  ", "follow 2 us_on twitter!", "x² and ½ of Ⅻ, São Paulo",
              "i\u0307stanbul — “Zoë”", "reporting by: a.b.c", "\u00aa\u00ba 3rd", "日本 news"):
        assert people._letter_runs(t) == walk(t), t


def test_letter_runs_with_dots_are_the_credit_lists_walk():
    """`_letter_runs(t, dots=True)` (`_credit_list`'s line before a name) gives the walk that keeps full stops with the
    letters, whatever the script or the numerals and marks among them (speed34b: it was that walk)."""
    people = _module("people")
    walk = (lambda t: " ".join("".join(ch if ch.isalpha() or ch == "." else " " for ch in t).split()))
    for t in ("", "...", "(Additional reporting by J.R. Doe, ", "Editing by Ann Lee Jr.; and ", "x² and ½ of Ⅻ. São",
              "i\u0307stanbul — “Zoë”.", "a_b.c1d", "\u00aa\u00ba 3rd.", "日本. news"):
        assert people._letter_runs(t, dots=True) == walk(t), t


def test_the_phrase_table_finds_what_a_walk_over_every_word_finds():
    """`Phrases` tries only the words that open a form (`_opening`): the matches of the walk over every word."""
    hits = _module("hits")
    from dateline.extractors.spans import column

    from dateline.pipeline import context
    from dateline.records import RawArticle

    doc = context(RawArticle(id="t3", origin="t3", text="Russian officials in Moscow met French envoys, Germany's "
                             "minister and the United Nations in New York on Monday.")).doc
    table = hits._phrases()
    words, got = column(doc, "ORTH"), table(doc)
    want = []
    for i, w in enumerate(words):
        for size in table.lengths.get(w, ()):
            if i + size > len(words):
                break
            want += [(label, i, i + size) for label in table.table.get(tuple(words[i:i + size]), ())]
    assert got == want and {"CAP", "DEM", "CTRY", "ORG"} <= {label for label, _, _ in got}


def test_titles_before_a_name_are_read_off_the_columns(ctx):
    """`_title_before` and `_title_role` (walking back over title words, prefixes, hits, possessives) find the titles
    of the names of an invented article: `Senator` before Maria Oakes, none before Tom Hale's surname."""
    from dateline.pipeline import context
    from dateline.records import RawArticle

    people = _module("people")
    c = context(RawArticle(id="t2", origin="t2", published="2024-03-05", text=(
        "Russian Foreign Minister Sergei Lavrov met police spokesman Capt. Rod Beer and journalist and author Hiro "
        "Aida. Former Maryland Gov. Martin Vale spoke to Senator Maria Oakes.")))
    st = _state_before(c, "people")
    toks = st.toks
    found = {}
    for name in ("Sergei", "Rod", "Hiro", "Martin", "Maria"):
        s = next(t.i for t in toks if t.text == name)
        info = people._title_before(st, s)
        found[name] = (toks[info.start].text, info.role) if info else None
    assert found["Sergei"][0] == "Russian" and found["Sergei"][1]
    assert found["Rod"] is not None and found["Hiro"] is not None and found["Hiro"][0] == "journalist"
    assert found["Martin"] is not None and found["Maria"] == ("Senator", found["Maria"][1])
    role = people._title_role(st, next(t.i for t in toks if t.text == "Maria"))
    assert role is not None and role.role == found["Maria"][1]


def test_organisation_sectors_read_off_the_columns_are_those_of_the_token_walk(nlp):
    """`org_sector` (the last organisation word, a leading word, MED, EDU and state bodies) and `cause_name` read the
    words of a name off the columns: the answers of the walk over the name's Tokens, for every span of 1-5 words."""
    from dateline.lexicon import actors as lex

    common = _module("common")
    doc = nlp("The Aberwick Police Department and Medill News Service met Students for Life of America, the "
              "University of Aberwick Survey Center, Acme Co. and the Charlotte Army Department on Monday.")

    def walked(ent):
        words = lex.org_words()
        low = f" {' '.join(t.lower_ for t in ent)} "
        sector = next((words[p] for p in common._org_phrases() if f" {p} " in low), None) or \
            next((words[w] for t in reversed(ent) for w in {t.lower_, t.lower_.rstrip(".")} if w in words), None)
        first = next((t for t in ent if t.pos_ != "DET"), None)
        lead = lex.org_lead_words().get(first.text) if first is not None else None
        if lead and sector in (None, "NGO", "GOV"):
            return lead
        if sector in (None, "NGO", "GOV") and any(words.get(t.lower_) == "MED" for t in ent):
            return "MED"
        if sector == "NGO" and any(words.get(t.lower_) == "EDU" for t in ent):
            return "EDU"
        if sector == "GOV":
            sector = next((words[t.lower_] for t in ent if words.get(t.lower_) in common.STATE_BODIES), sector)
        if sector is None:
            for t in ent[1:-1]:
                someone = ent[t.i - ent.start - 1]
                if t.lower_ == "for" and someone.text[:1].isupper() and t.nbor(1).text[:1].isupper() and \
                        common.plural_word(someone):
                    return common.cause_sector(t.nbor(1))
        return sector

    seen = set()
    for a in range(len(doc)):
        for b in range(a + 1, min(len(doc), a + 5) + 1):
            got = common.org_sector(doc[a:b])
            assert got == walked(doc[a:b]), doc[a:b].text
            seen.add(got)
    assert {"COP", "MED", "EDU", "NGO", None} <= seen
