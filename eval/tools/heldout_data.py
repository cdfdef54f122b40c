"""Hand annotations of the held-out set (see eval/heldout/README.md).

Five articles written for this set without looking at the extractor's rules,
annotated with the guidelines of eval/README.md. Persons are invented (one
public figure, Khalifa Haftar, is named as himself); organisations and places
are real. ``build_heldout.py`` turns this into eval/heldout.jsonl (spans
computed, every mention checked against the text). In event roles a nested
list is a set of alternatives: any one satisfies it. An event with
``optional`` only carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Saudi Arabia / Red Sea (2024-02-13, a Tuesday)
DOCS.append(dict(
    id="sa-jazan", published="2024-02-13",
    text="""أعلنت قوات الدفاع الجوي الملكي السعودي، الاثنين، اعتراض وتدمير ثلاث طائرات مسيّرة أطلقتها جماعة الحوثي من الأراضي اليمنية باتجاه منطقة جازان جنوبي المملكة العربية السعودية.

وقال المتحدث الرسمي باسم وزارة الدفاع السعودية، العميد الركن فهد بن سالم العتيبي، في بيان نقلته وكالة الأنباء السعودية (واس)، إن إحدى الطائرات سقطت قرب ميناء جيزان دون أن تسفر عن إصابات.

وفي البحر الأحمر، تعرضت ناقلة نفط ترفع علم ليبيريا لهجوم بصاروخ باليستي على بعد 60 ميلا بحريا غرب ميناء ينبع، مساء الأحد، وفق ما أعلنته هيئة عمليات التجارة البحرية البريطانية (UKMTO).

وتبنى المتحدث العسكري باسم جماعة أنصار الله، العميد عبد الكريم الوادعي، الهجوم، وقال إن قوات الجماعة استهدفت السفينة "لأنها متجهة إلى موانئ إسرائيل"، في إطار ما تسميه الجماعة عملية "نصرة غزة".

وكانت قوات التحالف بقيادة السعودية قد اعترضت في 28 كانون الثاني/يناير الماضي صاروخا أُطلق نحو مدينة خميس مشيط بمنطقة عسير.

وفي الرياض، استقبل وزير الدولة للشؤون الخارجية السعودي عادل بن ناصر الشهري، أمس، المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن لارس إنغفالد، وبحثا جهود التهدئة في البحر الأحمر.

