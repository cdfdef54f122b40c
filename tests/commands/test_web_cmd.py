"""kg build on URLs and feeds by URL, and kg watch, through the CLI (tests/newssite.py serves the site)."""
import sys
from pathlib import Path

import rdflib
from click.testing import CliRunner

from kg.cli import cli
from kg.ns import SCHEMA

ROOT = Path(__file__).resolve().parents[2]


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_build_urls_reports_failures_builds_the_rest_and_exits_3(news_site, tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# more\n{news_site.url('/news/mosul-arrests')}\n{news_site.url('/logo.png')}\n",
                    encoding="utf-8")
    args = ("build", news_site.url("/news/amman-talks"), news_site.url("/missing"), "--urls", urls,
            "-o", tmp_path / "out", "--cache", tmp_path / "cache", "--delay", 0, "--timeout", 2)
    r = invoke(*args)
    assert r.exit_code == 3, r.output
    assert "2 articles:" in r.stdout and "2 pages could not be fetched:" in r.stdout
    assert f"failed: {news_site.url('/missing')}: HTTP 404 Not Found" in r.stderr
    assert f"failed: {news_site.url('/logo.png')}: not an HTML page or a feed (image/png)" in r.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    assert {str(o) for o in g.objects(None, SCHEMA.name)} >= {"ليلى منصور", "كريم العبيدي", "أخبار المشرق"}
    assert len(set(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))) == 2
    # a rerun reads the pages from the cache: the server sees no second request for them
    r = invoke(*args)
    assert r.exit_code == 3
    assert news_site.hits["/news/amman-talks"] == news_site.hits["/news/mosul-arrests"] == 1
    assert news_site.hits["/missing"] == 2                 # a failure is not cached: tried again


def test_build_a_feed_by_url_into_a_store(news_site, tmp_path):
    r = invoke("build", news_site.url("/rss.xml"), "--store", tmp_path / "store", "--cache", tmp_path / "c",
               "--delay", 0)
    assert r.exit_code == 0, r.output
    assert "4 articles:" in r.stdout
    assert invoke("verify", tmp_path / "store").exit_code == 0


def test_a_build_without_cache_fetches_each_page_and_feed_once(news_site, tmp_path):
    """The streaming build reads its inputs twice (its plan, then extraction): URLs are
    fetched once, before both, and each failure is listed once."""
    r = invoke("build", news_site.url("/rss.xml"), news_site.url("/missing"), "-o", tmp_path / "out",
               "--no-cache", "--delay", 0, "--timeout", 2)
    assert r.exit_code == 3, r.output
    assert "4 articles:" in r.stdout and "1 page could not be fetched:" in r.stdout
    assert news_site.hits["/rss.xml"] == 1 and news_site.hits["/missing"] == 1


def test_a_feed_file_reads_items_without_content_from_their_pages(news_site, tmp_path):
    """kg build feed.xml: an item with only a summary is read from its page (fetched like a
    URL, through the cache); an item with full content is not fetched."""
    feed = tmp_path / "saved-feed.xml"
    feed.write_bytes(news_site.feed())
    fetched_items = [path for path, _, _, content in news_site.items if path and not content]
    assert fetched_items, "the test site's feed has items without full content"
    r = invoke("build", feed, "-o", tmp_path / "out", "--cache", tmp_path / "cache", "--delay", 0)
    assert r.exit_code == 0, r.output
    assert "4 articles:" in r.stdout
    for path in fetched_items:
        assert news_site.hits[path] == 1
    assert all(news_site.hits[path] == 0 for path, _, _, content in news_site.items if content)
    g = rdflib.Graph().parse(tmp_path / "out" / "graph.ttl")
    # the page's author and its text, not only the item's one-line summary
    assert "ليلى منصور" in {str(o) for o in g.objects(None, SCHEMA.name)}


def test_build_needs_an_input_or_a_url_list(tmp_path):
    r = invoke("build", "-o", tmp_path)
    assert r.exit_code == 2 and "--urls FILE" in r.output


def test_without_the_web_extra_build_says_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "trafilatura", None)     # as when kg[web] is not installed
    r = invoke("build", ROOT / "tests" / "data" / "web" / "raqqa.html", "-o", tmp_path)
    assert r.exit_code == 2
    [line] = r.output.strip().splitlines()
    assert "pip install 'kg[web]'" in line


def test_watch_once_adds_the_feed_then_only_new_items(news_site, tmp_path):
    args = ("watch", news_site.url("/rss.xml"), "--store", tmp_path / "store", "--once",
            "--cache", tmp_path / "c", "--delay", 0)
    r = invoke(*args)
    assert r.exit_code == 0, r.output
    assert "4 new articles added, 0 already in the store, 0 failed" in r.stderr
    r = invoke(*args)
    assert "0 new articles added, 4 already in the store" in r.stderr
    assert news_site.hits["/rss.xml"] == 2 and news_site.hits["/news/amman-talks"] == 1


def test_watch_every_must_be_a_duration(tmp_path):
    r = invoke("watch", "https://example.org/rss", "--store", tmp_path / "s", "--every", "soon")
    assert r.exit_code == 2 and "not a duration" in r.output


def test_without_the_web_extra_a_url_says_what_to_install_before_fetching(monkeypatch, news_site, tmp_path):
    monkeypatch.setitem(sys.modules, "feedparser", None)
    r = invoke("build", news_site.url("/rss.xml"), "-o", tmp_path / "out", "--cache", tmp_path / "c")
    assert r.exit_code == 2 and "pip install 'kg[web]'" in r.output and len(r.output.strip().splitlines()) == 1
    assert sum(news_site.hits.values()) == 0
