"""Hand annotations of the thirty-second training set (see eval/train32/README.md).

Relations told the way agency news tells them, the relations helper's working set: officials named
after their post with the country as an adjective (وزير الخارجية الإيراني X), posts with a pronoun
suffix (قائده X، محافظها X، رئيس وزرائها X، المتحدثة باسمها X), posts given in a relative clause or
after a comma far from the name (X، الذي يشغل منصب محافظ Y، ...؛ الناطق باسم Y الذي ...، العقيد X),
appointments and dismissals (عيّن، كلّف، أقال ... وعيّن مكانه), governors and spokespersons, leaders of
armed groups (ويتزعمه، والتي يقودها، بصفته رئيسا لـ)، speaking for a body with a verb (الذي يتحدث باسم)،
membership and allegiance (أعلن انضمامه إلى، بايعت، المنضوي تحت، أحد أمراء)، places in places
(X، عاصمة محافظة Y، بلدة X بريف Y، X (Y) in a dateline, حي X وسط المدينة، التابع إداريا لمحافظة Y).
Persons are invented except well-known public figures. Written and annotated before the extractor
was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iran, Sistan and Baluchestan (2018-05-14, Monday)
DOCS.append(dict(
    id="t32-ir-zahedan", published="2018-05-14",
    text="""طهران - (أ ف ب):

أكد وزير الخارجية الإيراني محمد جواد ظريف، أمس الأحد، أن طهران «لن تتفاوض من جديد» على الاتفاق النووي، وذلك قبيل جولة تقوده إلى بكين وموسكو وبروكسل بعد أيام من انسحاب الولايات المتحدة من الاتفاق.

ونقلت وكالة الأنباء الإيرانية الرسمية (إرنا) عن حسين جابري، المتحدث باسم لجنة الأمن القومي والسياسة الخارجية في البرلمان الإيراني، قوله إن النواب «سيراقبون عن كثب» نتائج الجولة.

وفي سياق منفصل، ذكر الحرس الثوري في بيان أن قائده اللواء محمد علي جعفري تفقد أمس وحدات منتشرة في محافظة سيستان وبلوشستان جنوب شرقي إيران، والتقى حاكمها الجديد رضا كريمي في مدينة زاهدان، عاصمة المحافظة.

وكان وزير الداخلية عبد الرضا رحماني فضلي قد عيّن كريمي في هذا المنصب الشهر الماضي، بعدما أقال سلفه إثر هجوم على دورية لحرس الحدود قرب بلدة ميرجاوه الحدودية، تبنته جماعة «جيش العدل» البلوشية المتشددة.

