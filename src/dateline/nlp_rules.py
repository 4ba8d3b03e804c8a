"""The model's two rule components, attribute_ruler and lemmatizer, computed once per word form instead of per word.

Both are functions of a word's own attributes (and, for a few attribute rules, of its neighbour's), but spaCy runs
them as Python over a `Token` object made for every word, the attribute ruler testing its ~180 Matcher patterns at
every word: together about a sixth of the parse. The stand-ins here give every token exactly what those components
give it: the attribute rules of one word are matched once per distinct (lower form, tag, dependency ...) and kept;
a rule of two words is tried only where its first word's test holds (itself kept with the one-word rules); a lemma
is computed once per (word, part of speech, morphology), as spaCy's own lemmatizer cache keys it; the results are
written with `Doc.from_array`. `nlp.load` puts them in place of the shipped components (kept, disabled);
tests/test_nlp_rules.py and bench/same_parse.py compare every token attribute with the shipped pipeline's.
"""
from __future__ import annotations

from spacy.attrs import IDS, LEMMA, MORPH, ORTH, POS
from spacy.matcher import Matcher

ATTRIBUTES = "dateline_attribute_rules"
LEMMAS = "dateline_lemmas"
LEMMA_MODES = ("rule", "lookup", "pos_lookup")   # lemmatizer modes whose lemma depends on ORTH, POS, MORPH alone


