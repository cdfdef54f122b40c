"""Hand annotations of the twenty-fourth training set (see eval/train24/README.md).

Events in agency copy, on what wire news does and the extractor missed: the agent named in
another clause than the trigger or carried across joined verbs (شنت ... وقتلت ... واعتقلت),
claims of responsibility (أعلنت X مسؤوليتها عن، تبنى X الهجوم، في هجوم تبنته X), nouns and
passives with the agent after على يد / برصاص / من قبل, unknown gunmen, groups and named persons as
targets, places after the trigger (في بلدة X بريف Y), dates in another phrase (يوم الأحد الماضي، في
العاشر من الشهر الجاري، في آب/أغسطس 2014), meetings and visits in other words (استقبل، التقى، أجرى
مباحثات مع، وصل إلى ... في زيارة، عقد اجتماعا). Persons are invented except well-known public figures.
Written and annotated before the extractor was run on it; the event helper's WORKING set.
``build_train24.py`` turns this into eval/train24.jsonl. In event roles a nested list is a set of
alternatives.
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Syria, Idlib (2017-08-14, Monday)
DOCS.append(dict(
    id="t24-sy-sarmada", published="2017-08-14",
    text="""بيروت - (رويترز):

اغتال مسلحون مجهولون، مساء السبت، القيادي في حركة أحرار الشام الإسلامية أبو عبد الله الحموي، بعدما أطلقوا النار على سيارته عند مدخل بلدة سرمدا بريف إدلب الشمالي، بحسب ما أفاد ناشطون.

وقال مصدر في الحركة إن المهاجمين، الذين كانوا يستقلون دراجة نارية، فروا باتجاه مدينة الدانا، ولم تتبن أي جهة عملية الاغتيال حتى الآن.

وفي سياق متصل، شنت هيئة تحرير الشام حملة مداهمات في مدينة سراقب يوم الأحد، واعتقلت خلالها سبعة أشخاص قالت إنهم ينتمون إلى خلايا تابعة لتنظيم الدولة الإسلامية، وقتلت اثنين آخرين حاولا الفرار.

