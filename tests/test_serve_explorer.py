"""kg/serve_explorer.py: the on-demand explorer of kg serve (JSON API, page, a real browser)."""
import json
import os
import urllib.parse
from pathlib import Path

import pytest

from kg.serve_explorer import LabelIndex, search_key
from kg.linked import View
from kg.store import open_store
# the sample store and its server are test_serve's own fixtures (one store per module)
from tests.test_serve import RES, call, server, start, stop, store  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def api(server, name, **params):
    """(status, JSON or bytes); waits while the label index is being built."""
    import time
    for _ in range(300):
        status, headers, body = call(f"{server.url}api/{name}?{urllib.parse.urlencode(params)}")
        data = json.loads(body) if headers["Content-Type"].startswith("application/json") else body
        if not (isinstance(data, dict) and data.get("building")):
            return status, data
        time.sleep(0.1)
    raise AssertionError("the label index was never built")


# ------------------------------------------------------------------ search

def test_search_key_normalises_like_norm():
    assert search_key("الإسلاميّة") == search_key("الاسلاميه")
    assert search_key("Islamic  STATE") == "islamic state"
    assert search_key("al-Ali") == "al ali"


def test_label_index_finds_labels_and_altlabels_best_first(store):
    index = LabelIndex.build(View(open_store(store, read_only=True)))
    assert len(index.entities) == 7                       # persons, organisations, places only
    assert index.search("داعش") == [RES + "organization/isis"]           # an altLabel
    assert index.search("العلى")[0] == RES + "person/samer-al-ali"      # ى for ي
    assert index.search("cooper") == [RES + "person/brad-cooper"]       # English, any case
    assert set(index.search("الامريكيه")) == {RES + "organization/us-forces", RES + "organization/centcom"}
    assert index.search("القوات الأمريكية") == [RES + "organization/us-forces"]
    index._set_keys(sorted(index.keys + [(search_key("الدولة"), RES + "place/syria")]))
    assert index.search("الدوله")[:2] == [RES + "place/syria", RES + "organization/isis"]
    assert index.search("state islamic") == [RES + "organization/isis"]   # every word, any order
    assert index.search("") == [] and index.search("nothing here") == []
    assert index.top(2) == [RES + "organization/centcom", RES + "organization/isis"]   # ties: by IRI
    import io
    fh = io.StringIO()
    index.write(fh, ["v1"])
    fh.seek(0)
    again = LabelIndex.read(fh, ["v1"])
    assert again.search("داعش") == index.search("داعش") and again.entities == index.entities
    fh.seek(0)
    assert LabelIndex.read(fh, ["v2"]) is None              # another store version


def test_index_is_built_in_the_background_and_cached_by_store_version(store, tmp_path, monkeypatch):
    import time

    from kg.serve import store_version
    from kg.serve_explorer import IndexHolder, index_response
    version = store_version(store)
    holder = IndexHolder(store, cache_dir=tmp_path / "cache")
    status, _, body = index_response(holder, version, "search", {"q": "داعش"})
    assert status == 200 and json.loads(body)["building"] is True
    for _ in range(200):
        if holder.get(version) is not None:
            break
        time.sleep(0.05)
    status, _, body = index_response(holder, version, "search", {"q": "داعش"})
    [hit] = json.loads(body)["results"]
    assert hit["cls"] == "ArmedGroup" and hit["coarse"] == "Organization"
    [cached] = list((tmp_path / "cache").iterdir())
    # a new server on the same store version reads the cache: no scan of the store
    monkeypatch.setattr(LabelIndex, "build", classmethod(lambda cls, view: 1 / 0))
    holder2 = IndexHolder(store, cache_dir=tmp_path / "cache")
    holder2.get(version)
    for _ in range(200):
        if holder2.get(version) is not None:
            break
        time.sleep(0.05)
    assert holder2.error is None and holder2.get(version).search("داعش") == [RES + "organization/isis"]
    # another version: the cache is not used (and the failing scan is reported)
    holder3 = IndexHolder(store, cache_dir=tmp_path / "cache")
    holder3.get(("other",))
    holder3._thread.join(10)
    status, _, body = index_response(holder3, ("other",), "top", {})
    assert status == 500 and b"cannot index" in body