وكانت رئاسة أمن الدولة قد ألقت القبض الشهر الماضي على أربعة أشخاص في محافظة صامطة بمنطقة جازان، قالت إنهم هرّبوا أسلحة لصالح الحوثيين.""",
    entities=[
        E("rsadf", "Organization", ["قوات الدفاع الجوي الملكي السعودي"], "Royal Saudi Air Defense Forces",
          sub="ArmedForce"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين", "جماعة أنصار الله", "أنصار الله", "الجماعة"],
          "Houthis (Ansar Allah)", sub="ArmedGroup"),
        E("jazan", "Place", ["منطقة جازان", "جازان"], "Jazan Province", sub="Region"),
        E("saudi", "Place", ["المملكة العربية السعودية", "السعودية"], "Saudi Arabia", qid="Q851", sub="Country",
          alt=["Organization"]),
        E("mod", "Organization", ["وزارة الدفاع السعودية"], "Saudi Ministry of Defense", sub="GovernmentBody"),
        E("otaibi", "Person", ["فهد بن سالم العتيبي"], "Fahd bin Salim al-Otaibi"),
        E("spa", "Organization", ["وكالة الأنباء السعودية", "واس"], "Saudi Press Agency", sub="MediaOrganization",
          opt=True),
        E("jizan_port", "Place", ["ميناء جيزان"], "Port of Jizan"),
        E("red_sea", "Place", ["البحر الأحمر"], "Red Sea", sub="Region"),
        E("liberia", "Place", ["ليبيريا"], "Liberia", sub="Country"),
        E("yanbu_port", "Place", ["ميناء ينبع"], "Port of Yanbu"),
        E("ukmto", "Organization", ["هيئة عمليات التجارة البحرية البريطانية", "UKMTO"],
          "United Kingdom Maritime Trade Operations", sub="GovernmentBody"),
        E("wadei", "Person", ["عبد الكريم الوادعي"], "Abd al-Karim al-Wadei"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country"),
        E("gaza", "Place", ["غزة"], "Gaza", opt=True),
        E("coalition", "Organization", ["قوات التحالف", "التحالف"], "Saudi-led coalition in Yemen", sub="Coalition"),
        E("khamis", "Place", ["خميس مشيط", "مدينة خميس مشيط"], "Khamis Mushait", sub="City"),
        E("asir", "Place", ["منطقة عسير", "عسير"], "Asir Province", sub="Region"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", sub="City"),
        E("shehri", "Person", ["عادل بن ناصر الشهري"], "Adel bin Nasser al-Shehri"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("ingvald", "Person", ["لارس إنغفالد"], "Lars Ingvald"),
        E("state_security", "Organization", ["رئاسة أمن الدولة"], "Presidency of State Security",
          sub="GovernmentBody"),
        E("samtah", "Place", ["محافظة صامطة", "صامطة"], "Samtah Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "jazan", "saudi"),
        R("spokespersonOf", "otaibi", "mod"),
        R("spokespersonOf", "wadei", "houthis"),
        R("leaderOf", "saudi", "coalition"),
        R("memberOf", "saudi", "coalition", opt=True),
        R("locatedIn", "khamis", "asir"),
        R("positionIn", "shehri", "saudi"),
        R("positionIn", "ingvald", "un"),
        R("locatedIn", "samtah", "jazan"),
        R("locatedIn", "jizan_port", "jazan", opt=True),
        R("partOf", "rsadf", "mod", opt=True),
    ],
    events=[
        # drones launched at Jazan; the date is the announcement's (الاثنين), so only the month
        V("Strike", agent=["houthis"], place=[["jazan", "saudi"]], date="2024-02", trigger="أطلقتها"),
        V("Strike", opt=True, place=["jizan_port"], date="2024-02-12"),
        # the ballistic missile on the tanker, claimed by the Houthis (Sunday evening)
        V("Strike", agent=["houthis"], place=[["yanbu_port", "red_sea"]], date="2024-02-11", trigger="بصاروخ"),
        V("Attack", opt=True, agent=["houthis"], place=[["yanbu_port", "red_sea"]], date="2024-02-11"),
        V("MilitaryOperation", name="نصرة غزة", agent=["houthis"], trigger="عملية"),
        V("MilitaryOperation", opt=True, target=["israel"], place=["red_sea"]),
        # missile fired at Khamis Mushait (passive: no agent; the coalition intercepted it)
        V("Strike", place=[["khamis", "asir"]], date="2024-01-28", trigger="صاروخا"),
        V("Meeting", agent=["shehri", "ingvald"], place=["riyadh"], date="2024-02-12", trigger="استقبل"),
        V("Arrest", agent=["state_security"], place=[["samtah", "jazan"]], date="2024-01", trigger="ألقت القبض"),
    ],
))

# ---------------------------------------------------------------- Iraqi Kurdistan (2025-05-21, a Wednesday)
DOCS.append(dict(
    id="iq-erbil", published="2025-05-21",
    text="""أعلنت وزارة داخلية إقليم كردستان، الثلاثاء، اعتقال خلية من خمسة أشخاص متهمة بتنفيذ هجوم بطائرة مسيرة استهدف مطار أربيل الدولي فجر الأحد الماضي.

وقال المتحدث باسم الوزارة، العقيد سيروان محمود رشيد، في مؤتمر صحفي بأربيل، إن قوات الأسايش ألقت القبض على أفراد الخلية في قضاء جمجمال التابع لمحافظة السليمانية، وإن زعيمها المدعو آزاد كريم، الملقب بـ"أبو هيمن"، عضو في كتائب سيد الشهداء المرتبطة بالحرس الثوري الإيراني.

ولم تسفر الطائرة، التي سقطت قرب قاعدة للتحالف الدولي داخل المطار، عن إصابات.

