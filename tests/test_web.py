"""kg.web: the article of a saved web page, without boilerplate, with its metadata."""
import sys
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.io import read_articles

WEB = Path(__file__).resolve().parent / "data" / "web"
BOILERPLATE = ("الرئيسية", "تعليق", "جميع الحقوق", "أخبار ذات صلة", "اقرأ أيضا", "سياسة الخصوصية",
               "شارك على", "التعليقات", "حسبي الله")


@pytest.mark.parametrize("name, title, published, url, author", [
    ("raqqa", "مقتل قيادي في غارة قرب الرقة", date(2015, 7, 21),
     "https://example.org/news/2015/07/21/raqqa", "سامر الخطيب"),                 # meta tags
    ("aden-jsonld", "اعتقال خلية في عدن", date(2016, 3, 2),
     None, "منى سالم"),                                          # JSON-LD (no canonical link)
    ("date-in-text", "قصف على حلب", date(2014, 11, 5), None, None),              # a date in the text only
])
def test_page_text_and_metadata(name, title, published, url, author):
    [art] = list(read_articles([WEB / f"{name}.html"]))
    assert art.id == name and art.title == title and art.published == published
    assert art.url == url and art.author == author
    assert not any(b in art.text for b in BOILERPLATE), art.text


def test_no_entity_comes_from_the_boilerplate():
    from kg.pipeline import extract
    [art] = list(read_articles([WEB / "raqqa.html"]))
    doc = extract(art)
    names = {m.text for e in doc.entities for m in e.mentions}
    assert "أبو عمر الحلبي" in names
    assert not names & {"جون كيري", "القاهرة", "سوريا"}        # only in the related links and comments
    for e in doc.entities:                                    # every span points into the kept text
        for a, b in e.spans:
            assert doc.text[a:b] in {m.text for m in e.mentions}


def test_folders_of_saved_pages_are_read():
    assert sorted(a.id for a in read_articles([WEB])) == [
        "aden-jsonld", "date-in-text", "https://example.org/news/aden", "https://example.org/news/raqqa",
        "raqqa"]                                   # the pages, and the items of feed.xml beside them


def test_without_the_extra_one_line_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)      # import fails as when not installed
    with pytest.raises(InputError) as err:
        list(read_articles([WEB / "raqqa.html"]))
    assert "pip install 'kg[web]'" in str(err.value) and "\n" not in str(err.value)


def test_a_page_with_no_article_is_one_line(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>صفحة</title></head><body><script>var a;</script></body></html>",
                 encoding="utf-8")
    with pytest.raises(InputError, match="no article text"):
        list(read_articles([p]))


def test_feed_items_are_articles_with_their_title_date_and_link():
    arts = list(read_articles([WEB / "feed.xml"]))
    assert [a.id for a in arts] == ["https://example.org/news/raqqa", "https://example.org/news/aden"]
    raqqa, aden = arts
    assert raqqa.title == "مقتل قيادي في غارة قرب الرقة" and raqqa.published == date(2015, 7, 21)
    assert raqqa.url == "https://example.org/news/raqqa" and raqqa.source == "صحيفة الخبر - أخبار عربية"
    assert raqqa.text.startswith("قتل القيادي") and "<p>" not in raqqa.text    # full content, as text
    assert aden.published == date(2016, 3, 2) and "الحزام الأمني" in aden.text  # from the summary


def test_warc_html_responses_are_articles(tmp_path):
    from io import BytesIO
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        pages = [("https://example.org/raqqa", "200 OK", "text/html; charset=utf-8", (WEB / "raqqa.html").read_bytes()),
                 ("https://example.org/missing", "404 Not Found", "text/html", b"<html>not found</html>"),
                 ("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG"),
                 ("https://example.org/aden", "200 OK", "text/html", (WEB / "aden-jsonld.html").read_bytes())]
        for url, status, ctype, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))
    arts = list(read_articles([path]))
    assert [a.id for a in arts] == ["https://example.org/raqqa", "https://example.org/aden"]
    assert arts[0].published == date(2015, 7, 21) and "الرئيسية" not in arts[0].text
    # a folder finds .warc.gz too; a damaged archive is one line
    bad = tmp_path / "bad.warc"
    bad.write_bytes(b"this is not a warc file at all\r\n\r\n")
    with pytest.raises(InputError):
        list(read_articles([bad]))


