"""kg.export.html: the self-contained interactive page (no browser here; see test_html_browser.py)."""
import json
import math
import random
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef

from kg.errors import KgError
from kg.export import export
from kg.export.html import graph_view, layout_positions, render_html, write_html
from kg.ns import KG, RES

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample.ttl"
EVIL = "<script>alert(1)</script>"
EVIL_EN = "Tom & \"Jerry's\" <b>bold</b>"
EVIL_SENTENCE = "قال <img src=x onerror=\"window.__xss=1\"> إن الهجوم وقع."


class _Page(HTMLParser):
    """Tags, attributes and the text of <script>/<style> elements of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.styles, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in = (tag, dict(attrs), [])

    def handle_data(self, data):
        if self._in:
            self._in[2].append(data)

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            kind, attrs, parts = self._in
            (self.scripts if kind == "script" else self.styles).append((attrs, "".join(parts)))
            self._in = None


def parse_page(text):
    page = _Page()
    page.feed(text)
    page.close()
    return page


def page_data(text):
    [data] = [body for attrs, body in parse_page(text).scripts if attrs.get("id") == "kg-data"]
    return json.loads(data)


def evil_graph():
    g = Graph()
    a, b = RES["person/evil"], RES["organization/good"]
    g.add((a, RDF.type, KG.Person))
    g.add((a, RDFS.label, Literal(EVIL, lang="ar")))
    g.add((a, RDFS.label, Literal(EVIL_EN, lang="en")))
    g.add((b, RDF.type, KG.Organization))
    g.add((b, RDFS.label, Literal("منظمة", lang="ar")))
    g.add((a, KG.memberOf, b))
    st, ev = RES["statement/t/1"], RES["evidence/t/0-40"]
    for p, o in ((RDF.type, KG.RelationStatement), (KG.statementSubject, a),
                 (KG.statementProperty, KG.memberOf), (KG.statementObject, b),
                 (KG.evidence, ev)):
        g.add((st, p, o))
    g.add((ev, KG.sentenceText, Literal(EVIL_SENTENCE, lang="ar")))
    return g


@pytest.fixture(scope="module")
def sample_graph():
    return Graph().parse(SAMPLE, format="turtle")


@pytest.fixture(scope="module")
def sample_page(sample_graph, tmp_path_factory):
    path = tmp_path_factory.mktemp("html") / "graph.html"
    write_html(sample_graph, path)
    return path.read_text(encoding="utf-8")


def node(data, iri_tail):
    [n] = [n for n in data["nodes"] if n["id"].endswith(iri_tail)]
    return n


# --- offline ----------------------------------------------------------------------------

def test_no_external_reference(sample_page):
    page = parse_page(sample_page)
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "data", "action", "poster"):
            assert name not in attrs, (tag, attrs)
        assert tag not in ("link", "img", "iframe", "object", "embed", "base")
    css = "\n".join(body for _, body in page.styles)
    assert "@import" not in css
    urls = re.findall(r"url\(\s*['\"]?([^'\")]*)", css)
    assert urls, "vis-network's CSS has its icons as data: URLs"
    assert all(u.startswith("data:") for u in urls), [u[:40] for u in urls if not u.startswith("data:")]
    # no script is loaded: the three <script> elements are all inline
    assert [attrs.get("src") for attrs, _ in page.scripts] == [None, None, None]
    for host in ("bootstrap", "jsdelivr", "cdnjs", "unpkg", "googleapis"):
        assert host not in sample_page.lower()


def test_vis_network_inlined(sample_page):
    page = parse_page(sample_page)
    bodies = [body for _, body in page.scripts]
    assert any("vis-network" in b and len(b) > 100_000 for b in bodies)
    assert any(".vis-network" in body for _, body in page.styles)


# --- escaping ---------------------------------------------------------------------------

def test_malicious_label_is_plain_json_text_never_markup(tmp_path):
    path = tmp_path / "evil.html"
    write_html(evil_graph(), path, title="<i>t</i> & co")
    text = path.read_text(encoding="utf-8")
    assert EVIL not in text and "<img src=x" not in text and "<b>bold" not in text
    page = parse_page(text)
    assert [t for t, _ in page.tags].count("script") == 3
    assert "img" not in [t for t, _ in page.tags] and "b" not in [t for t, _ in page.tags]
    assert "<title>&lt;i&gt;t&lt;/i&gt; &amp; co</title>" in text
    data = page_data(text)
    evil = node(data, "person/evil")
    assert evil["label"] == EVIL and evil["en"] == EVIL_EN     # text, drawn/put as text
    assert "title" not in evil                                  # no HTML built from data
    [edge] = data["edges"]
    assert [data["evidence"][i]["s"] for i in edge["ev"]] == [EVIL_SENTENCE]
    assert data["meta"]["title"] == "<i>t</i> & co"


def test_only_http_urls_are_kept_for_articles():
    g = evil_graph()
    art = RES["article/a1"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.url, Literal("javascript:alert(1)")))
    g.add((RES["person/evil"], KG.mentionedIn, art))
    art2 = RES["article/a2"]
    g.add((art2, RDF.type, KG.Article))
    g.add((art2, KG.url, Literal("https://news.example/a2")))
    g.add((RES["organization/good"], KG.mentionedIn, art2))
    data = page_data(render_html(g))
    assert sorted(a["url"] for a in data["articles"]) == ["", "https://news.example/a2"]


def test_script_json_cannot_close_its_element(tmp_path):
    g = evil_graph()
    g.add((RES["person/plain"], RDF.type, KG.Person))                 # a label with no language
    g.add((RES["person/plain"], RDFS.label, Literal("</script><script>alert(2)</script>")))
    text = render_html(g, unconnected=True)               # the node has no edge: asked for
    assert "</script><script>alert(2)" not in text
    assert "alert(2)" in text                           # kept, escaped as \u003c/script\u003e


# --- content ----------------------------------------------------------------------------

def test_nodes_and_edges_of_the_sample(sample_page):
    data = page_data(sample_page)
    labels = sorted(n["label"] for n in data["nodes"])
    assert labels == sorted(["سامر العلي", "براد كوبر", "تنظيم الدولة", "القيادة المركزية الأمريكية",
                             "القوات الأمريكية", "تدمر", "سوريا", "قتل · 2026-01-16", "عين الصقر"])
    edges = sorted((e["from"].rsplit("/", 1)[1], e["label"], e["to"].rsplit("/", 1)[1])
                   for e in data["edges"])
    assert edges == sorted([
        ("samer-al-ali", "memberOf", "isis"), ("brad-cooper", "leaderOf", "centcom"),
        ("palmyra", "locatedIn", "syria"),
        ("3a1b2c3d4e5f", "agent", "us-forces"), ("3a1b2c3d4e5f", "target", "samer-al-ali"),
        ("3a1b2c3d4e5f", "place", "palmyra"),
        ("4a1b2c3d4e5f", "agent", "centcom"), ("4a1b2c3d4e5f", "target", "isis")])
    assert {e["kind"] for e in data["edges"] if e["label"] in ("agent", "target", "place")} == {"role"}


def test_colours_and_shapes_by_class(sample_page):
    data = page_data(sample_page)
    classes = {c["cls"]: c for c in data["classes"]}

    def style(tail):
        c = classes[node(data, tail)["cls"]]
        return c["color"], c["shape"]
    samer, brad = style("samer-al-ali"), style("brad-cooper")
    isis, centcom, forces = style("isis"), style("centcom"), style("us-forces")
    syria, palmyra = style("syria"), style("palmyra")
    killing, operation = style("3a1b2c3d4e5f"), style("4a1b2c3d4e5f")
    assert samer == brad and centcom == forces and centcom[0] != isis[0]
    assert syria[0] != palmyra[0] and killing[0] != operation[0]
    assert len({samer[0], isis[0], syria[0], killing[0]}) == 4
    assert isis[1] == centcom[1] and syria[1] == palmyra[1]
    assert len({samer[1], isis[1], syria[1], killing[1]}) == 4
    assert (node(data, "isis")["cls"], node(data, "centcom")["cls"], node(data, "syria")["cls"],
            node(data, "3a1b2c3d4e5f")["cls"]) == ("ArmedGroup", "ArmedForce", "Country", "Killing")
    legend = {row["cls"]: row for row in data["legend"]}
    assert sorted(legend) == sorted(["Person", "ArmedGroup", "ArmedForce", "Country", "City",
                                     "Killing", "MilitaryOperation"])
    assert legend["ArmedForce"]["count"] == 2 and legend["ArmedForce"]["color"] == centcom[0]
    assert '<ul id="kg-legend">' in sample_page


def test_details_data_names_qid_evidence_articles_and_dates(sample_page):
    data = page_data(sample_page)
    isis = node(data, "isis")
    assert (isis["en"], isis["qid"], isis["aliases"]) == ("Islamic State", "Q2429253", ["التنظيم", "داعش"])
    [article] = data["articles"]
    assert (article["title"], article["date"], article["source"]) == ("مقتل قيادي في تنظيم الدولة", "2026-01-17", "test")
    assert isis["art"] == [0]                                          # kgo:mentionedIn
    [member] = [e for e in data["edges"] if e["label"] == "memberOf"]
    [sentence] = [data["evidence"][i] for i in member["ev"]]
    assert sentence["s"].startswith("قتلت القوات الأمريكية الجمعة") and sentence["a"] == 0
    assert member["conf"] == 0.8 and member["art"] == [0]
    [leader] = [e for e in data["edges"] if e["label"] == "leaderOf"]
    assert "إن <العملية> نجحت" in data["evidence"][leader["ev"][0]]["s"]   # raw text, escaped at embedding
    assert "إن \\u003cالعملية\\u003e نجحت" in sample_page
    killing = node(data, "3a1b2c3d4e5f")
    assert (killing["date"], killing["conf"], killing["trigger"]) == ("2026-01-16", 0.7, "قتلت")
    assert killing["en"] == "Killing · 2026-01-16"
    assert data["evidence"][killing["ev"][0]]["s"].startswith("قتلت القوات الأمريكية الجمعة")
    [role] = [e for e in data["edges"] if e["label"] == "target" and e["from"] == killing["id"]]
    assert role["ev"] == killing["ev"] and role["conf"] == 0.7
    operation = node(data, "4a1b2c3d4e5f")
    assert operation["label"] == "عين الصقر" and operation["date"] == "2025-12"   # the operation's name


def test_panel_names_the_source_article_its_publisher_and_author(sample_page):
    """The details panel shows each fact's article as headline · date · publisher · author · url."""
    data = page_data(sample_page)
    [i] = node(data, "3a1b2c3d4e5f")["art"]
    art = data["articles"][i]
    assert (art["title"], art["source"], art["author"]) == ("مقتل قيادي في تنظيم الدولة", "test", "سامر حداد")
    [member] = [e for e in data["edges"] if e["label"] == "memberOf"]
    assert member["art"] == [i]
    assert "art.author" in sample_page        # the panel's source line shows it


