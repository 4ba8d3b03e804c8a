"""Word sets the extractors once wrote in code are lexicon classes, each described in its file's header, and no
longer in the code (STYLE: lexicons are data)."""
from __future__ import annotations

from dateline.lexicon import actors as lex
from tests.helpers import described_classes


def test_actor_word_sets_are_actor_words_classes():
    """The word sets people.py, states.py and common.py still wrote in code are actor_words.tsv classes, each
    described in its header, and no longer in the code."""
    from dateline.extractors.actors import common, people, states

    moved = ("honorific", "making", "taking_office", "writing", "name_particle", "service_word", "done_in",
             "to_a_seat", "chamber", "former", "seat_building", "school_grounds")
    assert set(moved) <= described_classes("actor_words.tsv") and all(lex.words(c) for c in moved)
    assert "mr." in lex.words("honorific") and "bin" in lex.words("name_particle") and "re-elect" in lex.words("to_a_seat")
    for module, name in ((people, "_HONORIFICS"), (people, "_MAKING"), (people, "_BECOME"), (people, "_WRITING"),
                         (people, "_NAME_PARTICLES"), (people, "_SERVICES"), (states, "_DONE_IN"),
                         (states, "_TO_A_SEAT"), (states, "_CHAMBER"), (common, "FORMER")):
        assert not hasattr(module, name), name


def test_checks_word_sets_are_event_senses_classes():
    """checks.py's module word sets and the word lists of its rules are event_senses.tsv classes."""
    from dateline.extractors.events import checks

    w = checks.senses()
    moved = ("lifting", "noconcession", "interview", "pursuit", "crowd", "giving", "vow", "cutting", "donating",
             "campaignmoney", "tieact", "signedthing", "inquiryobject", "legalmove", "supportgiven", "success",
             "marketing", "reflexive", "roadway", "quitting", "burnt", "hitback", "penalty", "hitting", "seizeon",
             "shotfired", "defeating", "havingsupport", "facing", "tienoun", "meetingnoun", "outpoll", "blow",
             "inquiry", "axing", "appealheld", "disrupting", "grabbing", "putoff", "viewshared", "tellto",
             "shoutto", "intentnoun", "roletofill", "urging", "goahead", "backverb", "outpolled", "margin")
    assert set(moved) <= described_classes("event_senses.tsv") and all(w[c] for c in moved)
    assert "re-establish" in w["tieact"] and "call_off" in w["putoff"] and "box-office" in w["success"]
    for name in ("LIFTING", "GIVING", "VOWS", "TIE_ACTS", "SUCCESS", "REFLEXIVE"):
        assert not hasattr(checks, name), name
    from dateline.extractors.events import crime      # mend26: one class of investigation words, crime_words.tsv's
    assert "probing" not in w and {"probe", "probing", "inquiry"} <= crime.words()["probeword"]


def test_event_rule_word_lists_are_their_lexicons_classes():
    """The word lists written into the rules of crime.py, evaluative.py, praise.py, triggers.py and model.py are
    classes of crime_words.tsv, evaluation.tsv, praise.tsv and event_cues.tsv."""
    from dateline.extractors.events import crime, evaluative, praise
    from dateline.extractors.events.lexicon import load

    for name, loaded, moved in (
            ("crime_words.tsv", crime.words(), ("blowverb", "probeword", "releasing", "booking", "decreeing",
                                                "callreceived", "dispatching", "wrongplace", "chargecarried",
                                                "affection", "described")),
            ("evaluation.tsv", evaluative.words(), ("act", "copula", "opinionverb", "finding", "feelingverb",
                                                    "conduct", "underfire", "causative", "pollshare")),
            ("praise.tsv", praise.words(), ("conceding",)),
            ("event_cues.tsv", load().cues, ("strikekind", "plannoun", "causative", "promiseverb"))):
        assert set(moved) <= described_classes(name) and all(loaded[c] for c in moved), name
    assert "%" in evaluative.words()["pollshare"] and "labour" in load().cues["strikekind"]
    assert not hasattr(evaluative, "ACTS") and not hasattr(evaluative, "COPULAS")


def test_this_sessions_rule_word_lists_are_lexicon_classes():
    """rev13: the word lists ev13p, ev13t and act4 wrote into their rules are classes of event_senses.tsv,
    evaluation.tsv and actor_words.tsv, described in their headers; the one list of local roles serves both actor
    passes that had a copy of it (people.py's lacked sheriff and district attorney)."""
    import inspect

    from dateline.extractors.actors import descriptions, people, states
    from dateline.extractors.events import checks, evaluative

    w = checks.senses()
    moved = ("noneobject", "countfloor", "partof", "meetingtalk")
    assert set(moved) <= described_classes("event_senses.tsv") and all(w[c] for c in moved)
    assert "nobody" in w["noneobject"] and "fewer" in w["countfloor"] and "dozens" in w["partof"]
    assert "thatnoun" in described_classes("evaluation.tsv") and "notion" in evaluative.words()["thatnoun"]
    assert {"credit_glue", "local_role", "country_word"} <= described_classes("actor_words.tsv")
    assert "editing" in lex.words("credit_glue") and "sheriff" in lex.words("local_role")
    assert "nation" in lex.words("country_word") and '("country", "nation")' not in inspect.getsource(states)
    assert not hasattr(people, "_CREDIT_GLUE") and not hasattr(people, "_LOCAL_ROLES")
    assert not hasattr(descriptions, "_LOCAL_ROLES")
    for f in (checks._none_given, checks._nothing_given, checks.small_types):
        src = inspect.getsource(f)
        assert '"nobody"' not in src and '"dozens"' not in src and '"speak"' not in src, f.__name__
