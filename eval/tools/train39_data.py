"""Hand annotations of the thirty-ninth training set (see eval/train39/README.md).

The check set written beside train38: the same kinds of relations in other countries and wordings
(Oman, Jordan, the UAE, Sudan, Tunisia, Iran, Turkey, Saudi Arabia's southern border): officials in
protocol news, ambassadors, decrees that appoint and relieve, militants and their leaders, places in
places, parties and parliaments. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it; only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Oman, Yemen talks (2018-11-06, Tuesday)
DOCS.append(dict(
    id="t39-om-muscat", published="2018-11-06",
    text="""مسقط - «الحياة»:

استقبل الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان يوسف بن علوي بن عبدالله، أمس الاثنين، في ديوان عام الوزارة، وفدا من جماعة «أنصار الله» الحوثية يترأسه الناطق الرسمي باسم الجماعة محمد عبدالسلام، وبحث معه فرص استئناف المشاورات التي يرعاها المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن.

وذكرت وكالة الأنباء العمانية أن اللقاء حضره السفير الشيخ أحمد بن يوسف الحارثي، رئيس دائرة الشؤون العربية بالوزارة.

وفي سياق متصل، أعلن محافظ ظفار السيد محمد بن سلطان البوسعيدي إعادة فتح منفذ صرفيت الحدودي مع اليمن، الواقع في ولاية ضلكوت التابعة للمحافظة، أمام حركة الشاحنات، بعد إغلاقه أسبوعين بسبب الأنواء المناخية.

إلى ذلك، عيّن السلطان قابوس بن سعيد بمرسوم سلطاني الشيخ هلال بن سالم الحبسي سفيرا لسلطنة عمان لدى المملكة المغربية، خلفا للسفير خميس بن سيف الكلباني الذي أحيل إلى التقاعد.

وقال عضو مجلس الشورى العماني عن ولاية صلالة، سالم بن عوض المعشني، إن «السلطنة ستظل على مسافة واحدة من جميع الأطراف اليمنية».""",
    entities=[
        E("muscat", "Place", ["مسقط"], "Muscat", qid="Q3826", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("oman", "Place", ["سلطنة عمان", "السلطنة"], "Oman", qid="Q842", sub="Country"),
        E("alawi", "Person", ["يوسف بن علوي بن عبدالله"], "Yusuf bin Alawi bin Abdullah"),
        E("mofa", "Organization", ["الوزارة"], "Ministry of Foreign Affairs (Oman)", sub="GovernmentBody",
          opt=True),
        E("houthis", "Organization", ["أنصار الله", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("abdulsalam", "Person", ["محمد عبدالسلام"], "Mohammed Abdulsalam"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("ona", "Organization", ["وكالة الأنباء العمانية"], "Oman News Agency", sub="MediaOrganization"),
        E("harthi", "Person", ["أحمد بن يوسف الحارثي"], "Ahmed bin Yousef al-Harthi"),
        E("arabdept", "Organization", ["دائرة الشؤون العربية"], "Arab Affairs Department (Oman MFA)",
          sub="GovernmentBody"),
        E("dhofar", "Place", ["ظفار", "المحافظة"], "Dhofar Governorate", sub="Region"),
        E("busaidi", "Person", ["محمد بن سلطان البوسعيدي"], "Mohammed bin Sultan al-Busaidi"),
        E("sarfait", "Place", ["منفذ صرفيت"], "Sarfait border crossing"),
        E("dhalkut", "Place", ["ولاية ضلكوت"], "Dhalkut", sub="Region"),
        E("qaboos", "Person", ["قابوس بن سعيد"], "Qaboos bin Said", qid="Q57331"),
        E("habsi", "Person", ["هلال بن سالم الحبسي"], "Hilal bin Salim al-Habsi"),
        E("morocco", "Place", ["المملكة المغربية"], "Morocco", qid="Q1028", sub="Country"),
        E("kalbani", "Person", ["خميس بن سيف الكلباني"], "Khamis bin Saif al-Kalbani"),
        E("shura", "Organization", ["مجلس الشورى العماني"], "Consultative Assembly (Oman)", sub="GovernmentBody"),
        E("salalah", "Place", ["ولاية صلالة"], "Salalah", sub="Region"),
        E("mashani", "Person", ["سالم بن عوض المعشني"], "Salim bin Awadh al-Mashani"),
    ],
    relations=[
        R("positionIn", "alawi", "oman"),             # الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان X
        R("leaderOf", "alawi", "mofa", opt=True),
        R("spokespersonOf", "abdulsalam", "houthis"),  # الناطق الرسمي باسم الجماعة X
        R("leaderOf", "harthi", "arabdept"),          # X، رئيس دائرة الشؤون العربية بالوزارة
        R("partOf", "arabdept", "mofa", opt=True),
        R("leaderOf", "busaidi", "dhofar"),           # محافظ ظفار السيد X
        R("locatedIn", "sarfait", "dhalkut"),         # منفذ صرفيت ...، الواقع في ولاية ضلكوت
        R("locatedIn", "dhalkut", "dhofar"),          # ولاية ضلكوت التابعة للمحافظة
        R("leaderOf", "qaboos", "oman"),              # السلطان X
        R("positionIn", "habsi", "oman"),             # سفيرا لسلطنة عمان لدى المملكة المغربية
        R("positionIn", "kalbani", "oman", opt=True),  # خلفا للسفير X
        R("memberOf", "mashani", "shura"),            # عضو مجلس الشورى العماني عن ولاية صلالة، X
        R("locatedIn", "salalah", "dhofar", opt=True),
        R("locatedIn", "dhofar", "oman", opt=True),
    ],
    events=[
        V("Meeting", agent=["alawi", "abdulsalam"], date="2018-11-05", trigger="استقبل"),
        V("Meeting", opt=True, agent=["houthis", "harthi"], place=["muscat"]),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-20, Tuesday)
DOCS.append(dict(
    id="t39-jo-karak", published="2016-12-20",
    text="""عمان - «الشرق الأوسط»:

