"""How fast ``kg serve``'s explorer and linked-data pages are on a big store (not run in CI).

    python -m benchmarks.bench_serve STORE
    python -m benchmarks.bench_serve STORE --build 2000      # build STORE first from the first
        # 2,000 articles of ../shared/data/news/saudinewsnet-20k.jsonl.gz (kg build --store)

Starts the server in this process (its query workers are processes, warmed at start as
``kg serve`` does), then in headless Chromium (/usr/bin/chromium):

* first paint, cold: the page opened right after the server starts, until it is drawn
  (search box and canvas), then until the most mentioned entities are drawn (the server
  builds its label index meanwhile: two scans of the store);
* first paint, warm: the same page reloaded;
* first paint after a restart: a new server on the same store reads the index from its cache;
* a search typed in the box until its results are listed, a click until the details
  panel shows, "Expand neighbours" until the neighbours are drawn;

and over plain HTTP the API answers and the linked-data page of the most mentioned entity.
"""
import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

NEWS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "news" / "saudinewsnet-20k.jsonl.gz"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_store(store, n, source=NEWS):
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"first-{n}.jsonl"
        with gzip.open(source, "rt", encoding="utf-8") as src, open(part, "w", encoding="utf-8") as out:
            for i, line in enumerate(src):
                if i >= n:
                    break
                out.write(line)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(part), "--store", str(store)], check=True)
        return time.perf_counter() - t0


def fetch(url):
    t0 = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as resp:
        body = resp.read()
    return time.perf_counter() - t0, body


def store_size(store):
    from kg.store import open_store
    st = open_store(store, read_only=True)
    import pyoxigraph
    triples = sum(1 for _ in st.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph()))
    articles = sum(1 for _ in st.quads_for_pattern(
        None, pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        pyoxigraph.NamedNode("https://w3id.org/arabic-kg/ontology#Article"), pyoxigraph.DefaultGraph()))
    return articles, triples


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--build", type=int, metavar="N", help="build the store first from N news articles")
    ap.add_argument("--query", default="السعود", help="what to type in the search box")
    args = ap.parse_args(argv)
    from kg.serve import make_server

    rows = []
    if args.build and not Path(args.store).exists():
        rows.append((f"kg build --store ({args.build:,} articles)", build_store(args.store, args.build)))
    articles, triples = store_size(args.store)
    print(f"store {args.store}: {articles:,} articles, {triples:,} triples")

    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        cache = tempfile.mkdtemp(prefix="kg-bench-index-")
        t0 = time.perf_counter()
        server = make_server(args.store, port=0, warm=True, timeout=60.0, index_cache=cache)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        rows.append(("server start (listening)", time.perf_counter() - t0))
        external = []
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1:")
                   else (external.append(r.request.url), r.abort()))
        ready = "window.kgServed && window.kgServed.ready && window.kgGraph && window.kgGraph.drawn"
        try:
            t0 = time.perf_counter()
            page.goto(server.url)
            page.wait_for_function("window.kgGraph && window.kgGraph.drawn", timeout=120_000)
            rows.append(("first paint, cold: page drawn, search box ready", time.perf_counter() - t0))
            page.wait_for_function(ready, timeout=300_000)
            rows.append(("first paint, cold: most mentioned drawn (index built, no cache)",
                         time.perf_counter() - t0))
            t0 = time.perf_counter()
            page.reload()
            page.wait_for_function(ready, timeout=120_000)
            rows.append(("first paint, warm (reload)", time.perf_counter() - t0))
            t0 = time.perf_counter()
            page.fill("#kg-search", args.query)
            page.locator("#kg-results li").first.wait_for(timeout=60_000)
            rows.append((f"search {args.query!r} typed -> results listed (150 ms debounce included)",
                         time.perf_counter() - t0))
            t0 = time.perf_counter()
            page.locator("#kg-results li").first.click()
            page.wait_for_selector("#kg-details:not([hidden]) h2", timeout=60_000)
            page.wait_for_function("window.kgServed.pending === 0", timeout=60_000)
            rows.append(("click -> details panel", time.perf_counter() - t0))
            # expand the most mentioned entity (the first of the list drawn at first paint)
            top_iri = page.evaluate("window.kgGraph.data.nodes.slice().sort((a, b) => a.i - b.i)[0].id")
            page.evaluate("id => window.kgGraph.select(id, true)", top_iri)
            page.wait_for_function("window.kgServed.pending === 0", timeout=60_000)
            before = page.evaluate("window.kgGraph.data.nodes.length")
            t0 = time.perf_counter()
            page.click('#kg-details button[data-action="expand"]')
            page.wait_for_function("window.kgServed.pending === 0",   # (the click asked at once)
                                   timeout=60_000)
            rows.append((f"expand the most mentioned -> {page.evaluate('window.kgGraph.data.nodes.length') - before}"
                         " new nodes drawn", time.perf_counter() - t0))
            page_bytes = len(fetch(server.url)[1])
            top = json.loads(fetch(server.url + "api/top?n=1")[1])["entities"][0]
            q = urllib.parse.quote(top["iri"], safe="")
            for name, url in (
                    ("GET /api/search", f"{server.url}api/search?q={urllib.parse.quote(args.query)}"),
                    (f"GET /api/entity (most mentioned: {top['en']}, {top['mentions']:,} articles)",
                     f"{server.url}api/entity?iri={q}"),
                    ("GET /api/expand (the same)", f"{server.url}api/expand?iri={q}"),
                    ("GET its /resource page (HTML)", server.url.rstrip("/") + top["page"]),
            ):
                times = [fetch(url)[0] for _ in range(5)]
                rows.append((name + " (median of 5)", statistics.median(times)))
            ttl_time, ttl = fetch(urllib.request.Request(server.url.rstrip("/") + top["page"],
                                                         headers={"Accept": "text/turtle"}))
            rows.append((f"its description as Turtle ({len(ttl):,} bytes)", ttl_time))
            rows.append((f"label index: {server.labels.get(server.check_version()) and len(server.labels.get(server.check_version()).entities):,} entities, built in",
                         server.labels.seconds))
            server.shutdown()
            server.server_close()
            t0 = time.perf_counter()
            server = make_server(args.store, port=0, warm=True, timeout=60.0, index_cache=cache)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            rows.append(("restart: server listening", time.perf_counter() - t0))
            t1 = time.perf_counter()
            page.goto(server.url)
            page.wait_for_function("window.kgGraph && window.kgGraph.drawn", timeout=120_000)
            rows.append(("restart: first paint, page drawn", time.perf_counter() - t1))
            page.wait_for_function(ready, timeout=300_000)
            rows.append(("restart: first paint, most mentioned drawn (index read from its cache)",
                         time.perf_counter() - t1))
            server.labels.wait()
            rows.append(("restart: label index read from the cache in", server.labels.seconds))
        finally:
            server.shutdown()
            server.server_close()
            browser.close()
            import shutil
            shutil.rmtree(cache, ignore_errors=True)
    print(f"explorer page: {page_bytes:,} bytes; requests leaving 127.0.0.1: {len(external)}")
    for name, seconds in rows:
        print(f"{seconds:8.3f} s  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
