"""Hand annotations of the forty-eighth training set (see eval/train48/README.md).

Events in agency war, security and protocol copy of 2014-2019 (Syria, Yemen, Sinai, Turkey, Iraq,
Libya, Somalia, Afghanistan, Pakistan, Saudi Arabia): coalition and army strikes and shelling on
named towns with the agent in another clause or sentence, clashes between two named sides, arrests
and raids by generic security forces, executions and kidnappings, bombings by unknown attackers and
later claims (تبنى، أعلن مسؤوليته), visits, talks and phone calls between leaders (a phone call is no
meeting), deaths announced (لقي مصرعه، قضى); dates in the dateline, «يوم الأحد», «أمس». Persons are
invented except well-known public figures. Written and annotated before the extractor was run on
it; the event helper's WORKING set. ``build_train48.py`` turns this into eval/train48.jsonl. In
event roles a nested list is a set of alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Raqqa (2014-09-24, Wednesday)
DOCS.append(dict(
    id="t48-sy-raqqa", published="2014-09-24",
    text="""دمشق - (رويترز):

قال المرصد السوري لحقوق الإنسان إن طائرات التحالف الدولي الذي تقوده الولايات المتحدة شنت، فجر أمس الثلاثاء، أكثر من عشرين غارة على مقرات لتنظيم «الدولة الإسلامية» في مدينة الرقة شمالي سوريا، ما أسفر عن مقتل 30 مسلحا على الأقل.

وأضاف المرصد، الذي يتخذ من بريطانيا مقرا له، أن صواريخ أطلقتها سفن حربية أمريكية استهدفت أيضا مواقع لجبهة النصرة في ريف حلب الغربي، وأن قياديا في الجبهة يدعى أبو يوسف التركي قضى في القصف.

وفي ريف حلب الشمالي، دارت اشتباكات عنيفة بين مقاتلي وحدات حماية الشعب الكردية وعناصر التنظيم في محيط مدينة عين العرب (كوباني)، التي يحاول التنظيم منذ أسبوع اقتحامها.

من جهته، قال المتحدث باسم وزارة الدفاع الأمريكية (البنتاغون) الأميرال جون كيربي إن الضربات «ليست سوى البداية»، مشيرا إلى أن خمس دول عربية شاركت فيها.

وكان وزير الخارجية الأمريكي جون كيري قد وصل إلى نيويورك يوم الأحد للمشاركة في اجتماعات الجمعية العامة للأمم المتحدة، حيث التقى نظيره السعودي الأمير سعود الفيصل وبحث معه الحملة على التنظيم.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("raqqa", "Place", ["الرقة", "مدينة الرقة"], "Raqqa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country"),
        E("nusra", "Organization", ["جبهة النصرة", "الجبهة"], "al-Nusra Front", sub="ArmedGroup"),
        E("aleppo", "Place", ["حلب"], "Aleppo", qid="Q41183", sub="City"),
        E("turki", "Person", ["أبو يوسف التركي"], "Abu Yusuf al-Turki"),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية", "وحدات حماية الشعب"], "People's Protection Units",
          sub="ArmedGroup"),
        E("kobani", "Place", ["عين العرب", "مدينة عين العرب", "كوباني"], "Kobani", sub="City"),
        E("pentagon", "Organization", ["وزارة الدفاع الأمريكية", "البنتاغون"], "Pentagon",
          sub="GovernmentBody"),
        E("kirby", "Person", ["جون كيربي"], "John Kirby"),
        E("kerry", "Person", ["جون كيري"], "John Kerry"),
        E("newyork", "Place", ["نيويورك"], "New York", qid="Q60", sub="City"),
        E("unga", "Organization", ["الجمعية العامة للأمم المتحدة"], "UN General Assembly", sub="GovernmentBody"),
        E("faisal", "Person", ["سعود الفيصل"], "Saud al-Faisal"),
    ],
    relations=[
        R("leaderOf", "usa", "coalition"),
        R("locatedIn", "raqqa", "syria"),
        R("memberOf", "turki", "nusra"),
        R("spokespersonOf", "kirby", "pentagon"),
        R("positionIn", "kerry", "usa", opt=True),
        R("locatedIn", "kobani", "aleppo", opt=True),
        R("locatedIn", "sohr", "uk", opt=True),
    ],
    events=[
        V("Strike", agent=[["coalition", "usa"]], target=["isis"], place=[["raqqa", "syria"]], date="2014-09-23",
          trigger="غارة"),
        V("Killing", agent=[["coalition", "usa"]], place=[["raqqa", "syria"]], date="2014-09-23",
          trigger="مقتل"),
        V("Killing", opt=True, target=["isis"]),
        V("Strike", target=["nusra"], place=["aleppo"], trigger="استهدفت"),
        V("Strike", opt=True, agent=["usa"], date="2014-09-23"),
        V("Killing", target=["turki"], place=["aleppo"], trigger="قضى"),
        V("Killing", opt=True, agent=["usa"], date="2014-09-23"),
        V("Attack", opt=True, agent=["ypg", "isis"], target=["ypg", "isis"], place=["kobani"], trigger="اشتباكات"),
        V("Visit", agent=["kerry"], place=["newyork"], date="2014-09-21", trigger="وصل"),
        V("Meeting", agent=["kerry", "faisal"], place=["newyork"], trigger="التقى"),
        V("Meeting", opt=True, date="2014-09"),
    ],
))

