"""tidy16: small word lists the extractors wrote in code are classes of their lexicon files, read through the one
loader (`dateline.lexicon.classes`), each described by a comment line in its file's header, each non-empty."""
from __future__ import annotations

import inspect
import pathlib

from dateline import lexicon
from tests.helpers import described_classes


def _loaded(name: str, moved: tuple[str, ...]) -> dict:
    found = lexicon.classes(name)
    assert set(moved) <= described_classes(name), sorted(set(moved) - described_classes(name))
    assert all(found.get(c) for c in moved), [c for c in moved if not found.get(c)]
    return found


def test_victims_word_lists_are_event_cues_classes():
    from dateline.extractors.events import victims

    cues = _loaded("event_cues.tsv", ("harmprep", "dead", "victimword"))
    assert set(cues["harmprep"]) == {"in", "with"} and "teen" in cues["victimword"] and "dead" in cues["dead"]
    src = inspect.getsource(victims)
    assert not hasattr(victims, "DEAD") and '"teen"' not in src and '"with"' not in src


def test_event_participant_word_lists_are_lexicon_classes():
    """events/__init__.py's pronoun lists come from pronouns.tsv, its demonstratives and owner prepositions from
    event_cues.tsv (`standin`, `ownerprep`)."""
    import dateline.extractors.events as events
    from dateline.extractors.events import lexicon as ev_lex

    cues = _loaded("event_cues.tsv", ("standin", "ownerprep"))
    assert set(cues["standin"]) == {"it", "this", "that"} and set(cues["ownerprep"]) == {"of", "from"}
    assert ev_lex.people_possessives() == {"his", "her", "their"}
    assert ev_lex.addressed_pronouns() == {"i", "we", "you"}
    assert ev_lex.stands_in() == {"it", "this", "that", "its", "his", "her", "their"}
    assert not hasattr(events, "STANDS_IN")
    for f in (events._things, events._owner_named, events._heads, events._said_by):
        src = inspect.getsource(f)
        assert '"this"' not in src and '"their"' not in src and '"from"' not in src and '"we"' not in src, f.__name__


def test_checks_duty_and_recognition_words_are_event_senses_classes():
    from dateline.extractors.events import checks

    senses = _loaded("event_senses.tsv", ("recognizing", "dutymodal"))
    assert set(senses["dutymodal"]) == {"must", "should", "shall", "ought"} and "recognition" in senses["recognizing"]
    assert '"ought"' not in inspect.getsource(checks._duty_unasserted)
    assert '"recognition"' not in inspect.getsource(checks._recognized_no_one)


CHECKS_MOVED = ("speaking", "acknowledging", "targeting", "chargenoun",
                "firing", "holdground", "fighting", "goingback", "capturing", "ignoring", "seizing", "supportnoun",
                "seeking", "threatnoun", "doubting", "asking", "refusing", "commitnoun", "discussing",
                "sendaid", "talking", "inquirynoun", "paying", "promoting", "readiness", "lacking", "wanting",
                "refraining", "speakto", "warnword", "needing", "endorsing", "preferring", "stationing", "armsnoun",
                "backingnoun")


def test_checks_rule_lemmas_are_event_senses_classes():
    """The lemmas checks.py's rules are written for (`lem in ("send", "dispatch", "deploy")`) are event_senses.tsv
    classes; no rule of checks.py tests a lemma against a tuple of content words."""
    from dateline.extractors.events import checks

    senses = _loaded("event_senses.tsv", CHECKS_MOVED)
    assert "menace" in senses["threatnoun"]
    assert checks.senses()["armsnoun"] == frozenset({"arm", "arms"})
    src = inspect.getsource(checks)
    for words in ('("send", "dispatch"', '("charge", "indict")', '("refrain", "abstain"', '("speak", "talk"',
                  '"endorsement", "backing"', '("ready", "willing"'):
        assert words not in src, words


CRIME_MOVED = ("warnverb", "pressword", "walkoutword", "servicehelp", "recordwish", "offrecord",
               "namedas", "remainverb", "chargenoun", "chargekind", "manhunt",
               "receiving", "callword", "lying", "liedform", "pleading", "pleaword", "priorword", "advising",
               "chargenamed", "heldverb")


def test_crime_rule_words_are_crime_words_classes():
    """crime.py's rule word lists (and HELD_VERBS) are crime_words.tsv classes, read through the cached words()."""
    from dateline.extractors.events import crime

    found = _loaded("crime_words.tsv", CRIME_MOVED)
    assert set(found["heldverb"]) == {"hold", "book", "take", "search", "send", "hand", "restrain", "get"} and \
        "felony" in found["chargekind"]           # (send, hand, restrain: ev23r; get: ev31c)
    assert crime.words() is crime.words()          # built once, not per call
    assert not hasattr(crime, "HELD_VERBS")
    src = inspect.getsource(crime)
    for words in ('("warn", "alert"', '("plead", "plea")', '("lie", "lay")', '"charge", "count", "conviction"',
                  '("encourage", "advise")'):
        assert words not in src, words


