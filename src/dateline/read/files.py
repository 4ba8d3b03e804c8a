"""Plain-text articles: one file an article, decoded (UTF-8, else by charset detection), size checked first."""
from __future__ import annotations

import codecs
import os
import pathlib
import re
import stat
from typing import BinaryIO, Iterator, Optional, Union

from ..records import RawArticle, ReadError

MAX_BYTES = 5_000_000   # one article (a file, a JSON line, standard input); larger ones are refused (docs/input.md)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# code pages of Latin script (not Cyrillic, Greek, Hebrew or Arabic ones)
_SINGLE_BYTE_LATIN = re.compile(r"^(?:cp125[0247]|cp8(?:50|52|58)|cp775|latin_1|iso8859_(?:1|2|3|4|9|10|13|14|15|16)"
                                r"|mac_(?:roman|latin2|iceland|turkish))$")
# control characters that never occur in text (tab, newline, carriage return, form feed excepted)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def bom_codec(data: bytes) -> Optional[str]:
    """'utf-32' or 'utf-16' when `data` starts with its byte-order mark (UTF-32's first: its little-endian BOM
    starts with UTF-16's), else None."""
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def wide_codec(head: bytes) -> Optional[str]:
    """The codec of UTF-16 or UTF-32 bytes, with their BOM (`bom_codec`) or without it (told by the NUL bytes of
    Latin-script text: 'utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be'); None for anything else (review52b: a
    page or JSON lines in UTF-16 without a BOM were read as text with its markup, or an error a line)."""
    return bom_codec(head) or _wide_without_bom(head)


def _wide_without_bom(data: bytes) -> Optional[str]:
    """'utf-32-le' / 'utf-32-be' / 'utf-16-le' / 'utf-16-be' when nearly every code unit of `data` (its first 64 KB)
    has the NUL bytes of Latin-script text at the places the codec puts them; else None (binary data, or text)."""
    sample = data[:65536]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    sample = sample[:len(sample) - len(sample) % 4]
    for codec, width, zeros in (("utf-32-le", 4, (1, 2, 3)), ("utf-32-be", 4, (0, 1, 2)),
                                ("utf-16-le", 2, (1,)), ("utf-16-be", 2, (0,))):
        units = len(sample) // width
        if all(sample[z::width].count(0) >= 0.9 * units for z in zeros):
            return codec
    return None


def decode(data: bytes) -> str:
    """UTF-8 when it is (a BOM is dropped); UTF-16/32 by their BOM; else the charset charset-normalizer finds.

    Raises ValueError for binary data (NUL bytes, or control characters in what decodes).
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _text_or_binary(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid {codec}: {exc.reason}") from None
    if b"\x00" in data[:65536]:
        wide = _wide_without_bom(data)
        try:
            text = None if wide is None or len(data) % (4 if "32" in wide else 2) else data.decode(wide)
        except UnicodeDecodeError:
            text = None
        if text is None:
            raise ValueError("binary file (NUL bytes), not text")
        return _text_or_binary(text)
    try:
        return _text_or_binary(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ValueError("binary data, not text in any known encoding")
    if _SINGLE_BYTE_LATIN.match(best.encoding):
        # short texts leave the Latin code pages indistinguishable; Windows-1252 is the legacy encoding of
        # English-language news copy, so it wins whenever the bytes are valid in it
        try:
            return _text_or_binary(data.decode("cp1252"))
        except UnicodeDecodeError:
            pass
    return _text_or_binary(str(best))


def decode_as(data: bytes, encoding: str) -> str:
    """Bytes in a declared encoding (an HTTP or <meta> charset); LookupError for a name Python does not know,
    UnicodeDecodeError when the bytes are not in it, ValueError for binary data.

    A BOM wins over the label (as in browsers); bytes labelled with a Latin code page that are valid UTF-8 and not
    plain ASCII are UTF-8 (a page saved as UTF-8 under an old label: read by the label, every accent would be two
    wrong letters, `JosÃ©`; Latin-1 text is almost never valid UTF-8) (user48)."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode(data)
    codec = codecs.lookup(encoding).name
    if codec in ("latin_1", "iso8859-1", "ascii"):
        codec = "cp1252"       # as browsers do: pages labelled Latin-1 or ASCII are read as Windows-1252
    if _SINGLE_BYTE_LATIN.match(codec.replace("-", "_")) and not data.isascii():
        try:
            return _text_or_binary(data.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    return _text_or_binary(text)


def _text_or_binary(text: str) -> str:
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise ValueError("binary data (control characters), not text")
    return text


_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"))


def special_kind(path: pathlib.Path) -> Optional[str]:
    """What `path` is when it is neither a regular file nor a folder ('a FIFO', 'a socket', ...), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None                      # reported by whoever opens it
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "a special file")


def open_regular(path: pathlib.Path) -> BinaryIO:
    """`path` opened for reading only if it is a regular file: opened without blocking (a FIFO swapped in
    after a check would otherwise wait for a writer), then checked. Raises OSError, or ValueError saying
    what it is instead."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "a special file")
            raise ValueError(f"not a regular file ({kind}): skipped")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def open_binary(path: pathlib.Path) -> BinaryIO:
    """The file opened for reading bytes, if it is a regular file (one place, so that tests can refuse it):
    `open_regular`."""
    return open_regular(path)


def read_text_file(path: pathlib.Path, *, id: str) -> Iterator[Union[RawArticle, ReadError]]:
    """One article from a text file; the size is checked (stat) before anything is read."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield ReadError(origin, f"file of {size:,} bytes is over the {MAX_BYTES:,}-byte limit for one article", id)
            return
        with open_regular(path) as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        yield ReadError(origin, f"cannot read: {exc.strerror or exc}", id)
        return
    except ValueError as exc:
        yield ReadError(origin, str(exc), id)
        return
    if len(data) > MAX_BYTES:       # grew since the stat, or a special file
        yield ReadError(origin, f"file over the {MAX_BYTES:,}-byte limit for one article", id)
        return
    yield from article(data, origin=origin, id=id)


def read_stream(stream: BinaryIO, *, origin: str, id: str, head: bytes = b"") -> Iterator[Union[RawArticle, ReadError]]:
    """One article from a stream (standard input), read up to the limit and no further."""
    data = head + stream.read(MAX_BYTES + 1 - len(head))
    if len(data) > MAX_BYTES:
        yield ReadError(origin, f"input over the {MAX_BYTES:,}-byte limit for one article", id)
        return
    yield from article(data, origin=origin, id=id)


def article(data: bytes, *, origin: str, id: str) -> Iterator[Union[RawArticle, ReadError]]:
    """Bytes -> a RawArticle, or a ReadError saying why not (binary, undecodable, empty)."""
    try:
        text = decode(data)
    except ValueError as exc:
        yield ReadError(origin, str(exc), id)
        return
    if not text.strip():
        yield ReadError(origin, "empty text", id)
        return
    yield RawArticle(id=id, text=text, origin=origin)
