"""Hand annotations of the thirty-fourth training set (see eval/train34/README.md).

The entity helper's working set: minor persons named with no title (Arabic, Kurdish, Turkish,
Persian and Afghan names in Arabic spelling, names with ابن/بن, أبو and آل, kunyas), persons named in
full then by family name alone, names ending in a nisba (المصري، الفيومي), organisations named by
acronym or transliterated name, bodies named by a country adjective (الخارجية التركية، السلطات
الليبية، الداخلية المصرية), organisations whose name holds a place, small villages and districts after
بلدة/قرية/حي/مديرية and in lists, names followed by verbs and direction words, common words that are
village names. Persons are invented except well-known public figures. Written and annotated before
the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Kirkuk (2016-10-06, Thursday)
DOCS.append(dict(
    id="t34-iq-zab", published="2016-10-06",
    text="""كركوك - (رويترز):

قال مسؤولون أمنيون إن مسلحين من تنظيم «داعش» هاجموا، فجر أمس الأربعاء، نقطة تفتيش للحشد العشائري قرب قرية المسحك جنوب غربي كركوك، ما أسفر عن مقتل أربعة من عناصرها بينهم آمر النقطة سرحان الجبوري.

وأوضح عضو مجلس محافظة كركوك أحمد العبيدي أن المهاجمين جاؤوا من قضاء الحويجة الذي يسيطر عليه التنظيم منذ صيف 2014، مضيفا أن «السكان في بلدات الرياض والعباسي والرشاد يعيشون تحت الحصار». وأكد العبيدي أن القوات العراقية وقوات البيشمركة الكردية تستعد لعملية مشتركة لاستعادة القضاء.

من جانبه، قال هوشيار زنكنة، وهو ضابط في الأسايش، إن عناصر الأمن الكردي اعتقلوا ثلاثة مشتبه بهم في حي رحيم آوه شمالي المدينة، بينهم رجل يدعى كاوه عبد الله. وأضاف زنكنة أن أحد المعتقلين «اعترف بنقل متفجرات لصالح التنظيم».

وفي بغداد، قالت قيادة العمليات المشتركة في بيان إن طائرات التحالف الدولي نفذت ثلاث غارات على مواقع للتنظيم في ناحية الزاب، فيما نقلت وكالة «رووداو» عن مصادر محلية أن عشرات العائلات نزحت باتجاه مخيم ديبكة في محافظة أربيل.""",
    entities=[
        E("kirkuk", "Place", ["كركوك", "المدينة"], "Kirkuk", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("is", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("tribal", "Organization", ["الحشد العشائري"], "Tribal Mobilization", sub="ArmedForce"),
        E("mashak", "Place", ["قرية المسحك"], "al-Mashak", sub="City"),
        E("sarhan", "Person", ["سرحان الجبوري"], "Sarhan al-Jubouri"),
        E("council", "Organization", ["مجلس محافظة كركوك"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("obaidi", "Person", ["أحمد العبيدي", "العبيدي"], "Ahmad al-Obaidi"),
        E("hawija", "Place", ["قضاء الحويجة", "القضاء"], "Hawija District", sub="Region"),
        E("riyadh", "Place", ["الرياض"], "al-Riyadh (Kirkuk)", sub="City"),
        E("abbasi", "Place", ["العباسي"], "al-Abbasi", sub="City"),
        E("rashad", "Place", ["الرشاد"], "al-Rashad", sub="City"),
        E("isf", "Organization", ["القوات العراقية"], "Iraqi forces", sub="ArmedForce"),
        E("pesh", "Organization", ["قوات البيشمركة الكردية"], "Peshmerga", sub="ArmedForce"),
        E("hoshyar", "Person", ["هوشيار زنكنة", "زنكنة"], "Hoshyar Zangana"),
        E("asayish", "Organization", ["الأسايش", "الأمن الكردي"], "Asayish", sub="GovernmentBody"),
        E("rahimawa", "Place", ["حي رحيم آوه"], "Rahimawa", sub="City"),
        E("kawa", "Person", ["كاوه عبد الله"], "Kawa Abdullah"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("coal", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("zab", "Place", ["ناحية الزاب"], "al-Zab subdistrict", sub="Region"),
        E("rudaw", "Organization", ["وكالة «رووداو»", "رووداو"], "Rudaw", sub="MediaOrganization"),
        E("debaga", "Place", ["مخيم ديبكة"], "Debaga camp"),
        E("erbil", "Place", ["محافظة أربيل"], "Erbil Governorate", sub="Region"),
    ],
    relations=[
        R("memberOf", "obaidi", "council"),
        R("memberOf", "hoshyar", "asayish"),
        R("memberOf", "sarhan", "tribal", opt=True),
        R("locatedIn", "rahimawa", "kirkuk"),
        R("locatedIn", "debaga", "erbil"),
        R("locatedIn", "mashak", "kirkuk", opt=True),
    ],
    events=[
        V("Attack", agent=["is"], target=["tribal"], place=["mashak"], date="2016-10-05", trigger="هاجموا"),
        V("Killing", agent=["is"], target=["sarhan"], place=["mashak"], date="2016-10-05", trigger="مقتل"),
        V("Arrest", agent=["asayish"], target=["kawa"], place=[["rahimawa", "kirkuk"]], trigger="اعتقلوا"),
        V("Strike", agent=["coal"], target=["is"], place=["zab"], trigger="غارات"),
        V("MilitaryOperation", opt=True, agent=["isf", "pesh"], place=["hawija"]),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2018-02-15, Thursday)
DOCS.append(dict(
    id="t34-sy-kafranbel", published="2018-02-15",
    text="""إدلب - (الأناضول):

قتل تسعة مدنيين، بينهم امرأتان، في غارات جوية يعتقد أنها روسية استهدفت، أمس الأربعاء، سوقا شعبية في بلدة كفرنبل وقرية حاس بريف إدلب الجنوبي، حسبما أفاد الدفاع المدني السوري المعروف بـ«الخوذ البيضاء».

