#!/usr/bin/env python3
"""Actors over whole articles against our actor gold (bench/actors/GUIDE.md, built by bench/actor_gold.py).

Sets as in bench/article_events.py: dev (20 shared articles), tune (our even positions: rules may be written
while reading their errors), kept (odd positions: never read for tuning; the honest check).

  python bench/eval_article_actors.py [--sets dev,tune,kept,tune2] [--errors DIR]   (also: --sets fresh)

tune2: 16 actor-only articles (bench/actors/tune2.tsv), labelled before dateline was run on them; errors may be read.
fresh: 6 actor-only articles labelled the same way and only measured (never read its errors or tune on it).
tune3 / fresh2: 6 + 6 more (bench/actors/tune3.tsv, fresh2.tsv), labelled before dateline was run on them; tune3's
errors may be read, fresh2 was only measured (at the start and the end of a piece of work) until actors6, which read it.
tune4 / fresh3: 6 + 6 more (bench/actors/tune4.tsv, fresh3.tsv), the same way: tune4's errors may be read, fresh3 is
only measured. tune5 / fresh4: 6 + 6 more (December 2026, actors8), the same way: tune5 read, fresh4 only measured.
tune6 / fresh5: 6 + 6 more (December 2026, actfalse), the same way: tune6 may be read, fresh5 only measured.
tune7 / fresh7: 6 + 6 more (December 2026, act), the same way: tune7 may be read, fresh7 only measured.
tune8 / fresh8: 6 + 6 more (December 2026, act2), the same way: tune8 may be read, fresh8 only measured.
tune9 / fresh9: 6 + 6 more (December 2026, act3), the same way: tune9 may be read, fresh9 only measured.
tune10 / fresh10: 6 + 6 more (December 2026, act4), the same way: tune10 may be read, fresh10 only measured.
tune11 / fresh11: 6 + 6 more (December 2026, act6), the same way: tune11 may be read, fresh11 only measured.
tune12 / fresh12: 6 + 6 more (December 2026, act7), the same way: tune12 may be read, fresh12 only measured.
tune13 / fresh13: 6 + 6 more (December 2026, act9), drawn over polnear-train, LGL local news and GVA shooting reports
(`actor_gold.py pickwide`): tune13 may be read, fresh13 only measured.
tune14 / fresh14: 6 + 6 more (December 2026, act10), the same draw (`pickwide 20270102`): tune14 may be read, fresh14 only
measured.
tune15 / fresh15: 6 + 6 more (December 2026, act18), the same draw (`pickwide 20270105`): tune15 may be read, fresh15 only
measured.
tune16 / fresh16: 6 + 6 more (December 2026, act19), the same draw (`pickwide 20270108`): tune16 may be read, fresh16 only
measured.
tune17 / fresh17: 6 + 6 more (December 2026, act20), the same draw (`pickwide 20270109`): tune17 may be read, fresh17 only
measured.
tune18 / fresh18: 6 + 6 more (December 2026, act21), the same draw (`pickwide 20270110`): tune18 may be read, fresh18 only
measured.
tune19 / fresh19: 6 + 6 more (December 2026, act22), the same draw (`pickwide 20270210`): tune19 may be read, fresh19 only
measured.
tune20 + tune21 / fresh20: 12 + 6 / 6 more (December 2026, act23), the same draw (`pickwide 20270311 24`): tune20 and
tune21 may be read, fresh20 only measured.
tune22 + tune23 / fresh21: 12 + 6 / 6 more (December 2026, act24), the same draw (`pickwide 20270312 24`): tune22 and
tune23 may be read, fresh21 only measured.
tune24 + tune25 / fresh22: 12 + 6 / 6 more (December 2026, act25), the same draw (`pickwide 20270313 30`, less the 2
articles other coders use): tune24 and tune25 may be read, fresh22 only measured.
tune26 + tune27 / fresh23: 6 + 6 / 6 more (December 2026, act25b), local news only: the `places-lgl` and `casualties-gva`
lines of `pickwide 20270314 80` in no other helper's list; tune26 and tune27 may be read, fresh23 only measured.
tune28 + tune29 / fresh24: 6 + 6 / 6 more (December 2026, act26a), local news only: lines 1-18 of `pickwide 20270315 60`
(positions 3, 6, ... 18 fresh24); tune28 and tune29 may be read, fresh24 only measured.
tune30 + tune31 / fresh25: 6 + 6 / 6 more (December 2026, act26b), 2008 web news pages (html-l3s-gn1 bodies of 1,200-5,000
characters, seeded shuffle 20270315, sport URLs left out: entertainment, technology, world news): tune30 and tune31 may be
read, fresh25 only measured.
tune32 + tune33 / fresh26: 6 + 6 / 6 more (December 2026, act32a), local news only: LGL and GVA lines of 1,200-5,000
characters in no gold set and no audit list (/work/notes/draw32.py, seed 20261205; positions 3, 6, ... 18 fresh26); tune32
and tune33 may be read, fresh26 only measured.
tune34 + tune35 / fresh27: 6 + 6 / 6 more (December 2026, act32b, /work/notes/draw32.py seed 20261205): 12
html-l3s-gn1 web-page bodies (sport included) and 6 places-geovirus outbreak reports of 1,200-5,000 characters in no
gold set and no audit list, shuffled; tune34 and tune35 may be read, fresh27 only measured.
tune36 + tune37 / fresh28: 6 + 6 / 6 more (December 2026, gold33b, /work/notes/draw33.py seed 20261206): LGL local
news, GVA shooting reports and html-l3s-gn1 web pages of 600-8,000 characters in no gold set and no earlier list, shuffled
(positions 3, 6, ... 18 fresh28); tune36 and tune37 may be read, fresh28 only measured.
tune38 + tune39 / fresh29: 6 + 6 / 6 more (December 2026, session 34, gold34, /work/notes/draw34.py seed 20261207): tune38
and tune39 the first 12 of a seeded shuffle of LGL local news, GVA shooting reports, GeoVirus outbreak reports and
html-l3s-gn1 web pages of 600-4,000 characters in no gold set, which may be read; fresh29 6 articles of the events `kept`
half (odd positions) that no actor set held, only measured.
Released in session 34 (December 2026, by the lead): fresh15 ... fresh21 (42 articles over polnear-train, LGL and GVA,
measured since act18-act24 and never read until then) were opened for reading (act34f, act34g, act34h read their
errors): from then on they count with the read sets; the kept-apart actor sets are kept, fresh, fresh2-5, fresh7-14 and
fresh22-29 (22 sets, 138 articles). Main's code at the release: released seven 0.877 / 0.854 / 0.688 / 2 wrong / false
0.112; the 22 still kept 0.888 / 0.891 / 0.816 / 8 wrong / false 0.065 (coverage / country / sector).
fresh30 / fresh31: 6 / 6 (December 2026, session 37, gold37a / gold37b, /work/notes/s37/draw37.py seed 20261217): every
polnear-train text and every unused wire/web line of the usual lengths being in a gold set or read by an audit by
then, articles of the events `kept` half that no actor set held - fresh30 polnear-train political news, fresh31 LGL,
GVA and L3S-GN1 - labelled from the text before dateline was run on them, only measured (the kept-apart list: 24 sets,
150 articles). Measured once with the code of the session's start (68463bdb) and end: fresh30 0.907 / 0.974 / 0.872 /
0 wrong / false 5/85 both; fresh31 0.737 / 0.842 / 0.737 / 0 wrong / false 4/47 -> 4/46.
fresh32 / fresh33: 6 / 6 (December 2026, session 49, gold49, drawn by the lead): fresh32 five dedup-gva shooting reports
and one LGL story named in no file of bench/, docs/, tests/ or the notes; fresh33 six LGL and GVA lines in no gold set
(session 39's identity audit and act41's precision audit had read dateline's output on some of them, nothing else);
labelled from the text alone without running dateline, only measured (the kept-apart list: 26 sets, 162 articles).
tune41: 8 (December 2026, session 49, act49b): the first 8 lines of `actor_gold.py pickwide 20261207 60` (LGL local
news and GVA shooting reports in no gold set), labelled from the text before dateline was run on them; errors may be read.
tune40: 8 more (December 2026, session 49, act49a): the first 8 of the lead's seeded shuffle (20261207) of polnear-train
texts of 1,200-5,000 characters in the events tune's readable even half and no actor set (US 2015-16 campaign coverage,
a European-politics and a Federal Reserve column among them), labelled from the text before dateline was run on them;
may be read (it is in bench/devtools/actor_sets_read.txt).
tune42: 8 more (December 2026, session 49, act49c): lines 9-16 of the same shuffle (US 2015-16 campaign coverage, reader
letters and a Benghazi cable story among them), labelled from the text before dateline was run on them; may be read.
fresh34: 8 (December 2026, session 50, gold50): lines 1-8 of the session-50 lead's seeded shuffle (20261207) of the
polnear-train texts of 1,200-5,000 characters in the events `kept` half that no actor set holds (US 2015-16 campaign
coverage), labelled from the text alone without running dateline; only measured (the kept-apart list: 27 sets, 170
articles).
tune43: 8 more (December 2026, session 50, act50a): lines 1-8 of the session-50 lead's draw of the same kind (the same
seeded shuffle over the polnear-train texts then in no actor set and named in no file; US 2015-16 campaign coverage, a
paid death notice among them), labelled from the text before dateline was run on them; may be read.
tune44: 8 more (December 2026, session 50, act50b): lines 9-16 of the session-50 lead's shuffle (the same kind and seed,
of the texts still in no actor set; a Mexican-diplomacy story, an op-ed on a Supreme Court nominee, a poll story among
them), labelled from the text before dateline was run on them; may be read.
tune45: 8 (December 2026, session 51, act51a): lines 1-8 of `actor_gold.py pickwide 20261208 80` (LGL local news and GVA
shooting reports in no gold set; an Israeli-Palestinian wire story and a junior-hockey report among them), labelled
from the text before dateline was run on them; may be read.
tune46: 8 (December 2026, session 51, act51b): lines 1-8 of the session-51 lead's seeded shuffle 20261208
(bench/devtools/draw51.py) of GeoVirus outbreak reports and html-l3s-gn1 web pages of 600-4,000 characters in no gold set
(international news: seven outbreak and disaster reports, one football report), labelled from the text before dateline
was run on them; may be read.
tune47: 8 (December 2026, session 52, act52a): lines 1-8 of `actor_gold.py pickwide 20261209 80` (LGL local news and GVA
shooting reports in no gold set; an Irish county-council story, a road-works list with no actor and a court story among
them), labelled from the text before dateline was run on them; may be read.
tune48: 8 (December 2026, session 52, act52b): lines 1-8 of the session-52 lead's seeded shuffle 20261210
(bench/devtools/draw52.py) of polnear-train texts of 1,200-5,000 characters in the events tune's readable even half, in no
actor set and named in no file outside bench/article_events (US 2015-16 campaign coverage: a convention preview, a
Philippine lawmaker's bill, gun-victim families, leaked emails, a poll story, a debate-moderator op-ed, school chants, a
superdelegate column), labelled from the text before dateline was run on them; may be read.
tune49: 8 (December 2026, session 53, act53a): lines 9-16 of the same shuffle 20261210 (tune48 is lines 1-8), the same
kind (a Cruz profile, a preacher's prayer for Trump, a perjury referral, an FBI inquiry, a Palin post, a policy comparison,
a debate exchange, a radio interview), labelled from the text before dateline was run on them; may be read.
tune52: 8 (December 2026, session 54, act54a): lines 17-24 of the same shuffle 20261210 (tune48 is lines 1-8, tune49
9-16), the same kind (an endorsement row, a radio interview on voting machines, a campaign reprinting an editorial, a
pollster's memo, a TV interview, readers' letters, a wire report on foundation donors, an email-records lawsuit), labelled
from the text before dateline was run on them; may be read.
tune57: 8 (December 2026, session 55, act55c): lines 25-32 of the same shuffle 20261210 (tune48 is lines 1-8, tune49
9-16, tune52 17-24), the same kind (a convention gun-carry op-ed, a council speaker's rally against a candidate, a wire
report of a convention's last night, judicial confirmations, a census-privacy op-ed, a late-night interview, a magazine's
person of the year, caucus coin tosses), labelled from the text before dateline was run on them; may be read.
tune61: 8 (December 2026, session 56, act56c): lines 33-40 of the same shuffle 20261210 (tune48 is lines 1-8, tune49
9-16, tune52 17-24, tune57 25-32), the same kind (a unity meeting, a referral of an email deletion, a senator on a judge's
heritage, a candidate's tweets on a speech, an activist's obituary, an anchor and a candidate, a super PAC's holiday ad,
Republicans promoting a rival), labelled from the text before dateline was run on them; may be read.
tune51: 8 (December 2026, session 53, act53c): lines 1-8 of the session-53 lead's seeded shuffle 20261212
(bench/devtools/draw53_te3.py) of te3-aquaint texts of 1,200-5,000 characters in the events tune half, in no actor set
and named in no file outside bench/article_events (AP, NYT and Xinhua wire stories of 1998-2000: the Kenya and Tanzania
embassy bombings, the Elian Gonzalez custody case, the Slepian murder inquiry), labelled from the text before dateline
was run on them; may be read.
tune56: 8 (December 2026, session 55, act55b): lines 9-16 of the same shuffle 20261212 (tune51 is lines 1-8), the same
kind (AP, NYT and Xinhua wire stories of 1998-2000: Hungary's and three states' NATO entry, an anti-abortion web
site taken down, the Slepian memorial and inquiry, the Elian Gonzalez case from Havana and Miami, embassy bombings and East
African tourism), labelled from the text before dateline was run on them; may be read.
tune54: 8 (December 2026, session 54, act54c): lines 1-8 of the session-54 lead's seeded shuffle 20261214
(bench/devtools/draw54.py) of html-l3s-gn1 web pages and GeoVirus outbreak reports (even half) of 600-4,000 characters in
no gold set (international and web news: two football and basketball club stories, a wire arrest report, a women's
college game spliced onto an NBA page, a triathlon, an escaped zoo otter, H1N1 in Gaza and Norway, a meteorite in Peru),
labelled from the text before dateline was run on them; may be read.
tune55: 8 (December 2026, session 55, act55a): lines 9-16 of the same shuffle 20261214 (bench/devtools/draw54.py; tune54
is lines 1-8), the same kind (three football and hockey match reports, an NFL player's holiday, a chief minister's
speech in Kolkata, a salmonella outbreak, polio vaccination in Eritrea, the Pope leaving hospital), labelled from the text
before dateline was run on them; may be read.
tune59: 8 (December 2026, session 56, act56a): lines 17-24 of the same shuffle 20261214 (bench/devtools/draw54.py;
tune54 is lines 1-8, tune55 9-16), the same kind (two NFL game stories, two cricket rows over a ban and a coach, a rugby
league coach's resignation, a football club's cup line-up, bird flu in China, a state senate vote on school drinks),
labelled from the text before dateline was run on them; may be read.
tune50: 8 (December 2026, session 53, act53b): lines 1-8 of the session-53 lead's seeded shuffle 20261211
(bench/devtools/draw53.py) of dedup-gva shooting reports of 1,200-5,000 characters in no gold set, of no incident a gold
set holds, one per incident, labelled from the text before dateline was run on them; may be read.
tune53: 8 (December 2026, session 54, act54b): lines 1-8 of the session-54 lead's seeded shuffle 20261215
(bench/devtools/draw54_gva.py) of casualties-gva shooting reports of 600-4,000 characters in the even half (the odd half is
kept apart for casualties), in no gold set, of no incident a gold set holds, one per incident, labelled from the text
before dateline was run on them; may be read.
tune58: 12 (December 2026, session 55, act55d): lines 1-12 of the session-55 lead's seeded shuffle 20261217
(bench/devtools/draw55_lgl.py) of LGL local news texts (2009) of 600-4,000 characters in the even half (the odd half is
kept apart for places), in no gold set (a federal bail hearing, an outbreak, a UK canal, a resort drowning, a town tax
credit, a box-cutter arrest, an airline route, a purse snatching, a restaurant closure, a skate ban, a UK taxi robbery, a
library workshop), labelled from the text before dateline was run on them; may be read.
tune64: 5 (December 2026, session 57, act57a): lines 1-5 of the web kind of the session-57 lead's draw
(bench/devtools/draw57.py, seed 20261219) of L3S-GN1 web-page article bodies of 2008 of 4,000-10,000 characters in no
gold set (as drawn, all five sport: a stock-car driver's season, a lower-league football match report, a college bowl
preview, a hockey pioneer's anniversary, a golf win), labelled from the text before dateline was run on them; may be read.
tune63: 8 (December 2026, session 56, act56e): lines 9-16 of the session-54 lead's seeded shuffle 20261215
(bench/devtools/draw54_gva.py; tune53 is lines 1-8) of casualties-gva shooting reports of 600-4,000 characters in the even
half, in no gold set, of no incident a gold set holds, one per incident (an accidental shooting of a boy, a family-party
shooting, two teens shot, a father clearing a gun, a double-murder arrest, a stepfather's unsecured gun, a self-inflicted
wound, a quadruple murder), labelled from the text before dateline was run on them; may be read.
tune60: 8 (December 2026, session 56, act56b): lines 25-32 of the session-54 lead's seeded shuffle 20261214
(bench/devtools/draw54.py; tune54 is lines 1-8, tune55 9-16), the same kind (two late-night hosts swapping shows in a
writers' strike, low-path bird flu in wild ducks, cholera in Zimbabwe, the source of a foot-and-mouth outbreak, a college
football coach search, a lower-league football match report, a finger found in fast-food chili, journalists sickened by a
water filter's test), labelled from the text before dateline was run on them; may be read.
tune62: 12 (December 2026, session 56, act56d): lines 13-24 of the same shuffle 20261217 (tune58 is lines 1-12), the same
kind (AIG protesters, jailed fugitives, a restaurant robbery, an author's Gaza trip, Depression photo captions, an
ex-officer's trial, a UK lottery shop, a state senator's sentencing, a city council, an arson arrest, a town annexation
bill, a home invasion), labelled from the text before dateline was run on them; may be read.
tune66: 4 (December 2026, session 57, act57c): lines 1-4 of the lgl kind of the session-57 lead's draw
(bench/devtools/draw57.py, seed 20261219) of LGL local news texts of 2009 of the even half longer than 4,000 characters, in
no gold set (a downtown restaurant review, an attorney general's public service ads, a high-school wrestling section
final, faulty wiring at military facilities in Iraq), labelled from the text before dateline was run on them; may be read.

tune65: 8 (December 2026, session 57, act57b): lines 1-8 of the gva kind of the session-57 lead's draw, seed 20261219
(bench/devtools/draw57.py), dedup-gva shooting reports of 1,200-5,000 characters in no gold set, of no incident an actor
gold set's GVA text reports, one per incident (a gang indictment, a drive-by at an apartment complex, and six other US
shootings), labelled from the text before dateline was run on them; may be read.
Figures per set:
- coverage: share of required gold actors that some output actor mentions (a mention overlapping one of the
  gold actor's mentions);
- country / sector: over covered gold actors (optional ones included), the share whose main output actor (the
  one overlapping most of its mentions, then most of their characters, then - session 38 - the one whose overlapping
  mentions run least past them, then the first) has the gold country / sector (null equals null). The third key
  settles a tie the first two leave when a person named once inside another actor's mention (`the Obama
  administration`) is also an actor of its own with that exact mention: before, the first of the two in the output
  won, whichever it was; `--first-tie` scores the old way, for comparison with figures before session 38;
- code: the share of covered gold actors with a country or sector whose main output actor has a `code`;
- wrong identity: covered gold people whose main output actor is named as another person (a word of the
  output's name, titles aside, is in neither the gold identity nor any of the gold mentions);
  `wrong_identity_form` beside it counts those of them whose every such word is only another form of a known
  word (a transliteration `Gadhafi`/`Gaddafi`, a short form `Ken`/`Kenneth`, digits the tokenizer glued to the
  name): the same person under the lexicon's spelling, a diagnostic - never subtracted from `wrong_identity`;
  `wrong_identity_why` (printed when a set has wrong identities) counts them by kind (`_why_wrong`: merged, wide,
  lexicon, elsewhere, one_mention, description; one error may have several), so that a kept set, whose errors are
  never read, still says which kinds of wrong identity it holds;
- false actors: output actors none of whose mentions overlaps a gold actor (of all output actors); how many
  of them overlap a gold non-actor is printed beside it; `false_why` counts them by shape (session 48: the output
  actor's name capitalised or a common noun, whether it has a `role` word and a `code`, one mention or more, and whether it is an event's source or target or a
  quote's speaker), and `output_why` all output actors by the same shapes, so that a kept set, whose errors are never
  read, still says which shapes its false actors have and how often each shape is false.
  Session 49: both also count a joint key `j:case/role/mentions/part` per actor (`_joint`), the shapes taken together.
--errors writes DIR/<set>.actors.errors.jsonl with every miss, wrong code, wrong identity and false actor.
"""
from __future__ import annotations