قال وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة الأردنية محمد المومني إن الأجهزة الأمنية أنهت العملية في قلعة الكرك التاريخية، وسط مدينة الكرك جنوب المملكة، بعد أن قتلت أربعة مسلحين تحصنوا فيها إثر هجمات على دوريات للشرطة أسفرت عن مقتل عشرة أشخاص، بينهم سائحة كندية.

وأعلن تنظيم «داعش» مسؤوليته عن الهجوم، عبر وكالة «أعماق» التابعة له، قائلا إن منفذيه «من جنود الخلافة».

وذكر مصدر أمني أن أحد المهاجمين، ويدعى حازم العمايرة، كان قد اعتُقل عام 2014 بتهمة الترويج لفكر التنظيم، وأن خلية المهاجمين كانت تتخذ من بلدة القطرانة التابعة للواء القطرانة في محافظة الكرك مقرا لها.

وترأس رئيس الوزراء هاني الملقي اجتماعا طارئا لمجلس الوزراء بحضور مدير الأمن العام اللواء عاطف السعودي، فيما زار الملك عبدالله الثاني المصابين في مستشفى الكرك الحكومي.

وطالب النائب عن حزب جبهة العمل الإسلامي صالح العرموطي بإقالة وزير الداخلية سلامة حماد، في حين دعا رئيس مجلس النواب عاطف الطراونة إلى جلسة رقابية الأسبوع المقبل.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("momani", "Person", ["محمد المومني"], "Mohammad al-Momani"),
        E("gov", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("castle", "Place", ["قلعة الكرك"], "Karak Castle"),
        E("karak", "Place", ["مدينة الكرك"], "Al-Karak", sub="City"),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("police", "Organization", ["الشرطة"], "Jordanian police", sub="ArmedForce", opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("amayreh", "Person", ["حازم العمايرة"], "Hazem al-Amayreh"),
        E("qatrana", "Place", ["بلدة القطرانة"], "Al-Qatrana", sub="City"),
        E("qatrana_liwa", "Place", ["لواء القطرانة"], "Al-Qatrana District", sub="Region"),
        E("karak_gov", "Place", ["محافظة الكرك"], "Karak Governorate", sub="Region"),
        E("mulki", "Person", ["هاني الملقي"], "Hani Mulki"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Jordan)", sub="GovernmentBody",
          opt=True),
        E("psd", "Organization", ["الأمن العام"], "Public Security Directorate (Jordan)", sub="GovernmentBody"),
        E("saudi_atef", "Person", ["عاطف السعودي"], "Atef al-Saudi"),
        E("abdullah", "Person", ["عبدالله الثاني"], "Abdullah II of Jordan", qid="Q57464"),
        E("hospital", "Place", ["مستشفى الكرك الحكومي"], "Karak Government Hospital"),
        E("iaf", "Organization", ["جبهة العمل الإسلامي"], "Islamic Action Front", sub="PoliticalOrganization"),
        E("armouti", "Person", ["صالح العرموطي"], "Saleh al-Armouti"),
        E("hammad", "Person", ["سلامة حماد"], "Salameh Hammad"),
        E("house", "Organization", ["مجلس النواب"], "House of Representatives (Jordan)", sub="GovernmentBody"),
        E("tarawneh", "Person", ["عاطف الطراونة"], "Atef Tarawneh"),
    ],
    relations=[
        R("spokespersonOf", "momani", "gov"),         # الناطق الرسمي باسم الحكومة الأردنية X
        R("positionIn", "momani", "gov", opt=True),   # وزير الدولة لشؤون الإعلام
        R("positionIn", "momani", "jordan", opt=True),
        R("locatedIn", "castle", "karak"),            # قلعة الكرك التاريخية، وسط مدينة الكرك
        R("locatedIn", "karak", "jordan"),            # مدينة الكرك جنوب المملكة
        R("partOf", "amaq", "isis"),                  # وكالة «أعماق» التابعة له
        R("affiliatedWith", "amaq", "isis", opt=True),
        R("affiliatedWith", "amayreh", "isis", opt=True),  # الترويج لفكر التنظيم
        R("locatedIn", "qatrana", "qatrana_liwa"),    # بلدة القطرانة التابعة للواء القطرانة في محافظة الكرك
        R("locatedIn", "qatrana_liwa", "karak_gov"),
        R("locatedIn", "qatrana", "karak_gov", opt=True),
        R("leaderOf", "mulki", "gov"),                # رئيس الوزراء X
        R("leaderOf", "mulki", "cabinet", opt=True),
        R("leaderOf", "saudi_atef", "psd"),           # مدير الأمن العام اللواء X
        R("leaderOf", "abdullah", "jordan"),          # الملك X
        R("locatedIn", "hospital", "karak", opt=True),
        R("memberOf", "armouti", "iaf"),              # النائب عن حزب جبهة العمل الإسلامي X
        R("memberOf", "armouti", "house", opt=True),
        R("positionIn", "hammad", "gov", opt=True),   # وزير الداخلية X
        R("positionIn", "hammad", "jordan", opt=True),
        R("leaderOf", "tarawneh", "house"),           # رئيس مجلس النواب X
        R("locatedIn", "karak", "karak_gov", opt=True),
    ],
    events=[
        V("Killing", agent=["security"], place=[["castle", "karak"]], trigger="قتلت"),
        V("Attack", agent=["isis"], target=["police"], place=[["karak", "karak_gov"]], trigger="هجمات"),
        V("Meeting", opt=True, agent=["mulki", "saudi_atef", "cabinet"]),
        V("Visit", agent=["abdullah"], place=["hospital"], trigger="زار"),
    ],
))

