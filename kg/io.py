"""Reading articles (.txt with optional sidecar .meta.json, folders, .jsonl) and writing JSONL.

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
META_FIELDS = ("published", "title", "source", "url")


def parse_date(value, path, line=None) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(path, f"'published' is not an ISO date (YYYY-MM-DD): {value!r}", line) from None


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
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
                   origin=str(path))


def read_jsonl(path, published: date | None = None):
    """Yield one Article per line of a JSONL file (spec: id, text, published ...)."""
    path = Path(path)
    text = _read_text(path)
    if not text.strip():
        raise InputError(path, "empty file")
    seen = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"malformed JSON: {exc.msg} (column {exc.colno})", lineno) from None
        if not isinstance(rec, dict):
            raise InputError(path, "expected a JSON object", lineno)
        for key in ("id", "text"):
            if not isinstance(rec.get(key), str) or not rec.get(key):
                raise InputError(path, f"missing or empty string field {key!r}", lineno)
        if rec["id"] in seen:
            raise InputError(path, f"duplicate id {rec['id']!r}", lineno)
        seen.add(rec["id"])
        pub = published or parse_date(rec.get("published"), path, lineno)
        extra = {k: v for k, v in rec.items()
                 if k not in ("id", "text", "published", "title", "source", "url",
                              "entities", "relations", "events")}
        yield Article(id=rec["id"], text=rec["text"], published=pub, title=rec.get("title"),
                      source=rec.get("source"), url=rec.get("url"), extra=extra,
                      origin=f"{path}:{lineno}")


def expand_inputs(inputs) -> list:
    """Files named, and the .txt/.jsonl files inside folders (sorted, recursive)."""
    files = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            found = sorted(q for q in p.rglob("*")
                           if q.is_file() and (q.suffix in (".txt", ".jsonl")))
            if not found:
                raise InputError(p, "folder holds no .txt or .jsonl files")
            files.extend(found)
        elif not p.exists():
            raise InputError(p, "no such file or folder")
        else:
            files.append(p)
    return files


def read_articles(inputs, published: date | None = None):
    """Yield Articles from .txt files, .jsonl files and folders of them."""
    seen = {}
    for path in expand_inputs(inputs):
        if path.suffix == ".jsonl":
            articles = read_jsonl(path, published)
        elif path.name.endswith(META_SUFFIX):
            continue
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
