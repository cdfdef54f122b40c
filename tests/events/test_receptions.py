"""kg/events/receptions.py: the guest named after where and when the host received him."""
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import events, run  # noqa: E402

SAT = date(2026, 1, 17)   # a Saturday


def test_guest_after_office_palace_and_day():
    evs = events(run("استقبل الملك سلمان بن عبدالعزيز في مكتبه بقصر اليمامة اليوم، وزير الخارجية "
                     "الفرنسي لوران فابيوس والوفد المرافق له.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["الملك سلمان بن عبدالعزيز", "لوران فابيوس"] and ev[4] == "2026-01-17"


def test_guest_named_by_a_post_past_the_rest_of_the_host_name():
    evs = events(run("استقبل الأمير فيصل بن بندر بن عبدالعزيز في مكتبه بقصر الحكم صباح اليوم، "
                     "وزير الصحة توفيق الربيعة، واستمع منه إلى شرح عن المشاريع.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert "توفيق الربيعة" in ev[1] and any(a.startswith("فيصل بن بندر") for a in ev[1])


def test_guest_after_his_highness_office_and_the_day_before_yesterday():
    evs = events(run("استقبل الأمير سعود بن نايف في مكتب سموه بقصر الحكم أمس الأول، سفير اليابان "
                     "لدى المملكة تاكاهيرو ناكامي.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert "تاكاهيرو ناكامي" in ev[1]


def test_guest_past_a_palace_named_with_no_entity():
    # "في قصر بيشتبه، يوم الثلاثاء، X": past the palace's name, the guest
    evs = events(run("استقبل الرئيس التركي رجب طيب أردوغان في قصر بيشتبه، يوم الخميس، وزير الخارجية "
                     "الإيراني محمد جواد ظريف."))
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "محمد جواد ظريف" in meeting[1]


def test_counterpart_met_past_where_and_when():
    # "التقى X في موسكو، يوم الاثنين، نظيره السعودي Y": Y met him
    evs = events(run("والتقى وزير الخارجية الإيراني محمد جواد ظريف في طهران، يوم الأحد، نظيره العماني "
                     "يوسف بن علوي."))
    [meeting] = [e for e in evs if e[0] == "Meeting"]
    assert "يوسف بن علوي" in meeting[1]


def test_the_guest_past_the_host_posts_and_the_setting():
    """"استقبل الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع، في قصر Y بجدة أمس، وزير
    Z Q": the host's own posts before the comma are no guest's; Q is."""
    evs = events(run("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد نائب رئيس "
                     "مجلس الوزراء وزير الدفاع، في مكتبه بقصر السلام في جدة أمس، وزير الخارجية الباكستاني "
                     "شاه محمود قريشي، وجرى خلال الاستقبال بحث العلاقات الثنائية."))
    [m] = [e for e in evs if e[0] == "Meeting"]
    assert "شاه محمود قريشي" in m[1]


def test_the_guest_past_a_governors_seat():
    """"استقبل أمير المنطقة X في مكتبه بديوان الإمارة في الدمام أمس قائد Y العميد Z": Z."""
    evs = events(run("استقبل أمير المنطقة الشرقية الأمير سعود بن نايف في مكتبه بديوان الإمارة في الدمام "
                     "أمس قائد قوات الطوارئ الخاصة بالمنطقة العميد سالم المطيري، واطلع منه على الخطط."))
    [m] = [e for e in evs if e[0] == "Meeting"]
    assert "سالم المطيري" in m[1]


def test_guest_after_the_host_posts_and_the_seat_with_no_comma():
    evs = events(run("استقبل الأمير خالد بن فهد أمير منطقة الجوف في مكتبه بالإمارة أمس مدير عام فرع وزارة "
                     "الزراعة بالمنطقة المهندس سعد بن ناصر القحطاني."))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["خالد بن فهد", "سعد بن ناصر القحطاني"]


def test_guest_after_the_host_posts_and_a_named_palace_with_no_comma():
    evs = events(run("استقبل الأمير خالد بن فهد نائب رئيس المجلس وزير الزراعة في قصر اليمامة بالرياض مساء أمس "
                     "معالي وزير الخارجية الأردني أيمن الصفدي."))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert "أيمن الصفدي" in ev[1] and "خالد بن فهد" in ev[1]


def test_reception_noun_of_a_guest_who_received_the_speaker():
    evs = events(run("وأعرب الأمين العام أيمن الصفدي، لدى استقبال نائب الرئيس اليمني خالد محفوظ بحاح، له الليلة "
                     "الماضية في الرياض، عن ارتياحه.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["أيمن الصفدي", "خالد محفوظ بحاح"] and ev[3] == ["الرياض"]


def test_reception_noun_of_a_guest_named_after_his_post():
    evs = events(run("وقال الأمير فيصل بن خالد لدى استقبال مدير فرع معهد الريادة في الجوف سعد بن ناصر القحطاني "
                     "إن الشباب مصدر فخر.", published=SAT))
    [ev] = [e for e in evs if e[0] == "Meeting"]
    assert ev[1] == ["سعد بن ناصر القحطاني", "فيصل بن خالد"]


def test_welcoming_party_at_an_arrival_is_no_reception_meeting():
    evs = events(run("وكان في استقبال نائب الملك لدى وصوله مطار أبها الأمير فيصل بن خالد أمير المنطقة.",
                     published=SAT))
    assert not [e for e in evs if e[0] == "Meeting"]


def test_body_whose_seat_hosted_the_reception_is_no_side():
    evs = events(run("جاء ذلك لدى استقبال سموه في مقر قوة الطوارئ الخاصة بعسير مساء أمس وفدا من أعيان المنطقة.",
                     published=SAT))
    assert all("قوة الطوارئ الخاصة" not in ev[1] for ev in evs if ev[0] == "Meeting")
