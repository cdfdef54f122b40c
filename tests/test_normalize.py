from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (normalize_alef_ar, normalize_alef_maksura_ar,
                                         normalize_teh_marbuta_ar)

from kg.normalize import norm, normalize_text


def test_norm_matches_camel_tools_normalisers():
    words = ["أحمد", "إسرائيل", "آذار", "مستشفى", "الدولة", "قُتِلَ", "الإسلاميّة"]
    for w in words:
        camel = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(dediac_ar(w))))
        assert norm(w) == camel, w


def test_nbsp_and_tatweel():
    assert norm("أحمد\u00a0الشرع") == "احمد الشرع"
    assert norm("الـدولـة") == "الدوله"


def test_offset_map_points_into_original():
    text = "قال أحمد\u00a0الشرع إنه قُتِل"
    nt = normalize_text(text)
    i = nt.text.index("الشرع")
    s, e = nt.to_original(i, i + len("الشرع"))
    assert text[s:e] == "الشرع"
    j = nt.text.index("قتل")
    s, e = nt.to_original(j, j + 3)
    assert text[s:e] == "قُتِل"
    assert len(nt.text) == len(nt.offsets)


def test_normalize_chars_is_the_table_translation():
    import random
    from kg.normalize import NORM_TABLE, normalize_chars
    alphabet = [chr(k) for k in NORM_TABLE] + list("ابتثجحخدذرزسشصضطظعغفقكلمنهوي abc.،؟\u0640")
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert normalize_chars(text) == text.translate(NORM_TABLE)
    text = "قُتِلَ أحمدُ في ٢٠١٥\u00a0بمدينة\u200fإدلب ـــ مصطفى"
    assert normalize_chars(text) == text.translate(NORM_TABLE)


def test_persian_keyboard_letters_read_as_their_arabic_ones():
    assert norm("الحوثیین فی صنعاء") == norm("الحوثيين في صنعاء")
    assert norm("کتائب حزب الله") == norm("كتائب حزب الله")
    assert norm("الجبھه") == "الجبهه"
    nt = normalize_text("قال الوزیر")            # one character for one: offsets unchanged
    assert nt.text == "قال الوزير" and nt.to_original(4, 10) == (4, 10)


def test_persian_keyboard_text_finds_the_same_entities():
    from kg.model import Article
    from kg.pipeline import extract
    text = "قال وزير الخارجية السعودي عادل الجبير إن قوات التحالف شنت غارات على مواقع الحوثيين في صنعاء أمس."
    persian = text.replace("ي", "ی").replace("ك", "ک")

    def found(t):
        return sorted((e.type, e.name_ar) for e in extract(Article(id="p", text=t)).entities)
    assert found(persian) == found(text)


def _presentation_forms(text):
    """The text written with the isolated presentation form of each letter (as text copied
    from a PDF has them), the lam-alef pair as its ligature."""
    import unicodedata
    isolated = {}
    for cp in range(0xFE80, 0xFEF5):
        isolated.setdefault(unicodedata.normalize("NFKC", chr(cp)), chr(cp))
    return "".join(isolated.get(c, c) for c in text.replace("لا", "\uFEFB"))


def test_presentation_forms_read_as_their_letters():
    text = "قتل مسلحون الالتفات في الموصل"
    shaped = _presentation_forms(text)
    assert shaped != text and norm(shaped) == norm(text)
    nt = normalize_text(shaped)
    assert nt.text == norm(text) and len(nt.text) == len(nt.offsets)
    s, e = nt.to_original(nt.text.index("الموصل"), nt.text.index("الموصل") + 6)
    assert shaped[s:e] == _presentation_forms("الموصل")
    from kg.normalize import normalize_chars
    assert normalize_chars(_presentation_forms("قتل مسلحون")) == norm("قتل مسلحون")


def test_presentation_forms_text_finds_the_same_entities_with_plain_labels():
    from kg.model import Article
    from kg.pipeline import extract
    text = ("قال وزير الخارجية السعودي عادل الجبير إن قوات التحالف شنت غارات على مواقع الحوثيين في صنعاء "
            "أمس، وقال القيادي في المقاومة سامر خليل العلي إن الغارات دمرت مخازن.")

    def found(t):
        return sorted((e.type, e.name_ar) for e in extract(Article(id="p", text=t)).entities)
    assert ("Person", "سامر خليل العلي") in found(text)
    assert found(_presentation_forms(text)) == found(text)


def test_the_common_word_characters_are_word_characters():
    # listed beside \w in the regexes run over every character (kg.segment, kg.dates): a
    # character \w lacks would change what they match
    import re
    from kg.normalize import COMMON_WORD_CHARS
    listed = re.compile("[" + COMMON_WORD_CHARS + "]")
    chars = [chr(c) for c in range(0x10000) if listed.match(chr(c))]
    assert len(chars) > 100 and "ب" in chars and "٣" in chars and "x" in chars
    assert all(re.match(r"\w", c) for c in chars)
    assert not listed.match("،") and not listed.match("\u064E")   # a comma, a fatha


def test_table_chars_finds_the_characters_a_table_maps():
    # norm and the tagger translate only a word that holds one (most hold none)
    from kg.normalize import NORM_TABLE, table_chars
    mapped = table_chars(NORM_TABLE)
    assert mapped("مُحمد") and mapped("أحمد") and mapped("مدرسة") and mapped("على") and mapped("a\u00a0b")
    assert not mapped("محمد") and not mapped("مدرسه") and not mapped("Reuters 2015")
    for word in ("مُحمد", "أحمد", "مدرسة", "محمد", "إلى"):
        assert norm(word) == word.translate(NORM_TABLE)


def test_plain_letters_writes_presentation_forms_as_letters_only():
    from kg.normalize import plain_letters
    assert plain_letters(_presentation_forms("قوات التحالف")) == "قوات التحالف"
    assert plain_letters("قُتل في الموصل") == "قُتل في الموصل"       # nothing else changes
