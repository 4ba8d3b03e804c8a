"""What the tests share: builders (offsets of a phrase; hand-made spans, mentions, participants and events) and
finders (the events, actors, places of an extracted article that a test asserts on), so a test file imports them
instead of defining its own copy. Sections: builders; events; actors; places; reading, the CLI and scripts."""
from __future__ import annotations

import importlib.util
import pathlib
import socket
from typing import TYPE_CHECKING, Optional, Union

from dateline.records import Event, Extent, Mention, Participant, Span

if TYPE_CHECKING:
    from dateline.extractors import Context


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def mention(text: str, phrase: str, nth: int = 0) -> Mention:
    return Mention(*at(text, phrase, nth), phrase)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    return Span(*at(text, phrase, nth), phrase)


def part(text: str, phrase: str, actor: Optional[str] = None, nth: int = 0) -> Participant:
    """A participant: the nth occurrence of `phrase`, resolved to actor id `actor`."""
    return Participant(*at(text, phrase, nth), phrase, actor)


def sentence_around(text: str, start: int, end: int) -> Extent:
    """The extent of the sentence holding [start, end): from after the last '. ' or newline before it up to
    the next '. ' (its period included) or newline."""
    stop = text.rfind(". ", 0, start)
    lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    hi = min(stops) if stops else len(text)
    return Extent(lo, hi + 1 if text.startswith(". ", hi) else hi)


def event(of: Union[str, "Context"], trigger: str, type_: str = "ASSAULT", quad: int = 4, *, nth: int = 0,
          sentence: Union[str, Extent, None] = None, source=(), target=(), **fields) -> Event:
    """A hand-made event on the nth occurrence of `trigger` in `of` (a text, or an extractor Context).

    Its sentence: a phrase of the text (its offsets), an Extent, or by default the sentence around
    the trigger (from a Context's parse, else up to '. ' or a newline). `fields`: any other Event field
    (cameo, mode, negated, hypothetical, date, quote, place, dead, injured, arrested).
    """
    text = of if isinstance(of, str) else of.text
    s, e = at(text, trigger, nth)
    if isinstance(sentence, str):
        sentence = Extent(*at(text, sentence))
    elif sentence is None and not isinstance(of, str):
        sent = of.doc.char_span(s, e, alignment_mode="expand").sent
        sentence = Extent(sent.start_char, sent.end_char)
    elif sentence is None:
        sentence = sentence_around(text, s, e)
    defaults = dict(mode=None, cameo=None, negated=False, hypothetical=False, date=None)
    return Event(type=type_, quad=quad, source=tuple(source), target=tuple(target), trigger=Span(s, e, trigger),
                 sentence=sentence, **{**defaults, **fields})


# ---------------------------------------------------------------- events of an extracted article
def asserted(article) -> list:
    """The events of an article that are said to have happened (not negated, not hypothetical)."""
    return [e for e in article.events if not e.negated and not e.hypothetical]


def types(article) -> set:
    """The (type, trigger) pairs of an article's asserted events: for assertion messages."""
    return {(e.type, e.trigger.text) for e in asserted(article)}


def all_types(article) -> set:
    """The (type, trigger) pairs of all an article's events, negated and hypothetical ones included."""
    return {(e.type, e.trigger.text) for e in article.events}


def asserted_types(article) -> set:
    """The types of an article's asserted events."""
    return {e.type for e in asserted(article)}


def found(article, etype: str) -> list:
    """The asserted events of one type."""
    return [e for e in asserted(article) if e.type == etype]


def first_found(article, etype: str):
    """The first asserted event of one type; fails (listing every event's type and trigger) when there is none."""
    evs = found(article, etype)
    assert evs, [(e.type, e.trigger.text) for e in article.events]
    return evs[0]


def kept(article, etype: str) -> list:
    """The asserted events of one type that clear the default confidence floor."""
    from dateline.artefacts import confidence_floor

    floor = confidence_floor() or 0.0
    return [e for e in found(article, etype) if e.confidence is None or e.confidence >= floor]


def texts(parts) -> list:
    """The texts of participants (an event's source or target)."""
    return [p.text for p in parts]


def targets(e) -> list:
    """An event's target texts."""
    return [p.text for p in e.target]


def sides(e) -> tuple[list, list]:
    """An event's source and target texts."""
    return [p.text for p in e.source], [p.text for p in e.target]


def pairs(article, etype: str) -> list:
    """The asserted events of one type as (sources, targets), each side's texts joined by spaces."""
    return [tuple(" ".join(x) for x in sides(e)) for e in found(article, etype)]


