"""Hand annotations of the eleventh training set (see eval/train11/README.md).

Articles written for the project in the style of Arabic wire and newspaper copy of 2015-2017
(dateline with the agency or paper and sometimes a byline, long sentences, persons named with no
title or with the title before or after the name, kunyas, names with بن, foreign names
transliterated, organisations whose name contains a place, generic authorities and security
services, ministries named by a country adjective, embassies, a capital named after «العاصمة +
adjective», groups introduced as «جماعة تطلق على نفسها اسم ...» / «جماعة تدعى ...», a line break
inside a sentence and the typo «التنطيم»). Persons are invented, except well-known public figures;
organisations and places are real, background events are told in new words with invented details.
Written and annotated before the extractor was run on it. ``build_train11.py`` turns this into
eval/train11.jsonl. In event roles a nested list is a set of alternatives: any one satisfies it.
An event with ``optional`` only carries triples a reasonable annotator could leave out.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Iraq, Baghdad (2016-07-04, a Monday)
DOCS.append(dict(
    id="t11-iq-baghdad", published="2016-07-04",
    text="""بغداد - «الشرق الأوسط»:

قتل تسعة أشخاص وأصيب أكثر من 20 آخرين، مساء أمس الأحد، بانفجار سيارة مفخخة قرب سوق شعبي في حي الشعب شمالي العاصمة العراقية بغداد، في هجوم تبناه تنظيم «داعش» في بيان نشرته وكالة أعماق التابعة له.

وقال العميد سعد الكناني، المتحدث باسم قيادة عمليات بغداد، إن «الأجهزة الأمنية فرضت طوقا حول مكان الانفجار واعتقلت مشتبها به كان يقود دراجة نارية قرب السوق».

وفي حادث منفصل، قتل ضابط في الشرطة الاتحادية يدعى حسين عباس الدراجي برصاص مسلحين مجهولين أمام منزله في منطقة البياع جنوبي العاصمة، بحسب مصدر في وزارة الداخلية العراقية طلب عدم الكشف عن اسمه.

إلى ذلك، أعلنت السفارة الأمريكية في بغداد أنها رفعت مستوى التأهب داخل المنطقة الخضراء، التي تضم مقار الحكومة والبعثات الدبلوماسية، فيما دعا رئيس الوزراء حيدر العبادي
إلى «اليقظة وعدم الانجرار وراء الشائعات».

وكان التنطيم قد تبنى الشهر الماضي تفجيرين انتحاريين في مدينة بعقوبة بمحافظة ديالى شرقي البلاد.""",
    entities=[
        E("baghdad", "Place", ["بغداد", "العاصمة العراقية", "العاصمة"], "Baghdad", qid="Q1530", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("shaab", "Place", ["حي الشعب"], "al-Shaab", sub="City"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنطيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("amaq", "Organization", ["وكالة أعماق"], "Amaq News Agency", sub="MediaOrganization"),
        E("kanani", "Person", ["سعد الكناني"], "Saad al-Kanani"),
        E("bops", "Organization", ["قيادة عمليات بغداد"], "Baghdad Operations Command", sub="ArmedForce"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Iraqi security services", sub="GovernmentBody",
          opt=True),
        E("fedpolice", "Organization", ["الشرطة الاتحادية"], "Federal Police", sub="ArmedForce"),
        E("daraji", "Person", ["حسين عباس الدراجي"], "Hussein Abbas al-Daraji"),
        E("bayaa", "Place", ["منطقة البياع", "البياع"], "al-Bayaa", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية العراقية"], "Ministry of Interior (Iraq)",
          sub="GovernmentBody"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States in Baghdad"),
        E("greenzone", "Place", ["المنطقة الخضراء"], "Green Zone", sub="City"),
        E("govt", "Organization", ["الحكومة"], "Government of Iraq", sub="GovernmentBody", opt=True),
        E("abadi", "Person", ["حيدر العبادي"], "Haider al-Abadi"),
        E("baqubah", "Place", ["مدينة بعقوبة", "بعقوبة"], "Baqubah", sub="City"),
        E("diyala", "Place", ["محافظة ديالى", "ديالى"], "Diyala Governorate", sub="Region"),
        E("iraq", "Place", ["البلاد"], "Iraq", qid="Q796", sub="Country", opt=True),
    ],
    relations=[
        R("locatedIn", "shaab", "baghdad"),          # حي الشعب شمالي العاصمة العراقية بغداد
        R("partOf", "amaq", "isis"),                 # وكالة أعماق التابعة له
        R("spokespersonOf", "kanani", "bops"),       # المتحدث باسم قيادة عمليات بغداد
        R("memberOf", "daraji", "fedpolice"),        # ضابط في الشرطة الاتحادية
        R("locatedIn", "bayaa", "baghdad"),          # منطقة البياع جنوبي العاصمة
        R("locatedIn", "greenzone", "baghdad", opt=True),
        R("leaderOf", "abadi", "govt", opt=True),    # رئيس الوزراء
        R("positionIn", "abadi", "iraq", opt=True),
        R("locatedIn", "baqubah", "diyala"),         # مدينة بعقوبة بمحافظة ديالى
        R("locatedIn", "diyala", "iraq", opt=True),  # شرقي البلاد
    ],
    events=[
        # yesterday's car bomb in al-Shaab, claimed by IS
        V("Attack", agent=["isis"], place=[["shaab", "baghdad"]], date="2016-07-03", trigger="بانفجار"),
        V("Killing", agent=["isis"], place=[["shaab", "baghdad"]], date="2016-07-03", trigger="قتل"),
        # a suspect arrested near the market
        V("Arrest", opt=True, agent=["security"], place=[["shaab", "baghdad"]], date="2016-07-03"),
        # the Federal Police officer shot dead by unknown gunmen (no agent)
        V("Killing", target=["daraji"], place=[["bayaa", "baghdad"]], trigger="قتل"),
        V("Killing", opt=True, date="2016-07"),
        # last month's suicide bombings in Baqubah claimed by IS
        V("Attack", agent=["isis"], place=[["baqubah", "diyala"]], date="2016-06", trigger="تفجيرين"),
    ],
))

# ---------------------------------------------------------------- Egypt, Sinai and Cairo (2015-04-13)
DOCS.append(dict(
    id="t11-eg-sinai", published="2015-04-13",
    text="""العريش (مصر) - أ ش أ:

أعلنت السلطات المصرية، أمس، مقتل ثلاثة مجندين وإصابة ضابط برتبة نقيب في هجوم شنه مسلحون على كمين أمني جنوب مدينة الشيخ زويد بمحافظة شمال سيناء، فيما تبنت جماعة «ولاية سيناء»، الفرع المصري لتنظيم الدولة الإسلامية، الهجوم في بيان على حساباتها.

