"""Hand annotations of the ninth training set (see eval/train9/README.md).

Articles written for the project in the style of Arabic wire and newspaper copy of 2014-2016 and of
today, centred on events: a dateline with the agency or newspaper credit and sometimes a byline,
long sentences of several clauses, reported speech two deep, claims of responsibility, unknown
gunmen, car bombs, suicide bombers, coalition air strikes, shelling, assassinations, kidnappings,
security-service arrests and raids, operations to retake towns, visits (وصل إلى، حطّ رحاله، حطت
طائرة) and meetings (أجرى مباحثات مع، استقبل، بحث مع، التقى، اجتماع ضم), passive voice, counted
victims and dates of every kind. Persons are invented; organisations and places are real.
``build_train9.py`` turns this into eval/train9.jsonl (spans computed, every mention checked against
the text). In event roles a nested list is a set of alternatives: any one satisfies it. An event
with ``optional`` only carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Baqubah (2014-09-18, a Thursday)
DOCS.append(dict(
    id="t9-iq-diyala", published="2014-09-18",
    text="""بعقوبة - رويترز:

قتل تسعة أشخاص على الأقل وأصيب أكثر من عشرين آخرين، مساء أمس الأربعاء، بانفجار سيارة مفخخة ركنت قرب سوق شعبي وسط مدينة بعقوبة، مركز محافظة ديالى شرقي العراق، وفق ما أفادت به مصادر أمنية وطبية.

وقال ضابط في شرطة ديالى، طلب عدم الكشف عن اسمه، إن "السيارة كانت محملة بنحو مئة كيلوغرام من المتفجرات، وقد فجرت عن بعد لحظة اكتظاظ السوق بالمتسوقين". ولم تتبن أي جهة التفجير حتى الآن، غير أن تنظيم الدولة الإسلامية سبق أن تبنى هجمات مماثلة في المحافظة.

وفي سياق متصل، ذكر مصدر في قيادة عمليات دجلة أن قوة مشتركة من الجيش العراقي والحشد الشعبي تمكنت فجر اليوم من اعتقال خمسة مطلوبين يشتبه بتورطهم في التفجير، خلال عملية دهم وتفتيش في ناحية بهرز جنوب بعقوبة.

من جانبه، حطّ محافظ ديالى، عامر الخزرجي، رحاله في موقع الانفجار بعد ساعات من وقوعه، وتعهد بـ"ملاحقة الجناة أينما كانوا"، فيما أعلنت الحكومة المحلية الحداد ثلاثة أيام.""",
    entities=[
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("baquba", "Place", ["مدينة بعقوبة", "بعقوبة"], "Baqubah", sub="City"),
        E("diyala", "Place", ["محافظة ديالى", "ديالى", "المحافظة"], "Diyala Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("police", "Organization", ["شرطة ديالى"], "Diyala police", sub="ArmedForce", opt=True),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("dijla", "Organization", ["قيادة عمليات دجلة"], "Tigris Operations Command", sub="ArmedForce"),
        E("army", "Organization", ["الجيش العراقي"], "Iraqi Army", sub="ArmedForce"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("bahraz", "Place", ["ناحية بهرز", "بهرز"], "Buhriz", sub="City"),
        E("khazraji", "Person", ["عامر الخزرجي"], "Amer al-Khazraji"),
        E("localgov", "Organization", ["الحكومة المحلية"], "Diyala local government", sub="GovernmentBody",
          opt=True),
    ],
    relations=[
        R("locatedIn", "baquba", "diyala"),                  # مدينة بعقوبة، مركز محافظة ديالى
        R("locatedIn", "diyala", "iraq"),                    # شرقي العراق
        R("locatedIn", "baquba", "iraq", opt=True),
        R("locatedIn", "bahraz", "baquba"),                  # ناحية بهرز جنوب بعقوبة
        R("leaderOf", "khazraji", "diyala"),                 # محافظ ديالى، عامر الخزرجي
    ],
    events=[
        # the car bomb in the market yesterday evening (nobody has claimed it)
        V("Attack", place=[["baquba", "diyala"]], date="2014-09-17", trigger="بانفجار"),
        V("Killing", place=[["baquba", "diyala"]], date="2014-09-17", trigger="قتل"),
        # five wanted men arrested at dawn today in Buhriz
        V("Arrest", agent=["army", "pmf"], place=[["bahraz", "baquba"]], date="2014-09-18", trigger="اعتقال"),
        V("Arrest", opt=True, agent=["dijla"]),
        # the governor at the site of the blast, hours after it
        V("Visit", agent=["khazraji"], place=["baquba"], trigger="حطّ"),
        V("Visit", opt=True, date="2014-09"),
    ],
))

# ---------------------------------------------------------------- Syria, Raqqa (2016-05-30, a Monday)
DOCS.append(dict(
    id="t9-sy-raqqa", published="2016-05-30",
    text="""عين العرب (كوباني) - أ ف ب، الأناضول:

شنّت طائرات التحالف الدولي بقيادة الولايات المتحدة، ليل السبت - الأحد، أكثر من 15 غارة جوية استهدفت مواقع لتنظيم «داعش» في مدينة الرقة وريفها الشمالي، بالتزامن مع هجوم واسع أطلقته قوات سوريا الديمقراطية الثلاثاء الماضي لطرد التنظيم من قرى وبلدات شمال المحافظة.

ونقل المرصد السوري لحقوق الإنسان عن مصادر محلية قولها إن الغارات طالت مقرات ومستودعات أسلحة قرب دوار النعيم وسط المدينة، وأوقعت ما لا يقل عن 11 قتيلا في صفوف عناصر التنظيم.

وأوضح جوان إبراهيم، القيادي في قوات سوريا الديمقراطية، أن مقاتليه تمكنوا من انتزاع السيطرة على خمس قرى قرب بلدة عين عيسى، وأن المعارك تدور حاليا "على بعد نحو 40 كيلومترا من الرقة".

