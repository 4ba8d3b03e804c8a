"""Issue 10 (rev27c): misfires of ev27a's and ev27c's rules, on invented sentences in the styles of news pages. Real
events the new rules dropped or made hypothetical: a blow on `theaters and shops` with harm told (domains.release),
a clause joined beside a plot (domains.fiction), the cast named by `stars` (domains.fiction), someone of a work shot
or a person shot `on camera` (domains.filming), a name opened by `Say` (checks._supposed). Beside each, the rule's
own case still holds."""
from __future__ import annotations


def asserted(article, word):
    return [(e.type, [p.text for p in e.target]) for e in article.events
            if e.trigger.text == word and not e.negated and not e.hypothetical]


def test_a_release_with_harm_or_an_actor_hitting_is_a_blow(run):
    art = run("Missiles hit theaters and shops in the city center, killing 12 people, the governor said.")
    assert [e for e in asserted(art, "hit") if e[0] == "ASSAULT"], art.events
    art = run("Looters hit stores across the city overnight, police said.")
    assert [e for e in asserted(art, "hit") if e[0] == "ASSAULT"], art.events
    art = run("The sequel hits theaters on Friday.")
    assert not asserted(art, "hits"), art.events


def test_a_clause_beside_a_plot_is_told_as_done(run):
    art = run("The novel follows a spy who assassinates a general, and its author was arrested in Moscow last week.")
    assert [e for e in asserted(art, "arrested") if e[0] == "COERCE"], art.events
    assert not asserted(art, "assassinates"), art.events


def test_the_cast_named_by_stars_is_no_plot(run):
    art = run("The film stars an actor who was arrested last month on charges of assault, police said.")
    assert [e for e in asserted(art, "arrested") if e[0] == "COERCE"], art.events
    art = run("The film stars Tom Hanks as a captain who is kidnapped by pirates.")
    assert not asserted(art, "kidnapped"), art.events


def test_someone_shot_is_no_filming(run):
    art = run("Unknown attackers shot the star of the series outside his home in Mumbai on Tuesday.")
    assert [e for e in asserted(art, "shot") if e[0] == "ASSAULT"], art.events
    art = run("A protester was shot on camera, the footage shows.")
    assert [e for e in asserted(art, "shot") if e[0] == "ASSAULT"], art.events
    art = run("The director shot half of the film in Morocco.")
    assert not [e for e in asserted(art, "shot") if e[0] == "ASSAULT"], art.events


def test_a_name_opened_by_say_is_no_supposition(run):
    art = run("Say Yes to Education Inc. sued the city on Monday, its lawyer said.")
    assert asserted(art, "sued"), art.events
    art = run("Suppose the rebels attacked the capital tomorrow.")
    assert not asserted(art, "attacked"), art.events


def test_a_work_that_followed_events_tells_no_plot(run):
    art = run("The show followed weeks of protests in which police arrested hundreds of students.")
    assert [e for e in asserted(art, "arrested") if e[0] == "COERCE"], art.events
    art = run("The series follows a detective who arrests a corrupt mayor.")
    assert not asserted(art, "arrests"), art.events
