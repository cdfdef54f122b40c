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


def read_html(path, published: date | None = None) -> Article:
    """The article of a saved web page (``NAME.html``): its id is the file name's stem."""
    from kg.io import open_input, parse_date
    path = Path(path)
    with open_input(path) as fh:
        data = fh.read()
    if not data.strip():
        raise InputError(path, "empty file")
    page = extract_page(data, path)
    extra = {k: page[k] for k in ("author",) if page.get(k)}
    return Article(id=path.stem, text=page["text"], published=published or parse_date(page["published"], path),
                   title=page["title"], source=page["source"], url=page["url"], extra=extra,
                   origin=str(path))


# ------------------------------------------------------------------ feeds

FEED_SUFFIXES = (".xml", ".rss", ".atom")


def _feed_date(entry):
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return date(value.tm_year, value.tm_mon, value.tm_mday)
    return None


def read_feed(path, published: date | None = None):
    """Yield the articles of an RSS or Atom feed file: one per item, its text from the item's
    full content (``content:encoded``, Atom ``content``) or, failing that, its summary; title,
    date and link from the item. The article id is the item's id (or link)."""
    try:
        import feedparser
    except ImportError:
        raise InputError(path, WEB_EXTRA) from None
    from kg.io import open_input
    path = Path(path)
    with open_input(path) as fh:
        data = fh.read()
    feed = feedparser.parse(data)
    if not feed.entries:
        raise InputError(path, "no items: not an RSS or Atom feed")
    source = (feed.feed.get("title") or "").strip() or None
    for n, entry in enumerate(feed.entries, 1):
        html_parts = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
        body = html_parts[0] if html_parts else entry.get("summary", "")
        where = f"{path} (item {n})"
        if not body.strip():
            raise InputError(path, f"item {n} has no content or summary", line=None)
        page = extract_page(f"<html><body><article>{body}</article></body></html>", where,
                            url=entry.get("link"))
        ident = entry.get("id") or entry.get("link") or f"{path.stem}-{n}"
        yield Article(id=str(ident), text=page["text"], published=published or _feed_date(entry),
                      title=(entry.get("title") or None), source=source, url=entry.get("link") or None,
                      extra={k: v for k, v in (("author", entry.get("author")),) if v}, origin=where)


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
                              extra={k: page[k] for k in ("author",) if page.get(k)}, origin=f"{path} ({url})")
        except Exception as exc:  # warcio raises plain exceptions on a damaged archive
            if isinstance(exc, InputError):
                raise
            raise InputError(path, f"not a readable WARC file: {exc}") from None
    if not records:
        raise InputError(path, "no WARC records: not a web archive")
