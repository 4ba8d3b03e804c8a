"""The first lines of scraped local and web articles (issue 10, ev25h), on invented texts: a headline one line break
above the lede is a sentence of its own (structure.paragraphs.headline_breaks), so its event and the lede's keep
their own participants; a headline run into the lede on one line is the title (structure.title.run_in_headline), so
the misread-headline rescue reads it (headlines.rescue), but not a run of nouns that is the object of a verb or a
preposition before it."""
from __future__ import annotations

from tests.helpers import asserted


def types(article):
    return [(e.type, e.trigger.text, [p.text for p in e.source], [p.text for p in e.target]) for e in article.events]


def test_headline_and_lede_one_line_break_apart_keep_their_own_participants(run):
    text = ("'Fair deal'\nFarm unions praised the new grain prices on Monday after a week of talks.\n"
            "Millers said they would sign the contract.\n")
    art = run(text)
    ev = [e for e in asserted(art) if e.type == "SUPPORT"]
    assert ev, types(art)
    # the headline line is no part of the lede's source
    assert all("Fair deal" not in p.text for e in art.events for p in (*e.source, *e.target)), types(art)
    assert ev[0].source[0].text == "Farm unions", types(art)


def test_a_headline_run_into_the_lede_is_read_as_a_headline(run):
    text = "Rose Bowl skywriters blast Trump. The planes flew over Pasadena on Friday, the organisers said."
    art = run(text)
    assert art.title == "Rose Bowl skywriters blast Trump"
    ev = [e for e in asserted(art) if e.type == "ACCUSE"]
    assert ev and ev[0].source[0].text == "Rose Bowl skywriters" and ev[0].target[0].text == "Trump", types(art)


def test_a_noun_run_after_the_headline_verb_is_no_source(run):
    for text in ("Port town to get carbon capture pilot plant\n\nThe plant will open next year, the mayor said.\n",
                 "Port town to get carbon capture pilot plant. The plant will open next year, the mayor said."):
        art = run(text)
        assert not [e for e in art.events if e.trigger.text == "capture"], types(art)


def test_a_game_report_counts_the_headline_the_parse_ran_into_the_lede(nlp):
    """domains.game_report counts the events stage's sentences (cut again at blank lines), not the parse's: here the
    parse (no paragraph starts preset) joins the headline and the lede, which are two sentences about the game."""
    from dateline.extractors.events import checks
    from dateline.extractors.spans import cut_sentences as _sentences
    from dateline.extractors.events.domains import game_report
    from dateline.extractors.spans import sentences

    doc = nlp("Hawks edge Rams 98-91 in overtime\n\nThe Riverton Hawks won on Saturday night in the playoff game.\n\n"
              "The Rams led 50-44 at halftime.\n")
    assert len(sentences(doc)) == 2 and len(_sentences(doc)) == 3
    assert game_report(doc, checks.senses())
