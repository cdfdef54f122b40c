"""Date expressions: spans in the original text and values resolved against the publication date."""
import datetime

import pytest

from kg.dates import DateMention, find_dates

SAT = datetime.date(2026, 1, 17)        # a Saturday


def found(text, published=SAT):
    out = find_dates(text, published)
    for d in out:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.value, d.relative) for d in out]


# --- explicit dates ---------------------------------------------------------

def test_levantine_then_gregorian_with_odd_spacing():
    text = "وقتل مسلح جنودا في 13 كانون الأول/ ديسمبر في تدمر"
    assert found(text) == [("13 كانون الأول/ ديسمبر", "2025-12-13", True)]


def test_gregorian_then_levantine():
    assert found("أغلق الميناء أبوابه صباح 21 ديسمبر/كانون الأول.") == [
        ("21 ديسمبر/كانون الأول", "2025-12-21", True)]


def test_explicit_year_is_not_relative_and_needs_no_publication_date():
    text = "وانضمت إليه سوريا في 12 تشرين الثاني/ نوفمبر 2025."
    expected = [("12 تشرين الثاني/ نوفمبر 2025", "2025-11-12", False)]
    assert found(text) == expected
    assert found(text, None) == expected


def test_day_with_min_and_a_paired_month():
    assert found("وصل في 3 من آذار/مارس إلى دمشق", datetime.date(2026, 5, 1)) == [
        ("3 من آذار/مارس", "2026-03-03", True)]


def test_month_without_day_and_past_marker():
    text = "منذ هجوم ديسمبر/كانون الأول الماضي قصفت الطائرات مئة موقع"
    assert found(text) == [("ديسمبر/كانون الأول الماضي", "2025-12", True)]


def test_month_pairs_with_space_or_parentheses():
    pub = datetime.date(2015, 7, 20)
    assert found("أعيد انتخابه في مايو أيار الماضي", pub) == [
        ("مايو أيار الماضي", "2015-05", True)]
    assert found("بلغت الودائع 5 مليارات في أيار (مايو) بنمو شهري", pub) == [
        ("أيار (مايو)", "2015-05", True)]


@pytest.mark.parametrize("published, month_word, expected", [
    (datetime.date(2026, 1, 17), "يناير", "2026-01"),     # the publication month itself
    (datetime.date(2026, 1, 17), "أيار", "2025-05"),      # after it: last year
    (datetime.date(2026, 6, 2), "أيار", "2026-05"),
    (datetime.date(2026, 6, 2), "شهر سبتمبر", "2025-09"),
])
def test_month_without_year_is_most_recent_on_or_before_publication(published, month_word, expected):
    assert found(f"وقعت الحادثة في {month_word} قرب الحدود", published) == [
        (month_word, expected, True)]


@pytest.mark.parametrize("published, phrase, expected", [
    (datetime.date(2026, 1, 17), "يناير الماضي", "2025-01"),     # strictly before
    (datetime.date(2026, 5, 10), "مارس الماضي", "2026-03"),
    (datetime.date(2026, 5, 10), "20 أيار الماضي", "2025-05-20"),
    (datetime.date(2026, 5, 10), "2 أيار الماضي", "2026-05-02"),
    (datetime.date(2026, 5, 10), "يونيو المقبل", "2026-06"),
    (datetime.date(2026, 5, 10), "أبريل من العام الماضي", "2025-04"),
])
def test_month_with_past_or_next_marker(published, phrase, expected):
    assert found(f"وكان ذلك في {phrase} بحسب البيان", published) == [(phrase, expected, True)]


