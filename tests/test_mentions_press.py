"""Press credits: a paper or site the article is filed for or quotes (kg/mentions_press.py)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import run  # noqa: E402

from kg.mentions_press import credit_spans  # noqa: E402


def _credits(text):
    return [text[s:e] for s, e in credit_spans(text)]


def _types(doc, surface):
    return {e.type for e in doc.entities for m in e.mentions if m.text == surface}


def test_a_dateline_credit_is_the_paper():
    assert _credits("الموصل - «الشرق الأوسط»:\nاستعادت القوات حيا جديدا") == ["الشرق الأوسط"]
    assert _credits("سرت (ليبيا) - «الحياة»:\nتواصلت المعارك") == ["الحياة"]
    assert _credits("حلب، أنقرة - «الشرق الأوسط» ووكالات: قصفت الطائرات") == ["الشرق الأوسط"]


def test_a_statement_made_to_the_paper_and_a_copy_it_received():
    assert _credits("وقال ضابط في الجيش لـ«الرياض» إن الطريق أغلق") == ["الرياض"]
    assert _credits("وذكرت الجبهة في بيان تلقت «الحياة» نسخة منه أن") == ["الحياة"]
    assert _credits('ونشر موقع "المدى برس" صورا للموقع') == ["المدى برس"]


def test_a_statement_to_the_paper_far_from_its_verb_or_a_news_the_paper_learned():
    assert _credits("وقال قائد الفرقة الثالثة في الجيش العميد الركن سالم فرحان الدوري لـ«الحياة» إن"
                    " الهجوم صد") == ["الحياة"]
    assert _credits("وعلمت «الشرق الأوسط» من مصادر مطلعة أن الوفد غادر") == ["الشرق الأوسط"]
    assert _credits("وتقول لـ«عكاظ» الباحثة سلمى الحربي") == ["عكاظ"]
    assert _credits("وأعلن الفصيل ولاءه لـ«داعش» في الشهر الماضي") == []


def test_a_common_word_received_in_quotes_is_no_paper():
    assert _credits("وأكد الوزير أنه تلقى «ترحيبا» من الأمين العام بالمقترح") == []
    assert _credits("وقال إنه تلقى «وعدا» من الحكومة") == []



def test_the_copy_cues_end_with_the_words_that_gate_them():
    # RECEIVED is run only after one of its last words (kg.mentions_press._RECEIVED_LAST)
    import re
    from kg.mentions_press import _RECEIVED_LAST, RECEIVED
    body = RECEIVED.pattern[RECEIVED.pattern.index("(?:") + 3:RECEIVED.pattern.rindex(")")]
    assert {re.split(r"\\s\+", alt)[-1] for alt in body.split("|")} == _RECEIVED_LAST
    assert _credits("وذكر المصدر في وثيقة اطلعت عليها\u00a0«المدى» أن") == ["المدى"]
    assert _credits("وقال الناطق\tلـ«الحياة» إن القوات وصلت") == ["الحياة"]


def test_no_credit_without_its_cue():
    assert _credits("وأعلن الفصيل ولاءه لـ«داعش» الشهر الماضي") == []
    assert _credits("قال إن التفجير - «الذي هز المدينة» - كان متوقعا") == []
    assert _credits("وتشهد منطقة «الشرق الأوسط» توترا") == []


def test_the_credited_name_is_an_organisation_not_the_region_or_the_city():
    doc = run("الموصل - «الشرق الأوسط»:\nقال ضابط عراقي لـ«الرياض» إن القوات دخلت حي الزهراء في الموصل.")
    assert _types(doc, "الشرق الأوسط") == {"Organization"}
    assert _types(doc, "الرياض") == {"Organization"}


def test_a_dateline_credit_followed_by_a_byline_is_the_paper():
    assert _credits("جيبوتي - «الحياة» - سالم عبده:\nوصل الوفد") == ["الحياة"]
    assert _credits("الكويت - «الشرق الأوسط» - من هدى الصباح:\nأعلنت الوزارة") == ["الشرق الأوسط"]
    # a dash and words that do not end the line with a colon: no byline, no credit
    # (not «الشرق الأوسط»: quoted, the paper whatever follows it)
    assert _credits("المنامة - «الوطن» - كما قال الوزير أمس إن") == []


def test_a_foreign_name_after_news_agency_is_the_agency():
    doc = run("وقالت وكالتا الأنباء جيهان والأناضول إن حملة الاعتقالات مستمرة.")
    kinds = {m.text: (e.type, e.subtype) for e in doc.entities for m in e.mentions}
    assert kinds["جيهان"] == ("Organization", "MediaOrganization")
    assert kinds["الأناضول"] == ("Organization", "MediaOrganization")
    doc = run("ونقلت وكالة الأنباء الرسمية عن مصدر عسكري أن القصف توقف.")
    assert [m.text for e in doc.entities for m in e.mentions] == ["وكالة الأنباء الرسمية"]


def test_a_persons_full_name_after_news_agency_is_its_director():
    doc = run("وقال مدير عام وكالة الأنباء سامي العلي إن الصحفيين بخير.")
    assert "سامي العلي" in {m.text for e in doc.entities if e.type == "Person" for m in e.mentions}


def test_a_quoted_name_after_a_papers_head_is_the_paper():
    assert _credits("ونشرت صحيفة «الشرق الأوسط» أمس مقابلة مع الوزير") == ["الشرق الأوسط"]
    assert _credits('وذكرت مجلة "آفاق الطب" في عددها الأخير أن اللقاح فعال') == ["آفاق الطب"]
    assert _credits("وقال لجريدة «البلاد» الأسبوع الماضي إنه سيستقيل") == ["البلاد"]


def test_the_paper_named_like_the_region_is_the_paper_when_quoted_unless_a_place_head_precedes():
    assert _credits("وفي حوار مطول مع «الشرق الأوسط» في مكتبه، تحدث السفير عن الأزمة") == ["الشرق الأوسط"]
    assert _credits("وأوضح مسؤولون تحدثت إليهم «الشرق الأوسط» أن الاتفاق قريب") == ["الشرق الأوسط"]
    assert _credits("وتتنافس القوى الكبرى على دول «الشرق الأوسط» منذ عقود") == []
    doc = run("وقال النائب في اتصال مع «الشرق الأوسط» إن الحرب في الشرق الأوسط لن تنتهي قريبا.")
    assert {(e.type, m.text) for e in doc.entities for m in e.mentions} >= {
        ("Organization", "الشرق الأوسط"), ("Place", "الشرق الأوسط")}
