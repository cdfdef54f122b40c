"""The explorer's features in a real browser (Debian Chromium through playwright), on the seed
graph and on a graph built from 47 eval articles (eval/dev.jsonl and eval/train1.jsonl, each
given a source and a URL here): labels, filters and counts, the timeline brush, the details
panel with its evidence, the language switch, focus and shortest path, and no request ever
leaving the page. Like test_html_browser.py these FAIL when /usr/bin/chromium is missing."""
import pytest

from benchmarks.screenshots import corpus_jsonl
from tests.export.test_html_browser import Visit, browser, screen_point  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory):
    from kg.api import build
    tmp = tmp_path_factory.mktemp("explorer-corpus")
    assert corpus_jsonl(tmp / "corpus.jsonl") == 47
    build([tmp / "corpus.jsonl"], outdir=tmp / "out")
    return tmp / "out" / "graph.html"


@pytest.fixture(scope="module")
def corpus(browser, corpus_page):  # noqa: F811
    visit = Visit(browser, corpus_page)
    yield visit
    visit.close()


@pytest.fixture(scope="module")
def seed(browser, seed_build):  # noqa: F811
    visit = Visit(browser, seed_build / "graph.html")
    yield visit
    visit.close()


def reset(visit):
    page = visit.page
    page.click("#kg-reset")
    if page.is_visible("#kg-details"):
        page.click("#kg-close")
    page.click("#kg-lang button[data-lang=ar]")


def shown(page):
    return page.evaluate("window.kgGraph.shown")


def drawn_node_count(page):
    return page.evaluate("window.kgGraph.network.body.data.nodes.length")


def count_text(page, cls):
    return page.inner_text(f"#kg-legend .kg-count[data-cls={cls}]")


def visible_events(page):
    return page.evaluate("""() => { const g = window.kgGraph;
        return g.data.nodes.filter(n => n.coarse === 'Event' && g.nodeVis[n.id]).length; }""")


def no_overlap(labels):
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"] and \
               a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]:
                return (a["text"], b["text"])
    return None


# --- overview ------------------------------------------------------------------------------

def test_first_view_labels_sized_by_degree_without_overlap(corpus):
    page = corpus.page
    reset(corpus)
    page.wait_for_timeout(100)
    labels = page.evaluate("window.kgGraph.drawnLabels")
    assert 20 <= len(labels) < shown(page)["nodes"]                 # minor nodes left unlabelled
    assert no_overlap(labels) is None
    degree = page.evaluate("Object.fromEntries(window.kgGraph.data.nodes.map(n => [n.id, n.deg]))")
    by_size = sorted(labels, key=lambda lab: -lab["size"])
    assert by_size[0]["size"] > by_size[-1]["size"]
    assert degree[by_size[0]["id"]] > degree[by_size[-1]["id"]]
    hub = max(degree, key=lambda k: (degree[k], k))
    assert hub in {lab["id"] for lab in labels}                      # the biggest hub is named
    summary = page.inner_text("#kg-summary")
    assert "unconnected nodes" in summary                           # what was left out or hidden
    assert corpus.external() == [] and corpus.errors == []


# --- filters ---------------------------------------------------------------------------------

def test_class_checkbox_hides_the_class_and_counts_follow(corpus):
    page = corpus.page
    reset(corpus)
    before, drawn = shown(page), drawn_node_count(page)
    people = page.evaluate("window.kgGraph.counts.Person")
    assert people > 5 and count_text(page, "Person").startswith(f"{people} / ")
    page.click("#kg-legend input[data-cls=Person]")
    after = shown(page)
    assert count_text(page, "Person").startswith("0 / ")
    assert after["nodes"] <= before["nodes"] - people and after["edges"] < before["edges"]
    assert drawn_node_count(page) == after["nodes"] < drawn
    ids = page.evaluate("window.kgGraph.network.body.data.nodes.getIds()")
    classes = page.evaluate("Object.fromEntries(window.kgGraph.data.nodes.map(n => [n.id, n.cls]))")
    assert not [i for i in ids if classes[i] == "Person"]
    page.click("#kg-legend input[data-cls=Person]")
    assert shown(page) == before
    # an event type too
    page.click("#kg-legend input[data-cls=Attack]")
    assert count_text(page, "Attack").startswith("0 / ") and visible_events(page) > 0
    assert corpus.external() == []


