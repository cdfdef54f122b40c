"""Hand annotations of the thirteenth training set (see eval/train13/README.md).

The CHECK set written beside train12: the same wire style (datelines with the agency, bylines,
several clauses per sentence, claims of responsibility, accusations, casualty counts, passive verbs,
unknown attackers, events retold later, dates as «يوم الجمعة الماضي» / «في السادس عشر من الشهر
الجاري», visits and meetings as «وصل إلى»، «أجرى مباحثات مع»، «استقبل»), other countries and other
wordings. Written and annotated before the extractor was run on it, and meant to be scored only as a
whole (its summary line), never read error by error, so that it measures whether event rules carry
to articles they were not fitted to. Persons are invented, except well-known public figures;
organisations and places are real, the events are told in new words with invented details.
``build_train13.py`` turns this into eval/train13.jsonl. In event roles a nested list is a set of
alternatives: any one satisfies it. An event with ``optional`` only carries triples a reasonable
annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Mali, Gao/Timbuktu/Bamako (2017-03-27, a Monday)
DOCS.append(dict(
    id="t13-ml-gao", published="2017-03-27",
    text="""غاو (مالي) - (وكالات):

تبنت جماعة «المرابطون» التي يقودها مختار بلمختار الهجوم الانتحاري الذي استهدف، يوم السبت، معسكرا لآلية العمليات المشتركة في مدينة غاو شمالي مالي، وأسفر عن مقتل 34 شخصا، بينهم عناصر من الجيش المالي ومقاتلون من جماعات مسلحة موقعة على اتفاق السلام.

وقالت الجماعة، في بيان نقلته وكالة «الأخبار» الموريتانية، إن «أحد فرسانها، ويدعى عبد الهادي الفولاني، اقتحم المعسكر بسيارة محملة بالمتفجرات».

وفي تمبكتو، قتل جنديان فرنسيان من قوة برخان، يوم الخميس الماضي، بانفجار لغم أرضي بمركبتهما شمال المدينة، وفق ما أعلنت هيئة الأركان الفرنسية في باريس.

إلى ذلك، وصل وزير الدفاع الفرنسي جان إيف لودريان إلى باماكو، أمس، حيث أجرى مباحثات مع الرئيس المالي إبراهيم بوبكر كيتا تناولت التعاون في مكافحة الإرهاب.""",
    entities=[
        E("gao", "Place", ["مدينة غاو", "غاو"], "Gao", sub="City"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("mourabitoun", "Organization", ["جماعة «المرابطون»", "المرابطون", "الجماعة"], "al-Mourabitoun",
          sub="ArmedGroup"),
        E("belmokhtar", "Person", ["مختار بلمختار"], "Mokhtar Belmokhtar"),
        E("moc", "Organization", ["آلية العمليات المشتركة"], "Operational Coordination Mechanism",
          sub="ArmedForce"),
        E("malarmy", "Organization", ["الجيش المالي"], "Malian Armed Forces", sub="ArmedForce"),
        E("akhbar", "Organization", ["الأخبار"], "Al-Akhbar (Mauritania)", sub="MediaOrganization", opt=True),
        E("fulani", "Person", ["عبد الهادي الفولاني"], "Abdel Hadi al-Fulani"),
        E("timbuktu", "Place", ["تمبكتو", "المدينة"], "Timbuktu", sub="City"),
        E("barkhane", "Organization", ["قوة برخان", "برخان"], "Operation Barkhane", sub="ArmedForce"),
        E("staff", "Organization", ["هيئة الأركان الفرنسية"], "French General Staff", sub="GovernmentBody"),
        E("paris", "Place", ["باريس"], "Paris", qid="Q90", sub="City"),
        E("ledrian", "Person", ["جان إيف لودريان"], "Jean-Yves Le Drian"),
        E("bamako", "Place", ["باماكو"], "Bamako", qid="Q3703", sub="City"),
        E("keita", "Person", ["إبراهيم بوبكر كيتا"], "Ibrahim Boubacar Keita"),
    ],
    relations=[
        R("locatedIn", "gao", "mali"),                  # مدينة غاو شمالي مالي
        R("leaderOf", "belmokhtar", "mourabitoun"),     # التي يقودها مختار بلمختار
        R("memberOf", "fulani", "mourabitoun"),         # أحد فرسانها
        R("locatedIn", "staff", "paris", opt=True),
        R("leaderOf", "keita", "mali", opt=True),
        R("positionIn", "keita", "mali", opt=True),
    ],
    events=[
        # Saturday's suicide attack on the joint camp in Gao, claimed by al-Mourabitoun
        V("Attack", agent=[["mourabitoun", "fulani"]], target=["moc"], place=[["gao", "mali"]],
          date="2017-03-25", trigger="الهجوم"),
        V("Attack", opt=True, agent=["fulani"], target=["malarmy"]),
        V("Killing", agent=[["mourabitoun", "fulani"]], target=["malarmy"], place=[["gao", "mali"]],
          date="2017-03-25", trigger="مقتل"),
        V("Killing", opt=True, target=["moc"]),
        # Thursday: two Barkhane soldiers killed by a mine near Timbuktu (no agent)
        V("Killing", target=["barkhane"], place=[["timbuktu"]], date="2017-03-23", trigger="قتل"),
        V("Attack", opt=True, target=["barkhane"], place=["timbuktu"], date="2017-03-23"),
        # Le Drian arrives in Bamako yesterday and holds talks with Keita
        V("Visit", agent=["ledrian"], place=[["bamako", "mali"]], date="2017-03-26", trigger="وصل"),
        V("Meeting", agent=["ledrian", "keita"], place=[["bamako"]], date="2017-03-26", trigger="مباحثات"),
    ],
))

# ---------------------------------------------------------------- Iraq, Mosul/Kirkuk/Baghdad (2016-10-24, a Monday)
DOCS.append(dict(
    id="t13-iq-mosul", published="2016-10-24",
    text="""الموصل - «العربي الجديد» - من عثمان المختار:

