"""speed35d: the actors stage's cuts answer as the code before them (invented texts): an acronym's spelled-out words
searched only where their opening letters stand, and a surname's possessives found among the doc's possessive marks
instead of by a walk over every word."""
from __future__ import annotations

import random
import re
import sys
from types import SimpleNamespace

import dateline.extractors.actors  # noqa: F401  (the package's names shadow its modules: the modules by sys.modules)
from dateline.extractors.token_strings import strings

hits = sys.modules["dateline.extractors.actors.hits"]
people = sys.modules["dateline.extractors.actors.people"]

ACRONYMS = ["GM", "AP", "KS", "SI", "IS", "NATO", "CBC", "ÉU", "İA"]
PIECES = ["general", "General", "GENERAL", "manager", "Manager", "m", "g", "a", "p", "advanced", "placement", "kansas",
          "state", "\u212aansas", "ſtate", "İnternational", "ınstitute", "Standards", "organization", "north",
          "atlantic", "treaty", "o'neill", "self-help", "--", "'", "-", " ", "  ", "\n", "\t", "\u00a0", ", ", ".",
          "é", "États", "union", "x9", "_", "9"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", "\n")) for _ in range(rng.randint(0, 40)))
            for _ in range(n)]


def test_spelled_matches_are_the_whole_patterns_own():
    """The matches (leftmost, not overlapping) of the case-blind pattern run over the whole text, as before: the
    letters the pattern pairs otherwise (`ſ` with `s`, the Kelvin sign with `k`, `ı` and `İ` with `i`) included."""
    texts = _random_texts(600, 35) + ["The General Manager, Kansas ſtate, and \u212aansas State: GM, KS.",
                                      "advanced  placement\ttests; Advanced-Placement; a p; ınstitute ſtandards"]
    found = 0
    for text in texts:
        for acronym in ACRONYMS:
            pattern = r"\b" + r"[a-z'-]*\s+".join(acronym.lower()) + r"[a-z'-]*\b"
            theirs = [(m.span(), m.group(0)) for m in re.finditer(pattern, text, re.I)]
            mine = [(m.span(), m.group(0)) for m in hits._spelled(acronym, text)]
            assert mine == theirs, (acronym, text)
            found += len(theirs)
    assert found > 200                             # (the texts hold many matches, not only misses)


def test_spelled_matches_read_the_case_blind_letters():
    assert [m.group(0) for m in hits._spelled("KS", "the \u212aansas ſtate fair")] == ["\u212aansas ſtate"]
    assert [m.group(0) for m in hits._spelled("SI", "ſome ınstitute")] == ["ſome ınstitute"]
    assert [m.group(0) for m in hits._spelled("GM", "xgeneral manager, general-manager, General\nManager")] == \
        ["General\nManager"]


def _possessors_by_walk(doc, form: str) -> list[int]:
    """The tokens `_kin_possessors` reads, found as before speed35d: a walk over every word."""
    texts = strings(doc, "ORTH")
    return [i for i, t in enumerate(texts[:-1]) if t == form and texts[i + 1] in ("'s", "’s")]


def test_kin_possessors_are_read_at_every_possessive_of_the_surname(nlp, monkeypatch):
    """The possessive marks read off the column are all of them (`'s` and `’s`, at the doc's end too): the words
    before them that are the surname are the ones the walk over every word found."""
    text = ("Vantrell's lawyer spoke first. Ms. Vantrell's daughter-in-law Carla Vantrell said the family would appeal. "
            "Dana Kellerby’s son, Tom Kellerby, and Mr. Kellerby's wife were in court, as was Vantrell’s")
    doc = nlp(text)
    marks = []
    real = people.indices

    def watched(d, **wanted):
        found = real(d, **wanted)
        marks.append(found)
        return found

    monkeypatch.setattr(people, "indices", watched)
    texts = strings(doc, "ORTH")
    for form, n in (("Vantrell", 3), ("Kellerby", 2), ("Carla", 0), ("court", 0)):
        doc.user_data.pop("dateline.kin_possessors", None)
        got = people._kin_possessors(SimpleNamespace(doc=doc, toks=list(doc)), form)
        walked = _possessors_by_walk(doc, form)
        assert len(walked) == n, (form, walked)
        assert [k - 1 for k in marks[-1] if k > 0 and texts[k - 1] == form] == walked, form
        assert {i for i, _, _ in got} <= set(walked), form
