"""`dateline extract` through click's runner: output contract, pretty output, bad input reported, exit status."""
import json

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.records import Article
from tests.helpers import json_lines

STORY = ("Ferry service resumes after storm\n\n"
         "PIRAEUS (AP) — Ferries sailed again on Tuesday after a storm kept them in port for three days, "
         "the coast guard said.\n\n\"We are back to normal,\" a port official said.\n")


@pytest.fixture
def invoke(nlp):
    def _invoke(*args, input=None):
        return CliRunner().invoke(main, ["extract", *map(str, args)], input=input)
    return _invoke


def test_good_inputs_exit_zero_with_contract_json(tmp_path, invoke):
    (tmp_path / "ferry.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "f1", "text": STORY, "published": "2021-11-09",
                                                     "title": "Ferry service resumes after storm"}) + "\n",
                                         encoding="utf-8")
    result = invoke(tmp_path)
    assert result.exit_code == 0, result.stderr
    out = json_lines(result)
    assert [r["id"] for r in out] == ["f1", "ferry"]
    f1, ferry = out
    assert (f1["published"], f1["published_from"]) == ("2021-11-09", "input")
    assert ferry["title"] == "Ferry service resumes after storm"
    assert ferry["dateline"]["place"] == "Piraeus" and ferry["dateline"]["agency"] == "AP"
    assert ferry["truncated"] is False
    assert Article.from_dict(ferry).to_dict() == ferry
    assert result.stderr == ""


def test_bad_inputs_reported_rest_processed_exit_nonzero(tmp_path, invoke):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    (tmp_path / "feed.jsonl").write_text('{"id": "j1", "text": "Quiet day in the port."}\n{oops\n{"id": "j3"}\n',
                                         encoding="utf-8")
    result = invoke(tmp_path, tmp_path / "nothing-here.txt")
    assert result.exit_code == 1
    assert sorted(r["id"] for r in json_lines(result)) == ["good", "j1"]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 6            # one line each for five bad inputs, then the count
    assert any("empty.txt" in l and "empty file (0 bytes)" in l for l in lines)
    assert any("photo.txt" in l and "binary" in l for l in lines)
    assert any("feed.jsonl:2" in l and "not JSON" in l for l in lines)
    assert any("feed.jsonl:3" in l and '"text"' in l for l in lines)
    assert any("nothing-here.txt" in l and "no such file" in l for l in lines)
    assert lines[-1] == "dateline: 5 input(s) skipped"


def test_oversized_file_refused(tmp_path, invoke):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:
        f.truncate(50_000_000)
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    result = invoke(big, tmp_path / "ok.txt")
    assert result.exit_code == 1
    assert [r["id"] for r in json_lines(result)] == ["ok"]
    assert "huge.txt" in result.stderr and "limit" in result.stderr


def test_stdin_text_and_jsonl(invoke):
    result = invoke("-", input=STORY)
    assert result.exit_code == 0, result.stderr
    (rec,) = json_lines(result)
    assert rec["id"] == "stdin" and rec["dateline"]["agency"] == "AP"
    result = invoke("-", input='{"id": "a", "text": "Calm seas today."}\nnot json\n')
    assert result.exit_code == 1
    assert [r["id"] for r in json_lines(result)] == ["a"]
    assert "<stdin>:2" in result.stderr


def test_pretty_format_reads_as_a_summary(tmp_path, invoke):
    (tmp_path / "ferry.txt").write_text(STORY, encoding="utf-8")
    result = invoke(tmp_path / "ferry.txt", "--format", "pretty")
    assert result.exit_code == 0, result.stderr
    assert "ferry: Ferry service resumes after storm" in result.stdout
    assert "Piraeus" in result.stdout and "AP" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_no_inputs_is_a_usage_error(invoke):
    result = CliRunner().invoke(main, ["extract"])
    assert result.exit_code == 2


