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

def test_malicious_label_is_text_in_label_and_tooltip(tmp_path):
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
    assert evil["label"] == EVIL                         # drawn as text on the canvas
    assert evil["en"] == EVIL_EN
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in evil["title"]
    assert "Tom &amp; &quot;Jerry&#x27;s&quot; &lt;b&gt;bold&lt;/b&gt;" in evil["title"]
    assert "<script" not in evil["title"] and "<b>bold" not in evil["title"]
    [edge] = data["edges"]
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in edge["title"]
    assert "<img" not in edge["title"]


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
    samer, brad = node(data, "samer-al-ali"), node(data, "brad-cooper")
    isis, centcom, forces = node(data, "isis"), node(data, "centcom"), node(data, "us-forces")
    syria, palmyra = node(data, "syria"), node(data, "palmyra")
    killing, operation = node(data, "3a1b2c3d4e5f"), node(data, "4a1b2c3d4e5f")
    assert samer["color"] == brad["color"]
    assert centcom["color"] == forces["color"] != isis["color"]       # ArmedForce vs ArmedGroup
    assert syria["color"] != palmyra["color"]                         # Country vs City
    assert killing["color"] != operation["color"]
    assert len({samer["color"], isis["color"], syria["color"], killing["color"]}) == 4
    assert isis["shape"] == centcom["shape"] and syria["shape"] == palmyra["shape"]
    assert len({samer["shape"], isis["shape"], syria["shape"], killing["shape"]}) == 4
    assert (isis["cls"], centcom["cls"], syria["cls"], killing["cls"]) == \
        ("ArmedGroup", "ArmedForce", "Country", "Killing")
    legend = {row["cls"]: row for row in data["legend"]}
    assert sorted(legend) == sorted(["Person", "ArmedGroup", "ArmedForce", "Country", "City",
                                     "Killing", "MilitaryOperation"])
    assert legend["ArmedForce"]["count"] == 2 and legend["ArmedForce"]["color"] == centcom["color"]
    assert '<ul id="kg-legend">' in sample_page


def test_tooltips_carry_english_class_qid_evidence_and_date(sample_page):
    data = page_data(sample_page)
    isis = node(data, "isis")["title"]
    assert "Islamic State" in isis and "ArmedGroup" in isis and "Q2429253" in isis and "داعش" in isis
    [member] = [e for e in data["edges"] if e["label"] == "memberOf"]
    assert "قتلت القوات الأمريكية الجمعة" in member["title"] and "2026-01-17" in member["title"]
    assert "0.8" in member["title"]
    [leader] = [e for e in data["edges"] if e["label"] == "leaderOf"]
    assert "إن &lt;العملية&gt; نجحت" in leader["title"]               # the sentence's own < >
    killing = node(data, "3a1b2c3d4e5f")["title"]
    assert "2026-01-16" in killing and "Killing" in killing and "تدمر" in killing
    assert "قتلت القوات الأمريكية الجمعة" in killing
    assert "2025-12" in node(data, "4a1b2c3d4e5f")["title"]
    assert node(data, "4a1b2c3d4e5f")["label"] == "عين الصقر"          # the operation's name


def test_tooltips_name_the_source_article_its_publisher_and_author(sample_page):
    data = page_data(sample_page)
    source = "مقتل قيادي في تنظيم الدولة · test · سامر حداد"     # headline · publisher · author
    assert f"<b>Source:</b> <span dir=\"auto\">{source}</span>" in node(data, "3a1b2c3d4e5f")["title"]
    [member] = [e for e in data["edges"] if e["label"] == "memberOf"]
    assert source in member["title"]


def test_rtl_and_arabic_fonts(sample_page):
    assert re.search(r'<div id="kg-graph" dir="rtl" lang="ar"', sample_page)
    data = page_data(sample_page)
    face = data["options"]["nodes"]["font"]["face"]
    assert face.startswith('"Noto Sans Arabic", "Noto Naskh Arabic"') and face.endswith("sans-serif")
    assert 'class="kg-tip-ev" dir="rtl"' in node(data, "3a1b2c3d4e5f")["title"]


def test_search_keys_include_other_names(sample_page):
    isis = node(page_data(sample_page), "isis")
    assert set(isis["search"]) == {"تنظيم الدولة", "Islamic State", "داعش", "التنظيم"}
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
    view, note = overview({"nodes": nodes, "edges": edges}, max_nodes=3)
    assert [n["id"] for n in view["nodes"]] == ["n0", "n1", "n2"]     # degrees 3, 2, 2 (n3: 1)
    assert {(e["from"], e["to"]) for e in view["edges"]} == {("n0", "n1"), ("n0", "n2"), ("n1", "n2")}
    assert note == "; left out: 2 unconnected nodes and 1 less connected nodes (the 3 most connected are drawn)"
    view, note = overview({"nodes": nodes, "edges": edges}, max_nodes=0, unconnected=True)
    assert len(view["nodes"]) == 6 and note == ""


def test_events_are_labelled_by_type_and_date(sample_page):
    data = page_data(sample_page)
    events = sorted(n["label"] for n in data["nodes"] if n["coarse"] == "Event")
    assert "قتل · 2026-01-16" in events
    from kg.export.html import EVENT_NAMES
    assert set(EVENT_NAMES) >= {"Attack", "Strike", "Killing", "Arrest", "MilitaryOperation", "Meeting", "Visit"}
