"""Truncated endings: a last line cut mid-list or mid-sentence."""
import pytest


def test_truncated_fixture(layout_of):
    _, lay = layout_of("structure_truncated.txt")
    assert lay.truncated is True


@pytest.mark.parametrize("ending, cut", [
    ("Delegations came from Jordan, Lebanon,", True),
    ("The ministers agreed to meet again in", True),
    ("Officials said the talks would continue next week and", True),
    ("Officials said the talks would continue next week when the", True),
    ("The talks will resume next month...", True),
    ("The talks will resume next month.", False),
    ("Will the talks resume?", False),
    ('"We will be back," she said.', False),
    ("“We will be back.”", False),
    ("Watch the interview below:", False),
    ("(Reporting by Jane Doe; editing by John Roe)", False),
    ("By Maria Lopez", False),
    ("Senator Makes Surprise Visit To Border Town", False),
    # a byline, a sign-off or a links line that closes the story without a full stop is no cut sentence (user45)
    ("By Tamar Okafor | Special to the Courier", False),
    ("- Reporting by our staff in Dodoma", False),
    ("Additional reporting by Lena Marsh in Oslo", False),
    ("Related: Mayor opens new bridge | Flood fund runs dry", False),
    # ... but a sentence that opens with `By` is judged as a sentence
    ("By nightfall the rescuers had reached the last of the villages in the valley", True),
])
def test_endings(layout_of, ending, cut):
    _, lay = layout_of("Headline\n\nThe first paragraph of the story.\n\n" + ending + "\n\n")
    assert lay.truncated is cut, ending


def test_title_only_text_is_not_truncated(layout_of):
    _, lay = layout_of("Talks on water sharing\n\nTalks on water sharing\n")
    assert lay.truncated is False


def test_caption_after_the_end_does_not_hide_a_cut(layout_of):
    text = ("Headline\n\nThe first paragraph of the story.\n\nDelegations came from Jordan, Lebanon,\n\n"
            "Ministers arrive for the talks. REUTERS/Dana Whitcombe\n")
    _, lay = layout_of(text)
    assert lay.truncated is True and len(lay.captions) == 1
