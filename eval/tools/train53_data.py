"""Hand annotations of the fifty-third training set (see eval/train53/README.md).

The check set written beside train52: the same kinds (persons with no title before them, foreign names
transliterated, names broken across a line, agencies and channels with transliterated names, ministries
named by a country adjective, security and intelligence bodies) in other countries and wordings. Persons
are invented except well-known public figures. Written and annotated before the extractor was run on it.
It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Sudan, Khartoum (2019-06-04, Tuesday)
DOCS.append(dict(
    id="t53-sd-khartoum", published="2019-06-04",
    text="""الخرطوم - (أ ف ب):

ارتفع عدد قتلى فض اعتصام المحتجين أمام مقر القيادة العامة للجيش في الخرطوم، أمس الاثنين، إلى 35 قتيلا، بحسب لجنة أطباء السودان المركزية، التي اتهمت قوات الدعم السريع بإطلاق الرصاص الحي على المعتصمين.

وقال هشام الطيب، القيادي في تجمع المهنيين السودانيين، إن التجمع أوقف التفاوض مع المجلس العسكري الانتقالي، ودعا إلى «عصيان مدني شامل». في المقابل، نقلت وكالة السودان للأنباء عن شمس الدين كباشي قوله إن القوات كانت تلاحق «عصابات» في منطقة كولومبيا المجاورة.

وأدانت وزارة الخارجية البريطانية «الهجوم الوحشي»، فيما قال آدم
محمد عثمان لقناة «الحدث» إن محمد حمدان دقلو «بات الرجل الأقوى في البلاد». وفي مدينة أم درمان، أحرق محتجون إطارات وأغلقوا طرقا رئيسية.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش"], "Sudanese Armed Forces", sub="ArmedForce", opt=True),
        E("doctors", "Organization", ["لجنة أطباء السودان المركزية"], "Central Committee of Sudan Doctors"),
        E("rsf", "Organization", ["قوات الدعم السريع", "القوات"], "Rapid Support Forces", sub="ArmedForce"),
        E("tayeb", "Person", ["هشام الطيب"], "Hisham al-Tayeb"),
        E("spa", "Organization", ["تجمع المهنيين السودانيين", "التجمع"], "Sudanese Professionals Association",
          sub="PoliticalOrganization"),
        E("tmc", "Organization", ["المجلس العسكري الانتقالي"], "Transitional Military Council",
          sub="GovernmentBody"),
        E("suna", "Organization", ["وكالة السودان للأنباء"], "SUNA", sub="MediaOrganization"),
        E("kabbashi", "Person", ["شمس الدين كباشي"], "Shams al-Din Kabbashi"),
        E("colombia", "Place", ["منطقة كولومبيا"], "Colombia (Khartoum)", sub="City"),
        E("mofauk", "Organization", ["وزارة الخارجية البريطانية"], "Foreign Office", sub="GovernmentBody"),
        E("osman", "Person", ["آدم محمد عثمان"], "Adam Mohamed Osman"),
        E("hadath", "Organization", ["قناة «الحدث»", "الحدث"], "Al-Hadath", sub="MediaOrganization"),
        E("hemedti", "Person", ["محمد حمدان دقلو"], "Mohamed Hamdan Dagalo"),
        E("sudan", "Place", ["البلاد"], "Sudan", qid="Q1049", sub="Country", opt=True),
        E("omdurman", "Place", ["مدينة أم درمان"], "Omdurman", sub="City"),
    ],
    relations=[
        R("memberOf", "tayeb", "spa"),
    ],
    events=[
        V("Attack", agent=["rsf"], place=["khartoum"], date="2019-06-03"),
        V("Killing", agent=["rsf"], place=["khartoum"], date="2019-06-03"),
    ],
))

