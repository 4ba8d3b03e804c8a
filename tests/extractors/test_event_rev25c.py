"""Review of ev25a's ACCUSE recall (issue 10, rev25c), on invented sentences: a `he` or `she` of an adverbial clause
is not the thing the main clause is about; a count of attacks a denied verb governs is denied with it; a force's
attack counted and aimed by its own `on` keeps its target."""
from __future__ import annotations


def events(article, etype):
    """(source texts, target texts, trigger, negated) of the events of one type."""
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text, e.negated)
            for e in article.events if e.type == etype]


def test_a_thing_in_the_main_clause_is_not_the_he_of_the_adverbial_clause(run):
    for pron in ("he", "she"):
        acc = events(run(f"\n\nThe storm hit the harbor town after {pron} criticized Governor Pell.\n"), "ACCUSE")
        assert not any("storm" in s for s, _, _, _ in acc), acc
    acc = events(run("\n\nThe senator lost the vote in the chamber after he criticized Governor Pell.\n"), "ACCUSE")
    assert any("senator" in s and "Pell" in t for s, t, _, _ in acc), acc


def test_a_person_word_in_the_main_clause_stays_the_he_of_the_adverbial_clause():
    from dateline import nlp
    from dateline.extractors.events.antecedents import antecedent_in_sentence
    doc = nlp.load()("The boy was in critical condition after he was struck by a falling branch.")
    he = next(t for t in doc if t.lower_ == "he")
    assert antecedent_in_sentence(he) is not None and antecedent_in_sentence(he).lower_ == "boy"
    doc = nlp.load()("The storm hit the harbor town after he criticized the plan.")
    he = next(t for t in doc if t.lower_ == "he")
    assert antecedent_in_sentence(he) is None


def test_a_denied_count_of_attacks_is_denied(run):
    acc = events(run("\n\nGovernor Pell never faced a barrage of attacks from Senator Halvorsen.\n"), "ACCUSE")
    assert acc and all(neg for s, _, _, neg in acc if "Halvorsen" in s), acc
    acc = events(run("\n\nGovernor Pell faced a barrage of attacks from Senator Halvorsen on Tuesday.\n"), "ACCUSE")
    assert any("Halvorsen" in s and "Pell" in t and not neg for s, t, _, neg in acc), acc


def test_a_counted_assault_keeps_the_target_its_noun_names(run):
    art = run("\n\nThe army faced a string of attacks on police stations from rebels in the north.\n")
    hits = events(art, "ASSAULT")
    assert hits and not any("army" in t for _, t, _, _ in hits), hits


def test_the_same_accuser_named_again_is_no_second_accusation(run):
    acc = events(run("\n\nSenator Halvorsen accused Governor Pell of lying, and Halvorsen said Pell had failed the "
                     "state and could not be trusted with its budget.\n"), "ACCUSE")
    assert len([1 for s, t, _, _ in acc if "Halvorsen" in s and "Pell" in t]) == 1, acc
    acc = events(run("\n\nSenator Halvorsen accused Governor Pell of lying, and Mayor Ortiz said Governor Pell had "
                     "failed the state and could not be trusted with its budget.\n"), "ACCUSE")
    assert any("Ortiz" in s and "Pell" in t for s, t, _, _ in acc), acc   # another speaker: a second accusation
