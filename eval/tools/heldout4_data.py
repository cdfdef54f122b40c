"""Hand annotations of the fourth held-out set (see eval/heldout4/README.md).

Six articles written for this set without looking at the extractor's rules
and without running the extractor on them, annotated with the guidelines of
eval/README.md. Persons are invented; organisations and places are real.
``build_heldout4.py`` turns this into eval/heldout4.jsonl (spans computed,
every mention checked against the text). In event roles a nested list is a
set of alternatives: any one satisfies it. An event with ``optional`` only
carries triples a reasonable annotator could leave out. As in the other sets,
a place written with a title (مدينة، بلدة، قرية، محافظة، ولاية، مديرية، إقليم،
منطقة، حي، وادي، معبر) also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Mozambique, Cabo Delgado (2024-05-16, a Thursday)
DOCS.append(dict(
    id="mz-macomia", published="2024-05-16",
    text="""هاجم مئات المسلحين من فرع تنظيم الدولة الإسلامية المعروف بـ"ولاية موزمبيق"، فجر الجمعة، بلدة ماكوميا بإقليم كابو ديلغادو شمالي موزمبيق، واشتبكوا لساعات مع الجيش الموزمبيقي قبل أن ينسحبوا منها باتجاه الغابات الساحلية.

وقال المتحدث باسم وزارة الدفاع الموزمبيقية، العقيد أوميرو بيدرو ماتشافا، إن القوات الحكومية قتلت 14 من المهاجمين، بينهم القيادي في الجماعة عبد الرحمن سعيد موميدي، المعروف بـ"أبو قاسم"، مقرا بمقتل جنديين خلال المواجهات.

وفي مدينة بيمبا، عاصمة الإقليم، اعتقلت شرطة جمهورية موزمبيق، الثلاثاء، ستة أشخاص يشتبه في انتمائهم إلى الجماعة التي يسميها السكان المحليون "الشباب"، بينهم تاجر متهم بتهريب الوقود إلى المسلحين.

وتنتشر في الإقليم منذ تموز/يوليو 2021 وحدات من قوة دفاع رواندا بموجب اتفاق ثنائي مع مابوتو، فيما أنهت مجموعة تنمية الجنوب الأفريقي (سادك) سحب قواتها من البلاد الشهر الماضي.

وزار وزير الدفاع الموزمبيقي فيليسبرتو جوزيه مانيكا، أمس، مدينة موسيمبوا دا برايا الساحلية، حيث التقى قائد القوات الرواندية في كابو ديلغادو، العميد إيمانويل كاييرانغا موغابو، وبحثا تعزيز الانتشار حول ماكوميا.