وقال مصطفى حاج يوسف، مدير الدفاع المدني في إدلب، إن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض، مشيرا إلى أن بين القتلى الطفل عمر قدور ووالده. وأضاف حاج يوسف أن الغارات طالت أيضا مستشفى في مدينة معرة النعمان.

وفي ريف حلب الغربي، أعلنت «هيئة تحرير الشام» أن مقاتليها صدوا هجوما لقوات النظام على بلدة العيس، فيما قال القيادي في الهيئة أبو خالد الشامي إن «المعركة مفتوحة».

وأكد محمد رشيد، الناطق باسم جيش النصر، أن فصائل «الجيش السوري الحر» شنت هجوما معاكسا قرب تل السلطان، فيما اتهمت الخارجية التركية النظام بخرق اتفاق «خفض التصعيد» الموقع في أستانا. ونقلت وكالة «إباء» التابعة للهيئة عن مصدر ميداني أن عنصرين من الحرس الثوري الإيراني قتلا في المعارك.""",
    entities=[
        E("idlib", "Place", ["إدلب"], "Idlib", sub="Region"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("kafranbel", "Place", ["بلدة كفرنبل"], "Kafranbel", sub="City"),
        E("haas", "Place", ["قرية حاس"], "Haas", sub="City"),
        E("cd", "Organization", ["الدفاع المدني السوري", "الخوذ البيضاء", "الدفاع المدني"], "Syria Civil Defence"),
        E("mustafa", "Person", ["مصطفى حاج يوسف", "حاج يوسف"], "Mustafa Haj Yousef"),
        E("omar", "Person", ["عمر قدور"], "Omar Qaddour"),
        E("maarat", "Place", ["مدينة معرة النعمان"], "Maarat al-Numan", sub="City"),
        E("aleppo", "Place", ["حلب"], "Aleppo", sub="Region"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("regime", "Organization", ["قوات النظام", "النظام"], "Syrian government forces", sub="ArmedForce"),
        E("eis", "Place", ["بلدة العيس"], "al-Eis", sub="City"),
        E("shami", "Person", ["أبو خالد الشامي"], "Abu Khalid al-Shami"),
        E("rashid", "Person", ["محمد رشيد"], "Mohammad Rashid"),
        E("nasr", "Organization", ["جيش النصر"], "Jaish al-Nasr", sub="ArmedGroup"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("sultan", "Place", ["تل السلطان"], "Tal al-Sultan", sub="City"),
        E("trmfa", "Organization", ["الخارجية التركية"], "Turkish Foreign Ministry", sub="GovernmentBody"),
        E("astana", "Place", ["أستانا"], "Astana", sub="City"),
        E("ibaa", "Organization", ["وكالة «إباء»", "إباء"], "Ebaa News Agency", sub="MediaOrganization"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "IRGC", sub="ArmedForce"),
    ],
    relations=[
        R("leaderOf", "mustafa", "cd"),
        R("memberOf", "shami", "hts"),
        R("spokespersonOf", "rashid", "nasr"),
        R("partOf", "ibaa", "hts"),
        R("memberOf", "nasr", "fsa", opt=True),
        R("locatedIn", "kafranbel", "idlib"),
        R("locatedIn", "haas", "idlib"),
        R("locatedIn", "eis", "aleppo"),
    ],
    events=[
        V("Strike", place=[["kafranbel", "haas", "idlib"]], date="2018-02-14", trigger="غارات"),
        V("Killing", place=[["kafranbel", "haas", "idlib"]], date="2018-02-14", trigger="قتل"),
        V("Attack", agent=["regime"], target=["hts"], place=["eis"], trigger="هجوما"),
        V("Attack", opt=True, agent=["fsa"], place=["sultan"]),
        V("Killing", opt=True, target=["irgc"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib and al-Bayda (2017-06-12, Monday)
DOCS.append(dict(
    id="t34-ye-sirwah", published="2017-06-12",
    text="""مأرب - «الخليج»:
كتب: صادق الحميري

قتل خمسة من مسلحي جماعة الحوثي وأصيب آخرون، في هجوم شنته قوات الجيش الوطني اليمني، فجر الأحد، على مواقع للجماعة في مديرية صرواح غربي محافظة مأرب، بحسب مصدر عسكري.

وقال مبارك بن صالح الزايدي، قائد اللواء 14 مشاة، إن «المليشيات الانقلابية» تكبدت خسائر كبيرة في منطقة هيلان، مضيفا أن مقاتلين من قبائل عبيدة ومراد شاركوا في الهجوم إلى جانب الجيش. وأوضح الزايدي أن طيران التحالف العربي بقيادة السعودية نفذ أربع غارات على تعزيزات للحوثيين قادمة من صنعاء.

وفي محافظة البيضاء، قالت مصادر قبلية إن مسلحين يتبعون تنظيم القاعدة في جزيرة العرب هاجموا نقطة للحوثيين في مديرية الزاهر، ما أدى إلى مقتل القيادي الحوثي أبو حيدر المؤيدي. وذكر شاهد يدعى عبدالله آل حميقان أن الاشتباكات استمرت ساعتين.