import argparse
import difflib
import json
import pathlib
import sys
import unicodedata

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from actor_gold import articles  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT / "bench" / "actors"
TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator", "the", "of", "jr", "sr",
          "al", "el"}   # (and the Arabic article of a name, which writers keep or drop: `Bashar al-Assad` is the
#                         gold's `Bashar Assad`, no other person; ident35)


SPILL_TIES = True      # `--first-tie` sets it False: ties between equal overlaps go to the first output actor


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _words(s: str) -> set[str]:
    s = unicodedata.normalize("NFKD", (s or "").replace("’", "'")).encode("ascii", "ignore").decode().lower()
    #   (a typeset apostrophe is the straight one: `O’Malley` and the lexicon's `O'Malley` are one name)
    return {w for w in "".join(c if c.isalnum() else " " for c in s).split() if w not in TITLES and len(w) > 1}


def _form_of(word: str, known: set[str]) -> bool:
    """A word of an output name that is only another form of a known word of the same person's name: a spelling
    (`gaddafi` / `gadhafi`, `muammar` / `moammar`: five letters at least, the same first letter and last two,
    SequenceMatcher ratio >= 0.75; not `john` / `joan`, `michael` / `michelle`, `alexander` / `alexandra`), a short form
    (`ken` / `kenneth`: one starts the other, three letters at least) or digits glued to the name by the tokenizer
    (`Cruz—35`). Counted beside the wrong identities (`wrong_identity_form`), never taken off them."""
    if word.isdigit():
        return True
    for k in known:
        if k[:1] == word[:1] and (min(len(k), len(word)) >= 5 and k[-2:] == word[-2:]
                                  and difflib.SequenceMatcher(None, word, k).ratio() >= 0.75
                                  or min(len(k), len(word)) >= 3 and (k.startswith(word) or word.startswith(k))):
            return True
    return False


