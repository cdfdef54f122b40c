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
    from kg.io import parse_date
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(path, "empty file")
    page = extract_page(data, path)
    extra = {k: page[k] for k in ("author",) if page.get(k)}
    return Article(id=path.stem, text=page["text"], published=published or parse_date(page["published"], path),
                   title=page["title"], source=page["source"], url=page["url"], extra=extra,
                   origin=str(path))
