"""`checks.keep`'s declared reads and writes (speed39a): each check of its common path declares the Candidate fields
it reads and writes (`checks.READS_WRITES`); the dear pure drops (`_pure_drops`) run after `_sense` and `_acting`
(which drop about two in five of the candidates), on the fields as they were in their old place (`_late_drops`).
Here: every declared check, run on the candidates of invented articles, reads and writes only what it declares; the
moved checks write nothing and the checks they now pass write only the fields handed back; each moved check still
drops a candidate of an invented sentence; and the hand-back itself. The stage's output is checked unchanged on the
bench sets (docs/accuracy.md, speed39a)."""
from __future__ import annotations

import dataclasses

import pytest

from dateline.extractors.events import checks, crime, domains, senses
from dateline.extractors.events.triggers import Candidate

MODULES = {"checks": checks, "crime": crime, "domains": domains, "senses": senses}
FIELDS = frozenset(f.name for f in dataclasses.fields(Candidate))

# Invented sentences, one or more for each moved check (the check's name: the trigger it drops there).
FIRES = {
    "crime.no_event": ("A pickup truck hit a utility pole on Route 9 early Sunday, police said.", "hit"),
    "domains.game_play": ("Branford beat Marlow 45-40 on Saturday. Marlow beat Ostend 21-14 last week. Ostend "
                          "defeated Branford 30-27 in the opener. The Hawks beat the Owls 17-10 on Friday.", "beat"),
    "domains.tally": ("Officials in Branford counted two dead and 18 wounded after the storm on Tuesday.", "wounded"),
    "domains.filming": ("The crew shot the final scenes of the movie in Branford in March.", "shot"),
    "domains.release": ("Reddick and Molle said they hit theaters in June with the new film.", "hit"),
    # (ev54: a they is not one person, so `Reddick said they ...` no longer gives the hit a source and an earlier
    # check drops it; two people joined are a they, and the hit reaches this check as before)
    "domains.code_run": ("The script is executed in the browser each time the page loads, the engineers said.",
                         "executed"),
    "domains.fiction": ("The novel follows a spy who kills a senator in Branford.", "kills"),
    "senses.no_event": ("The Velmora Textile Company fired 300 workers at its Branford plant on Monday.", "fired"),
}
MORE = (
    "Senator Ruth Calder criticized Governor Dana Oakes on Monday for the budget cuts. Oakes rejected the charge and "
    "responded to the accusations that he lied. Police arrested two men after officers stopped their car. Velmora "
    "sent troops to the border, and Marovia condemned the move. The mayor met with union leaders on Tuesday.",
    "Oakes said he would veto the bill. Calder's supporters protested outside the statehouse. The committee voted "
    "against the measure. His criticism of the president drew applause. Reddick responded to the letter on Friday.",
)


class _Reading(Candidate):
    """A Candidate that tells the open records which of its fields are read."""
    open: list = []

    def __getattribute__(self, name):
        if name in FIELDS:
            for seen in _Reading.open:
                seen.add(name)
        return object.__getattribute__(self, name)


def _record(monkeypatch):
    """Wrap every declared check: the fields each read and wrote, and how often it ran, over what runs after."""
    found = {key: [set(), set(), 0] for key in checks.READS_WRITES}

    def wrapped(key, f):
        def run(c, *args, **kw):
            if type(c) not in (Candidate, _Reading):
                return f(c, *args, **kw)
            outer = type(c) is Candidate
            seen = set()
            _Reading.open.append(seen)
            if outer:
                c.__class__ = _Reading
            before = {n: object.__getattribute__(c, n) for n in FIELDS}
            copies = {n: list(v) if isinstance(v, list) else set(v) if isinstance(v, set) else v
                      for n, v in before.items()}
            try:
                return f(c, *args, **kw)
            finally:
                _Reading.open.pop()
                if outer:
                    c.__class__ = Candidate
                rec = found[key]
                rec[0] |= seen
                rec[2] += 1
                for n in FIELDS:
                    now = object.__getattribute__(c, n)
                    if now is not before[n] or isinstance(now, (list, set)) and now != copies[n]:
                        rec[1].add(n)
        return run

    for key in checks.READS_WRITES:
        mod, name = key.split(".")
        monkeypatch.setattr(MODULES[mod], name, wrapped(key, getattr(MODULES[mod], name)))
    return found


