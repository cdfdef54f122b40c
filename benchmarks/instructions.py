"""Instructions the extraction of the first N corpus articles takes, counted by valgrind.

    python -m benchmarks.instructions ../shared/data/news/saudinewsnet-20k.jsonl.gz -n 200

CPU time on this shared machine moves by a tenth from run to run (benchmarks.bench), so a
change that saves one or two percent cannot be seen in it. The number of instructions the
processor executes (valgrind's callgrind, a simulated processor) moves by about 0.02 %
between runs of the same code: compare it before and after a change, on the same N.
It counts instructions, not time: memory stalls and the speed of numpy's and the regular
expression engine's instructions are not weighed, so check a gain in bench.py too.

The articles are read as bench.py reads them (never copied into the project); the
knowledge base, the tagger and the lexicons are loaded and three articles extracted before
counting starts (instrumentation is switched on and off around the extraction alone with
``callgrind_control``). Under valgrind Python runs about fifty times slower: 200 articles
take a minute or two. Needs valgrind (``apt-get install valgrind``).
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TOTALS = re.compile(r"^totals:\s*(\d+)", re.MULTILINE)


def totals(callgrind_output: str) -> int:
    """The instruction count of a callgrind output file's text (its ``totals:`` line)."""
    m = _TOTALS.search(callgrind_output)
    if m is None:
        raise ValueError("no totals line in the callgrind output")
    return int(m.group(1))


def _wait_for(path: Path, proc) -> None:
    while not path.exists():
        if proc.poll() is not None:
            raise RuntimeError(f"the extraction stopped (exit status {proc.returncode}) before {path.name}")
        time.sleep(0.2)


def count(corpus: Path, n: int) -> int:
    """Instructions of ``kg_extraction`` over the first ``n`` articles of ``corpus``."""
    with tempfile.TemporaryDirectory(prefix="kg-instructions-") as tmp:
        signals = Path(tmp) / "signal"
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, "PYTHONHASHSEED": "0"}      # the same set orders in every run
        proc = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
             sys.executable, "-m", "benchmarks.instructions", "--child", str(signals), str(corpus), "-n", str(n)],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_for(signals.with_suffix(".ready"), proc)
            subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
            signals.with_suffix(".go").touch()
            _wait_for(signals.with_suffix(".done"), proc)
            subprocess.run(["callgrind_control", "-i", "off", str(proc.pid)], check=True, capture_output=True)
            signals.with_suffix(".stop").touch()
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
        return totals(out.read_text(encoding="utf-8", errors="replace"))


def _child(signals: Path, corpus: Path, n: int) -> None:
    """Run under valgrind: load and warm up, then extract between the parent's signals."""
    from benchmarks.bench import kg_extraction, read_articles
    records = read_articles(corpus, n)
    kg_extraction(records[:3])
    signals.with_suffix(".ready").touch()
    _await(signals.with_suffix(".go"))
    kg_extraction(records)
    signals.with_suffix(".done").touch()
    _await(signals.with_suffix(".stop"))


def _await(path: Path) -> None:
    while not path.exists():
        time.sleep(0.2)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child is not None:
        _child(args.child, args.corpus, args.n)
        return 0
    if not args.corpus.exists():
        print(f"instructions: {args.corpus} not found (the news corpus lives in ../shared/data/news/)",
              file=sys.stderr)
        return 2
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("instructions: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    total = count(args.corpus, args.n)
    print(f"{total} instructions for {args.n} articles ({total / args.n / 1e6:.2f} M per article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
