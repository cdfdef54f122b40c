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
        R("leaderOf", "hassan", "interior"),              # the portfolio given to her
        R("positionIn", "hassan", "gov", opt=True),
        R("memberOf", "hassan", "future"),                # القيادية في
        R("leaderOf", "hariri", "future"),                # الذي يتزعمه الحريري
        R("leaderOf", "bassil", "fpm"),
        R("positionIn", "bassil", "gov", opt=True),       # kept the foreign ministry
        R("leaderOf", "jaber", "health"),
        R("positionIn", "jaber", "gov", opt=True),
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
