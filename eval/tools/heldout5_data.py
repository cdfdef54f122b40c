"""Hand annotations of the fifth held-out set (see eval/heldout5/README.md).

Six articles written for this set without looking at the extractor's rules
and without running the extractor on them, annotated with the guidelines of
eval/README.md. Persons are invented; organisations and places are real.
``build_heldout5.py`` turns this into eval/heldout5.jsonl (spans computed,
every mention checked against the text). In event roles a nested list is a
set of alternatives: any one satisfies it. An event with ``optional`` only
carries triples a reasonable annotator could leave out. As in the other sets,
a place written with a title (مدينة، بلدة، قرية، محافظة، ولاية، إقليم، جبل،
مخيم) also lists its bare name.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Latakia coast (2025-03-12, a Wednesday)
DOCS.append(dict(
    id="sy-latakia", published="2025-03-12",
    text="""قُتل 13 عنصرا من جهاز الأمن العام التابع لوزارة الداخلية السورية، مساء الخميس، في كمين نصبه مسلحون من فلول النظام السابق قرب قرية بيت عانا بريف مدينة جبلة في محافظة اللاذقية غربي سوريا، وفق ما أعلنت الوزارة.

وقال المتحدث باسم وزارة الدفاع السورية، العقيد مازن خليل الأحمد، إن وحدات الجيش السوري أطلقت، فجر الجمعة، عملية عسكرية واسعة في ريفي اللاذقية وطرطوس لملاحقة "الخلايا المتورطة"، واستعادت السيطرة على جبلة ومحيطها بعد اشتباكات استمرت يومين.

وفي مدينة القرداحة بريف اللاذقية، اعتقلت قوات الأمن العام، فجر الثلاثاء، العميد السابق في جيش النظام السابق غياث منذر ديب، المعروف بـ"أبو علي الساحل"، الذي تقول السلطات إنه يقود "المجلس العسكري لتحرير سوريا"، وهو تشكيل مسلح أُعلن عنه الأسبوع الماضي وتبنى هجمات على مواقع الجيش.

ودعا المبعوث الخاص للأمم المتحدة إلى سوريا، يوهان فالستروم، جميع الأطراف إلى "ضبط النفس"، فيما قال المرصد السوري لحقوق الإنسان إن أكثر من 800 مدني قُتلوا في مدن وقرى الساحل السوري منذ الخميس، في عمليات وصفها بأنها "إعدامات ميدانية".

وزار وزير الدفاع السوري فراس ماجد الخطيب، أمس، مدينة جبلة، حيث اجتمع مع محافظ اللاذقية عادل حمدي الشامي وقادة الوحدات العسكرية المنتشرة في المنطقة، مؤكدا أنه "لا حصانة لأي عنصر يثبت تورطه في انتهاكات".

