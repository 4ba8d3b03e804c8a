"""Lexicons the project writes itself (TSV data files beside this module) and the one loader they share.

Every TSV lexicon has the same shape: `#` comment lines (what it is, where it comes from, its columns),
then one header line naming the columns, then one row per line, cells separated by tabs. `rows(name)`
reads a file once and returns its rows as dicts keyed by the header; a row with more cells than the header
is an error that names the file and line. Fewer cells are padded with "" (a trailing empty column).

In a file whose first column is `class`, a class is one block of consecutive rows (comment and blank lines inside a
block do not end it). A later block of a class declared earlier in the file extends it only when a marker line
`#+ CLASS` (free words may follow the name) stands among the comment lines right before the block's first row; a
class declared again without one is an error naming file and line (two rules that chose one name for two meanings
would otherwise read each other's words), and so is a marker that opens no extending block of its class (lex39).

Lists more than one stage reads live here once: `classes()` reads the `class  word` files, `used_by()` the rows of
a list shared by stages that take different words from it (number words, intent verbs, modals), `months()` and
`weekdays()` the calendar words of timex_words.tsv, `pronouns()` and `pronoun_antecedents()` pronouns.tsv.
"""
from __future__ import annotations

import functools
import pathlib
from typing import Optional

HERE = pathlib.Path(__file__).resolve().parent


class LexiconError(ValueError):
    """A lexicon file that cannot be read as its header says: the message names file:line."""


class Row(dict):
    """One row of a lexicon: column -> cell (stripped), plus `line`, its line number in the file."""

    line: int = 0


def path(name: str) -> pathlib.Path:
    """The path of a lexicon file shipped with dateline."""
    return HERE / name


@functools.lru_cache(maxsize=None)
def rows(name: str, columns: Optional[tuple[str, ...]] = None) -> tuple[Row, ...]:
    """The rows of lexicon file `name` (read once). With `columns`, the header must start with them."""
    file = path(name)
    header: Optional[list[str]] = None
    out: list[Row] = []
    blocks: Optional[_Blocks] = None
    for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(MARKER):
            if blocks is None:
                raise LexiconError(f"{file}:{n}: a block marker `{MARKER} CLASS` in a file with no `class` column")
            blocks.marker(n, line[len(MARKER):])
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            if columns is not None and tuple(header[:len(columns)]) != tuple(columns):
                raise LexiconError(f"{file}:{n}: header {header} does not start with the columns {list(columns)}")
            if header[0] == "class":
                blocks = _Blocks(file)
            continue
        if len(cells) > len(header):
            raise LexiconError(f"{file}:{n}: {len(cells)} cells for {len(header)} columns {header}")
        row = Row(zip(header, cells + [""] * (len(header) - len(cells))))
        row.line = n
        if blocks is not None:
            blocks.row(n, row["class"])
        out.append(row)
    if header is None:
        raise LexiconError(f"{file}: no header line")
    if blocks is not None:
        blocks.end()
    return tuple(out)


MARKER = "#+"     # `#+ CLASS`: the block of CLASS after this line extends the class declared earlier in the file


class _Blocks:
    """The blocks of a `class` file as `rows` reads it: a class declared again in a later block needs a `#+ CLASS`
    marker right before that block, and every marker must open such a block."""

    def __init__(self, file: pathlib.Path):
        self.file = file
        self.first: dict[str, int] = {}          # class -> the line of its first row
        self.current: Optional[str] = None       # the class of the last row read
        self.pending: list[tuple[int, str]] = []  # (line, class) of the markers since the last row

    def marker(self, n: int, rest: str) -> None:
        name = rest.split()[0] if rest.split() else ""
        if not name:
            raise LexiconError(f"{self.file}:{n}: a block marker names no class (`{MARKER} CLASS`)")
        self.pending.append((n, name))

    def row(self, n: int, cls: str) -> None:
        marked = [name for _, name in self.pending]
        for m, name in self.pending:
            if name != cls or cls == self.current or cls not in self.first:
                what = ("inside a block of its class" if cls == self.current and name == cls else
                        f"before a row of class {cls!r}" if name != cls else "but the class is declared nowhere before")
                raise LexiconError(f"{self.file}:{m}: `{MARKER} {name}` opens no block extending {name!r}: {what}")
        if cls != self.current and cls in self.first and cls not in marked:
            raise LexiconError(
                f"{self.file}:{n}: class {cls!r} declared again (its first block is at line {self.first[cls]}): "
                f"a block that extends it on purpose opens with a line `{MARKER} {cls}`; a class of another meaning "
                f"takes a name of its own")
        self.first.setdefault(cls, n)
        self.current = cls
        self.pending = []

    def end(self) -> None:
        for m, name in self.pending:
            raise LexiconError(f"{self.file}:{m}: `{MARKER} {name}` opens no block extending {name!r}: no row follows")