ويشهد الإقليم الغني بالغاز منذ عام 2017 تمردا أودى بحياة أكثر من أربعة آلاف شخص، وأجبر شركة توتال إنرجيز الفرنسية على تعليق مشروعها لتسييل الغاز قرب بلدة بالما.""",
    entities=[
        E("ism", "Organization", ["ولاية موزمبيق", "الجماعة", "الشباب"], "Islamic State – Mozambique Province",
          sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", sub="ArmedGroup"),
        E("macomia", "Place", ["بلدة ماكوميا", "ماكوميا"], "Macomia", sub="City"),
        E("cabo", "Place", ["إقليم كابو ديلغادو", "كابو ديلغادو", "الإقليم"], "Cabo Delgado Province",
          sub="Region"),
        E("mozambique", "Place", ["موزمبيق", "البلاد"], "Mozambique", qid="Q1029", sub="Country"),
        E("mz_army", "Organization", ["الجيش الموزمبيقي", "القوات الحكومية"], "Mozambique Armed Forces",
          sub="ArmedForce"),
        E("mz_mod", "Organization", ["وزارة الدفاع الموزمبيقية"], "Ministry of National Defence (Mozambique)",
          sub="GovernmentBody"),
        E("machava", "Person", ["أوميرو بيدرو ماتشافا"], "Omero Pedro Machava"),
        E("momade", "Person", ["عبد الرحمن سعيد موميدي", "أبو قاسم"], "Abdul Rahman Said Momade"),
        E("pemba", "Place", ["مدينة بيمبا", "بيمبا"], "Pemba", sub="City"),
        E("prm", "Organization", ["شرطة جمهورية موزمبيق"], "Police of the Republic of Mozambique",
          sub="GovernmentBody"),
        E("rdf", "Organization", ["قوة دفاع رواندا", "القوات الرواندية"], "Rwanda Defence Force", sub="ArmedForce"),
        E("maputo", "Place", ["مابوتو"], "Maputo", sub="City", alt=["Organization"]),
        E("sadc", "Organization", ["مجموعة تنمية الجنوب الأفريقي", "سادك"], "Southern African Development Community",
          sub="Coalition"),
        E("manica", "Person", ["فيليسبرتو جوزيه مانيكا"], "Filisberto Jose Manica"),
        E("mocimboa", "Place", ["مدينة موسيمبوا دا برايا", "موسيمبوا دا برايا"], "Mocimboa da Praia", sub="City"),
        E("mugabo", "Person", ["إيمانويل كاييرانغا موغابو"], "Emmanuel Kayiranga Mugabo"),
        E("total", "Organization", ["توتال إنرجيز"], "TotalEnergies"),
        E("palma", "Place", ["بلدة بالما", "بالما"], "Palma", sub="City"),
    ],
    relations=[
        R("partOf", "ism", "is"),
        R("locatedIn", "macomia", "cabo"),
        R("locatedIn", "cabo", "mozambique"),
        R("locatedIn", "macomia", "mozambique", opt=True),
        R("spokespersonOf", "machava", "mz_mod"),
        R("memberOf", "momade", "ism"),
        R("memberOf", "momade", "is", opt=True),
        R("locatedIn", "pemba", "cabo"),
        R("locatedIn", "pemba", "mozambique", opt=True),
        R("positionIn", "manica", "mozambique"),
        R("leaderOf", "manica", "mz_mod", opt=True),
        R("leaderOf", "mugabo", "rdf"),
        R("positionIn", "mugabo", "rdf", opt=True),
    ],
    events=[
        # the attack on Macomia, dawn on Friday; the clashes with the army are an optional Attack
        V("Attack", agent=[["ism", "is"]], place=[["macomia", "cabo", "mozambique"]], date="2024-05-10",
          trigger="هاجم"),
        V("Attack", opt=True, target=["macomia", "mz_army"]),
        # the army killed 14 attackers, a commander among them, in the same fighting
        V("Killing", agent=["mz_army"], target=["ism", "momade"], place=[["macomia", "cabo", "mozambique"]],
          date="2024-05-10", trigger="قتلت"),
        # two soldiers killed (no agent stated)
        V("Killing", target=["mz_army"], place=[["macomia", "cabo", "mozambique"]], date="2024-05-10",
          trigger="بمقتل"),
        V("Killing", opt=True, agent=["ism"]),
        V("Arrest", agent=["prm"], place=[["pemba", "cabo"]], date="2024-05-14", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["ism"]),
        V("Visit", agent=["manica"], place=["mocimboa"], date="2024-05-15", trigger="زار"),
        V("Meeting", agent=["manica", "mugabo"], place=["mocimboa"], date="2024-05-15", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Niger, Tillabéri (2025-03-25, a Tuesday)
DOCS.append(dict(
    id="ne-tillaberi", published="2025-03-25",
    text="""قُتل 44 مدنيا وأصيب 13 آخرون بجروح، الجمعة، في هجوم شنه مسلحون على مسجد في قرية فامبيتا بمنطقة كوكورو التابعة لإقليم تيلابيري غربي النيجر، أثناء صلاة الجمعة، وفق ما أعلنت وزارة الداخلية النيجرية.

وحمّلت الوزارة، في بيان تلاه المتحدث باسمها العقيد عمر إيسوفو غاربا، مسؤولية الهجوم لتنظيم الدولة الإسلامية في الصحراء الكبرى، المعروف أيضا باسم "ولاية الساحل"، مؤكدة أن المهاجمين أحرقوا متاجر ومنازل في القرية قبل انسحابهم.

وأعلن الجيش النيجري، الأحد، أن طائراته المسيّرة قصفت مواقع للتنظيم في منطقة بانيبانغو قرب الحدود مع مالي، ما أسفر عن مقتل أكثر من 20 مسلحا، بينهم القيادي في التنظيم إبراهيم أغ محمدون، المكنى "أبو دجانة".

وفي العاصمة نيامي، اعتقلت عناصر من الدرك الوطني، الأسبوع الماضي، ثلاثة أشخاص يشتبه في تقديمهم دعما لوجستيا للمهاجمين، بحسب مصدر أمني.

وزار رئيس الوزراء النيجري محمدو سليمان باكو، أمس الاثنين، مدينة تيلابيري، حيث قدم التعازي لأسر الضحايا، واجتمع مع حاكم الإقليم العقيد حسن ماينا أبارشي.

