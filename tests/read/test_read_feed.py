"""RSS and Atom feeds: one article per item with its link, title, date, author and fullest text."""
from dateline.read import read
from dateline.records import RawArticle, ReadError
from tests.helpers import read_items
from tests.read.pages import ATOM, RSS


def test_rss_items_with_content_and_summary_only(tmp_path):
    p = tmp_path / "courier.rss"
    p.write_text(RSS, encoding="utf-8")
    tanker, fares = read_items(p)
    assert tanker.id == "courier:1" and fares.id == "courier:2" and tanker.origin == f"{p}#1"
    assert tanker.source_format == "rss" and tanker.site == "Island Courier" and tanker.language == "en-gb"
    assert tanker.title == "Tanker runs aground off Malta"
    assert tanker.url == "https://courier.example.org/news/tanker-aground"
    assert (tanker.published, tanker.published_from) == ("2019-04-16", "feed")
    # content:encoded is fuller than the description: it is the text, paragraphs kept
    assert tanker.text == ("VALLETTA (Reuters) - A tanker ran aground near the breakwater on Tuesday, officials said."
                           "\n\n\"Nobody was hurt,\" the harbour master said.")
    assert tanker.summary_only is False
    assert fares.summary_only is True and fares.text.startswith("Ferry fares to Gozo will rise")
    assert "<p>" not in fares.text


def test_atom_entry_by_content_not_extension(tmp_path):
    p = tmp_path / "wire.xml"
    p.write_text(ATOM, encoding="utf-8")
    (a,) = read_items(p)
    assert a.source_format == "atom" and a.site == "Harbour Wire" and a.author == "Paul Azzopardi"
    assert (a.published, a.published_from) == ("2019-04-17", "feed") and a.url == "https://wire.example.net/salvage"
    assert a.text.split("\n\n") == ["Salvage crews reached the grounded tanker on Wednesday.",
                                    "Pumping will begin on Thursday, the owners said."]


def test_a_feed_saved_as_txt_is_still_a_feed(tmp_path):
    p = tmp_path / "saved.txt"
    p.write_text(RSS, encoding="utf-8")
    assert [a.id for a in read_items(p)] == ["saved:1", "saved:2"]


def test_feed_without_items_and_other_xml(tmp_path):
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
                     encoding="utf-8")
    other = tmp_path / "data.xml"
    other.write_text('<?xml version="1.0"?><catalogue><book>One</book></catalogue>', encoding="utf-8")
    e1, e2 = read_items(empty, other)
    assert isinstance(e1, ReadError) and "no items in this RSS/Atom feed" in e1.message
    assert isinstance(e2, ReadError) and "neither an RSS/Atom feed nor an HTML page" in e2.message


def test_items_are_articles_with_the_feed_date(tmp_path, nlp):
    from dateline.pipeline import process

    p = tmp_path / "courier.rss"
    p.write_text(RSS, encoding="utf-8")
    tanker, fares = list(process(read([str(p)])))
    assert (tanker.published, tanker.published_from) == ("2019-04-16", "feed")
    d = fares.to_dict()
    assert d["summary_only"] is True and d["source_format"] == "rss" and d["text"] == fares.text
    assert isinstance(tanker, object) and all(isinstance(x, RawArticle) for x in read_items(p))


def test_an_rss_items_relative_link_is_resolved_against_the_feeds_link(tmp_path):
    """user48: an RSS item's `<link>/news/x</link>` was kept relative (a url no one can open); it is resolved against
    the channel's link. Entities, CDATA and an item with no date or a date that is not one read as before."""
    p = tmp_path / "valley.rss"
    p.write_text("""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Valley &amp; Coast</title><link>https://valley.example.org/home/</link>
<item><title>Ferry &quot;late&quot; &#8211; again</title><link>/news/ferry-late</link>
<description><![CDATA[<p>The morning ferry to Brello left two hours late on Monday, the operator said.</p>]]></description>
<pubDate>not a date</pubDate></item>
<item><title>Bridge</title><link>bridge.html</link><description>The mayor opened a bridge on Friday.</description></item>
<item><title>Elsewhere</title><link>https://other.example.net/a</link><description>Rain fell in Dunmere.</description></item>
</channel></rss>""", encoding="utf-8")
    ferry, bridge, other = read_items(p)
    assert ferry.url == "https://valley.example.org/news/ferry-late" and ferry.title == 'Ferry "late" \u2013 again'
    assert bridge.url == "https://valley.example.org/home/bridge.html" and other.url == "https://other.example.net/a"
    assert ferry.text.startswith("The morning ferry") and ferry.published is None and bridge.published is None
    assert ferry.site == "Valley & Coast"


def test_a_title_of_html_type_is_read_as_text(tmp_path):
    """user48: an RSS title escaped twice (`Tom &amp;amp; Jerry`, as many feeds write it) and an Atom title of type
    html came as HTML source (`Tom &amp; Jerry`, `Coast &lt;i&gt;`); they are the text a reader sees."""
    (tmp_path / "a.rss").write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Coast &amp;amp; Vale</title>
<item><title>Floods &amp;amp; fires: &lt;b&gt;Dunmere&lt;/b&gt; counts the cost</title>
<description>Rain fell on Dunmere for a week, the mayor said.</description></item></channel></rss>""",
                                   encoding="utf-8")
    (tmp_path / "b.atom").write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Coast &amp;lt;i&amp;gt;</title>
<entry><title type="text">Rates &amp; fees &lt;up&gt;</title><content>Fees rose in Brello on Monday.</content></entry>
</feed>""", encoding="utf-8")
    rss, atom = read_items(tmp_path)
    assert rss.title == "Floods & fires: Dunmere counts the cost" and rss.site == "Coast & Vale"
    assert atom.title == "Rates & fees <up>" and atom.site == "Coast <i>"