في غضون ذلك، عثر سكان في مدينة تل أبيض على جثة رجل دين مقرب من الإدارة الذاتية الكردية، يدعى الشيخ حمود العلي، بعد يوم من اختطافه على يد مسلحين مجهولين لم تعرف هويتهم، وقد بدت على جثته آثار طلقات نارية في الرأس.""",
    entities=[
        E("kobani", "Place", ["عين العرب", "كوباني"], "Kobani", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization", opt=True),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against Daesh", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("isis", "Organization", ["داعش", "تنظيم «داعش»", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة", "المدينة"], "Raqqa", sub="City"),
        E("raqqagov", "Place", ["المحافظة"], "Raqqa Governorate", sub="Region", opt=True),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان"], "Syrian Observatory for Human Rights"),
        E("naim", "Place", ["دوار النعيم"], "al-Naim roundabout", opt=True),
        E("ibrahim", "Person", ["جوان إبراهيم"], "Jwan Ibrahim"),
        E("ainissa", "Place", ["بلدة عين عيسى", "عين عيسى"], "Ain Issa", sub="City"),
        E("talabyad", "Place", ["مدينة تل أبيض", "تل أبيض"], "Tal Abyad", sub="City"),
        E("admin", "Organization", ["الإدارة الذاتية الكردية"], "Kurdish Autonomous Administration",
          sub="GovernmentBody"),
        E("ali", "Person", ["حمود العلي"], "Hammoud al-Ali"),
    ],
    relations=[
        R("leaderOf", "us", "coalition"),                    # التحالف الدولي بقيادة الولايات المتحدة
        R("memberOf", "us", "coalition", opt=True),
        R("memberOf", "ibrahim", "sdf"),                     # القيادي في قوات سوريا الديمقراطية
        R("affiliatedWith", "ali", "admin"),                 # مقرب من الإدارة الذاتية
        R("locatedIn", "naim", "raqqa", opt=True),
        R("locatedIn", "raqqa", "raqqagov", opt=True),
    ],
    events=[
        # the coalition's raids on Raqqa in the night from Saturday to Sunday, 11 IS dead
        V("Strike", agent=[["coalition", "us"]], target=["isis"], place=["raqqa"], date="2016-05",
          trigger="غارة"),
        V("Strike", opt=True, place=["naim"], date="2016-05-28"),
        V("Killing", agent=[["coalition", "us"]], target=["isis"], place=["raqqa"], date="2016-05",
          trigger="وأوقعت"),
        # the SDF offensive launched last Tuesday in the north of the governorate
        V("MilitaryOperation", agent=["sdf"], target=["isis"], place=[["raqqagov", "raqqa"]],
          date="2016-05-24", trigger="هجوم"),
        V("Attack", opt=True, agent=["sdf"], target=["isis"], place=["ainissa"]),
        # a cleric found dead in Tal Abyad a day after unknown gunmen kidnapped him
        V("Killing", target=["ali"], place=["talabyad"], trigger="جثة"),
    ],
))

# ---------------------------------------------------------------- Yemen, Taiz (2016-01-14, a Thursday)
DOCS.append(dict(
    id="t9-ye-taiz", published="2016-01-14",
    text="""تعز - «الشرق الأوسط» - من محمد الصبري:

لقي ستة مدنيين، بينهم ثلاثة أطفال، حتفهم، وأصيب 14 آخرون، أمس الأربعاء، جراء قصف مدفعي عنيف شنته ميليشيات الحوثي على أحياء سكنية في مدينة تعز، بحسب ما أكده مسؤول في المجلس العسكري للمقاومة الشعبية بالمدينة.

وقال المسؤول، عبد الحكيم الشرعبي، إن القذائف سقطت على حي الجحملية وسوق الشنيني المكتظ، مضيفا أن رجال المقاومة ردوا بمهاجمة مواقع الميليشيات في تبة السلال وكبدوها خسائر فادحة.

إلى ذلك، شن طيران التحالف العربي بقيادة السعودية سلسلة غارات فجر اليوم على معسكرات في محيط العاصمة صنعاء، وفق ما ذكره سكان لـ«الشرق الأوسط».

سياسيا، وصل المبعوث الأممي الخاص إلى اليمن، جمال ولد داداه، إلى العاصمة السعودية الرياض مساء الثلاثاء، في مستهل جولة إقليمية، وأجرى أمس مباحثات مع وزير الخارجية اليمني، صالح الحميري، تناولت ترتيبات جولة جديدة من المشاورات.""",
    entities=[
        E("awsat", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("sabri", "Person", ["محمد الصبري"], "Mohammed al-Sabri", opt=True),
        E("taiz", "Place", ["مدينة تعز", "تعز", "المدينة"], "Taiz", sub="City"),
        E("houthis", "Organization", ["ميليشيات الحوثي", "الميليشيات"], "Houthis", sub="ArmedGroup"),
        E("council", "Organization", ["المجلس العسكري للمقاومة الشعبية"], "Military Council of the Popular Resistance",
          sub="ArmedGroup"),
        E("resistance", "Organization", ["المقاومة"], "Popular Resistance", sub="ArmedGroup"),
        E("sharabi", "Person", ["عبد الحكيم الشرعبي"], "Abdulhakim al-Sharabi"),
        E("jahmaliya", "Place", ["حي الجحملية"], "al-Jahmaliya", sub="City"),
        E("shanini", "Place", ["سوق الشنيني"], "al-Shanini market", opt=True),
        E("salal", "Place", ["تبة السلال"], "al-Salal hill", opt=True),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("sanaa", "Place", ["صنعاء"], "Sanaa", qid="Q2471", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("envoy", "Person", ["جمال ولد داداه"], "Jamal Ould Dadah"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("humairi", "Person", ["صالح الحميري"], "Saleh al-Humairi"),
    ],
    relations=[
        R("memberOf", "sharabi", "council"),                 # مسؤول في المجلس العسكري
        R("locatedIn", "jahmaliya", "taiz", opt=True),
        R("locatedIn", "salal", "taiz", opt=True),
        R("leaderOf", "saudi", "coalition"),                 # التحالف العربي بقيادة السعودية
        R("memberOf", "saudi", "coalition", opt=True),
        R("positionIn", "envoy", "yemen", opt=True),         # المبعوث الأممي الخاص إلى اليمن
        R("positionIn", "humairi", "yemen"),                 # وزير الخارجية اليمني
        R("partOf", "council", "resistance", opt=True),
    ],
    events=[
        # Houthi shelling of Taiz yesterday, six civilians dead
        V("Strike", agent=["houthis"], place=[["taiz", "jahmaliya", "shanini"]], date="2016-01-13",
          trigger="قصف"),
        V("Attack", opt=True, agent=["houthis"], place=["taiz"], date="2016-01-13"),
        V("Killing", agent=["houthis"], place=[["taiz", "jahmaliya"]], date="2016-01-13", trigger="حتفهم"),
        # the resistance hits back at al-Salal hill
        V("Attack", agent=["resistance"], target=["houthis"], place=[["salal", "taiz"]], trigger="بمهاجمة"),
        V("Attack", opt=True, date="2016-01-13", agent=["council"]),
        # the coalition's raids around Sanaa at dawn today
        V("Strike", agent=[["coalition", "saudi"]], place=["sanaa"], date="2016-01-14", trigger="غارات"),
        # the UN envoy in Riyadh on Tuesday evening, talks with the Yemeni foreign minister yesterday
        V("Visit", agent=["envoy"], place=["riyadh"], date="2016-01-12", trigger="وصل"),
        V("Meeting", agent=["envoy", "humairi"], date="2016-01-13", trigger="مباحثات"),
        V("Meeting", opt=True, place=["riyadh"]),
    ],
))

# ---------------------------------------------------------------- Egypt, al-Arish (2015-09-10, a Thursday)
DOCS.append(dict(
    id="t9-eg-arish", published="2015-09-10",
    text="""العريش - «المصري اليوم»:

اغتال مسلحون مجهولون، صباح أمس، ضابطا برتبة مقدم في الشرطة المصرية أمام منزله بحي المساعيد غربي مدينة العريش، عاصمة محافظة شمال سيناء، حين أمطروا سيارته بوابل من الرصاص قبل أن يلوذوا بالفرار، وفق ما أفاد مصدر أمني.

