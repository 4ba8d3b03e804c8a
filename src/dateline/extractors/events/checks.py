"""Sense and assertion checks on analysed trigger candidates: what EVENT_GUIDE.md says is no event.

Each check reads one candidate (its trigger in the parse, its type and arguments) and says whether it stays an
event; a few fix the type or the mood instead. They run after `triggers.analyse` and before the model chooses a
sentence's events, so a dropped candidate leaves room for another; `retype` runs again after the model.
Word classes: lexicon/event_senses.tsv. docs/events.md ("Whole articles") lists every rule with examples.
- questions: `asked whether`, `asked about`, `Asked to describe ..., X said` are no requests;
- things named, not done: a trigger noun modifying another noun (`appeals court`), a weapon alone; a weapon's test
  or launch is MOBILIZE; topics (a nominal event of talk, cooperation, criticism or sanctions with no participant);
- senses: documents released, given or shared; lifting only restrictions; aid, sharing, vows, returning, allowing,
  seeking to, seizing on, fired from a job, committing a crime, campaign rallies;
- who acts (`_acting`): statements, agreements, aid and concessions need an actor as source; the trigger noun is
  never its own source; a common-noun modifier of an act of force is its target; figurative fights;
- guide types (`retype`): sanctions, criminal charges, manhunts, expulsions, military strikes, launches, vows of
  force, warnings about others, accepting offers, sending personnel, protesters on the street, attacking words;
- mood (`_mood`): needs, duties, judgements, orders and goals over an infinitive or that-clause, `in case of`,
  `it is not that`, habits, wh-questions embedded under asking or not knowing;
- figures and names (`_idiom`, `_no_occasion`, `_no_deal`): idioms of a verb and its phrase, meetings no one held
  or met at, appeals that ask nothing, signing on, offering a view, promises named;
- force on nothing and mishaps (`_force_on_nothing`, `_mishap`): force with only abstract things on either side, or
  done by a thing no one uses to harm; the reader addressed (`_reader_told`); people given, no thing (`small_types`' `_nothing_given`);
- unseen articles (ev14p): states won in a race (`_contest_won`), violence words that are an attack's topic
  (`_violence_beside_topic`), duties denied or possible (`duty_laid`), criticism held back (`_restraint`),
  recognising no one (`_recognized_no_one`), cyber attacks (`_cyber_attack`);
- unseen articles (ev15p): acts in the clause of a claim or a theory (`_alleged`), a negation over verbs joined by
  `or` and over what a denied verb of getting names (`_denied_alike`); its second reading (rev15a): `or` as the
  coordinator that joins the verb (`_joined_by`), clauses `nor` opens (`_nor_opened`), claims confirmed.
- precision margin (ev17p): backing pledged (`_backing_pledged`), things sought (`_thing_sought`), `support` with no
  backer, body arms (`_body_arms`), places evacuated (`_place_left`), help denied of a thing (`_help_of_a_thing`),
  `must be -ing` (`_inferred`), `seized on` before a stray object.
- unasserted and described (ev19p): what a proposal or a call holds (`_proposed_gerund`), a verdict in an if/whether
  clause, `gotta`, appeals that draw voters (`_attraction`), acts of a kind of people (`_kind_described`); reviewed in
  rev19p (docs/events.md).
- type confusions (ev20t): invitations to act (`_invited_to_act`), a warner's own act on a condition
  (`_self_warned_if`), sentences without a term, figures that fell (`_fell`), market demand (`_market_quantity`),
  going back to a place (`_went_back_to`), rules on a practice (`_rule_on_practice`), quoted titles (`_quoted_title`).
- political wire articles (ev22p): verdicts on `something` (`_verdict_on_nothing`), marches toward no place
  (`_march_of_progress`), prize nominations (`_nominated_for_award`), confidence in an outcome
  (`_confidence_in_an_outcome`), charges of a thing with no one charging (`_charge_of_a_thing`), `striking` as a
  quality (`_striking_quality`), praise a poll counts, courts striking down bans (`retype`), figures that dropped
  (`_fell` for CONCEDE), breaking down.
- type confusions in whole articles (ev25b): defending one's own doing (`_own_defended`: SUPPORT, not a stance on a
  thing), oneself against a charge (`retype`: REJECT), answering a charge (`_charge_answered`: REJECT), attacking
  someone for a deed (`_attacked_for_doing`: ACCUSE).
"""
from __future__ import annotations

import functools
import operator
import re

from ...lexicon import classes, pronouns, rows
from ..spans import (char_span, children, first_in, having, ids_of, indices, lemma_in, sentence_of, sentence_tokens,
                     span_of, tokens)
from ..spans import column, text as doc_text
from .columns import lemma_picked
from . import crime, domains, evaluative, sentence, senses as word_senses, threats
from .lexicon import Pattern, hazards, load, plover
from .nouns import actor_noun
from .victims import _person as names_people, _person_nouns as person_nouns
from .triggers import (lemma as _lemma, ACTOR_ENTS, Candidate, _depth, actor_like, cameo_of, child, clitic_modal,
                       is_passive, names_actor, negated_word, np_bounds, opened_by_for, prep_object, subject_of,
                       antecedent, speaker_of_clause, _a_date, _counted, at_dwelling, at_street, warlike)

MATERIAL = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"})
# entity types that never name an actor (not LAW, WORK_OF_ART, PRODUCT, EVENT: the small model gives them to
# people's names too: `Trump told NBC` as WORK_OF_ART)
THING_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"})


@functools.lru_cache(maxsize=1)
def senses() -> dict[str, frozenset]:
    """lexicon/event_senses.tsv as class -> words (read once)."""
    return {k: frozenset(v) for k, v in classes("event_senses.tsv").items()}


def _figure_burst(t, w) -> bool:
    """A verb of bursting (event_senses `figureburst`: explode, skyrocket) with no object, said of a figure: its
    nearest subject is a noun of a figure (`figurenoun`: `the prison population`, `the number of flu cases`), or a
    `to`/`from`/`by` phrase names a number (`exploded to 2.3 million`). Growth told, no blast (ev57). A bomb, a car, a
    tanker or a device that exploded is none of these and stays an attack (or a mishap for other rules)."""
    if _lemma(t) not in w["figureburst"] or not _is_verb(t) or any(x.dep_ in ("dobj", "nsubjpass") for x in children(t)):
        return False
    subj = [x for x in children(t) if x.dep_ == "nsubj"]
    if subj and _lemma(subj[-1]) in w["figurenoun"] and not subj[-1].ent_type_:
        return True
    return any(x.dep_ == "prep" and x.lower_ in ("from", "to", "by") and any(
        y.like_num or y.lower_ in ("percent", "%") or y.ent_type_ in ("PERCENT", "MONEY", "CARDINAL")
        for y in x.subtree) for x in children(t))


_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
_POINTER_MARK = re.compile(r"\s*[:»|>]")


def _pointer_line(t, w) -> bool:
    """t's line (the text between two line breaks) points at another story: it opens with a word of event_senses
    `pointer` (`Previous`, `RELATED`, `Read more`, `See also`) followed by a colon, `»`, `|` or `>`, or it is one
    web address's slug (`marlow-county-shooting`, lower-case words joined by hyphens). Such a line is a link a page
    sets beside its article, another story's headline (ev57). Not `More than 20 people were hurt` (no mark after the
    word), `Related charges were filed` (the same), nor a hyphenated word inside prose."""
    text = doc_text(t.doc)                # (made once per doc: `doc.text` joins every token at each read)
    start = text.rfind("\n", 0, t.idx) + 1
    end = text.find("\n", t.idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    if _SLUG.fullmatch(line):
        return True
    low = line.lower()
    return any(low.startswith(p) and _POINTER_MARK.match(low, len(p)) for p in w["pointer"])


def _chance_taken(n, w) -> bool:
    """n, a noun of a chance, a power or a reason, is the object of a verb of taking it up or using it (event_senses
    `seizeverb`: `took the chance to criticize him`, `used his power to block the bill`), not negated and with no modal:
    the infinitive on it was done (ev57), when told in the past. Not `has the power to block`, `did not take the
    chance to`, `could use`, `are seizing an opportunity to`."""
    v = n.head
    if n.dep_ != "dobj" or v.pos_ not in ("VERB", "AUX") or _lemma(v) not in w["seizeverb"]:
        return False
    if not (v.tag_ == "VBD" or v.tag_ == "VBN" and any(x.dep_ == "aux" and x.lemma_ == "have" for x in children(v))):
        return False                      # (only a chance taken in the past tells the act done: `are seizing an
        # opportunity to tarnish him` is under way, told as a purpose)
    return not any(x.dep_ == "neg" or (x.dep_ == "aux" and x.lower_ in load().cues.get("modal", ())) or (
        x.dep_ == "aux" and x.lower_ == "to") for x in children(v))


def _audience_aimed(c: Candidate, w) -> bool:
    """`target` aimed at an audience (issue 10): its `at` phrase names no actor or an audience (event_senses
    `audience`, `electorate`: `ads targeted at Latino audiences`, `at older voters`, `at the first group`), or every
    one it aims at is such (`targeted Latino voters through digital ads`)."""
    t = c.token
    if c.noun is not None or not _is_verb(t) or _lemma(t) != "target":
        return False
    def audience(x) -> bool:
        return _lemma(x) in w["audience"] or _lemma(x) in w["electorate"]
    at = [y for x in children(t) if x.dep_ == "prep" and x.lower_ == "at" for y in children(x) if y.dep_ == "pobj"]
    if at:
        return all(audience(y) or not _head_actor(y) and not y.ent_type_ and y.pos_ != "PROPN" for y in at)
    aimed = [x for x in c.target if hasattr(x, "dep_")]
    return bool(aimed) and len(aimed) == len(c.target) and all(audience(x) for x in aimed)


def _aimed_unarmed(c: Candidate, w) -> bool:
    """The verb `target` typed ASSAULT with no word of bodily harm (`violence`), of harm or armed men (`harm`) nor of
    arms (`armed`) in its sentence, and no hacking (`hacker`, `online`, `network`: a cyber attack is COERCE, retyped
    later): aiming at someone (an ad buy targeting voters, a campaign targeting companies, policing that targets a
    group), no attack (`militants targeted a police post`, `was targeted for assassination` stay; so does any aim of a
    state, a people, a group or a force, and any aim at a place or a site: `Israel targeted a Hamas commander`)."""
    t = c.token
    if c.noun is not None or not (_is_verb(t) or _misread_verb(c)) or _lemma(t) != "target":
        return False                      # (`The ad targets Senator Brown`: a plural noun read as the verb, rev26c)
    doers = [x for x in c.source if hasattr(x, "subtree")] or [x for x in (subject_of(t),) if x is not None]
    if any(y.ent_type_ in ("GPE", "NORP", "ORG") or _lemma(y) in w["forces"] or _lemma(y) in w["armedseizer"]
           for x in doers for y in x.subtree):
        return False                      # a state, a people, a group or a force aims at someone: an attack may be
        # meant (`Israel targeted a Hamas commander`, `Russian jets targeted the town`, `Al-Shabab targeted a hotel`)
    if any(y.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(y) in w["site"]
           for x in c.target if hasattr(x, "subtree") for y in x.subtree):
        return False                      # a place or a site aimed at is struck (`targeted the town`, `a hotel in
        # Mogadishu`)
    marks = w["violence"] | w["harm"] | w["armed"] | w["hacker"] | w["online"] | w["network"]
    lex = load()

    def force(x) -> bool:                 # another word of force (`targeted for assassination`, `for killing`)
        p = lex.nouns.get(_lemma(x)) if x.pos_ == "NOUN" else lex.verbs.get(_lemma(x)) if _is_verb(x) else None
        return p is not None and p.cameo[:2] in ("18", "19", "20")
    return not any(((_lemma(x) in marks or x.lower_ in marks) or force(x)) and x.i != t.i for x in sentence_tokens(t))


def _misread_verb(c: Candidate) -> bool:
    """A candidate read as a verb on a token the parse tagged a plural noun (headlines: `The ad targets Senator
    Brown`): no noun of its own, not nominal."""
    return c.noun is None and not c.nominal and c.token.tag_ == "NNS"


def keep(c: Candidate) -> bool:
    """False when the candidate is no event; may retype it or mark it hypothetical on the way."""
    w = senses()
    if word_senses.no_act(c, w):
        return False                      # `left the room`, `activated the alarm` (senses.no_act, ev30a)
    if domains.sport_talk(c, w):
        return False                      # `the captain backed the embattled coach` on a sports page (ev31e;
        # domains.py), told in any form, its own or a quote's
    if c.etype == "ASSAULT" and not c.nominal and _figure_burst(c.token, w):
        return False                      # `the prison population has exploded`, `the number of cases exploded to
        # 3,000`: a figure that grew, no blast (ev57; `a bomb exploded` stays)
    if _pointer_line(c.token, w):
        return False                      # `Previous: Police release 911 call ...`, `marlow-shooting`: a line that
        # points at another story (its headline or its address), no event this article tells (ev57)
    if c.preset and crime.preset_no_event(c):
        return False                      # `was lying in bed`, said by police: no lie told; `I love him`
    if c.preset and c.etype == "SUPPORT" and c.token.lower_ in evaluative.words()["feeling"] and c.target and all(
            _own_thing(x, c) for x in c.target):
        return False                      # `he's proud of his campaign`, `of the campaign he ran`: one's own doing
    if c.preset and c.etype == "SUPPORT" and _electorate_backing(c, w):
        return False                      # `caucus-goers were more likely to say they preferred Clinton`: a poll
    if c.preset and c.etype == "SUPPORT" and poll_answer(c):
        return False                      # `six in 10 primary voters said Clinton is honest`: praise a poll counts,
        # as blame is (evaluative `_poll_answer`; ev22p)
    if c.preset and c.etype in ("ACCUSE", "SUPPORT") and _lemma(c.token) in w["viewing"] and \
            _electorate_view(c, w):
        return False                      # `many whites saw the program as detrimental`: voters' views counted
    if c.preset and c.etype == "SUPPORT" and _fondness_no_backing(c, w):
        return False                      # `I love Jesus!`, `I'd love the dockers to end up worse off`, `I love this
        # country`: a liking, a wish or a taste, no one backed
    if c.etype == "SUPPORT" and _confidence_in_an_outcome(c):
        return False                      # `expressed confidence that the party could still come together`
    if c.preset and c.etype == "SUPPORT" and _good_for_someone(c, w):
        return False                      # `trade may be good for the country`, `what is good for Americans`: a
        # thing's worth to someone, no actor praised
    if c.preset and c.etype in ("ACCUSE", "REJECT", "SUPPORT") and _verdict_on_nothing(c, w):
        return False                      # `we know something is very wrong`: a state of things judged, no one named
    if c.preset and c.etype == "REJECT" and _judged_wrong(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None   # `that county is wrong to keep such a rule`, `his
        # stance on the lawsuit is wrong`: an act or a stance judged, no claim denied
    if c.etype == "REQUEST" and _summoned_for(c, w):
        return False                      # `summoned the ambassador to complain`: the complaint is the act (plv31)
    if c.preset and c.etype == "ACCUSE" and _attack_reported(c):
        return False                      # `the army said it had launched airstrikes`: its own attack told, the
        # ASSAULT's source; saying so blames no one (plv31)
    if c.preset and c.etype == "ASSAULT" and _misread_verb(c) and _aimed_unarmed(c, w):
        return False                      # `The ad targets Senator Brown over his vote`: a verb the parse read as a
        # plural noun (headlines), aimed with no harm told, as below (rev26c)
    if c.preset:
        _mood(c, w)                       # `called on people to express outrage`: what was asked for
        return True
    retype(c)                             # a type the guide fixes decides what counts as a topic
    if _question(c, w) or _thing(c, w) or _topic(c) or _rule_as_doer(c, w):
        return False
    if c.nominal and _title_of_a_work(c):
        return False                      # `read from The Killing of Mr. Smith`, `starred in Attack of the Dunsby
        # Clones`: the title of a book or a film, no act told (ev56a)
    if c.quad == 4 and not c.nominal and _kind_suffering(c):
        return False                      # `women who are raped and become pregnant`, `anyone who is arrested`: a kind
        # of people described by what is done to them, no act (ev56a)
    if c.etype == "REQUEST" and c.noun is not None and c.noun.i != c.token.i and _lemma(c.token) in w["granting"]:
        return False                      # `the council approved a motion to appoint a citizen`: a request granted,
        # none made by the council
    if c.pattern.key == "vote_against" and not any(
            hasattr(x, "dep_") and (_lemma(x) in w["approvable"] or _lemma(x) in w["measure"]) for x in c.target):
        return False                      # `Sanders voted against keeping families together`, `we don't vote
        # against somebody`: only a vote against a measure (`voted against the permit`, `the bill`) refuses it
    was = _passed_fields(c)               # (the fields the checks below may write, for `_late_drops`: speed39a)
    if c.pattern.key in w["rebuttal"] and not (_tensed(c.token) and _charge_answered(c, w)):
        return _dropped_as_before(c, w, was)   # `responded to the letter`, `responding to the fire`: an answer, no
        # charge rejected; `forced him to respond to the claims`: no answer told (`responded to accusations that he
        # lied` stays; ev25b)
    if not _sense(c, w) or not _acting(c, w):
        return _dropped_as_before(c, w, was)
    if _late_drops(c, w, was):
        return False                      # crime and local news, sports, films, a sense's arguments (`_pure_drops`)
    if not small_types(c, w):
        return False                      # the small types' senses in political news (issue 10)
    if c.etype == "SUPPORT" and _recognized_no_one(c, w):
        return False                      # `seemed to recognize the significance of the victory`, `was recognized as
        # an Outstanding Young Man`, `were recognized by voters`: a thing seen or an honour named, no one backed
    if c.etype == "REJECT" and _restraint(c, w):
        return True                       # `declined to criticize Clinton`, `refusing to attack his rivals`: an act
        # of conflict held back (negated, of its own type), no one's demand or offer refused
    if c.etype == "ASSAULT" and _aimed_unarmed(c, w):
        return False                      # `an ad buy targeting Latinos`, `the companies he targets`, `policing
        # tactics have targeted black Americans`: aimed at, with no harm, arms or armed men told, no attack
    if c.etype == "ACCUSE" and _audience_aimed(c, w):
        return False                      # `television ads targeted at Hispanic voters`, `the campaign targeted Latino
        # voters through ads`: an audience reached, no one criticised (`ads targeting Trump` criticise him)
    if c.etype == "ACCUSE" and _contest_challenge(c, w):
        return False                      # `the professor who is challenging Rep. Wasserman Schultz in the primary`:
        # a race run against someone, no criticism
    if c.etype == "CONSULT" and _lemma(c.token) in w["speaking"] and c.target and all(
            hasattr(x, "dep_") and (_lemma(x) in w["audience"] or x.lower_ in w["audience"]) for x in c.target):
        return False                      # `keep speaking to crowds 15,000 strong`, `talking to their base`: an
        # audience addressed, no one met
    if c.etype == "CONSULT" and _spoke_to(c, w):
        return False                      # `Sanders is speaking to the National Action Network conference`, `spoke in
        # a stern voice to the woman`: an address, no meeting (`spoke with X`, `spoke to Putin by phone` stay)
    if c.etype == "CONSULT" and _lemma(c.noun if c.noun is not None else c.token) == "visit" and c.target and all(
            hasattr(x, "dep_") and x.pos_ == "NOUN" and (_lemma(x) in crime.words()["kin"] or _lemma(x) in w["homeplace"])
            and prep_object(x, "of") is None for x in c.target):
        return False                      # `visiting her sister in Paris`, `to visit the ancestral home and family`:
        # a family visit, no meeting of actors (`visited the families of the slain officers`: others' kin met)
    if c.etype == "CONSULT" and _campaign_stop(c, w):
        return False                      # `Ward visited Harlow on Sunday, holding a rally`, `visited the St.
        # Louis area to campaign`: a campaign stop, no one met
    if c.nominal and c.noun is not None and c.noun.dep_ == "nsubj" and c.noun.head.lemma_ == "be" and any(
            x.dep_ == "acomp" and _lemma(x) in w["needful"] for x in children(c.noun.head)):
        c.hypothetical = True             # `a discussion with the Mexican president was necessary`, `further
        # discussion is unnecessary`: an act said to be needed or not, not said to be done
    if c.etype == "COERCE" and c.nominal and c.noun is not None and c.noun.dep_ == "pobj" and \
            c.noun.head.lower_ == "from" and _lemma(c.noun.head.head) in w["freedfrom"]:
        return False                      # `was released from house arrest`, `escaped from custody`: the end of a
        # coercion told, none imposed here (the release is the act)
    if _seeming(c, w):
        return False                      # `the prosecutor looked crushed`, `felt threatened`: a state seen or felt
    if c.etype == "REJECT" and _lemma(c.noun if c.noun is not None else c.token) in w["refusalnoun"] and \
            _refusal_judged(c):
        return False                      # `His refusal to tackle the problem made it worse`, `praise his refusal`
    if c.etype == "ACCUSE" and c.nominal and _inquiry_in_passing(c, w):
        return False                      # `released in the investigation of Kell's server`, `immunity from civil
        # suits`, `fair in this case`: a suit or an inquiry named as the setting, no one bringing it (ev38)
    if c.etype == "REJECT" and _among_themselves(c, w):
        return False                      # `lawmakers disagree over how far it should go`, `the two parties disagree
        # on the budget`: people differing among themselves, no one's claim refused (ev38)
    if c.etype == "REJECT" and any(x.dep_ == "neg" for x in children(c.token)) and _generic_relative(c):
        return False                      # `a candidate who had never taken money from the banks`, `women who don't
        # help each other`: what a kind of people does not do, no refusal (kept for every act, it removed more
        # events the gold lists than false ones: `pastors who met with Trump`)
    if c.etype == "SUPPORT" and _is_verb(c.token) and _lemma(c.token) in w["odds"] and is_passive(c.token) and any(
            x.dep_ == "xcomp" and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x))
            for x in children(c.token)):
        return False                      # `the Democrats are favored to hold the Senate`: the odds of a race,
        # no one backing them
    if c.etype == "REJECT" and _generic_relative(c) and c.token.head.dep_ != "appos" and _restrictive_subject(
            c.token, ("who", "that", "which")) and not _owned_thing_refused(c.token):
        return False                      # `candidates who reject corporate money`, `anyone who refuses to follow
        # the rules`, `a party that rejects her`: what a kind of people refuses, a trait, no refusal made (backing
        # stays: the gold codes `older voters, who back the senator`; so does a refusal of someone in
        # particular, `a donor who opposes the senator` in apposition to a name, a group told of after a comma, `older
        # voters, who oppose her`, and a passive, `a deal that was rejected`)
    if c.etype == "CONSULT" and _lemma(c.noun if c.noun is not None else c.token) == "visit" and c.target and all(
            hasattr(x, "dep_") and x.pos_ == "NOUN" and not x.ent_type_ and _lemma(x) in w["placevisited"] and
            not any(y.dep_ == "poss" and _head_actor(y) for y in children(x)) for x in c.target):
        return False                      # `Obama barely visited the state`, `racing to visit all 99 counties`: a place
        # toured, no one met
    if c.etype == "REJECT" and _lemma(c.token) in load().cues["recognizeverb"] and _is_verb(c.token) and (
            (is_passive(c.token) and prep_object(c.token, "by") is None) or (
            child(c.token, ("dobj",)) is not None and not _head_actor(child(c.token, ("dobj",))) and
            _lemma(child(c.token, ("dobj",))) not in w["recognized"])):
        return False                      # `Perez is not widely recognized`, `did not recognize the passenger`:
        # unknown, no refusal (`did not recognize the new government` refuses)
    if c.etype == "REQUEST" and _lemma(c.token) == "seek" and c.target and all(
            hasattr(x, "dep_") and _lemma(x) in w["soughtinfo"] for x in c.target) and not any(
            x.dep_ == "prep" and x.lower_ == "from" for x in children(c.token)):
        return False                      # `The Post sought more details`, `as they sought answers`: information
        # looked for from no one
    if c.etype in ("SUPPORT", "REJECT") and c.target and all(_unnamed_seeker(x, w) for x in c.target):
        return False                      # `delegates free to support either candidate`, `supports candidates on both
        # sides`: backing or opposing whoever runs, no one in particular
    if (c.quad in (1, 2) or c.etype == "REQUEST") and _kind_described(c):
        return False                      # `people who ask for one`, `more than half those who met Clinton`, `people
        # who lobby on behalf of corporate interests`: what anyone of a kind does, told as who they are, no act
    if c.etype == "REQUEST" and _attraction(c, w):
        return False                      # `Cruz appeals to Reagan Democrats`, `his appeal to minorities`, `focus on
        # appealing to the electorate`: drawing voters, no plea (`appealed to residents to stay home` asks)
    if c.etype == "SUPPORT" and _described_backers(c):
        return False                      # `those whose main issue was schools tended to back Roe`, `many
        # of those who supported her rival`: a kind of voter described, no one backing
    if c.etype == "SUPPORT" and _policy_backed(c, w):
        return False                      # `Mr. Cruz supports squeezing out undocumented immigrants`, `lawmakers have
        # endorsed making it harder to enter`: a stance on a policy, no one backed
    if c.quad == 4 and _force_on_animals(c, w):
        return False                      # `captured a monster alligator`, `300 chickens were killed on a farm`:
        # force on animals, no actor targeted
    if c.etype == "ASSAULT" and _animal_attack(c, w):
        return False                      # `the tiger attack`, `a dog bit the boy`, `mauled by a bear`: an animal
        # is no actor (ev26b)
    if c.etype == "AGREE" and _no_deal(c, w):
        return False                      # `signed on to the effort`, `offered a striking contrast`, `live up to
        # their promises`: joining, saying or a promise named, no accord made
    if c.etype in ("THREATEN", "ACCUSE") and _warned_of_plight(c, w):
        return False                      # `aid agencies warned of famine`, `warned of heavy rain`: a danger foretold,
        # no one threatened or blamed
    if _idiom(c, w) or _no_occasion(c, w):
        return False                      # `struck a chord`, `after the meeting`: a figure or a name, no act
    if _reader_told(c):
        return False                      # `For details, call 555-010-2233 or see the Web page`: the
        # article tells its reader what to do, no actor acts
    if not c.nominal and c.token.tag_ == "VBG" and c.token.dep_ == "pcomp" and c.token.head.lower_ in w["topicof"]:
        c.hypothetical = True             # `was not concerned about working with the senator`, `talked about meeting
        # Putin`: an act talked or felt about, not said to be done
    if _force_on_nothing(c, w):
        return False                      # `destroyed the finances of families`, `the odds have shot up`: force
        # with no one on either side and no harm near is a figure of speech
    if c.etype == "AGREE" and _backing_pledged(c, w):
        return False                      # `pledged his support to the campaign`: the backing noun is the event
    if c.etype == "REQUEST" and _thing_sought(c):
        return False                      # `the result that Sanders was seeking`, `the deal he pushed for`: a thing
        # described by who wanted it, no one asked here
    if c.etype == "SUPPORT" and not c.source and c.extra_source is None and \
            _lemma(c.noun if c.noun is not None else c.token) == "support":
        return False                      # `support for Sanders would have been higher`, `issues such as supporting
        # the military`: backing with no backer, a topic or a count
    if c.etype == "REJECT" and c.nominal and not c.source and c.extra_source is None and \
            _lemma(c.noun if c.noun is not None else c.token) == "opposition":
        return False                      # `growing opposition to the budget has slowed the talks`, `they face
        # strong opposition`: opposing with no one opposing, a topic (the mirror of backing with no backer)
    if c.etype == "AID" and _body_arms(c):
        return False                      # `flung her arms around me`, `welcomed them with open arms`: a body
    if c.etype == "AID" and _place_left(c, w):
        c.etype, c.quad, c.cameo, c.mode = "RETREAT", 2, "0874", None   # `the Americans evacuated the base`
    if c.etype == "REJECT" and _help_of_a_thing(c):
        return False                      # `the plans won't help prevent it`, `it doesn't help that`: no one refuses
    if c.etype == "ACCUSE" and _charge_of_a_thing(c, w):
        return False                      # `mired in accusations of political bias`: a charge named, no one charging
        # or charged
    if c.etype == "REJECT" and not c.nominal and _lemma(c.token) == "break" and any(
            x.dep_ == "prt" and x.lower_ == "down" for x in children(c.token)):
        return False                      # `the Schengen area has broken down`, `break down walls with Mexico`: a
        # collapse or a figure, no break with anyone (`break with`, `break off relations` stay)
    if c.etype == "REJECT" and not c.nominal and _lemma(c.token) == "break" and \
            _lemma(prep_object(c.token, "with") or c.token) in w["custom"]:
        return False                      # `broke with tradition by inviting the duchess`: a custom left, no one
        # rejected (`broke with the president` stays)
    if c.etype == "REJECT" and not c.nominal and _lemma(c.token) in w["shunning"] and (
            obj := child(c.token, ("dobj",))) is not None and not (names_actor(obj) or _lemma(obj) in person_nouns()):
        return False                      # `investors shunned the shares`, `shoppers shun plastic bags`: a thing
        # avoided, no actor rejected (`shunned the envoy`, `shun Moscow` stay; review46a)
    if c.etype == "CONSULT" and not c.nominal and _lemma(c.token) == "meet" and _met_with_reaction(c.token, w):
        return False                      # `the plan met with criticism`, `the governor met with fierce resistance`:
        # a reaction met, no one met (the reaction's own noun is the event, aimed at the subject: triggers
        # `_undergone`; ev49)
    if c.etype == "CONSULT" and not c.nominal and _lemma(c.token) == "meet" and _private_meeting(c, w):
        return False                      # `The man and the woman met over the Internet`, `when we met, we fell in
        # love`, `We met at a cafe`: people meeting in private life, no actor consulted (EVENT_GUIDE.md)
    if c.quad in (1, 3) and c.etype not in ("CONSULT", "THREATEN") and _everyday_exchange(c, w):
        return False                      # `The teacher admonished the students`, `a woman scolded her neighbor`,
        # `the father thanked the neighbors`: words between people of private life, no actor's act (ev47); a threat
        # is one (`a man threatened his neighbor`: a private person in a criminal event, EVENT_GUIDE.md; review47b)
    if c.etype == "PROTEST" and _striking_quality(c):
        return False                      # `the likeness of the two rivals is striking`
    if c.etype == "PROTEST" and _march_of_progress(c, w):
        return False                      # `Trump's march to the nomination`, `the March of Dimes`: no protest
    if c.etype == "SUPPORT" and _nominated_for_award(c, w):
        return False                      # `was nominated for a Daytime Emmy`: an award's list, no one backed
    if c.etype == "REQUEST" and _called_for_no_one(c):
        return False                      # `Police were called for shots fired`, `Ohio was called for Hale`: a
        # summons or a race called, no one asking for anything
    _mood(c, w)
    if _asked_for(c):
        c.hypothetical = True             # `called on the regime to abandon its weapons and comply`: asked for
    return True



def _pure_drops(c: Candidate, w) -> bool:
    """The dear checks of `keep` that only drop (they write nothing to the candidate: READS_WRITES), run after
    `_sense` and `_acting`, which drop about two in five of the candidates that reach them (speed39a)."""
    return (crime.no_event(c, w)          # crime and local news (crime.py): mishaps, police work, information
            or domains.game_play(c, w)    # `Alabama beat Clemson 45-40`: play in a sports report (domains.py)
            or domains.tally(c, w)        # `counted two dead and 18 wounded`: casualties counted, no attack told
            or domains.filming(c, w) or domains.release(c, w) or domains.code_run(c, w) or domains.fiction(c, w)
            # `shot the film in Morocco`, `the sequel hits theaters`, `the script is executed in the browser`, `the
            # novel follows a spy who kills`: filming, a release, code run, a plot (ev27a)
            or word_senses.no_event(c, w))   # a trigger whose arguments its event sense cannot take: `fired 300
    # workers`, `executed the play`, `captured the title`, `fighting cancer`, `demand for oil fell` (senses.py, ev28)


# What the checks of `keep`'s common path read of a candidate and write to it (its Candidate fields; speed39a):
# check -> (reads, writes). A check that writes nothing is a pure drop and may run in another place, where no check
# it passes writes what it reads or the fields it reads are handed to it as they were (`_late_drops`). A new check
# declares itself here when it joins `_pure_drops` or is passed by one; tests/extractors/test_event_speed39a.py runs
# them on invented articles and fails when a check reads or writes a field it does not declare.
_TOKEN = ("token", "noun")
READS_WRITES = {
    "senses.no_act": (_TOKEN + ("pattern",), ()),
    "domains.sport_talk": (_TOKEN + ("source", "target"), ()),
    "checks.retype": (_TOKEN + ("etype", "mode", "nominal", "pattern", "source", "target", "extra_source"),
                      ("etype", "quad", "cameo", "mode", "source", "target", "sensed", "negated")),
    "checks._question": (_TOKEN + ("etype",), ()),
    "checks._thing": (_TOKEN + ("etype", "last", "nominal", "source"), ("etype", "quad", "cameo", "mode", "last",
                                                                         "source")),
    "checks._topic": (_TOKEN + ("etype", "nominal", "source", "target", "extra_source"), ()),
    "checks._rule_as_doer": (_TOKEN + ("nominal",), ()),
    "crime.no_event": (_TOKEN + ("etype", "quad", "nominal", "pattern", "preset", "source", "target", "extra_source"),
                       ()),
    "domains.game_play": (_TOKEN + ("etype", "source"), ()),
    "domains.tally": (_TOKEN + ("etype", "extra_source"), ()),
    "domains.filming": (_TOKEN + ("etype",), ()),
    "domains.release": (_TOKEN, ()),
    "domains.code_run": (_TOKEN + ("etype", "target"), ()),
    "domains.fiction": (_TOKEN, ()),
    "senses.no_event": (_TOKEN + ("etype", "source", "target"), ()),
    "checks._charge_answered": (_TOKEN + ("target",), ("target",)),
    "checks._sense": (_TOKEN + ("etype", "quad", "cameo", "hypothetical", "nominal", "pattern", "source", "target",
                                "extra_source"), ("etype", "quad", "cameo", "mode", "hypothetical", "target")),
    "checks._acting": (_TOKEN + ("etype", "quad", "named", "nominal", "preset", "solo", "source", "target",
                                 "extra_source"), ("source", "target", "solo")),
}
PURE_DROPS = ("crime.no_event", "domains.game_play", "domains.tally", "domains.filming", "domains.release",
              "domains.code_run", "domains.fiction", "senses.no_event")   # `_pure_drops`, in its order
PASSED_BY_PURE_DROPS = ("checks._charge_answered", "checks._sense", "checks._acting")   # (and `keep`'s inline tests
# of a request granted and a vote against, which write nothing)

# The candidate's fields the checks `_pure_drops` now runs after may write (READS_WRITES of `_charge_answered`,
# `_sense`, `_acting`); `_late_drops` gives `_pure_drops` the candidate as it was before them.
PASSED = ("etype", "quad", "cameo", "mode", "hypothetical", "target", "source", "solo")
_passed_fields = operator.attrgetter(*PASSED)


def _put_fields(c: Candidate, values: tuple) -> None:
    for name, v in zip(PASSED, values):
        setattr(c, name, v)


def _late_drops(c: Candidate, w, was: tuple) -> bool:
    """`_pure_drops` on the candidate as it was before the checks it runs after (`was`: its PASSED fields then), so
    that it answers as it did in its old place before them; a candidate it drops is left as it was then."""
    now = _passed_fields(c)
    if all(a is b for a, b in zip(now, was)):
        return _pure_drops(c, w)
    _put_fields(c, was)
    if _pure_drops(c, w):
        return True
    _put_fields(c, now)
    return False


def _dropped_as_before(c: Candidate, w, was: tuple) -> bool:
    """False, for a candidate a check after `_pure_drops`' old place drops, left in the state that order left it in
    (the sentence reader reads a dropped candidate's type: `_screened`): as it was before, where `_pure_drops` drops it."""
    now = _passed_fields(c)
    if any(a is not b for a, b in zip(now, was)):
        _put_fields(c, was)
        if not _pure_drops(c, w):
            _put_fields(c, now)
    return False

def _to_a_people(c: Candidate, w) -> bool:
    """Every target is a country or a people (a GPE or NORP entity: `donations to Palestinians`, `donated $2 million
    to Haiti`), none a campaign word: money given to a nation is aid, not money for politics."""
    heads = [x for x in c.target if hasattr(x, "dep_")]
    return bool(heads) and all(x.ent_type_ in ("GPE", "NORP") and _lemma(x) not in w["campaignmoney"] for x in heads)


def _unrest(n) -> bool:
    """A noun of protest or fighting in the pattern lexicon (`protests`, `a riot`)."""
    pat = load().nouns.get(_lemma(n))
    return pat is not None and plover(pat.cameo)[0] in ("PROTEST", "ASSAULT")


def _material_help(n, w) -> bool:
    """A `support` noun that names help given: a kind of help before it (event_senses `material`: `military support`,
    also on a conjunct: `logistics and financial support`) or a sum of money (`$45m support`)."""
    mods = [x for x in children(n) if x.dep_ in ("amod", "compound", "nmod", "nummod") and x.i < n.i]
    if n.dep_ == "conj":
        mods += [n.head] + [x for x in children(n.head) if x.dep_ in ("amod", "compound") and x.i < n.head.i]
    return any(_lemma(x) in w["material"] or x.lower_ in w["material"] or x.ent_type_ == "MONEY" for x in mods)


def _no_restriction(obj, olem, w) -> bool:
    """The object of a lifting verb names no restriction (event_senses `restriction`, `campaignend`, also as a word
    before the noun: `travel curbs`)."""
    return olem not in w["restriction"] and olem not in w["campaignend"] and not any(
        x.dep_ in ("compound", "amod") and _lemma(x) in w["restriction"] for x in (obj.children if obj is not None else ()))


def _relief_sent(obj, w) -> bool:
    """The people sent come with care or relief (event_senses `relief`) in their phrase: `a team of medical experts,
    equipment and drugs`, `rescue workers` (not `troops and armoured vehicles`)."""
    a, b = np_bounds(obj)
    return any(_lemma(x) in w["relief"] or x.lower_ in w["relief"] for x in tokens(obj.doc)[a:b + 1])


def _as_peacekeepers(t, w) -> bool:
    """A verb of sending whose `as`, `to` or `on` phrase (its own, or that of the purpose clause it governs: `to serve
    as`) names peacekeepers (event_senses `peacekeeping`, in the noun or a word before it: `as peacekeeping forces`,
    `to the UN peacekeeping force`, `on a peacekeeping mission`), or whose sent are peacekeepers (`the peacekeepers are
    being deployed`, `dozens of peacekeepers began deploying`)."""
    def keeper(y) -> bool:
        return y is not None and (_lemma(y) in w["peacekeeping"] or any(
            _lemma(z) in w["peacekeeping"] for z in children(y) if z.dep_ in ("compound", "amod") and z.i < y.i))

    def named(v) -> bool:
        return any(keeper(y) for x in children(v) if x.dep_ in ("prep", "dative") and x.lower_ in ("as", "to", "on")
                   for y in children(x) if y.dep_ == "pobj")
    sent = child(t, ("dobj", "nsubjpass"))
    if sent is None and t.pos_ == "VERB":     # (`began deploying`: the one who deploys is the one sent)
        sent = child(t, ("nsubj",)) or (child(t.head, ("nsubj",)) if t.dep_ == "xcomp" else None)
    return named(t) or any(named(x) for x in children(t) if x.dep_ in ("advcl", "xcomp") and
                           any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x))) or (
        sent is not None and (keeper(sent) or keeper(prep_object(sent, "of"))))


def _done_together(c: Candidate, w) -> bool:
    """An act its noun (or its light verb) says is done with another (`joint drills`, `drills with Japan`, `held
    exercises with Japan`, `exercises between the two navies`) or whose doers are several (`Egypt and Greece held
    drills`): event_senses `jointword` (ev30a)."""
    n = c.noun
    if any(x.dep_ in ("amod", "compound") and _lemma(x) in w["jointword"] for x in children(n)) or any(
            prep_object(y, p) is not None for y in (n, c.token) for p in ("with", "between", "alongside")):
        return True
    doers = [x for x in c.source if hasattr(x, "dep_")]
    return len(c.source) > 1 or any(x.dep_ == "conj" for d in doers for x in children(d))


def _summoned_for(c: Candidate, w) -> bool:
    """A summons (event_senses `summonverb`) whose purpose clause is itself an act of the lexicon (`summoned the
    ambassador to complain about X`, `called in the envoy to protest`): the one summoned is the counterpart of that
    act (event_cues `purpose`), which is the event; the summons is its occasion, no demand of its own (as `held talks
    to discuss` is one event). A summons alone (`summoned the ambassador`) stays (plv31)."""
    t = c.token
    if c.nominal or _lemma(t) not in w["summonverb"]:
        return False
    verbs = load().verbs
    return any(x.dep_ in ("advcl", "xcomp") and x.pos_ == "VERB" and _lemma(x) in verbs
               and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)) for x in children(t))


def _attack_reported(c: Candidate) -> bool:
    """An evaluative ACCUSE (`evaluative._blamed_act`: a deed said to be someone's doing) whose deed is the sayer's own
    attack told plainly: a light verb of the lexicon (`launch`, `carry_out`, `conduct`, `stage`) in the active, its
    subject a pronoun of the sayer (`it`, `they`, `we`), its object an attack noun (`the army said it had launched
    airstrikes`). The light verb and its noun are the ASSAULT event itself; a side telling its own strike accuses no
    one. `police say a militia planned the attacks` (a deed plotted by another) stays (plv31)."""
    t = c.token
    if c.pattern.kind != "evaluative" or t.pos_ not in ("VERB", "AUX") or is_passive(t):
        return False
    doer = child(t, ("nsubj",))
    if doer is None or doer.lower_ not in ("it", "they", "we"):
        return False                      # (only the sayer's own attack: `a UN panel said the army carried out two
        # attacks` is the panel's accusation, as the tune gold codes it)
    lex = load()
    particle = next((x.lower_ for x in children(t) if x.dep_ == "prt"), None)
    key = _lemma(t) + ("_" + particle if particle else "")
    if key not in lex.light:
        return False
    obj = child(t, ("dobj",))
    pat = lex.nouns.get(_lemma(obj)) if obj is not None else None
    return pat is not None and plover(pat.cameo)[0] == "ASSAULT"


def _lifted_before(n, w) -> bool:
    """A sanction noun whose words before it, which the parse made its compounds, hold a verb of lifting (event_senses
    `lifting`, inflected: `Lifts`, `Eased`) - a headline read as one name."""
    return any(x.dep_ == "compound" and x.i < n.i and (x.lower_ in w["lifting"] or x.lower_.rstrip("sd") in
                                                       w["lifting"] or x.lower_[:-1] in w["lifting"])
               for x in children(n))


def retype(c: Candidate) -> None:
    """Types the guide fixes for a trigger in a given use; run again on the chosen events, after the type model."""
    w = senses()
    t = c.token
    lem = _lemma(t)
    verb = t.pos_ in ("VERB", "AUX")
    obj = (child(t, ("dobj",)) or child(t, ("nsubjpass",))) if verb else None
    if obj is not None and _lemma(obj) in w["quantity"]:
        obj = prep_object(obj, "of") or obj   # `dozens of agents`: the agents
    olem = _lemma(obj) if obj is not None else None
    word_senses.retype(c, w)              # another sense's type read off the arguments (senses.py, ev28)
    if c.etype == "SANCTION" and c.nominal and _lifted_before(t, w):
        c.etype, c.quad, c.cameo, c.mode = "CONCEDE", 2, "081", None            # `Canada Lifts Fishing Ban to Norway`
        # parsed as one name: the ban lifted (as `lifted a travel ban on X` is), no sanction laid (lead44)
    if c.etype in ("AID", "MOBILIZE") and (verb and lem in load().cues["sending"] and _as_peacekeepers(t, w) or (
            c.noun is not None and _lemma(c.noun) in w["sendingnoun"] and (
                _as_peacekeepers(c.noun, w) or _as_peacekeepers(t, w)))):
        c.etype, c.quad, c.cameo, c.mode = "AID", 2, "074", "military"         # `deployed as peacekeepers`, `sent
        # 200 troops to serve as a peacekeeping force`: military protection given, no show of force
        sent = child(t, ("nsubjpass",)) if is_passive(t) and not c.source else None
        if sent is not None:              # `2,000 soldiers were deployed as peacekeepers`: they keep the peace
            c.source = [sent]
            c.target = [x for x in c.target if getattr(x, "i", None) != sent.i]
    elif c.etype == "REJECT" and verb and lem == "quash" and obj is not None and (_unrest(obj) or olem in w["unrest"]):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "175", "repress"        # `police quashed the protests`: unrest
        # put down, no measure voided (`the court quashed the orders`)
    elif c.etype == "SUPPORT" and c.noun is not None and _lemma(c.noun) == "support" and _material_help(c.noun, w) and (
            c.token.i == c.noun.i or lem in w["handing"] or any(
                f"{lem}_{x.lower_}" in w["handing"] for x in children(t) if x.dep_ == "prt")):   # (`stepped up`)
        c.etype, c.quad, c.cameo, c.mode = "AID", 2, "070", None                # `provided military support to X`, `€45m
        # support for farmers`: help given, no stance
    elif c.etype == "AID" and lem in load().cues["sending"] and olem in w["personnel"] and not _relief_sent(obj, w):
        c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", None           # `dispatched dozens of agents`
    elif c.etype == "ASSAULT" and _cyber_attack(c, w, plain=True):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "176", "cyber"        # `hackers hit the party's servers`:
        # done by hackers or aimed at networks only, before the rules below read a verbal attack on the party
    elif c.etype != "AGREE" and lem == "strike" and verb and (olem in w["pact"] or (
            obj is None and t.dep_ == "relcl" and _lemma(t.head) in w["pact"])):
        c.etype, c.quad, c.cameo, c.mode = "AGREE", 1, "030", None             # `struck a deal`, `an agreement
        # she had struck with the White House`
    elif c.etype == "ASSAULT" and lem == "strike" and verb and any(x.dep_ == "prt" and x.lower_ == "down"
                                                                   for x in children(t)) and obj is not None and (
            olem in w["measure"] or _lemma(_of_object(obj) or obj) in w["measure"] or olem in w["restriction"]):
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None            # `a decision striking down parts of a
        # Texas law`, `struck down the state's bans on ...` (a `restriction`, ev22p): a court voids it
    elif c.etype == "COOPERATE" and c.noun is not None and _lemma(c.noun) in w["drillnoun"] and (
            c.noun.i != t.i or any(x.dep_ in ("amod", "compound") and _lemma(x) in w["military"]
                                   for x in children(c.noun))) and not _done_together(c, w):
        c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", "military"    # `China held military drills around
        # Taiwan`: a show of force (EVENT_GUIDE: military exercises are MOBILIZE); held with someone they cooperate.
        # Only under a light verb or with a military word (`naval drills`): not `the need for exercise`
    elif c.etype == "RETREAT" and verb and olem in w["withdrawn"]:
        c.etype, c.quad, c.cameo, c.mode = "CONCEDE", 2, "080", None           # `the subpoena was withdrawn`
    elif c.etype == "SUPPORT" and lem in w["acknowledging"] and verb and olem in w["fault"]:
        c.etype, c.quad, c.cameo, c.mode = "CONCEDE", 2, "080", None           # `acknowledged a mistake`
    elif c.etype == "SUPPORT" and lem in w["affirming"] and verb and olem != "threat" and (
            olem in w["commitnoun"] or olem in w["intentnoun"]):
        c.etype, c.quad, c.cameo, c.mode = "AGREE", 1, "030", None             # `reaffirmed their commitment to
        # destroying ISIL`, `reaffirmed his intention to step down`: a promise renewed (`reiterated his support` backs)
        to = prep_object(obj, "to")
        if to is not None and to.pos_ in ("NOUN", "PROPN") and names_actor(to):
            c.target = [to]               # `reaffirmed its commitment to Kyiv`: the one it is made to (as `renewed
            # his commitment to Kyiv` reads it), not the promise
    elif c.etype == "SUPPORT" and verb and lem in w["selfdefence"] and obj is not None and _reflexive(obj) and \
            _charges_against(t, w):
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None            # `defends himself against claims`: a
        # charge denied (EVENT_GUIDE: denying an accusation is REJECT; ev25b)
        c.target = [y for n in _charges_against(t, w) for y in _chargers(n)][:1]   # `against Trump's claims`:
        # the one whose charge it is (not `himself`: the source again)
    elif c.etype == "ASSAULT" and lem == "raid" and any(_lemma(x) in w["lawforce"] for x in sentence_tokens(t)) and not any(
            x.dep_ in ("compound", "amod") and (_lemma(x) in w["military"] or x.lower_ == "air") for x in children(t)) \
            and not any(hasattr(x, "dep_") and x.ent_type_ in ("GPE", "NORP") for x in c.source):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "171", None            # `agents took the child in a
        # pre-dawn raid`: law enforcement
    elif c.etype in ("SANCTION", "REJECT", "PROTEST") and verb and lem in w["censoring"] and obj is not None and (
            olem in w["online"] and not _money_account(t, olem, w) or (olem == "access" and any(
                _lemma(y) in w["online"] for x in children(obj) if x.dep_ == "prep" and x.lower_ == "to"
                for y in children(x) if y.dep_ == "pobj"))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "175", "censor"        # `suspended 125,000 accounts`,
        # `blocking Sanders' access to his own data`: censorship (EVENT_GUIDE.md: COERCE), no broken tie or protest
    elif c.etype == "ASSAULT" and verb and (lem == "seize" or lem == "capture" and _goods(obj, w)) and \
            obj is not None and obj.pos_ == "NOUN" and \
            obj.ent_type_ in ("", "QUANTITY", "CARDINAL", "MONEY") and olem not in w["site"] and olem not in w["held"] and olem not in w["chance"] and \
            not _head_actor(obj) and (_goods(obj, w) or not _armed_taking(c, t, w)):   # (`the army seized an arsenal
        # of rifles`, `troops captured a cache of weapons`: weapons or goods taken by troops are confiscated, ev32d)
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "171", "seize"         # `councillors seized ice cream on sale
        # in a shop`, `agents seized 40 pounds of cocaine`: goods confiscated (`seized the town`, `seized power`
        # take a place or rule: ASSAULT, occupation)
    elif c.etype == "AID" and verb and lem == "grant" and olem in w["permission"] and olem not in w["allowance"]:
        c.etype, c.quad, c.cameo, c.mode = "AGREE", 1, "030", None             # `Titan was granted a permit to
        # drill`, `the board granted the school a waiver`: leave given, no aid
        whom = child(t, ("nsubjpass",)) if is_passive(t) else None
        if whom is not None:
            c.target = [whom]             # (the one given leave, not the permit)
    elif c.etype == "REQUEST" and verb and lem == "appeal" and olem in w["appealable"]:
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None            # `appealed the decision`, `will appeal
        # the verdict`: a decision rejected (the guide's REJECT), nothing asked of anyone (`appealed to voters` asks)
        owner = child(obj, ("poss",))
        c.target = [owner if owner is not None else obj]   # (whose decision it is, not the court appealed to)
    elif c.etype == "SUPPORT" and verb and _sum_given_for(t, w) and not any(
            hasattr(x, "dep_") and (x.ent_type_ == "PERSON" or x.pos_ == "PRON") for x in c.target):
        c.etype, c.quad, c.cameo, c.mode = "AID", 2, "070", None               # `raised $2,000 to support the
        # clinic`, `donated money to support the charity`: money given, material help (the giver is the source); a
        # sum spent to help or support a person is political backing (`spent $2 million to help Mayor Dalton`)
    elif c.etype == "SUPPORT" and verb and lem in w["approving"] and olem in w["approvable"] and \
            prep_object(t, "of") is None:
        c.etype, c.quad, c.cameo, c.mode = "AGREE", 1, "030", None             # `the council voted to approve a
        # drilling permit`, `the Senate approved the budget`: a body's assent to a measure, no one backed
    elif c.etype in ("SUPPORT", "RETREAT") and _support_withheld(c, w):
        pass                              # `withheld support from McCain`, `withdrew his endorsement of Trump`: REJECT
    elif c.etype == "REJECT" and lem == "block" and verb and olem in w["roadway"] \
            and not any(hasattr(x, "dep_") and _lemma(x) in w["lawforce"] for x in c.source):
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "141", "demo"       # `blocked intersections and cut off
        # access to the port` (police blocking roads do not protest)
    elif c.etype == "COERCE" and lem == "raid" and any(
            hasattr(x, "dep_") and x.ent_type_ in ("GPE", "NORP") for x in c.source) and not any(
                _lemma(x) in w["lawforce"] for x in sentence_tokens(t)):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "190", None           # `the U.S. raided Sudan and
        # Afghanistan`: a state's raid abroad is an armed attack
    elif c.etype == "ACCUSE" and lem == "blast" and verb and (_physical_target(c, w) or _violence_near(t, w) or (
            _lemma(prep_object(t, "with") or t) in w["weapon"])):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "190", None           # `rebels blasted the army base with
        # rockets` (`Trump blasted the senator`: criticism)
    elif verb and lem in w["quitting"] and olem in w["campaignend"] and \
            (any(x.dep_ == "poss" for x in children(obj)) or (not any(x.dep_ == "det" for x in children(obj))
                                                              and any(is_person(x) for x in c.source))):
        c.etype, c.quad, c.cameo, c.mode = "CONCEDE", 2, "080", None           # `suspended his presidential
        # campaign`, `ended her bid`, a headline's `Kasich ends bid`: a candidate leaves the race (no one sanctioned)
        c.target = []
    elif c.etype == "ASSAULT" and c.noun is not None and _lemma(c.noun) == "strike" and not any(
            x.dep_ in ("compound", "amod", "nmod") and (_lemma(x) in w["military"] or x.lower_ in w["military"])
            for x in children(c.noun)) and prep_object(c.noun, "on") is None and \
            prep_object(c.noun, "against") is None and prep_object(c.noun, "in") is None and \
            not _violence_near(c.noun, w) and any(_lemma(x) in w["labour"] and not x.ent_type_ for x in t.doc):
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "143", "strike"       # `To weather the strike, Verizon
        # drafted workers`: in a story of workers or unions, a strike with no weapon and no one struck is a walkout
    elif c.etype == "ASSAULT" and verb and lem in w["targeting"] and (t.dep_ == "acl" and (
            _lemma(t.head) in w["speech"] or _lemma(t.head) in w["document"] or _lemma(t.head) in w["advert"]) or (
            _lemma(child(t, ("nsubj",)) or t) in w["advert"]) or (
            _lemma(prep_object(t, "with") or t) in w["advert"] or _lemma(prep_object(t, "with") or t) in w["missive"])):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `ads and mailers targeting Trump`,
        # `targeted superdelegates with vile emails` (`missive`):
        c.source = [x for x in c.source if not (hasattr(x, "i") and x.i == t.head.i)]   # criticism, not made by the ad
    elif c.etype == "ASSAULT" and verb and lem == "burn" and olem in w["burnt"]:
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "141", "demo"         # `protesters burning the flags`
    elif c.etype == "ASSAULT" and verb and lem in w["hitback"] and any(
            x.dep_ in ("prt", "advmod") and x.lower_ == "back" for x in children(t)) and \
            _lemma(prep_object(t, "with") or t) in w["penalty"]:
        c.etype, c.quad, c.cameo, c.mode = "SANCTION", 4, "163", None          # `China hit back with tariffs on
        # American goods`, `hits back with sanctions against Ankara`: a penalty imposed in return, no retort
        pen = prep_object(t, "with")
        c.target = [x for x in (prep_object(pen, "on"), prep_object(pen, "against")) if x is not None][:1]
    elif c.etype == "ASSAULT" and verb and lem in w["hitback"] and any(
            x.dep_ in ("prt", "advmod") and x.lower_ == "back" for x in children(t)) and olem not in w["weapon"] and \
            not _violence_near(t, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `fired back at Trump over the plan`
        if prep_object(t, "at") is None and not ((obj := child(t, ("dobj",))) is not None and (
                actor_like(obj) or actor_noun(obj) or obj.lower_ in ("him", "her", "them"))):
            c.etype, c.cameo = "REJECT", "120"   # `shot back that the reporter had not been called on`, `fired
            # back: ...`: a retort at no one named answers a charge (ev29b); `hit the governor back` names whom
            # it strikes at: ACCUSE, as `at` does
    elif c.etype == "CONCEDE" and lem == "accept" and olem in w["accord"]:
        c.etype, c.quad, c.cameo, c.mode = "AGREE", 1, "030", None             # `accepted the offer`
    elif c.etype == "COERCE" and verb and lem in w["expelverb"] and olem in load().cues.get("envoy", ()):
        c.etype, c.quad, c.cameo, c.mode = "SANCTION", 4, "166", None          # `expelled the top American
        # diplomat`, `inspectors were expelled from North Korea`: CAMEO 166 (expel or withdraw peacekeepers,
        # inspectors, observers) reduces relations, as withdrawing them does (event_cues `envoy`); expelling other
        # people (`expelled five Iraqis`) stays COERCE 174 (plv31)
    elif c.etype == "COERCE" and lem in ("impose", "slap") and olem in w["penalty"]:
        c.etype, c.quad, c.cameo, c.mode = "SANCTION", 4, "163", None          # sanctions, not coercion (`slapped
        # sanctions on Iran`, the light verb of ev29a: rev29a)
    elif c.etype == "ACCUSE" and c.noun is not None and _lemma(c.noun) in w["chargenoun"] and \
            _lemma(c.noun.head) in w["chargeverb"]:
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None            # `faces a federal charge`
        faces = child(c.noun.head, ("nsubj",)) if _lemma(c.noun.head) == "face" else None
        if faces is not None:             # the one who faces it is its target, not its source
            c.target = c.target or [faces]
            c.source = [x for x in c.source if getattr(x, "i", None) != faces.i]
    elif c.etype == "REQUEST" and lem == "seek" and t.tag_ == "VBN" and (any(
            x.dep_ == "agent" and any(_lemma(y) in w["lawforce"] for y in x.subtree) for x in children(t)) or any(
            x.dep_ == "prep" and x.lower_ in ("as", "for") and any(_lemma(y) in w["wanted"] for y in children(x))
            for x in children(t))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", "arrest"        # `being sought by the FBI`,
        # `sought as a material witness`, `sought for questioning`
    elif c.etype == "REQUEST" and lem == "seek" and verb and not is_passive(t) and obj is not None and (
            is_person(obj) or _lemma(obj) in w["fugitive"]) and any(
            hasattr(x, "lemma_") and _lemma(x) in w["lawforce"] for x in c.source):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", "arrest"        # `Police sought two men in connection
        # with the robbery`: a manhunt, nothing asked of them (`wanted` words as the object are not: `seeking
        # witnesses`, `sought an interview with the mayor` ask)
    elif c.etype == "ACCUSE" and lem == "question" and verb and (is_passive(t) or any(
            _lemma(x) in w["lawforce"] for x in c.source if hasattr(x, "lemma_"))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None            # `man questioned in killing`
    elif c.etype == "ACCUSE" and lem in load().cues["chargingverb"] and verb and (
            t.tag_ == "VBN" or any(x.dep_ == "prep" and x.lower_ == "with" for x in children(t)) or any(
                hasattr(x, "dep_") and _lemma(x) in w["lawforce"] for x in c.source) and not any(
                x.dep_ == "ccomp" for x in children(t))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None            # a criminal charge: law enforcement
        # (a prosecutor who `charged that the mayor lied` says so: an accusation)
    elif c.etype == "PROTEST" and c.noun is not None and any(
            _lemma(x) in w["military"] or x.lower_ in w["military"] for x in children(c.noun) if x.i < c.noun.i):
        c.etype, c.quad, c.cameo, c.mode = "ASSAULT", 4, "190", None           # `launched cruise missile strikes`
    elif c.etype == "ASSAULT" and verb and lem in w["firing"] and olem in w["weapon"] and not any(
            (x.dep_ == "prep" and x.lower_ in ("at", "on", "against") and not any(
                y.dep_ == "pobj" and y.ent_type_ in ("DATE", "TIME") for y in children(x)))
            or (x.dep_ == "prep" and x.lower_ in ("into", "toward", "towards") and any(
                y.dep_ == "pobj" and (y.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC") or actor_noun(y))
                for y in children(x)))
            for x in list(children(t)) + list(children(obj))):
        c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", "weapons test"  # `fired three missiles into the sea`
    elif verb and lem in w["streetact"] and c.etype != "PROTEST" and any(
            hasattr(x, "dep_") and _lemma(x) in w["protester"] for x in c.source):
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "141", "demo"       # `protesters blocked intersections`
    elif c.etype == "ASSAULT" and verb and lem in w["holdground"] and any(
            hasattr(x, "dep_") and _lemma(x) in w["forces"] for x in c.source) and not any(
            hasattr(x, "dep_") and actor_like(x) for x in c.target):
        c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", "military"  # `the Guard occupies quiet streets`
    elif c.etype == "ASSAULT" and verb and lem in w["hitting"] and any(
            x.dep_ == "prep" and x.lower_ in ("with", "in") and any(
                y.dep_ == "pobj" and _lemma(y) in w["attackmedium"] for y in children(x)) for x in children(t)):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `hitting Clinton with ads`,
        # `whacks Clinton in Christmas ad`: criticism, whatever harm the story tells elsewhere
    elif c.etype == "ASSAULT" and verb and lem in w["clash"] and (lem not in w["fighting"] or (
            prep_object(t, "with") is not None and not _infinitive(t) and prep_object(t, "for") is None)) and \
            not _violence_near(t, w) and (not _harm_in_article(t.doc, w) or any(
                hasattr(x, "dep_") and _person_or_theirs(x) for x in c.source)) and \
            _acting_source_token(c):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `the Bush family clashed with Trump`
        # in a campaign story: a war of words (the guide: a real verbal conflict takes its type)
    elif c.etype == "ASSAULT" and verb and (olem in w["speech"] or (obj is not None and any(
            _lemma(x) in w["speech"] for x in children(obj) if x.dep_ == "poss"))) and not _war_site(c, obj, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `attacked the comment`
    elif c.etype == "ASSAULT" and (verb or (c.nominal and lem == "attack") or (
            c.noun is not None and _lemma(c.noun) == "attack")) and \
            _lemma(c.noun if c.noun is not None else t) in w["assailing"] and \
            (_person_target(c, w) or (_topic_said(c, w) and any(
                hasattr(x, "dep_") and x.lower_ in _person_pronouns("object") for x in c.target))) and \
            not _violence_beside_topic(c, w) and \
            not _armed(c.noun if c.noun is not None else t, w) and not _stranger_source(c, w) and not _war_side(c):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `tried to attack Trump`: words
    elif c.etype == "ASSAULT" and _verbal_attack(c, w) and not _stranger_source(c, w) and any(
            hasattr(x, "dep_") and (actor_like(x) or actor_noun(x) or x.lower_ in ("him", "her", "them"))
            for x in c.target):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `Trump attacked a federal judge`,
        # `hit Trump`: in a story with no harm anywhere, words
    elif c.etype == "ASSAULT" and _force_rebuked(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `the senator attacked the military
        # over its budget`, `came under attack from the army for his remarks`: words between a politician and an
        # armed body about a matter (ev27b)
    elif c.etype == "ACCUSE" and verb and lem == "dispute" and _disputed_account(t, obj, w):
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None           # `disputed their account`, `a point
        # that officials have disputed`, `broke his silence to dispute the film`: a denial
    elif c.etype in ("ASSAULT", "ACCUSE") and verb and lem == "shoot" and any(
            x.dep_ == "prt" and x.lower_ == "down" for x in children(t)) and (
            olem in w["speech"] or olem in w["proposal"] or olem in w["pact"] or olem in w["allegation"]):
        c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None           # `shot down the idea of talks`,
        # `shot down rumors of a coup`: a proposal or an account turned down (`shot down a drone` stays force)
    elif c.etype == "REJECT" and verb and lem in w["deriding"] and prep_object(t, "as") is not None \
            and (_person_target(c, w) or any(hasattr(x, "dep_") and x.lower_ in ("him", "her", "them") for x in c.target)):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None           # `dismissing them as part of the
        # "Washington cartel"`, `was dismissed by the media as a bumbler`: a verdict on someone (a claim
        # dismissed as false stays a denial)
    elif c.etype == "REQUEST" and verb and _protest_demand(t, w):
        c.etype, c.quad, c.cameo, c.mode = "PROTEST", 4, "141", "demo"       # `a rally to demand his return`,
        # `signs demanding freedom for Elian`: the demand is the protest's
    elif c.etype == "THREATEN" and lem == "warn" and verb:
        said = _warned_clause(t)
        subj = child(said, ("nsubj", "nsubjpass")) if said is not None else None
        warned = child(t, ("dobj",))
        penalties = _consequences_told(said, w) if said is not None else []
        if penalties:
            c.target = [x for x in c.target if x not in penalties]   # (the penalty is what is threatened, no target)
        elif said is not None and (crossed := word_senses.warned_if_another(t, said)) is not None:
            c.target = [crossed]          # `Iran warned that oil prices would soar if the U.S. attacked`: a consequence
            # warned of on another's act threatens that actor (ev29a)
        elif subj is not None and subj.lower_ not in ("we", "i") and _lemma(subj) != _lemma(subject_of(t) or t) and \
                not (warned is not None and subj.lower_ in ("they", "he", "she", "you", "it")):
            # not `warned U.S. officials that they should expect little help`: what befalls the warned threatens
            c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None        # `warned that the plan would fail`
            if (blamed := word_senses.peril_blamed(t, said)) is not None:
                c.target = [blamed]       # (`warned that thousands could starve if X blockaded the port`: X, mend30)
        elif warned is not None and child(t, ("xcomp",)) is not None and any(
                x.dep_ == "aux" and x.lower_ == "to" for x in children(child(t, ("xcomp",)))):
            c.etype, c.quad, c.cameo, c.mode = "REQUEST", 1, "020", None       # `warned the Fed not to act`: asked
            # to do or not to do, no consequence threatened
    if c.etype == "ASSAULT" and _cyber_attack(c, w):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "176", "cyber"        # `hackers attacked the committee's
        # networks`, `the hacker targeted celebrities`: a cyber attack (EVENT_GUIDE.md: COERCE), no armed one
    if c.etype == "ASSAULT" and _talk_attack(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None            # `his populist attacks on big
        # banks`, `a sharp attack against the elites`, `under political attack`: words
    if c.etype == "ASSAULT" and _attacked_for_doing(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None            # `attacked Republicans for how they
        # ran the inquiry`, `attack each other for not doing enough`: blamed for a deed, words (ev25b)
    if c.etype == "ASSAULT" and _attack_by_a_person(c, w) and not _stranger_source(c, w):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None            # `Trump's attack on a judge's
        # heritage`, `faced attacks from Bush and Kasich`, `aides attacked her sharply in a private meeting`
    if c.etype == "AGREE" and verb and lem in w["vow"] and _lemma(child(t, ("xcomp",)) or t) in w["refusal"]:
        if _vowed_harm(child(t, ("xcomp",)), w):
            c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None      # `vowed to kill the two men`: harm
            # vowed on people is a threat (ev52b)
        else:
            c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None        # `vowed to block the nominee`: a
            # refusal announced, no promise to anyone
    if c.etype == "ACCUSE" and verb and lem == "challenge" and obj is not None and (_infinitive(t) or _dared(t, w)):
        c.etype, c.quad, c.cameo, c.mode = "REQUEST", 1, "020", None           # `challenged his bishops to be
        # humbler`, `challenging Republicans to prove`, `challenged Trump to a debate`: a dare to act is asked
    if c.etype == "REQUEST" and _phone_call(c, w):
        c.etype, c.quad, c.cameo, c.mode = "CONSULT", 1, "040", None           # `making calls to committee
        # members`, `made a call to the governor`: a call made to someone asks for nothing (ev22t)
    if c.etype in ("ACCUSE", "SUPPORT") and verb and lem == "call" and _called_needed(c, w):
        c.etype, c.quad, c.cameo, c.mode = "REQUEST", 1, "020", None           # `called it critical that she make
        # the speech`, `called it essential for the council to act`: an appeal to act, no verdict (ev22t)
    if c.etype in ("THREATEN", "ACCUSE") and _warned_against_act(c):
        c.etype, c.quad, c.cameo, c.mode = "REQUEST", 1, "020", None           # `warning against her waging a
        # Trump-only campaign`, `warned the Fed against raising rates`: urged not to act, no danger pointed out
    if c.etype == "THREATEN" and _warned_about(c):
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None            # `warned of a specific type of
        # fakery`, `warning about an America in decline`: a danger pointed out, no consequence threatened
    if c.etype == "CONSULT" and verb and lem in w["inviting"] and _invited_to_act(t, w):
        c.etype, c.quad, c.cameo, c.mode = "REQUEST", 1, "020", None           # `invited Russia to dig up the
        # emails`, `invited observers to attend`: asked to act (`invited him to meet with leaders` stays a meeting)
    if c.etype == "ACCUSE" and ((verb and lem in w["penalty116"] and (is_passive(t) or t.tag_ == "VBN" or (
            obj is not None and (is_person(obj) or obj.lower_ in _person_pronouns("object"))))) or (
            c.noun is not None and _lemma(c.noun) in w["penalty116"] and any(
                is_person(x) or x.lower_ in _person_pronouns("possessive") or x.ent_type_ == "PERSON"
                for x in [prep_object(c.noun, "of")] + [y for y in c.noun.children if y.dep_ == "poss"]
                if x is not None))):
        c.etype, c.quad, c.cameo, c.mode = "COERCE", 4, "173", None            # `three men sentenced in the
        # robbery`, `the judge sentenced Smith`, `the conviction of Petraeus`: a court's sentence or conviction
        # coerces (EVENT_GUIDE.md), with or without a term
    if c.etype == "ACCUSE" and verb and lem == "warn" and child(t, ("ccomp",)) is not None and (
            crossed := word_senses.warned_if_another(t, child(t, ("ccomp",)))) is not None:
        c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None          # `Iran warned that oil prices would
        c.target = [crossed]              # soar if the U.S. attacked`: a consequence of another's act (ev29a)
    if c.etype == "ACCUSE" and verb and lem == "warn" and _self_warned_if(c, t):
        c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None          # `the Dunmore board warned it could sell
        # off Harlow assets if the measure passes`: what the warner will do on a condition is a threat
    if c.etype == "ACCUSE" and verb and lem == "warn" and (answered := _answer_warned(t)) is not None:
        c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None          # `Turkey warned it would respond to
        c.target = [answered] if answered.pos_ != "VERB" else []    # any attack by Syrian forces` (lead43b)
    if c.etype == "ACCUSE" and verb and lem == "warn" and _body_warned_if(t, w):
        c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None          # `a Hamas spokesman warned that the
        c.target = []                     # group would retaliate if ...`: the warner's own body's act (ev42b)
    if c.etype == "THREATEN":
        threats.answer_aimed(c, w["retaliation"])   # `vowed retaliation against Seoul`: Seoul, not the retaliation
    crime.retype(c, w["lawforce"])        # charges, detentions, police seeking suspects, money received


def _charges_against(t, w) -> list:
    """The nouns of a charge (event_senses `rebutted`: claims, accusations, criticism) in an `against` phrase of t."""
    return [y for x in children(t) if x.dep_ == "prep" and x.lower_ == "against"
            for y in children(x) if y.dep_ == "pobj" and _lemma(y) in w["rebutted"]]


def _charge_answered(c: Candidate, w) -> bool:
    """A phrase of answering (`rebuttal`: `respond to`, `reply to`) whose `to` object is a charge (`rebutted`:
    accusations, claims, criticism) is a denial (ev25b); its target becomes the one whose charge it is (`responded
    to Trump's accusations`, `to criticism from the council`), else none (the charge is no actor)."""
    charges = [y for x in children(c.token) if x.dep_ == "prep" and x.lower_ == "to"
               for y in children(x) if y.dep_ == "pobj" and _lemma(y) in w["rebutted"]]
    if not charges:
        return False
    c.target = [y for n in charges for y in _chargers(n)][:1]
    return True


def _chargers(n) -> list:
    """Who brings the charge n: its possessor naming an actor (`Trump's claims`) or its `from`/`by` object
    (`criticism from the council`)."""
    return [y for y in children(n) if _actor_owner(y)] + [
        z for y in children(n) if y.dep_ == "prep" and y.lower_ in ("from", "by")
        for z in children(y) if z.dep_ == "pobj" and names_actor(z)]


def _reflexive(x) -> bool:
    """x is a reflexive pronoun (`himself`, `themselves`)."""
    return x.pos_ == "PRON" and x.lower_.endswith(("self", "selves"))


def _own_defended(c: Candidate, t, w) -> bool:
    """A verb of defending (event_senses `selfdefence`) in a tensed clause of its own whose object is the source's own
    doing (`_own_thing`: `defended her record`, `is defending his early-morning tweets`): the guide's SUPPORT
    (`defending`), a stance held up against its critics, not a stance on a thing (ev25b). Not an infinitive or a
    gerund under another verb (`was dragged before a panel to defend his claims`, `in defending his record`)."""
    obj = child(t, ("dobj",))
    return _lemma(t) in w["selfdefence"] and obj is not None and _own_thing(obj, c) and _tensed(t) and not (
        _lemma(obj) in w["site"] and _violence_near(t, w))   # `troops defended their positions`: ground held by
    # force, no stance backed (rev25)


def _tensed(t) -> bool:
    """t is a verb with a tense of its own: past or present (`defended`, `defends`) or after an auxiliary that is
    not `to` (`is defending`, `has defended`)."""
    return t.tag_ in ("VBD", "VBZ", "VBP") or any(
        x.dep_ in ("aux", "auxpass") and x.lower_ != "to" for x in children(t))


def _rule_on_practice(t, w) -> bool:
    """A verb of banning in the passive with no `by` agent (a rule that bars people), or whose object is a thing no
    one is (`_abstract`: a practice, `banned waterboarding`; not `ban the singer`)."""
    if is_passive(t):
        return not any(x.dep_ == "agent" for x in t.children)
    obj = child(t, ("dobj",))
    return obj is not None and _abstract(obj, w) and _lemma(obj) not in load().nouns   # (`banned the march`:
    # an event banned coerces those who hold it)


def _went_back_to(t) -> bool:
    """A verb of going back with a `to` phrase before any object of its own, naming no one (`returned to the Senate`,
    `returned to teaching`; not `returned the weapon to him`, `returned to him the papers`)."""
    to = next((x for x in t.children if x.dep_ == "prep" and x.lower_ == "to" and x.i > t.i), None)
    if to is None or any(x.dep_ in ("dobj", "dative") and x.i < to.i for x in t.children) or child(t, ("prt",)) is not None:
        return False
    what = child(to, ("pobj",))
    return what is not None and not (is_person(what) or what.pos_ == "PRON" or what.ent_type_ in ("PERSON", "NORP")
                                     or actor_noun(what))


def _market_quantity(n) -> bool:
    """A singular event noun with no determiner, owner, name, count or clause of its own and no preposition of one
    who asks or what is asked (`for`, `by`, `from`, `of`, `on`, `to`): `spur demand`; or joined to `on` by a hyphen."""
    if n.i > 1 and n.doc[n.i - 1].text == "-" and n.doc[n.i - 2].lower_ == "on":
        return True
    return n.tag_ == "NN" and not any(x.dep_ in ("det", "poss", "acl", "relcl", "ccomp", "compound", "nummod") or (
        x.dep_ == "prep" and x.lower_ in ("for", "from", "by", "of", "on", "to")) for x in n.children)


def _fell(t, w) -> bool:
    """An intransitive verb of falling (`decline` with no object, no infinitive and no clause) said of a figure: an
    adverb of degree, a `from`/`to`/`by` phrase with a number, or a subject that is a thing."""
    if any(x.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for x in t.children):
        return False
    if any(x.dep_ == "advmod" and x.lower_ in w["slide"] for x in t.children):
        return True
    if any(x.dep_ == "prep" and x.lower_ in ("from", "to", "by") and any(
            y.like_num or y.lower_ in ("percent", "%") or y.ent_type_ in ("PERCENT", "MONEY", "CARDINAL")
            for y in x.subtree) for x in t.children):
        return True
    subj = [x for x in t.children if x.dep_ == "nsubj"]
    return bool(subj) and _inanimate(subj[-1])      # the nearest subject (`neighbors' ... emissions declined`)


def _invited_to_act(t, w) -> bool:
    """`invited X to VERB` where the verb is no meeting (a CONSULT verb, a verb of talking or of a guest's visit, or one
    whose words name a meeting: `to attend a summit`): the invitation asks for an act."""
    x = child(t, ("xcomp",))
    if x is None or x.pos_ not in ("VERB", "AUX"):
        return False
    lex = load()
    if _lemma(x) in w["meetingtalk"] or _lemma(x) in w["guestact"] or (_lemma(x) in lex.verbs and plover(lex.verbs[_lemma(x)].cameo)[0] == "CONSULT"):
        return False
    return not any(y.pos_ == "NOUN" and _lemma(y) in lex.nouns and plover(lex.nouns[_lemma(y)].cameo)[0] == "CONSULT"
                   for y in x.subtree)


def _warned_clause(t):
    """What a warning says: its clause, or the `that` clause the parse made a relative clause of the one warned,
    with a subject and a modal of its own (`warned the coalition that millions could starve`, mend30)."""
    said = child(t, ("ccomp",))
    warned = child(t, ("dobj",))
    if said is not None or warned is None:
        return said
    for x in children(warned):
        subj = child(x, ("nsubj",)) if x.dep_ == "relcl" else None
        if subj is not None and subj.lower_ not in ("that", "who", "which") and any(
                y.lower_ == "that" and y.i < x.i for y in children(x)) and any(
                y.dep_ == "aux" and y.lower_ in ("will", "would", "could", "might", "may") for y in children(x)):
            return x
    return None


def _self_warned_if(c: Candidate, t) -> bool:
    """A warning whose clause has the warner as a personal-pronoun subject (`they`, `he`, `she`, `we`, `I`; not one
    the warned stands for) and an `if`/`unless` condition: a consequence the warner controls."""
    subj = _conditional_subject(t)
    return subj is not None and subj.lower_ in ("they", "he", "she", "we", "i")


def _answer_warned(t):
    """`Turkey warned it would respond to any attack by Syrian forces`: a warning by a named state or body (an entity
    or a proper noun, no person) whose clause has `it`/`they`/`we` as subject (the warner itself), a modal, an act of
    answering or of force (`_forceful`) and, as its condition, what it answers written with `any` (`to any attack`,
    `against any aggression`): the warner's own act on a condition, a threat (lead43b). Returns the one whose act is
    answered (the `by` of that noun) or the warner's clause itself when none is named; None when no such warning."""
    said = child(t, ("ccomp",))
    subj = child(said, ("nsubj",)) if said is not None else None
    warner = child(t, ("nsubj",))
    if subj is None or subj.lower_ not in ("it", "they", "we") or warner is None or child(t, ("dobj",)) is not None:
        return None
    if warner.ent_type_ not in ("GPE", "ORG", "NORP") and warner.pos_ != "PROPN" or warner.ent_type_ == "PERSON":
        return None
    if not _modal(said):
        return None
    if not _forceful(said):
        return None
    for prep in children(said):
        if prep.dep_ == "prep" and prep.lower_ in ("to", "against"):
            obj = child(prep, ("pobj",))
            if obj is not None and any(x.dep_ == "det" and x.lower_ == "any" for x in children(obj)):
                return prep_object(obj, "by") or said
    return None


def _modal(v) -> bool:
    """A modal of what may or will be done (`will`, `would`, `could`, `might`, `may`, `'ll`) on verb v: the clause of a
    warning that tells a consequence (`_answer_warned`, `_conditional_subject`)."""
    return any(x.dep_ == "aux" and x.lower_ in ("will", "would", "could", "might", "may", "'ll") for x in children(v))


def _conditional_subject(t):
    """The subject of a warning's clause (its `ccomp`, the warning having no object) that has a modal (`will`,
    `would`, `could`, `might`, `may`, `'ll`) and an `if`/`unless` condition, else None (`_self_warned_if`,
    `_own_clause_if`)."""
    said = child(t, ("ccomp",))
    subj = child(said, ("nsubj",)) if said is not None else None
    if subj is None or child(t, ("dobj",)) is not None:
        return None
    if not _modal(said):
        return None
    if not any(x.dep_ == "advcl" and any(y.dep_ == "mark" and y.lower_ in ("if", "unless") for y in children(x))
               for x in children(said)):
        return None
    return subj


def _own_clause_if(t):
    """The subject of a conditional warning's clause (`_conditional_subject`) that tells an act of answering or of
    force (`_forceful`), else None (ev42b)."""
    subj = _conditional_subject(t)
    return subj if subj is not None and _forceful(subj.head) else None


def _forceful(v) -> bool:
    """v (a verb) tells an act of answering or of force: a word of event_senses `retaliation` (`retaliate`, `respond`,
    `strike back`, `take action`) as the verb or its object, or a verb or object the pattern lexicon makes an act of
    force, coercion, sanction or threat (`would attack`, `would impose sanctions`); not what befalls its subject
    (`would collapse`, `would lose investment`: a forecast) (ev42b)."""
    w, lex = senses(), load()

    def conflict(x, pats) -> bool:
        pat = pats.get(_lemma(x))
        return pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] in word_senses.CONFLICT
    return _lemma(v) in w["retaliation"] or conflict(v, lex.verbs) or any(
        x.dep_ == "dobj" and (_lemma(x) in w["retaliation"] or conflict(x, lex.nouns)) for x in children(v))


def _body_warned_if(t, w) -> bool:
    """`warned that the group would retaliate if ...`: a conditional warning whose clause's subject is a definite
    noun naming a body (event_senses `ownbody`: `the group`, `the movement`) or a name the warner's phrase holds too
    (`Hamas spokesman X warned that Hamas would ...`, `Taliban commander X warned that the Taliban would ...`), while
    the warner's phrase names one who speaks for a body (`bodyvoice`: spokesman, leader): the warner's own side's act
    on a condition, a threat (ev42b)."""
    subj = _own_clause_if(t)
    warner = child(t, ("nsubj",))
    if subj is None or warner is None or not any(_lemma(x) in w["bodyvoice"] for x in warner.subtree):
        return False
    if _lemma(subj) in w["ownbody"] and any(x.dep_ == "det" and x.lower_ == "the" for x in children(subj)):
        return True
    said = {x.lower_ for x in warner.subtree}   # (`Hamas spokesman X warned that Hamas would ...`: the body's name)
    return subj.pos_ == "PROPN" and all(x.lower_ in said for x in subj.subtree if x.dep_ in ("compound", "nsubj")
                                        or x.i == subj.i)


def own_state_warned(c: Candidate, side) -> None:
    """`Prime Minister X warned that Israel would respond if the rocket fire continued`: a conditional warning whose
    clause's subject is a name (a place or a body) of the same country as the warner, who speaks for a state (`side`
    of a token: its actor's (country, sector), else None; sector a government's or an army's), is that state's act on
    a condition, a THREATEN with no target of its own (the condition's subject is its target, events
    `_threatened_unless`), never the warner's own state (ev42b)."""
    t = c.token
    if c.etype != "ACCUSE" or c.nominal or _lemma(t) != "warn":
        return
    subj = _own_clause_if(t)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("GPE", "ORG", "NORP"):
        return
    warner = child(t, ("nsubj",))
    mine, theirs = (side(warner) if warner is not None else None), side(subj)
    if mine and theirs and mine[0] and mine[0] == theirs[0] and (mine[1] or "").lower() in senses()["statevoice"]:
        c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None
        c.target = []


def _protest_demand(t, w) -> bool:
    """A verb of demanding voiced by a protest: the purpose of a march or of attending a rally (`marched to
    demand`, `attended a rally to demand`), or what a sign says (`signs demanding`)."""
    if t.dep_ == "acl" and _lemma(t.head) in w["placard"]:
        return True
    if t.dep_ not in ("advcl", "xcomp") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return False
    h = t.head
    return cameo_of(h).startswith("14") or any(x.dep_ == "dobj" and cameo_of(x).startswith("14") for x in children(h))


def _question(c: Candidate, w) -> bool:
    """`asked whether ...`, `asked about ...`, `Asked to describe the device, O'Neill said`: questions;
    an act in a direct question (`"Did you shoot him?"`) and an interviewer's `asked` beside a quoted question
    (`Wallace then asked, "With nukes?"`) assert nothing."""
    t = c.token
    if direct_question(t):
        return True
    if c.etype != "REQUEST" or _lemma(t) not in w["interview"] or t.pos_ not in ("VERB", "AUX"):
        return False
    if sentence.of_token(t).asks:
        return True
    if t.tag_ in ("VBN", "VBD") and t.dep_ in ("advcl", "ROOT") and child(t, ("nsubj", "nsubjpass")) is None \
            and t.i == sentence_of(t.doc, t.i).start + sum(1 for x in sentence_tokens(t)
                                                           if x.i < t.i and (x.is_space or x.is_punct)):
        return True                       # the sentence opens with `Asked ...` (the parser may tag it VBD: `Asked
        # what that might look like, she said`): the interviewer asked X
    if t.tag_ == "VBN" and t.dep_ == "advcl" and child(t, ("nsubj", "nsubjpass", "agent")) is None and any(
            x.dep_ in ("mark", "advmod") and x.lower_ in w["askedwhen"] for x in children(t)):
        return True                       # `his equivocation when asked to condemn the Klan`, `if asked about it`:
        # someone put a question to him, no one named asks for an act (`when asked to do so by police` stays)
    if any(x.dep_ == "advmod" and x.lower_ == "rhetorically" for x in children(t)):
        return True                       # `Sanders asked rhetorically`
    for x in children(t):
        if x.dep_ == "prep" and x.lower_ in w["question"]:
            return True
        if x.dep_ in ("xcomp", "ccomp") and (_lemma(x) in w["inform"] or (_lemma(x) == "lay" and any(
                y.dep_ == "prt" and y.lower_ == "out" for y in children(x)))) and any(
                y.dep_ == "aux" and y.lower_ == "to" for y in children(x)):
            return True                   # `asked Kasich to lay out his path`, `asked him to explain`: a request for
            # information (EVENT_GUIDE.md), not for an act
        if x.dep_ in ("dobj", "dative") and any(y.dep_ == "prep" and y.lower_ in w["question"] and y.i > x.i
                                                for y in children(x)):
            return True                   # `asked the GOP frontrunner about the kerfuffle`
        if x.dep_ in ("ccomp", "advcl", "xcomp") and any(y.lower_ in w["question"] for y in list(x.subtree)[:2]):
            return True
        if x.dep_ == "mark" and x.lower_ in w["question"]:
            return True
    if _view_asked(t, w):
        return True
    return _asks_nothing(t)


def _view_asked(t, w) -> bool:
    """`asked a group of experts to rank who is strongest`, `we ask 30 officials who they think will win`: a view
    put to people (event_senses.tsv `opinion`: a poll, an interview), no act asked for. A relative clause on the
    one asked counts when it has a subject of its own (`who they think`: a question the parser hung on the noun;
    `asked voters who believe in him to vote` asks an act)."""
    clauses = [x for x in children(t) if x.dep_ in ("xcomp", "ccomp")]
    if clauses:
        return any(_lemma(x) in w["opinion"] for x in clauses)
    return any(x.dep_ in ("dobj", "dative") and any(
        y.dep_ == "relcl" and _lemma(y) in w["opinion"] and child(y, ("nsubj",)) is not None and
        child(y, ("nsubj",)).tag_ not in ("WP", "WDT") for y in children(x)) for x in children(t))


def _asks_nothing(t) -> bool:
    """`Trump asked, looking pleased`, `"You said ...," Boyle asked Trump`: an interviewer's verb with no act or
    thing asked for (no `to` infinitive, `for` object, clause or object thing) puts a question, not a request."""
    for x in children(t):
        if x.dep_ == "advcl" and x.tag_ == "VBG":
            continue                      # `Trump asked, looking far from displeased`: how he asked
        if x.dep_ in ("xcomp", "ccomp", "advcl", "oprd") and x.pos_ in ("VERB", "AUX") and not _quoted(x):
            return False
        if x.dep_ == "prep" and x.lower_ == "for":
            return False
        if x.dep_ == "dobj" and not (actor_like(x) or x.lower_ in pronouns("object") or actor_noun(x)):
            return False
    return True


def _quoted(clause) -> bool:
    """A clause given in quotation marks (a quote mark at its left edge or just before it)."""
    a = clause.left_edge.i
    return clause.doc[a].is_quote or (a > 0 and clause.doc[a - 1].is_quote)


_FLAG_SET = frozenset({1})                # a flag's column value when it holds (`IS_QUOTE`)


def direct_question(t) -> bool:
    """The trigger's clause ends in a question mark: the first of `?`, `.`, `!` after it in its sentence, with no
    quotation mark between (`chanted "What curfew?"` asks nothing of the chanting). The doc's stops are found
    once (`spans.indices`, from the columns): a long sentence with many triggers is not walked again for each."""
    doc = t.doc
    stop = first_in(indices(doc, ORTH=_STOPS, IS_QUOTE=_FLAG_SET), t.i + 1, sentence_of(doc, t.i).end)
    return stop is not None and column(doc, "ORTH")[stop] in _QMARK and not column(doc, "IS_QUOTE")[stop]


_STOPS, _QMARK = ids_of(".", "!", ";", "?"), ids_of("?")    # (`direct_question` reads the ORTH column: no Token)


def _rule_as_doer(c: Candidate, w) -> bool:
    """A verb whose doer is a written rule (event_senses `writtenrule`: `the protocol called for her to be taken to a
    trauma center`, `county policy prohibits employees from using phones`, `legislation restricting bathroom
    access`): what a rule says, no act of an actor (the guide's things named, not done). Reads the verb's subject, or
    the noun a participle hangs on; a rule named as what someone did stays (`the council passed a law banning`:
    the doer of `passed` is the council) (ev40)."""
    if c.nominal or c.noun is not None:
        return False
    t = c.token
    doer = child(t, ("nsubj",))
    if doer is None and t.dep_ == "acl" and t.tag_ in ("VBG", "VBN") and t.head.i != t.i:
        doer = t.head if t.tag_ == "VBG" else None
    return doer is not None and doer.pos_ in ("NOUN", "PROPN") and _lemma(doer) in w["writtenrule"] and \
        not _named_person(doer)


def _named_person(t) -> bool:
    """A proper noun that is a person's name, though its word names a rule (`Jude Law punched`, `Officer Tom Rule
    arrested`, `Bill attacked`): tagged a person, or a person's name before it (review40)."""
    return t.pos_ == "PROPN" and (t.ent_type_ == "PERSON" or any(
        k.dep_ == "compound" and k.ent_type_ == "PERSON" for k in children(t)))


def _thing(c: Candidate, w) -> bool:
    """A trigger noun naming a thing: a modifier of another noun, or a weapon on its own (a test: MOBILIZE)."""
    if c.noun is None or not c.nominal:
        return False
    n = c.noun
    weapon = _lemma(n) in w["weapon"] or n.lower_ in w["weapon"]
    if n.dep_ in ("compound", "amod", "nmod") and n.head.pos_ in ("NOUN", "PROPN") and n.head.i != n.i \
            and _lemma(n.head) not in w["carrier"]:
        if weapon and _lemma(n.head) in w["test"]:
            _weapons_test(c, n.head)
            return False
        return True
    if c.etype in ("AGREE", "COOPERATE") and _lemma(n) in w["pact"] and any(
            (x.dep_ == "det" and x.lower_ in ("the", "this", "that", "these", "those")) or x.dep_ == "poss"
            or (x.dep_ == "compound" and x.ent_type_) for x in children(n)) and not any(
            x.dep_ in ("acl", "relcl") and x.pos_ == "VERB" for x in children(n)):
        return True                       # `bringing the agreement into force`, `the Paris agreement`: the deal as
        # a thing (`the agreement they reached` keeps its verb)
    if weapon:
        test = next((x for x in children(n) if x.dep_ in ("compound", "amod") and _lemma(x) in w["test"]), None)
        if test is not None:
            _weapons_test(c, n)
            return False
        return True
    return False


@functools.lru_cache(maxsize=1)
def _owner_pronouns() -> dict[str, str]:
    """Subject pronoun -> the possessive of the same person, number and gender (pronouns.tsv: he -> his)."""
    rs = rows("pronouns.tsv", ("word", "case", "person", "number", "gender"))
    key = lambda r: (r["person"], r["number"], r["gender"])
    own = {key(r): r["word"] for r in rs if r["case"] == "possessive"}
    return {r["word"]: own[key(r)] for r in rs if r["case"] == "subject" and key(r) in own}


def _judged_wrong(c: Candidate, w) -> bool:
    """For a claim called false or wrong (`They are 100 percent wrong`): True when it judges an act or a stance
    instead (an infinitive on the word: `X is wrong to have a law`; a subject of the `stance` or `measure` class:
    `his stance is wrong`); not for `it is wrong to say that ...`, which denies what is said."""
    t = c.token
    if t.pos_ != "ADJ" or t.dep_ != "acomp":
        return False
    subj = child(t.head, ("nsubj",))
    inf = any(x.dep_ in ("xcomp", "ccomp") and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x))
              for x in (*t.children, *t.head.children))   # (`it is wrong to imply`: the infinitive on `is`)
    if inf and subj is not None and subj.lower_ == "it":
        return False
    return inf or (subj is not None and (_lemma(subj) in w["stance"] or _lemma(subj) in w["measure"]))


def _own_thing(x, c: Candidate) -> bool:
    """A target that is the source's own doing or outfit, not someone else: a common noun (no kin) with a possessive
    pronoun on it (`proud of his campaign`) or a relative clause whose subject is a personal pronoun (`the campaign
    he ran`)."""
    if not hasattr(x, "dep_") or x.pos_ != "NOUN" or x.ent_type_ or _lemma(x) in crime.words()["kin"] or \
            not c.source:
        return False                      # (`proud of his son`: someone else)
    src = [y for y in c.source if hasattr(y, "dep_")]
    if not src or not all(y.pos_ == "PRON" or names_actor(y) for y in src):
        return False
    mine = {_owner_pronouns().get(y.lower_) for y in src} if all(y.pos_ == "PRON" for y in src) else \
        pronouns("possessive", "3")
    return any(y.dep_ == "poss" and y.lower_ in mine for y in children(x)) or any(
        y.dep_ == "relcl" and any(z.dep_ == "nsubj" and z.lower_ in pronouns("subject") for z in children(y))
        for y in children(x))


def _unnamed_seeker(x, w) -> bool:
    """A candidate no one names: a `seeker` noun with `either`, `another`, `a`, `any` ... (`whichever`,
    `indefinite`) or a bare plural with no name or owner on it (`candidates on both sides`)."""
    if not hasattr(x, "dep_") or x.pos_ != "NOUN" or _lemma(x) not in w["seeker"] or x.ent_type_ or any(
            y.dep_ == "appos" for y in children(x)):
        return False                      # (`backed a candidate, Clinton,`: named)
    dets = [y for y in children(x) if y.dep_ in ("det", "poss", "predet", "nummod", "compound", "nmod")]
    if not dets:
        return x.tag_ == "NNS" and not any(y.dep_ == "amod" and (y.ent_type_ or y.pos_ == "PROPN") for y in children(x))
    return all(y.dep_ == "det" and (y.lower_ in w["whichever"] or y.lower_ in w["indefinite"]) for y in dets)


def _of_object(n):
    """The object of a noun's `of` phrase, also when the parser took a participle before it for the phrase's verb
    (`the release of embarrassing internal documents`: `embarrassing` pcomp, `documents` its object)."""
    o = prep_object(n, "of")
    if o is not None and o.dep_ == "pcomp" and o.tag_ == "VBG":
        return child(o, ("dobj",)) or o
    return o


def _given_thing(t, obj):
    """What a verb of giving gives, when the text names it: its object, or `with` X (`provided them with X`);
    None when only a person or an actor is named (`sent them`)."""
    if not _is_verb(t):
        return None
    if obj is not None and (obj.lower_ in ("some", "much", "all", "any", "most", "more") or _lemma(obj) in senses()[
            "quantity"]):
        obj = prep_object(obj, "of") or obj   # `gave Hillary some of the worst news`: the news
    things = [obj, prep_object(t, "with")]
    for x in things:
        if x is not None and x.pos_ == "NOUN" and not _head_actor(x) \
                and x.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP"):
            return x                      # judged by its head word: `a huge victory over Barack Obama` is a thing
    return None


def _weapons_test(c: Candidate, head) -> None:
    """`a missile test`, `the nuclear test`: MOBILIZE, by whoever carried it out (`X carried out a test`)."""
    c.etype, c.quad, c.cameo, c.mode = "MOBILIZE", 4, "150", "weapons test"
    c.last = max(c.last, head.i)
    if not c.source and head.dep_ in ("dobj", "pobj") and head.head.pos_ in ("VERB", "AUX", "ADP"):
        verb = head.head.head if head.head.pos_ == "ADP" else head.head
        subj = subject_of(verb)
        if subj is not None:
            c.source = [subj]
    if not c.source:
        owner = child(head, ("poss",))
        if owner is not None:
            c.source = [owner]           # `North Korea's fifth missile test`


def _topic(c: Candidate) -> bool:
    """A nominal event of talk, cooperation, criticism or sanctions with no source, no speaker and no target: a
    topic (`the sanctions`, `the talks`, `this investigation`). Violence, protest and force named alone (`the
    shooting`, `mass protests`, `torture`) stay: they happened, whoever did them."""
    return c.nominal and not c.source and c.extra_source is None and not c.target and c.etype not in MATERIAL and \
        _side(c) is None


def _side(c: Candidate):
    """A group or country named before an event noun: its maker (`Republican calls for ...`, `U.S. demands`)."""
    n = c.noun if c.noun is not None else c.token
    return next((x for x in children(n) if x.dep_ in ("amod", "compound") and x.i < n.i
                 and x.ent_type_ in ("NORP", "ORG", "GPE")), None)


def _sense(c: Candidate, w) -> bool:
    t = c.token
    lem = _lemma(t)
    obj = (child(t, ("dobj",)) or child(t, ("nsubjpass",))) if t.pos_ in ("VERB", "AUX") else None
    if obj is None and t.dep_ == "relcl" and t.pos_ == "VERB" and child(t, ("nsubj",)) is not None and \
            child(t, ("nsubj",)).tag_ not in ("WP", "WDT") and t.head.pos_ == "NOUN":
        obj = t.head                      # `the tweets he sent`: the noun the clause describes is its object (not
        # in `an analyst who returned to public service`: there it is the subject)
    elif obj is not None and obj.tag_ in ("WDT", "WP") and t.dep_ == "relcl" and t.head.pos_ == "NOUN":
        obj = t.head                      # `the speech that I gave`: the relative pronoun stands for the noun
    olem = _lemma(obj) if obj is not None else None
    if c.etype == "ASSAULT" and not c.nominal and obj is not None and t.pos_ == "VERB" and any(
            x is not None and (_lemma(x) in hazards() or _lemma(x) in w["plight"])
            for x in (obj, prep_object(obj, "of"))):
        return False                      # `funding to fight the Ebola epidemic`, `battling the spread of the virus`,
        # `fighting famine`: a hazard or a plight fought, no one attacked (ev24plv)
    if lem in w["giving"] and t.tag_ == "VBN" and _conjunction_participle(t):
        return False                      # `especially given that two senators run`, `provided that it agrees`
    if c.etype != "CONCEDE" and c.pattern.kind == "phrase" and plover(c.pattern.cameo)[0] == "CONCEDE" and \
            lem in w["lifting"] and _no_restriction(obj, olem, w):
        return False                      # `didn't roll back the Iron Curtain` (retyped by its mood): no restriction
        # eased, so no refusal to ease one either
    taken_back = c.etype == "CONCEDE" and not c.nominal and lem in ("retract", "recant") and obj is not None
    if taken_back and lem == "retract" and not (olem in w["speech"] or olem in w["retracted"] or
                                                olem in w["document"] or olem in evaluative.words()["claimed"]):
        return False                      # `retracted his claws`: no thing said taken back (`retracted her statement`
        # stays; what is recanted is always a thing said, `recanted her testimony`, and neither is a document released
        # below; rev24b)
    if c.etype == "CONCEDE" and not c.nominal:
        if not taken_back and olem in w["document"] or olem in w["advert"] or (
                olem in w["quantity"] and _lemma(prep_object(obj, "of") or obj) in w["document"]):
            return False                  # `released the video`, `returned it`, `released 30 years of tax returns`,
            # `is releasing a robocall`
        if lem in w["lifting"] and _no_restriction(obj, olem, w):
            return False                  # `lift themselves out of poverty`
        if lem in w["noconcession"] and olem not in w["entitlement"] and not (
                lem in w["letting"] and olem in w["admitted"]) and not any(
                _lemma(y) in w["entitlement"] for x in children(t) if x.dep_ == "xcomp" for y in x.subtree):
            return False                  # (`restored voting rights to felons`, `voting` parsed as the verb's complement
            # with `rights` its object: a right given back concedes)
        if lem in w["goingback"] and obj is None:
            return False                  # `returning home`, `no one gives up`
        if lem in w["goingback"] and _went_back_to(t):
            return False                  # `he's returning to the Senate as the same conservative`, `the year he
            # returned to teaching`: going back (the parse may take a later noun, or the clause's noun, for its object)
    if c.pattern.kind == "phrase" and c.pattern.key in ("back_away", "walk_away") and not _retractable(
            prep_object(t, "from") or next((prep_object(x, "from") for x in children(t) if x.lower_ == "away"), None),
            w, talks=c.pattern.key == "walk_away"):
        return False                      # `backed away from the microphone`: a step back, no refusal (`backed away
        # from the deal`, `from his pledge` refuse it); `walked away the crown`, `a standoff from which everyone
        # walked away safely`, `walked away from each rally with sign-ups`: no deal or talks left (ev27b)
    if c.etype == "SUPPORT" and not c.nominal and lem in w["affirming"] and obj is not None and \
            _act_of_another_type(obj):
        return False                      # `reaffirmed his criticism of X`, `reiterated his opposition to the plan`:
        # an act of blame, refusal or threat said again backs no one (`reaffirmed his support` stays)
    if c.pattern.kind == "phrase" and c.pattern.key == "stand_behind" and _behind_as_they_act(t):
        return False                      # `officials stood behind the governor as he spoke`: a place in a scene
    if c.etype == "RETREAT" and c.pattern.kind == "phrase" and c.pattern.key in ("lay_down", "pull_out") and \
            obj is not None and olem not in w["armslaid"] and not names_actor(obj):
        return False                      # `laying down sign posts`, `pulling out her credentials`: no arms, no troops
    if c.etype == "CONCEDE" and c.noun is not None and _lemma(_of_object(c.noun) or c.noun) in w["document"]:
        return False                      # `ordering the release of emails`: documents made public, no concession
    if t.dep_ == "acl" and _lemma(t.head) in w["document"] and c.etype in ("CONCEDE", "AID"):
        return False                      # `the footage released Friday by the family`
    if obj is None and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.pos_ == "NOUN":
        obj = t.head                      # `a bulletin sent by the FBI`: the noun the participle describes
        olem = _lemma(obj)
    if c.etype == "AID":
        with_obj = prep_object(t, "with") if _is_verb(t) else None
        if obj is not None and with_obj is not None and _actorish(obj) and (
                _lemma(with_obj) in w["aid"] or _lemma(with_obj) in w["weapon"]):
            olem = _lemma(with_obj)       # `provided the rebels with weapons`: the rebels receive, weapons are given
            c.target = [obj] + [x for x in c.target if getattr(x, "i", None) not in (obj.i, with_obj.i)]
        if obj is not None and (olem in w["quantity"] or obj.ent_type_ in ("PERCENT", "CARDINAL", "MONEY")):
            olem = _lemma(prep_object(obj, "of") or obj)   # `supplied 94% of military equipment`
        if olem in w["document"]:
            return False
        if olem not in w["aid"] and not (any(not hasattr(x, "dep_") or _actorish(x) for x in c.target) and (
                c.source or c.extra_source is not None)) and not (c.cameo == "074" and c.source and not c.nominal):
            return False                  # `helped bridge the divide`, `delivering warheads to the mainland`,
            # `delivering the speech`, `sent classified material`: nothing given to anyone
        if (lem in w["donating"] or _lemma(c.noun if c.nominal and c.noun is not None else t) in w["donating"] or any(
                hasattr(x, "lemma_") and _lemma(x) in w["campaignmoney"] for x in c.target) or (
                olem in w["campaignmoney"]) or (
                lem in w["giving"] and _lemma(prep_object(t, "to") or t) in w["campaignmoney"])) and not (
                _to_a_people(c, w) or olem in w["aidgoods"] and not any(
                    _lemma(prep_object(y, "to") or y) in w["campaignmoney"] for y in (t, obj) if y is not None)):
            return False                  # `donated $5,000 to federal campaigns`, `has given to many candidates`,
            # `self-funding his campaign`, `provided contributions`: money to politics, not aid (`donated vaccines`:
            # relief goods, ev29a; not `donated equipment to the mayor's campaign`, rev29a)
        given = _given_thing(t, obj) if lem in w["giving"] else None   # verbs of giving give things and chances alike
        if given is not None and _lemma(given) not in w["leave"] and not any(
                _lemma(x) in w["aid"] or _lemma(x) in w["weapon"] or _lemma(x) in w["aidgoods"] or
                x.ent_type_ == "MONEY"
                                         for x in [given] + [y for y in children(given) if y.dep_ in (
                                             "compound", "amod", "nummod", "quantmod", "nmod")] + [
                                             z for y in children(given) if y.dep_ == "prep" and y.lower_ == "of"
                                             for z in children(y) if z.dep_ == "pobj"]):
            return False                  # `provided her with fresh material`, `provided the Internet space`, `give
            # you the tenor`, `contribute wages`, `sending travelers on safaris`, `finance right-wing causes`
    if c.pattern.key in ("search_for", "hunt_for") and not any(
            hasattr(x, "lemma_") and _lemma(x) in w["lawforce"] for x in c.source):
        return False                      # `rescuers searched for survivors`: only police hunt suspects
    if lem in w["capturing"] and any(x.dep_ in ("prep", "agent") and x.lower_ in ("on", "in", "by") and any(
            _lemma(y) in w["medium"] for y in children(x)) for x in children(t)):
        return False                      # `the confrontation, which was captured on video`, `one captured by a
        # dashboard camera` (a passive's `by` is the parse's agent, ev45)
    if c.etype == "CONSULT" and lem == "visit" and _is_verb(t) and obj is not None and (
            _web_address(obj) or olem in ("website", "webpage", "homepage")):
        return False                      # `For more information, visit www.example.org`: a web page, no one met
        # (`_web_address`: one test of an address, ev27a's for the reader told, ev27b's here)
    if c.etype in ("ASSAULT", "PROTEST") and lem == "strike" and _is_verb(t) and any(
            x.dep_ == "prt" and x.lower_ == "out" for x in children(t)) and prep_object(t, "at") is None and \
            child(t, ("dobj",)) is None:
        return False                      # `strikes out in marathon`, `struck out on her own`: set off or failed, no
        # blow and no walkout (`struck out at his critics` stays; ev27b)
    if c.nominal and c.noun is not None and _lemma(c.noun) == "suit" and _worn(c.noun, w):
        return False                      # `men in suits flapped their arms`, `strode the corridors in high heels and a
        # green suit`: clothes, no lawsuit (ev27b)
    if lem in w["seizeon"] and (obj is None or t.i + 1 < len(t.doc) and t.nbor(1).lower_ in (
            "on", "upon", "onto")) and any(
            x.dep_ in ("prep", "prt") and x.lower_ in ("on", "upon", "onto") for x in children(t)):
        return False                      # `seized on the issue`, `seized on glimmers of hope` (`on` as a particle);
        # right after the verb, whatever object the parse found further on (`seized on new revelations, some of them
        # foreign nationals`)
    if lem == "fire" and c.etype == "ASSAULT" and _is_verb(t) and olem not in w["weapon"] and \
            olem not in w["shotfired"] and not any(
            x.dep_ == "prep" and x.lower_ in ("at", "on", "upon", "into") and not any(
                y.dep_ == "pobj" and y.ent_type_ in ("DATE", "TIME") for y in children(x)) for x in children(t)) and \
            not _started_firing(t, obj, w):
        return False                      # `was fired by the network`: dismissed, not shot at
    if c.pattern.kind == "phrase" and c.pattern.key in w["expelphrase"] and not (
            obj is not None and (obj.pos_ == "PRON" or actor_noun(obj) or obj.ent_type_ in ("PERSON", "NORP", "ORG"))):
        return False                      # `threw out the case`, `a Smith-backed lawsuit was thrown out`: only
        # someone is thrown out (`threw the reporter out of a news conference`)
    if lem == "fire" and any(x.dep_ == "prep" and x.lower_ == "from" and any(
            _lemma(y) in w["post"] for y in children(x)) for x in children(t)):
        return False                      # `was fired from her job at the bank`
    if lem == "commit" and c.etype == "AGREE" and obj is not None and not any(
            x.dep_ in ("prep", "dative") and x.lower_ == "to" for x in children(t)):
        return False                      # `committed a crime`
    if c.noun is not None and _lemma(c.noun) == "rally" and _campaign_rally(c.noun, c, w):
        return False                      # `the campaign held rallies`, `one of Trump's rallies`, `At a rally in
        # Portland, Trump said`, `his massive rallies`: campaigning
    if c.etype == "PROTEST" and c.nominal and c.noun is not None and _lemma(c.noun) == "rally" and \
            _election_story(t.doc, w) and not any(
                (_lemma(x) in w["protester"] or _lemma(x) in w["protestword"]) and x.i != c.noun.i for x in sentence_tokens(t)):
        return False                      # `at every diner stop, every rally`, `He attended the rally, though he's not
        # sure whether he'll vote`: in an election story a rally with no protest word near is campaigning (`a rally
        # against the Iran deal`, `protesters at Trump's rallies` stay)
    if c.nominal and c.noun is not None and c.etype in ("THREATEN", "ASSAULT", "COERCE") and (
            (c.noun.dep_ == "dobj" and _lemma(c.noun.head) in w["posing"])
            or (c.noun.dep_ == "attr" and c.noun.head.lemma_ == "be")):
        return False                      # `posed a threat to the United States`, `is a danger to`: what it is
    if c.etype in ("ACCUSE", "COERCE") and _police_inquiry(c, w):
        return False                      # `a task force investigating the shootings`, `the murder investigation`:
        # police work on a crime, no one accused (`the UN will investigate Yale` accuses Yale)
    if c.etype == "COERCE" and lem == "lock" and _is_verb(t) and obj is not None and not (
            _head_actor(obj) or is_person(obj)):
        return False                      # `Clinton locked up endorsements from unions`: secured, no one jailed
    if c.etype in ("ASSAULT", "COERCE") and _is_verb(t) and obj is not None and _lemma(obj) in w["arena"]:
        return False                      # `fought his own primary against Clinton`, `locked up the GOP nomination`
    if c.etype == "ASSAULT" and lem in w["defeating"] and _is_verb(t) and any(
            is_person(x) or (hasattr(x, "lemma_") and _lemma(x) in w["campaigner"]) for x in c.target) and not (
            _violence_near(t, w) or _harm_in_article(t.doc, w)) and _contest_word_beside(t, c.target, w):
        return False                      # `someone who is going to defeat Tom Ward ..., that candidate`: a
        # contest won (not `two men beat Senator Smith outside his home`: the title is the target's own)
    if c.etype == "PROTEST" and _is_verb(t) and lem == "rally" and any(is_person(x) for x in c.source):
        return False                      # `Sanders rallied young people with his calls`: campaigning
    if c.etype == "ASSAULT" and _verbal_attack(c, w):
        return False                      # `the audience cheered on the attacks`, `blistering attacks upend his
        # pivot`, `hit a hole-in-one`: in a story with no harm anywhere, no one attacked (one aimed at a person:
        # ACCUSE, `retype`)
    if c.nominal and c.quad == 4 and _policy_named(c, w):
        c.hypothetical = True             # `voters support a temporary ban on Muslims`, `a state law banning fracking`:
        # a measure backed or in force, no act done
    if c.etype == "REJECT" and _withheld_thing(c, t, obj, w):
        return False                      # `hasn't accepted any new gigs`, `haven't lent money to him in years`,
        # `did not admit wrongdoing`: a thing not given or taken, no refusal of anyone
    if c.etype == "REQUEST" and lem == "seek" and (child(t, ("xcomp",)) is not None or obj is None and any(
            x.dep_ == "advcl" and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)) for x in children(t))):
        return False                      # `seeking to rescue his campaign`, `sought on Wednesday to ease worries`:
        # trying, not asking (`sought help from the UN to stop the killings` asks: the infinitive is its purpose)
    if c.etype == "ASSAULT" and c.nominal and c.noun is not None and c.noun.dep_ == "pobj" and \
            c.noun.head.lower_ == "of" and _lemma(c.noun.head.head) in w["tack"] and _lemma(c.noun) in w["verbal"] and \
            c.noun.tag_ == "NN":
        c.etype, c.quad, c.cameo, c.mode = "ACCUSE", 3, "111", None   # `issued a new line of attack`: an argument
        # against someone, words (the idiom is singular: `a line of attacks on army posts` is a series of them)
    if c.etype == "ASSAULT" and lem in w["targeting"] and _is_verb(t) and obj is not None and _election_story(
            t.doc, w) and not _violence_near(t, w) and all(
                _lemma(x) in w["electorate"] or (x.ent_type_ == "NORP" and x.tag_ == "NNPS")
                for x in [obj] + [y for y in children(obj) if y.dep_ == "conj"]):
        return False                      # `spending money targeting Hispanic voters`, `an ad buy targeting Latinos`:
        # voters sought in a campaign, no one attacked
    if c.etype == "REQUEST" and _is_verb(t) and t.tag_ == "VBN" and t.dep_ == "advcl" and \
            child(t, ("nsubj", "nsubjpass", "agent")) is None and any(
                x.dep_ in ("mark", "advmod") and x.lower_ in w["askedwhen"] for x in children(t)):
        return False                      # `especially when advised to rein in his style`, `if urged to run`: what
        # would be asked of someone, no one asking (as `when asked to`, `_question`)
    if c.etype == "REQUEST" and lem == "direct" and _is_verb(t) and not any(
            x.dep_ in ("xcomp", "ccomp") for x in children(t)):
        return False                      # `who directs the Tax Policy Center`, `a play directed by X`, `a line
        # directed at Mr. Trump`: runs, stages or aims a thing; only `directed the agency to ...` asks
    if c.etype == "REQUEST" and lem in w["propel"] and _is_verb(t) and child(t, ("xcomp", "ccomp")) is None and \
            obj is not None and any(x.dep_ == "prep" and x.lower_ == "to" and child(x, ("pobj",)) is not None
                                    for x in children(t)):
        return False                      # `pushing her to victory`, `pushed the party to the brink`: moved toward a
        # state, not asked to act (`pushed him to resign` asks)
    if c.etype == "REQUEST" and lem in w["propel"] and _is_verb(t) and child(t, ("dobj",)) is None and \
            child(t, ("xcomp",)) is not None and not any(x.dep_ == "prep" for x in children(t)):
        return False                      # `leaders are pushing to make the agreement binding`: trying, as `seeking
        # to` (`pushed for a vote`, `pushed Congress to act` ask)
    if c.etype == "REJECT" and lem in w["ignoring"] and _is_verb(t) and not (
            olem in w["plea"] or obj is not None and _head_actor(obj)):
        return False                      # `ignored the fact`, `moderators ignore Clinton scandals`: a thing left
        # unsaid (`ignored calls to resign`, `ignored the subpoena`, `ignored her` refuse)
    if c.etype == "REJECT" and lem == "oppose" and t.tag_ == "VBN" and (t.head.lower_ == "as" or any(
            x.dep_ == "mark" and x.lower_ == "as" for x in children(t))) and prep_object(t, "to") is not None:
        return False                      # `as opposed to some name`: a contrast
    if c.etype == "SUPPORT" and not c.nominal and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.pos_ in (
            "NOUN", "PROPN", "PRON") and _lemma(t.head) not in w["document"] and _lemma(t.head) not in w["speech"]:
        return False                      # `a super PAC supporting Clinton`, `groups backing the bill`: who they are
        # (`wrote a letter congratulating organizers` congratulates)
    if c.etype == "ASSAULT" and c.nominal and c.noun is not None and not c.source and not c.target and \
            c.extra_source is None and not any(
                (x.dep_ in ("det", "poss", "nummod", "prep", "acl", "relcl", "appos") and x.lower_ != "more")
                or x.ent_type_ for x in children(c.noun)) and (
                any(x.lower_ == "more" for x in children(c.noun)) or (
                    c.noun.dep_ == "nsubj" and c.noun.head.lemma_ == "be" and c.noun.head.tag_ in ("VBZ", "VBP"))):
        return False                      # `Homegrown attacks are a byproduct of military success`, `More bombing.`:
        # violence in general, no occasion (`the shooting`, `a bombing in Kabul`, `died after torture` stay)
    if c.etype not in MATERIAL and not c.nominal and t.tag_ == "VBG" and t.dep_ == "acl" and t.head.lower_ in (
            "anyone", "anybody", "those", "someone", "somebody", "everyone", "everybody", "whoever"):
        return False                      # `anyone seeking refuge`, `those seeking her assistance`: who they are
    if c.etype == "REQUEST" and lem == "seek" and _is_verb(t) and any(
            x.dep_ in ("prt", "prep", "advmod") and x.lower_ == "after" and not any(True for _ in children(x))
            for x in children(t)):
        return False                      # `has been heavily sought after`: wanted, asked by no one
    if c.etype == "ACCUSE" and lem == "challenge" and _is_verb(t) and any(
            x.dep_ == "prep" and x.lower_ in ("for", "in") and any(
                _lemma(y) in w["office"] or _lemma(y) in w["election"] for y in children(x) if y.dep_ == "pobj")
            for x in list(children(t)) + (list(children(obj)) if obj is not None else [])):
        return False                      # `who is challenging Roe for her council seat`, `challenging X in the
        # primary`: running against, not criticising
    if c.etype == "AGREE" and lem == "agree" and _is_verb(t) and child(t, ("ccomp",)) is not None and \
            child(t, ("xcomp",)) is None and not any(x.dep_ == "prep" and x.lower_ in ("with", "on", "to", "upon")
                                                   for x in children(t)) and not any(
            y.dep_ == "aux" and y.lower_ in ("could", "would", "will", "can", "wo", "ca")
            for y in children(child(t, ("ccomp",)))):   # (`agreed that inspectors could visit` settles something)
        return False                      # `agreed that the Treasury has limited power`: sharing a view, no deal
        # (`agreed with Ivana Trump that ...` backs her, `agreed on an inquiry` settles it)
    if c.etype == "ASSAULT" and lem in w["seizing"] and olem in w["chance"]:
        return False                      # `seizing an opportunity to tarnish Clinton`
    if c.etype == "SANCTION" and lem == "cut" and _is_verb(t) and obj is None and prep_object(t, "to") is not None:
        return False                      # `the spot then cuts to film of Ward`
    if c.etype == "CONSULT" and lem == "meet" and _is_verb(t) and ((is_passive(t) and not any(
            _head_actor(prep_object(t, p)) or is_person(prep_object(t, p)) for p in ("by", "with")
            if prep_object(t, p) is not None)) or (
            obj is not None and not _actorish(obj) and obj.pos_ != "PRON")):
        return False                      # `was met with chants`, `to meet the labor shortfall`: no one met
    member = child(t, ("attr",)) or t
    if c.pattern.key == "become_member" and any(x.dep_ == "amod" and x.lower_ in ("first", "last", "only")
                                                for x in children(member)) and any(
            x.dep_ == "acl" and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)) for x in children(member)):
        return False                      # `the first council member to endorse him`: a rank, no joining
    n = c.noun if c.noun is not None else t
    if c.etype == "SUPPORT" and c.noun is not None and _lemma(n) in w["supportnoun"] and (
            (any(x.dep_ == "amod" and x.lower_ in w["standing"] for x in children(n)) and not any(
                x.dep_ == "prep" and x.lower_ in ("for", "to", "behind") for x in children(n)))
            or any(x.dep_ == "prep" and x.lower_ in ("among", "across") for x in children(n))
            or (n.head.lower_ in ("in", "of") and _lemma(n.head.head) in w["standing"])
            or (n.dep_ == "dobj" and _lemma(n.head) in w["havingsupport"] and prep_object(
                n, "from") is None and prep_object(n, "of") is None)):
        return False                      # `Clinton's deep support among black voters`, `the rise in support for
        # him`, `We have strong support in certain demographics`: how much backing, as polls measure it, not an act
        # (`signaling its strong support for Mr. Kim` is one)
    if c.etype == "SUPPORT" and c.noun is not None and _support_counted(n, w):
        return False                      # `his support will collapse`, `to consolidate support`, `winning women's
        # support`: backing as votes gained or lost, no one backing anyone
    if c.etype == "CONSULT" and c.nominal and n.lower_ == "talk" and not any(
            x.dep_ == "prep" and x.lower_ in ("with", "between", "to") for x in children(n)):
        return False                      # `such talk fans the flames`, `it's empty talk`: speech, not talks
    if c.etype == "REQUEST" and lem in w["seeking"] and (olem in w["office"] or olem in w["aim"]):
        return False                      # `those seeking the presidency`, `seeking re-election`: running, no request
    if c.etype == "THREATEN" and c.nominal and c.noun is not None and _lemma(c.noun) in w["threatnoun"] \
            and not c.target and not any(x.dep_ in ("compound", "poss", "acl", "ccomp") or (
                x.dep_ == "prep" and x.lower_ == "by") for x in children(c.noun)):
        return False                      # `the threat from the Islamic State`, `the threat of terrorism`, `viewed
        # Sanders as a genuine threat`: a danger, no threat made (`his threat to sue`, `his veto threat`, `threats by
        # Erdogan that he would ...` stay)
    if c.etype == "THREATEN" and c.nominal and c.noun is not None and c.noun.dep_ == "dobj" and \
            _lemma(c.noun.head) in w["facing"] and not c.source and \
            c.extra_source is None and not any(x.dep_ == "poss" for x in children(c.noun)) and \
            prep_object(c.noun, "from") is None:
        return False                      # `the West was facing an existential threat`: a danger felt, no one
        # threatening (`faces a threat from Iran` keeps its maker)
    if c.etype == "SANCTION" and lem in w["cutting"]:
        if _is_verb(t) and obj is None and not c.target:
            return False                  # `I couldn't get the guy to cut!`: nothing and no one cut
        if _is_verb(t) and obj is None and prep_object(t, "into") is not None:
            return False                  # `he cut into Obama's support`: made it smaller
        if obj is not None and not (_lemma(obj) in w["ties"] or _head_actor(obj) or any(
                y.dep_ == "pobj" and (actor_like(y) or actor_noun(y)) for x in children(obj)
                if x.dep_ == "prep" and x.lower_ in ("of", "to", "for") for y in children(x))):
            return False                  # `cutting emissions`, `cut interest rates`: no one is sanctioned
    if c.etype == "SANCTION" and lem == "recall" and (not (obj is not None and (
            olem in load().cues.get("envoy", ()) or actor_like(obj) or actor_noun(obj))) or any(
                x.dep_ in ("ccomp", "advcl") or (x.dep_ == "prep" and x.lower_ == "as") for x in children(t))):
        return False                      # `years recalled for their tranquility`, `recalled his widow as a great
        # woman`, `recalled that he had met her`: remembered, not withdrawn
    if c.etype in ("AID", "SUPPORT") and _is_verb(t) and obj is not None and obj.lower_ in w["reflexive"]:
        return False                      # `I don't think either one helped themselves`: no one else backed
    if c.etype == "ASSAULT" and _is_verb(t) and obj is not None and obj.lower_ in w["reflexive"] and not any(
            x.dep_ == "prt" and x.lower_ == "up" for x in children(t)):
        return False                      # `killed himself`, `a farmer killing himself`: no one attacked (`blew
        # himself up` in a crowd stays)
    if lem in w["doubting"] and _is_verb(t) and obj is None:
        said = child(t, ("ccomp",))
        mark = next((x for x in children(said) if x.dep_ == "mark"), None) if said is not None else None
        who = child(said, ("nsubj", "nsubjpass")) if said is not None else None
        if mark is not None and mark.lower_ in ("whether", "if") and not (who is not None and (
                actor_like(who) or actor_noun(who) or who.lower_ in ("he", "she", "they", "you", "we", "i"))):
            return False                  # `led officers to ask whether this was a one-off event`:
            # a doubt about what happened, no one questioned or criticised
    if c.noun is not None and _lemma(c.noun) in w["tienoun"] and not (
            c.noun.dep_ in ("dobj", "nsubjpass") and _lemma(c.noun.head) in w["tieact"]) and not (
            c.noun.head.dep_ == "amod" or any(x.dep_ == "amod" and x.tag_ == "VBG" and _lemma(x) in w["tieact"]
                                             for x in children(c.noun))):
        return False                      # `the donors have ties to a movement`, `Iran's relations with the West`: a
        # relation held, no act (`restored ties`, `deepening ties with the RNC`, `improving relations` are acts)
    if c.etype == "CONSULT" and c.nominal and c.noun is not None and c.noun.tag_ == "NNS" and \
            _lemma(c.noun) in w["meetingnoun"] and not any(
                x.dep_ == "prep" and x.lower_ == "between" for x in children(c.noun)):
        return False                      # `half of Clinton's meetings were with donors`, `85 of the 154 meetings`,
        # `screen shots of their conversations`: meetings counted, no one occasion (`talks between` stay)
    if c.etype == "ASSAULT" and (
            (c.nominal and c.noun is not None and _lemma(c.noun) == "hit" and any(
                x.dep_ in ("amod", "compound") and x.lower_ in w["success"] for x in children(c.noun)))
            or (lem == "hit" and t.dep_ == "acl" and t.i > 0 and t.head.i == t.i - 1 and
                t.head.lower_ in w["success"])):
        return False                      # `a surprise hit on Netflix`: a success
    if c.etype == "ASSAULT" and lem == "target" and any(_lemma(x) in w["marketing"] for x in sentence_tokens(t)):
        return False                      # `a marketing campaign that targets young men`: customers aimed at
    if c.etype == "ASSAULT" and lem in w["outpoll"] and _is_verb(t) and any(
            x.ent_type_ == "PERCENT" or x.lower_ in w["outpolled"] for x in sentence_tokens(t)):
        return False                      # `Sanders beat her 51% to 36%`, `beating pre-election polls`: votes
    if c.etype == "ASSAULT" and _is_verb(t) and any(
            x.dep_ == "prep" and x.lower_ == "by" and any(_lemma(z) in w["margin"]
                                                          for y in children(x) for z in y.subtree) for x in children(t)):
        return False                      # `Obama captured Florida by about 74,000 votes`: an election won
    if c.etype in ("ASSAULT", "COERCE") and _contest_won(c, w):
        return False                      # `Ted Cruz has captured Texas and Oklahoma`, `he also took Iowa`: states
        # won in a race, no place seized (`the rebels captured the town` stays)
    if c.etype == "ASSAULT" and lem in w["blow"] and _is_verb(t) and obj is None and \
            not c.target:
        return False                      # `its heart beating, its legs kicking`: no one beaten
    if c.etype == "REQUEST" and (olem in w["noask"] or _lemma(prep_object(c.noun if c.noun is not None else t, "for")
                                                             or t) in w["noask"] or c.noun is not None and any(
            x.dep_ == "acl" and (_lemma(x) in w["noask"] or _lemma(child(x, ("dobj",)) or x) in w["noask"])
            for x in children(c.noun))):
        return False                      # `USA TODAY's request for comment`, `asking for anonymity`, `requests to
        # comment`, `requests seeking comment`: press routine
    if c.etype == "REJECT" and lem == "return" and olem in w["inquiry"]:
        return False                      # `did not return calls seeking comment`
    if c.etype == "REJECT" and lem in w["axing"] and obj is not None and _is_media_title(obj):
        return False                      # `the network canceled ''Minority Report''`: a show, no actor
    if c.etype == "REJECT" and lem == "oppose" and _is_verb(t) and (
            t.dep_ == "pcomp" and t.head.lower_ == "as" or obj is not None and not (
                _head_actor(obj) or olem in w["proposal"] or olem in w["speech"] or olem in w["legalmove"] or any(
                _actor_owner(y) or (
                    y.dep_ in ("compound", "nmod") and y.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"))
                for y in children(obj)))):
        return False                      # `opposes a minimum wage increase`, `as opposed to some name`: a stance
        # on a thing (`opposed the senator`, `opposes Obama's plan` stay)
    if c.etype == "AGREE" and lem == "agree" and _is_verb(t) and not any(
            x.dep_ in ("xcomp", "ccomp", "dobj", "prep", "advcl") for x in children(t)):
        return False                      # `Others largely agree.`: a view shared, no deal
    if c.etype == "REQUEST" and lem == "appeal" and _is_verb(t) and child(t, ("xcomp",)) is None and \
            prep_object(t, "for") is None and c.target and all(
                hasattr(x, "dep_") and x.tag_ in ("NNS", "NNPS") and _lemma(x) not in w["lawforce"] for x in c.target):
        return False                      # `meant to appeal to young renters and students`: to attract
    if c.etype == "SUPPORT" and c.nominal and c.noun is not None and not c.target and _lemma(c.noun) in \
            w["backingnoun"] and not (
                c.noun.dep_ in ("dobj", "pobj") and _lemma(c.noun.head if c.noun.dep_ == "dobj" else c.noun.head.head)
                in w["supportgiven"]):
        return False                      # `his Republican support remains consistent`, `the AFL-CIO endorsement is
        # the most potent`, `strong support from voters`: backing counted or weighed, no one backed (`threw their
        # support to her`, `locked up endorsements from unions` stay)
    if c.etype == "ASSAULT" and c.nominal and c.noun is not None and _lemma(c.noun) == "hostility" and \
            c.noun.tag_ == "NN":
        return False                      # `their hostility to same-sex marriage`: an attitude (`hostilities` fight)
    if c.etype == "CONCEDE" and lem == "accept" and _is_verb(t) and olem not in w["fault"] and \
            olem not in w["conceded"]:
        return False                      # `They accept climate science`, `only accepts small donations`: a view or
        # a gift taken (`accepted responsibility`, `accepted defeat`; `accepted the offer` is AGREE, `retype`)
    if c.etype == "ASSAULT" and lem == "burn" and _is_verb(t) and obj is not None and not (
            _head_actor(obj) or olem in w["site"] or olem in w["property"] or obj.ent_type_ in ("GPE", "FAC", "LOC")):
        return False                      # `burning the mortgage`, `burning in a fireplace`: a thing burnt, no
        # attack (`burned the embassy`, `burned cars` stay)
    if c.etype == "REQUEST" and lem == "push" and not _infinitive(t) and not any(
            x.dep_ == "prep" and x.lower_ == "for" for x in children(t)):
        return False                      # `pushing Obama's policies`, `pushing on an open door`: no asking
    if c.etype == "ASSAULT" and _lemma(c.noun if c.noun is not None else t) in w["figurative"] and (
            (_is_verb(t) and (_infinitive(t) or _for_a_cause(t)))
            or any(x.dep_ in ("compound", "amod", "nmod") and _lemma(x) in w["arena"]
                   for x in children(c.noun if c.noun is not None else t))
            or (c.nominal and _campaign_noun(c.noun if c.noun is not None else t) and not _violence_near(t, w))):
        return False                      # `fought to keep the boy`, `fighting for custody`, `a custody battle`,
        # `the government's battle to secure his return`, `the fight for Elian` (not `the battle for Mosul`)
    if c.etype == "PROTEST" and c.nominal and _lemma(c.noun if c.noun is not None else t) == "demonstration" and \
            prep_object(c.noun if c.noun is not None else t, "of") is not None:
        return False                      # `the clearest demonstration of the fact`: a showing, not a protest
    if c.noun is not None and lem == "have" and plover(c.pattern.cameo)[1] == 2:
        return False                      # `he has no weapon`: owning, not giving
    if c.etype == "SUPPORT" and c.nominal and c.noun is not None and c.noun.head.lower_ == "with" and \
            c.noun.head.dep_ == "prep" and _is_verb(c.noun.head.head) and not any(
                x.dep_ == "prep" and x.lower_ in ("of", "from") for x in children(c.noun)):
        return False                      # `passed by Congress with wide support`: how, not who backed whom
    if t.dep_ == "amod" and _is_verb(t) and t.tag_ == "VBN" and not c.nominal and prep_object(t, "by") is None:
        return False                      # `invited members`, `the bombed-out building`: a past participle
        # describing a noun names no occasion (`rallying scientists` do rally)
    if t.dep_ == "amod" and t.tag_ in ("VBG", "JJ") and not c.nominal and c.quad in (1, 3) and c.etype != "PROTEST":
        return False                      # `the opposing camps`, `an accusing finger`: a word describing a noun
    if t.dep_ == "amod" and t.tag_ == "VBG" and not c.nominal and c.etype in ("ASSAULT", "COERCE") and \
            t.head.tag_ == "NNS" and _lemma(t.head) in w["kindnoun"] and not any(
            x.dep_ in ("det", "poss", "nummod") for x in children(t.head)):
        return False                      # `many Russian hacking groups`, `hacking specialists`: a kind of people named
        # by what they do, not an act
    if c.etype == "AGREE" and _lemma(t) == "make" and any(x.lower_ == "good" for x in children(t)):
        return False                      # `made good on a promise`: the promise kept (what was given is its own event)
    if t.dep_ == "amod" and t.tag_ == "VBG" and not c.nominal and t.i > 0 and t.doc[t.i - 1].tag_ == "HYPH":
        return False                      # `coal-burning power plants`: a hyphened property of a noun
    if c.etype == "REJECT" and c.nominal and c.noun is not None and _lemma(c.noun) == "opposition" and not any(
            hasattr(x, "dep_") and (actor_like(x) or actor_noun(x)) for x in c.target):
        return False                      # `our opposition to terrorism`: a stance, not a rejection of anyone
    if c.etype == "REQUEST" and c.noun is not None and _lemma(c.noun) == "appeal" and (
            _lemma(c.noun.head) in w["appealheld"]
            or any(x.dep_ == "amod" for x in children(c.noun) if _lemma(x) in w["appealing"])):
        return False                      # `holds obvious appeal in the Midwest`: attraction, not a plea
    if _share_of_vote(c) or _poll_answer(c):
        return False                      # `40 percent support`, `received 49.8 percent`, `name recognition`
    if c.etype == "SUPPORT" and _electorate_backing(c, w):
        return False                      # `6 in 10 white men supported Sanders`, `caucus-goers were more likely to
        # say they preferred Clinton`: voters' preferences counted, no act
    if c.etype == "CONSULT" and lem == "receive" and not (obj is not None and (actor_like(obj) or actor_noun(obj))):
        return False                      # `received $12.7 million`: money or votes, no visitor
    if c.etype in ("ASSAULT", "COERCE") and lem in w["winning"] and any(_lemma(x) in w["election"] for x in sentence_tokens(t)) \
            and not _violence_near(t, w):
        return False                      # `crushing her by 20 points in New Hampshire`: an election won
    if c.etype == "ASSAULT" and _lemma(c.noun if c.noun is not None else t) in w["clash"] and _person_target(c, w) \
            and not _violence_near(t, w):
        return False                      # `repeated clashes with Mr. Lewandowski`: quarrels, not violence
    if c.etype == "CONSULT" and lem == "meet" and olem in w["requirement"]:
        return False                      # `meeting the needs of victims`, `met the deadline`
    if (c.etype == "COOPERATE" or (c.etype == "REJECT" and plover(c.pattern.cameo)[0] == "COOPERATE")) and \
            lem == "share" and olem not in w["share"]:
        return False                      # `share a border`, `shared its concerns`, `a view not widely shared`
    if c.etype == "AGREE" and lem in w["vow"]:
        if t.dep_ in ("amod", "acomp") or t.tag_ == "JJ" or (t.tag_ == "VBN" and (t.dep_ == "acl" or any(
                x.dep_ == "auxpass" for x in children(t)))):
            return False                  # `committed to its principles`, `was committed to a strategy`: a state
        x = child(t, ("xcomp",))
        acts = [x] + [y for y in children(x) if y.dep_ == "conj"] if x is not None else []
        if any(_lemma(a) in w["force"] and (_lemma(a) not in w["pursuit"] or _culprits(a, w)) for a in acts) \
                or olem in w["menace"]:
            c.etype, c.quad, c.cameo, c.mode = "THREATEN", 3, "130", None   # `vowed to find the bombers`
    if c.etype == "AGREE" and lem in w["vow"] and _is_verb(t) and not any(
            not hasattr(x, "dep_") or _head_actor(x) or is_person(x) or any(
                _actor_owner(y) for y in children(x)) for x in c.target):
        if not _pledged_together(t, w):
            return False                  # `promising a larger staff`, `vowed to concentrate on being a kinder parent`,
        # `vowed to continue the battle`: a promise to no one of nothing asked (`promised to meet with us`,
        # `pledged their support to Clinton`, `promised to build on Obama's legacy` stay)
        c.target = []                     # `The two leaders pledged to expand trade`: to each other, not to trade
    if c.etype == "AGREE" and lem == "offer" and olem not in w["accord"] and olem not in w["aid"] and not any(
            hasattr(x, "dep_") and (actor_like(x) or actor_noun(x)) for x in c.target):
        return False                      # `priests offered a religious service`: no deal, no help to anyone
    if c.etype == "REQUEST" and _is_verb(t) and _vowed_effort(t, w):
        return False                      # `pledged to push for a new hospital`, `vowed to press for an inquiry`: a
        # promise of one's own future effort, no request made to anyone yet (the vow stays; ev27b)
    if c.etype == "REQUEST" and lem in w["asking"] and _lemma(prep_object(t, "for") or obj or t) in w["document"]:
        return False                      # `asked for a list of priorities`: a request for information
    said = child(t, ("xcomp",)) if lem in w["refusing"] else None
    if c.etype == "REJECT" and said is not None and _lemma(said) in load().cues["identifyverb"] and (
            any(x.dep_ == "auxpass" for x in children(said)) or not any(
                x.dep_ == "dobj" and not x.lower_.endswith(("self", "selves")) for x in children(said))):
        return False                      # `an official, who refused to identify himself`: a source unnamed
    if c.etype == "REQUEST" and c.nominal and c.noun is not None and _lemma(c.noun) == "call" and not any(
            (x.dep_ == "prep" and x.lower_ in ("for", "on", "upon")) or (x.dep_ in ("acl", "relcl") and any(
                y.dep_ == "aux" and y.lower_ == "to" for y in children(x))) for x in children(c.noun)):
        return False                      # `Ivanov calls extending NATO "a movement in the wrong direction"`
    if c.etype == "CONSULT" and lem == "meet" and not any(hasattr(x, "dep_") and (actor_like(x) or actor_noun(
            x) or x.pos_ == "PRON") for x in c.target) and any(
                _lemma(y) in w["reception"] for x in children(t) if x.dep_ in ("prep", "agent") for y in children(x)):
        return False                      # `I was met with nice applause`, `met with skepticism`
    if c.etype == "AGREE" and c.noun is not None and _lemma(c.noun) in w["commitnoun"] and (
            lem == "have" or (c.nominal and not any(x.dep_ in ("prep", "acl") for x in children(c.noun)))):
        return False                      # `we have a commitment to run a clean race`, `defense commitments`
    if c.etype == "AID" and lem == "help" and _is_verb(t) and child(t, ("xcomp", "ccomp")) is not None:
        return False                      # `helped end the war`, `helped Republicans generate enthusiasm`
    if c.etype == "CONCEDE" and lem == "drop" and (olem in w["speech"] or olem in ("attack", "criticism") or any(
            x.dep_ in ("prt", "prep", "advmod") and x.lower_ == "out" for x in children(t))):
        return False                      # `dropped attacks from her speech`, `dropped out of the race`
    if c.pattern.kind == "phrase" and c.pattern.key in ("go_after", "take_on", "sound_off") and not any(
            hasattr(x, "dep_") and (_head_actor(x) or is_person(x)) for x in c.target):
        return False                      # `took on the role`, `went after the money`: no one criticised
    if c.pattern.kind == "phrase" and c.pattern.key == "become_member" and not c.target:
        return False                      # `became a member of the club`: no alliance joined
    if c.nominal and c.noun is not None and c.noun.head.lower_ == "in" and _lemma(c.noun) == "charge":
        return False                      # `the agent in charge of the office`
    if c.etype == "REJECT" and said is not None and _lemma(said) in w["comment"] and not any(
            x.dep_ in ("dobj", "dative") or (x.dep_ == "prep" and x.lower_ not in ("on", "about"))
            for x in children(said)):
        return False                      # `Roe declined to say if it was a breach`, `declined to comment
        # on the case`: no comment given (not `refused to respond to a request from MPs`)
    if c.etype == "REJECT" and said is not None and _lemma(said) in w["talking"] and not any(
            x.dep_ in ("dobj", "dative") or (x.dep_ == "prep" and x.lower_ in ("to", "with") and not any(
                y.dep_ == "pobj" and is_press(y, w) for y in children(x))) for x in children(said)):
        return False                      # `declined to speak to reporters`, `refused to talk about the case`: no
        # comment given, as `declined to comment` (not `refused to speak with the protesters`: a meeting turned down)
    if c.etype == "REJECT" and lem in w["refusing"] and _is_verb(t) and said is None and obj is not None and (
            olem in w["comment"] or olem in w["care"] and not _care_withheld(t, obj, w)):
        return False                      # `Navas declined comment`, `the other victim refused medical treatment`: no
        # comment given, care turned down by a patient (issue 10, ev24j; `refused the offer` stays)
    if c.etype == "REJECT" and lem == "dismiss" and _is_verb(t) and obj is not None and not any(
            x.dep_ == "prep" and x.lower_ == "as" for x in children(t)) and any(
            _lemma(y) in w["officeholder"] or _lemma(y) in w["staff"] for y in [obj] + [
                x for x in children(obj) if x.dep_ == "compound" and obj.pos_ == "PROPN"]):
        return False                      # `Medvedev dismissed four governors`, `the right to appoint and dismiss
        # governors`: a removal from a post, no claim or offer refused (`dismissed the charges`, `dismissed the
        # governor as a puppet` stay; ev24j; a title's compound only before a name, `Interior Minister John Smith`,
        # not `dismissed the cabinet decision`: rev24b)
    if c.etype == "REJECT" and lem == "back" and _is_verb(t) and any(
            _lemma(y) in w["drivenway"] or _lemma(y) in w["roadway"]
            for x in children(t) if x.dep_ in ("prep", "prt", "advmod") and x.lower_ in ("out", "into", "onto", "up")
            for h in [x] + [p for p in children(x) if p.dep_ == "prep"] for y in children(h) if y.dep_ == "pobj"):
        return False                      # `a car backed out of a parking space`, `while backing out of the
        # driveway`: a vehicle driven, no backing out of a deal (`backed out of the debate` stays; ev24j; only the
        # place backed out of, not a noun within it, `backed out of a deal on the parking lot`: rev24b)
    if c.nominal and c.noun is not None and _lemma(c.noun) in w["market"] and _market_quantity(c.noun):
        return False                      # `stimulus spurs demand`, `ratcheting up demand`, `its on-demand service`:
        # what a market buys, no one's demand (`a demand by Pelosi that ...`, `their demands` ask)
    if c.noun is not None and c.noun.pos_ == "PROPN" and c.noun.ent_type_ == "DATE":
        return False                      # `In March, the department announced`, `polls conducted the first week of
        # March`, `began March with $20 million`: a month's name, no march
    if c.etype == "COERCE" and lem in w["forbidding"] and c.pattern.kind == "verb" and _is_verb(t) and \
            _rule_on_practice(t, w):
        return False                      # `they're prohibited from making references to`, `felons who have been
        # banned from voting`, `Obama banned waterboarding`: a rule on a practice, no one coerced (`banned the
        # group`, `was banned by the league`, `laws restricting religious freedom` coerce)
    if c.etype in ("REJECT", "CONCEDE") and lem in w["sharechange"] and _is_verb(t) and _fell(t, w):
        return False                      # `its emissions declined`, `it has declined slightly from 58 percent`:
        # a figure that fell, no refusal (`the publisher declined, citing legal risks` refuses)
    if c.etype in ("CONSULT", "COOPERATE") and lem in w["discussing"] and _is_verb(t) and not _counterpart(t):
        return False                      # `Carter discussed how he ...`, `she is working in office administration`
    if c.etype == "SUPPORT" and lem in w["acknowledging"] and obj is not None and \
            not _actorish(obj):
        return False                      # `Recognizing the daylight between the positions`: seeing, not recognising
    if c.etype == "AGREE" and lem == "sign" and (olem in w["signedthing"] or (
            t.dep_ == "acl" and _lemma(t.head) not in w["pact"] and _lemma(t.head) not in w["accord"])):
        return False                      # `a letter signed by 200 Republicans`, `signed a petition`: no deal
    if c.etype == "ASSAULT" and olem in w["document"] and not (
            c.noun is not None and obj.pos_ == "PRON" and c.noun.i < obj.i) and not (
            olem in w["quantity"] and _lemma(prep_object(obj, "of") or obj) not in w["document"]):
        return False                      # `used to destroy classified documents` (not `carried it out`, the attack
        # named before: triggers._event_before, ev28; nor `fired a number of shots`: what the count is of, ev29a)
    if c.etype == "REQUEST" and lem == "direct" and obj is not None and not _actorish(obj):
        return False                      # `has directed a reorganization process`: led, not ordered
    if c.etype == "AID" and lem in w["sendaid"] and obj is not None and (
            obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "me", "us", "them") or (
                obj.pos_ == "NOUN" and obj.tag_ == "NNS" and olem not in w["aid"] and olem not in w["personnel"])):
        return False                      # `dispatched him to meet some`, `sending American travelers on safaris`:
        # people sent, no aid given
    if c.etype == "ACCUSE" and lem == "charge" and obj is not None and not _actorish(obj):
        return False                      # `charging tuition`: a price, not a charge
    if c.etype in ("ACCUSE", "COERCE") and lem == "charge" and _is_verb(t) and (
            _lemma(prep_object(t, "for") or t) in w["debt"] or (obj is not None and (
                _lemma(prep_object(obj, "for") or obj) in w["debt"] or
                obj.ent_type_ == "MONEY" or _lemma(obj) in ("more", "less", "much")))):
        return False                      # `whatever Trump charged his campaign for rent`, `has charged more than
        # that`: a price asked, no charge brought
    if _quoted_term(c.noun if c.nominal and c.noun is not None else t, w):
        return False                      # `the phrase "self-deportation"`: a word named, no act
    if _quoted_title(c.noun if c.nominal and c.noun is not None else t):
        return False                      # `he said on "Meet the Press"`, `his appearance on "Meet the Press"`,
        # `chants of "Lock her up!"`: a show's title or words named, no meeting, no arrest
    if c.etype == "SUPPORT" and _lemma(c.noun if c.nominal and c.noun is not None else t) in w["backing"] and \
            not _kin_backed(c) and not (not c.nominal and _own_defended(c, t, w)) and c.target and not any(not hasattr(x, "dep_") or (_head_actor(_antecedent(x)) and _antecedent(x).lower_ not in (
                "everything", "something", "anything", "nothing", "it", "this", "that", "all")) or any(
                _actor_owner(y) or _candidacy_owned(x, y, w) or _nation_measure(_antecedent(x), y, w)
                or (y.dep_ == "compound" and y.ent_type_ in ("ORG", "PERSON", "NORP"))
                or (y.dep_ == "prep" and y.lower_ == "of" and any(z.dep_ == "pobj" and z.ent_type_ in (
                    "ORG", "PERSON", "GPE") for z in children(y))) for y in children(_antecedent(x)))
                for x in c.target):
        return False                      # `support abortion`, `his support for a single-payer system`, `defending
        # his record`, `stand by everything I said`: a stance on a thing, no act toward an actor (`backed the senator`,
        # `stands with Israel`, `supports Russia's
        # position`, `support the UN call`, `the ceasefire plan of the African Union` stay)
    called = c.etype == "CONSULT" and c.noun is not None and _lemma(c.noun) == "call"
    if c.etype == "CONSULT" and (lem in w["talking"] or called) and c.target and all(
            hasattr(x, "dep_") and is_press(x, w) for x in c.target):
        return False                      # `spoke to the newspaper on condition of anonymity`, `officials who spoke
        # with The Huffington Post`, `a conference call with reporters`: telling the press is reporting, no meeting
    if called and not c.target:
        return False                      # `held a conference call highlighting his record`: no one called
    if c.etype == "CONSULT" and lem == "sit" and not any(
            not hasattr(x, "dep_") or x.ent_type_ not in ("DATE", "TIME") and _lemma(x) not in crime.words()["kin"] and (
                x.ent_type_ in ACTOR_ENTS or x.pos_ in ("PROPN", "PRON") or actor_noun(x)) for x in c.target):
        return False                      # `sat down with a cup of coffee`, `sat down with his family for dinner`:
        # no one met (`sat down with union leaders` stays; rev32)
    if c.etype == "PROTEST" and _is_verb(t) and lem in w["showing"] and (
            child(t, ("ccomp", "dobj")) is not None):
        return False                      # `struggled to demonstrate that she is resistant`: showing, no protest
    if lem == "knock" and c.etype == "ACCUSE" and (obj is None or any(x.dep_ == "prt" for x in children(t)) or not (
            _actorish(obj) or olem in w["speech"])):
        return False                      # `knocked down the door`, `knocked on doors` (`knocked a statement by X`
        # and `knocked the senator` criticise)
    if c.etype == "CONCEDE" and c.noun is not None and _lemma(c.noun) == "release" and any(
            x.dep_ == "compound" and _lemma(x) in w["press"] for x in children(c.noun)):
        return False                      # `in a press release`: a statement put out, nothing conceded
    if c.etype == "ACCUSE" and c.noun is not None and _lemma(c.noun) in w["inquirynoun"] and any(
            hasattr(x, "dep_") and is_press(x, w) for x in c.source):
        return False                      # `in response to the newspapers' inquiries`: questions put by the press
    if c.etype == "PROTEST" and lem in w["disrupting"] and not any(
            hasattr(x, "lemma_") and (_lemma(x) in w["protester"] or _lemma(x) in w["crowd"] or (
                x.ent_type_ == "NORP" or any(y.dep_ == "compound" and y.ent_type_ in ("PERSON", "ORG", "NORP")
                                             for y in children(x))) and x.tag_ in ("NNS", "NNPS"))
            for x in _with_members(c.source)):
        return False                      # `the storm disrupted flights`, `Trump repeatedly interrupting his rivals`:
        # no one protesting (`Sanders protesters interrupted her speech`, `people kept interrupting him` stay)
    body = load().cues.get("bodypart", frozenset())
    if c.etype == "ASSAULT" and lem in w["grabbing"] and _is_verb(t) and not (
            (obj is not None and (_head_actor(obj) or olem in body)) or any(
                x.dep_ == "prep" and x.lower_ == "by" and any(_lemma(y) in body for y in children(x))
                for x in children(t))):
        return False                      # `grab headlines`, `yanked the bill` (`grabbing a photographer by the
        # throat`, `yanked the arm of a reporter` stay)
    if c.etype == "CONCEDE" and lem == "acknowledge" and olem not in w["fault"] and not _owned_fault(t, w):
        return False                      # `acknowledged the crowd`: only a fault acknowledged concedes (`acknowledged
        # that she had misspoken` does)
    if c.etype == "CONCEDE" and lem in w["admitting"] and _is_verb(t) and obj is None and _thing_granted(t, w):
        return False                      # `He admits the trip to Harlow is among his biggest challenges`,
        # `admits that life can be overwhelming`: a fact about a thing granted, no fault owned (ev24j)
    if c.etype == "CONCEDE" and lem == "admit" and (is_passive(t) or any(
            x.dep_ == "prep" and x.lower_ in ("to", "into") and not _wrong_owned(x, w) for x in children(t))):
        return False                      # `was admitted to hospital`, `admitted into the club` (`admitted to a
        # federal crime`, `admitted to lying` concede)
    if c.etype == "CONCEDE" and lem == "admit" and _is_verb(t) and obj is not None and olem not in w["admitted"] and (
            names_people(obj) or _lemma(word_senses._past_count(obj)) in w["entrant"]):
        return False                      # `the hospital admitted three patients`, `the college admitted 300 students`:
        # people let in, no fault owned (`admitted wrongdoing`, `admitted it` concede; ev48); inspectors, observers or
        # peacekeepers let in concede (event_senses `admitted`, CAMEO 086: `Iran admitted the inspectors`; review48b)
    if c.etype == "CONCEDE" and lem in w["confessing"] and _is_verb(t) and (
            (obj is not None and olem not in w["fault"] and olem not in w["crimeact"]) or any(
                x.dep_ == "ccomp" and x.i < t.i for x in children(t)) or any(
                x.dep_ == "prep" and x.lower_ == "to" and not _wrong_owned(x, w) for x in children(t))):
        return False                      # `"It's a win," I confessed`: words confessed, no fault owned (`confessed`,
        # `confessed to shooting his friend`, `confessed to the murder` concede)
    if c.etype == "SUPPORT" and c.pattern.kind == "phrase" and c.pattern.key == "give_credit" and (
            is_passive(t) or not any(hasattr(x, "dep_") and not _inanimate(x) for x in c.target)):
        return False                      # `better than they've been given credit for`, `I've given credit where
        # credit is due`: no one named is credited (`gave Trump some credit`, `gives credit to the activists`)
    if c.etype == "SUPPORT" and lem in w["crediting"] and _is_verb(t) and (
            obj is None or is_passive(t) or _inanimate(obj) or not any(
                x.dep_ == "prep" and x.lower_ in ("with", "for") for x in children(t))):
        return False                      # `credits the party's prospects to its candidates`, `crediting the software`,
        # `was credited with`: only someone credited by someone with a deed is backed (`credited Merkel with holding`)
    if c.etype == "AGREE" and lem == "agree" and _is_verb(t) and child(t, ("xcomp", "ccomp", "dobj")) is None:
        on = prep_object(t, "on") or prep_object(t, "upon") or prep_object(t, "to")
        if (on is None and prep_object(t, "with") is not None) or (on is not None and on.lower_ in (
                "something", "anything", "everything", "nothing", "that", "this", "it")):
            return False                  # `majorities of Americans agreed with Trump`, `they do agree on something`:
            # a view shared, no deal (`agreed with Iran to exchange prisoners`, `agreed on the draft text` stay)
    if c.etype == "REJECT" and lem in w["putoff"] and _is_verb(t) and obj is not None \
            and olem not in load().nouns and olem not in w["pact"] and not _head_actor(obj):
        return False                      # `a memorial service was canceled`, `postponed any action on revoking`:
        # no one's visit, talks or deal called off
    if c.etype == "REJECT" and _is_verb(t) and is_passive(t) and prep_object(t, "by") is None and not c.source \
            and c.extra_source is None and c.target and not any(
                not hasattr(x, "dep_") or _head_actor(_antecedent(x)) for x in c.target):
        return False                      # `an impact that has been largely ignored`: a thing set aside by no one
    if t.tag_ == "VBG" and t.dep_ in ("csubj", "csubjpass") and child(t, ("nsubj",)) is None and not c.nominal:
        return False                      # `demanding equal pay makes men defensive`, `attacking the front-runner
        # would only elevate him`: an act named in general, no occasion
    if c.etype == "PROTEST" and c.nominal and c.noun is not None and _lemma(c.noun) == "protest" and any(
            x.dep_ == "poss" for x in children(c.noun)) and not any(
                (_lemma(y) in w["protester"] or _lemma(y) in w["streetact"]) and y.i != c.noun.i for y in sentence_tokens(t)):
        return False                      # `despite her numerous protests`: one person's objections, no protest
    if c.etype == "AID" and lem in w["paying"] and (olem in w["debt"] or any(
            x.dep_ == "prt" and x.lower_ == "back" for x in children(t))):
        return False                      # `paying the loans back`, `pay taxes`: a debt paid, no aid
    if c.etype == "AID" and not c.source and c.extra_source is None and not any(
            not hasattr(x, "dep_") or x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN" for x in c.target):
        return False                      # `less money going to the colleges to provide financial aid for
        # low-income students`: aid as a purpose, given by no one named
    if c.etype == "SUPPORT" and lem in w["promoting"] and _is_verb(t) and (is_passive(t) or obj is None or not (
            obj.ent_type_ in ("PERSON", "ORG", "NORP") or is_person(obj) or (
                obj.pos_ == "PROPN" and not (obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].is_quote)) or any(
                y.dep_ == "poss" and (y.ent_type_ in ("PERSON", "ORG", "NORP") or is_person(y)) for y in children(obj)))):
        return False                      # `was promoted to general`, `promoting a senior adviser`: a rank;
        # `promote "Celebrity Apprentice"`: a show (`promoted Sanders`, `promote Sanders' candidacy` support)
    if c.etype == "REJECT" and lem == "contest" and obj is not None and obj.ent_type_ in ("GPE", "LOC"):
        return False                      # `Clinton and Trump are heavily contesting Ohio`: a state fought for in a
        # campaign (`contesting the results` rejects them)
    if c.nominal and c.noun is not None and c.noun.dep_ == "pobj" and c.noun.head.head.pos_ == "NOUN" and any(
            x.dep_ == "det" and x.lower_ == "no" for x in children(c.noun.head.head)):
        return False                      # `she had no information on a threat to Elian`: nothing said happened
    if c.etype == "CONSULT" and lem == "receive" and _is_verb(t) and obj is not None:
        got = prep_object(obj, "of") if (olem in w["quantity"] or obj.ent_type_ == "CARDINAL" or obj.lower_ in (
            "all", "some", "most", "many")) else None
        got = got or obj
        giver = prep_object(got, "from") or prep_object(t, "from")
        if (_lemma(got) in w["election"] or _lemma(got) in w["aid"] or not (
                _head_actor(got) or _lemma(got) in load().nouns)) and not (giver is not None and (
                    _head_actor(giver) and giver.ent_type_ != "NORP")):
            return False                  # `received hundreds of emails`, `received all the delegates at stake`: a
            # thing got, no visitor hosted (`received the Chinese delegation`, `received a visit`, `received a
            # letter from Kim Jong Un` stay)
    if c.etype == "CONSULT" and lem == "host" and _is_verb(t) and obj is None and not c.target and not any(
            x.dep_ == "prep" for x in children(t)):
        return False                      # `when Charles Barkley hosted`: presenting a show, no one received
    if c.etype == "CONSULT" and lem == "host" and _is_verb(t) and obj is not None and not _head_actor(obj) and \
            olem not in load().nouns:
        return False                      # `hosts an MSNBC show`, `hosted a fundraiser for Romney` (`hosted the
        # meeting`, `hosted King Salman` stay)
    if c.etype == "REQUEST" and lem in w["interview"] and _is_verb(t) and any(
            x.dep_ == "xcomp" and _lemma(x) in w["comment"] | {"share"} and (_lemma(x) != "share" or any(
                _lemma(y) in w["viewshared"] for y in children(x)))
            for x in children(t)):
        return False                      # `asking Ward to give his views on the militia`, `asked him to explain`:
        # a request for information, no act asked for
    if c.etype == "REQUEST" and c.noun is not None and _lemma(c.noun) == "call" and any(
            x.dep_ == "compound" and _lemma(x) in w["callmedium"] for x in children(c.noun)):
        return False                      # `held a conference call highlighting his record`: a call made, no appeal
    return True


def force_on_no_one(c: Candidate, ev) -> bool:
    """An attack (ASSAULT) with no one on either side once its participants are resolved, not even a victim or a
    thing hit (`mass shootings have gotten deadlier`, `in the wake of the Brussels attacks`, `In other shootings:`):
    a topic or a reference to an attack told elsewhere, not an event a coder lists (EVENT_GUIDE: an event needs an
    actor participant, or a material act with a victim). Not an attack noun a clause or its doer tells (`the
    shooting, which occurred Tuesday as X sat in his car`, `the attack of the gunmen`): the one it names is there;
    nor a single attack said to take place (`the shooting happened at 2 a.m. near a bar`: event_senses `tookplace`),
    the telling of the event a crime story is about (one told before is `mentioned_again`'s)."""
    if ev.type != "ASSAULT" or ev.source or ev.target:
        return False
    n = c.noun if c.nominal and c.noun is not None else None
    if n is not None and n.dep_ == "nsubj" and n.tag_ in ("NN", "NNP") and _lemma(n.head) in senses()["tookplace"]:
        return False                      # (`the shooting happened at 2 a.m. near a bar`: told, not a topic)
    if n is not None and _street_told(n):
        return False                      # (`responded to a shooting on Elm Street`: one occasion; ev30b)
    if n is None and c.token.pos_ == "VERB" and any(at_street(y) or at_dwelling(y) for x in children(c.token)
                                                    if x.dep_ == "prep" for y in children(x)):
        return False                      # (`shots were fired at a home on Elm Street`: told where; ev30c)
    return n is None or not any(x.dep_ in ("relcl", "acl") or x.dep_ == "prep" and x.lower_ in ("of", "by")
                                for x in children(n))


def _street_told(n) -> bool:
    """The street where the event a noun names happened, on the noun or on the verb it is the subject of (`a shooting
    on Elm Street`, `the shooting was reported on the 300 block of Elm Street`): one occasion told, no topic and no
    reference back, though the street is no target (triggers.at_street; ev30b); so is a date that owns the noun
    (`Sunday night's shooting`: when it happened; ev31b)."""
    return any(at_street(y) for v in [n] + ([n.head] if n.dep_ in ("nsubj", "nsubjpass") else [])
               for x in children(v) if x.dep_ == "prep" for y in children(x)) or any(
        x.dep_ == "poss" and _a_date(x) for x in children(n))   # (`Sunday night's shooting`: when; ev31b)


def mentioned_again(c: Candidate, told: set) -> bool:
    """A definite event noun with no one named in or around it (`the attacks`, `since the bombings`, `the site of
    the shooting`), of a type an earlier sentence already told: a reference back to that event, no new mention. Not
    when the noun says more about it (`the rally of several thousand scientists`, `the shooting, which occurred
    Tuesday`)."""
    if not c.nominal or c.noun is None or c.source or c.target or c.extra_source is not None or c.etype not in told:
        return False
    n = c.noun
    if n.i != c.token.i or not any(x.dep_ == "det" and x.lower_ in ("the", "these", "those") for x in children(n)):
        return False
    return not any(x.dep_ in ("prep", "relcl", "acl", "appos", "poss", "compound", "amod", "nummod")
                   for x in children(n)) and not (c.etype == "ASSAULT" and _street_told(n))


def _antecedent(x):
    """The noun a relative `that`/`which` stands for (`an impact that has been ignored`: impact), else x."""
    if x.lower_ in ("that", "which") and x.head.dep_ == "relcl" and x.head.head.i != x.i:
        return x.head.head
    return x


def _armed_taking(c: Candidate, t, w) -> bool:
    """A seizure by troops, fighters, marines, militants or a nation's side (`British Royal Marines seized the
    tanker`, `Taliban fighters seized a house`, `the Iraqi military says it has seized oil fields`): a taking by
    force that stays ASSAULT, not goods confiscated. A pronoun seizer in a reported clause is read through the
    reporting verb's subject."""
    who = [child(t, ("nsubj",))] + ([prep_object(t, "by")] if is_passive(t) else []) + list(c.source)
    for x in list(who):
        if x is not None and hasattr(x, "dep_") and x.pos_ == "PRON" and t.dep_ == "ccomp":
            who.append(child(t.head, ("nsubj",)))
    for x in who:
        if x is None or not hasattr(x, "dep_") or _lemma(x) in w["lawforce"] and _lemma(x) not in w["armedseizer"]:
            continue                      # (`Mexican police seized two tons of cocaine`: confiscated)
        for y in (x, *children(x)):
            if _lemma(y) in w["armedseizer"] or y.lower_ in w["armedseizer"] or y.ent_type_ == "NORP":
                return True
    return False


def _goods(obj, w) -> bool:
    """obj (what is seized) heads weapons or goods, or an amount of them (event_senses `seizedgoods`: `an arsenal`,
    `nine items`, `large quantities of drugs`), no place or rule taken (ev32d)."""
    return obj is not None and (_lemma(obj) in w["seizedgoods"] or obj.lower_ in w["seizedgoods"] or _lemma(
        prep_object(obj, "of") or obj) in w["seizedgoods"])


def _head_actor(x) -> bool:
    """The head word itself names an actor (a name, a pronoun, a noun of the actor lexicon, a person), not only a
    word inside its phrase (`popular measures such as the Hyde Amendment`, `the image of Mexicans` are things)."""
    return names_actor(x) or is_person(x)


def _candidacy_owned(x, y, w) -> bool:
    """y is `his`, `her` or `their` owning a candidacy (event_senses `candidacy`: `supports his candidacy`, `backed
    her bid`): the person running is backed, not a stance on a thing."""
    return y.dep_ == "poss" and y.lower_ in ("his", "her", "their") and _lemma(_antecedent(x)) in w["candidacy"]


def _nation_measure(x, y, w) -> bool:
    """y, a national adjective, names whose measure x is (`an Italian-Polish initiative`, `the French proposal`):
    x an `ownedmeasure` noun of event_senses, y its amod a nationality (NORP) or a state (GPE). Backing it backs
    those states, as `the UN's call` backs the UN; `American jobs`, `Mexican food` are no measure (plv31)."""
    return y.dep_ == "amod" and y.ent_type_ in ("NORP", "GPE") and _lemma(x) in w["ownedmeasure"]


def _actor_owner(y) -> bool:
    """y is a possessor that names an actor (`Obama's plan`, `the UN's call`; not `his`, `their`)."""
    return y.dep_ == "poss" and y.pos_ != "PRON" and _head_actor(y)


def is_press(x, w) -> bool:
    """A token naming the news media: a press noun (`the newspaper`, `reporters`) or a mention of an outlet the
    actors stage coded MED (set by the events stage on the doc: `The Huffington Post`)."""
    if _lemma(x) in w["press"]:
        return True
    media = x.doc.user_data.get("dateline.media")
    if media is not None and media.first_holding(x.idx) is not None:
        return True
    return any(y.dep_ == "poss" and y.i != x.i and is_press(y, w) for y in children(x))   # `MSNBC's "Andrea
    # Mitchell Reports"`, `the newspaper's editorial board`: a show or a desk of the press


def _met_with_reaction(t, w) -> bool:
    """The `with` object of `meet` is a reaction, not a party: a noun of an event other than a meeting or cooperation
    (`met with criticism`, `met with protests`) or one of event_senses `metreaction` (`resistance`, `skepticism`)."""
    x = prep_object(t, "with")
    if x is None or x.pos_ != "NOUN" or x.ent_type_:
        return False
    lem = _lemma(x)
    pat = load().nouns.get(lem)
    return lem in w["metreaction"] or (pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] not in (
        "CONSULT", "COOPERATE", "AGREE"))


def _private_meeting(c: Candidate, w) -> bool:
    """A meeting with no actor met (no target, or only people of private life and places met at) whose every source is
    `we`, `I` or a noun of private life (event_senses `privateperson`: `the man and the woman`), named by no name."""
    if not c.source or c.extra_source is not None or any(
            _actorish(x) and not (x.pos_ == "NOUN" and _lemma(x) in w["privateperson"]) and not (
                x.dep_ == "pobj" and x.head.lower_ in ("at", "in", "on", "over", "near")) for x in c.target):
        return False                      # (a place met at, `at a cafe`, is no one met)
    if any(hasattr(x, "dep_") and x.lower_ in ("we", "i") for x in c.source) and (
            (s := speaker_of_clause(c.token)) is not None and (actor_noun(s) or s.ent_type_ in ("ORG", "GPE", "NORP"))):
        return False                      # `the prime minister said we met at the palace`: an office's `we`, an
        # actor (review46a)
    return all(hasattr(x, "dep_") and not x.ent_type_ and (
        x.lower_ in ("we", "i") or x.pos_ == "NOUN" and _lemma(x) in w["privateperson"]) for x in c.source)


def _everyday_exchange(c: Candidate, w) -> bool:
    """Blame, praise, thanks or asking whose every source and target is a noun of private life (event_senses
    `everyday`, `privateperson`: teacher, student, neighbor, mother, man, woman ...), named by no name and owned by no
    actor (`the senator's wife` is a politician's side), in a sentence with no word of crime or harm (`the mother
    accused the teacher of the shooting`, `the woman accused her husband of abuse` stay: a private person acts in a
    criminal event; crime_words `crimeword`, `chargeword` and event_senses `privatewrong`; review47b)."""
    if not c.source or not c.target or c.extra_source is not None:
        return False
    people = w["everyday"] | w["privateperson"]
    def private(x) -> bool:
        return hasattr(x, "dep_") and x.pos_ == "NOUN" and not x.ent_type_ and _lemma(x) in people and not any(
            y.dep_ in ("poss", "compound") and (y.ent_type_ or y.pos_ == "PROPN" or actor_noun(y))
            for y in children(x))
    if not all(private(x) for x in list(c.source) + list(c.target)):
        return False
    words = sentence.of_token(c.token).words
    crimes = crime.words()
    return words.isdisjoint(crimes["crimeword"]) and words.isdisjoint(crimes["chargeword"]) and \
        words.isdisjoint(w["harmsign"]) and words.isdisjoint(w["privatewrong"])


def _actorish(x) -> bool:
    """A participant head that may be an actor: a named one, a noun of the actor lexicon or a pronoun."""
    return hasattr(x, "dep_") and (actor_like(x) or actor_noun(x) or x.pos_ == "PRON")


def _police_inquiry(c: Candidate, w) -> bool:
    """An inquiry (`investigate`, `probe`, `investigation`, `inquiry`) into a crime, an attack or an incident named
    (its target holds a `crimeact` word or an attack noun, or the noun has one before it: `the murder investigation`,
    `Bombing Probe`), aimed at no actor, whoever makes it (`the FBI investigates the bombings` accuses no one)."""
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in crime.words()["probeword"]:
        return False
    if any(hasattr(x, "dep_") and _head_actor(x) and x.ent_type_ not in THING_ENTS and not (
            _lemma(x) in w["lawforce"] and x.head.i != word.i) for x in c.target):
        return False                      # (`last Friday's` names a day; `FBI agents` sent to look into it)

    def named_crime(y) -> bool:
        if _lemma(y) in w["crimeact"] or _lemma(y) in w["inquiryobject"]:
            return True
        pat = load().nouns.get(_lemma(y))
        return y.pos_ == "NOUN" and pat is not None and plover(pat.cameo)[0] == "ASSAULT"

    if c.noun is None and not c.target and _is_verb(word) and not any(
            x.dep_ in ("dobj", "nsubjpass") or x.dep_ == "prep" and x.lower_ == "into"
            or x.dep_ == "ccomp" and child(x, ("nsubj", "nsubjpass")) is not None for x in children(word)):
        return True                       # `the Rangers are investigating`, `is investigating whether to punish
        # staff`: an inquiry into no one and nothing named (issue 10, ev24c)
    return any(hasattr(x, "lemma_") and any(named_crime(y) for y in x.subtree) for x in c.target) or (
        c.noun is not None and any(named_crime(y) for y in children(c.noun) if y.dep_ in ("compound", "nmod", "amod"))) or (
        c.noun is not None and any(y.dep_ == "prep" and y.lower_ in ("into", "of") and any(
            named_crime(z) for z in y.subtree) for y in children(c.noun))) or (
        c.noun is None and any(y.dep_ == "prep" and y.lower_ == "into" and any(named_crime(z) for z in y.subtree)
                               for y in children(c.token)))


def _counterpart(v) -> bool:
    """v has someone to talk or work with: a `with` (`alongside`, `together`) object, a subject of joined names or
    a plural subject (`the two leaders discussed`)."""
    if any(x.dep_ == "prep" and x.lower_ in ("with", "alongside") and any(
            y.dep_ == "pobj" and not _inanimate(y) for y in children(x)) for x in children(v)):
        return True                       # (not `working in administration with the opportunity for mobility`)
    if any(x.dep_ == "advmod" and x.lower_ == "together" for x in children(v)):
        return True
    if v.dep_ in ("xcomp", "advcl") and (child(v.head, ("dobj",)) is not None or any(
            x.dep_ == "prep" and x.lower_ in ("on", "upon") for x in children(v.head))):
        return True                       # `called Lavrov to discuss`, `called on Hussain to discuss`
    s = child(v, ("nsubj", "nsubjpass"))
    return s is not None and (any(x.dep_ == "conj" for x in children(s)) or s.tag_ in ("NNS", "NNPS")
                              or s.lower_ in ("we", "they", "both"))


def _quoted_title(x) -> bool:
    """x opens, capitalised, a quotation that follows a preposition or a possessive (`on "Meet the Press"`, `NBC's
    "Meet the Press"`, `chants of "Lock her up!"`): the title of a work or words named, no act done or said now."""
    doc = x.doc
    q = x.i - 1
    if q < 1 or not doc[q].is_quote or not x.text[:1].isupper() or x.i == x.sent.start + 1:
        return False
    before = doc[q - 1]
    return before.pos_ == "ADP" or before.tag_ == "POS"


def _quoted_term(x, w) -> bool:
    """x is a word quoted after a noun that names words (`the phrase "self-deportation"`)."""
    a = x.left_edge.i
    doc = x.doc
    q = a if doc[a].is_quote else a - 1
    if q < 0 or not doc[q].is_quote:
        return False
    h = x.head if x.dep_ in ("appos", "compound", "nmod", "attr", "pobj", "dobj") else x
    return (h.i != x.i and _lemma(h) in w["term"]) or (q > 0 and _lemma(doc[q - 1]) in w["term"])


def _retractable(x, w, talks: bool = False) -> bool:
    """A thing one can back away from as a refusal: a named actor, a pact, a measure, a promise or a stand taken
    (`retracted`). Backing away from people named by a common noun or a pronoun is a step back (`the officers backed
    away from the protesters`, `he backed away from her`); from a name it is backing withdrawn (`donors backed away
    from Oakes`). With `talks`, also talks or a deal named by an event noun of meeting or agreeing (`walked away from
    the negotiations`)."""
    if x is None:
        return False
    lem = _lemma(x)
    pat = load().nouns.get(lem) if talks else None
    return x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN" or any(
        lem in w[k] for k in ("pact", "approvable", "measure", "commitnoun", "intentnoun", "retracted")) or (
        pat is not None and bool(pat.cameo) and plover(pat.cameo)[0] in ("CONSULT", "AGREE", "COOPERATE")) or (
        talks and (lem in w["truce"] or (lem in w["talkstable"] and any(
            y.dep_ in ("amod", "compound") and _lemma(y) in w["talkstable"] for y in children(x)))))
    # (rev27a) `walked away from the negotiating table`, `from the bargaining table`, `from the ceasefire`


def _act_of_another_type(x) -> bool:
    """x is an event noun of the lexicon whose type is neither backing nor agreement (`criticism`, `opposition`,
    `threat`, `demand`)."""
    pat = load().nouns.get(_lemma(x))
    return x.pos_ == "NOUN" and pat is not None and plover(pat.cameo)[0] not in ("SUPPORT", "AGREE")


def _behind_as_they_act(t) -> bool:
    """`stood behind Oakes as he spoke`, `stand behind the governor while the governor signs it`: a clause of the
    same moment (`as`, `while`) whose subject is the one stood behind (a he/she/they or a word of their name) tells
    where someone stood, no backing (`stood behind Oakes as the scandal grew` backs him)."""
    behind = prep_object(t, "behind")
    if behind is None:
        return False
    named = {y.lower_ for y in behind.subtree}
    for x in children(t):
        if x.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "while") for m in children(x)):
            subj = child(x, ("nsubj",))
            if subj is not None and (subj.lower_ in ("he", "she", "they") or subj.lower_ in named):
                return True
    return False


def _past_occasions(t, w) -> bool:
    """A verb of habit told in the past tense or the perfect with a word that counts occasions (`has frequently
    denounced Bush`, `generally praised her proposals`, `as he's often alleged`): acts that were done, each on its
    occasion, not a habit stated as a trait (`routinely sends`, `typically oppose`) or a stance (`has consistently
    brushed aside`, `always denied`)."""
    habits = [x for x in children(t) if x.dep_ in ("advmod", "npadvmod", "prep") and (
        x.lower_ in w["habitual"] or " ".join(y.lower_ for y in x.subtree) in w["habitual"])]
    if not all(x.lower_ in w["occasions"] or " ".join(y.lower_ for y in x.subtree) in w["occasions"] for x in habits):
        return False
    if t.tag_ == "VBD":
        return True
    aux = [x for x in children(t) if x.dep_ in ("aux", "auxpass")]
    return t.tag_ == "VBN" and (any(x.lemma_.lower() == "have" for x in aux) or any(
        x.dep_ == "auxpass" and x.tag_ == "VBD" for x in aux))   # (`was often criticized by X`: the past passive)


def _said_to(verb) -> bool:
    """A clause with a subject and a tense of its own under `tell` (`"I support and endorse Ryan," Trump told a
    crowd`): what was said to someone, no order (`told him to leave` orders; a verb of demand keeps its clause:
    `demanding that they let go and take him on`)."""
    pat = load().verbs.get(_lemma(verb.head))
    return verb.dep_ == "ccomp" and verb.tag_ in ("VBD", "VBP", "VBZ") and child(
        verb, ("nsubj", "nsubjpass")) is not None and not (pat is not None and pat.cameo[:2] in ("02", "10"))


def _requested(verb) -> bool:
    """A verb of requesting or ordering in the event lexicon (its infinitive is the request's content)."""
    pat = load().verbs.get(_lemma(verb))
    return pat is not None and pat.cameo[:2] in ("02", "10") or _lemma(verb) in senses()["tellto"]


def _mishap(c: Candidate, w) -> bool:
    """The active subject of a verb of force is a thing no one uses to harm (`the heat wave killed two`): a
    common noun that is no person, doer, people, victim or `stranger`/`wrongdoer` word and no `_armed_thing`."""
    t = c.token
    subj = child(t, ("nsubj",)) if _is_verb(t) else None
    if subj is None or not any(getattr(x, "i", None) == subj.i for x in c.source):
        return False
    lem = _lemma(subj)
    if not _abstract(subj, w) or lem in w["stranger"] or lem in w["wrongdoer"] or _armed_thing(subj, w):
        return False
    return True


def _armed_thing(x, w) -> bool:
    """A thing that someone uses to harm (a weapon, an attack, a blast, a shot: words of `weapon`, `harm`,
    `violence`, `armed`, `projectile`, a noun of the lexicon of force or protest: `raid`, `riot`; a ship or plane of
    war, `warcraft`: `the warship fired`), or one modified by such a word (`the car bomb`)."""
    if not hasattr(x, "dep_"):
        return True
    ws = [x] + [y for y in children(x) if y.dep_ in ("compound", "amod", "nmod")]
    for y in ws:
        lem = _lemma(y)
        if lem in w["weapon"] or lem in w["harm"] or lem in w["violence"] or lem in w["armed"] or \
                lem in w["projectile"] or y.lower_ in w["armed"] or lem in w["warcraft"]:
            return True
        pat = load().nouns.get(lem)
        if pat is not None and plover(pat.cameo)[0] in ("ASSAULT", "COERCE", "MOBILIZE", "PROTEST"):
            return True                   # (`the riot injured 30 officers`: rioters did it)
    return False


def _inanimate(x) -> bool:
    """A source phrase naming a thing, not an actor: a common noun that is no title or group of the actor
    lexicon and no entity (`the move`, `geopolitical factors`, `police video footage`, `This speech`)."""
    if not hasattr(x, "dep_"):
        return False
    if x.lower_ == "that" and x.tag_ == "DT" and x.dep_ == "nsubj" and x.head.lemma_ != "be" and \
            x.head.dep_ not in ("relcl", "conj"):
        return True                       # `That didn't help him`: a thing pointed at
    if x.ent_type_ in THING_ENTS or x.pos_ == "VERB" or (x.ent_type_ in ("CARDINAL", "QUANTITY") and not any(
            True for _ in children(x))) or (x.pos_ in ("PRON", "DET") and x.lower_ in ("this", "what")):
        return True                       # `the weekend`, `just reinstating Glass-Steagall`, `what they say`, a bare number
        # (not `tens of thousands of Cubans`)
    if x.pos_ != "NOUN" or x.ent_type_ or actor_like(x):
        return False
    members = prep_object(x, "of") if _lemma(x) in senses()["quantity"] else None
    if members is not None and members.pos_ == "NOUN" and (actor_noun(members) or _lemma(members) in senses()[
            "protester"]):
        return False                      # `a stream of protesters`: who the count or group is made of (ev26a)
    return not (actor_noun(x) or not x.like_num and names_people(x))   # (a noun of people a casualty count counts
    # is no thing either: `the teen`, `the inmate`, `the customer` threaten as `the man` does, ev52b; not a count
    # word read as a noun, `no one gives up`)


def _crowd_count(x) -> bool:
    """A count word alone that is the subject of a protest (`Thousands demonstrated in Paris`, `Hundreds marched`):
    a crowd of people, no thing (ev29a)."""
    return hasattr(x, "dep_") and x.dep_ == "nsubj" and x.ent_type_ == "CARDINAL" and x.is_alpha and \
        x.lower_ in ("dozens", "hundreds", "thousands", "tens", "millions", "scores")


def _acronym(x) -> bool:
    """A word in capitals the parse took for a common noun, in a sentence not all in capitals and with no `a`/`an`
    before it (`ICE returned the paintings`; not `an SUV`, not a headline in capitals): a body's short name."""
    if not hasattr(x, "dep_") or len(x.text) < 2 or not x.text.isalpha() or not x.text.isupper() or any(
            y.dep_ == "det" and y.lower_ in ("a", "an") for y in children(x)):
        return False
    words = [y for y in sentence_tokens(x) if y.is_alpha]
    return sum(y.text.isupper() for y in words) * 2 < len(words)


def _wrong_owned(prep, w) -> bool:
    """The object of `to` after `admit` is a wrong done: a fault or crime word, or an act (`admitted to lying`)."""
    o = child(prep, ("pobj", "pcomp"))
    return o is not None and (o.tag_ == "VBG" or _lemma(o) in w["fault"] or _lemma(o) in w["crimeact"])


def _kin_or_culprit(x) -> bool:
    """A person named by a family tie or by the deed (`her brother`, `a sniper`): who does an act of force, though
    no actor noun (crime_words `kin`, event_senses `wrongdoer`)."""
    return hasattr(x, "dep_") and x.pos_ == "NOUN" and (_lemma(x) in crime.words()["kin"] or
                                                        _lemma(x) in senses()["wrongdoer"])


def _deed_doer(x, c: Candidate, w) -> bool:
    """The `by` doer of a verb of deliberate violence only people do, in the passive (event_senses `deedverb`: `was
    assassinated by cowards`, `were kidnapped by thugs`): someone, though no lexicon names the noun (ev36b)."""
    v = c.token
    return hasattr(x, "dep_") and x.dep_ == "pobj" and x.head.lower_ == "by" and x.head.head.i == v.i and \
        v.pos_ == "VERB" and _lemma(v) in w["deedverb"] and is_passive(v)


def _person_hitting(x, c: Candidate) -> bool:
    """A person noun (victim_nouns: `a girl`, `the teenager`; event_senses `stranger`: `the pair`) as the doer of an act of force that names whom it hit
    (`One girl pulled out a knife and stabbed the other girl`): a person, no thing (ev30c). Not with no one hit: a
    misread clause whose subject was the one hurt (`awakened by the toddler wounded`) keeps no doer, nor a verb
    with no object (`Teen shot in the kitchen of a home`: a headline's passive, the subject hit)."""
    t = c.token
    return hasattr(x, "dep_") and x.pos_ == "NOUN" and bool(c.target) and (
        _lemma(x) in person_nouns() or _lemma(x) in senses()["stranger"]) and \
        t.pos_ == "VERB" and child(t, ("dobj",)) is not None   # (`stranger`: `the pair`, `a third male`; dyad46)


def _acting(c: Candidate, w) -> bool:
    """Who acts: a statement, an agreement, aid or a concession needs an actor who makes it, so when every source
    names a thing the event goes; an act of force keeps its victims and loses only the thing named as its agent (`the bombings
    killed 247 people`). A fight with no actor on either side is a figure of speech (`a custody battle`); a
    concession with no one conceding is a state of affairs (`the boy's return to Cuba`)."""
    if c.quad in (1, 2, 3) and private_voices(c):
        return False
    if c.preset:
        return True
    if c.etype == "SUPPORT" and _lemma(c.token) == "thank" and c.target and all(
            hasattr(x, "lower_") and x.lower_ in w["deity"] for x in c.target):
        return False                      # `Thank God, I am very healthy`: relief, no one backed
    if _figurative(c, w):
        return False
    if c.extra_source is not None:
        return True
    if c.noun is not None:
        n = c.noun
        c.source = [x for x in c.source if getattr(x, "i", None) != n.i]   # `criticism ... drew applause`
        if not c.source and c.nominal:
            owner = child(n, ("poss",))
            if owner is not None and not any(getattr(x, "i", None) == owner.i for x in c.target):
                c.source = [owner]        # `His criticism of the president` (not `his arrest`: he is its target)
        if not c.source and c.nominal and c.quad in (1, 3):
            side = _side(c)
            if side is not None and not any(getattr(x, "i", None) == side.i for x in c.target):
                c.source = [side]         # `renewed Republican calls for a special prosecutor`: Republicans call
        if c.nominal and c.quad == 4:
            victims = [x for x in c.source if getattr(x, "dep_", "") == "compound" and x.head.i == n.i
                       and x.pos_ == "NOUN" and not x.ent_type_ and _lemma(x) not in load().cues["forcedoer"]]
            if victims:                   # `the ministry hack`, `the embassy bombing`: done to them (a name
                # before the noun is its agent: `U.S. air raid`, `Russian hacking`)
                c.source = [x for x in c.source if x not in victims]
                c.target = victims + [x for x in c.target if x not in victims]
    if not c.nominal and not c.source and not c.target and c.quad in (1, 3) and c.etype not in MATERIAL:
        return False                      # `wherever we have interests to defend`, `Call the GOP's bluff`: words or
        # stances with no one acting and no one aimed at
    if c.etype == "SUPPORT" and _lemma(c.token) == "thank" and not c.source and all(
            hasattr(x, "lower_") and x.lower_ == "you" for x in c.target) and prep_object(c.token, "for") is None:
        return False                      # `Thank you.` closing a speech: a courtesy, no one backed
    if not c.source and c.etype in ("CONSULT", "COOPERATE", "AGREE") and len(c.target) == 1 and \
            hasattr(c.target[0], "dep_") and c.target[0].head.lower_ == "between":
        first = c.target[0]
        others = [x for x in children(first) if x.dep_ == "conj"] or [
            x for x in first.subtree if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN")][:1]
        if others:                        # `talks between lawyers for the relatives and government officials`:
            c.source, c.target = [first], others   # one side meets the other
            c.solo = set(c.solo) | {first.i}
    things = bool(c.source) and not c.named and all(_inanimate(x) and not (c.quad == 4 and (
        _kin_or_culprit(x) or _person_hitting(x, c) or _deed_doer(x, c, w))) and not (c.quad == 2 and _acronym(x)) and
                                                    not (c.etype == "THREATEN" and word_senses.person_word(x, w)) and
                                                    not (c.etype == "PROTEST" and _crowd_count(x))
                                                    for x in c.source)
    side = _side(c) if things and c.noun is not None else None
    if side is not None:
        c.source, things = [side], False  # `the report renewed Republican calls for ...`: Republicans call
    if things and c.etype == "ACCUSE" and _published_attack(c):
        things = False                    # `The editorial slammed Sanders`, `the ad hits Trump on ...`: the piece speaks
    if things and c.etype in PIECE_ACTS and _published_act(c):
        things = False                    # `the lawsuit is calling on the court to`, `a recording called on Europeans
        # to`: the piece speaks (ev37a)
    if things and c.quad in (1, 2, 3):
        return False
    if things and c.etype == "ASSAULT" and not c.nominal and _mishap(c, w):
        return False                      # `the heat wave killed two residents`: a mishap with
        # no one behind it (`the car bomb killed 12 people`, `the blast wounded 40` tell of an attack)
    doers = [prep_object(x, "by") for x in c.source if things and c.quad == 4 and not c.nominal and
             hasattr(x, "dep_") and x.dep_ == "nsubj" and _armed_thing(x, w)]
    doers = [x for x in doers if x is not None and not _inanimate(x)]
    if doers:
        c.source, things = doers, False   # `the attack by militants killed 12 soldiers`: the attackers (ev29a)
    if things:
        c.source = []
    if c.etype == "CONCEDE" and not c.source:
        return False
    return True


def _vowed_harm(x, w) -> bool:
    """A vowed act of the `refusal` words that harms people (ev52b): a verb of bodily harm (`selfinjure`: kill,
    shoot, hang ...) whose direct object names people (`vowed to kill the two men`, `to kill him`). Killing a bill,
    a deal or a plan (`vowed to kill the bill`) stays a refusal."""
    return x is not None and _lemma(x) in w["selfinjure"] and any(
        y.dep_ == "dobj" and names_people(y) for y in children(x))


PIECE_ACTS = ("REQUEST", "REJECT", "THREATEN", "SUPPORT")   # (ACCUSE: `_published_attack`)


def _published_act(c: Candidate) -> bool:
    """A request, refusal, threat or backing made by a piece of writing or broadcast (event_cues `writing`) to someone
    named, the piece the subject of the verb as in `_published_attack` (`the lawsuit is calling on the district court
    to review the plan`, `an audio recording called on Europeans to leave`, `the letter urges the governor to veto`):
    the guide takes the piece as the source when no author is named with it; a thing asked for or turned down
    (`the report calls for more funding`) stays no one's act, and a study's or a story's urging is a recommendation
    found (event_cues `findings`: `The report urged the party to focus on ...`), no request (ev37a)."""
    t = c.token
    if t.pos_ != "VERB":
        return False
    subj = _piece_subject(t)
    cues = load().cues
    return subj is not None and all(hasattr(x, "dep_") and x.i == subj.i and x.pos_ == "NOUN" and
                                    _lemma(x) in cues.get("writing", ()) and _lemma(x) not in cues.get("findings", ())
                                    for x in c.source) and any(
        hasattr(x, "dep_") and (actor_like(x) or actor_noun(x) or _head_actor(x)) for x in c.target)


def _piece_subject(t):
    """The subject of a verb said by a piece (`_published_attack`): its own, the one of the verb it hangs from, or
    the antecedent of a relative's `that`/`which`."""
    subj = child(t, ("nsubj",)) if t.pos_ in ("VERB", "AUX") else None
    if subj is None and t.dep_ in ("xcomp", "advcl") and t.pos_ == "VERB":
        subj = child(t.head, ("nsubj",))
    if subj is not None and subj.lower_ in ("that", "which") and subj.head.dep_ == "relcl":
        subj = antecedent(subj)
    return subj


def _published_attack(c: Candidate) -> bool:
    """An attack made by a piece of writing or broadcast (event_cues `writing`: an ad, an editorial, a column) on
    someone named, the piece the subject of the attacking verb (also through the verb it hangs from: `the piece goes on
    to slam X`, or a relative: `an ad that slams X`): the guide takes the piece as the source when no author is named with it."""
    t = c.token
    subj = _piece_subject(t)              # (`an ad that slams X`: the relative's antecedent)
    v = t.head if t.dep_ == "conj" and t.head.pos_ == "VERB" else t
    if subj is None and t.pos_ == "VERB" and v.dep_ == "acl" and v.tag_ == "VBG" and v.head.pos_ == "NOUN":
        subj = v.head                     # `ads tying X to Y and criticizing them`: the piece the participle describes
    return subj is not None and all(hasattr(x, "dep_") and x.i == subj.i and x.pos_ == "NOUN" and
                                    _lemma(x) in load().cues.get("writing", ()) for x in c.source) and (any(hasattr(x, "dep_") and (actor_like(x) or actor_noun(x) or _head_actor(x) or _owned(x))
                                          for x in c.target) or _piece_alleges(t))


def _owned(x) -> bool:
    """A thing its owner is named with, someone (`news reports that question his past statements`, `an ad that
    attacks the senator's record`): criticism of it is criticism of them (ev25a)."""
    o = child(x, ("poss",))
    return o is not None and (o.lower_ in ("his", "her", "their") or _head_actor(o))


def _piece_alleges(t) -> bool:
    """An allegation a piece makes with its verb (event_cues `allegation`: `the lawsuit alleges that voters were
    turned away`, `..., the complaint alleges`, `the suit alleges fraud`): a charge of wrongdoing whoever it names
    (ev25a); the verb with what it alleges (a clause, an object, or the clause it is the parenthetical of)."""
    return t.pos_ == "VERB" and _lemma(t) in load().cues.get("allegation", ()) and (
        t.dep_ == "parataxis" or any(x.dep_ in ("ccomp", "dobj") for x in children(t)))


def _acting_source_token(c: Candidate) -> bool:
    """A source that names an actor (a name, a title, a group noun, a person, a speaker)."""
    return c.extra_source is not None or any(hasattr(x, "dep_") and (_head_actor(x) or is_person(x)) for x in c.source)


def _is_media_title(x) -> bool:
    """A noun phrase with a quotation mark at or just beside its edges: a title (`''Minority Report''`, `the low-rated
    ''Rush Hour''`)."""
    a, b = np_bounds(x)
    toks = tokens(x.doc)
    return any(toks[k].is_quote or toks[k].text in ("''", "``") for k in range(max(a - 1, 0), min(b + 2, len(toks))))


def private_voices(c: Candidate) -> bool:
    """Every source (or the quote's speaker) is a passer-by introduced by age (`Delfina Miranda, 49, who works at a
    beauty salon`, `Eric Pichardo, 44`): their views are vox pop, not an actor's statement (EVENT_GUIDE.md: a
    private person is an actor only in a political or criminal act)."""
    heads = [x for x in c.source if hasattr(x, "dep_")]
    sp = c.extra_source
    if sp is not None and hasattr(sp, "start"):
        span = char_span(c.token.doc, sp.start, sp.end, alignment_mode="expand")
        if span is not None and len(span):
            heads.append(span.root)
    if not heads or len(heads) < len(c.source) + (sp is not None):
        return False
    return all(any(x.dep_ == "appos" and x.tag_ == "CD" and x.text.isdigit() and 12 <= int(x.text) <= 110
                   for x in children(h)) for h in heads)


def _with_members(xs) -> list:
    """The participant tokens and, for each, the `of` object of a count or a group (event_senses `quantity`: `hundreds
    of protesters`, `a stream of demonstrators`, `a group of students`): who the count or group is made of (ev26a)."""
    out = []
    for x in xs:
        out.append(x)
        o = prep_object(x, "of") if hasattr(x, "dep_") else None
        if o is not None and (x.like_num or _lemma(x) in senses()["quantity"]):
            out.append(o)
    return out


def _is_verb(t) -> bool:
    return t.pos_ in ("VERB", "AUX")


def _campaign_noun(n) -> bool:
    """A fight noun naming a campaign for an aim: an infinitive (`battle to secure`) or `for` someone or something
    that is no place (`the fight for Elian`, `a struggle for power`)."""
    if any(x.dep_ == "acl" and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)) for x in children(n)):
        return True
    aim = prep_object(n, "for")
    return aim is not None and aim.ent_type_ not in ("GPE", "LOC", "FAC")


def _figurative(c: Candidate, w) -> bool:
    """`a custody battle`, `fighting the bill`, `"We will fight this bill," he said`: no enemy, no fight."""
    lem = _lemma(c.noun if c.noun is not None else c.token)
    if c.etype != "ASSAULT" or lem not in w["figurative"]:
        return False

    def actorish(xs):
        return any(hasattr(x, "dep_") and (actor_like(x) or actor_noun(x) or x.pos_ == "PRON") for x in xs)
    obj = child(c.token, ("dobj",)) if _is_verb(c.token) else None
    return (not actorish(c.source + c.target) and c.extra_source is None) or bool(
        c.target and not actorish(c.target)) or (obj is not None and not actorish([obj]))


def _attempted(t, w) -> bool:
    """t is the infinitive of a plain `tried/attempted/sought to` (no modal, negation or condition on it)."""
    h = t.head
    cues = load().cues
    if t.dep_ != "xcomp" or h.i == t.i or _lemma(h) not in cues["attempt"]:
        return False
    modal, cond = cues.get("modal", frozenset()), cues.get("cond", frozenset())
    return not any(x.dep_ == "neg" or (x.dep_ == "aux" and (x.lower_ in modal or x.lemma_.lower() in modal or
                                                                 clitic_modal(x))) or (x.dep_ == "mark" and x.lower_ in cond) for x in children(h)) and h.dep_ != "xcomp"


def _mood(c: Candidate, w) -> None:
    """Needs, duties, goals and judgements over an infinitive; `in case of` before a nominal event."""
    t = c.token
    if not c.nominal and t.tag_ == "VB" and any(x.dep_ == "preconj" and x.lower_ == "either" for x in (
            list(children(t)) + (list(children(t.head)) if t.dep_ == "conj" else []))):
        c.hypothetical = True             # `a decision: either embrace Trump or destroy him`: a choice put, neither
        # done (`either attacked the base or shelled the town` tells what happened)
    if not c.nominal and not c.preset and not c.negated and _is_verb(t) and _none_given(t, w):
        c.negated = True                  # `Mississippi offers no protections to gay residents`, `gave nothing to
        # the rebels`: the act is denied by its object (`no` on the event noun itself is triggers' `_negated`)
    duty = load().cues.get("clitic_duty", frozenset())
    if not c.nominal and not c.hypothetical and any(x.dep_ == "aux" and x.lower_ in duty for x in (
            list(children(t)) + (list(children(t.head)) if t.dep_ == "conj" else []))):
        c.hypothetical = True             # `We gotta take on Wall Street`, `gotta get over it and fight back`: a duty
        # stated, not an act done
    if c.preset and not c.hypothetical and _conditioned(t, concessive=False):
        c.hypothetical = True             # `whether anyone knowingly mishandled the files`, `whether it should be
        # illegal`, `if he does a good job`: a verdict put as a condition or a question, not said (one in the main
        # clause of a condition stays: `you are not qualified if you voted for it`)
    if not c.nominal and not c.hypothetical and _proposed_gerund(t, w):
        c.hypothetical = True             # `his calls for banning Muslims`, `a platform of deporting illegal
        # immigrants`, `the idea of reinstating Glass-Steagall`, `Trump's call to ban Muslims` (the noun parsed as
        # the infinitive's subject): proposed or possible, not done
    if not c.nominal and not c.hypothetical and _under_irrealis(t):
        c.hypothetical = True             # `would need 159 delegates now supporting Clinton`, `would require
        # recruiting half of the committee to approve a clause`: what may be, not what is
    if not c.nominal and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)) and t.head.i != t.i:
        h = t.head
        done = h.lower_ == "had" and not any(x.dep_ == "neg" for x in children(h)) and (
            (h.tag_ == "VBD" and not any(x.dep_ == "aux" for x in children(h))) or
            (h.tag_ == "VBN" and all(x.lower_ in ("has", "have", "'s", "'ve", "’s", "’ve") for x in children(h)
                                     if x.dep_ == "aux")))
        if done:
            pass                          # `riot police had to use tear gas`, `she has had to repudiate`: a duty of
            # the past, carried out (not `would have had to`)
        elif _lemma(h) in w["modalverb"] or (h.pos_ in ("ADJ", "NOUN") and _lemma(h) in w["hedge"]):
            c.hypothetical = True
        elif (t.dep_ in ("xcomp", "ccomp") or (t.dep_ == "advcl" and _lemma(h) in w["shoutto"])) \
                and _requested(h):
            c.hypothetical = True         # `ordered him to drop the weapon`, `officers yell at him to put down his gun`:
            # what was asked, not what was done
        elif h.lemma_ == "be" and any(x.dep_ == "acomp" and _lemma(x) in w["hedge"] for x in children(h)):
            c.hypothetical = True         # `it is critical to support`
        elif _needed(t, w):
            c.hypothetical = True         # `we must do all we can to help them`
    to = any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t))
    inf = t.head if not to and t.dep_ == "conj" and t.tag_ == "VB" and any(
        x.dep_ == "aux" and x.lower_ == "to" for x in children(t.head)) else t   # `plans to address it or meet X`
    if not c.nominal and (to or inf is not t) and inf.dep_ == "xcomp" and inf.head.lemma_ == "be" and any(
            x.dep_ in ("csubj", "nsubj") and (_lemma(x) in load().cues.get("intent", ()) or _lemma(x) in w["modalverb"])
            and any(y.lower_ == "what" for y in children(x)) for x in children(inf.head)):
        c.hypothetical = True             # `What Washington wants is to besiege ISIS and eliminate it`, `what we need
        # is to meet him`: an aim or a need put as a pseudo-cleft, not done
    if not c.nominal and (to or inf is not t) and inf.dep_ in ("acl", "relcl") and inf.head.pos_ == "NOUN" and (
            _lemma(inf.head) in w["proposal"] or _lemma(inf.head) in w["intentnoun"]) and not _chance_taken(inf.head, w):
        c.hypothetical = True             # `the move to ban him`, `legislation to ban Trump`: proposed, not done
        # (`the potential to kill`, `three reasons to pressure X`: possible, not done; ev57)
    if not c.negated and _denied_alike(c):
        c.negated = True                  # `never attacked or threatened Ukraine`, `didn't seek or receive Obama's
        # endorsement`: the negation holds for each verb joined by `or`, and for what a denied verb of getting names
    if not c.nominal and c.etype in ("SUPPORT", "REJECT") and _accused_of(t):
        c.hypothetical = True             # `accused the senator of opposing the governor's plan`, `criticized the
        # mayor for failing to defend the workers`: the stance is what the accuser charges, not what the article tells
    if not c.nominal and _alleged(t, w):
        c.hypothetical = True             # `his claim that African Americans killed 81 percent`, `the theory that the
        # government staged the attack`: what someone alleges, not what the article says happened
    if c.nominal and c.noun is not None and c.noun.head.pos_ == "ADP" and c.noun.head.lower_ in ("on", "for") \
            and _lemma(c.noun.head.head) in w["proposal"]:
        c.hypothetical = True             # `his proposal on a Muslim ban`, `a bill for sanctions`
    if not c.nominal and to and c.etype != "ACCUSE" and t.dep_ in ("acl", "relcl") and t.head.pos_ == "NOUN" and (
            actor_noun(t.head) or _lemma(t.head) in w["roletofill"]) and not any(
                x.lower_ in ("first", "last", "only", "next") or x.tag_ in ("JJS", "RBS") or x.dep_ == "nummod"
                for x in children(t.head)):
        c.hypothetical = True             # `named an envoy to negotiate`: a role to fill, nothing done (`the first
        # woman to win` did; a call for a prosecutor to investigate X still accuses X)
    if not c.nominal and to and opened_by_for(t):
        c.hypothetical = True             # `calling for Trump to be banned`: what is asked for
    if not c.nominal and _goal(t, w):
        c.hypothetical = True             # `our goal is to defeat and destroy ISIS`: an aim stated, not an act
    if not c.nominal and t.dep_ == "advcl" and t.head.i != t.i and any(
            x.dep_ in ("mark", "advmod") and x.lower_ in ("when", "after", "before", "until", "once", "whenever")
            for x in children(t)) and t.tag_ in ("VBP", "VBZ", "VB") and _future(t.head):
        c.hypothetical = True             # `the accord will enter into force when 55 countries ratify it`, `after he
        # steps down, he will look for ways`: a time to come, not an act done
    subj = child(t, ("nsubj", "nsubjpass")) if not c.nominal else None
    if subj is not None and t.dep_ in ("advcl", "ccomp") and any(
            x.dep_ in ("aux", "auxpass") and x.lower_ in ("had", "should", "were") and x.i < subj.i
            for x in children(t)):
        c.hypothetical = True             # `Had Republicans nominated Rubio, he would have ...`, `Should Rubio win
        # Florida`: a condition put by inversion, not an act done
    v = t.head if t.dep_ == "xcomp" else t
    if not c.nominal and _imperative(v):
        c.hypothetical = True             # `Hit your opponent where she's strong`, `Be recognized by other
        # organizations`: advice or an order, no act done
    if c.nominal and c.noun is not None and c.noun.dep_ == "nsubj" and _lemma(c.noun.head) == "be" and \
            c.noun.head.tag_ in ("VBZ", "VBP") and any(x.dep_ == "det" and x.lower_ in ("a", "an")
                                                        for x in children(c.noun)) and any(
            x.dep_ in ("attr", "acomp") and not any(
                y.tag_ == "JJS" or y.dep_ == "poss" or y.lower_ in senses()["ordinal"] for y in children(x))
            for x in children(c.noun.head)):
        c.hypothetical = True             # `a raid is a combat operation`: what such an act is, no occasion
    if c.nominal and c.noun is not None and c.etype in ("AGREE", "CONSULT", "COOPERATE") and c.noun.dep_ == "dobj" \
            and _is_verb(c.noun.head) and (_lemma(c.noun.head) in w["undo"] or (
                _lemma(c.noun.head) == "call" and any(x.dep_ == "prt" and x.lower_ == "off" for x in children(c.noun.head)))):
        c.negated = True                  # `called off a $54 billion inversion deal`, `scrapped the accord`: the deal
        # is not made
    n = c.noun if c.nominal and c.noun is not None else None
    if n is not None and (n.lower_.startswith("non-") or (
            n.i >= 2 and n.doc[n.i - 1].text == "-" and n.doc[n.i - 2].lower_ == "non")):
        c.negated = True                  # `Cruz's non-endorsement of Trump`
    if c.nominal and c.noun is not None and any(x.dep_ == "amod" and x.lower_ in w["unrealised"]
                                                for x in children(c.noun)):
        c.hypothetical = True             # `planned deals`, `a possible strike`, `the proposed merger`: not (yet) done
    if not c.hypothetical and c.nominal and c.noun is not None and _conditioned(c.noun):
        c.hypothetical = True             # `if your employees are under attack`
    if _without(c.noun if c.nominal and c.noun is not None else t):
        c.negated = True                  # `without a bullet being fired`, `rather than challenging his claims`,
        # `refrain from endorsing any candidate`, `holds off on an endorsement`
    _subject_mood(c)
    if not c.nominal and t.dep_ in ("ccomp", "xcomp") and _lemma(t.head) == "let" and child(t.head, ("nsubj",)) is None:
        c.hypothetical = True             # `Let them fight each other`, `Let everybody release them`: urged
    if c.nominal and c.noun is not None and c.noun.dep_ == "dobj" and _is_verb(c.noun.head) and (
            _needed(c.noun.head, w) or _lemma(c.noun.head.head) in w["modalverb"]):
        c.hypothetical = True             # `need to strengthen their cooperation`
    if _kept_from(c.noun if c.nominal and c.noun is not None else t, w):
        c.hypothetical = True             # `protect the innocent from being murdered`: kept from happening
    if not c.nominal and c.quad in (1, 2) and c.etype != "REQUEST" and t.dep_ == "xcomp" and \
            _lemma(t.head) in w["readiness"] and t.head.head.lemma_ == "be" and \
            any(x.dep_ == "neg" for x in list(children(t.head.head)) + list(children(t.head))):
        # `Roe said she was "not ready" to back Ward`: withholding support is a refusal, made now
        c.etype, c.quad, c.cameo, c.mode, c.negated, c.hypothetical = "REJECT", 3, "120", None, False, False
        return
    if not c.nominal and c.etype == "SUPPORT" and t.dep_ not in ("relcl", "acl", "advcl", "xcomp") and any(
            x.dep_ == "neg" for x in children(t)) and any(
            x.dep_ == "aux" and x.lower_ in w["unable"] for x in children(t)) and not _conditioned(t):
        # `Ryan declared that he cannot support Trump`, `"I can't vote for Trump"`: backing withheld, a refusal made
        # now (not `voters who cannot bring themselves to vote for him`: people described)
        c.etype, c.quad, c.cameo, c.mode, c.negated, c.hypothetical = "REJECT", 3, "120", None, False, False
        return
    if c.nominal and c.noun is not None and c.noun.head.lower_ == "of" and _lemma(c.noun.head.head) in w["lacking"]:
        c.negated = True                  # `Ryan's lack of support`
    if not c.nominal and any(x.dep_ in ("advmod", "npadvmod", "prep") and (
            x.lower_ in w["habitual"] or " ".join(y.lower_ for y in x.subtree) in w["habitual"]) for x in children(t)) \
            and not _past_occasions(t, w):
        c.hypothetical = True             # `the INS routinely sends immigrants back`, `talks to everybody all the
        # time`, `rarely asks surrogates`: a habit, no occasion (`has frequently denounced Bush`, `generally
        # praised her proposals`: acts that were done, told in the past)
    if not c.nominal and not c.hypothetical and c.etype != "SUPPORT" and _when_habit(t, w):
        c.hypothetical = True             # `he turns on people when they turn on him`, `they attack us because
        # they hate us`: what someone does whenever something is so, no occasion (backing stays: `I support him
        # because I know he'll do the right thing` is a stance voiced now)
    if not c.nominal and _embedded_question(t, w):
        c.hypothetical = True             # `unsure whom they'd support`: a question, not an act
    if any(x.dep_ == "preconj" and x.lower_ == "neither" for x in children(t)):
        c.negated = True                  # `neither approves nor disapproves`
    if not c.hypothetical and t.dep_ == "conj":
        first = t.head                    # `told him to step out and put down the weapon`: the first verb's mood
        if first.dep_ in ("xcomp", "ccomp", "advcl") and first.head.i != first.i and _requested(first.head) \
                and not _said_to(first) and not _own_tense(t, first):
            c.hypothetical = True
    if c.nominal and c.noun is not None:
        h = c.noun.head
        if h.lower_ == "of" and _lemma(h.head) in w["case"] and h.head.head.lower_ == "in":
            c.hypothetical = True         # `in case of an invasion`, `in the event of an attack`
    if not c.nominal and not c.hypothetical and _in_the_event(t, w):
        c.hypothetical = True             # `In the event she was injured, ...`, `in case the rebels attack`: a
        # condition, as `if` (ev26b)
    if not c.nominal and not c.hypothetical and _supposed(t, w):
        c.hypothetical = True             # `Had the Democrats nominated Brandt, ...`, `Were Russia to attack ...`,
        # `Say Canada demanded that ...`: a condition put by inversion, or a supposition (ev27c)
    if not c.nominal and t.dep_ == "ccomp" and t.head.i != t.i and (
            _requested(t.head) or _lemma(t.head) in w["urging"]) and (
            (t.tag_ in ("VB", "VBN") and not any(x.dep_ in ("aux", "auxpass") and x.tag_ != "VB" for x in children(t))
             and (t.tag_ == "VB" or any(x.dep_ == "auxpass" and x.lower_ == "be" for x in children(t))))
            or any(x.dep_ == "aux" and x.lower_ in ("should", "must") for x in children(t))):
        c.hypothetical = True             # `recommend that Clinton be prosecuted`, `demanded that he resign`: what is
        # asked for, in the subjunctive
    if t.dep_ in ("ccomp", "xcomp") and t.head.i != t.i:
        h = t.head
        if _lemma(h) in load().cues.get("intent", frozenset()) and not _told_before(t, h) and not (
                c.etype == "AGREE" and c.intent and _lemma(h) in load().cues.get("offering", ())):
            c.hypothetical = True         # `wants the general to resign`: a goal (an offer made, `offered to talk`,
            # is the AGREE the mood gave it: triggers._mood, ev57)
        elif h.lemma_ == "be" and any(x.dep_ == "neg" for x in children(h)) and any(
                x.dep_ in ("nsubj", "expl") and x.lower_ == "it" for x in children(h)):
            c.negated = True              # `it is not that we blame them`
    if c.hypothetical and c.etype == "ACCUSE" and _attempted(t, w):
        c.hypothetical = False            # `tried to portray him as a pawn`: criticism tried is criticism said
    if c.etype in ("AGREE", "SUPPORT") and _lemma(t) in w["courtesy"] and t.dep_ == "xcomp" and \
            _lemma(t.head) in w["wanting"]:
        # `I want to thank you`: saying so thanks
        c.etype, c.quad, c.cameo, c.mode, c.hypothetical = "SUPPORT", 1, "051", None, False


def _denied_verb(v) -> bool:
    """v is a negated verb (`did not meet`, `never attacked`), one a `nor` joins or opens (`nor did it threaten
    Kiev`, `Nor did the army threaten the town`: `nor` denies its own clause), or one joined by `or` to a negated verb
    with no subject or auxiliary of its own (`did not meet Putin or call him`): the negation takes in every
    alternative."""
    if negated_word(v) or _nor_opened(v):
        return True
    h = v
    while h.dep_ == "conj" and h.head.i != h.i and h.head.pos_ in ("VERB", "AUX"):
        if any(y.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") for y in children(h)):
            return False
        h, joined = h.head, h
        if negated_word(h) and _joined_by(h, joined) == "or":
            return True
    return False


def _nor_opened(v) -> bool:
    """A verb whose clause `nor` opens or joins (`nor did it threaten Kiev`, `Nor did the army threaten the town`)."""
    return any(y.dep_ == "cc" and y.lower_ == "nor" and y.i < v.i for y in children(v)) or (
        v.dep_ == "conj" and v.head.i != v.i and _joined_by(v.head, v) == "nor")


def _joined_by(h, x) -> str:
    """The coordinator (lower case, or '') that joins the conjunct x to h: the nearest `cc` of h before x, else the
    first after it (`meet X, call Y or visit Z`: `call` is joined by `or`; `meet X or call Y, and criticized Z`:
    `criticized` by `and`)."""
    cc = [y for y in children(h) if y.dep_ == "cc"]
    before = [y for y in cc if y.i < x.i]
    after = [y for y in cc if y.i > x.i]
    return before[-1].lower_ if before else after[0].lower_ if after else ""


def _denied_alike(c: Candidate) -> bool:
    """A verb joined by `or` to a negated one (`_denied_verb`), or an event noun a denied verb of getting governs
    (event_cues `receive`: `did not receive Obama's endorsement`, `never won his backing`): not done."""
    t = c.token
    if not c.nominal:                     # (a verb with its own negation is read as the triggers read it:
        # `doesn't trust her` may be criticism)
        return (t.dep_ == "conj" or _nor_opened(t)) and not any(y.dep_ == "neg" for y in children(t)) and \
            _denied_verb(t)
    n = _counted(c.noun if c.noun is not None else t)   # (`never faced a barrage of attacks`: the count is got)
    return n.dep_ == "dobj" and _is_verb(n.head) and _lemma(n.head) in load().cues.get("receive", ()) and \
        _denied_verb(n.head)


def _accused_of(t) -> bool:
    """t is what an accusation charges: reached from an accusing or criticising verb or noun (CAMEO 11) through an
    `of`, `for` or `in` phrase, up through infinitives, gerunds and joined verbs (`accused X of dragging her feet in
    opposing Y`, `criticized X for failing to defend Y`)."""
    x, through = t, False
    for _ in range(8):
        if x.dep_ not in ("xcomp", "pcomp", "conj", "prep") or x.head.i == x.i:
            return False
        if x.dep_ == "prep":
            through = through or x.lower_ in ("of", "for", "in")
        x = x.head
        if through and x.pos_ != "ADP" and cameo_of(x).startswith("11"):
            return True
    return False


def _alleged(t, w) -> bool:
    """t is the verb of a clause (or a verb joined to it) that says what an `allegation` noun holds: `the claim that
    X killed Y`, `rumors that he met Z` (a relative clause on the noun, `the claim he made`, tells no content)."""
    while t.dep_ == "conj" and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
        t = t.head
    n = t.head
    if t.dep_ not in ("acl", "ccomp") or n.pos_ != "NOUN" or _lemma(n) not in w["allegation"]:
        return False
    if n.dep_ in ("dobj", "nsubjpass") and _is_verb(n.head) and _lemma(n.head) in w["confirming"]:
        return False                      # `police confirmed the claim that gunmen killed three guards`: told as true
    if any(x.dep_ == "mark" and x.lower_ == "that" for x in children(t)):
        return True
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in ("that", "which", "who") for x in children(t)) \
        and any(x.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr", "acomp") for x in children(t))
    # (with no `that`, a clause with no object of its own may be a relative one whose object is the noun: `the claim
    # the senator attacked in his speech`)


NONFINITE = frozenset({"VB", "VBG", "VBN"})


def _under_irrealis(t) -> bool:
    """A non-finite verb (infinitive, participle, gerund) hanging, through the nouns and clauses it describes,
    from a finite verb under would, could, might or may or in an if-clause: it shares that verb's mood (the
    xcomp, conj and purpose chains are read by triggers._mood; this reads participles on objects too)."""
    v, steps = t, 0
    cond = load().cues.get("cond", frozenset())
    if t.tag_ == "VBN" and t.dep_ == "acl":
        return False                      # `could face fighters trained by Iran`: a past participle on a noun tells
        # what was done to it, as fact
    while steps < 5 and v.tag_ in NONFINITE and not any(
            x.dep_ in ("aux", "auxpass") and x.lower_ not in ("to", "be", "been", "being") for x in children(v)):
        if v.dep_ not in ("acl", "advcl", "xcomp", "pcomp", "conj", "ccomp") or v.head.i == v.i:
            return False
        h = v.head
        while h.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP") and h.dep_ in ("dobj", "pobj", "prep", "attr",
                                                                             "appos", "npadvmod") and h.head.i != h.i:
            h = h.head                    # `need 159 delegates supporting`: the verb whose object the noun is (not
            # its subject: `a movement accused of fraud may have given` was accused)
        if h.pos_ not in ("VERB", "AUX"):
            return False
        if any((x.dep_ == "aux" and (x.lower_ in senses()["irrealis"] or clitic_modal(x) == "would") and
                x.nbor(1).text != "-") or (
                x.dep_ == "mark" and x.lower_ in cond) for x in children(h)):   # (not `would-be successors`)
            return True
        v, steps = h, steps + 1
    return False


def _imperative(v) -> bool:
    """A verb in the imperative: the bare form opening its sentence with no subject (`Hit your opponent`, `Be
    recognized by ...`; the auxiliary `Be` counts)."""
    head = v
    for x in children(v):
        if x.dep_ == "auxpass" and x.tag_ == "VB" and x.i < v.i:
            head = x
    if v.tag_ not in ("VB", "VBN") or v.dep_ != "ROOT" or (v.tag_ == "VBN" and head is v):
        return False
    if any(x.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for x in children(v)):
        return False
    first = next((x for x in sentence_tokens(v) if not (x.is_punct or x.is_space)), None)
    return first is not None and first.i == head.i


def _owned_fault(t, w) -> bool:
    """The that-clause of `acknowledge` owns a fault: its verb is one of erring (`that she had misspoken`) or it says
    something was a fault (`that using two accounts was a mistake`)."""
    said = child(t, ("ccomp",))
    if said is None or any(x.dep_ == "neg" for x in children(said)):
        return False
    return _lemma(said) in w["erring"] or said.lower_ in w["erring"] or (said.lemma_ == "be" and any(
        x.dep_ in ("attr", "acomp") and (_lemma(x) in w["fault"] or x.lower_ == "wrong") for x in children(said)))


def _future(v) -> bool:
    """A verb in the future: `will`/`shall` (or `'ll`) on it, or `going to` before it."""
    if any(x.dep_ == "aux" and x.lower_ in ("will", "shall", "'ll", "wo", "\u2019ll") for x in children(v)):
        return True
    return v.dep_ == "xcomp" and _lemma(v.head) == "go" and v.head.tag_ == "VBG"


def _culprits(v, w) -> bool:
    """The object of a verb of finding is someone who did wrong (`find the bombers`, `those responsible`)."""
    o = child(v, ("dobj",))
    if o is None:
        return False
    if _lemma(o) in w["wrongdoer"] or (o.lower_ == "those" and any(x.dep_ in ("amod", "acl", "relcl") for x in children(o))):
        return True
    return False


def _goal(t, w) -> bool:
    """An infinitive that a noun of aims is said to be: `the mission is to destroy X`, `our goal is not to deter
    but to defeat and destroy` (conjoined infinitives share it, whether the parse joins them to the first
    infinitive or to `is`)."""
    def to(v):
        return any(x.dep_ == "aux" and x.lower_ == "to" for x in children(v))
    infinitive = to(t)
    for _ in range(4):
        if t.dep_ != "conj":
            break
        t = t.head
        infinitive = infinitive or to(t)
    if t.lemma_ == "be" and infinitive:
        h = t                                  # `... is not to deter ..., but to defeat`: joined to `is`
    elif t.dep_ in ("xcomp", "ccomp", "attr", "advcl") and to(t):
        h = t.head
    else:
        return False
    subj = child(h, ("nsubj",)) if h.lemma_ == "be" else None
    return subj is not None and _lemma(subj) in w["goal"]


def _proposed_gerund(t, w) -> bool:
    """The act a proposal or a call holds as its content: a gerund after `for` or `on` on a `proposal` or
    `intentnoun` noun (`his calls for banning Muslims`, `a bill on raising the wage`), after `of` on a `programme`
    noun or an `unreal` one of event_cues (`his platform of deporting illegal immigrants`, `the idea of reinstating
    Glass-Steagall`; not `a campaign of bombing`), or a to-infinitive whose
    subject the parse took such a noun to be (`Trump's call to ban Muslims`; `for X to` is `opened_by_for`'s)."""
    def proposal(n) -> bool:
        return n.pos_ == "NOUN" and (_lemma(n) in w["proposal"] or _lemma(n) in w["intentnoun"])
    if t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.pos_ == "ADP":
        p = t.head
        return (p.lower_ in ("for", "on") and proposal(p.head)) or (
            p.lower_ == "of" and p.head.pos_ == "NOUN" and (
                _lemma(p.head) in w["programme"] or _lemma(p.head) in load().cues.get("unreal", ())))
    if any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)) and not opened_by_for(t):
        subj = child(t, ("nsubj",))
        return subj is not None and proposal(subj)
    return False


def _attraction(c: Candidate, w) -> bool:
    """`appeal` (verb or noun) to or among voters, an audience or a kind of voters (electorate, audience, cohort
    words or a people's name) or to what is no actor (`appeals to their fears`, `to the bad angels of our nature`),
    asking nothing (no infinitive, `for` or object): drawing them, no plea (to other actors it stays a plea: `the
    mayor's appeals to the protesters went unanswered`)."""
    n = c.noun if c.nominal and c.noun is not None else c.token
    if _lemma(n) != "appeal" or any(x.dep_ in ("xcomp", "acl", "dobj", "ccomp") for x in children(n)):
        return False
    nxt = span_of(n.doc, n.i + 1, n.i + 3)
    near = list(children(n)) + [y for x in children(n) if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN")
                               for y in children(x)]
    if any(x.dep_ == "prep" and x.lower_ == "for" for x in children(n)) or any(
            y.dep_ == "aux" and y.lower_ == "to" for x in near for y in children(x)) or (
            len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ == "VB"):
        return False                      # `an appeal to keep the boy`, `appealed for calm`, `appealed to world
        # opinion, and X in particular, to help` (the infinitive parsed as a conjunct of the verb or of X)
    drawn = [y for x in children(n) if x.dep_ == "prep" and x.lower_ in ("to", "among") for y in children(x)
             if y.dep_ == "pobj"]
    def kind(y) -> bool:
        lem = _lemma(y)
        return lem in w["electorate"] or lem in w["audience"] or lem in w["cohort"] or y.ent_type_ == "NORP" or \
            not _actorish(y)
    return bool(drawn) and all(kind(y) for y in drawn)


def _conditioned(tok, concessive: bool = True) -> bool:
    """tok sits in a clause opened by if/unless/whether... (up through its heads to the clause's verb); with
    `concessive` False, not one opened by `even if` (`even if they see Trump as crazy`: granted, so said)."""
    cond = load().cues.get("cond", frozenset())
    t = tok
    for _ in range(8):
        if any(x.dep_ == "mark" and x.lower_ in cond and (concessive or not any(
                y.lower_ == "even" and y.i == x.i - 1 for y in children(t))) for x in children(t)):
            return True
        if t.dep_ == "ROOT" or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("conj", "xcomp", "aux")):
            return False
        t = t.head
    return False


def _without(tok) -> bool:
    """tok is what `without`, `instead of` or `rather than` governs: `without a bullet being fired`, `without
    consultation`, `rather than publicly challenging Trump's claims`, `instead of condemning the attack`."""
    t = tok
    if t.dep_ in ("advcl", "xcomp") and t.tag_ == "VBG" and _held_back(t.head, "on") and child(
            t.head, ("dobj",)) is None and not any(x.dep_ == "prt" and child(x, ("pobj",)) is not None
                                                   for x in children(t.head)):
        return True                       # `held off supporting either of them`: the gerund straight on the verb
        # (`held off the rebels, killing twelve`: holding someone off is no act withheld, the participle is done;
        # the parse may hang them on the particle)
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj", "nsubjpass", "nsubj") or t.head.i == t.i:
            return False
        if t.head.lower_ == "without" or (t.head.lower_ in ("of", "than") and any(
                x.lower_ in ("instead", "rather") for x in children(t.head))):
            return True
        if t.head.pos_ == "ADP" and t.head.lower_ in ("from", "on", "of") and _held_back(t.head.head, t.head.lower_):
            return True
        t = t.head
    return False


def _held_back(v, prep: str) -> bool:
    """A verb of holding back from an act: `refrain from endorsing`, `holds off on an endorsement`, `abstain from`,
    `stop short of` (`on` also reads `hold off` with no preposition: `held off supporting`)."""
    lem = _lemma(v)
    if prep == "from":
        return lem in senses()["refraining"]
    if prep == "on":
        return lem == "hold" and any(x.dep_ == "prt" and x.lower_ in ("off", "back") for x in children(v))
    return lem == "stop" and any(x.lower_ == "short" for x in children(v))


def _attack_by_a_person(c: Candidate, w) -> bool:
    """An attack word that is no bodily one (`verbal` class less `bodily`: attack, hit, blast, assail, onslaught),
    made by a person or aimed at one (a PERSON or a person the article names, he/she/him/her), with no word of
    violence in its sentence, no weapon or armed group on it and no place struck: words, whatever harm the story
    tells elsewhere."""
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in w["verbal"] or _lemma(word) in w["bodily"] or _violence_near(c.token, w) or _armed(word, w):
        return False
    if any(hasattr(x, "dep_") and (x.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(x) in w["site"]) for x in c.target):
        return False                      # `ordered massive attacks on the Gaza Strip`: a place is struck
    if _war_side(c):
        return False
    return any(hasattr(x, "dep_") and (is_person(x) or x.lower_ in _person_pronouns("subject", "possessive"))
               for x in c.source) or \
        any(hasattr(x, "dep_") and (is_person(x) or x.lower_ in _person_pronouns("object")) for x in c.target)


def _attacked_for_doing(c: Candidate, w) -> bool:
    """A verb of attacking that is no bodily one (`verbal` less `bodily`) with a `for` phrase that tells a deed, a
    gerund or a clause (`attacked the council for how it was handling the review`, `attack each other for not
    doing enough`), with no word of violence in its sentence and no weapon on it: blame for what someone did, as
    `criticized X for -ing` (ev25b). Not `attacked the base for hours` (no deed)."""
    t = c.token
    if c.noun is not None or not _is_verb(t) or _lemma(t) not in w["verbal"] or _lemma(t) in w["bodily"] or \
            _violence_near(t, w) or _armed(t, w) or _physical_target(c, w) or _stranger_source(c, w):
        return False                      # (`militants attacked the village for refusing to pay`: a place struck;
        # `gunmen attacked the reporter for his stories`: strangers' force, as `_attack_by_a_person`; rev25)
    return any(x.dep_ == "prep" and x.lower_ == "for" and any(
        y.dep_ == "pcomp" or (y.dep_ == "pobj" and y.tag_ == "VBG") for y in children(x)) for x in children(t))


def _force_rebuked(c: Candidate, w) -> bool:
    """An attack word that is no bodily one (`verbal` less `bodily`), with no word of violence in its sentence and no
    arm named, between a politician (a person, a `campaigner` or `politician` noun) and an armed body (`warlike`), about
    a matter (a `topicprep` phrase whose object is no place or time): criticism, which `_war_side` would keep as
    force. The politician attacks (`Senator Pell attacked the army over its budget`) or comes under attack from the
    armed body (`came under attack from the military for his remarks`, a `speech` matter). Not `the senator's convoy
    came under attack from militants`, nor `attacked the base` (ev27b)."""
    t = c.token
    word = c.noun if c.noun is not None else t
    if _lemma(word) not in w["verbal"] or _lemma(word) in w["bodily"]:
        return False                      # (the word's own test first: the matter's words are walked only then)
    aimed = {x.i for x in c.target if hasattr(x, "i")}   # (the police attacked are no word of violence, ev28)
    matter = {y.i for v in (word, word.head.head) for x in children(v) if x.dep_ == "prep" and
              x.lower_ in w["topicprep"] for y in x.subtree}
    if _armed(word, w) or any(
            (_lemma(x) in w["violence"] or x.lower_ in w["violence"]) and x.i != word.i and not warlike(x)
            and x.i not in matter and not (_lemma(x) in w["policeman"] and x.i in aimed) for x in sentence_tokens(word)):
        return False                      # (the armed body's own name is no violence: `army` is in that class; nor
        # is the matter's: `attacked the military over the deaths of civilians`, rev27a)

    def politician(x):
        return hasattr(x, "dep_") and not warlike(x) and not any(
            y.dep_ in ("compound", "appos", "amod") and _lemma(y) in w["warrank"] for y in children(x)) and (
            is_person(x) or _lemma(x) in w["campaigner"] or _lemma(x) in w["politician"] or any(
                y.dep_ == "compound" and _lemma(y) in w["politician"] for y in children(x)))   # (`Councilwoman
    # Reyes` tagged ORG: her title says so, ev28)
    if c.noun is None and _is_verb(t):
        sources = [x for x in c.source if hasattr(x, "dep_")]
        return bool(sources) and all(politician(x) for x in sources) and any(
            hasattr(x, "dep_") and (warlike(x) or _lemma(x) in w["policeman"]) for x in c.target) and \
            _topic_on(t, w, matter_only=True)   # (the police too: `the mayor attacked the police over the
        # shooting`, ev28)
    under = word.head
    come = under.head
    if word.dep_ != "pobj" or under.lower_ != "under" or _lemma(come) != "come":
        return False
    subj = child(come, ("nsubj",))
    src = prep_object(word, "from") or prep_object(come, "from")
    return subj is not None and politician(subj) and src is not None and warlike(src) and (
        _topic_on(come, w, speech_only=True) or _topic_on(word, w, speech_only=True))


def _consequences_told(said, w) -> list:
    """The subject or object of a warning's clause that is a penalty (`menace`: retaliation, consequences, penalties)
    or a sanction or a coercive act (a noun of the pattern lexicon of SANCTION or COERCE): `warned Iran that sanctions
    would follow`, `warned that Washington would impose an embargo`, a consequence warned of, THREATEN (the guide);
    not `warned that the plan would fail`, a claim (ev27b)."""
    nouns = load().nouns
    def penalty(x):
        lem = _lemma(x)
        return lem in w["menace"] or (lem in nouns and nouns[lem].cameo and plover(nouns[lem].cameo)[0] in (
            "SANCTION", "COERCE"))
    if said.tag_ == "VBD" or any(x.dep_ in ("aux", "auxpass") and (x.tag_ == "VBD" or _lemma(x) == "have")
                                 for x in children(said)):
        return []                         # `warned that the embargo had cost jobs`, `sanctions were imposed`: a
        # claim of what was done, no consequence to come (rev27a)
    effect = child(said, ("dobj",)) is not None
    return [x for x in children(said) if (x.dep_ == "dobj" or (x.dep_ in ("nsubj", "nsubjpass") and not effect))
            and penalty(x)]
    # a penalty doing something to someone is a claim of its effect (`warned that sanctions would hurt farmers`;
    # rev27a), not one warned of (`that sanctions would follow`, `that Washington would impose an embargo`)


def _vowed_effort(t, w) -> bool:
    """A verb that is the infinitive a verb of vowing takes (`vow` class: `pledged to push for`, `promised to
    press`), or a conjunct of it (`vowed to fight and push for`)."""
    x = t.head if t.dep_ == "conj" and t.head.dep_ == "xcomp" else t
    return x.dep_ == "xcomp" and x.head is not x and _is_verb(x.head) and _lemma(x.head) in w["vow"] and any(
        y.dep_ == "aux" and y.lower_ == "to" for y in children(x))


def _worn(n, w) -> bool:
    """A `suit` that is clothing (`clothing` class): a clothing word or colour on it or joined to it (`a green suit`,
    `heels and a suit`), or worn by people (`men in suits`: the bare object of `in` on a noun)."""
    if any(x.dep_ in ("amod", "compound", "conj") and _lemma(x) in w["clothing"] for x in children(n)) or (
            n.dep_ == "conj" and _lemma(n.head) in w["clothing"]):
        return True
    return n.dep_ == "pobj" and n.head.lower_ == "in" and n.head.head.pos_ in ("NOUN", "PROPN") and not any(
        x.dep_ in ("det", "poss", "acl", "relcl") or (x.dep_ == "prep" and x.lower_ in ("against", "over", "by"))
        for x in children(n))
    # (rev27a) not suits brought or filed (`plaintiffs in suits against the company`, `named in suits filed by`)


def _owned_thing_refused(t) -> bool:
    """A relative clause in the simple past whose object is someone's (`a judge who refused her plea for bail`):
    one refusal on one occasion, not a trait of a kind of people (`a candidate who rejects corporate money`; ev24j)."""
    obj = child(t, ("dobj",))
    return t.tag_ == "VBD" and obj is not None and any(
        x.dep_ == "poss" and (x.lower_ in _person_pronouns("possessive") or x.lower_ == "their") for x in children(obj))


def _thing_granted(t, w) -> bool:
    """t's that-clause after it says what a thing is (a copula whose subject is a common noun no actor or pronoun
    owns, and whose predicate is no fault or blame word): `admits the ride to Washington is a challenge`, `admits that
    life can be overwhelming` (`admitted that his pick was a mistake`, `admitted the plan was flawed`, `admitted the
    name was inaccurate`, `admitted that open-carry wasn't a problem`, `admitted he was wrong`, `admitted that the
    strike has affected consumers` stay)."""
    said = child(t, ("ccomp",))
    if said is None or said.i < t.i or _lemma(said) != "be":
        return False
    subj = child(said, ("nsubj",))
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ or _head_actor(subj) or is_person(subj) or any(
            x.dep_ == "poss" for x in children(subj)):
        return False
    if _lemma(subj) in evaluative.words()["claimed"]:
        return False                      # `admitted the claim was right`: a claim granted is a point given up (rev24b)
    if any(x.dep_ == "neg" for x in children(said)):
        return False                      # `admitted that open-carry wasn't a problem`: a point given up
    ev = evaluative.words()
    blame = ev["negative"] | ev["blame"] | ev["false"] | ev["truth"]
    return not any(x.dep_ in ("acomp", "attr") and (_lemma(x) in w["fault"] or _lemma(x) in blame or x.lower_ in blame)
                   for x in children(said))


def _care_withheld(t, obj, w) -> bool:
    """Care refused to or for someone else (`refused medical care to the prisoners`, `refused transport for the
    wounded`): withheld from them, not turned down by a patient (rev24b)."""
    def someone(y) -> bool:
        return y is not None and _lemma(y) not in w["site"] and (
            names_actor(y) or actor_noun(y) or is_person(y) or y.lower_ in _person_pronouns("object") or
            _lemma(y) in w["hurtpeople"])         # (not a place the care would go to, `transport to the hospital`)
    return any(x.dep_ in ("dative", "prep") and x.lower_ in ("to", "for") and someone(child(x, ("pobj",)))
               or x.dep_ == "dative" and someone(x) for o in (t, obj) for x in children(o))



def _refusal_judged(c: Candidate) -> bool:
    """A refusal noun owned by someone and named as what is judged or what something is: the subject or the
    predicate of a clause, or the object of a verb of praise or blame (`His refusal to tackle the problem made the
    recession longer`, `one of Obama's weaknesses is his refusal to ...`, `Conservatives still praise his refusal`,
    `railed at Obama's refusal`): a trait told, no refusal made in the story (ev24j; `despite Musharraf's refusal to
    ...`, `announced his refusal` stay, and so does the subject of a verdict, `Ryan's refusal to back him was "not a
    good thing"`: the verdict's blame is read off the refusal)."""
    n = c.noun
    if not c.nominal or n is None or not any(x.dep_ == "poss" for x in children(n)):
        return False
    while n.dep_ == "conj" and n.head.i != n.i:
        n = n.head
    if n.dep_ == "attr" or n.dep_ == "nsubj" and _lemma(n.head) != "be":
        return True
    v = n.head.head if n.dep_ == "pobj" else n.head if n.dep_ == "dobj" else None
    if v is None or v.pos_ != "VERB":
        return False
    pat = load().verbs.get(_lemma(v))
    return pat is not None and plover(pat.cameo)[0] in ("ACCUSE", "SUPPORT")


def _kind_described(c: Candidate) -> bool:
    """A `_generic_relative` act on a bare word for people in general (event_senses `anyone` but its `particular` words,
    which may stand for someone in particular: `those who`, `people that`, `anyone who`), in a restrictive clause
    whose subject is its relative pronoun and that names no time: who such people are, no act of anyone in particular
    (read for cooperation and requests: `older people, who strongly support Mrs. Clinton`, set off by a comma, `those
    who met the minister on Monday`, a time, and `those who question bias in policing`, blame, stay)."""
    t = c.token
    h = t.head
    if not _generic_relative(c) or h.lower_ not in senses()["anyone"] or \
            h.lower_ in senses()["particular"] or any(x.dep_ == "amod" for x in children(h)):
        return False
    return _restrictive_subject(t, ("who", "that")) and not any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree)


def _inquiry_in_passing(c: Candidate, w) -> bool:
    """A noun of a lawsuit or an inquiry (event_senses `suitnoun`) that is the object of a preposition of setting
    (`settingprep`: `in`, `under`, `from` ...) with no one bringing it and no one it is against: no possessor, no
    `by`, no `against`, no verb told of it (`a lawsuit filed by X`, `in a lawsuit against the city`, `their
    lawsuits` stay) - the suit is where something else happens, not an accusation made (ev38)."""
    n = c.noun if c.noun is not None else c.token
    if _lemma(n) not in w["suitnoun"] or n.dep_ != "pobj" or n.head.lower_ not in w["settingprep"]:
        return False
    return not any(x.dep_ in ("poss", "acl", "relcl") or (x.dep_ == "prep" and x.lower_ in ("by", "against"))
                   for x in children(n))


def _among_themselves(c: Candidate, w) -> bool:
    """A verb of disagreeing (event_senses `mutualverb`) told of a plural subject (`lawmakers`, `the two parties`,
    `Kell and Roe`) with a topic (`about`, `over`, `on`) and no one disagreed with (no `with` phrase, no object or
    clause): they differ among themselves. `Kell disagreed with the governor`, `"I disagree," Kell said` and
    `Republicans disagree` said of another's claim stay refusals (ev38)."""
    t = c.token
    if c.nominal or _lemma(t) not in w["mutualverb"]:
        return False
    kids = list(children(t))
    if any(x.dep_ in ("dobj", "ccomp", "xcomp") or (x.dep_ == "prep" and x.lower_ == "with") for x in kids):
        return False
    if not any(x.dep_ == "prep" and x.lower_ in w["mutualtopic"] for x in kids):
        return False
    subj = child(t, ("nsubj",))
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    return subj.tag_ in ("NNS", "NNPS") or any(x.dep_ == "conj" for x in children(subj))


def _restrictive_subject(t, pronouns) -> bool:
    """t's subject is a relative pronoun of `pronouns` with no comma before it: a restrictive relative clause, which
    says which people are meant (`those who met X`; `older voters, who back X` tells of a group named before)."""
    return any(x.dep_ == "nsubj" and x.lower_ in pronouns and x.i > 0 and x.doc[x.i - 1].text != ","
               for x in children(t))


def _generic_relative(c: Candidate) -> bool:
    """A verbal act in a relative clause that describes a kind of people, not someone in particular: its noun is
    indefinite (`a candidate who`, `any Democrat who`), a bare plural (`women who`) or `someone`, `those`, `people`."""
    t = c.token
    if c.nominal or t.dep_ != "relcl" or t.head.i == t.i:
        return False
    h = t.head
    if h.ent_type_ or h.pos_ == "PROPN":
        return False
    if h.lower_ in senses()["anyone"]:
        return True
    if h.pos_ != "NOUN":
        return False
    dets = [x.lower_ for x in children(h) if x.dep_ in ("det", "poss", "nummod")]
    return any(d in senses()["indefinite"] for d in dets) or (h.tag_ == "NNS" and not dets)


def _withheld_thing(c: Candidate, t, obj, w) -> bool:
    """A refusal read off a plain negated act of material cooperation (giving, lending, accepting, admitting,
    releasing: quad 2) whose object is a thing, not an actor nor an offer, a plea or a request made to the subject,
    and with no will/would on it (`will not release him` refuses): the act did not happen, no one was refused."""
    if not c.pattern.cameo or plover(c.pattern.cameo)[1] != 2 or c.hypothetical:
        return False
    if not any(x.dep_ == "neg" or x.lower_ == "never" for x in children(t)):
        return False
    if any(x.dep_ == "aux" and x.lower_ in ("will", "wo", "would", "shall") for x in children(t)):
        return False
    if _lemma(t) in load().cues["recognizeverb"]:
        return False
    cues = load().cues
    subj = child(t, ("nsubj",))
    if t.dep_ in ("ccomp", "acl") and subj is not None and subj.lower_ in pronouns("subject") and (
            _lemma(t.head) in cues["report"] or _lemma(t.head) in cues["claimnoun"]):
        return False                      # `she stressed that she had sent no secret files`: a
        # denial of what one is charged with
    own = subj if subj is not None or t.dep_ != "conj" else child(t.head, ("nsubj",))
    if own is not None and own.lower_ in ("i", "we") and c.extra_source is not None:
        return False                      # `"I did not send classified material," she said`, `"I'm aware of the
        # rules and did not send it"`: the speaker's own denial, in a quote (the first person is its speaker)
    if obj is not None and (_actorish(obj) or _lemma(obj) in w["accord"] or _lemma(obj) in w["plea"] or
                            _lemma(obj) in w["leave"]):   # (`did not give permission for the flights` refuses)
        return False
    return not any(hasattr(x, "dep_") and _actorish(x) for x in c.target) or obj is not None and not _actorish(obj)


def _policy_named(c: Candidate, w) -> bool:
    """A measure of force or sanction named as a policy: an event noun that is what someone backs or opposes
    (`backing` class, oppose: `support a temporary ban on Muslims`), or a participle saying what a law, rule or bill
    does (`proposal` class: `a state law banning fracking`). Force itself backed or opposed (ASSAULT: `Russia opposed
    the bombing of Serbia`, `backed the invasion`) is no policy: it happened."""
    n = c.noun if c.noun is not None else c.token
    if n.pos_ == "NOUN" and n.dep_ == "dobj" and c.etype != "ASSAULT" and (
            _lemma(n.head) in w["backing"] or _lemma(n.head) == "oppose"):
        return True
    return n.tag_ == "VBG" and n.dep_ == "acl" and _lemma(n.head) in w["proposal"]


def _spoke_to(c: Candidate, w) -> bool:
    """Speaking or talking `to` someone (not `with`) who is no named person nor an office (event_cues `phone`: a
    president, a minister), with no phone or call in the sentence: a speech to a group or words to a stranger."""
    t = c.token
    if not _is_verb(t) or _lemma(t) not in w["speakto"] or prep_object(t, "with") is not None:
        return False
    to = prep_object(t, "to")
    if to is None:
        return False
    phone = load().cues["phone"]
    if to.ent_type_ == "PERSON" or _lemma(to) in phone or is_person(to) and to.pos_ == "PROPN":
        return False
    return not any(_lemma(x) in w["remote"] for x in sentence_tokens(t))


def _talk_attack(c: Candidate, w) -> bool:
    """An attack word that is no bodily one (`verbal` less `bodily`) qualified as words (`talk` class: `political
    attack`, `populist attacks`, `a scathing assault`), with no weapon on it, no harm in its sentence and no place or
    site hit: criticism, whatever the story tells elsewhere."""
    word = c.noun if c.noun is not None else c.token
    if _lemma(word) not in w["verbal"] or _lemma(word) in w["bodily"] or _armed(word, w):
        return False
    if _violence_near(word, w) or _physical_target(c, w):
        return False                      # `a racist attack on a mosque left two injured`, `a sharp attack by rebels
        # killed 12 soldiers`: force, however it is qualified
    return any(x.dep_ in ("amod", "compound", "advmod") and (_lemma(x) in w["talk"] or x.lower_ in w["talk"])
               for x in children(word))


@functools.lru_cache(maxsize=None)
def _person_pronouns(*cases: str) -> frozenset[str]:
    """Third-person singular pronouns of a person (he, she; him, her; his, her) in the cases given (pronouns.tsv)."""
    return frozenset().union(*(pronouns(case, "3", g) for case in cases for g in ("m", "f")))


def _person_or_theirs(x) -> bool:
    """x names a person, or a person's own group or side (`the Bush family`, `Trump's campaign`: a person as compound
    or owner); not people around one (`supporters of Jane Morrow`, `marchers near Smith`: is_person holds for every
    word of a mention that holds a person's name, so the word itself must be the name)."""
    def named(y):
        return y.ent_type_ == "PERSON" or y.pos_ == "PROPN" and is_person(y)
    return named(x) or any(y.dep_ in ("compound", "poss") and named(y) for y in children(x))


def _warning_to_no_one(c: Candidate):
    """The trigger's `warn` or `warning` when no one is warned (no object, dative or `to` phrase), else None."""
    t = c.noun if c.noun is not None else c.token
    if _lemma(t) not in senses()["warnword"] or any(
            x.dep_ in ("dobj", "dative") or (x.dep_ == "prep" and x.lower_ == "to") for x in children(t)):
        return None
    return t


def _warned_of_plight(c: Candidate, w) -> bool:
    """A warning of or about harms no one does (event_senses.tsv `plight`, lexicon/hazards.tsv), with no one warned and
    no actor in what is warned of: `warned of a humanitarian crisis`, `warned of famine in Yemen`."""
    t = _warning_to_no_one(c)
    if t is None:
        return False
    objs = [y for x in children(t) if x.dep_ == "prep" and x.lower_ in ("of", "about")
            for y in children(x) if y.dep_ == "pobj"]
    def actor_in(z, y):                   # (a place where it befalls is no one: `a crisis in Gaza`, `in the east of
        place = z.ent_type_ in ("GPE", "LOC", "FAC") and z.dep_ != "poss"   # the country`; ev47)
        return not place and not _told_where(z, y) and (z.ent_type_ in ACTOR_ENTS or z.pos_ == "PROPN" or
                                                        actor_noun(z))
    return bool(objs) and all((_lemma(y) in w["plight"] or _lemma(y) in hazards()) and not any(
        actor_in(z, y) for z in y.subtree if z.i != y.i) for y in objs)


WHERE_PREPS = ("in", "at", "across", "throughout", "near", "inside")   # a phrase of where (`in the east of X`)


def _told_where(z, top) -> bool:
    """z sits in a phrase of where under `top` (`a crisis in the east of the country`: the country is where, not who)."""
    x = z.head if z.dep_ != "prep" else z
    while x.i != top.i and x.head.i != x.i:
        if x.dep_ == "prep" and x.lower_ in WHERE_PREPS:
            return True
        x = x.head
    return False


def _stranger_source(c: Candidate, w) -> bool:
    """The attack is made by people named only as who they are or by the deed (event_senses.tsv `stranger`,
    `wrongdoer`: `two men attacked him`, `a gunman attacked Maria Lopez`), no one named or in office: force."""
    heads = [x for x in c.source if hasattr(x, "dep_")]
    return bool(heads) and all(x.pos_ == "NOUN" and x.ent_type_ != "PERSON" and (
        _lemma(x) in w["stranger"] or _lemma(x) in w["wrongdoer"]) for x in heads)


def _disputed_account(t, obj, w) -> bool:
    """What `dispute` takes is an account, a claim or a work that tells one (`speech` class, or any thing that is
    no person, body or measure: `the film`, `a point`; a relative pronoun stands for its noun), not a measure
    (issue 10: on tune every `dispute` the rules left ACCUSE was a denial in the gold)."""
    if obj is not None and (obj.tag_ in ("WDT", "WP") or obj.lower_ in ("that", "which")) and t.dep_ == "relcl" \
            and t.head.pos_ == "NOUN":
        obj = t.head                      # `a point that intelligence officials have disputed`
    if obj is None:
        return False
    olem = _lemma(obj)
    if olem in w["speech"]:
        return olem not in w["measure"]
    return obj.pos_ == "NOUN" and not obj.ent_type_ and not _head_actor(obj) and olem not in w["measure"]


def _phone_call(c: Candidate, w) -> bool:
    """The noun `call` made or placed to someone (`making calls to committee members`, `made a call to Merkel`):
    a conversation (CONSULT), not an appeal (a `conference call` held with no one is no event: `_sense`); an appeal
    has `for`, `on` or an infinitive (`calls for a probe`, `joined calls to scrap the tax`) or the possessor who
    appeals (`her call to admit it`)."""
    n = c.noun if c.noun is not None else c.token
    if _lemma(n) != "call" or n.pos_ != "NOUN":
        return False
    kids = list(children(n))
    if any(x.dep_ == "prep" and x.lower_ in ("for", "on", "upon") for x in kids) or any(
            x.dep_ in ("acl", "relcl", "xcomp") and any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x))
            for x in kids) or any(x.dep_ == "poss" for x in kids):
        return False
    to_someone = any(x.dep_ == "prep" and x.lower_ == "to" and any(
        y.dep_ == "pobj" and (actor_like(y) or actor_noun(y) or y.pos_ in ("PROPN", "PRON")) for y in children(x))
        for x in kids)
    made = n.dep_ == "dobj" and _lemma(n.head) in w["callmaking"]
    return to_someone and made


def _called_needed(c: Candidate, w) -> bool:
    """`called it critical that she make the speech`, `called it essential for the council to act`: a naming call
    whose object is the empty `it` and whose name is a word of need (event_senses `necessity`), followed by the act
    needed (a clause of the call or of the adjective). The subject of that clause becomes the target."""
    t = c.token
    obj = child(t, ("dobj",))
    name = child(t, ("oprd", "acomp", "xcomp"))
    if obj is None or obj.lower_ != "it" or name is None or _lemma(name) not in w["necessity"]:
        return False
    act = next((x for x in list(children(t)) + list(children(name)) if x.dep_ in ("ccomp", "advcl", "xcomp")
                and x is not name and x.pos_ in ("VERB", "AUX")), None)
    if act is None:
        return False
    subj = child(act, ("nsubj",))
    if subj is not None:
        c.target = [subj] + [x for x in c.target if not (hasattr(x, "i") and x.i == obj.i)]
    return True


def _warned_against_act(c: Candidate) -> bool:
    """A warning against doing something (a gerund after `against`), made by a named warner (active): an appeal not
    to do it (issue 10; `was warned against doing so` tells the warned, whom the gold codes otherwise)."""
    t = c.noun if c.noun is not None else c.token
    if c.noun is None and is_passive(t):
        return False
    return _lemma(t) in senses()["warnword"] and any(
        x.dep_ == "prep" and x.lower_ == "against" and any(y.dep_ == "pcomp" and y.tag_ == "VBG" for y in children(x))
        for x in children(t))


def _warned_about(c: Candidate) -> bool:
    """A warning of, about or against something, with no one warned (`warned of fakery`, `a threat Churchill warned
    about`, `warning against her waging a campaign`): criticism of what is pointed at, not a threat by the warner
    (`warned Iran of consequences` warns someone)."""
    t = _warning_to_no_one(c)
    if t is None:
        return False
    about = [x for x in children(t) if x.dep_ == "prep" and x.lower_ in ("of", "about", "against")]
    if any(_lemma(y) in senses()["consequence"] for x in about for y in children(x) if y.dep_ == "pobj"):
        return False                      # `warned of a reaction if ...`, `warned of consequences`: a threat
    return bool(about) or (t.dep_ == "relcl" and any(x.dep_ == "prep" and x.lower_ in ("of", "about")
                                                     for x in children(t)))


def _contest_challenge(c: Candidate, w) -> bool:
    """Challenging a person, with nothing dared (no infinitive), in a sentence with an election or candidate word
    (`election`, `campaigner` classes): running against them (`no clear favorite to challenge Trump`)."""
    t = c.token
    return _is_verb(t) and _lemma(t) == "challenge" and not _infinitive(t) and not _dared(t, w) and (any(
        _lemma(x) in w["election"] or _lemma(x) in w["campaigner"] for x in sentence_tokens(t)) or _challenger(c)) \
        and any(hasattr(x, "dep_") and (is_person(x) or actor_noun(x)) for x in c.target)


def _challenger(c: Candidate) -> bool:
    """`a Democrat who is challenging McCrory in November`: a clause that tells who someone is by the one they are
    running against (a relative clause in the progressive, no ground of a charge: not `who is challenging him over
    the cuts`). A person challenged, not a body (`rebels who are challenging the government`), and not in court
    (`who is challenging the mayor in court`): review44."""
    t = c.token
    return t.dep_ == "relcl" and t.tag_ == "VBG" and any(x.dep_ == "aux" and x.lemma_ == "be" for x in children(t)) \
        and not any(x.dep_ == "prep" and x.lower_ in ("over", "on", "about") for x in children(t)) \
        and not any(_lemma(x) == "court" for x in t.subtree) and any(is_person(x) for x in c.target)


def _dared(t, w) -> bool:
    """`challenged Ward to a head-to-head debate`: a contest (event_senses `dare`) someone is challenged to."""
    return any(x.dep_ in ("prep", "dative") and x.lower_ == "to" and any(
        y.dep_ == "pobj" and _lemma(y) in w["dare"] for y in children(x)) for x in children(t))


def _no_deal(c: Candidate, w) -> bool:
    """An AGREE trigger that makes no accord: signing up or on with no pact named (`delegates have signed on to the
    effort`, `sign up for our newsletter`), offering a remark or a view (`offered a striking contrast`, event_senses.tsv
    `remark`), a promise or pledge named with no one it is made to and nothing promised (`live up to their
    promises`, `pledges from individual countries`)."""
    t = c.token
    if _is_verb(t) and _lemma(t) == "sign" and any(
            x.dep_ in ("prt", "advmod", "prep") and x.lower_ in w["signon"] for x in children(t)):
        return not any(_lemma(y) in w["pact"] or _lemma(y) in w["accord"] for y in t.subtree if y.i != t.i)
    if _is_verb(t) and _lemma(t) == "offer":
        obj = child(t, ("dobj",))
        return obj is not None and _lemma(obj) in w["remark"]
    n = c.noun
    return c.nominal and n is not None and not c.target and _lemma(n) in w["pledge"] \
        and not any(x.dep_ in ("acl", "relcl") for x in children(n))


def _idiom(c: Candidate, w) -> bool:
    """A verb with a word of its own phrase that makes the whole a figure of speech (event_senses.tsv `idiom`,
    `verb word`): `struck a chord`, `captured the hearts of`, `firing on all cylinders`, `froze in place`; or a trigger
    noun with its modifier (`modifier noun`: `a charm offensive`, `a price war`; ev47)."""
    n = c.noun if c.noun is not None else (c.token if c.token.pos_ == "NOUN" else None)
    if n is not None and any(x.dep_ in ("compound", "amod") and f"{_lemma(x)} {_lemma(n)}" in w["idiom"]
                             for x in children(n)):
        return True                       # `a charm offensive`, `the culture wars`, `a price war`: a noun's own
        # modifier makes the whole a figure (ev47)
    v = c.token if _is_verb(c.token) else (c.noun.head if c.noun is not None and _is_verb(c.noun.head) else None)
    if v is None:
        return False
    lem = _lemma(v)
    if lem == "occupy" and _crowd_subject(v, w):
        return False                      # `troops occupied positions on the ridge`, `protesters occupied the seat of
        # the regional government`: a crowd or a force holds a place (`she occupies a key position` is a post; rev22)
    words = []
    for x in children(v):
        if x.dep_ not in ("prep", "prt", "dobj", "advmod", "acomp", "dative"):
            continue                      # (`killed three times` is no `kill time`)
        words.append(x)
        if x.dep_ in ("prep", "prt", "dobj", "advmod"):
            words += [y for y in children(x) if y.dep_ in ("pobj", "prep")]
            words += [z for y in children(x) if y.dep_ == "prep" for z in children(y) if z.dep_ == "pobj"]
    return any(f"{lem} {_lemma(x)}" in w["idiom"] and not _body_hit(v, x, w) for x in words)


def _told_before(t, h) -> bool:
    """A clause the parse hangs as a complement on a verb after it, with a tense of its own, is told outright, not
    the goal of that verb: `A woman was shot, she is expected to recover` (two sentences joined by a comma), as
    opposed to `expects the court to rule` or `hopes that Congress acts`. The verb after it must have a complement
    of its own: with none, the clause is what it hopes (`Police arrest him soon, the mayor hopes`)."""
    if not (t.i < h.i and t.dep_ == "ccomp" and (t.tag_ in ("VBD", "VBZ", "VBP") or any(
            x.dep_ in ("aux", "auxpass") and x.tag_ in ("VBD", "VBZ", "VBP") and x.lower_ not in load().cues["modal"]
            for x in children(t)))):
        return False
    if not any(x.dep_ in ("xcomp", "ccomp", "dobj") and x.i != t.i for x in children(h)):
        return False
    subj = child(h, ("nsubj", "nsubjpass"))   # (the verb after it has a subject of its own, after a comma)
    return subj is not None and t.i < subj.i and any(x.lower_ == "," and t.i < x.i < subj.i for x in children(h))


def _body_hit(v, part, w) -> bool:
    """An idiom told with a part of the body (`shot himself in the foot`, `beating their chest`) is a figure only of
    one's own body: said of someone else's (`was shot in the foot`, `shot the clerk in the foot`) it is literal. The
    figure needs a reflexive object or an owner on the part."""
    if part.lower_ not in load().cues["bodypart"] and _lemma(part) not in load().cues["bodypart"]:
        return False
    if any(x.dep_ == "poss" for x in children(part)):
        return False                      # `beating their chest`
    obj = child(v, ("dobj",))
    return not (obj is not None and obj.lower_ in w["reflexive"])


def _crowd_subject(v, w) -> bool:
    """The verb's subject is a group of people or of forces named by a plural noun (event_senses.tsv `people`:
    `troops`, `rebel forces`, `protesters`), who take a place, not a post or a rank."""
    s = child(v, ("nsubj",))
    if s is None or s.tag_ not in ("NNS", "NNPS"):
        return False
    lem = _lemma(s)                       # (a capital at the start of a sentence leaves `Protesters` unlemmatised)
    return lem in w["people"] or lem.endswith("s") and lem[:-1] in w["people"]


def _no_occasion(c: Candidate, w) -> bool:
    """Nouns that name a kind of occasion or a quality, not one that took place with someone: a meeting, a visit,
    talks with no one met (`said after the meeting`, `my first meeting of Ali`, `during a town hall meeting`) unless
    someone held, attended or joined it (event_senses.tsv `convene`: `convened staff for a strategy meeting`,
    `were at the meeting`); a request named with nothing asked and no one it is made to, unless made, filed or
    sent here (event_senses.tsv `lodge`); an appeal to no actor, asking nothing (`Trump's appeal in polls`, `pending the appeal`:
    attraction or a court's; `an appeal to keep the boy` asks)."""
    n = c.noun
    if not c.nominal or n is None:
        return False
    if c.etype == "REQUEST" and _lemma(n) == "request" and not any(
            x.dep_ in ("acl", "relcl") or (x.dep_ == "prep" and x.lower_ in ("for", "to", "that")) for x in children(n)) \
            and not (n.dep_ in ("dobj", "nsubjpass") and _lemma(n.head) in w["lodge"]):
        return True                       # `Chaffetz's latest request`, `at the request of the president`, `FOIA
        # requests`: a request named again, nothing asked of anyone here (`requests were made to Clinton` stays)
    if c.etype == "REQUEST" and _lemma(n) == "appeal" and not any(not hasattr(x, "dep_") or _actorish(x)
                                                                 for x in c.target):
        nxt = span_of(n.doc, n.i + 1, n.i + 3)
        return not (any(x.dep_ == "acl" or (x.dep_ == "prep" and x.lower_ in ("for", "to")) for x in children(n)) or (
            len(nxt) == 2 and nxt[0].lower_ == "to" and nxt[1].tag_ == "VB"))   # `appeal to keep the boy`
    if c.target:
        return False
    if c.etype == "CONSULT":
        if n.head.i == n.i or (n.dep_ == "pobj" and n.head.head.i == n.head.i):
            return False                  # a headline of its own (`Talks in Geneva`)
        if any(x.dep_ == "prep" and x.lower_ == "between" for y in (n, n.head) for x in children(y)):
            return False                  # `a mediation effort between India and Pakistan`: its sides are named
        x = n
        for _ in range(4):                # up through prepositions and nouns to the verb: `convened staff for a
            x = x.head                    # strategy meeting`, `at the opening of the talks`
            if _lemma(x) in w["convene"] or (x.lemma_ == "be" and n.dep_ == "pobj"):
                return False
            if _is_verb(x) or x.head.i == x.i:
                break
        return True
    return False


def _embedded_question(t, w) -> bool:
    """A clause that a wh-word opens under a verb or adjective of asking, doubting or (not) knowing (event_senses.tsv
    `wonder`): `unsure whom they'd support`, `questioned why he would do so` ask, they assert no act. A wh-clause
    with no modal or infinitive asks about an act done (`explained why the government expelled them`, `do not know
    why he attacked`): that act stays asserted; `whether` and `if` leave it open."""
    if t.dep_ not in ("ccomp", "xcomp", "advcl") or t.head.i == t.i or _lemma(t.head) not in w["wonder"]:
        return False
    if any(x.dep_ == "mark" and x.lower_ in ("whether", "if") for x in children(t)):
        return True
    open_ = any(x.dep_ == "aux" and (x.lower_ in senses()["modalword"] or x.lower_ == "to") for x in children(t))
    return open_ and any(x.tag_ in ("WP", "WRB", "WDT") and x.dep_ in ("dobj", "advmod", "nsubj", "pobj", "attr")
                         for x in children(t))


def _subject_mood(c: Candidate) -> None:
    """An event noun that is the subject of a verb of being, going or needing takes that verb's mood: `the
    endorsement won't be going to Clinton` (negated), `an endorsement needs to be ratified`, `the strike would
    come next week` (hypothetical)."""
    if not c.nominal or c.noun is None or c.noun.dep_ not in ("nsubj", "nsubjpass") or c.noun.head.i == c.noun.i:
        return
    v = c.noun.head
    lem = _lemma(v)
    if lem in senses()["needing"]:
        c.hypothetical = True
    elif lem in senses()["goahead"] and not any(
            x.dep_ in ("attr", "acomp") for x in children(v)):     # (`his refusal was not a good thing` happened)
        aux = [x for x in children(v) if x.dep_ in ("aux", "auxpass", "neg")]
        if any(x.dep_ == "neg" for x in aux):
            c.negated = True
        elif any(x.lower_ in senses()["modalword"] or x.lower_ == "to" for x in aux):
            c.hypothetical = True


def _force_on_nothing(c: Candidate, w) -> bool:
    """A verb of force (ASSAULT, COERCE) whose every participant is an abstract thing: no actor, person, people,
    number of victims, place or site on either side (`has hit historically dismal levels`, `destroyed the finances of
    families`, `seizing back control of his campaign`, `the controversy burned`), and no word of violence or bodily
    harm beside it in the sentence. Force needs someone who uses it or something it hits."""
    t = c.token
    if c.etype not in ("ASSAULT", "COERCE") or c.nominal or c.preset or not _is_verb(t) or c.extra_source is not None:
        return False
    if _lemma(t) in w["harm"]:
        return False                      # killing, wounding, injuring: bodily whatever it is said of
    if _lemma(t) in w["censoring"] and any(hasattr(x, "dep_") and _lemma(x) in w["online"] for x in c.target):
        return False                      # `the account has been suspended`: censorship needs no one named
    if any(not _abstract(x, w) for x in c.source + c.target):
        return False
    if _lemma(t) in crime.words()["discharge"] and any(x.dep_ == "nsubj" and _lemma(x) in w["warcraft"]
                                                       for x in children(t)) and any(
            prep_object(y, p) is not None for y in [t] + [x for x in children(t) if x.dep_ == "dobj"] for p in ("at", "on")):
        return False                      # `the warship fired a volley at the boats`: a ship of war shoots at them
        # (ev29a; not `fired a flare into the sky`)
    if any(x.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and not _abstract(x, w) for x in children(t)):
        return False                      # a participant the analysis left out still counts
    body = load().cues.get("bodypart", frozenset())
    if any(_lemma(y) in body for x in children(t) if x.dep_ == "prep" for y in x.subtree):
        return False                      # `grabbing a photographer by the throat`: a body is hit
    harm = w["harm"] | w["violence"]
    return not any((_lemma(x) in harm or x.lower_ in harm) and x.i != t.i for x in sentence_tokens(t))


def _abstract(x, w) -> bool:
    """x names a thing no force can be used on or by: a common noun that is no actor, person, people, site, place
    or count (a word or a span the parse does not hold is taken as concrete)."""
    if not hasattr(x, "dep_"):
        return False
    if x.pos_ in ("PRON", "PROPN", "NUM") or x.ent_type_ or x.tag_ == "CD" or _actorish(x) or is_person(x):
        return False
    lem = _lemma(x)
    if x.tag_ in ("NN", "NNS") and len(lem) > 4 and lem.endswith(("er", "or", "ist", "ian", "ant")):
        return False                      # a noun of a doer (`photographer`, `journalist`, `civilian`) may be a
        # person (`order`, `border` are kept too: this only keeps events)
    if lem in w["people"] or lem in w["site"] or lem in w["property"] or lem in w["weapon"] or \
            lem in crime.words()["kin"] or _casualty_words(lem):
        return False                      # (`firing upon vehicles`, `killed at least a dozen`, `shot two teens`)
    return not any(y.ent_type_ or y.like_num or y.pos_ == "PROPN" for y in children(x)
                   if y.dep_ in ("compound", "amod", "nmod", "poss", "nummod"))   # `Iranian ships`, `three cars`


def _support_withheld(c: Candidate, w) -> bool:
    """Backing (a `backing` word or a SUPPORT noun of the lexicon: support, endorsement) withheld or withdrawn (`withholding` verbs) is a refusal of
    whom it was for (REJECT): the subject of the verb refuses, the one named with `from`, `for`, `of` or `to` is
    refused. Retypes the candidate (a nominal SUPPORT or the verb's RETREAT) and says whether it did."""
    if c.etype == "SUPPORT" and c.nominal and c.noun is not None and c.noun.dep_ == "dobj":
        noun, verb = c.noun, c.noun.head
    elif c.etype == "RETREAT" and _is_verb(c.token) and child(c.token, ("dobj",)) is not None:
        verb, noun = c.token, child(c.token, ("dobj",))
    else:
        return False
    pat = load().nouns.get(_lemma(noun))
    if _lemma(verb) not in w["withholding"] or not (_lemma(noun) in w["backing"] or (
            pat is not None and plover(pat.cameo)[0] == "SUPPORT")):
        return False
    whom = [y for x in list(children(verb)) + list(children(noun)) if x.dep_ in ("prep", "dative")
            and x.lower_ in ("from", "for", "of", "to") for y in children(x) if y.dep_ == "pobj"]
    whom = [y for y in whom if _head_actor(y)]
    subj = subject_of(verb)
    c.etype, c.quad, c.cameo, c.mode = "REJECT", 3, "120", None
    if subj is not None:
        c.source = [subj]
    c.target = whom or [x for x in c.target if hasattr(x, "dep_") and _head_actor(x)]
    return True


def _none_given(t, w) -> bool:
    """The verb's direct object is `no ...`, `nothing` or `none` (`offers no protections`, `provided no aid`, `has
    given nothing`): what is done to or with it did not happen (`no fewer than`, `no less than` count)."""
    obj = child(t, ("dobj",))
    if obj is None:
        return False
    if obj.lower_ in w["noneobject"]:
        return True
    return any(x.dep_ == "det" and x.lower_ == "no" for x in children(obj)) and not any(
        x.dep_ in ("amod", "advmod", "quantmod") and x.lower_ in w["countfloor"] for x in obj.subtree)


def _present_simple(v) -> bool:
    """v is a verb in the simple present (`attacks`, `go`), with no auxiliary of tense, mood or aspect."""
    return v.tag_ in ("VBZ", "VBP") and not any(x.dep_ in ("aux", "auxpass") for x in children(v))


def _sum_given_for(t, w) -> bool:
    """t, a verb of backing, is the purpose of a sum raised or given: an infinitive (`to support`) hung on a
    `fundraising` verb whose object is a sum (a MONEY entity) or money (`banking` words): `raised $3,150 to support the
    clinic`, `gave money to support the museum`."""
    v = t.head
    if t.dep_ not in ("xcomp", "advcl") or v.i == t.i or _lemma(v) not in w["fundraising"] or not any(
            x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return False
    obj = child(v, ("dobj",))
    return obj is not None and (obj.ent_type_ == "MONEY" or _lemma(obj) in w["banking"] or any(
        y.ent_type_ == "MONEY" or _lemma(y) in w["banking"] for y in obj.subtree))


def _money_account(t, olem: str, w) -> bool:
    """An account that holds money, not one on a platform: frozen (`assetfreeze` verbs), or named in a sentence of
    banks and money (`banking` words, a sum): `froze the bank accounts of five oligarchs`."""
    if olem != "account":
        return False
    return _lemma(t) in w["assetfreeze"] or any(
        _lemma(x) in w["banking"] or x.ent_type_ == "MONEY" for x in sentence_tokens(t))


def _kind_suffering(c: Candidate) -> bool:
    """An act of force told in the present passive in a restrictive relative clause on a kind of people
    (`_generic_relative`: `women who are raped and become pregnant`, `anyone who is arrested`): who such people are,
    no act done (ev56a). The past (`women who were raped by soldiers`), a time named (`who are detained on Monday`), a
    clause after a comma (a group told of) and a particular head (`the women who are held`) stay."""
    t = c.token
    if not _generic_relative(c):
        return False
    aux = [x for x in children(t) if x.dep_ == "auxpass"]
    if not aux or aux[0].tag_ not in ("VBZ", "VBP") or any(x.dep_ == "aux" for x in children(t)):
        return False
    if any(x.ent_type_ in ("DATE", "TIME") for x in t.subtree):
        return False
    return any(x.dep_ == "nsubjpass" and x.lower_ in ("who", "that") and x.i > 0 and x.doc[x.i - 1].text != ","
               for x in children(t))


_TITLE_ARTICLES = frozenset(("The", "A", "An"))


def _title_of_a_work(c: Candidate) -> bool:
    """A nominal trigger that heads the title of a work: inside a WORK_OF_ART entity, or written with a capital inside
    a sentence of prose (not its first word, not a headline) after a capital `The`/`A` that is not the sentence's first
    word either (`read from The Killing of Mr. Smith`), or with no article and a capital word after its `of`, `on`
    (`starred in Attack of the Dunsby Clones`): a title, no act told (ev56a). `the Siege of Ostra`, with a lower-case
    article, is an event named (background), and `The attack on Ostra ...` opening a sentence is the attack."""
    n = c.noun if c.noun is not None else c.token
    first = sentence_of(n.doc, n.i).start
    if _headline_line(n) or n.i == first:
        return False
    if n.ent_type_ == "WORK_OF_ART":
        return True
    if not n.text[:1].isupper() or n.is_upper:
        return False
    before = n.doc[n.i - 1]
    if before.text in _TITLE_ARTICLES:
        return before.i != first and not (before.i == first + 1 and n.doc[first].is_punct)
    if any(x.dep_ in ("det", "poss") for x in children(n)) or n.doc[n.i - 1].text[:1].isupper():
        return False                      # (`the Attack of ...`; `Benghazi Attack`: a name's last word)
    for x in children(n):
        if x.dep_ == "prep" and x.lower_ in ("of", "on"):
            o = child(x, ("pobj",))
            if o is not None and o.text[:1].isupper() and o.ent_type_ not in ("GPE", "PERSON", "NORP", "LOC", "FAC"):
                return True               # (`Attack on Ostra`, a place, may be an event named; a title's own words)
            if o is not None and any(y.dep_ == "compound" and y.text[:1].isupper() and y.i < o.i for y in children(o)):
                return True
    return False


def _headline_line(t) -> bool:
    """t's sentence ends with no stop (`.`, `?`, `!`, a closing quote or bracket): a headline or a label, whose
    simple present tells past acts (`Police arrest 20 when protest turns violent`)."""
    last = next((x for x in reversed(list(sentence_of(t.doc, t.i))) if not x.is_space), None)
    return last is not None and not last.is_punct


def _when_habit(t, w) -> bool:
    """A verb in the simple present joined to a clause of condition, time or reason in the simple present (event_senses
    `habitclause`: when, whenever, if, because): `he turns on people when they turn on him`, `they attack us
    because they hate us` tell what someone does, no particular act (the past tells one: `attacked us because`)."""
    if not _present_simple(t) or _headline_line(t):
        return False                      # (a headline's present tells what happened)
    marks_ = w["habitclause"]
    for x in children(t):                  # the act, with the clause hanging from it
        if x.dep_ == "advcl" and _present_simple(x) and any(
                y.dep_ in ("mark", "advmod") and y.lower_ in marks_ for y in children(x)) and not any(
                y.lower_ == "even" for y in children(x)):
            return True                   # (`even if the price is ...` concedes, it states no habit)
    return t.dep_ == "advcl" and _present_simple(t.head) and any(   # the act inside the clause
        y.dep_ in ("mark", "advmod") and y.lower_ in marks_ for y in children(t))


def _described_backers(c: Candidate) -> bool:
    """Backing whose every source is `those`, `anyone`, `everyone` or `whoever` (or who stand for them in a relative
    clause): people described by what they back, as polls describe voters, not an actor backing anyone."""
    generic = ("those", "anyone", "everyone", "whoever", "anybody", "everybody")
    t = c.token
    if t.dep_ == "relcl" and t.head.lower_ in generic:
        return True
    return bool(c.source) and c.extra_source is None and all(
        hasattr(x, "lower_") and x.lower_ in generic for x in c.source)


def _policy_backed(c: Candidate, w) -> bool:
    """A verb of backing (`backing` class, endorse, approve) whose object is a gerund, an act proposed (`supports
    tightening enforcement`), with no actor among its targets: a stance on a policy, as the `backing` check's
    `support abortion` (`supports Hale`, `endorsed letting the mayor decide` with the mayor as target stay)."""
    t = c.token
    if c.nominal or not _is_verb(t) or (_lemma(t) not in w["backing"] and _lemma(t) not in w["endorsing"]):
        return False
    if not any(x.dep_ in ("xcomp", "dobj", "ccomp") and x.tag_ == "VBG" for x in children(t)):
        return False
    return not any(not hasattr(x, "dep_") or _head_actor(x) for x in c.target)


def _kin_backed(c: Candidate) -> bool:
    """Backing by someone of their own kin (`defended his mother`, `stood by her husband`: crime.py's `kin` nouns
    owned by a pronoun or a name): a person backed, not a stance on a thing."""
    return bool(c.source) and bool(c.target) and all(
        hasattr(x, "dep_") and _lemma(x) in crime.words()["kin"] and any(
            y.dep_ == "poss" and (y.pos_ in ("PRON", "PROPN") or y.ent_type_ == "PERSON") for y in children(x))
        for x in c.target)


def _support_counted(n, w) -> bool:
    """`support` or `backing` (n, a trigger noun) as votes a candidate has, gains or loses: the subject of a verb of
    change with no giver or backed one named (`sharechange`: `Bush's support will collapse`), or the object of a verb of gaining (`sharegain`) from
    no one named or from voters (`electorate`, `cohort`, a plural NORP: `to consolidate support`, `winning women's
    support`, `draw support from Democrats and independents`); `won the support of the teachers union` is backing."""
    if _lemma(n) not in w["supportnoun"]:
        return False
    if n.dep_ == "nsubj" and _lemma(n.head) in w["sharechange"]:
        return not any(x.dep_ == "prep" and x.lower_ in ("from", "of", "for") for x in children(n))
        # (`Ray's support from party leaders grew`: backing given by them)
    if n.dep_ != "dobj" or _lemma(n.head) not in w["sharegain"] or any(x.dep_ == "neg" for x in children(n.head)):
        return False
    givers = [x for x in children(n) if x.dep_ == "poss"] + [
        o for h in (n, n.head) for p in children(h) if p.dep_ == "prep" and p.lower_ in ("of", "from", "among")
        for o in children(p) if o.dep_ == "pobj"]
    if not givers:
        return _lemma(n.head) not in w["supportgiven"]   # (`won support`, `won their support` are left as they are)
    givers += [y for x in givers for y in x.conjuncts]
    return all(_lemma(x) in w["electorate"] or _lemma(x) in w["cohort"] or _lemma(x) in w["portion"]
               or (x.ent_type_ == "NORP" and x.tag_ in ("NNS", "NNPS")) for x in givers)


def _fondness_no_backing(c: Candidate, w) -> bool:
    """A verb of liking (evaluation.tsv `fond`: like, love, adore ...) that backs no actor: said of God (`deity`),
    of things only (every target a common noun that names no actor: `I love this country`, `loves the show`), or
    wished under would (`I'd love them to be worse off`, `would like to see`)."""
    t = c.token
    if not _is_verb(t) or _lemma(t) not in evaluative.words()["fond"]:
        return False
    if any(x.dep_ == "aux" and (x.lower_ in ("would", "should") or clitic_modal(x) == "would") for x in children(t)):
        return True
    if c.target and all(hasattr(x, "lower_") and (_lemma(x) in w["deity"] or x.lower_ in w["deity"]) for x in c.target):
        return True
    return bool(c.target) and all(hasattr(x, "dep_") and x.pos_ == "NOUN" and not x.ent_type_ and not _head_actor(x)
                                  and not is_person(x) and not any(y.dep_ == "poss" and (_head_actor(y) or y.ent_type_)
                                                                   for y in children(x)) for x in c.target)


def _reader_told(c: Candidate) -> bool:
    """An imperative outside any quotation (a base-form verb heading its sentence, or joined to one, with no subject,
    auxiliary or `to` of its own) with no source and no target that names an actor: the article addresses its
    reader (`call 614-889-7444`, `visit the Web site`), no one in the story acts (the parser may tag the verb VBP)."""
    t = c.token
    if c.nominal or c.preset or c.source or c.extra_source is not None or t.tag_ not in ("VB", "VBP"):
        return False
    head = t.head if t.dep_ == "conj" else t
    if head.dep_ != "ROOT" or head.tag_ not in ("VB", "VBP") or any(
            x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for x in list(children(head)) + list(children(t))):
        return False
    if any(y.is_quote for y in sentence_tokens(t)):
        return False                      # said in a quotation: the speaker asks someone
    return not any(not hasattr(x, "dep_") or (_head_actor(x) and x.pos_ != "PRON" and not _web_address(x))
                   for x in c.target)


WEB_ADDRESS = re.compile(r"^(https?:|www\b)|\.(com|org|net|gov|edu|info|co\.uk)/?$", re.I)


def _web_address(x) -> bool:
    """A web address (`www.harborband.com`, `Oscars.org`, or the `www` a sentence cut left alone): a page the reader
    is sent to, no actor (`For more information, visit www.harborband.com`; web pages, ev27a)."""
    return x.like_url or bool(WEB_ADDRESS.search(x.text))


def _conjunction_participle(t) -> bool:
    """`given that ...`, `Given the risks, ...`, `provided that ...`: a participle used as a conjunction or a
    preposition (the parser's `prep`, or a that-clause with no subject or object of its own), no act of giving."""
    if t.dep_ == "prep":
        return True
    if any(x.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "aux", "auxpass") for x in children(t)):
        return False
    return any(x.dep_ in ("ccomp", "pcomp") and any(y.dep_ == "mark" and y.lower_ == "that" for y in children(x))
               for x in children(t))


def _casualty_words(lem: str) -> bool:
    """A number word or a victim noun of the casualties stage (`dozen`, `teen`, `civilian`)."""
    from ..casualties import lexicon as casualty_lexicon
    lx = casualty_lexicon()
    return lem in lx["numbers"] or lem in lx["victims"]


def _violence_near(t, w) -> bool:
    """A word of bodily harm (`violence` class) in the trigger's sentence."""
    return any((_lemma(x) in w["violence"] or x.lower_ in w["violence"]) and x.i != t.i for x in sentence_tokens(t))


def is_person(x) -> bool:
    """A token naming a person: tagged PERSON, or in a mention of an actor the article names as a person somewhere
    (set by the events stage on the doc: `Trump` tagged ORG in one sentence is still the man)."""
    if not hasattr(x, "dep_"):
        return False
    if x.ent_type_ == "PERSON":
        return True
    people = x.doc.user_data.get("dateline.people")
    return people is not None and people.first_holding(x.idx) is not None


def _campaign_rally(n, c: Candidate, w) -> bool:
    """A rally held by a person or a campaign, not by protesters: its source, the speaker at it, a name before it
    (`Trump rallies`, `campaign rally`) or `his`/`her` (a person's rallies)."""
    if any(hasattr(x, "lemma_") and _lemma(x) in w["protester"] for x in c.source):
        return False
    if any(y.dep_ == "poss" and y.lower_ in ("his", "her") for y in children(n)) or any(
            hasattr(x, "lower_") and x.lower_ in ("he", "she") for x in c.source):
        return True                       # one person's rallies (`he flew to Harlow to hold a rally`)
    return any(hasattr(x, "lemma_") and (is_person(x) or _lemma(x) in w["campaigner"] or (
        x.pos_ == "PROPN" and x.ent_type_ not in ("ORG", "NORP", "GPE", "LOC", "FAC")))
        for x in c.source + _speaker_at(n) + [y for y in children(n) if y.dep_ in ("compound", "poss")])


def _speaker_at(n) -> list:
    """`At a rally in Portland, Trump included ...`: the subject of the clause a noun is an adjunct of (`at`,
    `during`, `in`), as a list."""
    h = n.head
    if h.dep_ != "prep" or h.lower_ not in ("at", "during", "in"):
        return []
    v = h.head
    for _ in range(3):                    # `said Obama was the founder of ISIS at a Florida rally`: the clause's
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:   # verb above the noun it hangs on
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX"):
        return []
    out = [s for s in (child(v, ("nsubj",)),) if s is not None]
    if v.dep_ in ("ccomp", "conj") and v.head.pos_ in ("VERB", "AUX"):
        out += [s for s in (child(v.head, ("nsubj",)),) if s is not None]   # and who said it there
    return out


def _contest_won(c: Candidate, w) -> bool:
    """A verb of taking a place (`conquest` class: capture, seize, take, sweep, carry) in an election story, done by a
    person (a name or he/she), with no word of violence in its sentence, whose every object is a place (a GPE or LOC
    name, a `placevisited` noun: `two states`, `his home state of Vermont`) or a prize of the race (`election` class):
    a state won by a candidate, no conquest. Armies and groups (`the rebels`, `they`) still capture towns."""
    t = c.token
    if not _is_verb(t) or _lemma(t) not in w["conquest"] or is_passive(t):
        return False
    if not _election_story(t.doc, w) or _violence_near(t, w):
        return False
    taken_from = [prep_object(x, "from") for x in (t, child(t, ("dobj",))) if x is not None]
    if any(x is not None and x.ent_type_ in ("GPE", "LOC") for x in taken_from):
        return False                      # `Putin seized Crimea from Ukraine`: a place taken from a state (a state won
        # from a rival or a party stays a race: `took Ohio from the Democrats`)
    doers = [x for x in c.source if hasattr(x, "dep_")]
    if not doers or not all(is_person(x) or x.lower_ in _person_pronouns("subject") for x in doers):
        return False
    objs = [x for x in c.target if hasattr(x, "dep_")] + [x for x in (child(t, ("dobj",)),) if x is not None]

    def won(x):
        if _lemma(x) in w["quantity"] or x.like_num:
            x = prep_object(x, "of") or x
        a, b = np_bounds(x)
        return x.ent_type_ in ("GPE", "LOC") or _lemma(x) in w["placevisited"] or _lemma(x) in w["election"] or \
            any(y.ent_type_ in ("GPE", "LOC") for y in tokens(x.doc)[a:b + 1] if y.dep_ in ("conj", "appos", "pobj"))
    return bool(objs) and all(won(x) for x in objs)


def duty_laid(c: Candidate) -> bool:
    """A reported need or duty (`triggers.need_request`) is a request only when it is laid on someone: not denied or
    put as a possibility (`Obama doesn't have to pick a liberal`, `the party may have to disavow him`) and not a
    poll's answer (`38 percent of voters said Clinton should step down`). A duty laid in other words
    (`triggers._duty_in_words`) has its own tests: `X would be wise to act` is advice, not a possibility."""
    return not ((_duty_unasserted(c.token) and c.pattern.key != "duty") or poll_answer(c) or _inferred(c.token))


def poll_answer(c: Candidate) -> bool:
    """A view voters hold as a poll counts them (`_electorate_backing` for any verdict: a share of voters, `a majority
    of Americans`): no one's act (a duty in a poll's answer, blame voiced in one: evaluative's `_poll_answer`)."""
    return _electorate_backing(c, senses(), verdict=True)


def _recognized_no_one(c: Candidate, w) -> bool:
    """`recognize` (SUPPORT 054) backs someone only when an actor recognizes an actor or a `recognized` thing (a
    government, independence, a result): not a thing no actor owns (`recognize the significance of the victory`), and
    not in the passive with no actor as its agent (`was recognized as Citizen of the Year`, `recognized nationally for
    helping`, `were recognized by voters`: an honour or a face known)."""
    t = c.noun if c.noun is not None else c.token
    if _lemma(t) not in w["recognizing"]:
        return False
    if _is_verb(t) and is_passive(t):
        by = prep_object(t, "by")
        for x in children(t):
            if x.dep_ == "agent":
                by = next((y for y in children(x) if y.dep_ == "pobj"), by)
        return by is None or not (by.ent_type_ in ACTOR_ENTS or by.pos_ == "PROPN" or actor_like(by)) or \
            _lemma(by) in w["electorate"]
    obj = child(t, ("dobj",)) if _is_verb(t) else prep_object(t, "of")
    if obj is None or _lemma(obj) in w["recognized"] or names_actor(obj) or _head_actor(obj):
        return False
    owner = prep_object(obj, "of")
    return not (any(y.dep_ == "poss" and _head_actor(y) for y in children(obj)) or (
        owner is not None and (names_actor(owner) or _head_actor(owner))))


def _duty_unasserted(t) -> bool:
    """The verb of a reported need or duty (`have to`, `need to`, `must`) is denied or put as a possibility: negated
    (`doesn't have to pick`) or under a modal that is no duty (`may have to`, `would have to`, `will need to`)."""
    duty = senses()["dutymodal"]
    modal = load().cues.get("modal", frozenset())
    if any(x.dep_ == "aux" and x.lower_ in duty for x in children(t)):
        return False                      # `the Senate should not confirm a replacement`: a demand not to act
    return any(x.dep_ == "neg" or (x.dep_ == "aux" and x.lower_ not in duty and (
        x.lower_ in modal or x.lemma_.lower() in modal or clitic_modal(x))) for x in children(t))


def _restraint(c: Candidate, w) -> bool:
    """A refusal verb (`restraint` class: decline, refuse) whose infinitive is criticism (an ACCUSE verb of the
    pattern lexicon, or an attack word of the `verbal` class with no violence near: criticize, assail, attack): the
    criticism is held back, no demand, offer or person refused; the candidate becomes that act, negated (`refused to
    release the sailors`, `declined to meet him`, `declined to threaten Moscow` stay refusals)."""
    t = c.token
    if not _is_verb(t) or _lemma(t) not in w["restraint"]:
        return False
    x = child(t, ("xcomp",))
    if x is None or not any(y.dep_ == "aux" and y.lower_ == "to" for y in children(x)):
        return False
    pat = load().verbs.get(_lemma(x))
    if pat is None or not pat.cameo or not (plover(pat.cameo)[0] == "ACCUSE" or (
            plover(pat.cameo)[0] == "ASSAULT" and _lemma(x) in w["verbal"] and not _violence_near(x, w))):
        return False                      # (`declined to threaten Moscow`, `refused to fight in the war`, `refused to
        # order a hearing` refuse what was asked of them)
    c.etype, c.quad = plover(pat.cameo)
    c.cameo, c.mode, c.negated = pat.cameo, pat.mode, True
    return True


def _contest_word_beside(t, targets, w) -> bool:
    """A word of candidates or contests (`campaigner`, `arena`) in the trigger's sentence outside its targets'
    phrases."""
    inside = set()
    for x in targets:
        if hasattr(x, "dep_"):
            a, b = np_bounds(x)
            inside.update(range(a, b + 1))
    return any(x.i not in inside and (_lemma(x) in w["campaigner"] or _lemma(x) in w["arena"]) for x in sentence_tokens(t))


def _verbal_attack(c: Candidate, w) -> bool:
    """An attack word (`verbal` class) in a story with no harm anywhere and none in its sentence, aimed at no place
    or site, made by no state and named by no arm (`terror attacks`): no act of force."""
    t = c.token
    word = c.noun if c.noun is not None else t
    return _lemma(word) in w["verbal"] and not (
        _armed(word, w) or _physical_target(c, w) or _state_source(c) or _war_side(c, targets=False)
        or _violence_near(t, w) or _done_where(word, w)
        or _harm_in_article(t.doc, w))


def _for_a_cause(t) -> bool:
    """A `for` phrase on the verb that is no stretch of time nor the aim of a fight (`fought for custody`, not `for
    three days`, `for control of the town`; ev28)."""
    o = prep_object(t, "for")
    return o is not None and not (o.ent_type_ in ("DATE", "TIME") or _lemma(o) in evaluative.TIMESPAN
                                  or _lemma(o) in senses()["attackaim"])   # (nor `for control of the town`)


def _done_where(t, w) -> bool:
    """An attack verb in a `where` clause on a place (`Kabul, where the Taliban later attacked`): done at the place,
    a physical target (ev28)."""
    return t.dep_ == "relcl" and any(x.lower_ == "where" for x in children(t)) and (
        t.head.ent_type_ in ("GPE", "LOC", "FAC") or _lemma(t.head) in w["site"])


def _war_side(c: Candidate, targets: bool = True) -> bool:
    """An armed force or a war machine as the source or the target (event_cues `warforce`: `warships came under
    attack from enemy naval forces`): force, not words, whoever tells it (as evaluative._under_fire). With `targets`
    False the source only: in a story with no harm word (`_verbal_attack`) an armed service criticised stays words
    (`Critics attacked the navy for the cost of the carrier`, rev26b)."""
    return any(warlike(x) for x in (*c.source, *(c.target if targets else ())))


def _war_site(c: Candidate, obj, w) -> bool:
    """An object that is a site as well as a stand (`position`: event_senses `speech` and `site`) attacked by an
    armed force or a war machine, or named for one (`Government forces attacked rebel positions`, `Rebels attacked
    army positions`): a place struck, no view criticised (`Senator Smith attacked Republican positions` stays)."""
    if obj is None or _lemma(obj) not in w["site"]:
        return False
    return any(warlike(x) for x in c.source) or any(
        x.dep_ in ("compound", "amod", "nmod", "poss") and warlike(x) for x in children(obj))


def _violence_beside_topic(c: Candidate, w) -> bool:
    """A word of violence in the trigger's sentence other than in what the attack is about: a `topicprep` phrase
    (on, over, about, for) that hangs on a word other than the attack noun itself, or on an attack verb that has its
    object (`hit Sanders on guns`, `attacked Obama for being too tough on guns`, `her attacks on Sanders' record on
    guns`), a noun modifier naming a kind (`gun manufacturers`) or part of a hyphened word (`a long-shot campaign`) is
    no violence. `attacks on soldiers` and `attacked the senator with a knife` keep their violence."""
    word = c.noun if c.noun is not None else c.token
    verb = _is_verb(word)
    topic = w["topicprep"]

    above = {word.i}                      # the trigger and its ancestors: a phrase above them holds both
    y = word
    while y.head.i != y.i:
        y = y.head
        above.add(y.i)

    def about(x):                         # a topic phrase between x and where its path meets the trigger's
        while x.i not in above:
            h = x.head
            if x.dep_ == "prep" and x.lower_ in topic and (h.i != word.i or (verb and child(word, ("dobj",)) is not None)):
                return True
            if h.i == x.i:
                break
            x = h
        return False
    def violent(x):
        return _lemma(x) in w["violence"] or x.lower_ in w["violence"]

    def named_kind(x):                    # `gun manufacturers`, `gun control`: a word naming a kind of thing
        return x.dep_ == "compound" and x.head.i != x.i and not violent(x.head)

    def hyphened(x):                      # `a long-shot campaign`: part of a hyphened word
        d = x.doc
        return (x.i > 0 and d[x.i - 1].text == "-" and not d[x.i - 1].whitespace_) or (
            x.i + 1 < len(d) and d[x.i + 1].text == "-" and not x.whitespace_)
    return any(violent(x) and x.i != word.i and x.i != c.token.i and not about(x) and not named_kind(x)
               and not hyphened(x) for x in sentence_tokens(word))


def _cyber_attack(c: Candidate, w, plain: bool = False) -> bool:
    """An attack verb (`assailing` class: attack, hit, target ...) made by hackers (`hacker` class), in a sentence
    about hacking (not in what the attack is about: `attacked the platform over the hacking` is words), or aimed at
    networks, servers or accounts (`network` and `online` classes; a `computer system`: a network word before the
    noun), with no word of violence in its sentence: a cyber attack. With `plain` (read before the retypes of verbal
    attacks): only hackers as doers or networks as targets say so."""
    word = c.token
    if c.noun is not None or not _is_verb(word) or _lemma(word) not in w["assailing"] or _violence_near(word, w):
        return False                      # (an attack noun keeps the type the lexicon and the model give it: PLV
        # codes `launched cyber attacks` ASSAULT)
    doers = [x for x in c.source if hasattr(x, "dep_")]
    if any(_lemma(x) in w["hacker"] or any(_lemma(y) in w["hacker"] for y in children(x) if y.dep_ in (
            "compound", "amod")) for x in doers):
        return True
    topic = {y.i for x in children(word) if x.dep_ == "prep" and x.lower_ in w["topicprep"] for y in x.subtree}
    if not plain and any((_lemma(x) in w["hacker"] or _lemma(x) == "hack") and x.i not in topic for x in sentence_tokens(word)):
        return True                       # (`on probation for a hacking offense when he began targeting celebrities`)

    def system(x):
        return _lemma(x) in w["network"] or (not plain and _lemma(x) in w["online"]) or any(
            y.dep_ == "compound" and _lemma(y) in w["network"] for y in children(x))
    aimed = [x for x in c.target if not (hasattr(x, "dep_") and x.dep_ == "poss")]
    return bool(aimed) and all(hasattr(x, "dep_") and system(x) for x in aimed)


def _topic_said(c: Candidate, w) -> bool:
    """The attack verb says what it is about: a `topicprep` phrase on it whose object is no place or time (`hit him on
    guns`, `attacked her over the emails`; not `attacked him on Main Street`, `on Monday`)."""
    return _is_verb(c.token) and _topic_on(c.token, w)


def _topic_on(v, w, speech_only: bool = False, matter_only: bool = False) -> bool:
    """A `topicprep` phrase on the word v whose object is no place or time (with `speech_only`, a `speech` word:
    `for his remarks`; with `matter_only`, no count of occasions or aim of a fight, `attackaim`: not `for the third
    time`, `for a second time`, `for control of the town`, nor a stretch of land, `terrain`: not `over the river`, rev27a)."""
    return any(
        x.dep_ == "prep" and x.lower_ in w["topicprep"] and any(
            y.dep_ in ("pobj", "pcomp") and y.ent_type_ not in ("GPE", "LOC", "FAC", "DATE", "TIME") and
            _lemma(y) not in w["site"] and _lemma(y) not in w["placevisited"] and (
                not speech_only or _lemma(y) in w["speech"]) and not (matter_only and (
                    (_lemma(y) in w["attackaim"] and not any(z.dep_ == "poss" for z in children(y))) or
                    _lemma(y) in w["terrain"] or any(z.ent_type_ == "ORDINAL" or _lemma(z) in ("another", "last")
                                                       for z in children(y))))
            for y in children(x))
        for x in children(v))


def _armed(word, w) -> bool:
    """`terror attacks`, `a suicide attack`, `missile attacks`: a modifier that names the arm."""
    return any(x.dep_ in ("compound", "amod", "nmod") and (_lemma(x) in w["armed"] or x.lower_ in w["armed"])
               for x in children(word))


def _physical_target(c: Candidate, w) -> bool:
    """A target an armed attack may hit: a place named (GPE, LOC, FAC) or a site (`a military base`, `government
    websites`); not a party or a people (`attacked the Republican Party`: words in a story of no harm)."""
    for x in c.target:
        if not hasattr(x, "dep_"):
            continue
        if _lemma(x) in w["quantity"]:
            x = prep_object(x, "of") or x     # `a number of government websites`
        a, b = np_bounds(x)
        if _lemma(x) in w["site"] or any(y.ent_type_ in ("GPE", "LOC", "FAC") for y in tokens(x.doc)[a:b + 1]):
            return True
    return False


def _state_source(c: Candidate) -> bool:
    """A source that names a state or a place (`Israel ordered attacks`): force, not words."""
    return any(hasattr(x, "ent_type_") and x.ent_type_ == "GPE" for x in c.source)


def _harm_in_article(doc, w) -> bool:
    """A word of bodily harm (`harm` class) anywhere in the article, found once per doc."""
    return lemma_in(doc, w["harm"], lower=True)


def _election_story(doc, w) -> bool:
    """The article is about an election: three or more words of voting, candidates or campaigns (`election` class)."""
    return lemma_in(doc, w["election"])


def _person_target(c: Candidate, w) -> bool:
    """The target is a named person or a candidate/campaign noun (`attacked Clinton`, `hit the senator`), or what one
    has (`Trump's attack on a federal judge's Mexican heritage`)."""
    def person(x):
        return x.ent_type_ == "PERSON" or (x.pos_ == "PROPN" and is_person(x)) or _lemma(x) in w["campaigner"] or (actor_noun(x) and _lemma(x) not in w["people"])
    return any(hasattr(x, "dep_") and (person(x) or any(y.dep_ == "poss" and person(y) for y in children(x)))
               for x in c.target)


def _street_verbs(sent, w) -> list:
    """The verbs of `streetact` among the tokens `sent` (`street_protests`' opening words)."""
    return lemma_picked(sent, "streetact", ids_of("VERB"), w["streetact"])


def _removal_verbs(sent, w) -> list:
    """The verbs of `removal` among the tokens `sent` (`removals`' opening words)."""
    return lemma_picked(sent, "removal", ids_of("VERB"), w["removal"])


def street_opening(doc) -> list[int]:
    """The indices of the doc's words `street_protests` starts from (speed37a: a sentence with none is not read)."""
    return [t.i for t in _street_verbs(tokens(doc), senses())]


def removal_opening(doc) -> list[int]:
    """The indices of the doc's words `removals` starts from (speed37a: a sentence with none is not read)."""
    return [t.i for t in _removal_verbs(tokens(doc), senses())]


def street_protests(sent, skipped) -> list[Candidate]:
    """`Protesters were beginning to gather outside the home`, `protesters prayed ..., waving posters`: what
    protesters do on the street (a verb of `streetact` with a `protester` noun as subject) is PROTEST, though the
    verb is no trigger of its own."""
    w = senses()
    out = []
    for t in _street_verbs(sent, w):   # (the verbs of the class alone)
        if skipped(t) or _lemma(t) not in w["streetact"] or load().verbs.get(_lemma(t)):
            continue
        subj = subject_of(t)
        if subj is None or not ({_lemma(subj), subj.lower_, subj.lower_[:-1]} & w["protester"]):
            continue                      # `Protesters` may be parsed as a proper noun, its lemma plural
        if {_lemma(subj), subj.lower_, subj.lower_[:-1]} & w["throng"] and not _protest_named(t.doc, w) and \
                not _gathered_to_claim(t):
            continue                      # `a crowd had gathered` at the scene of a shooting: onlookers, in a story
            # that names no protest (ev55a); not a crowd that gathered to demand or against something (review55c)
        c = Candidate(t, None, Pattern("street", _lemma(t), "141", "demo", ()), t.i, t.i, False, etype="PROTEST",
                      quad=4, cameo="141", mode="demo", source=[subj], preset=True)
        c.depth = _depth(t)
        out.append(c)
        break
    return out


def _protest_named(doc, w) -> bool:
    """The story names a protest somewhere: a word of `protestnamed` as a noun or a verb (`protesters`, `a
    demonstration`, `marched`; not the month `March`)."""
    return any(t.pos_ in ("NOUN", "VERB") and (_lemma(t) in w["protestnamed"] or t.lower_ in w["protestnamed"])
               for t in tokens(doc))


CLAIMS = frozenset(("REQUEST", "ACCUSE", "REJECT", "PROTEST", "THREATEN"))


def _gathered_to_claim(t) -> bool:
    """A street act done `against` something or for a claim: a purpose infinitive or a participle of the verb whose
    event type (the verb lexicon's, or a phrase's with its preposition: `call for`) is a demand, a blame, a refusal or
    a protest (`a crowd gathered to demand justice`, `gathered outside city hall, calling for his arrest`); `a crowd
    gathered to watch the final` is no claim (review55c)."""
    lex = load()
    for y in t.subtree:                   # `against` on the verb or on a place it names (`outside the embassy
        h = y                             #  against the new law`: the parse hangs it from the embassy)
        while h.i != t.i and h.dep_ in ("prep", "pobj") and h.head.i != h.i:
            h = h.head
        if y.dep_ == "prep" and y.lower_ == "against" and h.i == t.i:
            return True
    for x in children(t):
        if x.dep_ not in ("advcl", "xcomp") or not (x.tag_ == "VBG" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in children(x))):
            continue
        pats = [lex.verbs.get(_lemma(x))] + [lex.phrases.get(_lemma(x) + "_" + p.lower_) for p in children(x)
                                             if p.dep_ in ("prep", "prt")]
        if any(p is not None and plover(p.cameo)[0] in CLAIMS for p in pats):
            return True
    return False


def _kept_from(tok, w) -> bool:
    """tok is what a verb of protecting or preventing keeps someone `from` (`from being murdered`)."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pcomp", "pobj") or t.head.i == t.i:
            return False
        if t.head.lower_ == "from" and (_lemma(t.head.head) in w["shield"] or (
                t.head.head.dep_ == "dobj" and _lemma(t.head.head.head) in w["shield"])):
            return True                   # `protect the innocent from being murdered` (`from` on the object)
        t = t.head
    return False


def _infinitive(v) -> bool:
    """v governs a to-infinitive (`pushed Ghana to reopen`, `fought to keep`) or a that-clause."""
    return any(x.dep_ == "ccomp" or (x.dep_ in ("xcomp", "advcl") and any(
        y.dep_ == "aux" and y.lower_ == "to" for y in children(x))) for x in children(v))


def _needed(t, w) -> bool:
    """A chain of infinitives (`to do everything we can to support`) that a verb of need or duty governs."""
    for _ in range(3):
        if t.dep_ not in ("xcomp", "advcl", "acl", "relcl") or t.head.i == t.i or not any(
                x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
            return False
        h, via_object = t.head, False
        if h.pos_ in ("NOUN", "PRON") and h.dep_ == "dobj":
            h, via_object = h.head, True  # `do everything ... to support`: the verb whose object it serves
        if _lemma(h) in w["modalverb"] and not (via_object and _lemma(h) == "have"):
            return True                   # (`had the right to defend` is no `have to`)
        t = h
    return False


def removals(sent, skipped) -> list[Candidate]:
    """`Jill Stein removed from the debate site by police`, `Immigration officials escorted the Libyan to the
    airport`: a person removed or escorted away by police, security or officials is COERCE (the verbs are no
    triggers of their own: `removed a sentence`, `escorted the president to the stage` are not)."""
    w = senses()
    out = []
    for t in _removal_verbs(sent, w):   # (the verbs of the class alone)
        if skipped(t) or _lemma(t) not in w["removal"]:
            continue
        passive = any(x.dep_ in ("nsubjpass", "auxpass") for x in children(t)) or (t.tag_ == "VBN" and t.dep_ in ("acl", "ROOT"))
        agent = prep_object(t, "by") if passive else subject_of(t)
        whom = (child(t, ("nsubjpass",)) or (t.head if t.dep_ == "acl" else None)) if passive else child(t, ("dobj",))
        if whom is None and passive and t.dep_ == "ROOT":
            whom = next((x for x in children(t) if x.dep_ in ("nsubj", "dep", "npadvmod") and x.i < t.i), None)
        if agent is None or whom is None or not _enforcer(agent, w):
            continue
        if not (whom.ent_type_ == "PERSON" or actor_noun(whom) or whom.pos_ == "PRON" or actor_like(whom)):
            continue
        c = Candidate(t, None, Pattern("removal", _lemma(t), "174", None, ()), t.i, t.i, False, etype="COERCE",
                      quad=4, cameo="174", source=[agent], target=[whom], preset=True)
        c.depth = _depth(t)
        out.append(c)
    return out


def _enforcer(x, w) -> bool:
    """Police, security or officials (or a list holding one): who removes people by force of law."""
    toks = [x] + [y for y in x.subtree if y.dep_ in ("conj", "compound")]
    return any(_lemma(y) in w["lawforce"] or _lemma(y) in w["enforcer"] for y in toks)


def _poll_answer(c: Candidate) -> bool:
    """A poll's figure answering for a group (`25 percent of voters say they would not support him`): the source is
    a percentage, not an actor; only verbal cooperation and its refusal are polled."""
    if c.quad != 1 and not (c.etype == "REJECT" and _lemma(c.token) in senses()["backverb"]):
        return False
    return any(hasattr(x, "dep_") and (x.ent_type_ == "PERCENT" or _lemma(x) in ("percent", "percentage", "%"))
               for x in c.source)


def _electorate_backing(c: Candidate, w, verdict: bool = False) -> bool:
    """Backing (`backing` class, prefer, vote; with `verdict`, any act: a reported duty, `duty_laid`) whose givers are all
    voters as polls and tallies count them: an
    `electorate` noun (`caucus-goers`, `the voters who have supported`), a share of a group (`6 in 10`, `a majority of
    voters`, `portion` class), or, in a sentence that names voters, a share or a poll (`pollword`), a `cohort` noun
    (`6 in 10 white men`) or `they`/`those`. A name, an office or a body gives real backing (`Elmendorf, who supports
    Clinton`); so do people not counted (`Two men supported the rebels`)."""
    word = c.noun if c.noun is not None else c.token
    if not verdict and _lemma(word) not in w["backing"] and _lemma(word) not in w["preferring"]:
        return False
    givers = [x for x in c.source if hasattr(x, "dep_")] or [x for x in (subject_of(c.token),) if x is not None]
    if word.pos_ == "NOUN" and prep_object(word, "of") is not None:
        givers = [prep_object(word, "of")]   # `captured the support of voters`: they give it
    if not givers:
        return False

    def share(x):                         # `6 in 10`, `one in five`, `a majority`
        return _lemma(x) in w["portion"] or (x.like_num and any(
            y.dep_ == "prep" and y.lower_ == "in" and any(z.like_num for z in children(y)) for y in children(x)))

    def of_people(x):                     # `a majority of women`, `most of them`, `6 in 10`, `a majority said`: a
        # share of people counted; `most states`, `a share of the budget`, `the most popular` count no one
        if not share(x):
            return False
        o = prep_object(x, "of")
        if o is not None:
            return _lemma(o) in w["electorate"] or _lemma(o) in w["cohort"] or o.lower_ in w["cohort"] or \
                o.lower_ in ("them", "us", "whom", "those", "these")
        return x.like_num or x.dep_ in ("nsubj", "nsubjpass") and x.pos_ == "NOUN"

    known: list = []                      # (whether the sentence counts people: walked at the first read only, as
    #                                       most givers are decided before it is asked: speed35b)

    def counted() -> bool:
        if not known:
            known.append(any((_lemma(x) in w["pollword"] and not verdict) or of_people(x) or _lemma(x) in w["electorate"]
                             for x in sentence_tokens(word)
                             if x.i != word.i and not (x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN")))
        return known[0]
    # (with `verdict` the counted people must be named, not only a poll: `the party's top figures, who have
    # expressed concern in light of his performance in the polls` speak for themselves)

    tallied: list = []                    # (whether the sentence tells a poll or a tally: read at the first
    #                                       headcount word, not for every candidate: speed32)

    def headcount(x):                     # `34,000 people supported Trump` in a sentence of caucuses, `95 members
        # favored Clinton` in one of a poll: people counted by a number in a tally are voters (ev26b)
        if _lemma(x) not in w["headcount"]:
            return False
        if not tallied:
            tallied.append(any(_lemma(y) in w["pollword"] or _lemma(y) in w["tallyword"] for y in sentence_tokens(word)))
        return tallied[0] and any(y.dep_ == "nummod" and y.like_num for y in children(x))

    def voters(x):
        if x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN" or is_person(x):
            return False
        if headcount(x):
            return True
        if share(x):
            x = prep_object(x, "of") or x
            return share(x) or voters(x)
        return _lemma(x) in w["electorate"] or x.lower_ in w["electorate"] or (
            _lemma(x) in w["cohort"] or x.lower_ in w["cohort"]) and counted() or any(
            y.dep_ == "nummod" and share(y) for y in children(x))

    return all(voters(x) or (x.lower_ in ("they", "those", "who", "whom") and counted()) for x in givers)


def _electorate_view(c: Candidate, w) -> bool:
    """A verdict (`see X as Y`) whose every source is voters, a kind of them or a share of them (`electorate`,
    `cohort`, `portion`: `many whites saw the program as detrimental`): a view a poll counts, no one's criticism or
    praise."""
    heads = [x for x in c.source if hasattr(x, "dep_")] or [x for x in (subject_of(c.token),) if x is not None]
    return bool(heads) and all(not (x.ent_type_ in ACTOR_ENTS or x.pos_ == "PROPN") and (
        _lemma(x) in w["electorate"] or _lemma(x) in w["cohort"] or _lemma(x) in w["portion"]) for x in heads)


def _share_of_vote(c: Candidate) -> bool:
    """The trigger names a share of votes or of a poll: a percentage or number on the trigger or its object
    (`40 percent support`, `received 49.84 percent`), or `name recognition`."""
    if c.quad != 1:
        return False                      # `killed 40 percent of the men`, `cut aid by 30 percent` stay events
    head = c.noun if c.noun is not None else c.token
    near = [child(c.token, ("dobj",))] if _is_verb(head) else list(children(head))
    for x in near:
        if x is None:
            continue
        if x.ent_type_ == "PERCENT" or _lemma(x) in ("percent", "percentage", "%") or any(
                y.ent_type_ == "PERCENT" or _lemma(y) == "percent" for y in x.subtree):
            return True
    if head.pos_ in ("NOUN", "PROPN") and any(x.dep_ == "compound" and _lemma(x) == "name" for x in children(head)):
        return True
    return head.head.lower_ == "of" and (_lemma(head.head.head) == "share" or any(
        y.ent_type_ == "PERCENT" for y in head.head.head.subtree))   # `doubles Sanders' share of support`


def small_types(c: Candidate, w) -> bool:
    """Senses of the small types in political news (issue 10: AID, SANCTION, AGREE and CONSULT are mostly wrong on
    articles no rule was written from); False when the candidate is no event of its type:
    - giving with nothing given: a verb whose object is the thing given (`thinggiving`) with only a person or nothing
      named (`I gave two judges as an example`, `especially given that two senators ...`): no aid;
    - training with no one trained (`Ali trained on Miami Beach`): practice, no military aid;
    - cutting or suspending staff (`the campaign suspended two staffers`): discipline, no sanction;
    - signing a bill into law: a law enacted, no accord between actors; a court agreeing to hear a case: its docket;
    - sanctioning an act (`the hacking was sanctioned by the Kremlin`): approval, no sanction on anyone;
    - talk in the sourcing formula (`speaking on condition of anonymity to discuss`, `not authorized to discuss`) and
      talking about something with no one to talk with (`Perez talks about growing up in Buffalo`): no meeting;
    - (ev14s) help in an election story: political support (SUPPORT to the one helped, else nothing), no aid; a gift
      by anyone (`anyone who has given me money`); arms carried or owned; raising money for no one: no aid;
    - signing an enactment (`signed a tax bill`, `an executive order`); one person agreeing that something is so or
      agreeing with someone (`agreed that the bank has little power`, `they agree with him on trade`): a view; a
      candidate's vow about the race itself (`vowed to win Ohio`, `to keep fighting`, `pledged to visit every
      county`); `a great deal of`; `agreement with` a view; volunteering in a campaign: no accord; the gun
      debate's `arm more people`: no aid; people stationed who are no forces, voters mobilized: no
      MOBILIZE."""
    t = c.token
    lem = _lemma(t)
    verb = _is_verb(t)
    if c.etype == "AID" and verb and lem in w["thinggiving"] and _nothing_given(t, w):
        return False
    if c.etype == "AID" and verb and lem == "train" and child(t, ("dobj",)) is None and not is_passive(t):
        return False
    if c.etype == "SANCTION" and verb and lem in w["cutting"]:
        obj = child(t, ("dobj",)) or child(t, ("nsubjpass",))
        if obj is not None and _lemma(obj) in w["staff"] and not obj.ent_type_ and prep_object(obj, "of") is None:
            return False
    if c.etype == "SANCTION" and verb and lem == "sanction":
        obj = child(t, ("dobj",)) or child(t, ("nsubjpass",))
        if obj is not None and not (_head_actor(obj) or actor_like(obj) or obj.pos_ == "PRON"):
            return False                  # `the hacking was sanctioned by the Kremlin`: an act approved, no one
            # sanctioned (`sanctioned three Russian banks` stays)
    if c.etype == "AGREE" and verb and lem == "agree" and _lemma(child(t, ("xcomp",)) or t) in w["hearing"] and any(
            _lemma(x) in w["bench"] for x in c.source if hasattr(x, "dep_")):
        return False                      # `the court agreed to hear the case`: a docket, no accord
    if c.etype == "AGREE" and verb and lem == "sign" and any(
            _lemma(x) == "law" for p in children(t) if p.dep_ == "prep" and p.lower_ == "into" for x in children(p)):
        return False
    if c.etype == "CONSULT" and verb and lem in w["meetingtalk"] and _sourcing_formula(t, w):
        return False
    if c.etype == "CONSULT" and (verb or child(t, ("nsubj",)) is not None) and lem == "talk" and any(
            x.dep_ == "prep" and x.lower_ == "about" for x in children(t)) and not any(
            x.dep_ == "prep" and x.lower_ in ("to", "with") for x in children(t)) and not _counterpart(t):
        return False
    if c.etype == "AID" and not _aid_given(c, w):
        return False
    if c.etype in ("MOBILIZE", "THREATEN") and verb and lem in w["stationing"]:
        x = child(t, ("dobj",)) or child(t, ("nsubjpass",)) or (t.head if t.dep_ == "acl" else None) or (
            subject_of(t) if is_passive(t) or any(y.dep_ == "auxpass" for y in children(t)) else None)
        if x is not None and lem == "station" and not (x.ent_type_ in ("ORG", "NORP", "GPE") or any(
                _lemma(y) in w["personnel"] or _lemma(y) in w["militaryunit"] or _lemma(y) in w["forces"]
                for y in [x] + [z for z in children(x) if z.dep_ in ("compound", "amod")])):
            return False                  # `American officials stationed overseas`: a posting
        if x is not None and lem == "mobilize" and not x.ent_type_ and (
                _lemma(x) in w["electorate"] or _lemma(x) in w["anyone"] or _lemma(x) in w["cohort"]):
            return False                  # `mobilize every Democratic voter`: turnout, no forces
    if c.etype == "AGREE" and not _accord_made(c, w):
        return False
    return True


def _aid_given(c: Candidate, w) -> bool:
    """False for AID that is no economic, military or humanitarian aid between actors (ev14s): help in a sentence of
    an election (`spent $2 million to help Dalton in the runoff`, `to help rally teachers ahead of the primaries`) is
    political support — retyped SUPPORT when someone named is helped, else nothing; a gift whose every giver is
    anyone (`anyone who has given me money`); arms carried or owned (`carried arms openly`); money raised for no
    one (`struggles to raise money`)."""
    t = c.token
    lem = _lemma(t)
    if lem == "help" and _is_verb(t) and any(_lemma(x) in w["election"] or _lemma(x) in w["campaignend"]
                                             for x in sentence_tokens(t) if x.i != t.i):
        helped = child(t, ("dobj",))
        if helped is not None and (names_actor(helped) or is_person(helped)) and not _lemma(helped) in w["anyone"]:
            c.etype, c.quad, c.cameo, c.mode = "SUPPORT", 1, "050", None
            return True
        return False
    heads = [x for x in c.source if hasattr(x, "dep_")]
    if heads and all(x.lower_ in w["anyone"] or _lemma(x) in w["anyone"] for x in heads) and not any(
            not hasattr(x, "dep_") for x in c.source):
        return False
    n = c.noun if c.noun is not None else t
    if _lemma(n) in w["armsnoun"] and n.dep_ == "dobj" and _lemma(n.head) in w["bearing"]:
        return False
    if c.pattern.kind == "phrase" and c.pattern.key == "raise_money" and prep_object(t, "for") is None:
        return False
    obj = child(t, ("dobj",)) if _is_verb(t) else None
    if _is_verb(t) and lem == "arm" and obj is not None and not obj.ent_type_ and (
            _lemma(obj) in w["anyone"] or _lemma(obj) in w["staff"] or _lemma(obj) in w["cohort"]):
        return False                      # `arming more people`, `arm teachers`: the gun debate, no one's forces armed
    return True


def _accord_made(c: Candidate, w) -> bool:
    """False for AGREE that is no accord (ev14s): signing an enactment (`signed a tax bill as governor`, `signed an
    executive order`); one person's view (`agreed that the bank has little power`, `they agree with him on trade`:
    a lone source, no act agreed to, no counterpart that is a state or an organisation); a vow about the race itself
    (`vowed to win Ohio`, `to keep fighting`, `continue the fight`, `pledged to visit every county`); `a great deal
    of respect`."""
    t = c.token
    lem = _lemma(t)
    verb = _is_verb(t)
    obj = child(t, ("dobj",)) or child(t, ("nsubjpass",))
    if verb and lem == "sign" and obj is not None:
        named = [obj] + [x for x in children(obj) if x.dep_ in ("compound", "amod")]
        if any(_lemma(x) in w["enactment"] for x in named) and not any(
                _lemma(x) in w["accord"] or _lemma(x) in w["pact"] for x in named):
            return False
    if verb and lem == "agree" and child(t, ("xcomp",)) is None and not c.nominal:
        heads = [x for x in c.source if hasattr(x, "dep_")]
        lone = len(c.source) == 1 and len(heads) == 1 and not any(x.dep_ == "conj" for x in children(heads[0])) and \
            heads[0].ent_type_ not in ("GPE", "NORP", "ORG") and _lemma(heads[0]) not in w["bench"]
        # (`the judge agreed with Ivana Trump that ...`: a court deciding for a party stays)
        withx = prep_object(t, "with")
        on = prep_object(t, "on")
        if lone and withx is None and child(t, ("ccomp",)) is not None and prep_object(t, "to") is None:
            return False
        if lone and withx is not None and (withx.pos_ == "PRON" or is_person(withx)) and withx.ent_type_ not in (
                "GPE", "NORP", "ORG") and (on is None or _lemma(on) not in w["accord"]):
            return False
    n = c.noun if c.noun is not None else t
    if (verb and lem in w["vow"]) or (n.pos_ == "NOUN" and _lemma(n) in w["pledge"]):
        acts, x = [], child(t, ("xcomp",)) if verb else child(n, ("acl",))
        for _ in range(3):
            if x is None:
                break
            acts += [x] + [y for y in children(x) if y.dep_ == "conj"]
            x = child(x, ("xcomp",))
        for a in acts:
            o = child(a, ("dobj",))
            if _lemma(a) == "win" and (o is None or o.ent_type_ == "GPE" or _lemma(o) in w["election"] or
                                      _lemma(o) in w["placevisited"]):
                return False              # `vowing to win his home state`, `to win the nomination`
            if _lemma(a) != "win" and (_lemma(a) in w["racegoal"] or (o is not None and _lemma(o) in w["racegoal"])) \
                    and (o is None or _lemma(o) in w["racegoal"]) and prep_object(a, "against") is None:
                return False              # `to keep fighting`, `continue the fight` (`to fight ISIS` stays)
            if _lemma(a) == "visit" and o is not None and _lemma(o) in w["placevisited"] and not o.ent_type_:
                return False              # `pledged to visit every county`: a tour, no meeting promised
    if c.noun is not None and _lemma(c.noun) == "agreement":
        withx = prep_object(c.noun, "with")
        if withx is not None and not (withx.ent_type_ or withx.pos_ in ("PRON", "PROPN") or is_person(withx) or
                                      actor_like(withx) or names_actor(withx)):
            return False                  # `little agreement with that sentiment`: a view shared, no accord
    if verb and lem == "volunteer" and any(_lemma(x) in w["campaigner"] or _lemma(x) in w["campaignend"] for x in (
            prep_object(t, "in"), prep_object(t, "for")) if x is not None):
        return False                      # `volunteering in the campaign`: campaign work, no offer to anyone
    n = c.noun if c.noun is not None else obj
    if n is not None and _lemma(n) == "deal" and prep_object(n, "of") is not None and any(
            x.dep_ == "amod" and _lemma(x) in w["dealamount"] for x in children(n)):
        return False
    return True


def _nothing_given(t, w) -> bool:
    """A verb of giving whose thing given is not named: no object, a relative pronoun standing for a noun the verb
    does not give, or only people (and no second object, `with` thing, money or `to` recipient of a gift)."""
    obj = child(t, ("dobj",)) or child(t, ("nsubjpass",))
    if obj is None and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN":
        return False                      # `the aid they gave`, `the grant given to the league`: the noun is given
    if prep_object(t, "with") is not None or any(x.dep_ == "dative" and x.pos_ != "ADP" for x in children(t)):
        return False                      # `provided them with arms`, `gave Ayotte $1,200` (a `to` recipient is no
        # thing given)
    if any(y.ent_type_ == "MONEY" for x in children(t) if x.dep_ in ("dobj", "nsubjpass", "prep") for y in x.subtree):
        return False
    if obj is None:
        return prep_object(t, "to") is None   # `especially given that ...`, `has given more Americans cover`
    if t.dep_ in ("relcl", "acl") and obj.lower_ in ("that", "which", "what") and t.head.pos_ == "NOUN":
        return not (_lemma(t.head) in w["aid"] or _lemma(t.head) in w["weapon"])   # `the help that your
        # governments have provided`; `the use of the server that officials have given`: a thing, no aid
    if (obj.like_num or _lemma(obj) in w["quantity"] or obj.lower_ in w["partof"]) and \
            prep_object(obj, "of") is not None:
        obj = prep_object(obj, "of")      # `sent 10 of her senior staffers to the event`: the staffers
    if _lemma(obj) in w["aid"] or _lemma(obj) in w["weapon"] or _lemma(obj) in w["personnel"]:
        return False                      # `sent 5,000 of its troops`
    if any(_lemma(x) in w["militaryunit"] or _lemma(x) in w["personnel"] for x in [obj] + [
            y for y in children(obj) if y.dep_ in ("compound", "amod")]):
        return False                      # `sent the 82nd Airborne Division to Poland`: a unit sent, a deployment
        # (rev13; people sent stay nothing given: `sent 50 staffers to Iowa` is a campaign's work)
    return (is_person(obj) or names_actor(obj)) and not any(
        x.dep_ == "prep" and x.lower_ == "of" for x in children(obj))   # `I gave two judges`: people, nothing given


def _sourcing_formula(t, w) -> bool:
    """t hangs (as an infinitive, through up to three heads) from a `sourcing` word: `speaking on condition of
    anonymity to discuss`, `was not authorized to discuss`."""
    if not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(t)):
        return False
    h = t
    for _ in range(3):
        h = h.head
        if _lemma(h) in w["sourcing"] or h.lower_ in w["sourcing"] or any(
                _lemma(x) in w["sourcing"] for x in children(h) if x.dep_ in ("prep", "pobj", "acomp")
                for x in [x] + list(x.subtree)):
            return True
        if h.head.i == h.i:
            break
    return False


def _called_for_no_one(c: Candidate) -> bool:
    """`call for` in the passive with no `by` agent (`Officers were called for gunfire heard in the area`, `Ohio was
    called for Hale minutes after the polls closed`): its subject was summoned or a race declared for someone, no
    one asked for it (`new elections were called for by the opposition` keeps its asker)."""
    t = c.token
    if c.nominal or not _is_verb(t) or _lemma(t) != "call" or not any(
            x.dep_ in ("auxpass", "nsubjpass") for x in children(t)):
        return False                      # (a passive with its auxiliary: a participle the parse hung on a noun
        # may be an active verb misread, `Cooper, the mayor's opponent, called Friday for releasing the videos`)
    if not any(x.dep_ == "prep" and x.lower_ == "for" for x in children(t)):
        return False
    return prep_object(t, "by") is None and not any(x.dep_ == "agent" for x in children(t))


def _own_tense(t, first) -> bool:
    """A verb joined to an infinitive or a bare verb (`first`) that has a tense of its own (a past or a present in
    -s: `urged voters to reject the plan and criticized the governor`, `called on Europeans to leave and accused NATO
    troops`): no part of what was asked, whatever the parse hung it on, but a second act of the sentence's
    subject (ev37a); not a joined bare verb (`to abandon its weapons and comply`)."""
    return t.tag_ in ("VBD", "VBZ") and first.tag_ == "VB" and not any(
        x.dep_ in ("aux", "auxpass") for x in children(t))


def _asked_for(c: Candidate) -> bool:
    """A verb joined (`and`) to the infinitive a request governs (`called on the regime to abandon its weapons and
    comply with the resolutions`): what was asked for, not done (the first infinitive is folded into the request)."""
    t = c.token
    if c.nominal or not _is_verb(t) or t.dep_ != "conj":
        return False
    h = t
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ not in ("xcomp", "advcl", "ccomp") or not any(x.dep_ == "aux" and x.lower_ == "to" for x in children(h)):
        return False
    if _own_tense(t, h):
        return False
    v = h.head
    pat = load().verbs.get(_lemma(v))
    return (pat is not None and plover(pat.cameo)[0] == "REQUEST") or (_lemma(v) == "call" and any(
        x.dep_ in ("prep", "prt") and x.lower_ in ("on", "upon") for x in children(v)))


def _pledged_together(t, w) -> bool:
    """The subject of a promise counts two or more parties (event_senses `jointcount`: `The two leaders pledged to
    expand trade`, `both governments vowed to reopen the border`): a promise the parties make each other, an AGREE
    with no one else its target (EVENT_GUIDE.md: promising; ev49). Not `two men` or `both parents` of a private
    story: the subject must be an actor word."""
    subj = child(t, ("nsubj",))
    return subj is not None and subj.tag_ in ("NNS", "NNPS") and actor_noun(subj) and any(
        x.dep_ in ("nummod", "det", "predet", "preconj") and x.lower_ in w["jointcount"] for x in children(subj))


def _backing_pledged(c: Candidate, w) -> bool:
    """A verb of promising (`vow` class) whose object is a backing noun (`pledged his support to X`): the backing
    is the act told (the noun's own SUPPORT event), no accord besides it."""
    t = c.token
    if c.nominal or not _is_verb(t) or _lemma(t) not in w["vow"]:
        return False
    o = child(t, ("dobj",))
    return o is not None and _lemma(o) in w["backingnoun"]


def _help_of_a_thing(c: Candidate) -> bool:
    """A denied `help` whose subject is a thing or a bare `it` (`the plans won't help prevent it`, `it doesn't help
    that ...`): no one refuses anyone."""
    t = c.token
    if c.nominal or _lemma(t) != "help" or not _is_verb(t):
        return False
    s = subject_of(t)
    return s is not None and (s.lower_ == "it" or (s.pos_ == "NOUN" and not s.ent_type_ and not _actorish(s)
                                                   and not is_person(s)))


def _inferred(t) -> bool:
    """`must` or `should` read as a guess, not a duty: on a progressive or a perfect (`must be dreaming`, `must have
    known`)."""
    aux = [x for x in children(t) if x.dep_ == "aux"]
    if not any(x.lower_ in ("must", "should") for x in aux):
        return False
    return t.tag_ == "VBG" or any(x.lemma_.lower() == "have" for x in aux)


def _body_arms(c: Candidate) -> bool:
    """`arms` owned by a person's pronoun or held `open` (`flung her arms around me`, `with open arms`): the body's
    arms, no weapons given."""
    n = c.noun if c.noun is not None else c.token
    return c.nominal and n.lower_ == "arms" and any(
        (x.dep_ == "poss" and x.lower_ in _person_pronouns("possessive")) or (x.dep_ == "amod" and x.lower_ == "open")
        for x in children(n))


def _place_left(c: Candidate, w) -> bool:
    """`evacuate` whose object is a site or a place (`site` class, a place's name) and whose subject is someone:
    those who leave it withdraw (RETREAT); evacuating people stays aid."""
    t = c.token
    if c.nominal or _lemma(t) != "evacuate" or not _is_verb(t) or is_passive(t):
        return False
    o = child(t, ("dobj",))
    return o is not None and subject_of(t) is not None and (
        _lemma(o) in w["site"] or o.ent_type_ in ("GPE", "LOC", "FAC"))


def _campaign_stop(c: Candidate, w) -> bool:
    """A visit (verb or noun) in an election story whose clause tells campaigning (event_senses.tsv `campaigning`:
    `visited Missouri on Saturday, holding a rally`, `visited the area to campaign`, `has visited several states to
    help rally members`) is a campaign stop, no meeting; a visit to a person or a body stays (`visited the mayor to
    campaign for the bill`)."""
    t = c.token
    word = c.noun if c.nominal and c.noun is not None else t
    if _lemma(word) != "visit":
        return False
    v = t if _is_verb(t) else (word.head if _is_verb(word.head) else None)
    if v is None or not _election_story(t.doc, w):
        return False
    if any(not hasattr(x, "dep_") or is_person(x) or x.pos_ == "PRON" or (
            _head_actor(x) and x.ent_type_ not in ("GPE", "LOC", "FAC")) for x in c.target):
        return False
    return any(_lemma(y) in w["campaigning"] for x in children(v) if x.dep_ in ("advcl", "xcomp", "conj")
               for y in x.subtree)


def _seeming(c: Candidate, w) -> bool:
    """A participle after a verb of seeming (event_senses.tsv `linking`: `looked crushed`, `seemed shaken`, `felt
    threatened`) tells how someone looked or felt, no act done to them."""
    t = c.token
    if c.nominal or c.preset or t.tag_ not in ("VBN", "JJ") or any(
            x.dep_ == "agent" or (x.dep_ == "prep" and x.lower_ == "by") for x in children(t)):
        return False
    return (t.dep_ in ("acomp", "oprd", "xcomp") and _is_verb(t.head) and _lemma(t.head) in w["linking"]) or any(
        x.dep_ == "auxpass" and (_lemma(x) in w["linking"] or x.lower_ in w["linking"]) for x in children(t))
    # (`looked beaten`: the parser may take the verb of seeming for a passive's auxiliary, lemma and all)


def _thing_sought(c: Candidate) -> bool:
    """A request verb in a relative clause whose noun is what it asks for (`the result that Sanders was seeking`,
    `the global climate deal he pushed for`, `the increase he seeks`): the clause describes a thing, no one named is
    asked."""
    t = c.token
    if c.nominal or not _is_verb(t) or _lemma(t) not in senses()["pushfor"]:
        return False
    if t.dep_ != "relcl" and not (t.dep_ == "acl" and any(
            x.dep_ == "nsubj" and x.tag_ not in ("WDT", "WP") for x in children(t))):
        return False                      # (`the result that Sanders was seeking` parsed as a complement clause, acl
        # with a subject of its own, is the same relative clause)
    n = t.head
    if n.pos_ != "NOUN" or n.ent_type_ or _actorish(n) or is_person(n):
        return False
    if any(x.dep_ in ("dobj", "dative", "xcomp", "ccomp") and x.tag_ not in ("WDT", "WP") for x in children(t)):
        return False                      # `a deal that pushed Iran to stop`: the clause asks someone
    return not any(hasattr(x, "dep_") and x.i != n.i and x.tag_ not in ("WDT", "WP") and _head_actor(x)
                   for x in c.target)   # (`that`, `which` stand for the noun)


def _started_firing(t, obj, w) -> bool:
    """`got out and began firing`, `kept firing`: a bare `fire` (no object, not passive) under a verb of starting or
    going on (event_senses.tsv `firingstart`) is shooting; one is not begun to be dismissed."""
    return obj is None and t.dep_ == "xcomp" and t.tag_ == "VBG" and _lemma(t.head) in w["firingstart"] and \
        not any(x.dep_ in ("dobj", "nsubjpass", "auxpass") for x in children(t))


PLACE_PREPS = ("at", "in", "on", "near", "inside", "outside")   # a target in one of these is where, not whom


def _force_on_animals(c: Candidate, w) -> bool:
    """Force whose targets are animals (event_senses `animal`: a noun of no name), beside which no target may be an
    actor: the place they were at stays no one (`300 chickens were killed on a farm`, `shot the bear near the park`),
    a person or a pronoun beside them keeps the act (`shot the man and his dog`; ev47), also when the parse joins it
    to the animals as their conjunct (`killed 20 cattle and two herders`, `shot the dog and the guard`; review47b)."""
    heads = [x for x in c.target if hasattr(x, "dep_")]
    if not heads or len(heads) < len(c.target):
        return False
    def beast(x) -> bool:
        return x.pos_ == "NOUN" and not x.ent_type_ and _lemma(x) in w["animal"]
    beasts = [x for x in heads if beast(x)]
    if any(not beast(y) for x in beasts for y in x.conjuncts):
        return False                      # (`20 cattle and two herders`: the target phrase holds people too)
    return bool(beasts) and not any(_actorish(x) and not (x.dep_ == "pobj" and x.head.lower_ in PLACE_PREPS)
                                    for x in heads if x not in beasts)


def _animal_attack(c: Candidate, w) -> bool:
    """An attack made by an animal (event_senses `animal`): a noun of attack named by one (`the zoo tiger attack`,
    `a dog's attack`), or a verb whose doer (subject, shared subject, passive `by` agent) is one (`the tiger escaped and
    attacked its victims`, `was mauled by a bear`). No actor acts; a man who set his dog on someone is the subject."""
    def wild(x) -> bool:                  # an animal no one owns or handles (`his dogs`, `a police dog` are set on
        return _lemma(x) in w["animal"] and not any(   # someone: their owner acts)
            y.dep_ == "poss" or (y.dep_ in ("compound", "amod") and _lemma(y) in w["lawforce"]) for y in children(x))
    word = c.noun if c.noun is not None else c.token
    if word.pos_ in ("NOUN", "PROPN"):
        return any(wild(x) for x in children(word) if x.dep_ in ("compound", "poss", "amod", "nmod"))
    if not _is_verb(word):
        return False
    doer = subject_of(word)
    if doer is not None and doer.tag_ in ("WDT", "WP") and word.dep_ == "relcl":
        doer = word.head                  # `a bear that had attacked two hikers`: the relative stands for its noun
    return doer is not None and wild(doer) and not c.extra_source


def _in_the_event(t, w) -> bool:
    """The verb's clause is opened by `in the event (that)` or `in case` (event_senses `case`), however the parse
    hangs it: `in` on the verb with `the event` or a bare `case` as its object or compound before the verb's subject, or
    the verb a relative clause of that noun (`In the event that police arrested him`); not `in this case`. `in case of
    X` is the nominal rule's."""
    def opener(n) -> bool:                # `the event`, bare `case` (`in this case`, `in that event` are instances)
        dets = [x.lower_ for x in children(n) if x.dep_ in ("det", "amod", "poss", "nummod")
                and not (x.dep_ == "amod" and n.lower_ == "event" and x.lower_ in w["eventodds"])]
        if not (n.lower_ == "event" and dets == ["the"] or n.lower_ == "case" and not dets):   # (`in the unlikely
            # event`: as `in the event`; ev27c)
            return False
        if n.i + 1 < len(n.doc) and n.doc[n.i + 1].is_punct:
            return False                  # `In the event, the vote passed`: as it turned out, no condition (rev26c)
        return n.i < t.i and not any(x.dep_ == "prep" and x.lower_ == "of" for x in children(n)) and (
            n.head.lower_ == "in" or (n.dep_ == "compound" and n.head.head.lower_ == "in"))
    if t.dep_ in ("relcl", "acl") and opener(t.head):
        return True
    for p in children(t):
        if p.dep_ == "prep" and p.lower_ == "in" and p.i < t.i:
            if any(opener(n) or any(opener(m) for m in children(n) if m.dep_ == "compound") for n in children(p)):
                return True
    return False


def _supposed(t, w) -> bool:
    """The verb's clause is a condition put by inversion (`Had the Democrats nominated Brandt, the mayor would have
    ...`, `Were Russia to attack the Baltic states, ...`: `had`, `were` or `should` first in an adverbial clause,
    before its subject) or a supposition opened by an imperative of supposing (event_senses `supposing`: `Say
    Canada demanded that ...`, `Suppose the rebels attacked`), at the head of the sentence (ev27c)."""
    v = t.head if t.dep_ in ("xcomp", "advcl") and t.head.lower_ == "were" and t.head.i < t.i else t
    subj = child(v, ("nsubj", "nsubjpass")) if v.dep_ == "advcl" or v.dep_ == "ROOT" and any(
        x.dep_ == "conj" and x.i > v.i and any(a.dep_ == "aux" and a.lower_ in ("would", "could", "might", "'d")
                                               for a in children(x)) for x in children(v)) else None
    # (the parse may make the inverted clause the root and the main clause its conjunct: `Had Democrats nominated
    # Ames, the mayor would have ...`, ev45)
    if subj is not None:                  # (the clause's words walked only for an adverbial clause with a subject)
        first = min(x.i for x in v.subtree)
        opener = v.doc[first]
        if first < subj.i and opener.lower_ in ("had", "were", "should") and (
                opener.i == v.i or opener.head.i == v.i) and not any(x.text == "?" for x in v.subtree):
            return True
    start = sentence_of(t.doc, t.i).start if t.doc.has_annotation("SENT_START") else 0
    punct = column(t.doc, "IS_PUNCT")     # (the first word off the column: no Span nor Token made a word, speed35b)
    lead = next((tokens(t.doc)[k] for k in range(start, t.i) if not punct[k]), None)
    if lead is None or lead.lower_ not in w["supposing"] or child(lead, ("nsubj",)) is not None:
        return False                      # (any tag: the tagger takes a first `Say` before a name for part of it)
    if child(t, ("nsubj", "nsubjpass", "expl")) is None:
        return False                      # `Say Yes to Education Inc. sued the city`: a name opened by the word; a
        # supposed clause has its own subject after it (`Say Canada demanded`; rev27c)
    return (lead.head.i == t.i and lead.dep_ in ("dep", "aux", "intj", "advmod", "parataxis", "discourse")) or (
        t.dep_ == "ccomp" and t.head.i == lead.i)


def _good_for_someone(c: Candidate, w) -> bool:
    """A `boon` adjective with a `for` phrase (`trade may be good for the country`, `NAFTA has been good for the
    U.S.`, `what is good for Americans`) whose subject is a thing (no actor, person or pronoun of one): the thing's
    worth to someone is judged, no one is praised (`the senator has been good for the state` stays)."""
    t = c.token
    if t.pos_ != "ADJ" or _lemma(t) not in w["boon"] or not any(
            x.dep_ == "prep" and x.lower_ == "for" for x in children(t)):
        return False
    subj = child(t, ("nsubj", "csubj")) or (child(t.head, ("nsubj", "csubj")) if t.dep_ == "acomp" else None)
    if subj is None:
        return False
    if subj.lower_ in ("what", "it", "this", "that", "which"):
        return True
    return not (subj.pos_ in ("PRON", "PROPN") or subj.ent_type_ in ACTOR_ENTS or _actorish(subj) or is_person(subj))


def _verdict_on_nothing(c: Candidate, w) -> bool:
    """A verdict (evaluative.py) whose every target is an indefinite pronoun of things (event_senses.tsv
    `indefinite_thing`: `we know something is very wrong`, `a sense that something has gone wrong`, `nothing is
    good about it`): a state of things judged, no actor named (`there was nothing wrong with Lew's raising it`
    keeps Lew as its target)."""
    aimed = [x for x in c.target if hasattr(x, "lower_")]
    return bool(aimed) and len(aimed) == len(c.target) and all(x.lower_ in w["indefinite_thing"] and not any(
        y.dep_ in ("relcl", "acl") for y in children(x)) for x in aimed)   # (`everything the senator did was
    # wrong`: a clause of its own names the doer's acts, the verdict stays; rev22)


def _march_of_progress(c: Candidate, w) -> bool:
    """A march (event_senses.tsv `progress`) toward a goal that is no place and no one (`Trump's march to the
    nomination`, `Europe's long march toward a common union`: a figure of progress), or `March` inside a proper
    name with an `of` phrase (`the March of Dimes`). A march on, against, through or in a place stays a protest
    (`a march in New York`, `the march to the Capitol`)."""
    n = c.noun if c.noun is not None else c.token
    if n.pos_ not in ("NOUN", "PROPN") or _lemma(n) not in w["progress"]:
        return False
    if n.pos_ == "PROPN" and n.i > 0 and n.doc[n.i - 1].lower_ == "the" and any(
            x.dep_ == "prep" and x.lower_ == "of" and any(y.pos_ == "PROPN" for y in children(x)) for x in children(n)):
        return True                       # `the March of Dimes`: a name (`the March on Washington` has no `of`)
    preps = [x for x in children(n) if x.dep_ == "prep"]
    after = n.doc[n.i + 1] if n.i + 1 < len(n.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ in ("to", "toward", "towards") and after not in preps:
        preps.append(after)               # (`the setback in his march to the nomination`: the parse hangs `to` higher)
    if any(x.lower_ not in ("to", "toward", "towards") for x in preps):
        return False
    if not any(x.dep_ == "poss" for x in children(n)):
        return False                      # `staged a march to the presidential palace`, `held a march toward the
        # capital`: a march with no owner goes somewhere; progress is someone's (`Trump's march to`; rev22)
    goals = [y for x in preps for y in children(x) if y.dep_ == "pobj"]
    return bool(goals) and all(_abstract(y, w) and y.ent_type_ not in ("GPE", "LOC", "FAC") for y in goals)


def _nominated_for_award(c: Candidate, w) -> bool:
    """A nomination for a prize (event_senses.tsv `accolade`: `was nominated for a Daytime Emmy`, `nominated for
    the Nobel Peace Prize`) puts someone on an award's list: no backing of an actor (`nominated Garland for the
    Supreme Court` backs)."""
    t = c.noun if c.noun is not None else c.token
    if _lemma(t) not in ("nominate", "nomination"):
        return False
    for x in children(t):
        if x.dep_ == "prep" and x.lower_ == "for":
            o = next((y for y in children(x) if y.dep_ == "pobj"), None)
            if o is not None and (_lemma(o) in w["accolade"] or any(
                    _lemma(y) in w["accolade"] for y in children(o) if y.dep_ == "compound")):
                return True
    return False


def _charge_of_a_thing(c: Candidate, w) -> bool:
    """A noun of charging (event_senses.tsv `chargetalk`: accusation, allegation, criticism, complaint) with no one
    who charges and only a thing as what it is about (`mired in accusations of political bias`, `pushed back against
    accusations of sexism`, `the usual complaint about this kind of study`): a topic named, as `_topic`'s
    bare nouns are. A charge of a person or of someone's doing stays (`allegations of adultery against Grayson`,
    `criticism of Obama's strategy`)."""
    n = c.noun if c.noun is not None else c.token
    if not c.nominal or _lemma(n) not in w["chargetalk"] or c.source or c.extra_source is not None or \
            _side(c) is not None or not c.target:
        return False
    if n.dep_ == "dobj" and _lemma(n.head) in load().cues["receive"]:
        return False                      # `facing accusations of favoritism`: the one who faces them is charged
    aimed = [x for x in c.target if hasattr(x, "dep_")]
    return len(aimed) == len(c.target) and all(
        _abstract(x, w) and not names_actor(x) and not any(
            y.dep_ in ("poss", "compound") or (y.dep_ == "prep" and any(
                names_actor(z) or is_person(z) for z in children(y) if z.dep_ == "pobj")) for y in children(x))
        for x in aimed)


def _confidence_in_an_outcome(c: Candidate) -> bool:
    """Confidence voiced in what will happen (`expressed confidence that the party could come together`): a
    forecast, no one backed (`expressed confidence in his staff` backs them)."""
    n = c.noun if c.noun is not None else c.token
    if _lemma(n) != "confidence":
        n = child(n, ("dobj",)) or n      # (evaluative's `expressed confidence`: the verb is the trigger)
    if _lemma(n) != "confidence" or prep_object(n, "in") is not None:
        return False
    heads = [n] + ([n.head] if n.dep_ == "dobj" else [])   # (the parse may hang the clause on `expressed`)
    return any(x.dep_ in ("acl", "ccomp") and x.i > n.i and any(y.dep_ == "mark" and y.lower_ == "that"
                                                             for y in children(x)) for h in heads for x in children(h))


def _striking_quality(c: Candidate) -> bool:
    """`striking` said of a thing, with no object and no phrase of its own (`the similarities are striking`,
    `what is striking is`): a quality, no walkout (`workers are striking`, `nurses are striking for higher pay`
    stay)."""
    t = c.token
    if c.nominal or _lemma(t) != "strike" or t.tag_ != "VBG" or any(
            x.dep_ in ("dobj", "prep", "prt", "advcl", "xcomp") for x in children(t)):
        return False
    if not any(x.dep_ == "aux" and _lemma(x) == "be" for x in children(t)):
        return False
    subj = child(t, ("nsubj",))
    return subj is not None and (subj.lower_ in ("what", "it", "this", "that") or _inanimate(subj))

