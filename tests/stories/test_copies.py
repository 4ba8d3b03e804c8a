"""Near-copies: reprints of an invented wire story are copies; other stories on the same topic are not."""
from __future__ import annotations

from dateline.stories import copies
from tests.stories.wire import LOOKALIKE, OTHER, WIRE

BODY = WIRE[WIRE.index("\n"):]
PARAGRAPHS = WIRE.split("\n\n")


def match(a: str, b: str):
    return copies.find_copy(copies.sketch("new", b), [(copies.sketch("old", a), None)])


def test_reprints_are_copies_of_the_wire_story():
    variants = {
        "new headline": "Fair shooting leaves two dead" + BODY,
        "cut ending": "\n\n".join(PARAGRAPHS[:4]) + "\n",
        "added paragraph": WIRE + "\nThe Valley Herald will publish the names of the victims when families agree.\n",
        "other dateline": WIRE.replace("MARROWBY, Vestland (Northwire) -", "KEDDLE (Coastal Times) -"),
    }
    for name, text in variants.items():
        found = match(WIRE, text)
        assert found is not None and found.copy_of == "old", name
        assert found.containment >= copies.MIN_CONTAINMENT, name


def test_other_stories_on_the_same_topic_are_not_copies():
    assert match(WIRE, OTHER) is None
    assert match(WIRE, LOOKALIKE) is None


def test_a_brief_quoted_in_a_long_roundup_is_not_a_copy():
    brief = PARAGRAPHS[1] + "\n"
    roundup = "\n\n".join([LOOKALIKE, OTHER, brief, "In other news, the valley's harvest festival opens Friday "
                           "with a parade of tractors and a dance in the square until midnight."] * 1)
    assert match(brief, roundup) is None


def test_a_copy_points_to_the_root_of_its_group():
    first, second = copies.sketch("a1", WIRE), copies.sketch("a2", "Two dead at fair" + BODY)
    found = copies.find_copy(second, [(first, "a0")])
    assert found.copy_of == "a0"


def test_sketches_and_band_keys_are_stable_across_runs():
    a, b = copies.sketch("x", WIRE), copies.sketch("y", WIRE)
    assert a.signature == b.signature and a.shingles == b.shingles
    keys = copies.band_keys(a)
    assert keys == copies.band_keys(b) and len(keys) == copies.BANDS == len(set(keys))
    assert copies.resemblance(a, b) == (1.0, 1.0)


def test_a_text_of_few_words_has_one_shingle():
    assert copies.shingles("Fair shut") == {b"fair shut"}
    assert copies.sketch("e", "").shingles == 0


def test_a_sketch_made_with_the_shared_permutations_is_the_one_a_fresh_minhash_gives():
    """user51: the permutations are drawn once per process, not per sketch; the signature must not change (stored
    sketches of earlier runs are compared with new ones)."""
    import numpy as np
    from datasketch import MinHash

    for text in (WIRE, OTHER, "Fair shut"):
        fresh = MinHash(num_perm=copies.NUM_PERM, seed=copies.SEED)
        fresh.update_batch(list(copies.shingles(text)))
        assert copies.sketch("x", text).signature == np.asarray(fresh.hashvalues, dtype="<u8").tobytes()