GREGORIAN = [("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("ابريل", 4),
             ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6), ("يوليو", 7),
             ("يوليه", 7), ("أغسطس", 8), ("اغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10),
             ("اكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12)]
LEVANTINE = [("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5),
             ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10),
             ("تشرين الثاني", 11), ("كانون الأول", 12)]


@pytest.mark.parametrize("name, month", GREGORIAN + LEVANTINE)
def test_every_month_name(name, month):
    assert found(f"جرى الاقتراع يوم 5 {name} 2020 في المدينة", None) == [
        (f"5 {name} 2020", f"2020-{month:02d}-05", False)]


def test_invalid_day_keeps_the_month():
    assert found("في 31 نيسان 2025", None) == [("31 نيسان 2025", "2025-04", False)]


def test_numeric_dates():
    assert found("صدر القرار بتاريخ 13/12/2025 وبدأ تنفيذه 2025-12-20", None) == [
        ("13/12/2025", "2025-12-13", False), ("2025-12-20", "2025-12-20", False)]


def test_a_numeric_date_that_ends_its_sentence():
    assert found("اعتقلت الشرطة المشتبه به يوم 12/3/2015. وقال مصدر إنه اعترف.", None) == [
        ("12/3/2015", "2015-03-12", False)]
    assert found("انتهت المهلة في 2025-12-20.", None) == [("2025-12-20", "2025-12-20", False)]
    assert found("صدرت النسخة 12.3.2015.4 من البرنامج", None) == []     # a version number


def test_weekday_before_an_explicit_date_is_one_mention():
    assert found("وقع الهجوم السبت 13 ديسمبر 2025 فجرا") == [
        ("السبت 13 ديسمبر 2025", "2025-12-13", False)]


# --- years alone --------------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("تشكل التحالف عام 2014 بقيادة واشنطن", "عام 2014"),
    ("في العام 2016 تغيرت الخريطة", "العام 2016"),
    ("وعاد سنة 2019 إلى بلده", "سنة 2019"),
    ("قتل القائد (2016) في غارة", "2016"),
    ("انشق عن التنظيم في 2016 وانضم إلى غيره", "2016"),
    ("وبالعام 2016 أعلن انسحابه", "العام 2016"),
])
def test_years(text, span):
    out = found(text, None)
    assert out == [(span, span[-4:], False)]


def test_two_years_after_one_keyword():
    assert found("بين عامي 2014 و2016", None) == [("عامي 2014", "2014", False),
                                                 ("2016", "2016", False)]


@pytest.mark.parametrize("text", [
    "قتل في 2016 مقاتلا خلال المعارك",       # a count, not a year
    "سقط في 2016 قتيل",
    "وصل عدد اللاجئين إلى أكثر من 2016",     # no year keyword at all
    "عام 1850 بدأ البناء",                    # implausible year
    "في 3000 مبنى",
    "غرفة رقم (2022) في المبنى",
])
def test_numbers_that_are_not_years(text):
    assert found(text, None) == []


# --- relative expressions -------------------------------------------------------

@pytest.mark.parametrize("phrase, expected", [
    ("أمس", "2026-01-16"),
    ("الأمس", "2026-01-16"),
    ("أول أمس", "2026-01-15"),
    ("أول من أمس", "2026-01-15"),
    ("أمس الأول", "2026-01-15"),
    ("مساء أمس", "2026-01-16"),
    ("اليوم", "2026-01-17"),
    ("السبت", "2026-01-17"),              # published on a Saturday: that day
    ("الجمعة", "2026-01-16"),
    ("الخميس", "2026-01-15"),
    ("يوم الأربعاء", "2026-01-14"),
    ("الثلاثاء", "2026-01-13"),
    ("الاثنين", "2026-01-12"),
    ("الإثنين", "2026-01-12"),
    ("الأحد", "2026-01-11"),
    ("السبت الماضي", "2026-01-10"),       # الماضي: strictly before
    ("يوم الجمعة الماضي", "2026-01-16"),
    ("أمس الجمعة", "2026-01-16"),
    ("الشهر الماضي", "2025-12"),
    ("منتصف الشهر الماضي", "2025-12"),
    ("أواخر الشهر الماضي", "2025-12"),
    ("مطلع الشهر الماضي", "2025-12"),
    ("بداية الشهر الماضي", "2025-12"),
    ("الشهر الجاري", "2026-01"),
    ("الشهر الحالي", "2026-01"),
    ("الأسبوع الماضي", "2026-01"),
    ("العام الماضي", "2025"),
    ("السنة الماضية", "2025"),
    ("العام الجاري", "2026"),
    ("العام الحالي", "2026"),
    ("هذا العام", "2026"),
])
def test_relative(phrase, expected):
    assert found(f"وقال المتحدث {phrase} إن القوات تقدمت") == [(phrase, expected, True)]


def test_weekday_past_marker_on_that_weekday_goes_back_a_week():
    friday = datetime.date(2026, 1, 16)
    assert found("وصل الوفد الجمعة الماضية", friday) == [("الجمعة الماضية", "2026-01-09", True)]
    assert found("وصل الوفد الجمعة", friday) == [("الجمعة", "2026-01-16", True)]


def test_next_weekday_and_tomorrow():
    assert found("تبدأ المحادثات غدا الاثنين") == [("غدا الاثنين", "2026-01-19", True)]
    assert found("تبدأ المحادثات الأحد المقبل") == [("الأحد المقبل", "2026-01-18", True)]


def test_clitics_stay_outside_the_span():
    text = "والشهر الماضي أعلن الوزير، ومنتصف الشهر الماضي قتل جنديان، وأمس عاد الوفد"
    assert found(text) == [("الشهر الماضي", "2025-12", True),
                           ("منتصف الشهر الماضي", "2025-12", True),
                           ("أمس", "2026-01-16", True)]


def test_during_last_year():
    assert found("اعتقل 300 عنصر خلال العام الماضي") == [("العام الماضي", "2025", True)]


def test_last_week_is_the_month_of_seven_days_before():
    assert found("والأسبوع الماضي نفذت ضربات", datetime.date(2026, 3, 5)) == [
        ("الأسبوع الماضي", "2026-02", True)]


def test_last_month_across_a_year_boundary():
    assert found("في الشهر الماضي", datetime.date(2026, 1, 3)) == [
        ("الشهر الماضي", "2025-12", True)]


def test_publication_date_as_iso_string_or_datetime():
    assert found("وصل أمس", "2026-01-17") == [("أمس", "2026-01-16", True)]
    assert found("وصل أمس", datetime.datetime(2026, 1, 17, 9, 30)) == [("أمس", "2026-01-16", True)]


def test_without_publication_date_relative_expressions_are_dropped():
    text = "أعلنت القيادة السبت أن قواتها قتلت الجمعة قياديا التقى به في 13 ديسمبر وعام 2014"
    assert found(text, None) == [("عام 2014", "2014", False)]


# --- raw text: no-break spaces, diacritics, tatweel, Arabic-Indic digits --------

def test_no_break_space_inside_the_expression():
    text = "وقع الهجوم في 13\u00a0كانون\u00a0الأول/\u00a0ديسمبر\u00a02025 في تدمر"
    (d,) = find_dates(text, SAT)
    assert d.text == "13\u00a0كانون\u00a0الأول/\u00a0ديسمبر\u00a02025"
    assert text[d.start:d.end] == d.text
    assert (d.value, d.relative) == ("2025-12-13", False)


def test_arabic_indic_digits():
    text = "انضمت سوريا في ١٢ تشرين الثاني/ نوفمبر ٢٠٢٥ إلى التحالف"
    assert found(text) == [("١٢ تشرين الثاني/ نوفمبر ٢٠٢٥", "2025-11-12", False)]


def test_diacritics_and_tatweel_keep_original_offsets():
    text = "قُتِلَ أَمْسِ قائدٌ، وفي الشَّهْرِ الماضـــي قصفت الطائرات"
    assert found(text) == [("أَمْسِ", "2026-01-16", True),
                           ("الشَّهْرِ الماضـــي", "2025-12", True)]


# --- order, overlaps, words that only look like dates --------------------------

def test_sorted_and_non_overlapping():
    text = ("أعلنت القيادة، السبت، أن قواتها قتلت الجمعة قياديا مرتبطا بهجوم 13 كانون الأول/ ديسمبر، "
            "والأسبوع الماضي نفذت ضربات، كما انضمت سوريا عام 2014.")
    out = find_dates(text, SAT)
    assert [d.value for d in out] == ["2026-01-17", "2026-01-16", "2025-12-13", "2026-01", "2014"]
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))
    assert all(isinstance(d, DateMention) for d in out)


