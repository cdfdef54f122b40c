"""Hand annotations of the fiftieth training set (see eval/train50/README.md).

Relations told the way agency news told them in 2014-2019 on Iraq, Syria, Yemen, Libya, Egypt, Lebanon,
Somalia, Nigeria, Afghanistan and Gaza, the relations helper's working set: officials named with their
post after the name or in an apposition several words away (X، وزير الخارجية في حكومة Y)، posts with a
pronoun suffix (رئيسها، قائدها، المتحدث باسمها)، governors and mayors (محافظ، والي، رئيس بلدية)، members
and leaders of armed groups named in passing (القيادي في، أحد قادة، أمير ... في التنظيم)، towns placed by
adjectives and by province (بلدة X بريف Y، مدينة X شمال Y، في محافظة Y العراقية)، parts of
organisations (الجناح العسكري، الذراع الإعلامية)، allegiance and joining, spokespersons quoted (قال
المتحدث باسم X، Y، إن). Persons are invented except well-known public figures. Written and annotated
before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Anbar (2015-05-20, Wednesday)
DOCS.append(dict(
    id="t50-iq-anbar", published="2015-05-20",
    text="""الرمادي - (رويترز):

قال كريم الدليمي، رئيس مجلس محافظة الأنبار، اليوم الأربعاء، إن مسلحي تنظيم «داعش» أعدموا عشرات من أبناء العشائر في بلدة حصيبة الشرقية بمحافظة الأنبار، بعد يومين من سيطرة التنظيم على مدينة الرمادي، مركز المحافظة.

وأضاف الدليمي في اتصال هاتفي أن محافظ الأنبار، صالح المحلاوي، طلب من الحكومة الاتحادية إرسال تعزيزات عاجلة، مشيرا إلى أن مقاتلي «الحشد الشعبي» بدأوا التجمع في قاعدة الحبانية.

من جهته، قال الناطق باسم قيادة عمليات الأنبار، العقيد حامد الجميلي، إن القوات الأمنية «أعادت تنظيم صفوفها» غرب بلدة الخالدية.

وفي السياق ذاته، أكد أبو مهدي المهندس، نائب رئيس هيئة الحشد الشعبي، أن فصائل الهيئة ستشارك في استعادة المدينة، فيما أفادت مصادر محلية بأن فراس الكبيسي، أحد قادة التنظيم في المنطقة، ظهر في تسجيل مصور وسط الرمادي وهو يتوعد أبناء العشائر.""",
    entities=[
        E("ramadi", "Place", ["الرمادي", "مدينة الرمادي", "المدينة"], "Ramadi", qid="Q207876", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("dulaimi", "Person", ["كريم الدليمي", "الدليمي"], "Karim al-Dulaimi"),
        E("council", "Organization", ["مجلس محافظة الأنبار"], "Anbar Provincial Council", sub="GovernmentBody"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار", "المحافظة"], "Anbar Governorate", qid="Q209123",
          sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("husaiba", "Place", ["بلدة حصيبة الشرقية", "حصيبة الشرقية"], "Husaybah al-Sharqiya", sub="City"),
        E("mahallawi", "Person", ["صالح المحلاوي"], "Saleh al-Mahallawi"),
        E("gov", "Organization", ["الحكومة الاتحادية"], "Government of Iraq", sub="GovernmentBody", opt=True),
        E("pmf", "Organization", ["الحشد الشعبي", "هيئة الحشد الشعبي", "الهيئة"], "Popular Mobilization Forces",
          qid="Q19903474", sub="ArmedGroup"),
        E("habbaniyah", "Place", ["قاعدة الحبانية"], "Habbaniyah base", opt=True),
        E("anbarops", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("jumaili", "Person", ["حامد الجميلي"], "Hamid al-Jumaili"),
        E("khalidiya", "Place", ["بلدة الخالدية"], "Khalidiya", sub="City"),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis", qid="Q2062556"),
        E("kubaisi", "Person", ["فراس الكبيسي"], "Firas al-Kubaisi"),
    ],
    relations=[
        R("leaderOf", "dulaimi", "council"),          # X، رئيس مجلس محافظة الأنبار
        R("locatedIn", "husaiba", "anbar"),           # بلدة X بمحافظة الأنبار
        R("locatedIn", "ramadi", "anbar"),            # مدينة الرمادي، مركز المحافظة
        R("leaderOf", "mahallawi", "anbar"),          # محافظ الأنبار، X
        R("spokespersonOf", "jumaili", "anbarops"),   # الناطق باسم قيادة ...، العقيد X
        R("positionIn", "muhandis", "pmf"),           # X، نائب رئيس هيئة الحشد الشعبي
        R("memberOf", "kubaisi", "isis"),             # X، أحد قادة التنظيم
        R("leaderOf", "kubaisi", "isis", opt=True),
        R("locatedIn", "council", "anbar", opt=True),
    ],
    events=[
        V("Killing", agent=["isis"], place=["husaiba"], trigger="أعدموا"),
        V("Attack", opt=True, agent=["isis"], target=["ramadi"]),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2017-07-24, Monday)
DOCS.append(dict(
    id="t50-sy-idlib", published="2017-07-24",
    text="""بيروت - (أ ف ب):

