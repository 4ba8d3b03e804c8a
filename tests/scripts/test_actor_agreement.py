"""bench/actor_agreement.py: two labellers' actor gold scored against each other both ways with the actor scorer's
own matching - coverage of required actors, country and sector over matched actors, wrong identity, false share over
all actors and over required ones - on an invented story labelled twice."""
from __future__ import annotations

import json
import pathlib

import pytest

from tests.helpers import at, load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]

TEXT = ("Mayor Dana Quill of Harlow said the city council voted on Tuesday to close the old ferry pier. "
        "Quill said residents had asked for it. A fisherman, Ivo Brand, told the Harlow Courier he would sue.")


@pytest.fixture(scope="module")
def agree():
    return load_script(ROOT / "bench" / "actor_agreement.py")


def _actor(name, sector, mentions, *, kind="person", country="USA", identity=None, optional=False):
    return {"name": name, "kind": kind, "country": country, "sector": sector, "identity": identity,
            "optional": optional, "mentions": [list(at(TEXT, m, n)) for m, n in mentions]}


def _first():
    return {"id": "story", "file": "invented", "non_actors": [list(at(TEXT, "the old ferry pier"))], "actors": [
        _actor("Dana Quill", "GOV", [("Mayor Dana Quill", 0), ("Quill", 1)], identity="Dana Quill"),
        _actor("city council", "GOV", [("the city council", 0)], kind="organisation"),
        _actor("Ivo Brand", "CVL", [("Ivo Brand", 0)], identity="Ivo Brand"),
        _actor("residents", "CVL", [("residents", 0)], kind="group", optional=True)]}


def _second():
    return {"id": "story", "file": "invented", "non_actors": [], "actors": [
        _actor("Dana Quill", "GOV", [("Mayor Dana Quill", 0), ("Quill", 1)], identity="Dana Quill"),
        _actor("city council", "LEG", [("the city council", 0)], kind="organisation"),    # sector differs
        _actor("Ivo Brand", "BUS", [("Ivo Brand", 0)], identity="Ivo Brandt"),             # another name
        _actor("Harlow Courier", "MED", [("the Harlow Courier", 0)], kind="organisation"),  # the first has none
        _actor("Harlow", "GOV", [("Harlow", 0)], kind="state", optional=True)]}          # nor this (optional)


def test_the_second_labeller_scored_against_the_first(agree):
    errors = []
    c = agree.compare(_first(), _second(), TEXT, errors)
    assert (c["gold"], c["covered"], c["matched"]) == (3, 3, 3)          # the optional `residents` is not counted
    assert (c["country_ok"], c["sector_ok"]) == (3, 1)
    assert c["wrong_identity"] == 1                                      # `Brandt` is not the first's `Ivo Brand`
    assert (c["false"], c["system"]) == (2, 5)                           # the outlet and the optional town
    assert (c["false_required"], c["system_required"]) == (1, 4)        # only the outlet was marked required
    assert {e["error"] for e in errors} == {"code", "identity", "false"}


def test_the_other_way_round_and_pooled_figures(agree, tmp_path, monkeypatch):
    for folder, line in (("a", _first()), ("b", _second())):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "set1.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    monkeypatch.setattr(agree, "text_of", lambda file: TEXT)
    r = agree.run(tmp_path / "a", tmp_path / "b", ["set1", "set2"], tmp_path / "err")
    assert r["articles"] == 1                                            # set2 is in neither folder
    assert r["mention_spans_shared"] == "4/7"       # all but residents, the Courier and Harlow: one side only
    one, two = r["first->second"], r["second->first"]
    assert (one["coverage"], one["country"], one["sector"], one["false"]) == (1.0, 1.0, 0.333, "2/5")
    assert two["gold_actors"] == 4 and two["coverage"] == 0.75           # the first never labelled the Courier
    assert two["false"] == "1/4" and two["false_required_n"] == "0/3"    # its optional `residents` found nothing
    lines = [json.loads(x) for x in (tmp_path / "err" / "set1.agreement.jsonl").read_text().splitlines()]
    assert {x["direction"] for x in lines if x["error"] != "detail"} == {"first->second", "second->first"}
    detail = {(x["what"], x.get("name")) for x in lines if x["error"] == "detail"}
    assert {("second_only", "Harlow Courier"), ("second_only", "Harlow"), ("sector", "city council"),
            ("identity", "Ivo Brand"), ("sector", "Ivo Brand"), ("first_only", "residents"), ("non_actors_first_only", None)} == detail


def test_a_merge_and_a_span_are_told_apart(agree):
    first = {"id": "s", "non_actors": [], "actors": [
        _actor("Dana Quill", "GOV", [("Mayor Dana Quill", 0)], identity="Dana Quill"),
        _actor("Quill", "GOV", [("Quill", 1)])]}                                # the first kept her apart
    second = {"id": "s", "non_actors": [], "actors": [
        _actor("Dana Quill", "GOV", [("Dana Quill", 0), ("Quill", 1)], identity="Dana Quill")]}
    found = agree.differences(first, second, TEXT)
    spans = [(x["name"], x["first_only"], x["second_only"]) for x in found if x["what"] == "mentions"]
    assert spans == [("Dana Quill", ["Mayor Dana Quill"], ["Dana Quill", "Quill"]),   # a span, and her second mention
                     ("Quill", [], ["Dana Quill"])]                                   # which the first kept apart
    assert {x["what"] for x in found} == {"mentions", "identity", "merged"}           # nobody is missing on either side
    assert [x["what"] for x in agree.differences(second, first, TEXT)].count("split") == 1


def test_a_labelling_agrees_with_itself(agree):
    c = agree.compare(_first(), _first(), TEXT, [])
    f = agree.figures(c)
    assert (f["coverage"], f["country"], f["sector"], f["wrong_identity"], f["false_actors"]) == (1.0, 1.0, 1.0, 0, 0.0)
