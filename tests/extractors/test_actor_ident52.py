"""ident52: no wrong real person (docs/actors.md `### ident52`): a role before a `for`/`under`/`of` whose object is a
name is another person's; a named owner's ally, rival or right-hand man who speaks is someone of their own; a
description right after a fronted phrase that ends in a name is the verb's subject; a `vice` office is no holder of
the office it qualifies; `be` contracted with a curly apostrophe is `be`; a bare surname that tells something new after
a public person's relative spoke is the public person's; a list of examples holding a person is a list of people; the
killer of a local story's victim is of the story's country; a title word that only modifies a noun of no person makes
no person's speaker. Invented sentences only (real office holders, invented private people and towns)."""
from __future__ import annotations

from tests.helpers import actor_at, actor_named, check_identity, linked_actor


def _texts(actor) -> list:
    return [m.text for m in actor.mentions] if actor is not None else []


# -- a role for another person before the name (`_after_employer_preposition`)

def test_a_spokesman_for_a_titled_name_is_not_that_person(run):
    text = ("DES MOINES, Iowa (Wire) -- Hillary Clinton toured a wind farm on Tuesday. A spokesman for Mrs. Clinton "
            "said the visit had been planned for weeks.\n\nA lawyer for Hillary Clinton declined to comment.\n")
    art = run(text, published="2016-04-12")
    hillary = actor_named(art, "Hillary Clinton")
    assert hillary is not None
    assert not any("spokesman" in t or "lawyer" in t for t in _texts(hillary)), _texts(hillary)
    spokesman = actor_at(art, text, "A spokesman")
    assert spokesman is None or spokesman.id != hillary.id


def test_a_manager_for_a_bare_name_and_a_director_under_a_president(run):
    text = ("BOSTON (Wire) -- Tessa Rudd, the deputy campaign manager for John Kerry in 2004, said the race was "
            "different now.\n\nOwen Marsh, a former trade director under President Bill Clinton, agreed.\n")
    art = run(text, published="2016-04-06")
    kerry = actor_named(art, "John Kerry")
    bill = actor_named(art, "Bill Clinton")
    assert kerry is None or not any("manager" in t for t in _texts(kerry)), _texts(kerry)
    assert bill is None or not any("director" in t for t in _texts(bill)), _texts(bill)


def test_a_formal_title_with_for_or_of_stays_the_name_s(run):
    # near-miss: a title in capitals (`Minister for ...`) and a lower-case title whose `of`-object is no title keep
    # their phrase as the name's
    text = ("CANBERRA (Wire) -- Minister for Justice Ann Lowry met growers on Monday.\n\n"
            "Former secretary of state Colin Powell spoke at a dinner in Washington.\n")
    art = run(text, published="2012-05-02")
    lowry = actor_at(art, text, "Ann Lowry")
    assert lowry is not None and any(t.startswith("Minister for Justice") for t in _texts(lowry)), _texts(lowry)
    powell = actor_at(art, text, "Colin Powell")
    assert powell is not None and any(t.lower().startswith("former secretary of state") for t in _texts(powell))


# -- a named owner's person who speaks (`speakers._pronoun_kin`, `_person_owner`)

def test_a_named_owner_s_ally_who_speaks_is_someone_else(run):
    text = ("DOVER, Del. (Wire) -- Senator Ann Marlow spoke to farmers on Monday.\n\n"
            "\"We will not back down,\" Marlow's closest ally said in a statement.\n\n"
            "\"It is far from over,\" Marlow's longtime business partner said.\n\n"
            "\"She will run again,\" a Marlow ally said.\n")
    art = run(text, published="2014-05-02")
    marlow = actor_at(art, text, "Senator Ann Marlow")
    ally = actor_at(art, text, "closest ally")
    partner = actor_at(art, text, "business partner")
    assert marlow is not None
    assert ally is not None and ally.id != marlow.id, (ally, marlow)
    assert partner is not None and partner.id != marlow.id, (partner, marlow)
    modifier = actor_at(art, text, "a Marlow ally")
    assert modifier is not None and modifier.id != marlow.id, (modifier, marlow)
    assert not any("ally" in t or "partner" in t for t in _texts(marlow)), _texts(marlow)


