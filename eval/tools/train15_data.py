"""Hand annotations of the fifteenth training set (see eval/train15/README.md).

Articles written for the project in the style of Arabic agency copy, like train14 (datelines,
bylines, long sentences, quotes and reported speech, persons introduced by their post after the
name or with no title, lists of officials, officials named with their country's adjective,
«القيادي في»، «المتحدث باسم»، «قائدها»، «رئيسها»، appointments, allegiance, governors, places in
places and organisations part of others), on other countries and kinds. Persons are invented,
except well-known public figures; organisations and places are real, background events are told
in new words with invented details. Written and annotated, and committed, before the extractor was
run on it. It is the CHECK set of its session: only its summary line from ``kg evaluate`` was
looked at, at the start and at the end, never its errors. ``build_train15.py`` turns this into
eval/train15.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Afghanistan, Kunduz (2015-09-29, a Tuesday)
DOCS.append(dict(
    id="t15-af-kunduz", published="2015-09-29",
    text="""كابل - د ب أ:

سيطر مقاتلو حركة طالبان، أمس الاثنين، على أجزاء واسعة من مدينة قندوز، عاصمة الولاية التي تحمل الاسم نفسه شمالي أفغانستان، في أكبر مكسب ميداني للحركة منذ سقوط حكمها عام 2001.

وقال ذبيح الله مجاهد، المتحدث باسم طالبان، في رسالة إلى الصحفيين، إن مقاتلي الحركة «حرروا مقر الحاكم والسجن المركزي»، فيما أكد حمد الدين نوري، قائد شرطة ولاية قندوز، أن قواته انسحبت إلى المطار لإعادة تنظيم صفوفها.