وفي تطور منفصل، قُتل اثنان من عناصر البيشمركة وأصيب ثلاثة آخرون بهجوم شنه مسلحون من تنظيم الدولة على موقع عسكري في منطقة قره جوغ جنوب غربي أربيل، مساء الجمعة.

واستقبل رئيس حكومة إقليم كردستان كاروان نوري هورامي، الاثنين، في أربيل وفدا من وزارة الدفاع العراقية برئاسة الفريق الركن حامد الساعدي، رئيس أركان الجيش العراقي، لبحث تنسيق العمليات ضد خلايا داعش.

وكانت طائرات تركية قد قصفت في 12 نيسان/أبريل الماضي مواقع في قضاء بنجوين شرقي السليمانية، قالت أنقرة إنها تعود لعناصر من حزب العمال الكردستاني.

ويشهد إقليم كردستان، الذي يتمتع بحكم ذاتي في شمال العراق، هجمات متكررة بطائرات مسيرة منذ العام الماضي.""",
    entities=[
        E("krg_interior", "Organization", ["وزارة داخلية إقليم كردستان", "الوزارة"], "Kurdistan Region Ministry of Interior",
          sub="GovernmentBody"),
        E("airport", "Place", ["مطار أربيل الدولي", "المطار"], "Erbil International Airport"),
        E("erbil", "Place", ["أربيل"], "Erbil", sub="City"),
        E("rashid", "Person", ["سيروان محمود رشيد"], "Sirwan Mahmoud Rashid"),
        E("asayish", "Organization", ["قوات الأسايش", "الأسايش"], "Asayish", sub="ArmedForce"),
        E("chamchamal", "Place", ["قضاء جمجمال", "جمجمال"], "Chamchamal District", sub="Region"),
        E("sulaymaniyah", "Place", ["محافظة السليمانية", "السليمانية"], "Sulaymaniyah Governorate", sub="Region"),
        E("azad", "Person", ["آزاد كريم", "أبو هيمن"], "Azad Karim"),
        E("kss", "Organization", ["كتائب سيد الشهداء"], "Kata'ib Sayyid al-Shuhada", sub="ArmedGroup"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني"], "Islamic Revolutionary Guard Corps", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("peshmerga", "Organization", ["البيشمركة"], "Peshmerga", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم الدولة", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("qarachogh", "Place", ["منطقة قره جوغ", "قره جوغ"], "Qarachogh", sub="Region"),
        E("krg", "Organization", ["حكومة إقليم كردستان"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("hawrami", "Person", ["كاروان نوري هورامي"], "Karwan Nouri Hawrami"),
        E("iraq_mod", "Organization", ["وزارة الدفاع العراقية"], "Iraqi Ministry of Defence", sub="GovernmentBody"),
        E("saadi", "Person", ["حامد الساعدي"], "Hamid al-Saadi"),
        E("iraqi_army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("penjwen", "Place", ["قضاء بنجوين", "بنجوين"], "Penjwen District", sub="Region"),
        E("ankara", "Place", ["أنقرة"], "Ankara", sub="City", alt=["Organization"]),
        E("pkk", "Organization", ["حزب العمال الكردستاني"], "Kurdistan Workers' Party", sub="ArmedGroup"),
        E("kurdistan", "Place", ["إقليم كردستان"], "Kurdistan Region", sub="Region"),
        E("iraq", "Place", ["العراق", "شمال العراق"], "Iraq", qid="Q796", sub="Country"),
    ],
    relations=[
        R("spokespersonOf", "rashid", "krg_interior"),
        R("locatedIn", "chamchamal", "sulaymaniyah"),
        R("memberOf", "azad", "kss"),
        R("affiliatedWith", "kss", "irgc"),
        R("locatedIn", "qarachogh", "erbil"),
        R("leaderOf", "hawrami", "krg"),
        R("leaderOf", "saadi", "iraqi_army"),
        R("positionIn", "saadi", "iraqi_army", opt=True),
        R("memberOf", "saadi", "iraq_mod", opt=True),
        R("locatedIn", "penjwen", "sulaymaniyah"),
        R("locatedIn", "kurdistan", "iraq"),
        R("locatedIn", "airport", "erbil", opt=True),
        R("partOf", "asayish", "krg_interior", opt=True),
    ],
    events=[
        # the arrest: the date belongs to the announcement (الثلاثاء), so only the month
        V("Arrest", agent=["asayish"], target=["azad"], place=[["chamchamal", "sulaymaniyah"]], date="2025-05",
          trigger="ألقت القبض"),
        V("Arrest", opt=True, agent=["krg_interior"]),
        # the drone on the airport, Sunday before publication
        V("Strike", target=["airport"], place=[["airport", "erbil"]], date="2025-05-18", trigger="بطائرة مسيرة"),
        V("Attack", opt=True, target=["airport"], place=[["airport", "erbil"]], date="2025-05-18"),
        V("Strike", opt=True, agent=["azad"], target=["coalition"]),
        # ISIS attack on the Peshmerga, Friday evening
        V("Attack", agent=["isis"], target=["peshmerga"], place=[["qarachogh", "erbil"]], date="2025-05-16",
          trigger="بهجوم"),
        V("Killing", agent=["isis"], target=["peshmerga"], place=[["qarachogh", "erbil"]], date="2025-05-16",
          trigger="قتل"),
        V("Meeting", agent=["hawrami", "saadi"], place=["erbil"], date="2025-05-19", trigger="استقبل"),
        V("Meeting", opt=True, agent=["iraq_mod"]),
        V("Visit", opt=True, agent=["saadi"], place=["erbil"], date="2025-05-19"),
        # Turkish aircraft over Penjwen
        V("Strike", target=["pkk"], place=[["penjwen", "sulaymaniyah"]], date="2025-04-12", trigger="قصفت"),
        V("Strike", opt=True, agent=["ankara"]),
    ],
))

# ---------------------------------------------------------------- Jordan (2025-02-19, a Wednesday)
DOCS.append(dict(
    id="jo-ruwaished", published="2025-02-19",
    text="""أعلنت القوات المسلحة الأردنية - الجيش العربي، الأحد، مقتل أربعة مهربين وإصابة آخرين في اشتباك مع قوات حرس الحدود على الواجهة الشمالية الشرقية للمملكة، إثر محاولتهم تهريب كميات كبيرة من المخدرات من الأراضي السورية.

