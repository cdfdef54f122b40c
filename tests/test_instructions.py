"""benchmarks/instructions.py: the callgrind instruction count, its output read and the
extraction it counts, on articles written here (valgrind itself is not run: it takes a
minute)."""
import json

import pytest

from benchmarks.instructions import _child, main, totals

CALLGRIND_OUTPUT = """# callgrind format
version: 1
creator: callgrind-3.19.0
events: Ir
summary: 0
totals: 5040413750
"""


def test_the_total_is_read_from_the_totals_line():
    assert totals(CALLGRIND_OUTPUT) == 5040413750
    with pytest.raises(ValueError):
        totals("events: Ir\n")


def test_the_child_extracts_between_the_signals(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": "التقى وزير الخارجية التركي نظيره الأردني في عمان."},
                                           ensure_ascii=False) for i in range(4)), encoding="utf-8")
    signals = tmp_path / "signal"
    # the parent's signals, given beforehand: the child goes through without waiting
    signals.with_suffix(".go").touch()
    signals.with_suffix(".stop").touch()
    _child(signals, corpus, 4)
    assert signals.with_suffix(".ready").exists() and signals.with_suffix(".done").exists()


def test_a_missing_corpus_is_an_error(tmp_path, capsys):
    assert main([str(tmp_path / "none.jsonl.gz")]) == 2
    assert "not found" in capsys.readouterr().err
