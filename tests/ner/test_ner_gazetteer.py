"""kg/ner/gazetteer.py: the generic gazetteers and their features."""
from kg.ner.features import normalize_token, token_features
from kg.ner.gazetteer import lexicon, lookup


def test_lookup_on_normalised_forms_and_stems():
    assert "L" in lookup(normalize_token("القاهرة"), "قاهره")
    assert "L" in lookup("حلب", "حلب")
    assert "N" in lookup("محمد", "محمد")
    assert "O" in lookup("وزاره", "وزاره")
    assert "T" in lookup("الرئيس", "رئيس")
    assert lookup("استهداف", "استهداف") == ""


def test_stopwords_are_left_out_of_the_hand_written_lists():
    lex = lexicon()
    assert "L" not in lex.get("الله", "")      # from رام الله (a word of personal names, P, all the same)
    assert "L" not in lex.get("جنوب", "")      # from جنوب أفريقيا
    assert "L" not in lex.get("المدينه", "")


def test_gazetteer_class_reaches_token_and_neighbours():
    own, _, before, after, _ = token_features("وبغداد")
    g = next(f for f in own if f.startswith("g="))
    assert "L" in g
    assert "g-1=" + g[2:] in before and "g+1=" + g[2:] in after
    assert not any(f.startswith("g=") for f in token_features("استهداف")[0])


def test_derived_lists_mark_person_and_place_words():
    # arabnamer's name dictionary: Arab and foreign personal names
    assert "P" in lookup("يلتسين", "يلتسين")
    assert "P" in lookup(normalize_token("أحمد"), normalize_token("أحمد"))
    # GeoNames: a one-word place name, and a word of a longer one (بيت لحم)
    assert "C" in lookup("بعقوبه", "بعقوبه")
    assert "c" in lookup("لحم", "لحم")
    assert lookup("استهداف", "استهداف") == ""


def test_knowledge_base_names_by_type():
    lex = lexicon()
    # words of the Arabic names of knowledge-base entities: a Person, an Organization, a Place
    assert "a" in lex["ترامب"]
    assert "b" in lex["حماس"]
    assert "d" in lex["سوريا"]
    assert "a" not in lex["حماس"] and "b" not in lex["ترامب"]


def test_derived_lists_are_normalised_like_tokens():
    from kg.ner.gazetteer import derived_lists

    for cls, words in derived_lists():
        assert words, cls
        for w in words[:2000]:
            assert w == normalize_token(w), (cls, w)


def test_every_lexicon_file_has_its_source_and_licence():
    from kg.ner.gazetteer import DATA

    notice = (DATA / "LICENSE.txt").read_text(encoding="utf-8")
    files = sorted(p.name for p in DATA.iterdir() if p.name != "LICENSE.txt")
    assert files == ["names_family.txt", "names_full.tsv.gz", "names_given.txt",
                     "person_names.txt", "place_names.txt", "wordfreq_ar.txt.gz"]
    for name in files:
        assert name in notice
    for licence in ("CC BY-SA 4.0", "CC BY 4.0", "GeoNames", "arabnamer", "wordfreq", "CC0 1.0",
                    "Wikidata", "arabic-name-romanizer"):
        assert licence in notice