def test_every_declared_check_reads_and_writes_only_what_it_declares(run, monkeypatch):
    found = _record(monkeypatch)
    for text in [t for t, _ in FIRES.values()] + list(MORE):
        run(text)
    for key, (reads, writes, calls) in found.items():
        declared_reads, declared_writes = checks.READS_WRITES[key]
        assert calls, key                                   # (the articles reach every declared check)
        assert reads <= set(declared_reads), (key, reads - set(declared_reads))
        assert writes <= set(declared_writes), (key, writes - set(declared_writes))


def test_the_moved_checks_write_nothing_and_what_they_pass_is_handed_back():
    """`_pure_drops` may run after the checks it passes only if it writes nothing, and `_late_drops` hands back every
    field those checks may write (PASSED)."""
    for key in checks.PURE_DROPS:
        assert checks.READS_WRITES[key][1] == (), key
    passed = set().union(*(checks.READS_WRITES[k][1] for k in checks.PASSED_BY_PURE_DROPS))
    assert passed <= set(checks.PASSED)
    assert {k for k in checks.READS_WRITES} >= set(checks.PURE_DROPS) | set(checks.PASSED_BY_PURE_DROPS)


@pytest.mark.parametrize("key", sorted(FIRES))
def test_each_moved_check_still_drops_a_candidate_in_its_new_place(run, monkeypatch, key):
    text, word = FIRES[key]
    mod, name = key.split(".")
    f = getattr(MODULES[mod], name)
    fired = []

    def spy(c, *args):
        out = f(c, *args)
        if out:
            fired.append(c.token.text)
        return out
    monkeypatch.setattr(MODULES[mod], name, spy)
    art = run(text)
    assert word in fired
    assert not any(e.trigger.text == word for e in art.events)


def _candidate(source):
    c = Candidate(token=None, noun=None, pattern=None, first=0, last=0, nominal=False, etype="ASSAULT", quad=4,
                  cameo="190")
    c.source = source
    return c


def test_late_drops_reads_the_fields_as_they_were_and_leaves_a_dropped_candidate_so(monkeypatch):
    """A check passed (`_acting`) rewrote the source; `_pure_drops` answers on the source as it was before that
    check, a candidate it drops is left as it was then, one it keeps as the passed check left it."""
    old, new = ["old source"], ["new source"]
    seen = []

    def drops_old(c, w):
        seen.append(c.source)
        return c.source is old
    monkeypatch.setattr(checks, "_pure_drops", drops_old)
    c = _candidate(old)
    was = checks._passed_fields(c)
    c.source = new
    assert checks._late_drops(c, {}, was) is True and c.source is old and seen == [old]
    monkeypatch.setattr(checks, "_pure_drops", lambda c, w: c.source is new)
    c = _candidate(old)
    was = checks._passed_fields(c)
    c.source = new
    assert checks._late_drops(c, {}, was) is False and c.source is new   # (it saw `old`: kept, as the check left it)


def test_a_candidate_dropped_later_is_left_as_the_old_order_left_it(monkeypatch):
    """Dropped by a check after `_pure_drops`' old place: where `_pure_drops` drops it as it was, it is left as it was
    (the old order dropped it there, before the type was rewritten); else as the later check left it."""
    monkeypatch.setattr(checks, "_pure_drops", lambda c, w: c.etype == "ASSAULT")
    c = _candidate([])
    was = checks._passed_fields(c)
    c.etype = "ACCUSE"
    assert checks._dropped_as_before(c, {}, was) is False and c.etype == "ASSAULT"
    monkeypatch.setattr(checks, "_pure_drops", lambda c, w: False)
    c = _candidate([])
    was = checks._passed_fields(c)
    c.etype = "ACCUSE"
    assert checks._dropped_as_before(c, {}, was) is False and c.etype == "ACCUSE"