قال مسؤول عسكري عراقي إن قوات جهاز مكافحة الإرهاب اقتحمت، صباح اليوم، بلدة برطلة شرقي الموصل، بعد أسبوع من انطلاق عملية «قادمون يا نينوى» التي أعلنها رئيس الوزراء حيدر العبادي في السابع عشر من الشهر الجاري لاستعادة المدينة من تنظيم «داعش».

وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن «عناصر التنظيم فجروا خمس سيارات مفخخة على القوات المتقدمة، وقتل في الاشتباكات قائد سرية في الجهاز يدعى الرائد علي حسن الساعدي».

وفي كركوك، قتل 46 شخصا معظمهم من عناصر الأمن في هجوم شنه مسلحون من التنظيم على مبان حكومية يوم الجمعة الماضي، قبل أن تعلن قيادة الشرطة أنها قتلت جميع المهاجمين واعتقلت ثلاثة من المتعاونين معهم.

وبحث وزير الدفاع الأمريكي آشتون كارتر، خلال زيارة مفاجئة إلى بغداد السبت، مع العبادي سير المعارك.""",
    entities=[
        E("mosul", "Place", ["الموصل", "المدينة"], "Mosul", qid="Q161208", sub="City"),
        E("araby", "Organization", ["العربي الجديد"], "Al-Araby Al-Jadeed", sub="MediaOrganization", opt=True),
        E("mukhtar", "Person", ["عثمان المختار"], "Othman al-Mukhtar"),
        E("cts", "Organization", ["جهاز مكافحة الإرهاب", "الجهاز"], "Counter Terrorism Service (Iraq)",
          sub="ArmedForce"),
        E("bartella", "Place", ["بلدة برطلة", "برطلة"], "Bartella", sub="City"),
        E("abadi", "Person", ["حيدر العبادي", "العبادي"], "Haider al-Abadi"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("saadi", "Person", ["علي حسن الساعدي"], "Ali Hassan al-Saadi"),
        E("kirkuk", "Place", ["كركوك"], "Kirkuk", sub="City"),
        E("police", "Organization", ["قيادة الشرطة"], "Kirkuk police command", sub="ArmedForce", opt=True),
        E("carter", "Person", ["آشتون كارتر"], "Ashton Carter"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
    ],
    relations=[
        R("locatedIn", "bartella", "mosul", opt=True),   # برطلة شرقي الموصل
        R("memberOf", "saadi", "cts"),                   # قائد سرية في الجهاز
    ],
    events=[
        # the «Qadimun ya Nainawa» operation announced by al-Abadi on the 17th
        V("MilitaryOperation", name="قادمون يا نينوى", target=["isis"], place=[["mosul"]], date="2016-10-17",
          trigger="عملية"),
        V("MilitaryOperation", opt=True, agent=["cts", "abadi"]),
        # this morning: the CTS storms Bartella; IS car bombs on the advancing forces; a captain killed
        V("Attack", opt=True, agent=["cts"], target=["isis"], place=["bartella", "mosul"], date="2016-10-24"),
        V("Attack", agent=["isis"], target=["cts"], place=[["bartella", "mosul"]], date="2016-10-24",
          trigger="فجروا"),
        V("Killing", target=["saadi"], place=[["bartella", "mosul"]], date="2016-10-24", trigger="قتل"),
        V("Killing", opt=True, agent=["isis"], target=["cts"]),
        # Friday's IS attack on government buildings in Kirkuk; the police kill the attackers, arrest three
        V("Attack", agent=["isis"], place=[["kirkuk"]], date="2016-10-21", trigger="هجوم"),
        V("Killing", agent=["isis"], place=[["kirkuk"]], date="2016-10-21", trigger="قتل"),
        V("Killing", target=["isis"], place=[["kirkuk"]], trigger="قتلت"),
        V("Killing", opt=True, agent=["police"], date="2016-10"),
        V("Arrest", place=[["kirkuk"]], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["police"], date="2016-10"),
        # Carter's surprise visit to Baghdad on Saturday, talks with al-Abadi
        V("Visit", agent=["carter"], place=[["baghdad"]], date="2016-10-22", trigger="زيارة"),
        V("Meeting", agent=["carter", "abadi"], place=[["baghdad"]], date="2016-10-22", trigger="بحث"),
    ],
))

# ---------------------------------------------------------------- Sudan, Jebel Marra and Khartoum (2016-04-18, a Monday)
DOCS.append(dict(
    id="t13-sd-marra", published="2016-04-18",
    text="""الخرطوم - «سودان تربيون»:

اتهمت حركة تحرير السودان بقيادة عبد الواحد نور قوات الدعم السريع بشن هجوم على قرية سورتوني في منطقة جبل مرة بولاية شمال دارفور، يوم الجمعة الماضي، ما أسفر عن مقتل 16 مدنيا بينهم امرأتان وإحراق عشرات المنازل.

وقال المتحدث باسم الحركة محمد عبد الله الطاهر إن «مليشيات الحكومة اقتحمت القرية على ظهور الجمال وسيارات الدفع الرباعي، وأطلقت النار بشكل عشوائي على السكان».

في المقابل، نفى الناطق الرسمي باسم الجيش السوداني العقيد حسن إبراهيم الشفيع الاتهامات، مؤكدا أن القوات المسلحة صدت هجوما للمتمردين على مواقعها قرب بلدة طويلة وقتلت عشرة منهم.

من جهة أخرى، اعتقل جهاز الأمن والمخابرات الوطني، أمس، الناشط الحقوقي عثمان إدريس حامد في الخرطوم، بحسب ما أفادت أسرته.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("st", "Organization", ["سودان تربيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("slm", "Organization", ["حركة تحرير السودان", "الحركة"], "Sudan Liberation Movement (Abdel Wahid)",
          sub="ArmedGroup"),
        E("nour", "Person", ["عبد الواحد نور"], "Abdel Wahid al-Nur"),
        E("rsf", "Organization", ["قوات الدعم السريع"], "Rapid Support Forces", sub="ArmedForce"),
        E("sortoni", "Place", ["قرية سورتوني", "سورتوني", "القرية"], "Sortoni", sub="City"),
        E("marra", "Place", ["منطقة جبل مرة", "جبل مرة"], "Jebel Marra", sub="Region"),
        E("ndarfur", "Place", ["ولاية شمال دارفور", "شمال دارفور"], "North Darfur", sub="Region"),
        E("tahir", "Person", ["محمد عبد الله الطاهر"], "Mohamed Abdallah al-Tahir"),
        E("govt", "Organization", ["الحكومة"], "Government of Sudan", sub="GovernmentBody", opt=True),
        E("saf", "Organization", ["الجيش السوداني", "القوات المسلحة"], "Sudanese Armed Forces",
          sub="ArmedForce"),
        E("shafie", "Person", ["حسن إبراهيم الشفيع"], "Hassan Ibrahim al-Shafie"),
        E("tawila", "Place", ["بلدة طويلة", "طويلة"], "Tawila", sub="City"),
        E("niss", "Organization", ["جهاز الأمن والمخابرات الوطني"], "National Intelligence and Security Service",
          sub="GovernmentBody"),
        E("hamid", "Person", ["عثمان إدريس حامد"], "Osman Idris Hamid"),
    ],
    relations=[
        R("leaderOf", "nour", "slm"),                 # حركة تحرير السودان بقيادة عبد الواحد نور
        R("locatedIn", "sortoni", "marra"),           # قرية سورتوني في منطقة جبل مرة
        R("locatedIn", "marra", "ndarfur"),           # جبل مرة بولاية شمال دارفور
        R("locatedIn", "sortoni", "ndarfur", opt=True),
        R("spokespersonOf", "tahir", "slm"),          # المتحدث باسم الحركة
        R("spokespersonOf", "shafie", "saf"),         # الناطق الرسمي باسم الجيش السوداني
        R("partOf", "rsf", "govt", opt=True),         # مليشيات الحكومة
    ],
    events=[
        # Friday's attack on Sortoni blamed on the RSF, sixteen civilians killed
        V("Attack", agent=["rsf"], place=[["sortoni", "marra", "ndarfur"]], date="2016-04-15", trigger="هجوم"),
        V("Killing", agent=["rsf"], place=[["sortoni", "marra", "ndarfur"]], date="2016-04-15",
          trigger="مقتل"),
        V("Attack", opt=True, target=["sortoni"]),
        # the army says it repelled a rebel attack near Tawila and killed ten
        V("Attack", target=["saf"], place=[["tawila"]], trigger="هجوما"),
        V("Attack", opt=True, agent=["slm"], date="2016-04"),
        V("Killing", agent=["saf"], place=[["tawila"]], trigger="قتلت"),
        V("Killing", opt=True, target=["slm"], date="2016-04"),
        # yesterday: NISS arrests an activist in Khartoum
        V("Arrest", agent=["niss"], target=["hamid"], place=[["khartoum"]], date="2016-04-17", trigger="اعتقل"),
    ],
))