وقال مصدر أمني إن قوات الجيش الثاني الميداني ردت على الهجوم وقتلت خمسة من المسلحين بينهم قيادي يدعى سالم أبو عيطة، مضيفا أن مروحيات الأباتشي قصفت مخابئ للمسلحين قرب قرية المهدية جنوبي رفح.

وفي القاهرة، قالت وزارة الداخلية إن قوات الأمن اعتقلت خمسة أعضاء في مجموعة تطلق على نفسها اسم «العقاب الثوري»، متهمة بتنفيذ تفجيرات استهدفت أبراج الكهرباء في محافظة الجيزة، بينهم طالب جامعي يدعى محمود عبد الرحمن بن عمر.

من جهته، أدان الأزهر الشريف الهجوم، وقال المتحدث باسم الخارجية المصرية أحمد عبد الحافظ إن بلاده «ستواصل الحرب على الإرهاب حتى اقتلاعه من جذوره».""",
    entities=[
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("mena", "Organization", ["أ ش أ"], "Middle East News Agency", sub="MediaOrganization", opt=True),
        E("authorities", "Organization", ["السلطات المصرية"], "Egyptian authorities", sub="GovernmentBody"),
        E("zuweid", "Place", ["مدينة الشيخ زويد", "الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("wilayat", "Organization", ["ولاية سيناء", "جماعة «ولاية سيناء»"], "Sinai Province",
          sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("army2", "Organization", ["الجيش الثاني الميداني", "قوات الجيش الثاني الميداني"],
          "Second Field Army", sub="ArmedForce"),
        E("abuaita", "Person", ["سالم أبو عيطة"], "Salem Abu Aita"),
        E("mahdiya", "Place", ["قرية المهدية", "المهدية"], "al-Mahdiya", sub="City"),
        E("rafah", "Place", ["رفح"], "Rafah", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("moi", "Organization", ["وزارة الداخلية"], "Ministry of Interior (Egypt)", sub="GovernmentBody"),
        E("secforces", "Organization", ["قوات الأمن"], "Egyptian security forces", sub="ArmedForce", opt=True),
        E("punishment", "Organization", ["العقاب الثوري"], "Revolutionary Punishment", sub="ArmedGroup"),
        E("giza", "Place", ["محافظة الجيزة", "الجيزة"], "Giza Governorate", sub="Region"),
        E("student", "Person", ["محمود عبد الرحمن بن عمر"], "Mahmoud Abdel Rahman bin Omar"),
        E("azhar", "Organization", ["الأزهر الشريف", "الأزهر"], "Al-Azhar"),
        E("mfa", "Organization", ["الخارجية المصرية"], "Ministry of Foreign Affairs (Egypt)",
          sub="GovernmentBody"),
        E("hafez", "Person", ["أحمد عبد الحافظ"], "Ahmed Abdel Hafez"),
    ],
    relations=[
        R("locatedIn", "arish", "egypt", opt=True),      # العريش (مصر)
        R("locatedIn", "zuweid", "nsinai"),              # مدينة الشيخ زويد بمحافظة شمال سيناء
        R("partOf", "wilayat", "isis"),                  # الفرع المصري لتنظيم الدولة
        R("memberOf", "abuaita", "wilayat", opt=True),   # قيادي (among the attackers)
        R("locatedIn", "mahdiya", "rafah"),              # قرية المهدية جنوبي رفح
        R("memberOf", "student", "punishment"),          # أعضاء في مجموعة ... بينهم طالب
        R("spokespersonOf", "hafez", "mfa"),             # المتحدث باسم الخارجية المصرية
    ],
    events=[
        # the attack on the checkpoint south of Sheikh Zuweid, claimed by Sinai Province (announced yesterday)
        V("Attack", agent=["wilayat"], place=[["zuweid", "nsinai"]], date="2015-04", trigger="هجوم"),
        V("Killing", agent=["wilayat"], place=[["zuweid", "nsinai"]], date="2015-04", trigger="مقتل"),
        V("Attack", opt=True, date="2015-04-12"),
        V("Killing", opt=True, date="2015-04-12"),
        # the army's response: five militants killed, among them a commander
        V("Killing", agent=["army2"], target=["abuaita"], trigger="قتلت"),
        V("Killing", opt=True, target=["wilayat"], place=[["zuweid", "nsinai"]], date="2015-04"),
        V("Attack", opt=True, agent=["army2"], target=["wilayat"]),
        # Apache helicopters shell hideouts near al-Mahdiya
        V("Strike", place=[["mahdiya", "rafah"]], trigger="قصفت"),
        V("Strike", opt=True, agent=["army2"], target=["wilayat"], date="2015-04"),
        # arrests of Revolutionary Punishment members
        V("Arrest", agent=["secforces"], target=["student"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["moi"], target=["punishment"], date="2015-04"),
        V("Attack", opt=True, agent=["punishment"], place=["giza"]),
    ],
))

# ---------------------------------------------------------------- Syria, Russian raids (2015-11-20, a Friday)
DOCS.append(dict(
    id="t11-sy-aleppo", published="2015-11-20",
    text="""موسكو، حلب - وكالات:

شنت طائرات روسية، فجر أمس الخميس، أكثر من 30 غارة على مواقع في ريف حلب الشمالي وريف إدلب الجنوبي، أسفرت عن مقتل 14 مدنيا على الأقل بينهم أطفال، بحسب ما أفاد الدفاع المدني السوري.

وقالت المتحدثة باسم الخارجية الروسية يلينا ماركوفا، في مؤتمر صحفي في موسكو، إن الضربات «استهدفت مقرات ومستودعات لتنظيم داعش وجبهة النصرة»، نافية وقوع أي إصابات بين المدنيين.

في المقابل، قال أبو عمر الحموي، المتحدث العسكري باسم حركة أحرار الشام، إن الغارات طالت سوقا شعبيا ومخبزا في بلدة معرة النعمان، وإن «الطيران الروسي لم يستهدف أي مقر للتنظيم» في المنطقة.

إلى ذلك، تبنى تنظيم داعش في تسجيل صوتي منسوب لمتحدثه أبو محمد العدناني هجوما على حاجز لقوات النظام قرب مطار كويرس العسكري شرقي حلب، قال إنه أسفر عن مقتل 11 جنديا.

