"""Built artefacts (the gazetteer index, the tokenised lexicon forms) kept between runs, keyed by content.

`cached(name, build, inputs)` returns what `build()` returns, from a pickle in the cache folder when one was
written for the same inputs: the key is the SHA-256 of the name, dateline's version, the bytes of every input
file (lexicons, the module that builds it) and every input string (a package's version). Change any of them
and the artefact is built again; nothing is ever fetched. Artefacts of other inputs are removed once unused for
a day (`KEEP_UNUSED_SECONDS`). Any stage with a costly, deterministic build from
local data uses it (docs/lexicons.md, "Start-up cache").

The folder: $DATELINE_CACHE, else $XDG_CACHE_HOME/dateline, else ~/.cache/dateline (made private, 0700);
`DATELINE_CACHE=off` turns the cache off. A cache that cannot be read or written is ignored (built in memory).
Only files this process's user wrote there are read: the folder must be owned by us and not writable by others.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pathlib
import pickle
import tempfile
import time
from typing import Any, Callable, Iterable, Optional, Union

Input = Union[str, pathlib.Path]


def folder() -> Optional[pathlib.Path]:
    """The cache folder, or None when the cache is off."""
    env = os.environ.get("DATELINE_CACHE")
    if env is not None and env.strip().lower() in ("off", "0", "no", ""):
        return None
    if env:
        return pathlib.Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "dateline"


def key(name: str, inputs: Iterable[Input]) -> str:
    """The content key of an artefact: its name, dateline's version, each input file's bytes or input string."""
    from .. import __version__

    h = hashlib.sha256(f"{name}\0{__version__}\0".encode())
    for item in inputs:
        if isinstance(item, pathlib.Path):
            h.update(b"file\0" + item.read_bytes() + b"\0")
        else:
            h.update(b"str\0" + str(item).encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _safe(dirpath: pathlib.Path) -> bool:
    """A folder we own that no one else may write to (we read pickles from it)."""
    try:
        st = dirpath.stat()
    except OSError:
        return False
    return (not hasattr(os, "getuid") or st.st_uid == os.getuid()) and not st.st_mode & 0o022


def cached(name: str, build: Callable[[], Any], inputs: Iterable[Input]) -> Any:
    """`build()`, or the artefact stored for the same name and inputs (see the module docstring)."""
    where = folder()
    if where is None:
        return build()
    try:
        file = where / f"{name}-{key(name, inputs)[:24]}.pickle"
    except OSError:
        return build()
    if file.exists() and _safe(where):
        try:
            data = file.read_bytes()
            _touch(file)
            was = gc.isenabled()
            gc.disable()                  # many small objects: the collector would walk them again and again
            try:
                return pickle.loads(data)
            finally:
                if was:
                    gc.enable()
        except Exception:                 # a damaged or foreign file: build again and replace it
            pass
    value = build()
    try:
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        if _safe(where):
            fd, tmp = tempfile.mkstemp(dir=where, prefix=f".{name}-", suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, file)
            stale = time.time() - KEEP_UNUSED_SECONDS
            for old in where.glob(f"{name}-*.pickle"):       # artefacts of older inputs, unused for a day
                if old != file and old.stat().st_mtime < stale:
                    old.unlink(missing_ok=True)
    except OSError:
        pass
    return value


# An artefact of other inputs is removed once unused this long (each read refreshes its time): two checkouts or
# versions run on one machine (a developer's branches, CI) keep each its own instead of removing the other's at
# every start and building its own again (a second of CPU for the actor phrases).
KEEP_UNUSED_SECONDS = 24 * 3600


def _touch(file: pathlib.Path) -> None:
    """Mark an artefact as used now (its modification time), so that pruning keeps it."""
    try:
        os.utime(file)
    except OSError:
        pass


def package_version(dist: str) -> str:
    """An input string for a PyPI package's data: its name and installed version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{dist}=={version(dist)}"
    except PackageNotFoundError:
        return f"{dist}==?"
