"""Senses of conflict words in the kinds of story that are not politics (issue 10, ev23p): a sports report tells
of games in the words of force (`Alabama beat Clemson 45-40`, `the midfielder shot past the goalkeeper`), and a war
or disaster report counts its casualties (`two dead and 18 wounded`); neither is a PLOVER event. The story's domain
is read off the sentence's words (word classes `sport`, `contest`, `ballot`, `harmsign`, `attackname` in
lexicon/event_senses.tsv; run from `checks.keep`). Web pages of entertainment and technology (ev27a) tell of filming
(`shot the film in Morocco`), of works reaching the shops (`the sequel hits theaters`) and of code run (`the script is
executed in the browser`) in the same words (`filming`, `release`, `code_run`), and tell the plots of films, novels and
games (`fiction`)."""
from __future__ import annotations

import re

from bisect import bisect_left

from ..page import page_of
from ..spans import any_in, cut_sentences, lowered, per_doc, sentence_tokens
from ..token_strings import strings
from . import crime, sentence
from .columns import distinct
from .nouns import actor_noun
from .triggers import lemma as _lemma, ACTOR_ENTS, Candidate

SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")    # `45-40`, `3-1`: a game's score in one token
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "REJECT", "SANCTION", "MOBILIZE"})
STATISTIC = frozenset({"percent"})   # a ballot word that a game report uses for play (`shot 56.4 percent`)
GAME_SENTENCES = 3      # sentences telling of a game that make a whole page a game report (`game_report`)


def _scored(toks) -> bool:
    """A game's score in the sentence: the winner's first (`45-40`, `102-98`, `3-1`, or `31 - 3` as the tokenizer
    splits it); not a case or a page number (`No. 14-915`, `pages 12-30`: the first number is smaller)."""
    for k, t in enumerate(toks):
        pair = None
        if SCORE.match(t.text):
            pair = t.text.split("-")
        elif t.text == "-" and 0 < k < len(toks) - 1 and SCORE.match(toks[k - 1].text + "-" + toks[k + 1].text):
            pair = (toks[k - 1].text, toks[k + 1].text)
        if pair is not None and int(pair[0]) >= int(pair[1]) and int(pair[0]) <= 200 and not (
                k > 0 and toks[k - 1].lower_ in ("no", "no.")):
            return True
    return False


def game_play(c: Candidate, w) -> bool:
    """A word of force (`contest`: beat, defeat, crush, attack, shoot, strike, charge, block, threaten ...) in a
    sentence about a game: one with a word only sport uses (`sport`: touchdown, goalkeeper, inning, playoff, foul,
    championship ...) or a score, and no word of elections (`ballot`: `Roe would beat Ward 47 to 41 percent in
    the primary`) nor of real harm (`harmsign` and the crime words: `a gunman shot two fans outside the stadium`), and
    no body that votes doing it (`votebody`: `the council blocked the plan 5-2` counts votes). Play in a game, no event.
    On a page that is a game report (`game_report`) the sentence need not name the game, only no word of elections
    (a share is a statistic there: `shot 56.4 percent`) nor of real harm besides the words of force themselves
    (`shooting` is a crime word, and a shot at the basket: `11-for-15 shooting`)."""
    if c.etype not in FORCE_TYPES:
        return False
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in w["contest"] and word.lower_ not in w["contest"]:
        return False
    sent = sentence.of_token(c.token)     # (its words and its game read once a sentence: sentence.py)
    if any(hasattr(t, "lemma_") and (_lemma(t) in w["votebody"] or t.lower_ in w["votebody"]) for t in c.source):
        return False                      # `the council blocked the plan 5-2`: a body's vote count, no game's score
    harm = crime.words()["crimeword"] | w["harmsign"]
    if not sent.words & harm and sent.game(w):
        return True
    if not game_report(c.token.doc, w):
        return False
    toks = sent.toks
    play = [t for t in toks if t.i != word.i and _lemma(t) not in w["contest"] and t.lower_ not in w["contest"]]
    others = {_lemma(t) for t in play} | {t.lower_ for t in play}
    return not (others & harm or others & w["ballot"] - STATISTIC)


