"""Persons named with no title, found with the personal-name lexicons (kg/mentions_names.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import entity, run  # noqa: E402

from kg.mentions_names import lexicon_person_spans  # noqa: E402
from kg.segment import segment  # noqa: E402


def _names(text):
    s = segment(text)[0]
    return [text[s.tokens[i].start + len(c):s.tokens[j - 1].end]
            for i, j, c in lexicon_person_spans(s.tokens, s.norms, set())]


def test_given_name_and_a_definite_family_name_with_no_title():
    assert _names("وأفرجت الشرطة عن نجوى الدليمي بعد التحقيق") == ["نجوى الدليمي"]


def test_a_family_name_no_lexicon_knows_is_taken_only_with_the_article():
    assert _names("وأصيب الشاب علي الزعفراني بجروح") == ["علي الزعفراني"]
    assert _names("وقال خالد زارت الوفود المدينة") == []      # a verb after the given name


def test_the_preposition_ala_is_not_the_name_ali():
    assert _names("وعلى الجانب الآخر من الحدود") == []


def test_a_conjunction_on_the_first_name_is_left_out_and_ends_the_previous_name():
    doc = run("وضمت الخلية سعيد حمدان وماهر ناصر في العام الماضي.")
    assert entity(doc, "سعيد حمدان").type == "Person"
    assert entity(doc, "ماهر ناصر").type == "Person"


def test_a_given_name_before_a_kunya_starts_the_name():
    doc = run("وقال أحمد أبو سالم إن القوات اقتحمت المنزل.")
    assert entity(doc, "أحمد أبو سالم").type == "Person"


def test_a_compound_given_name_alone_is_no_person():
    # صلاح الدين: one given name (or a governorate), never a person's full name by itself
    assert _names("وتنقل الوفد بين نينوى وصلاح الدين طوال الأسبوع") == []


def test_a_known_town_is_not_a_name():
    assert _names("ووصلت القافلة إلى خان آباد مساء") == []


def test_an_honorific_is_no_given_name():
    assert _names("وقال قاري حسين إن") == []


def test_no_name_right_after_another_mention():
    s = segment("الفريق عوض الكريم يوسف المهدي")[0]
    assert lexicon_person_spans(s.tokens, s.norms, {0, 1, 2}) == []


def test_a_famous_full_name_from_the_lexicon():
    doc = run("ودعا حسن نصر الله أنصاره إلى الهدوء.")
    assert entity(doc, "حسن نصر الله").type == "Person"


def test_a_conjunction_starts_a_name_right_after_another_mention():
    s = segment("وسافر إلى سوريا وماهر ناصر")[0]
    assert lexicon_person_spans(s.tokens, s.norms, {2}) == [(3, 5, "و")]


def test_a_compound_given_name_is_carried_on_by_the_family_name():
    assert _names("وخلفه عبد الكريم آدم الساعدي في المنصب") == ["عبد الكريم آدم الساعدي"]


def test_a_conjunction_on_a_common_word_is_no_name_but_and_ali_is():
    assert _names("وكانت تعد وليمة العيد بنفسها") == []
    assert _names("وزار الوفد منزلي سامر الزعفراني وعلي الحمداني") == ["سامر الزعفراني", "علي الحمداني"]


def test_a_family_name_that_is_a_common_word_with_the_article_needs_a_known_full_name():
    assert _names("وأثار حفيظة الدولة العبرية") == []


def test_any_word_follows_bin_but_a_linker_is_never_alone():
    assert _names("فاغتالت عمر بن الخطاب") == ["عمر بن الخطاب"]


def test_pronouns_honorifics_suffixed_nouns_and_nisbas_are_no_person():
    from kg.kb import load_kb
    from kg.mentions_names import is_no_person_word

    kb = load_kb()
    for w in ("وهي", "سيادته", "قصفه", "اعتقالهم", "العراقي"):
        assert is_no_person_word(w, kb), w
    for w in ("محمد", "العبيدي", "حمدان"):
        assert not is_no_person_word(w, kb), w


def test_a_noun_with_a_pronoun_suffix_ends_a_name_but_a_final_ta_marbuta_does_not():
    assert _names("وأكد خالد يوسف رفضه للقرار أمس") == ["خالد يوسف"]
    from kg.mentions_names import is_suffixed_noun
    toks = segment("انضمامه حمزة")[0].tokens
    assert is_suffixed_noun(toks[0]) and not is_suffixed_noun(toks[1])


def test_met_his_death_ends_a_name_after_a_title():
    """لقي X حتفه: the idiom's noun (rare bare, حتف) with its pronoun is no part of the name,
    and the one named is the one killed."""
    doc = run("ولقي الجندي ماهر سليمان حتفه إثر انفجار عبوة ناسفة في بلدة الرستن.")
    assert entity(doc, "ماهر سليمان").type == "Person"
    assert not any("حتف" in e.name_ar for e in doc.entities)
    killed = entity(doc, "ماهر سليمان").id
    assert any(ev.type == "Killing" and killed in ev.target for ev in doc.events)


def test_a_name_right_after_a_body_ending_with_an_adjective_is_whole():
    doc = run("وقال عضو البرلمان الليبي خالد سالم الفيتوري إن الجلسة تأجلت.")
    assert entity(doc, "خالد سالم الفيتوري").type == "Person"


def test_a_common_word_alone_is_no_person_bare_with_the_article_or_a_clitic():
    from kg.mentions_names import is_no_person_word
    from kg.normalize import norm
    for w in ("حاكم", "آنذاك", "المشترك", "وتسليمه"):
        assert is_no_person_word(norm(w)), w
    for w in ("كمال", "محمد", "الجميلي"):
        assert not is_no_person_word(norm(w)), w


def test_a_person_right_after_an_organisations_name_and_a_compound_given_name():
    from helpers import run
    doc = run("وقال الأمين العام لمنظمة بدر هادي العامري إن القوات تقدمت، وقال المتحدث باسم "
              "الداخلية الأفغانية نور الحق حكيمي إن المسلحين قتلوا.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"هادي العامري", "نور الحق حكيمي"} <= persons
    assert "نور" not in persons and "العامري" not in {e.mentions[0].text for e in doc.entities}


def test_a_well_known_familys_common_word_name_ends_a_persons_name():
    # الأسد ("the lion") is common, but the family of a known person: سامر خليل الأسد is one name
    doc = run("وقال سامر خليل الأسد إن الوضع هادئ.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["سامر خليل الأسد"]


def test_a_definite_word_or_a_year_no_name_list_holds_is_no_one_word_person():
    from kg.kb import load_kb
    from kg.mentions_names import is_no_person_word
    from kg.normalize import norm
    kb = load_kb()
    for w in ["المنشق", "المتهم", "المحظور", "2015م", "الـ"]:
        assert is_no_person_word(norm(w), kb), w
    for w in ["الدوابشة", "الجاسم", "جورج"]:
        assert not is_no_person_word(norm(w), kb), w


# --- aged_person_spans: a name right before the person's age

def test_a_given_name_before_an_age_is_a_person():
    doc = run("ويقود نضال (34 عاما) سيارة إسعاف، وقالت سلمى الحمدي، 30 عاما، إن القصف لم يتوقف.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"نضال", "سلمى الحمدي"} <= persons


def test_a_whole_name_before_an_age():
    from kg.mentions_names import aged_person_spans
    s = segment("وزار المسؤول الطفل نضال سليم (9 سنوات) في المستشفى.")[0]
    assert [" ".join(s.norms[i:j]) for i, j, _ in aged_person_spans(s.tokens, s.norms, set())] == ["نضال سليم"]


def test_no_person_before_an_age_without_a_given_name_or_after_an_unknown_word():
    from kg.mentions_names import aged_person_spans
    from kg.segment import segment
    for text in ("وأصيب الطفل (5 أعوام) بجروح.", "وقتلت المعلمة كوريليا نضال (47 عاما) في الهجوم."):
        s = segment(text)[0]
        assert aged_person_spans(s.tokens, s.norms, set()) == [], text


# --- described_person_spans: a lone given name after a word for a person

def test_a_lone_given_name_after_a_word_for_a_person():
    from kg.mentions_names import described_person_spans
    s = segment("وقتل الشاب نضال برصاص قناص، وأصيب شقيقه رامي خليل، وقال إن ابنه محمد لم يصب.")[0]
    assert [" ".join(s.norms[i:j]) for i, j, _ in described_person_spans(s.tokens, s.norms, set())] \
        == ["نضال", "رامي خليل", "محمد"]


def test_a_frequent_name_that_is_also_an_adjective_needs_kin_or_a_family_name():
    from kg.mentions_names import described_person_spans
    s = segment("وبدا الطفل سعيد بالهدية.")[0]
    assert described_person_spans(s.tokens, s.norms, set()) == []


def test_a_future_verb_or_a_verbal_noun_alone_is_no_person():
    from kg.mentions_names import is_no_person_word
    assert is_no_person_word("سيحدد") and is_no_person_word("تطابق")
    assert not is_no_person_word("تامر")


def test_a_participle_and_its_complement_end_a_name():
    doc = run("واعتقلت الشرطة أمس سامر خليل المنتمي إلى التنظيم، والقيادي خالد سعيد المنشق عن الجيش.")
    persons = [e.mentions[0].text for e in doc.entities if e.type == "Person"]
    assert persons == ["سامر خليل", "خالد سعيد"]
    # a family name of the lists before a preposition stays in the name
    doc = run("وقال العقيد فهد المطيري في بيان إن الدوريات انتشرت.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["فهد المطيري"]


# --- wa_family_name: a foreign family name that starts with و

def test_a_foreign_family_name_starting_with_wa_ends_the_name():
    from kg.mentions_names import wa_family_name
    assert wa_family_name(["مارك", "والتز", "،"], 1)
    assert not wa_family_name(["سامر", "وعلي", "،"], 1)       # و + a commoner name: two persons
    assert not wa_family_name(["سامر", "والمسؤولين", "."], 1)  # و + a common word
    assert not wa_family_name(["مارك", "والتز", "يقود"], 1)    # not the name's last word
    doc = run("وقال مارك والتز إن القوات انسحبت.")
    assert [e.mentions[0].text for e in doc.entities if e.type == "Person"] == ["مارك والتز"]


def test_abd_takes_a_title_word_with_it_in_a_name_with_no_title():
    doc = run("وقال كاظم عبد الأمير الموسوي إن الطريق أغلق.")
    assert entity(doc, "كاظم عبد الأمير الموسوي").type == "Person"


def test_a_title_word_after_a_given_name_before_the_clause_is_the_family_name():
    doc = run("قال ماجد الحاج إن المياه انقطعت، وأضاف الحاج أن الأهالي نزحوا.")
    person = entity(doc, "ماجد الحاج")
    assert person.type == "Person"
    assert "الحاج" in [m.text for m in person.mentions]


def test_a_mothers_kunya_after_a_feminine_verb_of_speech():
    doc = run("وقالت أم خالد، وهي أرملة من المخيم، إن المساعدات توقفت.")
    assert entity(doc, "أم خالد").type == "Person"


def test_a_family_nisba_after_a_definite_family_name_before_the_clause():
    doc = run("وقال علي المهدي الورفلي، وهو شيخ قبيلة، إن الصلح تم. وأضاف الورفلي أن الأسرى أطلقوا.")
    person = entity(doc, "علي المهدي الورفلي")
    assert person.type == "Person"
    assert "الورفلي" in [m.text for m in person.mentions]
    doc = run("وقال سامر الحلبي السوري إن الحدود مغلقة.")
    assert entity(doc, "سامر الحلبي").type == "Person"


def test_a_persian_compound_given_name_is_one_given_name():
    doc = run("وقال علي أكبر نوروزي، وهو صاحب متجر في الحي، إن الانفجار وقع فجرا.")
    assert entity(doc, "علي أكبر نوروزي").type == "Person"


def test_a_given_name_of_two_letters_ending_in_heh_is_no_noun_with_his():
    """طه (Taha) ends in ه like انضمامه, but it is a given name: the name goes on after it."""
    doc = run("وأكد القيادي في تحالف القوى العراقية فارس طه الفارس أن المحافظة تشهد عمليات.")
    assert "فارس طه الفارس" in {m.text for e in doc.entities for m in e.mentions}


def test_a_word_with_the_article_carries_no_pronoun_suffix():
    from kg.mentions_names import is_suffixed_common
    from kg.normalize import norm
    assert is_suffixed_common(norm("قصفه"))
    assert not is_suffixed_common(norm("المهدية"))     # ة, normalised like the suffix ه
    doc = run("وداهمت القوات قرى الجندية والمقاطعة والسكرية شرقي المدينة.")
    places = {m.text for e in doc.entities if e.type == "Place" for m in e.mentions}
    assert {"الجندية", "المقاطعة", "السكرية"} <= places


def test_a_turkish_compound_surname_ending_in_oglu_after_a_given_name():
    doc = run("وهاجم كمال يوزباشي أوغلو، النائب عن حزب المعارضة، خطة الحكومة بشأن اللاجئين.")
    assert entity(doc, "كمال يوزباشي أوغلو").type == "Person"


def test_a_plural_noun_with_his_after_a_title_is_no_name():
    doc = run("وجدد الرئيس تعهداته بإعادة إعمار المدن المدمرة قبل نهاية العام.")
    assert not [e for e in doc.entities if e.type == "Person"]


def test_a_post_with_its_body_after_a_listed_name_is_no_family_name():
    from helpers import run
    doc = run("وقال فهد حمدان وكيل الجامعة إن المشروع اكتمل، ورحب به كمال سعيد مرشد الجماعة.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert "فهد حمدان" in persons and "كمال سعيد" in persons
    assert not any("وكيل" in p or "مرشد" in p for p in persons)


def test_the_next_person_of_a_list_joined_by_wa_to_a_common_given_name():
    assert _names("وشارك في التدريب اللاعبان سالم الدوسري ومحمد القريطي بعد تعافيهما.") == \
        ["سالم الدوسري", "محمد القريطي"]


def test_a_lexicon_name_opening_with_bin_after_a_given_name_is_that_name_s_lineage():
    from helpers import run
    for text, name in (("وقال وليد بن علي الجلال إن الحملة مستمرة.", "وليد بن علي الجلال"),
                       ("وزار خالد بن علي القحطاني المستشفى أمس.", "خالد بن علي القحطاني")):
        doc = run(text)
        assert [m.text for e in doc.entities if e.type == "Person" for m in e.mentions] == [name]


def test_ali_after_bin_is_the_name_however_written():
    doc = run("وأكد سعد بن على العتيبي أن المشروع اكتمل، وقال سالم بن علي القحطاني إن القوات تقدمت.")
    persons = {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}
    assert {"سعد بن على العتيبي", "سالم بن علي القحطاني"} <= persons
