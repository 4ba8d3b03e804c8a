"""Casualty counts (killed, injured, arrested, missing); extractors/link.py links them to events.

A count is a number phrase (`at least 108`, `a dozen`, `two hundred`, `dozens`) that counts people
(`108 people`, `three soldiers`, or the number alone: `wounding five`) to whom something named in
lexicon/casualty_terms.tsv happened, found through the parse (`were killed`, `killing three
soldiers`, `108 dead`), or the figure of a death toll. Each count keeps its qualifier, victims, a
TIMEX3 duration (`from more than 14 months of bloodshed`), who gave it and the event of its sentence.
Decisions (vague plurals, ranges, event coreference) are in docs/places.md.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left
from typing import Optional

from ..lexicon import classes, pronouns, rows, used_by
from ..records import Actor, Casualty, TimeExpression
from . import Context
from .spans import ByStart, Spans, children, column, lexicon_ids, lowered, marks, sentence_of, sentences, text, tokens

NOT_COUNTS = {"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
DASHES = {"--", "\u2014", "\u2013", "-"}
UNIT = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_DURATION = re.compile(r"\b(\d+|[a-z]+)\s+(year|month|week|day)s?\b", re.I)


@functools.lru_cache(maxsize=1)
def lexicon() -> dict:
    """The casualty lexicons, loaded once: number words, casualty terms, victim nouns, qualifiers, and the word
    classes of casualty_cues.tsv (`cues`: the verbs `source`, `through` and the words the rules read)."""
    numbers = {r["word"]: (int(r["value"]), r["kind"]) for r in used_by("number_words.tsv", "casualties")}
    terms: dict[str, dict[str, str]] = {"verb": {}, "pverb": {}, "adj": {}, "noun": {}}
    for r in rows("casualty_terms.tsv", ("lemma", "pos", "category")):
        terms[r["pos"]][r["lemma"]] = r["category"]
    victims = {r["lemma"]: r["victims"] for r in rows("victim_nouns.tsv", ("lemma", "victims"))}
    quals = sorted(((r["phrase"], r["qualifier"]) for r in rows("count_qualifiers.tsv", ("phrase", "qualifier"))),
                   key=lambda pq: -len(pq[0]))
    qual_re = re.compile(r"(?:^|\W)(" + "|".join(re.escape(p) for p, _ in quals) + r")\s*$", re.I)
    cues = {k: frozenset(v) for k, v in classes("casualty_cues.tsv").items()}
    # what `_term` can find at all: a lemma (lower case) that is a verb key, the lemma of a phrasal one, or a
    # passive verb; a word that is an adjective or a passive verb (anything else says no casualty at once)
    heads = {" ".join(k.split(" ")[:n]) for k in terms["verb"] for n in range(1, k.count(" ") + 1)}
    term_lemmas = frozenset(terms["verb"]) | frozenset(terms["pverb"]) | heads
    term_words = frozenset(terms["adj"]) | frozenset(terms["pverb"])
    return {"numbers": numbers, "terms": terms, "victims": victims, "quals": dict(quals), "qual_re": qual_re,
            "source_verbs": cues["source"], "through_verbs": cues["through"], "fatal": cues["fatal"],
            "term_lemmas": term_lemmas, "term_words": term_words, "cues": cues,
            "he_she": pronouns("subject", "3", "m") | pronouns("subject", "3", "f"),
            "victim_lemmas": cues["victimverb"] | cues["wound"] | cues["killing"]}


# ---------------------------------------------------------------- numbers
def _is_number(tok, numbers) -> bool:
    low = tok.lower_
    if low in numbers:
        return True
    if tok.like_num:
        t = low.replace(",", "")
        return t.replace(".", "", 1).isdigit()
    return False


def _has_number(doc, start: int, toks: list, numbers) -> bool:
    """`any(_is_number(t) for t in toks)` for the tokens of a sentence from token `start`, read from the doc's
    LOWER and LIKE_NUM columns: only a token like a number is looked at as a Token."""
    ids = lexicon_ids(numbers)
    low, like = column(doc, "LOWER"), column(doc, "LIKE_NUM")
    end = start + len(toks)
    if any(map(ids.__contains__, low[start:end])):      # (a number word: found at C speed)
        return True
    return any(_is_number(toks[k - start], numbers) for k in itertools.compress(range(start, end), like[start:end]))


def _value(words: list[str], numbers) -> tuple[Optional[int], bool]:
    """The integer a run of number words means, and whether it is vague (`dozens`)."""
    total = cur = 0.0
    vague = False
    for w in words:
        w = w.lower().replace(",", "")
        if w in ("a", "an", "and", "-", "of"):
            continue
        if w in numbers:
            v, kind = numbers[w]
            if kind == "unit":
                cur += v
            elif kind == "scale":
                cur = max(cur, 1) * v
                if v >= 1000:
                    total += cur
                    cur = 0
            else:                          # `dozens` 24; `tens of thousands` 10 x 2 x 1,000
                cur = cur * (v // 2) if vague and cur else v
                vague = True
        else:
            try:
                cur += float(w)
            except ValueError:
                return None, False
    n = int(round(total + cur))
    return (n if n > 0 else None), vague


def _number_indices(doc, numbers) -> list[int]:
    """The indices of the doc's tokens `_is_number` holds for, in order, found once a doc from the LOWER and LIKE_NUM
    columns (as `_has_number` reads them: a Token only for a word like a number that is no number word)."""
    found = doc.user_data.get("dateline.casualties.numbers")
    if found is None or found[0] != len(doc):
        ids = lexicon_ids(numbers)
        low, like = column(doc, "LOWER"), column(doc, "LIKE_NUM")
        toks = tokens(doc)
        words = set(itertools.compress(range(len(low)), map(ids.__contains__, low)))     # (number words, at C speed)
        found = doc.user_data["dateline.casualties.numbers"] = (len(doc), sorted(
            words.union(i for i in itertools.compress(range(len(like)), like)
                        if i not in words and _is_number(toks[i], numbers))))
    return found[1]


def _number_phrases(sent, numbers):
    """(first, last) token indices of each run of number words in the sentence, `a dozen` included."""
    out = []
    i, end = sent.start, sent.end
    doc = tokens(sent.doc)            # the doc's tokens, made once (indexed as the doc would be)
    at = _number_indices(sent.doc, numbers)
    while i < end:
        k = bisect_left(at, i)        # (the next number word: the words between start no run)
        if k == len(at) or at[k] >= end:
            break
        i = at[k]
        tok = doc[i]
        if tok.ent_type_ not in NOT_COUNTS:
            j = i
            while j + 1 < end and (_is_number(doc[j + 1], numbers) or
                                   (doc[j + 1].text in ("-", "and") and j + 2 < end
                                    and doc[j + 2].lower_ in numbers and numbers[doc[j + 2].lower_][1] == "unit"
                                    and doc[j].lower_ in numbers)):
                j += 1 if _is_number(doc[j + 1], numbers) else 2
            # `tens of thousands`, `hundreds of thousands`: one vague count
            while (j + 2 < end and doc[j + 1].lower_ == "of" and numbers.get(doc[j].lower_, (0, ""))[1] == "vague"
                   and numbers.get(doc[j + 2].lower_, (0, ""))[1] == "vague"):
                j += 2
            first = i
            if i > sent.start and doc[i - 1].lower_ in ("a", "an") and numbers.get(tok.lower_, (0, ""))[1] == "scale":
                first = i - 1
            if _distributive(doc, i, j, sent.start, end, numbers):
                i = j + 1                 # `drowned one by one`, `two at a time`: how, not how many
                continue
            out.append((first, j))
            i = j + 1
        else:
            i += 1
    return out


def _distributive(doc, i: int, j: int, start: int, end: int, numbers) -> bool:
    """A number word in a phrase of manner, no count: `one by one`, `two by two` (either number), `one after
    another`, `one at a time`."""
    if i != j or doc[i].lower_ not in numbers:
        return False
    nxt = [t.lower_ for t in doc[j + 1:min(end, j + 4)]]
    if nxt[:1] == ["by"] and len(nxt) > 1 and nxt[1] == doc[i].lower_:
        return True
    if i - 2 >= start and doc[i - 1].lower_ == "by" and doc[i - 2].lower_ == doc[i].lower_:
        return True
    return nxt[:2] in (["after", "another"], ["after", "the"]) or nxt[:3] == ["at", "a", "time"]


def _ranges(doc, phrases, numbers):
    """(first, last, end of the lower bound or None) for each count; `between 10 and 15`, `10 to 15`, `10-15`
    become one count spanning both numbers, its value the lower bound."""
    out = []
    i = 0
    while i < len(phrases):
        first, last = phrases[i]
        if i + 1 < len(phrases):
            nfirst, nlast = phrases[i + 1]
            link = doc[last + 1].lower_ if last + 1 < len(doc) else ""
            between = first > 0 and doc[first - 1].lower_ == "between"
            if nfirst == last + 2 and (link in ("to", "-", "\u2013") or link == "and" and between):
                out.append((first, nlast, last))
                i += 2
                continue
        out.append((first, last, None))
        i += 1
    return out


# ---------------------------------------------------------------- one count
def _noun_of(doc, first, last, lex):
    """The noun a number counts: `108 people`, `dozens of protesters`, `three Syrian soldiers`; None when bare."""
    tok = doc[last]
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > last:
        return tok.head
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < first:
        return None
    n = len(doc)
    k = last + 1
    if k < n and doc[k].lower_ == "of":
        k += 1
        if k < n and doc[k].lower_ in ("them", "whom"):
            return None
        while k < n and k - last <= 6 and (doc[k].pos_ in ("DET", "ADJ") or doc[k].tag_ in ("PRP$", "``", "''")
                                            or doc[k].is_quote or doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound"):
            k += 1
        if k < n and doc[k].pos_ == "NOUN":
            return doc[k]
        return None
    while k < n and k - last <= 3 and doc[k].pos_ in ("ADJ", "PROPN") and doc[k].lemma_ not in lex["terms"]["adj"]:
        k += 1
    if k < n and doc[k].pos_ == "NOUN" and k > last:
        return doc[k]
    return None


def _verb_key(tok) -> str:
    """A verb's lemma with its particle, for phrasal verbs (`round up`)."""
    prt = next((c.lower_ for c in children(tok) if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {prt}" if prt else tok.lemma_.lower()


def _term(tok, lex) -> Optional[str]:
    """The casualty category a verb or adjective says (`killed`, `dead`, `rounded up`), else None."""
    verbs, adjs = lex["terms"]["verb"], lex["terms"]["adj"]
    if tok.lemma_.lower() not in lex["term_lemmas"] and tok.lower_ not in lex["term_words"]:
        return None                            # no key below can hold (lexicon: term_lemmas, term_words)
    if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
        cat = verbs.get(_verb_key(tok)) or verbs.get(tok.lemma_.lower())
        if cat:
            return cat
        if tok.tag_ == "VBN":
            cat = lex["terms"]["pverb"].get(tok.lemma_.lower())
            if cat:
                return cat
    if tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBG", "JJ"):
        return adjs.get(tok.lower_) or lex["terms"]["pverb"].get(tok.lower_)
    return None


def _fatal(tok, lex) -> bool:
    """A wounding word that the sentence makes a killing: `shot dead`, `fatally shot`, `shot and killed`."""
    for c in children(tok):
        if c.lower_ == "dead" or c.dep_ == "advmod" and c.lower_ in lex["fatal"]:
            return True
        if c.dep_ == "conj" and c.tag_ in ("VBN", "VBD") and lex["terms"]["verb"].get(c.lemma_.lower()) == "killed" \
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in children(c)):
            return True                    # `was shot and killed`; not `nine were injured and four were killed`
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "dead"


def _agent(verb) -> bool:
    """True when a casualty verb has an object: its subject did it (`radicals that killed 14`)."""
    return verb.tag_ != "VBN" and any(c.dep_ in ("dobj", "obj") for c in children(verb))


def _category(doc, anchor, lex, sent, numbers):
    """What happened to the counted people, and the token saying it (None when nothing does)."""
    toks = tokens(doc)
    # a casualty word right after the count: `108 dead`, `20 people injured`, `more than 100 injured`
    nxt = anchor.i + 1
    if nxt < sent.end and (toks[nxt].lower_ in lex["terms"]["adj"] or toks[nxt].tag_ == "VBN") and \
            _term(toks[nxt], lex):
        return _term(toks[nxt], lex), toks[nxt]
    head = anchor.head
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj", "appos", "conj", "attr", "ROOT"):
        h = head
        if _term(h, lex) and not (anchor.dep_ == "nsubj" and _agent(h)):
            if _term(h, lex) == "injured" and _fatal(h, lex):
                return "killed", h
            return _term(h, lex), h
        if anchor.dep_ in ("dobj", "nsubjpass") and (any(c.lower_ == "dead" for c in children(h))
                                                     or h.i + 1 < len(doc) and toks[h.i + 1].lower_ == "dead"):
            return "killed", h                 # `shot dead 6 protesters`, `were shot dead`
        if anchor.dep_ in ("nsubj", "nsubjpass"):
            for c in children(head):
                if c.dep_ in ("acomp", "oprd", "xcomp", "attr") and _term(c, lex):
                    return _term(c, lex), c
    for c in children(anchor):
        if c.dep_ in ("amod", "acl", "relcl") and c.i > anchor.i and _term(c, lex) and not _agent(c):
            return _term(c, lex), c            # `20 students killed`, `nine women who were killed`
    # forward scan over a dashed aside and auxiliaries: `108 people -- almost half of them children -- were killed`
    k = nxt
    while k < sent.end and k - anchor.i <= 14:
        t = toks[k]
        if t.text in DASHES:
            close = next((x for x in range(k + 1, min(sent.end, k + 14)) if toks[x].text in DASHES), None)
            if close is None:
                break
            k = close + 1
            continue
        if _is_number(t, numbers):
            break
        if k == nxt and t.lower_ == "of":      # a partitive is passed over: `six of the wounded were ...`
            k = max((c.right_edge.i for c in children(t) if c.dep_ == "pobj"), default=k) + 1
            continue
        if t.tag_ in ("VBN", "VBD") and _term(t, lex) or t.lower_ in lex["terms"]["adj"] and t.i > nxt:
            if _agent(t):
                break
            return _term(t, lex), t
        if t.pos_ == "VERB" and t.lemma_ not in lex["through_verbs"] or t.text in (",", ";", ".", ":") \
                or t.lower_ in ("and", "but"):
            break
        k += 1
    return None, None


def _toll(doc, first, sent):
    """The token `toll` when the count is a death toll's figure (`put the death toll ... at 15,000`,
    `the number of dead climbed to 41`)."""
    for t in reversed(marks(doc, sent, "casualties.toll", _toll_mark)):
        if t.i >= first:
            continue
        if t.text in (";", ":") or t.lower_ == "and" and t.head.pos_ == "VERB":
            return None
        if t.lemma_ == "toll":
            kinds = {c.lemma_ for c in children(t) if c.dep_ in ("compound", "amod", "nmod")}
            return None if kinds & lexicon()["cues"]["notdeath"] else t
        if t.lemma_ == "number" and t.i + 2 < first and doc[t.i + 1].lower_ == "of" \
                and doc[t.i + 2].lower_ in lexicon()["cues"]["numberof"]:
            return t
    return None


def _toll_mark(t) -> bool:
    """A token `_toll` stops at or takes (the others it passes over)."""
    return t.text in (";", ":") or t.lower_ == "and" or t.lemma_ in lexicon()["cues"]["tollnoun"]


def _qualifier(ctx: Context, start: int, lex) -> tuple[Optional[str], int]:
    """The qualifier just before a count (`at least`, `more than`, ...), and where it starts."""
    before = ctx.text[max(0, start - 24):start]
    m = lex["qual_re"].search(before)
    if not m:
        return None, start
    return lex["quals"][m.group(1).lower()], start - (len(before) - m.start(1))


def _period(sent_start, sent_end, dates, ctx: Context, numbers, durations: Optional[ByStart] = None) -> Optional[str]:
    """A TIMEX3 duration named in the count's sentence (`more than 14 months` -> P14M). `durations`: the
    DURATION dates of `dates` (in their order) indexed by start, so that a long article's many counts do not
    each scan every date."""
    if durations is None:
        durations = ByStart(d for d in dates if d.type == "DURATION")
    for d in durations.within(sent_start, sent_end):
        return d.value
    if dates:
        return None
    # light fallback while no duration was given for the sentence
    for m in _DURATION.finditer(ctx.text, sent_start, sent_end):
        n, _ = _value([m.group(1)], numbers)
        if n:
            return f"P{n}{UNIT[m.group(2).lower()]}"
    return None


def _source(doc, anchor, actors_at) -> Optional[str]:
    """The actor who gave the figure: subject of a verb of saying or estimating above it, or `according to X`."""
    tok, seen = anchor, 0
    source_verbs = lexicon()["source_verbs"]
    while tok.head.i != tok.i and seen < 8:
        tok = tok.head
        seen += 1
        if tok.lemma_ in source_verbs:
            for c in children(tok):
                if c.dep_ == "nsubj":
                    a = actors_at(c)
                    if a:
                        return a
    sent = sentence_of(anchor.doc, anchor.i)
    for t in marks(doc, sent, "casualties.according", lambda t: t.lower_ == "according"):
        if t.i + 2 < sent.end and doc[t.i + 1].lower_ == "to":
            for c in children(doc[t.i + 1]):
                if c.dep_ == "pobj":
                    a = actors_at(c)
                    if a:
                        return a
    # a trailing attribution the parser hangs below the count's clause: `12 were killed, police said`
    for t in marks(doc, sent, "casualties.attribution",
                   lambda t: t.lemma_ in source_verbs and t.dep_ in ("parataxis", "ccomp", "advcl")):
        if t.i > anchor.i:
            for c in children(t):
                if c.dep_ == "nsubj":
                    a = actors_at(c)
                    if a:
                        return a
    return None


NAME_LABELS = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}
_RUNNING = re.compile(r"\b(?:this|each|every|per) (?:year|month)\b", re.I)


