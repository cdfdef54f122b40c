"""Hand annotations of the forty-third training set (see eval/train43/README.md).

The check set written beside train42: the same kinds of events in agency war and security copy, in
other countries and wordings (Syria, Lebanon, Pakistan, Turkey, Sudan, Gaza, the West Bank, Kashmir):
agents in another clause or carried across joined verbs, passive killings, claims of responsibility,
unknown gunmen, strikes by a coalition or an aircraft nobody names, arrests with the arrested named,
operations launched to retake places, meetings and visits, casualty tolls, dates in phrases of their
own, events inside quotes. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it; a CHECK set whose per-document errors are not read.
``build_train43.py`` turns this into eval/train43.jsonl. In event roles a nested list is a set of
alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Idlib (2018-09-20, Thursday)
DOCS.append(dict(
    id="t43-sy-idlib", published="2018-09-20",
    text="""بيروت - (رويترز):

قال المرصد السوري لحقوق الإنسان إن طائرات حربية لم تعرف هويتها قصفت، مساء الثلاثاء، أطراف بلدة التمانعة في ريف إدلب الجنوبي، ما أدى إلى مقتل أربعة مدنيين، بينهم امرأة، وإصابة آخرين. وتشهد المحافظة هدوءا حذرا منذ الإعلان عن الاتفاق الروسي التركي، رغم خروقات متكررة يتبادل الطرفان الاتهامات بالمسؤولية عنها.

وفي مدينة إدلب، اغتال مسلحون مجهولون، فجر أمس الأربعاء، القيادي في «هيئة تحرير الشام» أبو يحيى الحموي، بعدما زرعوا عبوة ناسفة في سيارته وفجروها قرب دوار المحراب، بحسب ناشطين.

وقال مدير المرصد رامي عبد الرحمن لرويترز إن «مصادر داخل الهيئة أبلغتنا أن قادتها يتهمون خلايا تابعة لتنظيم داعش بتنفيذ الاغتيال».

من جهتها، أعلنت «الجبهة الوطنية للتحرير» أن مقاتليها صدوا محاولة تسلل لقوات النظام على محور بلدة أبو الظهور، وقتلوا ثمانية من عناصرها.

