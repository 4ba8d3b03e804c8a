"""ev36c: a speaker phrase the parse cut before its name (`Ohio-based Peter Hanley said`, `said Budget ranking
Democrat Elijah Moore`) is the person, not the place or the office; invented sentences, checked through
extract_quotes on a real parse."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def speakers_of(ctx_of):
    from dateline.extractors.quotes import extract_quotes

    def _speakers(text: str):
        return [(q.text.strip('"“”, ')[:12], q.speaker.text if q.speaker else None,
                 q.speaker.name.text if q.speaker and q.speaker.name else None) for q in extract_quotes(ctx_of(text))]

    return _speakers


def test_place_based_person_is_the_speaker(speakers_of):
    found = speakers_of('The vote was close. "Dunmore is collapsing," Ohio-based Peter Hanley said. '
                        '"His campaign was badly unprepared for scrutiny."')
    assert [f[2] for f in found] == ["Peter Hanley", "Peter Hanley"], found
    assert all("Hanley" in f[1] for f in found), found


def test_office_word_before_an_inverted_speaker_name(speakers_of):
    found = speakers_of('"They tried everything before the conventions," said Oversight ranking Democrat '
                        'Elijah Cummings (D-Md.). "Republicans are now squandering even more money."')
    assert found and all(f[1] and f[1].endswith("Elijah Cummings") for f in found), found


def test_possessor_and_preposition_object_stay_out(speakers_of):
    # guards (pass on main too): the name owning the speaker or after a preposition is not the speaker
    found = speakers_of('"The attacks draw us together," Ms. Kellner\'s spokesman, Rolf Adler, wrote on Twitter.')
    assert found and "spokesman" in found[0][1], found
    found = speakers_of('"We will appeal," said the lawyer for Maria Lowell. "The ruling is wrong."')
    assert found and all(f[1] == "the lawyer" for f in found), found


def test_title_and_name_parsed_whole_unchanged(speakers_of):
    # guard (passes on main too): a title phrase the parse keeps whole
    found = speakers_of('"We will appeal," said police chief Ann Hale. "The ruling is wrong."')
    assert [f[2] for f in found] == ["Ann Hale", "Ann Hale"], found
