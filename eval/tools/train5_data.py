"""Hand annotations of the fifth training set (see eval/train5/README.md).

Articles written for the project in the style of pan-Arab and Gulf newspapers
and news agencies of 2013-2020 (dateline and source at the start, long
sentences, quotes inside quotes, reported speech two deep, officials named by
post only or with a pronoun suffix), rich in relations: cabinets, parliaments
and parties, appointments and dismissals, governors, armed groups that name a
leader, merge, defect or pledge allegiance, spokesmen, delegations and talks,
places described by apposition; arrests and attacks too. Persons are
invented, except very well-known public figures; organisations and places are
real. ``build_train5.py`` turns this into eval/train5.jsonl (spans computed,
every mention checked against the text). In event roles a nested list is a
set of alternatives: any one satisfies it. An event with ``optional`` only
carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Nineveh (2019-03-25, a Monday)
DOCS.append(dict(
    id="t5-iq-nineveh", published="2019-03-25",
    text="""الموصل (العراق) - «الحياة»:

صوّت مجلس النواب العراقي، في جلسة استثنائية عقدها أمس الأحد برئاسة رئيسه محمد الحلبوسي، على إقالة محافظ نينوى ليث عبد الكريم الحيالي ونائبيه، بناء على طلب تقدم به رئيس الوزراء العراقي عادل عبد المهدي، بعد أيام على غرق عبّارة مكتظة بالركاب في نهر دجلة قرب الجزيرة السياحية في الموصل، كبرى مدن المحافظة، ما أودى بحياة نحو مئة شخص معظمهم من النساء والأطفال.

وقال المتحدث باسم البرلمان، النائب سلام خضير الدليمي، في مؤتمر صحافي إن «الغالبية العظمى من النواب الحاضرين صوتت لمصلحة الإقالة»، مضيفا أن مجلس النواب «ألزم مجلس محافظة نينوى انتخاب محافظ جديد خلال خمسة عشر يوما». ويرأس مجلس المحافظة مهند سالم العكيدي.

وكان عبد المهدي قد وصل الجمعة إلى الموصل وتفقد موقع الحادث، ثم التقى في مبنى المحافظة قائد عمليات نينوى اللواء الركن فاضل حسين العبيدي وعددا من شيوخ العشائر، قبل أن يعلن الحداد الرسمي ثلاثة أيام في البلاد.

ونقلت قناة «السومرية» عن مصدر في هيئة النزاهة قوله إن محكمة تحقيق نينوى «أصدرت مذكرة قبض بحق المحافظ المقال بتهمة الإهمال وهدر المال العام»، مشيرا إلى أن الحيالي «غادر إلى أربيل، عاصمة إقليم كردستان العراق، قبل ساعات من التصويت». وكانت قوات الأمن قد اعتقلت السبت تسعة من العاملين في الجزيرة السياحية، بينهم مديرها، وفق بيان لخلية الإعلام الأمني.

