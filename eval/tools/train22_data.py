"""Hand annotations of the twenty-second training set (see eval/train22/README.md).

Articles written for the project in the style of Arabic agency copy, on the entity layer: minor
persons with no title named in full and then by family name, persons after verbs of speech
(أوضح X، أكد X), kunyas and laqabs, organisations named by description (السلطات المصرية، قوات الأمن
الأفغانية، وزارة الخارجية الإيرانية، المجلس العسكري في X، الجماعات المسلحة), brigades and factions
(لواء، كتائب، كتيبة، فيلق، جيش، ألوية), parties, companies, newspapers, TV channels, clubs and
agencies with transliterated names, villages and districts after قرية/بلدة/حي/ناحية/قضاء/مديرية,
places in lists and places glued to a preposition or conjunction. Persons are invented except
well-known public figures. Written and annotated before the extractor was run on it; it is the
working set of the entity helper (its errors are read).
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Daraa (2018-06-22, Friday)
DOCS.append(dict(
    id="t22-sy-daraa", published="2018-06-22",
    text="""عمان - (أ ف ب):

قصفت قوات النظام السوري، أمس الخميس، بلدات بصر الحرير والحراك وناحتة في ريف درعا الشرقي، في حين أعلنت «ألوية العمري» أن مقاتليها صدوا هجوما على قرية المليحة الغربية بعد اشتباكات استمرت ساعات.

وقال أحمد المسالمة، وهو ناشط إعلامي من المنطقة، إن القصف أدى إلى مقتل ستة مدنيين في الحراك، وأضاف المسالمة أن «جيش الثورة» و«قوات شباب السنة» أرسلا تعزيزات إلى الريف الشرقي. وأوضح أبو حمزة الحوراني، القيادي في «غرفة العمليات المركزية في الجنوب»، أن الفصائل «لن تسلم سلاحها».

