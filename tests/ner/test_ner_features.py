"""kg/ner/features.py: the one token normalisation, clitic stripping, features."""
from kg.ner.features import (FeatureExtractor, normalize_token, sentence_features,
                             strip_clitics, token_features)


def test_normalize_token():
    assert normalize_token("أحمد") == "احمد"
    assert normalize_token("إسرائيل") == "اسرائيل"
    assert normalize_token("آمال") == "امال"
    assert normalize_token("مصطفى") == "مصطفي"
    assert normalize_token("مدينة") == "مدينه"
    assert normalize_token("مُحَمَّد") == "محمد"
    assert normalize_token("جمـــيل") == "جميل"
    assert normalize_token("٢٠١٥") == "2015"


def test_strip_clitics():
    assert strip_clitics("وبتنظيم") == ("وب", "تنظيم")
    assert strip_clitics("للجيش") == ("لل", "جيش")
    assert strip_clitics("والعراق") == ("وال", "عراق")
    assert strip_clitics("بالعراق") == ("بال", "عراق")
    assert strip_clitics("فالحكومه") == ("فال", "حكومه")
    assert strip_clitics("العراق") == ("ال", "عراق")
    assert strip_clitics("ولد") == ("", "ولد")        # too short to strip


def test_clitic_forms_share_the_stem_feature():
    assert "s=تنظيم" in token_features("وبتنظيم")[0]
    assert "s=تنظيم" in token_features("تنظيم")[0]
    assert "s=جيش" in token_features("للجيش")[0]


def test_sentence_features_window_and_boundaries():
    f = sentence_features(["قال", "الرئيس", "محمد"])
    assert len(f) == 3
    assert "w-1=<s>" in f[0] and "w-2=<s>" in f[0]
    assert "w-2=<s>" in f[1] and "w-1=قال" in f[1] and "w+1=محمد" in f[1]
    assert "w-2=قال" in f[2] and "w+1=</s>" in f[2] and "w+2=</s>" in f[2]
    assert "w+2=</s>" in f[1]
    assert sentence_features([]) == []


def test_extractor_keeps_only_known_attributes():
    known = frozenset({"b", "w=قال", "w+1=الرئيس"})
    ex = FeatureExtractor(known)
    f = ex.sentence(["قال", "الرئيس"])
    assert f == [["b", "w=قال", "w+1=الرئيس"], ["b"]]


def test_extractor_keeps_a_frequent_token_across_turns(monkeypatch):
    import kg.ner.features as features
    asked = []
    compute = features.token_features
    monkeypatch.setattr(features, "token_features", lambda t: asked.append(t) or compute(t))
    ex = FeatureExtractor(frozenset({"b", "w=قال"}), max_cache=4)     # two tokens a generation
    for sentence in (["قال", "الوزير"], ["قال", "أمس"], ["قال", "مصدر"], ["قال", "الوزير"]):
        assert ex.sentence(sentence)[0] == ["b", "w=قال"]
    # قال, in every sentence, was worked out once; الوزير, dropped meanwhile, twice
    assert asked.count("قال") == 1 and asked.count("الوزير") == 2
    assert len(ex._cache) <= 4


def test_word_frequencies_normalised_and_ordered():
    from kg.ner.features import word_frequencies

    freq = word_frequencies()
    assert len(freq) > 100_000
    assert "في" in freq and freq["في"] > 7                 # the commonest words: Zipf ~7.5
    assert freq["قال"] > freq["يلتسين"] > 0
    assert "أحمد" not in freq and "احمد" in freq           # keys normalised as tokens are
    assert all(0 < z < 9 for z in list(freq.values())[:1000])


