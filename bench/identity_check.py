"""Identity checked over the whole people lexicon (issue 11: no wrong-identity match on articles never read).

For every person of people.tsv, small invented texts are run through the real stages (structure, parse, quotes,
actors) and the actor at a target span is compared with what it must be:

negative cases (the target must not be the lexicon person; another lexicon person only where the case allows it):
  given     another given name with the surname       `Maria Ruto, a nurse at a clinic in Dayton, said ...`
  initial   an initial that differs                   `K. Ruto, a teacher from Leeds, told the council ...`
  private   the surname alone, as a private person's  `Ruto, 34, a plumber from Perth, was arrested ...`
  honorific `Mrs./Ms.` before a man's surname, `Mr.` before a woman's (gender from given_names.tsv)
  kin       a family member                           `Ruto's son, a student in Manila, was hurt ...` (target: son)
  family    `the <Surname> family`                    `The Ruto family, who run a dairy farm ..., said ...`
  street    a road named like the person              `Police closed Ruto Street after a water main burst ...`
  road      the same with an abbreviated road word    `Police closed Ruto Rd. in Leeds ...`, `on Ruto dr` (ident34)
  double    the surname as one part of a double one   `Maria Soto-Ruto, a nurse at a clinic ...` (ident34)
  titled    a private person's noun before the full name in a story of politics (`Resident William Ruto told the
            council ...`, `The driver, William Ruto of Leeds, ...`; ident34)
  company   a company named like the person           `Ruto & Co. said on Monday that its profits rose ...`
  namesake  the surname alone in a story datelined in the capital of a namesake's country, on a day both hold office
            (`BRASILIA (Wire) -- Nunes told reporters ...` in 2018: not Devin Nunes; the namesake may be meant)
  early     the surname alone, long before the person's first office (EARLY_YEARS before it)
  thing     the surname opening a thing's name        `Takings fell at Ruto Taj Mahal ...`, "The Ruto Show" (act29a)
  case      the surname before `v.` (a court case)    `Lawyers cited Ruto v. Iqbal in a motion ...`
  hometown  the surname as a town after an age        `Tyler Sims, 19, of Ruto, and ... were charged ...`
  before    the surname alone two years before the first office, in a private story (`..., who would not give
            his last name, said ...`, `according to Ruto, the publisher`)
  retired   a police rank or local post before the full name, five years after the person's last office
            (`Police Chief William Ruto said ...`): the name may stay, the person's record may not
  state     a US state's post of a national office the person held (`the Texas attorney general`, `the attorney
            general of Florida`), on a day in that office
  trade     the bare noun of a trade many hold (`the columnist wrote`), on a day the person held it
  (a negative case fails only when the actor carries the person's record, not only the name: `_lexicon_record`)
positive cases (the target must be the person, on a day within an office):
  full      the full name                             `William Ruto said on Tuesday that ...`
  later     the surname after the full name           `William Ruto arrived in ... On Tuesday, Ruto said ...`
  title     title + surname (roles of TITLES only)    `NAIROBI (Wire) -- President Ruto said on Tuesday ...` (datelined
            in the capital of the office's country: elsewhere a bare surname after a title may be someone else's)

The frames, datelines and invented names are chosen per person by a hash of the name (several of each), so that
the texts vary and a run is reproducible. A failure is printed as one JSON line (case, person, text, what the target
got); the counts by case are printed at the end (and with --json written as one line).

usage: PYTHONPATH=src python bench/identity_check.py [--limit N] [--only NAME_REGEX] [--cases given,private,...]
       [--every-frame] [--failures FILE] [--json FILE]
(one frame a kind and person: about 15,500 cases, 2.5-4 minutes; --every-frame: three times as many)
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Optional

EARLY_YEARS = 30     # `early`: the article is dated this many years before the person's first office
BEFORE_YEARS = 20    # a namesake whose first office begins less than this after the date may be meant (people.py:
#                      BEFORE_YEARS; so may one already in or out of office then)

DATELINES = ("LAGOS, Nigeria (Wire) -- ", "DAYTON, Ohio (Wire) -- ", "LEEDS, England (Wire) -- ",
             "PERTH, Australia (Wire) -- ", "MANILA, Philippines (Wire) -- ", "TORONTO (Wire) -- ")
TOWNS = ("Dayton", "Leeds", "Perth", "Manila", "Toledo", "Durban", "Halifax", "Fresno")
GIVEN = {"f": ("Maria", "Linda", "Agnes", "Priya", "Joan", "Fatima"),
         "m": ("Tomas", "Keith", "Derek", "Hector", "Wayne", "Samuel")}
INITIALS = "KRTJMLDHBPSCGN"
DOUBLE = ("Soto", "Navarro", "Lindqvist", "Okafor", "Pretti", "Morales")   # other halves of a double surname

NEGATIVE = {
    "given": ("{G} {S}, a nurse at a clinic in {T}, told city officials the ward had been closed since March.",
              "{G} {S}, a retired teacher who lives in {T}, said the bus service had been cut twice this year.",
              "The shop is run by {G} {S}, who opened it in {T} eleven years ago with her savings."),
    "initial": ("{I}. {S}, a teacher from {T}, told the council the plan would cost too much, officials said.",
                "A letter signed by {I}. {S} of {T} asked the school board to keep the library open.",
                "{I}. {J}. {S}, a local farmer, said the river had flooded his fields twice."),
    "private": ("{S}, 34, a plumber from {T}, was arrested on Tuesday after a fight outside a bar, officials said.",
                "Police said {S}, 52, a bus driver, was taken to hospital after the crash near {T}.",
                "{S}, a cashier at a petrol station in {T}, said the robber had fled on foot."),
    "honorific": ("{H} {S}, who owns a bakery in {T}, told officials sales had fallen since the road was closed.",
                  "Neighbours said {H} {S} had lived on the same street in {T} for forty years.",
                  "{H} {S}, a pharmacist, told the inquiry in {T} that the records were lost."),
    "kin": ("{S}'s son, a student in {T}, was hurt in the crash on Monday, police said.",
            "{S}'s daughter, 19, was arrested in {T} on Friday on a charge of theft.",
            "{S}'s brother, a fisherman from {T}, said the boat had sunk in the storm."),
    "family": ("The {S} family, who run a dairy farm near {T}, said the storm destroyed their barn.",
               "Members of the {S} family told officials on Monday they would sue the hospital in {T}.",
               "The {S} family has owned the hardware store in {T} since 1952, a neighbour said."),
    "street": ("Police closed {S} Street in {T} after a water main burst on Monday.",
               "A fire gutted a house on {S} Avenue in {T} early on Sunday, the fire service said.",
               "Residents of {S} Road in {T} said the potholes had not been fixed for a year."),
    "company": ("{S} & Co. said on Monday that its profits rose 4 percent in the second quarter.",
                "Shares of {S} Industries fell sharply in {T} after the firm cut its forecast.",
                "{S} Motors said it would close its plant in {T} next year, cutting 300 jobs."),
    "namesake": ("{S} told reporters on Monday that the government would not resign.",
                 "{S} said on Tuesday that the ministry would review the contracts.",
                 "Speaking to parliament on Wednesday, {S} rejected the opposition's demands."),
    "thing": ("Takings fell by 9 percent at {S} Taj Mahal in {T} in March, the gaming commission reported.",
              "A lawyer bought a condominium at {S} Place in {T} with the money, prosecutors said.",
              'The race has become the local version of "The {S} Show," a pollster in {T} said.',
              "A student wrote to the local weekly, The {S} Chief, about the game in {T} on Friday."),
    "case": ("Lawyers for the city of {T} cited {S} v. Iqbal in a motion filed on Friday.",
             "The judge in {T} said the ruling in {S} v. Reed did not apply to the school board.",
             "The appeal rests on {S} vs. Hill, a 1998 case about zoning in {T}, the lawyers said."),
    "hometown": ("Two men, Tyler Sims, 19, of {S}, and Aaron Platt, 23, of {T}, were charged with burglary, police "
                 "said.",
                 "Police arrested Dana Price, 31, of {S}, after a chase that ended in {T} on Sunday.",
                 "The driver, Luis Ortega, 44, of {S}, was taken to a hospital in {T}, troopers said."),
    "before": ("{S}, who would not give his last name, said he heard six shots from a house in {T} on Sunday.",
               "The memoir has sold 90,000 copies since March, according to {S}, the publisher in {T} said.",
               "A neighbour, {S}, said the dog had been barking in the yard in {T} all night."),
    "retired": ("Police Chief {F} said on Monday that two men were held after a robbery in {T}.",
                "Sheriff {F} told reporters in {T} that the search for the missing boy would go on.",
                "Officer {F} was hurt on Sunday when a car hit his cruiser in {T}, the police said."),
    "state": ("The firm agreed to a $2 million settlement with the {P} {R} over its marketing of diet pills.",
              "The foundation gave $25,000 to the {R} of {P}, whose office was looking into the school.",
              "The {R} of the state of {P} is suing the company for $40 million, claiming it misled students."),
    "trade": ("Crime is rising in the suburbs of {T} again, the {R} wrote on Monday.",
              "The {R} said on Tuesday that the council in {T} had failed its schools.",
              "In a long interview, the {R} told readers in {T} that prices would rise."),
    "double": ("{G} {D}-{S}, a nurse at a clinic in {T}, told city officials the ward had been closed since March.",
               "The driver, named by police as {D}-{S}, was taken to a hospital in {T} after the crash on Monday.",
               "{S}-{D}, a retired teacher who lives in {T}, said the bus service had been cut twice this year."),
    "road": ("Police closed {S} Rd. in {T} after a water main burst on Monday.",
             "Traffic backed up on {S} dr in {T} after the crash, a driver wrote.",
             "A house on {S} Ave caught fire in {T} early on Sunday."),
    "titled": ("The city council voted on Monday to close the pool. Resident {F} told the council it had leaked for "
               "years.",
               "The school board voted on Monday to close the school in {T}. Parent {F} said the buses would run "
               "longer.",
               "A man was killed in a crash near {T} on Sunday and the council said the road would be repaved. The "
               "driver, {F} of {T}, was taken to a hospital."),
    "early": ("{S} said on Tuesday that the government would reopen the bridge in {T} next month.",
              "{S} told reporters in {T} that the vote would be held in the spring.",
              "Speaking in {T} on Monday, {S} said the mine would not be closed."),
}
POSITIVE = {
    "full": ("{F} said on Tuesday that the government would resume talks on trade next week.",
             "On Monday, {F} told reporters that the budget would be cut before the election.",
             "The policy was announced by {F} at a news conference on Wednesday."),
    "later": ("{F} arrived in {C} on Monday for two days of talks with government officials. On Tuesday, {S} said the visit "
              "had been useful.",
              "{F} spoke at an election rally on Monday. The crowd cheered when {S} promised new roads.",
              "Talks between officials and {F} ended late on Friday. {S} told reporters that a deal was close."),
    "title": ("{X} {S} said on Tuesday that the government would resume talks on trade next week.",
              "On Monday, {X} {S} told reporters that the budget would be cut before the election.",
              "The policy was announced by {X} {S} at a news conference on Wednesday."),
}
CAPITALS = ("Nairobi", "Paris", "Tokyo", "Brasilia", "Ottawa", "Canberra")
TITLES = {"president": "President", "prime minister": "Prime Minister", "foreign minister": "Foreign Minister",
          "defence minister": "Defence Minister", "defense minister": "Defense Minister", "senator": "Sen.",
          "governor": "Gov.", "vice president": "Vice President", "foreign secretary": "Foreign Secretary",
          "defence secretary": "Defence Secretary", "defense secretary": "Defense Secretary",
          "secretary of state": "Secretary of State", "attorney general": "Attorney General",
          "finance minister": "Finance Minister", "interior minister": "Interior Minister",
          "chancellor": "Chancellor", "premier": "Premier", "mayor": "Mayor", "member of congress": "Rep.",
          "treasury secretary": "Treasury Secretary", "home secretary": "Home Secretary"}


STATE_POSTS = {"attorney general": "attorney general", "secretary of state": "secretary of state"}
TRADES = frozenset(("host", "anchor", "columnist", "commentator", "editor", "correspondent", "analyst", "pundit"))
US_STATES = ("Texas", "Florida", "Ohio", "New York", "Georgia", "Oregon")


@dataclass
class Case:
    kind: str
    person: str                      # the lexicon person the case is built from
    text: str
    published: Optional[str]
    target: tuple[int, int]
    expect: Optional[str]            # positive: the person's name; negative: None
    allowed: frozenset = field(default_factory=frozenset)   # negative: lexicon people the target may still be


def _pick(name: str, salt: str, seq):
    h = int(hashlib.sha1((name + "\0" + salt).encode()).hexdigest(), 16)
    return seq[h % len(seq)]


def _mid(office) -> Optional[str]:
    """A day well inside an office: its middle, or a year after its start when it has not ended."""
    if not office.start:
        return None
    a = datetime.date.fromisoformat(office.start)
    b = datetime.date.fromisoformat(office.end) if office.end else a + datetime.timedelta(days=730)
    return (a + (b - a) / 2).isoformat()


def _surname(person) -> str:
    """What news writes alone for the person: a one-word alias that is a word of the name (`Assad`), else the family
    name (first for a name written family name first, else the last word that is no generational suffix)."""
    from dateline.extractors.actors.people import _FAMILY_NAME_FIRST
    from dateline.extractors.actors.state import surname_of

    words = person.name.replace("-", " ").split()
    ones = [a for a in person.aliases if " " not in a and a in words]
    if ones:
        return ones[0]
    if any(o.country in _FAMILY_NAME_FIRST for o in person.offices):
        return person.name.split()[0]
    last = surname_of(person.name)
    parts = person.name.split()
    k = parts.index(last) if last in parts else -1
    j = k
    while j >= 2 and parts[j - 1].lower() in PARTICLES:
        j -= 1                                    # `Le Drian`, `de Maiziere`, `von der Leyen`
    return " ".join(parts[j:k + 1]) if k >= 0 else last


PARTICLES = frozenset(("de", "da", "di", "du", "le", "la", "van", "von", "der", "den", "dos", "das", "del"))


def _capital(iso: Optional[str]) -> Optional[str]:
    """The first capital countries.tsv gives a country (`Washington` for USA), or None."""
    from dateline.lexicon import actors as lex

    return next((name for name, code in lex.countries().capitals.items() if code == iso and "," not in name), None)


def _gender(person) -> Optional[str]:
    from dateline.extractors.quotes.lexicon import given_names

    return given_names().get(person.name.split()[0].lower())


def cases_for(person, kinds, every_frame: bool = False) -> list[Case]:
    """The invented cases of one lexicon person (one frame of each kind picked by the name's hash, or every frame)."""
    from dateline.lexicon import actors as lex

    parts = person.name.split()
    surname = _surname(person)
    if len(parts) < 2 or not surname[:1].isupper():
        return []
    dated = [o for o in person.offices if o.start]
    if not dated:
        return []
    main = max(dated, key=lambda o: (o.end or "9999", o.start))
    day = _mid(main)
    default_dl = _pick(person.name, "dateline", DATELINES)
    town = _pick(person.name, "town", TOWNS)
    same = [p for p in lex.people().values() if _surname(p) == surname or p.name.split()[-1] == surname]
    others = frozenset(p.name for p in same if p.name != person.name)
    known_first = {w.rstrip(".").lower() for form in (person.name, *person.aliases) for w in form.split()[:-1]}
    out: list[Case] = []

    def add(kind, frame_set, where, published, expect=None, allowed=frozenset(), dateline=None, **slots):
        """One case of a frame picked for the person; `where(body)` gives the target's offsets in the body."""
        if kind not in kinds:
            return
        dl = default_dl if dateline is None else dateline
        for frame in frame_set if every_frame else (_pick(person.name, kind, frame_set),):
            body = frame.format(S=surname, T=town, F=person.name, C=_pick(person.name, "capital", CAPITALS), **slots)
            span = where(body)
            if span is None:
                continue
            text = dl + body + "\n"
            out.append(Case(kind, person.name, text, published, (span[0] + len(dl), span[1] + len(dl)), expect,
                            allowed))

    def word(phrase, after=None, group=0):
        """The first whole-word occurrence of `phrase` (a regex) in the body, after `after` when given."""
        def find(body):
            start = body.index(after) + len(after) if after else 0
            m = re.compile(r"(?<![\w-])" + phrase + r"(?![\w-])").search(body, start)
            return m.span(group) if m else None
        return find

    S = re.escape(surname)
    gender = _gender(person)
    pool = [g for sex in ("f", "m") for g in GIVEN[sex] if g.lower() not in known_first and
            f"{g} {surname}" not in lex.person_forms()]
    if pool:
        g = _pick(person.name, "given-name", pool)
        add("given", NEGATIVE["given"], word(f"{g} {S}"), day, G=g)
    doubles = [d for d in DOUBLE if d != surname and d not in lex.person_forms()]
    if pool and doubles and " " not in surname:   # `double`: the surname as one part of a double surname (ident34)
        d = _pick(person.name, "double", doubles)
        add("double", NEGATIVE["double"], word(f"(?:{re.escape(d)}-{S}|{S}-{re.escape(d)})"), day,
            G=_pick(person.name, "given-name", pool), D=d)
    add("road", NEGATIVE["road"], word(S), day)   # `road`: an abbreviated road word after it (ident34)
    if not any(o.sector == "BUS" for o in person.offices):   # `titled`: a private person's noun as the title, or a
        add("titled", NEGATIVE["titled"], word(re.escape(person.name)), day)   # trade before the name (ident34)
    initials = [c for c in INITIALS if c.lower() not in {w[:1] for w in known_first}]
    if initials:
        i = _pick(person.name, "initial", initials)
        j = _pick(person.name, "initial2", [c for c in INITIALS if c != i])
        add("initial", NEGATIVE["initial"], word(S), day, I=i, J=j)
    add("private", NEGATIVE["private"], word(S), day)
    if gender:
        h = _pick(person.name, "honorific", ("Mrs.", "Ms.")) if gender == "m" else "Mr."
        fit = frozenset(p.name for p in same if p.name != person.name and _gender(p) not in (gender,))
        add("honorific", NEGATIVE["honorific"], word(re.escape(h) + " " + S), day, allowed=fit, H=h)
    add("kin", NEGATIVE["kin"], word(S + r"'s (son|daughter|brother)", group=1), day)
    add("family", NEGATIVE["family"], word(S + " family"), day)
    add("street", NEGATIVE["street"], word(S + r" (?:Street|Avenue|Road)"), day)
    add("company", NEGATIVE["company"], lambda body: word(S + r" (?:& Co\.|Industries|Motors)")(body + " "), day)
    first = min(o.start for o in dated)
    early = f"{int(first[:4]) - EARLY_YEARS}{first[4:]}"
    if int(early[:4]) >= 1900:
        soon = str(int(early[:4]) + BEFORE_YEARS - 1)   # a namesake in office by then may be meant (people.py)
        near = frozenset(p.name for p in same if p.name != person.name and any(
            o.start and o.start[:4] <= soon for o in p.offices))
        add("early", NEGATIVE["early"], word(S), early, allowed=near)
    own = {o.country for o in person.offices}
    for other in same:                            # `namesake`: the surname alone in a story datelined in the capital
        if other.name == person.name:             # of a namesake's country, on a day both hold office there
            continue
        office = next((o for o in other.offices if o.country and o.country not in own and _mid(o) and
                       person.in_office(_mid(o)) and _capital(o.country)), None)
        if office is not None:
            add("namesake", NEGATIVE["namesake"], word(S), _mid(office), allowed=frozenset((other.name,)),
                dateline=f"{_capital(office.country).upper()} (Wire) -- ")
            break
    add("thing", NEGATIVE["thing"], word(S), day)
    add("case", NEGATIVE["case"], word(S), day)
    add("hometown", NEGATIVE["hometown"], word(S), day)
    before = (datetime.date.fromisoformat(first) - datetime.timedelta(days=2 * 365)).isoformat()
    if int(before[:4]) >= 1900:                   # `before`: the surname alone two years before the first office (a
        may = frozenset(p.name for p in same if p.name != person.name and any(   # namesake in office may be meant)
            o.start and o.start <= before for o in p.offices))
        add("before", NEGATIVE["before"], word(S), before, allowed=may)
    ends = [o.end for o in person.offices]
    if ends and all(ends) and not any(o.sector == "COP" or "mayor" in o.role or "sheriff" in o.role
                                      for o in person.offices):
        after = f"{int(max(ends)[:4]) + 5}{max(ends)[4:]}"   # `retired`: a local post five years after the last office
        add("retired", NEGATIVE["retired"], word(re.escape(person.name)), after)
    for office in dated:                          # `state`: a US state's post of a national office the person held
        role = STATE_POSTS.get(office.role)
        if role and office.country == "USA":
            add("state", NEGATIVE["state"], word(re.escape(role)), _mid(office),
                P=_pick(person.name, "state", US_STATES), R=role)
            break
    for office in dated:                          # `trade`: the bare noun of a trade many hold (`the columnist`)
        trade = office.role.split()[-1]
        if trade in TRADES:
            seat = _capital(office.country)       # (datelined in the capital of the office's country)
            add("trade", NEGATIVE["trade"], word("the " + trade), _mid(office), R=trade,
                dateline=f"{seat.upper()} (Wire) -- " if seat else "")
            break
    add("full", POSITIVE["full"], word(re.escape(person.name)), day, expect=person.name)
    add("later", POSITIVE["later"], word(S, after=person.name), day, expect=person.name)
    for office in dated:
        title = TITLES.get(office.role)
        if not title or not office.country:
            continue
        tday = _mid(office)
        rivals = [p for p in same if p.name != person.name and any(
            o.role == office.role and o.holds(tday) for o in p.offices)]
        if rivals:                   # the lexicon cannot tell them apart by title and day: not this check's case
            continue
        seat = _capital(office.country)           # a title with a bare surname is told in the office's country
        add("title", POSITIVE["title"], word(re.escape(title) + " " + S), tday, expect=person.name, X=title,
            dateline=f"{seat.upper()} (Wire) -- " if seat else "")
        break
    return out


def run_cases(cases: list[Case], batch: int = 64):
    """Each case's text through structure, parse, quotes and actors: yields (case, actor at the target or None)."""
    from dateline.extractors.actors import ActorIndex, extract_actors
    from dateline.extractors.quotes import extract_quotes
    from dateline.extractors.spans import forget
    from dateline.pipeline import normalised, parsed
    from dateline.records import RawArticle
    from dateline.structure import structure

    for k in range(0, len(cases), batch):
        chunk = cases[k:k + batch]
        prepared = []
        for n, c in enumerate(chunk):
            raw = normalised(RawArticle(id=f"c{k + n}", text=c.text, published=c.published, origin="identity"))
            prepared.append((raw, structure(raw)))
        for c, ctx in zip(chunk, parsed(prepared, batch_size=batch)):
            try:
                actors, _ = extract_actors(ctx, extract_quotes(ctx))
            finally:
                forget(ctx.doc)
            aid = ActorIndex(actors).at(*c.target)
            yield c, next((a for a in actors if a.id == aid), None)


def verdict(case: Case, actor) -> Optional[str]:
    """None when the case holds, else what went wrong."""
    from dateline.lexicon import actors as lex

    name = actor.name if actor is not None else None
    if case.expect is not None:
        return None if name == case.expect else f"missed (got {name!r})"
    if name is not None and name in lex.people() and name not in case.allowed and \
            _lexicon_record(lex.people()[name], actor, case.published):
        return f"wrong identity {name!r}"
    return None


def _lexicon_record(person, actor, day) -> bool:
    """True when the actor carries the person's record, not only the name (bench/identity_audit.py): a namesake the
    text gives another post keeps the written name with that post (`Police Chief Richard Myers` in 2017)."""
    if actor.role is None and actor.sector == "CVL" and not any(o.sector == "CVL" for o in person.offices):
        return False                              # the name as a private person's (`Resident Mike Pence`: ident34)
    roles = {o.role for o in person.offices} | {"former " + o.role for o in person.offices}
    return actor.role is None or person.at(day)[2] is None or actor.role in roles


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=0, help="only the first N people (file order)")
    ap.add_argument("--only", default=None, help="only people whose name matches this regex")
    ap.add_argument("--cases", default=",".join([*NEGATIVE, *POSITIVE]), help="case kinds, comma-separated")
    ap.add_argument("--every-frame", action="store_true", help="every frame of each case kind, not one per person")
    ap.add_argument("--failures", default=None, help="write each failing case as a JSON line to this file")
    ap.add_argument("--json", default=None, help="write the counts as one JSON line to this file")
    args = ap.parse_args(argv)
    from dateline.lexicon import actors as lex

    kinds = set(args.cases.split(","))
    people = list(lex.people().values())
    if args.only:
        people = [p for p in people if re.search(args.only, p.name)]
    if args.limit:
        people = people[:args.limit]
    cases, seen = [], set()
    for p in people:
        for c in cases_for(p, kinds, args.every_frame):
            key = (c.kind, c.text, c.published, c.target, c.expect, c.allowed)
            if key not in seen:
                seen.add(key)
                cases.append(c)
    t0 = time.time()
    counts: dict[str, list[int]] = {}
    fails = open(args.failures, "w", encoding="utf-8") if args.failures else None
    for c, actor in run_cases(cases):
        bad = verdict(c, actor)
        tally = counts.setdefault(c.kind, [0, 0])
        tally[0] += 1
        tally[1] += bad is not None
        if bad and fails:
            fails.write(json.dumps({"case": c.kind, "person": c.person, "published": c.published,
                                    "target": c.text[c.target[0]:c.target[1]], "problem": bad,
                                    "text": c.text.strip()}, ensure_ascii=False) + "\n")
    if fails:
        fails.close()
    neg = sum(v[1] for k, v in counts.items() if k in NEGATIVE)
    pos = sum(v[1] for k, v in counts.items() if k in POSITIVE)
    summary = {"people": len(people), "cases": len(cases), "wrong_identity": neg, "missed_positive": pos,
               "by_case": {k: {"cases": v[0], "failed": v[1]} for k, v in counts.items()},
               "seconds": round(time.time() - t0, 1)}
    for k, (n, bad) in counts.items():
        print(f"{k:10s} {'negative' if k in NEGATIVE else 'positive'} cases {n:5d} failed {bad:5d}")
    print(json.dumps(summary))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(json.dumps(summary) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
