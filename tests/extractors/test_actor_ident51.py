"""ident51: no wrong real person (docs/actors.md `### ident51`): a dateline's town written as a place is no person of
that name; a firm's first word used as the firm is no person of that name; a plural title before a list gives each
name the office (with no date, the one person who ever held it, else none); a bare surname beside a public person's
relative introduced as such is the public person's; a relative clause right after the last of two conjoined names is
that name's; a namesake's private description tells nothing of the lexicon person; no title opens with a preposition;
`then-` titles of earlier offices. A wrong identity is worse than none. Invented sentences only."""
from __future__ import annotations

from tests.helpers import actor_at, check_identity, linked_actor


def test_dateline_town_before_a_town_noun_is_no_person(run):
    text = ("CHENEY, Wash. -- Cheney police said Thursday that a man stole a tractor from a farm east of town.\n\n"
            "Cheney Police Chief Dale Ruggs said the tractor was found in a creek. The man was not caught.\n")
    art = run(text, published="2016-03-10")
    for nth in (0, 1):                            # `Cheney police`, `Cheney Police Chief`
        actor = linked_actor(art, text, "Cheney", nth=nth)
        assert actor is None or actor.name != "Dick Cheney", actor


def test_dateline_town_after_in_is_no_person_but_the_surname_that_speaks_stays(run):
    text = ("JACKSON, Miss. -- Marla Jackson, a retired teacher, led a vigil Sunday outside City Hall in Jackson "
            "for the victims of a house fire.\n\nJackson told the crowd that the city must inspect old homes.\n")
    art = run(text, published="2015-01-12")
    marla = actor_at(art, text, "Marla Jackson")
    assert marla is not None
    town = linked_actor(art, text, "Jackson", nth=1)    # `in Jackson`: the town
    assert town is None or town.id != marla.id, town
    spoke = actor_at(art, text, "Jackson told")
    assert spoke is not None and spoke.id == marla.id, (spoke, marla)


def test_firm_word_said_it_is_the_firm_not_the_president(run):
    text = ("DEARBORN, Mich. (Wire) -- Ford Motor Co. will build a new engine plant in Ohio, the company said "
            "Tuesday. Former President Gerald Ford once toured its old plant there.\n\n"
            "Ford said it would hire 900 workers for its new plant.\n")
    art = run(text, published="1998-03-17")
    check_identity(art, text, "Ford said", None, forbidden=("Gerald Ford",))


def test_firm_word_before_shares_is_the_firm_not_the_founder(run):
    text = ("AUSTIN, Texas (Wire) -- Lyle Brandt, the founder of Brandt Systems Inc., said Monday the company would "
            "cut 400 jobs.\n\nBrandt shares fell 6 percent in morning trading.\n")
    art = run(text, published="2009-02-10")
    founder = actor_at(art, text, "Lyle Brandt")
    firm = linked_actor(art, text, "Brandt shares")
    bare = linked_actor(art, text, "Brandt", nth=2)
    assert founder is not None
    assert bare is None or bare.id != founder.id, (bare, founder)
    assert firm is None or firm.id != founder.id


def test_firm_word_guard_he_stays_the_person(run):
    # guard: the bare surname with `he` in its clause is the person, though the firm is named
    text = ("DETROIT (Wire) -- Former President Gerald Ford visited a Ford Motor Co. plant on Monday.\n\n"
            "Ford said he had driven the company's cars all his life.\n")
    art = run(text, published="1998-06-02")
    check_identity(art, text, "Ford said", "Gerald Ford")


def test_plural_title_gives_the_former_president_not_the_candidate_wife(run):
    text = ("MANCHESTER, N.H. (Wire) -- Hillary Clinton spoke to voters in Manchester on Friday about her plan for "
            "roads.\n\nPresidents Carter and Clinton both signed road bills, she said.\n")
    art = run(text, published="2016-01-15")
    check_identity(art, text, "Clinton both", "Bill Clinton")
    check_identity(art, text, "Carter and", "Jimmy Carter")


def test_plural_title_undated_names_the_only_holder_and_leaves_two_namesakes_open(run):
    text = ("Library opens\n\nFormer Presidents Bush and Clinton opened a new reading room at the library, which "
            "was paid for by a fund the two men started.\n")
    art = run(text, published=None)
    check_identity(art, text, "Clinton opened", "Bill Clinton")
    check_identity(art, text, "Bush and", None, forbidden=("George W. Bush", "George H. W. Bush", "Jeb Bush"))


def test_bare_surname_beside_a_relative_named_by_of_is_the_public_person(run):
    text = ("DES MOINES, Iowa (Wire) -- Cody Kasich, a cousin of John Kasich, said Thursday that he would knock on "
            "doors in Des Moines for a week.\n\nCody Kasich said the family was proud. Kasich's campaign said it "
            "welcomed the help.\n")
    art = run(text, published="2016-01-21")
    campaign = actor_at(art, text, "Kasich's campaign")
    assert campaign is not None and "John Kasich" in campaign.name, campaign


