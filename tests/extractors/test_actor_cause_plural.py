"""The one plural test of names like `Veterans for Peace` (`common.plural_word`), read by `cause_name` and by
states' `cause_orgs` (the latter by the tag alone)."""
from __future__ import annotations

import inspect
from types import SimpleNamespace

from dateline.extractors.actors import common, states


def _tok(text: str, tag: str):
    return SimpleNamespace(text=text, lower_=text.lower(), tag_=tag)


def test_a_plural_by_its_tag_or_its_ending():
    assert common.plural_word(_tok("Doctors", "NNPS")) and common.plural_word(_tok("Veterans", "NNP"))
    assert not common.plural_word(_tok("Congress", "NNP")) and not common.plural_word(_tok("Alliance", "NNP"))


def test_tagged_takes_the_tag_alone():
    assert common.plural_word(_tok("Doctors", "NNS"), tagged=True)
    assert not common.plural_word(_tok("Attorneys", "NNP"), tagged=True)


def test_both_readers_use_it():
    assert "plural_word(" in inspect.getsource(common.cause_name)
    assert "plural_word(" in inspect.getsource(states.cause_orgs)
    for f in (common.cause_name, states.cause_orgs):
        assert '"NNPS"' not in inspect.getsource(f), f.__name__