def test_api_search_top_and_errors(server):
    status, data = api(server, "search", q="سامر")
    assert status == 200
    [hit] = data["results"]
    assert hit["iri"] == RES + "person/samer-al-ali" and hit["en"] == "Samer al-Ali"
    assert hit["page"] == "/resource/person/samer-al-ali" and hit["mentions"] == 1
    status, data = api(server, "top", n=3)
    assert status == 200 and len(data["entities"]) == 3 and data["total"] == 7
    assert api(server, "search", q="x" * 201)[0] == 400
    assert api(server, "nothing")[0] == 404
    assert api(server, "entity", iri=RES + "person/nobody")[0] == 404
    assert api(server, "entity", iri="not an iri")[0] == 400


def test_api_entity_has_names_relations_events_with_evidence(server):
    status, d = api(server, "entity", iri=RES + "organization/isis")
    assert status == 200
    assert d["label"] == "تنظيم الدولة" and d["en"] == "Islamic State"
    assert d["aliases"] == ["التنظيم", "داعش"] and d["wikidata"] == ["Q2429253"]
    [rel] = d["relations"]
    assert (rel["property"], rel["direction"], rel["other"]["iri"]) == ("memberOf", "in", RES + "person/samer-al-ali")
    [ev] = rel["evidence"]
    assert ev["sentence"].startswith("قتلت القوات الأمريكية")
    assert ev["article"]["title"] == "مقتل قيادي في تنظيم الدولة" and ev["article"]["date"] == "2026-01-17"
    [event] = d["events"]
    assert event["role"] == "target" and event["type"] == "MilitaryOperation" and event["date"] == "2025-12"
    assert event["evidence"][0]["sentence"].startswith("وقال قائد")


def test_api_expand_adds_neighbours(server):
    status, d = api(server, "expand", iri=RES + "person/samer-al-ali")
    assert status == 200
    iris = {n["iri"] for n in d["nodes"]}
    assert {RES + "organization/isis", RES + "event/sample/3a1b2c3d4e5f",
            RES + "organization/us-forces", RES + "place/palmyra"} <= iris
    edges = {(e["from"], e["label"], e["to"]) for e in d["edges"]}
    assert (RES + "person/samer-al-ali", "memberOf", RES + "organization/isis") in edges
    assert (RES + "event/sample/3a1b2c3d4e5f", "agent", RES + "organization/us-forces") in edges
    status, d = api(server, "expand", iri=RES + "event/sample/3a1b2c3d4e5f")
    assert {e["label"] for e in d["edges"]} == {"agent", "target", "place"}


def test_api_in_the_page_schema(server):
    """/api/page-*: the same answers as data for the offline page's explorer (docs/html.md)."""
    status, d = api(server, "page-entity", iri=RES + "organization/isis")
    assert status == 200
    by_id = {n["id"]: n for n in d["nodes"]}
    isis = by_id[RES + "organization/isis"]
    assert isis["label"] == "تنظيم الدولة" and isis["en"] == "Islamic State" and isis["loaded"] is True
    assert isis["aliases"] == ["التنظيم", "داعش"] and isis["qid"] == "Q2429253"
    assert isis["cls"] == "ArmedGroup"
    [rel] = [e for e in d["edges"] if e["kind"] == "relation"]
    assert (rel["from"], rel["label"], rel["to"]) == \
        (RES + "person/samer-al-ali", "memberOf", RES + "organization/isis")
    assert rel["id"] == f"{rel['from']}|memberOf|{rel['to']}"       # the same id in every answer
    [k] = rel["ev"]
    assert d["evidence"][k]["s"].startswith("قتلت القوات الأمريكية")
    assert d["articles"][d["evidence"][k]["a"]]["title"] == "مقتل قيادي في تنظيم الدولة"
    [role] = [e for e in d["edges"] if e["kind"] == "role"]
    event = by_id[role["from"]]
    assert role["label"] == "target" and event["cls"] == "MilitaryOperation" and event["date"] == "2025-12"
    assert d["evidence"][event["ev"][0]]["s"].startswith("وقال قائد")
    # labelled as graph.html labels events: the operation's name, else its type and date
    assert (event["label"], event["en"]) == ("عين الصقر", "Military operation · 2025-12 (عين الصقر)")
    assert event["conf"] == 0.6 == role["conf"]
    status, d = api(server, "page-entity", iri=event["id"])           # an event: its roles, its evidence
    roles = {e["label"]: e for e in d["edges"] if e["from"] == event["id"]}
    assert set(roles) == {"agent", "target"} and roles["target"]["to"] == RES + "organization/isis"
    assert {d["evidence"][k]["s"][:8] for k in roles["agent"]["ev"]} == {"وقال قائ"}
    status, d = api(server, "page-expand", iri=RES + "person/samer-al-ali")
    assert status == 200 and RES + "place/palmyra" in {n["id"] for n in d["nodes"]}
    assert (RES + "person/samer-al-ali|memberOf|" + RES + "organization/isis") in {e["id"] for e in d["edges"]}
    status, d = api(server, "page-top", n=3)
    assert status == 200 and len(d["nodes"]) == 3 and d["total"] == 7 and d["edges"] == []
    assert api(server, "page-entity", iri=RES + "person/nobody")[0] == 404


