"""Direct quotations and their speakers.

Runs in quotation marks are found by their marks (marks.py); each run gets its cue (a speech verb or
`according to` before or after it in the same sentence) and the cue's subject as speaker (speakers.py),
or continues the previous quote when it opens a sentence with no cue of its own. Names and scare quotes
with no cue are left out.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from ...records import Quote, Span, Speaker
from .. import Context
from .lexicon import naming_phrases, possessives, speech_verbs
from .lexicon import words as quote_words
from .marks import Run, quoted_runs
from .speakers import Resolver, speaker_after, speaker_head, speaker_span
from ..spans import children, column, heads, sentence_of, sentences, tokens

# a sentence end: . ? ! (with closing marks/brackets) then space, unless the word before is an abbreviation
_STOP = re.compile(r"[.?!][\"”’')\]]*\s+")
_ABBREV = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])+|\b[a-z]{1,2}|\bSept|\bD-[A-Z][a-z]*|\bR-[A-Z][a-z]*)$")
_WORD = re.compile(r"[\w’'-]+")
_TITLE_BEFORE = re.compile(r"(?:['’]s|\bon|\bof|\bin|\bat|\bby|\bfrom|\bfor|\bwatch|\bwatching|\bbook|\bshow|\bfilm|\bsong)"
                           r"(?:\s+(?:a|an|the))?\s*[,]?\s*$", re.I)   # (`on behalf of a "Committee for ..."`: user44)
_NAME_WORDS = 10        # the most words of a Title Case run in quotes read as a name
_DASH_NAME = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,4})[ \t\xa0.]*(?=\n|$)")
_SPEAKER_LABEL = re.compile(r"(?:[A-Z][A-Z.'’ -]+:|\([A-Z]+\.?\))")
_TURN = re.compile(r"[\"“]([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)?):\s")
_PAST_FORMS = frozenset(("said", "read", "wrote", "told", "added"))   # cues whatever the tagger says
_OUTER = re.compile(r"ccording to|\breport")
_CUE_NEAR = 12        # tokens after a run within which a cue counts as the run's own ("...," he said)


def extract_quotes(ctx: Context) -> list[Quote]:
    """Every direct quotation in the article, with its cue and resolved speaker when it has one."""
    text = ctx.text
    if not any(m in text for m in ('"', "“", "''", "``")):
        return []
    doc = ctx.doc
    starts = column(doc, "IDX")
    verbs = speech_verbs()
    sent_ends = sorted(s.end_char for s in sentences(doc))
    runs = quoted_runs(text)
    resolver = Resolver(doc, [(r.start, r.end) for r in runs])
    quotes: list[Quote] = []
    last: Optional[Quote] = None
    for k, run in enumerate(runs):
        if ctx.skipped(run.start, run.end):
            continue
        prev_end = runs[k - 1].end if k else 0
        next_start = runs[k + 1].start if k + 1 < len(runs) else len(text)
        lo = _pre_start(text, max(prev_end, _par_start(text, run.start)), run.start)
        hi = _post_end(text, run.end, min(next_start, _par_end(text, run.end)), sent_ends)
        before = text[lo:run.start]
        label = _TURN.match(text, run.start)
        if label is not None:                   # a transcript turn `"SMITH: ...`: its speaker goes on
            s, e = label.span(1)
            turn = Speaker(start=s, end=e, text=text[s:e], name=resolver.resolve_name(s, e))
            last = Quote(start=run.start, end=run.end, text=text[run.start:run.end], cue=None, speaker=turn)
            continue
        if _is_name(text, run, before):
            continue
        speaker, cue = None, None
        dash = _DASH_NAME.match(text, run.end, _par_end(text, run.end)) if run.closed else None
        if dash is not None:
            s, e = dash.span(1)
            cue = _tokens_at(doc, starts, dash.start(), dash.start(1))
            speaker = Speaker(start=s, end=e, text=text[s:e], name=resolver.resolve_name(s, e))
        else:
            cue, head = _find_cue(ctx, starts, verbs, run, lo, hi, before)
            if cue is not None and cue[0].lower_ != "according":
                outer = _according_in(doc, text, starts, run, lo, hi)
                if outer is not None:           # `"...," Sanders said, according to CNN`: CNN is the source
                    cue, head = outer
            if head is not None:
                s, e = speaker_span(head)
                speaker = Speaker(start=s, end=e, text=text[s:e], name=resolver.resolve(head, s, e))
        if cue is not None:
            quote = _quote(text, run, cue, speaker)
        elif _opens_sentence(before) and (back := _cue_before(ctx, starts, verbs, run, last)) is not None:
            cue, head = back
            s, e = speaker_span(head)
            speaker = Speaker(start=s, end=e, text=text[s:e], name=resolver.resolve(head, s, e))
            quote = _quote(text, run, cue, speaker)             # `..., Schiff said. "The other factor ..."`
        elif _opens_sentence(before) and last is not None and last.speaker is not None and \
                _near(text, last.end, run.start):
            quote = _quote(text, run, None, last.speaker)      # continues the previous quote
        elif last is not None and last.speaker is not None and _same_sentence(text, last.end, run.start):
            quote = _quote_with(text, run, last)                # a list: called him a "liar," a "bully" ...
        elif _opens_sentence(before) and _sentence_like(text, run):
            # a whole sentence in marks with no cue near: most often the last speaker's words again
            quote = _quote(text, run, None, last.speaker if last is not None else None)
        else:
            continue                                            # a scare quote or a name in quotes
        quotes.append(quote)
        if quote.speaker is not None:
            resolver.spoke(quote.speaker)
        last = quote
    return _nearest_mention(text, _share_in_chains(text, quotes))


def _nearest_mention(text: str, quotes: list[Quote]) -> list[Quote]:
    """A cue-less quote whose speaker is named again by the very next quote's cue takes the nearer mention."""
    out = list(quotes)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.cue is not None or q.speaker is None or nxt.cue is None or nxt.speaker is None:
            continue
        if q.speaker.name is None or nxt.speaker.name is None or q.speaker.name.start != nxt.speaker.name.start:
            continue
        if text[q.end:nxt.start].strip() or nxt.speaker.start < q.end:
            continue
        if nxt.speaker.start - q.end < q.start - q.speaker.end:
            out[i] = dataclasses.replace(q, speaker=nxt.speaker)
    return out