def test_the_named_speaker_and_a_staff_speaker_stay_as_they_were(run):
    # near-miss: the name that speaks is hers; a staff title owned by her is its own actor as before
    text = ("DOVER, Del. (Wire) -- Senator Ann Marlow spoke to farmers on Monday.\n\n"
            "\"We will not back down,\" Marlow said.\n\n\"No comment,\" Marlow's spokesman said.\n")
    art = run(text, published="2014-05-02")
    marlow = actor_at(art, text, "Senator Ann Marlow")
    assert actor_at(art, text, "Marlow said").id == marlow.id
    spokesman = actor_at(art, text, "spokesman")
    assert spokesman is not None and spokesman.id != marlow.id


# -- a description after a fronted phrase that ends in a name (`_subject_after_phrase`)

def test_a_description_after_a_fronted_phrase_is_the_verb_s_subject(run):
    text = ("WASHINGTON (Wire) -- Hillary Clinton campaigned in Ohio on Monday.\n\n"
            "In an interview with radio hosts Tom Vell and Dana Rudd, the Democratic presidential candidate stated "
            "that the economy was her first concern.\n")
    art = run(text, published="2016-02-26")
    rudd = actor_at(art, text, "Dana Rudd")
    desc = actor_at(art, text, "the Democratic presidential candidate")
    assert rudd is not None
    assert desc is None or desc.id != rudd.id, (desc, rudd)


def test_an_apposition_closed_by_a_comma_or_the_sentence_stays(run):
    # near-miss: appositions that a comma or the sentence's end closes are the name's
    text = ("DOVER, Del. (Wire) -- After a meeting with Ann Price, the mayor of Dover, the governor said the bridge "
            "would be rebuilt.\n\nHe later met with Ted Lowe, the mayor of Milford.\n")
    art = run(text, published="2015-06-02")
    price = actor_at(art, text, "Ann Price")
    lowe = actor_at(art, text, "Ted Lowe")
    assert price is not None and actor_at(art, text, "the mayor of Dover").id == price.id
    assert lowe is not None and actor_at(art, text, "the mayor of Milford").id == lowe.id


# -- a `vice` office (actor_words.tsv `office_qualifier`)

def test_the_vice_presidential_nominee_is_not_the_presidential_nominee(run):
    text = ("RICHMOND, Va. (Wire) -- Hillary Clinton spoke in Ohio on Monday.\n\n"
            "The vice presidential nominee spoke in Virginia later that day.\n")
    art = run(text, published="2016-08-10")
    check_identity(art, text, "The vice presidential nominee", None, forbidden=("Hillary Clinton",))


def test_the_presidential_nominee_and_the_vice_president_keep_their_holders(run):
    # near-miss: the office itself, and `vice president` as a title of its own
    text = ("RICHMOND, Va. (Wire) -- Hillary Clinton spoke in Ohio on Monday.\n\n"
            "The presidential nominee spoke in Virginia later that day. The vice president said the race was close.\n")
    art = run(text, published="2016-08-10")
    check_identity(art, text, "The presidential nominee", "Hillary Clinton")
    check_identity(art, text, "The vice president", "Joe Biden")


# -- `be` with a curly apostrophe (common.is_be)

def test_a_predicate_after_a_curly_contraction_is_the_subject_s(run):
    text = ("MIAMI (Wire) -- Donald Trump held a rally in Tampa on Monday.\n\n"
            "\u201cTom Vell owes voters an answer for why he\u2019s the lone candidate in the primary who has voted "
            "against every measure,\u201d said Dana Rudd, a spokeswoman for the senator.\n")
    art = run(text, published="2016-08-23")
    check_identity(art, text, "the lone candidate", None, forbidden=("Donald Trump",))


