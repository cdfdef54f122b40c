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
