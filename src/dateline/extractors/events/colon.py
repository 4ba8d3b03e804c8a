"""A line opened by a name and a colon is that name's words: `Rubio: I Still Believe Trump Can't Be Trusted`,
`Former AG Mukasey at RNC: Clinton Should Be Charged`.

`colon_line` is the one reader of such a line for the passes that take a speaker from it. The colon is the first one
among the line's first words, with at least one word before it and at most `most` (MOST_BEFORE, 8), and at least
`least` words after it (LEAST_AFTER, 2); the words before it are the name, the words after it what the name says. With
`cut`, a line the parse cut after its colon (`Rubio: | I Still Believe ...`) is read too when no colon opens the
sentence itself: the name is then the words (at most `most`) from the start of the line (the doc's start, a line
break or a sentence's end) to the colon that closes the sentence before, and everything in the sentence is said.
Each pass tests the name its own way:
- events `_colon_speaker` (the sayer of the evaluative and praise rules' words, and who `I`/`we` is): a run of
  proper nouns (a possessive `'s` among them) ending in one, the parse's person or body among them;
- events `_to_colon_speaker`, when that finds none: at most 3 words, nouns only, an actor's mention of the article
  (a name the tagger left untyped or read as a common noun), also across a cut;
- criticism `_colon` (a speaker for the criticism detector): no verb, the first noun heading the words before naming
  an actor.
"""
from __future__ import annotations

from typing import Optional

from ..spans import any_in, column, ids_of, indices, tokens, words_in

MOST_BEFORE = 8                             # `Former AG Mukasey at RNC: ...`: at most so many words before the colon
LEAST_AFTER = 2                             # and at least so many after it


def colon_line(doc, start: int, end: int, most: int = MOST_BEFORE, least: int = LEAST_AFTER,
               cut: bool = False) -> Optional[tuple[list, list]]:
    """The line doc[start:end] (a sentence) as (name, said), the Tokens before and after its colon (spaces left
    out), or None when no colon opens it (the rule above). The words are read from the ORTH column: Tokens are
    made only for a line that passes."""
    orth, colon = column(doc, "ORTH"), ids_of(":")
    if any_in(indices(doc, ORTH=colon), start, end):    # (a line with no colon at all is passed at once)
        at = words_in(doc, start, end)
        k = next((k for k, i in enumerate(at[:most + 1]) if orth[i] in colon), None)
        if k:
            if len(at) - k - 1 < least:
                return None
            toks = tokens(doc)
            return [toks[i] for i in at[:k]], [toks[i] for i in at[k + 1:]]
    if not cut or start < 2 or orth[start - 1] not in colon:
        return None
    at = words_in(doc, start, end)
    toks = tokens(doc)
    k = start - 2                           # walk back from the colon to the line's start
    while k >= 0 and k > start - 2 - most and not (toks[k].is_space or toks[k].is_sent_end):
        k -= 1
    if k >= 0 and not (toks[k].is_space or toks[k].is_sent_end) or k + 1 == start - 1 or len(at) < least:
        return None
    return toks[k + 1:start - 1], [toks[i] for i in at]
