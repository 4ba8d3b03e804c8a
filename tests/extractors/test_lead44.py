"""lead44: classes found by running invented US political wire stories through dateline as a new user would.
Invented texts; each test failed before its change unless marked a guard."""
from __future__ import annotations

from tests.helpers import actor_at, found, pairs


def _speakers(article) -> list:
    """(quote text, speaker actor name) of every quote."""
    names = {a.id: a.name for a in article.actors}
    return [(q.text, names.get(q.speaker.actor) if q.speaker else None) for q in article.quotes]


def test_a_speaker_after_an_opening_dateline_is_the_name_alone(run):
    """A body that opens on its dateline (a JSON line whose title came apart): the parse hangs the blanked dateline
    on the first name, and the speaker's span ran over it (`MILWAUKEE - Dana Price`)."""
    text = ('DENVER \u2014 Dana Price on Monday called Tom Hale "a coward" and threatened to sue him over the '
            'leaked memo.\n\nHale, a state senator, shrugged off the threat.\n')
    art = run(text, published="2016-03-07")
    spoken = [q.speaker for q in art.quotes if q.speaker is not None]
    assert spoken and all(text[sp.start:sp.end] == sp.text and not sp.text.startswith(("DENVER", " ")) for sp in spoken)


def test_a_speaker_pronoun_is_not_whom_the_quote_names(run):
    """`"Dana has been threatening to sue me for months," he told reporters`: he is the one who shrugged it off,
    not Dana (both quote parts)."""
    text = ('Dana Price on Monday threatened to sue Tom Hale.\n\nHale, a state senator, shrugged off the threat. '
            '"Dana has been threatening to sue me for months," he told reporters in Aurora. "She never does."\n')
    art = run(text, published="2016-03-07")
    assert [s for _, s in _speakers(art)] == ["Tom Hale", "Tom Hale"]


def test_a_speaker_through_the_participle_of_a_root_name(run):
    """`Dana Price, the party's nominee, seized on the ruling, calling the process "rigged"`: the apposition made
    the parse read the verb as the name's participle; the speaker is the nominee, not `the process`."""
    text = ('Dana Price, the Republican nominee for governor, seized on the ruling at a rally in Pueblo on Tuesday '
            'evening, calling the process "rigged" and promising an inquiry if elected.\n')
    art = run(text, published="2016-03-07")
    assert _speakers(art) == [('"rigged"', "Dana Price")]


def test_bringing_charges_not_done_is_negated(run):
    """`did not bring charges` / `would not bring a lawsuit`: `bring` does the act at law; negated (`bringing the
    agreement into force` is no act of it: test_event_checks)."""
    art = run("The county prosecutor did not bring charges against the deputy.\n", published="2016-03-07")
    assert not found(art, "COERCE") and not found(art, "ACCUSE")


def test_a_bare_general_assembly_of_an_american_story(run):
    """`the General Assembly` of a story from Raleigh that never names the UN is the state's legislature."""
    text = ("RALEIGH, N.C. (AP) \u2014 Gov. Ann Voss on Friday vetoed a bill backed by Republican leaders in the "
            "General Assembly.\n")
    art = run(text, published="2016-10-07")
    a = actor_at(art, text, "General Assembly")
    assert a is not None and a.country == "USA" and a.sector == "LEG" and "UN" not in a.name
    guard = ("NEW YORK (Reuters) - The U.N. General Assembly met on Thursday. The General Assembly condemned the "
             "blockade.\n")
    g = actor_at(run(guard, published="2016-10-07"), guard, "General Assembly", 1)
    assert g is not None and g.sector == "IGO"


def test_running_against_someone_is_no_accusation(run):
    """`a Democrat who is challenging the governor in November`: a candidate's race, no ACCUSE; a challenge over a
    matter stays one (guard)."""
    art = run("Ann Voss, a Democrat who is challenging Gov. Tom Hale in November, spoke in Durham on Monday.\n",
              published="2016-10-07")
    assert not found(art, "ACCUSE")
    art = run("Ann Voss, a lawyer who is challenging Mayor Tom Hale over the budget cuts, spoke on Monday.\n",
              published="2016-10-07")
    assert found(art, "ACCUSE")


def test_an_event_noun_a_verb_is_about_has_no_doer(run):
    """`grilled the FBI chief over the email probe`: the probe is what the grilling is about; the senators did not
    probe anyone (was ACCUSE 090 / COERCE by the senators)."""
    art = run("Senators grilled the police chief over the bribery probe on Tuesday.\n", published="2016-10-07")
    assert not [e for e in art.events if e.trigger.text.endswith("probe")]


