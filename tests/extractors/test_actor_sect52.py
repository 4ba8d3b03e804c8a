"""sect52: the lead's session-51 lines on commentators, stance collectives, friends and allies, panels and pollsters
(bench/actors/GUIDE.md "Decided (session 51, the lead)"; docs/actors.md `### sect52`). A collective named by a stance
or an ideology is its own CVL group (PTY with a party named as theirs, OPP where it protests or organises a protest),
a public figure's friends and allies are their own CVL group, not the figure (descriptions.py `_tie_named`,
`_stance_sector`); a writer or film maker named in sentences about politics is a commentator, MED (codes.py
`political_writers`). Invented sentences and names; rows marked `fails on main` fail before the change, the others are
guards (near-misses the rules must leave alone, or lines main already follows)."""
from __future__ import annotations

import pytest

from tests.helpers import check_actors

ACTOR_CASES = [
    # stance collectives
    ("stance_liberals",   # fails on main: no actor
     "Senator Ada Brook spoke in Dover on Monday. Liberals have long distrusted her, and many said they would stay "
     "home.\n",
     "Liberals: sector=CVL; Ada Brook: actor"),
    ("stance_critics",   # fails on main: no actor
     "Governor Tom Reedy signed the budget in Dover on Monday. Critics said the plan would cost the state billions.\n",
     "Critics: sector=CVL"),
    ("stance_capital_plural_in_a_us_story",   # fails on main: the British Conservative Party
     "Donald Trump spoke in Iowa on Monday. Conservatives said his plan would cost billions.\n",
     "Conservatives: sector=CVL; Conservatives: country=USA"),
    ("stance_protesting_is_opp",   # fails on main: no actor
     "Governor Tom Reedy signed the bill in Dover on Monday. Progressives organised a march against it on Saturday.\n",
     "Progressives: sector=OPP"),
    ("stance_party_members_pty",   # fails on main: no actor
     "The party's liberals walked out of the meeting, Speaker Ann Lee said.\n",
     "party's liberals: sector=PTY"),
    ("stance_two_stances_two_groups",   # fails on main: no actor
     "Governor Tom Reedy spoke in Dover. Liberals cheered the plan. Evangelicals said it went too far.\n",
     "Liberals: sector=CVL; Liberals: name=Liberals; Evangelicals: sector=CVL; Evangelicals: name=Evangelicals"),
    ("stance_religious_right",   # fails on main: no actor
     "Donald Trump spoke in Iowa on Monday. The religious right has largely backed him.\n",
     "religious right: sector=CVL"),
    ("stance_crowd",   # fails on main: no actor
     "Donald Trump spoke in Iowa on Monday. The anti-tax crowd cheered when he promised to cut rates.\n",
     "anti-tax crowd: sector=CVL"),
    ("guard_a_crowd_present",
     "Donald Trump spoke in Iowa on Monday. The crowd cheered when he promised to cut rates.\n",
     "crowd: none"),
    ("guard_a_camp_as_a_place",
     "The fire spread through the camp on Friday, officials said.\n",
     "camp: none"),
    ("guard_stance_one_of_them",
     "Ann Lee said the senator was one of the great conservatives of his day.\n",
     "conservatives: none"),
    ("guard_critics_of_a_film",
     "The film won praise from critics at the festival in Cannes on Sunday.\n",
     "critics: none"),
    # friends and allies
    ("friends_of_a_figure",   # fails on main: no actor
     "Donald Trump spoke in Iowa on Monday. Trump's close friends said he had never wanted to run.\n",
     "close friends: sector=CVL; close friends: country=USA"),
    ("allies_of_a_figure",   # fails on main: no actor
     "Hillary Clinton spoke in Iowa on Monday. Her allies said the report was false.\n",
     "Her allies: sector=CVL"),
    ("allies_named_by_party",   # fails on main: no actor
     "Donald Trump spoke in Iowa on Monday. His Republican allies in the Senate backed the plan.\n",
     "Republican allies: sector=PTY"),
    ("friends_who_speak",   # fails on main: no actor
     "Maren Holt, 64, died on Friday. Friends said her garden was the pride of the street.\n",
     "Friends: sector=CVL"),
    ("followers_are_the_supporters",   # fails on main: `his followers` no actor (the scorer gave it to Trump's `his`)
     "Donald Trump spoke in Iowa on Monday. He is treating his supporters as fools. It is a betrayal to his "
     "followers.\n",
     "followers: same=supporters; followers: sector=CVL"),
    ("guard_a_tally_of_followers",
     "The senator has 2 million followers on Twitter, Ann Lee said.\n",
     "followers: none"),
    ("guard_an_accounts_followers",
     "On Twitter, we asked our followers which speech they liked best, Ann Lee said.\n",
     "followers: none"),
    ("guard_friends_not_the_figure",
     "Donald Trump spoke in Iowa on Monday. Trump's close friends said he had never wanted to run.\n",
     "Donald Trump: sector=PTY"),
    ("guard_a_states_allies",
     "Britain and its allies met in Brussels on Monday to discuss the sanctions.\n",
     "its allies: none; Britain: actor"),
    ("guard_family_and_friends",
     "Family and friends held a vigil for Mark Lund on Sunday.\n",
     "friends: none"),
    ("guard_friends_who_do_nothing",
     "The boy was walking home with a few friends when the shots rang out, police said.\n",
     "friends: none"),
    ("guard_became_friends",
     "Roy Dunn said he became friends with the owner years ago.\n",
     "friends: none"),
    ("guard_friends_in_a_show_name",
     "Senator Ada Brook told Breakfast and Friends on Monday that the bill would pass.\n",
     "Friends: none"),
    # political commentators among writers
    ("author_of_a_book_on_the_president",   # fails on main: CVL
     "Author Lyle Brandt, whose new book attacks the president's record, said the economy was failing.\n",
     "Lyle Brandt: sector=MED"),
    ("writer_on_a_campaign_run",   # fails on main: CVL
     "Donald Trump spoke in Iowa on Monday. Best-selling thriller writer Ray Colt told radio host Ann Lark he might "
     "run as a third-party candidate.\n",
     "Ray Colt: sector=MED; Ann Lark: sector=MED"),
    ("author_in_apposition",   # fails on main: CVL
     "Ray Colt, author of a new book on the Clinton campaign, said Trump would win.\n",
     "Ray Colt: sector=MED"),
    ("guard_novelist_of_a_novel",
     "Author Jane Moss, whose new novel is set in Maine, said she wrote it over four years.\n",
     "Jane Moss: sector=CVL"),
    ("guard_author_of_a_local_history",
     "Ray Colt, author of a history of the Harlow River, will speak at the library on Tuesday.\n",
     "Ray Colt: sector=CVL"),
    ("guard_cookbook_author",
     "Cookbook author Ellen Brisk said the recipe came from her grandmother.\n",
     "Ellen Brisk: sector=CVL"),
    ("maker_of_a_film_on_the_campaign",   # fails on main: CVL
     "Donald Trump spoke in Iowa on Monday. Dan Merrow, whose documentary on the campaign opens Friday, said the "
     "candidate had lost his base.\n",
     "Dan Merrow: sector=MED"),
    ("guard_maker_of_a_novel",
     "Dan Merrow, whose new novel is set in Maine, said he wrote it over four years.\n",
     "Dan Merrow: sector=CVL"),
    ("host_of_a_show_in_a_relative_clause",   # fails on main: CVL
     "Dan Merrow, who hosts a nightly show on WXN, said the governor had lost his base.\n",
     "Dan Merrow: sector=MED"),
    ("radio_personality",   # fails on main: CVL
     "Dan Merrow, a conservative radio personality, said the governor had lost his base.\n",
     "Dan Merrow: sector=MED"),
    ("guard_host_of_a_dinner",
     "Ann Roe, who hosted a dinner for the mayor on Friday, said the town was proud.\n",
     "Ann Roe: sector=CVL"),
    ("guard_columnist_stays_med",
     "Conservative columnist Ray Colt said the governor had lost his base.\n",
     "Ray Colt: sector=MED"),
    # panels and pollsters (main already follows these lines; kept as guards)
    ("guard_panel_member_cvl",
     "Tom Reedy, one of our 20 political insiders, said Ames would win the primary.\n",
     "Tom Reedy: sector=CVL"),
    ("guard_pollster_that_acts",
     "Harlow College conducted the poll between March 1 and March 5, Senator Ada Brook said.\n",
     "Harlow College: actor"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in ACTOR_CASES])