def test_unreadable_file_and_broken_link_reported(tmp_path, invoke, monkeypatch):
    from dateline.read import files

    (tmp_path / "locked.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "open.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    real_open = files.open_regular

    def guarded(path, *a, **k):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *a, **k)

    monkeypatch.setattr(files, "open_regular", guarded)
    result = invoke(tmp_path)
    assert result.exit_code == 1
    assert [r["id"] for r in json_lines(result)] == ["open"]
    assert any("locked.txt" in l and "Permission denied" in l for l in result.stderr.splitlines())
    assert any("gone.txt" in l and "broken link" in l for l in result.stderr.splitlines())


STRIKE = ("STRELSAU, Ruritania (Wire) - An air strike killed five people near Zenda on Sunday, and the army said "
          "two soldiers were wounded in clashes near the border.\n\nRuritania's prime minister condemned the attack "
          "and called on the United Nations to intervene. Police arrested three protesters in the capital.\n")


def test_min_confidence_leaves_out_events_and_keeps_the_rest(tmp_path, invoke):
    (tmp_path / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (every,) = json_lines(invoke(tmp_path / "strike.txt", "--min-confidence", "0"))
    scores = sorted({e["confidence"] for e in every["events"] if e["confidence"] is not None})
    assert len(scores) >= 2 and any(c["event"] is not None for c in every["casualties"])
    minimum = scores[len(scores) // 2]                 # leaves out some scored events, keeps others
    result = invoke(tmp_path / "strike.txt", "--min-confidence", minimum)
    assert result.exit_code == 0, result.stderr
    (some,) = json_lines(result)
    kept = [e for e in every["events"] if e["confidence"] is None or e["confidence"] >= minimum]
    assert some["events"] == kept and 0 < len(kept) < len(every["events"])
    assert {k: v for k, v in some.items() if k not in ("events", "casualties")} == \
        {k: v for k, v in every.items() if k not in ("events", "casualties")}
    for before, after in zip(every["casualties"], some["casualties"]):   # each still points at its own event
        assert {**before, "event": None} == {**after, "event": None}
        if after["event"] is not None:
            assert some["events"][after["event"]] == every["events"][before["event"]]
        else:
            assert before["event"] is None or every["events"][before["event"]] not in kept
    assert Article.from_dict(some).to_dict() == some
    assert invoke(tmp_path / "strike.txt", "--min-confidence", "1.5").exit_code == 2


def test_the_default_floor_leaves_out_events_and_zero_keeps_them(tmp_path, invoke, monkeypatch):
    from dateline import artefacts

    (tmp_path / "strike.txt").write_text(STRIKE, encoding="utf-8")
    (every,) = json_lines(invoke(tmp_path / "strike.txt", "--min-confidence", "0"))
    scores = sorted({e["confidence"] for e in every["events"] if e["confidence"] is not None})
    floor = scores[len(scores) // 2]
    monkeypatch.setattr(artefacts, "confidence_floor", lambda: floor)
    monkeypatch.setattr(artefacts, "type_floors", dict)
    (default,) = json_lines(invoke(tmp_path / "strike.txt"))
    assert default["events"] == [e for e in every["events"] if e["confidence"] is None or e["confidence"] >= floor]
    assert 0 < len(default["events"]) < len(every["events"])
    (zero,) = json_lines(invoke(tmp_path / "strike.txt", "--min-confidence", "0"))
    assert zero["events"] == every["events"]


def test_the_shipped_floor_is_the_default(tmp_path, invoke):
    from dateline.artefacts import confidence_floor, default_floor, floor_at

    (tmp_path / "strike.txt").write_text(STRIKE, encoding="utf-8")
    floor = confidence_floor()
    assert floor is not None and 0 <= floor < 1
    (every,) = json_lines(invoke(tmp_path / "strike.txt", "--min-confidence", "0"))
    (default,) = json_lines(invoke(tmp_path / "strike.txt"))
    assert default["events"] == [e for e in every["events"] if e["confidence"] is None or
                                 e["confidence"] >= floor_at(default_floor(), e["type"])]
