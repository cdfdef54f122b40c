"""kg/mention_gates.py: a mention finder or pattern rule is skipped only where it finds nothing.

The gates are checked two ways: on small sentences of their own, and over every sentence of
the annotated sets (eval/dev.jsonl, eval/train*.jsonl), where each declared finder and rule
runs ungated and must find nothing wherever its gate would skip it.
"""
import importlib
import inspect
import json
import pkgutil
from functools import lru_cache
from pathlib import Path

import pytest

import kg
from kg.kb import load_kb
from kg.lexicon import strip_clitics
from kg.mention_gates import (applies, at_readings, cue_words, found_by, runs, sentence_words,
                              starts_from)
from kg.normalize import norm
from kg.segment import segment

ROOT = Path(__file__).resolve().parent.parent
WORDS = frozenset({"قائد"})


@starts_from(WORDS)
def leaders(tokens, norms, blocked):
    return [(i, i + 1) for i, n in enumerate(norms) if n in WORDS]


def everything(tokens, norms, blocked):
    return [(i, i + 1) for i in range(len(norms))]


def test_a_finder_runs_only_in_sentences_with_its_words():
    with_cue, without = segment("وصل القائد إلى المدينة. قائد الكتيبة وصل أمس.")[1], \
        segment("وصل الوزير إلى المدينة أمس.")[0]
    assert runs(leaders, sentence_words(with_cue.norms))
    assert found_by(leaders, sentence_words(with_cue.norms), with_cue.tokens, with_cue.norms, set()) == [(0, 1)]
    assert not runs(leaders, sentence_words(without.norms))
    assert found_by(leaders, sentence_words(without.norms), without.tokens, without.norms, set()) == []


def test_a_finder_without_a_declaration_always_runs():
    s = segment("وصل الوزير إلى المدينة أمس.")[0]
    assert cue_words(everything) is None
    assert runs(everything, frozenset())
    assert found_by(everything, sentence_words(s.norms), s.tokens, s.norms, set()) == everything(s.tokens, s.norms, set())


def test_words_given_as_a_function_are_read_once():
    calls = []

    @starts_from(lambda: calls.append(1) or {"قائد"})
    def finder(tokens, norms, blocked):
        return []

    assert runs(finder, {"قائد"}) and not runs(finder, {"وزير"})
    assert calls == [1]



def test_the_sentence_words_tell_each_declared_finder_apart():
    # the mask of a sentence's words answers as the set test on the finder's own words does
    with_cue = sentence_words(segment("قائد الكتيبة وصل أمس.")[0].norms)
    without = sentence_words(segment("وصل الوزير إلى المدينة أمس.")[0].norms)
    assert with_cue == frozenset(segment("قائد الكتيبة وصل أمس.")[0].norms)
    assert with_cue.live & leaders.gate_bit and not without.live & leaders.gate_bit
    assert runs(leaders, with_cue) and not runs(leaders, without)
    assert runs(leaders, set(with_cue)) and not runs(leaders, set(without))   # plain sets too
    assert runs(everything, without)                 # undeclared: always


def test_a_finder_declared_after_the_words_were_read_runs():
    words = sentence_words(segment("وصل الوزير إلى المدينة أمس.")[0].norms)

    @starts_from({"قائد"})
    def late(tokens, norms, blocked):
        return [(0, 1)]

    assert found_by(late, words, [], [], set()) == [(0, 1)]      # ungated: not in its mask
    assert found_by(late, sentence_words(["وصل", "الوزير"]), [], [], set()) == []


def test_a_rule_is_tried_at_the_readings_it_declares():
    @at_readings(stems={"الوزير"}, bares={"جيش"}, words={"للواء"})
    def rule(s, i, clitic, stem, bare):
        return None

    assert applies(rule, "والوزير", "الوزير", "وزير")
    assert applies(rule, "الجيش", "الجيش", "جيش")
    assert applies(rule, "للواء", "اللواء", "لواء")
    assert not applies(rule, "والمدير", "المدير", "مدير")
    assert applies(lambda *a: None, "والمدير", "المدير", "مدير")      # no declaration: always


def test_pattern_rules_skip_the_cues_they_do_not_start_from():
    from kg.mentions_patterns import _FIRST_PASS, _SECOND_PASS, _org_name, _titled_name
    readings = dict((stem, rules) for _, stem, _, rules in _SECOND_PASS[norm("ووزارة")])
    assert _org_name in readings[norm("وزارة")] and _titled_name not in readings[norm("وزارة")]
    assert all(_titled_name not in rules for *_, rules in _FIRST_PASS[norm("القيادي")])
    assert any(_titled_name in rules for *_, rules in _SECOND_PASS[norm("القيادي")])