وكانت الرئاسة السورية قد أعلنت، الأحد، تشكيل "اللجنة الوطنية المستقلة للتحقيق وتقصي الحقائق" في أحداث الساحل، على أن ترفع تقريرها خلال 30 يوما.""",
    entities=[
        E("gen_sec", "Organization", ["جهاز الأمن العام", "الأمن العام"], "General Security Service (Syria)",
          sub="GovernmentBody"),
        E("sy_moi", "Organization", ["وزارة الداخلية السورية", "الوزارة"], "Ministry of Interior (Syria)",
          sub="GovernmentBody"),
        E("beit_ana", "Place", ["قرية بيت عانا", "بيت عانا"], "Beit Ana", sub="City"),
        E("jableh", "Place", ["مدينة جبلة", "جبلة"], "Jableh", sub="City"),
        E("latakia", "Place", ["محافظة اللاذقية", "اللاذقية"], "Latakia Governorate", sub="Region"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("sy_mod", "Organization", ["وزارة الدفاع السورية"], "Ministry of Defense (Syria)", sub="GovernmentBody"),
        E("ahmad", "Person", ["مازن خليل الأحمد"], "Mazin Khalil al-Ahmad"),
        E("sy_army", "Organization", ["الجيش السوري", "الجيش"], "Syrian Army", sub="ArmedForce"),
        E("tartus", "Place", ["طرطوس"], "Tartus", sub="Region"),
        E("qardaha", "Place", ["مدينة القرداحة", "القرداحة"], "Qardaha", sub="City"),
        E("old_army", "Organization", ["جيش النظام السابق"], "Syrian Arab Army (former regime)", sub="ArmedForce"),
        E("deeb", "Person", ["غياث منذر ديب", "أبو علي الساحل"], "Ghiyath Mundhir Deeb"),
        E("council", "Organization", ["المجلس العسكري لتحرير سوريا"], "Military Council for the Liberation of Syria",
          sub="ArmedGroup"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("wallstrom", "Person", ["يوهان فالستروم"], "Johan Wallstrom"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("coast", "Place", ["الساحل السوري", "الساحل"], "Syrian coast", sub="Region", opt=True),
        E("khatib", "Person", ["فراس ماجد الخطيب"], "Firas Majid al-Khatib"),
        E("shami", "Person", ["عادل حمدي الشامي"], "Adil Hamdi al-Shami"),
        E("presidency", "Organization", ["الرئاسة السورية"], "Syrian Presidency", sub="GovernmentBody"),
        E("committee", "Organization", ["اللجنة الوطنية المستقلة للتحقيق وتقصي الحقائق"],
          "National Independent Committee for Investigation and Fact-Finding", sub="GovernmentBody"),
    ],
    relations=[
        R("partOf", "gen_sec", "sy_moi"),
        R("locatedIn", "beit_ana", "jableh"),
        R("locatedIn", "jableh", "latakia"),
        R("locatedIn", "latakia", "syria"),
        R("locatedIn", "beit_ana", "latakia", opt=True),
        R("locatedIn", "beit_ana", "syria", opt=True),
        R("locatedIn", "jableh", "syria", opt=True),
        R("spokespersonOf", "ahmad", "sy_mod"),
        R("locatedIn", "qardaha", "latakia"),
        R("memberOf", "deeb", "old_army"),
        R("leaderOf", "deeb", "council"),
        R("positionIn", "wallstrom", "un"),
        R("positionIn", "khatib", "syria"),
        R("leaderOf", "khatib", "sy_mod", opt=True),
        R("leaderOf", "shami", "latakia"),
        R("positionIn", "shami", "latakia", opt=True),
        R("partOf", "sy_army", "sy_mod", opt=True),
    ],
    events=[
        # the ambush on Thursday evening by unnamed gunmen: no agent
        V("Attack", target=["gen_sec"], place=[["beit_ana", "jableh", "latakia", "syria"]], date="2025-03-06",
          trigger="كمين"),
        V("Killing", target=["gen_sec"], place=[["beit_ana", "jableh", "latakia", "syria"]], date="2025-03-06",
          trigger="قتل"),
        # the army's operation from Friday dawn, in the countryside of Latakia and Tartus
        V("MilitaryOperation", agent=["sy_army"], place=["latakia", "tartus"], date="2025-03-07",
          trigger="عملية عسكرية"),
        V("MilitaryOperation", opt=True, place=["jableh"]),
        V("Attack", opt=True, agent=["sy_army"], place=["jableh"], date="2025-03"),
        V("Arrest", agent=["gen_sec"], target=["deeb"], place=[["qardaha", "latakia"]], date="2025-03-11",
          trigger="اعتقلت"),
        # the council "claimed attacks on the army's positions": vague, undated
        V("Attack", opt=True, agent=["council"], target=["sy_army"]),
        # more than 800 civilians killed on the coast since Thursday (no agent named)
        V("Killing", opt=True, place=["coast"], date="2025-03", trigger="قُتلوا"),
        V("Visit", agent=["khatib"], place=[["jableh", "latakia"]], date="2025-03-11", trigger="زار"),
        V("Meeting", agent=["khatib", "shami"], place=[["jableh", "latakia"]], date="2025-03-11", trigger="اجتمع"),
    ],
))

# ---------------------------------------------------------------- Sudan, Gezira / Wad Madani (2025-01-15, a Wednesday)
DOCS.append(dict(
    id="sd-gezira", published="2025-01-15",
    text="""أعلن الجيش السوداني، السبت، أن قواته دخلت مدينة ود مدني، عاصمة ولاية الجزيرة وسط السودان، واستعادت السيطرة عليها بعد أكثر من عام على سقوطها في يد قوات الدعم السريع في كانون الأول/ديسمبر 2023.

وقال قائد الفرقة الأولى مشاة التابعة للجيش، اللواء صلاح الدين حامد الطيب، إن العملية العسكرية التي أطلقها الجيش أواخر تشرين الثاني/نوفمبر الماضي انطلاقا من ولايتي سنار والقضارف أسفرت عن مقتل "المئات" من عناصر الدعم السريع وأسر العشرات منهم.

في المقابل، قصفت طائرات مسيّرة تابعة لقوات الدعم السريع، مساء الاثنين، محطة للكهرباء في مدينة سنار، ما أدى إلى انقطاع التيار عن أحياء واسعة منها، وفق مصادر محلية.

وأعلنت الشرطة السودانية، أمس، توقيف 47 شخصا في ود مدني بتهمة "التعاون" مع قوات الدعم السريع ونهب ممتلكات المواطنين خلال فترة سيطرتها على الولاية.

وزار رئيس مجلس السيادة الانتقالي القائد العام للجيش، الفريق أول عوض الكريم يوسف المهدي، المدينة، الاثنين، حيث التقى والي الجزيرة المكلف كمال عبد الرحمن بابكر، وتعهد بإعادة الخدمات الأساسية "في أقرب وقت".

