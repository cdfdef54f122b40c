"""kg/events/matches.py: a sports match is no meeting."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_a_league_match_is_no_meeting():
    evs = events(run("وانتهى لقاء نادي الوحدة بنظيره نادي الفتح بالتعادل السلبي في الدوري.", published=SAT))
    assert not [e for e in evs if e[0] == "Meeting"]


def test_a_meeting_of_ministers_still_is():
    evs = events(run("جاء لقاء وزير الخارجية الأمريكي جون كيري بنظيره الروسي سيرغي لافروف في جنيف.",
                     published=SAT))
    assert [e for e in evs if e[0] == "Meeting"]


def test_a_teams_attack_is_no_attack():
    evs = events(run("ولعب في الدفاع سالم الدوسري، وفي الهجوم ماجد الحربي وناصر الشمري في مباراة الدوري.",
                     published=SAT))
    assert not [e for e in evs if e[0] == "Attack"]


def test_a_teams_attack_with_its_pronoun_is_no_attack():
    evs = events(run("تعاقد النادي أمس مع لاعب برازيلي لتقوية هجومه قبل انطلاق الموسم الجديد.",
                     published=SAT))
    assert not [e for e in evs if e[0] == "Attack"]


def test_an_attack_on_a_stadium_still_is():
    evs = events(run("هاجم مسلحون ملعبا لكرة القدم في مدينة بغداد، وأسفر الهجوم عن سقوط سبعة قتلى.",
                     published=SAT))
    assert [e for e in evs if e[0] == "Attack"]



def test_the_top_of_something_is_no_summit():
    for text in ("وقال اللاعب إنه جاء إلى النادي ليعود إلى قمة الكرة الأوروبية مع الرئيس.",
                 "وكان الفنان سامر خليل في قمة عطائه حين غنى للجمهور في القاهرة.",
                 "ونجح الأمير في وضع الكفاءات الشابة على قمة الهرم الإداري في الوزارة."):
        assert not [e for e in run(text).events if e.trigger == "قمة"], text
    # a summit still is one
    doc = run("وشارك الرئيس عمر البشير في قمة الاتحاد الأفريقي في جوهانسبرغ.")
    assert any(e.type == "Meeting" and e.trigger == "قمة" for e in doc.events)


def test_a_kick_named_by_its_kind_is_no_strike():
    assert events(run("وافتتح الفرنسي كريم بنزيمة التسجيل للفريق الملكي بضربة مقصية في الدقيقة 20.")) == []
    # strikes on targets and checkpoints in a report with words that sport shares
    evs = events(run("ونفذ التحالف الدولي سبع ضربات على أهداف لتنظيم داعش ونقاط تفتيش قرب الحسكة."))
    assert [e[0] for e in evs] == ["Strike"]


def test_targets_and_checkpoints_are_no_words_of_sport():
    evs = events(run("وشنت حركة الشباب هجوما على أهداف حكومية في مقديشو."))
    assert [(e[0], e[1]) for e in evs] == [("Attack", ["حركة الشباب"])]
    evs = events(run("وشنت حركة الشباب هجوما على نقاط تفتيش حكومية في مقديشو."))
    assert [(e[0], e[1]) for e in evs] == [("Attack", ["حركة الشباب"])]


def test_a_teams_striker_is_no_attack():
    evs = events(run("ورغم تألق مهاجمه الأرجنتيني سيرخيو أغويرو طوال الموسم الماضي فشل الفريق في الاحتفاظ باللقب.",
                     published=SAT))
    assert not [e for e in evs if e[0] == "Attack"]


def test_teams_meeting_in_a_competition_is_no_meeting():
    evs = events(run("يلتقي المنتخب السعودي للشباب نظيره المكسيكي مساء اليوم ضمن منافسات بطولة الكوكتيف الودية في "
                     "مدينة فالنسيا.", published=SAT))
    assert not [e for e in evs if e[0] == "Meeting"]
    evs = events(run("التقى وزير الخارجية عادل الجبير نظيره المكسيكي اليوم في مدينة فالنسيا.", published=SAT))
    assert [e for e in evs if e[0] == "Meeting"]


def test_a_line_up_a_header_and_a_top_match_are_no_attack_strike_or_summit():
    # a line-up: the team's attack after «بالتشكيل»
    assert events(run("وبدأ خالد العمري بالتشكيل المعتاد، وفي الهجوم فهد الدوسري ونايف الزهراني.")) == []
    # a header: «ضربة رأس»
    assert events(run("وافتتح المهاجم الكاميروني بيير نغويا التسجيل في الدقيقة 70 عبر ضربة رأس من تمريرة "
                      "زميله.")) == []
    # a top match: «مباراتي قمة»
    assert events(run("وسنلعب مباراتي قمة أمام تشيلسي وأرسنال في الأسبوع الأول.")) == []
    # a head struck in a report of violence stays
    evs = events(run("وقتل مسلحون شرطيا بضربة رأس بعقب بندقية في مدينة الرمادي."))
    assert "Strike" in [e[0] for e in evs]


def test_the_height_of_a_quality_is_no_summit():
    evs = events(run("ويعد الشاعر سالم الراشد أحد أركان هذا الفن الذي يمثل قمة الذوق الأدبي في عصره."))
    assert not [e for e in evs if e[0] == "Meeting"]