def sport_talk(c: Candidate, w) -> bool:
    """An event on a sports page (extractors/page.py `Page.sports`, the one page test both stages read) among
    players, coaches and clubs: no event of the guide (the
    gold codes such pages' events optional at most). Kept where the sentence holds a word of politics, elections or
    law (`ballot`, `votebody`, `lawforce`, `polity`), of real harm (`harmsign`, the crime words: `fans stabbed a
    steward outside the stadium`), or a participant that is a state, a people or a known politician (a GPE or NORP
    name, lexicon/people.tsv: `Trump said the league had gone soft`)."""
    if not page_of(c.token.doc).sports:
        return False
    sent = sentence.of_token(c.token)
    words = sent.words
    keep = w["ballot"] | w["votebody"] | w["lawforce"] | w["polity"] | w["harmsign"] | crime.words()["crimeword"]
    if sent.game(w):
        keep = keep - w["contest"]        # `helped the Sun Devils to two wins, beating Oregon 62-54`: a word of force
        # in a sentence that tells of a game is play (as `game_play` reads it), no harm that keeps the event (ev32b)
    if not words.isdisjoint(keep):
        return False
    from ...lexicon.actors import person_forms

    forms = person_forms()
    for x in list(c.source) + list(c.target):
        if not hasattr(x, "ent_type_"):
            continue
        if x.ent_type_ in ("GPE", "NORP") and x.pos_ == "PROPN" and x.dep_ not in ("compound", "poss"):
            return False                  # a state acts or is acted on (`Pakistan recalled its envoy`)
        ent = [e for e in c.token.doc.ents if e.start <= x.i < e.end]
        if ent and (ent[0].text in forms or x.text in forms):
            return False
    return True


def _game_sentence(toks, w) -> bool:
    """A sentence that tells of a game: a word only sport uses or a score, and no word of elections."""
    lemmas = {_lemma(t) for t in toks} | {t.lower_ for t in toks}
    return not lemmas & w["ballot"] and bool(lemmas & w["sport"] or _scored(toks))


def game_report(doc, w) -> bool:
    """The whole page is a game report (a sports page, a round-up of scores): GAME_SENTENCES or more of its
    sentences tell of a game (`_game_sentence`). There a word of force with no word of real harm beside it is play
    even in a sentence that names no game (`the Hawks beat the Lions for their fifth win`, `5-for-6 shooting
    from the field`); made once a doc. The sentences are the events stage's (`spans.cut_sentences`: the parse's, cut
    again at blank lines), so a headline the parse ran into its lede counts apart."""
    return per_doc(doc, "dateline.events.game_report", lambda d: _may_report(d, w) and sum(
        sentence.of(d, s.start, s.end).game(w) for s in cut_sentences(d)) >= GAME_SENTENCES)


def _may_report(doc, w) -> bool:
    """Whether GAME_SENTENCES sentences of the doc (`cut_sentences`) may tell of a game: a sentence does only with a
    word of `sport` (lemma or form in lower case) or a score (`_score_marks`: where `_scored_at` may find one), so a
    doc with fewer such sentences is no game report, found without each sentence's words (speed35b: most docs hold
    none; speed36a: a score mark, not any hyphen - 136 of 177 polnear texts with a `contest` word passed on hyphens)."""
    sport = w["sport"]
    lems, lows = lowered(doc), lowered(doc, "LOWER")
    found = set(_score_marks(doc))
    if not (distinct(doc).isdisjoint(sport) and distinct(doc, "LOWER").isdisjoint(sport)):
        found.update(i for i in range(len(doc)) if lems[i] in sport or lows[i] in sport)
    if len(found) < GAME_SENTENCES:
        return False
    found = sorted(found)
    return sum(any_in(found, s.start, s.end) for s in cut_sentences(doc)) >= GAME_SENTENCES


def _words_of(doc, a: int, b: int) -> frozenset[str]:
    """`{_lemma(t) for t in toks} | {t.lower_ for t in toks}` of the tokens [a, b) (`toks = tokens(doc)[a:b]`): the
    span's `Sentence.words` (sentence.py, read off the doc's lowered columns once a sentence)."""
    return sentence.of(doc, a, b).words


