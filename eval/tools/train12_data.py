"""Hand annotations of the twelfth training set (see eval/train12/README.md).

Articles written for the project in the style of Arabic agency copy of 2015-2017, to work on the
event layer: datelines with the agency (دمشق - (وكالات):) and bylines, long sentences with several
clauses, quotes inside reported speech, claims of responsibility, casualty counts, passive verbs,
unknown attackers, victims given as counts of a group's members, events retold later in the article,
dates as «يوم الأحد الماضي» / «في العاشر من الشهر الجاري», visits and meetings told as «وصل إلى»،
«استقبل»، «التقى». Persons are invented, except well-known public figures; organisations and places
are real, the events are told in new words with invented details. Written and annotated before
the extractor was run on it. ``build_train12.py`` turns this into eval/train12.jsonl. In event
roles a nested list is a set of alternatives: any one satisfies it. An event with ``optional``
only carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Deir ez-Zor (2016-03-14, a Monday)
DOCS.append(dict(
    id="t12-sy-deir", published="2016-03-14",
    text="""دمشق - (وكالات):

قتل 12 عنصرا من قوات النظام السوري، يوم الأحد الماضي، في هجوم شنه مقاتلو تنظيم «داعش» على نقاط عسكرية في حي الصناعة بمدينة دير الزور شرقي سوريا، بحسب ما أفاد المرصد السوري لحقوق الإنسان.

وقال مدير المرصد رامي عبد الرحمن إن «التنظيم فجر عربتين مفخختين عند مدخل الحي قبل أن يقتحم مسلحوه النقاط المحيطة»، مشيرا إلى أن بين القتلى ضابطا برتبة عقيد يدعى يوسف الحسن.

في المقابل، شنت طائرات حربية روسية غارات على أحياء يسيطر عليها التنظيم في المدينة، ما أسفر عن مقتل سبعة مدنيين بينهم طفلان، وفق ناشطين محليين.

وكانت وكالة أعماق التابعة للتنظيم قد أعلنت في العاشر من الشهر الجاري أن مقاتليه أسروا جنديين من قوات النظام قرب بلدة عياش غربي المدينة.""",
    entities=[
        E("damascus", "Place", ["دمشق"], "Damascus", qid="Q3766", sub="City"),
        E("regime", "Organization", ["قوات النظام السوري", "قوات النظام"], "Syrian government forces",
          sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("sinaa", "Place", ["حي الصناعة"], "al-Sinaa", sub="City"),
        E("deir", "Place", ["مدينة دير الزور", "دير الزور", "المدينة"], "Deir ez-Zor", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("sohr", "Organization", ["المرصد السوري لحقوق الإنسان", "المرصد"],
          "Syrian Observatory for Human Rights"),
        E("rami", "Person", ["رامي عبد الرحمن"], "Rami Abdel Rahman"),
        E("hasan", "Person", ["يوسف الحسن"], "Yusuf al-Hasan"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("ayyash", "Place", ["بلدة عياش", "عياش"], "Ayyash", sub="City"),
    ],
    relations=[
        R("locatedIn", "sinaa", "deir"),            # حي الصناعة بمدينة دير الزور
        R("locatedIn", "deir", "syria"),            # دير الزور شرقي سوريا
        R("leaderOf", "rami", "sohr"),              # مدير المرصد
        R("memberOf", "hasan", "regime"),           # بين القتلى (of the regime forces) ضابطا
        R("partOf", "amaq", "isis"),                # وكالة أعماق التابعة للتنظيم
        R("locatedIn", "ayyash", "deir"),           # بلدة عياش غربي المدينة
    ],
    events=[
        # Sunday's IS attack on regime posts in al-Sinaa, twelve soldiers killed, a colonel among them
        V("Attack", agent=["isis"], target=["regime"], place=[["sinaa", "deir", "syria"]], date="2016-03-13",
          trigger="هجوم"),
        V("Killing", agent=["isis"], target=["regime", "hasan"], place=[["sinaa", "deir", "syria"]],
          date="2016-03-13", trigger="قتل"),
        # Russian raids on IS-held districts (Russia only named by an adjective), seven civilians killed
        V("Strike", place=[["deir"]], trigger="غارات"),
        V("Strike", opt=True, target=["isis"], date="2016-03"),
        V("Killing", place=[["deir"]], trigger="مقتل"),
        V("Killing", opt=True, date="2016-03"),
        # two soldiers captured near Ayyash, announced on the 10th
        V("Arrest", agent=["isis"], target=["regime"], place=[["ayyash", "deir"]], date="2016-03",
          trigger="أسروا"),
        V("Arrest", opt=True, date="2016-03-10"),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2015-10-05, a Monday)
DOCS.append(dict(
    id="t12-iq-anbar", published="2015-10-05",
    text="""الرمادي - «الحياة» - من خالد الجبوري:

أعلن تنظيم «الدولة الإسلامية» مسؤوليته عن تفجير انتحاري استهدف، صباح أمس الأحد، تجمعا لمقاتلي الحشد العشائري في ناحية البغدادي غرب مدينة الرمادي، مركز محافظة الأنبار، ما أدى إلى مقتل ثمانية منهم بينهم آمر الفوج الثالث العقيد شاكر محمود الفهداوي.