# ---------------------------------------------------------------- Syria, Idlib/Aleppo countryside/Geneva (2017-07-10, a Monday)
DOCS.append(dict(
    id="t13-sy-idlib", published="2017-07-10",
    text="""إدلب - (وكالات):

قتل القيادي في هيئة تحرير الشام أبو حفص الشامي، مساء يوم الجمعة الماضي، بغارة جوية استهدفت سيارته على طريق بلدة المسطومة جنوبي مدينة إدلب، في ضربة رجح ناشطون أن تكون طائرة تابعة للتحالف الدولي قد نفذتها.

وأفاد المرصد السوري لحقوق الإنسان بأن الغارة أدت أيضا إلى مقتل مرافقه، مشيرا إلى أن القيادي كان قد نجا في الثالث من الشهر الجاري من محاولة اغتيال بعبوة ناسفة في مدينة سراقب.

وفي ريف حلب الشمالي، اعتقلت الشرطة العسكرية التابعة للجيش السوري الحر، أمس الأحد، خمسة أشخاص قالت إنهم خلية تابعة لتنظيم «داعش» كانت تخطط لتفجيرات في مدينة أعزاز.

وعلى صعيد آخر، التقى المبعوث الأممي إلى سوريا ستيفان دي ميستورا في جنيف، السبت، وفدا من المعارضة السورية برئاسة نصر الحريري، قبل جولة جديدة من المفاوضات.""",
    entities=[
        E("idlib", "Place", ["مدينة إدلب", "إدلب"], "Idlib", sub="City"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hay'at Tahrir al-Sham", sub="ArmedGroup"),
        E("shami", "Person", ["أبو حفص الشامي"], "Abu Hafs al-Shami"),
        E("mastumah", "Place", ["بلدة المسطومة", "المسطومة"], "al-Mastumah", sub="City"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against ISIS", sub="Coalition"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("saraqib", "Place", ["مدينة سراقب", "سراقب"], "Saraqib", sub="City"),
        E("aleppo", "Place", ["ريف حلب الشمالي", "ريف حلب"], "northern Aleppo countryside", sub="Region"),
        E("milpolice", "Organization", ["الشرطة العسكرية"], "Military Police (FSA)", sub="ArmedForce"),
        E("fsa", "Organization", ["الجيش السوري الحر"], "Free Syrian Army", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("azaz", "Place", ["مدينة أعزاز", "أعزاز"], "Azaz", sub="City"),
        E("demistura", "Person", ["ستيفان دي ميستورا"], "Staffan de Mistura"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("geneva", "Place", ["جنيف"], "Geneva", qid="Q71", sub="City"),
        E("opposition", "Organization", ["المعارضة السورية"], "Syrian opposition", sub="PoliticalOrganization"),
        E("nhariri", "Person", ["نصر الحريري"], "Nasr al-Hariri"),
    ],
    relations=[
        R("memberOf", "shami", "hts"),                 # القيادي في هيئة تحرير الشام
        R("locatedIn", "mastumah", "idlib", opt=True), # بلدة المسطومة جنوبي مدينة إدلب
        R("partOf", "milpolice", "fsa"),               # الشرطة العسكرية التابعة للجيش السوري الحر
        R("memberOf", "nhariri", "opposition", opt=True),
        R("leaderOf", "nhariri", "opposition", opt=True),
    ],
    events=[
        # Friday's air strike on al-Shami's car near al-Mastumah (the coalition only suspected)
        V("Strike", target=[["shami", "hts"]], place=[["mastumah", "idlib"]], date="2017-07-07", trigger="بغارة"),
        V("Strike", opt=True, agent=["coalition"], target=["hts"]),
        V("Killing", target=["shami"], place=[["mastumah", "idlib"]], date="2017-07-07", trigger="قتل"),
        V("Killing", opt=True, agent=["coalition"], target=["hts"]),
        # the failed attempt on his life in Saraqib on the 3rd
        V("Attack", target=["shami"], place=[["saraqib"]], date="2017-07-03", trigger="اغتيال"),
        # yesterday: the FSA military police arrest an IS cell
        V("Arrest", agent=["milpolice"], target=["isis"], place=[["aleppo"]], date="2017-07-09",
          trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["fsa"], place=["azaz"]),
        # Saturday: de Mistura meets the opposition delegation in Geneva
        V("Meeting", agent=["demistura", "nhariri"], place=[["geneva"]], date="2017-07-08", trigger="التقى"),
        V("Meeting", opt=True, agent=["opposition"]),
    ],
))

# ---------------------------------------------------------------- Yemen, Saada/Taiz/Dhamar (2015-11-09, a Monday)
DOCS.append(dict(
    id="t13-ye-saada", published="2015-11-09",
    text="""صنعاء - «عكاظ»:

شنت مقاتلات التحالف العربي بقيادة السعودية، فجر أمس الأحد، سلسلة غارات على مواقع لجماعة الحوثيين وللقوات الموالية للرئيس المخلوع علي عبد الله صالح في مدينة صعدة، معقل الجماعة شمالي اليمن، ما أسفر عن مقتل 23 مسلحا، حسب مصادر محلية.

وقال المتحدث باسم قوات التحالف العميد الركن أحمد عسيري إن «الطائرات دمرت مخازن للصواريخ كانت الميليشيا تستخدمها في قصف الأراضي السعودية».

وفي تعز، قتل ستة مدنيين بينهم ثلاثة أطفال جراء قصف الحوثيين بقذائف الكاتيوشا حي الروضة وسط المدينة، يوم السبت، وفق ما قاله مسؤول في المجلس العسكري بالمحافظة.

كما اختطف مسلحون حوثيون الصحفي حمدي عبد الكريم الوصابي من منزله في مدينة ذمار، واقتادوه إلى جهة مجهولة، بحسب نقابة الصحفيين اليمنيين.""",
    entities=[
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("okaz", "Organization", ["عكاظ"], "Okaz", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف العربي", "قوات التحالف"], "Saudi-led coalition",
          sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["جماعة الحوثيين", "الحوثيين", "الجماعة", "الميليشيا"], "Houthis",
          sub="ArmedGroup"),
        E("saleh", "Person", ["علي عبد الله صالح"], "Ali Abdullah Saleh"),
        E("saada", "Place", ["مدينة صعدة", "صعدة"], "Saada", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("asiri", "Person", ["أحمد عسيري"], "Ahmed Asiri"),
        E("taiz", "Place", ["تعز", "المدينة"], "Taiz", sub="City"),
        E("rawda", "Place", ["حي الروضة"], "al-Rawda", sub="City"),
        E("milcouncil", "Organization", ["المجلس العسكري"], "Taiz Military Council", sub="ArmedGroup", opt=True),
        E("wassabi", "Person", ["حمدي عبد الكريم الوصابي"], "Hamdi Abdulkarim al-Wassabi"),
        E("dhamar", "Place", ["مدينة ذمار", "ذمار"], "Dhamar", sub="City"),
        E("union", "Organization", ["نقابة الصحفيين اليمنيين"], "Yemeni Journalists Syndicate"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),          # التحالف العربي بقيادة السعودية
        R("locatedIn", "saada", "yemen"),             # صعدة ... شمالي اليمن
        R("spokespersonOf", "asiri", "coalition"),    # المتحدث باسم قوات التحالف
        R("locatedIn", "rawda", "taiz"),              # حي الروضة وسط المدينة
        R("affiliatedWith", "houthis", "saleh", opt=True),
    ],
    events=[
        # yesterday's coalition raids on Saada, 23 fighters killed
        V("Strike", agent=[["coalition", "saudi"]], target=["houthis"], place=[["saada", "yemen"]],
          date="2015-11-08", trigger="غارات"),
        V("Killing", agent=[["coalition", "saudi"]], target=["houthis"], place=[["saada", "yemen"]],
          date="2015-11-08", trigger="مقتل"),
        V("Strike", opt=True, target=["saleh"]),
        V("Strike", opt=True, agent=["houthis"], target=["saudi"]),
        # Saturday: Houthi Katyusha fire on al-Rawda in Taiz, six civilians killed
        V("Strike", agent=["houthis"], place=[["rawda", "taiz"]], date="2015-11-07", trigger="قصف"),
        V("Strike", opt=True, target=["rawda"]),
        V("Killing", agent=["houthis"], place=[["rawda", "taiz"]], date="2015-11-07", trigger="قتل"),
        V("Attack", opt=True, agent=["houthis"], place=["rawda", "taiz"], date="2015-11-07"),
        # Houthi gunmen abduct a journalist in Dhamar
        V("Arrest", agent=["houthis"], target=["wassabi"], place=[["dhamar"]], trigger="اختطف"),
        V("Arrest", opt=True, date="2015-11"),
    ],
))

# ---------------------------------------------------------------- Egypt and Libya, Derna/Tobruk/al-Qubba (2015-02-23, a Monday)
DOCS.append(dict(
    id="t13-ly-derna", published="2015-02-23",
    text="""القاهرة - «الأهرام»:

وصل وزير الخارجية المصري سامح شكري إلى نيويورك، أمس الأحد، لإجراء مباحثات مع الأمين العام للأمم المتحدة بان كي مون وأعضاء مجلس الأمن حول الوضع في ليبيا، بعد أسبوع من الغارات التي شنها سلاح الجو المصري على مواقع لتنظيم «داعش» في مدينة درنة.

وكانت القوات المسلحة المصرية قد أعلنت، في السادس عشر من الشهر الجاري، أن طائراتها دمرت معسكرات ومخازن أسلحة للتنظيم في درنة، ردا على نشر التنظيم مقطعا مصورا يظهر ذبح 21 مواطنا مصريا قبطيا اختطفهم مسلحوه في مدينة سرت مطلع العام.

وفي طبرق، استقبل رئيس مجلس النواب الليبي عقيلة صالح، السبت، وفدا عسكريا مصريا برئاسة اللواء محمد فريد الحسيني، وبحث معه التنسيق الأمني على الحدود.

إلى ذلك، قتل سبعة أشخاص، يوم الجمعة الماضي، في ثلاثة تفجيرات بسيارات مفخخة استهدفت محطة وقود ومركزا للشرطة في بلدة القبة شرقي ليبيا، تبناها التنظيم في بيان نشره على الإنترنت.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("ahram", "Organization", ["الأهرام"], "Al-Ahram", sub="MediaOrganization", opt=True),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry"),
        E("newyork", "Place", ["نيويورك"], "New York City", qid="Q60", sub="City"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("ban", "Person", ["بان كي مون"], "Ban Ki-moon"),
        E("unsc", "Organization", ["مجلس الأمن"], "United Nations Security Council"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("eaf", "Organization", ["سلاح الجو المصري"], "Egyptian Air Force", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("derna", "Place", ["مدينة درنة", "درنة"], "Derna", sub="City"),
        E("esaf", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("sirte", "Place", ["مدينة سرت", "سرت"], "Sirte", sub="City"),
        E("tobruk", "Place", ["طبرق"], "Tobruk", sub="City"),
        E("hor", "Organization", ["مجلس النواب الليبي"], "House of Representatives (Libya)",
          sub="GovernmentBody"),
        E("aguila", "Person", ["عقيلة صالح"], "Aguila Saleh"),
        E("husseini", "Person", ["محمد فريد الحسيني"], "Mohamed Farid al-Husseini"),
        E("qubba", "Place", ["بلدة القبة", "القبة"], "al-Qubba", sub="City"),
    ],
    relations=[
        R("leaderOf", "ban", "un"),                  # الأمين العام للأمم المتحدة
        R("partOf", "unsc", "un", opt=True),
        R("partOf", "eaf", "esaf", opt=True),
        R("leaderOf", "aguila", "hor"),              # رئيس مجلس النواب الليبي
        R("locatedIn", "qubba", "libya"),            # بلدة القبة شرقي ليبيا
    ],
    events=[
        # Shoukry arrives in New York yesterday for talks with Ban
        V("Visit", agent=["shoukry"], place=[["newyork"]], date="2015-02-22", trigger="وصل"),
        V("Meeting", agent=["shoukry", "ban"], place=[["newyork"]], trigger="مباحثات"),
        V("Meeting", opt=True, agent=["unsc"], date="2015-02"),
        # the Egyptian air raids on Derna on the 16th
        V("Strike", agent=[["eaf", "esaf"]], target=["isis"], place=[["derna"]], date="2015-02-16",
          trigger="الغارات"),
        # the beheading of 21 Copts, kidnapped in Sirte early in the year
        V("Killing", agent=["isis"], trigger="ذبح"),
        V("Killing", opt=True, place=["sirte"], date="2015"),
        V("Arrest", agent=["isis"], place=[["sirte"]], date="2015", trigger="اختطفهم"),
        # Saturday: Aguila Saleh receives the Egyptian military delegation in Tobruk
        V("Meeting", agent=["aguila", "husseini"], place=[["tobruk"]], date="2015-02-21", trigger="استقبل"),
        V("Visit", opt=True, agent=["husseini"], place=["tobruk"], date="2015-02-21"),
        # Friday's car bombs in al-Qubba, claimed by IS
        V("Attack", agent=["isis"], place=[["qubba", "libya"]], date="2015-02-20", trigger="تفجيرات"),
        V("Killing", agent=["isis"], place=[["qubba", "libya"]], date="2015-02-20", trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Somalia and Kenya (2016-08-01, a Monday)
DOCS.append(dict(
    id="t13-so-cid", published="2016-08-01",
    text="""مقديشو - «الصومال الجديد»:

فجر انتحاريان من حركة الشباب سيارتين مفخختين، صباح أمس الأحد، قرب مقر إدارة التحقيقات الجنائية في مقديشو، ما أدى إلى مقتل 13 شخصا، بينهم ثلاثة من عناصر الشرطة، في هجوم أعلنت الحركة مسؤوليتها عنه عبر إذاعة الأندلس الناطقة باسمها.

وقال قائد الشرطة الصومالية الجنرال محمد حسن شيخ إن قوات الأمن أحبطت محاولة المهاجمين اقتحام المبنى، وقتلت مسلحا ثالثا كان يرتدي حزاما ناسفا.

في غضون ذلك، أعلنت الحكومة الكينية أن قواتها العاملة ضمن بعثة الاتحاد الأفريقي قتلت 21 من مقاتلي الحركة في غارة على معسكر تدريب قرب مدينة بوالي بإقليم جوبا الوسطى، الأسبوع الماضي.

ويأتي الهجوم بعد يومين من زيارة رئيس الوزراء الصومالي عمر عبد الرشيد علي شارماركي إلى العاصمة الكينية نيروبي، حيث التقى الرئيس أوهورو كينياتا.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("jadeed", "Organization", ["الصومال الجديد"], "Al-Somal al-Jadeed", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("cid", "Organization", ["إدارة التحقيقات الجنائية"], "Criminal Investigation Department (Somalia)",
          sub="GovernmentBody"),
        E("police", "Organization", ["الشرطة الصومالية", "الشرطة"], "Somali Police Force", sub="ArmedForce"),
        E("andalus", "Organization", ["إذاعة الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("sheikh", "Person", ["محمد حسن شيخ"], "Mohamed Hassan Sheikh"),
        E("secforces", "Organization", ["قوات الأمن"], "Somali security forces", sub="ArmedForce", opt=True),
        E("kenyagov", "Organization", ["الحكومة الكينية"], "Government of Kenya", sub="GovernmentBody"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي"], "African Union Mission to Somalia"),
        E("buale", "Place", ["مدينة بوالي", "بوالي"], "Bu'aale", sub="City"),
        E("juba", "Place", ["إقليم جوبا الوسطى", "جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("sharmarke", "Person", ["عمر عبد الرشيد علي شارماركي"], "Omar Abdirashid Ali Sharmarke"),
        E("nairobi", "Place", ["نيروبي", "العاصمة الكينية"], "Nairobi", qid="Q3870", sub="City"),
        E("kenyatta", "Person", ["أوهورو كينياتا"], "Uhuru Kenyatta"),
    ],
    relations=[
        R("partOf", "andalus", "shabaab"),            # إذاعة الأندلس الناطقة باسمها
        R("leaderOf", "sheikh", "police"),            # قائد الشرطة الصومالية
        R("locatedIn", "buale", "juba"),              # مدينة بوالي بإقليم جوبا الوسطى
    ],
    events=[
        # yesterday's twin car bombs at the CID in Mogadishu, claimed by al-Shabaab
        V("Attack", agent=["shabaab"], target=["cid"], place=[["mogadishu"]], date="2016-07-31", trigger="هجوم"),
        V("Killing", agent=["shabaab"], target=["police"], place=[["mogadishu"]], date="2016-07-31",
          trigger="مقتل"),
        # the security forces kill a third attacker
        V("Killing", target=["shabaab"], place=[["mogadishu"]], date="2016-07-31", trigger="قتلت"),
        V("Killing", opt=True, agent=["secforces", "police"]),
        # Kenyan AMISOM troops' raid near Bu'aale last week
        V("Strike", agent=[["kenyagov", "amisom"]], target=["shabaab"], place=[["buale", "juba"]], date="2016-07",
          trigger="غارة"),
        V("Killing", agent=[["kenyagov", "amisom"]], target=["shabaab"], place=[["buale", "juba"]],
          date="2016-07", trigger="قتلت"),
        V("Attack", opt=True, agent=["kenyagov", "amisom"], target=["shabaab"], place=["buale", "juba"],
          date="2016-07"),
        # Sharmarke's visit to Nairobi two days before, meeting Kenyatta
        V("Visit", agent=["sharmarke"], place=[["nairobi"]], date="2016-07-29", trigger="زيارة"),
        V("Meeting", agent=["sharmarke", "kenyatta"], place=[["nairobi"]], date="2016-07-29", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Egypt, Helwan/Atfih/Cairo (2016-05-16, a Monday)
DOCS.append(dict(
    id="t13-eg-helwan", published="2016-05-16",
    text="""القاهرة - (رويترز):

قُتل ثمانية من رجال الشرطة، فجر أمس الأحد، عندما فتح مسلحون ملثمون النار على سيارة ميكروباص كانت تقلهم في منطقة حلوان جنوبي القاهرة، في هجوم أعلن تنظيم «الدولة الإسلامية» المسؤولية عنه في بيان تناقلته حسابات مؤيدة له.

وقال شاهد عيان يدعى كريم فتحي لرويترز إن «أربعة مسلحين نزلوا من سيارة نقل صغيرة وأمطروا الميكروباص بالرصاص ثم لاذوا بالفرار».

وأعلنت وزارة الداخلية، مساء اليوم نفسه، أنها قتلت ثلاثة من المشتبه بهم في تبادل لإطلاق النار بمنطقة أطفيح، واعتقلت رابعا يدعى وليد عبد المنعم السيد.

وفي سياق منفصل، استقبل شيخ الأزهر أحمد الطيب، السبت، في مقر المشيخة بالقاهرة، وزير الخارجية الفرنسي جان مارك إيرولت الذي يزور مصر.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("helwan", "Place", ["منطقة حلوان", "حلوان"], "Helwan", sub="City"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية"], "Islamic State",
          qid="Q2429253", sub="ArmedGroup"),
        E("fathi", "Person", ["كريم فتحي"], "Karim Fathi"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("atfih", "Place", ["منطقة أطفيح", "أطفيح"], "Atfih", sub="City"),
        E("sayed", "Person", ["وليد عبد المنعم السيد"], "Walid Abdel Moneim al-Sayed"),
        E("azhar", "Organization", ["الأزهر"], "Al-Azhar"),
        E("tayeb", "Person", ["أحمد الطيب"], "Ahmed el-Tayeb"),
        E("ayrault", "Person", ["جان مارك إيرولت"], "Jean-Marc Ayrault"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
    ],
    relations=[
        R("locatedIn", "helwan", "cairo"),           # منطقة حلوان جنوبي القاهرة
        R("leaderOf", "tayeb", "azhar"),             # شيخ الأزهر
    ],
    events=[
        # yesterday's shooting of eight policemen in Helwan, claimed by IS
        V("Attack", agent=["isis"], place=[["helwan", "cairo"]], date="2016-05-15", trigger="هجوم"),
        V("Killing", agent=["isis"], place=[["helwan", "cairo"]], date="2016-05-15", trigger="قُتل"),
        # the same evening: the ministry kills three suspects in Atfih and arrests a fourth
        V("Killing", agent=["moi"], place=[["atfih"]], date="2016-05-15", trigger="قتلت"),
        V("Arrest", agent=["moi"], target=["sayed"], place=[["atfih"]], date="2016-05-15", trigger="اعتقلت"),
        # Saturday: el-Tayeb receives Ayrault in Cairo
        V("Meeting", agent=["tayeb", "ayrault"], place=[["cairo"]], date="2016-05-14", trigger="استقبل"),
        V("Visit", agent=["ayrault"], place=[["egypt", "cairo"]], trigger="يزور"),
        V("Visit", opt=True, date="2016-05"),
    ],
))