def _game_sentence_at(doc, a: int, b: int, w) -> bool:
    """`_game_sentence(tokens(doc)[a:b], w)`: the span's `Sentence.game` (sentence.py, once a sentence)."""
    return sentence.of(doc, a, b).game(w)


def _scored_at(doc, a: int, b: int) -> bool:
    """`_scored(tokens(doc)[a:b])`, tried only at the words with a hyphen (a score is one, or `-` between two numbers:
    a sentence without one has none), their texts and lower case read off the columns (once a doc: `_dashes`)."""
    dashes = _dashes(doc)
    k = bisect_left(dashes, a)
    if k == len(dashes) or dashes[k] >= b:
        return False
    texts, lows = strings(doc, "ORTH"), lowered(doc, "LOWER")
    for i in dashes[k:bisect_left(dashes, b, k)]:
        t = texts[i]
        pair = None
        if SCORE.match(t):
            pair = t.split("-")
        elif t == "-" and a < i < b - 1 and SCORE.match(texts[i - 1] + "-" + texts[i + 1]):
            pair = (texts[i - 1], texts[i + 1])
        if pair is not None and int(pair[0]) >= int(pair[1]) and int(pair[0]) <= 200 and not (
                i > a and lows[i - 1] in ("no", "no.")):
            return True
    return False


def _score_marks(doc) -> list[int]:
    """The indices of the doc's words where `_scored_at` may find a score, whatever the sentence's bounds: a word of
    SCORE's form, or `-` between two words that join into one (a superset of the words it finds one at, whose numbers,
    `No.` before and sentence bounds it also reads), once a doc."""
    def marks(d) -> list[int]:
        texts, n = strings(d, "ORTH"), len(d)
        return [i for i in _dashes(d) if SCORE.match(texts[i]) or texts[i] == "-" and 0 < i < n - 1 and
                SCORE.match(texts[i - 1] + "-" + texts[i + 1])]
    return per_doc(doc, "dateline.events.score_marks", marks)


def _dashes(doc) -> list[int]:
    """The indices of the doc's words whose text holds a hyphen (`_scored_at`), once a doc."""
    return per_doc(doc, "dateline.events.dashes", lambda d: [i for i, t in enumerate(strings(d, "ORTH")) if "-" in t])


def tally(c: Candidate, w) -> bool:
    """A count of the harmed with no act told (`counted two dead and 18 wounded`, `with 50 wounded`): a participle with
    no auxiliary right after a number (the parse makes it the subject or leaves the participle without one) names
    casualties, no attack, when the sentence names no attack (`attackname` and the crime words: `the blast left two
    dead and 18 wounded` has its event in `blast`)."""
    t = c.token
    if c.etype != "ASSAULT" or c.noun is not None or t.tag_ != "VBN" or c.extra_source is not None:
        return False
    if any(x.dep_ in ("aux", "auxpass", "dobj", "agent") for x in t.children):
        return False
    if t.i == 0:
        return False
    num = t.doc[t.i - 1]                  # the count right before the participle (`18 wounded`), its subject or not
    subj = [x for x in t.children if x.dep_ in ("nsubj", "nsubjpass")]
    if not (num.like_num or num.tag_ == "CD") or re.match(r"^\d{4}$", num.text) or subj and subj != [num]:
        return False                      # (`in 2015 wounded veterans`: a year)
    names = w["attackname"] | crime.words()["crimeword"]
    return not any(x.i != t.i and (_lemma(x) in names or x.lower_ in names or x.lower_[:-1] in names)
                   for x in sentence_tokens(t))  # (`Shootings` in a headline: a proper noun, its plural unlemmatised)


SHOOT = frozenset({"shoot", "shot", "shooting", "shoots"})
START = frozenset({"start", "begin", "finish", "resume", "wrap", "complete", "continue", "halt", "stop", "delay"})


