"""kg/ner/gazetteer.py: the generic gazetteers and their features."""
from kg.ner.features import normalize_token, token_features
from kg.ner.gazetteer import lexicon, lookup


def test_lookup_on_normalised_forms_and_stems():
    assert "L" in lookup(normalize_token("القاهرة"), "قاهره")
    assert lookup("حلب", "حلب") == "L"
    assert "N" in lookup("محمد", "محمد")
    assert lookup("وزاره", "وزاره") == "O"
    assert lookup("الرئيس", "رئيس") == "T"
    assert lookup("كتاب", "كتاب") == ""


def test_stopwords_are_left_out():
    lex = lexicon()
    assert "الله" not in lex          # from رام الله
    assert "جنوب" not in lex          # from جنوب أفريقيا
    assert "المدينه" not in lex


def test_gazetteer_class_reaches_token_and_neighbours():
    own, _, before, after, _ = token_features("وبغداد")
    assert "g=L" in own
    assert "g-1=L" in before and "g+1=L" in after
    assert not any(f.startswith("g=") for f in token_features("كتاب")[0])