WHY = ("merged", "wide", "lexicon", "elsewhere", "one_mention", "description")


def _why_wrong(gold: dict, g: dict, text: str, best: dict, unknown: set[str]) -> set[str]:
    """What kind of wrong identity this is, from facts of the scoring alone (a diagnostic counted by kind, so that a
    set whose errors are never read can still say which kinds it holds; `wrong_identity_why`):
    merged - the output actor also holds a mention of another gold person; wide - one of its mentions overlapping the
    gold person's runs past that mention and the extra text holds a word of the output name the gold lacks; lexicon - such
    a word is nowhere in the article (the name came from the lexicon); elsewhere - it is in the article, outside the
    gold person's mentions; one_mention - the gold person has a single mention; description - the output name starts
    lower-case (a description named the actor)."""
    out = [(m["start"], m["end"]) for m in best.get("mentions", [])]
    why = set()
    for other in gold["actors"]:
        if other is not g and other["kind"] == "person" and any(
                _overlaps(o, m) for o in other["mentions"] for m in out):
            why.add("merged")
            break
    for m in out:
        for gs in g["mentions"]:
            if _overlaps(gs, m) and (m[0] < gs[0] or m[1] > gs[1]):
                extra = _words(text[m[0]:max(m[0], gs[0])] + " " + text[min(m[1], gs[1]):m[1]])
                if extra & unknown:
                    why.add("wide")
    in_text = _words(text)
    why.add("lexicon" if unknown - in_text else "elsewhere")
    if len(g["mentions"]) == 1:
        why.add("one_mention")
    if (best.get("name") or "x")[:1].islower():
        why.add("description")
    return why