def test_confidence_article_and_unconnected_filters_combine(corpus):
    page = corpus.page
    reset(corpus)
    events = visible_events(page)
    page.evaluate("""() => { const c = document.getElementById('kg-conf');
        c.value = '0.8'; c.dispatchEvent(new Event('input')); }""")
    assert page.inner_text("#kg-conf-value") == "0.80"
    confident = visible_events(page)
    assert 0 < confident < events
    low = page.evaluate("""() => { const g = window.kgGraph;
        return g.data.nodes.filter(n => g.nodeVis[n.id] && n.conf !== null && n.conf < 0.8).length; }""")
    assert low == 0
    one_source = page.locator("#kg-article option[value='s:wire-a']")
    assert one_source.count() == 1
    page.select_option("#kg-article", "s:wire-a")
    both = shown(page)
    assert 0 < visible_events(page) < confident                     # combined with confidence
    sources = page.evaluate("""() => { const g = window.kgGraph, d = g.data, out = new Set();
        d.nodes.filter(n => n.coarse === 'Event' && g.nodeVis[n.id])
         .forEach(n => n.art.forEach(a => out.add(d.articles[a].source)));
        return [...out]; }""")
    assert sources == ["wire-a"]
    page.check("#kg-unconnected")
    assert shown(page)["nodes"] > both["nodes"] and shown(page)["edges"] == both["edges"]
    page.uncheck("#kg-unconnected")
    first_article = page.evaluate("document.querySelectorAll('#kg-article option')[3].value")
    page.select_option("#kg-article", first_article)
    assert shown(page)["nodes"] < both["nodes"]
    assert corpus.external() == []


def test_timeline_brush_narrows_events(corpus):
    page = corpus.page
    reset(corpus)
    events = visible_events(page)
    bars = page.locator("#kg-timeline rect.kg-bar").count()
    assert bars >= 3
    box = page.locator("#kg-timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.80, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.90, y, steps=3)
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=3)
    page.mouse.up()
    start, end = page.input_value("#kg-from"), page.input_value("#kg-to")
    assert start and end and start <= end
    narrowed = visible_events(page)
    assert 0 < narrowed < events
    dates = page.evaluate("""() => { const g = window.kgGraph;
        return g.data.nodes.filter(n => n.coarse === 'Event' && g.nodeVis[n.id] && n.date).map(n => n.date); }""")
    assert all(d[:len(end)] <= end and (d + "-99")[:10] >= start[:len(d)] for d in dates)
    assert page.locator("#kg-timeline rect.kg-brush").count() == 1
    assert page.locator("#kg-timeline rect.kg-out").count() >= 1          # bars outside dimmed
    page.dblclick("#kg-timeline")
    assert visible_events(page) == events and page.input_value("#kg-from") == ""
    page.fill("#kg-from", "2015-01-01")
    page.fill("#kg-to", "2015-12-31")
    page.press("#kg-to", "Enter")
    page.locator("#kg-from").dispatch_event("change")
    assert 0 < visible_events(page) < events
    assert corpus.external() == []


# --- details, focus, path ------------------------------------------------------------------

