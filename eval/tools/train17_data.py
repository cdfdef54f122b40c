"""Hand annotations of the seventeenth training set (see eval/train17/README.md).

Articles written for the project in the style of Arabic agency copy, like train16 (datelines,
bylines, kunyas, minor persons with no title, generic bodies, ministries by a country adjective,
embassies, «ولاية X» / «إقليم X» / «محافظة X» beside the city X, «مدينة X» beside «X», organisations
whose names hold a place, transliterated agencies, local councils, tribes, militias, hospitals,
universities). Persons are invented except well-known public figures. Written and annotated before
the extractor was run on it. It is a CHECK set: only its summary line is read, so that it measures
whether the entity work transfers.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Mali, Gao (2016-12-14, Wednesday)
DOCS.append(dict(
    id="t17-ml-gao", published="2016-12-14",
    text="""باماكو - (رويترز):

قال رئيس المجلس المحلي لبلدية غاو موسى ديارا إن ثلاثة جنود من بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي قتلوا، أمس الثلاثاء، عندما انفجرت عبوة ناسفة بعربتهم على الطريق بين مدينة غاو وبلدة أنسونغو.

وأضاف ديارا أن «الجيش المالي أرسل تعزيزات إلى المنطقة»، بينما نسبت مصادر أمنية الهجوم إلى جماعة المرابطون التي يقودها مختار بلمختار، المعروف بالأعور.

وفي العاصمة المالية، التقى وزير الدفاع المالي عبد الله ديوب بالسفير الفرنسي لدى مالي، وبحثا التنسيق مع قوة برخان الفرنسية في إقليم تمبكتو.""",
    entities=[
        E("bamako", "Place", ["باماكو", "العاصمة المالية"], "Bamako", qid="Q3703", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("council", "Organization", ["المجلس المحلي لبلدية غاو"], "Gao municipal council",
          sub="GovernmentBody"),
        E("diarra", "Person", ["موسى ديارا", "ديارا"], "Moussa Diarra"),
        E("minusma", "Organization", ["بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في مالي"],
          "MINUSMA"),
        E("gao", "Place", ["مدينة غاو"], "Gao", sub="City"),
        E("ansongo", "Place", ["بلدة أنسونغو", "أنسونغو"], "Ansongo", sub="City"),
        E("army", "Organization", ["الجيش المالي"], "Malian Army", sub="ArmedForce"),
        E("mourabitoun", "Organization", ["جماعة المرابطون", "المرابطون"], "al-Mourabitoun", sub="ArmedGroup"),
        E("belmokhtar", "Person", ["مختار بلمختار", "الأعور"], "Mokhtar Belmokhtar"),
        E("diop", "Person", ["عبد الله ديوب"], "Abdoulaye Diop"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("barkhane", "Organization", ["قوة برخان الفرنسية", "قوة برخان"], "Operation Barkhane",
          sub="ArmedForce"),
        E("timbuktu", "Place", ["إقليم تمبكتو"], "Timbuktu Region", sub="Region"),
    ],
    relations=[
        R("leaderOf", "diarra", "council"),
        R("leaderOf", "belmokhtar", "mourabitoun"),
        R("positionIn", "diop", "mali"),
        R("locatedIn", "bamako", "mali", opt=True),
    ],
    events=[
        V("Attack", place=[["gao", "ansongo"]], target=["minusma"], date="2016-12-13", trigger="انفجرت"),
        V("Killing", place=[["gao", "ansongo"]], target=["minusma"], date="2016-12-13", trigger="قتلوا"),
        V("Attack", opt=True, agent=["mourabitoun"]),
        V("Killing", opt=True, agent=["mourabitoun"]),
        V("Meeting", agent=["diop"], place=["bamako"], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Sudan, North Darfur (2020-09-30, Wednesday)
DOCS.append(dict(
    id="t17-sd-fasher", published="2020-09-30",
    text="""الفاشر - كتب: عثمان آدم الطيب

أعلنت حكومة ولاية شمال دارفور حظر التجوال في مدينة كتم وما حولها، بعد اشتباكات قبلية بين مسلحين من قبيلة الزغاوة وآخرين من الرزيقات أسفرت، أمس الثلاثاء، عن مقتل تسعة أشخاص وإحراق عشرات المنازل.

