"""Typed records of the output contract: what each stage hands to the next.

Every record is a frozen dataclass. `to_dict` gives the JSON of the output contract
(fields only ever grow, never get renamed); `Article.from_dict` reads it back.
All `start`/`end` are character offsets into the article text exactly as read.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal, Optional, get_args

from .artefacts import floor_at


_SCALARS = frozenset((str, int, float, bool, type(None)))
_CONVERT: dict[type, Any] = {}                # record class -> its contract dict maker (`_converter`)


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    convert = _CONVERT.get(kind)
    if convert is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        convert = _CONVERT[kind] = _converter(kind)
    if convert is not None:
        return convert(value)
    if isinstance(value, (list, tuple)):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _converter(kind: type):
    """A function giving a record's contract fields as a dict, in order, written out for its class once a process (a
    dict display of its fields: a scalar, most of them, taken as it is; any other value through `_plain`), where a
    walk over the field names paid a zip and a list an object."""
    names = tuple(f.name for f in dataclasses.fields(kind) if not f.metadata.get("internal"))
    source = "def convert(r):\n    return {%s}\n" % ", ".join(
        f"{name!r}: v if type(v := r.{name}) in scalars else plain(v)" for name in names)
    space = {"scalars": _SCALARS, "plain": _plain}
    exec(compile(source, f"<to_dict of {kind.__qualname__}>", "exec"), space)
    return space["convert"]


_COPIED: dict[type, Optional[frozenset[str]]] = {}   # record class -> its fields, when `replaced` may copy them


def replaced(record: Any, /, **changes: Any) -> Any:
    """`dataclasses.replace(record, **changes)`: the same new record, made without its walk over the fields and its
    call of `__init__` by keywords (a few microseconds an event, three times an event): the fields copied from the
    record's `__dict__` in their order, the changes set, and `__post_init__` run as `__init__` runs it. A record not
    made by its dataclass's own `__init__` of plain fields (slots, an InitVar, a field out of `__init__`), or a change
    of a name that is no field, goes to `dataclasses.replace` (its errors stay its own)."""
    kind = type(record)
    names = _COPIED[kind] if kind in _COPIED else _COPIED.setdefault(kind, _copyable(kind))
    if names is None or not names.issuperset(changes):
        return dataclasses.replace(record, **changes)
    new = object.__new__(kind)
    mine, theirs = new.__dict__, record.__dict__
    for name in kind.__dataclass_fields__:
        mine[name] = changes[name] if name in changes else theirs[name]
    if hasattr(kind, "__post_init__"):
        new.__post_init__()
    return new


def _copyable(kind: type) -> Optional[frozenset[str]]:
    """The fields of a dataclass `replaced` may copy (None: it goes to `dataclasses.replace`)."""
    params = getattr(kind, "__dataclass_params__", None)
    init = getattr(kind, "__init__", None)
    if params is None or not params.init or "__slots__" in vars(kind) or getattr(init, "__qualname__", "") != \
            f"{kind.__qualname__}.__init__" or getattr(getattr(init, "__code__", None), "co_filename", "") != "<string>":
        return None
    fields = kind.__dataclass_fields__.values()
    if any(f._field_type is not dataclasses._FIELD or not f.init for f in fields):
        return None
    return frozenset(f.name for f in fields)


def internal(default: Any = None, **kw: Any) -> Any:
    """A field kept on the record for later stages but left out of the JSON contract."""
    if "default_factory" in kw:
        return field(default_factory=kw["default_factory"], metadata={"internal": True}, compare=False)
    return field(default=default, metadata={"internal": True}, compare=False)


class Record:
    def to_dict(self) -> dict:
        return _plain(self)


# ---------------------------------------------------------------- input
@dataclass(frozen=True)
class RawArticle(Record):
    """An article as read, before any analysis."""
    id: str
    text: str
    title: Optional[str] = None
    published: Optional[str] = None      # YYYY-MM-DD when the input gives it
    source: Optional[str] = None
    url: Optional[str] = None
    origin: str = ""                      # file (and line) it came from, for messages
    # where `published` came from when a reader found it (metadata|url|feed); None: the input gave it
    published_from: Optional[str] = None
    # a date to fall back on when neither the input nor the text gives one: (YYYY-MM-DD, filename|capture)
    fallback_published: Optional[tuple[str, str]] = None
    source_format: str = "txt"            # txt|jsonl|html|warc|arc|rss|atom (docs/input.md)
    site: Optional[str] = None            # the site's name (HTML metadata, a feed's title)
    author: Optional[str] = None
    language: Optional[str] = None        # what the page declares (HTML lang), checked by structure/language.py
    summary_only: Optional[bool] = None   # a feed item that carries only its summary, not the full text


@dataclass(frozen=True)
class ReadError(Record):
    """Input that could not be read; the batch goes on without it."""
    origin: str                            # file path, with ':LINE' for JSON lines
    message: str
    id: Optional[str] = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


# ---------------------------------------------------------------- structure
@dataclass(frozen=True)
class Span(Record):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Dateline(Record):
    place: Optional[str]
    agency: Optional[str]
    start: int
    end: int
    region: Optional[str] = None          # state or country after the place: 'N.H.', 'Kenya'


@dataclass(frozen=True)
class Caption(Record):
    start: int
    end: int
    credit: Optional[str]
    credit_start: Optional[int] = None
    credit_end: Optional[int] = None


@dataclass(frozen=True)
class Layout(Record):
    """What the structure stage finds before any NLP."""
    title: Optional[str]
    title_span: Optional[tuple[int, int]]          # the one copy of the headline kept
    copies: tuple[tuple[int, int], ...]            # repeated headlines: nothing is extracted from them
    dateline: Optional[Dateline]
    captions: tuple[Caption, ...]
    published: Optional[str]
    published_from: Optional[str]                  # input|metadata|url|feed|dateline|caption|text|filename|capture|None
    truncated: bool
    skip: tuple[tuple[int, int], ...] = ()         # all spans blanked before parsing (copies, dateline, credits)
    language: Optional[str] = None                 # 'en'; another code (or 'und') when the text is not English


# ---------------------------------------------------------------- extraction
@dataclass(frozen=True)
class Mention(Record):
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Speaker(Record):
    start: int
    end: int
    text: str
    actor: Optional[str] = None
    # the named mention the speaker resolves to (a full name), for the actor stage
    name: Optional[Mention] = internal()


@dataclass(frozen=True)
class Quote(Record):
    start: int
    end: int
    text: str
    cue: Optional[Span]
    speaker: Optional[Speaker]


@dataclass(frozen=True)
class Actor(Record):
    id: str
    name: str
    country: Optional[str] = None          # ISO 3166 alpha-3, 'IGO' style codes for organisations
    sector: Optional[str] = None           # GOV, MIL, REB, OPP, ... (docs/actors.md)
    role: Optional[str] = None
    mentions: tuple[Mention, ...] = ()
    members: tuple[str, ...] = ()          # compound actors: ids of their members
    code: Optional[str] = None             # CAMEO-style code: RUSGOV, USALEG, IGONATO, MED (docs/actors.md)


@dataclass(frozen=True)
class TimeExpression(Record):
    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"                     # TIMEX3 type: DATE, DURATION, TIME, SET


# The 16 PLOVER event types (the PLOVER manual's root categories); `Event.type` is always one of them.
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
EVENT_TYPES: frozenset[str] = frozenset(get_args(EventType))


@dataclass(frozen=True)
class Extent(Record):
    """A stretch of the text by its offsets alone (an event's sentence)."""
    start: int
    end: int

    def __contains__(self, offset: int) -> bool:
        return self.start <= offset < self.end


@dataclass(frozen=True)
class Participant(Record):
    start: int
    end: int
    text: str
    actor: Optional[str]
    # a participant no actor holds, coded by its own words (`police` -> USACOP; events/described.py); None when
    # `actor` is set (the actor's code is the one that counts) or when its words name no kind of people or body
    code: Optional[str] = None
    country: Optional[str] = None
    sector: Optional[str] = None


@dataclass(frozen=True)
class Event(Record):
    type: EventType                        # PLOVER root type
    mode: Optional[str]
    quad: int
    cameo: Optional[str]
    source: tuple[Participant, ...]
    target: tuple[Participant, ...]
    trigger: Span
    negated: bool
    hypothetical: bool
    date: Optional[str]
    sentence: Extent                       # JSON {"start", "end"}; a dict is accepted and converted
    quote: Optional[int] = None
    place: Optional[str] = None
    dead: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    date_from: Optional[str] = None        # clause|sentence|narrative|happening|published: where `date` came from (None: no date)
    confidence: Optional[float] = None     # how likely a real event of this type, in [0, 1] (docs/events.md)
    # the trigger is in the pluperfect ('had attacked'): the event is background to the story
    pluperfect: bool = internal(False)
    # the features `confidence` was computed from, for scripts/train_confidence.py
    features: tuple = internal(())

    def confident(self, minimum) -> bool:
        """At least `minimum` confident (always, when `minimum` is None; `minimum` may be floors by type,
        artefacts.Floors); an event not scored passes, as in the store's filter (store/filters.py)."""
        minimum = floor_at(minimum, self.type)
        return minimum is None or self.confidence is None or self.confidence >= minimum

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"event type {self.type!r} is not a PLOVER type")
        if isinstance(self.sentence, dict):
            object.__setattr__(self, "sentence", Extent(self.sentence["start"], self.sentence["end"]))


