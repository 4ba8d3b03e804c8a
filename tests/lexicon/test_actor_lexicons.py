"""The actor lexicons load, have the columns their loaders expect, and answer office questions by date."""
from __future__ import annotations

from dateline.lexicon import actors as lex


def test_people_load_with_offices_and_dates():
    people = lex.people()
    assert len(people) > 200
    for person in people.values():
        for office in person.offices:
            assert office.sector in lex.SECTORS, (person.name, office.sector)
            assert office.country is None or len(office.country) == 3
            assert office.start is None or len(office.start) == 10
            assert office.end is None or office.start is None or office.start < office.end, person.name


def test_office_on_a_date():
    hague = lex.people()["William Hague"]
    assert hague.at("2012-05-28") == ("GBR", "GOV", "foreign secretary")
    assert hague.at("2016-01-01") == ("GBR", "ELI", "former foreign secretary")
    putin = lex.people()["Vladimir Putin"]
    assert putin.at("2010-01-01")[2] == "prime minister"
    assert putin.at("2013-01-01")[2] == "president"


def test_shared_short_forms_resolve_by_date():
    assert lex.resolve_person("Sharaa", "2009-05-01").name == "Farouk al-Sharaa"
    assert lex.resolve_person("Sharaa", "2025-06-01").name == "Ahmed al-Sharaa"
    assert lex.resolve_person("Clinton", "1996-01-01").name == "Bill Clinton"
    assert lex.resolve_person("Lavrov", None).name == "Sergei Lavrov"


def test_organisations_and_media():
    forms = lex.organisation_forms()
    assert forms["UN"].country == "IGO" and forms["UN"].sector == "IGO"
    assert forms["Amnesty International"].sector == "NGO"
    assert forms["Reuters"].sector == "MED"
    assert forms["The New York Times"].country == "USA"
    assert forms["Pentagon"].kind == "state"
    for org in lex.organisations():
        assert org.sector in lex.SECTORS and org.kind in ("org", "state")


def test_titles_and_office_classes():
    t = lex.titles()
    assert t["foreign minister"]["person"].sector == "GOV"
    assert t["troops"]["group"].sector == "MIL"
    assert lex.office_of("foreign secretary") == lex.office_of("secretary of state") == "fm"
    assert lex.office_of("UN secretary-general") == "sg"
    for kinds in t.values():
        for title in kinds.values():
            assert title.sector in lex.SECTORS


def test_countries_demonyms_capitals():
    c = lex.countries()
    assert c.names["Russia"] == "RUS" and c.names["Syrian Arab Republic"] == "SYR"
    assert c.demonyms["British"] == "GBR" and c.capitals["Moscow"] == "RUS"
    assert c.display["GBR"] == "United Kingdom"
    assert set(lex.org_words().values()) <= set(lex.SECTORS)


def test_docs_list_every_sector_and_lexicon():
    import pathlib

    docs = pathlib.Path(__file__).resolve().parents[2] / "docs" / "actors.md"
    text = docs.read_text(encoding="utf-8")
    for code in lex.SECTORS:
        assert f"| {code} |" in text, code
    for name in ("people.tsv", "organisations.tsv", "media.tsv", "titles.tsv", "countries.tsv", "orgwords.tsv",
                 "coref_nouns.tsv", "actor_words.tsv", "state_roles.tsv"):
        assert name in text


def test_coref_nouns_have_known_kinds_and_sectors():
    nouns = lex.coref_nouns()
    assert nouns["country"].kind == "state" and nouns["alliance"].kind == "org"
    assert {n.kind for n in nouns.values()} <= {"state", "other", "group", "org"}
    assert all(set(n.sectors) <= set(lex.SECTORS) for n in nouns.values())


def test_before_the_first_office_only_the_country_is_known():
    obama = lex.people()["Barack Obama"]
    assert obama.at("2003-06-01") == ("USA", None, None)
    assert obama.at("2006-06-01") == ("USA", "LEG", "senator")
    assert obama.at(None) == ("USA", "GOV", "president")           # no date: the latest office


def test_word_classes_and_state_roles():
    import pytest

    assert "in" in lex.words("locative") and "acting" in lex.words("title_prefix")
    assert "regime" in lex.words("state_noun") and "world" in lex.words("bloc")
    assert "a" in lex.words("indefinite") and "seem" in lex.words("expletive_head")
    for name in ("locative", "title_prefix", "state_noun", "bloc", "indefinite", "expletive_head"):
        assert all(w == w.lower() and " " not in w for w in lex.words(name)), name
    with pytest.raises(KeyError):
        lex.words("no such class")
    assert lex.state_roles()["MIL"] == "military"
    assert set(lex.state_roles()) <= set(lex.SECTORS)


def test_parties_name_people_and_parties_of_the_lexicons():
    parties = lex.parties()
    names = {o.name for o in lex.organisations()}
    assert parties.words["GOP"] == parties.members["Donald Trump"] == "Republican Party"
    assert parties.members["Hillary Clinton"] == "Democratic Party"
    assert set(parties.members) <= set(lex.people()), set(parties.members) - set(lex.people())
    assert set(parties.members.values()) | set(parties.words.values()) <= names


def test_new_word_classes_are_lower_case_words():
    for name in ("country_topic", "place_noun", "venue", "category", "vehicle", "information", "naming"):
        assert lex.words(name) and all(w == w.lower() and " " not in w for w in lex.words(name)), name