وتقول السلطات الإيرانية إن الجماعة، التي يتزعمها عبد الستار ريكي ويتحصن مقاتلوها في الجانب الآخر من الحدود، تتلقى دعما من السعودية، وهو ما تنفيه الرياض.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("beijing", "Place", ["بكين"], "Beijing", qid="Q956", sub="City"),
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("brussels", "Place", ["بروكسل"], "Brussels", qid="Q239", sub="City"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("irna", "Organization", ["وكالة الأنباء الإيرانية الرسمية", "إرنا"], "IRNA",
          sub="MediaOrganization"),
        E("jaberi", "Person", ["حسين جابري"], "Hossein Jaberi"),
        E("committee", "Organization", ["لجنة الأمن القومي والسياسة الخارجية"],
          "National Security and Foreign Policy Committee", sub="GovernmentBody"),
        E("majlis", "Organization", ["البرلمان الإيراني"], "Islamic Consultative Assembly", sub="GovernmentBody"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("jafari", "Person", ["محمد علي جعفري"], "Mohammad Ali Jafari"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان", "سيستان وبلوشستان", "المحافظة"],
          "Sistan and Baluchestan Province", sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("karimi", "Person", ["رضا كريمي", "كريمي"], "Reza Karimi"),
        E("zahedan", "Place", ["مدينة زاهدان", "زاهدان"], "Zahedan", sub="City"),
        E("rahmani", "Person", ["عبد الرضا رحماني فضلي"], "Abdolreza Rahmani Fazli"),
        E("borderguard", "Organization", ["حرس الحدود"], "Iranian Border Guard", sub="ArmedForce", opt=True),
        E("mirjaveh", "Place", ["بلدة ميرجاوه", "ميرجاوه"], "Mirjaveh", sub="City"),
        E("jaish", "Organization", ["جيش العدل", "الجماعة"], "Jaish al-Adl", sub="ArmedGroup"),
        E("rigi", "Person", ["عبد الستار ريكي"], "Abdul Sattar Rigi"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("positionIn", "zarif", "iran"),             # وزير الخارجية الإيراني X
        R("spokespersonOf", "jaberi", "committee"),   # X، المتحدث باسم لجنة ...
        R("partOf", "committee", "majlis", opt=True),  # لجنة ... في البرلمان الإيراني
        R("memberOf", "jaberi", "majlis", opt=True),
        R("leaderOf", "jafari", "irgc"),              # ذكر الحرس الثوري ... أن قائده اللواء X
        R("locatedIn", "sistan", "iran"),             # محافظة سيستان وبلوشستان جنوب شرقي إيران
        R("leaderOf", "karimi", "sistan"),            # والتقى حاكمها الجديد X
        R("locatedIn", "zahedan", "sistan"),          # مدينة زاهدان، عاصمة المحافظة
        R("locatedIn", "zahedan", "iran", opt=True),
        R("positionIn", "rahmani", "iran", opt=True),  # وزير الداخلية (no country with it)
        R("leaderOf", "rigi", "jaish"),               # الجماعة، التي يتزعمها X
        R("affiliatedWith", "jaish", "saudi", opt=True),  # تتلقى دعما من السعودية (a claim)
    ],
    events=[
        V("Visit", agent=["jafari"], place=[["sistan", "zahedan"]], date="2018-05-13", trigger="تفقد"),
        V("Meeting", agent=["jafari", "karimi"], place=["zahedan"], date="2018-05-13", trigger="التقى"),
        V("Attack", agent=["jaish"], place=["mirjaveh"], trigger="هجوم"),
        V("Attack", opt=True, target=["borderguard"], date="2018-04"),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2016-02-10, Wednesday)
DOCS.append(dict(
    id="t32-iq-ramadi", published="2016-02-10",
    text="""الرمادي (العراق) - (رويترز):

قال ماجد الدليمي في مؤتمر صحفي عقده يوم الثلاثاء في مدينة الرمادي، وهو الذي يشغل منصب محافظ الأنبار منذ آب/أغسطس الماضي، إن القوات الأمنية «طهرت بالكامل» منطقة جزيرة الخالدية شرقي المدينة من مسلحي تنظيم «داعش».

وأضاف أن مقاتلي «حشد الأنبار» المنضوي تحت هيئة الحشد الشعبي شاركوا في العملية إلى جانب جهاز مكافحة الإرهاب، الذي يقوده الفريق الركن طالب شغاتي، وقطعات من الفرقة العاشرة في الجيش العراقي.

من جهته، قال العميد يحيى رسول، المتحدث باسم قيادة العمليات المشتركة، إن طائرات التحالف الدولي بقيادة الولايات المتحدة نفذت 12 غارة على مواقع التنظيم في بلدة هيت، الواقعة على نهر الفرات شمال غربي الرمادي.

وكان رئيس الوزراء العراقي حيدر العبادي قد أقال الشهر الماضي قائد عمليات الأنبار، اللواء كاظم الفهداوي، وكلّف اللواء محمود الفلاحي بإدارة العمليات في المحافظة، بعد انتقادات لبطء التقدم.

وتعد الرمادي، عاصمة محافظة الأنبار كبرى محافظات العراق مساحة، أول مدينة كبيرة استعادتها القوات العراقية من التنظيم بعد سقوطها في أيار/مايو 2015.""",
    entities=[
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي", "المدينة"], "Ramadi", qid="Q207736", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("dulaimi", "Person", ["ماجد الدليمي"], "Majid al-Dulaimi"),
        E("anbar", "Place", ["الأنبار", "محافظة الأنبار", "المحافظة"], "Anbar Governorate", sub="Region"),
        E("khalidiya", "Place", ["جزيرة الخالدية"], "Khalidiya Island", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("hashdanbar", "Organization", ["حشد الأنبار"], "Anbar Tribal Mobilization", sub="ArmedGroup"),
        E("pmf", "Organization", ["هيئة الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedGroup"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("shaghati", "Person", ["طالب شغاتي"], "Talib Shaghati"),
        E("div10", "Organization", ["الفرقة العاشرة"], "10th Division", sub="ArmedForce"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("rasool", "Person", ["يحيى رسول"], "Yahya Rasool"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("hit", "Place", ["بلدة هيت", "هيت"], "Hit", sub="City"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", opt=True),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("anbarops", "Organization", ["عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("fahdawi", "Person", ["كاظم الفهداوي"], "Kadhim al-Fahdawi"),
        E("falahi", "Person", ["محمود الفلاحي"], "Mahmoud al-Falahi"),
    ],
    relations=[
        R("leaderOf", "dulaimi", "anbar"),            # X ...، وهو الذي يشغل منصب محافظ الأنبار
        R("locatedIn", "khalidiya", "ramadi"),        # جزيرة الخالدية شرقي المدينة
        R("partOf", "hashdanbar", "pmf"),             # حشد الأنبار المنضوي تحت هيئة الحشد الشعبي
        R("memberOf", "hashdanbar", "pmf", opt=True),
        R("leaderOf", "shaghati", "cts"),             # جهاز ...، الذي يقوده الفريق الركن X
        R("partOf", "div10", "army"),                 # الفرقة العاشرة في الجيش العراقي
        R("spokespersonOf", "rasool", "joc"),         # X، المتحدث باسم قيادة العمليات المشتركة
        R("leaderOf", "us", "coalition"),             # التحالف الدولي بقيادة الولايات المتحدة
        R("locatedIn", "hit", "ramadi", opt=True),    # شمال غربي الرمادي (near, not in)
        R("positionIn", "abadi", "iraq"),             # رئيس الوزراء العراقي X
        R("leaderOf", "fahdawi", "anbarops"),         # أقال ... قائد عمليات الأنبار، اللواء X
        R("leaderOf", "falahi", "anbarops", opt=True),  # كلّف X بإدارة العمليات في المحافظة
        R("locatedIn", "ramadi", "anbar"),            # الرمادي، عاصمة محافظة الأنبار
        R("locatedIn", "anbar", "iraq"),              # الأنبار كبرى محافظات العراق
        R("locatedIn", "ramadi", "iraq", opt=True),   # dateline الرمادي (العراق)
    ],
    events=[
        V("Strike", agent=["coalition"], target=["isis"], place=["hit"], trigger="غارة"),
        V("Attack", opt=True, target=["isis"], place=["khalidiya"], date="2016-02"),
    ],
))

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2017-10-15, Sunday)
DOCS.append(dict(
    id="t32-sy-mayadin", published="2017-10-15",
    text="""بيروت - (أ ف ب):

سيطرت قوات النظام السوري، مدعومة بغطاء جوي روسي ومسلحين من «حزب الله» اللبناني، السبت على مدينة الميادين في ريف دير الزور الشرقي، التي كانت تعد أحد آخر معاقل تنظيم «الدولة الإسلامية» في سوريا، وفق ما أفاد المرصد السوري لحقوق الإنسان.

وقال رامي عبد الرحمن، مدير المرصد الذي يتخذ من بريطانيا مقرا له، إن «آخر جيوب التنظيم الكبيرة باتت في مدينة البوكمال الحدودية مع العراق».

وعلى الضفة الشرقية لنهر الفرات، تواصل «قوات سوريا الديمقراطية»، وهي تحالف فصائل كردية وعربية تدعمه واشنطن، هجومها ضمن حملة «عاصفة الجزيرة». وقالت شيرين إبراهيم، المتحدثة باسمها، لوكالة فرانس برس إن مقاتليها تقدموا نحو بلدة الصور بريف دير الزور الشمالي.

وكان مجلس دير الزور العسكري، المنضوي في صفوف قسد، قد أعلن الأسبوع الماضي أن قائده محمد الهفل أصيب بجروح طفيفة في قصف مدفعي.

كما أعلن المدعو أبو عبيدة الشعيطي، وهو أحد أمراء التنظيم في بلدة الشحيل بريف دير الزور، انشقاقه وانضمامه إلى مجلس دير الزور العسكري، بحسب ناشطين.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("afp", "Organization", ["أ ف ب", "وكالة فرانس برس"], "AFP", sub="MediaOrganization", opt=True),
        E("regime", "Organization", ["قوات النظام السوري"], "Syrian Arab Army", sub="ArmedForce"),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q131986", sub="ArmedGroup"),
        E("mayadin", "Place", ["مدينة الميادين", "الميادين"], "Mayadin", sub="City"),
        E("deirezzor", "Place", ["ريف دير الزور", "دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("britain", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country"),
        E("bukamal", "Place", ["مدينة البوكمال", "البوكمال"], "Abu Kamal", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", opt=True),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("washington", "Place", ["واشنطن"], "Washington", qid="Q61", sub="City", alt=["Organization"]),
        E("ibrahim", "Person", ["شيرين إبراهيم"], "Shirin Ibrahim"),
        E("sur", "Place", ["بلدة الصور"], "al-Sur", sub="City"),
        E("ddmc", "Organization", ["مجلس دير الزور العسكري"], "Deir ez-Zor Military Council", sub="ArmedGroup"),
        E("hafl", "Person", ["محمد الهفل"], "Muhammad al-Hafl"),
        E("shaiti", "Person", ["أبو عبيدة الشعيطي"], "Abu Ubaida al-Shaiti"),
        E("shuhail", "Place", ["بلدة الشحيل"], "al-Shuhail", sub="City"),
    ],
    relations=[
        R("affiliatedWith", "hezbollah", "regime", opt=True),  # مدعومة ب... مسلحين من حزب الله
        R("locatedIn", "mayadin", "deirezzor"),       # مدينة الميادين في ريف دير الزور الشرقي
        R("locatedIn", "mayadin", "syria", opt=True),  # أحد آخر معاقل التنظيم في سوريا
        R("leaderOf", "rami", "sohr"),                # X، مدير المرصد
        R("affiliatedWith", "sdf", "washington"),     # تحالف ... تدعمه واشنطن
        R("spokespersonOf", "ibrahim", "sdf"),        # X، المتحدثة باسمها
        R("locatedIn", "sur", "deirezzor"),           # بلدة الصور بريف دير الزور الشمالي
        R("partOf", "ddmc", "sdf"),                   # مجلس ...، المنضوي في صفوف قسد
        R("memberOf", "ddmc", "sdf", opt=True),
        R("leaderOf", "hafl", "ddmc"),                # أعلن أن قائده X
        R("memberOf", "shaiti", "isis"),              # X، وهو أحد أمراء التنظيم في بلدة الشحيل
        R("locatedIn", "shuhail", "deirezzor"),       # بلدة الشحيل بريف دير الزور
        R("memberOf", "shaiti", "ddmc"),              # انشقاقه وانضمامه إلى مجلس ...
    ],
    events=[
        V("Attack", opt=True, agent=["regime"], place=["mayadin"], date="2017-10-14"),
        V("MilitaryOperation", agent=["sdf"], name="عاصفة الجزيرة", trigger="هجومها"),
        V("MilitaryOperation", opt=True, target=["isis"]),
        V("Strike", opt=True, target=["hafl"], trigger="قصف"),
    ],
))

# ---------------------------------------------------------------- Yemen, Mukalla (2016-04-25, Monday)
DOCS.append(dict(
    id="t32-ye-mukalla", published="2016-04-25",
    text="""المكلا (اليمن) - (رويترز):

قال مسؤول عسكري يمني إن قوات يمنية تدعمها الإمارات دخلت أمس الأحد مدينة المكلا، عاصمة محافظة حضرموت في جنوب شرق اليمن، بعد انسحاب مقاتلي تنظيم «القاعدة في جزيرة العرب» منها دون مقاومة تذكر.

وأوضح العميد سالم باعوضة، الذي عينه الرئيس عبد ربه منصور هادي مطلع الشهر الجاري قائدا للمنطقة العسكرية الثانية، أن وحدات من «قوات النخبة الحضرمية» انتشرت في ميناء المدينة ومطار الريان.

وكان هادي قد أصدر قرارا بتعيين عوض سالم الحامد محافظا لحضرموت، خلفا للمحافظ صالح باكريت الذي أقيل بعد سقوط المدينة في يد التنظيم في نيسان/أبريل من العام الماضي.

من جانبه، قال الناطق باسم التحالف العربي الذي تقوده السعودية دعما للحكومة الشرعية، العميد أحمد عسيري، إن عشرات من عناصر التنظيم قتلوا خلال العملية، بينهم قيادي يدعى أبو سعيد المحمدي، مضيفا أن طائرات التحالف شنت غارات على مواقعهم قبل دخول القوات.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.

ويشكو السكان منذ أشهر من انقطاع الكهرباء والمياه وارتفاع أسعار المواد الغذائية، في ظل تدهور الأوضاع الأمنية والاقتصادية.""",
    entities=[
        E("mukalla", "Place", ["مدينة المكلا", "المكلا", "المدينة"], "Mukalla", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("hadramawt", "Place", ["محافظة حضرموت", "حضرموت"], "Hadramawt Governorate", sub="Region"),
        E("aqap", "Organization", ["القاعدة في جزيرة العرب", "التنظيم"], "Al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
        E("baawda", "Person", ["سالم باعوضة"], "Salem Ba'awda"),
        E("hadi", "Person", ["عبد ربه منصور هادي", "هادي"], "Abd Rabbuh Mansur Hadi", qid="Q5660"),
        E("region2", "Organization", ["المنطقة العسكرية الثانية"], "Second Military Region", sub="ArmedForce"),
        E("nukhba", "Organization", ["قوات النخبة الحضرمية"], "Hadrami Elite Forces", sub="ArmedForce"),
        E("riyan", "Place", ["مطار الريان"], "Riyan Airport", opt=True),
        E("hamed", "Person", ["عوض سالم الحامد"], "Awad Salem al-Hamed"),
        E("bakrit", "Person", ["صالح باكريت"], "Saleh Bakrit"),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("govt", "Organization", ["الحكومة الشرعية"], "Government of Yemen", sub="GovernmentBody", opt=True),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("muhammadi", "Person", ["أبو سعيد المحمدي"], "Abu Said al-Muhammadi"),
    ],
    relations=[
        R("locatedIn", "mukalla", "hadramawt"),       # مدينة المكلا، عاصمة محافظة حضرموت
        R("locatedIn", "hadramawt", "yemen"),         # محافظة حضرموت في جنوب شرق اليمن
        R("locatedIn", "mukalla", "yemen", opt=True),  # dateline المكلا (اليمن)
        R("leaderOf", "baawda", "region2"),           # X، الذي عينه ... قائدا للمنطقة العسكرية الثانية
        R("leaderOf", "hadi", "yemen", opt=True),     # الرئيس (no country with it)
        R("leaderOf", "hamed", "hadramawt"),          # بتعيين X محافظا لحضرموت
        R("leaderOf", "bakrit", "hadramawt", opt=True),  # خلفا للمحافظ X
        R("spokespersonOf", "asiri", "coalition"),    # الناطق باسم التحالف ... الذي ...، العميد X
        R("leaderOf", "saudi", "coalition"),          # التحالف العربي الذي تقوده السعودية
        R("affiliatedWith", "coalition", "govt", opt=True),
        R("memberOf", "muhammadi", "aqap"),           # عناصر التنظيم ... بينهم قيادي يدعى X
    ],
    events=[
        V("Killing", target=["muhammadi"], trigger="قتلوا"),
        V("Killing", opt=True, target=["aqap"], place=["mukalla"], date="2016-04-24"),
        V("Strike", agent=["coalition"], target=["aqap"], trigger="غارات"),
    ],
))

# ---------------------------------------------------------------- Libya, Benghazi (2017-07-06, Thursday)
DOCS.append(dict(
    id="t32-ly-benghazi", published="2017-07-06",
    text="""بنغازي (ليبيا) - (رويترز):

أعلن المشير خليفة حفتر، القائد العام للجيش الوطني الليبي الذي يسيطر على معظم شرق البلاد، مساء الأربعاء «التحرير الكامل» لمدينة بنغازي، ثانية كبرى المدن الليبية، بعد أكثر من ثلاث سنوات من المعارك مع تحالف من الفصائل الإسلامية.

وقال حفتر في كلمة متلفزة إن قواته ستتجه الآن إلى مدينة درنة الساحلية شرقي بنغازي، التي يسيطر عليها «مجلس شورى مجاهدي درنة»، وهو تحالف يضم فصائل إسلامية بينها «كتيبة شهداء أبو سليم».

وقال الناطق باسم الجيش الوطني، العقيد فرج العبيدي، إن «مجلس شورى ثوار بنغازي»، الذي يضم عناصر من جماعة «أنصار الشريعة»، فقد آخر مواقعه في حي الصابري وسط المدينة.

وكان حفتر قد أقال الأسبوع الماضي آمر غرفة عمليات عمر المختار، العميد سالم الفرجاني، وكلّف بدلا منه العقيد مفتاح الحاسي، دون أن يوضح الأسباب.

وفي طرابلس، دعا فائز السراج، رئيس المجلس الرئاسي لحكومة الوفاق الوطني المدعومة من الأمم المتحدة، جميع الأطراف إلى «تغليب لغة الحوار».

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("benghazi", "Place", ["بنغازي", "مدينة بنغازي", "المدينة"], "Benghazi", qid="Q132830", sub="City"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش الوطني"], "Libyan National Army", sub="ArmedForce"),
        E("derna", "Place", ["مدينة درنة", "درنة"], "Derna", sub="City"),
        E("mssd", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council in Derna",
          sub="ArmedGroup"),
        E("abusalim", "Organization", ["كتيبة شهداء أبو سليم"], "Abu Salim Martyrs Brigade", sub="ArmedGroup"),
        E("ubaidi", "Person", ["فرج العبيدي"], "Faraj al-Ubaidi"),
        E("brsc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("ansar", "Organization", ["أنصار الشريعة"], "Ansar al-Sharia", sub="ArmedGroup"),
        E("sabri", "Place", ["حي الصابري"], "al-Sabri", sub="City"),
        E("farjani", "Person", ["سالم الفرجاني"], "Salem al-Farjani"),
        E("oom", "Organization", ["غرفة عمليات عمر المختار"], "Omar al-Mukhtar Operations Room", sub="ArmedForce"),
        E("hasi", "Person", ["مفتاح الحاسي"], "Miftah al-Hasi"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("serraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني"], "Government of National Accord", sub="GovernmentBody"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("locatedIn", "benghazi", "libya", opt=True),  # dateline بنغازي (ليبيا)
        R("leaderOf", "haftar", "lna"),               # X، القائد العام للجيش الوطني الليبي
        R("locatedIn", "derna", "benghazi", opt=True),  # شرقي بنغازي (near, not in)
        R("memberOf", "abusalim", "mssd"),            # تحالف يضم فصائل ... بينها Y
        R("spokespersonOf", "ubaidi", "lna"),         # الناطق باسم الجيش الوطني، العقيد X
        R("memberOf", "ansar", "brsc"),               # Y، الذي يضم عناصر من جماعة X
        R("locatedIn", "sabri", "benghazi"),          # حي الصابري وسط المدينة
        R("leaderOf", "farjani", "oom"),              # أقال آمر غرفة عمليات ...، العميد X
        R("leaderOf", "hasi", "oom"),                 # وكلّف بدلا منه X
        R("leaderOf", "serraj", "pc"),                # X، رئيس المجلس الرئاسي لحكومة ...
        R("leaderOf", "serraj", "gna", opt=True),
        R("partOf", "pc", "gna", opt=True),
        R("affiliatedWith", "gna", "un"),             # حكومة الوفاق الوطني المدعومة من الأمم المتحدة
        R("affiliatedWith", "ansar", "brsc", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["lna"], target=["brsc"], place=[["sabri", "benghazi"]]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2018-02-12, Monday)
DOCS.append(dict(
    id="t32-eg-arish", published="2018-02-12",
    text="""العريش (مصر) - كتب: محمود عبد الحميد:

قال المتحدث العسكري باسم القوات المسلحة المصرية، العقيد هشام الشناوي، في بيان بثه التلفزيون الرسمي أمس الأحد، إن القوات قتلت 16 مسلحا وألقت القبض على 30 آخرين في اليوم الثالث من العملية الشاملة «سيناء 2018»، التي أطلقها الجيش والشرطة يوم الجمعة في شمال ووسط سيناء.

وأضاف أن من بين القتلى قياديا بارزا في تنظيم «ولاية سيناء»، الفرع المصري لتنظيم الدولة الإسلامية، يدعى أبو حفص المقدسي، كان مسؤولا عن تجنيد الشباب في قرى جنوب الشيخ زويد.

وكان الرئيس عبد الفتاح السيسي قد كلف الفريق محمد فريد حجازي، رئيس أركان حرب القوات المسلحة، في تشرين الثاني/نوفمبر الماضي بـ«إعادة الأمن والاستقرار» إلى سيناء خلال ثلاثة أشهر.

وفي مدينة العريش، عاصمة محافظة شمال سيناء، قال محافظها اللواء سامح الطوخي إن المدارس والجامعة ستبقى مغلقة حتى إشعار آخر، فيما شكا سكان من نقص في الوقود والمواد الغذائية.

ويذكر أن «ولاية سيناء» كانت تعرف باسم «أنصار بيت المقدس» قبل أن تبايع تنظيم داعش في تشرين الثاني/نوفمبر 2014.""",
    entities=[
        E("arish", "Place", ["العريش", "مدينة العريش"], "Arish", qid="Q29880", sub="City"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("byline", "Person", ["محمود عبد الحميد"], "Mahmoud Abdel Hamid", opt=True),
        E("shenawi", "Person", ["هشام الشناوي"], "Hisham al-Shenawi"),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "القوات المسلحة", "الجيش"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("police", "Organization", ["الشرطة"], "Egyptian police", opt=True),
        E("sinai", "Place", ["سيناء"], "Sinai Peninsula", sub="Region"),
        E("ws", "Organization", ["ولاية سيناء", "أنصار بيت المقدس"], "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["الدولة الإسلامية", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("maqdisi", "Person", ["أبو حفص المقدسي"], "Abu Hafs al-Maqdisi"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi", qid="Q1047"),
        E("hegazy", "Person", ["محمد فريد حجازي"], "Mohamed Farid Hegazy"),
        E("northsinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("tukhi", "Person", ["سامح الطوخي"], "Sameh al-Tukhi"),
    ],
    relations=[
        R("locatedIn", "arish", "egypt", opt=True),   # dateline العريش (مصر)
        R("spokespersonOf", "shenawi", "eaf"),        # المتحدث العسكري باسم القوات المسلحة المصرية، العقيد X
        R("memberOf", "maqdisi", "ws"),               # قياديا بارزا في تنظيم Y ...، يدعى X
        R("partOf", "ws", "isis"),                    # ولاية سيناء، الفرع المصري لتنظيم الدولة الإسلامية
        R("affiliatedWith", "ws", "isis", opt=True),  # قبل أن تبايع تنظيم داعش
        R("leaderOf", "sisi", "egypt", opt=True),     # الرئيس (no country with it)
        R("leaderOf", "hegazy", "eaf"),               # X، رئيس أركان حرب القوات المسلحة
        R("positionIn", "hegazy", "eaf", opt=True),
        R("locatedIn", "arish", "northsinai"),        # مدينة العريش، عاصمة محافظة شمال سيناء
        R("leaderOf", "tukhi", "northsinai"),         # قال محافظها اللواء X
        R("locatedIn", "northsinai", "sinai", opt=True),
    ],
    events=[
        V("Killing", agent=["eaf"], target=["maqdisi"], date="2018-02-11", trigger="قتلت"),
        V("Killing", opt=True, place=["sinai"]),
        V("Arrest", agent=["eaf"], date="2018-02-11", trigger="ألقت القبض"),
        V("Arrest", opt=True, place=["sinai"]),
        V("MilitaryOperation", agent=["eaf"], place=["sinai"], date="2018-02-09", name="سيناء 2018"),
        V("MilitaryOperation", opt=True, agent=["police"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Ain al-Hilweh (2017-08-22, Tuesday)
DOCS.append(dict(
    id="t32-lb-hilweh", published="2017-08-22",
    text="""صيدا (لبنان) - (الوكالة الوطنية للإعلام):

اندلعت اشتباكات عنيفة مساء الاثنين في مخيم عين الحلوة للاجئين الفلسطينيين بمدينة صيدا جنوبي لبنان، بين عناصر من حركة «فتح» ومسلحين إسلاميين متشددين، ما أدى إلى سقوط قتيلين وعدد من الجرحى.

وقال قائد القوة الأمنية المشتركة في المخيم، التي شكلتها الفصائل الفلسطينية قبل ثلاث سنوات لضبط الأمن، العميد جمال الحاج، إن القوة «لن تسمح بتحويل المخيم إلى ساحة لتصفية الحسابات».

وأوضح مسؤول الحركة في منطقة صيدا، ماهر الشهابي، أن المسلحين يتبعون محمود الشايب، الذي كان قد أعلن العام الماضي انضمامه مع نحو عشرين من أنصاره إلى «جند الشام»، مطالبا بتسليمه إلى السلطات اللبنانية.

من جهتها، نفت «عصبة الأنصار»، التي يتزعمها أبو عبيدة الحطيني، أي علاقة لها بالاشتباكات، فيما دعت النائبة بهية الحريري، عضو كتلة المستقبل النيابية، إلى «وقف فوري لإطلاق النار».

وعزز الجيش اللبناني انتشاره عند مداخل المخيم، وفق الوكالة.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.

ويشكو السكان منذ أشهر من انقطاع الكهرباء والمياه وارتفاع أسعار المواد الغذائية، في ظل تدهور الأوضاع الأمنية والاقتصادية.""",
    entities=[
        E("sidon", "Place", ["صيدا", "مدينة صيدا"], "Sidon", qid="Q212928", sub="City"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام", "الوكالة"], "National News Agency",
          sub="MediaOrganization", opt=True),
        E("hilweh", "Place", ["مخيم عين الحلوة", "عين الحلوة", "المخيم"], "Ain al-Hilweh", sub="City"),
        E("fatah", "Organization", ["فتح", "الحركة"], "Fatah", qid="Q49082", sub="PoliticalOrganization"),
        E("jsf", "Organization", ["القوة الأمنية المشتركة", "القوة"], "Joint Security Force", sub="ArmedGroup"),
        E("hajj", "Person", ["جمال الحاج"], "Jamal al-Hajj"),
        E("shehabi", "Person", ["ماهر الشهابي"], "Maher al-Shehabi"),
        E("shayeb", "Person", ["محمود الشايب"], "Mahmoud al-Shayeb"),
        E("jund", "Organization", ["جند الشام"], "Jund al-Sham", sub="ArmedGroup"),
        E("usba", "Organization", ["عصبة الأنصار"], "Asbat al-Ansar", sub="ArmedGroup"),
        E("hutaini", "Person", ["أبو عبيدة الحطيني"], "Abu Ubaida al-Hutaini"),
        E("hariri", "Person", ["بهية الحريري"], "Bahia Hariri"),
        E("bloc", "Organization", ["كتلة المستقبل"], "Future bloc", sub="PoliticalOrganization"),
        E("army", "Organization", ["الجيش اللبناني"], "Lebanese Army", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "hilweh", "sidon"),            # مخيم عين الحلوة ... بمدينة صيدا
        R("locatedIn", "sidon", "lebanon"),           # صيدا جنوبي لبنان; dateline صيدا (لبنان)
        R("locatedIn", "hilweh", "lebanon", opt=True),  # along the chain (the guidelines' transitive X→Z)
        R("leaderOf", "hajj", "jsf"),                 # قائد القوة ...، التي ...، العميد X
        R("memberOf", "shehabi", "fatah"),            # مسؤول الحركة في منطقة صيدا، X
        R("positionIn", "shehabi", "fatah", opt=True),
        R("memberOf", "shayeb", "jund"),              # X، الذي كان قد أعلن ... انضمامه ... إلى Y
        R("leaderOf", "hutaini", "usba"),             # Y، التي يتزعمها X
        R("memberOf", "hariri", "bloc"),              # X، عضو كتلة المستقبل النيابية
    ],
    events=[
        V("Attack", opt=True, agent=["fatah"], place=["hilweh"], date="2017-08-21", trigger="اشتباكات"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2016-10-04, Tuesday)
DOCS.append(dict(
    id="t32-af-kunduz", published="2016-10-04",
    text="""كابول - (أ ب):

هاجم مسلحو حركة طالبان فجر الاثنين مدينة قندوز، عاصمة ولاية قندوز شمالي أفغانستان، من أربعة محاور، بعد عام تقريبا على سيطرتهم عليها لأيام، فيما أرسلت الحكومة تعزيزات من القوات الخاصة.

وقال نجيب الله رحيمي، المتحدث باسم شرطة قندوز، إن القوات الأمنية صدت الهجوم في معظم الأحياء، لكن المسلحين «ما زالوا يتحصنون في بعض المنازل».

أما ذبيح الله مجاهد، الذي يتحدث باسم الحركة منذ سنوات، فقال في رسالة إلى الصحفيين إن مقاتليها «رفعوا رايتهم» في وسط المدينة.

وكان الرئيس الأفغاني أشرف غني قد أقال الشهر الماضي حاكم ولاية قندوز، أسد الله حميدي، وعيّن مكانه عبد الجبار سلطاني، بعد اتهامات بالتقصير في التصدي لتقدم المسلحين.

وتتهم كابول عناصر من «شبكة حقاني»، المتمركزة في منطقة وزيرستان القبلية والتي يقودها سراج الدين حقاني، نائب زعيم طالبان الملا هيبة الله آخوندزاده، بالتخطيط لهجمات كبرى في البلاد.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.

ويشكو السكان منذ أشهر من انقطاع الكهرباء والمياه وارتفاع أسعار المواد الغذائية، في ظل تدهور الأوضاع الأمنية والاقتصادية.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City", alt=["Organization"]),
        E("ap", "Organization", ["أ ب"], "Associated Press", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("kunduzcity", "Place", ["مدينة قندوز", "المدينة"], "Kunduz", sub="City"),
        E("kunduzprov", "Place", ["ولاية قندوز"], "Kunduz Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("govt", "Organization", ["الحكومة"], "Afghan government", opt=True),
        E("rahimi", "Person", ["نجيب الله رحيمي"], "Najibullah Rahimi"),
        E("police", "Organization", ["شرطة قندوز"], "Kunduz police"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q361467"),
        E("hamidi", "Person", ["أسد الله حميدي"], "Asadullah Hamidi"),
        E("sultani", "Person", ["عبد الجبار سلطاني"], "Abdul Jabbar Sultani"),
        E("haqqani", "Organization", ["شبكة حقاني"], "Haqqani network", sub="ArmedGroup"),
        E("waziristan", "Place", ["منطقة وزيرستان", "وزيرستان"], "Waziristan", sub="Region"),
        E("siraj", "Person", ["سراج الدين حقاني"], "Sirajuddin Haqqani"),
        E("akhund", "Person", ["هيبة الله آخوندزاده"], "Hibatullah Akhundzada"),
    ],
    relations=[
        R("locatedIn", "kunduzcity", "kunduzprov"),   # مدينة قندوز، عاصمة ولاية قندوز
        R("locatedIn", "kunduzprov", "afghanistan"),  # ولاية قندوز شمالي أفغانستان
        R("locatedIn", "kunduzcity", "afghanistan", opt=True),
        R("spokespersonOf", "rahimi", "police"),      # X، المتحدث باسم شرطة قندوز
        R("spokespersonOf", "mujahid", "taliban"),    # X، الذي يتحدث باسم الحركة
        R("leaderOf", "ghani", "afghanistan"),        # الرئيس الأفغاني X
        R("leaderOf", "hamidi", "kunduzprov"),        # أقال حاكم ولاية قندوز، X
        R("leaderOf", "sultani", "kunduzprov"),       # وعيّن مكانه X
        R("leaderOf", "siraj", "haqqani"),            # شبكة حقاني ... والتي يقودها X
        R("positionIn", "siraj", "taliban"),          # X، نائب زعيم طالبان
        R("memberOf", "siraj", "taliban", opt=True),
        R("leaderOf", "akhund", "taliban"),           # زعيم طالبان الملا X
        R("affiliatedWith", "haqqani", "taliban", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], place=["kunduzcity"], date="2016-10-03", trigger="هاجم"),
    ],
))

# ---------------------------------------------------------------- Mali, the Sahel groups (2017-03-03, Friday)
DOCS.append(dict(
    id="t32-ml-jnim", published="2017-03-03",
    text="""باماكو - (أ ف ب):

أعلنت جماعات «أنصار الدين» و«المرابطون» و«إمارة الصحراء» الجهادية الناشطة في منطقة الساحل اندماجها في تنظيم واحد يحمل اسم «جماعة نصرة الإسلام والمسلمين» ويتزعمه إياد أغ غالي، زعيم جماعة «أنصار الدين»، وأعلن التنظيم الجديد مبايعته لزعيم تنظيم القاعدة أيمن الظواهري.

وظهر في التسجيل المصور إلى جانب أغ غالي كل من أمادو كوفا، قائد «جبهة تحرير ماسينا»، وأبو يحيى الصحراوي، أمير «إمارة الصحراء» التابعة لتنظيم القاعدة في بلاد المغرب الإسلامي، وعبد الرحمن الأنصاري ممثلا عن جماعة «المرابطون» التي يقودها مختار بلمختار.

ويأتي الإعلان بعد أسابيع من هجوم انتحاري بسيارة مفخخة استهدف معسكرا في مدينة غاو، كبرى مدن شمال مالي، تبنته «المرابطون» وأسفر عن مقتل أكثر من 70 شخصا.

وقال وزير الدفاع المالي، عبد الله تراوري، إن الإعلان «لا يغير شيئا» في الوضع الميداني، فيما قال أوليفييه مارتان، المتحدث باسم بعثة الأمم المتحدة في مالي «مينوسما»، إن البعثة تتابع التطورات «بقلق».

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("ansardine", "Organization", ["أنصار الدين"], "Ansar Dine", sub="ArmedGroup"),
        E("mourabitoun", "Organization", ["المرابطون"], "Al-Mourabitoun", sub="ArmedGroup"),
        E("sahara", "Organization", ["إمارة الصحراء"], "Sahara Emirate", sub="ArmedGroup"),
        E("sahel", "Place", ["منطقة الساحل"], "Sahel", sub="Region", opt=True),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين", "التنظيم الجديد"],
          "Jama'at Nasr al-Islam wal-Muslimin", sub="ArmedGroup"),
        E("ghali", "Person", ["إياد أغ غالي", "أغ غالي"], "Iyad Ag Ghaly"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("zawahiri", "Person", ["أيمن الظواهري"], "Ayman al-Zawahiri", qid="Q193086"),
        E("koufa", "Person", ["أمادو كوفا"], "Amadou Koufa"),
        E("flm", "Organization", ["جبهة تحرير ماسينا"], "Macina Liberation Front", sub="ArmedGroup"),
        E("sahrawi", "Person", ["أبو يحيى الصحراوي"], "Abu Yahya al-Sahrawi"),
        E("aqim", "Organization", ["القاعدة في بلاد المغرب الإسلامي"], "Al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("ansari", "Person", ["عبد الرحمن الأنصاري"], "Abdul Rahman al-Ansari"),
        E("belmokhtar", "Person", ["مختار بلمختار"], "Mokhtar Belmokhtar"),
        E("gao", "Place", ["مدينة غاو", "غاو"], "Gao", sub="City"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("traore", "Person", ["عبد الله تراوري"], "Abdallah Traore"),
        E("martin", "Person", ["أوليفييه مارتان"], "Olivier Martin"),
        E("minusma", "Organization", ["بعثة الأمم المتحدة في مالي", "مينوسما", "البعثة"], "MINUSMA"),
    ],
    relations=[
        R("memberOf", "ansardine", "jnim"),           # أعلنت جماعات X وY وZ اندماجها في تنظيم واحد
        R("memberOf", "mourabitoun", "jnim"),
        R("memberOf", "sahara", "jnim"),
        R("leaderOf", "ghali", "jnim"),               # تنظيم ... ويتزعمه X
        R("leaderOf", "ghali", "ansardine"),          # X، زعيم جماعة Y
        R("affiliatedWith", "jnim", "zawahiri"),      # أعلن التنظيم الجديد مبايعته لـ X
        R("affiliatedWith", "jnim", "qaeda", opt=True),
        R("leaderOf", "zawahiri", "qaeda"),           # زعيم تنظيم القاعدة X
        R("leaderOf", "koufa", "flm"),                # X، قائد Y
        R("leaderOf", "sahrawi", "sahara"),           # X، أمير Y
        R("partOf", "sahara", "aqim"),                # إمارة الصحراء التابعة لتنظيم القاعدة في ...
        R("memberOf", "ansari", "mourabitoun", opt=True),  # ممثلا عن جماعة Y
        R("leaderOf", "belmokhtar", "mourabitoun"),   # جماعة Y التي يقودها X
        R("locatedIn", "gao", "mali"),                # مدينة غاو، كبرى مدن شمال مالي
        R("positionIn", "traore", "mali"),            # وزير الدفاع المالي، X
        R("spokespersonOf", "martin", "minusma"),     # X، المتحدث باسم بعثة الأمم المتحدة في مالي
    ],
    events=[
        V("Attack", agent=["mourabitoun"], place=["gao"], trigger="هجوم انتحاري"),
        V("Attack", opt=True, date="2017"),
        V("Killing", opt=True, agent=["mourabitoun"], place=["gao"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk (2017-10-17, Tuesday)
DOCS.append(dict(
    id="t32-iq-kirkuk", published="2017-10-17",
    text="""أربيل (العراق) - كتب: سامان عبد الله:

دخلت قوات عراقية اتحادية، أمس الاثنين، مدينة كركوك وسيطرت على مبنى المحافظة وقاعدة كي وان العسكرية، بعد انسحاب مقاتلي البيشمركة الكردية من مواقعهم دون قتال يذكر.

وحمّلت القيادة العامة لقوات البيشمركة، التي يرأسها مسعود بارزاني بصفته رئيسا لإقليم كردستان، في بيان «جناحا» داخل حزب الاتحاد الوطني الكردستاني مسؤولية ما وصفته بـ«الخيانة».

وقال الفريق عباس الزيدي، الذي يقود قوات الشرطة الاتحادية المشاركة في العملية، إن قطعاته «لم تطلق رصاصة واحدة»، مشيرا إلى أنها تتقدم نحو قضاء طوزخورماتو، جنوبي كركوك، التابع إداريا لمحافظة صلاح الدين.

وكان مجلس محافظة كركوك قد صوت الشهر الماضي على إقالة المحافظ كاوه عبد الرحمن، المنتمي إلى الاتحاد الوطني، بسبب إصراره على رفع علم الإقليم فوق المباني الحكومية، فيما كلف رئيس الوزراء حيدر العبادي نائب المحافظ، راكان العبيدي، بتسيير أعمال المحافظة.

وفي أنقرة، رحبت تركيا بالخطوة، وقال رئيس وزرائها بن علي يلدريم إن بلاده «مستعدة للتعاون» مع بغداد لإعادة فتح معبر فيشخابور الحدودي.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", qid="Q133118", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("byline", "Person", ["سامان عبد الله"], "Saman Abdullah", opt=True),
        E("kirkuk", "Place", ["مدينة كركوك", "كركوك"], "Kirkuk", qid="Q194915", sub="City"),
        E("k1", "Place", ["قاعدة كي وان"], "K-1 Air Base", opt=True),
        E("peshmerga", "Organization", ["البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("pgc", "Organization", ["القيادة العامة لقوات البيشمركة"], "Peshmerga General Command",
          sub="ArmedForce"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani", qid="Q310865"),
        E("krd", "Place", ["إقليم كردستان", "الإقليم"], "Kurdistan Region", sub="Region"),
        E("puk", "Organization", ["حزب الاتحاد الوطني الكردستاني", "الاتحاد الوطني"],
          "Patriotic Union of Kurdistan", sub="PoliticalOrganization"),
        E("zaidi", "Person", ["عباس الزيدي"], "Abbas al-Zaidi"),
        E("fedpol", "Organization", ["قوات الشرطة الاتحادية"], "Federal Police", sub="ArmedForce"),
        E("tuz", "Place", ["قضاء طوزخورماتو"], "Tuz Khurmatu District", sub="Region"),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
        E("council", "Organization", ["مجلس محافظة كركوك"], "Kirkuk Provincial Council", sub="GovernmentBody"),
        E("kawa", "Person", ["كاوه عبد الرحمن"], "Kawa Abdul Rahman"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("rakan", "Person", ["راكان العبيدي"], "Rakan al-Ubaidi"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("yildirim", "Person", ["بن علي يلدريم"], "Binali Yildirim"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("fishkhabur", "Place", ["معبر فيشخابور"], "Fishkhabur crossing", opt=True),
    ],
    relations=[
        R("leaderOf", "barzani", "pgc"),              # القيادة العامة ...، التي يرأسها X
        R("leaderOf", "barzani", "krd"),              # بصفته رئيسا لإقليم كردستان
        R("partOf", "pgc", "peshmerga", opt=True),
        R("leaderOf", "zaidi", "fedpol"),             # X، الذي يقود قوات الشرطة الاتحادية
        R("locatedIn", "tuz", "salahuddin"),          # قضاء طوزخورماتو، ...، التابع إداريا لمحافظة صلاح الدين
        R("locatedIn", "tuz", "kirkuk", opt=True),    # جنوبي كركوك (near, not in)
        R("memberOf", "kawa", "puk"),                 # X، المنتمي إلى الاتحاد الوطني
        R("leaderOf", "kawa", "kirkuk", opt=True),    # إقالة المحافظ X (Kirkuk governorate)
        R("positionIn", "abadi", "iraq", opt=True),   # رئيس الوزراء (no country with it)
        R("positionIn", "yildirim", "turkey"),        # تركيا ...، وقال رئيس وزرائها X
        R("locatedIn", "erbil", "iraq", opt=True),    # dateline أربيل (العراق)
    ],
    events=[
        V("Attack", opt=True, place=["kirkuk"], date="2017-10-16"),
    ],
))
