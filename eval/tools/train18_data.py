"""Hand annotations of the eighteenth training set (see eval/train18/README.md).

Articles written for the project in the style of Arabic agency copy, to work on the event layer:
strikes and shellings on lists of places (بلدات X وY وZ، أحياء X وY)، arrests of lists of named
persons (كلا من X وY)، arrests told as ألقت القبض / احتجاز / توقيف، joint operations (بمساندة، بدعم
من) and operations named later in the sentence, states and their aircraft as agents (قالت تركيا
إنها اعتقلت), killings told as لقي مصرعه / سقط قتلى / أسفر عن مقتل، groups as targets (مقتل عشرات
من عناصر X), meetings and visits told as التقى / بحث مع / زار / وصل إلى ... في زيارة, dates relative
to the dateline (أمس، الشهر الماضي). Persons are invented except well-known public figures; the
events are told in new words with invented details. Written and annotated before the extractor
was run on it; the event helper's WORKING set. ``build_train18.py`` turns this into
eval/train18.jsonl. In event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Hama and Idlib (2019-05-22, Wednesday)
DOCS.append(dict(
    id="t18-sy-hama", published="2019-05-22",
    text="""بيروت - (أ ف ب):

قتل تسعة مدنيين على الأقل، أمس الثلاثاء، في قصف مدفعي وصاروخي شنته قوات النظام السوري على بلدات كفرنبودة وقلعة المضيق والهبيط في ريف حماة الشمالي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.

وقال مدير المرصد رامي عبد الرحمن إن الطائرات الروسية شنت بدورها عشرات الغارات على قرى الحويز والشريعة وباب الطاقة في سهل الغاب، ما أسفر عن مقتل أربعة مقاتلين من هيئة تحرير الشام، في وقت تقول روسيا إنها لا تستهدف سوى «مواقع الإرهابيين».

وفي سياق متصل، لقي القيادي في الجبهة الوطنية للتحرير أبو عمار الحموي مصرعه، مساء الاثنين، بانفجار عبوة ناسفة زرعها مجهولون في سيارته قرب مدينة معرة النعمان بريف إدلب الجنوبي.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("regime", "Organization", ["قوات النظام السوري"], "Syrian government forces", sub="ArmedForce"),
        E("kafrnabuda", "Place", ["كفرنبودة"], "Kafr Nabudah", sub="City"),
        E("qalaat", "Place", ["قلعة المضيق"], "Qalaat al-Madiq", sub="City"),
        E("hbeit", "Place", ["الهبيط"], "al-Hbeit", sub="City"),
        E("hama", "Place", ["حماة"], "Hama Governorate", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"],
          "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("huweiz", "Place", ["الحويز"], "al-Huwayz", sub="City"),
        E("sharia", "Place", ["الشريعة"], "al-Shariaa", sub="City"),
        E("babtaqa", "Place", ["باب الطاقة"], "Bab al-Taqa", sub="City"),
        E("ghab", "Place", ["سهل الغاب"], "al-Ghab Plain", sub="Region"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("nlf", "Organization", ["الجبهة الوطنية للتحرير"], "National Front for Liberation", sub="ArmedGroup"),
        E("abuammar", "Person", ["أبو عمار الحموي"], "Abu Ammar al-Hamawi"),
        E("maarrat", "Place", ["مدينة معرة النعمان", "معرة النعمان"], "Maarat al-Numan", sub="City"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "kafrnabuda", "hama"),
        R("locatedIn", "qalaat", "hama"),
        R("locatedIn", "hbeit", "hama"),
        R("leaderOf", "rami", "sohr"),
        R("locatedIn", "huweiz", "ghab"),
        R("locatedIn", "sharia", "ghab"),
        R("locatedIn", "babtaqa", "ghab"),
        R("memberOf", "abuammar", "nlf"),
        R("locatedIn", "maarrat", "idlib"),
    ],
    events=[
        # yesterday's shelling of three towns, nine civilians killed
        V("Strike", agent=["regime"], place=[["kafrnabuda", "hama"], ["qalaat", "hama"], ["hbeit", "hama"]],
          date="2019-05-21", trigger="قصف"),
        V("Killing", agent=["regime"], place=[["kafrnabuda", "hama"], ["qalaat", "hama"], ["hbeit", "hama"]],
          date="2019-05-21", trigger="قتل"),
        V("Attack", opt=True, agent=["regime"], place=["kafrnabuda", "qalaat", "hbeit", "hama"], date="2019-05-21"),
        # Russian raids on three villages of al-Ghab, four HTS fighters killed
        V("Strike", agent=["russia"], place=[["huweiz", "ghab"], ["sharia", "ghab"], ["babtaqa", "ghab"]],
          trigger="الغارات"),
        V("Strike", opt=True, target=["hts"], date="2019-05"),
        V("Killing", agent=["russia"], target=["hts"], place=[["huweiz", "ghab", "sharia", "babtaqa"]],
          trigger="مقتل"),
        V("Killing", opt=True, date="2019-05"),
        # Monday's bombing that killed Abu Ammar
        V("Killing", target=["abuammar"], place=[["maarrat", "idlib"]], date="2019-05-20", trigger="مصرعه"),
        V("Attack", target=["abuammar"], place=[["maarrat", "idlib"]], date="2019-05-20", trigger="انفجار"),
        V("Attack", opt=True, target=["nlf"]),
        V("Killing", opt=True, target=["nlf"]),
    ],
))

