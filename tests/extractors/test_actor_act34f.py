"""act34f: classes of the seven actor sets released in session 34 (fresh15-fresh21; docs/actors.md `### act34f`): a
country's capital inside a US place named `New NAME`, a capital alone as the dateline of a US county's story, and a
writer's handle that ends with the writer's surname. Invented sentences."""
from __future__ import annotations

from tests.helpers import actor_at


def test_a_capital_after_new_is_another_place(run):
    text = ("New London Police Chief Ron Belding asked the council to keep his job. Crime in New London has fallen "
            "since he took office, Belding said. Mayor Ann Ruddle wants him gone.\n")
    person = actor_at(run(text), text, "Ron Belding")
    assert person is not None and person.country != "GBR", person


def test_a_capital_itself_keeps_its_country(run):
    text = "London police said on Monday that two men were arrested after the march.\n"
    police = actor_at(run(text), text, "London police")
    assert police is not None and police.country == "GBR", police


def test_a_capital_dateline_over_a_us_county_story_is_the_us_town(run):
    text = ("Teen hurt in shooting\n\nLIMA — A 17-year-old boy was wounded in the face on Saturday, Allen County sheriff "
            "investigators said.\n\nThe shooting appears to be accidental, Sheriff’s Sgt. Dale Rourke said. Tim "
            "Harlan, 19, was not charged.\n")
    article = run(text)
    for name in ("Dale Rourke", "Tim Harlan"):
        person = actor_at(article, text, name)
        assert person is not None and person.country == "USA", person


def test_a_capital_dateline_of_a_story_abroad_keeps_its_country(run):
    text = ("LIMA — Interior Minister Raul Ponce said on Monday that police had arrested three men after a protest "
            "near the congress.\n")
    person = actor_at(run(text), text, "Raul Ponce")
    assert person is not None and person.country == "PER", person


def test_a_handle_ending_with_the_writers_surname_is_the_writer(run):
    text = ("Deputies found the truck on Monday, Sheriff Dale Rourke said.\n\nBy Tim Carvell\n\nReach Tim Carvell at "
            "555-242-0464 or on Twitter @Akron_Carvell.\n")
    article = run(text)
    writer = actor_at(article, text, "Tim Carvell")
    handle = actor_at(article, text, "@Akron_Carvell")
    assert writer is not None and handle is not None and handle.id == writer.id, (writer, handle)
    assert not any(a.name.startswith("@") for a in article.actors), article.actors


def test_a_handle_ending_with_someone_elses_name_stays_apart(run):
    text = ("Deputies found the truck on Monday, Sheriff Dale Rourke said.\n\nReach Tim Carvell at 555-242-0464 or "
            "on Twitter @Akron_Belding.\n")
    article = run(text)
    writer = actor_at(article, text, "Tim Carvell")
    handle = actor_at(article, text, "@Akron_Belding")
    assert handle is None or writer is None or handle.id != writer.id, (writer, handle)
