"""Corpus builds at scale: throughput, peak memory, jobs and queries, in one command.

    python -m benchmarks.bench_build ../shared/data/news/saudinewsnet-20k.jsonl.gz      (make bench-build)
    python -m benchmarks.bench_build CORPUS -n 1000,5000 --jobs 1,2
    python -m benchmarks.bench_build CORPUS -n 20000 --no-store     (-o builds only: quicker)

For each N (default 1,000, 5,000 and 20,000) the first N articles of the news
corpus (read, never copied into the project) are written to a temporary JSONL
file, and each measurement runs in a fresh subprocess (so that its peak RSS,
``ru_maxrss``, is its own):

- extraction only (``kg.api.extract_documents``, every Document dropped) against
  the whole build (``kg.api.build`` into a store and an output folder: graph,
  validation, store, corpus pass, graph.ttl, graph.html), both per wall-clock
  second, after the models are loaded; the ratio is the build's share of
  extraction throughput (target: at least 0.6); the same ratio per CPU second
  (the workers' included) is printed beside it, since on a loaded machine the
  wall clock mostly measures the other processes;
- the peak RSS of each build's main process (target: at N = 20,000 within 1.2x
  of N = 1,000);
- the build with 1 and with 2 jobs (target: 2 jobs at least 1.8x faster, on a
  machine with 2 free cores), with a store and, again, with ``-o`` alone (no store:
  the spool is files, ``kg.spool``);
- every shipped query (queries/*.rq) on the store (pyoxigraph), against rdflib on
  graph.ttl (parse time apart; each rdflib query stops after --rdflib-timeout s).

Figures are wall-clock: on a shared machine they move with the load; run it
when the machine is quiet, and compare ratios from one run.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_NS = (1000, 5000, 20000)


def write_sample(corpus, n, path):
    """The first ``n`` articles with text of ``corpus`` as kg JSONL (id, text, published)."""
    opener = gzip.open if str(corpus).endswith(".gz") else open
    written = 0
    with opener(corpus, "rt", encoding="utf-8") as fh, open(path, "w", encoding="utf-8") as out:
        for line in fh:
            rec = json.loads(line)
            if not rec.get("text"):
                continue
            out.write(json.dumps({"id": str(rec.get("id", written)), "text": rec["text"],
                                  "published": (rec.get("date") or "")[:10] or None},
                                 ensure_ascii=False) + "\n")
            written += 1
            if written >= n:
                break
    return written


# ------------------------------------------------------------------ what a child process runs

def child(args):
    from kg.pipeline import _resources
    _resources()                                   # models loaded before the clock starts
    t0, c0 = time.perf_counter(), time.process_time()
    if args.child == "extract":
        from kg.api import extract_documents
        n = sum(1 for _ in extract_documents([args.input], jobs=args.jobs_one))
        extra = {}
    elif args.child == "build":
        from kg.api import build
        from kg.progress import Progress
        progress = Progress(enabled=False)
        result = build([args.input], outdir=args.out, store=args.store, jobs=args.jobs_one, progress=progress)
        n = result.articles
        extra = {"triples": result.triples, "timings": {k: round(v, 2) for k, v in result.timings.items()}}
    elif args.child == "query-store":
        print(json.dumps(query_store(args.store)))
        return
    else:
        print(json.dumps(query_rdflib(args.input, args.timeout)))
        return
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)       # the --jobs workers, once joined
    print(json.dumps(dict(articles=n, wall=wall, cpu=cpu, workers_cpu=kids.ru_utime + kids.ru_stime,
                          rss_mb=_rss_mb(resource.RUSAGE_SELF),
                          workers_rss_mb=_rss_mb(resource.RUSAGE_CHILDREN), **extra)))


def _rss_mb(who):
    return round(resource.getrusage(who).ru_maxrss / 1024, 1)


def shipped_queries():
    return sorted((ROOT / "queries").glob("*.rq"))


def query_store(store):
    """Each shipped query on the store: rows read, and as ``kg query STORE Q.rq`` (the table written)."""
    from kg.query import execute, format_results, read_query
    from kg.store import open_store
    st = open_store(store, read_only=True)
    out = {}
    for q in shipped_queries():
        t = time.perf_counter()
        rows = list(execute(st, read_query(str(q))))
        seconds = time.perf_counter() - t
        t = time.perf_counter()
        format_results(execute(st, read_query(str(q))), "table")
        out[q.stem] = {"seconds": round(seconds, 3), "rows": len(rows),
                       "table_seconds": round(time.perf_counter() - t, 3)}
    return out


def query_rdflib(ttl, timeout):
    """rdflib on graph.ttl: parse once, then each query (a query over ``timeout`` s is stopped)."""
    import signal

    import rdflib

    from kg.query import PREFIXES, read_query
    t = time.perf_counter()
    g = rdflib.Graph().parse(ttl, format="turtle")
    out = {"_parse": {"seconds": round(time.perf_counter() - t, 3), "rows": len(g)}}

    class Slow(Exception):
        pass

    def stop(*_):
        raise Slow()
    signal.signal(signal.SIGALRM, stop)
    for q in shipped_queries():
        t = time.perf_counter()
        signal.alarm(int(timeout))
        try:
            rows = len(list(g.query(read_query(str(q)), initNs=PREFIXES)))
            out[q.stem] = {"seconds": round(time.perf_counter() - t, 3), "rows": rows}
        except Slow:
            out[q.stem] = {"seconds": None, "rows": None, "over": timeout}
        except Exception as exc:  # rdflib fails some queries pyoxigraph runs (ORDER BY unbound values)
            out[q.stem] = {"seconds": None, "rows": None, "error": type(exc).__name__}
        finally:
            signal.alarm(0)
    return out


def run_child(*argv):
    cmd = [sys.executable, "-m", "benchmarks.bench_build", *map(str, argv)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ the report

def measure(corpus, n, jobs_list, work, rdflib_timeout, queries=True, with_store=True):
    sample = work / f"sample-{n}.jsonl"
    have = write_sample(corpus, n, sample)
    row = {"n": have, "jobs": {}}
    for jobs in jobs_list:
        extract = run_child("--child", "extract", "--input", sample, "--jobs-one", jobs)
        # the build with -o alone: no store, the spool is files (kg.spool)
        outputs_only = run_child("--child", "build", "--input", sample, "--jobs-one", jobs, "--out",
                                 work / f"o-{n}-{jobs}")
        row["jobs"][jobs] = {"extract": extract, "build_o": outputs_only}
        if not with_store:
            continue
        out, store = work / f"out-{n}-{jobs}", work / f"store-{n}-{jobs}"
        built = run_child("--child", "build", "--input", sample, "--jobs-one", jobs, "--out", out,
                          "--store", store)
        row["jobs"][jobs].update(
            build=built, store_mb=round(sum(p.stat().st_size for p in store.iterdir()) / 2**20, 1),
            wal_bytes=sum(p.stat().st_size for p in store.iterdir() if p.suffix == ".log"))
    if queries and with_store:
        jobs = jobs_list[0]
        row["queries_store"] = run_child("--child", "query-store", "--store", work / f"store-{n}-{jobs}")
        row["queries_rdflib"] = run_child("--child", "query-rdflib", "--input",
                                          work / f"out-{n}-{jobs}" / "graph.ttl", "--timeout", rdflib_timeout)
    return row


def render(rows, jobs_list):
    lines = []
    one = jobs_list[0]
    lines.append("N        jobs  extraction a/s  build a/s  build/extraction  (per CPU s)  peak RSS MB  store MB"
                 "  WAL bytes  build phases (s)")
    for row in rows:
        for jobs, r in row["jobs"].items():
            if "build" not in r:
                continue
            e, b = r["extract"], r["build"]
            ea, ba = e["articles"] / e["wall"], b["articles"] / b["wall"]
            phases = ", ".join(f"{k} {v}" for k, v in b.get("timings", {}).items())
            cpu_ratio = (e["cpu"] + e.get("workers_cpu", 0)) / (b["cpu"] + b.get("workers_cpu", 0))
            lines.append(f"{row['n']:<8} {jobs:<5} {ea:>14.1f} {ba:>10.1f} {ba / ea:>17.2f} {cpu_ratio:>12.2f} "
                         f"{b['rss_mb']:>12.0f} {r['store_mb']:>9.0f} {r['wal_bytes']:>10}  {phases}")
    if rows and len(rows[0]["jobs"]) > 1 and all("build" in r for row in rows for r in row["jobs"].values()):
        lines.append("")
        lines.append("N        build wall s per jobs                     speed-up (vs %d job)" % one)
        for row in rows:
            walls = {j: r["build"]["wall"] for j, r in row["jobs"].items()}
            ups = ", ".join(f"{j} jobs {walls[one] / w:.2f}x" for j, w in walls.items() if j != one)
            lines.append(f"{row['n']:<8} " + ", ".join(f"{j}: {w:.1f}" for j, w in walls.items()) + f"   {ups}")
    if rows and all("build_o" in r for row in rows for r in row["jobs"].values()):
        lines.append("")
        lines.append("-o OUTDIR alone (no store):")
        lines.append("N        jobs  build a/s  build/extraction  peak RSS MB  build wall s  build phases (s)")
        for row in rows:
            for jobs, r in row["jobs"].items():
                e, b = r["extract"], r["build_o"]
                ea, ba = e["articles"] / e["wall"], b["articles"] / b["wall"]
                phases = ", ".join(f"{k} {v}" for k, v in b.get("timings", {}).items())
                lines.append(f"{row['n']:<8} {jobs:<5} {ba:>10.1f} {ba / ea:>17.2f} {b['rss_mb']:>12.0f} "
                             f"{b['wall']:>13.1f}  {phases}")
            walls = {j: r["build_o"]["wall"] for j, r in row["jobs"].items()}
            if len(walls) > 1:
                lines.append(f"{row['n']:<8} speed-up: " + ", ".join(
                    f"{j} jobs {walls[one] / w:.2f}x" for j, w in walls.items() if j != one))
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        kind = "build" if "build" in first["jobs"][one] and "build" in last["jobs"][one] else "build_o"
        r0, r1 = first["jobs"][one][kind]["rss_mb"], last["jobs"][one][kind]["rss_mb"]
        lines.append("")
        lines.append(f"peak RSS at N={last['n']} / N={first['n']}: {r1 / r0:.2f}x ({r1:.0f} MB / {r0:.0f} MB)")
    for row in rows:
        if "queries_store" not in row:
            continue
        lines.append("")
        qs, qr = row["queries_store"], row["queries_rdflib"]
        lines.append(f"queries at N={row['n']}: store (pyoxigraph) s | as kg query's table s | rdflib on "
                     f"graph.ttl s (rdflib parse {qr['_parse']['seconds']} s, {qr['_parse']['rows']} triples)")
        for name in sorted(qs):
            r = qr.get(name, {})
            rd = (f"{r['seconds']:.3f}" if r.get("seconds") is not None else
                  f"> {r['over']}" if "over" in r else r.get("error", "-"))
            table = qs[name].get("table_seconds")
            table = f"{table:.3f}" if table is not None else "-"
            lines.append(f"  {name:<22} {qs[name]['seconds']:>8.3f} | {table:>8} | {rd:>8}   "
                         f"({qs[name]['rows']} rows)")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(ROOT.parent / "shared/data/news/saudinewsnet-20k.jsonl.gz"))
    ap.add_argument("-n", default=os.environ.get("N") or ",".join(map(str, DEFAULT_NS)),
                    help="article counts, comma-separated (default 1000,5000,20000; the N variable too)")
    ap.add_argument("--jobs", default="1,2", help="job counts to compare, comma-separated")
    ap.add_argument("--rdflib-timeout", type=int, default=120)
    ap.add_argument("--keep", help="keep the samples, stores and outputs in this folder")
    ap.add_argument("--no-store", action="store_true",
                    help="measure the builds with -o alone (no store, no queries): quicker")
    ap.add_argument("--json", help="also write the measurements to this JSON file")
    # a child process's own arguments
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--jobs-one", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    ap.add_argument("--store", help=argparse.SUPPRESS)
    ap.add_argument("--timeout", type=int, default=120, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args)
    ns = [int(x) for x in str(args.n).split(",") if x.strip()]
    jobs_list = [int(x) for x in args.jobs.split(",") if x.strip()]
    if not Path(args.corpus).is_file():
        raise SystemExit(f"{args.corpus}: no such file")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kg-bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for n in ns:
            started = time.perf_counter()
            rows.append(measure(args.corpus, n, jobs_list, work, args.rdflib_timeout, with_store=not args.no_store))
            print(f"N={n}: measured in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
            print(render(rows[-1:], jobs_list), file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            import shutil
            shutil.rmtree(work, ignore_errors=True)
    print(render(rows, jobs_list))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