وفي أنقرة، استدعت الخارجية التركية السفير الروسي أندريه فولكوف للاحتجاج على قصف قرى تركمانية في جبل التركمان بريف اللاذقية.""",
    entities=[
        E("moscow", "Place", ["موسكو"], "Moscow", qid="Q649", sub="City"),
        E("aleppo", "Place", ["حلب"], "Aleppo", qid="Q41183", sub="City"),
        E("aleppogov", "Place", ["ريف حلب"], "Aleppo Governorate", sub="Region"),
        E("idlibgov", "Place", ["ريف إدلب"], "Idlib Governorate", sub="Region"),
        E("civdef", "Organization", ["الدفاع المدني السوري"], "Syrian Civil Defence"),
        E("rumfa", "Organization", ["الخارجية الروسية"], "Ministry of Foreign Affairs (Russia)",
          sub="GovernmentBody"),
        E("markova", "Person", ["يلينا ماركوفا"], "Yelena Markova"),
        E("isis", "Organization", ["تنظيم داعش", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("hamawi", "Person", ["أبو عمر الحموي"], "Abu Omar al-Hamawi"),
        E("ahrar", "Organization", ["حركة أحرار الشام"], "Ahrar al-Sham", sub="ArmedGroup"),
        E("maarat", "Place", ["بلدة معرة النعمان", "معرة النعمان"], "Maarat al-Numan", sub="City"),
        E("adnani", "Person", ["أبو محمد العدناني"], "Abu Mohammad al-Adnani"),
        E("regime", "Organization", ["قوات النظام"], "Syrian Arab Army", sub="ArmedForce"),
        E("kweires", "Place", ["مطار كويرس العسكري", "مطار كويرس"], "Kweires Military Airbase", sub="City"),
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("trmfa", "Organization", ["الخارجية التركية"], "Ministry of Foreign Affairs (Turkey)",
          sub="GovernmentBody"),
        E("volkov", "Person", ["أندريه فولكوف"], "Andrei Volkov"),
        E("turkmenmt", "Place", ["جبل التركمان"], "Turkmen Mountain", sub="Region"),
        E("latakiagov", "Place", ["ريف اللاذقية"], "Latakia Governorate", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "markova", "rumfa"),     # المتحدثة باسم الخارجية الروسية
        R("spokespersonOf", "hamawi", "ahrar"),      # المتحدث العسكري باسم حركة أحرار الشام
        R("spokespersonOf", "adnani", "isis"),       # لمتحدثه
        R("locatedIn", "kweires", "aleppo"),         # مطار كويرس العسكري شرقي حلب
        R("locatedIn", "turkmenmt", "latakiagov"),   # جبل التركمان بريف اللاذقية
        R("locatedIn", "maarat", "idlibgov", opt=True),
    ],
    events=[
        # yesterday's Russian raids (Russia only named by an adjective: no agent)
        V("Strike", place=["aleppogov"], date="2015-11-19", trigger="غارة"),
        V("Strike", place=["idlibgov"], date="2015-11-19", trigger="غارة"),
        V("Killing", place=["aleppogov"], date="2015-11-19", trigger="مقتل"),
        V("Killing", place=["idlibgov"], date="2015-11-19", trigger="مقتل"),
        V("Strike", opt=True, target=["isis", "nusra"], place=["maarat"]),
        # the IS attack on a regime checkpoint near Kweires
        V("Attack", agent=["isis"], target=["regime"], place=[["kweires", "aleppo"]], trigger="هجوما"),
        V("Killing", agent=["isis"], target=["regime"], place=[["kweires", "aleppo"]], trigger="مقتل"),
        V("Strike", opt=True, place=[["turkmenmt", "latakiagov"]]),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden, Taiz, Riyadh (2016-02-08)
DOCS.append(dict(
    id="t11-ye-aden", published="2016-02-08",
    text="""عدن - «الحياة»:

قتل قائد عسكري موال للحكومة اليمنية الشرعية وثلاثة من مرافقيه، أمس، بانفجار عبوة ناسفة استهدفت سيارته في مديرية المنصورة بمدينة عدن جنوبي البلاد، في هجوم لم تتبنه أي جهة حتى مساء أمس.

وقال مصدر في شرطة عدن إن القتيل هو العقيد فضل محسن اليافعي قائد اللواء 39 مدرع، مشيرا إلى أن الأجهزة الأمنية تلاحق مشتبهين يعتقد أنهم على صلة بتنظيم القاعدة في جزيرة العرب.

وفي تعز، أعلنت المقاومة الشعبية أنها صدت هجوما لمسلحي جماعة الحوثي على جبل صبر وقتلت 16 منهم، وفق ما نقل موقع «المصدر أونلاين» عن قائدها صادق عبده الشرعبي.

