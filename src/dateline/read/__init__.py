"""Inputs -> RawArticle records (or ReadError records): files, folders, JSON lines, HTML pages, web archives
(WARC/ARC), RSS/Atom feeds, standard input. What a file is is told from its content (read/detect.py), gzip
included; `.jsonl` files are JSON lines by their name.

Record ids: a JSON line's "id"; else the path relative to the folder given, without extension (a file given
by itself: its stem; standard input: 'stdin'); a JSON line without "id" gets its file's id + ':LINE', an
archive's page its file's id + ':RECORD', a feed's item its file's id + ':ITEM'.
Every reader is a generator: nothing is read before it is asked for.
"""
from __future__ import annotations

import dataclasses
import gzip
import os
import pathlib
import sys
import zlib
from typing import BinaryIO, Iterable, Iterator, Optional, Union

from ..records import RawArticle, ReadError
from . import files, jsonl
from .datenames import date_in_name
from .detect import HEAD, UNREADABLE, sniff, url_message
from .feed import read_feed
from .clean import clean
from .files import MAX_BYTES
from .html import read_html
from .warc import read_warc

Item = Union[RawArticle, ReadError]
# names a folder is searched for (any case); `.gz` after any of them too
SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".xhtml", ".shtml", ".warc", ".arc", ".xml", ".rss", ".atom")
MAX_FEED_BYTES = 20 * MAX_BYTES     # a feed is read whole (feedparser needs it): 100,000,000 bytes at most
SINGLE = (".txt", ".html", ".htm", ".xhtml", ".shtml")   # names of files that hold one article

__all__ = ["read", "read_path", "read_file", "read_stdin", "count", "unread", "left_out", "left_out_report",
           "left_out_reasons", "MAX_BYTES", "Item"]


def read(inputs: Iterable[str], *, stdin: Optional[BinaryIO] = None, published: Optional[str] = None) -> Iterator[Item]:
    """Every article in the given paths ('-' is standard input), in order; errors as ReadError, never raised.

    `published` (YYYY-MM-DD) is the publication date of every article read (published_from 'input').
    """
    for name in inputs:
        if name == "-":
            items = read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        elif url_message(name):
            items = iter([ReadError(name, url_message(name))])
        else:
            items = read_path(pathlib.Path(name), given=name)
        yield from dated(items, published) if published else items


def dated(items: Iterable[Item], published: str) -> Iterator[Item]:
    """The articles with `published` as the date the input gives (published_from 'input')."""
    for item in items:
        yield dataclasses.replace(item, published=published, published_from=None) if isinstance(item, RawArticle) else item


def read_path(path: pathlib.Path, *, given: Optional[str] = None) -> Iterator[Item]:
    """A file or a folder (searched recursively for the SUFFIXES, hidden entries left out).

    Anything that is not a regular file or a folder we may list (a FIFO, a socket, a device, an unreadable
    folder) is skipped with a message, never opened: opening a FIFO would wait for a writer forever.
    """
    given = given or str(path)
    if path.is_dir():
        found = False
        for child in _walk(path):
            if isinstance(child, ReadError):
                yield child
                continue
            found = True
            yield from _read_file(child, base=path)
        if not found:
            yield ReadError(given, "no .txt, .jsonl, .html, .warc or feed files in this folder")
    elif path.exists():
        yield from _read_file(path, base=None)
    elif path.is_symlink():
        yield ReadError(given, "cannot read: broken link")
    else:
        yield ReadError(given, "no such file or folder")


def count(inputs: Iterable[str]) -> Optional[int]:
    """About how many articles INPUTS hold, without parsing them (for progress): one per text or HTML file, one
    per line of a JSONL file; None when standard input (it cannot be read twice), an archive or a feed is
    among them."""
    total = 0
    for name in inputs:
        if name == "-":
            return None
        path = pathlib.Path(name)
        for file in (_walk(path) if path.is_dir() else [path]):
            kind = _suffix(file.name)
            if file.name.lower().endswith(".gz") or kind not in SINGLE + (".jsonl",):
                return None                 # an archive or a feed: its articles are known only by reading it
            if kind == ".jsonl":
                total += _lines_in(file)
            elif file.is_file():
                total += 1
    return total


def unread(inputs: Iterable[str]) -> list[str]:
    """The files in the folders among INPUTS that are not read: a name without one of the SUFFIXES (a .pdf, a .csv,
    a .docx; hidden entries left out). Said by the runners and `extract` (user53: they were left out silently)."""
    out: list[str] = []
    for name in inputs:
        path = pathlib.Path(name)
        if name != "-" and path.is_dir():
            for _ in _walk(path, unread=out):
                pass
    return out


