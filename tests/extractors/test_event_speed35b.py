"""The events checks' cheap gates (speed35b): each gate is built from the words its check reads, so the check still
fires where it did (invented sentences). The stage's output is checked unchanged on the bench sets (events_cached,
`dateline extract`, docs/accuracy.md); these tests guard the gates against a word class or a rule that moves."""
from __future__ import annotations

from dateline.extractors.events import domains, headlines
from dateline.extractors.events.checks import senses
from dateline.extractors.spans import cut_sentences
from tests.helpers import all_types, asserted


def test_an_act_in_a_plot_is_still_no_event(run):
    """`fiction` runs only where the sentence names a work (`fiction` class): `In the film, ...` and a plot verb whose
    subject is the work still drop the act; the same act told of a city stays."""
    art = run("\n\nIn the film, a soldier kills his commanding officer.\n")
    assert not any(e.type == "ASSAULT" for e in art.events), all_types(art)
    art = run("\n\nThe novel follows a spy who assassinates a general in Vienna.\n")
    assert not any(e.type == "ASSAULT" for e in art.events), all_types(art)
    art = run("\n\nIn the city, a soldier killed his commanding officer on Monday.\n")
    assert any(e.type == "ASSAULT" for e in asserted(art)), all_types(art)


def test_the_game_report_bound_is_the_count(nlp):
    """`_may_report` (sport words and hyphens in GAME_SENTENCES sentences) is true wherever the full count of game
    sentences reaches GAME_SENTENCES, and false on a page with no word of sport nor a score."""
    w = senses()
    report = nlp("The Hornets beat the Falcons 52-17 on Saturday. The Owls won the playoff game at home. "
                 "The goalkeeper saved two penalties in the final. The Flyers beat the Rangers for a seventh straight win.")
    news = nlp("The council met on Monday. The mayor spoke to reporters. Residents asked about the road. "
               "The police arrested two men.")
    for doc in (report, news):
        full = sum(domains.sentence.of(doc, s.start, s.end).game(w) for s in cut_sentences(doc))
        assert domains._may_report(doc, w) or full < domains.GAME_SENTENCES
    assert domains.game_report(report, w)
    assert not domains._may_report(news, w) and not domains.game_report(news, w)


def test_a_game_report_still_reads_play_in_a_sentence_naming_no_game(run):
    """On a page of scores, `the Flyers beat the Rangers for a seventh straight win` is play (game_report), though the
    sentence names no game: the bound lets such a page through to the full count."""
    art = run("\n\nThe Hornets beat the Falcons 52-17 on Saturday. The Owls crushed the Badgers 31-3 in the playoff. "
              "The Comets won 4-2 in the ninth inning. The Flyers beat the Rangers for a seventh straight win.\n")
    assert not any(e.type == "ASSAULT" for e in art.events), all_types(art)


def test_the_misread_forms_are_those_of_the_walk_over_every_word(nlp):
    """`_misread_forms` walks only the words tagged NNS, VBN or JJ: the same indices as the test of every word, and
    the plural-noun and participle forms it is there for are among them."""
    doc = nlp("The ad slams Halvorsen for the vote. Trump blasted Univision on Monday. Rebels attacks the towns.")
    c = headlines.cols(doc)
    verbs, heads = headlines.load().verbs, headlines._phrase_heads()
    walk = [i for i in range(c.n) if (c.tag_[i] == "NNS" and c.lower[i].endswith("s") or c.tag_[i] in ("VBN", "JJ")
                                      and c.dep_[i] == "amod" and c.lower[i].endswith("ed"))
            and c.pos_[i] in headlines._READ_POS and (headlines._verb_key(c.lower[i], verbs, True) is not None
                                                      or headlines._verb_key(c.lower[i], heads) is not None)]
    assert headlines._misread_forms(doc) == walk


def test_moving_about_is_still_no_act(run):
    """`crime._moves` reads only its type and verb pairs first: `walked out of an alley` is no walkout, `pulled out a
    gun` no withdrawal; a walkout of the talks stays."""
    art = run("\n\nPolice said the man walked out of an alley and pulled out a gun.\n")
    assert not any(e.type in ("PROTEST", "RETREAT") for e in asserted(art)), all_types(art)
    art = run("\n\nThe union delegates walked out of the talks on Tuesday.\n")
    assert any(e.type == "PROTEST" for e in asserted(art)), all_types(art)


def test_a_supposition_is_still_hypothetical(run):
    """`_supposed` finds the sentence's first word off the punctuation column: `Say Canada demanded ...` supposes."""
    art = run("\n\nSay Canada demanded that the ships leave the strait, what would Ottawa do next?\n")
    assert not any(e.type == "REQUEST" for e in asserted(art)), all_types(art)


def test_voters_counted_still_back_no_one(run):
    """`_electorate_backing` walks the sentence for a count only when a giver needs it: `they` in a sentence that
    counts voters is a poll's answer, and a named backer stays."""
    art = run("\n\nAmong the 600 caucus-goers polled, they preferred Clinton by 12 points.\n")
    assert not any(e.type == "SUPPORT" for e in asserted(art)), all_types(art)
    art = run("\n\nGovernor Ortiz said on Monday that she supports Clinton.\n")
    assert any(e.type == "SUPPORT" for e in asserted(art)), all_types(art)