وكان القائد الميداني في قوات الدعم السريع بولاية الجزيرة، عبد المنعم آدم كوكو، المعروف بـ"أبو ضفيرة"، قد أعلن في تشرين الأول/أكتوبر الماضي انشقاقه وانضمامه إلى الجيش، ما دفع الدعم السريع إلى شن هجمات انتقامية على قرى شرق الجزيرة قُتل فيها أكثر من 120 مدنيا، بحسب الأمم المتحدة.""",
    entities=[
        E("saf", "Organization", ["الجيش السوداني", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("madani", "Place", ["مدينة ود مدني", "ود مدني", "المدينة"], "Wad Madani", sub="City"),
        E("gezira", "Place", ["ولاية الجزيرة", "الجزيرة", "الولاية"], "Al Jazirah State", sub="Region"),
        E("sudan", "Place", ["السودان"], "Sudan", qid="Q1049", sub="Country"),
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع"], "Rapid Support Forces", sub="ArmedGroup"),
        E("div1", "Organization", ["الفرقة الأولى مشاة"], "1st Infantry Division (Sudan)", sub="ArmedForce"),
        E("tayeb", "Person", ["صلاح الدين حامد الطيب"], "Salah al-Din Hamid al-Tayeb"),
        E("sennar", "Place", ["سنار"], "Sennar State", sub="Region"),
        E("gedaref", "Place", ["القضارف"], "Gedaref State", sub="Region"),
        E("sennar_city", "Place", ["مدينة سنار"], "Sennar (city)", sub="City"),
        E("police", "Organization", ["الشرطة السودانية"], "Sudan Police Force", sub="GovernmentBody"),
        E("council", "Organization", ["مجلس السيادة الانتقالي"], "Transitional Sovereignty Council",
          sub="GovernmentBody"),
        E("mahdi", "Person", ["عوض الكريم يوسف المهدي"], "Awad al-Karim Yusuf al-Mahdi"),
        E("babiker", "Person", ["كمال عبد الرحمن بابكر"], "Kamal Abd al-Rahman Babiker"),
        E("koko", "Person", ["عبد المنعم آدم كوكو", "أبو ضفيرة"], "Abd al-Munim Adam Koko"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("locatedIn", "madani", "gezira"),
        R("locatedIn", "gezira", "sudan"),
        R("locatedIn", "madani", "sudan", opt=True),
        R("partOf", "div1", "saf"),
        R("leaderOf", "tayeb", "div1"),
        R("memberOf", "tayeb", "saf", opt=True),
        R("locatedIn", "sennar_city", "sennar", opt=True),
        R("leaderOf", "mahdi", "council"),
        R("leaderOf", "mahdi", "saf"),
        R("positionIn", "mahdi", "sudan", opt=True),
        R("leaderOf", "babiker", "gezira"),
        R("positionIn", "babiker", "gezira", opt=True),
        R("memberOf", "koko", "rsf"),
        R("memberOf", "koko", "saf"),
    ],
    events=[
        # the RSF took the city in December 2023 (a capture, no listed type: optional)
        V("Attack", opt=True, agent=["rsf"], place=["madani"], date="2023-12"),
        # the army's operation from late November; the entry into Wad Madani announced on Saturday
        V("MilitaryOperation", agent=["saf"], date="2024-11", trigger="العملية العسكرية"),
        V("MilitaryOperation", opt=True, target=["rsf"], place=[["madani", "gezira"], "sennar", "gedaref"],
          date="2025-01"),
        V("Killing", agent=["saf"], target=["rsf"], trigger="مقتل"),
        V("Arrest", agent=["saf"], target=["rsf"], trigger="أسر"),
        # RSF drones on Monday evening
        V("Strike", agent=["rsf"], place=[["sennar_city", "sennar"]], date="2025-01-13", trigger="قصفت"),
        # arrests announced yesterday (the act undated: month only)
        V("Arrest", agent=["police"], place=[["madani", "gezira"]], date="2025-01", trigger="توقيف"),
        V("Visit", agent=["mahdi"], place=[["madani", "gezira"]], date="2025-01-13", trigger="زار"),
        V("Meeting", agent=["mahdi", "babiker"], place=[["madani", "gezira"]], date="2025-01-13", trigger="التقى"),
        # the RSF revenge attacks on villages of eastern Gezira last October
        V("Attack", agent=["rsf"], place=["gezira"], date="2024-10", trigger="هجمات"),
        V("Killing", agent=["rsf"], place=["gezira"], date="2024-10", trigger="قُتل"),
    ],
))

# ---------------------------------------------------------------- Tunisia, Kasserine (2024-09-19, a Thursday)
DOCS.append(dict(
    id="tn-kasserine", published="2024-09-19",
    text="""قُتل جندي وأصيب اثنان آخران، الثلاثاء، في انفجار لغم أرضي استهدف دورية للجيش التونسي في جبل السلوم بولاية القصرين غربي تونس، قرب الحدود مع الجزائر، وفق ما أعلنت وزارة الدفاع الوطني.

وقال المتحدث باسم الوزارة، العقيد الهادي بن سالم العياري، إن وحدات الجيش ردّت بقصف مدفعي على مرتفعات الجبل، مؤكدا أن "عمليات التمشيط متواصلة لتعقب العناصر الإرهابية".

وتبنى تنظيم "جند الخلافة"، المبايع لتنظيم الدولة الإسلامية، الهجوم في بيان نشرته وكالة أعماق التابعة للتنظيم، قائلا إن عناصره زرعوا اللغم "في طريق دوريات الطاغوت".

وقال الناطق باسم الإدارة العامة للحرس الوطني، العقيد رياض عمار الفرجاني، إن وحدات الحرس اعتقلت، أمس الأربعاء، ثلاثة أشخاص في ولاية سيدي بوزيد المجاورة يشتبه في تقديمهم دعما لوجستيا لعناصر جند الخلافة المتحصنين في الجبال.

