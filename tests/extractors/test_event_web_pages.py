"""False events on web pages of entertainment and technology (issue 10, ev27a), on invented sentences: filming told
in the words of shooting (domains.filming, event_senses `screenwork`), a work reaching the shops or a night out told
with `hit` (domains.release, `outlet`), code run told with `execute` (domains.code_run, `software`), and `kick the ass
of` a rival product (event_senses `idiom`), the plot of a work of fiction (domains.fiction, `fiction`, `plotverb`), and a web address the reader is sent to
(checks._reader_told, `_web_address`). Each has a literal use beside it that stays an event."""
from __future__ import annotations

from tests.helpers import all_types, asserted


def test_the_new_classes_load():
    from dateline.extractors.events import checks

    w = checks.senses()
    assert {"film", "scene", "drama"} <= w["screenwork"]
    assert {"theater", "tile", "shelf"} <= w["outlet"]
    assert {"code", "browser", "script"} <= w["software"]
    assert "kick ass" in w["idiom"]
    assert {"novel", "film"} <= w["fiction"] and {"follow", "set"} <= w["plotverb"]


def test_filming_is_no_shooting(run):
    art = run("\n\nThe actress was due to start shooting director Ann Lee's war drama \"The Harbor\" later this month, "
              "but she has now quit the movie.\n\nThe director shot most of the film on location in Morocco last "
              "year.\n\nFilming began in March, and the crew shot the final scenes in a studio outside London.\n")
    assert not [e for e in art.events if e.type == "ASSAULT"], all_types(art)


def test_a_shooting_at_a_screening_stays_an_attack(run):
    art = run("\n\nA gunman shot two moviegoers at a screening of the film on Friday, police said. Soldiers shot "
              "three protesters in the square, and a bystander filmed the scene.\n")
    shot = [e for e in asserted(art) if e.type == "ASSAULT" and e.trigger.text == "shot"]
    assert len(shot) == 2, all_types(art)


def test_a_night_out_and_a_release_are_no_blows(run):
    art = run("\n\nThe singer was later seen hitting the tiles in a nightclub on Main Street.\n\nA rocket hit the "
              "theater where hundreds of civilians were sheltering, officials said.\n")
    hits = [e for e in asserted(art) if e.trigger.text in ("hitting", "hit")]
    assert [e.trigger.text for e in hits] == ["hit"], all_types(art)


def test_code_executed_kills_no_one(run):
    art = run("\n\nIt checks the script's intentions before enabling it to be executed on the end-user browser.\n\n"
              "Rebels executed the hostages after the talks collapsed, the army said.\n")
    ex = [e for e in asserted(art) if e.trigger.text == "executed"]
    assert len(ex) == 1 and ex[0].source and ex[0].source[0].text == "Rebels", all_types(art)


def test_kicking_the_ass_of_a_rival_product_is_a_figure(run):
    art = run("\n\nThe battery lasts nine hours. That kicks the ass of the Zeta PC, which cannot get within two hours "
              "of that time.\n")
    assert not [e for e in art.events if e.trigger.text == "kicks"], all_types(art)


def test_a_plot_tells_of_no_act(run):
    art = run("\n\nHer new novel follows a spy who assassinates a general in 1943 Berlin.\n\nThe series is set in a "
              "world where the army has seized power.\n\nIn the film, he plays a soldier who kills his commanding "
              "officer.\n")
    assert not [e for e in art.events if e.type == "ASSAULT"], all_types(art)


def test_a_documentary_a_film_that_accuses_and_a_series_of_raids_stay(run):
    art = run("\n\nThe documentary shows soldiers firing on protesters in 1989.\n\nThe film accuses the government "
              "of covering up the massacre.\n\nThe series of raids that killed 20 people followed a warning from the "
              "rebels.\n")
    found = {e.trigger.text for e in asserted(art)}
    assert {"firing", "accuses", "killed"} <= found, all_types(art)


def test_a_web_address_the_reader_is_sent_to_is_no_one_visited(run):
    art = run("\n\nThe band plays the Harbor Hall on Friday. For more information about the band, visit "
              "www.harborband.com.\n\nTo see the full list of nominees, visit Oscars.org.\n")
    assert not [e for e in art.events if e.trigger.text == "visit"], all_types(art)


def test_a_minister_visiting_a_country_stays_a_visit(run):
    art = run("\n\nThe foreign minister will visit China next week, the ministry said. The prime minister visited "
              "Paris on Monday for talks.\n")
    assert any(e.type == "CONSULT" and e.trigger.text == "visited" for e in asserted(art)), all_types(art)
