"""Word lists the pattern stages share (all in normalised form: see kg.normalize.norm).

Nothing here names a particular person, group or place: these are the function
words, titles, heads and triggers of Arabic news prose.
"""
from functools import lru_cache

from kg.caches import WORDS, register
from kg.normalize import norm
from kg.resources import DATA_DIR


def word_set(text):
    """A word list written as one string: the set of its normalised words."""
    return frozenset(norm(w) for w in text.split())


_n = word_set


# proclitic clusters, longest first; "لل" is ل + ال (handled in strip_clitics)
PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل",
              "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
# the same by first letter (in the same order): a word is checked only against its own
_PROCLITICS_BY_FIRST = {f: tuple(c for c in PROCLITICS if c[0] == f) for f in {c[0] for c in PROCLITICS}}

STOPWORDS = _n("""
في من على عن الى إلى مع بعد قبل خلال منذ حتى ضد عند لدى نحو حول دون بين بين عبر اثر إثر عقب
إبان ابان أثناء اثناء طيلة قبيل
فيه فيها فيهم منه منها منهم عنه عنها عنهم
ان أن إن انه أنه إنه انها أنها بأن لان لأن كان كانت يكون تكون كانوا قد لقد لم لن لا ما ماذا
سوف فسوف وسوف
هو هي هم هذا هذه ذلك تلك الذي التي الذين اللذين اللتين اللواتي والذي والتي
و او أو ثم بل لكن لكنه غير كل بعض ايضا أيضا حيث بينما فيما كما اذا إذا لو اي أي
قال قالت يقول تقول اعلن أعلن اعلنت أعلنت اكد أكد اكدت أكدت اوضح أوضح اوضحت أوضحت اضاف أضاف اضافت أضافت
وقال وقالت واعلن واعلنت واكد واوضح واضاف لفت ولفت افاد أفاد افادت أفادت ذكر ذكرت
رسميا حينها امس أمس اليوم السبت الاحد الأحد الاثنين الإثنين الثلاثاء الاربعاء الأربعاء الخميس الجمعة
يوم عام العام سنة الشهر الاسبوع الأسبوع الماضي الماضية الجاري الحالي منتصف
بيان بيانه تصريح تصريحات مؤتمر صحفي وفد وفدا وفود وفدين
""")

# titles that come right before a person's name
PERSON_TITLES = _n("""
الرئيس القيادي قيادي قياديا الأميرال الاميرال الأدميرال أدميرال أميرال الجنرال العميد اللواء العقيد المقدم الرائد النقيب
الملازم المشير الفريق الشيخ الوزير السفير الدكتور السيد السيدة الأمير الملك الزعيم القائد
المبعوث النائب الملا الإمام المدعو الإرهابي المسلح الناشط الصحفي المراسل المحلل المستشار الحاج
الأمين المتحدث الناطق العقيد القاضي المحافظ الأسير المعتقل الجندي الضابط الداعية المفتي
يدعى يُدعى ويدعى المدعوة نظيره نظيرها نظيريه ونظيره القياديين العماد المولوي مولوي
المهندس الأستاذ المخلوع المعزول
دكتور قاري
""")
# (دكتور with no article: after a rank, "العقيد دكتور X", a second title, no word of the name;
# قاري: a Quran reciter's title in Afghan and Pakistani names, "قاري ذبيح الله")

# trades that stand before a name as titles do (الفنانة اللبنانية X، المخرج السينمائي X، المحامية
# X), and after another title joined by و (الشاعرة والناشطة المدنية X); not PERSON_TITLES: alone
# they are the trade (the title-only mentions and the not-a-name lists leave them be)
TRADE_TITLES = _n("الفنان الفنانة المطرب المطربة الشاعر الشاعرة الكاتب الكاتبة الروائي الروائية "
                  "المخرج المخرجة الممثل الممثلة الناشطة الصحفية المحامي المحامية المؤرخ المؤرخة")

# heads of posts: وزير الدفاع التركي X، رئيس الوزراء X، قائد القيادة X، زعيم التنظيم X
POST_HEADS = _n("وزير وزيرة رئيس رئيسة قائد زعيم أمير مدير نائب سفير محافظ مستشار أمين مبعوث")
LEADER_POSTS = _n("رئيس رئيسة قائد زعيم أمير القائد الزعيم")
SPOKES_HEADS = _n("المتحدث الناطق متحدث ناطق")

# heads of organisation names
ORG_HEADS = _n("""
تنظيم جبهة جيش حركة وزارة قيادة قوات كتائب ألوية سرايا جماعة حزب مجلس هيئة لواء فيلق
ميليشيا مليشيا منظمة اتحاد وكالة صحيفة قناة مؤسسة جهاز مديرية شرطة حكومة محكمة برلمان
تحالف ائتلاف شركة جامعة مكتب فرقة كتيبة حرس سلاح قوة لجان لجنة بعثة إدارة مفوضية وحدة
خلية كتلة رئاسة إذاعة عصبة
بلدية نادي نقابة بنك مصرف
قبيلة قبائل عشيرة عشائر
""")
ORG_HEAD_SUBTYPES = {
    **{w: "ArmedGroup" for w in _n("تنظيم جبهة كتائب ألوية سرايا جماعة ميليشيا مليشيا")},
    **{w: "ArmedForce" for w in _n("جيش قيادة قوات لواء فيلق فرقة كتيبة حرس سلاح قوة وحدة")},
    **{w: "GovernmentBody" for w in _n("رئاسة خلية وزارة مجلس هيئة جهاز مديرية شرطة حكومة محكمة برلمان مكتب إدارة مفوضية بلدية")},
    **{w: "PoliticalOrganization" for w in _n("حزب حركة كتلة")},
    **{w: "Coalition" for w in _n("تحالف ائتلاف")},
    **{w: "MediaOrganization" for w in _n("وكالة صحيفة قناة إذاعة")},
}

