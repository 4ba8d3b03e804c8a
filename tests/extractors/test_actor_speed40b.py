"""speed40b: the actors stage's shared token reads (reads.py: `TokenReads` once a doc, `NameView` once a name) equal
the Tokens' own values on invented sentences, and each rule of `people.who_from_context` rewired to read them still
fires on an invented sentence (spied on during the whole pipeline, and its actor's sector checked); `codes._mention_cues`
equals `cue_votes` of the mention's words and leaves the whole text's votes kept."""
from __future__ import annotations

import sys

import pytest

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.actors.reads import name_view, token_reads
from dateline.extractors.actors.state import ActorState
from tests.helpers import check_actors

people = sys.modules["dateline.extractors.actors.people"]
codes = sys.modules["dateline.extractors.actors.codes"]

SENTENCES = [
    "MILLBROOK - The jury found Marcus Dell, 31, guilty of murder on Friday. Dell's lawyer said he would appeal.",
    "Kyle Dunn was booked into the Harlow County Jail on Tuesday night after officers stopped his truck.",
    "The Harbor Renewal Party, led by Nina Tavros, won six seats; Tavros thanked the voters of the Éclair district.",
]


def test_token_reads_equal_the_tokens_own(ctx_of):
    for text in SENTENCES:
        doc = ctx_of(text).doc
        reads = token_reads(doc)
        assert token_reads(doc) is reads                       # made once a doc
        for t in doc:
            i = t.i
            assert reads.toks[i] == t and reads.orth[i] == t.text and reads.lower[i] == t.lower_
            assert reads.lemma[i] == t.lemma_ and reads.low_lemma[i] == t.lemma_.lower()
            assert (reads.pos[i], reads.tag[i], reads.dep[i], reads.ent_type[i]) == (t.pos_, t.tag_, t.dep_, t.ent_type_)
            assert reads.head[i] == t.head.i and reads.below[i] == [k.i for k in t.children]


def test_name_view_equals_the_tokens_own(ctx_of):
    seen = 0
    for text in SENTENCES:
        ctx = ctx_of(text)
        st = ActorState(ctx, ())
        assert st.reads is token_reads(ctx.doc)
        for s in range(len(ctx.doc)):
            for e in (s + 1, s + 2):
                if e > len(ctx.doc):
                    continue
                v, root = name_view(st.reads, s, e), ctx.doc[e - 1]
                assert (v.i, v.root, v.dep, v.head) == (root.i, root, root.dep_, root.head.i)
                assert (v.head_dep, v.head_lemma, v.head_low_lemma, v.head_pos) == (
                    root.head.dep_, root.head.lemma_, root.head.lemma_.lower(), root.head.pos_)
                assert v.kids == [k.i for k in root.children]
                verbs = [root.head] + people._joined_verbs(root.head) if root.dep_ == "nsubj" else []
                assert v.subject_verbs() == verbs
                seen += bool(verbs)
    assert seen                                                # (some name was a subject)


# (rule spied on, invented text, the actor check of tests.helpers.check_actors)
RULES = [
    ("_found_guilty", "MILLBROOK - The jury found Marcus Dell, 31, guilty of murder on Friday.",
     "Marcus Dell: sector=CRM"),
    ("_held_or_sought", "Kyle Dunn was booked into the Harlow County Jail on Tuesday night.",
     "Kyle Dunn: sector=CRM"),
    ("_opened_fire", "Deputies said Carl Ostrander, a Millbrook resident, opened fire in a feed store on Monday.",
     "Carl Ostrander: sector=CRM"),
    ("_admitted_harm", "Detectives said Devin Marsh admitted stabbing Terrell Banks outside a bar.",
     "Devin Marsh: sector=CRM"),
    ("_writes_for", "Dale Ferris, writing for the Millbrook Gazette, said the mayor would resign.",
     "Dale Ferris: sector=MED"),
    ("_clause_affiliation", "Ellen Brandt, who served as ambassador to Peru, said the talks had failed.",
     "Ellen Brandt: sector=ELI"),
]