# ------------------------------------------------------------------ pages and feeds by URL
# tests/newssite.py serves tests/data/news-site/: pages laid out as news sites are (menus, share
# buttons, related and most-read lists, comments, newsletter box, footer), dated in meta tags
# (amman-talks), in JSON-LD only (mosul-arrests) and in the visible text only (benghazi-visit).

SITE_BOILERPLATE = BOILERPLATE + ("عاجل", "الأكثر قراءة", "فيسبوك", "واتساب", "النشرة البريدية",
                                  "أضف تعليقك", "اقرأ أيضا", "تعليقات", "الوسوم", "آخر الأخبار",
                                  "اتصل بنا", "الرافدين نيوز ©", "غوتيريش", "ماكرون", "ترودو", "أردوغان")


def remote(site, *paths, **kw):
    from kg.fetch import Fetcher, Remote
    f = Fetcher(kw.pop("cache", None), timeout=kw.pop("timeout", 5), retries=kw.pop("retries", 0),
                backoff=0, delay=0, **kw)
    return f, [Remote(site.url(p), f) for p in paths]


@pytest.mark.parametrize("name, title, published, author, source", [
    ("amman-talks", "الصفدي يستقبل نظيره العراقي فؤاد حسين في عمان", date(2024, 2, 11), "ليلى منصور",
     "أخبار المشرق"),                                                        # meta tags
    ("mosul-arrests", "اعتقال خمسة مشتبه بهم في الموصل", date(2023, 10, 4), "كريم العبيدي",
     "الرافدين نيوز"),                                                       # JSON-LD only
    ("benghazi-visit", "وفد أممي يصل إلى بنغازي", date(2022, 5, 17), None, None),  # visible text only
])
def test_a_page_by_url_has_its_text_and_metadata(news_site, name, title, published, author, source):
    f, inputs = remote(news_site, f"/news/{name}")
    [art] = list(read_articles(inputs))
    assert art.id == news_site.url(f"/news/{name}")                  # the URL as given
    assert (art.title, art.published, art.author) == (title, published, author)
    assert source is None or art.source == source
    canonical = {"amman-talks": "/news/2024/02/11/amman-talks"}.get(name, f"/news/{name}")
    assert art.url == news_site.url(canonical)                      # the canonical link when there is one
    assert not [b for b in SITE_BOILERPLATE if b in art.text], art.text
    assert f.failures == []


def test_no_entity_comes_from_a_news_site_s_boilerplate(news_site):
    from kg.pipeline import extract
    f, inputs = remote(news_site, "/news/amman-talks", "/news/mosul-arrests")
    names = set()
    for art in read_articles(inputs):
        doc = extract(art)
        names |= {m.text for e in doc.entities for m in e.mentions}
        for e in doc.entities:
            for a, b in e.spans:                     # offsets point into the extracted text
                assert art.text[a:b] in {m.text for m in e.mentions}
    assert {"أيمن الصفدي", "فؤاد حسين", "الموصل"} <= names
    # only in the breaking-news bar, related lists, comments and footers:
    assert not names & {"إيمانويل ماكرون", "القاهرة", "أنطونيو غوتيريش", "السودان", "نيويورك", "بيروت",
                        "الرياض", "الخرطوم", "طرابلس", "جاستن ترودو", "أوتاوا", "تونس", "البصرة", "كركوك"}


