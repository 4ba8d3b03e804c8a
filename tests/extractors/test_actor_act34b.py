"""Actors on invented local news and outbreak reports (act34b, issue 11: the classes the new gold tune38 and tune39
showed): a web page's title line that ends in `Town, ST` gives a US home, an English-word postal code (`IN`) too; a
foreign outbreak report whose actors name two countries once each takes the one its places name; an obituary of
emigrants told with many US places is local news of the US town, not of the old country its state actors name; a
police department's initials before a rank (`KPD Lt.`) or `Chief` make the person police; `filing cabinets` are
furniture, no government; a person arrested by a titled officer (`by Patrolman Amy Ford`) in a crime story is a
suspect."""
from __future__ import annotations

from tests.helpers import actor_at

at = actor_at


def test_a_page_titles_town_and_postal_code_give_the_home(run):
    text = ("Teen Charged in Parking Lot Fight - 12News | Evansville, IN\n\n"
            "A 17-year-old boy was charged Monday after a fight in a parking lot on Maple Avenue.\n\n"
            "16-year-old Dorian Pike was arrested Tuesday night on attempted murder charges.\n")
    art = run(text)
    a = at(art, text, "Dorian Pike")
    assert a is not None and a.country == "USA", a


def test_a_postal_code_word_elsewhere_gives_no_home(run):
    text = ("Teen Charged in Parking Lot Fight\n\n"
            "A 17-year-old boy was charged Monday after a fight in a parking lot, ID cards in hand.\n\n"
            "16-year-old Dorian Pike was arrested Tuesday night on attempted murder charges.\n")
    art = run(text)
    a = at(art, text, "Dorian Pike")
    assert a is not None and a.country is None, a


def test_actors_naming_two_countries_once_take_the_one_the_places_name(run):
    text = ("The first deaths from a new flu strain in Peru have been reported. The first was a man aged 70. "
            "According to Rosa Quispe, Vice Minister of Health, 90 new cases brought the total to 400 in the country. "
            "Bolivia has recorded 1,200 cases, and Peru has the second-highest number of cases in the region. There have "
            "been three deaths in Peru so far, and more cases are expected in Peru this month.")
    art = run(text)
    a = at(art, text, "Rosa Quispe")
    assert a is not None and a.country == "PER", a


def test_an_emigrants_obituary_told_in_us_towns_is_american(run):
    text = ("Dallas man ran a bakery, loved chess. Omid Farahani was born in northern Iran in 1931. He married Leila "
            "Rostami in Tabriz, and Iran was their home for forty years until the Shah of Iran fell. Iran then closed "
            "his shop. The couple moved to Dallas in 1979 to be near their children in Houston and Austin. "
            "\"He loved chess and bread,\" said his son Kian Farahani of Plano. Other survivors include daughters "
            "Mina Farahani of Austin and Shirin Farahani of San Antonio.")
    art = run(text)
    for name in ("Omid Farahani", "Kian Farahani"):
        a = at(art, text, name)
        assert a is not None and a.country == "USA", (name, a)


def test_a_police_departments_initials_before_a_rank_or_chief(run):
    text = ("Man held on theft charge. Dale Mercer, 44, was arrested Friday after a traffic stop, KPD Lt. Brent "
            "Orwell said. Detectives searched his truck, KPD Chief Ann Tolliver said. Mercer was held in the Pike "
            "County Jail.")
    art = run(text)
    for name in ("Brent Orwell", "Ann Tolliver"):
        a = at(art, text, name)
        assert a is not None and a.sector == "COP", (name, a)


def test_filing_cabinets_are_no_government(run):
    text = ("Cash was taken from two drawers at a store on Elm Street, and two filing cabinets had also been opened, "
            "police said.")
    art = run(text)
    assert at(art, text, "filing cabinets") is None


def test_a_person_arrested_by_a_titled_officer_in_a_crime_story_is_a_suspect(run):
    text = ("Woman held on theft charge. A Dover woman was arrested Friday on a theft charge. Ann Rowe, 18, of 208 "
            "Birch St. was arrested by Patrolman Amy Ford. Rowe is due in court Monday.")
    art = run(text)
    a = at(art, text, "Ann Rowe")
    assert a is not None and a.sector == "CRM", a


def test_a_person_accused_by_a_titled_non_officer_is_no_suspect(run):
    text = ("Mayor Ann Rowe was accused of lying by Governor Tom Hale on Monday. Rowe said the claim was false and "
            "that a theft charge against her aide had been dropped.")
    art = run(text)
    a = at(art, text, "Ann Rowe")
    assert a is not None and a.sector != "CRM", a


def test_the_un_agriculture_and_animal_health_agencies_are_igos(run):
    text = ("Tests run by a joint mission of the FAO and the World Organization for Animal Health (OIE) found the "
            "virus on two hog farms near Manila, according to the FAO.")
    art = run(text)
    for form in ("FAO", "OIE"):
        a = at(art, text, form)
        assert a is not None and a.country == "IGO" and a.sector == "IGO", (form, a)


def test_a_state_second_in_a_bodys_name_and_a_demonym_inside_a_name_leave_local_news_american(run):
    text = ("Bank promotes clerk. Ann Lowry joined First Plains Bank in 1990 as a teller and was promoted to "
            "branch manager in 2004. Lowry attended Northeast Texas Community College. She has served with the "
            "American Heart Association and other groups for many years.")
    art = run(text)
    a = at(art, text, "First Plains Bank")
    assert a is not None and a.country == "USA", a
