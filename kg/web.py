"""Articles from web pages: the main text of a saved HTML page, without its boilerplate.

trafilatura (Apache-2.0) takes the article's text and its metadata (title,
publication date through htmldate, author, canonical url, site) and leaves out
menus, share buttons, related links, comments and footers. The text it gives
becomes ``Article.text``: every offset kg writes points into it, and it is
kept in the annotated document and the graph, so every evidence span can be
checked. Needs the ``web`` extra (``pip install 'kg[web]'``).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

HTML_SUFFIXES = (".html", ".htm")
WEB_EXTRA = "reading web pages needs the web extra: pip install 'kg[web]' (trafilatura, feedparser, warcio)"


def _trafilatura(path):
    try:
        import trafilatura
    except ImportError:
        raise InputError(path, WEB_EXTRA) from None
    return trafilatura


def extract_page(data, path="<page>", url=None) -> dict:
    """``{"text", "title", "published", "author", "url", "source"}`` of one HTML page (bytes or str).

    Raises InputError when the page holds no article text.
    """
    trafilatura = _trafilatura(path)
    result = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                         include_tables=False, favor_precision=True)
    doc = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = (doc.get("text") or "").strip()
    if not text:
        raise InputError(path, "no article text found in the page")
    return {"text": text, "title": doc.get("title") or None, "published": doc.get("date") or None,
            "author": doc.get("author") or None, "url": doc.get("url") or url or None,
            "source": doc.get("sitename") or doc.get("hostname") or None}


def page_article(data, ident, where, url=None, published: date | None = None) -> Article:
    """The Article of one HTML page (bytes or str): its text and metadata from ``extract_page``."""
    from kg.io import parse_date
    page = extract_page(data, where, url=url)
    return Article(id=ident, text=page["text"], published=published or parse_date(page["published"], where),
                   title=page["title"], source=page["source"], url=page["url"] or url,
                   author=page["author"], origin=str(where))


def read_html(path, published: date | None = None) -> Article:
    """The article of a saved web page (``NAME.html``): its id is the file name's stem."""
    from kg.io import open_input
    path = Path(path)
    with open_input(path) as fh:
        data = fh.read()
    if not data.strip():
        raise InputError(path, "empty file")
    return page_article(data, path.stem, path, published=published)


# ------------------------------------------------------------------ feeds

FEED_SUFFIXES = (".xml", ".rss", ".atom")


def _feed_date(entry):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def _feedparser(path):
    try:
        import feedparser
    except ImportError:
        raise InputError(path, WEB_EXTRA) from None
    return feedparser


def feed_articles(data, where, published: date | None = None, fetcher=None, known=None):
    """Yield the articles of an RSS or Atom feed (bytes): one per item.

    An item's text is its full content (``content:encoded``, Atom ``content``); an item
    without one is read from its page, fetched with ``fetcher`` (a ``kg.fetch.Fetcher``)
    when there is one, else from its summary. Title, date, link and author come from the
    item (the page's own where the item has none); the source is the feed's title. The
    article id is the item's link (its id when it has no link). ``known(id)``: True passes
    the item over before anything is fetched (``kg watch``: already in the store).
    A page that cannot be fetched is told to ``fetcher.fail`` and the other items go on.
    """
    feed = _feedparser(where).parse(data)
    if not feed.entries:
        raise InputError(where, "no items: not an RSS or Atom feed")
    source = (feed.feed.get("title") or "").strip() or None
    stem = Path(str(where)).stem if "://" not in str(where) else "item"
    for n, entry in enumerate(feed.entries, 1):
        link = (entry.get("link") or "").strip() or None
        ident = str(link or entry.get("id") or f"{stem}-{n}")
        if known is not None and known(ident):
            continue
        item_where = f"{where} (item {n})"
        full = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
        title = (entry.get("title") or "").strip() or None
        meta = dict(title=title, url=link, author=(entry.get("author") or "").strip() or None,
                    published=published or _feed_date(entry))
        if full or fetcher is None or not link:
            body = full[0] if full else entry.get("summary", "")
            try:
                if not body.strip():
                    raise InputError(where, f"item {n} has no content or summary")
                page = extract_page(f"<html><body><article>{body}</article></body></html>", item_where,
                                    url=link)
            except InputError as exc:
                if fetcher is None:
                    raise
                fetcher.fail(link or item_where, str(exc).split(": ", 1)[-1])
                continue
            yield Article(id=ident, text=page["text"], source=source, origin=item_where, **meta)
            continue
        art = _fetch_page(link, fetcher, ident, f"{link} (item {n} of {where})", meta["published"])
        if art is not None:
            yield Article(id=ident, text=art.text, source=source or art.source,
                          origin=art.origin, title=title or art.title, url=link,
                          author=meta["author"] or art.author, published=meta["published"] or art.published)


