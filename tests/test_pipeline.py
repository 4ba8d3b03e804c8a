"""The pipeline end to end: order, errors passing through, offsets into the text as read."""
from dateline import extract
from dateline.pipeline import process
from dateline.records import Article, Failure, RawArticle, ReadError


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
