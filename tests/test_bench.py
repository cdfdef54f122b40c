"""benchmarks/bench.py: the benchmark command on a tiny corpus written here."""
import gzip
import json

from benchmarks.bench import CHUNK, main

ARTICLES = [
    "قال الرئيس الفرنسي إيمانويل ماكرون في باريس إن فرنسا سترسل مساعدات إلى لبنان.",
    "اعتقلت قوات الأمن العراقية أمس ثلاثة عناصر من تنظيم داعش في مدينة الموصل.",
    "التقى وزير الخارجية التركي نظيره الأردني في عمان الأسبوع الماضي.",
]


def test_bench_reports_both_sides_and_their_ratio(tmp_path, capsys):
    corpus = tmp_path / "news.jsonl.gz"
    n = CHUNK + 10         # more than one chunk: the two sides alternate
    with gzip.open(corpus, "wt", encoding="utf-8") as fh:
        for i in range(n):
            rec = {"id": i, "date": "2015-03-01 10:00:00", "text": ARTICLES[i % 3]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "empty", "text": ""}) + "\n")    # skipped: no text
    assert main([str(corpus), "-n", str(n + 5), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["articles"] == n
    assert result["tokens"] > 10 * n
    assert result["camel_articles_per_s"] > 0 and result["kg_articles_per_s"] > 0
    assert result["ratio"] > 0 and result["wall_clock_ratio"] > 0
    assert abs(result["ratio"] - result["kg_articles_per_s"] / result["camel_articles_per_s"]) < 0.01
    assert result["entities"] >= n            # every article names someone or somewhere


def test_bench_missing_corpus_is_a_clear_error(tmp_path, capsys):
    assert main([str(tmp_path / "nope.jsonl.gz")]) == 2
    assert "not found" in capsys.readouterr().err


def test_extract_first_extracts_the_warm_articles_then_the_measured_ones(tmp_path, monkeypatch):
    import kg.pipeline
    from benchmarks import extract_first
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps({"id": i, "text": ARTICLES[i % 3]}, ensure_ascii=False) + "\n"
                              for i in range(6)), encoding="utf-8")
    seen = []
    real = kg.pipeline.extract_many

    def counted(articles, *a, **k):
        seen.append([x.id for x in articles])
        return real(articles, *a, **k)
    monkeypatch.setattr(kg.pipeline, "extract_many", counted)
    assert extract_first.main([str(corpus), "2", "1"]) == 0
    assert seen == [["0"], ["1", "2"]]