ويشهد إقليم تيلابيري، الواقع في منطقة المثلث الحدودي بين النيجر ومالي وبوركينا فاسو، تصاعدا في هجمات الجماعات المسلحة، ولا سيما جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة، منذ استيلاء الجيش على السلطة في يوليو/تموز 2023.""",
    entities=[
        E("fambita", "Place", ["قرية فامبيتا", "فامبيتا", "القرية"], "Fambita", sub="City"),
        E("kokorou", "Place", ["منطقة كوكورو", "كوكورو"], "Kokorou", sub="Region"),
        E("tillaberi", "Place", ["إقليم تيلابيري", "تيلابيري", "الإقليم"], "Tillabéri Region", sub="Region"),
        E("niger", "Place", ["النيجر"], "Niger", qid="Q1032", sub="Country"),
        E("moi", "Organization", ["وزارة الداخلية النيجرية", "الوزارة"], "Ministry of the Interior (Niger)",
          sub="GovernmentBody"),
        E("garba", "Person", ["عمر إيسوفو غاربا"], "Oumar Issoufou Garba"),
        E("isgs", "Organization", ["تنظيم الدولة الإسلامية في الصحراء الكبرى", "ولاية الساحل", "التنظيم"],
          "Islamic State in the Greater Sahara (Sahel Province)", sub="ArmedGroup"),
        E("ne_army", "Organization", ["الجيش النيجري", "الجيش"], "Niger Armed Forces", sub="ArmedForce"),
        E("banibangou", "Place", ["منطقة بانيبانغو", "بانيبانغو"], "Banibangou", sub="Region"),
        E("mali", "Place", ["مالي"], "Mali", qid="Q912", sub="Country"),
        E("mohamedoun", "Person", ["إبراهيم أغ محمدون", "أبو دجانة"], "Ibrahim Ag Mohamedoun"),
        E("niamey", "Place", ["نيامي", "العاصمة"], "Niamey", sub="City"),
        E("gendarmerie", "Organization", ["الدرك الوطني"], "National Gendarmerie (Niger)", sub="ArmedForce"),
        E("baco", "Person", ["محمدو سليمان باكو"], "Mahamadou Souleymane Baco"),
        E("tillaberi_city", "Place", ["مدينة تيلابيري"], "Tillabéri (city)", sub="City"),
        E("abarchi", "Person", ["حسن ماينا أبارشي"], "Hassan Maina Abarchi"),
        E("bf", "Place", ["بوركينا فاسو"], "Burkina Faso", qid="Q965", sub="Country"),
        E("jnim", "Organization", ["جماعة نصرة الإسلام والمسلمين"], "Jama'at Nasr al-Islam wal-Muslimin",
          sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
    ],
    relations=[
        R("locatedIn", "fambita", "kokorou"),
        R("locatedIn", "kokorou", "tillaberi"),
        R("locatedIn", "tillaberi", "niger"),
        R("locatedIn", "fambita", "tillaberi", opt=True),
        R("locatedIn", "fambita", "niger", opt=True),
        R("locatedIn", "kokorou", "niger", opt=True),
        R("spokespersonOf", "garba", "moi"),
        R("memberOf", "mohamedoun", "isgs"),
        R("locatedIn", "niamey", "niger", opt=True),
        R("positionIn", "baco", "niger"),
        R("leaderOf", "baco", "niger", opt=True),
        R("leaderOf", "abarchi", "tillaberi"),
        R("positionIn", "abarchi", "tillaberi", opt=True),
        R("locatedIn", "tillaberi_city", "tillaberi", opt=True),
        R("affiliatedWith", "jnim", "aq"),
        R("partOf", "jnim", "aq", opt=True),
    ],
    events=[
        # the mosque attack on Friday; the ministry holds ISGS responsible
        V("Attack", agent=["isgs"], place=[["fambita", "kokorou", "tillaberi", "niger"]], date="2025-03-21",
          trigger="هجوم"),
        V("Killing", agent=["isgs"], place=[["fambita", "kokorou", "tillaberi", "niger"]], date="2025-03-21",
          trigger="قتل"),
        # drone strikes announced on Sunday (the act itself undated: month only)
        V("Strike", agent=["ne_army"], target=["isgs"], place=["banibangou"], date="2025-03", trigger="قصفت"),
        V("Killing", agent=["ne_army"], target=["isgs", "mohamedoun"], place=["banibangou"], date="2025-03",
          trigger="مقتل"),
        # last week = 17-23 March
        V("Arrest", agent=["gendarmerie"], place=["niamey"], date="2025-03", trigger="اعتقلت"),
        V("Visit", agent=["baco"], place=[["tillaberi_city", "tillaberi"]], date="2025-03-24", trigger="زار"),
        V("Meeting", agent=["baco", "abarchi"], place=[["tillaberi_city", "tillaberi"]], date="2025-03-24",
          trigger="اجتمع"),
    ],
))

# ---------------------------------------------------------------- Syria, Daraa / Quneitra (2026-01-29, a Thursday)
DOCS.append(dict(
    id="sy-daraa", published="2026-01-29",
    text="""اغتال مسلحون مجهولون، مساء الثلاثاء، القيادي السابق في "اللواء الثامن" خالد محمود الزعبي، بإطلاق النار على سيارته قرب بلدة المسيفرة شرقي محافظة درعا جنوبي سوريا، وفق مصادر محلية.

وقال قائد الأمن الداخلي في المحافظة، العميد شاهر عبد الله الحريري، إن وحداته اعتقلت، فجر أمس الأربعاء، أربعة عناصر من خلية تابعة لتنظيم داعش في مدينة نوى غربي المحافظة، وضبطت بحوزتهم عبوات ناسفة كانت معدة لاستهداف حواجز أمنية.