وقال رئيس مجلس ناحية البغدادي مال الله العبيدي لـ«الحياة» إن «انتحاريا يرتدي حزاما ناسفا تسلل إلى مقر الفوج ثم فجر نفسه وسط المقاتلين»، لافتا إلى أن «القوات الأمنية اعتقلت شخصين يشتبه في أنهما ساعداه على الوصول إلى المقر».

من جهة أخرى، أعلن التحالف الدولي بقيادة الولايات المتحدة أن طائراته نفذت يوم السبت أربع غارات على مواقع للتنظيم قرب مدينة هيت، دمرت خلالها مخزنا للأسلحة وقتلت عددا من المسلحين.

والتقى رئيس الوزراء العراقي حيدر العبادي في بغداد، مساء أمس، وفدا من شيوخ عشائر الأنبار برئاسة الشيخ عبد الرزاق الدليمي، وبحث معهم سبل تسليح أبناء العشائر.""",
    entities=[
        E("ramadi", "Place", ["مدينة الرمادي", "الرمادي"], "Ramadi", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("jubouri", "Person", ["خالد الجبوري"], "Khalid al-Jubouri"),
        E("isis", "Organization", ["تنظيم «الدولة الإسلامية»", "الدولة الإسلامية", "التنظيم"],
          "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("hashd", "Organization", ["الحشد العشائري"], "Tribal Mobilisation", sub="ArmedGroup"),
        E("baghdadi", "Place", ["ناحية البغدادي", "البغدادي"], "al-Baghdadi", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار", "الأنبار"], "Anbar Governorate", sub="Region"),
        E("regiment", "Organization", ["الفوج الثالث", "الفوج"], "Third Regiment", sub="ArmedGroup", opt=True),
        E("fahdawi", "Person", ["شاكر محمود الفهداوي"], "Shakir Mahmoud al-Fahdawi"),
        E("council", "Organization", ["مجلس ناحية البغدادي"], "al-Baghdadi district council",
          sub="GovernmentBody"),
        E("obeidi", "Person", ["مال الله العبيدي"], "Malallah al-Obeidi"),
        E("secforces", "Organization", ["القوات الأمنية"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("coalition", "Organization", ["التحالف الدولي"], "Global Coalition against ISIS", sub="Coalition"),
        E("us", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country",
          alt=["Organization"]),
        E("hit", "Place", ["مدينة هيت", "هيت"], "Hit", sub="City"),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("dulaimi", "Person", ["عبد الرزاق الدليمي"], "Abdul Razzaq al-Dulaimi"),
    ],
    relations=[
        R("locatedIn", "baghdadi", "ramadi", opt=True),   # ناحية البغدادي غرب مدينة الرمادي
        R("locatedIn", "baghdadi", "anbar", opt=True),
        R("locatedIn", "ramadi", "anbar"),                # الرمادي، مركز محافظة الأنبار
        R("leaderOf", "fahdawi", "regiment", opt=True),   # آمر الفوج الثالث
        R("memberOf", "fahdawi", "hashd"),                # (of the Tribal Mobilisation fighters)
        R("partOf", "regiment", "hashd", opt=True),
        R("leaderOf", "obeidi", "council"),               # رئيس مجلس ناحية البغدادي
        R("leaderOf", "us", "coalition"),                 # التحالف الدولي بقيادة الولايات المتحدة
    ],
    events=[
        # yesterday's suicide bombing of the Tribal Mobilisation gathering, claimed by IS
        V("Attack", agent=["isis"], target=["hashd"], place=[["baghdadi", "ramadi", "anbar"]],
          date="2015-10-04", trigger="تفجير"),
        V("Killing", agent=["isis"], target=["hashd", "fahdawi"], place=[["baghdadi", "ramadi", "anbar"]],
          date="2015-10-04", trigger="مقتل"),
        V("Attack", opt=True, target=["regiment"]),
        # two suspected helpers arrested
        V("Arrest", agent=["secforces"], trigger="اعتقلت"),
        V("Arrest", opt=True, place=[["baghdadi", "ramadi", "anbar"]], date="2015-10"),
        # Saturday's coalition raids near Hit
        V("Strike", agent=["coalition"], target=["isis"], place=[["hit"]], date="2015-10-03", trigger="غارات"),
        V("Strike", opt=True, agent=["us"]),
        V("Killing", agent=["coalition"], target=["isis"], place=[["hit"]], date="2015-10-03", trigger="قتلت"),
        # al-Abadi meets the Anbar tribal delegation in Baghdad
        V("Meeting", agent=["abadi", "dulaimi"], place=[["baghdad"]], date="2015-10-04", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Yemen, al-Bayda and Aden (2017-02-20, a Monday)
DOCS.append(dict(
    id="t12-ye-bayda", published="2017-02-20",
    text="""عدن - «القدس العربي» - من أحمد الأغبري:

قتل ثلاثة من عناصر تنظيم القاعدة في جزيرة العرب، فجر يوم السبت، في غارة شنتها طائرة من دون طيار يعتقد أنها أمريكية على سيارة كانت تقلهم في منطقة الصومعة بمحافظة البيضاء وسط اليمن، حسب مصادر قبلية.

وأوضحت المصادر أن بين القتلى القيادي في التنظيم عبد الله الصنعاني، المكنى أبو البراء، والذي كانت واشنطن قد رصدت مكافأة مالية لمن يدلي بمعلومات عنه.

وفي عدن، نجا مدير أمن المحافظة اللواء شلال علي شايع من محاولة اغتيال، بعدما انفجرت عبوة ناسفة بموكبه في حي المنصورة، فيما أعلنت قوات الحزام الأمني اعتقال خلية من خمسة أشخاص قالت إنهم على صلة بالتنظيم.