من جهتها، نقلت وكالة «سبأ» التي يديرها الحوثيون عن المتحدث باسم الجماعة محمد عبدالسلام قوله إن «العدوان وأدواته لن يحققوا أي تقدم في نهم وصرواح».""",
    entities=[
        E("maribcity", "Place", ["مأرب"], "Marib", sub="City"),
        E("khaleej", "Organization", ["الخليج"], "Al Khaleej", sub="MediaOrganization", opt=True),
        E("sadiq", "Person", ["صادق الحميري"], "Sadiq al-Humairi"),
        E("houthi", "Organization", ["جماعة الحوثي", "الجماعة", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش الوطني اليمني", "الجيش"], "Yemeni National Army", sub="ArmedForce"),
        E("sirwah", "Place", ["مديرية صرواح", "صرواح"], "Sirwah", sub="City"),
        E("marib", "Place", ["محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("zaidi", "Person", ["مبارك بن صالح الزايدي", "الزايدي"], "Mubarak bin Salih al-Zaidi"),
        E("bde14", "Organization", ["اللواء 14 مشاة"], "14th Infantry Brigade", sub="ArmedForce"),
        E("hailan", "Place", ["منطقة هيلان"], "Hailan", sub="Region"),
        E("abida", "Organization", ["قبائل عبيدة"], "Abida tribes"),
        E("murad", "Organization", ["مراد"], "Murad tribe"),
        E("coal", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("bayda", "Place", ["محافظة البيضاء"], "al-Bayda Governorate", sub="Region"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "AQAP", sub="ArmedGroup"),
        E("zahir", "Place", ["مديرية الزاهر"], "al-Zahir", sub="City"),
        E("muayyadi", "Person", ["أبو حيدر المؤيدي"], "Abu Haidar al-Muayyadi"),
        E("humaiqan", "Person", ["عبدالله آل حميقان"], "Abdullah Al Humaiqan"),
        E("saba", "Organization", ["وكالة «سبأ»", "سبأ"], "Saba News Agency", sub="MediaOrganization"),
        E("abdulsalam", "Person", ["محمد عبدالسلام"], "Mohammed Abdulsalam"),
        E("nihm", "Place", ["نهم"], "Nihm", sub="City"),
    ],
    relations=[
        R("leaderOf", "zaidi", "bde14"),
        R("partOf", "bde14", "army", opt=True),
        R("leaderOf", "saudi", "coal"),
        R("memberOf", "muayyadi", "houthi"),
        R("spokespersonOf", "abdulsalam", "houthi"),
        R("affiliatedWith", "saba", "houthi", opt=True),
        R("locatedIn", "sirwah", "marib"),
        R("locatedIn", "zahir", "bayda"),
    ],
    events=[
        V("Attack", agent=["army"], target=["houthi"], place=[["sirwah", "marib"]], date="2017-06-11",
          trigger="هجوم"),
        V("Killing", agent=["army"], target=["houthi"], place=[["sirwah", "marib"]], date="2017-06-11",
          trigger="قتل"),
        V("Strike", agent=["coal"], target=["houthi"], trigger="غارات"),
        V("Attack", agent=["aqap"], target=["houthi"], place=[["zahir", "bayda"]], trigger="هاجموا"),
        V("Killing", agent=["aqap"], target=["muayyadi"], place=[["zahir", "bayda"]], trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte and Benghazi (2016-08-20, Saturday)
DOCS.append(dict(
    id="t34-ly-sirte", published="2016-08-20",
    text="""مصراتة - (وكالات):

قال المركز الإعلامي لعملية «البنيان المرصوص» إن سبعة من عناصر القوات الموالية لحكومة الوفاق الوطني قتلوا، أمس الجمعة، في اشتباكات مع مقاتلي تنظيم الدولة في حي الجيزة البحرية وسط مدينة سرت.

وأوضح المتحدث باسم المركز علي بوشناف أن القتلى سقطوا بنيران القناصة، مضيفا أن طائرات أمريكية نفذت غارتين على مواقع للتنظيم قرب مجمع واغادوغو للمؤتمرات. وذكر مستشفى مصراتة المركزي في بيان أن بين الجرحى المقاتل صالح بن عمران الورفلي والمصور الصحفي عبد الرؤوف القماطي.

وفي بنغازي، أعلنت القيادة العامة للجيش الليبي أن قواتها سيطرت على منطقة القوارشة غرب المدينة، بعد معارك مع مجلس شورى ثوار بنغازي. وقال أحمد المسماري، الناطق باسم القيادة، إن «الإرهابيين فروا باتجاه قنفودة».

من جهتها، دعت السلطات الليبية في طرابلس البعثة الأممية إلى «الضغط على الأطراف»، فيما قال عضو المجلس الرئاسي موسى الكوني إن «الحل لن يكون عسكريا».

وفي طبرق، قال النائب عبد السلام بوزيد إن مجلس النواب سيعقد جلسة الأسبوع المقبل لمناقشة منح الثقة لحكومة فايز السراج.""",
    entities=[
        E("misrata", "Place", ["مصراتة"], "Misrata", sub="City"),
        E("media", "Organization", ["المركز الإعلامي لعملية «البنيان المرصوص»", "المركز"],
          "Bunyan al-Marsous media centre"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", sub="GovernmentBody"),
        E("is", "Organization", ["تنظيم الدولة", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("jiza", "Place", ["حي الجيزة البحرية"], "al-Jiza al-Bahriya", sub="City"),
        E("sirte", "Place", ["مدينة سرت"], "Sirte", sub="City"),
        E("boushnaf", "Person", ["علي بوشناف"], "Ali Boushnaf"),
        E("ouaga", "Place", ["مجمع واغادوغو للمؤتمرات"], "Ouagadougou Conference Centre"),
        E("hosp", "Place", ["مستشفى مصراتة المركزي"], "Misrata Central Hospital", alt=["Organization"]),
        E("warfalli", "Person", ["صالح بن عمران الورفلي"], "Salih bin Omran al-Warfalli"),
        E("qamati", "Person", ["عبد الرؤوف القماطي"], "Abdelraouf al-Qamati"),
        E("benghazi", "Place", ["بنغازي", "المدينة"], "Benghazi", sub="City"),
        E("lna", "Organization", ["القيادة العامة للجيش الليبي", "القيادة"], "LNA General Command",
          sub="ArmedForce"),
        E("qawarsha", "Place", ["منطقة القوارشة"], "Qawarsha", sub="City"),
        E("bsrc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("ganfouda", "Place", ["قنفودة"], "Ganfouda", sub="City"),
        E("auth", "Organization", ["السلطات الليبية"], "Libyan authorities", sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("unsmil", "Organization", ["البعثة الأممية"], "UNSMIL"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("koni", "Person", ["موسى الكوني"], "Musa al-Koni"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
        E("bouzid", "Person", ["عبد السلام بوزيد"], "Abdelsalam Bouzid"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives", sub="GovernmentBody"),
        E("sarraj", "Person", ["فايز السراج"], "Fayez al-Sarraj"),
    ],
    relations=[
        R("spokespersonOf", "boushnaf", "media"),
        R("spokespersonOf", "mismari", "lna"),
        R("memberOf", "koni", "pc"),
        R("memberOf", "bouzid", "hor"),
        R("leaderOf", "sarraj", "gna", opt=True),
        R("locatedIn", "jiza", "sirte"),
        R("locatedIn", "qawarsha", "benghazi"),
    ],
    events=[
        V("Killing", opt=True, agent=["is"]),
        V("Killing", place=[["jiza", "sirte"]], date="2016-08-19", trigger="قتلوا"),
        V("Strike", target=["is"], place=["ouaga"], trigger="غارتين"),
        V("MilitaryOperation", agent=["lna"], target=["bsrc"], place=[["qawarsha", "benghazi"]],
          trigger="سيطرت"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai and Cairo (2015-03-08, Sunday)
DOCS.append(dict(
    id="t34-eg-arish", published="2015-03-08",
    text="""العريش - (أ ش أ):