@pytest.mark.parametrize("text", [
    "مارس الجيش ضغوطا على السكان",          # مارس: the verb
    "هذا من باب الحرص على السلامة",         # باب, not آب
    "لامس الصاروخ سطح المبنى",              # لامس, not أمس
    "فاز الفريق بجائزة الأحد عشر لاعبا",
    "قالت الحكومة إن اليوم الوطني عطلة",
    "لا تاريخ في هذه الجملة",
    "",
])
def test_no_false_dates(text):
    assert found(text) == []


def test_month_name_used_as_a_first_name_is_not_a_date():
    assert found("اعتقلت الشرطة القيادي في حزب العمال الكردستاني جوان حسو في ديار بكر.") == []
    assert found("التقى الوزير نظيره تموز علي.") == []
    assert [v for _, v, _ in found("قتلت القوات في 12 جوان الماضي قياديا.")] == ["2025-06-12"]
    assert [v for _, v, _ in found("وصل الوفد في جوان 2024.")] == ["2024-06"]


def test_month_name_after_a_preposition_but_before_a_family_name_is_a_person():
    assert [t for t, _, _ in found("التقى الوزير مع جوان إبراهيم أمس.")] == ["أمس"]
    assert [v for _, v, _ in found("قتل في تموز عشرة جنود.", datetime.date(2025, 9, 15))] == ["2025-07"]