def left_out(path: str) -> str:
    """What is said of a file `unread` lists. A file given by name is read whatever its name (told by its content), so
    the message says how to have it read (review53d: `not a kind of file dateline reads` was said of a `notes.csv`
    that `dateline extract notes.csv` reads)."""
    kind = _suffix(pathlib.PurePath(path).name) or "a name without a suffix"
    return (f"{path}: left out ({kind}: a folder's files are read when named {', '.join(SUFFIXES)}, each also "
            f"gzipped; give this file by name to have it read by its content)")


SAY_EACH = 10      # files left out of the folders said one a line up to this many; more: a count per reason


def left_out_report(paths: list[str], near: Optional[str] = None) -> list[str]:
    """The lines that say the files `unread` lists: one each when they are few (SAY_EACH); more, one line per reason
    (how many, the first names) and one that says how to have them read and where the full list was written: a
    file `<near>.left-out.txt` (next to the store, for an ingest), else one in the system's temporary folder
    (user54: a folder of thousands of other files said each on its own line)."""
    if len(paths) <= SAY_EACH:
        return [left_out(path) for path in paths]
    full = _write_list(paths, near)
    lines = [f"{len(names):,} file(s) of a folder left out ({kind}): {_first(names)}"
             for kind, names in left_out_reasons(paths)]
    lines.append(f"a folder's files are read when named {', '.join(SUFFIXES)}, each also gzipped; give a file by "
                 f"name to have it read by its content; " + (f"the full list of {len(paths):,}: {full}" if full else
                                                             "the full list could not be written"))
    return lines


def left_out_reasons(paths: Iterable[str]) -> list[tuple[str, list[str]]]:
    """The files `unread` lists by what they are named (`.pdf`, `a name without a suffix`), most first."""
    by: dict[str, list[str]] = {}
    for path in paths:
        by.setdefault(_suffix(pathlib.PurePath(path).name) or "a name without a suffix", []).append(path)
    return sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))


def _first(names: list[str], n: int = 3) -> str:
    return ", ".join(names[:n]) + (f" and {len(names) - n:,} more" if len(names) > n else "")


def _write_list(paths: list[str], near: Optional[str]) -> Optional[str]:
    """The list, one path a line, in `<near>.left-out.txt` (replaced), else a new temporary file; its path, or None."""
    import tempfile

    try:
        if near and near != ":memory:":
            target = pathlib.Path(f"{near}.left-out.txt")
            target.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8", errors="surrogateescape")
            return str(target)
        with tempfile.NamedTemporaryFile("w", prefix="dateline-left-out-", suffix=".txt", delete=False,
                                         encoding="utf-8", errors="surrogateescape") as handle:
            handle.writelines(f"{p}\n" for p in paths)
            return handle.name
    except OSError:
        return None


def _lines_in(path: pathlib.Path) -> int:
    lines, last = 0, b"\n"
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
    except OSError:
        return 0
    return lines + (last != b"\n")


def read_stdin(stream: BinaryIO) -> Iterator[Item]:
    """Standard input: JSON lines when its first line starts with '{'; else told by its content like a file."""
    first = stream.readline(MAX_BYTES + 1)
    if first.lstrip().startswith(b"{"):
        yield from jsonl.read_lines(stream, origin="<stdin>", id="stdin", first=first)
        return
    head = first + stream.read(max(0, HEAD - len(first)))
    yield from read_stream(_Joined(head, stream), head, origin="<stdin>", id="stdin", name="")