من جهته، قال النائب عن تحالف «سائرون»، المدعوم من زعيم التيار الصدري مقتدى الصدر، رعد حميد الساعدي، إن «إقالة المحافظ خطوة أولى»، داعيا إلى «محاسبة كل من تواطأ مع الفاسدين في نينوى، أيا كان انتماؤه الحزبي».""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("iraq", "Place", ["العراق", "البلاد"], "Iraq", qid="Q796", sub="Country"),
        E("parliament", "Organization", ["مجلس النواب العراقي", "مجلس النواب", "البرلمان"],
          "Council of Representatives of Iraq", sub="GovernmentBody"),
        E("halbousi", "Person", ["محمد الحلبوسي"], "Mohammed al-Halbousi"),
        E("nineveh", "Place", ["نينوى", "المحافظة"], "Nineveh Governorate", sub="Region"),
        E("hiyali", "Person", ["ليث عبد الكريم الحيالي", "الحيالي"], "Laith Abd al-Karim al-Hiyali"),
        E("mahdi", "Person", ["عادل عبد المهدي", "عبد المهدي"], "Adil Abdul-Mahdi"),
        E("tigris", "Place", ["نهر دجلة"], "Tigris"),
        E("island", "Place", ["الجزيرة السياحية"], "Mosul Tourist Island"),
        E("dulaimi", "Person", ["سلام خضير الدليمي"], "Salam Khudayr al-Dulaimi"),
        E("council", "Organization", ["مجلس محافظة نينوى", "مجلس المحافظة"], "Nineveh Provincial Council",
          sub="GovernmentBody"),
        E("ukaidi", "Person", ["مهند سالم العكيدي"], "Muhannad Salim al-Ukaidi"),
        E("ops", "Organization", ["عمليات نينوى"], "Nineveh Operations Command", sub="ArmedForce"),
        E("obeidi", "Person", ["فاضل حسين العبيدي"], "Fadil Husayn al-Obeidi"),
        E("sumaria", "Organization", ["السومرية"], "Alsumaria", sub="MediaOrganization", opt=True),
        E("nazaha", "Organization", ["هيئة النزاهة"], "Commission of Integrity (Iraq)", sub="GovernmentBody"),
        E("court", "Organization", ["محكمة تحقيق نينوى"], "Nineveh Investigation Court", sub="GovernmentBody"),
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("krg", "Place", ["إقليم كردستان العراق"], "Kurdistan Region of Iraq", sub="Region"),
        E("security", "Organization", ["قوات الأمن"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("cell", "Organization", ["خلية الإعلام الأمني"], "Security Media Cell", sub="GovernmentBody"),
        E("sairoon", "Organization", ["تحالف «سائرون»", "سائرون"], "Sairoon Alliance", sub="PoliticalOrganization"),
        E("sadrist", "Organization", ["التيار الصدري"], "Sadrist Movement", sub="PoliticalOrganization"),
        E("sadr", "Person", ["مقتدى الصدر"], "Muqtada al-Sadr"),
        E("saadi", "Person", ["رعد حميد الساعدي"], "Raad Hamid al-Saadi"),
    ],
    relations=[
        R("locatedIn", "mosul", "iraq", opt=True),        # dateline الموصل (العراق)
        R("leaderOf", "halbousi", "parliament"),          # برئاسة رئيسه
        R("leaderOf", "hiyali", "nineveh"),               # محافظ نينوى
        R("positionIn", "hiyali", "nineveh", opt=True),
        R("positionIn", "mahdi", "iraq"),                 # رئيس الوزراء العراقي
        R("leaderOf", "mahdi", "iraq", opt=True),
        R("locatedIn", "island", "mosul"),
        R("locatedIn", "mosul", "nineveh"),               # كبرى مدن المحافظة
        R("locatedIn", "tigris", "mosul", opt=True),
        R("spokespersonOf", "dulaimi", "parliament"),
        R("memberOf", "dulaimi", "parliament", opt=True),  # النائب
        R("leaderOf", "ukaidi", "council"),
        R("leaderOf", "obeidi", "ops"),
        R("locatedIn", "erbil", "krg"),                   # عاصمة إقليم
        R("locatedIn", "krg", "iraq", opt=True),
        R("memberOf", "saadi", "sairoon"),                # النائب عن تحالف سائرون
        R("memberOf", "saadi", "parliament", opt=True),
        R("leaderOf", "sadr", "sadrist"),
        R("affiliatedWith", "sairoon", "sadr", opt=True),  # المدعوم من
        R("partOf", "court", "nazaha", opt=True),
    ],
    events=[
        V("Visit", agent=["mahdi"], place=["mosul"], date="2019-03-22", trigger="وصل"),
        V("Meeting", agent=["mahdi", "obeidi"], place=["mosul"], date="2019-03-22", trigger="التقى"),
        # Saturday's arrests of the island staff
        V("Arrest", place=[["island", "mosul"]], date="2019-03-23", trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["security"]),
        # a warrant, not an arrest
        V("Arrest", opt=True, agent=["court"], target=["hiyali"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Beirut (2019-02-01, a Friday)
DOCS.append(dict(
    id="t5-lb-cabinet", published="2019-02-01",
    text="""بيروت - «الشرق الأوسط»:

بعد نحو تسعة أشهر من المشاورات المتعثرة، صدرت مساء أمس الخميس مراسيم تشكيل الحكومة اللبنانية الجديدة برئاسة سعد الحريري، إثر لقاء عقده في قصر بعبدا مع الرئيس اللبناني ميشال عون، انضم إليه لاحقا رئيس مجلس النواب نبيه بري، وتلا الأمين العام لمجلس الوزراء سليم حبيب الدويهي أسماء الوزراء الثلاثين.

وحملت التشكيلة مفاجأة بإسناد وزارة الداخلية إلى ريا الحسن، القيادية في تيار «المستقبل» الذي يتزعمه الحريري، لتصبح أول امرأة تتولى هذه الحقيبة في العالم العربي، فيما احتفظ رئيس «التيار الوطني الحر» جبران باسيل بحقيبة الخارجية، ونال «حزب الله» للمرة الأولى وزارة الصحة التي أُسندت إلى الطبيب كامل حسين جابر، المقرب من الحزب.

وقال المتحدث باسم تيار «المستقبل»، عمر فؤاد الشامي، لـ«الشرق الأوسط» إن الحريري «قدم تنازلات مؤلمة كي يولد هذا المولود»، ناقلا عنه قوله في اجتماع كتلته النيابية: «قلت لهم إن البلد لا يحتمل يوما إضافيا من الفراغ».

في المقابل، قال رئيس حزب «القوات اللبنانية» سمير جعجع إن حزبه «سيكون في الحكومة عينا ساهرة على المال العام»، بعدما حصل على أربع حقائب بينها نيابة رئاسة الحكومة.

وعلى الصعيد الأمني، أعلنت قيادة الجيش اللبناني في بيان أن مديرية المخابرات أوقفت، فجر أمس، في بلدة عرسال الواقعة في قضاء بعلبك شرقي البلاد، سوريا يدعى خالد محمود الحمصي، قالت إنه «ينتمي إلى تنظيم داعش الإرهابي وشارك في الاعتداء على مراكز الجيش» في جرود البلدة عام 2014.

ومن المقرر أن تعقد الحكومة أولى جلساتها السبت في قصر بعبدا لتشكيل لجنة صياغة البيان الوزاري، الذي ستمثل على أساسه أمام البرلمان لنيل الثقة.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("gov", "Organization", ["الحكومة اللبنانية الجديدة", "الحكومة", "مجلس الوزراء"],
          "Government of Lebanon (Hariri III)", sub="GovernmentBody"),
        E("hariri", "Person", ["سعد الحريري", "الحريري"], "Saad Hariri"),
        E("baabda", "Place", ["قصر بعبدا"], "Baabda Palace"),
        E("aoun", "Person", ["ميشال عون", "عون"], "Michel Aoun"),
        E("parliament", "Organization", ["مجلس النواب", "البرلمان"], "Parliament of Lebanon",
          sub="GovernmentBody"),
        E("berri", "Person", ["نبيه بري"], "Nabih Berri"),
        E("duwaihi", "Person", ["سليم حبيب الدويهي"], "Salim Habib al-Duwaihi"),
        E("interior", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Lebanon)", sub="GovernmentBody"),
        E("hassan", "Person", ["ريا الحسن"], "Raya El Hassan"),
        E("future", "Organization", ["تيار «المستقبل»", "المستقبل"], "Future Movement", sub="PoliticalOrganization"),
        E("fpm", "Organization", ["التيار الوطني الحر"], "Free Patriotic Movement", sub="PoliticalOrganization"),
        E("bassil", "Person", ["جبران باسيل"], "Gebran Bassil"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("health", "Organization", ["وزارة الصحة"], "Ministry of Public Health (Lebanon)", sub="GovernmentBody"),
        E("jaber", "Person", ["كامل حسين جابر"], "Kamil Husayn Jabir"),
        E("shami", "Person", ["عمر فؤاد الشامي"], "Omar Fuad al-Shami"),
        E("lf", "Organization", ["القوات اللبنانية"], "Lebanese Forces", sub="PoliticalOrganization"),
        E("geagea", "Person", ["سمير جعجع"], "Samir Geagea"),
        E("army", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("intel", "Organization", ["مديرية المخابرات"], "Lebanese Army Intelligence Directorate",
          sub="GovernmentBody"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("baalbek", "Place", ["قضاء بعلبك"], "Baalbek District", sub="Region"),
        E("lebanon", "Place", ["البلد", "البلاد"], "Lebanon", qid="Q822", sub="Country", opt=True),
        E("homsi", "Person", ["خالد محمود الحمصي"], "Khalid Mahmud al-Homsi"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "hariri", "gov"),                   # برئاسة سعد الحريري
        R("locatedIn", "baabda", "beirut", opt=True),
        R("leaderOf", "aoun", "lebanon", opt=True),       # الرئيس اللبناني, Lebanon only as البلاد
        R("leaderOf", "berri", "parliament"),
        R("positionIn", "duwaihi", "gov"),                # الأمين العام لمجلس الوزراء
        R("positionIn", "hassan", "gov"),                 # minister in the new government
        R("leaderOf", "hassan", "interior", opt=True),    # the ministry given to her: second reading
        R("memberOf", "hassan", "future"),                # القيادية في
        R("leaderOf", "hariri", "future"),                # الذي يتزعمه الحريري
        R("leaderOf", "bassil", "fpm"),
        R("positionIn", "bassil", "gov"),                 # kept the foreign ministry
        R("positionIn", "jaber", "gov"),
        R("leaderOf", "jaber", "health", opt=True),
        R("affiliatedWith", "jaber", "hezbollah"),        # المقرب من الحزب
        R("spokespersonOf", "shami", "future"),
        R("leaderOf", "geagea", "lf"),
        R("partOf", "intel", "army"),                     # مديرية المخابرات of the army command
        R("locatedIn", "arsal", "baalbek"),               # الواقعة في قضاء بعلبك
        R("locatedIn", "baalbek", "lebanon", opt=True),
        R("memberOf", "homsi", "isis"),                   # ينتمي إلى
    ],
    events=[
        V("Meeting", agent=["hariri", "aoun"], place=["baabda"], date="2019-01-31", trigger="لقاء"),
        V("Meeting", agent=["berri"], place=["baabda"], date="2019-01-31", trigger="انضم"),
        V("Arrest", agent=["intel"], target=["homsi"], place=[["arsal", "baalbek"]], date="2019-01-31",
          trigger="أوقفت"),
        V("Arrest", opt=True, agent=["army"]),
        # the 2014 attack on army posts, told as an accusation
        V("Attack", opt=True, agent=["homsi", "isis"], target=["army"], place=["arsal"], date="2014"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Tunis (2016-08-27, a Saturday)
DOCS.append(dict(
    id="t5-tn-chahed", published="2016-08-27",
    text="""تونس العاصمة - أ ف ب:

منح مجلس نواب الشعب التونسي، مساء أمس الجمعة، الثقة لحكومة الوحدة الوطنية برئاسة يوسف الشاهد، بأغلبية 167 صوتا مقابل 22 معارضا، ليصبح الشاهد، البالغ من العمر 40 عاما، أصغر رئيس حكومة في تاريخ تونس منذ استقلالها عام 1956.

وجاء التصويت بعد جلسة ماراثونية استمرت أكثر من 12 ساعة، ترأسها رئيس المجلس محمد الناصر، وخلف فيها الشاهد، القيادي في حزب «نداء تونس» الذي أسسه الرئيس الباجي قائد السبسي، رئيس الحكومة السابق الحبيب الصيد، الذي سحب منه البرلمان الثقة في 30 يوليو/تموز الماضي.

وتضم الحكومة الجديدة وزراء من سبعة أحزاب، أبرزها «نداء تونس» و«حركة النهضة» الإسلامية، إلى جانب شخصيتين نقابيتين من الاتحاد العام التونسي للشغل، هما عبيد البريكي الذي تولى وزارة الوظيفة العمومية، ومحمد الطرابلسي الذي عُين وزيرا للشؤون الاجتماعية.

وقال الناطق الرسمي باسم حركة النهضة، عماد الدين الخميري، إن «الحركة صوتت بكثافة لأن البلاد تحتاج إلى حكومة قوية»، مضيفا أن رئيسها راشد الغنوشي «أبلغ الشاهد صراحة أن دعم النهضة ليس صكا على بياض».

وفي كلمته أمام النواب، قال الشاهد إن تونس «في وضع صعب» وإن «الإرهاب ما زال يتهددها»، مذكرا بهجوم مسلحين من تنظيم «داعش» على مدينة بن قردان الحدودية مع ليبيا في مارس/آذار الماضي.

وفي سياق متصل، أعلنت وزارة الداخلية التونسية أن وحدات من الحرس الوطني اعتقلت، الخميس، في ولاية القصرين، غرب البلاد، ثلاثة عناصر قالت إنهم «ينتمون إلى كتيبة عقبة بن نافع»، الموالية لتنظيم القاعدة في بلاد المغرب الإسلامي، والتي تتحصن في جبل الشعانبي.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("tunis", "Place", ["تونس العاصمة"], "Tunis", sub="City"),
        E("arp", "Organization", ["مجلس نواب الشعب التونسي", "مجلس نواب الشعب", "المجلس", "البرلمان"],
          "Assembly of the Representatives of the People", sub="GovernmentBody"),
        E("gov", "Organization", ["حكومة الوحدة الوطنية", "الحكومة الجديدة"], "Chahed government",
          sub="GovernmentBody"),
        E("chahed", "Person", ["يوسف الشاهد", "الشاهد"], "Youssef Chahed"),
        E("ennaceur", "Person", ["محمد الناصر"], "Mohamed Ennaceur"),
        E("nidaa", "Organization", ["نداء تونس"], "Nidaa Tounes", sub="PoliticalOrganization"),
        E("essebsi", "Person", ["الباجي قائد السبسي"], "Beji Caid Essebsi"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("ennahda", "Organization", ["حركة النهضة", "النهضة", "الحركة"], "Ennahda", sub="PoliticalOrganization"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل"], "UGTT"),
        E("briki", "Person", ["عبيد البريكي"], "Abid Briki"),
        E("trabelsi", "Person", ["محمد الطرابلسي"], "Mohamed Trabelsi"),
        E("khemiri", "Person", ["عماد الدين الخميري"], "Imad al-Din al-Khemiri"),
        E("ghannouchi", "Person", ["راشد الغنوشي"], "Rached Ghannouchi"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("benguerdane", "Place", ["مدينة بن قردان", "بن قردان"], "Ben Guerdane", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("interior", "Organization", ["وزارة الداخلية التونسية", "وزارة الداخلية"], "Ministry of the Interior (Tunisia)",
          sub="GovernmentBody"),
        E("guard", "Organization", ["الحرس الوطني"], "Tunisian National Guard", sub="ArmedForce"),
        E("kasserine", "Place", ["ولاية القصرين", "القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["تونس", "البلاد"], "Tunisia", qid="Q948", sub="Country"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "AQIM", sub="ArmedGroup"),
        E("chaambi", "Place", ["جبل الشعانبي"], "Mount Chaambi"),
    ],
    relations=[
        R("leaderOf", "chahed", "gov"),
        R("leaderOf", "ennaceur", "arp"),                 # رئيس المجلس
        R("memberOf", "chahed", "nidaa"),                 # القيادي في
        R("leaderOf", "essebsi", "nidaa", opt=True),      # الذي أسسه: founder
        R("leaderOf", "essebsi", "tunisia", opt=True),    # الرئيس, no country with it
        R("positionIn", "chahed", "tunisia", opt=True),   # أصغر رئيس حكومة في تاريخ تونس
        R("memberOf", "briki", "ugtt"),
        R("positionIn", "briki", "gov"),
        R("memberOf", "trabelsi", "ugtt"),
        R("positionIn", "trabelsi", "gov"),
        R("spokespersonOf", "khemiri", "ennahda"),
        R("leaderOf", "ghannouchi", "ennahda"),           # رئيسها
        R("partOf", "guard", "interior", opt=True),
        R("locatedIn", "kasserine", "tunisia"),               # غرب البلاد
        R("affiliatedWith", "okba", "aqim"),              # الموالية لتنظيم القاعدة
        R("locatedIn", "chaambi", "kasserine", opt=True),
    ],
    events=[
        # the Ben Guerdane attack in March
        V("Attack", agent=["isis"], target=["benguerdane"], place=["benguerdane"], date="2016-03", trigger="هجوم"),
        V("Arrest", agent=["guard"], place=["kasserine"], date="2016-08-25", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["okba"]),
    ],
))

# ---------------------------------------------------------------- Syria, al-Nusra becomes Fath al-Sham (2016-07-29, a Friday)
DOCS.append(dict(
    id="t5-sy-nusra", published="2016-07-29",
    text="""بيروت - «الحياة»:

أعلن زعيم «جبهة النصرة» أبو محمد الجولاني، مساء أمس الخميس، فك ارتباط جماعته بتنظيم «القاعدة» وتغيير اسمها إلى «جبهة فتح الشام»، في أول تسجيل مصور يظهر فيه وجهه منذ تأسيس الجبهة، التي كانت تعد فرع التنظيم في سوريا، أواخر عام 2011.

وقال الجولاني، الذي سيتولى قيادة التشكيل الجديد، وظهر بزي عسكري يجلس إلى يمينه القيادي في الجبهة أبو حمزة الإدلبي وإلى يساره مسؤولها الشرعي أبو عمر الحموي، إن «فتح الشام» «ليس لها علاقة بأي جهة خارجية»، موضحا أن القرار جاء «لدفع ذرائع المجتمع الدولي، وعلى رأسه أميركا وروسيا، في قصف المسلمين في الشام وتشريدهم».

وكان التنظيم الأم قد مهد للإعلان بتسجيل صوتي بثته مؤسسة «السحاب» التابعة له، قال فيه نائب زعيمه أحمد حسن أبو الخير إن القيادة العامة «توجه قيادة جبهة النصرة للمضي قدما بما يحفظ مصلحة أهل الشام»، في ما عُدّ مباركة من زعيم «القاعدة» أيمن الظواهري للخطوة.

وفي واشنطن، قال المتحدث باسم وزارة الخارجية الأميركية جون كيربي إن الولايات المتحدة «تحكم على أي منظمة بأفعالها لا بأسمائها»، مضيفا: «لا تغيير في نظرتنا إلى النصرة، وطائرات التحالف ستواصل استهداف قادتها».

من جهته، قال المتحدث باسم «حركة أحرار الشام الإسلامية» عمار عبد الرحمن الشامي إن الخطوة «في الاتجاه الصحيح»، كاشفا أن قيادة الحركة «ستعقد لقاءات مع قيادة فتح الشام في ريف إدلب خلال الأيام المقبلة لبحث الاندماج». ويضم تحالف «جيش الفتح»، الذي يسيطر على معظم محافظة إدلب منذ صيف 2015، النصرة والأحرار وفصائل أخرى.
وكان «جيش المهاجرين والأنصار»، الذي يضم مقاتلين من القوقاز ويقوده مسلم أبو بكر الداغستاني، قد بايع النصرة في سبتمبر/أيلول من العام الماضي.

ميدانيا، قُتل 15 مدنيا على الأقل، بينهم أطفال، في غارات جوية يُرجح أنها روسية استهدفت صباح أمس سوقا شعبية في مدينة سراقب بريف إدلب الشرقي، بحسب المرصد السوري لحقوق الإنسان، الذي قال مديره رامي عبد الرحمن إن «الطائرات الحربية كثفت غاراتها على المحافظة منذ مطلع الشهر الجاري».""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nusra", "Organization", ["جبهة النصرة", "النصرة", "الجبهة"], "al-Nusra Front", sub="ArmedGroup"),
        E("julani", "Person", ["أبو محمد الجولاني", "الجولاني"], "Abu Mohammad al-Julani"),
        E("qaeda", "Organization", ["تنظيم «القاعدة»", "القاعدة", "التنظيم الأم", "التنظيم"], "al-Qaeda",
          qid="Q34490", sub="ArmedGroup"),
        E("jfs", "Organization", ["جبهة فتح الشام", "فتح الشام", "التشكيل الجديد"], "Jabhat Fath al-Sham",
          sub="ArmedGroup"),
        E("syria", "Place", ["سوريا", "الشام"], "Syria", qid="Q858", sub="Country"),
        E("idlibi", "Person", ["أبو حمزة الإدلبي"], "Abu Hamza al-Idlibi"),
        E("hamawi", "Person", ["أبو عمر الحموي"], "Abu Umar al-Hamawi"),
        E("us", "Place", ["أميركا", "الولايات المتحدة"], "United States", qid="Q30", sub="Country",
          alt=["Organization"]),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("sahab", "Organization", ["السحاب"], "As-Sahab Media", sub="MediaOrganization"),
        E("abulkhair", "Person", ["أحمد حسن أبو الخير"], "Ahmad Hasan Abu al-Khayr"),
        E("zawahiri", "Person", ["أيمن الظواهري"], "Ayman al-Zawahiri"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("state", "Organization", ["وزارة الخارجية الأميركية"], "United States Department of State",
          sub="GovernmentBody"),
        E("kirby", "Person", ["جون كيربي"], "John Kirby"),
        E("coalition", "Organization", ["التحالف"], "Global Coalition against Daesh", sub="Coalition", opt=True),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "الحركة", "الأحرار"], "Ahrar al-Sham",
          sub="ArmedGroup"),
        E("shami", "Person", ["عمار عبد الرحمن الشامي"], "Ammar Abd al-Rahman al-Shami"),
        E("idlib", "Place", ["إدلب", "محافظة إدلب", "المحافظة"], "Idlib Governorate", sub="Region"),
        E("fath", "Organization", ["تحالف «جيش الفتح»", "جيش الفتح"], "Jaish al-Fath", sub="Coalition"),
        E("jma", "Organization", ["جيش المهاجرين والأنصار"], "Jaish al-Muhajireen wal-Ansar", sub="ArmedGroup"),
        E("daghestani", "Person", ["مسلم أبو بكر الداغستاني"], "Muslim Abu Bakr al-Daghestani"),
        E("saraqib", "Place", ["مدينة سراقب", "سراقب"], "Saraqib", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman"),
    ],
    relations=[
        R("leaderOf", "julani", "nusra"),                 # زعيم جبهة النصرة
        R("leaderOf", "julani", "jfs"),                   # سيتولى قيادة التشكيل الجديد
        R("affiliatedWith", "nusra", "qaeda"),            # فك ارتباط جماعته بـ (a former tie)
        R("partOf", "nusra", "qaeda"),                    # فرع التنظيم في سوريا
        R("memberOf", "idlibi", "nusra"),                 # القيادي في الجبهة
        R("memberOf", "hamawi", "nusra"),                 # مسؤولها الشرعي
        R("positionIn", "hamawi", "nusra", opt=True),
        R("partOf", "sahab", "qaeda"),                    # التابعة له
        R("positionIn", "abulkhair", "qaeda"),            # نائب زعيمه
        R("memberOf", "abulkhair", "qaeda", opt=True),
        R("leaderOf", "zawahiri", "qaeda"),
        R("spokespersonOf", "kirby", "state"),
        R("positionIn", "kirby", "us", opt=True),
        R("spokespersonOf", "shami", "ahrar"),
        R("memberOf", "nusra", "fath"),                   # يضم تحالف جيش الفتح النصرة والأحرار
        R("memberOf", "ahrar", "fath"),
        R("leaderOf", "daghestani", "jma"),               # يقوده
        R("affiliatedWith", "jma", "nusra"),              # بايع النصرة
        R("locatedIn", "saraqib", "idlib"),               # بريف إدلب الشرقي
        R("leaderOf", "rami", "sohr"),                    # مديره
        R("locatedIn", "idlib", "syria", opt=True),
    ],
    events=[
        # "Russian" strikes: the agent only surmised
        V("Strike", place=[["saraqib", "idlib"]], date="2016-07-28", trigger="غارات"),
        V("Killing", place=[["saraqib", "idlib"]], date="2016-07-28", trigger="قُتل"),
        V("Strike", opt=True, agent=["russia"]),
        V("Killing", opt=True, agent=["russia"]),
        # announced talks, not yet held
        V("Meeting", opt=True, agent=["ahrar", "jfs"], place=["idlib"]),
    ],
))

# ---------------------------------------------------------------- Iraq, the PMF decree (2019-07-03, a Wednesday)
DOCS.append(dict(
    id="t5-iq-pmf", published="2019-07-03",
    text="""بغداد - «الشرق الأوسط»:

تباينت ردود فعل الفصائل المنضوية في «الحشد الشعبي» على الأمر الديواني الذي أصدره رئيس الوزراء العراقي القائد العام للقوات المسلحة عادل عبد المهدي، مساء الاثنين، وألزم فيه تلك الفصائل بقطع «أي ارتباط سياسي أو تنظيمي» بأحزابها، وإغلاق مقراتها داخل المدن وخارجها، والتخلي عن تسمياتها السابقة لتحمل أرقام ألوية، في مهلة تنتهي نهاية الشهر الجاري.

وسارع زعيم التيار الصدري مقتدى الصدر إلى الترحيب بالقرار، معلنا في تغريدة على «تويتر» أن «سرايا السلام»، الجناح العسكري للتيار، «ستنفك فورا عن كل العناوين الأخرى»، فيما قال الأمين العام لمنظمة «بدر» هادي العامري إن منظمته «كانت أول من طالب بتنظيم الحشد وحمايته من التسييس».

في المقابل، قال المتحدث باسم «كتائب حزب الله»، أبو حسين الساعدي، في بيان، إن الكتائب «تدرس الأمر بتمعن»، محذرا من أن «بعض الجهات تريد استغلاله لإضعاف الحشد تنفيذا لرغبة أميركية».

ونقلت وكالة الأنباء العراقية الرسمية عن رئيس هيئة الحشد الشعبي فالح الفياض قوله إن الهيئة «ستشكل لجنة برئاسة نائبه أبو مهدي المهندس لمتابعة تنفيذ الأمر»، فيما ترأس المهندس، أمس، اجتماعا في مقر الهيئة ببغداد ضم قادة الألوية، بحسب بيان للمكتب الإعلامي للحشد.

أمنيا، أعلن جهاز مكافحة الإرهاب أن قوة تابعة له اعتقلت، فجر أمس، في قضاء الطارمية التابع لمحافظة بغداد، خمسة من عناصر تنظيم «داعش»، بينهم المسؤول عن «ولاية الجنوب» في التنظيم، ويدعى صالح مهدي الجنابي.
وكانت ثلاث قذائف هاون قد سقطت، ليل الاثنين، داخل قاعدة بلد الجوية في محافظة صلاح الدين، التي تضم مدربين أميركيين، من دون أن تتبنى أي جهة الهجوم.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي", "هيئة الحشد الشعبي", "الحشد", "الهيئة"], "Popular Mobilization Forces",
          sub="ArmedForce"),
        E("mahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi"),
        E("forces", "Organization", ["القوات المسلحة"], "Iraqi Armed Forces", sub="ArmedForce"),
        E("sadrist", "Organization", ["التيار الصدري", "التيار"], "Sadrist Movement", sub="PoliticalOrganization"),
        E("sadr", "Person", ["مقتدى الصدر"], "Muqtada al-Sadr"),
        E("salam", "Organization", ["سرايا السلام"], "Saraya al-Salam", sub="ArmedGroup"),
        E("badr", "Organization", ["منظمة «بدر»", "بدر"], "Badr Organization", sub="ArmedGroup"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("kh", "Organization", ["كتائب حزب الله", "الكتائب"], "Kata'ib Hezbollah", sub="ArmedGroup"),
        E("saadi", "Person", ["أبو حسين الساعدي"], "Abu Husayn al-Saadi"),
        E("ina", "Organization", ["وكالة الأنباء العراقية"], "Iraqi News Agency", sub="MediaOrganization", opt=True),
        E("fayyadh", "Person", ["فالح الفياض"], "Falih al-Fayyadh"),
        E("muhandis", "Person", ["أبو مهدي المهندس", "المهندس"], "Abu Mahdi al-Muhandis"),
        E("media_office", "Organization", ["المكتب الإعلامي للحشد"], "PMF media office", opt=True),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("tarmiyah", "Place", ["قضاء الطارمية", "الطارمية"], "Tarmiyah District", sub="Region"),
        E("baghdad_gov", "Place", ["محافظة بغداد"], "Baghdad Governorate", sub="Region"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("janabi", "Person", ["صالح مهدي الجنابي"], "Salih Mahdi al-Janabi"),
        E("balad", "Place", ["قاعدة بلد الجوية"], "Balad Air Base"),
        E("salahuddin", "Place", ["محافظة صلاح الدين"], "Saladin Governorate", sub="Region"),
    ],
    relations=[
        R("positionIn", "mahdi", "forces", opt=True),
        R("leaderOf", "mahdi", "forces"),                 # القائد العام للقوات المسلحة
        R("leaderOf", "sadr", "sadrist"),
        R("partOf", "salam", "sadrist"),                  # الجناح العسكري للتيار
        R("affiliatedWith", "salam", "sadr", opt=True),
        R("memberOf", "salam", "pmf", opt=True),          # implied: it leaves the other banners
        R("leaderOf", "amiri", "badr"),                   # الأمين العام لمنظمة بدر
        R("memberOf", "badr", "pmf", opt=True),
        R("spokespersonOf", "saadi", "kh"),
        R("memberOf", "kh", "pmf", opt=True),
        R("leaderOf", "fayyadh", "pmf"),                  # رئيس هيئة الحشد الشعبي
        R("positionIn", "muhandis", "pmf"),               # نائبه
        R("partOf", "media_office", "pmf"),
        R("locatedIn", "tarmiyah", "baghdad_gov"),        # التابع لمحافظة بغداد
        R("memberOf", "janabi", "isis"),
        R("positionIn", "janabi", "isis", opt=True),
        R("locatedIn", "balad", "salahuddin"),
    ],
    events=[
        V("Meeting", agent=["muhandis"], place=["baghdad"], date="2019-07-02", trigger="اجتماعا"),
        V("Arrest", agent=["cts"], target=["janabi"], place=[["tarmiyah", "baghdad_gov"]], date="2019-07-02",
          trigger="اعتقلت"),
        # mortar fire, unclaimed: a Strike, an optional Attack
        V("Strike", target=["balad"], place=[["balad", "salahuddin"]], date="2019-07-01", trigger="قذائف هاون"),
        V("Attack", opt=True, target=["balad"], place=["balad"], date="2019-07-01"),
    ],
))

# ---------------------------------------------------------------- Egypt, Madbouly's government (2018-06-14, a Thursday)
DOCS.append(dict(
    id="t5-eg-cabinet", published="2018-06-14",
    text="""القاهرة - «الشرق الأوسط»:

أدت الحكومة المصرية الجديدة برئاسة مصطفى مدبولي اليمين الدستورية أمام الرئيس عبد الفتاح السيسي، صباح اليوم الخميس، في قصر الاتحادية بحي مصر الجديدة شرقي القاهرة، بعد أيام من موافقة مجلس النواب على تشكيلها، في تعديل شمل 12 حقيبة أبرزها الدفاع والداخلية.

وشهدت التشكيلة خروج وزير الدفاع الفريق أول صدقي صبحي، ليخلفه الفريق أول محمد أحمد زكي، قائد الحرس الجمهوري، الذي صدر قرار جمهوري بتعيينه وزيرا للدفاع وقائدا عاما للقوات المسلحة، فيما عُين اللواء محمود توفيق، رئيس قطاع الأمن الوطني، وزيرا للداخلية خلفا للواء مجدي عبد الغفار. واحتفظ سامح شكري بحقيبة الخارجية.

وقال المتحدث الرسمي باسم مجلس الوزراء، هشام فؤاد عبد الحميد، إن مدبولي «عقد عقب أداء اليمين اجتماعا مع الوزراء الجدد في مقر المجلس بالعاصمة الإدارية الجديدة»، مضيفا أن رئيس الوزراء «شدد على أن الرئيس طلب منه أن تكون الأولوية لملفات الإصلاح الاقتصادي وتحسين الخدمات».

وكان مدبولي، وزير الإسكان في الحكومة السابقة، قد كُلف بتشكيل الحكومة خلفا لشريف إسماعيل، الذي قدم استقالته في الخامس من يونيو/حزيران الجاري لأسباب صحية.

من جهة أخرى، قال المتحدث العسكري للقوات المسلحة العقيد أحمد سمير المنشاوي، في بيان أمس، إن قوات إنفاذ القانون قتلت 12 «تكفيريا» في تبادل لإطلاق النار بمنطقة جبل الحلال بوسط سيناء، وألقت القبض على 30 مشتبها بهم في مدينة العريش، عاصمة محافظة شمال سيناء، في إطار العملية الشاملة «سيناء 2018» التي انطلقت في التاسع من فبراير/شباط الماضي.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("gov", "Organization", ["الحكومة المصرية الجديدة", "مجلس الوزراء", "المجلس"], "Madbouly government",
          sub="GovernmentBody"),
        E("madbouly", "Person", ["مصطفى مدبولي", "مدبولي"], "Mostafa Madbouly"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("ittihadiya", "Place", ["قصر الاتحادية"], "Heliopolis Palace"),
        E("heliopolis", "Place", ["حي مصر الجديدة", "مصر الجديدة"], "Heliopolis", sub="Region"),
        E("parliament", "Organization", ["مجلس النواب"], "House of Representatives (Egypt)", sub="GovernmentBody"),
        E("sobhi", "Person", ["صدقي صبحي"], "Sedki Sobhy"),
        E("zaki", "Person", ["محمد أحمد زكي"], "Mohamed Ahmed Zaki"),
        E("guard", "Organization", ["الحرس الجمهوري"], "Republican Guard (Egypt)", sub="ArmedForce"),
        E("forces", "Organization", ["القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("tawfik", "Person", ["محمود توفيق"], "Mahmoud Tawfik"),
        E("nss", "Organization", ["قطاع الأمن الوطني"], "National Security Agency (Egypt)", sub="GovernmentBody"),
        E("ghaffar", "Person", ["مجدي عبد الغفار"], "Magdy Abdel Ghaffar"),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry"),
        E("abdelhamid", "Person", ["هشام فؤاد عبد الحميد"], "Hisham Fuad Abd al-Hamid"),
        E("nac", "Place", ["العاصمة الإدارية الجديدة"], "New Administrative Capital", sub="City"),
        E("ismail", "Person", ["شريف إسماعيل"], "Sherif Ismail"),
        E("minshawi", "Person", ["أحمد سمير المنشاوي"], "Ahmad Samir al-Minshawi"),
        E("lef", "Organization", ["قوات إنفاذ القانون"], "Law enforcement forces (Egypt)", sub="ArmedForce"),
        E("halal", "Place", ["منطقة جبل الحلال", "جبل الحلال"], "Jabal al-Halal"),
        E("central_sinai", "Place", ["وسط سيناء"], "Central Sinai", sub="Region"),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("north_sinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
    ],
    relations=[
        R("leaderOf", "madbouly", "gov"),                 # برئاسة مصطفى مدبولي
        R("locatedIn", "ittihadiya", "heliopolis"),
        R("locatedIn", "heliopolis", "cairo"),
        R("locatedIn", "ittihadiya", "cairo", opt=True),
        R("positionIn", "sobhi", "gov", opt=True),        # وزير الدفاع (leaving)
        R("positionIn", "zaki", "gov"),                   # وزيرا للدفاع in the new line-up
        R("leaderOf", "zaki", "forces"),                  # قائدا عاما للقوات المسلحة
        R("leaderOf", "zaki", "guard"),                   # قائد الحرس الجمهوري
        R("leaderOf", "tawfik", "nss"),                   # رئيس قطاع الأمن الوطني
        R("positionIn", "tawfik", "gov"),
        R("positionIn", "ghaffar", "gov", opt=True),
        R("positionIn", "shoukry", "gov"),                # احتفظ بحقيبة الخارجية
        R("spokespersonOf", "abdelhamid", "gov"),         # المتحدث الرسمي باسم مجلس الوزراء
        R("spokespersonOf", "minshawi", "forces"),        # المتحدث العسكري للقوات المسلحة
        R("locatedIn", "halal", "central_sinai"),
        R("locatedIn", "arish", "north_sinai"),           # عاصمة محافظة شمال سيناء
        R("partOf", "lef", "forces", opt=True),
    ],
    events=[
        V("Meeting", agent=["madbouly", "sisi"], place=[["ittihadiya", "heliopolis", "cairo"]], date="2018-06-14",
          trigger="اليمين", opt=True),
        V("Meeting", agent=["madbouly"], place=["nac"], date="2018-06-14", trigger="اجتماعا"),
        # announced yesterday: given to the month
        V("Killing", agent=["lef"], place=[["halal", "central_sinai"]], date="2018-06", trigger="قتلت"),
        V("Arrest", agent=["lef"], place=[["arish", "north_sinai"]], date="2018-06", trigger="ألقت القبض"),
        V("MilitaryOperation", name="سيناء 2018", agent=["forces"], date="2018-02-09", trigger="العملية الشاملة"),
    ],
))

# ---------------------------------------------------------------- Jordan, al-Razzaz tasked (2018-06-05, a Tuesday)
DOCS.append(dict(
    id="t5-jo-razzaz", published="2018-06-05",
    text="""عمّان - «الحياة»:

كلّف العاهل الأردني الملك عبد الله الثاني، أمس الاثنين، وزير التربية والتعليم عمر الرزاز بتشكيل حكومة جديدة، بعد ساعات من قبوله استقالة رئيس الوزراء هاني الملقي، الذي طالب آلاف المحتجين برحيله في أوسع احتجاجات يشهدها الأردن منذ سنوات، رفضا لمشروع قانون ضريبة الدخل وزيادة أسعار المحروقات.

وكان الملقي قد قدم استقالته خلال لقاء جمعه بالملك في قصر الحسينية بعمّان صباح أمس، بحسب بيان للديوان الملكي الهاشمي، الذي أفاد بأن الملك استقبل الرزاز مساء في القصر نفسه، وقال له إن «على الحكومة الجديدة أن تطلق حوارا فوريا مع النقابات والأحزاب حول مشروع القانون».

والرزاز خبير اقتصادي تخرج في جامعة هارفارد، وعمل سنوات في البنك الدولي، وترأس منتدى الاستراتيجيات الأردني قبل أن يدخل الحكومة المستقيلة وزيرا عام 2017.

وقال رئيس مجلس النقباء خالد محمود الطراونة، الذي يرأس أيضا نقابة المهندسين الأردنيين، لـ«الحياة» إن النقابات «ستمضي في الإضراب الذي دعت إليه يوم الأربعاء ما لم يُسحب مشروع القانون»، مضيفا: «قلنا للحكومة السابقة إن الشارع لن يقبل، واليوم نقول لمن سيخلفها: تغيير الأشخاص لا يعني شيئا إذا بقيت السياسات ذاتها».

وفي الأثناء، قال الناطق الإعلامي باسم مديرية الأمن العام المقدم عامر سليمان الحمود إن الأجهزة الأمنية أوقفت 60 شخصا منذ بدء الاحتجاجات، بينهم 12 في مدينة معان جنوبي المملكة، «بعد أن أطلق مجهولون النار على دورية للشرطة» ليل السبت، ما أدى إلى إصابة اثنين من أفرادها.
واستمرت الاعتصامات ليلا قرب مبنى رئاسة الوزراء في منطقة الدوار الرابع بالعاصمة، وسط انتشار كثيف لقوات الدرك التي يقودها اللواء حسين محمد الحواتمة، والذي زار المعتصمين وصافح عددا منهم.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("amman", "Place", ["عمان", "العاصمة"], "Amman", sub="City"),
        E("abdullah", "Person", ["الملك عبد الله الثاني", "عبد الله الثاني", "الملك"], "Abdullah II of Jordan"),
        E("razzaz", "Person", ["عمر الرزاز", "الرزاز"], "Omar Razzaz"),
        E("gov", "Organization", ["الحكومة الجديدة"], "Razzaz government", sub="GovernmentBody"),
        E("mulki", "Person", ["هاني الملقي", "الملقي"], "Hani Mulki"),
        E("old_gov", "Organization", ["الحكومة المستقيلة", "الحكومة السابقة"], "Mulki government",
          sub="GovernmentBody"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("husseiniya", "Place", ["قصر الحسينية", "القصر"], "al-Husseiniya Palace"),
        E("court", "Organization", ["الديوان الملكي الهاشمي"], "Royal Hashemite Court", sub="GovernmentBody"),
        E("harvard", "Organization", ["جامعة هارفارد"], "Harvard University"),
        E("wb", "Organization", ["البنك الدولي"], "World Bank"),
        E("jsf", "Organization", ["منتدى الاستراتيجيات الأردني"], "Jordan Strategy Forum"),
        E("tarawneh", "Person", ["خالد محمود الطراونة"], "Khalid Mahmud al-Tarawneh"),
        E("council", "Organization", ["مجلس النقباء"], "Council of Professional Associations"),
        E("jea", "Organization", ["نقابة المهندسين الأردنيين"], "Jordan Engineers Association"),
        E("hamoud", "Person", ["عامر سليمان الحمود"], "Amir Sulayman al-Hamud"),
        E("psd", "Organization", ["مديرية الأمن العام"], "Public Security Directorate", sub="GovernmentBody"),
        E("maan", "Place", ["مدينة معان", "معان"], "Ma'an", sub="City"),
        E("police", "Organization", ["الشرطة"], "Jordanian police", opt=True),
        E("circle", "Place", ["منطقة الدوار الرابع", "الدوار الرابع"], "Fourth Circle (Amman)", sub="Region"),
        E("darak", "Organization", ["قوات الدرك"], "Gendarmerie (Jordan)", sub="ArmedForce"),
        E("hawatmeh", "Person", ["حسين محمد الحواتمة"], "Husayn Muhammad al-Hawatmeh"),
    ],
    relations=[
        R("leaderOf", "abdullah", "jordan"),              # العاهل الأردني
        R("leaderOf", "razzaz", "gov"),                   # كلفه بتشكيل حكومة جديدة
        R("positionIn", "razzaz", "old_gov"),             # وزير التربية والتعليم; دخل الحكومة المستقيلة وزيرا
        R("leaderOf", "mulki", "old_gov"),                # رئيس الوزراء (the resigning government)
        R("positionIn", "mulki", "jordan", opt=True),
        R("locatedIn", "husseiniya", "amman"),
        R("memberOf", "razzaz", "wb", opt=True),          # عمل في
        R("leaderOf", "razzaz", "jsf"),                   # ترأس (former post)
        R("leaderOf", "tarawneh", "council"),
        R("leaderOf", "tarawneh", "jea"),                 # يرأس
        R("spokespersonOf", "hamoud", "psd"),             # الناطق الإعلامي باسم
        R("locatedIn", "maan", "jordan"),                 # جنوبي المملكة: inside the kingdom
        R("locatedIn", "circle", "amman"),
        R("leaderOf", "hawatmeh", "darak"),               # التي يقودها
        R("partOf", "court", "jordan", opt=True),
    ],
    events=[
        V("Meeting", agent=["mulki", "abdullah"], place=[["husseiniya", "amman"]], date="2018-06-04", trigger="لقاء"),
        V("Meeting", agent=["razzaz", "abdullah"], place=[["husseiniya", "amman"]], date="2018-06-04",
          trigger="استقبل"),
        V("Arrest", agent=["psd"], place=[["maan", "jordan"]], date="2018-06", trigger="أوقفت"),
        # unknown gunmen fire on a police patrol on Saturday night
        V("Attack", target=["police"], place=["maan"], date="2018-06-02", trigger="أطلق مجهولون النار"),
        V("Visit", agent=["hawatmeh"], place=[["circle", "amman"]], date="2018-06-04", trigger="زار", opt=True),
    ],
))

# ---------------------------------------------------------------- Kuwait, the government resigns (2019-11-15, a Friday)
DOCS.append(dict(
    id="t5-kw-resign", published="2019-11-15",
    text="""الكويت - «القبس»:

قبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح، أمس الخميس، استقالة الحكومة التي رفعها إليه رئيس مجلس الوزراء الشيخ جابر المبارك الحمد الصباح خلال استقباله في قصر السيف، وكلّفها بتصريف العاجل من الأمور لحين تشكيل الحكومة الجديدة، وفق مرسوم أميري بثته وكالة الأنباء الكويتية «كونا».

وجاءت الاستقالة، وهي الثانية خلال أقل من عامين، بعد أيام من استقالة وزيرة الأشغال العامة جنان بوشهري إثر استجواب قدمه النائب بدر حمد المطيري، وقبل جلسة كانت مقررة الثلاثاء المقبل لمناقشة طلب طرح الثقة بوزير الداخلية الشيخ خالد الجراح.

وفي تطور لافت، أصدر النائب الأول لرئيس مجلس الوزراء وزير الدفاع الشيخ ناصر صباح الأحمد، النجل الأكبر لأمير البلاد، بيانا قال فيه إنه رفض «التوقيع على أي قرار يخص صندوق الجيش» قبل أن تجيب الجهات المعنية عن «تجاوزات مالية» بلغت قيمتها نحو 240 مليون دينار، مضيفا أنه أحال الملف إلى النيابة العامة.

ونقلت «القبس» عن مصدر نيابي قوله إن رئيس مجلس الأمة مرزوق الغانم «أبلغ نوابا التقاهم في مكتبه أن سمو الأمير حريص على أن تكون الحكومة المقبلة مختلفة في نهجها»، لافتا إلى أن «أسماء عدة تتداول لرئاستها».

في غضون ذلك، قال المتحدث الرسمي باسم الحكومة فهد عبد العزيز الرشيدي إن الوزارات «ستواصل أعمالها بصورة طبيعية».

أمنيا، كشفت وزارة الداخلية الكويتية أن جهاز أمن الدولة ضبط في يوليو/تموز الماضي ثمانية مصريين ينتمون إلى جماعة «الإخوان المسلمين»، صدرت بحقهم أحكام في مصر، وسلمتهم إلى القاهرة.""",
    entities=[
        E("qabas", "Organization", ["القبس"], "Al-Qabas", sub="MediaOrganization", opt=True),
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح", "الأمير"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("gov", "Organization", ["الحكومة", "مجلس الوزراء"], "Government of Kuwait (Jaber al-Mubarak)",
          sub="GovernmentBody"),
        E("new_gov", "Organization", ["الحكومة الجديدة", "الحكومة المقبلة"], "the next government of Kuwait",
          sub="GovernmentBody", opt=True),
        E("jaber", "Person", ["جابر المبارك الحمد الصباح"], "Jaber Al-Mubarak Al-Hamad Al-Sabah"),
        E("seif", "Place", ["قصر السيف"], "Seif Palace"),
        E("kuna", "Organization", ["وكالة الأنباء الكويتية", "كونا"], "Kuwait News Agency", sub="MediaOrganization",
          opt=True),
        E("boushehri", "Person", ["جنان بوشهري"], "Jenan Boushehri"),
        E("mutairi", "Person", ["بدر حمد المطيري"], "Badr Hamad al-Mutairi"),
        E("jarrah", "Person", ["خالد الجراح"], "Khalid al-Jarrah"),
        E("nasser", "Person", ["ناصر صباح الأحمد"], "Nasser Sabah Al-Ahmad"),
        E("fund", "Organization", ["صندوق الجيش"], "Army Fund"),
        E("prosecution", "Organization", ["النيابة العامة"], "Public Prosecution (Kuwait)", sub="GovernmentBody",
          opt=True),
        E("assembly", "Organization", ["مجلس الأمة"], "National Assembly (Kuwait)", sub="GovernmentBody"),
        E("ghanim", "Person", ["مرزوق الغانم"], "Marzouq al-Ghanim"),
        E("rashidi", "Person", ["فهد عبد العزيز الرشيدي"], "Fahd Abd al-Aziz al-Rashidi"),
        E("interior", "Organization", ["وزارة الداخلية الكويتية"], "Ministry of Interior (Kuwait)",
          sub="GovernmentBody"),
        E("ssb", "Organization", ["جهاز أمن الدولة"], "State Security (Kuwait)", sub="GovernmentBody"),
        E("mb", "Organization", ["جماعة «الإخوان المسلمين»", "الإخوان المسلمين"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("leaderOf", "sabah", "kuwait"),                 # أمير الكويت
        R("leaderOf", "jaber", "gov"),                    # رئيس مجلس الوزراء
        R("positionIn", "boushehri", "gov"),              # وزيرة الأشغال العامة
        R("memberOf", "mutairi", "assembly", opt=True),   # النائب
        R("positionIn", "jarrah", "gov"),                 # وزير الداخلية
        R("leaderOf", "jarrah", "interior", opt=True),
        R("positionIn", "nasser", "gov"),                 # النائب الأول لرئيس مجلس الوزراء وزير الدفاع
        R("leaderOf", "ghanim", "assembly"),
        R("spokespersonOf", "rashidi", "gov"),
        R("partOf", "ssb", "interior"),                   # the ministry tells of its State Security
        R("locatedIn", "cairo", "egypt", opt=True),
        R("locatedIn", "seif", "kuwait", opt=True),
    ],
    events=[
        V("Meeting", agent=["sabah", "jaber"], place=[["seif", "kuwait"]], date="2019-11-14", trigger="استقباله"),
        V("Meeting", opt=True, agent=["ghanim"]),
        V("Arrest", agent=["ssb"], target=["mb"], place=["kuwait"], date="2019-07", trigger="ضبط"),
        V("Arrest", opt=True, agent=["interior"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Robow arrested in Baidoa (2018-12-14, a Friday)
DOCS.append(dict(
    id="t5-so-robow", published="2018-12-14",
    text="""مقديشو - «الشرق الأوسط»:

اعتقلت قوات إثيوبية تعمل ضمن بعثة الاتحاد الأفريقي في الصومال (أميصوم)، أمس الخميس، القيادي السابق في حركة «الشباب» مختار روبو، المعروف بأبي منصور، في مدينة بيدوا، عاصمة ولاية جنوب غرب الصومال، ونقلته جوا إلى العاصمة مقديشو، قبل ستة أيام من انتخابات رئاسة الولاية التي كان أبرز المرشحين فيها.

وكان روبو، الذي شغل في السابق منصب نائب زعيم الحركة والمتحدث الرسمي باسمها، قد أعلن انشقاقه عنها في أغسطس/آب من العام الماضي، واستسلم للحكومة الفيدرالية في بلدة حدر بإقليم بكول، بعد سنوات من خلافات مع زعيمها أحمد عمر أبو عبيدة.

وقال وزير الأمن الداخلي الصومالي محمد علي حسن، في مؤتمر صحافي بمقديشو، إن روبو «لم يتخل عن آيديولوجيته المتطرفة، ولم تُرفع عنه العقوبات الدولية»، مضيفا أن الحكومة «لن تسمح بأن يتحول الانتخاب إلى غطاء لعودة الإرهابيين».

وشهدت شوارع بيدوا احتجاجات غاضبة لأنصار روبو، قُتل خلالها ما لا يقل عن 11 شخصا، بينهم عضو في برلمان الولاية، برصاص قوات الأمن، بحسب شهود عيان.

من جانبها، قالت الحركة، على لسان المتحدث باسمها علي محمود راجي، في تسجيل صوتي بثته إذاعة «الأندلس» الموالية لها، إن ما جرى «درس لكل من يظن أن الحكومة المرتدة ستحميه»، فيما دعا المبعوث الأممي إلى الصومال نيكولاس هايسوم الحكومة إلى «تفسير الأساس القانوني للاعتقال».""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", sub="City"),
        E("eth_forces", "Organization", ["قوات إثيوبية"], "Ethiopian forces (AMISOM)", sub="ArmedForce"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("shabaab", "Organization", ["حركة «الشباب»", "الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("robow", "Person", ["مختار روبو", "أبي منصور", "روبو"], "Mukhtar Robow"),
        E("baidoa", "Place", ["مدينة بيدوا", "بيدوا"], "Baidoa", sub="City"),
        E("southwest", "Place", ["ولاية جنوب غرب الصومال", "الولاية"], "South West State", sub="Region"),
        E("gov", "Organization", ["الحكومة الفيدرالية", "الحكومة"], "Federal Government of Somalia",
          sub="GovernmentBody"),
        E("hudur", "Place", ["بلدة حدر", "حدر"], "Hudur", sub="City"),
        E("bakool", "Place", ["إقليم بكول", "بكول"], "Bakool", sub="Region"),
        E("abuubaida", "Person", ["أحمد عمر أبو عبيدة"], "Ahmed Umar Abu Ubaidah"),
        E("hasan", "Person", ["محمد علي حسن"], "Muhammad Ali Hasan"),
        E("sw_parl", "Organization", ["برلمان الولاية"], "South West State Assembly", sub="GovernmentBody"),
        E("security", "Organization", ["قوات الأمن"], "security forces (Baidoa)", opt=True),
        E("rage", "Person", ["علي محمود راجي"], "Ali Mohamud Rage"),
        E("andalus", "Organization", ["إذاعة «الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("haysom", "Person", ["نيكولاس هايسوم"], "Nicholas Haysom"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
    ],
    relations=[
        R("partOf", "eth_forces", "amisom"),              # تعمل ضمن بعثة
        R("memberOf", "robow", "shabaab"),                # القيادي السابق في
        R("locatedIn", "baidoa", "southwest"),            # عاصمة ولاية جنوب غرب الصومال
        R("positionIn", "robow", "shabaab"),              # نائب زعيم الحركة (former)
        R("spokespersonOf", "robow", "shabaab"),          # المتحدث الرسمي باسمها (former)
        R("locatedIn", "hudur", "bakool"),                # بلدة حدر بإقليم بكول
        R("leaderOf", "abuubaida", "shabaab"),            # زعيمها
        R("positionIn", "hasan", "gov"),                  # وزير الأمن الداخلي الصومالي
        R("spokespersonOf", "rage", "shabaab"),           # المتحدث باسمها
        R("partOf", "andalus", "shabaab", opt=True),
        R("affiliatedWith", "andalus", "shabaab"),        # الموالية لها
        R("positionIn", "haysom", "somalia", opt=True),   # المبعوث الأممي إلى الصومال
        R("locatedIn", "southwest", "somalia"),
        R("partOf", "sw_parl", "southwest", opt=True),
        R("locatedIn", "bakool", "somalia", opt=True),
    ],
    events=[
        V("Arrest", agent=["eth_forces"], target=["robow"], place=[["baidoa", "southwest"]], date="2018-12-13",
          trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["amisom"]),
        # protesters killed by the security forces (witnesses), date only "during the protests"
        V("Killing", agent=["security"], place=["baidoa"], date="2018-12", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Nigeria, a new "wali" for Boko Haram (2016-08-05, a Friday)
DOCS.append(dict(
    id="t5-ng-iswap", published="2016-08-05",
    text="""مايدوغوري (نيجيريا) - أ ف ب:

أعلن تنظيم «داعش» تعيين أبي مصعب البرناوي زعيما جديدا لجماعة «بوكو حرام» النيجيرية، التي بايعته في مارس/آذار من العام الماضي وباتت تُعرف باسم «ولاية غرب أفريقيا»، في خطوة تعني عمليا إقصاء أبو بكر شيكاو، الذي قاد الجماعة منذ مقتل مؤسسها محمد يوسف في سجن للشرطة عام 2009.

ونشرت صحيفة «النبأ» الأسبوعية الصادرة عن التنظيم، في عددها الثلاثاء، مقابلة مع البرناوي قدمته فيها بصفة «والي غرب أفريقيا»، تعهد خلالها بـ«وقف استهداف المساجد والأسواق التي يرتادها عوام المسلمين» والتركيز على «الجيش النيجيري ومن يحالفه من النصارى».

لكن شيكاو رد أمس في تسجيل صوتي مدته عشر دقائق، قائلا إنه «لا يزال الإمام»، ومتهما القيادي في الجماعة مامان نور بالتآمر عليه، ومضيفا: «قلت لهم إني لن أتبع من يحيد عن العقيدة، لكنني لم أنقض بيعتي لأمير المؤمنين أبي بكر البغدادي».

وقال المتحدث باسم الجيش النيجيري، العقيد إبراهيم موسى دانجوما، إن الانقسام «دليل على أن الإرهابيين يلفظون أنفاسهم الأخيرة»، كاشفا أن وحدات من الفرقة السابعة اعتقلت الأربعاء 23 مشتبها بهم، بينهم قيادي محلي يدعى عمر بابا غانا، في بلدة باما جنوب شرقي مايدوغوري، عاصمة ولاية بورنو.

وكان ستة جنود قد قُتلوا، الأحد، حين نصب مسلحون من الجماعة كمينا لقافلة عسكرية على الطريق بين مايدوغوري وبلدة مونغونو المطلة على بحيرة تشاد، بحسب مصدر عسكري طلب عدم كشف اسمه.

وتعهد الرئيس النيجيري محمد بخاري، لدى استقباله في أبوجا أمس وزير الدفاع التشادي، بـ«تعزيز التنسيق» داخل قوة المهام المشتركة متعددة الجنسيات، التي تضم قوات من نيجيريا وتشاد والنيجر والكاميرون وبنين.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country", alt=["Organization"]),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("barnawi", "Person", ["أبي مصعب البرناوي", "البرناوي"], "Abu Musab al-Barnawi"),
        E("bh", "Organization", ["جماعة «بوكو حرام»", "بوكو حرام", "ولاية غرب أفريقيا", "الجماعة"],
          "Boko Haram / ISWAP", sub="ArmedGroup"),
        E("shekau", "Person", ["أبو بكر شيكاو", "شيكاو"], "Abubakar Shekau"),
        E("yusuf", "Person", ["محمد يوسف"], "Mohammed Yusuf"),
        E("naba", "Organization", ["صحيفة «النبأ»", "النبأ"], "al-Naba", sub="MediaOrganization"),
        E("army", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("nur", "Person", ["مامان نور"], "Mamman Nur"),
        E("baghdadi", "Person", ["أبي بكر البغدادي"], "Abu Bakr al-Baghdadi"),
        E("danjuma", "Person", ["إبراهيم موسى دانجوما"], "Ibrahim Musa Danjuma"),
        E("div7", "Organization", ["الفرقة السابعة"], "7th Division (Nigeria)", sub="ArmedForce"),
        E("ghana", "Person", ["عمر بابا غانا"], "Umar Baba Gana"),
        E("bama", "Place", ["بلدة باما", "باما"], "Bama", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("monguno", "Place", ["بلدة مونغونو", "مونغونو"], "Monguno", sub="City"),
        E("lake", "Place", ["بحيرة تشاد"], "Lake Chad"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari"),
        E("abuja", "Place", ["أبوجا"], "Abuja", sub="City"),
        E("mnjtf", "Organization", ["قوة المهام المشتركة متعددة الجنسيات"], "Multinational Joint Task Force",
          sub="Coalition"),
        E("chad", "Place", ["تشاد"], "Chad", qid="Q657", sub="Country", alt=["Organization"]),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country", alt=["Organization"]),
        E("cameroon", "Place", ["الكاميرون"], "Cameroon", qid="Q1009", sub="Country", alt=["Organization"]),
        E("benin", "Place", ["بنين"], "Benin", qid="Q962", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "maiduguri", "nigeria", opt=True),  # dateline مايدوغوري (نيجيريا)
        R("leaderOf", "barnawi", "bh"),                   # زعيما جديدا لجماعة
        R("affiliatedWith", "bh", "isis"),                # بايعته
        R("partOf", "bh", "isis", opt=True),              # «ولاية غرب أفريقيا»
        R("leaderOf", "shekau", "bh"),                    # قاد الجماعة (and still claims it)
        R("leaderOf", "yusuf", "bh"),                     # مؤسسها
        R("partOf", "naba", "isis"),                      # الصادرة عن التنظيم
        R("memberOf", "nur", "bh"),                       # القيادي في الجماعة
        R("leaderOf", "baghdadi", "isis"),                # أمير المؤمنين (in the quote)
        R("affiliatedWith", "shekau", "baghdadi", opt=True),  # بيعتي
        R("spokespersonOf", "danjuma", "army"),
        R("partOf", "div7", "army", opt=True),
        R("memberOf", "ghana", "bh"),                     # قيادي محلي
        R("locatedIn", "maiduguri", "borno"),             # عاصمة ولاية بورنو
        R("locatedIn", "bama", "borno", opt=True),
        R("leaderOf", "buhari", "nigeria"),               # الرئيس النيجيري
        R("locatedIn", "abuja", "nigeria", opt=True),
        R("memberOf", "nigeria", "mnjtf"),                # تضم قوات من
        R("memberOf", "chad", "mnjtf"),
        R("memberOf", "niger", "mnjtf"),
        R("memberOf", "cameroon", "mnjtf"),
        R("memberOf", "benin", "mnjtf"),
    ],
    events=[
        V("Arrest", agent=["div7"], target=["ghana"], place=["bama"], date="2016-08-03", trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["army"]),
        # Sunday's ambush between Maiduguri and Monguno
        V("Attack", agent=["bh"], target=["army"], place=[["monguno", "maiduguri"]], date="2016-07-31",
          trigger="كمينا"),
        V("Killing", agent=["bh"], place=[["monguno", "maiduguri"]], date="2016-07-31", trigger="قُتلوا"),
        V("Killing", opt=True, target=["yusuf"], date="2009"),
        V("Meeting", agent=["buhari"], place=["abuja"], date="2016-08-04", trigger="استقباله"),
    ],
))

# ---------------------------------------------------------------- Syria, Hay'at Tahrir al-Sham formed (2017-01-29, a Sunday)
DOCS.append(dict(
    id="t5-sy-hts", published="2017-01-29",
    text="""إسطنبول - «القدس العربي»:

أعلنت خمسة فصائل مسلحة في شمال سوريا، أمس السبت، حل نفسها واندماجها في كيان جديد يحمل اسم «هيئة تحرير الشام»، بقيادة هاشم الشيخ، المعروف بأبي جابر، القائد العام السابق لـ«حركة أحرار الشام الإسلامية»، الذي انشق عنها قبل أيام مع مئات من مقاتليها.

وضمت الهيئة، وفق بيانها التأسيسي، «جبهة فتح الشام» التي يتزعمها أبو محمد الجولاني، و«حركة نور الدين الزنكي» و«لواء الحق» و«جبهة أنصار الدين» و«جيش السنة»، فيما تولى الجولاني، بحسب مصادر في الهيئة، منصب القائد العسكري العام للكيان الجديد.

وقال المتحدث باسم «حركة نور الدين الزنكي»، ياسر عبد القادر الحلبي، لـ«القدس العربي» إن قادة الحركة «اتخذوا القرار بعد أن نقل إليهم أبو جابر قوله: الساحة لا تحتمل فرقة جديدة، ومن لم يتوحد اليوم سيؤكل غدا».

وجاء الإعلان بعد أسبوع من اشتباكات عنيفة شنت خلالها «فتح الشام» هجمات على مقرات لـ«جيش المجاهدين» و«صقور الشام» في بلدة الأتارب الواقعة في ريف حلب الغربي وفي جبل الزاوية بريف إدلب الجنوبي، واعتقلت عشرات من عناصرهما، ما دفع الفصيلين إلى إعلان انضمامهما إلى «أحرار الشام» طلبا للحماية.

وكانت «أحرار الشام» قد اتهمت في بيان «فتح الشام» بـ«البغي»، محذرة من أنها «ستعتبر أي اعتداء على الفصائل المنضوية تحت لوائها اعتداء عليها».

إلى ذلك، قُتل ما لا يقل عن 12 عنصرا من «فتح الشام» في غارة شنتها القوات الأميركية بطائرة من دون طيار، الخميس، على سيارتين قرب بلدة سرمدا المحاذية لمعبر باب الهوى الحدودي مع تركيا، في محافظة إدلب، بحسب ناشطين. وأكد متحدث باسم وزارة الدفاع الأميركية (البنتاغون) الغارة من دون أن يحدد هوية المستهدفين.""",
    entities=[
        E("quds", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country", opt=True),   # only in "شمال سوريا"
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة", "الكيان الجديد"], "Hay'at Tahrir al-Sham",
          sub="ArmedGroup"),
        E("abujaber", "Person", ["هاشم الشيخ", "أبي جابر", "أبو جابر"], "Hashem al-Sheikh (Abu Jaber)"),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "أحرار الشام"], "Ahrar al-Sham",
          sub="ArmedGroup"),
        E("jfs", "Organization", ["جبهة فتح الشام", "فتح الشام"], "Jabhat Fath al-Sham", sub="ArmedGroup"),
        E("julani", "Person", ["أبو محمد الجولاني", "الجولاني"], "Abu Mohammad al-Julani"),
        E("zenki", "Organization", ["حركة نور الدين الزنكي", "الحركة"], "Nour al-Din al-Zenki Movement",
          sub="ArmedGroup"),
        E("haqq", "Organization", ["لواء الحق"], "Liwa al-Haqq", sub="ArmedGroup"),
        E("ansar", "Organization", ["جبهة أنصار الدين"], "Jabhat Ansar al-Din", sub="ArmedGroup"),
        E("sunna", "Organization", ["جيش السنة"], "Jaish al-Sunna", sub="ArmedGroup"),
        E("halabi", "Person", ["ياسر عبد القادر الحلبي"], "Yasir Abd al-Qadir al-Halabi"),
        E("mujahideen", "Organization", ["جيش المجاهدين"], "Jaish al-Mujahideen", sub="ArmedGroup"),
        E("suqour", "Organization", ["صقور الشام"], "Suqour al-Sham", sub="ArmedGroup"),
        E("atarib", "Place", ["بلدة الأتارب", "الأتارب"], "al-Atarib", sub="City"),
        E("aleppo", "Place", ["ريف حلب الغربي", "حلب"], "Aleppo Governorate", sub="Region"),
        E("zawiya", "Place", ["جبل الزاوية"], "Jabal al-Zawiya", sub="Region"),
        E("idlib", "Place", ["ريف إدلب الجنوبي", "محافظة إدلب", "إدلب"], "Idlib Governorate", sub="Region"),
        E("us_forces", "Organization", ["القوات الأميركية"], "US forces", sub="ArmedForce"),
        E("sarmada", "Place", ["بلدة سرمدا", "سرمدا"], "Sarmada", sub="City"),
        E("bab", "Place", ["معبر باب الهوى", "باب الهوى"], "Bab al-Hawa crossing"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("pentagon", "Organization", ["وزارة الدفاع الأميركية", "البنتاغون"], "United States Department of Defense",
          qid="Q11209", sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "abujaber", "hts"),                 # بقيادة
        R("leaderOf", "abujaber", "ahrar"),               # القائد العام السابق
        R("memberOf", "jfs", "hts"),                      # ضمت الهيئة
        R("memberOf", "zenki", "hts"),
        R("memberOf", "haqq", "hts"),
        R("memberOf", "ansar", "hts"),
        R("memberOf", "sunna", "hts"),
        R("leaderOf", "julani", "jfs"),                   # يتزعمها
        R("positionIn", "julani", "hts"),                 # القائد العسكري العام
        R("leaderOf", "julani", "hts", opt=True),
        R("spokespersonOf", "halabi", "zenki"),
        R("memberOf", "mujahideen", "ahrar"),             # إعلان انضمامهما إلى
        R("memberOf", "suqour", "ahrar"),
        R("locatedIn", "atarib", "aleppo"),               # الواقعة في ريف حلب الغربي
        R("locatedIn", "zawiya", "idlib"),                # بريف إدلب الجنوبي
        R("locatedIn", "sarmada", "idlib"),
        R("locatedIn", "bab", "idlib", opt=True),
        R("locatedIn", "idlib", "syria", opt=True),
        R("locatedIn", "aleppo", "syria", opt=True),
    ],
    events=[
        # last week's attacks by Fath al-Sham, and its arrests
        V("Attack", agent=["jfs"], target=["mujahideen", "suqour"], place=[["atarib", "aleppo"], ["zawiya", "idlib"]],
          date="2017-01", trigger="هجمات"),
        V("Arrest", agent=["jfs"], place=[["atarib", "aleppo"], ["zawiya", "idlib"]], date="2017-01",
          trigger="اعتقلت"),
        V("Arrest", opt=True, target=["mujahideen", "suqour"]),
        # Thursday's drone strike near Sarmada
        V("Strike", agent=["us_forces"], target=["jfs"], place=[["sarmada", "bab", "idlib"]], date="2017-01-26",
          trigger="غارة"),
        V("Killing", agent=["us_forces"], target=["jfs"], place=[["sarmada", "bab", "idlib"]], date="2017-01-26",
          trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk retaken (2017-10-17, a Tuesday)
DOCS.append(dict(
    id="t5-iq-kirkuk", published="2017-10-17",
    text="""كركوك (العراق) - «الشرق الأوسط»:

بسطت القوات العراقية، أمس الاثنين، سيطرتها على مدينة كركوك، عاصمة المحافظة التي تحمل الاسم نفسه، وعلى حقول النفط المحيطة بها وقاعدة «كي وان» العسكرية، بعد انسحاب شبه كامل لقوات البيشمركة الكردية، وذلك بعد ثلاثة أسابيع من استفتاء الاستقلال الذي نظمه إقليم كردستان العراق في 25 سبتمبر/أيلول الماضي.

ورفع جنود من جهاز مكافحة الإرهاب العلم العراقي فوق مبنى المحافظة، فيما كلّف رئيس الوزراء حيدر العبادي نائب المحافظ، راكان سعيد علوان، بتسيير أعمال المحافظة، خلفا للمحافظ المقال شيرزاد عبد الله رشيد، الذي غادر المدينة إلى السليمانية قبل دخول القوات. وكان مجلس النواب قد صوت في سبتمبر/أيلول على إقالة رشيد، القيادي في حزب الاتحاد الوطني الكردستاني، بعد رفضه إنزال علم الإقليم عن المباني الحكومية.

وقال المتحدث باسم قيادة العمليات المشتركة، العميد يحيى كاظم الزبيدي، إن القوات «دخلت بأوامر مباشرة من القائد العام للقوات المسلحة، ولم تواجه مقاومة تذكر، باستثناء اشتباك محدود جنوبي المدينة».

في المقابل، اتهمت القيادة العامة لقوات البيشمركة، في بيان، «جناحا في الاتحاد الوطني» بـ«الخيانة العظمى»، قائلة إن قادة فيه «اتفقوا سرا مع الحرس الثوري الإيراني على تسليم المدينة». ونقل المتحدث باسم الحزب الديمقراطي الكردستاني، هوشيار صالح بيرموني، عن رئيس الإقليم مسعود بارزاني قوله في اجتماع للمكتب السياسي للحزب في أربيل: «قلت للجميع إن كركوك قلب كردستان، ولن نتخلى عنها».

وأفادت مصادر محلية بأن قوات الشرطة الاتحادية اعتقلت، مساء أمس، سبعة من عناصر حماية المحافظ المقال في حي رحيم آوه شمالي المدينة.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("kirkuk_city", "Place", ["مدينة كركوك", "المدينة", "كركوك"], "Kirkuk (city)", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("iraqi_forces", "Organization", ["القوات العراقية", "القوات"], "Iraqi forces", sub="ArmedForce"),
        E("kirkuk_gov", "Place", ["المحافظة"], "Kirkuk Governorate", sub="Region"),
        E("k1", "Place", ["قاعدة «كي وان» العسكرية", "كي وان"], "K-1 Air Base"),
        E("peshmerga", "Organization", ["قوات البيشمركة", "البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("krg", "Place", ["إقليم كردستان العراق", "الإقليم", "كردستان"], "Kurdistan Region", sub="Region",
          alt=["Organization"]),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter-Terrorism Service (Iraq)", sub="ArmedForce"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("alwan", "Person", ["راكان سعيد علوان"], "Rakan Said Alwan"),
        E("rashid", "Person", ["شيرزاد عبد الله رشيد", "رشيد"], "Shirzad Abdallah Rashid"),
        E("sulaymaniyah", "Place", ["السليمانية"], "Sulaymaniyah", sub="City"),
        E("parliament", "Organization", ["مجلس النواب"], "Council of Representatives of Iraq", sub="GovernmentBody"),
        E("puk", "Organization", ["حزب الاتحاد الوطني الكردستاني", "الاتحاد الوطني"], "Patriotic Union of Kurdistan",
          sub="PoliticalOrganization"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command (Iraq)", sub="ArmedForce"),
        E("zubaidi", "Person", ["يحيى كاظم الزبيدي"], "Yahya Kazim al-Zubaidi"),
        E("armed_forces", "Organization", ["القوات المسلحة"], "Iraqi Armed Forces", sub="ArmedForce", opt=True),
        E("pesh_command", "Organization", ["القيادة العامة لقوات البيشمركة"], "Peshmerga General Command",
          sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("kdp", "Organization", ["الحزب الديمقراطي الكردستاني", "الحزب"], "Kurdistan Democratic Party",
          sub="PoliticalOrganization"),
        E("pirmoni", "Person", ["هوشيار صالح بيرموني"], "Hoshyar Salih Pirmoni"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
        E("politburo", "Organization", ["المكتب السياسي للحزب"], "KDP Politburo", opt=True),
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("fedpol", "Organization", ["الشرطة الاتحادية"], "Federal Police (Iraq)", sub="ArmedForce"),
        E("rahimawa", "Place", ["حي رحيم آوه", "رحيم آوه"], "Rahimawa", sub="Region"),
    ],
    relations=[
        R("locatedIn", "kirkuk_city", "iraq", opt=True),  # dateline كركوك (العراق)
        R("locatedIn", "kirkuk_city", "kirkuk_gov"),      # عاصمة المحافظة
        R("locatedIn", "krg", "iraq", opt=True),
        R("partOf", "cts", "iraqi_forces", opt=True),
        R("positionIn", "alwan", "kirkuk_gov"),           # نائب المحافظ
        R("leaderOf", "alwan", "kirkuk_gov", opt=True),   # تسيير أعمال المحافظة
        R("leaderOf", "rashid", "kirkuk_gov"),            # المحافظ المقال (former)
        R("memberOf", "rashid", "puk"),                   # القيادي في
        R("spokespersonOf", "zubaidi", "joc"),
        R("partOf", "pesh_command", "peshmerga", opt=True),
        R("spokespersonOf", "pirmoni", "kdp"),
        R("leaderOf", "barzani", "krg"),                  # رئيس الإقليم
        R("partOf", "politburo", "kdp"),
        R("locatedIn", "rahimawa", "kirkuk_city"),        # شمالي المدينة: a quarter of it
        R("leaderOf", "abadi", "armed_forces", opt=True),  # القائد العام (implied)
        R("positionIn", "abadi", "iraq", opt=True),       # رئيس الوزراء, no country with it
        R("affiliatedWith", "puk", "irgc", opt=True),     # an accusation
    ],
    events=[
        V("MilitaryOperation", agent=["iraqi_forces"], target=["peshmerga"], place=[["kirkuk_city", "kirkuk_gov"]],
          date="2017-10-16", trigger="بسطت", opt=True),
        V("Visit", opt=True, agent=["rashid"], place=["sulaymaniyah"]),
        V("Attack", opt=True, place=["kirkuk_city"], date="2017-10-16"),   # اشتباك محدود
        V("Meeting", agent=["barzani", "politburo"], place=["erbil"], trigger="اجتماع"),
        V("Arrest", agent=["fedpol"], place=[["rahimawa", "kirkuk_city"]], date="2017-10-16", trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Sudan, military governors (2019-02-24, a Sunday)
DOCS.append(dict(
    id="t5-sd-walis", published="2019-02-24",
    text="""الخرطوم - «الشرق الأوسط»:

أصدر الرئيس السوداني عمر البشير، أمس السبت، مراسيم جمهورية عيّن بموجبها وزير الدفاع الفريق أول عوض ابن عوف نائبا أول لرئيس الجمهورية مع احتفاظه بحقيبة الدفاع، ومحمد طاهر أيلا رئيسا لمجلس الوزراء خلفا لمعتز موسى، إلى جانب 18 ضابطا من الجيش وجهاز الأمن ولاة على الولايات، بعد يوم من إعلانه حالة الطوارئ في البلاد لمدة عام وحل الحكومتين الاتحادية والولائية.

وشملت التعيينات اللواء أحمد علي عبد الرحيم واليا للخرطوم، واللواء عثمان بابكر النور واليا لولاية الجزيرة وعاصمتها ود مدني، فيما عُين اللواء صديق حامد الطيب واليا لولاية نهر النيل، التي شهدت مدينة عطبرة فيها شرارة الاحتجاجات في 19 ديسمبر/كانون الأول الماضي.

وكان البشير قد أعلن، في خطاب متلفز مساء الجمعة من القصر الجمهوري، أنه سيقف «على مسافة واحدة من جميع القوى السياسية»، في إشارة فُهمت على أنها تخلٍّ عن رئاسة حزب المؤتمر الوطني الحاكم، الذي يتولى نائبه أحمد هارون إدارة شؤونه.

في المقابل، قال الناطق الرسمي باسم تجمع المهنيين السودانيين، محمد الأمين عبد العزيز، إن التجمع «يرفض هذه المسرحية»، مضيفا: «قلنا منذ اليوم الأول إن مطلبنا واحد: تنحي النظام، ولن تخيفنا الطوارئ».

وخرجت عقب صلاة الجمعة تظاهرات في أحياء بأم درمان، المدينة التوأم للعاصمة، فرّقتها قوات الأمن بالغاز المسيل للدموع، فيما اعتقل جهاز الأمن والمخابرات الوطني، فجر أمس، القيادية في حزب الأمة القومي سارة عبد الله نقد الله من منزلها، بحسب بيان للحزب الذي يتزعمه الصادق المهدي.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("khartoum", "Place", ["الخرطوم", "العاصمة"], "Khartoum", sub="City"),
        E("bashir", "Person", ["عمر البشير", "البشير"], "Omar al-Bashir"),
        E("sudan", "Place", ["البلاد"], "Sudan", qid="Q1049", sub="Country", opt=True),
        E("ibnauf", "Person", ["عوض ابن عوف"], "Awad Ibn Auf"),
        E("ayla", "Person", ["محمد طاهر أيلا"], "Mohamed Tahir Ayla"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Sudan)", sub="GovernmentBody"),
        E("moutaz", "Person", ["معتز موسى"], "Motazz Moussa"),
        E("army", "Organization", ["الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني", "جهاز الأمن"], "NISS", sub="GovernmentBody"),
        E("abdelrahim", "Person", ["أحمد علي عبد الرحيم"], "Ahmad Ali Abd al-Rahim"),
        E("nour", "Person", ["عثمان بابكر النور"], "Uthman Babikir al-Nur"),
        E("gezira", "Place", ["ولاية الجزيرة"], "Al Jazirah State", sub="Region"),
        E("madani", "Place", ["ود مدني"], "Wad Madani", sub="City"),
        E("tayyib", "Person", ["صديق حامد الطيب"], "Siddiq Hamid al-Tayyib"),
        E("rnile", "Place", ["ولاية نهر النيل"], "River Nile State", sub="Region"),
        E("atbara", "Place", ["مدينة عطبرة", "عطبرة"], "Atbara", sub="City"),
        E("palace", "Place", ["القصر الجمهوري"], "Republican Palace (Khartoum)"),
        E("ncp", "Organization", ["حزب المؤتمر الوطني", "المؤتمر الوطني"], "National Congress Party",
          sub="PoliticalOrganization"),
        E("haroun", "Person", ["أحمد هارون"], "Ahmed Haroun"),
        E("spa", "Organization", ["تجمع المهنيين السودانيين", "التجمع"], "Sudanese Professionals Association"),
        E("abdelaziz", "Person", ["محمد الأمين عبد العزيز"], "Muhammad al-Amin Abd al-Aziz"),
        E("omdurman", "Place", ["أم درمان"], "Omdurman", sub="City"),
        E("security", "Organization", ["قوات الأمن"], "security forces (Sudan)", opt=True),
        E("umma", "Organization", ["حزب الأمة القومي", "الحزب"], "National Umma Party", sub="PoliticalOrganization"),
        E("naqdallah", "Person", ["سارة عبد الله نقد الله"], "Sara Abdallah Naqdallah"),
        E("mahdi", "Person", ["الصادق المهدي"], "Sadiq al-Mahdi"),
    ],
    relations=[
        R("leaderOf", "bashir", "sudan", opt=True),       # الرئيس السوداني; Sudan only as البلاد
        R("positionIn", "ibnauf", "sudan", opt=True),
        R("positionIn", "ibnauf", "cabinet", opt=True),   # وزير الدفاع, نائبا أول
        R("leaderOf", "ayla", "cabinet"),                 # رئيسا لمجلس الوزراء
        R("leaderOf", "moutaz", "cabinet"),               # خلفا لـ (former)
        R("leaderOf", "abdelrahim", "khartoum"),          # واليا للخرطوم
        R("positionIn", "abdelrahim", "khartoum", opt=True),
        R("leaderOf", "nour", "gezira"),
        R("positionIn", "nour", "gezira", opt=True),
        R("locatedIn", "madani", "gezira"),               # وعاصمتها ود مدني
        R("leaderOf", "tayyib", "rnile"),
        R("positionIn", "tayyib", "rnile", opt=True),
        R("locatedIn", "atbara", "rnile"),                # التي شهدت مدينة عطبرة فيها
        R("locatedIn", "palace", "khartoum", opt=True),
        R("leaderOf", "bashir", "ncp"),                   # رئاسة حزب المؤتمر الوطني
        R("positionIn", "haroun", "ncp"),                 # نائبه
        R("leaderOf", "haroun", "ncp", opt=True),         # يتولى إدارة شؤونه
        R("spokespersonOf", "abdelaziz", "spa"),
        R("memberOf", "naqdallah", "umma"),               # القيادية في
        R("leaderOf", "mahdi", "umma"),                   # يتزعمه
        R("locatedIn", "khartoum", "sudan", opt=True),
    ],
    events=[
        V("Arrest", agent=["niss"], target=["naqdallah"], date="2019-02-23", trigger="اعتقل"),
        # Friday's protests dispersed with tear gas: no listed event
        V("Attack", opt=True, agent=["security"], place=["omdurman"], date="2019-02-22"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, royal orders (2015-04-30, a Thursday)
DOCS.append(dict(
    id="t5-sa-orders", published="2015-04-30",
    text="""الرياض - واس:

أصدر خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، فجر أمس الأربعاء، أوامر ملكية قضت بإعفاء الأمير مقرن بن عبد العزيز من ولاية العهد «بناء على طلبه»، واختيار الأمير محمد بن نايف وليا للعهد ونائبا لرئيس مجلس الوزراء، مع استمراره وزيرا للداخلية ورئيسا لمجلس الشؤون السياسية والأمنية.

كما قضت الأوامر باختيار الأمير محمد بن سلمان وليا لولي العهد ونائبا ثانيا لرئيس مجلس الوزراء، مع استمراره وزيرا للدفاع، وهو المنصب الذي أشرف من خلاله على عملية «عاصفة الحزم» التي يقودها التحالف العربي ضد جماعة الحوثيين في اليمن منذ 26 مارس/آذار الماضي.

وشملت الأوامر تعيين عادل الجبير، سفير السعودية لدى الولايات المتحدة، وزيرا للخارجية خلفا للأمير سعود الفيصل، الذي تولى الحقيبة أربعين عاما، وعُين مستشارا ومبعوثا خاصا للملك.

وتوافد الأمراء والعلماء والمواطنون، مساء أمس، على قصر الحكم في الرياض لمبايعة ولي العهد وولي ولي العهد، حيث استقبلهم نيابة عن الملك أمير منطقة الرياض الأمير فيصل بن بندر.

إلى ذلك، أعلن المتحدث الأمني لوزارة الداخلية اللواء منصور التركي، أول من أمس، أن الأجهزة الأمنية «تمكنت خلال الأشهر الماضية من القبض على 93 شخصا من المنتمين لتنظيم داعش الإرهابي»، موضحا أن بينهم خلية «كانت تخطط لتنفيذ عملية انتحارية بسيارة مفخخة تستهدف سفارة الولايات المتحدة في الرياض».

وكان الملك سلمان قد استقبل، الاثنين، في قصر العوجا بالدرعية، الرئيس اليمني عبد ربه منصور هادي، وبحثا تطورات عملية «إعادة الأمل» التي أعلن التحالف بدءها الأسبوع الماضي.""",
    entities=[
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("riyadh", "Place", ["الرياض"], "Riyadh", sub="City"),
        E("salman", "Person", ["الملك سلمان بن عبد العزيز", "سلمان بن عبد العزيز", "الملك سلمان", "الملك"],
          "King Salman"),
        E("muqrin", "Person", ["مقرن بن عبد العزيز"], "Muqrin bin Abdulaziz"),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Saudi Arabia)", sub="GovernmentBody"),
        E("cpsa", "Organization", ["مجلس الشؤون السياسية والأمنية"], "Council of Political and Security Affairs",
          sub="GovernmentBody"),
        E("mbs", "Person", ["محمد بن سلمان"], "Mohammed bin Salman"),
        E("coalition", "Organization", ["التحالف العربي", "التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("houthis", "Organization", ["جماعة الحوثيين", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("jubeir", "Person", ["عادل الجبير"], "Adel al-Jubeir"),
        E("ksa", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("faisal", "Person", ["سعود الفيصل"], "Saud al-Faisal"),
        E("hukm", "Place", ["قصر الحكم"], "Qasr al-Hukm"),
        E("riyadh_region", "Place", ["منطقة الرياض"], "Riyadh Province", sub="Region"),
        E("faisal_bandar", "Person", ["فيصل بن بندر"], "Faisal bin Bandar"),
        E("interior", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Saudi Arabia)", sub="GovernmentBody"),
        E("turki", "Person", ["منصور التركي"], "Mansour al-Turki"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("embassy", "Organization", ["سفارة الولايات المتحدة"], "US Embassy in Riyadh", opt=True),
        E("awja", "Place", ["قصر العوجا"], "al-Awja Palace"),
        E("diriyah", "Place", ["الدرعية"], "Diriyah", sub="City"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
    ],
    relations=[
        R("leaderOf", "salman", "ksa"),                   # الملك (of the kingdom)
        R("positionIn", "muqrin", "ksa"),                 # ولاية العهد (former)
        R("positionIn", "mbn", "ksa"),                    # وليا للعهد
        R("positionIn", "mbn", "cabinet"),                # نائبا لرئيس مجلس الوزراء
        R("leaderOf", "mbn", "interior"),                 # وزيرا للداخلية: the ministry is named
        R("leaderOf", "mbn", "cpsa"),                     # رئيسا لمجلس الشؤون السياسية والأمنية
        R("positionIn", "mbs", "ksa"),                    # وليا لولي العهد
        R("positionIn", "mbs", "cabinet"),                # نائبا ثانيا لرئيس مجلس الوزراء
        R("leaderOf", "salman", "cabinet", opt=True),
        R("positionIn", "jubeir", "ksa"),                 # سفير السعودية لدى الولايات المتحدة, then وزيرا للخارجية
        R("positionIn", "jubeir", "cabinet", opt=True),
        R("positionIn", "faisal", "cabinet", opt=True),
        R("positionIn", "faisal", "ksa", opt=True),       # مستشارا ومبعوثا خاصا للملك
        R("locatedIn", "hukm", "riyadh"),
        R("leaderOf", "faisal_bandar", "riyadh_region"),  # أمير منطقة الرياض
        R("positionIn", "faisal_bandar", "riyadh_region", opt=True),
        R("spokespersonOf", "turki", "interior"),         # المتحدث الأمني لوزارة الداخلية
        R("locatedIn", "embassy", "riyadh", opt=True),
        R("locatedIn", "awja", "diriyah"),
        R("leaderOf", "hadi", "yemen"),                   # الرئيس اليمني
        R("locatedIn", "riyadh", "riyadh_region", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="عاصفة الحزم", agent=["coalition"], target=["houthis"], place=["yemen"],
          date="2015-03-26", trigger="عملية"),
        V("MilitaryOperation", name="إعادة الأمل", agent=["coalition"], date="2015-04", trigger="عملية"),
        V("Meeting", agent=["salman", "hadi"], place=[["awja", "diriyah"]], date="2015-04-27", trigger="استقبل"),
        V("Meeting", opt=True, agent=["faisal_bandar"], place=[["hukm", "riyadh"]], date="2015-04-29"),
        # announced the day before yesterday, made "over the past months"
        V("Arrest", agent=["interior"], target=["isis"], trigger="القبض"),
        V("Arrest", opt=True, place=["riyadh"], date="2015"),
    ],
))

# ---------------------------------------------------------------- Palestine, the Cairo agreement (2017-10-13, a Friday)
DOCS.append(dict(
    id="t5-ps-cairo", published="2017-10-13",
    text="""القاهرة - «الحياة»:

وقّعت حركتا «فتح» و«حماس»، أمس الخميس في مقر جهاز المخابرات العامة المصرية بالقاهرة، اتفاقا للمصالحة ينص على تسلّم حكومة الوفاق الوطني برئاسة رامي الحمد الله إدارة قطاع غزة بشكل كامل، بما فيه معابره، في موعد أقصاه الأول من ديسمبر/كانون الأول المقبل، منهيا انقساما استمر عشر سنوات.

ووقّع الاتفاق عن «فتح» رئيس وفدها، عضو لجنتها المركزية عزام الأحمد، وعن «حماس» نائب رئيس مكتبها السياسي صالح العاروري، الذي ترأس وفد الحركة، بحضور رئيس جهاز المخابرات المصرية اللواء خالد فوزي، الذي أجرى مع الوفدين جولتين من المباحثات على مدى يومين.

وأعلن رئيس المكتب السياسي لـ«حماس» إسماعيل هنية، في كلمة من مدينة غزة، أن الحركة «قررت طي صفحة الانقسام إلى الأبد»، فيما نقل الناطق باسمها حسام خليل المصري عن رئيس الحركة في القطاع يحيى السنوار قوله لقادة الفصائل: «قلت لكم إنني سأكسر عنق كل من لا يريد المصالحة، وأنا عند وعدي».

ورحب الرئيس الفلسطيني محمود عباس بالاتفاق، واصفا إياه بـ«الاتفاق النهائي لإنهاء الانقسام»، وأعلن، بحسب وكالة الأنباء الرسمية «وفا»، أنه سيزور غزة «خلال أقل من شهر».

وكان الحمد الله قد وصل إلى القطاع في الثاني من الشهر الجاري على رأس وفد وزاري، وعقدت حكومته أول اجتماع لها في غزة منذ عام 2014.

ميدانيا، اعتقلت قوات الاحتلال الإسرائيلي، فجر أمس، 14 فلسطينيا في مدن بالضفة الغربية، بينهم القيادي في «حماس» إبراهيم سعيد أبو سنينة في مدينة الخليل، بحسب نادي الأسير الفلسطيني.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("fatah", "Organization", ["فتح"], "Fatah", sub="PoliticalOrganization"),
        E("hamas", "Organization", ["حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية", "جهاز المخابرات المصرية"],
          "General Intelligence Directorate (Egypt)", sub="GovernmentBody"),
        E("gov", "Organization", ["حكومة الوفاق الوطني"], "Palestinian National Consensus Government",
          sub="GovernmentBody"),
        E("hamdallah", "Person", ["رامي الحمد الله", "الحمد الله"], "Rami Hamdallah"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("ahmad", "Person", ["عزام الأحمد"], "Azzam al-Ahmad"),
        E("arouri", "Person", ["صالح العاروري"], "Saleh al-Arouri"),
        E("fawzi", "Person", ["خالد فوزي"], "Khaled Fawzi"),
        E("haniyeh", "Person", ["إسماعيل هنية"], "Ismail Haniyeh"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas Political Bureau", opt=True),
        E("gaza_city", "Place", ["مدينة غزة", "غزة"], "Gaza City", sub="City"),
        E("masri", "Person", ["حسام خليل المصري"], "Husam Khalil al-Masri"),
        E("sinwar", "Person", ["يحيى السنوار"], "Yahya Sinwar"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي"], "Israeli forces", sub="ArmedForce"),
        E("wb", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("abusunaina", "Person", ["إبراهيم سعيد أبو سنينة"], "Ibrahim Said Abu Sunaina"),
        E("hebron", "Place", ["مدينة الخليل", "الخليل"], "Hebron", sub="City"),
        E("club", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Club", opt=True),
    ],
    relations=[
        R("leaderOf", "hamdallah", "gov"),                # برئاسة
        R("locatedIn", "gis", "cairo", opt=True),
        R("leaderOf", "ahmad", "fatah", opt=True),        # رئيس وفدها: head of the delegation only
        R("memberOf", "ahmad", "fatah"),                  # عضو لجنتها المركزية
        R("positionIn", "arouri", "hamas"),               # نائب رئيس مكتبها السياسي
        R("memberOf", "arouri", "hamas", opt=True),
        R("leaderOf", "fawzi", "gis"),                    # رئيس جهاز المخابرات المصرية
        R("leaderOf", "haniyeh", "hamas"),                # رئيس المكتب السياسي لحماس
        R("leaderOf", "haniyeh", "politburo", opt=True),
        R("partOf", "politburo", "hamas", opt=True),
        R("locatedIn", "gaza_city", "strip", opt=True),
        R("spokespersonOf", "masri", "hamas"),            # الناطق باسمها
        R("leaderOf", "sinwar", "hamas"),                 # رئيس الحركة في القطاع
        R("memberOf", "abusunaina", "hamas"),             # القيادي في
        R("locatedIn", "hebron", "wb"),                   # مدن بالضفة الغربية ... مدينة الخليل
    ],
    events=[
        V("Meeting", agent=["ahmad", "arouri", "fawzi"], place=[["gis", "cairo"]], date="2017-10-12",
          trigger="وقّعت"),
        V("Meeting", opt=True, agent=["fatah", "hamas"]),
        V("Visit", opt=True, agent=["abbas"], place=[["gaza_city", "strip"]]),   # announced
        V("Visit", agent=["hamdallah"], place=["strip"], date="2017-10-02", trigger="وصل"),
        V("Meeting", agent=["gov"], place=["gaza_city"], date="2017-10", trigger="اجتماع"),
        V("Arrest", agent=["idf"], target=["abusunaina"], place=[["hebron", "wb"]], date="2017-10-12",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Libya, al-Sarraj and Haftar in Abu Dhabi (2019-02-28, a Thursday)
DOCS.append(dict(
    id="t5-ly-abudhabi", published="2019-02-28",
    text="""أبوظبي - «الحياة»:

اتفق رئيس المجلس الرئاسي لحكومة الوفاق الوطني الليبية فائز السراج والقائد العام لـ«الجيش الوطني الليبي» المشير خليفة حفتر، خلال لقاء جمعهما أمس الأربعاء في العاصمة الإماراتية أبوظبي برعاية المبعوث الأممي إلى ليبيا غسان سلامة، على «ضرورة إنهاء المرحلة الانتقالية عبر انتخابات عامة»، بحسب بيان مقتضب لبعثة الأمم المتحدة للدعم في ليبيا. وهو اللقاء الأول بين الرجلين منذ اجتماعهما في باريس في مايو/أيار الماضي بدعوة من الرئيس الفرنسي إيمانويل ماكرون.

وقال المتحدث باسم القيادة العامة للجيش الوطني، اللواء أحمد المسماري، في مؤتمر صحافي ببنغازي، إن حفتر «أبلغ السراج بوضوح أن الجيش لن يخضع إلا لسلطة مدنية منتخبة»، مضيفا أن القائد العام «نقل إليه قول أهالي الجنوب: لقد حررنا الجيش من العصابات، ولن نسمح بعودتها».

وكانت قوات الجيش الوطني قد سيطرت الشهر الماضي على مدينة سبها، كبرى مدن الجنوب الليبي، ضمن عملية أطلقتها منتصف يناير/كانون الثاني لـ«تطهير الجنوب من الإرهابيين والعصابات التشادية»، قبل أن تتقدم نحو حقل الشرارة النفطي في حوض مرزق.

وفي طرابلس، قال الناطق باسم المجلس الرئاسي، عبد الرزاق مفتاح الفيتوري، إن اللقاء «خطوة إيجابية طال انتظارها»، فيما رحب رئيس مجلس النواب المنعقد في طبرق، شرقي البلاد، عقيلة صالح، بالاتفاق، داعيا إلى «تشكيل حكومة موحدة». وعلى هامش اللقاء، أجرى وزير الخارجية في حكومة الوفاق محمد الطاهر سيالة مباحثات مع نظيره الإماراتي عبد الله بن زايد آل نهيان، تناولت «دعم المسار السياسي».

أمنيا، أعلن المسماري أن وحدات من الجيش اعتقلت، الاثنين، القيادي في «مجلس شورى مجاهدي درنة» سالم عبد الكريم الشلوي في حي المغار بمدينة درنة، بعد أشهر من إعلان السيطرة الكاملة على المدينة.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني الليبية", "حكومة الوفاق"], "Government of National Accord",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج", "السراج"], "Fayez al-Sarraj"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش الوطني", "الجيش"], "Libyan National Army",
          sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر", "حفتر"], "Khalifa Haftar"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salamé"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا"], "UNSMIL"),
        E("paris", "Place", ["باريس"], "Paris", qid="Q90", sub="City"),
        E("macron", "Person", ["إيمانويل ماكرون"], "Emmanuel Macron", qid="Q3052772"),
        E("mismari", "Person", ["أحمد المسماري", "المسماري"], "Ahmed al-Mismari"),
        E("command", "Organization", ["القيادة العامة للجيش الوطني"], "LNA General Command", sub="ArmedForce"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("sabha", "Place", ["مدينة سبها", "سبها"], "Sabha", sub="City"),
        E("south", "Place", ["الجنوب الليبي", "الجنوب"], "Fezzan (southern Libya)", sub="Region"),
        E("sharara", "Place", ["حقل الشرارة النفطي"], "El Sharara oil field"),
        E("murzuq", "Place", ["حوض مرزق"], "Murzuq Basin", sub="Region"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", sub="City"),
        E("fituri", "Person", ["عبد الرزاق مفتاح الفيتوري"], "Abd al-Razzaq Miftah al-Fituri"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives (Libya)", sub="GovernmentBody"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
        E("aguila", "Person", ["عقيلة صالح"], "Aguila Saleh"),
        E("siala", "Person", ["محمد الطاهر سيالة"], "Mohamed Taha Siala"),
        E("abz", "Person", ["عبد الله بن زايد آل نهيان"], "Abdullah bin Zayed Al Nahyan"),
        E("shura", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council of Derna", sub="ArmedGroup"),
        E("shalwi", "Person", ["سالم عبد الكريم الشلوي"], "Salim Abd al-Karim al-Shalwi"),
        E("maghar", "Place", ["حي المغار"], "al-Maghar (Derna)", sub="Region"),
        E("derna", "Place", ["مدينة درنة", "المدينة"], "Derna", sub="City"),
    ],
    relations=[
        R("leaderOf", "sarraj", "pc"),                    # رئيس المجلس الرئاسي
        R("partOf", "pc", "gna"),                         # المجلس الرئاسي لحكومة الوفاق
        R("leaderOf", "sarraj", "gna", opt=True),
        R("leaderOf", "haftar", "lna"),                   # القائد العام
        R("positionIn", "salame", "libya", opt=True),     # المبعوث الأممي إلى ليبيا
        R("leaderOf", "salame", "unsmil", opt=True),
        R("spokespersonOf", "mismari", "command"),
        R("spokespersonOf", "mismari", "lna", opt=True),
        R("partOf", "command", "lna", opt=True),
        R("locatedIn", "sabha", "south"),                 # كبرى مدن الجنوب الليبي
        R("locatedIn", "sharara", "murzuq"),
        R("locatedIn", "south", "libya", opt=True),
        R("spokespersonOf", "fituri", "pc"),
        R("leaderOf", "aguila", "hor"),
        R("locatedIn", "tobruk", "libya"),                # شرقي البلاد
        R("positionIn", "siala", "gna"),                  # وزير الخارجية في حكومة الوفاق
        R("memberOf", "shalwi", "shura"),                 # القيادي في
        R("locatedIn", "maghar", "derna"),
        R("locatedIn", "benghazi", "libya", opt=True),
    ],
    events=[
        V("Meeting", agent=["sarraj", "haftar", "salame"], place=["abudhabi"], date="2019-02-27", trigger="لقاء"),
        V("Meeting", opt=True, agent=["sarraj", "haftar", "macron"], place=["paris"], date="2018-05"),
        V("MilitaryOperation", agent=["lna"], place=[["south", "sabha"]], date="2019-01", trigger="عملية"),
        V("Meeting", agent=["siala", "abz"], place=["abudhabi"], date="2019-02-27", trigger="مباحثات"),
        V("Arrest", agent=["lna"], target=["shalwi"], place=[["maghar", "derna"]], date="2019-02-25",
          trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Yemen, the Southern Transitional Council (2017-05-12, a Friday)
DOCS.append(dict(
    id="t5-ye-stc", published="2017-05-12",
    text="""عدن - «الشرق الأوسط»:

أعلن محافظ عدن المقال عيدروس الزبيدي، مساء أمس الخميس، تشكيل «المجلس الانتقالي الجنوبي» برئاسته، لـ«إدارة وتمثيل الجنوب في الداخل والخارج»، وذلك في خطاب ألقاه بمدينة عدن أمام حشد من أنصاره، بعد أسبوعين من قرار الرئيس اليمني عبد ربه منصور هادي إقالته من منصبه.

وضم المجلس 26 عضوا، بينهم وزير الدولة المقال هاني بن بريك، الذي عُين نائبا لرئيس المجلس، ومحافظو حضرموت وشبوة والضالع ولحج وسقطرى، فيما أعلن محافظ حضرموت أحمد سعيد بن بريك انضمامه إلى المجلس في اتصال هاتفي بُث عبر مكبرات الصوت من مدينة المكلا، عاصمة المحافظة.

وقال الناطق الرسمي باسم المجلس، سالم ثابت العولقي، لـ«الشرق الأوسط» إن الزبيدي «أبلغ قادة التحالف العربي أن المجلس لن يكون بديلا عن الشرعية في مواجهة الحوثيين، لكنه لن يقبل بعد اليوم أن يقرر أحد عن الجنوبيين مصيرهم».

في المقابل، رفضت الرئاسة اليمنية، في بيان بثته وكالة «سبأ» الرسمية، الإعلان «جملة وتفصيلا»، معتبرة أنه «يتعارض مع المرجعيات الثلاث»، فيما دعا رئيس الحكومة أحمد عبيد بن دغر، خلال اجتماع عقده في الرياض مع عدد من الوزراء، إلى «عدم الانجرار وراء دعوات التشطير».

أمنيا، قُتل أربعة جنود من قوات «الحزام الأمني» في هجوم تبناه تنظيم «القاعدة في جزيرة العرب» على نقطة تفتيش عند المدخل الشرقي لمدينة زنجبار، عاصمة محافظة أبين، فجر الأربعاء، وفق مصدر أمني أكد أن القوات «اعتقلت اثنين من المهاجمين» بعد مطاردتهما.""",
    entities=[
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("aden", "Place", ["مدينة عدن", "عدن"], "Aden", sub="City"),
        E("zubaidi", "Person", ["عيدروس الزبيدي", "الزبيدي"], "Aidarus al-Zoubaidi"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي", "المجلس"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("south", "Place", ["الجنوب"], "South Yemen (region)", sub="Region", opt=True),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("hani", "Person", ["هاني بن بريك"], "Hani bin Breik"),
        E("hadramawt", "Place", ["حضرموت", "المحافظة"], "Hadramawt Governorate", sub="Region"),
        E("shabwa", "Place", ["شبوة"], "Shabwa Governorate", sub="Region"),
        E("dhale", "Place", ["الضالع"], "al-Dhale Governorate", sub="Region"),
        E("lahij", "Place", ["لحج"], "Lahij Governorate", sub="Region"),
        E("socotra", "Place", ["سقطرى"], "Socotra", sub="Region"),
        E("ahmad", "Person", ["أحمد سعيد بن بريك"], "Ahmad Said bin Breik"),
        E("mukalla", "Place", ["مدينة المكلا", "المكلا"], "Mukalla", sub="City"),
        E("awlaqi", "Person", ["سالم ثابت العولقي"], "Salim Thabit al-Awlaqi"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("houthis", "Organization", ["الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("presidency", "Organization", ["الرئاسة اليمنية"], "Yemeni Presidency", sub="GovernmentBody"),
        E("saba", "Organization", ["سبأ"], "Saba News Agency", sub="MediaOrganization", opt=True),
        E("bindaghr", "Person", ["أحمد عبيد بن دغر"], "Ahmed Obeid bin Daghr"),
        E("gov", "Organization", ["الحكومة"], "Government of Yemen", sub="GovernmentBody", opt=True),
        E("riyadh", "Place", ["الرياض"], "Riyadh", sub="City"),
        E("belt", "Organization", ["قوات «الحزام الأمني»", "الحزام الأمني", "القوات"], "Security Belt Forces",
          sub="ArmedForce"),
        E("aqap", "Organization", ["تنظيم «القاعدة في جزيرة العرب»", "القاعدة في جزيرة العرب"], "AQAP",
          sub="ArmedGroup"),
        E("zinjibar", "Place", ["مدينة زنجبار", "زنجبار"], "Zinjibar", sub="City"),
        E("abyan", "Place", ["محافظة أبين"], "Abyan Governorate", sub="Region"),
    ],
    relations=[
        R("leaderOf", "zubaidi", "aden"),                 # محافظ عدن المقال (former)
        R("leaderOf", "zubaidi", "stc"),                  # برئاسته
        R("positionIn", "hani", "stc"),                   # نائبا لرئيس المجلس
        R("memberOf", "hani", "stc", opt=True),
        R("memberOf", "ahmad", "stc"),                    # أعلن انضمامه إلى المجلس
        R("leaderOf", "ahmad", "hadramawt"),              # محافظ حضرموت
        R("positionIn", "ahmad", "hadramawt", opt=True),
        R("locatedIn", "mukalla", "hadramawt"),           # عاصمة المحافظة
        R("spokespersonOf", "awlaqi", "stc"),
        R("leaderOf", "bindaghr", "gov", opt=True),       # رئيس الحكومة
        R("partOf", "belt", "coalition", opt=True),
        R("locatedIn", "zinjibar", "abyan"),              # عاصمة محافظة أبين
    ],
    events=[
        # Wednesday's attack at the Zinjibar checkpoint, claimed by AQAP
        V("Attack", agent=["aqap"], target=["belt"], place=[["zinjibar", "abyan"]], date="2017-05-10",
          trigger="هجوم"),
        V("Killing", agent=["aqap"], target=["belt"], place=[["zinjibar", "abyan"]], date="2017-05-10",
          trigger="قُتل"),
        V("Arrest", agent=["belt"], place=[["zinjibar", "abyan"]], date="2017-05-10", trigger="اعتقلت"),
        V("Meeting", agent=["bindaghr"], place=["riyadh"], trigger="اجتماع"),
    ],
))

# ---------------------------------------------------------------- Egypt, Ansar Beit al-Maqdis pledges allegiance (2014-11-11, a Tuesday)
DOCS.append(dict(
    id="t5-eg-pledge", published="2014-11-11",
    text="""القاهرة - «الحياة»:

أعلنت جماعة «أنصار بيت المقدس»، أبرز الجماعات المسلحة الناشطة في شبه جزيرة سيناء، مبايعتها زعيم تنظيم «الدولة الإسلامية» أبو بكر البغدادي، في تسجيل صوتي نُشر مساء أمس الاثنين على حسابات مرتبطة بها، قال فيه متحدث باسمها لم يكشف عن اسمه: «نعلن بيعتنا للخليفة إبراهيم بن عواد، على السمع والطاعة».

وتأتي البيعة بعد أيام من نفي الجماعة بيانا مماثلا نُسب إليها، وبعد نحو أسبوعين من الهجوم الذي استهدف، في 24 أكتوبر/تشرين الأول الماضي، نقطة «كرم القواديس» العسكرية جنوب شرقي مدينة الشيخ زويد، وأسفر عن مقتل 28 جنديا، وهو الهجوم الأكثر دموية ضد الجيش المصري منذ عقود.

وبحسب مصادر قريبة من الجماعات الجهادية تحدثت لـ«الحياة»، فإن البيعة أحدثت انقساما داخل الجماعة، إذ انشق عنها عدد من عناصرها في محافظات الدلتا، بقيادة القيادي السابق فيها محمود عادل السيد، رافضين التخلي عن ولائهم لتنظيم «القاعدة» وزعيمه أيمن الظواهري.

في المقابل، قال المتحدث العسكري باسم القوات المسلحة المصرية، العميد خالد محمد سعفان، إن «البيعة لا تغير شيئا على الأرض»، مضيفا أن قوات الجيش الثاني الميداني «قتلت خلال الأيام الثلاثة الماضية سبعة عناصر تكفيرية شديدة الخطورة، وألقت القبض على 31 مشتبها بهم في مناطق متفرقة من رفح والشيخ زويد».

وكان الرئيس المصري عبد الفتاح السيسي قد أعلن حالة الطوارئ وحظر التجول في أجزاء من محافظة شمال سيناء لمدة ثلاثة أشهر، فيما بدأ الجيش إخلاء المنازل المحاذية للشريط الحدودي مع قطاع غزة في مدينة رفح لإقامة منطقة عازلة.""",
    entities=[
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("abm", "Organization", ["جماعة «أنصار بيت المقدس»", "أنصار بيت المقدس", "الجماعة"], "Ansar Bait al-Maqdis",
          sub="ArmedGroup"),
        E("sinai", "Place", ["شبه جزيرة سيناء"], "Sinai Peninsula", sub="Region"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية"], "Islamic State",
          qid="Q2429253", sub="ArmedGroup"),
        E("baghdadi", "Person", ["أبو بكر البغدادي", "إبراهيم بن عواد"], "Abu Bakr al-Baghdadi"),
        E("karam", "Place", ["نقطة «كرم القواديس» العسكرية", "كرم القواديس"], "Karam al-Qawadis checkpoint"),
        E("zuweid", "Place", ["مدينة الشيخ زويد", "الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("army", "Organization", ["الجيش المصري", "الجيش"], "Egyptian Army", sub="ArmedForce"),
        E("delta", "Place", ["محافظات الدلتا"], "Nile Delta governorates", sub="Region", opt=True),
        E("sayyid", "Person", ["محمود عادل السيد"], "Mahmud Adil al-Sayyid"),
        E("qaeda", "Organization", ["تنظيم «القاعدة»", "القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("zawahiri", "Person", ["أيمن الظواهري"], "Ayman al-Zawahiri"),
        E("forces", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("saafan", "Person", ["خالد محمد سعفان"], "Khalid Muhammad Saafan"),
        E("second_army", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("rafah", "Place", ["مدينة رفح", "رفح"], "Rafah (Egypt)", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("north_sinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("gaza", "Place", ["قطاع غزة"], "Gaza Strip", sub="Region"),
    ],
    relations=[
        R("affiliatedWith", "abm", "isis"),               # مبايعتها زعيم تنظيم الدولة
        R("affiliatedWith", "abm", "baghdadi"),           # بايعت البغدادي
        R("leaderOf", "baghdadi", "isis"),                # زعيم تنظيم الدولة الإسلامية
        R("locatedIn", "karam", "zuweid", opt=True),      # جنوب شرقي مدينة الشيخ زويد: near, not in
        R("memberOf", "sayyid", "abm"),                   # القيادي السابق فيها
        R("affiliatedWith", "sayyid", "qaeda"),           # ولائهم لتنظيم القاعدة
        R("leaderOf", "zawahiri", "qaeda"),               # وزعيمه
        R("spokespersonOf", "saafan", "forces"),          # المتحدث العسكري باسم القوات المسلحة المصرية
        R("partOf", "second_army", "forces", opt=True),
        R("partOf", "second_army", "army", opt=True),
        R("locatedIn", "zuweid", "north_sinai", opt=True),
        R("locatedIn", "rafah", "north_sinai", opt=True),
        R("locatedIn", "north_sinai", "sinai", opt=True),
    ],
    events=[
        # the Karam al-Qawadis attack of 24 October (no claim in the text)
        V("Attack", target=["army"], place=[["karam", "zuweid"]], date="2014-10-24", trigger="الهجوم"),
        V("Killing", target=["army"], place=[["karam", "zuweid"]], date="2014-10-24", trigger="مقتل"),
        # the past three days
        V("Killing", agent=["second_army"], place=[["rafah"], ["zuweid"]], date="2014-11", trigger="قتلت"),
        V("Arrest", agent=["second_army"], place=[["rafah"], ["zuweid"]], date="2014-11", trigger="ألقت القبض"),
    ],
))