# ---------------------------------------------------------------- Algeria, Ain Defla (2015-07-20, Monday)
DOCS.append(dict(
    id="t53-dz-aindefla", published="2015-07-20",
    text="""الجزائر - (رويترز):

قالت وزارة الدفاع الوطني الجزائرية، أمس الأحد، إن وحدات الجيش الوطني الشعبي قتلت خمسة مسلحين في منطقة جبال اللوح بولاية عين الدفلى، بعد يومين من كمين أودى بحياة تسعة جنود في المنطقة ذاتها، وتبناه تنظيم القاعدة في بلاد المغرب الإسلامي.

ونقلت صحيفة «الخبر» عن رابح بوزيدي، وهو مسؤول محلي في بلدية تبركانين، أن الكمين وقع أول أيام عيد الفطر، وأضاف بوزيدي أن المسلحين «استعملوا قذائف صاروخية».

وأوضح عبد الحميد
زروقي، الباحث في الشؤون الأمنية، أن التنظيم يسعى إلى «إثبات وجوده» أمام تنامي نفوذ جماعة «جند الخلافة» الموالية لتنظيم الدولة الإسلامية، فيما ذكرت وكالة الأنباء الجزائرية أن قوات الدرك الوطني أوقفت ثلاثة «داعمين للإرهاب» في ولاية تيزي وزو.""",
    entities=[
        E("algiers", "Place", ["الجزائر"], "Algiers", sub="City", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("mod", "Organization", ["وزارة الدفاع الوطني الجزائرية"], "Algerian Ministry of National Defence",
          sub="GovernmentBody"),
        E("anp", "Organization", ["الجيش الوطني الشعبي"], "People's National Army", sub="ArmedForce"),
        E("louh", "Place", ["منطقة جبال اللوح"], "Djebel Louh", sub="Region"),
        E("aindefla", "Place", ["ولاية عين الدفلى"], "Aïn Defla Province", sub="Region"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي", "التنظيم"], "AQIM", sub="ArmedGroup"),
        E("khabar", "Organization", ["صحيفة «الخبر»", "الخبر"], "El Khabar", sub="MediaOrganization"),
        E("bouzidi", "Person", ["رابح بوزيدي", "بوزيدي"], "Rabah Bouzidi"),
        E("tiberkanine", "Place", ["بلدية تبركانين"], "Tiberkanine", sub="City"),
        E("zerrouki", "Person", ["عبد الحميد زروقي"], "Abdelhamid Zerrouki"),
        E("jund", "Organization", ["جماعة «جند الخلافة»", "جند الخلافة"], "Jund al-Khilafah", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("aps", "Organization", ["وكالة الأنباء الجزائرية"], "Algeria Press Service", sub="MediaOrganization"),
        E("gendarmerie", "Organization", ["قوات الدرك الوطني", "الدرك الوطني"], "National Gendarmerie",
          sub="ArmedForce"),
        E("tizi", "Place", ["ولاية تيزي وزو"], "Tizi Ouzou Province", sub="Region"),
    ],
    relations=[
        R("locatedIn", "louh", "aindefla"),
        R("affiliatedWith", "jund", "is"),
    ],
    events=[
        V("Killing", agent=["anp"], place=[["louh", "aindefla"]], date="2015-07-19"),
        V("Attack", agent=["aqim"], target=["anp"], place=[["louh", "aindefla"]], date="2015-07-17"),
        V("Killing", agent=["aqim"], target=["anp"], place=[["louh", "aindefla"]], date="2015-07-17"),
        V("Arrest", agent=["gendarmerie"], place=["tizi"]),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-19, Monday)
DOCS.append(dict(
    id="t53-jo-karak", published="2016-12-19",
    text="""عمان - (د ب أ):

قال محمد المومني، اليوم الاثنين، إن أجهزة الأمن أنهت عملية تمشيط القلعة التاريخية في مدينة الكرك جنوبي المملكة، بعد أن قتلت أربعة مسلحين تحصنوا فيها، أمس الأحد، إثر هجمات أودت بحياة عشرة أشخاص بينهم سائحة كندية.

وأعلنت مديرية الأمن العام في بيان نقلته وكالة الأنباء الأردنية «بترا» أن المسلحين أطلقوا النار على دورية في بلدة القطرانة قبل أن يهاجموا مركز الشرطة في المدينة. وقال سامر
المجالي، وهو من سكان المدينة، إن «الرصاص لم يتوقف ثلاث ساعات».

وتبنى تنظيم الدولة الإسلامية الهجوم في بيان نشرته وكالة «أعماق» التابعة له، فيما ذكرت دائرة المخابرات العامة أنها اعتقلت خلية مرتبطة بالمهاجمين في مدينة السلط.

وقدمت وزارة الخارجية الكندية تعازيها، وقالت كريستيا فريلاند إن أوتاوا «تدين بشدة» الهجوم.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("momani", "Person", ["محمد المومني"], "Mohammad al-Momani"),
        E("security", "Organization", ["أجهزة الأمن"], "Jordanian security services", sub="GovernmentBody",
          opt=True),
        E("karak", "Place", ["مدينة الكرك", "المدينة"], "Karak", sub="City"),
        E("jordan", "Place", ["المملكة"], "Jordan", qid="Q810", sub="Country", opt=True),
        E("psd", "Organization", ["مديرية الأمن العام"], "Public Security Directorate", sub="GovernmentBody"),
        E("petra", "Organization", ["وكالة الأنباء الأردنية «بترا»", "بترا"], "Petra", sub="MediaOrganization"),
        E("qatrana", "Place", ["بلدة القطرانة"], "Qatrana", sub="City"),
        E("majali", "Person", ["سامر المجالي"], "Samer al-Majali"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq", sub="MediaOrganization"),
        E("gid", "Organization", ["دائرة المخابرات العامة"], "General Intelligence Directorate",
          sub="GovernmentBody"),
        E("salt", "Place", ["مدينة السلط"], "Salt", sub="City"),
        E("mofaca", "Organization", ["وزارة الخارجية الكندية"], "Global Affairs Canada", sub="GovernmentBody"),
        E("freeland", "Person", ["كريستيا فريلاند"], "Chrystia Freeland"),
        E("ottawa", "Place", ["أوتاوا"], "Ottawa", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "karak", "jordan", opt=True),
        R("partOf", "amaq", "is"),
    ],
    events=[
        V("Killing", opt=True, agent=["security"], place=["karak"], date="2016-12-18"),
        V("Attack", agent=["is"], place=["karak"], date="2016-12-18"),
        V("Killing", agent=["is"], place=["karak"], date="2016-12-18"),
        V("Attack", opt=True, place=["qatrana"]),
        V("Arrest", agent=["gid"], place=["salt"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-10-16, Monday)
DOCS.append(dict(
    id="t53-so-mogadishu", published="2017-10-16",
    text="""مقديشو - (رويترز):

ارتفعت حصيلة التفجير الذي هز تقاطعا مزدحما في العاصمة الصومالية مقديشو، السبت، إلى 276 قتيلا وأكثر من 300 جريح، وفق ما أعلن حسن عبدي نور، أمس الأحد.

وقال عبد القادر
حاجي محمد، وهو ضابط في وكالة الاستخبارات والأمن الوطني، إن شاحنة محملة بمئات الكيلوغرامات من المتفجرات انفجرت قرب فندق مكتظ، مرجحا أن تكون حركة الشباب المرتبطة بتنظيم القاعدة وراء الهجوم رغم عدم تبنيها له.

وأعلن محمد عبد الله فرماجو الحداد ثلاثة أيام، ودعا المواطنين إلى التبرع بالدم، فيما نقلت إذاعة «شبيلي» عن شهود أن مستشفيات المدينة «غصت بالجثث».

وأعلنت وزارة الخارجية التركية إرسال طائرة عسكرية لنقل الجرحى إلى أنقرة، وقال أحمد
ورسمه، المسؤول في الهلال الأحمر الصومالي، إن «فرق الإنقاذ ما زالت تنتشل الجثث».""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "المدينة"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("noor", "Person", ["حسن عبدي نور"], "Hassan Abdi Noor"),
        E("mohamed", "Person", ["عبد القادر حاجي محمد"], "Abdulkadir Haji Mohamed"),
        E("nisa", "Organization", ["وكالة الاستخبارات والأمن الوطني"], "NISA", sub="GovernmentBody"),
        E("shabab", "Organization", ["حركة الشباب"], "al-Shabaab", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("shabelle", "Organization", ["إذاعة «شبيلي»", "شبيلي"], "Radio Shabelle", sub="MediaOrganization"),
        E("mofatr", "Organization", ["وزارة الخارجية التركية"], "Turkish Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City"),
        E("warsame", "Person", ["أحمد ورسمه"], "Ahmed Warsame"),
        E("src", "Organization", ["الهلال الأحمر الصومالي"], "Somali Red Crescent"),
    ],
    relations=[
        R("memberOf", "mohamed", "nisa"),
        R("affiliatedWith", "shabab", "aq"),
        R("memberOf", "warsame", "src"),
    ],
    events=[
        V("Attack", place=["mogadishu"], date="2017-10-14", trigger="التفجير"),
        V("Killing", place=["mogadishu"], date="2017-10-14"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2018-01-29, Monday)
DOCS.append(dict(
    id="t53-af-kabul", published="2018-01-29",
    text="""كابول - (أ ف ب):

أعلنت وزارة الداخلية الأفغانية، أمس الأحد، ارتفاع حصيلة التفجير الذي نفذه انتحاري بسيارة إسعاف مفخخة، السبت، في شارع مزدحم وسط كابول إلى 103 قتلى، وهو الهجوم الذي تبنته حركة طالبان.

وقال ذبيح الله مجاهد في رسالة إلى الصحافيين إن الهجوم استهدف «مقرا للشرطة»، فيما أوضح فريد أحمد زي، المتحدث باسم الوزارة، أن المهاجم عبر حاجزا أمنيا بادعاء نقل مريض إلى المستشفى.

وذكرت مديرية الأمن الوطني أنها اعتقلت أربعة أشخاص في ولاية ننجرهار يشتبه في تقديمهم الدعم لشبكة حقاني، فيما قال وحيد الله
ستانكزي لوكالة «باجهوك» إن «الحكومة فقدت السيطرة على العاصمة».

من جهتها، نفت وزارة الخارجية الباكستانية اتهامات كابول بإيواء قادة الشبكة، وقال طارق سليم، المتحدث باسم الخارجية، إن إسلام آباد «ضحية للإرهاب».""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", qid="Q5838", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية", "الوزارة"], "Afghan Ministry of Interior",
          sub="GovernmentBody"),
        E("taliban", "Organization", ["حركة طالبان"], "Taliban", sub="ArmedGroup"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("ahmadzai", "Person", ["فريد أحمد زي"], "Farid Ahmadzai"),
        E("nds", "Organization", ["مديرية الأمن الوطني"], "National Directorate of Security", sub="GovernmentBody"),
        E("nangarhar", "Place", ["ولاية ننجرهار"], "Nangarhar", sub="Region"),
        E("haqqani", "Organization", ["شبكة حقاني", "الشبكة"], "Haqqani network", sub="ArmedGroup"),
        E("stanikzai", "Person", ["وحيد الله ستانكزي"], "Wahidullah Stanikzai"),
        E("pajhwok", "Organization", ["وكالة «باجهوك»", "باجهوك"], "Pajhwok", sub="MediaOrganization"),
        E("government", "Organization", ["الحكومة"], "Afghan government", sub="GovernmentBody", opt=True),
        E("mofapk", "Organization", ["وزارة الخارجية الباكستانية", "الخارجية"], "Pakistani Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("saleem", "Person", ["طارق سليم"], "Tariq Saleem"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "ahmadzai", "moi"),
        R("spokespersonOf", "saleem", "mofapk"),
    ],
    events=[
        V("Attack", agent=["taliban"], place=["kabul"], date="2018-01-27"),
        V("Killing", agent=["taliban"], place=["kabul"], date="2018-01-27"),
        V("Arrest", agent=["nds"], place=["nangarhar"]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Sousse (2015-06-28, Sunday)
DOCS.append(dict(
    id="t53-tn-sousse", published="2015-06-28",
    text="""تونس - (رويترز):

قال منجي الرياحي، كاتب الدولة للشؤون الأمنية، أمس السبت، إن منفذ الهجوم على فندق «إمبريال مرحبا» في منطقة القنطاوي بمدينة سوسة تلقى تدريبا في معسكر بليبيا، وإن وزارة الداخلية التونسية أوقفت عددا من المشتبه بهم.

وأعلن الحبيب الصيد إغلاق 80 مسجدا «خارجة عن سيطرة الدولة»، فيما تبنى تنظيم الدولة الإسلامية الهجوم الذي أودى، الجمعة، بحياة 38 سائحا، معظمهم بريطانيون.

ونقلت إذاعة «موزاييك إف إم» عن سفيان
بن حميدة، وهو عامل في الفندق، أن المهاجم «كان يبتسم وهو يطلق النار». وقال بن حميدة إن العمال شكلوا سلسلة بشرية لمنع المهاجم من دخول المطبخ.

وذكرت وزارة الخارجية البريطانية أن فريقا من شرطة سكوتلاند يارد وصل إلى سوسة، فيما قال الهادي الزغلامي لوكالة تونس إفريقيا للأنباء إن «الضربة موجعة لقطاع السياحة».""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City", opt=True),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("riahi", "Person", ["منجي الرياحي"], "Mongi al-Riahi"),
        E("kantaoui", "Place", ["منطقة القنطاوي"], "Port El Kantaoui", sub="City"),
        E("sousse", "Place", ["مدينة سوسة", "سوسة"], "Sousse", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Tunisian Ministry of Interior", sub="GovernmentBody"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mosaique", "Organization", ["إذاعة «موزاييك إف إم»", "موزاييك إف إم"], "Mosaïque FM",
          sub="MediaOrganization"),
        E("benhamida", "Person", ["سفيان بن حميدة", "بن حميدة"], "Sofiane Ben Hamida"),
        E("mofauk", "Organization", ["وزارة الخارجية البريطانية"], "Foreign Office", sub="GovernmentBody"),
        E("yard", "Organization", ["شرطة سكوتلاند يارد", "سكوتلاند يارد"], "Scotland Yard", sub="GovernmentBody"),
        E("zoghlami", "Person", ["الهادي الزغلامي"], "Hedi Zoghlami"),
        E("tap", "Organization", ["وكالة تونس إفريقيا للأنباء"], "TAP", sub="MediaOrganization"),
    ],
    relations=[
        R("locatedIn", "kantaoui", "sousse"),
    ],
    events=[
        V("Attack", agent=["is"], place=[["kantaoui", "sousse"]], date="2015-06-26"),
        V("Killing", agent=["is"], place=[["kantaoui", "sousse"]], date="2015-06-26"),
        V("Arrest", opt=True, agent=["moi"]),
    ],
))

# ---------------------------------------------------------------- Kuwait, al-Sawaber (2015-06-30, Tuesday)
DOCS.append(dict(
    id="t53-kw-sawaber", published="2015-06-30",
    text="""الكويت - (د ب أ):

أحالت النيابة العامة الكويتية، اليوم الثلاثاء، 29 متهما إلى القضاء في قضية تفجير مسجد الإمام الصادق في منطقة الصوابر، الذي أودى الجمعة الماضية بحياة 27 مصليا وتبناه فرع تنظيم الدولة الإسلامية المسمى «ولاية نجد».

وأعلنت وزارة الداخلية الكويتية أن بين الموقوفين سائق السيارة التي أقلت الانتحاري، ويدعى ماجد فالح
الرشيدي، وأنه اعتقل في منطقة الرقة بمحافظة الأحمدي.

ونقلت وكالة الأنباء الكويتية عن صباح الأحمد الجابر الصباح قوله خلال تفقده موقع التفجير إن «هؤلاء عيالي».

في الرياض، أكد منصور التركي أن الانتحاري، وهو سعودي الجنسية، غادر المملكة من مدينة الدمام جوا صباح يوم الهجوم، وأضاف التركي أن وزارة الداخلية السعودية تنسق مع نظيرتها الكويتية. وقالت أمل
الفضلي لصحيفة «القبس» إن «الوحدة الوطنية أفشلت هدف التفجير».""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait City", sub="City", opt=True),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("prosecution", "Organization", ["النيابة العامة الكويتية"], "Kuwaiti Public Prosecution",
          sub="GovernmentBody"),
        E("sawaber", "Place", ["منطقة الصوابر"], "al-Sawaber", sub="City"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("najd", "Organization", ["ولاية نجد"], "Najd Province", sub="ArmedGroup"),
        E("moi", "Organization", ["وزارة الداخلية الكويتية"], "Kuwaiti Ministry of Interior", sub="GovernmentBody"),
        E("rashidi", "Person", ["ماجد فالح الرشيدي"], "Majed Faleh al-Rashidi"),
        E("riqqa", "Place", ["منطقة الرقة"], "al-Riqqa (Kuwait)", sub="City"),
        E("ahmadi", "Place", ["محافظة الأحمدي"], "Al Ahmadi Governorate", sub="Region"),
        E("kuna", "Organization", ["وكالة الأنباء الكويتية"], "KUNA", sub="MediaOrganization"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("turki", "Person", ["منصور التركي", "التركي"], "Mansour al-Turki"),
        E("saudi", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country", opt=True),
        E("dammam", "Place", ["مدينة الدمام"], "Dammam", sub="City"),
        E("moisa", "Organization", ["وزارة الداخلية السعودية"], "Saudi Ministry of Interior", sub="GovernmentBody"),
        E("fadhli", "Person", ["أمل الفضلي"], "Amal al-Fadhli"),
        E("qabas", "Organization", ["صحيفة «القبس»", "القبس"], "Al-Qabas", sub="MediaOrganization"),
    ],
    relations=[
        R("partOf", "najd", "is"),
        R("locatedIn", "riqqa", "ahmadi"),
    ],
    events=[
        V("Attack", agent=["najd"], place=["sawaber"], date="2015-06-26", trigger="تفجير"),
        V("Killing", agent=["najd"], place=["sawaber"], date="2015-06-26"),
        V("Arrest", agent=["moi"], target=["rashidi"], place=[["riqqa", "ahmadi"]]),
    ],
))

# ---------------------------------------------------------------- Mali, Bamako (2015-11-21, Saturday)
DOCS.append(dict(
    id="t53-ml-bamako", published="2015-11-21",
    text="""باماكو - (رويترز):

أعلن إبراهيم بوبكر كيتا، اليوم السبت، حالة الطوارئ لمدة عشرة أيام والحداد ثلاثة أيام، غداة هجوم مسلحين على فندق «راديسون بلو» في العاصمة المالية أسفر عن مقتل 20 شخصا بينهم أجانب، قبل أن تقتحمه قوات خاصة مالية وفرنسية.

وتبنت جماعة «المرابطون» بقيادة مختار بلمختار الهجوم بالاشتراك مع تنظيم القاعدة في بلاد المغرب الإسلامي، في تسجيل صوتي بثته قناة «الجزيرة»، وقال متحدث باسم الجماعة إن العملية «رد على العدوان الفرنسي على شمال مالي».

وأوضح مامادو
كوليبالي، وهو موظف استقبال في الفندق، أن المهاجمين «كانوا يتحدثون الإنجليزية». وأكد كوليبالي أن بعض النزلاء نجوا بعد أن رددوا آيات من القرآن.

وفي باريس، قال جان إيف لودريان إن نحو 40 عنصرا من القوات الخاصة الفرنسية شاركوا في العملية، فيما أعلنت وزارة الخارجية الصينية مقتل ثلاثة من مواطنيها.""",
    entities=[
        E("bamako", "Place", ["باماكو", "العاصمة المالية"], "Bamako", qid="Q3703", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("keita", "Person", ["إبراهيم بوبكر كيتا"], "Ibrahim Boubacar Keïta"),
        E("mourabitoun", "Organization", ["جماعة «المرابطون»", "المرابطون", "الجماعة"], "Al-Mourabitoun",
          sub="ArmedGroup"),
        E("belmokhtar", "Person", ["مختار بلمختار"], "Mokhtar Belmokhtar"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "AQIM", sub="ArmedGroup"),
        E("jazeera", "Organization", ["قناة «الجزيرة»", "الجزيرة"], "Al Jazeera", sub="MediaOrganization"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("coulibaly", "Person", ["مامادو كوليبالي", "كوليبالي"], "Mamadou Coulibaly"),
        E("paris", "Place", ["باريس"], "Paris", qid="Q90", sub="City"),
        E("ledrian", "Person", ["جان إيف لودريان"], "Jean-Yves Le Drian"),
        E("mofacn", "Organization", ["وزارة الخارجية الصينية"], "Chinese Ministry of Foreign Affairs",
          sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "belmokhtar", "mourabitoun"),
    ],
    events=[
        V("Attack", agent=["mourabitoun"], place=["bamako"], date="2015-11-20"),
        V("Killing", agent=["mourabitoun"], place=["bamako"], date="2015-11-20"),
        V("MilitaryOperation", opt=True, place=["bamako"], date="2015-11-20"),
    ],
))
