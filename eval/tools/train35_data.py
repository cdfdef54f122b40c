"""Hand annotations of the thirty-fifth training set (see eval/train35/README.md).

The check set written beside train34: the same kinds (minor persons with no title, names with بن,
أبو and آل, kunyas, names ending in a nisba, transliterated agencies, bodies named by a country
adjective, organisations whose name holds a place, villages and districts after a head and in
lists) in other countries and wordings. Persons are invented except well-known public figures.
Written and annotated before the extractor was run on it; only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Somalia (2017-04-18, Tuesday)
DOCS.append(dict(
    id="t35-so-burhakaba", published="2017-04-18",
    text="""مقديشو - (رويترز):

قال مسؤولون صوماليون إن مسلحين من حركة الشباب المجاهدين هاجموا، مساء الاثنين، قاعدة عسكرية في بلدة بورهكبة الواقعة بين مقديشو وبيدوا، وقتلوا ستة جنود على الأقل.

وقال عبدي نور حسن، وهو ضابط في الجيش الصومالي، إن المهاجمين فجروا سيارة مفخخة عند مدخل القاعدة قبل أن يقتحموها، مضيفا أن قوات بعثة الاتحاد الأفريقي في الصومال (أميسوم) وصلت لاحقا من بيدوا. وأعلن حسن ديري أبو حمزة، المتحدث العسكري باسم الشباب، أن مقاتلي الحركة «غنموا عربتين».

وفي كسمايو، قالت إدارة جوبالاند إن قواتها اعتقلت شخصين يدعيان فارح عيسى ومحمد ورسمه بتهمة التخطيط لتفجير في سوق المدينة.

ونقلت إذاعة «صوت أمريكا» عن زعيم عشيرة محلي يدعى أويس طاهر أن طائرات أمريكية قصفت مواقع للحركة في منطقة جلب بإقليم جوبا الوسطى.

