"""act33c: issue 11 - a person whose title is written but not read stays a private person (CVL) or gets no sector:
a local government's engineer, a school's counselor, a budget chief (titles.tsv), a title the tagger takes into the
name (`K-9 Trooper Jason ...`), a title of a headline-case line. Invented sentences; the edges keep no title."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_towns_engineer_before_the_name_is_its_official(run):
    text = "City engineer Tom Fayle said the road along the river would reopen on Monday after the repairs.\n"
    fay = actor_at(run(text), text, "Tom Fayle")
    assert fay is not None and fay.sector == "GOV"


def test_a_towns_engineer_in_apposition_is_its_official(run):
    text = "The county engineer, Tom Fayle, said the road along the river would reopen on Monday.\n"
    fay = actor_at(run(text), text, "Tom Fayle")
    assert fay is not None and fay.sector == "GOV"


def test_a_schools_counselor_is_of_the_school(run):
    text = "Guidance counselor Ann Rowley said students could still register late for the exams next week.\n"
    roe = actor_at(run(text), text, "Ann Rowley")
    assert roe is not None and roe.sector == "EDU"


def test_a_budget_chief_is_an_official(run):
    text = ("The governor issued a statement soon after White House budget chief Peter Orsini rejected his "
            "bid to use the federal money.\n")
    chief = actor_at(run(text), text, "Peter Orsini")
    assert chief is not None and chief.sector == "GOV"


def test_a_former_engineer_or_a_street_is_no_official(run):
    text = "A former engineer, Tom Fayle, said the bridge on Engineer Street was unsafe for the trucks.\n"
    art = run(text)
    fay = actor_at(art, text, "Tom Fayle")
    assert fay is None or fay.sector != "GOV"
    assert actor_at(art, text, "Engineer Street") is None


def test_counsel_as_advice_and_a_bare_counselor_give_no_title(run):
    text = ("Ann Rowley, a counselor at the summer camp, said she took the counsel of her lawyer before she spoke "
            "to the families.\n")
    roe = actor_at(run(text), text, "Ann Rowley")
    assert roe is None or roe.sector not in ("EDU", "GOV", "JUD")


def test_a_title_tagged_as_a_body_before_an_untagged_name_is_the_persons(run):
    text = ("They met in a special session last week, at the urging of First Selectman Jeremy J. Fayter. "
            "Fayter explained that he hoped to buy the new bathroom with the other town.\n")
    art = run(text)
    fay = actor_at(art, text, "Jeremy J. Fayter")
    assert fay is not None and fay.sector == "GOV"
    assert not any(a.name == "First Selectman" for a in art.actors)


def test_a_units_mark_and_title_tagged_into_the_name_are_left_out(run):
    text = "KSP K-9 Trooper Jason McCoyne went to the site with his dog and tracked the driver into the woods.\n"
    trooper = actor_at(run(text), text, "Jason McCoyne")
    assert trooper is not None and trooper.sector == "COP" and trooper.name == "Jason McCoyne"


def test_a_title_and_name_tagged_whole_as_a_body_is_the_person(run):
    text = ("Any change would need a second board vote. For now, Superintendent Kari McVeigh said, "
            "\"What we really want to learn is, 'Would this town back any parcel tax?'\"\n")
    head = actor_at(run(text), text, "Kari McVeigh")
    assert head is not None and head.name == "Kari McVeigh" and head.sector == "EDU"


def test_a_body_or_road_named_after_a_titled_person_stays_no_person(run):
    text = ("The money will go to the Governor Anna Smith Foundation, and the parade went down President Grant "
            "Avenue on Sunday.\n")
    art = run(text)
    assert not any(a.name in ("Anna Smith", "Grant") and a.kind == "person" for a in art.actors)


def test_a_title_the_parse_hangs_on_the_noun_before_is_the_names(run):
    text = "The agency has not found the source, a spokeswoman for the FDA, Laura Alving, said Monday.\n"
    spokeswoman = actor_at(run(text), text, "Laura Alving")
    assert spokeswoman is not None and spokeswoman.sector == "GOV"


def test_a_title_in_a_phrase_before_the_subject_is_not_the_subjects(run):
    text = "After talking to a lawyer, Ann Lowry said she would not sign the lease for the shop.\n"
    lee = actor_at(run(text), text, "Ann Lowry")
    assert lee is None or lee.sector == "CVL"


def test_a_school_named_before_a_title_stays_an_actor_and_a_unit_is_no_name(run):
    text = ("Lakeview Law School professor Justin Levering said the rule was sound. Anyone with information is urged "
            "to call Major Crimes Detective James Bayliss at the station.\n")
    art = run(text)
    assert any(a.name == "Lakeview Law School" for a in art.actors)
    assert not any(a.name == "Crimes Detective" for a in art.actors)
