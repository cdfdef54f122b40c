import json
from datetime import date

import pytest

from kg.errors import InputError
from kg.io import read_articles


def test_txt_with_sidecar_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("قال الرئيس إن الوضع هادئ.", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2025-03-02", "title": "عنوان",
                                                      "url": "https://example.org/a"}), encoding="utf-8")
    [art] = list(read_articles([tmp_path]))
    assert art.id == "a" and art.published == date(2025, 3, 2)
    assert art.title == "عنوان" and art.url == "https://example.org/a"


def test_published_option_overrides_metadata(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"published": "2025-03-02"}', encoding="utf-8")
    [art] = list(read_articles([tmp_path / "a.txt"], published=date(2024, 1, 1)))
    assert art.published == date(2024, 1, 1)


def test_jsonl_records(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "x", "text": "نص", "published": "2026-01-17", "source": "s"}\n\n'
                 '{"id": "y", "text": "نص آخر"}\n', encoding="utf-8")
    arts = list(read_articles([p]))
    assert [a.id for a in arts] == ["x", "y"]
    assert arts[0].published == date(2026, 1, 17) and arts[1].published is None


@pytest.mark.parametrize("content, message, line", [
    (b"", "empty file", None),
    (b"\x00\x01\x02binary", "binary", None),
    (b"\xff\xfe\xfa not utf8", "not valid UTF-8", 1),
])
def test_bad_txt(tmp_path, content, message, line):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as err:
        list(read_articles([p]))
    assert message in str(err.value) and str(p) in str(err.value)
    assert err.value.line == line


@pytest.mark.parametrize("lines, message, lineno", [
    ('{"id": "a", "text": "x"}\n{"id": "b", "text": \n', "malformed JSON", 2),
    ('{"id": "a"}\n', "'text'", 1),
    ('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n', "duplicate id", 2),
    ('{"id": "a", "text": "x", "published": "17/01/2026"}\n', "ISO date", 1),
    ('[1, 2]\n', "JSON object", 1),
])
def test_bad_jsonl(tmp_path, lines, message, lineno):
    p = tmp_path / "bad.jsonl"
    p.write_text(lines, encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_articles([p]))
    assert message in str(err.value)
    assert f"{p}:{lineno}" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([tmp_path / "nope.txt"]))


def test_atomic_write_replaces_whole_file_with_normal_permissions(tmp_path):
    import os
    import stat
    from kg.io import atomic_write
    p = tmp_path / "out" / "graph.ttl"
    old = os.umask(0o022)
    try:
        atomic_write(p, "أول")
        atomic_write(p, b"second")
    finally:
        os.umask(old)
    assert p.read_bytes() == b"second"
    assert stat.S_IMODE(p.stat().st_mode) == 0o644
    assert [x.name for x in p.parent.iterdir()] == ["graph.ttl"]     # no temporary left


# ------------------------------------------------------------ issue 11: lines, surrogates, gzip, own outputs

@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\u0085", "\r", "\x1c", "\x1e"])
def test_jsonl_lines_split_on_newline_only(tmp_path, sep):
    p = tmp_path / "in.jsonl"
    text = f"قال المتحدث{sep}إن الوضع هادئ"
    p.write_text(json.dumps({"id": "a", "text": text}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "b", "text": "نص"}, ensure_ascii=False) + "\n", encoding="utf-8")
    arts = list(read_articles([p]))
    assert [a.id for a in arts] == ["a", "b"] and arts[0].text == text


def test_lone_surrogate_is_one_line_naming_file_and_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "bad \\ud800 here"}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_articles([p]))
    assert f"{p}:2" in str(err.value) and "surrogate" in str(err.value)
    assert "\n" not in str(err.value)


def test_gzip_jsonl_is_read_as_a_stream(tmp_path):
    import gzip
    p = tmp_path / "news.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"id": f"n{i}", "text": "قصفت طائرات مدينة حلب"}, ensure_ascii=False) + "\n")
    assert [a.id for a in read_articles([p])] == ["n0", "n1", "n2"]
    # folders find .jsonl.gz too
    assert [a.id for a in read_articles([tmp_path])] == ["n0", "n1", "n2"]
    # a truncated stream is a one-line error, not a traceback
    bad = tmp_path / "cut.jsonl.gz"
    bad.write_bytes(p.read_bytes()[:30])
    with pytest.raises(InputError, match="cut.jsonl.gz"):
        list(read_articles([bad]))


def test_outputs_of_a_build_are_never_inputs(tmp_path):
    (tmp_path / "a.txt").write_text("قال الرئيس إن الوضع هادئ.", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.txt").write_text("1 article: 1 entities", encoding="utf-8")
    (out / "graph.ttl").write_text("", encoding="utf-8")
    (out / "notes.txt").write_text("ملاحظة", encoding="utf-8")
    # excluded files and folders are never read; a summary.txt beside a graph.ttl is ours
    assert [a.id for a in read_articles([tmp_path], exclude=[out])] == ["a"]
    assert sorted(a.id for a in read_articles([tmp_path], exclude=[out / "notes.txt"])) == ["a"]
    assert sorted(a.id for a in read_articles([tmp_path])) == ["a", "notes"]
    # a user's own summary.txt (no graph.ttl beside it) is an article
    (tmp_path / "summary.txt").write_text("ملخص", encoding="utf-8")
    assert sorted(a.id for a in read_articles([tmp_path], exclude=[out])) == ["a", "summary"]


def test_duplicate_ids_name_both_lines(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n{"id": "a", "text": "z"}\n',
                 encoding="utf-8")
    with pytest.raises(InputError) as err:
        list(read_articles([p]))
    assert f"{p}:3" in str(err.value) and "first on line 1" in str(err.value)


@pytest.mark.parametrize("a, b", [("news 1", "news-1"), ("news/1", "news%2F1"), ("x", " x"),
                                  ("خبر 1", "خبر-1"), ("a\tb", "a b")])
def test_article_iris_are_injective(a, b):
    from kg.build import article_iri, graph_iri
    assert article_iri(a) != article_iri(b) and graph_iri(a) != graph_iri(b)
    assert article_iri("news-1").endswith("/article/news-1")