def accusations(article) -> list:
    """The asserted ACCUSE events as (sources, targets, trigger), each side's texts joined by spaces."""
    return [(" ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text)
            for e in found(article, "ACCUSE")]


def blames(acc, who: str, whom: str) -> bool:
    """Whether one of `acc` (rows of `pairs` or `accusations`) has `who` in its sources and `whom` in its targets."""
    return any(who in row[0] and whom in row[1] for row in acc)


def check_types(article, spec: str) -> None:
    """Asserts `spec`, the expected column of a table of rule tests, on an article's events. `spec` is words split by
    spaces, each checked on its own: `+T` some event of type T (`+T|U`: of T or U); `-T` no event of type T (`-T|U`:
    of neither); `=T,U` the events' types in order are exactly T, U (`=` alone: no event). A word looks at the
    asserted events; prefixed `all:` at every event (negated and hypothetical too), `real:` at the events that are
    not hypothetical (negated ones included)."""
    pools = {"": asserted(article), "all": list(article.events),
             "real": [e for e in article.events if not e.hypothetical]}
    shown = [(e.type, e.trigger.text, *(f for f in ("negated", "hypothetical") if getattr(e, f)))
             for e in article.events]
    assert spec.split(), "an empty spec checks nothing"
    for word in spec.split():
        pool, _, word = word.rpartition(":")
        events, sign, kinds = pools[pool], word[0], word[1:]
        if sign == "=":
            assert [e.type for e in events] == (kinds.split(",") if kinds else []), (word, shown)
        else:
            assert sign in "+-", f"no such word in a spec: {word!r}"
            hit = any(e.type in kinds.split("|") for e in events)
            assert hit == (sign == "+"), (word, shown)


def asserted_rows(article, etype=None) -> list:
    """(type, sources, targets, trigger) of the asserted events, of one type or all; each side's texts joined."""
    return [(e.type, " ".join(p.text for p in e.source), " ".join(p.text for p in e.target), e.trigger.text)
            for e in (asserted(article) if etype is None else found(article, etype))]


def rows_of(run, text: str, etype=None) -> list:
    """`asserted_rows` of `text` run as the one paragraph of an article with an empty title line."""
    return asserted_rows(run("\n\n" + text + "\n"), etype)


def doers(rows, trigger: str) -> list:
    """The sources of the rows (of `asserted_rows` or `rows_of`) whose trigger is `trigger`."""
    return [s for _, s, _, t in rows if t == trigger]


def by_trigger(article, word: str) -> list:
    """(type, sources, targets, hypothetical) of every event whose trigger is `word`."""
    return [(e.type, [p.text for p in e.source], [p.text for p in e.target], e.hypothetical)
            for e in article.events if e.trigger.text == word]


def shown(article) -> list:
    """Each event of an article as (type, trigger, negated or hypothetical, sources, targets): for assertion messages."""
    return [(e.type, e.trigger.text, e.negated or e.hypothetical, [p.text for p in e.source], [p.text for p in e.target])
            for e in article.events]


def listed(article) -> list:
    """Each event of an article as (type, trigger, sources, targets, negated, hypothetical): for assertion messages."""
    return [(e.type, e.trigger.text, [p.text for p in e.source], [p.text for p in e.target], e.negated, e.hypothetical)
            for e in article.events]


# ---------------------------------------------------------------- actors of an extracted article
def actor_at(article, text: str, word: str, nth: int = 0):
    """The actor of an article covering the nth occurrence of `word` in its text (None when no actor covers it)."""
    from dateline.extractors.actors import ActorIndex

    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    aid = ActorIndex(article.actors).at(start, start + len(word))
    return next((a for a in article.actors if a.id == aid), None)


def check_identity(article, text: str, mention: str, name, forbidden=()) -> None:
    """The actor covering `mention` is named `name`; with `name` None, any actor (or none) but the `forbidden` names
    (a wrong real person is worse than none)."""
    actor = actor_at(article, text, mention)
    if name is None:
        assert actor is None or actor.name not in forbidden, actor
    else:
        assert actor is not None and actor.name == name, actor


def actor_named(article, word: str):
    """The first actor whose name holds `word`, in any case (None when there is none)."""
    return next((a for a in article.actors if word.lower() in a.name.lower()), None)


def linked_actor(article, text: str, word: str, nth: int = 0):
    """The actor that has a mention exactly on the nth occurrence of `word` (None when unlinked); unlike `actor_at`,
    a longer mention around the word does not count."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    for a in article.actors:
        if any(m.start == start and m.end == start + len(word) for m in a.mentions):
            return a
    return None


def linked_name(article, text: str, word: str, nth: int = 0):
    """The name of `linked_actor`'s actor (None when the word is unlinked)."""
    a = linked_actor(article, text, word, nth)
    return a.name if a is not None else None


def run_lead(run, lead: str, body: str, **kw) -> tuple:
    """(text, article): `lead` (a test file's opening of its stories) and `body` run through the whole pipeline (the
    `run` fixture; keywords go to it: `published`)."""
    text = lead + body
    return text, run(text, **kw)


def actor_in(run, text: str, word: str, nth: int = 0, **kw):
    """`actor_at` in the article the pipeline (the `run` fixture, keywords to it) makes of `text`: the run-and-find
    scaffold of the actor tests in one call."""
    return actor_at(run(text, **kw), text, word, nth)


def actors_in(run, text: str, *words: str, **kw) -> list:
    """(word, actor) for each of `words` (its first occurrence; `actor_at`) in the one article the pipeline (the `run`
    fixture, keywords to it) makes of `text`."""
    article = run(text, **kw)
    return [(w, actor_at(article, text, w)) for w in words]


def name_in(run, text: str, word: str, nth: int = 0, **kw):
    """`linked_name` in the article the pipeline (the `run` fixture, keywords to it) makes of `text`."""
    return linked_name(run(text, **kw), text, word, nth)


def actor_names(article) -> set:
    """The names of an article's actors."""
    return {a.name for a in article.actors}


def name_at(article, text: str, word: str, nth: int = 0):
    """The name of the actor covering the nth occurrence of `word` (None when no actor covers it)."""
    a = actor_at(article, text, word, nth)
    return a.name if a is not None else None


def check_actors(article, text: str, spec: str) -> None:
    """Asserts `spec`, the expected column of a table of actor tests, on the actors of an article made from `text`.
    `spec` is checks split by `;`, each `PHRASE: WHAT` on the actor covering PHRASE's first occurrence in `text`
    (`PHRASE#N`: its nth, counted from 0). WHAT: `none` (no actor covers it), `actor` (one does), `sector=S`,
    `sector!=S`, `country=C` (one does, of that sector or country; not of that sector), `name=N` (one does, named N),
    `same=OTHER[#N]` (one does, the same actor as the one covering OTHER)."""
    assert spec.strip(), "an empty spec checks nothing"
    for item in spec.split(";"):
        phrase, _, what = item.rpartition(":")
        phrase, _, nth = phrase.strip().partition("#")
        a, what = actor_at(article, text, phrase, int(nth or 0)), what.strip()
        shown = (item.strip(), a and (a.name, a.sector, a.country))
        if what in ("none", "actor"):
            assert (a is None) == (what == "none"), shown
        elif what.startswith("name="):
            assert a is not None and a.name == what[5:], shown
        elif what.startswith("same="):
            other, _, k = what[5:].partition("#")
            b = actor_at(article, text, other, int(k or 0))
            assert a is not None and b is not None and a.id == b.id, (shown, b and b.name)
        else:
            field, op, value = what.partition("!=") if "!=" in what else what.partition("=")
            assert field in ("sector", "country") and value, f"no such check in a spec: {item!r}"
            assert a is not None and (getattr(a, field) == value) == (op == "="), shown


def sector_at(article, text: str, word: str, nth: int = 0):
    """The sector of the actor covering the nth occurrence of `word` (None when no actor covers it)."""
    a = actor_at(article, text, word, nth)
    return a.sector if a is not None else None


def country_at(article, text: str, word: str, nth: int = 0):
    """The country of the actor covering the nth occurrence of `word` (None when no actor covers it)."""
    a = actor_at(article, text, word, nth)
    return a.country if a is not None else None


# ---------------------------------------------------------------- places
def place_named(places, name: str):
    """The place of that name (None when there is none)."""
    return next((p for p in places if p.name == name), None)


def place_mentioned(places, text: str):
    """The place one of whose mentions reads `text` (None when there is none)."""
    return next((p for p in places if any(m.text == text for m in p.mentions)), None)


# ---------------------------------------------------------------- lexicon files
def described_classes(name: str) -> set:
    """The word classes the header of lexicon file `name` describes, one comment line `# class ...` each."""
    import re

    from dateline import lexicon

    text = (lexicon.HERE / name).read_text(encoding="utf-8")
    return {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", text, re.M)}


# ---------------------------------------------------------------- reading, the CLI, scripts
def read_items(*inputs, **kw) -> list:
    """Everything `dateline.read.read` yields for these inputs (paths or names; keywords passed on)."""
    from dateline.read import read

    return list(read([str(x) for x in inputs], **kw))


def json_lines(result) -> list:
    """The JSON records of a CLI result's stdout, one a non-blank line."""
    import json

    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load_script(path: pathlib.Path, name: Optional[str] = None):
    """The module of a script that is not a package (bench/, scripts/), loaded from its file; `name` defaults to the
    file's stem."""
    spec = importlib.util.spec_from_file_location(name or path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
