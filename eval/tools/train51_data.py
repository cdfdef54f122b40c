"""Hand annotations of the fifty-first training set (see eval/train51/README.md).

The same kinds of relations as train50 in other countries and wordings (Mali, Tunisia, Algeria, Pakistan,
Turkey, Sudan, Jordan, the Philippines): officials with their post after the name or in an apposition,
posts with a pronoun suffix, governors and mayors, members and leaders of armed groups named in passing,
towns placed by adjectives and by province, parts of organisations, allegiance and joining, spokespersons
quoted. Persons are invented except well-known public figures. Written and annotated before the
extractor was run on it. A check set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Mali, Mopti (2019-03-25, Monday)
DOCS.append(dict(
    id="t51-ml-mopti", published="2019-03-25",
    text="""باماكو - (أ ف ب):

قال موسى تراوري، حاكم منطقة موبتي وسط مالي، الاثنين، إن حصيلة الهجوم الذي استهدف قرية أوغوساغو التابعة لدائرة بانكاس ارتفعت إلى 160 قتيلا، معظمهم من رعاة الفولاني.

واتهم سكان ميليشيا «دان نا أمباساغو»، التي تضم صيادين من قبائل الدوغون، بتنفيذ الهجوم، غير أن المتحدث باسمها، مامادو غوليبا، نفى ذلك في تصريح لإذاعة محلية.

من جهته، قال رئيس الوزراء سوميلو بوبيي مايغا إن الحكومة قررت حل الميليشيا، فيما أعلن المتحدث باسم بعثة الأمم المتحدة في مالي (مينوسما)، أوليفييه سالغادو، أن البعثة أرسلت قوة إلى المنطقة.