وكان تنظيم القاعدة قد تبنى الشهر الماضي هجوما بسيارة مفخخة على معسكر للجيش في مدينة المكلا بمحافظة حضرموت، أسفر عن مقتل 15 جنديا.""",
    entities=[
        E("aden", "Place", ["عدن"], "Aden", sub="City"),
        E("quds", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("aghbari", "Person", ["أحمد الأغبري"], "Ahmed al-Aghbari"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "تنظيم القاعدة", "التنظيم"],
          "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("sawmaa", "Place", ["منطقة الصومعة", "الصومعة"], "al-Sawmaa", sub="City"),
        E("bayda", "Place", ["محافظة البيضاء", "البيضاء"], "al-Bayda Governorate", sub="Region"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("sanaani", "Person", ["عبد الله الصنعاني", "أبو البراء"], "Abdullah al-Sanaani"),
        E("washington", "Place", ["واشنطن"], "Washington, D.C.", qid="Q61", sub="City", alt=["Organization"]),
        E("shallal", "Person", ["شلال علي شايع"], "Shallal Ali Shaye"),
        E("mansoura", "Place", ["حي المنصورة"], "al-Mansoura", sub="City"),
        E("hizam", "Organization", ["قوات الحزام الأمني", "الحزام الأمني"], "Security Belt Forces",
          sub="ArmedForce"),
        E("army", "Organization", ["الجيش"], "Yemeni army", sub="ArmedForce", opt=True),
        E("mukalla", "Place", ["مدينة المكلا", "المكلا"], "Mukalla", sub="City"),
        E("hadramout", "Place", ["محافظة حضرموت", "حضرموت"], "Hadramawt Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "sawmaa", "bayda"),          # منطقة الصومعة بمحافظة البيضاء
        R("locatedIn", "bayda", "yemen"),           # البيضاء وسط اليمن
        R("memberOf", "sanaani", "aqap"),           # القيادي في التنظيم
        R("positionIn", "shallal", "aden", opt=True),   # مدير أمن المحافظة
        R("locatedIn", "mansoura", "aden", opt=True),
        R("locatedIn", "mukalla", "hadramout"),     # مدينة المكلا بمحافظة حضرموت
    ],
    events=[
        # Saturday's drone strike in al-Sawmaa, three AQAP members killed, al-Sanaani among them
        V("Strike", target=["aqap"], place=[["sawmaa", "bayda", "yemen"]], date="2017-02-18", trigger="غارة"),
        V("Killing", target=["aqap", "sanaani"], place=[["sawmaa", "bayda", "yemen"]], date="2017-02-18",
          trigger="قتل"),
        # the bomb on the Aden security chief's convoy (no agent, no date)
        V("Attack", target=["shallal"], place=[["mansoura", "aden"]], trigger="اغتيال"),
        V("Attack", opt=True, date="2017-02"),
        # the Security Belt's arrest of a five-man cell
        V("Arrest", agent=["hizam"], trigger="اعتقال"),
        V("Arrest", opt=True, target=["aqap"], place=["aden"], date="2017-02"),
        # last month's car bomb in Mukalla, claimed by al-Qaeda
        V("Attack", agent=["aqap"], target=["army"], place=[["mukalla", "hadramout"]], date="2017-01",
          trigger="هجوما"),
        V("Killing", agent=["aqap"], target=["army"], place=[["mukalla", "hadramout"]], date="2017-01",
          trigger="مقتل"),
    ],
))

# ---------------------------------------------------------------- Libya, Tripoli/Algiers/Sirte (2016-09-12, a Monday)
DOCS.append(dict(
    id="t12-ly-sarraj", published="2016-09-12",
    text="""طرابلس - (أ ف ب):

وصل رئيس المجلس الرئاسي لحكومة الوفاق الوطني فائز السراج، يوم الأحد، إلى العاصمة الجزائرية الجزائر في زيارة رسمية تستغرق يومين، يجري خلالها مباحثات مع الرئيس عبد العزيز بوتفليقة حول الأوضاع الأمنية في ليبيا.

وكان السراج قد استقبل في طرابلس، يوم الخميس الماضي، المبعوث الأممي إلى ليبيا مارتن كوبلر، الذي أكد دعم الأمم المتحدة للاتفاق السياسي.

ميدانيا، قالت قوات البنيان المرصوص التابعة لحكومة الوفاق إن مقاتليها قتلوا 14 من عناصر تنظيم «داعش» خلال اشتباكات في حي الجيزة البحرية بمدينة سرت، بينهم قيادي يدعى أبو عبيدة التونسي، فيما قتل أربعة من مقاتليها بنيران قناصة التنظيم.