وقال والي الولاية محمد حسن عربي إن «القوات المسلحة وقوات الشرطة انتشرت في المدينة»، مشيرا إلى أن لجنة أمن الولاية ستحقق في الأحداث. وقالت الطبيبة سلمى إبراهيم، العاملة في مستشفى الفاشر التعليمي، إن المستشفى استقبل 22 جريحا.

من جانبها، دعت بعثة الأمم المتحدة المتكاملة لدعم المرحلة الانتقالية في السودان الأطراف إلى ضبط النفس، فيما وصل وفد من مجلس الوزراء إلى الفاشر قادما من الخرطوم.""",
    entities=[
        E("fasher", "Place", ["الفاشر"], "El Fasher", sub="City"),
        E("tayeb", "Person", ["عثمان آدم الطيب"], "Osman Adam al-Tayeb"),
        E("govt", "Organization", ["حكومة ولاية شمال دارفور"], "North Darfur state government",
          sub="GovernmentBody"),
        E("ndarfur", "Place", ["الولاية"], "North Darfur", sub="Region", opt=True),
        E("kutum", "Place", ["مدينة كتم", "المدينة"], "Kutum", sub="City"),
        E("zaghawa", "Organization", ["قبيلة الزغاوة", "الزغاوة"], "Zaghawa"),
        E("rizeigat", "Organization", ["الرزيقات"], "Rizeigat"),
        E("arabi", "Person", ["محمد حسن عربي"], "Mohamed Hassan Arabi"),
        E("saf", "Organization", ["القوات المسلحة"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("police", "Organization", ["قوات الشرطة"], "Sudanese police", sub="ArmedForce", opt=True),
        E("seccom", "Organization", ["لجنة أمن الولاية"], "state security committee", sub="GovernmentBody"),
        E("salma", "Person", ["سلمى إبراهيم"], "Salma Ibrahim"),
        E("hospital", "Place", ["مستشفى الفاشر التعليمي", "المستشفى"], "El Fasher Teaching Hospital"),
        E("unitams", "Organization", ["بعثة الأمم المتحدة المتكاملة لدعم المرحلة الانتقالية في السودان"],
          "UNITAMS"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Sudan)", sub="GovernmentBody"),
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
    ],
    relations=[
        R("leaderOf", "arabi", "ndarfur", opt=True),
        R("leaderOf", "arabi", "govt"),
        R("positionIn", "salma", "hospital", opt=True),
        R("memberOf", "salma", "hospital", opt=True),
        R("locatedIn", "hospital", "fasher", opt=True),
        R("locatedIn", "kutum", "ndarfur", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["zaghawa", "rizeigat"], place=["kutum"], date="2020-09-29"),
        V("Killing", place=["kutum"], date="2020-09-29", trigger="مقتل"),
        V("Killing", opt=True, agent=["zaghawa", "rizeigat"]),
        V("Visit", agent=["cabinet"], place=["fasher"], trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Iraq, Nineveh (2015-06-18, Thursday)
DOCS.append(dict(
    id="t17-iq-mosul", published="2015-06-18",
    text="""أربيل - «السومرية نيوز»:

أفاد مصدر في مجلس محافظة نينوى، اليوم الخميس، بأن تنظيم «داعش» أعدم 12 شخصا من أبناء عشيرة الجبور رميا بالرصاص في منطقة الغابات شمالي مدينة الموصل، بتهمة التعاون مع القوات الأمنية.

وقال عضو المجلس حسام الدين العبار إن عناصر «الحسبة» اعتقلوا أيضا أستاذين في جامعة الموصل رفضا استئناف الدوام تحت سلطة التنظيم، مطالبا الحكومة الاتحادية بتسريع عملية تحرير المحافظة.