وفي محافظة القنيطرة المجاورة، اعتقلت قوة من الجيش الإسرائيلي، الاثنين، ثلاثة رعاة من قرية الرفيد خلال توغلها في المنطقة العازلة، قبل أن تفرج عن اثنين منهم، بحسب المرصد السوري لحقوق الإنسان.

ودانت وزارة الخارجية السورية التوغل، واعتبرته "انتهاكا صارخا" لاتفاق فض الاشتباك الموقع عام 1974، داعية قوة الأمم المتحدة لمراقبة فض الاشتباك (أوندوف) إلى الاضطلاع بمسؤولياتها.

وكان وزير الداخلية السوري، محمد نور الدين العلي، قد زار مدينة درعا منتصف الشهر الماضي، حيث التقى محافظ درعا أنور طه المسالمة ووجهاء من عشائر المنطقة، مؤكدا أن حصر السلاح بيد الدولة "أولوية لا تراجع عنها".

وتشهد المحافظة، التي انطلقت منها الاحتجاجات ضد النظام السابق عام 2011، فلتانا أمنيا متواصلا وعمليات اغتيال متكررة، فيما تتهم دمشق خلايا مرتبطة بـ"حزب الله" اللبناني وشبكات لتهريب المخدرات بالوقوف وراء جزء منها.""",
    entities=[
        E("zoubi", "Person", ["خالد محمود الزعبي"], "Khalid Mahmud al-Zoubi"),
        E("brigade8", "Organization", ["اللواء الثامن"], "Eighth Brigade", sub="ArmedGroup"),
        E("musayfirah", "Place", ["بلدة المسيفرة", "المسيفرة"], "al-Musayfirah", sub="City"),
        E("daraa_gov", "Place", ["محافظة درعا", "درعا", "المحافظة"], "Daraa Governorate", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("hariri", "Person", ["شاهر عبد الله الحريري"], "Shahir Abdallah al-Hariri"),
        E("internal_sec", "Organization", ["الأمن الداخلي"], "Internal Security Command (Daraa)",
          sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم داعش", "داعش"], "Islamic State", sub="ArmedGroup"),
        E("nawa", "Place", ["مدينة نوى", "نوى"], "Nawa", sub="City"),
        E("quneitra", "Place", ["محافظة القنيطرة", "القنيطرة"], "Quneitra Governorate", sub="Region"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("rafid", "Place", ["قرية الرفيد", "الرفيد"], "al-Rafid", sub="City"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("sy_mofa", "Organization", ["وزارة الخارجية السورية"], "Ministry of Foreign Affairs (Syria)",
          sub="GovernmentBody"),
        E("undof", "Organization", ["قوة الأمم المتحدة لمراقبة فض الاشتباك", "أوندوف"],
          "United Nations Disengagement Observer Force"),
        E("ali", "Person", ["محمد نور الدين العلي"], "Muhammad Nur al-Din al-Ali"),
        E("daraa_city", "Place", ["مدينة درعا"], "Daraa (city)", sub="City"),
        E("masalmeh", "Person", ["أنور طه المسالمة"], "Anwar Taha al-Masalmeh"),
        E("damascus", "Place", ["دمشق"], "Damascus", sub="City", alt=["Organization"]),
        E("hezbollah", "Organization", ["حزب الله"], "Hezbollah", sub="ArmedGroup"),
    ],
    relations=[
        R("memberOf", "zoubi", "brigade8"),
        R("locatedIn", "musayfirah", "daraa_gov"),
        R("locatedIn", "daraa_gov", "syria"),
        R("locatedIn", "musayfirah", "syria", opt=True),
        R("leaderOf", "hariri", "internal_sec"),
        R("positionIn", "hariri", "internal_sec", opt=True),
        R("locatedIn", "nawa", "daraa_gov"),
        R("locatedIn", "rafid", "quneitra", opt=True),
        R("positionIn", "ali", "syria"),
        R("leaderOf", "masalmeh", "daraa_gov"),
        R("positionIn", "masalmeh", "daraa_gov", opt=True),
        R("locatedIn", "daraa_city", "daraa_gov", opt=True),
    ],
    events=[
        # unknown gunmen, Tuesday evening: no agent
        V("Killing", target=["zoubi"], place=[["musayfirah", "daraa_gov", "syria"]], date="2026-01-27",
          trigger="اغتال"),
        V("Attack", opt=True, target=["zoubi"], place=[["musayfirah", "daraa_gov", "syria"]], date="2026-01-27"),
        # the commander's units (his own force's act), at dawn yesterday
        V("Arrest", agent=["internal_sec"], target=["isis"], place=[["nawa", "daraa_gov"]], date="2026-01-28",
          trigger="اعتقلت"),
        V("Arrest", agent=["idf"], place=[["rafid", "quneitra"]], date="2026-01-26", trigger="اعتقلت"),
        # mid-December 2025
        V("Visit", agent=["ali"], place=[["daraa_city", "daraa_gov"]], date="2025-12", trigger="زار"),
        V("Meeting", agent=["ali", "masalmeh"], place=[["daraa_city", "daraa_gov"]], date="2025-12",
          trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Yemen, Abyan / Shabwa / Aden (2024-08-21, a Wednesday)
DOCS.append(dict(
    id="ye-abyan", published="2024-08-21",
    text="""قُتل 16 جنديا من قوات الحزام الأمني، الموالية للمجلس الانتقالي الجنوبي، وأصيب آخرون، الجمعة الماضي، في هجوم انتحاري بسيارة مفخخة استهدف معسكرا لها في مديرية مودية بمحافظة أبين جنوبي اليمن، وفق ما أعلن المجلس.

