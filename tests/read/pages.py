"""Invented news pages and feeds for the reader tests (our own text, written for the tests)."""

STORY_PARAGRAPHS = [
    "VALLETTA (Reuters) - Malta's port authority closed the Grand Harbour to cruise ships on Tuesday after "
    "a tanker ran aground near the breakwater, officials said.",
    "\"Nobody was hurt and no fuel has leaked,\" harbour master Paul Camilleri told reporters at the quay.",
    "Salvage crews from Italy were expected to reach the tanker by Wednesday morning, the authority said, "
    "and ferries to Gozo kept to their timetable.",
    "The tanker, carrying 30,000 tonnes of diesel, had been waiting for a berth since the weekend.",
]


def news_page(*, date_meta: bool = True, lang: str = "en", charset: str = "utf-8",
              paragraphs=STORY_PARAGRAPHS, title: str = "Tanker runs aground off Malta") -> str:
    """A news page as sites serve it: menu, headline, byline, date, story, related links, comments, cookies."""
    meta = ('<meta property="article:published_time" content="2019-04-16T09:30:00+02:00">' if date_meta else "")
    story = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Island Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Island Courier">
<meta name="author" content="Maria Borg">
{meta}
<link rel="canonical" href="https://courier.example.org/news/tanker-aground">
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept all cookies</a></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="main"><article>
<h1>{title}</h1>
<p class="byline">By Maria Borg</p>
<p class="date">April 16, 2019</p>
<div class="article-body">
{story}
</div></article>
<aside class="related"><h3>Related stories</h3><ul>
<li><a href="/a">Ferry fares to rise in summer</a></li><li><a href="/b">New breakwater opens in Marsaxlokk</a></li>
<li><a href="/c">Fishermen protest quota cuts</a></li></ul></aside>
<div id="comments"><h3>Comments</h3><div class="comment"><p>First! Great article.</p></div></div>
</div>
<footer><a href="/about">About us</a> | <a href="/contact">Contact</a> | Copyright 2019 Island Courier</footer>
</body></html>"""


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Island Courier</title><link>https://courier.example.org/</link><language>en-gb</language>
<item><title>Tanker runs aground off Malta</title><link>https://courier.example.org/news/tanker-aground</link>
<pubDate>Tue, 16 Apr 2019 09:30:00 +0200</pubDate><author>desk@courier.example.org (Maria Borg)</author>
<description>A tanker ran aground near the breakwater.</description>
<content:encoded><![CDATA[<p>VALLETTA (Reuters) - A tanker ran aground near the breakwater on Tuesday, officials said.</p>
<p>"Nobody was hurt," the harbour master said.</p>]]></content:encoded></item>
<item><title>Ferry fares to rise</title><link>https://courier.example.org/news/fares</link>
<pubDate>Mon, 15 Apr 2019 18:00:00 +0200</pubDate>
<description>&lt;p&gt;Ferry fares to Gozo will rise by ten percent in June, the operator said on Monday.&lt;/p&gt;</description>
</item></channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Wire</title><id>urn:x-harbour</id>
<updated>2019-04-17T08:00:00Z</updated>
<entry><title>Salvage crews reach tanker</title><id>urn:x-harbour:1</id>
<link href="https://wire.example.net/salvage"/><published>2019-04-17T07:00:00Z</published>
<author><name>Paul Azzopardi</name></author>
<summary>Crews reached the tanker.</summary>
<content type="html">&lt;p&gt;Salvage crews reached the grounded tanker on Wednesday.&lt;/p&gt;&lt;p&gt;Pumping will begin on Thursday, the owners said.&lt;/p&gt;</content>
</entry></feed>"""
