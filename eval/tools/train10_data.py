"""Hand annotations of the tenth training set (see eval/train10/README.md).

Articles written for the project in the style of Arabic wire news of 2014-2016 and of today
(dateline and agency credit, long sentences, officials named with their post in many forms:
before the name, after it in apposition, with a pronoun (قائدها، رئيسها), allegiance and joining,
places nested in places, groups' wings). Written to vary how relations are phrased, before the
extractor was run on them. Persons are invented; organisations and places are real.
``build_train10.py`` turns this into eval/train10.jsonl (spans computed, every mention checked
against the text). In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Aleppo countryside (2016-02-10, a Wednesday)
DOCS.append(dict(
    id="t10-sy-aleppo", published="2016-02-10",
    text="""دمشق - أ ف ب:

قتل 23 مدنيا على الأقل، بينهم سبعة أطفال، أمس الثلاثاء، في غارات جوية استهدفت بلدة عندان في ريف حلب الشمالي، بحسب ما أفاد المرصد السوري لحقوق الإنسان، في وقت تواصل قوات النظام السوري تقدمها نحو مدينة تل رفعت القريبة من الحدود التركية.

وقال الرائد ياسر العبدو، قائد لواء صقور الجبل، أحد فصائل الجيش السوري الحر العاملة في المنطقة، إن مقاتليه "يخوضون معارك عنيفة على أطراف بلدة كفين"، مضيفا أن الطيران "لا يغادر سماء الريف الشمالي منذ أسبوع".

من جهته، أكد الناطق الرسمي للدفاع المدني في مدينة حلب، محمود قباني، أن فرق الإنقاذ انتشلت جثث 14 شخصا من تحت أنقاض مبنى سكني في حي الشعار شرق المدينة، إثر غارة بالبراميل المتفجرة نفذتها مروحيات النظام فجر اليوم.

ونفى المتحدث باسم وزارة الدفاع الروسية، الجنرال أندريه ميخالوف، أن تكون الطائرات الروسية قد قصفت مناطق سكنية، مؤكدا أنها "تضرب أهدافا إرهابية حصرا" لجبهة النصرة وتنظيم داعش.

