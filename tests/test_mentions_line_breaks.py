"""A person's name broken by a line made one mention (kg/mentions_line_breaks.py)."""
from kg.model import Mention
from kg.segment import segment


def _person(text, words, source="ner"):
    start = text.index(words)
    return Mention(start, start + len(words), words, "Person", source=source)


def test_a_name_broken_after_a_verb_of_speech_is_one_person():
    from kg.mentions_line_breaks import names_across_line_breaks

    text = "وفي المؤتمر، قال ناصيف\nالبرغوثي، وهو عضو في اللجنة، إن العمل مستمر."
    found = names_across_line_breaks(segment(text), text, [_person(text, "البرغوثي")])
    assert [m.text for m in found] == ["ناصيف\nالبرغوثي"]


def test_two_one_word_persons_across_a_bare_line_break_are_one_and_a_punctuated_break_parts_them():
    from kg.mentions_line_breaks import names_across_line_breaks

    text = "ورأى الوفد أن جميل\nالعكاوي سيزور المدينة."
    found = names_across_line_breaks(segment(text), text, [_person(text, "جميل"), _person(text, "العكاوي")])
    assert [(m.start, m.text) for m in found] == [(text.index("جميل"), "جميل\nالعكاوي")]
    text = "وصل جميل.\nالعكاوي سيزور المدينة."
    persons = [_person(text, "جميل"), _person(text, "العكاوي")]
    assert names_across_line_breaks(segment(text), text, persons) == persons


def test_a_common_word_ending_the_line_joins_no_name():
    from kg.mentions_line_breaks import names_across_line_breaks

    text = "وقال المتحدث أمس\nسامي الحداد إن الوضع هادئ."
    persons = [_person(text, "سامي الحداد", "pattern")]
    assert names_across_line_breaks(segment(text), text, persons) == persons