def test_bare_surname_of_the_followed_relative_stays_his(run):
    # guard: a relative introduced by `of` whom the story follows keeps the bare surname (no run owned)
    text = ("HOUSTON (Wire) -- Neil Bush, a younger brother of President George W. Bush, opened a charter school in "
            "Houston on Monday.\n\nBush said the school would teach 300 children to read.\n")
    art = run(text, published="2002-09-09")
    neil, bare = actor_at(art, text, "Neil Bush"), actor_at(art, text, "Bush said")
    assert neil is not None and bare is not None and bare.id == neil.id, (bare, neil)


def test_bare_surname_that_speaks_after_the_relative_spoke_stays_hers(run):
    # guard (act47b): a relative who spoke just before goes on speaking
    text = ("DOVER, N.H. (Wire) -- Marco Rubio held a town hall in Dover on Monday with his wife, Jeanette.\n\n"
            "Jeanette Rubio said the children missed their father. \"We talk every night,\" Rubio added.\n")
    art = run(text, published="2016-02-01")
    wife, bare = actor_at(art, text, "Jeanette Rubio"), actor_at(art, text, "Rubio added")
    assert wife is not None and bare is not None and bare.id == wife.id, (bare, wife)


def test_relative_clause_after_the_last_of_two_names_is_that_names(run):
    text = ("Mayor Lena Ortiz and Carl Dunn, who is the county sheriff, asked the board on Tuesday for six more "
            "deputies.\n\nDunn said the jail was full.\n")
    art = run(text, published="2009-06-02")
    lena, carl = actor_at(art, text, "Lena Ortiz"), actor_at(art, text, "Carl Dunn")
    assert lena is not None and carl is not None and lena.id != carl.id
    assert linked_actor(art, text, "who").id == carl.id
    assert lena.sector == "GOV" and carl.sector == "COP", (lena, carl)


def test_namesake_nurse_tells_nothing_private_of_the_candidate(run):
    text = ("ERIE, Pa. (Wire) -- Bernie Sanders spoke to 3,000 people at a college gym on Tuesday, a week before the "
            "state's primary.\n\n"
            "A retired nurse, Edna Sanders, 68, said she had driven two hours to hear him.\n")
    art = run(text, published="2016-04-19")
    bernie = actor_at(art, text, "Bernie Sanders")
    assert bernie is not None and bernie.name == "Bernie Sanders" and bernie.sector == "LEG", bernie
    check_identity(art, text, "Edna Sanders", None, forbidden=("Bernie Sanders",))


def test_a_title_opens_with_no_preposition(run):
    text = ("WASHINGTON (Wire) -- The embassy held a lunch on Tuesday for Canadian Prime Minister Jean Chretien, "
            "who spoke about trade.\n")
    art = run(text, published="1998-04-28")
    pm = actor_at(art, text, "Jean Chretien")
    assert pm is not None
    assert all(not m.text.startswith("for ") for m in pm.mentions), pm.mentions


def test_then_title_of_an_earlier_governorship(run):
    text = ("LITTLE ROCK, Ark. (Wire) -- A new book recalls the flood of 1990, when then-Gov. Clinton sent the "
            "National Guard to the river towns.\n\nHillary Clinton wrote the foreword.\n")
    art = run(text, published="2016-05-02")
    check_identity(art, text, "Gov. Clinton", "Bill Clinton")
    bill = actor_at(art, text, "Gov. Clinton")
    assert bill.sector == "GOV" and bill.role == "governor", bill


def test_one_of_the_first_to_act_is_no_past_post(run):
    text = ("SACRAMENTO, Calif. (Wire) -- Tom Reyes, who was one of the first House members to back the water "
            "bill, said Monday that he would vote for it again.\n")
    art = run(text, published="2016-05-09")
    tom = actor_at(art, text, "Tom Reyes")
    assert tom is not None and tom.sector == "LEG" and not (tom.role or "").startswith("former"), tom


def test_a_team_named_by_a_plural_title_gives_no_title(run):
    # review51d: `Cardinals` (a cardinal's plural) before `manager` and a later `and` is the club, not each name's title
    text = ("Rivals meet.\nST. LOUIS (AP) - Cardinals manager Mike Matheson and Cubs manager Joe Madden shook hands "
            "before Tuesday's game. The Cardinals won 5-3.\n")
    person = actor_at(run(text, published="2015-06-02"), text, "Mike Matheson")
    assert person is not None and person.sector != "REL", person


def test_a_person_named_like_the_dateline_town_after_at_or_over_stays_the_person(run):
    # review51d: only a place's prepositions (`in`, `near`) make the dateline's town of a name; `at`, `over`,
    # `beside` and `voters` after the name are a person's
    text = ("Senator tours the state.\nWARREN, Mich. (AP) - Sen. Elizabeth Warren came to the city on Monday. A new "
            "poll shows Sanders widening his lead over Warren. Hecklers shouted at Warren as she spoke, and her "
            "husband stood beside Warren on the stage.\n")
    article = run(text, published="2019-10-02")
    for word in ("over Warren", "at Warren", "beside Warren"):
        person = actor_at(article, text, word.split()[-1], nth=text[:text.index(word)].count("Warren"))
        assert person is not None and person.name == "Elizabeth Warren", (word, person)
