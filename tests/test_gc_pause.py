"""kg/gc_pause.py: the cyclic garbage collector paused around work that makes many objects."""
import gc

import pytest

from kg.gc_pause import gc_paused


def test_paused_inside_and_restored_after_even_on_an_error():
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with gc_paused():
            raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_callers_own_pause_is_kept():
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_build_lays_out_and_writes_the_explorer_with_the_collector_paused(tmp_path, monkeypatch):
    import kg.api
    import kg.export
    real, seen = kg.export.export, []

    def watched(graph, path, fmt, **options):
        seen.append((fmt, gc.isenabled()))
        return real(graph, path, fmt, **options)
    monkeypatch.setattr(kg.export, "export", watched)
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "g1", "text": "قال الجيش اللبناني إن قوة أمنية اعتقلت مسلحين في طرابلس."}\n',
                   encoding="utf-8")
    kg.api.build([src], outdir=tmp_path / "out", jobs=1)
    assert ("html", False) in seen and gc.isenabled()
    assert (tmp_path / "out" / "graph.html").is_file()
