"""Hand annotations of the fifty-fifth training set (see eval/train55/README.md).

Relations told the way agency news told them in 2015-2018 (Yemen, Iraq, Syria, Egypt, Libya, Lebanon,
Afghanistan, Kuwait and Bahrain, Somalia, Gaza): officials with their post and employer before or after
the name (وزير الخارجية اليمني X، X، المتحدث باسم ...، قائد شرطة ...)، counterparts («نظيره الأردني»)،
members and leaders of groups and parties (القيادي في، أحد أمراء، عضو المكتب السياسي لـ)، groups led by
someone (الذي يقوده، بقيادة)، wings and fronts (الجناح العسكري لـ، فرع، التابعة لـ، المنضوي في)، places in
provinces and countries (بلدة X بإقليم Y جنوبي Z، X، عاصمة ولاية Y)، posts with a pronoun suffix. Persons
are invented except well-known public figures. Written and annotated before the extractor was run on it.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Yemen (2015-05-06, Wednesday)
DOCS.append(dict(
    id="t55-ye-saada", published="2015-05-06",
    text="""الرياض - (رويترز):

قال المتحدث باسم قوات التحالف العربي العميد أحمد عسيري، مساء أمس الثلاثاء، إن طائرات التحالف قصفت مخازن أسلحة تابعة لجماعة الحوثي في مدينة صعدة شمال اليمن، ردا على إطلاق صاروخ باتجاه مدينة نجران جنوب المملكة.

وأضاف عسيري في مؤتمر صحفي بالرياض أن الدفاعات الجوية السعودية اعترضت الصاروخ قبل وصوله إلى هدفه.

من جهته، أكد وزير الخارجية اليمني رياض ياسين، في تصريح لقناة «العربية»، أن حكومة الرئيس عبد ربه منصور هادي «لن تجلس إلى طاولة الحوار» قبل انسحاب المسلحين من العاصمة صنعاء.

في المقابل، قال محمد عبد السلام، الناطق الرسمي لجماعة «أنصار الله»، إن مقاتلي الجماعة سيطروا على مواقع عسكرية في مديرية حرض بمحافظة حجة، فيما نقلت وكالة «سبأ» الخاضعة لسيطرة الحوثيين عن مصدر عسكري أن فارس المؤيدي، القائد الميداني في الجماعة، قتل في غارة قرب الحدود.

