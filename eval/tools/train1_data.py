"""Hand annotations of the first training set (see eval/train1/README.md).

Articles written for the project in the style of Arab newspapers and news
agencies of 2012-2024 (Syria, Iraq, Lebanon, Jordan, Kuwait, Saudi Arabia and
the Gulf), annotated by hand with the guidelines of eval/README.md, without
looking at the extractor's rules and without running the extractor on them.
Persons are invented, except a few very well-known public figures;
organisations and places are real. ``build_train1.py`` turns this into
eval/train1.jsonl (spans computed, every mention checked against the text).
In event roles a nested list is a set of alternatives: any one satisfies it.
An event with ``optional`` only carries triples a reasonable annotator could
leave out. A place written with a title (مدينة، بلدة، محافظة، حي، منطقة …)
also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Ramadi (2015-12-29, a Tuesday)
DOCS.append(dict(
    id="t1-iq-ramadi", published="2015-12-29",
    text="""بغداد - أ ف ب: أعلنت القوات العراقية، أمس الاثنين، استعادة المجمع الحكومي وسط مدينة الرمادي، مركز محافظة الأنبار غربي العراق، من قبضة تنظيم "داعش"، بعد أكثر من سبعة أشهر على سقوط المدينة في يد التنظيم في مايو/أيار الماضي، في ما وصفه مسؤولون بأنه أهم تقدم تحققه بغداد منذ انهيار القوات الحكومية في الموصل صيف عام 2014.

وقال المتحدث باسم جهاز مكافحة الإرهاب، العميد حامد كاظم الموسوي، لوكالة فرانس برس إن "قواتنا رفعت العلم العراقي فوق مبنى المجمع، والعدو انهار أسرع مما كنا نتوقع"، مضيفا أن مسلحي التنظيم "انسحبوا نحو منطقة الصوفية شرقي المدينة بعد أن زرعوا الطرق والمنازل بالعبوات الناسفة".

ونقل التلفزيون الرسمي عن قائد عمليات الأنبار، اللواء رعد حميد الدليمي، قوله إن قواته "ستواصل تطهير ما تبقى من جيوب" داخل الأحياء الشرقية، وإن "المعركة لن تتوقف عند الرمادي بل ستمتد إلى هيت والفلوجة"، مشيرا إلى أن العملية التي انطلقت في 22 ديسمبر/كانون الأول الجاري جرت "بإسناد جوي من طيران التحالف".

وكان التحالف الدولي الذي تقوده الولايات المتحدة قد أعلن في بيان أن طائراته نفذت، الأحد، تسع غارات على مواقع التنظيم في الرمادي ومحيطها، أسفرت إحداها عن مقتل سعد خلف المحمدي، الملقب بـ"أبو عائشة"، القيادي في التنظيم، الذي قال البيان إنه "كان يشرف على تجنيد الانتحاريين وإرسالهم إلى بغداد".

في المقابل، تبنى "داعش"، في بيان نشرته وكالة "أعماق" المرتبطة به، هجوما انتحاريا بعربة مفخخة استهدف، فجر الأحد، تجمعا لمقاتلي الحشد العشائري قرب بلدة حصيبة الشرقية، فيما أكد مصدر أمني لوكالة فرانس برس أن ستة من أبناء العشائر قُتلوا في الهجوم.