def _in_name(doc, i) -> bool:
    """A number inside a name (`News 5`, `CBS 58`, `Interstate 95`): no count."""
    if doc[i].ent_type_ in NAME_LABELS:
        return True
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() and not prev.is_sent_start \
        and prev.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "NORP") and doc[i].like_num


def _running_total(sent) -> bool:
    """A sentence counting over a period (`over 600 residents were shot across Harlow this year`): a running
    total of many incidents, not the casualties of the one reported."""
    return bool(_RUNNING.search(text(sent.doc)[sent.start_char:sent.end_char]))   # (`sent.text`, without the Token
    #                                                                                 a word that it joins)


# ---------------------------------------------------------------- victims counted one by one
# (word classes: casualty_cues.tsv `killing`, `wound`, `bearing`, `reflexive`, `notreal`, `victimverb`)


def _victim(tok, lex) -> bool:
    """A single person named without a number: `a 23-year-old man`, `the victim`, `Alec Long`, `he`."""
    if any(c.dep_ == "nummod" for c in children(tok)) or tok.tag_ in ("NNS", "NNPS"):
        return False
    if tok.lower_ in lex["he_she"]:
        return True
    if tok.ent_type_ == "PERSON" or tok.tag_ == "NNP" and tok.ent_type_ in ("", "ORG"):
        return True                        # a named victim (the small model takes some names for organisations)
    lemma = tok.lemma_.lower()
    label = lex["victims"].get(lemma)
    if label and label != "=" and lemma not in lex["cues"]["notone"]:
        return True
    # `a 23-year-old`, `an 8-year-old`: the age stands for the person
    return tok.lower_.endswith("-old") or lemma == "old" and any(c.lower_ == "year" for c in tok.subtree)


