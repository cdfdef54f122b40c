"""kg/lexicon.py: clitic readings and the words read as a stem."""
from kg.lexicon import strip_clitics, words_read_as
from kg.normalize import norm


def test_words_read_as_holds_every_word_read_as_the_stem():
    words = [norm(w) for w in ("للجيش والجيش وبالجيش فللجيش الجيش بجيش وكالمدينة فالعلي "
                               "ولسعيد وبسعيد سعيد كتاب وكتاب ف وب").split()]
    for w in words:
        for _, stem in strip_clitics(w):
            assert w in words_read_as({stem}), (w, stem)
    assert norm("للجيش") in words_read_as({norm("الجيش")})   # لل = ل + ال
    assert norm("والعلي") in words_read_as({norm("العلي")})
    # a word that no clitic reads as the stem is not there
    assert norm("الجيوش") not in words_read_as({norm("الجيش")})
    assert words_read_as(set()) == frozenset()


def test_during_after_a_post_is_no_name():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import run
    doc = run("وأضاف أن نائب الرئيس الإيراني إبان زيارته الخرطوم وافق على التمويل، وأن الوزير أثناء الزيارة "
              "تفقد المشاريع.")
    assert not [e for e in doc.entities if e.type == "Person"]
