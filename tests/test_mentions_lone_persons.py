"""One-word persons of the tagger alone, kept only where a name stands (kg/mentions_lone_persons.py)."""
from kg.model import Mention
from kg.segment import segment


def _tagger_person(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), word, "Person", source="ner")


def test_a_one_word_tagger_person_with_no_cue_is_dropped_one_after_a_verb_of_speech_stays():
    from kg.kb import load_kb
    from kg.mentions_lone_persons import lone_tagger_persons_dropped

    text = "وعرضت دار «بورتيلا» أزياءها في الصالة، وقال ماركوني إن العرض نجح."
    found = [_tagger_person(text, "بورتيلا"), _tagger_person(text, "ماركوني")]
    kept = lone_tagger_persons_dropped(segment(text), found, load_kb())
    assert [m.text for m in kept] == ["ماركوني"]


def test_a_one_word_tagger_person_stays_after_a_trade_or_a_nationality_or_before_a_post():
    from kg.kb import load_kb
    from kg.mentions_lone_persons import lone_tagger_persons_dropped

    text = ("وأشرك المدرب فالديني لاعبين جددا، وسجل الروماني بوتيسكو هدفا. "
            "وحضر كارلوني، المتحدث باسم النادي، التمرين، ونشرت فوريلا صورا.")
    words = ["فالديني", "بوتيسكو", "كارلوني", "فوريلا"]
    kept = lone_tagger_persons_dropped(segment(text), [_tagger_person(text, w) for w in words], load_kb())
    assert [m.text for m in kept] == ["فالديني", "بوتيسكو", "كارلوني"]


def test_a_one_word_tagger_person_stays_when_a_known_name_or_a_longer_name_of_the_article():
    from kg.mentions_lone_persons import lone_tagger_persons_dropped

    text = "التقى الوفد بيترو لانزوني في روما، ثم زار لانزوني المتحف ورافقه سعيد."
    full = Mention(text.index("بيترو"), text.index("بيترو") + len("بيترو لانزوني"), "بيترو لانزوني", "Person",
                   source="pattern")
    found = [full, _tagger_person(text, "لانزوني", 1), _tagger_person(text, "سعيد")]
    assert lone_tagger_persons_dropped(segment(text), found) == found
    assert lone_tagger_persons_dropped(segment(text), found[1:]) == found[2:]


def test_a_one_word_tagger_person_listed_with_a_person_stays():
    from kg.mentions_lone_persons import lone_tagger_persons_dropped

    text = "وقرأ الطلاب كتب فرانز كافكا وبيسوا، وتحدثوا عن مقهى «بيسولا» في المدينة."
    full = Mention(text.index("فرانز"), text.index("فرانز") + len("فرانز كافكا"), "فرانز كافكا", "Person",
                   source="pattern")
    found = [full, _tagger_person(text, "بيسوا"), _tagger_person(text, "بيسولا")]
    assert lone_tagger_persons_dropped(segment(text), found) == found[:2]
