"""The seed article's layout (skipped when ../shared is absent)."""
import pathlib

import pytest

from dateline.records import RawArticle
from dateline.structure import blank, structure

SEED = pathlib.Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_9d7f141928ef44d0.txt"


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("../shared is not here")
    text = SEED.read_text(encoding="utf-8")
    return text, structure(RawArticle(id="seed", text=text))


def test_seed_layout(seed):
    text, lay = seed
    assert lay.title == "Russia takes distance from Assad, opposes regime change"
    assert lay.title_span[0] == 0 and len(lay.copies) == 2
    assert (lay.dateline.place, lay.dateline.agency) == ("Moscow", "AFP")
    (cap,) = lay.captions
    assert cap.credit == "YURI KADOBNOV"
    assert (lay.published, lay.published_from) == ("2012-05-28", "caption")
    assert lay.truncated is True


def test_seed_blanked_text(seed):
    text, lay = seed
    parsed = blank(text, lay.skip)
    assert len(parsed) == len(text) and parsed.count("\n") == text.count("\n")
    assert parsed.count("Russia takes distance") == 1
    assert "KADOBNOV" not in parsed and "Agence France" not in parsed
    assert "Russian Foreign Minister Sergei Lavrov (R)" in parsed