وزار وزير الدفاع التونسي عماد بن حميدة السالمي، أمس، مدينة القصرين، حيث تفقد الجنديين المصابين في المستشفى الجهوي، والتقى قائد جيش البر، اللواء منصف علي الرياحي، وعددا من قادة الوحدات المنتشرة في المنطقة.

وتتحصن في جبال الشعانبي والسلوم والمغيلة منذ عام 2012 مجموعات مسلحة أبرزها كتيبة عقبة بن نافع، المرتبطة بتنظيم القاعدة في بلاد المغرب الإسلامي، وكانت وحدات مشتركة من الجيش والحرس الوطني قد قتلت في آذار/مارس الماضي القيادي في الكتيبة يوسف الحامدي، المكنى "أبو أسامة الجزائري"، في كمين بجبل المغيلة.""",
    entities=[
        E("tn_army", "Organization", ["الجيش التونسي", "الجيش"], "Tunisian Army", sub="ArmedForce"),
        E("salloum", "Place", ["جبل السلوم", "السلوم", "الجبل"], "Jebel Salloum", sub="Region"),
        E("kasserine", "Place", ["ولاية القصرين", "القصرين"], "Kasserine Governorate", sub="Region"),
        E("tunisia", "Place", ["تونس"], "Tunisia", qid="Q948", sub="Country"),
        E("algeria", "Place", ["الجزائر"], "Algeria", qid="Q262", sub="Country"),
        E("tn_mod", "Organization", ["وزارة الدفاع الوطني", "الوزارة"], "Ministry of National Defence (Tunisia)",
          sub="GovernmentBody"),
        E("ayari", "Person", ["الهادي بن سالم العياري"], "al-Hadi bin Salim al-Ayari"),
        E("jund", "Organization", ["جند الخلافة"], "Jund al-Khilafa (Tunisia)", sub="ArmedGroup"),
        E("is", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("guard", "Organization", ["الإدارة العامة للحرس الوطني", "الحرس الوطني", "الحرس"],
          "National Guard (Tunisia)", sub="ArmedForce"),
        E("farjani", "Person", ["رياض عمار الفرجاني"], "Riyad Ammar al-Farjani"),
        E("sidi_bouzid", "Place", ["ولاية سيدي بوزيد", "سيدي بوزيد"], "Sidi Bouzid Governorate", sub="Region"),
        E("salmi", "Person", ["عماد بن حميدة السالمي"], "Imad bin Hamida al-Salmi"),
        E("kasserine_city", "Place", ["مدينة القصرين"], "Kasserine (city)", sub="City"),
        E("ground", "Organization", ["جيش البر"], "Tunisian Land Army", sub="ArmedForce"),
        E("riahi", "Person", ["منصف علي الرياحي"], "Munsif Ali al-Riahi"),
        E("chaambi", "Place", ["الشعانبي"], "Jebel Chaambi", sub="Region"),
        E("mghila", "Place", ["جبل المغيلة", "المغيلة"], "Jebel Mghila", sub="Region"),
        E("okba", "Organization", ["كتيبة عقبة بن نافع", "الكتيبة"], "Okba Ibn Nafaa Brigade", sub="ArmedGroup"),
        E("aqim", "Organization", ["تنظيم القاعدة في بلاد المغرب الإسلامي"], "al-Qaeda in the Islamic Maghreb",
          sub="ArmedGroup"),
        E("hamidi", "Person", ["يوسف الحامدي", "أبو أسامة الجزائري"], "Yusuf al-Hamidi"),
    ],
    relations=[
        R("locatedIn", "salloum", "kasserine"),
        R("locatedIn", "kasserine", "tunisia"),
        R("locatedIn", "salloum", "tunisia", opt=True),
        R("spokespersonOf", "ayari", "tn_mod"),
        R("affiliatedWith", "jund", "is"),
        R("partOf", "jund", "is", opt=True),
        R("partOf", "amaq", "is"),
        R("spokespersonOf", "farjani", "guard"),
        R("positionIn", "salmi", "tunisia"),
        R("leaderOf", "salmi", "tn_mod", opt=True),
        R("leaderOf", "riahi", "ground"),
        R("positionIn", "riahi", "ground", opt=True),
        R("partOf", "ground", "tn_army", opt=True),
        R("locatedIn", "kasserine_city", "kasserine", opt=True),
        R("affiliatedWith", "okba", "aqim"),
        R("partOf", "okba", "aqim", opt=True),
        R("memberOf", "hamidi", "okba"),
    ],
    events=[
        # the landmine on Tuesday, claimed by Jund al-Khilafa
        V("Attack", agent=["jund"], target=["tn_army"], place=[["salloum", "kasserine", "tunisia"]],
          date="2024-09-17", trigger="انفجار لغم"),
        V("Killing", agent=["jund"], target=["tn_army"], place=[["salloum", "kasserine", "tunisia"]],
          date="2024-09-17", trigger="قتل"),
        V("Attack", opt=True, agent=["is"]),
        # the army's shelling of the mountain (not dated by the text beyond the story)
        V("Strike", agent=["tn_army"], place=[["salloum", "kasserine"]], date="2024-09", trigger="قصف مدفعي"),
        V("Strike", opt=True, target=["jund"]),
        V("Arrest", agent=["guard"], place=["sidi_bouzid"], date="2024-09-18", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["jund"]),
        V("Visit", agent=["salmi"], place=[["kasserine_city", "kasserine"]], date="2024-09-18", trigger="زار"),
        V("Meeting", agent=["salmi", "riahi"], place=[["kasserine_city", "kasserine"]], date="2024-09-18",
          trigger="التقى"),
        # last March: army and National Guard killed an Okba commander in an ambush
        V("Killing", agent=["tn_army", "guard"], target=["hamidi"], place=["mghila"], date="2024-03",
          trigger="قتلت"),
        V("Killing", opt=True, target=["okba"]),
        V("Attack", opt=True, agent=["tn_army", "guard"], target=["hamidi", "okba"], place=["mghila"],
          date="2024-03"),
    ],
))

# ---------------------------------------------------------------- Somalia, Baidoa (2026-03-05, a Thursday)
DOCS.append(dict(
    id="so-baidoa", published="2026-03-05",
    text="""قُتل تسعة أشخاص على الأقل، بينهم ثلاثة جنود، وأصيب أكثر من 20 آخرين، مساء الثلاثاء، في تفجير انتحاري بسيارة مفخخة استهدف مدخل قاعدة تتمركز فيها قوات بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوصوم) في مدينة بيدوا، عاصمة ولاية جنوب غرب الصومال، وفق مصادر أمنية.