def split(cell: str, sep: str = "|") -> tuple[str, ...]:
    """A multi-valued cell ("a|b|c") as its non-empty values."""
    return tuple(v.strip() for v in cell.split(sep) if v.strip())


@functools.lru_cache(maxsize=None)
def classes(name: str) -> dict[str, tuple[str, ...]]:
    """{class: its words, lower case, in file order} of a lexicon whose columns are `class  word`."""
    out: dict[str, list[str]] = {}
    for r in rows(name, ("class", "word")):
        out.setdefault(r["class"], []).append(r["word"].lower())
    return {k: tuple(v) for k, v in out.items()}


def used_by(name: str, stage: str) -> tuple[Row, ...]:
    """The rows of a list several stages share whose `used_by` cell ("dates|events") names `stage`."""
    return tuple(r for r in rows(name) if stage in split(r["used_by"]))


@functools.lru_cache(maxsize=1)
def sport_words() -> dict[str, bool]:
    """sport_words.tsv: each word of sport (lower case) -> True for a word only sport uses (`wicket`, `birdie`),
    False for one other news uses too (`coach`, `referee`, `league`); read by extractors/page.py."""
    return {r["word"].lower(): r["only"] == "yes" for r in rows("sport_words.tsv", ("word", "only"))}


@functools.lru_cache(maxsize=1)
def months() -> dict[str, int]:
    """Month names and their abbreviations (lower case, 'sept' too) -> month number, from timex_words.tsv."""
    return {r["word"].lower(): int(r["value"]) for r in rows("timex_words.tsv", ("kind", "word", "value"))
            if r["kind"] == "month"}


@functools.lru_cache(maxsize=1)
def weekdays() -> tuple[str, ...]:
    """The weekday names, lower case, Monday first (timex_words.tsv: ISO numbers 1-7)."""
    days = {int(r["value"]): r["word"].lower() for r in rows("timex_words.tsv", ("kind", "word", "value"))
            if r["kind"] == "weekday"}
    return tuple(days[n] for n in range(1, 8))


@functools.lru_cache(maxsize=None)
def pronouns(case: Optional[str] = None, person: Optional[str] = None, gender: Optional[str] = None,
             number: Optional[str] = None) -> frozenset[str]:
    """The pronouns of pronouns.tsv (lower case) of a case (subject, object, possessive), person (1, 2, 3),
    gender (m, f, n; '' for plural and you) and number (sg, pl; '' for you), each left open when not given."""
    return frozenset(r["word"] for r in rows("pronouns.tsv", ("word", "case", "person", "number", "gender"))
                     if (case is None or r["case"] == case) and (person is None or r["person"] == person)
                     and (gender is None or r["gender"] == gender) and (number is None or r["number"] == number))


@functools.lru_cache(maxsize=1)
def pronoun_antecedents() -> dict[str, str]:
    """Third-person subject and possessive pronoun -> what its antecedent must be: 'M' or 'F' (a person of that
    gender), 'it' (a state or an organisation) or 'they' (a plural): he, his, she, her, it, its, they, their."""
    want = {"m": "M", "f": "F", "n": "it"}
    return {r["word"]: want.get(r["gender"], "they") for r in rows("pronouns.tsv")
            if r["person"] == "3" and r["case"] in ("subject", "possessive")}
