"""One record of a sentence's facts for the events rules (speed34a): the rules of the events stage ask of a
candidate's sentence the same things again and again (its words, whether it tells of a game, the type model's words,
the name before its colon), once per candidate and per pass. `of(doc, start, end)` gives the sentence's `Sentence`,
made at the first ask and kept on the doc (`spans.per_doc`; `spans.forget` drops it with the rest), and each fact is
worked out at its first read only, so the repeated walks become look-ups. The facts are the doc's own (the parse, the
lexicons loaded once a process): no article-level state (quotes, actors) lives here.
tests/extractors/test_event_sentence.py checks each fact against the walk it replaced."""
from __future__ import annotations

from typing import Optional

from ..spans import column, ids_of, lexicon_ids, lowered, per_doc, sentence_of, span_of, tokens, words_in
from .colon import colon_line
from .lexicon import load as lexicon

_UNSET = object()
QUOTE_MARKS = ('"', "“", "”", "''", "``")   # (the confidence model's `quote_marks`: confidence.py)


class Sentence:
    """The facts of the tokens [start, end) of a doc (a sentence, or any span a rule reads as one), each filled at its
    first read (read them, never change them)."""
    __slots__ = ("doc", "start", "end", "_words", "_game", "_type_words", "_colon", "_setting", "_asks")

    def __init__(self, doc, start: int, end: int):
        self.doc, self.start, self.end = doc, start, end
        self._words = self._game = self._type_words = self._setting = self._asks = None
        self._colon = _UNSET

    @property
    def toks(self) -> list:
        """The sentence's tokens (`tokens(doc)[start:end]`: a new list, change it at will)."""
        return tokens(self.doc)[self.start:self.end]

    @property
    def words(self) -> frozenset[str]:
        """Every lemma and every form of the sentence in lower case (`{_lemma(t)} | {t.lower_}` of its tokens), off the
        doc's lowered columns: what the domain rules meet their word classes with."""
        if self._words is None:
            a, b = self.start, self.end
            found = set(lowered(self.doc)[a:b])
            found.update(lowered(self.doc, "LOWER")[a:b])
            self._words = frozenset(found)
        return self._words

    @property
    def asks(self) -> bool:
        """A question mark among its tokens (`any(x.text == "?" for x in toks)`, off the ORTH column)."""
        if self._asks is None:
            self._asks = not ids_of("?").isdisjoint(column(self.doc, "ORTH")[self.start:self.end])
        return self._asks

    def game(self, w: dict) -> bool:
        """The sentence tells of a game (`domains._game_sentence`): a word only sport uses or a score, and no word of
        elections; `w` is the one word-class table of the process (`checks.senses`)."""
        if self._game is None:
            words = self.words
            self._game = words.isdisjoint(w["ballot"]) and (
                not words.isdisjoint(w["sport"]) or _scored(self.doc, self.start, self.end))
        return self._game

    @property
    def type_words(self) -> tuple:
        """The type model's features of the sentence's words and root (`model.features` with no candidate): its
        alphabetic words' lemmas that are no stop word nor a `featurestop` cue (`w=...`), then `root=...`."""
        if self._type_words is None:
            doc, a, b = self.doc, self.start, self.end
            alpha, stops, low, lems = column(doc, "IS_ALPHA"), column(doc, "IS_STOP"), column(doc, "LOWER"), \
                lowered(doc)
            skip = lexicon_ids(lexicon().cues["featurestop"])
            f = ["w=" + lems[i] for i in range(a, b) if alpha[i] and not stops[i] and low[i] not in skip]
            f.append("root=" + span_of(doc, a, b).root.lemma_.lower())
            self._type_words = tuple(f)
        return self._type_words

    @property
    def colon(self) -> Optional[tuple[list, list]]:
        """`colon.colon_line` of the sentence with its default bounds: (name, said) of a line a name and a colon
        open, else None (read by the evaluative and praise rules' sayer and by the criticism detector's speakers)."""
        if self._colon is _UNSET:
            self._colon = colon_line(self.doc, self.start, self.end)
        return self._colon


    @property
    def setting(self) -> tuple:
        """The confidence model's features of an event's sentence that its event does not change (`confidence._setting`),
        as (name, value) pairs in the model's order: its length (`sentence_long`, `sentence_short`), a question mark,
        quotation marks, a bulleted or numbered line, a colon among its first words, a title-cased line."""
        if self._setting is None:
            doc, a, b = self.doc, self.start, self.end
            orth = column(doc, "ORTH")
            at = words_in(doc, a, b)
            opening = [doc.vocab.strings[orth[i]] for i in at[:6]]
            alpha, title, upper = column(doc, "IS_ALPHA"), column(doc, "IS_TITLE"), column(doc, "IS_UPPER")
            self._setting = (
                ("sentence_long", min((b - a) / 80.0, 1.0)),
                ("question", float(self.asks)),
                ("sentence_short", float(len(at) < 10)),
                ("quote_marks", float(not ids_of(*QUOTE_MARKS).isdisjoint(orth[i] for i in at))),   # it quotes someone
                ("list_item", float(bool(opening) and (opening[0] in ("-", "*", "•", "–", "—") or (
                    opening[0].isdigit() and len(opening) > 1 and opening[1] in (".", ")"))))),   # a bulleted line
                ("colon_lead", float(":" in opening)),                         # `Rubio: ...`, `UPDATE: ...`
                ("upper", float(sum(1 for i in at if alpha[i] and (title[i] or upper[i])) > 0.7 * max(1, sum(
                    alpha[i] for i in at)))))                                   # a title-cased line: a headline's style
        return self._setting


def of(doc, start: int, end: int) -> Sentence:
    """The `Sentence` of the tokens [start, end) of the doc, made once a doc and kept on it."""
    made = per_doc(doc, "dateline.events.sentences", _table)
    found = made.get((start, end))
    if found is None:
        found = made[start, end] = Sentence(doc, start, end)
    return found


def of_token(tok) -> Sentence:
    """The `Sentence` of the parse's sentence that holds the token (`spans.sentence_of`)."""
    sent = sentence_of(tok.doc, tok.i)
    return of(tok.doc, sent.start, sent.end)


def _table(doc) -> dict:
    return {}


def _scored(doc, a: int, b: int) -> bool:
    """`domains._scored_at` (a game's score among the tokens [a, b)); domains reads this module, so it is bound at the
    first call."""
    global _scored
    from .domains import _scored_at
    _scored = _scored_at
    return _scored_at(doc, a, b)
