"""Hand annotations of the sixteenth training set (see eval/train16/README.md).

Articles written for the project in the style of Arabic agency copy (dateline, byline «كتب: X»,
long sentences, quotes, minor persons with no title, kunyas, generic bodies, ministries by a country
adjective, embassies, «ولاية X» / «إقليم X» beside the city X, «مدينة غزة» beside «غزة», organisations
whose names hold a place, transliterated foreign agencies, local councils, tribes, militias,
hospitals, universities). Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it; the entity helper's WORKING set.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Sudan, Khartoum state (2023-06-14, Wednesday)
DOCS.append(dict(
    id="t16-sd-omdurman", published="2023-06-14",
    text="""الخرطوم - «سودان تربيون»:

قتل سبعة مدنيين وأصيب 15 آخرون، أمس الثلاثاء، في قصف مدفعي استهدف سوقا شعبيا في مدينة أم درمان بولاية الخرطوم، واتهمت لجنة المقاومة في حي الثورة قوات الدعم السريع بإطلاق القذائف من مواقعها في منطقة شرق النيل.

وقال آدم محمد إسحاق، وهو تاجر نجا من القصف، إن «الدفاع المدني لم يصل إلا بعد ساعتين لأن الطرق مغلقة»، فيما أعلنت وزارة الصحة بولاية الخرطوم أن مستشفى النو استقبل جثث الضحايا.

