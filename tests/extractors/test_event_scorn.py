"""Criticism said without an accuse verb (extractors/events/evaluative.py, lexicon/evaluation.tsv): a speaker's
words of scorn about an actor, an act or a claim are ACCUSE by the speaker, aimed at the actor; on invented
sentences, each aimed at one form, with the forms that must stay no event beside them."""
from __future__ import annotations

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


def test_a_curly_contraction_is_a_copula(run):
    art = run("\n\n\u201cIt\u2019s downright ludicrous,\u201d Senator Halvorsen said in a statement.\n")
    assert blames(accusations(art), "Halvorsen", ""), accusations(art)


def test_the_manner_of_an_act_said_by_someone_blames_the_doer(run):
    art = run("\n\nMaria Ocampo said that Governor Pell had treated her family disrespectfully during a visit.\n")
    acc = accusations(art)
    assert blames(acc, "Ocampo", "Pell"), acc
    art = run("\n\nThe governor spoke briefly and left quickly after the visit.\n")
    assert not accusations(art), accusations(art)


def test_a_nickname_of_scorn_is_criticism_by_the_speaker(run):
    art = run("\n\n\u201cCrooked Dana Whitfield is spending a fortune on ads,\u201d Senator Oakes said.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Whitfield"), acc


def test_a_word_of_blame_on_someones_claim_blames_its_owner(run):
    art = run("\n\n\u201cGovernor Pell\u2019s absurd claim about the budget shows he is lost,\u201d wrote Ana Ruiz, "
              "the party chair.\n")
    acc = accusations(art)
    assert blames(acc, "Ruiz", "Pell"), acc


def test_a_plain_word_before_a_noun_blames_no_one(run):
    art = run("\n\n\u201cWe applaud the plan for affirming the council\u2019s critical role in the city,\u201d "
              "said Ana Ruiz.\n")
    assert not accusations(art), accusations(art)


def test_a_new_word_of_scorn_in_a_verdict(run):
    art = run("\n\nMayor Brandt called the senator a \u201cshameless huckster\u201d and views the governor as a "
              "poisonous figure.\n")
    acc = accusations(art)
    assert blames(acc, "", "governor"), acc


def test_blame_of_a_deed_blames_whom_its_words_name(run):
    art = run("\n\n\u201cThe fact that Acme Corp is leaving our country is disgusting,\u201d Senator Oakes said.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Acme"), acc
    art = run("\n\nThe new tax plans are \u201cprofoundly irresponsible,\u201d said Ana Ruiz, a budget expert.\n")
    acc = accusations(art)
    assert any("Ruiz" in " ".join(s) and not t for s, t, _ in acc), acc


def test_a_state_of_things_is_no_deed(run):
    art = run("\n\n\u201cThe situation in the region is terrible,\u201d said Ana Ruiz, a budget expert.\n")
    assert not accusations(art), accusations(art)


def test_that_is_propaganda_in_a_quote(run):
    art = run("\n\n\u201cThat is total propaganda,\u201d Senator Oakes replied.\n")
    assert blames(accusations(art), "Oakes", ""), accusations(art)