def _share_in_chains(text: str, quotes: list[Quote]) -> list[Quote]:
    """Wire style: paragraphs of one unclosed quote take the speaker of the paragraph that has the cue."""
    out = list(quotes)
    i = 0
    while i < len(out):
        j = i
        while j + 1 < len(out) and not _closed(out[j]) and not text[out[j].end:out[j + 1].start].strip():
            j += 1
        if j > i:
            cued = next((q for q in out[i:j + 1] if q.cue is not None and q.speaker is not None), None)
            if cued is not None:
                for k in range(i, j + 1):
                    if out[k].cue is None:
                        out[k] = dataclasses.replace(out[k], speaker=cued.speaker)
        i = j + 1
    return out


def _closed(q: Quote) -> bool:
    return q.text.rstrip()[-1:] in ("”", '"') or q.text.rstrip().endswith("''")


def _find_cue(ctx: Context, starts, verbs, run: Run, lo: int, hi: int, before: str):
    """The run's cue (a tuple of tokens) and the head token of its speaker, or (None, None)."""
    doc, text = ctx.doc, ctx.text
    ends = text[run.start:run.end].rstrip("”\"' ")[-1:]
    post = None if run.closed and ends == "." else _cue_in(doc, starts, run.end, hi, verbs, last_one=False)
    if post is not None and run.closed and post[0].tag_ != "VBG" and _cue_follows(text, run, post, doc, starts):
        if before.strip(" \t\n\xa0—–-:") and not before.rstrip().endswith(":"):
            # mid-sentence: `X refers to him as "...," while Y calls ...` keeps X
            gov = _governing_cue(doc, starts, run, lo, run.start, verbs)
            head = speaker_head(_outermost(gov, verbs), run.start, run.end) if gov is not None else None
            if head is not None:
                return gov, head
        return post, speaker_after(post, run.start, run.end)
    cue = _governing_cue(doc, starts, run, lo, hi, verbs) or _cue_in(doc, starts, lo, run.start, verbs, last_one=True)
    if cue is not None:
        return cue, _name_owner(cue, speaker_head(_outermost(cue, verbs), run.start, run.end))
    colon = _colon_cue(doc, starts, text, run, before, verbs)
    if colon is not None:
        return colon
    if post is not None and ends not in ("?", "!"):
        return post, speaker_head(post, run.start, run.end)
    return None, None


