"""Hand annotations of the twenty-fifth training set (see eval/train25/README.md).

The check set written beside train24: events in agency copy (agents in another clause or carried
across joined verbs, claims and blame, passives and nouns with the agent after برصاص / على يد,
unknown gunmen, groups and facilities as targets, places and dates in phrases of their own,
meetings and visits as استقبل / التقى / بحث مع / أجرى محادثات / وصل إلى ... في زيارة) in other
countries and wordings. Persons are invented except well-known public figures. Written and
annotated before the extractor was run on it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Sudan, Darfur and Khartoum (2016-10-19, Wednesday)
DOCS.append(dict(
    id="t25-sd-golo", published="2016-10-19",
    text="""الخرطوم - (سونا):

أعلنت قوات الدعم السريع أنها شنت، فجر الأحد، هجوما على معاقل حركة جيش تحرير السودان - جناح عبد الواحد نور في منطقة قولو بجبل مرة وسط دارفور، وكبدتها خسائر فادحة، وأسرت 12 من مقاتليها.

وقال العميد محمد عمر الخير، المتحدث باسم القوات، إن العملية جاءت ردا على كمين نصبه مسلحو الحركة لقافلة تجارية قرب بلدة نيرتتي في الثالث من الشهر الجاري، قتل فيه سائقان.

من جهتها، اتهمت الحركة، على لسان المتحدث باسمها عبد الرحمن الناير، الطيران الحكومي بقصف قرى دربات وكوايا وتربا، ما أدى إلى مقتل طفلين.

وفي الخرطوم، اعتقل جهاز الأمن والمخابرات الوطني، مساء الاثنين، الناشط الحقوقي صلاح أبو القاسم من منزله في حي الصحافة، وفق ما أفادت أسرته.

