"""kg/gates.py: a rule or finder is skipped in a sentence without the cue words it starts from."""
import functools

from kg.relations import RULES, extract_relations
from kg.gates import cue_words, gated

CUES = frozenset({"قائد"})


def starts_from_its_cues(view, kb, out):
    toks = view.tokens
    for i in view.positions(CUES):
        out.append((toks[i].text, i))


def acts_after_its_loop(view, kb, out):
    for i in view.positions(CUES):
        out.append(i)
    out.append("always")


def cues_held_in_a_local(view, kb, out):
    words = CUES | {"زعيم"}
    for i in view.positions(words):
        out.append(i)


def looks_at_slots(view, kb, out):
    for s in view.slots:
        out.append(s)


def test_the_words_a_rule_starts_from_are_read_from_its_loop():
    assert cue_words(starts_from_its_cues) == CUES


def test_a_rule_of_any_other_shape_is_never_skipped():
    assert cue_words(acts_after_its_loop) is None
    assert cue_words(cues_held_in_a_local) is None
    assert cue_words(looks_at_slots) is None
    assert cue_words(len) is None                   # no Python source


def test_most_shipped_rules_are_gated_and_their_words_are_their_loops():
    pairs = gated(RULES)
    assert [r for r, _ in pairs] == list(RULES)
    assert sum(c is not None for _, c in pairs) >= 40
    from kg.relations.leaders import LEAD_CUES, lead_relations
    assert dict(pairs)[lead_relations] == frozenset(LEAD_CUES)


def test_a_rule_runs_only_in_sentences_with_its_words(monkeypatch):
    import kg.relations as rel
    from kg.model import Article
    from kg.pipeline import extract
    from kg.view import build_views
    calls = []

    def spy(view, kb, out):
        for i in view.positions(CUES):
            pass

    @functools.wraps(spy)
    def counted(view, kb, out):       # read as spy (its source), counted at each call
        calls.append(view.sentence.start)
        return spy(view, kb, out)
    text = "قال قائد الجيش اللبناني جوزيف عون إن الوضع مستقر. وزار الرئيس الفرنسي بيروت أمس."
    doc = extract(Article(id="g", text=text))
    monkeypatch.setattr(rel, "RULES", (counted,))
    from kg.pipeline import _resources
    extract_relations(doc, build_views(doc), _resources()[0])
    assert calls == [0]          # the second sentence has no قائد: the rule was not called there


def collects_then_returns(view):
    out = []
    for i in view.positions(CUES):
        out.append(i)
    for i in view.positions(frozenset({"زعيم"})):
        out.append(i)
    return out


def returns_something_else(view):
    out = []
    for i in view.positions(CUES):
        out.append(i)
    return sorted(out)


def test_a_finder_that_collects_into_a_list_is_gated_by_every_loop_words():
    assert cue_words(collects_then_returns) == CUES | {"زعيم"}
    assert cue_words(returns_something_else) is None


def test_trigger_finders_are_gated_and_the_triggers_are_the_same():
    from kg.events import triggers as T
    from kg.model import Article
    from kg.pipeline import extract
    from kg.view import build_views
    assert sum(c is not None for _, c in gated(T.PHRASE_TRIGGERS + T.WORD_FINDERS)) >= 8
    doc = extract(Article(id="t", text="أطلق مسلحون النار على دورية للشرطة في الموصل. وقال الوزير إن الوضع هادئ."))
    first = build_views(doc)[0]
    assert any(etype == "Attack" for _, etype, _ in T.find_triggers(first))     # fire opened, through a gate


def test_the_index_of_cue_words_gives_the_rules_one_set_test_per_rule_would():
    from kg.events import triggers as T
    from kg.gates import Gated, applicable
    from kg.model import Article
    from kg.pipeline import extract
    from kg.view import build_views
    text = ("قال قائد الجيش اللبناني جوزيف عون إن الوضع مستقر. وزار الرئيس الفرنسي بيروت أمس. "
            "أطلق مسلحون النار على دورية للشرطة في الموصل واعتقلت القوات ثلاثة منهم.")
    views = build_views(extract(Article(id="i", text=text)))
    for rules in (RULES, T.WORD_FINDERS, T.PHRASE_TRIGGERS):
        pairs = gated(rules)
        assert isinstance(pairs, Gated)
        for v in views:
            one_by_one = tuple(r for r, c in pairs if c is None or not v._vocab.isdisjoint(c))
            assert applicable(pairs, v) == one_by_one
            assert applicable(tuple(pairs), v) == one_by_one       # a plain tuple: one test per rule
    assert len({len(applicable(gated(RULES), v)) for v in views}) > 1   # the sentences differ
