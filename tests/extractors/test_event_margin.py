"""Precision checks of the seventeenth session (extractors/events/checks.py, ev17p), on invented sentences: each
class of false event is gone, and the like sentence that tells a real event keeps it."""
from __future__ import annotations

import pytest

from tests.helpers import asserted_types

GONE = [  # (sentence, types that must not be asserted, a type that must be)
    ("The governor pledged her support to the Smith campaign at a rally on Friday.", {"AGREE"}, "SUPPORT"),
    ("The council finally got the tax cut that the mayor had been seeking for years.", {"REQUEST"}, None),
    ("Support for the governor would have been higher had the union waited.", {"SUPPORT"}, None),
    ("After the debate, Megyn flung her arms around the governor and hugged her.", {"AID"}, None),
    ("The diplomats evacuated the embassy before dawn on Tuesday.", {"AID"}, "RETREAT"),
    ("The senator says the administration's new rules won't help curb the violence.", {"REJECT"}, None),
    ('"The minister must be dreaming if he thinks the unions will accept this," the union leader said.',
     {"REQUEST"}, None),
    ("The network has seized on new details about the senator's donors, some of them foreign nationals.",
     {"ASSAULT", "COERCE"}, None),
    ("Critics quickly seized upon the remarks, many of them longtime rivals of the governor.",
     {"ASSAULT", "COERCE"}, None),
]

KEPT = [  # the like sentence with a real event: (sentence, its type)
    ("The governor pledged to work with the union.", "AGREE"),
    ("The mayor sought a meeting with the governor.", "REQUEST"),
    ("The union's support for the governor surprised many.", "SUPPORT"),
    ("Russia sent arms to the rebels in March.", "AID"),
    ("Troops evacuated 300 civilians from the town on Monday.", "AID"),
    ("The senator refused to help the refugees.", "REJECT"),
    ("The minister said Russia should stop arming the rebels.", "REQUEST"),
]


@pytest.mark.parametrize("text,gone,kept", GONE)
def test_a_false_event_of_the_class_is_gone(run, text, gone, kept):
    found = asserted_types(run(f"\n\n{text}\n"))
    assert not found & gone, found
    assert kept is None or kept in found, found


@pytest.mark.parametrize("text,kept", KEPT)
def test_the_like_real_event_stays(run, text, kept):
    assert kept in asserted_types(run(f"\n\n{text}\n"))