وتبنى تنظيم القاعدة في جزيرة العرب الهجوم في بيان نشرته مؤسسة الملاحم، الذراع الإعلامية للتنظيم، قائلا إن منفذه يدعى "أبو البراء العدني".

وقال المتحدث باسم القوات المسلحة الجنوبية، المقدم وضاح سالم الحوشبي، إن وحدات من قوات دفاع شبوة قتلت، الأحد، ثلاثة من عناصر التنظيم بينهم قيادي ميداني يدعى ناصر علي بارشيد، الملقب بـ"أبو الوليد"، في كمين بمديرية الصعيد في محافظة شبوة المجاورة.

وفي عدن، أعلنت إدارة أمن عدن، أمس، اعتقال أربعة أشخاص قالت إنهم تلقوا تدريبات في معسكرات القاعدة بمحافظة البيضاء، وكانوا يخططون لاغتيال مسؤولين محليين في المدينة.

والتقى رئيس المجلس الانتقالي الجنوبي فضل عبد الله اليافعي، الثلاثاء في عدن، سفير الولايات المتحدة لدى اليمن ديفيد هارتلي، وبحثا تعزيز التعاون في مكافحة الإرهاب وتأمين الملاحة في خليج عدن.

وكانت القوات الجنوبية قد أطلقت في آب/أغسطس 2022 عملية عسكرية تحت اسم "سهام الشرق" لطرد عناصر التنظيم من مديريات أبين، وتمكنت من السيطرة على وادي عومران، أحد أبرز معاقله في المحافظة.""",
    entities=[
        E("belt", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("stc", "Organization", ["المجلس الانتقالي الجنوبي", "المجلس"], "Southern Transitional Council",
          sub="PoliticalOrganization"),
        E("mudiyah", "Place", ["مديرية مودية", "مودية"], "Mudiyah District", sub="Region"),
        E("abyan", "Place", ["محافظة أبين", "أبين", "المحافظة"], "Abyan Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "التنظيم", "القاعدة"],
          "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("malahem", "Organization", ["مؤسسة الملاحم"], "al-Malahem Media", sub="MediaOrganization"),
        E("adani", "Person", ["أبو البراء العدني"], "Abu al-Bara al-Adani"),
        E("saf", "Organization", ["القوات المسلحة الجنوبية", "القوات الجنوبية"], "Southern Armed Forces",
          sub="ArmedForce"),
        E("hawshabi", "Person", ["وضاح سالم الحوشبي"], "Waddah Salim al-Hawshabi"),
        E("shabwa_def", "Organization", ["قوات دفاع شبوة"], "Shabwa Defence Forces", sub="ArmedForce"),
        E("barashid", "Person", ["ناصر علي بارشيد", "أبو الوليد"], "Nasir Ali Barashid"),
        E("said", "Place", ["مديرية الصعيد", "الصعيد"], "al-Said District", sub="Region"),
        E("shabwa", "Place", ["محافظة شبوة", "شبوة"], "Shabwa Governorate", sub="Region"),
        E("aden", "Place", ["عدن", "المدينة"], "Aden", sub="City"),
        E("aden_sec", "Organization", ["إدارة أمن عدن"], "Aden Security Administration", sub="GovernmentBody"),
        E("bayda", "Place", ["محافظة البيضاء", "البيضاء"], "al-Bayda Governorate", sub="Region"),
        E("yafei", "Person", ["فضل عبد الله اليافعي"], "Fadl Abdallah al-Yafei"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country"),
        E("hartley", "Person", ["ديفيد هارتلي"], "David Hartley"),
        E("gulf_aden", "Place", ["خليج عدن"], "Gulf of Aden"),
        E("omran", "Place", ["وادي عومران", "عومران"], "Wadi Omran", sub="Region"),
    ],
    relations=[
        R("affiliatedWith", "belt", "stc"),
        R("partOf", "belt", "stc", opt=True),
        R("locatedIn", "mudiyah", "abyan"),
        R("locatedIn", "abyan", "yemen"),
        R("locatedIn", "mudiyah", "yemen", opt=True),
        R("partOf", "malahem", "aqap"),
        R("memberOf", "adani", "aqap", opt=True),
        R("spokespersonOf", "hawshabi", "saf"),
        R("memberOf", "barashid", "aqap"),
        R("locatedIn", "said", "shabwa"),
        R("leaderOf", "yafei", "stc"),
        R("positionIn", "hartley", "us"),
        R("positionIn", "hartley", "yemen", opt=True),
        R("locatedIn", "omran", "abyan"),
        R("partOf", "shabwa_def", "saf", opt=True),
    ],
    events=[
        # the suicide car bomb on last Friday, claimed by AQAP (the bomber named by his kunya)
        V("Attack", agent=["aqap"], target=["belt"], place=[["mudiyah", "abyan", "yemen"]], date="2024-08-16",
          trigger="هجوم"),
        V("Killing", agent=["aqap"], target=["belt"], place=[["mudiyah", "abyan", "yemen"]], date="2024-08-16",
          trigger="قتل"),
        V("Attack", opt=True, agent=["adani"]),
        V("Killing", opt=True, agent=["adani"]),
        # the ambush in al-Said on Sunday, told by the Southern Armed Forces' spokesman
        V("Killing", agent=["shabwa_def"], target=["aqap", "barashid"], place=[["said", "shabwa"]],
          date="2024-08-18", trigger="قتلت"),
        V("Attack", opt=True, agent=["shabwa_def"], target=["aqap"], place=[["said", "shabwa"]], date="2024-08-18"),
        # arrests announced yesterday (the act undated: month only)
        V("Arrest", agent=["aden_sec"], place=["aden"], date="2024-08", trigger="اعتقال"),
        V("Arrest", opt=True, target=["aqap"]),
        V("Meeting", agent=["yafei", "hartley"], place=["aden"], date="2024-08-20", trigger="التقى"),
        V("MilitaryOperation", name="سهام الشرق", agent=["saf"], target=["aqap"], place=["abyan"], date="2022-08",
          trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["omran"]),
    ],
))

# ---------------------------------------------------------------- Egypt–Gaza border, Rafah (2024-05-29, a Wednesday)
DOCS.append(dict(
    id="eg-rafah", published="2024-05-29",
    text="""قُتل جندي مصري، الاثنين، في تبادل لإطلاق النار مع القوات الإسرائيلية قرب معبر رفح الحدودي بين مصر وقطاع غزة، في أول حادث من نوعه منذ سيطرة الجيش الإسرائيلي على الجانب الفلسطيني من المعبر في 7 أيار/مايو الجاري.