وقال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة الأردنية، في تصريح لوكالة الأنباء الأردنية (بترا)، إن المنطقة العسكرية الشرقية رصدت فجر الأحد مجموعة مسلحة تحاول اجتياز الحدود قرب منطقة الرويشد في محافظة المفرق، وجرى تطبيق قواعد الاشتباك.

وأضاف المصدر أن قوات حرس الحدود ضبطت 300 ألف حبة كبتاغون، وأن أحد المهربين، ويدعى خالد عواد الرميثان والملقب بـ"أبو جاسم"، اعتُقل، وهو ينتمي إلى شبكة تهريب مرتبطة بالفرقة الرابعة في الجيش السوري السابق.

وكان الجيش الأردني قد شن في 8 كانون الثاني/يناير الماضي غارات جوية على مواقع لمهربين في بلدة الشعاب بريف السويداء جنوبي سوريا، ما أسفر عن مقتل ثلاثة أشخاص بينهم تاجر مخدرات يدعى فياض الشلاش.

وفي دمشق، التقى وزير الخارجية الأردني عمر المعايطة، الثلاثاء، نظيره السوري سامر الخطيب، في أول زيارة لمسؤول أردني رفيع إلى العاصمة السورية منذ كانون الأول/ديسمبر الماضي، وبحث الجانبان ضبط الحدود بين الأردن وسوريا ومكافحة تهريب المخدرات.""",
    entities=[
        E("jaf", "Organization", ["القوات المسلحة الأردنية", "الجيش العربي", "الجيش الأردني"], "Jordan Armed Forces",
          sub="ArmedForce"),
        E("border_guard", "Organization", ["قوات حرس الحدود", "حرس الحدود"], "Jordanian Border Guard",
          sub="ArmedForce"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("gc", "Organization", ["القيادة العامة للقوات المسلحة الأردنية"], "General Command of the Jordan Armed Forces",
          sub="ArmedForce"),
        E("petra", "Organization", ["وكالة الأنباء الأردنية", "بترا"], "Petra News Agency", sub="MediaOrganization",
          opt=True),
        E("eastern_zone", "Organization", ["المنطقة العسكرية الشرقية"], "Eastern Military Zone", sub="ArmedForce"),
        E("ruwaished", "Place", ["منطقة الرويشد", "الرويشد"], "Ruwaished", sub="Region"),
        E("mafraq", "Place", ["محافظة المفرق", "المفرق"], "Mafraq Governorate", sub="Region"),
        E("rumaithan", "Person", ["خالد عواد الرميثان", "أبو جاسم"], "Khalid Awwad al-Rumaithan"),
        E("fourth_div", "Organization", ["الفرقة الرابعة"], "4th Armoured Division", sub="ArmedForce"),
        E("syrian_army", "Organization", ["الجيش السوري"], "Syrian Arab Army", sub="ArmedForce"),
        E("shaab", "Place", ["بلدة الشعاب", "الشعاب"], "al-Shaab", sub="City"),
        E("sweida", "Place", ["السويداء", "ريف السويداء"], "Suwayda Governorate", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("shalash", "Person", ["فياض الشلاش"], "Fayyad al-Shalash"),
        E("damascus", "Place", ["دمشق", "العاصمة السورية"], "Damascus", sub="City"),
        E("maaytah", "Person", ["عمر المعايطة"], "Omar al-Maaytah"),
        E("khatib", "Person", ["سامر الخطيب"], "Samer al-Khatib"),
    ],
    relations=[
        R("locatedIn", "ruwaished", "mafraq"),
        R("partOf", "fourth_div", "syrian_army"),
        R("affiliatedWith", "rumaithan", "fourth_div", opt=True),
        R("locatedIn", "shaab", "sweida"),
        R("locatedIn", "sweida", "syria"),
        R("locatedIn", "shaab", "syria", opt=True),
        R("positionIn", "maaytah", "jordan"),
        R("positionIn", "khatib", "syria"),
        R("partOf", "eastern_zone", "jaf", opt=True),
        R("partOf", "border_guard", "jaf", opt=True),
        R("partOf", "gc", "jaf", opt=True),
        R("locatedIn", "mafraq", "jordan", opt=True),
        R("locatedIn", "damascus", "syria", opt=True),
    ],
    events=[
        # the clash near Ruwaished, at dawn on Sunday 16 February
        V("Killing", agent=[["border_guard", "jaf"]], place=[["ruwaished", "mafraq"]], date="2025-02-16",
          trigger="مقتل"),
        V("Attack", opt=True, agent=["border_guard"], place=[["ruwaished", "mafraq"]], date="2025-02-16"),
        V("Killing", opt=True, agent=["eastern_zone"], place=["jordan"]),
        V("Arrest", target=["rumaithan"], trigger="اعتقل"),
        V("Arrest", opt=True, agent=["border_guard"], place=[["ruwaished", "mafraq"]], date="2025-02-16"),
        # Jordanian air strikes in Suwayda on 8 January
        V("Strike", agent=["jaf"], place=[["shaab", "sweida", "syria"]], date="2025-01-08", trigger="غارات"),
        V("Killing", agent=["jaf"], target=["shalash"], place=[["shaab", "sweida", "syria"]], date="2025-01-08",
          trigger="مقتل"),
        V("Meeting", agent=["maaytah", "khatib"], place=["damascus"], date="2025-02-18", trigger="التقى"),
        V("Visit", agent=["maaytah"], place=["damascus"], date="2025-02-18", trigger="زيارة"),
    ],
))

# ---------------------------------------------------------------- Eastern Libya (2024-09-15, a Sunday)
DOCS.append(dict(
    id="ly-derna", published="2024-09-15",
    text="""ألقت قوات الأمن الداخلي في بنغازي، الخميس، القبض على ثلاثة أشخاص قالت إنهم ينتمون إلى خلية تابعة لتنظيم الدولة الإسلامية كانت تخطط لاستهداف مقار أمنية في مدينة درنة شرقي ليبيا.

