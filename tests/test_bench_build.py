"""benchmarks/bench_build.py: the corpus-build benchmark on a tiny corpus written here."""
import gzip
import json

from benchmarks.bench_build import main

ARTICLES = [
    "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا سترسل مساعدات إلى لبنان.",
    "اعتقلت قوات الأمن العراقية أمس ثلاثة عناصر من تنظيم داعش في مدينة الموصل.",
    "التقى وزير الخارجية التركي نظيره الأردني في عمان الأسبوع الماضي.",
]


def test_bench_build_reports_store_and_outdir_only_builds_with_the_same_graph(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl.gz"
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(6):
            fh.write(json.dumps({"id": i, "date": "2015-03-01 10:00:00", "text": ARTICLES[i % 3]},
                                ensure_ascii=False) + "\n")
    keep = tmp_path / "keep"
    main([str(corpus), "-n", "6", "--jobs", "1,2", "--keep", str(keep), "--rdflib-timeout", "20",
          "--json", str(tmp_path / "m.json")])
    report = capsys.readouterr().out
    assert "-o OUTDIR alone (no store):" in report and "6        speed-up: 2 jobs " in report
    rows = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert [r["n"] for r in rows] == [6]
    for jobs in ("1", "2"):
        r = rows[0]["jobs"][jobs]
        assert r["build"]["articles"] == r["build_o"]["articles"] == r["extract"]["articles"] == 6
    ttl = {p.parent.name: p.read_bytes() for p in keep.glob("*-6-*/graph.ttl")}
    assert sorted(ttl) == ["o-6-1", "o-6-2", "out-6-1", "out-6-2"]
    assert len(set(ttl.values())) == 1               # with or without a store, 1 or 2 jobs
    assert not list(keep.glob("o-6-*/.kg-spool"))


def test_bench_build_without_a_store_measures_the_outdir_builds_only(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": ARTICLES[i % 3]}, ensure_ascii=False) + "\n"
                              for i in range(4)), encoding="utf-8")
    main([str(corpus), "-n", "2,4", "--jobs", "1", "--no-store", "--json", str(tmp_path / "m.json")])
    report = capsys.readouterr().out
    assert "-o OUTDIR alone (no store):" in report and "queries at" not in report
    assert "peak RSS at N=4 / N=2" in report
    rows = json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))
    assert [(r["n"], sorted(r["jobs"]["1"])) for r in rows] == [(2, ["build_o", "extract"]), (4, ["build_o", "extract"])]