وأوضح المصدر أن الضابط، ويدعى هشام عبد المنعم، كان يعمل في إدارة البحث الجنائي بالمحافظة، وأنه فارق الحياة متأثرا بجراحه لدى وصوله إلى المستشفى. وتبنت جماعة «ولاية سيناء»، الفرع المحلي لتنظيم الدولة، العملية في بيان تداولته حسابات مؤيدة لها على مواقع التواصل.

ويأتي الهجوم بعد يومين من إطلاق القوات المسلحة المصرية عملية عسكرية واسعة أطلقت عليها اسم «حق الشهيد» لتطهير مناطق رفح والشيخ زويد من العناصر المسلحة.

وفي القاهرة، أعلنت وزارة الداخلية أن قطاع الأمن الوطني ضبط خلية من سبعة عناصر تنتمي لجماعة الإخوان المسلمين بمنطقة المطرية، كانت "تعد لاستهداف أبراج الكهرباء".""",
    entities=[
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("masry", "Organization", ["المصري اليوم"], "Al-Masry Al-Youm", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة المصرية"], "Egyptian National Police", sub="ArmedForce"),
        E("masaid", "Place", ["حي المساعيد"], "al-Masaid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "المحافظة"], "North Sinai Governorate", sub="Region"),
        E("moneim", "Person", ["هشام عبد المنعم"], "Hisham Abdel Moneim"),
        E("cid", "Organization", ["إدارة البحث الجنائي"], "Criminal Investigation Department",
          sub="GovernmentBody", opt=True),
        E("wsinai", "Organization", ["ولاية سيناء", "جماعة «ولاية سيناء»"], "Sinai Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("army", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية"], "Egyptian Ministry of Interior", sub="GovernmentBody"),
        E("nsa", "Organization", ["قطاع الأمن الوطني"], "National Security Agency", sub="GovernmentBody"),
        E("brotherhood", "Organization", ["جماعة الإخوان المسلمين"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("matariya", "Place", ["منطقة المطرية"], "al-Matariya", sub="City"),
    ],
    relations=[
        R("locatedIn", "masaid", "arish"),                   # حي المساعيد غربي مدينة العريش
        R("locatedIn", "arish", "nsinai"),                   # عاصمة محافظة شمال سيناء
        R("memberOf", "moneim", "police", opt=True),
        R("memberOf", "moneim", "cid", opt=True),
        R("partOf", "wsinai", "isis"),                       # الفرع المحلي لتنظيم الدولة
        R("partOf", "nsa", "moi", opt=True),
        R("locatedIn", "matariya", "cairo"),                 # وفي القاهرة ... بمنطقة المطرية
    ],
    events=[
        # the officer shot dead yesterday morning outside his home; Sinai Province claimed it
        V("Killing", agent=[["wsinai", "isis"]], target=[["moneim", "police"]], place=[["masaid", "arish"]],
          date="2015-09-09", trigger="اغتال"),
        V("Attack", agent=[["wsinai", "isis"]], target=[["moneim", "police"]], place=[["masaid", "arish"]],
          date="2015-09-09", trigger="الهجوم"),
        # Operation Martyr's Right, launched two days before, in Rafah and Sheikh Zuweid
        V("MilitaryOperation", name="حق الشهيد", agent=["army"], place=[["rafah", "nsinai"], ["zuweid", "nsinai"]],
          date="2015-09-07", trigger="عملية"),
        # the National Security cell arrested in al-Matariya
        V("Arrest", agent=[["nsa", "moi"]], place=[["matariya", "cairo"]], trigger="ضبط"),
        V("Arrest", opt=True, target=["brotherhood"], date="2015-09"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte (2016-08-04, a Thursday)
DOCS.append(dict(
    id="t9-ly-sirte", published="2016-08-04",
    text="""طرابلس - وكالات:

نفذت طائرات أميركية، أمس الأربعاء، ثلاث ضربات جوية جديدة على مواقع لتنظيم الدولة الإسلامية في حي الجيزة البحرية بمدينة سرت الساحلية، ليرتفع عدد الغارات التي شنتها واشنطن إلى ثمان منذ بدء حملتها الإثنين الماضي دعما لقوات «البنيان المرصوص» التابعة لحكومة الوفاق الوطني.

وقال فرج الزوي، المتحدث باسم قوات البنيان المرصوص، إن الضربات دمرت دبابة وعربات مسلحة كانت تحاصر مقاتليهم، مشيرا إلى أن سبعة من عناصر القوات الموالية للحكومة قضوا أمس في تفجير انتحاري بسيارة ملغومة استهدف تجمعا لهم عند مدخل المدينة الشرقي، تبناه التنظيم عبر وكالة «أعماق».

وفي بنغازي، قضى أربعة جنود من الجيش الوطني الليبي وأصيب آخرون بانفجار لغم أرضي زرعه مسلحو مجلس شورى ثوار بنغازي في منطقة قنفودة، حسب ما صرح به مصدر عسكري لـ«بوابة الوسط».

