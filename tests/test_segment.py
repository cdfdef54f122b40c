from camel_tools.tokenizers.word import simple_word_tokenize

from kg.segment import segment, split_sentences, tokenize


def test_tokens_agree_with_camel_tools_on_plain_text():
    text = "قال المتحدث باسم الجيش، أمس: \"قتلنا 20 مسلحا\" في إدلب."
    assert [t.text for t in tokenize(text)] == simple_word_tokenize(text)


def test_token_offsets_and_diacritics():
    text = "وأنه قُتِل في غارة"
    toks = tokenize(text)
    assert [t.text for t in toks] == ["وأنه", "قُتِل", "في", "غارة"]
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert toks[1].norm == "قتل"


def test_sentences_split_on_stops_and_lines_not_decimals():
    text = "سقط 3.5 صاروخ في بغداد. وقال الجيش إن الهجوم فشل؟\nعنوان بلا نقطة"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "سقط 3.5 صاروخ في بغداد.", "وقال الجيش إن الهجوم فشل؟", "عنوان بلا نقطة"]


def test_segment_tokens_inside_their_sentence():
    text = "الأول هنا. الثاني هناك."
    sents = segment(text)
    assert len(sents) == 2
    assert all(s.start <= t.start and t.end <= s.end for s in sents for t in s.tokens)


def test_a_long_line_wrapped_inside_a_sentence_does_not_end_it():
    line = "وفي تطور لاحق قال المتحدث باسم الحكومة في مؤتمر صحفي عقده أمس في العاصمة إن الوزير سامر"
    text = line + "\nالخليل سيزور المدينة.\nعنوان قصير\nوقال آخر إن الزيارة مهمة."
    spans = [text[s:e] for s, e in split_sentences(text)]
    assert spans[0] == line + "\nالخليل سيزور المدينة."       # the name is not cut
    assert spans[1:] == ["عنوان قصير", "وقال آخر إن الزيارة مهمة."]


def test_a_blank_line_or_a_stop_still_ends_a_long_line():
    line = "وفي تطور لاحق قال المتحدث باسم الحكومة في مؤتمر صحفي عقده أمس في العاصمة إن الوزير سامر"
    assert len(split_sentences(line + "\n\nالخليل سيزور المدينة.")) == 2
    assert len(split_sentences(line + ".\nالخليل سيزور المدينة.")) == 2


def test_a_long_headline_before_a_verb_still_ends_its_sentence():
    head = "الجيش يعلن مقتل قيادي بارز في ضربة جوية استهدفت موقعا للتنظيم شرق المدينة- الأناضول"
    assert len(split_sentences(head + "\nأعلنت القيادة العسكرية أمس مقتل القيادي.")) == 2