# ---------------------------------------------------------------- Turkey, arrests (2018-07-10, Tuesday)
DOCS.append(dict(
    id="t18-tr-arrests", published="2018-07-10",
    text="""أنقرة - (رويترز):

قالت تركيا، اليوم الثلاثاء، إنها اعتقلت 14 شخصا يشتبه في انتمائهم إلى تنظيم «داعش» في عمليات دهم متزامنة بمدينتي إسطنبول وأضنة، بينهم ثلاثة أجانب.

وذكرت وكالة الأناضول الرسمية أن فرق مكافحة الإرهاب في مديرية أمن إسطنبول ألقت القبض، فجر أمس الاثنين، على كل من محمد أوزتورك وعلي شاهين وحسن يلماز، وهم متهمون بالتخطيط لهجمات على مواقع سياحية في المدينة.

وكان وزير الداخلية التركي سليمان صويلو قد أعلن الشهر الماضي أن قوات الأمن أوقفت أكثر من 200 مشتبه به في ولاية غازي عنتاب جنوب البلاد، مؤكدا أن الحملة «ستستمر حتى تجفيف منابع الإرهاب».""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("turkey", "Place", ["تركيا", "البلاد"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("istanbul", "Place", ["إسطنبول", "المدينة"], "Istanbul", qid="Q406", sub="City"),
        E("adana", "Place", ["أضنة"], "Adana", sub="City"),
        E("anadolu", "Organization", ["وكالة الأناضول", "الأناضول"], "Anadolu Agency", sub="MediaOrganization",
          opt=True),
        E("istsec", "Organization", ["مديرية أمن إسطنبول"], "Istanbul Police Department", sub="GovernmentBody"),
        E("ozturk", "Person", ["محمد أوزتورك"], "Mehmet Öztürk"),
        E("sahin", "Person", ["علي شاهين"], "Ali Şahin"),
        E("yilmaz", "Person", ["حسن يلماز"], "Hasan Yılmaz"),
        E("soylu", "Person", ["سليمان صويلو"], "Süleyman Soylu"),
        E("security", "Organization", ["قوات الأمن"], "Turkish security forces", opt=True),
        E("gaziantep", "Place", ["ولاية غازي عنتاب", "غازي عنتاب"], "Gaziantep Province", sub="Region"),
    ],
    relations=[
        R("positionIn", "soylu", "turkey"),
        R("locatedIn", "gaziantep", "turkey"),
        R("locatedIn", "istanbul", "turkey", opt=True),
        R("locatedIn", "adana", "turkey", opt=True),
    ],
    events=[
        # Turkey's announcement of 14 arrests in Istanbul and Adana
        V("Arrest", agent=["turkey"], place=["istanbul", "adana"], date="2018-07", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["isis"], date="2018-07-10"),
        # the three named suspects caught by the Istanbul police yesterday
        V("Arrest", agent=[["istsec", "turkey"]], target=["ozturk", "sahin", "yilmaz"], place=["istanbul"],
          date="2018-07-09", trigger="ألقت القبض"),
        # last month's arrests in Gaziantep, announced by the minister
        V("Arrest", agent=["security"], place=["gaziantep"], date="2018-06", trigger="أوقفت"),
        V("Arrest", opt=True, agent=["turkey"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-11-08, Tuesday)
DOCS.append(dict(
    id="t18-iq-mosul", published="2016-11-08",
    text="""بغداد - «الحياة»:

شنت قوات جهاز مكافحة الإرهاب بمساندة طيران التحالف الدولي، فجر أمس الاثنين، هجوما واسعا على مواقع تنظيم «داعش» في أحياء الكرامة والزهراء والقادسية شرق مدينة الموصل، في إطار عملية «قادمون يا نينوى» التي أطلقتها الحكومة العراقية الشهر الماضي.

وقال قائد العمليات الخاصة في الجهاز اللواء معن السعدي إن قواته «قتلت أكثر من 40 عنصرا من التنظيم» خلال الاشتباكات، مشيرا إلى أن طائرات التحالف نفذت 12 ضربة على مواقع المسلحين وعجلاتهم المفخخة.

وفي جنوب المدينة، قالت خلية الإعلام الحربي إن ثلاثة جنود من الجيش العراقي لقوا مصرعهم بانفجار سيارة مفخخة يقودها انتحاري من التنظيم استهدفت رتلا عسكريا قرب ناحية حمام العليل.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "الجهاز"], "Iraqi Counter Terrorism Service",
          sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against ISIS",
          sub="Coalition"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("karama", "Place", ["الكرامة"], "al-Karama", sub="City"),
        E("zahra", "Place", ["الزهراء"], "al-Zahraa", sub="City"),
        E("qadisiya", "Place", ["القادسية"], "al-Qadisiya", sub="City"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل", "المدينة"], "Mosul", qid="Q209842", sub="City"),
        E("gov", "Organization", ["الحكومة العراقية"], "Government of Iraq", sub="GovernmentBody"),
        E("saadi", "Person", ["معن السعدي"], "Maan al-Saadi"),
        E("mediacell", "Organization", ["خلية الإعلام الحربي"], "War Media Cell", sub="GovernmentBody"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("hammam", "Place", ["ناحية حمام العليل", "حمام العليل"], "Hammam al-Alil", sub="City"),
    ],
    relations=[
        R("locatedIn", "karama", "mosul"),
        R("locatedIn", "zahra", "mosul"),
        R("locatedIn", "qadisiya", "mosul"),
        R("positionIn", "saadi", "cts"),
        R("leaderOf", "saadi", "cts", opt=True),
        R("memberOf", "saadi", "cts", opt=True),
    ],
    events=[
        # yesterday's joint assault on three districts of eastern Mosul
        V("Attack", agent=["cts", "coalition"], target=["isis"],
          place=[["karama", "mosul"], ["zahra", "mosul"], ["qadisiya", "mosul"]], date="2016-11-07",
          trigger="هجوما"),
        V("MilitaryOperation", opt=True, agent=["cts", "coalition"], target=["isis"],
          place=["karama", "zahra", "qadisiya", "mosul"], date="2016-11-07"),
        # the named campaign launched last month by the government
        V("MilitaryOperation", name="قادمون يا نينوى", agent=["gov"], date="2016-10", trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["isis"], place=["mosul"]),
        # CTS killings and coalition strikes in the same fighting
        V("Killing", agent=["cts"], target=["isis"], place=[["mosul", "karama", "zahra", "qadisiya"]],
          trigger="قتلت"),
        V("Killing", opt=True, date="2016-11-07"),
        V("Strike", agent=["coalition"], target=["isis"], place=[["mosul", "karama", "zahra", "qadisiya"]],
          trigger="ضربة"),
        V("Strike", opt=True, date="2016-11-07"),
        # the car bomb near Hammam al-Alil
        V("Attack", agent=["isis"], target=["army"], place=[["hammam", "mosul"]], trigger="انفجار"),
        V("Killing", agent=["isis"], target=["army"], place=[["hammam", "mosul"]], trigger="مصرعهم"),
        V("Attack", opt=True, date="2016-11"),
        V("Killing", opt=True, date="2016-11"),
    ],
))