إلى ذلك، قال المتحدث باسم قيادة العمليات المشتركة العميد يحيى رسول إن طيران التحالف الدولي نفذ ثلاث ضربات على مواقع للتنظيم في قضاء تلعفر غربي الموصل، أسفرت عن مقتل القيادي أبو هاجر التلعفري.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("sumaria", "Organization", ["السومرية نيوز"], "Alsumaria News", sub="MediaOrganization", opt=True),
        E("pcouncil", "Organization", ["مجلس محافظة نينوى", "المجلس"], "Nineveh Provincial Council",
          sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("jubour", "Organization", ["عشيرة الجبور"], "al-Jubour tribe"),
        E("ghabat", "Place", ["منطقة الغابات"], "al-Ghabat", sub="City"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل"], "Mosul", sub="City"),
        E("secforces", "Organization", ["القوات الأمنية"], "Iraqi security forces", opt=True),
        E("abbar", "Person", ["حسام الدين العبار"], "Hussam al-Din al-Abbar"),
        E("hisba", "Organization", ["الحسبة"], "Hisba", opt=True),
        E("univ", "Organization", ["جامعة الموصل"], "University of Mosul"),
        E("govt", "Organization", ["الحكومة الاتحادية"], "Government of Iraq", sub="GovernmentBody"),
        E("nineveh", "Place", ["المحافظة"], "Nineveh Governorate", sub="Region", opt=True),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("rasool", "Person", ["يحيى رسول"], "Yahya Rasool"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("talafar", "Place", ["قضاء تلعفر"], "Tal Afar District", sub="Region"),
        E("abuhajer", "Person", ["أبو هاجر التلعفري"], "Abu Hajer al-Talafari"),
    ],
    relations=[
        R("memberOf", "abbar", "pcouncil"),
        R("partOf", "hisba", "isis", opt=True),
        R("spokespersonOf", "rasool", "joc"),
        R("memberOf", "abuhajer", "isis"),
        R("locatedIn", "ghabat", "mosul"),
        R("locatedIn", "talafar", "mosul", opt=True),
        R("locatedIn", "univ", "mosul", opt=True),
    ],
    events=[
        V("Killing", agent=["isis"], target=["jubour"], place=[["ghabat", "mosul"]], trigger="أعدم"),
        V("Arrest", agent=["hisba", "isis"], target=["univ"], trigger="اعتقلوا"),
        V("Arrest", opt=True, agent=["isis"]),
        V("Strike", agent=["coalition"], target=["isis"], place=["talafar"], trigger="ضربات"),
        V("Killing", agent=["coalition"], target=["abuhajer"], place=["talafar"], trigger="مقتل"),
        V("MilitaryOperation", opt=True, agent=["govt"], place=["nineveh"]),
    ],
))

