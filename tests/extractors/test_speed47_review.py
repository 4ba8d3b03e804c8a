"""review47c: the doc read last (`spans._NOW`) must never answer for a doc that changed after the look-up, nor for
another doc: a doc retokenized in place, docs read at once by threads."""
from __future__ import annotations

import threading


def test_a_doc_merged_in_place_after_a_look_up_is_read_again(nlp):
    """`retokenize` changes the doc's length in place (the same object): the look-ups are made again, as the
    length checks of `per_doc`, `column` and `heads` promise, not the lists of the words before the merge."""
    from dateline.extractors import spans
    from dateline.extractors.events.columns import cols
    from dateline.extractors.token_strings import strings

    doc = nlp("The port authority of New Harwick closed the north gate on Sunday.")
    n = len(doc)
    assert len(spans.heads(doc)) == n and len(spans.column(doc, "POS")) == n
    assert len(strings(doc, "ORTH")) == n and cols(doc).n == n
    assert len(spans.per_doc(doc, "dateline.review47c.count", lambda d: [len(d)])) == 1
    with doc.retokenize() as retok:
        retok.merge(doc[4:6])                     # (New Harwick -> one token)
    assert len(doc) == n - 1
    assert len(spans.heads(doc)) == n - 1
    assert spans.column(doc, "POS") == doc.to_array("POS").tolist()
    assert strings(doc, "ORTH") == [t.text for t in doc]
    assert cols(doc).n == n - 1
    assert spans.per_doc(doc, "dateline.review47c.count", lambda d: [len(d)]) == [n - 1]
    assert spans.sentence_of(doc, n - 2).end == n - 1
    assert spans.span_of(doc, 4, 5).text == "New Harwick" and spans.tokens(doc)[4].text == "New Harwick"


def test_threads_reading_their_own_docs_get_their_own_answers(nlp):
    """Threads that read different docs at once: each look-up gives the asking doc's own values."""
    from dateline.extractors import spans
    from dateline.extractors.token_strings import strings

    texts = ["Miners marched on the capital on Monday.", "A storm flooded three villages in the east overnight.",
             "The court fined the bank for hiding losses.", "Pilots walked out over pay, the union said."]
    docs = [nlp(t) for t in texts]
    wanted = [([t.text for t in d], [t.head.i for t in d], d.to_array("POS").tolist()) for d in docs]
    for d in docs:
        spans.forget(d)
    wrong = []

    def read(k):
        d = docs[k]
        for _ in range(300):
            got = (strings(d, "ORTH"), spans.heads(d), spans.column(d, "POS"))
            if got != wanted[k]:
                wrong.append(k)
                return
            spans.forget(d) if _ % 50 == 0 else None

    import sys
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=read, args=(k,)) for k in range(len(docs))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert wrong == []