def test_trigger_word_lists_are_event_cues_classes():
    """triggers.py's particles, withdrawal and sanction-ending verbs, envoys, negating subjects and the verbs
    lexicon.py reads anyway (VERBS_READ_ANYWAY) are event_cues.tsv classes."""
    from dateline.extractors.events import lexicon as ev_lex, triggers

    cues = _loaded("event_cues.tsv", ("advparticle", "withdrawing", "readanyway", "diplomat", "unsanction",
                                      "nosubject", "nolonger", "recognizeverb"))
    assert "aside" in cues["advparticle"] and set(cues["readanyway"]) == {
        "call", "withdraw", "recall", "pull", "leave", "quit", "exit"}   # (leave, quit, exit: triggers.state_left)
    assert not hasattr(ev_lex, "VERBS_READ_ANYWAY") and {"call", "pull"} <= ev_lex.verb_heads()
    src = inspect.getsource(triggers)
    for words in ('("withdraw", "recall", "pull")', '"ambassador", "envoy"', '("end", "lift", "ease")',
                  '"nobody", "none"', '"away", "aside"'):
        assert words not in src, words


def test_a_class_two_rule_modules_read_is_one_event_cues_class():
    """The verbs of recognising, naming, sending people and charging, which checks.py and crime.py (and triggers.py)
    each listed, are one event_cues.tsv class each, in no other lexicon."""
    cues = _loaded("event_cues.tsv", ("recognizeverb", "identifyverb", "sending", "chargingverb"))
    assert set(cues["sending"]) == {"send", "dispatch", "deploy"} and set(cues["chargingverb"]) == {"charge", "indict"}
    senses, crime = lexicon.classes("event_senses.tsv"), lexicon.classes("crime_words.tsv")
    for gone in ("recognizeverb", "identifying", "sending", "chargingverb"):
        assert gone not in senses, gone
    for gone in ("recognizeverb", "identifyverb", "sentout", "chargeverb"):
        assert gone not in crime, gone


def test_casualty_word_sets_are_casualty_cues_classes():
    """casualties.py's word sets (LIFE_VERBS, KILLING_NOUNS, WOUND_NOUNS, BEARING_VERBS, REFLEXIVES, NOT_REAL and the
    lists in its rules) are casualty_cues.tsv classes; he/she come from pronouns.tsv."""
    from dateline.extractors import casualties

    found = _loaded("casualty_cues.tsv", ("life", "notdeath", "numberof", "tollnoun", "notone", "killing", "wound",
                                          "bearing", "reflexive", "notreal", "victimverb", "dying"))
    assert "slaying" in found["killing"] and "almost" in found["notreal"] and set(found["life"]) == {
        "claim", "cost", "take", "lose"}
    lex = casualties.lexicon()
    assert lex["he_she"] == {"he", "she"} and {"shoot", "injury", "murder"} <= lex["victim_lemmas"]
    for name in ("LIFE_VERBS", "PERSON_PRONOUNS", "KILLING_NOUNS", "WOUND_NOUNS", "BEARING_VERBS", "REFLEXIVES",
                 "NOT_REAL", "_VICTIM_LEMMAS"):
        assert not hasattr(casualties, name), name


def test_actor_rule_word_lists_are_actor_words_classes():
    """The word lists of the actor passes' rules (speakers, people, descriptions, coref: STILL_VERBS,
    _PLURAL_TITLES ...) are actor_words.tsv classes, read through lexicon.actors.words."""
    from dateline.extractors.actors import coref, descriptions, people, speakers
    from dateline.lexicon import actors as lex

    moved = ("group_possessive", "plural_title", "own_government", "writer_verb", "post_verb", "before_name",
             "loose_role", "chamber_name", "bloc_title", "local_body", "still_verb", "male_title", "female_title",
             "media_modifier")
    _loaded("actor_words.tsv", moved)
    assert lex.words("group_possessive") == {"its", "their", "our"} and "madam" in lex.words("female_title")
    assert not hasattr(coref, "STILL_VERBS") and not hasattr(people, "_PLURAL_TITLES")
    for module, words in ((speakers, '("its", "their", "our")'), (people, '("government", "administration")'),
                          (people, '("serve", "be")'), (descriptions, '("counterpart", "official", "leader")'),
                          (descriptions, '{"congress", "senate"}'), (coref, '("mrs", "ms", "miss", "madam")'),
                          (coref, '("news", "media")')):
        assert words not in inspect.getsource(module), words


def test_places_word_sets_are_place_words_classes():
    """places.py's word sets (_SURNAME_SITES, _TRAILING_KINDS, _DIRECTION_ADJECTIVES, _DIRECTION_NOUNS and the
    county and kind lists of its rules) are place_words.tsv classes."""
    from dateline.extractors import places

    moved = ("surnamesite", "trailingkind", "directionadj", "directionnoun", "notkindof", "countyword")
    _loaded("place_words.tsv", moved)
    words = places.place_words()
    assert "governorate" in words["trailingkind"] and "southwestern" in words["directionadj"]
    assert words["countyword"] == {"county", "parish"}
    for name in ("_SURNAME_SITES", "_TRAILING_KINDS", "_DIRECTION_ADJECTIVES", "_DIRECTION_NOUNS"):
        assert not hasattr(places, name), name