def _victims_of(tok, lex) -> list:
    """The person and the people joined to it (`the woman and the 4-year-old girl`), each a single victim."""
    out = [tok] if _victim(tok, lex) else []
    if out:
        out += [c for c in tok.conjuncts if c.i > tok.i and _victim(c, lex)]
    return out


def _unreal(verb) -> bool:
    """`could have been killed`, `was not hurt`, `nearly died`: nothing happened (said of the verb, or of a
    verb it is a conjunct of, anywhere above it)."""
    return _denied(verb) or _denied_above(verb) or _question(verb.doc, verb.i)


def _denied(t) -> bool:
    not_real = lexicon()["cues"]["notreal"]
    return any(c.lower_ in not_real or c.dep_ == "neg" for c in children(t))


def _denied_above(tok) -> bool:
    """Some ancestor of the token that is a conjunct (dep `conj`) is `_denied`. Known for each token once per
    doc, from its head's answer: a long chain of heads is walked once, not once for each token in it."""
    known = tok.doc.user_data.setdefault("dateline.casualties.denied_above", {})
    path = []
    t = tok
    while t.i not in known and t.head.i != t.i:
        path.append(t)
        t = t.head
    answer = known.get(t.i, False)            # the root: nothing above it
    for t in reversed(path):                  # from the top down: a token's answer from its head's
        head = t.head
        answer = answer or (head.dep_ == "conj" and _denied(head))
        known[t.i] = answer
    return answer