وقال المتحدث باسم جهاز الأمن الداخلي، العقيد منير سالم العبيدي، في بيان، إن الخلية يقودها ليبي يدعى عبد الرؤوف الدرسي، المعروف بـ"أبو دجانة"، وهو قيادي سابق في مجلس شورى مجاهدي درنة، وإن الدرسي لا يزال فارا.

وتأتي الاعتقالات بعد أيام من زيارة أجراها المشير خليفة حفتر، القائد العام للجيش الوطني الليبي، إلى درنة، الثلاثاء الماضي، تفقد خلالها مشاريع إعادة الإعمار في المدينة التي دمرتها فيضانات العام الماضي.

وفي سرت، اجتمع أمس رئيس أركان القوات البرية في الجيش الوطني، الفريق عبد الباسط الزوي، مع رئيس الأركان العامة التابعة لحكومة الوحدة الوطنية في طرابلس، الفريق نوري الشريف، ضمن اجتماعات اللجنة العسكرية المشتركة 5+5 برعاية بعثة الأمم المتحدة للدعم في ليبيا.

وكان مسلحون مجهولون قد هاجموا في 3 آب/أغسطس الماضي دورية للجيش الوطني على الطريق الساحلي غرب درنة، ما أدى إلى مقتل جنديين، دون أن تتبنى أي جهة الهجوم.