وقال المتحدث باسم القوات المسلحة المصرية، العقيد هشام فؤاد الشناوي، إن التحقيقات جارية في ملابسات الحادث، فيما أعلن الجيش الإسرائيلي أنه "على اتصال بالجانب المصري".

وجاء الحادث بعد يوم من غارة إسرائيلية على مخيم للنازحين في منطقة تل السلطان غربي مدينة رفح، أسفرت عن مقتل 45 فلسطينيا على الأقل، وقال الجيش الإسرائيلي إنه استهدف بها قياديا في كتائب القسام، الجناح العسكري لحركة حماس، يدعى سامي عبد الرحيم الشاعر.

وفي القاهرة، التقى رئيس جهاز المخابرات العامة المصرية، اللواء مصطفى كمال عاشور، أمس الثلاثاء، وفدا من الحركة برئاسة عضو مكتبها السياسي فوزي عبد الله البردويل، لبحث استئناف مفاوضات وقف إطلاق النار وتبادل الأسرى.

وترفض القاهرة التنسيق مع إسرائيل بشأن تشغيل المعبر ما دامت القوات الإسرائيلية تسيطر على جانبه الفلسطيني، وتطالب بعودة بعثة الاتحاد الأوروبي للمساعدة الحدودية (يوبام) وموظفي السلطة الفلسطينية إلى إدارته.