def _question(doc, i: int) -> bool:
    """The sentence of token i ends in a question mark (found once per sentence: `Token.sent` walks the
    sentence at each call, and a long sentence holds many counts)."""
    asked = doc.user_data.setdefault("dateline.casualties.questions", {})
    sent = sentence_of(doc, i)
    if sent.start not in asked:
        asked[sent.start] = sent.text.rstrip().endswith("?")
    return asked[sent.start]



def _victim_words(doc, lex) -> list[int]:
    """The indices of the doc's tokens, in order, at which `_single_victims` can count anything: the lemma (lower case)
    is a casualty term's, `shoot` or a wound or killing noun, or the word is a casualty adjective (`_term`). Read
    from the doc's lemmas in lower case (`spans.lowered`) and LOWER column once a doc."""
    found = doc.user_data.get("dateline.casualties.victim_words")
    if found is None or found[0] != len(doc):
        wanted = lex["term_lemmas"] | lex["victim_lemmas"]
        words = lexicon_ids(lex["term_words"])
        found = doc.user_data["dateline.casualties.victim_words"] = (len(doc), [
            i for i, (lemma, low) in enumerate(zip(lowered(doc), column(doc, "LOWER"))) if lemma in wanted or low in words])
    return found[1]


def _single_victims(ctx: Context, sent, lex, taken: list) -> list[Casualty]:
    """Victims counted one by one where no number counts them: `a man was shot and killed`, `the boy died`,
    `Alec Long was found dead`, `shot and killed her boyfriend`, `Two men, Veondus Dennis and Antwan Wheeler`
    (`sent`: the sentence's tokens)."""
    out = []
    seen: set[int] = set()
    if not sent:
        return out
    cues = lex["cues"]
    lo = sent[0].i                          # (not `first`: the loop below names a casualty's first token so)
    at = _victim_words(ctx.doc, lex)
    for k in at[bisect_left(at, lo):bisect_left(at, lo + len(sent))]:   # (no other word can count a victim)
        t = sent[k - lo]
        cat = _term(t, lex)
        if cat is None and t.lemma_ == "shoot" and t.tag_ in ("VBD", "VBZ") and any(c.dep_ == "dobj" for c in children(t)):
            cat = "injured"                    # `police shot the suspect`
        if t.pos_ == "NOUN" and t.lemma_.lower() in cues["wound"] and t.tag_ in ("NNS", "NN") and t.i not in seen:
            bearer = None
            if t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in cues["bearing"]:
                subj = [c for c in children(t.head) if c.dep_ in ("nsubj", "nsubjpass")]
                bearer = subj[0] if subj else None
            elif t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ in ("NOUN", "PROPN"):
                bearer = t.head.head               # `a 12-year-old with a bullet wound`
            elif t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_.lower() == "treat":
                subj = [c for c in children(t.head.head) if c.dep_ == "nsubjpass"]
                bearer = subj[0] if subj else None  # `was treated for injuries`
            people = _victims_of(bearer, lex) if bearer is not None else []
            if people and not _unreal(t.head):
                first, last = min(t.i, people[0].left_edge.i), max(t.i, people[-1].i)
                start, end = ctx.doc[first].idx, ctx.doc[last].idx + len(ctx.doc[last])
                if end - start <= 200 and not ctx.skipped(start, end) and \
                        not any(s0 < end and start < e0 for s0, e0 in taken):
                    seen.add(t.i)
                    out.append(Casualty(start=start, end=end, text=ctx.text[start:end], injured=len(people),
                                        victims=lex["victims"].get(people[0].lemma_.lower()) if len(people) == 1
                                        else None))
            continue
        if t.pos_ == "NOUN" and t.lemma_.lower() in cues["killing"]:
            of = [c for c in children(t) if c.dep_ == "prep" and c.lower_ == "of"]
            pobj = [c for c in children(of[0]) if c.dep_ == "pobj"] if of else []
            people = _victims_of(pobj[0], lex) if pobj else []
            if people and not _unreal(t.head) and not ctx.skipped(t.idx, pobj[0].idx + len(pobj[0])) and \
                    not any(s0 < pobj[0].idx + len(pobj[0]) and t.idx < e0 for s0, e0 in taken):
                start, end = t.idx, people[-1].idx + len(people[-1])
                out.append(Casualty(start=start, end=end, text=ctx.text[start:end], killed=len(people),
                                    victims=lex["victims"].get(people[0].lemma_.lower()) if len(people) == 1 else None))
            continue
        if cat not in ("killed", "injured") or t.i in seen:
            continue
        verb = t
        if t.pos_ == "ADJ" or t.lower_ == "dead":
            if t.dep_ not in ("acomp", "oprd", "xcomp", "attr"):
                continue
            verb = t.head                      # `was found dead`, `is dead`
        if _unreal(verb) or _unreal(t):
            continue
        if cat == "injured" and _fatal(t, lex):
            cat = "killed"
        subj = [c for c in children(verb) if c.dep_ in ("nsubjpass", "nsubj")]
        if not subj and verb.dep_ == "conj":      # `was shot and killed`: the subject of the first verb
            subj = [c for c in children(verb.head) if c.dep_ in ("nsubjpass", "nsubj")]
            if subj and verb.head.i in seen:
                continue
        people = []
        if subj and (subj[0].dep_ == "nsubjpass" or t.lemma_.lower() in cues["dying"] or verb is not t):
            people = _victims_of(subj[0], lex)
        elif t.tag_ in ("VBD", "VBZ", "VBG") and t.pos_ == "VERB":
            objs = [c for c in children(t) if c.dep_ in ("dobj", "obj")]
            if not objs and t.dep_ == "conj":  # `shot and killed her boyfriend`: the object hangs on `shot`
                objs = [c for c in children(t.head) if c.dep_ in ("dobj", "obj")]
            if objs:                           # `shot himself`, `killed himself`: the one who did it is a victim too
                people = _victims_of(objs[0], lex) if objs[0].lower_ not in cues["reflexive"] else [objs[0]]
        if not people:
            continue
        seen.add(t.i)
        seen.update(c.i for c in children(t) if c.dep_ == "conj")
        first = min(t.i, verb.i, people[0].left_edge.i)
        last = max(t.i, verb.i, *(p.i for p in people))
        start, end = ctx.doc[first].idx, ctx.doc[last].idx + len(ctx.doc[last])
        if ctx.skipped(start, end) or any(s0 < end and start < e0 for s0, e0 in taken):
            continue
        if end - start > 200:
            start = people[0].idx
        label = lex["victims"].get(people[0].lemma_.lower())
        victims = label if label and len(people) == 1 and label != "=" else None
        out.append(Casualty(start=start, end=end, text=ctx.text[start:end], victims=victims,
                            **{cat: len(people)}))
    return out


