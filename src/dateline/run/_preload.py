"""Imported once by the fork server of `ingest --workers N`: loads spaCy and warms every lexicon there, so each
worker forks with all of it in memory (N workers, and every recycled worker, cost one load, not one each).

The one module where importing does work, on purpose. The fork server dies with the runner that started it.
"""
from ._orphans import die_with_parent

die_with_parent()

from .. import pipeline  # noqa: E402

# What is loaded here is shared by every worker until something writes to its pages. Python's garbage collector
# writes to every object it scans, so a worker's first collections would copy the server's pages into its own
# memory (about 25 MB each); frozen, the loaded objects are never scanned (gc.freeze, made for this use).
pipeline.warm_up(freeze=True)