# --- the gates against the finders themselves, over the annotated sets -----------------

@lru_cache(maxsize=1)
def _sentences():
    """``(text, sentence, spans)`` for every sentence of the annotated sets, ``spans`` the
    ``(i, j, mention)`` find_mentions finds in it (what a finder reading others' spans sees)."""
    from kg.mentions import find_mentions
    from kg.mentions_headless import _token_span
    from kg.pipeline import article_from_record, stage_segment
    kb = load_kb()
    out = []
    for path in sorted((ROOT / "eval").glob("train*.jsonl")) + [ROOT / "eval" / "dev.jsonl"]:
        for k, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                doc = stage_segment(article_from_record({"id": str(k), "text": json.loads(line)["text"]}))
                mentions = find_mentions(doc, kb)
                for s in doc.sentences:
                    inside = [m for m in mentions if s.start <= m.start and m.end <= s.end]
                    out.append((doc.text, s, [(*_token_span(s.tokens, m), m) for m in inside]))
    return out


def _declared_finders():
    """Every function of a kg.mentions_* module declaring the words it starts from."""
    found = {}
    for info in pkgutil.iter_modules(kg.__path__):
        if info.name.startswith("mentions"):
            module = importlib.import_module(f"kg.{info.name}")
            for _, f in inspect.getmembers(module, inspect.isfunction):
                if cue_words(f) is not None:
                    found[f"{f.__module__}.{f.__name__}"] = f
    return found


def test_the_shipped_finders_declare_their_words():
    names = set(_declared_finders())
    assert {"kg.mentions_roles.role_mentions", "kg.mentions_groups.liberation_front_spans",
            "kg.mentions_places.prefixed_place_spans", "kg.mentions_aliases.alias_mentions"} <= names
    assert len(names) >= 15


def test_no_gated_finder_would_have_found_something_where_it_is_skipped():
    kb = load_kb()
    finders = _declared_finders()
    assert len(_sentences()) > 500
    checked = 0
    for text, s, spans in _sentences():
        words = sentence_words(s.norms)
        for name, finder in finders.items():
            if runs(finder, words):
                continue
            args = {"tokens": s.tokens, "norms": s.norms, "text": text, "blocked": set(), "taken": set(),
                    "spans": spans, "kb": kb}
            params = [p for p in inspect.signature(finder).parameters.values() if p.default is p.empty]
            missing = [p.name for p in params if p.name not in args]
            assert not missing, f"{name}: no value for {missing} here (add one to this test)"
            assert not finder(*(args[p.name] for p in params)), (name, text[s.start:s.end])
            checked += 1
    assert checked > 1000


def test_no_pattern_rule_would_have_matched_where_it_is_not_tried():
    from kg.mentions_patterns import BODY_AND_PLACE_RULES, PERSON_RULES, _Sentence, _bare
    kb = load_kb()
    rules = [r for r in BODY_AND_PLACE_RULES + PERSON_RULES if getattr(r, "readings", None) is not None]
    assert len(rules) >= 14
    skipped = 0
    for text, sent, _ in _sentences():
        s = _Sentence(sent.tokens, text, kb, set(), [])
        for i, word in enumerate(sent.norms):
            for clitic, stem in strip_clitics(word):
                bare = _bare(stem)
                for rule in rules:
                    if not applies(rule, word, stem, bare):
                        skipped += 1
                        assert rule(s, i, clitic, stem, bare) is None, (rule.__name__, word, text[sent.start:sent.end])
    assert skipped > 10000


@pytest.mark.parametrize("text", [
    "قالت وزارة الدفاع إن القوات الأمريكية دخلت مدينة حلب.",
    "وأعلن القيادي سامر خليل أن جبهة تحرير الجنوب تسمي نفسها كذلك.",
])
def test_gated_patterns_find_what_ungated_ones_do(text, monkeypatch):
    import kg.mentions_patterns as mp
    sent = segment(text)[0]
    kb = load_kb()
    gated = [(m.start, m.end, m.type) for m in mp.pattern_mentions(sent.tokens, text, kb, set())]
    for rule in mp.BODY_AND_PLACE_RULES + mp.PERSON_RULES:
        monkeypatch.delattr(rule, "readings", raising=False)
    monkeypatch.setattr(mp, "_SECOND_PASS", mp.WordCache(
        lambda w: mp._readings(w, mp.BODY_AND_PLACE_RULES + mp.PERSON_RULES)))
    ungated = [(m.start, m.end, m.type) for m in mp.pattern_mentions(sent.tokens, text, kb, set())]
    assert gated == ungated and gated
