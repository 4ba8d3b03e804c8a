"""ident57: wrong identities on unseen text (docs/actors.md `### ident57`). A bare surname shared by two lexicon
people the article names, told apart by its own sentence (people.py `_namesake_in_sentence`: an age word, an apposed
office, a kin noun a pronoun owns), and a description that ranges over two or more people (`either candidate`,
`both candidates`) given to no one (descriptions.py `_distributive`). Invented sentences; facts of who held which
office are public; a near-miss each."""
from __future__ import annotations

from tests.helpers import actor_at, check_identity

BROTHERS = "Jeb Bush toured a plant in Aiken on Monday. George W. Bush joined him at a rally there in the evening. "
FATHER = "George H. W. Bush met donors in Midland on Friday. George W. Bush flew in to see him later that night. "


def test_act56x_elder_before_a_bare_surname_is_the_elder_namesake(run):
    text = BROTHERS + "The elder Bush told the crowd that the rebuilding of the port was his proudest work.\n"
    check_identity(run(text, published="2016-02-15"), text, "Bush told", "George W. Bush")


def test_act56x_younger_before_honorific_surname_is_the_younger_namesake(run):
    text = FATHER + "The younger Mr. Bush told the donors that the budget would pass.\n"
    check_identity(run(text, published="2003-02-15"), text, "Bush told", "George W. Bush")


def test_act56x_apposed_former_office_tells_the_namesake(run):
    text = BROTHERS + "Later, Mr. Bush, the former president, told the reporters the plant had been his idea.\n"
    article = run(text, published="2016-02-15")
    check_identity(article, text, "Bush, the former", "George W. Bush")


def test_act56x_pronoun_kin_noun_tells_the_namesake(run):
    text = BROTHERS + "Mr. Bush praised his younger brother as a patient leader of the state.\n"
    check_identity(run(text, published="2016-02-15"), text, "Bush praised", "George W. Bush")
    text = FATHER + "Mr. Bush said his son had kept every promise to the ranchers.\n"
    check_identity(run(text, published="2003-02-15"), text, "Bush said", "George H. W. Bush")


def test_act56x_near_miss_plain_brother_or_unknown_office_changes_nothing(run):
    text = BROTHERS + "Mr. Bush praised his brother as a patient leader of the state.\n"
    plain = actor_at(run(text, published="2016-02-15"), text, "Bush praised")
    base = BROTHERS + "Mr. Bush praised the crowd as a patient audience in the state.\n"
    before = actor_at(run(base, published="2016-02-15"), base, "Bush praised")
    assert plain is not None and before is not None and plain.name == before.name, (plain, before)
    text = BROTHERS + "Later, Mr. Bush, a former oil man, told the reporters the plant had been his idea.\n"
    oil = actor_at(run(text, published="2016-02-15"), text, "Bush, a former")
    assert oil is not None and oil.name == before.name, oil


def test_act56x_either_candidate_is_no_one(run):
    text = ("Donald Trump and Bernie Sanders spoke in Toledo on Tuesday. The anger of the mill towns may not carry "
            "either candidate to the White House, Ann Pell wrote.\n")
    check_identity(run(text, published="2016-03-16"), text, "either candidate", None,
                   forbidden=("Donald Trump", "Bernie Sanders"))
    text = ("Donald Trump spoke in Toledo on Tuesday. Neither candidate named the levy in the debate, and both "
            "candidates left early.\n")
    article = run(text, published="2016-03-16")
    check_identity(article, text, "Neither candidate", None, forbidden=("Donald Trump",))
    check_identity(article, text, "candidates left", None, forbidden=("Donald Trump",))


def test_act56x_both_before_bare_roles_is_no_one(run):
    text = ("Hillary Clinton spoke in Toledo on Tuesday. She said a leader must be ready on the first morning to "
            "serve as both president and head of the armed forces.\n")
    check_identity(run(text, published="2016-04-14"), text, "president and", None, forbidden=("Barack Obama",))