وتبنت حركة الشباب المجاهدين، المرتبطة بتنظيم القاعدة، الهجوم في بيان بثته إذاعة الأندلس التابعة لها، قائلة إن أحد عناصرها نفذ العملية وقتل "العشرات من الغزاة والمرتدين".

وقال رئيس الولاية، عبد العزيز محمد حسن، في مؤتمر صحفي في بيدوا، إن عناصر من جهاز المخابرات والأمن الوطني اعتقلوا، الأربعاء، أربعة مشتبه بهم في أحد أحياء المدينة، بينهم رجل يعتقد أنه أدخل السيارة المفخخة من بلدة بورهكابا المجاورة.

وكان الجيش الصومالي قد قتل، الأسبوع الماضي، القيادي في حركة الشباب آدم عثمان ورسمي، المعروف بـ"أبو حفص البيدوي"، مع خمسة من مرافقيه في عملية عسكرية قرب بورهكابا، بحسب وكالة الأنباء الصومالية الرسمية (صونا).

وفي العاصمة مقديشو، التقى وزير الدفاع الصومالي حسن عبدي نور، أمس، قائد قوات أوصوم، الجنرال صامويل كاتو موانجي، وبحثا تعزيز الدفاعات حول القواعد العسكرية في إقليم باي تحسبا لهجمات جديدة.

