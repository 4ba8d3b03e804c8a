"""review42: mends of session 42's merged change found on a second reading (docs/actors.md `### review42`).
Invented sentences; each test fails on int42 (the merge read) and passes after its mend."""
from __future__ import annotations

# idle._lone_surname (act42) joined a lone surname to the one other person of that surname even where the text names
# it a relative of someone: `His father, Councilman Burgess,` became the son `Ricky Burgess` (one actor, the father lost)
FATHER = """PITTSBURGH (AP) - Ricky Burgess, 17, was arrested on Monday after a fight at a school in the city, police said.

His father, Councilman Burgess, said the boy would plead not guilty.

Burgess said the family would hire a lawyer.
"""


def test_a_lone_surname_named_as_a_relative_stays_apart_from_the_person_of_that_surname(run):
    art = run(FATHER, published="2024-03-05")
    at = FATHER.index("Burgess,", FATHER.index("Councilman"))
    son = next(a for a in art.actors if a.name == "Ricky Burgess")
    assert not any(m.start <= at < m.end for m in son.mentions)       # the father is not the son
    assert any(a is not son and any(m.start <= at < m.end for m in a.mentions) for a in art.actors)


# states._comma_inside (act42) told a comma the tagger glued into a body's name from a name's suffix by its own copy of
# two suffixes (`jr`, `sr`): `Holt, III` was read as a place glued to a surname; state.NAME_SUFFIXES is the one list
def test_a_generational_suffix_after_a_comma_is_no_glued_place(ctx_of):
    from dateline.extractors.actors.state import ActorState
    from dateline.extractors.actors.states import _comma_inside

    text = "The award went to Paul Holt, III on Monday, and to Paul Holt, Jr. on Tuesday, and to Ann Ruiz, Vell.\n"
    ctx = ctx_of(text, published="2024-03-05")
    st = ActorState(ctx, ())

    def at(word: str) -> tuple[int, int]:
        s = next(t.i for t in st.toks if t.idx == text.index(word))
        return s, s + 3                           # `Holt , III`: the name, the comma, the word after it

    assert _comma_inside(st, *at("Holt, III")) is None
    assert _comma_inside(st, *at("Holt, Jr.")) is None
    assert _comma_inside(st, *at("Ruiz, Vell")) is not None              # the guard: a capitalised word after it
