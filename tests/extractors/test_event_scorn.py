"""Criticism said without an accuse verb (extractors/events/evaluative.py, lexicon/evaluation.tsv): a speaker's
words of scorn about an actor, an act or a claim are ACCUSE by the speaker, aimed at the actor; on invented
sentences, each aimed at one form, with the forms that must stay no event beside them."""
from __future__ import annotations

import pytest

from tests.helpers import asserted


def accusations(article):
    return [(tuple(p.text for p in e.source), tuple(p.text for p in e.target), e.trigger.text)
            for e in asserted(article) if e.type == "ACCUSE"]


def blames(acc, who: str, whom: str) -> bool:
    """Some accusation whose source names `who` and whose target names `whom` ("" for any)."""
    return any(who in " ".join(s) and whom in " ".join(t) for s, t, _ in acc)


def test_the_evaluation_lexicon_loads_and_documents_its_classes():
    from importlib import resources

    from dateline.extractors.events.evaluative import words
    w = words()
    for cls in ("scorn", "nickname", "plain", "situation", "cost"):
        assert w[cls], cls
    assert "poisonous" in w["scorn"] and "crooked" in w["nickname"] and "critical" in w["plain"]
    head = resources.files("dateline").joinpath("lexicon", "evaluation.tsv").read_text(encoding="utf-8")
    documented = {line[1:].split()[0] for line in head.splitlines() if line.startswith("#   ")}
    assert set(w) <= documented, set(w) - documented


def test_blame_of_a_deed_blames_whom_its_words_name(run):
    art = run("\n\n\u201cThe fact that Acme Corp is leaving our country is disgusting,\u201d Senator Oakes said.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Acme"), acc
    art = run("\n\nThe new tax plans are \u201cprofoundly irresponsible,\u201d said Ana Ruiz, a budget expert.\n")
    acc = accusations(art)
    assert any("Ruiz" in " ".join(s) and not t for s, t, _ in acc), acc


def test_a_report_called_misleading_is_criticism(run):
    art = run("\n\nThe campaign spokesman said the Tribune report was misleading because it left out the meetings.\n")
    acc = accusations(art)
    assert blames(acc, "spokesman", ""), acc
    assert not any(e.type == "REJECT" and e.trigger.text == "misleading" for e in asserted(art)), asserted(art)


def test_a_condemnation_told_again_is_one_event(run):
    art = run("\n\nThe Cypriot government strongly condemned the two bombings on Friday, calling them an "
              "\u201catrocious crime.\u201d\n")
    acc = accusations(art)
    assert len(acc) == 1, acc


def test_one_speaker_scorning_one_man_several_ways_is_one_criticism(run):
    art = run("\n\nMayor Brandt says voters must learn that Governor Pell is an egomaniac, that he\u2019s "
              "disrespectful to women and that he\u2019s hostile to unions.\n")
    acc = accusations(art)
    assert len(acc) == 1, acc


def test_an_adverb_of_degree_is_no_scorn(run):
    art = run("\n\nThe governor said the senator had badly injured his knee.\n")
    assert not [e for e in art.events if e.type == "ACCUSE"], [(e.type, e.trigger.text) for e in art.events]