وكان محافظ صعدة الموالي للحوثيين، حسين الرزامي، قد اتهم السعودية باستهداف أحياء سكنية في المدينة خلال الأسبوع الماضي.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("coalition", "Organization", ["قوات التحالف العربي", "التحالف"], "Arab coalition", sub="Coalition"),
        E("asiri", "Person", ["أحمد عسيري", "عسيري"], "Ahmed Asiri"),
        E("houthis", "Organization", ["جماعة الحوثي", "أنصار الله", "الجماعة", "الحوثيين"], "Houthis",
          qid="Q1543293", sub="ArmedGroup"),
        E("saada", "Place", ["مدينة صعدة", "صعدة", "المدينة"], "Saada", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("najran", "Place", ["مدينة نجران"], "Najran", sub="City"),
        E("saudi", "Place", ["المملكة", "السعودية"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("yassin", "Person", ["رياض ياسين"], "Riyadh Yassin"),
        E("arabiya", "Organization", ["العربية"], "Al Arabiya", sub="MediaOrganization", opt=True),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi", qid="Q381164"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("harad", "Place", ["مديرية حرض"], "Harad District", sub="Region"),
        E("hajjah", "Place", ["محافظة حجة"], "Hajjah Governorate", sub="Region"),
        E("saba", "Organization", ["سبأ"], "Saba News Agency", sub="MediaOrganization"),
        E("muayyadi", "Person", ["فارس المؤيدي"], "Faris al-Muayyadi"),
        E("razami", "Person", ["حسين الرزامي"], "Husayn al-Razami"),
    ],
    relations=[
        R("spokespersonOf", "asiri", "coalition"),     # المتحدث باسم قوات التحالف العربي العميد X
        R("locatedIn", "saada", "yemen"),              # مدينة صعدة شمال اليمن
        R("locatedIn", "najran", "saudi"),             # مدينة نجران جنوب المملكة
        R("positionIn", "yassin", "yemen"),            # وزير الخارجية اليمني X
        R("leaderOf", "hadi", "yemen", opt=True),      # حكومة الرئيس X
        R("locatedIn", "sanaa", "yemen", opt=True),    # العاصمة صنعاء
        R("spokespersonOf", "abdulsalam", "houthis"),  # X، الناطق الرسمي لجماعة
        R("locatedIn", "harad", "hajjah"),             # مديرية حرض بمحافظة حجة
        R("affiliatedWith", "saba", "houthis"),        # الخاضعة لسيطرة الحوثيين
        R("memberOf", "muayyadi", "houthis"),          # X، القائد الميداني في الجماعة
        R("leaderOf", "muayyadi", "houthis", opt=True),
        R("leaderOf", "razami", "saada"),              # محافظ صعدة ...، X
        R("affiliatedWith", "razami", "houthis"),      # الموالي للحوثيين
    ],
    events=[
        V("Strike", agent=["coalition"], target=["houthis"], place=["saada"], date="2015-05-05",
          trigger="قصفت"),
        V("Strike", place=["najran"], trigger="إطلاق صاروخ"),
        V("Attack", opt=True, agent=["houthis"], place=[["harad", "hajjah"]]),
        V("Killing", target=["muayyadi"], trigger="قتل"),
        V("Killing", opt=True, agent=["coalition"]),
        V("Strike", opt=True, agent=["saudi"], place=["saada"], date="2015"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-12-05, Monday)
DOCS.append(dict(
    id="t55-iq-mosul", published="2016-12-05",
    text="""بغداد - (أ ف ب):

أعلن قائد الشرطة الاتحادية الفريق رائد شاكر جودت، اليوم الاثنين، أن قواته استعادت حي الزهراء في الجانب الأيسر من مدينة الموصل، مركز محافظة نينوى، بعد معارك مع مسلحي تنظيم «داعش».

وقال جودت في بيان إن القوات قتلت العشرات من عناصر التنظيم، بينهم أبو خطاب العفري، والي التنظيم على الساحل الأيسر.

من جانبه، قال النائب عن محافظة نينوى في البرلمان العراقي عبد الرحمن اللويزي إن آلاف المدنيين ما زالوا محاصرين في أحياء المدينة.

وفي أربيل، عاصمة إقليم كردستان شمالي العراق، بحث رئيس الإقليم مسعود بارزاني مع وزير الدفاع الأميركي آشتون كارتر سير المعارك، بحسب بيان صادر عن رئاسة الإقليم.

إلى ذلك، قال الكولونيل جون دوريان، المتحدث باسم التحالف الدولي بقيادة الولايات المتحدة، إن طائرات التحالف نفذت 12 غارة قرب بلدة تلعفر غرب الموصل خلال اليومين الماضيين، استهدفت مواقع للتنظيم.""",
    entities=[
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", opt=True),
        E("fedpol", "Organization", ["الشرطة الاتحادية"], "Federal Police", sub="ArmedForce"),
        E("jawdat", "Person", ["رائد شاكر جودت", "جودت"], "Raed Shaker Jawdat"),
        E("zahraa", "Place", ["حي الزهراء"], "al-Zahraa", sub="Region"),
        E("mosul", "Place", ["مدينة الموصل", "الموصل", "المدينة"], "Mosul", qid="Q83276", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى"], "Nineveh Governorate", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("afari", "Person", ["أبو خطاب العفري"], "Abu Khattab al-Afari"),
        E("parliament", "Organization", ["البرلمان العراقي"], "Council of Representatives of Iraq",
          sub="GovernmentBody"),
        E("luwaizi", "Person", ["عبد الرحمن اللويزي"], "Abdulrahman al-Luwaizi"),
        E("erbil", "Place", ["أربيل"], "Erbil", qid="Q133137", sub="City"),
        E("krg", "Place", ["إقليم كردستان", "الإقليم"], "Kurdistan Region", sub="Region",
          alt=["Organization"]),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("barzani", "Person", ["مسعود بارزاني"], "Masoud Barzani", qid="Q312711"),
        E("carter", "Person", ["آشتون كارتر"], "Ashton Carter", qid="Q503339"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("presidency", "Organization", ["رئاسة الإقليم"], "Kurdistan Region Presidency", opt=True),
        E("dorrian", "Person", ["جون دوريان"], "John Dorrian"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition", sub="Coalition"),
        E("talafar", "Place", ["بلدة تلعفر"], "Tal Afar", sub="City"),
    ],
    relations=[
        R("leaderOf", "jawdat", "fedpol"),           # قائد الشرطة الاتحادية الفريق X
        R("locatedIn", "zahraa", "mosul"),           # حي الزهراء في الجانب الأيسر من مدينة الموصل
        R("locatedIn", "mosul", "nineveh"),          # مدينة الموصل، مركز محافظة نينوى
        R("memberOf", "afari", "isis"),              # X، والي التنظيم
        R("leaderOf", "afari", "isis", opt=True),
        R("positionIn", "afari", "isis", opt=True),
        R("memberOf", "luwaizi", "parliament"),      # النائب ... في البرلمان العراقي X
        R("positionIn", "luwaizi", "parliament", opt=True),
        R("locatedIn", "erbil", "krg"),              # أربيل، عاصمة إقليم كردستان
        R("locatedIn", "krg", "iraq"),               # إقليم كردستان شمالي العراق
        R("locatedIn", "erbil", "iraq", opt=True),
        R("leaderOf", "barzani", "krg"),             # رئيس الإقليم X
        R("positionIn", "carter", "usa"),            # وزير الدفاع الأميركي X
        R("spokespersonOf", "dorrian", "coalition"),  # X، المتحدث باسم التحالف الدولي
        R("leaderOf", "usa", "coalition"),           # بقيادة الولايات المتحدة
        R("locatedIn", "talafar", "mosul", opt=True),  # بلدة تلعفر غرب الموصل
        R("locatedIn", "mosul", "iraq", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["fedpol"], target=["isis"], place=[["zahraa", "mosul"]], date="2016-12"),
        V("Killing", agent=["fedpol"], target=["afari"], trigger="قتلت"),
        V("Meeting", agent=["barzani", "carter"], place=["erbil"], trigger="بحث"),
        V("Strike", agent=["coalition"], target=["isis"], place=["talafar"], trigger="غارة"),
        V("Strike", opt=True, date="2016-12"),
    ],
))

# ---------------------------------------------------------------- Syria, Raqqa (2017-06-19, Monday)
DOCS.append(dict(
    id="t55-sy-raqqa", published="2017-06-19",
    text="""بيروت - (رويترز):

قال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن قوات سوريا الديمقراطية، التي تشكل وحدات حماية الشعب الكردية عمودها الفقري، تقدمت أمس الأحد داخل حي المشلب شرق مدينة الرقة، معقل تنظيم «الدولة الإسلامية» في سوريا.

وقال رامي عبد الرحمن، مدير المرصد، إن 23 مدنيا على الأقل قتلوا في غارات للتحالف على أحياء وسط المدينة.

وقال طلال سلو، المتحدث الرسمي باسم «قسد»، إن مقاتلي القوات «يحكمون الطوق» على المدينة من ثلاث جهات.

وفي ريف حلب الشمالي، اتهم أبو علي الحمصي، قائد فصيل «لواء المعتصم» المنضوي في «الجيش السوري الحر»، الوحدات الكردية بقصف قرى قرب بلدة مارع، فيما نقلت وكالة الأنباء السورية الرسمية (سانا) عن محافظ حلب حسين دياب قوله إن «الحياة عادت إلى طبيعتها» في أحياء المدينة الشرقية.

وكان وزير الخارجية الروسي سيرغي لافروف قد دعا واشنطن، الأسبوع الماضي، إلى «التنسيق» مع الحكومة السورية في معركة الرقة.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City", opt=True),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"], "SOHR", qid="Q1325045"),
        E("uk", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية", "قسد", "القوات"], "Syrian Democratic Forces",
          qid="Q21189495", sub="ArmedGroup"),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية", "الوحدات الكردية"], "YPG", qid="Q1144400",
          sub="ArmedGroup"),
        E("mishlab", "Place", ["حي المشلب"], "al-Mishlab", sub="Region"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة", "المدينة"], "Raqqa", qid="Q207873", sub="City"),
        E("isis", "Organization", ["الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("abdulrahman", "Person", ["رامي عبد الرحمن"], "Rami Abdulrahman"),
        E("coalition", "Organization", ["التحالف"], "Global Coalition", sub="Coalition"),
        E("silo", "Person", ["طلال سلو"], "Talal Silo"),
        E("hamsi", "Person", ["أبو علي الحمصي"], "Abu Ali al-Homsi"),
        E("mutasim", "Organization", ["لواء المعتصم"], "Liwa al-Mutasim", sub="ArmedGroup"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", qid="Q1140226", sub="ArmedGroup"),
        E("aleppo", "Place", ["حلب"], "Aleppo", qid="Q41183", sub="City"),
        E("marea", "Place", ["بلدة مارع"], "Marea", sub="City"),
        E("sana", "Organization", ["وكالة الأنباء السورية الرسمية", "سانا"], "SANA", sub="MediaOrganization"),
        E("diab", "Person", ["حسين دياب"], "Hussein Diab"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov", qid="Q80137"),
        E("washington", "Place", ["واشنطن"], "Washington", qid="Q61", sub="City", alt=["Organization"]),
        E("syrgov", "Organization", ["الحكومة السورية"], "Syrian government", sub="GovernmentBody"),
    ],
    relations=[
        R("partOf", "ypg", "sdf"),                      # التي تشكل الوحدات عمودها الفقري
        R("memberOf", "ypg", "sdf", opt=True),
        R("locatedIn", "mishlab", "raqqa"),             # حي المشلب شرق مدينة الرقة
        R("locatedIn", "raqqa", "syria", opt=True),     # معقل التنظيم في سوريا
        R("leaderOf", "abdulrahman", "sohr"),           # X، مدير المرصد
        R("spokespersonOf", "silo", "sdf"),             # X، المتحدث الرسمي باسم «قسد»
        R("leaderOf", "hamsi", "mutasim"),              # X، قائد فصيل «لواء المعتصم»
        R("memberOf", "mutasim", "fsa"),                # المنضوي في «الجيش السوري الحر»
        R("partOf", "mutasim", "fsa", opt=True),
        R("memberOf", "hamsi", "fsa", opt=True),
        R("locatedIn", "marea", "aleppo", opt=True),    # في ريف حلب ... بلدة مارع
        R("leaderOf", "diab", "aleppo"),                # محافظ حلب X
    ],
    events=[
        V("Attack", opt=True, agent=["sdf"], place=[["mishlab", "raqqa"]], date="2017-06-18"),
        V("Strike", agent=["coalition"], place=["raqqa"], trigger="غارات"),
        V("Killing", agent=["coalition"], place=["raqqa"], trigger="قتلوا"),
        V("Strike", opt=True, agent=["ypg"], place=["marea"]),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2016-03-15, Tuesday)
DOCS.append(dict(
    id="t55-eg-sinai", published="2016-03-15",
    text="""القاهرة - كتب: محمود الشربيني

قال المتحدث العسكري باسم القوات المسلحة المصرية، العميد محمد سمير، اليوم الثلاثاء، إن قوات الجيش الثاني الميداني قتلت 15 من العناصر التكفيرية في مناطق جنوب مدينة الشيخ زويد بمحافظة شمال سيناء، خلال حملة مداهمات استمرت ثلاثة أيام.

وأضاف سمير، في بيان نشره على صفحته الرسمية، أن بين القتلى سالم أبو جرير، أحد أبرز قيادات جماعة «أنصار بيت المقدس»، التي بايعت تنظيم «داعش» وغيرت اسمها إلى «ولاية سيناء».

من جهته، قال اللواء عبد الفتاح حرحور، محافظ شمال سيناء، إن المحافظة ستعيد فتح الطريق الدولي بين العريش ورفح خلال أيام.

سياسيا، بحث وزير الخارجية سامح شكري مع نظيره الأردني ناصر جودة، في اتصال هاتفي، تطورات الأوضاع في المنطقة، بحسب المتحدث باسم الخارجية المصرية أحمد أبو زيد.

وفي سياق متصل، أجلت محكمة جنايات القاهرة محاكمة محمد البلتاجي، القيادي في جماعة الإخوان المسلمين، و20 آخرين من أعضاء الجماعة إلى جلسة الشهر المقبل.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City", opt=True),
        E("sherbini", "Person", ["محمود الشربيني"], "Mahmoud al-Sherbini"),
        E("army", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", qid="Q1294580",
          sub="ArmedForce"),
        E("samir", "Person", ["محمد سمير", "سمير"], "Mohamed Samir"),
        E("second", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء", "المحافظة"], "North Sinai Governorate",
          sub="Region"),
        E("abujarir", "Person", ["سالم أبو جرير"], "Salem Abu Jarir"),
        E("abm", "Organization", ["أنصار بيت المقدس", "ولاية سيناء"], "Ansar Bayt al-Maqdis",
          qid="Q2852612", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("harhour", "Person", ["عبد الفتاح حرحور"], "Abdel Fattah Harhour"),
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry", qid="Q7408896"),
        E("judeh", "Person", ["ناصر جودة"], "Nasser Judeh", qid="Q1967476"),
        E("mfa", "Organization", ["الخارجية المصرية"], "Egyptian Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("abuzeid", "Person", ["أحمد أبو زيد"], "Ahmed Abu Zeid"),
        E("court", "Organization", ["محكمة جنايات القاهرة"], "Cairo Criminal Court", sub="GovernmentBody",
          opt=True),
        E("beltagy", "Person", ["محمد البلتاجي"], "Mohamed Beltagy", qid="Q12228226"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood", qid="Q82708",
          sub="PoliticalOrganization"),
    ],
    relations=[
        R("spokespersonOf", "samir", "army"),        # المتحدث العسكري باسم القوات المسلحة المصرية، العميد X
        R("partOf", "second", "army", opt=True),
        R("locatedIn", "zuweid", "nsinai"),          # مدينة الشيخ زويد بمحافظة شمال سيناء
        R("memberOf", "abujarir", "abm"),            # X، أحد أبرز قيادات جماعة
        R("leaderOf", "abujarir", "abm", opt=True),
        R("affiliatedWith", "abm", "isis"),          # التي بايعت تنظيم «داعش»
        R("leaderOf", "harhour", "nsinai"),          # X، محافظ شمال سيناء
        R("positionIn", "shoukry", "mfa", opt=True),  # وزير الخارجية X (no country adjective)
        R("spokespersonOf", "abuzeid", "mfa"),       # المتحدث باسم الخارجية المصرية X
        R("memberOf", "beltagy", "mb"),              # X، القيادي في جماعة الإخوان المسلمين
        R("locatedIn", "arish", "nsinai", opt=True),
        R("locatedIn", "rafah", "nsinai", opt=True),
    ],
    events=[
        V("Killing", agent=["second"], place=[["zuweid", "nsinai"]], trigger="قتلت"),
        V("Killing", agent=["army"], target=["abujarir"], trigger="القتلى"),
        V("Killing", opt=True, agent=["army"], date="2016-03"),
        V("MilitaryOperation", opt=True, agent=["second"], place=["zuweid"]),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-08-10, Wednesday)
DOCS.append(dict(
    id="t55-ly-sirte", published="2016-08-10",
    text="""طرابلس - (الأناضول):

قال آمر غرفة عمليات «البنيان المرصوص» التابعة لحكومة الوفاق الوطني، العميد خالد الزروق، اليوم الأربعاء، إن القوات سيطرت على مجمع واغادوغو للمؤتمرات، أبرز معاقل تنظيم «داعش» في مدينة سرت (450 كلم شرق طرابلس).

وأوضح الزروق أن طائرات أمريكية نفذت غارات على مواقع التنظيم في الحي رقم 3، بطلب من المجلس الرئاسي الذي يرأسه فائز السراج.

وفي الشرق، قال العقيد أحمد المسماري، الناطق باسم الجيش الوطني الليبي الذي يقوده المشير خليفة حفتر، إن قواته «لن تعترف» بحكومة السراج قبل نيلها ثقة مجلس النواب المنعقد في طبرق.

وفي بنغازي، أعلن عميد بلدية بنغازي، عبد الرحمن العبار، أن الاشتباكات في حي الصابري أدت إلى نزوح مئات الأسر، مطالبا بعثة الأمم المتحدة للدعم في ليبيا بالتدخل.

إلى ذلك، قالت مصادر أمنية في مدينة أجدابيا (160 كلم جنوب بنغازي) إن مسلحين مجهولين اغتالوا آمر كتيبة «شهداء الزاوية» التابعة للجيش، المقدم علي الفرجاني، أمام منزله.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("bunyan", "Organization", ["البنيان المرصوص"], "al-Bunyan al-Marsus",
          sub="ArmedForce"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة السراج"], "Government of National Accord",
          qid="Q22812418", sub="GovernmentBody"),
        E("zarrouq", "Person", ["خالد الزروق", "الزروق"], "Khaled al-Zarrouq"),
        E("ouagadougou", "Place", ["مجمع واغادوغو للمؤتمرات"], "Ouagadougou conference centre", opt=True),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("sirte", "Place", ["مدينة سرت"], "Sirte", qid="Q207955", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج", "السراج"], "Fayez al-Sarraj", qid="Q22682006"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش"], "Libyan National Army", qid="Q20002727",
          sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar", qid="Q1153346"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives", sub="GovernmentBody"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", qid="Q172665", sub="City"),
        E("municipality", "Organization", ["بلدية بنغازي"], "Benghazi Municipality", sub="GovernmentBody"),
        E("abbar", "Person", ["عبد الرحمن العبار"], "Abdulrahman al-Abbar"),
        E("sabri", "Place", ["حي الصابري"], "al-Sabri", sub="Region"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا"], "UNSMIL", qid="Q1136683"),
        E("ajdabiya", "Place", ["مدينة أجدابيا"], "Ajdabiya", sub="City"),
        E("zawiya", "Organization", ["شهداء الزاوية"], "Shuhada al-Zawiya battalion",
          sub="ArmedGroup"),
        E("ferjani", "Person", ["علي الفرجاني"], "Ali al-Ferjani"),
    ],
    relations=[
        R("leaderOf", "zarrouq", "bunyan"),        # آمر غرفة عمليات ... العميد X
        R("partOf", "bunyan", "gna"),              # التابعة لحكومة الوفاق الوطني
        R("leaderOf", "sarraj", "pc"),             # المجلس الرئاسي الذي يرأسه X
        R("leaderOf", "sarraj", "gna", opt=True),  # حكومة السراج
        R("spokespersonOf", "mismari", "lna"),     # X، الناطق باسم الجيش الوطني الليبي
        R("leaderOf", "haftar", "lna"),            # الذي يقوده المشير X
        R("locatedIn", "hor", "tobruk", opt=True),
        R("leaderOf", "abbar", "municipality"),    # عميد بلدية بنغازي، X
        R("leaderOf", "abbar", "benghazi", opt=True),
        R("locatedIn", "sabri", "benghazi", opt=True),
        R("leaderOf", "ferjani", "zawiya"),        # آمر كتيبة ...، المقدم X
        R("partOf", "zawiya", "lna"),              # التابعة للجيش
        R("memberOf", "ferjani", "lna", opt=True),
        R("memberOf", "zarrouq", "gna", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["bunyan"], target=["isis"], place=[["ouagadougou", "sirte"]], date="2016-08-10"),
        V("Strike", target=["isis"], place=["sirte"], trigger="غارات"),
        V("Killing", target=["ferjani"], place=["ajdabiya"], trigger="اغتالوا"),
        V("Attack", opt=True, place=["sabri", "benghazi"]),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal (2017-07-26, Wednesday)
DOCS.append(dict(
    id="t55-lb-arsal", published="2017-07-26",
    text="""بيروت - «الحياة»

قال الأمين العام لـ«حزب الله» حسن نصر الله، في كلمة متلفزة مساء أمس، إن مقاتلي الحزب «حرروا» معظم جرود بلدة عرسال في قضاء بعلبك الهرمل شرق لبنان من مسلحي «جبهة النصرة»، داعيا من تبقى منهم إلى «إلقاء السلاح».

ورد رئيس حزب «القوات اللبنانية» سمير جعجع بالقول إن «قرار الحرب والسلم يجب أن يكون بيد الدولة وحدها».

من جهته، قال وزير الداخلية اللبناني نهاد المشنوق، القيادي في «تيار المستقبل» الذي يتزعمه رئيس الحكومة سعد الحريري، إن الأجهزة الأمنية تتابع ملف النازحين في مخيمات البلدة.

وكانت مديرية التوجيه في الجيش اللبناني قد أعلنت، الاثنين، توقيف المدعو أحمد الحجيري، أحد أمراء «النصرة» في الجرود، عند حاجز وادي حميد، مشيرة إلى أنه «متورط في الاعتداء على مراكز الجيش».

وأكد قائد الجيش العماد جوزيف عون، خلال تفقده الوحدات المنتشرة على الحدود الشرقية، أن المؤسسة العسكرية «جاهزة» لمعركة طرد تنظيم «داعش» من جرود رأس بعلبك والقاع.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City", opt=True),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah", qid="Q193156"),
        E("arsal", "Place", ["بلدة عرسال", "البلدة"], "Arsal", sub="City"),
        E("baalbek", "Place", ["قضاء بعلبك الهرمل"], "Baalbek-Hermel", sub="Region"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("nusra", "Organization", ["جبهة النصرة", "النصرة"], "al-Nusra Front", qid="Q1128651", sub="ArmedGroup"),
        E("lf", "Organization", ["القوات اللبنانية"], "Lebanese Forces", qid="Q1326012",
          sub="PoliticalOrganization"),
        E("geagea", "Person", ["سمير جعجع"], "Samir Geagea", qid="Q363439"),
        E("machnouk", "Person", ["نهاد المشنوق"], "Nohad Machnouk", qid="Q7045855"),
        E("future", "Organization", ["تيار المستقبل"], "Future Movement", qid="Q1418522",
          sub="PoliticalOrganization"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri", qid="Q57547"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش", "المؤسسة العسكرية"], "Lebanese Armed Forces",
          qid="Q1637491", sub="ArmedForce"),
        E("tawjih", "Organization", ["مديرية التوجيه"], "LAF Directorate of Orientation", opt=True),
        E("hujairi", "Person", ["أحمد الحجيري"], "Ahmad al-Hujairi"),
        E("wadihmeid", "Place", ["وادي حميد"], "Wadi Hmeid", opt=True),
        E("aoun", "Person", ["جوزيف عون"], "Joseph Aoun", qid="Q16173330"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("rasbaalbek", "Place", ["رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("qaa", "Place", ["القاع"], "al-Qaa", sub="City"),
    ],
    relations=[
        R("leaderOf", "nasrallah", "hezbollah"),       # الأمين العام لـ«حزب الله» X
        R("locatedIn", "arsal", "baalbek"),            # بلدة عرسال في قضاء بعلبك الهرمل
        R("locatedIn", "baalbek", "lebanon"),          # قضاء بعلبك الهرمل شرق لبنان
        R("locatedIn", "arsal", "lebanon", opt=True),
        R("leaderOf", "geagea", "lf"),                 # رئيس حزب «القوات اللبنانية» X
        R("positionIn", "machnouk", "lebanon"),        # وزير الداخلية اللبناني X
        R("memberOf", "machnouk", "future"),           # X، القيادي في «تيار المستقبل»
        R("leaderOf", "hariri", "future"),             # الذي يتزعمه ... X
        R("leaderOf", "hariri", "lebanon", opt=True),  # رئيس الحكومة X
        R("positionIn", "hariri", "lebanon", opt=True),
        R("memberOf", "hujairi", "nusra"),             # X، أحد أمراء «النصرة»
        R("leaderOf", "hujairi", "nusra", opt=True),
        R("leaderOf", "aoun", "laf"),                  # قائد الجيش العماد X
        R("partOf", "tawjih", "laf", opt=True),
    ],
    events=[
        V("Attack", agent=["hezbollah"], target=["nusra"], place=["arsal"], trigger="حرروا"),
        V("Arrest", agent=["laf"], target=["hujairi"], date="2017-07-24", trigger="توقيف"),
        V("Arrest", opt=True, place=["wadihmeid"]),
        V("Visit", opt=True, agent=["aoun"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Nangarhar (2018-02-27, Tuesday)
DOCS.append(dict(
    id="t55-af-nangarhar", published="2018-02-27",
    text="""كابول - (د ب أ):

قال المتحدث باسم وزارة الداخلية الأفغانية، نجيب دانيش، اليوم الثلاثاء، إن انتحاريا فجر نفسه قرب موكب للشرطة في مدينة جلال آباد، عاصمة ولاية ننغرهار شرقي البلاد، ما أسفر عن مقتل أربعة من عناصر الشرطة وإصابة تسعة مدنيين.

وقال حاكم ننغرهار، محمد قلندر (بعد انتقاله من ولاية لغمان)، إن قائد شرطة مديرية بهسود، عبد الوكيل زازي، كان بين الجرحى.

وأعلن تنظيم «ولاية خراسان»، فرع «داعش» في أفغانستان، مسؤوليته عن الهجوم في بيان نشرته وكالة «أعماق» التابعة للتنظيم.

في المقابل، نفى ذبيح الله مجاهد، المتحدث باسم حركة «طالبان»، أي صلة للحركة بالتفجير.

وفي كابول، بحث الرئيس الأفغاني أشرف غني مع الجنرال جون نيكلسون، قائد بعثة «الدعم الحازم» التابعة لحلف شمال الأطلسي (الناتو)، خطط الربيع المقبل، فيما قال نائب المتحدث باسم الرئاسة الأفغانية، شاه حسين مرتضوي، إن الحكومة «مستعدة للحوار» مع الحركة دون شروط مسبقة.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Afghan Ministry of Interior", sub="GovernmentBody"),
        E("danish", "Person", ["نجيب دانيش"], "Najib Danish"),
        E("police", "Organization", ["الشرطة"], "Afghan police", sub="ArmedForce", opt=True),
        E("jalalabad", "Place", ["مدينة جلال آباد"], "Jalalabad", qid="Q186234", sub="City"),
        E("nangarhar", "Place", ["ولاية ننغرهار", "ننغرهار"], "Nangarhar Province", qid="Q184389", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("qalandar", "Person", ["محمد قلندر"], "Mohammad Qalandar"),
        E("laghman", "Place", ["ولاية لغمان"], "Laghman Province", sub="Region"),
        E("distpolice", "Organization", ["شرطة مديرية بهسود"], "Behsud district police", sub="ArmedForce"),
        E("zazai", "Person", ["عبد الوكيل زازي"], "Abdul Wakil Zazai"),
        E("iskp", "Organization", ["ولاية خراسان", "التنظيم"], "ISKP", qid="Q18789463", sub="ArmedGroup"),
        E("isis", "Organization", ["داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("amaq", "Organization", ["أعماق"], "Amaq", sub="MediaOrganization"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid", qid="Q8060584"),
        E("taliban", "Organization", ["طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani", qid="Q466124"),
        E("nicholson", "Person", ["جون نيكلسون"], "John Nicholson"),
        E("rs", "Organization", ["الدعم الحازم"], "Resolute Support Mission", sub="ArmedForce"),
        E("nato", "Organization", ["حلف شمال الأطلسي", "الناتو"], "NATO", qid="Q7184"),
        E("presidency", "Organization", ["الرئاسة الأفغانية"], "Afghan Presidency", sub="GovernmentBody"),
        E("mortazavi", "Person", ["شاه حسين مرتضوي"], "Shah Hussain Mortazavi"),
        E("gov", "Organization", ["الحكومة"], "Afghan government", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("spokespersonOf", "danish", "moi"),        # المتحدث باسم وزارة الداخلية الأفغانية، X
        R("locatedIn", "jalalabad", "nangarhar"),    # مدينة جلال آباد، عاصمة ولاية ننغرهار
        R("locatedIn", "nangarhar", "afghanistan"),  # ولاية ننغرهار شرقي البلاد
        R("locatedIn", "jalalabad", "afghanistan", opt=True),
        R("leaderOf", "qalandar", "nangarhar"),      # حاكم ننغرهار، X
        R("leaderOf", "zazai", "distpolice"),        # قائد شرطة مديرية بهسود، X
        R("memberOf", "zazai", "police", opt=True),
        R("partOf", "iskp", "isis"),                 # فرع «داعش» في أفغانستان
        R("memberOf", "iskp", "isis", opt=True),
        R("partOf", "amaq", "iskp", opt=True),       # التابعة للتنظيم
        R("affiliatedWith", "amaq", "iskp"),
        R("spokespersonOf", "mujahid", "taliban"),   # X، المتحدث باسم حركة «طالبان»
        R("leaderOf", "ghani", "afghanistan"),       # الرئيس الأفغاني X
        R("leaderOf", "nicholson", "rs"),            # X، قائد بعثة «الدعم الحازم»
        R("partOf", "rs", "nato"),                   # التابعة لحلف شمال الأطلسي
        R("positionIn", "mortazavi", "presidency"),  # نائب المتحدث باسم الرئاسة الأفغانية، X
        R("spokespersonOf", "mortazavi", "presidency", opt=True),
    ],
    events=[
        V("Attack", agent=["iskp"], target=["police"], place=[["jalalabad", "nangarhar"]], date="2018-02-27",
          trigger="فجر"),
        V("Killing", agent=["iskp"], target=["police"], place=["jalalabad"], trigger="مقتل"),
        V("Meeting", agent=["ghani", "nicholson"], place=["kabul"], trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Kuwait and Bahrain (2017-06-12, Monday)
DOCS.append(dict(
    id="t55-kw-gulf", published="2017-06-12",
    text="""الكويت - (كونا):

استقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح في قصر بيان، مساء أمس، وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش، الذي نقل إليه رسالة من ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان، بحضور النائب الأول لرئيس مجلس الوزراء وزير الخارجية الشيخ صباح خالد الحمد الصباح.

وقال الأمين العام لمجلس التعاون لدول الخليج العربية، عبد اللطيف الزياني، في تصريح صحفي إن المجلس يدعم «الوساطة الكويتية» لحل الأزمة مع قطر.

وفي المنامة، قال رئيس الأمن العام البحريني، اللواء طارق الحسن، إن الأجهزة الأمنية ألقت القبض على خمسة مطلوبين في قرية الدراز غرب العاصمة، بينهم حسين الستري، أحد عناصر «سرايا الأشتر» المصنفة إرهابية، والتي قال إنها «تتلقى الدعم من الحرس الثوري الإيراني».

وأضاف الحسن أن المقبوض عليهم متورطون في تفجير استهدف دورية للشرطة في بلدة سترة الشهر الماضي.

من جهة أخرى، التقى سفير خادم الحرمين الشريفين لدى البحرين، الأمير سلطان بن أحمد بن عبدالعزيز، وزير الداخلية البحريني الفريق أول الشيخ راشد بن عبدالله آل خليفة.""",
    entities=[
        E("kuwait", "Place", ["الكويت"], "Kuwait", qid="Q817", sub="Country", alt=["Organization"]),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("sabah", "Person", ["صباح الأحمد الجابر الصباح"], "Sabah al-Ahmad al-Jaber al-Sabah", qid="Q57621"),
        E("bayan", "Place", ["قصر بيان"], "Bayan Palace", opt=True),
        E("gargash", "Person", ["أنور قرقاش"], "Anwar Gargash", qid="Q4771022"),
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City"),
        E("mbz", "Person", ["محمد بن زايد آل نهيان"], "Mohammed bin Zayed Al Nahyan", qid="Q1142393"),
        E("sabahkhalid", "Person", ["صباح خالد الحمد الصباح"], "Sabah Khalid al-Hamad al-Sabah", qid="Q7396657"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers of Kuwait", sub="GovernmentBody",
          opt=True),
        E("gcc", "Organization", ["مجلس التعاون لدول الخليج العربية", "المجلس"], "Gulf Cooperation Council",
          qid="Q161549"),
        E("zayani", "Person", ["عبد اللطيف الزياني"], "Abdullatif al-Zayani", qid="Q4666970"),
        E("qatar", "Place", ["قطر"], "Qatar", qid="Q846", sub="Country"),
        E("manama", "Place", ["المنامة", "العاصمة"], "Manama", qid="Q3882", sub="City"),
        E("security", "Organization", ["الأمن العام البحريني"], "Bahrain Public Security", sub="GovernmentBody"),
        E("hassan", "Person", ["طارق الحسن", "الحسن"], "Tariq al-Hassan"),
        E("diraz", "Place", ["قرية الدراز"], "Diraz", sub="City"),
        E("sitri", "Person", ["حسين الستري"], "Hussein al-Sitri"),
        E("ashtar", "Organization", ["سرايا الأشتر"], "Saraya al-Ashtar", qid="Q22996440", sub="ArmedGroup"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "IRGC", qid="Q271110", sub="ArmedForce"),
        E("sitra", "Place", ["بلدة سترة"], "Sitra", sub="City"),
        E("saudi", "Place", ["خادم الحرمين الشريفين"], "Saudi Arabia", qid="Q851", sub="Country", opt=True),
        E("bahrain", "Place", ["البحرين"], "Bahrain", qid="Q398", sub="Country"),
        E("sultan", "Person", ["سلطان بن أحمد بن عبدالعزيز"], "Sultan bin Ahmed bin Abdulaziz"),
        E("rashid", "Person", ["راشد بن عبدالله آل خليفة"], "Rashid bin Abdullah Al Khalifa", qid="Q7294730"),
    ],
    relations=[
        R("leaderOf", "sabah", "kuwait"),               # أمير الكويت الشيخ X
        R("positionIn", "mbz", "abudhabi"),             # ولي عهد أبوظبي الشيخ X
        R("positionIn", "sabahkhalid", "cabinet", opt=True),
        R("positionIn", "sabahkhalid", "kuwait", opt=True),  # وزير الخارجية (no adjective)
        R("leaderOf", "zayani", "gcc"),                 # الأمين العام لمجلس التعاون ...، X
        R("locatedIn", "diraz", "manama", opt=True),    # قرية الدراز غرب العاصمة
        R("leaderOf", "hassan", "security"),            # رئيس الأمن العام البحريني، اللواء X
        R("memberOf", "sitri", "ashtar"),               # X، أحد عناصر «سرايا الأشتر»
        R("affiliatedWith", "ashtar", "irgc"),          # تتلقى الدعم من الحرس الثوري
        R("positionIn", "sultan", "saudi", opt=True),   # سفير خادم الحرمين الشريفين لدى البحرين
        R("positionIn", "rashid", "bahrain"),           # وزير الداخلية البحريني X
    ],
    events=[
        V("Meeting", agent=["sabah", "gargash"], place=["bayan"], date="2017-06-11", trigger="استقبل"),
        V("Arrest", agent=["security"], place=["diraz"], target=["sitri"], trigger="ألقت القبض"),
        V("Attack", place=["sitra"], date="2017-05", trigger="تفجير"),
        V("Meeting", agent=["sultan", "rashid"], trigger="التقى"),
        V("Visit", opt=True, agent=["gargash"], place=["kuwait"], date="2017-06-11"),
    ],
))

# ---------------------------------------------------------------- Somalia (2018-03-28, Wednesday)
DOCS.append(dict(
    id="t55-so-afgooye", published="2018-03-28",
    text="""مقديشو - (رويترز):

قال العقيد محمد عبدي حسن، وهو ضابط في الجيش الصومالي، إن سبعة جنود قتلوا، اليوم الأربعاء، في هجوم شنه مسلحو حركة «الشباب» على قاعدة عسكرية في بلدة أفجوي بإقليم شبيلي السفلى جنوبي الصومال.

وقال عبد العزيز أبو مصعب، المتحدث باسم العمليات العسكرية لـ«الشباب»، إن مقاتلي الحركة «سيطروا على القاعدة لساعات» قبل الانسحاب منها.

وفي مقديشو، أدان رئيس الوزراء الصومالي حسن علي خيري الهجوم، فيما قال حاكم إقليم شبيلي السفلى، عبد القادر محمد نور سيدي، إن قوات الإقليم بدعم من جنود أوغنديين تابعين لبعثة الاتحاد الأفريقي في الصومال (أميصوم) استعادت السيطرة على المنطقة.

وكانت القيادة العسكرية الأمريكية في أفريقيا (أفريكوم) قد أعلنت، الأسبوع الماضي، أن غارة جوية نفذتها قرب بلدة جلب بإقليم جوبا الوسطى أسفرت عن مقتل أحد قادة الحركة، ويدعى عمر حسين نور.

وقال فرانشيسكو ماديرا، رئيس بعثة «أميصوم»، إن قواته ستبقى في البلاد حتى تتمكن القوات الصومالية من تولي المسؤولية الأمنية.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("hassan", "Person", ["محمد عبدي حسن"], "Mohamed Abdi Hassan"),
        E("sna", "Organization", ["الجيش الصومالي", "القوات الصومالية"], "Somali National Army", sub="ArmedForce"),
        E("shabaab", "Organization", ["الشباب", "الحركة"], "al-Shabaab", qid="Q215425", sub="ArmedGroup"),
        E("afgooye", "Place", ["بلدة أفجوي"], "Afgooye", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى", "الإقليم"], "Lower Shabelle", sub="Region"),
        E("somalia", "Place", ["الصومال", "البلاد"], "Somalia", qid="Q1045", sub="Country"),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب"], "Abdiasis Abu Musab"),
        E("khaire", "Person", ["حسن علي خيري"], "Hassan Ali Khaire", qid="Q28812442"),
        E("sidi", "Person", ["عبد القادر محمد نور سيدي"], "Abdulkadir Mohamed Nur Sidii"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM", qid="Q1062009"),
        E("africom", "Organization", ["القيادة العسكرية الأمريكية في أفريقيا", "أفريكوم"], "AFRICOM",
          qid="Q351226", sub="ArmedForce"),
        E("jilib", "Place", ["بلدة جلب"], "Jilib", sub="City"),
        E("mjuba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("nur", "Person", ["عمر حسين نور"], "Omar Hussein Nur"),
        E("madeira", "Person", ["فرانشيسكو ماديرا"], "Francisco Madeira"),
    ],
    relations=[
        R("memberOf", "hassan", "sna"),              # X، وهو ضابط في الجيش الصومالي
        R("locatedIn", "afgooye", "lshabelle"),      # بلدة أفجوي بإقليم شبيلي السفلى
        R("locatedIn", "lshabelle", "somalia"),      # إقليم شبيلي السفلى جنوبي الصومال
        R("locatedIn", "afgooye", "somalia", opt=True),
        R("spokespersonOf", "abumusab", "shabaab"),  # المتحدث باسم العمليات العسكرية لـ«الشباب»
        R("positionIn", "khaire", "somalia"),        # رئيس الوزراء الصومالي X
        R("leaderOf", "khaire", "somalia", opt=True),
        R("leaderOf", "sidi", "lshabelle"),          # حاكم إقليم شبيلي السفلى، X
        R("locatedIn", "jilib", "mjuba"),            # بلدة جلب بإقليم جوبا الوسطى
        R("memberOf", "nur", "shabaab"),             # أحد قادة الحركة، ويدعى X
        R("leaderOf", "nur", "shabaab", opt=True),
        R("leaderOf", "madeira", "amisom"),          # X، رئيس بعثة «أميصوم»
    ],
    events=[
        V("Attack", agent=["shabaab"], target=["sna"], place=[["afgooye", "lshabelle"]], date="2018-03-28",
          trigger="هجوم"),
        V("Killing", agent=["shabaab"], target=["sna"], place=["afgooye"], date="2018-03-28", trigger="قتلوا"),
        V("Strike", agent=["africom"], place=[["jilib", "mjuba"]], trigger="غارة"),
        V("Killing", agent=["africom"], target=["nur"], place=["jilib"], trigger="مقتل"),
        V("Strike", opt=True, date="2018-03"),
    ],
))

# ---------------------------------------------------------------- Gaza (2018-05-16, Wednesday)
DOCS.append(dict(
    id="t55-ps-gaza", published="2018-05-16",
    text="""غزة - (الأناضول):

قال فوزي برهوم، المتحدث باسم حركة «حماس»، اليوم الأربعاء، إن «الاحتلال يتحمل المسؤولية الكاملة» عن مقتل 60 فلسطينيا برصاص الجيش الإسرائيلي خلال احتجاجات «مسيرة العودة» قرب السياج الحدودي شرقي قطاع غزة.

من جهته، قال أبو عبيدة، الناطق باسم «كتائب عز الدين القسام»، الجناح العسكري لحماس، في كلمة مصورة، إن «صبر المقاومة بدأ ينفد».

وفي المقابل، قال المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، إن طائرات حربية قصفت فجر اليوم ثمانية أهداف لحماس في مدينة رفح جنوبي القطاع، بينها موقع لتدريب عناصر الحركة.

وقال خالد البطش، عضو المكتب السياسي لحركة الجهاد الإسلامي، إن الفصائل «لن تقف مكتوفة الأيدي».

دبلوماسيا، دعا وزير الخارجية الفلسطيني رياض المالكي مجلس حقوق الإنسان إلى عقد جلسة طارئة، فيما طالب نيكولاي ملادينوف، المبعوث الأممي لعملية السلام في الشرق الأوسط، إسرائيل بـ«ضبط النفس»، وقال إن الأمم المتحدة ستواصل اتصالاتها مع مصر لاحتواء التصعيد.""",
    entities=[
        E("gaza", "Place", ["قطاع غزة", "غزة", "القطاع"], "Gaza Strip", qid="Q39760", sub="Region"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("barhoum", "Person", ["فوزي برهوم"], "Fawzi Barhoum"),
        E("hamas", "Organization", ["حماس", "الحركة"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", qid="Q190536", sub="ArmedForce"),
        E("abuobeida", "Person", ["أبو عبيدة"], "Abu Obeida"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", qid="Q1160254",
          sub="ArmedGroup"),
        E("adraee", "Person", ["أفيخاي أدرعي"], "Avichay Adraee", qid="Q16129424"),
        E("rafah", "Place", ["مدينة رفح"], "Rafah", qid="Q216148", sub="City"),
        E("batsh", "Person", ["خالد البطش"], "Khaled al-Batsh"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", qid="Q271632",
          sub="ArmedGroup"),
        E("maliki", "Person", ["رياض المالكي"], "Riyad al-Maliki", qid="Q7322778"),
        E("unhrc", "Organization", ["مجلس حقوق الإنسان"], "UN Human Rights Council", qid="Q208185"),
        E("mladenov", "Person", ["نيكولاي ملادينوف"], "Nickolay Mladenov", qid="Q335633"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("spokespersonOf", "barhoum", "hamas"),     # X، المتحدث باسم حركة «حماس»
        R("spokespersonOf", "abuobeida", "qassam"),  # X، الناطق باسم «كتائب القسام»
        R("partOf", "qassam", "hamas"),              # الجناح العسكري لحماس
        R("spokespersonOf", "adraee", "idf"),        # المتحدث باسم الجيش الإسرائيلي، X
        R("locatedIn", "rafah", "gaza"),             # مدينة رفح جنوبي القطاع
        R("memberOf", "batsh", "pij"),               # X، عضو المكتب السياسي لحركة الجهاد
        R("positionIn", "mladenov", "un"),           # المبعوث الأممي X
    ],
    events=[
        V("Killing", agent=["idf"], place=["gaza"], date="2018", trigger="مقتل"),
        V("Strike", agent=["idf"], target=["hamas"], place=[["rafah", "gaza"]], date="2018-05-16", trigger="قصفت"),
    ],
))