def test_rtl_and_arabic_fonts(sample_page):
    assert re.search(r'<div id="kg-graph" dir="rtl" lang="ar"', sample_page)
    data = page_data(sample_page)
    face = data["options"]["nodes"]["font"]["face"]
    assert face.startswith('"Noto Sans Arabic", "Noto Naskh Arabic"') and face.endswith("sans-serif")


def test_search_keys_include_other_names(sample_page):
    isis = node(page_data(sample_page), "isis")
    assert {isis["label"], isis["en"], *isis["aliases"]} == {"تنظيم الدولة", "Islamic State", "داعش", "التنظيم"}
    assert 'id="kg-search"' in sample_page


def test_dataset_input_gives_the_same_page(sample_graph):
    ds = Dataset()
    named = ds.graph(URIRef("https://w3id.org/arabic-kg/resource/graph/sample"))
    for t in sample_graph:
        named.add(t)
    assert render_html(ds) == render_html(sample_graph)


def test_untyped_endpoint_becomes_an_other_node():
    g = evil_graph()
    g.add((RES["person/evil"], KG.memberOf, RES["organization/unknown"]))
    data = {n["id"].rsplit("/", 1)[1]: n for n in graph_view(g)["nodes"]}
    assert data["unknown"]["cls"] == "Other" and data["unknown"]["label"] == "unknown"


