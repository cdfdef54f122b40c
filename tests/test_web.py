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
    assert sorted(a.id for a in read_articles([WEB])) == ["aden-jsonld", "date-in-text", "raqqa"]


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
