"""kg/ner/tagger.py: the shipped model loads and tags raw Arabic sensibly."""
import pytest

from kg.errors import KgError
from kg.ner import Tagger, tag
from kg.ner.evaluate import spans
from kg.ner.tagger import MODEL_PATH


def _entities(tokens, tags):
    return {(kind, " ".join(tokens[s:e])) for kind, s, e in spans(tags)}


def test_person_after_title_and_country_after_fi():
    tokens = "وقال الرئيس الفرنسي جاك شيراك في باريس إن فرنسا سترسل قوات إلى لبنان .".split()
    [tags] = tag([tokens])
    assert len(tags) == len(tokens)
    found = _entities(tokens, tags)
    assert ("PER", "جاك شيراك") in found
    assert ("LOC", "باريس") in found
    assert ("LOC", "لبنان") in found
    assert tags[tokens.index("الرئيس")] == "O"


def test_organisation_with_attached_clitics():
    tokens = "وأعلنت وزارة الخارجية الأمريكية أن الأمم المتحدة سترسل مساعدات إلى العراق .".split()
    [tags] = tag([tokens])
    found = _entities(tokens, tags)
    assert ("ORG", "الأمم المتحدة") in found
    assert ("LOC", "العراق") in found
    assert tags[0] == "O"


def test_tag_shapes_and_empty_sentence():
    out = tag([["في", "بغداد"], [], ["."]])
    assert [len(s) for s in out] == [2, 0, 1]
    assert set(t for s in out for t in s) <= {"O", "B-PER", "I-PER", "B-ORG", "I-ORG",
                                              "B-LOC", "I-LOC"}


def test_tagger_class_same_as_module_function():
    sents = [["التقى", "محمود", "عباس", "في", "رام", "الله", "."]]
    assert Tagger(MODEL_PATH).tag(sents) == tag(sents)


def test_missing_or_bad_model_is_a_project_error(tmp_path):
    with pytest.raises(KgError, match="missing"):
        Tagger(tmp_path / "none.crfsuite")
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model")
    with pytest.raises(KgError, match="not a crfsuite model"):
        Tagger(bad)


def test_model_file_is_small_and_licensed():
    assert MODEL_PATH.stat().st_size < 5_000_000
    licence = (MODEL_PATH.parent / "LICENSE-model.txt").read_text(encoding="utf-8")
    assert "NewsFANE" in licence and "CC BY-SA 3.0" in licence


def test_cross_validation_scores_unseen_folds():
    from kg.ner.train import cross_validate

    names = ["زيد", "عمرو", "بكر", "خالد", "سمير", "نادر", "فارس", "هشام", "رامي", "وليد", "ماهر", "كامل"]
    places = ["حلب", "حمص", "درعا", "ادلب", "الرقه", "تدمر", "منبج", "عفرين", "القامشلي", "الحسكه", "جبله", "بانياس"]
    sents = [[("قال", "O"), (n, "B-PER"), ("في", "O"), (p, "B-LOC"), ("امس", "O")]
             for n, p in zip(names, places)]
    result = cross_validate(sents, folds=3)
    assert result["sentences"] == 12 and result["tokens"] == 60
    assert result["micro"]["gold"] == 24
    # every name in a fold is unseen in training: context alone must carry it
    assert result["micro"]["f1"] > 0.8, result["micro"]
