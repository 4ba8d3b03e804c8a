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
    assert _typed(run, "Senator Kell won cheers with sharp attacks on Washington elites and a rigid ideology.",
                  "attacks") == ["ACCUSE"]


def test_attacks_from_a_party_are_words(run):
    assert _typed(run, "The mayor has received far less in the way of attacks from Republicans or scrutiny from the "
                       "media than the governor.", "attacks") == ["ACCUSE"]


def test_an_attack_made_by_calling_someone_names_is_words(run):
    assert "ASSAULT" not in _typed(run, "Democrats have adopted a double-barreled attack to exploit Roe's position by "
                                        "labeling her an extremist.", "attack")


def test_attacks_of_a_failing_are_no_force(run):
    assert "ASSAULT" not in _typed(run, "The gaffe opened her to attacks of inauthenticity and dishonesty.", "attacks")


def test_force_stays_force(run):
    assert _typed(run, "Gunmen attacked a convoy near the border.", "attacked") == ["ASSAULT"]
    assert _typed(run, "Militants attacked the senator's convoy near the capital.", "attacked") == ["ASSAULT"]
    assert _typed(run, "The Taliban attacked a police station overnight.", "attacked") == ["ASSAULT"]
    assert _typed(run, "Republican militants launched attacks on a police station in Belfast.", "attacks") == ["ASSAULT"]