# --- determinism, options, errors -------------------------------------------------------

def test_byte_identical_whatever_the_triple_order(sample_graph, tmp_path):
    triples = sorted(sample_graph)
    shuffled = Graph()
    for t in random.Random(3).sample(triples, len(triples)):
        shuffled.add(t)
    write_html(sample_graph, tmp_path / "a.html")
    write_html(shuffled, tmp_path / "b.html")
    export(sample_graph, tmp_path / "c.html", "html")                 # through the registry
    a = (tmp_path / "a.html").read_bytes()
    assert a == (tmp_path / "b.html").read_bytes() == (tmp_path / "c.html").read_bytes()


def test_positions_are_precomputed_and_physics_off(sample_page, sample_graph):
    data = page_data(sample_page)
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["layout"]["improvedLayout"] is False
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(isinstance(c, int) for p in points for c in p)
    assert len(set(points)) == len(points)
    assert page_data(render_html(sample_graph, physics=True))["options"]["physics"]["enabled"] is True


def test_isolated_nodes_do_not_squash_the_connected_part():
    path = [f"n{i:02d}" for i in range(12)]
    edges = list(zip(path, path[1:]))
    ids = path + [f"z{i}" for i in range(6)]                          # six isolated nodes
    pos = layout_positions(ids, edges)
    lengths = sorted(math.dist(pos[a], pos[b]) for a, b in edges)
    assert 100 <= lengths[len(lengths) // 2] <= 400                    # pixels, readable
    closest = min(math.dist(pos[a], pos[b]) for i, a in enumerate(ids) for b in ids[i + 1:])
    assert closest >= 40


def test_big_layout_is_deterministic_and_spread():
    rng = random.Random(5)
    ids = [f"v{i:04d}" for i in range(600)]
    edges = [(rng.choice(ids[:50]), v) for v in ids[50:450]]           # hubs, leaves, isolated
    first = layout_positions(ids, edges, seed=1)
    assert first == layout_positions(list(reversed(ids)), list(reversed(edges)), seed=1)
    assert len(set(first.values())) == len(ids)


def test_errors_are_kg_errors(sample_graph, tmp_path):
    with pytest.raises(KgError, match="rdflib Graph"):
        write_html({"not": "a graph"}, tmp_path / "x.html")
    with pytest.raises(KgError, match="cannot write"):
        write_html(sample_graph, tmp_path)                             # a folder, not a file
    with pytest.raises(KgError, match="height"):
        render_html(sample_graph, height="1px; background:url(http://x)")


def test_failed_write_keeps_the_old_file_and_no_temporary(sample_graph, tmp_path):
    target = tmp_path / "graph.html"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(KgError):
        write_html({"not": "a graph"}, target)
    (tmp_path / "sub").mkdir()
    with pytest.raises(KgError):
        write_html(sample_graph, tmp_path / "sub")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html", "sub"]
    assert list((tmp_path / "sub").iterdir()) == []


def test_kg_export_command_writes_the_page(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    out = tmp_path / "out" / "graph.html"
    result = CliRunner().invoke(cli, ["export", str(SAMPLE), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 9 and len(data["edges"]) == 8


def test_empty_graph_still_writes_a_page(tmp_path):
    write_html(Graph(), tmp_path / "empty.html")
    data = page_data((tmp_path / "empty.html").read_text(encoding="utf-8"))
    assert data["nodes"] == [] and data["edges"] == [] and data["legend"] == []


# --- scale ------------------------------------------------------------------------------



def test_3000_nodes_write_quickly_with_physics_off(tmp_path, synthetic_graph):
    g = synthetic_graph()
    start = time.perf_counter()
    write_html(g, tmp_path / "big.html", unconnected=True)
    seconds = time.perf_counter() - start
    print(f"3000-node page written in {seconds:.2f} s")
    assert seconds < 30
    data = page_data((tmp_path / "big.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 3000
    assert data["options"]["physics"] == {"enabled": False}
    assert data["options"]["edges"]["smooth"] is False                # straight edges draw faster
    points = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(points) > 2990                                          # spread out, not piled up
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    assert max(xs) - min(xs) > 2000 and max(ys) - min(ys) > 2000



# --- the overview: the most connected nodes, unconnected ones counted -----------------------

def test_overview_keeps_the_most_connected_and_says_what_was_left_out():
    from kg.export.html import overview
    nodes = [{"id": f"n{i}"} for i in range(6)]
    edges = [{"from": "n0", "to": "n1"}, {"from": "n0", "to": "n2"}, {"from": "n0", "to": "n3"},
             {"from": "n1", "to": "n2"}]                  # n4, n5 have no edge
    view, note, left = overview({"nodes": nodes, "edges": edges}, max_nodes=3)
    assert [n["id"] for n in view["nodes"]] == ["n0", "n1", "n2"]     # degrees 3, 2, 2 (n3: 1)
    assert {(e["from"], e["to"]) for e in view["edges"]} == {("n0", "n1"), ("n0", "n2"), ("n1", "n2")}
    assert note == "; left out: 1 less connected nodes (the 3 most connected are drawn) and 2 unconnected nodes"
    assert left == {"capped": 1, "unconnected_out": 2, "unconnected_in": 0}
    # room left under the cap: the unconnected nodes are in the page, hidden until asked for
    view, note, left = overview({"nodes": nodes, "edges": edges}, max_nodes=5)
    assert [n["id"] for n in view["nodes"]] == ["n0", "n1", "n2", "n3", "n4"]
    assert left == {"capped": 0, "unconnected_out": 1, "unconnected_in": 1}
    assert note.endswith("; hidden: 1 unconnected nodes (tick “unconnected” to show them)")
    view, note, left = overview({"nodes": nodes, "edges": edges}, max_nodes=0, unconnected=True)
    assert len(view["nodes"]) == 6 and note == ""


def test_evidence_and_articles_are_the_referenced_ones_renumbered():
    g = evil_graph()
    for k in (1, 2):                                       # two articles, one left out
        art = RES[f"article/x{k}"]
        g.add((art, RDF.type, KG.Article))
        g.add((art, KG.published, Literal(f"2024-0{k}-01")))
    g.add((RES["evidence/t/0-40"], KG.inArticle, RES["article/x2"]))
    data = page_data(render_html(g))
    assert [a["id"].rsplit("/", 1)[1] for a in data["articles"]] == ["x2"]
    assert data["evidence"][0]["a"] == 0 and len(data["evidence"]) == 1


def test_events_are_labelled_by_type_and_date(sample_page):
    data = page_data(sample_page)
    events = sorted(n["label"] for n in data["nodes"] if n["coarse"] == "Event")
    assert "قتل · 2026-01-16" in events
    from kg.export.html import EVENT_NAMES
    assert set(EVENT_NAMES) >= {"Attack", "Strike", "Killing", "Arrest", "MilitaryOperation", "Meeting", "Visit"}


def test_layout_is_the_same_under_any_hash_seed():
    """Positions must not follow set order: a component smaller than half the graph was laid
    out from a networkx subgraph view, whose nodes come from a set (PYTHONHASHSEED order)."""
    import subprocess
    import sys
    code = ("from kg.export.html import layout_positions\n"
            "ids = [f'n{i}' for i in range(40)]\n"
            "edges = [(f'n{i}', f'n{i+1}') for i in range(0, 30)] + [(f'n{i}', f'n{j}') "
            "for i in range(31, 38) for j in range(i + 1, 39)]\n"
            "print(sorted(layout_positions(ids, edges).items()))\n")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout
            for seed in (1, 2, 3, 4)}
    assert len(outs) == 1


# --- only what is drawn is worked out; a build's lines give the same page ---------------------

def _page_data_of_the_whole_view(graph, max_nodes, unconnected=False):
    """page_data as it was made before it worked out only what it draws: every node and edge
    of the graph (graph_view), the overview's choice, then the evidence and articles they
    refer to, renumbered."""
    from kg.export.html import BIG_GRAPH, CLASSES, legend, overview, vis_options
    full = graph_view(graph)
    view, note, left = overview(full, max_nodes, unconnected)
    positions = layout_positions([n["id"] for n in view["nodes"]],
                                 [(e["from"], e["to"]) for e in view["edges"]], seed=42)
    for n in view["nodes"]:
        n["x"], n["y"] = positions[n["id"]]
    items = view["nodes"] + view["edges"]
    used_ev = sorted({i for item in items for i in item["ev"]})
    ev_map = {old: new for new, old in enumerate(used_ev)}
    used_art = sorted({i for item in items for i in item["art"]}
                      | {full["evidence"][i]["a"] for i in used_ev if full["evidence"][i]["a"] >= 0})
    art_map = {old: new for new, old in enumerate(used_art)}
    for item in items:
        item["ev"] = [ev_map[i] for i in item["ev"]]
        item["art"] = [art_map[i] for i in item["art"]]
    evidence = [dict(full["evidence"][i], a=art_map.get(full["evidence"][i]["a"], -1)) for i in used_ev]
    big = len(view["nodes"]) >= BIG_GRAPH or len(view["edges"]) >= BIG_GRAPH
    summary = f"{len(view['nodes']):,} nodes, {len(view['edges']):,} edges" + note
    meta = {"title": "Knowledge graph", "summary": summary, "unconnected": unconnected, "left": left,
            "total": {"nodes": len(full["nodes"]), "edges": len(full["edges"])}}
    return {"meta": meta, "options": vis_options(False, big),
            "classes": [{"cls": c, "coarse": co, "color": col, "shape": sh} for c, (co, col, sh) in CLASSES.items()],
            "legend": legend(view["nodes"]), "nodes": view["nodes"], "edges": view["edges"],
            "evidence": evidence, "articles": [full["articles"][i] for i in used_art]}


def _linked_sample():
    """The sample graph with a second article, evidence of its own and a dangling edge."""
    g = Graph().parse(SAMPLE, format="turtle")
    for s, p, o in evil_graph():
        g.add((s, p, o))
    art = RES["article/x2"]
    g.add((art, RDF.type, KG.Article))
    g.add((art, KG.published, Literal("2024-02-01")))
    g.add((RES["evidence/t/0-40"], KG.inArticle, art))
    g.add((RES["person/evil"], KG.locatedIn, RES["place/nowhere"]))      # an edge to an untyped node
    return g


@pytest.mark.parametrize("max_nodes", [0, 3, 5, 9])
def test_the_page_is_the_one_the_whole_view_gave(max_nodes):
    """page_data works out only the nodes it draws; its object is the one made before from every
    node of the graph, whatever the cap."""
    from kg.export.html import page_data as data_of
    g = _linked_sample()
    for unconnected in (False, True):
        assert data_of(g, max_nodes=max_nodes, unconnected=unconnected) == \
            _page_data_of_the_whole_view(g, max_nodes, unconnected)


def test_only_the_drawn_nodes_and_edges_are_worked_out(monkeypatch, synthetic_graph):
    import kg.export.html as html_module
    made = []
    real = html_module._Builder.node
    monkeypatch.setattr(html_module._Builder, "node", lambda self, iri: made.append(iri) or real(self, iri))
    data = html_module.page_data(synthetic_graph(600), max_nodes=50)
    assert len(data["nodes"]) == 50 and data["meta"]["total"]["nodes"] == 600
    assert sorted(made) == sorted(n["id"] for n in data["nodes"])      # 50 nodes made, not 600


def _lines_of(graph):
    from kg.article_graphs import NTriples
    return [line[:-3].replace(" ", "\t", 2) + "\n" for line in NTriples().lines(graph)]


def test_a_page_of_lines_is_the_page_of_the_graph():
    """graph.html of a build is drawn from its lines (kg.corpus.LineGraph), terms made of the
    lines it reads: the page is the one the same triples give as an rdflib graph."""
    from kg.corpus import line_graph
    g = _linked_sample()
    a = RES["person/evil"]
    g.add((a, RDFS.label, Literal('سطر\n"مقتبس" \\ وتاب\t', lang="ar")))          # escapes
    g.add((a, RDFS.label, Literal("Latin only", lang="ar-Latn")))
    g.add((RES["event/x/1"], RDF.type, KG.Killing))
    g.add((RES["event/x/1"], KG.target, a))
    g.add((RES["event/x/1"], KG.confidence, Literal("0.75", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))))
    lines = _lines_of(g)
    for max_nodes in (0, 4):
        assert render_html(line_graph(lines + lines[:5]), max_nodes=max_nodes) == \
            render_html(g, max_nodes=max_nodes)


def test_a_term_of_a_line_is_the_rdflib_term():
    """kg.export.html.nt_term reads an N-Triples term as rdflib's term reads: its text, its
    kind and its language."""
    import pyoxigraph
    from rdflib import BNode

    from kg.export.html import nt_term
    from kg.store import from_ox
    terms = [URIRef("https://example.org/a%20b"), BNode("b0"), Literal("plain"),
             Literal('تاب\tسطر\n"قول" \\ \u0007', lang="ar"), Literal("X", lang="ar-Latn"),
             Literal("12", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
             Literal("2024-01-02", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))]
    for term in terms:
        text = str(pyoxigraph.Triple(pyoxigraph.NamedNode("x:s"), pyoxigraph.NamedNode("x:p"),
                                     _ox(term)).object)
        mine, theirs = nt_term(text), from_ox(next(iter(pyoxigraph.parse(
            f"<x:s> <x:p> {text} .\n".encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))).object)
        assert str(mine) == str(theirs), text
        assert getattr(mine, "language", None) == getattr(theirs, "language", None), text
        assert type(theirs).__name__ == {"_Iri": "URIRef", "_Blank": "BNode", "_Lit": "Literal"}[type(mine).__name__]
    assert str(nt_term('"\\u00e9\\U0001F600"')) == "é😀"


def _ox(term):
    from kg.store import to_ox
    return to_ox(term)


def _force_rowwise(pos, edges, iterations=80, k=1.0):
    """The force layout as it was written on (n, 2) arrays: the reference of the column-wise one."""
    import numpy as np
    from scipy.spatial import cKDTree
    n = len(pos)
    pos = pos.copy()
    ei, ej = edges[:, 0], edges[:, 1]

    def gather(i, f):
        return np.stack([np.bincount(i, f[:, 0], n), np.bincount(i, f[:, 1], n)], axis=1)
    temp = max(1.0, math.sqrt(n) / 10)
    step = temp / (iterations + 1)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pairs = cKDTree(pos).query_pairs(3 * k, output_type="ndarray")
        if len(pairs):
            a, b = pairs[:, 0], pairs[:, 1]
            d = pos[a] - pos[b]
            f = (k * k / np.maximum((d * d).sum(axis=1), 1e-4))[:, None] * d
            disp += gather(a, f) - gather(b, f)
        if len(ei):
            d = pos[ei] - pos[ej]
            f = (np.sqrt((d * d).sum(axis=1)) / k)[:, None] * d
            disp += gather(ej, f) - gather(ei, f)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= step
    return pos


@pytest.mark.parametrize("n,m,seed", [(40, 60, 1), (700, 500, 2), (1500, 0, 3)])
def test_the_force_layout_is_bit_for_bit_the_rowwise_one(n, m, seed):
    import numpy as np

    from kg.export.html import _force
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) * math.sqrt(n)
    edges = rng.integers(0, n, (m, 2))
    assert _force(pos, edges).tobytes() == _force_rowwise(pos, edges).tobytes()
