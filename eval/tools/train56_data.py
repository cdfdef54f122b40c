"""Hand annotations of the fifty-sixth training set (see eval/train56/README.md).

The entities helper's working set of the fifteenth session: Western and other foreign given names
transliterated (short and long), persons named with no title, well-known bodies (البرلمان الأوروبي،
المفوضية الأوروبية، الأزهر), bodies named by a country adjective and generic authorities
(السلطات المصرية، الأجهزة الأمنية اللبنانية، قوات الأمن الأفغانية), organisations whose name holds a
place, names broken across a line. Persons are invented except well-known public figures.
Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Brussels (2018-10-26, Friday)
DOCS.append(dict(
    id="t56-be-brussels", published="2018-10-26",
    text="""بروكسل - (أ ف ب):

صوت البرلمان الأوروبي، أمس الخميس، بأغلبية كبيرة على قرار غير ملزم يدعو الدول الأعضاء إلى وقف صادرات السلاح إلى السعودية، على خلفية الحرب في اليمن ومقتل الصحافي جمال خاشقجي في قنصلية بلاده في إسطنبول.

وقالت النائبة الهولندية إيما فان دير برغ إن «على المفوضية الأوروبية أن تتحرك الآن»، مضيفة أن القرار «رسالة واضحة» إلى الرياض. وقال ينس
أولسن، وهو نائب دنماركي عن كتلة الخضر، إن بلاده «ستكون أول من يلتزم بالقرار».

من جهتها، قالت فيديريكا موغيريني إن الاتحاد الأوروبي ينتظر «تحقيقا شفافا وذا مصداقية»، فيما نقلت وكالة الأنباء الألمانية عن مصدر في وزارة الخارجية الألمانية أن برلين علقت صفقات جديدة مع المملكة.

وفي إسطنبول، واصل محققون أتراك تفتيش منزل القنصل السعودي.""",
    entities=[
        E("brussels", "Place", ["بروكسل"], "Brussels", qid="Q239", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("ep", "Organization", ["البرلمان الأوروبي"], "European Parliament", qid="Q8889",
          sub="GovernmentBody"),
        E("saudi", "Place", ["السعودية", "المملكة"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("riyadh", "Place", ["الرياض"], "Riyadh", sub="City", alt=["Organization"]),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("khashoggi", "Person", ["جمال خاشقجي"], "Jamal Khashoggi"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("vdberg", "Person", ["إيما فان دير برغ"], "Emma van der Berg"),
        E("commission", "Organization", ["المفوضية الأوروبية"], "European Commission", qid="Q8880",
          sub="GovernmentBody"),
        E("olsen", "Person", ["ينس أولسن"], "Jens Olsen"),
        E("greens", "Organization", ["كتلة الخضر"], "Greens/EFA", sub="PoliticalOrganization"),
        E("mogherini", "Person", ["فيديريكا موغيريني"], "Federica Mogherini"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("dpa", "Organization", ["وكالة الأنباء الألمانية"], "dpa", sub="MediaOrganization"),
        E("aamt", "Organization", ["وزارة الخارجية الألمانية"], "German Foreign Office", sub="GovernmentBody"),
        E("berlin", "Place", ["برلين"], "Berlin", qid="Q64", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("memberOf", "olsen", "greens"),
        R("memberOf", "olsen", "ep", opt=True),
        R("memberOf", "vdberg", "ep", opt=True),
    ],
    events=[
        V("Killing", place=["istanbul"], target=["khashoggi"]),
    ],
))

# ---------------------------------------------------------------- Cairo (2017-04-10, Monday)
DOCS.append(dict(
    id="t56-eg-tanta", published="2017-04-10",
    text="""القاهرة - (رويترز):

دان الأزهر، اليوم الاثنين، التفجيرين اللذين استهدفا كنيستي مار جرجس في طنطا والكنيسة المرقسية في الإسكندرية، أمس الأحد، وأسفرا عن مقتل 45 شخصا على الأقل، في هجومين تبناهما تنظيم الدولة الإسلامية.

وقال أحمد الطيب، شيخ الأزهر، إن التفجيرين «جريمة نكراء تستهدف وحدة المصريين». وأعلنت السلطات المصرية أن الأجهزة الأمنية تمكنت من تحديد هوية أحد الانتحاريين، ويدعى ممدوح أمين بغدادي، من محافظة قنا.

