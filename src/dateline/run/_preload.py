"""Imported once by the fork server of `ingest --workers N`: loads spaCy there, so each worker forks with it.

The one module where importing loads the model, on purpose: N workers then cost one load, not N.
"""
from .. import nlp
from .. import pipeline  # noqa: F401  (the extractors and their lexicon modules)

nlp.load()
