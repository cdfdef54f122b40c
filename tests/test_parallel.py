"""kg.parallel: extraction in worker processes gives what one process gives, in order."""
import json

from click.testing import CliRunner

from kg.cli import cli
from kg.jsonl import document_to_record
from kg.model import Article
from kg.parallel import extract_parallel
from kg.pipeline import extract_many

SENTENCES = ["قصفت طائرات التحالف الدولي مواقع لتنظيم الدولة في مدينة الرقة السورية يوم السبت.",
             "اعتقلت الشرطة العراقية القيادي في التنظيم أبو محمد الجبوري في بغداد.",
             "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الرياض.",
             "قتل ثلاثة جنود في هجوم شنه مسلحون مجهولون على حاجز للجيش في العريش."]


def _articles(n):
    return [Article(f"a{i}", SENTENCES[i % 4] + " " + SENTENCES[(i + 1) % 4]) for i in range(n)]


def test_two_workers_give_the_same_documents_in_order():
    arts = _articles(23)
    one = [document_to_record(d) for d in extract_many(arts, batch_size=4)]
    two = [document_to_record(d) for d in extract_parallel(arts, jobs=2, batch_size=4)]
    assert [r["id"] for r in two] == [f"a{i}" for i in range(23)]
    assert two == one


def test_small_input_runs_in_process():
    # one batch: nothing is forked, and the Documents keep the stages' working data
    [doc] = list(extract_parallel(_articles(1), jobs=4, batch_size=4))
    assert doc.sentences


def test_cli_jobs_output_is_byte_identical(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n"
                         for a in _articles(140)), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        r = CliRunner().invoke(cli, ["build", str(p), "-o", str(tmp_path / jobs), "-q", "--jobs", jobs])
        assert r.exit_code == 0, r.output
        outs.append((tmp_path / jobs / "graph.ttl").read_bytes())
        r = CliRunner().invoke(cli, ["extract", str(p), "--jobs", jobs])
        outs.append(r.output)
    assert outs[0] == outs[2] and outs[1] == outs[3]


def test_the_last_batches_are_smaller_and_the_same_whatever_the_jobs():
    """With the input's length known, the last TAPER_BATCHES batches' worth of articles go in
    batches TAPER times smaller (no core waits long for the last one); how the input is cut
    depends on it alone, and the documents are those of one process."""
    from kg.parallel import _batches
    assert [len(b) for b in _batches(range(40), 8, total=40)] == [8, 8, 8] + [2] * 8
    assert [len(b) for b in _batches(range(40), 8)] == [8] * 5
    assert [len(b) for b in _batches(range(10), 8, total=40)] == [8, 2]     # fewer than said
    arts = _articles(23)
    one = [document_to_record(d) for d in extract_many(arts, batch_size=4)]
    two = [document_to_record(d) for d in extract_parallel(arts, jobs=2, batch_size=4, total=23)]
    assert two == one


def _record_work(articles):
    """A build's work stand-in: each batch's ids and the process that took it, appended to a file."""
    import os
    with open(os.environ["KG_TEST_WORK_LOG"], "a", encoding="utf-8") as fh:
        fh.write(json.dumps([os.getpid(), [a.id for a in articles]]) + "\n")
    return [a.id for a in articles]


def test_the_work_is_done_once_here_on_the_warm_up_text_before_the_workers_are_forked(tmp_path, monkeypatch):
    """What a build's work loads on first use (its shapes' plan) is loaded before the fork:
    the work runs first here on kg.pipeline.WARM_TEXT, its result dropped; the workers get
    the articles only."""
    import os
    log = tmp_path / "work.log"
    monkeypatch.setenv("KG_TEST_WORK_LOG", str(log))
    out = list(extract_parallel(_articles(10), jobs=2, batch_size=4, work=_record_work))
    assert out == [f"a{i}" for i in range(10)]
    calls = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert calls[0] == [os.getpid(), ["kg-warm-up"]]
    assert sorted(i for _, ids in calls[1:] for i in ids) == sorted(f"a{i}" for i in range(10))
    assert all(pid != os.getpid() for pid, _ in calls[1:])


def _store_dump(path):
    """Every quad of a store (the status graph's records included), as sorted N-Quads lines."""
    from kg.store import open_store
    st = open_store(path, read_only=True)
    try:
        return sorted(str(q) for q in st.quads_for_pattern(None, None, None, None))
    finally:
        del st


def test_builds_with_two_jobs_write_the_files_and_store_of_one_job(tmp_path):
    """-o alone and -o with --store: graph.ttl, graph.html (made by the corpus pass's second
    process with two jobs) and summary.txt byte for byte, and the same store."""
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n"
                         for a in _articles(140)), encoding="utf-8")
    files = {}
    for jobs in ("1", "2"):
        for kind, extra in (("o", []), ("store", ["--store", str(tmp_path / f"store{jobs}")])):
            out = tmp_path / f"{kind}{jobs}"
            r = CliRunner().invoke(cli, ["build", str(p), "-o", str(out), "-q", "--jobs", jobs] + extra)
            assert r.exit_code == 0, r.output
            files[kind, jobs] = {n: (out / n).read_bytes() for n in ("graph.ttl", "graph.html", "summary.txt")}
    assert files["o", "1"] == files["o", "2"] == files["store", "1"] == files["store", "2"]
    assert b"140 articles" in files["o", "1"]["summary.txt"] and len(files["o", "1"]["graph.html"]) > 10_000
    assert _store_dump(tmp_path / "store1") == _store_dump(tmp_path / "store2")
