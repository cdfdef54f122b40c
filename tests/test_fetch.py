"""kg.fetch: a clear User-Agent, time-outs, retries with backoff, a pause per host, the page cache."""
import time

import pytest

from kg.errors import InputError
from kg.fetch import FetchError, Fetcher, read_url_list, user_agent


def fetcher(tmp_path, **kw):
    kw = {"timeout": 5, "retries": 2, "backoff": 0, "delay": 0, **kw}
    return Fetcher(tmp_path / "cache", **kw)


def test_a_page_is_fetched_once_then_read_from_the_cache(news_site, tmp_path):
    url = news_site.url("/news/amman-talks")
    first = fetcher(tmp_path).get(url)
    assert not first.cached and first.media_type == "text/html" and "الصفدي".encode() in first.body
    again = fetcher(tmp_path)                       # a rerun: a new Fetcher on the same cache
    second = again.get(url)
    assert second.cached and second.body == first.body and second.content_type == first.content_type
    assert news_site.hits["/news/amman-talks"] == 1 and again.requests == 0
    fetcher(tmp_path).get(url, refresh=True)        # a feed polled again is fetched afresh
    assert news_site.hits["/news/amman-talks"] == 2


def test_the_user_agent_names_kg_its_version_and_the_project(news_site, tmp_path):
    fetcher(tmp_path).get(news_site.url("/news/amman-talks"))
    assert news_site.agents == [user_agent()] * 2              # robots.txt, then the page
    assert user_agent().startswith("kg/") and "(+https://" in user_agent()


def test_a_404_fails_at_once_in_one_line(news_site, tmp_path):
    with pytest.raises(FetchError) as err:
        fetcher(tmp_path).get(news_site.url("/missing"))
    assert "HTTP 404" in str(err.value) and "\n" not in str(err.value)
    assert news_site.hits["/missing"] == 1                   # a 404 is not retried
    assert not list((tmp_path / "cache").glob("*.json"))     # and not cached


def test_a_time_out_is_retried_then_fails(news_site, tmp_path):
    with pytest.raises(FetchError, match=r"time-out.*after 2 tries"):
        fetcher(tmp_path, timeout=0.3, retries=1).get(news_site.url("/slow"))
    assert news_site.hits["/slow"] == 2


def test_a_503_is_retried_with_backoff(news_site, tmp_path):
    start = time.monotonic()
    resp = fetcher(tmp_path, backoff=0.2).get(news_site.url("/flaky"))
    assert "الصفدي".encode() in resp.body and news_site.hits["/flaky"] == 2
    assert time.monotonic() - start >= 0.2


def test_requests_to_one_host_are_spaced(news_site, tmp_path):
    f = Fetcher(None, delay=0.3, backoff=0, robots=False)
    start = time.monotonic()
    for name in ("amman-talks", "mosul-arrests", "benghazi-visit"):
        f.get(news_site.url(f"/news/{name}"))
    assert time.monotonic() - start >= 0.6 and f.requests == 3


def test_failures_are_collected_and_reported_unless_strict(tmp_path):
    heard = []
    f = Fetcher(None, report=heard.append)
    f.fail("http://example.org/a", "HTTP 404 Not Found")
    assert f.failures == heard == ["http://example.org/a: HTTP 404 Not Found"]
    with pytest.raises(FetchError):
        Fetcher(None, strict=True).fail("http://example.org/a", "HTTP 404 Not Found")


def test_a_url_list_skips_comments_blank_lines_and_repeats(tmp_path):
    p = tmp_path / "urls.txt"
    p.write_text("# أخبار اليوم\nhttps://example.org/a\n\nhttps://example.org/b\nhttps://example.org/a\n",
                 encoding="utf-8")
    assert read_url_list(p) == ["https://example.org/a", "https://example.org/b"]
    p.write_text("https://example.org/a\nexample.org/b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"urls.txt:2: not an http\(s\) URL"):
        read_url_list(p)


def test_robots_txt_is_read_once_per_site_and_obeyed(news_site, tmp_path):
    f = fetcher(tmp_path)
    with pytest.raises(FetchError, match="disallowed by the site's robots.txt"):
        f.get(news_site.url("/private/report"))
    f.get(news_site.url("/news/amman-talks"))
    assert news_site.hits["/robots.txt"] == 1 and news_site.hits["/private/report"] == 0
    Fetcher(None, robots=False, delay=0).get(news_site.url("/news/mosul-arrests"))
    assert news_site.hits["/robots.txt"] == 1