كما نفذ سلاح الجو التابع للجيش الوطني، الشهر الماضي، غارات على مواقع لعصابات تهريب البشر قرب مدينة الكفرة جنوب شرقي البلاد.""",
    entities=[
        E("isa", "Organization", ["قوات الأمن الداخلي", "جهاز الأمن الداخلي"], "Internal Security Agency (east)",
          sub="GovernmentBody"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
        E("derna", "Place", ["درنة", "مدينة درنة", "المدينة"], "Derna", sub="City"),
        E("libya", "Place", ["ليبيا", "البلاد"], "Libya", qid="Q1016", sub="Country"),
        E("obeidi", "Person", ["منير سالم العبيدي"], "Munir Salim al-Obeidi"),
        E("dursi", "Person", ["عبد الرؤوف الدرسي", "أبو دجانة", "الدرسي"], "Abd al-Rauf al-Dursi"),
        E("msc", "Organization", ["مجلس شورى مجاهدي درنة"], "Mujahideen Shura Council in Derna", sub="ArmedGroup"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "الجيش الوطني"], "Libyan National Army", sub="ArmedForce"),
        E("sirte", "Place", ["سرت"], "Sirte", sub="City"),
        E("land_forces", "Organization", ["القوات البرية"], "LNA land forces", sub="ArmedForce", opt=True),
        E("zawi", "Person", ["عبد الباسط الزوي"], "Abd al-Basit al-Zawi"),
        E("general_staff", "Organization", ["الأركان العامة"], "General Staff (GNU)", sub="ArmedForce"),
        E("gnu", "Organization", ["حكومة الوحدة الوطنية"], "Government of National Unity", sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", sub="City"),
        E("sharif", "Person", ["نوري الشريف"], "Nouri al-Sharif"),
        E("jmc", "Organization", ["اللجنة العسكرية المشتركة 5+5", "اللجنة العسكرية المشتركة"], "5+5 Joint Military Commission",
          sub="GovernmentBody"),
        E("unsmil", "Organization", ["بعثة الأمم المتحدة للدعم في ليبيا"], "UNSMIL"),
        E("lna_af", "Organization", ["سلاح الجو"], "LNA air force", sub="ArmedForce", opt=True),
        E("kufra", "Place", ["الكفرة", "مدينة الكفرة"], "Kufra", sub="City"),
    ],
    relations=[
        R("locatedIn", "derna", "libya"),
        R("spokespersonOf", "obeidi", "isa"),
        R("memberOf", "dursi", "msc"),
        R("memberOf", "dursi", "isis", opt=True),
        R("leaderOf", "haftar", "lna"),
        R("leaderOf", "zawi", "land_forces"),
        R("positionIn", "zawi", "lna", opt=True),
        R("memberOf", "zawi", "lna", opt=True),
        R("partOf", "land_forces", "lna"),
        R("leaderOf", "sharif", "general_staff"),
        R("partOf", "general_staff", "gnu"),
        R("locatedIn", "general_staff", "tripoli", opt=True),
        R("partOf", "lna_af", "lna"),
        R("locatedIn", "kufra", "libya"),
        R("partOf", "jmc", "unsmil", opt=True),
    ],
    events=[
        # the force is "in Benghazi"; where the arrest took place is not said outright
        V("Arrest", agent=["isa"], date="2024-09-12", trigger="ألقت القبض"),
        V("Arrest", opt=True, target=["isis"], place=["benghazi"]),
        V("Visit", agent=["haftar"], place=["derna"], date="2024-09-10", trigger="زيارة"),
        V("Meeting", agent=["zawi", "sharif"], place=["sirte"], date="2024-09-14", trigger="اجتمع"),
        V("Meeting", opt=True, agent=["jmc", "unsmil"]),
        V("Attack", target=["lna"], place=["derna"], date="2024-08-03", trigger="هاجموا"),
        V("Killing", place=["derna"], date="2024-08-03", trigger="مقتل"),
        V("Killing", opt=True, target=["lna"]),
        V("Strike", agent=[["lna_af", "lna"]], place=[["kufra", "libya"]], date="2024-08", trigger="غارات"),
    ],
))

# ---------------------------------------------------------------- West Bank (2025-01-23, a Thursday)
DOCS.append(dict(
    id="ps-jenin", published="2025-01-23",
    text="""واصل الجيش الإسرائيلي، لليوم الثالث على التوالي، العملية العسكرية التي أطلق عليها اسم "السور الحديدي" في مدينة جنين ومخيمها شمالي الضفة الغربية، وسط حصار مشدد على مستشفيات المدينة.