وفي الأثناء، استقبل وزير الخارجية المفوض بحكومة الوفاق، عادل القماطي، في تونس أمس، سفير المملكة المتحدة لدى ليبيا، ديفيد هارلو، وبحث معه سبل دعم الحكومة في حربها على الإرهاب.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("jiza", "Place", ["حي الجيزة البحرية"], "al-Jiza al-Bahriya", sub="City", opt=True),
        E("sirte", "Place", ["مدينة سرت", "سرت", "المدينة"], "Sirte", sub="City"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("bunyan", "Organization", ["قوات البنيان المرصوص", "قوات «البنيان المرصوص»"], "Al-Bunyan al-Marsous forces",
          sub="ArmedForce"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق", "الحكومة"], "Government of National Accord",
          sub="GovernmentBody"),
        E("zawi", "Person", ["فرج الزوي"], "Faraj al-Zawi"),
        E("amaq", "Organization", ["أعماق", "وكالة «أعماق»"], "Amaq News Agency", sub="MediaOrganization",
          opt=True),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries' Shura Council",
          sub="ArmedGroup"),
        E("ganfouda", "Place", ["منطقة قنفودة"], "Ganfouda", sub="City"),
        E("wasat", "Organization", ["بوابة الوسط"], "Al-Wasat", sub="MediaOrganization", opt=True),
        E("qamati", "Person", ["عادل القماطي"], "Adel al-Qamati"),
        E("tunisia", "Place", ["تونس"], "Tunisia", qid="Q948", sub="Country"),
        E("uk", "Place", ["المملكة المتحدة"], "United Kingdom", qid="Q145", sub="Country"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("harlow", "Person", ["ديفيد هارلو"], "David Harlow"),
    ],
    relations=[
        R("partOf", "bunyan", "gna"),                        # التابعة لحكومة الوفاق الوطني
        R("locatedIn", "jiza", "sirte", opt=True),
        R("spokespersonOf", "zawi", "bunyan"),               # المتحدث باسم قوات البنيان المرصوص
        R("positionIn", "qamati", "gna"),                    # وزير الخارجية المفوض بحكومة الوفاق
        R("positionIn", "harlow", "uk"),                     # سفير المملكة المتحدة لدى ليبيا
        R("positionIn", "harlow", "libya", opt=True),
        R("locatedIn", "ganfouda", "benghazi", opt=True),
    ],
    events=[
        # yesterday's three US strikes in Sirte; the campaign began on Monday
        V("Strike", agent=["washington"], target=["isis"], place=[["jiza", "sirte"]], date="2016-08-03",
          trigger="ضربات"),
        V("MilitaryOperation", agent=["washington"], date="2016-08-01", trigger="حملتها"),
        V("MilitaryOperation", opt=True, target=["isis"], place=["sirte"]),
        # the IS-claimed suicide car bomb at the city's eastern gate yesterday, seven dead
        V("Attack", agent=["isis"], target=[["bunyan", "gna"]], place=["sirte"], date="2016-08-03",
          trigger="تفجير"),
        V("Killing", agent=["isis"], target=[["bunyan", "gna"]], place=["sirte"], date="2016-08-03",
          trigger="قضوا"),
        # the landmine planted by the Shura Council in Ganfouda, four LNA soldiers dead
        V("Attack", agent=["shura"], target=["lna"], place=[["ganfouda", "benghazi"]], trigger="بانفجار"),
        V("Killing", agent=["shura"], target=["lna"], place=[["ganfouda", "benghazi"]], trigger="قضى"),
        # al-Qamati receives the British ambassador in Tunisia yesterday
        V("Meeting", agent=["qamati", "harlow"], place=["tunisia"], date="2016-08-03", trigger="استقبل"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2016-06-27, a Monday)
DOCS.append(dict(
    id="t9-so-mogadishu", published="2016-06-27",
    text="""مقديشو - رويترز، د ب أ:

ارتفعت حصيلة الهجوم الذي شنه مسلحو حركة الشباب المجاهدين على فندق «ناسا هابلود» في العاصمة الصومالية مقديشو، مساء السبت، إلى 15 قتيلا بينهم وزير سابق، بعد أن فجر انتحاري سيارته المفخخة عند بوابة الفندق واقتحمه مسلحون يرتدون زيا عسكريا.

وأعلن عبد الله أبو سفيان، المتحدث العسكري باسم الحركة، في تصريح لإذاعة «الأندلس» الناطقة باسمها، مسؤولية الحركة عن العملية، قائلا إن الفندق "يؤوي مسؤولين حكوميين مرتدين".

وقال الرائد محمد حسين، وهو ضابط في الشرطة الصومالية، إن قوات الأمن أنهت الحصار بعد ساعات من الاشتباكات وقتلت المهاجمين الأربعة، مضيفا أن الأجهزة الأمنية احتجزت اثنين من حراس الفندق للتحقيق.

إلى ذلك، أفاد مسؤولون محليون بأن غارة نفذتها طائرة مسيرة أميركية، أمس الأحد، قرب بلدة جلب بإقليم جوبا الوسطى، أودت بحياة قيادي في الحركة يدعى عثمان ديري.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("dpa", "Organization", ["د ب أ"], "Deutsche Presse-Agentur", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("hotel", "Place", ["فندق «ناسا هابلود»", "ناسا هابلود"], "Naso Hablod hotel", opt=True),
        E("abusufyan", "Person", ["عبد الله أبو سفيان"], "Abdullah Abu Sufyan"),
        E("andalus", "Organization", ["إذاعة «الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization",
          opt=True),
        E("hussein", "Person", ["محمد حسين"], "Mohamed Hussein"),
        E("police", "Organization", ["الشرطة الصومالية"], "Somali Police Force", sub="ArmedForce"),
        E("secforces", "Organization", ["قوات الأمن"], "Somali security forces", sub="ArmedForce", opt=True),
        E("agencies", "Organization", ["الأجهزة الأمنية"], "Somali security services", sub="GovernmentBody",
          opt=True),
        E("jilib", "Place", ["بلدة جلب", "جلب"], "Jilib", sub="City"),
        E("juba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("dirie", "Person", ["عثمان ديري"], "Osman Dirie"),
    ],
    relations=[
        R("spokespersonOf", "abusufyan", "shabaab"),         # المتحدث العسكري باسم الحركة
        R("partOf", "andalus", "shabaab", opt=True),
        R("affiliatedWith", "andalus", "shabaab", opt=True),
        R("memberOf", "hussein", "police"),                  # ضابط في الشرطة الصومالية
        R("locatedIn", "jilib", "juba"),                     # بلدة جلب بإقليم جوبا الوسطى
        R("memberOf", "dirie", "shabaab"),                   # قيادي في الحركة يدعى عثمان ديري
        R("locatedIn", "hotel", "mogadishu", opt=True),
    ],
    events=[
        # al-Shabaab's attack on the hotel on Saturday evening, 15 dead (claimed)
        V("Attack", agent=["shabaab"], place=[["hotel", "mogadishu"]], date="2016-06-25", trigger="الهجوم"),
        V("Attack", opt=True, target=["hotel"]),
        V("Killing", agent=["shabaab"], place=[["hotel", "mogadishu"]], date="2016-06-25", trigger="قتيلا"),
        # the security forces kill the four attackers; two guards held
        V("Killing", opt=True, agent=["secforces", "police"], target=["shabaab"]),
        V("Arrest", place=[["hotel", "mogadishu"]], trigger="احتجزت"),
        V("Arrest", opt=True, agent=["agencies"], date="2016-06"),
        # yesterday's US drone strike near Jilib kills a Shabaab commander
        V("Strike", target=["dirie"], place=[["jilib", "juba"]], date="2016-06-26", trigger="غارة"),
        V("Strike", opt=True, target=["shabaab"]),
        V("Killing", target=["dirie"], place=[["jilib", "juba"]], date="2016-06-26", trigger="أودت"),
        V("Killing", opt=True, target=["shabaab"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kunduz (2015-10-01, a Thursday)
DOCS.append(dict(
    id="t9-af-kunduz", published="2015-10-01",
    text="""كابول - «الجزيرة نت»:

أعلنت وزارة الداخلية الأفغانية أن القوات الحكومية استعادت، صباح اليوم الخميس، السيطرة على أجزاء واسعة من مدينة قندوز شمالي البلاد، بعد ثلاثة أيام من سقوطها في أيدي مقاتلي حركة طالبان، في هجوم مضاد نفذته وحدات خاصة بإسناد جوي من قوات حلف شمال الأطلسي (ناتو).

وقال أحمد شاه فرهاد، المتحدث باسم الوزارة، في مؤتمر صحفي بكابول، إن "العشرات من عناصر طالبان قتلوا خلال عمليات التطهير"، موضحا أن القوات الأفغانية اعتقلت 12 مسلحا بينهم أجانب.

في المقابل، نفى عبد القهار زاهد، المتحدث باسم طالبان، انسحاب مقاتلي الحركة من المدينة، وأكد في تغريدة أنهم نصبوا كمينا لرتل عسكري على طريق قندوز - بغلان وأحرقوا عددا من آلياته.

وكان وزير الدفاع بالوكالة، غلام نبي وردك، قد التقى أمس في كابول قائد قوات الناتو في أفغانستان، الجنرال جيمس هاريسون، لبحث "تعزيز الدعم الجوي للقوات الأفغانية".""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("jazeera", "Organization", ["الجزيرة نت"], "Al Jazeera Net", sub="MediaOrganization", opt=True),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية", "الوزارة"], "Afghan Ministry of Interior",
          sub="GovernmentBody"),
        E("afforces", "Organization", ["القوات الحكومية", "القوات الأفغانية"], "Afghan National Security Forces",
          sub="ArmedForce"),
        E("kunduz", "Place", ["مدينة قندوز", "قندوز", "المدينة"], "Kunduz", sub="City"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("nato", "Organization", ["حلف شمال الأطلسي", "ناتو", "الناتو"], "NATO", qid="Q7184", sub="Coalition"),
        E("farhad", "Person", ["أحمد شاه فرهاد"], "Ahmad Shah Farhad"),
        E("zahid", "Person", ["عبد القهار زاهد"], "Abdul Qahar Zahid"),
        E("baghlan", "Place", ["بغلان"], "Baghlan", sub="Region", opt=True),
        E("wardak", "Person", ["غلام نبي وردك"], "Ghulam Nabi Wardak"),
        E("harrison", "Person", ["جيمس هاريسون"], "James Harrison"),
    ],
    relations=[
        R("locatedIn", "kunduz", "afghanistan"),             # مدينة قندوز شمالي البلاد
        R("spokespersonOf", "farhad", "moi"),                # المتحدث باسم الوزارة
        R("spokespersonOf", "zahid", "taliban"),             # المتحدث باسم طالبان
        R("leaderOf", "harrison", "nato"),                   # قائد قوات الناتو في أفغانستان
        R("positionIn", "harrison", "afghanistan", opt=True),
        R("positionIn", "wardak", "afghanistan", opt=True),
        R("partOf", "afforces", "moi", opt=True),
    ],
    events=[
        # the counter-offensive that retook most of Kunduz this morning, with NATO air support
        V("MilitaryOperation", agent=["afforces"], target=["taliban"], place=["kunduz"], trigger="هجوم"),
        V("MilitaryOperation", opt=True, agent=["nato"], date="2015-10"),
        V("Attack", opt=True, agent=["afforces", "nato"], target=["taliban"], place=["kunduz"], date="2015-10"),
        # Kunduz fell to the Taliban three days earlier
        V("Attack", opt=True, agent=["taliban"], place=["kunduz"], date="2015-09-28"),
        # dozens of Taliban killed, 12 arrested
        V("Killing", agent=["afforces"], target=["taliban"], place=["kunduz"], trigger="قتلوا"),
        V("Killing", opt=True, date="2015-10"),
        V("Arrest", agent=["afforces"], trigger="اعتقلت"),
        V("Arrest", opt=True, place=["kunduz"], target=["taliban"], date="2015-10"),
        # the Taliban's ambush on the Kunduz-Baghlan road
        V("Attack", agent=["taliban"], target=["afforces"], trigger="كمينا"),
        V("Attack", opt=True, place=["kunduz", "baghlan"]),
        # the acting defence minister meets NATO's commander in Kabul yesterday
        V("Meeting", agent=["wardak", "harrison"], place=["kabul"], date="2015-09-30", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Turkey, Ankara (2016-02-19, a Friday)
DOCS.append(dict(
    id="t9-tr-ankara", published="2016-02-19",
    text="""أنقرة - «القدس العربي» - من حسن بكر:

تبنت منظمة «صقور حرية كردستان» المقربة من حزب العمال الكردستاني، اليوم الجمعة، التفجير الذي استهدف مساء الأربعاء حافلات تقل عسكريين في قلب العاصمة التركية أنقرة، وأسفر عن سقوط 28 قتيلا وعشرات الجرحى، فيما تواصل السلطات التركية تحميل وحدات حماية الشعب الكردية السورية المسؤولية.

وكان رئيس الوزراء التركي قد أكد، أمس، أن منفذ الهجوم عضو في الوحدات دخل البلاد من سوريا، متوعدا بأن "يدفع الثمن كل من يقف وراءه".

وذكرت وكالة الأناضول أن مقاتلات تابعة لسلاح الجو التركي قصفت، ليل الخميس، 14 موقعا لحزب العمال في منطقة قنديل شمالي العراق، بينها مخازن أسلحة وملاجئ.

وأفادت مصادر أمنية بأن قوات مكافحة الإرهاب أوقفت 17 شخصا في مداهمات متزامنة بولايات أنقرة وإسطنبول وديار بكر، للاشتباه بصلتهم بالتفجير.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("quds", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("bakr", "Person", ["حسن بكر"], "Hasan Bakr", opt=True),
        E("tak", "Organization", ["صقور حرية كردستان", "منظمة «صقور حرية كردستان»"], "Kurdistan Freedom Hawks",
          sub="ArmedGroup"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "حزب العمال"], "Kurdistan Workers' Party",
          qid="Q152220", sub="ArmedGroup"),
        E("authorities", "Organization", ["السلطات التركية"], "Turkish authorities", sub="GovernmentBody", opt=True),
        E("ypg", "Organization", ["وحدات حماية الشعب الكردية السورية", "الوحدات"], "People's Protection Units",
          qid="Q277036", sub="ArmedGroup"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("anadolu", "Organization", ["وكالة الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("taf", "Organization", ["سلاح الجو التركي"], "Turkish Air Force", sub="ArmedForce"),
        E("qandil", "Place", ["منطقة قنديل"], "Qandil", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("ct", "Organization", ["قوات مكافحة الإرهاب"], "Turkish counter-terrorism police", sub="ArmedForce",
          opt=True),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("diyarbakir", "Place", ["ديار بكر"], "Diyarbakir", sub="City"),
    ],
    relations=[
        R("affiliatedWith", "tak", "pkk"),                   # المقربة من حزب العمال الكردستاني
        R("locatedIn", "qandil", "iraq"),                    # منطقة قنديل شمالي العراق
    ],
    events=[
        # the bombing of the military buses on Wednesday evening, claimed today by TAK
        V("Attack", agent=["tak"], place=["ankara"], date="2016-02-17", trigger="التفجير"),
        V("Killing", agent=["tak"], place=["ankara"], date="2016-02-17", trigger="قتيلا"),
        # Turkish jets on Qandil on Thursday night
        V("Strike", agent=["taf"], target=["pkk"], place=[["qandil", "iraq"]], date="2016-02-18", trigger="قصفت"),
        # 17 held in raids in three provinces
        V("Arrest", place=["ankara", "istanbul", "diyarbakir"], trigger="أوقفت"),
        V("Arrest", opt=True, agent=["ct"], date="2016-02"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Nabatieh (2025-11-13, a Thursday)
DOCS.append(dict(
    id="t9-lb-nabatieh", published="2025-11-13",
    text="""بيروت - «النهار»:

سقط شخصان، بعد ظهر أمس الأربعاء، في غارة شنتها مسيّرة إسرائيلية على سيارة رباعية الدفع على طريق بلدة كفررمان قرب مدينة النبطية في جنوب لبنان، فيما زعم الجيش الإسرائيلي أنه "قضى على عنصرين من قوة الرضوان التابعة لحزب الله كانا يعملان على إعادة بناء بنى تحتية للحزب".

وأفادت الوكالة الوطنية للإعلام بأن الطيران الحربي الإسرائيلي نفذ ليلا سلسلة غارات على مرتفعات جبل الريحان في قضاء جزين، من دون أن تسجل إصابات.

وفي سياق منفصل، أوقفت مديرية المخابرات في الجيش اللبناني، في عملية نوعية بمنطقة البقاع، مطلوبا بعشرات مذكرات التوقيف بجرائم إطلاق نار وتجارة مخدرات.

سياسيا، حطت الموفدة الأميركية كارين ويلسون رحالها في بيروت ظهر اليوم آتية من تل أبيب، واستهلت جولتها بلقاء وزير الخارجية اللبناني، جورج عساف، في مقر الوزارة، حيث بحثا آلية تطبيق وقف إطلاق النار.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("kfarrumman", "Place", ["بلدة كفررمان"], "Kfar Rumman", sub="City"),
        E("nabatieh", "Place", ["مدينة النبطية"], "Nabatieh", sub="City"),
        E("lebanon", "Place", ["جنوب لبنان", "لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("radwan", "Organization", ["قوة الرضوان"], "Radwan Force", sub="ArmedGroup"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("rihan", "Place", ["جبل الريحان"], "Jabal al-Rihan", sub="Region"),
        E("jezzine", "Place", ["قضاء جزين"], "Jezzine District", sub="Region"),
        E("intel", "Organization", ["مديرية المخابرات"], "Lebanese Army Intelligence Directorate",
          sub="GovernmentBody"),
        E("lebarmy", "Organization", ["الجيش اللبناني"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("bekaa", "Place", ["منطقة البقاع"], "Beqaa", sub="Region"),
        E("wilson", "Person", ["كارين ويلسون"], "Karen Wilson"),
        E("telaviv", "Place", ["تل أبيب"], "Tel Aviv", sub="City"),
        E("assaf", "Person", ["جورج عساف"], "George Assaf"),
    ],
    relations=[
        R("locatedIn", "kfarrumman", "nabatieh", opt=True),
        R("locatedIn", "nabatieh", "lebanon"),               # مدينة النبطية في جنوب لبنان
        R("locatedIn", "kfarrumman", "lebanon", opt=True),
        R("partOf", "radwan", "hezbollah"),                  # قوة الرضوان التابعة لحزب الله
        R("locatedIn", "rihan", "jezzine"),                  # جبل الريحان في قضاء جزين
        R("partOf", "intel", "lebarmy"),                     # مديرية المخابرات في الجيش اللبناني
        R("positionIn", "assaf", "lebanon"),                 # وزير الخارجية اللبناني
    ],
    events=[
        # yesterday afternoon's drone strike near Nabatieh; the Israeli army says it killed two Radwan men
        V("Strike", agent=["idf"], target=[["radwan", "hezbollah"]],
          place=[["kfarrumman", "nabatieh", "lebanon"]], date="2025-11-12", trigger="غارة"),
        V("Killing", agent=["idf"], target=[["radwan", "hezbollah"]],
          place=[["kfarrumman", "nabatieh", "lebanon"]], date="2025-11-12", trigger="قضى"),
        # the night raids on Jabal al-Rihan
        V("Strike", place=[["rihan", "jezzine"]], trigger="غارات"),
        V("Strike", opt=True, agent=["idf"], date="2025-11"),
        # the army intelligence arrest in the Beqaa
        V("Arrest", agent=[["intel", "lebarmy"]], place=["bekaa"], trigger="أوقفت"),
        # the US envoy lands in Beirut today and meets the foreign minister
        V("Visit", agent=["wilson"], place=["beirut"], date="2025-11-13", trigger="حطت"),
        V("Meeting", agent=["wilson", "assaf"], date="2025-11-13", trigger="بلقاء"),
        V("Meeting", opt=True, place=["beirut"]),
    ],
))

# ---------------------------------------------------------------- Sudan, North Kordofan (2026-03-05, a Thursday)
DOCS.append(dict(
    id="t9-sd-kordofan", published="2026-03-05",
    text="""الخرطوم - «سودان تريبيون»:

قُتل 23 مدنيا على الأقل، بينهم نساء وأطفال، في قصف بطائرة مسيرة استهدف سوقا مزدحمة في مدينة الأبيض، عاصمة ولاية شمال كردفان، صباح الثلاثاء، في هجوم حمّلت السلطات المحلية قوات الدعم السريع مسؤوليته.

وقال الناطق الرسمي باسم الجيش السوداني، العميد عثمان الطاهر، في بيان، إن "الميليشيا المتمردة تواصل استهداف الأعيان المدنية بعد هزائمها المتلاحقة في محاور القتال"، مشيرا إلى أن قوات الجيش والقوات المساندة لها دحرت هجوما شنه عناصر الدعم السريع على مدينة بارا صباح أمس وكبدتهم عشرات القتلى.

وفي بورتسودان، أفادت مصادر مطلعة بأن عضو مجلس السيادة، الطيب عبد الرحيم، عقد اجتماعا مغلقا مع وفد من الاتحاد الأفريقي برئاسة الدبلوماسي الغاني كوفي أسامواه، تناول سبل استئناف المفاوضات.

كما أعلن جهاز المخابرات العامة إحباط مخطط تخريبي وتوقيف ثمانية متعاونين مع الميليشيا في ولاية نهر النيل خلال الأيام الماضية.""",
    entities=[
        E("khartoum", "Place", ["الخرطوم"], "Khartoum", qid="Q1963", sub="City"),
        E("tribune", "Organization", ["سودان تريبيون"], "Sudan Tribune", sub="MediaOrganization", opt=True),
        E("obeid", "Place", ["مدينة الأبيض"], "El-Obeid", sub="City"),
        E("nkordofan", "Place", ["ولاية شمال كردفان"], "North Kordofan", sub="Region"),
        E("authorities", "Organization", ["السلطات المحلية"], "local authorities", sub="GovernmentBody", opt=True),
        E("rsf", "Organization", ["قوات الدعم السريع", "الدعم السريع", "الميليشيا المتمردة", "الميليشيا"],
          "Rapid Support Forces", sub="ArmedGroup"),
        E("saf", "Organization", ["الجيش السوداني", "الجيش"], "Sudanese Armed Forces", sub="ArmedForce"),
        E("taher", "Person", ["عثمان الطاهر"], "Osman al-Taher"),
        E("bara", "Place", ["مدينة بارا"], "Bara", sub="City"),
        E("portsudan", "Place", ["بورتسودان"], "Port Sudan", sub="City"),
        E("council", "Organization", ["مجلس السيادة"], "Sovereignty Council", sub="GovernmentBody"),
        E("abdelrahim", "Person", ["الطيب عبد الرحيم"], "al-Tayeb Abdelrahim"),
        E("au", "Organization", ["الاتحاد الأفريقي"], "African Union", qid="Q7159", sub="Coalition"),
        E("asamoah", "Person", ["كوفي أسامواه"], "Kofi Asamoah"),
        E("gis", "Organization", ["جهاز المخابرات العامة"], "General Intelligence Service", sub="GovernmentBody"),
        E("rivernile", "Place", ["ولاية نهر النيل"], "River Nile State", sub="Region"),
    ],
    relations=[
        R("locatedIn", "obeid", "nkordofan"),                # مدينة الأبيض، عاصمة ولاية شمال كردفان
        R("spokespersonOf", "taher", "saf"),                 # الناطق الرسمي باسم الجيش السوداني
        R("memberOf", "abdelrahim", "council"),              # عضو مجلس السيادة
        R("memberOf", "asamoah", "au", opt=True),
    ],
    events=[
        # Tuesday morning's drone strike on the El-Obeid market, blamed on the RSF
        V("Strike", place=[["obeid", "nkordofan"]], date="2026-03-03", trigger="قصف"),
        V("Strike", opt=True, agent=["rsf"]),
        V("Attack", opt=True, agent=["rsf"], place=["obeid"], date="2026-03-03"),
        V("Killing", place=[["obeid", "nkordofan"]], date="2026-03-03", trigger="قُتل"),
        V("Killing", opt=True, agent=["rsf"]),
        # the RSF attack on Bara repelled yesterday morning, with dozens of RSF dead
        V("Attack", agent=["rsf"], target=["saf"], place=["bara"], date="2026-03-04", trigger="هجوما"),
        V("Killing", agent=["saf"], target=["rsf"], place=["bara"], date="2026-03-04", trigger="القتلى"),
        # the closed meeting in Port Sudan with the AU delegation
        V("Meeting", agent=["abdelrahim", "asamoah"], place=["portsudan"], trigger="اجتماعا"),
        V("Meeting", opt=True, agent=["au"], date="2026-03"),
        # eight collaborators arrested in River Nile State in the past days
        V("Arrest", agent=["gis"], place=["rivernile"], trigger="توقيف"),
        V("Arrest", opt=True, target=["rsf"], date="2026-03"),
    ],
))

# ---------------------------------------------------------------- written after the first fixes (see README)

# ---------------------------------------------------------------- Iraq, Tarmiyah (2015-04-16, a Thursday)
DOCS.append(dict(id="t9-iq-tarmiyah", published="2015-04-16", text="""بغداد - «العربي الجديد»:

لقي سبعة من عناصر الحشد الشعبي مصرعهم، مساء أمس الأربعاء، وأصيب تسعة آخرون بجروح، إثر هجوم شنه مسلحون من تنظيم داعش على مقر لهم في قضاء الطارمية شمال العاصمة بغداد، بحسب ما أفاد به ضابط في قيادة عمليات بغداد.

وأوضح الضابط، الذي طلب عدم نشر اسمه، أن المهاجمين استخدموا أسلحة متوسطة وقذائف هاون، قبل أن يلوذوا بالفرار نحو البساتين المحيطة، مشيرا إلى أن قوة من الجيش العراقي طوقت المنطقة وشرعت في عمليات بحث عنهم.

في غضون ذلك، أعلنت خلية الإعلام الحربي أن طيران الجيش العراقي دمر، فجر اليوم الخميس، ثلاثة أوكار للتنظيم في جزيرة سامراء، وقتل من فيها.

وكان وزير الداخلية العراقي، ناجي الساعدي، قد تفقد الإثنين الماضي القطعات الأمنية المنتشرة في الطارمية، والتقى شيوخ العشائر في القضاء.""",
 entities=[
  E("baghdad","Place",["بغداد","العاصمة بغداد"],"Baghdad",qid="Q1530",sub="City"),
  E("araby","Organization",["العربي الجديد"],"Al-Araby",sub="MediaOrganization",opt=True),
  E("pmf","Organization",["الحشد الشعبي"],"PMF",sub="ArmedForce"),
  E("isis","Organization",["تنظيم داعش","التنظيم"],"IS",qid="Q2429253",sub="ArmedGroup"),
  E("tarmiyah","Place",["قضاء الطارمية","الطارمية","القضاء"],"Tarmiyah",sub="City"),
  E("bops","Organization",["قيادة عمليات بغداد"],"Baghdad Operations Command",sub="ArmedForce"),
  E("army","Organization",["الجيش العراقي"],"Iraqi Army",sub="ArmedForce"),
  E("cell","Organization",["خلية الإعلام الحربي"],"War Media Cell",sub="GovernmentBody",opt=True),
  E("samarra","Place",["جزيرة سامراء"],"Samarra island",sub="Region"),
  E("saadi","Person",["ناجي الساعدي"],"Naji al-Saadi"),
 ],
 relations=[R("locatedIn","tarmiyah","baghdad")],
 events=[
  V("Attack",agent=["isis"],target=["pmf"],place=[["tarmiyah","baghdad"]],date="2015-04-15",trigger="هجوم"),
  V("Killing",agent=["isis"],target=["pmf"],place=[["tarmiyah","baghdad"]],date="2015-04-15",trigger="مصرعهم"),
  V("Strike",agent=["army"],target=["isis"],place=["samarra"],date="2015-04-16",trigger="دمر"),
  V("Killing",agent=["army"],target=["isis"],place=["samarra"],date="2015-04-16",trigger="وقتل"),
  V("Visit",agent=["saadi"],place=["tarmiyah"],date="2015-04-13",trigger="تفقد"),
  V("Meeting",agent=["saadi"],place=["tarmiyah"],date="2015-04-13",trigger="والتقى"),
 ]))
# ---------------------------------------------------------------- Yemen, Aden (2016-03-06, a Sunday)
DOCS.append(dict(id="t9-ye-aden", published="2016-03-06", text="""عدن - «الشرق الأوسط» - من فارس القباطي:

اغتال مسلحون يستقلون دراجة نارية، صباح أمس السبت، قائد اللواء 31 مدرع في الجيش اليمني، العميد سالم باحميد، أمام منزله في مديرية المنصورة بمدينة عدن، في عملية هي الثالثة من نوعها خلال أسبوع.

ولم تعلن أي جهة مسؤوليتها عن الاغتيال حتى مساء أمس، غير أن مصدرا أمنيا رجح وقوف تنظيم القاعدة في جزيرة العرب وراء العملية، لافتا إلى أن قوات الأمن شنت حملة مداهمات في المنصورة أسفرت عن توقيف أربعة مشتبه بهم.

إلى ذلك، أغارت مقاتلات التحالف العربي على تجمعات للحوثيين في مديرية نهم شرق صنعاء، وأوقعت عشرات القتلى والجرحى في صفوفهم، وفق ما أعلنه المتحدث باسم قوات الشرعية، العقيد عبده الشرماني.

وفي الرياض، بحث الرئيس اليمني عبد الله الوصابي مع سفير الولايات المتحدة لدى اليمن، مايكل كولينز، مستجدات الأوضاع الميدانية.""",
 entities=[
  E("aden","Place",["مدينة عدن","عدن"],"Aden",sub="City"),
  E("awsat","Organization",["الشرق الأوسط"],"Asharq al-Awsat",sub="MediaOrganization",opt=True),
  E("jaleel","Person",["فارس القباطي"],"Fares al-Qubati",opt=True),
  E("brigade","Organization",["اللواء 31 مدرع"],"31st Armoured Brigade",sub="ArmedForce"),
  E("army","Organization",["الجيش اليمني"],"Yemeni Army",sub="ArmedForce"),
  E("bahumaid","Person",["سالم باحميد"],"Salem Bahumaid"),
  E("mansoura","Place",["مديرية المنصورة","المنصورة"],"al-Mansoura",sub="City"),
  E("aqap","Organization",["تنظيم القاعدة في جزيرة العرب"],"AQAP",sub="ArmedGroup"),
  E("security","Organization",["قوات الأمن"],"security forces",sub="ArmedForce",opt=True),
  E("coalition","Organization",["التحالف العربي"],"Saudi-led coalition",sub="Coalition"),
  E("houthis","Organization",["الحوثيين"],"Houthis",sub="ArmedGroup"),
  E("nihm","Place",["مديرية نهم"],"Nihm",sub="Region"),
  E("sanaa","Place",["صنعاء"],"Sanaa",qid="Q2471",sub="City"),
  E("legit","Organization",["قوات الشرعية"],"government forces",sub="ArmedForce"),
  E("mujalli","Person",["عبده الشرماني"],"Abdu al-Sharmani"),
  E("riyadh","Place",["الرياض"],"Riyadh",qid="Q3692",sub="City"),
  E("hadi","Person",["عبد الله الوصابي"],"Abdullah al-Wusabi"),
  E("us","Place",["الولايات المتحدة"],"United States",qid="Q30",sub="Country"),
  E("yemen","Place",["اليمن"],"Yemen",qid="Q805",sub="Country"),
  E("collins","Person",["مايكل كولينز"],"Michael Collins"),
 ],
 relations=[R("leaderOf","bahumaid","brigade"),R("partOf","brigade","army"),R("locatedIn","mansoura","aden"),
            R("spokespersonOf","mujalli","legit"),R("positionIn","collins","us"),R("positionIn","collins","yemen",opt=True),
            R("leaderOf","hadi","yemen"),R("positionIn","hadi","yemen",opt=True)],
 events=[
  V("Killing",target=[["bahumaid","brigade"]],place=[["mansoura","aden"]],date="2016-03-05",trigger="اغتال"),
  V("Attack",opt=True,target=["bahumaid"],place=["mansoura"],date="2016-03-05"),
  V("Arrest",place=["mansoura"],trigger="توقيف"),
  V("Arrest",opt=True,agent=["security"]),
  V("Strike",agent=["coalition"],target=["houthis"],place=[["nihm","sanaa"]],trigger="أغارت"),
  V("Killing",agent=["coalition"],target=["houthis"],place=[["nihm","sanaa"]],trigger="القتلى"),
  V("Meeting",agent=["hadi","collins"],place=["riyadh"],trigger="بحث"),
 ]))
# ---------------------------------------------------------------- Nigeria, Maiduguri (2015-09-21, a Monday)
DOCS.append(dict(id="t9-ng-maiduguri", published="2015-09-21", text="""أبوجا - رويترز:

قتل 54 شخصا على الأقل وجرح نحو 90 آخرين في ثلاثة انفجارات هزت ليل الأحد مدينة مايدوغوري، كبرى مدن ولاية بورنو شمال شرقي نيجيريا، في هجمات تحمل بصمات جماعة بوكو حرام، وفق ما أفاد به مسؤولون في أجهزة الإغاثة.

وقال المتحدث باسم الشرطة في الولاية، أحمد بابا، إن انتحاريين فجروا أنفسهم في سوق مزدحم ومسجد قريب، فيما انفجرت عبوة ثالثة قرب مركز لمشاهدة مباريات كرة القدم.

من جهته، أعلن الجيش النيجيري أن قواته حررت خلال الأسبوع الماضي أكثر من 240 رهينة، معظمهم نساء وأطفال، خلال عمليات تمشيط في غابة سامبيسا، وقبضت على 43 من عناصر الجماعة.

وكان الرئيس النيجيري موسى أبوبكر قد حط رحاله في العاصمة التشادية نجامينا مطلع الشهر الجاري، حيث أجرى مباحثات مع نظيره عيسى ماهامات حول تنسيق الحرب على المسلحين.""",
 entities=[
  E("abuja","Place",["أبوجا"],"Abuja",sub="City"),
  E("reuters","Organization",["رويترز"],"Reuters",qid="Q130879",sub="MediaOrganization",opt=True),
  E("maiduguri","Place",["مدينة مايدوغوري","مايدوغوري"],"Maiduguri",sub="City"),
  E("borno","Place",["ولاية بورنو","الولاية"],"Borno",sub="Region"),
  E("nigeria","Place",["نيجيريا"],"Nigeria",sub="Country"),
  E("boko","Organization",["جماعة بوكو حرام","الجماعة"],"Boko Haram",sub="ArmedGroup"),
  E("police","Organization",["الشرطة"],"Borno police",sub="ArmedForce",opt=True),
  E("baba","Person",["أحمد بابا"],"Ahmed Baba"),
  E("army","Organization",["الجيش النيجيري"],"Nigerian Army",sub="ArmedForce"),
  E("sambisa","Place",["غابة سامبيسا"],"Sambisa",sub="Region"),
  E("buhari","Person",["موسى أبوبكر"],"Musa Abubakar"),
  E("ndjamena","Place",["نجامينا","العاصمة التشادية نجامينا"],"N'Djamena",sub="City"),
  E("deby","Person",["عيسى ماهامات"],"Issa Mahamat"),
 ],
 relations=[R("locatedIn","maiduguri","borno"),R("locatedIn","borno","nigeria"),R("spokespersonOf","baba","police")],
 events=[
  V("Attack",place=[["maiduguri","borno"]],date="2015-09-20",trigger="انفجارات"),
  V("Attack",opt=True,agent=["boko"]),
  V("Killing",place=[["maiduguri","borno"]],date="2015-09-20",trigger="قتل"),
  V("Killing",opt=True,agent=["boko"]),
  V("Arrest",agent=["army"],target=["boko"],place=["sambisa"],date="2015-09",trigger="وقبضت"),
  V("MilitaryOperation",opt=True,agent=["army"],place=["sambisa"]),
  V("Visit",agent=["buhari"],place=["ndjamena"],date="2015-09",trigger="حط"),
  V("Meeting",agent=["buhari","deby"],place=["ndjamena"],date="2015-09",trigger="مباحثات"),
 ]))
