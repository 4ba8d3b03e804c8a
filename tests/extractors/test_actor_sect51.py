"""sect51: the sector of actors local news is made of (issue 11; docs/actors.md `### sect51`): defendants known by a
plea or a sentence, the posts and bodies of shops, hospitals, scouts and veterans' posts, a board's officers, clubs named
for their town. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_plea_entered_makes_a_defendant(run):
    text = ("Woman pleads in fraud case.\nCarla Dunmore, 46, entered a plea of not guilty on Monday to three counts of "
            "theft from the Millbrook food pantry, where she kept the books.\n")
    person = actor_at(run(text), text, "Carla Dunmore")
    assert person is not None and person.sector == "CRM", person


def test_a_sentence_served_makes_a_convict(run):
    text = ("Inmate earns degree.\nWalter Penn, who is serving a sentence for burglary at the county jail, finished "
            "a degree in accounting this spring, his mother said.\n")
    person = actor_at(run(text), text, "Walter Penn")
    assert person is not None and person.sector == "CRM", person


def test_a_term_on_a_council_is_no_sentence(run):
    text = ("Former councilor dies.\nHarold Finch, who served a term on the Millbrook planning board, died Sunday at "
            "his home. He was 88.\n")
    person = actor_at(run(text), text, "Harold Finch")
    assert person is None or person.sector != "CRM", person


def test_a_shop_post_before_a_name_is_a_business(run):
    text = ("Robbery at gas station.\nA man with a knife took $200 from the Fuel Stop on Route 4 on Friday night. "
            "Store manager Lena Brooks said the clerk was not hurt.\n")
    person = actor_at(run(text), text, "Lena Brooks")
    assert person is not None and person.sector == "BUS", person


def test_a_body_noun_before_a_state_title_gives_the_body(run):
    text = ("Plant to close.\nThe Harlow paper mill will close in March, a company official said. Company vice "
            "president Greg Alden said 120 workers would lose their jobs.\n")
    person = actor_at(run(text), text, "Greg Alden")
    assert person is not None and person.sector == "BUS", person


def test_a_hospital_and_a_cooperative_are_businesses(run):
    text = ("Storm cuts power.\nThe Pike Valley Electric Cooperative said 3,000 homes lost power on Tuesday. Jo Marr, "
            "a spokeswoman for St. Anne Hospital, said the hospital ran on generators.\n")
    article = run(text)
    for name in ("Pike Valley Electric Cooperative", "Jo Marr"):
        actor = actor_at(article, text, name)
        assert actor is not None and actor.sector == "BUS", (name, actor)


def test_scouts_and_a_veterans_post_are_ngos(run):
    text = ("Flags placed for Veterans Day.\nMembers of Boy Scout Troop 311 and VFW Post 9 placed flags on 400 graves "
            "at Oak Hill Cemetery on Saturday. American Legion Post 44 held a ceremony at noon.\n")
    article = run(text)
    for name in ("Boy Scout Troop", "American Legion Post"):
        actor = actor_at(article, text, name)
        assert actor is None or actor.sector == "NGO", (name, actor)
    assert any(actor_at(article, text, n) is not None for n in ("Boy Scout Troop", "American Legion Post"))


def test_a_title_word_inside_a_body_name_is_no_title(run):
    text = ("Fight outside pub.\nTwo men were hurt in a fight outside a pub on Water Street early Sunday, police said. "
            "Nell Craig, owner of the Blue Anchor Pub, said she called police when the fight spilled outside.\n")
    person = actor_at(run(text), text, "Nell Craig")
    assert person is not None and person.sector != "MED", person


def test_a_board_of_a_hospital_is_the_hospitals(run):
    text = "BANGOR, Maine - The Mercy Hospital Board voted Tuesday to approve a $40 million budget for next year.\n"
    body = actor_at(run(text), text, "Mercy Hospital Board")
    assert body is not None and body.sector == "BUS", body


def test_a_club_named_for_its_town_is_no_army(run):
    text = ("Jets edge Mariners in A-League opener\nThe Newcastle Jets beat the Central Coast Mariners 2-1 on Saturday "
            "in the A-League season opener before 12,000 fans.\n\nStriker Tom Hale scored twice in the second half, "
            "his first goal a header from a corner in the 52nd minute. Jets coach Phil Stone said the win was "
            "deserved. The Mariners had led 1-0 at half-time through a penalty.\n\nThe Mariners, who finished third "
            "in the league last season, host Sydney FC next week. The Jets travel to Perth Glory.\n")
    article = run(text)
    for name in ("Newcastle Jets", "The Jets"):
        club = actor_at(article, text, name)
        assert club is not None and club.sector == "BUS", (name, club)


def test_a_trustee_of_the_school_board_is_its_officer(run):
    text = ("Board approves bus contract.\nThe Harlow County school board voted 4-1 on Monday to approve a new bus "
            "contract, with trustee Dora Fenn voting no. Board President Lyle Marsh said the savings would go to "
            "classrooms.\n")
    article = run(text)
    for name in ("Dora Fenn", "Lyle Marsh"):
        person = actor_at(article, text, name)
        assert person is not None and person.sector == "EDU", (name, person)


def test_a_trustee_beside_boards_of_two_kinds_is_left_alone(run):
    text = ("Boards meet.\nThe Harlow County school board and the Harlow Hospital Board met Monday on a shared clinic. "
            "Trustee Dora Fenn said the clinic would open in May.\n")
    person = actor_at(run(text), text, "Dora Fenn")
    assert person is None or person.sector not in ("EDU", "BUS"), person
