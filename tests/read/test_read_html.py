"""HTML pages: the main text with its paragraphs, boilerplate left out, the page's metadata, detection by content."""
import gzip

from dateline.read.html import block_text, parse_page, trim
from dateline.records import RawArticle, ReadError

from tests.helpers import read_items
from tests.read.pages import STORY_PARAGRAPHS, news_page


def test_main_text_keeps_paragraphs_and_leaves_out_boilerplate(tmp_path):
    p = tmp_path / "tanker.html"
    p.write_text(news_page(), encoding="utf-8")
    (a,) = read_items(p)
    assert isinstance(a, RawArticle) and a.source_format == "html" and a.id == "tanker"
    assert a.text.split("\n\n") == STORY_PARAGRAPHS
    for boilerplate in ("cookies", "Home", "Related stories", "Ferry fares", "First!", "About us", "Maria Borg",
                        "April 16, 2019"):
        assert boilerplate not in a.text, boilerplate


def test_page_metadata(tmp_path):
    p = tmp_path / "tanker.html"
    p.write_text(news_page(), encoding="utf-8")
    (a,) = read_items(p)
    assert a.title == "Tanker runs aground off Malta"
    assert (a.published, a.published_from) == ("2019-04-16", "metadata")
    assert a.author == "Maria Borg" and a.site == "Island Courier"
    assert a.url == "https://courier.example.org/news/tanker-aground"
    assert a.language == "en"


def test_date_from_the_url_when_the_markup_has_none():
    html = news_page(date_meta=False).replace('<p class="date">April 16, 2019</p>', "")
    html = html.replace('<link rel="canonical" href="https://courier.example.org/news/tanker-aground">', "")
    page = parse_page(html, url="https://courier.example.org/2019/04/16/tanker-aground")
    assert (page.published, page.published_from) == ("2019-04-16", "url")
    assert page.url == "https://courier.example.org/2019/04/16/tanker-aground"


def test_no_date_at_all_leaves_it_to_the_text():
    page = parse_page(news_page(date_meta=False).replace('<p class="date">April 16, 2019</p>', ""))
    assert page.published is None and page.published_from is None


def test_a_txt_that_is_html_and_gzip_by_magic(tmp_path):
    txt = tmp_path / "saved.txt"
    txt.write_text(news_page(), encoding="utf-8")
    packed = tmp_path / "packed.dat"
    packed.write_bytes(gzip.compress(news_page().encode("utf-8")))
    a, b = read_items(txt, packed)
    assert a.source_format == b.source_format == "html"
    assert a.text == b.text and a.text.startswith("VALLETTA (Reuters)")


def test_meta_charset_decodes_the_page(tmp_path):
    p = tmp_path / "latin.html"
    p.write_bytes(news_page(charset="windows-1252", paragraphs=[
        "ZURICH (AP) \u2014 The caf\u00e9 owners\u2019 union met on Monday to discuss the rent rises in the old "
        "town, which have doubled since 2015.",
        "They will meet again in June."]).encode("cp1252"))
    (a,) = read_items(p)
    assert "caf\u00e9 owners\u2019 union" in a.text and "\u2014" in a.text


def test_a_utf8_page_under_a_latin_label_and_a_bom_over_the_label(tmp_path):
    """user48: a page saved as UTF-8 under `<meta charset="iso-8859-1">` read `JosÃ© MÃ¼ller`; bytes that are
    valid UTF-8 are UTF-8 whatever Latin label they carry, and a BOM wins over the label (as in browsers). A page
    truly in Windows-1252 is still read by its label (the test above)."""
    paragraphs = ["DUNMERE (Wire) - Residents fled on Sunday, \u00abwe lost everything\u00bb, said Jos\u00e9 "
                  "M\u00fcller, the caf\u00e9 owner, as the river rose.", "Rain is expected again on Friday."]
    (tmp_path / "a.html").write_bytes(news_page(charset="iso-8859-1", paragraphs=paragraphs).encode("utf-8"))
    (tmp_path / "b.html").write_bytes(news_page(charset="utf-8", paragraphs=paragraphs).encode("utf-16"))
    a, b = read_items(tmp_path)
    assert "Jos\u00e9 M\u00fcller" in a.text and "\u00c3" not in a.text
    assert "Jos\u00e9 M\u00fcller" in b.text


def test_page_without_article_text_is_an_error(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav></body></html>",
                 encoding="utf-8")
    (err,) = read_items(p)
    assert isinstance(err, ReadError) and "no article text" in err.message and err.origin == str(p)


def test_block_text_breaks_blocks_and_drops_link_lists():
    html = "<div><p>One <b>bold</b>\n word.</p><p>Two<br>three</p><ul><li><a href=x>Menu link</a></li></ul></div>"
    assert block_text(html) == "One bold word.\n\nTwo\n\nthree\n\nMenu link"
    assert block_text(html, max_link_share=0.5) == "One bold word.\n\nTwo\n\nthree"


def test_trim_drops_headline_date_byline_and_toolbars_around_the_story():
    text = "\n\n".join(["Tanker runs aground", "Posted: April 16, 2019 10:02", "By Maria Borg",
                        "Print | Email | Share", "The story begins here.", "And goes on.",
                        "Share this", "Copyright 2019 Island Courier. All rights reserved."])
    assert trim(text, "Tanker runs aground") == "The story begins here.\n\nAnd goes on."
    # a short story line with a year in it is kept when it is not at the top
    assert trim("Lead.\n\nIn 2019 it rained.", None) == "Lead.\n\nIn 2019 it rained."


def test_trim_drops_labels_at_the_top_but_not_a_lead_without_a_full_stop_or_a_dateline():
    text = "\n\n".join(["SPORTS PLUS", "Staff and agencies", "Click photo to enlarge",
                        "Mayor Ann Roe is the first Harlow leader to attend the summit", "He spoke for an hour."])
    assert trim(text, None).split("\n\n")[0] == "Mayor Ann Roe is the first Harlow leader to attend the summit"
    assert trim("MOSCOW - Agence France-Presse\n\nRussia said on Monday it would reply.", None).startswith("MOSCOW")


def test_trim_cuts_from_a_marker_of_what_follows_the_story():
    story = [f"Paragraph {n} of the story goes on here." for n in range(1, 5)]
    text = "\n\n".join(story + ["Comments", "Great article, thanks.", "Posted by: reader | Jan 1"])
    assert trim(text, None).split("\n\n") == story
    # the same word early in a story is no marker
    early = "\n\n".join(["The story begins.", "Comments", "It goes on.", "And on.", "And ends."])
    assert trim(early, None) == early


def test_trim_drops_lines_inserted_into_the_story():
    text = "\n\n".join(["The story begins.", "Advertisement", "It goes on.", "Story continues below advertisement",
                        "And ends.", "SKIP ADVERTISEMENT"])
    assert trim(text, None) == "The story begins.\n\nIt goes on.\n\nAnd ends."