وأوضح عماد الدين مجاهد، مدير العلاقات الإعلامية في الهيئة، أن الموقوفين «متورطون في تفجير سيارة مفخخة في مدينة إدلب في العاشر من الشهر الجاري» أسفر عن مقتل خمسة مدنيين وإصابة 20 آخرين.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("ahrar", "Organization", ["حركة أحرار الشام الإسلامية", "الحركة"], "Ahrar al-Sham", sub="ArmedGroup"),
        E("hamawi", "Person", ["أبو عبد الله الحموي"], "Abu Abdullah al-Hamawi"),
        E("sarmada", "Place", ["بلدة سرمدا"], "Sarmada", sub="City"),
        E("idlib", "Place", ["إدلب"], "Idlib Governorate", sub="Region"),
        E("dana", "Place", ["مدينة الدانا"], "al-Dana", sub="City"),
        E("hts", "Organization", ["هيئة تحرير الشام", "الهيئة"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("saraqib", "Place", ["مدينة سراقب"], "Saraqib", sub="City"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("mujahid", "Person", ["عماد الدين مجاهد"], "Imad al-Din Mujahid"),
        E("idlibcity", "Place", ["مدينة إدلب"], "Idlib", sub="City"),
    ],
    relations=[
        R("memberOf", "hamawi", "ahrar"),
        R("locatedIn", "sarmada", "idlib"),
        R("positionIn", "mujahid", "hts"),
        R("spokespersonOf", "mujahid", "hts", opt=True),
    ],
    events=[
        V("Killing", target=["hamawi"], place=[["sarmada", "idlib"]], date="2017-08-12", trigger="اغتال"),
        V("Attack", opt=True, target=["hamawi", "ahrar"], place=[["sarmada", "idlib"]], date="2017-08-12"),
        V("Killing", opt=True, target=["ahrar"]),
        V("Arrest", agent=["hts"], place=["saraqib"], date="2017-08-13", trigger="اعتقلت"),
        V("Arrest", opt=True, target=["isis"]),
        V("Killing", agent=["hts"], place=["saraqib"], date="2017-08-13", trigger="قتلت"),
        V("Attack", place=["idlibcity"], date="2017-08-10", trigger="تفجير"),
        V("Attack", opt=True, agent=["isis"]),
        V("Killing", place=["idlibcity"], date="2017-08-10", trigger="مقتل"),
        V("Killing", opt=True, agent=["isis"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Anbar (2015-06-23, Tuesday)
DOCS.append(dict(
    id="t24-iq-baghdadi", published="2015-06-23",
    text="""الرمادي - كتب: حيدر الجنابي

تبنى تنظيم «داعش»، في بيان نشره على مواقع التواصل، الهجوم الانتحاري الذي استهدف صباح الأحد الماضي مقرا لـ«الحشد العشائري» قرب ناحية البغدادي غربي محافظة الأنبار، وأسفر عن مقتل 11 مقاتلا، بينهم القيادي في الحشد العشائري العقيد شاكر الدليمي.

وقال قائد عمليات الجزيرة والبادية، اللواء الركن قاسم المحمدي، إن انتحاريا يقود عربة مفخخة «اقتحم بوابة المقر وفجر نفسه»، مشيرا إلى أن القوات الأمنية قتلت انتحاريا ثانيا قبل وصوله إلى الهدف.

وفي قضاء حديثة، قتل ثلاثة من أبناء عشيرة الجغايفة على يد مسلحين من التنظيم يوم الجمعة، وعثر على جثثهم في وقت لاحق على ضفاف نهر الفرات.

فيما أعلنت خلية الإعلام الحربي مقتل 23 عنصرا من «داعش» بغارات لطيران التحالف الدولي على منطقة الثرثار، دون أن تحدد موعدها.""",
    entities=[
        E("ramadi", "Place", ["الرمادي"], "Ramadi", sub="City"),
        E("janabi", "Person", ["حيدر الجنابي"], "Haidar al-Janabi"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("hashd", "Organization", ["الحشد العشائري"], "Tribal Mobilisation", sub="ArmedGroup"),
        E("baghdadi", "Place", ["ناحية البغدادي"], "al-Baghdadi", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار"], "Anbar Governorate", sub="Region"),
        E("dulaimi", "Person", ["شاكر الدليمي"], "Shakir al-Dulaimi"),
        E("jazira", "Organization", ["عمليات الجزيرة والبادية"], "Jazira and Badia Operations Command",
          sub="ArmedForce"),
        E("mohammadi", "Person", ["قاسم المحمدي"], "Qasim al-Mohammadi"),
        E("isf", "Organization", ["القوات الأمنية"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("haditha", "Place", ["قضاء حديثة"], "Haditha District", sub="Region"),
        E("jghayfa", "Organization", ["عشيرة الجغايفة"], "al-Jghayfa tribe"),
        E("euphrates", "Place", ["نهر الفرات"], "Euphrates", opt=True),
        E("cell", "Organization", ["خلية الإعلام الحربي"], "War Media Cell", sub="GovernmentBody"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("tharthar", "Place", ["منطقة الثرثار"], "al-Tharthar", sub="Region"),
    ],
    relations=[
        R("locatedIn", "baghdadi", "anbar"),
        R("memberOf", "dulaimi", "hashd"),
        R("leaderOf", "mohammadi", "jazira"),
    ],
    events=[
        V("Attack", agent=["isis"], target=["hashd"], place=[["baghdadi", "anbar"]], date="2015-06-21",
          trigger="الهجوم"),
        V("Killing", agent=["isis"], target=["dulaimi", "hashd"], place=[["baghdadi", "anbar"]], date="2015-06-21",
          trigger="مقتل"),
        V("Killing", opt=True, agent=["isf"]),
        V("Killing", agent=["isis"], target=["jghayfa"], place=["haditha"], date="2015-06-19", trigger="قتل"),
        V("Strike", agent=["coalition"], target=["isis"], place=["tharthar"], trigger="بغارات"),
        V("Killing", agent=["coalition"], target=["isis"], place=["tharthar"], trigger="مقتل"),
        V("Strike", opt=True, date="2015-06"),
        V("Killing", opt=True, date="2015-06"),
    ],
))

# ---------------------------------------------------------------- Yemen, Aden and Lahj (2016-03-08, Tuesday)
DOCS.append(dict(
    id="t24-ye-aden", published="2016-03-08",
    text="""عدن - (أ ف ب):

قتل مسلحون يعتقد أنهم ينتمون إلى تنظيم القاعدة، فجر الاثنين، أربعة من حراس دار للمسنين تديرها راهبات في مديرية الشيخ عثمان بمدينة عدن، ثم اقتحموا الدار وأعدموا 12 من نزلائها والعاملين فيها.

وقال مصدر في السلطة المحلية إن المهاجمين، وعددهم أربعة، «كانوا يرتدون زيا عسكريا»، ولاذوا بالفرار بعد العملية. ولم تعلن أي جهة مسؤوليتها عن الهجوم الذي نددت به الأمم المتحدة.

وفي محافظة لحج المجاورة، أعلنت قوات الحزام الأمني أنها ألقت القبض، مساء الأحد، على القيادي في تنظيم أنصار الشريعة مراد باحميش وثلاثة من مرافقيه في نقطة تفتيش عند مدخل مدينة الحوطة.

من جهة أخرى، وصل رئيس الوزراء اليمني خالد بحاح إلى عدن قادما من الرياض، في زيارة يلتقي خلالها محافظ عدن عيدروس الزبيدي لبحث الأوضاع الأمنية.""",
    entities=[
        E("aden", "Place", ["عدن", "مدينة عدن"], "Aden", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "Agence France-Presse", sub="MediaOrganization", opt=True),
        E("aq", "Organization", ["تنظيم القاعدة"], "al-Qaeda", sub="ArmedGroup"),
        E("shaikh", "Place", ["مديرية الشيخ عثمان"], "Sheikh Othman", sub="City"),
        E("local", "Organization", ["السلطة المحلية"], "Aden local authority", sub="GovernmentBody", opt=True),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("lahj", "Place", ["محافظة لحج"], "Lahij Governorate", sub="Region"),
        E("belt", "Organization", ["قوات الحزام الأمني"], "Security Belt Forces", sub="ArmedForce"),
        E("ansar", "Organization", ["تنظيم أنصار الشريعة"], "Ansar al-Sharia", sub="ArmedGroup"),
        E("bahmish", "Person", ["مراد باحميش"], "Murad Bahmish"),
        E("hawta", "Place", ["مدينة الحوطة"], "al-Hawtah", sub="City"),
        E("bahah", "Person", ["خالد بحاح"], "Khaled Bahah"),
        E("riyadh", "Place", ["الرياض"], "Riyadh", qid="Q3692", sub="City"),
        E("zubaidi", "Person", ["عيدروس الزبيدي"], "Aidarus al-Zubaidi"),
    ],
    relations=[
        R("locatedIn", "shaikh", "aden"),
        R("memberOf", "bahmish", "ansar"),
        R("locatedIn", "hawta", "lahj"),
        R("leaderOf", "zubaidi", "aden"),
    ],
    events=[
        V("Killing", place=[["shaikh", "aden"]], date="2016-03-07", trigger="قتل"),
        V("Attack", place=[["shaikh", "aden"]], date="2016-03-07", trigger="الهجوم"),
        V("Killing", opt=True, agent=["aq"]),
        V("Attack", opt=True, agent=["aq"]),
        V("Arrest", agent=["belt"], target=["bahmish"], place=[["hawta", "lahj"]], date="2016-03-06",
          trigger="ألقت القبض"),
        V("Arrest", opt=True, target=["ansar"]),
        V("Visit", agent=["bahah"], place=["aden"], trigger="وصل"),
        V("Meeting", opt=True, agent=["bahah", "zubaidi"], place=["aden"]),
    ],
))

# ---------------------------------------------------------------- Libya, Benghazi (2018-10-16, Tuesday)
DOCS.append(dict(
    id="t24-ly-sabri", published="2018-10-16",
    text="""بنغازي - (رويترز):

قالت القيادة العامة للجيش الوطني الليبي، أمس الاثنين، إن وحداتها شنت هجوما واسعا على آخر جيوب «مجلس شورى ثوار بنغازي» في منطقة الصابري وسط المدينة، وقتلت 14 من عناصره واعتقلت ثمانية آخرين بينهم القيادي فرج الشلوي.

وأوضح أحمد المسماري، المتحدث باسم القيادة، أن سلاح الجو التابع للجيش شارك في الهجوم بغارات على مواقع المسلحين.

في غضون ذلك، أعلن مكتب النائب العام في طرابلس فتح تحقيق في اغتيال سالم القماطي، المسؤول في وزارة المالية، على يد مسلحين مجهولين أطلقوا عليه النار يوم الخميس الماضي أثناء خروجه من مقر عمله في حي الظهرة.

ووصل المبعوث الأممي إلى ليبيا غسان سلامة إلى مدينة مصراتة، الأحد، حيث عقد اجتماعا مع أعضاء المجلس البلدي مصراتة وقادة كتائبها.""",
    entities=[
        E("benghazi", "Place", ["بنغازي", "المدينة"], "Benghazi", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("gc", "Organization", ["القيادة العامة للجيش الوطني الليبي", "القيادة"], "LNA General Command",
          sub="ArmedForce"),
        E("air", "Organization", ["سلاح الجو"], "LNA Air Force", sub="ArmedForce", opt=True),
        E("lna", "Organization", ["الجيش"], "Libyan National Army", sub="ArmedForce", opt=True),
        E("bsrc", "Organization", ["مجلس شورى ثوار بنغازي"], "Benghazi Revolutionaries Shura Council",
          sub="ArmedGroup"),
        E("sabri", "Place", ["منطقة الصابري"], "al-Sabri", sub="City"),
        E("shalwi", "Person", ["فرج الشلوي"], "Faraj al-Shalwi"),
        E("mismari", "Person", ["أحمد المسماري"], "Ahmed al-Mismari"),
        E("ag", "Organization", ["مكتب النائب العام"], "Attorney General's Office", sub="GovernmentBody"),
        E("tripoli", "Place", ["طرابلس"], "Tripoli", qid="Q3579", sub="City"),
        E("qamati", "Person", ["سالم القماطي"], "Salem al-Qamati"),
        E("mof", "Organization", ["وزارة المالية"], "Libyan Ministry of Finance", sub="GovernmentBody"),
        E("dahra", "Place", ["حي الظهرة"], "al-Dahra", sub="City"),
        E("salame", "Person", ["غسان سلامة"], "Ghassan Salamé"),
        E("libya", "Place", ["ليبيا"], "Libya", qid="Q1016", sub="Country"),
        E("misrata", "Place", ["مدينة مصراتة"], "Misrata", sub="City"),
        E("council", "Organization", ["المجلس البلدي مصراتة"], "Misrata Municipal Council", sub="GovernmentBody"),
    ],
    relations=[
        R("spokespersonOf", "mismari", "gc"),
        R("memberOf", "shalwi", "bsrc"),
        R("locatedIn", "sabri", "benghazi"),
        R("positionIn", "qamati", "mof"),
        R("locatedIn", "dahra", "tripoli"),
        R("partOf", "air", "lna", opt=True),
    ],
    events=[
        V("Attack", agent=[["gc", "lna"]], target=["bsrc"], place=[["sabri", "benghazi"]], date="2018-10",
          trigger="هجوما"),
        V("Killing", agent=[["gc", "lna"]], target=["bsrc"], place=[["sabri", "benghazi"]], date="2018-10",
          trigger="قتلت"),
        V("Arrest", agent=[["gc", "lna"]], target=["shalwi", "bsrc"], place=[["sabri", "benghazi"]], date="2018-10",
          trigger="اعتقلت"),
        V("Strike", agent=[["air", "lna", "gc"]], target=["bsrc"], place=[["sabri", "benghazi"]], trigger="بغارات"),
        # the air force "took part in the attack": one of its doers, which an annotator may leave out
        V("Attack", opt=True, agent=["air"]),
        V("Killing", target=["qamati"], place=[["dahra", "tripoli"]], date="2018-10-11", trigger="اغتيال"),
        V("Attack", opt=True, target=["qamati"], place=[["dahra", "tripoli"]], date="2018-10-11"),
        V("Visit", agent=["salame"], place=["misrata"], date="2018-10-14", trigger="وصل"),
        V("Meeting", agent=["salame", "council"], place=["misrata"], date="2018-10-14", trigger="اجتماعا"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2014-11-12, Wednesday)
DOCS.append(dict(
    id="t24-eg-zuweid", published="2014-11-12",
    text="""العريش - كتب: محمود سليمان

أعلنت جماعة «أنصار بيت المقدس» مسؤوليتها عن تفجير استهدف مدرعة تابعة للجيش المصري على الطريق الدولي بين مدينتي العريش والشيخ زويد بمحافظة شمال سيناء صباح الاثنين، وأدى إلى مقتل ضابط وثلاثة مجندين.

وقالت الجماعة، في بيان تداولته حسابات مؤيدة لها، إن «أسود الجماعة» زرعوا عبوة ناسفة في طريق المدرعة ثم أمطروا من نجا بالرصاص.

وقال العميد محمد سمير، المتحدث العسكري باسم القوات المسلحة، إن قوات الجيش الثاني الميداني ردت بحملة دهم في قرى المقاطعة والجورة والتومة جنوب الشيخ زويد، أسفرت عن مقتل ستة «عناصر تكفيرية» وضبط 17 مشتبها بهم.

وفي القاهرة، استقبل الرئيس عبد الفتاح السيسي، أمس الثلاثاء، وزير الخارجية الإيطالي باولو جنتيلوني، وبحث معه التعاون بين البلدين في مكافحة الإرهاب.""",
    entities=[
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("soliman", "Person", ["محمود سليمان"], "Mahmoud Soliman"),
        E("abm", "Organization", ["أنصار بيت المقدس", "الجماعة"], "Ansar Bayt al-Maqdis", sub="ArmedGroup"),
        E("army", "Organization", ["الجيش المصري", "القوات المسلحة"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("zuweid", "Place", ["الشيخ زويد"], "Sheikh Zuweid", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء"], "North Sinai Governorate", sub="Region"),
        E("samir", "Person", ["محمد سمير"], "Mohamed Samir"),
        E("second", "Organization", ["الجيش الثاني الميداني"], "Second Field Army", sub="ArmedForce"),
        E("muqataa", "Place", ["المقاطعة"], "al-Muqataa", sub="City"),
        E("jura", "Place", ["الجورة"], "al-Jura", sub="City"),
        E("tuma", "Place", ["التومة"], "al-Tuma", sub="City"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("sisi", "Person", ["عبد الفتاح السيسي"], "Abdel Fattah el-Sisi"),
        E("gentiloni", "Person", ["باولو جنتيلوني"], "Paolo Gentiloni"),
    ],
    relations=[
        R("spokespersonOf", "samir", "army"),
        R("partOf", "second", "army"),
        R("locatedIn", "arish", "nsinai"),
        R("locatedIn", "zuweid", "nsinai"),
        R("locatedIn", "muqataa", "zuweid", opt=True),
        R("locatedIn", "jura", "zuweid", opt=True),
        R("locatedIn", "tuma", "zuweid", opt=True),
    ],
    events=[
        V("Attack", agent=["abm"], target=["army"], place=[["arish", "zuweid", "nsinai"]], date="2014-11-10",
          trigger="تفجير"),
        V("Killing", agent=["abm"], target=["army"], place=[["arish", "zuweid", "nsinai"]], date="2014-11-10",
          trigger="مقتل"),
        V("Killing", agent=[["second", "army"]], place=[["muqataa", "zuweid"], ["jura", "zuweid"], ["tuma", "zuweid"]],
          trigger="مقتل"),
        V("Arrest", agent=[["second", "army"]], place=[["muqataa", "zuweid"], ["jura", "zuweid"], ["tuma", "zuweid"]],
          trigger="ضبط"),
        V("Meeting", agent=["sisi", "gentiloni"], place=["cairo"], date="2014-11-11", trigger="استقبل"),
        V("Visit", opt=True, agent=["gentiloni"], place=["cairo"], date="2014-11-11"),
    ],
))

# ---------------------------------------------------------------- Lebanon, Arsal and Baalbek (2016-07-27, Wednesday)
DOCS.append(dict(
    id="t24-lb-arsal", published="2016-07-27",
    text="""بيروت - «الوكالة الوطنية للإعلام»:

استهدف الجيش اللبناني بالمدفعية الثقيلة، ليل الاثنين، تحركات لمسلحي «جبهة النصرة» في جرود بلدة عرسال على الحدود مع سوريا، وأصاب عددا منهم، بحسب بيان لقيادة الجيش.

وأضاف البيان أن دورية من مديرية المخابرات دهمت مخيما للنازحين في محلة وادي حميد، وأوقفت خمسة سوريين بينهم المدعو أحمد الفليطي، المطلوب بتهمة «الانتماء إلى تنظيم إرهابي والمشاركة في الاعتداء على مراكز الجيش في آب/أغسطس 2014».

وفي سياق منفصل، قتل المواطن حسين زعيتر برصاص مسلحين ملثمين أطلقوا النار عليه من سيارة رباعية الدفع في بلدة بريتال في قضاء بعلبك مساء الثلاثاء، وفر المسلحون إلى جهة مجهولة.

إلى ذلك، التقى رئيس مجلس النواب نبيه بري في عين التينة، أمس، السفيرة الأمريكية إليزابيث ريتشارد، وعرض معها الأوضاع العامة.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("nna", "Organization", ["الوكالة الوطنية للإعلام"], "National News Agency", sub="MediaOrganization",
          opt=True),
        E("army", "Organization", ["الجيش اللبناني", "الجيش", "قيادة الجيش"], "Lebanese Armed Forces",
          sub="ArmedForce"),
        E("nusra", "Organization", ["جبهة النصرة"], "al-Nusra Front", sub="ArmedGroup"),
        E("arsal", "Place", ["بلدة عرسال"], "Arsal", sub="City"),
        E("syria", "Place", ["سوريا"], "Syria", qid="Q858", sub="Country"),
        E("intel", "Organization", ["مديرية المخابرات"], "Lebanese Army Intelligence Directorate",
          sub="GovernmentBody"),
        E("wadi", "Place", ["محلة وادي حميد"], "Wadi Hmeid", sub="City"),
        E("fleiti", "Person", ["أحمد الفليطي"], "Ahmad al-Fleiti"),
        E("zaiter", "Person", ["حسين زعيتر"], "Hussein Zaiter"),
        E("brital", "Place", ["بلدة بريتال"], "Brital", sub="City"),
        E("baalbek", "Place", ["قضاء بعلبك"], "Baalbek District", sub="Region"),
        E("berri", "Person", ["نبيه بري"], "Nabih Berri"),
        E("parliament", "Organization", ["مجلس النواب"], "Parliament of Lebanon", sub="GovernmentBody"),
        E("aintineh", "Place", ["عين التينة"], "Ain al-Tineh", sub="City"),
        E("richard", "Person", ["إليزابيث ريتشارد"], "Elizabeth Richard"),
    ],
    relations=[
        R("partOf", "intel", "army"),
        R("locatedIn", "brital", "baalbek"),
        R("locatedIn", "wadi", "arsal", opt=True),
        R("leaderOf", "berri", "parliament"),
    ],
    events=[
        V("Strike", agent=["army"], target=["nusra"], place=["arsal"], date="2016-07-25", trigger="استهدف"),
        V("Arrest", agent=[["intel", "army"]], target=["fleiti"], place=[["wadi", "arsal"]], trigger="أوقفت"),
        V("Arrest", opt=True, date="2016-07"),
        V("Attack", target=["army"], date="2014-08", trigger="الاعتداء"),
        V("Attack", opt=True, place=["arsal"]),
        V("Killing", target=["zaiter"], place=[["brital", "baalbek"]], date="2016-07-26", trigger="قتل"),
        V("Attack", opt=True, target=["zaiter"], place=[["brital", "baalbek"]], date="2016-07-26"),
        V("Meeting", agent=["berri", "richard"], place=["aintineh"], date="2016-07-26", trigger="التقى"),
    ],
))

# ---------------------------------------------------------------- Palestine, Bethlehem and Hebron (2015-12-09, Wednesday)
DOCS.append(dict(
    id="t24-ps-container", published="2015-12-09",
    text="""رام الله - (وفا):

استشهد شاب فلسطيني، مساء الثلاثاء، برصاص قوات الاحتلال الإسرائيلي عند حاجز الكونتينر شمال شرق بيت لحم، بزعم محاولته تنفيذ عملية طعن، وفق ما أعلنت وزارة الصحة الفلسطينية، التي قالت إن الشهيد هو أنس أبو زيد (19 عاما) من بلدة العبيدية.

وكانت قوات الاحتلال قد اقتحمت فجر اليوم ذاته مدينة الخليل وبلدتي بيت أمر وسعير، ونفذت حملة اعتقالات طالت 22 مواطنا، بينهم القيادي في حركة حماس الشيخ عبد الرحيم الجعبري، حسب نادي الأسير الفلسطيني.

وفي قطاع غزة، أعلنت كتائب عز الدين القسام، الجناح العسكري لحركة حماس، مقتل اثنين من عناصرها في انهيار نفق شرق خان يونس.

وفي السياق، أجرى الرئيس محمود عباس مباحثات في رام الله مع وزير الخارجية الألماني فرانك فالتر شتاينماير، تناولت الأوضاع في الأراضي الفلسطينية.""",
    entities=[
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("wafa", "Organization", ["وفا"], "WAFA", sub="MediaOrganization", opt=True),
        E("idf", "Organization", ["قوات الاحتلال الإسرائيلي", "قوات الاحتلال"], "Israeli forces", sub="ArmedForce"),
        E("container", "Place", ["حاجز الكونتينر"], "Container checkpoint", opt=True),
        E("bethlehem", "Place", ["بيت لحم"], "Bethlehem", sub="City"),
        E("moh", "Organization", ["وزارة الصحة الفلسطينية"], "Palestinian Ministry of Health", sub="GovernmentBody"),
        E("abuzeid", "Person", ["أنس أبو زيد"], "Anas Abu Zeid"),
        E("ubeidiya", "Place", ["بلدة العبيدية"], "al-Ubeidiya", sub="City"),
        E("hebron", "Place", ["مدينة الخليل"], "Hebron", sub="City"),
        E("beitummar", "Place", ["بيت أمر"], "Beit Ummar", sub="City"),
        E("saeer", "Place", ["سعير"], "Sa'ir", sub="City"),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", qid="Q38799", sub="ArmedGroup"),
        E("jabari", "Person", ["عبد الرحيم الجعبري"], "Abdul Rahim al-Jabari"),
        E("pps", "Organization", ["نادي الأسير الفلسطيني"], "Palestinian Prisoners' Society"),
        E("gaza", "Place", ["قطاع غزة"], "Gaza Strip", sub="Region"),
        E("qassam", "Organization", ["كتائب عز الدين القسام"], "Izz ad-Din al-Qassam Brigades", sub="ArmedGroup"),
        E("khanyounis", "Place", ["خان يونس"], "Khan Yunis", sub="City"),
        E("abbas", "Person", ["محمود عباس"], "Mahmoud Abbas"),
        E("steinmeier", "Person", ["فرانك فالتر شتاينماير"], "Frank-Walter Steinmeier"),
        E("territories", "Place", ["الأراضي الفلسطينية"], "Palestinian territories", opt=True),
    ],
    relations=[
        R("memberOf", "jabari", "hamas"),
        R("partOf", "qassam", "hamas"),
        R("locatedIn", "khanyounis", "gaza", opt=True),
        R("locatedIn", "container", "bethlehem", opt=True),
    ],
    events=[
        V("Killing", agent=["idf"], target=["abuzeid"], place=[["container", "bethlehem"]], date="2015-12-08",
          trigger="استشهد"),
        V("Arrest", agent=["idf"], target=["jabari"], place=["hebron", "beitummar", "saeer"], trigger="اعتقالات"),
        V("Arrest", opt=True, target=["hamas"], date="2015-12-08"),
        V("Attack", opt=True, agent=["idf"], place=["hebron", "beitummar", "saeer"], date="2015-12-08"),
        V("Meeting", agent=["abbas", "steinmeier"], place=["ramallah"], trigger="مباحثات"),
        V("Visit", opt=True, agent=["steinmeier"], place=["ramallah"]),
    ],
))

# ---------------------------------------------------------------- Turkey, Diyarbakir and Istanbul (2017-02-21, Tuesday)
DOCS.append(dict(
    id="t24-tr-lice", published="2017-02-21",
    text="""أنقرة - (الأناضول):

أعلنت رئاسة الأركان العامة التركية، اليوم الثلاثاء، تحييد 19 «إرهابيا» من منظمة «بي كا كا» في غارات نفذتها مقاتلات تركية، يوم الأحد، على مواقع المنظمة في منطقتي هاكورك وقنديل شمالي العراق.

وفي ولاية ديار بكر، جنوب شرقي البلاد، قتل جنديان وأصيب ثلاثة آخرون في هجوم بعبوة ناسفة استهدف عربة عسكرية على طريق قضاء ليجه، نفذه مسلحو المنظمة، بحسب مصادر أمنية.

كما ألقت فرق مكافحة الإرهاب التابعة لمديرية أمن إسطنبول القبض على 11 مشتبها بانتمائهم إلى تنظيم «داعش» في عمليات دهم متزامنة بأحياء إسنيورت وباغجيلار وزيتين بورنو، بينهم مواطن روسي يدعى تيمور سادولاييف.

وفي سياق آخر، وصل رئيس الوزراء بن علي يلدريم إلى العاصمة البريطانية لندن في زيارة رسمية تستغرق يومين، يلتقي خلالها نظيرته تيريزا ماي.""",
    entities=[
        E("ankara", "Place", ["أنقرة"], "Ankara", qid="Q3640", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("tgs", "Organization", ["رئاسة الأركان العامة التركية"], "Turkish General Staff", sub="ArmedForce"),
        E("pkk", "Organization", ["بي كا كا", "المنظمة"], "PKK", sub="ArmedGroup"),
        E("hakurk", "Place", ["هاكورك"], "Hakurk", sub="Region"),
        E("qandil", "Place", ["قنديل"], "Qandil", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("diyarbakir", "Place", ["ولاية ديار بكر"], "Diyarbakır Province", sub="Region"),
        E("turkey", "Place", ["البلاد"], "Turkey", qid="Q43", sub="Country", opt=True),
        E("lice", "Place", ["قضاء ليجه"], "Lice", sub="City"),
        E("ct", "Organization", ["فرق مكافحة الإرهاب"], "Counter-terrorism teams", sub="ArmedForce", opt=True),
        E("istsec", "Organization", ["مديرية أمن إسطنبول"], "Istanbul Police Department", sub="GovernmentBody"),
        E("isis", "Organization", ["تنظيم «داعش»", "داعش"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("esenyurt", "Place", ["إسنيورت"], "Esenyurt", sub="City"),
        E("bagcilar", "Place", ["باغجيلار"], "Bağcılar", sub="City"),
        E("zeytin", "Place", ["زيتين بورنو"], "Zeytinburnu", sub="City"),
        E("sadulayev", "Person", ["تيمور سادولاييف"], "Timur Sadulayev"),
        E("yildirim", "Person", ["بن علي يلدريم"], "Binali Yıldırım"),
        E("london", "Place", ["لندن"], "London", qid="Q84", sub="City"),
        E("may", "Person", ["تيريزا ماي"], "Theresa May"),
    ],
    relations=[
        R("locatedIn", "hakurk", "iraq"),
        R("locatedIn", "qandil", "iraq"),
        R("locatedIn", "lice", "diyarbakir"),
        R("partOf", "ct", "istsec", opt=True),
    ],
    events=[
        V("Strike", agent=["tgs"], target=["pkk"], place=[["hakurk", "iraq"], ["qandil", "iraq"]], date="2017-02-19",
          trigger="غارات"),
        # "neutralised" (killed or captured): optional, as in dev and heldout2
        V("Killing", opt=True, agent=["tgs"], target=["pkk"], place=[["hakurk", "qandil", "iraq"]], date="2017-02-19"),
        V("Attack", agent=["pkk"], place=[["lice", "diyarbakir"]], trigger="هجوم"),
        V("Killing", agent=["pkk"], place=[["lice", "diyarbakir"]], trigger="قتل"),
        V("Arrest", agent=[["istsec", "ct"]], target=["sadulayev"], place=["esenyurt", "bagcilar", "zeytin"],
          trigger="ألقت القبض"),
        V("Arrest", opt=True, target=["isis"]),
        V("Visit", agent=["yildirim"], place=["london"], trigger="وصل"),
        V("Meeting", opt=True, agent=["yildirim", "may"], place=["london"]),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Maidan Wardak and Logar (2019-01-22, Tuesday)
DOCS.append(dict(
    id="t24-af-wardak", published="2019-01-22",
    text="""كابول - (رويترز):

قال مسؤولون أفغان إن مقاتلين من حركة طالبان هاجموا، في وقت مبكر من صباح الاثنين، مركزا لتدريب قوات المديرية الوطنية للأمن في مدينة ميدان شهر، عاصمة ولاية ميدان وردك، ففجروا عربة همفي محملة بالمتفجرات عند بوابته ثم اقتحمه مسلحان آخران، ما أسفر عن مقتل 45 من عناصر الأمن على الأقل.

وأعلن ذبيح الله مجاهد، المتحدث باسم الحركة، مسؤولية طالبان عن الهجوم في رسالة إلى الصحفيين.

ويأتي الهجوم بعد يومين من انفجار سيارة ملغومة استهدف موكب حاكم ولاية لوجر شاه محمد أحمدي على الطريق السريع بين كابول ولوجر، ما أدى إلى مقتل ثمانية من حراسه، في هجوم تبنته «ولاية خراسان» التابعة لتنظيم الدولة الإسلامية.

في غضون ذلك، عقد المبعوث الأمريكي الخاص للسلام في أفغانستان زلماي خليل زاد جولة جديدة من المحادثات مع ممثلي طالبان في العاصمة القطرية الدوحة.""",
    entities=[
        E("kabul", "Place", ["كابول"], "Kabul", qid="Q5838", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("nds", "Organization", ["المديرية الوطنية للأمن"], "National Directorate of Security",
          sub="GovernmentBody"),
        E("maidanshahr", "Place", ["مدينة ميدان شهر"], "Maidan Shar", sub="City"),
        E("wardak", "Place", ["ولاية ميدان وردك"], "Maidan Wardak Province", sub="Region"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabiullah Mujahid"),
        E("logar", "Place", ["ولاية لوجر", "لوجر"], "Logar Province", sub="Region"),
        E("ahmadi", "Person", ["شاه محمد أحمدي"], "Shah Mohammad Ahmadi"),
        E("iskp", "Organization", ["ولاية خراسان"], "Islamic State – Khorasan Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("khalilzad", "Person", ["زلماي خليل زاد"], "Zalmay Khalilzad"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("doha", "Place", ["الدوحة"], "Doha", qid="Q3861", sub="City"),
    ],
    relations=[
        R("locatedIn", "maidanshahr", "wardak"),
        R("spokespersonOf", "mujahid", "taliban"),
        R("leaderOf", "ahmadi", "logar"),
        R("partOf", "iskp", "isis"),
    ],
    events=[
        V("Attack", agent=["taliban"], target=["nds"], place=[["maidanshahr", "wardak"]], date="2019-01-21",
          trigger="هاجموا"),
        V("Killing", agent=["taliban"], target=["nds"], place=[["maidanshahr", "wardak"]], date="2019-01-21",
          trigger="مقتل"),
        V("Attack", agent=["iskp"], target=["ahmadi"], place=[["logar", "kabul"]], trigger="انفجار"),
        V("Attack", opt=True, agent=["isis"], date="2019-01-19"),
        V("Killing", agent=["iskp"], place=[["logar", "kabul"]], trigger="مقتل"),
        V("Killing", opt=True, agent=["isis"], date="2019-01-19"),
        V("Meeting", agent=["khalilzad", "taliban"], place=["doha"], trigger="المحادثات"),
    ],
))

# ---------------------------------------------------------------- Somalia, Mogadishu and Jilib (2018-05-30, Wednesday)
DOCS.append(dict(
    id="t24-so-jazeera", published="2018-05-30",
    text="""مقديشو - (رويترز):

قالت الشرطة الصومالية إن مسلحين من حركة الشباب فجروا سيارة مفخخة ظهر الثلاثاء قرب فندق «الجزيرة» على طريق مكة المكرمة وسط مقديشو، ثم اشتبكوا مع حراس الفندق لأكثر من ساعة، في هجوم قتل فيه ما لا يقل عن سبعة أشخاص بينهم النائب في البرلمان محمد عبدي ورسمه.

وقال الرائد علي نور، وهو ضابط في الشرطة، إن «القوات الخاصة قتلت المهاجمين الأربعة». وأعلن عبد العزيز أبو مصعب، المتحدث العسكري باسم الحركة، مسؤولية الشباب عن الهجوم عبر إذاعة «الأندلس» التابعة لها.

من جهة أخرى، قالت القيادة الأمريكية في أفريقيا (أفريكوم) إنها شنت في الرابع والعشرين من الشهر الجاري غارة جوية على مقاتلين من الحركة قرب بلدة جلب في إقليم جوبا الوسطى، أسفرت عن مقتل خمسة منهم.

وفي سياق آخر، استقبل الرئيس محمد عبد الله فرماجو في مقديشو، أمس، وفدا من الاتحاد الأفريقي برئاسة مفوض السلم والأمن إسماعيل شرقي.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("police", "Organization", ["الشرطة الصومالية", "الشرطة"], "Somali Police Force", sub="GovernmentBody"),
        E("shabaab", "Organization", ["حركة الشباب", "الشباب", "الحركة"], "al-Shabaab",
          sub="ArmedGroup"),
        E("hotel", "Place", ["فندق «الجزيرة»", "الفندق"], "Jazeera Hotel"),
        E("makkah", "Place", ["طريق مكة المكرمة"], "Maka al-Mukarama Road", opt=True),
        E("warsame", "Person", ["محمد عبدي ورسمه"], "Mohamed Abdi Warsame"),
        E("parliament", "Organization", ["البرلمان"], "Federal Parliament of Somalia", sub="GovernmentBody"),
        E("nur", "Person", ["علي نور"], "Ali Nur"),
        E("special", "Organization", ["القوات الخاصة"], "Somali special forces", sub="ArmedForce", opt=True),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب"], "Abdiasis Abu Musab"),
        E("andalus", "Organization", ["إذاعة «الأندلس»", "الأندلس"], "Radio Andalus", sub="MediaOrganization"),
        E("africom", "Organization", ["القيادة الأمريكية في أفريقيا", "أفريكوم"], "AFRICOM", sub="ArmedForce"),
        E("jilib", "Place", ["بلدة جلب"], "Jilib", sub="City"),
        E("jubba", "Place", ["إقليم جوبا الوسطى"], "Middle Juba", sub="Region"),
        E("farmajo", "Person", ["محمد عبد الله فرماجو"], "Mohamed Abdullahi Farmajo"),
        E("au", "Organization", ["الاتحاد الأفريقي"], "African Union", qid="Q7159"),
        E("chergui", "Person", ["إسماعيل شرقي"], "Smail Chergui"),
    ],
    relations=[
        R("memberOf", "warsame", "parliament"),
        R("memberOf", "nur", "police"),
        R("spokespersonOf", "abumusab", "shabaab"),
        R("partOf", "andalus", "shabaab"),
        R("locatedIn", "jilib", "jubba"),
        R("positionIn", "chergui", "au"),
        R("locatedIn", "hotel", "mogadishu"),
    ],
    events=[
        V("Attack", agent=["shabaab"], target=["hotel"], place=[["hotel", "mogadishu"]], date="2018-05-29",
          trigger="فجروا"),
        V("Killing", agent=["shabaab"], target=["warsame"], place=[["hotel", "mogadishu"]], date="2018-05-29",
          trigger="قتل"),
        V("Killing", opt=True, agent=["special"], date="2018-05-29"),
        V("Strike", agent=["africom"], target=["shabaab"], place=[["jilib", "jubba"]], date="2018-05-24",
          trigger="غارة"),
        V("Killing", agent=["africom"], target=["shabaab"], place=[["jilib", "jubba"]], date="2018-05-24",
          trigger="مقتل"),
        V("Meeting", agent=["farmajo", "au", "chergui"], place=["mogadishu"], date="2018-05-29", trigger="استقبل"),
        V("Visit", opt=True, agent=["chergui", "au"], place=["mogadishu"], date="2018-05-29"),
    ],
))
