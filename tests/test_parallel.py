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
