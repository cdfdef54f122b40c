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
    assert art.url == url and art.extra.get("author") == author
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