# ---------------------------------------------------------------- Yemen, al-Bayda and Taiz (2017-04-12, Wednesday)
DOCS.append(dict(
    id="t18-ye-bayda", published="2017-04-12",
    text="""عدن - (وكالات):

لقي القيادي في تنظيم القاعدة في جزيرة العرب أبو بكر الصنعاني مصرعه، مساء أمس الثلاثاء، بغارة لطائرة أمريكية من دون طيار استهدفت سيارته في مديرية الصومعة بمحافظة البيضاء وسط اليمن، بحسب مصادر قبلية.

وأوضحت المصادر أن الغارة أسفرت أيضا عن مقتل اثنين من مرافقيه، في حين قالت القيادة المركزية الأمريكية (سنتكوم) إن الولايات المتحدة نفذت منذ مطلع الشهر الجاري أكثر من 20 ضربة ضد التنظيم في محافظات البيضاء وشبوة وأبين.

وفي تعز، سقط قتلى وجرحى من المدنيين جراء قصف شنه مسلحو جماعة أنصار الله (الحوثيين) على أحياء ثعبات والجحملية وصالة شرقي المدينة، وفق ما أفاد مسؤول محلي.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "التنظيم"], "al-Qaeda in the Arabian Peninsula",
          qid="Q319584", sub="ArmedGroup"),
        E("sanani", "Person", ["أبو بكر الصنعاني"], "Abu Bakr al-Sanani"),
        E("sawmaa", "Place", ["مديرية الصومعة", "الصومعة"], "al-Sawmaa District", sub="City"),
        E("bayda", "Place", ["محافظة البيضاء", "البيضاء"], "al-Bayda Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية", "سنتكوم"], "United States Central Command",
          sub="ArmedForce"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("shabwa", "Place", ["شبوة"], "Shabwa Governorate", sub="Region"),
        E("abyan", "Place", ["أبين"], "Abyan Governorate", sub="Region"),
        E("taiz", "Place", ["تعز", "المدينة"], "Taiz", sub="City"),
        E("houthis", "Organization", ["جماعة أنصار الله", "أنصار الله", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("thaabat", "Place", ["ثعبات"], "Thaabat", sub="City"),
        E("jahmaliya", "Place", ["الجحملية"], "al-Jahmaliya", sub="City"),
        E("sala", "Place", ["صالة"], "Salah", sub="City"),
    ],
    relations=[
        R("memberOf", "sanani", "aqap"),
        R("locatedIn", "sawmaa", "bayda"),
        R("locatedIn", "bayda", "yemen"),
        R("locatedIn", "sawmaa", "yemen", opt=True),
        R("locatedIn", "thaabat", "taiz"),
        R("locatedIn", "jahmaliya", "taiz"),
        R("locatedIn", "sala", "taiz"),
    ],
    events=[
        # yesterday's drone strike that killed al-Sanani and two companions
        V("Strike", agent=["us"], target=[["sanani", "aqap"]], place=[["sawmaa", "bayda", "yemen"]],
          date="2017-04-11", trigger="بغارة"),
        V("Killing", agent=["us"], target=["sanani"], place=[["sawmaa", "bayda", "yemen"]], date="2017-04-11",
          trigger="مصرعه"),
        V("Strike", opt=True, agent=["centcom"]),
        V("Killing", opt=True, agent=["centcom"], target=["aqap"]),
        # this month's US strikes on AQAP in three provinces
        V("Strike", agent=["us"], target=["aqap"], place=["bayda", "shabwa", "abyan"], date="2017-04",
          trigger="ضربة"),
        # Houthi shelling of three districts of Taiz
        V("Strike", agent=["houthis"], place=[["thaabat", "taiz"], ["jahmaliya", "taiz"], ["sala", "taiz"]],
          trigger="قصف"),
        V("Killing", agent=["houthis"], place=[["thaabat", "taiz", "jahmaliya", "sala"]], trigger="قتلى"),
        V("Attack", opt=True, agent=["houthis"], place=["thaabat", "jahmaliya", "sala", "taiz"]),
        V("Strike", opt=True, date="2017-04"),
        V("Killing", opt=True, date="2017-04"),
    ],
))

# ---------------------------------------------------------------- Lebanon, a minister's visit (2019-02-11, Monday)
DOCS.append(dict(
    id="t18-lb-zarif", published="2019-02-11",
    text="""بيروت - «النهار»:

وصل وزير الخارجية الإيراني محمد جواد ظريف إلى بيروت، مساء أمس، في زيارة رسمية تستمر يومين، هي الأولى له منذ تشكيل الحكومة اللبنانية الجديدة.

والتقى ظريف اليوم الاثنين الرئيس ميشال عون في قصر بعبدا، ثم بحث مع رئيس مجلس النواب نبيه بري في عين التينة «العلاقات الثنائية والتطورات في المنطقة»، على أن يزور لاحقا رئيس الحكومة سعد الحريري.

وكان الأمين العام لحزب الله حسن نصر الله قد استقبل الشهر الماضي وفدا من حركة حماس برئاسة صالح العاروري، وجرى خلال اللقاء بحث «الأوضاع في فلسطين».""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("zarif", "Person", ["محمد جواد ظريف", "ظريف"], "Mohammad Javad Zarif"),
        E("lebgov", "Organization", ["الحكومة اللبنانية", "الحكومة"], "Government of Lebanon", sub="GovernmentBody"),
        E("aoun", "Person", ["ميشال عون"], "Michel Aoun"),
        E("baabda", "Place", ["قصر بعبدا"], "Baabda Palace"),
        E("parliament", "Organization", ["مجلس النواب"], "Parliament of Lebanon", sub="GovernmentBody"),
        E("berri", "Person", ["نبيه بري"], "Nabih Berri"),
        E("ainaltineh", "Place", ["عين التينة"], "Ain al-Tineh"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("hamas", "Organization", ["حركة حماس", "حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("arouri", "Person", ["صالح العاروري"], "Saleh al-Arouri"),
        E("palestine", "Place", ["فلسطين"], "Palestine", sub="Country"),
    ],
    relations=[
        R("leaderOf", "berri", "parliament"),
        R("leaderOf", "hariri", "lebgov"),
        R("leaderOf", "nasrallah", "hezbollah"),
        R("memberOf", "arouri", "hamas"),
        R("locatedIn", "baabda", "beirut", opt=True),
        R("locatedIn", "ainaltineh", "beirut", opt=True),
    ],
    events=[
        V("Visit", agent=["zarif"], place=["beirut"], date="2019-02-10", trigger="وصل"),
        V("Meeting", agent=["zarif", "aoun"], place=[["baabda", "beirut"]], date="2019-02-11", trigger="التقى"),
        V("Meeting", agent=["zarif", "berri"], place=[["ainaltineh", "beirut"]], date="2019-02-11",
          trigger="بحث"),
        V("Meeting", opt=True, agent=["zarif", "hariri"], place=["beirut"], date="2019-02"),
        V("Visit", opt=True, agent=["zarif"], place=["baabda", "ainaltineh"], date="2019-02"),
        V("Meeting", agent=["nasrallah", ["arouri", "hamas"]], date="2019-01", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2018-09-04, Tuesday)
DOCS.append(dict(
    id="t18-ly-tripoli", published="2018-09-04",
    text="""طرابلس - (أ ف ب):

قتل خمسة مدنيين على الأقل وأصيب العشرات، أمس، جراء قذائف صاروخية سقطت على أحياء أبو سليم وصلاح الدين وعين زارة جنوب العاصمة الليبية طرابلس، مع تواصل الاشتباكات بين اللواء السابع وكتائب موالية لحكومة الوفاق الوطني.

واتهم المتحدث باسم وزارة الداخلية في حكومة الوفاق، العقيد محمد الككلي، اللواء السابع بقصف المناطق السكنية، مؤكدا أن دوريات الوزارة ألقت القبض على ستة من عناصره قرب طريق المطار.

من جهتها، أعلنت قوة الردع الخاصة احتجاز المدعو سالم الورفلي ومساعده خالد بن عمران للاشتباه في تورطهما بتهريب الأسلحة إلى المجموعات المتقاتلة.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة الليبية"], "Tripoli", qid="Q3579", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("abusalim", "Place", ["أبو سليم"], "Abu Salim", sub="City"),
        E("salahuddin", "Place", ["صلاح الدين"], "Salah al-Din", sub="City"),
        E("ainzara", "Place", ["عين زارة"], "Ain Zara", sub="City"),
        E("seventh", "Organization", ["اللواء السابع"], "Seventh Brigade", sub="ArmedGroup"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق"], "Government of National Accord",
          sub="GovernmentBody"),
        E("moi", "Organization", ["وزارة الداخلية", "الوزارة"], "GNA Ministry of Interior", sub="GovernmentBody"),
        E("kikli", "Person", ["محمد الككلي"], "Mohamed al-Kikli"),
        E("airportroad", "Place", ["طريق المطار"], "Airport Road", opt=True),
        E("rada", "Organization", ["قوة الردع الخاصة"], "Special Deterrence Force", sub="ArmedGroup"),
        E("warfalli", "Person", ["سالم الورفلي"], "Salem al-Warfalli"),
        E("benomran", "Person", ["خالد بن عمران"], "Khaled Ben Omran"),
    ],
    relations=[
        R("locatedIn", "abusalim", "tripoli"),
        R("locatedIn", "salahuddin", "tripoli"),
        R("locatedIn", "ainzara", "tripoli"),
        R("spokespersonOf", "kikli", "moi"),
        R("partOf", "moi", "gna"),
        R("locatedIn", "airportroad", "tripoli", opt=True),
    ],
    events=[
        # yesterday's rocket fire on three districts, blamed on the Seventh Brigade
        V("Strike", agent=["seventh"], place=[["abusalim", "tripoli"], ["salahuddin", "tripoli"],
                                             ["ainzara", "tripoli"]], date="2018-09-03", trigger="قذائف"),
        V("Killing", agent=["seventh"], place=[["abusalim", "tripoli", "salahuddin", "ainzara"]],
          date="2018-09-03", trigger="قتل"),
        V("Attack", opt=True, agent=["seventh"], target=["gna"], place=["abusalim", "salahuddin", "ainzara",
                                                                       "tripoli"], date="2018-09-03"),
        # six of the brigade's men caught by the ministry's patrols
        V("Arrest", agent=["moi"], target=["seventh"], trigger="ألقت القبض"),
        V("Arrest", opt=True, place=["airportroad", "tripoli"], date="2018-09"),
        # the Special Deterrence Force holds two named men
        V("Arrest", agent=["rada"], target=["warfalli", "benomran"], trigger="احتجاز"),
        V("Arrest", opt=True, place=["tripoli"], date="2018-09"),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai and Giza (2017-10-30, Monday)
DOCS.append(dict(
    id="t18-eg-sinai", published="2017-10-30",
    text="""القاهرة - «الشروق»:

أعلن المتحدث العسكري باسم القوات المسلحة المصرية العقيد تامر الرفاعي، اليوم الاثنين، مقتل 16 عنصرا تكفيريا وتوقيف 30 مشتبها بهم خلال حملة مداهمات نفذتها قوات الجيش الثالث الميداني بمساندة القوات الجوية في مناطق العريش والشيخ زويد ورفح بشمال سيناء.

وفي سياق متصل، قررت نيابة أمن الدولة العليا حبس كل من أحمد عبد العزيز ومحمود فتحي وياسر الشاذلي 15 يوما على ذمة التحقيق، بعد أن ألقت قوات الأمن القبض عليهم الأسبوع الماضي في محافظة الجيزة، بتهمة الانتماء إلى جماعة الإخوان المسلمين.

وكان مسلحون من تنظيم «ولاية سيناء» قد هاجموا، أمس الأحد، كمينا للشرطة جنوب مدينة العريش، ما أسفر عن مقتل أربعة مجندين.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("shorouk", "Organization", ["الشروق"], "Al-Shorouk", sub="MediaOrganization", opt=True),
        E("eaf", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("refai", "Person", ["تامر الرفاعي"], "Tamer el-Refai"),
        E("army3", "Organization", ["الجيش الثالث الميداني"], "Third Field Army", sub="ArmedForce"),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("sheikhzuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah (Egypt)", sub="City"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("prosecution", "Organization", ["نيابة أمن الدولة العليا"], "Supreme State Security Prosecution",
          sub="GovernmentBody"),
        E("abdelaziz", "Person", ["أحمد عبد العزيز"], "Ahmed Abdel Aziz"),
        E("fathi", "Person", ["محمود فتحي"], "Mahmoud Fathi"),
        E("shazli", "Person", ["ياسر الشاذلي"], "Yasser el-Shazly"),
        E("security", "Organization", ["قوات الأمن"], "Egyptian security forces", opt=True),
        E("giza", "Place", ["محافظة الجيزة", "الجيزة"], "Giza Governorate", sub="Region"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الإخوان المسلمين"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("ws", "Organization", ["تنظيم «ولاية سيناء»", "ولاية سيناء"], "Sinai Province", sub="ArmedGroup"),
        E("police", "Organization", ["الشرطة"], "Egyptian National Police", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("spokespersonOf", "refai", "eaf"),
        R("partOf", "army3", "eaf"),
        R("partOf", "airforce", "eaf", opt=True),
        R("locatedIn", "arish", "nsinai"),
        R("locatedIn", "sheikhzuweid", "nsinai"),
        R("locatedIn", "rafah", "nsinai"),
        R("memberOf", "abdelaziz", "mb", opt=True),
        R("memberOf", "fathi", "mb", opt=True),
        R("memberOf", "shazli", "mb", opt=True),
    ],
    events=[
        # the Third Army's raids in North Sinai: 16 killed, 30 held
        V("MilitaryOperation", agent=["army3"], place=[["arish", "nsinai"], ["sheikhzuweid", "nsinai"],
                                                      ["rafah", "nsinai"]], trigger="حملة مداهمات"),
        V("MilitaryOperation", opt=True, agent=["airforce", "eaf"], date="2017-10"),
        V("Killing", agent=["army3"], place=[["arish", "sheikhzuweid", "rafah", "nsinai"]], trigger="مقتل"),
        V("Killing", opt=True, agent=["airforce", "eaf"], date="2017-10"),
        V("Arrest", agent=["army3"], place=[["arish", "sheikhzuweid", "rafah", "nsinai"]], trigger="توقيف"),
        V("Arrest", opt=True, agent=["eaf"], date="2017-10"),
        # three named men caught last week in Giza, held by the prosecution
        V("Arrest", agent=["security"], target=["abdelaziz", "fathi", "shazli"], place=["giza"], date="2017-10",
          trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["prosecution"], target=["mb"]),
        # Sunday's attack on a police ambush south of al-Arish
        V("Attack", agent=["ws"], target=["police"], place=["arish"], date="2017-10-29", trigger="هاجموا"),
        V("Killing", agent=["ws"], target=["police"], place=["arish"], date="2017-10-29", trigger="مقتل"),
        V("Attack", opt=True, place=["nsinai"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Lower Shabelle (2019-08-06, Tuesday)
DOCS.append(dict(
    id="t18-so-shabelle", published="2019-08-06",
    text="""مقديشو - (وكالات):

قالت القيادة الأمريكية في أفريقيا (أفريكوم)، اليوم الثلاثاء، إن طائراتها شنت غارتين جويتين، يوم الأحد الماضي، على معسكر لحركة الشباب قرب بلدة كونيو بارو في إقليم شبيلي السفلى، ما أسفر عن مقتل ثلاثة من عناصر الحركة.

في غضون ذلك، أعلن الجيش الصومالي أن قواته، بمساندة قوات الاتحاد الأفريقي (أميصوم)، شنت عملية عسكرية لاستعادة بلدات أوديغلي وسبيد وعانولي من مقاتلي الحركة، مضيفا أن العملية التي أطلق عليها اسم «بادبادو» أسفرت عن مقتل عشرات من عناصر الشباب.

وفي العاصمة، لقي النائب في البرلمان الفيدرالي عبدي حسن ورسمة مصرعه برصاص مسلحين أمام منزله في حي هودن، فيما تبنت الحركة الهجوم في بيان نشرته على موقع موال لها.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "United States Africa Command",
          sub="ArmedForce"),
        E("shabaab", "Organization", ["حركة الشباب", "الشباب", "الحركة"], "al-Shabaab", qid="Q188721",
          sub="ArmedGroup"),
        E("kunyo", "Place", ["بلدة كونيو بارو", "كونيو بارو"], "Kunyo Barrow", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى", "شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("sna", "Organization", ["الجيش الصومالي"], "Somali National Army", sub="ArmedForce"),
        E("amisom", "Organization", ["قوات الاتحاد الأفريقي", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("awdheegle", "Place", ["أوديغلي"], "Awdheegle", sub="City"),
        E("sabiid", "Place", ["سبيد"], "Sabiid", sub="City"),
        E("aanoole", "Place", ["عانولي"], "Aanoole", sub="City"),
        E("parliament", "Organization", ["البرلمان الفيدرالي"], "Federal Parliament of Somalia",
          sub="GovernmentBody"),
        E("warsame", "Person", ["عبدي حسن ورسمة"], "Abdi Hassan Warsame"),
        E("hodan", "Place", ["حي هودن"], "Hodan", sub="City"),
    ],
    relations=[
        R("locatedIn", "kunyo", "lshabelle"),
        R("memberOf", "warsame", "parliament"),
        R("locatedIn", "hodan", "mogadishu", opt=True),
    ],
    events=[
        # Sunday's AFRICOM raids near Kunyo Barrow
        V("Strike", agent=["africom"], target=["shabaab"], place=[["kunyo", "lshabelle"]], date="2019-08-04",
          trigger="غارتين"),
        V("Killing", agent=["africom"], target=["shabaab"], place=[["kunyo", "lshabelle"]], date="2019-08-04",
          trigger="مقتل"),
        # the joint operation named Badbaado and the dozens of al-Shabaab killed
        V("MilitaryOperation", name="بادبادو", agent=["sna", "amisom"], target=["shabaab"],
          place=["awdheegle", "sabiid", "aanoole"], trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["lshabelle"], date="2019-08"),
        V("Killing", agent=["sna"], target=["shabaab"], trigger="مقتل"),
        V("Killing", opt=True, agent=["amisom"], place=["awdheegle", "sabiid", "aanoole"], date="2019-08"),
        # the MP shot dead in Hodan, claimed by al-Shabaab
        V("Killing", agent=["shabaab"], target=["warsame"], place=[["hodan", "mogadishu"]], trigger="مصرعه"),
        V("Attack", agent=["shabaab"], target=["warsame"], place=[["hodan", "mogadishu"]], trigger="الهجوم"),
        V("Killing", opt=True, date="2019-08"),
        V("Attack", opt=True, date="2019-08"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Nangarhar and Kunduz (2016-06-15, Wednesday)
DOCS.append(dict(
    id="t18-af-nangarhar", published="2016-06-15",
    text="""كابول - (أ ف ب):

أطلقت القوات الأفغانية، بدعم من طائرات حلف شمال الأطلسي، عملية عسكرية واسعة في ولاية ننغرهار شرقي أفغانستان، قالت وزارة الدفاع الأفغانية إنها تستهدف معاقل تنظيم «ولاية خراسان» في مديريات أتشين وكوت ونازيان.

وأوضح المتحدث باسم الوزارة دولت وزيري، في مؤتمر صحافي عقده في كابول اليوم الأربعاء، أن العملية التي أطلق عليها اسم «شفق» أسفرت حتى الآن عن مقتل 62 مسلحا، بينهم القيادي في التنظيم الملا عبد الرحمن ساجد.

وفي ولاية قندوز شمالا، قالت الشرطة المحلية إنها اعتقلت ثلاثة من عناصر حركة طالبان، هم قاري نور الله وعبد الباقي وشير محمد، بعد ضبطهم وهم يزرعون عبوات ناسفة على طريق رئيسي، في حين قالت الولايات المتحدة إن مقاتلاتها شنت غارة على مواقع للحركة في مديرية دشت أرتشي أسفرت عن سقوط قتلى.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("ansf", "Organization", ["القوات الأفغانية"], "Afghan National Security Forces", sub="ArmedForce"),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184", sub="Coalition"),
        E("nangarhar", "Place", ["ولاية ننغرهار", "ننغرهار"], "Nangarhar Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية", "الوزارة"], "Ministry of Defense (Afghanistan)",
          sub="GovernmentBody"),
        E("iskp", "Organization", ["تنظيم «ولاية خراسان»", "ولاية خراسان", "التنظيم"], "Islamic State – Khorasan Province",
          sub="ArmedGroup"),
        E("achin", "Place", ["أتشين"], "Achin District", sub="City"),
        E("kot", "Place", ["كوت"], "Kot District", sub="City"),
        E("nazian", "Place", ["نازيان"], "Nazyan District", sub="City"),
        E("waziri", "Person", ["دولت وزيري"], "Dawlat Waziri"),
        E("sajid", "Person", ["عبد الرحمن ساجد"], "Abdul Rahman Sajid"),
        E("kunduz", "Place", ["ولاية قندوز", "قندوز"], "Kunduz Province", sub="Region"),
        E("police", "Organization", ["الشرطة المحلية"], "Afghan Local Police", sub="GovernmentBody", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("nurullah", "Person", ["قاري نور الله", "نور الله"], "Qari Nurullah"),
        E("abdulbaqi", "Person", ["عبد الباقي"], "Abdul Baqi"),
        E("shermohammad", "Person", ["شير محمد"], "Sher Mohammad"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("dashtarchi", "Place", ["مديرية دشت أرتشي", "دشت أرتشي"], "Dasht-e Archi District", sub="City"),
    ],
    relations=[
        R("locatedIn", "nangarhar", "afghanistan"),
        R("locatedIn", "achin", "nangarhar"),
        R("locatedIn", "kot", "nangarhar"),
        R("locatedIn", "nazian", "nangarhar"),
        R("spokespersonOf", "waziri", "mod"),
        R("memberOf", "sajid", "iskp"),
        R("memberOf", "nurullah", "taliban"),
        R("memberOf", "abdulbaqi", "taliban"),
        R("memberOf", "shermohammad", "taliban"),
        R("locatedIn", "dashtarchi", "kunduz", opt=True),
        R("locatedIn", "kunduz", "afghanistan", opt=True),
    ],
    events=[
        # the Afghan offensive with NATO air support, named Shafaq
        V("MilitaryOperation", name="شفق", agent=["ansf", "nato"], target=["iskp"],
          place=[["achin", "nangarhar"], ["kot", "nangarhar"], ["nazian", "nangarhar"]], trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["afghanistan"], date="2016-06"),
        V("Killing", agent=["ansf"], target=["iskp", "sajid"], place=[["nangarhar", "achin", "kot", "nazian"]],
          trigger="مقتل"),
        V("Killing", opt=True, agent=["nato"], date="2016-06"),
        # three named Taliban men held in Kunduz
        V("Arrest", agent=["police"], target=["nurullah", "abdulbaqi", "shermohammad"], place=["kunduz"],
          trigger="اعتقلت"),
        V("Arrest", opt=True, target=["taliban"], date="2016-06"),
        # the US raid in Dasht-e Archi
        V("Strike", agent=["us"], target=["taliban"], place=[["dashtarchi", "kunduz"]], trigger="غارة"),
        V("Killing", agent=["us"], place=[["dashtarchi", "kunduz"]], trigger="قتلى"),
        V("Killing", opt=True, target=["taliban"]),
        V("Strike", opt=True, date="2016-06"),
        V("Killing", opt=True, date="2016-06"),
    ],
))

# ---------------------------------------------------------------- Gaza, Cairo and the West Bank (2017-06-19, Monday)
DOCS.append(dict(
    id="t18-ps-cairo", published="2017-06-19",
    text="""غزة - «الأيام»:

وصل وفد من قيادة حركة حماس برئاسة يحيى السنوار إلى القاهرة، أمس الأحد، في زيارة تستمر عدة أيام يلتقي خلالها مسؤولين في جهاز المخابرات العامة المصرية، لبحث أزمة الكهرباء في قطاع غزة وفتح معبر رفح.

وكان رئيس المكتب السياسي للحركة إسماعيل هنية قد التقى في الدوحة، الشهر الماضي، وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني، وبحث معه «سبل تخفيف الحصار».

وفي الضفة الغربية، اعتقلت قوات الاحتلال الإسرائيلي فجر اليوم الاثنين 15 فلسطينيا في مدن نابلس وجنين والخليل، بينهم القيادي في الحركة عمر الحاج، فيما استشهد شاب برصاص الجيش الإسرائيلي عند حاجز قلنديا شمال القدس.""",
    entities=[
        E("gazacity", "Place", ["غزة"], "Gaza City", sub="City"),
        E("ayyam", "Organization", ["الأيام"], "Al-Ayyam", sub="MediaOrganization", opt=True),
        E("hamas", "Organization", ["حركة حماس", "حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("sinwar", "Person", ["يحيى السنوار"], "Yahya Sinwar"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "General Intelligence Directorate (Egypt)",
          sub="GovernmentBody"),
        E("strip", "Place", ["قطاع غزة"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("crossing", "Place", ["معبر رفح"], "Rafah Border Crossing"),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas Political Bureau", opt=True),
        E("doha", "Place", ["الدوحة"], "Doha", qid="Q3861", sub="City"),
        E("mbar", "Person", ["محمد بن عبد الرحمن آل ثاني"], "Mohammed bin Abdulrahman Al Thani"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", qid="Q36678", sub="Region"),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "الجيش الإسرائيلي"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("nablus", "Place", ["نابلس"], "Nablus", sub="City"),
        E("jenin", "Place", ["جنين"], "Jenin", sub="City"),
        E("hebron", "Place", ["الخليل"], "Hebron", sub="City"),
        E("hajj", "Person", ["عمر الحاج"], "Omar al-Hajj"),
        E("qalandia", "Place", ["حاجز قلنديا"], "Qalandia checkpoint"),
        E("jerusalem", "Place", ["القدس"], "Jerusalem", qid="Q1218", sub="City"),
    ],
    relations=[
        R("memberOf", "sinwar", "hamas"),
        R("leaderOf", "haniyeh", "hamas"),
        R("leaderOf", "haniyeh", "politburo", opt=True),
        R("partOf", "politburo", "hamas", opt=True),
        R("memberOf", "hajj", "hamas"),
        R("locatedIn", "nablus", "westbank", opt=True),
        R("locatedIn", "jenin", "westbank", opt=True),
        R("locatedIn", "hebron", "westbank", opt=True),
        R("locatedIn", "qalandia", "jerusalem"),
        R("locatedIn", "crossing", "strip", opt=True),
    ],
    events=[
        # the Hamas delegation's arrival in Cairo yesterday
        V("Visit", agent=[["sinwar", "hamas"]], place=["cairo"], date="2017-06-18", trigger="وصل"),
        V("Meeting", opt=True, agent=["sinwar", "hamas", "gis"], place=["cairo"], date="2017-06"),
        # Haniyeh and the Qatari foreign minister in Doha last month
        V("Meeting", agent=["haniyeh", "mbar"], place=["doha"], date="2017-05", trigger="التقى"),
        # this morning's arrests in three West Bank cities
        V("Arrest", agent=["idf"], target=["hajj"], place=[["nablus", "westbank"], ["jenin", "westbank"],
                                                        ["hebron", "westbank"]], date="2017-06-19",
          trigger="اعتقلت"),
        V("Arrest", opt=True, target=["hamas"]),
        # a young man shot dead at Qalandia
        V("Killing", agent=["idf"], place=[["qalandia", "jerusalem"]], trigger="استشهد"),
        V("Killing", opt=True, date="2017-06-19"),
    ],
))
