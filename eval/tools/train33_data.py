"""Hand annotations of the thirty-third training set (see eval/train33/README.md).

The check set written beside train32: the same kinds of relations (officials by a country adjective or
a pronoun suffix, posts in a relative clause or far from the name, appointments and dismissals,
governors and walis, spokespersons, leaders of armed groups, membership and allegiance, places in
places) in other countries and wordings (Somalia, Nigeria, Pakistan, Tunisia, Syria, Yemen, the
Philippines, Iraq). Persons are invented except well-known public figures. Written and annotated
before the extractor was run on it. It is a CHECK set: only its summary line is read.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Somalia, Lower Juba (2018-01-20, Saturday)
DOCS.append(dict(
    id="t33-so-afmadow", published="2018-01-20",
    text="""مقديشو - (رويترز):

قالت السلطات في ولاية جوبالاند إن قواتها، بدعم من جنود كينيين يعملون ضمن بعثة الاتحاد الأفريقي في الصومال «أميصوم»، استعادت يوم الجمعة بلدة أفمدو الواقعة في إقليم جوبا السفلى جنوبي البلاد من مقاتلي حركة الشباب.

وقال عبد الله شيخ حسن، الذي يتولى حقيبة الأمن في حكومة الولاية التي تتخذ من مدينة كيسمايو الساحلية مقرا لها، إن «العشرات من مسلحي الحركة قتلوا أو فروا نحو الغابات».

في المقابل، زعم عمر طاهر ديري، المتحدث العسكري باسم الشباب، في تصريح لإذاعة الأندلس الناطقة باسم الحركة، أن مقاتليه «انسحبوا تكتيكيا» بعد أن كبدوا القوات المهاجمة خسائر فادحة.

ولا تزال الحركة، التي يقودها أحمد عمر أبو عبيدة منذ مقتل سلفه أحمد عبدي غودني بغارة أمريكية عام 2014، تسيطر على مساحات واسعة من الريف في وسط الصومال وجنوبه.