BLAME_CASES = [  # (test id, text, who, whom)
    ('a_curly_contraction_is_a_copula',
     "\n\n\u201cIt\u2019s downright ludicrous,\u201d Senator Halvorsen said in a statement.\n",
     "Halvorsen", ""),
    ('the_manner_of_an_act_said_by_someone_blames_the_doer-1',
     "\n\nMaria Ocampo said that Governor Pell had treated her family disrespectfully during a visit.\n",
     "Ocampo", "Pell"),
    ('a_nickname_of_scorn_is_criticism_by_the_speaker',
     "\n\n\u201cCrooked Dana Whitfield is spending a fortune on ads,\u201d Senator Oakes said.\n",
     "Oakes", "Whitfield"),
    ('a_word_of_blame_on_someones_claim_blames_its_owner',
     "\n\n\u201cGovernor Pell\u2019s absurd claim about the budget shows he is lost,\u201d wrote Ana Ruiz, "
     "the party chair.\n",
     "Ruiz", "Pell"),
    ('a_new_word_of_scorn_in_a_verdict',
     "\n\nMayor Brandt called the senator a \u201cshameless huckster\u201d and views the governor as a "
     "poisonous figure.\n",
     "", "governor"),
    ('that_is_propaganda_in_a_quote',
     "\n\n\u201cThat is total propaganda,\u201d Senator Oakes replied.\n",
     "Oakes", ""),
    ('verdicts_read_every_complement_and_the_passive-1',
     "\n\nSenator Oakes called the council\u2019s suspension \u201carbitrary.\u201d\n",
     "Oakes", "council"),
    ('verdicts_read_every_complement_and_the_passive-2',
     "\n\nIn Miami, Mayor Brandt said, Governor Pell is seen as \u201ca bully.\u201d\n",
     "Brandt", "Pell"),
    ('verdicts_read_every_complement_and_the_passive-3',
     "\n\nThe senator referred to the protesters as \u201cthugs\u201d at the rally.\n",
     "", "protesters"),
    ('a_word_on_someones_act_holds_whatever_its_clause_says-1',
     "\n\nMayor Brandt said Governor Pell\u2019s disastrous decisions in the port are not limited to "
     "the budget.\n",
     "Brandt", "Pell"),
    ('a_word_on_someones_act_holds_whatever_its_clause_says-2',
     "\n\n\u201cThere is no place on this court for Judge Amberly\u2019s long record of dangerous rhetoric,"
     "\u201d Senator Oakes said.\n",
     "Oakes", "Amberly"),
    ('it_called_a_scornful_thing_in_a_quote-1',
     "\n\n\u201cWell, it\u2019s a silly thing to say,\u201d Senator Oakes said.\n",
     "Oakes", ""),
    ('one_quoted_as_saying_is_the_sayer',
     "\n\nA senior police official was quoted by local media as saying that a militant group from the "
     "hills planned the bombings.\n",
     "official", "group"),
    ('someone_said_not_to_be_trusted_is_criticised_but_not_by_a_poll-1',
     "\n\nSenator Oakes said he still believes Governor Pell cannot be trusted with the state budget.\n",
     "", "Pell"),
    ('a_line_opening_with_a_name_and_a_colon_is_that_names_words',
     "\n\nSenator Oakes: Governor Pell Is a Disgrace to This State\n\nSenator Oakes spoke about Governor "
     "Pell on Monday.\n",
     "Oakes", "Pell"),
    ('a_verdict_on_what_someone_lacks_or_has_done_reaches_them-1',
     "\n\n\u201cAs governor, his lack of knowledge is deeply disturbing,\u201d said Ana Ruiz, a budget "
     "expert.\n",
     "Ruiz", "his"),
    ('a_verdict_on_what_someone_lacks_or_has_done_reaches_them-2',
     "\n\n\u201cHer tenure as mayor is a vulnerability, not an asset,\u201d said Ana Ruiz, a party "
     "adviser.\n",
     "Ruiz", "Her"),
    ('whose_fault_it_is_said_by_someone-1',
     "\n\n\u201cIt is Governor Pell\u2019s fault,\u201d Senator Oakes said.\n",
     "Oakes", "Pell"),
]


@pytest.mark.parametrize("text, who, whom", [pytest.param(*row, id=i) for i, *row in BLAME_CASES])
def test_the_speaker_blames_the_one_named(run, text, who, whom):
    acc = accusations(run(text))
    assert blames(acc, who, whom), acc


NO_BLAME_CASES = [  # (test id, text)
    ('the_manner_of_an_act_said_by_someone_blames_the_doer-2',
     "\n\nThe governor spoke briefly and left quickly after the visit.\n"),
    ('a_plain_word_before_a_noun_blames_no_one',
     "\n\n\u201cWe applaud the plan for affirming the council\u2019s critical role in the city,\u201d "
     "said Ana Ruiz.\n"),
    ('a_state_of_things_is_no_deed',
     "\n\n\u201cThe situation in the region is terrible,\u201d said Ana Ruiz, a budget expert.\n"),
    ('verdicts_read_every_complement_and_the_passive-4',
     "\n\nShe said she would like to see him come forward and clear his name.\n"),
    ('it_called_a_scornful_thing_in_a_quote-2',
     "\n\n\u201cI agree it is bad, and we have to act now,\u201d Senator Oakes said.\n"),
    ('blame_taken_back_or_of_the_speakers_own_side_is_none-1',
     "\n\n\u201cI still don\u2019t think she committed some horrible crime,\u201d Senator Oakes said.\n"),
    ('blame_taken_back_or_of_the_speakers_own_side_is_none-2',
     "\n\n\u201cBut he\u2019s our orange buffoon, and we love him!\u201d said Mary Dunne, a voter.\n"),
    ('a_cost_or_a_date_is_no_one_blamed-1',
     "\n\n\u201cThey paid an awful price for their freedom,\u201d said Mary Dunne, a nurse.\n"),
    ('a_cost_or_a_date_is_no_one_blamed-2',
     "\n\nThe coffee trade in Kenya has been troubled for a decade.\n"),
    ('someone_said_not_to_be_trusted_is_criticised_but_not_by_a_poll-2',
     "\n\nIn a new poll, 75 percent of voters said most people in politics cannot be trusted.\n"),
    ('whose_fault_it_is_said_by_someone-2',
     "\n\n\u201cIt is not my fault,\u201d Senator Oakes said.\n"),
]


@pytest.mark.parametrize("text", [pytest.param(*row, id=i) for i, *row in NO_BLAME_CASES])
def test_no_one_is_blamed(run, text):
    acc = accusations(run(text))
    assert not acc, acc
