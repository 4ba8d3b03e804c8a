"""Political actors: one per article for each person, group, organisation or state, with country and sector codes.

Mentions come from one phrase-matcher pass over the lexicons (people, organisations, media, country names,
demonyms, capitals) and from spaCy's PERSON/ORG entities, then are grouped into actors:
- people: full names, later surname-only mentions, titles before the name (`Russian Foreign Minister Sergei
  Lavrov`), appositions, descriptions (`Russia's top diplomat`, `the Syrian strongman`), and quote speakers;
  lexicon people get the office they held on the article's date (`former ...`, sector ELI, after it);
- states: country names (not after `in`, `at`...), capitals only as subject/object/possessor (`Moscow backed`),
  demonym + group noun (`Russian officials` -> RUS GOV, `Syrian troops` -> SYR MIL), a person's possessive
  (`Assad's troops` -> SYR MIL, `the Assad regime` -> SYR GOV);
- organisations and media from the lexicons, other ORG entities by the words of their names;
- groups without a country (`the armed opposition`, `world powers`); compound actors (`Hungarian and Romanian
  officials`) list their members.
The passes live in one module each (common, people, descriptions, states, speakers, coref, lookup) and
are mixed into one builder here.
Actor ids are "A1", "A2", ... in the order of each actor's first mention.
"""
from __future__ import annotations

import dataclasses

from ...records import Actor, Mention, Quote
from .. import Context
from .common import _Base
from .coref import _Coref
from .descriptions import _Descriptions
from .lookup import actor_at
from .people import _People
from .speakers import _Speakers
from .states import _StatesAndOrgs

__all__ = ["extract_actors", "actor_at"]


class _Builder(_People, _Descriptions, _StatesAndOrgs, _Speakers, _Coref, _Base):
    """Collects mentions into clusters for one article."""

    # -- 7. the records
    def finish(self) -> tuple[list[Actor], dict[int, str]]:
        for c in self.clusters.values():
            if c.person is not None:
                c.country, c.sector, c.role = c.person.at(self.day)
        live = [c for c in self.clusters.values() if c.mentions]
        live.sort(key=lambda c: (c.first, c.name))
        ids = {id(c): f"A{n}" for n, c in enumerate(live, 1)}
        text = self.ctx.text
        actors = []
        for c in live:
            mentions = tuple(Mention(s, e, text[s:e]) for s, e in sorted(c.mentions))
            actors.append(Actor(id=ids[id(c)], name=c.name, country=c.country, sector=c.sector, role=c.role,
                                mentions=mentions, members=tuple(ids[id(m)] for m in c.members if id(m) in ids)))
        speakers = {k: ids[id(c)] for k, c in getattr(self, "speaker_of", {}).items() if id(c) in ids}
        return actors, speakers


def extract_actors(ctx: Context, quotes: list[Quote]) -> tuple[list[Actor], list[Quote]]:
    """The article's actors, and the quotes with each speaker linked to its actor id."""
    b = _Builder(ctx)
    b.find_hits()
    b.people()
    b.descriptions()
    b.states_and_orgs()
    b.unknown_orgs()
    b.speakers(list(quotes))
    b.coref(list(quotes))
    actors, speakers = b.finish()
    out = []
    for k, q in enumerate(quotes):
        if k in speakers and q.speaker is not None:
            q = dataclasses.replace(q, speaker=dataclasses.replace(q.speaker, actor=speakers[k]))
        out.append(q)
    return actors, out