إلى ذلك، وصل الرئيس عبد ربه منصور هادي، أمس، إلى العاصمة السعودية الرياض، حيث التقى ولي العهد السعودي الأمير محمد بن نايف، وبعث برقية عزاء للواء أحمد سيف القميري قائد المنطقة العسكرية الرابعة. وأعلن التحالف العربي بقيادة السعودية أن مقاتلاته شنت 20 غارة على مواقع للحوثيين في العاصمة اليمنية صنعاء.""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن"], "Aden", qid="Q131694", sub="City"),
        E("hayat", "Organization", ["الحياة"], "Al-Hayat", sub="MediaOrganization", opt=True),
        E("govt", "Organization", ["الحكومة اليمنية الشرعية"], "Government of Yemen", sub="GovernmentBody"),
        E("mansoura", "Place", ["مديرية المنصورة", "المنصورة"], "al-Mansoura", sub="City"),
        E("yemen", "Place", ["البلاد"], "Yemen", qid="Q805", sub="Country", opt=True),
        E("adenpolice", "Organization", ["شرطة عدن"], "Aden Police", sub="GovernmentBody"),
        E("yafei", "Person", ["فضل محسن اليافعي"], "Fadl Mohsen al-Yafei"),
        E("brigade", "Organization", ["اللواء 39 مدرع"], "39th Armoured Brigade", sub="ArmedForce"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Yemeni security services", sub="GovernmentBody",
          opt=True),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب"], "al-Qaeda in the Arabian Peninsula",
          sub="ArmedGroup"),
        E("taiz", "Place", ["تعز"], "Taiz", sub="City"),
        E("resistance", "Organization", ["المقاومة الشعبية"], "Popular Resistance", sub="ArmedGroup"),
        E("houthis", "Organization", ["جماعة الحوثي", "الحوثيين"], "Houthis", sub="ArmedGroup"),
        E("sabr", "Place", ["جبل صبر"], "Jabal Sabr", sub="Region"),
        E("masdar", "Organization", ["المصدر أونلاين"], "Al-Masdar Online", sub="MediaOrganization", opt=True),
        E("sharabi", "Person", ["صادق عبده الشرعبي"], "Sadiq Abdo al-Sharabi"),
        E("hadi", "Person", ["عبد ربه منصور هادي"], "Abdrabbuh Mansur Hadi"),
        E("riyadh", "Place", ["الرياض", "العاصمة السعودية"], "Riyadh", qid="Q3692", sub="City"),
        E("mbn", "Person", ["محمد بن نايف"], "Muhammad bin Nayef"),
        E("qumairi", "Person", ["أحمد سيف القميري"], "Ahmed Saif al-Qumairi"),
        E("region4", "Organization", ["المنطقة العسكرية الرابعة"], "Fourth Military Region", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("sanaa", "Place", ["صنعاء", "العاصمة اليمنية"], "Sanaa", qid="Q2471", sub="City"),
    ],
    relations=[
        R("locatedIn", "mansoura", "aden"),          # مديرية المنصورة بمدينة عدن
        R("locatedIn", "aden", "yemen", opt=True),   # جنوبي البلاد
        R("leaderOf", "yafei", "brigade"),           # قائد اللواء 39 مدرع
        R("memberOf", "yafei", "govt", opt=True),    # قائد عسكري موال للحكومة
        R("affiliatedWith", "yafei", "govt", opt=True),
        R("leaderOf", "sharabi", "resistance"),      # قائدها
        R("locatedIn", "sabr", "taiz", opt=True),
        R("leaderOf", "hadi", "yemen", opt=True),    # الرئيس
        R("positionIn", "mbn", "saudi", opt=True),   # ولي العهد السعودي
        R("leaderOf", "qumairi", "region4"),         # قائد المنطقة العسكرية الرابعة
        R("leaderOf", "saudi", "coalition"),         # التحالف العربي بقيادة السعودية
    ],
    events=[
        # yesterday's roadside bomb that killed the brigade commander in al-Mansoura (unclaimed)
        V("Attack", target=["yafei"], place=[["mansoura", "aden"]], date="2016-02-07", trigger="بانفجار"),
        V("Killing", target=["yafei"], place=[["mansoura", "aden"]], date="2016-02-07", trigger="قتل"),
        # the Houthi attack on Jabal Sabr repelled by the Popular Resistance, 16 killed
        V("Attack", agent=["houthis"], target=["resistance"], place=[["sabr", "taiz"]], trigger="هجوما"),
        V("Killing", agent=["resistance"], target=["houthis"], place=[["sabr", "taiz"]], trigger="قتلت"),
        # Hadi in Riyadh yesterday, meets Muhammad bin Nayef
        V("Visit", agent=["hadi"], place=["riyadh"], date="2016-02-07", trigger="وصل"),
        V("Meeting", agent=["hadi", "mbn"], place=["riyadh"], date="2016-02-07", trigger="التقى"),
        # coalition raids on Houthi positions in Sanaa
        V("Strike", agent=["coalition"], target=["houthis"], place=["sanaa"], trigger="غارة"),
    ],
))

