"""Actors on invented stories, for misfires of act26b's and act26c's rules that the review rev26d (December 2026,
issue 11) found and fixed."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_dateline_region_decides_over_a_capitals_name(run):
    text = ("LONDON, Ontario -- Harbour Rovers coach Tom Wedd said on Friday he expects to keep his job. Wedd "
            "said the board backed him.\n")
    art = run(text)
    assert at(art, text, "Tom Wedd").country == "CAN"
    text = "PARIS, Texas (AP) -- Tom Wedd, a farmer, said on Friday the storm took his barn.\n"
    art = run(text)
    assert at(art, text, "Tom Wedd").country == "USA"
