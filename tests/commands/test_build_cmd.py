"""kg build and kg extract through the CLI: outputs, confidence filter, bad input."""
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "data" / "articles"


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_build_writes_turtle_html_and_summary(tmp_path):
    r = invoke("build", SEEDS, "-o", tmp_path)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "graph.ttl").stat().st_size > 0
    assert (tmp_path / "graph.html").stat().st_size > 0
    summary = (tmp_path / "summary.txt").read_text(encoding="utf-8")
    assert summary.startswith("1 article:") and "relations" in summary
    assert "1 article:" in r.output


def test_min_confidence_filters_statements(tmp_path):
    import rdflib
    from kg.ns import KG
    invoke("build", ARTICLES, "-o", tmp_path / "all")
    invoke("build", ARTICLES, "-o", tmp_path / "high", "--min-confidence", "0.8")
    g_all = rdflib.Graph().parse(tmp_path / "all" / "graph.ttl")
    g_high = rdflib.Graph().parse(tmp_path / "high" / "graph.ttl")
    confs_all = [float(c) for c in g_all.objects(None, KG.confidence)]
    confs_high = [float(c) for c in g_high.objects(None, KG.confidence)]
    assert any(c < 0.8 for c in confs_all)
    assert confs_high and all(c >= 0.8 for c in confs_high)


def test_extract_prints_annotation_records():
    r = invoke("extract", ARTICLES / "iraq-anbar.txt")
    assert r.exit_code == 0
    [line] = r.output.strip().splitlines()
    rec = json.loads(line)
    assert rec["id"] == "iraq-anbar" and rec["published"] == "2025-03-15"
    assert "\\u" not in line                       # Arabic written as is
    ids = {e["id"] for e in rec["entities"]}
    for e in rec["entities"]:
        assert e["type"] in ("Person", "Organization", "Place")
        for (s, t), m in zip(e["spans"], sorted(zip(e["spans"], e["mentions"]))):
            assert rec["text"][s:t]
        assert all(rec["text"][s:t] in e["mentions"] for s, t in e["spans"])
    for rel in rec["relations"]:
        assert rel["head"] in ids and rel["tail"] in ids and 0 <= rel["confidence"] <= 1
    for ev in rec["events"]:
        assert set(ev["agent"] + ev["target"] + ev["place"]) <= ids


def test_extract_jsonl_input_keeps_extra_fields(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text(json.dumps({"id": "x", "text": "قال الرئيس دونالد ترامب إن المحادثات جيدة.",
                             "published": "2025-01-02", "source": "s", "lang": "ar"},
                            ensure_ascii=False) + "\n", encoding="utf-8")
    rec = json.loads(invoke("extract", p).output)
    assert rec["lang"] == "ar" and rec["source"] == "s"
    assert any(e["wikidata"] == "Q22686" for e in rec["entities"])


@pytest.mark.parametrize("content, fragment", [
    (b"", "empty file"),
    (b"\x00\x00binary", "binary"),
    (b"\xff\xfe\xfa", "not valid UTF-8"),
])
def test_bad_input_is_one_line_and_leaves_nothing(tmp_path, content, fragment):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    r = CliRunner().invoke(cli, ["build", str(bad), "-o", str(out)])
    assert r.exit_code == 2
    lines = r.output.strip().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and str(bad) in lines[0]
    assert "Traceback" not in r.output
    assert not out.exists() or not any(out.iterdir())


def test_malformed_jsonl_names_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "نص"}\n{"id": "b", "text": \n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(bad)])
    assert r.exit_code == 2 and f"{bad}:2" in r.output


def test_missing_input(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o")])
    assert r.exit_code == 2 and "no such file" in r.output


def test_failed_build_keeps_previous_output(tmp_path, monkeypatch):
    out = tmp_path / "out"
    invoke("build", SEEDS, "-o", out)
    before = (out / "graph.ttl").read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk full")
    monkeypatch.setattr("kg.export.html.write_html", boom)
    with pytest.raises(RuntimeError):
        CliRunner().invoke(cli, ["build", str(ARTICLES), "-o", str(out), "--jobs", "1"], catch_exceptions=False)
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]
    # with two jobs graph.html is made by the corpus pass's second process: its failure is one line
    r = CliRunner().invoke(cli, ["build", str(ARTICLES), "-o", str(out), "--jobs", "2"], catch_exceptions=False)
    assert r.exit_code == 2 and r.output == "Error: cannot write graph.html: RuntimeError: disk full\n"
    assert (out / "graph.ttl").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_build_needs_an_output():
    r = CliRunner().invoke(cli, ["build", str(SEEDS)])
    assert r.exit_code == 2 and "-o OUTDIR" in r.output


