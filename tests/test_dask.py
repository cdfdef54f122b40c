"""kg.dask_engine: ``kg build --engine dask`` gives what ``--jobs 1`` gives, on a real Dask cluster
on loopback (CI installs kg[dask] through the test extra)."""
import json
import sys
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.jsonl import document_to_record
from kg.model import Article
from kg.pipeline import extract_many

distributed = pytest.importorskip("distributed", reason="kg[dask] is not installed")

SENTENCES = ["قصفت طائرات حربية مواقع للمسلحين قرب مدينة الموصل فجر الأحد.",
             "اعتقلت قوات الأمن التونسية عنصرين من تنظيم القاعدة في مدينة صفاقس.",
             "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الفرنسي في القاهرة.",
             "قتل خمسة مدنيين في انفجار سيارة مفخخة في سوق شعبي ببغداد."]


def _articles(n):
    return [Article(f"d{i}", SENTENCES[i % 4] + " " + SENTENCES[(i + 2) % 4]) for i in range(n)]


def _jsonl(tmp_path, n):
    p = tmp_path / "in.jsonl"
    p.write_text("".join(json.dumps({"id": a.id, "text": a.text}, ensure_ascii=False) + "\n"
                         for a in _articles(n)), encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and one single-threaded worker inside this process, on 127.0.0.1."""
    c = distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, host="127.0.0.1",
                                 protocol="tcp://", scheduler_port=0,
                                 dashboard_address=None)
    yield c
    c.close()


def test_documents_come_back_in_input_order(cluster):
    from kg.dask_engine import extract_on_client
    arts = _articles(11)
    with distributed.Client(cluster) as client:
        got = [document_to_record(d) for d in extract_on_client(client, arts, batch_size=3)]
    assert [r["id"] for r in got] == [a.id for a in arts]
    assert got == [document_to_record(d) for d in extract_many(arts, batch_size=3)]


def test_build_on_a_scheduler_is_byte_identical_to_one_job(cluster, tmp_path):
    src = _jsonl(tmp_path, 140)          # three batches of 64
    outs = []
    for name, extra in (("local", ["--jobs", "1"]), ("dask", ["--engine", "dask", "--scheduler",
                                                               cluster.scheduler_address])):
        r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / name), "-q"] + extra)
        assert r.exit_code == 0, r.output
        outs.append([(tmp_path / name / f).read_bytes() for f in ("graph.ttl", "summary.txt")])
    assert outs[0] == outs[1]
    assert b"140 articles" in outs[1][1]


def test_build_on_its_own_local_cluster_and_into_a_store(tmp_path):
    # no scheduler: a LocalCluster of --jobs worker processes on loopback, started and stopped
    src = _jsonl(tmp_path, 70)
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "one"), "-q", "--jobs", "1"])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(cli, ["build", str(src), "-o", str(tmp_path / "two"), "--store",
                                 str(tmp_path / "store"), "-q", "--engine", "dask", "--jobs", "2"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()
    r = CliRunner().invoke(cli, ["verify", str(tmp_path / "store")])
    assert r.exit_code == 0 and "articles complete: 70" in r.output, r.output


def test_without_dask_one_line_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)      # import distributed -> ImportError
    r = CliRunner().invoke(cli, ["build", str(_jsonl(tmp_path, 1)), "-o", str(tmp_path / "o"),
                                 "--engine", "dask"])
    assert r.exit_code != 0
    assert r.output.strip().count("\n") == 0, r.output
    assert "pip install 'kg[dask]'" in r.output
    assert not (tmp_path / "o").exists()


def test_unreachable_scheduler_is_one_line(tmp_path, monkeypatch):
    import socket

    import kg.dask_engine
    monkeypatch.setattr(kg.dask_engine, "CONNECT_TIMEOUT", "2s")
    with socket.socket() as s:            # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = CliRunner().invoke(cli, ["build", str(_jsonl(tmp_path, 1)), "-o", str(tmp_path / "o"),
                                 "--engine", "dask", "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert r.exit_code != 0
    assert r.output.strip().count("\n") == 0, r.output
    assert f"cannot reach the Dask scheduler tcp://127.0.0.1:{port}" in r.output
    assert not (tmp_path / "o").exists()


def test_scheduler_needs_the_dask_engine(tmp_path):
    r = CliRunner().invoke(cli, ["build", str(_jsonl(tmp_path, 1)), "-o", str(tmp_path / "o"),
                                 "--scheduler", "tcp://127.0.0.1:8786"])
    assert r.exit_code == 2 and "--scheduler is for --engine dask" in r.output


def test_workers_dying_on_a_batch_is_one_line():
    from kg.dask_engine import DaskEngineError, _result

    class Died:
        def result(self):
            raise distributed.KilledWorker("_work-1f2e", SimpleNamespace(address="tcp://127.0.0.1:4242"), 3)
    with pytest.raises(DaskEngineError, match="Dask workers died extracting a batch") as info:
        _result(Died())
    assert "\n" not in str(info.value)