وتقاتل الحركة منذ عام 2007 للإطاحة بالحكومة الفدرالية في الصومال، وقد سيطرت لسنوات على بيدوا قبل أن تطردها منها القوات الإثيوبية عام 2012، فيما تتهمها الأمم المتحدة بتجنيد الأطفال في مناطق سيطرتها بإقليم باي.""",
    entities=[
        E("aussom", "Organization", ["بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال", "أوصوم"],
          "African Union Support and Stabilization Mission in Somalia"),
        E("baidoa", "Place", ["مدينة بيدوا", "بيدوا", "المدينة"], "Baidoa", sub="City"),
        E("sws", "Place", ["ولاية جنوب غرب الصومال", "الولاية"], "South West State of Somalia", sub="Region"),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "حركة الشباب", "الحركة"], "al-Shabaab",
          sub="ArmedGroup"),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("andalus", "Organization", ["إذاعة الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("hassan", "Person", ["عبد العزيز محمد حسن"], "Abd al-Aziz Muhammad Hassan"),
        E("nisa", "Organization", ["جهاز المخابرات والأمن الوطني"], "National Intelligence and Security Agency",
          sub="GovernmentBody"),
        E("burhakaba", "Place", ["بلدة بورهكابا", "بورهكابا"], "Burhakaba", sub="City"),
        E("so_army", "Organization", ["الجيش الصومالي"], "Somali National Army", sub="ArmedForce"),
        E("warsame", "Person", ["آدم عثمان ورسمي", "أبو حفص البيدوي"], "Adam Uthman Warsame"),
        E("sonna", "Organization", ["وكالة الأنباء الصومالية", "صونا"], "Somali National News Agency",
          sub="MediaOrganization", opt=True),
        E("mogadishu", "Place", ["مقديشو", "العاصمة"], "Mogadishu", sub="City"),
        E("nour", "Person", ["حسن عبدي نور"], "Hassan Abdi Nur"),
        E("mwangi", "Person", ["صامويل كاتو موانجي"], "Samuel Kato Mwangi"),
        E("bay", "Place", ["إقليم باي", "باي"], "Bay Region", sub="Region"),
        E("fgs", "Organization", ["الحكومة الفدرالية"], "Federal Government of Somalia", sub="GovernmentBody",
          opt=True),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("eth_forces", "Organization", ["القوات الإثيوبية"], "Ethiopian National Defense Force", sub="ArmedForce"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
    ],
    relations=[
        R("locatedIn", "baidoa", "sws"),
        R("locatedIn", "sws", "somalia", opt=True),
        R("affiliatedWith", "shabaab", "aq"),
        R("partOf", "shabaab", "aq", opt=True),
        R("partOf", "andalus", "shabaab"),
        R("leaderOf", "hassan", "sws"),
        R("positionIn", "hassan", "sws", opt=True),
        R("memberOf", "warsame", "shabaab"),
        R("positionIn", "nour", "somalia"),
        R("leaderOf", "mwangi", "aussom"),
        R("locatedIn", "mogadishu", "somalia", opt=True),
    ],
    events=[
        # the suicide car bomb on Tuesday evening, claimed by al-Shabaab
        V("Attack", agent=["shabaab"], target=["aussom"], place=[["baidoa", "sws"]], date="2026-03-03",
          trigger="تفجير انتحاري"),
        V("Killing", agent=["shabaab"], place=[["baidoa", "sws"]], date="2026-03-03", trigger="قتل"),
        V("Killing", opt=True, target=["aussom"]),
        # arrests on Wednesday, told by the state president
        V("Arrest", agent=["nisa"], place=["baidoa"], date="2026-03-04", trigger="اعتقلوا"),
        # last week = 23 February to 1 March: only the year is certain
        V("Killing", agent=["so_army"], target=["warsame"], place=["burhakaba"], date="2026", trigger="قتل"),
        V("Killing", opt=True, target=["shabaab"]),
        V("MilitaryOperation", opt=True, agent=["so_army"], target=["shabaab"], place=["burhakaba"], date="2026"),
        V("Meeting", agent=["nour", "mwangi"], place=["mogadishu"], date="2026-03-04", trigger="التقى"),
        # Ethiopian forces drove the movement out of Baidoa in 2012
        V("MilitaryOperation", opt=True, agent=["eth_forces"], target=["shabaab"], place=["baidoa"], date="2012"),
        V("Attack", opt=True, agent=["eth_forces"], target=["shabaab"], place=["baidoa"], date="2012"),
    ],
))

# ---------------------------------------------------------------- Iran–Iraq, Kurdish opposition groups (2024-07-24, a Wednesday)
DOCS.append(dict(
    id="ir-tehran", published="2024-07-24",
    text="""التقى مستشار الأمن القومي العراقي كريم جاسم الساعدي، أمس الثلاثاء في طهران، أمين المجلس الأعلى للأمن القومي الإيراني مهدي رضا شريفي، وبحثا تنفيذ الاتفاق الأمني الموقع بين العراق وإيران في آذار/مارس 2023 بشأن الجماعات الكردية الإيرانية المعارضة المتمركزة في إقليم كردستان العراق.

وكان الساعدي قد وصل إلى العاصمة الإيرانية، الاثنين، في زيارة رسمية على رأس وفد أمني يضم مسؤولين من حكومة إقليم كردستان، هي الأولى له منذ توليه منصبه مطلع العام الجاري.

وقال المتحدث باسم وزارة الخارجية الإيرانية، حسين علي نادري، في مؤتمره الصحفي الأسبوعي، إن طهران "تنتظر خطوات عملية" من بغداد لنزع سلاح هذه الجماعات، وفي مقدمتها الحزب الديمقراطي الكردستاني الإيراني وحزب كومله، وإبعاد مقراتها عن الحدود المشتركة.

وكان الحرس الثوري الإيراني قد شن في أيلول/سبتمبر 2022 هجمات بالصواريخ والطائرات المسيّرة على مقرات لهذه الأحزاب قرب بلدة كويسنجق في محافظة أربيل، ما أسفر عن مقتل 13 شخصا، بينهم امرأة حامل.

وفي السليمانية، أعلنت مديرية الأسايش، الأحد، اعتقال اثنين من عناصر حزب كومله بتهمة نقل أسلحة من مخيم زركويز إلى منطقة حدودية، في خطوة قالت إنها تأتي "التزاما بالاتفاق".