وأعلن الملا أختر منصور، زعيم الحركة الذي خلف الملا عمر قبل شهرين، في بيان أن الهجوم «رسالة إلى الحكومة العميلة»، بينما قال صديق صديقي، المتحدث باسم وزارة الداخلية الأفغانية، إن تعزيزات من القوات الخاصة أرسلت من مدينة مزار شريف.""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("kunduz", "Place", ["مدينة قندوز", "قندوز"], "Kunduz", sub="City"),
        E("kunduzprov", "Place", ["ولاية قندوز", "الولاية"], "Kunduz Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("nouri", "Person", ["حمد الدين نوري"], "Hamiduddin Nouri"),
        E("police", "Organization", ["شرطة ولاية قندوز"], "Kunduz provincial police", sub="ArmedForce"),
        E("mansour", "Person", ["أختر منصور"], "Akhtar Mansour"),
        E("omar", "Person", ["الملا عمر"], "Mullah Omar"),
        E("govt", "Organization", ["الحكومة العميلة"], "Government of Afghanistan", sub="GovernmentBody",
          opt=True),
        E("siddiqi", "Person", ["صديق صديقي"], "Sediq Sediqqi"),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Ministry of Interior (Afghanistan)",
          sub="GovernmentBody"),
        E("sof", "Organization", ["القوات الخاصة"], "Afghan special forces", sub="ArmedForce", opt=True),
        E("mazar", "Place", ["مدينة مزار شريف", "مزار شريف"], "Mazar-i-Sharif", sub="City"),
    ],
    relations=[
        R("locatedIn", "kunduz", "kunduzprov"),           # مدينة قندوز، عاصمة الولاية
        R("locatedIn", "kunduzprov", "afghanistan"),      # شمالي أفغانستان
        R("locatedIn", "kunduz", "afghanistan", opt=True),
        R("spokespersonOf", "mujahid", "taliban"),        # X، المتحدث باسم طالبان
        R("leaderOf", "nouri", "police"),                 # X، قائد شرطة ولاية قندوز
        R("leaderOf", "mansour", "taliban"),              # X، زعيم الحركة
        R("leaderOf", "omar", "taliban", opt=True),       # خلف الملا عمر
        R("spokespersonOf", "siddiqi", "moi"),            # المتحدث باسم وزارة الداخلية الأفغانية
    ],
    events=[
        V("MilitaryOperation", agent=["taliban"], place=[["kunduz", "kunduzprov"]], date="2015-09-28",
          trigger="سيطر"),
        V("Attack", opt=True, agent=["taliban"], place=[["kunduz"]]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ben Guerdane (2016-03-08, a Tuesday)
DOCS.append(dict(
    id="t15-tn-benguerdane", published="2016-03-08",
    text="""تونس - «الشروق» - منية العرفاوي:

قال وزير الداخلية التونسي الهادي المجدوب إن قوات الأمن والجيش قتلت 36 مسلحا هاجموا فجر أمس الاثنين ثكنة عسكرية ومركزين للأمن في مدينة بن قردان التابعة لولاية مدنين جنوب شرقي البلاد، قرب الحدود مع ليبيا.

وأضاف المجدوب في مؤتمر صحفي في العاصمة أن بين القتلى عنصرا يدعى مفتاح المانعي، وهو قيادي في تنظيم أنصار الشريعة المحظور، كان قد التحق بمعسكرات تنظيم داعش في مدينة صبراتة الليبية قبل عام.

وأعلن رئيس الحكومة الحبيب الصيد حظر تجول ليلي في المدينة، في حين قال بلحسن الوسلاتي، الناطق الرسمي باسم وزارة الدفاع، إن وحدات الجيش «تمشط المنطقة بحثا عن فارين».""",
    entities=[
        E("tunis", "Place", ["العاصمة"], "Tunis", sub="City", opt=True),
        E("shorouk", "Organization", ["الشروق"], "Echorouk", sub="MediaOrganization", opt=True),
        E("arfaoui", "Person", ["منية العرفاوي"], "Monia Arfaoui", opt=True),
        E("majdoub", "Person", ["الهادي المجدوب", "المجدوب"], "Hedi Majdoub"),
        E("secforces", "Organization", ["قوات الأمن"], "Tunisian security forces", sub="ArmedForce", opt=True),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("benguerdane", "Place", ["مدينة بن قردان", "بن قردان", "المدينة"], "Ben Guerdane", sub="City"),
        E("medenine", "Place", ["ولاية مدنين"], "Medenine Governorate", sub="Region"),
        E("tunisia", "Place", ["تونس", "البلاد"], "Tunisia", qid="Q948", sub="Country"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("manai", "Person", ["مفتاح المانعي"], "Meftah al-Manai"),
        E("ansar", "Organization", ["تنظيم أنصار الشريعة"], "Ansar al-Sharia in Tunisia", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("sabratha", "Place", ["مدينة صبراتة", "صبراتة"], "Sabratha", sub="City"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("govt", "Organization", ["الحكومة"], "Government of Tunisia", sub="GovernmentBody", opt=True),
        E("weslati", "Person", ["بلحسن الوسلاتي"], "Belhassen Oueslati"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of Defence (Tunisia)", sub="GovernmentBody"),
    ],
    relations=[
        R("positionIn", "majdoub", "tunisia"),            # وزير الداخلية التونسي X
        R("locatedIn", "benguerdane", "medenine"),        # مدينة بن قردان التابعة لولاية مدنين
        R("locatedIn", "medenine", "tunisia", opt=True),
        R("memberOf", "manai", "ansar"),                  # قيادي في تنظيم أنصار الشريعة
        R("memberOf", "manai", "isis", opt=True),         # التحق بمعسكرات تنظيم داعش
        R("locatedIn", "sabratha", "libya"),              # مدينة صبراتة الليبية (Libya named earlier)
        R("leaderOf", "essid", "govt"),                   # رئيس الحكومة X
        R("spokespersonOf", "weslati", "mod"),            # X، الناطق الرسمي باسم وزارة الدفاع
    ],
    events=[
        V("Attack", target=["army"], place=[["benguerdane", "medenine"]], date="2016-03-07", trigger="هاجموا"),
        V("Killing", agent=[["army", "secforces"]], place=[["benguerdane"]], trigger="قتلت"),
        V("Killing", opt=True, date="2016-03-07", target=["manai"]),
        V("MilitaryOperation", opt=True, agent=["army"], place=[["benguerdane"]]),
    ],
))

# ---------------------------------------------------------------- Iraq, Ramadi (2015-12-29, a Tuesday)
DOCS.append(dict(
    id="t15-iq-ramadi", published="2015-12-29",
    text="""الرمادي (العراق) - أ ف ب:

رفع جنود عراقيون العلم فوق مبنى المجمع الحكومي وسط مدينة الرمادي، عاصمة محافظة الأنبار غربي البلاد، أمس الاثنين، بعد أن أعلن الفريق الركن عبد الغني الأسدي، قائد قوات جهاز مكافحة الإرهاب، طرد مسلحي تنظيم داعش من المجمع.

وقال العميد يحيى الكبيسي، المتحدث باسم قيادة عمليات الأنبار، إن طائرات التحالف الدولي شنت أكثر من 30 غارة خلال يومين على مواقع التنظيم في حي الضباط، فيما قال صباح كرحوت، رئيس مجلس محافظة الأنبار، إن «مئات العائلات ما زالت محاصرة».

وهنأ رئيس الوزراء حيدر العبادي «قواتنا البطلة»، ووعد بأن تكون الموصل، مركز محافظة نينوى، «الهدف التالي»، بينما قال سعد الحديثي، المتحدث باسم المكتب الإعلامي لرئيس الوزراء، إن الحكومة ستخصص أموالا لإعادة الإعمار.""",
    entities=[
        E("ramadi", "Place", ["الرمادي", "مدينة الرمادي"], "Ramadi", sub="City"),
        E("iraq", "Place", ["العراق", "البلاد"], "Iraq", qid="Q796", sub="Country"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("anbar", "Place", ["محافظة الأنبار"], "Anbar Governorate", qid="Q187334", sub="Region"),
        E("asadi", "Person", ["عبد الغني الأسدي"], "Abdul Ghani al-Asadi"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "قوات جهاز مكافحة الإرهاب"],
          "Counter-Terrorism Service", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("kubaisi", "Person", ["يحيى الكبيسي"], "Yahya al-Kubaisi"),
        E("aoc", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("dubbat", "Place", ["حي الضباط"], "al-Dubbat", sub="City"),
        E("karhout", "Person", ["صباح كرحوت"], "Sabah Karhout"),
        E("council", "Organization", ["مجلس محافظة الأنبار"], "Anbar Provincial Council",
          sub="GovernmentBody"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى"], "Nineveh Governorate", qid="Q189352", sub="Region"),
        E("hadithi", "Person", ["سعد الحديثي"], "Saad al-Hadithi"),
        E("pmo", "Organization", ["المكتب الإعلامي لرئيس الوزراء"], "Prime Minister's media office",
          sub="GovernmentBody"),
        E("govt", "Organization", ["الحكومة"], "Government of Iraq", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "ramadi", "iraq", opt=True),       # dateline
        R("locatedIn", "ramadi", "anbar"),                # مدينة الرمادي، عاصمة محافظة الأنبار
        R("locatedIn", "anbar", "iraq"),                  # غربي البلاد
        R("leaderOf", "asadi", "cts"),                    # X، قائد قوات جهاز مكافحة الإرهاب
        R("spokespersonOf", "kubaisi", "aoc"),            # المتحدث باسم قيادة عمليات الأنبار
        R("leaderOf", "karhout", "council"),              # رئيس مجلس محافظة الأنبار
        R("positionIn", "abadi", "iraq", opt=True),       # رئيس الوزراء
        R("locatedIn", "mosul", "nineveh"),               # الموصل، مركز محافظة نينوى
        R("spokespersonOf", "hadithi", "pmo"),            # المتحدث باسم المكتب الإعلامي لرئيس الوزراء
    ],
    events=[
        V("MilitaryOperation", agent=["cts"], target=["isis"], place=[["ramadi", "anbar"]], trigger="طرد"),
        V("MilitaryOperation", opt=True, date="2015-12-28"),
        V("Strike", agent=["coalition"], target=["isis"], place=[["dubbat"]], trigger="غارة"),
    ],
))

# ---------------------------------------------------------------- Syria, Raqqa (2017-06-07, a Wednesday)
DOCS.append(dict(
    id="t15-sy-raqqa", published="2017-06-07",
    text="""القامشلي - «الحياة» - جوان حسو:

أعلنت قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب الكردية عمودها الفقري، اليوم الأربعاء بدء معركة دخول مدينة الرقة، معقل تنظيم داعش في شمال سوريا، بدعم من طائرات التحالف بقيادة واشنطن.

وقالت جيهان شيخ أحمد، المتحدثة باسم حملة «غضب الفرات»، إن المقاتلين دخلوا حي المشلب شرقي المدينة، فيما أكد ريدور خليل، القيادي في الوحدات، أن قوات النخبة السورية، التابعة لتيار الغد السوري الذي يرأسه أحمد الجربا، تشارك في الهجوم من الجهة الشرقية.

في المقابل، نقلت وكالة أعماق، الذراع الإعلامية للتنظيم، أن مقاتليه قتلوا 20 عنصرا من القوات المهاجمة في هجوم انتحاري قرب قرية الجزرة غربي الرقة، فيما قال المرصد السوري لحقوق الإنسان إن غارات التحالف قتلت 12 مدنيا في المدينة خلال يومين.""",
    entities=[
        E("qamishli", "Place", ["القامشلي"], "Qamishli", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("hasso", "Person", ["جوان حسو"], "Jwan Hasso", opt=True),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية", "الوحدات"], "YPG", qid="Q277036", sub="ArmedGroup"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة", "المدينة"], "Raqqa", sub="City"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("syria", "Place", ["شمال سوريا", "سوريا"], "Syria", qid="Q858", sub="Country"),
        E("coalition", "Organization", ["التحالف"], "International coalition", sub="Coalition"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("ahmed", "Person", ["جيهان شيخ أحمد"], "Jihan Sheikh Ahmed"),
        E("mishlab", "Place", ["حي المشلب"], "al-Mishlab", sub="City"),
        E("khalil", "Person", ["ريدور خليل"], "Redur Khalil"),
        E("elite", "Organization", ["قوات النخبة السورية"], "Syrian Elite Forces", sub="ArmedGroup"),
        E("ghad", "Organization", ["تيار الغد السوري"], "Syrian Tomorrow Movement", sub="PoliticalOrganization"),
        E("jarba", "Person", ["أحمد الجربا"], "Ahmad Jarba"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("jazra", "Place", ["قرية الجزرة"], "al-Jazra", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
    ],
    relations=[
        R("partOf", "ypg", "sdf"),                        # التي تشكل وحدات حماية الشعب عمودها الفقري
        R("memberOf", "ypg", "sdf", opt=True),
        R("locatedIn", "raqqa", "syria"),                 # الرقة، معقل تنظيم داعش في شمال سوريا
        R("leaderOf", "washington", "coalition"),         # التحالف بقيادة واشنطن
        R("spokespersonOf", "ahmed", "sdf", opt=True),
        R("locatedIn", "mishlab", "raqqa"),               # حي المشلب شرقي المدينة
        R("memberOf", "khalil", "ypg"),                   # القيادي في الوحدات
        R("partOf", "elite", "ghad"),                     # قوات النخبة السورية، التابعة لتيار الغد
        R("leaderOf", "jarba", "ghad"),                   # الذي يرأسه أحمد الجربا
        R("partOf", "amaq", "isis"),                      # الذراع الإعلامية للتنظيم
        R("locatedIn", "jazra", "raqqa", opt=True),       # غربي الرقة
    ],
    events=[
        V("MilitaryOperation", agent=["sdf"], place=[["raqqa"]], date="2017-06-07", trigger="معركة"),
        V("MilitaryOperation", opt=True, agent=["elite", "coalition"], place=[["mishlab"]]),
        V("Attack", agent=["isis"], target=["sdf"], place=[["jazra"]], trigger="هجوم"),
        V("Attack", opt=True, target=["elite"]),
        V("Killing", agent=["isis"], place=[["jazra"]], trigger="قتلوا"),
        V("Killing", opt=True, target=["sdf"]),
        V("Strike", agent=["coalition"], place=[["raqqa"]], trigger="غارات"),
        V("Killing", agent=["coalition"], place=[["raqqa"]], trigger="قتلت"),
    ],
))

# ---------------------------------------------------------------- Mali (2017-03-03, a Friday)
DOCS.append(dict(
    id="t15-ml-sahel", published="2017-03-03",
    text="""باماكو - الأخبار الموريتانية:

أعلنت أربع جماعات مسلحة تنشط في منطقة الساحل اندماجها في تنظيم واحد باسم «جماعة نصرة الإسلام والمسلمين»، يقوده إياد أغ غالي، زعيم جماعة أنصار الدين، وذلك في تسجيل مصور ظهر فيه قادة الجماعات الأربع وهم يجددون بيعتهم لزعيم القاعدة أيمن الظواهري.

وضم التنظيم الجديد، إلى جانب أنصار الدين، كتيبة المرابطون وإمارة الصحراء التابعة لتنظيم القاعدة في بلاد المغرب الإسلامي وجبهة تحرير ماسينا التي يقودها الداعية محمد كوفا، وظهر في التسجيل أبو الحسن الأنصاري نائبا لأغ غالي.

من جهته، قال وزير الدفاع المالي تيينا كوليبالي في باماكو إن الجيش «سيواصل ملاحقة الإرهابيين» في مناطق موبتي وتمبكتو، فيما قال المتحدث باسم بعثة الأمم المتحدة في مالي أوليفييه سالغادو إن البعثة تتابع الأمر «بقلق».""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("alakhbar", "Organization", ["الأخبار الموريتانية"], "Alakhbar", sub="MediaOrganization", opt=True),
        E("sahel", "Place", ["منطقة الساحل"], "Sahel", sub="Region", opt=True),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين", "التنظيم الجديد"],
          "Jama'at Nasr al-Islam wal-Muslimin", sub="ArmedGroup"),
        E("ghali", "Person", ["إياد أغ غالي", "أغ غالي"], "Iyad Ag Ghaly"),
        E("ansardine", "Organization", ["جماعة أنصار الدين", "أنصار الدين"], "Ansar Dine", sub="ArmedGroup"),
        E("qaeda", "Organization", ["القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("zawahiri", "Person", ["أيمن الظواهري"], "Ayman al-Zawahiri"),
        E("murabitun", "Organization", ["كتيبة المرابطون"], "al-Mourabitoun", sub="ArmedGroup"),
        E("sahara", "Organization", ["إمارة الصحراء"], "Sahara Emirate of AQIM", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("macina", "Organization", ["جبهة تحرير ماسينا"], "Macina Liberation Front", sub="ArmedGroup"),
        E("koufa", "Person", ["محمد كوفا"], "Amadou Koufa"),
        E("ansari", "Person", ["أبو الحسن الأنصاري"], "Abu al-Hassan al-Ansari"),
        E("coulibaly", "Person", ["تيينا كوليبالي"], "Tiena Coulibaly"),
        E("army", "Organization", ["الجيش"], "Malian Army", sub="ArmedForce", opt=True),
        E("mopti", "Place", ["موبتي"], "Mopti", sub="Region"),
        E("timbuktu", "Place", ["تمبكتو"], "Timbuktu", sub="Region"),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي", "البعثة"], "MINUSMA"),
        E("salgado", "Person", ["أوليفييه سالغادو"], "Olivier Salgado"),
    ],
    relations=[
        R("memberOf", "ansardine", "jnim"),               # اندماجها في تنظيم واحد ... إلى جانب أنصار الدين
        R("memberOf", "murabitun", "jnim"),               # وضم التنظيم الجديد ... كتيبة المرابطون
        R("memberOf", "sahara", "jnim"),
        R("memberOf", "macina", "jnim"),
        R("leaderOf", "ghali", "jnim"),                   # يقوده إياد أغ غالي
        R("leaderOf", "ghali", "ansardine"),              # زعيم جماعة أنصار الدين
        R("leaderOf", "zawahiri", "qaeda"),               # زعيم القاعدة X
        R("affiliatedWith", "jnim", "qaeda", opt=True),   # بيعتهم لزعيم تنظيم القاعدة
        R("affiliatedWith", "jnim", "zawahiri", opt=True),
        R("partOf", "sahara", "aqim"),                    # إمارة الصحراء التابعة لتنظيم القاعدة في ...
        R("leaderOf", "koufa", "macina"),                 # التي يقودها الداعية X
        R("positionIn", "ansari", "jnim"),                # نائبا لأغ غالي
        R("memberOf", "ansari", "jnim", opt=True),
        R("spokespersonOf", "salgado", "minusma"),        # المتحدث باسم بعثة الأمم المتحدة في مالي X
    ],
    events=[],
))

# ---------------------------------------------------------------- Turkey (2016-08-24, a Wednesday)
DOCS.append(dict(
    id="t15-tr-jarablus", published="2016-08-24",
    text="""أنقرة - الأناضول:

بدأت القوات المسلحة التركية فجر اليوم الأربعاء عملية عسكرية أطلقت عليها اسم «درع الفرات» لطرد تنظيم داعش من مدينة جرابلس السورية المحاذية للحدود، بمشاركة فصائل من الجيش السوري الحر، بينها فرقة السلطان مراد ولواء المعتصم.

وقال وزير الخارجية التركي مولود جاويش أوغلو إن تركيا «لن تسمح بقيام ممر إرهابي» على حدودها، مطالبا حزب الاتحاد الديمقراطي الكردي وجناحه العسكري وحدات حماية الشعب بالانسحاب إلى شرق نهر الفرات.

وفي غازي عنتاب، قال محافظ الولاية علي يرلي قايا إن قذائف أطلقت من جرابلس سقطت على بلدة قرقميش الحدودية دون إصابات، بينما استقبل الرئيس رجب طيب أردوغان في أنقرة نائب الرئيس الأمريكي جو بايدن، الذي دعا الأكراد إلى احترام تعهدات الولايات المتحدة.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tsk", "Organization", ["القوات المسلحة التركية"], "Turkish Armed Forces", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("jarablus", "Place", ["مدينة جرابلس", "جرابلس"], "Jarablus", sub="City"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("murad", "Organization", ["فرقة السلطان مراد"], "Sultan Murad Division", sub="ArmedGroup"),
        E("mutasim", "Organization", ["لواء المعتصم"], "al-Mu'tasim Brigade", sub="ArmedGroup"),
        E("cavusoglu", "Person", ["مولود جاويش أوغلو"], "Mevlüt Çavuşoğlu"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("pyd", "Organization", ["حزب الاتحاد الديمقراطي الكردي"], "PYD", qid="Q864766", sub="PoliticalOrganization"),
        E("ypg", "Organization", ["وحدات حماية الشعب"], "YPG", qid="Q277036", sub="ArmedGroup"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", opt=True),
        E("antep", "Place", ["غازي عنتاب", "الولاية"], "Gaziantep Province", sub="Region"),
        E("yerlikaya", "Person", ["علي يرلي قايا"], "Ali Yerlikaya"),
        E("karkamis", "Place", ["بلدة قرقميش", "قرقميش"], "Karkamış", sub="City"),
        E("erdogan", "Person", ["رجب طيب أردوغان"], "Recep Tayyip Erdoğan", qid="Q39723"),
        E("biden", "Person", ["جو بايدن"], "Joe Biden", qid="Q6279"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
    ],
    relations=[
        R("memberOf", "murad", "fsa"),                    # فصائل من الجيش السوري الحر، بينها فرقة ...
        R("memberOf", "mutasim", "fsa"),
        R("positionIn", "cavusoglu", "turkey"),           # وزير الخارجية التركي X
        R("partOf", "ypg", "pyd"),                        # وجناحه العسكري وحدات حماية الشعب
        R("leaderOf", "yerlikaya", "antep"),              # محافظ الولاية X
        R("positionIn", "yerlikaya", "antep", opt=True),
        R("locatedIn", "karkamis", "antep", opt=True),
        R("leaderOf", "erdogan", "turkey", opt=True),     # الرئيس (no adjective; the sets' convention)
        R("positionIn", "erdogan", "turkey", opt=True),
        R("positionIn", "biden", "usa"),                  # نائب الرئيس الأمريكي X
    ],
    events=[
        V("MilitaryOperation", name="درع الفرات", agent=["tsk"], target=["isis"], place=[["jarablus"]],
          date="2016-08-24", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["fsa", "murad", "mutasim"]),
        V("Strike", place=[["karkamis"]], trigger="قذائف"),
        V("Meeting", agent=["erdogan", "biden"], place=[["ankara"]], trigger="استقبل"),
        V("Visit", opt=True, agent=["biden"], place=[["ankara"]]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia and Yemen (2016-10-10, a Monday)
DOCS.append(dict(
    id="t15-sa-coalition", published="2016-10-10",
    text="""الرياض - واس:

نفى العميد ركن أحمد عسيري، المتحدث باسم قوات التحالف لدعم الشرعية في اليمن، أن تكون طائرات التحالف قد استهدفت قاعة عزاء في العاصمة اليمنية صنعاء يوم السبت، مؤكدا أن قيادة التحالف شكلت فريقا مستقلا للتحقيق في الحادث.

وكان الانفجار قد أودى بحياة عشرات الأشخاص، بينهم اللواء عبد القادر الشامي، وكيل جهاز الأمن السياسي في صنعاء، وعدد من القادة العسكريين الموالين لجماعة الحوثي وحليفها الرئيس السابق علي عبد الله صالح.

وفي عدن، قال عيدروس الزبيدي، محافظ المحافظة، إن قوات الحزام الأمني، المدعومة من الإمارات، اعتقلت خلية تابعة لتنظيم القاعدة في جزيرة العرب في مديرية المنصورة، بينهم رجل يدعى خالد عمر باطرفي، يشتبه بأنه المسؤول المالي للخلية.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("coalition", "Organization", ["قوات التحالف لدعم الشرعية في اليمن", "التحالف", "قيادة التحالف"],
          "Saudi-led coalition", sub="Coalition"),
        E("sanaa", "Place", ["صنعاء", "العاصمة اليمنية"], "Sanaa", qid="Q2471", sub="City"),
        E("shami", "Person", ["عبد القادر الشامي"], "Abdulqader al-Shami"),
        E("pso", "Organization", ["جهاز الأمن السياسي"], "Political Security Organization",
          sub="GovernmentBody"),
        E("houthis", "Organization", ["جماعة الحوثي"], "Ansar Allah", sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبد الله صالح"], "Ali Abdullah Saleh"),
        E("aden", "Place", ["عدن", "المحافظة"], "Aden", qid="Q131694", sub="City"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zoubaidi"),
        E("belt", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
        E("mansoura", "Place", ["مديرية المنصورة"], "al-Mansoura", sub="City"),
        E("batarfi", "Person", ["خالد عمر باطرفي"], "Khalid Omar Batarfi"),
    ],
    relations=[
        R("spokespersonOf", "asiri", "coalition"),        # المتحدث باسم قوات التحالف ...
        R("positionIn", "shami", "pso"),                  # وكيل جهاز الأمن السياسي
        R("affiliatedWith", "saleh", "houthis"),          # جماعة الحوثي وحليفها الرئيس السابق
        R("leaderOf", "zubaidi", "aden"),                 # X، محافظ المحافظة
        R("positionIn", "zubaidi", "aden", opt=True),
        R("affiliatedWith", "belt", "uae"),               # المدعومة من الإمارات
        R("locatedIn", "mansoura", "aden", opt=True),
        R("memberOf", "batarfi", "aqap"),                 # خلية تابعة لتنظيم القاعدة ... بينهم رجل يدعى X
    ],
    events=[
        V("Strike", agent=["coalition"], place=[["sanaa"]], date="2016-10-08", trigger="استهدفت"),
        V("Attack", opt=True, place=[["sanaa"]], date="2016-10-08"),
        V("Killing", target=["shami"], place=[["sanaa"]], trigger="أودى"),
        V("Killing", opt=True, agent=["coalition"], date="2016-10-08"),
        V("Arrest", agent=["belt"], target=["aqap", "batarfi"], place=[["mansoura", "aden"]],
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Algeria (2015-01-20, a Tuesday)
DOCS.append(dict(
    id="t15-dz-kabylie", published="2015-01-20",
    text="""الجزائر - «الخبر»:

أعلنت وزارة الدفاع الوطني الجزائرية أن وحدات من الجيش الوطني الشعبي قتلت، مساء الأحد، ثلاثة إرهابيين في كمين قرب بلدة إعكورن بولاية تيزي وزو، بينهم عبد المالك قوري، قائد جماعة «جند الخلافة» التي أعلنت في أيلول/ سبتمبر الماضي انشقاقها عن تنظيم القاعدة في بلاد المغرب الإسلامي ومبايعتها تنظيم داعش.

وكانت الجماعة قد تبنت خطف السائح الفرنسي هيرفي غورديل وقتله في جبال جرجرة، في حادثة أدانها الرئيس الفرنسي فرانسوا هولاند بشدة.

وقال الفريق أحمد قايد صالح، نائب وزير الدفاع الوطني رئيس أركان الجيش، خلال زيارة تفقدية للناحية العسكرية الخامسة في قسنطينة، إن «فلول الإرهاب في طريقها إلى الزوال».""",
    entities=[
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("khabar", "Organization", ["الخبر"], "El Khabar", sub="MediaOrganization", opt=True),
        E("mod", "Organization", ["وزارة الدفاع الوطني الجزائرية", "وزارة الدفاع الوطني"],
          "Ministry of National Defence (Algeria)", sub="GovernmentBody"),
        E("anp", "Organization", ["الجيش الوطني الشعبي", "الجيش"], "People's National Army", sub="ArmedForce"),
        E("akbil", "Place", ["بلدة إعكورن", "إعكورن"], "Yakouren", sub="City"),
        E("tizi", "Place", ["ولاية تيزي وزو", "تيزي وزو"], "Tizi Ouzou Province", sub="Region"),
        E("gouri", "Person", ["عبد المالك قوري"], "Abdelmalek Gouri"),
        E("jund", "Organization", ["جند الخلافة", "جماعة «جند الخلافة»", "الجماعة"], "Jund al-Khilafa",
          sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("gourdel", "Person", ["هيرفي غورديل"], "Hervé Gourdel"),
        E("djurdjura", "Place", ["جبال جرجرة"], "Djurdjura", sub="Region"),
        E("hollande", "Person", ["فرانسوا هولاند"], "François Hollande"),
        E("gaidsalah", "Person", ["أحمد قايد صالح"], "Ahmed Gaid Salah"),
        E("region5", "Organization", ["الناحية العسكرية الخامسة"], "Fifth Military Region", sub="ArmedForce"),
        E("constantine", "Place", ["قسنطينة"], "Constantine", sub="City"),
    ],
    relations=[
        R("partOf", "anp", "mod", opt=True),
        R("locatedIn", "tizi", "algeria", opt=True),
        R("locatedIn", "akbil", "tizi"),                  # بلدة إعكورن بولاية تيزي وزو
        R("leaderOf", "gouri", "jund"),                   # X، قائد جماعة «جند الخلافة»
        R("affiliatedWith", "jund", "isis"),              # مبايعتها تنظيم داعش
        R("memberOf", "jund", "aqim", opt=True),          # انشقاقها عن (it was, no longer)
        R("positionIn", "gaidsalah", "mod"),              # نائب وزير الدفاع الوطني
        R("leaderOf", "gaidsalah", "anp"),                # رئيس أركان الجيش
        R("positionIn", "gaidsalah", "anp", opt=True),
        R("partOf", "region5", "anp", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["anp"], place=[["akbil", "tizi"]]),
        V("Killing", agent=["anp"], target=["gouri"], place=[["akbil", "tizi"]], date="2015-01-18",
          trigger="قتلت"),
        V("Killing", opt=True, target=["jund"]),
        V("Killing", agent=["jund"], target=["gourdel"], place=[["djurdjura"]], trigger="قتله"),
        V("Arrest", agent=["jund"], target=["gourdel"], place=[["djurdjura"]], trigger="خطف"),
        V("Visit", agent=["gaidsalah"], place=[["constantine"]], trigger="زيارة"),
    ],
))