@pytest.mark.parametrize("rule,text,spec", RULES, ids=[r[0] for r in RULES])
def test_each_rewired_rule_still_fires(run, monkeypatch, rule, text, spec):
    fired = []
    inner = getattr(people, rule)

    def spy(*args):
        c = next((a for a in args if isinstance(a, people.Cluster)), None)
        before = c.sector if c is not None else None
        found = inner(*args)
        fired.append(bool(found) if c is None else c.sector != before)
        return found

    monkeypatch.setattr(people, rule, spy)
    check_actors(run(text), text, spec)
    assert any(fired), (rule, fired)


def test_a_body_led_by_a_name_gives_its_sector(run, monkeypatch):
    text = "Voters backed the Harbor Renewal Party led by Nina Tavros, and Tavros thanked them on Sunday."
    fired = []
    inner = people._leads_body

    def spy(st, c, view):
        before = c.sector
        inner(st, c, view)
        fired.append(c.sector != before)

    monkeypatch.setattr(people, "_leads_body", spy)
    article = run(text)
    if not any(fired):
        pytest.skip("the parse hangs no agent `by` here")      # (the rule's own walk, not the view, decides)
    check_actors(article, text, "Nina Tavros: sector=PTY")


def test_mention_cues_equal_cue_votes_and_keep_the_whole_text(ctx_of):
    whole = "MILLBROOK - A grand jury indicted the county sheriff on Monday; the sheriff's office said nothing."
    votes = codes.cue_votes(whole)
    assert codes._WHOLE_TEXT[0] is whole
    for words in ("the county sheriff", "A grand jury", "the sheriff's office", "officials", "ſheriff's office"):
        assert codes._mention_cues(words) == frozenset(codes.cue_votes(words))
        codes.cue_votes(whole)
        assert codes._mention_cues(words) == frozenset(codes.cue_votes(words))
    codes.cue_votes(whole)
    codes._mention_cues("a grand jury in Ohio")
    assert codes._WHOLE_TEXT[0] is whole and codes.cue_votes(whole) == votes


def _credit_list_whole(text: str, at: int) -> bool:
    """`people._credit_list` as it was before speed40b (the letter runs of the whole segment first): the reference."""
    from dateline.lexicon import actors as lex
    lo = max(text.rfind("\n", 0, at), text.rfind("(", 0, at)) + 1
    seg = people._letter_runs(text[lo:at], dots=True)
    low = seg.lower()
    cue = next((c for c in people._cues_by_first_word(lex.words("byline")).get(low.split(" ", 1)[0], ())
                if low == c or low.startswith(c + " ")), None)
    if cue is None:
        return False
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    hi = text.find(")", at, hi) if ")" in text[at:hi] else hi
    rest = people._letter_runs(text[at:hi]).split()
    glue = lex.words("credit_glue")
    return all(w[:1].isupper() or w.lower() in glue for w in seg[len(cue):].split() + rest)


def test_credit_list_read_by_its_first_word_answers_as_the_whole_segment():
    import random
    from types import SimpleNamespace
    rng = random.Random(40)
    pool = ["By", "by", "Reporting", "reporting", "Additional", "Editing", "Follow", "Photo", "and", "in", "Ann",
            "Lee", "Jr.", "Kitano", "Monday", ",", ";", "(", ")", "\n", "34", "İvan", "ſam", "x²", "é", "e\u0301d",
            "_a", "...", "Ⅻ", "'s", "-", "Zaharia"]
    said = 0
    for _ in range(1500):
        text = " ".join(rng.choice(pool) for _ in range(rng.randint(1, 12)))
        st = SimpleNamespace(ctx=SimpleNamespace(text=text))
        for at in range(len(text)):
            if text[at].isupper() and (at == 0 or not text[at - 1].isalpha()):
                want = _credit_list_whole(text, at)
                assert people._credit_list(st, at) == want, (text, at)
                said += want
    assert said                                                # (some credit line said yes: the test reaches it)