قال مصدر أمني مصري إن ثلاثة مجندين قتلوا، صباح اليوم الأحد، إثر انفجار عبوة ناسفة استهدفت مدرعة تابعة للشرطة على الطريق الدولي بين مدينة العريش ومدينة الشيخ زويد في شمال سيناء.

وأوضح المصدر أن بين القتلى المجند محمود عبد الحفيظ، وأن سيارات الإسعاف نقلت المصابين إلى مستشفى العريش العام. وتبنت جماعة «أنصار بيت المقدس»، التي بايعت تنظيم الدولة وصارت تسمي نفسها «ولاية سيناء»، الهجوم في بيان نشر على حسابات مؤيدة لها.

وذكر بيان للمتحدث العسكري أن قوات الجيش الثاني الميداني قتلت 12 مسلحا في حملة مداهمات بقرى المهدية والمقاطعة والتومة جنوب رفح.

وفي القاهرة، قضت محكمة جنايات الجيزة بالسجن المؤبد على ثمانية متهمين في القضية المعروفة إعلاميا بـ«خلية حلوان»، بينهم طالب يدعى إسلام شعبان وآخر يدعى أحمد أبو سريع. وقال المحامي خالد المصري، وكيل الدفاع، إن موكليه «سيطعنون على الحكم أمام محكمة النقض».

وكانت الداخلية المصرية أعلنت الشهر الماضي مقتل القيادي في جماعة «أجناد مصر» أبو عبيدة الفيومي في مداهمة بمنطقة فيصل في الجيزة.""",
    entities=[
        E("arish", "Place", ["العريش", "مدينة العريش"], "Arish", sub="City"),
        E("mena", "Organization", ["أ ش أ"], "MENA", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة"], "Egyptian police", sub="GovernmentBody", opt=True),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai", sub="Region"),
        E("hafiz", "Person", ["محمود عبد الحفيظ"], "Mahmoud Abdelhafiz"),
        E("hosp", "Place", ["مستشفى العريش العام"], "Arish General Hospital"),
        E("abm", "Organization", ["أنصار بيت المقدس", "ولاية سيناء"], "Ansar Bayt al-Maqdis / Sinai Province",
          sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("army2", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("mahdiya", "Place", ["المهدية"], "al-Mahdiya", sub="City"),
        E("muqataa", "Place", ["المقاطعة"], "al-Muqataa", sub="City"),
        E("tuma", "Place", ["التومة"], "al-Tuma", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah (Egypt)", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("court", "Organization", ["محكمة جنايات الجيزة"], "Giza Criminal Court", sub="GovernmentBody"),
        E("helwan", "Organization", ["خلية حلوان"], "Helwan cell", sub="ArmedGroup", opt=True),
        E("islam", "Person", ["إسلام شعبان"], "Islam Shaaban"),
        E("abusari", "Person", ["أحمد أبو سريع"], "Ahmad Abu Sari"),
        E("masri", "Person", ["خالد المصري"], "Khaled al-Masri"),
        E("naqd", "Organization", ["محكمة النقض"], "Court of Cassation", sub="GovernmentBody"),
        E("moi", "Organization", ["الداخلية المصرية"], "Egyptian Interior Ministry", sub="GovernmentBody"),
        E("ajnad", "Organization", ["أجناد مصر"], "Ajnad Misr", sub="ArmedGroup"),
        E("fayoumi", "Person", ["أبو عبيدة الفيومي"], "Abu Ubaida al-Fayoumi"),
        E("faisal", "Place", ["منطقة فيصل"], "Faisal", sub="City"),
        E("giza", "Place", ["الجيزة"], "Giza", sub="City"),
    ],
    relations=[
        R("memberOf", "fayoumi", "ajnad"),
        R("memberOf", "abm", "is", opt=True),
        R("locatedIn", "faisal", "giza"),
        R("locatedIn", "zuweid", "nsinai", opt=True),
        R("locatedIn", "arish", "nsinai", opt=True),
    ],
    events=[
        V("Attack", agent=["abm"], place=[["arish", "zuweid", "nsinai"]], date="2015-03-08", trigger="انفجار"),
        V("Killing", agent=["abm"], target=["hafiz"], place=[["arish", "zuweid", "nsinai"]], date="2015-03-08",
          trigger="قتلوا"),
        V("Killing", agent=["army2"], place=[["mahdiya", "muqataa", "tuma", "rafah"]], trigger="قتلت"),
        V("Killing", agent=["moi"], target=["fayoumi"], place=[["faisal", "giza"]], date="2015-02",
          trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal, Tripoli, Saida (2016-09-14, Wednesday)
DOCS.append(dict(
    id="t34-lb-arsal", published="2016-09-14",
    text="""بيروت - «الحياة»:

أوقف الجيش اللبناني، فجر اليوم الأربعاء، خمسة سوريين خلال مداهمات في مخيمات للنازحين على أطراف بلدة عرسال البقاعية، بينهم المدعو محمود خالد الأحمد الملقب «أبو هاجر الحمصي».

وقالت قيادة الجيش في بيان إن الموقوفين «ينتمون إلى جبهة فتح الشام»، وإن الأحمد شارك في الهجوم على مراكز الجيش في وادي حميد قرب عرسال صيف 2014.

وفي طرابلس شمالي البلاد، دهمت شعبة المعلومات في قوى الأمن الداخلي شقة في حي باب التبانة وأوقفت شابا يدعى بلال عكاري يشتبه في تواصله مع قياديين في «داعش» بالرقة. وقال شقيقه وليد عكاري لـ«الحياة» إن بلال «بريء».

وفي صيدا، أكد مصدر فلسطيني أن «عصبة الأنصار» سلمت مخابرات الجيش مطلوبا من مخيم عين الحلوة يدعى حسن نوفل، فيما نعى «حزب الله» أحد مقاتليه، ويدعى علي حسن فقيه، من بلدة عيتا الشعب الجنوبية، وقال إنه قتل في ريف حلب الجنوبي حيث يقاتل الحزب والحرس الثوري الإيراني إلى جانب القوات السورية.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Army", sub="ArmedForce"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال"], "Arsal", sub="City"),
        E("ahmad", "Person", ["محمود خالد الأحمد", "أبو هاجر الحمصي", "الأحمد"], "Mahmoud Khalid al-Ahmad"),
        E("jfs", "Organization", ["جبهة فتح الشام"], "Jabhat Fath al-Sham", sub="ArmedGroup"),
        E("hmeid", "Place", ["وادي حميد"], "Wadi Hmeid", sub="Region"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli (Lebanon)", sub="City"),
        E("lebanon", "Place", ["البلاد"], "Lebanon", qid="Q822", sub="Country", opt=True),
        E("info", "Organization", ["شعبة المعلومات"], "Information Branch", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="GovernmentBody"),
        E("tabbaneh", "Place", ["حي باب التبانة"], "Bab al-Tabbaneh", sub="City"),
        E("bilal", "Person", ["بلال عكاري", "بلال"], "Bilal Akkari"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("raqqa", "Place", ["الرقة"], "Raqqa", sub="City"),
        E("walid", "Person", ["وليد عكاري"], "Walid Akkari"),
        E("saida", "Place", ["صيدا"], "Sidon", sub="City"),
        E("usba", "Organization", ["عصبة الأنصار"], "Usbat al-Ansar", sub="ArmedGroup"),
        E("intel", "Organization", ["مخابرات الجيش"], "Lebanese Army Intelligence", sub="GovernmentBody"),
        E("ainhilweh", "Place", ["مخيم عين الحلوة"], "Ain al-Hilweh camp"),
        E("nawfal", "Person", ["حسن نوفل"], "Hasan Nawfal"),
        E("hzb", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("faqih", "Person", ["علي حسن فقيه"], "Ali Hasan Faqih"),
        E("aita", "Place", ["بلدة عيتا الشعب"], "Aita al-Shaab", sub="City"),
        E("aleppo", "Place", ["حلب"], "Aleppo", sub="Region"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "IRGC", sub="ArmedForce"),
        E("saf", "Organization", ["القوات السورية"], "Syrian forces", sub="ArmedForce"),
    ],
    relations=[
        R("memberOf", "ahmad", "jfs"),
        R("partOf", "info", "isf"),
        R("partOf", "intel", "laf", opt=True),
        R("memberOf", "faqih", "hzb"),
        R("locatedIn", "tabbaneh", "tripoli"),
        R("locatedIn", "ainhilweh", "saida", opt=True),
        R("locatedIn", "hmeid", "arsal", opt=True),
    ],
    events=[
        V("Arrest", agent=["laf"], target=["ahmad"], place=["arsal"], date="2016-09-14", trigger="أوقف"),
        V("Arrest", agent=["info"], target=["bilal"], place=[["tabbaneh", "tripoli"]], trigger="أوقفت"),
        V("Arrest", opt=True, agent=["usba"], target=["nawfal"]),
        V("Killing", opt=True, target=["faqih"], place=["aleppo"]),
        V("Attack", opt=True, agent=["ahmad"], target=["laf"], place=["hmeid"], date="2014"),
    ],
))