def test_verdicts_read_every_complement_and_the_passive(run):
    art = run("\n\nSenator Oakes called the council\u2019s suspension \u201carbitrary.\u201d\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "council"), acc
    art = run("\n\nIn Miami, Mayor Brandt said, Governor Pell is seen as \u201ca bully.\u201d\n")
    acc = accusations(art)
    assert blames(acc, "Brandt", "Pell"), acc
    art = run("\n\nThe senator referred to the protesters as \u201cthugs\u201d at the rally.\n")
    acc = accusations(art)
    assert blames(acc, "", "protesters"), acc
    art = run("\n\nShe said she would like to see him come forward and clear his name.\n")
    assert not accusations(art), accusations(art)


def test_a_word_on_someones_act_holds_whatever_its_clause_says(run):
    art = run("\n\nMayor Brandt said Governor Pell\u2019s disastrous decisions in the port are not limited to "
              "the budget.\n")
    acc = accusations(art)
    assert blames(acc, "Brandt", "Pell"), acc
    art = run("\n\n\u201cThere is no place on this court for Judge Amberly\u2019s long record of dangerous rhetoric,"
              "\u201d Senator Oakes said.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Amberly"), acc


def test_it_called_a_scornful_thing_in_a_quote(run):
    art = run("\n\n\u201cWell, it\u2019s a silly thing to say,\u201d Senator Oakes said.\n")
    assert blames(accusations(art), "Oakes", ""), accusations(art)
    art = run("\n\n\u201cI agree it is bad, and we have to act now,\u201d Senator Oakes said.\n")
    assert not accusations(art), accusations(art)


def test_blame_taken_back_or_of_the_speakers_own_side_is_none(run):
    art = run("\n\n\u201cI still don\u2019t think she committed some horrible crime,\u201d Senator Oakes said.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\n\u201cBut he\u2019s our orange buffoon, and we love him!\u201d said Mary Dunne, a voter.\n")
    assert not accusations(art), accusations(art)


def test_one_quoted_as_saying_is_the_sayer(run):
    art = run("\n\nA senior police official was quoted by local media as saying that a militant group from the "
              "hills planned the bombings.\n")
    acc = accusations(art)
    assert blames(acc, "official", "group"), acc


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


def test_a_cost_or_a_date_is_no_one_blamed(run):
    art = run("\n\n\u201cThey paid an awful price for their freedom,\u201d said Mary Dunne, a nurse.\n")
    assert not accusations(art), accusations(art)
    art = run("\n\nThe tourism industry in Kenya has been troubled for years.\n")
    assert not accusations(art), accusations(art)


def test_someone_said_not_to_be_trusted_is_criticised_but_not_by_a_poll(run):
    art = run("\n\nSenator Oakes said he still believes Governor Pell cannot be trusted with the state budget.\n")
    acc = accusations(art)
    assert blames(acc, "", "Pell"), acc
    art = run("\n\nIn a new poll, 75 percent of voters said most people in politics cannot be trusted.\n")
    assert not accusations(art), accusations(art)


def test_a_line_opening_with_a_name_and_a_colon_is_that_names_words(run):
    art = run("\n\nSenator Oakes: Governor Pell Is a Disgrace to This State\n\nSenator Oakes spoke about Governor "
              "Pell on Monday.\n")
    acc = accusations(art)
    assert blames(acc, "Oakes", "Pell"), acc


def test_one_speaker_scorning_one_man_several_ways_is_one_criticism(run):
    art = run("\n\nMayor Brandt says voters must learn that Governor Pell is an egomaniac, that he\u2019s "
              "disrespectful to women and that he\u2019s hostile to unions.\n")
    acc = accusations(art)
    assert len(acc) == 1, acc


def test_a_verdict_on_what_someone_lacks_or_has_done_reaches_them(run):
    art = run("\n\n\u201cAs governor, his lack of knowledge is disturbing to me,\u201d said Ana Ruiz, a budget "
              "expert.\n")
    assert blames(accusations(art), "Ruiz", "his"), accusations(art)
    art = run("\n\n\u201cHer tenure as mayor is a vulnerability, not an asset,\u201d said Ana Ruiz, a party "
              "adviser.\n")
    assert blames(accusations(art), "Ruiz", "Her"), accusations(art)


def test_whose_fault_it_is_said_by_someone(run):
    art = run("\n\n\u201cIt is Governor Pell\u2019s fault,\u201d Senator Oakes said.\n")
    assert blames(accusations(art), "Oakes", "Pell"), accusations(art)
    art = run("\n\n\u201cIt is not my fault,\u201d Senator Oakes said.\n")
    assert not accusations(art), accusations(art)


def test_an_adverb_of_degree_is_no_scorn(run):
    art = run("\n\nThe governor said the senator had badly injured his knee.\n")
    assert not [e for e in art.events if e.type == "ACCUSE"], [(e.type, e.trigger.text) for e in art.events]