# --- a year after the month, ordinal days, the current month, Hijri dates -------------

def test_year_after_the_month_with_the_word_year():
    assert found("اندلعت الاحتجاجات في مارس/آذار عام 2011 في المدينة") == [
        ("مارس/آذار عام 2011", "2011-03", False)]
    assert found("سيطر المسلحون على البلدة في تموز/يوليو 2014") == [("تموز/يوليو 2014", "2014-07", False)]
    assert found("وقع التفجير في أغسطس سنة 2013") == [("أغسطس سنة 2013", "2013-08", False)]


def test_ordinal_day_before_a_month():
    assert found("بدأ الإضراب منذ الخامس من كانون الثاني الجاري") == [
        ("الخامس من كانون الثاني الجاري", "2026-01-05", True)]
    assert found("قتل في الحادي والعشرين من ديسمبر 2024") == [
        ("الحادي والعشرين من ديسمبر 2024", "2024-12-21", False)]
    assert found("في الأول من نوفمبر الماضي") == [("الأول من نوفمبر الماضي", "2025-11-01", True)]


def test_a_day_of_the_current_or_last_month():
    assert found("وقع الهجوم في العاشر من الشهر الجاري") == [("العاشر من الشهر الجاري", "2026-01-10", True)]
    assert found("اعتقل يوم 5 من الشهر الماضي") == [("يوم 5 من الشهر الماضي", "2025-12-05", True)]
    assert found("منذ الخميس الثامن من هذا الشهر") == [("الخميس الثامن من هذا الشهر", "2026-01-08", True)]
    assert found("انطلقت الحملة مطلع الشهر الجاري") == [("مطلع الشهر الجاري", "2026-01", True)]
    assert found("منذ منتصف يناير الحالي") == [("منتصف يناير الحالي", "2026-01", True)]


def test_an_ordinal_without_a_month_is_no_date():
    assert found("حل في المركز الخامس من بين عشرة متسابقين") == []
    assert found("وهو الأول من نوعه في المنطقة") == []