وكانت «جماعة نصرة الإسلام والمسلمين»، المرتبطة بتنظيم القاعدة والتي يتزعمها إياد أغ غالي، قد تبنت قبل أسبوع هجوما على معسكر للجيش المالي في بلدة ديورا، قال قائد المنطقة العسكرية، العقيد بكاري كوني، إنه أودى بحياة 23 جنديا.""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("traore", "Person", ["موسى تراوري"], "Moussa Traore"),
        E("mopti", "Place", ["منطقة موبتي", "المنطقة"], "Mopti Region", sub="Region"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("ogossagou", "Place", ["قرية أوغوساغو"], "Ogossagou", sub="City"),
        E("bankass", "Place", ["دائرة بانكاس"], "Bankass Cercle", sub="Region"),
        E("dan", "Organization", ["دان نا أمباساغو", "الميليشيا"], "Dan Na Ambassagou", qid="Q62075000",
          sub="ArmedGroup"),
        E("guleba", "Person", ["مامادو غوليبا"], "Mamadou Guleba"),
        E("maiga", "Person", ["سوميلو بوبيي مايغا"], "Soumeylou Boubeye Maiga", qid="Q3491869"),
        E("gov", "Organization", ["الحكومة"], "Government of Mali", opt=True),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي", "مينوسما", "البعثة"], "MINUSMA", qid="Q3358296"),
        E("salgado", "Person", ["أوليفييه سالغادو"], "Olivier Salgado"),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين"], "JNIM", qid="Q30588066", sub="ArmedGroup"),
        E("aq", "Organization", ["القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("ghali", "Person", ["إياد أغ غالي"], "Iyad Ag Ghaly", qid="Q1398536"),
        E("fama", "Organization", ["الجيش المالي"], "Malian Armed Forces", sub="ArmedForce"),
        E("dioura", "Place", ["بلدة ديورا"], "Dioura", sub="City"),
        E("kone", "Person", ["بكاري كوني"], "Bakary Kone"),
    ],
    relations=[
        R("leaderOf", "traore", "mopti"),             # X، حاكم منطقة موبتي
        R("locatedIn", "mopti", "mali"),              # منطقة موبتي وسط مالي
        R("locatedIn", "ogossagou", "bankass"),       # قرية X التابعة لدائرة Y
        R("spokespersonOf", "guleba", "dan"),         # المتحدث باسمها، X
        R("leaderOf", "maiga", "gov", opt=True),
        R("spokespersonOf", "salgado", "minusma"),    # المتحدث باسم بعثة ...، X
        R("affiliatedWith", "jnim", "aq"),            # المرتبطة بتنظيم القاعدة
        R("leaderOf", "ghali", "jnim"),               # التي يتزعمها X
        R("locatedIn", "bankass", "mopti", opt=True),
        R("positionIn", "kone", "fama", opt=True),
    ],
    events=[
        V("Attack", place=["ogossagou"], trigger="الهجوم"),
        V("Attack", agent=["jnim"], target=["fama"], place=["dioura"], date="2019-03", trigger="هجوما"),
        V("Killing", opt=True, agent=["jnim"], target=["fama"], place=["dioura"]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ben Guerdane (2016-03-08, Tuesday)
DOCS.append(dict(
    id="t51-tn-benguerdane", published="2016-03-08",
    text="""تونس - (رويترز):

قال بلحسن الوسلاتي، المتحدث الرسمي باسم وزارة الدفاع التونسية، الثلاثاء، إن وحدات الجيش والحرس الوطني قتلت سبعة مسلحين آخرين في مدينة بن قردان بولاية مدنين جنوب شرقي البلاد، ليرتفع عدد القتلى في صفوف المهاجمين إلى 43.

وقال رئيس الحكومة الحبيب الصيد إن المهاجمين «أرادوا إقامة إمارة داعشية في المدينة»، فيما قال والي مدنين، الطاهر مطماطي، إن حظر التجول سيظل ساريا.

وأضاف مصدر أمني أن بين القتلى مفتاح المنصوري، أحد قادة كتيبة «عقبة بن نافع»، التي أعلنت في وقت سابق ولاءها لتنظيم «الدولة الإسلامية»، وأنه تسلل من ليبيا قبل أسابيع.

من جانبه، قال رئيس بلدية بن قردان، فتحي العبعاب، إن السكان «وقفوا مع قوات الأمن».""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("wislati", "Person", ["بلحسن الوسلاتي"], "Belhassen Oueslati"),
        E("mod", "Organization", ["وزارة الدفاع التونسية"], "Ministry of Defence (Tunisia)", sub="GovernmentBody"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard (Tunisia)", sub="ArmedForce", opt=True),
        E("bengardane", "Place", ["مدينة بن قردان", "بن قردان", "المدينة"], "Ben Gardane", qid="Q815372",
          sub="City"),
        E("medenine", "Place", ["ولاية مدنين", "مدنين"], "Medenine Governorate", sub="Region"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid", qid="Q3127640"),
        E("matmati", "Person", ["الطاهر مطماطي"], "Tahar Matmati"),
        E("mansouri", "Person", ["مفتاح المنصوري"], "Miftah al-Mansouri"),
        E("okba", "Organization", ["عقبة بن نافع"], "Okba Ibn Nafaa Brigade", qid="Q16896064", sub="ArmedGroup"),
        E("is", "Organization", ["الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("abab", "Person", ["فتحي العبعاب"], "Fethi Abab"),
        E("bgmunicip", "Organization", ["بلدية بن قردان"], "Ben Gardane municipality", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "wislati", "mod"),        # X، المتحدث الرسمي باسم وزارة الدفاع
        R("locatedIn", "bengardane", "medenine"),     # مدينة X بولاية مدنين
        R("leaderOf", "matmati", "medenine"),         # والي مدنين، X
        R("memberOf", "mansouri", "okba"),            # X، أحد قادة كتيبة «...»
        R("leaderOf", "mansouri", "okba", opt=True),
        R("affiliatedWith", "okba", "is"),            # أعلنت ولاءها لتنظيم ...
        R("memberOf", "okba", "is", opt=True),
        R("leaderOf", "abab", "bgmunicip"),           # رئيس بلدية بن قردان، X
        R("leaderOf", "abab", "bengardane", opt=True),
    ],
    events=[
        V("Killing", agent=["army", "guard"], place=["bengardane"], trigger="قتلت"),
        V("Attack", opt=True, place=["bengardane"]),
    ],
))

# ---------------------------------------------------------------- Algeria, In Amenas aftermath (2014-09-25, Thursday)
DOCS.append(dict(
    id="t51-dz-kabylie", published="2014-09-25",
    text="""الجزائر - (الأناضول):

أعلن تنظيم «جند الخلافة في أرض الجزائر»، الذي انشق عن تنظيم «القاعدة في بلاد المغرب الإسلامي» وبايع زعيم «الدولة الإسلامية» أبو بكر البغدادي، إعدام الرهينة الفرنسي الذي خطفه الأحد في منطقة تيكجدة بولاية البويرة شرق العاصمة.

وقال وزير الداخلية الجزائري، الطيب بلعيز، إن قوات الأمن تلاحق عناصر التنظيم الذي يقوده عبد المالك قوري، القيادي السابق في فرع القاعدة.

من جهته، قال والي البويرة، نصر الدين حمودة، إن عمليات التمشيط تتركز في غابات جبال جرجرة، فيما أفاد مصدر أمني بأن رشيد بوعزة، أحد عناصر التنظيم، سلم نفسه لوحدات الجيش في بلدة الأخضرية.""",
    entities=[
        E("algiers", "Place", ["الجزائر", "العاصمة"], "Algiers", qid="Q3561", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("jund", "Organization", ["جند الخلافة في أرض الجزائر", "التنظيم"], "Jund al-Khilafah (Algeria)",
          qid="Q18341374", sub="ArmedGroup"),
        E("aqim", "Organization", ["القاعدة في بلاد المغرب الإسلامي", "فرع القاعدة"],
          "al-Qaeda in the Islamic Maghreb", qid="Q207497", sub="ArmedGroup"),
        E("is", "Organization", ["الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi", qid="Q1253326"),
        E("tikjda", "Place", ["منطقة تيكجدة"], "Tikjda", sub="City"),
        E("bouira", "Place", ["ولاية البويرة", "البويرة"], "Bouira Province", sub="Region"),
        E("belaiz", "Person", ["الطيب بلعيز"], "Tayeb Belaiz", qid="Q3528004"),
        E("gouri", "Person", ["عبد المالك قوري"], "Abdelmalek Gouri", qid="Q18342037"),
        E("hamouda", "Person", ["نصر الدين حمودة"], "Nasreddine Hamouda"),
        E("djurdjura", "Place", ["جبال جرجرة"], "Djurdjura", opt=True),
        E("bouazza", "Person", ["رشيد بوعزة"], "Rachid Bouazza"),
        E("army", "Organization", ["الجيش"], "Algerian Army", opt=True),
        E("lakhdaria", "Place", ["بلدة الأخضرية"], "Lakhdaria", sub="City"),
    ],
    relations=[
        R("affiliatedWith", "jund", "is"),            # بايع زعيم «الدولة الإسلامية»
        R("affiliatedWith", "jund", "baghdadi", opt=True),
        R("memberOf", "jund", "is", opt=True),
        R("leaderOf", "baghdadi", "is"),              # زعيم «الدولة الإسلامية» X
        R("locatedIn", "tikjda", "bouira"),           # منطقة X بولاية البويرة
        R("leaderOf", "gouri", "jund"),               # التنظيم الذي يقوده X
        R("memberOf", "gouri", "aqim", opt=True),     # القيادي السابق في فرع القاعدة (former)
        R("leaderOf", "hamouda", "bouira"),           # والي البويرة، X
        R("memberOf", "bouazza", "jund"),             # X، أحد عناصر التنظيم
        R("partOf", "aqim", "jund", opt=True),
    ],
    events=[
        V("Killing", agent=["jund"], trigger="إعدام"),
        V("Arrest", opt=True, agent=["jund"], place=["tikjda"], date="2014-09-21"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar (2014-12-17, Wednesday)
DOCS.append(dict(
    id="t51-pk-peshawar", published="2014-12-17",
    text="""إسلام آباد - (رويترز):

قال محمد خراساني، المتحدث باسم حركة «طالبان باكستان»، الأربعاء، إن الحركة نفذت الهجوم على مدرسة الجيش العامة في مدينة بشاور، عاصمة إقليم خيبر بختونخوا، ردا على العمليات العسكرية في منطقة شمال وزيرستان القبلية.

وقال رئيس الوزراء الباكستاني نواز شريف، الذي زار المدينة، إن «الحرب على الإرهاب ستستمر»، فيما قال المتحدث باسم الجيش، اللواء عاصم باجوا، إن المهاجمين الستة كانوا يتلقون أوامرهم من عمر منصور، قائد الحركة في منطقة دره آدم خيل.

وأفاد مسؤولون بأن زعيم الحركة، الملا فضل الله، يقيم في ولاية كونار الأفغانية. من جهته، قال رئيس حكومة الإقليم، برويز خطك، إن الحداد سيستمر ثلاثة أيام.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("khorasani", "Person", ["محمد خراساني"], "Muhammad Khorasani"),
        E("ttp", "Organization", ["طالبان باكستان", "الحركة"], "Tehrik-i-Taliban Pakistan", qid="Q1154468",
          sub="ArmedGroup"),
        E("school", "Place", ["مدرسة الجيش العامة"], "Army Public School Peshawar"),
        E("peshawar", "Place", ["مدينة بشاور", "المدينة"], "Peshawar", qid="Q1113311", sub="City"),
        E("kp", "Place", ["إقليم خيبر بختونخوا", "الإقليم"], "Khyber Pakhtunkhwa", qid="Q183314", sub="Region"),
        E("nwaziristan", "Place", ["منطقة شمال وزيرستان"], "North Waziristan", sub="Region"),
        E("sharif", "Person", ["نواز شريف"], "Nawaz Sharif", qid="Q160543"),
        E("bajwa", "Person", ["عاصم باجوا"], "Asim Bajwa", qid="Q4806624"),
        E("army", "Organization", ["الجيش"], "Pakistan Army", qid="Q1140547", sub="ArmedForce"),
        E("mansoor", "Person", ["عمر منصور"], "Umar Mansoor"),
        E("darra", "Place", ["منطقة دره آدم خيل"], "Darra Adam Khel", sub="City"),
        E("fazlullah", "Person", ["الملا فضل الله"], "Mullah Fazlullah", qid="Q6934452"),
        E("kunar", "Place", ["ولاية كونار"], "Kunar Province", qid="Q183230", sub="Region"),
        E("khattak", "Person", ["برويز خطك"], "Pervez Khattak", qid="Q7169574"),
        E("kpgov", "Organization", ["حكومة الإقليم"], "Government of Khyber Pakhtunkhwa", opt=True),
    ],
    relations=[
        R("spokespersonOf", "khorasani", "ttp"),      # X، المتحدث باسم حركة «طالبان باكستان»
        R("locatedIn", "peshawar", "kp"),             # مدينة بشاور، عاصمة إقليم ...
        R("locatedIn", "school", "peshawar"),
        R("spokespersonOf", "bajwa", "army"),         # المتحدث باسم الجيش، اللواء X
        R("memberOf", "mansoor", "ttp"),              # X، قائد الحركة في منطقة ...
        R("leaderOf", "mansoor", "ttp", opt=True),
        R("leaderOf", "fazlullah", "ttp"),            # زعيم الحركة، X
        R("leaderOf", "khattak", "kp"),               # رئيس حكومة الإقليم، X
        R("leaderOf", "khattak", "kpgov", opt=True),
    ],
    events=[
        V("Attack", agent=["ttp"], target=["school"], place=["peshawar"], trigger="الهجوم"),
        V("Visit", agent=["sharif"], place=["peshawar"], trigger="زار"),
    ],
))

# ---------------------------------------------------------------- Turkey, Hakkari (2018-08-14, Tuesday)
DOCS.append(dict(
    id="t51-tr-hakkari", published="2018-08-14",
    text="""أنقرة - (الأناضول):

قالت وزارة الداخلية التركية في بيان، الثلاثاء، إن قوات الأمن قتلت ثلاثة من عناصر «حزب العمال الكردستاني» بينهم إسماعيل أوزدن، المسؤول عن الحزب في بلدة شمدينلي بولاية هكاري جنوب شرقي البلاد.

وقال والي هكاري، إدريس آقبيق، إن العملية جاءت بعد هجوم استهدف مخفرا للدرك قرب البلدة الأسبوع الماضي، فيما قال المتحدث باسم حزب العدالة والتنمية الحاكم، عمر جليك، إن «الإرهاب لن يوقف تركيا».

من جانبه، قال جميل بايك، القيادي في الحزب، في تصريح لوكالة «فرات» المقربة من الحزب، إن مقاتليه «سيواصلون المقاومة» في جبال قنديل شمالي العراق.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التركية"], "Ministry of the Interior (Turkey)",
          sub="GovernmentBody"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "PKK", qid="Q178483", sub="ArmedGroup"),
        E("ozden", "Person", ["إسماعيل أوزدن"], "Ismail Ozden"),
        E("semdinli", "Place", ["بلدة شمدينلي", "البلدة"], "Semdinli", sub="City"),
        E("hakkari", "Place", ["ولاية هكاري", "هكاري"], "Hakkari Province", qid="Q83257", sub="Region"),
        E("akbiyik", "Person", ["إدريس آقبيق"], "Idris Akbiyik"),
        E("gendarmerie", "Organization", ["الدرك"], "Gendarmerie", opt=True),
        E("celik", "Person", ["عمر جليك"], "Omer Celik", qid="Q1348397"),
        E("akp", "Organization", ["حزب العدالة والتنمية"], "AKP", qid="Q31231", sub="PoliticalOrganization"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("bayik", "Person", ["جميل بايك"], "Cemil Bayik", qid="Q1054298"),
        E("firat", "Organization", ["فرات"], "Firat News Agency", sub="MediaOrganization"),
        E("qandil", "Place", ["جبال قنديل"], "Qandil Mountains", qid="Q2471651"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("memberOf", "ozden", "pkk"),                # X ... من عناصر «الحزب»
        R("leaderOf", "ozden", "pkk", opt=True),      # المسؤول عن الحزب في بلدة ...
        R("locatedIn", "semdinli", "hakkari"),        # بلدة X بولاية هكاري
        R("leaderOf", "akbiyik", "hakkari"),          # والي هكاري، X
        R("spokespersonOf", "celik", "akp"),          # المتحدث باسم حزب ...، X
        R("memberOf", "bayik", "pkk"),                # X، القيادي في الحزب
        R("affiliatedWith", "firat", "pkk"),          # وكالة «فرات» المقربة من الحزب
        R("locatedIn", "qandil", "iraq"),             # جبال قنديل شمالي العراق
        R("locatedIn", "hakkari", "turkey", opt=True),
    ],
    events=[
        V("Killing", target=["pkk", "ozden"], place=["semdinli"], trigger="قتلت"),
        V("Killing", opt=True, target=["ozden"]),
        V("Attack", target=["gendarmerie"], place=["semdinli"], date="2018-08", trigger="هجوم"),
    ],
))

# ---------------------------------------------------------------- Sudan, South Kordofan (2017-04-05, Wednesday)
DOCS.append(dict(
    id="t51-sd-kordofan", published="2017-04-05",
    text="""الخرطوم - (د ب أ):

قال العقيد أحمد خليفة الشامي، المتحدث باسم الجيش السوداني، الأربعاء، إن القوات المسلحة صدت هجوما شنته «الحركة الشعبية لتحرير السودان - قطاع الشمال» على بلدة هيبان بولاية جنوب كردفان.

وأضاف الشامي أن عبد العزيز الحلو، نائب رئيس الحركة، يقف وراء الهجوم، بعد أن أعلن مجلس تحرير جبال النوبة، الذراع التشريعية للحركة في الولاية، إقالة رئيسها مالك عقار.

من جهته، قال والي جنوب كردفان، عيسى أبكر، إن الوضع في مدينة كادقلي، عاصمة الولاية، «مستقر تماما»، فيما قال أرنو نقوتلو لودي، المتحدث باسم الحركة، إن مقاتليها سيطروا على موقعين للجيش.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("shami", "Person", ["أحمد خليفة الشامي", "الشامي"], "Ahmed Khalifa al-Shami"),
        E("saf", "Organization", ["الجيش السوداني", "القوات المسلحة", "الجيش"], "Sudanese Armed Forces",
          qid="Q1639539", sub="ArmedForce"),
        E("splmn", "Organization", ["الحركة الشعبية لتحرير السودان - قطاع الشمال", "الحركة"], "SPLM-N",
          qid="Q7644628", sub="ArmedGroup"),
        E("heiban", "Place", ["بلدة هيبان"], "Heiban", sub="City"),
        E("skordofan", "Place", ["ولاية جنوب كردفان", "جنوب كردفان", "الولاية"], "South Kordofan",
          qid="Q1195093", sub="Region"),
        E("hilu", "Person", ["عبد العزيز الحلو"], "Abdelaziz al-Hilu", qid="Q4666436"),
        E("nuba", "Organization", ["مجلس تحرير جبال النوبة"], "Nuba Mountains Liberation Council"),
        E("agar", "Person", ["مالك عقار"], "Malik Agar", qid="Q6744004"),
        E("abakar", "Person", ["عيسى أبكر"], "Issa Abakar"),
        E("kadugli", "Place", ["مدينة كادقلي"], "Kadugli", qid="Q1025327", sub="City"),
        E("lodi", "Person", ["أرنو نقوتلو لودي"], "Arnu Ngutulu Lodi"),
    ],
    relations=[
        R("spokespersonOf", "shami", "saf"),          # X، المتحدث باسم الجيش السوداني
        R("locatedIn", "heiban", "skordofan"),        # بلدة X بولاية Y
        R("positionIn", "hilu", "splmn"),             # X، نائب رئيس الحركة
        R("partOf", "nuba", "splmn"),                 # الذراع التشريعية للحركة
        R("leaderOf", "agar", "splmn"),               # إقالة رئيسها X
        R("leaderOf", "abakar", "skordofan"),         # والي جنوب كردفان، X
        R("locatedIn", "kadugli", "skordofan"),       # مدينة X، عاصمة الولاية
        R("spokespersonOf", "lodi", "splmn"),         # X، المتحدث باسم الحركة
        R("memberOf", "hilu", "splmn", opt=True),
    ],
    events=[
        V("Attack", agent=["splmn"], target=["saf"], place=["heiban"], trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-20, Tuesday)
DOCS.append(dict(
    id="t51-jo-karak", published="2016-12-20",
    text="""عمان - (بترا):

قال وزير الدولة لشؤون الإعلام، الناطق الرسمي باسم الحكومة الأردنية، محمد المومني، الثلاثاء، إن الأجهزة الأمنية اعتقلت عددا من المشتبه بهم في الهجوم على قلعة الكرك، جنوب العاصمة عمان.

وأعلن تنظيم «الدولة الإسلامية» مسؤوليته عن الهجوم عبر وكالة «أعماق» التابعة له، فيما قال مصدر أمني إن أحد المهاجمين، ويدعى حازم الطراونة، كان على صلة بتنظيم «القاعدة» قبل أن يبايع التنظيم.

من جانبه، قال محافظ الكرك، جمال الفايز، إن الحياة عادت إلى طبيعتها في المدينة، فيما قال رئيس بلدية الكرك الكبرى، محمد المعايطة، إن البلدية ستعيد تأهيل محيط القلعة. وكان مدير الأمن العام، اللواء عاطف السعودي، قد زار المصابين في مستشفى الكرك الحكومي.""",
    entities=[
        E("amman", "Place", ["عمان", "العاصمة عمان"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("momani", "Person", ["محمد المومني"], "Mohammad al-Momani", qid="Q21036779"),
        E("gov", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("castle", "Place", ["قلعة الكرك", "القلعة"], "Kerak Castle", qid="Q1145979"),
        E("karak", "Place", ["الكرك", "المدينة"], "Al-Karak", qid="Q625049", sub="City"),
        E("is", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", qid="Q20002461", sub="MediaOrganization"),
        E("tarawneh", "Person", ["حازم الطراونة"], "Hazem al-Tarawneh"),
        E("aq", "Organization", ["القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("fayez", "Person", ["جمال الفايز"], "Jamal al-Fayez"),
        E("maaytah", "Person", ["محمد المعايطة"], "Mohammad al-Maaytah"),
        E("municip", "Organization", ["بلدية الكرك الكبرى", "البلدية"], "Greater Karak Municipality",
          sub="GovernmentBody"),
        E("psd", "Organization", ["الأمن العام"], "Public Security Directorate", sub="GovernmentBody"),
        E("saudi", "Person", ["عاطف السعودي"], "Atef al-Saudi"),
        E("hospital", "Place", ["مستشفى الكرك الحكومي"], "Karak Government Hospital"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", opt=True),
    ],
    relations=[
        R("spokespersonOf", "momani", "gov"),         # ...، الناطق الرسمي باسم الحكومة الأردنية، X
        R("positionIn", "momani", "gov", opt=True),
        R("locatedIn", "castle", "karak", opt=True),
        R("partOf", "amaq", "is"),                    # وكالة «أعماق» التابعة له
        R("affiliatedWith", "amaq", "is", opt=True),
        R("memberOf", "tarawneh", "is"),              # يبايع التنظيم
        R("affiliatedWith", "tarawneh", "aq"),        # كان على صلة بتنظيم «القاعدة»
        R("leaderOf", "fayez", "karak"),              # محافظ الكرك، X
        R("leaderOf", "maaytah", "municip"),          # رئيس بلدية الكرك الكبرى، X
        R("leaderOf", "maaytah", "karak", opt=True),
        R("leaderOf", "saudi", "psd"),                # مدير الأمن العام، اللواء X
        R("locatedIn", "hospital", "karak", opt=True),
    ],
    events=[
        V("Arrest", agent=["security"], trigger="اعتقلت", opt=True),
        V("Attack", agent=["is"], target=["castle"], place=["karak"], trigger="الهجوم"),
        V("Visit", agent=["saudi"], place=["hospital"], trigger="زار"),
    ],
))

# ---------------------------------------------------------------- Philippines, Marawi (2017-06-06, Tuesday)
DOCS.append(dict(
    id="t51-ph-marawi", published="2017-06-06",
    text="""مانيلا - (أ ف ب):

قال المتحدث باسم القوات المسلحة الفلبينية، العميد ريستيتوتو باديلا، الثلاثاء، إن الجيش يسيطر على 90 في المئة من مدينة ماراوي في جزيرة مينداناو جنوب البلاد، بعد أسبوعين من المعارك مع مسلحين موالين لتنظيم «الدولة الإسلامية».

وأوضح باديلا أن إيسنيلون هابيلون، زعيم جماعة «أبو سياف» الذي بايع التنظيم وعينه أميرا على جنوب شرقي آسيا، لا يزال مختبئا في المدينة مع الأخوين عمر وعبد الله ماوتي، مؤسسي «جماعة ماوتي».

من جهته، قال رئيس بلدية ماراوي، ماجول غاندامرا، إن أكثر من مئتي ألف من السكان نزحوا، فيما قال رئيس «جبهة مورو الإسلامية للتحرير»، مراد إبراهيم، إن الجبهة فتحت «ممرا إنسانيا» بالتنسيق مع الحكومة.""",
    entities=[
        E("manila", "Place", ["مانيلا"], "Manila", qid="Q1461", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("afp_ph", "Organization", ["القوات المسلحة الفلبينية", "الجيش"], "Armed Forces of the Philippines",
          qid="Q1141340", sub="ArmedForce"),
        E("padilla", "Person", ["ريستيتوتو باديلا", "باديلا"], "Restituto Padilla"),
        E("marawi", "Place", ["مدينة ماراوي", "ماراوي", "المدينة"], "Marawi", qid="Q13879", sub="City"),
        E("mindanao", "Place", ["جزيرة مينداناو"], "Mindanao", qid="Q12442", sub="Region"),
        E("is", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hapilon", "Person", ["إيسنيلون هابيلون"], "Isnilon Hapilon", qid="Q6087011"),
        E("abusayyaf", "Organization", ["أبو سياف"], "Abu Sayyaf", qid="Q192093", sub="ArmedGroup"),
        E("sea", "Place", ["جنوب شرقي آسيا"], "Southeast Asia", opt=True),
        E("omar", "Person", ["عمر"], "Omar Maute", opt=True),
        E("abdullah", "Person", ["عبد الله ماوتي"], "Abdullah Maute"),
        E("maute", "Organization", ["جماعة ماوتي"], "Maute group", qid="Q24905437", sub="ArmedGroup"),
        E("gandamra", "Person", ["ماجول غاندامرا"], "Majul Gandamra"),
        E("mmunicip", "Organization", ["بلدية ماراوي"], "Marawi municipality", sub="GovernmentBody"),
        E("milf", "Organization", ["جبهة مورو الإسلامية للتحرير", "الجبهة"], "MILF", qid="Q1368389",
          sub="ArmedGroup"),
        E("murad", "Person", ["مراد إبراهيم"], "Murad Ebrahim", qid="Q6938587"),
        E("gov", "Organization", ["الحكومة"], "Government of the Philippines", opt=True),
    ],
    relations=[
        R("spokespersonOf", "padilla", "afp_ph"),     # المتحدث باسم القوات ...، العميد X
        R("locatedIn", "marawi", "mindanao"),         # مدينة ماراوي في جزيرة مينداناو
        R("leaderOf", "hapilon", "abusayyaf"),        # X، زعيم جماعة «أبو سياف»
        R("affiliatedWith", "hapilon", "is"),         # الذي بايع التنظيم
        R("leaderOf", "hapilon", "is", opt=True),     # عينه أميرا على جنوب شرقي آسيا
        R("memberOf", "hapilon", "is", opt=True),
        R("leaderOf", "abdullah", "maute"),           # مؤسسي «جماعة ماوتي»
        R("leaderOf", "gandamra", "mmunicip"),        # رئيس بلدية ماراوي، X
        R("leaderOf", "gandamra", "marawi", opt=True),
        R("leaderOf", "murad", "milf"),               # رئيس «جبهة ...»، X
    ],
    events=[
        V("Attack", opt=True, agent=["afp_ph"], place=["marawi"]),
    ],
))
