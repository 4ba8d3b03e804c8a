"""user44: a line a web page labels as a caption or as a picture's source (`Picture caption: ...`, BBC's
`Image caption, ...` and `Image source, Getty Images`) is a caption, the label blanked; the story's last line is then
the one before it (no cut-off ending read off a caption without a full stop). Invented lines."""
import pytest

from dateline.structure import blank

STORY = ("Aid workers freed\n\nTwo aid workers seized in the north last year have been freed, the ministry said.\n\n"
         "{line}\n")


@pytest.mark.parametrize("line", [
    "Picture caption: The two workers in a photo released by the charity",     # fails on main: no caption, truncated
    "Image caption, The two workers waved from the aircraft steps",            # fails on main
    "Caption: Relatives wait at the airport in the rain",                      # fails on main
])
def test_labelled_caption_line(layout_of, line):
    text, lay = layout_of(STORY.format(line=line))
    (cap,) = lay.captions
    assert text[cap.start:cap.end] == line and cap.credit is None
    assert not lay.truncated
    parsed = blank(text, lay.skip)
    label = line.split(" ", 2)[:2] if line.startswith(("Picture", "Image")) else line.split(" ", 1)[:1]
    assert " ".join(label) not in parsed              # the label is blanked, the words of the caption read
    assert line.split()[-1] in parsed


def test_picture_source_line_names_its_credit(layout_of):
    """fails on main: `Image source, Getty Images` was a line of the story."""
    text, lay = layout_of(STORY.format(line="Image source, Getty Images\nImage caption, The workers at the airport"))
    assert [c.credit for c in lay.captions] == ["Getty Images", None]
    assert "Getty" not in blank(text, lay.skip)


@pytest.mark.parametrize("line", [
    "The caption competition was won by a student from Leeds.",   # a word, not a label
    "Image sources said the satellite pictures were taken on Monday.",
])
def test_story_lines_are_no_labelled_captions(layout_of, line):
    _, lay = layout_of(STORY.format(line=line))
    assert lay.captions == ()
