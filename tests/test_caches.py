"""kg.caches: per-word caches of a fixed size."""
from kg import caches
from kg.caches import WordCache


def counting(limit):
    calls = []

    def compute(word):
        calls.append(word)
        return word[::-1]
    return WordCache(compute, limit), calls


def test_a_word_is_worked_out_once_while_kept():
    cache, calls = counting(10)
    assert list(map(cache.__getitem__, ["قال", "وزير", "قال"])) == ["لاق", "ريزو", "لاق"]
    assert calls == ["قال", "وزير"]


def test_it_never_holds_more_than_its_limit():
    cache, calls = counting(10)
    for k in range(1000):
        cache[f"كلمة{k}"]
        assert len(cache) <= 10
    assert len(calls) == 1000


def test_a_word_looked_up_again_survives_the_turn():
    cache, calls = counting(4)        # two words a generation
    cache["الرئيس"]
    cache["أمس"]                       # the young generation is full
    cache["قال"]                       # turn: الرئيس and أمس are old
    cache["الرئيس"]                    # back from the old generation, not worked out again
    cache["مصدر"]                      # turn: الرئيس (young) survives, أمس is dropped
    cache["الرئيس"]
    assert calls == ["الرئيس", "أمس", "قال", "مصدر"]
    assert "الرئيس" in cache and "أمس" not in cache
    cache["أمس"]
    assert calls[-1] == "أمس"


def test_the_caches_of_extraction_share_one_size():
    from kg.normalize import norm
    from kg.segment import _WORDS
    from kg.view import _STEMS
    assert norm.cache_info().maxsize == caches.WORDS
    assert _WORDS.limit == _STEMS.limit == caches.WORDS


def test_clear_all_empties_every_registered_cache():
    from kg.normalize import norm
    cache, calls = counting(10)
    cache["بيان"]
    norm("بيان")
    caches.clear_all()
    assert len(cache) == 0 and norm.cache_info().currsize == 0
    cache["بيان"]
    assert calls == ["بيان", "بيان"]


def test_a_dropped_cache_leaves_the_registry():
    import gc
    cache, _ = counting(10)
    before = len(caches._CLEARS)
    del cache
    gc.collect()
    caches.clear_all()
    assert len(caches._CLEARS) < before
