"""Actors on invented stories for what the twelfth session's review (rev12a) found too broad in act3's rules: a time
before a country, a quotation attributed after a dash, names the lexicon knows after a work noun, a reproach or an
accuser who is no police, a region's president, `former` as part of a longer word."""
from __future__ import annotations

from tests.helpers import actor_at


at = actor_at


def test_a_time_before_a_country_leaves_it_a_state(run):
    """`_name_ending_in_country` took `Sunday Russia` for a name like `Priorities USA`."""
    text = ("KYIV -- On Sunday Russia launched a wave of drones at Kyiv, officials said. In January Iran said it would "
            "enrich uranium.\n")
    art = run(text, published="2023-02-06")
    assert at(art, text, "Russia") is not None and at(art, text, "Russia").country == "RUS"
    assert at(art, text, "Iran") is not None and at(art, text, "Iran").country == "IRN"


def test_a_quote_attributed_after_a_dash_is_no_signature(run):
    """A line that is one quotation and its speaker's name after a dash is no digest writer's signature."""
    text = ("Quotes of the week.\n\n\"We will not back down.\"—Amal Haddad\n\n\"The border is closed.\"—Omar "
            "Suleiman\n")
    art = run(text, published="2023-02-06")
    for name in ("Amal Haddad", "Omar Suleiman"):
        assert at(art, text, name) is not None and at(art, text, name).sector != "MED", name


def test_known_names_after_a_work_noun_are_no_title(run):
    """`the essay Trump and Putin praised`: names the lexicon knows joined by a small word did something."""
    text = ("WASHINGTON -- Elizabeth Warren said on Monday the essay Trump and Putin praised was a lie. The joint "
            "exercise Russia and China held in the Pacific alarmed Japan.\n")
    art = run(text, published="2018-07-20")
    assert at(art, text, "Trump") is not None and at(art, text, "Putin") is not None
    assert at(art, text, "China") is not None


def test_a_reproach_or_an_accuser_who_is_no_police_makes_no_suspect(run):
    """`accused of hypocrisy`, `accused of lying by Democrats`, a question: no crime charged; `accused of murder`
    and `arrested by police` still are."""
    text = ("WASHINGTON -- Tom Reed was accused of hypocrisy on Tuesday. Ann Dole was accused of lying by Democrats. "
            "Was Jim Lusk arrested? Robert Petit was accused of murder on Monday. Carl Mintz was arrested by police.\n")
    art = run(text, published="2016-03-01")
    for name in ("Tom Reed", "Ann Dole", "Jim Lusk"):
        assert at(art, text, name).sector != "CRM", name
    for name in ("Robert Petit", "Carl Mintz"):
        assert at(art, text, name).sector == "CRM", name


def test_a_region_the_tagger_knows_keeps_its_president(run):
    """`Puntland President Said Deni`, `Catalan President`: a place or people the tagger names before `President`, not
    a body's name."""
    text = ("MOGADISHU -- Puntland President Said Deni accused the federal government of meddling on Monday. Catalan "
            "President Carles Puigdemont said he would back him.\n")
    art = run(text, published="2022-05-02")
    assert at(art, text, "Said Deni").sector == "GOV"
    assert at(art, text, "Carles Puigdemont").sector == "GOV"


def test_former_is_matched_as_a_word(run):
    """`tax reformer President Reagan` holds `former` inside a word: still a figure of history in office."""
    text = ("WASHINGTON -- Grover Norquist said on Monday that tax reformer President Reagan cut taxes in 1986. "
            "Ex-President Carter disagreed.\n")
    art = run(text, published="2016-09-06")
    assert at(art, text, "Reagan").sector == "GOV"
    assert at(art, text, "Carter").sector == "ELI"