def test_act56x_near_miss_both_the_president_and_another_keeps_the_holder(run):
    text = ("Congress met on Tuesday. The bill was praised by both the president and the speaker of the house, "
            "and President Obama signed it on Friday.\n")
    article = run(text, published="2016-04-14")
    holder = actor_at(article, text, "the president")
    assert holder is not None and holder.name == "Barack Obama", holder


def test_act56x_candidacy_post_still_to_be_won_is_no_one(run):
    lead = "Donald Trump won the primary in Toledo on Tuesday. "
    for tail, mention in (("Under the party's rules you must carry eight states to qualify to be the nominee.\n",
                           "the nominee"),
                          ("To be the GOP nominee, a contender must hold most of the delegates.\n", "GOP nominee"),
                          ("The rules do not require the delegates to name the candidate they support in advance.\n",
                           "the candidate"),
                          ("The territories vote in June to decide the Republican nominee for the fall.\n",
                           "Republican nominee"),
                          ("Few delegates care who the nominee is this year, Ann Pell said.\n", "the nominee")):
        text = lead + tail
        check_identity(run(text, published="2016-03-16"), text, mention, None, forbidden=("Donald Trump",))


def test_act56x_near_miss_candidacy_noun_of_the_holder_stays(run):
    text = ("Donald Trump won the primary in Toledo on Tuesday. The nominee said he would visit Dayton, and "
            "the candidate who backs the tariff spoke again on Friday.\n")
    article = run(text, published="2016-07-26")
    check_identity(article, text, "The nominee", "Donald Trump")


def test_act56x_bare_candidate_beside_a_runners_staff_is_that_runner(run):
    text = ("Bernie Sanders won in Wisconsin on Tuesday and said he is a stronger choice than Hillary Clinton. His "
            "campaign manager, Tom Vellers, says the win shows the candidate may yet catch up in delegates.\n")
    check_identity(run(text, published="2016-04-06"), text, "the candidate", "Bernie Sanders")
    text = ("Bernie Sanders won in Wisconsin on Tuesday, beating Hillary Clinton. Sanders advisers insist that, "
            "with the candidate focused on the late primaries, the party will wait.\n")
    check_identity(run(text, published="2016-04-06"), text, "the candidate", "Bernie Sanders")


def test_act56x_near_miss_her_staff_is_not_the_man_named_last(run):
    text = ("Hillary Clinton won in Wisconsin on Tuesday, beating Bernie Sanders. Her campaign manager, Tom Vellers, "
            "says the candidate will carry the state in the fall.\n")
    check_identity(run(text, published="2016-04-06"), text, "the candidate", "Hillary Clinton")


def test_act56x_speaker_description_is_not_a_person_named_in_the_quote(run):
    text = ("Bill Clinton spoke at a rally in Queens on Monday. “He is running harder against me than against the "
            "legacy of the Bush administration,” the former president said.\n")
    check_identity(run(text, published="2016-04-11"), text, "the former president", "Bill Clinton")


def test_act56x_near_miss_quote_naming_no_one_keeps_the_speaker(run):
    text = ("Former President George W. Bush spoke in Dallas on Monday. “We kept the country safe after the attacks,” "
            "the former president said.\n")
    check_identity(run(text, published="2016-04-11"), text, "the former president", "George W. Bush")


def test_act56x_his_staff_after_a_show_host_is_the_runners(run):
    text = ("Bernie Sanders spoke in Brooklyn on Wednesday, a day after beating Hillary Clinton, and then sat down "
            "with the host Tom Vellers on his show. His chief strategist said the candidate's life story would be "
            "told in the spring.\n")
    check_identity(run(text, published="2016-02-11"), text, "the candidate", "Bernie Sanders")


def test_act56x_near_miss_staffer_named_before_is_never_the_candidate(run):
    text = ("Hillary Clinton won in Wisconsin on Tuesday. Tom Vellers, a Sanders aide, said the count was slow. "
            "His assistant said the candidate would speak at noon.\n")
    actor = actor_at(run(text, published="2016-04-06"), text, "the candidate")
    assert actor is None or actor.name != "Tom Vellers", actor