def _according_in(doc, text: str, starts, run: Run, lo: int, hi: int):
    """`according to X` (or `as X reported`, `..., X reported` after the quote) in the run's sentence, outside
    the quote: the outer source of a reported quote, which PolNeAR-style attribution takes as its source."""
    closes = text[run.start:run.end].rstrip("”\"' ")[-1:] in (".", "?", "!")
    for a, b in ((lo, run.start), (run.end, hi)):
        if b - a < 12 or not _OUTER.search(text, a, b) or (a == run.end and closes):
            continue                            # a quote ending its sentence: `according to` is the next one's
        i, j = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        for t in tokens(doc)[i:j - 1]:
            if t.lower_ == "according" and tokens(doc)[t.i + 1].lower_ == "to":
                cue = (t, tokens(doc)[t.i + 1])
                head = speaker_head(cue, run.start, run.end)
                if head is not None:
                    return cue, head
            elif t.lemma_ == "report" and t.pos_ == "VERB" and t.tag_ != "VBN" and (
                    t.dep_ == "advcl" and any(c.lower_ == "as" for c in children(t)) or a == run.end):
                subj = next((c for c in children(t) if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ == "PROPN" and not (run.start <= subj.idx < run.end):
                    return (t,), subj           # `..., CNN reported` / `As CNN reported, ...`: the outlet is the source
    return None


def _cue_before(ctx: Context, starts, verbs, run: Run, last: Optional[Quote]):
    """The cue of the sentence just before a cue-less run, when that sentence is not the previous quote's own."""
    text, doc = ctx.text, ctx.doc
    k = bisect.bisect_left(starts, run.start) - 1
    if k < 0:
        return None
    sent = sentence_of(doc, k)
    lo = max(sent.start_char, last.end if last is not None else 0, _par_start(text, sent.start_char))
    if text.count("\n", lo, run.start) > 2:
        return None
    cue = _cue_in(doc, starts, lo, run.start, verbs, last_one=True)
    if cue is None or cue[0].lower_ == "according":
        return None
    if last is not None and last.cue is not None and last.cue.start == cue[0].idx:
        return None                             # the previous quote's own cue: a plain continuation
    head = speaker_head(cue, run.start, run.end)
    return (cue, head) if head is not None else None


def _governing_cue(doc, starts, run: Run, lo: int, hi: int, verbs):
    """A speech verb in the run's sentence that the quoted words hang from in the parse."""
    toks, up, idx = tokens(doc), heads(doc), column(doc, "IDX")   # (heads and offsets off the columns: no new
    i = bisect.bisect_left(starts, run.start)                      #  Token a word's `.head`, speed37b)
    j = bisect.bisect_left(starts, run.end)
    for x in range(i, j):
        h = up[x]
        if i <= h < j:
            continue
        for _ in range(4):
            if not (lo <= idx[h] < run.start or run.end <= idx[h] < hi):
                break
            if _is_cue(toks[h], verbs):
                return (toks[h],)
            if up[h] == h:
                break
            h = up[h]
    return None


def _colon_cue(doc, starts, text: str, run: Run, before: str, verbs):
    """`X scolded him: "..."` or a paragraph ending in a colon before the run: the colon's clause gives the speaker."""
    stripped = before.rstrip()
    if stripped.endswith(":"):
        colon = text.rfind(":", 0, run.start)
    elif not before.strip():
        p = _par_start(text, run.start) - 1
        while p > 0 and text[p - 1].isspace():
            p -= 1
        if p <= 0 or text[p - 1] != ":":
            return None
        colon = p - 1
    else:
        return None
    k = bisect.bisect_right(starts, colon) - 1
    if k < 0 or tokens(doc)[k].text != ":":
        return None
    sent = sentence_of(doc, k)
    cue = _cue_in(doc, starts, max(sent.start_char, _par_start(text, colon)), colon, verbs, last_one=True)
    if cue is not None:
        return cue, speaker_head(cue, run.start, run.end)
    if k and tokens(doc)[k - 1].pos_ == "PROPN":
        return (tokens(doc)[k],), tokens(doc)[k - 1]            # `Mark Blumenthal and Jon Cohen: "..."`
    head = tokens(doc)[k].head
    if head.i < k and head.pos_ in ("NOUN", "PROPN") and not any(
            t.pos_ in ("VERB", "AUX") for t in tokens(doc)[max(sent.start, _token_at(starts, _par_start(text, colon))):k]
            if t.dep_ != "advcl"):
        return (tokens(doc)[k],), head                  # a label: `Partial transcript as follows:`
    root = sent.root
    subj = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.i > k or subj is None or subj.i > k or subj.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return (tokens(doc)[k],), subj


def _outermost(cue, verbs):
    """`Lynch said she recalled thinking, "..."`: the reporting verb a cue is the complement of."""
    v = top = cue[0]
    if v.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in children(v)):
        return cue                              # `..., while Moreno calls it "..."`: a named speaker of its own
    for _ in range(3):
        if v.dep_ not in ("ccomp", "xcomp", "advcl") or v.head.i == v.i:
            break
        v = v.head
        if _is_cue(v, verbs):
            top = v
    return (top,) + tuple(cue[1:]) if top.i != cue[0].i else cue


def _name_owner(cue, head):
    """`Harlow has long attacked what he calls the "..."`: the label in a free relative with he/she belongs to
    the named subject highest above it (the clause's own pronoun is kept when no name is found above it)."""
    v = cue[0]
    if head is None or head.lower_ not in ("he", "she") or v.lemma_ not in quote_words()["label"] or \
            not any(c.lower_ == "what" for c in children(v)):
        return head
    owner, u = head, v
    for _ in range(6):
        if u.head.i == u.i:
            break
        u = u.head
        subj = next((c for c in children(u) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i < head.i and subj.pos_ == "PROPN":
            owner = subj
    return owner


def _is_cue(t, verbs) -> bool:
    """A speech verb used as one: not `so-called`, `called for`, `point` without `out`."""
    lemma = t.lemma_.lower()
    if lemma in quote_words()["phrasal"] and (t.pos_ == "VERB" or t.tag_.startswith("VB")):
        return any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in verbs for c in children(t))
    if t.lower_ in _PAST_FORMS:
        lemma = t.lower_ if t.lower_ in verbs else {"said": "say", "read": "read", "wrote": "write",
                                                    "told": "tell", "added": "add"}[t.lower_]
    elif lemma not in verbs or not (t.pos_ == "VERB" or t.tag_.startswith("VB")):
        return False
    if lemma in quote_words()["naming"] and t.tag_ == "VBN" and t.dep_ == "acl":
        return False                            # `a group called the "..."`: a name, not words said
    if lemma == "call":
        return not _so_called(t) and not any(
            (c.dep_ == "prt" or c.i == t.i + 1) and c.lower_ in quote_words()["callfor"] for c in children(t))
    if lemma == "point":
        return any(c.lower_ == "out" for c in children(t))
    return True


def _so_called(t) -> bool:
    """`so-called`: the verb of a scare quote, not a cue."""
    return t.lower_ == "called" and t.i >= 2 and tokens(t.doc)[t.i - 1].text == "-" and tokens(t.doc)[t.i - 2].lower_ == "so"


def _token_at(starts, char: int) -> int:
    return max(0, bisect.bisect_left(starts, char))


def _tokens_at(doc, starts, s: int, e: int):
    i = bisect.bisect_left(starts, s)
    j = max(i + 1, bisect.bisect_left(starts, e))
    return tuple(tokens(doc)[i:min(j, len(doc))])


def _quote(text: str, run: Run, cue, speaker: Optional[Speaker]) -> Quote:
    cue_span = None
    if cue is not None:
        cs, ce = cue[0].idx, cue[-1].idx + len(cue[-1])
        cue_span = Span(start=cs, end=ce, text=text[cs:ce])
    return Quote(start=run.start, end=run.end, text=text[run.start:run.end], cue=cue_span, speaker=speaker)


def _quote_with(text: str, run: Run, like: Quote) -> Quote:
    """A quote with the cue and speaker of another (a run in the same list or sentence)."""
    return Quote(start=run.start, end=run.end, text=text[run.start:run.end], cue=like.cue, speaker=like.speaker)


def _same_sentence(text: str, end: int, start: int) -> bool:
    """True when only a few words, no sentence end and no line break separate two runs."""
    gap = text[end:start]
    return "\n" not in gap and not _STOP.search(gap) and len(_WORD.findall(gap)) <= 8


def _par_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _par_end(text: str, pos: int) -> int:
    i = text.find("\n", pos)
    return len(text) if i < 0 else i


def _pre_start(text: str, lo: int, s: int) -> int:
    """Start of the run's own sentence before it: after the last sentence end in text[lo:s]."""
    cut = lo
    for m in _STOP.finditer(text, lo, s):
        if not _ABBREV.search(text, lo, m.start()):
            cut = m.end()
    return cut


def _post_end(text: str, e: int, hi: int, sent_ends: list[int]) -> int:
    """End of the run's own sentence after it: the first sentence end, or spaCy's, before hi."""
    for m in _STOP.finditer(text, e, hi):
        if not _ABBREV.search(text, e, m.start()):
            hi = min(hi, m.start() + 1)
            break
    i = bisect.bisect_right(sent_ends, e)
    if i < len(sent_ends) and sent_ends[i] > e + 1:
        hi = min(hi, max(sent_ends[i], e + 1))
    return hi


def _cue_in(doc, starts, lo: int, hi: int, verbs, *, last_one: bool):
    """The speech-verb cue (a tuple of tokens) in text[lo:hi]: the last one before a run, the first after."""
    toks = tokens(doc)
    if hi <= lo:
        return None
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_left(starts, hi)
    found = None
    for t in toks[i:j]:
        cue = None
        low = t.lower_
        if low == "according" and t.i + 1 < len(doc) and toks[t.i + 1].lower_ == "to":
            cue = (t, toks[t.i + 1])
        elif _is_cue(t, verbs):
            cue = (t,)
        if cue is not None:
            if not last_one:
                return cue
            found = cue
    return found


def _cue_follows(text: str, run: Run, cue, doc, starts) -> bool:
    """True when the cue after the run is the run's own: the quote ends in , ? ! or a dash, or a comma follows."""
    inner = text[run.start:run.end].rstrip("”\"' ")
    after = text[run.end:run.end + 2].lstrip()
    if not (inner[-1:] in ",?!—–-…:" or after.startswith(",")):
        return False
    k = bisect.bisect_left(starts, run.end)
    return cue[0].i - k <= _CUE_NEAR


def _is_name(text: str, run: Run, before: str) -> bool:
    """A name or scare quote: after a naming phrase, or a short Title Case run after 's / on / of ..."""
    words = [w.lower() for w in _WORD.findall(before[-40:])]
    while words and (words[-1] in ("the", "a", "an") or words[-1] in possessives()):
        words.pop()                             # known as the "reset"
    for phrase in naming_phrases():
        if tuple(words[-len(phrase):]) == phrase:
            return True
    inner = text[run.start:run.end].strip("“”\"'` ").rstrip(".,")
    if _SPEAKER_LABEL.match(inner):
        return True                             # a transcript's `"SMITH: ...` or `"(CROSSTALK)`
    iw = _WORD.findall(inner)
    if not iw or len(iw) > _NAME_WORDS or inner[-1:] in ".?!,":
        return False
    capital = all(w[0].isupper() or w[0].isdigit() or w.lower() in quote_words()["small"] for w in iw)
    return capital and bool(_TITLE_BEFORE.search(before))


def _opens_sentence(before: str) -> bool:
    """True when nothing but spaces or a dash stands between the sentence start and the run."""
    return not before.strip(" \t\n\xa0—–-:")


def _sentence_like(text: str, run: Run) -> bool:
    """A run long enough to be someone's words rather than a title: several words."""
    return len(_WORD.findall(text[run.start:run.end])) >= 4


def _near(text: str, end: int, start: int) -> bool:
    """True when a quote ending at `end` is close enough before `start` to be continued by it."""
    gap = text[end:start]
    return gap.count("\n\n") + gap.count("\n") <= 3 and len(_WORD.findall(gap)) <= 40