وتوغلت دبابات إسرائيلية، أمس، في وسط مدينة رفح للمرة الأولى منذ بدء العملية البرية التي أطلقها الجيش الإسرائيلي في السادس من الشهر الجاري، فيما أعلنت كتائب القسام أن مقاتليها استهدفوا دبابتين بقذائف "الياسين 105" في حي الجنينة شرقي المدينة.""",
    entities=[
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("idf", "Organization", ["الجيش الإسرائيلي", "القوات الإسرائيلية"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("crossing", "Place", ["معبر رفح الحدودي", "معبر رفح", "المعبر"], "Rafah Border Crossing"),
        E("gaza", "Place", ["قطاع غزة"], "Gaza Strip", sub="Region"),
        E("egypt_af", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("shenawi", "Person", ["هشام فؤاد الشناوي"], "Hisham Fuad al-Shenawi"),
        E("tal_sultan", "Place", ["منطقة تل السلطان", "تل السلطان"], "Tal as-Sultan", sub="Region"),
        E("rafah", "Place", ["مدينة رفح", "رفح", "المدينة"], "Rafah", sub="City"),
        E("qassam", "Organization", ["كتائب القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("hamas", "Organization", ["حركة حماس", "حماس", "الحركة"], "Hamas", sub="ArmedGroup"),
        E("shaer", "Person", ["سامي عبد الرحيم الشاعر"], "Sami Abd al-Rahim al-Shaer"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City", alt=["Organization"]),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "General Intelligence Directorate (Egypt)",
          sub="GovernmentBody"),
        E("ashour", "Person", ["مصطفى كمال عاشور"], "Mustafa Kamal Ashour"),
        E("bardawil", "Person", ["فوزي عبد الله البردويل"], "Fawzi Abdallah al-Bardawil"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("eubam", "Organization", ["بعثة الاتحاد الأوروبي للمساعدة الحدودية", "يوبام"],
          "EU Border Assistance Mission Rafah"),
        E("pa", "Organization", ["السلطة الفلسطينية"], "Palestinian Authority", sub="GovernmentBody"),
        E("jneineh", "Place", ["حي الجنينة", "الجنينة"], "al-Jneineh", sub="Region"),
    ],
    relations=[
        R("locatedIn", "crossing", "egypt", opt=True),
        R("locatedIn", "crossing", "gaza", opt=True),
        R("spokespersonOf", "shenawi", "egypt_af"),
        R("locatedIn", "tal_sultan", "rafah"),
        R("partOf", "qassam", "hamas"),
        R("memberOf", "shaer", "qassam"),
        R("memberOf", "shaer", "hamas", opt=True),
        R("leaderOf", "ashour", "gis"),
        R("memberOf", "bardawil", "hamas"),
        R("locatedIn", "jneineh", "rafah"),
        R("locatedIn", "rafah", "gaza", opt=True),
        R("partOf", "idf", "israel", opt=True),
    ],
    events=[
        # an Egyptian soldier killed in an exchange of fire on Monday: who fired is not said
        V("Killing", target=["egypt_af"], place=[["crossing", "rafah", "egypt", "gaza"]], date="2024-05-27", trigger="قتل"),
        V("Killing", opt=True, agent=["idf"]),
        V("Attack", opt=True, agent=["idf", "egypt_af"], target=["egypt_af", "idf"], place=[["crossing", "rafah"]],
          date="2024-05-27"),
        # the strike on the Tal as-Sultan camp, the day before (Sunday), claimed by the Israeli army
        V("Strike", agent=["idf"], target=[["shaer", "qassam"]], place=[["tal_sultan", "rafah"]], date="2024-05-26",
          trigger="غارة"),
        V("Killing", agent=["idf"], place=[["tal_sultan", "rafah"]], date="2024-05-26", trigger="مقتل"),
        V("Meeting", agent=["ashour", "bardawil"], place=["cairo"], date="2024-05-28", trigger="التقى"),
        V("Meeting", opt=True, agent=["hamas"]),
        # the ground operation launched on 6 May
        V("MilitaryOperation", agent=["idf"], place=["rafah"], date="2024-05-06", trigger="العملية البرية"),
        # the Qassam claim: the act itself is not dated
        V("Attack", agent=["qassam"], target=["idf"], place=[["jneineh", "rafah"]], trigger="استهدفوا"),
        V("Attack", opt=True, date="2024-05"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2026-04-15, a Wednesday)
DOCS.append(dict(
    id="af-kunduz", published="2026-04-15",
    text="""قُتل ما لا يقل عن 12 شخصا وأصيب أكثر من 30 آخرين، صباح الاثنين، في تفجير انتحاري استهدف فرعا لبنك كابل الجديد في مدينة قندوز، عاصمة ولاية قندوز شمالي أفغانستان، حيث كان موظفون حكوميون يتجمعون لتسلم رواتبهم.

وتبنى تنظيم "ولاية خراسان"، فرع تنظيم الدولة الإسلامية في أفغانستان، التفجير عبر وكالة أعماق التابعة لتنظيم الدولة، مشيرا إلى أن منفذه استهدف "عناصر من ميليشيا طالبان".

وقال المتحدث باسم قيادة شرطة قندوز، المولوي عبيد الله حقيار، إن قوات الأمن اعتقلت، الثلاثاء، ثلاثة أشخاص يشتبه في مساعدتهم الانتحاري، بينهم شقيقان من مديرية إمام صاحب المحاذية للحدود مع طاجيكستان.

وزار القائم بأعمال وزير الداخلية في حكومة طالبان، الملا عبد الغفار نوري، أمس، موقع التفجير، وتعهد بملاحقة "الخوارج"، وهي التسمية التي تطلقها الحركة على تنظيم الدولة.

من جهتها، دانت بعثة الأمم المتحدة لمساعدة أفغانستان (يوناما) الهجوم، والتقت رئيسة البعثة، ماريا ليندبرغ، الثلاثاء في كابل، وزير الخارجية في حكومة طالبان نور أحمد ضيائي، وبحثا حماية المدنيين وأوضاع النساء في البلاد.

