"""The one page test both stages read (extractors/page.py, page32): is the article a sports report? Invented pages."""
from __future__ import annotations

# a long game report whose words of sport come one or two to a sentence (no share of sentences holds two)
GAME = ("MILWAUKEE (Wire) -- Dan Ortiz scored 22 points on Saturday night as Milwaukee beat Denver 104-96. "
        "Ortiz hit two free throws with a minute left. Denver had led by six at halftime. "
        "Sam Okafor added 14 points for Milwaukee, which has won three straight. "
        "The Nuggets were without their starting center, who hurt his ankle on Wednesday. "
        "Okafor finished with a dunk in the final seconds. Ortiz grabbed nine rebounds. "
        "Denver shot 41 percent from the field. The crowd of 15,000 stood for the last minute. "
        "Milwaukee plays at Utah on Monday. Denver hosts Phoenix on Tuesday. "
        "Coach Al Brandt said his players had kept their heads. It was the team's best defensive game. "
        "The Bucks' bench outscored Denver's 30-12. Okafor has scored in double figures in five games. "
        "Milwaukee's point guard sat out the fourth quarter with foul trouble. The league fined Brandt last week.\n")

# a politics story that names a coach, a referee and a club in passing (rev31's kind)
TALKS = ("GENEVA (Wire) -- The coach carrying the Iranian delegation reached the hotel late on Sunday. "
         "Norway, the referee of the talks, said both sides had agreed to meet again. "
         "The foreign minister told reporters that sanctions would stay in place. "
         "Diplomats said the club of six powers wanted a deal by March. "
         "Iran's envoy said his government would not give up enrichment. "
         "Oil prices rose on the news.\n")

# a death notice that tells of the dead man's golf and tennis
NOTICE = ("KELLER, ARTHUR. Arthur Keller, 91, of Rye, New York, died on Friday at his home. "
          "He was born in Newark and served in the Navy. He ran a hardware business for forty years. "
          "He loved golf and played tennis at his club into his eighties. He was a keen golfer and a fine player. "
          "He is survived by his wife, three children and seven grandchildren. "
          "A service will be held on Tuesday at St. Mark's Church. In lieu of flowers, donations may be made to the "
          "library. He will be missed by all who knew him. Friends may call at the funeral home on Monday.\n")

# a short cricket report: three sentences, three words only cricket uses
CRICKET = ("Fiji beat Peru by 60 runs in the first Test on Sunday. Jon Mara (41) fell to a catch at slip. "
           "The bowler took five wickets as the umpire gave two lbw decisions.\n")


def test_a_long_game_report_with_its_words_spread_out_is_a_sports_report(ctx_of):
    page = ctx_of(GAME).page
    assert page.sports, page
    assert page.only_words                     # `halftime`, `dunk`: words only sport uses


def test_a_politics_story_with_a_coach_and_a_referee_is_no_sports_report(ctx_of):
    page = ctx_of(TALKS).page
    assert not page.sports, page


def test_a_death_notice_that_tells_of_golf_is_no_sports_report(ctx_of):
    page = ctx_of(NOTICE).page
    assert not page.sports, page


def test_a_short_cricket_report_is_a_sports_report(ctx_of):
    page = ctx_of(CRICKET).page
    assert page.sports, page


def test_two_sentences_of_a_coach_are_too_short_to_tell(ctx_of):
    page = ctx_of("OTTAWA -- Tom Reyes, a Canadian hockey coach, said his team would win. Reyes said the players "
                  "were ready.\n").page
    assert not page.sports, page


def test_the_page_is_made_once_and_read_by_both_stages(ctx_of):
    from dateline.extractors.page import page_of

    ctx = ctx_of(CRICKET)
    assert ctx.page is page_of(ctx.doc) is ctx.page


def test_the_sport_words_load_with_their_mark():
    from dateline.lexicon import sport_words

    words = sport_words()
    assert words["wicket"] and words["halftime"]
    assert not words["coach"] and not words["referee"] and not words["league"]

