"""nlp.cache_key: the key of a parse kept on disk changes when a headline line presets a sentence start."""
import hashlib

from dateline import nlp


def test_plain_text_keys_on_its_sha1(monkeypatch):
    monkeypatch.setenv("DATELINE_BLAS", "blis")        # (numpy's BLAS adds its mark: tests/test_nlp_blas.py)
    text = "The council met on Monday. It voted to close the road.\n\nResidents objected."
    assert nlp.cache_key(text) == hashlib.sha1(text.encode()).hexdigest()


def test_headline_line_changes_the_key(monkeypatch):
    monkeypatch.setenv("DATELINE_BLAS", "blis")
    text = "Council Votes To Close Main Road\nThe council voted on Monday to close the road for a year."
    assert nlp.cache_key(text) != hashlib.sha1(text.encode()).hexdigest()
