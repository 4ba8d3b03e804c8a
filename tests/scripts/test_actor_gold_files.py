"""bench/actors: every actor gold file is well formed (bench/actors/GUIDE.md's fields and codes), every actor-only
set bench/actor_gold.py registers has its list (.tsv) and its gold (.jsonl) with the same ids, and every offset falls
on the article's text (when ../shared is there). No text is printed: kept-apart sets are checked, never shown."""
from __future__ import annotations

import json
import pathlib
import re

import pytest

from tests.helpers import load_script

ROOT = pathlib.Path(__file__).resolve().parents[2]
GOLD = ROOT / "bench" / "actors"
KINDS = {"person", "state", "organisation", "group"}
SECTORS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "REB", "OPP", "IGO", "NGO", "MED", "BUS", "EDU", "REL",
           "LAB", "CRM", "CVL", "ELI"}


@pytest.fixture(scope="module")
def gold_tools():
    return load_script(ROOT / "bench" / "actor_gold.py")


def _gold(name: str) -> list[dict]:
    return [json.loads(line) for line in open(GOLD / f"{name}.jsonl", encoding="utf-8") if line.strip()]


def _listed(path: pathlib.Path) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in open(path, encoding="utf-8")
            if line.strip() and not line.startswith("#")]


def test_every_gold_file_has_the_guides_fields_and_codes():
    files = sorted(GOLD.glob("*.jsonl"))
    assert files
    for path in files:
        for n, g in enumerate(map(json.loads, filter(str.strip, open(path, encoding="utf-8"))), 1):
            where = f"{path.name}:{n}"
            assert {"id", "actors", "non_actors"} <= set(g), where
            for k, a in enumerate(g["actors"], 1):     # (messages name file, line and actor number, never gold text)
                assert a["kind"] in KINDS, (where, k)
                assert a["sector"] is None or a["sector"] in SECTORS, (where, k)          # null: unknown from the text
                assert a["country"] is None or re.fullmatch(r"[A-Z]{3}", a["country"]), (where, k)
                assert isinstance(a["optional"], bool) and a["name"], (where, k)
                assert a["mentions"] and all(0 <= s < e for s, e in a["mentions"]), (where, k)
            assert all(0 <= s < e for s, e in g["non_actors"]), where


def test_every_actor_only_set_has_its_list_and_its_gold_with_the_same_ids(gold_tools):
    assert {"tune38", "tune39", "fresh29"} <= set(gold_tools.ACTOR_ONLY)      # session 34's sets are registered
    assert {"fresh32", "fresh33"} <= set(gold_tools.ACTOR_ONLY)               # session 49's (gold49)
    assert "tune40" in gold_tools.ACTOR_ONLY                                  # session 49's (act49a)
    assert "tune42" in gold_tools.ACTOR_ONLY                                  # session 49's (act49c)
    assert "fresh34" in gold_tools.ACTOR_ONLY                                 # session 50's (gold50)
    assert "tune43" in gold_tools.ACTOR_ONLY                                  # session 50's (act50a)
    assert "tune44" in gold_tools.ACTOR_ONLY                                  # session 50's (act50b)
    assert "tune45" in gold_tools.ACTOR_ONLY                                  # session 51's (act51a)
    assert "tune46" in gold_tools.ACTOR_ONLY                                  # session 51's (act51b)
    assert "tune47" in gold_tools.ACTOR_ONLY                                  # session 52's (act52a)
    assert "tune48" in gold_tools.ACTOR_ONLY                                  # session 52's (act52b)
    assert "tune49" in gold_tools.ACTOR_ONLY                                  # session 53's (act53a)
    assert "tune52" in gold_tools.ACTOR_ONLY                                  # session 54's (act54a)
    assert "tune57" in gold_tools.ACTOR_ONLY                                  # session 55's (act55c)
    assert "tune51" in gold_tools.ACTOR_ONLY                                  # session 53's (act53c)
    assert "tune50" in gold_tools.ACTOR_ONLY                                  # session 53's (act53b)
    assert "tune54" in gold_tools.ACTOR_ONLY                                  # session 54's (act54c)
    assert "tune53" in gold_tools.ACTOR_ONLY                                  # session 54's (act54b)
    assert "tune55" in gold_tools.ACTOR_ONLY                                  # session 55's (act55a)
    assert "tune58" in gold_tools.ACTOR_ONLY                                  # session 55's (act55d)
    assert "tune56" in gold_tools.ACTOR_ONLY                                  # session 55's (act55b)
    assert "tune59" in gold_tools.ACTOR_ONLY                                  # session 56's (act56a)
    assert "tune63" in gold_tools.ACTOR_ONLY                                  # session 56's (act56e)
    assert "tune60" in gold_tools.ACTOR_ONLY                                  # session 56's (act56b)
    assert "tune61" in gold_tools.ACTOR_ONLY                                  # session 56's (act56c)
    assert "tune62" in gold_tools.ACTOR_ONLY                                  # session 56's (act56d)
    assert "tune65" in gold_tools.ACTOR_ONLY                                  # session 57's (act57b)
    assert "tune64" in gold_tools.ACTOR_ONLY                                  # session 57's (act57a)
    assert "tune66" in gold_tools.ACTOR_ONLY                                  # session 57's (act57c)
    for name, tsv in gold_tools.ACTOR_ONLY.items():
        rows = _listed(tsv)
        assert rows and all(len(r) == 3 for r in rows), name
        assert sorted(g["id"] for g in _gold(name)) == sorted(r[0] for r in rows), name
        assert open(tsv, encoding="utf-8").readline().startswith("# actor-only "), name     # the header says how drawn


