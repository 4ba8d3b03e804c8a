"""Acts of criticism told without a reporting verb (issue 10, ev18c): a dressing-down, ridicule drawn from someone,
the pieces of writing, books and lawsuits that attack someone named; answering an attack (found by rules before)
and being hit in the back (no criticism)."""
from __future__ import annotations


def accusations(article):
    return [(e.trigger.text, [p.text for p in e.source], [p.text for p in e.target])
            for e in article.events if e.type == "ACCUSE" and not e.negated]


def has(got, source, target):
    return any(any(source in s for s in ss) and any(target in t for t in ts) for _, ss, ts in got)


def test_hitting_back_at_someone_accuses_them(run):
    got = accusations(run("\n\nSenator Marlowe hit back at Governor Teague on Tuesday over the school budget.\n"))
    assert has(got, "Marlowe", "Teague"), got


def test_dressing_down_someone_accuses_them(run):
    got = accusations(run("\n\nThe Delgado campaign on Monday dressed down Senator Farrow for his remarks on pensions.\n"))
    assert has(got, "Delgado", "Farrow"), got


def test_ridicule_from_someone_is_their_criticism(run):
    got = accusations(run("\n\nThe proposal drew open ridicule from Senator Brandt at the hearing on Monday.\n"))
    assert any(t == "ridicule" and any("Brandt" in s for s in ss) for t, ss, _ in got), got


def test_a_book_that_accuses_someone_is_a_source(run):
    got = accusations(run("\n\nThe book accuses Commissioner Varga of hiding the report from the council.\n"))
    assert has(got, "book", "Varga"), got


def test_ads_criticizing_someone_in_a_participle_are_a_source(run):
    got = accusations(run("\n\nRadio advertisements praising the mayor's plan and criticizing Senator Dunmore as "
                          "hostile to workers aired across the state this week.\n"))
    assert has(got, "advertisements", "Dunmore"), got


def test_hit_in_the_back_is_no_accusation(run):
    got = accusations(run("\n\nThe guard was hit in the back by a stray bullet outside the embassy on Sunday.\n"))
    assert got == [], got
