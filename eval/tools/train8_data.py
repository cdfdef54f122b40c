"""Hand annotations of the eighth training set (see eval/train8/README.md).

Articles written for the project in the style of Saudi and regional Arabic newspapers of 2015
(dateline and agency credit or byline first, long sentences of several clauses, reported speech
two deep, quotes, claims of responsibility, officials named with no title or with the title after
the name or in apposition, ministries named by a country adjective, generic actors, casualty
figures, dates of every kind). Persons are invented, except very well-known public figures;
organisations and places are real. ``build_train8.py`` turns this into eval/train8.jsonl (spans
computed, every mention checked against the text). In event roles a nested list is a set of
alternatives: any one satisfies it. An event with ``optional`` only carries triples a reasonable
annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Zabadani (2015-07-12, a Sunday)
DOCS.append(dict(
    id="t8-sy-zabadani", published="2015-07-12",
    text="""بيروت - وكالات:

واصلت قوات النظام السوري، مدعومة بمقاتلين من حزب الله اللبناني، أمس السبت، هجومها على مدينة الزبداني بريف دمشق الغربي لليوم التاسع على التوالي، وسط قصف عنيف بالبراميل المتفجرة طال الأحياء الغربية من المدينة، بحسب ما أفاد به ناشطون معارضون ومصادر ميدانية.

وقال المرصد السوري لحقوق الإنسان، الذي يتخذ من بريطانيا مقرا له، إن الطيران المروحي ألقى أكثر من 40 برميلا متفجرا على المدينة منذ صباح السبت، ما أسفر عن مقتل سبعة مدنيين بينهم امرأتان، مشيرا إلى أن الاشتباكات "تتركز في حي الجمعيات وعلى أطراف سهل الزبداني".

من جهتها، نقلت قناة المنار التابعة لحزب الله عن مصدر عسكري قوله إن "المجاهدين تقدموا على عدة محاور وسيطروا على تلال تشرف على المدينة"، مضيفا أن عشرات المسلحين قتلوا خلال الساعات الماضية.

في المقابل، أعلنت حركة أحرار الشام الإسلامية، في بيان نشرته على موقعها الرسمي، أن مقاتليها شنوا فجر السبت هجوما معاكسا على حواجز لقوات النظام في بلدة مضايا المجاورة وقتلوا 12 عنصرا منها، فيما قال أبو عدنان الشامي، القيادي في الحركة، لوكالة الأناضول إن "المدينة لن تسقط ما دام فيها مقاتل واحد".

وكان مجلس محافظة ريف دمشق الحرة قد طالب، في بيان صدر الأسبوع الماضي، الأمم المتحدة بالتدخل "لوقف المجزرة التي ترتكب بحق نحو 20 ألف مدني محاصرين"، محملا بشار الأسد وحلفاءه في طهران مسؤولية ما يجري.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام"], "Syrian Arab Army", sub="ArmedForce"),
        E("hezbollah", "Organization", ["حزب الله اللبناني", "حزب الله"], "Hezbollah", qid="Q41053",
          sub="ArmedGroup"),
        E("zabadani", "Place", ["مدينة الزبداني", "الزبداني", "المدينة"], "Zabadani", sub="City"),
        E("rifdimashq", "Place", ["ريف دمشق"], "Rif Dimashq Governorate", qid="Q232399", sub="Region"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("britain", "Place", ["بريطانيا"], "United Kingdom", qid="Q145", sub="Country"),
        E("jamiyat", "Place", ["حي الجمعيات"], "al-Jamiyat", sub="City"),
        E("sahl", "Place", ["سهل الزبداني"], "Zabadani plain", sub="Region", opt=True),
        E("manar", "Organization", ["قناة المنار"], "Al-Manar", sub="MediaOrganization"),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "الحركة"], "Ahrar al-Sham",
          sub="ArmedGroup"),
        E("madaya", "Place", ["بلدة مضايا"], "Madaya", sub="City"),
        E("shami", "Person", ["أبو عدنان الشامي"], "Abu Adnan al-Shami"),
        E("anadolu", "Organization", ["وكالة الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("council", "Organization", ["مجلس محافظة ريف دمشق الحرة"], "Free Rif Dimashq Provincial Council",
          sub="GovernmentBody"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad", qid="Q44329"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
    ],
    relations=[
        R("affiliatedWith", "hezbollah", "regime", opt=True),   # مدعومة بمقاتلين من حزب الله
        R("locatedIn", "zabadani", "rifdimashq"),                # مدينة الزبداني بريف دمشق الغربي
        R("locatedIn", "jamiyat", "zabadani", opt=True),
        R("partOf", "manar", "hezbollah"),                       # قناة المنار التابعة لحزب الله
        R("locatedIn", "madaya", "zabadani", opt=True),          # بلدة مضايا المجاورة
        R("memberOf", "shami", "ahrar"),                         # القيادي في الحركة
        R("affiliatedWith", "assad", "tehran", opt=True),        # حلفاءه في طهران
    ],
    events=[
        # the regime and Hezbollah offensive on Zabadani (ninth day yesterday)
        V("MilitaryOperation", agent=["regime", "hezbollah"], place=[["zabadani", "rifdimashq"]],
          trigger="هجومها"),
        V("MilitaryOperation", opt=True, date="2015-07"),
        # barrel bombs dropped by helicopters since Saturday morning, seven civilians killed
        V("Strike", place=["zabadani"], date="2015-07-11", trigger="ألقى"),
        V("Strike", opt=True, agent=["regime"]),
        V("Killing", place=["zabadani"], date="2015-07-11", trigger="مقتل"),
        V("Killing", opt=True, agent=["regime"]),
        V("Attack", opt=True, place=["jamiyat", "zabadani"], date="2015-07-11"),
        # Ahrar al-Sham's counter-attack on regime checkpoints in Madaya (Saturday dawn)
        V("Attack", agent=["ahrar"], target=["regime"], place=["madaya"], date="2015-07-11", trigger="هجوما"),
        V("Killing", agent=["ahrar"], target=["regime"], place=["madaya"], date="2015-07-11", trigger="قتلوا"),
    ],
))

