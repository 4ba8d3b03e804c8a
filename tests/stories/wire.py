"""Invented wire stories for the stories tests: one shooting reported by a wire story, its syndicated copies,
an independent report, a follow-up, and look-alike shootings elsewhere. Hand-made Article records (no NLP)."""
from __future__ import annotations

from typing import Optional

from dateline.records import Actor, Article, Dateline, Place
from tests.helpers import at, event, mention, part

WIRE = (
    "Two killed in shooting at Marrowby grain fair\n\n"
    "MARROWBY, Vestland (Northwire) - Two people were killed and three wounded on Saturday when a gunman opened "
    "fire at the autumn grain fair in Marrowby, police said.\n\n"
    "The gunman, identified by police as Orrin Tessaly, 41, fled in a grey van and was arrested two hours later "
    "on the coast road near Keddle, Chief Inspector Mara Quell told reporters.\n\n"
    "Witnesses described stalls overturned as families ran for the exits of the old market hall. One vendor said "
    "he heard six or seven shots before the crowd scattered toward the river.\n\n"
    "The wounded were taken to Saint Ide hospital, where two were in serious condition on Saturday evening. "
    "The fair, which draws farmers from across the valley, was cancelled for the rest of the weekend.\n\n"
    "Quell said investigators did not yet know why Tessaly, a former seed merchant, had come to the fair armed. "
    "Officers searched his farmhouse outside Keddle late into the night.\n")

OTHER = (
    "Gunman kills two at crowded Marrowby fair\n\n"
    "Orrin Tessaly walked into the grain fair with a rifle under his coat, and within a minute two visitors lay "
    "dead, according to people who were there on Saturday.\n\n"
    "Police in Marrowby said three more were hurt. Tessaly was detained on a coastal road hours later.\n\n"
    "Local councillor Bren Astow called it the darkest day the valley town had known.\n")

LOOKALIKE = (
    "One dead in shooting outside Harrowgate bakery\n\n"
    "HARROWGATE, Vestland (Northwire) - A man was shot dead outside a bakery in Harrowgate on Saturday morning, "
    "police said, and a suspect was being sought.\n\n"
    "The victim, named by relatives as Tobin Wray, 29, had just opened the shop. Officers closed the high street "
    "for most of the day while they searched nearby yards.\n")

FOLLOWUP = (
    "Marrowby fair gunman charged\n\n"
    "Orrin Tessaly was charged on Tuesday with two counts of murder over the shooting at the Marrowby grain fair "
    "that killed two people and wounded three.\n\n"
    "A third victim, wounded at the fair, died in hospital on Monday, Chief Inspector Mara Quell said.\n")

MARROWBY = Place("P1", "Marrowby", "VL", "01", 60.10, 5.20, "city", 9100001)
HARROWGATE = Place("P1", "Harrowgate", "VL", "02", 62.90, 9.80, "city", 9100002)


def _places(text: str, place: Place, name: str) -> tuple[Place, ...]:
    import dataclasses

    return (dataclasses.replace(place, mentions=tuple(mention(text, name, i) for i in range(text.count(name)))),)


def wire(id: str = "wire-1", text: str = WIRE, *, source: str = "Northwire", published: str = "2031-09-14",
         headline: Optional[str] = None) -> Article:
    """The wire story (or a reprint of it: another headline, another cut of the same text)."""
    if headline is not None:
        text = headline + text[text.index("\n"):]
    killed = "killed"
    events = [event(text, killed, "ASSAULT", 4, date="2031-09-13", date_from="sentence", place="P1", dead=2,
                    injured=3, confidence=0.9, target=[part(text, "Two people")])]
    if "arrested" in text:
        events.append(event(text, "arrested", "COERCE", 4, date="2031-09-13", date_from="published", confidence=0.8,
                            target=[part(text, "The gunman", "A1")]))
    if "did not yet know" in text:
        events.append(event(text, "come to the fair armed", "THREATEN", 3, hypothetical=True, confidence=0.3))
    return Article(
        id=id, title=text[:text.index("\n")], published=published, published_from="input",
        dateline=Dateline("MARROWBY", "Northwire", *at(text, "MARROWBY, Vestland (Northwire) -"), region="Vestland")
        if "MARROWBY" in text else None, truncated=False,
        actors=(Actor("A1", "Orrin Tessaly", mentions=(mention(text, "Orrin Tessaly"),)),
                Actor("A2", "Mara Quell", "VLD", "POL", mentions=(mention(text, "Mara Quell"),))
                if "Mara Quell" in text else Actor("A2", "police", None, "POL", mentions=(mention(text, "police"),))),
        events=tuple(events), places=_places(text, MARROWBY, "Marrowby"), source=source, text=text)


def other(id: str = "herald-1", published: str = "2031-09-14") -> Article:
    """An independent report of the same shooting, in other words."""
    text = OTHER
    return Article(
        id=id, title=text[:text.index("\n")], published=published, published_from="input", dateline=None,
        truncated=False,
        actors=(Actor("A1", "Orrin Tessaly", mentions=(mention(text, "Orrin Tessaly"), mention(text, "Tessaly", 1))),
                Actor("A2", "Bren Astow", mentions=(mention(text, "Bren Astow"),))),
        events=(event(text, "kills", "ASSAULT", 4, source=[part(text, "Gunman")], place="P1", dead=2,
                      date="2031-09-14", date_from="published", confidence=0.85),),
        places=_places(text, MARROWBY, "Marrowby"), source="Valley Herald", text=text)


def lookalike(id: str = "wire-2", published: str = "2031-09-14") -> Article:
    """Another shooting on the same day in another town of the same country."""
    text = LOOKALIKE
    return Article(
        id=id, title=text[:text.index("\n")], published=published, published_from="input",
        dateline=Dateline("HARROWGATE", "Northwire", *at(text, "HARROWGATE, Vestland (Northwire) -"), region="Vestland"),
        truncated=False,
        actors=(Actor("A1", "Tobin Wray", mentions=(mention(text, "Tobin Wray"),)),),
        events=(event(text, "shot dead", "ASSAULT", 4, date="2031-09-13", date_from="sentence", place="P1", dead=1,
                      confidence=0.9, target=[part(text, "A man", "A1")]),),
        places=_places(text, HARROWGATE, "Harrowgate"), source="Northwire", text=text)


def followup(id: str = "court-1", published: str = "2031-09-30") -> Article:
    """A follow-up more than a week later (a charge), naming the gunman; a third victim has died."""
    text = FOLLOWUP
    return Article(
        id=id, title=text[:text.index("\n")], published=published, published_from="input", dateline=None,
        truncated=False,
        actors=(Actor("A1", "Orrin Tessaly", mentions=(mention(text, "Orrin Tessaly"),)),
                Actor("A2", "Mara Quell", "VLD", "POL", mentions=(mention(text, "Mara Quell"),))),
        events=(event(text, "killed", "ASSAULT", 4, source=[part(text, "the shooting")], place="P1", dead=3,
                      injured=2, date="2031-09-30", date_from="published", confidence=0.7),),
        places=_places(text, MARROWBY, "Marrowby"), source="Court Reporter", text=text)