def test_is_be_reads_curly_contractions_and_leaves_possessives():
    from dateline.extractors.actors.common import is_be
    from dateline.pipeline import context
    from dateline.records import RawArticle

    doc = context(RawArticle(id="x", text="He\u2019s tired and they\u2019re late. Ann\u2019s dog barked.",
                             published=None, origin="x")).doc
    forms = {t.text + "/" + t.tag_: is_be(t) for t in doc if "\u2019" in t.text}
    assert forms.get("\u2019s/VBZ") is True and forms.get("\u2019re/VBP") is True, forms
    assert forms.get("\u2019s/POS") is False, forms


# -- a public person's bare surname after a relative spoke (`_principal`, `_goes_on_quoting`)

def test_a_bare_surname_telling_something_new_after_his_wife_spoke_is_his(run):
    text = ("ERIE, Pa. (Wire) -- Bernie Sanders and his wife, Jane, met union members in Erie on Sunday.\n\n"
            "Jane Sanders told the members that her husband would protect their pensions. Sanders said the primary "
            "in Pennsylvania was close.\n")
    art = run(text, published="2016-04-17")
    check_identity(art, text, "Sanders said", "Bernie Sanders")


def test_a_bare_surname_going_on_with_the_relative_s_quote_stays_hers(run):
    # near-miss: right after her closing quotation mark, or as the subject of `add`, the surname goes on quoting her
    text = ("ERIE, Pa. (Wire) -- Bernie Sanders and his wife, Jane, met union members in Erie on Sunday.\n\n"
            "Jane Sanders told the members that her husband would protect their pensions. \"He has never "
            "wavered,\" Sanders said.\n")
    art = run(text, published="2016-04-17")
    check_identity(art, text, "Sanders said", "Jane Sanders")
    text = ("ERIE, Pa. (Wire) -- Bernie Sanders and his wife, Jane, met union members in Erie on Sunday.\n\n"
            "Jane Sanders told the members that her husband would protect their pensions. Sanders added that the "
            "couple would return in May.\n")
    art = run(text, published="2016-04-17")
    check_identity(art, text, "Sanders added", "Jane Sanders")


# -- a list of examples holding a person (idle `_list_items`, `_person_item`)

def test_a_list_of_examples_with_a_person_is_a_list_of_people(run):
    text = ("HARLOW, Ky. (Wire) -- The students named role models such as Zorabel Quince and Marcus Hale, two "
            "teachers at the county school.\n")
    art = run(text, published="2015-05-02")
    assert actor_at(art, text, "Zorabel Quince") is not None


def test_a_list_of_things_stays_no_actor(run):
    # near-miss: examples of a kind of thing with no person among them
    text = ("HARLOW, Ky. (Wire) -- The shop sold brand names of tea including Misty Leaf and Ready Brew until "
            "it closed in May.\n")
    art = run(text, published="2015-05-02")
    assert actor_at(art, text, "Misty Leaf") is None and actor_at(art, text, "Ready Brew") is None


# -- the killer of a local story's victim (codes `_home_victims_killer`)

def test_a_local_victim_s_killer_is_of_the_story_s_country(run):
    text = ("HARLOW, Ky. (Wire) -- Tom Vell, a dairy farmer, was shot dead through a window of his home in 1998.\n\n"
            "Years later, Vell's killer admitted the shooting in a letter to a newspaper.\n")
    art = run(text, published="2003-03-02")
    killer = actor_at(art, text, "Vell's killer")
    assert killer is not None and killer.sector == "CRM" and killer.country == "USA", killer


def test_a_killer_told_as_a_foreigner_keeps_no_home_country(run):
    # near-miss: a sentence of the killer names another country's people
    text = ("HARLOW, Ky. (Wire) -- Tom Vell, a dairy farmer, was shot dead through a window of his home in 1998.\n\n"
            "Years later, Vell's killer, a Canadian citizen, admitted the shooting in a letter to a newspaper.\n")
    art = run(text, published="2003-03-02")
    killer = actor_named(art, "killer")
    assert killer is None or killer.country != "USA", killer