وفي العاصمة، أصدر الرئيس الصومالي محمد عبد الله فرماجو مرسوما بتعيين الجنرال عبد القادر ورسمه قائدا جديدا للجيش الوطني، خلفا لقائد استقال الشهر الماضي إثر خلافات مع وزير الدفاع.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("jubaland", "Place", ["ولاية جوبالاند", "الولاية"], "Jubaland", sub="Region", alt=["Organization"]),
        E("jubaadmin", "Organization", ["حكومة الولاية"], "Jubaland administration",
          sub="GovernmentBody", opt=True),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM"),
        E("afmadow", "Place", ["بلدة أفمدو"], "Afmadow", sub="City"),
        E("lowerjuba", "Place", ["إقليم جوبا السفلى"], "Lower Juba", sub="Region"),
        E("somalia", "Place", ["الصومال", "البلاد"], "Somalia", qid="Q1045", sub="Country"),
        E("shabab", "Organization", ["حركة الشباب", "الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("hassan", "Person", ["عبد الله شيخ حسن"], "Abdullahi Sheikh Hassan"),
        E("kismayo", "Place", ["مدينة كيسمايو"], "Kismayo", sub="City"),
        E("dirie", "Person", ["عمر طاهر ديري"], "Omar Tahir Dirie"),
        E("andalus", "Organization", ["إذاعة الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("abuubaida", "Person", ["أحمد عمر أبو عبيدة"], "Ahmad Umar Abu Ubaidah"),
        E("godane", "Person", ["أحمد عبدي غودني"], "Ahmed Abdi Godane"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("warsame", "Person", ["عبد القادر ورسمه"], "Abdulkadir Warsame"),
        E("sna", "Organization", ["الجيش الوطني"], "Somali National Army", sub="ArmedForce"),
    ],
    relations=[
        R("locatedIn", "afmadow", "lowerjuba"),       # بلدة أفمدو الواقعة في إقليم جوبا السفلى
        R("locatedIn", "lowerjuba", "somalia"),       # إقليم جوبا السفلى جنوبي البلاد
        R("positionIn", "hassan", "jubaland"),        # X، الذي يتولى حقيبة الأمن في حكومة الولاية
        R("positionIn", "hassan", "jubaadmin", opt=True),
        R("locatedIn", "kismayo", "jubaland", opt=True),  # التي تتخذ من مدينة كيسمايو مقرا لها
        R("spokespersonOf", "dirie", "shabab"),       # X، المتحدث العسكري باسم الشباب
        R("partOf", "andalus", "shabab", opt=True),   # إذاعة الأندلس الناطقة باسم الحركة
        R("leaderOf", "abuubaida", "shabab"),         # الحركة، التي يقودها X
        R("leaderOf", "godane", "shabab", opt=True),  # سلفه X
        R("leaderOf", "farmajo", "somalia"),          # الرئيس الصومالي X
        R("leaderOf", "warsame", "sna"),              # بتعيين الجنرال X قائدا جديدا للجيش الوطني
        R("partOf", "jubaadmin", "jubaland", opt=True),
    ],
    events=[
        V("Attack", agent=["jubaland"], target=["shabab"], place=["afmadow"], date="2018-01-19",
          trigger="استعادت"),
        V("Attack", opt=True, agent=["amisom", "jubaadmin"]),
        V("Strike", opt=True, target=["godane"], date="2014"),
        V("Killing", opt=True, target=["godane"], date="2014"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2016-11-29, Tuesday)
DOCS.append(dict(
    id="t33-ng-borno", published="2016-11-29",
    text="""مايدوغوري (نيجيريا) - (أ ف ب):

قال الميجر جنرال إيمانويل أوكافور، قائد الفرقة السابعة في الجيش النيجيري، إن قواته طردت مسلحي جماعة «بوكو حرام» من ثلاث قرى قرب بلدة غوزا خلال عملية استمرت يومين، وحررت نحو 80 امرأة وطفلا كانوا محتجزين لديهم.

وأكد الجيش، على لسان المتحدث باسمه العقيد يوسف موسى، أن 23 مسلحا قتلوا في العملية، فيما قتل جنديان وأصيب خمسة آخرون.

وتنشط الجماعة، التي يقودها أبو بكر شيكاو، في محيط مايدوغوري، عاصمة ولاية بورنو، منذ عام 2009. وقد انقسمت في آب/أغسطس الماضي بعدما أعلن تنظيم الدولة الإسلامية تعيين أبو مصعب البرناوي واليا على «ولاية غرب أفريقيا»، وهو الاسم الذي كانت الجماعة قد اتخذته بعد مبايعتها التنظيم في 2015.

وقال حاكم بورنو، قاسم شتيما، في بيان إن أكثر من مليوني شخص ما زالوا نازحين في الولاية، داعيا المنظمات الدولية إلى مضاعفة المساعدات.

كما أعلنت «قوة المهام المدنية المشتركة»، وهي ميليشيا محلية متحالفة مع الجيش، أن عناصرها اعتقلوا أربعة مشتبه بهم في سوق بلدة بياو جنوب الولاية.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", qid="Q1011356", sub="City"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("okafor", "Person", ["إيمانويل أوكافور"], "Emmanuel Okafor"),
        E("div7", "Organization", ["الفرقة السابعة"], "7th Division", sub="ArmedForce"),
        E("army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", sub="ArmedForce"),
        E("bh", "Organization", ["بوكو حرام", "الجماعة"], "Boko Haram", qid="Q381645", sub="ArmedGroup"),
        E("gwoza", "Place", ["بلدة غوزا"], "Gwoza", sub="City"),
        E("musa", "Person", ["يوسف موسى"], "Yusuf Musa"),
        E("shekau", "Person", ["أبو بكر شيكاو"], "Abubakar Shekau"),
        E("borno", "Place", ["ولاية بورنو", "بورنو", "الولاية"], "Borno State", sub="Region"),
        E("isis", "Organization", ["الدولة الإسلامية", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("barnawi", "Person", ["أبو مصعب البرناوي"], "Abu Musab al-Barnawi"),
        E("iswap", "Organization", ["ولاية غرب أفريقيا"], "Islamic State West Africa Province", sub="ArmedGroup"),
        E("shettima", "Person", ["قاسم شتيما"], "Kashim Shettima"),
        E("cjtf", "Organization", ["قوة المهام المدنية المشتركة"], "Civilian Joint Task Force", sub="ArmedGroup"),
        E("biu", "Place", ["بلدة بياو"], "Biu", sub="City"),
    ],
    relations=[
        R("leaderOf", "okafor", "div7"),              # X، قائد الفرقة السابعة في الجيش النيجيري
        R("partOf", "div7", "army"),                  # الفرقة السابعة في الجيش النيجيري
        R("spokespersonOf", "musa", "army"),          # الجيش، على لسان المتحدث باسمه العقيد X
        R("leaderOf", "shekau", "bh"),                # الجماعة، التي يقودها X
        R("locatedIn", "maiduguri", "borno"),         # مايدوغوري، عاصمة ولاية بورنو
        R("locatedIn", "maiduguri", "nigeria", opt=True),  # dateline
        R("leaderOf", "barnawi", "iswap"),            # تعيين X واليا على Y
        R("partOf", "iswap", "isis", opt=True),
        R("affiliatedWith", "bh", "isis"),            # بعد مبايعتها التنظيم
        R("leaderOf", "shettima", "borno"),           # حاكم بورنو، X
        R("affiliatedWith", "cjtf", "army"),          # ميليشيا محلية متحالفة مع الجيش
        R("locatedIn", "biu", "borno"),               # بلدة بياو جنوب الولاية
    ],
    events=[
        V("Attack", agent=["army"], target=["bh"], place=["gwoza"], trigger="طردت"),
        V("Killing", opt=True, agent=["army"], target=["bh"]),
        V("Arrest", agent=["cjtf"], place=["biu"], trigger="اعتقلوا"),
    ],
))

# ---------------------------------------------------------------- Pakistan, Quetta (2017-05-26, Friday)
DOCS.append(dict(
    id="t33-pk-quetta", published="2017-05-26",
    text="""إسلام آباد - (رويترز):

قتل 14 شخصا على الأقل، أمس الخميس، في تفجير انتحاري استهدف موكب عبد الرزاق بلوش، قائد شرطة بلوشستان، في مدينة كويتا، عاصمة الإقليم المضطرب في جنوب غرب باكستان، ونجا بلوش من الهجوم بإصابات طفيفة.

وقال أنور خان كاكر، الذي يشغل منصب وزير الداخلية في حكومة الإقليم، إن الانتحاري فجر سيارة محملة بالمتفجرات لدى مرور الموكب قرب سوق شعبي.

وتبنت «جماعة الأحرار»، المنشقة عن حركة طالبان باكستان، الهجوم في بيان أرسله إلى الصحفيين المتحدث باسمها أسد الله منصوري، وتوعدت بمزيد من الهجمات على قوات الأمن.

وكانت الجماعة قد بايعت تنظيم «داعش» لفترة قصيرة عام 2014 قبل أن تعود إلى التنسيق مع طالبان باكستان، التي يتزعمها الملا فضل الله المختبئ في أفغانستان بحسب إسلام آباد.

وأمر محمد خان ترين، حاكم الإقليم، بإعلان الحداد ثلاثة أيام، فيما قال قائد الجيش الجنرال قمر جاويد باجوا إن «أعداء باكستان لن ينجحوا في زعزعة استقرارها».

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City", alt=["Organization"]),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("baloch", "Person", ["عبد الرزاق بلوش", "بلوش"], "Abdul Razzaq Baloch"),
        E("police", "Organization", ["شرطة بلوشستان"], "Balochistan Police"),
        E("quetta", "Place", ["مدينة كويتا"], "Quetta", qid="Q185453", sub="City"),
        E("balochistan", "Place", ["الإقليم"], "Balochistan", sub="Region"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("kakar", "Person", ["أنور خان كاكر"], "Anwar Khan Kakar"),
        E("balgov", "Organization", ["حكومة الإقليم"], "Government of Balochistan", sub="GovernmentBody", opt=True),
        E("jua", "Organization", ["جماعة الأحرار", "الجماعة"], "Jamaat-ul-Ahrar", sub="ArmedGroup"),
        E("ttp", "Organization", ["حركة طالبان باكستان", "طالبان باكستان"], "Tehrik-i-Taliban Pakistan",
          sub="ArmedGroup"),
        E("mansouri", "Person", ["أسد الله منصوري"], "Asadullah Mansouri"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("fazlullah", "Person", ["فضل الله"], "Mullah Fazlullah"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("tareen", "Person", ["محمد خان ترين"], "Muhammad Khan Tareen"),
        E("army", "Organization", ["الجيش"], "Pakistan Army", sub="ArmedForce", opt=True),
        E("bajwa", "Person", ["قمر جاويد باجوا"], "Qamar Javed Bajwa"),
    ],
    relations=[
        R("leaderOf", "baloch", "police"),            # X، قائد شرطة بلوشستان
        R("locatedIn", "quetta", "balochistan"),      # مدينة كويتا، عاصمة الإقليم
        R("locatedIn", "balochistan", "pakistan"),    # الإقليم المضطرب في جنوب غرب باكستان
        R("locatedIn", "quetta", "pakistan", opt=True),
        R("positionIn", "kakar", "balgov"),           # X، الذي يشغل منصب وزير الداخلية في حكومة الإقليم
        R("positionIn", "kakar", "balochistan", opt=True),
        R("affiliatedWith", "jua", "ttp"),            # جماعة الأحرار، المنشقة عن حركة طالبان باكستان
        R("spokespersonOf", "mansouri", "jua"),       # في بيان أرسله ... المتحدث باسمها X
        R("affiliatedWith", "jua", "isis", opt=True),  # قد بايعت تنظيم داعش لفترة قصيرة
        R("leaderOf", "fazlullah", "ttp"),            # طالبان باكستان، التي يتزعمها الملا X
        R("leaderOf", "tareen", "balochistan"),       # X، حاكم الإقليم
        R("leaderOf", "bajwa", "army"),               # قائد الجيش الجنرال X
    ],
    events=[
        V("Attack", agent=["jua"], target=["baloch"], place=["quetta"], date="2017-05-25", trigger="تفجير"),
        V("Attack", opt=True, target=["police"]),
        V("Killing", agent=["jua"], place=["quetta"], date="2017-05-25", trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Jendouba (2018-07-09, Monday)
DOCS.append(dict(
    id="t33-tn-jendouba", published="2018-07-09",
    text="""جندوبة (تونس) - (وات):

قتل ستة من عناصر الحرس الوطني أمس الأحد في كمين نصبه مسلحون لدورية قرب منطقة عين سلطان بولاية جندوبة، شمال غربي البلاد، على مقربة من الحدود مع الجزائر.

وقال منير الكسيكسي، الناطق الرسمي باسم الحرس الوطني، إن المهاجمين استخدموا قنبلة يدوية وأسلحة رشاشة قبل أن يفروا إلى الجبال، مرجحا أن تكون «كتيبة عقبة بن نافع»، الذراع المسلحة لتنظيم القاعدة في بلاد المغرب الإسلامي في تونس، وراء الهجوم.

وتوجه رئيس الحكومة التونسية يوسف الشاهد مساء الأحد إلى مدينة جندوبة، مركز الولاية، حيث التقى واليها رياض الورتتاني وعددا من القيادات الأمنية، وتعهد بـ«ملاحقة الإرهابيين حتى آخر جحورهم».

وكان الشاهد قد أقال الشهر الماضي وزير الداخلية لطفي براهم، وكلف وزير العدل غازي الجريبي بتسيير الوزارة بالنيابة إلى حين تعيين وزير جديد.

وهذا أعنف هجوم على قوات الأمن منذ آذار/مارس 2016، حين هاجم مسلحون من تنظيم «داعش» مدينة بن قردان، القريبة من الحدود الليبية.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("jendoubacity", "Place", ["جندوبة", "مدينة جندوبة"], "Jendouba", sub="City"),
        E("tunisia", "Place", ["تونس", "البلاد"], "Tunisia", qid="Q948", sub="Country"),
        E("tap", "Organization", ["وات"], "Tunis Afrique Presse", sub="MediaOrganization", opt=True),
        E("guard", "Organization", ["الحرس الوطني"], "National Guard", sub="ArmedForce"),
        E("ainsultan", "Place", ["منطقة عين سلطان"], "Ain Sultan", sub="City"),
        E("jendoubagov", "Place", ["ولاية جندوبة", "الولاية"], "Jendouba Governorate", sub="Region"),
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("ksiksi", "Person", ["منير الكسيكسي"], "Mounir Ksiksi"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["القاعدة في بلاد المغرب الإسلامي"], "Al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("chahed", "Person", ["يوسف الشاهد", "الشاهد"], "Youssef Chahed"),
        E("wartatani", "Person", ["رياض الورتتاني"], "Riadh Wartatani"),
        E("brahem", "Person", ["لطفي براهم"], "Lotfi Brahem"),
        E("jeribi", "Person", ["غازي الجريبي"], "Ghazi Jeribi"),
        E("isis", "Organization", ["داعش"], "Islamic State", sub="ArmedGroup"),
        E("benguerdane", "Place", ["مدينة بن قردان"], "Ben Guerdane", sub="City"),
    ],
    relations=[
        R("locatedIn", "ainsultan", "jendoubagov"),   # منطقة عين سلطان بولاية جندوبة
        R("locatedIn", "jendoubagov", "tunisia"),     # ولاية جندوبة، شمال غربي البلاد
        R("spokespersonOf", "ksiksi", "guard"),       # X، الناطق الرسمي باسم الحرس الوطني
        R("partOf", "okba", "aqim"),                  # كتيبة ...، الذراع المسلحة لتنظيم القاعدة في ...
        R("positionIn", "chahed", "tunisia"),         # رئيس الحكومة التونسية X
        R("locatedIn", "jendoubacity", "jendoubagov"),  # مدينة جندوبة، مركز الولاية
        R("locatedIn", "jendoubacity", "tunisia", opt=True),  # dateline
        R("leaderOf", "wartatani", "jendoubagov"),    # التقى واليها X
        R("positionIn", "brahem", "tunisia", opt=True),  # وزير الداخلية (no country with it)
        R("positionIn", "jeribi", "tunisia", opt=True),
    ],
    events=[
        V("Attack", target=["guard"], place=["ainsultan"], date="2018-07-08", trigger="كمين"),
        V("Attack", opt=True, place=["jendoubagov"]),
        V("Killing", target=["guard"], place=["ainsultan"], date="2018-07-08", trigger="قتل"),
        V("Killing", opt=True, place=["jendoubagov"]),
        V("Visit", agent=["chahed"], place=["jendoubacity"], date="2018-07-08", trigger="توجه"),
        V("Meeting", agent=["chahed", "wartatani"], place=["jendoubacity"], date="2018-07-08", trigger="التقى"),
        V("Attack", agent=["isis"], place=["benguerdane"], date="2016-03", trigger="هاجم"),
    ],
))

# ---------------------------------------------------------------- Syria, Daraa (2018-06-27, Wednesday)
DOCS.append(dict(
    id="t33-sy-daraa", published="2018-06-27",
    text="""عمّان - (أ ف ب):

قال سليمان المسالمة، الناطق باسم «غرفة العمليات المركزية» التي تضم أبرز فصائل المعارضة في جنوب سوريا، إن القوات الحكومية وحلفاءها «لم يحققوا أي تقدم» على محور بلدة بصر الحرير في ريف درعا الشرقي، رغم القصف الجوي المكثف منذ أسبوع.

وأوضح خالد العودات، قائد فصيل «شباب السنة» المتمركز في مدينة بصرى الشام، أن مقاتليه صدوا ثلاث محاولات تسلل خلال الليل.

وفي المقابل، قال محمد الحمصي، الذي عينه الرئيس بشار الأسد محافظا لدرعا قبل عامين، إن «الجيش سيبسط سيطرته على كامل المحافظة قريبا»، داعيا المسلحين إلى تسليم أسلحتهم.

وتقع بصر الحرير في منطقة اللجاة الوعرة شمال شرقي مدينة درعا، فيما يسيطر «جيش خالد بن الوليد»، الذي بايع تنظيم الدولة الإسلامية، على جيب في حوض اليرموك غربي المحافظة.

وفي عمّان، قال وزير الخارجية الأردني أيمن الصفدي إن المملكة «لا تستطيع استقبال مزيد من اللاجئين»، فيما تجمع آلاف النازحين قرب الحدود مع الأردن.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("amman", "Place", ["عمّان"], "Amman", qid="Q3805", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("masalmeh", "Person", ["سليمان المسالمة"], "Suleiman al-Masalmeh"),
        E("cor", "Organization", ["غرفة العمليات المركزية"], "Central Operations Room", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("basr", "Place", ["بلدة بصر الحرير", "بصر الحرير"], "Busr al-Harir", sub="City"),
        E("daraa", "Place", ["ريف درعا", "درعا", "المحافظة"], "Daraa Governorate", sub="Region"),
        E("odat", "Person", ["خالد العودات"], "Khaled al-Odat"),
        E("shabab", "Organization", ["شباب السنة"], "Shabab al-Sunna", sub="ArmedGroup"),
        E("bosra", "Place", ["مدينة بصرى الشام"], "Bosra", sub="City"),
        E("homsi", "Person", ["محمد الحمصي"], "Mohammad al-Homsi"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad", qid="Q44329"),
        E("army", "Organization", ["الجيش"], "Syrian Army", sub="ArmedForce", opt=True),
        E("lajat", "Place", ["منطقة اللجاة"], "al-Lajat", sub="Region"),
        E("daraacity", "Place", ["مدينة درعا"], "Daraa", sub="City"),
        E("jkbw", "Organization", ["جيش خالد بن الوليد"], "Khalid ibn al-Walid Army", sub="ArmedGroup"),
        E("isis", "Organization", ["الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
        E("yarmouk", "Place", ["حوض اليرموك"], "Yarmouk Basin", sub="Region"),
        E("safadi", "Person", ["أيمن الصفدي"], "Ayman Safadi"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "masalmeh", "cor"),       # X، الناطق باسم Y التي تضم ...
        R("locatedIn", "basr", "daraa"),              # بلدة بصر الحرير في ريف درعا الشرقي
        R("leaderOf", "odat", "shabab"),              # X، قائد فصيل Y
        R("locatedIn", "bosra", "daraa", opt=True),
        R("leaderOf", "homsi", "daraa"),              # X، الذي عينه ... محافظا لدرعا
        R("positionIn", "homsi", "syria", opt=True),
        R("leaderOf", "assad", "syria", opt=True),    # الرئيس (no country with it)
        R("locatedIn", "basr", "lajat"),              # تقع بصر الحرير في منطقة اللجاة
        R("locatedIn", "lajat", "daraacity", opt=True),  # شمال شرقي مدينة درعا (near, not in)
        R("affiliatedWith", "jkbw", "isis"),          # جيش ...، الذي بايع تنظيم الدولة الإسلامية
        R("locatedIn", "yarmouk", "daraa"),           # حوض اليرموك غربي المحافظة
        R("positionIn", "safadi", "jordan"),          # وزير الخارجية الأردني X
        R("locatedIn", "daraacity", "daraa", opt=True),
        R("memberOf", "shabab", "cor", opt=True),
    ],
    events=[
        V("Strike", opt=True, place=["basr"], trigger="القصف"),
        V("Attack", opt=True, agent=["shabab"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden (2018-01-30, Tuesday)
DOCS.append(dict(
    id="t33-ye-aden", published="2018-01-30",
    text="""عدن - (رويترز):

سيطرت قوات موالية لـ«المجلس الانتقالي الجنوبي»، الذي يرأسه عيدروس الزبيدي، اليوم الثلاثاء على معظم أحياء مدينة عدن بعد ثلاثة أيام من المعارك مع ألوية الحماية الرئاسية التابعة للحكومة اليمنية المعترف بها دوليا.

وقال هاني بن بريك، نائب رئيس المجلس، في تغريدة إن قوات «الحزام الأمني» المدعومة من الإمارات «باتت تحاصر» قصر المعاشيق في مديرية كريتر، حيث يقيم عدد من الوزراء.

وكان الرئيس عبد ربه منصور هادي قد أقال الزبيدي من منصب محافظ عدن في نيسان/أبريل الماضي، وعيّن بدلا منه عبد العزيز المفلحي، الذي استقال بدوره بعد أشهر.

وقال رئيس الوزراء اليمني أحمد عبيد بن دغر، الذي يتحصن مع حكومته في القصر، إن ما يجري «انقلاب على الشرعية»، داعيا التحالف الذي تقوده السعودية إلى التدخل.

وأعلن مسؤول في ألوية الحماية الرئاسية، التي يقودها ناصر هادي، نجل الرئيس، أن قواته انسحبت من معسكر في حي خور مكسر إلى مواقع قرب مطار عدن الدولي.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن"], "Aden", qid="Q131694", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي", "المجلس"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("zubaidi", "Person", ["عيدروس الزبيدي", "الزبيدي"], "Aidarus al-Zoubaidi"),
        E("guards", "Organization", ["ألوية الحماية الرئاسية"], "Presidential Protection Brigades",
          sub="ArmedForce"),
        E("govt", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("binbreik", "Person", ["هاني بن بريك"], "Hani bin Breik"),
        E("hizam", "Organization", ["الحزام الأمني"], "Security Belt", sub="ArmedGroup"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("maashiq", "Place", ["قصر المعاشيق", "القصر"], "al-Maashiq Palace", opt=True),
        E("crater", "Place", ["مديرية كريتر"], "Crater", sub="Region"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi", qid="Q5660"),
        E("muflihi", "Person", ["عبد العزيز المفلحي"], "Abdulaziz al-Muflihi"),
        E("bindaghr", "Person", ["أحمد عبيد بن دغر"], "Ahmed Obeid bin Daghr"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("nasser", "Person", ["ناصر هادي"], "Nasser Hadi"),
        E("khormaksar", "Place", ["حي خور مكسر"], "Khor Maksar", sub="Region"),
        E("airport", "Place", ["مطار عدن الدولي"], "Aden International Airport", opt=True),
    ],
    relations=[
        R("leaderOf", "zubaidi", "stc"),              # المجلس ...، الذي يرأسه X
        R("partOf", "guards", "govt"),                # ألوية الحماية الرئاسية التابعة للحكومة اليمنية
        R("positionIn", "binbreik", "stc"),           # X، نائب رئيس المجلس
        R("memberOf", "binbreik", "stc", opt=True),
        R("affiliatedWith", "hizam", "uae"),          # الحزام الأمني المدعومة من الإمارات
        R("locatedIn", "maashiq", "crater", opt=True),
        R("leaderOf", "hadi", "govt", opt=True),
        R("leaderOf", "zubaidi", "aden"),             # أقال X من منصب محافظ عدن
        R("leaderOf", "muflihi", "aden"),             # وعيّن بدلا منه X
        R("positionIn", "bindaghr", "govt", opt=True),
        R("leaderOf", "bindaghr", "govt", opt=True),
        R("leaderOf", "saudi", "coalition"),          # التحالف الذي تقوده السعودية
        R("leaderOf", "nasser", "guards"),            # ألوية ...، التي يقودها X
        R("locatedIn", "crater", "aden", opt=True),
        R("locatedIn", "khormaksar", "aden", opt=True),
        R("affiliatedWith", "hizam", "stc", opt=True),
    ],
    events=[
        V("Attack", opt=True, agent=["stc", "hizam"], target=["guards"], place=["aden"], date="2018-01-30",
          trigger="المعارك"),
    ],
))

# ---------------------------------------------------------------- Philippines, Marawi (2017-05-25, Thursday)
DOCS.append(dict(
    id="t33-ph-marawi", published="2017-05-25",
    text="""مانيلا - (أ ف ب):

أعلن الرئيس الفلبيني رودريغو دوتيرتي الأحكام العرفية في جزيرة مينداناو جنوب البلاد، بعدما اقتحم مسلحون من جماعة «ماوتي» الموالية لتنظيم الدولة الإسلامية مدينة مراوي، عاصمة ولاية لاناو الجنوبية، وأضرموا النار في كنيسة وسجن.

وقال وزير الدفاع دلفين لورنزانا إن الاشتباكات اندلعت عندما حاولت القوات الحكومية اعتقال إسنيلون هابيلون، زعيم جماعة «أبو سياف» الذي أعلنه «داعش» أميرا له في جنوب شرق آسيا.

وأوضح الكولونيل خوسيه رامون سانتوس، الذي يتولى الحديث باسم الجيش الفلبيني، أن جنديين وشرطيا قتلوا في المعارك، وأن المسلحين رفعوا الراية السوداء للتنظيم فوق مبان في المدينة.

وكان الأخوان عمر وعبد الله ماوتي قد أسسا الجماعة عام 2013 في بلدة بوتيغ القريبة.

من جهته، دعا مراد إبراهيم، رئيس «جبهة مورو الإسلامية للتحرير»، كبرى الجماعات المتمردة في الجنوب والتي وقعت اتفاق سلام مع مانيلا عام 2014، السكان إلى «عدم الانجرار وراء المتطرفين».

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.

ويشكو السكان منذ أشهر من انقطاع الكهرباء والمياه وارتفاع أسعار المواد الغذائية، في ظل تدهور الأوضاع الأمنية والاقتصادية.""",
    entities=[
        E("manila", "Place", ["مانيلا"], "Manila", qid="Q1461", sub="City", alt=["Organization"]),
        E("afp", "Organization", ["أ ف ب"], "AFP", sub="MediaOrganization", opt=True),
        E("duterte", "Person", ["رودريغو دوتيرتي"], "Rodrigo Duterte", qid="Q457786"),
        E("mindanao", "Place", ["جزيرة مينداناو"], "Mindanao", sub="Region"),
        E("philippines", "Place", ["البلاد"], "Philippines", qid="Q928", sub="Country", opt=True),
        E("maute", "Organization", ["ماوتي", "الجماعة"], "Maute group", sub="ArmedGroup"),
        E("isis", "Organization", ["الدولة الإسلامية", "داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("marawi", "Place", ["مدينة مراوي", "المدينة"], "Marawi", sub="City"),
        E("lanao", "Place", ["ولاية لاناو الجنوبية"], "Lanao del Sur", sub="Region"),
        E("lorenzana", "Person", ["دلفين لورنزانا"], "Delfin Lorenzana"),
        E("hapilon", "Person", ["إسنيلون هابيلون"], "Isnilon Hapilon"),
        E("abusayyaf", "Organization", ["أبو سياف"], "Abu Sayyaf", sub="ArmedGroup"),
        E("santos", "Person", ["خوسيه رامون سانتوس"], "Jose Ramon Santos"),
        E("army", "Organization", ["الجيش الفلبيني"], "Philippine Army", sub="ArmedForce"),
        E("omar", "Person", ["عمر"], "Omar Maute"),
        E("abdullah", "Person", ["عبد الله ماوتي"], "Abdullah Maute"),
        E("butig", "Place", ["بلدة بوتيغ"], "Butig", sub="City"),
        E("murad", "Person", ["مراد إبراهيم"], "Murad Ebrahim"),
        E("milf", "Organization", ["جبهة مورو الإسلامية للتحرير"], "Moro Islamic Liberation Front",
          sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "duterte", "philippines", opt=True),  # الرئيس الفلبيني (the country only as البلاد)
        R("locatedIn", "mindanao", "philippines", opt=True),
        R("affiliatedWith", "maute", "isis"),         # جماعة ماوتي الموالية لتنظيم الدولة الإسلامية
        R("locatedIn", "marawi", "lanao"),            # مدينة مراوي، عاصمة ولاية لاناو الجنوبية
        R("leaderOf", "hapilon", "abusayyaf"),        # X، زعيم جماعة Y
        R("affiliatedWith", "hapilon", "isis", opt=True),  # الذي أعلنه داعش أميرا له
        R("leaderOf", "hapilon", "isis", opt=True),
        R("spokespersonOf", "santos", "army"),        # X، الذي يتولى الحديث باسم الجيش الفلبيني
        R("leaderOf", "omar", "maute", opt=True),     # أسسا الجماعة
        R("leaderOf", "abdullah", "maute", opt=True),
        R("leaderOf", "murad", "milf"),               # X، رئيس Y
        R("locatedIn", "marawi", "mindanao", opt=True),
    ],
    events=[
        V("Attack", agent=["maute"], place=["marawi"], trigger="اقتحم"),
        V("Attack", opt=True, date="2017-05"),
        V("Arrest", opt=True, target=["hapilon"], trigger="اعتقال"),
        V("Killing", opt=True, place=["marawi"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul (2016-12-14, Wednesday)
DOCS.append(dict(
    id="t33-iq-mosul", published="2016-12-14",
    text="""الموصل (العراق) - كتب: علي الجبوري:

أعلن الفريق الركن عبد الأمير يار الله، قائد الحملة العسكرية لاستعادة الموصل، أن قوات جهاز مكافحة الإرهاب سيطرت أمس الثلاثاء على حي الانتصار في الجانب الأيسر من المدينة، بعد معارك عنيفة مع مسلحي تنظيم «داعش».

وقال المتحدث باسمها، العميد صباح الكعبي، إن مقاتلي التنظيم «يستخدمون المدنيين دروعا بشرية» ويلجؤون إلى السيارات المفخخة لإبطاء تقدم القوات.

وأكد محافظ نينوى، الذي يدير شؤون المحافظة من أربيل منذ سقوط المدينة بيد التنظيم صيف 2014، نوفل العاكوب، أن فرق الإغاثة بدأت توزيع المساعدات على الأحياء المحررة.

وفي ناحية حمام العليل التابعة لقضاء الموصل، جنوبي المدينة، عثرت القوات على مقبرة جماعية تضم رفات العشرات من عناصر الشرطة، بحسب مصدر أمني.

من جهته، قال أثيل النجيفي، محافظ نينوى السابق وقائد قوات «حرس نينوى» التي تتلقى تدريبا من تركيا، إن مقاتليه «مستعدون للمشاركة» في معارك الجانب الأيمن، وهو ما ترفضه فصائل في الحشد الشعبي.

ولم يتسن لوكالات الأنباء التحقق بشكل مستقل من هذه الأرقام، بسبب القيود المفروضة على دخول الصحفيين إلى مناطق القتال.""",
    entities=[
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", qid="Q83296", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("byline", "Person", ["علي الجبوري"], "Ali al-Jubouri", opt=True),
        E("yarallah", "Person", ["عبد الأمير يار الله"], "Abdul Amir Yarallah"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Counter Terrorism Service", sub="ArmedForce"),
        E("intisar", "Place", ["حي الانتصار"], "al-Intisar", sub="Region"),
        E("isis", "Organization", ["داعش", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("kaabi", "Person", ["صباح الكعبي"], "Sabah al-Kaabi"),
        E("nineveh", "Place", ["نينوى", "المحافظة"], "Nineveh Governorate", sub="Region"),
        E("erbil", "Place", ["أربيل"], "Erbil", qid="Q133118", sub="City"),
        E("akoub", "Person", ["نوفل العاكوب"], "Nawfal al-Akoub"),
        E("hammam", "Place", ["ناحية حمام العليل"], "Hammam al-Alil", sub="City"),
        E("mosuldist", "Place", ["قضاء الموصل"], "Mosul District", sub="Region"),
        E("nujaifi", "Person", ["أثيل النجيفي"], "Atheel al-Nujaifi"),
        E("hirs", "Organization", ["حرس نينوى"], "Nineveh Guard", sub="ArmedGroup"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "intisar", "mosul"),           # حي الانتصار في الجانب الأيسر من المدينة
        R("spokespersonOf", "kaabi", "cts"),          # قوات جهاز ... . وقال المتحدث باسمها، العميد X
        R("leaderOf", "akoub", "nineveh"),            # محافظ نينوى، الذي ...، X
        R("locatedIn", "hammam", "mosuldist"),        # ناحية حمام العليل التابعة لقضاء الموصل
        R("locatedIn", "hammam", "mosul", opt=True),  # جنوبي المدينة (near, not in)
        R("leaderOf", "nujaifi", "hirs"),             # X، ... وقائد قوات Y
        R("leaderOf", "nujaifi", "nineveh", opt=True),  # محافظ نينوى السابق
        R("affiliatedWith", "hirs", "turkey"),        # التي تتلقى تدريبا من تركيا
        R("locatedIn", "mosul", "iraq", opt=True),    # dateline
        R("locatedIn", "mosul", "nineveh", opt=True),
    ],
    events=[
        V("Attack", agent=["cts"], target=["isis"], place=["intisar"], date="2016-12-13", trigger="معارك"),
    ],
))