def test_help_lists_formats_and_examples():
    r = invoke("--help")
    for name in ("build", "extract", "validate", "evaluate", "query", "export", "serve"):
        assert name in r.output
    assert "Example" in invoke("build", "--help").output


def test_build_into_a_store_twice_duplicates_nothing(tmp_path):
    store_dir = tmp_path / "store"
    r = invoke("build", ARTICLES, "--store", store_dir)
    assert r.exit_code == 0, r.output

    def query(q):
        out = invoke("query", store_dir, q, "--format", "csv").output.strip().splitlines()
        return out[1:]

    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    graphs = query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [g.rsplit("/", 1)[-1] for g in graphs] == ["iraq-anbar", "yemen-marib"]
    n1 = int(query(count)[0])
    invoke("build", ARTICLES / "iraq-anbar.txt", "--store", store_dir)
    assert int(query(count)[0]) == n1 > 0
    assert query("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kgo:Article }") == ["2"]


def test_build_into_its_own_input_folder_reads_no_output_back(tmp_path):
    (tmp_path / "a.txt").write_text("قصفت طائرات إسرائيلية مدينة غزة يوم السبت.", encoding="utf-8")
    for _ in range(2):   # the second run finds summary.txt and graph.* of the first beside a.txt
        r = invoke("build", tmp_path, "-o", tmp_path)
        assert r.exit_code == 0, r.output
        assert r.output.startswith("1 article:"), r.output


def test_over_long_article_is_refused_by_name_and_the_others_are_built(tmp_path):
    import json as _json
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(_json.dumps(r, ensure_ascii=False) for r in [
        {"id": "short", "text": "قصفت طائرات مدينة حلب."},
        {"id": "huge", "text": "قال الرئيس " * 2000},
        {"id": "short2", "text": "اعتقلت الشرطة مسلحا في بغداد."}]) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["build", str(p), "-o", str(tmp_path / "o"), "--max-article-chars", "5000"])
    assert r.exit_code == 0, r.output
    assert f"refused: {p}:2: article 'huge' has 22,000 characters" in r.output
    assert "2 articles (1 refused" in r.output
    r = CliRunner().invoke(cli, ["extract", str(p), "--max-article-chars", "5000"])
    ids = [_json.loads(line)["id"] for line in r.output.splitlines() if line.startswith("{")]
    assert ids == ["short", "short2"] and "refused:" in r.output


def test_max_nodes_and_unconnected_shape_the_page(tmp_path):
    import json as _json
    import re as _re

    def nodes(out):
        page = (out / "graph.html").read_text(encoding="utf-8")
        data = _json.loads(_re.search(r'<script id="kg-data" type="application/json">(.*?)</script>',
                                      page, _re.S).group(1))
        return data["nodes"], page, data["meta"]
    invoke("build", SEEDS, "-o", tmp_path / "a")
    invoke("build", SEEDS, "-o", tmp_path / "b", "--max-nodes", "5")
    invoke("build", SEEDS, "-o", tmp_path / "c", "--unconnected", "--max-nodes", "0")
    a, page_a, meta_a = nodes(tmp_path / "a")
    b, page_b, meta_b = nodes(tmp_path / "b")
    c, _, meta_c = nodes(tmp_path / "c")
    # under the cap, the unconnected nodes are in the page: hidden (a) or shown (c) at first
    assert len(b) == 5 < len(a) == len(c)
    assert meta_a["unconnected"] is False and meta_c["unconnected"] is True
    assert meta_a["left"]["unconnected_in"] > 0 and meta_b["left"]["capped"] > 0
    assert "less connected nodes" in page_b and "hidden: " in page_a and "unconnected nodes" in page_a