# ---------------------------------------------------------------- Libya, Sirte and Benghazi (2016-05-19, a Thursday)
DOCS.append(dict(
    id="t11-ly-sirte", published="2016-05-19",
    text="""طرابلس - أ ف ب:

أعلنت قوات تابعة لحكومة الوفاق الوطني الليبية، أمس الأربعاء، أنها سيطرت على بلدة أبو قرين الواقعة على بعد 130 كيلومترا غرب مدينة سرت، بعد معارك مع مسلحي تنظيم «داعش» قتل فيها سبعة من عناصرها.

وقال محمد الفيتوري، المتحدث باسم غرفة عمليات تحرير سرت، إن «سلاح الجو التابع لنا نفذ غارات على تجمعات الإرهابيين في منطقة الوشكة»، مضيفا أن القوات «تتقدم باتجاه المدينة».

وفي بنغازي، قتل قيادي في مجلس شورى ثوار بنغازي يدعى عبد الحكيم الزليتني برصاص قناص من قوات الجيش الوطني الليبي، الذي يقوده المشير خليفة حفتر، في محور قنفودة غربي المدينة، بحسب مصادر طبية.

وفي تطور آخر، تبنت جماعة تدعى «كتيبة شهداء أبو سليم» خطف ثلاثة عمال أجانب من حقل نفطي قرب مدينة غدامس، فيما أعلن رئيس المجلس الرئاسي فايز السراج، الذي يقيم في قاعدة طرابلس البحرية، تشكيل لجنة للتحقيق في الحادث.""",
    entities=[
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", qid="Q40464", sub="MediaOrganization",
          opt=True),
        E("gna", "Organization", ["حكومة الوفاق الوطني الليبية", "حكومة الوفاق الوطني"],
          "Government of National Accord", sub="GovernmentBody"),
        E("abugrein", "Place", ["بلدة أبو قرين", "أبو قرين"], "Abu Grein", sub="City"),
        E("sirte", "Place", ["مدينة سرت", "سرت", "المدينة"], "Sirte", sub="City"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("fituri", "Person", ["محمد الفيتوري"], "Mohamed al-Fituri"),
        E("room", "Organization", ["غرفة عمليات تحرير سرت"], "Sirte Liberation Operations Room",
          sub="ArmedForce"),
        E("airforce", "Organization", ["سلاح الجو"], "GNA air force", sub="ArmedForce", opt=True),
        E("washka", "Place", ["منطقة الوشكة", "الوشكة"], "al-Washka", sub="Region"),
        E("benghazi", "Place", ["بنغازي"], "Benghazi", sub="City"),
        E("shura", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("zliteni", "Person", ["عبد الحكيم الزليتني"], "Abdel Hakim al-Zliteni"),
        E("lna", "Organization", ["الجيش الوطني الليبي", "قوات الجيش الوطني الليبي"], "Libyan National Army",
          sub="ArmedForce"),
        E("haftar", "Person", ["خليفة حفتر"], "Khalifa Haftar"),
        E("ganfouda", "Place", ["قنفودة"], "Ganfouda", sub="City"),
        E("abusalim", "Organization", ["كتيبة شهداء أبو سليم"], "Abu Salim Martyrs Brigade", sub="ArmedGroup"),
        E("ghadames", "Place", ["مدينة غدامس", "غدامس"], "Ghadames", sub="City"),
        E("pc", "Organization", ["المجلس الرئاسي"], "Presidential Council", sub="GovernmentBody"),
        E("sarraj", "Person", ["فايز السراج"], "Fayez al-Sarraj"),
        E("navalbase", "Place", ["قاعدة طرابلس البحرية"], "Tripoli naval base", sub="City", opt=True),
    ],
    relations=[
        R("spokespersonOf", "fituri", "room"),       # المتحدث باسم غرفة عمليات تحرير سرت
        R("partOf", "airforce", "room", opt=True),   # سلاح الجو التابع لنا
        R("memberOf", "zliteni", "shura"),           # قيادي في مجلس شورى ثوار بنغازي
        R("leaderOf", "haftar", "lna"),              # الذي يقوده المشير خليفة حفتر
        R("locatedIn", "ganfouda", "benghazi"),      # محور قنفودة غربي المدينة
        R("leaderOf", "sarraj", "pc"),               # رئيس المجلس الرئاسي
        R("locatedIn", "navalbase", "tripoli", opt=True),
        R("partOf", "room", "gna", opt=True),
    ],
    events=[
        # GNA forces take Abu Grein after fighting IS (announced yesterday)
        V("Attack", opt=True, agent=["gna"], target=["isis"], place=["abugrein"], date="2016-05"),
        V("MilitaryOperation", opt=True, agent=["gna"], target=["isis"], place=["abugrein"], date="2016-05"),
        V("Killing", opt=True, agent=["isis"], target=["gna"], place=["abugrein"]),
        # air raids on IS in al-Washka
        V("Strike", agent=[["airforce", "room"]], target=["isis"], place=["washka"], trigger="غارات"),
        # the Shura Council commander shot by an LNA sniper at Ganfouda
        V("Killing", agent=["lna"], target=["zliteni"], place=[["ganfouda", "benghazi"]], trigger="قتل"),
        # the kidnapping near Ghadames claimed by the Abu Salim Martyrs Brigade
        V("Arrest", agent=["abusalim"], place=["ghadames"], trigger="خطف"),
    ],
))

# ---------------------------------------------------------------- Tunisia, after Sousse (2015-07-02, a Thursday)
DOCS.append(dict(
    id="t11-tn-sousse", published="2015-07-02",
    text="""تونس - «الشرق الأوسط» - المنجي الكعبي:

أعلنت وزارة الداخلية التونسية، أمس، اعتقال 12 شخصا يشتبه في صلتهم بالهجوم الذي استهدف فندقا سياحيا في مدينة سوسة الساحلية الجمعة الماضي وأودى بحياة 38 سائحا أغلبهم بريطانيون، في عملية تبناها تنظيم داعش.

وقال وليد الطرابلسي، المتحدث باسم الوزارة، إن منفذ الهجوم أنيس الدريدي تلقى تدريبا في معسكر تابع لجماعة أنصار الشريعة في ليبيا، برفقة محمد بن علي الخياري الذي ما زال فارا، مضيفا أن «الأجهزة الأمنية بصدد ملاحقة بقية أفراد الخلية».

من جهته، أعلن رئيس الحكومة الحبيب الصيد إغلاق 80 مسجدا خارجة عن سيطرة الدولة، فيما وصلت وزيرة الداخلية البريطانية تيريزا ماي إلى العاصمة التونسية، حيث التقت نظيرها كمال العياري قبل أن تزور موقع الهجوم.

وكانت السلطات التونسية قد أعلنت حالة الطوارئ في البلاد لمدة 30 يوما.""",
    entities=[
        E("tunis", "Place", ["تونس", "العاصمة التونسية"], "Tunis", qid="Q3572", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("kaabi", "Person", ["المنجي الكعبي"], "al-Monji al-Kaabi", opt=True),
        E("moi", "Organization", ["وزارة الداخلية التونسية", "الوزارة"], "Ministry of Interior (Tunisia)",
          sub="GovernmentBody"),
        E("sousse", "Place", ["مدينة سوسة", "سوسة"], "Sousse", sub="City"),
        E("isis", "Organization", ["تنظيم داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("tarabulsi", "Person", ["وليد الطرابلسي"], "Walid al-Tarabulsi"),
        E("dridi", "Person", ["أنيس الدريدي"], "Anis al-Dridi"),
        E("ansar", "Organization", ["جماعة أنصار الشريعة", "أنصار الشريعة"], "Ansar al-Sharia",
          sub="ArmedGroup"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("khiari", "Person", ["محمد بن علي الخياري"], "Mohamed bin Ali al-Khiari"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Tunisian security services", sub="GovernmentBody",
          opt=True),
        E("govt", "Organization", ["الحكومة"], "Government of Tunisia", sub="GovernmentBody", opt=True),
        E("essid", "Person", ["الحبيب الصيد"], "Habib Essid"),
        E("may", "Person", ["تيريزا ماي"], "Theresa May"),
        E("ayari", "Person", ["كمال العياري"], "Kamel al-Ayari"),
        E("authorities", "Organization", ["السلطات التونسية"], "Tunisian authorities", sub="GovernmentBody"),
        E("tunisia", "Place", ["البلاد"], "Tunisia", qid="Q948", sub="Country", opt=True),
    ],
    relations=[
        R("spokespersonOf", "tarabulsi", "moi"),     # المتحدث باسم الوزارة
        R("locatedIn", "sousse", "tunisia", opt=True),
        R("locatedIn", "tunis", "tunisia", opt=True),
        R("affiliatedWith", "dridi", "ansar", opt=True),   # تدريبا في معسكر تابع لجماعة أنصار الشريعة
        R("leaderOf", "essid", "govt", opt=True),    # رئيس الحكومة
        R("positionIn", "essid", "tunisia", opt=True),
        R("positionIn", "ayari", "tunisia", opt=True),  # نظيرها (Tunisia's interior minister)
    ],
    events=[
        # last Friday's attack on a hotel in Sousse, claimed by IS, 38 killed
        V("Attack", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="الهجوم"),
        V("Killing", agent=["isis"], place=["sousse"], date="2015-06-26", trigger="أودى"),
        V("Attack", opt=True, agent=["dridi"]),
        V("Killing", opt=True, agent=["dridi"]),
        # twelve arrests announced yesterday by the interior ministry
        V("Arrest", agent=["moi"], trigger="اعتقال"),
        V("Arrest", opt=True, date="2015-07-01"),
        # Theresa May's visit to Tunis and her meeting with her counterpart
        V("Visit", agent=["may"], place=["tunis"], trigger="وصلت"),
        V("Meeting", agent=["may", "ayari"], place=["tunis"], trigger="التقت"),
        V("Visit", opt=True, agent=["may"], place=["sousse"]),
    ],
))

# ---------------------------------------------------------------- Turkey, Diyarbakir (2016-03-15, a Tuesday)
DOCS.append(dict(
    id="t11-tr-diyarbakir", published="2016-03-15",
    text="""أنقرة - رويترز:

قتل ستة من أفراد الشرطة التركية وأصيب 23 آخرون، صباح اليوم الثلاثاء، في تفجير سيارة مفخخة استهدف حافلة تقل عناصر من قوات مكافحة الشغب في حي صور بمدينة ديار بكر كبرى مدن جنوب شرقي تركيا، وفق ما أعلنه والي المدينة حسين أكسوي.

ولم تعلن أي جهة مسؤوليتها عن التفجير، غير أن مصادر أمنية رجحت وقوف حزب العمال الكردستاني وراءه. وكانت جماعة تطلق على نفسها اسم «صقور حرية كردستان» قد تبنت الشهر الماضي تفجيرا في العاصمة التركية أنقرة أسفر عن مقتل 28 شخصا.

وردا على ذلك، قصفت مقاتلات تركية مواقع للحزب في جبال قنديل شمالي العراق، فيما قال رئيس الوزراء أحمد داود أوغلو، في كلمة أمام نواب حزب العدالة والتنمية، إن «الإرهابيين سيدفعون الثمن».

وفي إسطنبول، اعتقلت قوات الأمن 14 شخصا بينهم صحفيان يعملان في وكالة دجلة للأنباء بتهمة الترويج للإرهاب، بحسب ما ذكرته وكالة الأناضول الرسمية.""",
    entities=[
        E("ankara", "Place", ["أنقرة", "العاصمة التركية"], "Ankara", qid="Q3640", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة التركية"], "Turkish police", sub="GovernmentBody"),
        E("riot", "Organization", ["قوات مكافحة الشغب"], "Turkish riot police", sub="ArmedForce", opt=True),
        E("sur", "Place", ["حي صور"], "Sur", sub="City"),
        E("diyarbakir", "Place", ["مدينة ديار بكر", "ديار بكر", "المدينة"], "Diyarbakir", sub="City"),
        E("turkey", "Place", ["تركيا"], "Turkey", qid="Q43", sub="Country", alt=["Organization"]),
        E("aksoy", "Person", ["حسين أكسوي"], "Huseyin Aksoy"),
        E("pkk", "Organization", ["حزب العمال الكردستاني", "الحزب"], "PKK", qid="Q152220", sub="ArmedGroup"),
        E("tak", "Organization", ["صقور حرية كردستان"], "Kurdistan Freedom Falcons", sub="ArmedGroup"),
        E("qandil", "Place", ["جبال قنديل"], "Qandil Mountains", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("davutoglu", "Person", ["أحمد داود أوغلو"], "Ahmet Davutoglu"),
        E("akp", "Organization", ["حزب العدالة والتنمية"], "Justice and Development Party",
          sub="PoliticalOrganization"),
        E("istanbul", "Place", ["إسطنبول"], "Istanbul", qid="Q406", sub="City"),
        E("secforces", "Organization", ["قوات الأمن"], "Turkish security forces", sub="ArmedForce", opt=True),
        E("dicle", "Organization", ["وكالة دجلة للأنباء"], "Dicle News Agency", sub="MediaOrganization"),
        E("anadolu", "Organization", ["وكالة الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
    ],
    relations=[
        R("locatedIn", "sur", "diyarbakir"),         # حي صور بمدينة ديار بكر
        R("locatedIn", "diyarbakir", "turkey"),      # كبرى مدن جنوب شرقي تركيا
        R("leaderOf", "aksoy", "diyarbakir"),        # والي المدينة
        R("locatedIn", "qandil", "iraq"),            # جبال قنديل شمالي العراق
        R("positionIn", "davutoglu", "turkey", opt=True),   # رئيس الوزراء
        R("leaderOf", "davutoglu", "turkey", opt=True),
        R("locatedIn", "ankara", "turkey", opt=True),
        R("partOf", "riot", "police", opt=True),
    ],
    events=[
        # this morning's car bomb against a riot police bus in Sur (PKK suspected, no claim)
        V("Attack", target=["police"], place=[["sur", "diyarbakir"]], date="2016-03-15", trigger="تفجير"),
        V("Killing", target=["police"], place=[["sur", "diyarbakir"]], date="2016-03-15", trigger="قتل"),
        V("Attack", opt=True, agent=["pkk"], target=["riot"]),
        # last month's Ankara bombing claimed by TAK
        V("Attack", agent=["tak"], place=["ankara"], date="2016-02", trigger="تفجيرا"),
        V("Killing", agent=["tak"], place=["ankara"], date="2016-02", trigger="مقتل"),
        # Turkish jets strike the PKK in Qandil
        V("Strike", target=["pkk"], place=[["qandil", "iraq"]], trigger="قصفت"),
        V("Strike", opt=True, agent=["turkey"], date="2016-03"),
        # arrests in Istanbul
        V("Arrest", agent=["secforces"], place=["istanbul"], trigger="اعتقلت"),
        V("Arrest", opt=True, target=["dicle"]),
    ],
))

# ---------------------------------------------------------------- Qatar and Afghanistan (2016-01-24, a Sunday)
DOCS.append(dict(
    id="t11-qa-doha", published="2016-01-24",
    text="""الدوحة - «القدس العربي»:

استضافت العاصمة القطرية الدوحة، أمس السبت، جولة جديدة من المحادثات غير الرسمية بين وفد من حركة طالبان الأفغانية وممثلين عن الحكومة الأفغانية، بحضور مسؤولين من باكستان والصين والولايات المتحدة، وفق ما أعلنته وزارة الخارجية القطرية في بيان.

وقال ذبيح الله مجاهد، المتحدث باسم الحركة، إن وفدها الذي ترأسه شير محمد عباسي، رئيس المكتب السياسي للحركة في الدوحة، «طالب بانسحاب القوات الأجنبية من أفغانستان قبل أي اتفاق».

في غضون ذلك، قتل 11 شرطيا على الأقل في هجوم شنه مسلحو طالبان على نقطة تفتيش في ولاية هلمند جنوبي أفغانستان، بحسب ما أفاد محمد رسول زاهد المتحدث باسم حاكم الولاية.

من جهة أخرى، قال الجنرال الأمريكي جون هاريسون، قائد قوات حلف شمال الأطلسي (ناتو) في أفغانستان، إن طائرات أمريكية نفذت غارة بطائرة مسيرة قتلت أحد قادة تنظيم ولاية خراسان في ولاية ننغرهار شرقي البلاد.""",
    entities=[
        E("doha", "Place", ["الدوحة", "العاصمة القطرية"], "Doha", qid="Q3861", sub="City"),
        E("quds", "Organization", ["القدس العربي"], "Al-Quds Al-Arabi", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان الأفغانية", "حركة طالبان", "طالبان", "الحركة"], "Taliban",
          qid="Q42418", sub="ArmedGroup"),
        E("afgov", "Organization", ["الحكومة الأفغانية"], "Government of Afghanistan", sub="GovernmentBody"),
        E("pakistan", "Place", ["باكستان"], "Pakistan", qid="Q843", sub="Country", alt=["Organization"]),
        E("china", "Place", ["الصين"], "China", qid="Q148", sub="Country", alt=["Organization"]),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("qmfa", "Organization", ["وزارة الخارجية القطرية"], "Ministry of Foreign Affairs (Qatar)",
          sub="GovernmentBody"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("abbasi", "Person", ["شير محمد عباسي"], "Sher Mohammad Abbasi"),
        E("polbureau", "Organization", ["المكتب السياسي"], "Taliban political office", opt=True),
        E("afghanistan", "Place", ["أفغانستان", "البلاد"], "Afghanistan", qid="Q889", sub="Country"),
        E("helmand", "Place", ["ولاية هلمند", "هلمند"], "Helmand Province", sub="Region"),
        E("zahid", "Person", ["محمد رسول زاهد"], "Mohammad Rasul Zahid"),
        E("harrison", "Person", ["جون هاريسون"], "John Harrison"),
        E("nato", "Organization", ["حلف شمال الأطلسي", "ناتو", "قوات حلف شمال الأطلسي"], "NATO", qid="Q7184",
          sub="Coalition"),
        E("iskp", "Organization", ["تنظيم ولاية خراسان", "ولاية خراسان"], "Islamic State Khorasan Province",
          sub="ArmedGroup"),
        E("nangarhar", "Place", ["ولاية ننغرهار", "ننغرهار"], "Nangarhar Province", sub="Region"),
    ],
    relations=[
        R("spokespersonOf", "mujahid", "taliban"),   # المتحدث باسم الحركة
        R("leaderOf", "abbasi", "polbureau", opt=True),   # رئيس المكتب السياسي للحركة
        R("memberOf", "abbasi", "taliban"),
        R("partOf", "polbureau", "taliban", opt=True),
        R("locatedIn", "polbureau", "doha", opt=True),
        R("locatedIn", "helmand", "afghanistan"),    # ولاية هلمند جنوبي أفغانستان
        R("leaderOf", "harrison", "nato"),           # قائد قوات حلف شمال الأطلسي
        R("locatedIn", "nangarhar", "afghanistan"),  # ولاية ننغرهار شرقي البلاد
    ],
    events=[
        # yesterday's talks in Doha
        V("Meeting", agent=["taliban", "afgov"], place=["doha"], date="2016-01-23", trigger="المحادثات"),
        V("Meeting", opt=True, agent=["pakistan", "china", "usa", "abbasi"]),
        # the Taliban attack on a checkpoint in Helmand, 11 policemen killed
        V("Attack", agent=["taliban"], place=[["helmand", "afghanistan"]], trigger="هجوم"),
        V("Killing", agent=["taliban"], place=[["helmand", "afghanistan"]], trigger="قتل"),
        # the US drone strike in Nangarhar that killed an ISKP commander
        V("Strike", target=["iskp"], place=[["nangarhar", "afghanistan"]], trigger="غارة"),
        V("Killing", target=["iskp"], place=[["nangarhar", "afghanistan"]], trigger="قتلت"),
        V("Strike", opt=True, agent=["usa"]),
        V("Killing", opt=True, agent=["usa"]),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu (2016-06-02, a Thursday)
DOCS.append(dict(
    id="t11-so-mogadishu", published="2016-06-02",
    text="""مقديشو - «الشرق الأوسط» - خالد محمود:

قتل 15 شخصا على الأقل، بينهم نائب في البرلمان الصومالي، في هجوم شنه مسلحون من حركة الشباب المجاهدين على فندق وسط العاصمة الصومالية مقديشو ليل أمس، استمر أكثر من ست ساعات قبل أن تتمكن القوات الحكومية من إنهائه.

وقال المتحدث باسم الشرطة الصومالية الرائد محمد حسين علي إن المهاجمين فجروا سيارة مفخخة عند بوابة الفندق قبل أن يقتحمه أربعة مسلحين، مؤكدا مقتلهم جميعا. وأعلن عبد الله حسن عيسى، المتحدث العسكري باسم الحركة، مسؤوليتها عن الهجوم في تصريح لإذاعة «الأندلس» التابعة لها.

وأدان الرئيس حسن شيخ محمود الهجوم، فيما قالت بعثة الاتحاد الأفريقي في الصومال (أميصوم) إن قواتها قتلت 20 عنصرا من الحركة في معارك قرب بلدة بارديري بإقليم جدو جنوب غربي البلاد.
وكانت الحركة، المرتبطة بتنظيم القاعدة، قد تبنت الشهر الماضي هجوما على قاعدة للقوات الكينية في منطقة العدي.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو", "العاصمة الصومالية"], "Mogadishu", qid="Q2449", sub="City"),
        E("asharq", "Organization", ["الشرق الأوسط"], "Asharq Al-Awsat", sub="MediaOrganization", opt=True),
        E("byline", "Person", ["خالد محمود"], "Khaled Mahmoud", opt=True),
        E("parliament", "Organization", ["البرلمان الصومالي"], "Federal Parliament of Somalia",
          sub="GovernmentBody"),
        E("shabaab", "Organization", ["حركة الشباب المجاهدين", "الحركة"], "al-Shabaab", sub="ArmedGroup"),
        E("govforces", "Organization", ["القوات الحكومية"], "Somali government forces", sub="ArmedForce",
          opt=True),
        E("police", "Organization", ["الشرطة الصومالية"], "Somali Police Force", sub="GovernmentBody"),
        E("ali", "Person", ["محمد حسين علي"], "Mohamed Hussein Ali"),
        E("issa", "Person", ["عبد الله حسن عيسى"], "Abdullah Hassan Issa"),
        E("andalus", "Organization", ["إذاعة «الأندلس»"], "Radio Andalus", sub="MediaOrganization"),
        E("hsm", "Person", ["حسن شيخ محمود"], "Hassan Sheikh Mohamud"),
        E("amisom", "Organization", ["بعثة الاتحاد الأفريقي في الصومال", "أميصوم"], "AMISOM"),
        E("bardhere", "Place", ["بلدة بارديري", "بارديري"], "Bardhere", sub="City"),
        E("gedo", "Place", ["إقليم جدو", "جدو"], "Gedo", sub="Region"),
        E("somalia", "Place", ["البلاد"], "Somalia", qid="Q1045", sub="Country", opt=True),
        E("alqaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("kdf", "Organization", ["القوات الكينية"], "Kenya Defence Forces", sub="ArmedForce"),
        E("eladde", "Place", ["منطقة العدي", "العدي"], "El Adde", sub="City"),
    ],
    relations=[
        R("locatedIn", "bardhere", "gedo"),              # بلدة بارديري بإقليم جدو
        R("locatedIn", "gedo", "somalia", opt=True),      # جنوب غربي البلاد
        R("spokespersonOf", "ali", "police"),             # المتحدث باسم الشرطة الصومالية
        R("spokespersonOf", "issa", "shabaab"),           # المتحدث العسكري باسم الحركة
        R("partOf", "andalus", "shabaab"),                # إذاعة «الأندلس» التابعة لها
        R("leaderOf", "hsm", "somalia", opt=True),        # الرئيس
        R("affiliatedWith", "shabaab", "alqaeda"),        # المرتبطة بتنظيم القاعدة
    ],
    events=[
        # last night's al-Shabaab attack on a hotel in Mogadishu
        V("Attack", agent=["shabaab"], place=["mogadishu"], date="2016-06-01", trigger="هجوم"),
        V("Killing", agent=["shabaab"], place=["mogadishu"], date="2016-06-01", trigger="قتل"),
        V("Killing", opt=True, target=["parliament"]),
        # AMISOM kills 20 al-Shabaab fighters near Bardhere
        V("Killing", agent=["amisom"], target=["shabaab"], place=[["bardhere", "gedo"]], trigger="قتلت"),
        V("Attack", opt=True, agent=["amisom"], target=["shabaab"], place=[["bardhere", "gedo"]]),
        # last month's attack on a Kenyan base in El Adde
        V("Attack", agent=["shabaab"], target=["kdf"], place=["eladde"], date="2016-05", trigger="هجوما"),
    ],
))

# ---------------------------------------------------------------- Saudi Arabia, Riyadh (2017-10-02, a Monday)
DOCS.append(dict(
    id="t11-sa-riyadh", published="2017-10-02",
    text="""الرياض - واس:

أعلنت رئاسة أمن الدولة السعودية، أمس الأحد، القبض على خمسة أشخاص، بينهم مقيم يحمل الجنسية اليمنية، في حي الياسمين شمالي الرياض، قالت إنهم كانوا يخططون لتنفيذ عمليات انتحارية ضد منشآت حكومية بتوجيه من قياديين في تنظيم داعش بسوريا.

ونقلت وكالة الأنباء السعودية عن المتحدث الرسمي باسم الرئاسة اللواء سلطان بن فهد الحربي أن أحد الموقوفين، ويدعى عبد الله بن ناصر الدوسري، «سبق أن قاتل في صفوف التنظيم بمدينة الرقة».

وفي سياق متصل، أعلنت السفارة الأمريكية في الرياض تعليق خدماتها القنصلية يومين، فيما استقبل خادم الحرمين الشريفين الملك سلمان بن عبد العزيز في قصر اليمامة وزير الخارجية الأمريكي ريكس تيلرسون، وبحثا تطورات الأوضاع في المنطقة.

إلى ذلك، أعلن التحالف بقيادة السعودية اعتراض صاروخ باليستي أطلقته ميليشيا الحوثي باتجاه مدينة جازان، وقال المتحدث باسم التحالف العقيد الركن فيصل الشهري إن الصاروخ «أطلق من محافظة صعدة».""",
    entities=[
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("spa", "Organization", ["واس", "وكالة الأنباء السعودية"], "Saudi Press Agency",
          sub="MediaOrganization", opt=True),
        E("ssp", "Organization", ["رئاسة أمن الدولة السعودية", "رئاسة أمن الدولة", "الرئاسة"],
          "Presidency of State Security", sub="GovernmentBody"),
        E("yasmin", "Place", ["حي الياسمين"], "al-Yasmin", sub="City"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("harbi", "Person", ["سلطان بن فهد الحربي"], "Sultan bin Fahd al-Harbi"),
        E("dosari", "Person", ["عبد الله بن ناصر الدوسري"], "Abdullah bin Nasser al-Dosari"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة"], "Raqqa", sub="City"),
        E("embassy", "Organization", ["السفارة الأمريكية"], "Embassy of the United States in Riyadh"),
        E("salman", "Person", ["سلمان بن عبد العزيز", "الملك سلمان بن عبد العزيز"], "King Salman",
          qid="Q367825"),
        E("yamama", "Place", ["قصر اليمامة"], "al-Yamamah Palace", sub="City", opt=True),
        E("tillerson", "Person", ["ريكس تيلرسون"], "Rex Tillerson"),
        E("coalition", "Organization", ["التحالف"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("houthis", "Organization", ["ميليشيا الحوثي"], "Houthis", sub="ArmedGroup"),
        E("jazan", "Place", ["مدينة جازان", "جازان"], "Jazan", sub="City"),
        E("shehri", "Person", ["فيصل الشهري"], "Faisal al-Shehri"),
        E("saada", "Place", ["محافظة صعدة", "صعدة"], "Saada Governorate", sub="Region"),
    ],
    relations=[
        R("locatedIn", "yasmin", "riyadh"),          # حي الياسمين شمالي الرياض
        R("spokespersonOf", "harbi", "ssp"),         # المتحدث الرسمي باسم الرئاسة
        R("memberOf", "dosari", "isis"),             # قاتل في صفوف التنظيم
        R("leaderOf", "saudi", "coalition"),         # التحالف بقيادة السعودية
        R("spokespersonOf", "shehri", "coalition"),  # المتحدث باسم التحالف
        R("leaderOf", "salman", "saudi", opt=True),  # خادم الحرمين الشريفين الملك
        R("locatedIn", "yamama", "riyadh", opt=True),
    ],
    events=[
        # arrests in al-Yasmin announced yesterday
        V("Arrest", agent=["ssp"], target=["dosari"], place=[["yasmin", "riyadh"]], trigger="القبض"),
        V("Arrest", opt=True, date="2017-10-01"),
        # King Salman receives Tillerson
        V("Meeting", agent=["salman", "tillerson"], place=[["yamama", "riyadh"]], trigger="استقبل"),
        V("Visit", opt=True, agent=["tillerson"], place=[["yamama", "riyadh"]]),
        # the Houthi ballistic missile towards Jazan, intercepted
        V("Strike", agent=["houthis"], place=["jazan"], trigger="صاروخ"),
        V("Strike", opt=True, place=["saada"]),
    ],
))
