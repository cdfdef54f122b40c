"""The HTML page in a real browser: headless Chromium (Debian package) through playwright.

Every network request is aborted and recorded: the page must need none. When
/usr/bin/chromium is missing these tests FAIL (CI installs it: apt-get install
chromium fonts-noto-core); they are never skipped.
"""
import os
import time
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal

from kg.export.html import write_html
from kg.ns import KG, RES

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.ttl"
EVIL = "<script>alert(1)</script>"
EVIL_EN = "Tom & \"Jerry's\" <img src=x onerror=\"window.__xss=1\">"
EVIL_SENTENCE = "قال <script>window.__xss=2</script> <b>إن</b> الهجوم وقع."
DRAWN = "window.kgGraph && window.kgGraph.drawn === true"


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install the Debian packages chromium and "
                    "fonts-noto-core (apt-get install -y chromium fonts-noto-core)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from file:// with all network traffic blocked and recorded."""

    def __init__(self, browser, path):
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = Path(path).resolve().as_uri()
        start = time.perf_counter()
        self.page.goto(self.url)
        self.page.wait_for_function(DRAWN, timeout=20_000)
        self.seconds = time.perf_counter() - start

    def _route(self, route):
        url = route.request.url
        self.requests.append(url)
        if url == self.url or url.startswith("data:"):
            route.continue_()          # the page itself, from the disk, and inline icons
        else:
            route.abort()

    def external(self):
        return [u for u in self.requests if u != self.url and not u.startswith("data:")]

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def sample_visit(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "sample.html"
    write_html(Graph().parse(SAMPLE, format="turtle"), path)
    visit = Visit(browser, path)
    yield visit
    visit.close()


def test_sample_draws_offline_without_errors(sample_visit, tmp_path_factory):
    page = sample_visit.page
    assert sample_visit.external() == []
    assert not any(u.startswith(("http:", "https:")) for u in sample_visit.requests)
    assert sample_visit.errors == []
    assert page.evaluate("typeof vis.Network") == "function"
    assert page.evaluate("window.kgGraph.network.body.data.nodes.length") == 9
    assert page.evaluate("window.kgGraph.network.body.data.edges.length") == 8
    labels = page.evaluate("window.kgGraph.drawnLabels.map(l => l.text)")
    assert "سامر العلي" in labels and "تنظيم الدولة" in labels
    assert page.evaluate("document.querySelector('#kg-graph canvas') !== null")
    assert page.evaluate("getComputedStyle(document.querySelector('#kg-graph canvas')).direction") == "rtl"
    legend = page.inner_text("#kg-legend")
    assert "ArmedGroup (Organization)" in legend and "Killing (Event)" in legend
    assert page.inner_text("#kg-legend .kg-count[data-cls=ArmedForce]") == "2 / 2"
    shot = Path(os.environ.get("KG_SCREENSHOT_DIR") or tmp_path_factory.mktemp("shot")) / "sample.png"
    page.screenshot(path=str(shot))
    print(f"sample drawn in {sample_visit.seconds:.2f} s; screenshot {shot}")
    assert shot.stat().st_size > 10_000


def test_search_box_finds_arabic_english_and_other_names(sample_visit):
    page = sample_visit.page
    page.fill("#kg-search", "داعش")
    assert page.inner_text("#kg-results").strip() == "تنظيم الدولة — Islamic State"
    assert page.evaluate("window.kgGraph.network.getSelectedNodes()") == [
        "https://w3id.org/arabic-kg/resource/organization/isis"]
    page.fill("#kg-search", "PALMYRA")
    assert "تدمر" in page.inner_text("#kg-results")
    page.fill("#kg-search", "سُوريا")                                   # with a damma
    assert "سوريا" in page.inner_text("#kg-results")
    page.click("#kg-results li")
    assert page.evaluate("window.kgGraph.network.getSelectedNodes()") == [
        "https://w3id.org/arabic-kg/resource/place/syria"]
    page.fill("#kg-search", "")
    assert page.inner_text("#kg-results").strip() == ""
    page.click("#kg-close")


def test_tooltip_shows_english_label_and_class_on_hover(sample_visit):
    page = sample_visit.page
    hover(page, "https://w3id.org/arabic-kg/resource/organization/isis")
    tip = page.inner_text("div.vis-tooltip")
    assert "Islamic State" in tip and "ArmedGroup" in tip and "Q2429253" in tip


def screen_point(page, node_id):
    return page.evaluate("""id => {
        const net = window.kgGraph.network;
        net.moveTo({position: net.getPositions([id])[id], scale: 1});
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById('kg-graph').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id)


def hover(page, node_id):
    x, y = page.evaluate("""id => {
        const net = window.kgGraph.network;
        net.moveTo({position: net.getPositions([id])[id], scale: 1});
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById('kg-graph').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""", node_id)
    page.mouse.move(x - 40, y - 40)
    page.mouse.move(x, y, steps=4)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)


def test_malicious_names_stay_text(browser, tmp_path):
    g = Graph()
    a, b = RES["person/evil"], RES["place/somewhere"]
    g.add((a, RDF.type, KG.Person))
    g.add((a, RDFS.label, Literal(EVIL, lang="ar")))
    g.add((a, RDFS.label, Literal(EVIL_EN, lang="en")))
    g.add((b, RDF.type, KG.Place))
    g.add((b, RDFS.label, Literal("مكان", lang="ar")))
    g.add((a, KG.locatedIn, b))
    st, ev = RES["statement/t/1"], RES["evidence/t/0-40"]
    for p, o in ((RDF.type, KG.RelationStatement), (KG.statementSubject, a),
                 (KG.statementProperty, KG.locatedIn), (KG.statementObject, b), (KG.evidence, ev)):
        g.add((st, p, o))
    g.add((ev, KG.sentenceText, Literal(EVIL_SENTENCE, lang="ar")))
    write_html(g, tmp_path / "evil.html", title=EVIL)
    visit = Visit(browser, tmp_path / "evil.html")
    page = visit.page
    try:
        assert visit.dialogs == [] and visit.errors == [] and visit.external() == []
        assert page.title() == EVIL
        assert page.evaluate("window.kgGraph.labelOf('%s')" % a) == EVIL
        assert EVIL in page.evaluate("window.kgGraph.drawnLabels.map(l => l.text)")
        hover(page, str(a))
        tip = page.inner_text("div.vis-tooltip")
        assert EVIL in tip and EVIL_EN in tip
        assert page.evaluate("document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script').length") == 0
        page.evaluate("id => window.kgGraph.select(id, true)", str(a))
        details = page.inner_text("#kg-details")
        assert EVIL in details and EVIL_EN in details and EVIL_SENTENCE in details
        assert page.evaluate("document.querySelectorAll('#kg-details img, #kg-details script, #kg-details b b').length") == 0
        page.click("text=English")
        assert EVIL_EN in page.evaluate("window.kgGraph.drawnLabels.map(l => l.text)")
        page.fill("#kg-search", "Tom &")
        assert EVIL in page.inner_text("#kg-results")
        assert page.evaluate("document.querySelectorAll('#kg-results img, #kg-results script').length") == 0
        page.wait_for_timeout(200)
        assert page.evaluate("window.__xss === undefined") and visit.dialogs == []
        assert visit.external() == []
    finally:
        visit.close()




def test_3000_nodes_draw_within_seconds(browser, tmp_path, synthetic_graph):
    write_html(synthetic_graph(), tmp_path / "big.html", unconnected=True)
    visit = Visit(browser, tmp_path / "big.html")
    try:
        visit.page.wait_for_function("window.kgGraph.complete === true", timeout=30_000)
        in_page = visit.page.evaluate("window.kgGraph.drawMs") / 1000
        print(f"3000 nodes: first drawing {in_page:.2f} s after the script started, "
              f"{visit.seconds:.2f} s from navigation")
        assert visit.seconds < 10
        assert visit.page.evaluate("window.kgGraph.network.body.data.nodes.length") == 3000
        # drawn in two steps: the 2,000 most connected nodes first, then the rest
        assert visit.page.evaluate("window.kgGraph.firstDrawnNodes") == 2000
        assert visit.page.evaluate("window.kgGraph.completeMs > window.kgGraph.firstPaintMs")
        assert visit.page.evaluate("window.kgGraph.network.physics.physicsEnabled") is False
        assert visit.errors == [] and visit.external() == []
    finally:
        visit.close()