وفي غالكعيو، قال مسؤول في ولاية بونتلاند يدعى سعيد جامع إن قوات الولاية اعتقلت ثلاثة من عناصر «داعش» في جبال غلغلا، بينهم شاب يكنى أبو بكر الصومالي.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الشباب", "الحركة"], "al-Shabaab",
          sub="ArmedGroup"),
        E("burhakaba", "Place", ["بلدة بورهكبة"], "Burhakaba", sub="City"),
        E("baidoa", "Place", ["بيدوا"], "Baidoa", sub="City"),
        E("abdinoor", "Person", ["عبدي نور حسن"], "Abdi Nur Hassan"),
        E("sna", "Organization", ["الجيش الصومالي"], "Somali National Army", sub="ArmedForce"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميسوم"], "AMISOM"),
        E("abuhamza", "Person", ["حسن ديري أبو حمزة"], "Hassan Dheere Abu Hamza"),
        E("kismayo", "Place", ["كسمايو", "المدينة"], "Kismayo", sub="City"),
        E("jubaland", "Organization", ["إدارة جوبالاند"], "Jubaland administration", sub="GovernmentBody"),
        E("farah", "Person", ["فارح عيسى"], "Farah Issa"),
        E("warsame", "Person", ["محمد ورسمه"], "Mohamed Warsame"),
        E("voa", "Organization", ["إذاعة «صوت أمريكا»", "صوت أمريكا"], "Voice of America", sub="MediaOrganization"),
        E("aweys", "Person", ["أويس طاهر"], "Aweys Tahir"),
        E("jilib", "Place", ["منطقة جلب"], "Jilib", sub="City"),
        E("mjuba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("galkayo", "Place", ["غالكعيو"], "Galkayo", sub="City"),
        E("puntland", "Place", ["ولاية بونتلاند", "الولاية"], "Puntland", sub="Region", alt=["Organization"]),
        E("jama", "Person", ["سعيد جامع"], "Saeed Jama"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("galgala", "Place", ["جبال غلغلا"], "Galgala mountains", sub="Region"),
        E("somali", "Person", ["أبو بكر الصومالي"], "Abu Bakr al-Somali"),
    ],
    relations=[
        R("memberOf", "abdinoor", "sna"),
        R("spokespersonOf", "abuhamza", "shabaab"),
        R("locatedIn", "jilib", "mjuba"),
        R("memberOf", "somali", "is"),
    ],
    events=[
        V("Attack", agent=["shabaab"], place=["burhakaba"], date="2017-04-17", trigger="هاجموا"),
        V("Killing", agent=["shabaab"], place=["burhakaba"], date="2017-04-17", trigger="قتلوا"),
        V("Arrest", agent=["jubaland"], target=["farah", "warsame"], place=["kismayo"], trigger="اعتقلت"),
        V("Strike", target=["shabaab"], place=[["jilib", "mjuba"]], trigger="قصفت"),
        V("Arrest", agent=["puntland"], target=["somali"], place=["galgala"], trigger="اعتقلت"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia and Kuwait (2016-12-17, Saturday)
DOCS.append(dict(
    id="t35-sa-awamiya", published="2016-12-17",
    text="""الرياض - «الشرق الأوسط»:

قال المتحدث الأمني لوزارة الداخلية السعودية منصور التركي إن رجل أمن قتل، أمس الجمعة، بنيران مسلحين أطلقوا النار على دورية في بلدة العوامية بمحافظة القطيف.

وأوضح التركي أن الأجهزة الأمنية تلاحق المطلوب حسين علي آل مدن ومطلوبا آخر يكنى أبو حيدر القطيفي، داعيا المواطنين إلى الإبلاغ عنهما.

وفي جازان، قالت قيادة القوات المشتركة للتحالف إن الدفاعات الجوية اعترضت صاروخا باليستيا أطلقته ميليشيا الحوثي من صعدة باتجاه مدينة خميس مشيط. وقال ساكن يدعى فهد بن سعيد القحطاني لـ«العربية» إن دوي الانفجار سمع في حي الراقي.

وفي الكويت، أعلنت وزارة الداخلية الكويتية ضبط مواطن يدعى مبارك العجمي بتهمة الانتماء إلى تنظيم داعش والتخطيط لاستهداف مسجد في منطقة الجهراء.

وفي الرياض، قضت المحكمة الجزائية المتخصصة بسجن مواطن يدعى علي بن محمد الزهراني عشر سنوات بتهمة تمويل جبهة النصرة وتسهيل سفر شبان إلى سوريا.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq al-Awsat", sub="MediaOrganization", opt=True),
        E("samoi", "Organization", ["وزارة الداخلية السعودية"], "Saudi Interior Ministry", sub="GovernmentBody"),
        E("turki", "Person", ["منصور التركي", "التركي"], "Mansour al-Turki"),
        E("awamiya", "Place", ["بلدة العوامية"], "Awamiyah", sub="City"),
        E("qatif", "Place", ["محافظة القطيف"], "Qatif Governorate", sub="Region"),
        E("sec", "Organization", ["الأجهزة الأمنية"], "Saudi security services", sub="GovernmentBody", opt=True),
        E("madan", "Person", ["حسين علي آل مدن"], "Hussein Ali Al Madan"),
        E("qatifi", "Person", ["أبو حيدر القطيفي"], "Abu Haidar al-Qatifi"),
        E("jazan", "Place", ["جازان"], "Jazan", sub="City"),
        E("jfc", "Organization", ["قيادة القوات المشتركة للتحالف"], "Coalition Joint Forces Command",
          sub="ArmedForce"),
        E("houthi", "Organization", ["ميليشيا الحوثي"], "Houthis", sub="ArmedGroup"),
        E("saada", "Place", ["صعدة"], "Saada", sub="City"),
        E("khamis", "Place", ["مدينة خميس مشيط"], "Khamis Mushait", sub="City"),
        E("fahd", "Person", ["فهد بن سعيد القحطاني"], "Fahd bin Saeed al-Qahtani"),
        E("arabiya", "Organization", ["العربية"], "Al Arabiya", sub="MediaOrganization"),
        E("raqi", "Place", ["حي الراقي"], "al-Raqi", sub="City"),
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country"),
        E("kwmoi", "Organization", ["وزارة الداخلية الكويتية"], "Kuwaiti Interior Ministry", sub="GovernmentBody"),
        E("ajmi", "Person", ["مبارك العجمي"], "Mubarak al-Ajmi"),
        E("is", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("jahra", "Place", ["منطقة الجهراء"], "Jahra", sub="City"),
        E("sccourt", "Organization", ["المحكمة الجزائية المتخصصة"], "Specialized Criminal Court", sub="GovernmentBody"),
        E("zahrani", "Person", ["علي بن محمد الزهراني"], "Ali bin Mohammed al-Zahrani"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "turki", "samoi"),
        R("locatedIn", "awamiya", "qatif"),
        R("locatedIn", "raqi", "khamis", opt=True),
    ],
    events=[
        V("Attack", place=[["awamiya", "qatif"]], date="2016-12-16", trigger="أطلقوا"),
        V("Killing", place=[["awamiya", "qatif"]], date="2016-12-16", trigger="قتل"),
        V("Strike", agent=["houthi"], place=[["khamis", "saada"]], trigger="أطلقته"),
        V("Arrest", agent=["kwmoi"], target=["ajmi"], place=["kuwait"], trigger="ضبط"),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2015-07-22, Wednesday)
DOCS.append(dict(
    id="t35-iq-baghdadi", published="2015-07-22",
    text="""الرمادي - (الأناضول):

قال مجلس محافظة الأنبار إن 14 شخصا قتلوا، أمس الثلاثاء، في هجوم انتحاري بسيارة مفخخة استهدف تجمعا لمقاتلي العشائر في ناحية البغدادي غربي الرمادي.

وقال فرحان محمد الدليمي، عضو المجلس، إن بين القتلى مطر العبيدي، أحد وجهاء عشيرة البونمر، مضيفا أن العبيدي «كان يقود المقاتلين منذ عام». ثم أعلن تنظيم الدولة الإسلامية في بيان نشرته وكالة «أعماق» أن الانتحاري أبو عبد الله الأنصاري نفذ الهجوم.

وفي الفلوجة، قالت قيادة عمليات الأنبار إن طيران الجيش العراقي قصف تجمعات للتنظيم في حي الجولان ومنطقة الصقلاوية، فيما قال مقاتل في كتائب حزب الله يدعى أبو زينب اللامي إن الفصائل تطوق المدينة من ثلاثة محاور.

وقال علي الحسيني، المتحدث باسم سرايا السلام في سامراء، إن مقاتليه صدوا هجوما لعناصر التنظيم على قرية الجلام شرقي المدينة.""",
    entities=[
        E("ramadi", "Place", ["الرمادي"], "Ramadi", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("council", "Organization", ["مجلس محافظة الأنبار", "المجلس"], "Anbar Provincial Council",
          sub="GovernmentBody"),
        E("baghdadi", "Place", ["ناحية البغدادي"], "al-Baghdadi", sub="City"),
        E("dulaimi", "Person", ["فرحان محمد الدليمي", "الدليمي"], "Farhan Mohammed al-Dulaimi"),
        E("ubaidi", "Person", ["مطر العبيدي", "العبيدي"], "Matar al-Ubaidi"),
        E("albunimr", "Organization", ["عشيرة البونمر"], "Albu Nimr tribe"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة «أعماق»", "أعماق"], "Amaq", sub="MediaOrganization"),
        E("ansari", "Person", ["أبو عبد الله الأنصاري"], "Abu Abdullah al-Ansari"),
        E("fallujah", "Place", ["الفلوجة", "المدينة"], "Fallujah", sub="City"),
        E("aoc", "Organization", ["قيادة عمليات الأنبار"], "Anbar Operations Command", sub="ArmedForce"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("jolan", "Place", ["حي الجولان"], "al-Jolan", sub="City"),
        E("saqlawiya", "Place", ["منطقة الصقلاوية"], "Saqlawiya", sub="City"),
        E("kh", "Organization", ["كتائب حزب الله"], "Kataib Hezbollah", sub="ArmedGroup"),
        E("lami", "Person", ["أبو زينب اللامي"], "Abu Zainab al-Lami"),
        E("husseini", "Person", ["علي الحسيني"], "Ali al-Husseini"),
        E("salam", "Organization", ["سرايا السلام"], "Saraya al-Salam", sub="ArmedGroup"),
        E("samarra", "Place", ["سامراء"], "Samarra", sub="City"),
        E("jallam", "Place", ["قرية الجلام"], "al-Jallam", sub="City"),
    ],
    relations=[
        R("memberOf", "dulaimi", "council"),
        R("memberOf", "ubaidi", "albunimr"),
        R("memberOf", "ansari", "is", opt=True),
        R("memberOf", "lami", "kh"),
        R("spokespersonOf", "husseini", "salam"),
        R("locatedIn", "jolan", "fallujah", opt=True),
    ],
    events=[
        V("Attack", agent=["is"], place=["baghdadi"], date="2015-07-21", trigger="هجوم"),
        V("Killing", agent=["is"], target=["ubaidi"], place=["baghdadi"], date="2015-07-21", trigger="قتلوا"),
        V("Strike", agent=[["army", "aoc"]], target=["is"], place=[["jolan", "saqlawiya", "fallujah"]],
          trigger="قصف"),
        V("Attack", agent=["is"], target=["salam"], place=["jallam"], trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Syria, Qamishli and Afrin (2018-02-28, Wednesday)
DOCS.append(dict(
    id="t35-sy-qamishli", published="2018-02-28",
    text="""القامشلي - (رويترز):

قال مسؤولون أكراد إن انفجار دراجة نارية مفخخة أودى بحياة أربعة مدنيين، مساء الثلاثاء، في حي الهلالية بمدينة القامشلي شمال شرقي سوريا، بينهم امرأة تدعى روجين عثمان.

وقال آزاد شيخو، المتحدث باسم وحدات حماية الشعب الكردية، إن «خلايا تابعة لداعش» تقف وراء التفجير، فيما أعلنت قوى الأمن الداخلي (الأسايش) اعتقال مشتبه به يدعى جوان إبراهيم.

وفي عفرين، قالت وكالة «هاوار» إن القصف التركي على قرى جنديرس وراجو أسفر عن مقتل مقاتل يدعى دلوفان حسو. من جانبها، قالت وزارة الدفاع التركية إن قواتها وفصائل «الجيش الوطني السوري» سيطرت على بلدة شيخ الحديد.

وفي الحسكة، قال مصدر في الهلال الأحمر الكردي إن فرقه نقلت 30 جريحا من عفرين إلى مستشفى الشعب في حي العزيزية.""",
    entities=[
        E("qamishli", "Place", ["القامشلي", "مدينة القامشلي"], "Qamishli", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hilaliya", "Place", ["حي الهلالية"], "al-Hilaliya", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("rojin", "Person", ["روجين عثمان"], "Rojin Othman"),
        E("azad", "Person", ["آزاد شيخو"], "Azad Shekho"),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية"], "YPG", sub="ArmedGroup"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("asayish", "Organization", ["قوى الأمن الداخلي", "الأسايش"], "Asayish", sub="GovernmentBody"),
        E("jwan", "Person", ["جوان إبراهيم"], "Jwan Ibrahim"),
        E("afrin", "Place", ["عفرين"], "Afrin", sub="Region"),
        E("hawar", "Organization", ["وكالة «هاوار»", "هاوار"], "Hawar News Agency", sub="MediaOrganization"),
        E("jindires", "Place", ["جنديرس"], "Jindires", sub="City"),
        E("rajo", "Place", ["راجو"], "Rajo", sub="City"),
        E("dilovan", "Person", ["دلوفان حسو"], "Dilovan Hasso"),
        E("trmod", "Organization", ["وزارة الدفاع التركية"], "Turkish Defence Ministry", sub="GovernmentBody"),
        E("sna", "Organization", ["الجيش الوطني السوري"], "Syrian National Army", sub="ArmedGroup"),
        E("hadid", "Place", ["بلدة شيخ الحديد"], "Sheikh al-Hadid", sub="City"),
        E("hasakah", "Place", ["الحسكة"], "Hasakah", sub="City"),
        E("krc", "Organization", ["الهلال الأحمر الكردي"], "Kurdish Red Crescent"),
        E("shaab", "Place", ["مستشفى الشعب"], "al-Shaab Hospital", opt=True),
        E("aziziya", "Place", ["حي العزيزية"], "al-Aziziya", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "azad", "ypg"),
        R("locatedIn", "hilaliya", "qamishli"),
        R("locatedIn", "qamishli", "syria", opt=True),
        R("locatedIn", "jindires", "afrin", opt=True),
        R("locatedIn", "rajo", "afrin", opt=True),
    ],
    events=[
        V("Attack", place=[["hilaliya", "qamishli"]], date="2018-02-27", trigger="انفجار"),
        V("Killing", place=[["hilaliya", "qamishli"]], date="2018-02-27", trigger="أودى"),
        V("Arrest", agent=["asayish"], target=["jwan"], trigger="اعتقال"),
        V("Strike", place=[["jindires", "rajo", "afrin"]], trigger="القصف"),
        V("Killing", target=["dilovan"], place=[["jindires", "rajo", "afrin"]], trigger="مقتل"),
        V("MilitaryOperation", agent=["sna"], place=["hadid"], trigger="سيطرت"),
    ],
))

# ---------------------------------------------------------------- Libya, Sabha and Tripoli (2018-09-05, Wednesday)
DOCS.append(dict(
    id="t35-ly-sabha", published="2018-09-05",
    text="""سبها - (وكالات):

قال مسؤول في المجلس البلدي سبها إن ثلاثة أشخاص قتلوا، أمس الثلاثاء، في اشتباكات بين مسلحين من قبيلة أولاد سليمان ومجموعات من التبو في حي الطيوري بالمدينة.

وأوضح المسؤول، ويدعى عثمان بن حامد، أن بين القتلى سائق سيارة إسعاف يدعى مصطفى أبو بكر الحضيري.

وفي طرابلس، أعلن اللواء السابع مشاة المعروف بـ«الكانيات» التزامه وقف إطلاق النار مع قوة الردع الخاصة، بعد وساطة قادتها البعثة الأممية برئاسة غسان سلامة. وقالت وزارة الصحة في حكومة الوفاق إن حصيلة الاشتباكات في جنوب العاصمة ارتفعت إلى 61 قتيلا، فيما أعلنت إدارة مطار معيتيقة الدولي استئناف الرحلات.

وفي بني وليد، قال يوسف بن صالح، عضو المجلس الاجتماعي لقبائل ورفلة، إن المدينة استقبلت مئات العائلات النازحة من أحياء صلاح الدين وخلة الفرجان.""",
    entities=[
        E("sabha", "Place", ["سبها", "المدينة"], "Sabha", sub="City"),
        E("council", "Organization", ["المجلس البلدي سبها"], "Sabha Municipal Council", sub="GovernmentBody"),
        E("awlad", "Organization", ["قبيلة أولاد سليمان"], "Awlad Suleiman tribe"),
        E("tebu", "Organization", ["التبو"], "Tebu", opt=True),
        E("taiouri", "Place", ["حي الطيوري"], "al-Taiouri", sub="City"),
        E("othman", "Person", ["عثمان بن حامد"], "Othman bin Hamid"),
        E("hudairi", "Person", ["مصطفى أبو بكر الحضيري"], "Mustafa Abu Bakr al-Hudairi"),
        E("tripoli", "Place", ["طرابلس", "العاصمة"], "Tripoli", qid="Q3579", sub="City"),
        E("seventh", "Organization", ["اللواء السابع مشاة", "الكانيات"], "7th Infantry Brigade", sub="ArmedGroup"),
        E("rada", "Organization", ["قوة الردع الخاصة"], "Special Deterrence Force", sub="ArmedGroup"),
        E("unsmil", "Organization", ["البعثة الأممية"], "UNSMIL"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salame"),
        E("moh", "Organization", ["وزارة الصحة"], "Ministry of Health", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق"], "Government of National Accord", sub="GovernmentBody"),
        E("mitiga", "Place", ["مطار معيتيقة الدولي"], "Mitiga International Airport"),
        E("baniwalid", "Place", ["بني وليد"], "Bani Walid", sub="City"),
        E("yusuf", "Person", ["يوسف بن صالح"], "Yusuf bin Salih"),
        E("warfalla", "Organization", ["المجلس الاجتماعي لقبائل ورفلة"], "Social Council of the Warfalla Tribes"),
        E("salahaddin", "Place", ["صلاح الدين"], "Salah al-Din (Tripoli)", sub="City"),
        E("khallat", "Place", ["خلة الفرجان"], "Khallat al-Furjan", sub="City"),
    ],
    relations=[
        R("memberOf", "othman", "council"),
        R("memberOf", "yusuf", "warfalla"),
        R("leaderOf", "salame", "unsmil"),
        R("partOf", "moh", "gna"),
        R("locatedIn", "taiouri", "sabha"),
    ],
    events=[
        V("Killing", place=[["taiouri", "sabha"]], date="2018-09-04", trigger="قتلوا"),
        V("Attack", opt=True, agent=["awlad", "tebu"], place=["taiouri"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Herat and Helmand (2015-11-30, Monday)
DOCS.append(dict(
    id="t35-af-shindand", published="2015-11-30",
    text="""هرات - (أ ف ب):

قتل ثمانية من عناصر الشرطة الأفغانية، ليل الأحد، في هجوم شنه مقاتلو طالبان على حاجز في مديرية شيندند بولاية هرات غربي أفغانستان، وفق ما أفاد مسؤولون محليون.

وقال عبد الخالق نوري، المتحدث باسم شرطة هرات، إن المهاجمين ينتمون إلى فصيل منشق عن الحركة يقوده الملا محمد رسول، وأضاف نوري أن «الاشتباكات بين الفصيلين مستمرة منذ أسابيع».

وفي لشكركاه، عاصمة ولاية هلمند، قال النائب حكمت الله وردك إن مقاتلي طالبان يحاصرون مديرية مارجه منذ أسبوع.

وأعلنت وزارة الداخلية الأفغانية أن قوات خاصة اعتقلت في ولاية ننكرهار خمسة من مسلحي «داعش» بينهم باكستاني يدعى شاهد الله أوركزي، بحسب ما نقلت وكالة «خامه برس».

وفي قندهار، قال مسؤول يدعى سميع الله أتمر إن حريقا شب في مخزن للوقود قرب مطار قندهار الدولي دون أن يسفر عن إصابات.""",
    entities=[
        E("herat", "Place", ["هرات"], "Herat", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("anp", "Organization", ["الشرطة الأفغانية"], "Afghan National Police", sub="GovernmentBody"),
        E("taliban", "Organization", ["طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("shindand", "Place", ["مديرية شيندند"], "Shindand", sub="City"),
        E("heratp", "Place", ["ولاية هرات"], "Herat Province", sub="Region"),
        E("afg", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("nouri", "Person", ["عبد الخالق نوري", "نوري"], "Abdul Khaliq Nouri"),
        E("hpolice", "Organization", ["شرطة هرات"], "Herat police", sub="GovernmentBody"),
        E("rasool", "Person", ["محمد رسول"], "Mullah Mohammad Rasool"),
        E("lashkargah", "Place", ["لشكركاه"], "Lashkar Gah", sub="City"),
        E("helmand", "Place", ["ولاية هلمند"], "Helmand Province", sub="Region"),
        E("wardak", "Person", ["حكمت الله وردك"], "Hikmatullah Wardak"),
        E("marja", "Place", ["مديرية مارجه"], "Marjah", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Afghan Interior Ministry", sub="GovernmentBody"),
        E("nangarhar", "Place", ["ولاية ننكرهار"], "Nangarhar Province", sub="Region"),
        E("is", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("orakzai", "Person", ["شاهد الله أوركزي"], "Shahidullah Orakzai"),
        E("kandahar", "Place", ["قندهار"], "Kandahar", sub="City"),
        E("atmar", "Person", ["سميع الله أتمر"], "Samiullah Atmar"),
        E("kaf", "Place", ["مطار قندهار الدولي"], "Kandahar International Airport"),
        E("khaama", "Organization", ["وكالة «خامه برس»", "خامه برس"], "Khaama Press", sub="MediaOrganization"),
    ],
    relations=[
        R("spokespersonOf", "nouri", "hpolice"),
        R("partOf", "hpolice", "anp", opt=True),
        R("locatedIn", "shindand", "heratp"),
        R("locatedIn", "heratp", "afg", opt=True),
        R("locatedIn", "lashkargah", "helmand"),
        R("memberOf", "orakzai", "is"),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["anp"], place=[["shindand", "heratp"]], date="2015-11-29",
          trigger="هجوم"),
        V("Killing", agent=["taliban"], target=["anp"], place=[["shindand", "heratp"]], date="2015-11-29",
          trigger="قتل"),
        V("Arrest", agent=["moi"], target=["orakzai"], place=["nangarhar"], trigger="اعتقلت"),
        V("MilitaryOperation", opt=True, agent=["taliban"], place=["marja"]),
    ],
))

# ---------------------------------------------------------------- Egypt, Assiut and Alexandria (2019-03-27, Wednesday)
DOCS.append(dict(
    id="t35-eg-assiut", published="2019-03-27",
    text="""القاهرة - (د ب أ):

أعلنت وزارة الداخلية المصرية، اليوم الأربعاء، مقتل ستة مسلحين ينتمون إلى حركة «حسم» في تبادل لإطلاق النار مع قوات الأمن بمنطقة جبلية في محافظة أسيوط.

وقالت الوزارة في بيان إن بين القتلى المطلوب صبري عبد الستار الفقي، وأضافت أن جهاز الأمن الوطني رصد اختباء العناصر في مزرعة بقرية بني عديات التابعة لمركز منفلوط. ونقلت صحيفة «اليوم السابع» عن مصدر في مديرية أمن أسيوط أن الجثث نقلت إلى مشرحة المستشفى الجامعي.

وفي الإسكندرية، قضت محكمة جنايات الإسكندرية بالسجن 15 عاما على خمسة متهمين بالانتماء إلى جماعة الإخوان المسلمين، بينهم طبيب يدعى حازم عبد الجواد. وقال المحامي أسامة الشاذلي إن هيئة الدفاع ستطعن على الحكم.

وفي شمال سيناء، قال شاهد عيان يدعى سليمان أبو عيطة إن الجيش فرض حظر تجول في قرية الجورة جنوب الشيخ زويد بعد هجوم على كمين أمني.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية المصرية", "الوزارة"], "Egyptian Interior Ministry",
          sub="GovernmentBody"),
        E("hasm", "Organization", ["حركة «حسم»", "حسم"], "Hasm", sub="ArmedGroup"),
        E("secf", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="GovernmentBody", opt=True),
        E("assiut", "Place", ["محافظة أسيوط"], "Assiut Governorate", sub="Region"),
        E("faqi", "Person", ["صبري عبد الستار الفقي"], "Sabri Abdelsattar al-Fiqi"),
        E("nsa", "Organization", ["جهاز الأمن الوطني"], "National Security Agency", sub="GovernmentBody"),
        E("beniadiyat", "Place", ["قرية بني عديات"], "Beni Adiyat", sub="City"),
        E("manfalut", "Place", ["مركز منفلوط"], "Manfalut", sub="City"),
        E("youm7", "Organization", ["صحيفة «اليوم السابع»", "اليوم السابع"], "Youm7", sub="MediaOrganization"),
        E("assiutsec", "Organization", ["مديرية أمن أسيوط"], "Assiut Security Directorate", sub="GovernmentBody"),
        E("alex", "Place", ["الإسكندرية"], "Alexandria", sub="City"),
        E("court", "Organization", ["محكمة جنايات الإسكندرية"], "Alexandria Criminal Court", sub="GovernmentBody"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين"], "Muslim Brotherhood", sub="PoliticalOrganization"),
        E("hazem", "Person", ["حازم عبد الجواد"], "Hazem Abdelgawad"),
        E("shazly", "Person", ["أسامة الشاذلي"], "Osama al-Shazly"),
        E("nsinai", "Place", ["شمال سيناء"], "North Sinai", sub="Region"),
        E("aita", "Person", ["سليمان أبو عيطة"], "Sulaiman Abu Aita"),
        E("army", "Organization", ["الجيش"], "Egyptian Army", sub="ArmedForce"),
        E("jura", "Place", ["قرية الجورة"], "al-Jura", sub="City"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
    ],
    relations=[
        R("partOf", "nsa", "moi", opt=True),
        R("partOf", "assiutsec", "moi", opt=True),
        R("locatedIn", "beniadiyat", "manfalut"),
        R("locatedIn", "jura", "zuweid", opt=True),
        R("memberOf", "faqi", "hasm", opt=True),
    ],
    events=[
        V("Killing", agent=[["moi", "secf"]], target=[["hasm", "faqi"]], place=["assiut"], date="2019-03",
          trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Yemen, Shabwa and Hadramout (2018-01-10, Wednesday)
DOCS.append(dict(
    id="t35-ye-mayfaa", published="2018-01-10",
    text="""عتق - «عدن الغد»:

قال مصدر في قوات النخبة الشبوانية إن مسلحين يشتبه بانتمائهم لتنظيم القاعدة هاجموا، فجر الثلاثاء، نقطة تفتيش في منطقة الحوطة بمديرية ميفعة، وقتلوا جنديين.

وأوضح المصدر أن القوات اعتقلت لاحقا شابين يدعيان سالم باحميش وناصر بن فريد العولقي، فيما قال محمد البوحر، وهو قائد ميداني في النخبة، إن قواته تمشط وادي عبدالله بحثا عن بقية المهاجمين.

وفي المكلا، عاصمة محافظة حضرموت، أعلنت قيادة المنطقة العسكرية الثانية أن قوات النخبة الحضرمية المدعومة من الإمارات ضبطت شحنة أسلحة في ميناء المكلا. ونقل موقع «عدن الغد» عن شيخ قبلي من آل باكازم يدعى عوض الكازمي أن الشحنة كانت «في طريقها إلى البيضاء».

وفي عدن، قال هاني بن بريك، نائب رئيس المجلس الانتقالي الجنوبي، إن قوات الحزام الأمني «ستواصل ملاحقة الإرهابيين في أبين وشبوة».""",
    entities=[
        E("ataq", "Place", ["عتق"], "Ataq", sub="City"),
        E("adenghad", "Organization", ["عدن الغد"], "Aden al-Ghad", sub="MediaOrganization"),
        E("shabwani", "Organization", ["قوات النخبة الشبوانية", "النخبة", "القوات"], "Shabwani Elite Forces",
          sub="ArmedForce"),
        E("aqap", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("hawta", "Place", ["منطقة الحوطة"], "al-Hawta", sub="City"),
        E("mayfaa", "Place", ["مديرية ميفعة"], "Mayfaa", sub="City"),
        E("bahmish", "Person", ["سالم باحميش"], "Salim Bahmish"),
        E("awlaki", "Person", ["ناصر بن فريد العولقي"], "Nasser bin Farid al-Awlaki"),
        E("buhar", "Person", ["محمد البوحر"], "Mohammed al-Buhar"),
        E("wadi", "Place", ["وادي عبدالله"], "Wadi Abdullah", sub="Region"),
        E("mukalla", "Place", ["المكلا"], "Mukalla", sub="City"),
        E("hadramout", "Place", ["محافظة حضرموت"], "Hadramout Governorate", sub="Region"),
        E("mr2", "Organization", ["قيادة المنطقة العسكرية الثانية"], "Second Military Region Command",
          sub="ArmedForce"),
        E("hadrami", "Organization", ["قوات النخبة الحضرمية"], "Hadrami Elite Forces", sub="ArmedForce"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("port", "Place", ["ميناء المكلا"], "Port of Mukalla"),
        E("bakazim", "Organization", ["آل باكازم"], "Al Bakazim tribe"),
        E("kazmi", "Person", ["عوض الكازمي"], "Awad al-Kazmi"),
        E("bayda", "Place", ["البيضاء"], "al-Bayda", sub="Region"),
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("binbreik", "Person", ["هاني بن بريك"], "Hani bin Breik"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("hizam", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("abyan", "Place", ["أبين"], "Abyan", sub="Region"),
        E("shabwa", "Place", ["شبوة"], "Shabwa", sub="Region"),
    ],
    relations=[
        R("locatedIn", "hawta", "mayfaa"),
        R("memberOf", "buhar", "shabwani"),
        R("locatedIn", "mukalla", "hadramout"),
        R("locatedIn", "port", "mukalla", opt=True),
        R("memberOf", "kazmi", "bakazim"),
        R("positionIn", "binbreik", "stc"),
        R("affiliatedWith", "hadrami", "uae", opt=True),
    ],
    events=[
        V("Attack", agent=["aqap"], target=["shabwani"], place=[["hawta", "mayfaa"]], date="2018-01-09",
          trigger="هاجموا"),
        V("Killing", agent=["aqap"], place=[["hawta", "mayfaa"]], date="2018-01-09", trigger="قتلوا"),
        V("Arrest", agent=["shabwani"], target=["bahmish", "awlaki"], trigger="اعتقلت"),
    ],
))