سيطرت «هيئة تحرير الشام» على مدينة سراقب بريف إدلب الشرقي، بعد اشتباكات مع «حركة أحرار الشام الإسلامية» استمرت ثلاثة أيام، وفق ما أفاد المرصد السوري لحقوق الإنسان الاثنين.

وقال المتحدث باسم الحركة، عمر خطاب، لوكالة فرانس برس إن مقاتليها انسحبوا «حقنا للدماء»، متهما الهيئة وقائدها أبو محمد الجولاني بالسعي إلى «الاستفراد بالشمال السوري».

وأعلن «جيش الأحرار»، أحد أبرز فصائل الحركة، انضمامه إلى الهيئة، فيما قالت وكالة «إباء»، الذراع الإعلامية للهيئة، إن مئات المقاتلين بايعوا قيادتها خلال يومين.

وفي بلدة معرة النعمان جنوب إدلب، قال رئيس المجلس المحلي للبلدة، يوسف العبدو، إن الأهالي خرجوا في تظاهرة رفضا لدخول عناصر الهيئة، مؤكدا أن «المدينة لا تريد فصائل». وأفاد ناشطون بأن أبو عبيدة الحموي، وهو قيادي في الهيئة، أصيب برصاص مجهولين قرب مدينة خان شيخون.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("afp", "Organization", ["أ ف ب", "فرانس برس"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hay'at Tahrir al-Sham", qid="Q28837926",
          sub="ArmedGroup"),
        E("saraqib", "Place", ["مدينة سراقب"], "Saraqib", sub="City"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "الحركة"], "Ahrar al-Sham", qid="Q2495209",
          sub="ArmedGroup"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights",
          qid="Q1054004"),
        E("khattab", "Person", ["عمر خطاب"], "Omar Khattab"),
        E("jolani", "Person", ["أبو محمد الجولاني"], "Abu Mohammad al-Julani", qid="Q4667506"),
        E("north", "Place", ["الشمال السوري"], "northern Syria", opt=True),
        E("jaish", "Organization", ["جيش الأحرار"], "Jaysh al-Ahrar", sub="ArmedGroup"),
        E("ibaa", "Organization", ["إباء"], "Ibaa News Agency", sub="MediaOrganization"),
        E("maarat", "Place", ["بلدة معرة النعمان", "المدينة"], "Maarat al-Numan", sub="City"),
        E("localc", "Organization", ["المجلس المحلي"], "Maarat al-Numan local council", sub="GovernmentBody",
          opt=True),
        E("abdo", "Person", ["يوسف العبدو"], "Yusuf al-Abdo"),
        E("hamwi", "Person", ["أبو عبيدة الحموي"], "Abu Ubaida al-Hamwi"),
        E("khanshaykhun", "Place", ["مدينة خان شيخون"], "Khan Shaykhun", sub="City"),
    ],
    relations=[
        R("locatedIn", "saraqib", "idlib"),           # مدينة X بريف إدلب الشرقي
        R("spokespersonOf", "khattab", "ahrar"),      # المتحدث باسم الحركة، X
        R("leaderOf", "jolani", "hts"),               # الهيئة وقائدها X
        R("partOf", "jaish", "ahrar"),                # «جيش الأحرار»، أحد أبرز فصائل الحركة
        R("memberOf", "jaish", "ahrar", opt=True),
        R("memberOf", "jaish", "hts"),                # أعلن ... انضمامه إلى الهيئة
        R("partOf", "ibaa", "hts"),                   # وكالة «إباء»، الذراع الإعلامية للهيئة
        R("locatedIn", "maarat", "idlib", opt=True),  # جنوب إدلب
        R("leaderOf", "abdo", "localc"),              # رئيس المجلس المحلي للبلدة، X
        R("memberOf", "hamwi", "hts"),                # X، وهو قيادي في الهيئة
        R("locatedIn", "khanshaykhun", "idlib", opt=True),
        R("locatedIn", "localc", "maarat", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["hts"], target=["ahrar"], place=["saraqib"]),
        V("Attack", target=["hamwi"], place=["khanshaykhun"], trigger="أصيب", opt=True),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2016-02-09, Tuesday)