وكان قائد القوات البرية للحرس الثوري، العميد محمد كريم باكزاد، قد زار بغداد الشهر الماضي على رأس وفد عسكري، والتقى رئيس أركان الجيش العراقي الفريق أول ركن عبد الأمير رشيد اللامي، وبحثا ضبط الحدود.""",
    entities=[
        E("saadi", "Person", ["كريم جاسم الساعدي", "الساعدي"], "Karim Jasim al-Saadi"),
        E("tehran", "Place", ["طهران", "العاصمة الإيرانية"], "Tehran", qid="Q3616", sub="City", alt=["Organization"]),
        E("snsc", "Organization", ["المجلس الأعلى للأمن القومي الإيراني"], "Supreme National Security Council (Iran)",
          sub="GovernmentBody"),
        E("sharifi", "Person", ["مهدي رضا شريفي"], "Mahdi Riza Sharifi"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country"),
        E("kurdistan", "Place", ["إقليم كردستان العراق", "إقليم كردستان"], "Kurdistan Region", sub="Region"),
        E("krg", "Organization", ["حكومة إقليم كردستان"], "Kurdistan Regional Government", sub="GovernmentBody"),
        E("ir_mfa", "Organization", ["وزارة الخارجية الإيرانية"], "Ministry of Foreign Affairs (Iran)",
          sub="GovernmentBody"),
        E("naderi", "Person", ["حسين علي نادري"], "Husayn Ali Naderi"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City", alt=["Organization"]),
        E("kdpi", "Organization", ["الحزب الديمقراطي الكردستاني الإيراني"], "Democratic Party of Iranian Kurdistan",
          sub="PoliticalOrganization"),
        E("komala", "Organization", ["حزب كومله", "كومله"], "Komala", sub="PoliticalOrganization"),
        E("irgc", "Organization", ["الحرس الثوري الإيراني", "الحرس الثوري"], "Islamic Revolutionary Guard Corps",
          sub="ArmedForce"),
        E("koya", "Place", ["بلدة كويسنجق", "كويسنجق"], "Koya", sub="City"),
        E("erbil", "Place", ["محافظة أربيل", "أربيل"], "Erbil Governorate", sub="Region"),
        E("sulaymaniyah", "Place", ["السليمانية"], "Sulaymaniyah", sub="City"),
        E("asayish", "Organization", ["مديرية الأسايش"], "Asayish Directorate (Sulaymaniyah)",
          sub="GovernmentBody"),
        E("zarkwez", "Place", ["مخيم زركويز", "زركويز"], "Zarkwez camp"),
        E("ground", "Organization", ["القوات البرية للحرس الثوري"], "IRGC Ground Forces", sub="ArmedForce"),
        E("pakzad", "Person", ["محمد كريم باكزاد"], "Muhammad Karim Pakzad"),
        E("iq_army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("lami", "Person", ["عبد الأمير رشيد اللامي"], "Abd al-Amir Rashid al-Lami"),
    ],
    relations=[
        R("positionIn", "saadi", "iraq"),
        R("positionIn", "sharifi", "snsc"),
        R("leaderOf", "sharifi", "snsc", opt=True),
        R("positionIn", "sharifi", "iran", opt=True),
        R("locatedIn", "kurdistan", "iraq", opt=True),
        R("locatedIn", "tehran", "iran", opt=True),
        R("spokespersonOf", "naderi", "ir_mfa"),
        R("locatedIn", "koya", "erbil"),
        R("locatedIn", "erbil", "kurdistan", opt=True),
        R("leaderOf", "pakzad", "ground"),
        R("partOf", "ground", "irgc"),
        R("leaderOf", "lami", "iq_army"),
        R("positionIn", "lami", "iq_army", opt=True),
    ],
    events=[
        V("Meeting", agent=["saadi", "sharifi"], place=["tehran"], date="2024-07-23", trigger="التقى"),
        V("Visit", agent=["saadi"], place=["tehran"], date="2024-07-22", trigger="وصل"),
        V("Visit", opt=True, agent=["krg"]),
        # September 2022: IRGC missiles and drones on the parties' bases near Koya
        V("Strike", agent=["irgc"], place=[["koya", "erbil"]], date="2022-09", trigger="هجمات"),
        V("Strike", opt=True, target=["kdpi", "komala"]),
        V("Killing", agent=["irgc"], place=[["koya", "erbil"]], date="2022-09", trigger="مقتل"),
        # arrests announced on Sunday (the act undated: month only)
        V("Arrest", agent=["asayish"], target=["komala"], place=["sulaymaniyah"], date="2024-07", trigger="اعتقال"),
        # last month
        V("Visit", agent=["pakzad"], place=["baghdad"], date="2024-06", trigger="زار"),
        V("Visit", opt=True, agent=["irgc", "ground"]),
        V("Meeting", agent=["pakzad", "lami"], place=["baghdad"], date="2024-06", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- West Bank, Tulkarm (2025-02-06, a Thursday)
DOCS.append(dict(
    id="ps-tulkarm", published="2025-02-06",
    text="""قُتل ثلاثة فلسطينيين، فجر أمس الأربعاء، برصاص الجيش الإسرائيلي خلال اقتحامه مخيم نور شمس شرقي مدينة طولكرم شمالي الضفة الغربية، وفق ما أعلنت وزارة الصحة الفلسطينية.

وقال الجيش الإسرائيلي في بيان إن بين القتلى القيادي في "كتيبة طولكرم" التابعة لسرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، سامر يوسف عودة، المعروف بـ"أبو الليث"، متهما إياه بالتخطيط لهجمات ضد مستوطنات في المنطقة.

في المقابل، أعلنت كتيبة طولكرم أن مقاتليها فجروا عبوة ناسفة بآلية عسكرية إسرائيلية عند مدخل المخيم، وخاضوا اشتباكات مع القوات المقتحمة.

وتأتي العملية ضمن الحملة العسكرية التي يطلق عليها الجيش الإسرائيلي اسم "السور الحديدي"، والتي بدأت في مخيم جنين في 21 كانون الثاني/يناير الماضي قبل أن تمتد إلى طولكرم بعد ستة أيام، واعتقلت خلالها القوات الإسرائيلية أكثر من 90 فلسطينيا في المدينة، بحسب نادي الأسير الفلسطيني.

