"""Issue 10, ev33c: the sense of an attack word (attack, hit, blast ...) read off its own clause, not off harm told
elsewhere in the article. Invented sentences; each article also tells a shooting in another paragraph, which made the
old article-wide test read force. Each test keeps the forms that stay force."""
from __future__ import annotations

from tests.helpers import asserted_rows

HARM = "Last year a gunman shot two people outside a bar in the city."



def _typed(run, text: str, trigger: str) -> list:
    art = run("\n\n" + text + "\n\n" + HARM + "\n")
    return [e.type for e in art.events if e.trigger.text == trigger]


def test_an_attack_qualified_as_talk_is_words_though_the_story_tells_a_shooting(run):
    assert _typed(run, "Senator Kell drew applause with sharp attacks on party insiders and their rigid creed.",
                  "attacks") == ["ACCUSE"]


def test_attacks_from_a_party_are_words(run):
    assert _typed(run, "The mayor has faced far fewer attacks from Republicans or scrutiny from the "
                       "press than the governor.", "attacks") == ["ACCUSE"]


def test_an_attack_made_by_calling_someone_names_is_words(run):
    assert "ASSAULT" not in _typed(run, "Democrats have mounted a two-pronged attack to exploit Roe's stance by "
                                        "labeling her an extremist.", "attack")


def test_attacks_of_a_failing_are_no_force(run):
    assert "ASSAULT" not in _typed(run, "The gaffe opened her to attacks of inauthenticity and dishonesty.", "attacks")


def test_force_stays_force(run):
    assert _typed(run, "Gunmen attacked a convoy near the border.", "attacked") == ["ASSAULT"]
    assert _typed(run, "Militants attacked the senator's convoy near the capital.", "attacked") == ["ASSAULT"]
    assert _typed(run, "The Taliban attacked a police station overnight.", "attacked") == ["ASSAULT"]
    assert _typed(run, "Republican militants launched attacks on a police station in Belfast.", "launched attacks") == ["ASSAULT"]


def test_the_target_of_attacks_is_whom_they_are_on(run):
    art = run("\n\nKell became the main target of attacks from his rivals.\n\n" + HARM + "\n")
    got = [(e.type, [p.text for p in e.source], [p.text for p in e.target]) for e in art.events
           if e.trigger.text == "attacks"]
    assert got == [("ACCUSE", ["his rivals"], ["Kell"])], got
    art = run("\n\nThe embassy was the target of attacks by militants.\n")
    got = [(e.type, [p.text for p in e.target]) for e in art.events if e.trigger.text == "attacks"]
    assert got == [("ASSAULT", ["The embassy"])], got


def test_words_thrown_at_someone_are_words(run):
    assert _typed(run, "Kell fired a five-word missile at Roe on Twitter.", "fired a five-word missile") == ["ACCUSE"]
    assert _typed(run, "Rebels fired a missile at the base.", "fired a missile") == ["ASSAULT"]


def test_an_attack_word_reads_violence_in_its_own_clause_only(run):
    assert _typed(run, "The Dunn attack hit Kell unlike earlier ones, and he reacted as if he had "
                       "been deeply hurt.", "hit") == ["ACCUSE"]
    assert _typed(run, "Militants launched attacks on the senator's convoy, killing three.",
                  "launched attacks") == ["ASSAULT"]


def test_an_armed_side_opening_a_sentence_attacks_with_force(run):
    art = run("\n\nRebels attacked the governor's residence.\n")
    assert [e.type for e in art.events if e.trigger.text == "attacked"] == ["ASSAULT"]


def test_a_building_fire_bombed_or_burned_is_force(run):
    art = run("\n\nThe mayor's house was attacked with firebombs overnight.\n")
    assert [e.type for e in art.events if e.trigger.text == "attacked"] == ["ASSAULT"]
    art = run("\n\nThe party's offices were the target of attacks from arsonists.\n")
    got = [(e.type, [p.text for p in e.target]) for e in art.events if e.trigger.text == "attacks"]
    assert got == [("ASSAULT", ["The party's offices"])], got