ووصل رئيس الوزراء العراقي حيدر العبادي، مساء الاثنين، إلى قاعدة الحبانية الجوية شرقي الرمادي، حيث التقى قادة الوحدات المشاركة في العملية، ونقل بيان لمكتبه عنه قوله إن عام 2016 "سيكون عام القضاء على داعش في العراق"، فيما قال محافظ الأنبار فيصل عبد الله العيساوي إن عودة النازحين إلى الرمادي "لن تبدأ قبل رفع آلاف العبوات".
وأعلنت قيادة شرطة الأنبار، في بيان منفصل، اعتقال 23 مشتبها بالانتماء إلى التنظيم حاولوا التسلل بين العائلات الفارّة من حي الضباط جنوبي المدينة.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب", "وكالة فرانس برس"], "Agence France-Presse", sub="MediaOrganization",
          opt=True),
        E("iq_forces", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي", "المدينة"], "Ramadi", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Anbar Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("mousawi", "Person", ["حامد كاظم الموسوي"], "Hamid Kazim al-Musawi"),
        E("sufiya", "Place", ["منطقة الصوفية", "الصوفية"], "al-Sufiya", sub="City"),
        E("anbar_ops", "Organization", ["عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("dulaimi", "Person", ["رعد حميد الدليمي"], "Raad Hamid al-Dulaimi"),
        E("hit", "Place", ["هيت"], "Hit", sub="City"),
        E("fallujah", "Place", ["الفلوجة"], "Fallujah", sub="City"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("mahmadi", "Person", ["سعد خلف المحمدي", "أبو عائشة"], "Saad Khalaf al-Mahmadi"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("tribal_pmf", "Organization", ["الحشد العشائري"], "Tribal Mobilization", sub="ArmedGroup"),
        E("husaybah", "Place", ["بلدة حصيبة الشرقية", "حصيبة الشرقية"], "Husaybah al-Sharqiya", sub="City"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("habbaniyah", "Place", ["قاعدة الحبانية الجوية"], "Habbaniyah Air Base"),
        E("issawi", "Person", ["فيصل عبد الله العيساوي"], "Faisal Abdullah al-Issawi"),
        E("anbar_police", "Organization", ["قيادة شرطة الأنبار"], "Anbar Police Command", sub="GovernmentBody"),
        E("dhubbat", "Place", ["حي الضباط"], "al-Dhubbat district", sub="City"),
    ],
    relations=[
        R("locatedIn", "ramadi", "anbar"),
        R("locatedIn", "anbar", "iraq"),
        R("locatedIn", "ramadi", "iraq", opt=True),
        R("spokespersonOf", "mousawi", "cts"),
        R("locatedIn", "sufiya", "ramadi"),
        R("leaderOf", "dulaimi", "anbar_ops"),
        R("leaderOf", "us", "coalition"),
        R("memberOf", "mahmadi", "isis"),
        R("affiliatedWith", "amaq", "isis"),
        R("partOf", "amaq", "isis", opt=True),
        R("positionIn", "abadi", "iraq"),
        R("locatedIn", "habbaniyah", "ramadi"),
        R("leaderOf", "issawi", "anbar"),
        R("positionIn", "issawi", "anbar", opt=True),
        R("locatedIn", "dhubbat", "ramadi"),
        R("partOf", "anbar_ops", "iq_forces", opt=True),
        R("partOf", "cts", "iq_forces", opt=True),
    ],
    events=[
        # the army's operation in Ramadi, begun on 22 December; the recapture announced on Monday
        V("MilitaryOperation", agent=[["iq_forces", "anbar_ops"]], target=["isis"], place=[["ramadi", "anbar"]],
          date="2015-12-22", trigger="العملية"),
        V("MilitaryOperation", opt=True, agent=["cts"], date="2015-12-28"),
        V("Attack", opt=True, agent=["iq_forces"], target=["isis"], place=["ramadi"], date="2015-12-28"),
        # the fall of the city to IS in May
        V("Attack", opt=True, agent=["isis"], place=["ramadi"], date="2015-05"),
        # coalition strikes on Sunday, one of which killed al-Mahmadi
        V("Strike", agent=["coalition"], target=["isis"], place=["ramadi"], date="2015-12-27", trigger="غارات"),
        V("Killing", agent=["coalition"], target=["mahmadi"], place=["ramadi"], date="2015-12-27", trigger="مقتل"),
        V("Strike", opt=True, agent=["coalition"], place=["ramadi"], date="2015-12"),
        # IS's claimed suicide car bomb at Husaybah al-Sharqiya on Sunday at dawn, six tribesmen killed
        V("Attack", agent=["isis"], target=["tribal_pmf"], place=["husaybah"], date="2015-12-27",
          trigger="هجوما انتحاريا"),
        V("Killing", place=["husaybah"], date="2015-12-27", trigger="قُتلوا"),
        V("Killing", opt=True, agent=["isis"], target=["tribal_pmf"]),
        V("Visit", agent=["abadi"], place=[["habbaniyah", "ramadi"]], date="2015-12-28", trigger="وصل"),
        V("Meeting", opt=True, agent=["abadi"], place=["habbaniyah"], date="2015-12-28"),
        # arrests announced by the Anbar police, undated beyond the story
        V("Arrest", agent=["anbar_police"], place=[["dhubbat", "ramadi"]], trigger="اعتقال"),
        V("Arrest", opt=True, date="2015-12"),
    ],
))

# ---------------------------------------------------------------- Syria, eastern Aleppo (2016-11-20, a Sunday)
DOCS.append(dict(
    id="t1-sy-aleppo", published="2016-11-20",
    text="""دمشق، بيروت - «الشرق الأوسط»: قُتل 27 مدنيا على الأقل، بينهم خمسة أطفال، أمس، في غارات جوية وقصف مدفعي استهدف أحياء حلب الشرقية الخاضعة لسيطرة فصائل المعارضة، في اليوم الخامس من حملة عسكرية واسعة أطلقتها قوات النظام السوري بدعم روسي لاستعادة المدينة، وفق ما أفاد به المرصد السوري لحقوق الإنسان.

وقال مدير المرصد، في اتصال هاتفي مع «الشرق الأوسط»، إن "الطائرات لم تغادر سماء المدينة منذ الفجر"، مشيرا إلى أن غارة استهدفت مستشفى ميدانيا في حي الشعار وأخرجته عن الخدمة، وهو "رابع مستشفى يتوقف عن العمل في أقل من أسبوع"، على حد قوله.

ونقلت وكالة الأنباء السورية الرسمية (سانا) عن مصدر عسكري قوله إن وحدات من الجيش "أحكمت السيطرة على كتل أبنية في حي مساكن هنانو بعد القضاء على أعداد كبيرة من الإرهابيين"، في حين قالت حركة نور الدين الزنكي، أحد أبرز فصائل المعارضة في المدينة، إن مقاتليها صدّوا محاولات التقدم وقتلوا 12 عنصرا من قوات النظام.

وفي موسكو، أعلن وزير الدفاع الروسي سيرغي شويغو أن حاملة الطائرات "الأميرال كوزنيتسوف" شاركت، الثلاثاء الماضي، للمرة الأولى في ضرب مواقع لتنظيم "الدولة الإسلامية" و"جبهة فتح الشام" في محافظتي إدلب وحمص، نافيا أن تكون الطائرات الروسية قد قصفت حلب "منذ 28 يوما".

وكان مبعوث الأمم المتحدة إلى سوريا ستافان دي ميستورا قد وصل، السبت، إلى دمشق، حيث أجرى مباحثات مع وزير الخارجية السوري وليد المعلم تناولت اقتراحه منح "إدارة ذاتية" للأحياء الشرقية مقابل خروج مقاتلي فتح الشام منها، وهو ما رفضه المعلم، معتبرا أنه "انتهاك للسيادة الوطنية".

وفي ريف حلب الشمالي، اغتال مسلحون مجهولون، مساء الجمعة، القيادي في "فرقة السلطان مراد" أحمد خليل العبيد، بإطلاق النار على سيارته قرب مدينة أعزاز الحدودية مع تركيا، وفق ما أفادت مصادر محلية.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("aleppo", "Place", ["حلب", "المدينة"], "Aleppo", sub="City"),
        E("opposition", "Organization", ["فصائل المعارضة"], "Syrian opposition factions", sub="ArmedGroup", opt=True),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام", "الجيش"], "Syrian Arab Army",
          sub="ArmedForce"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("shaar", "Place", ["حي الشعار"], "al-Shaar district", sub="City"),
        E("sana", "Organization", ["وكالة الأنباء السورية", "سانا"], "Syrian Arab News Agency",
          sub="MediaOrganization"),
        E("hanano", "Place", ["حي مساكن هنانو", "مساكن هنانو"], "Masakin Hanano", sub="City"),
        E("zenki", "Organization", ["حركة نور الدين الزنكي"], "Nour al-Din al-Zenki Movement", sub="ArmedGroup"),
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("shoigu", "Person", ["سيرغي شويغو"], "Sergei Shoigu"),
        E("isis", "Organization", ["الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
        E("jfs", "Organization", ["جبهة فتح الشام", "فتح الشام"], "Jabhat Fatah al-Sham", sub="ArmedGroup"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
        E("homs", "Place", ["حمص"], "Homs Governorate", sub="Region"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("demistura", "Person", ["ستافان دي ميستورا"], "Staffan de Mistura"),
        E("muallem", "Person", ["وليد المعلم", "المعلم"], "Walid Muallem"),
        E("sultan_murad", "Organization", ["فرقة السلطان مراد"], "Sultan Murad Division", sub="ArmedGroup"),
        E("obeid", "Person", ["أحمد خليل العبيد"], "Ahmad Khalil al-Obeid"),
        E("azaz", "Place", ["مدينة أعزاز", "أعزاز"], "Azaz", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
    ],
    relations=[
        R("locatedIn", "shaar", "aleppo"),
        R("locatedIn", "hanano", "aleppo"),
        R("memberOf", "zenki", "opposition", opt=True),
        R("positionIn", "demistura", "un"),
        R("positionIn", "muallem", "syria"),
        R("memberOf", "obeid", "sultan_murad"),
        R("locatedIn", "azaz", "aleppo", opt=True),
    ],
    events=[
        # yesterday's strikes and shelling on the eastern districts; the killer is not named in the sentence
        V("Strike", place=["aleppo"], date="2016-11-19", trigger="غارات جوية"),
        V("Strike", opt=True, agent=["regime"]),
        V("Killing", place=["aleppo"], date="2016-11-19", trigger="قُتل"),
        V("Killing", opt=True, agent=["regime"]),
        # the campaign, in its fifth day yesterday
        V("MilitaryOperation", agent=["regime"], place=["aleppo"], date="2016-11-15", trigger="حملة عسكرية"),
        V("MilitaryOperation", opt=True, target=["opposition"]),
        # the strike on a field hospital in al-Shaar
        V("Strike", place=[["shaar", "aleppo"]], date="2016-11-19", trigger="غارة"),
        # the army's advance in Masakin Hanano (reported by SANA) and al-Zenki's counter-claim
        V("Attack", opt=True, agent=["regime"], place=[["hanano", "aleppo"]], date="2016-11"),
        V("Killing", agent=["zenki"], target=["regime"], place=["aleppo"], trigger="قتلوا"),
        V("Killing", opt=True, date="2016-11"),
        # the Russian carrier's strikes on Tuesday in Idlib and Homs (announced by Shoigu)
        V("Strike", target=["isis", "jfs"], place=["idlib", "homs"], date="2016-11-15", trigger="ضرب"),
        V("Visit", agent=["demistura"], place=["damascus"], date="2016-11-19", trigger="وصل"),
        V("Meeting", agent=["demistura", "muallem"], place=["damascus"], date="2016-11-19", trigger="مباحثات"),
        # the assassination near Azaz on Friday evening by unknown gunmen
        V("Killing", target=["obeid"], place=[["azaz", "aleppo"]], date="2016-11-18", trigger="اغتال"),
        V("Attack", opt=True, target=["obeid"], place=["azaz"], date="2016-11-18"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2014-08-04, a Monday)
DOCS.append(dict(
    id="t1-lb-arsal", published="2014-08-04",
    text="""بيروت - «الحياة»: قُتل 14 عسكريا من الجيش اللبناني وفُقد أثر 22 آخرين، منذ ظهر السبت، في هجمات شنها مسلحون من "جبهة النصرة" وتنظيم "الدولة الإسلامية" على مراكز الجيش وفصيلة قوى الأمن الداخلي في بلدة عرسال ومحيطها على الحدود الشرقية للبنان مع سوريا، بعد ساعات من توقيف الجيش القيادي في "لواء فجر الإسلام" عمار حسين الزعبي عند حاجز على مدخل البلدة.

وكان اللواء، الذي ينشط في منطقة القلمون السورية، قد أعلن الشهر الماضي مبايعته لتنظيم "الدولة الإسلامية" وزعيمه أبو بكر البغدادي، بحسب ما أوردته مواقع جهادية.

وقال قائد الجيش العماد جان قهوجي، في مؤتمر صحافي عقده مساء السبت في وزارة الدفاع في اليرزة، إن "ما حصل اليوم لم يكن وليد الصدفة، بل كان محضّرا له منذ مدة طويلة"، محذرا من أن الجيش "لن يسمح لأي جهة بأن تنقل الأزمة السورية إلى الداخل اللبناني".

ونقلت الوكالة الوطنية للإعلام عن مصدر عسكري قوله إن وحدات الجيش "استعادت السيطرة على مبنى المهنية وتلة الحصن" بعد اشتباكات عنيفة استمرت طوال ليل الأحد، مضيفا أن المسلحين "ما زالوا يحتجزون عددا من العسكريين وعناصر قوى الأمن الداخلي داخل البلدة".

وترأس رئيس الحكومة اللبنانية تمام سلام، أمس، اجتماعا طارئا لخلية الأزمة في السراي الحكومي في بيروت، حضره قهوجي ووزيرا الدفاع والداخلية، وأعلن في ختامه أن "لا تفاوض مع القتلة"، داعيا اللبنانيين إلى "الالتفاف حول جيشهم".

وفي بيان تناقلته حسابات مؤيدة لها على مواقع التواصل الاجتماعي، قالت "جبهة النصرة" إن مقاتليها "ردوا على اعتقال أحد المجاهدين"، وطالبت بالإفراج عن الزعبي وعن "الأسرى في سجن رومية" مقابل إطلاق العسكريين المحتجزين، فيما شنت طائرات تابعة للجيش السوري، الأحد، غارات على جرود القلمون المحاذية للحدود.
ونفى مصدر مقرب من "حزب الله" لـ«الحياة» أن يكون الحزب قد شارك في المعارك داخل عرسال، مؤكدا أن مقاتليه "ينتشرون على الجانب السوري من الحدود فقط".""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("leb_army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("isis", "Organization", ["الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces (Lebanon)", sub="GovernmentBody"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("fajr", "Organization", ["لواء فجر الإسلام", "اللواء"], "Fajr al-Islam Brigade", sub="ArmedGroup"),
        E("zoubi", "Person", ["عمار حسين الزعبي", "الزعبي"], "Ammar Husayn al-Zoubi"),
        E("qalamoun", "Place", ["منطقة القلمون", "القلمون"], "Qalamoun", sub="Region"),
        E("baghdadi", "Person", ["أبو بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("kahwaji", "Person", ["جان قهوجي", "قهوجي"], "Jean Kahwaji"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of National Defence (Lebanon)", sub="GovernmentBody",
          opt=True),
        E("yarze", "Place", ["اليرزة"], "Yarze", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail"),
        E("roumieh", "Place", ["سجن رومية"], "Roumieh Prison"),
        E("syr_army", "Organization", ["الجيش السوري"], "Syrian Arab Army", sub="ArmedForce"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "arsal", "lebanon", opt=True),
        R("memberOf", "zoubi", "fajr"),
        R("affiliatedWith", "fajr", "isis"),
        R("partOf", "fajr", "isis", opt=True),
        R("locatedIn", "qalamoun", "syria", opt=True),
        R("leaderOf", "baghdadi", "isis"),
        R("leaderOf", "kahwaji", "leb_army"),
        R("locatedIn", "mod", "yarze", opt=True),
        R("positionIn", "salam", "lebanon"),
        R("locatedIn", "serail", "beirut"),
    ],
    events=[
        # the attacks on army and police posts from Saturday noon; the killed soldiers
        V("Attack", agent=["nusra", "isis"], target=["leb_army", "isf"], place=["arsal"], date="2014-08-02",
          trigger="هجمات"),
        V("Killing", agent=["nusra", "isis"], target=["leb_army"], place=["arsal"], date="2014-08", trigger="قُتل"),
        V("Killing", opt=True, date="2014-08-02"),
        V("Arrest", agent=["leb_army"], target=["zoubi"], place=["arsal"], date="2014-08-02", trigger="توقيف"),
        # the army's fight back on Sunday night; the soldiers and policemen held by the gunmen
        V("Attack", opt=True, agent=["leb_army"], place=["arsal"], date="2014-08-03"),
        V("Arrest", opt=True, agent=["nusra", "isis"], target=["leb_army", "isf"], place=["arsal"], date="2014-08"),
        V("Meeting", agent=["salam", "kahwaji"], place=[["serail", "beirut"]], date="2014-08-03", trigger="اجتماعا"),
        V("Strike", agent=["syr_army"], place=["qalamoun"], date="2014-08-03", trigger="غارات"),
    ],
))
