"""Hand annotations of the twenty-seventh training set (see eval/train27/README.md).

The check set written beside train26: the same kinds of relations (posts after names in apposition,
officials by a country adjective, leaders and members by a pronoun suffix, «القيادي في»، «أحد
قادة»، «الأمين العام لـ»، governors, appointments, allegiance, affiliation, places in places, parts
of organisations) in other countries and wordings. Persons are invented except well-known public
figures. Written and annotated before the extractor was run on it. It is a CHECK set: only its
summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Sudan, Darfur (2016-02-02, Tuesday)
DOCS.append(dict(
    id="t27-sd-jebelmarra", published="2016-02-02",
    text="""الخرطوم - (أ ف ب):

قال العقيد الصوارمي خالد سعد، المتحدث الرسمي باسم القوات المسلحة السودانية، أمس الاثنين، إن الجيش «طهّر» منطقة قولو في جبل مرة بولاية وسط دارفور من مسلحي «حركة تحرير السودان» جناح عبد الواحد نور، وقتل العشرات منهم.

ونفى نمر عبد الرحمن، الناطق باسم الحركة، رواية الجيش، مؤكدا أن مقاتليها «ما زالوا يسيطرون على مواقعهم»، في حين قال القائد الميداني في الحركة آدم إسحاق إن قوات «الدعم السريع»، التي يقودها محمد حمدان دقلو (حميدتي)، أحرقت ثلاث قرى شرق المنطقة.

من جانبه، قال الشرتاي إبراهيم عبد الله، والي ولاية وسط دارفور، إن آلاف النازحين وصلوا إلى مدينة زالنجي، عاصمة الولاية، فيما أعلنت بعثة الاتحاد الأفريقي والأمم المتحدة في دارفور (يوناميد) أنها أرسلت فريقا لتقييم الوضع الإنساني في بلدة روكيرو شمالي جبل مرة.

وفي الخرطوم، أصدر الرئيس السوداني عمر البشير مرسوما عيّن بموجبه الفريق أول عماد الدين عدوي رئيسا لهيئة الأركان المشتركة.

