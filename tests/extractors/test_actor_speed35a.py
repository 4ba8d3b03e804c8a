"""speed35a: the actors stage's cuts answer as the code before them (invented texts): the cue pattern tried only where
a kept phrase starts, a text with a cased letter outside ASCII no longer sent to the whole pattern, and
`_places_outweigh` skipped only where no other country can have the place votes it needs."""
from __future__ import annotations

import random
import sys

import pytest

import dateline.extractors.actors  # noqa: F401  (the package's `codes` name is its pass: the module by sys.modules)
from tests.helpers import actor_at

codes = sys.modules["dateline.extractors.actors.codes"]

PIECES = ["sheriff's office", "Sheriff’s Office", "county sheriff", "COUNTY SHERIFF'S DEPUTIES", "felony", "felonyx",
          "misdemeanor", "misdemeanors", "grand jury", "district attorney", "assistant district attorney",
          "state trooper", "troopers", "Scotland Yard", "crown attorney", "£", "£200", "the", "x", "_", "-", " ", " ",
          ", ", ".", "é", "ñ", "Señor", "İ", "ſheriff's office", "\u212aelvin", "Σ", "ß", "öffice", "9"]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30))) for _ in range(n)]


def test_cue_matches_are_the_patterns_own():
    rng = random.Random(35)
    for text in _random_texts(400, 35):
        windows = [(0, len(text))] + [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text)))))
                                      for _ in range(4)]
        for lo, hi in windows:
            kept = codes._cues_in(text, lo, hi)
            if kept == ():
                assert not list(codes._cue_pattern().finditer(text, lo, hi)), (text, lo, hi)
                continue
            mine = [(m.span(), m.group(0)) for m in codes._cue_matches(text, lo, hi, kept)]
            theirs = [(m.span(), m.group(0)) for m in codes._cue_pattern(kept).finditer(text, lo, hi)]
            whole = [(m.span(), m.group(0)) for m in codes._cue_pattern().finditer(text, lo, hi)]
            assert mine == theirs == whole, (text, lo, hi)


def test_case_trouble_marks_only_letters_the_pattern_pairs_otherwise():
    assert not any(codes._case_trouble(chr(i)) for i in range(128))   # (`_cues_in` reads ASCII text as it is)
    for c in ("ſ", "İ", "ı", "Σ"):
        assert codes._case_trouble(c), c
    for c in ("é", "ñ", "Ö", "’", "£", "ç", "\u212a"):     # (the Kelvin sign lowers to `k`, as the pattern pairs it)
        assert not codes._case_trouble(c), c
    assert codes._cues_in("Señor Ortiz spoke to the sheriff's office.", 0, 41) != ()


def test_cue_votes_of_a_whole_text_asked_again_are_the_same():
    text = "The Titus County Sheriff's Office said the man faces a felony charge; a grand jury will meet."
    first = codes.cue_votes(text)
    first["USA"] += 10                                       # (a caller's change does not reach the kept votes)
    assert codes.cue_votes(text)["USA"] == 3
    assert codes.cue_votes(text, 0, 30)["USA"] == 1


@pytest.fixture
def checked_outweigh(monkeypatch):
    """Every `_places_outweigh` of a run checked: the bound at least each other country's place votes, and the
    answer the one of place_votes without the gate (as before speed35a); the calls listed."""
    calls = []
    gated = codes._places_outweigh

    def check(st, found, counts):
        places = +codes.place_votes(st, 0, len(st.ctx.text), cues=True)
        for home in {found[0], "USA", "GBR"}:
            bound = codes._most_place_votes_abroad(st, home)
            assert bound >= max((n for iso3, n in places.items() if iso3 != home), default=0), (home, places)
        ranked = places.most_common(1)
        ungated = found if not ranked or ranked[0][0] == found[0] or ranked[0][1] < codes.PLACES_OUTWEIGH or \
            ranked[0][1] < 3 * places[found[0]] or ranked[0][1] < 2 * counts[found[0]] else \
            (ranked[0][0], ranked[0][1] / sum(places.values()))
        answer = gated(st, found, counts)
        assert answer == ungated
        calls.append((found, answer))
        return answer

    monkeypatch.setattr(codes, "_places_outweigh", check)
    return calls


def test_a_town_named_like_a_country_still_outweighs_the_old_country(run, checked_outweigh):
    """`Palestine, Texas` once, then `Palestine` alone: each a vote for the US town, though a country's name (a bound
    that passed over country names skipped this article)."""
    text = ("Palestine man ran a bakery, loved chess. Omid Farahani was born in northern Iran in 1931. He married Leila "
            "Rostami in Tabriz, and Iran was their home for forty years until the Shah of Iran fell. Iran then closed "
            "his shop. The couple moved to Palestine, Texas, in 1979. He opened a bakery in Palestine and later a "
            "second one in Palestine. \"He loved chess and bread,\" said his son Kian Farahani of Palestine. Other "
            "survivors include daughters Mina Farahani of Palestine and Shirin Farahani of Palestine.")
    art = run(text)
    assert ("IRN", 1.0) in [found for found, _ in checked_outweigh]
    assert any(answer[0] == "USA" for _, answer in checked_outweigh)
    for name in ("Omid Farahani", "Kian Farahani"):
        a = actor_at(art, text, name)
        assert a is not None and a.country == "USA", (name, a)


def test_a_story_whose_actors_name_their_country_keeps_it(run, checked_outweigh):
    text = ("LONDON (Reuters) - British officials met Burmese ministers in Yangon and Mandalay on Monday. British "
            "Foreign Secretary Anne Hale said Britain would send aid. The British embassy in Naypyidaw said talks in "
            "Yangon would go on. Britain and Burma signed a trade accord in Mandalay in 2012.")
    run(text)
    assert all(found == answer for found, answer in checked_outweigh)


def test_local_news_whose_counties_and_cues_outweigh_a_foreign_home(run, checked_outweigh):
    """The place votes are US counties and phrases of American institutions (` County` counted where the home is
    not the USA) and a town: they outweigh the consulate's country."""
    text = ("Mexican officials said Tuesday that a Mexican citizen was held by the Titus County Sheriff's Office. "
            "The Mexican consulate in Dallas said the man, Luis Ortega, of Mount Pleasant, faces a felony charge. "
            "Mexican diplomats said they would visit him. A Titus County grand jury will meet in Mount Pleasant, and "
            "the district attorney said a Franklin County deputy and a state trooper found the car near Mount Vernon, "
            "Texas, and Cass County.")
    art = run(text)
    assert [answer[0] for found, answer in checked_outweigh if found[0] == "MEX"] == ["USA"]
    a = actor_at(art, text, "Luis Ortega")
    assert a is not None and a.country == "USA", a


def test_cue_bound_abroad_is_at_least_each_other_countrys_cue_votes():
    texts = ["Scotland Yard and SCOTLAND YARD detectives told a grand jury; the Garda, the gardaí and the RCMP "
             "helped. Fines of £200 and £50.",
             "The Crown Court heard the district attorney; Whitehall and the NHS were named. ſcotland Yard.",
             "A Dáil committee and the Taoiseach; the county sheriff, Cromwell, CT 06416.", ""]
    for text in texts + _random_texts(200, 7):
        votes = codes.cue_votes(text)
        for home in ("USA", "GBR", "IRL", "XXX"):
            assert codes._most_cue_votes_abroad(text, home) >= max(
                (n for iso3, n in votes.items() if iso3 != home), default=0), (text, home)