# place-type heads: مدينة X، محافظة X ...
PLACE_HEADS = {
    **{w: "City" for w in _n("مدينة بلدة قرية مخيم حي مدينتي بلدتي قريتي مخيمي حيي جزيرة")},
    **{w: "Region" for w in _n("محافظة ولاية إقليم منطقة مقاطعة قضاء ناحية ريف منطقتي محافظتي ولايتي "
                               "مديريتي ناحيتي جبل جبال غابة صحراء تلة")},
}
DUAL_PLACE_HEADS = _n("مدينتي بلدتي قريتي مخيمي حيي منطقتي محافظتي ولايتي مديريتي ناحيتي")
# plural heads before a list of names: بلدات X وY وZ، ولايات X وY، مديريات X وY، أحياء X وY
PLURAL_PLACE_HEADS = {**{w: "City" for w in _n("مدن بلدات قرى مخيمات أحياء")},
                      **{w: "Region" for w in _n("مناطق محافظات ولايات أقاليم مديريات")}}

# facility and landmark heads, kept in the place's name: سجن صيدنايا، مطار المزة، سد تشرين،
# معبر رفح، قاعدة حميميم (indefinite only: السجن، القاعدة are other words); mountains and
# forests (جبل، جبال، غابة) are region heads above
FACILITY_HEADS = _n("سجن مطار ميناء معبر قاعدة سد جسر مستشفى وادي نهر حقل فندق متنزه مسجد قصر معسكر "
                    "شارع مستوطنة مرقد ضريح حاجز مضيق ملهى مجمع مرفأ")

# direction words between places: تدمر وسط سوريا، شمال شرق سوريا
DIRECTIONS = _n("وسط شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أطراف ضواحي قرب")

SPEECH_VERBS = _n("""
قال قالت يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت يؤكد تؤكد أوضح أوضحت أضاف أضافت
أفاد أفادت ذكر ذكرت صرح صرحت أشار أشارت لفت نقل نقلت زعم زعمت اتهم اتهمت نفى نفت
""")
COMPLEMENTIZERS = _n("أن إن بأن وأن وإن أنه إنه أنها إنها وأنه وإنه وأنها بأنه")

KUNYA_HEADS = _n("أبو أبي أبا")
# adjectives that may stand between a title and the name: القيادي المحلي X، القائد الميداني X
TITLE_ADJECTIVES = _n("البارز الكبير السابق الجديد المحلي الميداني العسكري الأمني الإعلامي الرفيع "
                      "المسؤول الأول الثاني المخضرم أول الركن ركن "
                      "المعين المكلف المنتخب المقال المستقيل المعزول المخلوع الراحل المؤقت الأسبق "
                      "المؤسس "      # الملك المؤسس عبدالعزيز بن عبدالرحمن
                      # adverbs of the time the post was held: الرئيس الإيراني آنذاك X
                      "آنذاك حينذاك حينها وقتها وقتذاك "
                      "المتقاعد متقاعد")
ALIAS_CUES = _n("الملقب الملقبة المعروف المعروفة المكنى المكناة الشهير يلقب تلقب يكنى تكنى")


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    path = DATA_DIR / "common_words.txt"
    return frozenset(line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=WORDS)
def strip_clitics(word: str) -> tuple:
    """All readings of a normalised word: (clitic, stem) pairs, the bare word first.

    "للجيش" -> [("", "للجيش"), ("ل", "الجيش")]; "وبتنظيم" -> [..., ("وب", "تنظيم")].
    """
    out = [("", word)]
    for c in _PROCLITICS_BY_FIRST.get(word[:1], ()):
        if word.startswith(c) and len(word) - len(c) >= 2:
            stem = word[len(c):]
            if c.endswith("لل"):
                stem = "ال" + stem
            out.append((c, stem))
    return tuple(out)


register(strip_clitics.cache_clear)


def words_read_as(stems) -> frozenset:
    """Every word that :func:`strip_clitics` may read as one of ``stems``: the stem
    itself and each proclitic glued to it (a fused لل before a stem's article: الجيش ->
    للجيش). A superset (وب + a one-letter stem is no reading): a caller that needs the
    exact words checks the few found in its text with strip_clitics, instead of reading
    every word of the text."""
    out = set(stems)
    for stem in stems:
        out.update(c + stem for c in PROCLITICS)
        if stem.startswith("ال"):
            out.update(c + stem[2:] for c in PROCLITICS if c.endswith("لل"))
    return frozenset(out)


def original_prefix_length(token_text: str, n_norm_chars: int) -> int:
    """How many original characters carry the first ``n_norm_chars`` normalised ones."""
    if n_norm_chars <= 0:
        return 0
    count = 0
    for i, ch in enumerate(token_text):
        if norm(ch):
            count += 1
            if count == n_norm_chars:
                # include diacritics that sit on this character
                j = i + 1
                while j < len(token_text) and not norm(token_text[j]):
                    j += 1
                return j
    return len(token_text)