def test_an_over_long_sentence_is_cut_with_offsets_into_the_text():
    from kg.segment import MAX_SENTENCE, segment
    # a run of text with no stop, twice as long as any sentence may be: cut at commas
    text = "، ".join(["قال المتحدث إن الوفد وصل إلى المدينة"] * (2 * MAX_SENTENCE // 38 + 5))
    sents = segment(text)
    assert len(sents) >= 3
    assert all(s.end - s.start <= MAX_SENTENCE for s in sents)
    for s in sents:
        assert all(text[t.start:t.end] == t.text for t in s.tokens)
    # nothing lost: the pieces' tokens are the text's
    from kg.segment import tokenize
    assert [t.start for s in sents for t in s.tokens] == [t.start for t in tokenize(text)]
    # no comma, no space: a hard cut at the bound
    assert [(s.start, s.end) for s in segment("ب" * (MAX_SENTENCE + 10))] == \
        [(0, MAX_SENTENCE), (MAX_SENTENCE, MAX_SENTENCE + 10)]


def test_a_sentence_hands_over_its_tokens_offsets():
    """segment gives each sentence its tokens' offsets (Sentence.offsets), as the tokens
    have them; a sentence built without them works them out."""
    from kg.model import Sentence
    from kg.segment import segment, tokenize
    text = "قال الوزير إن الجيش دخل المدينة. وصل الوفد أمس."
    for s in segment(text):
        assert s.offsets() == ([t.start for t in s.tokens], [t.end for t in s.tokens])
        assert s.offsets() is s.offsets()
    built = Sentence(0, 10, tokenize(text, 0, 10))
    assert built.offsets() == ([0, 4], [3, 10])


def test_token_offsets_across_spaces_and_invisible_marks():
    """Tokens are read with the gap before each (spaces, tabs, no-break spaces, zero-width
    marks) and their offsets summed from the lengths: each must still point at its text,
    inside a sentence's bounds too."""
    import re
    text = "\u200fقال  الوزير\u00a0\tإن\u200c الجيشَ ،(دخل)\n\u200b المدينة ـ 12.5%  "
    expected = [(m.group(), m.start(), m.end()) for m in re.finditer(
        r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+|[^\w\s\u200b-\u200f]", text)]
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == expected
    inner = [(t.text, t.start, t.end) for t in tokenize(text, 5, 30)]
    assert inner == [(w, s, e) for w, s, e in expected if 5 <= s and e <= 30]
    assert tokenize("  \u200b ") == []


def test_tokens_of_words_alone_with_their_marks_or_with_punctuation():
    """Words of word characters alone, words with a diacritic, an underscore or punctuation
    glued to them, double spaces and a tab: the tokens the token expression finds, with
    their offsets, inside any bounds."""
    import re
    token = re.compile(r"[\w\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]+|[^\w\s\u200b-\u200f]")
    text = "قالَ الوزير_الأول:  «نعم»، وصل 3 وفود (2016).\tوالتقى\u00a0بهم... x_y؟"
    expected = [(m.group(), m.start(), m.end()) for m in token.finditer(text)]
    assert [(t.text, t.start, t.end) for t in tokenize(text)] == expected
    assert ("قالَ", 0, 4) in expected and ("،", 25, 26) in expected
    for lo, hi in ((0, 10), (3, 27), (20, len(text)), (31, 33)):
        assert [(t.text, t.start, t.end) for t in tokenize(text, lo, hi)] == [
            (m.group(), m.start() + lo, m.end() + lo) for m in token.finditer(text[lo:hi])]


def test_a_long_line_ending_in_a_given_name_that_begins_with_fa_or_wa_is_wrapped():
    line = "وفي سياق متصل أكد ناشطون في المدينة أن الحصار مستمر منذ أشهر، وقال الطبيب فراس"
    text = line + "\nالعلي، وهو من سكان الحي، إن المستشفى بلا دواء."
    assert len(split_sentences(text)) == 1
    # a word that is only و/ف glued to a common one still ends the line
    assert len(split_sentences(line[:-5] + " فان" + "\nالعلي وصل.")) == 2


def test_a_short_line_that_opens_a_paragraph_with_a_verb_and_ends_in_a_given_name_is_wrapped():
    text = "وأوضح وليد\nالشامي، وهو مزارع من القرية، أن المياه انقطعت."
    assert len(split_sentences(text)) == 1
    # a short headline, or a line that opens with no verb, still ends its sentence
    assert len(split_sentences("لقاء مع وليد\nالشامي يتحدث عن المياه.")) == 2
    assert len(split_sentences("وزير يستقبل وليد\nالشامي في مكتبه.")) == 2


def test_a_short_line_of_verse_or_a_new_line_opening_with_a_name_still_ends():
    # و + ال opens the line, or the next word is no known name: not a wrapped name
    assert len(split_sentences("والنخل في الوادي يحيي وليد\nتبسمت الأرض.")) == 2
    assert len(split_sentences("وقال الشاعر وليد\nتبسمت الأرض.")) == 2
    long_line = "وقال المتحدث إن الاجتماع سيعقد في القاعة الكبرى بحضور أعضاء اللجنة العامة"
    assert len(split_sentences(long_line + "\nفيصل الخالدي: نرفض القرار.")) == 2


def test_a_title_initial_before_a_name_ends_no_sentence():
    # "د." (الدكتور) and "م." (المهندس) before a name; "1990 م." (the era) may end a sentence
    text = "وقال وزير الصحة د. سامي الغامدي إن الحالات مستقرة. وعقد أمين المنطقة م. فهد العمري اجتماعا."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "وقال وزير الصحة د. سامي الغامدي إن الحالات مستقرة.", "وعقد أمين المنطقة م. فهد العمري اجتماعا."]
    text = "افتتح المبنى عام 1990 م. وقال المدير إنه سيجدد."
    assert len(split_sentences(text)) == 2


def test_a_tag_list_closing_the_article_is_no_sentence():
    from kg.segment import split_sentences
    text = "وقالت الخلية إن العناصر فروا. بحسب موقع الخبر. سمات ازياء الرمادي العراق داعش"
    assert [text[s:e] for s, e in split_sentences(text)] == ["وقالت الخلية إن العناصر فروا.", "بحسب موقع الخبر."]
    # a sentence that opens with the word and ends with a stop is one
    text = "وقالت الخلية إن العناصر فروا. سمات المدينة القديمة تتغير بسرعة."
    assert len(split_sentences(text)) == 2