وقال شاهد عيان يدعى مينا
عادل لقناة «سي بي سي» إن الانفجار وقع «أثناء ترانيم أحد الشعانين». وأكد خالد مجاهد، المتحدث باسم وزارة الصحة والسكان، أن المصابين نقلوا إلى مستشفى طنطا الجامعي.

وأعلن عبد الفتاح السيسي حالة الطوارئ في البلاد لمدة ثلاثة أشهر.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("azhar", "Organization", ["الأزهر"], "Al-Azhar"),
        E("stgeorge", "Place", ["مار جرجس"], "St. George's Church (Tanta)", opt=True),
        E("tanta", "Place", ["طنطا"], "Tanta", sub="City"),
        E("stmark", "Place", ["الكنيسة المرقسية"], "Saint Mark's Coptic Orthodox Cathedral", opt=True),
        E("alex", "Place", ["الإسكندرية"], "Alexandria", qid="Q87", sub="City"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("tayeb", "Person", ["أحمد الطيب"], "Ahmed el-Tayeb"),
        E("auth", "Organization", ["السلطات المصرية"], "Egyptian authorities", sub="GovernmentBody"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Egyptian security services", sub="GovernmentBody",
          opt=True),
        E("baghdadi", "Person", ["ممدوح أمين بغدادي"], "Mamdouh Amin Baghdadi"),
        E("qena", "Place", ["محافظة قنا"], "Qena Governorate", sub="Region"),
        E("mina", "Person", ["مينا عادل"], "Mina Adel"),
        E("cbc", "Organization", ["قناة «سي بي سي»", "سي بي سي"], "CBC (Egypt)", sub="MediaOrganization"),
        E("mugahed", "Person", ["خالد مجاهد"], "Khaled Mugahed"),
        E("moh", "Organization", ["وزارة الصحة والسكان"], "Egyptian Ministry of Health and Population",
          sub="GovernmentBody"),
        E("hospital", "Organization", ["مستشفى طنطا الجامعي"], "Tanta University Hospital", alt=["Place"]),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("egypt", "Place", ["البلاد"], "Egypt", qid="Q79", sub="Country", opt=True),
    ],
    relations=[
        R("leaderOf", "tayeb", "azhar"),
        R("spokespersonOf", "mugahed", "moh"),
        R("locatedIn", "stgeorge", "tanta", opt=True),
        R("locatedIn", "stmark", "alex", opt=True),
    ],
    events=[
        V("Attack", agent=["is"], place=[["tanta", "stgeorge"]], date="2017-04-09"),
        V("Attack", agent=["is"], place=[["alex", "stmark"]], date="2017-04-09"),
        V("Killing", agent=["is"], place=[["tanta", "alex"]], date="2017-04-09"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni (2018-08-13, Monday)
DOCS.append(dict(
    id="t56-af-ghazni", published="2018-08-13",
    text="""كابل - (د ب أ):

قالت وزارة الدفاع الأفغانية، اليوم الاثنين، إن قوات الأمن الأفغانية استعادت السيطرة على معظم أحياء مدينة غزنة، بعد أربعة أيام من هجوم واسع شنته حركة طالبان على المدينة الواقعة على الطريق السريع بين كابل وقندهار.

وقال محمد رضا
أحمدي، وهو عضو في مجلس ولاية غزنة، إن «جثث عناصر الأمن الأفغاني ما زالت في الشوارع». وأضاف أحمدي أن القتال دمر سوق المدينة القديم.

وقال جون نيكلسون، قائد مهمة الدعم الحازم التي يقودها حلف شمال الأطلسي، إن طائرات أميركية نفذت أكثر من 20 غارة دعما للقوات الأفغانية. ونقلت وكالة «باجهواك» الأفغانية للأنباء عن ذبيح الله مجاهد قوله إن مقاتلي الحركة «انسحبوا من مواقعهم طوعا».

وقالت وزارة الصحة العامة إن نحو 100 من عناصر الجيش والشرطة قتلوا.""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("mod", "Organization", ["وزارة الدفاع الأفغانية"], "Afghan Ministry of Defense", sub="GovernmentBody"),
        E("ansf", "Organization", ["قوات الأمن الأفغانية", "الأمن الأفغاني", "القوات الأفغانية"],
          "Afghan National Security Forces", sub="ArmedForce"),
        E("ghazni", "Place", ["مدينة غزنة", "المدينة"], "Ghazni", sub="City"),
        E("taliban", "Organization", ["حركة طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("kandahar", "Place", ["قندهار"], "Kandahar", sub="City"),
        E("ahmadi", "Person", ["محمد رضا أحمدي", "أحمدي"], "Mohammad Reza Ahmadi"),
        E("council", "Organization", ["مجلس ولاية غزنة"], "Ghazni Provincial Council", sub="GovernmentBody"),
        E("nicholson", "Person", ["جون نيكلسون"], "John W. Nicholson Jr."),
        E("rs", "Organization", ["مهمة الدعم الحازم"], "Resolute Support Mission", sub="ArmedForce"),
        E("nato", "Organization", ["حلف شمال الأطلسي"], "NATO", qid="Q7184"),
        E("pajhwok", "Organization", ["وكالة «باجهواك» الأفغانية للأنباء", "باجهواك"], "Pajhwok Afghan News",
          sub="MediaOrganization"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("moph", "Organization", ["وزارة الصحة العامة"], "Afghan Ministry of Public Health",
          sub="GovernmentBody"),
    ],
    relations=[
        R("memberOf", "ahmadi", "council"),
        R("leaderOf", "nicholson", "rs"),
        R("partOf", "rs", "nato", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], place=["ghazni"]),
        V("Strike", place=["ghazni"], opt=True),
    ],
))

# ---------------------------------------------------------------- Lebanon, Tripoli (2016-09-02, Friday)
DOCS.append(dict(
    id="t56-lb-tripoli", published="2016-09-02",
    text="""بيروت - (الأناضول):

أعلنت المديرية العامة للأمن العام اللبناني، اليوم الجمعة، توقيف خلية من ثلاثة أشخاص في مدينة طرابلس شمالي البلاد، قالت إنها كانت تعد لتفجير سيارة مفخخة في الضاحية الجنوبية لبيروت بتوجيه من تنظيم «داعش» في مدينة الرقة السورية.

وذكر البيان أن أحد الموقوفين، ويدعى عمر
الحلبي، اعترف بتلقي أموال من شخص يدعى أبو خالد الشامي. وقال مصدر في الأجهزة الأمنية اللبنانية لوكالة الأنباء الوطنية إن الخلية «كانت على تواصل مع مجموعات في مخيم عين الحلوة».

وقال نهاد المشنوق إن «العيون الساهرة تحمي لبنان»، فيما أشاد وليد جنبلاط بما وصفه بـ«الإنجاز النوعي». وفي عكار، داهمت دورية من مخابرات الجيش اللبناني منزلا في بلدة ببنين وأوقفت مطلوبا يدعى
ربيع زعرور.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("gs", "Organization", ["المديرية العامة للأمن العام اللبناني"], "General Directorate of General Security",
          sub="GovernmentBody"),
        E("tripoli", "Place", ["مدينة طرابلس"], "Tripoli (Lebanon)", sub="City"),
        E("lebanon", "Place", ["البلاد", "لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت", "الضاحية الجنوبية"], "Dahieh", sub="Region"),
        E("is", "Organization", ["«داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("raqqa", "Place", ["مدينة الرقة"], "Raqqa", sub="City"),
        E("halabi", "Person", ["عمر الحلبي"], "Omar al-Halabi"),
        E("shami", "Person", ["أبو خالد الشامي"], "Abu Khaled al-Shami"),
        E("security", "Organization", ["الأجهزة الأمنية اللبنانية"], "Lebanese security services",
          sub="GovernmentBody"),
        E("nna", "Organization", ["وكالة الأنباء الوطنية"], "National News Agency", sub="MediaOrganization"),
        E("ainhelweh", "Place", ["مخيم عين الحلوة"], "Ain al-Hilweh", sub="City"),
        E("machnouk", "Person", ["نهاد المشنوق"], "Nohad Machnouk"),
        E("jumblatt", "Person", ["وليد جنبلاط"], "Walid Jumblatt"),
        E("akkar", "Place", ["عكار"], "Akkar", sub="Region"),
        E("intel", "Organization", ["مخابرات الجيش اللبناني"], "Lebanese Army Intelligence", sub="GovernmentBody"),
        E("bebnine", "Place", ["بلدة ببنين"], "Bebnine", sub="City"),
        E("zaarour", "Person", ["ربيع زعرور"], "Rabih Zaarour"),
    ],
    relations=[
        R("locatedIn", "tripoli", "lebanon", opt=True),
        R("locatedIn", "dahiyeh", "beirut"),
        R("locatedIn", "bebnine", "akkar", opt=True),
    ],
    events=[
        V("Arrest", agent=["gs"], place=["tripoli"], date="2016-09-02", opt=True),
        V("Arrest", agent=["gs"], place=["tripoli"]),
        V("Arrest", agent=["intel"], target=["zaarour"], place=[["bebnine", "akkar"]]),
    ],
))

# ---------------------------------------------------------------- Germany, Chemnitz (2018-10-08, Monday)
DOCS.append(dict(
    id="t56-de-chemnitz", published="2018-10-08",
    text="""برلين - (رويترز):

أعلن مكتب المدعي العام الاتحادي في ألمانيا، اليوم الاثنين، أن الشرطة الألمانية اعتقلت لاجئا سوريا في مدينة كيمنتس بولاية ساكسونيا، للاشتباه في تخطيطه لهجوم بالمتفجرات على مطار برلين تيغل.

وقالت المتحدثة باسم المكتب، فراوكه كولر، إن المشتبه به، ويدعى جابر
البكر، «تواصل عبر الإنترنت مع عنصر في تنظيم الدولة الإسلامية». وأوضح هانز
يورغ مايسنر أن عملية الاعتقال جرت بمساعدة ثلاثة لاجئين سوريين في مدينة لايبزيغ.

وقالت أنغيلا ميركل إن الحكومة «ستدرس كل الثغرات»، فيما طالب حزب البديل من أجل ألمانيا باستقالة وزير الداخلية. وذكرت صحيفة «دي فيلت» أن المكتب الاتحادي لحماية الدستور كان قد تلقى تحذيرا من جهاز استخبارات أجنبي.""",
    entities=[
        E("berlin", "Place", ["برلين"], "Berlin", qid="Q64", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("gba", "Organization", ["مكتب المدعي العام الاتحادي", "المكتب"], "Federal Public Prosecutor General",
          sub="GovernmentBody"),
        E("germany", "Place", ["ألمانيا"], "Germany", qid="Q183", sub="Country"),
        E("police", "Organization", ["الشرطة الألمانية"], "German police", sub="GovernmentBody"),
        E("chemnitz", "Place", ["مدينة كيمنتس"], "Chemnitz", sub="City"),
        E("saxony", "Place", ["ولاية ساكسونيا"], "Saxony", sub="Region"),
        E("tegel", "Place", ["مطار برلين تيغل"], "Berlin Tegel Airport", alt=["Organization"]),
        E("koehler", "Person", ["فراوكه كولر"], "Frauke Köhler"),
        E("bakr", "Person", ["جابر البكر"], "Jaber al-Bakr"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("meissner", "Person", ["هانز يورغ مايسنر"], "Hans-Jörg Meissner"),
        E("leipzig", "Place", ["مدينة لايبزيغ"], "Leipzig", sub="City"),
        E("merkel", "Person", ["أنغيلا ميركل"], "Angela Merkel", qid="Q567"),
        E("gov", "Organization", ["الحكومة"], "German government", sub="GovernmentBody", opt=True),
        E("afd", "Organization", ["حزب البديل من أجل ألمانيا"], "Alternative for Germany",
          sub="PoliticalOrganization"),
        E("welt", "Organization", ["صحيفة «دي فيلت»", "دي فيلت"], "Die Welt", sub="MediaOrganization"),
        E("bfv", "Organization", ["المكتب الاتحادي لحماية الدستور"], "Federal Office for the Protection of the Constitution",
          sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "koehler", "gba"),
        R("locatedIn", "chemnitz", "saxony"),
    ],
    events=[
        V("Arrest", agent=["police"], target=["bakr"], place=[["chemnitz", "saxony"]]),
    ],
))

# ---------------------------------------------------------------- France, Saint-Denis (2015-11-19, Thursday)
DOCS.append(dict(
    id="t56-fr-stdenis", published="2015-11-19",
    text="""باريس - (أ ف ب):

قالت النيابة العامة في باريس، اليوم الخميس، إن عبد الحميد أباعود، الذي يشتبه في أنه العقل المدبر لهجمات باريس، قتل في عملية الدهم التي نفذتها الشرطة الفرنسية، أمس الأربعاء، في ضاحية سان دوني شمالي العاصمة.

وقال فرانسوا مولان إن قوات النخبة في الشرطة أطلقت أكثر من خمسة آلاف رصاصة خلال العملية التي استمرت سبع ساعات. وقال جان
بيار لوروا، وهو من سكان الحي، إن «المبنى اهتز كأنه زلزال».

وفي بروكسل، أعلنت السلطات البلجيكية توقيف تسعة أشخاص في حي مولنبيك، فيما قالت ماري
كلود دوبوا، المتحدثة باسم وزارة الداخلية الفرنسية، إن الأجهزة الأمنية الفرنسية «في حالة تأهب قصوى». وقال مانويل فالس أمام الجمعية الوطنية إن البلاد «في حرب مع تنظيم داعش».""",
    entities=[
        E("paris", "Place", ["باريس", "العاصمة"], "Paris", qid="Q90", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("parquet", "Organization", ["النيابة العامة في باريس"], "Paris prosecutor's office", sub="GovernmentBody"),
        E("abaaoud", "Person", ["عبد الحميد أباعود"], "Abdelhamid Abaaoud"),
        E("police", "Organization", ["الشرطة الفرنسية"], "French police", sub="GovernmentBody"),
        E("stdenis", "Place", ["ضاحية سان دوني", "الحي"], "Saint-Denis", sub="City"),
        E("molins", "Person", ["فرانسوا مولان"], "François Molins"),
        E("leroy", "Person", ["جان بيار لوروا"], "Jean-Pierre Leroy"),
        E("brussels", "Place", ["بروكسل"], "Brussels", qid="Q239", sub="City"),
        E("beauth", "Organization", ["السلطات البلجيكية"], "Belgian authorities", sub="GovernmentBody"),
        E("molenbeek", "Place", ["حي مولنبيك"], "Molenbeek", sub="City"),
        E("dubois", "Person", ["ماري كلود دوبوا"], "Marie-Claude Dubois"),
        E("moi", "Organization", ["وزارة الداخلية الفرنسية"], "French Ministry of the Interior",
          sub="GovernmentBody"),
        E("frsec", "Organization", ["الأجهزة الأمنية الفرنسية"], "French security services", sub="GovernmentBody"),
        E("valls", "Person", ["مانويل فالس"], "Manuel Valls"),
        E("an", "Organization", ["الجمعية الوطنية"], "French National Assembly", sub="GovernmentBody"),
        E("france", "Place", ["البلاد"], "France", qid="Q142", sub="Country", opt=True),
        E("is", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
    ],
    relations=[
        R("spokespersonOf", "dubois", "moi"),
        R("locatedIn", "molenbeek", "brussels"),
        R("locatedIn", "stdenis", "paris", opt=True),
    ],
    events=[
        V("Killing", agent=["police"], target=["abaaoud"], place=["stdenis"], date="2015-11-18"),
        V("Arrest", agent=["beauth"], place=[["molenbeek", "brussels"]]),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2017-10-16, Monday)
DOCS.append(dict(
    id="t56-so-mogadishu", published="2017-10-16",
    text="""مقديشو - (رويترز):

قالت الحكومة الصومالية، اليوم الاثنين، إن عدد قتلى التفجير الذي استهدف تقاطع زوبي المزدحم في العاصمة مقديشو، السبت، ارتفع إلى أكثر من 300 قتيل، في أسوأ هجوم تشهده البلاد منذ سنوات.

وقال عبد الرحمن
عثمان، وهو مسؤول في بلدية مقديشو، إن «عشرات الجثث ما زالت تحت الأنقاض». ولم تعلن أي جهة مسؤوليتها، غير أن مسؤولين في وكالة الاستخبارات والأمن الوطني الصومالية اتهموا حركة الشباب المجاهدين المرتبطة بتنظيم القاعدة.

وقالت بعثة الاتحاد الأفريقي في الصومال (أميصوم) إن جنودها ساعدوا في نقل الجرحى إلى مستشفى المدينة، فيما أرسلت الحكومة التركية طائرة عسكرية لإجلاء المصابين إلى أنقرة. وأعلن محمد عبد الله فرماجو الحداد ثلاثة أيام.

وقال فاطمة
حسن، وهي ممرضة في مستشفى المدينة، إن «الأدوية نفدت».""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("gov", "Organization", ["الحكومة الصومالية"], "Federal Government of Somalia", sub="GovernmentBody"),
        E("zoobe", "Place", ["تقاطع زوبي"], "Zoobe junction", opt=True),
        E("somalia", "Place", ["البلاد"], "Somalia", qid="Q1045", sub="Country", opt=True),
        E("osman", "Person", ["عبد الرحمن عثمان"], "Abdirahman Osman"),
        E("bmg", "Organization", ["بلدية مقديشو"], "Benadir Regional Administration", sub="GovernmentBody"),
        E("nisa", "Organization", ["وكالة الاستخبارات والأمن الوطني الصومالية"],
          "National Intelligence and Security Agency", sub="GovernmentBody"),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين"], "al-Shabaab", sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", sub="ArmedForce"),
        E("hospital", "Organization", ["مستشفى المدينة"], "Medina Hospital", alt=["Place"]),
        E("trgov", "Organization", ["الحكومة التركية"], "Turkish government", sub="GovernmentBody"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmaajo"),
        E("hassan", "Person", ["فاطمة حسن"], "Fatima Hassan"),
    ],
    relations=[
        R("memberOf", "osman", "bmg", opt=True),
        R("affiliatedWith", "shabaab", "aq"),
        R("locatedIn", "zoobe", "mogadishu", opt=True),
    ],
    events=[
        V("Attack", place=[["zoobe", "mogadishu"]], date="2017-10-14"),
        V("Killing", place=[["zoobe", "mogadishu"]], date="2017-10-14"),
    ],
))

# ---------------------------------------------------------------- Iraq, Erbil (2017-09-22, Friday)
DOCS.append(dict(
    id="t56-iq-erbil", published="2017-09-22",
    text="""أربيل - (الأناضول):

قال بريت ماكغورك، المبعوث الأميركي إلى التحالف الدولي ضد تنظيم داعش، اليوم الجمعة، إن واشنطن «تعارض بشدة» الاستفتاء على استقلال إقليم كردستان العراق المقرر الاثنين المقبل، داعيا حكومة الإقليم إلى «القبول بالبديل الدولي».

وقال هوشيار
زيباري، القيادي في الحزب الديمقراطي الكردستاني، إن «الاستفتاء ماض في موعده». في المقابل، قالت السلطات العراقية إنها لن تعترف بنتائجه، ونقلت وكالة «رووداو» عن سردار
عزيز، وهو موظف في مفوضية الانتخابات والاستفتاء في إقليم كردستان، أن التحضيرات اكتملت في محافظة دهوك.

وفي بغداد، صوت مجلس النواب العراقي على إلزام رئيس الوزراء بنشر قوات في المناطق المتنازع عليها، وقالت آلاء طالباني إن القرار «يهدد السلم». وأعلن الحرس الثوري الإيراني إجراء مناورات قرب الحدود مع الإقليم.""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("mcgurk", "Person", ["بريت ماكغورك"], "Brett McGurk"),
        E("coalition", "Organization", ["التحالف الدولي ضد تنظيم داعش", "التحالف الدولي"],
          "Global Coalition against Daesh", sub="Coalition"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("krg_region", "Place", ["إقليم كردستان العراق", "إقليم كردستان", "الإقليم"], "Kurdistan Region",
          sub="Region"),
        E("krg", "Organization", ["حكومة الإقليم"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("zebari", "Person", ["هوشيار زيباري"], "Hoshyar Zebari"),
        E("kdp", "Organization", ["الحزب الديمقراطي الكردستاني"], "Kurdistan Democratic Party",
          sub="PoliticalOrganization"),
        E("iqauth", "Organization", ["السلطات العراقية"], "Iraqi authorities", sub="GovernmentBody"),
        E("rudaw", "Organization", ["وكالة «رووداو»", "رووداو"], "Rudaw", sub="MediaOrganization"),
        E("aziz", "Person", ["سردار عزيز"], "Sardar Aziz"),
        E("ihec", "Organization", ["مفوضية الانتخابات والاستفتاء في إقليم كردستان"],
          "Kurdistan Independent High Elections and Referendum Commission", sub="GovernmentBody"),
        E("duhok", "Place", ["محافظة دهوك"], "Duhok Governorate", sub="Region"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("parl", "Organization", ["مجلس النواب العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("talabani", "Person", ["آلاء طالباني"], "Ala Talabani"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "IRGC", sub="ArmedForce"),
    ],
    relations=[
        R("positionIn", "mcgurk", "coalition"),
        R("memberOf", "zebari", "kdp"),
        R("memberOf", "aziz", "ihec", opt=True),
        R("locatedIn", "duhok", "krg_region", opt=True),
    ],
    events=[],
))

# ---------------------------------------------------------------- Tunisia, Sousse (2015-06-27, Saturday)
DOCS.append(dict(
    id="t56-tn-sousse", published="2015-06-27",
    text="""تونس - (د ب أ):

قالت وزارة الداخلية التونسية، اليوم السبت، إن منفذ الهجوم على فندق «إمبريال مرحبا» في مدينة سوسة، أمس الجمعة، طالب يدعى سيف الدين الرزقي، وإنه لم يكن معروفا لدى الأجهزة الأمنية، فيما تبنى تنظيم الدولة الإسلامية الهجوم الذي أودى بحياة 38 سائحا معظمهم من البريطانيين.

وقال رفيق الشلي إن المهاجم «أخفى رشاشه داخل مظلة شمسية». ونقلت وكالة تونس أفريقيا للأنباء عن مهدي
بن عمر، وهو عامل في الفندق، أنه رأى المهاجم «يبتسم وهو يطلق النار».

وفي لندن، قال ديفيد كاميرون إن بريطانيا «ستواجه هذا الشر»، وأعلنت شرطة اسكتلنديارد إرسال محققين إلى سوسة. وقالت شارلوت
إيفانز، وهي سائحة من مدينة مانشستر نجت من الهجوم، لهيئة الإذاعة البريطانية إن «الشاطئ تحول إلى ساحة حرب».""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية"], "Tunisian Ministry of the Interior",
          sub="GovernmentBody"),
        E("hotel", "Organization", ["فندق «إمبريال مرحبا»", "إمبريال مرحبا", "الفندق"], "Riu Imperial Marhaba Hotel",
          alt=["Place"]),
        E("sousse", "Place", ["مدينة سوسة", "سوسة"], "Sousse", sub="City"),
        E("rezgui", "Person", ["سيف الدين الرزقي"], "Seifeddine Rezgui"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Tunisian security services", sub="GovernmentBody",
          opt=True),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("chelli", "Person", ["رفيق الشلي"], "Rafik Chelli"),
        E("tap", "Organization", ["وكالة تونس أفريقيا للأنباء"], "Tunis Afrique Presse", sub="MediaOrganization"),
        E("benomar", "Person", ["مهدي بن عمر"], "Mehdi Ben Omar"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("cameron", "Person", ["ديفيد كاميرون"], "David Cameron", qid="Q192"),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country"),
        E("met", "Organization", ["شرطة اسكتلنديارد"], "Metropolitan Police", sub="GovernmentBody"),
        E("evans", "Person", ["شارلوت إيفانز"], "Charlotte Evans"),
        E("manchester", "Place", ["مدينة مانشستر"], "Manchester", sub="City"),
        E("bbc", "Organization", ["هيئة الإذاعة البريطانية"], "BBC", qid="Q9531", sub="MediaOrganization"),
    ],
    relations=[
        R("locatedIn", "hotel", "sousse"),
    ],
    events=[
        V("Attack", agent=["is"], place=[["sousse", "hotel"]], date="2015-06-26"),
        V("Killing", agent=["is"], place=[["sousse", "hotel"]], date="2015-06-26"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia / Yemen, Marib (2019-01-14, Monday)
DOCS.append(dict(
    id="t56-ye-marib", published="2019-01-14",
    text="""مأرب (اليمن) - خاص:

كتب: عادل الحميري

قال تركي المالكي، المتحدث باسم تحالف دعم الشرعية في اليمن، اليوم الاثنين، إن الدفاعات الجوية السعودية اعترضت صاروخا باليستيا أطلقته جماعة الحوثي باتجاه مدينة نجران، من دون أن يسفر عن إصابات.

وفي مأرب، قال مصدر في قيادة المنطقة العسكرية الثالثة إن قوات الجيش اليمني صدت هجوما للحوثيين في مديرية صرواح، وقتلت 12 منهم. وأوضح ناجي
العبيدي، وهو قائد ميداني في المقاومة الشعبية، أن مقاتلين من قبيلة عبيدة «شاركوا في التصدي للهجوم».

وفي جنيف، قالت كريستينا
لاغارد، المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية، إن «أكثر من 20 مليون يمني يحتاجون إلى المساعدة». ونقلت قناة «المسيرة» عن يحيى سريع قوله إن الجماعة «ستواصل الرد». وقال مارتن غريفيث إنه سيزور صنعاء الأسبوع المقبل.""",
    entities=[
        E("marib", "Place", ["مأرب"], "Marib", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("humairi", "Person", ["عادل الحميري"], "Adel al-Humairi", opt=True),
        E("maliki", "Person", ["تركي المالكي"], "Turki al-Maliki"),
        E("coalition", "Organization", ["تحالف دعم الشرعية في اليمن"], "Saudi-led coalition", sub="Coalition"),
        E("sadf", "Organization", ["الدفاعات الجوية السعودية"], "Royal Saudi Air Defense", sub="ArmedForce"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين", "الجماعة"], "Houthis",
          sub="ArmedGroup"),
        E("najran", "Place", ["مدينة نجران"], "Najran", sub="City"),
        E("mr3", "Organization", ["قيادة المنطقة العسكرية الثالثة"], "Third Military Region", sub="ArmedForce"),
        E("yarmy", "Organization", ["قوات الجيش اليمني"], "Yemeni Army", sub="ArmedForce"),
        E("sirwah", "Place", ["مديرية صرواح"], "Sirwah District", sub="Region"),
        E("obaidi", "Person", ["ناجي العبيدي"], "Naji al-Obaidi"),
        E("resistance", "Organization", ["المقاومة الشعبية"], "Popular Resistance", sub="ArmedGroup"),
        E("abidah", "Organization", ["قبيلة عبيدة"], "Abidah tribe"),
        E("geneva", "Place", ["جنيف"], "Geneva", qid="Q71", sub="City"),
        E("lagarde", "Person", ["كريستينا لاغارد"], "Christina Lagarde"),
        E("ocha", "Organization", ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"], "OCHA"),
        E("masirah", "Organization", ["قناة «المسيرة»", "المسيرة"], "Al-Masirah", sub="MediaOrganization"),
        E("saree", "Person", ["يحيى سريع"], "Yahya Saree"),
        E("griffiths", "Person", ["مارتن غريفيث"], "Martin Griffiths"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "maliki", "coalition"),
        R("spokespersonOf", "lagarde", "ocha"),
        R("memberOf", "obaidi", "resistance"),
        R("leaderOf", "obaidi", "resistance", opt=True),
        R("locatedIn", "marib", "yemen", opt=True),
    ],
    events=[
        V("Strike", agent=["houthis"], place=["najran"], date="2019-01-14", opt=True),
        V("Strike", agent=["houthis"], place=["najran"]),
        V("Attack", agent=["houthis"], place=["sirwah"]),
        V("Killing", agent=["yarmy"], target=["houthis"], place=["sirwah"]),
        V("Visit", agent=["griffiths"], place=["sanaa"]),
    ],
))
