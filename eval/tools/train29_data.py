"""Hand annotations of the twenty-ninth training set (see eval/train29/README.md).

The check set written beside train28: the same kinds of entities (minor persons named with no title,
after verbs of speech, in lists and as the subject of a verb, kunyas and nisbas, family names alone,
a name broken by a line break, clitics on names, generic authorities, embassies and ministries by
adjective, organisations named for a place, companies and agencies with transliterated names,
villages, camps, crossings, airports, mountains and rivers, tribes, brigades, parties and councils)
in other countries and wordings. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Sudan, Darfur (2016-01-19, Tuesday)
DOCS.append(dict(
    id="t29-sd-jebelmarra", published="2016-01-19",
    text="""الخرطوم - (أ ف ب):

اتهمت حركة تحرير السودان - جناح عبد الواحد نور، أمس الاثنين، القوات المسلحة السودانية وميليشيا الدعم السريع بمهاجمة قرى في منطقة جبل مرة بولاية وسط دارفور، ما أدى إلى نزوح آلاف المدنيين نحو مخيم كلمة قرب مدينة نيالا.

وقال المتحدث باسم الحركة نمر عبد الرحمن إن الطائرات الحكومية قصفت قريتي قولو وفنقا، وقتلت تسعة أشخاص بينهم ثلاث نساء. وأضاف عبد الرحمن أن مقاتلي الحركة «أسقطوا طائرة مروحية» قرب وادي باري.

في المقابل، نفى المتحدث باسم الجيش العقيد الصوارمي خالد سعد تلك الاتهامات. وقال يعقوب آدم إسحق، وهو شيخ من قبيلة الفور يقيم في المخيم، إن «الناس يصلون بلا طعام ولا دواء».

