"""Extract the first N articles of a JSONL corpus after W warm ones: the unit of work to count
instructions of, under callgrind, from one commit to another.

    valgrind --tool=callgrind --cache-sim=no python -m benchmarks.extract_first CORPUS N W

The instructions of N articles are the total of a run with N minus that of a run with N = 0
(the same start-up: models and knowledge base loaded, W articles extracted to warm the
per-word caches). Instruction counts, unlike times, do not move with the machine's load.
"""
from __future__ import annotations

import argparse
import sys


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", help="JSONL(.gz) articles with id and text")
    ap.add_argument("n", type=int, help="articles measured")
    ap.add_argument("warm", type=int, nargs="?", default=3, help="articles extracted first (default 3)")
    args = ap.parse_args(argv)
    from benchmarks.bench import read_articles
    from kg.pipeline import _resources, article_from_record, extract_many
    _resources()
    records = read_articles(args.corpus, args.warm + args.n)
    articles = [article_from_record({"id": str(r.get("id", k)), "text": r["text"]})
                for k, r in enumerate(records)]
    sum(1 for _ in extract_many(articles[:args.warm]))
    sum(1 for _ in extract_many(articles[args.warm:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
