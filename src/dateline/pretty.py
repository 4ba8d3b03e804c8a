"""A readable rendering of an Article for a person (`--format pretty`)."""
from __future__ import annotations

from .records import Article


def render(article: Article) -> str:
    a = article
    actors = {x.id: x for x in a.actors}
    lines = [f"== {a.id}: {a.title or '(no title)'}"]
    if a.dateline:
        lines.append(f"   dateline: {a.dateline.place or '?'} ({a.dateline.agency or 'no agency'})")
    lines.append(f"   published: {a.published or 'unknown'}" + (f" (from {a.published_from})" if a.published_from else "")
                 + ("   [truncated]" if a.truncated else ""))
    for c in a.captions:
        lines.append(f"   caption {c.start}-{c.end}, credit: {c.credit or '-'}")
    if a.quotes:
        lines.append("   quotes:")
        for q in a.quotes:
            who = "?"
            if q.speaker:
                who = q.speaker.text
                if q.speaker.actor and q.speaker.actor in actors:
                    who += f" = {actors[q.speaker.actor].name}"
            text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
            lines.append(f"     [{q.start}] {who}: {text}")
    if a.dates:
        lines.append("   dates: " + "; ".join(f"{d.text!r}={d.value}" for d in a.dates))
    if a.actors:
        lines.append("   actors:")
        for x in a.actors:
            codes = " ".join(c for c in (x.country, x.sector) if c)
            lines.append(f"     {x.name} [{codes or '-'}]" + (f" {x.role}" if x.role else "") + f" x{len(x.mentions)}")
    if a.events:
        lines.append("   events:")
        for e in a.events:
            def side(ps):
                names = []
                for p in ps:
                    names.append(actors[p.actor].name if p.actor in actors else p.text)
                return ", ".join(names) or "-"
            flags = (" NOT" if e.negated else "") + (" (hypothetical)" if e.hypothetical else "")
            lines.append(f"     {side(e.source)} {e.type}{flags} {side(e.target)} — {e.trigger.text!r} — {e.date or '?'}")
    if a.places:
        lines.append("   places: " + "; ".join(f"{p.name} ({p.country or '?'})" for p in a.places))
    for c in a.casualties:
        counts = ", ".join(f"{k} {getattr(c, k)}" for k in ("killed", "injured", "arrested", "missing") if getattr(c, k) is not None)
        lines.append(f"   casualties: {c.qualifier + ' ' if c.qualifier else ''}{counts} ({c.text!r})")
    return "\n".join(lines)