def test_companies_rows_and_no_form_shared():
    import pycountry

    from dateline.lexicon import rows

    table = rows("companies.tsv", ("name", "aliases", "country", "sector", "role"))
    assert len(table) > 100
    for r in table:
        assert r["sector"] == "BUS" and pycountry.countries.get(alpha_3=r["country"]) is not None, r
    forms = [f for o in lex.organisations() for f in {o.name, *o.aliases}]
    assert len(forms) == len(set(forms))              # no written form names two organisations
    assert lex.organisation_forms()["Wells Fargo"].sector == "BUS"


def test_description_word_classes_are_data_and_described():
    """The word sets descriptions.py once wrote in code are actor_words.tsv classes, each described in its header."""
    import pathlib
    import re

    from dateline.lexicon import classes

    moved = ("future", "local_noun", "possessive_mark", "quality", "countryless_group", "group_noun", "culprit", "many",
             "which", "people_kind", "named_by_role", "of_a_place", "quantity")
    text = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    header = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", text, re.M)}
    assert set(moved) <= header and set(moved) <= set(classes("actor_words.tsv"))
    assert "next" in lex.words("future") and "’s" in lex.words("possessive_mark")
    assert "majority" in lex.words("quantity") and "resident" in lex.words("of_a_place")


def test_one_class_per_notion():
    """mend26: act25's `occasion` joined act25b's `party_kind` (modifiers of a party that is a gathering), and
    `locality` (the same four words) joined `local_noun`: each notion has one class."""
    from dateline.lexicon import classes

    found = classes("actor_words.tsv")
    assert "occasion" not in found and "locality" not in found
    assert {"wedding", "birthday", "keg", "office"} <= lex.words("party_kind")
    assert lex.words("local_noun") == {"city", "town", "county", "state"}


def test_mood_word_classes_are_data():
    """checks.py's modal, ordinal and determiner sets are event_senses.tsv classes."""
    from dateline.extractors.events import checks

    w = checks.senses()
    assert w["irrealis"] == {"would", "could", "might", "may"}
    assert {"'d", "'ll", "wo", "ca"} <= w["modalword"] and "first" in w["ordinal"] and "any" in w["indefinite"]


def test_act3_word_sets_are_data_and_described():
    """The word sets act3 wrote in people.py, states.py, hits.py and actors/__init__.py are actor_words.tsv classes,
    each described in its header, and no longer in the code."""
    import pathlib
    import re

    from dateline.extractors import actors
    from dateline.extractors.actors import hits, people, states

    moved = ("piece", "head_title", "team_side", "service_name", "made_again", "work_maker", "not_now", "charge_noun",
             "law_agent")
    text = (pathlib.Path(lex.__file__).parent / "actor_words.tsv").read_text(encoding="utf-8")
    header = {m.group(1) for m in re.finditer(r"^#\s+(\S+)\s", text, re.M)}
    assert set(moved) <= header and all(lex.words(c) for c in moved)
    assert "op-ed" in lex.words("piece") and "air force" in lex.words("service_name")
    assert "vice president" in lex.words("head_title") and "ex" in lex.words("not_now")
    for module, name in ((people, "_PIECES"), (people, "_HEAD_TITLES"), (states, "_SERVICE_NAMES"), (hits, "_AUTHORS"),
                         (actors, "_NOT_NOW")):
        assert not hasattr(module, name), name


def test_orgwords_rows_used_only_for_a_sector_make_no_body():
    """orgwords.tsv's `use` column is blank or `sector`; a `sector` row (sect50: `board`) gives a found body's sector
    (`lex.org_sector_words`) but is no word that makes a name a body's (`lex.org_words`)."""
    from dateline.lexicon import rows

    uses = {r["use"] for r in rows("orgwords.tsv", ("word", "sector", "use"))}
    assert uses <= {"", "sector"}, uses
    assert lex.org_sector_words()["board"] == "GOV" and "board" not in lex.org_words()
    assert set(lex.org_words()) < set(lex.org_sector_words())


def test_clubs_rows_and_no_form_shared():
    """clubs.tsv (act55a): every club has a home town, a country of ISO 3166 and a league, and no written form names
    two clubs (a nickname two clubs share, `Rangers`, `Spurs`, is left out, as the header says)."""
    import pycountry

    from dateline.lexicon import rows, split

    table = rows("clubs.tsv", ("name", "aliases", "town", "country", "league"))
    assert len(table) > 300
    forms = []
    for r in table:
        assert r["town"] and r["league"] and pycountry.countries.get(alpha_3=r["country"]) is not None, r
        forms += [r["name"], *split(r["aliases"])]
    assert len(forms) == len(set(forms))
    assert not {"Rangers", "Spurs", "Kings", "Giants", "Senators"} & set(forms)
    assert lex.club_forms()["Canucks"].country == "CAN" and lex.club_forms()["Crystal Palace"].country == "GBR"
    assert "forward" in lex.words("club_person") and "fans" not in lex.words("club_person")


def test_each_private_speaker_word_is_in_one_list():
    """tidy55: a word before `speaker` is either a title row of its own (titles.tsv `guest speaker`, CVL, its role as
    written) or an actor_words `private_speaker` row (CVL `public speaker`), never both; both lists give a private
    person, and no such word joins `speaker` into a chamber's office."""
    t = lex.titles()
    private = lex.words("private_speaker")
    assert private and not {w for w in private if f"{w} speaker" in t}
    rows = {k for k in t if k.endswith(" speaker") and len(k.split()) == 2 and k.split()[0] not in ("council", "house")}
    assert rows and all(t[k]["person"].sector == "CVL" for k in rows), rows
