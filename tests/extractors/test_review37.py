"""review37: unnest_names' trailing-link pattern splits a run of separators one way only; capital letters before a
son's mark are a person's name (docs/actors.md `### review37`). Invented strings only."""
from __future__ import annotations

import importlib
import re
import time

from tests.helpers import actor_at

_OLD_LANGUAGE = re.compile(r"(?:[\s,;:(\-–—]+(?:of|for|to|with|and|by|at|in|or)?)+$")   # the strings it must take


def _link():
    return importlib.import_module("dateline.extractors.actors.descriptions")._TRAILING_LINK


def test_a_long_run_of_separators_that_ends_in_a_letter_is_read_at_once():
    text = "Deputy director" + " " * 20 + "-" * 4 + "x"   # (no link at the end: nothing to cut)
    link = _link()
    began = time.process_time()
    assert link.sub("", text) == text
    assert time.process_time() - began < 0.5        # (the nested pattern took seconds of CPU here)


def test_the_trailing_links_cut_are_the_same_strings_as_before():
    pieces = [" ", ",", "(", "-", "—", "of", "and", "in", "or", "Lin", "x", "to", "Tor"]
    rows = ["".join(pieces[(a * k + b) % len(pieces)] for k in range(n)) for a in range(1, 7) for b in range(13)
            for n in range(8)]
    rows += ["the chief of staff to", "first deputy of the, ", "Mayor and", "a aide in (", "Lin", ""]
    for row in rows:
        assert _link().sub("", row) == _OLD_LANGUAGE.sub("", row), row


def test_capital_letters_before_a_sons_mark_are_a_persons_name(run):
    text = "TULSA, Okla. (Wire) -- The magazine will close, RWB Jr said on Monday. He thanked the staff and the readers.\n"
    art = run(text, published="2014-03-02")       # (act37a's letters-then-name rule made `RWB Jr` a body)
    person = actor_at(art, text, "RWB Jr")
    assert person is not None and person is actor_at(art, text, "He thanked"), person