# ---------------------------------------------------------------- West Bank, Jenin (2023-11-08, Wednesday)
DOCS.append(dict(
    id="t17-ps-jenin", published="2023-11-08",
    text="""رام الله - (وفا):

أعلنت وزارة الصحة الفلسطينية أن ثلاثة شبان استشهدوا وأصيب عشرة آخرون برصاص قوات الاحتلال الإسرائيلي، فجر اليوم الأربعاء، خلال اقتحام واسع لمخيم جنين ومدينة جنين شمال الضفة الغربية، استمر أكثر من سبع ساعات.

وقال مدير مستشفى ابن سينا التخصصي في جنين وسام بكر إن جرافات الاحتلال دمرت الشارع المؤدي إلى المستشفى، فيما أعلنت كتيبة جنين، التابعة لسرايا القدس، أن مقاتليها استهدفوا الآليات العسكرية بعبوات ناسفة.

وذكر نادي الأسير الفلسطيني أن القوات الإسرائيلية اعتقلت 14 مواطنا من المدينة، بينهم الأسير المحرر أبو العبد الزبيدي، فيما أدانت الرئاسة الفلسطينية الاقتحام ودعت المجتمع الدولي إلى التدخل.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health",
          sub="GovernmentBody"),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "القوات الإسرائيلية", "الاحتلال"],
          "Israel Defense Forces", sub="ArmedForce"),
        E("camp", "Place", ["مخيم جنين"], "Jenin refugee camp", sub="City"),
        E("jenin", "Place", ["مدينة جنين", "جنين", "المدينة"], "Jenin", sub="City"),
        E("wb", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("hospital", "Place", ["مستشفى ابن سينا التخصصي", "المستشفى"], "Ibn Sina Specialized Hospital"),
        E("bakr", "Person", ["وسام بكر"], "Wissam Bakr"),
        E("battalion", "Organization", ["كتيبة جنين"], "Jenin Brigade", sub="ArmedGroup"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pps", "Organization", ["نادي الأسير الفلسطيني", "نادي الأسير"], "Palestinian Prisoners' Society"),
        E("zubeidi", "Person", ["أبو العبد الزبيدي"], "Abu al-Abd al-Zubeidi"),
        E("presidency", "Organization", ["الرئاسة الفلسطينية"], "Palestinian Presidency", sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "bakr", "hospital"),
        R("locatedIn", "hospital", "jenin"),
        R("partOf", "battalion", "saraya"),
        R("locatedIn", "jenin", "wb"),
        R("locatedIn", "camp", "wb", opt=True),
        R("locatedIn", "camp", "jenin", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], place=[["camp", "jenin", "wb"]], date="2023-11-08", trigger="استشهدوا"),
        V("Attack", opt=True, agent=["idf"], target=["camp"], place=[["camp", "jenin"]], date="2023-11-08"),
        V("MilitaryOperation", opt=True, agent=["idf"], place=[["camp", "jenin"]], date="2023-11-08"),
        V("Attack", agent=["battalion"], target=["idf"], trigger="استهدفوا"),
        V("Arrest", agent=["idf"], target=["zubeidi"], place=["jenin"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kandahar (2021-03-04, Thursday)
DOCS.append(dict(
    id="t17-af-kandahar", published="2021-03-04",
    text="""كابول - «باجهواك»:

قال المتحدث باسم شرطة ولاية قندهار جمال ناصر بارکزي إن سبعة من عناصر الشرطة قتلوا، مساء الأربعاء، في هجوم شنه مسلحو حركة طالبان على مركز أمني في مديرية أرغنداب، غربي مدينة قندهار.

وأضاف أن الطائرات الحربية التابعة للقوات المسلحة الأفغانية قصفت مواقع المهاجمين، ما أسفر عن مقتل 18 مسلحا بينهم قيادي محلي يعرف بالملا نصر الله. ولم يعلق المتحدث باسم طالبان ذبيح الله مجاهد على الحادث.

وفي العاصمة الأفغانية، قالت جامعة كابول إنها علقت الدراسة ثلاثة أيام بعد تهديدات، في حين قالت السفارة الأمريكية في كابول إنها «تتابع بقلق» تصاعد العنف في الولايات الجنوبية.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة الأفغانية"], "Kabul", qid="Q5838", sub="City"),
        E("pajhwok", "Organization", ["باجهواك"], "Pajhwok Afghan News", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["شرطة ولاية قندهار"], "Kandahar provincial police", sub="ArmedForce"),
        E("barakzai", "Person", ["جمال ناصر بارکزي"], "Jamal Nasir Barakzai"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("arghandab", "Place", ["مديرية أرغنداب"], "Arghandab District", sub="Region"),
        E("kandahar", "Place", ["مدينة قندهار"], "Kandahar", sub="City"),
        E("ansf", "Organization", ["القوات المسلحة الأفغانية"], "Afghan Armed Forces", sub="ArmedForce"),
        E("nasrullah", "Person", ["الملا نصر الله", "نصر الله"], "Mullah Nasrullah"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("univ", "Organization", ["جامعة كابول"], "Kabul University"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States in Kabul"),
    ],
    relations=[
        R("spokespersonOf", "barakzai", "police"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("memberOf", "nasrullah", "taliban"),
        R("leaderOf", "nasrullah", "taliban", opt=True),
        R("locatedIn", "arghandab", "kandahar", opt=True),
        R("locatedIn", "univ", "kabul", opt=True),
        R("locatedIn", "embassy", "kabul", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["police"], place=["arghandab"], date="2021-03-03",
          trigger="هجوم"),
        V("Killing", agent=["taliban"], target=["police"], place=["arghandab"], date="2021-03-03",
          trigger="قتلوا"),
        V("Strike", agent=["ansf"], target=["taliban"], trigger="قصفت"),
        V("Killing", agent=["ansf"], target=["nasrullah"], trigger="مقتل"),
        V("Killing", opt=True, agent=["ansf"], target=["taliban"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, the south (2024-09-26, Thursday)
DOCS.append(dict(
    id="t17-lb-nabatieh", published="2024-09-26",
    text="""بيروت - «الوكالة الوطنية للإعلام»:

قال الدفاع المدني اللبناني إن خمسة من عناصره قتلوا، اليوم الخميس، في غارة إسرائيلية استهدفت مركزه في بلدة دير قانون النهر بقضاء صور، ليرتفع عدد المسعفين الذين قتلوا منذ بدء التصعيد إلى 41.

وقالت وزارة الصحة العامة إن مستشفى نبيه بري الحكومي في النبطية تعرض لأضرار جسيمة، في حين أعلن «حزب الله» أن مقاتليه قصفوا بالصواريخ قاعدة عسكرية إسرائيلية قرب مدينة صفد.

وفي بيروت، تحولت مبان في الجامعة اللبنانية إلى مراكز إيواء للنازحين، بينما بحث رئيس حكومة تصريف الأعمال نجيب ميقاتي مع قائد الجيش اللبناني العماد جوزيف عون انتشار القوات المسلحة في الجنوب.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("civdef", "Organization", ["الدفاع المدني اللبناني"], "Lebanese Civil Defense", sub="GovernmentBody"),
        E("dqn", "Place", ["بلدة دير قانون النهر", "دير قانون النهر"], "Deir Qanoun al-Nahr", sub="City"),
        E("tyre", "Place", ["قضاء صور"], "Tyre District", sub="Region"),
        E("moph", "Organization", ["وزارة الصحة العامة"], "Ministry of Public Health (Lebanon)",
          sub="GovernmentBody"),
        E("hospital", "Place", ["مستشفى نبيه بري الحكومي"], "Nabih Berri Governmental Hospital"),
        E("nabatieh", "Place", ["النبطية"], "Nabatieh", sub="City"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("safed", "Place", ["مدينة صفد", "صفد"], "Safed", sub="City"),
        E("lu", "Organization", ["الجامعة اللبنانية"], "Lebanese University"),
        E("mikati", "Person", ["نجيب ميقاتي"], "Najib Mikati"),
        E("caretaker", "Organization", ["حكومة تصريف الأعمال"], "caretaker government of Lebanon",
          sub="GovernmentBody"),
        E("laf", "Organization", ["الجيش اللبناني", "القوات المسلحة"], "Lebanese Armed Forces",
          sub="ArmedForce"),
        E("aoun", "Person", ["جوزيف عون"], "Joseph Aoun"),
        E("south", "Place", ["الجنوب"], "South Lebanon", sub="Region", opt=True),
    ],
    relations=[
        R("locatedIn", "dqn", "tyre"),
        R("locatedIn", "hospital", "nabatieh"),
        R("leaderOf", "mikati", "caretaker"),
        R("leaderOf", "aoun", "laf"),
        R("locatedIn", "lu", "beirut", opt=True),
    ],
    events=[
        V("Strike", target=["civdef"], place=[["dqn", "tyre"]], date="2024-09-26", trigger="غارة"),
        V("Killing", target=["civdef"], place=[["dqn", "tyre"]], date="2024-09-26", trigger="قتلوا"),
        V("Strike", agent=["hezbollah"], place=["safed"], trigger="قصفوا"),
        V("Attack", opt=True, agent=["hezbollah"], place=["safed"]),
        V("Meeting", agent=["mikati", "aoun"], place=["beirut"], trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2019-01-23, Wednesday)
DOCS.append(dict(
    id="t17-tn-kasserine", published="2019-01-23",
    text="""تونس - (وات):

أعلنت وزارة الداخلية التونسية أن وحدات من الحرس الوطني قتلت، أمس الثلاثاء، عنصرين من كتيبة عقبة بن نافع في كمين نصب لهما قرب جبل السلوم بولاية القصرين، بعد أن نزلا إلى مدينة القصرين للتزود بالمؤن.

وقال الناطق الرسمي باسم الإدارة العامة للحرس الوطني حسام الدين الجبابلي إن أحدهما جزائري الجنسية ويكنى أبا يحيى، وإن الآخر من أبناء مدينة سبيطلة، مضيفا أن الأجهزة الأمنية حجزت بندقيتين وحزاما ناسفا.

وقال رئيس جمعية أهالي حي النور، الطاهر الحامدي، إن سكان الحي «يعيشون الخوف كل ليلة»، داعيا الحكومة إلى إطلاق مشاريع تنموية في الجهة.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("tap", "Organization", ["وات"], "Tunis Afrique Presse", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Ministry of Interior (Tunisia)",
          sub="GovernmentBody"),
        E("garde", "Organization", ["الحرس الوطني", "الإدارة العامة للحرس الوطني"], "National Guard (Tunisia)",
          sub="ArmedForce"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("salloum", "Place", ["جبل السلوم"], "Jebel Salloum", sub="Region"),
        E("kstate", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("kasserine", "Place", ["مدينة القصرين"], "Kasserine", sub="City"),
        E("jebabli", "Person", ["حسام الدين الجبابلي"], "Houssem Eddine Jebabli"),
        E("abuyahya", "Person", ["أبا يحيى"], "Abu Yahya"),
        E("sbeitla", "Place", ["مدينة سبيطلة"], "Sbeitla", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Tunisian security services", opt=True),
        E("assoc", "Organization", ["جمعية أهالي حي النور"], "al-Nour residents' association"),
        E("hamdi", "Person", ["الطاهر الحامدي"], "Taher al-Hamdi"),
        E("govt", "Organization", ["الحكومة"], "Government of Tunisia", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "salloum", "kstate"),
        R("spokespersonOf", "jebabli", "garde"),
        R("memberOf", "abuyahya", "okba"),
        R("leaderOf", "hamdi", "assoc"),
        R("locatedIn", "kasserine", "kstate", opt=True),
        R("partOf", "garde", "moi", opt=True),
    ],
    events=[
        V("Killing", agent=["garde"], target=["okba"], place=[["salloum", "kstate"]], date="2019-01-22",
          trigger="قتلت"),
        V("Attack", opt=True, agent=["garde"], target=["okba"], place=[["salloum", "kstate"]],
          date="2019-01-22"),
        V("Killing", opt=True, target=["abuyahya"]),
    ],
))

# ---------------------------------------------------------------- Ethiopia, Tigray (2022-11-17, Thursday)
DOCS.append(dict(
    id="t17-et-mekelle", published="2022-11-17",
    text="""أديس أبابا - (الأناضول):

وصلت أول قافلة مساعدات تابعة لبرنامج الأغذية العالمي إلى مدينة ميكيلي، عاصمة إقليم تيغراي، اليوم الخميس، بعد أسبوعين من توقيع اتفاق السلام بين الحكومة الفيدرالية وجبهة تحرير شعب تيغراي في جنوب أفريقيا.

وقال المتحدث باسم الجبهة قيتاشو رضا إن مقاتليها «بدأوا الانسحاب من مواقع في إقليم أمهرة»، فيما قال مسؤول في مكتب الإدارة المؤقتة إن قوات إريترية ما زالت تنتشر قرب بلدة شيري.

وقالت الطبيبة هيوت تسفاي، العاملة في مستشفى أيدر الإحالي بميكيلي، إن المستشفى «يفتقر إلى الأدوية والوقود منذ أشهر». ورحب الاتحاد الأفريقي، الذي ترعى مفوضيته المفاوضات، بوصول القافلة، بينما دعا رئيس الوزراء الإثيوبي آبي أحمد إلى «طي صفحة الحرب».""",
    entities=[
        E("addis", "Place", ["أديس أبابا"], "Addis Ababa", qid="Q3624", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("wfp", "Organization", ["برنامج الأغذية العالمي"], "World Food Programme"),
        E("mekelle", "Place", ["مدينة ميكيلي", "ميكيلي"], "Mekelle", sub="City"),
        E("tigray", "Place", ["إقليم تيغراي"], "Tigray Region", sub="Region"),
        E("fedgov", "Organization", ["الحكومة الفيدرالية"], "Federal Government of Ethiopia",
          sub="GovernmentBody"),
        E("tplf", "Organization", ["جبهة تحرير شعب تيغراي", "الجبهة"], "Tigray People's Liberation Front",
          sub="PoliticalOrganization"),
        E("sa", "Place", ["جنوب أفريقيا"], "South Africa", qid="Q258", sub="Country"),
        E("reda", "Person", ["قيتاشو رضا"], "Getachew Reda"),
        E("amhara", "Place", ["إقليم أمهرة"], "Amhara Region", sub="Region"),
        E("interim", "Organization", ["مكتب الإدارة المؤقتة"], "interim administration office",
          sub="GovernmentBody", opt=True),
        E("shire", "Place", ["بلدة شيري"], "Shire", sub="City"),
        E("tesfay", "Person", ["هيوت تسفاي"], "Hiwot Tesfay"),
        E("ayder", "Place", ["مستشفى أيدر الإحالي", "المستشفى"], "Ayder Referral Hospital"),
        E("au", "Organization", ["الاتحاد الأفريقي"], "African Union", qid="Q7159"),
        E("abiy", "Person", ["آبي أحمد"], "Abiy Ahmed"),
    ],
    relations=[
        R("locatedIn", "mekelle", "tigray"),
        R("spokespersonOf", "reda", "tplf"),
        R("locatedIn", "ayder", "mekelle"),
        R("positionIn", "tesfay", "ayder", opt=True),
        R("memberOf", "tesfay", "ayder", opt=True),
    ],
    events=[
        V("Visit", opt=True, place=["mekelle"], date="2022-11-17"),
    ],
))