def test_hijri_date_with_a_year():
    assert found("في 1 رمضان 1436 هـ أعلنت الوزارة") == [("1 رمضان 1436 هـ", "2015-06-18", False)]
    assert found("وفي 10 ذي الحجة 1436هـ") == [("10 ذي الحجة 1436هـ", "2015-09-24", False)]
    # without a year the Hijri month is no date (رمضان, شعبان are also names)
    assert found("قال رمضان إن 5 رمضان موعد الافتتاح") == []


def test_hijri_date_beside_its_gregorian_one_is_left_out():
    assert found("يوم الأحد 19 يوليو 2015 الموافق 3 شوال 1436 هـ") == [
        ("يوم الأحد 19 يوليو 2015", "2015-07-19", False)]


def test_an_ordinal_that_counts_weeks_is_no_day():
    assert found("تبدأ الحملة في الأسبوع الأول من ديسمبر") == [("ديسمبر", "2025-12", True)]
    assert found("في الأسبوع الأخير من الشهر الجاري") == [("الشهر الجاري", "2026-01", True)]
    assert found("في الأسبوع الثاني من الشهر الماضي") == [("الشهر الماضي", "2025-12", True)]


def test_last_night_and_year_first_numeric_dates():
    assert found("قتل ثلاثة في غارة الليلة الماضية") == [("الليلة الماضية", "2026-01-16", True)]
    assert found("صدر القرار بتاريخ 2025/12/3") == [("2025/12/3", "2025-12-03", False)]


def test_a_weekday_followed_by_its_date_takes_that_date():
    assert found("وقع الانفجار يوم الأربعاء (7 يناير) في السوق") == [("7 يناير", "2026-01-07", True)]
    assert found("اجتمعوا الخميس، 23 أكتوبر 2025، في المدينة") == [("23 أكتوبر 2025", "2025-10-23", False)]


def test_the_start_check_keeps_every_match():
    """_START only rules out positions where no expression can start: with the plain check
    (any first word, digit or bracket) the matches are the same."""
    import re

    from kg import dates
    from kg.normalize import normalize_chars
    plain = (r"(?=[وف]?[بكل]?" + dates._alt(dates._FIRST_WORDS) + r"(?!\w)|[وف]?\d|\()")
    assert dates._START in dates._PATTERN
    slow = re.compile(dates._PATTERN.replace(dates._START, plain))
    text = normalize_chars(
        "في هذا العام وقبل 2014 اجتمعوا في المدينة، وفي منتصف 2015 (2016) عاد بعد غد وبعد ذلك "
        "في هذه السنة وهذا الشهر ومنذ مطلع 2013 حتى 2014 وخلال الأسبوع الماضي وفي 3 مارس "
        "اعتبارا من 2017 وبحلول 2020 وفي 200 موقع (قال) الجمعة 13 ديسمبر/كانون الأول")
    fast = [(m.span(), m.groupdict()) for m in dates._RE.finditer(text)]
    assert fast == [(m.span(), m.groupdict()) for m in slow.finditer(text)]
    assert len(fast) >= 10


# --- days ago: قبل يومين، قبل أيام، قبل أسبوع ---------------------------------

def test_a_counted_number_of_days_ago_is_that_day():
    assert found("وصل الوزير إلى بغداد قبل يومين") == [("قبل يومين", "2026-01-15", True)]
    assert found("فُتح المعبر قبل ثلاثة أيام") == [("قبل ثلاثة أيام", "2026-01-14", True)]
    assert found("أُطلق سراحه قبل 4 أيام") == [("قبل 4 أيام", "2026-01-13", True)]


