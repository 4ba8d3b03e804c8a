"""A readable rendering of an Article for a person (`dateline extract --format pretty`).

One block per article: the layout (title, dateline, publication date, captions), then quotes with their
speakers, dates, actors, events, places and casualties. Offsets are kept in [brackets] so a reader can
find each item in the text; long texts are clipped and their whitespace collapsed.
"""
from __future__ import annotations

from .records import Article

WIDTH = 96


def clip(text: str, width: int = WIDTH) -> str:
    """The text on one line, cut with '…' past `width` characters."""
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def render(article: Article) -> str:
    """The article as an indented plain-text summary."""
    a = article
    actors = {x.id: x for x in a.actors}
    places = {p.id: p for p in a.places}

    def who(actor_id, fallback):
        return actors[actor_id].name if actor_id in actors else clip(fallback, 40)

    lines = [f"== {a.id}: {clip(a.title) if a.title else '(no title)'}"]
    facts = []
    if a.dateline:
        d = a.dateline
        place = ", ".join(x for x in (d.place, getattr(d, "region", None)) if x) or "?"
        facts.append(f"dateline {place} ({d.agency or 'no agency'})")
    facts.append(f"published {a.published or 'unknown'}" + (f" (from {a.published_from})" if a.published_from else ""))
    if a.truncated:
        facts.append("TRUNCATED ending")
    if a.language not in (None, "en"):
        facts.append(f"language {a.language}: not analysed")
    lines.append("   " + " · ".join(facts))
    if a.source_format not in (None, "txt", "jsonl"):
        origin = " · ".join(x for x in (a.site, a.author, a.url) if x)
        lines.append(f"   read from {a.source_format}" + (f": {clip(origin, 100)}" if origin else "")
                     + (" · summary only" if a.summary_only else ""))
    text = a.text or ""
    for c in a.captions:
        desc = text[c.start:c.credit_start] if text and c.credit_start is not None else ""
        lines.append(f"   caption [{c.start}-{c.end}] credit: {c.credit or '-'}" + (f" — {clip(desc, 70)}" if desc.strip() else ""))

    if a.quotes:
        lines.append(f"   quotes ({len(a.quotes)}):")
        for q in a.quotes:
            speaker = "?"
            if q.speaker:
                speaker = clip(q.speaker.text, 40)
                if q.speaker.actor in actors and actors[q.speaker.actor].name != q.speaker.text:
                    speaker += f" = {actors[q.speaker.actor].name}"
            cue = f" ({q.cue.text})" if q.cue else ""
            lines.append(f"     [{q.start}] {speaker}{cue}: {clip(q.text, 80)}")
    if a.dates:
        lines.append("   dates: " + "; ".join(f"{clip(d.text, 30)!r}={d.value}" for d in a.dates))
    if a.actors:
        lines.append(f"   actors ({len(a.actors)}):")
        for x in a.actors:
            codes = "/".join(c for c in (x.country, x.sector) if c) or "-"
            role = f", {x.role}" if x.role else ""
            count = f" ×{len(x.mentions)}" if len(x.mentions) > 1 else ""
            lines.append(f"     {clip(x.name, 50)} [{codes}]{role}{count}")
    if a.events:
        lines.append(f"   events ({len(a.events)}):")
        for e in a.events:
            source = ", ".join(who(p.actor, p.text) for p in e.source) or "-"
            target = ", ".join(who(p.actor, p.text) for p in e.target) or "-"
            flags = "".join(f" {f}" for f, on in (("NOT", e.negated), ("(maybe)", e.hypothetical)) if on)
            extra = []
            if e.cameo:
                extra.append(f"CAMEO {e.cameo}")
            if e.date:
                extra.append(e.date)
            if e.place in places:
                extra.append(f"in {places[e.place].name}")
            for key in ("dead", "injured", "arrested"):
                if getattr(e, key, None):
                    extra.append(f"{key} {getattr(e, key)}")
            lines.append(f"     [{e.trigger.start}] {source} —{e.type}{flags}→ {target}  '{clip(e.trigger.text, 30)}'"
                         + (f"  ({', '.join(extra)})" if extra else ""))
    if a.places:
        def where(p):
            at = f" {p.lat:.2f},{p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
            return f"{p.name} ({p.country or '?'}{at})"
        lines.append("   places: " + "; ".join(where(p) for p in a.places))
    for c in a.casualties:
        counts = ", ".join(f"{k} {(c.qualifier + ' ') if c.qualifier else ''}{getattr(c, k)}"
                           for k in ("killed", "injured", "arrested", "missing") if getattr(c, k) is not None)
        lines.append(f"   casualties [{c.start}]: {counts or '?'} — {clip(c.text, 60)!r}")
    return "\n".join(lines)