وكان حزب الله اللبناني، الذي يقاتل عناصره إلى جانب قوات النظام، قد نعى الأسبوع الماضي القيادي في صفوفه حسن عبد الرضا، الذي قتل في المعارك الدائرة في محيط بلدتي نبل والزهراء.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization", opt=True),
        E("anadan", "Place", ["بلدة عندان", "عندان"], "Anadan", sub="City"),
        E("aleppo_gov", "Place", ["ريف حلب", "ريف حلب الشمالي"], "Aleppo Governorate", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام", "النظام"], "Syrian Arab Army",
          sub="ArmedForce"),
        E("telrifaat", "Place", ["مدينة تل رفعت", "تل رفعت"], "Tell Rifaat", sub="City"),
        E("abdo", "Person", ["ياسر العبدو"], "Yasser al-Abdo"),
        E("suqour", "Organization", ["لواء صقور الجبل"], "Suqour al-Jabal Brigade", sub="ArmedGroup"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("kafin", "Place", ["بلدة كفين", "كفين"], "Kafin", sub="City"),
        E("civdef", "Organization", ["الدفاع المدني"], "Syrian Civil Defence"),
        E("aleppo", "Place", ["مدينة حلب", "حلب", "المدينة"], "Aleppo", qid="Q41183", sub="City"),
        E("qabbani", "Person", ["محمود قباني"], "Mahmoud Qabbani"),
        E("shaar", "Place", ["حي الشعار"], "al-Shaar", sub="City"),
        E("mod_ru", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence of Russia",
          sub="GovernmentBody"),
        E("mikhalov", "Person", ["أندريه ميخالوف"], "Andrei Mikhalov"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hezbollah", "Organization", ["حزب الله اللبناني", "حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("abdulrida", "Person", ["حسن عبد الرضا"], "Hassan Abdul-Rida"),
        E("nubl", "Place", ["نبل"], "Nubl", sub="City"),
        E("zahraa", "Place", ["الزهراء"], "al-Zahraa", sub="City"),
    ],
    relations=[
        R("locatedIn", "anadan", "aleppo_gov"),            # بلدة عندان في ريف حلب الشمالي
        R("leaderOf", "abdo", "suqour"),                   # الرائد X، قائد لواء ...
        R("memberOf", "suqour", "fsa"),                    # أحد فصائل الجيش السوري الحر
        R("memberOf", "abdo", "fsa", opt=True),
        R("spokespersonOf", "qabbani", "civdef"),          # الناطق الرسمي للدفاع المدني ...، X
        R("locatedIn", "shaar", "aleppo"),                 # حي الشعار شرق المدينة
        R("spokespersonOf", "mikhalov", "mod_ru"),         # المتحدث باسم وزارة الدفاع الروسية، الجنرال X
        R("memberOf", "abdulrida", "hezbollah"),           # القيادي في صفوفه
        R("affiliatedWith", "hezbollah", "regime", opt=True),   # يقاتل عناصره إلى جانب قوات النظام
    ],
    events=[
        V("Strike", place=[["anadan", "aleppo_gov"]], date="2016-02-09", trigger="غارات"),
        V("Killing", place=[["anadan", "aleppo_gov"]], date="2016-02-09", trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["regime"], place=["telrifaat"]),
        V("Attack", opt=True, agent=["suqour"], place=["kafin"]),
        V("Strike", agent=["regime"], place=[["shaar", "aleppo"]], date="2016-02-10", trigger="غارة"),
        V("Killing", opt=True, agent=["regime"], place=["shaar", "aleppo"], date="2016-02-10"),
        V("Strike", opt=True, target=["nusra", "isis"]),
        V("Killing", target=["abdulrida"], place=[["nubl", "zahraa"]], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul offensive (2016-10-25, a Tuesday)
DOCS.append(dict(
    id="t10-iq-mosul", published="2016-10-25",
    text="""أربيل - رويترز:

أعلن قائد عمليات "قادمون يا نينوى" الفريق الركن طالب الساعدي، أمس الإثنين، أن القوات العراقية استعادت السيطرة على بلدة برطلة الواقعة شرق الموصل، بعد ثلاثة أيام من المعارك مع مسلحي تنظيم الدولة الإسلامية، مشيرا إلى أن "الطريق إلى حدود المدينة بات مفتوحا".

وقال العميد خالد الجبوري، قائد شرطة محافظة نينوى، إن عناصره اعتقلوا 11 مشتبها بانتمائهم إلى التنظيم في قضاء الحمدانية، بينهم شخص "يعتقد أنه كان يشغل منصب أمير ولاية نينوى في التنظيم"، ويدعى أبو هاجر العراقي.

في المقابل، بث التنظيم عبر وكالة أعماق التابعة له تسجيلا مصورا يظهر هجوما انتحاريا بسيارة مفخخة على تجمع للقوات في قرية بازوايا، فيما أكد نوفل العاكوب، محافظ نينوى، أن مئات العائلات نزحت من الأحياء الشرقية للموصل خلال اليومين الماضيين باتجاه مخيم الخازر.

وأبدى المتحدث باسم هيئة الحشد الشعبي، كريم النوري، استعداد فصائل الهيئة للتوجه نحو مدينة تلعفر غرب الموصل، غير أن رئيس الحكومة العراقية، سعد المحمداوي، قال في مؤتمر صحافي ببغداد إن "الحشد سيبقى في محاور جنوب المدينة".""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("ops", "Organization", ['عمليات "قادمون يا نينوى"', '"قادمون يا نينوى"'], "Nineveh Operations Command",
          sub="ArmedForce"),
        E("saadi", "Person", ["طالب الساعدي"], "Talib al-Saadi"),
        E("iqf", "Organization", ["القوات العراقية", "القوات"], "Iraqi Armed Forces", sub="ArmedForce"),
        E("bartella", "Place", ["بلدة برطلة", "برطلة"], "Bartella", sub="City"),
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("jubouri", "Person", ["خالد الجبوري"], "Khalid al-Jubouri"),
        E("police", "Organization", ["شرطة محافظة نينوى"], "Nineveh Police", sub="GovernmentBody"),
        E("nineveh", "Place", ["محافظة نينوى", "نينوى", "ولاية نينوى"], "Nineveh Governorate", qid="Q189352", sub="Region"),
        E("hamdaniya", "Place", ["قضاء الحمدانية", "الحمدانية"], "al-Hamdaniya District", sub="Region"),
        E("abuhajer", "Person", ["أبو هاجر العراقي"], "Abu Hajer al-Iraqi"),
        E("amaq", "Organization", ["وكالة أعماق", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("bazwaya", "Place", ["قرية بازوايا", "بازوايا"], "Bazwaya", sub="City"),
        E("akoub", "Person", ["نوفل العاكوب"], "Nawfal al-Akoub"),
        E("khazer", "Place", ["مخيم الخازر"], "Khazir camp", sub="City", opt=True),
        E("pmf", "Organization", ["هيئة الحشد الشعبي", "الهيئة", "الحشد"], "Popular Mobilization Forces",
          sub="ArmedForce"),
        E("nouri", "Person", ["كريم النوري"], "Karim al-Nouri"),
        E("talafar", "Place", ["مدينة تلعفر", "تلعفر"], "Tal Afar", sub="City"),
        E("iraq_gov", "Organization", ["الحكومة العراقية"], "Government of Iraq", sub="GovernmentBody"),
        E("mohammadawi", "Person", ["سعد المحمداوي"], "Saad al-Mohammadawi"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
    ],
    relations=[
        R("leaderOf", "saadi", "ops"),                      # قائد عمليات ... الفريق الركن X
        R("locatedIn", "bartella", "mosul"),                # بلدة برطلة الواقعة شرق الموصل
        R("leaderOf", "jubouri", "police"),                 # X، قائد شرطة محافظة نينوى
        R("positionIn", "jubouri", "nineveh", opt=True),
        R("locatedIn", "hamdaniya", "nineveh", opt=True),
        R("leaderOf", "abuhajer", "nineveh", opt=True),     # أمير ولاية نينوى في التنظيم
        R("memberOf", "abuhajer", "isis"),                  # ... في التنظيم
        R("partOf", "amaq", "isis"),                        # وكالة أعماق التابعة له
        R("leaderOf", "akoub", "nineveh"),                  # X، محافظ نينوى
        R("spokespersonOf", "nouri", "pmf"),                # المتحدث باسم هيئة الحشد الشعبي، X
        R("locatedIn", "talafar", "mosul", opt=True),       # مدينة تلعفر غرب الموصل (a direction, not inside)
        R("leaderOf", "mohammadawi", "iraq_gov"),           # رئيس الحكومة العراقية، X
    ],
    events=[
        V("MilitaryOperation", agent=["iqf"], target=["isis"], place=[["bartella", "mosul"]], trigger="استعادت"),
        V("MilitaryOperation", opt=True, date="2016-10", name="قادمون يا نينوى"),
        V("Attack", opt=True, agent=["iqf"], target=["isis"], place=["bartella"]),
        V("Arrest", agent=["police"], place=[["hamdaniya", "nineveh"]], trigger="اعتقلوا"),
        V("Arrest", opt=True, target=["abuhajer"]),
        V("Attack", agent=["isis"], target=["iqf"], place=["bazwaya"], trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2015-11-19, a Thursday)
DOCS.append(dict(
    id="t10-ye-taiz", published="2015-11-19",
    text="""عدن - «الشرق الأوسط» - من عبد الله المقطري:

شنت مقاتلات التحالف العربي بقيادة السعودية، فجر أمس الأربعاء، سلسلة غارات على مواقع لجماعة الحوثي والقوات الموالية للرئيس السابق علي عبد الله صالح في مديرية الوازعية غرب مدينة تعز، فيما تواصلت المعارك في منطقة الضباب جنوب غربي المدينة.

وقال العقيد منصور الحميري، قائد اللواء 35 مدرع الموالي للشرعية، إن قواته "صدت ثلاث محاولات تسلل" خلال الليلة الماضية، موضحا أن مسلحي الجماعة فقدوا 15 عنصرا بينهم قائد ميداني يدعى أبو علي الكحلاني.

في المقابل، اتهم محمد الرازحي، عضو المكتب السياسي لجماعة أنصار الله، التحالف بارتكاب "مجزرة" في سوق شعبي بمدينة المخا الساحلية التابعة لمحافظة تعز، مؤكدا أن الغارة أسفرت عن مقتل تسعة مدنيين.

من جانبه، قال الناطق باسم قوات التحالف، العميد ركن فهد العسيري، في مؤتمر صحافي بالرياض، إن المقاتلات "تستهدف أهدافا عسكرية فقط"، لافتا إلى أن قيادة التحالف "تحقق في كل ادعاء يصلها".

وفي عدن، نجا حمود الصبيحي، مدير أمن المحافظة، من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في حي المنصورة، في هجوم لم تتبنه أي جهة.""",
    entities=[
        E("aden", "Place", ["عدن", "المحافظة"], "Aden", qid="Q131694", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("muqtari", "Person", ["عبد الله المقطري"], "Abdullah al-Muqtari", opt=True),
        E("coalition", "Organization", ["التحالف العربي", "التحالف", "قوات التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("ksa", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["جماعة الحوثي", "الجماعة", "جماعة أنصار الله", "أنصار الله"], "Houthis",
          sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["القوات الموالية للرئيس السابق"],
          "Forces loyal to Ali Abdullah Saleh", sub="ArmedForce"),
        E("saleh", "Person", ["علي عبد الله صالح"], "Ali Abdullah Saleh"),
        E("wazeiya", "Place", ["مديرية الوازعية", "الوازعية"], "al-Wazi'iyah District", sub="Region"),
        E("taiz", "Place", ["مدينة تعز", "المدينة"], "Taiz", sub="City"),
        E("dhabab", "Place", ["منطقة الضباب", "الضباب"], "al-Dhabab", sub="Region"),
        E("humairi", "Person", ["منصور الحميري"], "Mansour al-Humairi"),
        E("brigade35", "Organization", ["اللواء 35 مدرع"], "35th Armoured Brigade", sub="ArmedForce"),
        E("kahlani", "Person", ["أبو علي الكحلاني"], "Abu Ali al-Kahlani"),
        E("razihi", "Person", ["محمد الرازحي"], "Mohammed al-Razihi"),
        E("politburo", "Organization", ["المكتب السياسي"], "Houthi Political Bureau", opt=True),
        E("mokha", "Place", ["مدينة المخا", "المخا"], "Mocha", sub="City"),
        E("taiz_gov", "Place", ["محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("asiri", "Person", ["فهد العسيري"], "Fahd al-Asiri"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("subaihi", "Person", ["حمود الصبيحي"], "Hammoud al-Subaihi"),
        E("mansoura", "Place", ["حي المنصورة"], "al-Mansoura", sub="City"),
    ],
    relations=[
        R("leaderOf", "ksa", "coalition"),                  # التحالف العربي بقيادة السعودية
        R("memberOf", "ksa", "coalition", opt=True),
        R("affiliatedWith", "saleh_forces", "saleh"),       # القوات الموالية للرئيس السابق
        R("affiliatedWith", "saleh_forces", "houthis", opt=True),
        R("locatedIn", "wazeiya", "taiz", opt=True),        # مديرية الوازعية غرب مدينة تعز (a direction)
        R("locatedIn", "dhabab", "taiz", opt=True),
        R("leaderOf", "humairi", "brigade35"),              # X، قائد اللواء 35 مدرع
        R("memberOf", "kahlani", "houthis"),                # مسلحي الجماعة ... بينهم قائد ميداني يدعى X
        R("memberOf", "razihi", "houthis"),                 # عضو المكتب السياسي لجماعة أنصار الله
        R("memberOf", "razihi", "politburo", opt=True),
        R("partOf", "politburo", "houthis", opt=True),
        R("locatedIn", "mokha", "taiz_gov"),                # مدينة المخا الساحلية التابعة لمحافظة تعز
        R("spokespersonOf", "asiri", "coalition"),          # الناطق باسم قوات التحالف، العميد ركن X
        R("positionIn", "subaihi", "aden"),                 # X، مدير أمن المحافظة
        R("locatedIn", "mansoura", "aden", opt=True),
    ],
    events=[
        V("Strike", agent=["coalition"], target=[["houthis", "saleh_forces"]], place=[["wazeiya", "taiz"]],
          date="2015-11-18", trigger="غارات"),
        V("Strike", opt=True, target=["saleh_forces", "houthis"]),
        V("Attack", opt=True, place=["dhabab"]),
        V("Attack", opt=True, agent=["houthis"], target=["brigade35"]),
        V("Killing", opt=True, agent=["brigade35"], target=["kahlani", "houthis"]),
        V("Strike", agent=["coalition"], place=[["mokha", "taiz_gov"]], trigger="الغارة"),
        V("Killing", agent=["coalition"], place=[["mokha", "taiz_gov"]], trigger="مقتل"),
        V("Attack", target=["subaihi"], place=[["mansoura", "aden"]], trigger="محاولة اغتيال"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-06-15, a Wednesday)
DOCS.append(dict(
    id="t10-ly-sirte", published="2016-06-15",
    text="""طرابلس - وكالات:

قال رضا عيسى، الناطق باسم المركز الإعلامي لعملية "البنيان المرصوص"، إن قوات البنيان المرصوص، الموالية لحكومة الوفاق الوطني، تقدمت أمس الثلاثاء داخل الحي الثالث في مدينة سرت، معقل تنظيم الدولة الإسلامية على الساحل الليبي، وقتلت 17 من عناصره.

وتضم العملية، التي انطلقت الشهر الماضي، كتائب من مدينة مصراتة (غرب سرت)، أبرزها لواء المحجوب الذي يقوده العقيد سالم الزروق، وفق ما أعلنه المجلس الرئاسي في بيان.

وبحسب مصادر عسكرية، فإن من بين القتلى قياديا تونسي الجنسية يدعى أبو أسامة القيرواني، كان يتولى "ديوان الحسبة" في التنظيم، في حين أعلن التنظيم عبر وكالة أعماق مقتل ستة من عناصر الكتائب بهجوم انتحاري عند بوابة الثلاثين جنوب المدينة.

وفي طبرق، قال عبد الحكيم بوشناف، وزير الداخلية في الحكومة المؤقتة، إن حكومته "لا تعترف بأي عمليات لا تنسق مع القيادة العامة للجيش"، في إشارة إلى قوات المشير خليفة حفتر، القائد العام للجيش الوطني الليبي، التي تخوض معارك مع مجلس شورى ثوار بنغازي في مدينة بنغازي شرق البلاد.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", sub="City"),
        E("issa", "Person", ["رضا عيسى"], "Rida Issa"),
        E("media_centre", "Organization", ['المركز الإعلامي لعملية "البنيان المرصوص"'],
          "Al-Bunyan al-Marsus media centre", sub="MediaOrganization"),
        E("gna_forces", "Organization", ["قوات البنيان المرصوص", "الكتائب"], "GNA forces",
          sub="ArmedForce"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", sub="GovernmentBody"),
        E("sirte", "Place", ["مدينة سرت", "سرت", "المدينة"], "Sirte", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("misrata", "Place", ["مدينة مصراتة", "مصراتة"], "Misrata", sub="City"),
        E("mahjoub", "Organization", ["لواء المحجوب"], "al-Mahjoub Brigade", sub="ArmedGroup"),
        E("zarrouk", "Person", ["سالم الزروق"], "Salem al-Zarrouk"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("qairawani", "Person", ["أبو أسامة القيرواني"], "Abu Usama al-Qairawani"),
        E("hisba", "Organization", ["ديوان الحسبة"], "Hisba office", opt=True),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
        E("bushnaf", "Person", ["عبد الحكيم بوشناف"], "Abdulhakim Bushnaf"),
        E("interim", "Organization", ["الحكومة المؤقتة"], "Interim Government", sub="GovernmentBody"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "القيادة العامة للجيش"], "Libyan National Army",
          sub="ArmedForce"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("benghazi", "Place", ["مدينة بنغازي"], "Benghazi", sub="City"),
        E("libya", "Place", ["البلاد"], "Libya", sub="Country", opt=True),
    ],
    relations=[
        R("spokespersonOf", "issa", "media_centre"),        # X، الناطق باسم المركز الإعلامي لعملية ...
        R("affiliatedWith", "gna_forces", "gna"),           # قوات ...، الموالية لحكومة الوفاق الوطني
        R("leaderOf", "zarrouk", "mahjoub"),                # لواء المحجوب الذي يقوده العقيد X
        R("memberOf", "qairawani", "isis"),                 # قياديا ... في التنظيم
        R("leaderOf", "qairawani", "hisba", opt=True),
        R("partOf", "amaq", "isis", opt=True),              # أعلن التنظيم عبر وكالة أعماق
        R("positionIn", "bushnaf", "interim"),              # X، وزير الداخلية في الحكومة المؤقتة
        R("leaderOf", "haftar", "lna"),                     # المشير X، القائد العام للجيش الوطني الليبي
        R("locatedIn", "benghazi", "libya", opt=True),
        R("partOf", "gna_forces", "gna", opt=True),
        R("memberOf", "mahjoub", "gna_forces", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["gna_forces"], target=["isis"], place=["sirte"], date="2016-06-14",
          trigger="تقدمت"),
        V("Killing", agent=["gna_forces"], target=["isis"], place=["sirte"], date="2016-06-14", trigger="قتلت"),
        V("MilitaryOperation", opt=True, name="البنيان المرصوص", date="2016-05"),
        V("Killing", opt=True, target=["qairawani"]),
        V("Attack", agent=["isis"], target=["gna_forces"], place=["sirte"], trigger="هجوم"),
        V("Killing", agent=["isis"], target=["gna_forces"], place=["sirte"], trigger="مقتل"),
        V("Attack", opt=True, agent=["lna", "shura"], target=["shura", "lna"], place=["benghazi"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2015-04-13, a Monday)
DOCS.append(dict(
    id="t10-eg-arish", published="2015-04-13",
    text="""القاهرة - «الحياة»:

قتل ستة جنود مصريين وأصيب آخرون، أمس الأحد، في هجوم بسيارة مفخخة استهدف قسما للشرطة في مدينة العريش، كبرى مدن محافظة شمال سيناء، تبنته جماعة "ولاية سيناء" التي كانت تعرف باسم "أنصار بيت المقدس" قبل أن تبايع تنظيم داعش في نوفمبر الماضي.

وقال الناطق الرسمي باسم القوات المسلحة، العميد محمد سمير، في بيان نشره على صفحته الرسمية، إن قوات الجيش الثاني الميداني قتلت 22 "تكفيريا" خلال حملة مداهمات في قرى جنوب مدينة الشيخ زويد، القريبة من الحدود مع قطاع غزة.

وأفاد مصدر أمني بأن بين القتلى كمال الحمادين، الذي وصفه بأنه "مسؤول الخلايا المسلحة في رفح"، وكان قد أعلن انضمامه إلى الجماعة عام 2013 بعد خروجه من السجن.

إلى ذلك، ترأس رئيس الوزراء المصري، مصطفى عبد الحافظ، اجتماعا لمجلس الدفاع الوطني في القاهرة، حضره اللواء سامح الديب، محافظ شمال سيناء، وعدد من القيادات الأمنية.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("ws", "Organization", ['جماعة "ولاية سيناء"', '"ولاية سيناء"', '"أنصار بيت المقدس"', "الجماعة"],
          "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("sameer", "Person", ["محمد سمير"], "Mohamed Samir"),
        E("eaf", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("second_army", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("sheikhzuweid", "Place", ["مدينة الشيخ زويد", "الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("gaza", "Place", ["قطاع غزة"], "Gaza Strip", sub="Region"),
        E("hamadin", "Person", ["كمال الحمادين"], "Kamal al-Hamadin"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("hafez", "Person", ["مصطفى عبد الحافظ"], "Mustafa Abdel-Hafez"),
        E("ndc", "Organization", ["مجلس الدفاع الوطني"], "National Defence Council", sub="GovernmentBody"),
        E("deeb", "Person", ["سامح الديب"], "Sameh al-Deeb"),
    ],
    relations=[
        R("locatedIn", "arish", "nsinai"),                  # العريش، كبرى مدن محافظة شمال سيناء
        R("affiliatedWith", "ws", "isis"),                  # قبل أن تبايع تنظيم داعش
        R("memberOf", "ws", "isis", opt=True),
        R("spokespersonOf", "sameer", "eaf"),               # الناطق الرسمي باسم القوات المسلحة، العميد X
        R("partOf", "second_army", "eaf", opt=True),
        R("memberOf", "hamadin", "ws"),                     # أعلن انضمامه إلى الجماعة
        R("positionIn", "hamadin", "rafah", opt=True),
        R("leaderOf", "deeb", "nsinai"),                    # اللواء X، محافظ شمال سيناء
    ],
    events=[
        V("Attack", agent=["ws"], target=["eaf"], place=[["arish", "nsinai"]],
          date="2015-04-12", trigger="هجوم"),
        V("Killing", agent=["ws"], place=[["arish", "nsinai"]], date="2015-04-12", trigger="قتل"),
        V("Killing", opt=True, target=["eaf"]),
        V("MilitaryOperation", agent=["second_army"], place=["sheikhzuweid"], trigger="حملة مداهمات"),
        V("Killing", agent=["second_army"], place=["sheikhzuweid"], trigger="قتلت"),
        V("Killing", opt=True, target=["hamadin"], agent=["second_army"]),
        V("MilitaryOperation", opt=True, agent=["eaf"]),
        V("Meeting", agent=["hafez", "deeb"], place=["cairo"], trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Gaza war (2014-07-21, a Monday)
DOCS.append(dict(
    id="t10-ps-gaza", published="2014-07-21",
    text="""غزة - وكالات:

ارتفع عدد القتلى الفلسطينيين جراء القصف الإسرائيلي على حي الشجاعية شرق مدينة غزة إلى 72 قتيلا، بحسب ما أعلن أشرف البرعي، المتحدث باسم وزارة الصحة في القطاع، في حين قالت كتائب عز الدين القسام، الجناح المسلح لحركة حماس، إنها قتلت 13 جنديا إسرائيليا في كمين شرق الحي أمس الأحد.

وقال الناطق باسم الكتائب، أبو عبيدة الغزي، في كلمة متلفزة، إن مقاتليه أسروا جنديا خلال الاشتباكات، وهو ما نفاه الجيش الإسرائيلي.

وأقر المتحدث العسكري الإسرائيلي، المقدم بيتر شاحام، بمقتل 13 من جنود لواء غولاني، أحد ألوية النخبة في الجيش، مؤكدا أن الحملة البرية "ستستمر حتى تدمير الأنفاق".

من جهته، أكد عزت النونو، عضو المكتب السياسي لحماس، أن الحركة "لن تقبل بأي تهدئة لا ترفع الحصار"، فيما وصل وزير الخارجية الأميركي جيمس هارتلي إلى القاهرة مساء أمس لبحث مبادرة التهدئة مع نظيره المصري سامر الحديدي.

وفي الضفة الغربية، اعتقلت قوات الاحتلال 15 فلسطينيا في مدينة الخليل، بينهم نائب في المجلس التشريعي عن كتلة التغيير والإصلاح التابعة لحماس يدعى حاتم القواسمي.""",
    entities=[
        E("gaza_city", "Place", ["غزة", "مدينة غزة"], "Gaza City", sub="City"),
        E("shujaiya", "Place", ["حي الشجاعية", "الحي"], "Shuja'iyya", sub="City"),
        E("barai", "Person", ["أشرف البرعي"], "Ashraf al-Barai"),
        E("moh", "Organization", ["وزارة الصحة"], "Gaza Ministry of Health", sub="GovernmentBody"),
        E("strip", "Place", ["القطاع"], "Gaza Strip", sub="Region", opt=True),
        E("qassam", "Organization", ["كتائب عز الدين القسام", "الكتائب"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس", "حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("obeida", "Person", ["أبو عبيدة الغزي"], "Abu Ubaida al-Ghazzi"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "الجيش", "قوات الاحتلال"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("shaham", "Person", ["بيتر شاحام"], "Peter Shaham"),
        E("golani", "Organization", ["لواء غولاني"], "Golani Brigade", sub="ArmedForce"),
        E("nounou", "Person", ["عزت النونو"], "Izzat al-Nounou"),
        E("politburo", "Organization", ["المكتب السياسي لحماس"], "Hamas Political Bureau", opt=True),
        E("kerry", "Person", ["جيمس هارتلي"], "James Hartley"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("hadidi", "Person", ["سامر الحديدي"], "Samer al-Hadidi"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("hebron", "Place", ["مدينة الخليل", "الخليل"], "Hebron", sub="City"),
        E("plc", "Organization", ["المجلس التشريعي"], "Palestinian Legislative Council", sub="GovernmentBody"),
        E("bloc", "Organization", ["كتلة التغيير والإصلاح"], "Change and Reform bloc",
          sub="PoliticalOrganization"),
        E("qawasmi", "Person", ["حاتم القواسمي"], "Hatem al-Qawasmi"),
    ],
    relations=[
        R("locatedIn", "shujaiya", "gaza_city"),            # حي الشجاعية شرق مدينة غزة
        R("spokespersonOf", "barai", "moh"),                # X، المتحدث باسم وزارة الصحة
        R("partOf", "qassam", "hamas"),                     # الجناح المسلح لحركة حماس
        R("spokespersonOf", "obeida", "qassam"),            # الناطق باسم الكتائب، X
        R("spokespersonOf", "shaham", "idf"),               # المتحدث العسكري الإسرائيلي، المقدم X
        R("partOf", "golani", "idf"),                       # أحد ألوية النخبة في الجيش
        R("memberOf", "nounou", "hamas"),                   # عضو المكتب السياسي لحماس
        R("memberOf", "nounou", "politburo", opt=True),
        R("partOf", "politburo", "hamas", opt=True),
        R("locatedIn", "hebron", "westbank", opt=True),     # fronted: وفي الضفة الغربية ... في مدينة الخليل
        R("partOf", "bloc", "hamas"),                       # كتلة التغيير والإصلاح التابعة لحماس
        R("memberOf", "qawasmi", "plc"),                    # نائب في المجلس التشريعي
        R("memberOf", "qawasmi", "bloc"),                   # ... عن كتلة ...
        R("memberOf", "qawasmi", "hamas", opt=True),
    ],
    events=[
        V("Strike", agent=["idf"], place=[["shujaiya", "gaza_city"]], trigger="القصف"),
        V("Killing", agent=["idf"], place=[["shujaiya", "gaza_city"]], trigger="القتلى"),
        V("Attack", agent=["qassam"], target=["idf"], place=["shujaiya"], date="2014-07-20", trigger="كمين"),
        V("Killing", agent=["qassam"], target=[["idf", "golani"]], place=["shujaiya"], date="2014-07-20",
          trigger="قتلت"),
        V("Arrest", opt=True, agent=["qassam"], target=["idf"]),
        V("Visit", agent=["kerry"], place=["cairo"], date="2014-07-20", trigger="وصل"),
        V("Meeting", opt=True, agent=["kerry", "hadidi"], place=["cairo"]),
        V("Arrest", agent=["idf"], target=["qawasmi"], place=[["hebron", "westbank"]], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2014-08-05, a Tuesday)
DOCS.append(dict(
    id="t10-lb-arsal", published="2014-08-05",
    text="""بيروت - «السفير»:

دخلت المعارك بين الجيش اللبناني ومسلحين قدموا من منطقة القلمون السورية يومها الرابع في بلدة عرسال البقاعية، الواقعة على الحدود الشرقية مع سوريا، وسط أنباء عن مقتل 14 عسكريا وأسر نحو 20 آخرين على أيدي عناصر "جبهة النصرة" وتنظيم "داعش".

وأكد قائد الجيش، العماد جورج خوري، في مؤتمر صحافي أمس، أن المؤسسة العسكرية "لن تسمح بتحويل البلدة إلى بؤرة للإرهاب"، كاشفا أن الاشتباكات اندلعت إثر توقيف عماد جمعة، الذي كان قائدا للواء فجر الإسلام قبل أن يعلن مبايعته لأبي بكر البغدادي، زعيم تنظيم "داعش".

وقال رئيس بلدية عرسال، علي الحجيري، إن "آلاف المدنيين محاصرون في منازلهم"، داعيا هيئة العلماء المسلمين إلى مواصلة وساطتها.

من جهته، أعلن رئيس مجلس الوزراء تمام سلامي أن حكومته ستطلب من الولايات المتحدة تسريع تسليم أسلحة للجيش، فيما أشارت مصادر أمنية إلى أن المسلحين يتنقلون بين جرود البلدة ومنطقة القلمون في ريف دمشق.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("safir", "Organization", ["السفير"], "As-Safir", sub="MediaOrganization", opt=True),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش", "المؤسسة العسكرية"], "Lebanese Armed Forces",
          sub="ArmedForce"),
        E("qalamoun", "Place", ["منطقة القلمون", "القلمون"], "Qalamoun", sub="Region"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("nusra", "Organization", ['"جبهة النصرة"'], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ['تنظيم "داعش"', '"داعش"'], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("khoury", "Person", ["جورج خوري"], "George Khoury"),
        E("jumaa", "Person", ["عماد جمعة"], "Imad Jumaa"),
        E("fajr", "Organization", ["لواء فجر الإسلام"], "Fajr al-Islam Brigade", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبي بكر البغدادي", "البغدادي"], "Abu Bakr al-Baghdadi"),
        E("hujairi", "Person", ["علي الحجيري"], "Ali al-Hujairi"),
        E("municipality", "Organization", ["بلدية عرسال"], "Arsal municipality", sub="GovernmentBody"),
        E("ulama", "Organization", ["هيئة العلماء المسلمين"], "Muslim Scholars Committee"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers of Lebanon", sub="GovernmentBody"),
        E("salami", "Person", ["تمام سلامي"], "Tammam Salami"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("rifdimashq", "Place", ["ريف دمشق"], "Rif Dimashq Governorate", qid="Q232399", sub="Region"),
    ],
    relations=[
        R("locatedIn", "qalamoun", "syria", opt=True),      # منطقة القلمون السورية (an adjective)
        R("locatedIn", "qalamoun", "rifdimashq"),           # منطقة القلمون في ريف دمشق
        R("leaderOf", "khoury", "laf"),                     # قائد الجيش، العماد X
        R("leaderOf", "jumaa", "fajr"),                     # كان قائدا للواء ...
        R("affiliatedWith", "jumaa", "baghdadi"),           # يعلن مبايعته لأبي بكر البغدادي
        R("affiliatedWith", "jumaa", "isis", opt=True),
        R("memberOf", "jumaa", "isis", opt=True),
        R("leaderOf", "baghdadi", "isis"),                  # X، زعيم تنظيم "داعش"
        R("leaderOf", "hujairi", "municipality"),           # رئيس بلدية عرسال، X
        R("leaderOf", "hujairi", "arsal", opt=True),
        R("leaderOf", "salami", "cabinet"),                 # رئيس مجلس الوزراء X
    ],
    events=[
        V("Attack", agent=[["nusra", "isis"]], target=["laf"], place=["arsal"], trigger="المعارك"),
        V("Attack", opt=True, agent=["laf"], target=["nusra", "isis"]),
        V("Killing", agent=[["nusra", "isis"]], target=["laf"], place=["arsal"], trigger="مقتل"),
        V("Arrest", agent=[["nusra", "isis"]], target=["laf"], place=["arsal"], trigger="أسر"),
        V("Arrest", agent=["laf"], target=["jumaa"], trigger="توقيف"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2026-03-12, a Thursday)
DOCS.append(dict(
    id="t10-so-mogadishu", published="2026-03-12",
    text="""مقديشو - الصومال الجديد:

قتل 9 أشخاص على الأقل، بينهم ثلاثة من عناصر الشرطة، مساء أمس الأربعاء، في تفجير انتحاري استهدف مطعما قريبا من مقر وزارة الداخلية في العاصمة الصومالية مقديشو، في هجوم تبنته حركة الشباب المرتبطة بتنظيم القاعدة.

وقال العقيد عبدي قاسم فارح، قائد شرطة إقليم بنادر، للصحفيين في مكان الانفجار، إن المهاجم "فجر حزامه الناسف عند البوابة بعد أن منعه الحراس من الدخول".

وفي بيان بثته إذاعة الأندلس الناطقة باسمها، قال الشيخ عبد العزيز أبو مصعب، المتحدث العسكري للحركة، إن الهجوم استهدف "مسؤولين في الحكومة المرتدة".

من جهة أخرى، أعلن وزير الإعلام محمد حسن عيسى أن القوات الحكومية، مدعومة بقوات بعثة الاتحاد الأفريقي، استعادت السيطرة على بلدة بريري في إقليم شبيلي السفلى جنوب غربي العاصمة، بعد معارك قتل فيها قيادي في الشباب يدعى حسن طاهر عولي.

ويقود الحركة منذ عام 2014 أحمد عمر أبو عبيدة، الذي خلف أحمد عبدي غودني بعد مقتله في غارة أميركية.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("somalinew", "Organization", ["الصومال الجديد"], "Somali New", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior of Somalia", sub="GovernmentBody"),
        E("shabab", "Organization", ["حركة الشباب", "الحركة", "الشباب"], "al-Shabaab", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("farah", "Person", ["عبدي قاسم فارح"], "Abdi Qasim Farah"),
        E("police", "Organization", ["شرطة إقليم بنادر"], "Banadir Police", sub="GovernmentBody"),
        E("andalus", "Organization", ["إذاعة الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("musab", "Person", ["عبد العزيز أبو مصعب"], "Abdulaziz Abu Musab"),
        E("issa", "Person", ["محمد حسن عيسى"], "Mohamed Hassan Issa"),
        E("sna", "Organization", ["القوات الحكومية"], "Somali National Army", sub="ArmedForce"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي"], "African Union mission in Somalia"),
        E("bariire", "Place", ["بلدة بريري", "بريري"], "Bariire", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى", "شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("awale", "Person", ["حسن طاهر عولي"], "Hassan Tahir Awale"),
        E("ubaidah", "Person", ["أحمد عمر أبو عبيدة"], "Ahmad Umar Abu Ubaidah"),
        E("godane", "Person", ["أحمد عبدي غودني"], "Ahmed Abdi Godane"),
    ],
    relations=[
        R("affiliatedWith", "shabab", "aq"),                # حركة الشباب المرتبطة بتنظيم القاعدة
        R("leaderOf", "farah", "police"),                   # X، قائد شرطة إقليم بنادر
        R("partOf", "andalus", "shabab"),                   # إذاعة الأندلس الناطقة باسمها
        R("spokespersonOf", "musab", "shabab"),             # X، المتحدث العسكري للحركة
        R("locatedIn", "bariire", "lshabelle"),             # بلدة بريري في إقليم شبيلي السفلى
        R("memberOf", "awale", "shabab"),                   # قيادي في الشباب يدعى X
        R("leaderOf", "ubaidah", "shabab"),                 # ويقود الحركة ... X
        R("leaderOf", "godane", "shabab"),                  # خلف X (the leader before him)
        R("affiliatedWith", "sna", "amisom", opt=True),
        R("memberOf", "shabab", "aq", opt=True),
    ],
    events=[
        V("Attack", agent=["shabab"], place=["mogadishu"], date="2026-03-11", trigger="تفجير انتحاري"),
        V("Attack", opt=True, target=["moi", "police"]),
        V("Killing", agent=["shabab"], target=["police"], place=["mogadishu"], date="2026-03-11", trigger="قتل"),
        V("MilitaryOperation", agent=["sna", "amisom"], target=["shabab"], place=[["bariire", "lshabelle"]],
          trigger="استعادت"),
        V("Killing", target=["awale"], place=["bariire"], trigger="قتل"),
        V("Killing", opt=True, agent=["sna", "amisom"]),
        V("Killing", target=["godane"], trigger="مقتله"),
        V("Strike", opt=True, target=["godane"]),
    ],
))

# ---------------------------------------------------------------- Sudan, Port Sudan drones (2025-05-08, a Thursday)
DOCS.append(dict(
    id="t10-sd-portsudan", published="2025-05-08",
    text="""بورتسودان - وكالات:

استهدفت طائرات مسيرة، فجر اليوم الخميس، مستودعات للوقود قرب ميناء بورتسودان على البحر الأحمر، لليوم الخامس على التوالي، في هجمات حمّل الجيش السوداني قوات الدعم السريع المسؤولية عنها.

وقال العميد نبيل عبد الله، الناطق الرسمي باسم القوات المسلحة السودانية، إن الدفاعات الجوية "تصدت لعدد من المسيرات"، مضيفا أن "الميليشيا المتمردة وقائدها يتحملان مسؤولية استهداف المنشآت المدنية".

في المقابل، نفى عز الدين الصافي، المستشار الإعلامي لقائد قوات الدعم السريع، أي علاقة لقواته بالهجمات، واتهم "الحركة الإسلامية" بالوقوف وراءها.

وفي الخرطوم، أعلن والي ولاية الخرطوم، أحمد عثمان حمزة، عودة خدمات المياه إلى مدينة بحري بعد أسابيع من سيطرة الجيش على المدينة، فيما استقبل رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان، سفير المملكة العربية السعودية لدى السودان علي بن حسن جعفر.

كما قتل 12 مدنيا في قصف مدفعي على مدينة الفاشر، عاصمة ولاية شمال دارفور، نسبته تنسيقية لجان المقاومة إلى قوات الدعم السريع، التي يتزعمها محمد حمدان دقلو المعروف بـ"حميدتي".""",
    entities=[
        E("portsudan", "Place", ["بورتسودان"], "Port Sudan", sub="City"),
        E("port", "Place", ["ميناء بورتسودان"], "Port of Port Sudan", opt=True),
        E("redsea", "Place", ["البحر الأحمر"], "Red Sea", qid="Q23406", sub="Region", opt=True),
        E("saf", "Organization", ["الجيش السوداني", "القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("rsf", "Organization", ["قوات الدعم السريع", "الميليشيا المتمردة"], "Rapid Support Forces",
          sub="ArmedGroup"),
        E("nabil", "Person", ["نبيل عبد الله"], "Nabil Abdallah"),
        E("safi", "Person", ["عز الدين الصافي"], "Izz al-Din al-Safi"),
        E("islamist", "Organization", ['"الحركة الإسلامية"'], "Islamic Movement (Sudan)",
          sub="PoliticalOrganization"),
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("khartoum_state", "Place", ["ولاية الخرطوم"], "Khartoum State", sub="Region"),
        E("hamza", "Person", ["أحمد عثمان حمزة"], "Ahmed Osman Hamza"),
        E("bahri", "Place", ["مدينة بحري", "بحري", "المدينة"], "Bahri", sub="City"),
        E("council", "Organization", ["مجلس السيادة"], "Sovereignty Council", sub="GovernmentBody"),
        E("burhan", "Person", ["عبد الفتاح البرهان"], "Abdel Fattah al-Burhan"),
        E("ksa", "Place", ["المملكة العربية السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("jafar", "Person", ["علي بن حسن جعفر"], "Ali bin Hassan Jafar"),
        E("fasher", "Place", ["مدينة الفاشر", "الفاشر"], "El Fasher", sub="City"),
        E("ndarfur", "Place", ["ولاية شمال دارفور"], "North Darfur", sub="Region"),
        E("committees", "Organization", ["تنسيقية لجان المقاومة"], "Resistance Committees coordination"),
        E("hemedti", "Person", ["محمد حمدان دقلو", '"حميدتي"'], "Mohamed Hamdan Dagalo"),
    ],
    relations=[
        R("locatedIn", "port", "portsudan", opt=True),
        R("spokespersonOf", "nabil", "saf"),                # X، الناطق الرسمي باسم القوات المسلحة السودانية
        R("positionIn", "safi", "rsf"),                     # المستشار الإعلامي لقائد قوات الدعم السريع
        R("leaderOf", "hamza", "khartoum_state"),           # والي ولاية الخرطوم، X
        R("locatedIn", "khartoum", "khartoum_state", opt=True),
        R("leaderOf", "burhan", "council"),                 # رئيس مجلس السيادة الفريق أول X
        R("positionIn", "jafar", "ksa"),                    # سفير المملكة ... لدى السودان X
        R("locatedIn", "fasher", "ndarfur"),                # مدينة الفاشر، عاصمة ولاية شمال دارفور
        R("leaderOf", "hemedti", "rsf"),                    # التي يتزعمها X
    ],
    events=[
        V("Strike", target=[["port", "portsudan"]], place=[["portsudan", "port"]], date="2025-05-08",
          trigger="استهدفت"),
        V("Strike", opt=True, agent=["rsf"]),
        V("Strike", opt=True, place=["redsea"]),
        V("MilitaryOperation", opt=True, agent=["saf"], place=["bahri"]),
        V("Meeting", agent=["burhan", "jafar"], trigger="استقبل"),
        V("Strike", place=[["fasher", "ndarfur"]], trigger="قصف"),
        V("Killing", place=[["fasher", "ndarfur"]], trigger="قتل"),
        V("Strike", opt=True, agent=["rsf"]),
        V("Killing", opt=True, agent=["rsf"]),
    ],
))

# ---------------------------------------------------------------- Syria, the east (2026-09-17, a Thursday)
DOCS.append(dict(
    id="t10-sy-deir", published="2026-09-17",
    text="""دمشق - «عنب بلدي»:

أعلنت وزارة الداخلية السورية، أمس الأربعاء، القبض على خلية تابعة لتنظيم "الدولة الإسلامية" في مدينة الميادين، ثانية كبرى مدن محافظة دير الزور، مؤكدة أن أفرادها "خططوا لاستهداف دوريات الأمن العام".

وقال المقدم عمر السالم، قائد الأمن الداخلي في محافظة دير الزور، إن بين الموقوفين "مسؤولا شرعيا في التنظيم يلقب بأبي دجانة"، موضحا أن العملية جرت بالتنسيق مع جهاز الاستخبارات العامة.

من جهته، بحث وزير الدفاع السوري، اللواء رامي الحسن، مع قائد قوات سوريا الديمقراطية، فرهاد شاهين، في دمشق آلية دمج "قسد" في مؤسسات الدولة، بحضور المبعوث الأميركي إلى سوريا، توماس وايت.

وكان محافظ دير الزور، غسان العلي، قد زار الإثنين بلدة ذيبان في الريف الشرقي، حيث التقى وجهاء من قبيلة العكيدات، التي يتزعمها الشيخ مصعب الهفل، لبحث ملف عودة النازحين.

وفي الرقة، قتل عنصران من "قسد" بهجوم لمسلحين مجهولين على حاجز في قرية الكرامة شرق المدينة.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("enab", "Organization", ["عنب بلدي"], "Enab Baladi", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية السورية"], "Ministry of Interior of Syria",
          sub="GovernmentBody"),
        E("isis", "Organization", ['تنظيم "الدولة الإسلامية"', "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mayadin", "Place", ["مدينة الميادين", "الميادين"], "al-Mayadin", sub="City"),
        E("deir_gov", "Place", ["محافظة دير الزور", "دير الزور"], "Deir ez-Zor Governorate", qid="Q232387", sub="Region"),
        E("gs", "Organization", ["الأمن العام"], "General Security", sub="GovernmentBody", opt=True),
        E("salem", "Person", ["عمر السالم"], "Omar al-Salem"),
        E("internal", "Organization", ["الأمن الداخلي في محافظة دير الزور"], "Deir ez-Zor Internal Security",
          sub="GovernmentBody"),
        E("abudujana", "Person", ["أبي دجانة"], "Abu Dujana"),
        E("gid", "Organization", ["جهاز الاستخبارات العامة"], "General Intelligence Directorate",
          sub="GovernmentBody"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("hassan", "Person", ["رامي الحسن"], "Rami al-Hassan"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", '"قسد"'], "Syrian Democratic Forces",
          sub="ArmedGroup"),
        E("shahin", "Person", ["فرهاد شاهين"], "Farhad Shahin"),
        E("white", "Person", ["توماس وايت"], "Thomas White"),
        E("ali", "Person", ["غسان العلي"], "Ghassan al-Ali"),
        E("dhiban", "Place", ["بلدة ذيبان"], "Dhiban", sub="City"),
        E("ogaidat", "Organization", ["قبيلة العكيدات"], "Al-Ogaidat tribe"),
        E("hafl", "Person", ["مصعب الهفل"], "Musab al-Hafl"),
        E("raqqa", "Place", ["الرقة", "المدينة"], "Raqqa", sub="City"),
        E("karama", "Place", ["قرية الكرامة"], "al-Karama", sub="City"),
    ],
    relations=[
        R("memberOf", "abudujana", "isis"),                 # مسؤولا شرعيا في التنظيم يلقب بأبي دجانة
        R("locatedIn", "mayadin", "deir_gov"),              # ثانية كبرى مدن محافظة دير الزور
        R("leaderOf", "salem", "internal"),                 # X، قائد الأمن الداخلي في محافظة ...
        R("positionIn", "salem", "deir_gov", opt=True),
        R("positionIn", "hassan", "syria"),                 # وزير الدفاع السوري، اللواء X
        R("leaderOf", "shahin", "sdf"),                     # قائد قوات سوريا الديمقراطية، X
        R("positionIn", "white", "syria", opt=True),        # المبعوث الأميركي إلى سوريا (envoy to, not of)
        R("leaderOf", "ali", "deir_gov"),                   # محافظ دير الزور، X
        R("locatedIn", "dhiban", "deir_gov", opt=True),     # في الريف الشرقي
        R("leaderOf", "hafl", "ogaidat"),                   # التي يتزعمها الشيخ X
        R("locatedIn", "karama", "raqqa"),                  # قرية الكرامة شرق المدينة
    ],
    events=[
        V("Arrest", agent=["moi"], target=["isis"], place=[["mayadin", "deir_gov"]], date="2026-09-16",
          trigger="القبض"),
        V("Arrest", opt=True, target=["abudujana"], agent=["internal", "gid"]),
        V("Meeting", agent=["hassan", "shahin"], place=["damascus"], trigger="بحث"),
        V("Meeting", opt=True, agent=["white"]),
        V("Visit", agent=["ali"], place=["dhiban"], date="2026-09-14", trigger="زار"),
        V("Attack", target=["sdf"], place=[["karama", "raqqa"]], trigger="بهجوم"),
        V("Killing", target=["sdf"], place=[["karama", "raqqa"]], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2014-06-14, a Saturday)
DOCS.append(dict(
    id="t10-iq-anbar", published="2014-06-14",
    text="""بغداد - «الحياة» - من جاسم محمد:

قال مسؤولون محليون في محافظة الأنبار إن مسلحي تنظيم "الدولة الإسلامية في العراق والشام" (داعش) سيطروا أمس الجمعة على ناحية الصقلاوية شمال مدينة الفلوجة، بعد معارك مع الجيش العراقي استمرت ساعات، فيما بدأ التنظيم يفرض "أحكامه" في المدينة التي يسيطر عليها منذ مطلع العام.

وأكد الشيخ عبد الرحمن الدليمي، رئيس مجلس عشائر الأنبار المتحدة، أن "أبناء العشائر سيقاتلون إلى جانب الجيش"، لافتا إلى أن التنظيم عين أحد قادته، المدعو أبو وهيب الفهداوي، "واليا" على الفلوجة.

وفي الموصل، ثانية كبرى مدن البلاد، نشر التنظيم صورا لعناصره وهم يهدمون الحدود مع سوريا، في حين دعا المرجع الشيعي الأعلى في النجف، علي السيستاني، العراقيين إلى "حمل السلاح".

وأعلن رئيس الوزراء نوري المالكي، القائد العام للقوات المسلحة، فتح باب التطوع، بينما قال النائب عن ائتلاف دولة القانون، حسين الفتلاوي، إن قطعات من الفرقة الذهبية التابعة لجهاز مكافحة الإرهاب وصلت إلى سامراء، جنوب تكريت.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("jasim", "Person", ["جاسم محمد"], "Jasim Mohammed", opt=True),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Al Anbar Governorate", qid="Q187334", sub="Region"),
        E("isis", "Organization", ['تنظيم "الدولة الإسلامية في العراق والشام"', "داعش", "التنظيم"],
          "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("saqlawiya", "Place", ["ناحية الصقلاوية", "الصقلاوية"], "Saqlawiyah", sub="City"),
        E("fallujah", "Place", ["مدينة الفلوجة", "الفلوجة", "المدينة"], "Fallujah", sub="City"),
        E("iqa", "Organization", ["الجيش العراقي", "الجيش"], "Iraqi Army", sub="ArmedForce"),
        E("dulaimi", "Person", ["عبد الرحمن الدليمي"], "Abdul-Rahman al-Dulaimi"),
        E("tribes", "Organization", ["مجلس عشائر الأنبار المتحدة"], "United Anbar Tribes Council"),
        E("fahdawi", "Person", ["أبو وهيب الفهداوي"], "Abu Wuhaib al-Fahdawi"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("iraq", "Place", ["البلاد"], "Iraq", sub="Country", opt=True),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("najaf", "Place", ["النجف"], "Najaf", sub="City"),
        E("sistani", "Person", ["علي السيستاني"], "Ali al-Sistani"),
        E("maliki", "Person", ["نوري المالكي"], "Nouri al-Maliki"),
        E("iqf", "Organization", ["القوات المسلحة"], "Iraqi Armed Forces", sub="ArmedForce"),
        E("sol", "Organization", ["ائتلاف دولة القانون"], "State of Law Coalition", sub="PoliticalOrganization"),
        E("fatlawi", "Person", ["حسين الفتلاوي"], "Hussein al-Fatlawi"),
        E("golden", "Organization", ["الفرقة الذهبية"], "Golden Division", sub="ArmedForce"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service", sub="ArmedForce"),
        E("samarra", "Place", ["سامراء"], "Samarra", sub="City"),
        E("tikrit", "Place", ["تكريت"], "Tikrit", sub="City"),
    ],
    relations=[
        R("locatedIn", "saqlawiya", "fallujah", opt=True),  # ناحية الصقلاوية شمال مدينة الفلوجة (a direction)
        R("leaderOf", "dulaimi", "tribes"),                 # X، رئيس مجلس عشائر الأنبار المتحدة
        R("memberOf", "fahdawi", "isis"),                   # أحد قادته، المدعو X
        R("leaderOf", "fahdawi", "fallujah", opt=True),     # "واليا" على الفلوجة (the group's governor)
        R("locatedIn", "mosul", "iraq", opt=True),
        R("leaderOf", "maliki", "iqf"),                     # X، القائد العام للقوات المسلحة
        R("memberOf", "fatlawi", "sol"),                    # النائب عن ائتلاف دولة القانون، X
        R("partOf", "golden", "cts"),                       # الفرقة الذهبية التابعة لجهاز مكافحة الإرهاب
        R("locatedIn", "samarra", "tikrit", opt=True),
        R("locatedIn", "fallujah", "anbar", opt=True),
        R("locatedIn", "saqlawiya", "anbar", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["isis"], target=["iqa"], place=[["saqlawiya", "fallujah"]],
          date="2014-06-13", trigger="سيطروا"),
        V("Attack", opt=True, agent=["isis", "iqa"], target=["iqa", "isis"], place=["saqlawiya"]),
        V("MilitaryOperation", opt=True, agent=["golden", "cts"], place=["samarra"]),
        V("Visit", opt=True, agent=["golden", "cts"], place=["samarra"]),
    ],
))
