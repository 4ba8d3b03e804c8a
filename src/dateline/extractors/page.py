"""What kind of page an article is, read once per article and handed to every stage that asks (page32): today one
question, whether the page is a sports report. The events stage drops the talk among players, coaches and clubs on
one (events/domains.py `sport_talk`); the actors stage reads its countries as national sides, its unknown names as
clubs and players, and its namesakes of office holders as players (actors/codes.py, actors/people.py). Both read
`page_of(doc).sports`; the words are lexicon/sport_words.tsv (`lexicon.sport_words`), one list with a mark for the
words only sport uses.

A page is a sports report when
- SPORT_SENTENCES or more of its sentences, and SPORT_SHARE of them, name two or more distinct words of sport
  (`the coach praised the striker`, `a goal in the second half of the match`): the share keeps out a politics story
  that names a team or a coach in a sentence or two (rev31: `the coach carrying the delegation ... the referee of the
  talks`), or
- the page names SPORT_WORDS or more distinct words of sport, one of them a word only sport uses (`halftime`,
  `wicket`, `birdie`): a long game report whose sport words are spread one to a sentence (`dunk`, `rebound`,
  `halftime`, `coach` ... over 48 sentences); a death notice or a crime story that tells of the dead man's golf or
  a boy's basketball names fewer. On a short page SPORT_WORDS_LEAST of them do, a word only sport uses counted
  twice, at SPORT_DENSITY a sentence at least (a three-sentence cricket report: `bowler`, `wicket`, `umpire`); a news
  story that names a football match between two quarrelling countries (`football`, `cup`, `match`) names too few,
  and a page of fewer than SPORT_SENTENCES sentences is too short to tell (`David Cameron, a Canadian hockey coach,
  said his team would win`: a namesake abroad, act7, no player).
Words count once each (lemma, or the lower-case form when the lemma is not in the list: `rebounds` is `rebound`).
The sentences are `spans.cut_sentences` (the parse's, cut again at blank lines: a headline counts apart), the same
the events stage reads, less any with no word (a run of marks the parse made a sentence of its own)."""
from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import sport_words
from .spans import cut_sentences, lowered, per_doc

SPORT_SENTENCES = 3     # sentences with two or more distinct sport words, at least ...
SPORT_SHARE = 0.15      # ... and this share of the page's sentences: a sports report
SPORT_WORDS = 8         # or this many distinct sport words on the page, one of them a word only sport uses,
SPORT_DENSITY = 0.5     # or on a short page this many distinct sport words a sentence, ...
SPORT_WORDS_LEAST = 5   # ... and this many at least, a word only sport uses counted twice

KEY = "dateline.page"


@dataclass(frozen=True)
class Page:
    """Facts about the whole page, made once per article (`page_of`) and read by the stages."""
    sentences: int                      # the page's sentences
    sport_sentences: int                # of them, those naming two or more distinct words of sport
    sport_words: frozenset[str]         # the distinct words of sport the page names
    only_words: frozenset[str]          # of them, words only sport uses

    @property
    def sports(self) -> bool:
        """The page is a sports report (see the module's doc)."""
        if self.sport_sentences >= SPORT_SENTENCES and self.sport_sentences >= SPORT_SHARE * self.sentences:
            return True
        n = len(self.sport_words)
        return bool(self.only_words) and (
            n >= SPORT_WORDS or self.sentences >= SPORT_SENTENCES and n + len(self.only_words) >= SPORT_WORDS_LEAST
            and n >= SPORT_DENSITY * self.sentences)


def page_of(doc) -> Page:
    """The doc's `Page`, made on the first call and kept in `doc.user_data` (every later call, from any stage,
    reads the same record)."""
    return per_doc(doc, KEY, _read)


def _read(doc) -> Page:
    words = sport_words()
    lemmas, lows = lowered(doc), lowered(doc, "LOWER")
    seen: set[str] = set()
    n = 0
    sents = [s for s in cut_sentences(doc) if any(lows[i][:1].isalnum() for i in range(s.start, s.end))]
    for s in sents:                       # (a sentence of marks alone, `* * *`, has no word: not counted; review44)
        got = set()
        for i in range(s.start, s.end):
            if lemmas[i] in words:
                got.add(lemmas[i])
            elif lows[i] in words:
                got.add(lows[i])
            if lows[i] == "-" and s.start < i < s.end - 1:
                joined = _hyphened(doc, i, lows, lemmas, words)
                if joined:
                    got.add(joined)
        n += len(got) >= 2
        seen |= got
    return Page(sentences=len(sents), sport_sentences=n, sport_words=frozenset(seen),
                only_words=frozenset(w for w in seen if words[w]))


def _hyphened(doc, i: int, lows: list[str], lemmas: list[str], words) -> str | None:
    """The word of sport written with the hyphen at token i between two words and no space (`free-kick`,
    `hat-tricks`, `semi-final`): the tokenizer splits it in three, so the list's hyphened entries matched no token
    before (act54c: short football reports with `free-kick`, `half-volley`, `centre-back` were no sports pages).
    The joined lower-case form, or the first word and the last one's lemma (`free-kicks` -> `free-kick`); None when
    neither is in the list."""
    if doc[i - 1].whitespace_ or doc[i].whitespace_:
        return None
    for joined in (lows[i - 1] + "-" + lows[i + 1], lows[i - 1] + "-" + lemmas[i + 1]):
        if joined in words:
            return joined
    return None
