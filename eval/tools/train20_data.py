"""Hand annotations of the twentieth training set (see eval/train20/README.md).

Articles written for the project in the style of Arabic agency copy, to measure the relations
layer: officials named with their post after the name in apposition («X، وزير الخارجية الأردني،»,
«X، المتحدث باسم Y،») and before it with the country adjective («قال وزير الداخلية العراقي X»),
leaders by a pronoun suffix («قائدها X»، «زعيمها»، «التي يتزعمها»), «أمير تنظيم X»، «الأمين العام
لحزب X», spokespersons («الناطق الرسمي باسم X»), places («مدينة X العراقية»، «X (شمال سوريا)»،
«في محافظة X جنوبي اليمن»، «X، عاصمة ولاية Y»، districts of cities) and members («القيادي في X»،
«عضو المكتب السياسي لحركة X»، «أحد عناصر X»، «المنتمي إلى X»). Persons are invented except
well-known public figures; background events are told in new words with invented details. Written
and annotated, and committed, before the extractor was run on it. It is the WORKING set of the
relations session that wrote it (its errors are read).
"""
from dev_data import E, R, V

DOCS = []

# ---------------------------------------------------------------- Jordan, Amman (2018-05-16, Wednesday)
DOCS.append(dict(
    id="t20-jo-amman", published="2018-05-16",
    text="""عمّان - (بترا):

قال أيمن الصفدي، وزير الخارجية الأردني، إن المملكة «لن تقبل بأي تغيير في الوضع القائم في القدس»، وذلك خلال مؤتمر صحافي عقده، أمس الثلاثاء، في العاصمة الأردنية مع نظيره المصري سامح شكري.

وأضاف الصفدي أن الأردن يجري اتصالات مع الأمم المتحدة والاتحاد الأوروبي، فيما قال سفيان القضاة، المتحدث باسم وزارة الخارجية الأردنية، إن الوزارة استدعت القائم بالأعمال الإسرائيلي في عمّان.

وفي مدينة الزرقاء شمال شرقي عمّان، اعتقلت الأجهزة الأمنية ثلاثة أشخاص قالت إنهم من عناصر تنظيم داعش، بينهم المدعو خالد العدوان، المنتمي إلى التنظيم منذ عام 2015.""",
    entities=[
        E("amman", "Place", ["عمّان", "العاصمة الأردنية"], "Amman", qid="Q3805", sub="City"),
        E("petra", "Organization", ["بترا"], "Petra News Agency", sub="MediaOrganization", opt=True),
        E("safadi", "Person", ["أيمن الصفدي", "الصفدي"], "Ayman Safadi"),
        E("jordan", "Place", ["الأردن", "المملكة"], "Jordan", qid="Q810", sub="Country"),
        E("quds", "Place", ["القدس"], "Jerusalem", sub="City"),
        E("shoukry", "Person", ["سامح شكري"], "Sameh Shoukry"),
        E("un", "Organization", ["الأمم المتحدة"], "United Nations", qid="Q1065"),
        E("eu", "Organization", ["الاتحاد الأوروبي"], "European Union", qid="Q458"),
        E("qudah", "Person", ["سفيان القضاة"], "Sufian al-Qudah"),
        E("mofa", "Organization", ["وزارة الخارجية الأردنية", "الوزارة"], "Ministry of Foreign Affairs (Jordan)",
          sub="GovernmentBody"),
        E("zarqa", "Place", ["مدينة الزرقاء"], "Zarqa", sub="City"),
        E("security", "Organization", ["الأجهزة الأمنية"], "Jordanian security services", opt=True),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("adwan", "Person", ["خالد العدوان"], "Khaled al-Adwan"),
    ],
    relations=[
        R("positionIn", "safadi", "jordan"),          # X، وزير الخارجية الأردني،
        R("leaderOf", "safadi", "mofa", opt=True),
        R("spokespersonOf", "qudah", "mofa"),         # X، المتحدث باسم وزارة الخارجية الأردنية
        R("positionIn", "qudah", "jordan", opt=True),
        R("locatedIn", "amman", "jordan", opt=True),  # العاصمة الأردنية
        R("locatedIn", "zarqa", "amman", opt=True),   # شمال شرقي عمّان
        R("memberOf", "adwan", "isis"),               # من عناصر تنظيم داعش، بينهم X، المنتمي إلى التنظيم
    ],
    events=[
        V("Meeting", opt=True, agent=["safadi", "shoukry"], place=["amman"], date="2018-05-15"),
        V("Arrest", target=["adwan"], place=["zarqa"], trigger="اعتقلت"),
        V("Arrest", opt=True, agent=["security"]),
    ],
))