def test_frequency_features():
    own = token_features("وبتنظيم")[0]
    # the word with its clitics is rarer than its stem; the stem takes the article
    zw = float(next(f for f in own if f.startswith("zw="))[3:])
    zs = float(next(f for f in own if f.startswith("zs="))[3:])
    assert zw < zs
    assert any(f.startswith("za=") and f != "za=noal" for f in own)
    # a word unknown to the frequency list gets "na" and no profile
    unknown = token_features("ققققق")[0]
    assert "zw=na" in unknown and "zs=na" in unknown
    assert not any(f.startswith("za=") for f in unknown)
    # the stem's frequency reaches the neighbours
    _, _, before, after, _ = token_features("قال")
    assert any(f.startswith("zs-1=") and f != "zs-1=na" for f in before)
    assert any(f.startswith("zs+1=") for f in after)


def test_tagger_normalisation_is_the_pipelines_on_tokens():
    """The pipeline feeds the tagger normalised tokens (Sentence.norms): the tagger's own
    normalisation must then change nothing, i.e. make the same changes as kg.normalize
    on anything a token can hold (kg.normalize also turns white space into spaces)."""
    from kg.ner import features
    from kg import normalize
    from kg.segment import segment
    extra = {k: v for k, v in normalize._TABLE.items() if k not in features._TABLE}
    assert extra and all(chr(k).isspace() and v == " " for k, v in extra.items())
    assert all(normalize._TABLE[k] == v for k, v in features._TABLE.items())
    text = "أعلنت إسرائيلُ، الأحد ٢٣ تشرين الثاني/نوفمبر، اغتيالَ القيادي في «حماس» بـ«مسيّرة»."
    for s in segment(text):
        assert [normalize_token(n) for n in s.norms] == [normalize_token(t.text) for t in s.tokens]


def test_feature_ids_are_the_features_numbered():
    """token_feature_ids (the tagger's way for new words) gives token_features' attributes as
    the index numbers them, in the same order, -1 for those the index lacks."""
    from kg.ner.features import ID_PART_SIZES, id_parts, token_feature_ids
    from kg.ner.tagger import default_tagger
    words = ("وبتنظيم للجيش قال الرئيس ببغداد والعراق ققققق 2015 , « abc x1 ب ال كتب الكاتبة "
             "واشنطن لل فالسلام سيارة مفخخة").split()
    # the model's own attributes, and a small made-up index holding some of the words' too
    indexes = [default_tagger()._decoder._scorer._index,
               {"b": 0, "w=قال": 1, "s-1=جيش": 2, "zs=na": 3, "za=onlyal": 4, "x+1=A": 5,
                "g=L": 6, "w+2=الرئيس": 7, "l=3": 8, "e+1=يش": 9}]
    for index in indexes:
        ids = token_feature_ids(index)
        for w in words:
            expected = [[index.get(a, -1) for a in part] for part in token_features(w)]
            numbers = ids(w)
            assert len(numbers) == sum(ID_PART_SIZES)      # the parts' sizes never change
            got = [[n for n in part if n != -1] for part in id_parts(numbers)]
            assert got == [[n for n in part if n != -1] for part in expected], w
            # every attribute the index knows is there, and nothing else
            assert sum(len(p) for p in got) == sum(a in index for part in token_features(w) for a in part)


def test_token_feature_ids_keeps_a_bounded_number_of_stems_with_the_same_answers(monkeypatch):
    import kg.ner.features as F
    from kg.caches import WordCache
    from kg.ner.tagger import default_tagger
    index = default_tagger()._decoder._scorer._index
    words = "وبتنظيم للجيش الجيش والجيش قال الرئيس ببغداد والعراق سيارة مفخخة الكاتبة كتب".split()
    expected = [F.token_feature_ids(index)(w) for w in words]
    made = []

    class Small(WordCache):
        def __init__(self, compute, limit=4):
            super().__init__(compute, limit)
            made.append(self)
    monkeypatch.setattr(F, "WordCache", Small)
    ids = F.token_feature_ids(index)
    assert [ids(w) for w in words + words] == expected + expected
    assert made and all(len(cache) <= 4 for cache in made)