def test_sect52_actors(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)


STAFF_CASES = [
    ("staff_after_the_name_takes_the_boss_sector",   # fails on main: GOV (a staff title's default)
     "Senator Ann Lee spoke in Dover on Monday. Tom Reedy, a spokesman for Lee, said the senator would vote no.\n",
     "Tom Reedy: sector=LEG"),
    ("staff_possessed_takes_the_boss_sector",   # fails on main: GOV
     "Senator Ann Lee spoke in Dover on Monday. Lee's spokesman, Tom Reedy, said the senator would vote no.\n",
     "Tom Reedy: sector=LEG"),
    ("staff_description_before_the_name_is_one_person",   # fails on main: `A spokesman` and `Tom Reedy` two actors
     "Senator Ann Lee spoke in Dover on Monday. A spokesman for Lee, Tom Reedy, said the senator would vote no.\n",
     "A spokesman: same=Tom Reedy; Tom Reedy: sector=LEG"),
    ("staff_noun_is_not_the_boss",   # fails on main: `spokesman for Ann Lee` a mention of Ann Lee
     "Senator Ann Lee spoke in Dover on Monday. A spokesman for Ann Lee said the senator would vote no.\n",
     "for: none; spokesman: name=A spokesman"),
    ("guard_former_adviser",
     "Senator Ann Lee spoke in Dover on Monday. Tom Reedy, a former adviser to Lee, said she would lose.\n",
     "Tom Reedy: sector!=LEG"),
    ("guard_spokesman_of_a_private_person",
     "Roy Dunn, 54, was charged on Friday. Tom Reedy, a spokesman for Dunn, said he would plead not guilty.\n",
     "Tom Reedy: sector!=CVL"),
    ("guard_campaign_spokesman_stays_pty",
     "Senator Ann Lee spoke in Dover on Monday. Her campaign spokesman Tom Reedy said the senator would vote no.\n",
     "Tom Reedy: sector=PTY"),
]


@pytest.mark.parametrize("text, spec", [pytest.param(t, s, id=i) for i, t, s in STAFF_CASES])
def test_sect52_staff(run, text, spec):
    check_actors(run(text, published="2016-05-10"), text, spec)