class AttributeRules:
    """spaCy's `AttributeRuler` (the same patterns, attributes and precedence: a later rule wins), its one-word
    rules answered from a table keyed by the token attributes they read, its rules of several words tried only
    where their first word's test holds."""

    def __init__(self, ruler):
        self.vocab = ruler.vocab
        self.attrs, self.indices = ruler.attrs, ruler.indices
        self.columns = sorted({a for attrs in self.attrs for a in attrs})
        self._at = {a: k for k, a in enumerate(self.columns)}
        validate = getattr(ruler, "validate", False)
        single, rest, read = [], [], set()
        self.spanning: list[tuple[int, int, Matcher]] = []   # (rule, length, matcher of that one pattern)
        for rule in range(len(self.attrs)):
            for pattern in ruler.matcher.get(str(rule))[1]:
                names = [{name for name in token} for token in pattern]
                if not all(name in IDS for token in names for name in token):
                    rest.append((rule, pattern))       # operators or extension attributes: the doc's own Matcher
                elif len(pattern) == 1:
                    single.append((str(rule), pattern))
                    read |= {IDS[name] for name in names[0]}
                else:                                  # several words: their first word's test is a probe
                    single.append((f"first {len(self.spanning)}", pattern[:1]))
                    read |= {IDS[name] for name in names[0]}
                    self.spanning.append((rule, len(pattern), _matcher(self.vocab, [(str(rule), pattern)], validate)))
        self.read = sorted(read) or [ORTH]
        self.single = _matcher(self.vocab, single, validate)
        self.rest = _matcher(self.vocab, [(str(r), p) for r, p in rest], validate) if rest else None
        self._rules: dict[tuple, tuple] = {}        # token attributes -> (the one-word rules, the probes) it matches,
        #                                             and the row of those rules' plan (`_plan_id`)
        self._plans: dict[tuple[int, ...], tuple] = {}   # rules, in order -> (mask, values) over the columns
        self._plan_ids: dict[tuple[int, ...], int] = {}  # rules, in order -> their plan's row in `_rows`
        self._plan_list: list[tuple] = []
        self._rows_made = None

    def __call__(self, doc):
        n = len(doc)
        if not n:
            return doc
        import numpy

        rules_of = self._rules
        keys = list(zip(*doc.to_array(self.read).reshape(n, -1).T.tolist()))   # (a row's tuple made by zip over
        #                                                the columns: no list a row first)
        known = list(map(rules_of.get, keys))          # (a dict over the rows' tuples: numpy.unique(axis=0) sorted
        if None in known:                              #  the rows as raw bytes, most of the component's time)
            for i, k in enumerate(known):
                if k is None:
                    k = rules_of.get(keys[i])
                    if k is None:
                        rules, probes = self._match_one(doc, i)
                        k = rules_of[keys[i]] = (rules, probes, self._plan_id(rules))
                    known[i] = k
        extra: dict = {}
        for i, k in enumerate(known):                  # (rules, probes, row of their plan in `_rows`) of each token
            if k[1]:
                self._spanning(doc, i, k[1], extra)
        found = [k[0] for k in known]
        ids = [k[2] for k in known]
        if self.rest is not None:
            found_rest = self.rest(doc, allow_missing=True, as_spans=False)
            self._matches([(int(self.vocab.strings[m_id]), s, e) for m_id, s, e in found_rest], extra)
        if not extra and not any(ids):                 # (row 0: no rule; nothing to write)
            return doc
        masks, sets = self._rows()
        pids = numpy.array(ids, dtype=numpy.intp)
        mask = masks[pids]
        values = doc.to_array(self.columns).reshape(n, -1)
        values = numpy.where(mask, sets[pids], values)
        for i, rules in extra.items():
            plan = self._plan(tuple(sorted(found[i] + rules)))
            values[i] = numpy.where(plan[0], plan[1], values[i])
        if extra:
            doc.from_array(self.columns, values)
        elif mask.any():                               # only the columns a rule sets in this doc: writing back a
            written = mask.any(axis=0)                 # column's own values changes nothing
            doc.from_array([a for a, w in zip(self.columns, written.tolist()) if w], values[:, written])
        return doc

    def _plan_id(self, rules: tuple[int, ...]) -> int:
        """The row of `rules`' plan in `_rows` (row 0 is the plan of no rule)."""
        if not self._plan_ids:
            self._plan_list.append(self._plan(()))
            self._plan_ids[()] = 0
        pid = self._plan_ids.get(rules)
        if pid is None:
            pid = self._plan_ids[rules] = len(self._plan_list)
            self._plan_list.append(self._plan(rules))
        return pid

    def _rows(self):
        """Every plan met so far as two arrays, one row a plan (`_plan_id`): masks and values, remade when it grew."""
        if self._rows_made is None or len(self._rows_made[0]) != len(self._plan_list):
            import numpy

            self._rows_made = (numpy.stack([p[0] for p in self._plan_list]),
                               numpy.stack([p[1] for p in self._plan_list]))
        return self._rows_made

    def _match_one(self, doc, i: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
        rules, probes = set(), set()
        for m_id, _, _ in self.single(doc[i:i + 1], allow_missing=True, as_spans=False):
            key = self.vocab.strings[m_id]
            if key.startswith("first "):
                probes.add(int(key[6:]))
            else:
                rules.add(int(key))
        return tuple(sorted(rules)), tuple(sorted(probes))

    def _spanning(self, doc, i: int, probes: tuple[int, ...], extra: dict) -> None:
        """The rules of several words whose first word is token i, tried there."""
        for k in probes:
            rule, length, matcher = self.spanning[k]
            if i + length <= len(doc) and matcher(doc[i:i + length], allow_missing=True, as_spans=False):
                self._matches([(rule, i, i + length)], extra)

    def _matches(self, matches, extra: dict) -> None:
        """Add (rule, start, end) matches to token index -> the rules that set its attributes."""
        for rule, start, end in matches:
            index = self.indices[rule]
            at = start + index if index >= 0 else end + index
            if not start <= at < end:
                raise ValueError(f"attribute rule {rule}: index {index} is outside its match of {end - start} words")
            extra[at] = extra.get(at, ()) + (rule,)

    def _plan(self, rules: tuple[int, ...]):
        """(which columns the rules set, the values they set) as two arrays over the columns."""
        plan = self._plans.get(rules)
        if plan is None:
            import numpy

            mask, values = numpy.zeros(len(self.columns), dtype=bool), numpy.zeros(len(self.columns), dtype=numpy.uint64)
            for rule in rules:                  # in ascending order: a later rule overrides an earlier one
                for attr, value in self.attrs[rule].items():
                    mask[self._at[attr]], values[self._at[attr]] = True, value
            plan = self._plans[rules] = (mask, values)
        return plan


class Lemmas:
    """spaCy's `Lemmatizer` (a word whose lemma is unset gets the first of `lemmatize(token)`), each
    (word, part of speech, morphology) lemmatized once."""

    def __init__(self, lemmatizer):
        if lemmatizer.mode not in LEMMA_MODES:
            raise ValueError(f"lemmatizer mode {lemmatizer.mode!r} has no stand-in")
        lemmatizer._validate_tables()
        self.vocab = lemmatizer.vocab
        self.lemmatize = lemmatizer.lemmatize
        self.overwrite = lemmatizer.overwrite
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        import numpy

        values = doc.to_array([ORTH, POS, MORPH, LEMMA])
        orths, poses, morphs, lemmas = values.T.tolist()
        known = self._lemmas
        keys = list(zip(orths, poses, morphs))
        found = list(map(known.get, keys))             # (one dict look-up a word; Python below only for the words
        if None in found:                              #  not met before)
            strings = self.vocab.strings
            for i, new in enumerate(found):
                if new is None:
                    if self.overwrite or not lemmas[i]:
                        key = keys[i]
                        new = known.get(key)
                        if new is None:
                            new = known[key] = strings.add(self.lemmatize(doc[i])[0])
                        found[i] = new
                    else:
                        found[i] = 0                   # (a lemma set before stays: below)
        found = numpy.array(found, dtype=numpy.uint64)
        if not self.overwrite:                         # a word whose lemma is set keeps it
            found = numpy.where(values[:, 3] != 0, values[:, 3], found)
        doc.from_array([LEMMA], found)
        return doc


def install(nlp) -> None:
    """Put the stand-ins after the shipped attribute_ruler and lemmatizer, and disable those two (a lemmatizer of
    another mode than LEMMA_MODES stays as shipped)."""
    from spacy.language import Language

    if not Language.has_factory(ATTRIBUTES):
        Language.factory(ATTRIBUTES, func=lambda nlp, name: AttributeRules(nlp.get_pipe("attribute_ruler")))
        Language.factory(LEMMAS, func=lambda nlp, name: Lemmas(nlp.get_pipe("lemmatizer")))
    for shipped, factory in (("attribute_ruler", ATTRIBUTES), ("lemmatizer", LEMMAS)):
        if shipped in nlp.pipe_names and getattr(nlp.get_pipe(shipped), "mode", "rule") in LEMMA_MODES:
            nlp.add_pipe(factory, after=shipped)
            nlp.disable_pipe(shipped)


def _matcher(vocab, rules, validate: bool) -> Matcher:
    matcher = Matcher(vocab, validate=validate)
    by_rule: dict[str, list] = {}
    for rule, pattern in rules:
        by_rule.setdefault(rule, []).append(pattern)
    for rule, patterns in by_rule.items():
        matcher.add(str(rule), patterns)
    return matcher