def _false_shape(a: dict, parts: set) -> tuple[str, ...]:
    """The shape keys of a false output actor, for `false_why`: a name that starts with a capital or a common noun,
    with a `role` word or none, coded or not, one mention or more, and its part in the article (an event's source/target or a quote's speaker: `part`, else `no_part`)."""
    name = a.get("name") or ""
    return ("named" if name[:1].isupper() else "common_noun", "with_role" if a.get("role") else "no_role",
            "coded" if a.get("code") else "uncoded",
            "one_mention" if len(a.get("mentions", [])) == 1 else "mentions_2plus",
            "part" if a.get("id") in parts else "no_part")


def _joint(a: dict, parts: set) -> str:
    """The joint shape of an output actor (session 49): name case, role word, mentions and part together, as one key
    `j:named/no_role/one_mention/no_part`, so that pooled kept figures say which combination holds the false actors."""
    k = _false_shape(a, parts)
    return "j:" + "/".join((k[0], k[1], k[3], k[4]))


def _parts(art: dict) -> set:
    """The ids of the actors that are an event's source or target, or a quote's speaker, in one article's output."""
    ids = {p.get("actor") for e in art.get("events", []) for side in ("source", "target") for p in e.get(side) or []}
    ids |= {(q.get("speaker") or {}).get("actor") for q in art.get("quotes", [])}
    return ids - {None}


