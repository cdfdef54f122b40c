"""Screenshots of each view of the explorer (graph.html) for the README and docs/html.md.

    python -m benchmarks.screenshots                 (writes docs/img/explorer-*.png)
    python -m benchmarks.screenshots --out /tmp/shots

The graph is built from the 47 articles of eval/dev.jsonl and eval/train1.jsonl (the
project's own annotated examples), each given one of two made-up sources and a made-up URL
(``corpus_jsonl``) so that the article/source filter and the article links show. The page is
opened from file:// in Debian's headless Chromium with every other request aborted, and the
views are driven through the page's own controls and its ``window.kgGraph`` object:

- explorer-overview.png: the first view (labels sized by degree, no overlap);
- explorer-filters.png: Person hidden, confidence >= 0.7, the timeline brushed;
- explorer-details.png: a node clicked: names, Wikidata, relations and events with evidence;
- explorer-english.png: English labels, focus on a 1-hop neighbourhood;
- explorer-path.png: the shortest path between two entities;

and docs/explorer.png, the first view of the seed article's graph (seeds/), at the top of the
README.

With Pillow installed (``pip install pillow``; not a dependency) the PNGs are reduced to
256 colours, a third of their size.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL_FILES = (ROOT / "eval" / "dev.jsonl", ROOT / "eval" / "train1.jsonl")
CHROMIUM = "/usr/bin/chromium"
VIEWPORT = {"width": 1280, "height": 760}


def corpus_jsonl(path, files=EVAL_FILES) -> int:
    """Write the eval articles (text and metadata only) with a source and a URL each."""
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for name in files:
            with open(name, encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    rec = {k: rec[k] for k in ("id", "text", "published", "title") if k in rec}
                    rec["source"] = ("wire-a", "wire-b")[n % 2]
                    rec["url"] = f"https://news.example/{rec['id']}"
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                    n += 1
    return n


HUB = """() => window.kgGraph.data.nodes.filter(n => n.coarse !== 'Event')
    .sort((a, b) => b.deg - a.deg || (a.id < b.id ? -1 : 1))[0].id"""
BY_LABEL = "label => window.kgGraph.data.nodes.find(n => n.label === label || n.en === label).id"


def first_view(page_path, png, viewport=None):
    """A screenshot of the page once everything is drawn."""
    from playwright.sync_api import sync_playwright

    url = Path(page_path).resolve().as_uri()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=viewport or {"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url == url or
                   r.request.url.startswith("data:") else r.abort())
        page.goto(url)
        page.wait_for_function("window.kgGraph && window.kgGraph.complete === true", timeout=60_000)
        page.wait_for_timeout(200)
        page.screenshot(path=str(png))
        browser.close()
    _shrink(png)
    return Path(png)


def take(page_path, out_dir):
    from playwright.sync_api import sync_playwright

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    url = Path(page_path).resolve().as_uri()
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport=VIEWPORT)
        page.route("**/*", lambda r: r.continue_() if r.request.url == url or
                   r.request.url.startswith("data:") else r.abort())
        page.goto(url)
        page.wait_for_function("window.kgGraph && window.kgGraph.complete === true", timeout=60_000)

        def shot(name):
            page.evaluate("document.getElementById('kg-panel').scrollTop = 0")
            page.wait_for_timeout(200)
            path = out_dir / name
            page.screenshot(path=str(path))
            _shrink(path)
            written.append(path)

        shot("explorer-overview.png")

        page.click("#kg-legend input[data-cls=Person]")
        page.evaluate("""() => { const c = document.getElementById('kg-conf');
            c.value = '0.7'; c.dispatchEvent(new Event('input')); }""")
        box = page.locator("#kg-timeline").bounding_box()
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.86, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.999, y, steps=4)
        page.mouse.up()
        page.evaluate("window.kgGraph.network.fit()")
        shot("explorer-filters.png")

        page.click("#kg-reset")
        hub = page.evaluate(HUB)
        page.evaluate("id => window.kgGraph.select(id, true)", hub)
        shot("explorer-details.png")

        page.click("#kg-lang button[data-lang=en]")
        page.click("#kg-details button[data-action=focus1]")
        page.click("#kg-close")
        shot("explorer-english.png")

        page.click("#kg-reset")
        page.click("#kg-lang button[data-lang=ar]")
        far = page.evaluate("""id => { const d = window.kgGraph.data, dist = {[id]: 0}, q = [id];
            while (q.length) { const v = q.shift();
              d.edges.forEach(e => { const w = e.from === v ? e.to : (e.to === v ? e.from : null);
                if (w !== null && !(w in dist)) { dist[w] = dist[v] + 1; q.push(w); } }); }
            const ids = Object.keys(dist).filter(k => dist[k] === 4 &&
              window.kgGraph.data.nodes.find(n => n.id === k).coarse !== 'Event').sort();
            return ids[0] || Object.keys(dist).sort((a, b) => dist[b] - dist[a])[0]; }""", hub)
        page.evaluate("id => window.kgGraph.select(id, true)", hub)
        page.click("#kg-details button[data-action=path-from]")
        page.evaluate("id => window.kgGraph.select(id, true)", far)
        page.click("#kg-details button[data-action=path-to]")
        page.click("#kg-details button[data-action=focus1]")
        page.evaluate("() => window.kgGraph.network.fit({nodes: window.kgGraph.path})")
        shot("explorer-path.png")
        browser.close()
    return written


def _shrink(path):
    """256 colours when Pillow is installed (a third of the size; optional)."""
    try:
        from PIL import Image
    except ImportError:
        return
    with Image.open(path) as img:
        small = img.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "img"), help="folder of the views")
    parser.add_argument("--seed-png", default=str(ROOT / "docs" / "explorer.png"),
                        help="the seed article's first view")
    args = parser.parse_args(argv)
    from kg.api import build

    with tempfile.TemporaryDirectory(prefix="kg-shots-") as tmp:
        corpus_jsonl(Path(tmp) / "corpus.jsonl")
        build([Path(tmp) / "corpus.jsonl"], outdir=Path(tmp) / "out")
        written = take(Path(tmp) / "out" / "graph.html", args.out)
        build([ROOT / "seeds"], outdir=Path(tmp) / "seed")
        written.append(first_view(Path(tmp) / "seed" / "graph.html", args.seed_png))
        for path in written:
            print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