والتقى محافظ طولكرم عبد الحكيم سليم دراغمة، أمس، في المدينة وفدا من وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا) برئاسة مديرة عمليات الوكالة في الضفة الغربية، إيلينا ماركوفا، وبحثا أوضاع آلاف النازحين من المخيم.

وكان وزير الدفاع الإسرائيلي موشيه بن عامي قد زار مخيم جنين، الأحد الماضي، وأعلن أن القوات الإسرائيلية ستبقى في المخيمات "بعد انتهاء العملية"، فيما تقول إسرائيل إن الحملة تستهدف "البنية التحتية للإرهاب" المدعومة من إيران.""",
    entities=[
        E("idf", "Organization", ["الجيش الإسرائيلي", "القوات الإسرائيلية"], "Israel Defense Forces",
          sub="ArmedForce"),
        E("nur_shams", "Place", ["مخيم نور شمس", "نور شمس", "المخيم"], "Nur Shams camp", sub="City"),
        E("tulkarm", "Place", ["مدينة طولكرم", "طولكرم", "المدينة"], "Tulkarm", sub="City"),
        E("westbank", "Place", ["الضفة الغربية"], "West Bank", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health", sub="GovernmentBody"),
        E("tk_battalion", "Organization", ["كتيبة طولكرم"], "Tulkarm Battalion", sub="ArmedGroup"),
        E("saraya", "Organization", ["سرايا القدس"], "al-Quds Brigades", sub="ArmedGroup"),
        E("pij", "Organization", ["حركة الجهاد الإسلامي"], "Palestinian Islamic Jihad", sub="ArmedGroup"),
        E("odeh", "Person", ["سامر يوسف عودة", "أبو الليث"], "Samir Yusuf Odeh"),
        E("jenin_camp", "Place", ["مخيم جنين"], "Jenin camp", sub="City"),
        E("prisoners", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Society"),
        E("daraghmeh", "Person", ["عبد الحكيم سليم دراغمة"], "Abd al-Hakim Salim Daraghmeh"),
        E("unrwa", "Organization", ["وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين", "أونروا", "الوكالة"],
          "UNRWA"),
        E("markova", "Person", ["إيلينا ماركوفا"], "Elena Markova"),
        E("benami", "Person", ["موشيه بن عامي"], "Moshe Ben Ami"),
        E("israel", "Place", ["إسرائيل"], "Israel", qid="Q801", sub="Country", alt=["Organization"]),
        E("iran", "Place", ["إيران"], "Iran", qid="Q794", sub="Country", alt=["Organization"]),
    ],
    relations=[
        R("locatedIn", "nur_shams", "tulkarm"),
        R("locatedIn", "tulkarm", "westbank"),
        R("locatedIn", "nur_shams", "westbank", opt=True),
        R("memberOf", "odeh", "tk_battalion"),
        R("memberOf", "odeh", "saraya", opt=True),
        R("partOf", "tk_battalion", "saraya"),
        R("partOf", "saraya", "pij"),
        R("leaderOf", "daraghmeh", "tulkarm"),
        R("positionIn", "daraghmeh", "tulkarm", opt=True),
        R("positionIn", "markova", "unrwa"),
        R("leaderOf", "markova", "unrwa", opt=True),
        R("positionIn", "benami", "israel"),
        R("partOf", "idf", "israel", opt=True),
        R("locatedIn", "jenin_camp", "westbank", opt=True),
    ],
    events=[
        # three killed by the army's fire at dawn yesterday; the army names a commander among them
        V("Killing", agent=["idf"], target=["odeh"], place=[["nur_shams", "tulkarm", "westbank"]],
          date="2025-02-05", trigger="قُتل"),
        V("Killing", opt=True, target=["tk_battalion"]),
        V("Attack", opt=True, agent=["idf"], place=[["nur_shams", "tulkarm"]], date="2025-02-05"),
        # the battalion's claim: the act itself is not dated
        V("Attack", agent=["tk_battalion"], target=["idf"], place=[["nur_shams", "tulkarm"]], trigger="فجروا"),
        V("Attack", opt=True, date="2025-02"),
        # "Iron Wall": began in Jenin camp on 21 January, extended to Tulkarm six days later
        V("MilitaryOperation", name="السور الحديدي", agent=["idf"], place=["jenin_camp", "tulkarm"],
          date="2025-01-21", trigger="الحملة العسكرية"),
        V("MilitaryOperation", opt=True, date="2025-01-27"),
        # arrests during the campaign in Tulkarm (27 January to 5 February: only the year is certain)
        V("Arrest", agent=["idf"], place=["tulkarm"], date="2025", trigger="اعتقلت"),
        V("Meeting", agent=["daraghmeh", "markova"], place=["tulkarm"], date="2025-02-05", trigger="التقى"),
        V("Meeting", opt=True, agent=["unrwa"]),
        V("Visit", agent=["benami"], place=["jenin_camp"], date="2025-02-02", trigger="زار"),
    ],
))