def test_clicking_a_node_opens_the_panel_with_highlighted_evidence(seed):
    page = seed.page
    reset(seed)
    hub = page.evaluate("""() => window.kgGraph.data.nodes.filter(n => n.coarse !== 'Event')
        .sort((a, b) => b.deg - a.deg || (a.id < b.id ? -1 : 1))[0]""")
    assert page.is_hidden("#kg-details")
    x, y = screen_point(page, hub["id"])
    page.mouse.click(x, y)
    page.wait_for_selector("#kg-details", state="visible")
    details = page.inner_text("#kg-details")
    assert hub["label"] in details and hub["en"] in details
    for alias in hub["aliases"]:
        assert alias in details
    if hub["qid"]:
        assert page.get_attribute("#kg-details a[href*=wikidata]", "href") == \
            f"https://www.wikidata.org/wiki/{hub['qid']}"
    evidence = page.locator("#kg-details .kg-ev")
    assert evidence.count() >= 1
    marks = page.evaluate("[...document.querySelectorAll('#kg-details .kg-ev mark')].map(m => m.textContent)")
    assert marks, "the entity's name is highlighted in its evidence"
    names = [hub["label"], hub["en"], *hub["aliases"]]
    assert all(any(m in n or n in m for n in names) for m in marks)
    article = page.evaluate("window.kgGraph.data.articles[0]")
    assert article["date"] in page.inner_text("#kg-details .kg-src")
    # it stays open when the empty canvas is clicked, and closes with its button
    box = page.locator("#kg-graph").bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + box["height"] - 5)
    assert page.is_visible("#kg-details")
    page.click("#kg-close")
    assert page.is_hidden("#kg-details")
    assert seed.external() == [] and seed.errors == []


def test_language_switch_changes_labels_and_direction(seed):
    page = seed.page
    reset(seed)
    page.wait_for_timeout(50)
    arabic = {lab["id"]: lab["text"] for lab in page.evaluate("window.kgGraph.drawnLabels")}
    names = page.evaluate("Object.fromEntries(window.kgGraph.data.nodes.map(n => [n.id, [n.label, n.en]]))")
    assert arabic and all(arabic[i] == names[i][0] for i in arabic)
    assert page.get_attribute("#kg-graph", "dir") == "rtl"
    page.click("#kg-lang button[data-lang=en]")
    page.wait_for_timeout(50)
    english = {lab["id"]: lab["text"] for lab in page.evaluate("window.kgGraph.drawnLabels")}
    assert english and all(english[i] == (names[i][1] or names[i][0]) for i in english)
    assert set(english.values()) != set(arabic.values())
    assert page.get_attribute("#kg-graph", "dir") == "ltr"
    page.fill("#kg-search", "Islamic")
    assert page.inner_text("#kg-results li").startswith("Islamic")
    page.fill("#kg-search", "")
    page.click("#kg-lang button[data-lang=ar]")
    assert page.get_attribute("#kg-graph", "dir") == "rtl"
    assert seed.external() == []


def test_focus_expand_and_shortest_path(corpus):
    page = corpus.page
    reset(corpus)
    total = shown(page)["nodes"]
    hub = page.evaluate("""() => window.kgGraph.data.nodes.filter(n => n.coarse !== 'Event')
        .sort((a, b) => b.deg - a.deg || (a.id < b.id ? -1 : 1))[0].id""")
    page.evaluate("id => window.kgGraph.select(id, true)", hub)
    page.click("#kg-details button[data-action=focus1]")
    one = shown(page)["nodes"]
    neighbours = page.evaluate("""id => { const d = window.kgGraph.data, s = new Set([id]);
        d.edges.forEach(e => { if (e.from === id) s.add(e.to); if (e.to === id) s.add(e.from); });
        return s.size; }""", hub)
    assert one == neighbours < total
    assert "Focus on" in page.inner_text("#kg-focus-note")
    page.click("#kg-details button[data-action=focus2]")
    assert one < shown(page)["nodes"] <= total
    page.click("#kg-details button[data-action=unfocus]")
    assert shown(page)["nodes"] == total
    # expand: a filtered-out neighbour comes back
    page.click("#kg-legend input[data-cls=Person]")
    hidden = shown(page)["nodes"]
    page.click("#kg-details button[data-action=expand]")
    assert shown(page)["nodes"] > hidden
    reset(corpus)
    # shortest path: from the hub to a node three steps away, through the panel's buttons
    far = page.evaluate("""id => { const d = window.kgGraph.data, dist = {[id]: 0}, q = [id];
        while (q.length) { const v = q.shift();
          d.edges.forEach(e => { const w = e.from === v ? e.to : (e.to === v ? e.from : null);
            if (w !== null && !(w in dist)) { dist[w] = dist[v] + 1; q.push(w); } }); }
        return Object.keys(dist).filter(k => dist[k] === 3).sort()[0]; }""", hub)
    assert far
    page.evaluate("id => window.kgGraph.select(id, true)", hub)
    page.click("#kg-details button[data-action=path-from]")
    page.evaluate("id => window.kgGraph.select(id, true)", far)
    page.click("#kg-details button[data-action=path-to]")
    path = page.evaluate("window.kgGraph.path")
    assert len(path) == 4 and path[0] == hub and path[-1] == far
    assert page.locator("#kg-details [data-path] .kg-link").count() == 4
    assert sorted(page.evaluate("window.kgGraph.network.getSelectedNodes()")) == sorted(path)
    assert corpus.external() == [] and corpus.errors == []


