"""nlp.blas / use_blas: dateline's parse runs its matrix products on numpy's OpenBLAS (one thread) unless
DATELINE_BLAS=blis asks for the model as it ships; both give the same parse; the parse cache keys on the choice."""
import hashlib

import pytest

from dateline import nlp as nlp_module

STORY = ("Farmers blocked the main road into Velmora on Tuesday, demanding that the regional governor, Ana Petrel, "
         "withdraw a tax on diesel.\n\nPolice in the capital said 14 people were detained after protesters threw "
         "stones at a convoy. The Agrarian Union said it would meet ministers in Dorsk next week.")


def _ops(pipeline) -> set:
    return {(type(node.ops).__name__, node.ops.use_blis) for _name, proc in pipeline.pipeline
            if hasattr(getattr(proc, "model", None), "walk") for node in proc.model.walk()}


def test_default_is_numpy(monkeypatch):
    monkeypatch.delenv("DATELINE_BLAS", raising=False)
    assert nlp_module.blas() == "numpy"


def test_loaded_pipeline_runs_on_numpy_ops(nlp):
    assert _ops(nlp) == {("NumpyOps", False)}


def test_openblas_is_pinned_while_parsing_and_the_callers_threads_come_back(nlp, monkeypatch):
    """user49: loading the pipeline pinned numpy's OpenBLAS to one thread for the whole process, so a library user's
    own numpy work lost its threads. The pin now holds while dateline parses, and each doc is handed over with the
    caller's count set back."""
    lib = nlp_module._openblas()
    if lib is None:
        pytest.skip("this numpy bundles no OpenBLAS")
    setter, getter = lib
    before = getter()
    real = nlp.pipe
    inside = []

    def recording(*args, **kwargs):              # the parse as it runs, inside dateline's call
        for doc in real(*args, **kwargs):
            inside.append(getter())
            yield doc

    monkeypatch.setattr(nlp, "pipe", recording)
    setter(2)
    try:
        outside = [getter() for _doc in nlp_module.parse([STORY, STORY[:80]])]
        after = getter()
    finally:
        setter(before)
    assert inside == [nlp_module.BLAS_THREADS] * 2 == [1, 1]
    assert outside == [2, 2] and after == 2


def test_blis_opt_out_loads_the_model_as_shipped(monkeypatch):
    monkeypatch.setenv("DATELINE_BLAS", "blis")
    assert nlp_module.blas() == "blis"
    own = nlp_module.load.__wrapped__()            # a fresh pipeline; the session's stays as it is
    assert _ops(own) == {("NumpyOps", True)}


def test_unknown_blas_is_refused(monkeypatch):
    monkeypatch.setenv("DATELINE_BLAS", "mkl")
    with pytest.raises(ValueError, match="DATELINE_BLAS"):
        nlp_module.blas()


def test_cache_key_tells_the_two_apart(monkeypatch):
    text = "The board met on Friday. It approved the budget."
    monkeypatch.setenv("DATELINE_BLAS", "blis")
    blis_key = nlp_module.cache_key(text)
    monkeypatch.setenv("DATELINE_BLAS", "numpy")
    assert blis_key == hashlib.sha1(text.encode()).hexdigest()     # parses cached before the switch stay blis's
    assert nlp_module.cache_key(text) != blis_key


def test_same_parse_on_either_blas(nlp):
    from dateline.structure.paragraphs import paragraph_starts

    def annotations():
        doc = next(iter(nlp.pipe([paragraph_starts(nlp.make_doc(STORY), STORY)])))
        return ([(t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.is_sent_start) for t in doc],
                [(e.start, e.end, e.label_) for e in doc.ents])

    on_numpy = annotations()
    try:
        nlp_module.use_blas(nlp, "blis")
        on_blis = annotations()
    finally:
        nlp_module.use_blas(nlp, "numpy")
    assert _ops(nlp) == {("NumpyOps", False)}
    assert on_numpy == on_blis


def test_the_callers_threads_come_back_when_the_parse_fails_or_is_left_half_read(monkeypatch):
    """review49d: the pin is set around each doc's computation; a parse that raises (a refused text, Ctrl-C) or a
    caller that stops reading half-way must leave the caller's own OpenBLAS count, not dateline's one thread."""
    count = [3]
    seen = []
    monkeypatch.setattr(nlp_module, "_openblas", lambda: (lambda n: count.__setitem__(0, n), lambda: count[0]))

    def docs(fail_at):
        for i in range(3):
            seen.append(count[0])
            if i == fail_at:
                raise KeyboardInterrupt
            yield i

    with pytest.raises(KeyboardInterrupt):
        list(nlp_module.one_thread(docs(1)))
    assert seen == [1, 1] and count == [3]
    seen.clear()
    parsed = nlp_module.one_thread(docs(None))
    assert next(parsed) == 0 and count == [3]
    parsed.close()
    assert count == [3] and seen == [1]