# ---------------------------------------------------------------- Syria, Palmyra (2015-05-22, a Friday)
DOCS.append(dict(
    id="t8-sy-palmyra", published="2015-05-22",
    text="""دمشق، بيروت - «الحياة»، أ ف ب:

أحكم تنظيم «داعش» سيطرته على مدينة تدمر الأثرية في ريف حمص الشرقي وسط سوريا، بعد انسحاب قوات النظام منها مساء الأربعاء إثر معارك استمرت ثمانية أيام، في ما اعتبره محللون أكبر انتصار يحققه التنظيم منذ إعلانه «الخلافة» صيف العام الماضي.

وأفاد رامي عبدالرحمن، مدير المرصد السوري لحقوق الإنسان، بأن عناصر التنظيم أعدموا أمس الخميس ما لا يقل عن 17 شخصا في أحياء المدينة الشمالية بتهمة «التعاون مع النظام»، وأن بين القتلى موظفين حكوميين وعنصرين من قوات الدفاع الوطني، لافتا إلى أن «مصادر محلية أبلغته بأن جثث بعضهم علقت على أعمدة الكهرباء».

في غضون ذلك، نقلت الوكالة العربية السورية للأنباء (سانا) عن مصدر عسكري أن سلاح الجو نفذ أمس «ضربات مركزة على تجمعات الإرهابيين في تدمر ومحيطها»، أسفرت عن «تدمير آليات وقتل العشرات منهم».

وقال مأمون عبد الكريم، المدير العام للآثار والمتاحف في سوريا، لفرانس برس إن «مئات التماثيل نقلت إلى أماكن آمنة»، محذرا من أن المدينة المدرجة على لائحة التراث العالمي «مهددة بالمصير ذاته الذي لقيته نمرود في العراق».

ودعت إيرينا بوكوفا، المديرة العامة لمنظمة الأمم المتحدة للتربية والعلم والثقافة (يونسكو)، مجلس الأمن الدولي إلى «التحرك فورا لحماية المدينة وسكانها».""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب", "فرانس برس"], "Agence France-Presse", qid="Q40464",
          sub="MediaOrganization", opt=True),
        E("isis", "Organization", ["داعش", "تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("palmyra", "Place", ["مدينة تدمر", "تدمر", "المدينة"], "Palmyra", sub="City"),
        E("homs", "Place", ["ريف حمص"], "Homs Governorate", qid="Q214094", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("regime", "Organization", ["قوات النظام", "النظام"], "Syrian Arab Army", sub="ArmedForce"),
        E("abdulrahman", "Person", ["رامي عبدالرحمن"], "Rami Abdulrahman"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("ndf", "Organization", ["قوات الدفاع الوطني"], "National Defence Forces", sub="ArmedForce"),
        E("sana", "Organization", ["الوكالة العربية السورية للأنباء", "سانا"], "SANA",
          sub="MediaOrganization", opt=True),
        E("airforce", "Organization", ["سلاح الجو"], "Syrian Air Force", sub="ArmedForce", opt=True),
        E("abdulkarim", "Person", ["مأمون عبد الكريم"], "Maamoun Abdulkarim"),
        E("nimrud", "Place", ["نمرود"], "Nimrud", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("bokova", "Person", ["إيرينا بوكوفا"], "Irina Bokova"),
        E("unesco", "Organization", ["منظمة الأمم المتحدة للتربية والعلم والثقافة", "يونسكو"], "UNESCO",
          qid="Q7809"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "UN Security Council", qid="Q37470"),
    ],
    relations=[
        R("locatedIn", "palmyra", "homs"),                 # مدينة تدمر الأثرية في ريف حمص الشرقي
        R("locatedIn", "homs", "syria"),                   # وسط سوريا
        R("locatedIn", "palmyra", "syria", opt=True),
        R("leaderOf", "abdulrahman", "sohr"),              # مدير المرصد
        R("positionIn", "abdulkarim", "syria"),            # المدير العام للآثار والمتاحف في سوريا
        R("locatedIn", "nimrud", "iraq"),                  # نمرود في العراق
        R("leaderOf", "bokova", "unesco"),                 # المديرة العامة لمنظمة ...
    ],
    events=[
        # the capture of Palmyra after eight days of fighting (regime withdrawal Wednesday evening)
        V("MilitaryOperation", opt=True, agent=["isis"], target=["regime"], place=[["palmyra", "homs"]],
          date="2015-05"),
        V("Attack", opt=True, agent=["isis"], target=["regime"], place=["palmyra"], date="2015-05"),
        # the executions yesterday in the northern districts
        V("Killing", agent=["isis"], target=["ndf"], place=["palmyra"], date="2015-05-21", trigger="أعدموا"),
        # the air force's strikes yesterday on Palmyra and its surroundings
        V("Strike", agent=[["airforce", "regime"]], target=["isis"], place=["palmyra"], date="2015-05-21",
          trigger="ضربات"),
        V("Killing", agent=[["airforce", "regime"]], target=["isis"], place=["palmyra"], date="2015-05-21",
          trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib (2015-03-29, a Sunday)
DOCS.append(dict(
    id="t8-sy-idlib", published="2015-03-29",
    text="""إدلب - الأناضول:

سيطرت فصائل «جيش الفتح» المعارضة، أمس السبت، على مدينة إدلب، مركز المحافظة التي تحمل الاسم نفسه شمال غربي سوريا، بعد هجوم بدأته الثلاثاء الماضي من أربعة محاور، لتصبح ثاني مركز محافظة يخرج عن سيطرة النظام بعد مدينة الرقة التي انتزعها تنظيم الدولة في مارس/آذار عام 2013.

وقال أبو يوسف المهاجر، المتحدث العسكري باسم حركة أحرار الشام الإسلامية، إحدى أكبر الفصائل المنضوية في جيش الفتح، إن مقاتلي الحركة وجبهة النصرة وفيلق الشام «دخلوا المربع الأمني وسط المدينة وأسروا عشرات الجنود»، مضيفا أن قادة الهجوم أبلغوه بأن «ضباطا كبارا فروا نحو معسكر المسطومة جنوب المدينة قبل ساعات من سقوطها».

في المقابل، اعترف مصدر عسكري نظامي، تحدث للتلفزيون الرسمي، بأن الجيش «أعاد تموضعه في محيط المدينة حفاظا على أرواح المدنيين»، متوعدا بـ«استعادتها خلال أيام».

وشنت مقاتلات النظام، بعد ساعات من سقوط المدينة، أكثر من 20 غارة على أحيائها، قتل فيها ما لا يقل عن تسعة مدنيين، حسب ما أكده الدفاع المدني في إدلب.

وكان خالد خوجة، رئيس الائتلاف الوطني السوري، قد زار الأسبوع الماضي بلدة سراقب في ريف إدلب، والتقى فيها قادة عسكريين ووجهاء محليين لبحث «إدارة المناطق المحررة».""",
    entities=[
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("jaish", "Organization", ["جيش الفتح", "«جيش الفتح»"], "Jaysh al-Fath", sub="ArmedGroup"),
        E("idlib", "Place", ["مدينة إدلب", "إدلب", "المدينة"], "Idlib", sub="City"),
        E("idlibgov", "Place", ["المحافظة", "ريف إدلب"], "Idlib Governorate", qid="Q233218", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("regime", "Organization", ["النظام", "الجيش"], "Syrian Arab Army", sub="ArmedForce"),
        E("raqqa", "Place", ["مدينة الرقة"], "Raqqa", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("muhajir", "Person", ["أبو يوسف المهاجر"], "Abu Yusuf al-Muhajir"),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "الحركة"], "Ahrar al-Sham",
          sub="ArmedGroup"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("faylaq", "Organization", ["فيلق الشام"], "Sham Legion", sub="ArmedGroup"),
        E("mastuma", "Place", ["معسكر المسطومة"], "al-Mastumah camp", sub="City"),
        E("civdef", "Organization", ["الدفاع المدني"], "Syrian Civil Defence", opt=True),
        E("khoja", "Person", ["خالد خوجة"], "Khaled Khoja"),
        E("coalition", "Organization", ["الائتلاف الوطني السوري"], "Syrian National Coalition",
          sub="PoliticalOrganization"),
        E("saraqib", "Place", ["بلدة سراقب"], "Saraqib", sub="City"),
    ],
    relations=[
        R("locatedIn", "idlib", "idlibgov", opt=True),      # مركز المحافظة
        R("locatedIn", "idlibgov", "syria"),                # شمال غربي سوريا
        R("spokespersonOf", "muhajir", "ahrar"),            # المتحدث العسكري باسم حركة أحرار الشام
        R("memberOf", "ahrar", "jaish"),                    # إحدى أكبر الفصائل المنضوية في جيش الفتح
        R("locatedIn", "mastuma", "idlib", opt=True),       # جنوب المدينة
        R("leaderOf", "khoja", "coalition"),                # رئيس الائتلاف الوطني السوري
        R("locatedIn", "saraqib", "idlibgov"),              # بلدة سراقب في ريف إدلب
    ],
    events=[
        # Jaish al-Fath's offensive on Idlib (from last Tuesday) and the capture yesterday
        V("MilitaryOperation", agent=["jaish"], target=["regime"], place=["idlib"], date="2015-03-24",
          trigger="هجوم"),
        V("Attack", opt=True, agent=["jaish", "ahrar", "nusra", "faylaq"], target=["regime"], place=["idlib"],
          date="2015-03-28"),
        V("Attack", opt=True, date="2015-03-24"),
        # IS's capture of Raqqa in March 2013, recalled
        V("MilitaryOperation", opt=True, agent=["isis"], place=["raqqa", "syria"], date="2013-03"),
        V("Attack", opt=True, agent=["isis"], place=["raqqa", "syria"], date="2013-03"),
        # the capture of dozens of soldiers
        V("Arrest", agent=["ahrar", "nusra", "faylaq"], target=["regime"], place=["idlib"], trigger="أسروا"),
        V("Arrest", opt=True, agent=["jaish"], date="2015-03-28"),
        # the regime's jets' raids after the fall, nine civilians killed
        V("Strike", agent=["regime"], place=["idlib"], date="2015-03-28", trigger="غارة"),
        V("Killing", agent=["regime"], place=["idlib"], date="2015-03-28", trigger="قتل"),
        # Khoja's visit to Saraqib last week and his meeting there
        V("Visit", agent=["khoja"], place=[["saraqib", "idlibgov"]], date="2015-03", trigger="زار"),
        V("Meeting", agent=["khoja"], place=["saraqib"], date="2015-03", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Syria, Douma (2015-08-17, a Monday)
DOCS.append(dict(
    id="t8-sy-douma", published="2015-08-17",
    text="""عمان - «عكاظ»:

ارتفعت حصيلة القتلى جراء الغارات التي نفذتها الطائرات الحربية التابعة لنظام بشار الأسد على سوق شعبية في مدينة دوما بالغوطة الشرقية لدمشق، أمس الأحد، إلى 96 قتيلا وأكثر من 200 جريح، في واحدة من أكثر الهجمات دموية منذ اندلاع الثورة في مارس/آذار عام 2011.

وقال ماهر الحمصي، عضو المكتب الإعلامي للدفاع المدني في ريف دمشق، إن فرق الإنقاذ «ما زالت تنتشل الجثث من تحت الأنقاض»، مؤكدا أن «الطائرات عادت بعد نصف ساعة من الغارة الأولى واستهدفت المسعفين».

ونقلت مصادر معارضة عن زهران علوش، قائد جيش الإسلام، الذي يسيطر على معظم مناطق الغوطة، قوله إن مقاتليه «ردوا على المجزرة بقصف مواقع النظام في دمشق»، فيما ذكر التلفزيون السوري الرسمي أن قذائف هاون سقطت على حي العباسيين وأدت إلى مقتل ثلاثة أشخاص.

ودان ستيفن أوبراين، وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية، الذي وصل إلى دمشق السبت في أول زيارة له منذ توليه منصبه، الهجوم، وقال في بيان إنه «صدم من الاستخفاف التام بحياة المدنيين»، داعيا جميع الأطراف إلى احترام القانون الإنساني الدولي.

وكان أوبراين قد التقى وليد المعلم، وزير الخارجية السوري، لبحث «إيصال المساعدات إلى المناطق المحاصرة».""",
    entities=[
        E("amman", "Place", ["عمان"], "Amman", qid="Q3805", sub="City"),
        E("okaz", "Organization", ["عكاظ", "«عكاظ»"], "Okaz", sub="MediaOrganization", opt=True),
        E("regime", "Organization", ["النظام"], "Syrian government",
          sub="GovernmentBody"),
        E("assad", "Person", ["بشار الأسد"], "Bashar al-Assad", qid="Q44329"),
        E("douma", "Place", ["مدينة دوما"], "Douma", sub="City"),
        E("ghouta", "Place", ["الغوطة الشرقية", "الغوطة"], "Eastern Ghouta", sub="Region"),
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("homsi", "Person", ["ماهر الحمصي"], "Maher al-Homsi"),
        E("civdef", "Organization", ["الدفاع المدني"], "Syrian Civil Defence"),
        E("rif", "Place", ["ريف دمشق"], "Rif Dimashq Governorate", qid="Q232399", sub="Region"),
        E("alloush", "Person", ["زهران علوش"], "Zahran Alloush"),
        E("jaysh", "Organization", ["جيش الإسلام"], "Jaysh al-Islam", sub="ArmedGroup"),
        E("abbasiyin", "Place", ["حي العباسيين"], "al-Abbasiyin", sub="City"),
        E("obrien", "Person", ["ستيفن أوبراين", "أوبراين"], "Stephen O'Brien"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("muallem", "Person", ["وليد المعلم"], "Walid Muallem"),
    ],
    relations=[
        R("leaderOf", "assad", "regime"),                  # نظام بشار الأسد
        R("locatedIn", "douma", "ghouta"),                 # مدينة دوما بالغوطة الشرقية لدمشق
        R("locatedIn", "ghouta", "damascus", opt=True),
        R("memberOf", "homsi", "civdef"),                  # عضو المكتب الإعلامي للدفاع المدني
        R("leaderOf", "alloush", "jaysh"),                 # قائد جيش الإسلام
        R("locatedIn", "abbasiyin", "damascus", opt=True),
        R("positionIn", "obrien", "un"),                   # وكيل الأمين العام للأمم المتحدة
    ],
    events=[
        # yesterday's raids on the Douma market and the dead
        V("Strike", agent=[["regime", "assad"]], place=[["douma", "ghouta"]], date="2015-08-16", trigger="الغارات"),
        V("Killing", agent=[["regime", "assad"]], place=[["douma", "ghouta"]], date="2015-08-16", trigger="القتلى"),
        V("Attack", opt=True, agent=[["regime", "assad"]], place=["douma", "ghouta"], date="2015-08-16"),
        # Jaysh al-Islam's shelling of regime positions in Damascus (claimed by Alloush)
        V("Strike", agent=["jaysh"], target=["regime"], place=["damascus"], trigger="بقصف"),
        V("Strike", opt=True, place=["abbasiyin"]),
        V("Killing", opt=True, place=["abbasiyin"]),
        # O'Brien's arrival in Damascus on Saturday and his meeting with al-Muallem
        V("Visit", agent=["obrien"], place=["damascus"], date="2015-08-15", trigger="وصل"),
        V("Meeting", agent=["obrien", "muallem"], trigger="التقى"),
        V("Meeting", opt=True, place=["damascus"], date="2015-08"),
    ],
))

# ---------------------------------------------------------------- Syria, Russian strikes (2015-10-01, a Thursday)
DOCS.append(dict(
    id="t8-sy-russia", published="2015-10-01",
    text="""موسكو، واشنطن - وكالات:

بدأت روسيا أمس الأربعاء ضرباتها الجوية في سوريا، بعد ساعات من منح مجلس الاتحاد الروسي الرئيس فلاديمير بوتين تفويضا باستخدام القوات المسلحة خارج البلاد، وسط اتهامات غربية لموسكو باستهداف فصائل المعارضة المعتدلة بدلا من تنظيم الدولة الإسلامية.

وقال إيغور كوناشينكوف، المتحدث باسم وزارة الدفاع الروسية، إن الطائرات الروسية نفذت نحو 20 طلعة «دمرت خلالها ثمانية أهداف للإرهابيين، بينها مستودعات للذخيرة ومراكز قيادة»، مضيفا أن الضربات «نسقت مع هيئة الأركان العامة للجيش السوري».

غير أن ناشطين وقادة في الجيش السوري الحر أكدوا أن الغارات طالت مواقع لـ«تجمع العزة» في بلدة اللطامنة بريف حماة الشمالي، وبلدتي تلبيسة والرستن في ريف حمص، وأسفرت عن مقتل 36 مدنيا على الأقل، بحسب الدفاع المدني، في حين قال جميل الصالح، قائد التجمع، لـ«الشرق الأوسط» إن «مقراتنا قصفت ولا وجود للتنظيم في المنطقة».

وفي نيويورك، قال وزير الخارجية الأمريكي جون كيري إن بلاده «لديها مخاوف جدية» من الضربات، وذلك قبل أن يلتقي نظيره الروسي سيرغي لافروف على هامش أعمال الجمعية العامة للأمم المتحدة، فيما أكد التحالف الدولي بقيادة الولايات المتحدة أن طائراته ستواصل عملياتها ضد التنظيم في سوريا والعراق.""",
    entities=[
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City", alt=["Organization"]),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City"),
        E("russia", "Place", ["روسيا"], "Russia", qid="Q159", sub="Country", alt=["Organization"]),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("fedcouncil", "Organization", ["مجلس الاتحاد الروسي"], "Federation Council", sub="GovernmentBody"),
        E("putin", "Person", ["فلاديمير بوتين"], "Vladimir Putin", qid="Q7747"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("konashenkov", "Person", ["إيغور كوناشينكوف"], "Igor Konashenkov"),
        E("mod", "Organization", ["وزارة الدفاع الروسية"], "Russian Ministry of Defence", sub="GovernmentBody"),
        E("genstaff", "Organization", ["هيئة الأركان العامة للجيش السوري"], "Syrian General Staff",
          sub="ArmedForce", opt=True),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("izza", "Organization", ["تجمع العزة", "«تجمع العزة»", "التجمع"], "Jaysh al-Izza", sub="ArmedGroup"),
        E("latamna", "Place", ["بلدة اللطامنة"], "al-Lataminah", sub="City"),
        E("hama", "Place", ["ريف حماة"], "Hama Governorate", qid="Q232355", sub="Region"),
        E("talbiseh", "Place", ["تلبيسة"], "Talbiseh", sub="City"),
        E("rastan", "Place", ["الرستن"], "al-Rastan", sub="City"),
        E("homs", "Place", ["ريف حمص"], "Homs Governorate", qid="Q214094", sub="Region"),
        E("civdef", "Organization", ["الدفاع المدني"], "Syrian Civil Defence", opt=True),
        E("saleh", "Person", ["جميل الصالح"], "Jamil al-Saleh"),
        E("asharq", "Organization", ["الشرق الأوسط", "«الشرق الأوسط»"], "Asharq Al-Awsat",
          sub="MediaOrganization", opt=True),
        E("newyork", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("kerry", "Person", ["جون كيري"], "John Kerry"),
        E("lavrov", "Person", ["سيرغي لافروف"], "Sergey Lavrov"),
        E("unga", "Organization", ["الجمعية العامة للأمم المتحدة"], "UN General Assembly"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "konashenkov", "mod"),         # المتحدث باسم وزارة الدفاع الروسية
        R("memberOf", "izza", "fsa", opt=True),
        R("locatedIn", "latamna", "hama"),                 # بلدة اللطامنة بريف حماة الشمالي
        R("locatedIn", "talbiseh", "homs"),                # بلدتي تلبيسة والرستن في ريف حمص
        R("locatedIn", "rastan", "homs"),
        R("leaderOf", "saleh", "izza"),                    # قائد التجمع
        R("leaderOf", "putin", "russia", opt=True),        # الرئيس فلاديمير بوتين
        R("leaderOf", "usa", "coalition"),                 # التحالف الدولي بقيادة الولايات المتحدة
    ],
    events=[
        # Russia's first air strikes in Syria (yesterday), on Latamna, Talbiseh and al-Rastan
        V("Strike", agent=["russia"], place=["syria"], date="2015-09-30", trigger="ضرباتها"),
        V("Strike", agent=["russia"], target=["izza"], place=[["latamna", "hama"]], date="2015-09-30",
          trigger="الغارات"),
        V("Strike", agent=["russia"], place=[["talbiseh", "homs"]], date="2015-09-30"),
        V("Strike", agent=["russia"], place=[["rastan", "homs"]], date="2015-09-30"),
        V("Strike", opt=True, target=["isis"]),
        V("MilitaryOperation", opt=True, agent=["russia"], place=["syria"], date="2015-09-30"),
        V("Killing", agent=["russia"], place=[["latamna", "talbiseh", "rastan", "hama", "homs"]],
          date="2015-09-30", trigger="مقتل"),
        # Kerry's meeting with Lavrov in New York
        V("Meeting", agent=["kerry", "lavrov"], place=["newyork"], trigger="يلتقي"),
    ],
))

# ---------------------------------------------------------------- Iraq, Ramadi (2015-12-29, a Tuesday)
DOCS.append(dict(
    id="t8-iq-ramadi", published="2015-12-29",
    text="""بغداد - رويترز:

أعلن الفريق الركن عبد الوهاب الساعدي، قائد عمليات تحرير الأنبار، أمس الإثنين، أن القوات العراقية استعادت السيطرة الكاملة على المجمع الحكومي وسط مدينة الرمادي، مركز محافظة الأنبار غرب البلاد، بعد سبعة أشهر من سقوطها بيد تنظيم داعش في مايو/أيار الماضي.

وقال الساعدي في مؤتمر صحفي عقده قرب المدينة إن «قوات جهاز مكافحة الإرهاب اقتحمت المجمع من ثلاثة محاور، وقتلت العشرات من الإرهابيين، فيما فر الباقون نحو منطقة الصوفية شرقي الرمادي»، مشيرا إلى أن ضباطا ميدانيين أبلغوه بأن «عناصر التنظيم فخخوا معظم المباني والطرقات قبل انسحابهم».

من جانبه، قال العقيد ستيف وارن، المتحدث باسم التحالف الدولي، إن طائرات التحالف نفذت أكثر من 600 غارة دعما للعملية منذ يوليو/تموز، مضيفا أن القوات الأمريكية «لم تشارك في القتال البري».

وزار رئيس الوزراء العراقي حيدر العبادي المدينة أمس، ورفع العلم العراقي فوق المجمع الحكومي، متعهدا بأن يكون عام 2016 «عام القضاء على داعش» في الموصل وبقية المدن.

وفي بغداد، قتل أربعة أشخاص وأصيب 11 آخرون بانفجار عبوة ناسفة في سوق شعبية بمنطقة الحسينية شمال العاصمة، بحسب مصدر في وزارة الداخلية، ولم تعلن أي جهة مسؤوليتها عن الهجوم.""",
    entities=[
        E("baghdad", "Place", ["بغداد", "العاصمة"], "Baghdad", qid="Q1530", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("saadi", "Person", ["عبد الوهاب الساعدي", "الساعدي"], "Abdul-Wahab al-Saadi"),
        E("ops", "Organization", ["عمليات تحرير الأنبار"], "Anbar Liberation Operations Command",
          sub="ArmedForce"),
        E("iqf", "Organization", ["القوات العراقية"], "Iraqi Security Forces", sub="ArmedForce"),
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي", "المدينة"], "Ramadi", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Anbar Governorate", qid="Q187334", sub="Region"),
        E("iraq", "Place", ["البلاد"], "Iraq", qid="Q796", sub="Country", opt=True),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب"], "Iraqi Counter-Terrorism Service", sub="ArmedForce"),
        E("sufiya", "Place", ["منطقة الصوفية"], "al-Sufiya", sub="City"),
        E("warren", "Person", ["ستيف وارن"], "Steve Warren"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("usf", "Organization", ["القوات الأمريكية"], "United States Armed Forces", sub="ArmedForce"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("husseiniya", "Place", ["منطقة الحسينية"], "al-Husseiniya", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية"], "Iraqi Ministry of Interior", sub="GovernmentBody", opt=True),
    ],
    relations=[
        R("leaderOf", "saadi", "ops"),                     # قائد عمليات تحرير الأنبار
        R("locatedIn", "ramadi", "anbar"),                 # مركز محافظة الأنبار
        R("locatedIn", "anbar", "iraq"),                   # غرب البلاد
        R("locatedIn", "sufiya", "ramadi"),                # منطقة الصوفية شرقي الرمادي
        R("spokespersonOf", "warren", "coalition"),        # المتحدث باسم التحالف الدولي
        R("locatedIn", "husseiniya", "baghdad"),           # منطقة الحسينية شمال العاصمة
    ],
    events=[
        # the retaking of the government complex in Ramadi (announced yesterday)
        V("MilitaryOperation", agent=[["iqf", "cts"]], target=["isis"], place=[["ramadi", "anbar"]],
          trigger="استعادت"),
        V("MilitaryOperation", opt=True, date="2015-12"),
        V("Attack", agent=["cts"], target=["isis"], place=["ramadi"], trigger="اقتحمت"),
        V("Attack", opt=True, date="2015-12"),
        V("Killing", agent=["cts"], target=["isis"], place=["ramadi"], trigger="وقتلت"),
        V("Killing", opt=True, date="2015-12"),
        # the fall of Ramadi to IS in May
        V("Attack", opt=True, agent=["isis"], place=["ramadi"], date="2015-05"),
        V("MilitaryOperation", opt=True, agent=["isis"], place=["ramadi"], date="2015-05"),
        # coalition raids since July
        V("Strike", agent=["coalition"], place=["ramadi"], date="2015-07", trigger="غارة"),
        V("Strike", opt=True, target=["isis"]),
        # Abadi's visit yesterday
        V("Visit", agent=["abadi"], place=["ramadi"], date="2015-12-28", trigger="وزار"),
        # the bomb in al-Husseiniya (no claim)
        V("Attack", place=[["husseiniya", "baghdad"]], trigger="انفجار"),
        V("Killing", place=[["husseiniya", "baghdad"]], trigger="قتل"),
        V("Attack", opt=True, date="2015-12"),
    ],
))

# ---------------------------------------------------------------- Iraq, Tikrit (2015-03-04, a Wednesday)
DOCS.append(dict(
    id="t8-iq-tikrit", published="2015-03-04",
    text="""تكريت (العراق) - محمد الجبوري:

تواصل القوات العراقية وفصائل الحشد الشعبي، لليوم الثالث على التوالي، عملياتها العسكرية لاستعادة مدينة تكريت، مسقط رأس الرئيس الراحل صدام حسين، من قبضة تنظيم الدولة الإسلامية، في أكبر هجوم تشنه بغداد منذ سقوط الموصل في يونيو/حزيران عام 2014.

وقال هادي العامري، الأمين العام لمنظمة بدر وأحد أبرز قادة الحشد، إن المقاتلين «حرروا قضاء الدور وناحية العلم»، مضيفا أن «قادة المحاور يؤكدون أن المدينة ستحاصر بالكامل خلال 48 ساعة».

وتحدثت مصادر أمنية عن مشاركة قاسم سليماني، قائد فيلق القدس في الحرس الثوري الإيراني، في الإشراف على سير المعارك، وهو ما لم تنفه طهران.

في المقابل، تبنى التنظيم في بيان نشره على حسابات مؤيدة له هجوما انتحاريا بسيارة مفخخة استهدف أمس تجمعا للقوات الأمنية قرب سامراء، وقال إن منفذه «أبو عائشة الأنصاري» قتل «العشرات من الروافض»، فيما أكد ضابط في الشرطة مقتل ثمانية عسكريين في الهجوم.

وفي بغداد، أعلنت وزارة الداخلية العراقية اعتقال ثلاثة من عناصر التنظيم في منطقة الدورة جنوب العاصمة، قالت إنهم كانوا يخططون لتفجير سيارات مفخخة في أسواق المدينة.""",
    entities=[
        E("tikrit", "Place", ["مدينة تكريت", "تكريت", "المدينة"], "Tikrit", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("jubouri", "Person", ["محمد الجبوري"], "Mohammed al-Jubouri", opt=True),
        E("iqf", "Organization", ["القوات العراقية"], "Iraqi Security Forces", sub="ArmedForce"),
        E("pmf", "Organization", ["الحشد الشعبي", "الحشد"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("saddam", "Person", ["صدام حسين"], "Saddam Hussein"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("baghdad", "Place", ["بغداد", "العاصمة"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("badr", "Organization", ["منظمة بدر"], "Badr Organization", sub="ArmedGroup"),
        E("dour", "Place", ["قضاء الدور"], "al-Dour", sub="City"),
        E("alam", "Place", ["ناحية العلم"], "al-Alam", sub="City"),
        E("soleimani", "Person", ["قاسم سليماني"], "Qasem Soleimani"),
        E("quds", "Organization", ["فيلق القدس"], "Quds Force", sub="ArmedForce"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("samarra", "Place", ["سامراء"], "Samarra", sub="City"),
        E("ansari", "Person", ["أبو عائشة الأنصاري"], "Abu Aisha al-Ansari"),
        E("moi", "Organization", ["وزارة الداخلية العراقية"], "Iraqi Ministry of Interior", sub="GovernmentBody"),
        E("dora", "Place", ["منطقة الدورة"], "al-Dora", sub="City"),
    ],
    relations=[
        R("locatedIn", "tikrit", "iraq", opt=True),
        R("leaderOf", "amiri", "badr"),                    # الأمين العام لمنظمة بدر
        R("memberOf", "amiri", "pmf"),                     # أحد أبرز قادة الحشد
        R("leaderOf", "amiri", "pmf", opt=True),
        R("leaderOf", "soleimani", "quds"),                # قائد فيلق القدس
        R("partOf", "quds", "irgc"),                       # فيلق القدس في الحرس الثوري
        R("memberOf", "ansari", "isis", opt=True),
        R("locatedIn", "dora", "baghdad"),                 # منطقة الدورة جنوب العاصمة
    ],
    events=[
        # the offensive on Tikrit, third day
        V("MilitaryOperation", agent=["iqf", "pmf"], target=["isis"], place=["tikrit"], date="2015-03-02",
          trigger="عملياتها"),
        V("MilitaryOperation", opt=True, agent=["baghdad"]),
        V("Attack", opt=True, agent=["iqf", "pmf", "baghdad"], target=["isis"], place=["tikrit"], date="2015-03"),
        V("Attack", opt=True, agent=["pmf"], target=["isis"], place=["dour", "alam"], date="2015-03"),
        # IS's capture of Mosul in June 2014, recalled
        V("MilitaryOperation", opt=True, agent=["isis"], place=["mosul"], date="2014-06"),
        # the IS-claimed suicide car bomb near Samarra yesterday
        V("Attack", agent=[["isis", "ansari"]], target=["iqf"], place=["samarra"], date="2015-03-03",
          trigger="هجوما"),
        V("Killing", agent=[["isis", "ansari"]], place=["samarra"], date="2015-03-03", trigger="مقتل"),
        V("Killing", opt=True, target=["iqf"]),
        # the interior ministry's arrest of three IS members in al-Dora
        V("Arrest", agent=["moi"], target=["isis"], place=[["dora", "baghdad"]], trigger="اعتقال"),
        V("Arrest", opt=True, date="2015-03"),
    ],
))

# ---------------------------------------------------------------- Iraq, Sinjar (2015-11-14, a Saturday)
DOCS.append(dict(
    id="t8-iq-sinjar", published="2015-11-14",
    text="""أربيل - «الشرق الأوسط»:

أعلن مسعود بارزاني، رئيس إقليم كردستان العراق، أمس الجمعة، «تحرير» مدينة سنجار غرب محافظة نينوى من سيطرة تنظيم «داعش»، بعد يومين من إطلاق قوات البيشمركة عملية واسعة أطلق عليها اسم «حرية سنجار» بمشاركة نحو 7500 مقاتل وبغطاء جوي من طائرات التحالف الدولي.

وقال بارزاني، في مؤتمر صحفي عقده على جبل سنجار، إن «المدينة لن تكون إلا كردستانية»، مؤكدا أن البيشمركة قطعت الطريق الدولي الرابط بين الرقة والموصل، الذي يعد شريان الإمداد الرئيسي للتنظيم بين سوريا والعراق.

وأوضح هلكورد حكمت، المتحدث باسم وزارة البيشمركة، أن مقاتلي التنظيم «انسحبوا بعد أن تكبدوا خسائر كبيرة»، لافتا إلى أن فرق الهندسة عثرت على مقبرة جماعية تضم رفات نحو 80 امرأة إيزيدية قال إن عناصر داعش قتلوهن بعد اجتياح المنطقة في أغسطس/آب من العام الماضي.

إلى ذلك، قالت القيادة المركزية الأمريكية في بيان إن طائرات التحالف شنت 24 غارة في محيط سنجار خلال يومي الخميس والجمعة، «دمرت خلالها مواقع قتالية وعربات مفخخة للتنظيم».""",
    entities=[
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط", "«الشرق الأوسط»"], "Asharq Al-Awsat",
          sub="MediaOrganization", opt=True),
        E("barzani", "Person", ["مسعود بارزاني", "بارزاني"], "Masoud Barzani"),
        E("krg", "Place", ["إقليم كردستان العراق", "إقليم كردستان"], "Kurdistan Region", qid="Q205047",
          sub="Region", alt=["Organization"]),
        E("sinjar", "Place", ["مدينة سنجار", "سنجار", "المدينة"], "Sinjar", sub="City"),
        E("nineveh", "Place", ["محافظة نينوى"], "Nineveh Governorate", qid="Q189352", sub="Region"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("peshmerga", "Organization", ["قوات البيشمركة", "البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي", "التحالف"], "Global Coalition against Daesh",
          sub="Coalition"),
        E("mount", "Place", ["جبل سنجار"], "Mount Sinjar", sub="Region"),
        E("raqqa", "Place", ["الرقة"], "Raqqa", sub="City"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hikmat", "Person", ["هلكورد حكمت"], "Halgurd Hikmat"),
        E("mop", "Organization", ["وزارة البيشمركة"], "Ministry of Peshmerga", sub="GovernmentBody"),
        E("centcom", "Organization", ["القيادة المركزية الأمريكية"], "United States Central Command",
          sub="ArmedForce"),
    ],
    relations=[
        R("leaderOf", "barzani", "krg"),                   # رئيس إقليم كردستان العراق
        R("locatedIn", "sinjar", "nineveh"),               # مدينة سنجار غرب محافظة نينوى
        R("spokespersonOf", "hikmat", "mop"),              # المتحدث باسم وزارة البيشمركة
        R("locatedIn", "mount", "sinjar", opt=True),
        R("locatedIn", "krg", "iraq", opt=True),
    ],
    events=[
        # Operation Free Sinjar, launched two days before yesterday
        V("MilitaryOperation", agent=["peshmerga"], target=["isis"], place=[["sinjar", "nineveh"]],
          date="2015-11-11", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition", "krg"]),
        # the mass killing of Yazidi women after August of last year
        V("Killing", agent=["isis"], place=["sinjar"], date="2014-08", trigger="قتلوهن"),
        V("Attack", opt=True, agent=["isis"], place=["sinjar"], date="2014-08"),
        # coalition raids around Sinjar on Thursday and Friday
        V("Strike", agent=["coalition"], target=["isis"], place=["sinjar"], date="2015-11-12", trigger="غارة"),
        V("Strike", agent=["coalition"], target=["isis"], place=["sinjar"], date="2015-11-13"),
    ],
))

# ---------------------------------------------------------------- Iraq, Baghdad market bomb (2015-08-14, a Friday)
DOCS.append(dict(
    id="t8-iq-baghdad", published="2015-08-14",
    text="""بغداد - أ ف ب:

قتل 67 شخصا على الأقل وأصيب أكثر من 150 آخرين، أمس الخميس، في تفجير شاحنة مفخخة في سوق جميلة للخضار بمدينة الصدر شرق بغداد، في هجوم تبناه تنظيم الدولة الإسلامية في بيان تداولته حسابات مؤيدة له، وهو الأعنف الذي تشهده العاصمة منذ أشهر.

وقال العميد سعد معن، المتحدث باسم قيادة عمليات بغداد، إن الشاحنة كانت محملة بصناديق الخضار «لتمويه نحو طن من المتفجرات»، موضحا أن التحقيقات الأولية تشير إلى أنها «دخلت المدينة من جهة ديالى».

وذكر التنظيم في بيانه أن «أحد جنود الخلافة» نفذ العملية، متوعدا «الرافضة» بالمزيد، فيما حمل النائب عن التيار الصدري حاكم الزاملي القيادات الأمنية مسؤولية «الخرق الفاضح»، مطالبا رئيس الوزراء حيدر العبادي بإقالة المسؤولين عن أمن المنطقة.

وكانت قوات الأمن قد اعتقلت، الأسبوع الماضي، خمسة مشتبه بهم في منطقة أبو غريب غرب العاصمة، قال مصدر في وزارة الداخلية إنهم «ينتمون إلى خلية تنقل السيارات المفخخة من الفلوجة».

وفي محافظة ديالى، قتل ثلاثة من عناصر الحشد الشعبي بهجوم شنه مسلحون مجهولون على نقطة تفتيش قرب بعقوبة مساء الأربعاء.""",
    entities=[
        E("baghdad", "Place", ["بغداد", "العاصمة"], "Baghdad", qid="Q1530", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization", opt=True),
        E("jamila", "Place", ["سوق جميلة"], "Jamila market", sub="City"),
        E("sadrcity", "Place", ["مدينة الصدر", "المدينة"], "Sadr City", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("maan", "Person", ["سعد معن"], "Saad Maan"),
        E("bocc", "Organization", ["قيادة عمليات بغداد"], "Baghdad Operations Command", sub="ArmedForce"),
        E("diyala", "Place", ["ديالى", "محافظة ديالى"], "Diyala Governorate", sub="Region"),
        E("sadrists", "Organization", ["التيار الصدري"], "Sadrist Movement", sub="PoliticalOrganization"),
        E("zamili", "Person", ["حاكم الزاملي"], "Hakim al-Zamili"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("security", "Organization", ["قوات الأمن"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("abughraib", "Place", ["منطقة أبو غريب"], "Abu Ghraib", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية"], "Iraqi Ministry of Interior", sub="GovernmentBody", opt=True),
        E("fallujah", "Place", ["الفلوجة"], "Fallujah", sub="City"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("baqubah", "Place", ["بعقوبة"], "Baqubah", sub="City"),
    ],
    relations=[
        R("locatedIn", "jamila", "sadrcity"),              # سوق جميلة للخضار بمدينة الصدر
        R("locatedIn", "sadrcity", "baghdad"),             # شرق بغداد
        R("spokespersonOf", "maan", "bocc"),
        R("memberOf", "zamili", "sadrists"),               # النائب عن التيار الصدري
        R("locatedIn", "abughraib", "baghdad"),            # منطقة أبو غريب غرب العاصمة
        R("locatedIn", "baqubah", "diyala", opt=True),
    ],
    events=[
        # yesterday's IS-claimed truck bomb in Jamila market
        V("Attack", agent=["isis"], place=[["jamila", "sadrcity", "baghdad"]], date="2015-08-13", trigger="تفجير"),
        V("Killing", agent=["isis"], place=[["jamila", "sadrcity", "baghdad"]], date="2015-08-13", trigger="قتل"),
        # last week's arrest of five suspects in Abu Ghraib
        V("Arrest", agent=["security"], place=[["abughraib", "baghdad"]], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2015-08"),
        # three PMF members killed by unknown gunmen near Baqubah (Wednesday evening)
        V("Attack", target=["pmf"], place=[["baqubah", "diyala"]], date="2015-08-12", trigger="بهجوم"),
        V("Killing", target=["pmf"], place=[["baqubah", "diyala"]], date="2015-08-12", trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden (2015-07-18, a Saturday)
DOCS.append(dict(
    id="t8-ye-aden", published="2015-07-18",
    text="""عدن - «الشرق الأوسط» - صالح المنصوري:

أعلنت الحكومة اليمنية، الموجودة في الرياض، استعادة مدينة عدن بالكامل من قبضة ميليشيات الحوثي والقوات الموالية للرئيس المخلوع علي عبدالله صالح، بعد معارك استمرت أربعة أيام ضمن عملية «السهم الذهبي» التي أطلقتها المقاومة الشعبية والجيش الموالي للرئيس عبد ربه منصور هادي يوم 14 يوليو/تموز الجاري، بدعم جوي وبري من قوات التحالف العربي بقيادة السعودية.

وقال نائف البكري، محافظ عدن، إن «رجال المقاومة سيطروا على مطار عدن الدولي وميناء المعلا ومديرية التواهي»، مضيفا أن قادة ميدانيين أبلغوه بأن «الحوثيين تركوا خلفهم عشرات القتلى وأكثر من 150 أسيرا».

وأوضح العميد أحمد عسيري، المتحدث باسم قوات التحالف، أن طائرات التحالف شنت أمس الجمعة غارات مكثفة على تجمعات للميليشيات في قاعدة العند الجوية بمحافظة لحج شمال عدن، «لقطع خطوط الإمداد عنها».

ووصل إلى عدن، الخميس، وفد حكومي يضم وزير الداخلية عبده الحذيفي وعددا من المسؤولين، في أول زيارة لمسؤولين حكوميين إلى المدينة منذ مارس/آذار الماضي، حيث عقد اجتماعا مع قيادات المقاومة لبحث «تطبيع الأوضاع وإعادة تشغيل المرافق».""",
    entities=[
        E("aden", "Place", ["مدينة عدن", "عدن", "المدينة"], "Aden", qid="Q131694", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط", "«الشرق الأوسط»"], "Asharq Al-Awsat",
          sub="MediaOrganization", opt=True),
        E("mansouri", "Person", ["صالح المنصوري"], "Saleh al-Mansouri", opt=True),
        E("govt", "Organization", ["الحكومة اليمنية"], "Government of Yemen", sub="GovernmentBody"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("houthis", "Organization", ["ميليشيات الحوثي", "الحوثيين", "الميليشيات"], "Houthis", sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبدالله صالح"], "Ali Abdullah Saleh"),
        E("resistance", "Organization", ["المقاومة الشعبية", "المقاومة"], "Popular Resistance", sub="ArmedGroup"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abd Rabbuh Mansur Hadi"),
        E("coalition", "Organization", ["قوات التحالف العربي", "قوات التحالف", "التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("bakri", "Person", ["نائف البكري"], "Nayef al-Bakri"),
        E("airport", "Place", ["مطار عدن الدولي"], "Aden International Airport", sub="City"),
        E("mualla", "Place", ["ميناء المعلا"], "Mualla port", sub="City"),
        E("tawahi", "Place", ["مديرية التواهي"], "al-Tawahi", sub="City"),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("anad", "Place", ["قاعدة العند الجوية"], "al-Anad Air Base", sub="City"),
        E("lahij", "Place", ["محافظة لحج"], "Lahij Governorate", sub="Region"),
        E("hudhaifi", "Person", ["عبده الحذيفي"], "Abdo al-Hudhaifi"),
    ],
    relations=[
        R("locatedIn", "govt", "riyadh", opt=True),
        R("leaderOf", "saudi", "coalition"),               # بقيادة السعودية
        R("leaderOf", "bakri", "aden"),                    # محافظ عدن
        R("positionIn", "bakri", "aden", opt=True),
        R("locatedIn", "airport", "aden", opt=True),
        R("spokespersonOf", "asiri", "coalition"),         # المتحدث باسم قوات التحالف
        R("locatedIn", "anad", "lahij"),                   # قاعدة العند الجوية بمحافظة لحج
        R("memberOf", "hudhaifi", "govt"),                 # وفد حكومي يضم وزير الداخلية
    ],
    events=[
        # Operation Golden Arrow, launched 14 July, and the retaking of Aden
        V("MilitaryOperation", agent=["resistance"], target=["houthis"], place=["aden"],
          date="2015-07-14", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["coalition", "govt"]),
        V("Attack", opt=True, agent=["resistance"], target=["houthis"], place=["airport", "mualla", "tawahi", "aden"],
          date="2015-07"),
        V("Arrest", opt=True, agent=["resistance"], target=["houthis"], place=["aden"], date="2015-07"),
        V("Killing", opt=True, agent=["resistance"], target=["houthis"], place=["aden"], date="2015-07"),
        # yesterday's coalition raids on al-Anad
        V("Strike", agent=["coalition"], target=["houthis"], place=[["anad", "lahij"]], date="2015-07-17",
          trigger="غارات"),
        # the government delegation's arrival on Thursday and its meeting
        V("Visit", agent=["hudhaifi"], place=["aden"], date="2015-07-16", trigger="ووصل"),
        V("Visit", opt=True, agent=["govt"]),
        V("Meeting", agent=["hudhaifi", "resistance"], place=["aden"], date="2015-07-16", trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["govt"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Sanaa mosques (2015-03-21, a Saturday)
DOCS.append(dict(
    id="t8-ye-sanaa", published="2015-03-21",
    text="""صنعاء - وكالات:

ارتفع عدد ضحايا التفجيرات الانتحارية الأربعة التي استهدفت، أمس الجمعة، مسجدي بدر والحشحوش في العاصمة صنعاء أثناء صلاة الجمعة، إلى 142 قتيلا وأكثر من 350 جريحا، في أعنف هجوم تشهده البلاد منذ سنوات، وتبناه تنظيم الدولة الإسلامية في أول عملية كبيرة يعلنها في اليمن.

وقال التنظيم، في بيان نسب إلى «ولاية صنعاء» ونشر على مواقع جهادية، إن أربعة من «جنود الخلافة» فجروا أحزمة ناسفة «في أوكار الحوثيين»، متوعدا بأن «هذه ليست إلا قمة جبل الجليد».

من جهتها، اتهمت جماعة الحوثي، التي تسيطر على العاصمة منذ سبتمبر/أيلول الماضي، «قوى خارجية» بالوقوف وراء الهجوم، فيما قال محمد عبد السلام، المتحدث باسم الجماعة، في تصريح لقناة المسيرة إن «الشعب اليمني لن يركع».

وفي مدينة الحوطة، عاصمة محافظة لحج، قتل 29 شخصا، بينهم 20 جنديا، في هجوم شنه مسلحون من تنظيم القاعدة في جزيرة العرب على مقار حكومية الجمعة، قبل أن تستعيد قوات الأمن السيطرة على المدينة.

ودان بان كي مون، الأمين العام للأمم المتحدة، التفجيرات، داعيا جميع الأطراف إلى «وقف الأعمال العدائية فورا».""",
    entities=[
        E("sanaa", "Place", ["صنعاء", "العاصمة"], "Sanaa", qid="Q2471", sub="City"),
        E("badr", "Place", ["مسجدي بدر"], "Badr mosque", sub="City", opt=True),
        E("hashush", "Place", ["الحشحوش"], "al-Hashush mosque", sub="City", opt=True),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("yemen", "Place", ["اليمن", "البلاد"], "Yemen", qid="Q805", sub="Country"),
        E("wilaya", "Organization", ["ولاية صنعاء", "«ولاية صنعاء»"], "IS Sanaa Province", sub="ArmedGroup"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("abdulsalam", "Person", ["محمد عبد السلام"], "Mohammed Abdulsalam"),
        E("masirah", "Organization", ["قناة المسيرة"], "Al-Masirah", sub="MediaOrganization", opt=True),
        E("hawta", "Place", ["مدينة الحوطة", "المدينة"], "al-Hawta", sub="City"),
        E("lahij", "Place", ["محافظة لحج"], "Lahij Governorate", sub="Region"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
        E("security", "Organization", ["قوات الأمن"], "Yemeni security forces", sub="ArmedForce", opt=True),
        E("ban", "Person", ["بان كي مون"], "Ban Ki-moon"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("partOf", "wilaya", "isis"),                     # بيان نسب إلى «ولاية صنعاء»
        R("spokespersonOf", "abdulsalam", "houthis"),      # المتحدث باسم الجماعة
        R("locatedIn", "hawta", "lahij"),                  # عاصمة محافظة لحج
        R("leaderOf", "ban", "un"),                        # الأمين العام للأمم المتحدة
        R("partOf", "masirah", "houthis", opt=True),
    ],
    events=[
        # yesterday's IS-claimed suicide bombings of the two mosques in Sanaa
        V("Attack", agent=[["isis", "wilaya"]], target=["houthis"], place=[["sanaa", "badr"]], date="2015-03-20",
          trigger="التفجيرات"),
        V("Killing", agent=[["isis", "wilaya"]], place=[["sanaa", "badr"]], date="2015-03-20", trigger="قتيلا"),
        # the Houthis' takeover of the capital in September
        V("MilitaryOperation", opt=True, agent=["houthis"], place=["sanaa"], date="2014-09"),
        V("Attack", opt=True, place=["yemen", "hashush"]),
        # AQAP's attack on government buildings in al-Hawta on Friday
        V("Attack", agent=["aqap"], place=[["hawta", "lahij"]], date="2015-03-20", trigger="هجوم"),
        V("Killing", agent=["aqap"], place=[["hawta", "lahij"]], date="2015-03-20", trigger="قتل"),
        V("MilitaryOperation", opt=True, agent=["security"], target=["aqap"], place=["hawta"], date="2015-03-20"),
    ],
))

# ---------------------------------------------------------------- Yemen, Marib (2015-09-05, a Saturday)
DOCS.append(dict(
    id="t8-ye-marib", published="2015-09-05",
    text="""أبوظبي، الرياض - وام، واس:

أعلنت القيادة العامة للقوات المسلحة الإماراتية، أمس الجمعة، استشهاد 45 جنديا من أفرادها المشاركين في عملية «إعادة الأمل» ضمن التحالف العربي لدعم الشرعية في اليمن، إثر انفجار مخزن للذخيرة في منطقة صافر بمحافظة مأرب شرق صنعاء.

وأوضحت مصادر عسكرية يمنية أن الانفجار نجم عن صاروخ من طراز «توشكا» أطلقته ميليشيات الحوثي والقوات الموالية لصالح على معسكر تابع للتحالف، في حين قتل في الهجوم ذاته خمسة جنود بحرينيين، وفق ما أعلنته قوة دفاع البحرين، وعشرة جنود من الجيش الموالي للحكومة.

وقال الشيخ محمد بن زايد آل نهيان، ولي عهد أبوظبي نائب القائد الأعلى للقوات المسلحة، إن «دماء شهدائنا لن تذهب هدرا»، فيما شنت مقاتلات التحالف، فجر اليوم السبت، عشرات الغارات على مواقع للحوثيين في صنعاء وصعدة، طالت بحسب شهود عيان مقر وزارة الدفاع الخاضع للجماعة ومعسكرات في جبل نقم.

وكان عبد الملك الحوثي، زعيم الجماعة، قد توعد في خطاب متلفز، الشهر الماضي، بـ«خيارات استراتيجية» ردا على تقدم القوات الموالية للحكومة في محافظات الجنوب.""",
    entities=[
        E("abudhabi", "Place", ["أبوظبي"], "Abu Dhabi", qid="Q1519", sub="City"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("wam", "Organization", ["وام"], "WAM", sub="MediaOrganization", opt=True),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("uaegc", "Organization", ["القيادة العامة للقوات المسلحة الإماراتية"], "UAE Armed Forces General Command",
          sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف العربي لدعم الشرعية في اليمن", "التحالف العربي", "التحالف"],
          "Saudi-led coalition", sub="Coalition"),
        E("safer", "Place", ["منطقة صافر"], "Safer", sub="City"),
        E("marib", "Place", ["محافظة مأرب"], "Marib Governorate", sub="Region"),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("houthis", "Organization", ["ميليشيات الحوثي", "الحوثيين", "الجماعة"], "Houthis", sub="ArmedGroup"),
        E("salehforces", "Organization", ["القوات الموالية لصالح"], "Forces loyal to Saleh", sub="ArmedForce"),
        E("bdf", "Organization", ["قوة دفاع البحرين"], "Bahrain Defence Force", sub="ArmedForce"),
        E("army", "Organization", ["الجيش الموالي للحكومة", "القوات الموالية للحكومة"], "Yemeni Army (Hadi)",
          sub="ArmedForce"),
        E("mbz", "Person", ["محمد بن زايد آل نهيان"], "Mohamed bin Zayed"),
        E("saada", "Place", ["صعدة"], "Saada", sub="City"),
        E("mod", "Organization", ["وزارة الدفاع"], "Yemeni Ministry of Defence (Sanaa)", sub="GovernmentBody",
          opt=True),
        E("nuqum", "Place", ["جبل نقم"], "Jabal Nuqum", sub="Region"),
        E("abdulmalik", "Person", ["عبد الملك الحوثي"], "Abdul-Malik al-Houthi"),
    ],
    relations=[
        R("memberOf", "uaegc", "coalition", opt=True),
        R("locatedIn", "safer", "marib"),                  # منطقة صافر بمحافظة مأرب
        R("locatedIn", "marib", "sanaa", opt=True),
        R("positionIn", "mbz", "uaegc", opt=True),         # نائب القائد الأعلى للقوات المسلحة
        R("positionIn", "mbz", "abudhabi"),                # ولي عهد أبوظبي
        R("leaderOf", "abdulmalik", "houthis"),            # زعيم الجماعة
        R("locatedIn", "nuqum", "sanaa", opt=True),
    ],
    events=[
        # the Houthi Tochka missile on the coalition camp at Safer (yesterday)
        V("Strike", agent=["houthis", "salehforces"], target=["coalition"], place=[["safer", "marib"]],
          date="2015-09-04", trigger="صاروخ"),
        V("Attack", opt=True, agent=["houthis", "salehforces"], target=["coalition", "bdf", "army", "uaegc"],
          place=["safer", "marib"], date="2015-09-04"),
        V("Killing", agent=["houthis", "salehforces"], target=["uaegc", "bdf", "army"], place=[["safer", "marib"]],
          date="2015-09-04", trigger="قتل"),
        V("Strike", opt=True, target=["uaegc"]),
        V("MilitaryOperation", opt=True, agent=["coalition"], place=["safer"]),
        # the coalition raids this morning on Sanaa and Saada
        V("Strike", agent=["coalition"], target=["houthis"], place=["sanaa"], date="2015-09-05", trigger="الغارات"),
        V("Strike", agent=["coalition"], target=["houthis"], place=["saada"], date="2015-09-05"),
        V("Strike", opt=True, target=["mod"], place=["nuqum"]),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli hotel (2015-01-28, a Wednesday)
DOCS.append(dict(
    id="t8-ly-tripoli", published="2015-01-28",
    text="""طرابلس - رويترز:

قتل تسعة أشخاص على الأقل، بينهم خمسة أجانب، أمس الثلاثاء، في هجوم شنه مسلحون على فندق كورنثيا في العاصمة الليبية طرابلس، تبناه فرع تنظيم الدولة الإسلامية في ليبيا، الذي قال في بيان إن الهجوم جاء «ثأرا» لأبي أنس الليبي، القيادي في تنظيم القاعدة الذي اعتقلته قوات أمريكية خاصة في طرابلس في أكتوبر/تشرين الأول عام 2013.

وقال عصام النعاس، المتحدث باسم غرفة العمليات الأمنية المشتركة في طرابلس، إن ثلاثة مسلحين اقتحموا بهو الفندق بعد تفجير سيارة مفخخة في موقفه، وأطلقوا النار على الموظفين والنزلاء، قبل أن يفجر اثنان منهم نفسيهما في الطابق الرابع والعشرين عندما حاصرتهما قوات الأمن.

وأوضح النعاس أن بين القتلى مواطنا أمريكيا وفرنسيا، مشيرا إلى أن عمر الحاسي، رئيس حكومة الإنقاذ الوطني التي شكلها المؤتمر الوطني العام، كان يقيم في الفندق لكنه لم يكن فيه لحظة الهجوم.

وفي بنغازي، قالت مصادر عسكرية إن طائرات تابعة لقوات اللواء المتقاعد خليفة حفتر شنت أمس غارات على مواقع لمجلس شورى ثوار بنغازي في منطقة الليثي، فيما تواصل قوات الجيش التابعة لمجلس النواب في طبرق عملية «الكرامة» التي بدأتها في مايو/أيار الماضي.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("corinthia", "Place", ["فندق كورنثيا", "الفندق"], "Corinthia Hotel", sub="City"),
        E("isisly", "Organization", ["فرع تنظيم الدولة الإسلامية في ليبيا"], "Islamic State in Libya",
          sub="ArmedGroup"),
        E("libi", "Person", ["أبي أنس الليبي"], "Abu Anas al-Libi"),
        E("alqaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("usf", "Organization", ["قوات أمريكية خاصة"], "US special forces", sub="ArmedForce"),
        E("naas", "Person", ["عصام النعاس", "النعاس"], "Issam al-Naas"),
        E("jsoc", "Organization", ["غرفة العمليات الأمنية المشتركة"], "Joint Security Operations Room",
          sub="ArmedForce"),
        E("security", "Organization", ["قوات الأمن"], "Libyan security forces", sub="ArmedForce", opt=True),
        E("hassi", "Person", ["عمر الحاسي"], "Omar al-Hassi"),
        E("salvation", "Organization", ["حكومة الإنقاذ الوطني"], "National Salvation Government",
          sub="GovernmentBody"),
        E("gnc", "Organization", ["المؤتمر الوطني العام"], "General National Congress", sub="GovernmentBody"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries' Shura Council",
          sub="ArmedGroup"),
        E("laithi", "Place", ["منطقة الليثي"], "al-Laithi", sub="City"),
        E("army", "Organization", ["قوات الجيش"], "Libyan National Army", sub="ArmedForce"),
        E("hor", "Organization", ["مجلس النواب"], "House of Representatives", sub="GovernmentBody"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
    ],
    relations=[
        R("locatedIn", "corinthia", "tripoli"),            # فندق كورنثيا في العاصمة الليبية طرابلس
        R("memberOf", "libi", "alqaeda"),                  # القيادي في تنظيم القاعدة
        R("spokespersonOf", "naas", "jsoc"),
        R("leaderOf", "hassi", "salvation"),               # رئيس حكومة الإنقاذ الوطني
        R("affiliatedWith", "salvation", "gnc", opt=True), # التي شكلها المؤتمر الوطني العام
        R("partOf", "army", "hor"),                        # قوات الجيش التابعة لمجلس النواب
        R("locatedIn", "hor", "tobruk", opt=True),
        R("locatedIn", "laithi", "benghazi", opt=True),
    ],
    events=[
        # yesterday's attack on the Corinthia hotel, claimed by IS's Libyan branch
        V("Attack", agent=["isisly"], target=["corinthia"], place=["tripoli"], date="2015-01-27", trigger="هجوم"),
        V("Attack", opt=True, place=["corinthia"]),
        V("Killing", agent=["isisly"], place=[["corinthia", "tripoli"]], date="2015-01-27", trigger="قتل"),
        # the capture of Abu Anas al-Libi in October 2013
        V("Arrest", agent=["usf"], target=["libi"], place=["tripoli"], date="2013-10", trigger="اعتقلته"),
        # yesterday's raids of Haftar's forces on the Shura Council in al-Laithi
        V("Strike", agent=["haftar"], target=["shura"], place=[["laithi", "benghazi"]],
          date="2015-01-27", trigger="غارات"),
        # Operation Dignity since May
        V("MilitaryOperation", agent=["army"], date="2014-05", trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["haftar"], place=["benghazi"]),
    ],
))

# ---------------------------------------------------------------- Libya and Egypt, Derna strikes (2015-02-17, a Tuesday)
DOCS.append(dict(
    id="t8-ly-derna", published="2015-02-17",
    text="""القاهرة - «الشرق الأوسط» - خالد محمود:

شنت مقاتلات مصرية، فجر أمس الإثنين، غارات على مواقع لتنظيم داعش في مدينة درنة شرق ليبيا، بعد ساعات من بث التنظيم شريطا مصورا يظهر ذبح 21 مسيحيا مصريا كانوا قد خطفوا في مدينة سرت خلال ديسمبر/كانون الأول ويناير/كانون الثاني الماضيين.

وقالت القيادة العامة للقوات المسلحة المصرية، في بيان بثه التلفزيون الرسمي، إن الضربات «حققت أهدافها بدقة، واستهدفت معسكرات ومناطق تمركز وتدريب ومخازن أسلحة وذخائر»، مؤكدة أن «الثأر للدماء المصرية حق يجب أن يقتص».

وأكد صقر الجروشي، قائد سلاح الجو الليبي التابع للحكومة المؤقتة، أن الغارات نفذت «بتنسيق كامل» مع الجانب الليبي، وأسفرت عن مقتل ما بين 40 و50 عنصرا من التنظيم.

من جهته، ترأس الرئيس عبد الفتاح السيسي اجتماعا لمجلس الدفاع الوطني في القاهرة، وأعلن الحداد العام لسبعة أيام، فيما أوفد وزير الخارجية سامح شكري إلى نيويورك لإجراء مشاورات مع أعضاء مجلس الأمن الدولي.

في المقابل، قال الناطق باسم مجلس شورى شباب الإسلام في درنة إن الغارات «قتلت مدنيين بينهم أطفال».""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط", "«الشرق الأوسط»"], "Asharq Al-Awsat",
          sub="MediaOrganization", opt=True),
        E("mahmoud", "Person", ["خالد محمود"], "Khaled Mahmoud", opt=True),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("derna", "Place", ["مدينة درنة", "درنة"], "Derna", sub="City"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("sirte", "Place", ["مدينة سرت"], "Sirte", sub="City"),
        E("egaf", "Organization", ["القيادة العامة للقوات المسلحة المصرية"], "Egyptian Armed Forces General Command",
          sub="ArmedForce"),
        E("jarushi", "Person", ["صقر الجروشي"], "Saqr al-Jarushi"),
        E("lyaf", "Organization", ["سلاح الجو الليبي"], "Libyan Air Force", sub="ArmedForce"),
        E("interim", "Organization", ["الحكومة المؤقتة"], "Libyan Interim Government", sub="GovernmentBody"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("ndc", "Organization", ["مجلس الدفاع الوطني"], "National Defence Council", sub="GovernmentBody"),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry"),
        E("newyork", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("unsc", "Organization", ["مجلس الأمن الدولي"], "UN Security Council", qid="Q37470"),
        E("shura", "Organization", ["مجلس شورى شباب الإسلام"], "Shura Council of Islamic Youth", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "derna", "libya"),                  # مدينة درنة شرق ليبيا
        R("leaderOf", "jarushi", "lyaf"),                  # قائد سلاح الجو الليبي
        R("partOf", "lyaf", "interim"),                    # التابع للحكومة المؤقتة
        R("leaderOf", "sisi", "ndc", opt=True),            # ترأس اجتماعا لمجلس الدفاع الوطني
        R("locatedIn", "shura", "derna", opt=True),
    ],
    events=[
        # Egyptian raids on Derna yesterday at dawn
        V("Strike", agent=["egaf"], target=["isis"], place=[["derna", "libya"]], date="2015-02-16", trigger="غارات"),
        V("Killing", agent=["egaf"], target=["isis"], place=[["derna", "libya"]], date="2015-02-16", trigger="مقتل"),
        # the beheading of 21 Egyptian Christians kidnapped in Sirte
        V("Killing", agent=["isis"], trigger="ذبح"),
        V("Killing", opt=True, place=["sirte", "libya"], date="2015-02"),
        V("Arrest", agent=["isis"], place=["sirte"], date="2014-12", trigger="خطفوا"),
        V("Arrest", opt=True, date="2015-01"),
        # Sisi chairs the National Defence Council in Cairo
        V("Meeting", agent=["sisi"], place=["cairo"], trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["ndc"], date="2015-02"),
        # Shoukry sent to New York
        V("Visit", agent=["shoukry"], place=["newyork"], trigger="أوفد"),
        V("Visit", opt=True, date="2015-02"),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai (2015-07-02, a Thursday)
DOCS.append(dict(
    id="t8-eg-sinai", published="2015-07-02",
    text="""العريش (مصر) - الأناضول:

قال العميد محمد سمير، المتحدث العسكري باسم القوات المسلحة المصرية، إن 17 عسكريا بينهم ضابطان قتلوا وأصيب 13 آخرون، أمس الأربعاء، في هجمات متزامنة شنها مسلحون على 15 كمينا ونقطة تفتيش للجيش في مدينة الشيخ زويد بمحافظة شمال سيناء، مؤكدا أن القوات «قضت على أكثر من 100 إرهابي» في الاشتباكات وغارات طائرات إف 16 التي تلتها.

وتبنى تنظيم «ولاية سيناء»، الذي بايع تنظيم الدولة الإسلامية في نوفمبر/تشرين الثاني الماضي بعد أن كان يعرف باسم «أنصار بيت المقدس»، الهجمات في بيان قال فيه إن مقاتليه «استهدفوا أكثر من 15 موقعا للجيش المرتد بعمليات استشهادية».

وجاءت الهجمات بعد يومين من اغتيال النائب العام المصري هشام بركات بتفجير سيارة مفخخة استهدف موكبه في حي مصر الجديدة بالقاهرة صباح الإثنين.

وفي سياق متصل، أعلنت وزارة الداخلية المصرية، أمس، مقتل تسعة من قيادات جماعة الإخوان المسلمين، بينهم النائب السابق ناصر الحافي، في تبادل لإطلاق النار مع قوات الأمن خلال مداهمة شقة في مدينة السادس من أكتوبر غرب القاهرة، وهي رواية نفتها الجماعة التي قالت إنهم «قتلوا بدم بارد».""",
    entities=[
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("samir", "Person", ["محمد سمير"], "Mohamed Samir"),
        E("eaf", "Organization", ["القوات المسلحة المصرية", "الجيش", "القوات"], "Egyptian Armed Forces",
          sub="ArmedForce"),
        E("zuweid", "Place", ["مدينة الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("wilaya", "Organization", ["ولاية سيناء", "«ولاية سيناء»", "أنصار بيت المقدس", "«أنصار بيت المقدس»"],
          "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("barakat", "Person", ["هشام بركات"], "Hisham Barakat"),
        E("heliopolis", "Place", ["حي مصر الجديدة"], "Heliopolis", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية المصرية"], "Egyptian Ministry of Interior", sub="GovernmentBody"),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("hafi", "Person", ["ناصر الحافي"], "Nasser al-Hafi"),
        E("security", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="ArmedForce", opt=True),
        E("october", "Place", ["مدينة السادس من أكتوبر"], "6th of October City", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "samir", "eaf"),               # المتحدث العسكري باسم القوات المسلحة المصرية
        R("locatedIn", "zuweid", "nsinai"),                # مدينة الشيخ زويد بمحافظة شمال سيناء
        R("memberOf", "wilaya", "isis"),                   # بايع تنظيم الدولة الإسلامية
        R("partOf", "wilaya", "isis", opt=True),
        R("affiliatedWith", "wilaya", "isis", opt=True),
        R("positionIn", "barakat", "egypt", opt=True),     # النائب العام المصري
        R("locatedIn", "heliopolis", "cairo"),             # حي مصر الجديدة بالقاهرة
        R("memberOf", "hafi", "mb"),                       # من قيادات جماعة الإخوان المسلمين
        R("locatedIn", "october", "cairo"),                # مدينة السادس من أكتوبر غرب القاهرة
        R("locatedIn", "arish", "egypt", opt=True),
    ],
    events=[
        # yesterday's simultaneous attacks on army checkpoints in Sheikh Zuweid, claimed by Sinai Province
        V("Attack", agent=["wilaya"], target=["eaf"], place=[["zuweid", "nsinai"]], date="2015-07-01",
          trigger="هجمات"),
        V("Killing", agent=["wilaya"], target=["eaf"], place=[["zuweid", "nsinai"]], date="2015-07-01",
          trigger="قتلوا"),
        # the army's kills and F-16 raids that followed
        V("Killing", agent=["eaf"], target=["wilaya"], place=["zuweid"], date="2015-07-01", trigger="قضت"),
        V("Strike", agent=["eaf"], target=["wilaya"], place=["zuweid"], date="2015-07-01", trigger="غارات"),
        # the car bomb that killed the prosecutor general on Monday
        V("Killing", target=["barakat"], place=[["heliopolis", "cairo"]], date="2015-06-29", trigger="اغتيال"),
        V("Attack", target=["barakat"], place=[["heliopolis", "cairo"]], date="2015-06-29", trigger="بتفجير"),
        # the nine Brotherhood leaders killed in the raid in 6th of October City
        V("Killing", agent=[["security", "moi"]], target=["mb", "hafi"], place=[["october", "cairo"]],
          trigger="مقتل"),
        V("Killing", opt=True, date="2015-07"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Burj al-Barajneh (2015-11-13, a Friday)
DOCS.append(dict(
    id="t8-lb-beirut", published="2015-11-13",
    text="""بيروت - «اليوم»:

قتل 43 شخصا وأصيب أكثر من 240 آخرين، مساء أمس الخميس، في تفجيرين انتحاريين متتاليين استهدفا شارعا تجاريا مكتظا في منطقة برج البراجنة بالضاحية الجنوبية لبيروت، معقل حزب الله، في هجوم تبناه تنظيم الدولة الإسلامية في بيان قال فيه إن «جنود الخلافة فجروا أحزمتهم في تجمع للرافضة».

وقال نهاد المشنوق، وزير الداخلية اللبناني، بعد اجتماع أمني طارئ عقده في مقر الوزارة، إن انتحاريا ثالثا قتل قبل أن يتمكن من تفجير حزامه، موضحا أن الأجهزة الأمنية «تلاحق شبكة يعتقد أنها أدخلت الانتحاريين من سوريا».

وأعلنت شعبة المعلومات في قوى الأمن الداخلي، اليوم الجمعة، توقيف ستة أشخاص، بينهم سوريان وفلسطيني، في منطقة الأشرفية وفي مخيم برج البراجنة، للاشتباه بعلاقتهم بالهجوم.

ودان حسن نصر الله، الأمين العام لحزب الله، التفجيرين، وقال في كلمة متلفزة إن «الحزب سيواصل قتال الإرهابيين في سوريا»، فيما أعلن رئيس الحكومة تمام سلام الحداد العام، ودعا اللبنانيين إلى «الوحدة في وجه من يريد الفتنة».""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("alyaum", "Organization", ["اليوم", "«اليوم»"], "Al-Yaum", sub="MediaOrganization", opt=True),
        E("burj", "Place", ["منطقة برج البراجنة"], "Bourj el-Barajneh", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية"], "Dahieh", sub="Region"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mashnouq", "Person", ["نهاد المشنوق"], "Nouhad Machnouk"),
        E("moi", "Organization", ["الوزارة"], "Lebanese Ministry of Interior", sub="GovernmentBody", opt=True),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("info", "Organization", ["شعبة المعلومات"], "Information Branch", sub="GovernmentBody"),
        E("isf", "Organization", ["قوى الأمن الداخلي"], "Internal Security Forces", sub="ArmedForce"),
        E("ashrafieh", "Place", ["منطقة الأشرفية"], "Achrafieh", sub="City"),
        E("camp", "Place", ["مخيم برج البراجنة"], "Bourj el-Barajneh camp", sub="City"),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("salam", "Person", ["تمام سلام"], "Tammam Salam"),
    ],
    relations=[
        R("locatedIn", "burj", "dahiyeh"),                 # منطقة برج البراجنة بالضاحية الجنوبية لبيروت
        R("locatedIn", "dahiyeh", "beirut"),
        R("partOf", "info", "isf"),                        # شعبة المعلومات في قوى الأمن الداخلي
        R("leaderOf", "nasrallah", "hezbollah"),           # الأمين العام لحزب الله
        R("leaderOf", "mashnouq", "moi", opt=True),
    ],
    events=[
        # yesterday evening's IS-claimed twin suicide bombings
        V("Attack", agent=["isis"], target=["hezbollah"], place=[["burj", "dahiyeh", "beirut"]], date="2015-11-12",
          trigger="تفجيرين"),
        V("Killing", agent=["isis"], place=[["burj", "dahiyeh", "beirut"]], date="2015-11-12", trigger="قتل"),
        # the emergency security meeting chaired by al-Mashnouq
        V("Meeting", agent=["mashnouq"], trigger="اجتماع"),
        V("Meeting", opt=True, date="2015-11", place=["moi"]),
        # today's arrests by the Information Branch
        V("Arrest", agent=[["info", "isf"]], place=["ashrafieh"], date="2015-11-13", trigger="توقيف"),
        V("Arrest", agent=[["info", "isf"]], place=["camp"], date="2015-11-13"),
        # Hezbollah fighting in Syria
        V("MilitaryOperation", opt=True, agent=["hezbollah"], place=["syria"]),
    ],
))