ويعد التفجير الأعنف في الولاية منذ تموز/يوليو الماضي، حين قُتل قائد شرطة مديرية خان آباد، قاري محمد أمين فاروقي، في هجوم مماثل تبناه التنظيم، فيما تقول حكومة طالبان إنها قضت على معظم خلاياه في البلاد.""",
    entities=[
        E("kabul_bank", "Organization", ["بنك كابل الجديد"], "New Kabul Bank"),
        E("kunduz_city", "Place", ["مدينة قندوز"], "Kunduz (city)", sub="City"),
        E("kunduz_prov", "Place", ["ولاية قندوز", "قندوز", "الولاية"], "Kunduz Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("iskp", "Organization", ["ولاية خراسان", "التنظيم"], "Islamic State – Khorasan Province",
          sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "تنظيم الدولة", "الخوارج"], "Islamic State",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة أعماق", "أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("taliban", "Organization", ["طالبان", "الحركة"], "Taliban", sub="PoliticalOrganization"),
        E("kunduz_police", "Organization", ["قيادة شرطة قندوز", "شرطة قندوز"], "Kunduz provincial police command",
          sub="GovernmentBody"),
        E("haqyar", "Person", ["عبيد الله حقيار"], "Obaidullah Haqyar"),
        E("security", "Organization", ["قوات الأمن"], "Afghan security forces", sub="GovernmentBody", opt=True),
        E("imam_sahib", "Place", ["مديرية إمام صاحب", "إمام صاحب"], "Imam Sahib District", sub="Region"),
        E("tajikistan", "Place", ["طاجيكستان"], "Tajikistan", qid="Q863", sub="Country"),
        E("taliban_govt", "Organization", ["حكومة طالبان"], "Taliban government", sub="GovernmentBody"),
        E("nouri", "Person", ["عبد الغفار نوري"], "Abdul Ghaffar Nouri"),
        E("unama", "Organization", ["بعثة الأمم المتحدة لمساعدة أفغانستان", "يوناما", "البعثة"],
          "United Nations Assistance Mission in Afghanistan"),
        E("lindberg", "Person", ["ماريا ليندبرغ"], "Maria Lindberg"),
        E("kabul", "Place", ["كابل"], "Kabul", sub="City"),
        E("ziaee", "Person", ["نور أحمد ضيائي"], "Nur Ahmad Ziaee"),
        E("khanabad", "Place", ["مديرية خان آباد", "خان آباد"], "Khanabad District", sub="Region"),
        E("farooqi", "Person", ["محمد أمين فاروقي"], "Muhammad Amin Farooqi"),
    ],
    relations=[
        R("locatedIn", "kunduz_city", "kunduz_prov"),
        R("locatedIn", "kunduz_prov", "afghanistan"),
        R("locatedIn", "kunduz_city", "afghanistan", opt=True),
        R("partOf", "iskp", "is"),
        R("partOf", "amaq", "is"),
        R("spokespersonOf", "haqyar", "kunduz_police"),
        R("positionIn", "nouri", "taliban_govt"),
        R("positionIn", "nouri", "afghanistan", opt=True),
        R("partOf", "taliban_govt", "taliban", opt=True),
        R("leaderOf", "taliban", "taliban_govt", opt=True),
        R("leaderOf", "lindberg", "unama"),
        R("positionIn", "ziaee", "taliban_govt"),
        R("positionIn", "ziaee", "afghanistan", opt=True),
        R("locatedIn", "khanabad", "kunduz_prov", opt=True),
        R("locatedIn", "imam_sahib", "kunduz_prov", opt=True),
    ],
    events=[
        # the suicide bombing on Monday morning, claimed by ISKP
        V("Attack", agent=[["iskp", "is"]], target=["kabul_bank"], place=[["kunduz_city", "kunduz_prov", "afghanistan"]],
          date="2026-04-13", trigger="تفجير"),
        V("Killing", agent=[["iskp", "is"]], place=[["kunduz_city", "kunduz_prov", "afghanistan"]],
          date="2026-04-13", trigger="قتل"),
        V("Attack", opt=True, target=["taliban"]),
        # arrests on Tuesday by "the security forces" (reported by the police spokesman)
        V("Arrest", date="2026-04-14", trigger="اعتقلت"),
        V("Arrest", opt=True, agent=[["security", "kunduz_police"]], place=[["kunduz_city", "kunduz_prov"]]),
        # the minister visited the site of the bombing yesterday
        V("Visit", agent=["nouri"], place=[["kunduz_city", "kunduz_prov"]], date="2026-04-14", trigger="زار"),
        V("Meeting", agent=["lindberg", "ziaee"], place=["kabul"], date="2026-04-14", trigger="التقت"),
        V("Meeting", opt=True, agent=["unama"]),
        # last July: the Khanabad police chief killed in an attack claimed by the group
        V("Killing", agent=[["iskp", "is"]], target=["farooqi"], place=[["khanabad", "kunduz_prov"]], date="2025-07",
          trigger="قتل"),
        V("Attack", agent=[["iskp", "is"]], target=["farooqi"], place=[["khanabad", "kunduz_prov"]], date="2025-07",
          trigger="هجوم"),
    ],
))