def filming(c: Candidate, w) -> bool:
    """`shoot` typed ASSAULT that makes a film: what is shot is a work of the screen (`screenwork`: film, movie, scene,
    episode, footage, drama, photo ...) or it is shot `on` a `medium` (`the crew shot the final scenes`, `The movie
    was shot in 18 days`, `start shooting director Ann Lee's war drama`, `the film began shooting`, `shot on video`),
    no person is the one shot, and no word of real harm is near (`_harm_near`: `a gunman shot two moviegoers at a
    screening of the film` stays). One rule: ev27a's, with ev27b's clause and rev27a's and rev27c's guards merged in."""
    t = c.noun if c.noun is not None else c.token
    if c.etype != "ASSAULT" or _lemma(t) not in SHOOT and t.lower_ not in SHOOT:
        return False
    shot = [x for x in t.children if x.dep_ in ("dobj", "nsubjpass")]
    h, steps = t, 0
    while h.dep_ in ("amod", "compound", "poss", "nmod") and h.head.i != h.i and steps < 4:
        h, steps = h.head, steps + 1      # `shooting director Ann Lee's drama`: the parse hangs `shooting` on a noun
        shot.append(h)                    # that leads up to what is shot
    if t.dep_ in ("xcomp", "dobj") and _lemma(t.head) in START:
        shot += [x for x in t.head.children if x.dep_ == "nsubj"]   # `the film began shooting in March`
    if any(someone(x) for x in t.children if x.dep_ in ("dobj", "nsubjpass")):
        return False                      # a person shot: `a protester was shot on camera` (rev27c)
    shot += [y for x in list(shot) if x.pos_ not in ("NOUN", "PROPN") or _lemma(x) in w["workpart"]
             for p in x.children if p.dep_ == "prep" and p.lower_ == "of"
             for y in p.children if y.dep_ == "pobj"]               # `shot most of the film`, not `shot the star
    # of the series` (someone of the work, rev27c)
    if not any(_lemma(x) in w["screenwork"] or x.lower_ in w["screenwork"] for x in shot) and not any(
            x.dep_ == "prep" and x.lower_ in ("on", "with") and any(_lemma(y) in w["medium"] for y in x.children)
            for x in t.children):
        return False                      # nor shot `on film`, `on video` (a `medium`; ev27b's clause, merged here)
    return not _harm_near(c.token, t, w)


def someone(x) -> bool:
    """A person or an actor (a name of one, a noun of an actor, a personal pronoun): what a blow, not a camera, is
    aimed at (rev27c)."""
    return x.ent_type_ in ACTOR_ENTS or actor_noun(x) or x.lower_ in (
        "he", "she", "him", "her", "they", "them", "we", "us", "i", "me", "you", "who")


def _harm_near(tok, t, w) -> bool:
    """A word of real harm (`harmsign`, the crime words) in `tok`'s sentence other than `t` or a word of shooting:
    the one test of filming and of a release (`Missiles hit theaters and shops, killing 12`: a blow; rev27c)."""
    harm = (crime.words()["crimeword"] | w["harmsign"]) - SHOOT
    return any(_lemma(x) in harm or x.lower_ in harm for x in sentence_tokens(tok) if x.i != t.i)


def release(c: Candidate, w) -> bool:
    """`hit` with a plural place where works and goods reach the public or the night out (`outlet`: theaters, stores,
    shelves, charts, tiles: `the sequel hits theaters Friday`, `was seen hitting the tiles`): a work released or a
    night out, no blow struck (`a shell hit the theater` is singular and stays). Not when a word of harm is in the
    sentence (`Missiles hit theaters and shops, killing 12`) or the hitter is an actor (`looters hit stores across
    the city`, `the gang hit three stores`): a raid or a blow (rev27c)."""
    t = c.token
    if c.noun is not None or _lemma(t) != "hit":
        return False
    if not any(x.dep_ == "dobj" and x.tag_ in ("NNS", "NNPS") and _lemma(x) in w["outlet"] for x in t.children):
        return False
    subj = next((x for x in t.children if x.dep_ == "nsubj"), None)
    if subj is not None and someone(subj) and subj.lower_ not in ("it", "they", "who"):
        return False
    return not _harm_near(c.token, t, w)


