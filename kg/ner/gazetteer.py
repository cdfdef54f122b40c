"""Gazetteers for the NER features: which name lists a word belongs to.

Two kinds, both giving the tagger a hint for names the training corpus never shows:

* small hand-written lists (here, not from any corpus): country and region names,
  large cities, common Arabic given names, and the head words of organisation and
  place names and titles;
* large derived lists shipped in ``kg/ner/data/`` (see its ``LICENSE.txt``; rebuilt by
  ``tools/make_ner_lexicons.py``): words of 22,797 Arabic spellings of personal names
  (arabnamer, CC BY 4.0) and Arabic names of places of 15,000+ inhabitants (GeoNames,
  CC BY 4.0); and the Arabic names of the knowledge base's entities, by type.

Membership is tested on the normalised word and its clitic-stripped stem (see
``kg.ner.features``).

Multi-word names are listed word by word; words too common to mean a name on
their own (جنوب، المدينة، الله ...) are in ``STOPWORDS`` and left out.
Changing a list changes the features: retrain the model afterwards.
"""
from functools import lru_cache
from pathlib import Path

COUNTRIES = """
أفغانستان ألبانيا الجزائر أندورا أنغولا الأرجنتين أرمينيا أستراليا النمسا أذربيجان البحرين بنغلاديش
بيلاروسيا بلجيكا بنين بوتان بوليفيا البوسنة بوتسوانا البرازيل بروناي بلغاريا بوركينا بوروندي كمبوديا
الكاميرون كندا تشاد تشيلي الصين كولومبيا جزر الكونغو كوستاريكا كرواتيا كوبا قبرص التشيك الدنمارك جيبوتي
الدومينيكان الإكوادور مصر السلفادور إريتريا إستونيا إثيوبيا فنلندا فرنسا الغابون غامبيا جورجيا ألمانيا
غانا اليونان غواتيمالا غينيا هايتي هندوراس المجر آيسلندا الهند إندونيسيا إيران العراق أيرلندا إسرائيل
إيطاليا جامايكا اليابان الأردن كازاخستان كينيا الكويت قرغيزستان لاوس لاتفيا لبنان ليسوتو ليبيريا ليبيا
ليختنشتاين ليتوانيا لوكسمبورغ مقدونيا مدغشقر مالاوي ماليزيا المالديف مالي مالطا موريتانيا موريشيوس المكسيك
مولدوفا موناكو منغوليا الجبل الأسود المغرب موزمبيق ميانمار ناميبيا نيبال هولندا نيوزيلندا نيكاراغوا النيجر
نيجيريا كوريا النرويج عمان عُمان باكستان فلسطين بنما باراغواي بيرو الفلبين بولندا البرتغال قطر رومانيا روسيا
رواندا السعودية السنغال صربيا سيراليون سنغافورة سلوفاكيا سلوفينيا الصومال جنوب أفريقيا إسبانيا اسبانيا سريلانكا
السودان سورينام سوازيلاند السويد سويسرا سوريا سورية تايوان طاجيكستان تنزانيا تايلاند توغو تونس تركيا
تركمانستان أوغندا أوكرانيا الإمارات بريطانيا المملكة المتحدة الولايات أمريكا أميركا الأوروغواي أوزبكستان
فنزويلا فيتنام اليمن زامبيا زيمبابوي كوسوفو الشيشان كردستان دارفور الفاتيكان اسكتلندا ويلز إنجلترا انجلترا
"""

REGIONS = """
أوروبا أفريقيا إفريقيا آسيا أسيا أستراليا القوقاز البلقان الخليج الشرق الأوسط المغرب العربي الشام
المتوسط الأطلسي الهادي الهندي الأحمر قزوين النيل الفرات دجلة الأردن سيناء الجولان الضفة غزة القطاع
الأمازون الهيمالايا الألب الساحل الصحراء الكبرى كشمير البقاع الجليل النقب
"""