def test_add_merges_partial_data_into_the_page(browser, seed_build):  # noqa: F811
    """kgExplorer.add (what kg serve's explorer calls): a new node and edge with their own evidence
    and article indices; a known node is completed, not duplicated; legend, sources and panel follow."""
    visit = Visit(browser, seed_build / "graph.html")
    page = visit.page
    try:
        before = page.evaluate("""() => { const d = window.kgGraph.data;
            return {nodes: d.nodes.length, edges: d.edges.length, articles: d.articles.length,
                    hub: d.nodes.filter(n => n.coarse === 'Person')[0].id,
                    people: d.nodes.filter(n => n.cls === 'Person').length}; }""")
        new = "https://example.org/person/test-added"
        result = page.evaluate("""([hub, iri]) => window.kgExplorer.add({
            nodes: [{id: iri, label: "كريم الفاضل", en: "Karim al-Fadil", cls: "Person", coarse: "Person"},
                    {id: hub, aliases: ["اسم آخر"]}],
            edges: [{id: iri + "|memberOf|" + hub, from: iri, to: hub, label: "memberOf", kind: "relation",
                     conf: 0.9, ev: [0], art: [0]}],
            evidence: [{a: 0, o: 0, s: "قال كريم الفاضل إنه عاد إلى المدينة."}],
            articles: [{id: "https://example.org/article/added", title: "خبر مضاف", date: "2026-02-01",
                        url: "https://example.org/a", source: "Added source", author: ""}]})""",
                               [before["hub"], new])
        assert result == {"nodes": 1, "edges": 1}
        after = page.evaluate("""() => { const d = window.kgGraph.data;
            return {nodes: d.nodes.length, edges: d.edges.length, articles: d.articles.length}; }""")
        assert after == {"nodes": before["nodes"] + 1, "edges": before["edges"] + 1,
                         "articles": before["articles"] + 1}
        assert page.evaluate("id => window.kgGraph.data.nodes.find(n => n.id === id).aliases", before["hub"]) \
            == ["اسم آخر"]
        assert page.evaluate("window.kgGraph.nodeVis[%r]" % new) is True
        assert "Added source (1)" in page.inner_text("#kg-article")
        people = count_text(page, "Person")
        assert people == f"{before['people'] + 1} / {before['people'] + 1}"
        page.evaluate("id => window.kgGraph.select(id, true)", new)
        assert page.locator("#kg-details .kg-ev mark").first.text_content() == "كريم الفاضل"
        assert "خبر مضاف" in page.inner_text("#kg-details .kg-src")
        page.click("#kg-legend input[data-cls=Person]")
        assert count_text(page, "Person") == "0 / " + people.split(" / ")[1]   # the new one counted too
        assert visit.external() == [] and visit.errors == []
    finally:
        visit.close()