def test_a_feed_by_url_gives_its_items_from_full_content_or_from_their_pages(news_site):
    f, inputs = remote(news_site, "/rss.xml")
    arts = list(read_articles(inputs))
    assert [a.id for a in arts] == [news_site.url(p) for p, *_ in news_site.items]
    amman, mosul, benghazi, bridge = arts
    # title, date and link from the item; author and text from the page
    assert amman.title == "الصفدي وفؤاد حسين يبحثان في عمان التعاون بين البلدين"
    assert amman.published == date(2024, 2, 11) and amman.url == news_site.url("/news/amman-talks")
    assert amman.author == "ليلى منصور" and "سفيان القضاة" in amman.text
    assert amman.source == "أخبار المشرق - آخر الأخبار"                # the feed's title
    assert mosul.author == "كريم العبيدي" and benghazi.published == date(2022, 5, 17)
    assert not [b for a in arts for b in SITE_BOILERPLATE if b in a.text]
    # an item with its full content is not fetched (its link would be a 404)
    assert bridge.text.startswith("افتتح محافظ البصرة") and "<p>" not in bridge.text
    assert news_site.hits["/news/full-text-only"] == 0 and f.failures == []


def test_failing_urls_are_reported_in_one_line_and_the_rest_is_read(news_site):
    heard = []
    f, inputs = remote(news_site, "/news/amman-talks", "/missing", "/slow", "/logo.png",
                       "/news/mosul-arrests", timeout=0.5, report=heard.append)
    arts = list(read_articles(inputs))
    assert [a.id for a in arts] == [news_site.url("/news/amman-talks"), news_site.url("/news/mosul-arrests")]
    assert heard == f.failures and len(heard) == 3 and all("\n" not in line for line in heard)
    missing, slow, logo = heard
    assert missing == news_site.url("/missing") + ": HTTP 404 Not Found"
    assert slow.startswith(news_site.url("/slow") + ": no answer in 0.5 s (time-out)")
    assert logo == news_site.url("/logo.png") + ": not an HTML page or a feed (image/png)"


def test_a_feed_item_whose_page_fails_is_reported_and_the_others_are_read(news_site):
    news_site.items.insert(1, ("/missing", "خبر حذف", news_site.items[0][2], None))
    f, inputs = remote(news_site, "/rss.xml")
    arts = list(read_articles(inputs))
    assert len(arts) == 4 and f.failures == [news_site.url("/missing") + ": HTTP 404 Not Found"]


def test_a_url_given_as_a_string_is_fetched_strictly(news_site, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    [art] = list(read_articles([news_site.url("/news/mosul-arrests")]))
    assert art.author == "كريم العبيدي" and list((tmp_path / "kg" / "pages").glob("*.body"))
    from kg.fetch import FetchError
    with pytest.raises(FetchError, match="404"):
        list(read_articles([news_site.url("/missing")]))


def test_a_warc_of_the_site_s_pages(news_site, tmp_path):
    from io import BytesIO
    from kg.fetch import Fetcher
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    f = Fetcher(None, delay=0)
    path = tmp_path / "site.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for p in ("/news/amman-talks", "/news/mosul-arrests", "/logo.png", "/news/benghazi-visit"):
            resp = f.get(news_site.url(p))
            headers = StatusAndHeaders("200 OK", [("Content-Type", resp.content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(resp.url, "response", payload=BytesIO(resp.body),
                                                          http_headers=headers))
    arts = list(read_articles([path]))
    assert [a.id for a in arts] == [news_site.url(p) for p in
                                    ("/news/amman-talks", "/news/mosul-arrests", "/news/benghazi-visit")]
    assert [a.published for a in arts] == [date(2024, 2, 11), date(2023, 10, 4), date(2022, 5, 17)]
    assert [a.author for a in arts] == ["ليلى منصور", "كريم العبيدي", None]
    assert not [b for a in arts for b in SITE_BOILERPLATE if b in a.text]


def test_jsonl_and_sidecars_may_give_an_author(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"id": "a", "text": "وصل الوزير إلى بغداد.", "author": "هدى كريم"}\n'
                 '{"id": "b", "text": "وصل الوزير إلى عمان.", "author": ["هدى كريم", "سامي نادر"]}\n',
                 encoding="utf-8")
    assert [a.author for a in read_articles([p])] == ["هدى كريم", "هدى كريم، سامي نادر"]
    (tmp_path / "c.txt").write_text("وصل الوزير إلى دمشق.", encoding="utf-8")
    (tmp_path / "c.meta.json").write_text('{"author": 7}', encoding="utf-8")
    with pytest.raises(InputError, match="'author' is not a string"):
        list(read_articles([tmp_path / "c.txt"]))