def test_explorer_page_is_the_offline_page_served(server):
    from kg.export.html import _template
    for path in ("", "explore"):
        status, headers, body = call(server.url + path)
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        text = body.decode("utf-8")
        assert "vis.Network" in text and '"api/" + name' in text and 'call("page-expand"' in text
        assert _template("graph.js").strip()[:200] in text and 'id="kg-legend"' in text   # one codebase
        assert "<script src" not in text and "<link" not in text and "@import" not in text
        assert 'src="http' not in text and 'href="http' not in text


# ------------------------------------------------------------------ a real browser on the seed store

@pytest.fixture(scope="module")
def seed_server(tmp_path_factory):
    from kg.api import build
    path = tmp_path_factory.mktemp("seed-store") / "store"
    build([ROOT / "seeds"], store=path, html=False)
    srv = start(path, timeout=20.0, warm=True)
    yield srv
    stop(srv)


@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} not found: install the Debian packages chromium and fonts-noto-core")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def test_explorer_in_chromium_search_panel_expand_filter_language_offline(seed_server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests, external, errors = [], [], []
    origin = seed_server.url           # http://127.0.0.1:PORT/

    def route(r):
        requests.append(r.request.url)
        if r.request.url.startswith(origin):
            r.continue_()
        else:
            external.append(r.request.url)
            r.abort()
    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    g = "window.kgGraph"
    try:
        page.goto(origin + "?top=3")            # the 3 most mentioned first: room for more
        page.wait_for_function("window.kgServed && window.kgServed.ready && window.kgGraph.drawn",
                               timeout=30_000)
        drawn = page.evaluate(f"{g}.data.nodes.length")
        assert drawn == 3                                  # the most mentioned entities
        assert page.evaluate(f"{g}.shown.nodes") == drawn

        page.fill("#kg-search", "الجاسم")
        hit = page.locator("#kg-results li").first
        hit.wait_for(timeout=15_000)
        assert hit.locator("span").first.text_content() == "بلال حسن الجاسم"
        hit.click()
        page.wait_for_selector("#kg-details:not([hidden]) .kg-ev", timeout=15_000)
        assert page.locator("#kg-details h2").text_content() == "بلال حسن الجاسم"
        assert page.locator("#kg-details .kg-ev mark").count() >= 1     # the entity marked in its evidence
        assert page.locator("#kg-details .kg-src").count() >= 1         # the article

        before = page.evaluate(f"{g}.data.nodes.length")
        page.click('#kg-details button[data-action="expand"]')
        page.wait_for_function(f"{g}.data.nodes.length > {before} && window.kgServed.pending === 0",
                               timeout=15_000)
        assert page.evaluate(f"{g}.data.edges.length") >= 1
        assert page.evaluate(f"{g}.shown.nodes") == page.evaluate(f"{g}.data.nodes.length")

        # a filter changes the counts: the legend's events off (after a reset: expanded = forced in view)
        page.click("#kg-reset")
        events = page.evaluate(f"{g}.data.nodes.filter(n => n.coarse === 'Event').map(n => n.cls)")
        assert events
        shown = page.evaluate(f"{g}.shown.nodes")
        for cls in sorted(set(events)):
            page.uncheck(f'#kg-legend input[data-cls="{cls}"]')
        assert page.evaluate(f"{g}.shown.nodes") == shown - len(events)
        assert page.locator(f'#kg-legend .kg-count[data-cls="{events[0]}"]').text_content().startswith("0 / ")

        # the language switch changes the labels
        iri = RES + "person/bilal-hasan-al-jasim-f4215f"
        assert page.evaluate(f"{g}.labelOf({json.dumps(iri)})") == "بلال حسن الجاسم"
        page.click('#kg-lang button[data-lang="en"]')
        assert page.evaluate(f"{g}.labelOf({json.dumps(iri)})") == "Bilal Hasan al-Jasim"
        assert page.locator("#kg-details .kg-link").first.get_attribute("dir") == "auto"

        assert external == []
        assert requests and all(u.startswith(origin) for u in requests)
        assert errors == [] and page.evaluate("window.kgServed.errors") == []
    finally:
        page.close()