def test_a_few_days_ago_gives_the_month_never_a_day():
    assert found("زار وفد تركي الموصل قبل أيام") == [("قبل أيام", "2026-01", True)]
    assert found("اعتُقل منذ بضعة أيام في حلب", datetime.date(2026, 3, 25)) == [
        ("منذ بضعة أيام", "2026-03", True)]
    # the month of the likeliest day: three days back
    assert found("زار وفد تركي الموصل قبل أيام", datetime.date(2026, 3, 2)) == [
        ("قبل أيام", "2026-02", True)]


def test_weeks_ago_give_the_month():
    assert found("التقى الرئيسان قبل أسبوعين", datetime.date(2026, 3, 25)) == [
        ("قبل أسبوعين", "2026-03", True)]
    assert found("التقى الرئيسان قبل أسبوع", datetime.date(2026, 3, 5)) == [
        ("قبل أسبوع", "2026-02", True)]
    assert found("التقى الرئيسان قبل ثلاثة أسابيع", datetime.date(2026, 3, 25)) == [
        ("قبل ثلاثة أسابيع", "2026-03", True)]


def test_days_before_another_act_are_not_days_before_publication():
    assert found("اعتُقل قبل يومين من الانفجار") == []
    assert found("وصل قبل أيام على الاقتراع") == []


def test_the_night_before_last():
    assert found("انفجرت العبوة قرب السوق الليلة قبل الماضية") == [
        ("الليلة قبل الماضية", "2026-01-15", True)]


def test_a_night_named_by_its_two_days_is_the_first_days_night():
    # SAT is a Saturday: the night from Thursday to Friday was the 15th's
    assert found("قُصفت البلدة ليل الخميس الجمعة") == [("ليل الخميس الجمعة", "2026-01-15", True)]
    assert found("اندلعت اشتباكات ليلة الجمعة - السبت") == [("ليلة الجمعة - السبت", "2026-01-16", True)]
    assert found("وقع الهجوم ليلة الأحد على الاثنين الماضي") == [
        ("ليلة الأحد على الاثنين الماضي", "2026-01-11", True)]


def test_two_weekdays_that_are_not_one_night_stay_apart():
    assert found("بين الاثنين الأربعاء") == [("الاثنين", "2026-01-12", True), ("الأربعاء", "2026-01-14", True)]


def test_the_same_year_is_the_year_told_before():
    assert found("اندلعت الاحتجاجات عام 2011، وفي آذار من العام نفسه سقطت البلدة") == [
        ("عام 2011", "2011", False), ("آذار من العام نفسه", "2011-03", False)]
    assert found("اعتُقل في مايو 2019 ثم أُفرج عنه نهاية العام ذاته") == [
        ("مايو 2019", "2019-05", False), ("نهاية العام ذاته", "2019", False)]
    # with no year told before, the year is unknown: nothing rather than the publication's
    assert found("قُتل في 12 يونيو من نفس العام") == []


def test_a_weekday_before_a_hijri_day_and_its_gregorian_date_is_that_date():
    # the Hijri date has no year, so it is not read; the weekday is the Gregorian date's
    assert found("وقع الانفجار الخميس 5 رمضان الموافق 8 يناير") == [("8 يناير", "2026-01-08", True)]


def test_a_day_of_the_current_or_last_month_without_the_word_month():
    # "15 الجاري": the 15th of this month; "الـ15": the day with its article
    assert found("وصل الوفد يوم 12 الجاري", datetime.date(2026, 3, 19)) == [
        ("يوم 12 الجاري", "2026-03-12", True)]
    assert found("انتهت المهلة في الـ10 من الشهر الماضي", datetime.date(2026, 3, 19)) == [
        ("الـ10 من الشهر الماضي", "2026-02-10", True)]
    assert found("أُغلق المعبر الأحد 8 الجاري", datetime.date(2026, 3, 19)) == [
        ("الأحد 8 الجاري", "2026-03-08", True)]
    assert found("وفي الـ3 من آذار وصل", datetime.date(2026, 3, 19)) == [("الـ3 من آذار", "2026-03-03", True)]