وفي بنغازي، اعتقلت قوات تابعة للجيش الوطني الليبي بقيادة خليفة حفتر، أمس، ثلاثة أشخاص يشتبه في انتمائهم إلى مجلس شورى ثوار بنغازي.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council (Libya)", sub="GovernmentBody"),
        E("gna", "Organization", ["حكومة الوفاق الوطني", "حكومة الوفاق"], "Government of National Accord",
          sub="GovernmentBody"),
        E("sarraj", "Person", ["فائز السراج", "السراج"], "Fayez al-Sarraj"),
        E("algiers", "Place", ["الجزائر", "العاصمة الجزائرية"], "Algiers", qid="Q3561", sub="City"),
        E("bouteflika", "Person", ["عبد العزيز بوتفليقة"], "Abdelaziz Bouteflika"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("kobler", "Person", ["مارتن كوبلر"], "Martin Kobler"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("bunyan", "Organization", ["قوات البنيان المرصوص", "البنيان المرصوص"], "al-Bunyan al-Marsous forces",
          sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("jiza", "Place", ["حي الجيزة البحرية"], "al-Jiza al-Bahriya", sub="City"),
        E("sirte", "Place", ["مدينة سرت", "سرت"], "Sirte", sub="City"),
        E("tunsi", "Person", ["أبو عبيدة التونسي"], "Abu Ubaida al-Tunisi"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("lna", "Organization", ["الجيش الوطني الليبي"], "Libyan National Army", sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "sarraj", "pc"),            # رئيس المجلس الرئاسي
        R("partOf", "pc", "gna", opt=True),       # المجلس الرئاسي لحكومة الوفاق
        R("leaderOf", "sarraj", "gna", opt=True),
        R("positionIn", "kobler", "un"),          # المبعوث الأممي
        R("partOf", "bunyan", "gna"),             # قوات البنيان المرصوص التابعة لحكومة الوفاق
        R("locatedIn", "jiza", "sirte"),          # حي الجيزة البحرية بمدينة سرت
        R("memberOf", "tunsi", "isis"),           # 14 من عناصر تنظيم «داعش» ... بينهم قيادي
        R("leaderOf", "haftar", "lna"),           # الجيش الوطني الليبي بقيادة خليفة حفتر
    ],
    events=[
        # al-Sarraj arrives in Algiers on Sunday and is to hold talks with Bouteflika
        V("Visit", agent=["sarraj"], place=[["algiers"]], date="2016-09-11", trigger="وصل"),
        V("Meeting", agent=["sarraj", "bouteflika"], place=[["algiers"]], trigger="مباحثات"),
        V("Meeting", opt=True, date="2016-09"),
        # Thursday: al-Sarraj receives Kobler in Tripoli
        V("Meeting", agent=["sarraj", "kobler"], place=[["tripoli"]], date="2016-09-08", trigger="استقبل"),
        V("Visit", opt=True, agent=["kobler"], place=["tripoli"], date="2016-09-08"),
        # Bunyan al-Marsous kills fourteen IS members in al-Jiza al-Bahriya, four of its own killed
        V("Killing", agent=["bunyan"], target=["isis", "tunsi"], place=[["jiza", "sirte"]], trigger="قتلوا"),
        V("Killing", agent=["isis"], target=["bunyan"], place=[["jiza", "sirte"]], trigger="قتل"),
        V("Killing", opt=True, date="2016-09"),
        V("Attack", opt=True, agent=["bunyan", "isis"], target=["isis", "bunyan"], place=["jiza", "sirte"]),
        # yesterday's arrests in Benghazi
        V("Arrest", agent=["lna"], place=[["benghazi"]], date="2016-09-11", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["shura"]),
    ],
))

# ---------------------------------------------------------------- Egypt, Arish/Giza/Cairo (2015-06-22, a Monday)
DOCS.append(dict(
    id="t12-eg-arish", published="2015-06-22",
    text="""القاهرة - «المصري اليوم»:

لقي ضابط شرطة مصرعه وأصيب مجندان، مساء السبت، إثر إطلاق مسلحين مجهولين يستقلون دراجة نارية النار على كمين أمني في مدينة العريش بمحافظة شمال سيناء، وفق بيان لوزارة الداخلية.

وذكر البيان أن الضابط، ويدعى النقيب محمد سمير عبد الله، كان يتولى قيادة الكمين، وأن قوات الأمن تمشط المنطقة بحثا عن الجناة.

وفي الجيزة، ألقت أجهزة الأمن القبض على أربعة من أعضاء جماعة الإخوان المسلمين، بينهم القيادي في الجماعة حسن عبد الغفار، بتهمة التخطيط لاستهداف منشآت عامة، حسبما أفاد مصدر أمني.

إلى ذلك، استقبل الرئيس عبد الفتاح السيسي في قصر الاتحادية، أمس الأحد، وزير الخارجية الأردني ناصر جودة، وبحثا تطورات الأوضاع في المنطقة.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("masry", "Organization", ["المصري اليوم"], "Al-Masry Al-Youm", sub="MediaOrganization", opt=True),
        E("arish", "Place", ["مدينة العريش", "العريش"], "Arish", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("samir", "Person", ["محمد سمير عبد الله"], "Mohamed Samir Abdallah"),
        E("secforces", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="ArmedForce", opt=True),
        E("giza", "Place", ["الجيزة"], "Giza", sub="City"),
        E("security", "Organization", ["أجهزة الأمن"], "Egyptian security services", sub="GovernmentBody",
          opt=True),
        E("mb", "Organization", ["جماعة الإخوان المسلمين", "الإخوان المسلمين", "الجماعة"], "Muslim Brotherhood",
          sub="PoliticalOrganization"),
        E("ghaffar", "Person", ["حسن عبد الغفار"], "Hassan Abdel Ghaffar"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("ittihadiya", "Place", ["قصر الاتحادية"], "Heliopolis Palace", sub="City", opt=True),
        E("judeh", "Person", ["ناصر جودة"], "Nasser Judeh"),
        E("region", "Place", ["المنطقة"], "the region", opt=True),
    ],
    relations=[
        R("locatedIn", "arish", "nsinai"),          # مدينة العريش بمحافظة شمال سيناء
        R("memberOf", "ghaffar", "mb"),             # القيادي في الجماعة
    ],
    events=[
        # Saturday evening: a police officer shot dead by unknown gunmen at a checkpoint in Arish
        V("Killing", target=["samir"], place=[["arish", "nsinai"]], date="2015-06-20", trigger="مصرعه"),
        V("Attack", place=[["arish", "nsinai"]], date="2015-06-20", trigger="إطلاق"),
        V("Attack", opt=True, target=["samir"]),
        # arrest of four Brotherhood members in Giza
        V("Arrest", agent=["security"], target=["mb", "ghaffar"], place=[["giza"]], trigger="القبض"),
        V("Arrest", opt=True, date="2015-06"),
        # Sisi receives Judeh yesterday
        V("Meeting", agent=["sisi", "judeh"], place=[["ittihadiya", "cairo"]], date="2015-06-21",
          trigger="استقبل"),
        V("Visit", opt=True, agent=["judeh"], place=["cairo"], date="2015-06-21"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu and Lower Shabelle (2017-05-08, a Monday)
DOCS.append(dict(
    id="t12-so-amisom", published="2017-05-08",
    text="""مقديشو - (رويترز):

أعلنت حركة الشباب المجاهدين مسؤوليتها عن هجوم بقذائف الهاون استهدف، ليلة السبت، مقر بعثة الاتحاد الأفريقي في الصومال (أميسوم) قرب مطار العاصمة الصومالية، وقال المتحدث العسكري باسم الحركة عبد العزيز أبو مصعب إن «مقاتلينا قصفوا قاعدة الغزاة وأوقعوا خسائر في صفوفهم».

ونفى متحدث باسم البعثة وقوع إصابات، مؤكدا أن القذائف سقطت في أرض خالية.

وفي إقليم شبيلي السفلى، قالت وزارة الدفاع الصومالية إن قوات الجيش الوطني، بدعم من القوات الخاصة الأمريكية، قتلت 11 من مسلحي الحركة واعتقلت اثنين آخرين في عملية عسكرية قرب بلدة بريري، يوم الخميس الماضي.

كما اغتال مسلحون مجهولون، أمس الأحد، النائب في البرلمان الصومالي عبد الله حسين علي بالرصاص أثناء خروجه من مسجد في حي هدن جنوبي مقديشو.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميسوم", "البعثة"],
          "African Union Mission to Somalia"),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب"], "Abdiasis Abu Musab"),
        E("shabelle", "Place", ["إقليم شبيلي السفلى", "شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("mod", "Organization", ["وزارة الدفاع الصومالية"], "Ministry of Defence (Somalia)",
          sub="GovernmentBody"),
        E("sna", "Organization", ["قوات الجيش الوطني", "الجيش الوطني"], "Somali National Army",
          sub="ArmedForce"),
        E("ussof", "Organization", ["القوات الخاصة الأمريكية"], "US special forces", sub="ArmedForce", opt=True),
        E("bariire", "Place", ["بلدة بريري", "بريري"], "Bariire", sub="City"),
        E("parliament", "Organization", ["البرلمان الصومالي"], "Federal Parliament of Somalia",
          sub="GovernmentBody"),
        E("mp", "Person", ["عبد الله حسين علي"], "Abdullahi Hussein Ali"),
        E("hodan", "Place", ["حي هدن"], "Hodan", sub="City"),
    ],
    relations=[
        R("spokespersonOf", "abumusab", "shabaab"),   # المتحدث العسكري باسم الحركة
        R("memberOf", "mp", "parliament"),            # النائب في البرلمان الصومالي
        R("locatedIn", "hodan", "mogadishu"),         # حي هدن جنوبي مقديشو
        R("locatedIn", "bariire", "shabelle", opt=True),
        R("partOf", "sna", "mod", opt=True),
    ],
    events=[
        # Saturday night's mortar fire on the AMISOM base, claimed by al-Shabaab
        V("Strike", agent=["shabaab"], target=["amisom"], place=[["mogadishu"]], date="2017-05-06",
          trigger="قصفوا"),
        V("Attack", opt=True, agent=["shabaab"], target=["amisom"], place=["mogadishu"], date="2017-05-06"),
        # Thursday's army operation near Bariire: eleven fighters killed, two captured
        V("Killing", agent=["sna"], target=["shabaab"], place=[["bariire", "shabelle"]], date="2017-05-04",
          trigger="قتلت"),
        V("Arrest", agent=["sna"], target=["shabaab"], place=[["bariire", "shabelle"]], date="2017-05-04",
          trigger="اعتقلت"),
        V("Killing", opt=True, agent=["ussof"]),
        V("MilitaryOperation", opt=True, agent=["sna", "ussof"], target=["shabaab"], place=["bariire", "shabelle"],
          date="2017-05-04"),
        # yesterday: an MP shot dead by unknown gunmen in Hodan
        V("Killing", target=["mp"], place=[["hodan", "mogadishu"]], date="2017-05-07", trigger="اغتال"),
        V("Attack", opt=True, target=["mp"], place=["hodan", "mogadishu"], date="2017-05-07"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Kabul and Helmand (2016-11-28, a Monday)
DOCS.append(dict(
    id="t12-af-kabul", published="2016-11-28",
    text="""كابول - «الشرق الأوسط» - من فريد أحمد زاده:

قتل 27 شخصا على الأقل وأصيب العشرات، يوم الأحد الماضي، في تفجير انتحاري استهدف حافلة تقل موظفين في وزارة العدل الأفغانية غربي العاصمة كابول، في هجوم تبنته حركة طالبان.

وقال الناطق باسم الحركة ذبيح الله مجاهد، في رسالة إلى وسائل الإعلام، إن «أحد استشهاديي الإمارة الإسلامية نفذ العملية ضد موظفي الإدارة العميلة»، فيما نقلت وكالة «خاما برس» عن مسؤول في وزارة الداخلية قوله إن المحققين «يعتقدون أن شبكة حقاني هي التي خططت للهجوم».

وفي ولاية هلمند جنوبي البلاد، أعلن الجيش الأفغاني إطلاق عملية عسكرية أطلق عليها اسم «ذو الفقار» لاستعادة مناطق سيطرت عليها طالبان في مديرية سنجين، فيما قصفت طائرات أمريكية مواقع للحركة في المنطقة.

وكان الرئيس أشرف غني قد التقى في كابول، السبت، قائد القوات الأمريكية في أفغانستان الجنرال جون نيكلسون.""",
    entities=[
        E("kabul", "Place", ["كابول", "العاصمة"], "Kabul", qid="Q5838", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("zadeh", "Person", ["فريد أحمد زاده"], "Farid Ahmadzadeh"),
        E("moj", "Organization", ["وزارة العدل الأفغانية"], "Ministry of Justice (Afghanistan)",
          sub="GovernmentBody"),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة", "الإمارة الإسلامية"], "Taliban",
          sub="ArmedGroup"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("khaama", "Organization", ["خاما برس"], "Khaama Press", sub="MediaOrganization"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Afghanistan)", sub="GovernmentBody"),
        E("haqqani", "Organization", ["شبكة حقاني"], "Haqqani network", sub="ArmedGroup"),
        E("helmand", "Place", ["ولاية هلمند", "هلمند"], "Helmand Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("ana", "Organization", ["الجيش الأفغاني"], "Afghan National Army", sub="ArmedForce"),
        E("sangin", "Place", ["مديرية سنجين", "سنجين"], "Sangin District", sub="Region"),
        E("ghani", "Person", ["أشرف غني"], "Ashraf Ghani"),
        E("usforces", "Organization", ["القوات الأمريكية"], "US forces in Afghanistan", sub="ArmedForce"),
        E("nicholson", "Person", ["جون نيكلسون"], "John Nicholson"),
    ],
    relations=[
        R("spokespersonOf", "mujahid", "taliban"),    # الناطق باسم الحركة
        R("locatedIn", "helmand", "afghanistan"),     # ولاية هلمند جنوبي البلاد
        R("locatedIn", "sangin", "helmand", opt=True),
        R("leaderOf", "nicholson", "usforces"),       # قائد القوات الأمريكية في أفغانستان
        R("leaderOf", "ghani", "afghanistan", opt=True),
        R("positionIn", "ghani", "afghanistan", opt=True),
    ],
    events=[
        # Sunday's suicide bombing of a Justice Ministry bus in Kabul, claimed by the Taliban
        V("Attack", agent=["taliban"], target=["moj"], place=[["kabul"]], date="2016-11-27", trigger="تفجير"),
        V("Killing", agent=["taliban"], place=[["kabul"]], date="2016-11-27", trigger="قتل"),
        V("Attack", opt=True, agent=["haqqani"]),
        V("Killing", opt=True, target=["moj"]),
        # the army's operation «Dhu al-Fiqar» in Sangin
        V("MilitaryOperation", name="ذو الفقار", agent=["ana"], target=["taliban"], place=[["sangin", "helmand"]],
          trigger="عملية"),
        V("MilitaryOperation", opt=True, date="2016-11"),
        # American aircraft shell Taliban positions there
        V("Strike", target=["taliban"], place=[["sangin", "helmand"]], trigger="قصفت"),
        V("Strike", opt=True, date="2016-11"),
        # Saturday: Ghani meets Nicholson in Kabul
        V("Meeting", agent=["ghani", "nicholson"], place=[["kabul"]], date="2016-11-26", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Nigeria, Borno (2015-08-17, a Monday)
DOCS.append(dict(
    id="t12-ng-kukawa", published="2015-08-17",
    text="""مايدوغوري (نيجيريا) - (أ ف ب):

قتل مسلحون من جماعة بوكو حرام ما لا يقل عن 47 قرويا، يوم الخميس الماضي، في هجوم على قرية كوكوا قرب مدينة باغا في ولاية بورنو شمال شرقي نيجيريا، وفق ما أفاد مسؤولون محليون وشهود عيان.

وقال أحد سكان القرية، ويدعى موسى إبراهيم، إن «المهاجمين وصلوا على دراجات نارية وأطلقوا النار على المصلين قبل أن يحرقوا المنازل»، مضيفا أن عمه وابنيه كانوا من بين القتلى.

وأعلن المتحدث باسم الجيش النيجيري العقيد ساني عثمان أن القوات حررت 178 رهينة واعتقلت قياديا في الجماعة خلال عمليات في غابة سامبيسا، موضحا أن القيادي، ويدعى أبو بكر مصطفى، كان مسؤولا عن تجنيد الأطفال.

وكان الرئيس محمد بخاري قد زار مايدوغوري الشهر الماضي وتعهد بالقضاء على الجماعة قبل نهاية العام.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("nigeria", "Place", ["نيجيريا"], "Nigeria", qid="Q1033", sub="Country"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("bh", "Organization", ["جماعة بوكو حرام", "بوكو حرام", "الجماعة"], "Boko Haram", sub="ArmedGroup"),
        E("kukawa", "Place", ["قرية كوكوا", "كوكوا", "القرية"], "Kukawa", sub="City"),
        E("baga", "Place", ["مدينة باغا", "باغا"], "Baga", sub="City"),
        E("borno", "Place", ["ولاية بورنو", "بورنو"], "Borno State", sub="Region"),
        E("ibrahim", "Person", ["موسى إبراهيم"], "Musa Ibrahim"),
        E("army", "Organization", ["الجيش النيجيري", "القوات"], "Nigerian Army", sub="ArmedForce"),
        E("usman", "Person", ["ساني عثمان"], "Sani Usman"),
        E("sambisa", "Place", ["غابة سامبيسا", "سامبيسا"], "Sambisa Forest", sub="Region"),
        E("mustapha", "Person", ["أبو بكر مصطفى"], "Abubakar Mustapha"),
        E("buhari", "Person", ["محمد بخاري"], "Muhammadu Buhari"),
    ],
    relations=[
        R("locatedIn", "maiduguri", "nigeria", opt=True),  # مايدوغوري (نيجيريا)
        R("locatedIn", "kukawa", "borno", opt=True),
        R("locatedIn", "baga", "borno"),                  # مدينة باغا في ولاية بورنو
        R("locatedIn", "borno", "nigeria"),               # بورنو شمال شرقي نيجيريا
        R("spokespersonOf", "usman", "army"),             # المتحدث باسم الجيش النيجيري
        R("memberOf", "mustapha", "bh"),                  # قياديا في الجماعة
        R("leaderOf", "buhari", "nigeria", opt=True),
        R("positionIn", "buhari", "nigeria", opt=True),
    ],
    events=[
        # Thursday's Boko Haram massacre in Kukawa
        V("Attack", agent=["bh"], place=[["kukawa", "baga", "borno", "nigeria"]], date="2015-08-13",
          trigger="هجوم"),
        V("Attack", opt=True, target=["kukawa"]),
        V("Killing", agent=["bh"], place=[["kukawa", "baga", "borno", "nigeria"]], date="2015-08-13",
          trigger="قتل"),
        # the army's arrest of a commander in Sambisa
        V("Arrest", agent=["army"], target=["mustapha", "bh"], place=[["sambisa"]], trigger="اعتقلت"),
        V("Arrest", opt=True, date="2015-08"),
        V("MilitaryOperation", opt=True, agent=["army"], target=["bh"], place=["sambisa"], date="2015-08"),
        # Buhari's visit to Maiduguri last month
        V("Visit", agent=["buhari"], place=[["maiduguri"]], date="2015-07", trigger="زار"),
    ],
))

# ---------------------------------------------------------------- Palestine, Qalandia and Hebron (2016-01-25, a Monday)
DOCS.append(dict(
    id="t12-ps-qalandia", published="2016-01-25",
    text="""رام الله - «القدس العربي»:

استشهد شاب فلسطيني، صباح أمس الأحد، برصاص جنود الاحتلال الإسرائيلي عند حاجز قلنديا شمال القدس المحتلة، بزعم محاولته تنفيذ عملية طعن، بحسب ما أعلنت وزارة الصحة الفلسطينية التي قالت إن الشهيد يدعى أحمد خالد عوض (19 عاما) من مخيم قلنديا.

وقالت متحدثة باسم الشرطة الإسرائيلية إن «الشاب اقترب من الجنود وهو يحمل سكينا، فأطلقوا النار عليه».

وفي الخليل، اعتقلت قوات الاحتلال فجر اليوم 14 مواطنا، بينهم القيادي في حركة حماس عبد الرحمن الشريف، خلال حملة دهم واسعة في المدينة وبلدة بيت أمر، وفق نادي الأسير الفلسطيني.

من جهة أخرى، أعلنت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، أن أحد عناصرها، ويدعى محمود الغول، قتل في انهيار نفق شرقي مدينة غزة يوم الخميس الماضي.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("qudsar", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["قوات الاحتلال", "الاحتلال الإسرائيلي"], "Israeli forces", sub="ArmedForce"),
        E("checkpoint", "Place", ["حاجز قلنديا"], "Qalandia checkpoint", sub="City", opt=True),
        E("jerusalem", "Place", ["القدس المحتلة", "القدس"], "Jerusalem", qid="Q1218", sub="City"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health",
          sub="GovernmentBody"),
        E("awad", "Person", ["أحمد خالد عوض"], "Ahmed Khaled Awad"),
        E("camp", "Place", ["مخيم قلنديا"], "Qalandia camp", sub="City"),
        E("ipolice", "Organization", ["الشرطة الإسرائيلية"], "Israel Police", sub="GovernmentBody"),
        E("hebron", "Place", ["الخليل", "المدينة"], "Hebron", sub="City"),
        E("hamas", "Organization", ["حركة حماس", "حماس"], "Hamas", sub="ArmedGroup"),
        E("sharif", "Person", ["عبد الرحمن الشريف"], "Abdul Rahman al-Sharif"),
        E("beitummar", "Place", ["بلدة بيت أمر", "بيت أمر"], "Beit Ummar", sub="City"),
        E("prisoners", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Society"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades",
          sub="ArmedGroup"),
        E("ghoul", "Person", ["محمود الغول"], "Mahmoud al-Ghoul"),
        E("gaza", "Place", ["مدينة غزة", "غزة"], "Gaza City", sub="City"),
    ],
    relations=[
        R("locatedIn", "checkpoint", "jerusalem", opt=True),
        R("memberOf", "sharif", "hamas"),            # القيادي في حركة حماس
        R("partOf", "qassam", "hamas"),              # الجناح العسكري لحركة حماس
        R("memberOf", "ghoul", "qassam"),            # أحد عناصرها
    ],
    events=[
        # yesterday: a young man shot dead by Israeli soldiers at the Qalandia checkpoint
        V("Killing", agent=["idf"], target=["awad"], place=[["checkpoint", "jerusalem"]], date="2016-01-24",
          trigger="برصاص"),
        V("Attack", opt=True, agent=["awad"]),
        # this morning's arrests in Hebron and Beit Ummar
        V("Arrest", agent=["idf"], target=["sharif"], place=[["hebron", "beitummar"]], date="2016-01-25",
          trigger="اعتقلت"),
        V("Arrest", opt=True, target=["hamas"], place=["beitummar"]),
        # (the Qassam member who died when a tunnel collapsed was killed by no one: no event)
    ],
))

# ---------------------------------------------------------------- Lebanon, the Qalamoun border and Arsal (2017-09-04, a Monday)
DOCS.append(dict(
    id="t12-lb-juroud", published="2017-09-04",
    text="""بيروت - «النهار» - من ريما عساف:

أعلن الجيش اللبناني، يوم الأحد الماضي، انتهاء عملية «فجر الجرود» التي أطلقها في التاسع عشر من الشهر الماضي ضد مسلحي تنظيم «داعش» في جرود بلدتي رأس بعلبك والقاع على الحدود مع سوريا، مؤكدا أن وحداته قتلت أكثر من 130 مسلحا وأسرت عددا آخر.

وقال قائد الجيش العماد جوزيف عون، خلال تفقده الوحدات المنتشرة في المنطقة، إن «العسكريين أثبتوا أن الجيش قادر وحده على حماية الحدود».

وفي سياق متصل، زار رئيس الحكومة سعد الحريري، أمس، بلدة عرسال، حيث التقى فعاليات البلدة، قبل أن يعود إلى بيروت ويستقبل في السراي الحكومي السفيرة الأمريكية إليزابيث ريتشارد.

وكانت عبوة ناسفة قد انفجرت، في العاشر من الشهر الماضي، بدورية للجيش في أطراف عرسال، ما أدى إلى مقتل ضابط وجنديين، في هجوم نسبته مصادر أمنية إلى خلية تابعة لجبهة النصرة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nahar", "Organization", ["النهار"], "An-Nahar", sub="MediaOrganization", opt=True),
        E("assaf", "Person", ["ريما عساف"], "Rima Assaf"),
        E("laf", "Organization", ["الجيش اللبناني", "الجيش"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("rasbaalbek", "Place", ["رأس بعلبك"], "Ras Baalbek", sub="City"),
        E("qaa", "Place", ["القاع"], "al-Qaa", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("aoun", "Person", ["جوزيف عون"], "Joseph Aoun"),
        E("hariri", "Person", ["سعد الحريري"], "Saad Hariri"),
        E("arsal", "Place", ["بلدة عرسال", "عرسال", "البلدة"], "Arsal", sub="City"),
        E("serail", "Place", ["السراي الحكومي"], "Grand Serail", sub="City", opt=True),
        E("richard", "Person", ["إليزابيث ريتشارد"], "Elizabeth Richard"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
    ],
    relations=[
        R("leaderOf", "aoun", "laf"),                # قائد الجيش
        R("locatedIn", "serail", "beirut", opt=True),
    ],
    events=[
        # the army's operation «Fajr al-Juroud», launched on 19 August, against IS
        V("MilitaryOperation", name="فجر الجرود", agent=["laf"], target=["isis"],
          place=[["rasbaalbek", "qaa"]], date="2017-08-19", trigger="عملية"),
        V("MilitaryOperation", opt=True, place=["rasbaalbek", "qaa", "syria"], date="2017-08"),
        V("Killing", agent=["laf"], target=["isis"], trigger="قتلت"),
        V("Killing", opt=True, place=["rasbaalbek", "qaa"], date="2017-08"),
        V("Arrest", opt=True, agent=["laf"], target=["isis"], place=["rasbaalbek", "qaa"], date="2017-08"),
        # Hariri visits Arsal yesterday, then receives the US ambassador in Beirut
        V("Visit", agent=["hariri"], place=[["arsal"]], date="2017-09-03", trigger="زار"),
        V("Meeting", agent=["hariri", "richard"], place=[["serail", "beirut"]], date="2017-09-03",
          trigger="يستقبل"),
        # the bomb on an army patrol near Arsal on 10 August, blamed on a Nusra cell by security sources
        V("Attack", target=["laf"], place=[["arsal"]], date="2017-08-10", trigger="هجوم"),
        V("Killing", target=["laf"], place=[["arsal"]], date="2017-08-10", trigger="مقتل"),
        V("Attack", opt=True, agent=["nusra"]),
        V("Killing", opt=True, agent=["nusra"]),
    ],
))