CITIES = """
القاهرة الإسكندرية الجيزة أسوان الأقصر بورسعيد السويس طنطا المنصورة الرياض جدة مكة المدينة الدمام الطائف
تبوك أبها الخبر بريدة حائل جازان نجران الكويت الدوحة المنامة أبوظبي دبي الشارقة مسقط صنعاء عدن تعز
الحديدة المكلا بغداد البصرة الموصل أربيل كركوك النجف كربلاء الفلوجة الرمادي تكريت سامراء بعقوبة
الحلة الناصرية العمارة الكوت السليمانية دهوك الأنبار ديالى نينوى صلاح الدين دمشق حلب حمص حماة اللاذقية
طرطوس دير الزور الرقة إدلب درعا القامشلي الحسكة تدمر منبج عفرين كوباني عين العرب السويداء القنيطرة
الباب جرابلس بيروت طرابلس صيدا صور جبيل زحلة بعلبك عمان الزرقاء إربد العقبة معان القدس رام الله نابلس
الخليل جنين بيت لحم أريحا طولكرم قلقيلية رفح خان يونس حيفا يافا عكا الناصرة تل أبيب بنغازي مصراتة
سرت درنة الخرطوم أم درمان تونس صفاقس سوسة القيروان الجزائر وهران قسنطينة الرباط الدار البيضاء فاس
مراكش طنجة أكادير نواكشوط مقديشو جيبوتي أنقرة إسطنبول اسطنبول أزمير غازي عنتاب أضنة طهران مشهد أصفهان
تبريز قم شيراز كابول قندهار هرات إسلام أباد كراتشي لاهور بيشاور نيودلهي مومباي كلكتا بكين شنغهاي هونغ كونغ
طوكيو سيول بيونغ يانغ موسكو سان بطرسبرغ كييف مينسك وارسو برلين ميونيخ فرانكفورت هامبورغ باريس مرسيليا
ليون لندن مانشستر ليفربول دبلن مدريد برشلونة لشبونة روما ميلانو نابولي البندقية فيينا بروكسل أمستردام
لاهاي جنيف زيوريخ برن ستوكهولم أوسلو كوبنهاغن هلسنكي أثينا بلغراد صوفيا بوخارست بودابست براغ واشنطن
نيويورك لوس أنجلوس شيكاغو هيوستن بوسطن ميامي سان فرانسيسكو أوتاوا تورنتو مونتريال مكسيكو هافانا
برازيليا ريو دي جانيرو ساو باولو بوينس آيرس سانتياغو ليما بوغوتا كاراكاس سيدني ملبورن جاكرتا مانيلا
بانكوك هانوي كوالالمبور سنغافورة أديس أبابا نيروبي لاغوس أبوجا داكار جوهانسبرغ كيب تاون
"""

GIVEN_NAMES = """
محمد أحمد محمود مصطفى علي عمر عثمان أبو بكر خالد حسن حسين حسني عبد عبدالله عبدالرحمن عبدالعزيز
عبدالملك عبدالسلام عبدالكريم عبدالرحيم عبدالحميد عبدالمجيد عبدالقادر عبدالفتاح عبدالناصر إبراهيم إسماعيل
يوسف يعقوب إسحاق موسى عيسى يحيى زكريا سليمان داود هارون نوح آدم صالح سالم سعيد سعد سعود فهد فيصل
نايف سلطان بندر تركي طلال وليد ماجد منصور ناصر نصر جمال كمال عادل عماد فؤاد رياض رضا رشيد مجيد حميد
حامد أمين أنور أيمن بشار بشير جعفر جلال جميل حازم حاتم حمد حمدي حمزة خليل رامي رائد زياد زيد سامي سمير
شريف صبري صلاح طارق طه عاطف عامر عدنان عزيز عصام علاء عمرو عوض غازي فادي فاروق فتحي فريد قاسم كريم
لؤي مازن مالك مأمون مجدي مراد مروان مسعود معاذ معتز مهدي ممدوح منير مهند نبيل نجيب نزار نعيم هاني هشام
هيثم وائل وسيم ياسر ياسين يونس إياد أسامة أكرم باسم بسام توفيق ثامر جواد حيدر رفيق زهير سفيان شادي
صدام ضياء عباس عبود غسان قيس كاظم لطفي مقتدى نوري هادي ناجي نجم جورج ميشال ميشيل بيار إميل إيلي
جوزيف أنطوان شارل نبيه سمير وليد فاطمة عائشة خديجة مريم زينب سارة ليلى هدى منى سلمى نادية سعاد
هند رانيا دينا نور ياسمين أسماء آمنة رقية حنان سميرة نجلاء
"""