وقالت وزارة الصحة الفلسطينية، في بيان، إن 12 فلسطينيا قُتلوا وأصيب أكثر من 40 آخرين منذ بدء العملية الثلاثاء، بينهم الشاب محمود ياسر حمدان الذي قتل برصاص قوات الاحتلال قرب دوار السينما وسط جنين.

وأعلن الناطق باسم الجيش الإسرائيلي، الرائد إيتان شاحار، أن القوات اعتقلت 25 مطلوبا، واستهدفت بطائرة مسيرة مجموعة مسلحة في حي الجابريات المطل على مخيم جنين.

من جهتها، قالت كتيبة جنين التابعة لسرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، إن مقاتليها فجّروا، الأربعاء، عبوة ناسفة بآلية عسكرية إسرائيلية عند مدخل المخيم.

وفي سياق متصل، اقتحمت وحدة من حرس الحدود الإسرائيلي، فجر اليوم الخميس، بلدة قباطية جنوب جنين، واعتقلت القيادي في حركة حماس جمال عبد الرحيم زكارنة.

وامتدت العملية، أمس، إلى مخيم نور شمس في طولكرم، حيث دفع الجيش بتعزيزات عسكرية.

وفي رام الله، التقى محافظ جنين باسل عودة، أمس، ممثل الاتحاد الأوروبي لدى السلطة الفلسطينية يوهان سفينسون، وطالبه بالضغط على إسرائيل لوقف العملية.""",
    entities=[
        E("idf", "Organization", ["الجيش الإسرائيلي", "قوات الاحتلال", "الجيش", "القوات"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("jenin", "Place", ["جنين", "مدينة جنين", "المدينة"], "Jenin", sub="City"),
        E("jenin_camp", "Place", ["مخيم جنين", "المخيم"], "Jenin refugee camp"),
        E("west_bank", "Place", ["الضفة الغربية", "شمالي الضفة الغربية"], "West Bank", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health", sub="GovernmentBody"),
        E("hamdan", "Person", ["محمود ياسر حمدان"], "Mahmoud Yasser Hamdan"),
        E("cinema_sq", "Place", ["دوار السينما"], "Cinema Square (Jenin)", opt=True),
        E("shahar", "Person", ["إيتان شاحار"], "Eitan Shahar"),
        E("jabriyat", "Place", ["حي الجابريات"], "al-Jabriyat", sub="Region"),
        E("jenin_battalion", "Organization", ["كتيبة جنين"], "Jenin Battalion", sub="ArmedGroup"),
        E("quds_brigades", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي", "الجهاد الإسلامي"], "Palestinian Islamic Jihad",
          sub="ArmedGroup"),
        E("border_police", "Organization", ["حرس الحدود الإسرائيلي"], "Israel Border Police", sub="ArmedForce"),
        E("qabatiya", "Place", ["بلدة قباطية", "قباطية"], "Qabatiya", sub="City"),
        E("hamas", "Organization", ["حركة حماس", "حماس"], "Hamas", sub="ArmedGroup"),
        E("zakarneh", "Person", ["جمال عبد الرحيم زكارنة"], "Jamal Abd al-Rahim Zakarneh"),
        E("nur_shams", "Place", ["مخيم نور شمس"], "Nur Shams camp"),
        E("tulkarm", "Place", ["طولكرم"], "Tulkarm", sub="City"),
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("oudeh", "Person", ["باسل عودة"], "Basel Odeh"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("pa", "Organization", ["السلطة الفلسطينية"], "Palestinian Authority", sub="GovernmentBody"),
        E("svensson", "Person", ["يوهان سفينسون"], "Johan Svensson"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "jenin", "west_bank"),
        R("locatedIn", "jenin_camp", "jenin", opt=True),
        R("spokespersonOf", "shahar", "idf"),
        R("locatedIn", "jabriyat", "jenin", opt=True),
        R("partOf", "jenin_battalion", "quds_brigades"),
        R("partOf", "quds_brigades", "pij"),
        R("locatedIn", "qabatiya", "jenin"),
        R("memberOf", "zakarneh", "hamas"),
        R("locatedIn", "nur_shams", "tulkarm"),
        R("leaderOf", "oudeh", "jenin"),
        R("positionIn", "oudeh", "jenin", opt=True),
        R("positionIn", "oudeh", "pa", opt=True),
        R("positionIn", "svensson", "eu"),
        R("locatedIn", "cinema_sq", "jenin"),
        R("partOf", "border_police", "idf", opt=True),
    ],
    events=[
        V("MilitaryOperation", name="السور الحديدي", agent=["idf"], place=[["jenin", "jenin_camp", "west_bank"]],
          date="2025-01-21", trigger="العملية العسكرية"),
        V("MilitaryOperation", opt=True, place=[["nur_shams", "tulkarm"]], date="2025-01-22"),
        # 12 killed since Tuesday: no agent stated for the count (passive)
        V("Killing", place=[["jenin", "jenin_camp"]], date="2025-01", trigger="قتلوا"),
        V("Killing", agent=["idf"], target=["hamdan"], place=[["cinema_sq", "jenin"]], trigger="قتل"),
        V("Killing", opt=True, date="2025-01"),
        V("Arrest", agent=["idf"], place=["jenin"], date="2025-01", trigger="اعتقلت"),
        V("Strike", agent=["idf"], place=[["jabriyat", "jenin"]], trigger="استهدفت"),
        V("Strike", opt=True, date="2025-01"),
        V("Attack", agent=["jenin_battalion"], target=["idf"], place=[["jenin_camp", "jenin"]], date="2025-01-22",
          trigger="فجروا"),
        V("Attack", opt=True, agent=[["quds_brigades", "pij"]]),
        V("Arrest", agent=["border_police"], target=["zakarneh"], place=[["qabatiya", "jenin"]], date="2025-01-23",
          trigger="اعتقلت"),
        V("Meeting", agent=["oudeh", "svensson"], place=["ramallah"], date="2025-01-22", trigger="التقى"),
    ],
))