def score_article(gold: dict, text: str, actors: list[dict], errors: list, art: dict | None = None) -> dict:
    c = dict.fromkeys(("gold", "covered", "matched", "country_ok", "sector_ok", "coded", "codable",
                       "wrong_identity", "wrong_identity_form", "system", "false", "false_non_actor",
                       *("wi_" + k for k in WHY)), 0)
    sys_spans = [[(m["start"], m["end"]) for m in a.get("mentions", [])] for a in actors]
    used = set()
    for g in gold["actors"]:
        hits = []
        for k, spans in enumerate(sys_spans):
            n = sum(any(_overlaps(gs, ss) for ss in spans) for gs in g["mentions"])
            if n:
                chars = sum(max(0, min(gs[1], ss[1]) - max(gs[0], ss[0])) for gs in g["mentions"] for ss in spans)
                spill = sum(ss[1] - ss[0] - max(0, min(gs[1], ss[1]) - max(gs[0], ss[0]))
                            for gs in g["mentions"] for ss in spans if _overlaps(gs, ss)) if SPILL_TIES else 0
                hits.append((n, chars, -spill, -k, k))
                used.add(k)
        if not g["optional"]:
            c["gold"] += 1
            c["covered"] += bool(hits)
        base = {"id": gold["id"], "gold": g["name"], "gold_country": g["country"], "gold_sector": g["sector"],
                "gold_mentions": [text[s:e] for s, e in g["mentions"]][:6]}
        if not hits:
            if not g["optional"]:
                errors.append(base | {"error": "missed"})
            continue
        best = actors[max(hits)[4]]
        c["matched"] += 1
        ok_c, ok_s = best.get("country") == g["country"], best.get("sector") == g["sector"]
        c["country_ok"] += ok_c
        c["sector_ok"] += ok_s
        if g["country"] or g["sector"]:
            c["codable"] += 1
            c["coded"] += bool(best.get("code"))
        out = {"system": best.get("name"), "country": best.get("country"), "sector": best.get("sector"),
               "code": best.get("code")}
        if not (ok_c and ok_s):
            errors.append(base | out | {"error": "code"})
        if g["kind"] == "person" and g.get("identity") and best.get("name"):
            known = _words(g["identity"]).union(*(_words(text[s:e]) for s, e in g["mentions"]))
            unknown = _words(best["name"]) - known
            if unknown:
                c["wrong_identity"] += 1
                form = all(_form_of(w, known) for w in unknown)
                c["wrong_identity_form"] += form
                why = _why_wrong(gold, g, text, best, unknown)
                for k in why:
                    c["wi_" + k] += 1
                errors.append(base | out | {"error": "identity", "identity": g["identity"], "form_only": form,
                                            "why": sorted(why)})
    non = [tuple(s) for s in gold.get("non_actors", [])]
    parts = _parts(art or {})
    for k, a in enumerate(actors):
        c["system"] += 1
        for key in _false_shape(a, parts):
            c["ow_" + key] = c.get("ow_" + key, 0) + 1
        joint = "ow_" + _joint(a, parts)
        c[joint] = c.get(joint, 0) + 1
        if k in used:
            continue
        c["false"] += 1
        hit_non = any(_overlaps(ss, ns) for ss in sys_spans[k] for ns in non)
        c["false_non_actor"] += hit_non
        for key in _false_shape(a, parts):
            c.setdefault("fw_" + key, 0)
            c["fw_" + key] += 1
        joint = "fw_" + _joint(a, parts)
        c[joint] = c.get(joint, 0) + 1
        errors.append({"id": gold["id"], "error": "false", "system": a.get("name"), "country": a.get("country"),
                       "sector": a.get("sector"), "non_actor": hit_non, "shape": list(_false_shape(a, parts)),
                       "mentions": [m["text"] for m in a.get("mentions", [])][:6]})
    return c