#: head words that open organisation names (وزارة الخارجية، حزب الله ...)
ORG_HEADS = """
وزارة حزب حركة جبهة منظمة شركة مؤسسة جامعة مجلس وكالة هيئة جمعية بنك مصرف نادي صحيفة جريدة مجلة قناة
إذاعة تلفزيون اتحاد لجنة محكمة جيش قوات تنظيم كتائب كتيبة لواء فيلق ميليشيا جماعة ائتلاف تحالف برلمان
حكومة رابطة نقابة معهد أكاديمية مركز مكتب دائرة مديرية سلطة مفوضية الأمم الجامعة الحلف منتخب صندوق
"""

#: head words that open place names (مدينة حلب، مطار بغداد ...)
LOC_HEADS = """
مدينة محافظة قرية بلدة منطقة ولاية إقليم جزيرة نهر بحر خليج جبل وادي سهل مطار شارع حي مخيم ميناء معبر
قاعدة سجن مسجد جامع كنيسة قصر ساحة ميدان جسر طريق سد ريف بادية مقاطعة عاصمة
"""

#: titles and roles that stand before a person's name (الرئيس، الشيخ ...)
PER_TITLES = """
الرئيس رئيس الملك ملك الأمير أمير الشيخ السيد السيدة الدكتور د الأستاذ المهندس الوزير وزير النائب نائب
اللواء العميد العقيد المقدم الرائد النقيب الجنرال الفريق المشير الزعيم زعيم القائد قائد المتحدث الناطق
السفير سفير المبعوث مبعوث الأمين أمين الإمام الشهيد الراحل المرحوم الحاج البابا المطران الخليفة السلطان
المستشار مستشار الملكة
"""

STOPWORDS = """
جنوب المتحدة الأسود الجبل جزر المملكة الشرق الأوسط العربي الكبرى الدين الله بيت الدار البيضاء عين العرب
دي سان ريو تاون كيب لوس أبو بكر المدينة الباب صور العمارة القطاع نصر جانيرو باولو آيرس أباد يانغ كونغ
بطرسبرغ الزور
"""

DATA = Path(__file__).resolve().parent / "data"

#: class letter -> lists: L place name, N given name, O organisation head word,
#: H place head word, T title before a person's name
CLASSES = (
    ("L", COUNTRIES + REGIONS + CITIES),
    ("N", GIVEN_NAMES),
    ("O", ORG_HEADS),
    ("H", LOC_HEADS),
    ("T", PER_TITLES),
)


def _lines(name: str) -> list:
    with open(DATA / name, encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip() and not line.startswith("#")]


#: knowledge-base entity type -> class letter of the words of its Arabic names
KB_CLASSES = {"Person": "a", "Organization": "b", "Place": "d"}


def derived_lists() -> list:
    """``(class letter, normalised words)`` from the shipped lists and the knowledge base.

    P a word of a personal name; C a one-word place name; c a word of a
    longer place name; a / b / d a word of a Person / Organization / Place
    name in the knowledge base (``kg/data/kb.json``).
    """
    import json

    from kg.ner.features import normalize_token
    from kg.resources import KB_JSON

    out = [("P", _lines("person_names.txt"))]
    places = _lines("place_names.txt")
    out.append(("C", [p for p in places if " " not in p]))
    out.append(("c", [w for p in places if " " in p for w in p.split()]))
    kb = json.loads(KB_JSON.read_text(encoding="utf-8"))
    by_class = {}
    for entity in kb["entities"]:
        cls = KB_CLASSES.get(entity["type"])
        if cls:
            for name in [entity["name_ar"], *entity.get("aliases_ar", [])]:
                by_class.setdefault(cls, []).extend(normalize_token(w) for w in name.split())
    out.extend(sorted(by_class.items()))
    return out


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """Normalised form -> the sorted class letters it belongs to (e.g. ``"LN"``)."""
    from kg.ner.features import normalize_token, strip_clitics

    stop = {normalize_token(w) for w in STOPWORDS.split()}
    lex = {}

    def add(n, cls):
        forms = {n, strip_clitics(n)[1]}
        if n.startswith("ال") and len(n) > 4:
            forms.add(n[2:])
        for form in forms:
            lex.setdefault(form, set()).add(cls)

    for cls, text in CLASSES:
        for word in text.split():
            n = normalize_token(word)
            if n not in stop:
                add(n, cls)
    for cls, words in derived_lists():
        for n in set(words):
            add(n, cls)
    return {form: "".join(sorted(c)) for form, c in lex.items()}


def lookup(word: str, stem: str) -> str:
    """Class letters of a normalised word or its stem, or ``""``."""
    lex = lexicon()
    return lex.get(stem) or lex.get(word) or ""