def _walk(folder: pathlib.Path, unread: Optional[list[str]] = None) -> Iterator[Union[pathlib.Path, ReadError]]:
    """Files under `folder` with one of the SUFFIXES (any case, `.gz` after it too), sorted; links that lead
    nowhere kept; a folder that cannot be listed is a ReadError in its place. `unread`, when given, gets the path of
    every other file (not hidden) met."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield ReadError(str(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    folders = []
    for entry in entries:                  # the files of this folder first, then its folders (as os.walk)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            if not entry.is_symlink():     # links to folders are not followed
                folders.append(entry.path)
        elif _suffix(entry.name) in SUFFIXES:
            yield pathlib.Path(entry.path)
        elif unread is not None:
            unread.append(entry.path)
    for sub in folders:
        yield from _walk(pathlib.Path(sub), unread)


def _suffix(name: str) -> str:
    stem, ext = os.path.splitext(name.lower())
    return os.path.splitext(stem)[1] if ext == ".gz" else ext


def _read_file(path: pathlib.Path, base: Optional[pathlib.Path]) -> Iterator[Item]:
    rid = file_id(path, base)
    if not path.exists():
        yield ReadError(str(path), "cannot read: broken link", rid)
    elif path.is_dir():
        yield ReadError(str(path), "is a folder, not a file", rid)
    elif (kind := files.special_kind(path)) is not None:
        yield ReadError(str(path), f"not a regular file ({kind}): skipped", rid)
    else:
        yield from read_file(path, id=rid)


def file_id(path: pathlib.Path, base: Optional[pathlib.Path]) -> str:
    """The record id of a file: its path relative to `base` (the folder given) or its name, without its extension;
    with it when another file of its folder that dateline reads has the same stem (`story.html` and `story.txt`,
    `feed.rss` and `feed.atom`, `crawl.warc` and `crawl.warc.gz`), whose articles would otherwise take one id and
    the later replace the earlier in the store (user48). Names that are not valid text are cleaned."""
    rel = path.relative_to(base) if base else pathlib.Path(path.name)
    name = rel.name if _stem(path.name) in _shared_stems(path.parent) else _stem(rel.name)
    return clean((rel.parent / name).as_posix())


_STEMS: dict[str, tuple[int, frozenset]] = {}        # folder -> (its mtime, the stems two or more files share)


def _shared_stems(folder: pathlib.Path) -> frozenset:
    """The stems that two or more readable files (SUFFIXES) of `folder` share; read once per folder while its
    list of files is unchanged (its modification time)."""
    try:
        mtime = folder.stat().st_mtime_ns
        key = str(folder)
        if key not in _STEMS or _STEMS[key][0] != mtime:
            seen: dict[str, int] = {}
            for name in os.listdir(folder):
                if not name.startswith(".") and _suffix(name) in SUFFIXES:
                    seen[_stem(name)] = seen.get(_stem(name), 0) + 1
            if len(_STEMS) > 4096:
                _STEMS.clear()
            _STEMS[key] = (mtime, frozenset(s for s, n in seen.items() if n > 1))
        return _STEMS[key][1]
    except OSError:
        return frozenset()


def _stem(name: str) -> str:
    """A file name without its extension (both, for `x.warc.gz`)."""
    stem, ext = os.path.splitext(name)
    if ext.lower() == ".gz":
        stem = os.path.splitext(stem)[0]
    return stem


def read_file(path: pathlib.Path, *, id: str) -> Iterator[Item]:
    """One file, read as what its content is; a date in its path is the fallback publication date ('filename').

    A file too big for one article is refused on its size before it is opened, unless its name says it
    may hold many (an archive, a feed, JSON lines, gzip); then its content decides.
    """
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > files.MAX_BYTES and _suffix(path.name) in SINGLE and not path.name.lower().endswith(".gz"):
            yield ReadError(origin, _over(size), id)
            return
        handle = files.open_binary(path)
    except OSError as exc:
        yield ReadError(origin, f"cannot read: {exc.strerror or exc}", id)
        return
    except ValueError as exc:                      # not a regular file (open_regular)
        yield ReadError(origin, str(exc), id)
        return
    with handle:
        if size == 0 and _suffix(path.name) != ".jsonl":      # a 0-byte archive or feed was said to be "empty text"
            yield ReadError(origin, "empty file (0 bytes)", id)   # (user53); a .jsonl one says it has no lines
            return
        try:
            head = handle.read(HEAD)
            handle.seek(0)
        except OSError as exc:
            yield ReadError(origin, f"cannot read: {exc.strerror or exc}", id)
            return
        items = read_stream(handle, head, origin=origin, id=id, name=path.name.lower(), size=size)
        named = date_in_name(str(path))
        yield from _fallback(items, (named, "filename")) if named else items


def _over(size: int) -> str:
    return f"file of {size:,} bytes is over the {files.MAX_BYTES:,}-byte limit for one article"


def read_stream(stream: BinaryIO, head: bytes, *, origin: str, id: str, name: str,
                size: Optional[int] = None) -> Iterator[Item]:
    """A stream (at its start; `head` its first bytes, `size` its size when known) read as what it holds;
    `name` (lower case) tells JSON lines."""
    kind = sniff(_as_utf8(head))
    packed = False                                     # read through gzip: what fails to unpack is said so
    if kind == "gzip":
        try:
            inner = zlib.decompressobj(31).decompress(head, HEAD)
        except zlib.error as exc:
            yield ReadError(origin, f"not readable gzip: {exc}", id)
            return
        if sniff(inner) in ("warc", "arc"):            # warcio reads gzipped archives itself
            yield from read_warc(stream, origin=origin, id=id)
            return
        stream, head, size, packed = gzip.GzipFile(fileobj=stream), inner, None, True
        name = name[:-3] if name.endswith(".gz") else name
        kind = sniff(_as_utf8(head))
    if kind in ("warc", "arc"):
        yield from read_warc(stream, origin=origin, id=id)
    elif kind in UNREADABLE:
        yield ReadError(origin, UNREADABLE[kind], id)
    elif name.endswith(".jsonl"):
        wide = files.wide_codec(head)
        if wide is None and b"\x00" in head and not jsonl.starts_as_lines(head):
            yield ReadError(origin, "binary file (NUL bytes), not JSON lines", id)
            return
        yield from jsonl.read_lines(jsonl.Utf16Lines(stream, wide) if wide else stream, origin=origin, id=id)
    elif kind == "feed":
        data = _whole(stream, MAX_FEED_BYTES, origin, id, "feed", packed)
        yield from data if isinstance(data, list) else read_feed(data, origin=origin, id=id)
    elif size is not None and size > files.MAX_BYTES:
        yield ReadError(origin, _over(size), id)
    else:
        data = _whole(stream, files.MAX_BYTES, origin, id, "article", packed)
        if isinstance(data, list):
            yield from data
        elif kind == "html":
            yield from read_html(data, origin=origin, id=id)
        else:
            yield from files.article(data, origin=origin, id=id)


def _as_utf8(head: bytes) -> bytes:
    """A head in UTF-16 or UTF-32, with its BOM or without (review52b), as UTF-8, for `sniff` (user52: such an HTML
    page or feed was told as text, and its markup read as the article); other heads as they are. The readers decode
    the bytes themselves."""
    codec = files.wide_codec(head)
    if codec is None:
        return head
    return head.decode(codec, errors="ignore").encode("utf-8")      # (a character cut at the head's end dropped)


def _whole(stream: BinaryIO, limit: int, origin: str, id: str, what: str, packed: bool = False) -> Union[bytes, list]:
    """The stream's bytes up to `limit`; over it (or unreadable), a list holding the ReadError. `packed`: read through
    gzip, whose failures are said as docs/input.md says them, `not readable gzip: ...` (user54: a gzip cut short
    said `cannot read: Compressed file ended ...`, as if the disk had failed)."""
    try:
        data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        if packed and isinstance(exc, (EOFError, zlib.error, gzip.BadGzipFile)):
            return [ReadError(origin, f"not readable gzip: {exc} (a file cut short?)", id)]
        return [ReadError(origin, f"cannot read: {getattr(exc, 'strerror', None) or exc}", id)]
    if len(data) > limit:
        return [ReadError(origin, f"input over the {limit:,}-byte limit for one {what}", id)]
    return data


def _fallback(items: Iterable[Item], fallback: tuple[str, str]) -> Iterator[Item]:
    """Articles given a fallback publication date when their reader found none."""
    for item in items:
        if isinstance(item, RawArticle) and item.fallback_published is None:
            item = dataclasses.replace(item, fallback_published=fallback)
        yield item


class _Joined:
    """A read-only stream of `head` followed by the rest of `stream` (standard input cannot seek back)."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self.head, self.stream = head, stream

    def read(self, n: int = -1) -> bytes:
        if self.head:
            if n is None or n < 0:
                out, self.head = self.head + self.stream.read(), b""
                return out
            out, self.head = self.head[:n], self.head[n:]
            return out if len(out) == n else out + self.stream.read(n - len(out))
        return self.stream.read(n)

    def readline(self, limit: int = -1) -> bytes:
        if self.head:
            cut = self.head.find(b"\n") + 1 or len(self.head)
            if 0 <= limit < cut:
                cut = limit
            out, self.head = self.head[:cut], self.head[cut:]
            if out.endswith(b"\n") or (0 <= limit <= len(out)):
                return out
            return out + self.stream.readline(-1 if limit < 0 else limit - len(out))
        return self.stream.readline(limit)