def read_feed(path, published: date | None = None, fetcher=None):
    """Yield the articles of an RSS or Atom feed file (see ``feed_articles``): an item without
    full content is read from its page, fetched with ``fetcher``; with none (offline), from
    its summary."""
    from kg.io import open_input
    path = Path(path)
    _feedparser(path)
    with open_input(path) as fh:
        data = fh.read()
    yield from feed_articles(data, path, published, fetcher)


# ------------------------------------------------------------------ URLs

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
               "text/xml", "application/feed+json")


def page_kind(resp):
    """``"feed"``, ``"html"`` or None (neither) for a ``kg.fetch.Response``: by its content type,
    and by its first bytes when the type is missing, generic or says HTML for a feed."""
    head = resp.body[:1024].lstrip().lower()
    looks_feed = head.startswith((b"<?xml", b"<rss", b"<feed")) and \
        any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    media = resp.media_type
    if "html" in media:                     # text/html, application/xhtml+xml
        return "feed" if looks_feed else "html"
    if media in _FEED_TYPES or media.endswith("+xml"):
        return "feed"                       # feedparser says when it holds no items
    if media in ("", "application/octet-stream", "text/plain"):
        if looks_feed:
            return "feed"
        if head.startswith((b"<html", b"<!doctype html")):
            return "html"
    return None


def _decoded(resp):
    if resp.charset:
        try:
            return resp.body.decode(resp.charset, errors="replace")
        except LookupError:
            pass
    return resp.body


def _fetch_page(url, fetcher, ident, where, published=None):
    """The Article of the HTML page at ``url``, or None after telling ``fetcher.fail`` why not."""
    from kg.fetch import FetchError
    try:
        resp = fetcher.get(url)
    except FetchError as exc:
        fetcher.fail(url, exc)
        return None
    if page_kind(resp) != "html":
        fetcher.fail(url, f"not an HTML page ({resp.media_type or 'no content type'})")
        return None
    try:
        return page_article(_decoded(resp), ident, where, url=resp.final_url, published=published)
    except InputError:
        fetcher.fail(url, "no article text found in the page")
        return None


def read_url(remote, published: date | None = None, known=None, refresh=False):
    """Yield the articles at a URL (``kg.fetch.Remote``): a web page is one article (its id the
    URL as given), a feed one per item (see ``feed_articles``; items without full content are
    fetched). A URL that fails (HTTP error, time-out, neither HTML nor a feed, no article text)
    is told to ``remote.fetcher.fail`` and yields nothing. ``refresh``: fetch the URL itself
    again even when cached (a feed polled by ``kg watch``); its items' pages still come from
    the cache."""
    from kg.fetch import FetchError
    fetcher, url = remote.fetcher, remote.url
    _trafilatura(url), _feedparser(url)      # without the web extra: one line, before any fetch
    if known is not None and known(url):
        return
    try:
        resp = fetcher.get(url, refresh=refresh)
    except FetchError as exc:
        fetcher.fail(url, exc)
        return
    kind = page_kind(resp)
    if kind == "feed":
        try:
            yield from feed_articles(resp.body, url, published, fetcher, known)
        except InputError as exc:              # no items: not a feed after all
            fetcher.fail(url, str(exc)[len(url) + 2:] if str(exc).startswith(url + ": ") else str(exc))
    elif kind == "html":
        try:
            art = page_article(_decoded(resp), url, url, url=resp.final_url, published=published)
        except InputError:
            fetcher.fail(url, "no article text found in the page")
            return
        yield art
    else:
        fetcher.fail(url, f"not an HTML page or a feed ({resp.media_type or 'no content type'})")


# ------------------------------------------------------------------ web archives

WARC_SUFFIXES = (".warc", ".warc.gz")


def read_warc(path, published: date | None = None):
    """Yield the articles of the HTML responses of a WARC file (warcio), streaming: one per
    response with status 200 and an HTML body that holds article text; its id is the URL.
    Pages without article text (indexes, errors) are passed over."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        raise InputError(path, WEB_EXTRA) from None
    from kg.io import open_input, parse_date
    path = Path(path)
    records = 0
    with open_input(path) as fh:
        try:
            for record in ArchiveIterator(fh):
                if record.rec_headers.get_header("WARC-Type") is None:
                    raise InputError(path, "no WARC records: not a web archive")
                records += 1
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                body = record.content_stream().read()
                try:
                    page = extract_page(body, f"{path} ({url})", url=url)
                except InputError:
                    continue
                yield Article(id=url, text=page["text"],
                              published=published or parse_date(page["published"], path),
                              title=page["title"], source=page["source"], url=page["url"] or url,
                              author=page["author"], origin=f"{path} ({url})")
        except Exception as exc:  # warcio raises plain exceptions on a damaged archive
            if isinstance(exc, InputError):
                raise
            raise InputError(path, f"not a readable WARC file: {exc}") from None
    if not records:
        raise InputError(path, "no WARC records: not a web archive")