def code_run(c: Candidate, w) -> bool:
    """`execute` typed ASSAULT said of code (`software`: code, script, browser, program ...): what is executed is
    software or a pronoun for it in a sentence about software (`the code is analysed before it is executed in the
    browser`); executing prisoners stays."""
    t = c.noun if c.noun is not None else c.token
    if c.etype != "ASSAULT" or _lemma(t) != "execute":
        return False
    done = [x for x in t.children if x.dep_ in ("dobj", "nsubjpass")]
    if not done and t.dep_ == "xcomp":
        done = [x for x in t.head.children if x.dep_ == "dobj"]   # `enabling it to be executed`
    if not done:
        done = [x for x in c.target if hasattr(x, "dep_")]          # (the parse's reading of a garbled sentence)
    if not done or not all(_lemma(x) in w["software"] or x.lower_ in ("it", "which", "that") for x in done):
        return False
    return any(_lemma(x) in w["software"] for x in sentence_tokens(t))


def fiction(c: Candidate, w) -> bool:
    """An act in the plot of a work of fiction (`fiction`: film, movie, novel, series, show, game ...), told as what the
    work tells: under a verb of plot whose subject is the work (`plotverb`: `the novel follows a spy who assassinates
    a general`, `the series is set in a world where the army has seized power`, `the game lets players storm castles`),
    or in a sentence that opens `In the film,` (`In the film, he plays a soldier who kills his officer`). A documentary,
    a book or a report tells of real acts and is no `fiction` word; a work that is itself a participant (`the film
    accuses the agency`) is left alone."""
    if sentence.of_token(c.token).words.isdisjoint(w["fiction"]):
        return False                      # (no work named in the sentence: every test below needs one; speed35b)
    t = c.noun if c.noun is not None else c.token
    toks = sentence_tokens(c.token)
    if not toks:
        return False
    def work(x) -> bool:                  # (`a series of raids`, `a show of force`: no work)
        return (_lemma(x) in w["fiction"] or x.lower_ in w["fiction"]) and not any(
            y.dep_ == "prep" and y.lower_ == "of" for y in x.children)
    first = [x for x in toks[:4] if x.dep_ == "pobj" and work(x) and x.head.lower_ == "in" and x.head.i == toks[0].i]
    if first and any(x.lower_ == "," for x in toks[:8]):
        return True                       # `In the film, ...`
    h, steps = t, 0
    while h.head.i != h.i and steps < 6:
        if h.dep_ in ("nsubj", "nsubjpass"):
            return False                  # (the act is in the subject: `the raids that followed the film`)
        below, h, steps = h, h.head, steps + 1
        if below.dep_ == "relcl" and h.ent_type_ in ("GPE", "LOC", "FAC"):
            return False                  # (a clause on a real place the work is set in: `the film is set in Kabul,
            # where the Taliban later attacked` tells of Kabul; a `world where` stays the plot; ev28)
        if h.pos_ in ("VERB", "AUX") and (_lemma(h) in w["plotverb"] or h.lower_ in w["plotverb"]) and any(
                x.dep_ in ("nsubj", "nsubjpass") and work(x) for x in h.children):
            if below.dep_ in ("conj", "cc", "advcl", "parataxis") or (
                    _lemma(h) in CAST and not any(x.dep_ == "prep" and x.lower_ == "as" for x in h.children)) or (
                    h.tag_ == "VBD" and _lemma(h) in AFTER):
                return False              # (a clause beside the plot: `the novel follows a spy ..., and its author
                # was arrested`; the cast named, no role: `the film stars an actor who was arrested`; came after or
                # witnessed: `the show followed weeks of protests in which police arrested hundreds`; rev27c)
            return True
    return False


AFTER = frozenset({"follow", "see"})     # plot verbs whose simple past is news: came after, witnessed (a plot is told
# in the present: `the film follows a spy who ...`; rev27c)
CAST = frozenset({"star", "feature"})     # plot verbs that name the cast: the plot is in the role (`stars X as a spy
# who ...`), not in what is said of the actor (rev27c)