DOCS.append(dict(
    id="t50-ye-taiz", published="2016-02-09",
    text="""عدن - (د ب أ):

قال العميد عبده الحمادي، قائد اللواء 35 مدرع، إن قوات الجيش الوطني والمقاومة الشعبية تمكنت الثلاثاء من فك الحصار جزئيا عن مدينة تعز، جنوب غربي اليمن، بعد معارك مع مسلحي جماعة الحوثي وقوات الرئيس السابق علي عبدالله صالح.

وأضاف الحمادي، الذي عينه الرئيس عبد ربه منصور هادي في منصبه العام الماضي، أن المعارك تركزت في منطقة الضباب غرب المدينة.

من جانبه، قال محافظ تعز، علي المعمري، إن المدينة «تعيش كارثة إنسانية»، داعيا التحالف الذي تقوده السعودية إلى إسقاط المساعدات جوا.

في المقابل، قال محمد البخيتي، عضو المكتب السياسي لجماعة «أنصار الله»، إن مقاتلي الجماعة «صدوا الهجوم»، فيما ذكرت قناة «المسيرة» الناطقة باسم الجماعة أن غارات للتحالف استهدفت مديرية حيفان بمحافظة تعز وقتلت خمسة مدنيين.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("hammadi", "Person", ["عبده الحمادي", "الحمادي"], "Abdu al-Hammadi"),
        E("brigade", "Organization", ["اللواء 35 مدرع"], "35th Armoured Brigade", sub="ArmedForce"),
        E("army", "Organization", ["الجيش الوطني"], "Yemeni National Army", sub="ArmedForce"),
        E("resistance", "Organization", ["المقاومة الشعبية"], "Popular Resistance", sub="ArmedGroup"),
        E("taizcity", "Place", ["مدينة تعز", "المدينة"], "Taiz", qid="Q267960", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("houthis", "Organization", ["جماعة الحوثي", "أنصار الله", "الجماعة"], "Houthis", qid="Q1068427",
          sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبدالله صالح"], "Ali Abdullah Saleh", qid="Q29092"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi", qid="Q299781"),
        E("dhabab", "Place", ["منطقة الضباب"], "al-Dhabab", sub="City"),
        E("taizgov", "Place", ["تعز", "محافظة تعز"], "Taiz Governorate", sub="Region"),
        E("maamari", "Person", ["علي المعمري"], "Ali al-Maamari"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("bukhaiti", "Person", ["محمد البخيتي"], "Mohammed al-Bukhaiti"),
        E("polit", "Organization", ["المكتب السياسي"], "Houthi political office", opt=True),
        E("masira", "Organization", ["المسيرة"], "Al-Masirah", sub="MediaOrganization"),
        E("hayfan", "Place", ["مديرية حيفان"], "Hayfan", sub="City"),
    ],
    relations=[
        R("leaderOf", "hammadi", "brigade"),          # العميد X، قائد اللواء 35 مدرع
        R("locatedIn", "taizcity", "yemen"),          # مدينة تعز، جنوب غربي اليمن
        R("leaderOf", "hadi", "yemen", opt=True),     # الرئيس X (no country named with it)
        R("leaderOf", "maamari", "taizgov"),          # محافظ تعز، X
        R("leaderOf", "saudi", "coalition"),          # التحالف الذي تقوده السعودية
        R("memberOf", "bukhaiti", "houthis"),         # X، عضو المكتب السياسي لجماعة «أنصار الله»
        R("memberOf", "bukhaiti", "polit", opt=True),
        R("partOf", "polit", "houthis", opt=True),
        R("partOf", "masira", "houthis"),             # قناة «المسيرة» الناطقة باسم الجماعة
        R("affiliatedWith", "masira", "houthis", opt=True),
        R("locatedIn", "hayfan", "taizgov"),          # مديرية حيفان بمحافظة تعز
        R("locatedIn", "dhabab", "taizcity", opt=True),
        R("partOf", "brigade", "army", opt=True),
        R("leaderOf", "saleh", "yemen", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["army", "resistance"], target=["houthis"], place=["dhabab", "taizcity"]),
        V("Strike", agent=["coalition"], place=["hayfan"], trigger="غارات"),
        V("Killing", agent=["coalition"], place=["hayfan"], trigger="وقتلت"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-06-11, Saturday)
DOCS.append(dict(
    id="t50-ly-sirte", published="2016-06-11",
    text="""طرابلس - (رويترز):

قال محمد الغصري، المتحدث باسم غرفة عمليات «البنيان المرصوص» التابعة لحكومة الوفاق الوطني، اليوم السبت، إن القوات الموالية للحكومة دخلت الأحياء الشرقية لمدينة سرت الساحلية، معقل تنظيم «الدولة الإسلامية» في ليبيا.

وأوضح الغصري أن أحد قادة التنظيم، ويدعى حسن الكرامي، قتل في اشتباكات قرب مجمع واغادوغو للمؤتمرات، مضيفا أن مقاتلين من مدينة مصراتة، ثالث كبرى المدن الليبية، يشكلون عماد القوة المهاجمة.

وفي طرابلس، قال فائز السراج، رئيس المجلس الرئاسي لحكومة الوفاق، إن المعركة «معركة كل الليبيين»، داعيا قائد ما يسمى «الجيش الوطني الليبي» خليفة حفتر إلى توحيد الجهود.

من جهته، أكد عميد بلدية مصراتة، عبد الرحمن الشكشك، أن مستشفيات المدينة استقبلت عشرات الجرحى خلال الأسبوع الماضي.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("ghusri", "Person", ["محمد الغصري", "الغصري"], "Mohamed al-Ghasri", qid=None),
        E("bunyan", "Organization", ["غرفة عمليات «البنيان المرصوص»", "البنيان المرصوص"],
          "Operation al-Bunyan al-Marsous command", sub="ArmedForce"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          qid="Q22662297", sub="GovernmentBody"),
        E("sirte", "Place", ["مدينة سرت"], "Sirte", qid="Q194131", sub="City"),
        E("is", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("karami", "Person", ["حسن الكرامي"], "Hasan al-Karami"),
        E("ouaga", "Place", ["مجمع واغادوغو للمؤتمرات"], "Ouagadougou Conference Centre", opt=True),
        E("misrata", "Place", ["مدينة مصراتة", "مصراتة", "المدينة"], "Misrata", qid="Q190997", sub="City"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj", qid="Q22677366"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", qid="Q19869358", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar", qid="Q1740201"),
        E("shakshak", "Person", ["عبد الرحمن الشكشك"], "Abdulrahman al-Shakshak"),
        E("municip", "Organization", ["بلدية مصراتة"], "Misrata municipality", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "ghusri", "bunyan"),      # X، المتحدث باسم غرفة عمليات ...
        R("partOf", "bunyan", "gna"),                 # التابعة لحكومة الوفاق الوطني
        R("locatedIn", "sirte", "libya", opt=True),   # معقل التنظيم في ليبيا
        R("memberOf", "karami", "is"),                # أحد قادة التنظيم، ويدعى X
        R("leaderOf", "karami", "is", opt=True),
        R("locatedIn", "misrata", "libya", opt=True),  # ثالث كبرى المدن الليبية
        R("leaderOf", "sarraj", "pc"),                # X، رئيس المجلس الرئاسي لحكومة الوفاق
        R("partOf", "pc", "gna", opt=True),
        R("leaderOf", "sarraj", "gna", opt=True),
        R("leaderOf", "haftar", "lna"),               # قائد ... «الجيش الوطني الليبي» X
        R("leaderOf", "shakshak", "municip"),         # عميد بلدية مصراتة، X
        R("leaderOf", "shakshak", "misrata", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["gna"], target=["is"], place=["sirte"]),
        V("Killing", target=["karami"], place=["ouaga", "sirte"], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-11-26, Sunday)
DOCS.append(dict(
    id="t50-eg-sinai", published="2017-11-26",
    text="""القاهرة - (د ب أ):

قال العقيد تامر الرفاعي، المتحدث العسكري باسم القوات المسلحة المصرية، الأحد، إن القوات الجوية دمرت عددا من البؤر الإرهابية في محيط مدينة بئر العبد بمحافظة شمال سيناء، ردا على الهجوم الذي استهدف مسجد الروضة الجمعة.

وأعلن محافظ شمال سيناء، اللواء السيد عبد الفتاح حرحور، الحداد ثلاثة أيام، فيما قال مصدر أمني إن منفذي الهجوم رفعوا راية تنظيم «ولاية سيناء»، فرع تنظيم «الدولة الإسلامية» في مصر.

وكان التنظيم، الذي بايع زعيمه أبو بكر البغدادي عام 2014 بعد أن كان يعرف باسم «أنصار بيت المقدس»، قد تبنى هجمات سابقة على الجيش والشرطة في مدينة العريش، عاصمة المحافظة.

وقال شيخ قبيلة السواركة، إبراهيم المنيعي، إن القبيلة «لن تتهاون» مع من يأوي المسلحين.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "الجيش"], "Egyptian Armed Forces", qid="Q1052542",
          sub="ArmedForce"),
        E("eaf_air", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("bir", "Place", ["مدينة بئر العبد"], "Bir al-Abd", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء", "المحافظة"], "North Sinai Governorate",
          qid="Q30763", sub="Region"),
        E("rawda", "Place", ["مسجد الروضة"], "al-Rawda mosque"),
        E("harhour", "Person", ["السيد عبد الفتاح حرحور"], "El-Sayed Abdel Fattah Harhour"),
        E("wilaya", "Organization", ["ولاية سيناء", "التنظيم", "أنصار بيت المقدس"], "Sinai Province",
          qid="Q15980633", sub="ArmedGroup"),
        E("is", "Organization", ["الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi", qid="Q1253326"),
        E("police", "Organization", ["الشرطة"], "Egyptian police", opt=True),
        E("arish", "Place", ["مدينة العريش"], "Arish", qid="Q29953", sub="City"),
        E("sawarka", "Organization", ["قبيلة السواركة", "القبيلة"], "Sawarka tribe"),
        E("munaii", "Person", ["إبراهيم المنيعي"], "Ibrahim al-Menaei"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),          # X، المتحدث العسكري باسم القوات المسلحة
        R("partOf", "eaf_air", "eaf", opt=True),
        R("locatedIn", "bir", "nsinai"),              # مدينة X بمحافظة شمال سيناء
        R("leaderOf", "harhour", "nsinai"),           # محافظ شمال سيناء، اللواء X
        R("partOf", "wilaya", "is"),                  # «ولاية سيناء»، فرع تنظيم «الدولة الإسلامية»
        R("affiliatedWith", "wilaya", "is", opt=True),
        R("locatedIn", "nsinai", "egypt", opt=True),
        R("leaderOf", "baghdadi", "is"),              # بايع زعيمه X
        R("affiliatedWith", "wilaya", "baghdadi", opt=True),
        R("locatedIn", "arish", "nsinai"),            # مدينة العريش، عاصمة المحافظة
        R("leaderOf", "munaii", "sawarka"),           # شيخ قبيلة السواركة، X
    ],
    events=[
        V("Strike", agent=["eaf_air", "eaf"], place=["bir"], trigger="دمرت"),
        V("Attack", target=["rawda"], date="2017-11-24", trigger="الهجوم"),
        V("Attack", opt=True, agent=["wilaya"], target=["eaf", "police"], place=["arish"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2017-07-22, Saturday)
DOCS.append(dict(
    id="t50-lb-arsal", published="2017-07-22",
    text="""بيروت - (الأناضول):

أعلن «حزب الله» اللبناني، السبت، سيطرة مقاتليه على مواقع جديدة في جرود بلدة عرسال الحدودية مع سوريا، في اليوم الثالث من هجوم على مسلحي «جبهة فتح الشام» في المنطقة.

وقالت قناة «المنار»، التابعة للحزب، إن أبو مالك التلي، أمير الجبهة في القلمون، بات محاصرا في مساحة ضيقة، فيما قال الأمين العام للحزب حسن نصر الله في كلمة متلفزة إن المعركة «ستنتهي قريبا».

من جهته، قال رئيس بلدية عرسال، باسل الحجيري، إن البلدة الواقعة في قضاء بعلبك «تدفع ثمن معركة ليست معركتها»، مطالبا الجيش اللبناني بحماية مخيمات اللاجئين.

وقال وزير الداخلية نهاد المشنوق إن الحكومة «لم تكن طرفا» في الهجوم. وأفاد مصدر أمني بأن قائد فوج المجوقل في الجيش، العميد جورج نخلة، عزز انتشار وحداته على أطراف البلدة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", qid="Q2866398", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("jfs", "Organization", ["جبهة فتح الشام", "الجبهة"], "Jabhat Fath al-Sham", qid="Q1501278",
          sub="ArmedGroup"),
        E("manar", "Organization", ["المنار"], "Al-Manar", qid="Q736046", sub="MediaOrganization"),
        E("talli", "Person", ["أبو مالك التلي"], "Abu Malik al-Talli"),
        E("qalamoun", "Place", ["القلمون"], "Qalamoun", sub="Region"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah", qid="Q187287"),
        E("hujairi", "Person", ["باسل الحجيري"], "Basil al-Hujairi"),
        E("municip", "Organization", ["بلدية عرسال"], "Arsal municipality", sub="GovernmentBody"),
        E("baalbek", "Place", ["قضاء بعلبك"], "Baalbek District", sub="Region"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", qid="Q1537478",
          sub="ArmedForce"),
        E("machnouk", "Person", ["نهاد المشنوق"], "Nohad Machnouk", qid="Q7045016"),
        E("gov", "Organization", ["الحكومة"], "Government of Lebanon", opt=True),
        E("regiment", "Organization", ["فوج المجوقل"], "Airborne Regiment (Lebanon)", sub="ArmedForce"),
        E("nakhla", "Person", ["جورج نخلة"], "Georges Nakhla"),
    ],
    relations=[
        R("partOf", "manar", "hezbollah"),            # قناة «المنار»، التابعة للحزب
        R("affiliatedWith", "manar", "hezbollah", opt=True),
        R("leaderOf", "talli", "jfs"),                # X، أمير الجبهة في القلمون
        R("memberOf", "talli", "jfs", opt=True),
        R("leaderOf", "nasrallah", "hezbollah"),      # الأمين العام للحزب X
        R("leaderOf", "hujairi", "municip"),          # رئيس بلدية عرسال، X
        R("leaderOf", "hujairi", "arsal", opt=True),
        R("locatedIn", "arsal", "baalbek"),           # البلدة الواقعة في قضاء بعلبك
        R("positionIn", "machnouk", "gov", opt=True),
        R("leaderOf", "nakhla", "regiment"),          # قائد فوج المجوقل في الجيش، العميد X
        R("partOf", "regiment", "laf"),               # فوج المجوقل في الجيش
        R("memberOf", "nakhla", "laf", opt=True),
    ],
    events=[
        V("Attack", agent=["hezbollah"], target=["jfs"], place=["arsal"], trigger="هجوم"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2018-03-01, Thursday)
DOCS.append(dict(
    id="t50-so-shabaab", published="2018-03-01",
    text="""مقديشو - (رويترز):

قال عبد العزيز أبو مصعب، المتحدث العسكري باسم حركة «الشباب» المتشددة، الخميس، إن مقاتلي الحركة نفذوا الهجوم الذي استهدف قاعدة عسكرية في بلدة بلعد بإقليم شبيلي الوسطى، شمال العاصمة الصومالية.

وأضاف أبو مصعب في تسجيل بثته إذاعة «الأندلس»، الناطقة بلسان الحركة، أن «عشرات الجنود» قتلوا، فيما قال قائد الشرطة في الإقليم، العقيد عبدي ورسمي، إن ثلاثة جنود فقط لقوا حتفهم.

من جهته، قال عمدة مقديشو، ثابت عبدي محمد، إن قوات الأمن اعتقلت أحد عناصر «أمنيات»، جهاز الاستخبارات في الحركة، قبل أن يفجر سيارة مفخخة قرب مقر البرلمان.

وكان محمد عبدي، القيادي البارز في الحركة، قد أعلن الشهر الماضي انشقاقه وتسليم نفسه للحكومة الاتحادية، بعد سنوات من العمل مع زعيمها أحمد عمر أبو عبيدة.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب", "أبو مصعب"], "Abdiasis Abu Musab"),
        E("shabaab", "Organization", ["الشباب", "الحركة"], "al-Shabaab", qid="Q189480", sub="ArmedGroup"),
        E("balad", "Place", ["بلدة بلعد"], "Balcad", sub="City"),
        E("shabelle", "Place", ["إقليم شبيلي الوسطى", "الإقليم"], "Middle Shabelle", sub="Region"),
        E("andalus", "Organization", ["الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("police", "Organization", ["الشرطة"], "Somali Police Force", opt=True),
        E("warsame", "Person", ["عبدي ورسمي"], "Abdi Warsame"),
        E("mayor", "Person", ["ثابت عبدي محمد"], "Thabit Abdi Mohamed"),
        E("amniyat", "Organization", ["أمنيات"], "Amniyat", sub="ArmedGroup"),
        E("parliament", "Organization", ["البرلمان"], "Federal Parliament of Somalia", opt=True),
        E("abdi", "Person", ["محمد عبدي"], "Mohamed Abdi"),
        E("gov", "Organization", ["الحكومة الاتحادية"], "Federal Government of Somalia", opt=True),
        E("diriye", "Person", ["أحمد عمر أبو عبيدة"], "Ahmed Umar Abu Ubaidah", qid="Q16213765"),
    ],
    relations=[
        R("spokespersonOf", "abumusab", "shabaab"),   # X، المتحدث العسكري باسم حركة «الشباب»
        R("locatedIn", "balad", "shabelle"),          # بلدة X بإقليم شبيلي الوسطى
        R("partOf", "andalus", "shabaab"),            # إذاعة «الأندلس»، الناطقة بلسان الحركة
        R("affiliatedWith", "andalus", "shabaab", opt=True),
        R("leaderOf", "warsame", "police"),           # قائد الشرطة في الإقليم، العقيد X
        R("leaderOf", "mayor", "mogadishu"),          # عمدة مقديشو، X
        R("partOf", "amniyat", "shabaab"),            # «أمنيات»، جهاز الاستخبارات في الحركة
        R("memberOf", "abdi", "shabaab"),             # X، القيادي البارز في الحركة
        R("leaderOf", "diriye", "shabaab"),           # زعيمها X
    ],
    events=[
        V("Attack", agent=["shabaab"], place=["balad"], trigger="الهجوم"),
        V("Arrest", place=["mogadishu"], trigger="اعتقلت", opt=True),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2019-01-15, Tuesday)
DOCS.append(dict(
    id="t50-ng-borno", published="2019-01-15",
    text="""كانو - (أ ف ب):

قال إبراهيم غوني، نائب حاكم ولاية بورنو شمال شرقي نيجيريا، الثلاثاء، إن آلاف السكان فروا من بلدة رن القريبة من الحدود مع الكاميرون، بعد هجوم شنه مسلحون من تنظيم «الدولة الإسلامية في غرب أفريقيا».

وقال المتحدث باسم الجيش النيجيري، العقيد عثمان بالا، إن القوات «صدت الهجوم»، فيما أفاد مسؤول محلي بأن مقاتلي التنظيم، الذي انشق عن جماعة «بوكو حرام» عام 2016، أحرقوا مباني حكومية في البلدة.

وأضاف المسؤول أن أبو مصعب البرناوي، زعيم التنظيم، عين قائدا جديدا للعمليات في منطقة بحيرة تشاد يدعى بكر ماينوك.

في غضون ذلك، قال رئيس مجلس الحكم المحلي في منطقة مافا، موسى كولو، إن ميليشيا «قوة المهام المشتركة المدنية»، المتحالفة مع الجيش، فقدت أربعة من عناصرها في كمين نصبه مسلحون قرب بلدة دكوا.""",
    entities=[
        E("kano", "Place", ["كانو"], "Kano", qid="Q182815", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("goni", "Person", ["إبراهيم غوني"], "Ibrahim Goni"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", qid="Q706604", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("rann", "Place", ["بلدة رن", "البلدة"], "Rann", sub="City"),
        E("cameroon", "Place", ["الكاميرون"], "Cameroon", qid="Q1009", sub="Country"),
        E("iswap", "Organization", ["الدولة الإسلامية في غرب أفريقيا", "التنظيم"], "ISWAP", qid="Q25003567",
          sub="ArmedGroup"),
        E("army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", qid="Q3350085", sub="ArmedForce"),
        E("bala", "Person", ["عثمان بالا"], "Usman Bala"),
        E("boko", "Organization", ["بوكو حرام"], "Boko Haram", qid="Q31827", sub="ArmedGroup"),
        E("barnawi", "Person", ["أبو مصعب البرناوي"], "Abu Musab al-Barnawi", qid="Q24950839"),
        E("chad", "Place", ["منطقة بحيرة تشاد"], "Lake Chad region", sub="Region", opt=True),
        E("mainok", "Person", ["بكر ماينوك"], "Bakar Mainok"),
        E("mafacouncil", "Organization", ["مجلس الحكم المحلي"], "Mafa local government council", opt=True),
        E("mafa", "Place", ["منطقة مافا"], "Mafa", sub="Region"),
        E("kolo", "Person", ["موسى كولو"], "Musa Kolo"),
        E("cjtf", "Organization", ["قوة المهام المشتركة المدنية"], "Civilian Joint Task Force", qid="Q16909567",
          sub="ArmedGroup"),
        E("dikwa", "Place", ["بلدة دكوا"], "Dikwa", sub="City"),
    ],
    relations=[
        R("positionIn", "goni", "borno"),             # X، نائب حاكم ولاية بورنو
        R("locatedIn", "borno", "nigeria"),           # ولاية بورنو شمال شرقي نيجيريا
        R("spokespersonOf", "bala", "army"),          # المتحدث باسم الجيش النيجيري، العقيد X
        R("leaderOf", "barnawi", "iswap"),            # X، زعيم التنظيم
        R("memberOf", "mainok", "iswap"),             # عين قائدا جديدا للعمليات ... يدعى X
        R("leaderOf", "kolo", "mafa"),                # رئيس مجلس الحكم المحلي في منطقة مافا، X
        R("leaderOf", "kolo", "mafacouncil", opt=True),
        R("affiliatedWith", "cjtf", "army"),          # «قوة ...»، المتحالفة مع الجيش
        R("locatedIn", "rann", "borno", opt=True),
        R("locatedIn", "mafa", "borno", opt=True),
        R("locatedIn", "dikwa", "borno", opt=True),
        R("memberOf", "iswap", "boko", opt=True),
    ],
    events=[
        V("Attack", agent=["iswap"], place=["rann"], trigger="هجوم"),
        V("Attack", target=["cjtf"], place=["dikwa"], trigger="كمين"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Helmand (2018-10-21, Sunday)
DOCS.append(dict(
    id="t50-af-helmand", published="2018-10-21",
    text="""كابول - (د ب أ):

قال عمر زواك، المتحدث باسم حاكم ولاية هلمند جنوبي أفغانستان، الأحد، إن قائد شرطة الولاية، الجنرال نبي الله فراهي، قتل مع اثنين من حراسه في انفجار عبوة ناسفة في مدينة لشكركاه، عاصمة الولاية.

وأعلنت حركة «طالبان» مسؤوليتها عن الهجوم، وقال المتحدث باسمها، قاري يوسف أحمدي، في بيان إن مقاتلي الحركة «استهدفوا قائد الشرطة الذي قتل عشرات المجاهدين».

وجاء الهجوم بعد ثلاثة أيام من مقتل الجنرال عبد الرازق، قائد شرطة ولاية قندهار، في هجوم داخل مقر حاكم الولاية تبناه عنصر من الحركة.

من جهته، قال وزير الداخلية الأفغاني، وايس برمك، إن الحكومة فتحت تحقيقا، فيما أفاد مسؤولون محليون بأن ملا عبد الصمد، أحد قادة الحركة في مديرية ناد علي بولاية هلمند، أشرف على التخطيط للهجوم.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("zwak", "Person", ["عمر زواك"], "Omar Zwak"),
        E("helmand", "Place", ["ولاية هلمند", "الولاية"], "Helmand Province", qid="Q173724", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("farahi", "Person", ["نبي الله فراهي"], "Nabiullah Farahi"),
        E("police", "Organization", ["شرطة الولاية"], "Helmand police", opt=True),
        E("lashkargah", "Place", ["مدينة لشكركاه"], "Lashkar Gah", qid="Q184397", sub="City"),
        E("taliban", "Organization", ["طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("ahmadi", "Person", ["قاري يوسف أحمدي"], "Qari Yousuf Ahmadi", qid="Q7268548"),
        E("raziq", "Person", ["عبد الرازق"], "Abdul Raziq", qid="Q4666706"),
        E("kandahar", "Place", ["ولاية قندهار"], "Kandahar Province", qid="Q183205", sub="Region"),
        E("barmak", "Person", ["وايس برمك"], "Wais Barmak", qid="Q21711389"),
        E("gov", "Organization", ["الحكومة"], "Government of Afghanistan", opt=True),
        E("samad", "Person", ["ملا عبد الصمد"], "Mullah Abdul Samad"),
        E("nadali", "Place", ["مديرية ناد علي"], "Nad Ali District", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "zwak", "helmand", opt=True),  # المتحدث باسم حاكم ولاية هلمند (the governor, no entity)
        R("locatedIn", "helmand", "afghanistan"),     # ولاية هلمند جنوبي أفغانستان
        R("leaderOf", "farahi", "police"),            # قائد شرطة الولاية، الجنرال X
        R("positionIn", "farahi", "helmand", opt=True),
        R("locatedIn", "lashkargah", "helmand"),      # مدينة لشكركاه، عاصمة الولاية
        R("spokespersonOf", "ahmadi", "taliban"),     # المتحدث باسمها، X
        R("positionIn", "raziq", "kandahar"),         # X، قائد شرطة ولاية قندهار
        R("positionIn", "barmak", "afghanistan"),     # وزير الداخلية الأفغاني، X
        R("memberOf", "samad", "taliban"),            # X، أحد قادة الحركة
        R("leaderOf", "samad", "taliban", opt=True),
        R("locatedIn", "nadali", "helmand"),          # مديرية ناد علي بولاية هلمند
    ],
    events=[
        V("Killing", agent=["taliban"], target=["farahi"], place=["lashkargah"], trigger="قتل"),
        V("Attack", agent=["taliban"], target=["farahi"], place=["lashkargah"], trigger="الهجوم"),
        V("Killing", agent=["taliban"], target=["raziq"], date="2018-10", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Gaza (2018-05-16, Wednesday)
DOCS.append(dict(
    id="t50-ps-gaza", published="2018-05-16",
    text="""غزة - (الأناضول):

قال أبو عبيدة، المتحدث باسم «كتائب عز الدين القسام»، الجناح العسكري لحركة «حماس»، الأربعاء، إن «المقاومة لن تقف مكتوفة الأيدي» أمام قتل المتظاهرين على حدود قطاع غزة.

وجاءت تصريحاته بعد أن قال رئيس المكتب السياسي للحركة، إسماعيل هنية، إن مسيرات العودة «ستتواصل»، فيما أكد يحيى السنوار، قائد الحركة في القطاع، أن الحركة «لا تسعى إلى الحرب».

من جهته، قال المتحدث باسم وزارة الصحة في غزة، أشرف القدرة، إن عدد القتلى برصاص الجيش الإسرائيلي ارتفع إلى 62 منذ الاثنين.

وفي رام الله، قال عضو اللجنة المركزية لحركة «فتح»، جبريل الرجوب، إن الحركة تحمل الحكومة الإسرائيلية المسؤولية. وكانت «سرايا القدس»، الذراع العسكرية لحركة «الجهاد الإسلامي»، قد أعلنت في بيان أن أحد عناصرها قتل شرقي مدينة خان يونس جنوب القطاع.""",
    entities=[
        E("gaza", "Place", ["غزة", "قطاع غزة", "القطاع"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("abuobaida", "Person", ["أبو عبيدة"], "Abu Obaida"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", qid="Q1061287",
          sub="ArmedGroup"),
        E("hamas", "Organization", ["حماس", "الحركة"], "Hamas", qid="Q38082", sub="PoliticalOrganization"),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh", qid="Q296917"),
        E("polit", "Organization", ["المكتب السياسي"], "Hamas political bureau", opt=True),
        E("sinwar", "Person", ["يحيى السنوار"], "Yahya Sinwar", qid="Q4351235"),
        E("moh", "Organization", ["وزارة الصحة"], "Gaza Ministry of Health", sub="GovernmentBody"),
        E("qudra", "Person", ["أشرف القدرة"], "Ashraf al-Qudra", qid="Q60442926"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", qid="Q44542", sub="ArmedForce"),
        E("ramallah", "Place", ["رام الله"], "Ramallah", qid="Q132200", sub="City"),
        E("fatah", "Organization", ["فتح"], "Fatah", qid="Q186055", sub="PoliticalOrganization"),
        E("central", "Organization", ["اللجنة المركزية"], "Fatah Central Committee", opt=True),
        E("rajoub", "Person", ["جبريل الرجوب"], "Jibril Rajoub", qid="Q1367930"),
        E("israelgov", "Organization", ["الحكومة الإسرائيلية"], "Government of Israel", sub="GovernmentBody"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", qid="Q1639536", sub="ArmedGroup"),
        E("pij", "Organization", ["الجهاد الإسلامي"], "Palestinian Islamic Jihad", qid="Q473858",
          sub="ArmedGroup"),
        E("khanyunis", "Place", ["مدينة خان يونس"], "Khan Yunis", qid="Q193250", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "abuobaida", "qassam"),   # X، المتحدث باسم «كتائب ...»
        R("partOf", "qassam", "hamas"),               # الجناح العسكري لحركة «حماس»
        R("leaderOf", "haniyeh", "hamas"),            # رئيس المكتب السياسي للحركة، X
        R("leaderOf", "haniyeh", "polit", opt=True),
        R("partOf", "polit", "hamas", opt=True),
        R("leaderOf", "sinwar", "hamas"),             # X، قائد الحركة في القطاع
        R("spokespersonOf", "qudra", "moh"),          # المتحدث باسم وزارة الصحة في غزة، X
        R("locatedIn", "moh", "gaza", opt=True),
        R("memberOf", "rajoub", "fatah"),             # عضو اللجنة المركزية لحركة «فتح»، X
        R("memberOf", "rajoub", "central", opt=True),
        R("partOf", "central", "fatah", opt=True),
        R("partOf", "saraya", "pij"),                 # «سرايا القدس»، الذراع العسكرية لحركة «الجهاد»
        R("locatedIn", "khanyunis", "gaza"),          # مدينة خان يونس جنوب القطاع
    ],
    events=[
        V("Killing", agent=["idf"], place=["gaza"], trigger="قتل", opt=True),
        V("Killing", place=["khanyunis"], trigger="قتل", opt=True),
    ],
))
