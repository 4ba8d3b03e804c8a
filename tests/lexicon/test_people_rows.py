"""Every row of people.tsv is well formed: a known sector, a real ISO 3166 alpha-3 code (or IGO, or empty for
transnational groups), dates that parse and run forwards, a person's rows kept together, and no written form
shared by two people holding office on the same day (that form would resolve to nobody then) unless it is one
of the few shared short forms the file's header names."""
from __future__ import annotations

import datetime
import itertools

import pycountry
import pytest

from dateline.lexicon import rows, split
from dateline.lexicon import actors as lex

COLUMNS = ("name", "aliases", "country", "sector", "role", "from", "to")
# Short forms knowingly shared by two office holders at once (the header of people.tsv says so): on a day both
# hold office they resolve to nobody, and the full names still resolve.
SHARED = {"Clinton", "Sharaa", "Aoun", "Lieberman", "Rangel", "Napolitano"}


def _date(value: str, end: bool) -> datetime.date:
    return datetime.date.fromisoformat(lex._day(value, end))


def _rows():
    return rows("people.tsv", COLUMNS)


def test_every_row_is_well_formed():
    problems = []
    for r in _rows():
        where = f"people.tsv:{r.line} {r['name']}"
        if not r["name"] or not r["role"]:
            problems.append(f"{where}: empty name or role")
        if r["sector"] not in lex.SECTORS or r["sector"] == "ELI":
            problems.append(f"{where}: sector {r['sector']!r} (former offices are derived, not written)")
        if r["country"] not in ("", "IGO") and pycountry.countries.get(alpha_3=r["country"]) is None:
            problems.append(f"{where}: country {r['country']!r} is no ISO 3166 alpha-3 code")
        try:
            start = _date(r["from"], False) if r["from"] else None
            end = _date(r["to"], True) if r["to"] else None
        except (TypeError, ValueError) as err:
            problems.append(f"{where}: date {r['from']!r} / {r['to']!r}: {err}")
            continue
        if start is None:
            problems.append(f"{where}: no start date")
        elif end is not None and not start < end:
            problems.append(f"{where}: from {r['from']} is not before to {r['to']}")
        if r["name"] in split(r["aliases"]):
            problems.append(f"{where}: the name repeated as an alias")
    assert not problems, "\n".join(problems)


def test_a_person_rows_are_together_and_agree_on_aliases():
    seen, last, problems = {}, None, []
    for r in _rows():
        name = r["name"]
        if name in seen and last != name:
            problems.append(f"people.tsv:{r.line}: {name}'s rows are not together (first at line {seen[name][0]})")
        if name in seen and set(split(r["aliases"])) != seen[name][1]:
            problems.append(f"people.tsv:{r.line}: {name}'s aliases differ from line {seen[name][0]}")
        seen.setdefault(name, (r.line, set(split(r["aliases"]))))
        last = name
    assert not problems, "\n".join(problems)


def test_no_row_repeated():
    keys = [(r["name"], r["role"], r["from"]) for r in _rows()]
    repeated = {k for k in keys if keys.count(k) > 1}
    assert not repeated


def test_no_form_names_two_office_holders_at_once():
    clashes = []
    for form, people in lex.person_forms().items():
        if form in SHARED or len(people) < 2:
            continue
        for a, b in itertools.combinations(people, 2):
            for oa, ob in itertools.product(a.offices, b.offices):
                start = max(oa.start or "0000", ob.start or "0000")
                end = min(oa.end or "9999", ob.end or "9999")
                if start < end:
                    clashes.append(f"{form!r}: {a.name} and {b.name} both in office {start}..{end}")
                    break
    assert not clashes, "\n".join(clashes)


@pytest.mark.parametrize("form, day, name", [
    ("Kirchner", "2005-06-01", "Nestor Kirchner"),
    ("Kirchner", "2012-06-01", "Cristina Fernandez de Kirchner"),
    ("Clinton", "2000-06-01", "Bill Clinton"),
    ("Bush", "1999-06-01", "George W. Bush"),
])
def test_a_shared_surname_resolves_to_the_holder_of_the_day(form, day, name):
    assert lex.resolve_person(form, day).name == name


def test_the_senior_office_held_at_the_same_time_comes_first():
    people = lex.people()
    assert people["Nancy Pelosi"].at("2005-06-01")[2] == "House minority leader"
    assert people["Mitch McConnell"].at("2010-06-01")[2] == "senate minority leader"
    assert people["Mitch McConnell"].at("2026-01-01")[2] == "senator"
    # a senator running for president stays a legislator while in office
    assert people["Bernie Sanders"].at("2016-03-01")[1] == "LEG"


def test_partial_dates_cover_their_period():
    assert lex._day("2005-04", True) == "2005-04-30" and lex._day("2004-02", True) == "2004-02-29"
    assert lex._day("2005-04", False) == "2005-04-01" and lex._day("1999", True) == "1999-12-31"


def test_a_qualified_office_is_not_the_office_of_its_title():
    # a deputy, a chamber's majority leader or an opposition leader does not answer `the US secretary of
    # state` or `the British leader`; an acting holder does
    assert lex.office_of("deputy secretary of state") is None
    assert lex.office_of("senate majority leader") is None and lex.office_of("opposition leader") is None
    assert lex.office_of("acting defense secretary") == lex.office_of("defense secretary") == "dm"
    assert lex.office_of("UN secretary-general") == "sg"
