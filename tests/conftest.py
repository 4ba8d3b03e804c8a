"""Shared fixtures: one spaCy pipeline per session, a helper that runs the whole pipeline on a text."""
from __future__ import annotations

import pathlib
import shutil

import pytest

SHARED = pathlib.Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "000_9d7f141928ef44d0.txt"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from dateline import nlp as nlp_module

    return nlp_module.load()


@pytest.fixture(scope="session")
def run(nlp):
    """run(text, published=None, title=None) -> Article, through the whole pipeline, with every event (no floor on
    their confidence: the extractor's tests see what it found)."""
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    def _run(text: str, *, published: str | None = None, title: str | None = None, id: str = "t") -> Article:
        (result,) = list(process([RawArticle(id=id, text=text, published=published, title=title, origin=id)],
                                 min_confidence=0))
        assert isinstance(result, Article), result
        return result

    return _run


@pytest.fixture(scope="session")
def seed_article(run):
    if not SEED.exists():
        pytest.skip("../shared is not here")
    return run(SEED.read_text(encoding="utf-8"), id=SEED.stem)


@pytest.fixture(scope="session")
def ctx_of(nlp):
    """ctx_of(text, published=None) -> extractor Context, structured and parsed exactly as the pipeline does."""
    from dateline.pipeline import context
    from dateline.records import RawArticle

    def make(text: str, *, published: str | None = None):
        return context(RawArticle(id="t", text=text, published=published, origin="t"))
    return make


@pytest.fixture(scope="session")
def _stories_template(tmp_path_factory) -> pathlib.Path:
    from tests.store.conftest import write_stories

    return pathlib.Path(write_stories(tmp_path_factory.mktemp("stories") / "stories.duckdb"))


@pytest.fixture
def stories_db(tmp_path, _stories_template) -> str:
    """A fresh store file of the hand-made stories (tests/store/conftest.py): a copy of one written once a session."""
    path = tmp_path / "stories.duckdb"
    shutil.copyfile(_stories_template, path)
    return str(path)


# property-based tests (tests/test_properties.py): a few examples in the quick loop, many under `make test`
# (HYPOTHESIS_PROFILE=deep), none timed (a parse may take a while on a busy machine)
try:
    from hypothesis import HealthCheck, settings

    settings.register_profile("quick", max_examples=15, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    settings.register_profile("deep", max_examples=300, deadline=None,
                              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    import os as _os

    settings.load_profile(_os.environ.get("HYPOTHESIS_PROFILE", "quick"))
except ImportError:          # hypothesis is in requirements.txt; without it only those tests skip
    pass
