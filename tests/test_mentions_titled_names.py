"""Titled names: where a person's name after a title, a post or a kunya ends (kg/mentions_titled_names.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402


def test_a_family_name_that_is_also_a_word_ends_a_name_where_the_clause_ends():
    doc = run("وقال المتحدث باسم الشرطة العقيد سالم الأمين إن الدوريات انتشرت.")
    assert entity(doc, "سالم الأمين").type == "Person"
    doc = run("وأعلن اللواء فهد المصري، أمس، اعتقال ثلاثة.")
    assert entity(doc, "فهد المصري").type == "Person"
    # the same word in a post that goes on is no name: الأمين العام
    doc = run("واستقبل الرئيس سالم الأمين العام للجامعة أمس.")
    assert entity(doc, "سالم").type == "Person"


def test_a_family_name_that_is_also_a_word_ends_a_name_before_a_post_in_apposition():
    doc = run("وأوضح العميد فهد التركي المتحدث باسم قيادة الحرس أن الدوريات انتشرت على الحدود.")
    assert entity(doc, "فهد التركي").type == "Person"


def test_a_family_name_that_starts_with_wa_is_no_conjunction():
    doc = run("وقال السفير الأمريكي جون والش إن الزيارة مهمة، والتقى الوزير سامر وأحمد.")
    persons = [e.mentions[0].text for e in doc.entities if e.type == "Person"]
    assert "جون والش" in persons and not any("وأحمد" in p for p in persons)


def test_title_word_after_abd_is_part_of_the_name():
    doc = run("وقال العقيد عبد الأمير حسن الزيدي إن القوات تقدمت.")
    assert entity(doc, "عبد الأمير حسن الزيدي").type == "Person"


def test_definite_first_name_before_bin_is_not_a_title_adjective():
    doc = run("وقال المتحدث باسم الجيش، العقيد المهدي بن علي الزغبي، إن القوات ردت.")
    assert entity(doc, "المهدي بن علي الزغبي").type == "Person"


def test_a_title_word_that_ends_a_name_is_its_family_name():
    doc = run("وأصيب العقيد سامر الشيخ الذي قاد الدورية.")
    assert entity(doc, "سامر الشيخ").type == "Person"


def test_a_direction_word_never_ends_a_name():
    from kg.mentions_common import is_name_word
    from kg.mentions_titled_names import person_name_after
    from kg.segment import segment

    s = segment("وقال القيادي سامر خليل شمال، إن الهجوم صُد.")[0]
    assert not is_name_word(s.tokens[4], allow_common=True)
    assert person_name_after(s.tokens, 2, set()) == 4


def test_a_kunya_name_stops_before_a_noun_with_a_pronoun_suffix():
    doc = run("ونقلت الوكالة عن القيادي ماهر أبو عادل قوله إن الهجوم فشل.")
    assert entity(doc, "ماهر أبو عادل").type == "Person"


def test_a_preposition_and_a_common_noun_end_a_kunya_name():
    # "بدم بارد" (in cold blood) is no part of the name
    from kg.mentions_titled_names import person_name_after
    from kg.segment import segment
    s = segment("وقتلوا المواطن أبو سامر بدم بارد أمام منزله.")[0]
    i = s.norms.index("سامر")
    assert person_name_after(s.tokens, i, set()) == i + 1
    assert person_name_after(s.tokens, i + 1, set()) == i + 1     # after a kunya's first word
    doc = run("وقتلوا المواطن أبو سامر بدم بارد أمام منزله.")
    assert [m.text for e in doc.entities if e.type == "Person" for m in e.mentions] == ["أبو سامر"]


def test_a_chained_name_ends_with_a_listed_family_name_even_a_common_word():
    doc = run("استقبل الوزير عادل بن ناصر الشهري الوفد.")     # الشهري "monthly" is a family name here
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["عادل بن ناصر الشهري"]


def test_means_after_a_title_is_not_a_name():
    doc = run("اغتالت إسرائيل قياديا في حماس بضربة بطائرة مسيرة استهدفت سيارته في صيدا.")
    assert not [e for e in doc.entities if any("بضربة" in m.text for m in e.mentions)]
    assert entity(run("وقال القيادي في حماس بسام نعيم إن الحركة ترفض."), "بسام نعيم").type == "Person"
    # a common noun after a glued preposition, after a title or after a name
    doc = run("وأصدرت المحكمة مذكرة بحق المحافظ المقال بتهمة الإهمال، والتقى أبو خالد بحزن أصدقاءه.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["أبو خالد"]


def test_preposition_with_a_pronoun_is_never_part_of_a_name():
    doc = run("أعلنت حركة حماس اغتيال القيادي فيها سامر خليل.")
    assert "سامر خليل" in [m.text for e in doc.entities for m in e.mentions]


def test_accusative_adjective_after_an_indefinite_title_is_no_name():
    doc = run("وقال الوزير إن بين القتلى قياديا أجنبيا في تنظيم داعش يدعى سالم بشير الحسن.")
    assert not any(m.text == "أجنبيا" for e in doc.entities for m in e.mentions)
    assert entity(doc, "سالم بشير الحسن").type == "Person"
    assert entity(run("وقال الشيخ زكريا حسن العلي إن الوضع هادئ."), "زكريا حسن العلي").type == "Person"


def test_a_name_after_a_title_does_not_start_with_a_conjunction_nor_end_in_a_verb():
    doc = run("ودرب المسلح الإرهابي وقاتل مع الجماعة. وقال إن الملا منصور زعيما للحركة.")
    persons = sorted(m.text for e in doc.entities if e.type == "Person" for m in e.mentions)
    assert persons == ["منصور"]


def test_a_titled_name_stops_before_a_noun_with_a_pronoun_suffix():
    doc = run("وأعلن القيادي ماهر سعيد انضمامه إلى جبهة التحرير أمس.")
    assert entity(doc, "ماهر سعيد").type == "Person"


def test_a_means_after_be_ends_the_name_however_rare_the_word():
    # "بشظايا"، "برصاص"، "برفقة": what wounded him or who came with him, no family name
    doc = run("وأصيب المصور وليد سامي عواد بشظايا قذيفة سقطت قرب المستشفى.")
    assert entity(doc, "وليد سامي عواد").type == "Person"
    doc = run("وقتل الشاب ماهر جميل برصاص مجهولين في السوق.")
    assert entity(doc, "ماهر جميل").type == "Person"
    doc = run("ووصل الوزير نبيل عيسى برفقة وفد عسكري إلى المطار.")
    assert entity(doc, "نبيل عيسى").type == "Person"


def test_a_titled_foreign_name_keeps_a_family_name_starting_with_wa():
    doc = run("وقال العقيد جيف والتز، المتحدث باسم القوات، إن الغارات توقفت.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["جيف والتز"]
    doc = run("والتقى العقيد سامر ونظيره في المدينة.")
    assert all("ونظيره" not in m.text for e in doc.entities for m in e.mentions)


def test_a_common_word_alone_after_a_title_is_no_name():
    # a verb or noun common in news and in no name list, with no name word after it
    doc = run("لكن الوزير الفرنسي أعاد ترتيب الأولويات في كلمته.")
    assert not any(e.type == "Person" for e in doc.entities)
    doc = run("وطلب الوفد من نائب الرئيس تأجيل الزيارة.")
    assert not any(e.type == "Person" for e in doc.entities)
    # a name word after it: a given name that is also a word (أمل) still starts a name
    doc = run("وقالت الوزيرة أمل القبيسي إن الزيارة مهمة.")
    assert entity(doc, "أمل القبيسي").type == "Person"


def test_a_common_verb_after_wa_and_a_title_word_is_no_name():
    # "للفريق" (to the team) reads as the title الفريق; "ويغطي" is و + a verb, no name
    for text in ("وقال المدرب إن اللاعب الجديد سيضيف للفريق ويغطي العجز في خط الوسط.",
                 "ويمثل اللاعب إضافة للفريق ويغطي النقص."):
        assert not any(e.type == "Person" for e in run(text).entities), text


def test_a_compound_given_name_that_is_also_a_word_goes_on_to_its_end():
    # "فضل الله": a name word common in general text, then الله; the whole is the family name
    doc = run("وقال النائب حسن فضل الله إن الحكومة مسؤولة عن الأزمة.")
    assert entity(doc, "حسن فضل الله").type == "Person"


def test_then_between_a_title_and_the_name_is_no_word_of_the_name():
    doc = run("وأجرى الوفد محادثات سرية مع الرئيس الإيراني آنذاك هاشمي رفسنجاني في طهران.")
    assert entity(doc, "هاشمي رفسنجاني").type == "Person"


def test_retired_between_a_title_and_the_name_is_no_word_of_the_name():
    doc = run("وقال العقيد متقاعد طلال بكري في حديثه للصحيفة إن الخطة فشلت.")
    assert entity(doc, "طلال بكري").type == "Person"


def test_a_verb_that_starts_with_alef_ends_a_titled_name():
    doc = run("وذكرت مصادر محلية أن النقيب وليد اغتيل قرب منزله، وأن المهندس رامي اعتقل.")
    assert entity(doc, "وليد").type == "Person"
    assert entity(doc, "رامي").type == "Person"
    assert not [m.text for e in doc.entities for m in e.mentions if "اغتيل" in m.text or "اعتقل" in m.text]


def test_the_verbs_object_before_a_comma_is_no_word_of_a_titled_name():
    doc = run("وكان الناشط رامي الحداد قد غادر المدينة.")
    assert entity(doc, "رامي الحداد").type == "Person"     # a family name, however like a word
    doc = run("وقد دان رئيس البرلمان سالم خليفة عمر الاعتداء، مطالبا بالتحقيق.")
    assert entity(doc, "سالم خليفة عمر").type == "Person"
    assert not [m.text for e in doc.entities for m in e.mentions if "الاعتداء" in m.text]


def test_amin_inside_a_name_before_a_rare_family_name_is_a_given_name():
    doc = run("وأوقفت الشرطة رجلا يدعى حسن أمين قاراداغ في المطار.")
    assert any(m.text == "حسن أمين قاراداغ" for e in doc.entities if e.type == "Person" for m in e.mentions)


def test_an_alias_cue_ends_the_name_before_it():
    doc = run("وقتل القيادي في الحركة عمر حسن طيري المكنى أبو حمزة في الغارة.")
    names = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert "عمر حسن طيري" in names and not any("المكنى" in n for n in names)


def test_a_glued_function_word_after_a_title_and_a_lil_word_after_a_name_are_no_name():
    doc = run("وقال مراقبون إن الاتفاق خطوة إلى الأمام فإن تنفيذه ليس مضمونا.")
    assert not [e for e in doc.entities if e.type == "Person"]
    doc = run("وقال رئيس البلدية مارك ويليامز للصحافيين إن الطريق أغلق.")
    names = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert "مارك ويليامز" in names and not any("للصحافيين" in n for n in names)


def test_doctor_without_the_article_after_a_rank_is_a_title():
    doc = run("وقال المتحدث باسم الشرطة العقيد دكتور فواز بن سالم المطيري، إن الجناة اعتقلوا.")
    names = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert "فواز بن سالم المطيري" in names and not any("دكتور" in n for n in names)


def test_an_adverbial_accusative_after_a_name_is_no_word_of_it():
    from kg.mentions_names import is_adverbial_accusative
    from kg.normalize import norm
    assert is_adverbial_accusative(norm("محذرا")) and not is_adverbial_accusative(norm("رضا"))
    doc = run("وفي تسجيل صوتي، قال أبو سليمان الحلبي محذرا من أي هجوم: لن نتراجع.")
    names = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert "أبو سليمان الحلبي" in names and not any("محذرا" in n for n in names)
    doc = run("وعندما فتح المسلح النار عشوائيا في القاعة فر الحاضرون.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_an_alef_verb_after_a_post_is_no_name():
    doc = run("وذكرت الصحيفة أن وزير الدفاع البريطاني أبلغ الدليمي أن لندن سترسل مدربين.")
    assert not any(m.text.startswith("أبلغ") for e in doc.entities for m in e.mentions)


def test_the_founder_after_king_is_no_word_of_the_name():
    doc = run("وكانت هذه رؤية الملك المؤسس عبدالعزيز بن عبدالرحمن رحمه الله.")
    assert entity(doc, "عبدالعزيز بن عبدالرحمن").type == "Person"


def test_a_bare_family_name_after_a_bin_chain_where_the_clause_ends():
    doc = run("وبحث الوزير مع السفير علي بن حسن جعفر، في مقر الوزارة. وقال السفير أحمد بن عبدالعزيز قطان "
              "إن العلاقات قوية.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"علي بن حسن جعفر", "أحمد بن عبدالعزيز قطان"} <= persons
    # a bin-chain before its post or a verb ends at its last given name
    doc = run("واستقبل الأمير فيصل بن بندر، أمس، الوفد، والتقى السفير خالد بن سعود وزير الخارجية.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"فيصل بن بندر", "خالد بن سعود"} <= persons


def test_fa_and_a_verb_after_a_titled_name_ends_it():
    doc = run("أما مدير البرنامج في الجامعة الدكتور وليام هالينجر فأكد أن البرنامج ناجح.")
    assert entity(doc, "وليام هالينجر").type == "Person"
    doc = run("واستقبل الأمير فيصل بن سلمان الوفد.")     # a name that starts with ف stays
    assert entity(doc, "فيصل بن سلمان").type == "Person"


def test_qari_is_a_title_before_an_afghan_name():
    doc = run("وقال المتحدث إنه تم اعتقال قاري ذبيح الله قائد طالبان في المنطقة.")
    assert ("Person", "ذبيح الله") in {(e.type, m.text) for e in doc.entities for m in e.mentions}
    # the adjective "continental" with its article is no title
    doc = run("وقررت لجان الاتحاد القاري معاقبة النادي.")
    assert not any(e.type == "Person" for e in doc.entities)


def test_a_verb_right_after_a_post_is_no_name():
    doc = run("وقال مسؤول إيراني إن قائد فيلق القدس زار روسيا وأجرى محادثات مع مسؤولين روس.")
    assert not [e for e in doc.entities if e.type == "Person"]
    doc = run("وقالت إن وزيرة الخارجية قالت للصحفيين إن الاتفاق قريب.")
    assert not [e for e in doc.entities if e.type == "Person"]
    # a name after the post still is one
    doc = run("وقال إن قائد فيلق القدس قاسم سليماني زار روسيا.")
    assert entity(doc, "قاسم سليماني").type == "Person"


def test_ali_written_with_ya_takes_the_family_name_that_ends_the_clause():
    doc = run("وقال العميد علي الشهري إن الدوريات انتشرت في المدينة.")
    assert entity(doc, "علي الشهري").type == "Person"


def test_ould_links_the_parts_of_a_mauritanian_name_after_a_title():
    doc = run("وقال السفير أحمد ولد عبد الله إن الاتفاق قريب.")
    assert entity(doc, "أحمد ولد عبد الله").type == "Person"
    # "ولد" before no name is a verb: was born
    doc = run("وقال الرئيس سالم ولد في عام 1960 في القاهرة.")
    assert not [m for e in doc.entities for m in e.mentions if "ولد" in m.text]


def test_a_trade_or_post_with_the_article_between_a_title_and_a_given_name_stays_out_of_the_name():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import run

    doc = run("وانتقد الناشط السوري المعارض وائل قدور الاتفاق، وعين مدير الهيئة المهندس المستشار كمال "
              "العتيبي خلفا له، فيما أكد النادي الذي أشرف على البطولة نجاحها.")
    persons = sorted(m.text for e in doc.entities if e.type == "Person" for m in e.mentions)
    assert "وائل قدور" in persons and "كمال العتيبي" in persons
    assert not any(p.startswith(("المعارض", "المستشار")) or p == "أشرف" for p in persons)


def test_a_princes_given_name_read_as_a_nationality_and_a_father_named_bdr_stay_in_the_chain():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import run

    doc = run("واستقبل الأمير تركي بن ماجد الوفد، وحضر اللقاء الأمير فهد بن بدر بن سلطان، "
              "فيما قال دبلوماسي تركي إن الزيارة ناجحة.")
    persons = sorted(m.text for e in doc.entities if e.type == "Person" for m in e.mentions)
    assert "تركي بن ماجد" in persons and "فهد بن بدر بن سلطان" in persons
    assert "تركي" not in persons


def test_a_compound_given_name_takes_a_family_name_in_abu_after_it():
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).parent))
    from helpers import run

    doc = run("وقال الدكتور نور الدين أبو الهيجاء، مدير المركز، إن العمل مستمر.")
    persons = [[m.text for m in e.mentions] for e in doc.entities if e.type == "Person"]
    assert persons == [["نور الدين أبو الهيجاء"]]


def test_a_common_noun_in_construct_after_a_post_is_no_name():
    doc = run("وبحث رئيس الوزراء مع وزير الدفاع الفرنسي ظاهرة الهجرة غير الشرعية، وقال مندوب المملكة "
              "لدى الجامعة العربية سامي الحلو إن الاجتماع مثمر.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["سامي الحلو"]


def test_a_listed_family_name_that_reads_as_a_preposition_and_a_word_stays_in_the_name():
    doc = run("وقال الوزير كمال بادي إن الطرق ستفتح خلال يومين.")
    assert entity(doc, "كمال بادي").type == "Person"


def test_a_compound_given_name_in_two_words_counts_as_one_word_of_the_name():
    doc = run("وعين الرئيس العميد عبد الكريم حسن صالح مقبل قائدا للواء المدرع.")
    assert entity(doc, "عبد الكريم حسن صالح مقبل").type == "Person"
    # the room it gives holds a name, not the verb after it
    doc = run("وقال الرئيس السابق أبو بكر عبد الكريم ألقت الأزمة بظلالها على البلاد.")
    assert [m.text for e in doc.entities if e.type == "Person" for m in e.mentions] == ["أبو بكر عبد الكريم"]


def test_a_common_definite_noun_before_the_stop_is_the_object_not_the_name():
    doc = run("وبحث الوزير سامي الحداد مع نظيره الأردني ناصر جودة الأوضاع.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["سامي الحداد", "ناصر جودة"]
    # a family name that is a word too stays
    assert entity(run("وقال العقيد سامر الشريف."), "سامر الشريف").type == "Person"