def set_output(name: str, arts: dict) -> tuple[list, dict] | None:
    """One gold set's rows and dateline's output of its articles (id -> the article's dict); None for no such set."""
    from dateline.pipeline import process
    from dateline.records import Article, RawArticle

    path = GOLD / f"{name}.jsonl"
    if not path.exists():
        return None
    gold = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    raws = [RawArticle(id=g["id"], text=arts[g["id"]]["text"], published=arts[g["id"]]["published"],
                       origin=g["id"]) for g in gold]
    return gold, {a.id: a.to_dict() for a in process(raws) if isinstance(a, Article)}


def run(names: list[str], errors_dir: pathlib.Path | None) -> dict:
    arts = articles()
    results = {}
    for name in names:
        got = set_output(name, arts)
        if got is None:
            continue
        gold, out = got
        total: dict[str, int] = {}
        errs: list = []
        for g in gold:
            art = out.get(g["id"], {})
            for k, v in score_article(g, arts[g["id"]]["text"], art.get("actors", []), errs, art).items():
                total[k] = total.get(k, 0) + v
        r = {"articles": len(gold), "gold_actors": total["gold"],
             "coverage": round(total["covered"] / max(total["gold"], 1), 3),
             "country": round(total["country_ok"] / max(total["matched"], 1), 3),
             "sector": round(total["sector_ok"] / max(total["matched"], 1), 3),
             "code": round(total["coded"] / max(total["codable"], 1), 3),
             "wrong_identity": total["wrong_identity"], "wrong_identity_form": total["wrong_identity_form"],
             "false_actors": round(total["false"] / max(total["system"], 1), 3),
             "false_on_non_actors": total["false_non_actor"], "output_actors": total["system"]}
        if total["false"]:
            r["false_why"] = {k[3:]: v for k, v in sorted(total.items()) if k.startswith("fw_")}
        r["output_why"] = {k[3:]: v for k, v in sorted(total.items()) if k.startswith("ow_")}
        if total["wrong_identity"]:
            r["wrong_identity_why"] = {k: total["wi_" + k] for k in WHY if total["wi_" + k]}
        results[name] = r
        print(name, json.dumps(r))
        if errors_dir:
            errors_dir.mkdir(parents=True, exist_ok=True)
            (errors_dir / f"{name}.actors.errors.jsonl").write_text(
                "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errs), encoding="utf-8")
    return results


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,tune,kept,tune2")
    ap.add_argument("--errors", type=pathlib.Path)
    ap.add_argument("--first-tie", action="store_true",
                    help="ties between equal overlaps go to the first output actor (the scoring before session 38)")
    a = ap.parse_args()
    SPILL_TIES = not a.first_tie
    run(a.sets.split(","), a.errors)
