"""The teller's own accusation of a misdeed told (issue 10, ev17s; extractors/events/tellers.py,
lexicon/told_misdeeds.tsv): a reported act of a blaming kind by an actor is the act's event and the teller's ACCUSE
of its doer; a neutral report, the police telling a case, an act set aside in a relative or a clause of time, and
the doer's own telling are no accusation. Invented sentences, each aimed at one form."""
from __future__ import annotations

from tests.helpers import accusations, blames


def test_a_told_mockery_is_the_tellers_accusation_and_the_doers_act(run):
    art = run("\n\nSenator Oakes said that Governor Pell has mocked a disabled reporter.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Pell"), acc
    assert blames(acc, "Pell", "reporter"), acc
    told = next(e for e in art.events if e.type == "ACCUSE" and "Oakes" in e.source[0].text)
    assert told.trigger.text == "said" and told.confidence is not None and told.confidence >= 0.35, told


def test_a_teller_borrowed_from_the_verb_above(run):
    art = run('\n\nSenator Oakes spoke to farmers in Dayton, adding that Governor Pell "relentlessly attacks them."\n')
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_a_blamed_attack_is_told_as_a_wrong(run):
    art = run("\n\nSenator Oakes says Governor Pell is mounting a phony attack.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_a_plain_condemnation_told_is_news(run):
    art = run("\n\nThe United Nations passed resolutions condemning North Korea for its abuses, a scholar said.\n")
    acc = accusations(art)
    assert blames(acc, "United Nations", "North Korea"), acc
    assert not blames(acc, "scholar", "United Nations"), acc


def test_a_plain_refusal_withdrawal_or_threat_told_is_news(run):
    """rev17s: a refusal, a withdrawal or a threat told plainly is news, not the teller's blame (the guide's ACCUSE
    is criticism): a spokesman telling a rejection, a ministry a withdrawal, a senator praising a refusal."""
    for text in ("The spokesman said Iran had rejected the proposal.",
                 "The ministry said rebels withdrew from the town.",
                 "Senator Oakes said Governor Pell rejected the offer from the union.",
                 "Senator Oakes said Governor Pell rightly rejected the offer from the union.",
                 "Senator Oakes said Governor Pell threatened the union leaders with arrest."):
        acc = accusations(run("\n\n" + text + "\n"))
        assert not any(t in ("Iran", "rebels", "Governor Pell") for _, t, _ in acc), (text, acc)


def test_a_blamed_refusal_or_a_threat_told_by_its_target_accuses_the_doer(run):
    """rev17s: the refusal judged (said of as a disgrace), or the threat told by the one threatened."""
    art = run("\n\nSenator Oakes said Governor Pell's refusal to meet the farmers was not a good thing.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes said Governor Pell threatened him with arrest.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nThe rebels said the army threatened them with arrest.\n")
    assert blames(accusations(art), "rebels", "army"), accusations(art)
    art = run("\n\nThe rebels said the army threatened the villagers with arrest.\n")
    assert not blames(accusations(art), "rebels", "army"), accusations(art)


def test_a_harsh_attack_told_plainly_is_news(run):
    """rev17s: `attacked` told by an onlooker is news; told in the teller's quote, or by the one attacked, blame."""
    art = run("\n\nAnalysts said Governor Pell attacked the bank chairman on Twitter.\n")
    assert not blames(accusations(art), "Analysts", "Pell"), accusations(art)
    art = run('\n\nSenator Oakes said Governor Pell "attacked the bank chairman" on Twitter.\n')
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes said Governor Pell attacked him on Twitter.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes said Governor Pell's attacks have reinforced old stereotypes.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_a_told_act_the_teller_praises_is_no_accusation(run):
    """rev17s: the teller's SUPPORT of the act told is not also the teller's ACCUSE of its doer."""
    art = run("\n\nSenator Oakes said Governor Pell's refusal to meet the union was brave.\n")
    assert not blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nSenator Oakes said Governor Pell's attack on the bankers was brave.\n")
    assert not blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_a_pronoun_that_may_be_the_teller_is_not_accused(run):
    """rev17s: `He said he mocked the farmers`: an unresolved he is the teller himself, no self-accusation; another
    pronoun (`she`), or a name between them (`could lose because he ...`), may be someone else."""
    for text in ("He said he mocked the farmers.", "They said they mocked the farmers."):
        acc = accusations(run("\n\n" + text + "\n"))
        assert not any(s.lower() == t.lower() for s, t, _ in acc), (text, acc)
    acc = accusations(run("\n\nHe said she mocked the farmers.\n"))
    assert blames(acc, "He", "she"), acc


def test_an_act_told_as_negated_or_hypothetical_is_no_accusation(run):
    """rev17s: the teller's accusation needs the act told as done."""
    for text in ("Senator Oakes said Governor Pell might have mocked the farmers.",
                 "Senator Oakes said Governor Pell never mocked the farmers."):
        acc = accusations(run("\n\n" + text + "\n"))
        assert not blames(acc, "Oakes", "Pell"), (text, acc)


def test_the_tellers_accusation_is_not_made_twice(run):
    """The teller's ACCUSE of the doer is left out when the sentence has that pair's ACCUSE already."""
    for text in ("Senator Oakes criticized Governor Pell and said Pell mocked the farmers.",
                 "Senator Oakes condemned Governor Pell, saying that Pell had mocked the farmers."):
        acc = accusations(run("\n\n" + text + "\n"))
        assert sum(1 for s, t, _ in acc if "Oakes" in s and "Pell" in t) == 1, (text, acc)


def test_an_act_doubted_or_said_false_is_not_told(run):
    """rev17s: the act under a verb of doubt, or said to be false, between it and the reporting verb."""
    for text in ("Senator Oakes said he doubted that Governor Pell mocked the farmers.",
                 "Senator Oakes said it was false that Governor Pell mocked the farmers."):
        acc = accusations(run("\n\n" + text + "\n"))
        assert not blames(acc, "Oakes", "Pell"), (text, acc)


def test_police_named_in_a_compound_tell_a_case(run):
    """rev17s: `a police spokesman` is the police telling a case, as `police` is."""
    art = run("\n\nA police spokesman said the gunman mocked the officers.\n")
    assert not blames(accusations(art), "spokesman", "gunman"), accusations(art)


def test_neutral_tellers_accuse_no_one(run):
    art = run("\n\nA military spokesman confirmed that the army threatened the rebels in Dayton.\n")
    assert not blames(accusations(art), "spokesman", "army"), accusations(art)
    art = run("\n\nA military spokesman confirmed that the general mocked the reporters.\n")
    assert not blames(accusations(art), "spokesman", "general"), accusations(art)
    art = run("\n\nPolice said the gunman threatened two clerks at the store.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nGovernor Pell said he rejected the offer from the union.\n")
    assert not accusations(art), accusations(art)


def test_an_act_set_aside_is_not_told(run):
    art = run("\n\nAfter Senator Oakes criticized him, Governor Pell said the budget would pass.\n")
    assert not blames(accusations(art), "Pell", "Oakes"), accusations(art)
    art = run("\n\nRecords that Governor Pell questioned are stored in a center in Dayton, Senator Oakes wrote.\n")
    assert not blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nGovernor Pell said that after Senator Oakes mocked the farmers, the budget stalled.\n")
    assert not blames(accusations(art), "Pell", "Oakes"), accusations(art)
    art = run("\n\nSenator Oakes said the farmers whom Governor Pell mocked were angry.\n")
    assert not blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\nGovernor Pell spoke on Monday. Senator Oakes said the Pell attack on the bankers happened on "
              "Monday.\n")
    assert not any(tr == "said" for _, _, tr in accusations(art)), accusations(art)  # a noun's doer owns it


def test_a_quotes_speaker_named_in_the_sentence_before_tells_it(run):
    art = run('\n\n"Our border was safe last year," Senator Oakes said on Monday.\n\n"It was Governor Pell who '
              'withdrew the state troopers from the border without any plan."\n')
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)


def test_the_lexicon_loads():
    from dateline.extractors.events.tellers import words
    w = words()
    assert {"accuse", "threaten"} <= w["kind"] and "confirm" in w["neutral"] and "mock" in w["wrong"]
    assert "after" in w["setting"] and "09" in w["notcameo"]
    assert {"reject", "retreat", "threaten"} == w["plain"] and "attack" in w["harsh"] and "deny" in w["doubt"]
    assert not w["wrong"] & w["harsh"] and w["plain"] <= w["kind"]


def test_you_told_of_in_a_quote_is_accused(run):
    art = run('\n\n"It is shameful that you mocked the farmers of Dayton," Senator Oakes told the mayor.\n')
    assert blames(accusations(art), "Oakes", "you"), accusations(art)