@dataclass(frozen=True)
class Place(Record):
    id: str
    name: str
    country: Optional[str]                 # ISO 3166 alpha-2
    admin1: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    feature: str                           # continent|region|water|country|admin|admin2|city|locality
    geonameid: Optional[int] = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Casualty(Record):
    start: int
    end: int
    text: str
    killed: Optional[int] = None
    injured: Optional[int] = None
    arrested: Optional[int] = None
    missing: Optional[int] = None
    qualifier: Optional[str] = None
    victims: Optional[str] = None
    period: Optional[str] = None
    source: Optional[str] = None
    event: Optional[int] = None


# ---------------------------------------------------------------- the article
# formats whose text is the input itself: their JSON leaves the text out (the reader has it)
PLAIN_FORMATS = frozenset({None, "txt", "jsonl"})

@dataclass(frozen=True)
class Article(Record):
    id: str
    title: Optional[str]
    published: Optional[str]
    published_from: Optional[str]
    dateline: Optional[Dateline]
    truncated: bool
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    actors: tuple[Actor, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    source: Optional[str] = None
    url: Optional[str] = None
    source_format: Optional[str] = None    # txt|jsonl|html|warc|arc|rss|atom: what the text was read from
    site: Optional[str] = None             # the site's name, when the page or feed gives it
    author: Optional[str] = None
    language: Optional[str] = None         # 'en', or the language of a text the English extractors skipped
    summary_only: Optional[bool] = None    # true for a feed item that held only a summary
    text: str = internal("")

    def to_dict(self) -> dict:
        """The contract JSON; for text extracted from markup (HTML, archives, feeds) it includes `text`, the
        extracted text every offset points into."""
        out = _plain(self)
        if self.source_format not in PLAIN_FORMATS:
            out["text"] = self.text
        return out

    def keeping_events(self, keep: Iterable[int]) -> "Article":
        """A copy with only the events at the indices `keep`: every other field as it is, a casualty's `event`
        renumbered to its event's new index (None when its event is left out)."""
        kept = sorted(set(keep))
        new_index = {old: new for new, old in enumerate(kept)}
        return dataclasses.replace(
            self, events=tuple(self.events[i] for i in kept),
            casualties=tuple(c if c.event is None else dataclasses.replace(c, event=new_index.get(c.event))
                             for c in self.casualties))

    @classmethod
    def from_dict(cls, data: dict, text: str = "") -> "Article":
        """Rebuild an Article from its contract JSON (the inverse of to_dict)."""
        def many(kind, items, conv=None):
            return tuple((conv or (lambda d: kind(**d)))(d) for d in items or ())

        def quote(d):
            d = dict(d)
            d["cue"] = Span(**d["cue"]) if d.get("cue") else None
            d["speaker"] = Speaker(**d["speaker"]) if d.get("speaker") else None
            return Quote(**d)

        def actor(d):
            d = dict(d)
            d["mentions"] = many(Mention, d.get("mentions"))
            d["members"] = tuple(d.get("members") or ())
            return Actor(**d)

        def event(d):
            d = dict(d)
            d["source"] = many(Participant, d.get("source"))
            d["target"] = many(Participant, d.get("target"))
            d["trigger"] = Span(**d["trigger"])
            return Event(**d)

        def place(d):
            d = dict(d)
            d["mentions"] = many(Mention, d.get("mentions"))
            return Place(**d)

        known = {f.name for f in dataclasses.fields(cls)}
        return cls(
            id=data["id"], title=data.get("title"), published=data.get("published"),
            published_from=data.get("published_from"),
            dateline=Dateline(**data["dateline"]) if data.get("dateline") else None,
            truncated=bool(data.get("truncated")),
            captions=many(Caption, data.get("captions")),
            quotes=many(Quote, data.get("quotes"), quote),
            actors=many(Actor, data.get("actors"), actor),
            dates=many(TimeExpression, data.get("dates")),
            events=many(Event, data.get("events"), event),
            places=many(Place, data.get("places"), place),
            casualties=many(Casualty, data.get("casualties")),
            **{k: data.get(k) for k in ("source", "url", "source_format", "site", "author", "language",
                                        "summary_only") if k in known},
            text=text or data.get("text") or "",
        )


@dataclass(frozen=True)
class Failure(Record):
    """An article that could not be processed; reported, the batch goes on."""
    origin: str
    message: str
    id: Optional[str] = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def offset_errors(article: "Article") -> list[str]:
    """Every character offset of an Article that does not index its text: a start or end outside the text,
    an end before its start, or a `text` field that is not the text between them. [] when all are right."""
    text = article.text or ""
    found: list[str] = []

    def visit(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for key, v in value.items():
                if key.endswith("start") and isinstance(v, int) and not isinstance(v, bool):
                    end_key = key[:-5] + "end"
                    end = value.get(end_key)
                    if isinstance(end, int) and not 0 <= v <= end <= len(text):
                        found.append(f"{where}.{key}..{end_key} = {v}..{end} outside 0..{len(text)}")
                    elif key == "start" and isinstance(end, int) and isinstance(value.get("text"), str) \
                            and text[v:end] != value["text"]:
                        found.append(f"{where}: text {value['text']!r} is not {text[v:end]!r} at {v}..{end}")
                visit(v, f"{where}.{key}")
        elif isinstance(value, list):
            for i, v in enumerate(value):
                visit(v, f"{where}[{i}]")

    visit(article.to_dict(), "article")
    return found