def test_every_offset_of_the_newest_sets_lies_on_its_article_text(gold_tools):
    if not (gold_tools.SHARED / "devsets").is_dir():
        pytest.skip("no ../shared/devsets here")
    for name in ("tune38", "tune39", "fresh29", "fresh32", "fresh33", "tune40", "tune41", "tune42", "fresh34",
                 "tune43", "tune44", "tune45", "tune46", "tune47", "tune48", "tune49", "tune50", "tune52", "tune53",
                 "tune54", "tune55", "tune57", "tune58", "tune59", "tune60", "tune61", "tune62",
                 "tune63", "tune64", "tune65", "tune66"):   # fresh32: dedup-gva files
        files = {r[0]: r[1] for r in _listed(gold_tools.ACTOR_ONLY[name])}
        for g in _gold(name):
            text = gold_tools.text_of(files[g["id"]])
            spans = [tuple(m) for a in g["actors"] for m in a["mentions"]] + [tuple(s) for s in g["non_actors"]]
            for s, e in spans:
                assert e <= len(text), (name, g["id"], s, e)
                piece = text[s:e]
                assert piece == piece.strip(), (name, g["id"], s, e)               # no span starts or ends in a space
                assert not (s and text[s - 1].isalnum() and piece[0].isalnum()), (name, g["id"], s)   # whole words
                assert not (e < len(text) and text[e].isalnum() and piece[-1].isalnum()), (name, g["id"], e)


def test_every_set_the_measure_lists_name_has_its_gold(gold_tools):
    """bench/devtools/actor_sets_{read,kept}.txt (what measure.sh scores) name only sets with a gold file, each set
    once and in one list only: a kept set never read, a read one never pooled with the kept."""
    lists = {part: (ROOT / "bench" / "devtools" / f"actor_sets_{part}.txt").read_text(encoding="utf-8").strip().split(",")
             for part in ("read", "kept")}
    for part, names in lists.items():
        assert len(names) == len(set(names)), part
        for name in names:
            assert (GOLD / f"{name}.jsonl").exists(), (part, name)
            assert name in gold_tools.ACTOR_ONLY or name in ("dev", "tune", "kept"), (part, name)
    assert not set(lists["read"]) & set(lists["kept"])
    assert {"fresh32", "fresh33", "fresh34"} <= set(lists["kept"])


def test_a_named_police_unit_is_its_own_actor_not_a_mention_of_its_force(gold_tools):
    """GUIDE.md, session 50 (decision 2): a force's unnamed officers, detectives and numbered districts are mentions of
    the force, a named unit (`the Harlow Police Burglary Unit`, `the Traffic Division`) is its own COP actor. No
    police organisation of any gold file lists a capitalised Division, Unit or Squad among its mentions, unless that
    is its own name. (Messages name the set, the article id and the actor number, never gold text.)"""
    if not (gold_tools.SHARED / "devsets").is_dir():
        pytest.skip("no ../shared/devsets here")
    unit = re.compile(r"\b(?:[A-Z][\w-]* )+(?:Division|Unit|Squad)\b")
    texts = {aid: a["text"] for aid, a in gold_tools.articles().items()}
    for path in sorted(GOLD.glob("*.jsonl")):
        for g in _gold(path.stem):
            for k, a in enumerate(g["actors"], 1):
                if a["sector"] != "COP" or a["kind"] == "person":
                    continue
                strings = {texts[g["id"]][s:e] for s, e in a["mentions"]}
                named = [m for m in strings if unit.search(m) and unit.search(m).group(0) not in a["name"]]
                assert not named, (path.stem, g["id"], k)