# ---------------------------------------------------------------- Turkey, Cizre and Istanbul (2016-02-24, Wednesday)
DOCS.append(dict(
    id="t34-tr-cizre", published="2016-02-24",
    text="""أنقرة - (الأناضول):

قالت رئاسة الأركان التركية إن جنديين قتلا وأصيب ثلاثة آخرون، أمس الثلاثاء، في هجوم شنه مسلحون من حزب العمال الكردستاني على دورية في قضاء جزرة بولاية شرناق جنوب شرقي البلاد.

وأفاد بيان لرئاسة الأركان أن الطائرات التركية قصفت ليلا مواقع للحزب في منطقتي قنديل وهاكورك شمالي العراق، ودمرت مخابئ ومستودعات ذخيرة.

وقالت زوزان أرسلان، النائبة عن حزب الشعوب الديمقراطي، إن حظر التجول المفروض على جزرة منذ أسابيع «حوّل حياة السكان إلى جحيم»، مشيرة إلى أن عائلة المواطن محمد تكين لم تتمكن من دفن جثته لأيام. ورد نعمان قورتولموش، المتحدث باسم الحكومة، بأن «العمليات ستستمر حتى تطهير المنطقة».

وفي إسطنبول، ذكرت صحيفة «حرييت» أن الشرطة اعتقلت 14 شخصا في حي أوكميداني للاشتباه بانتمائهم إلى «صقور حرية كردستان»، بينهم شاب يدعى أردال شاهين. كما أعلنت وزارة الخارجية العراقية استدعاء القائم بالأعمال التركي احتجاجا على الغارات.

وكان صلاح الدين دميرطاش، الرئيس المشارك لحزب الشعوب الديمقراطي، دعا أمس إلى «استئناف عملية السلام» مع عبد الله أوجلان المسجون في جزيرة إيمرالي.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tgs", "Organization", ["رئاسة الأركان التركية", "رئاسة الأركان"], "Turkish General Staff",
          sub="ArmedForce"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "PKK", qid="Q41008", sub="ArmedGroup"),
        E("cizre", "Place", ["قضاء جزرة", "جزرة"], "Cizre", sub="City"),
        E("sirnak", "Place", ["ولاية شرناق"], "Sirnak Province", sub="Region"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("qandil", "Place", ["قنديل"], "Qandil", sub="Region"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("zozan", "Person", ["زوزان أرسلان"], "Zozan Arslan"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "HDP", sub="PoliticalOrganization"),
        E("tekin", "Person", ["محمد تكين"], "Mehmet Tekin"),
        E("kurtulmus", "Person", ["نعمان قورتولموش"], "Numan Kurtulmus"),
        E("gov", "Organization", ["الحكومة"], "Turkish government", sub="GovernmentBody", opt=True),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("hurriyet", "Organization", ["صحيفة «حرييت»", "حرييت"], "Hurriyet", sub="MediaOrganization"),
        E("police", "Organization", ["الشرطة"], "Turkish police", sub="GovernmentBody", opt=True),
        E("okmeydani", "Place", ["حي أوكميداني"], "Okmeydani", sub="City"),
        E("tak", "Organization", ["صقور حرية كردستان"], "TAK", sub="ArmedGroup"),
        E("erdal", "Person", ["أردال شاهين"], "Erdal Sahin"),
        E("iqmfa", "Organization", ["وزارة الخارجية العراقية"], "Iraqi Foreign Ministry", sub="GovernmentBody"),
        E("demirtas", "Person", ["صلاح الدين دميرطاش"], "Selahattin Demirtas"),
        E("ocalan", "Person", ["عبد الله أوجلان"], "Abdullah Ocalan"),
        E("imrali", "Place", ["جزيرة إيمرالي"], "Imrali"),
    ],
    relations=[
        R("memberOf", "zozan", "hdp"),
        R("leaderOf", "demirtas", "hdp"),
        R("spokespersonOf", "kurtulmus", "gov"),
        R("locatedIn", "cizre", "sirnak"),
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "hakurk", "iraq"),
        R("locatedIn", "okmeydani", "istanbul"),
        R("locatedIn", "sirnak", "turkey", opt=True),
    ],
    events=[
        V("Attack", agent=["pkk"], place=[["cizre", "sirnak"]], date="2016-02-23", trigger="هجوم"),
        V("Killing", agent=["pkk"], place=[["cizre", "sirnak"]], date="2016-02-23", trigger="قتلا"),
        V("Strike", target=["pkk"], place=[["qandil", "hakurk", "iraq"]], trigger="قصفت"),
        V("Arrest", agent=["police"], target=["erdal"], place=[["okmeydani", "istanbul"]], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz and Nangarhar (2017-05-03, Wednesday)
DOCS.append(dict(
    id="t34-af-qalaizal", published="2017-05-03",
    text="""كابول - (أ ف ب):

قال مسؤولون أفغان إن مقاتلي حركة طالبان سيطروا، أمس الثلاثاء، على مديرية قلعة زال في ولاية قندوز شمالي البلاد، بعد معارك استمرت ثلاثة أيام مع القوات الحكومية.

وقال محفوظ أكبري، المتحدث باسم شرطة قندوز، إن القوات انسحبت «لتجنب سقوط ضحايا مدنيين»، مؤكدا أن تعزيزات وصلت من مزار شريف. وأضاف أكبري أن 12 من عناصر الشرطة قتلوا بينهم قائد أمن المديرية نجيب الله همدرد.

وفي ولاية ننكرهار شرقي البلاد، أعلنت وزارة الدفاع الأفغانية أن غارة أمريكية بطائرة مسيرة قتلت قياديا في «ولاية خراسان» يكنى أبو صهيب الباجوري في مديرية أتشين.

وقال ذبيح الله مجاهد، المتحدث باسم طالبان، في تغريدة إن مقاتلي الحركة «غنموا أسلحة وعربات»، فيما قال زلمي صافي، عضو مجلس ولاية قندوز، لوكالة «باجوك» إن الحكومة «تركت المديرية لمصيرها».

وفي هلمند جنوبي البلاد، قال ولي محمد أحمدزي، عضو مجلس ولاية هلمند، إن مقاتلي طالبان هاجموا ليلا ثلاثة مراكز أمنية في مديرية نادعلي.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418",
          sub="ArmedGroup"),
        E("qalaizal", "Place", ["مديرية قلعة زال", "المديرية"], "Qala-i-Zal", sub="City"),
        E("kunduz", "Place", ["ولاية قندوز"], "Kunduz Province", sub="Region"),
        E("afg", "Place", ["البلاد"], "Afghanistan", qid="Q889", sub="Country", opt=True),
        E("govf", "Organization", ["القوات الحكومية", "القوات"], "Afghan government forces", sub="ArmedForce"),
        E("akbari", "Person", ["محفوظ أكبري", "أكبري"], "Mahfouz Akbari"),
        E("police", "Organization", ["شرطة قندوز", "الشرطة"], "Kunduz police", sub="GovernmentBody"),
        E("mazar", "Place", ["مزار شريف"], "Mazar-i-Sharif", sub="City"),
        E("hamdard", "Person", ["نجيب الله همدرد"], "Najibullah Hamdard"),
        E("nangarhar", "Place", ["ولاية ننكرهار"], "Nangarhar Province", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية"], "Afghan Ministry of Defence", sub="GovernmentBody"),
        E("iskp", "Organization", ["ولاية خراسان"], "ISKP", sub="ArmedGroup"),
        E("bajuri", "Person", ["أبو صهيب الباجوري"], "Abu Suhaib al-Bajuri"),
        E("achin", "Place", ["مديرية أتشين"], "Achin", sub="City"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("safi", "Person", ["زلمي صافي"], "Zalmai Safi"),
        E("pcouncil", "Organization", ["مجلس ولاية قندوز"], "Kunduz Provincial Council", sub="GovernmentBody"),
        E("pajhwok", "Organization", ["وكالة «باجوك»", "باجوك"], "Pajhwok", sub="MediaOrganization"),
        E("gov", "Organization", ["الحكومة"], "Afghan government", sub="GovernmentBody", opt=True),
        E("helmand", "Place", ["هلمند"], "Helmand", sub="Region"),
        E("ahmadzai", "Person", ["ولي محمد أحمدزي"], "Wali Mohammad Ahmadzai"),
        E("hcouncil", "Organization", ["مجلس ولاية هلمند"], "Helmand Provincial Council", sub="GovernmentBody"),
        E("nadali", "Place", ["مديرية نادعلي"], "Nad Ali", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "akbari", "police"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("memberOf", "bajuri", "iskp"),
        R("memberOf", "safi", "pcouncil"),
        R("memberOf", "ahmadzai", "hcouncil"),
        R("locatedIn", "qalaizal", "kunduz"),
        R("locatedIn", "achin", "nangarhar"),
        R("memberOf", "hamdard", "police", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["taliban"], place=[["qalaizal", "kunduz"]], date="2017-05-02",
          trigger="سيطروا"),
        V("Killing", opt=True, agent=["taliban"], target=["hamdard"], place=["qalaizal"]),
        V("Strike", target=["bajuri"], place=[["achin", "nangarhar"]], trigger="غارة"),
        V("Killing", target=["bajuri"], place=[["achin", "nangarhar"]], trigger="قتلت"),
        V("Attack", agent=["taliban"], place=[["nadali", "helmand"]], trigger="هاجموا"),
    ],
))

# ---------------------------------------------------------------- Sudan, Jebel Marra (2016-01-20, Wednesday)
DOCS.append(dict(
    id="t34-sd-jebelmarra", published="2016-01-20",
    text="""الخرطوم - «سودان تريبيون»:

اتهمت حركة تحرير السودان - جناح عبد الواحد محمد نور القوات الحكومية بقصف قرى في منطقة جبل مرة بولاية وسط دارفور، أمس الثلاثاء، ما أدى إلى مقتل 11 مدنيا ونزوح مئات الأسر نحو بلدة روكرو.

وقال آدم صالح أبكر، المتحدث باسم الحركة، إن طائرات «أنتونوف» ألقت براميل متفجرة على قرى قولو وفينا وكورو، مضيفا أن مقاتلي الحركة صدوا هجوما لقوات الدعم السريع قرب سرونق. وأضاف أبكر أن بين القتلى الشيخ إسحق هارون وابنه.

من جهتها، نفت القوات المسلحة السودانية هذه الاتهامات، وقال مصدر في الجيش إن قواته «تطارد فلول التمرد».

وفي نيالا، قالت بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور (يوناميد) إنها تلقت تقارير عن وصول نحو ألفي نازح إلى مقر فريقها في بلدة سرتوني بشمال دارفور. وقال مواطن يدعى عبد الله تيراب لـ«راديو دبنقا» إن أسرته «سارت ثلاثة أيام على الأقدام».

وفي أم درمان، قال القيادي في حزب المؤتمر الوطني الحاكم الطيب حسن عيسى إن الحكومة «لن تتفاوض مع من يحملون السلاح».""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("st", "Organization", ["سودان تريبيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("slm", "Organization", ["حركة تحرير السودان - جناح عبد الواحد محمد نور", "الحركة"], "SLM-AW",
          sub="ArmedGroup"),
        E("saf", "Organization", ["القوات الحكومية", "القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("jm", "Place", ["منطقة جبل مرة", "جبل مرة"], "Jebel Marra", sub="Region"),
        E("cdarfur", "Place", ["ولاية وسط دارفور"], "Central Darfur", sub="Region"),
        E("rokero", "Place", ["بلدة روكرو"], "Rokero", sub="City"),
        E("abakar", "Person", ["آدم صالح أبكر", "أبكر"], "Adam Salih Abakar"),
        E("golo", "Place", ["قولو"], "Golo", sub="City"),
        E("feina", "Place", ["فينا"], "Feina", sub="City"),
        E("kuro", "Place", ["كورو"], "Kuro", sub="City"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("sarong", "Place", ["سرونق"], "Sarong", sub="City"),
        E("ishaq", "Person", ["إسحق هارون"], "Ishaq Harun"),
        E("nyala", "Place", ["نيالا"], "Nyala", sub="City"),
        E("unamid", "Organization", ["بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور", "يوناميد"], "UNAMID"),
        E("sortony", "Place", ["بلدة سرتوني"], "Sortony", sub="City"),
        E("ndarfur", "Place", ["شمال دارفور"], "North Darfur", sub="Region"),
        E("tirab", "Person", ["عبد الله تيراب"], "Abdullah Tirab"),
        E("dabanga", "Organization", ["راديو دبنقا"], "Radio Dabanga", sub="MediaOrganization"),
        E("omdurman", "Place", ["أم درمان"], "Omdurman", sub="City"),
        E("ncp", "Organization", ["حزب المؤتمر الوطني"], "National Congress Party", sub="PoliticalOrganization"),
        E("taib", "Person", ["الطيب حسن عيسى"], "al-Tayeb Hasan Issa"),
        E("sgov", "Organization", ["الحكومة"], "Sudanese government", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("spokespersonOf", "abakar", "slm"),
        R("locatedIn", "jm", "cdarfur"),
        R("locatedIn", "sortony", "ndarfur"),
        R("memberOf", "taib", "ncp"),
    ],
    events=[
        V("Strike", agent=["saf"], place=[["golo", "feina", "kuro", "jm", "cdarfur"]], date="2016-01-19",
          trigger="بقصف"),
        V("Killing", agent=["saf"], place=[["golo", "feina", "kuro", "jm", "cdarfur"]], date="2016-01-19",
          trigger="مقتل"),
        V("Attack", agent=["rsf"], target=["slm"], place=["sarong"], trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Iran and Bahrain (2017-08-09, Wednesday)
DOCS.append(dict(
    id="t34-ir-saravan", published="2017-08-09",
    text="""طهران - (وكالات):

قالت وكالة «تسنيم» الإيرانية إن ثلاثة من عناصر حرس الحدود قتلوا، فجر اليوم الأربعاء، في اشتباك مع مسلحين قرب مدينة سراوان بمحافظة سيستان وبلوشستان جنوب شرقي إيران، وتبنت جماعة «جيش العدل» الهجوم.

ونقلت الوكالة عن حسين معصومي، قائد حرس الحدود في المحافظة، أن المهاجمين فروا إلى الأراضي الباكستانية.

وفي محافظة خوزستان، قال ناشطون إن عناصر من الحرس الثوري اعتقلوا، الأسبوع الماضي، أربعة شبان من حي الملاشية في الأهواز، بينهم ماجد آل عبيات وشقيقه كريم. وقالت منظمة العفو الدولية في بيان إن المعتقلين «محرومون من الاتصال بمحام».

وفي المنامة، أعلنت وزارة الداخلية البحرينية أن الأجهزة الأمنية أحبطت «مخططا إرهابيا» واعتقلت سبعة أشخاص في قرية الدراز، وقالت إن المتهمين مرتبطون بـ«سرايا الأشتر» وتلقوا تدريبات في معسكرات تابعة للحرس الثوري في إيران. ونفت الخارجية الإيرانية على لسان المتحدث باسمها بهرام قاسمي هذه الاتهامات.

وقالت جمعية الوفاق الوطني الإسلامية المعارضة، التي حلها القضاء البحريني العام الماضي، إن رجال أمن داهموا منزل الناشط حسن الستري في بلدة سترة.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("tasnim", "Organization", ["وكالة «تسنيم»", "تسنيم", "الوكالة"], "Tasnim", sub="MediaOrganization"),
        E("border", "Organization", ["حرس الحدود"], "Iranian Border Guard", sub="ArmedForce"),
        E("saravan", "Place", ["مدينة سراوان"], "Saravan", sub="City"),
        E("sb", "Place", ["محافظة سيستان وبلوشستان", "المحافظة"], "Sistan and Baluchestan", sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("adl", "Organization", ["جيش العدل"], "Jaish al-Adl", sub="ArmedGroup"),
        E("masoumi", "Person", ["حسين معصومي"], "Hossein Masoumi"),
        E("khuzestan", "Place", ["محافظة خوزستان"], "Khuzestan", sub="Region"),
        E("irgc", "Organization", ["الحرس الثوري"], "IRGC", sub="ArmedForce"),
        E("malashiya", "Place", ["حي الملاشية"], "Malashiya", sub="City"),
        E("ahvaz", "Place", ["الأهواز"], "Ahvaz", sub="City"),
        E("majid", "Person", ["ماجد آل عبيات"], "Majid Al Ubayyat"),
        E("karim", "Person", ["كريم"], "Karim Al Ubayyat"),
        E("amnesty", "Organization", ["منظمة العفو الدولية"], "Amnesty International"),
        E("manama", "Place", ["المنامة"], "Manama", qid="Q3882", sub="City"),
        E("bhmoi", "Organization", ["وزارة الداخلية البحرينية"], "Bahraini Interior Ministry", sub="GovernmentBody"),
        E("sec", "Organization", ["الأجهزة الأمنية"], "Bahraini security services", sub="GovernmentBody", opt=True),
        E("diraz", "Place", ["قرية الدراز"], "Diraz", sub="City"),
        E("ashtar", "Organization", ["سرايا الأشتر"], "Saraya al-Ashtar", sub="ArmedGroup"),
        E("irmfa", "Organization", ["الخارجية الإيرانية"], "Iranian Foreign Ministry", sub="GovernmentBody"),
        E("qasemi", "Person", ["بهرام قاسمي"], "Bahram Qasemi"),
        E("wefaq", "Organization", ["جمعية الوفاق الوطني الإسلامية"], "Al-Wefaq", sub="PoliticalOrganization"),
        E("judiciary", "Organization", ["القضاء البحريني"], "Bahraini judiciary", sub="GovernmentBody", opt=True),
        E("sitri", "Person", ["حسن الستري"], "Hasan al-Sitri"),
        E("sitra", "Place", ["بلدة سترة"], "Sitra", sub="City"),
    ],
    relations=[
        R("leaderOf", "masoumi", "border"),
        R("locatedIn", "saravan", "sb"),
        R("locatedIn", "sb", "iran"),
        R("locatedIn", "malashiya", "ahvaz"),
        R("spokespersonOf", "qasemi", "irmfa"),
        R("affiliatedWith", "ashtar", "irgc", opt=True),
    ],
    events=[
        V("Attack", agent=["adl"], target=["border"], place=[["saravan", "sb"]], date="2017-08-09",
          trigger="اشتباك"),
        V("Killing", agent=["adl"], target=["border"], place=[["saravan", "sb"]], date="2017-08-09",
          trigger="قتلوا"),
        V("Arrest", agent=["irgc"], target=["majid", "karim"], place=[["malashiya", "ahvaz"]],
          trigger="اعتقلوا"),
        V("Arrest", agent=[["bhmoi", "sec"]], place=["diraz"], trigger="اعتقلت"),
    ],
))