وفي سياق آخر، بحث النائب الأول للرئيس بكري حسن صالح مع المبعوث الأمريكي الخاص دونالد بوث، في الخرطوم الثلاثاء، مسار عملية السلام في دارفور.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("suna", "Organization", ["سونا"], "SUNA", sub="MediaOrganization", opt=True),
        E("rsf", "Organization", ["قوات الدعم السريع", "القوات"], "Rapid Support Forces", sub="ArmedForce"),
        E("slm", "Organization", ["حركة جيش تحرير السودان - جناح عبد الواحد نور", "حركة جيش تحرير السودان",
                                   "الحركة"], "SLM-AW", sub="ArmedGroup"),
        E("golo", "Place", ["منطقة قولو"], "Golo", sub="City"),
        E("jebelmarra", "Place", ["جبل مرة"], "Jebel Marra", sub="Region"),
        E("darfur", "Place", ["دارفور"], "Darfur", sub="Region"),
        E("khair", "Person", ["محمد عمر الخير"], "Mohamed Omar al-Khair"),
        E("nertiti", "Place", ["بلدة نيرتتي"], "Nertiti", sub="City"),
        E("nair", "Person", ["عبد الرحمن الناير"], "Abdel Rahman al-Nair"),
        E("air", "Organization", ["الطيران الحكومي"], "Sudanese Air Force", sub="ArmedForce", opt=True),
        E("darbat", "Place", ["دربات"], "Darbat", sub="City"),
        E("kwaya", "Place", ["كوايا"], "Kwaya", sub="City"),
        E("turba", "Place", ["تربا"], "Turba", sub="City"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني"], "NISS", sub="GovernmentBody"),
        E("salah", "Person", ["صلاح أبو القاسم"], "Salah Abu al-Qasim"),
        E("sahafa", "Place", ["حي الصحافة"], "al-Sahafa", sub="City"),
        E("bakri", "Person", ["بكري حسن صالح"], "Bakri Hassan Saleh"),
        E("booth", "Person", ["دونالد بوث"], "Donald Booth"),
    ],
    relations=[
        R("spokespersonOf", "khair", "rsf"),
        R("spokespersonOf", "nair", "slm"),
        R("locatedIn", "golo", "jebelmarra"),
        R("locatedIn", "jebelmarra", "darfur"),
        R("locatedIn", "sahafa", "khartoum"),
    ],
    events=[
        V("Attack", agent=["rsf"], target=["slm"], place=[["golo", "jebelmarra", "darfur"]], date="2016-10-16",
          trigger="هجوما"),
        V("Arrest", agent=["rsf"], target=["slm"], place=[["golo", "jebelmarra", "darfur"]], date="2016-10-16",
          trigger="أسرت"),
        V("Attack", agent=["slm"], place=["nertiti"], date="2016-10-03", trigger="كمين"),
        V("Killing", agent=["slm"], place=["nertiti"], date="2016-10-03", trigger="قتل"),
        V("Strike", agent=["air"], place=["darbat", "kwaya", "turba"], trigger="بقصف"),
        V("Killing", agent=["air"], place=[["darbat", "kwaya", "turba"]], trigger="مقتل"),
        V("Arrest", agent=["niss"], target=["salah"], place=[["sahafa", "khartoum"]], date="2016-10-17",
          trigger="اعتقل"),
        V("Meeting", agent=["bakri", "booth"], place=["khartoum"], date="2016-10-18", trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2015-09-15, Tuesday)
DOCS.append(dict(
    id="t25-ng-damboa", published="2015-09-15",
    text="""مايدوغوري - (أ ف ب):

فجرت انتحاريتان نفسيهما، مساء الأحد، في سوق مزدحمة ببلدة دامبوا جنوب غربي مايدوغوري، عاصمة ولاية بورنو، ما أدى إلى مقتل 17 شخصا على الأقل، في هجوم يحمل بصمات جماعة بوكو حرام، بحسب ما قال مسؤول في الشرطة.

وقال باكورا محمد، وهو زعيم محلي في البلدة، إن «الانفجار الأول وقع عند مدخل السوق والثاني بعد دقائق قرب محطة الحافلات».

وكان مسلحو الجماعة قد اقتحموا قرية كوكاوا المجاورة ليل الجمعة، وأحرقوا عشرات المنازل وقتلوا 9 من سكانها، قبل أن يفروا نحو غابة سامبيسا.

في المقابل، أعلن الجيش النيجيري أن قواته حررت 241 امرأة وطفلا كانوا محتجزين لدى بوكو حرام في معسكرات بمنطقة باما، واعتقلت 43 مسلحا، بينهم قائد محلي يدعى موسى علي غوني.

ووصل الرئيس محمد بخاري، أمس الاثنين، إلى مايدوغوري في أول زيارة له إلى الولاية منذ توليه منصبه، حيث التقى حاكمها كاشم شيتيما.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("damboa", "Place", ["بلدة دامبوا", "البلدة"], "Damboa", sub="City"),
        E("borno", "Place", ["ولاية بورنو", "الولاية"], "Borno State", sub="Region"),
        E("bh", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram",
          sub="ArmedGroup"),
        E("police", "Organization", ["الشرطة"], "Nigeria Police", sub="GovernmentBody", opt=True),
        E("bakura", "Person", ["باكورا محمد"], "Bakura Mohammed"),
        E("kawuwa", "Place", ["قرية كوكاوا"], "Kawuwa", sub="City"),
        E("sambisa", "Place", ["غابة سامبيسا"], "Sambisa Forest", sub="Region"),
        E("army", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("bama", "Place", ["منطقة باما"], "Bama", sub="City"),
        E("goni", "Person", ["موسى علي غوني"], "Musa Ali Goni"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari"),
        E("shettima", "Person", ["كاشم شيتيما"], "Kashim Shettima"),
    ],
    relations=[
        R("locatedIn", "damboa", "borno"),
        R("locatedIn", "maiduguri", "borno"),
        R("memberOf", "goni", "bh"),
        R("leaderOf", "shettima", "borno"),
    ],
    events=[
        V("Attack", place=[["damboa", "borno"]], date="2015-09-13", trigger="فجرت"),
        V("Killing", place=[["damboa", "borno"]], date="2015-09-13", trigger="مقتل"),
        V("Attack", opt=True, agent=["bh"]),
        V("Killing", opt=True, agent=["bh"]),
        V("Attack", agent=["bh"], place=["kawuwa"], date="2015-09-11", trigger="اقتحموا"),
        V("Killing", agent=["bh"], place=["kawuwa"], date="2015-09-11", trigger="قتلوا"),
        V("Arrest", agent=["army"], target=["goni"], place=["bama"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["bh"]),
        V("Visit", agent=["buhari"], place=[["maiduguri", "borno"]], date="2015-09-14", trigger="وصل"),
        V("Meeting", agent=["buhari", "shettima"], place=["maiduguri"], date="2015-09-14", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Peshawar (2017-12-05, Tuesday)
DOCS.append(dict(
    id="t25-pk-agri", published="2017-12-05",
    text="""بيشاور - كتب: نور الأمين شاه

قال متحدث باسم حركة طالبان باكستان إن الحركة تقف وراء الهجوم الذي شنه ثلاثة مسلحين متنكرين بالبراقع، صباح الجمعة الماضي، على مقر لمديرية الزراعة في حي الجامعة بمدينة بيشاور، وأدى إلى مقتل تسعة أشخاص معظمهم من الطلاب.

وأوضح محمد خراساني، المتحدث باسم الحركة، في رسالة بالبريد الإلكتروني أن «المقر كان يستخدم مركزا للاستخبارات العسكرية»، وهو ما نفته حكومة الإقليم.

وقال الجيش الباكستاني، في بيان لإدارة العلاقات العامة للقوات المسلحة، إن قوات الأمن قتلت المهاجمين الثلاثة، وإن عمليات البحث أسفرت عن توقيف أربعة من المتعاونين معهم في منطقة خيبر القبلية.

وفي إسلام آباد، أجرى رئيس الوزراء شاهد خاقان عباسي، الثلاثاء، محادثات مع وزير الخارجية الأفغاني صلاح الدين رباني تناولت أمن الحدود.""",
    entities=[
        E("peshawar", "Place", ["بيشاور", "مدينة بيشاور"], "Peshawar", sub="City"),
        E("shah", "Person", ["نور الأمين شاه"], "Noor ul-Amin Shah"),
        E("ttp", "Organization", ["حركة طالبان باكستان", "الحركة"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("agri", "Organization", ["مديرية الزراعة"], "Agriculture Directorate", sub="GovernmentBody"),
        E("univ", "Place", ["حي الجامعة"], "University Town", sub="City"),
        E("khorasani", "Person", ["محمد خراساني"], "Mohammad Khorasani"),
        E("kpgov", "Organization", ["حكومة الإقليم"], "Government of Khyber Pakhtunkhwa", sub="GovernmentBody",
          opt=True),
        E("army", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("ispr", "Organization", ["إدارة العلاقات العامة للقوات المسلحة"], "ISPR", sub="GovernmentBody"),
        E("sec", "Organization", ["قوات الأمن"], "Pakistani security forces", sub="ArmedForce", opt=True),
        E("khyber", "Place", ["منطقة خيبر القبلية"], "Khyber Agency", sub="Region"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City"),
        E("abbasi", "Person", ["شاهد خاقان عباسي"], "Shahid Khaqan Abbasi"),
        E("rabbani", "Person", ["صلاح الدين رباني"], "Salahuddin Rabbani"),
    ],
    relations=[
        R("spokespersonOf", "khorasani", "ttp"),
        R("locatedIn", "univ", "peshawar"),
        R("partOf", "ispr", "army", opt=True),
    ],
    events=[
        V("Attack", agent=["ttp"], target=["agri"], place=[["univ", "peshawar"]], date="2017-12-01", trigger="الهجوم"),
        V("Killing", agent=["ttp"], place=[["univ", "peshawar"]], date="2017-12-01", trigger="مقتل"),
        V("Killing", opt=True, agent=[["sec", "army"]]),
        V("Arrest", place=["khyber"], trigger="توقيف"),
        V("Arrest", opt=True, agent=[["sec", "army"]]),
        V("Meeting", agent=["abbasi", "rabbani"], place=["islamabad"], date="2017-12-05", trigger="محادثات"),
        V("Visit", opt=True, agent=["rabbani"], place=["islamabad"]),
    ],
))

# ---------------------------------------------------------------- Iran, Sistan and Baluchestan (2019-04-03, Wednesday)
DOCS.append(dict(
    id="t25-ir-saravan", published="2019-04-03",
    text="""طهران - (إرنا):

أعلن الحرس الثوري الإيراني، اليوم الأربعاء، مقتل اثنين من عناصره في اشتباك مع «عناصر إرهابية» قرب مدينة سراوان في محافظة سيستان وبلوشستان، جنوب شرقي البلاد، مساء الاثنين الماضي.

وأضاف بيان لمقر القدس التابع للقوات البرية في الحرس أن جماعة «جيش العدل» تقف وراء الهجوم، وأن قواته «اعتقلت ثلاثة من المهاجمين وقتلت رابعا».

وكانت الجماعة قد تبنت في فبراير/شباط الماضي تفجيرا انتحاريا استهدف حافلة تقل عناصر من الحرس على الطريق بين زاهدان وخاش، وأسفر عن مقتل 27 منهم.

وفي طهران، استقبل الرئيس حسن روحاني، أمس الثلاثاء، رئيس الوزراء العراقي عادل عبد المهدي، الذي وصل إلى العاصمة الإيرانية في زيارة رسمية هي الأولى له منذ توليه منصبه، وأجرى الجانبان مباحثات تناولت التعاون الاقتصادي.""",
    entities=[
        E("tehran", "Place", ["طهران", "العاصمة الإيرانية"], "Tehran", qid="Q3616", sub="City"),
        E("irna", "Organization", ["إرنا"], "IRNA", sub="MediaOrganization", opt=True),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس"], "IRGC", sub="ArmedForce"),
        E("saravan", "Place", ["مدينة سراوان"], "Saravan", sub="City"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان"], "Sistan and Baluchestan Province", sub="Region"),
        E("iran", "Place", ["البلاد"], "Iran", qid="Q794", sub="Country", opt=True),
        E("quds", "Organization", ["مقر القدس"], "Quds Base", sub="ArmedForce"),
        E("ground", "Organization", ["القوات البرية في الحرس"], "IRGC Ground Forces", sub="ArmedForce", opt=True),
        E("adl", "Organization", ["جيش العدل", "الجماعة"], "Jaish al-Adl", sub="ArmedGroup"),
        E("zahedan", "Place", ["زاهدان"], "Zahedan", sub="City"),
        E("khash", "Place", ["خاش"], "Khash", sub="City"),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani"),
        E("mahdi", "Person", ["عادل عبد المهدي"], "Adil Abdul-Mahdi"),
    ],
    relations=[
        R("locatedIn", "saravan", "sistan"),
        R("partOf", "quds", "irgc"),
        R("partOf", "quds", "ground", opt=True),
        R("partOf", "ground", "irgc", opt=True),
    ],
    events=[
        V("Attack", agent=["adl"], target=["irgc"], place=[["saravan", "sistan"]], date="2019-04-01",
          trigger="الهجوم"),
        V("Killing", agent=["adl"], target=["irgc"], place=[["saravan", "sistan"]], date="2019-04-01",
          trigger="مقتل"),
        V("Arrest", agent=[["quds", "irgc"]], target=["adl"], trigger="اعتقلت"),
        V("Killing", agent=[["quds", "irgc"]], target=["adl"], trigger="قتلت"),
        V("Attack", agent=["adl"], target=["irgc"], place=["zahedan", "khash"], date="2019-02", trigger="تفجيرا"),
        V("Killing", agent=["adl"], target=["irgc"], place=[["zahedan", "khash"]], date="2019-02", trigger="مقتل"),
        V("Meeting", agent=["rouhani", "mahdi"], place=["tehran"], date="2019-04-02", trigger="استقبل"),
        V("Visit", agent=["mahdi"], place=["tehran"], trigger="وصل"),
        V("Visit", opt=True, date="2019-04-02"),
    ],
))

# ---------------------------------------------------------------- Kuwait (2015-09-15, Tuesday)
DOCS.append(dict(
    id="t25-kw-sawaber", published="2015-09-15",
    text="""الكويت - (كونا):

قضت محكمة الجنايات، أمس الاثنين، بإعدام سبعة متهمين في قضية تفجير مسجد الإمام الصادق في منطقة الصوابر، الذي نفذه انتحاري يدعى فهد العنزي في السادس والعشرين من حزيران/يونيو الماضي وأودى بحياة 26 مصليا، في هجوم تبناه تنظيم الدولة الإسلامية.

وكانت وزارة الداخلية قد أعلنت بعد يومين من التفجير اعتقال عبد الرحمن صباح الشمري، سائق السيارة التي أقلت الانتحاري إلى المسجد، في منطقة الرقة جنوب العاصمة.

كما أعلنت الوزارة، الأسبوع الماضي، ضبط خلية تابعة لحزب الله تخزن أسلحة وذخائر في مزرعة بمنطقة العبدلي شمالي البلاد، واعتقال ثلاثة من أعضائها.

وفي سياق متصل، التقى أمير البلاد الشيخ صباح الأحمد الجابر الصباح، في قصر بيان يوم الأحد، وزير الداخلية السعودي الأمير محمد بن نايف، الذي وصل إلى الكويت في زيارة قصيرة، وبحثا التعاون الأمني بين البلدين.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("court", "Organization", ["محكمة الجنايات"], "Kuwaiti Criminal Court", sub="GovernmentBody"),
        E("mosque", "Place", ["مسجد الإمام الصادق", "المسجد"], "Imam Sadiq Mosque"),
        E("sawaber", "Place", ["منطقة الصوابر"], "al-Sawaber", sub="City"),
        E("anazi", "Person", ["فهد العنزي"], "Fahd al-Anazi"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("moi", "Organization", ["وزارة الداخلية", "الوزارة"], "Kuwaiti Ministry of Interior", sub="GovernmentBody"),
        E("shammari", "Person", ["عبد الرحمن صباح الشمري"], "Abdulrahman Sabah al-Shammari"),
        E("riqqa", "Place", ["منطقة الرقة"], "al-Riqqa", sub="City"),
        E("capital", "Place", ["العاصمة"], "Kuwait City", sub="City", opt=True),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("abdali", "Place", ["منطقة العبدلي"], "al-Abdali", sub="City"),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah Al-Ahmad Al-Jaber Al-Sabah"),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace"),
        E("nayef", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
    ],
    relations=[
        R("locatedIn", "mosque", "sawaber"),
        R("leaderOf", "sabah", "kuwait"),
        R("locatedIn", "abdali", "kuwait", opt=True),
    ],
    events=[
        V("Attack", agent=[["anazi", "isis"]], target=["mosque"], place=[["mosque", "sawaber"]], date="2015-06-26",
          trigger="تفجير"),
        V("Attack", opt=True, agent=["isis", "anazi"]),
        V("Killing", agent=[["anazi", "isis"]], place=[["mosque", "sawaber"]], date="2015-06-26", trigger="أودى"),
        V("Killing", opt=True, agent=["isis", "anazi"]),
        V("Arrest", agent=["moi"], target=["shammari"], place=[["riqqa", "capital"]], date="2015-06", trigger="اعتقال"),
        V("Arrest", agent=["moi"], target=["hezbollah"], place=[["abdali", "kuwait"]], date="2015-09", trigger="ضبط"),
        V("Meeting", agent=["sabah", "nayef"], place=["bayan"], date="2015-09-13", trigger="التقى"),
        V("Visit", agent=["nayef"], place=["kuwait"], trigger="وصل"),
        V("Visit", opt=True, date="2015-09-13"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Sfax and Kasserine (2016-12-28, Wednesday)
DOCS.append(dict(
    id="t25-tn-sfax", published="2016-12-28",
    text="""تونس - (وات):

قال وزير الداخلية الهادي المجدوب إن أجهزة الأمن اعتقلت ثمانية أشخاص يشتبه في تورطهم في اغتيال المهندس محمد الزواري، الذي قتل برصاص مسلحين أمام منزله في منطقة العين بولاية صفاقس في الخامس عشر من الشهر الجاري.

وأعلنت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، أن الزواري كان أحد قادتها، واتهمت جهاز الموساد الإسرائيلي بالوقوف وراء عملية الاغتيال.

وفي ولاية القصرين، قتل عنصر من الحرس الوطني وأصيب آخر، مساء الاثنين، في انفجار لغم أرضي زرعته «عناصر إرهابية» في جبل سمامة، فيما أعلنت وزارة الدفاع أن وحدات الجيش قصفت بالمدفعية مواقع «جند الخلافة» في الجبل.

وفي قصر قرطاج، استقبل الرئيس الباجي قائد السبسي، أمس، رئيس المجلس الرئاسي الليبي فائز السراج، وبحث معه الأوضاع في ليبيا.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("tap", "Organization", ["وات"], "TAP", sub="MediaOrganization", opt=True),
        E("majdoub", "Person", ["الهادي المجدوب"], "Hedi Majdoub"),
        E("sec", "Organization", ["أجهزة الأمن"], "Tunisian security services", sub="GovernmentBody", opt=True),
        E("zouari", "Person", ["محمد الزواري", "الزواري"], "Mohamed Zouari"),
        E("ain", "Place", ["منطقة العين"], "El Ain", sub="City"),
        E("sfax", "Place", ["ولاية صفاقس"], "Sfax Governorate", sub="Region"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("mossad", "Organization", ["جهاز الموساد الإسرائيلي"], "Mossad", sub="GovernmentBody"),
        E("kasserine", "Place", ["ولاية القصرين"], "Kasserine Governorate", sub="Region"),
        E("garde", "Organization", ["الحرس الوطني"], "Tunisian National Guard", sub="ArmedForce"),
        E("samama", "Place", ["جبل سمامة", "الجبل"], "Mount Semmama", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع"], "Tunisian Ministry of Defence", sub="GovernmentBody"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce", opt=True),
        E("jund", "Organization", ["جند الخلافة"], "Jund al-Khilafa", sub="ArmedGroup"),
        E("carthage", "Place", ["قصر قرطاج"], "Carthage Palace"),
        E("essebsi", "Person", ["الباجي قائد السبسي"], "Beji Caid Essebsi"),
        E("pc", "Organization", ["المجلس الرئاسي الليبي"], "Libyan Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج"], "Fayez al-Sarraj"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
    ],
    relations=[
        R("partOf", "qassam", "hamas"),
        R("memberOf", "zouari", "qassam"),
        R("leaderOf", "sarraj", "pc"),
        R("locatedIn", "ain", "sfax"),
        R("locatedIn", "samama", "kasserine"),
        R("partOf", "army", "mod", opt=True),
    ],
    events=[
        V("Killing", target=["zouari"], place=[["ain", "sfax"]], date="2016-12-15", trigger="اغتيال"),
        V("Killing", opt=True, agent=["mossad"], target=["qassam"]),
        V("Attack", opt=True, agent=["mossad"], target=["zouari"], place=[["ain", "sfax"]], date="2016-12-15"),
        V("Arrest", opt=True, agent=["sec"], date="2016-12"),
        V("Killing", target=["garde"], place=[["samama", "kasserine"]], date="2016-12-26", trigger="قتل"),
        V("Attack", target=["garde"], place=[["samama", "kasserine"]], date="2016-12-26", trigger="انفجار"),
        V("Strike", agent=[["army", "mod"]], target=["jund"], place=["samama"], trigger="قصفت"),
        V("Meeting", agent=["essebsi", "sarraj"], place=["carthage"], date="2016-12-27", trigger="استقبل"),
        V("Visit", opt=True, agent=["sarraj"], place=["carthage"], date="2016-12-27"),
    ],
))

# ---------------------------------------------------------------- Syria, Deir ez-Zor and Raqqa (2018-03-13, Tuesday)
DOCS.append(dict(
    id="t25-sy-hajin", published="2018-03-13",
    text="""الحسكة - (الأناضول):

نفذت طائرات التحالف الدولي بقيادة الولايات المتحدة، ليل الأحد، سلسلة غارات على بلدتي هجين والسوسة في ريف دير الزور الشرقي، أسفرت عن مقتل 14 مدنيا بينهم ستة أطفال، وفق ما أفاد المرصد السوري لحقوق الإنسان.

وقال مدير المرصد رامي عبد الرحمن إن الغارات استهدفت منازل يتحصن فيها عناصر من تنظيم «داعش»، الذي لا يزال يسيطر على جيب قرب الحدود العراقية.

ومن جهة أخرى، اغتيل القيادي في مجلس دير الزور العسكري، التابع لقوات سوريا الديمقراطية، خليل الهفل برصاص مجهولين في بلدة الشحيل في التاسع من الشهر الجاري، بحسب ما أكد مصدر في المجلس.

وشنت قوات سوريا الديمقراطية (قسد) حملة أمنية في بلدتي ذيبان والحوايج، واعتقلت 20 شخصا بتهمة التعامل مع التنظيم.

وفي سياق آخر، زار وفد من الخارجية الفرنسية مدينة الرقة، الاثنين، والتقى أعضاء مجلس الرقة المدني.""",
    entities=[
        E("hasakah", "Place", ["الحسكة"], "al-Hasakah", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("hajin", "Place", ["هجين"], "Hajin", sub="City"),
        E("sousa", "Place", ["السوسة"], "al-Susah", sub="City"),
        E("dez", "Place", ["دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("dmc", "Organization", ["مجلس دير الزور العسكري", "المجلس"], "Deir ez-Zor Military Council",
          sub="ArmedGroup"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("hifl", "Person", ["خليل الهفل"], "Khalil al-Hifl"),
        E("shuhail", "Place", ["بلدة الشحيل"], "al-Shuhail", sub="City"),
        E("dhiban", "Place", ["ذيبان"], "Dhiban", sub="City"),
        E("hawaij", "Place", ["الحوايج"], "al-Hawaij", sub="City"),
        E("frmfa", "Organization", ["الخارجية الفرنسية"], "French Foreign Ministry", sub="GovernmentBody"),
        E("raqqa", "Place", ["مدينة الرقة"], "Raqqa", sub="City"),
        E("rcc", "Organization", ["مجلس الرقة المدني"], "Raqqa Civil Council", sub="GovernmentBody"),
    ],
    relations=[
        R("leaderOf", "us", "coalition"),
        R("locatedIn", "hajin", "dez"),
        R("locatedIn", "sousa", "dez"),
        R("leaderOf", "rami", "sohr"),
        R("memberOf", "hifl", "dmc"),
        R("partOf", "dmc", "sdf"),
    ],
    events=[
        V("Strike", agent=["coalition"], place=[["hajin", "dez"], ["sousa", "dez"]], date="2018-03-11",
          trigger="غارات"),
        V("Strike", opt=True, agent=["us"], target=["isis"]),
        V("Killing", agent=["coalition"], place=[["hajin", "sousa", "dez"]], date="2018-03-11", trigger="مقتل"),
        V("Killing", opt=True, agent=["us"]),
        V("Killing", target=["hifl"], place=["shuhail"], date="2018-03-09", trigger="اغتيل"),
        V("Killing", opt=True, target=["dmc"]),
        V("Attack", opt=True, target=["hifl", "dmc"], place=["shuhail"], date="2018-03-09"),
        V("Arrest", agent=["sdf"], place=["dhiban", "hawaij"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["isis"]),
        V("Visit", agent=["frmfa"], place=["raqqa"], date="2018-03-12", trigger="زار"),
        V("Meeting", agent=["frmfa", "rcc"], place=["raqqa"], date="2018-03-12", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Iraq, Kirkuk and Mosul (2016-10-25, Tuesday)
DOCS.append(dict(
    id="t25-iq-kirkuk", published="2016-10-25",
    text="""كركوك - كتب: سامر العبيدي

قال محافظ كركوك نجم الدين كريم إن القوات الأمنية قتلت 74 من عناصر تنظيم «داعش» شنوا فجر الجمعة الماضي هجوما منسقا على مبان حكومية ومراكز للشرطة في المدينة، واعتقلت خمسة آخرين بينهم أمير المجموعة المهاجمة الملقب «أبو عائشة»، مؤكدا أن الهجوم أسفر عن مقتل 46 من عناصر الأمن والمدنيين.

وأضاف كريم، في مؤتمر صحفي عقده الأحد، أن قوات البيشمركة ساهمت في تطهير أحياء الواسطي ودوميز والعروبة من المسلحين.

وفي الموصل، أعلن قائد حملة «قادمون يا نينوى» الفريق الركن عبد الأمير يار الله أن قوات جهاز مكافحة الإرهاب اقتحمت حي الكرامة في الساحل الأيسر للمدينة بعد معارك عنيفة مع مسلحي التنظيم.

في غضون ذلك، وصل رئيس الوزراء حيدر العبادي إلى أربيل، الاثنين، والتقى رئيس إقليم كردستان مسعود بارزاني.""",
    entities=[
        E("kirkuk", "Place", ["كركوك", "المدينة"], "Kirkuk", sub="City"),
        E("obeidi", "Person", ["سامر العبيدي"], "Samer al-Obeidi"),
        E("karim", "Person", ["نجم الدين كريم", "كريم"], "Najmaldin Karim"),
        E("isf", "Organization", ["القوات الأمنية"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("abuaisha", "Person", ["أبو عائشة"], "Abu Aisha"),
        E("peshmerga", "Organization", ["قوات البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("wasiti", "Place", ["الواسطي"], "al-Wasiti", sub="City"),
        E("domiz", "Place", ["دوميز"], "Domiz", sub="City"),
        E("uruba", "Place", ["العروبة"], "al-Uruba", sub="City"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("yarallah", "Person", ["عبد الأمير يار الله"], "Abdul Amir Yarallah"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("karama", "Place", ["حي الكرامة"], "al-Karama", sub="City"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("krg", "Place", ["إقليم كردستان"], "Kurdistan Region", sub="Region", alt=["Organization"]),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani"),
    ],
    relations=[
        R("leaderOf", "karim", "kirkuk"),
        R("memberOf", "abuaisha", "isis"),
        R("locatedIn", "wasiti", "kirkuk"),
        R("locatedIn", "domiz", "kirkuk"),
        R("locatedIn", "uruba", "kirkuk"),
        R("locatedIn", "karama", "mosul"),
        R("leaderOf", "barzani", "krg"),
    ],
    events=[
        V("Attack", agent=["isis"], place=["kirkuk"], date="2016-10-21", trigger="هجوما"),
        V("Killing", agent=["isis"], place=["kirkuk"], date="2016-10-21", trigger="مقتل"),
        V("Killing", target=["isis"], place=["kirkuk"], trigger="قتلت"),
        V("Killing", opt=True, agent=["isf"]),
        V("Arrest", target=["abuaisha", "isis"], place=["kirkuk"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["isf"]),
        V("MilitaryOperation", opt=True, name="قادمون يا نينوى", place=["mosul"], target=["isis"]),
        V("Attack", opt=True, agent=["cts"], target=["isis"], place=[["karama", "mosul"]]),
        V("Visit", agent=["abadi"], place=["erbil"], date="2016-10-24", trigger="وصل"),
        V("Meeting", agent=["abadi", "barzani"], place=["erbil"], date="2016-10-24", trigger="التقى"),
    ],
))