def _one_outcome(records: list[Casualty], single: list[Casualty]) -> list[Casualty]:
    """A victim counted once `shot` and once `died` is one death: a single victim counted wounded is dropped when a
    single victim of the same kind (`men`, or an unnamed `victim`, `he`) is counted dead in the article."""
    dead = {c.victims for c in single if c.killed} | {c.victims for c in records if c.killed}
    if not dead:
        return single
    vague = {None, "people"}

    def same(v):
        return v in dead or v in vague or bool(dead & vague)
    return [c for c in single if not (c.injured == 1 and same(c.victims))]


def _an_animal(noun, lemma: str, lex) -> bool:
    """The counted noun is an animal's (casualty_cues.tsv `animal`: `300 chickens were culled`; lead46) written as a
    common noun: not with a capital inside (`Navy SEALs`) nor after a capitalised name (`two Navy Seals`, `the
    Detroit Lions`), where it names people (review46b)."""
    if lemma not in lex["cues"]["animal"] and noun.lower_ not in lex["cues"]["animal"]:
        return False
    return not any(ch.isupper() for ch in noun.text[1:]) and \
        not any(c.dep_ == "compound" and c.text[:1].isupper() for c in noun.lefts)


def extract_casualties(ctx: Context, actors: list[Actor], dates: list[TimeExpression]) -> list[Casualty]:
    """The article's casualty counts (each count's event is set by the linking stage, extractors/link.py)."""
    lex = lexicon()
    numbers = lex["numbers"]
    doc = ctx.doc
    words = tokens(doc)
    text = ctx.text
    durations = ByStart(d for d in dates if d.type == "DURATION")
    mention_at = Spans(sorted(((m.start, m.end, a.id) for a in actors for m in a.mentions)))

    def actors_at(tok):
        """The actor of the first mention (by start) holding the token's start (by bisection)."""
        return mention_at.payload_at(tok.idx)

    out: list[Casualty] = []
    single: list[Casualty] = []
    for sent in sentences(doc):
        toks = tokens(doc)[sent.start:sent.end]   # read by both passes below: made once a doc
        if not _has_number(doc, sent.start, toks, numbers):
            single += _single_victims(ctx, toks, lex, [])
            continue
        n_before = len(out)
        last_victims = None
        running = period = None       # the sentence's running total and duration: found once, on first need
        for first, last, low in _ranges(doc, _number_phrases(sent, numbers), numbers):
            start, end = words[first].idx, words[last].idx + len(words[last])
            if ctx.skipped(start, end) or _in_name(doc, first):
                continue
            if running is None:
                running = _running_total(sent)
            if running:
                break
            value, vague = _value([t.text for t in words[first:(low if low is not None else last) + 1]], numbers)
            if not value:
                continue
            if vague and not (last + 1 < sent.end and words[last + 1].lower_ in ("of", "more")):
                # `dozens` counts people as `dozens of ...`, `dozens more`, or as subject or object
                if words[last].dep_ not in ("nsubj", "nsubjpass", "dobj"):
                    continue
            # ranges: `between 10 and 15`, `10 to 15`, `10-15` -> the lower bound, qualifier "between"
            qualifier = "between" if low is not None else None
            noun = _noun_of(doc, first, last, lex)
            victims = None
            category = cue = None
            unknown = False
            if noun is not None:
                lemma = noun.lemma_.lower()
                if _an_animal(noun, lemma, lex):
                    continue                   # `120 million birds have died`: animals, not casualties
                label = lex["victims"].get(lemma) or lex["victims"].get(noun.lower_)
                if label is None and noun.lower_.endswith("s"):
                    label = lex["victims"].get(noun.lower_[:-1])
                if lemma in lex["terms"]["noun"]:
                    category, cue = lex["terms"]["noun"][lemma], noun
                elif lemma == "life" and noun.head.lemma_ in lex["cues"]["life"]:
                    category, cue = "killed", noun     # `claimed 300 lives`, not `saved 300 lives`
                elif label == "=":
                    victims = last_victims
                elif label:
                    victims = last_victims = label
                elif noun.tag_ in ("NNS", "NNPS") and noun.ent_type_ not in NOT_COUNTS:
                    unknown = True             # `22 guests`: people only if the parse says they were hurt
                else:
                    continue                   # `two rounds`, `14 months`: not people
            # the token whose place in the parse says what happened: the noun of `108 people`,
            # the number itself in `dozens of activists` and `wounding five`
            if vague and noun is None and last + 1 < sent.end and words[last + 1].lower_ == "of":
                continue                       # `tens of thousands of "missing" emails`: not people
            anchor = noun if noun is not None and words[last].dep_ == "nummod" and words[last].head.i == noun.i \
                else words[last]
            if category is None:
                category, cue = _category(doc, anchor, lex, sent, numbers)
            if unknown:
                if category not in ("killed", "injured", "arrested"):
                    continue                   # `30,000 emails that are missing`, `jobs disappear`
                mods = [c for c in children(noun) if c.dep_ == "compound" and c.i < noun.i]
                victims = last_victims = ctx.text[(mods[0] if mods else noun).idx:noun.idx + len(noun)]
                if not mods:
                    victims = last_victims = victims.lower()
            if category is None:
                toll = _toll(doc, first, sent)
                if toll is None:
                    continue
                category, cue = "killed", toll
            if noun is None and victims is None:
                victims = last_victims         # `killing three soldiers and wounding five`: five soldiers
            if victims:
                last_victims = victims
            q, qstart = _qualifier(ctx, words[first].idx, lex)
            if vague and q is None:
                q = "at least"
            qualifier = qualifier or q
            span_start = min(qstart, start)
            if qualifier == "between" and first > sent.start and words[first - 1].lower_ == "between":
                span_start = words[first - 1].idx
            if cue is not None and cue.lemma_ == "toll" and cue.i < first:
                left = [c for c in children(cue) if c.dep_ in ("compound", "amod", "nmod") and c.i < cue.i]
                span_start = min(span_start, (left[0] if left else cue).idx)
            span_end = max(end, noun.idx + len(noun) if noun is not None else end,
                           cue.idx + len(cue) if cue is not None and cue.i > last and cue.i - last <= 16 else end)
            fields = {category: value}
            if period is None:        # a 1-tuple: None is an answer too
                period = (_period(sent.start_char, sent.end_char, dates, ctx, numbers, durations),)
            out.append(Casualty(start=span_start, end=span_end, text=text[span_start:span_end], qualifier=qualifier,
                                victims=victims, period=period[0],
                                source=_source(doc, anchor, actors_at), **fields))
        single += _single_victims(ctx, toks, lex, [(c.start, c.end) for c in out[n_before:]])
    return sorted(out + _one_outcome(out, single), key=lambda c: (c.start, c.end))