من جهته، قال المتحدث باسم القوات المسلحة السودانية العميد نبيل عبد الله إن الجيش نفذ ضربات جوية على تجمعات للدعم السريع في شرق النيل، فيما وصل رئيس مجلس السيادة عبد الفتاح البرهان إلى مدينة بورتسودان قادما من العاصمة المصرية القاهرة حيث التقى الرئيس عبد الفتاح السيسي.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("st", "Organization", ["سودان تربيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("omdurman", "Place", ["مدينة أم درمان", "أم درمان"], "Omdurman", sub="City"),
        E("kstate", "Place", ["ولاية الخرطوم"], "Khartoum State", sub="Region"),
        E("committee", "Organization", ["لجنة المقاومة في حي الثورة"], "al-Thawra Resistance Committee"),
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع"], "Rapid Support Forces",
          sub="ArmedGroup"),
        E("eastnile", "Place", ["منطقة شرق النيل", "شرق النيل"], "East Nile", sub="City"),
        E("ishaq", "Person", ["آدم محمد إسحاق"], "Adam Mohamed Ishaq"),
        E("civdef", "Organization", ["الدفاع المدني"], "Sudanese Civil Defence", sub="GovernmentBody"),
        E("moh", "Organization", ["وزارة الصحة بولاية الخرطوم"], "Khartoum State Ministry of Health",
          sub="GovernmentBody"),
        E("nau", "Place", ["مستشفى النو"], "al-Nau Hospital"),
        E("saf", "Organization", ["القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("nabil", "Person", ["نبيل عبد الله"], "Nabil Abdallah"),
        E("council", "Organization", ["مجلس السيادة"], "Sovereignty Council", sub="GovernmentBody"),
        E("burhan", "Person", ["عبد الفتاح البرهان"], "Abdel Fattah al-Burhan"),
        E("portsudan", "Place", ["مدينة بورتسودان", "بورتسودان"], "Port Sudan", sub="City"),
        E("cairo", "Place", ["القاهرة", "العاصمة المصرية"], "Cairo", qid="Q85", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
    ],
    relations=[
        R("locatedIn", "omdurman", "kstate"),
        R("spokespersonOf", "nabil", "saf"),
        R("leaderOf", "burhan", "council"),
        R("locatedIn", "eastnile", "kstate", opt=True),
    ],
    events=[
        V("Strike", agent=["rsf"], place=[["omdurman", "kstate"]], date="2023-06-13", trigger="قصف"),
        V("Killing", agent=["rsf"], place=[["omdurman", "kstate"]], date="2023-06-13", trigger="قتل"),
        V("Attack", opt=True, agent=["rsf"], place=[["omdurman", "kstate"]], date="2023-06-13"),
        V("Strike", agent=["saf"], target=["rsf"], place=["eastnile"], trigger="ضربات جوية"),
        V("Visit", agent=["burhan"], place=["portsudan"], trigger="وصل"),
        V("Visit", opt=True, agent=["burhan"], place=["cairo"]),
        V("Meeting", agent=["burhan", "sisi"], place=["cairo"], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Gaza (2024-02-20, Tuesday)
DOCS.append(dict(
    id="t16-ps-gazacity", published="2024-02-20",
    text="""غزة - كتب: محمود أبو سمرة

قال الدفاع المدني في قطاع غزة إن 11 شخصا على الأقل قتلوا فجر اليوم الثلاثاء في غارة إسرائيلية استهدفت منزلا لعائلة الحلو في حي الزيتون جنوبي مدينة غزة، بينهم أربعة أطفال.

وأوضح الناطق باسم الجهاز محمود بصل أن طواقمه انتشلت الجثث ونقلتها إلى المستشفى المعمداني، مضيفا أن «غزة تعيش بلا وقود ولا كهرباء منذ أسابيع». وقال أبو خالد، وهو جار للعائلة، إن الطائرات قصفت المنزل دون إنذار.

في المقابل، قال الجيش الإسرائيلي إنه استهدف «عنصرا في حركة حماس» كان يختبئ في المبنى، فيما أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، أن مقاتليها فجروا عبوة ناسفة بقوة إسرائيلية قرب دوار الكويت.""",
    entities=[
        E("gazacity", "Place", ["مدينة غزة", "غزة"], "Gaza City", sub="City"),
        E("abusamra", "Person", ["محمود أبو سمرة"], "Mahmoud Abu Samra"),
        E("civdef", "Organization", ["الدفاع المدني", "الجهاز"], "Gaza Civil Defence", sub="GovernmentBody"),
        E("strip", "Place", ["قطاع غزة"], "Gaza Strip", sub="Region"),
        E("zeitoun", "Place", ["حي الزيتون"], "al-Zeitoun", sub="City"),
        E("basal", "Person", ["محمود بصل"], "Mahmoud Basal"),
        E("ahli", "Place", ["المستشفى المعمداني"], "al-Ahli Arab Hospital"),
        E("abukhaled", "Person", ["أبو خالد"], "Abu Khaled"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("hamas", "Organization", ["حركة حماس", "حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي", "الجهاد الإسلامي"], "Palestinian Islamic Jihad",
          sub="ArmedGroup"),
        E("kuwait_rb", "Place", ["دوار الكويت"], "Kuwait Roundabout", opt=True),
    ],
    relations=[
        R("locatedIn", "zeitoun", "gazacity"),
        R("spokespersonOf", "basal", "civdef"),
        R("partOf", "saraya", "pij"),
        R("locatedIn", "civdef", "strip", opt=True),
        R("locatedIn", "gazacity", "strip", opt=True),
    ],
    events=[
        V("Strike", agent=["idf"], place=[["zeitoun", "gazacity"]], date="2024-02-20", trigger="غارة"),
        V("Killing", agent=["idf"], place=[["zeitoun", "gazacity"]], date="2024-02-20", trigger="قتلوا"),
        V("Strike", opt=True, target=["hamas"]),
        V("Attack", agent=["saraya"], place=["kuwait_rb"], trigger="فجروا"),
        V("Attack", opt=True, agent=["pij"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Kurdistan Region (2019-10-16, Wednesday)
DOCS.append(dict(
    id="t16-iq-erbil", published="2019-10-16",
    text="""أربيل - «رووداو»:

اعتقلت شرطة إقليم كردستان، أمس الثلاثاء، ثلاثة أشخاص يشتبه بانتمائهم إلى تنظيم داعش في ناحية ديبكة التابعة لقضاء مخمور، بعد معلومات قدمها مختار القرية صالح حمد الجبوري، وفق ما أفاد مصدر في المديرية العامة للأسايش.

وقال المتحدث باسم وزارة البيشمركة هلكورد حكمت إن قوات البيشمركة ستنسق مع الجيش العراقي لملاحقة بقايا التنظيم في المناطق المتنازع عليها بين أربيل وبغداد، مشيرا إلى أن وفدا من حكومة الإقليم سيزور العاصمة الاتحادية الأسبوع المقبل.

وفي مدينة السليمانية، نظم طلاب جامعة السليمانية وقفة احتجاجية أمام مبنى مجلس المحافظة للمطالبة بصرف رواتب الموظفين المتأخرة منذ ثلاثة أشهر.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("rudaw", "Organization", ["رووداو"], "Rudaw", sub="MediaOrganization", opt=True),
        E("krpolice", "Organization", ["شرطة إقليم كردستان"], "Kurdistan Region Police", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("dibaga", "Place", ["ناحية ديبكة", "ديبكة"], "Dibaga", sub="City"),
        E("makhmour", "Place", ["قضاء مخمور", "مخمور"], "Makhmour District", sub="Region"),
        E("jubouri", "Person", ["صالح حمد الجبوري"], "Saleh Hamad al-Jubouri"),
        E("asayish", "Organization", ["المديرية العامة للأسايش"], "General Directorate of Asayish",
          sub="GovernmentBody"),
        E("mop", "Organization", ["وزارة البيشمركة"], "Ministry of Peshmerga", sub="GovernmentBody"),
        E("hikmat", "Person", ["هلكورد حكمت"], "Halgurd Hikmat"),
        E("peshmerga", "Organization", ["قوات البيشمركة", "البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("iqarmy", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("baghdad", "Place", ["بغداد", "العاصمة الاتحادية"], "Baghdad", qid="Q1530", sub="City",
          alt=["Organization"]),
        E("krg", "Organization", ["حكومة الإقليم"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("sulay", "Place", ["مدينة السليمانية", "السليمانية"], "Sulaymaniyah", sub="City"),
        E("univ", "Organization", ["جامعة السليمانية"], "University of Sulaimani"),
        E("pcouncil", "Organization", ["مجلس المحافظة"], "Sulaymaniyah Provincial Council",
          sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "dibaga", "makhmour"),
        R("spokespersonOf", "hikmat", "mop"),
        R("memberOf", "jubouri", "dibaga", opt=True),
        R("partOf", "peshmerga", "mop", opt=True),
        R("partOf", "mop", "krg", opt=True),
    ],
    events=[
        V("Arrest", agent=["krpolice"], target=["isis"], place=[["dibaga", "makhmour"]], date="2019-10-15",
          trigger="اعتقلت"),
        V("Visit", agent=["krg"], place=["baghdad"], trigger="سيزور", opt=True),
    ],
))

# ---------------------------------------------------------------- Libya, Misrata and the south (2021-08-25, Wednesday)
DOCS.append(dict(
    id="t16-ly-misrata", published="2021-08-25",
    text="""مصراتة - (وكالة الأنباء الليبية):

أعلن المجلس البلدي مصراتة، أمس الثلاثاء، الحداد ثلاثة أيام على أرواح خمسة من أبناء المدينة قتلوا في كمين نصبه مسلحون مجهولون على الطريق الساحلي قرب بلدة الهيشة، وطالب السلطات الليبية بكشف الجناة.

وقال عميد البلدية محمود السقوطري إن «الأجهزة الأمنية في المنطقة الوسطى تعرف من يقف وراء هذه الجرائم»، فيما قالت مصادر محلية إن القتلى ينتمون إلى كتيبة المحجوب، إحدى الكتائب المسلحة في المدينة.

وفي الجنوب، اندلعت اشتباكات بين مسلحين من قبيلة أولاد سليمان وآخرين من قبيلة التبو في مدينة سبها، وقال مدير مركز سبها الطبي عبد الرحمن عريش إن المركز استقبل ثلاثة جرحى، بينما دعت البعثة الأممية في ليبيا إلى وقف فوري للقتال.""",
    entities=[
        E("misrata", "Place", ["مصراتة", "المدينة"], "Misrata", sub="City"),
        E("lana", "Organization", ["وكالة الأنباء الليبية"], "Libyan News Agency", sub="MediaOrganization",
          opt=True),
        E("council", "Organization", ["المجلس البلدي مصراتة", "البلدية"], "Misrata Municipal Council",
          sub="GovernmentBody"),
        E("hisha", "Place", ["بلدة الهيشة", "الهيشة"], "al-Hisha", sub="City"),
        E("authorities", "Organization", ["السلطات الليبية"], "Libyan authorities", sub="GovernmentBody"),
        E("sgoutri", "Person", ["محمود السقوطري"], "Mahmoud al-Sgoutri"),
        E("security", "Organization", ["الأجهزة الأمنية"], "security services of the central region",
          sub="GovernmentBody", opt=True),
        E("central", "Place", ["المنطقة الوسطى"], "Central Region", sub="Region", opt=True),
        E("mahjoub", "Organization", ["كتيبة المحجوب"], "al-Mahjoub Brigade", sub="ArmedGroup"),
        E("awlad", "Organization", ["قبيلة أولاد سليمان", "أولاد سليمان"], "Awlad Suleiman"),
        E("tebu", "Organization", ["قبيلة التبو", "التبو"], "Tebu"),
        E("sabha", "Place", ["مدينة سبها", "سبها"], "Sabha", sub="City"),
        E("smc", "Place", ["مركز سبها الطبي", "المركز"], "Sabha Medical Centre"),
        E("arish", "Person", ["عبد الرحمن عريش"], "Abdel Rahman Arish"),
        E("unsmil", "Organization", ["البعثة الأممية في ليبيا", "البعثة الأممية"],
          "United Nations Support Mission in Libya"),
        E("gunmen", "Organization", ["مسلحون مجهولون"], "unknown gunmen", opt=True),
    ],
    relations=[
        R("leaderOf", "sgoutri", "council"),
        R("locatedIn", "hisha", "misrata", opt=True),
        R("locatedIn", "mahjoub", "misrata", opt=True),
        R("leaderOf", "arish", "smc"),
        R("locatedIn", "smc", "sabha", opt=True),
    ],
    events=[
        V("Attack", place=["hisha"], trigger="كمين"),
        V("Killing", place=["hisha"], target=["mahjoub"], trigger="قتلوا"),
        V("Attack", opt=True, date="2021-08"),
        V("Killing", opt=True, date="2021-08"),
        V("Attack", opt=True, agent=["awlad", "tebu"], place=["sabha"]),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno state (2018-05-09, Wednesday)
DOCS.append(dict(
    id="t16-ng-maiduguri", published="2018-05-09",
    text="""لاغوس - (أ ف ب):

قالت وكالة إدارة الطوارئ في ولاية بورنو بشمال شرق نيجيريا إن 14 شخصا قتلوا، مساء الإثنين، عندما فجرت انتحاريتان نفسيهما وسط مصلين في مسجد بمدينة مايدوغوري، عاصمة الولاية، في هجوم يحمل بصمات جماعة بوكو حرام.

وأوضح المتحدث باسم الوكالة عبد القادر إبراهيم أن الجرحى نقلوا إلى مستشفى جامعة مايدوغوري التعليمي، فيما قال بابا كورا، وهو قائد في ميليشيا قوة المهام المدنية المشتركة، إن عناصره أوقفوا مشتبها به ثالثا قبل أن يصل إلى السوق.

ونقلت وكالة رويترز عن الجيش النيجيري أن قواته قتلت 20 مسلحا في غابة سامبيسا، بينما دعا الرئيس محمد بخاري في بيان من أبوجا السكان إلى التعاون مع قوات الأمن.""",
    entities=[
        E("lagos", "Place", ["لاغوس"], "Lagos", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("sema", "Organization", ["وكالة إدارة الطوارئ في ولاية بورنو", "الوكالة"],
          "Borno State Emergency Management Agency", sub="GovernmentBody"),
        E("borno", "Place", ["ولاية بورنو", "الولاية"], "Borno State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("maiduguri", "Place", ["مدينة مايدوغوري", "مايدوغوري"], "Maiduguri", sub="City"),
        E("bokoharam", "Organization", ["جماعة بوكو حرام", "بوكو حرام"], "Boko Haram",
          sub="ArmedGroup"),
        E("ibrahim", "Person", ["عبد القادر إبراهيم"], "Abdulkadir Ibrahim"),
        E("umth", "Place", ["مستشفى جامعة مايدوغوري التعليمي"], "University of Maiduguri Teaching Hospital"),
        E("kura", "Person", ["بابا كورا"], "Baba Kura"),
        E("cjtf", "Organization", ["قوة المهام المدنية المشتركة", "ميليشيا قوة المهام المدنية المشتركة"],
          "Civilian Joint Task Force", sub="ArmedGroup"),
        E("reuters", "Organization", ["وكالة رويترز", "رويترز"], "Reuters", qid="Q130879",
          sub="MediaOrganization"),
        E("army", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("sambisa", "Place", ["غابة سامبيسا", "سامبيسا"], "Sambisa Forest", sub="Region"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari"),
        E("abuja", "Place", ["أبوجا"], "Abuja", qid="Q3787", sub="City"),
        E("secforces", "Organization", ["قوات الأمن"], "Nigerian security forces", opt=True),
    ],
    relations=[
        R("locatedIn", "sema", "borno", opt=True),
        R("locatedIn", "borno", "nigeria"),
        R("locatedIn", "maiduguri", "borno"),
        R("spokespersonOf", "ibrahim", "sema"),
        R("leaderOf", "kura", "cjtf", opt=True),
        R("memberOf", "kura", "cjtf"),
        R("leaderOf", "buhari", "nigeria", opt=True),
        R("positionIn", "buhari", "nigeria", opt=True),
        R("locatedIn", "umth", "maiduguri", opt=True),
    ],
    events=[
        V("Attack", place=[["maiduguri", "borno"]], date="2018-05-07", trigger="فجرت"),
        V("Killing", place=[["maiduguri", "borno"]], date="2018-05-07", trigger="قتلوا"),
        V("Attack", opt=True, agent=["bokoharam"]),
        V("Killing", opt=True, agent=["bokoharam"]),
        V("Arrest", agent=["cjtf"], trigger="أوقفوا"),
        V("Killing", agent=["army"], place=["sambisa"], trigger="قتلت"),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib (2022-04-06, Wednesday)
DOCS.append(dict(
    id="t16-ye-marib", published="2022-04-06",
    text="""مأرب - «المصدر أونلاين» - كتب: فارس الحميري

قال مصدر عسكري في القوات المسلحة اليمنية إن مقاتلين من قبائل عبيدة صدوا، ليل الإثنين، هجوما شنته جماعة الحوثيين على مواقعهم في مديرية صرواح غربي محافظة مأرب، رغم سريان الهدنة التي أعلنها المبعوث الأممي هانس غروندبرغ.

وأوضح المصدر أن القائد الميداني في الجماعة المكنى أبو حيدر قتل مع سبعة من مرافقيه، وأن جريحين من أبناء القبيلة نقلا إلى مستشفى هيئة مأرب العام في مدينة مأرب.

وفي عدن، قال رئيس جامعة عدن الخضر لصور إن الدراسة ستستأنف الأسبوع المقبل، بعد أن اقتحم مسلحون من الحزام الأمني مبنى كلية الحقوق الشهر الماضي واعتقلوا اثنين من الحراس.""",
    entities=[
        E("maribcity", "Place", ["مدينة مأرب", "مأرب"], "Marib", sub="City"),
        E("masdar", "Organization", ["المصدر أونلاين"], "al-Masdar Online", sub="MediaOrganization",
          opt=True),
        E("humairi", "Person", ["فارس الحميري"], "Fares al-Humairi"),
        E("yaf", "Organization", ["القوات المسلحة اليمنية"], "Yemeni Armed Forces", sub="ArmedForce"),
        E("abida", "Organization", ["قبائل عبيدة", "القبيلة"], "Abida tribes"),
        E("houthis", "Organization", ["جماعة الحوثيين", "الجماعة"], "Houthis",
          sub="ArmedGroup"),
        E("sirwah", "Place", ["مديرية صرواح", "صرواح"], "Sirwah District", sub="Region"),
        E("marib", "Place", ["محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("grundberg", "Person", ["هانس غروندبرغ"], "Hans Grundberg"),
        E("abuhaidar", "Person", ["أبو حيدر"], "Abu Haidar"),
        E("hospital", "Place", ["مستشفى هيئة مأرب العام"], "Marib General Authority Hospital"),
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("univ", "Organization", ["جامعة عدن"], "University of Aden"),
        E("lasur", "Person", ["الخضر لصور"], "al-Khader Lasur"),
        E("belt", "Organization", ["الحزام الأمني"], "Security Belt Forces", sub="ArmedGroup"),
        E("law", "Organization", ["كلية الحقوق"], "Faculty of Law", opt=True),
        E("un", "Organization", ["الأممي"], "United Nations", opt=True),
    ],
    relations=[
        R("locatedIn", "sirwah", "marib"),
        R("memberOf", "abuhaidar", "houthis"),
        R("leaderOf", "abuhaidar", "houthis", opt=True),
        R("leaderOf", "lasur", "univ"),
        R("locatedIn", "hospital", "maribcity", opt=True),
        R("locatedIn", "univ", "aden", opt=True),
        R("positionIn", "grundberg", "un", opt=True),
        R("partOf", "law", "univ", opt=True),
    ],
    events=[
        V("Attack", agent=["houthis"], target=["abida"], place=[["sirwah", "marib"]], date="2022-04-04",
          trigger="هجوما"),
        V("Killing", target=["abuhaidar"], trigger="قتل"),
        V("Killing", opt=True, agent=["abida"], place=[["sirwah", "marib"]], date="2022-04-04"),
        V("Attack", agent=["belt"], place=["aden"], date="2022-03", trigger="اقتحم"),
        V("Arrest", agent=["belt"], place=["aden"], date="2022-03", trigger="اعتقلوا"),
    ],
))

# ---------------------------------------------------------------- Somalia, Jubaland (2017-11-22, Wednesday)
DOCS.append(dict(
    id="t16-so-kismayo", published="2017-11-22",
    text="""كيسمايو - «الصومال الجديد»:

أعلنت قوات ولاية جوبالاند أنها استعادت، أمس الثلاثاء، السيطرة على بلدة أفمدو بعد معارك مع مقاتلي حركة الشباب المجاهدين استمرت ساعات، قتل فيها ستة من عناصر الحركة.

وقال وزير الأمن في الإدارة الإقليمية عبد الرشيد جنان إن «قوات الاتحاد الأفريقي قدمت دعما مدفعيا»، مضيفا أن القيادي في الحركة المعروف بأبي عبيدة فر نحو الحدود الكينية. وأشاد رئيس الولاية أحمد مدوبي بالعملية خلال لقائه في كيسمايو بسفير المملكة المتحدة لدى الصومال.

من جهة أخرى، ذكرت إذاعة صوت أمريكا أن مسلحين اغتالوا عضوا في المجلس المحلي لمدينة بلدوين بإقليم هيران وسط البلاد.""",
    entities=[
        E("kismayo", "Place", ["كيسمايو"], "Kismayo", sub="City"),
        E("sj", "Organization", ["الصومال الجديد"], "al-Sumal al-Jadid", sub="MediaOrganization", opt=True),
        E("jlforces", "Organization", ["قوات ولاية جوبالاند"], "Jubaland security forces", sub="ArmedForce"),
        E("jubaland", "Place", ["ولاية جوبالاند", "الولاية"], "Jubaland", sub="Region"),
        E("afmadow", "Place", ["بلدة أفمدو", "أفمدو"], "Afmadow", sub="City"),
        E("shabab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab",
          sub="ArmedGroup"),
        E("admin", "Organization", ["الإدارة الإقليمية"], "Jubaland administration", sub="GovernmentBody"),
        E("janan", "Person", ["عبد الرشيد جنان"], "Abdirashid Janan"),
        E("au", "Organization", ["قوات الاتحاد الأفريقي"], "African Union forces", sub="ArmedForce"),
        E("abuubayda", "Person", ["أبي عبيدة"], "Abu Ubaida"),
        E("madobe", "Person", ["أحمد مدوبي"], "Ahmed Madobe"),
        E("uk", "Place", ["المملكة المتحدة"], "United Kingdom", qid="Q145", sub="Country", alt=["Organization"]),
        E("somalia", "Place", ["الصومال", "البلاد"], "Somalia", qid="Q1045", sub="Country"),
        E("voa", "Organization", ["إذاعة صوت أمريكا", "صوت أمريكا"], "Voice of America",
          sub="MediaOrganization"),
        E("bcouncil", "Organization", ["المجلس المحلي لمدينة بلدوين"], "Beledweyne local council",
          sub="GovernmentBody"),
        E("hiran", "Place", ["إقليم هيران"], "Hiran", sub="Region"),
    ],
    relations=[
        R("positionIn", "janan", "admin"),
        R("memberOf", "abuubayda", "shabab"),
        R("leaderOf", "madobe", "jubaland"),
        R("locatedIn", "kismayo", "jubaland", opt=True),
        R("locatedIn", "afmadow", "jubaland", opt=True),
        R("locatedIn", "hiran", "somalia"),
        R("partOf", "jlforces", "admin", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["jlforces"], target=["shabab"], place=["afmadow"], date="2017-11-21"),
        V("Killing", agent=["jlforces"], target=["shabab"], place=["afmadow"], date="2017-11-21",
          trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["jlforces"], place=["afmadow"]),
        V("Meeting", agent=["madobe"], place=["kismayo"], trigger="لقائه"),
        V("Killing", target=["bcouncil"], place=["hiran"], trigger="اغتالوا"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Balochistan (2025-03-12, Wednesday)
DOCS.append(dict(
    id="t16-pk-quetta", published="2025-03-12",
    text="""إسلام آباد - (د ب أ):

قتل أربعة من عناصر شرطة إقليم بلوشستان، أمس الثلاثاء، عندما فتح مسلحون النار على نقطة تفتيش في ضواحي مدينة كويتا، عاصمة الإقليم، في هجوم تبناه جيش تحرير بلوشستان في رسالة إلى الصحفيين.

وقال المسؤول في إدارة الشرطة المحلية شاه زيب خان إن المهاجمين فروا إلى الجبال، وإن قوات حرس الحدود بدأت عملية تمشيط واسعة. وفي إقليم خيبر بختونخوا المجاور لأفغانستان، اعتقلت إدارة مكافحة الإرهاب خمسة أشخاص قالت إنهم أعضاء في حركة طالبان باكستان.

ودانت وزارة الخارجية الباكستانية الهجوم، واتهمت «جهات معادية» بتمويل المسلحين، بينما عبرت السفارة الصينية في إسلام آباد عن قلقها على سلامة العاملين الصينيين في الإقليم.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["شرطة إقليم بلوشستان"], "Balochistan Police", sub="ArmedForce"),
        E("quetta", "Place", ["مدينة كويتا", "كويتا"], "Quetta", sub="City"),
        E("balochistan", "Place", ["الإقليم"], "Balochistan", sub="Region", opt=True),
        E("bla", "Organization", ["جيش تحرير بلوشستان"], "Balochistan Liberation Army", sub="ArmedGroup"),
        E("khan", "Person", ["شاه زيب خان"], "Shahzeb Khan"),
        E("localpolice", "Organization", ["إدارة الشرطة المحلية"], "local police administration",
          sub="GovernmentBody", opt=True),
        E("fc", "Organization", ["قوات حرس الحدود"], "Frontier Corps", sub="ArmedForce"),
        E("kp", "Place", ["إقليم خيبر بختونخوا", "خيبر بختونخوا"], "Khyber Pakhtunkhwa", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("ctd", "Organization", ["إدارة مكافحة الإرهاب"], "Counter Terrorism Department",
          sub="GovernmentBody"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("mofa", "Organization", ["وزارة الخارجية الباكستانية"], "Ministry of Foreign Affairs (Pakistan)",
          sub="GovernmentBody"),
        E("embassy", "Organization", ["السفارة الصينية"], "Embassy of China in Islamabad"),
    ],
    relations=[
        R("locatedIn", "quetta", "balochistan", opt=True),
        R("memberOf", "khan", "localpolice", opt=True),
        R("positionIn", "khan", "localpolice", opt=True),
        R("locatedIn", "embassy", "islamabad", opt=True),
        R("locatedIn", "ctd", "kp", opt=True),
    ],
    events=[
        V("Attack", agent=["bla"], target=["police"], place=[["quetta", "balochistan"]], date="2025-03-11",
          trigger="فتح مسلحون النار"),
        V("Killing", agent=["bla"], target=["police"], place=[["quetta", "balochistan"]], date="2025-03-11",
          trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["fc"]),
        V("Arrest", agent=["ctd"], target=["ttp"], place=["kp"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2020-09-30, Wednesday)
DOCS.append(dict(
    id="t16-sy-idlib", published="2020-09-30",
    text="""إدلب - «عنب بلدي»:

قال الدفاع المدني السوري، المعروف بالخوذ البيضاء، إن امرأة وطفليها قتلوا، أمس الثلاثاء، في قصف مدفعي لقوات النظام السوري على قرية البارة في جبل الزاوية جنوبي محافظة إدلب، بينما أصيب خمسة مدنيين بغارة روسية على أطراف مدينة إدلب.

وقال عضو المجلس المحلي في البارة، أبو محمد الإدلبي، إن «الأهالي بدأوا النزوح نحو المخيمات على الحدود التركية». وأوضح الطبيب سامر العلي، من مستشفى إدلب الجامعي، أن المستشفى يعمل بنصف طاقته.

في غضون ذلك، سيرت القوات التركية والشرطة العسكرية الروسية دورية مشتركة على الطريق الدولي حلب - اللاذقية، وفق ما أعلنته وزارة الدفاع التركية، فيما قالت «هيئة تحرير الشام» إن مقاتليها استهدفوا مواقع للنظام في ريف حماة الشمالي.""",
    entities=[
        E("idlibcity", "Place", ["مدينة إدلب", "إدلب"], "Idlib", sub="City"),
        E("enab", "Organization", ["عنب بلدي"], "Enab Baladi", sub="MediaOrganization", opt=True),
        E("civdef", "Organization", ["الدفاع المدني السوري", "الخوذ البيضاء"], "Syrian Civil Defence"),
        E("regime", "Organization", ["قوات النظام السوري", "النظام"], "Syrian government forces",
          sub="ArmedForce"),
        E("bara", "Place", ["قرية البارة", "البارة"], "al-Bara", sub="City"),
        E("zawiya", "Place", ["جبل الزاوية"], "Jabal al-Zawiya", sub="Region"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
        E("lcouncil", "Organization", ["المجلس المحلي في البارة"], "al-Bara local council",
          sub="GovernmentBody"),
        E("idlibi", "Person", ["أبو محمد الإدلبي"], "Abu Mohammed al-Idlibi"),
        E("ali", "Person", ["سامر العلي"], "Samer al-Ali"),
        E("hospital", "Place", ["مستشفى إدلب الجامعي", "المستشفى"], "Idlib University Hospital"),
        E("tsk", "Organization", ["القوات التركية"], "Turkish Armed Forces", sub="ArmedForce"),
        E("mp", "Organization", ["الشرطة العسكرية الروسية"], "Russian Military Police", sub="ArmedForce"),
        E("aleppo", "Place", ["حلب"], "Aleppo", sub="City", opt=True),
        E("latakia", "Place", ["اللاذقية"], "Latakia", sub="City", opt=True),
        E("mod", "Organization", ["وزارة الدفاع التركية"], "Ministry of National Defence (Turkey)",
          sub="GovernmentBody"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("hama", "Place", ["ريف حماة الشمالي"], "northern Hama countryside", sub="Region", opt=True),
    ],
    relations=[
        R("locatedIn", "bara", "zawiya"),
        R("locatedIn", "zawiya", "idlib"),
        R("locatedIn", "bara", "idlib", opt=True),
        R("memberOf", "idlibi", "lcouncil"),
        R("locatedIn", "lcouncil", "bara", opt=True),
        R("memberOf", "ali", "hospital", opt=True),
        R("positionIn", "ali", "hospital", opt=True),
    ],
    events=[
        V("Strike", agent=["regime"], place=[["bara", "zawiya", "idlib"]], date="2020-09-29", trigger="قصف"),
        V("Killing", agent=["regime"], place=[["bara", "zawiya", "idlib"]], date="2020-09-29", trigger="قتلوا"),
        V("Strike", place=["idlibcity"], trigger="غارة"),
        V("Attack", agent=["hts"], target=["regime"], place=["hama"], trigger="استهدفوا"),
        V("MilitaryOperation", opt=True, agent=["tsk", "mp"]),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai and Upper Egypt (2016-12-14, Wednesday)
DOCS.append(dict(
    id="t16-eg-arish", published="2016-12-14",
    text="""القاهرة - كتب: أحمد عبد الستار

أعلن المتحدث العسكري للقوات المسلحة المصرية العقيد تامر الرفاعي أن عناصر إنفاذ القانون قتلت، أمس الثلاثاء، ثمانية من العناصر التكفيرية في مداهمة لبؤرة إرهابية جنوب مدينة العريش بمحافظة شمال سيناء، وضبطت كميات من المتفجرات.

وفي محافظة أسيوط، قال مصدر في مديرية الأمن إن الأجهزة الأمنية ألقت القبض على سائق توكتوك يدعى عماد حنفي بتهمة الانضمام لخلية تابعة لحركة حسم، الذراع المسلحة لجماعة الإخوان المسلمين وفق السلطات المصرية.

إلى ذلك، استقبل شيخ الأزهر أحمد الطيب في مكتبه بالقاهرة سفير الاتحاد الأوروبي لدى مصر، وقال بيان للمشيخة إن اللقاء تناول «جهود مواجهة الفكر المتطرف».""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("abdelsattar", "Person", ["أحمد عبد الستار"], "Ahmed Abdel Sattar"),
        E("eaf", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("enforcement", "Organization", ["عناصر إنفاذ القانون"], "law-enforcement forces", opt=True),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("assiut", "Place", ["محافظة أسيوط", "أسيوط"], "Asyut Governorate", sub="Region"),
        E("secdir", "Organization", ["مديرية الأمن"], "Asyut Security Directorate", sub="GovernmentBody",
          opt=True),
        E("security", "Organization", ["الأجهزة الأمنية"], "Egyptian security services", opt=True),
        E("hanafi", "Person", ["عماد حنفي"], "Emad Hanafi"),
        E("hasm", "Organization", ["حركة حسم", "حسم"], "Hasm Movement", sub="ArmedGroup"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الإخوان المسلمين"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("authorities", "Organization", ["السلطات المصرية"], "Egyptian authorities", sub="GovernmentBody"),
        E("azhar", "Organization", ["الأزهر", "المشيخة"], "Al-Azhar"),
        E("tayeb", "Person", ["أحمد الطيب"], "Ahmed el-Tayeb"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),
        R("locatedIn", "arish", "nsinai"),
        R("memberOf", "hanafi", "hasm"),
        R("partOf", "hasm", "mb"),
        R("leaderOf", "tayeb", "azhar"),
        R("locatedIn", "cairo", "egypt", opt=True),
    ],
    events=[
        V("Killing", agent=["enforcement", "eaf"], place=[["arish", "nsinai"]], date="2016-12-13",
          trigger="قتلت"),
        V("Attack", opt=True, agent=["enforcement", "eaf"], place=[["arish", "nsinai"]], date="2016-12-13"),
        V("MilitaryOperation", opt=True, agent=["eaf"], place=[["arish", "nsinai"]], date="2016-12-13"),
        V("Arrest", agent=["security"], target=["hanafi"], place=["assiut"], trigger="ألقت القبض"),
        V("Meeting", agent=["tayeb"], place=["cairo"], trigger="استقبل"),
        V("Visit", opt=True, place=["cairo"]),
    ],
))