إلى ذلك، التقى وزير الخارجية التركي مولود جاويش أوغلو، أمس، في أنقرة، المبعوث الأممي إلى سوريا ستافان دي ميستورا، وبحثا تطبيق الاتفاق الروسي التركي حول إدلب.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights",
          qid="Q1851093"),
        E("tamanah", "Place", ["بلدة التمانعة"], "al-Tamanah", sub="City"),
        E("idlib", "Place", ["إدلب", "المحافظة"], "Idlib Governorate", sub="Region"),
        E("idlibcity", "Place", ["مدينة إدلب"], "Idlib", qid="Q243027", sub="City"),
        E("hts", "Organization", ["«هيئة تحرير الشام»", "الهيئة"], "Hayat Tahrir al-Sham", qid="Q28976358",
          sub="ArmedGroup"),
        E("hamawi", "Person", ["أبو يحيى الحموي"], "Abu Yahya al-Hamawi"),
        E("rahman", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman", qid="Q7289962"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("nlf", "Organization", ["«الجبهة الوطنية للتحرير»"], "National Front for Liberation",
          sub="ArmedGroup"),
        E("regime", "Organization", ["قوات النظام"], "Syrian government forces", sub="ArmedForce"),
        E("abuduhur", "Place", ["بلدة أبو الظهور"], "Abu al-Duhur", sub="City"),
        E("cavusoglu", "Person", ["مولود جاويش أوغلو"], "Mevlut Cavusoglu", qid="Q352795"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("demistura", "Person", ["ستافان دي ميستورا"], "Staffan de Mistura", qid="Q360410"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
    ],
    relations=[
        R("locatedIn", "tamanah", "idlib"),
        R("memberOf", "hamawi", "hts"),
        R("leaderOf", "rahman", "sohr"),
        R("positionIn", "demistura", "syria", opt=True),
    ],
    events=[
        V("Strike", place=[["tamanah", "idlib"]], date="2018-09-18", trigger="قصفت"),
        V("Killing", place=[["tamanah", "idlib"]], date="2018-09-18", trigger="مقتل"),
        V("Killing", target=["hamawi"], place=["idlibcity"], date="2018-09-19", trigger="اغتال"),
        V("Attack", target=["hamawi"], place=["idlibcity"], date="2018-09-19", trigger="فجروها"),
        V("Killing", opt=True, agent=["isis"]),
        V("Attack", opt=True, agent=["isis"]),
        V("Attack", opt=True, agent=["regime"], target=["nlf"], place=["abuduhur"]),
        V("Killing", agent=["nlf"], target=["regime"], place=["abuduhur"], trigger="وقتلوا"),
        V("Meeting", agent=["cavusoglu", "demistura"], place=["ankara"], date="2018-09-19", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Ras Baalbek (2017-08-22, Tuesday)
DOCS.append(dict(
    id="t43-lb-jurud", published="2017-08-22",
    text="""بيروت - كتب: علي الحاج

واصل الجيش اللبناني، لليوم الرابع على التوالي، عملية «فجر الجرود» التي أطلقها فجر السبت الماضي لطرد مسلحي تنظيم «داعش» من جرود رأس بعلبك والقاع على الحدود الشرقية مع سوريا، معلنا أنه استعاد نحو 100 كيلومتر مربع من أصل 120.

وقالت قيادة الجيش في بيان إن وحداتها «دمرت مراكز للتنظيم ومغاور وأنفاقا، وقتلت عددا من الإرهابيين»، فيما قُتل ثلاثة عسكريين، أمس الاثنين، بانفجار لغم أرضي بآليتهم في جرد رأس بعلبك.

وفي طرابلس شمالي البلاد، أوقفت شعبة المعلومات في قوى الأمن الداخلي، في العاشر من الشهر الجاري، المدعو خالد الشامي، المشتبه بتجنيد شبان للقتال في صفوف التنظيم، حسب بيان للمديرية العامة.

وفي بعبدا، استقبل رئيس الجمهورية ميشال عون، أمس، قائد الجيش العماد جوزيف عون، واطلع منه على سير المعارك.

وكان وزير الدفاع يعقوب الصراف قد زار مقر قيادة العمليات في بلدة رأس بعلبك، الأحد، والتقى الضباط المشرفين على المعركة.

وتقول قيادة الجيش إن المعركة ستتواصل حتى استعادة آخر شبر من الأراضي اللبنانية التي يسيطر عليها التنظيم.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("hajj", "Person", ["علي الحاج"], "Ali al-Hajj"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش", "قيادة الجيش"], "Lebanese Armed Forces",
          qid="Q1475843", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("rasbaalbek", "Place", ["رأس بعلبك", "بلدة رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("qaa", "Place", ["القاع"], "al-Qaa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli (Lebanon)", qid="Q139907", sub="City"),
        E("lebanon", "Place", ["البلاد"], "Lebanon", qid="Q822", sub="Country", opt=True),
        E("infobranch", "Organization", ["شعبة المعلومات"], "Information Branch", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي", "المديرية العامة"], "Internal Security Forces",
          sub="GovernmentBody"),
        E("shami", "Person", ["خالد الشامي"], "Khaled al-Shami"),
        E("baabda", "Place", ["بعبدا"], "Baabda", sub="City"),
        E("maoun", "Person", ["ميشال عون"], "Michel Aoun", qid="Q312876"),
        E("jaoun", "Person", ["جوزيف عون"], "Joseph Aoun", qid="Q18921353"),
        E("sarraf", "Person", ["يعقوب الصراف"], "Yacoub Sarraf", qid="Q28419361"),
    ],
    relations=[
        R("partOf", "infobranch", "isf"),
        R("leaderOf", "jaoun", "laf"),
        R("positionIn", "maoun", "lebanon", opt=True),
        R("positionIn", "sarraf", "lebanon", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="فجر الجرود", agent=["laf"], target=["isis"], place=[["rasbaalbek", "qaa"]],
          date="2017-08-19", trigger="عملية"),
        V("Killing", agent=["laf"], target=["isis"], trigger="وقتلت"),
        V("Killing", opt=True, place=[["rasbaalbek", "qaa"]], date="2017-08"),
        V("Killing", target=["laf"], place=["rasbaalbek"], date="2017-08-21", trigger="قُتل"),
        V("Attack", opt=True, target=["laf"], place=["rasbaalbek"], date="2017-08-21"),
        V("Arrest", agent=[["infobranch", "isf"]], target=["shami"], place=["tripoli"], date="2017-08-10",
          trigger="أوقفت"),
        V("Meeting", agent=["maoun", "jaoun"], place=["baabda"], date="2017-08-21", trigger="استقبل"),
        V("Visit", agent=["sarraf"], place=["rasbaalbek"], date="2017-08-20", trigger="زار"),
        V("Meeting", opt=True, agent=["sarraf"], place=["rasbaalbek"], date="2017-08-20"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta (2017-02-15, Wednesday)
DOCS.append(dict(
    id="t43-pk-quetta", published="2017-02-15",
    text="""إسلام آباد - (أ ف ب):

لقي سبعة أشخاص على الأقل، بينهم ضابطان في الشرطة، مصرعهم وأصيب 19 آخرون، مساء أمس الثلاثاء، عندما فجر انتحاري نفسه قرب مبنى البرلمان المحلي في مدينة كويتا، عاصمة إقليم بلوشستان جنوب غربي باكستان، حسبما قال مسؤولون.

وأعلنت جماعة «الأحرار»، المنشقة عن حركة طالبان باكستان، مسؤوليتها عن التفجير، وقال المتحدث باسمها في رسالة إلى وسائل الإعلام إن «أحد استشهاديينا استهدف قوافل الشرطة المرتدة».

وقال وزير داخلية الإقليم سرفراز بكتي إن «المحققين أبلغوه أن الانتحاري تسلل عبر سوق مزدحمة قبل أن يفجر حزامه الناسف».

وفي إقليم خيبر بختونخوا، قتل مسلحون مجهولون، فجر الاثنين، قاضيا محليا يدعى شفيق أفريدي، بعدما أطلقوا النار على سيارته في مدينة بيشاور.

من جهتها، أعلنت إدارة مكافحة الإرهاب في إقليم البنجاب أنها اعتقلت، أمس، ثلاثة مشتبه بهم، بينهم رجل يدعى عمران غل، خلال مداهمة في مدينة لاهور، بعد ساعات من تفجير تبنته الجماعة ذاتها وأودى بحياة 13 شخصا في المدينة. ولم تكشف الشرطة عن أسماء الموقوفين الآخرين.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("quetta", "Place", ["مدينة كويتا"], "Quetta", qid="Q185462", sub="City"),
        E("balochistan", "Place", ["إقليم بلوشستان", "الإقليم"], "Balochistan", qid="Q163239", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("police", "Organization", ["الشرطة"], "Pakistani police", sub="ArmedForce", opt=True),
        E("ahrar", "Organization", ["جماعة «الأحرار»", "الجماعة"], "Jamaat-ul-Ahrar", qid="Q17156519",
          sub="ArmedGroup"),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", qid="Q1132302",
          sub="ArmedGroup"),
        E("bugti", "Person", ["سرفراز بكتي"], "Sarfraz Bugti", qid="Q7424133"),
        E("kp", "Place", ["إقليم خيبر بختونخوا"], "Khyber Pakhtunkhwa", qid="Q183314", sub="Region"),
        E("afridi", "Person", ["شفيق أفريدي"], "Shafiq Afridi"),
        E("peshawar", "Place", ["مدينة بيشاور"], "Peshawar", qid="Q1113311", sub="City"),
        E("ctd", "Organization", ["إدارة مكافحة الإرهاب"], "Counter Terrorism Department",
          sub="GovernmentBody"),
        E("punjab", "Place", ["إقليم البنجاب"], "Punjab (Pakistan)", qid="Q4478", sub="Region"),
        E("gul", "Person", ["عمران غل"], "Imran Gul"),
        E("lahore", "Place", ["مدينة لاهور", "المدينة"], "Lahore", qid="Q11739", sub="City"),
    ],
    relations=[
        R("locatedIn", "quetta", "balochistan"),
        R("locatedIn", "balochistan", "pakistan"),
        R("partOf", "ahrar", "ttp", opt=True),
        R("positionIn", "bugti", "balochistan"),
        R("locatedIn", "peshawar", "kp", opt=True),
        R("partOf", "ctd", "punjab", opt=True),
    ],
    events=[
        V("Attack", agent=["ahrar"], place=[["quetta", "balochistan"]], date="2017-02-14", trigger="فجر"),
        V("Attack", opt=True, target=["police"]),
        V("Killing", agent=["ahrar"], place=[["quetta", "balochistan"]], date="2017-02-14", trigger="مصرعهم"),
        V("Killing", opt=True, target=["police"]),
        V("Killing", target=["afridi"], place=[["peshawar", "kp"]], date="2017-02-13", trigger="قتل"),
        V("Attack", target=["afridi"], place=[["peshawar", "kp"]], date="2017-02-13", trigger="أطلقوا النار"),
        V("Arrest", agent=["ctd"], target=["gul"], place=["lahore"], date="2017-02-14", trigger="اعتقلت"),
        V("Attack", agent=["ahrar"], place=["lahore"], trigger="تفجير"),
        V("Killing", agent=["ahrar"], place=["lahore"], trigger="أودى بحياة"),
        V("Attack", opt=True, date="2017-02"),
        V("Killing", opt=True, date="2017-02"),
    ],
))

# ---------------------------------------------------------------- Turkey, Hakkari (2016-03-10, Thursday)
DOCS.append(dict(
    id="t43-tr-hakkari", published="2016-03-10",
    text="""أنقرة - (الأناضول):

قُتل جنديان تركيان وأصيب أربعة آخرون، مساء الثلاثاء، في هجوم شنه مسلحون من حزب العمال الكردستاني على مخفر حدودي في قضاء يوكسيكوفا بولاية هكاري جنوب شرقي تركيا، وفق بيان لرئاسة الأركان العامة.

وأضاف البيان أن «الإرهابيين استخدموا قذائف صاروخية وأسلحة رشاشة، وردت وحداتنا على مصادر النيران».

وفي أعقاب الهجوم، شنت مقاتلات تركية غارات على مواقع للحزب في منطقتي قنديل وهاكورك شمالي العراق، أمس الأربعاء، ودمرت 17 هدفا بينها مخازن أسلحة وملاجئ، بحسب البيان.

وفي إسطنبول، ألقت شعبة مكافحة الإرهاب في مديرية الأمن القبض على خمسة أشخاص يشتبه في انتمائهم إلى تنظيم «داعش»، بينهم سوري يدعى محمود العلي، خلال مداهمات متزامنة في حي زيتين بورنو، حسبما أفادت مصادر أمنية.

إلى ذلك، أجرى رئيس الوزراء أحمد داود أوغلو مباحثات مع نظيره العراقي حيدر العبادي في العاصمة أنقرة، الإثنين، تناولت التعاون في مكافحة الإرهاب وأمن الحدود.

ويشهد جنوب شرقي تركيا مواجهات دامية منذ انهيار وقف إطلاق النار بين الحكومة والحزب في يوليو/تموز الماضي.""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", qid="Q1141183", sub="MediaOrganization",
          opt=True),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party", qid="Q189266",
          sub="ArmedGroup"),
        E("yuksekova", "Place", ["قضاء يوكسيكوفا"], "Yuksekova", sub="Region"),
        E("hakkari", "Place", ["ولاية هكاري"], "Hakkari Province", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("tsk", "Organization", ["رئاسة الأركان العامة"], "Turkish General Staff", sub="ArmedForce"),
        E("qandil", "Place", ["قنديل"], "Qandil", sub="Region"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("ctbranch", "Organization", ["شعبة مكافحة الإرهاب"], "Counter-terrorism branch",
          sub="GovernmentBody"),
        E("security", "Organization", ["مديرية الأمن"], "Istanbul Security Directorate", sub="GovernmentBody",
          opt=True),
        E("isis", "Organization", ["تنظيم «داعش»"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("ali", "Person", ["محمود العلي"], "Mahmoud al-Ali"),
        E("zeytinburnu", "Place", ["حي زيتين بورنو"], "Zeytinburnu", sub="City"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoglu", qid="Q217195"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi", qid="Q1570226"),
        E("trgov", "Organization", ["الحكومة"], "Turkish government", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("locatedIn", "yuksekova", "hakkari"),
        R("locatedIn", "hakkari", "turkey"),
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "hakurk", "iraq"),
        R("partOf", "ctbranch", "security", opt=True),
        R("locatedIn", "zeytinburnu", "istanbul"),
        R("positionIn", "abadi", "iraq"),
        R("positionIn", "davutoglu", "turkey", opt=True),
    ],
    events=[
        V("Attack", agent=["pkk"], place=[["yuksekova", "hakkari"]], date="2016-03-08", trigger="هجوم"),
        V("Killing", agent=["pkk"], place=[["yuksekova", "hakkari"]], date="2016-03-08", trigger="قُتل"),
        V("Strike", target=["pkk"], place=[["qandil", "iraq"]], date="2016-03-09", trigger="غارات"),
        V("Strike", target=["pkk"], place=[["hakurk", "iraq"]], date="2016-03-09", trigger="غارات"),
        V("Strike", opt=True, agent=["tsk"]),
        V("Arrest", agent=[["ctbranch", "security"]], target=["ali"], place=[["zeytinburnu", "istanbul"]],
          trigger="ألقت القبض"),
        V("Meeting", agent=["davutoglu", "abadi"], place=["ankara"], date="2016-03-07", trigger="مباحثات"),
        V("Visit", opt=True, agent=["abadi"], place=["ankara"]),
    ],
))

# ---------------------------------------------------------------- Sudan, Darfur (2016-07-27, Wednesday)
DOCS.append(dict(
    id="t43-sd-darfur", published="2016-07-27",
    text="""الخرطوم - (رويترز):

قالت البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة في دارفور (يوناميد) إن أحد جنود حفظ السلام الروانديين قُتل، مساء الأحد، عندما نصب مسلحون مجهولون كمينا لدورية تابعة للبعثة قرب بلدة كبكابية في ولاية شمال دارفور.

وقال المتحدث باسم البعثة، ماكس بوكو، إن «المهاجمين فتحوا النار على الدورية، وسرقوا مركبة قبل أن يفروا».

وفي جبل مرة، قالت حركة تحرير السودان - جناح عبد الواحد نور، إن قوات الدعم السريع هاجمت، أمس الثلاثاء، قرى في محلية روكيرو، وأحرقت منازل وقتلت ستة مدنيين.

من جهتها، أعلنت السلطات في ولاية جنوب دارفور أن الأجهزة الأمنية اعتقلت، في العاشر من الشهر الجاري، زعيما قبليا يدعى آدم هارون، للاشتباه في تحريضه على اشتباكات قبلية في مدينة نيالا.

إلى ذلك، وصل النائب الأول للرئيس السوداني بكري حسن صالح، أمس، إلى مدينة الفاشر، حيث التقى والي شمال دارفور عبد الواحد يوسف وبحث معه الأوضاع الأمنية. ويشهد الإقليم أعمال عنف متقطعة منذ عام 2003، أودت بحياة عشرات الآلاف من السكان وشردت الملايين.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("unamid", "Organization", ["البعثة المشتركة للاتحاد الأفريقي والأمم المتحدة في دارفور", "يوناميد",
                                     "البعثة"], "UNAMID", qid="Q1537536", sub="GovernmentBody"),
        E("kabkabiya", "Place", ["بلدة كبكابية"], "Kabkabiya", sub="City"),
        E("northdarfur", "Place", ["ولاية شمال دارفور", "شمال دارفور"], "North Darfur", qid="Q1196574",
          sub="Region"),
        E("boko", "Person", ["ماكس بوكو"], "Max Boko"),
        E("marra", "Place", ["جبل مرة"], "Jebel Marra", qid="Q746034", sub="Region"),
        E("slm", "Organization", ["حركة تحرير السودان - جناح عبد الواحد نور"], "SLM-AW", sub="ArmedGroup"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", qid="Q18417657",
          sub="ArmedForce"),
        E("rokero", "Place", ["محلية روكيرو"], "Rokero", sub="Region"),
        E("southdarfur", "Place", ["ولاية جنوب دارفور"], "South Darfur", qid="Q1196578", sub="Region"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Sudanese security services", sub="GovernmentBody",
          opt=True),
        E("haroun", "Person", ["آدم هارون"], "Adam Haroun"),
        E("nyala", "Place", ["مدينة نيالا"], "Nyala", qid="Q1028081", sub="City"),
        E("bakri", "Person", ["بكري حسن صالح"], "Bakri Hassan Saleh", qid="Q4849294"),
        E("fasher", "Place", ["مدينة الفاشر"], "El Fasher", qid="Q1001862", sub="City"),
        E("yousif", "Person", ["عبد الواحد يوسف"], "Abdelwahid Yousif"),
        E("darfur", "Place", ["الإقليم"], "Darfur", qid="Q18625", sub="Region", opt=True),
    ],
    relations=[
        R("locatedIn", "kabkabiya", "northdarfur"),
        R("spokespersonOf", "boko", "unamid"),
        R("locatedIn", "rokero", "marra", opt=True),
        R("locatedIn", "nyala", "southdarfur", opt=True),
        R("leaderOf", "yousif", "northdarfur"),
        R("positionIn", "yousif", "northdarfur", opt=True),
    ],
    events=[
        V("Killing", target=["unamid"], place=[["kabkabiya", "northdarfur"]], date="2016-07-24", trigger="قُتل"),
        V("Attack", target=["unamid"], place=[["kabkabiya", "northdarfur"]], date="2016-07-24", trigger="كمينا"),
        V("Attack", agent=["rsf"], place=[["rokero", "marra"]], date="2016-07-26", trigger="هاجمت"),
        V("Killing", agent=["rsf"], place=[["rokero", "marra"]], date="2016-07-26", trigger="قتلت"),
        V("Arrest", agent=["security"], target=["haroun"], place=[["nyala", "southdarfur"]], date="2016-07-10",
          trigger="اعتقلت"),
        V("Arrest", opt=True, place=["southdarfur"]),
        V("Visit", agent=["bakri"], place=["fasher"], date="2016-07-26", trigger="وصل"),
        V("Meeting", agent=["bakri", "yousif"], place=["fasher"], date="2016-07-26", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Gaza (2018-05-30, Wednesday)
DOCS.append(dict(
    id="t43-ps-gaza", published="2018-05-30",
    text="""غزة - (أ ف ب):

شنت طائرات حربية إسرائيلية، فجر اليوم الأربعاء، سلسلة غارات على أكثر من 30 موقعا لحركتي حماس والجهاد الإسلامي في قطاع غزة، بعد ساعات من إطلاق عشرات القذائف الصاروخية من القطاع باتجاه البلدات الإسرائيلية المحاذية، ولم يبلغ عن وقوع إصابات في الجانبين.

وقال المتحدث باسم الجيش الإسرائيلي جوناثان كونريكوس إن «الطائرات استهدفت مستودعات أسلحة وأنفاقا هجومية، ردا على القصف الذي استهدف المدنيين».

وتبنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، وكتائب القسام في بيان مشترك، إطلاق القذائف، وقالتا إن ذلك جاء «ردا على جرائم الاحتلال» التي أدت إلى مقتل ثلاثة من عناصر السرايا في قصف مدفعي إسرائيلي على موقع لها شرق رفح، الأحد.

وفي الضفة الغربية، اعتقلت القوات الإسرائيلية، أمس الثلاثاء، 12 فلسطينيا في حملة دهم في مدينة الخليل، بينهم القيادي في حماس حاتم القواسمي.

وفي القاهرة، التقى وفد من حركة حماس برئاسة إسماعيل هنية، الأحد، مسؤولين في جهاز المخابرات العامة المصرية، وبحث معهم سبل التهدئة.""",
    entities=[
        E("gaza", "Place", ["غزة", "قطاع غزة", "القطاع"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("hamas", "Organization", ["حماس", "حركة حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("pij", "Organization", ["الجهاد الإسلامي", "حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad",
          qid="Q273700", sub="ArmedGroup"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "القوات الإسرائيلية"], "Israel Defense Forces",
          qid="Q49537", sub="ArmedForce"),
        E("conricus", "Person", ["جوناثان كونريكوس"], "Jonathan Conricus"),
        E("quds", "Organization", ["سرايا القدس", "السرايا"], "Al-Quds Brigades", qid="Q3115765",
          sub="ArmedGroup"),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades", qid="Q1047498",
          sub="ArmedGroup"),
        E("rafah", "Place", ["رفح"], "Rafah", qid="Q207238", sub="City"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", qid="Q36678", sub="Region"),
        E("hebron", "Place", ["مدينة الخليل"], "Hebron", qid="Q128153", sub="City"),
        E("qawasmi", "Person", ["حاتم القواسمي"], "Hatem al-Qawasmi"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh", qid="Q315906"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "Egyptian General Intelligence Directorate",
          sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "conricus", "idf"),
        R("partOf", "quds", "pij"),
        R("partOf", "qassam", "hamas", opt=True),
        R("locatedIn", "hebron", "westbank"),
        R("memberOf", "qawasmi", "hamas"),
        R("leaderOf", "haniyeh", "hamas", opt=True),
        R("locatedIn", "rafah", "gaza", opt=True),
    ],
    events=[
        V("Strike", agent=["idf"], target=["hamas", "pij"], place=["gaza"], date="2018-05-30", trigger="غارات"),
        V("Strike", agent=["quds", "qassam"], place=["gaza"], trigger="إطلاق"),
        V("Strike", opt=True, date="2018-05"),
        V("Attack", opt=True, agent=["quds", "qassam"]),
        V("Strike", agent=["idf"], target=["quds"], place=["rafah"], date="2018-05-27", trigger="قصف"),
        V("Killing", agent=["idf"], target=["quds"], place=["rafah"], date="2018-05-27", trigger="مقتل"),
        V("Arrest", agent=["idf"], target=["qawasmi"], place=[["hebron", "westbank"]], date="2018-05-29",
          trigger="اعتقلت"),
        V("Meeting", agent=[["hamas", "haniyeh"], "gis"], place=["cairo"], date="2018-05-27", trigger="التقى"),
        V("Meeting", opt=True, agent=["haniyeh", "hamas"]),
        V("Visit", opt=True, agent=[["hamas", "haniyeh"]], place=["cairo"]),
    ],
))

# ---------------------------------------------------------------- West Bank, Nablus (2017-12-14, Thursday)
DOCS.append(dict(
    id="t43-ps-nablus", published="2017-12-14",
    text="""رام الله - كتب: محمد عوض

قُتل شاب فلسطيني برصاص الجيش الإسرائيلي، مساء أمس الأربعاء، خلال مواجهات اندلعت عند المدخل الشمالي لمدينة البيرة، بحسب ما أعلنت وزارة الصحة الفلسطينية، التي قالت إن الشاب ويدعى باسل عمرو (22 عاما) أصيب برصاصة في الصدر.

وفي نابلس، طعن فلسطيني، صباح الثلاثاء، جنديا إسرائيليا عند حاجز حوارة جنوبي المدينة، قبل أن يطلق جنود آخرون النار عليه ويصيبوه بجروح خطيرة، فيما نقل الجندي المصاب إلى مستشفى في القدس لتلقي العلاج، وفق المتحدث باسم الشرطة الإسرائيلية ميكي روزنفيلد.

وأضاف روزنفيلد أن «المنفذ، واسمه أحمد الشكعة، اقترب من الجنود وهو يحمل سكينا، ثم هاجم أحدهم وطعنه في عنقه».

إلى ذلك، اعتقلت قوات الاحتلال، فجر اليوم الخميس، ثمانية فلسطينيين في حملة مداهمات بمخيم الجلزون شمال رام الله، بينهم الأسير المحرر سامي نخلة، بحسب نادي الأسير الفلسطيني.

وفي رام الله، استقبل الرئيس محمود عباس، أمس، وفدا من البرلمان الأوروبي برئاسة النائب الإسباني خوسيه ماريا لوبيز، وبحث معه التطورات الأخيرة.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", qid="Q133199", sub="City"),
        E("awad", "Person", ["محمد عوض"], "Mohammed Awad"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال"], "Israel Defense Forces", qid="Q49537",
          sub="ArmedForce"),
        E("bireh", "Place", ["مدينة البيرة"], "al-Bireh", qid="Q334990", sub="City"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health",
          sub="GovernmentBody", opt=True),
        E("amr", "Person", ["باسل عمرو"], "Basel Amr"),
        E("nablus", "Place", ["نابلس", "المدينة"], "Nablus", qid="Q189180", sub="City"),
        E("huwara", "Place", ["حاجز حوارة"], "Huwara checkpoint", opt=True),
        E("jerusalem", "Place", ["القدس"], "Jerusalem", qid="Q1218", sub="City"),
        E("police", "Organization", ["الشرطة الإسرائيلية"], "Israel Police", sub="GovernmentBody"),
        E("rosenfeld", "Person", ["ميكي روزنفيلد", "روزنفيلد"], "Micky Rosenfeld", qid="Q6838709"),
        E("shakaa", "Person", ["أحمد الشكعة"], "Ahmed al-Shakaa"),
        E("jalazone", "Place", ["مخيم الجلزون"], "Jalazone camp", sub="City"),
        E("nakhla", "Person", ["سامي نخلة"], "Sami Nakhla"),
        E("pps", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Society",
          sub="PoliticalOrganization", opt=True),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas", qid="Q127998"),
        E("ep", "Organization", ["البرلمان الأوروبي"], "European Parliament", qid="Q8889", sub="GovernmentBody"),
        E("lopez", "Person", ["خوسيه ماريا لوبيز"], "Jose Maria Lopez"),
    ],
    relations=[
        R("spokespersonOf", "rosenfeld", "police"),
        R("locatedIn", "jalazone", "ramallah"),
        R("memberOf", "lopez", "ep"),
        R("leaderOf", "lopez", "ep", opt=True),
        R("locatedIn", "huwara", "nablus", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], target=["amr"], place=["bireh"], date="2017-12-13", trigger="قُتل"),
        V("Attack", opt=True, agent=["idf"], place=["bireh"], date="2017-12-13"),
        V("Attack", agent=["shakaa"], place=[["huwara", "nablus"]], date="2017-12-12", trigger="طعن"),
        V("Attack", opt=True, target=["idf"]),
        V("Attack", opt=True, agent=["idf"], target=["shakaa"], place=[["huwara", "nablus"]], date="2017-12-12"),
        V("Arrest", agent=["idf"], target=["nakhla"], place=[["jalazone", "ramallah"]], date="2017-12-14",
          trigger="اعتقلت"),
        V("Meeting", agent=["abbas", ["ep", "lopez"]], place=["ramallah"], date="2017-12-13", trigger="استقبل"),
        V("Meeting", opt=True, agent=["lopez", "ep"]),
        V("Visit", opt=True, agent=[["ep", "lopez"]], place=["ramallah"], date="2017-12-13"),
    ],
))

# ---------------------------------------------------------------- Kashmir, Pulwama (2019-02-19, Tuesday)
DOCS.append(dict(
    id="t43-in-pulwama", published="2019-02-19",
    text="""سريناغار (الهند) - (رويترز):

قُتل أربعة جنود هنود وضابط شرطة وثلاثة مسلحين، أمس الاثنين، في اشتباك استمر ساعات في قرية بينغلان بمنطقة بولواما في الشطر الهندي من كشمير، بعدما حاصرت قوات الأمن منزلا تحصن فيه المسلحون، وفق ما أعلنت الشرطة.

وقال قائد الفيلق الخامس عشر في الجيش الهندي، الجنرال كانوال جيت سينغ ديلون، إن أحد القتلى هو القيادي في جماعة «جيش محمد» عبد الرشيد غازي، الذي تتهمه السلطات بالتخطيط للتفجير الانتحاري الذي استهدف قافلة للشرطة الاحتياطية المركزية على الطريق السريع في المنطقة ذاتها، الخميس الماضي، وأودى بحياة 40 عنصرا.

وكانت «جيش محمد»، التي تتخذ من باكستان مقرا لها، قد أعلنت مسؤوليتها عن التفجير في تسجيل مصور.

وفي إسلام آباد، استقبل رئيس الوزراء الباكستاني عمران خان، أمس، ولي العهد السعودي الأمير محمد بن سلمان، الذي وصل إلى العاصمة الباكستانية مساء الأحد في زيارة رسمية، وأجرى معه مباحثات تناولت التوتر مع الهند. وتتهم نيودلهي إسلام آباد بإيواء الجماعة، وهو ما تنفيه باكستان.""",
    entities=[
        E("srinagar", "Place", ["سريناغار"], "Srinagar", qid="Q170115", sub="City"),
        E("india", "Place", ["الهند"], "India", qid="Q668", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("pinglan", "Place", ["قرية بينغلان"], "Pinglan", sub="City"),
        E("pulwama", "Place", ["منطقة بولواما"], "Pulwama district", qid="Q1720870", sub="Region"),
        E("kashmir", "Place", ["كشمير"], "Kashmir", qid="Q43100", sub="Region"),
        E("security", "Organization", ["قوات الأمن"], "Indian security forces", sub="ArmedForce", opt=True),
        E("police", "Organization", ["الشرطة"], "Jammu and Kashmir Police", sub="ArmedForce", opt=True),
        E("corps", "Organization", ["الفيلق الخامس عشر"], "XV Corps", sub="ArmedForce"),
        E("army", "Organization", ["الجيش الهندي"], "Indian Army", qid="Q1133289", sub="ArmedForce"),
        E("dhillon", "Person", ["كانوال جيت سينغ ديلون"], "Kanwal Jeet Singh Dhillon"),
        E("jem", "Organization", ["جماعة «جيش محمد»", "«جيش محمد»", "الجماعة"], "Jaish-e-Mohammed", qid="Q313426",
          sub="ArmedGroup"),
        E("ghazi", "Person", ["عبد الرشيد غازي"], "Abdul Rasheed Ghazi"),
        E("crpf", "Organization", ["الشرطة الاحتياطية المركزية"], "Central Reserve Police Force",
          qid="Q1054143", sub="ArmedForce"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("islamabad", "Place", ["إسلام آباد", "العاصمة الباكستانية"], "Islamabad", qid="Q1362", sub="City",
          alt=["Organization"]),
        E("khan", "Person", ["عمران خان"], "Imran Khan", qid="Q193479"),
        E("newdelhi", "Place", ["نيودلهي"], "New Delhi", qid="Q987", sub="City", alt=["Organization"]),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman", qid="Q6892894"),
    ],
    relations=[
        R("locatedIn", "pinglan", "pulwama"),
        R("locatedIn", "pulwama", "kashmir", opt=True),
        R("leaderOf", "dhillon", "corps"),
        R("partOf", "corps", "army"),
        R("memberOf", "ghazi", "jem"),
        R("locatedIn", "jem", "pakistan", opt=True),
        R("positionIn", "khan", "pakistan"),
    ],
    events=[
        V("Killing", place=[["pinglan", "pulwama"]], date="2019-02-18", trigger="قُتل"),
        V("Killing", opt=True, target=["army", "police", "jem", "ghazi"]),
        V("Attack", opt=True, place=[["pinglan", "pulwama"]], date="2019-02-18"),
        V("Attack", agent=["jem"], target=["crpf"], place=["pulwama"], date="2019-02-14", trigger="التفجير الانتحاري"),
        V("Killing", agent=["jem"], target=["crpf"], place=["pulwama"], date="2019-02-14", trigger="أودى بحياة"),
        V("Meeting", agent=["khan", "mbs"], place=["islamabad"], date="2019-02-18", trigger="استقبل"),
        V("Visit", agent=["mbs"], place=["islamabad"], date="2019-02-17", trigger="وصل"),
    ],
))