# ---------------------------------------------------------------- Yemen, Saada and Taiz (2015-04-08, Wednesday)
DOCS.append(dict(
    id="t48-ye-saada", published="2015-04-08",
    text="""صنعاء - (أ ف ب):

شنت طائرات التحالف العربي بقيادة السعودية، ليل الثلاثاء، غارات جديدة على مواقع للحوثيين في محافظة صعدة شمالي اليمن، فيما قصفت المدفعية السعودية قرى حدودية في مديرية حرض، بحسب ما أفاد سكان.

وفي مدينة تعز، قُتل 14 شخصا في اشتباكات بين المسلحين الحوثيين ومسلحي «المقاومة الشعبية» الموالين للرئيس عبد ربه منصور هادي، وفق مصادر طبية في المدينة.

وقال مسؤول محلي إن مسلحين حوثيين اختطفوا، أمس، الصحافي ماجد الشرعبي من منزله في مدينة ذمار، واقتادوه إلى جهة مجهولة، مضيفا أن الجماعة «تلاحق كل من ينتقدها».

على الصعيد السياسي، أجرى العاهل السعودي الملك سلمان بن عبد العزيز اتصالا هاتفيا مع الرئيس الأمريكي باراك أوباما، بحثا خلاله تطورات الأوضاع في اليمن.

ووصل وزير الخارجية الإيراني محمد جواد ظريف إلى مسقط، أمس، في زيارة تستمر يومين، يلتقي خلالها المسؤولين العمانيين لبحث مبادرة لوقف القتال.

وكان التحالف قد بدأ عملياته العسكرية في اليمن في 26 مارس/آذار الماضي تحت اسم «عاصفة الحزم»، بعد أسابيع من سيطرة الحوثيين على العاصمة صنعاء ومحاصرتهم مقر الرئيس في عدن.""",
    entities=[
        E("sanaa", "Place", ["صنعاء", "العاصمة صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("aden", "Place", ["عدن"], "Aden", qid="Q131694", sub="City"),
        E("saada", "Place", ["محافظة صعدة"], "Saada Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("harad", "Place", ["مديرية حرض"], "Harad District", sub="Region"),
        E("taiz", "Place", ["تعز", "مدينة تعز", "المدينة"], "Taiz", sub="City"),
        E("resistance", "Organization", ["«المقاومة الشعبية»", "المقاومة الشعبية"], "Popular Resistance",
          sub="ArmedGroup"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("sharabi", "Person", ["ماجد الشرعبي"], "Majid al-Sharabi"),
        E("dhamar", "Place", ["ذمار", "مدينة ذمار"], "Dhamar", sub="City"),
        E("salman", "Person", ["سلمان بن عبد العزيز"], "King Salman"),
        E("obama", "Person", ["باراك أوباما"], "Barack Obama", qid="Q76"),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("muscat", "Place", ["مسقط"], "Muscat", qid="Q3826", sub="City"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),
        R("locatedIn", "saada", "yemen"),
        R("affiliatedWith", "resistance", "hadi", opt=True),
        R("leaderOf", "salman", "saudi", opt=True),
    ],
    events=[
        V("Strike", agent=[["coalition", "saudi"]], target=["houthis"], place=[["saada", "yemen"]],
          date="2015-04-07", trigger="غارات"),
        V("Strike", place=["harad"], trigger="قصفت"),
        V("Strike", opt=True, agent=["saudi"], date="2015-04-07"),
        V("Killing", place=["taiz"], trigger="قُتل"),
        V("Attack", opt=True, agent=["houthis", "resistance"], target=["houthis", "resistance"], place=["taiz"],
          trigger="اشتباكات"),
        V("Arrest", agent=["houthis"], target=["sharabi"], place=["dhamar"], date="2015-04-07", trigger="اختطفوا"),
        V("Visit", agent=["zarif"], place=["muscat"], date="2015-04-07", trigger="وصل"),
        V("MilitaryOperation", name="عاصفة الحزم", agent=[["coalition", "saudi"]], target=["houthis"],
          place=["yemen"], date="2015-03-26", trigger="عملياته العسكرية"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2015-11-17, Tuesday)
DOCS.append(dict(
    id="t48-eg-arish", published="2015-11-17",
    text="""العريش - كتب: محمود سالم

قُتل خمسة من أفراد الشرطة المصرية، بينهم ضابط برتبة نقيب، وأصيب ثلاثة آخرون، مساء الأحد، في انفجار عبوة ناسفة زرعها مجهولون على جانب طريق تمر به مدرعة للشرطة جنوب مدينة العريش بمحافظة شمال سيناء.

وأعلن تنظيم «ولاية سيناء»، الفرع المصري لتنظيم «الدولة الإسلامية»، مسؤوليته عن التفجير في بيان تداولته حسابات مؤيدة له على موقع تويتر أمس.

وقال مصدر أمني إن قوات الجيش والشرطة داهمت، صباح أمس، عددا من القرى جنوب مدينة الشيخ زويد، وألقت القبض على 17 مشتبها بهم، بينهم المدعو سليمان أبو جرير، الذي تتهمه الأجهزة الأمنية بإيواء عناصر التنظيم.

وأضاف المصدر أن مروحيات الجيش قصفت تجمعات للمسلحين في منطقة المقاطعة، ما أسفر عن مقتل ثمانية «تكفيريين».

وفي القاهرة، لقي مواطن مصرعه برصاص مجهولين أمام منزله في حي المطرية شرقي العاصمة، مساء أمس، ولم تعرف دوافع الحادث.

ويشن الجيش منذ سبتمبر/أيلول الماضي عملية عسكرية واسعة باسم «حق الشهيد» لملاحقة المسلحين في شمال سيناء، يقول إنها أسفرت عن مقتل المئات منهم.""",
    entities=[
        E("arish", "Place", ["العريش", "مدينة العريش"], "Arish", sub="City"),
        E("salem", "Person", ["محمود سالم"], "Mahmoud Salem"),
        E("police", "Organization", ["الشرطة المصرية", "الشرطة"], "Egyptian police", sub="ArmedForce"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("wsinai", "Organization", ["«ولاية سيناء»", "ولاية سيناء", "التنظيم"], "Sinai Province",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("twitter", "Organization", ["تويتر"], "Twitter", opt=True),
        E("army", "Organization", ["الجيش"], "Egyptian Army", sub="ArmedForce"),
        E("zuweid", "Place", ["الشيخ زويد", "مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("abujarir", "Person", ["سليمان أبو جرير"], "Sulayman Abu Jarir"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Egyptian security services", opt=True),
        E("muqataa", "Place", ["منطقة المقاطعة"], "al-Muqataa", sub="City"),
        E("cairo", "Place", ["القاهرة", "العاصمة"], "Cairo", qid="Q85", sub="City"),
        E("matariya", "Place", ["حي المطرية"], "Matariya", sub="City"),
    ],
    relations=[
        R("locatedIn", "arish", "nsinai"),
        R("partOf", "wsinai", "isis"),
        R("locatedIn", "matariya", "cairo"),
    ],
    events=[
        V("Killing", agent=["wsinai"], target=["police"], place=[["arish", "nsinai"]], date="2015-11-15",
          trigger="قُتل"),
        V("Attack", agent=["wsinai"], target=["police"], place=[["arish", "nsinai"]], date="2015-11-15",
          trigger="انفجار"),
        V("Arrest", agent=["army", "police"], target=["abujarir"], place=["zuweid"], date="2015-11-16",
          trigger="ألقت القبض"),
        V("Strike", agent=["army"], place=["muqataa"], trigger="قصفت"),
        V("Strike", opt=True, date="2015-11-16"),
        V("Killing", agent=["army"], place=["muqataa"], trigger="مقتل"),
        V("Killing", opt=True, date="2015-11-16"),
        V("Killing", place=[["matariya", "cairo"]], date="2015-11-16", trigger="لقي مصرعه"),
        V("MilitaryOperation", name="حق الشهيد", agent=["army"], place=["nsinai"], date="2015-09",
          trigger="عملية عسكرية"),
        V("Killing", opt=True, agent=["army"], place=["nsinai"]),
    ],
))

# ---------------------------------------------------------------- Turkey, Qandil and Diyarbakir (2016-02-23, Tuesday)
DOCS.append(dict(
    id="t48-tr-qandil", published="2016-02-23",
    text="""أنقرة - (الأناضول):

قالت رئاسة الأركان التركية، في بيان أمس الاثنين، إن مقاتلات سلاح الجو التركي قصفت مواقع لحزب العمال الكردستاني في منطقة قنديل شمالي العراق، ودمرت مخابئ وملاجئ يستخدمها مسلحو الحزب، بعد أيام من التفجير الذي استهدف حافلات عسكرية في العاصمة أنقرة.

وكانت جماعة «صقور حرية كردستان» قد تبنت التفجير، الذي أودى بحياة 29 شخصا مساء الأربعاء الماضي، مؤكدة أن أحد عناصرها نفذه «انتقاما» لسياسات الحكومة في جنوب شرق البلاد.

وفي ولاية ديار بكر، ذكرت مصادر أمنية أن الشرطة التركية نفذت، فجر اليوم، مداهمات متزامنة في أحياء عدة من المدينة، واعتقلت 23 شخصا يشتبه بانتمائهم إلى الحزب، بينهم رئيسة بلدية سابقة تدعى غولتن أكصوي.

وتتواصل الاشتباكات بين الجيش التركي ومسلحي الحزب في حي سور التاريخي، الذي يخضع لحظر تجول منذ أكثر من شهرين، وقد قُتل فيه جندي تركي أمس، بحسب البيان.

وفي سياق آخر، التقى رئيس الوزراء التركي أحمد داود أوغلو في أنقرة، أمس، رئيس إقليم كردستان العراق مسعود بارزاني، وبحث معه الأوضاع الأمنية على الحدود.""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("genstaff", "Organization", ["رئاسة الأركان التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("tuaf", "Organization", ["سلاح الجو التركي"], "Turkish Air Force", sub="ArmedForce"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "PKK", sub="ArmedGroup"),
        E("qandil", "Place", ["منطقة قنديل", "قنديل"], "Qandil", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("tak", "Organization", ["«صقور حرية كردستان»", "صقور حرية كردستان"], "Kurdistan Freedom Hawks",
          sub="ArmedGroup"),
        E("gov", "Organization", ["الحكومة"], "Turkish government", sub="GovernmentBody", opt=True),
        E("diyarbakir", "Place", ["ولاية ديار بكر", "ديار بكر", "المدينة"], "Diyarbakir",
          sub="City"),
        E("police", "Organization", ["الشرطة التركية"], "Turkish police", sub="ArmedForce"),
        E("aksoy", "Person", ["غولتن أكصوي"], "Gulten Aksoy"),
        E("army", "Organization", ["الجيش التركي"], "Turkish Army", sub="ArmedForce"),
        E("sur", "Place", ["حي سور"], "Sur", sub="City"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoglu"),
        E("krg", "Place", ["إقليم كردستان العراق"], "Kurdistan Region", sub="Region", alt=["Organization"]),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
    ],
    relations=[
        R("locatedIn", "qandil", "iraq"),
        R("partOf", "tuaf", "army", opt=True),
        R("locatedIn", "sur", "diyarbakir"),
        R("leaderOf", "barzani", "krg"),
        R("locatedIn", "krg", "iraq", opt=True),
        R("affiliatedWith", "tak", "pkk", opt=True),
    ],
    events=[
        V("Strike", agent=["tuaf"], target=["pkk"], place=[["qandil", "iraq"]], trigger="قصفت"),
        V("Strike", opt=True, agent=["genstaff", "army"], date="2016-02"),
        V("Attack", agent=["tak"], place=["ankara"], date="2016-02-17", trigger="التفجير"),
        V("Killing", agent=["tak"], place=["ankara"], date="2016-02-17", trigger="أودى بحياة"),
        V("Arrest", agent=["police"], target=["aksoy"], place=["diyarbakir"], date="2016-02-23",
          trigger="اعتقلت"),
        V("Attack", opt=True, agent=["army", "pkk"], target=["army", "pkk"], place=["sur"],
          trigger="الاشتباكات"),
        V("Killing", place=["sur"], date="2016-02-22", trigger="قُتل"),
        V("Killing", opt=True, agent=["pkk"], target=["army"]),
        V("Meeting", agent=["davutoglu", "barzani"], place=["ankara"], date="2016-02-22", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Iraq, Qayyarah and Baghdad (2016-08-30, Tuesday)
DOCS.append(dict(
    id="t48-iq-qayyarah", published="2016-08-30",
    text="""بغداد - (رويترز):

أعلنت قيادة العمليات المشتركة في العراق، أمس الاثنين، أن طائرات القوة الجوية العراقية قصفت أرتالا لتنظيم «داعش» كانت تحاول الفرار من ناحية القيارة جنوب الموصل، ما أسفر عن مقتل العشرات من مسلحي التنظيم وتدمير 20 عجلة.

وقال العميد يحيى رسول، المتحدث باسم القيادة، إن قطعات الجيش «تواصل تقدمها» نحو مركز الناحية بإسناد من طيران التحالف الدولي، مشيرا إلى أن القوات الأمنية حررت قريتين على الضفة الغربية لنهر دجلة.

في غضون ذلك، قال مصدر محلي في الموصل إن التنظيم أعدم، يوم السبت، سبعة من أهالي حي الزنجيلي رميا بالرصاص بتهمة «التخابر مع القوات الحكومية»، وعلق جثثهم على أعمدة الكهرباء.

وفي بغداد، انفجرت سيارة مفخخة قرب سوق شعبي في حي الشعب شمالي العاصمة، مساء الأحد، ما أدى إلى مقتل ستة مدنيين وإصابة 19 آخرين، ولم تتبن أي جهة الهجوم على الفور.

من جهة أخرى، وصل رئيس الوزراء حيدر العبادي، أمس، إلى مدينة النجف، حيث التقى محافظها لؤي الياسري وعددا من شيوخ العشائر.""",
    entities=[
        E("baghdad", "Place", ["بغداد", "العاصمة"], "Baghdad", qid="Q1530", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("jointops", "Organization", ["قيادة العمليات المشتركة", "القيادة"], "Joint Operations Command",
          sub="ArmedForce"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("iqaf", "Organization", ["القوة الجوية العراقية"], "Iraqi Air Force", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("qayyarah", "Place", ["ناحية القيارة", "الناحية"], "Qayyarah", sub="City"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("rasool", "Person", ["يحيى رسول"], "Yahya Rasool"),
        E("army", "Organization", ["الجيش"], "Iraqi Army", sub="ArmedForce", opt=True),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("tigris", "Place", ["نهر دجلة"], "Tigris", sub="Region", opt=True),
        E("zanjili", "Place", ["حي الزنجيلي"], "Zanjili", sub="City"),
        E("shaab", "Place", ["حي الشعب"], "al-Shaab", sub="City"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("najaf", "Place", ["النجف", "مدينة النجف"], "Najaf", sub="City"),
        E("yasiri", "Person", ["لؤي الياسري"], "Luay al-Yasiri"),
    ],
    relations=[
        R("locatedIn", "jointops", "iraq", opt=True),
        R("locatedIn", "qayyarah", "mosul", opt=True),
        R("spokespersonOf", "rasool", "jointops"),
        R("locatedIn", "zanjili", "mosul"),
        R("locatedIn", "shaab", "baghdad"),
        R("positionIn", "abadi", "iraq", opt=True),
        R("leaderOf", "yasiri", "najaf"),
    ],
    events=[
        V("Strike", agent=["iqaf"], target=["isis"], place=["qayyarah"], trigger="قصفت"),
        V("Strike", opt=True, date="2016-08"),
        V("Killing", agent=["iqaf"], place=["qayyarah"], trigger="مقتل"),
        V("Killing", opt=True, target=["isis"], date="2016-08"),
        V("Killing", agent=["isis"], place=[["zanjili", "mosul"]], date="2016-08-27", trigger="أعدم"),
        V("Attack", place=[["shaab", "baghdad"]], date="2016-08-28", trigger="انفجرت"),
        V("Killing", place=[["shaab", "baghdad"]], date="2016-08-28", trigger="مقتل"),
        V("Visit", agent=["abadi"], place=["najaf"], date="2016-08-29", trigger="وصل"),
        V("Meeting", agent=["abadi", "yasiri"], place=["najaf"], date="2016-08-29", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Libya, Ras Lanuf and Tripoli (2017-03-14, Tuesday)
DOCS.append(dict(
    id="t48-ly-raslanuf", published="2017-03-14",
    text="""بنغازي - (أ ف ب):

قال المتحدث باسم الجيش الوطني الليبي العقيد أحمد المسماري إن قوات الجيش استعادت، أمس الاثنين، السيطرة على ميناء رأس لانوف النفطي بعد اشتباكات عنيفة مع مسلحي «سرايا الدفاع عن بنغازي»، التي كانت قد سيطرت عليه مطلع الشهر الجاري.

وأضاف المسماري أن سلاح الجو التابع للجيش شن غارات مكثفة على تجمعات السرايا في منطقة بن جواد غرب الميناء، ما أدى إلى مقتل عدد من قادتها، بينهم قيادي يدعى مفتاح الفرجاني.

وفي طرابلس، قال مسؤول في وزارة الداخلية بحكومة الوفاق الوطني إن مسلحين مجهولين خطفوا، صباح الأحد، رجل الأعمال خالد الزنتاني من أمام منزله في منطقة قرقارش، وطالبوا أسرته بفدية مالية.

على الصعيد السياسي، بحث رئيس المجلس الرئاسي فائز السراج، أمس، في روما مع رئيس الوزراء الإيطالي باولو جينتيلوني سبل دعم خفر السواحل الليبي. وكان السراج قد وصل إلى العاصمة الإيطالية مساء الأحد في زيارة رسمية تستمر يومين.

ويتهم الجيش السرايا بالتحالف مع مجموعات متشددة، بينها تنظيم «أنصار الشريعة»، وهو ما تنفيه السرايا.""",
    entities=[
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("mismari", "Person", ["أحمد المسماري", "المسماري"], "Ahmed al-Mismari"),
        E("raslanuf", "Place", ["ميناء رأس لانوف", "رأس لانوف", "الميناء"], "Ras Lanuf", sub="City"),
        E("bdb", "Organization", ["«سرايا الدفاع عن بنغازي»", "سرايا الدفاع عن بنغازي", "السرايا"],
          "Benghazi Defence Brigades", sub="ArmedGroup"),
        E("lnaaf", "Organization", ["سلاح الجو التابع للجيش", "سلاح الجو"], "LNA Air Force", sub="ArmedForce",
          opt=True),
        E("binjawad", "Place", ["منطقة بن جواد", "بن جواد"], "Bin Jawad", sub="City"),
        E("farjani", "Person", ["مفتاح الفرجاني"], "Miftah al-Farjani"),
        E("ansar", "Organization", ["تنظيم «أنصار الشريعة»", "أنصار الشريعة"], "Ansar al-Sharia",
          sub="ArmedGroup"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("interior", "Organization", ["وزارة الداخلية"], "Interior Ministry", sub="GovernmentBody", opt=True),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord",
          sub="GovernmentBody"),
        E("zintani", "Person", ["خالد الزنتاني"], "Khalid al-Zintani"),
        E("gargaresh", "Place", ["منطقة قرقارش"], "Gargaresh", sub="City"),
        E("council", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج", "السراج"], "Fayez al-Sarraj"),
        E("rome", "Place", ["روما", "العاصمة الإيطالية"], "Rome", qid="Q220", sub="City"),
        E("gentiloni", "Person", ["باولو جينتيلوني"], "Paolo Gentiloni"),
        E("coastguard", "Organization", ["خفر السواحل الليبي"], "Libyan Coast Guard", sub="ArmedForce",
          opt=True),
    ],
    relations=[
        R("spokespersonOf", "mismari", "lna"),
        R("partOf", "lnaaf", "lna", opt=True),
        R("memberOf", "farjani", "bdb"),
        R("affiliatedWith", "bdb", "ansar", opt=True),
        R("partOf", "interior", "gna", opt=True),
        R("leaderOf", "sarraj", "council"),
        R("locatedIn", "gargaresh", "tripoli", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna", "bdb"], target=["lna", "bdb"], place=["raslanuf"], date="2017-03-13",
          trigger="اشتباكات"),
        V("Strike", agent=[["lnaaf", "lna"]], target=["bdb"], place=["binjawad"], trigger="غارات"),
        V("Strike", opt=True, date="2017-03-13"),
        V("Killing", agent=[["lnaaf", "lna"]], target=["farjani"], place=["binjawad"], trigger="مقتل"),
        V("Killing", opt=True, target=["bdb"], date="2017-03-13"),
        V("Arrest", target=["zintani"], place=[["gargaresh", "tripoli"]], date="2017-03-12", trigger="خطفوا"),
        V("Meeting", agent=["sarraj", "gentiloni"], place=["rome"], date="2017-03-13", trigger="بحث"),
        V("Visit", agent=["sarraj"], place=["rome"], date="2017-03-12", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-10-04, Wednesday)
DOCS.append(dict(
    id="t48-so-mogadishu", published="2017-10-04",
    text="""مقديشو - (رويترز):

قالت الشرطة الصومالية إن تسعة أشخاص على الأقل قُتلوا، مساء أمس الثلاثاء، في تفجير انتحاري استهدف مطعما قريبا من مقر البرلمان في العاصمة مقديشو، فيما أعلنت حركة الشباب المجاهدين مسؤوليتها عن الهجوم.

وقال الضابط في الشرطة عبدي ورسمي لرويترز إن «انتحاريا فجر سيارته عند مدخل المطعم، ثم اقتحم مسلحون المبنى واشتبكوا مع الحراس لأكثر من ساعة».

وفي جنوب البلاد، ذكرت القيادة الأمريكية في أفريقيا (أفريكوم) أن قواتها نفذت، يوم الأحد، غارة جوية على مسلحين من الحركة على بعد 50 كيلومترا غرب مدينة كسمايو، وقتلت ثلاثة منهم.

وأعلنت وكالة الاستخبارات والأمن الوطني أن عناصرها اعتقلوا، أمس، خمسة أشخاص يشتبه في تورطهم بالتفجير، خلال مداهمة لمنزل في حي هودان.

وفي سياق آخر، التقى الرئيس الصومالي محمد عبد الله فرماجو في مقديشو، أمس، المبعوث الأممي مايكل كيتنغ، وبحثا الاستعدادات الأمنية للانتخابات المقبلة.

وتشن الحركة، التي طردت من العاصمة عام 2011، هجمات متكررة على أهداف حكومية وعسكرية، سعيا لإسقاط الحكومة المدعومة من الغرب.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة الصومالية", "الشرطة"], "Somali Police", sub="ArmedForce"),
        E("parliament", "Organization", ["البرلمان"], "Federal Parliament of Somalia", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab",
          sub="ArmedGroup"),
        E("warsame", "Person", ["عبدي ورسمي"], "Abdi Warsame"),
        E("sogov", "Organization", ["الحكومة"], "Somali government", sub="GovernmentBody", opt=True),
        E("somalia", "Place", ["البلاد"], "Somalia", qid="Q1045", sub="Country", opt=True),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "AFRICOM",
          sub="ArmedForce"),
        E("kismayo", "Place", ["كسمايو", "مدينة كسمايو"], "Kismayo", sub="City"),
        E("nisa", "Organization", ["وكالة الاستخبارات والأمن الوطني"], "NISA", sub="GovernmentBody"),
        E("hodan", "Place", ["حي هودان"], "Hodan", sub="City"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("keating", "Person", ["مايكل كيتنغ"], "Michael Keating"),
    ],
    relations=[
        R("memberOf", "warsame", "police"),
        R("locatedIn", "hodan", "mogadishu", opt=True),
        R("locatedIn", "mogadishu", "somalia", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], place=["mogadishu"], date="2017-10-03", trigger="تفجير"),
        V("Killing", agent=["shabaab"], place=["mogadishu"], date="2017-10-03", trigger="قُتلوا"),
        V("Strike", agent=["africom"], target=["shabaab"], place=["kismayo"], date="2017-10-01", trigger="غارة"),
        V("Killing", agent=["africom"], target=["shabaab"], place=["kismayo"], date="2017-10-01",
          trigger="قتلت"),
        V("Arrest", agent=["nisa"], place=[["hodan", "mogadishu"]], date="2017-10-03", trigger="اعتقلوا"),
        V("Meeting", agent=["farmajo", "keating"], place=["mogadishu"], date="2017-10-03", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni (2018-06-19, Tuesday)
DOCS.append(dict(
    id="t48-af-ghazni", published="2018-06-19",
    text="""كابول - (د ب أ):

قال مسؤولون أفغان إن مسلحي حركة طالبان هاجموا، ليل الأحد، نقاط تفتيش للشرطة في مديرية أندر بولاية غزني شرقي البلاد، ما أسفر عن مقتل 11 شرطيا، بعد ساعات من انتهاء وقف إطلاق النار الذي أعلنته الحكومة بمناسبة عيد الفطر.

وقال المتحدث باسم حاكم الولاية عارف نوري إن القوات الجوية الأفغانية شنت غارات على مواقع الحركة في المديرية، أمس، وقتلت 17 مسلحا على الأقل.

وفي ولاية ننغرهار، أعلن تنظيم «الدولة الإسلامية - ولاية خراسان» مسؤوليته عن هجوم انتحاري استهدف، السبت، تجمعا لشيوخ قبائل في مدينة جلال آباد، وأودى بحياة 19 شخصا.

إلى ذلك، اختطف مسلحون يعتقد أنهم من طالبان 12 مسافرا من حافلة على الطريق بين مدينة ميمنة ومديرية ألمار في ولاية فارياب، وفق ما قال عضو مجلس الولاية محمد إسحاق زاده.

وفي كابول، استقبل الرئيس الأفغاني أشرف غني، أمس، قائد القوات الأمريكية في أفغانستان الجنرال جون نيكلسون، وبحث معه سبل تمديد الهدنة.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban",
          sub="ArmedGroup"),
        E("police", "Organization", ["الشرطة"], "Afghan police", sub="ArmedForce", opt=True),
        E("andar", "Place", ["مديرية أندر", "المديرية"], "Andar District", sub="Region"),
        E("ghazni", "Place", ["ولاية غزني", "الولاية"], "Ghazni Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("gov", "Organization", ["الحكومة"], "Afghan government", sub="GovernmentBody", opt=True),
        E("noori", "Person", ["عارف نوري"], "Arif Noori"),
        E("afaf", "Organization", ["القوات الجوية الأفغانية"], "Afghan Air Force", sub="ArmedForce"),
        E("nangarhar", "Place", ["ولاية ننغرهار"], "Nangarhar Province", sub="Region"),
        E("iskp", "Organization", ["تنظيم «الدولة الإسلامية - ولاية خراسان»"], "ISIS-K", sub="ArmedGroup"),
        E("jalalabad", "Place", ["جلال آباد", "مدينة جلال آباد"], "Jalalabad", sub="City"),
        E("maymana", "Place", ["ميمنة", "مدينة ميمنة"], "Maymana", sub="City"),
        E("almar", "Place", ["مديرية ألمار"], "Almar District", sub="Region"),
        E("faryab", "Place", ["ولاية فارياب"], "Faryab Province", sub="Region"),
        E("faryabcouncil", "Organization", ["مجلس الولاية"], "Faryab provincial council", opt=True),
        E("ishaqzada", "Person", ["محمد إسحاق زاده"], "Mohammad Ishaqzada"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("usforces", "Organization", ["القوات الأمريكية في أفغانستان", "القوات الأمريكية"], "US Forces Afghanistan",
          sub="ArmedForce"),
        E("nicholson", "Person", ["جون نيكلسون"], "John Nicholson"),
    ],
    relations=[
        R("locatedIn", "andar", "ghazni"),
        R("locatedIn", "ghazni", "afghanistan", opt=True),
        R("locatedIn", "jalalabad", "nangarhar", opt=True),
        R("locatedIn", "almar", "faryab"),
        R("locatedIn", "maymana", "faryab", opt=True),
        R("memberOf", "ishaqzada", "faryabcouncil", opt=True),
        R("leaderOf", "ghani", "afghanistan"),
        R("leaderOf", "nicholson", "usforces"),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["police"], place=[["andar", "ghazni"]], date="2018-06-17",
          trigger="هاجموا"),
        V("Killing", agent=["taliban"], target=["police"], place=[["andar", "ghazni"]], date="2018-06-17",
          trigger="مقتل"),
        V("Strike", agent=["afaf"], target=["taliban"], place=["andar"], date="2018-06-18", trigger="غارات"),
        V("Killing", agent=["afaf"], place=["andar"], date="2018-06-18", trigger="قتلت"),
        V("Killing", opt=True, target=["taliban"]),
        V("Attack", agent=["iskp"], place=[["jalalabad", "nangarhar"]], date="2018-06-16", trigger="هجوم"),
        V("Killing", agent=["iskp"], place=[["jalalabad", "nangarhar"]], date="2018-06-16", trigger="أودى بحياة"),
        V("Arrest", place=[["maymana", "almar", "faryab"]], trigger="اختطف"),
        V("Arrest", opt=True, agent=["taliban"]),
        V("Meeting", agent=["ghani", "nicholson"], place=["kabul"], date="2018-06-18", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Balochistan (2018-12-11, Tuesday)
DOCS.append(dict(
    id="t48-pk-turbat", published="2018-12-11",
    text="""كويتا - (أ ف ب):

قُتل أربعة من عناصر قوات حرس الحدود الباكستانية وأصيب ستة آخرون، صباح أمس الاثنين، في انفجار عبوة ناسفة استهدف دوريتهم في منطقة تربت بإقليم بلوشستان جنوب غربي البلاد، وتبنى جيش تحرير بلوشستان الهجوم في رسالة إلكترونية إلى وسائل الإعلام.

وقال الجيش الباكستاني في بيان إن قواته نفذت عقب الهجوم عملية تمشيط في المنطقة، واعتقلت ثلاثة مشتبه بهم.

وفي إقليم خيبر بختونخوا، اشتبكت قوات الأمن مع مسلحين من حركة طالبان باكستان في منطقة شمال وزيرستان القبلية، ما أدى إلى مقتل جنديين وخمسة مسلحين، بحسب البيان.

في إسلام آباد، أجرى رئيس الوزراء عمران خان اتصالا هاتفيا مع ولي العهد السعودي الأمير محمد بن سلمان، تناول العلاقات الثنائية.

ووصل وزير الخارجية شاه محمود قريشي إلى كابول، أمس، في زيارة تستغرق يوما واحدا، التقى خلالها الرئيس الأفغاني أشرف غني وبحث معه عملية السلام.

ويشهد إقليم بلوشستان، الغني بالغاز والمعادن، تمردا انفصاليا منذ سنوات، وتتهم إسلام آباد جهات خارجية بدعم المسلحين فيه.""",
    entities=[
        E("quetta", "Place", ["كويتا"], "Quetta", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("fc", "Organization", ["قوات حرس الحدود الباكستانية", "قوات حرس الحدود"], "Frontier Corps",
          sub="ArmedForce"),
        E("turbat", "Place", ["منطقة تربت", "تربت"], "Turbat", sub="City"),
        E("balochistan", "Place", ["إقليم بلوشستان"], "Balochistan", sub="Region"),
        E("pakistan", "Place", ["البلاد"], "Pakistan", qid="Q843", sub="Country", opt=True),
        E("bla", "Organization", ["جيش تحرير بلوشستان"], "Balochistan Liberation Army", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("kp", "Place", ["إقليم خيبر بختونخوا"], "Khyber Pakhtunkhwa", sub="Region"),
        E("security", "Organization", ["قوات الأمن"], "Pakistani security forces", sub="ArmedForce", opt=True),
        E("ttp", "Organization", ["حركة طالبان باكستان"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("nwaziristan", "Place", ["شمال وزيرستان", "منطقة شمال وزيرستان"], "North Waziristan", sub="Region"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("khan", "Person", ["عمران خان"], "Imran Khan"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("qureshi", "Person", ["شاه محمود قريشي"], "Shah Mahmood Qureshi"),
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
    ],
    relations=[
        R("locatedIn", "turbat", "balochistan"),
        R("locatedIn", "balochistan", "pakistan", opt=True),
        R("locatedIn", "nwaziristan", "kp", opt=True),
    ],
    events=[
        V("Attack", agent=["bla"], target=["fc"], place=[["turbat", "balochistan"]], date="2018-12-10",
          trigger="انفجار"),
        V("Killing", agent=["bla"], target=["fc"], place=[["turbat", "balochistan"]], date="2018-12-10",
          trigger="قُتل"),
        V("Arrest", agent=["army"], place=["turbat"], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2018-12-10"),
        V("Attack", opt=True, agent=["security", "ttp"], target=["security", "ttp"], place=["nwaziristan"],
          trigger="اشتبكت"),
        V("Killing", place=["nwaziristan"], trigger="مقتل"),
        V("Killing", opt=True, target=["ttp", "security"]),
        V("Visit", agent=["qureshi"], place=["kabul"], date="2018-12-10", trigger="وصل"),
        V("Meeting", agent=["qureshi", "ghani"], place=["kabul"], trigger="التقى"),
        V("Meeting", opt=True, date="2018-12-10"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Jeddah and Najran (2019-05-07, Tuesday)
DOCS.append(dict(
    id="t48-sa-najran", published="2019-05-07",
    text="""الرياض - (واس):

تلقى ولي العهد الأمير محمد بن سلمان، مساء أمس، اتصالا هاتفيا من رئيس الوزراء البريطاني تيريزا ماي، جرى خلاله بحث المستجدات في المنطقة.

وكان ولي العهد قد استقبل في قصر السلام بجدة، صباح أمس، وزير الخارجية البحريني الشيخ خالد بن أحمد آل خليفة، وبحث معه العلاقات الثنائية وجهود مواجهة التدخلات الإيرانية.

من جهة أخرى، قال المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي إن الدفاعات الجوية السعودية اعترضت، مساء الأحد، طائرة مسيرة مفخخة أطلقتها الميليشيا الحوثية باتجاه مدينة نجران، مضيفا أن طائرات التحالف استهدفت إثر ذلك مواقع إطلاق الطائرات المسيرة في محافظة عمران.

وكانت قناة «المسيرة» التابعة للحوثيين قد أعلنت أن الجماعة استهدفت بطائرة مسيرة «مواقع عسكرية» في نجران.

وفي الرياض، أعلنت رئاسة أمن الدولة أن الجهات الأمنية ألقت القبض على ثمانية أشخاص في محافظة القطيف بتهمة التخطيط لأعمال إرهابية.

وأضاف المالكي أن الميليشيا أطلقت منذ بدء عمليات التحالف في مارس/آذار 2015 أكثر من 200 صاروخ باليستي باتجاه أراضي المملكة.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("may", "Person", ["تيريزا ماي"], "Theresa May"),
        E("jeddah", "Place", ["جدة"], "Jeddah", qid="Q374365", sub="City"),
        E("khalid", "Person", ["خالد بن أحمد آل خليفة"], "Khalid bin Ahmed Al Khalifa"),
        E("coalition", "Organization", ["قوات التحالف", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("maliki", "Person", ["تركي المالكي", "المالكي"], "Turki al-Maliki"),
        E("ksa", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country", opt=True),
        E("houthis", "Organization", ["الميليشيا الحوثية", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("najran", "Place", ["نجران", "مدينة نجران"], "Najran", sub="City"),
        E("amran", "Place", ["محافظة عمران"], "Amran Governorate", sub="Region"),
        E("masirah", "Organization", ["«المسيرة»", "المسيرة"], "Al-Masirah", sub="MediaOrganization", opt=True),
        E("statesec", "Organization", ["رئاسة أمن الدولة"], "Presidency of State Security", sub="GovernmentBody"),
        E("qatif", "Place", ["محافظة القطيف"], "Qatif", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "maliki", "coalition"),
        R("affiliatedWith", "masirah", "houthis"),
    ],
    events=[
        V("Meeting", agent=["mbs", "khalid"], place=["jeddah"], date="2019-05-06", trigger="استقبل"),
        V("Strike", agent=["houthis"], place=["najran"], date="2019-05-05", trigger="أطلقتها"),
        V("Attack", opt=True, agent=["houthis"], place=["najran"], date="2019-05-05"),
        V("Strike", agent=["coalition"], place=["amran"], trigger="استهدفت"),
        V("Strike", opt=True, target=["houthis"], date="2019-05"),
        V("Arrest", place=["qatif"], trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["statesec"]),
        V("Strike", opt=True, agent=["houthis"], place=["ksa"], date="2015"),
    ],
))