# ---------------------------------------------------------------- Iraq, Fallujah (2016-06-20, Monday)
DOCS.append(dict(
    id="t20-iq-fallujah", published="2016-06-20",
    text="""بغداد - (أ ف ب):

قال وزير الداخلية العراقي محمد سالم الغبان، أمس الأحد، إن القوات الأمنية «أنهت تطهير حي الجولان»، آخر معاقل تنظيم داعش في مدينة الفلوجة العراقية، الواقعة في محافظة الأنبار غربي العراق.

وأوضح الغبان أن عناصر التنظيم فروا نحو منطقة الكرمة شرقي الفلوجة، مضيفا أن القيادي في التنظيم أبو وهيب الدليمي قتل في المعارك. من جهته، قال العميد يحيى رسول، المتحدث الرسمي باسم قيادة العمليات المشتركة، إن طيران التحالف الدولي نفذ 12 غارة على مواقع للتنظيم في قضاء هيت.

وكان الأمين العام لمنظمة بدر هادي العامري قد أعلن أن مقاتلي الحشد الشعبي سيشاركون في معركة الموصل.""",
    entities=[
        E("baghdad", "Place", ["بغداد"], "Baghdad", qid="Q1530", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("ghabban", "Person", ["محمد سالم الغبان", "الغبان"], "Mohammed Salem al-Ghabban"),
        E("iqforces", "Organization", ["القوات الأمنية"], "Iraqi security forces", sub="ArmedForce", opt=True),
        E("jawlan", "Place", ["حي الجولان"], "al-Jolan", sub="City"),
        E("isis", "Organization", ["تنظيم داعش", "التنظيم"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("fallujah", "Place", ["مدينة الفلوجة", "الفلوجة"], "Fallujah", sub="City"),
        E("anbar", "Place", ["محافظة الأنبار"], "Anbar Governorate", sub="Region"),
        E("iraq", "Place", ["العراق"], "Iraq", qid="Q796", sub="Country"),
        E("karma", "Place", ["منطقة الكرمة"], "al-Karma", sub="City"),
        E("dulaimi", "Person", ["أبو وهيب الدليمي"], "Abu Waheeb al-Dulaimi"),
        E("rasool", "Person", ["يحيى رسول"], "Yahya Rasool"),
        E("joc", "Organization", ["قيادة العمليات المشتركة"], "Joint Operations Command", sub="ArmedForce"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("hit", "Place", ["قضاء هيت"], "Hit District", sub="Region"),
        E("badr", "Organization", ["منظمة بدر"], "Badr Organization", sub="ArmedGroup"),
        E("amiri", "Person", ["هادي العامري"], "Hadi al-Amiri"),
        E("pmf", "Organization", ["الحشد الشعبي"], "Popular Mobilization Forces", sub="ArmedForce"),
        E("mosul", "Place", ["الموصل"], "Mosul", sub="City"),
    ],
    relations=[
        R("positionIn", "ghabban", "iraq"),           # وزير الداخلية العراقي X
        R("locatedIn", "jawlan", "fallujah"),         # حي الجولان ... في مدينة الفلوجة
        R("locatedIn", "fallujah", "anbar"),          # الواقعة في محافظة الأنبار
        R("locatedIn", "anbar", "iraq"),              # محافظة الأنبار غربي العراق
        R("locatedIn", "fallujah", "iraq"),           # مدينة الفلوجة العراقية
        R("locatedIn", "karma", "fallujah", opt=True),
        R("memberOf", "dulaimi", "isis"),             # القيادي في التنظيم X
        R("spokespersonOf", "rasool", "joc"),         # X، المتحدث الرسمي باسم Y
        R("leaderOf", "amiri", "badr"),               # الأمين العام لمنظمة بدر X
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["iqforces"], target=["isis"], place=[["jawlan", "fallujah"]]),
        V("Killing", target=["dulaimi"], trigger="قتل"),
        V("Strike", agent=["coalition"], target=["isis"], place=["hit"], trigger="غارة"),
    ],
))

# ---------------------------------------------------------------- Yemen, Mukalla (2016-04-25, Monday)
DOCS.append(dict(
    id="t20-ye-mukalla", published="2016-04-25",
    text="""المكلا (اليمن) - (رويترز):

أعلن التحالف العربي بقيادة السعودية، أمس الأحد، أن القوات اليمنية دخلت مدينة المكلا، مركز محافظة حضرموت جنوبي اليمن، بعد انسحاب مقاتلي تنظيم القاعدة في جزيرة العرب منها، فيما قال مسؤول محلي إن المسلحين توجهوا إلى مدينة شبام في وادي حضرموت.

وقال اللواء فرج سالمين البحسني، قائد المنطقة العسكرية الثانية، إن قواته «تلاحق فلول التنظيم»، مشيرا إلى أن أمير تنظيم القاعدة في مدينة المكلا، المدعو أبو حمزة الحضرمي، فرّ مع عدد من مرافقيه.

وكانت قوات النخبة الحضرمية، التي شكلتها الإمارات ويقودها فائز منصور، قد سيطرت على مطار الريان الدولي.""",
    entities=[
        E("mukalla", "Place", ["المكلا", "مدينة المكلا"], "Mukalla", sub="City"),
        E("yemen", "Place", ["اليمن"], "Yemen", qid="Q805", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("coalition", "Organization", ["التحالف العربي"], "Saudi-led coalition", sub="Coalition"),
        E("saudi", "Place", ["السعودية"], "Saudi Arabia", qid="Q851", sub="Country", alt=["Organization"]),
        E("yforces", "Organization", ["القوات اليمنية"], "Yemeni forces", sub="ArmedForce", opt=True),
        E("hadramawt", "Place", ["محافظة حضرموت"], "Hadramawt Governorate", sub="Region"),
        E("aqap", "Organization", ["تنظيم القاعدة في جزيرة العرب", "تنظيم القاعدة", "التنظيم"],
          "al-Qaeda in the Arabian Peninsula", sub="ArmedGroup"),
        E("shibam", "Place", ["مدينة شبام"], "Shibam", sub="City"),
        E("wadi", "Place", ["وادي حضرموت"], "Wadi Hadramawt", sub="Region"),
        E("bahsani", "Person", ["فرج سالمين البحسني"], "Faraj Salmin al-Bahsani"),
        E("region2", "Organization", ["المنطقة العسكرية الثانية"], "Second Military Region", sub="ArmedForce"),
        E("hadrami", "Person", ["أبو حمزة الحضرمي"], "Abu Hamza al-Hadrami"),
        E("nokhba", "Organization", ["قوات النخبة الحضرمية"], "Hadrami Elite Forces", sub="ArmedForce"),
        E("uae", "Place", ["الإمارات"], "United Arab Emirates", qid="Q878", sub="Country", alt=["Organization"]),
        E("faez", "Person", ["فائز منصور"], "Faez Mansour"),
        E("riyan", "Place", ["مطار الريان الدولي"], "Riyan International Airport"),
    ],
    relations=[
        R("leaderOf", "saudi", "coalition"),          # التحالف العربي بقيادة السعودية
        R("locatedIn", "mukalla", "hadramawt"),       # مدينة المكلا، مركز محافظة حضرموت
        R("locatedIn", "hadramawt", "yemen"),         # محافظة حضرموت جنوبي اليمن
        R("locatedIn", "mukalla", "yemen", opt=True),
        R("locatedIn", "shibam", "wadi"),             # مدينة شبام في وادي حضرموت
        R("leaderOf", "bahsani", "region2"),          # X، قائد المنطقة العسكرية الثانية
        # أمير تنظيم القاعدة في مدينة المكلا، المدعو X: a group's emir for a place is its member
        # (the sets' convention, kg/relations/posts.py), leading it the second reading
        R("memberOf", "hadrami", "aqap"),
        R("leaderOf", "hadrami", "aqap", opt=True),
        R("leaderOf", "faez", "nokhba"),              # التي ... يقودها X
        R("affiliatedWith", "nokhba", "uae", opt=True),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["yforces"], place=["mukalla"], date="2016-04-24"),
        V("MilitaryOperation", opt=True, agent=["nokhba"], place=["riyan"]),
    ],
))

# ---------------------------------------------------------------- Syria, Raqqa (2017-06-08, Thursday)
DOCS.append(dict(
    id="t20-sy-raqqa", published="2017-06-08",
    text="""بيروت - (أ ف ب):

قال طلال سلو، الناطق الرسمي باسم قوات سوريا الديمقراطية، إن مقاتلي هذه القوات دخلوا، أمس الأربعاء، حي المشلب في الطرف الشرقي لمدينة الرقة (شمال سوريا)، أبرز معاقل تنظيم الدولة الإسلامية في البلاد.

وأضاف سلو أن غارة لطائرات التحالف الدولي بقيادة الولايات المتحدة قتلت أبو عمر التونسي، أحد عناصر التنظيم المسؤولين عن تجنيد المقاتلين الأجانب، قرب قرية كسرة عفنان جنوب الرقة.

وفي شمال غرب البلاد، قالت هيئة تحرير الشام في بيان إن قائدها أبو محمد الجولاني زار مواقع مقاتليها في بلدة سراقب بريف محافظة إدلب، بعد اشتباكات مع حركة أحرار الشام.""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("silo", "Person", ["طلال سلو", "سلو"], "Talal Silo"),
        E("sdf", "Organization", ["قوات سوريا الديمقراطية"], "Syrian Democratic Forces", sub="ArmedGroup"),
        E("mashlab", "Place", ["حي المشلب"], "al-Mashlab", sub="City"),
        E("raqqa", "Place", ["مدينة الرقة", "الرقة"], "Raqqa", sub="City"),
        E("syria", "Place", ["سوريا", "البلاد"], "Syria", qid="Q858", sub="Country"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية", "التنظيم"], "Islamic State", qid="Q2429253",
          sub="ArmedGroup"),
        E("coalition", "Organization", ["التحالف الدولي"], "International coalition", sub="Coalition"),
        E("usa", "Place", ["الولايات المتحدة"], "United States", qid="Q30", sub="Country", alt=["Organization"]),
        E("tunisi", "Person", ["أبو عمر التونسي"], "Abu Omar al-Tunisi"),
        E("kasra", "Place", ["قرية كسرة عفنان"], "Kasrat Afnan", sub="City"),
        E("hts", "Organization", ["هيئة تحرير الشام"], "Hayat Tahrir al-Sham", sub="ArmedGroup"),
        E("jolani", "Person", ["أبو محمد الجولاني"], "Abu Mohammad al-Julani"),
        E("saraqib", "Place", ["بلدة سراقب"], "Saraqib", sub="City"),
        E("idlib", "Place", ["محافظة إدلب"], "Idlib Governorate", sub="Region"),
        E("ahrar", "Organization", ["حركة أحرار الشام"], "Ahrar al-Sham", sub="ArmedGroup"),
    ],
    relations=[
        R("spokespersonOf", "silo", "sdf"),           # X، الناطق الرسمي باسم Y
        R("locatedIn", "mashlab", "raqqa"),           # حي المشلب في الطرف الشرقي لمدينة الرقة
        R("locatedIn", "raqqa", "syria"),             # الرقة (شمال سوريا)
        R("locatedIn", "mashlab", "syria", opt=True), # the chain's transitive link
        R("leaderOf", "usa", "coalition"),
        R("memberOf", "tunisi", "isis"),              # X، أحد عناصر التنظيم
        R("locatedIn", "kasra", "raqqa", opt=True),   # جنوب الرقة
        R("leaderOf", "jolani", "hts"),               # قائدها X
        R("locatedIn", "saraqib", "idlib"),           # بلدة سراقب بريف محافظة إدلب
        R("locatedIn", "idlib", "syria", opt=True),
    ],
    events=[
        V("MilitaryOperation", opt=True, agent=["sdf"], target=["isis"], place=[["mashlab", "raqqa"]],
          date="2017-06-07"),
        V("Strike", agent=["coalition"], target=["tunisi"], place=[["kasra", "raqqa"]], trigger="غارة"),
        V("Killing", agent=["coalition"], target=["tunisi"], place=[["kasra", "raqqa"]], trigger="قتلت"),
        V("Visit", agent=["jolani"], place=[["saraqib", "idlib"]], trigger="زار"),
        V("Attack", opt=True, agent=["hts", "ahrar"], target=["hts", "ahrar"]),
    ],
))

# ---------------------------------------------------------------- Gaza (2018-10-03, Wednesday)
DOCS.append(dict(
    id="t20-ps-gaza", published="2018-10-03",
    text="""غزة - (الأناضول):

قال خليل الحية، عضو المكتب السياسي لحركة حماس، إن «مسيرات العودة ستستمر حتى رفع الحصار»، وذلك خلال كلمة ألقاها، أمس الثلاثاء، أمام المشاركين في المسيرة قرب السياج الفاصل شرق مدينة خان يونس جنوبي قطاع غزة.

وأعلنت وزارة الصحة في غزة أن شابا قتل برصاص الجيش الإسرائيلي شرق مخيم البريج وسط القطاع، فيما قال المتحدث باسم الوزارة أشرف القدرة إن 90 آخرين أصيبوا.

وفي رام الله، قال أحمد مجدلاني، عضو اللجنة التنفيذية لمنظمة التحرير الفلسطينية، إن القيادي في حركة فتح جبريل الرجوب سيتوجه إلى القاهرة الأسبوع المقبل للقاء مسؤولين في جهاز المخابرات العامة المصرية.""",
    entities=[
        E("gazacity", "Place", ["غزة"], "Gaza City", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("hayya", "Person", ["خليل الحية"], "Khalil al-Hayya"),
        E("politburo", "Organization", ["المكتب السياسي"], "Hamas Political Bureau", opt=True),
        E("hamas", "Organization", ["حركة حماس"], "Hamas", qid="Q38799", sub="PoliticalOrganization"),
        E("khanyunis", "Place", ["مدينة خان يونس"], "Khan Yunis", sub="City"),
        E("strip", "Place", ["قطاع غزة", "القطاع"], "Gaza Strip", sub="Region"),
        E("moh", "Organization", ["وزارة الصحة في غزة", "الوزارة"], "Gaza Ministry of Health",
          sub="GovernmentBody"),
        E("idf", "Organization", ["الجيش الإسرائيلي"], "Israel Defense Forces", sub="ArmedForce"),
        E("bureij", "Place", ["مخيم البريج"], "al-Bureij camp", sub="City"),
        E("qudra", "Person", ["أشرف القدرة"], "Ashraf al-Qudra"),
        E("ramallah", "Place", ["رام الله"], "Ramallah", sub="City"),
        E("majdalani", "Person", ["أحمد مجدلاني"], "Ahmad Majdalani"),
        E("plo_ec", "Organization", ["اللجنة التنفيذية"], "PLO Executive Committee", opt=True),
        E("plo", "Organization", ["منظمة التحرير الفلسطينية"], "Palestine Liberation Organization",
          sub="PoliticalOrganization"),
        E("fatah", "Organization", ["حركة فتح"], "Fatah", sub="PoliticalOrganization"),
        E("rajoub", "Person", ["جبريل الرجوب"], "Jibril Rajoub"),
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("gis", "Organization", ["جهاز المخابرات العامة المصرية"], "Egyptian General Intelligence Service",
          sub="GovernmentBody"),
    ],
    relations=[
        R("memberOf", "hayya", "hamas"),              # X، عضو المكتب السياسي لحركة حماس
        R("memberOf", "hayya", "politburo", opt=True),
        R("partOf", "politburo", "hamas", opt=True),
        R("locatedIn", "khanyunis", "strip"),         # مدينة خان يونس جنوبي قطاع غزة
        R("locatedIn", "bureij", "strip"),            # مخيم البريج وسط القطاع
        R("spokespersonOf", "qudra", "moh"),          # المتحدث باسم الوزارة X
        R("memberOf", "majdalani", "plo"),            # X، عضو اللجنة التنفيذية لمنظمة التحرير
        R("memberOf", "majdalani", "plo_ec", opt=True),
        R("partOf", "plo_ec", "plo", opt=True),
        R("memberOf", "rajoub", "fatah"),             # القيادي في حركة فتح X
    ],
    events=[
        V("Killing", agent=["idf"], place=[["bureij", "strip"]], trigger="قتل"),
        V("Attack", opt=True, agent=["idf"], place=[["bureij", "strip"]]),
    ],
))

# ---------------------------------------------------------------- Lebanon (2019-09-02, Monday)
DOCS.append(dict(
    id="t20-lb-beirut", published="2019-09-02",
    text="""بيروت - (رويترز):

قال الأمين العام لحزب الله حسن نصر الله، في كلمة متلفزة مساء أمس الأحد، إن مقاتلي الحزب استهدفوا آلية عسكرية إسرائيلية قرب مستوطنة أفيفيم، ردا على هجوم بطائرتين مسيرتين على حي معوض في الضاحية الجنوبية لبيروت الأسبوع الماضي.

وقال وزير الدفاع اللبناني الياس بو صعب إن الجيش اللبناني «في حالة جهوزية»، فيما أفاد مصدر أمني بأن القصف الإسرائيلي طال أطراف بلدة مارون الراس في قضاء بنت جبيل جنوبي لبنان.

من جانبه، قال النائب حسن فضل الله، عضو كتلة الوفاء للمقاومة التابعة للحزب، إن «المعادلة تغيرت».""",
    entities=[
        E("beirut", "Place", ["بيروت"], "Beirut", qid="Q3820", sub="City"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("nasrallah", "Person", ["حسن نصر الله"], "Hassan Nasrallah"),
        E("hezbollah", "Organization", ["حزب الله", "الحزب"], "Hezbollah", qid="Q41053", sub="ArmedGroup"),
        E("avivim", "Place", ["مستوطنة أفيفيم"], "Avivim", sub="City"),
        E("muawad", "Place", ["حي معوض"], "Muawad", sub="City"),
        E("dahiyeh", "Place", ["الضاحية الجنوبية لبيروت", "الضاحية الجنوبية"], "Dahieh", sub="Region"),
        E("bousaab", "Person", ["الياس بو صعب"], "Elias Bou Saab"),
        E("laf", "Organization", ["الجيش اللبناني"], "Lebanese Armed Forces", sub="ArmedForce"),
        E("maroun", "Place", ["بلدة مارون الراس"], "Maroun al-Ras", sub="City"),
        E("bintjbeil", "Place", ["قضاء بنت جبيل"], "Bint Jbeil District", sub="Region"),
        E("lebanon", "Place", ["لبنان"], "Lebanon", qid="Q822", sub="Country"),
        E("fadlallah", "Person", ["حسن فضل الله"], "Hassan Fadlallah"),
        E("bloc", "Organization", ["كتلة الوفاء للمقاومة"], "Loyalty to the Resistance Bloc",
          sub="PoliticalOrganization"),
    ],
    relations=[
        R("leaderOf", "nasrallah", "hezbollah"),      # الأمين العام لحزب الله X
        R("locatedIn", "muawad", "dahiyeh"),          # حي معوض في الضاحية الجنوبية لبيروت
        R("locatedIn", "dahiyeh", "beirut"),
        R("locatedIn", "muawad", "beirut", opt=True),
        R("positionIn", "bousaab", "lebanon"),        # وزير الدفاع اللبناني X
        R("locatedIn", "maroun", "bintjbeil"),        # بلدة مارون الراس في قضاء بنت جبيل
        R("locatedIn", "bintjbeil", "lebanon"),       # قضاء بنت جبيل جنوبي لبنان
        R("locatedIn", "maroun", "lebanon", opt=True),
        R("memberOf", "fadlallah", "bloc"),           # X، عضو كتلة الوفاء للمقاومة
        R("partOf", "bloc", "hezbollah"),             # كتلة ... التابعة للحزب
        R("memberOf", "fadlallah", "hezbollah", opt=True),
    ],
    events=[
        V("Attack", agent=["hezbollah"], place=["avivim"], date="2019-09-01", trigger="استهدفوا"),
        V("Strike", place=[["muawad", "dahiyeh"]], trigger="هجوم"),
        V("Attack", opt=True, place=[["muawad", "dahiyeh"]]),
        V("Strike", place=[["maroun", "bintjbeil"]], trigger="القصف"),
    ],
))

# ---------------------------------------------------------------- Somalia, Afgooye (2019-03-25, Monday)
DOCS.append(dict(
    id="t20-so-afgooye", published="2019-03-25",
    text="""مقديشو - (أ ف ب):

أعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، مسؤوليتها عن هجوم بسيارة مفخخة استهدف، أمس الأحد، قاعدة عسكرية في بلدة أفجوي بإقليم شبيلي السفلى جنوبي الصومال، وقال عبد العزيز أبو مصعب، المتحدث باسم العمليات العسكرية للحركة، إن مقاتليها «سيطروا على القاعدة لساعات».

وقال وزير الأمن الداخلي الصومالي حسن علي جامع إن القوات الحكومية استعادت السيطرة على الموقع، فيما تعهدت الحركة، التي يتزعمها أحمد عمر أبو عبيدة، بمواصلة هجماتها.

وفي مدينة بيدوا، عاصمة إقليم باي، قال حاكم الإقليم علي وردي محمد إن السلطات المحلية شددت الإجراءات الأمنية عند مداخل المدينة.""",
    entities=[
        E("mogadishu", "Place", ["مقديشو"], "Mogadishu", qid="Q2449", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("shabaab", "Organization", ["حركة الشباب", "الحركة"], "al-Shabaab", qid="Q216439", sub="ArmedGroup"),
        E("qaeda", "Organization", ["تنظيم القاعدة"], "al-Qaeda", qid="Q34490", sub="ArmedGroup"),
        E("afgooye", "Place", ["بلدة أفجوي"], "Afgooye", sub="City"),
        E("lshabelle", "Place", ["إقليم شبيلي السفلى"], "Lower Shabelle", sub="Region"),
        E("somalia", "Place", ["الصومال"], "Somalia", qid="Q1045", sub="Country"),
        E("abumusab", "Person", ["عبد العزيز أبو مصعب"], "Abdiasis Abu Musab"),
        E("jama", "Person", ["حسن علي جامع"], "Hassan Ali Jama"),
        E("somforces", "Organization", ["القوات الحكومية"], "Somali government forces", sub="ArmedForce",
          opt=True),
        E("abuubaidah", "Person", ["أحمد عمر أبو عبيدة"], "Ahmad Umar Abu Ubaidah"),
        E("baidoa", "Place", ["مدينة بيدوا", "المدينة"], "Baidoa", sub="City"),
        E("bay", "Place", ["إقليم باي", "الإقليم"], "Bay Region", sub="Region"),
        E("warde", "Person", ["علي وردي محمد"], "Ali Warde Mohamed"),
        E("authorities", "Organization", ["السلطات المحلية"], "local authorities", opt=True),
    ],
    relations=[
        R("affiliatedWith", "shabaab", "qaeda"),      # المرتبطة بتنظيم القاعدة
        R("locatedIn", "afgooye", "lshabelle"),       # بلدة أفجوي بإقليم شبيلي السفلى
        R("locatedIn", "lshabelle", "somalia"),       # ... جنوبي الصومال
        R("locatedIn", "afgooye", "somalia", opt=True),
        R("spokespersonOf", "abumusab", "shabaab"),   # X، المتحدث باسم العمليات العسكرية للحركة
        R("positionIn", "jama", "somalia"),           # وزير الأمن الداخلي الصومالي X
        R("leaderOf", "abuubaidah", "shabaab"),       # التي يتزعمها X
        R("locatedIn", "baidoa", "bay"),              # مدينة بيدوا، عاصمة إقليم باي
        R("leaderOf", "warde", "bay"),                # حاكم الإقليم X
        R("positionIn", "warde", "bay", opt=True),
    ],
    events=[
        V("Attack", agent=["shabaab"], place=[["afgooye", "lshabelle"]], date="2019-03-24", trigger="هجوم"),
        V("MilitaryOperation", opt=True, agent=["somforces"], place=["afgooye"]),
    ],
))

# ---------------------------------------------------------------- Nigeria, Yobe (2018-02-26, Monday)
DOCS.append(dict(
    id="t20-ng-yobe", published="2018-02-26",
    text="""مايدوغوري (نيجيريا) - (رويترز):

قال الجيش النيجيري، أمس الأحد، إن قواته أحبطت هجوما لمسلحين من جماعة بوكو حرام على بلدة دابتشي في ولاية يوبي شمال شرقي البلاد، وقتلت 12 منهم، بينهم أحد قادتها الميدانيين المعروف باسم ماما بوكار.

وقال الكولونيل أونيما إيزي، المتحدث باسم الجيش، إن جنديين قتلا في الاشتباكات. وكان فصيل ولاية غرب أفريقيا، المنشق عن بوكو حرام والموالي لتنظيم الدولة الإسلامية، قد خطف أكثر من مئة تلميذة من مدرسة في البلدة الأسبوع الماضي، حسبما أفاد مسؤولون في دامتورو، عاصمة ولاية يوبي.

ونشر الفصيل تسجيلا صوتيا نسبه إلى قائده أبو مصعب البرناوي، توعد فيه بمزيد من الهجمات.""",
    entities=[
        E("maiduguri", "Place", ["مايدوغوري"], "Maiduguri", sub="City"),
        E("nigeria", "Place", ["نيجيريا", "البلاد"], "Nigeria", qid="Q1033", sub="Country"),
        E("reuters", "Organization", ["رويترز"], "Reuters", qid="Q130879", sub="MediaOrganization", opt=True),
        E("army", "Organization", ["الجيش النيجيري", "الجيش"], "Nigerian Army", sub="ArmedForce"),
        E("boko", "Organization", ["جماعة بوكو حرام", "بوكو حرام"], "Boko Haram", qid="Q381589",
          sub="ArmedGroup"),
        E("dapchi", "Place", ["بلدة دابتشي", "البلدة"], "Dapchi", sub="City"),
        E("yobe", "Place", ["ولاية يوبي"], "Yobe State", sub="Region"),
        E("bukar", "Person", ["ماما بوكار"], "Mama Bukar"),
        E("eze", "Person", ["أونيما إيزي"], "Onyema Eze"),
        E("iswap", "Organization", ["فصيل ولاية غرب أفريقيا", "ولاية غرب أفريقيا", "الفصيل"],
          "Islamic State West Africa Province", sub="ArmedGroup"),
        E("isis", "Organization", ["تنظيم الدولة الإسلامية"], "Islamic State", qid="Q2429253", sub="ArmedGroup"),
        E("damaturu", "Place", ["دامتورو"], "Damaturu", sub="City"),
        E("barnawi", "Person", ["أبو مصعب البرناوي"], "Abu Musab al-Barnawi"),
    ],
    relations=[
        R("locatedIn", "dapchi", "yobe"),             # بلدة دابتشي في ولاية يوبي
        R("locatedIn", "yobe", "nigeria"),            # ولاية يوبي شمال شرقي البلاد
        R("locatedIn", "dapchi", "nigeria", opt=True),  # the chain's transitive link
        R("locatedIn", "maiduguri", "nigeria", opt=True),
        R("memberOf", "bukar", "boko"),               # أحد قادتها الميدانيين ... X
        R("leaderOf", "bukar", "boko", opt=True),
        R("spokespersonOf", "eze", "army"),           # X، المتحدث باسم الجيش
        R("affiliatedWith", "iswap", "isis"),         # الموالي لتنظيم الدولة الإسلامية
        R("memberOf", "iswap", "isis", opt=True),
        R("partOf", "iswap", "isis", opt=True),          # a province of the group (the sets' reading)
        R("affiliatedWith", "iswap", "boko", opt=True),   # المنشق عن بوكو حرام (the project reads a split so)
        R("locatedIn", "damaturu", "yobe"),           # دامتورو، عاصمة ولاية يوبي
        R("leaderOf", "barnawi", "iswap"),            # قائده X
    ],
    events=[
        V("Attack", agent=["boko"], place=[["dapchi", "yobe"]], trigger="هجوما"),
        V("Attack", opt=True, date="2018-02"),
        V("Killing", agent=["army"], target=["bukar"], place=[["dapchi", "yobe"]], trigger="قتلت"),
        V("Killing", opt=True, target=["army"], date="2018-02"),
    ],
))

# ---------------------------------------------------------------- Afghanistan, Ghazni (2018-08-13, Monday)
DOCS.append(dict(
    id="t20-af-ghazni", published="2018-08-13",
    text="""كابل - (أ ف ب):

قال وزير الدفاع الأفغاني طارق شاه بهرامي، أمس الأحد، إن نحو مئة من عناصر قوات الأمن قتلوا منذ بدء هجوم حركة طالبان على مدينة غزني الأفغانية، الواقعة على الطريق الرئيسي بين كابل وقندهار.

في المقابل، قال ذبيح الله مجاهد، الناطق باسم الحركة، إن مقاتليها يسيطرون على معظم أحياء المدينة، فيما أعلن مسؤول في وزارة الداخلية الأفغانية اعتقال مولوي عبد الرحمن، المنتمي إلى شبكة حقاني، في ولاية لوغر المجاورة.

وفي ولاية هلمند جنوبي أفغانستان، قتل القيادي في حركة طالبان الملا نور أحمد في غارة جوية قرب مدينة لشكركاه، عاصمة الولاية، حسبما أفاد عمر زواك، المتحدث باسم حاكم الولاية.""",
    entities=[
        E("kabul", "Place", ["كابل"], "Kabul", qid="Q5838", sub="City"),
        E("afp", "Organization", ["أ ف ب"], "AFP", qid="Q40464", sub="MediaOrganization", opt=True),
        E("bahrami", "Person", ["طارق شاه بهرامي"], "Tariq Shah Bahrami"),
        E("secforces", "Organization", ["قوات الأمن"], "Afghan security forces", sub="ArmedForce", opt=True),
        E("taliban", "Organization", ["حركة طالبان", "الحركة"], "Taliban", qid="Q42418", sub="ArmedGroup"),
        E("ghazni", "Place", ["مدينة غزني", "المدينة"], "Ghazni", sub="City"),
        E("kandahar", "Place", ["قندهار"], "Kandahar", sub="City"),
        E("mujahid", "Person", ["ذبيح الله مجاهد"], "Zabihullah Mujahid"),
        E("moi", "Organization", ["وزارة الداخلية الأفغانية"], "Ministry of Interior (Afghanistan)",
          sub="GovernmentBody"),
        E("rahman", "Person", ["عبد الرحمن"], "Mawlawi Abdul Rahman"),
        E("haqqani", "Organization", ["شبكة حقاني"], "Haqqani network", sub="ArmedGroup"),
        E("logar", "Place", ["ولاية لوغر"], "Logar Province", sub="Region"),
        E("helmand", "Place", ["ولاية هلمند", "الولاية"], "Helmand Province", sub="Region"),
        E("afghanistan", "Place", ["أفغانستان"], "Afghanistan", qid="Q889", sub="Country"),
        E("nour", "Person", ["نور أحمد"], "Mullah Nour Ahmad"),
        E("lashkargah", "Place", ["مدينة لشكركاه"], "Lashkar Gah", sub="City"),
        E("zwak", "Person", ["عمر زواك"], "Omar Zwak"),
    ],
    relations=[
        R("positionIn", "bahrami", "afghanistan"),    # وزير الدفاع الأفغاني X (the country named later)
        R("locatedIn", "ghazni", "afghanistan"),      # مدينة غزني الأفغانية
        R("spokespersonOf", "mujahid", "taliban"),    # X، الناطق باسم الحركة
        R("memberOf", "rahman", "haqqani"),           # X، المنتمي إلى شبكة حقاني
        R("locatedIn", "helmand", "afghanistan"),     # ولاية هلمند جنوبي أفغانستان
        R("memberOf", "nour", "taliban"),             # القيادي في حركة طالبان الملا X
        R("locatedIn", "lashkargah", "helmand"),      # مدينة لشكركاه، عاصمة الولاية
        R("positionIn", "zwak", "helmand", opt=True),
    ],
    events=[
        V("Attack", agent=["taliban"], place=["ghazni"], trigger="هجوم"),
        V("Attack", opt=True, target=["secforces", "ghazni"]),
        V("Killing", opt=True, target=["secforces"], place=["ghazni"]),
        V("Arrest", target=["rahman"], place=["logar"], trigger="اعتقال"),
        V("Arrest", opt=True, agent=["moi"]),
        V("Strike", target=["nour"], place=[["lashkargah", "helmand"]], trigger="غارة"),
        V("Killing", target=["nour"], place=[["lashkargah", "helmand"]], trigger="قتل"),
    ],
))

# ---------------------------------------------------------------- Egypt, North Sinai (2017-11-27, Monday)
DOCS.append(dict(
    id="t20-eg-sinai", published="2017-11-27",
    text="""القاهرة - (الأناضول):

قال العقيد تامر الرفاعي، المتحدث العسكري باسم القوات المسلحة المصرية، إن طائرات القوات الجوية قصفت، أمس الأحد، مواقع لمسلحين في محيط مدينة بئر العبد بمحافظة شمال سيناء شمال شرقي مصر، وقتلت عددا منهم، بينهم المدعو أبو عبد الله الشيخ، أحد عناصر تنظيم ولاية سيناء.

وكان النائب العام المصري نبيل صادق قد أعلن أن نحو 30 مسلحا شاركوا في الهجوم على مسجد الروضة في قرية الروضة التابعة لمدينة بئر العبد يوم الجمعة الماضي، ما أسفر عن مقتل 305 أشخاص.

وفي العريش، عاصمة المحافظة، قال محافظ شمال سيناء اللواء السيد عبد الفتاح حرحور إن المستشفيات استقبلت عشرات الجرحى.""",
    entities=[
        E("cairo", "Place", ["القاهرة"], "Cairo", qid="Q85", sub="City"),
        E("anadolu", "Organization", ["الأناضول"], "Anadolu Agency", sub="MediaOrganization", opt=True),
        E("rifai", "Person", ["تامر الرفاعي"], "Tamer al-Rifai"),
        E("egarmy", "Organization", ["القوات المسلحة المصرية"], "Egyptian Armed Forces", sub="ArmedForce"),
        E("airforce", "Organization", ["القوات الجوية"], "Egyptian Air Force", sub="ArmedForce", opt=True),
        E("bir", "Place", ["مدينة بئر العبد"], "Bir al-Abd", sub="City"),
        E("nsinai", "Place", ["محافظة شمال سيناء", "شمال سيناء", "المحافظة"], "North Sinai Governorate",
          sub="Region"),
        E("egypt", "Place", ["مصر"], "Egypt", qid="Q79", sub="Country"),
        E("sheikh", "Person", ["أبو عبد الله الشيخ"], "Abu Abdullah al-Sheikh"),
        E("wsinai", "Organization", ["تنظيم ولاية سيناء"], "Islamic State Sinai Province", sub="ArmedGroup"),
        E("sadek", "Person", ["نبيل صادق"], "Nabil Sadek"),
        E("mosque", "Place", ["مسجد الروضة"], "al-Rawda mosque"),
        E("rawda", "Place", ["قرية الروضة"], "al-Rawda", sub="City"),
        E("arish", "Place", ["العريش"], "Arish", sub="City"),
        E("harhour", "Person", ["السيد عبد الفتاح حرحور"], "El-Sayed Abdel Fattah Harhour"),
    ],
    relations=[
        R("spokespersonOf", "rifai", "egarmy"),       # X، المتحدث العسكري باسم Y
        R("partOf", "airforce", "egarmy", opt=True),
        R("locatedIn", "bir", "nsinai"),              # مدينة بئر العبد بمحافظة شمال سيناء
        R("locatedIn", "nsinai", "egypt"),            # ... شمال شرقي مصر
        R("locatedIn", "bir", "egypt", opt=True),
        R("memberOf", "sheikh", "wsinai"),            # X، أحد عناصر تنظيم ولاية سيناء
        R("positionIn", "sadek", "egypt"),            # النائب العام المصري X
        R("locatedIn", "mosque", "rawda"),            # مسجد الروضة في قرية الروضة
        R("locatedIn", "rawda", "bir"),               # قرية الروضة التابعة لمدينة بئر العبد
        R("locatedIn", "mosque", "bir", opt=True),    # the chain's transitive link
        R("locatedIn", "arish", "nsinai"),            # العريش، عاصمة المحافظة
        R("leaderOf", "harhour", "nsinai"),           # محافظ شمال سيناء X
        R("positionIn", "harhour", "nsinai", opt=True),
    ],
    events=[
        V("Strike", agent=[["airforce", "egarmy"]], target=["sheikh"], place=[["bir", "nsinai"]],
          date="2017-11-26", trigger="قصفت"),
        V("Killing", agent=[["airforce", "egarmy"]], target=["sheikh"], place=[["bir", "nsinai"]],
          date="2017-11-26", trigger="قتلت"),
        V("Attack", target=["mosque"], place=[["mosque", "rawda", "bir"]], date="2017-11-24", trigger="الهجوم"),
        V("Killing", place=[["mosque", "rawda", "bir"]], date="2017-11-24", trigger="مقتل"),
    ],
))
