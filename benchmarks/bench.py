"""Extraction throughput against camel-tools' own normalise + tokenise, in one run.

    python -m benchmarks.bench ../shared/data/news/saudinewsnet-20k.jsonl.gz -n 2000   (make bench)

Reads the first N articles of the news corpus (never copied into the project),
runs (a) camel-tools' normalisation (unicode, alef, alef maqsura, teh marbuta,
dediacritisation) and simple_word_tokenize alone, then (b) the whole kg
extraction (kg.pipeline.extract_many, as `kg build` and `kg extract` run it),
over the same articles on one core, and prints articles/s, tokens/s, peak
memory and the ratio of the two throughputs. Ratios from one run are what to
compare across machines, not absolute times.

The two are timed in alternating chunks of 50 articles (camel-tools on a chunk,
then kg on the same chunk, and so on), so that both see the same machine: on a
shared machine the speed of one core drifts by a third within a minute, and
timing one side after the other moved the ratio as much. kg's caches persist
from chunk to chunk, as they do over one long run.

Throughputs and the ratio are per second of the process's CPU time
(``time.process_time``), which leaves out the moments the process waits for
the core; the wall-clock ratio is printed too. On this shared machine the
ratio still moves by about +-0.015 from run to run (the core's own speed
varies): compare several runs, not one.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from pathlib import Path


def read_articles(path, n):
    out = []
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("text"):
                out.append(rec)
            if len(out) >= n:
                break
    return out


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


#: articles per chunk; the two sides alternate chunk by chunk
CHUNK = 50


def camel_baseline(texts):
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                             normalize_teh_marbuta_ar, normalize_unicode)
    tokens = 0
    t0, w0 = time.process_time(), time.perf_counter()
    for text in texts:
        t = normalize_unicode(text)
        t = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(t))))
        tokens += len(simple_word_tokenize(t))
    return time.process_time() - t0, time.perf_counter() - w0, tokens


def kg_extraction(records):
    from kg.pipeline import article_from_record, extract_many
    counts = {"entities": 0, "relations": 0, "events": 0}
    t0, w0 = time.process_time(), time.perf_counter()
    articles = (article_from_record({"id": str(rec.get("id")), "text": rec["text"],
                                     "published": (rec.get("date") or "")[:10] or None})
                for rec in records)
    for doc in extract_many(articles):
        counts["entities"] += len(doc.entities)
        counts["relations"] += len(doc.relations)
        counts["events"] += len(doc.events)
    return time.process_time() - t0, time.perf_counter() - w0, counts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-n", type=int, default=2000, help="number of articles (default 2000)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"bench: {args.corpus} not found (the news corpus lives in ../shared/data/news/)",
              file=sys.stderr)
        return 2
    records = read_articles(args.corpus, args.n)
    texts = [r["text"] for r in records]
    # warm up: load the knowledge base, the tagger and the lexicons once, outside the timing
    t0 = time.perf_counter()
    kg_extraction(records[:3])
    load_s = time.perf_counter() - t0
    camel_baseline(texts[:3])
    camel_s = kg_s = camel_wall = kg_wall = 0.0
    tokens = 0
    counts = {"entities": 0, "relations": 0, "events": 0}
    for k in range(0, len(records), CHUNK):
        seconds, wall, chunk_tokens = camel_baseline(texts[k:k + CHUNK])
        camel_s += seconds
        camel_wall += wall
        tokens += chunk_tokens
        seconds, wall, chunk_counts = kg_extraction(records[k:k + CHUNK])
        kg_s += seconds
        kg_wall += wall
        for key, value in chunk_counts.items():
            counts[key] += value
    n = len(records)
    result = {
        "articles": n, "tokens": tokens, "load_seconds": round(load_s, 2),
        "camel_articles_per_s": round(n / camel_s, 1), "camel_tokens_per_s": round(tokens / camel_s),
        "kg_articles_per_s": round(n / kg_s, 1), "kg_tokens_per_s": round(tokens / kg_s),
        "ratio": round(camel_s / kg_s, 3), "wall_clock_ratio": round(camel_wall / kg_wall, 3),
        "peak_memory_mb": round(peak_mb(), 1), **counts,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"{n} articles, {tokens} tokens (first {n} of {args.corpus.name})")
        print("per second of CPU time:")
        print(f"camel-tools normalise+tokenise: {result['camel_articles_per_s']:>8} articles/s "
              f"{result['camel_tokens_per_s']:>9} tokens/s")
        print(f"kg extraction (all stages):     {result['kg_articles_per_s']:>8} articles/s "
              f"{result['kg_tokens_per_s']:>9} tokens/s")
        print(f"ratio kg / camel-tools: {result['ratio']}  (goal >= 0.25; CPU time; "
              f"wall clock: {result['wall_clock_ratio']})")
        print(f"peak memory: {result['peak_memory_mb']} MB; model and KB load: {load_s:.2f} s")
        print(f"found: {counts['entities']} entities, {counts['relations']} relations, "
              f"{counts['events']} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
