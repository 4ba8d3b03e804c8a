"""The pipeline end to end: order, errors passing through, offsets into the text as read."""
from dateline import extract
from dateline.pipeline import process
from dateline.records import Article, Failure, RawArticle, ReadError, offset_errors


def test_extract_yields_articles_in_order():
    out = list(extract(["Paris is calm.", "Berlin is busy today."]))
    assert [a.id for a in out] == ["0", "1"]
    assert all(isinstance(a, Article) for a in out)


def test_read_errors_pass_through_and_batch_goes_on():
    items = [ReadError("bad.jsonl:3", "not JSON"), RawArticle(id="ok", text="Rain fell in Oslo.", origin="ok.txt")]
    out = list(process(items))
    assert isinstance(out[0], ReadError) and out[0].origin == "bad.jsonl:3"
    assert isinstance(out[1], Article) and out[1].id == "ok"


def test_contract_keys_present():
    (a,) = list(extract(["TOKYO (AP) — Japan said on Monday it would send aid."]))
    d = a.to_dict()
    for key in ("id", "title", "published", "published_from", "dateline", "truncated", "captions", "quotes",
                "actors", "dates", "events", "places", "casualties"):
        assert key in d
    assert "text" not in d
    assert Article.from_dict(d).to_dict() == d


def test_overlong_text_is_a_failure_not_a_crash():
    from dateline import nlp

    big = "word " * (nlp.MAX_CHARS // 5 + 10)
    (out,) = list(process([RawArticle(id="big", text=big, origin="big.txt")]))
    assert isinstance(out, Failure) and "limit" in out.message


# ---------------------------------------------------------------- hostile input (issue 16)
def test_any_input_type_is_an_article_or_a_failure_and_the_batch_goes_on():
    inputs = ["A lone \ud800 surrogate. Officials in Paris said so.", None, 5, b"Rain fell in Oslo.", b"\x00\x01\x02",
              "Berlin is busy today.", 3.5, ["a list"]]
    out = list(extract(inputs))
    assert len(out) == len(inputs)
    kinds = [type(x).__name__ for x in out]
    assert kinds == ["Article", "Failure", "Failure", "Article", "Failure", "Article", "Failure", "Failure"]
    assert "NoneType" in out[1].message and "int" in out[2].message and "binary" in out[4].message
    assert [x.id for x in out] == [str(i) for i in range(len(inputs))]


def test_lone_surrogates_replaced_one_for_one_offsets_kept():
    text = "\udc80GENEVA (AP) \u2014 \ud800 \"We will talk,\" said Antonio Guterres in Geneva on Monday."
    (a,) = list(extract([text]))
    assert isinstance(a, Article) and len(a.text) == len(text)
    assert "\ud800" not in a.text and a.text[0] == "\ufffd"
    a.text.encode("utf-8")                                   # storable, printable
    assert a.quotes and offset_errors(a) == []


def test_an_article_that_breaks_an_extractor_is_a_failure(monkeypatch):
    import dateline.pipeline as pipeline

    real = pipeline.extract_quotes

    def boom(ctx):
        if "boom" in ctx.text:
            raise RuntimeError("kaboom")
        return real(ctx)

    monkeypatch.setattr(pipeline, "extract_quotes", boom)
    out = list(extract(["Paris is calm.", "This one goes boom.", "Berlin is busy."]))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert "kaboom" in out[1].message


def test_a_parse_failure_costs_only_its_article(monkeypatch):
    from dateline import nlp

    real = nlp.parse

    def parse(texts, *, batch_size=32):
        texts = list(texts)
        if any("poison" in t for t in texts):
            raise ValueError("tokenizer fell over")
        return real(texts, batch_size=batch_size)

    monkeypatch.setattr(nlp, "parse", parse)
    out = list(extract(["Paris is calm.", "A poison text.", "Berlin is busy."]))
    assert [type(x).__name__ for x in out] == ["Article", "Failure", "Article"]
    assert out[1].message.startswith("parse failed")


def test_an_article_over_its_time_budget_is_a_failure_not_a_hang(monkeypatch):
    import time

    import dateline.pipeline as pipeline
    from dateline import budget

    list(extract(["Berlin is busy, Chancellor Olaf Scholz said."]))   # lexicons built outside the small budget
    monkeypatch.setattr(budget, "BASE_SECONDS", 2.0)
    monkeypatch.setattr(budget, "SECONDS_PER_CHAR", 0.0)
    real = pipeline.extract_dates

    def slow(ctx):
        if "slow" in ctx.text:
            n = 0
            while True:                                    # a loop that never ends
                n += 1
        return real(ctx)

    monkeypatch.setattr(pipeline, "extract_dates", slow)
    began = time.monotonic()
    out = list(extract(["A slow one.", "Berlin is busy."]))
    assert time.monotonic() - began < 20
    assert isinstance(out[0], Failure) and "time budget" in out[0].message
    assert isinstance(out[1], Article)


def test_budget_check_stops_work_outside_the_main_thread():
    import threading
    import time

    from dateline import budget

    seen = []

    def work():
        try:
            with budget.limit(0.2):
                while True:                                # busy: the budget is CPU time
                    sum(range(1000))
                    budget.check()
        except budget.OverBudget as exc:
            seen.append(exc)

    t = threading.Thread(target=work)
    t.start()
    t.join(10)
    assert not t.is_alive() and seen


def test_long_runs_of_quote_marks_parse_in_linear_time_offsets_kept():
    text = "He said " + "\u201c" * 20000 + " and left Paris.\n\n" + '"' * 20000
    (a,) = list(extract([text]))
    assert isinstance(a, Article) and a.text == text
    assert offset_errors(a) == []


def test_offset_errors_finds_a_wrong_offset():
    import dataclasses

    (a,) = list(extract(["\"We will talk,\" said Antonio Guterres in Geneva on Monday."]))
    assert a.quotes and offset_errors(a) == []
    q = dataclasses.replace(a.quotes[0], start=a.quotes[0].start + 1)
    assert offset_errors(dataclasses.replace(a, quotes=(q,) + a.quotes[1:]))
