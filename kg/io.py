"""Reading articles (.txt with optional sidecar .meta.json, saved web pages, folders, .jsonl) and writing JSONL.

Every problem with an input becomes a ``kg.errors.InputError`` naming the file
(and line, for JSONL), never a traceback.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

from kg.errors import InputError, KgError
from kg.model import Article

META_SUFFIX = ".meta.json"
META_FIELDS = ("published", "title", "source", "url", "author")


def parse_date(value, path, line=None) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(path, f"'published' is not an ISO date (YYYY-MM-DD): {value!r}", line) from None


def _author(value, path, line=None):
    """The byline of a JSONL record or sidecar: a string, or a list of names joined by "، "."""
    if value in (None, "", []):
        return None
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "، ".join(v.strip() for v in value if v.strip()) or None
    if not isinstance(value, str):
        raise InputError(path, f"'author' is not a string or a list of strings: {value!r}", line)
    return value.strip() or None


def open_input(path):
    """``path`` opened for reading bytes; a missing, unreadable or folder path is one InputError."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None


def _read_text(path: Path) -> str:
    with open_input(path) as fh:
        data = fh.read()
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(path, f"not valid UTF-8 (byte {exc.start})", line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def read_txt(path, published: date | None = None) -> Article:
    path = Path(path)
    text = _read_text(path)
    if not text.strip():
        raise InputError(path, "empty file")
    meta = {}
    meta_path = path.with_name(path.stem + META_SUFFIX)
    if meta_path.exists():
        raw = _read_text(meta_path)
        try:
            meta = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(meta_path, f"invalid JSON: {exc.msg}", exc.lineno) from None
        if not isinstance(meta, dict):
            raise InputError(meta_path, "expected a JSON object")
    pub = published or parse_date(meta.get("published"), meta_path)
    extra = {k: v for k, v in meta.items() if k not in META_FIELDS}
    return Article(id=path.stem, text=text, published=pub, title=meta.get("title"),
                   source=meta.get("source"), url=meta.get("url"), extra=extra,
                   origin=str(path), author=_author(meta.get("author"), meta_path))


GZIP_MAGIC = b"\x1f\x8b"


def _open_lines(path: Path):
    """The file's lines as bytes, read as a stream: split on b"\\n" only (never on
    U+2028, U+2029, U+0085 or a lone CR inside a JSON string); ``.gz`` files
    (the gzip magic, whatever the name) are decompressed on the fly."""
    import gzip
    with open_input(path) as fh:
        head = fh.read(2)
        fh.seek(0)
        stream = gzip.GzipFile(fileobj=fh, mode="rb") if head == GZIP_MAGIC else fh
        try:
            yield from stream
        except (OSError, EOFError) as exc:   # a truncated or corrupt gzip stream
            raise InputError(path, f"cannot decompress: {exc}") from None


def _has_lone_surrogate(value) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def read_jsonl(path, published: date | None = None):
    """Yield one Article per line of a JSONL file (spec: id, text, published ...).

    The file is streamed, a line at a time; it may be gzip-compressed
    (``news.jsonl.gz``). Every bad line stops with an InputError naming the
    file and line.
    """
    path = Path(path)
    seen = {}
    any_line = False
    for lineno, raw in enumerate(_open_lines(path), 1):
        if lineno == 1 and b"\x00" in raw[:8192]:
            raise InputError(path, "binary file (contains NUL bytes), expected UTF-8 JSON lines")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not valid UTF-8 (byte {exc.start} of the line)", lineno) from None
        if lineno == 1 and line.startswith("\ufeff"):
            line = line[1:]
        if not line.strip():
            continue
        any_line = True
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", lineno) from None
        if not isinstance(rec, dict):
            raise InputError(path, "expected a JSON object", lineno)
        if _has_lone_surrogate(rec):
            raise InputError(path, "a string holds a lone surrogate (a \\ud800-\\udfff escape "
                                   "that is not part of a pair): not Unicode text", lineno)
        for key in ("id", "text"):
            if not isinstance(rec.get(key), str) or not rec.get(key):
                raise InputError(path, f"missing or empty string field {key!r}", lineno)
        if rec["id"] in seen:
            raise InputError(path, f"duplicate id {rec['id']!r} (first on line {seen[rec['id']]})", lineno)
        seen[rec["id"]] = lineno
        pub = published or parse_date(rec.get("published"), path, lineno)
        extra = {k: v for k, v in rec.items()
                 if k not in ("id", "text", "published", "title", "source", "url", "author",
                              "entities", "relations", "events")}
        yield Article(id=rec["id"], text=rec["text"], published=pub, title=rec.get("title"),
                      source=rec.get("source"), url=rec.get("url"), extra=extra,
                      origin=f"{path}:{lineno}", author=_author(rec.get("author"), path, lineno))
    if not any_line:
        raise InputError(path, "empty file")


#: suffixes of article files inside folders
ARTICLE_SUFFIXES = (".txt", ".jsonl", ".jsonl.gz", ".html", ".htm", ".xml", ".rss", ".atom",
                    ".warc", ".warc.gz")


def _is_article_file(q: Path) -> bool:
    """An article file of a folder; a summary.txt or graph.html beside a graph.ttl is kg's own output."""
    if not (q.is_file() and q.name.lower().endswith(ARTICLE_SUFFIXES)):
        return False
    return not (q.name in ("summary.txt", "graph.html") and (q.parent / "graph.ttl").exists())


def expand_inputs(inputs, exclude=()) -> list:
    """Files named, and the article files inside folders (sorted, recursive); URLs
    (``kg.fetch.Remote``, or http(s) strings) as they are.

    Inside folders, kg's own outputs (a summary.txt beside a graph.ttl, and
    the files or folders in ``exclude``, such as the build's summary and store)
    are never articles.
    """
    skip = [Path(x).resolve() for x in exclude]

    def excluded(q):
        r = q.resolve()
        return any(r == d or d in r.parents for d in skip)

    from kg.fetch import FeedFile, Remote, is_url
    files = []
    for item in inputs:
        if isinstance(item, (Remote, Fetched, FeedFile)):
            files.append(item)
            continue
        if is_url(item):              # a URL given to the library as a string: fetched strictly
            from kg.fetch import Fetcher, default_cache
            files.append(Remote(item, Fetcher(default_cache(), strict=True)))
            continue
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*") if _is_article_file(q) and not excluded(q))
            if not found:
                raise InputError(p, "folder holds no .txt, .jsonl or .jsonl.gz files")
            files.extend(found)
        elif not p.exists():
            raise InputError(p, "no such file or folder")
        else:
            files.append(p)
    return files


def count_articles(inputs, exclude=()):
    """How many articles the inputs hold, or None when that would cost a second read
    of compressed input. A blank JSONL line is no article; bad input is counted as
    read (reading it reports the error)."""
    total = 0
    try:
        files = expand_inputs(inputs, exclude)
    except InputError:
        return None
    for path in files:
        if not isinstance(path, Path):    # a URL: a page or a feed, known only once fetched
            return None
        if path.name.endswith(META_SUFFIX):
            continue
        if path.name.lower().endswith((".xml", ".rss", ".atom", ".warc", ".warc.gz")):
            return None                   # feeds and archives: counted only by reading them
        if not path.name.endswith((".jsonl", ".jsonl.gz", ".gz")):
            total += 1
            continue
        try:
            with open(path, "rb") as fh:
                if fh.read(2) == GZIP_MAGIC:
                    return None
                fh.seek(0)
                total += sum(1 for line in fh if line.strip())
        except OSError:
            return None
    return total


class Fetched(list):
    """The Articles of one URL input (a page or a feed), fetched once (:func:`prefetch`)."""

    def __init__(self, url, articles):
        super().__init__(articles)
        self.url = url

    def __str__(self):
        return self.url


def prefetch(inputs, published: date | None = None, exclude=()) -> list:
    """``inputs`` with each URL (``kg.fetch.Remote`` or an http(s) string) replaced by the
    :class:`Fetched` Articles it gives, so that a build that reads its inputs twice (its
    plan, then extraction) fetches each page and feed once. Files and folders stay."""
    from kg.fetch import FeedFile, Remote, is_url

    def fetched(i):
        return isinstance(i, (Remote, FeedFile)) or (isinstance(i, str) and is_url(i))
    if not any(map(fetched, inputs)):
        return list(inputs)
    out = []
    for item in inputs:
        if fetched(item):
            out.append(Fetched(str(item), read_articles([item], published, exclude)))
        else:
            out.append(item)
    return out


def read_articles(inputs, published: date | None = None, exclude=()):
    """Yield Articles from .txt files, .jsonl(.gz) files, web pages, feeds, web archives,
    folders of them, and URLs (``kg.fetch.Remote``: a page or a feed fetched by its Fetcher,
    which reports the pages that fail; a URL read twice is read once).

    ``exclude``: files or folders never read (the build's own outputs).
    """
    from kg.fetch import FeedFile
    from kg.web import FEED_SUFFIXES
    seen = {}
    for path in expand_inputs(inputs, exclude):
        if isinstance(path, Fetched):     # a page or a feed read before (prefetch)
            for art in path:
                if art.id in seen:
                    continue              # as read_url does: a URL read twice is read once
                seen[art.id] = art.origin
                yield art
            continue
        fetcher = None
        if isinstance(path, FeedFile):    # a feed file whose items' pages are fetched
            path, fetcher = Path(path.path), path.fetcher
        if not isinstance(path, Path):    # a kg.fetch.Remote: a page or a feed on the web
            from kg.web import read_url
            for art in read_url(path, published, known=seen.__contains__):
                seen[art.id] = art.origin
                yield art
            continue
        name = path.name.lower()
        if name.endswith((".warc", ".warc.gz")):
            from kg.web import read_warc
            articles = read_warc(path, published)
        elif name.endswith(FEED_SUFFIXES):
            from kg.web import read_feed
            articles = read_feed(path, published, fetcher)
        elif path.name.endswith((".jsonl", ".jsonl.gz", ".gz")):
            articles = read_jsonl(path, published)
        elif path.name.endswith(META_SUFFIX):
            continue
        elif path.suffix.lower() in (".html", ".htm"):
            from kg.web import read_html
            articles = [read_html(path, published)]
        else:
            articles = [read_txt(path, published)]
        for art in articles:
            if art.id in seen:
                raise InputError(path, f"article id {art.id!r} already read from {seen[art.id]}")
            seen[art.id] = art.origin
            yield art


def atomic_write(path, data, what="") -> None:
    """Write ``data`` (bytes or str) so that a failure never leaves a half-written file.

    A temporary file beside ``path`` is written, synced and renamed over it; the
    result gets the usual permissions (0666 less the umask), not mkstemp's 0600.
    An OS error becomes a one-line KgError naming the file.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    tmp = None
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix="-" + os.path.basename(path), dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        what = f" {what}" if what else ""
        raise KgError(f"{path}: cannot write{what}: {exc.strerror or exc}") from None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
