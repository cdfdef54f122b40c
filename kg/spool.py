"""The spool of a build with ``-o OUTDIR`` and no ``--store``: finished batches as files.

A build that writes no store still keeps what it has made, so that a killed build run
again extracts only the rest. It used to keep it in a store of its own (a pyoxigraph
folder removed at the end); loading each triple there twice (its article's graph and
the union) cost a fifth of the build's CPU, which with two jobs on two cores was the
time the second worker lacked. The spool keeps the same record in plain files:

    OUTDIR/.kg-spool/lock               held (flock) while a build uses the spool
    OUTDIR/.kg-spool/part-000000.nt     one per batch of articles, written whole
                                        (made under another name, then renamed)

A part is N-Triples: each article's sorted lines after a comment line naming it,

    # kg-article <graph IRI> <tab> "id" (JSON) <tab> content hash <tab> source hash

so a killed build leaves whole batches only, and the files open in any RDF tool.
An article found in several parts (its text changed between two runs) is the last
part's. The spool is removed once the outputs are in place.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import kg.store
from kg.store import PlanBatches, StoreError, StoreReport

HEADER = "# kg-article\t"
LOCK = "lock"


def is_spool(path) -> bool:
    """True when ``path`` is a folder holding a spool (its lock file, at least)."""
    return (Path(path) / LOCK).is_file()


class Spool:
    """A spool folder, locked for this process while it is open (``close`` lets go).

    A folder that holds anything but a spool is never written into; an older
    kg's spool (a store folder) is not resumed but replaced."""

    def __init__(self, path):
        import fcntl

        from kg.store import is_store
        p = self.path = Path(path)
        if p.exists() and not p.is_dir():
            raise StoreError(f"{p}: is a file, not a spool folder")
        if is_store(p):             # an earlier kg's spool: nothing to resume from it here
            import shutil
            shutil.rmtree(p)
        if p.exists() and any(p.iterdir()) and not is_spool(p):
            raise StoreError(f"{p}: folder is not empty and is not a kg spool; refusing to write into it")
        p.mkdir(parents=True, exist_ok=True)
        self._lock = open(p / LOCK, "a+")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise StoreError(f"{p}: spool in use by another kg process (a build into the same "
                             f"folder is running); wait for that one to finish") from None
        self._parts = sorted(p.glob("part-*.nt"))
        self._records = {}
        self._read = (None, {})          # the part last read back: (path, {graph: lines})

    def close(self):
        if not self._lock.closed:
            self._lock.close()           # the lock goes with the file

    def records(self) -> dict:
        """Article graph name -> ``{"id", "hash", "source", "part"}`` of every article spooled."""
        records = {}
        for part in self._parts:
            for (name, ident, digest, source), _ in _articles(part):
                records[name] = {"id": json.loads(ident), "hash": digest, "source": source or None,
                                 "part": str(part)}
        self._records = records
        return records

    def lines(self, name) -> set:
        """An article graph's ``S\\tP\\tO\\n`` lines (as :func:`kg.corpus._store_lines` reads a
        store's), from the part that holds it."""
        from kg.corpus import ntriples_lines
        part = self._records[str(name)]["part"]
        if self._read[0] != part:        # skipped articles come in plan order: one read per part
            self._read = (part, {fields[0]: text for fields, text in _articles(part)})
        return ntriples_lines(self._read[1][str(name)])

    def flush(self):
        """Every part is written whole when its batch ends: nothing waits."""

    def writer(self, names, batch_size=None, done=None) -> "SpoolWriter":
        """The writer of a build of the article graphs ``names`` (as :class:`kg.store.BatchWriter`
        takes them; a spool records no plan)."""
        return SpoolWriter(self, batch_size, self.records() if done is None else done)

    def _write_part(self, text):
        number = int(self._parts[-1].stem.split("-")[1]) + 1 if self._parts else 0
        path = self.path / f"part-{number:06d}.nt"
        tmp = path.with_suffix(".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except OSError as exc:
            raise StoreError(f"cannot write the spool {self.path}: {exc.strerror or exc}") from None
        self._parts.append(path)


def _articles(part):
    """(header fields: graph, id as JSON, content hash, source hash; the article's N-Triples
    text) for each article of a part, in order."""
    fields, text = None, []
    with open(part, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(HEADER):
                if fields is not None:
                    yield fields, "".join(text)
                fields, text = line[len(HEADER):].rstrip("\n").split("\t"), []
            else:
                text.append(line)
    if fields is not None:
        yield fields, "".join(text)


class SpoolWriter(PlanBatches):
    """:class:`kg.store.BatchWriter`'s part for a spool (the plan's batches:
    :class:`kg.store.PlanBatches`): batch ``k`` becomes one part. An article spooled with the
    same content and source hash is skipped."""

    def __init__(self, spool, batch_size=None, done=None):
        self.spool, self.batch_size = spool, batch_size or kg.store.BATCH_ARTICLES
        self.done = done or {}
        self.report = StoreReport()
        self.batch, self.text, self.todo, self.seen = None, [], 0, 0

    def _add(self, article_id, graph_name, ntriples, source, text=None):
        name = str(graph_name)
        record, digest, unchanged = self._recorded(name, ntriples, source)
        if unchanged:
            self.report.skipped += 1
            return
        self.report.replaced += record is not None
        self.text.append(f"{HEADER}{name}\t{json.dumps(article_id, ensure_ascii=False)}\t"
                         f"{digest}\t{source or ''}\n")
        self.text.append(ntriples)
        self.todo += 1

    def _flush(self):
        if self.todo:
            self.spool._write_part("".join(self.text))
            self.report.written += self.todo
            self.report.batches += 1
        self.batch, self.text, self.todo, self.seen = None, [], 0, 0

    def close(self) -> StoreReport:
        self._flush()
        return self.report

    def stop(self):
        """After a failure: the parts written stay; the unfinished batch is dropped."""
        self.batch, self.text, self.todo, self.seen = None, [], 0, 0