def test_the_one_before_the_last():
    p = datetime.date(2026, 3, 19)
    assert found("اعتُقل الشهر قبل الماضي", p) == [("الشهر قبل الماضي", "2026-01", True)]
    assert found("وقع الهجوم العام قبل الماضي", p) == [("العام قبل الماضي", "2024", True)]


def test_a_named_day_after_since_is_not_one_day_ago():
    assert found("الطريق مغلق منذ يوم الخميس الماضي") == [("يوم الخميس الماضي", "2026-01-15", True)]
    assert found("وصل المراقبون قبل يوم الاقتراع") == []


def test_a_place_named_after_a_date_is_no_date():
    pub = datetime.date(2015, 7, 2)
    assert find_dates("خلال مداهمة شقة في مدينة السادس من أكتوبر غرب القاهرة", pub) == []
    assert find_dates("تجمع المحتجون عند جسر 6 أكتوبر وسط القاهرة", pub) == []
    # a date after a pause, or after a definite noun, is a date
    assert [d.value for d in find_dates("وصل الوفد إلى المدينة 6 أكتوبر", pub)] == ["2014-10-06"]
    assert [d.value for d in find_dates("وفي الساحة، السادس من أكتوبر", pub)] == ["2014-10-06"]


def test_a_movement_or_an_uprising_named_after_a_date_is_no_date():
    pub = datetime.date(2015, 7, 26)
    assert find_dates("وقال عضو الأمانة العامة لقوى 14 آذار إن الحكومة باقية", pub) == []
    assert find_dates("وشارك أنصار ثورة 25 يناير وحركة 6 أبريل في المسيرة", pub) == []
    assert [d.value for d in find_dates("وقتل ثلاثة جنود في 14 آذار الماضي", pub)] == ["2015-03-14"]


def test_a_short_quoted_name_opening_with_a_date_tells_no_time():
    pub = datetime.date(2018, 11, 5)
    assert find_dates("ونقل موقع «سبتمبر نت» عن قائد المنطقة قوله", pub) == []
    assert find_dates("وأطلقت الوزارة حملة “أكتوبر الوردي” للتوعية", pub) == []
    # (a date alone in quotes is one, and so is one inside longer quoted words)
    assert [d.value for d in find_dates("وعقد اجتماع في الرياض «24 فبراير 1981»", pub)] == ["1981-02-24"]
    assert [d.value for d in find_dates("وقال إن «الهجوم وقع في 26 سبتمبر الماضي قرب المدينة»", pub)] \
        == ["2018-09-26"]


@pytest.mark.parametrize("phrase, expected", [
    ("السادس من أغسطس لهذا العام", "2025-08-06"),
    ("6 أغسطس هذا العام", "2025-08-06"),
    ("السادس من أغسطس من هذا العام", "2025-08-06"),
])
def test_a_month_in_this_year_told_with_or_without_min(phrase, expected):
    got = found(f"وقع الانفجار يوم {phrase} في المدينة", published=datetime.date(2025, 9, 1))
    assert [(t, v) for t, v, _ in got] == [(phrase, expected)]


def test_the_day_the_article_calls_today_dates_its_bare_today_and_yesterday():
    # copy written on Monday, published on Tuesday: "اليوم الاثنين" makes every bare اليوم that Monday
    tue = datetime.date(2015, 8, 11)
    text = ("قتل ثلاثة جنود في انفجار عبوة قرب معبر حدودي اليوم الاثنين. وأكدت الشرطة أن عبوة "
            "أخرى انفجرت اليوم ولم تصب أحدا، بعد اشتباك وقع أمس.")
    values = {d.text: d.value for d in find_dates(text, tue)}
    assert values == {"اليوم الاثنين": "2015-08-10", "اليوم": "2015-08-10", "أمس": "2015-08-09"}
    # with no weekday called today, اليوم is the day of publication
    assert [d.value for d in find_dates("انفجرت عبوة اليوم قرب المعبر.", tue)] == ["2015-08-11"]