# ---------------------------------------------------------------- UAE, Abu Dhabi (2019-03-05, Tuesday)
DOCS.append(dict(
    id="t39-ae-abudhabi", published="2019-03-05",
    text="""أبوظبي - «عكاظ»:

استقبل ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة الشيخ محمد بن زايد آل نهيان، أمس، في قصر البحر، سفير خادم الحرمين الشريفين لدى الإمارات تركي بن عبدالله الدخيل، الذي سلمه رسالة خطية من الملك سلمان بن عبدالعزيز تتعلق بالعلاقات الأخوية بين البلدين.

وحضر اللقاء مستشار الأمن الوطني الشيخ طحنون بن زايد آل نهيان، ووزير الدولة للشؤون الخارجية الدكتور أنور قرقاش، الذي قال في تغريدة لاحقة إن «التحالف السعودي الإماراتي ركيزة للاستقرار في المنطقة».

وفي شأن متصل، أصدر رئيس الدولة الشيخ خليفة بن زايد آل نهيان مرسوما اتحاديا بتعيين سعيد بن راشد الظاهري سفيرا للدولة لدى جمهورية السودان، ومرسوما آخر بإعفاء مدير عام هيئة الهلال الأحمر الإماراتي محمد عتيق الفلاحي من منصبه.

من جهة أخرى، قضت المحكمة الاتحادية العليا بالسجن عشر سنوات على مواطن أدين بالانتماء إلى «جماعة الإخوان المسلمين» المحظورة، وبالتواصل مع عضو في ما يسمى «الهيئة التأسيسية» للتنظيم يقيم في مدينة إسطنبول التركية.

كما قالت شرطة رأس الخيمة إن حريقا محدودا اندلع في مستودع بمنطقة الجزيرة الحمراء جنوب الإمارة، من دون إصابات.""",
    entities=[
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("mbz", "Person", ["محمد بن زايد آل نهيان"], "Mohamed bin Zayed Al Nahyan", qid="Q1068064"),
        E("uaeaf", "Organization", ["القوات المسلحة"], "UAE Armed Forces", sub="ArmedForce"),
        E("qasr", "Place", ["قصر البحر"], "Qasr Al Bahr"),
        E("uae", "Place", ["الإمارات", "الدولة"], "United Arab Emirates", qid="Q878", sub="Country"),
        E("dakhil", "Person", ["تركي بن عبدالله الدخيل"], "Turki bin Abdullah Al-Dakhil"),
        E("salman", "Person", ["الملك سلمان بن عبدالعزيز"], "King Salman", qid="Q367825"),
        E("tahnoun", "Person", ["طحنون بن زايد آل نهيان"], "Tahnoun bin Zayed Al Nahyan"),
        E("gargash", "Person", ["أنور قرقاش"], "Anwar Gargash"),
        E("khalifa", "Person", ["خليفة بن زايد آل نهيان"], "Khalifa bin Zayed Al Nahyan", qid="Q1059948"),
        E("dhaheri", "Person", ["سعيد بن راشد الظاهري"], "Saeed bin Rashid al-Dhaheri"),
        E("sudan", "Place", ["جمهورية السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("redcrescent", "Organization", ["هيئة الهلال الأحمر الإماراتي"], "Emirates Red Crescent"),
        E("falahi", "Person", ["محمد عتيق الفلاحي"], "Mohammed Ateeq al-Falahi"),
        E("court", "Organization", ["المحكمة الاتحادية العليا"], "Federal Supreme Court (UAE)",
          sub="GovernmentBody", opt=True),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "التنظيم"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("founding", "Organization", ["الهيئة التأسيسية"], "Founding Committee", opt=True),
        E("istanbul", "Place", ["مدينة إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("rak_police", "Organization", ["شرطة رأس الخيمة"], "Ras Al Khaimah Police", sub="GovernmentBody"),
        E("jazirah", "Place", ["منطقة الجزيرة الحمراء"], "Al Jazirah Al Hamra", sub="City"),
        E("rak", "Place", ["الإمارة"], "Ras Al Khaimah", sub="Region"),
    ],
    relations=[
        R("positionIn", "mbz", "abudhabi"),           # ولي عهد أبوظبي الشيخ X
        R("positionIn", "mbz", "uaeaf"),              # نائب القائد الأعلى للقوات المسلحة
        R("locatedIn", "qasr", "abudhabi", opt=True),
        R("positionIn", "tahnoun", "uae", opt=True),  # مستشار الأمن الوطني X
        R("positionIn", "gargash", "uae", opt=True),  # وزير الدولة للشؤون الخارجية X
        R("leaderOf", "khalifa", "uae"),              # رئيس الدولة الشيخ X
        R("positionIn", "dhaheri", "uae"),            # تعيين X سفيرا للدولة لدى جمهورية السودان
        R("leaderOf", "falahi", "redcrescent"),       # مدير عام هيئة الهلال الأحمر الإماراتي X
        R("partOf", "founding", "mb", opt=True),
        R("locatedIn", "jazirah", "rak"),             # منطقة الجزيرة الحمراء جنوب الإمارة
        R("locatedIn", "abudhabi", "uae", opt=True),
        R("locatedIn", "rak", "uae", opt=True),
    ],
    events=[
        V("Meeting", agent=["mbz", "dakhil"], place=[["qasr", "abudhabi"]], date="2019-03-04", trigger="استقبل"),
        V("Meeting", opt=True, agent=["tahnoun", "gargash"]),
    ],
))

# ---------------------------------------------------------------- Sudan, the transitional council (2019-06-04, Tuesday)
DOCS.append(dict(
    id="t39-sd-khartoum", published="2019-06-04",
    text="""الخرطوم - «الشرق الأوسط»:

أعلن رئيس المجلس العسكري الانتقالي في السودان الفريق أول ركن عبدالفتاح البرهان، في خطاب بثه التلفزيون الرسمي فجر أمس، وقف التفاوض مع «قوى الحرية والتغيير» وإلغاء ما تم الاتفاق عليه، والدعوة إلى انتخابات عامة خلال تسعة أشهر.

وجاء الإعلان بعد ساعات من فض اعتصام المحتجين أمام مقر القيادة العامة للجيش في الخرطوم، الذي قالت «لجنة أطباء السودان المركزية» إنه أسفر عن مقتل 35 شخصا على الأقل، واتهمت «قوات الدعم السريع» بقيادة الفريق أول محمد حمدان دقلو (حميدتي)، نائب رئيس المجلس، بتنفيذه.

ونفى المتحدث باسم المجلس الفريق شمس الدين كباشي أن تكون القوات قد استهدفت ساحة الاعتصام، قائلا إن العملية «استهدفت منطقة كولومبيا المجاورة» التي وصفها بأنها «بؤرة للجريمة».

في المقابل، قال القيادي في تجمع المهنيين السودانيين محمد يوسف أحمد المصطفى إن «المجلس يتحمل المسؤولية كاملة»، فيما دعا رئيس حزب الأمة القومي الصادق المهدي إلى تحقيق دولي.

وفي دارفور، أفادت مصادر محلية بأن مسلحين هاجموا سوقا في بلدة طويلة التابعة لولاية شمال دارفور، غربي البلاد، ما أسفر عن مقتل ثلاثة تجار.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي", "المجلس"], "Transitional Military Council",
          sub="GovernmentBody"),
        E("sudan", "Place", ["السودان", "البلاد"], "Sudan", qid="Q1049", sub="Country"),
        E("burhan", "Person", ["عبدالفتاح البرهان"], "Abdel Fattah al-Burhan"),
        E("ffc", "Organization", ["قوى الحرية والتغيير"], "Forces of Freedom and Change", sub="Coalition"),
        E("army", "Organization", ["الجيش"], "Sudanese Armed Forces", sub="ArmedForce", opt=True),
        E("doctors", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudanese Doctors"),
        E("rsf", "Organization", ["قوات الدعم السريع", "القوات"], "Rapid Support Forces", sub="ArmedForce"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("kabbashi", "Person", ["شمس الدين كباشي"], "Shams al-Din Kabbashi"),
        E("colombia", "Place", ["منطقة كولومبيا"], "Colombia area (Khartoum)", sub="City"),
        E("spa", "Organization", ["تجمع المهنيين السودانيين"], "Sudanese Professionals Association"),
        E("mustafa", "Person", ["محمد يوسف أحمد المصطفى"], "Mohamed Yousef Ahmed al-Mustafa"),
        E("umma", "Organization", ["حزب الأمة القومي"], "National Umma Party", sub="PoliticalOrganization"),
        E("mahdi", "Person", ["الصادق المهدي"], "Sadiq al-Mahdi"),
        E("darfur", "Place", ["دارفور"], "Darfur", sub="Region"),
        E("tawila", "Place", ["بلدة طويلة"], "Tawila", sub="City"),
        E("ndarfur", "Place", ["ولاية شمال دارفور"], "North Darfur", sub="Region"),
    ],
    relations=[
        R("leaderOf", "burhan", "tmc"),               # رئيس المجلس العسكري الانتقالي في السودان الفريق أول ركن X
        R("leaderOf", "hemedti", "rsf"),              # «قوات الدعم السريع» بقيادة ... X
        R("positionIn", "hemedti", "tmc"),            # X، نائب رئيس المجلس
        R("spokespersonOf", "kabbashi", "tmc"),       # المتحدث باسم المجلس الفريق X
        R("memberOf", "mustafa", "spa"),              # القيادي في تجمع المهنيين السودانيين X
        R("memberOf", "spa", "ffc", opt=True),
        R("leaderOf", "mahdi", "umma"),               # رئيس حزب الأمة القومي X
        R("locatedIn", "tawila", "ndarfur"),          # بلدة طويلة التابعة لولاية شمال دارفور
        R("locatedIn", "ndarfur", "sudan"),           # غربي البلاد
        R("locatedIn", "colombia", "khartoum", opt=True),
        R("locatedIn", "ndarfur", "darfur", opt=True),
    ],
    events=[
        V("Attack", agent=["rsf"], place=["khartoum"], date="2019-06-03", trigger="فض"),
        V("Killing", opt=True, agent=["rsf"], place=["khartoum"], date="2019-06-03"),
        V("Attack", place=[["tawila", "ndarfur"]], trigger="هاجموا"),
        V("Killing", opt=True, place=[["tawila", "ndarfur"]]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Chaambi (2015-07-28, Tuesday)
DOCS.append(dict(
    id="t39-tn-kasserine", published="2015-07-28",
    text="""تونس - «الحياة»:

أعلن الناطق الرسمي باسم وزارة الداخلية التونسية محمد علي العروي مقتل مسلح واعتقال اثنين في عملية نفذتها وحدات الحرس الوطني، أمس، في جبل السلوم المحاذي لجبل الشعانبي بولاية القصرين، غربي البلاد قرب الحدود الجزائرية.

وأوضح العروي أن القتيل، ويدعى عادل الغندري، «عنصر قيادي» في «كتيبة عقبة بن نافع» المرتبطة بتنظيم «القاعدة في بلاد المغرب الإسلامي»، ومطلوب في قضية الهجوم على منزل وزير الداخلية السابق لطفي بن جدو في مدينة القصرين.

وتأتي العملية بعد شهر من هجوم نفذه مسلح على فندق «إمبريال مرحبا» في مدينة سوسة الساحلية، أسفر عن مقتل 38 سائحا، وتبناه تنظيم «داعش».

سياسيا، صادق مجلس نواب الشعب على قانون مكافحة الإرهاب الجديد، وقال رئيس كتلة حركة «النهضة» في المجلس نور الدين البحيري إن الحركة، التي يرأسها راشد الغنوشي، صوتت «بكثافة» لصالح القانون، بينما تحفظ النائب عن «الجبهة الشعبية» أحمد الصديق على بعض فصوله.

وكان رئيس الحكومة الحبيب الصيد قد عيّن في وقت سابق هذا الشهر العميد نزار الشريف مديرا عاما للحرس الوطني، خلفا للعميد حسين البوزيدي الذي أعفي من مهامه.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Ministry of Interior (Tunisia)",
          sub="GovernmentBody"),
        E("aroui", "Person", ["محمد علي العروي", "العروي"], "Mohamed Ali Aroui"),
        E("garde", "Organization", ["الحرس الوطني"], "Tunisian National Guard", sub="ArmedForce"),
        E("salloum", "Place", ["جبل السلوم"], "Jebel Salloum", sub="Region"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Jebel Chambi", sub="Region"),
        E("kasserine_gov", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["البلاد"], "Tunisia", qid="Q948", sub="Country"),
        E("ghandri", "Person", ["عادل الغندري"], "Adel al-Ghandri"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("bendjeddou", "Person", ["لطفي بن جدو"], "Lotfi Ben Jeddou"),
        E("kasserine", "Place", ["مدينة القصرين"], "Kasserine", sub="City"),
        E("hotel", "Place", ["إمبريال مرحبا"], "Imperial Marhaba Hotel"),
        E("sousse", "Place", ["مدينة سوسة"], "Sousse", qid="Q189880", sub="City"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("arp", "Organization", ["مجلس نواب الشعب", "المجلس"], "Assembly of the Representatives of the People",
          sub="GovernmentBody"),
        E("nahda", "Organization", ["النهضة", "الحركة"], "Ennahda", sub="PoliticalOrganization"),
        E("bhiri", "Person", ["نور الدين البحيري"], "Noureddine Bhiri"),
        E("ghannouchi", "Person", ["راشد الغنوشي"], "Rached Ghannouchi"),
        E("front", "Organization", ["الجبهة الشعبية"], "Popular Front (Tunisia)", sub="PoliticalOrganization"),
        E("seddik", "Person", ["أحمد الصديق"], "Ahmed Seddik"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("cherif", "Person", ["نزار الشريف"], "Nizar al-Cherif"),
        E("bouzidi", "Person", ["حسين البوزيدي"], "Hussein al-Bouzidi"),
    ],
    relations=[
        R("spokespersonOf", "aroui", "moi"),          # الناطق الرسمي باسم وزارة الداخلية التونسية X
        R("locatedIn", "salloum", "kasserine_gov"),   # جبل السلوم المحاذي لجبل الشعانبي بولاية القصرين
        R("locatedIn", "chaambi", "kasserine_gov"),
        R("locatedIn", "kasserine_gov", "tunisia"),   # غربي البلاد
        R("memberOf", "ghandri", "okba"),             # «عنصر قيادي» في «كتيبة عقبة بن نافع»
        R("affiliatedWith", "okba", "aqim"),          # المرتبطة بتنظيم «القاعدة ...»
        R("positionIn", "bendjeddou", "tunisia", opt=True),  # وزير الداخلية السابق X
        R("leaderOf", "bendjeddou", "moi", opt=True),
        R("locatedIn", "hotel", "sousse"),            # فندق «إمبريال مرحبا» في مدينة سوسة
        R("leaderOf", "bhiri", "nahda", opt=True),    # رئيس كتلة حركة «النهضة» في المجلس X
        R("memberOf", "bhiri", "nahda"),
        R("memberOf", "bhiri", "arp"),
        R("leaderOf", "ghannouchi", "nahda"),         # الحركة، التي يرأسها X
        R("memberOf", "seddik", "front"),             # النائب عن «الجبهة الشعبية» X
        R("memberOf", "seddik", "arp", opt=True),
        R("positionIn", "essid", "tunisia", opt=True),  # رئيس الحكومة X
        R("leaderOf", "cherif", "garde"),             # عيّن ... X مديرا عاما للحرس الوطني
        R("leaderOf", "bouzidi", "garde"),            # خلفا للعميد X
        R("locatedIn", "kasserine", "kasserine_gov", opt=True),
    ],
    events=[
        V("Killing", agent=["garde"], target=["ghandri"], place=[["salloum", "kasserine_gov"]], date="2015-07-27",
          trigger="مقتل"),
        V("Arrest", agent=["garde"], place=[["salloum", "kasserine_gov"]], date="2015-07-27", trigger="اعتقال"),
        V("Attack", agent=["isis"], place=[["hotel", "sousse"]], date="2015-06", trigger="هجوم"),
        V("Killing", opt=True, agent=["isis"], place=[["hotel", "sousse"]]),
    ],
))

# ---------------------------------------------------------------- Iran, Ahvaz (2019-01-15, Tuesday)
DOCS.append(dict(
    id="t39-ir-ahvaz", published="2019-01-15",
    text="""لندن - «الشرق الأوسط»:

قال المتحدث باسم وزارة الخارجية الإيرانية بهرام قاسمي إن طهران «لن تقبل أي شروط» لإبقاء الاتفاق النووي قائما، رافضا تصريحات لوزير الخارجية الأميركي مايك بومبيو أدلى بها خلال جولته في المنطقة.

في غضون ذلك، أعلنت السلطة القضائية الإيرانية تنفيذ حكم الإعدام بحق شخص قالت إنه عضو في «حركة النضال العربي لتحرير الأحواز»، وإنه شارك في الهجوم على العرض العسكري في مدينة الأهواز، مركز محافظة خوزستان جنوب غربي البلاد، في سبتمبر الماضي.

وكان قائد فيلق القدس التابع للحرس الثوري، اللواء قاسم سليماني، قد توعد «الجهات الداعمة» للهجوم، الذي أعلن تنظيم «داعش» كذلك مسؤوليته عنه.

من جهته، قال يعقوب حر التستري، الناطق باسم الحركة التي تتخذ من الدنمارك مقرا لها، إن الشاب المعدوم «لا علاقة له بالتنظيم»، مؤكدا أن ناشطي الحركة «يعملون سلميا».

وفي البرلمان، قال النائب عن مدينة عبادان جواد كاظمي نسب إن سكان المدن الحدودية يعانون من «تهميش متعمد»، فيما أكد رئيس لجنة الأمن القومي في البرلمان حشمت الله فلاحت بيشه أن الحكومة «تتابع أوضاع المنطقة».""",
    entities=[
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("mfa", "Organization", ["وزارة الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)",
          sub="GovernmentBody"),
        E("ghasemi", "Person", ["بهرام قاسمي"], "Bahram Ghasemi"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("pompeo", "Person", ["مايك بومبيو"], "Mike Pompeo"),
        E("judiciary", "Organization", ["السلطة القضائية الإيرانية"], "Judiciary of Iran", sub="GovernmentBody"),
        E("asmla", "Organization", ["حركة النضال العربي لتحرير الأحواز", "الحركة"],
          "Arab Struggle Movement for the Liberation of Ahvaz", sub="ArmedGroup"),
        E("ahvaz", "Place", ["مدينة الأهواز"], "Ahvaz", qid="Q189952", sub="City"),
        E("khuzestan", "Place", ["محافظة خوزستان"], "Khuzestan Province", sub="Region"),
        E("iran", "Place", ["البلاد"], "Iran", qid="Q794", sub="Country"),
        E("quds", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("tostari", "Person", ["يعقوب حر التستري"], "Yaqub Hor al-Tostari"),
        E("denmark", "Place", ["الدنمارك"], "Denmark", qid="Q35", sub="Country"),
        E("majlis", "Organization", ["البرلمان"], "Islamic Consultative Assembly", sub="GovernmentBody"),
        E("abadan", "Place", ["مدينة عبادان"], "Abadan", sub="City"),
        E("kazemi", "Person", ["جواد كاظمي نسب"], "Javad Kazemi Nasab"),
        E("committee", "Organization", ["لجنة الأمن القومي"], "National Security Committee", sub="GovernmentBody"),
        E("falahatpisheh", "Person", ["حشمت الله فلاحت بيشه"], "Heshmatollah Falahatpisheh"),
    ],
    relations=[
        R("spokespersonOf", "ghasemi", "mfa"),        # المتحدث باسم وزارة الخارجية الإيرانية X
        R("locatedIn", "ahvaz", "khuzestan"),         # مدينة الأهواز، مركز محافظة خوزستان
        R("locatedIn", "khuzestan", "iran"),          # محافظة خوزستان جنوب غربي البلاد
        R("locatedIn", "ahvaz", "iran", opt=True),
        R("leaderOf", "soleimani", "quds"),           # قائد فيلق القدس ...، اللواء X
        R("partOf", "quds", "irgc"),                  # فيلق القدس التابع للحرس الثوري
        R("memberOf", "soleimani", "irgc", opt=True),
        R("spokespersonOf", "tostari", "asmla"),      # X، الناطق باسم الحركة
        R("locatedIn", "asmla", "denmark", opt=True),
        R("memberOf", "kazemi", "majlis"),            # النائب عن مدينة عبادان X (في البرلمان)
        R("leaderOf", "falahatpisheh", "committee"),  # رئيس لجنة الأمن القومي في البرلمان X
        R("partOf", "committee", "majlis", opt=True),
        R("memberOf", "falahatpisheh", "majlis", opt=True),
    ],
    events=[
        V("Attack", agent=[["asmla", "isis"]], place=[["ahvaz", "khuzestan"]], date="2018-09", trigger="الهجوم"),
    ],
))

# ---------------------------------------------------------------- Turkey, Hakkari (2016-09-13, Tuesday)
DOCS.append(dict(
    id="t39-tr-hakkari", published="2016-09-13",
    text="""أنقرة - «الحياة»:

قُتل ثمانية جنود أتراك في هجوم بسيارة مفخخة استهدف مخفرا للجندرمة في بلدة يوكسكوفا التابعة لولاية هكاري جنوب شرقي تركيا، قرب الحدود مع إيران والعراق، واتهمت السلطات حزب العمال الكردستاني بتنفيذه.

وقال نائب رئيس الوزراء الناطق باسم الحكومة نعمان كورتولموش إن «الإرهابيين سيدفعون الثمن»، فيما أعلن رئيس هيئة الأركان العامة للجيش التركي الجنرال خلوصي أكار أن طائرات حربية قصفت مواقع للحزب في جبال قنديل شمال العراق.

وكانت وزارة الداخلية قد أعلنت الأسبوع الماضي تعيين أوصياء على 28 بلدية يديرها رؤساء بلديات منتخبون من حزب الشعوب الديمقراطي المؤيد للأكراد، بينهم رئيسة بلدية ديار بكر غولتان كيشاناك، التي اعتقلت لاحقا بتهمة الارتباط بالحزب المحظور.

وقال الرئيس المشارك لحزب الشعوب الديمقراطي صلاح الدين دميرطاش إن القرار «انقلاب على إرادة الناخبين»، بينما رأى رئيس حزب الشعب الجمهوري المعارض كمال كليتشدار أوغلو أنه «يضر بالديمقراطية».

في المقابل، قال جميل بايك، أحد مؤسسي حزب العمال الكردستاني وعضو قيادته في جبال قنديل، في تصريح لوكالة «فرات» المقربة من الحزب، إن مقاتليه «سيصعّدون عملياتهم».""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("jandarma", "Organization", ["الجندرمة"], "Gendarmerie (Turkey)", sub="ArmedForce"),
        E("yuksekova", "Place", ["بلدة يوكسكوفا"], "Yüksekova", sub="City"),
        E("hakkari", "Place", ["ولاية هكاري"], "Hakkari Province", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "Kurdistan Workers' Party", sub="ArmedGroup"),
        E("kurtulmus", "Person", ["نعمان كورتولموش"], "Numan Kurtulmuş"),
        E("gov", "Organization", ["الحكومة"], "Government of Turkey", sub="GovernmentBody"),
        E("staff", "Organization", ["هيئة الأركان العامة للجيش التركي"], "Turkish General Staff",
          sub="ArmedForce"),
        E("akar", "Person", ["خلوصي أكار"], "Hulusi Akar"),
        E("qandil", "Place", ["جبال قنديل"], "Qandil Mountains", sub="Region"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Turkey)", sub="GovernmentBody",
          opt=True),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party",
          sub="PoliticalOrganization"),
        E("diyarbakir", "Organization", ["بلدية ديار بكر"], "Diyarbakır Metropolitan Municipality",
          sub="GovernmentBody"),
        E("kisanak", "Person", ["غولتان كيشاناك"], "Gültan Kışanak"),
        E("demirtas", "Person", ["صلاح الدين دميرطاش"], "Selahattin Demirtaş"),
        E("chp", "Organization", ["حزب الشعب الجمهوري"], "Republican People's Party", sub="PoliticalOrganization"),
        E("kilicdaroglu", "Person", ["كمال كليتشدار أوغلو"], "Kemal Kılıçdaroğlu"),
        E("bayik", "Person", ["جميل بايك"], "Cemil Bayık"),
        E("firat", "Organization", ["فرات"], "Firat News Agency", sub="MediaOrganization"),
    ],
    relations=[
        R("locatedIn", "yuksekova", "hakkari"),       # بلدة يوكسكوفا التابعة لولاية هكاري
        R("locatedIn", "hakkari", "turkey"),          # ولاية هكاري جنوب شرقي تركيا
        R("spokespersonOf", "kurtulmus", "gov"),      # الناطق باسم الحكومة X
        R("positionIn", "kurtulmus", "gov", opt=True),  # نائب رئيس الوزراء
        R("leaderOf", "akar", "staff"),               # رئيس هيئة الأركان العامة للجيش التركي الجنرال X
        R("locatedIn", "qandil", "iraq"),             # جبال قنديل شمال العراق
        R("leaderOf", "kisanak", "diyarbakir"),       # رئيسة بلدية ديار بكر X
        R("memberOf", "kisanak", "hdp", opt=True),
        R("affiliatedWith", "kisanak", "pkk", opt=True),  # بتهمة الارتباط بالحزب المحظور
        R("leaderOf", "demirtas", "hdp"),             # الرئيس المشارك لحزب الشعوب الديمقراطي X
        R("leaderOf", "kilicdaroglu", "chp"),         # رئيس حزب الشعب الجمهوري المعارض X
        R("memberOf", "bayik", "pkk"),                # X، أحد مؤسسي حزب العمال ... وعضو قيادته
        R("affiliatedWith", "firat", "pkk"),          # وكالة «فرات» المقربة من الحزب
    ],
    events=[
        V("Attack", agent=["pkk"], target=["jandarma"], place=[["yuksekova", "hakkari"]], trigger="هجوم"),
        V("Killing", opt=True, agent=["pkk"], place=[["yuksekova", "hakkari"]]),
        V("Strike", agent=["staff"], target=["pkk"], place=["qandil"], trigger="قصفت"),
        V("Arrest", opt=True, target=["kisanak"]),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Jazan (2016-08-30, Tuesday)
DOCS.append(dict(
    id="t39-sa-jazan", published="2016-08-30",
    text="""جازان - «سبق»:

أعلن المتحدث الرسمي باسم قوات التحالف العربي لإعادة الشرعية في اليمن العميد ركن أحمد عسيري أن الدفاعات الجوية السعودية اعترضت، مساء أمس، صاروخا باليستيا أطلقته الميليشيات الحوثية وقوات الرئيس المخلوع علي عبدالله صالح باتجاه مدينة جازان، ودمرته من دون وقوع أضرار.

وأضاف عسيري أن مقذوفات عسكرية سقطت في وقت سابق على محافظة صامطة التابعة لمنطقة جازان، ما أدى إلى استشهاد مقيم يمني وإصابة طفلين، مؤكدا أن قوات التحالف ردت باستهداف منصات الإطلاق في مديرية حرض بمحافظة حجة.

وتفقد سمو أمير منطقة جازان الأمير محمد بن ناصر بن عبدالعزيز، أمس، المصابين في مستشفى صامطة العام، يرافقه محافظ صامطة علي بن يحيى الشهري، وأكد أن «الأهالي صامدون خلف قيادتهم».

من جهتها، قالت وكالة «سبأ» التابعة للحوثيين إن المتحدث باسم قوات الجيش واللجان الشعبية الموالية للجماعة، العميد شرف لقمان، أعلن «استهداف تجمعات للجيش السعودي» في منطقة الربوعة بعسير.

وفي الرياض، استقبل وزير الدفاع ولي ولي العهد الأمير محمد بن سلمان، قائد القيادة المركزية الأميركية الجنرال جوزيف فوتيل، وبحثا التعاون العسكري بين البلدين.""",
    entities=[
        E("jazan_city", "Place", ["جازان", "مدينة جازان"], "Jazan", sub="City"),
        E("sabq", "Organization", ["سبق"], "Sabq", sub="MediaOrganization",
          opt=True),
        E("coalition", "Organization", ["قوات التحالف العربي لإعادة الشرعية في اليمن", "قوات التحالف"],
          "Saudi-led coalition", sub="Coalition"),
        E("asiri", "Person", ["أحمد عسيري", "عسيري"], "Ahmed Asiri"),
        E("airdef", "Organization", ["الدفاعات الجوية السعودية"], "Royal Saudi Air Defense", sub="ArmedForce"),
        E("houthis", "Organization", ["الميليشيات الحوثية", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("saleh_forces", "Organization", ["قوات الرئيس المخلوع"], "Saleh loyalist forces",
          sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبدالله صالح"], "Ali Abdullah Saleh"),
        E("samtah", "Place", ["محافظة صامطة", "صامطة"], "Samtah Governorate", sub="Region"),
        E("jazan", "Place", ["منطقة جازان"], "Jazan Province", sub="Region"),
        E("haradh", "Place", ["مديرية حرض"], "Haradh District", sub="Region"),
        E("hajjah", "Place", ["محافظة حجة"], "Hajjah Governorate", sub="Region"),
        E("mbnasser", "Person", ["محمد بن ناصر بن عبدالعزيز"], "Mohammed bin Nasser bin Abdulaziz"),
        E("hospital", "Place", ["مستشفى صامطة العام"], "Samtah General Hospital"),
        E("shehri", "Person", ["علي بن يحيى الشهري"], "Ali bin Yahya al-Shehri"),
        E("saba", "Organization", ["سبأ"], "Saba News Agency (Houthi)", sub="MediaOrganization"),
        E("houthi_army", "Organization", ["قوات الجيش واللجان الشعبية"], "Houthi-controlled army and popular committees",
          sub="ArmedGroup"),
        E("luqman", "Person", ["شرف لقمان"], "Sharaf Luqman"),
        E("saudi_army", "Organization", ["الجيش السعودي"], "Saudi Army", sub="ArmedForce"),
        E("rabuah", "Place", ["منطقة الربوعة"], "Al-Rabuah", sub="City"),
        E("asir", "Place", ["عسير"], "Asir Province", sub="Region"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("centcom", "Organization", ["القيادة المركزية الأميركية"], "United States Central Command",
          sub="ArmedForce"),
        E("votel", "Person", ["جوزيف فوتيل"], "Joseph Votel"),
    ],
    relations=[
        R("spokespersonOf", "asiri", "coalition"),    # المتحدث الرسمي باسم قوات التحالف ... العميد ركن X
        R("leaderOf", "saleh", "saleh_forces"),       # قوات الرئيس المخلوع X
        R("affiliatedWith", "houthis", "saleh_forces", opt=True),
        R("locatedIn", "samtah", "jazan"),            # محافظة صامطة التابعة لمنطقة جازان
        R("locatedIn", "haradh", "hajjah"),           # مديرية حرض بمحافظة حجة
        R("leaderOf", "mbnasser", "jazan"),           # سمو أمير منطقة جازان الأمير X
        R("locatedIn", "hospital", "samtah", opt=True),
        R("leaderOf", "shehri", "samtah"),            # محافظ صامطة X
        R("partOf", "saba", "houthis", opt=True),     # وكالة «سبأ» التابعة للحوثيين
        R("affiliatedWith", "saba", "houthis"),
        R("spokespersonOf", "luqman", "houthi_army"),  # المتحدث باسم قوات الجيش واللجان ...، العميد X
        R("affiliatedWith", "houthi_army", "houthis"),  # الموالية للجماعة
        R("locatedIn", "rabuah", "asir"),             # منطقة الربوعة بعسير
        R("leaderOf", "votel", "centcom"),            # قائد القيادة المركزية الأميركية الجنرال X
        R("locatedIn", "jazan_city", "jazan", opt=True),
    ],
    events=[
        V("Strike", agent=[["houthis", "saleh_forces"]], target=["jazan_city"], date="2016-08-29", trigger="أطلقته"),
        V("Strike", opt=True, place=["samtah"]),
        V("Strike", agent=["coalition"], place=[["haradh", "hajjah"]], trigger="باستهداف"),
        V("Visit", agent=["mbnasser", "shehri"], place=["hospital"], date="2016-08-29", trigger="تفقد"),
        V("Meeting", agent=["mbs", "votel"], place=["riyadh"], trigger="استقبل"),
    ],
))