def test_the_president_in_a_quote_is_the_speakers_own(run):
    """`"The president will veto this bill," Earnest said` in a story full of Iran: the White House spokesman's
    president (was Iran's, the country named last)."""
    text = ("WASHINGTON (AP) \u2014 The House voted on Thursday to impose new sanctions on Iran's missile program. "
            "Iran tested two missiles in March, and Iran's foreign ministry called the bill hostile.\n\n"
            "Josh Earnest, the White House press secretary, told reporters the bill would harm the nuclear deal Iran struck "
            'last year. "The president will veto this bill if it reaches his desk," Earnest said.\n')
    art = run(text, published="2016-07-14")
    a = actor_at(art, text, "The president")
    assert a is not None and a.country == "USA"


def test_an_attack_in_a_clause_of_its_own_is_told(run):
    """`..., the second night of unrest after an officer shot dead a black man`: the shooting is an event beside the
    tear gas, whatever the sentence model thought of its type (was left out)."""
    text = ("Police fired tear gas at marchers in Tulsa on Wednesday night, the second night of unrest after an "
            "officer shot dead an unarmed teenager in a parking lot.\n")
    art = run(text, published="2016-09-22")
    assert ("an officer", "an unarmed teenager") in pairs(art, "ASSAULT")
    assert found(art, "COERCE")


def test_officers_counted_are_no_force_that_arrests(run):
    """`Four officers were injured and 44 people were arrested`: the officers hurt did not make the arrests (the
    article's police body, when one is named, still does: guard)."""
    art = run("Four officers were injured and 44 people were arrested.\n", published="2016-09-22")
    assert [s for s, _ in pairs(art, "COERCE")] == [""]
    art = run("Tulsa police said the man was arrested Sunday.\n", published="2016-09-22")
    assert ("Tulsa police", "the man") in pairs(art, "COERCE")


def test_the_shooting_death_of_someone(run):
    """`investigating the shooting death of a bouncer`: the one shot is the death's `of` object (no event before)."""
    art = run("Police are investigating the shooting death of a bouncer outside a bar early Saturday.\n",
              published="2016-06-13")
    assert any(t.endswith("a bouncer outside a bar") or t == "a bouncer"
               for e in found(art, "ASSAULT") for t in [p.text for p in e.target])


def test_a_headline_ban_lifted_is_no_sanction():
    """A headline the parse reads as one name (`Canada Lifts Fishing Ban to Norway`: `Lifts` and `Fishing` compounds
    of `Ban`): the lifting word among the sanction noun's compounds makes the ban lifted, CONCEDE as `lifted a ban on
    X` is (checks.retype), not a sanction laid. The parse is built by hand: the tagger makes this reading of a few
    headlines only, none of them ours."""
    from spacy.tokens import Doc

    from dateline import nlp
    from dateline.extractors.events.checks import _lifted_before, senses

    words = ["Canada", "Lifts", "Fishing", "Ban", "to", "Norway", "."]
    doc = Doc(nlp.load().vocab, words=words, heads=[3, 3, 3, 3, 3, 4, 3],
              deps=["compound", "compound", "compound", "ROOT", "prep", "pobj", "punct"])
    assert _lifted_before(doc[3], senses())
    doc = Doc(nlp.load().vocab, words=["Canada", "Fishing", "Ban"], heads=[2, 2, 2],
              deps=["compound", "compound", "ROOT"])
    assert not _lifted_before(doc[2], senses())     # a ban named with no lifting word stays what it is


def test_an_act_or_an_occasion_is_no_doer_of_an_attack_kept(run):
    """`... after last Sunday's suicide bombings that killed more than 250 people`: the bombings are no doer, so no
    extra ASSAULT of `bombings` is kept beside the sentence's act (lead44's attack on someone asks for a doer who
    is someone); `the shooting deaths of X` are no doer of the shooting either."""
    art = run("The State Department issued a travel warning for Sri Lanka after last Sunday's suicide bombings that "
              "killed more than 250 people.\n", published="2019-04-25")
    assert not [e for e in found(art, "ASSAULT") if "bombings" in " ".join(p.text for p in e.source)]
    art = run("The group is suing the agency over a report written after the shooting deaths of three teenagers.\n",
              published="2019-04-25")
    assert not [e for e in found(art, "ASSAULT") if "deaths" in " ".join(p.text for p in e.source)]