# -- a title word that modifies a noun of no person (speakers `_personal`)

def test_a_quote_of_a_body_of_no_person_is_not_the_last_speaker_s(run):
    text = ("WASHINGTON (Wire) -- Colin Powell said he had reviewed the messages. \"I do not see what makes them "
            "secret,\" he said.\n\nThe intelligence community has found that \"top secret\" material was in "
            "two of the messages.\n")
    art = run(text, published="2016-03-05")
    powell = actor_named(art, "Colin Powell")
    assert powell is not None and not any("community" in t for t in _texts(powell)), _texts(powell)


def test_a_description_headed_by_a_title_still_speaks_for_its_person(run):
    # near-miss: the title word heads the speaker's phrase
    text = ("WASHINGTON (Wire) -- Former secretary of state Colin Powell spoke at a dinner on Monday.\n\n"
            "\"We must act,\" the former secretary of state said.\n")
    art = run(text, published="2016-03-05")
    check_identity(art, text, "the former secretary of state said", "Colin Powell")


# -- a lexicon person's written forms (people.tsv)

def test_the_treasury_secretary_by_his_full_given_name(run):
    text = ("BEIJING (Wire) -- The finance minister answered complaints from the U.S. Treasury secretary, Jacob J. "
            "Lew, about cheap steel. Lew raised them again on Monday.\n")
    art = run(text, published="2016-06-07")
    lew = actor_at(art, text, "Jacob J. Lew")
    assert lew is not None and lew.name == "Jack Lew" and lew.country == "USA", lew
    assert linked_actor(art, text, "Lew", nth=1) is not None


# -- a relative's gender from the kin noun that introduced them (people `_introduced_gender`)

def test_a_bare_surname_with_he_is_not_the_wife_whose_given_name_is_unknown(run):
    text = ("MIDLAND, Mich. (Wire) -- Orrin Tamsin and his wife, Zelphia, marked their 60th anniversary on Sunday at a "
            "church hall.\n\nZelphia Tamsin said the secret was patience. Tamsin said he had proposed on a bus.\n")
    art = run(text, published="2011-02-14")
    check_identity(art, text, "Tamsin said he", "Orrin Tamsin")


def test_a_bare_surname_going_on_after_the_wife_s_quote_stays_hers(run):
    # near-miss: no pronoun tells a gender; her quotation goes on
    text = ("MIDLAND, Mich. (Wire) -- Orrin Tamsin and his wife, Zelphia, marked their 60th anniversary on Sunday at a "
            "church hall.\n\nZelphia Tamsin said the secret was patience. \"We never went to bed angry,\" Tamsin "
            "said.\n")
    art = run(text, published="2011-02-14")
    check_identity(art, text, "Tamsin said.", "Zelphia Tamsin")


# -- an unnamed staff member after a past modal (descriptions `_said_with_past_modal`)

def test_an_unnamed_spokesman_after_could_is_someone_of_their_own(run):
    text = ("CONCORD, N.H. (Wire) -- Bernie Sanders held a rally on Friday. The debate fell on a holiday weekend, and "
            "a spokeswoman for Bernie Sanders could only quip that the good nights were booked.\n")
    art = run(text, published="2015-12-23")
    bernie = actor_named(art, "Bernie Sanders")
    spokesman = actor_at(art, text, "a spokeswoman")
    assert spokesman is not None and bernie is not None and spokesman.id != bernie.id, (spokesman, bernie)


def test_a_rule_told_with_would_names_nobody(run):
    # near-miss: `would` with a verb of no speech and no denial is a rule or a guess, no one who acted
    text = ("CONCORD, N.H. (Wire) -- Bernie Sanders held a rally on Friday. A candidate would need 2,383 delegates "
            "to win the nomination.\n")
    art = run(text, published="2016-03-23")
    assert actor_at(art, text, "A candidate") is None
