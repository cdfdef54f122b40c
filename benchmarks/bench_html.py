"""First paint of the offline explorer (graph.html) in headless Chromium, at N nodes.

    python -m benchmarks.bench_html                 (5,000 nodes, 3 runs; not run in CI)
    python -m benchmarks.bench_html --nodes 3000 5000 --runs 5 --json

The graph is synthetic (``synthetic_graph``): two thirds entities, one third events with an
agent, a target and a place each (the targets drawn with hub-like weights, as in news),
one relation per three nodes, every event and relation with an evidence sentence in one of
N/10 articles spread over two years. The page is written with ``max_nodes=0`` (every node)
and opened from file:// with every network request aborted. Reported per size:

- ``write_s``: time to write the page (Python: view, layout, JSON);
- ``first_paint_ms``: ``performance.now()`` at the end of vis-network's first drawing,
  i.e. from navigation start (page parse, data, network set-up and the first frame with
  labels); the median of the runs;
- ``all_drawn_ms``: the same clock when every node is drawn (a graph of more than 2,000
  nodes draws its 2,000 most connected first, then the rest).

On the shared 2-core machine (December 2026, Debian Chromium): see docs/html.md.
The goal is a first paint under 3 s at 5,000 nodes.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def synthetic_graph(n_nodes=5000, seed=7):
    """An rdflib Graph in the shape of docs/graph-shape.md with about ``n_nodes`` nodes."""
    from rdflib import RDF, RDFS, XSD, Graph, Literal

    from kg.ns import KG, RES

    rng = random.Random(seed)
    g = Graph()
    kinds = [("person", [KG.Person]), ("organization", [KG.ArmedGroup, KG.Organization]),
             ("place", [KG.City, KG.Place]), ("place", [KG.Country, KG.Place])]
    n_articles = max(1, n_nodes // 10)
    arts = []
    for k in range(n_articles):
        a = RES[f"article/syn-{k:05d}"]
        day = 1 + k % 28
        month = 1 + (k // 28) % 12
        year = 2024 + (k // 336) % 2
        g.add((a, RDF.type, KG.Article))
        g.add((a, KG.title, Literal(f"خبر رقم {k}", lang="ar")))
        g.add((a, KG.published, Literal(f"{year}-{month:02d}-{day:02d}", datatype=XSD.date)))
        g.add((a, KG.sourceName, Literal(f"source-{k % 5}")))
        arts.append((a, f"{year}-{month:02d}-{day:02d}"))
    entities = []
    for i in range(n_nodes * 2 // 3):
        kind, types = kinds[i % len(kinds)]
        e = RES[f"{kind}/x{i}"]
        for t in types:
            g.add((e, RDF.type, t))
        g.add((e, RDFS.label, Literal(f"كيان رقم {i}", lang="ar")))
        g.add((e, RDFS.label, Literal(f"Entity {i}", lang="en")))
        g.add((e, KG.mentionedIn, arts[i % n_articles][0]))
        entities.append(e)
    weights = [1 / (i + 1) for i in range(len(entities))]

    def evidence(key, art, text):
        ev = RES[f"evidence/syn/{key}"]
        g.add((ev, RDF.type, KG.Evidence))
        g.add((ev, KG.inArticle, art))
        g.add((ev, KG.startOffset, Literal(0)))
        g.add((ev, KG.sentenceText, Literal(text, lang="ar")))
        return ev

    for j in range(n_nodes - len(entities)):
        ev = RES[f"event/syn/{j:06d}"]
        art, date = arts[j % n_articles]
        g.add((ev, RDF.type, KG.Attack))
        g.add((ev, RDF.type, KG.Event))
        g.add((ev, KG.trigger, Literal("هجوم", lang="ar")))
        g.add((ev, KG.date, Literal(date, datatype=XSD.date)))
        g.add((ev, KG.confidence, Literal(round(0.5 + 0.5 * rng.random(), 2))))
        g.add((ev, KG.inArticle, art))
        g.add((ev, KG.evidence, evidence(f"e{j}", art, f"وقع هجوم رقم {j} أمس في المدينة.")))
        for role in (KG.agent, KG.target, KG.place):
            g.add((ev, role, rng.choices(entities, weights)[0]))
    for k in range(n_nodes // 3):
        a, b = rng.sample(entities, 2)
        art, _ = arts[k % n_articles]
        g.add((a, KG.affiliatedWith, b))
        st = RES[f"statement/syn/{k:06d}"]
        for p, o in ((RDF.type, KG.RelationStatement), (KG.statementSubject, a),
                     (KG.statementProperty, KG.affiliatedWith), (KG.statementObject, b),
                     (KG.confidence, Literal(0.8)), (KG.inArticle, art),
                     (KG.evidence, evidence(f"r{k}", art, f"قال الكيان رقم {k} إنه حليف."))):
            g.add((st, p, o))
    return g


def first_paint(browser, path):
    """(first_paint_ms, goto_to_drawn_s, all_drawn_ms) of one visit to ``path`` with all requests aborted."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = Path(path).resolve().as_uri()
    page.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function("window.kgGraph && window.kgGraph.drawn === true", timeout=60_000)
    wall = time.perf_counter() - start
    ms = page.evaluate("window.kgGraph.firstPaintMs")
    page.wait_for_function("window.kgGraph.complete === true", timeout=60_000)
    complete = page.evaluate("window.kgGraph.completeMs || window.kgGraph.firstPaintMs")
    errors = page.evaluate("window.kgGraph.errors")
    page.close()
    if errors:
        raise RuntimeError(f"the page reported errors: {errors}")
    return ms, wall, complete


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nodes", type=int, nargs="+", default=[5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from kg.export.html import write_html

    results = []
    with tempfile.TemporaryDirectory(prefix="kg-bench-html-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for n in args.nodes:
            graph = synthetic_graph(n)
            path = Path(tmp) / f"graph-{n}.html"
            t = time.perf_counter()
            write_html(graph, path, max_nodes=0, unconnected=True)
            write_s = time.perf_counter() - t
            runs = [first_paint(browser, path) for _ in range(args.runs)]
            row = {"nodes": n, "bytes": path.stat().st_size, "write_s": round(write_s, 2),
                   "first_paint_ms": round(statistics.median(r[0] for r in runs)),
                   "first_paint_ms_runs": [round(r[0]) for r in runs],
                   "all_drawn_ms": round(statistics.median(r[2] for r in runs))}
            results.append(row)
            if not args.json:
                print(f"{n:,} nodes: page {row['bytes'] / 1e6:.1f} MB written in {write_s:.1f} s; "
                      f"first paint {row['first_paint_ms']} ms (runs {row['first_paint_ms_runs']}), "
                      f"every node drawn at {row['all_drawn_ms']} ms")
        browser.close()
    if args.json:
        print(json.dumps({"results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
