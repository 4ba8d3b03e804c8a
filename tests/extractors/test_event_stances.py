"""SUPPORT and REJECT on whole articles, the eighteenth session (extractors/events/checks.py, ev18s), on invented
sentences: a refusal that describes a kind of people, a stance an accuser charges, the odds of a race and opposition
with no one opposing are no act told; the like sentence that tells the act keeps it; a quality admired behind a curly
possessive backs its owner."""
from __future__ import annotations

import pytest

from tests.helpers import asserted_types

GONE = [  # (sentence, types that must not be asserted, a type that must be)
    ("The mayor said voters want candidates who reject corporate money.", {"REJECT"}, None),
    ("Anyone who refuses to follow the new rules will be fined, the minister said.", {"REJECT"}, None),
    ("Even then, the Democrats are strongly favored to keep the Senate, the analyst said.", {"SUPPORT"}, None),
    ("Growing opposition to the mayor's budget has slowed the talks.", {"REJECT"}, None),
    ("A party that rejects Senator Pell as its spokeswoman cannot win, the editorial said.", {"REJECT"}, None),
    ("Governor Brandt accused Senator Pell of opposing Mayor Halvorsen’s plan for political reasons.", {"REJECT"},
     "ACCUSE"),
    ("Union leaders have criticized Mayor Halvorsen for failing to defend Senator Pell from the attacks.", {"REJECT"},
     "ACCUSE"),
]

KEPT = [  # the like sentence with a real event: (sentence, its type)
    ("The candidates rejected corporate money at the debate on Tuesday.", "REJECT"),
    ("Senator Pell opposed the governor's border plan on Monday.", "REJECT"),
    ("Governor Halvorsen backed Senator Pell on Monday.", "SUPPORT"),
    ("The senator, who backed Governor Halvorsen, spoke on Friday.", "SUPPORT"),
    ("Older voters, who strongly oppose Governor Halvorsen, turned out in large numbers.", "REJECT"),
    ("Governor Halvorsen, a senator who opposes Mayor Brandt, spoke on Friday.", "REJECT"),
    ("The Democrats favored Governor Halvorsen in the primary.", "SUPPORT"),
    ("The teachers union's opposition to the mayor's budget has slowed the talks.", "REJECT"),
]


@pytest.mark.parametrize("text,gone,kept", GONE)
def test_a_false_event_of_the_class_is_gone(run, text, gone, kept):
    found = asserted_types(run(f"\n\n{text}\n"))
    assert not found & gone, found
    assert kept is None or kept in found, found


@pytest.mark.parametrize("text,kept", KEPT)
def test_the_like_real_event_stays(run, text, kept):
    assert kept in asserted_types(run(f"\n\n{text}\n"))


FOUND = [  # a quality admired behind a curly possessive cut off by the parse: (sentence, the one backed)
    ("Pell also said he appreciated Reyes’ “loyalty” and the support of his colleagues.", "Reyes"),
    ("Halvorsen says she respects Reyes’ “passion and commitment” but argues that he won’t deliver.", "Reyes"),
]


@pytest.mark.parametrize("text,backed", FOUND)
def test_a_quality_admired_backs_its_owner(run, text, backed):
    events = [e for e in run(f"\n\n{text}\n").events
              if e.type == "SUPPORT" and not e.negated and not e.hypothetical]
    assert any(backed in p.text for e in events for p in e.target), events


def test_a_thing_s_quality_backs_no_one(run):
    found = asserted_types(run("\n\nThe farmers said they appreciated the weather’s “calm” this spring.\n"))
    assert "SUPPORT" not in found, found
