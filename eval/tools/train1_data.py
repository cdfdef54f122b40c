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
        V("Arrest", agent=["anbar_police"], trigger="اعتقال"),
        V("Arrest", opt=True, place=["dhubbat", "ramadi"], date="2015-12"),
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

# ---------------------------------------------------------------- Jordan, Karak (2016-12-20, a Tuesday)
DOCS.append(dict(
    id="t1-jo-karak", published="2016-12-20",
    text="""عمّان - «الحياة»: تبنى تنظيم "داعش"، أمس، الهجوم الذي استهدف رجال الأمن والسياح في مدينة الكرك جنوب الأردن، الأحد الماضي، وأسفر عن مقتل عشرة أشخاص، بينهم سبعة من رجال الأمن وسائحة كندية، في ما يعد أعنف هجوم تشهده المملكة منذ تفجيرات فنادق عمّان عام 2005.

وقال التنظيم، في بيان نشرته وكالة "أعماق" التابعة له، إن "أربعة من جنود الخلافة" نفذوا الهجوم "بالأسلحة الرشاشة والقنابل اليدوية"، وإنهم "تحصنوا داخل القلعة واشتبكوا مع قوات المرتدين لساعات"، على حد تعبير البيان، من دون أن يكشف هوياتهم.

وكانت مديرية الأمن العام قد أعلنت أن المسلحين الأربعة قُتلوا خلال عملية نفذتها قوات الدرك ووحدات خاصة لتحرير رهائن احتُجزوا داخل قلعة الكرك التاريخية، استمرت حتى ساعة متأخرة من مساء الأحد، مشيرة إلى أن الهجوم بدأ بإطلاق النار على دورية للشرطة في بلدة القطرانة شرقي المدينة، قبل أن ينتقل المهاجمون إلى مركز أمني في المدينة ثم إلى القلعة.

ونقلت وكالة الأنباء الأردنية (بترا) عن مصدر أمني قوله إن الأجهزة الأمنية "أوقفت، فجر أمس، ثلاثة أشخاص يُشتبه بتقديمهم دعما لوجستيا للمهاجمين"، مضيفا أن "التحقيقات الأولية تشير إلى أن الخلية كانت تعد لهجمات أخرى قبل أن يُكشف أمرها بالصدفة"، في إشارة إلى مداهمة منزل في القطرانة قادت إلى المواجهة الأولى.

وزار ولي العهد الأردني الأمير الحسين، أمس، مستشفى الكرك الحكومي، حيث اطمأن على المصابين، فيما أجرى العاهل الأردني الملك عبد الله الثاني اتصالا هاتفيا برئيس الوزراء الكندي جاستن ترودو قدم خلاله التعازي بمقتل السائحة، مؤكدا أن الأردن "سيبقى عصيا على الإرهاب وخوارجه".

وفي عمّان، قال وزير الداخلية أمام مجلس النواب إن "الخلية الإرهابية" تضم أردنيين "تأثروا بفكر داعش عبر الإنترنت"، وسط مطالبات نيابية بإقالته على خلفية ما وُصف بـ"التخبط" في إدارة الأزمة،
فيما شيّعت مدينة الكرك، أمس الاثنين، جثامين عدد من رجال الأمن وسط هتافات منددة بـ"الإرهاب".""",
    entities=[
        E("amman", "Place", ["عمّان"], "Amman", qid="Q3805", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("karak", "Place", ["مدينة الكرك", "الكرك", "المدينة"], "Karak", sub="City"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("psd", "Organization", ["مديرية الأمن العام"], "Public Security Directorate (Jordan)",
          sub="GovernmentBody"),
        E("darak", "Organization", ["قوات الدرك"], "Gendarmerie (Jordan)", sub="ArmedForce"),
        E("castle", "Place", ["قلعة الكرك", "القلعة"], "Karak Castle"),
        E("qatraneh", "Place", ["بلدة القطرانة", "القطرانة"], "Qatraneh", sub="City"),
        E("petra", "Organization", ["وكالة الأنباء الأردنية", "بترا"], "Petra News Agency",
          sub="MediaOrganization", opt=True),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("hussein", "Person", ["الحسين"], "Crown Prince Hussein"),
        E("hospital", "Place", ["مستشفى الكرك الحكومي"], "Karak Government Hospital"),
        E("abdullah", "Person", ["عبد الله الثاني"], "Abdullah II"),
        E("trudeau", "Person", ["جاستن ترودو"], "Justin Trudeau"),
        E("parliament", "Organization", ["مجلس النواب"], "House of Representatives (Jordan)", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "karak", "jordan"),
        R("partOf", "amaq", "isis"),
        R("affiliatedWith", "amaq", "isis", opt=True),
        R("locatedIn", "castle", "karak"),
        R("locatedIn", "qatraneh", "karak", opt=True),
        R("positionIn", "hussein", "jordan"),
        R("leaderOf", "abdullah", "jordan"),
        R("locatedIn", "hospital", "karak", opt=True),
        R("locatedIn", "amman", "jordan", opt=True),
    ],
    events=[
        # the attack of Sunday, claimed by IS: on a police patrol in Qatraneh, then in Karak and its castle
        V("Attack", agent=["isis"], place=[["karak", "jordan"]], date="2016-12-18", trigger="الهجوم"),
        V("Attack", agent=["isis"], place=[["qatraneh", "karak"]], date="2016-12-18", trigger="إطلاق النار"),
        V("Attack", opt=True, target=["psd"], place=["castle"]),
        V("Killing", agent=["isis"], place=[["karak", "jordan"]], date="2016-12-18", trigger="مقتل"),
        # the four gunmen killed by the gendarmerie in the castle
        V("Killing", agent=["darak"], place=[["castle", "karak"]], date="2016-12-18", trigger="قُتلوا"),
        V("Killing", opt=True, target=["isis"]),
        V("MilitaryOperation", opt=True, agent=["darak"], place=["castle"], date="2016-12-18"),
        V("Arrest", opt=True, agent=["isis"], place=["castle"], date="2016-12-18"),
        # three suspects held at dawn yesterday
        V("Arrest", date="2016-12-19", trigger="أوقفت"),
        V("Arrest", opt=True, agent=["security"]),
        V("Visit", agent=["hussein"], place=[["hospital", "karak"]], date="2016-12-19", trigger="زار"),
        # the Amman hotel bombings of 2005
        V("Attack", opt=True, place=["amman"], date="2005"),
    ],
))

# ---------------------------------------------------------------- Kuwait, Imam al-Sadiq mosque (2015-06-28, a Sunday)
DOCS.append(dict(
    id="t1-kw-sadiq", published="2015-06-28",
    text="""الكويت - كونا، أ ف ب: أعلنت وزارة الداخلية الكويتية، أمس السبت، أن الانتحاري الذي فجّر نفسه في مسجد الإمام الصادق بمنطقة الصوابر في مدينة الكويت خلال صلاة الجمعة سعودي الجنسية يدعى فهد عبد المحسن الشمري، وأنه وصل إلى البلاد فجر يوم الهجوم عبر مطار الكويت الدولي، فيما ارتفعت حصيلة القتلى إلى 27 شخصا وأكثر من 220 جريحا.

وكان تنظيم "الدولة الإسلامية" قد تبنى الهجوم في بيان حمل توقيع "ولاية نجد"، قال فيه إن "أحد فرسان أهل السنة، أبو عمر النجدي، انطلق ملتحفا حزامه الناسف مستهدفا معبدا للرافضة"، وهي الصيغة نفسها التي استخدمها التنظيم في تبني تفجيري مسجدين في القديح والدمام شرقي السعودية الشهر الماضي.

وأكدت الوزارة أن الشمري هو نفسه من كناه البيان بـ"أبو عمر النجدي"، وأعلنت في بيان منفصل توقيف سائق السيارة التي أقلّت الانتحاري إلى المسجد، ويدعى ناصر خلف الظفيري، إضافة إلى صاحب المنزل الذي أمضى فيه ليلته، ونقلت صحيفة "القبس" عن مصدر أمني قوله إن الظفيري "اعترف خلال التحقيق بأنه تلقى التعليمات من شخص في سوريا".

وكان أمير الكويت الشيخ صباح الأحمد الجابر الصباح قد تفقد موقع التفجير بعد دقائق من وقوعه، وقال للصحافيين عند مدخل المسجد إن "الكويت أقوى من الفتنة"، قبل أن يترأس، مساء الجمعة، اجتماعا استثنائيا لمجلس الوزراء في قصر السيف، أعلنت الحكومة في ختامه رفع حالة التأهب في البلاد إلى "الدرجة القصوى".

واستقبل النائب الأول لرئيس مجلس الوزراء وزير الداخلية، أمس، وفدا أمنيا سعوديا برئاسة اللواء منصور سعد القحطاني، وبحث معه "تبادل المعلومات حول المتورطين"، بحسب ما نقلته وكالة الأنباء الكويتية (كونا).

ويعد الهجوم الأول من نوعه الذي يتبناه التنظيم في الكويت، العضو في التحالف الدولي الذي تقوده الولايات المتحدة ضد "داعش" في العراق وسوريا.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country", alt=["Organization"]),
        E("kuna", "Organization", ["كونا", "وكالة الأنباء الكويتية"], "Kuwait News Agency", sub="MediaOrganization",
          opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية", "الوزارة"], "Ministry of Interior (Kuwait)",
          sub="GovernmentBody"),
        E("mosque", "Place", ["مسجد الإمام الصادق", "المسجد"], "Imam al-Sadiq Mosque"),
        E("sawaber", "Place", ["منطقة الصوابر", "الصوابر"], "al-Sawaber", sub="City"),
        E("kuwait_city", "Place", ["مدينة الكويت"], "Kuwait City", sub="City"),
        E("shammari", "Person", ["فهد عبد المحسن الشمري", "الشمري", "أبو عمر النجدي"], "Fahd Abd al-Muhsin al-Shammari"),
        E("airport", "Place", ["مطار الكويت الدولي"], "Kuwait International Airport"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("najd", "Organization", ["ولاية نجد"], "Islamic State – Najd Province", sub="ArmedGroup"),
        E("qudeih", "Place", ["القديح"], "al-Qudayh", sub="City"),
        E("dammam", "Place", ["الدمام"], "Dammam", sub="City"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("dhafiri", "Person", ["ناصر خلف الظفيري", "الظفيري"], "Nasir Khalaf al-Dhafiri"),
        E("qabas", "Organization", ["القبس"], "Al-Qabas", sub="MediaOrganization", opt=True),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Kuwait)", sub="GovernmentBody"),
        E("seif", "Place", ["قصر السيف"], "Seif Palace"),
        E("govt", "Organization", ["الحكومة"], "Government of Kuwait", sub="GovernmentBody", opt=True),
        E("qahtani", "Person", ["منصور سعد القحطاني"], "Mansur Saad al-Qahtani"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("locatedIn", "mosque", "sawaber"),
        R("locatedIn", "sawaber", "kuwait_city"),
        R("locatedIn", "mosque", "kuwait_city", opt=True),
        R("locatedIn", "kuwait_city", "kuwait", opt=True),
        R("locatedIn", "airport", "kuwait", opt=True),
        R("partOf", "najd", "isis"),
        R("memberOf", "shammari", "isis", opt=True),
        R("locatedIn", "qudeih", "saudi"),
        R("locatedIn", "dammam", "saudi"),
        R("leaderOf", "sabah", "kuwait"),
        R("memberOf", "kuwait", "coalition"),
        R("leaderOf", "us", "coalition"),
        R("locatedIn", "seif", "kuwait_city", opt=True),
    ],
    events=[
        # Friday's suicide bombing, claimed by IS ("ولاية نجد")
        V("Attack", agent=["isis"], place=[["mosque", "sawaber", "kuwait_city"]], date="2015-06-26",
          trigger="فجّر نفسه"),
        V("Attack", opt=True, agent=["najd", "shammari"], target=["mosque"]),
        V("Killing", agent=["isis"], place=[["mosque", "sawaber", "kuwait_city"]], date="2015-06-26",
          trigger="القتلى"),
        V("Killing", opt=True, agent=["najd", "shammari"]),
        # last month's bombings of two mosques in Saudi Arabia, claimed the same way
        V("Attack", agent=["isis"], place=["qudeih", "dammam"], date="2015-05", trigger="تفجيري"),
        V("Attack", opt=True, place=["saudi"]),
        V("Arrest", agent=["moi"], target=["dhafiri"], date="2015-06", trigger="توقيف"),
        V("Visit", agent=["sabah"], place=[["mosque", "sawaber", "kuwait_city"]], date="2015-06-26", trigger="تفقد"),
        V("Meeting", agent=["sabah"], place=["seif"], date="2015-06-26", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["cabinet"]),
        # the minister (named by post only) receives a Saudi delegation led by al-Qahtani
        V("Meeting", agent=["qahtani"], date="2015-06-27", trigger="استقبل"),
        V("Meeting", opt=True, place=["kuwait"]),
        V("Visit", opt=True, agent=["qahtani"], place=["kuwait"], date="2015-06-27"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Abqaiq and Khurais (2019-09-16, a Monday)
DOCS.append(dict(
    id="t1-sa-abqaiq", published="2019-09-16",
    text="""الرياض - «الشرق الأوسط»، رويترز: أعلنت وزارة الطاقة السعودية أن الهجوم الذي استهدف، فجر السبت، منشأتين تابعتين لشركة "أرامكو" في بقيق وهجرة خريص بالمنطقة الشرقية أدى إلى توقف إنتاج 5.7 مليون برميل يوميا من الخام، أي نحو نصف إنتاج المملكة، في أكبر ضربة تتعرض لها إمدادات النفط العالمية منذ عقود.

وكان المتحدث العسكري باسم جماعة "أنصار الله" الحوثية، العميد يحيى سريع، قد أعلن في كلمة بثتها قناة "المسيرة" التابعة للجماعة أن "عشر طائرات مسيرة" شاركت في ما سماها "عملية توازن الردع الثانية"، متوعدا السعودية بأن "بنك أهدافنا يتسع يوما بعد يوم".

غير أن وزير الخارجية الأميركي مايك بومبيو شكك في رواية الحوثيين، وكتب على حسابه أنه "لا دليل على أن الهجوم جاء من اليمن"، متهما إيران بالوقوف وراءه، في حين نقلت وكالة "رويترز" عن مسؤول أميركي، طلب عدم الكشف عن هويته، قوله إن "الضربات انطلقت على الأرجح من جنوب العراق أو من إيران، وشملت صواريخ كروز إلى جانب طائرات من دون طيار".

ونفت طهران أي دور لها في الهجوم، ووصف المتحدث باسم خارجيتها الاتهامات الأميركية بأنها "عبثية وبلا معنى".

وتلقى ولي العهد السعودي الأمير محمد بن سلمان اتصالا هاتفيا من الرئيس الأميركي دونالد ترامب، أكد خلاله أن المملكة "راغبة وقادرة على مواجهة هذا العدوان الإرهابي والتعامل معه"، فيما كتب ترامب في تغريدة أن الولايات المتحدة "جاهزة للرد"، وأنها تنتظر أن تسمع من الرياض "من تعتقد أنه وراء الهجوم".

وزار وزير الطاقة السعودي الأمير عبد العزيز بن سلمان، أمس، معمل بقيق، حيث اطلع على أعمال الإصلاح، بحسب ما أفادت وكالة الأنباء السعودية (واس)، التي نقلت عنه قوله إن الشركة "ستستعيد ثلث الإنتاج المتوقف بنهاية يوم الاثنين".
وكانت الجماعة قد تبنت في أغسطس/آب الماضي هجوما بطائرات مسيرة على حقل الشيبة النفطي قرب الحدود مع الإمارات، أسفر عن حريق "محدود" في وحدة لإنتاج الغاز.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City", alt=["Organization"]),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("energy", "Organization", ["وزارة الطاقة السعودية"], "Ministry of Energy (Saudi Arabia)",
          sub="GovernmentBody"),
        E("aramco", "Organization", ["أرامكو", "الشركة"], "Saudi Aramco"),
        E("abqaiq", "Place", ["بقيق"], "Abqaiq", sub="City"),
        E("khurais", "Place", ["هجرة خريص"], "Khurais", sub="City"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province", sub="Region"),
        E("saudi", "Place", ["السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("houthis", "Organization", ["أنصار الله", "الجماعة", "الحوثيين"], "Ansar Allah (Houthis)",
          sub="ArmedGroup"),
        E("saree", "Person", ["يحيى سريع"], "Yahya Saree"),
        E("masirah", "Organization", ["المسيرة"], "Al-Masirah", sub="MediaOrganization"),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("trump", "Person", ["دونالد ترامب", "ترامب"], "Donald Trump", qid="Q22686"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("abdulaziz", "Person", ["عبد العزيز بن سلمان"], "Abdulaziz bin Salman"),
        E("abqaiq_plant", "Place", ["معمل بقيق"], "Abqaiq processing plant"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("shaybah", "Place", ["حقل الشيبة النفطي", "حقل الشيبة"], "Shaybah oil field"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country"),
    ],
    relations=[
        R("locatedIn", "abqaiq", "eastern"),
        R("locatedIn", "khurais", "eastern"),
        R("locatedIn", "eastern", "saudi", opt=True),
        R("spokespersonOf", "saree", "houthis"),
        R("partOf", "masirah", "houthis"),
        R("affiliatedWith", "masirah", "houthis", opt=True),
        R("positionIn", "pompeo", "us"),
        R("positionIn", "mbs", "saudi"),
        R("leaderOf", "trump", "us"),
        R("positionIn", "abdulaziz", "saudi"),
        R("leaderOf", "abdulaziz", "energy", opt=True),
        R("locatedIn", "abqaiq_plant", "abqaiq", opt=True),
    ],
    events=[
        # the drone (and missile) attack of Saturday dawn on Aramco's two plants, claimed by the Houthis
        V("Strike", agent=["houthis"], target=["aramco"], place=[["abqaiq", "eastern"], ["khurais", "eastern"]],
          date="2019-09-14", trigger="الهجوم"),
        V("Attack", opt=True, agent=["houthis"], target=["aramco"], place=["abqaiq", "khurais"], date="2019-09-14"),
        V("MilitaryOperation", agent=["houthis"], date="2019-09-14", name="توازن الردع الثانية", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["aramco"], place=["abqaiq", "khurais"]),
        # Iran only as the agent the US accuses
        V("Strike", opt=True, agent=["iran"]),
        V("Visit", agent=["abdulaziz"], place=[["abqaiq_plant", "abqaiq"]], date="2019-09-15", trigger="زار"),
        # last month's claimed drone attack on Shaybah
        V("Strike", agent=["houthis"], place=["shaybah"], date="2019-08", trigger="هجوما بطائرات مسيرة"),
        V("Attack", opt=True, agent=["houthis"], place=["shaybah"], date="2019-08"),
    ],
))

# ---------------------------------------------------------------- Iraq, western Mosul (2017-03-04, a Saturday)
DOCS.append(dict(
    id="t1-iq-mosul", published="2017-03-04",
    text="""أربيل - سامر الجبوري: أعلنت قوات الشرطة الاتحادية العراقية، أمس الجمعة، سيطرتها على جسر الحرية، ثاني جسور الموصل الخمسة، وتقدمها نحو مبنى المحافظة في الجانب الأيمن من المدينة، في وقت دخلت المعارك لاستعادة غرب الموصل من تنظيم "داعش" أسبوعها الثالث.

وقال قائد الشرطة الاتحادية، الفريق عادل جبار الزبيدي، في بيان، إن قطعاته "قتلت 40 إرهابيا ودمرت 11 عجلة مفخخة" خلال الساعات الأربع والعشرين الماضية، مضيفا أن مقاتلي التنظيم "يتخذون من المدنيين دروعا بشرية ويطلقون النار على كل من يحاول الفرار".

ونقلت وكالة "رويترز" عن ضابط في جهاز مكافحة الإرهاب قوله إن قواته "اقتحمت، فجر الخميس، حي وادي حجر"، وإن "القناصة والطائرات الصغيرة المحمّلة بالقنابل التي يطلقها التنظيم تبطئ التقدم، لكنها لن توقفه".

وفي سياق متصل، قُتل ثلاثة من عناصر الحشد الشعبي وأصيب خمسة آخرون، مساء الأربعاء، بانفجار عبوة ناسفة استهدفت عجلتهم قرب ناحية المحلبية غربي الموصل، بحسب مصدر في الحشد، فيما لم تتبن أي جهة الهجوم.

وكانت اللجنة الدولية للصليب الأحمر قد أعلنت أن خمسة أطفال وامرأتين يتلقون العلاج في مستشفى بمدينة أربيل، عاصمة إقليم كردستان العراق، من "أعراض تعرض لمواد كيميائية سامة" في شرق الموصل، من دون أن تحدد الجهة التي تقف وراء الهجوم.

ووصل رئيس الوزراء العراقي حيدر العبادي إلى الموصل، أمس، في زيارة هي الثانية له خلال أسبوع، والتقى في مقر متقدم جنوبي المدينة نائب قائد العمليات المشتركة، الفريق الركن كريم حسن الشمري، الذي أبلغه، بحسب بيان لمكتبه، أن القوات "باتت تسيطر على نحو 30 في المئة من الجانب الأيمن".
وكانت القوات العراقية قد أطلقت عملية "قادمون يا نينوى" لاستعادة المدينة في 17 تشرين الأول/أكتوبر الماضي، بإسناد من التحالف الدولي، فيما أعلنت وزارة الهجرة والمهجرين نزوح أكثر من 45 ألف شخص من الجانب الأيمن منذ بدء الهجوم عليه.""",
    entities=[
        E("erbil", "Place", ["مدينة أربيل", "أربيل"], "Erbil", sub="City"),
        E("jubouri", "Person", ["سامر الجبوري"], "Samir al-Jubouri", opt=True),
        E("fed_police", "Organization", ["قوات الشرطة الاتحادية العراقية", "الشرطة الاتحادية"], "Iraqi Federal Police",
          sub="ArmedForce"),
        E("bridge", "Place", ["جسر الحرية"], "al-Hurriya Bridge (Mosul)"),
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", sub="City"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("zubaidi", "Person", ["عادل جبار الزبيدي"], "Adil Jabbar al-Zubaidi"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("wadi_hajar", "Place", ["حي وادي حجر", "وادي حجر"], "Wadi Hajar", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي", "الحشد"], "Popular Mobilization Forces", sub="ArmedGroup"),
        E("mahlabiya", "Place", ["ناحية المحلبية", "المحلبية"], "al-Mahlabiya", sub="City"),
        E("icrc", "Organization", ["اللجنة الدولية للصليب الأحمر"], "International Committee of the Red Cross"),
        E("kurdistan", "Place", ["إقليم كردستان العراق"], "Kurdistan Region", sub="Region"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("joc", "Organization", ["العمليات المشتركة"], "Joint Operations Command (Iraq)", sub="ArmedForce"),
        E("shammari", "Person", ["كريم حسن الشمري"], "Karim Hasan al-Shammari"),
        E("iq_forces", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("migration", "Organization", ["وزارة الهجرة والمهجرين"], "Ministry of Migration and Displacement (Iraq)",
          sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "bridge", "mosul"),
        R("leaderOf", "zubaidi", "fed_police"),
        R("locatedIn", "wadi_hajar", "mosul"),
        R("locatedIn", "mahlabiya", "mosul", opt=True),
        R("locatedIn", "erbil", "kurdistan"),
        R("positionIn", "shammari", "joc"),
        R("partOf", "fed_police", "iq_forces", opt=True),
        R("partOf", "cts", "iq_forces", opt=True),
    ],
    events=[
        # the Federal Police's advance announced on Friday
        V("Attack", opt=True, agent=["fed_police"], target=["isis"], place=[["bridge", "mosul"]], date="2017-03-03"),
        # the Federal Police commander's toll of the last 24 hours
        V("Killing", agent=["fed_police"], target=["isis"], place=["mosul"], trigger="قتلت"),
        V("Killing", opt=True, date="2017-03"),
        # the storming of Wadi Hajar on Thursday at dawn, told by a CTS officer
        V("Attack", agent=["cts"], place=[["wadi_hajar", "mosul"]], date="2017-03-02", trigger="اقتحمت"),
        V("Attack", opt=True, target=["isis"]),
        V("Strike", opt=True, agent=["isis"], place=["mosul"]),
        # the roadside bomb near al-Mahlabiya on Wednesday evening: no one claimed it
        V("Attack", target=["pmf"], place=["mahlabiya"], date="2017-03-01", trigger="عبوة ناسفة"),
        V("Killing", target=["pmf"], place=["mahlabiya"], date="2017-03-01", trigger="قُتل"),
        # the chemical exposure in eastern Mosul, source unknown, undated
        V("Attack", opt=True, place=["mosul"]),
        V("Visit", agent=["abadi"], place=["mosul"], date="2017-03-03", trigger="وصل"),
        V("Meeting", agent=["abadi", "shammari"], place=["mosul"], date="2017-03-03", trigger="التقى"),
        V("MilitaryOperation", agent=["iq_forces"], target=["isis"], place=["mosul"], date="2016-10-17",
          name="قادمون يا نينوى", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition"]),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib / Moscow summit (2020-03-06, a Friday)
DOCS.append(dict(
    id="t1-sy-idlib", published="2020-03-06",
    text="""موسكو، أنقرة - «القدس العربي»: اتفق الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان، أمس الخميس، في ختام مباحثات استمرت أكثر من ست ساعات في الكرملين، على وقف لإطلاق النار في محافظة إدلب شمال غربي سوريا اعتبارا من منتصف الليل، وعلى إقامة "ممر آمن" على جانبي الطريق الدولي "إم 4" تسيّر فيه روسيا وتركيا دوريات مشتركة بدءا من 15 مارس/آذار الجاري.

وكان أردوغان قد وصل إلى موسكو صباح الخميس على رأس وفد ضم وزيري الخارجية والدفاع، وقال بوتين في مؤتمر صحافي مشترك إن "الوضع في إدلب بلغ درجة من التوتر استدعت لقاء شخصيا"، فيما أكد أردوغان أن بلاده "تحتفظ بحق الرد بكل قوتها على أي هجوم يستهدف جنودها".

وكان 33 جنديا من الجيش التركي قد قُتلوا في 27 فبراير/شباط الماضي في غارة جوية استهدفت رتلا عسكريا قرب بلدة بليون في جبل الزاوية جنوبي إدلب، حمّلت أنقرة مسؤوليتها لقوات النظام السوري، في حين قالت وزارة الدفاع الروسية إن الجنود "كانوا ضمن تشكيلات قتالية لمجموعات إرهابية"، وإن الجانب التركي "لم يبلغ موسكو بوجودهم".

وردا على الهجوم، أطلق الجيش، في الأول من مارس/آذار، عملية عسكرية سماها "درع الربيع"، قال وزير الدفاع التركي خلوصي أكار إنها أسفرت عن "تحييد" أكثر من ثلاثة آلاف عنصر من قوات النظام وإسقاط طائرتين حربيتين، بينما أعلنت دمشق إغلاق المجال الجوي فوق شمال غربي البلاد.

وفي الميدان، استعادت قوات النظام، مدعومة بمقاتلين من "حزب الله" اللبناني، السيطرة على مدينة سراقب عند تقاطع الطريقين الدوليين "إم 4" و"إم 5"، بعد أيام من انتزاع فصائل المعارضة المدعومة من أنقرة السيطرة عليها، وفق المرصد السوري لحقوق الإنسان، الذي أشار إلى مقتل 15 مدنيا، الأربعاء، في غارات روسية على بلدات في ريف إدلب الجنوبي.
وكانت "هيئة تحرير الشام"، التي تسيطر على الجزء الأكبر من المحافظة، قد نعت الشهر الماضي أحد أبرز قادتها العسكريين، أبو عبيدة الحموي، الذي قُتل بقصف مدفعي لقوات النظام على أطراف بلدة النيرب.""",
    entities=[
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City", alt=["Organization"]),
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City", alt=["Organization"]),
        E("quds", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("putin", "Person", ["فلاديمير بوتين", "بوتين"], "Vladimir Putin"),
        E("erdogan", "Person", ["رجب طيب أردوغان", "أردوغان"], "Recep Tayyip Erdoğan"),
        E("kremlin", "Place", ["الكرملين"], "Moscow Kremlin"),
        E("idlib", "Place", ["محافظة إدلب", "إدلب", "المحافظة"], "Idlib Governorate", sub="Region"),
        E("syria", "Place", ["سوريا", "البلاد"], "Syria", qid="Q858", sub="Country"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("balyun", "Place", ["بلدة بليون", "بليون"], "Balyun", sub="City"),
        E("zawiya", "Place", ["جبل الزاوية"], "Jabal al-Zawiya", sub="Region"),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام"], "Syrian Arab Army", sub="ArmedForce"),
        E("ru_mod", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence (Russia)", sub="GovernmentBody"),
        E("tr_army", "Organization", ["الجيش التركي", "الجيش"], "Turkish Armed Forces", sub="ArmedForce"),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City", alt=["Organization"]),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("saraqib", "Place", ["مدينة سراقب", "سراقب"], "Saraqib", sub="City"),
        E("opposition", "Organization", ["فصائل المعارضة"], "Syrian opposition factions", sub="ArmedGroup", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("hamawi", "Person", ["أبو عبيدة الحموي"], "Abu Ubayda al-Hamawi"),
        E("nayrab", "Place", ["بلدة النيرب", "النيرب"], "al-Nayrab", sub="City"),
    ],
    relations=[
        R("leaderOf", "putin", "russia"),
        R("leaderOf", "erdogan", "turkey"),
        R("locatedIn", "kremlin", "moscow", opt=True),
        R("locatedIn", "idlib", "syria"),
        R("locatedIn", "balyun", "zawiya"),
        R("locatedIn", "zawiya", "idlib"),
        R("locatedIn", "balyun", "idlib", opt=True),
        R("positionIn", "akar", "turkey"),
        R("leaderOf", "akar", "tr_army", opt=True),
        R("affiliatedWith", "opposition", "ankara", opt=True),
        R("affiliatedWith", "hezbollah", "regime", opt=True),
        R("memberOf", "hamawi", "hts"),
        R("leaderOf", "hamawi", "hts", opt=True),
        R("locatedIn", "saraqib", "idlib", opt=True),
        R("locatedIn", "nayrab", "idlib", opt=True),
    ],
    events=[
        V("Meeting", agent=["putin", "erdogan"], place=[["kremlin", "moscow"]], date="2020-03-05", trigger="مباحثات"),
        V("Visit", agent=["erdogan"], place=["moscow"], date="2020-03-05", trigger="وصل"),
        # the air strike of 27 February on the Turkish convoy near Balyun; Ankara blames the regime
        V("Strike", target=["tr_army"], place=[["balyun", "zawiya", "idlib"]], date="2020-02-27", trigger="غارة جوية"),
        V("Killing", target=["tr_army"], place=[["balyun", "zawiya", "idlib"]], date="2020-02-27", trigger="قُتلوا"),
        V("Strike", opt=True, agent=["regime"]),
        V("Killing", opt=True, agent=["regime"]),
        V("MilitaryOperation", agent=["tr_army"], target=["regime"], date="2020-03-01", name="درع الربيع",
          trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, place=["idlib"]),
        V("Killing", opt=True, agent=["tr_army"], target=["regime"], date="2020-03"),
        # Saraqib retaken by the regime and Hezbollah
        V("Attack", opt=True, agent=["regime", "hezbollah"], place=["saraqib"], date="2020-03"),
        V("Attack", opt=True, agent=["opposition"], place=["saraqib"], date="2020"),
        # Wednesday's Russian strikes on the southern Idlib countryside
        V("Strike", place=["idlib"], date="2020-03-04", trigger="غارات"),
        V("Killing", place=["idlib"], date="2020-03-04", trigger="مقتل"),
        V("Strike", opt=True, agent=["russia"]),
        V("Killing", opt=True, agent=["russia"]),
        # the HTS commander killed by regime shelling near al-Nayrab last month
        V("Killing", agent=["regime"], target=["hamawi"], place=["nayrab"], date="2020-02", trigger="قُتل"),
        V("Strike", agent=["regime"], place=["nayrab"], date="2020-02", trigger="قصف مدفعي"),
        V("Strike", opt=True, target=["hamawi"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Iranian embassy in Beirut (2013-11-20, a Wednesday)
DOCS.append(dict(
    id="t1-lb-embassy", published="2013-11-20",
    text="""بيروت - «النهار»: قُتل 23 شخصا على الأقل، بينهم المستشار الثقافي في السفارة الإيرانية في بيروت، وجُرح أكثر من 140 آخرين، صباح أمس، في تفجيرين انتحاريين استهدفا مبنى السفارة في منطقة بئر حسن في الضاحية الجنوبية لبيروت، في هجوم هو الأول من نوعه ضد مصالح إيران في لبنان منذ اندلاع الأزمة السورية في مارس/آذار عام 2011.

وتبنت "كتائب عبد الله عزام"، المرتبطة بتنظيم "القاعدة"، الهجوم، إذ كتب المسؤول الشرعي فيها، الشيخ أبو حمزة الشامي، على حسابه في موقع "تويتر" أن "غزوة السفارة الإيرانية" نفذها "بطلان من أبطال أهل السنة في لبنان"، متوعدا بمواصلة العمليات "حتى يخرج حزب إيران من سوريا".

ونقلت الوكالة الوطنية للإعلام عن مصدر أمني قوله إن الانتحاري الأول "كان يستقل دراجة نارية وفجّر حزامه الناسف عند البوابة الخارجية، ما فتح الطريق أمام الثاني الذي فجّر سيارة رباعية الدفع محملة بنحو 50 كيلوغراما من المتفجرات"، مؤكدا أن المستشار الثقافي، محمد جواد رستمي، "فارق الحياة متأثرا بجروحه" بعد نقله إلى مستشفى الساحل.

وترأس رئيس الجمهورية اللبنانية ميشال سليمان، بعد ظهر أمس، اجتماعا أمنيا طارئا في قصر بعبدا حضره رئيس حكومة تصريف الأعمال نجيب ميقاتي وقادة الأجهزة الأمنية، فيما قالت المتحدثة باسم الخارجية الإيرانية إن طهران "لن تسمح للإرهابيين بأن يحققوا أهدافهم".

ووصل إلى بيروت، مساء أمس، نائب وزير الخارجية الإيراني حسين أمير عبد اللهيان في زيارة تضامنية، التقى خلالها الأمين العام لـ"حزب الله" حسن نصر الله، الذي اعتبر، بحسب بيان صادر عن الحزب، أن "الرسالة وصلت، لكن مقاتلينا باقون في سوريا ما دام السبب قائما".""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("annahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("embassy", "Organization", ["السفارة الإيرانية", "السفارة"],
          "Embassy of Iran in Beirut", alt=["Place"]),
        E("bir_hassan", "Place", ["منطقة بئر حسن", "بئر حسن"], "Bir Hassan", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت"], "Dahieh", sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("aab", "Organization", ["كتائب عبد الله عزام"], "Abdullah Azzam Brigades", sub="ArmedGroup"),
        E("alqaeda", "Organization", ["القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("shami", "Person", ["أبو حمزة الشامي"], "Abu Hamza al-Shami"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("hezbollah", "Organization", ["حزب الله", "حزب إيران", "الحزب"], "Hezbollah", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("rostami", "Person", ["محمد جواد رستمي"], "Mohammad Javad Rostami"),
        E("sahel", "Place", ["مستشفى الساحل"], "Sahel General Hospital"),
        E("suleiman", "Person", ["ميشال سليمان"], "Michel Suleiman"),
        E("baabda", "Place", ["قصر بعبدا"], "Baabda Palace"),
        E("mikati", "Person", ["نجيب ميقاتي"], "Najib Mikati"),
        E("ir_mfa", "Organization", ["الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)", sub="GovernmentBody"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("abdollahian", "Person", ["حسين أمير عبد اللهيان"], "Hossein Amir-Abdollahian"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
    ],
    relations=[
        R("locatedIn", "embassy", "beirut"),
        R("locatedIn", "embassy", "bir_hassan", opt=True),
        R("locatedIn", "bir_hassan", "dahiyeh"),
        R("locatedIn", "dahiyeh", "beirut", opt=True),
        R("positionIn", "rostami", "embassy"),
        R("affiliatedWith", "aab", "alqaeda"),
        R("memberOf", "shami", "aab"),
        R("positionIn", "shami", "aab", opt=True),
        R("leaderOf", "suleiman", "lebanon"),
        R("positionIn", "mikati", "lebanon", opt=True),
        R("positionIn", "abdollahian", "iran"),
        R("leaderOf", "nasrallah", "hezbollah"),
    ],
    events=[
        # the twin suicide bombing of yesterday morning, claimed by the Abdullah Azzam Brigades
        V("Attack", agent=["aab"], target=["embassy"], place=[["bir_hassan", "dahiyeh", "beirut"]], date="2013-11-19",
          trigger="تفجيرين انتحاريين"),
        V("Killing", agent=["aab"], target=["rostami"], place=[["bir_hassan", "dahiyeh", "beirut"]], date="2013-11-19",
          trigger="قُتل"),
        V("Meeting", agent=["suleiman", "mikati"], place=["baabda"], date="2013-11-19", trigger="اجتماعا"),
        V("Visit", agent=["abdollahian"], place=["beirut"], date="2013-11-19", trigger="وصل"),
        V("Meeting", agent=["abdollahian", "nasrallah"], date="2013-11-19", trigger="التقى"),
        V("Meeting", opt=True, place=["beirut"]),
    ],
))

# ---------------------------------------------------------------- Iraq, the strike at Baghdad airport (2020-01-04, a Saturday)
DOCS.append(dict(
    id="t1-iq-airport", published="2020-01-04",
    text="""بغداد - «الشرق الأوسط» ووكالات: قُتل قائد "فيلق القدس" في الحرس الثوري الإيراني، اللواء قاسم سليماني، ونائب رئيس هيئة الحشد الشعبي، أبو مهدي المهندس، فجر أمس الجمعة، في ضربة جوية أميركية استهدفت موكبهما على طريق مطار بغداد الدولي، في تصعيد غير مسبوق بين واشنطن وطهران على الأراضي العراقية.

وقالت وزارة الدفاع الأميركية (البنتاغون) في بيان إن الجيش الأميركي "اتخذ، بتوجيه من الرئيس، إجراءات دفاعية حاسمة لحماية الأفراد الأميركيين في الخارج بقتل قاسم سليماني"، مضيفة أن الأخير "كان يطور بنشاط خططا لمهاجمة دبلوماسيين وعسكريين أميركيين في العراق وفي أنحاء المنطقة".

وكتب الرئيس الأميركي دونالد ترامب في تغريدة أن سليماني "قتل أو جرح آلاف الأميركيين على مدى فترة طويلة"، فيما قال وزير الخارجية مايك بومبيو إنه أجرى اتصالات مع نظرائه في عدد من الدول لشرح "قرار الدفاع عن النفس" الذي اتخذته الولايات المتحدة.

في المقابل، توعد المرشد الأعلى في إيران علي خامنئي بـ"انتقام قاس" من "المجرمين الذين تلطخت أيديهم بدم الشهيد"، معلنا الحداد العام ثلاثة أيام، وعيّن العميد إسماعيل قاآني قائدا لفيلق القدس خلفا لسليماني، بحسب ما أوردته وكالة "فارس" للأنباء.

ووصف رئيس حكومة تصريف الأعمال العراقية عادل عبد المهدي الضربة بأنها "اعتداء سافر على السيادة" و"خرق لشروط وجود القوات الأميركية في العراق"، داعيا مجلس النواب إلى جلسة استثنائية، فيما طالبت "كتائب حزب الله"، أحد أبرز فصائل الحشد، بطرد "قوات الاحتلال" من البلاد.
وقالت مصادر في الحشد لـ«الشرق الأوسط» إن غارة جوية استهدفت، فجر اليوم السبت، موكبا لقيادات في الهيئة قرب معسكر التاجي شمالي بغداد، في حين نفى التحالف الدولي بقيادة الولايات المتحدة أن يكون قد نفذ أي غارة في المنطقة.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("quds_force", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني", "سليماني"], "Qasem Soleimani"),
        E("pmf", "Organization", ["هيئة الحشد الشعبي", "الحشد", "الهيئة"], "Popular Mobilization Forces",
          sub="ArmedGroup"),
        E("muhandis", "Person", ["أبو مهدي المهندس"], "Abu Mahdi al-Muhandis"),
        E("airport", "Place", ["مطار بغداد الدولي"], "Baghdad International Airport"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("pentagon", "Organization", ["وزارة الدفاع الأميركية", "البنتاغون"], "United States Department of Defense",
          sub="GovernmentBody"),
        E("us_army", "Organization", ["الجيش الأميركي", "القوات الأميركية"], "United States Armed Forces",
          sub="ArmedForce"),
        E("iraq", "Place", ["العراق", "البلاد"], "Iraq", qid="Q796", sub="Country"),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump", qid="Q22686"),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
        E("qaani", "Person", ["إسماعيل قاآني"], "Esmail Qaani"),
        E("fars", "Organization", ["فارس"], "Fars News Agency", sub="MediaOrganization", opt=True),
        E("abdulmahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi"),
        E("parliament", "Organization", ["مجلس النواب"], "Council of Representatives of Iraq", sub="GovernmentBody"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("taji", "Place", ["معسكر التاجي"], "Camp Taji"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
    ],
    relations=[
        R("leaderOf", "soleimani", "quds_force"),
        R("partOf", "quds_force", "irgc"),
        R("positionIn", "muhandis", "pmf"),
        R("memberOf", "muhandis", "pmf", opt=True),
        R("locatedIn", "airport", "baghdad", opt=True),
        R("partOf", "us_army", "pentagon", opt=True),
        R("leaderOf", "trump", "us"),
        R("positionIn", "pompeo", "us", opt=True),
        R("leaderOf", "khamenei", "iran"),
        R("leaderOf", "qaani", "quds_force"),
        R("positionIn", "abdulmahdi", "iraq"),
        R("memberOf", "kh", "pmf"),
        R("partOf", "kh", "pmf", opt=True),
        R("locatedIn", "taji", "baghdad", opt=True),
        R("leaderOf", "us", "coalition"),
        R("memberOf", "soleimani", "irgc", opt=True),
    ],
    events=[
        # Friday's US strike on the convoy on the airport road (claimed by the Pentagon for the US military)
        V("Strike", agent=["us_army"], target=["soleimani", "muhandis"], place=[["airport", "baghdad"]],
          date="2020-01-03", trigger="ضربة جوية"),
        V("Killing", agent=["us_army"], target=["soleimani", "muhandis"], place=[["airport", "baghdad"]],
          date="2020-01-03", trigger="قُتل"),
        V("Strike", opt=True, agent=["us", "washington"], place=["iraq"]),
        V("Killing", opt=True, agent=["us", "washington"]),
        # this morning's strike near Taji, nobody named
        V("Strike", target=["pmf"], place=[["taji", "baghdad"]], date="2020-01-04", trigger="غارة جوية"),
    ],
))

# ---------------------------------------------------------------- Jordan, after the pilot's killing (2015-02-05, a Thursday)
DOCS.append(dict(
    id="t1-jo-pilot", published="2015-02-05",
    text="""عمّان - بترا، أ ف ب: نفذت السلطات الأردنية، فجر أمس الأربعاء، حكم الإعدام بحق العراقية ساجدة الريشاوي، المدانة بالمشاركة في تفجيرات فنادق عمّان عام 2005، والقيادي في تنظيم "القاعدة" زياد الكربولي، في سجن سواقة جنوب العاصمة، وذلك بعد ساعات من بث تنظيم "داعش" شريطا مصورا يظهر إعدام الطيار الأردني الأسير معاذ الكساسبة حرقا داخل قفص حديدي.

وقال المتحدث باسم الحكومة الأردنية، وزير الدولة لشؤون الإعلام ناصر عبد الرحيم العدوان، إن "دم الشهيد معاذ لن يذهب هدرا، وإن رد الأردن سيكون مزلزلا"، مشيرا إلى أن معلومات الأجهزة الأمنية تفيد بأن الكساسبة "قُتل في الثالث من كانون الثاني/يناير الماضي"، أي قبل أسابيع من بدء المفاوضات غير المباشرة على مبادلته بالريشاوي.

وكان الكساسبة قد وقع في أسر التنظيم في 24 ديسمبر/كانون الأول الماضي بعد تحطم طائرته من طراز "إف 16" قرب مدينة الرقة شمالي سوريا، خلال مشاركته في غارات التحالف الدولي على مواقع "داعش"، وهو ما قالت واشنطن وعمّان إنه ناجم عن عطل فني، في حين زعم التنظيم أنه أسقطها بصاروخ حراري.

وقطع العاهل الأردني الملك عبد الله الثاني زيارته إلى الولايات المتحدة، وعاد إلى عمّان مساء الثلاثاء بعد أن التقى الرئيس الأميركي باراك أوباما في البيت الأبيض في لقاء لم يكن مدرجا على جدول الزيارة، وترأس فور وصوله اجتماعا طارئا لكبار القادة العسكريين والأمنيين في مقر القيادة العامة للقوات المسلحة.

وأعلن الجيش الأردني، في بيان، أن طائرات سلاح الجو الملكي الأردني نفذت صباح اليوم "عشرات الطلعات" على مراكز تدريب ومخازن أسلحة للتنظيم، من دون أن يحدد مكانها، فيما وصفها مصدر عسكري بأنها "بداية الرد"، مؤكدا أن المملكة "ماضية في دورها ضمن التحالف حتى القضاء على هذه العصابة".
وزار الملك، أمس، بيت عزاء الطيار في بلدة عي بمحافظة الكرك، حيث التقى والده صافي الكساسبة وشيوخ العشيرة.""",
    entities=[
        E("amman", "Place", ["عمّان", "العاصمة"], "Amman", qid="Q3805", sub="City", alt=["Organization"]),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("authorities", "Organization", ["السلطات الأردنية"], "Jordanian authorities", sub="GovernmentBody",
          opt=True),
        E("rishawi", "Person", ["ساجدة الريشاوي", "الريشاوي"], "Sajida al-Rishawi"),
        E("alqaeda", "Organization", ["القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("karbouli", "Person", ["زياد الكربولي"], "Ziad al-Karbouli"),
        E("swaqa", "Place", ["سجن سواقة"], "Swaqa Prison"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("kasasbeh", "Person", ["معاذ الكساسبة", "الكساسبة", "معاذ"], "Muath al-Kasasbeh"),
        E("govt", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("adwan", "Person", ["ناصر عبد الرحيم العدوان"], "Nasir Abd al-Rahim al-Adwan"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country", alt=["Organization"]),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة"], "Raqqa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("abdullah", "Person", ["عبد الله الثاني"], "Abdullah II"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("obama", "Person", ["باراك أوباما"], "Barack Obama", qid="Q76"),
        E("white_house", "Place", ["البيت الأبيض"], "White House", alt=["Organization"]),
        E("gen_command", "Organization", ["القيادة العامة للقوات المسلحة"], "General Command of the Jordan Armed Forces",
          sub="ArmedForce"),
        E("jaf", "Organization", ["الجيش الأردني"], "Jordan Armed Forces", sub="ArmedForce"),
        E("rjaf", "Organization", ["سلاح الجو الملكي الأردني"], "Royal Jordanian Air Force", sub="ArmedForce"),
        E("ay", "Place", ["بلدة عي", "عي"], "Ay", sub="City"),
        E("karak_gov", "Place", ["محافظة الكرك", "الكرك"], "Karak Governorate", sub="Region"),
        E("safi", "Person", ["صافي الكساسبة"], "Safi al-Kasasbeh"),
    ],
    relations=[
        R("memberOf", "karbouli", "alqaeda"),
        R("locatedIn", "swaqa", "amman", opt=True),
        R("spokespersonOf", "adwan", "govt"),
        R("positionIn", "adwan", "govt", opt=True),
        R("positionIn", "adwan", "jordan", opt=True),
        R("locatedIn", "raqqa", "syria"),
        R("leaderOf", "abdullah", "jordan"),
        R("leaderOf", "obama", "us"),
        R("locatedIn", "white_house", "washington", opt=True),
        R("partOf", "rjaf", "jaf"),
        R("partOf", "gen_command", "jaf", opt=True),
        R("locatedIn", "ay", "karak_gov"),
        R("memberOf", "jordan", "coalition"),
        R("memberOf", "kasasbeh", "rjaf", opt=True),
    ],
    events=[
        # yesterday's executions in Swaqa prison
        V("Killing", target=["rishawi", "karbouli"], place=["swaqa"], date="2015-02-04", trigger="الإعدام"),
        V("Killing", opt=True, agent=["authorities", "jordan"]),
        # the pilot burnt to death by IS, on 3 January according to Jordan
        V("Killing", agent=["isis"], target=["kasasbeh"], date="2015-01-03", trigger="إعدام"),
        V("Killing", opt=True, date="2015-02"),
        V("Arrest", agent=["isis"], target=["kasasbeh"], place=[["raqqa", "syria"]], date="2014-12-24",
          trigger="أسر"),
        V("Strike", opt=True, agent=["coalition"], target=["isis"], place=["raqqa"], date="2014-12"),
        V("Attack", opt=True, agent=["isis"], target=["kasasbeh"], place=["raqqa"], date="2014-12-24"),
        # the Amman hotel bombings of 2005
        V("Attack", opt=True, agent=["rishawi"], place=["amman"], date="2005"),
        # the king's trip: the meeting with Obama at the White House on Tuesday, then the meeting in Amman
        V("Meeting", agent=["abdullah", "obama"], place=[["white_house", "washington"]], date="2015-02",
          trigger="التقى"),
        V("Meeting", opt=True, date="2015-02-03"),
        V("Visit", agent=["abdullah"], place=["us"], trigger="زيارته"),
        V("Visit", opt=True, date="2015-02"),
        V("Meeting", opt=True, agent=["abdullah", "gen_command"], place=["amman"], date="2015-02-03"),
        # this morning's air force sorties on IS (place not given)
        V("Strike", agent=["rjaf"], target=["isis"], date="2015-02-05", trigger="الطلعات"),
        V("Strike", opt=True, agent=["jaf"]),
        V("Visit", agent=["abdullah"], place=[["ay", "karak_gov"]], date="2015-02-04", trigger="زار"),
        V("Meeting", agent=["abdullah", "safi"], place=[["ay", "karak_gov"]], date="2015-02-04", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Bahrain, Sitra bombing (2015-07-30, a Thursday)
DOCS.append(dict(
    id="t1-bh-sitra", published="2015-07-30",
    text="""المنامة - «الوسط»، بنا: قُتل شرطيان وأصيب ستة آخرون، مساء الثلاثاء، في انفجار عبوة ناسفة استهدف دورية أمنية في منطقة سترة شرق العاصمة المنامة، بحسب ما أعلنت وزارة الداخلية البحرينية، التي وصفت الهجوم بأنه "عمل إرهابي جبان يستهدف أمن الوطن".

وتبنت جماعة تطلق على نفسها اسم "سرايا الأشتر" التفجير، في بيان نشرته على حسابها في موقع للتواصل الاجتماعي، قالت فيه إن "العملية جاءت ردا على جرائم النظام"، فيما قال رئيس الأمن العام، اللواء عيسى راشد المناعي، إن "التحقيقات الأولية تشير إلى أن المواد المستخدمة في التفجير مهربة من الخارج".

وأعلنت الوزارة، أمس، القبض على خمسة مشتبه بهم في الحادث، بينهم المدعو علي حسن عبد الله الستري، الذي قالت إنه "تلقى تدريبات على استخدام الأسلحة والمتفجرات في معسكرات تابعة للحرس الثوري في إيران"، ونقلت وكالة أنباء البحرين (بنا) عن مصدر أمني قوله إن المتهمين "اعترفوا بأن أشخاصا مرتبطين بحزب الله اللبناني أشرفوا على تمويلهم وتدريبهم".

وكانت المنامة قد استدعت، السبت الماضي، سفيرها لدى طهران للتشاور، وسلمت القائم بأعمال السفارة الإيرانية لديها مذكرة احتجاج على "التصريحات العدائية" للمرشد الإيراني علي خامنئي، الذي قال في خطبة عيد الفطر إن بلاده "لن تتخلى عن دعم الشعب المظلوم في البحرين".

واستقبل ملك البحرين الملك حمد بن عيسى آل خليفة، أمس، في قصر الصافرية، وزير الخارجية السعودي عادل الجبير، الذي نقل رسالة من العاهل السعودي الملك سلمان بن عبد العزيز تؤكد "وقوف السعودية إلى جانب البحرين في مواجهة التدخلات الخارجية بكل أشكالها".
ودان الأمين العام لمجلس التعاون لدول الخليج العربية التفجير، مؤكدا أن "أمن البحرين جزء لا يتجزأ من أمن دول المجلس".""",
    entities=[
        E("manama", "Place", ["المنامة", "العاصمة"], "Manama", sub="City", alt=["Organization"]),
        E("alwasat", "Organization", ["الوسط"], "Al Wasat (Bahrain)", sub="MediaOrganization", opt=True),
        E("bna", "Organization", ["بنا", "وكالة أنباء البحرين"], "Bahrain News Agency", sub="MediaOrganization",
          opt=True),
        E("sitra", "Place", ["منطقة سترة", "سترة"], "Sitra", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية البحرينية", "الوزارة"], "Ministry of Interior (Bahrain)",
          sub="GovernmentBody"),
        E("ashtar", "Organization", ["سرايا الأشتر"], "Saraya al-Ashtar", sub="ArmedGroup"),
        E("public_security", "Organization", ["الأمن العام"], "Public Security (Bahrain)", sub="GovernmentBody"),
        E("manai", "Person", ["عيسى راشد المناعي"], "Isa Rashid al-Manai"),
        E("sitri", "Person", ["علي حسن عبد الله الستري"], "Ali Hasan Abdullah al-Sitri"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("ir_embassy", "Organization", ["السفارة الإيرانية"], "Embassy of Iran in Manama"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
        E("hamad", "Person", ["حمد بن عيسى آل خليفة"], "Hamad bin Isa Al Khalifa"),
        E("safriya", "Place", ["قصر الصافرية"], "Al-Safriya Palace"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "Salman bin Abdulaziz"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية", "المجلس"], "Gulf Cooperation Council"),
    ],
    relations=[
        R("locatedIn", "sitra", "manama", opt=True),
        R("partOf", "public_security", "moi", opt=True),
        R("leaderOf", "manai", "public_security"),
        R("locatedIn", "ir_embassy", "manama", opt=True),
        R("leaderOf", "khamenei", "iran"),
        R("leaderOf", "hamad", "bahrain"),
        R("positionIn", "jubeir", "saudi"),
        R("leaderOf", "salman", "saudi"),
        R("affiliatedWith", "sitri", "irgc", opt=True),
        R("memberOf", "bahrain", "gcc", opt=True),
    ],
    events=[
        # Tuesday evening's bomb on a police patrol in Sitra, claimed by Saraya al-Ashtar
        V("Attack", agent=["ashtar"], place=["sitra"], date="2015-07-28", trigger="انفجار عبوة ناسفة"),
        V("Killing", agent=["ashtar"], place=["sitra"], date="2015-07-28", trigger="قُتل"),
        V("Attack", opt=True, target=["moi"]),
        V("Arrest", agent=["moi"], target=["sitri"], date="2015-07", trigger="القبض"),
        V("Meeting", agent=["hamad", "jubeir"], place=["safriya"], date="2015-07-29", trigger="استقبل"),
        V("Visit", opt=True, agent=["jubeir"], place=["bahrain"], date="2015-07-29"),
    ],
))

# ---------------------------------------------------------------- Syria, Barisha raid (2019-10-28, a Monday)
DOCS.append(dict(
    id="t1-sy-barisha", published="2019-10-28",
    text="""واشنطن، بيروت - «الشرق الأوسط»، أ ف ب: أعلن الرئيس الأميركي دونالد ترامب، أمس الأحد، مقتل زعيم تنظيم "داعش" أبو بكر البغدادي في عملية نفذتها قوات خاصة أميركية ليل السبت في قرية باريشا بريف إدلب الشمالي الغربي قرب الحدود التركية، موضحا أن البغدادي فجّر سترته الناسفة داخل نفق مسدود "بعد أن حاصرته الكلاب"، ما أدى إلى مقتله مع ثلاثة من أطفاله.

وقال قائد القيادة المركزية الأميركية (سنتكوم)، الجنرال مايكل هارتويل، في إفادة صحافية إن الموقع "قُصف بعد انسحاب القوات لضمان ألا يتحول إلى مزار"، مضيفا أن العملية "لم تسفر عن أي إصابات في صفوف الجنود الأميركيين، باستثناء كلب أصيب بجروح طفيفة".

وقال القائد العام لـ"قوات سوريا الديمقراطية" (قسد) مظلوم عبدي إن عملية استخباراتية مشتركة مع الجانب الأميركي استمرت خمسة أشهر "مهدت للوصول إلى البغدادي"، مضيفا في تغريدة أن مصدرا من داخل التنظيم "زود قواتنا بمعلومات دقيقة عن مكان اختبائه".

وفي عملية منفصلة، أعلن عبدي أن غارة مشتركة نفذتها قواته والتحالف الدولي، أمس، على سيارة قرب قرية عين البيضا بريف مدينة جرابلس في محافظة حلب، أسفرت عن مقتل المتحدث باسم "داعش" أبو عبد الرحمن الحلبي، الذي كان يُنظر إليه بوصفه أحد المرشحين لخلافة البغدادي.

في المقابل، قالت وزارة الدفاع الروسية إنها "لا تملك معلومات موثوقة" عن العملية، وإن طائراتها "لم ترصد أي غارات أميركية في منطقة خفض التصعيد بإدلب يوم السبت"، فيما أكدت وزارة الدفاع التركية أن "تبادلا للمعلومات جرى بين السلطات العسكرية في البلدين قبيل العملية".
وكانت "هيئة تحرير الشام"، التي تسيطر على الجزء الأكبر من المنطقة، قد اعتقلت الشهر الماضي عددا من عناصر تنظيم "حراس الدين" المرتبط بتنظيم القاعدة في ريف إدلب، بتهمة "التخطيط لهجمات ضد فصائل المعارضة".""",
    entities=[
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump", qid="Q22686"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبو بكر البغدادي", "البغدادي"], "Abu Bakr al-Baghdadi"),
        E("us_forces", "Organization", ["قوات خاصة أميركية"], "United States special forces", sub="ArmedForce"),
        E("barisha", "Place", ["قرية باريشا", "باريشا"], "Barisha", sub="City"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
        E("centcom", "Organization", ["القيادة المركزية الأميركية", "سنتكوم"], "United States Central Command",
          sub="ArmedForce"),
        E("hartwell", "Person", ["مايكل هارتويل"], "Michael Hartwell"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("abdi", "Person", ["مظلوم عبدي", "عبدي"], "Mazloum Abdi"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("ain_bayda", "Place", ["قرية عين البيضا", "عين البيضا"], "Ain al-Bayda", sub="City"),
        E("jarabulus", "Place", ["مدينة جرابلس", "جرابلس"], "Jarabulus", sub="City"),
        E("aleppo_gov", "Place", ["محافظة حلب"], "Aleppo Governorate", sub="Region"),
        E("halabi", "Person", ["أبو عبد الرحمن الحلبي"], "Abu Abd al-Rahman al-Halabi"),
        E("ru_mod", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence (Russia)", sub="GovernmentBody"),
        E("tr_mod", "Organization", ["وزارة الدفاع التركية"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("huras", "Organization", ["حراس الدين"], "Hurras al-Din", sub="ArmedGroup"),
        E("alqaeda", "Organization", ["القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("opposition", "Organization", ["فصائل المعارضة"], "Syrian opposition factions", sub="ArmedGroup", opt=True),
    ],
    relations=[
        R("leaderOf", "baghdadi", "isis"),
        R("locatedIn", "barisha", "idlib"),
        R("leaderOf", "hartwell", "centcom"),
        R("leaderOf", "abdi", "sdf"),
        R("locatedIn", "ain_bayda", "jarabulus"),
        R("locatedIn", "jarabulus", "aleppo_gov"),
        R("locatedIn", "ain_bayda", "aleppo_gov", opt=True),
        R("spokespersonOf", "halabi", "isis"),
        R("affiliatedWith", "huras", "alqaeda"),
        R("partOf", "huras", "alqaeda", opt=True),
        R("partOf", "us_forces", "centcom", opt=True),
    ],
    events=[
        # the special forces raid on Saturday night in Barisha, in which al-Baghdadi died
        V("MilitaryOperation", agent=["us_forces"], target=["baghdadi"], place=[["barisha", "idlib"]],
          date="2019-10-26", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["isis"]),
        V("Attack", opt=True, agent=["us_forces"], target=["baghdadi"], place=["barisha"], date="2019-10-26"),
        V("Killing", target=["baghdadi"], place=[["barisha", "idlib"]], date="2019-10-26", trigger="مقتل"),
        V("Killing", opt=True, agent=["us_forces", "baghdadi"]),
        # the site bombed after the withdrawal
        V("Strike", place=["barisha"], date="2019-10", trigger="قُصف"),
        V("Strike", opt=True, agent=["us_forces", "centcom"], date="2019-10-27"),
        # yesterday's joint strike near Jarabulus that killed the IS spokesman
        V("Strike", agent=["sdf", "coalition"], place=[["ain_bayda", "jarabulus", "aleppo_gov"]], date="2019-10-27",
          trigger="غارة مشتركة"),
        V("Killing", agent=["sdf", "coalition"], target=["halabi"], place=[["ain_bayda", "jarabulus", "aleppo_gov"]],
          date="2019-10-27", trigger="مقتل"),
        V("Strike", opt=True, target=["halabi"]),
        V("Arrest", agent=["hts"], target=["huras"], place=["idlib"], date="2019-09", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk after the referendum (2017-10-17, a Tuesday)
DOCS.append(dict(
    id="t1-iq-kirkuk", published="2017-10-17",
    text="""بغداد، أربيل - «الحياة»: بسطت القوات العراقية، أمس الاثنين، سيطرتها على مدينة كركوك ومعظم مناطق المحافظة الغنية بالنفط، بعد انسحاب قوات البيشمركة الكردية من مواقعها من دون قتال يُذكر، في أول رد ميداني من بغداد على استفتاء الاستقلال الذي أجراه إقليم كردستان في 25 أيلول/سبتمبر الماضي.

وقال رئيس الوزراء العراقي حيدر العبادي، في بيان، إنه أصدر أوامره إلى القوات الأمنية "بفرض الأمن في المحافظة بالتعاون مع سكانها والبيشمركة"، في حين نقلت وكالة "رويترز" عن ضابط في البيشمركة قوله إن وحداته "تلقت أوامر بالانسحاب من قيادات في حزب الاتحاد الوطني الكردستاني"، متهما "جناحا" في الحزب بـ"الخيانة"، وهو ما نفاه الاتحاد في بيان لاحق.

وكانت اشتباكات محدودة قد اندلعت، فجر الاثنين، بين قوات جهاز مكافحة الإرهاب والبيشمركة قرب منطقة تازة خورماتو جنوبي المدينة، قبل أن تتقدم القوات العراقية نحو قاعدة "كي وان" العسكرية ومطار كركوك وحقول النفط في باباغركر، وفق ما أعلنت قيادة العمليات المشتركة، التي أكدت في بيان رفع العلم العراقي فوق مبنى المحافظة.

وأعلن مجلس محافظة كركوك، في جلسة عقدها مساء أمس، تكليف نائب المحافظ راكان حميد العبيدي بإدارة المحافظة بالوكالة، خلفا للمحافظ المقال الذي غادر إلى أربيل، عاصمة الإقليم، مع عدد من أعضاء المجلس.

وقال رئيس إقليم كردستان مسعود بارزاني، في بيان، إن "ما جرى كان نتيجة قرار فردي لبعض المسؤولين في حزب سياسي كردستاني"، مؤكدا أن "نتائج الاستفتاء لن تذهب سدى"، فيما أعلنت مديرية شرطة أربيل توقيف 14 شخصا بتهمة مهاجمة مقار لحزب الاتحاد الوطني الكردستاني وإحراقها ليل الاثنين.
وكانت تقارير صحافية قد تحدثت عن اجتماع عقده قائد "فيلق القدس" الإيراني قاسم سليماني مع قيادات في الاتحاد الوطني في السليمانية، السبت الماضي، وهو ما لم يؤكده الحزب.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("iq_forces", "Organization", ["القوات العراقية"], "Iraqi security forces", sub="ArmedForce"),
        E("kirkuk_city", "Place", ["مدينة كركوك", "المدينة"], "Kirkuk", sub="City"),
        E("kirkuk_gov", "Place", ["المحافظة"], "Kirkuk Governorate", sub="Region"),
        E("peshmerga", "Organization", ["قوات البيشمركة", "البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("krg", "Place", ["إقليم كردستان", "الإقليم"], "Kurdistan Region", sub="Region", alt=["Organization"]),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("puk", "Organization", ["حزب الاتحاد الوطني الكردستاني", "الاتحاد الوطني", "الاتحاد", "الحزب"],
          "Patriotic Union of Kurdistan", sub="PoliticalOrganization"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("taza", "Place", ["منطقة تازة خورماتو", "تازة خورماتو"], "Taza Khurmatu", sub="City"),
        E("k1", "Place", ["كي وان"], "K-1 Air Base"),
        E("airport", "Place", ["مطار كركوك"], "Kirkuk Air Base"),
        E("babagurgur", "Place", ["باباغركر"], "Baba Gurgur", sub="City"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command (Iraq)", sub="ArmedForce"),
        E("council", "Organization", ["مجلس محافظة كركوك", "المجلس"], "Kirkuk Provincial Council",
          sub="GovernmentBody"),
        E("obaidi", "Person", ["راكان حميد العبيدي"], "Rakan Hamid al-Obaidi"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
        E("erbil_police", "Organization", ["مديرية شرطة أربيل"], "Erbil Police Directorate", sub="GovernmentBody"),
        E("quds_force", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani"),
        E("sulaymaniyah", "Place", ["السليمانية"], "Sulaymaniyah", sub="City"),
    ],
    relations=[
        R("locatedIn", "kirkuk_city", "kirkuk_gov", opt=True),
        R("locatedIn", "taza", "kirkuk_city", opt=True),
        R("locatedIn", "airport", "kirkuk_city", opt=True),
        R("locatedIn", "erbil", "krg"),
        R("leaderOf", "obaidi", "kirkuk_gov"),
        R("positionIn", "obaidi", "kirkuk_gov", opt=True),
        R("leaderOf", "barzani", "krg"),
        R("leaderOf", "soleimani", "quds_force"),
        R("partOf", "cts", "iq_forces", opt=True),
    ],
    events=[
        # Monday's takeover of Kirkuk by the Iraqi forces
        V("MilitaryOperation", agent=["iq_forces"], place=[["kirkuk_city", "kirkuk_gov"]], date="2017-10-16",
          trigger="بسطت سيطرتها"),
        V("MilitaryOperation", opt=True, target=["peshmerga"], place=["k1", "airport", "babagurgur"]),
        # the limited clashes near Taza Khurmatu at dawn on Monday
        V("Attack", opt=True, agent=["cts", "peshmerga"], target=["peshmerga", "cts"], place=["taza"],
          date="2017-10-16"),
        V("Arrest", agent=["erbil_police"], date="2017-10", trigger="توقيف"),
        V("Arrest", opt=True, place=["erbil"]),
        V("Attack", opt=True, target=["puk"], place=["erbil"], date="2017-10-16"),
        # the reported meeting in Sulaymaniyah on Saturday
        V("Meeting", agent=["soleimani"], place=["sulaymaniyah"], date="2017-10-14", trigger="اجتماع"),
        V("Meeting", opt=True, agent=["puk"]),
        V("Visit", opt=True, agent=["soleimani"], place=["sulaymaniyah"], date="2017-10-14"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, the anti-corruption detentions (2017-11-06, a Monday)
DOCS.append(dict(
    id="t1-sa-ritz", published="2017-11-06",
    text="""الرياض - «الشرق الأوسط»، رويترز: احتجزت السلطات السعودية 11 أميرا وأربعة وزراء حاليين وعشرات الوزراء السابقين ورجال الأعمال، في حملة غير مسبوقة لمكافحة الفساد بدأت مساء السبت، بعد ساعات من صدور أمر ملكي بتشكيل اللجنة العليا لمكافحة الفساد برئاسة ولي العهد الأمير محمد بن سلمان، وفق ما أفاد به مسؤولون سعوديون.

وكان من أبرز المحتجزين، بحسب مصادر مطلعة، الأمير الوليد بن طلال، رئيس مجلس إدارة شركة المملكة القابضة، فيما نقلت قناة "العربية" عن مصدر مسؤول قوله إن المحتجزين "نُقلوا إلى فندق ريتز كارلتون في الرياض، حيث يخضعون للتحقيق بحضور محاميهم".

وشملت الأوامر الملكية إعفاء وزير الحرس الوطني الأمير متعب بن عبد الله من منصبه، في خطوة رأى فيها محللون تعزيزا لقبضة ولي العهد على الأجهزة الأمنية الثلاثة في المملكة، بعد أشهر من إعفاء ابن عمه الأمير محمد بن نايف من ولاية العهد ووزارة الداخلية في حزيران/يونيو الماضي.

وجاءت الحملة بعد ساعات من اعتراض الدفاعات الجوية صاروخا باليستيا أطلقته جماعة الحوثيين من اليمن باتجاه مطار الملك خالد الدولي شمال شرقي الرياض، في ما وصفه المتحدث باسم التحالف بقيادة السعودية في اليمن، العقيد الركن ماجد عبد الرحمن العتيبي، بأنه "عمل عدواني يحمل بصمات النظام الإيراني".

وفي تطور متزامن، أعلن رئيس الحكومة اللبنانية سعد الحريري، من الرياض، السبت، استقالته من منصبه في كلمة متلفزة، قائلا إنه "يخشى التعرض للاغتيال"، ومتهما إيران و"حزب الله" بـ"فرض الأمر الواقع" على لبنان. وكان الحريري قد وصل إلى العاصمة السعودية الجمعة، في زيارة هي الثانية له خلال أسبوع، التقى خلالها ولي العهد.
واستقبل العاهل السعودي الملك سلمان بن عبد العزيز، أمس، الحريري في قصر اليمامة بالرياض، بحسب ما أفادت وكالة الأنباء السعودية (واس)، من دون أن تورد تفاصيل عن اللقاء.""",
    entities=[
        E("riyadh", "Place", ["الرياض", "العاصمة السعودية"], "Riyadh", qid="Q3692", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("authorities", "Organization", ["السلطات السعودية"], "Saudi authorities", sub="GovernmentBody", opt=True),
        E("committee", "Organization", ["اللجنة العليا لمكافحة الفساد"], "Supreme Anti-Corruption Committee",
          sub="GovernmentBody"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("alwaleed", "Person", ["الوليد بن طلال"], "Al-Waleed bin Talal"),
        E("kingdom_holding", "Organization", ["شركة المملكة القابضة"], "Kingdom Holding Company"),
        E("alarabiya", "Organization", ["العربية"], "Al Arabiya", sub="MediaOrganization", opt=True),
        E("ritz", "Place", ["فندق ريتز كارلتون"], "Ritz-Carlton Riyadh"),
        E("national_guard", "Organization", ["الحرس الوطني"], "Saudi Arabian National Guard", sub="ArmedForce"),
        E("miteb", "Person", ["متعب بن عبد الله"], "Miteb bin Abdullah"),
        E("saudi", "Place", ["السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("houthis", "Organization", ["جماعة الحوثيين"], "Ansar Allah (Houthis)", sub="ArmedGroup"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("airport", "Place", ["مطار الملك خالد الدولي"], "King Khalid International Airport"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition in Yemen", sub="Coalition"),
        E("otaibi", "Person", ["ماجد عبد الرحمن العتيبي"], "Majid Abd al-Rahman al-Otaibi"),
        E("hariri", "Person", ["سعد الحريري", "الحريري"], "Saad Hariri"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "Salman bin Abdulaziz"),
        E("yamamah", "Place", ["قصر اليمامة"], "Al-Yamamah Palace"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
    ],
    relations=[
        R("leaderOf", "mbs", "committee"),
        R("positionIn", "mbs", "saudi", opt=True),
        R("leaderOf", "alwaleed", "kingdom_holding"),
        R("locatedIn", "ritz", "riyadh"),
        R("leaderOf", "miteb", "national_guard"),
        R("positionIn", "miteb", "saudi", opt=True),
        R("locatedIn", "airport", "riyadh", opt=True),
        R("leaderOf", "saudi", "coalition"),
        R("spokespersonOf", "otaibi", "coalition"),
        R("positionIn", "hariri", "lebanon"),
        R("leaderOf", "salman", "saudi"),
        R("locatedIn", "yamamah", "riyadh"),
    ],
    events=[
        # the detentions from Saturday evening, al-Waleed among them, held at the Ritz-Carlton
        V("Arrest", target=["alwaleed"], place=[["ritz", "riyadh"]], date="2017-11-04", trigger="احتجزت"),
        V("Arrest", opt=True, agent=["authorities", "saudi"]),
        # the Houthi ballistic missile toward King Khalid airport, intercepted
        V("Strike", agent=["houthis"], target=["airport"], place=[["airport", "riyadh"]], date="2017-11-04",
          trigger="صاروخا باليستيا"),
        V("Strike", opt=True, place=["yemen"]),
        V("Visit", agent=["hariri"], place=["riyadh"], date="2017-11-03", trigger="وصل"),
        V("Meeting", agent=["hariri", "mbs"], place=["riyadh"], date="2017-11", trigger="التقى"),
        V("Meeting", agent=["salman", "hariri"], place=[["yamamah", "riyadh"]], date="2017-11-05", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, the strike in Haret Hreik (2024-07-31, a Wednesday)
DOCS.append(dict(
    id="t1-lb-hreik", published="2024-07-31",
    text="""بيروت - «الشرق الأوسط»: أعلن الجيش الإسرائيلي، مساء أمس الثلاثاء، أنه "قضى" على القيادي العسكري البارز في "حزب الله" فؤاد شكر، في غارة جوية استهدفت مبنى سكنيا في منطقة حارة حريك في الضاحية الجنوبية لبيروت، متهما إياه بالمسؤولية عن الصاروخ الذي سقط على ملعب لكرة القدم في بلدة مجدل شمس في الجولان المحتل، السبت الماضي، وأدى إلى مقتل 12 طفلا وفتى.

ونقلت وكالة "رويترز" عن مصدر أمني لبناني قوله إن شكر، المعروف أيضا باسم "الحاج محسن"، كان "في الطابق السابع من المبنى لحظة الاستهداف"، وإن "ثلاثة صواريخ على الأقل أصابت المبنى"، فيما أعلنت وزارة الصحة اللبنانية مقتل امرأة وطفلين وإصابة 74 شخصا بجروح في الغارة، ولم يؤكد الحزب حتى ساعة متأخرة من الليل مصير القيادي.

وكان "حزب الله" قد نفى في بيان أي علاقة له بحادثة مجدل شمس، في حين أكد رئيس حكومة تصريف الأعمال اللبنانية نجيب ميقاتي أن لبنان "لا يريد توسيع الحرب"، داعيا المجتمع الدولي إلى "الضغط على إسرائيل لوقف اعتداءاتها". وكتب وزير الدفاع الإسرائيلي يوآف غالانت على منصة "إكس" أن "حزب الله تجاوز الخط الأحمر".

واستقبل رئيس مجلس النواب نبيه بري، أمس، في مقر الرئاسة الثانية في عين التينة، المنسقة الخاصة للأمم المتحدة في لبنان جينين هينيس بلاسخارت، وبحث معها "التطورات الخطيرة" في الجنوب، بحسب بيان لمكتبه الإعلامي.

وبعد ساعات من الغارة، أعلنت حركة "حماس"، فجر اليوم الأربعاء، اغتيال رئيس مكتبها السياسي إسماعيل هنية في "غارة صهيونية" على مقر إقامته في طهران، بعد مشاركته في مراسم تنصيب الرئيس الإيراني مسعود بزشكيان، فيما قال الحرس الثوري إن أحد حراسه الشخصيين قُتل معه.
وتوعد المرشد الأعلى في إيران علي خامنئي إسرائيل بـ"عقاب قاس"، معتبرا أن "الثأر لدم هنية واجب علينا".""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", sub="ArmedGroup"),
        E("shukr", "Person", ["فؤاد شكر", "شكر", "الحاج محسن"], "Fuad Shukr"),
        E("hreik", "Place", ["منطقة حارة حريك", "حارة حريك"], "Haret Hreik", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت"], "Dahieh", sub="Region"),
        E("majdal", "Place", ["بلدة مجدل شمس", "مجدل شمس"], "Majdal Shams", sub="City"),
        E("golan", "Place", ["الجولان"], "Golan Heights", sub="Region"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("health", "Organization", ["وزارة الصحة اللبنانية"], "Ministry of Public Health (Lebanon)",
          sub="GovernmentBody"),
        E("mikati", "Person", ["نجيب ميقاتي"], "Najib Mikati"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("gallant", "Person", ["يوآف غالانت"], "Yoav Gallant"),
        E("x", "Organization", ["إكس"], "X (social network)", opt=True),
        E("parliament", "Organization", ["مجلس النواب"], "Parliament of Lebanon", sub="GovernmentBody"),
        E("berri", "Person", ["نبيه بري"], "Nabih Berri"),
        E("ain_tineh", "Place", ["عين التينة"], "Ain al-Tineh", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("hennis", "Person", ["جينين هينيس بلاسخارت"], "Jeanine Hennis-Plasschaert"),
        E("hamas", "Organization", ["حماس"], "Hamas", sub="ArmedGroup"),
        E("haniyeh", "Person", ["إسماعيل هنية", "هنية"], "Ismail Haniyeh"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("pezeshkian", "Person", ["مسعود بزشكيان"], "Masoud Pezeshkian"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
    ],
    relations=[
        R("memberOf", "shukr", "hezbollah"),
        R("locatedIn", "hreik", "dahiyeh"),
        R("locatedIn", "dahiyeh", "beirut", opt=True),
        R("locatedIn", "majdal", "golan"),
        R("positionIn", "mikati", "lebanon"),
        R("positionIn", "gallant", "israel"),
        R("leaderOf", "gallant", "idf", opt=True),
        R("leaderOf", "berri", "parliament"),
        R("positionIn", "hennis", "un"),
        R("leaderOf", "haniyeh", "hamas"),
        R("memberOf", "haniyeh", "hamas", opt=True),
        R("leaderOf", "pezeshkian", "iran"),
        R("leaderOf", "khamenei", "iran"),
    ],
    events=[
        # yesterday evening's strike on Haret Hreik, claimed by the Israeli army
        V("Strike", agent=["idf"], target=["shukr"], place=[["hreik", "dahiyeh", "beirut"]], date="2024-07-30",
          trigger="غارة جوية"),
        V("Killing", agent=["idf"], target=["shukr"], place=[["hreik", "dahiyeh", "beirut"]], date="2024-07-30",
          trigger="قضى"),
        # the rocket on Majdal Shams on Saturday, which Israel blames on Hezbollah and Hezbollah denies
        V("Strike", place=[["majdal", "golan"]], date="2024-07-27", trigger="الصاروخ"),
        V("Killing", place=[["majdal", "golan"]], date="2024-07-27", trigger="مقتل"),
        V("Strike", opt=True, agent=["hezbollah"]),
        V("Killing", opt=True, agent=["hezbollah", "shukr"]),
        V("Meeting", agent=["berri", "hennis"], place=["ain_tineh"], date="2024-07-30", trigger="استقبل"),
        # Haniyeh killed in Tehran at dawn today, announced by Hamas, which blames Israel
        V("Killing", target=["haniyeh"], place=["tehran"], date="2024-07-31", trigger="اغتيال"),
        V("Strike", place=["tehran"], date="2024-07-31", trigger="غارة"),
        V("Killing", opt=True, agent=["israel"]),
        V("Strike", opt=True, agent=["israel"], target=["haniyeh"]),
        V("Visit", opt=True, agent=["haniyeh"], place=["tehran"], date="2024-07"),
    ],
))

# ---------------------------------------------------------------- Jordan, Tower 22 (2024-01-29, a Monday)
DOCS.append(dict(
    id="t1-jo-tower22", published="2024-01-29",
    text="""عمّان، واشنطن - «الشرق الأوسط»، أ ف ب: قُتل ثلاثة جنود أميركيين وأصيب أكثر من 30 آخرين، أمس الأحد، في هجوم بطائرة مسيرة استهدف قاعدة لوجستية صغيرة تعرف باسم "البرج 22" في شمال شرقي الأردن قرب الحدود مع سوريا والعراق، في أول هجوم يوقع قتلى في صفوف القوات الأميركية في المنطقة منذ اندلاع الحرب في غزة في تشرين الأول/أكتوبر الماضي.

وقال الرئيس الأميركي جو بايدن في بيان إن "جماعات مسلحة متشددة مدعومة من إيران تنشط في سوريا والعراق" تقف وراء الهجوم، متعهدا بأن تحاسب الولايات المتحدة "كل المسؤولين عنه في الوقت والطريقة اللذين نختارهما".

وتبنت "المقاومة الإسلامية في العراق"، وهي تحالف لفصائل مسلحة مقربة من طهران، في بيان نشرته على قناتها في تطبيق "تلغرام"، هجمات بطائرات مسيرة فجر الأحد على ثلاث قواعد، بينها قاعدة الشدادي في محافظة الحسكة السورية و"قاعدة الركبان" التي قالت إنها تقع على الحدود الأردنية السورية، في إشارة على ما يبدو إلى البرج 22.

وقال المتحدث باسم الحكومة الأردنية، وزير الاتصال الحكومي مهند سالم الخوالدة، للتلفزيون الرسمي إن "الهجوم الإرهابي" لم يسفر عن أي إصابات في صفوف القوات المسلحة الأردنية، مؤكدا أن عمّان "تدين الهجوم وتتعاون مع واشنطن في التحقيق فيه"، فيما أجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا بنظيره الأميركي أنتوني بلينكن.

وكانت القوات الأميركية قد تعرضت لأكثر من 150 هجوما في العراق وسوريا منذ 17 تشرين الأول/أكتوبر الماضي، ردت عليها بضربات استهدفت مواقع لـ"كتائب حزب الله" في منطقة القائم العراقية وجرف الصخر، كان آخرها في 23 كانون الثاني/يناير الجاري، وفق ما أعلنت القيادة المركزية الأميركية.""",
    entities=[
        E("amman", "Place", ["عمّان"], "Amman", qid="Q3805", sub="City", alt=["Organization"]),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("tower22", "Place", ["البرج 22"], "Tower 22"),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("us_forces", "Organization", ["القوات الأميركية"], "United States Armed Forces", sub="ArmedForce"),
        E("gaza", "Place", ["غزة"], "Gaza Strip", sub="Region"),
        E("biden", "Person", ["جو بايدن"], "Joe Biden", qid="Q6279"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("iri", "Organization", ["المقاومة الإسلامية في العراق"], "Islamic Resistance in Iraq", sub="ArmedGroup"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("telegram", "Organization", ["تلغرام"], "Telegram", opt=True),
        E("shaddadi", "Place", ["قاعدة الشدادي"], "al-Shaddadi base"),
        E("hasakah", "Place", ["محافظة الحسكة"], "al-Hasakah Governorate", sub="Region"),
        E("rukban", "Place", ["قاعدة الركبان"], "al-Rukban base"),
        E("jo_govt", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("khawaldeh", "Person", ["مهند سالم الخوالدة"], "Muhannad Salim al-Khawaldeh"),
        E("jaf", "Organization", ["القوات المسلحة الأردنية"], "Jordan Armed Forces", sub="ArmedForce"),
        E("safadi", "Person", ["أيمن الصفدي"], "Ayman Safadi"),
        E("blinken", "Person", ["أنتوني بلينكن"], "Antony Blinken"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("qaim", "Place", ["منطقة القائم", "القائم"], "al-Qa'im", sub="City"),
        E("jurf", "Place", ["جرف الصخر"], "Jurf al-Sakhar", sub="City"),
        E("centcom", "Organization", ["القيادة المركزية الأميركية"], "United States Central Command", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "tower22", "jordan"),
        R("leaderOf", "biden", "us"),
        R("affiliatedWith", "iri", "tehran"),
        R("affiliatedWith", "iri", "iran", opt=True),
        R("locatedIn", "shaddadi", "hasakah"),
        R("locatedIn", "hasakah", "syria", opt=True),
        R("spokespersonOf", "khawaldeh", "jo_govt"),
        R("positionIn", "khawaldeh", "jo_govt", opt=True),
        R("positionIn", "khawaldeh", "jordan", opt=True),
        R("positionIn", "safadi", "jordan"),
        R("positionIn", "blinken", "us"),
        R("locatedIn", "qaim", "iraq", opt=True),
        R("partOf", "us_forces", "centcom", opt=True),
    ],
    events=[
        # Sunday's drone attack on Tower 22, claimed (it seems) by the Islamic Resistance in Iraq
        V("Strike", agent=["iri"], target=["us_forces"], place=[["tower22", "rukban", "jordan"]], date="2024-01-28",
          trigger="هجوم بطائرة مسيرة"),
        V("Killing", agent=["iri"], target=["us_forces"], place=[["tower22", "rukban", "jordan"]], date="2024-01-28",
          trigger="قُتل"),
        V("Attack", opt=True, agent=["iri"], target=["us_forces"], place=["tower22"], date="2024-01-28"),
        V("Strike", agent=["iri"], place=[["shaddadi", "hasakah"]], date="2024-01-28", trigger="هجمات بطائرات مسيرة"),
        # the attacks on US forces since October, and the US strikes on Kata'ib Hezbollah
        V("Attack", opt=True, target=["us_forces"], place=["iraq", "syria"]),
        V("Strike", agent=["us_forces"], target=["kh"], place=["qaim", "jurf"], trigger="بضربات"),
        V("Strike", opt=True, date="2024-01-23"),
    ],
))

# ---------------------------------------------------------------- Syria, the National Security building (2012-07-19, a Thursday)
DOCS.append(dict(
    id="t1-sy-rawda", published="2012-07-19",
    text="""دمشق - «الحياة»، رويترز: قُتل وزير الدفاع السوري العماد داود راجحة ونائبه العماد آصف شوكت، صهر الرئيس بشار الأسد، ورئيس خلية إدارة الأزمة العماد حسن تركماني، أمس الأربعاء، في تفجير استهدف مبنى الأمن القومي في حي الروضة وسط دمشق خلال اجتماع لوزراء وقادة أجهزة أمنية، في أعنف ضربة يتعرض لها النظام منذ اندلاع الاحتجاجات في آذار/مارس عام 2011.

وتبنى كل من "الجيش السوري الحر" و"لواء الإسلام" التفجير في بيانين منفصلين، إذ قال المتحدث باسم الجيش الحر، العقيد نزار عبد الكريم الحموي، لقناة "العربية" إن "العملية نُفذت بعبوة ناسفة زُرعت داخل قاعة الاجتماعات"، بينما قال "لواء الإسلام" إنه استهدف "خلية الأزمة" بـ"تفجير عن بعد".

ونقل التلفزيون الرسمي عن بيان للقيادة العامة للجيش والقوات المسلحة قوله إن "هذا العمل الإرهابي الجبان لن يثني القوات المسلحة عن عزمها على تطهير الوطن من فلول العصابات الإرهابية المسلحة"، فيما أصدر الأسد مرسوما بتعيين العماد سليم حامد الشيخ وزيرا للدفاع خلفا لراجحة، وأفاد مصدر طبي بأن وزير الداخلية أصيب بجروح "غير خطرة".

وشهدت أحياء الميدان والتضامن وكفرسوسة في دمشق، لليوم الرابع على التوالي، اشتباكات عنيفة بين القوات النظامية ومقاتلي الجيش الحر، في إطار ما أطلق عليه الأخير اسم "البركان"، فيما أفادت لجان التنسيق المحلية بمقتل 93 شخصا في أنحاء سوريا أمس، بينهم 38 في دمشق وريفها.
وفي نيويورك، أرجأ مجلس الأمن الدولي التصويت على مشروع قرار غربي يهدد بفرض عقوبات على دمشق، بطلب من المبعوث المشترك للأمم المتحدة والجامعة العربية كوفي أنان، الذي كان قد التقى الأسد في العاصمة السورية في التاسع من تموز/يوليو الجاري.""",
    entities=[
        E("damascus", "Place", ["دمشق", "العاصمة السورية"], "Damascus", qid="Q3766", sub="City", alt=["Organization"]),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("rajha", "Person", ["داود راجحة", "راجحة"], "Dawoud Rajiha"),
        E("shawkat", "Person", ["آصف شوكت"], "Assef Shawkat"),
        E("assad", "Person", ["بشار الأسد", "الأسد"], "Bashar al-Assad"),
        E("crisis_cell", "Organization", ["خلية إدارة الأزمة", "خلية الأزمة"], "Crisis Cell (Syria)",
          sub="GovernmentBody"),
        E("turkmani", "Person", ["حسن تركماني"], "Hasan Turkmani"),
        E("nsb", "Place", ["مبنى الأمن القومي"], "National Security Bureau building"),
        E("rawda", "Place", ["حي الروضة"], "al-Rawda", sub="City"),
        E("fsa", "Organization", ["الجيش السوري الحر", "الجيش الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("liwa", "Organization", ["لواء الإسلام"], "Liwa al-Islam", sub="ArmedGroup"),
        E("hamawi", "Person", ["نزار عبد الكريم الحموي"], "Nizar Abd al-Karim al-Hamawi"),
        E("alarabiya", "Organization", ["العربية"], "Al Arabiya", sub="MediaOrganization", opt=True),
        E("gen_command", "Organization", ["القيادة العامة للجيش والقوات المسلحة"],
          "General Command of the Army and Armed Forces (Syria)", sub="ArmedForce"),
        E("sheikh", "Person", ["سليم حامد الشيخ"], "Salim Hamid al-Sheikh"),
        E("midan", "Place", ["الميدان"], "al-Midan", sub="City"),
        E("tadamon", "Place", ["التضامن"], "al-Tadamon", sub="City"),
        E("kafrsouseh", "Place", ["كفرسوسة"], "Kafr Sousa", sub="City"),
        E("lcc", "Organization", ["لجان التنسيق المحلية"], "Local Coordination Committees of Syria"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("new_york", "Place", ["نيويورك"], "New York City", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "United Nations Security Council"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("arab_league", "Organization", ["الجامعة العربية"], "Arab League"),
        E("annan", "Person", ["كوفي أنان"], "Kofi Annan"),
    ],
    relations=[
        R("positionIn", "rajha", "syria"),
        R("positionIn", "shawkat", "syria", opt=True),
        R("leaderOf", "assad", "syria", opt=True),
        R("leaderOf", "turkmani", "crisis_cell"),
        R("locatedIn", "nsb", "rawda"),
        R("locatedIn", "rawda", "damascus"),
        R("locatedIn", "nsb", "damascus", opt=True),
        R("spokespersonOf", "hamawi", "fsa"),
        R("positionIn", "sheikh", "syria"),
        R("locatedIn", "midan", "damascus"),
        R("locatedIn", "tadamon", "damascus"),
        R("locatedIn", "kafrsouseh", "damascus"),
        R("positionIn", "annan", "un"),
        R("positionIn", "annan", "arab_league"),
        R("partOf", "unsc", "un", opt=True),
    ],
    events=[
        # yesterday's bombing of the National Security building, claimed by both the FSA and Liwa al-Islam
        V("Attack", agent=[["fsa", "liwa"]], target=["crisis_cell"], place=[["nsb", "rawda", "damascus"]],
          date="2012-07-18", trigger="تفجير"),
        V("Killing", agent=[["fsa", "liwa"]], target=["rajha", "shawkat", "turkmani"],
          place=[["nsb", "rawda", "damascus"]], date="2012-07-18", trigger="قُتل"),
        V("Attack", opt=True, agent=["fsa", "liwa"]),
        V("Killing", opt=True, agent=["fsa", "liwa"]),
        # the "Damascus volcano" fighting, in its fourth day yesterday
        V("MilitaryOperation", agent=["fsa"], place=["damascus"], date="2012-07-15", name="البركان",
          trigger="البركان"),
        V("MilitaryOperation", opt=True, place=["midan", "tadamon", "kafrsouseh"]),
        V("Attack", opt=True, agent=["fsa"], place=["midan", "tadamon", "kafrsouseh"], date="2012-07"),
        V("Killing", place=["syria"], date="2012-07-18", trigger="مقتل"),
        V("Killing", opt=True, place=["damascus"]),
        V("Meeting", agent=["annan", "assad"], place=["damascus"], date="2012-07-09", trigger="التقى"),
        V("Visit", opt=True, agent=["annan"], place=["damascus"], date="2012-07-09"),
    ],
))

# ---------------------------------------------------------------- Kuwait, the Abdali arms cache (2015-08-14, a Friday)
DOCS.append(dict(
    id="t1-kw-abdali", published="2015-08-14",
    text="""الكويت - «القبس»، كونا: أعلنت وزارة الداخلية الكويتية، أمس الخميس، ضبط "ترسانة" من الأسلحة والذخائر والمتفجرات مخبأة في حفرة عميقة داخل مزرعة بمنطقة العبدلي قرب الحدود مع العراق وفي منزل بمنطقة الرميثية، واعتقال ثلاثة مواطنين "ينتمون إلى خلية إرهابية"، في ما وصفته بأنه أكبر كمية أسلحة تُضبط في تاريخ البلاد.

وقال بيان للوزارة إن الأجهزة الأمنية "رصدت تحركات المتهمين منذ أشهر"، وإن المضبوطات شملت "19 ألف كيلوغرام من الذخيرة و144 كيلوغراما من المتفجرات و68 قطعة سلاح و204 قنابل يدوية"، مضيفا أن أحد المعتقلين، ويدعى حسن عبد الهادي الموسوي، "اعترف بأنه تلقى تدريبات عسكرية في لبنان".

ونقلت صحيفة "القبس" عن مصادر أمنية قولها إن التحقيقات "تشير إلى صلة المتهمين بحزب الله اللبناني"، وإن أحدهم "أقر بأنه زار إيران عدة مرات والتقى ضباطا في الحرس الثوري"، في حين نفى "حزب الله" في بيان أي علاقة له بالقضية، معتبرا أنها "اتهامات ملفقة لا أساس لها".

وطالب رئيس مجلس الأمة مرزوق الغانم الحكومة بـ"كشف كل الحقائق للرأي العام"، فيما أكد النائب الأول لرئيس مجلس الوزراء وزير الداخلية، في تصريح للصحافيين، أن الكويت "لن تكون ساحة لتصفية الحسابات الإقليمية".

واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح، أمس، في قصر بيان، رئيس جهاز أمن الدولة اللواء فهد ناصر العنزي، الذي أطلعه على "نتائج التحقيقات الأولية" في القضية، بحسب ما أفادت وكالة الأنباء الكويتية (كونا).
ويأتي ذلك بعد أقل من شهرين على التفجير الانتحاري الذي استهدف مسجد الإمام الصادق في 26 حزيران/يونيو الماضي، وتبناه تنظيم "الدولة الإسلامية"، وأسفر عن مقتل 27 مصليا.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("qabas", "Organization", ["القبس"], "Al-Qabas", sub="MediaOrganization", opt=True),
        E("kuna", "Organization", ["كونا", "وكالة الأنباء الكويتية"], "Kuwait News Agency", sub="MediaOrganization",
          opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية", "الوزارة"], "Ministry of Interior (Kuwait)",
          sub="GovernmentBody"),
        E("abdali", "Place", ["منطقة العبدلي", "العبدلي"], "Abdali", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("rumaithiya", "Place", ["منطقة الرميثية", "الرميثية"], "Rumaithiya", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Kuwaiti security services", sub="GovernmentBody",
          opt=True),
        E("mousawi", "Person", ["حسن عبد الهادي الموسوي"], "Hasan Abd al-Hadi al-Musawi"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("assembly", "Organization", ["مجلس الأمة"], "National Assembly (Kuwait)", sub="GovernmentBody"),
        E("ghanim", "Person", ["مرزوق الغانم"], "Marzouq Al-Ghanim"),
        E("govt", "Organization", ["الحكومة"], "Government of Kuwait", sub="GovernmentBody", opt=True),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Kuwait)", sub="GovernmentBody",
          opt=True),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace"),
        E("ssd", "Organization", ["جهاز أمن الدولة"], "State Security Service (Kuwait)", sub="GovernmentBody"),
        E("anzi", "Person", ["فهد ناصر العنزي"], "Fahd Nasir al-Anzi"),
        E("mosque", "Place", ["مسجد الإمام الصادق"], "Imam al-Sadiq Mosque"),
        E("isis", "Organization", ["الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
    ],
    relations=[
        R("affiliatedWith", "mousawi", "hezbollah", opt=True),
        R("leaderOf", "ghanim", "assembly"),
        R("leaderOf", "sabah", "kuwait"),
        R("leaderOf", "anzi", "ssd"),
        R("locatedIn", "abdali", "kuwait", opt=True),
        R("locatedIn", "mosque", "kuwait", opt=True),
    ],
    events=[
        # the arrests announced on Thursday (one of the three named)
        V("Arrest", agent=["moi"], target=["mousawi"], date="2015-08", trigger="اعتقال"),
        V("Arrest", opt=True, agent=["security"], place=["abdali", "rumaithiya"], date="2015-08-13"),
        V("Meeting", agent=["sabah", "anzi"], place=["bayan"], date="2015-08-13", trigger="استقبل"),
        # the mosque bombing of 26 June, claimed by IS
        V("Attack", agent=["isis"], place=["mosque"], date="2015-06-26", trigger="التفجير الانتحاري"),
        V("Killing", agent=["isis"], place=["mosque"], date="2015-06-26", trigger="مقتل"),
        V("Attack", opt=True, target=["mosque"]),
        V("Visit", opt=True, place=["iran"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Mount Sinjar (2014-08-10, a Sunday)
DOCS.append(dict(
    id="t1-iq-sinjar", published="2014-08-10",
    text="""أربيل، واشنطن - أ ف ب، رويترز: شنت القوات الأميركية، أمس السبت، بطائرات حربية وأخرى من دون طيار، أربع غارات على مواقع لتنظيم "الدولة الإسلامية" قرب جبل سنجار في شمال العراق، حيث يحاصر مسلحو التنظيم آلاف الأيزيديين الفارين منذ سيطرته على مدينة سنجار في الثالث من آب/أغسطس الجاري، وفق ما أعلنت القيادة المركزية الأميركية.

وكان الرئيس الأميركي باراك أوباما قد أجاز، مساء الخميس، توجيه "ضربات محددة الأهداف" لحماية الموظفين الأميركيين في أربيل، عاصمة إقليم كردستان، ولمساعدة المدنيين المحاصرين على الجبل، مؤكدا في الوقت نفسه أن الولايات المتحدة "لن ترسل قوات برية للقتال في العراق مجددا".

ونقلت وكالة "رويترز" عن المتحدث باسم وزارة البيشمركة في حكومة إقليم كردستان، العميد كاوه عمر رشيد، قوله إن قوات البيشمركة "استعادت السيطرة على بلدتي مخمور والكوير" جنوب غربي أربيل بعد الغارات، مشيرا إلى أن "المعركة مع داعش ستكون طويلة".

وقال النائب في البرلمان العراقي خيري سليمان حسو إن "أكثر من 500 أيزيدي قُتلوا على يد مسلحي التنظيم في قضاء سنجار، وخُطفت مئات النساء والأطفال"، مطالبا المجتمع الدولي بـ"فتح ممر آمن" لإجلاء العالقين على الجبل قبل أن "يموتوا عطشا".

ووصل وزير الخارجية الفرنسي لوران فابيوس إلى بغداد، أمس، في زيارة لم يُعلن عنها مسبقا، حيث التقى الرئيس العراقي فؤاد معصوم، قبل أن ينتقل إلى أربيل للقاء رئيس إقليم كردستان مسعود بارزاني، في وقت يتمسك فيه رئيس الوزراء نوري المالكي بالترشح لولاية ثالثة رغم الضغوط الداخلية والخارجية.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("us_forces", "Organization", ["القوات الأميركية"], "United States Armed Forces", sub="ArmedForce"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("mt_sinjar", "Place", ["جبل سنجار", "الجبل"], "Mount Sinjar", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("sinjar_city", "Place", ["مدينة سنجار"], "Sinjar", sub="City"),
        E("centcom", "Organization", ["القيادة المركزية الأميركية"], "United States Central Command", sub="ArmedForce"),
        E("obama", "Person", ["باراك أوباما"], "Barack Obama", qid="Q76"),
        E("krg", "Place", ["إقليم كردستان"], "Kurdistan Region", sub="Region"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("mope", "Organization", ["وزارة البيشمركة"], "Ministry of Peshmerga Affairs", sub="GovernmentBody"),
        E("krg_govt", "Organization", ["حكومة إقليم كردستان"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("rashid", "Person", ["كاوه عمر رشيد"], "Kawa Umar Rashid"),
        E("peshmerga", "Organization", ["قوات البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("makhmur", "Place", ["مخمور"], "Makhmur", sub="City"),
        E("gwer", "Place", ["الكوير"], "Gwer", sub="City"),
        E("parliament", "Organization", ["البرلمان العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("hasso", "Person", ["خيري سليمان حسو"], "Khayri Sulayman Hasso"),
        E("sinjar_dist", "Place", ["قضاء سنجار"], "Sinjar District", sub="Region"),
        E("fabius", "Person", ["لوران فابيوس"], "Laurent Fabius"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("masum", "Person", ["فؤاد معصوم"], "Fuad Masum"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
        E("maliki", "Person", ["نوري المالكي"], "Nouri al-Maliki"),
    ],
    relations=[
        R("locatedIn", "mt_sinjar", "iraq"),
        R("locatedIn", "erbil", "krg"),
        R("leaderOf", "obama", "us"),
        R("spokespersonOf", "rashid", "mope"),
        R("partOf", "mope", "krg_govt"),
        R("partOf", "peshmerga", "mope", opt=True),
        R("memberOf", "hasso", "parliament"),
        R("leaderOf", "masum", "iraq"),
        R("leaderOf", "barzani", "krg"),
        R("positionIn", "maliki", "iraq", opt=True),
        R("partOf", "us_forces", "centcom", opt=True),
    ],
    events=[
        # Saturday's four US strikes near Mount Sinjar (announced by CENTCOM)
        V("Strike", agent=["us_forces"], target=["isis"], place=[["mt_sinjar", "iraq"]], date="2014-08-09",
          trigger="غارات"),
        # IS's capture of Sinjar on 3 August
        V("Attack", opt=True, agent=["isis"], place=["sinjar_city"], date="2014-08-03"),
        # the Peshmerga retake Makhmur and Gwer
        V("Attack", opt=True, agent=["peshmerga"], target=["isis"], place=["makhmur", "gwer"], date="2014-08"),
        # the killings and abductions of Yazidis in Sinjar district
        V("Killing", agent=["isis"], place=["sinjar_dist"], trigger="قُتلوا"),
        V("Killing", opt=True, date="2014-08"),
        V("Arrest", opt=True, agent=["isis"], place=["sinjar_dist"], date="2014-08"),
        V("Visit", agent=["fabius"], place=["baghdad"], date="2014-08-09", trigger="وصل"),
        V("Meeting", agent=["fabius", "masum"], place=["baghdad"], date="2014-08-09", trigger="التقى"),
        V("Visit", agent=["fabius"], place=["erbil"], date="2014-08-09", trigger="ينتقل"),
        V("Meeting", agent=["fabius", "barzani"], place=["erbil"], date="2014-08-09", trigger="للقاء"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, the Abha mosque bombing (2015-08-07, a Friday)
DOCS.append(dict(
    id="t1-sa-abha", published="2015-08-07",
    text="""الرياض - «الحياة»: قُتل 15 شخصا، بينهم 12 من منسوبي قوات الطوارئ الخاصة، وأصيب تسعة آخرون، ظهر أمس الخميس، في تفجير انتحاري استهدف مسجدا داخل مقر لقوات الطوارئ في مدينة أبها جنوب غربي السعودية أثناء أداء صلاة الظهر، وفق ما أعلن المتحدث الأمني لوزارة الداخلية اللواء فيصل سعد المالكي.

وتبنى تنظيم "الدولة الإسلامية" الهجوم في بيان حمل توقيع "ولاية الحجاز"، نشرته حسابات مؤيدة له على مواقع التواصل، وذكر فيه أن منفذ الهجوم يدعى "أبو سنان النجدي"، متوعدا بـ"المزيد من العمليات ضد المرتدين".

وأعلنت الوزارة، في وقت لاحق، أن الانتحاري، الذي كناه التنظيم بـ"أبو سنان النجدي"، سعودي يدعى عبد العزيز ناصر الهاجري، "وهو من المطلوبين للأجهزة الأمنية في قضايا تتعلق بالانتماء إلى التنظيم"، مشيرة إلى أنه "ارتدى زيا عسكريا للتمويه"، على حد تعبير البيان.

وكانت الوزارة قد أعلنت في 18 تموز/يوليو الماضي القبض على 431 شخصا يُشتبه بانتمائهم إلى خلايا مرتبطة بـ"داعش"، قالت إنهم كانوا يخططون لهجمات على مساجد ومقار أمنية في مناطق مختلفة من المملكة.

وتفقد ولي العهد السعودي وزير الداخلية الأمير محمد بن نايف، مساء أمس، المصابين في مستشفى عسير المركزي بأبها، والتقى أمير منطقة عسير وقادة الأجهزة الأمنية، مؤكدا أن "يد العدالة ستطال كل من يقف وراء هذه الجريمة".
وكان مسجد في بلدة القديح بمحافظة القطيف قد تعرض في 22 أيار/مايو الماضي لهجوم انتحاري تبناه التنظيم أيضا، وأسفر عن مقتل 21 مصليا.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("sef", "Organization", ["قوات الطوارئ الخاصة", "قوات الطوارئ"], "Special Emergency Forces (Saudi Arabia)",
          sub="ArmedForce"),
        E("abha", "Place", ["مدينة أبها", "أبها"], "Abha", sub="City"),
        E("saudi", "Place", ["السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("moi", "Organization", ["وزارة الداخلية", "الوزارة"], "Ministry of Interior (Saudi Arabia)",
          sub="GovernmentBody"),
        E("maliki", "Person", ["فيصل سعد المالكي"], "Faisal Saad al-Maliki"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("hijaz", "Organization", ["ولاية الحجاز"], "Islamic State – Hijaz Province", sub="ArmedGroup"),
        E("hajri", "Person", ["عبد العزيز ناصر الهاجري", "أبو سنان النجدي"], "Abd al-Aziz Nasir al-Hajri"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Saudi security services", sub="GovernmentBody", opt=True),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("hospital", "Place", ["مستشفى عسير المركزي"], "Asir Central Hospital"),
        E("asir", "Place", ["منطقة عسير"], "Asir Province", sub="Region"),
        E("qudeih", "Place", ["بلدة القديح", "القديح"], "al-Qudayh", sub="City"),
        E("qatif", "Place", ["محافظة القطيف", "القطيف"], "Qatif Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "abha", "saudi"),
        R("spokespersonOf", "maliki", "moi"),
        R("partOf", "hijaz", "isis"),
        R("memberOf", "hajri", "isis", opt=True),
        R("positionIn", "mbn", "saudi"),
        R("leaderOf", "mbn", "moi", opt=True),
        R("locatedIn", "hospital", "abha"),
        R("locatedIn", "qudeih", "qatif"),
        R("partOf", "sef", "moi", opt=True),
    ],
    events=[
        # yesterday's suicide bombing of the mosque in the emergency forces' headquarters in Abha, claimed by IS
        V("Attack", agent=["isis"], target=["sef"], place=[["abha", "saudi"]], date="2015-08-06",
          trigger="تفجير انتحاري"),
        V("Killing", agent=["isis"], target=["sef"], place=[["abha", "saudi"]], date="2015-08-06", trigger="قُتل"),
        V("Attack", opt=True, agent=["hijaz", "hajri"]),
        V("Killing", opt=True, agent=["hijaz", "hajri"]),
        # the 431 arrests announced on 18 July
        V("Arrest", agent=["moi"], trigger="القبض"),
        V("Arrest", opt=True, date="2015-07"),
        V("Visit", agent=["mbn"], place=[["hospital", "abha"]], date="2015-08-06", trigger="تفقد"),
        V("Meeting", opt=True, agent=["mbn"], place=["abha"], date="2015-08-06"),
        # the Qudeih mosque bombing of 22 May, claimed by IS
        V("Attack", agent=["isis"], place=[["qudeih", "qatif"]], date="2015-05-22", trigger="هجوم انتحاري"),
        V("Killing", agent=["isis"], place=[["qudeih", "qatif"]], date="2015-05-22", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, the Tripoli mosque bombings (2013-08-24, a Saturday)
DOCS.append(dict(
    id="t1-lb-tripoli", published="2013-08-24",
    text="""طرابلس (شمال لبنان) - «المستقبل»: قُتل 42 شخصا على الأقل وجُرح أكثر من 500 آخرين، أمس الجمعة، في انفجار سيارتين مفخختين استهدفتا مسجد التقوى في حي الزاهرية ومسجد السلام في منطقة الميناء بمدينة طرابلس، لحظة خروج المصلين من صلاة الجمعة، في أعنف تفجير تشهده المدينة منذ نهاية الحرب الأهلية عام 1990.

وكان إمام مسجد التقوى الشيخ عمر سالم الخطيب، المعروف بمواقفه المؤيدة للمعارضة السورية، داخل المسجد لحظة الانفجار ونجا منه، وقال في كلمة بعد ساعات إن "من فجّر بيوت الله أراد إشعال فتنة مذهبية في المدينة"، متهما "النظام السوري وحلفاءه في لبنان" بالوقوف وراء التفجيرين.

ونقلت الوكالة الوطنية للإعلام عن مصدر قضائي قوله إن "كاميرات المراقبة رصدت السيارتين قبل دقائق من الانفجار"، وإن شعبة المعلومات في قوى الأمن الداخلي "تتعقب شخصين يُشتبه بأنهما ركناهما أمام المسجدين".

وأعلنت قيادة الجيش، في بيان مساء أمس، توقيف شخص يدعى خالد حسن الدندشي للاشتباه في صلته بالتفجيرين، بعد دهم منزله في بلدة ببنين في عكار، فيما انتشرت وحدات الجيش اللبناني في شوارع طرابلس ومداخلها تحسبا لأي ردود فعل.

وأعلن رئيس حكومة تصريف الأعمال نجيب ميقاتي، ابن طرابلس، الحداد الرسمي اليوم، وزار موقعي التفجيرين مساء أمس، حيث التقى مفتي طرابلس والشمال وعددا من نواب المدينة، مؤكدا أن "طرابلس لن تنجر إلى الفتنة".
ويأتي التفجيران بعد ثمانية أيام على انفجار سيارة مفخخة في منطقة الرويس في الضاحية الجنوبية لبيروت، معقل "حزب الله"، أسفر عن مقتل 27 شخصا، وتبنته مجموعة مجهولة تطلق على نفسها اسم "سرايا عائشة أم المؤمنين".""",
    entities=[
        E("tripoli", "Place", ["مدينة طرابلس", "طرابلس", "المدينة"], "Tripoli (Lebanon)", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("almustaqbal", "Organization", ["المستقبل"], "Al-Mustaqbal", sub="MediaOrganization", opt=True),
        E("taqwa", "Place", ["مسجد التقوى"], "al-Taqwa Mosque (Tripoli)"),
        E("zahriyeh", "Place", ["حي الزاهرية"], "al-Zahriyeh", sub="City"),
        E("salam", "Place", ["مسجد السلام"], "al-Salam Mosque (Tripoli)"),
        E("mina", "Place", ["منطقة الميناء"], "El Mina", sub="City"),
        E("khatib", "Person", ["عمر سالم الخطيب"], "Umar Salim al-Khatib"),
        E("regime", "Organization", ["النظام السوري"], "Syrian government", sub="GovernmentBody"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("info_branch", "Organization", ["شعبة المعلومات"], "Information Branch (ISF)", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces (Lebanon)", sub="GovernmentBody"),
        E("leb_army", "Organization", ["الجيش اللبناني", "قيادة الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("dandashi", "Person", ["خالد حسن الدندشي"], "Khalid Hasan al-Dandashi"),
        E("bebnine", "Place", ["بلدة ببنين", "ببنين"], "Bebnine", sub="City"),
        E("akkar", "Place", ["عكار"], "Akkar", sub="Region"),
        E("mikati", "Person", ["نجيب ميقاتي"], "Najib Mikati"),
        E("ruwais", "Place", ["منطقة الرويس"], "al-Ruwais", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت"], "Dahieh", sub="Region"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("aisha", "Organization", ["سرايا عائشة أم المؤمنين"], "Saraya Aisha Umm al-Muminin", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "taqwa", "zahriyeh"),
        R("locatedIn", "salam", "mina"),
        R("locatedIn", "mina", "tripoli"),
        R("locatedIn", "zahriyeh", "tripoli", opt=True),
        R("locatedIn", "tripoli", "lebanon"),
        R("positionIn", "khatib", "taqwa"),
        R("leaderOf", "khatib", "taqwa", opt=True),
        R("partOf", "info_branch", "isf"),
        R("locatedIn", "bebnine", "akkar"),
        R("locatedIn", "ruwais", "dahiyeh"),
    ],
    events=[
        # yesterday's two car bombs at the mosques, unclaimed; the imam blames the Syrian regime
        V("Attack", target=["taqwa", "salam"], place=[["taqwa", "zahriyeh", "tripoli"], ["salam", "mina", "tripoli"]],
          date="2013-08-23", trigger="انفجار سيارتين مفخختين"),
        V("Killing", place=[["taqwa", "zahriyeh", "tripoli"], ["salam", "mina", "tripoli"]], date="2013-08-23",
          trigger="قُتل"),
        V("Attack", opt=True, agent=["regime"]),
        V("Killing", opt=True, agent=["regime"]),
        V("Arrest", agent=["leb_army"], target=["dandashi"], place=[["bebnine", "akkar"]], date="2013-08",
          trigger="توقيف"),
        V("Arrest", opt=True, date="2013-08-23"),
        V("Visit", agent=["mikati"], place=["tripoli"], date="2013-08-23", trigger="زار"),
        V("Meeting", opt=True, agent=["mikati"], place=["tripoli"], date="2013-08-23"),
        # the Ruwais car bomb eight days earlier, claimed by "Saraya Aisha"
        V("Attack", agent=["aisha"], place=[["ruwais", "dahiyeh"]], date="2013-08-15", trigger="انفجار سيارة مفخخة"),
        V("Killing", agent=["aisha"], place=[["ruwais", "dahiyeh"]], date="2013-08-15", trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Syria, Raqqa declared taken (2017-10-21, a Saturday)
DOCS.append(dict(
    id="t1-sy-raqqa", published="2017-10-21",
    text="""الرقة (سوريا) - «الشرق الأوسط»: أعلنت "قوات سوريا الديمقراطية" (قسد)، أمس الجمعة، "تحرير" مدينة الرقة، أبرز معاقل تنظيم "داعش" في سوريا، بعد أكثر من أربعة أشهر على اقتحامها المدينة في السادس من حزيران/يونيو الماضي، بدعم من التحالف الدولي بقيادة الولايات المتحدة، وذلك في احتفال أقيم في الملعب البلدي وسط المدينة، الذي كان التنظيم يستخدمه سجنا.

وقال المتحدث باسم "قسد"، آزاد محمود شيخو، في البيان الذي تُلي خلال الاحتفال، إن "المدينة ستُسلم إلى مجلس الرقة المدني"، وإن حمايتها "ستكون مسؤولية قوات أمن محلية من أبنائها".

وكانت "قسد" قد أعلنت، الثلاثاء، السيطرة على المستشفى الوطني، آخر معاقل التنظيم في المدينة، بعد معارك قُتل فيها 22 مسلحا أجنبيا رفضوا الاستسلام، في حين خرج نحو 275 مسلحا من أبناء المنطقة مع عائلاتهم بموجب اتفاق رعاه وجهاء عشائر ومجلس الرقة المدني.

ونقلت وكالة "رويترز" عن المتحدث باسم التحالف الدولي، العقيد جيمس ماكارثي، قوله إن "أقل من مئة من مقاتلي داعش ما زالوا متحصنين في جيوب صغيرة"، مشيرا إلى أن طائرات التحالف "نفذت أكثر من 4 آلاف غارة على الرقة منذ حزيران/يونيو".

ووصل المبعوث الأميركي الخاص للتحالف الدولي بريت ماكغورك، الأربعاء، إلى بلدة عين عيسى شمال الرقة، حيث التقى أعضاء في مجلس الرقة المدني وبحث معهم "خطط إعادة الاستقرار وإزالة الألغام"، فيما قال المرصد السوري لحقوق الإنسان إن أكثر من 1100 مدني قُتلوا في المدينة منذ بدء الهجوم، معظمهم في غارات التحالف.
في المقابل، اعتبرت دمشق أن "تحرير الرقة لا يكون إلا بدخول الجيش العربي السوري إليها".""",
    entities=[
        E("raqqa", "Place", ["مدينة الرقة", "الرقة", "المدينة"], "Raqqa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("stadium", "Place", ["الملعب البلدي"], "Raqqa municipal stadium"),
        E("sheikho", "Person", ["آزاد محمود شيخو"], "Azad Mahmud Sheikho"),
        E("rcc", "Organization", ["مجلس الرقة المدني"], "Raqqa Civil Council", sub="GovernmentBody"),
        E("hospital", "Place", ["المستشفى الوطني"], "Raqqa National Hospital"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("mccarthy", "Person", ["جيمس ماكارثي"], "James McCarthy"),
        E("mcgurk", "Person", ["بريت ماكغورك"], "Brett McGurk"),
        E("ain_issa", "Place", ["بلدة عين عيسى", "عين عيسى"], "Ain Issa", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City", alt=["Organization"]),
        E("saa", "Organization", ["الجيش العربي السوري"], "Syrian Arab Army", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "raqqa", "syria", opt=True),
        R("leaderOf", "us", "coalition"),
        R("locatedIn", "stadium", "raqqa"),
        R("spokespersonOf", "sheikho", "sdf"),
        R("locatedIn", "hospital", "raqqa"),
        R("spokespersonOf", "mccarthy", "coalition"),
        R("positionIn", "mcgurk", "coalition"),
        R("positionIn", "mcgurk", "us", opt=True),
        R("locatedIn", "ain_issa", "raqqa", opt=True),
    ],
    events=[
        # the SDF's assault on Raqqa from 6 June; the city declared taken on Friday
        V("MilitaryOperation", agent=["sdf"], target=["isis"], place=["raqqa"], date="2017-06-06", trigger="اقتحامها"),
        V("MilitaryOperation", opt=True, agent=["coalition"]),
        V("Attack", opt=True, agent=["sdf"], target=["isis"], place=["raqqa"], date="2017-10"),
        # the last battles at the National Hospital, announced on Tuesday
        V("Killing", agent=["sdf"], target=["isis"], place=[["hospital", "raqqa"]], trigger="قُتل"),
        V("Killing", opt=True, date="2017-10"),
        V("Attack", opt=True, agent=["sdf"], target=["isis"], place=["hospital"], date="2017-10-17"),
        # the coalition's strikes on Raqqa since June
        V("Strike", agent=["coalition"], place=["raqqa"], trigger="غارة"),
        V("Strike", opt=True, target=["isis"], date="2017-06"),
        V("Visit", agent=["mcgurk"], place=["ain_issa"], date="2017-10-18", trigger="وصل"),
        V("Meeting", agent=["mcgurk"], place=["ain_issa"], date="2017-10-18", trigger="التقى"),
        V("Meeting", opt=True, agent=["rcc"]),
        # the civilians killed since the start of the offensive, most in coalition strikes
        V("Killing", place=["raqqa"], trigger="قُتلوا"),
        V("Killing", opt=True, agent=["coalition"], date="2017"),
    ],
))

# ---------------------------------------------------------------- Kuwait, the emir's Gulf tour (2017-06-08, a Thursday)
DOCS.append(dict(
    id="t1-kw-mediation", published="2017-06-08",
    text="""الكويت - «الراي»، كونا: اختتم أمير الكويت الشيخ صباح الأحمد الجابر الصباح، مساء أمس الأربعاء، جولة خليجية قادته إلى السعودية والإمارات وقطر، في إطار وساطة يقودها لاحتواء الأزمة التي اندلعت الاثنين الماضي بإعلان السعودية والإمارات والبحرين ومصر قطع علاقاتها الدبلوماسية مع الدوحة، متهمة إياها بـ"دعم الإرهاب".

وكان الأمير قد وصل، مساء الثلاثاء، إلى مدينة جدة، حيث استقبله العاهل السعودي الملك سلمان بن عبد العزيز في قصر السلام، وعقد الجانبان جلسة مباحثات حضرها ولي ولي العهد وزير الدفاع الأمير محمد بن سلمان، بحسب ما أفادت وكالة الأنباء السعودية (واس).

ثم توجه، أمس، إلى دبي، حيث التقى نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي الشيخ محمد بن راشد آل مكتوم، قبل أن ينتقل إلى الدوحة للقاء أمير قطر الشيخ تميم بن حمد آل ثاني، في زيارة استمرت ساعات.

ونقلت صحيفة "الراي" الكويتية عن مصدر دبلوماسي قوله إن الأمير "حمل إلى الدوحة رسالة واضحة مفادها أن المطلوب خطوات عملية لا بيانات"، وإن الجانب القطري "أبدى استعدادا للحوار من دون شروط مسبقة"، فيما قال وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، في مقابلة تلفزيونية، إن بلاده "لن تقبل أي وصاية على سياستها الخارجية".

وكان الرئيس الأميركي دونالد ترامب قد كتب في تغريدة، الثلاثاء، أن زيارته الأخيرة إلى الرياض "بدأت تؤتي ثمارها"، في إشارة إلى الإجراءات ضد قطر، قبل أن يعرض في اتصال هاتفي مع أمير قطر المساعدة في حل الأزمة، بحسب البيت الأبيض.
في غضون ذلك، أكدت وزارة الدفاع الأميركية (البنتاغون) أن العمليات في قاعدة العديد الجوية في قطر، التي تضم نحو 11 ألف عسكري أميركي، "لم تتأثر بالأزمة".""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country"),
        E("alrai", "Organization", ["الراي"], "Al-Rai", sub="MediaOrganization", opt=True),
        E("kuna", "Organization", ["كونا"], "Kuwait News Agency", sub="MediaOrganization", opt=True),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("uae", "Place", ["الإمارات", "دولة الإمارات"], "United Arab Emirates", qid="Q878", sub="Country",
          alt=["Organization"]),
        E("qatar", "Place", ["قطر"], "Qatar", qid="Q846", sub="Country"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country", alt=["Organization"]),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country", alt=["Organization"]),
        E("doha", "Place", ["الدوحة"], "Doha", sub="City", alt=["Organization"]),
        E("jeddah", "Place", ["مدينة جدة", "جدة"], "Jeddah", sub="City"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "Salman bin Abdulaziz"),
        E("salam_palace", "Place", ["قصر السلام"], "Al-Salam Palace (Jeddah)"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("dubai", "Place", ["دبي"], "Dubai", sub="City"),
        E("mbr", "Person", ["محمد بن راشد آل مكتوم"], "Mohammed bin Rashid Al Maktoum"),
        E("tamim", "Person", ["تميم بن حمد آل ثاني"], "Tamim bin Hamad Al Thani"),
        E("mbar", "Person", ["محمد بن عبد الرحمن آل ثاني"], "Mohammed bin Abdulrahman Al Thani"),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump", qid="Q22686"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("white_house", "Organization", ["البيت الأبيض"], "White House", alt=["Place"]),
        E("pentagon", "Organization", ["وزارة الدفاع الأميركية", "البنتاغون"], "United States Department of Defense",
          sub="GovernmentBody"),
        E("udeid", "Place", ["قاعدة العديد الجوية"], "Al Udeid Air Base"),
    ],
    relations=[
        R("leaderOf", "sabah", "kuwait"),
        R("leaderOf", "salman", "saudi"),
        R("locatedIn", "salam_palace", "jeddah", opt=True),
        R("positionIn", "mbs", "saudi", opt=True),
        R("positionIn", "mbr", "uae"),
        R("leaderOf", "mbr", "dubai"),
        R("leaderOf", "tamim", "qatar"),
        R("positionIn", "mbar", "qatar"),
        R("locatedIn", "udeid", "qatar"),
        R("locatedIn", "doha", "qatar", opt=True),
    ],
    events=[
        # the tour, ended yesterday evening
        V("Visit", agent=["sabah"], place=["saudi", "uae", "qatar"], date="2017-06", trigger="جولة"),
        V("Visit", agent=["sabah"], place=["jeddah"], date="2017-06-06", trigger="وصل"),
        V("Meeting", agent=["sabah", "salman", "mbs"], place=[["salam_palace", "jeddah"]], date="2017-06-06",
          trigger="استقبله"),
        V("Visit", agent=["sabah"], place=["dubai"], date="2017-06-07", trigger="توجه"),
        V("Meeting", agent=["sabah", "mbr"], place=["dubai"], date="2017-06-07", trigger="التقى"),
        V("Visit", agent=["sabah"], place=["doha"], date="2017-06-07", trigger="ينتقل"),
        V("Meeting", agent=["sabah", "tamim"], place=["doha"], date="2017-06-07", trigger="للقاء"),
        # Trump's recent visit to Riyadh (not dated in the text)
        V("Visit", agent=["trump"], place=["riyadh"], trigger="زيارته"),
    ],
))

# ---------------------------------------------------------------- Iraq, the Karrada bombing (2016-07-06, a Wednesday)
DOCS.append(dict(
    id="t1-iq-karrada", published="2016-07-06",
    text="""بغداد - «الحياة»: ارتفعت حصيلة ضحايا التفجير الانتحاري بشاحنة مفخخة الذي استهدف منطقة الكرادة التجارية وسط بغداد، فجر الأحد، إلى 292 قتيلا على الأقل، وفق ما أعلنت وزارة الصحة العراقية، أمس الثلاثاء، في أعنف هجوم يشهده العراق منذ الغزو الأميركي عام 2003.

وكان تنظيم "داعش" قد تبنى الهجوم في بيان قال فيه إن "أحد فرسان الخلافة" فجّر شاحنته "وسط تجمع للرافضة"، بينما كانت الشوارع مكتظة بالمتسوقين استعدادا لعيد الفطر.

وأعلن وزير الداخلية العراقي عباس حميد الزيدي، أمس، تقديم استقالته إلى رئيس الوزراء حيدر العبادي "احتجاجا على تضارب الصلاحيات بين الأجهزة الأمنية"، قائلا في مؤتمر صحافي إن الوزارة "لا تملك السيطرة الكاملة على أمن العاصمة".

وكان العبادي قد تفقد موقع التفجير صباح الأحد، حيث قوبل بغضب من الأهالي الذين رشقوا موكبه بالحجارة، وأمر في وقت لاحق بسحب أجهزة كشف المتفجرات المحمولة "غير الفعالة" من نقاط التفتيش، فيما نقلت وكالة "رويترز" عن مسؤول في الشرطة قوله إن الشاحنة "انطلقت من محافظة ديالى، وعبرت نقاط تفتيش عدة من دون أن تخضع للتفتيش".

وفي سياق متصل، أعلنت قيادة عمليات بغداد، أمس، اعتقال أربعة أشخاص يُشتبه بتورطهم في التفجير في منطقة الحسينية شمال بغداد، فيما قُتل خمسة أشخاص وأصيب 20 آخرون، مساء الاثنين، في تفجير انتحاري قرب مرقد السيد محمد في قضاء بلد بمحافظة صلاح الدين، تبناه التنظيم أيضا.""",
    entities=[
        E("baghdad", "Place", ["بغداد", "العاصمة"], "Baghdad", qid="Q1530", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("karrada", "Place", ["منطقة الكرادة"], "Karrada", sub="City"),
        E("health", "Organization", ["وزارة الصحة العراقية"], "Ministry of Health (Iraq)", sub="GovernmentBody"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("zaidi", "Person", ["عباس حميد الزيدي"], "Abbas Hamid al-Zaidi"),
        E("moi", "Organization", ["الوزارة"], "Ministry of Interior (Iraq)", sub="GovernmentBody"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("diyala", "Place", ["محافظة ديالى"], "Diyala Governorate", sub="Region"),
        E("boc", "Organization", ["قيادة عمليات بغداد"], "Baghdad Operations Command", sub="ArmedForce"),
        E("husseiniya", "Place", ["منطقة الحسينية"], "al-Husseiniya", sub="City"),
        E("shrine", "Place", ["مرقد السيد محمد"], "Shrine of Sayyid Muhammad"),
        E("balad", "Place", ["قضاء بلد"], "Balad District", sub="Region"),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "karrada", "baghdad"),
        R("positionIn", "zaidi", "iraq"),
        R("leaderOf", "zaidi", "moi", opt=True),
        R("positionIn", "abadi", "iraq", opt=True),
        R("locatedIn", "husseiniya", "baghdad", opt=True),
        R("locatedIn", "shrine", "balad"),
        R("locatedIn", "balad", "salahuddin"),
        R("locatedIn", "shrine", "salahuddin", opt=True),
    ],
    events=[
        # Sunday's truck bomb in Karrada, claimed by IS
        V("Attack", agent=["isis"], place=[["karrada", "baghdad"]], date="2016-07-03", trigger="التفجير الانتحاري"),
        V("Killing", agent=["isis"], place=[["karrada", "baghdad"]], date="2016-07-03", trigger="قتيلا"),
        V("Visit", agent=["abadi"], place=[["karrada", "baghdad"]], date="2016-07-03", trigger="تفقد"),
        # the arrests announced yesterday by the Baghdad Operations Command
        V("Arrest", agent=["boc"], place=["husseiniya"], date="2016-07", trigger="اعتقال"),
        V("Arrest", opt=True, date="2016-07-05"),
        # Monday evening's suicide bombing near the shrine in Balad, claimed by IS
        V("Attack", agent=["isis"], place=[["shrine", "balad", "salahuddin"]], date="2016-07-04",
          trigger="تفجير انتحاري"),
        V("Killing", agent=["isis"], place=[["shrine", "balad", "salahuddin"]], date="2016-07-04", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Jordan, Fuheis and Salt (2018-08-13, a Monday)
DOCS.append(dict(
    id="t1-jo-salt", published="2018-08-13",
    text="""عمّان - «الغد»: أعلنت الحكومة الأردنية، أمس الأحد، ارتفاع حصيلة قتلى المداهمة التي نفذتها قوات الدرك ودائرة المخابرات العامة، مساء السبت، لمبنى تحصنت فيه "خلية إرهابية" في مدينة السلط غرب العاصمة عمّان، إلى أربعة من رجال الأمن، بعد أن فجّر أفراد الخلية المبنى، فيما قُتل ثلاثة من المشتبه بهم واعتُقل خمسة آخرون.

وقالت الناطقة باسم الحكومة، وزيرة الدولة لشؤون الإعلام هالة عبد الله الرواشدة، إن الخلية نفسها "مسؤولة عن تفجير عبوة ناسفة زُرعت أسفل مركبة أمنية، مساء الجمعة، في مدينة الفحيص قرب موقع المهرجان السنوي"، ما أدى إلى مقتل رقيب في قوات الدرك وإصابة ستة من زملائه.

ونقلت صحيفة "الغد" عن مصدر أمني قوله إن أفراد الخلية "يحملون الفكر التكفيري ومؤيدون لتنظيم داعش"، لكنهم "لم يرتبطوا تنظيميا بأي جهة خارجية"، مضيفا أن "القوات ضبطت في المبنى كميات من المتفجرات والأسلحة كانت معدة لاستهداف مواقع أمنية وتجمعات شعبية".

وقالت مصادر محلية في السلط إن من بين المعتقلين شابا يدعى أنس ماجد الحياري، اعتُقل خلال المداهمة بعد إصابته بجروح، في حين كانت الأجهزة الأمنية قد اعتقلت شقيقه قبل يومين في مدينة الزرقاء.

وكان رئيس الوزراء الأردني عمر الرزاز قد زار، مساء السبت، موقع المداهمة في السلط، فيما زار العاهل الأردني الملك عبد الله الثاني، أمس، مستشفى الأمير حمزة في عمّان، حيث اطمأن على المصابين من رجال الأمن، مؤكدا أن "الإرهاب لن ينال من عزيمة الأردنيين".
وتعد هذه أعنف مواجهة بين قوات الأمن ومسلحين في الأردن منذ هجوم قلعة الكرك في كانون الأول/ديسمبر 2016، الذي تبناه "داعش" وقُتل فيه عشرة أشخاص.""",
    entities=[
        E("amman", "Place", ["عمّان", "العاصمة"], "Amman", qid="Q3805", sub="City"),
        E("alghad", "Organization", ["الغد"], "Al-Ghad", sub="MediaOrganization", opt=True),
        E("govt", "Organization", ["الحكومة الأردنية", "الحكومة"], "Government of Jordan", sub="GovernmentBody"),
        E("darak", "Organization", ["قوات الدرك"], "Gendarmerie (Jordan)", sub="ArmedForce"),
        E("gid", "Organization", ["دائرة المخابرات العامة"], "General Intelligence Directorate (Jordan)",
          sub="GovernmentBody"),
        E("salt", "Place", ["مدينة السلط", "السلط"], "Salt", sub="City"),
        E("rawashdeh", "Person", ["هالة عبد الله الرواشدة"], "Hala Abdullah al-Rawashdeh"),
        E("fuheis", "Place", ["مدينة الفحيص"], "Fuheis", sub="City"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("hiyari", "Person", ["أنس ماجد الحياري"], "Anas Majid al-Hiyari"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("zarqa", "Place", ["مدينة الزرقاء"], "Zarqa", sub="City"),
        E("razzaz", "Person", ["عمر الرزاز"], "Omar Razzaz"),
        E("jordan", "Place", ["الأردن"], "Jordan", qid="Q810", sub="Country"),
        E("abdullah", "Person", ["عبد الله الثاني"], "Abdullah II"),
        E("hospital", "Place", ["مستشفى الأمير حمزة"], "Prince Hamzah Hospital"),
        E("castle", "Place", ["قلعة الكرك"], "Karak Castle"),
    ],
    relations=[
        R("spokespersonOf", "rawashdeh", "govt"),
        R("positionIn", "rawashdeh", "govt", opt=True),
        R("positionIn", "razzaz", "jordan"),
        R("leaderOf", "razzaz", "govt", opt=True),
        R("leaderOf", "abdullah", "jordan"),
        R("locatedIn", "hospital", "amman"),
    ],
    events=[
        # Saturday evening's raid on the cell's building in Salt; the cell blew it up, four security men killed
        V("Attack", opt=True, agent=["darak", "gid"], place=["salt"], date="2018-08-11"),
        V("Attack", place=["salt"], date="2018-08-11", trigger="فجّر"),
        V("Attack", opt=True, target=["darak", "gid"]),
        V("Killing", place=["salt"], date="2018-08-11", trigger="قتلى"),
        V("Killing", opt=True, target=["darak"]),
        V("Arrest", target=["hiyari"], place=["salt"], date="2018-08-11", trigger="اعتُقل"),
        V("Arrest", opt=True, agent=["darak", "gid"]),
        V("Arrest", opt=True, agent=["security"], place=["zarqa"], date="2018-08"),
        # Friday evening's roadside bomb in Fuheis, by the same (unnamed) cell
        V("Attack", target=["darak"], place=["fuheis"], date="2018-08-10", trigger="تفجير عبوة ناسفة"),
        V("Killing", target=["darak"], place=["fuheis"], date="2018-08-10", trigger="مقتل"),
        V("Visit", agent=["razzaz"], place=["salt"], date="2018-08-11", trigger="زار"),
        V("Visit", agent=["abdullah"], place=[["hospital", "amman"]], date="2018-08-12", trigger="زار"),
        # the Karak castle attack of December 2016, claimed by IS
        V("Attack", agent=["isis"], place=["castle"], date="2016-12", trigger="هجوم"),
        V("Killing", agent=["isis"], place=["castle"], date="2016-12", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- UAE, the Houthi attack on Abu Dhabi (2022-01-18, a Tuesday)
DOCS.append(dict(
    id="t1-ae-abudhabi", published="2022-01-18",
    text="""أبوظبي - «البيان»، وام: قُتل ثلاثة أشخاص، هم هنديان وباكستاني، وأصيب ستة آخرون، أمس الاثنين، في انفجار ثلاث صهاريج لنقل المحروقات في منطقة مصفح الصناعية قرب خزانات شركة بترول أبوظبي الوطنية (أدنوك)، بالتزامن مع اندلاع حريق محدود في منطقة الإنشاءات الجديدة بمطار أبوظبي الدولي، وفق ما أعلنت شرطة أبوظبي، التي رجحت أن يكون الحادثان ناجمين عن "أجسام طائرة صغيرة يحتمل أن تعود لطائرات مسيرة".

وأعلن المتحدث العسكري باسم جماعة الحوثيين، يحيى سريع، تنفيذ عملية سماها "الإعصار" استهدفت "مطاري دبي وأبوظبي ومصفاة النفط في مصفح وعددا من المواقع والمنشآت الإماراتية الهامة" بخمسة صواريخ باليستية ومجنحة "وعدد كبير من الطائرات المسيرة"، متوعدا الإمارات بـ"مزيد من الضربات المؤلمة".

ودانت وزارة الخارجية والتعاون الدولي الإماراتية ما وصفته بـ"الاستهداف الآثم"، مؤكدة أن الإمارات "تحتفظ بحق الرد"، فيما أعلن التحالف بقيادة السعودية في اليمن شن غارات جوية، ليل الاثنين، على "معاقل وأوكار" الحوثيين في صنعاء، قالت مصادر طبية في المدينة إنها أسفرت عن مقتل 20 شخصا على الأقل، بينهم القيادي العسكري في الجماعة العميد عبد الله حسن المؤيد.

وأجرى وزير الخارجية الأميركي أنتوني بلينكن اتصالا هاتفيا بنظيره الإماراتي الشيخ عبد الله بن زايد آل نهيان، مؤكدا أن الولايات المتحدة "ستعمل مع الشركاء لمحاسبة الحوثيين"، في حين بحث وزير الخارجية السعودي الأمير فيصل بن فرحان، أمس في الرياض، مع مبعوث الأمم المتحدة إلى اليمن هانس غروندبرغ "التصعيد الحوثي الخطير".
ويأتي الهجوم بعد أسبوعين على احتجاز الحوثيين سفينة شحن ترفع علم الإمارات قبالة سواحل محافظة الحديدة، في الثالث من كانون الثاني/يناير الجاري.""",
    entities=[
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", sub="City"),
        E("albayan", "Organization", ["البيان"], "Al Bayan", sub="MediaOrganization", opt=True),
        E("wam", "Organization", ["وام"], "Emirates News Agency", sub="MediaOrganization", opt=True),
        E("musaffah", "Place", ["منطقة مصفح الصناعية", "مصفح"], "Musaffah", sub="City"),
        E("adnoc", "Organization", ["شركة بترول أبوظبي الوطنية", "أدنوك"], "Abu Dhabi National Oil Company"),
        E("airport", "Place", ["مطار أبوظبي الدولي"], "Abu Dhabi International Airport"),
        E("ad_police", "Organization", ["شرطة أبوظبي"], "Abu Dhabi Police", sub="GovernmentBody"),
        E("houthis", "Organization", ["جماعة الحوثيين", "الحوثيين", "الجماعة"], "Ansar Allah (Houthis)",
          sub="ArmedGroup"),
        E("saree", "Person", ["يحيى سريع"], "Yahya Saree"),
        E("dubai", "Place", ["دبي"], "Dubai", sub="City"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("mofaic", "Organization", ["وزارة الخارجية والتعاون الدولي الإماراتية"],
          "Ministry of Foreign Affairs and International Cooperation (UAE)", sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition in Yemen", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("sanaa", "Place", ["صنعاء", "المدينة"], "Sanaa", sub="City"),
        E("muayyad", "Person", ["عبد الله حسن المؤيد"], "Abdullah Hasan al-Muayyad"),
        E("blinken", "Person", ["أنتوني بلينكن"], "Antony Blinken"),
        E("abz", "Person", ["عبد الله بن زايد آل نهيان"], "Abdullah bin Zayed Al Nahyan"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("faisal", "Person", ["فيصل بن فرحان"], "Faisal bin Farhan"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("grundberg", "Person", ["هانس غروندبرغ"], "Hans Grundberg"),
        E("hodeidah", "Place", ["محافظة الحديدة"], "Al Hudaydah Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "musaffah", "abudhabi", opt=True),
        R("locatedIn", "airport", "abudhabi", opt=True),
        R("spokespersonOf", "saree", "houthis"),
        R("leaderOf", "saudi", "coalition"),
        R("memberOf", "muayyad", "houthis"),
        R("positionIn", "blinken", "us"),
        R("positionIn", "abz", "uae"),
        R("positionIn", "faisal", "saudi"),
        R("positionIn", "grundberg", "un"),
    ],
    events=[
        # yesterday's attack on Musaffah and the airport, claimed by the Houthis ("إعصار اليمن")
        V("Strike", agent=["houthis"], target=["adnoc"], place=[["musaffah", "abudhabi"]], date="2022-01-17",
          trigger="انفجار"),
        V("Strike", agent=["houthis"], place=[["airport", "abudhabi"]], date="2022-01-17", trigger="حريق"),
        V("Killing", agent=["houthis"], place=[["musaffah", "abudhabi"]], date="2022-01-17", trigger="قُتل"),
        V("MilitaryOperation", agent=["houthis"], target=["uae"], date="2022-01-17", name="الإعصار",
          trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["dubai", "abudhabi", "musaffah"]),
        V("Strike", opt=True, agent=["houthis"], place=["dubai"]),
        # the coalition's strikes on Sanaa on Monday night, killing a Houthi commander
        V("Strike", agent=["coalition"], target=["houthis"], place=["sanaa"], date="2022-01-17", trigger="غارات جوية"),
        V("Killing", agent=["coalition"], target=["muayyad"], place=["sanaa"], date="2022-01-17", trigger="مقتل"),
        V("Meeting", agent=["faisal", "grundberg"], place=["riyadh"], date="2022-01-17", trigger="بحث"),
        # the ship seized off Hodeidah on 3 January
        V("Arrest", opt=True, agent=["houthis"], place=["hodeidah"], date="2022-01-03"),
    ],
))

# ---------------------------------------------------------------- Syria, the strikes after Douma (2018-04-15, a Sunday)
DOCS.append(dict(
    id="t1-sy-barzeh", published="2018-04-15",
    text="""دمشق، واشنطن - «الشرق الأوسط» ووكالات: شنت الولايات المتحدة وبريطانيا وفرنسا، فجر أمس السبت، ضربات صاروخية وجوية "محدودة" على ثلاثة مواقع قالت إنها مرتبطة ببرنامج الأسلحة الكيماوية السوري، بينها مركز البحوث العلمية في حي برزة شمال دمشق ومنشأتان قرب مدينة حمص، ردا على "هجوم كيماوي" اتهمت قوات النظام بشنه على مدينة دوما في الغوطة الشرقية في السابع من نيسان/أبريل الجاري، وقال مسعفون إنه أسفر عن مقتل أكثر من 40 شخصا.

وقال الرئيس الأميركي دونالد ترامب، في خطاب متلفز من البيت الأبيض، إن الضربات تهدف إلى "ردع إنتاج الأسلحة الكيماوية وانتشارها واستخدامها"، فيما أعلنت رئيسة الوزراء البريطانية تيريزا ماي أنه "لا بديل عن استخدام القوة"، وقال الرئيس الفرنسي إيمانويل ماكرون إن "الخط الأحمر" الذي حددته باريس "تم تجاوزه".

ونقلت وكالة الأنباء السورية (سانا) عن مصدر عسكري قوله إن الدفاعات الجوية "تصدت لـ110 صواريخ وأسقطت معظمها"، في حين أكدت وزارة الدفاع الأميركية (البنتاغون) أن "كل الصواريخ أصابت أهدافها بدقة".

وقالت وزارة الدفاع الروسية إن "أيا من الصواريخ لم يدخل مناطق مسؤولية الدفاعات الجوية الروسية" في محيط قاعدة حميميم وميناء طرطوس، فيما وصف الرئيس الروسي فلاديمير بوتين الضربات بأنها "عمل عدواني"، ودعت روسيا إلى جلسة طارئة لمجلس الأمن الدولي.

ووصل فريق من خبراء منظمة حظر الأسلحة الكيماوية إلى دمشق، أمس، للتحقيق في هجوم دوما، والتقى نائب وزير الخارجية السوري فيصل المقداد، بحسب مصادر دبلوماسية.
وكان الجيش الروسي قد أعلن، الخميس، رفع العلم السوري فوق دوما، بعد خروج آخر مقاتلي "جيش الإسلام" منها بموجب اتفاق، منهيا حملة عسكرية بدأتها قوات النظام في 18 شباط/فبراير الماضي على الغوطة الشرقية وقُتل خلالها أكثر من 1600 مدني، بحسب المرصد السوري لحقوق الإنسان.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country", alt=["Organization"]),
        E("france", "Place", ["فرنسا"], "France", qid="Q142", sub="Country", alt=["Organization"]),
        E("ssrc", "Place", ["مركز البحوث العلمية"], "Scientific Studies and Research Centre (Barzeh)",
          alt=["Organization"]),
        E("barzeh", "Place", ["حي برزة"], "Barzeh", sub="City"),
        E("homs", "Place", ["مدينة حمص"], "Homs", sub="City"),
        E("regime", "Organization", ["قوات النظام"], "Syrian Arab Army", sub="ArmedForce"),
        E("douma", "Place", ["مدينة دوما", "دوما"], "Douma", sub="City"),
        E("ghouta", "Place", ["الغوطة الشرقية"], "Eastern Ghouta", sub="Region"),
        E("trump", "Person", ["دونالد ترامب"], "Donald Trump", qid="Q22686"),
        E("white_house", "Place", ["البيت الأبيض"], "White House", alt=["Organization"]),
        E("may", "Person", ["تيريزا ماي"], "Theresa May"),
        E("macron", "Person", ["إيمانويل ماكرون"], "Emmanuel Macron"),
        E("paris", "Place", ["باريس"], "Paris", qid="Q90", sub="City", alt=["Organization"]),
        E("sana", "Organization", ["وكالة الأنباء السورية", "سانا"], "Syrian Arab News Agency",
          sub="MediaOrganization"),
        E("pentagon", "Organization", ["وزارة الدفاع الأميركية", "البنتاغون"], "United States Department of Defense",
          sub="GovernmentBody"),
        E("ru_mod", "Organization", ["وزارة الدفاع الروسية"], "Ministry of Defence (Russia)", sub="GovernmentBody"),
        E("hmeimim", "Place", ["قاعدة حميميم"], "Khmeimim Air Base"),
        E("tartus", "Place", ["ميناء طرطوس"], "Port of Tartus"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "United Nations Security Council"),
        E("opcw", "Organization", ["منظمة حظر الأسلحة الكيماوية"], "Organisation for the Prohibition of Chemical Weapons"),
        E("mekdad", "Person", ["فيصل المقداد"], "Faisal Mekdad"),
        E("ru_army", "Organization", ["الجيش الروسي"], "Russian Armed Forces", sub="ArmedForce"),
        E("jaish_islam", "Organization", ["جيش الإسلام"], "Jaysh al-Islam", sub="ArmedGroup"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
    ],
    relations=[
        R("locatedIn", "ssrc", "barzeh"),
        R("locatedIn", "barzeh", "damascus", opt=True),
        R("locatedIn", "douma", "ghouta"),
        R("leaderOf", "trump", "us"),
        R("positionIn", "may", "uk"),
        R("leaderOf", "macron", "france"),
        R("leaderOf", "putin", "russia"),
        R("positionIn", "mekdad", "damascus", opt=True),
    ],
    events=[
        # yesterday's strikes by the US, Britain and France
        V("Strike", agent=["us", "uk", "france"], place=[["ssrc", "barzeh", "damascus"], ["homs"]], date="2018-04-14",
          trigger="ضربات صاروخية وجوية"),
        V("Strike", opt=True, target=["ssrc"]),
        # the chemical attack on Douma on 7 April, blamed on the regime
        V("Attack", place=[["douma", "ghouta"]], date="2018-04-07", trigger="هجوم كيماوي"),
        V("Killing", place=[["douma", "ghouta"]], date="2018-04-07", trigger="مقتل"),
        V("Attack", opt=True, agent=["regime"]),
        V("Killing", opt=True, agent=["regime"]),
        V("Visit", agent=["opcw"], place=["damascus"], date="2018-04-14", trigger="وصل"),
        V("Meeting", agent=["opcw", "mekdad"], place=["damascus"], date="2018-04-14", trigger="التقى"),
        # the regime's campaign on Eastern Ghouta from 18 February
        V("MilitaryOperation", agent=["regime"], place=["ghouta"], date="2018-02-18", trigger="حملة عسكرية"),
        V("Killing", place=["ghouta"], trigger="قُتل"),
        V("Killing", opt=True, agent=["regime"], date="2018"),
    ],
))

# ---------------------------------------------------------------- Iraq, the IRGC missiles on Erbil (2022-03-14, a Monday)
DOCS.append(dict(
    id="t1-iq-erbil", published="2022-03-14",
    text="""أربيل، بغداد - «الشرق الأوسط»: تبنى الحرس الثوري الإيراني، أمس الأحد، الهجوم الصاروخي الذي استهدف فجرا مدينة أربيل، عاصمة إقليم كردستان العراق، قائلا في بيان نشره موقعه الرسمي إنه ضرب "المركز الاستراتيجي للتآمر والشرور الصهيونية" بصواريخ "دقيقة"، ردا على "الجرائم الأخيرة للكيان الصهيوني" التي قُتل فيها اثنان من ضباطه قرب دمشق مطلع الشهر الجاري.

وقالت وزارة الداخلية في حكومة إقليم كردستان إن 12 صاروخا باليستيا أُطلقت "من خارج حدود العراق والإقليم" وسقطت قرب مبنى جديد للقنصلية الأميركية وعلى منزل رجل أعمال كردي ومقر قناة "كردستان 24"، ما أدى إلى إصابة مدني بجروح طفيفة، مؤكدة أن "لا وجود لأي مقار إسرائيلية في أربيل".

ونقلت وكالة "رويترز" عن مسؤول أمني عراقي قوله إن الصواريخ "أُطلقت من الأراضي الإيرانية"، وعن مسؤول أميركي قوله إنه "لا إصابات في صفوف الأميركيين ولا أضرار في المنشآت الأميركية".

وأجرى رئيس الوزراء العراقي مصطفى الكاظمي، أمس، زيارة إلى أربيل تفقد خلالها المواقع المستهدفة، والتقى رئيس إقليم كردستان نيجيرفان بارزاني ورئيس حكومة الإقليم مسرور بارزاني، مؤكدا أن "أمن أربيل من أمن بغداد"، فيما أعلنت وزارة الخارجية العراقية استدعاء السفير الإيراني وتسليمه مذكرة احتجاج.
وكانت أربيل قد تعرضت في شباط/فبراير 2021 لهجوم صاروخي استهدف مطارها الدولي، حيث تتمركز قوات للتحالف الدولي، وتبنته مجموعة تطلق على نفسها اسم "سرايا أولياء الدم"، ما أدى إلى مقتل متعاقد مدني أجنبي.""",
    entities=[
        E("erbil", "Place", ["مدينة أربيل", "أربيل"], "Erbil", sub="City", alt=["Organization"]),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("krg", "Place", ["إقليم كردستان العراق", "إقليم كردستان", "الإقليم"], "Kurdistan Region", sub="Region"),
        E("israel", "Place", ["الكيان الصهيوني"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("krg_moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Kurdistan Region)",
          sub="GovernmentBody"),
        E("krg_govt", "Organization", ["حكومة إقليم كردستان", "حكومة الإقليم"], "Kurdistan Regional Government",
          sub="GovernmentBody"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("consulate", "Organization", ["القنصلية الأميركية"], "US Consulate General in Erbil", alt=["Place"]),
        E("k24", "Organization", ["كردستان 24"], "Kurdistan 24", sub="MediaOrganization"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("kadhimi", "Person", ["مصطفى الكاظمي"], "Mustafa Al-Kadhimi"),
        E("nechirvan", "Person", ["نيجيرفان بارزاني"], "Nechirvan Barzani"),
        E("masrour", "Person", ["مسرور بارزاني"], "Masrour Barzani"),
        E("iq_mfa", "Organization", ["وزارة الخارجية العراقية"], "Ministry of Foreign Affairs (Iraq)",
          sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("awliya", "Organization", ["سرايا أولياء الدم"], "Saraya Awliya al-Dam", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "erbil", "krg"),
        R("partOf", "krg_moi", "krg_govt"),
        R("locatedIn", "consulate", "erbil", opt=True),
        R("positionIn", "kadhimi", "iraq"),
        R("leaderOf", "nechirvan", "krg"),
        R("leaderOf", "masrour", "krg_govt"),
        R("locatedIn", "krg", "iraq", opt=True),
    ],
    events=[
        # yesterday's dawn missile strike on Erbil, claimed by the IRGC
        V("Strike", agent=["irgc"], place=[["erbil", "krg"]], date="2022-03-13", trigger="الهجوم الصاروخي"),
        V("Strike", opt=True, target=["consulate", "k24"]),
        # the two IRGC officers killed near Damascus earlier this month (blamed on Israel)
        V("Killing", target=["irgc"], place=["damascus"], date="2022-03", trigger="قُتل"),
        V("Killing", opt=True, agent=["israel"]),
        V("Visit", agent=["kadhimi"], place=["erbil"], date="2022-03-13", trigger="زيارة"),
        V("Meeting", agent=["kadhimi", "nechirvan", "masrour"], place=["erbil"], date="2022-03-13", trigger="التقى"),
        # the rocket attack on Erbil airport in February 2021, claimed by Saraya Awliya al-Dam
        V("Strike", agent=["awliya"], place=["erbil"], date="2021-02", trigger="هجوم صاروخي"),
        V("Killing", agent=["awliya"], place=["erbil"], date="2021-02", trigger="مقتل"),
        V("Attack", opt=True, agent=["awliya"], target=["coalition"], place=["erbil"], date="2021-02"),
    ],
))

# ---------------------------------------------------------------- Lebanon, the assassination of Wissam al-Hassan (2012-10-20, a Saturday)
DOCS.append(dict(
    id="t1-lb-ashrafieh", published="2012-10-20",
    text="""بيروت - «النهار»: اغتيل رئيس شعبة المعلومات في قوى الأمن الداخلي اللواء وسام الحسن، بعد ظهر أمس الجمعة، في انفجار سيارة مفخخة في شارع مكتظ بمنطقة الأشرفية في بيروت، أسفر أيضا عن مقتل مرافقه وشخص ثالث وجرح أكثر من 80 آخرين، في أخطر عملية اغتيال يشهدها لبنان منذ اغتيال رئيس الحكومة الأسبق رفيق الحريري في 14 شباط/فبراير 2005.

وبحسب مصادر أمنية، كان الحسن يقف وراء كشف مخطط تفجيرات قالت إن الوزير السابق ميشال سماحة نقل متفجراته من سوريا "بطلب من رئيس مكتب الأمن الوطني السوري اللواء علي مملوك"، وكانت الشعبة قد اعتقلت سماحة في آب/أغسطس الماضي في منزله في بلدة الخنشارة.

واتهم رئيس الحكومة الأسبق سعد الحريري الرئيس السوري بشار الأسد "بالوقوف شخصيا وراء اغتيال وسام الحسن"، فيما دانت دمشق "التفجير الإرهابي الجبان"، ووصفه وزير الإعلام السوري بأنه "عمل مدان أيا كان مرتكبه".

وأعلن رئيس الحكومة نجيب ميقاتي، في ختام جلسة استثنائية لمجلس الوزراء، أنه "وضع استقالته بتصرف رئيس الجمهورية ميشال سليمان"، الذي طلب منه البقاء في منصبه "حفاظا على المصلحة الوطنية"، ونقلت الوكالة الوطنية للإعلام عن مصدر قضائي قوله إن "فريقا من مكتب التحقيقات الفدرالي الأميركي سيصل إلى بيروت الأسبوع المقبل للمساعدة في التحقيق".
وقطع محتجون غاضبون طرقا في بيروت وطرابلس وصيدا بالإطارات المشتعلة، وسط دعوات من قوى 14 آذار إلى "انتفاضة سلمية" لإسقاط الحكومة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("annahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("info_branch", "Organization", ["شعبة المعلومات", "الشعبة"], "Information Branch (ISF)",
          sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces (Lebanon)", sub="GovernmentBody"),
        E("hassan", "Person", ["وسام الحسن", "الحسن"], "Wissam al-Hassan"),
        E("ashrafieh", "Place", ["منطقة الأشرفية"], "Achrafieh", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("rafiq", "Person", ["رفيق الحريري"], "Rafic Hariri"),
        E("samaha", "Person", ["ميشال سماحة", "سماحة"], "Michel Samaha"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("nsb", "Organization", ["مكتب الأمن الوطني"], "National Security Bureau (Syria)", sub="GovernmentBody"),
        E("mamlouk", "Person", ["علي مملوك"], "Ali Mamlouk"),
        E("khinshara", "Place", ["بلدة الخنشارة"], "Khenchara", sub="City"),
        E("saad", "Person", ["سعد الحريري"], "Saad Hariri"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City", alt=["Organization"]),
        E("mikati", "Person", ["نجيب ميقاتي"], "Najib Mikati"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Lebanon)", sub="GovernmentBody",
          opt=True),
        E("suleiman", "Person", ["ميشال سليمان"], "Michel Suleiman"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("fbi", "Organization", ["مكتب التحقيقات الفدرالي"], "Federal Bureau of Investigation", sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli (Lebanon)", sub="City"),
        E("sidon", "Place", ["صيدا"], "Sidon", sub="City"),
        E("m14", "Organization", ["قوى 14 آذار"], "March 14 Alliance", sub="PoliticalOrganization"),
        E("govt", "Organization", ["الحكومة"], "Government of Lebanon", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("leaderOf", "hassan", "info_branch"),
        R("partOf", "info_branch", "isf"),
        R("locatedIn", "ashrafieh", "beirut"),
        R("leaderOf", "mamlouk", "nsb"),
        R("positionIn", "mamlouk", "syria", opt=True),
        R("leaderOf", "assad", "syria"),
        R("positionIn", "mikati", "lebanon", opt=True),
        R("leaderOf", "mikati", "cabinet", opt=True),
        R("leaderOf", "suleiman", "lebanon", opt=True),
    ],
    events=[
        # yesterday's car bomb in Achrafieh that killed al-Hassan: no one named
        V("Killing", target=["hassan"], place=[["ashrafieh", "beirut"]], date="2012-10-19", trigger="اغتيل"),
        V("Attack", target=["hassan"], place=[["ashrafieh", "beirut"]], date="2012-10-19",
          trigger="انفجار سيارة مفخخة"),
        V("Killing", opt=True, agent=["assad"]),
        # Rafic Hariri's assassination in 2005
        V("Killing", target=["rafiq"], date="2005-02-14", trigger="اغتيال"),
        # Samaha's arrest in August by the Information Branch
        V("Arrest", agent=["info_branch"], target=["samaha"], place=["khinshara"], date="2012-08", trigger="اعتقلت"),
        V("Meeting", opt=True, agent=["mikati", "cabinet"], date="2012-10"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, the al-Dalwah attack (2014-11-05, a Wednesday)
DOCS.append(dict(
    id="t1-sa-dalwah", published="2014-11-05",
    text="""الرياض - «الحياة»، رويترز: أعلنت وزارة الداخلية السعودية، أمس الثلاثاء، اعتقال 15 شخصا في عدد من مدن المملكة يُشتبه بتورطهم في الهجوم المسلح الذي استهدف، مساء الاثنين، حسينية في قرية الدالوة بمحافظة الأحساء شرقي البلاد، وأسفر عن مقتل ثمانية أشخاص وإصابة تسعة آخرين خلال إحياء مراسم عاشوراء.

وقال المتحدث الأمني باسم الوزارة، اللواء خالد محمد العنزي، إن ثلاثة مسلحين ملثمين "أطلقوا النار من أسلحة رشاشة على المصلين" قبل أن يلوذوا بالفرار، وإن قوات الأمن "اشتبكت، أمس، مع عدد من المطلوبين في مدينة بريدة بمنطقة القصيم، ما أدى إلى مقتل اثنين من رجال الأمن واثنين من المطلوبين".

ونقلت صحيفة "عكاظ" عن مصدر أمني قوله إن "من بين المعتقلين أشخاصا سبق أن أُفرج عنهم بعد قضاء محكوميات في قضايا تتعلق بتنظيم القاعدة"، وإن أحد المهاجمين "عاد من سوريا قبل أشهر بعد القتال في صفوف تنظيم داعش".

ودان مفتي عام المملكة الشيخ عبد العزيز آل الشيخ الهجوم، واصفا إياه بأنه "جريمة نكراء تستهدف وحدة الوطن"، فيما زار أمير المنطقة الشرقية، أمس، قرية الدالوة وقدم التعازي لذوي الضحايا.
ويأتي الهجوم بعد أشهر من هجوم نفذه مسلحون على منفذ الوديعة الحدودي مع اليمن في تموز/يوليو الماضي، تبناه تنظيم القاعدة في جزيرة العرب، وقُتل فيه خمسة من رجال الأمن.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("alhayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية السعودية", "الوزارة"], "Ministry of Interior (Saudi Arabia)",
          sub="GovernmentBody"),
        E("saudi", "Place", ["المملكة", "البلاد"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("dalwah", "Place", ["قرية الدالوة"], "al-Dalwah", sub="City"),
        E("ahsa", "Place", ["محافظة الأحساء"], "Al-Ahsa Governorate", sub="Region"),
        E("anzi", "Person", ["خالد محمد العنزي"], "Khalid Muhammad al-Anzi"),
        E("buraydah", "Place", ["مدينة بريدة"], "Buraydah", sub="City"),
        E("qassim", "Place", ["منطقة القصيم"], "Al-Qassim Province", sub="Region"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("alqaeda", "Organization", ["القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("mufti", "Person", ["عبد العزيز آل الشيخ"], "Abdul-Aziz ibn Abdullah Al ash-Sheikh"),
        E("eastern", "Place", ["المنطقة الشرقية"], "Eastern Province", sub="Region"),
        E("wadiah", "Place", ["منفذ الوديعة"], "al-Wadiah border crossing"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "dalwah", "ahsa"),
        R("locatedIn", "ahsa", "saudi"),
        R("locatedIn", "dalwah", "saudi", opt=True),
        R("spokespersonOf", "anzi", "moi"),
        R("locatedIn", "buraydah", "qassim"),
        R("positionIn", "mufti", "saudi"),
        R("partOf", "aqap", "alqaeda", opt=True),
    ],
    events=[
        # the arrests announced yesterday, in several cities
        V("Arrest", agent=["moi"], date="2014-11", trigger="اعتقال"),
        V("Arrest", opt=True, place=["saudi"], date="2014-11-04"),
        # Monday evening's shooting at the husseiniya in al-Dalwah: three masked gunmen, no group named
        V("Attack", place=[["dalwah", "ahsa"]], date="2014-11-03", trigger="الهجوم المسلح"),
        V("Killing", place=[["dalwah", "ahsa"]], date="2014-11-03", trigger="مقتل"),
        # yesterday's clash in Buraydah
        V("Attack", opt=True, place=["buraydah"], date="2014-11-04"),
        V("Killing", place=[["buraydah", "qassim"]], date="2014-11-04", trigger="مقتل"),
        V("Visit", opt=True, place=["dalwah"], date="2014-11-04"),
        # the Wadiah attack of July, claimed by AQAP
        V("Attack", agent=["aqap"], place=["wadiah"], date="2014-07", trigger="هجوم"),
        V("Killing", agent=["aqap"], place=["wadiah"], date="2014-07", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Iraq, Nasiriyah and the prime minister's resignation (2019-11-30, a Saturday)
DOCS.append(dict(
    id="t1-iq-nasiriyah", published="2019-11-30",
    text="""بغداد - «الشرق الأوسط»: أعلن رئيس الوزراء العراقي عادل عبد المهدي، أمس الجمعة، أنه سيقدم استقالته إلى مجلس النواب، بعد ساعات من دعوة المرجع الشيعي الأعلى علي السيستاني البرلمان إلى "إعادة النظر في خياراته"، في أعقاب يوم دام قُتل فيه أكثر من 40 متظاهرا برصاص قوات الأمن في مدينتي الناصرية والنجف.

وكانت قوات الأمن قد فتحت النار، الخميس، على محتجين قطعوا جسر الزيتون وسط الناصرية، مركز محافظة ذي قار جنوبي العراق، ما أدى إلى مقتل 25 شخصا على الأقل، وفق مصادر طبية، فيما قُتل 12 آخرون في النجف بعد ساعات من إحراق محتجين مبنى القنصلية الإيرانية في المدينة مساء الأربعاء.

وأعلن عبد المهدي إعفاء قائد خلية الأزمة في ذي قار، الفريق صباح كريم الساعدي، من منصبه بعد ساعات من تكليفه، إثر مطالبة محافظ ذي قار عادل حسين الركابي بسحب القوات "التي تسببت في المجزرة"، قبل أن يقدم المحافظ نفسه استقالته.

ونقلت وكالة "فرانس برس" عن ناشط في الناصرية قوله إن المحتجين "لن يغادروا الساحات قبل رحيل الطبقة السياسية كلها"، مضيفا أن "استقالة عبد المهدي وحدها لا تكفي، ونريد محاكمة من أمر بقتل إخوتنا".
ودعت بعثة الأمم المتحدة لمساعدة العراق (يونامي) إلى "محاسبة المسؤولين"، وكانت رئيستها جينين هينيس بلاسخارت قد التقت السيستاني في النجف في 11 تشرين الثاني/نوفمبر الجاري.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("abdulmahdi", "Person", ["عادل عبد المهدي", "عبد المهدي"], "Adil Abdul-Mahdi"),
        E("parliament", "Organization", ["مجلس النواب", "البرلمان"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("sistani", "Person", ["علي السيستاني", "السيستاني"], "Ali al-Sistani"),
        E("security", "Organization", ["قوات الأمن"], "Iraqi security forces", sub="ArmedForce"),
        E("nasiriyah", "Place", ["الناصرية"], "Nasiriyah", sub="City"),
        E("najaf", "Place", ["النجف", "المدينة"], "Najaf", sub="City"),
        E("bridge", "Place", ["جسر الزيتون"], "al-Zaytoun Bridge"),
        E("dhiqar", "Place", ["محافظة ذي قار", "ذي قار"], "Dhi Qar Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("consulate", "Organization", ["القنصلية الإيرانية"], "Consulate of Iran in Najaf", alt=["Place"]),
        E("crisis_cell", "Organization", ["خلية الأزمة في ذي قار"], "Dhi Qar crisis cell", sub="GovernmentBody"),
        E("saadi", "Person", ["صباح كريم الساعدي"], "Sabah Karim al-Saadi"),
        E("rikabi", "Person", ["عادل حسين الركابي"], "Adil Husayn al-Rikabi"),
        E("afp", "Organization", ["فرانس برس"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("unami", "Organization", ["بعثة الأمم المتحدة لمساعدة العراق", "يونامي"],
          "United Nations Assistance Mission for Iraq"),
        E("hennis", "Person", ["جينين هينيس بلاسخارت"], "Jeanine Hennis-Plasschaert"),
    ],
    relations=[
        R("positionIn", "abdulmahdi", "iraq"),
        R("locatedIn", "bridge", "nasiriyah"),
        R("locatedIn", "nasiriyah", "dhiqar"),
        R("locatedIn", "dhiqar", "iraq"),
        R("locatedIn", "consulate", "najaf"),
        R("leaderOf", "saadi", "crisis_cell"),
        R("leaderOf", "rikabi", "dhiqar"),
        R("positionIn", "rikabi", "dhiqar", opt=True),
        R("leaderOf", "hennis", "unami"),
    ],
    events=[
        # Thursday's shooting on the protesters in Nasiriyah and the deaths in Najaf
        V("Killing", agent=["security"], place=[["bridge", "nasiriyah", "dhiqar"]], date="2019-11-28",
          trigger="مقتل"),
        V("Attack", opt=True, agent=["security"], place=["bridge", "nasiriyah"], date="2019-11-28"),
        V("Killing", place=["najaf"], date="2019-11-28", trigger="قُتل"),
        V("Killing", opt=True, agent=["security"]),
        # the consulate set on fire on Wednesday evening
        V("Attack", target=["consulate"], place=["najaf"], date="2019-11-27", trigger="إحراق"),
        V("Meeting", agent=["hennis", "sistani"], place=["najaf"], date="2019-11-11", trigger="التقت"),
        V("Visit", opt=True, agent=["hennis"], place=["najaf"], date="2019-11-11"),
    ],
))

# ---------------------------------------------------------------- Jordan, the smugglers on the Syrian border (2022-01-28, a Friday)
DOCS.append(dict(
    id="t1-jo-border", published="2022-01-28",
    text="""عمّان - بترا، «الغد»: أعلنت القيادة العامة للقوات المسلحة الأردنية (الجيش العربي)، أمس الخميس، مقتل 27 مهربا وإصابة آخرين "وفرار عدد منهم إلى العمق السوري"، خلال إحباط "أكبر محاولة تهريب" لكميات كبيرة من المواد المخدرة على الواجهة الشمالية الشرقية للمملكة، قالت إن المهربين حاولوا فيها استغلال الظروف الجوية السائدة.

وقال مصدر عسكري مسؤول، في تصريح نقلته وكالة الأنباء الأردنية (بترا)، إن قوات حرس الحدود "رصدت محاولة تسلل مجموعات مسلحة تحمل كميات كبيرة من المخدرات من الأراضي السورية"، وإن "قواعد الاشتباك طُبقت بحق المهربين"، مضيفا أن القوات "ضبطت كميات كبيرة من الحشيش وحبوب الكبتاغون".

وكان ضابط في الجيش، النقيب محمد سالم العموش، قد قُتل وأصيب ثلاثة من مرتبات القوات المسلحة، في 17 كانون الثاني/يناير الجاري، خلال اشتباك مع مهربين حاولوا اجتياز الحدود من سوريا، ما دفع الجيش إلى تعديل قواعد الاشتباك.

ونقلت صحيفة "الغد" عن مصادر أمنية قولها إن مجموعات التهريب "تحظى بحماية ميليشيات مرتبطة بإيران وبحزب الله تنتشر في جنوب سوريا"، وإن "عمليات التهريب باتت منظمة وتستخدم فيها طائرات مسيرة".
وكان وزير الخارجية الأردني أيمن الصفدي قد بحث مع نظيره السوري فيصل المقداد، على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك في أيلول/سبتمبر الماضي، ملفات بينها "أمن الحدود ومكافحة التهريب"، في أول لقاء بين وزيري خارجية البلدين منذ سنوات.""",
    entities=[
        E("amman", "Place", ["عمّان"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا", "وكالة الأنباء الأردنية"], "Petra News Agency", sub="MediaOrganization",
          opt=True),
        E("alghad", "Organization", ["الغد"], "Al-Ghad", sub="MediaOrganization", opt=True),
        E("gen_command", "Organization", ["القيادة العامة للقوات المسلحة الأردنية"],
          "General Command of the Jordan Armed Forces", sub="ArmedForce"),
        E("jaf", "Organization", ["الجيش العربي", "الجيش", "القوات المسلحة"], "Jordan Armed Forces",
          sub="ArmedForce"),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("border_guard", "Organization", ["قوات حرس الحدود"], "Jordanian Border Guard", sub="ArmedForce"),
        E("amoush", "Person", ["محمد سالم العموش"], "Muhammad Salim al-Amoush"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
        E("safadi", "Person", ["أيمن الصفدي"], "Ayman Safadi"),
        E("mekdad", "Person", ["فيصل المقداد"], "Faisal Mekdad"),
        E("unga", "Organization", ["الجمعية العامة للأمم المتحدة"], "United Nations General Assembly"),
        E("new_york", "Place", ["نيويورك"], "New York City", sub="City"),
    ],
    relations=[
        R("partOf", "gen_command", "jaf", opt=True),
        R("partOf", "border_guard", "jaf", opt=True),
        R("memberOf", "amoush", "jaf"),
        R("positionIn", "safadi", "jordan"),
        R("positionIn", "mekdad", "syria"),
    ],
    events=[
        # yesterday's clash with the smugglers on the north-eastern border
        V("Killing", agent=["jaf"], date="2022-01-27", trigger="مقتل"),
        V("Killing", opt=True, agent=["gen_command", "border_guard"]),
        V("Attack", opt=True, agent=["jaf", "border_guard"], date="2022-01-27"),
        # the officer killed on 17 January in a clash with smugglers (no group named)
        V("Killing", target=["amoush"], date="2022-01-17", trigger="قُتل"),
        V("Killing", opt=True, target=["jaf"]),
        V("Meeting", agent=["safadi", "mekdad"], place=["new_york"], date="2021-09", trigger="بحث"),
    ],
))
