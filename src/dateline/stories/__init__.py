"""Stories: one record per real-world event across many articles (issue 14; docs/stories.md).

`link(store, articles)` runs after the articles' rows are written (run/ calls it once per committed chunk): for
each article, in order, it sketches the text and finds near-copies among stored articles (LSH band keys, an index
lookup), then gives each asserted event a cluster, joining the best compatible cluster of its family dated near it
or opening one. A wire copy's events join the clusters of the matching events of the article it copies. Nothing is
recomputed from scratch: a replaced article's share is taken out of its clusters first (`store.stories.forget`).
The store is read and written in bulk, a handful of statements per chunk.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ..records import Article
from . import clusters, copies


def link(store, articles: Iterable[Article], *, replaced: Iterable[str] = ()) -> int:
    """Link these stored articles into stories and event clusters, in one transaction; returns how many.
    An id given twice (an article replaced later in the same run) is linked once, as its last version (user49).
    `replaced`: ids whose earlier links the caller has taken out already (`link_since`)."""
    from ..store import stories as db

    last: dict[str, Article] = {}
    for a in reversed([a for a in articles if a is not None]):
        last.setdefault(a.id, a)
    articles = sorted(last.values(), key=_linking_order)
    if not articles:
        return 0
    with store.transaction():
        ids = [a.id for a in articles]
        replaced = set(db.forget(store, ids)) | set(replaced)
        _Chunk(store, db, articles, replaced=replaced).run()
    return len(articles)


def _linking_order(a: Article) -> tuple:
    """Articles are linked by publication day (undated ones last), then id: the clusters, their ids and `copy_of`
    do not depend on the order the articles were read or committed in (user49; store.stories orders alike)."""
    day = _published(a)
    return (day is None, day or dt.date.min, a.id)


def link_since(store, since: dt.datetime, *, batch: int = 64) -> int:
    """Link the articles stored at or after `since` (naive UTC: one ingest's, new or replaced), those an earlier run
    left unlinked, and the stored ones after the first of them in the linking order (`store.stories.to_link`),
    `batch` at a time, in the linking order over all of them. Those linked before are taken out first, all at once
    (none is a candidate for an article before it): the clusters do not depend on the input order, the workers,
    where an earlier run was stopped, or how the articles were split across ingests (user50)."""
    from ..store import stories as db

    ids = db.to_link(store, since)
    if not ids:
        return 0
    with store.transaction():
        replaced = set(db.forget(store, ids))
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        got = store.get_articles(chunk)
        link(store, [got.get(x) for x in chunk], replaced=replaced.intersection(chunk))
    return len(ids)


def link_pending(store, *, batch: int = 200) -> int:
    """Link every stored article that has no story row yet (an older store, an ingest stopped in between), with the
    linked ones after the first of them in the linking order, as `link_since` does."""
    return link_since(store, dt.datetime.max, batch=batch)


def _published(a: Article) -> Optional[dt.date]:
    """The article's publication day as the store keeps it (None when not a full day): copies are looked for near it."""
    from ..store.rows import day

    return day(a.published)


class _Chunk:
    """The working set of one chunk: the sketches and clusters it may touch, read once, written once."""

    def __init__(self, store, db, articles: list[Article], replaced: frozenset[str] = frozenset()):
        self.store, self.db, self.articles = store, db, articles
        self.replaced = replaced              # articles stored before in another version (their clusters rebuilt)
        self.sketches = {a.id: copies.sketch(a.id, a.text) for a in articles}
        self.bands = {i: copies.band_keys(s) for i, s in self.sketches.items()}
        self.days = {a.id: _published(a) for a in articles}
        wanted: dict[Optional[dt.date], set[int]] = {}
        for a in articles:
            wanted.setdefault(self.days[a.id], set()).update(self.bands[a.id])
        self.by_key = db.copy_candidates(store, wanted)
        self.gids = db.global_ids(store, [a.id for a in articles])
        # the ids a replaced article's events would open clusters under, looked up at once (`_free_id`)
        self.bases = {f"{a.id}-{i}" for a in articles if a.id in replaced for i in range(len(a.events))}
        self.taken = db.stored_cluster_ids(store, sorted(self.bases))
        self.story_rows: list[dict] = []
        self.band_rows: list[tuple[int, str, Optional[dt.date]]] = []
        self.mention_rows: list[dict] = []
        self.chunk_mentions: dict[str, list[tuple[str, str, Optional[str]]]] = {}

    def run(self) -> None:
        matches = {a.id: self._copy(a) for a in self.articles}
        roots = sorted({m.copy_of for m in matches.values() if m} - set(matches))
        self.copied = self.db.mention_clusters(self.store, roots) if roots else {}
        keys = {a.id: clusters.keys(a, self.gids.get(a.id, {}),
                                    story=matches[a.id].copy_of if matches[a.id] else a.id) for a in self.articles}
        found = self.db.candidates(self.store, [k for ks in keys.values() for k in ks])
        self.states: dict[str, clusters.ClusterState] = {}
        self.index: dict[str, dict[str, tuple]] = {}        # family -> cluster id -> (day, named actors, handles)
        for cid, (state, _) in found.items():
            self._keep(state)
        self.first_seen = {cid: seen for cid, (_, seen) in found.items()}
        self.changed: set[str] = set()
        for a in self.articles:
            self._cluster(a, matches[a.id], keys[a.id])
        self.db.add_stories(self.store, self.story_rows, self.band_rows)
        self.db.save_clusters(self.store, [self.states[c] for c in sorted(self.changed)], self.first_seen)
        self.db.add_mentions(self.store, self.mention_rows)

    def _copy(self, a: Article) -> Optional[copies.CopyMatch]:
        s = self.sketches[a.id]
        day = self.days[a.id]
        seen: dict[str, tuple[copies.Sketch, str]] = {}
        for k in self.bands[a.id]:
            for sk, group, their_day in self.by_key.get(k, ()):
                if self.db.near_in_time(day, their_day):     # published within COPY_DAYS (or undated)
                    seen.setdefault(sk.article_id, (sk, group))
        match = copies.find_copy(s, seen.values())
        story = match.copy_of if match else a.id
        for k in self.bands[a.id]:                      # later articles of the chunk see this one
            self.by_key.setdefault(k, []).append((s, story, day))
        self.story_rows.append({"article_id": a.id, "story": story, "copy_of": match.copy_of if match else None,
                                "jaccard": match.jaccard if match else None,
                                "containment": match.containment if match else None, "shingles": s.shingles,
                                "signature": s.signature, "lead_event": clusters.lead_event(a)})
        self.band_rows += [(k, a.id, day) for k in self.bands[a.id]]
        return match

    def _free_id(self, k: clusters.EventKey) -> str:
        """The id of a cluster a replaced article opens: its `ARTICLE-IDX`, unless the cluster its old version opened
        keeps that id for its other reports; then `ARTICLE-IDX~2` (~3, ...): one id, one cluster."""
        base = cid = f"{k.article_id}-{k.idx}"
        n = 1
        while cid in self.states or (cid in self.taken if cid in self.bases else
                                     self.db.cluster(self.store, cid) is not None):
            n += 1
            cid = f"{base}~{n}"
        return cid

    def _keep(self, state: clusters.ClusterState) -> None:
        self.states[state.cluster_id] = state
        day = dt.date.fromisoformat(state.day) if state.day else None
        self.index.setdefault(state.family, {})[state.cluster_id] = (day, set(state.actors) | set(state.context),
                                                                     set(clusters.cluster_handles(state)))

    def _near(self, k: clusters.EventKey) -> list[clusters.ClusterState]:
        """The working set's clusters the store would give as candidates for `k` (same family, and day near with a
        handle in common, or a named actor in common)."""
        span = dt.timedelta(days=self.db.CANDIDATE_DAYS)
        named = set(k.actors) | set(k.context)
        handles = clusters.key_handles(k)
        out = []
        for cid, (day, their, found_by) in self.index.get(k.family, {}).items():
            near = (day is None) == (k.day is None) and (day is None or abs(day - k.day) <= span)
            if (near and handles & found_by) or named & their:
                out.append(self.states[cid])
        return out

    def _cluster(self, a: Article, match: Optional[copies.CopyMatch], keys: list[clusters.EventKey]) -> None:
        keyed = {k.idx: k for k in keys}
        original: dict[tuple[str, str], list[Optional[str]]] = {}
        if match:
            for t, x, cid in self.chunk_mentions.get(match.copy_of) or self.copied.get(match.copy_of, []):
                original.setdefault((t, x), []).append(cid)
        seen: dict[tuple[str, str], int] = {}
        nth = {}                                    # i -> its rank among the article's events of its type and trigger
        for i, e in enumerate(a.events):
            tag = (e.type, e.trigger.text.lower())
            nth[i] = seen[tag] = seen.get(tag, -1) + 1
        mine = self.chunk_mentions.setdefault(a.id, [])
        lead = clusters.lead_event(a)
        decided: dict[int, tuple] = {}
        order = sorted(range(len(a.events)), key=lambda i: i != lead)     # the lead event first: it founds or
        for i in order:                                                   # joins, the article's others follow it
            e = a.events[i]
            k = keyed.get(i)
            tag = (e.type, e.trigger.text.lower())
            cid, score, why = None, None, None
            if k is not None:
                n = nth[i]
                decision: Optional[clusters.Decision] = None
                from_copy = original.get(tag, [])
                if n < len(from_copy) and from_copy[n] in self.states:
                    decision = clusters.Decision(from_copy[n], 0.0, (f"wire copy of {match.copy_of}",))
                elif n < len(from_copy) and from_copy[n] is not None:
                    state = self.db.cluster(self.store, from_copy[n])
                    if state is not None:
                        self._keep(state)
                        decision = clusters.Decision(state.cluster_id, 0.0, (f"wire copy of {match.copy_of}",))
                if decision is None:
                    decision = clusters.best(k, self._near(k))
                if decision is not None:
                    state = clusters.absorb(self.states[decision.cluster_id], k)
                    score, why = (decision.score or None), decision.why()
                else:
                    state = clusters.opened(k, self._free_id(k) if a.id in self.replaced else None)
                    why = "opened the cluster"
                cid = state.cluster_id
                self._keep(state)
                self.changed.add(cid)
            decided[i] = (cid, score, why, k)
        for i, e in enumerate(a.events):
            mine.append((e.type, e.trigger.text.lower(), decided[i][0]))
        for i in order:             # the rows in the order the events were linked: a cluster rebuilt from its
            e = a.events[i]         # mentions (`store.stories.forget` folds them by rowid) is the one linking built
            cid, score, why, k = decided[i]
            self.mention_rows.append({
                "cluster_id": cid, "article_id": a.id, "event_idx": i, "type": e.type, "confidence": e.confidence,
                "trigger_start": e.trigger.start, "trigger_end": e.trigger.end,
                "sentence_start": e.sentence.start, "sentence_end": e.sentence.end, "score": score, "why": why,
                "key": clusters.key_to_json(k) if k is not None else None})