وكان عدوي قد شغل منصب نائب رئيس الأركان للعمليات، فيما يتولى الفريق أول عوض بن عوف وزارة الدفاع منذ عام 2015.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("sawarmi", "Person", ["الصوارمي خالد سعد"], "al-Sawarmi Khalid Saad"),
        E("saf", "Organization", ["القوات المسلحة السودانية", "الجيش"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("golo", "Place", ["منطقة قولو", "المنطقة"], "Golo", sub="City"),
        E("jebel", "Place", ["جبل مرة"], "Jebel Marra", sub="Region"),
        E("cdarfur", "Place", ["ولاية وسط دارفور", "الولاية"], "Central Darfur", sub="Region"),
        E("slmaw", "Organization", ["حركة تحرير السودان", "الحركة"], "SLM-Abdel Wahid", sub="ArmedGroup"),
        E("nour", "Person", ["عبد الواحد نور"], "Abdel Wahid al-Nur"),
        E("nimir", "Person", ["نمر عبد الرحمن"], "Nimir Abdel Rahman"),
        E("ishaq", "Person", ["آدم إسحاق"], "Adam Ishaq"),
        E("rsf", "Organization", ["الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("hemedti", "Person", ["محمد حمدان دقلو", "حميدتي"], "Mohamed Hamdan Dagalo"),
        E("ibrahim", "Person", ["إبراهيم عبد الله"], "Ibrahim Abdullah"),
        E("zalingei", "Place", ["مدينة زالنجي"], "Zalingei", sub="City"),
        E("unamid", "Organization", ["بعثة الاتحاد الأفريقي والأمم المتحدة في دارفور", "يوناميد"], "UNAMID",
          sub="ArmedForce"),
        E("rokero", "Place", ["بلدة روكيرو"], "Rokero", sub="City"),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir", qid="Q57220"),
        E("adawi", "Person", ["عماد الدين عدوي", "عدوي"], "Imad al-Din Adawi"),
        E("jcs", "Organization", ["هيئة الأركان المشتركة"], "Joint Chiefs of Staff (Sudan)", sub="ArmedForce"),
        E("ibnauf", "Person", ["عوض بن عوف"], "Awad Ibn Auf"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of Defence (Sudan)", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "sawarmi", "saf"),        # X، المتحدث الرسمي باسم Y
        R("locatedIn", "golo", "jebel"),              # منطقة قولو في جبل مرة
        R("locatedIn", "jebel", "cdarfur"),           # جبل مرة بولاية وسط دارفور
        R("locatedIn", "golo", "cdarfur", opt=True),
        R("leaderOf", "nour", "slmaw"),               # حركة Y جناح X
        R("spokespersonOf", "nimir", "slmaw"),        # X، الناطق باسم الحركة
        R("memberOf", "ishaq", "slmaw"),              # القائد الميداني في الحركة X
        R("leaderOf", "hemedti", "rsf"),              # التي يقودها X
        R("leaderOf", "ibrahim", "cdarfur"),          # X، والي ولاية وسط دارفور
        R("locatedIn", "zalingei", "cdarfur"),        # مدينة زالنجي، عاصمة الولاية
        R("locatedIn", "rokero", "jebel"),            # بلدة روكيرو شمالي جبل مرة
        R("leaderOf", "adawi", "jcs"),                # عيّن X رئيسا لهيئة الأركان المشتركة
        R("partOf", "jcs", "saf", opt=True),
        R("leaderOf", "ibnauf", "mod"),               # يتولى X وزارة الدفاع
        R("positionIn", "adawi", "saf", opt=True),
    ],
    events=[
        V("Attack", agent=["saf"], target=["slmaw"], place=["golo"], trigger="طهّر"),
        V("Killing", agent=["saf"], target=["slmaw"], place=["golo"], trigger="قتل"),
        V("Attack", agent=["rsf"], trigger="أحرقت"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Yobe (2018-02-24, Saturday)
DOCS.append(dict(
    id="t27-ng-dapchi", published="2018-02-24",
    text="""كانو - (رويترز):

قال إبراهيم غيدام، حاكم ولاية يوبي شمال شرقي نيجيريا، أمس الجمعة، إن 110 تلميذات ما زلن في عداد المفقودين بعد هجوم شنه مسلحون من جماعة «بوكو حرام» على مدرسة ثانوية للبنات في بلدة دابتشي، الواقعة على بعد 275 كيلومترا من دماماتورو، عاصمة الولاية.

ويعتقد مسؤولون أمنيون أن الهجوم نفذه فصيل «ولاية غرب أفريقيا»، الذي يتزعمه أبو مصعب البرناوي، نجل مؤسس الجماعة محمد يوسف، بعد أن أعلن الفصيل ولاءه لتنظيم الدولة الإسلامية عام 2016 وانشق عن أبو بكر شيكاو.

وقال جون إينوش، الناطق باسم الشرطة في الولاية، إن قوات الأمن «تلاحق الخاطفين»، بينما اتهم بوكار علي، أحد زعماء البلدة، الجيش النيجيري بسحب جنوده من المنطقة قبل أسبوع من الهجوم.

وأعلن الرئيس النيجيري محمد بخاري إرسال وفد برئاسة وزير الإعلام لاي محمد إلى البلدة، فيما دان الأمين العام للأمم المتحدة أنطونيو غوتيريش عملية الخطف.

وفي مايدوغوري، عاصمة ولاية بورنو المجاورة، قال باباكورا كولو، أحد قادة ميليشيا «قوة المهام المدنية المشتركة»، إن عناصره انضموا إلى عمليات البحث.""",
    entities=[
        E("kano", "Place", ["كانو"], "Kano", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("gaidam", "Person", ["إبراهيم غيدام"], "Ibrahim Gaidam"),
        E("yobe", "Place", ["ولاية يوبي", "الولاية"], "Yobe State", sub="Region"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("bh", "Organization", ["بوكو حرام", "الجماعة"], "Boko Haram", qid="Q36657", sub="ArmedGroup"),
        E("dapchi", "Place", ["بلدة دابتشي", "البلدة"], "Dapchi", sub="City"),
        E("damaturu", "Place", ["دماماتورو"], "Damaturu", sub="City"),
        E("iswap", "Organization", ["ولاية غرب أفريقيا", "الفصيل"], "ISWAP", sub="ArmedGroup"),
        E("barnawi", "Person", ["أبو مصعب البرناوي"], "Abu Musab al-Barnawi"),
        E("yusuf", "Person", ["محمد يوسف"], "Mohammed Yusuf"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("shekau", "Person", ["أبو بكر شيكاو"], "Abubakar Shekau"),
        E("enoch", "Person", ["جون إينوش"], "John Enoch"),
        E("police", "Organization", ["الشرطة"], "Yobe State Police", opt=True),
        E("ali", "Person", ["بوكار علي"], "Bukar Ali"),
        E("army", "Organization", ["الجيش النيجيري"], "Nigerian Army", sub="ArmedForce"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari", qid="Q57287"),
        E("laimohammed", "Person", ["لاي محمد"], "Lai Mohammed"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("guterres", "Person", ["أنطونيو غوتيريش"], "Antonio Guterres", qid="Q311440"),
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("borno", "Place", ["ولاية بورنو"], "Borno State", sub="Region"),
        E("kolo", "Person", ["باباكورا كولو"], "Babakura Kolo"),
        E("cjtf", "Organization", ["قوة المهام المدنية المشتركة"], "Civilian Joint Task Force", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "gaidam", "yobe"),              # X، حاكم ولاية Y
        R("locatedIn", "yobe", "nigeria"),            # ولاية يوبي شمال شرقي نيجيريا
        R("locatedIn", "damaturu", "yobe"),           # دماماتورو، عاصمة الولاية
        R("locatedIn", "dapchi", "yobe", opt=True),
        R("leaderOf", "barnawi", "iswap"),            # الذي يتزعمه X
        R("leaderOf", "yusuf", "bh"),                 # مؤسس الجماعة X
        R("affiliatedWith", "iswap", "is"),           # أعلن الفصيل ولاءه لتنظيم الدولة
        R("partOf", "iswap", "bh", opt=True),
        R("leaderOf", "shekau", "bh", opt=True),
        R("spokespersonOf", "enoch", "police"),       # X، الناطق باسم الشرطة في الولاية
        R("leaderOf", "buhari", "nigeria"),           # الرئيس النيجيري X
        R("positionIn", "laimohammed", "nigeria", opt=True),  # وزير الإعلام X
        R("leaderOf", "guterres", "un"),              # الأمين العام للأمم المتحدة X
        R("locatedIn", "maiduguri", "borno"),         # مايدوغوري، عاصمة ولاية بورنو
        R("memberOf", "kolo", "cjtf"),                # X، أحد قادة ميليشيا Y
        R("leaderOf", "kolo", "cjtf", opt=True),
    ],
    events=[
        V("Attack", agent=["bh", "iswap"], place=["dapchi"], trigger="هجوم"),
        V("Visit", opt=True, agent=["laimohammed"], place=["dapchi"]),
    ],
))

# ---------------------------------------------------------------- Pakistan, Balochistan (2017-08-14, Monday)
DOCS.append(dict(
    id="t27-pk-quetta", published="2017-08-14",
    text="""إسلام آباد - (الأناضول):

قتل 15 شخصا بينهم ثمانية جنود، مساء السبت، في تفجير انتحاري استهدف شاحنة عسكرية في منطقة بيشين ستوب بمدينة كويتا، عاصمة إقليم بلوشستان جنوب غربي باكستان، وتبنى تنظيم الدولة الإسلامية الهجوم عبر وكالة «أعماق» التابعة له.

وقال سرفراز بوجتي، وزير الداخلية في حكومة الإقليم، إن الانتحاري «كان يستقل دراجة نارية»، فيما أوضح اللواء نديم أحمد أنجم، المفتش العام لقوات حرس الحدود في بلوشستان، أن قواته اعتقلت اثنين من المشتبه بهم.

من جهة أخرى، أعلن المتحدث باسم الجيش الباكستاني، اللواء آصف غفور، أن عملية «رد الفساد» ستتواصل «حتى القضاء على آخر إرهابي».

وفي بيشاور، قال محمد خراساني، المتحدث باسم حركة «طالبان باكستان»، إن الحركة لا علاقة لها بالتفجير، بينما أعلن جماعة الأحرار، المنشقة عن الحركة، مسؤوليتها عن هجوم آخر استهدف نقطة تفتيش في منطقة مهمند القبلية، قرب الحدود مع أفغانستان.

ويتزعم الحركة منذ عام 2013 الملا فضل الله، الذي تقول إسلام آباد إنه يقيم في ولاية كنر الأفغانية.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City", alt=["Organization"]),
        E("aa", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("pishin", "Place", ["منطقة بيشين ستوب"], "Pishin Stop", sub="City"),
        E("quetta", "Place", ["مدينة كويتا"], "Quetta", sub="City"),
        E("baloch", "Place", ["إقليم بلوشستان", "بلوشستان", "الإقليم"], "Balochistan", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("bugti", "Person", ["سرفراز بوجتي"], "Sarfraz Bugti"),
        E("balgov", "Organization", ["حكومة الإقليم"], "Government of Balochistan", sub="GovernmentBody"),
        E("anjum", "Person", ["نديم أحمد أنجم"], "Nadeem Ahmed Anjum"),
        E("fc", "Organization", ["قوات حرس الحدود"], "Frontier Corps", sub="ArmedForce"),
        E("army", "Organization", ["الجيش الباكستاني"], "Pakistan Army", sub="ArmedForce"),
        E("ghafoor", "Person", ["آصف غفور"], "Asif Ghafoor"),
        E("peshawar", "Place", ["بيشاور"], "Peshawar", sub="City"),
        E("khurasani", "Person", ["محمد خراساني"], "Muhammad Khurasani"),
        E("ttp", "Organization", ["طالبان باكستان", "الحركة"], "Tehrik-i-Taliban Pakistan", sub="ArmedGroup"),
        E("jua", "Organization", ["جماعة الأحرار"], "Jamaat-ul-Ahrar", sub="ArmedGroup"),
        E("mohmand", "Place", ["منطقة مهمند القبلية"], "Mohmand Agency", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("fazlullah", "Person", ["الملا فضل الله", "فضل الله"], "Mullah Fazlullah"),
        E("kunar", "Place", ["ولاية كنر"], "Kunar Province", sub="Region"),
    ],
    relations=[
        R("locatedIn", "pishin", "quetta"),           # منطقة بيشين ستوب بمدينة كويتا
        R("locatedIn", "quetta", "baloch"),           # مدينة كويتا، عاصمة إقليم بلوشستان
        R("locatedIn", "baloch", "pakistan"),         # إقليم بلوشستان جنوب غربي باكستان
        R("locatedIn", "quetta", "pakistan", opt=True),
        R("partOf", "amaq", "is"),                    # وكالة «أعماق» التابعة له
        R("positionIn", "bugti", "balgov"),           # X، وزير الداخلية في حكومة الإقليم
        R("leaderOf", "anjum", "fc"),                 # X، المفتش العام لقوات حرس الحدود
        R("spokespersonOf", "ghafoor", "army"),       # المتحدث باسم الجيش الباكستاني، اللواء X
        R("spokespersonOf", "khurasani", "ttp"),      # X، المتحدث باسم حركة Y
        R("affiliatedWith", "jua", "ttp"),            # جماعة الأحرار، المنشقة عن الحركة
        R("leaderOf", "fazlullah", "ttp"),            # يتزعم الحركة ... X
        R("locatedIn", "kunar", "afghanistan"),       # ولاية كنر الأفغانية
    ],
    events=[
        V("Attack", agent=["is"], target=["army"], place=["pishin", "quetta"], date="2017-08-12", trigger="تفجير"),
        V("Killing", agent=["is"], place=["pishin", "quetta"], date="2017-08-12", trigger="قتل"),
        V("Killing", opt=True, target=["army"]),
        V("Arrest", agent=["fc"], trigger="اعتقلت"),
        V("Attack", agent=["jua"], place=["mohmand"], trigger="هجوم"),
    ],
))

# ---------------------------------------------------------------- Iran, Ahvaz (2018-09-23, Sunday)
DOCS.append(dict(
    id="t27-ir-ahvaz", published="2018-09-23",
    text="""طهران - (رويترز):

توعد اللواء محمد علي جعفري، القائد العام للحرس الثوري الإيراني، أمس السبت، بـ«انتقام مدمر» من منفذي الهجوم على عرض عسكري في مدينة الأهواز، مركز محافظة خوزستان جنوب غربي إيران، والذي أسفر عن مقتل 25 شخصا بينهم 12 من عناصر الحرس.

وتبنت «حركة النضال العربي لتحرير الأحواز» الهجوم، وقال يعقوب حر التستري، المتحدث باسمها، لقناة تلفزيونية إن «المقاومة الأحوازية» نفذته، قبل أن يعلن تنظيم الدولة الإسلامية بدوره مسؤوليته عبر وكالة «أعماق».

وقال غلام رضا شريعتي، محافظ خوزستان، إن المهاجمين الأربعة قتلوا جميعا، فيما اتهم وزير الخارجية الإيراني محمد جواد ظريف «دولا إقليمية» بتمويل الجماعة، واستدعت الوزارة سفراء الدنمارك وهولندا وبريطانيا.

من جهته، قال حسن روحاني، الرئيس الإيراني، قبيل توجهه إلى نيويورك للمشاركة في اجتماعات الجمعية العامة للأمم المتحدة، إن «رد الجمهورية الإسلامية سيكون ساحقا».

وفي السياق، عيّن المرشد الأعلى علي خامنئي العميد حسين سلامي، نائب قائد الحرس، مسؤولا عن التحقيق في الهجوم، وفق وكالة «فارس» المقربة من الحرس.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("jafari", "Person", ["محمد علي جعفري"], "Mohammad Ali Jafari"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس"], "IRGC", qid="Q271110", sub="ArmedForce"),
        E("ahvaz", "Place", ["مدينة الأهواز"], "Ahvaz", sub="City"),
        E("khuzestan", "Place", ["محافظة خوزستان", "خوزستان"], "Khuzestan Province", sub="Region"),
        E("iran", "Place", ["إيران", "الجمهورية الإسلامية"], "Iran", qid="Q794", sub="Country",
          alt=["Organization"]),
        E("asmla", "Organization", ["حركة النضال العربي لتحرير الأحواز", "الجماعة"],
          "Arab Struggle Movement for the Liberation of Ahwaz", sub="ArmedGroup"),
        E("tustari", "Person", ["يعقوب حر التستري"], "Yaqub Hur al-Tustari"),
        E("muqawama", "Organization", ["المقاومة الأحوازية"], "Ahvaz National Resistance", sub="ArmedGroup",
          opt=True),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("shariati", "Person", ["غلام رضا شريعتي"], "Gholamreza Shariati"),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif", qid="Q57397"),
        E("mfa", "Organization", ["الوزارة"], "Ministry of Foreign Affairs (Iran)", opt=True),
        E("denmark", "Place", ["الدنمارك"], "Denmark", qid="Q35", sub="Country", opt=True),
        E("netherlands", "Place", ["هولندا"], "Netherlands", qid="Q55", sub="Country", opt=True),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country", opt=True),
        E("rouhani", "Person", ["حسن روحاني"], "Hassan Rouhani", qid="Q5923"),
        E("ny", "Place", ["نيويورك"], "New York", qid="Q60", sub="City"),
        E("unga", "Organization", ["الجمعية العامة للأمم المتحدة"], "UN General Assembly", qid="Q47423"),
        E("khamenei", "Person", ["علي خامنئي"], "Ali Khamenei", qid="Q57336"),
        E("salami", "Person", ["حسين سلامي"], "Hossein Salami"),
        E("fars", "Organization", ["فارس"], "Fars News Agency", sub="MediaOrganization"),
    ],
    relations=[
        R("leaderOf", "jafari", "irgc"),              # X، القائد العام للحرس الثوري الإيراني
        R("locatedIn", "ahvaz", "khuzestan"),         # مدينة الأهواز، مركز محافظة خوزستان
        R("locatedIn", "khuzestan", "iran"),          # محافظة خوزستان جنوب غربي إيران
        R("locatedIn", "ahvaz", "iran", opt=True),
        R("spokespersonOf", "tustari", "asmla"),      # X، المتحدث باسمها
        R("partOf", "amaq", "is", opt=True),
        R("leaderOf", "shariati", "khuzestan"),       # X، محافظ خوزستان
        R("positionIn", "zarif", "iran"),             # وزير الخارجية الإيراني X
        R("leaderOf", "rouhani", "iran"),             # X، الرئيس الإيراني
        R("partOf", "muqawama", "asmla", opt=True),
        R("positionIn", "salami", "irgc"),            # X، نائب قائد الحرس
        R("memberOf", "salami", "irgc", opt=True),
        R("affiliatedWith", "fars", "irgc"),          # وكالة «فارس» المقربة من الحرس
        R("leaderOf", "khamenei", "iran", opt=True),
    ],
    events=[
        V("Attack", agent=["asmla"], target=["irgc"], place=["ahvaz"], trigger="الهجوم"),
        V("Attack", opt=True, agent=["is", "muqawama"]),
        V("Killing", agent=["asmla"], target=["irgc"], place=["ahvaz"], trigger="مقتل"),
        V("Killing", opt=True, agent=["is", "muqawama"]),
        V("Visit", opt=True, agent=["rouhani"], place=["ny"]),
    ],
))

# ---------------------------------------------------------------- Kuwait (2015-06-28, Sunday)
DOCS.append(dict(
    id="t27-kw-sawaber", published="2015-06-28",
    text="""الكويت - (كونا):

أعلنت وزارة الداخلية الكويتية، أمس السبت، أنها اعتقلت سائق السيارة التي نقلت منفذ الهجوم الانتحاري على مسجد الإمام الصادق في منطقة الصوابر بمدينة الكويت، وأن الانتحاري سعودي الجنسية يدعى فهد القباع.

وكان تنظيم «ولاية نجد»، الذي يعرف نفسه بأنه فرع تنظيم الدولة الإسلامية في السعودية، قد تبنى التفجير الذي أودى بحياة 27 مصليا خلال صلاة الجمعة.

وقال الشيخ محمد الخالد الصباح، نائب رئيس مجلس الوزراء وزير الداخلية، إن المتهم عبد الرحمن صباح عيدان «ينتمي إلى التنظيم» وكان مقيما بصورة غير قانونية في البلاد، فيما أعلن النائب عبد الله التميمي، عضو مجلس الأمة عن الدائرة الأولى، أن البرلمان سيعقد جلسة خاصة.

وزار أمير الكويت الشيخ صباح الأحمد الجابر الصباح موقع التفجير بعد دقائق من وقوعه، كما وصل رئيس الوزراء البحريني خليفة بن سلمان آل خليفة إلى الكويت مساء أمس في زيارة تضامنية، حسبما أفاد خالد الجار الله، نائب وزير الخارجية الكويتي.

وأعلنت السلطات لاحقا توقيف صاحب المنزل الذي آوى الانتحاري ليلة الهجوم.""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("kuna", "Organization", ["كونا"], "Kuwait News Agency", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية"], "Ministry of Interior (Kuwait)",
          sub="GovernmentBody"),
        E("sadiq", "Place", ["مسجد الإمام الصادق"], "Imam al-Sadiq Mosque", opt=True),
        E("sawaber", "Place", ["منطقة الصوابر"], "al-Sawaber", sub="City"),
        E("kuwaitcity", "Place", ["مدينة الكويت"], "Kuwait City", qid="Q35178", sub="City"),
        E("qabbaa", "Person", ["فهد القباع"], "Fahd al-Qabbaa"),
        E("najd", "Organization", ["ولاية نجد"], "Najd Province", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("khalid", "Person", ["محمد الخالد الصباح"], "Mohammad al-Khalid al-Sabah"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers (Kuwait)", sub="GovernmentBody",
          opt=True),
        E("eidan", "Person", ["عبد الرحمن صباح عيدان"], "Abdulrahman Sabah Eidan"),
        E("tamimi", "Person", ["عبد الله التميمي"], "Abdullah al-Tamimi"),
        E("umma", "Organization", ["مجلس الأمة", "البرلمان"], "National Assembly (Kuwait)", sub="GovernmentBody"),
        E("emir", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah al-Ahmad al-Jaber al-Sabah", qid="Q57619"),
        E("khalifa", "Person", ["خليفة بن سلمان آل خليفة"], "Khalifa bin Salman Al Khalifa"),
        E("jarallah", "Person", ["خالد الجار الله"], "Khaled al-Jarallah"),
    ],
    relations=[
        R("locatedIn", "sadiq", "sawaber", opt=True),
        R("locatedIn", "sawaber", "kuwaitcity"),      # منطقة الصوابر بمدينة الكويت
        R("partOf", "najd", "is"),                    # فرع تنظيم الدولة الإسلامية في السعودية
        R("positionIn", "khalid", "cabinet", opt=True),
        R("leaderOf", "khalid", "moi", opt=True),     # وزير الداخلية (the ministry named above)
        R("memberOf", "eidan", "is"),                 # ينتمي إلى التنظيم (said by the minister)
        R("memberOf", "tamimi", "umma"),              # X، عضو مجلس الأمة
        R("leaderOf", "emir", "kuwait"),              # أمير الكويت X
        R("positionIn", "jarallah", "kuwait"),        # X، نائب وزير الخارجية الكويتي
        R("locatedIn", "kuwaitcity", "kuwait", opt=True),
    ],
    events=[
        V("Arrest", agent=["moi"], trigger="اعتقلت"),
        V("Attack", agent=["najd", "is"], target=["sadiq"], place=["sawaber", "sadiq", "kuwaitcity"],
          trigger="الهجوم"),
        V("Killing", agent=["najd", "is"], place=["sawaber", "sadiq", "kuwaitcity"], trigger="أودى"),
        V("Attack", opt=True, date="2015-06-26"),
        V("Visit", agent=["emir"], place=["sawaber", "sadiq"], trigger="زار"),
        V("Visit", agent=["khalifa"], place=["kuwait"], date="2015-06-27", trigger="وصل"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Ben Guerdane (2016-03-09, Wednesday)
DOCS.append(dict(
    id="t27-tn-benguerdane", published="2016-03-09",
    text="""تونس - (وات):

قال وزير الدفاع التونسي فرحات الحرشاني، أمس الثلاثاء، إن وحدات الجيش والحرس الوطني قتلت 36 مسلحا منذ الهجوم الذي استهدف، فجر الاثنين، ثكنة عسكرية ومراكز أمنية في مدينة بنقردان بولاية مدنين (جنوب شرق)، قرب الحدود مع ليبيا.

وأوضح بلحسن الوسلاتي، المتحدث باسم وزارة الدفاع، أن بين القتلى مفتاح مانيطة، الذي قال إنه «أمير» خلية مرتبطة بتنظيم الدولة الإسلامية في مدينة صبراتة الليبية، فيما قالت مصادر أمنية إن عددا من المهاجمين تونسيون تلقوا تدريبات في معسكرات التنظيم.

وقال رئيس الحكومة الحبيب الصيد، خلال زيارته المدينة، إن «الإرهابيين أرادوا إقامة إمارة»، بينما أعلن والي مدنين الطاهر المطماطي تمديد حظر التجول.

من جهته، دعا راشد الغنوشي، رئيس حركة «النهضة»، التونسيين إلى «الوحدة»، كما قال القيادي في حزب «نداء تونس» منذر بالحاج علي إن الحكومة مطالبة بمراجعة خطتها لتأمين الحدود.

وكان الرئيس الباجي قائد السبسي قد ترأس اجتماعا لمجلس الأمن القومي في قصر قرطاج، حضره رئيس أركان جيش البر العميد إسماعيل الفتحلي.""",
    entities=[
        E("tunis", "Place", ["تونس"], "Tunis", qid="Q3572", sub="City"),
        E("tap", "Organization", ["وات"], "Tunis Afrique Presse", sub="MediaOrganization", opt=True),
        E("horchani", "Person", ["فرحات الحرشاني"], "Farhat Horchani"),
        E("army", "Organization", ["الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("ng", "Organization", ["الحرس الوطني"], "National Guard (Tunisia)", sub="ArmedForce"),
        E("bg", "Place", ["مدينة بنقردان", "المدينة"], "Ben Guerdane", sub="City"),
        E("medenine", "Place", ["ولاية مدنين", "مدنين"], "Medenine Governorate", sub="Region"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("weslati", "Person", ["بلحسن الوسلاتي"], "Belhassen Oueslati"),
        E("mod", "Organization", ["وزارة الدفاع"], "Ministry of Defence (Tunisia)", sub="GovernmentBody"),
        E("maneeta", "Person", ["مفتاح مانيطة"], "Miftah Maneeta"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("sabratha", "Place", ["مدينة صبراتة"], "Sabratha", sub="City"),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("govt", "Organization", ["الحكومة"], "Government of Tunisia", sub="GovernmentBody"),
        E("matmati", "Person", ["الطاهر المطماطي"], "Taher Matmati"),
        E("ghannouchi", "Person", ["راشد الغنوشي"], "Rached Ghannouchi", qid="Q470498"),
        E("nahda", "Organization", ["النهضة", "حركة «النهضة»"], "Ennahda", sub="PoliticalOrganization"),
        E("nidaa", "Organization", ["نداء تونس"], "Nidaa Tounes", sub="PoliticalOrganization"),
        E("belhaj", "Person", ["منذر بالحاج علي"], "Moncef Belhaj Ali"),
        E("essebsi", "Person", ["الباجي قائد السبسي"], "Beji Caid Essebsi", qid="Q57322"),
        E("nsc", "Organization", ["مجلس الأمن القومي"], "National Security Council (Tunisia)", sub="GovernmentBody"),
        E("carthage", "Place", ["قصر قرطاج"], "Carthage Palace", opt=True),
        E("fathali", "Person", ["إسماعيل الفتحلي"], "Ismail Fathali"),
        E("landarmy", "Organization", ["جيش البر"], "Tunisian Land Army", sub="ArmedForce"),
    ],
    relations=[
        R("leaderOf", "horchani", "mod", opt=True),
        R("locatedIn", "bg", "medenine"),             # مدينة بنقردان بولاية مدنين
        R("spokespersonOf", "weslati", "mod"),        # X، المتحدث باسم وزارة الدفاع
        R("memberOf", "maneeta", "is"),               # «أمير» خلية مرتبطة بتنظيم الدولة
        R("locatedIn", "sabratha", "libya"),          # مدينة صبراتة الليبية
        R("leaderOf", "essid", "govt"),               # رئيس الحكومة X
        R("leaderOf", "matmati", "medenine"),         # والي مدنين X
        R("leaderOf", "ghannouchi", "nahda"),         # X، رئيس حركة Y
        R("memberOf", "belhaj", "nidaa"),             # القيادي في حزب Y X
        R("leaderOf", "fathali", "landarmy"),         # رئيس أركان جيش البر العميد X
        R("partOf", "landarmy", "army", opt=True),
        R("leaderOf", "essebsi", "nsc", opt=True),
    ],
    events=[
        V("Killing", agent=["army", "ng"], place=["bg"], trigger="قتلت"),
        V("Attack", place=["bg"], date="2016-03-07", trigger="الهجوم"),
        V("Attack", opt=True, target=["army", "ng"]),
        V("Visit", agent=["essid"], place=["bg"], trigger="زيارته"),
        V("Meeting", opt=True, agent=["essebsi", "nsc", "fathali"], place=["carthage"]),
    ],
))

# ---------------------------------------------------------------- Jordan, Karak (2016-12-20, Tuesday)
DOCS.append(dict(
    id="t27-jo-karak", published="2016-12-20",
    text="""عمّان - (بترا):

قال محمد المومني، وزير الدولة لشؤون الإعلام الناطق الرسمي باسم الحكومة الأردنية، أمس الاثنين، إن قوات الأمن أنهت عملية قلعة الكرك، التي قتل فيها سبعة من رجال الأمن ومدنيان وسائحة كندية، وقتلت المسلحين الأربعة الذين تحصنوا داخل القلعة.

وتبنى تنظيم الدولة الإسلامية الهجوم في بيان نقلته وكالة «أعماق»، فيما قالت مصادر أمنية إن الخلية كانت تعد لهجمات أخرى في مدينة الكرك، مركز المحافظة التي تحمل الاسم ذاته جنوبي المملكة.

وأعلنت مديرية الأمن العام اعتقال خمسة أشخاص في بلدة القطرانة بمحافظة الكرك، بينهم شقيق أحد المهاجمين، وقال مسؤول في المديرية إن المعتقلين «على صلة بالتنظيم».

من جانبه، قال عاطف الطراونة، رئيس مجلس النواب، إن المجلس سيستدعي وزير الداخلية سلامة حماد، بينما قال الشيخ مراد العضايلة، الأمين العام لحزب جبهة العمل الإسلامي، الذراع السياسية لجماعة الإخوان المسلمين في الأردن، إن «الأردنيين صف واحد».

وكان الملك عبد الله الثاني قد عيّن اللواء أحمد الفقيه مديرا للأمن العام قبل أشهر.""",
    entities=[
        E("amman", "Place", ["عمّان"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("momani", "Person", ["محمد المومني"], "Mohammad al-Momani"),
        E("govt", "Organization", ["الحكومة الأردنية"], "Government of Jordan", sub="GovernmentBody"),
        E("castle", "Place", ["قلعة الكرك", "القلعة"], "Karak Castle", opt=True),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("karak", "Place", ["مدينة الكرك"], "Karak", sub="City"),
        E("karakgov", "Place", ["محافظة الكرك", "المحافظة"], "Karak Governorate", sub="Region"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("psd", "Organization", ["مديرية الأمن العام", "المديرية", "الأمن العام"], "Public Security Directorate",
          sub="GovernmentBody"),
        E("qatraneh", "Place", ["بلدة القطرانة"], "al-Qatraneh", sub="City"),
        E("tarawneh", "Person", ["عاطف الطراونة"], "Atef Tarawneh"),
        E("hor", "Organization", ["مجلس النواب", "المجلس"], "House of Representatives (Jordan)",
          sub="GovernmentBody"),
        E("hammad", "Person", ["سلامة حماد"], "Salameh Hammad"),
        E("udaileh", "Person", ["مراد العضايلة"], "Murad al-Adaileh"),
        E("iaf", "Organization", ["حزب جبهة العمل الإسلامي"], "Islamic Action Front", sub="PoliticalOrganization"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين"], "Muslim Brotherhood (Jordan)",
          sub="PoliticalOrganization"),
        E("abdullah", "Person", ["عبد الله الثاني"], "Abdullah II of Jordan", qid="Q57464"),
        E("faqih", "Person", ["أحمد الفقيه"], "Ahmad al-Faqih"),
    ],
    relations=[
        R("spokespersonOf", "momani", "govt"),        # X، ... الناطق الرسمي باسم الحكومة الأردنية
        R("positionIn", "momani", "govt", opt=True),
        R("partOf", "amaq", "is", opt=True),
        R("locatedIn", "karak", "karakgov"),          # مدينة الكرك، مركز المحافظة
        R("locatedIn", "karakgov", "jordan"),         # المحافظة ... جنوبي المملكة
        R("locatedIn", "castle", "karak", opt=True),
        R("locatedIn", "qatraneh", "karakgov"),       # بلدة القطرانة بمحافظة الكرك
        R("leaderOf", "tarawneh", "hor"),             # X، رئيس مجلس النواب
        R("positionIn", "hammad", "govt", opt=True),  # وزير الداخلية X
        R("leaderOf", "udaileh", "iaf"),              # X، الأمين العام لحزب Y
        R("partOf", "iaf", "mb"),                     # الذراع السياسية لجماعة Y
        R("affiliatedWith", "iaf", "mb", opt=True),
        R("leaderOf", "faqih", "psd"),                # عيّن X مديرا للأمن العام
        R("leaderOf", "abdullah", "jordan", opt=True),
    ],
    events=[
        V("Attack", agent=["is"], place=["castle", "karak"], trigger="الهجوم"),
        V("Killing", agent=["is"], place=["castle", "karak"], trigger="قتل"),
        V("Killing", opt=True, agent=["psd"], place=["castle"]),
        V("Arrest", agent=["psd"], place=["qatraneh"], trigger="اعتقال"),
    ],
))

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2019-03-24, Sunday)
DOCS.append(dict(
    id="t27-sy-baghouz", published="2019-03-24",
    text="""الحسكة - (أ ف ب):

أعلن مظلوم عبدي، القائد العام لـ«قوات سوريا الديمقراطية»، أمس السبت، «القضاء التام» على آخر جيب لتنظيم «داعش» في بلدة الباغوز بريف دير الزور الشرقي، قرب الحدود العراقية، في ختام معركة استمرت أشهرا بدعم من التحالف الدولي بقيادة الولايات المتحدة.

وقال مصطفى بالي، مدير المركز الإعلامي للقوات، إن مقاتليه أسروا مئات المسلحين الأجانب، بينهم أبو حمزة الفرنسي، أحد المسؤولين في «ديوان الحسبة» التابع للتنظيم.

وفي القامشلي، قالت إلهام أحمد، الرئيسة المشتركة للهيئة التنفيذية لمجلس سوريا الديمقراطية، الذراع السياسية للقوات، إن «على الدول استعادة مواطنيها»، فيما دعا السفير الأمريكي السابق في دمشق روبرت فورد إلى «حل سياسي».

وفي مدينة منبج، الواقعة غرب نهر الفرات بريف حلب الشمالي الشرقي، قال محمد أبو عادل، قائد «مجلس منبج العسكري» المنضوي في «قسد»، إن الوضع «هادئ».

وتقول أنقرة إن «وحدات حماية الشعب» الكردية، العمود الفقري لـ«قسد»، امتداد لحزب العمال الكردستاني.""",
    entities=[
        E("hasakah", "Place", ["الحسكة"], "Hasakah", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("abdi", "Person", ["مظلوم عبدي"], "Mazloum Abdi"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد", "القوات"], "Syrian Democratic Forces",
          sub="ArmedGroup"),
        E("isis", "Organization", ["داعش", "تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("baghouz", "Place", ["بلدة الباغوز"], "Baghouz", sub="City"),
        E("deir", "Place", ["ريف دير الزور", "دير الزور"], "Deir ez-Zor Governorate", sub="Region"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("bali", "Person", ["مصطفى بالي"], "Mustafa Bali"),
        E("faransi", "Person", ["أبو حمزة الفرنسي"], "Abu Hamza al-Faransi"),
        E("hisba", "Organization", ["ديوان الحسبة"], "Hisba office", opt=True),
        E("qamishli", "Place", ["القامشلي"], "Qamishli", sub="City"),
        E("ilham", "Person", ["إلهام أحمد"], "Ilham Ahmed"),
        E("msd", "Organization", ["مجلس سوريا الديمقراطية"], "Syrian Democratic Council", sub="PoliticalOrganization"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("ford", "Person", ["روبرت فورد"], "Robert Ford"),
        E("manbij", "Place", ["مدينة منبج"], "Manbij", sub="City"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", opt=True),
        E("aleppo", "Place", ["ريف حلب"], "Aleppo Governorate", sub="Region"),
        E("abuadel", "Person", ["محمد أبو عادل"], "Muhammad Abu Adel"),
        E("mmc", "Organization", ["مجلس منبج العسكري"], "Manbij Military Council", sub="ArmedGroup"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City", alt=["Organization"]),
        E("ypg", "Organization", ["وحدات حماية الشعب"], "YPG", sub="ArmedGroup"),
        E("pkk", "Organization", ["حزب العمال الكردستاني"], "PKK", qid="Q41491", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "abdi", "sdf"),                 # X، القائد العام لـ«Y»
        R("locatedIn", "baghouz", "deir"),            # بلدة الباغوز بريف دير الزور الشرقي
        R("leaderOf", "us", "coalition"),             # التحالف الدولي بقيادة الولايات المتحدة
        R("positionIn", "bali", "sdf"),               # X، مدير المركز الإعلامي للقوات
        R("memberOf", "bali", "sdf", opt=True),
        R("memberOf", "faransi", "isis"),             # أحد المسؤولين في «ديوان الحسبة» التابع للتنظيم
        R("memberOf", "faransi", "hisba", opt=True),
        R("partOf", "hisba", "isis", opt=True),
        R("leaderOf", "ilham", "msd"),                # الرئيسة المشتركة للهيئة التنفيذية لمجلس Y
        R("partOf", "msd", "sdf", opt=True),          # الذراع السياسية للقوات
        R("affiliatedWith", "msd", "sdf"),
        R("positionIn", "ford", "us", opt=True),      # السفير الأمريكي السابق في دمشق
        R("locatedIn", "manbij", "aleppo"),           # مدينة منبج ... بريف حلب الشمالي الشرقي
        R("leaderOf", "abuadel", "mmc"),              # X، قائد «مجلس منبج العسكري»
        R("partOf", "mmc", "sdf"),                    # المنضوي في «قسد»
        R("memberOf", "mmc", "sdf", opt=True),
        R("partOf", "ypg", "sdf", opt=True),          # العمود الفقري لـ«قسد»
        R("memberOf", "ypg", "sdf", opt=True),
        R("affiliatedWith", "ypg", "pkk", opt=True),  # (Ankara's claim)
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["sdf"], target=["isis"], place=["baghouz"]),
        V("Attack", opt=True, agent=["sdf"], target=["isis"], place=["baghouz"]),
        V("Arrest", agent=["sdf"], target=["faransi"], trigger="أسروا"),
    ],
))