# ---------------------------------------------------------------- Palestine, Hebron (2015-10-20, a Tuesday)
DOCS.append(dict(
    id="t8-ps-hebron", published="2015-10-20",
    text="""رام الله - وفا:

استشهد شاب فلسطيني، أمس الإثنين، برصاص جنود الاحتلال الإسرائيلي قرب الحرم الإبراهيمي في مدينة الخليل جنوب الضفة الغربية، بزعم محاولته طعن جندي، في حين اعتقلت قوات الاحتلال 19 فلسطينيا خلال حملة مداهمات واسعة طالت بلدات بيت أمر وسعير ويطا.

وقالت وزارة الصحة الفلسطينية إن الشاب، ويدعى فادي الجعبري (19 عاما)، أصيب بخمس رصاصات وترك ينزف لأكثر من نصف ساعة، مشيرة إلى أن عدد الشهداء منذ مطلع أكتوبر/تشرين الأول الجاري ارتفع إلى 44.

ونقلت صحيفة هآرتس عن المتحدث باسم الجيش الإسرائيلي، بيتر ليرنر، أن الشاب «هاجم جنديا بسكين عند نقطة التفتيش»، وهي رواية شكك فيها شهود عيان قالوا إن الجنود «أطلقوا النار عليه بعد أن طلبوا منه إبراز هويته».

وفي القدس المحتلة، أعلنت الشرطة الإسرائيلية اعتقال شابين من بلدة جبل المكبر، بحجة التخطيط لتنفيذ عمليات، فيما زار الرئيس محمود عباس، أمس، مقر محافظة الخليل، والتقى عائلات عدد من الشهداء.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["جنود الاحتلال الإسرائيلي", "قوات الاحتلال", "الجيش الإسرائيلي"],
          "Israel Defense Forces", sub="ArmedForce"),
        E("haram", "Place", ["الحرم الإبراهيمي"], "Ibrahimi Mosque", sub="City"),
        E("hebron", "Place", ["مدينة الخليل", "الخليل"], "Hebron", sub="City"),
        E("hebrongov", "Place", ["محافظة الخليل"], "Hebron Governorate", sub="Region"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("beitummar", "Place", ["بيت أمر"], "Beit Ummar", sub="City"),
        E("saeer", "Place", ["سعير"], "Sa'ir", sub="City"),
        E("yatta", "Place", ["يطا"], "Yatta", sub="City"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health", sub="GovernmentBody"),
        E("jaabari", "Person", ["فادي الجعبري"], "Fadi al-Jaabari"),
        E("haaretz", "Organization", ["صحيفة هآرتس"], "Haaretz", sub="MediaOrganization", opt=True),
        E("lerner", "Person", ["بيتر ليرنر"], "Peter Lerner"),
        E("jerusalem", "Place", ["القدس المحتلة", "القدس"], "Jerusalem", qid="Q1218", sub="City"),
        E("police", "Organization", ["الشرطة الإسرائيلية"], "Israel Police", sub="ArmedForce"),
        E("mukaber", "Place", ["بلدة جبل المكبر"], "Jabal Mukaber", sub="City"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
    ],
    relations=[
        R("locatedIn", "haram", "hebron"),                 # الحرم الإبراهيمي في مدينة الخليل
        R("locatedIn", "hebron", "westbank"),              # جنوب الضفة الغربية
        R("spokespersonOf", "lerner", "idf"),              # المتحدث باسم الجيش الإسرائيلي، بيتر ليرنر
        R("locatedIn", "mukaber", "jerusalem", opt=True),
        R("locatedIn", "beitummar", "hebron", opt=True),
    ],
    events=[
        # the young man shot dead yesterday near the Ibrahimi Mosque
        V("Killing", agent=["idf"], target=["jaabari"], place=[["haram", "hebron"]], date="2015-10-19",
          trigger="برصاص"),
        V("Attack", opt=True, agent=["idf", "jaabari"], target=["jaabari", "idf"], place=["haram", "hebron"],
          date="2015-10-19"),
        # the raids and arrests in Beit Ummar, Sa'ir and Yatta
        V("Arrest", agent=["idf"], place=["beitummar"], date="2015-10-19", trigger="اعتقلت"),
        V("Arrest", agent=["idf"], place=["saeer"], date="2015-10-19"),
        V("Arrest", agent=["idf"], place=["yatta"], date="2015-10-19"),
        # the Israeli police arrest of two young men from Jabal Mukaber
        V("Arrest", agent=["police"], place=[["mukaber", "jerusalem"]], trigger="اعتقال"),
        V("Arrest", opt=True, date="2015-10"),
        # Abbas's visit to the Hebron governorate's seat and his meeting with families
        V("Visit", agent=["abbas"], place=[["hebrongov", "hebron"]], date="2015-10-19", trigger="زار"),
        V("Meeting", agent=["abbas"], place=[["hebrongov", "hebron"]], date="2015-10-19", trigger="والتقى"),
    ],
))

# ---------------------------------------------------------------- Turkey, Suruc (2015-07-23, a Thursday)
DOCS.append(dict(
    id="t8-tr-suruc", published="2015-07-23",
    text="""أنقرة - د ب أ:

أعلن حزب العمال الكردستاني، أمس الأربعاء، مسؤوليته عن قتل شرطيين تركيين عثر عليهما مقتولين بالرصاص في منزلهما ببلدة جيلان بينار في ولاية شانلي أورفا جنوب شرق تركيا، قائلا في بيان نشره موقع مقرب منه إن العملية جاءت «ردا على مجزرة سروج» التي حمل الحكومة التركية مسؤوليتها.

وكان 32 شخصا، معظمهم من الشبان الناشطين في اتحاد جمعيات الشباب الاشتراكي، قد قتلوا الإثنين في تفجير انتحاري استهدف مركزا ثقافيا في بلدة سروج الحدودية، ونسبت السلطات التركية الهجوم إلى تنظيم الدولة الإسلامية، وقالت إن منفذه شاب تركي يدعى شيخ عبد الرحمن ألاغوز (20 عاما) من ولاية أديامان.

وقال رئيس الوزراء أحمد داود أوغلو، بعد اجتماع أمني في أنقرة، إن الشرطة اعتقلت عددا من المشتبه بهم، مؤكدا أن «تركيا لن تتهاون مع أي تنظيم إرهابي».

وفي إسطنبول، فرقت الشرطة بخراطيم المياه والغاز المسيل للدموع مظاهرات نظمها حزب الشعوب الديمقراطي احتجاجا على «تقصير الحكومة في حماية المواطنين».""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("dpa", "Organization", ["د ب أ"], "dpa", sub="MediaOrganization", opt=True),
        E("pkk", "Organization", ["حزب العمال الكردستاني"], "Kurdistan Workers' Party", qid="Q152220",
          sub="ArmedGroup"),
        E("ceylanpinar", "Place", ["بلدة جيلان بينار"], "Ceylanpinar", sub="City"),
        E("urfa", "Place", ["ولاية شانلي أورفا"], "Sanliurfa Province", sub="Region"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country"),
        E("govt", "Organization", ["الحكومة التركية", "الحكومة"], "Government of Turkey", sub="GovernmentBody"),
        E("sgdf", "Organization", ["اتحاد جمعيات الشباب الاشتراكي"], "Socialist Youth Associations Federation"),
        E("suruc", "Place", ["بلدة سروج", "سروج"], "Suruc", sub="City"),
        E("authorities", "Organization", ["السلطات التركية"], "Turkish authorities", sub="GovernmentBody", opt=True),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("alagoz", "Person", ["شيخ عبد الرحمن ألاغوز"], "Seyh Abdurrahman Alagoz"),
        E("adiyaman", "Place", ["ولاية أديامان"], "Adiyaman Province", sub="Region"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoglu"),
        E("police", "Organization", ["الشرطة"], "Turkish police", sub="ArmedForce", opt=True),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("hdp", "Organization", ["حزب الشعوب الديمقراطي"], "Peoples' Democratic Party", sub="PoliticalOrganization"),
    ],
    relations=[
        R("locatedIn", "ceylanpinar", "urfa"),             # بلدة جيلان بينار في ولاية شانلي أورفا
        R("locatedIn", "urfa", "turkey"),                  # جنوب شرق تركيا
        R("locatedIn", "ceylanpinar", "turkey", opt=True),
        R("memberOf", "alagoz", "isis", opt=True),
        R("leaderOf", "davutoglu", "govt", opt=True),      # رئيس الوزراء
    ],
    events=[
        # the PKK-claimed killing of two policemen in Ceylanpinar
        V("Killing", agent=["pkk"], place=[["ceylanpinar", "urfa"]], trigger="قتل"),
        V("Killing", opt=True, date="2015-07", target=["police"]),
        # Monday's suicide bombing in Suruc, attributed to IS
        V("Attack", agent=[["isis", "alagoz"]], target=["sgdf"], place=["suruc"], date="2015-07-20", trigger="تفجير"),
        V("Killing", agent=[["isis", "alagoz"]], target=["sgdf"], place=["suruc"], date="2015-07-20", trigger="قتلوا"),
        # the security meeting in Ankara and the arrests
        V("Meeting", agent=["davutoglu"], place=["ankara"], trigger="اجتماع"),
        V("Meeting", opt=True, date="2015-07"),
        V("Arrest", agent=["police"], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2015-07", target=["isis"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul (2015-08-08, a Saturday)
DOCS.append(dict(
    id="t8-af-kabul", published="2015-08-08",
    text="""كابل - رويترز، أ ف ب:

قتل ما لا يقل عن 50 شخصا وأصيب المئات، أمس الجمعة، في سلسلة هجمات هزت العاصمة الأفغانية كابل خلال أقل من 24 ساعة، كان أعنفها تفجير شاحنة مفخخة في حي شاه شهيد فجرا، أعقبه هجوم انتحاري على أكاديمية الشرطة وهجوم ثالث على قاعدة «كامب إنتغريتي» التي تستخدمها قوات أمريكية خاصة قرب المطار.

وقال صديق صديقي، المتحدث باسم وزارة الداخلية الأفغانية، إن انتحاريا يرتدي زي الشرطة فجر نفسه وسط طلاب الأكاديمية ما أدى إلى مقتل 20 منهم، مضيفا أن «المعلومات الأولية تشير إلى أن شبكة حقاني تقف وراء تفجير الشاحنة».

وتبنت حركة طالبان الهجوم على أكاديمية الشرطة، في بيان نشره ذبيح الله مجاهد، المتحدث باسم الحركة، في حين قال مسؤولون في حلف شمال الأطلسي إن جنديا من قوات الحلف وثمانية متعاقدين مدنيين قتلوا في الهجوم على القاعدة.

وتأتي الهجمات بعد أسبوع من إعلان الحركة وفاة زعيمها الملا محمد عمر واختيار نائبه الملا أختر منصور خلفا له، وهو ما اعتبره الرئيس أشرف غني «اختبارا لصدقية الحركة في عملية السلام».""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization", opt=True),
        E("shahshahid", "Place", ["حي شاه شهيد"], "Shah Shahid", sub="City"),
        E("academy", "Organization", ["أكاديمية الشرطة", "الأكاديمية"], "Kabul Police Academy"),
        E("integrity", "Place", ["«كامب إنتغريتي»", "كامب إنتغريتي", "القاعدة"], "Camp Integrity", sub="City"),
        E("usf", "Organization", ["قوات أمريكية خاصة"], "US special forces", sub="ArmedForce"),
        E("sediqqi", "Person", ["صديق صديقي"], "Sediq Sediqqi"),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Afghan Ministry of Interior", sub="GovernmentBody"),
        E("haqqani", "Organization", ["شبكة حقاني"], "Haqqani network", sub="ArmedGroup"),
        E("taliban", "Organization", ["حركة طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("nato", "Organization", ["حلف شمال الأطلسي", "الحلف"], "NATO", qid="Q7184"),
        E("omar", "Person", ["الملا محمد عمر"], "Mullah Omar"),
        E("mansour", "Person", ["الملا أختر منصور"], "Akhtar Mansour"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
    ],
    relations=[
        R("locatedIn", "shahshahid", "kabul", opt=True),
        R("spokespersonOf", "sediqqi", "moi"),             # المتحدث باسم وزارة الداخلية الأفغانية
        R("spokespersonOf", "mujahid", "taliban"),         # المتحدث باسم الحركة
        R("leaderOf", "omar", "taliban"),                  # زعيمها الملا محمد عمر
        R("leaderOf", "mansour", "taliban"),               # خلفا له
        R("positionIn", "mansour", "taliban", opt=True),   # نائبه
        R("locatedIn", "integrity", "kabul", opt=True),
    ],
    events=[
        # the truck bomb in Shah Shahid (Haqqani network suspected)
        V("Attack", place=[["shahshahid", "kabul"]], date="2015-08-07", trigger="تفجير"),
        V("Attack", opt=True, agent=["haqqani"]),
        V("Killing", place=["kabul"], date="2015-08-07", trigger="قتل"),
        # the Taliban-claimed suicide attack on the police academy
        V("Attack", agent=["taliban"], target=["academy"], place=["kabul"], date="2015-08-07", trigger="هجوم"),
        V("Killing", agent=["taliban"], target=["academy"], place=["kabul"], date="2015-08-07", trigger="مقتل"),
        # the attack on Camp Integrity, a NATO soldier and contractors killed
        V("Attack", target=[["integrity", "usf"]], place=["kabul"], date="2015-08-07"),
        V("Killing", target=["nato"], place=["integrity"], trigger="قتلوا"),
        V("Killing", opt=True, date="2015-08-07", place=["kabul"]),
    ],
))

# ---------------------------------------------------------------- Sudan, South Darfur (2015-04-28, a Tuesday)
DOCS.append(dict(
    id="t8-sd-darfur", published="2015-04-28",
    text="""الخرطوم - «الشرق الأوسط»:

أعلن الجيش السوداني، أمس الإثنين، أن قوات الدعم السريع التابعة لجهاز الأمن والمخابرات الوطني ألحقت «هزيمة ساحقة» بقوات حركة العدل والمساواة في منطقة قوز دنقو بولاية جنوب دارفور، وأنها قتلت أكثر من 300 من عناصر الحركة وأسرت نحو 200 آخرين واستولت على 150 عربة قتالية.

وقال العقيد الصوارمي خالد سعد، الناطق الرسمي باسم الجيش، في مؤتمر صحفي بالخرطوم، إن المتمردين «تسللوا من دولة جنوب السودان بهدف تخريب الانتخابات»، مضيفا أن «قادة ميدانيين أكدوا أن بين الأسرى قادة بارزين في الحركة».

في المقابل، نفى جبريل آدم بلال، المتحدث باسم حركة العدل والمساواة، رواية الجيش، وقال في تصريحات هاتفية إن قوات الحركة «انسحبت بشكل منظم بعد معارك استمرت يومين، ولم تفقد سوى عدد محدود من المقاتلين».

وتأتي المعارك بعد يوم من إعلان مفوضية الانتخابات فوز الرئيس عمر البشير بولاية جديدة، في انتخابات قاطعتها أحزاب المعارضة الرئيسية.

وكان الرئيس التشادي إدريس ديبي قد استقبل في نجامينا، الأسبوع الماضي، وفدا من الحكومة السودانية لبحث تأمين الحدود المشتركة.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط", "«الشرق الأوسط»"], "Asharq Al-Awsat",
          sub="MediaOrganization", opt=True),
        E("saf", "Organization", ["الجيش السوداني", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني"], "NISS", sub="GovernmentBody"),
        E("jem", "Organization", ["حركة العدل والمساواة", "الحركة"], "Justice and Equality Movement",
          sub="ArmedGroup"),
        E("qoz", "Place", ["منطقة قوز دنقو"], "Qoz Dango", sub="City"),
        E("sdarfur", "Place", ["ولاية جنوب دارفور"], "South Darfur", sub="Region"),
        E("sawarmi", "Person", ["الصوارمي خالد سعد"], "al-Sawarmi Khalid Saad"),
        E("ssudan", "Place", ["دولة جنوب السودان"], "South Sudan", qid="Q958", sub="Country"),
        E("bilal", "Person", ["جبريل آدم بلال"], "Gibril Adam Bilal"),
        E("nec", "Organization", ["مفوضية الانتخابات"], "National Elections Commission", sub="GovernmentBody",
          opt=True),
        E("bashir", "Person", ["عمر البشير"], "Omar al-Bashir"),
        E("deby", "Person", ["إدريس ديبي"], "Idriss Deby"),
        E("ndjamena", "Place", ["نجامينا"], "N'Djamena", qid="Q3659", sub="City"),
        E("govt", "Organization", ["الحكومة السودانية"], "Government of Sudan", sub="GovernmentBody"),
    ],
    relations=[
        R("partOf", "rsf", "niss"),                        # قوات الدعم السريع التابعة لجهاز الأمن
        R("locatedIn", "qoz", "sdarfur"),                  # منطقة قوز دنقو بولاية جنوب دارفور
        R("spokespersonOf", "sawarmi", "saf"),             # الناطق الرسمي باسم الجيش
        R("spokespersonOf", "bilal", "jem"),
        R("leaderOf", "deby", "ndjamena", opt=True),
    ],
    events=[
        # the RSF's defeat of JEM at Qoz Dango: kills and captures
        V("Attack", agent=["rsf"], target=["jem"], place=[["qoz", "sdarfur"]], trigger="هزيمة"),
        V("Attack", opt=True, date="2015-04"),
        V("Killing", agent=["rsf"], target=["jem"], place=[["qoz", "sdarfur"]], trigger="قتلت"),
        V("Killing", opt=True, date="2015-04"),
        V("Arrest", agent=["rsf"], target=["jem"], place=[["qoz", "sdarfur"]], trigger="أسرت"),
        V("Arrest", opt=True, date="2015-04"),
        # Deby receives a Sudanese government delegation in N'Djamena last week
        V("Meeting", agent=["deby", "govt"], place=["ndjamena"], date="2015-04", trigger="استقبل"),
        V("Visit", opt=True, agent=["govt"], place=["ndjamena"], date="2015-04"),
    ],
))

# ---------------------------------------------------------------- Kuwait, Abdali cell (2015-08-14, a Friday)
DOCS.append(dict(
    id="t8-kw-abdali", published="2015-08-14",
    text="""الكويت - كونا:

أعلنت وزارة الداخلية الكويتية، أمس الخميس، ضبط كميات ضخمة من الأسلحة والذخائر والمتفجرات مخبأة في مزرعة بمنطقة العبدلي شمال البلاد، قرب الحدود مع العراق، واعتقال ثلاثة مواطنين قالت إنهم أعضاء في «خلية إرهابية» على صلة بحزب الله اللبناني.

وقالت الوزارة في بيان إن الأجهزة الأمنية ضبطت 19 طنا من الذخيرة و144 كيلوغراما من المتفجرات وقذائف صاروخية وأسلحة خفيفة، مضيفة أن التحقيقات الأولية كشفت أن أحد المتهمين «اعترف بأنه نقل الأسلحة عبر البحر من إيران».

ونقلت صحيفة القبس عن مصادر أمنية أن عبد المحسن الشمري، أحد المعتقلين، «أبلغ المحققين بأن قياديين في الحزب أشرفوا على تدريبه في لبنان عام 2013».

من جهته، ترأس الشيخ محمد الخالد الحمد الصباح، نائب رئيس مجلس الوزراء وزير الداخلية، اجتماعا لكبار قيادات الوزارة، أكد فيه أن «أمن الكويت خط أحمر»، فيما نفت طهران أي صلة لها بالخلية، وقال حسين جابري أنصاري، المتحدث باسم الخارجية الإيرانية، إن الاتهامات «لا أساس لها».""",
    entities=[
        E("kuwait", "Place", ["الكويت", "البلاد"], "Kuwait", qid="Q817", sub="Country"),
        E("kuna", "Organization", ["كونا"], "KUNA", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الكويتية", "الوزارة"], "Kuwaiti Ministry of Interior",
          sub="GovernmentBody"),
        E("abdali", "Place", ["منطقة العبدلي"], "Abdali", sub="City"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("hezbollah", "Organization", ["حزب الله اللبناني", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Kuwaiti security services", sub="GovernmentBody",
          opt=True),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("qabas", "Organization", ["صحيفة القبس"], "Al-Qabas", sub="MediaOrganization", opt=True),
        E("shammari", "Person", ["عبد المحسن الشمري"], "Abdulmohsen al-Shammari"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("khalid", "Person", ["محمد الخالد الحمد الصباح"], "Mohammad Al-Khalid Al-Sabah"),
        E("cabinet", "Organization", ["مجلس الوزراء"], "Council of Ministers of Kuwait", sub="GovernmentBody",
          opt=True),
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("ansari", "Person", ["حسين جابري أنصاري"], "Hossein Jaberi Ansari"),
        E("mfa", "Organization", ["الخارجية الإيرانية"], "Iranian Ministry of Foreign Affairs", sub="GovernmentBody"),
    ],
    relations=[
        R("locatedIn", "abdali", "kuwait"),                # منطقة العبدلي شمال البلاد
        R("affiliatedWith", "shammari", "hezbollah"),      # خلية على صلة بحزب الله
        R("positionIn", "khalid", "cabinet", opt=True),    # نائب رئيس مجلس الوزراء
        R("leaderOf", "khalid", "moi"),                    # وزير الداخلية
        R("positionIn", "khalid", "kuwait", opt=True),
        R("spokespersonOf", "ansari", "mfa"),              # المتحدث باسم الخارجية الإيرانية
    ],
    events=[
        # the arrest of three citizens (announced yesterday) and the arms seizure in Abdali
        V("Arrest", agent=[["moi", "security"]], target=["shammari"], place=["abdali"], trigger="اعتقال"),
        V("Arrest", opt=True, date="2015-08"),
        # the minister chairs a meeting of the ministry's leaders
        V("Meeting", agent=["khalid"], trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["moi"], date="2015-08"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Abha mosque (2015-08-07, a Friday)
DOCS.append(dict(
    id="t8-sa-abha", published="2015-08-07",
    text="""الرياض - واس:

أعلن المتحدث الأمني لوزارة الداخلية السعودية اللواء منصور التركي أن 15 شخصا، بينهم 12 من منسوبي قوة الطوارئ الخاصة، قتلوا أمس الخميس في تفجير انتحاري استهدف مسجدا داخل مقر القوة في مدينة أبها بمنطقة عسير جنوب غرب المملكة، أثناء أداء صلاة الظهر.

وأوضح التركي أن الانتحاري «فجر حزاما ناسفا كان يرتديه بين صفوف المصلين»، مشيرا إلى أن الجهات المختصة تعمل على تحديد هويته، فيما تبنى تنظيم داعش الهجوم في بيان حمل توقيع «ولاية الحجاز»، وقال فيه إن منفذه يدعى «أبو سنان النجدي».

ويعد الهجوم الثالث من نوعه الذي يتبناه التنظيم في المملكة خلال ثلاثة أشهر، بعد تفجيري مسجد الإمام علي في بلدة القديح بمحافظة القطيف ومسجد العنود في مدينة الدمام في مايو/أيار الماضي.

وكانت الأجهزة الأمنية قد أعلنت الشهر الماضي القبض على 431 شخصا ينتمون إلى خلايا مرتبطة بالتنظيم، وقالت إنها أحبطت مخططات لاستهداف مساجد ومقار أمنية.

واستقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في جدة، مساء الخميس، الأمير محمد بن نايف، ولي العهد وزير الداخلية، واطلع منه على تفاصيل الهجوم.""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس"], "Saudi Press Agency", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية السعودية"], "Saudi Ministry of Interior", sub="GovernmentBody"),
        E("turki", "Person", ["منصور التركي", "التركي"], "Mansour al-Turki"),
        E("sef", "Organization", ["قوة الطوارئ الخاصة", "القوة"], "Special Emergency Forces", sub="ArmedForce"),
        E("abha", "Place", ["مدينة أبها"], "Abha", sub="City"),
        E("asir", "Place", ["منطقة عسير"], "Asir Province", sub="Region"),
        E("saudi", "Place", ["المملكة"], "Saudi Arabia", qid="Q851", sub="Country"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hijaz", "Organization", ["ولاية الحجاز", "«ولاية الحجاز»"], "IS Hijaz Province", sub="ArmedGroup"),
        E("najdi", "Person", ["أبو سنان النجدي", "«أبو سنان النجدي»"], "Abu Sinan al-Najdi"),
        E("qudaih", "Place", ["بلدة القديح"], "al-Qudaih", sub="City"),
        E("qatif", "Place", ["محافظة القطيف"], "Qatif Governorate", sub="Region"),
        E("dammam", "Place", ["مدينة الدمام"], "Dammam", sub="City"),
        E("imamali", "Place", ["مسجد الإمام علي"], "Imam Ali mosque", sub="City", opt=True),
        E("anoud", "Place", ["مسجد العنود"], "al-Anoud mosque", sub="City", opt=True),
        E("security", "Organization", ["الأجهزة الأمنية"], "Saudi security services", sub="GovernmentBody",
          opt=True),
        E("salman", "Person", ["الملك سلمان بن عبدالعزيز"], "King Salman", qid="Q367825"),
        E("jeddah", "Place", ["جدة"], "Jeddah", sub="City"),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
    ],
    relations=[
        R("spokespersonOf", "turki", "moi"),               # المتحدث الأمني لوزارة الداخلية السعودية
        R("locatedIn", "abha", "asir"),                    # مدينة أبها بمنطقة عسير
        R("locatedIn", "asir", "saudi"),                   # جنوب غرب المملكة
        R("partOf", "hijaz", "isis"),                      # بيان حمل توقيع «ولاية الحجاز»
        R("memberOf", "najdi", "isis", opt=True),
        R("locatedIn", "qudaih", "qatif"),                 # بلدة القديح بمحافظة القطيف
        R("locatedIn", "abha", "saudi", opt=True),
        R("locatedIn", "imamali", "qudaih", opt=True),
        R("locatedIn", "anoud", "dammam", opt=True),
        R("leaderOf", "mbn", "moi", opt=True),             # ولي العهد وزير الداخلية
        R("leaderOf", "salman", "saudi", opt=True),
    ],
    events=[
        # yesterday's IS-claimed suicide bombing of the mosque in the SEF compound in Abha
        V("Attack", agent=[["isis", "hijaz", "najdi"]], target=["sef"], place=[["abha", "asir"]], date="2015-08-06",
          trigger="تفجير"),
        V("Killing", agent=[["isis", "hijaz", "najdi"]], target=["sef"], place=[["abha", "asir"]],
          date="2015-08-06", trigger="قتلوا"),
        # the bombings in al-Qudaih and Dammam in May
        V("Attack", agent=["isis"], place=[["qudaih", "qatif"]], date="2015-05", trigger="تفجيري"),
        V("Attack", agent=["isis"], place=["dammam"], date="2015-05"),
        V("Attack", opt=True, agent=["isis"], place=["saudi", "imamali", "anoud"]),
        # last month's arrest of 431 people
        V("Arrest", agent=["security"], target=["isis"], date="2015-07", trigger="القبض"),
        # King Salman receives Muhammad bin Nayef in Jeddah on Thursday evening
        V("Meeting", agent=["salman", "mbn"], place=["jeddah"], date="2015-08-06", trigger="واستقبل"),
    ],
))

# ---------------------------------------------------------------- Iran, Sistan-Baluchestan (2015-04-08, a Wednesday)
DOCS.append(dict(
    id="t8-ir-sistan", published="2015-04-08",
    text="""طهران - إرنا، وكالات:

قتل ثمانية من حرس الحدود الإيرانيين، مساء الإثنين، في اشتباك مع مسلحين قرب بلدة ميرجاوه في محافظة سيستان وبلوشستان جنوب شرق إيران، على الحدود مع باكستان، في هجوم تبنته جماعة «جيش العدل» البلوشية المعارضة في بيان نشرته على مواقع التواصل الاجتماعي.

وقال علي أصغر ميرشكاري، نائب محافظ سيستان وبلوشستان للشؤون الأمنية، إن المهاجمين «انسحبوا إلى داخل الأراضي الباكستانية بعد الاشتباك»، مضيفا أن قوات حرس الحدود تلاحقهم.

واستدعت وزارة الخارجية الإيرانية، أمس الثلاثاء، القائم بالأعمال الباكستاني في طهران، وطالبته بـ«إجراءات جدية لضبط الحدود ومنع الجماعات الإرهابية من استخدام أراضي باكستان».

وكان وزير الخارجية الإيراني محمد جواد ظريف قد زار إسلام آباد الأسبوع الماضي، والتقى رئيس الوزراء نواز شريف، في زيارة تناولت الملف اليمني وأمن الحدود، في حين أعلن الحرس الثوري الإيراني الشهر الماضي مقتل ثلاثة من عناصر جيش العدل واعتقال رابع في عملية قرب مدينة سراوان.""",
    entities=[
        E("tehran", "Place", ["طهران"], "Tehran", qid="Q3616", sub="City"),
        E("irna", "Organization", ["إرنا"], "IRNA", sub="MediaOrganization", opt=True),
        E("guards", "Organization", ["حرس الحدود الإيرانيين", "قوات حرس الحدود"], "Iranian Border Guards",
          sub="ArmedForce"),
        E("mirjaveh", "Place", ["بلدة ميرجاوه"], "Mirjaveh", sub="City"),
        E("sistan", "Place", ["محافظة سيستان وبلوشستان", "سيستان وبلوشستان"], "Sistan and Baluchestan",
          sub="Region"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country"),
        E("jaish", "Organization", ["جيش العدل", "«جيش العدل»"], "Jaish al-Adl", sub="ArmedGroup"),
        E("mirshekari", "Person", ["علي أصغر ميرشكاري"], "Ali Asghar Mirshekari"),
        E("mfa", "Organization", ["وزارة الخارجية الإيرانية"], "Iranian Ministry of Foreign Affairs",
          sub="GovernmentBody"),
        E("zarif", "Person", ["محمد جواد ظريف"], "Mohammad Javad Zarif"),
        E("islamabad", "Place", ["إسلام آباد"], "Islamabad", qid="Q1362", sub="City", alt=["Organization"]),
        E("sharif", "Person", ["نواز شريف"], "Nawaz Sharif"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("saravan", "Place", ["مدينة سراوان"], "Saravan", sub="City"),
    ],
    relations=[
        R("locatedIn", "mirjaveh", "sistan"),              # بلدة ميرجاوه في محافظة سيستان وبلوشستان
        R("locatedIn", "sistan", "iran"),                  # جنوب شرق إيران
        R("locatedIn", "mirjaveh", "iran", opt=True),
        R("positionIn", "mirshekari", "sistan"),           # نائب محافظ سيستان وبلوشستان
        R("leaderOf", "zarif", "mfa", opt=True),
        R("positionIn", "zarif", "iran", opt=True),        # وزير الخارجية الإيراني
        R("leaderOf", "sharif", "pakistan", opt=True),
    ],
    events=[
        # Monday evening's Jaish al-Adl attack on the border guards near Mirjaveh
        V("Attack", agent=["jaish"], target=["guards"], place=[["mirjaveh", "sistan"]], date="2015-04-06",
          trigger="هجوم"),
        V("Killing", agent=["jaish"], target=["guards"], place=[["mirjaveh", "sistan"]], date="2015-04-06",
          trigger="قتل"),
        # Zarif's visit to Islamabad last week and his meeting with Sharif
        V("Visit", agent=["zarif"], place=["islamabad"], date="2015-04", trigger="زار"),
        V("Meeting", agent=["zarif", "sharif"], place=["islamabad"], date="2015-04", trigger="والتقى"),
        # the IRGC operation near Saravan last month: three killed, one arrested
        V("Killing", agent=["irgc"], target=["jaish"], place=["saravan"], date="2015-03", trigger="مقتل"),
        V("Arrest", agent=["irgc"], target=["jaish"], place=["saravan"], date="2015-03", trigger="واعتقال"),
        V("MilitaryOperation", opt=True, agent=["irgc"], target=["jaish"], place=["saravan"], date="2015-03"),
    ],
))
