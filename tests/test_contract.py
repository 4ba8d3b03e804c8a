"""The output contract: the whole nested JSON of a real extraction checked against the records' fields, and the
docs that list those fields (README's contract, docs/events.md's Event table)."""
from __future__ import annotations

import dataclasses
import pathlib
import re
import typing

import pytest

from dateline import records
from dateline.records import Article

ROOT = pathlib.Path(__file__).resolve().parents[1]

# An invented wire story with every part of the contract: headline, dateline, caption and credit, a quote with
# its cue and speaker, actors and mentions, dates, events with sources and targets, places, casualty counts.
STORY = """Norway accuses Sweden over border clash

OSLO, March 3, 2024 (Reuters) - Norway's Foreign Minister Ada Lund on Sunday accused Sweden of sending troops \
across the border near Halden, where at least three soldiers were killed and five were wounded.

"We will not accept this," Lund told reporters in Oslo.

Swedish police arrested two men in Stockholm on Saturday after protesters blocked a bridge.

A soldier stands guard near Halden on March 2, 2024. REUTERS/Kari Strand
"""


def contract_fields(cls) -> dict[str, typing.Any]:
    """The JSON fields of a record class (internal fields left out) with their types."""
    hints = typing.get_type_hints(cls, vars(records))
    return {f.name: hints[f.name] for f in dataclasses.fields(cls) if not f.metadata.get("internal")}


def check(value, tp, path: str, seen: set) -> None:
    """`value` (from to_dict) has the shape of type `tp`: a record as a dict of exactly its fields, recursively."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Union:                                   # Optional[X]
        if value is None:
            return
        (tp,) = [a for a in args if a is not type(None)]
        return check(value, tp, path, seen)
    if origin is tuple:                                          # tuple[X, ...]
        assert isinstance(value, list), path
        for i, item in enumerate(value):
            check(item, args[0], f"{path}[{i}]", seen)
        return
    if dataclasses.is_dataclass(tp):
        assert isinstance(value, dict), path
        fields = contract_fields(tp)
        assert set(value) == set(fields), (path, "missing", set(fields) - set(value), "unknown", set(value) - set(fields))
        seen.add(tp.__name__)
        for name, field_tp in fields.items():
            check(value[name], field_tp, f"{path}.{name}", seen)
        return
    if origin is typing.Literal:
        assert value in args, (path, value)
        return
    assert isinstance(value, tp if tp is not float else (int, float)), (path, value, tp)


def records_in(cls, found=None) -> set[str]:
    """Every record class reachable from `cls` through its contract fields."""
    found = set() if found is None else found
    found.add(cls.__name__)
    for tp in contract_fields(cls).values():
        for leaf in _leaves(tp):
            if dataclasses.is_dataclass(leaf) and leaf.__name__ not in found:
                records_in(leaf, found)
    return found


def _leaves(tp):
    args = typing.get_args(tp)
    return [leaf for a in args for leaf in _leaves(a)] if args and typing.get_origin(tp) is not typing.Literal else [tp]


@pytest.fixture(scope="module")
def extracted(run):
    return run(STORY, id="contract").to_dict()


def test_every_record_and_field_of_a_real_extraction_has_the_contract_shape(extracted):
    seen: set[str] = set()
    check(extracted, Article, "article", seen)
    assert seen == records_in(Article), f"the story has no {records_in(Article) - seen}: extend it"


def test_the_contract_reads_back(extracted):
    assert Article.from_dict(extracted).to_dict() == extracted


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


def test_readme_contract_names_every_field():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Output contract", 1)[1].split("```")[1]
    named = _words(block)
    for name in sorted(records_in(Article)):
        missing = set(contract_fields(getattr(records, name))) - named
        assert not missing, f"README's output contract does not name {name} fields {sorted(missing)}"


@pytest.mark.parametrize("doc, record", [("events.md", "Event"), ("actors.md", "Actor"), ("places.md", "Place"),
                                         ("places.md", "Casualty"), ("quotes.md", "Quote"), ("quotes.md", "Speaker"),
                                         ("dates.md", "TimeExpression")])
def test_docs_list_every_field(doc, record):
    """The record's doc defines every field before its sections on how: in a table's first column, before a
    colon (`a`, `b`: ...), or in its signature (`Record(a, b)`)."""
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    head = re.split(r"\n## (?!Output)", text)[0]
    defined = [cell.split("|")[1] for cell in head.splitlines() if cell.startswith("| `")]
    defined += re.findall(r"((?:`[a-z_0-9]+`, )*`[a-z_0-9]+`):", head)
    defined += re.findall(rf"`{record}\(([^)]*)\)`", head)
    named = {n for part in defined for n in re.findall(r"[a-z_0-9]+", part)}
    missing = set(contract_fields(getattr(records, record))) - named
    assert not missing, f"docs/{doc} does not list {record} fields {sorted(missing)}"


def test_text_read_from_markup_is_in_the_contract(nlp):
    """For HTML, archives and feeds the JSON gains `text`, the extracted text every offset points into; the rest
    keeps the contract's shape. Plain text and JSON lines leave it out (the input is the text)."""
    from dateline.pipeline import process
    from dateline.records import RawArticle

    raw = RawArticle(id="page", text=STORY, origin="page", source_format="html", site="Nordic Wire",
                     author="Kari Strand", url="https://wire.example.no/clash")
    (article,) = list(process([raw]))
    data = article.to_dict()
    assert data.pop("text") == STORY
    check(data, Article, "article", set())
    assert (data["source_format"], data["site"], data["author"], data["language"]) == ("html", "Nordic Wire", "Kari Strand", "en")
    for q in data["quotes"]:
        assert STORY[q["start"]:q["end"]] == q["text"]
    assert Article.from_dict(article.to_dict()).to_dict() == article.to_dict()
    assert "text" not in dataclasses.replace(article, source_format="txt").to_dict()