من جهتها، أكدت وزارة الخارجية الأردنية أن المملكة لن تفتح حدودها أمام النازحين، فيما ذكرت صحيفة «الوطن» السورية أن «الفيلق الخامس» يشارك في العملية العسكرية التي تدعمها روسيا.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("regime", "Organization", ["قوات النظام السوري"], "Syrian Arab Army", sub="ArmedForce"),
        E("busra", "Place", ["بصر الحرير"], "Busra al-Harir", sub="City"),
        E("hirak", "Place", ["الحراك"], "al-Hirak", sub="City"),
        E("nahta", "Place", ["ناحتة"], "Nahta", sub="City"),
        E("daraa", "Place", ["ريف درعا الشرقي", "ريف درعا", "الريف الشرقي"], "eastern Daraa countryside",
          sub="Region"),
        E("omari", "Organization", ["ألوية العمري"], "Omari Brigades", sub="ArmedGroup"),
        E("mulayha", "Place", ["قرية المليحة الغربية", "المليحة الغربية"], "al-Mulayha al-Gharbiya", sub="City"),
        E("masalmeh", "Person", ["أحمد المسالمة", "المسالمة"], "Ahmad al-Masalmeh"),
        E("thawra", "Organization", ["جيش الثورة"], "Jaysh al-Thawra", sub="ArmedGroup"),
        E("shabab", "Organization", ["قوات شباب السنة"], "Quwwat Shabab al-Sunna", sub="ArmedGroup"),
        E("hourani", "Person", ["أبو حمزة الحوراني"], "Abu Hamza al-Hourani"),
        E("central", "Organization", ["غرفة العمليات المركزية في الجنوب"], "Central Operations Room in the South",
          sub="ArmedGroup"),
        E("jomfa", "Organization", ["وزارة الخارجية الأردنية"], "Jordanian Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country", opt=True),
        E("watan", "Organization", ["صحيفة «الوطن»", "الوطن"], "Al-Watan (Syria)", sub="MediaOrganization"),
        E("fifth", "Organization", ["الفيلق الخامس"], "Fifth Corps", sub="ArmedForce"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "busra", "daraa"),
        R("locatedIn", "hirak", "daraa"),
        R("locatedIn", "nahta", "daraa"),
        R("memberOf", "hourani", "central"),
        R("partOf", "fifth", "regime", opt=True),
        R("affiliatedWith", "fifth", "russia", opt=True),
        R("leaderOf", "hourani", "central", opt=True),
    ],
    events=[
        V("Strike", agent=["regime"], place=[["busra", "daraa"], ["hirak", "daraa"], ["nahta", "daraa"]],
          date="2018-06-21", trigger="قصفت"),
        V("Attack", place=["mulayha"], trigger="هجوما"),
        V("Attack", opt=True, agent=["regime"], date="2018-06-21"),
        V("Killing", agent=["regime"], place=["hirak"], trigger="مقتل"),
        V("Killing", opt=True, date="2018-06-21"),
        V("MilitaryOperation", opt=True, agent=["regime", "fifth", "russia"], place=["daraa"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2016-03-10, Thursday)
DOCS.append(dict(
    id="t22-iq-anbar", published="2016-03-10",
    text="""بغداد - «المدى»:

أعلن مجلس محافظة الأنبار، اليوم، أن تنظيم «داعش» فجر جسرين في ناحية البغدادي وقضاء هيت، بعد يومين من سيطرة القوات الأمنية العراقية على قرى الزوية والجبة والخفاجية غربي الرمادي.

وقال فرحان الدليمي، عضو المجلس، إن «الجماعات المسلحة تحاول قطع طرق الإمداد»، فيما أكد رعد الكبيسي، وهو أحد شيوخ عشيرة البونمر، أن أبناء العشيرة انضموا إلى «الحشد العشائري» لقتال التنظيم. وأضاف الكبيسي أن مقاتلي «كتائب سيد الشهداء» وصلوا إلى حي التأميم في الرمادي.

بدوره، قال المتحدث باسم وزارة الدفاع العراقية العميد ياسر الجبوري إن طائرات القوة الجوية العراقية قتلت القيادي في التنظيم أبو عمر الجنابي قرب بلدة كبيسة.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("mada", "Organization", ["المدى"], "Al-Mada", sub="MediaOrganization", opt=True),
        E("council", "Organization", ["مجلس محافظة الأنبار", "المجلس"], "Anbar Provincial Council",
          sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("baghdadi", "Place", ["ناحية البغدادي", "البغدادي"], "al-Baghdadi", sub="City"),
        E("hit", "Place", ["قضاء هيت", "هيت"], "Hit District", sub="Region"),
        E("isf", "Organization", ["القوات الأمنية العراقية"], "Iraqi Security Forces", sub="ArmedForce"),
        E("zuwiya", "Place", ["الزوية"], "al-Zuwiya", sub="City"),
        E("jubba", "Place", ["الجبة"], "al-Jubba", sub="City"),
        E("khafajiya", "Place", ["الخفاجية"], "al-Khafajiya", sub="City"),
        E("ramadi", "Place", ["الرمادي"], "Ramadi", sub="City"),
        E("dulaimi", "Person", ["فرحان الدليمي"], "Farhan al-Dulaimi"),
        E("armed", "Organization", ["الجماعات المسلحة"], "armed groups", sub="ArmedGroup", opt=True),
        E("kubaisi", "Person", ["رعد الكبيسي", "الكبيسي"], "Raad al-Kubaisi"),
        E("albunimr", "Organization", ["عشيرة البونمر", "العشيرة"], "Albu Nimr tribe"),
        E("tribal", "Organization", ["الحشد العشائري"], "Tribal Mobilization", sub="ArmedGroup"),
        E("sayyid", "Organization", ["كتائب سيد الشهداء"], "Kata'ib Sayyid al-Shuhada", sub="ArmedGroup"),
        E("tamim", "Place", ["حي التأميم"], "al-Tamim", sub="City"),
        E("mod", "Organization", ["وزارة الدفاع العراقية"], "Iraqi Ministry of Defence", sub="GovernmentBody"),
        E("jubouri", "Person", ["ياسر الجبوري"], "Yasser al-Jubouri"),
        E("iqaf", "Organization", ["القوة الجوية العراقية"], "Iraqi Air Force", sub="ArmedForce"),
        E("janabi", "Person", ["أبو عمر الجنابي"], "Abu Omar al-Janabi"),
        E("kubaysa", "Place", ["بلدة كبيسة", "كبيسة"], "Kubaysa", sub="City"),
    ],
    relations=[
        R("memberOf", "dulaimi", "council"),
        R("memberOf", "kubaisi", "albunimr"),
        R("leaderOf", "kubaisi", "albunimr", opt=True),
        R("memberOf", "albunimr", "tribal", opt=True),
        R("spokespersonOf", "jubouri", "mod"),
        R("memberOf", "janabi", "isis"),
        R("locatedIn", "tamim", "ramadi"),
        R("locatedIn", "zuwiya", "ramadi"),
        R("locatedIn", "jubba", "ramadi"),
        R("locatedIn", "khafajiya", "ramadi"),
        R("partOf", "iqaf", "mod", opt=True),
    ],
    events=[
        V("Attack", agent=["isis"], place=["baghdadi", "hit"], trigger="فجر"),
        V("Strike", agent=["iqaf"], place=["kubaysa"], trigger="طائرات"),
        V("Strike", opt=True, target=["janabi", "isis"]),
        V("Killing", agent=["iqaf"], target=["janabi"], place=["kubaysa"], trigger="قتلت"),
        V("Visit", opt=True, agent=["sayyid"], place=["tamim", "ramadi"]),
        V("MilitaryOperation", opt=True, agent=["isf"], place=["zuwiya", "jubba", "khafajiya", "ramadi"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2016-10-04, Tuesday)
DOCS.append(dict(
    id="t22-af-kunduz", published="2016-10-04",
    text="""كابل - (رويترز):

قالت وزارة الداخلية الأفغانية، الثلاثاء، إن قوات الأمن الأفغانية استعادت السيطرة على مديرية دشت أرتشي وبلدة خان آباد في ولاية قندوز، بعد معارك مع مقاتلي حركة طالبان استمرت أسبوعا.

وأوضح صديق صديقي، المتحدث باسم الوزارة، أن 40 مسلحا قتلوا، بينهم قيادي يدعى الملا عبد السلام، وأن الشرطة اعتقلت ثمانية آخرين في حي سيد آباد بمدينة قندوز. وقال محمد يوسف أيوبي، رئيس مجلس الولاية، إن «السكان فروا إلى كابل ومزار شريف وبغلان».

من جهته، نفى ذبيح الله مجاهد، المتحدث باسم طالبان، هذه الأرقام، فيما قالت منظمة أطباء بلا حدود إن مستشفاها في المدينة استقبل عشرات الجرحى.""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية", "الوزارة"], "Afghan Ministry of Interior Affairs",
          sub="GovernmentBody"),
        E("ansf", "Organization", ["قوات الأمن الأفغانية"], "Afghan National Security Forces", sub="ArmedForce"),
        E("dasht", "Place", ["مديرية دشت أرتشي", "دشت أرتشي"], "Dasht-e Archi District", sub="Region"),
        E("khanabad", "Place", ["بلدة خان آباد", "خان آباد"], "Khanabad", sub="City"),
        E("kunduzp", "Place", ["ولاية قندوز", "الولاية"], "Kunduz Province", sub="Region"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("sediqqi", "Person", ["صديق صديقي"], "Sediq Sediqqi"),
        E("salam", "Person", ["عبد السلام"], "Mullah Abdul Salam"),
        E("police", "Organization", ["الشرطة"], "Afghan National Police", sub="ArmedForce", opt=True),
        E("sayedabad", "Place", ["حي سيد آباد"], "Sayedabad", sub="City"),
        E("kunduz", "Place", ["مدينة قندوز", "المدينة"], "Kunduz", sub="City"),
        E("ayoubi", "Person", ["محمد يوسف أيوبي"], "Mohammad Yousuf Ayoubi"),
        E("pcouncil", "Organization", ["مجلس الولاية"], "Kunduz Provincial Council", sub="GovernmentBody"),
        E("mazar", "Place", ["مزار شريف"], "Mazar-i-Sharif", sub="City"),
        E("baghlan", "Place", ["بغلان"], "Baghlan", sub="Region"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("msf", "Organization", ["منظمة أطباء بلا حدود", "أطباء بلا حدود"], "Médecins Sans Frontières"),
    ],
    relations=[
        R("spokespersonOf", "sediqqi", "moi"),
        R("memberOf", "salam", "taliban"),
        R("locatedIn", "sayedabad", "kunduz"),
        R("locatedIn", "dasht", "kunduzp"),
        R("locatedIn", "khanabad", "kunduzp"),
        R("locatedIn", "kunduz", "kunduzp", opt=True),
        R("leaderOf", "ayoubi", "pcouncil"),
        R("positionIn", "ayoubi", "kunduzp", opt=True),
        R("spokespersonOf", "mujahid", "taliban"),
        R("partOf", "police", "moi", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["ansf", "taliban"], place=["dasht", "khanabad", "kunduzp"]),
        V("MilitaryOperation", opt=True, agent=["ansf"], target=["taliban"], place=["dasht", "khanabad"]),
        V("Killing", target=["salam"], trigger="قتلوا"),
        V("Killing", opt=True, agent=["ansf"], target=["taliban"], place=["kunduzp"]),
        V("Arrest", agent=[["police", "ansf", "moi"]], place=[["sayedabad", "kunduz"]], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["taliban"]),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai (2017-11-26, Sunday)
DOCS.append(dict(
    id="t22-eg-sinai", published="2017-11-26",
    text="""القاهرة - كتب: محمود عبد الغني

قالت السلطات المصرية، اليوم الأحد، إنها اعتقلت 23 شخصا يشتبه في انتمائهم إلى جماعة «أنصار بيت المقدس» في مدن العريش ورفح والشيخ زويد، بعد هجوم على كمين للشرطة قرب قرية الجورة.

وأكد العقيد تامر الرفاعي، المتحدث العسكري باسم القوات المسلحة المصرية، أن القوات قتلت خمسة مسلحين خلال تبادل لإطلاق النار. ونقلت صحيفة «المصري اليوم» عن سعيد عتيق، أحد وجهاء قبيلة السواركة، قوله إن الأهالي «يدفعون ثمن الحرب». وأضاف عتيق أن شركة «سيناء للأسمنت» أوقفت العمل في مصنعها بمنطقة الحسنة.

من جانبه، طالب حزب النور السلفي بفتح تحقيق، فيما قالت قناة «سي بي سي» إن وفدا من مجلس النواب سيزور العريش الأسبوع المقبل.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("author", "Person", ["محمود عبد الغني"], "Mahmoud Abdel Ghani"),
        E("authorities", "Organization", ["السلطات المصرية"], "Egyptian authorities", sub="GovernmentBody"),
        E("abm", "Organization", ["جماعة «أنصار بيت المقدس»", "أنصار بيت المقدس"], "Ansar Bayt al-Maqdis",
          sub="ArmedGroup"),
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("police", "Organization", ["الشرطة"], "Egyptian police", sub="ArmedForce", opt=True),
        E("joura", "Place", ["قرية الجورة", "الجورة"], "al-Joura", sub="City"),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "القوات"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("masry", "Organization", ["صحيفة «المصري اليوم»", "المصري اليوم"], "Al-Masry Al-Youm",
          sub="MediaOrganization"),
        E("ateeq", "Person", ["سعيد عتيق", "عتيق"], "Said Ateeq"),
        E("sawarka", "Organization", ["قبيلة السواركة"], "Sawarka tribe"),
        E("cement", "Organization", ["شركة «سيناء للأسمنت»", "سيناء للأسمنت"], "Sinai Cement Company"),
        E("hasana", "Place", ["منطقة الحسنة"], "al-Hasana", sub="City"),
        E("nour", "Organization", ["حزب النور السلفي", "حزب النور"], "Al-Nour Party", sub="PoliticalOrganization"),
        E("cbc", "Organization", ["قناة «سي بي سي»", "سي بي سي"], "CBC (Egypt)", sub="MediaOrganization"),
        E("parliament", "Organization", ["مجلس النواب"], "House of Representatives (Egypt)", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "eaf"),
        R("memberOf", "ateeq", "sawarka"),
    ],
    events=[
        V("Arrest", agent=["authorities"], target=["abm"], place=["arish", "rafah", "zuweid"], date="2017-11",
          trigger="اعتقلت"),
        V("Attack", target=["police"], place=["joura"], trigger="هجوم"),
        V("Attack", opt=True, agent=["abm"]),
        V("Killing", agent=["eaf"], trigger="قتلت"),
        V("Killing", opt=True, target=["abm"]),
        V("Visit", opt=True, agent=["parliament"], place=["arish"]),
    ],
))

# ---------------------------------------------------------------- Yemen, west coast (2018-08-15, Wednesday)
DOCS.append(dict(
    id="t22-ye-coast", published="2018-08-15",
    text="""عدن - (الأناضول):

سيطرت قوات «ألوية العمالقة» المدعومة من التحالف العربي، أمس الثلاثاء، على مديريتي حيس والتحيتا ومركز مديرية الدريهمي جنوبي الحديدة، بعد معارك عنيفة مع جماعة «أنصار الله» الحوثية.

وقال وضاح الدبيش، المتحدث باسم القوات المشتركة في الساحل الغربي، إن 30 حوثيا قتلوا في المعارك، مضيفا أن «اللواء الثالث عمالقة» يتقدم نحو بلدة الجراحي. وأكد محمد علي الحوثي، رئيس اللجنة الثورية العليا، أن مقاتلي الجماعة «صامدون».

في غضون ذلك، قال مسؤول في المجلس الانتقالي الجنوبي إن مسلحين مجهولين اغتالوا عادل الشرجبي، القيادي في حزب التجمع اليمني للإصلاح، في حي المنصورة بعدن، فيما اتهم الحزب «جهات تعمل على زعزعة الأمن».""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("amaliqa", "Organization", ["ألوية العمالقة"], "Giants Brigades", sub="ArmedGroup"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("hays", "Place", ["حيس"], "Hays District", sub="Region"),
        E("tuhayta", "Place", ["التحيتا"], "al-Tuhayta District", sub="Region"),
        E("durayhimi", "Place", ["مديرية الدريهمي", "الدريهمي"], "al-Durayhimi District", sub="Region"),
        E("hodeidah", "Place", ["الحديدة"], "Hodeidah", sub="City"),
        E("houthis", "Organization", ["جماعة «أنصار الله»", "أنصار الله", "الجماعة"], "Houthis",
          sub="ArmedGroup"),
        E("dubaish", "Person", ["وضاح الدبيش"], "Waddah al-Dubaish"),
        E("joint", "Organization", ["القوات المشتركة في الساحل الغربي", "القوات المشتركة"],
          "Joint Forces of the West Coast", sub="ArmedGroup"),
        E("third", "Organization", ["اللواء الثالث عمالقة"], "Third Giants Brigade", sub="ArmedGroup"),
        E("jarrahi", "Place", ["بلدة الجراحي", "الجراحي"], "al-Jarrahi", sub="City"),
        E("mah", "Person", ["محمد علي الحوثي"], "Mohammed Ali al-Houthi"),
        E("src", "Organization", ["اللجنة الثورية العليا"], "Supreme Revolutionary Committee",
          sub="GovernmentBody"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("sharjabi", "Person", ["عادل الشرجبي"], "Adel al-Sharjabi"),
        E("islah", "Organization", ["حزب التجمع اليمني للإصلاح", "الحزب"], "Al-Islah",
          sub="PoliticalOrganization"),
        E("mansoura", "Place", ["حي المنصورة"], "al-Mansoura", sub="City"),
    ],
    relations=[
        R("affiliatedWith", "amaliqa", "coalition"),
        R("locatedIn", "durayhimi", "hodeidah"),
        R("locatedIn", "hays", "hodeidah", opt=True),
        R("locatedIn", "tuhayta", "hodeidah", opt=True),
        R("spokespersonOf", "dubaish", "joint"),
        R("partOf", "third", "amaliqa", opt=True),
        R("partOf", "amaliqa", "joint", opt=True),
        R("leaderOf", "mah", "src"),
        R("memberOf", "sharjabi", "islah"),
        R("locatedIn", "mansoura", "aden"),
    ],
    events=[
        V("Attack", opt=True, agent=["amaliqa", "houthis"], target=["houthis", "amaliqa"],
          place=["hays", "tuhayta", "durayhimi"], date="2018-08-14"),
        V("MilitaryOperation", opt=True, agent=["amaliqa"], place=["hays", "tuhayta", "durayhimi"]),
        V("Killing", target=["houthis"], trigger="قتلوا"),
        V("Killing", opt=True, agent=["amaliqa", "joint"]),
        V("Killing", target=["sharjabi"], place=[["mansoura", "aden"]], trigger="اغتالوا"),
        V("Attack", opt=True, target=["sharjabi"], place=[["mansoura", "aden"]]),
    ],
))

# ---------------------------------------------------------------- Iran, Hormuz (2019-06-20, Thursday)
DOCS.append(dict(
    id="t22-ir-hormuz", published="2019-06-20",
    text="""طهران - (وكالات):

أكد عباس موسوي، المتحدث باسم وزارة الخارجية الإيرانية، اليوم الخميس، أن الحرس الثوري أسقط طائرة مسيرة أميركية من طراز «غلوبال هوك» فوق مضيق هرمز، قرب منطقة كوه مبارك بمحافظة هرمزغان.

ونقلت وكالة «بلومبرغ» عن مسؤولين أميركيين أن الطائرة كانت فوق المياه الدولية، فيما ذكرت «رويترز» أن أسعار النفط ارتفعت أربعة في المئة. وقال أمير علي حاجي زاده، قائد القوة الجوفضائية في الحرس، إن قواته «حذرت الطائرة مرتين».

من جهتها، قالت شركة «الناقلات الوطنية الإيرانية» إن ناقلاتها تعمل بشكل طبيعي في موانئ بندر عباس وبوشهر وعسلوية، بينما قال أحمد رضائي، وهو صاحب مكتب شحن في جزيرة قشم، إن «الحركة تراجعت»، وأضاف رضائي أن قناة «برس تي في» بالغت في التطمينات.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("mousavi", "Person", ["عباس موسوي"], "Abbas Mousavi"),
        E("mfa", "Organization", ["وزارة الخارجية الإيرانية"], "Iranian Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("irgc", "Organization", ["الحرس الثوري", "الحرس"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("hormuz", "Place", ["مضيق هرمز"], "Strait of Hormuz", sub="Region"),
        E("kuh", "Place", ["منطقة كوه مبارك", "كوه مبارك"], "Kuh-e Mobarak", sub="City"),
        E("hormozgan", "Place", ["محافظة هرمزغان"], "Hormozgan Province", sub="Region"),
        E("bloomberg", "Organization", ["وكالة «بلومبرغ»", "بلومبرغ"], "Bloomberg News", sub="MediaOrganization"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization"),
        E("hajizadeh", "Person", ["أمير علي حاجي زاده"], "Amir Ali Hajizadeh"),
        E("aero", "Organization", ["القوة الجوفضائية في الحرس", "القوة الجوفضائية"], "IRGC Aerospace Force",
          sub="ArmedForce"),
        E("nitc", "Organization", ["شركة «الناقلات الوطنية الإيرانية»", "الناقلات الوطنية الإيرانية"],
          "National Iranian Tanker Company"),
        E("bandar", "Place", ["بندر عباس"], "Bandar Abbas", sub="City"),
        E("bushehr", "Place", ["بوشهر"], "Bushehr", sub="City"),
        E("asaluyeh", "Place", ["عسلوية"], "Asaluyeh", sub="City"),
        E("rezaei", "Person", ["أحمد رضائي", "رضائي"], "Ahmad Rezaei"),
        E("qeshm", "Place", ["جزيرة قشم"], "Qeshm Island", sub="Region"),
        E("presstv", "Organization", ["قناة «برس تي في»", "برس تي في"], "Press TV", sub="MediaOrganization"),
    ],
    relations=[
        R("spokespersonOf", "mousavi", "mfa"),
        R("leaderOf", "hajizadeh", "aero"),
        R("partOf", "aero", "irgc"),
        R("locatedIn", "kuh", "hormozgan"),
    ],
    events=[
        V("Attack", agent=["irgc"], place=[["hormuz", "kuh", "hormozgan"]], date="2019-06", trigger="أسقط"),
        V("Strike", opt=True, agent=["irgc"], place=[["hormuz", "kuh", "hormozgan"]], date="2019-06-20"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli (2019-04-09, Tuesday)
DOCS.append(dict(
    id="t22-ly-tripoli", published="2019-04-09",
    text="""طرابلس - (أ ف ب):

أعلن المجلس العسكري في مصراتة، مساء الاثنين، إرسال «كتيبة الحلبوص» و«لواء المحجوب» إلى محور عين زارة جنوبي العاصمة، للتصدي لهجوم قوات «الجيش الوطني الليبي» بقيادة المشير خليفة حفتر.

وقال مصطفى المجعي، المتحدث باسم المركز الإعلامي لعملية «بركان الغضب»، إن طائرات حفتر قصفت مطار معيتيقة الدولي ومواقع في حي أبو سليم وقصر بن غشير. وأوضح سالم الفيتوري، وهو مهندس يعمل في شركة «البريقة لتسويق النفط»، أن القصف أصاب مستودعا للوقود، وأضاف الفيتوري أن العمال غادروا الموقع.

بدوره، أدان رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج الهجوم، فيما دعت بعثة الأمم المتحدة للدعم في ليبيا إلى هدنة إنسانية.""",
    entities=[
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("milcouncil", "Organization", ["المجلس العسكري في مصراتة"], "Misrata Military Council",
          sub="ArmedGroup"),
        E("halbous", "Organization", ["كتيبة الحلبوص"], "Halbous Brigade", sub="ArmedGroup"),
        E("mahjoub", "Organization", ["لواء المحجوب"], "Mahjoub Brigade", sub="ArmedGroup"),
        E("ainzara", "Place", ["عين زارة"], "Ain Zara", sub="City"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("mejei", "Person", ["مصطفى المجعي"], "Mustafa al-Mejei"),
        E("media", "Organization", ["المركز الإعلامي لعملية «بركان الغضب»", "المركز الإعلامي"],
          "Volcano of Rage media centre"),
        E("mitiga", "Place", ["مطار معيتيقة الدولي"], "Mitiga International Airport"),
        E("abusalim", "Place", ["حي أبو سليم"], "Abu Salim", sub="City"),
        E("qasr", "Place", ["قصر بن غشير"], "Qasr bin Ghashir", sub="City"),
        E("fituri", "Person", ["سالم الفيتوري", "الفيتوري"], "Salem al-Fituri"),
        E("brega", "Organization", ["شركة «البريقة لتسويق النفط»", "البريقة لتسويق النفط"],
          "Brega Petroleum Marketing Company"),
        E("pc", "Organization", ["المجلس الرئاسي لحكومة الوفاق الوطني", "المجلس الرئاسي"], "Presidential Council",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا"], "UNSMIL"),
    ],
    relations=[
        R("partOf", "halbous", "milcouncil", opt=True),
        R("partOf", "mahjoub", "milcouncil", opt=True),
        R("locatedIn", "ainzara", "tripoli"),
        R("leaderOf", "haftar", "lna"),
        R("spokespersonOf", "mejei", "media"),
        R("memberOf", "fituri", "brega", opt=True),
        R("leaderOf", "sarraj", "pc"),
        R("locatedIn", "abusalim", "tripoli", opt=True),
        R("locatedIn", "qasr", "tripoli", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna", "haftar"], place=["tripoli", "ainzara"]),
        V("MilitaryOperation", opt=True, agent=["lna"], place=["tripoli"]),
        V("Strike", agent=[["lna", "haftar"]], target=["mitiga"], place=["abusalim", "qasr"], trigger="قصفت"),
        V("Strike", opt=True, place=["mitiga"], target=["abusalim", "qasr"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Beirut (2020-09-10, Thursday)
DOCS.append(dict(
    id="t22-lb-beirut", published="2020-09-10",
    text="""بيروت - «الوكالة الوطنية للإعلام»:

قال جورج خوري، وهو صاحب متجر في حي الجميزة، إن الانفجار الذي هز مرفأ بيروت الشهر الماضي «دمر الشارع بالكامل»، وأكد خوري أن أحدا من المسؤولين لم يزره. وأوضحت ريما حداد، المتطوعة في الصليب الأحمر اللبناني، أن فرق الإسعاف ما زالت تبحث عن مفقودين في الكرنتينا ومار مخايل والأشرفية.

ونقلت صحيفة «النهار» عن مصادر قضائية أن المحقق العدلي فادي صوان استدعى مدير عام الجمارك بدري ضاهر، فيما طالب حزب «القوات اللبنانية» بتحقيق دولي. وذكرت قناة «إل بي سي آي» أن عناصر من الجيش اللبناني أوقفوا موظفين في المرفأ.

في غضون ذلك، وصل وفد من البنك الدولي إلى بيروت، حيث التقى الرئيس ميشال عون في قصر بعبدا.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency (Lebanon)",
          sub="MediaOrganization", opt=True),
        E("khoury", "Person", ["جورج خوري", "خوري"], "George Khoury"),
        E("gemmayzeh", "Place", ["حي الجميزة"], "Gemmayzeh", sub="City"),
        E("port", "Place", ["مرفأ بيروت", "المرفأ"], "Port of Beirut"),
        E("haddad", "Person", ["ريما حداد"], "Rima Haddad"),
        E("lrc", "Organization", ["الصليب الأحمر اللبناني"], "Lebanese Red Cross"),
        E("karantina", "Place", ["الكرنتينا"], "Karantina", sub="City"),
        E("marmikhael", "Place", ["مار مخايل"], "Mar Mikhael", sub="City"),
        E("achrafieh", "Place", ["الأشرفية"], "Achrafieh", sub="City"),
        E("nahar", "Organization", ["صحيفة «النهار»", "النهار"], "An-Nahar", sub="MediaOrganization"),
        E("sawan", "Person", ["فادي صوان"], "Fadi Sawan"),
        E("customs", "Organization", ["الجمارك"], "Lebanese Customs", sub="GovernmentBody", opt=True),
        E("daher", "Person", ["بدري ضاهر"], "Badri Daher"),
        E("lf", "Organization", ["حزب «القوات اللبنانية»", "القوات اللبنانية"], "Lebanese Forces",
          sub="PoliticalOrganization"),
        E("lbci", "Organization", ["قناة «إل بي سي آي»", "إل بي سي آي"], "LBCI", sub="MediaOrganization"),
        E("laf", "Organization", ["الجيش اللبناني"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("wb", "Organization", ["البنك الدولي"], "World Bank"),
        E("aoun", "Person", ["ميشال عون"], "Michel Aoun"),
        E("baabda", "Place", ["قصر بعبدا"], "Baabda Palace"),
    ],
    relations=[
        R("memberOf", "haddad", "lrc"),
        R("leaderOf", "daher", "customs", opt=True),
        R("positionIn", "daher", "customs", opt=True),
        R("locatedIn", "port", "beirut", opt=True),
    ],
    events=[
        V("Arrest", agent=["laf"], place=["port"], trigger="أوقفوا"),
        V("Visit", agent=["wb"], place=["beirut"], trigger="وصل"),
        V("Meeting", agent=["wb", "aoun"], place=[["baabda", "beirut"]], trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-10-16, Monday)
DOCS.append(dict(
    id="t22-so-mogadishu", published="2017-10-16",
    text="""مقديشو - (رويترز):

قتل ثمانية أشخاص على الأقل، مساء السبت، في هجوم بسيارة مفخخة استهدف فندق «صحفي» في شارع مكة بالعاصمة الصومالية، وتبنته حركة الشباب المجاهدين المرتبطة بتنظيم القاعدة.

وقال عبد الفتاح عمر حالان، المتحدث باسم بلدية مقديشو، إن قوات الأمن الصومالية قتلت ثلاثة من المهاجمين. وأكد حسن عبدي، وهو موظف في شركة «هرمود» للاتصالات، أن زميلين له أصيبا، وأضاف عبدي أن الشركة أغلقت فروعها في أحياء هودن وودجر وحمر ججب.

من جانبه، أعلن نادي «هورسيد» لكرة القدم تأجيل مباراته أمام نادي «إلمان»، فيما دانت بعثة الاتحاد الأفريقي في الصومال (أميصوم) الهجوم.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hotel", "Place", ["فندق «صحفي»"], "Sahafi Hotel"),
        E("street", "Place", ["شارع مكة"], "Maka al-Mukarama Road", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "حركة الشباب"], "al-Shabaab", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("halane", "Person", ["عبد الفتاح عمر حالان"], "Abdifatah Omar Halane"),
        E("municipality", "Organization", ["بلدية مقديشو"], "Mogadishu municipality", sub="GovernmentBody"),
        E("sforces", "Organization", ["قوات الأمن الصومالية"], "Somali security forces", sub="ArmedForce"),
        E("abdi", "Person", ["حسن عبدي", "عبدي"], "Hassan Abdi"),
        E("hormuud", "Organization", ["شركة «هرمود»", "هرمود", "الشركة"], "Hormuud Telecom"),
        E("hodan", "Place", ["هودن"], "Hodan", sub="City"),
        E("wadajir", "Place", ["ودجر"], "Wadajir", sub="City"),
        E("hamar", "Place", ["حمر ججب"], "Hamar Jajab", sub="City"),
        E("horseed", "Organization", ["نادي «هورسيد»", "هورسيد"], "Horseed FC"),
        E("elman", "Organization", ["نادي «إلمان»", "إلمان"], "Elman FC"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM"),
    ],
    relations=[
        R("affiliatedWith", "shabaab", "aq"),
        R("spokespersonOf", "halane", "municipality"),
        R("memberOf", "abdi", "hormuud", opt=True),
        R("locatedIn", "hotel", "mogadishu"),
        R("locatedIn", "street", "mogadishu", opt=True),
        R("locatedIn", "hotel", "street", opt=True),
        R("locatedIn", "hodan", "mogadishu", opt=True),
        R("locatedIn", "wadajir", "mogadishu", opt=True),
        R("locatedIn", "hamar", "mogadishu", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], target=["hotel"], place=[["hotel", "street", "mogadishu"]],
          date="2017-10-14", trigger="هجوم"),
        V("Killing", agent=["shabaab"], place=[["hotel", "street", "mogadishu"]], date="2017-10-14",
          trigger="قتل"),
        V("Killing", agent=["sforces"], target=["shabaab"], trigger="قتلت"),
    ],
))

# ---------------------------------------------------------------- Sudan, Khartoum (2023-05-10, Wednesday)
DOCS.append(dict(
    id="t22-sd-khartoum", published="2023-05-10",
    text="""الخرطوم - كتب: عمر الفاضل

تجددت الاشتباكات، أمس الثلاثاء، بين الجيش السوداني وقوات الدعم السريع بقيادة محمد حمدان دقلو «حميدتي» في أحياء الصحافة وجبرة والعمارات بالخرطوم، وفي مدينتي بحري وأم درمان.

وقال إبراهيم آدم، أحد سكان حي جبرة، إن قذيفة سقطت على منزل جاره، مضيفا أن «لجان المقاومة» تساعد الأهالي على الخروج. وأكدت نقابة أطباء السودان مقتل 12 مدنيا، وأوضح آدم أن السكان يتجهون إلى ود مدني والقضارف.

وفي جدة، التقى وفد من القوات المسلحة السودانية ممثلين عن الدعم السريع بوساطة سعودية أميركية، بحسب ما أعلنت وزارة الخارجية السعودية.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("fadel", "Person", ["عمر الفاضل"], "Omar al-Fadel"),
        E("saf", "Organization", ["الجيش السوداني", "القوات المسلحة السودانية"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("sahafa", "Place", ["الصحافة"], "al-Sahafa", sub="City"),
        E("jabra", "Place", ["حي جبرة", "جبرة"], "Jabra", sub="City"),
        E("amarat", "Place", ["العمارات"], "al-Amarat", sub="City"),
        E("bahri", "Place", ["بحري"], "Bahri", sub="City"),
        E("omdurman", "Place", ["أم درمان"], "Omdurman", sub="City"),
        E("ibrahim", "Person", ["إبراهيم آدم", "آدم"], "Ibrahim Adam"),
        E("committees", "Organization", ["لجان المقاومة"], "Resistance Committees", opt=True),
        E("doctors", "Organization", ["نقابة أطباء السودان"], "Sudan Doctors' Union"),
        E("wadmadani", "Place", ["ود مدني"], "Wad Madani", sub="City"),
        E("gedaref", "Place", ["القضارف"], "Gedaref", sub="City"),
        E("jeddah", "Place", ["جدة"], "Jeddah", sub="City"),
        E("smfa", "Organization", ["وزارة الخارجية السعودية"], "Saudi Ministry of Foreign Affairs",
          sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "hemedti", "rsf"),
        R("locatedIn", "sahafa", "khartoum"),
        R("locatedIn", "jabra", "khartoum"),
        R("locatedIn", "amarat", "khartoum"),
    ],
    events=[
        V("Attack", opt=True, agent=["saf", "rsf"], target=["saf", "rsf"],
          place=["sahafa", "jabra", "amarat", "khartoum", "bahri", "omdurman"], date="2023-05-09"),
        V("Killing", trigger="مقتل"),
        V("Meeting", agent=["saf", "rsf"], place=["jeddah"], trigger="التقى"),
    ],
))
