"""A former office holder told only in a historical account (bench/actors/GUIDE.md, Decided session 50): a person out of
office on the article's date (ELI) whose mentions tell acts done while in office takes that office's sector (GOV for a
president acting as president), and a run for office made out of office is PTY; one who also acts now stays ELI.

Called by `finish` for a person cluster coded ELI only. Each mention is read as NOW (it says the person acts on the
article's date as a former holder), as an account of an office (the office held then) or as neither; the account's
office is taken only when some mention tells it, none is NOW and every account names the same sector. Precision first:
a wrong GOV for a former holder who speaks today is worse than ELI for an account (hist50).

What tells an account (each a test on the parse of the mention's sentence):
- `then-` before the mention's title (`then-President Ronald Reagan`, `then-Mayor Ann Ames`);
- `when X was <title>` (`We lost 250 Americans when Ames was president`);
- `under X` (`who served under President Ames`), `X's watch`, `the X presidency`, `the presidency of X`
  (actor_words.tsv `account_noun`);
- a year before the article's that governs the mention's verb or a clause on the mention (`In 1972 Ames flew to
  Beijing`, `appointed by President Ames in 1993`, `Ames, who took office in 1981`) for a lexicon person who held an
  office in that year; in a year the person held none, a run word of the sentence (actor_words.tsv `run_word`: `ran`,
  `primary`, `nomination`) makes the account a candidacy, PTY (`Hart beat Ames in 1984` in a primary story).
What tells NOW: `former`/`ex-` before a mention (actor_words.tsv `not_now`), a quote the person speaks, a present tense
verb of which a mention is the subject, a weekday or `today` on a mention's verb.
A person whose every office ended LONG_GONE_YEARS before the article, not said to act now, with a mention of their
own act or thing (`Lincoln matched the demands of his time`; not `she quoted Lincoln`) is told of in the past.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from ...lexicon import actors as lex
from .common import is_be
from .state import ActorState, Cluster

_NOW_DAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                       "tonight", "yesterday"))
_PRESENT = frozenset(("VBZ", "VBP", "MD"))
_THEN = re.compile(r"(?i)\bthen[\s-]+(?:[\w.]+\s+){0,3}$")
_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")

NOW = "now"


@functools.lru_cache(maxsize=1)
def not_now() -> re.Pattern:
    """actor_words.tsv `not_now` as whole words (`ex-President`, `ex President`; not `reformer`, `Alex`)."""
    words = sorted(lex.words("not_now"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w])")


def account_office(st: ActorState, c: Cluster) -> Optional[tuple[str, str]]:
    """(sector, role) of the office a former holder (ELI) holds in the article's historical account of them, or None
    when some mention says they act now, none tells an account, or the accounts disagree."""
    if c.sector != "ELI" or not c.mentions or c.key[0] not in ("P", "P?"):
        return None
    long_gone = c.person is not None and bool(st.day) and _long_gone(st, c)
    if not long_gone and any(v is c for v in st.speaker_of.values()):
        return None                                # the person speaks in the article: acts now (not words of 1865)
    found = []
    for s, e in sorted(c.mentions):
        got = _read_mention(st, c, s, e)
        if got == NOW:
            return None
        if got is not None:
            found.append(got)
    if not found and long_gone and any(_told_of(st, s, e) for s, e in c.mentions):
        office = _office_for_title(c, None)
        found = [office] if office else []
    if not found or len({sector for sector, _ in found}) != 1:
        return None
    return found[0]


def _told_of(st: ActorState, s: int, e: int) -> bool:
    """A mention that tells the person's act or thing (`Lincoln matched`, `Lincoln's address`, `the words of Lincoln`),
    not one that only names them as another's object (`she quoted Lincoln`)."""
    span = st.doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass", "poss") or root.dep_ == "pobj" and root.head.lower_ == "of"


LONG_GONE_YEARS = 90   # an office left this long before the article: its holder can only be told of in the past


def _long_gone(st: ActorState, c: Cluster) -> bool:
    """Every office of a lexicon person ended LONG_GONE_YEARS or more before the article (`Lincoln matched the demands of
    his time` in 2016): no act of theirs can be of the article's date."""
    ends = [o.end for o in c.person.offices]
    return bool(ends) and all(ends) and int(st.day[:4]) - int(max(ends)[:4]) >= LONG_GONE_YEARS


def _read_mention(st: ActorState, c: Cluster, s: int, e: int):
    """NOW, (sector, role) of the office an account gives, or None for a mention that tells neither."""
    text = st.ctx.text
    if not_now().search(text[max(0, s - 12):e].lower()):
        return NOW
    span = st.doc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span[-1]                                # the name's head, in a mention a pass ran out to the left
    while span.start <= root.head.i < span.end and root.head.i != root.i and root.head.pos_ == "PROPN":
        root = root.head                           # (`adviser under President Ames`)
    verb = _verb_of(root)
    if root.dep_ in ("nsubj", "nsubjpass") and (verb.tag_ in _PRESENT or any(
            a.dep_ in ("aux", "auxpass") and a.tag_ in _PRESENT for a in verb.children)):
        return NOW
    if any(k.lower_ in _NOW_DAYS or k.dep_ == "prep" and any(g.lower_ in _NOW_DAYS for g in k.children)
           for k in verb.children):
        return NOW
    title = _title_before(st, s, e)
    if _THEN.search(text[max(0, s - 40):s]) or text[s:e].lower().startswith("then"):
        return _office_for_title(c, title)
    if root.dep_ == "nsubj" and is_be(verb) and any(k.lower_ == "when" for k in verb.children):
        attr = next((k for k in verb.children if k.dep_ == "attr"), None)
        if attr is not None:
            return _office_for_title(c, lex.titles().get(attr.lower_, {}).get("person"))
    if root.dep_ == "pobj" and root.head.lower_ == "under":
        return _office_for_title(c, title)
    if root.dep_ == "poss" and root.head.lemma_ in lex.words("account_noun") or \
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_ in lex.words("account_noun"):
        return _office_for_title(c, title)
    if c.person is not None and st.day:
        return _year_account(st, c, root, verb)
    return None


def _verb_of(tok):
    """The verb (or the sentence's root) that governs a token."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _title_before(st: ActorState, s: int, e: int) -> Optional["lex.Title"]:
    """The longest person title (titles.tsv) in the words of the mention before the name or right before it."""
    words = st.ctx.text[max(0, s - 30):e].lower().replace("then-", " ").replace(".", " ").split()
    best, key = None, None
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 4) + 1):
            t = lex.titles().get(" ".join(words[i:j]), {}).get("person")
            if t is not None and (key is None or (j, j - i) > key):
                best, key = t, (j, j - i)      # the title nearest the name, the longest there
    return best


def _office_for_title(c: Cluster, title) -> Optional[tuple[str, str]]:
    """The office an account names: the lexicon office with the title's role, the title's own (for a person the lexicon
    lacks), else the one sector of the person's ended offices other than runs."""
    if c.person is not None:
        ended = [o for o in c.person.offices if o.end and o.sector != "PTY"]
        if title is not None:
            same = [o for o in ended if o.role == title.role or lex.office_of(o.role) == title.office and title.office]
            if same:
                return same[-1].sector, same[-1].role
            return None                            # a title of an office the lexicon does not give them
        if len({o.sector for o in ended}) == 1:
            return ended[-1].sector, ended[-1].role
        return None
    if title is not None and title.sector not in ("ELI", "CVL"):
        return title.sector, title.role
    return None


def _year_account(st: ActorState, c: Cluster, root, verb) -> Optional[tuple[str, str]]:
    """The office a lexicon person held in a year before the article's that governs the mention's verb (or a clause on
    the mention), PTY for a run made that year out of office."""
    day_year = int(st.day[:4])
    for t in root.sent:
        if not _YEAR.match(t.text) or int(t.text) >= day_year:
            continue
        yv = _verb_of(t)
        on_mention = yv.dep_ in ("relcl", "acl") and yv.head.i == root.i
        if yv.i != verb.i and not on_mention:
            continue
        year = t.text
        held = [o for o in c.person.offices if (o.start or "0")[:4] <= year and o.end and year <= o.end[:4]]
        seats = [o for o in held if o.sector != "PTY"]
        own = on_mention or root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.dep_ == "agent"
        if seats:                                  # only the holder's own act (`Ames signed`, `appointed by Ames`),
            if not own:                            # not another's act on them (`he backed Ames ... in 2012`)
                continue
            return (seats[-1].sector, seats[-1].role) if len({o.sector for o in seats}) == 1 else None
        if held:
            return held[-1].sector, held[-1].role
        if any(w.lower_ in lex.words("run_word") for w in root.sent):
            return "PTY", "candidate"
    return None