من جهتها، أعربت بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور (يوناميد) عن قلقها، فيما طالبت السفارة البريطانية في الخرطوم بوقف القتال.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("slm", "Organization", ["حركة تحرير السودان - جناح عبد الواحد نور", "حركة تحرير السودان", "الحركة"],
          "Sudan Liberation Movement (Abdul Wahid)", sub="ArmedGroup"),
        E("saf", "Organization", ["القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("rsf", "Organization", ["ميليشيا الدعم السريع", "الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("jebelmarra", "Place", ["منطقة جبل مرة", "جبل مرة"], "Jebel Marra", sub="Region"),
        E("centraldarfur", "Place", ["ولاية وسط دارفور"], "Central Darfur", sub="Region"),
        E("kalma", "Place", ["مخيم كلمة", "المخيم"], "Kalma camp", sub="City"),
        E("nyala", "Place", ["مدينة نيالا"], "Nyala", sub="City"),
        E("nimr", "Person", ["نمر عبد الرحمن", "عبد الرحمن"], "Nimr Abdel Rahman"),
        E("golo", "Place", ["قولو"], "Golo", sub="City"),
        E("fanga", "Place", ["فنقا"], "Fanga", sub="City"),
        E("bari", "Place", ["وادي باري"], "Wadi Bari", sub="Region"),
        E("sawarmi", "Person", ["الصوارمي خالد سعد"], "al-Sawarmi Khalid Saad"),
        E("ishaq", "Person", ["يعقوب آدم إسحق"], "Yaqub Adam Ishaq"),
        E("fur", "Organization", ["قبيلة الفور"], "Fur tribe"),
        E("unamid", "Organization", ["بعثة الأمم المتحدة والاتحاد الأفريقي في دارفور", "يوناميد"], "UNAMID"),
        E("embassy", "Organization", ["السفارة البريطانية"], "British Embassy in Khartoum"),
    ],
    relations=[
        R("locatedIn", "jebelmarra", "centraldarfur"),
        R("locatedIn", "kalma", "nyala"),
        R("spokespersonOf", "nimr", "slm"),
        R("spokespersonOf", "sawarmi", "saf"),
        R("memberOf", "ishaq", "fur"),
    ],
    events=[
        V("Attack", agent=["saf", "rsf"], place=[["jebelmarra", "centraldarfur"]], trigger="بمهاجمة"),
        V("Strike", agent=["saf"], place=["golo", "fanga"], trigger="قصفت"),
        V("Killing", agent=["saf"], place=["golo", "fanga"], trigger="قتلت"),
        V("Attack", opt=True, agent=["slm"], target=["saf"], place=["bari"]),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2015-02-10, Tuesday)
DOCS.append(dict(
    id="t29-ng-gombe", published="2015-02-10",
    text="""كانو - (رويترز):

قال مسؤولون إن مسلحين يشتبه بانتمائهم إلى جماعة بوكو حرام هاجموا، فجر أمس الاثنين، سوقا في بلدة بيو بولاية بورنو شمال شرقي نيجيريا، وأحرقوا عشرات المتاجر.

وأوضح إبراهيم أبوبكر، وهو تاجر نجا من الهجوم، أن المهاجمين وصلوا على دراجات نارية وهم يهتفون، وقال زميله موسى دانجوما إن «أكثر من عشرة» قتلوا. وأكد مسؤول في الحكومة المحلية يدعى بولاما كاشيم أن الجيش النيجيري استعاد السيطرة على البلدة مساء.

وفي مايدوغوري، أعلن الناطق باسم الشرطة جديون جوبريل اعتقال امرأتين كانتا تحملان أحزمة ناسفة قرب مخيم دالوري للنازحين. من جهتها، قالت لجنة الانتخابات الوطنية المستقلة إنها قد تؤجل الاقتراع في بعض ولايات الشمال الشرقي، فيما دعا حزب الشعب الديمقراطي الحاكم إلى الهدوء.

ونقلت صحيفة «فانغارد» عن محمدو بوهاري، مرشح حزب مؤتمر التقدميين، أن «الأمن سيكون أولويته».""",
    entities=[
        E("kano", "Place", ["كانو"], "Kano", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("bh", "Organization", ["جماعة بوكو حرام", "بوكو حرام"], "Boko Haram", sub="ArmedGroup"),
        E("biu", "Place", ["بلدة بيو", "البلدة"], "Biu", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("abubakar", "Person", ["إبراهيم أبوبكر"], "Ibrahim Abubakar"),
        E("danjuma", "Person", ["موسى دانجوما"], "Musa Danjuma"),
        E("kashim", "Person", ["بولاما كاشيم"], "Bulama Kashim"),
        E("army", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("jubril", "Person", ["جديون جوبريل"], "Gideon Jubrin"),
        E("police", "Organization", ["الشرطة"], "Nigeria Police Force", sub="ArmedForce", opt=True),
        E("dalori", "Place", ["مخيم دالوري"], "Dalori camp", sub="City"),
        E("inec", "Organization", ["لجنة الانتخابات الوطنية المستقلة"], "INEC", sub="GovernmentBody"),
        E("pdp", "Organization", ["حزب الشعب الديمقراطي"], "Peoples Democratic Party", sub="PoliticalOrganization"),
        E("vanguard", "Organization", ["صحيفة «فانغارد»", "فانغارد"], "Vanguard", sub="MediaOrganization"),
        E("buhari", "Person", ["محمدو بوهاري"], "Muhammadu Buhari"),
        E("apc", "Organization", ["حزب مؤتمر التقدميين"], "All Progressives Congress", sub="PoliticalOrganization"),
    ],
    relations=[
        R("locatedIn", "biu", "borno"),
        R("locatedIn", "borno", "nigeria"),
        R("spokespersonOf", "jubril", "police"),
        R("memberOf", "buhari", "apc"),
    ],
    events=[
        V("Attack", agent=["bh"], place=[["biu", "borno", "nigeria"]], date="2015-02-09", trigger="هاجموا"),
        V("Killing", opt=True, agent=["bh"], place=["biu"]),
        V("MilitaryOperation", opt=True, agent=["army"], place=["biu"]),
        V("Arrest", agent=["police"], place=[["dalori", "maiduguri"]], trigger="اعتقال"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta (2017-08-13, Sunday)
DOCS.append(dict(
    id="t29-pk-quetta", published="2017-08-13",
    text="""كويتا - (د ب أ):

قتل 15 شخصا، بينهم ثمانية جنود، مساء أمس السبت، في تفجير انتحاري استهدف شاحنة عسكرية قرب ملعب في حي بيشين ستوب بمدينة كويتا، عاصمة إقليم بلوشستان جنوب غربي باكستان.

وقال وزير داخلية الإقليم سرفراز بوقتي إن الانتحاري كان يقود دراجة نارية. وأوضح عبد الرزاق
كاكر، وهو صاحب محل قريب، أن الانفجار «حطم كل النوافذ»، بينما قال شقيقه نصيب الله كاكر إن الجرحى نقلوا إلى مستشفى كويتا المدني.

وتبنى تنظيم الدولة الإسلامية الهجوم عبر وكالة «أعماق». من جهته، قال متحدث باسم جيش تحرير بلوشستان إن الجماعة «لا علاقة لها» بالتفجير.

وفي إسلام آباد، أعلنت إدارة العلاقات العامة للجيش الباكستاني أن قوات حرس الحدود اعتقلت أربعة مشتبه بهم قرب معبر تشامان على الحدود مع أفغانستان.""",
    entities=[
        E("quetta", "Place", ["كويتا", "مدينة كويتا"], "Quetta", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("pishin", "Place", ["حي بيشين ستوب"], "Pishin Stop", sub="City"),
        E("balochistan", "Place", ["إقليم بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("bugti", "Person", ["سرفراز بوقتي"], "Sarfraz Bugti"),
        E("kakar", "Person", ["عبد الرزاق كاكر"], "Abdul Razzaq Kakar"),
        E("naseeb", "Person", ["نصيب الله كاكر"], "Naseebullah Kakar"),
        E("hospital", "Place", ["مستشفى كويتا المدني"], "Civil Hospital Quetta"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("bla", "Organization", ["جيش تحرير بلوشستان", "الجماعة"], "Balochistan Liberation Army", sub="ArmedGroup"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("ispr", "Organization", ["إدارة العلاقات العامة للجيش الباكستاني"], "ISPR", sub="ArmedForce"),
        E("fc", "Organization", ["قوات حرس الحدود"], "Frontier Corps", sub="ArmedForce"),
        E("chaman", "Place", ["معبر تشامان"], "Chaman border crossing"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
    ],
    relations=[
        R("locatedIn", "pishin", "quetta"),
        R("locatedIn", "quetta", "balochistan"),
        R("locatedIn", "balochistan", "pakistan"),
        R("positionIn", "bugti", "balochistan"),
    ],
    events=[
        V("Attack", agent=["is"], place=[["pishin", "quetta"]], date="2017-08-12", trigger="تفجير"),
        V("Killing", agent=["is"], place=[["pishin", "quetta"]], date="2017-08-12", trigger="قتل"),
        V("Arrest", agent=["fc"], place=["chaman"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Iran, Ahvaz (2018-09-23, Sunday)
DOCS.append(dict(
    id="t29-ir-ahvaz", published="2018-09-23",
    text="""طهران - (وكالات):

شيعت مدينة الأهواز، اليوم الأحد، ضحايا الهجوم الذي استهدف أمس عرضا عسكريا للحرس الثوري في شارع القدس، وأسفر عن مقتل 25 شخصا، بينهم طفل في الرابعة من عمره.

وقال المتحدث باسم الحرس العميد رمضان شريف إن المهاجمين الأربعة «تلقوا تدريبا في دولة خليجية». وأوضح علي رضا دهقاني، وهو موظف حكومي شارك في العرض، أن إطلاق النار استمر نحو عشر دقائق، وأضاف دهقاني أن عناصر الباسيج ردوا على المهاجمين.

وتبنت «حركة النضال العربي لتحرير الأحواز» الهجوم، كما تبناه تنظيم داعش عبر وكالة «أعماق». واستدعت وزارة الخارجية الإيرانية سفراء الدنمارك وهولندا وبريطانيا، فيما قال المرشد الأعلى علي خامنئي إن «الرد سيكون حاسما».

وذكرت وكالة «فارس» أن قوات الأمن اعتقلت 22 شخصا في محافظة خوزستان على صلة بالهجوم.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", sub="City"),
        E("ahvaz", "Place", ["مدينة الأهواز"], "Ahvaz", sub="City"),
        E("irgc", "Organization", ["الحرس الثوري", "الحرس"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("qudsst", "Place", ["شارع القدس"], "Quds Street", opt=True),
        E("sharif", "Person", ["رمضان شريف"], "Ramezan Sharif"),
        E("dehghani", "Person", ["علي رضا دهقاني", "دهقاني"], "Alireza Dehghani"),
        E("basij", "Organization", ["الباسيج"], "Basij", sub="ArmedForce"),
        E("asmla", "Organization", ["حركة النضال العربي لتحرير الأحواز"], "ASMLA", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("mofa", "Organization", ["وزارة الخارجية الإيرانية"], "Iranian Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("denmark", "Place", ["الدنمارك"], "Denmark", sub="Country"),
        E("netherlands", "Place", ["هولندا"], "Netherlands", sub="Country"),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", sub="Country"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei"),
        E("fars", "Organization", ["وكالة «فارس»", "فارس"], "Fars News Agency", sub="MediaOrganization"),
        E("sec", "Organization", ["قوات الأمن"], "Iranian security forces", sub="ArmedForce", opt=True),
        E("khuzestan", "Place", ["محافظة خوزستان"], "Khuzestan Province", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "sharif", "irgc"),
        R("partOf", "basij", "irgc", opt=True),
    ],
    events=[
        V("Attack", agent=["asmla", "is"], target=["irgc"], place=[["qudsst", "ahvaz"]], date="2018-09-22",
          trigger="الهجوم"),
        V("Killing", agent=["asmla", "is"], place=[["qudsst", "ahvaz"]], date="2018-09-22", trigger="مقتل"),
        V("Arrest", agent=["sec"], place=["khuzestan"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Kuwait (2015-06-28, Sunday)
DOCS.append(dict(
    id="t29-kw-sawaber", published="2015-06-28",
    text="""الكويت - (كونا):

أعلنت وزارة الداخلية الكويتية، اليوم الأحد، اعتقال سائق السيارة التي أقلت منفذ التفجير الانتحاري في مسجد الإمام الصادق بمنطقة الصوابر، ويدعى عبد الرحمن صباح عيدان، وهو من فئة «البدون».

وقال مصدر أمني إن الانتحاري سعودي الجنسية يدعى فهد سليمان القباع، ووصل إلى مطار الكويت الدولي فجر الجمعة قادما من البحرين. وأوضح خالد الجار الله، وكيل وزارة الخارجية، أن التنسيق «مستمر» مع السلطات السعودية والبحرينية.

وتبنى تنظيم «ولاية نجد» التابع لداعش الهجوم الذي أسفر عن مقتل 27 مصليا. وقال جاسم الكندري، أحد المصلين، إن «الانفجار وقع أثناء السجود»، فيما أكد صديقه حسين
المطيري أن أهالي المنطقة نقلوا الجرحى قبل وصول الإسعاف.

وزار أمير الكويت الشيخ صباح الأحمد الجابر الصباح موقع التفجير بعد دقائق من وقوعه.""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country"),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية"], "Kuwaiti Ministry of Interior", sub="GovernmentBody"),
        E("mosque", "Place", ["مسجد الإمام الصادق"], "Imam al-Sadiq Mosque"),
        E("sawaber", "Place", ["منطقة الصوابر", "المنطقة"], "al-Sawaber", sub="City"),
        E("eidan", "Person", ["عبد الرحمن صباح عيدان"], "Abdulrahman Sabah Eidan"),
        E("qabbaa", "Person", ["فهد سليمان القباع"], "Fahd Suleiman al-Qabbaa"),
        E("airport", "Place", ["مطار الكويت الدولي"], "Kuwait International Airport"),
        E("bahrain", "Place", ["البحرين"], "Bahrain", sub="Country"),
        E("jarallah", "Person", ["خالد الجار الله"], "Khaled al-Jarallah"),
        E("mofa", "Organization", ["وزارة الخارجية"], "Kuwaiti Ministry of Foreign Affairs", sub="GovernmentBody"),
        E("saudiauth", "Organization", ["السلطات السعودية"], "Saudi authorities", sub="GovernmentBody"),
        E("najd", "Organization", ["ولاية نجد"], "Najd Province", sub="ArmedGroup"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("kandari", "Person", ["جاسم الكندري"], "Jasem al-Kandari"),
        E("mutairi", "Person", ["حسين المطيري"], "Hussein al-Mutairi"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
    ],
    relations=[
        R("locatedIn", "mosque", "sawaber"),
        R("positionIn", "jarallah", "mofa"),
        R("partOf", "najd", "is"),
        R("leaderOf", "sabah", "kuwait"),
    ],
    events=[
        V("Arrest", agent=["moi"], target=["eidan"], trigger="اعتقال"),
        V("Attack", agent=["najd"], target=["mosque"], place=[["mosque", "sawaber"]], trigger="التفجير"),
        V("Killing", agent=["najd"], place=[["mosque", "sawaber"]], trigger="مقتل"),
        V("Visit", opt=True, agent=["sabah"], place=["mosque", "sawaber"]),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ben Guerdane (2016-03-08, Tuesday)
DOCS.append(dict(
    id="t29-tn-benguerdane", published="2016-03-08",
    text="""تونس - (رويترز):

واصلت وحدات الجيش والحرس الوطني، اليوم الثلاثاء، ملاحقة عناصر متشددة في مدينة بن قردان جنوب شرقي تونس، غداة هجوم استهدف ثكنة عسكرية ومركزي شرطة وحرس، وأسفر عن مقتل 36 مسلحا و12 من قوات الأمن.

وقال الناطق باسم وزارة الداخلية ياسر مصباح إن الوحدات الأمنية قتلت أمس خمسة مسلحين آخرين في حي العامرية واعتقلت سبعة. وأوضح المنجي بن سالم، وهو بائع في السوق، أن المهاجمين «كانوا ينادون السكان بأسمائهم»، فيما قال جاره الهادي الجلاصي إن أحدهم «من أبناء البلدة».

وقالت السلطات التونسية إنها أغلقت معبر رأس جدير مع ليبيا، بينما دعا حزب نداء تونس والاتحاد العام التونسي للشغل إلى «الوحدة الوطنية». ونقلت إذاعة «شمس أف أم» عن الطبيب نور الدين الشريف من مستشفى بن قردان أن الجرحى نقلوا إلى مدينة مدنين.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("garde", "Organization", ["الحرس الوطني"], "National Guard", sub="ArmedForce"),
        E("bg", "Place", ["مدينة بن قردان", "البلدة"], "Ben Guerdane", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية"], "Tunisian Ministry of Interior", sub="GovernmentBody"),
        E("misbah", "Person", ["ياسر مصباح"], "Yasser Misbah"),
        E("amria", "Place", ["حي العامرية"], "al-Amria", sub="City"),
        E("bensalem", "Person", ["المنجي بن سالم"], "Moncef Ben Salem"),
        E("jlassi", "Person", ["الهادي الجلاصي"], "Hedi Jlassi"),
        E("auth", "Organization", ["السلطات التونسية"], "Tunisian authorities", sub="GovernmentBody"),
        E("rasjedir", "Place", ["معبر رأس جدير"], "Ras Ajdir border crossing"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("nidaa", "Organization", ["حزب نداء تونس"], "Nidaa Tounes", sub="PoliticalOrganization"),
        E("ugtt", "Organization", ["الاتحاد العام التونسي للشغل"], "UGTT"),
        E("shems", "Organization", ["إذاعة «شمس أف أم»", "شمس أف أم"], "Shems FM", sub="MediaOrganization"),
        E("cherif", "Person", ["نور الدين الشريف"], "Noureddine Cherif"),
        E("hospital", "Place", ["مستشفى بن قردان"], "Ben Guerdane hospital"),
        E("medenine", "Place", ["مدينة مدنين"], "Medenine", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "misbah", "moi"),
        R("partOf", "garde", "moi", opt=True),
    ],
    events=[
        V("Attack", place=["bg"], target=["army", "garde"], date="2016-03-07", trigger="هجوم"),
        V("Killing", place=["bg"], date="2016-03-07", trigger="مقتل"),
        V("Killing", agent=["moi"], place=["amria"], date="2016-03-07", trigger="قتلت"),
        V("Arrest", agent=["moi"], place=["amria"], trigger="اعتقلت"),
        V("MilitaryOperation", opt=True, agent=["army", "garde"], place=["bg"]),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-19, Monday)
DOCS.append(dict(
    id="t29-jo-karak", published="2016-12-19",
    text="""عمان - (بترا):

قالت مديرية الأمن العام الأردنية، اليوم الاثنين، إن قواتها أنهت عملية أمنية في قلعة الكرك بعد مقتل أربعة مسلحين تحصنوا فيها، إثر هجوم أسفر أمس عن مقتل عشرة أشخاص بينهم سائحة كندية.

وقال الناطق باسم المديرية المقدم عامر السرطاوي إن المسلحين هاجموا دورية للشرطة في بلدة القطرانة قبل أن يفروا إلى القلعة. وأوضح محمد عودة الطراونة، وهو من أبناء عشيرة الطراونة، أن «أهالي المدينة وقفوا إلى جانب الأجهزة الأمنية».

وفي السياق، أعلنت دائرة المخابرات العامة اعتقال خمسة أشخاص في مخيم البقعة وفي لواء الهاشمية بمحافظة الزرقاء. ونفى حزب جبهة العمل الإسلامي أي صلة لأعضائه بالهجوم، فيما قال سليمان العبادي، أحد سكان الكرك، إن «الطريق إلى المدينة أغلق حتى الفجر».

وأدانت السفارة الكندية في عمان الهجوم، كما أدانته الأمم المتحدة.""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("psd", "Organization", ["مديرية الأمن العام الأردنية", "المديرية"], "Public Security Directorate",
          sub="GovernmentBody"),
        E("castle", "Place", ["قلعة الكرك", "القلعة"], "Karak Castle"),
        E("sartawi", "Person", ["عامر السرطاوي"], "Amer al-Sartawi"),
        E("qatrana", "Place", ["بلدة القطرانة"], "al-Qatrana", sub="City"),
        E("tarawneh", "Person", ["محمد عودة الطراونة"], "Mohammed Odeh al-Tarawneh"),
        E("clan", "Organization", ["عشيرة الطراونة"], "Tarawneh clan"),
        E("karak", "Place", ["الكرك", "المدينة"], "Karak", sub="City"),
        E("sec", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", sub="GovernmentBody", opt=True),
        E("gid", "Organization", ["دائرة المخابرات العامة"], "General Intelligence Directorate", sub="GovernmentBody"),
        E("baqaa", "Place", ["مخيم البقعة"], "Baqa'a camp", sub="City"),
        E("hashimiya", "Place", ["لواء الهاشمية"], "Hashimiya District", sub="City"),
        E("zarqa", "Place", ["محافظة الزرقاء"], "Zarqa Governorate", sub="Region"),
        E("iaf", "Organization", ["حزب جبهة العمل الإسلامي"], "Islamic Action Front", sub="PoliticalOrganization"),
        E("abbadi", "Person", ["سليمان العبادي"], "Suleiman al-Abbadi"),
        E("embassy", "Organization", ["السفارة الكندية"], "Embassy of Canada in Amman"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("spokespersonOf", "sartawi", "psd"),
        R("memberOf", "tarawneh", "clan"),
        R("locatedIn", "hashimiya", "zarqa"),
        R("locatedIn", "castle", "karak", opt=True),
    ],
    events=[
        V("MilitaryOperation", agent=["psd"], place=[["castle", "karak"]], trigger="عملية"),
        V("Killing", opt=True, agent=["psd"], place=[["castle", "karak"]]),
        V("Attack", target=["psd"], place=["qatrana"], date="2016-12-18", trigger="هاجموا"),
        V("Killing", place=[["castle", "karak", "qatrana"]], date="2016-12-18", trigger="مقتل"),
        V("Arrest", agent=["gid"], place=["baqaa", ["hashimiya", "zarqa"]], trigger="اعتقال"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2019-04-16, Tuesday)
DOCS.append(dict(
    id="t29-sy-idlib", published="2019-04-16",
    text="""إدلب - (الأناضول):

قال الدفاع المدني السوري إن أربعة مدنيين قتلوا، أمس الاثنين، في قصف مدفعي لقوات النظام على بلدة خان شيخون جنوبي إدلب، رغم اتفاق خفض التصعيد الذي توصلت إليه تركيا وروسيا في سوتشي.

وأوضح مصطفى الحاج يوسف، مدير الدفاع المدني في المحافظة، أن فرق الإنقاذ انتشلت جثث ثلاثة أطفال من تحت الأنقاض. وقال أبو عمر الحموي، وهو قيادي في «جيش العزة»، إن فصيله رد بقصف مواقع للنظام في بلدة محردة بريف حماة.

من جانبها، قالت «هيئة تحرير الشام» إن مقاتليها صدوا محاولة تقدم على محور تل ملح، فيما ذكرت وكالة «سبوتنيك» الروسية أن طائرات مسيرة أطلقت من إدلب استهدفت قاعدة حميميم الجوية في ريف اللاذقية.

وفي معرة النعمان، تظاهر مئات للمطالبة بطرد «الهيئة» من المدينة، وقال أحد المنظمين، ويدعى ياسين العبود، إن «الناس تعبوا».""",
    entities=[
        E("idlib", "Place", ["إدلب", "المحافظة"], "Idlib", sub="Region"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("wh", "Organization", ["الدفاع المدني السوري", "الدفاع المدني"], "Syrian Civil Defence"),
        E("regime", "Organization", ["قوات النظام", "النظام"], "Syrian government forces", sub="ArmedForce"),
        E("khs", "Place", ["بلدة خان شيخون"], "Khan Shaykhun", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("russia", "Place", ["روسيا"], "Russia", sub="Country", alt=["Organization"]),
        E("sochi", "Place", ["سوتشي"], "Sochi", sub="City"),
        E("yousef", "Person", ["مصطفى الحاج يوسف"], "Mustafa al-Hajj Yousef"),
        E("hamawi", "Person", ["أبو عمر الحموي"], "Abu Omar al-Hamawi"),
        E("izza", "Organization", ["جيش العزة"], "Jaysh al-Izza", sub="ArmedGroup"),
        E("mhardeh", "Place", ["بلدة محردة"], "Mhardeh", sub="City"),
        E("hama", "Place", ["حماة"], "Hama", sub="Region"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("tellmilh", "Place", ["تل ملح"], "Tell Milh", sub="City"),
        E("sputnik", "Organization", ["وكالة «سبوتنيك»", "سبوتنيك"], "Sputnik", sub="MediaOrganization"),
        E("hmeimim", "Place", ["قاعدة حميميم الجوية"], "Khmeimim Air Base"),
        E("latakia", "Place", ["اللاذقية"], "Latakia", sub="Region"),
        E("maarat", "Place", ["معرة النعمان", "المدينة"], "Maarat al-Numan", sub="City"),
        E("abboud", "Person", ["ياسين العبود"], "Yasin al-Abboud"),
    ],
    relations=[
        R("locatedIn", "khs", "idlib"),
        R("leaderOf", "yousef", "wh"),
        R("memberOf", "hamawi", "izza"),
        R("locatedIn", "mhardeh", "hama"),
        R("locatedIn", "hmeimim", "latakia"),
    ],
    events=[
        V("Strike", agent=["regime"], place=[["khs", "idlib"]], date="2019-04-15", trigger="قصف"),
        V("Killing", agent=["regime"], place=[["khs", "idlib"]], date="2019-04-15", trigger="قتلوا"),
        V("Strike", agent=["izza"], target=["regime"], place=[["mhardeh", "hama"]], trigger="بقصف"),
        V("Attack", opt=True, agent=["regime"], target=["hts"], place=["tellmilh"]),
        V("Strike", place=[["hmeimim", "latakia"]], trigger="استهدفت"),
    ],
))
